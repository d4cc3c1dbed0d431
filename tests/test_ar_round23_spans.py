"""Round 23 (Arabic): fighters named by a plural in construct with a named armed group, as the
subject of an attack ("وهاجم مقاتلو حركة الشباب قاعدة ..."), as grids of our own sentences.

The plural in construct ("مقاتلو", "مسلحو", "عناصر") heads the phrase: the verb before it agrees
with it, not with the feminine first word of the group's name ("حركة"), and the linker's mention
of the plural as the group is the same phrase, not a second party. Before, the group after
"مقاتلو" was read as the struck side (a reversal: the attacked attacking) and "مسلحو X" gave no
event (the group facing itself).

Should: the group's state attacks the struck side's. Must-not: the group never struck when it is
the subject; fighters of a group that is the object (after the verb's subject, or behind ل) stay
the struck side.
"""

from __future__ import annotations

import itertools

import pytest

from tests.helpers import event_sides_ar

DATE = "2008-05-02"

VERBS = ["وهاجم", "واستهدف", "واقتحم"]
FIGHTERS = ["مقاتلو", "مسلحو", "عناصر"]
GROUPS = [
    ("حركة طالبان", "AFG"),
    ("حركة الشباب", "SOM"),
    ("حزب العمال الكردستاني", "TUR"),
    ("حركة حماس", "PSE"),
]
STRUCK = [
    ("قاعدة للقوات البريطانية", "GBR"),
    ("قافلة للقوات الأمريكية", "USA"),
    ("دورية للقوات الإثيوبية", "ETH"),
]


@pytest.mark.parametrize(
    ("verb", "fighters", "group", "struck"), list(itertools.product(VERBS, FIGHTERS, GROUPS, STRUCK))
)
def test_fighters_in_construct_with_a_group_attack_as_the_group(extractor, verb, fighters, group, struck):
    text = f"{verb} {fighters} {group[0]} {struck[0]} أمس."
    sides = event_sides_ar(extractor, text, "ASSAULT", DATE)
    assert (group[1], struck[1]) in sides, (text, sides)
    assert not any(o == group[1] for _, o in sides), (text, sides)  # the attacker never struck


ATTACKERS = [("وهاجمت القوات الإثيوبية", "ETH"), ("وقصف الجيش الأمريكي", "USA")]
OBJECT_SHAPES = ["{a} {f} {g} أمس.", "{a} مواقع لـ{f} {g} أمس."]


@pytest.mark.parametrize(
    ("attacker", "fighters", "group", "shape"),
    list(itertools.product(ATTACKERS, ["مقاتلي", "مسلحي"], GROUPS, OBJECT_SHAPES)),
)
def test_fighters_of_a_group_after_the_subject_stay_struck(extractor, attacker, fighters, group, shape):
    text = shape.format(a=attacker[0], f=fighters, g=group[0])
    sides = event_sides_ar(extractor, text, "ASSAULT", DATE)
    assert not any(s == group[1] for s, _ in sides), (text, sides)  # must-not: the struck attacking


# A thing owned by a body behind ل underwent an attack no agent is named for ("وتعرضت قافلة
# للقوات الأمريكية لهجوم في الأنبار"): the body is struck, never the place the attack was in (was:
# the place, as the object an unnamed attacker struck); with an agent named this held already.
THINGS = ["قافلة", "دورية", "قاعدة"]
BODIES = [("للقوات الأمريكية", "USA"), ("للقوات البريطانية", "GBR"), ("للجيش الباكستاني", "PAK")]
ACTS = ["لهجوم", "لهجوم صاروخي", "لهجوم انتحاري"]
UNDERGONE_PLACES = [("في محافظة الأنبار", "IRQ"), ("في العراق", "IRQ"), ("في ولاية هلمند", "AFG")]


@pytest.mark.parametrize(
    ("thing", "body", "act", "place"), list(itertools.product(THINGS, BODIES, ACTS, UNDERGONE_PLACES))
)
def test_a_body_whose_thing_underwent_an_attack_is_struck_not_the_place(extractor, thing, body, act, place):
    text = f"وتعرضت {thing} {body[0]} {act} {place[0]} أمس."
    struck = {o for _, o in event_sides_ar(extractor, text, "ASSAULT", DATE)}
    assert body[1] in struck, (text, struck)
    assert place[1] not in struck, (text, struck)  # must-not: the place as the struck side


@pytest.mark.parametrize(
    "text",
    [
        "ولم تتعرض قافلة للقوات الأمريكية لهجوم في محافظة الأنبار.",  # negated
        "وتتعرض قوافل القوات الأمريكية باستمرار لهجمات في محافظة الأنبار.",  # a habit
        "وحذر الجيش من أن قافلة للقوات البريطانية قد تتعرض لهجوم في العراق.",  # a warning
    ],
)
def test_an_attack_not_undergone_is_no_event(extractor, text):
    assert not event_sides_ar(extractor, text, "ASSAULT", DATE), text


# An act of force with its agent's nationality, whose only object is a place noun's or a border's
# nationality ("قرب الحدود الباكستانية", "في العاصمة اللبنانية"), struck the victims its clause
# counts, not the state that qualifies the place (was: that state struck).
VICTIMS = [("خمسة مدنيين أفغانيين", "AFG"), ("ثلاثة جنود عراقيين", "IRQ"), ("أربعة صيادين مصريين", "EGY")]
ACT_NOUNS = [("في غارة أمريكية", "USA"), ("في قصف إسرائيلي", "ISR"), ("في غارة جوية تركية", "TUR")]
NEAR = [("قرب الحدود الباكستانية", "PAK"), ("على الحدود السورية", "SYR"), ("في العاصمة اللبنانية", "LBN")]


@pytest.mark.parametrize(("victims", "act", "near"), list(itertools.product(VICTIMS, ACT_NOUNS, NEAR)))
def test_victims_counted_are_struck_not_a_border_or_capital(extractor, victims, act, near):
    text = f"وقتل {victims[0]} {act[0]} {near[0]} أمس."
    sides = event_sides_ar(extractor, text, "ASSAULT", DATE)
    assert (act[1], victims[1]) in sides, (text, sides)
    assert not any(near[1] in (s, o) for s, o in sides), (text, sides)  # must-not: the border's state


@pytest.mark.parametrize(
    "text",
    [
        # no victims counted: a border's state is no more struck than before, and never attacking
        "وأطلقت القوات الأمريكية صواريخ قرب الحدود الباكستانية أمس.",
        "وقتل ثلاثة جنود أمريكيين في هجوم قرب الحدود الإيرانية أمس.",
    ],
)
def test_a_border_state_never_attacks(extractor, text):
    sides = event_sides_ar(extractor, text, "ASSAULT", DATE)
    assert not any(s in ("PAK", "IRN") for s, _ in sides), (text, sides)


# Fire from a place on a party ("وأطلقت صواريخ من جنوب لبنان على إسرائيل"): the party behind على
# is struck, never the state it was fired from (was: the origin, past its compass word, read as
# the struck state: a reversal).
FIRE = ["وأطلقت صواريخ من {o} على {t} أمس.", "وأطلق مسلحون قذائف من {o} على {t} أمس."]
ORIGINS = [("جنوب لبنان", "LBN"), ("شمال سوريا", "SYR"), ("شرق أفغانستان", "AFG")]
FIRED_ON = [("إسرائيل", "ISR"), ("شمال إسرائيل", "ISR"), ("جنوب تركيا", "TUR"), ("باكستان", "PAK")]


@pytest.mark.parametrize(("shape", "origin", "target"), list(itertools.product(FIRE, ORIGINS, FIRED_ON)))
def test_fire_from_a_place_strikes_the_party_it_was_fired_on(extractor, shape, origin, target):
    text = shape.format(o=origin[0], t=target[0])
    struck = {o for _, o in event_sides_ar(extractor, text, "ASSAULT", DATE)}
    assert target[1] in struck, (text, struck)
    assert origin[1] not in struck, (text, struck)  # must-not: the origin struck


# An origin phrase (gk:OriginCue + من) after the attackers: where they came from is never the
# state struck; it is the soldiers' state, not unnamed gunmen's (round 24). Was: the origin's state struck by gunmen of the place (a reversal).
COMERS = ["مسلحون قادمون من", "جنود قادمون من", "مسلحون تسللوا من"]
CAME_FROM = [("الصومال", "SOM"), ("إريتريا", "ERI"), ("سوريا", "SYR")]
STRUCK_PLACES = [("بلدة كينية", "KEN"), ("قرية في جنوب العراق", "IRQ"), ("مركزا للشرطة في باكستان", "PAK")]


@pytest.mark.parametrize(
    ("verb", "comers", "origin", "place"), list(itertools.product(VERBS, COMERS, CAME_FROM, STRUCK_PLACES))
)
def test_attackers_from_a_state_strike_the_place_not_their_origin(extractor, verb, comers, origin, place):
    text = f"{verb} {comers} {origin[0]} {place[0]} أمس."
    sides = event_sides_ar(extractor, text, "ASSAULT", DATE)
    assert not any(o == origin[1] for _, o in sides), (text, sides)  # must-not: the origin struck
    # round 24: soldiers are of their origin's state; unnamed gunmen are of where they struck
    # (../shared/dev: unidentified attackers take the place's state), never of where they set out
    if comers.startswith("جنود"):
        assert (origin[1], place[1]) in sides, (text, sides)
    else:
        assert any(o == place[1] for _, o in sides), (text, sides)
        assert not any(s == origin[1] for s, _ in sides), (text, sides)


# A thing of a state that underwent an attack with no place saying where: the unidentified
# attacker is of no state, never the owner's (was: Japan attacking Japan's ship).
# (With no place named at all the document's state stands in, often the owner's: left, tried
# and it cost check spans src .63 -> .60.)
OWNED = [
    ("سفينة يابانية", "JPN"),
    ("ناقلة نفط سعودية", "SAU"),
    ("قافلة للقوات الأمريكية", "USA"),
    ("سفينة تجارية هندية", "IND"),
]
UNDERGONE = ["لهجوم", "لهجوم مسلح"]
NEAR_NO_STATE = ["قبالة السواحل الصومالية", "قرب الحدود الأفغانية"]


@pytest.mark.parametrize(("owned", "act", "near"), list(itertools.product(OWNED, UNDERGONE, NEAR_NO_STATE)))
def test_an_owner_never_attacks_its_own_thing(extractor, owned, act, near):
    text = f"وتعرضت {owned[0]} {act} {near} أمس.".replace("  ", " ")
    sides = event_sides_ar(extractor, text, "ASSAULT", DATE)
    assert (owned[1], owned[1]) not in sides, (text, sides)  # must-not: a state attacking itself
    assert (None, owned[1]) in sides, (text, sides)


# A region behind على (past a compass word) is whom fire was aimed at, never where a bare group
# noun is from; with a place behind من after it, the group is of that place (was: the struck
# state's gunmen attacking it).
FIRED = ["وأطلق مسلحون صواريخ", "وأطلق مسلحون قذائف", "وأطلق متمردون صواريخ"]
AIMED = [("جنوب إسرائيل", "ISR"), ("شمال إسرائيل", "ISR"), ("جنوب تركيا", "TUR")]
FROM_PLACE = [("قطاع غزة", "PSE"), ("شمال العراق", "IRQ")]


@pytest.mark.parametrize(("fired", "aimed", "source"), list(itertools.product(FIRED, AIMED, FROM_PLACE)))
def test_gunmen_are_of_where_they_fired_from_not_of_the_region_struck(extractor, fired, aimed, source):
    text = f"{fired} على {aimed[0]} من {source[0]} أمس."
    sides = event_sides_ar(extractor, text, "ASSAULT", DATE)
    assert (aimed[1], aimed[1]) not in sides, (text, sides)  # must-not: the struck state firing
    assert (source[1], aimed[1]) in sides, (text, sides)
