"""English: linking a trigger to actors it missed (issue 13, round 11, branch ``en``).

- A restrictive relative clause whose own subject acts has the noun it describes as its object
  ("the soldiers the militia had kidnapped"), for any verb; never where the noun is the clause's
  subject ("the soldiers who attacked"), its passive subject, a place ("the village where"), or
  an aside set off by a comma.
- A threat whose threatened act carries a condition ("threatened to execute the hostage if
  Nairobi keeps ...") is aimed at the condition's subject, not at the hostage or a place.
- A common noun naming no actor, with a participle of leading and its agent ("the faction
  headed by X"), stands for the party X leads, read as X; never "run by", never other verbs.
Sentences written for geokg (real pipeline: ``en_core_web_sm``, the gazetteer, the ontology)."""

from __future__ import annotations

import pytest
from helpers import readings_en, require_english_model

require_english_model()


def _read(extractor, text: str) -> set[tuple]:
    """(subject country, relation, object country, polarity) per assertion."""
    return readings_en(
        extractor, text, "subject", "relation", "object", "polarity", date="2004-10-01", coded_only=False
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kenya mourned the Kenyan soldiers Al-Shabaab had kidnapped in May.",
        "Kenya mourned the Kenyan soldiers that Al-Shabaab had kidnapped in May.",
        "The Kenyan soldiers whom Al-Shabaab kidnapped in May were freed on Sunday.",
    ],
)
def test_a_relative_clause_acts_on_the_noun_it_describes(extractor, text):
    found = _read(extractor, text)
    assert ("SOM", "abducts", "KEN", "affirmed") in found, found
    # must not: the captives as the abductors
    assert not any(f[0] == "KEN" and f[1] == "abducts" for f in found), found


def test_the_noun_that_is_the_relative_subject_stays_the_agent(extractor):
    found = _read(extractor, "The Kenyan soldiers who attacked Al-Shabaab were freed.")
    assert any(f[0] == "KEN" and f[1] == "attacks" and f[2] == "SOM" for f in found), found
    assert not any(f[0] == "SOM" and f[1] == "attacks" for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a place the clause happens in is not what is attacked
        "Kenyan police found the Somali village where Al-Shabaab had attacked.",
        # an aside set off by a comma is left alone
        "Kenya mourned two Kenyan soldiers, whom Al-Shabaab had kidnapped in May.",
        # the noun is the passive subject: its agent is in the by-phrase, not reversed
        "Kenya mourned the Kenyan soldiers who were kidnapped by Al-Shabaab in May.",
    ],
)
def test_must_not_read_a_gap_where_there_is_none(extractor, text):
    found = _read(extractor, text)
    assert not any(f[0] == "KEN" and f[1] in ("abducts", "attacks") for f in found), found
    assert not any(f[1] == "attacks" and f[2] == "SOM" for f in found), found


def test_a_threat_made_on_a_condition_presses_the_condition_subject(extractor):
    found = _read(
        extractor,
        "Al-Shabaab threatened on Monday to execute the hostage if the Kenyan government keeps its forces in Somalia.",
    )
    assert ("SOM", "threatens", "KEN", "affirmed") in found, found
    # must not: the place the condition names as the threatened party
    assert not any(f[1] == "threatens" and f[2] == "SOM" for f in found), found


def test_a_threat_without_condition_keeps_its_object(extractor):
    found = _read(extractor, "Iran threatened to strike Israel.")
    assert any(f[0] == "IRN" and f[1] == "threatens" and f[2] == "ISR" for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The faction headed by Ismail Haniyeh attacked Israeli troops on Friday.",
        "The movement led by Ismail Haniyeh said it had attacked Israeli troops on Friday.",
    ],
)
def test_a_noun_led_by_an_actor_stands_for_the_party_it_leads(extractor, text):
    found = _read(extractor, text)
    assert ("PSE", "attacks", "ISR", "affirmed") in found, found


@pytest.mark.parametrize(
    "text",
    [
        # must not: a firm run by someone is not that person's party
        "A firm run by Ismail Haniyeh said it had attacked Israeli troops on Friday.",
        # must not: a participle of another verb with an agent (the captives as the attackers)
        "Soldiers captured by Ismail Haniyeh attacked Israeli troops on Friday.",
    ],
)
def test_must_not_read_a_leader_where_none_leads(extractor, text):
    found = _read(extractor, text)
    assert not any(f[0] == "PSE" and f[1] == "attacks" for f in found), found


def test_a_convoy_led_by_an_actor_is_the_target_not_the_agent(extractor):
    found = _read(extractor, "Israeli troops attacked a convoy led by Ismail Haniyeh on Friday.")
    assert ("ISR", "attacks", "PSE", "affirmed") in found, found
    # must not: the reversal
    assert not any(f[0] == "PSE" and f[1] == "attacks" for f in found), found
