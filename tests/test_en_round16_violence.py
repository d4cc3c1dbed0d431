"""English violence on wire news (issue 13, round 16, branch ``en``).

- Coming under fire: the peer reads "X came under fire from Y" as criticism (COME UNDER FIRE
  [111]), as a minister does. An armed unit that comes under fire (``gk:UnderFireSubjectNouns``:
  troops, a convoy, a patrol, a base ...), or fire of a weapon ("came under mortar fire", the
  words of ``gk:WeaponFireCue``), is shot at: Y attacks X (190).
- A force undergone from a named source ("came under attack/fire from Y") is force only when Y
  bears arms (a state, its forces, an armed group); "from opposition lawmakers", "from Amnesty
  International over ..." is words, and a source named is never read as unidentified attackers.
Sentences written for geokg (real pipeline: ``en_core_web_sm``, the gazetteer, the ontology)."""

from __future__ import annotations

import itertools

import pytest
from helpers import readings_en, require_english_model

require_english_model()

# (dateline, place, attacked forces, their state, attackers, their state)
SIDES = [
    ("GAZA (Reuters)", "Gaza City", "Israeli troops", "ISR", "Hamas militants", "PSE"),
    ("BAGHDAD (Reuters)", "Falluja", "U.S. troops", "USA", "Iraqi insurgents", "IRQ"),
    ("GROZNY, Russia (Reuters)", "Shali", "Russian troops", "RUS", "Chechen rebels", "RUS"),
    ("SRINAGAR, India (Reuters)", "Kupwara", "Indian troops", "IND", "Kashmiri militants", "IND"),
    ("KHARTOUM (Reuters)", "Darfur", "Sudanese troops", "SDN", "Darfur rebels", "SDN"),
]
FIRE = ["fire", "mortar fire", "rocket fire", "artillery fire"]


def _force(extractor, text: str) -> set[tuple]:
    """(subject state, object state, polarity) of the fights (CAMEO 19) read."""
    found = readings_en(extractor, text, "subject", "root", "object", "polarity", date="2004-11-08")
    return {(s, o, p) for s, root, o, p in found if root == "19"}


@pytest.mark.parametrize(("side", "fire"), list(itertools.product(SIDES, FIRE)))
def test_a_unit_under_fire_from_armed_men_is_attacked_by_them(extractor, side, fire):
    dateline, place, troops, state, attackers, their = side
    text = f"{dateline} - {troops} came under {fire} from {attackers} in {place} on Monday, officials said."
    assert (their, state, "affirmed") in _force(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "A convoy of British troops came under heavy fire from Iraqi insurgents near Basra on Sunday, "
        "a military spokesman said, the third such attack on British forces this week.",
        "JERUSALEM (Reuters) - An Israeli army post near the Gaza border came under rocket fire from "
        "Palestinian militants on Tuesday, the army said.",
        "Indian soldiers came under machine-gun fire from Pakistani troops along the Line of Control "
        "on Wednesday, an Indian army officer said.",
        pytest.param(
            "Indian soldiers patrolling the Line of Control came under machine-gun fire from Pakistani "
            "troops on Wednesday, an Indian army officer said.",
            marks=pytest.mark.xfail(strict=True, reason="a participle of another trigger on the subject (left)"),
        ),
    ],
)
def test_under_fire_in_long_leads(extractor, text):
    assert any(p == "affirmed" for _, _, p in _force(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        # words, not force: the source bears no arms
        "The Israeli defence minister came under fire from opposition lawmakers over the budget on Monday.",
        "The Israeli defence minister came under attack from opposition lawmakers over the budget on Monday.",
        "British troops came under fire from Amnesty International over the deaths of civilians in Basra.",
        "The U.S. military came under fire from human rights groups over the abuse of prisoners.",
        "Prime Minister Tony Blair came under fire from Labour lawmakers over Iraq on Monday.",
        "BAGHDAD (Reuters) - The Iraqi interior minister came under fire from Sunni clerics on Monday "
        "over raids on mosques in Baghdad.",
    ],
)
def test_criticism_from_a_body_of_words_is_no_attack(extractor, text):
    assert not _force(extractor, text)


def test_a_convoy_under_fire_with_no_source_named_is_attacked_by_unidentified_attackers(extractor):
    text = "BAGHDAD (Reuters) - A convoy of U.S. troops came under mortar fire in Falluja on Monday, officials said."
    found = readings_en(extractor, text, "subject", "subject_sector", "root", "object", date="2004-11-08")
    assert ("IRQ", "UAF", "19", "USA") in found


def test_a_denied_attack_under_fire_is_negated(extractor):
    text = "The army denied on Monday that its troops had come under fire from Hamas militants in Gaza City."
    found = _force(extractor, text)
    assert found and all(p == "negated" for _, _, p in found), found


# --- the means of a killing stated once for two outcomes ----------------------------------------
# "Three soldiers were killed and six wounded in a car bombing": the parser hangs "in a car
# bombing" on the bare participle ("wounded"), a conjunct of the passive or of its count; the
# killing came of the bombing too, so the bombing (183) struck the first verb's subject, not a
# plain attack (190) by attackers of the place.

MEANS = [
    ("a car bombing", "183", None),
    ("a suicide bombing", "183", None),
    ("an Israeli air strike", "195", "ISR"),
    ("a U.S. air strike", "195", "USA"),
]
VICTIMS = [("Hamas militants", "PSE"), ("Iraqi policemen", "IRQ"), ("Afghan soldiers", "AFG")]


def _coded(extractor, text: str) -> set[tuple]:
    return readings_en(extractor, text, "subject", "cameo", "object", date="2004-11-08")


@pytest.mark.parametrize(("means", "victims"), list(itertools.product(MEANS, VICTIMS)))
@pytest.mark.parametrize(
    "shape",
    [
        "{n} {v} were killed and {m} wounded in {x} in {p} on Monday.",
        "KARBALA, Iraq (Reuters) - {n} {v} were killed and {m} wounded early on Monday in {x} in {p}, a "
        "city the army had declared safe only a week before.",
        # (with a reporting tail, "..., police said", the parser makes the count the subject of "said": left)
    ],
)
def test_two_outcomes_of_one_means(extractor, shape, means, victims):
    noun, code, by = means
    group, state = victims
    text = shape.format(n="Three", v=group, m="two", x=noun, p="the town of Karbala")
    found = _coded(extractor, text)
    assert any(c == code and o == state and (by is None or s == by) for s, c, o in found), found
    assert not any(c == "190" and o == state for s, c, o in found), found


@pytest.mark.parametrize(
    "text",
    [
        # each outcome its own means: the raid's victims are not the bombing's
        "Five Iraqi policemen were killed in a raid and two wounded in a bombing in Baquba.",
        # an accident: no attacker at all
        "Two miners were killed and six injured in a gas explosion in a mine in Shanxi.",
    ],
)
def test_no_means_borrowed(extractor, text):
    assert not any(c == "183" for _, c, _ in _coded(extractor, text))


# --- dying in a raid ------------------------------------------------------------------------------
# The peer's DIE: - * (IN RAID) [:190] is dropped: "died in an Israeli raid on a house" gave the
# raid to unidentified attackers of the place (Gaza's: the victims' own side); the raid noun names
# its attacker by its adjective or its "by" phrase, as "died in an air strike" is read.


@pytest.mark.parametrize(
    ("text", "attacker", "victims"),
    [
        ("Three Hamas militants died in an Israeli raid on a house in Gaza City on Monday.", "ISR", "PSE"),
        (
            "BAGHDAD (Reuters) - Three Iraqi insurgents died in a U.S. raid on a house in Falluja on Monday.",
            "USA",
            "IRQ",
        ),
        ("Five Palestinians died in a raid by Israeli troops on the Jabalya refugee camp.", "ISR", "PSE"),
        (
            "GROZNY, Russia (Reuters) - Four Chechen rebels died in a Russian raid on a village near Shali.",
            "RUS",
            "RUS",
        ),
    ],
)
def test_dying_in_a_raid_is_undergoing_its_attackers_raid(extractor, text, attacker, victims):
    found = _force(extractor, text)
    assert (attacker, victims, "affirmed") in found
    assert all(s == attacker for s, _, _ in found), found  # (never the victims' own side)


# --- the means a compound names -------------------------------------------------------------------
# "a roadside bomb attack": a plain attack (190) whose noun is modified by a trigger of a finer act
# of force (the bombing's "roadside bomb", "car bomb") is that act (clauses_en._named_means).

COMPOUND_MEANS = ["a roadside bomb attack", "a car bomb attack", "a suicide bomb attack"]
COMPOUND_VICTIMS = [
    ("BAGHDAD (Reuters)", "Three U.S. soldiers", "USA", "Falluja"),
    ("BAGHDAD (Reuters)", "Four Iraqi policemen", "IRQ", "Baquba"),
    ("KABUL (Reuters)", "Two Afghan soldiers", "AFG", "Kandahar"),
    ("JERUSALEM (Reuters)", "Five Israeli soldiers", "ISR", "the Gaza Strip"),
]


@pytest.mark.parametrize(("means", "victims"), list(itertools.product(COMPOUND_MEANS, COMPOUND_VICTIMS)))
@pytest.mark.parametrize(
    "shape",
    [
        "{d} - {v} were killed in {x} near {p} on Monday.",
        "{d} - {v} were wounded in {x} in {p} on Monday, police said.",
        "{d} - {v} were killed by {x} in {p} on Monday.",
    ],
)
def test_a_compound_names_the_means_of_the_attack(extractor, shape, means, victims):
    dateline, group, state, place = victims
    found = _coded(extractor, shape.format(d=dateline, v=group, x=means, p=place))
    assert any(c == "183" and o == state for _, c, o in found), found
    assert not any(c == "190" and o == state for _, c, o in found), found


# a modifier that is no trigger of a finer act leaves the plain attack; a denied bombing stays denied
COMPOUND_MUST_NOTS = {
    "GAZA (Reuters) - Hamas militants launched a rocket attack on Israeli troops on Monday.": ("190", "affirmed"),
    "BAGHDAD (Reuters) - Iraqi insurgents launched a surprise attack on a U.S. base.": ("190", "affirmed"),
    "GAZA (Reuters) - Hamas denied carrying out a suicide bomb attack on Israeli troops.": ("183", "negated"),
}


@pytest.mark.parametrize("text", list(COMPOUND_MUST_NOTS))
def test_compound_must_nots(extractor, text):
    found = readings_en(extractor, text, "cameo", "polarity", date="2004-11-08")
    assert found == {COMPOUND_MUST_NOTS[text]}, found


def test_a_defused_bomb_is_no_attack(extractor):
    text = "BAGHDAD (Reuters) - Iraqi police defused a car bomb near a police station in Baquba on Monday."
    assert not any(c.startswith(("18", "19")) for (c,) in readings_en(extractor, text, "cameo"))


# --- the "when" clause as the means ---------------------------------------------------------------
# "were killed when a roadside bomb hit their convoy": a passive verb of force whose "when" clause
# is an act of force is what that act did; the act strikes the killed (clauses_en.outcome_when).

WHEN_SHAPES = [
    "{d} - {v} were killed when {x} hit their convoy near {p} on Monday.",
    "{d} - {v} were wounded when {x} exploded near their patrol in {p} on Monday.",
    "{d} - {v} were killed on Monday when {x} struck their vehicle in {p}, officials said.",
]


@pytest.mark.parametrize(
    ("means", "victims"), list(itertools.product(["a roadside bomb", "a car bomb"], COMPOUND_VICTIMS))
)
@pytest.mark.parametrize("shape", WHEN_SHAPES)
def test_a_when_clause_of_force_is_the_means(extractor, shape, means, victims):
    dateline, group, state, place = victims
    found = _coded(extractor, shape.format(d=dateline, v=group, x=means, p=place))
    assert any(c == "183" and o == state for _, c, o in found), found
    assert not any(c == "190" and o == state for _, c, o in found), found


def test_a_when_clause_names_the_owner_of_the_means(extractor):
    text = "GAZA (Reuters) - Two Hamas militants were killed when an Israeli missile hit their car in Gaza City."
    assert _force(extractor, text) == {("ISR", "PSE", "affirmed")}


def test_an_arrest_is_no_outcome_of_a_blast(extractor):
    # must not: only a verb of force is what the act did
    text = "BAGHDAD (Reuters) - Two Iraqi policemen were arrested when a bomb exploded near their station in Baquba."
    assert not any(c.startswith(("18", "19")) for (c,) in readings_en(extractor, text, "cameo"))


def test_an_accident_is_no_attack(extractor):
    text = "KABUL (Reuters) - Two U.S. soldiers were killed when their helicopter crashed near Kandahar on Monday."
    assert not any(c.startswith(("18", "19")) for (c,) in readings_en(extractor, text, "cameo"))
