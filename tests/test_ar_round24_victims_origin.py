"""Round 24 (Arabic, second task): counted victims of a passive verbal noun, and a town in its
own place after where an attack set out from, as grids of our own sentences.

- "تم اعتقال ثلاثة صحفيين أتراك من قبل الجيش الهندي" gave nothing (the singular worked): the
  victims of a verbal noun whose agent stands behind من قبل were taken only right after the noun,
  so a counted group ("ثلاثة صحفيين أتراك", "عدد من الصحفيين الأتراك") was lost.
- "شن مسلحون هجوما انطلاقا من كينيا على بلدة في الصومال" gave Kenya struck: "بلدة" (a town)
  normalises as "بلده" (his country) and took up the state named before it. A town written with
  ة and followed by its own في phrase is a town; "هاجم الجيش الكيني بلدة في الصومال" gave no
  event at all (Kenya attacking Kenya's "country").

Must-not: the agent's state never the victims'; the victims' state never the agent; a negation
stays negated; the origin never the struck state; "بلاده" (his country) still takes up a party.
"""

from __future__ import annotations

import itertools

import pytest

from tests.helpers import event_sides_ar, readings_ar

DATE = "2024-09-02"

LIGHT = ["تم", "جرى"]
NOUNS = [("اعتقال", "arrests"), ("احتجاز", "arrests"), ("اختطاف", "abducts")]
COUNTED = [
    ("ثلاثة صحفيين {n}", "أتراك", "TUR"),
    ("عدد من الصحفيين {n}", "الأتراك", "TUR"),
    ("عشرات الصحفيين {n}", "المصريين", "EGY"),
    ("خمسة مهندسين {n}", "صينيين", "CHN"),
    ("ثلاثة جنود {n}", "أتراك", "TUR"),
]
AGENTS = [("الجيش الهندي", "IND"), ("الشرطة الإسرائيلية", "ISR"), ("السلطات الإيرانية", "IRN")]


@pytest.mark.parametrize(("light", "noun", "counted", "agent"), list(itertools.product(LIGHT, NOUNS, COUNTED, AGENTS)))
def test_counted_victims_of_a_passive_verbal_noun(extractor, light, noun, counted, agent):
    victims = counted[0].format(n=counted[1])
    text = f"{light} {noun[0]} {victims} من قبل {agent[0]} أمس."
    found = {(s, r, o) for s, r, o, p, _ in readings_ar(extractor, text, DATE) if p == "affirmed"}
    assert (agent[1], noun[1], counted[2]) in found, (text, found)
    assert not any(s == counted[2] and o == agent[1] for s, _, o in found), (text, found)  # never reversed


@pytest.mark.parametrize(("noun", "agent"), list(itertools.product(NOUNS, AGENTS)))
def test_counted_victims_negated_stay_negated(extractor, noun, agent):
    text = f"لم يتم {noun[0]} ثلاثة صحفيين أتراك من قبل {agent[0]}."
    found = readings_ar(extractor, text, DATE)
    assert not any(p == "affirmed" and r == noun[1] for _, r, _, p, _ in found), (text, found)


ATTACKS = [
    "شن {a} هجوما {o} على بلدة في {t}",
    "هاجم {a} {o} بلدة في {t}",
    "قصف {a} {o} قرية في {t}",
]
ORIGINS = ["انطلاقا من {s}", "من داخل {s}", "عبر الحدود من {s}"]
SIDES = [("كينيا", "KEN", "الصومال", "SOM"), ("باكستان", "PAK", "أفغانستان", "AFG"), ("تركيا", "TUR", "العراق", "IRQ")]
ARMIES = {"KEN": "الجيش الكيني", "PAK": "الجيش الباكستاني", "TUR": "الجيش التركي"}


@pytest.mark.parametrize(("shape", "origin", "sides"), list(itertools.product(ATTACKS, ORIGINS, SIDES)))
def test_a_states_army_from_its_territory_strikes_the_towns_state(extractor, shape, origin, sides):
    text = shape.format(a=ARMIES[sides[1]], o=origin.format(s=sides[0]), t=sides[2]) + " أمس."
    found = event_sides_ar(extractor, text, "ASSAULT", DATE)
    assert (sides[1], sides[3]) in found, (text, found)
    assert not any(o == sides[1] for _, o in found), (text, found)  # must-not: the origin struck


@pytest.mark.parametrize(("shape", "origin", "sides"), list(itertools.product(ATTACKS, ORIGINS, SIDES)))
def test_gunmen_from_a_place_never_strike_it(extractor, shape, origin, sides):
    text = shape.format(a="مسلحون", o=origin.format(s=sides[0]), t=sides[2]) + " أمس."
    found = event_sides_ar(extractor, text, "ASSAULT", DATE)
    assert any(o == sides[3] for _, o in found), (text, found)
    assert not any(o == sides[1] for _, o in found), (text, found)  # must-not: the origin struck


@pytest.mark.parametrize(("shape", "sides"), list(itertools.product(ATTACKS, SIDES)))
def test_a_states_army_strikes_a_town_in_another_state(extractor, shape, sides):
    text = shape.format(a=ARMIES[sides[1]], o="", t=sides[2]).replace("  ", " ") + " أمس."
    found = event_sides_ar(extractor, text, "ASSAULT", DATE)
    assert (sides[1], sides[3]) in found, (text, found)


def test_his_country_still_takes_up_the_speaker(extractor):
    text = "وقال الرئيس الكيني إن بلاده ستدعم الصومال."
    found = {(s, o) for s, _, o, _, _ in readings_ar(extractor, text, DATE)}
    assert ("KEN", "SOM") in found, (text, found)


SET_OUT = ["انطلاقا من", "قادمون من", "تسللوا من"]
GUNMEN_VERBS = ["هاجم", "قصف", "استهدف"]


@pytest.mark.parametrize(("verb", "set_out", "sides"), list(itertools.product(GUNMEN_VERBS, SET_OUT, SIDES)))
def test_gunmen_are_not_of_the_state_they_set_out_from(extractor, verb, set_out, sides):
    text = f"{verb} مسلحون {set_out} {sides[0]} بلدة في {sides[2]} أمس."
    found = event_sides_ar(extractor, text, "ASSAULT", DATE)
    assert any(o == sides[3] for _, o in found), (text, found)
    assert not any(s == sides[1] or o == sides[1] for s, o in found), (text, found)  # must-not: the origin


@pytest.mark.parametrize(("verb", "sides"), list(itertools.product(GUNMEN_VERBS, SIDES)))
def test_soldiers_are_of_the_state_they_came_from(extractor, verb, sides):
    text = f"{verb} جنود قادمون من {sides[0]} بلدة في {sides[2]} أمس."
    found = event_sides_ar(extractor, text, "ASSAULT", DATE)
    assert (sides[1], sides[3]) in found, (text, found)
