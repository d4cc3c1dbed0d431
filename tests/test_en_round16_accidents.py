"""English: accidents, bombers and deeds opposed (round 16, branch ``polish``, after the merge).
A killing whose "when" clause tells of an accident ("were killed when their helicopter crashed")
is no attack by unidentified attackers (``gk:NotAnAttackCue``: the clause's verb and subject,
never its object). Must-nots: a bomb or gunmen in the clause, a helicopter shot down, a car
bombing stay attacks. A bomber named by the means of a bombing ("a suicide bomber", "a car
bomber": a modifier that begins another act of force's trigger) is a person, no aircraft: a
bombing (183), never an air strike (195); "Israeli bombers hit" stays an air strike. Sentences
written for geokg."""

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
