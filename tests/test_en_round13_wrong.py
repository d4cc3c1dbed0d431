"""English: wrong readings found after the round 13 grid (issue 13, branch ``en``), each with
must-nots in our own sentences: a thing withdrawn is no force withdrawn. Sentences written for
geokg."""

from __future__ import annotations

import pytest
from helpers import readings_en, require_english_model

require_english_model()


def roots_of(extractor, text: str) -> set[tuple]:
    """(subject country, root, object country) of every affirmed assertion in ``text``."""
    found = readings_en(extractor, text, "subject", "root", "object", "polarity")
    return {(s, r, o) for s, r, o, p in found if p == "affirmed"}


@pytest.mark.parametrize(
    "text",
    [
        "Norway withdrew its nominee for the chairmanship on Friday.",
        "Austria withdrew its complaint against the tariff rules.",
        "Denmark withdrew the bill it had tabled in the Security Council.",
        "Finland formally withdrew its bid to host the summit.",
    ],
)
def test_a_thing_withdrawn_is_no_force_withdrawn(extractor, text):
    # must not: plain "withdraw" with an object that is no force was a withdrawal of forces (0874)
    assert not any(r == "08" for _, r, _ in roots_of(extractor, text))


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Norway withdrew its soldiers from Mali on Friday.", ("NOR", "08", "MLI")),
        ("Norway withdrew 200 troops from Mali.", ("NOR", "08", "MLI")),
        ("Norway withdrew its personnel from Mali.", ("NOR", "08", "MLI")),
        ("Norway withdrew from Mali on Friday.", ("NOR", "08", "MLI")),
        ("Norway withdrew its ambassador from Mali.", ("NOR", "16", "MLI")),
    ],
)
def test_forces_and_envoys_withdrawn_stay(extractor, text, reading):
    assert reading in roots_of(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Norway's premier voiced hope for talks with Sweden next month.",
        "Norway expressed its wish for a meeting with Sweden.",
        "Norway renewed its call for a summit with Sweden.",
    ],
)
def test_an_event_hoped_for_is_not_asserted(extractor, text):
    # must not: the talks under a noun of hope or appeal were read as talks held
    found = readings_en(extractor, text, "subject", "root", "object", "modality")
    assert not any(r == "04" and m == "asserted" for _, r, _, m in found), found


def test_talks_held_stay_asserted(extractor):
    found = readings_en(extractor, "Norway held talks with Sweden on Friday.", "subject", "root", "object", "modality")
    assert ("NOR", "04", "SWE", "asserted") in found


@pytest.mark.parametrize(
    "text",
    [
        "Supporters of Ecuador's former leader rallied in Madrid on Saturday.",
        "The governor's loyalists marched in Quito after the verdict.",
    ],
)
def test_a_rally_of_backers_is_no_protest_against_the_place(extractor, text):
    # must not: a crowd that names whom it backs was read as protesting the host state
    found = readings_en(extractor, text, "subject", "root", "object")
    assert not any(r == "14" and o in ("ESP", "ECU") for _, r, o in found), found


def test_a_crowd_that_backs_no_one_named_still_protests(extractor):
    found = readings_en(extractor, "Students rallied in Quito on Saturday.", "subject", "root", "object")
    assert any(r == "14" and o == "ECU" for _, r, o in found), found
