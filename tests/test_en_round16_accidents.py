"""English: accidents, bombers and deeds opposed (round 16, branch ``polish``, after the merge).
A killing whose "when" clause tells of an accident ("were killed when their helicopter crashed")
is no attack by unidentified attackers (``gk:NotAnAttackCue``: the clause's verb and subject,
never its object). Must-nots: a bomb or gunmen in the clause, a helicopter shot down, a car
bombing stay attacks. A bomber named by the means of a bombing ("a suicide bomber", "a car
bomber": a modifier that begins another act of force's trigger) is a person, no aircraft: a
bombing (183), never an air strike (195); "Israeli bombers hit" stays an air strike. A verb of rejection or disapproval whose object is
a deed leaves the deed's victim out: after "of" on a noun of an act of force ("rejected the
invasion of Y") and after "against" on a deed noun that is no trigger (``gk:DeedNounCue``: "the
military action against Y"). Must-nots: "the demands of Y", "the action of Y" stay Y's, "the US
invasion of Y" is the US's. Sentences written for geokg."""

from __future__ import annotations

from itertools import product

import pytest
from helpers import party_readings_en, readings_en, require_english_model

require_english_model()

VICTIMS = [("Two Iraqi soldiers", "Mosul"), ("Three US soldiers", "Iraq"), ("Four Afghan policemen", "Afghanistan")]
OUTCOMES = ["were killed", "were wounded"]
ACCIDENTS = [
    "when their helicopter crashed",
    "when their vehicle overturned",
    "when their boat capsized",
    "when their boat sank",
    "when their building collapsed",
]
ATTACKS = [
    "when a roadside bomb hit their convoy",
    "when gunmen opened fire on their car",
    "when a bomb exploded near their patrol",
    "when their helicopter was shot down",
]


@pytest.mark.parametrize("cell", list(product(VICTIMS, OUTCOMES, ACCIDENTS)))
def test_an_accident_is_no_attack(extractor, cell):
    (victims, place), outcome, accident = cell
    found = party_readings_en(extractor, f"{victims} {outcome} {accident} near {place}.")
    assert not any(r[1] in ("18", "19") for r in found), found


@pytest.mark.parametrize("cell", list(product(VICTIMS, ATTACKS)))
def test_an_attack_in_the_when_clause_stays(extractor, cell):
    (victims, place), attack = cell
    found = party_readings_en(extractor, f"{victims} were killed {attack} near {place}.")
    assert any(r[1] in ("18", "19") for r in found), found


@pytest.mark.parametrize("victims", [v for v, _ in VICTIMS])
def test_a_car_bombing_stays(extractor, victims):
    found = party_readings_en(extractor, f"{victims} were killed in a car bombing in Baghdad.")
    assert any(r[1] == "18" for r in found), found


BOMBERS = ["A suicide bomber", "A car bomber", "A truck bomber"]
HITS = ["hit", "struck", "killed five soldiers of"]
TARGETS = [("a Turkish army convoy in Turkey", "TUR"), ("an Iraqi police station in Baghdad", "IRQ")]
AIRCRAFT = [("Israeli bombers", "ISR"), ("Russian warplanes", "RUS"), ("US stealth bombers", "USA")]


@pytest.mark.parametrize("cell", list(product(BOMBERS, HITS, TARGETS)))
def test_a_suicide_bomber_is_no_aircraft(extractor, cell):
    bomber, hit, (target, _) = cell
    found = readings_en(extractor, f"{bomber} {hit} {target}.", "cameo")
    assert ("183",) in found and ("195",) not in found, found


@pytest.mark.parametrize("cell", list(product(AIRCRAFT, TARGETS)))
def test_bombers_that_fly_strike_from_the_air(extractor, cell):
    (planes, state), (target, _) = cell
    found = readings_en(extractor, f"{planes} hit {target}.", "subject", "cameo")
    assert (state, "195") in found, found


JUDGES = ["rejected", "opposed", "criticised", "denounced"]
DEEDS_DONE = ["the invasion of", "the bombing of", "the military action against", "the military operation against",
              "the campaign against", "the offensive against"]  # fmt: skip
SIDES = [("Chile", "CHL", "Bolivia", "BOL"), ("The Norwegian government", "NOR", "Eritrea", "ERI")]


@pytest.mark.parametrize("cell", list(product(JUDGES, DEEDS_DONE, SIDES)))
def test_the_victim_of_a_deed_opposed_is_no_party(extractor, cell):
    verb, deed, (holder, code, victim, whose) = cell
    found = party_readings_en(extractor, f"{holder} {verb} {deed} {victim}.")
    assert not any(r[0] == code and r[2] == whose for r in found), found


@pytest.mark.parametrize("noun", ["demands", "action", "operation"])
def test_the_owner_named_by_of_stays_the_one_rejected(extractor, noun):
    found = party_readings_en(extractor, f"Chile rejected the {noun} of Bolivia.")
    assert any(r[:3] == ("CHL", "12", "BOL") for r in found), found


def test_the_invader_stays_the_one_rejected(extractor):
    found = party_readings_en(extractor, "Chile rejected the Peruvian invasion of Bolivia.")
    assert any(r[:3] == ("CHL", "12", "PER") for r in found), found
    assert not any(r[0] == "CHL" and r[2] == "BOL" for r in found), found
