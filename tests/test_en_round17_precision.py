"""English: wrong readings mended as classes (round 17, branch ``polish``).

Violence against local private persons is out of scope: people of the attacker's own state
whom only the place names ("gunmen shot dead a shopkeeper in Baghdad", "three people", "a
teacher": the town standing for them) give no relation; people named by their state ("two
Iraqi civilians"), foreigners, officials and police, and people struck by another state's
forces stay. A bomber named by the means of a bombing who attacks or rams a target bombs it
(CAMEO 183), never a plain attack. "Rejected the occupation (blockade, siege) of Y": Y is the
victim of the deed judged, no party to the judgement; "the US occupation of Y" is the US's.
A verb of naming that gives the deed a judging name ("termed Y's move a provocation", "called
the decision a provocation") criticises the doer, however the parser hangs the name. A killing
whose "when" or "after" clause names its attackers ("were killed (and three wounded) when
insurgents shot down their helicopter") is theirs, never unidentified attackers'. Sentences
written for geokg."""

from __future__ import annotations

from itertools import product

import pytest
from helpers import party_readings_en, readings_en, require_english_model

require_english_model()

ATTACKERS = ["Gunmen", "Insurgents", "Unidentified attackers"]
DEEDS = ["shot dead", "killed", "kidnapped", "attacked"]
LOCALS = ["a local shopkeeper", "two local traders", "a taxi driver", "three people", "a teacher"]


@pytest.mark.parametrize("cell", list(product(ATTACKERS, DEEDS, LOCALS)))
def test_local_private_persons_are_out_of_scope(extractor, cell):
    attackers, deed, people = cell
    found = party_readings_en(extractor, f"{attackers} {deed} {people} in Baghdad.")
    assert not any(r[2] == "IRQ" for r in found), found


STAYING = [
    ("Gunmen shot dead a Turkish truck driver in Baghdad.", "IRQ", "TUR"),
    ("Gunmen shot dead an Egyptian engineer in Baghdad.", "IRQ", "EGY"),
    ("Gunmen shot dead a US soldier in Baghdad.", "IRQ", "USA"),
    ("Gunmen shot dead two Iraqi policemen in Baghdad.", "IRQ", "IRQ"),
    ("Gunmen shot dead a local official in Baghdad.", "IRQ", "IRQ"),
    ("Gunmen shot dead two Iraqi civilians in Baghdad.", "IRQ", "IRQ"),
    ("US forces killed three people near Ramadi.", "USA", "IRQ"),
    ("Israeli troops killed two people in Gaza.", "ISR", "PSE"),
    ("Insurgents attacked Baghdad with mortars.", "IRQ", "IRQ"),
]


@pytest.mark.parametrize("text, subject, obj", STAYING)
def test_foreigners_officials_and_named_people_stay(extractor, text, subject, obj):
    found = party_readings_en(extractor, text)
    assert any(r[0] == subject and r[1] in ("18", "19") and r[2] == obj for r in found), found


BOMBERS = ["A suicide bomber", "A truck bomber"]
BOMBINGS = ["attacked", "rammed"]
BOMBED = [("a US convoy in Baghdad", "USA"), ("an Iraqi police station in Mosul", "IRQ"),
          ("the Australian embassy in Jakarta", "AUS")]  # fmt: skip


@pytest.mark.parametrize("cell", list(product(BOMBERS, BOMBINGS, BOMBED)))
def test_a_bomber_who_attacks_bombs(extractor, cell):
    bomber, verb, (target, whose) = cell
    found = readings_en(extractor, f"{bomber} {verb} {target}.", "cameo", "object")
    assert ("183", whose) in found and not any(c.startswith("19") for c, _ in found), found


@pytest.mark.parametrize("planes, state", [("Israeli warplanes", "ISR"), ("Russian warplanes", "RUS")])
def test_warplanes_that_attack_stay_force(extractor, planes, state):
    found = readings_en(extractor, f"{planes} attacked rebel positions in Chechnya.", "subject", "root")
    assert not any(root == "18" for _, root in found), found


JUDGES = ["rejected", "condemned", "opposed", "criticized", "denounced"]
HELD = ["the occupation of", "the blockade of", "the siege of"]
VICTIMS = [("France", "FRA", "Iraq", "IRQ"), ("Syria", "SYR", "Gaza", "PSE"), ("Egypt", "EGY", "Lebanon", "LBN")]


@pytest.mark.parametrize("cell", list(product(JUDGES, HELD, VICTIMS)))
def test_the_victim_of_an_occupation_judged_is_no_party(extractor, cell):
    verb, deed, (judge, code, victim, whose) = cell
    found = party_readings_en(extractor, f"{judge} {verb} {deed} {victim}.")
    assert not any(r[0] == code and r[2] == whose for r in found), found


def test_the_occupier_stays_the_one_rejected(extractor):
    found = party_readings_en(extractor, "France rejected the US occupation of Iraq.")
    assert any(r[:3] == ("FRA", "12", "USA") for r in found), found
    assert not any(r[0] == "FRA" and r[2] == "IRQ" for r in found), found


@pytest.mark.parametrize("noun, whose", [("demands", "IRN"), ("threats", "IRN")])
def test_an_owner_of_words_stays_the_one_rejected(extractor, noun, whose):
    found = party_readings_en(extractor, f"France rejected the {noun} of Iran.")
    assert any(r[:3] == ("FRA", "12", whose) for r in found), found


SPEAKERS = [("Iran", "IRN"), ("China", "CHN")]
NAMINGS = ["termed", "called", "branded", "labelled"]
NAMED = [("Israel's move", "ISR"), ("Japan's decision", "JPN"), ("the US decision", "USA"),
         ("the Japanese visit", "JPN")]  # fmt: skip


@pytest.mark.parametrize("cell", list(product(SPEAKERS, NAMINGS, NAMED)))
def test_a_deed_named_a_provocation_is_criticised(extractor, cell):
    (speaker, code), verb, (deed, doer) = cell
    found = party_readings_en(extractor, f"{speaker} {verb} {deed} a provocation.")
    assert (code, "11", doer, "affirmed", "asserted") in found, found


def test_a_denied_naming_is_negated(extractor):
    found = party_readings_en(extractor, "Iran did not call Israel's move a provocation.")
    assert ("IRN", "11", "ISR", "negated", "asserted") in found, found


NOT_NAMINGS = [
    ("Japan called the meeting a success.", "11"),
    ("France termed the agreement a breakthrough.", "11"),
    ("Iran called the talks a step forward.", "11"),
]


@pytest.mark.parametrize("text, root", NOT_NAMINGS)
def test_a_name_that_judges_nothing_codes_no_criticism(extractor, text, root):
    found = party_readings_en(extractor, text)
    assert not any(r[1] == root for r in found), found


@pytest.mark.parametrize(
    "text, reading",
    [
        ("Putin called Bush on Monday.", ("RUS", "04", "USA")),
        ("China called on Japan to withdraw its troops.", ("CHN", "02", "JPN")),
        ("The US gave Iraq a loan.", ("USA", "07", "IRQ")),
        ("Iran sent Syria a warning.", ("IRN", "13", "SYR")),
        ("China asked Japan to send a delegation.", ("CHN", "02", "JPN")),
        ("Iran urged Syria to send a team of experts.", ("IRN", "02", "SYR")),
        ("China called on Japan to send a delegation.", ("CHN", "02", "JPN")),
    ],
)
def test_other_readings_of_the_verbs_stay(extractor, text, reading):
    found = party_readings_en(extractor, text)
    assert any(r[:3] == reading for r in found), found


KILLED = [("Two US soldiers", "USA"), ("Three Italian soldiers", "ITA")]
JOINS = ["were killed when", "were killed after", "were killed and three wounded when", "died when"]
SHOOTERS = [("insurgents", "IRQ", "near Baghdad"), ("Taliban fighters", "AFG", "in Afghanistan"),
            ("rebels", "IRQ", "in Iraq")]  # fmt: skip


@pytest.mark.parametrize("cell", list(product(KILLED, JOINS, SHOOTERS)))
def test_the_named_attackers_of_a_killing_are_no_unidentified_ones(extractor, cell):
    (victims, whose), join, (attackers, state, place) = cell
    text = f"{victims} {join} {attackers} shot down their helicopter {place}."
    found = readings_en(extractor, text, "subject", "subject_sector", "root", "object")
    assert (state, "REB", "19", whose) in found, found
    assert not any(sector == "UAF" for _, sector, _, _ in found), found


@pytest.mark.parametrize("join", ["when", "after"])
def test_the_own_side_killed_leaves_the_raid_its_target(extractor, join):
    text = f"Two Polish soldiers were killed {join} Polish forces raided a rebel camp near Karbala."
    found = readings_en(extractor, text, "subject", "root", "object_sector")
    assert ("POL", "19", "REB") in found, found


def test_no_attackers_named_stay_unidentified(extractor):
    found = readings_en(
        extractor, "Two Polish soldiers were killed when their helicopter was shot down near Karbala.", "subject_sector"
    )
    assert ("UAF",) in found, found
