"""English violence on wire news, round 17 (branch ``en``): force the sentence does not place.

- Told at home (``gk:tellsOfHome``, ``arguments_en._told_at_home``): force with a victim and no
  named attacker, in a sentence that names no place and has no dateline, happened in the state
  whose police, interior ministry or officials report it ("two Turkish drivers were shot dead by
  gunmen, Iraqi police said"): unidentified attackers of that state. Not a state speaking as
  itself, its foreign ministry, an embassy or its forces, nor the victims' own state.
- The parts of a city (``gk:PlaceNounCue``: neighbourhood, quarter, sector) place what happens
  in them ("in the old quarter of Hebron").
- A stance prefix (``gk:StancePrefixCue``: "anti-Syrian", "pro-American") names a state the noun
  is for or against, not its own.
Sentences written for geokg (real pipeline: ``en_core_web_sm``, the gazetteer, the ontology)."""

from __future__ import annotations

import itertools

import pytest
from helpers import readings_en, require_english_model

require_english_model()

SOURCES = [
    ("Iraqi police", "IRQ"),
    ("Iraqi officials", "IRQ"),
    ("the Afghan Interior Ministry", "AFG"),
    ("a Pakistani government spokesman", "PAK"),
]
VICTIMS = [
    ("Two Turkish truck drivers", "were", "TUR"),
    ("Three Nepalese workers", "were", "NPL"),
    ("A Japanese journalist", "was", "JPN"),
]
ACTS = ["shot dead by masked gunmen", "killed in an ambush", "wounded in a suicide bombing"]
FORCE = ("18", "19")


def _force(extractor, text: str) -> set[tuple]:
    """(subject state, subject sector, object state, polarity) of the acts of force read."""
    found = readings_en(extractor, text, "subject", "subject_sector", "root", "object", "polarity", date="2004-11-08")
    return {(s, sec, o, p) for s, sec, root, o, p in found if root in FORCE}


def _tail(victims: str, be: str, act: str, source: str) -> str:
    return f"{victims} {be} {act} late on Tuesday, {source} told reporters."


def _lead(victims: str, be: str, act: str, source: str) -> str:
    return f"{source[0].upper()}{source[1:]} told reporters that {victims[0].lower()}{victims[1:]} {be} {act} late on Tuesday."


@pytest.mark.parametrize(
    ("source", "victim", "act", "shape"), list(itertools.product(SOURCES, VICTIMS, ACTS, (_tail, _lead)))
)
def test_force_told_by_a_home_body_is_in_its_state(extractor, source, victim, act, shape):
    (body, state), (victims, be, theirs) = source, victim
    text = shape(victims, be, act, body)
    assert (state, "UAF", theirs, "affirmed") in _force(extractor, text)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # the victims' own state tells of its nationals struck abroad
        (
            "Two Turkish truck drivers were shot dead by masked gunmen late on Tuesday, Turkish officials told reporters.",
            "TUR",
        ),
        ("Two Turkish truck drivers were shot dead by masked gunmen late on Tuesday, the Turkish police said.", "TUR"),
        # a foreign ministry, an embassy, forces: they tell of events abroad
        ("Three Nepalese workers were shot dead by masked gunmen, the Turkish Foreign Ministry told reporters.", "TUR"),
        ("Three Nepalese workers were shot dead by masked gunmen, a State Department spokesman told reporters.", "USA"),
        ("Three Nepalese workers were shot dead by masked gunmen, a U.S. military spokesman told reporters.", "USA"),
        ("Three Nepalese workers were shot dead by masked gunmen, the Japanese embassy told reporters.", "JPN"),
        # officials placed only by where they speak
        ("Three Nepalese workers were shot dead by masked gunmen, according to officials in Nairobi.", "KEN"),
        # a state speaking as itself
        ("Two Turkish truck drivers were shot dead by masked gunmen, Iraq told reporters.", "IRQ"),
        # a place named is where it happened
        ("Two Turkish truck drivers were shot dead by masked gunmen in Kabul, Iraqi officials told reporters.", "IRQ"),
        # a condemnation is no attack
        ("Iraqi officials strongly condemned the killing of two Turkish truck drivers near their hotel.", "IRQ"),
    ],
)
def test_no_unidentified_attackers_of_a_state_that_tells_of_abroad(extractor, text, state):
    assert not {r for r in _force(extractor, text) if r[0] == state and r[1] == "UAF"}


@pytest.mark.parametrize(
    "text",
    [
        "Two Turkish truck drivers were killed in a road accident late on Tuesday, Iraqi police told reporters.",
        "Two Iraqi shopkeepers were shot dead by masked gunmen late on Tuesday, Iraqi police told reporters.",
    ],
)
def test_no_attack_from_an_accident_or_on_local_private_persons(extractor, text):
    assert not _force(extractor, text)


def test_a_denied_killing_is_no_affirmed_attack(extractor):
    text = "Iraqi police denied that two Turkish truck drivers were shot dead by masked gunmen."
    assert not {r for r in _force(extractor, text) if r[3] == "affirmed"}


@pytest.mark.xfail(strict=True, reason="a third state's officials are read as the place's (left)")
def test_a_third_states_officials_do_not_place_the_attack(extractor):
    text = "Three Nepalese workers were shot dead by masked gunmen late on Tuesday, U.S. officials told reporters."
    assert not {r for r in _force(extractor, text) if r[0] == "USA"}


PARTS = ["neighbourhood", "neighborhood", "quarter", "sector"]
CITIES = [("Beirut", "LBN"), ("Baghdad", "IRQ"), ("Karachi", "PAK")]
STRUCK = [("A French journalist was", "FRA"), ("Two Italian engineers were", "ITA")]


@pytest.mark.parametrize(("part", "city", "struck"), list(itertools.product(PARTS, CITIES, STRUCK)))
def test_a_part_of_a_city_places_the_attack(extractor, part, city, struck):
    (name, state), (victims, theirs) = city, struck
    text = f"{victims} wounded by a parcel bomb in an eastern {part} of {name} late on Monday."
    assert (state, "UAF", theirs, "affirmed") in _force(extractor, text)


@pytest.mark.parametrize(
    ("prefix", "adjective"), list(itertools.product(["anti", "pro"], ["Syrian", "American", "Iranian"]))
)
def test_a_stance_prefix_names_no_nationality(extractor, prefix, adjective):
    text = f"A well-known {prefix}-{adjective} journalist was wounded by a parcel bomb in Beirut late on Monday."
    assert {o for _, _, o, _ in _force(extractor, text)} == {"LBN"}


def test_a_nationality_without_a_prefix_stays(extractor):
    text = "A well-known Syrian journalist was wounded by a parcel bomb in Beirut late on Monday."
    assert {o for _, _, o, _ in _force(extractor, text)} == {"SYR"}


# A bare noun as the predicate of the one held (``arguments_en._bare_predicate``): "X held
# hostage in Y ..." was read with "held" as the clause's verb, the hostages abducting Y's people.
HELD = [("Two Italian aid workers", "ITA"), ("Three Turkish drivers", "TUR"), ("Two Filipino sailors", "PHL")]
PREDICATES = ["held hostage", "held captive"]
AFTER = ["appeared in a video on Wednesday", "were shown on television on Wednesday"]


@pytest.mark.parametrize(("held", "predicate", "after"), list(itertools.product(HELD, PREDICATES, AFTER)))
def test_the_one_held_hostage_is_the_victim(extractor, held, predicate, after):
    (victims, theirs) = held
    text = f"{victims} {predicate} in Iraq {after}."
    found = readings_en(extractor, text, "subject", "subject_sector", "root", "object", date="2004-11-08")
    assert not {r for r in found if r[0] == theirs}  # never the hostages' own act
    assert ("IRQ", "UAF", "18", theirs) in found


def test_hostages_in_the_plural_stay_the_captors_object(extractor):
    text = "Chechen rebels held hostages in a school in Beslan for three days."
    found = readings_en(extractor, text, "subject", "root")
    assert not {r for r in found if r[0] is not None and r[0] != "RUS"}


# Fighting reported is the fight, told by the reporter (the peer's "REPORT: - * CLASHES [012]"
# and "REPORT: - * &FIGHT [012]", dropped in ``build_triggers_en.py``, read the reporter's
# concern about one side and no fight).
REPORTERS = ["Officials", "Witnesses", "Residents", "Local journalists"]
FIGHTS = ["heavy fighting", "fierce clashes"]
FIGHTERS = [
    ("Chechen rebels", "Russian troops", " near the border"),
    ("Israeli troops", "Palestinian gunmen", " in Gaza"),
    ("Maoist rebels", "Nepalese soldiers", " in western Nepal"),
]


@pytest.mark.parametrize(("reporter", "fight", "sides"), list(itertools.product(REPORTERS, FIGHTS, FIGHTERS)))
def test_fighting_reported_is_the_fight_not_the_reporters_concern(extractor, reporter, fight, sides):
    first, second, where = sides
    text = f"{reporter} reported {fight} between {first} and {second}{where} on Thursday."
    roots = {r for (r,) in readings_en(extractor, text, "root", date="2004-11-08")}
    assert "19" in roots and "01" not in roots


# An act told of is another's (``gk:ToldActCue``, ``arguments_en._doing_verb``): "police reported
# an attack on X" read the police attacking X.
TELLERS = [("Iraqi police", "IRQ"), ("Afghan officials", "AFG"), ("Pakistani police", "PAK")]
TOLD = ["reported", "described"]
TOLD_ACTS = ["an attack on a U.S. convoy", "a rocket attack on a British patrol"]


@pytest.mark.parametrize(("teller", "verb", "act"), list(itertools.product(TELLERS, TOLD, TOLD_ACTS)))
def test_the_teller_of_an_attack_is_not_its_attacker(extractor, teller, verb, act):
    (who, state) = teller
    text = f"{who} {verb} {act} late on Thursday."
    found = readings_en(extractor, text, "subject", "subject_sector", "root", date="2004-11-08")
    assert not {r for r in found if r[2] in FORCE and r[1] != "UAF"}  # no teller as the attacker


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Iraqi insurgents launched an attack on a U.S. convoy late on Thursday.", "IRQ"),
        ("Hamas admitted the bombing of an Israeli bus late on Thursday.", "PSE"),
    ],
)
def test_an_act_launched_or_admitted_stays_the_subjects(extractor, text, state):
    found = readings_en(extractor, text, "subject", "root", date="2004-11-08")
    assert (state, "19") in found or (state, "18") in found


# An act told of is reported by its teller (``reporting_en._told_act``), as "police said gunmen
# attacked X" is: the teller vouches for the report, not for the act.
def _told_readings(extractor, text: str) -> set[tuple]:
    found = extractor.extract_text(text, doc_id="t", date="2004-11-08", lang="en")[0]
    return {(a.cameo[:2], a.modality, a.attributed_to.country if a.attributed_to else None) for a in found if a.cameo}


@pytest.mark.parametrize(("teller", "verb", "act"), list(itertools.product(TELLERS, TOLD, TOLD_ACTS)))
def test_an_act_told_of_is_reported_by_its_teller(extractor, teller, verb, act):
    (who, state) = teller
    found = _told_readings(extractor, f"{who} {verb} {act} late on Thursday.")
    assert ("19", "reported", state) in found
    assert not {r for r in found if r[0] in FORCE and r[1:] != ("reported", state)}


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi insurgents launched an attack on a U.S. convoy late on Thursday.",
        "Hamas admitted the bombing of an Israeli bus late on Thursday.",
        "Israeli troops carried out a raid on a Hamas office in Gaza late on Thursday.",
    ],
)
def test_an_act_launched_or_admitted_stays_asserted(extractor, text):
    found = _told_readings(extractor, text)
    assert {r for r in found if r[0] in FORCE} and not {r for r in found if r[0] in FORCE and r[1] != "asserted"}


# An armed group's state is never its attacker's (``entities_en._striker_of``): "U.S. warplanes
# struck rebel positions" gave the rebels the United States, the one state the sentence names.
STRIKERS = [("U.S. warplanes", "USA"), ("U.S. troops", "USA"), ("Russia", "RUS"), ("Israel", "ISR")]
STRUCK_GROUPS = ["rebel positions", "insurgent hideouts", "militant camps", "rebel bases"]
STRUCK_SHAPES = [
    lambda a, t: f"{a} struck {t} on Monday.",
    lambda a, t: f"{t[0].upper()}{t[1:]} were bombed by {a} on Monday.",
    lambda a, t: f"{a} fired missiles at {t} on Monday.",
]


@pytest.mark.parametrize(("striker", "group", "shape"), list(itertools.product(STRIKERS, STRUCK_GROUPS, STRUCK_SHAPES)))
def test_a_struck_groups_state_is_not_its_attackers(extractor, striker, group, shape):
    (who, state) = striker
    found = readings_en(extractor, shape(who, group), "root", "object", "object_sector")
    assert not {r for r in found if r[0] in FORCE + ("20",) and r[1:] == (state, "REB")}


@pytest.mark.parametrize(
    ("text", "group_state"),
    [
        ("Russia struck rebel positions in Chechnya on Monday.", "RUS"),
        ("U.S. warplanes struck insurgent hideouts near Fallujah on Monday.", "IRQ"),
    ],
)
def test_a_struck_group_placed_keeps_the_places_state(extractor, text, group_state):
    found = readings_en(extractor, text, "root", "object", "object_sector")
    assert ("19", group_state, "REB") in found
