"""English: international organisations as actors (issue 13, round 14, branch ``pkg``): the
descriptions wire copy uses for a body ("the world body", "the 15-nation council"), its names by
role ("the UN nuclear watchdog"), and a body whose name holds a demonym. Sentences written for
geokg, with must-nots."""

from __future__ import annotations

import pytest
from helpers import labelled_en, readings_en, require_english_model

require_english_model()


def subjects(extractor, text: str) -> set[str]:
    """The subject labels of every coded assertion in ``text``."""
    return {s for s, _, _, _ in labelled_en(extractor, text)}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The world body urged Guinea to free the jailed reporters.", "United Nations"),
        ("Guinea rejected the world body's appeal on Monday.", "United Nations"),
        ("The 15-nation council demanded that Chad disarm the militias.", "United Nations Security Council"),
        ("The 25-nation bloc urged Belarus to release the activists.", "European Union"),
        ("The Atlantic alliance warned Serbia against new raids.", "NATO"),
        ("The UN nuclear watchdog accused Syria of hiding a reactor.", "IAEA"),
        ("The U.N. atomic agency urged Iran to open its sites.", "IAEA"),
    ],
)
def test_descriptions_and_role_names_link_the_body(extractor, text, body):
    found = labelled_en(extractor, text)
    assert any(body in (s, o) for s, _, o, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "A world body of lawyers urged Guinea to free the jailed reporters.",
        "The sport's world governing body urged Guinea to free the jailed players.",
    ],
)
def test_an_indefinite_or_other_world_body_is_no_un(extractor, text):
    # must not: only "the world body", referring back, stands for the UN
    found = labelled_en(extractor, text)
    assert not any("United Nations" in (s, o) for s, _, o, _ in found), found


def test_a_body_named_with_a_demonym_is_no_state_body(extractor):
    # must not: "American" in the body's name made it a US actor
    found = labelled_en(extractor, "The Organization of American States urged Haiti to hold the vote.")
    assert ("Organization of American States", "appealsTo", "Haiti", "Country") in found, found
    assert not any(s == "United States" for s, _, _, _ in found)


def roots_of(extractor, text: str) -> set[tuple]:
    """(subject country, root, object country) of every affirmed assertion in ``text``."""
    found = readings_en(extractor, text, "subject", "root", "object", "polarity")
    return {(s, r, o) for s, r, o, p in found if p == "affirmed"}


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Ghana took issue with Togo over the border posts.", ("GHA", "11", "TGO")),
        ("Ghana took a swipe at Togo in a speech on Friday.", ("GHA", "11", "TGO")),
        ("Bolivia pinned the blame on Paraguay for the fuel shortage.", ("BOL", "11", "PRY")),
        ("Ghana heaped praise on Togo for its help.", ("GHA", "05", "TGO")),
    ],
)
def test_idioms_whose_target_follows_their_own_marker(extractor, text, reading):
    assert reading in roots_of(extractor, text)


def test_taking_issue_with_a_state_is_no_seizure_of_its_land(extractor):
    # must not: "took ... with Togo" was read as seizing Togo's territory (192)
    found = roots_of(extractor, "Ghana took issue with Togo over the border posts.")
    assert not any(r == "19" for _, r, _ in found), found


def test_the_atomic_agency_head_acts_for_no_state(extractor):
    # must not: the head of the IAEA (1997-2009) was a person of Egypt (a later office there)
    found = readings_en(
        extractor, "ElBaradei criticised Syria for blocking the inspectors.", "subject", "root", "object"
    )
    assert (None, "11", "SYR") in found, found
    assert not any(s == "EGY" for s, _, _ in found)
