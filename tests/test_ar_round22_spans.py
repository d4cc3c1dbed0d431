"""Round 22 (Arabic): attacks' sides where the text names no agent, as grids of our own sentences.

- foreign nationals abducted with no agent named ("وخطف صحفي إيطالي في جنوب أفغانستان") are
  abducted by the unidentified attackers of the place's state: the victims keep their own state,
  the agent never takes it (should); the place's own people, no place named, a negation, a modal,
  a relative clause, an agent named before an agreeing verb: no unidentified abductor (must-not);
- a capital a nationality qualifies ("في العاصمة العراقية") is where an attack was: its
  unidentified attackers are of that state, never of the struck's (should, must-not);
- a device named by a noun and its adjective ("واستهدفت سيارة مفخخة قافلة للقوات الأمريكية")
  governs no genitive: the struck are never the bomber (must-not).
"""

from __future__ import annotations

import itertools

import pytest
from geokg.extract.pipeline import Extractor

from tests.helpers import event_sides_ar

DATE = "2024-09-02"


def _sides(extractor: Extractor, text: str, event_type: str) -> set[tuple[str | None, str | None]]:
    return event_sides_ar(extractor, text, event_type, DATE)


def _unidentified(extractor: Extractor, text: str) -> set[str | None]:
    """The states of the unidentified attackers of every abduction the sentence reports."""
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    return {a.subject.entity.country for a in assertions if a.cameo == "181" and a.subject.entity.sector == "UAF"}


ABDUCTED = ["وخطف {v} {p} أمس.", "واختطف {v} {p}.", "وتعرض {v} للخطف {p} أمس.", "وتعرض {v} للاختطاف {p}."]
FOREIGNERS = [
    ("صحفي إيطالي", "ITA"),
    ("مهندسان صينيان", "CHN"),
    ("ثلاثة عمال هنود", "IND"),
    ("دبلوماسي مصري", "EGY"),
    ("موظف كندي", "CAN"),
]
WHERE = [
    ("في جنوب أفغانستان", "AFG"),
    ("في مدينة كركوك", "IRQ"),
    ("في دلتا النيجر", "NGA"),
    ("في العاصمة الصومالية", "SOM"),
    ("في المياه الصومالية", "SOM"),
]


@pytest.mark.parametrize(("shape", "victim", "place"), list(itertools.product(ABDUCTED, FOREIGNERS, WHERE)))
def test_foreigners_abducted_by_the_unidentified_of_the_place(extractor, shape, victim, place):
    text = shape.format(v=victim[0], p=place[0])
    assert (place[1], victim[1]) in _sides(extractor, text, "ASSAULT"), text
    assert victim[1] not in _unidentified(extractor, text), text


NOT_FOREIGNERS = [
    "وخطف صحفي أفغاني في كابول أمس.",
    "واختطف مهندس عراقي في مدينة كركوك.",
    "وتعرض موظف نيجيري للخطف في دلتا النيجر.",
    "وخطف مهندس صيني أمس.",
    "واختطف ثلاثة مهندسين في دلتا النيجر.",
]
NOT_TOLD = [
    "ولم يخطف أي صحفي إيطالي في جنوب أفغانستان.",
    "وقد يخطف صحفي إيطالي في جنوب أفغانستان.",
    "وأفرج الخاطفون عن المهندس الصيني الذي خطف في دلتا النيجر.",
    "وعثر على جثة مهندس صيني خطف في دلتا النيجر.",
    "وأفرج الخاطفون أمس عن مهندسين كوريين اختطفا في ولاية دلتا.",
    "وأدانت المحكمة ليبيين اختطفوا عمالا مصريين في مدينة سرت.",
]


@pytest.mark.parametrize("text", NOT_FOREIGNERS + NOT_TOLD)
def test_no_unidentified_abductor(extractor, text):
    assert not _unidentified(extractor, text), text


# A capital a nationality qualifies ("في العاصمة العراقية") is where an attack was, as its name is:
# its unidentified attackers are of that state, never of the state of what they struck.
STRUCK = [
    ("وهاجم مسلحون مقر السفارة {n}", "unlinked"),
    ("وقتل جنديان {n} في هجوم", "casualties"),
    ("واستهدف هجوم انتحاري قافلة للقوات {n}", "owner"),
    ("وهاجم انتحاري السفارة {n}", "bomber"),
]
STRUCK_STATES = [("التركية", "أمريكيان", "TUR", "USA"), ("البريطانية", "بريطانيان", "GBR", "GBR")]
CAPITALS = [("في العاصمة العراقية", "IRQ"), ("في العاصمة الأفغانية", "AFG"), ("في العاصمة الصومالية", "SOM")]


@pytest.mark.parametrize(("shape", "struck", "capital"), list(itertools.product(STRUCK, STRUCK_STATES, CAPITALS)))
def test_attackers_of_a_capital_named_by_its_nationality(extractor, shape, struck, capital):
    feminine, dual, state_f, state_d = struck
    nationality = dual if shape[1] == "casualties" else feminine
    victims = state_d if shape[1] == "casualties" else state_f
    text = f"{shape[0].format(n=nationality)} {capital[0]}."
    sides = _sides(extractor, text, "ASSAULT")
    assert (capital[1], victims) in sides, text
    assert all(src != victims for src, _ in sides), text


# A device named by a noun and its adjective ("سيارة مفخخة", "عبوة ناسفة") as the subject of a verb
# of force governs no genitive: what follows is the verb's object, the struck, never the bomber.
DEVICES = ["سيارة مفخخة", "عبوة ناسفة", "شاحنة مفخخة", "حافلة مفخخة"]
FORCE_VERBS = ["واستهدفت", "وقد استهدفت"]
STRUCK_THINGS = [
    ("قافلة للقوات الأمريكية", "USA"),
    ("دورية للجيش البريطاني", "GBR"),
    ("السفارة التركية", "TUR"),
    ("مقر الشرطة الأفغانية", "AFG"),
]
TOWNS = [("في بغداد", "IRQ"), ("في مقديشو", "SOM")]


@pytest.mark.parametrize(
    ("verb", "device", "struck", "town"), list(itertools.product(FORCE_VERBS, DEVICES, STRUCK_THINGS, TOWNS))
)
def test_a_device_subject_governs_no_genitive(extractor, verb, device, struck, town):
    text = f"{verb} {device} {struck[0]} {town[0]}."
    sides = _sides(extractor, text, "ASSAULT")
    assert sides, text
    assert all(src != struck[1] for src, _ in sides), text


# The nationality adjective of an act noun behind ب after counted casualties ("وقتل خمسة مسلحين
# بقصف إسرائيلي") is the attacker: the count is the victims', not the adjective's.
CASUALTIES = ["وقتل خمسة مسلحين", "وقتل ثلاثة مدنيين", "وأصيب عشرة أشخاص", "وقتل 12 شخصا"]
BY_ACT = ["بقصف {n}", "بغارة {n}", "بقصف مدفعي {n}", "في قصف {n}"]
ATTACKERS = [("إسرائيلي", "ISR"), ("أمريكي", "USA"), ("تركي", "TUR")]
STRUCK_PLACES = ["على غزة", "في بعقوبة", "على قرية في شمال العراق"]


@pytest.mark.parametrize(
    ("casualties", "act", "attacker", "place"), list(itertools.product(CASUALTIES, BY_ACT, ATTACKERS, STRUCK_PLACES))
)
def test_an_act_nouns_nationality_after_casualties_is_the_attacker(extractor, casualties, act, attacker, place):
    text = f"{casualties} {act.format(n=attacker[0])} {place}."
    sides = _sides(extractor, text, "ASSAULT")
    assert attacker[1] in {src for src, _ in sides}, text
    assert attacker[1] not in {obj for _, obj in sides}, text
