"""Round 24 (Arabic): attacks' sides named by a state's own forces without a nationality
("القوات الحكومية") and by men of a body they belong to ("مسلحون تابعون لحركة الشباب"), as grids of
our own sentences.

- "وقصفت القوات الحكومية مواقع المتمردين في دارفور" read the rebels as the attackers (the
  government forces were no actor, so the object's genitive was taken for the agent). The forces
  named by "government" or "regular" are now the forces of the state the sentence places them in.
- "وهاجم مسلحون تابعون لحركة الشباب مواقع للقوات الإثيوبية" read al-Shabaab as struck (its own
  men's victim) or gave no event. Men of a body behind ل after an adjective of belonging
  (gk:BelongingCue) are that body; so are its arms ("مروحيات تابعة للقوات الأمريكية").
- "وقتل خمسة مسلحين في عملية للجيش الأمريكي" gave the place's unidentified attackers: casualties
  in a body's operation (gk:OperationFrameCue) fell to that body.

Must-not: the rebels never the attacker of the first shape; government forces attacked are
forces, not civilians; a body its men belong to is never struck by them; a thing belonging to a
body after the verb's subject stays the struck side; a foreign force's operation in a country is
not that country's; a body's own men fallen in its operation are not its victims; an operation
makes no attack by itself.
"""

from __future__ import annotations

import itertools

import pytest
from helpers import event_sides_ar

DATE = "2008-05-02"


def _types(extractor, text: str) -> set[tuple[str | None, str | None]]:
    """(subject's entity type, object's entity type) of the attacks the text reports."""
    return event_sides_ar(extractor, text, "ASSAULT", DATE, field="type")


VERBS = ["وقصفت", "وهاجمت", "واستهدفت"]
GOVERNMENT = ["القوات الحكومية", "القوات النظامية", "قوات حكومية"]
REBELS = ["مواقع المتمردين", "مواقع للمسلحين"]
PLACES = [("في دارفور", "SDN"), ("في مقديشو", "SOM"), ("في قندهار", "AFG")]


@pytest.mark.parametrize(
    ("verb", "forces", "rebels", "place"), list(itertools.product(VERBS, GOVERNMENT, REBELS, PLACES))
)
def test_government_forces_attack_as_the_places_forces(extractor, verb, forces, rebels, place):
    text = f"{verb} {forces} {rebels} {place[0]} أمس."
    sides = event_sides_ar(extractor, text, "ASSAULT", DATE)
    assert (place[1], place[1]) in sides, (text, sides)
    types = _types(extractor, text)
    assert ("ArmedForce", "ArmedGroup") in types, (text, types)
    assert not any(s == "ArmedGroup" for s, _ in types), (text, types)  # the rebels never attack


@pytest.mark.parametrize(("verb", "place"), list(itertools.product(["وهاجم", "واستهدف"], PLACES)))
def test_government_forces_attacked_are_forces_not_civilians(extractor, verb, place):
    text = f"{verb} المتمردون مواقع القوات الحكومية {place[0]} أمس."
    types = _types(extractor, text)
    assert ("ArmedGroup", "ArmedForce") in types, (text, types)
    assert not any(s == "ArmedForce" for s, _ in types), (text, types)


ATTACK = ["وهاجم", "واستهدف", "وقصف"]
MEN = ["مسلحون تابعون", "مقاتلون تابعون", "عناصر تابعة"]
BODIES = [
    ("لحركة الشباب", "SOM"),
    ("لحركة طالبان", "AFG"),
    ("لحركة فتح", "PSE"),
    ("لحزب العمال الكردستاني", "TUR"),
]
STRUCK = [("مواقع للقوات الإثيوبية", "ETH"), ("قاعدة للجيش الأمريكي", "USA")]


@pytest.mark.parametrize(("verb", "men", "body", "struck"), list(itertools.product(ATTACK, MEN, BODIES, STRUCK)))
def test_men_belonging_to_a_body_attack_as_the_body(extractor, verb, men, body, struck):
    text = f"{verb} {men} {body[0]} {struck[0]} أمس."
    sides = event_sides_ar(extractor, text, "ASSAULT", DATE)
    assert (body[1], struck[1]) in sides, (text, sides)
    assert not any(o == body[1] for _, o in sides), (text, sides)  # the body never its men's victim


THINGS = ["دورية تابعة", "قافلة تابعة", "قاعدة تابعة"]
OWNERS = [("للجيش الأمريكي", "USA"), ("للقوات الإثيوبية", "ETH"), ("للشرطة الأفغانية", "AFG")]


@pytest.mark.parametrize(("thing", "owner"), list(itertools.product(THINGS, OWNERS)))
def test_a_thing_belonging_to_a_body_after_the_subject_stays_struck(extractor, thing, owner):
    text = f"وهاجم مسلحون {thing} {owner[0]} في قندهار أمس."
    sides = event_sides_ar(extractor, text, "ASSAULT", DATE)
    assert any(o == owner[1] for _, o in sides), (text, sides)
    assert not any(s == owner[1] and o != owner[1] for s, o in sides), (text, sides)


# A force's arms belonging to it (gk:OwnForcesCue: aircraft, tanks, boats) before the adjective
# are the force acting (a verb in the feminine, as a plural of things takes). Was: the place's
# unidentified attackers striking the force (a reversal).
ARMS = ["مروحيات تابعة", "طائرات تابعة", "دبابات تابعة", "زوارق تابعة"]
ARMS_OWNERS = [("للجيش الأمريكي", "USA"), ("للجيش الإسرائيلي", "ISR"), ("للقوات التركية", "TUR")]
ARMS_STRUCK = [("مواقع للمسلحين في بعقوبة", "IRQ"), ("منازل في بيت حانون", "PSE")]


@pytest.mark.parametrize(
    ("verb", "arms", "owner", "struck"), list(itertools.product(VERBS, ARMS, ARMS_OWNERS, ARMS_STRUCK))
)
def test_a_forces_arms_belonging_to_it_attack_as_the_force(extractor, verb, arms, owner, struck):
    text = f"{verb} {arms} {owner[0]} {struck[0]} أمس."
    sides = event_sides_ar(extractor, text, "ASSAULT", DATE)
    assert (owner[1], struck[1]) in sides, (text, sides)
    assert not any(o == owner[1] for _, o in sides), (text, sides)  # the force never struck


# --- casualties in a body's operation: the body dealt them ------------------------------------

CASUALTIES = [("وقتل خمسة مسلحين", "ArmedGroup"), ("وقتل عشرة مدنيين", "Group"), ("وأصيب ثلاثة مسلحين", "ArmedGroup")]
OPERATIONS = [
    "في عملية {o}",
    "خلال عملية {o}",
    "في عمليات {o}",
    "في عملية مشتركة {o}",
]
OWNERS_OF_OPERATIONS = [
    ("للجيش الأمريكي", "USA"),
    ("للقوات الإثيوبية", "ETH"),
    ("للجيش الباكستاني", "PAK"),
]
PLACES_OF_OPERATIONS = [("في الأنبار", "IRQ"), ("في مقديشو", "SOM"), ("في وزيرستان", "PAK")]


@pytest.mark.parametrize(
    ("casualties", "operation", "owner", "place"),
    list(itertools.product(CASUALTIES, OPERATIONS, OWNERS_OF_OPERATIONS, PLACES_OF_OPERATIONS)),
)
def test_casualties_in_a_bodys_operation_fell_to_the_body(extractor, casualties, operation, owner, place):
    text = f"{casualties[0]} {operation.format(o=owner[0])} {place[0]} أمس."
    sides = event_sides_ar(extractor, text, "ASSAULT", DATE)
    assert (owner[1], place[1]) in sides, (text, sides)
    if owner[1] != place[1]:  # a foreign force's operation in a country is not that country's
        assert not any(s == place[1] for s, _ in sides), (text, sides)


@pytest.mark.parametrize(("owner", "place"), list(itertools.product(OWNERS_OF_OPERATIONS, PLACES_OF_OPERATIONS)))
def test_an_operation_carried_out_by_a_body_is_the_bodys(extractor, owner, place):
    doer = {"USA": "القوات الأمريكية", "ETH": "القوات الإثيوبية", "PAK": "القوات الباكستانية"}[owner[1]]
    text = f"وقتل خمسة مسلحين في عملية نفذتها {doer} {place[0]} أمس."
    sides = event_sides_ar(extractor, text, "ASSAULT", DATE)
    assert (owner[1], place[1]) in sides, (text, sides)


OWN_MEN = [
    ("وقتل جنديان أمريكيان في عملية للجيش الأمريكي في الأنبار أمس.", "USA"),
    ("وقتل ثلاثة جنود إثيوبيين خلال عملية للقوات الإثيوبية في مقديشو أمس.", "ETH"),
    ("وأصيب أربعة جنود باكستانيين في عملية للجيش الباكستاني في وزيرستان أمس.", "PAK"),
]


@pytest.mark.parametrize(("text", "state"), OWN_MEN)
def test_a_bodys_own_men_fallen_in_its_operation_are_not_its_victims(extractor, text, state):
    sides = event_sides_ar(extractor, text, "ASSAULT", DATE)
    assert any(o == state for _, o in sides), (text, sides)  # still the casualties' event
    types = _types(extractor, text)
    assert not any(s == "ArmedForce" for s, _ in types), (text, types)  # never its own men's killer


NO_EVENT = [
    "وقالت الشرطة إنها تعد لعملية للجيش الأمريكي في الأنبار.",
    "وشارك الجيش الأمريكي في عملية إنقاذ في الأنبار أمس.",
    "ونفى الجيش الأمريكي مقتل خمسة مسلحين في عملية له في الأنبار.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_an_operation_makes_no_attack_by_itself(extractor, text):
    sides = event_sides_ar(extractor, text, "ASSAULT", DATE)
    assert not sides, (text, sides)
