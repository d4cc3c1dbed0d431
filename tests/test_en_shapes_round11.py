"""English: shapes found by probing (issue 13, round 11, branch ``polish``). General English
shapes read wrongly or not at all: a marker-only frame of a contact event on a verb whose plain
sense codes another act ("welcomed X to <place>" hosts X).
Sentences written for geokg (real pipeline: ``en_core_web_sm``, the gazetteer, the ontology)."""

from __future__ import annotations

import pytest
from helpers import readings_en, require_english_model

require_english_model()


def _read(extractor, text: str) -> set[tuple]:
    """(subject country, relation, object country) per assertion, coded or not."""
    return readings_en(extractor, text, "subject", "relation", "object", date="2006-05-01", coded_only=False)


@pytest.mark.parametrize(
    "text",
    [
        "Jacques Chirac welcomed Egyptian President Hosni Mubarak to Paris on Tuesday.",
        "Vladimir Putin warmly welcomed George W. Bush to his residence outside Moscow.",
    ],
)
def test_welcoming_someone_to_a_place_is_hosting(extractor, text):
    found = _read(extractor, text)
    assert any(f[1] == "hosts" and f[2] in {"EGY", "USA"} for f in found), found
    assert not any(f[1] == "praises" for f in found), found


def test_welcoming_a_decision_stays_praise(extractor):
    # must not: a welcome with no one brought anywhere is no visit
    found = _read(extractor, "Germany welcomed the Iranian decision on Sunday.")
    assert not any(f[1] == "hosts" for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Damascus voiced its willingness to strike Turkey if the raids went on.",
        "North Korea declared its readiness to attack South Korea on Friday.",
    ],
)
def test_stated_readiness_to_use_force_is_a_threat(extractor, text):
    found = _read(extractor, text)
    assert any(f[1] == "threatens" and f[2] in {"TUR", "KOR"} for f in found), found


def test_stated_readiness_for_talks_stays_the_talks(extractor):
    # must not: readiness for an act of cooperation is no threat
    found = _read(extractor, "Syria signalled its readiness to resume talks with Israel.")
    assert not any(f[1] == "threatens" for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela agreed on Monday to cut ties with Israel.",
        "The Arab League agreed to impose sanctions on Sudan.",
    ],
)
def test_an_agreed_reduction_of_relations_is_no_threat(extractor, text):
    found = _read(extractor, text)
    assert found and not any(f[1] == "threatens" for f in found), found
    assert any(f[1] in {"breaksDiplomaticRelationsWith", "imposesSanctionsOn"} for f in found), found


def test_threatening_to_cut_ties_stays_a_threat(extractor):
    # must not: the word of threatening still makes the threat (CAMEO 1313)
    found = _read(extractor, "Venezuela threatened to cut ties with Israel.")
    assert any(f[1] == "threatens" for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "A Japanese reporter was shot dead in Iraq on Saturday.",
        "A French cameraman was kidnapped in Iraq last week.",
    ],
)
def test_a_foreign_news_worker_harmed_is_a_foreign_national(extractor, text):
    found = _read(extractor, text)
    assert any(f[0] == "IRQ" and f[1] in {"attacks", "abducts"} and f[2] in {"JPN", "FRA"} for f in found), found


def test_a_reporter_who_speaks_is_no_victim(extractor):
    # must not: a reporter as the source of a report is no party to the act reported
    found = _read(extractor, "Syria accused Israel of the raid, a reporter said.")
    assert not any(f[2] is None or f[1] in {"attacks", "abducts"} for f in found), found


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Armenian and Azerbaijani soldiers clashed along the frontier overnight.", {"ARM", "AZE"}),
        ("Sudanese troops and Chadian rebels clashed in the desert on Monday.", {"SDN", "TCD"}),
    ],
)
def test_troops_clashing_is_one_clash_between_the_sides(extractor, text, sides):
    found = _read(extractor, text)
    clashes = [f for f in found if f[1] == "clashesWith"]
    assert clashes and all({f[0], f[2]} == sides for f in clashes), found
    # must not: the sides each attacking the place
    assert not any(f[1] == "attacks" for f in found), found


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Rebel fighters in Congo attacked Kalehe on Thursday.", "COD"),
        ("Chadian troops shelled Tissi in Sudan on Monday.", "SDN"),
    ],
)
def test_an_unknown_town_attacked_is_the_named_states_place(extractor, text, state):
    found = _read(extractor, text)
    assert any(f[1] in {"attacks", "occupies"} and f[2] == state for f in found), found


def test_an_unknown_town_with_no_state_named_stays_unread(extractor):
    # must not: with no state in the sentence, an unknown name is placed nowhere
    found = _read(extractor, "Militiamen attacked Kalehe at dawn.")
    assert not any(f[1] == "attacks" and f[2] is not None for f in found), found


def test_a_material_verb_keeps_its_sense_before_a_marker(extractor):
    # must not: "returned X from" is no visit (the peer's RETURN * (FROM) is kept out)
    found = _read(extractor, "Israel returned the prisoners from Lebanon.")
    assert not any(f[1] == "visits" for f in found), found
