"""Violence (CAMEO 18, 19) on wire news, round 19 English (branch ``en``).

Three mechanisms, each a grid of sentences written for geokg (real pipeline: ``en_core_web_sm``,
the gazetteer, the ontology):

- An act noun behind a noun a verb takes (``phrases_en.completed_noun``): "claimed
  responsibility for an attack that killed ..." is the claimer's attack; "ordered an inquiry
  into the attack that killed ...", "vowed revenge for the attack ..." is not the speaker's (it
  was: the leader read as the attacker of the victims).
- One member of a body named by the body's word on a singular noun, who suffered an attack
  ("a Hamas commander was killed in a bombing in ..."): the body is the victim
  (``arguments_en._member_victims``; it was: no relation, only the place as a target).
- A noun of force that is the means or course of what a state's armed force does ("Russian
  troops pushed into X in an offensive against rebels", "entered X during a raid on ..."): the
  force is its agent (``arguments_en._fought_by_means``; it was: no agent, or unidentified
  attackers for the force's own raid).
"""

from __future__ import annotations

import itertools

import pytest
from helpers import readings_en, require_english_model

require_english_model()


def _force(extractor, text: str) -> set[tuple]:
    found = readings_en(extractor, text, "subject", "subject_sector", "root", "object_actor", "polarity")
    return {(s, sec, o) for s, sec, root, o, p in found if root in ("18", "19") and p == "affirmed"}


# --- an act noun behind a noun the verb takes --------------------------------------------------------

# (the speaker, its state)
SPEAKERS = [
    ("President Hamid Karzai", "AFG"),
    ("The Afghan government", "AFG"),
    ("Interior Minister Ali Jalali", "AFG"),
]
# frames whose noun is about the act, or done for it: never the speaker's act
ABOUT = [
    "ordered an investigation into",
    "ordered an inquiry into",
    "vowed revenge for",
    "sought punishment for",
    "demanded justice for",
]
ACT_NOUNS = ["the attack", "the car bombing", "the ambush"]
VICTIMS = "three German nationals in Kabul"


@pytest.mark.parametrize(("speaker", "frame", "act"), list(itertools.product(SPEAKERS, ABOUT, ACT_NOUNS)))
def test_the_speaker_is_not_the_attacker(extractor, speaker, frame, act):
    who, state = speaker
    found = _force(extractor, f"{who} {frame} {act} that killed {VICTIMS}.")
    assert not any(s == state and sec != "UAF" for s, sec, o in found), found


# (the claimer, its state, the victims, their state)
CLAIMERS = [("The Taliban", "AFG"), ("Al-Qaeda", None), ("Hezbollah", "LBN")]
CLAIMS = ["claimed responsibility for", "claimed credit for"]


@pytest.mark.parametrize(("claimer", "frame", "act"), list(itertools.product(CLAIMERS, CLAIMS, ACT_NOUNS)))
def test_the_claimer_is_the_attacker(extractor, claimer, frame, act):
    who, state = claimer
    found = readings_en(
        extractor, f"{who} {frame} {act} that killed three German soldiers.", "subject_actor", "root", "object"
    )
    assert any(root in ("18", "19") and o == "DEU" for s, root, o in found), found


# --- one member of a body, who suffered an attack ----------------------------------------------------

# (the body, its state, where)
BODIES = [("Hamas", "PSE", "Gaza City"), ("Taliban", "AFG", "Kandahar"), ("Hezbollah", "LBN", "Beirut")]
MEMBERS = ["commander", "fighter", "field commander"]
BLASTS = ["a bombing", "a car bomb attack", "a suicide bombing"]


@pytest.mark.parametrize(("body", "member", "blast"), list(itertools.product(BODIES, MEMBERS, BLASTS)))
def test_a_member_of_a_body_suffered_it(extractor, body, member, blast):
    name, state, where = body
    text = f"A {name} {member} was killed in {blast} in {where}."
    found = readings_en(extractor, text, "subject_sector", "root", "object_sector", "object")
    assert any(sec == "UAF" and root in ("18", "19") and osec == "REB" and o == state for sec, root, osec, o in found)


@pytest.mark.parametrize("where", ["Baghdad", "Gaza City", "Kandahar"])
def test_a_place_is_no_member(extractor, where):
    found = readings_en(extractor, f"{where} was shaken by a bombing on Monday.", "root", "object_actor")
    assert not any(root in ("18", "19") for root, o in found), found


# --- a noun of force that is a state's armed force's means ----------------------------------------

# (the force, its state, the place it moves in)
FORCES = [
    ("Russian troops", "RUS", "Chechnya"),
    ("Israeli troops", "ISR", "Jenin"),
    ("Pakistani troops", "PAK", "Swat"),
]
MOVES = ["pushed deeper into {p} in", "entered {p} during", "moved into {p} in"]
COURSES = ["an offensive against rebels", "a raid on militants", "an assault on rebel positions"]


@pytest.mark.parametrize(("force", "move", "course"), list(itertools.product(FORCES, MOVES, COURSES)))
def test_the_force_does_what_it_moves_in(extractor, force, move, course):
    troops, state, place = force
    found = _force(extractor, f"{troops} {move.format(p=place)} {course}.")
    assert any(s == state and sec == "MIL" for s, sec, o in found), found


# must-nots: the force suffers the act, tells of it, or the act is another's
SUFFERED = [
    "{t} were wounded in an attack on their convoy in {p}.",
    "Three of the {t} died in an attack on their post in {p}.",
    "Four {t} died in a bomb attack outside {p}.",
    "{t} were killed in a roadside bombing near {p}.",
    "{t} came under fire during a raid by militants in {p}.",
    "{t} entered {p} during a raid by militants.",
    "{t} said in a statement that the raid on {p} was over.",
]


@pytest.mark.parametrize(("force", "shape"), list(itertools.product(FORCES, SUFFERED)))
def test_the_force_is_not_the_attacker_of_what_it_suffers(extractor, force, shape):
    troops, state, place = force
    found = _force(extractor, shape.format(t=troops, p=place))
    assert not any(s == state and sec == "MIL" for s, sec, o in found), found


@pytest.mark.parametrize("who", ["Villagers", "Thousands of refugees", "Aid workers"])
def test_people_caught_in_it_are_no_side(extractor, who):
    found = _force(extractor, f"{who} fled during an offensive against the rebels in Chechnya.")
    assert not any(sec not in ("UAF", "MIL", "REB") for s, sec, o in found), found


# --- two passives of force joined by "and", one "by" phrase --------------------------------------

# (the victims, their state, the attackers, their state, where)
JOINED_SIDES = [
    ("Five policemen", "IRQ", "insurgents", "IRQ", "Ramadi"),
    ("Two Turkish engineers", "TUR", "gunmen", "IRQ", "Mosul"),
    ("Three Afghan soldiers", "AFG", "Taliban fighters", "AFG", "Helmand"),
]
JOINED = ["attacked and kidnapped", "ambushed and abducted", "attacked and abducted"]


@pytest.mark.parametrize(("sides", "verbs"), list(itertools.product(JOINED_SIDES, JOINED)))
def test_joined_passives_share_their_attackers(extractor, sides, verbs):
    victims, their, attackers, state, where = sides
    text = f"{victims} were {verbs} by {attackers} in {where}, police said."
    found = readings_en(extractor, text, "subject_sector", "cameo", "object")
    assert ("REB", "181", their) in found, found
    assert not any(sec == "UAF" for sec, code, o in found), found  # the attackers are named


# must-nots: an act of another kind after "and" does not lend its agent to the force
RESCUES = [
    "kidnapped and later freed by {t}",
    "kidnapped in {p} and rescued by {t}",
    "abducted and later released by {t}",
]
RESCUERS = [("Iraqi troops", "IRQ"), ("US troops", "USA"), ("Turkish commandos", "TUR")]


@pytest.mark.parametrize(("shape", "rescuer"), list(itertools.product(RESCUES, RESCUERS)))
def test_the_rescuer_is_not_the_kidnapper(extractor, shape, rescuer):
    troops, state = rescuer
    text = f"Two Turkish engineers were {shape.format(t=troops, p='Mosul')}."
    found = readings_en(extractor, text, "subject", "subject_sector", "root", "object")
    assert not any(root == "18" and s == state and sec == "MIL" for s, sec, root, o in found), found


# --- a member of a group named by the group's possessive -------------------------------------------

# (the group, its state, where it was struck)
GROUPS = [("Hamas", "PSE", "Damascus"), ("Hezbollah", "LBN", "Damascus"), ("the Taliban", "AFG", "Quetta")]
MEMBER_SHAPES = [
    "Violence flared after the assassination of the head of {g}'s armed wing in a bombing in {p}.",
    "Violence flared after the assassination of {g}'s top commander in a bombing in {p}.",
    "A leader of {g}'s armed wing was killed in a bombing in {p}.",
]


MEMBER_TEXTS = [(shape.format(g=name, p=where), state) for (name, state, where) in GROUPS for shape in MEMBER_SHAPES]


@pytest.mark.parametrize(("text", "state"), MEMBER_TEXTS)
def test_a_member_named_by_the_groups_possessive(extractor, text, state):
    struck = {
        (sec, o)
        for root, sec, o in readings_en(extractor, text, "root", "object_sector", "object")
        if root in ("18", "19")
    }
    assert ("REB", state) in struck, struck


@pytest.mark.parametrize("state", ["Lebanon", "Syria", "Pakistan"])
def test_a_states_possessive_names_no_group(extractor, state):
    text = f"Violence flared after the assassination of the head of {state}'s army in a bombing in Beirut."
    found = readings_en(extractor, text, "root", "object_sector")
    assert not any(sec == "REB" for root, sec in found if root in ("18", "19")), found
