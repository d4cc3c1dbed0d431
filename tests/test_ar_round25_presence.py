"""Round 25 (Arabic): a state's forces present in another state's land (CAMEO 192), in our own
sentences.

- The presence of a state's forces in another state ("وجود القوات X في Y", "وجود قوات X",
  "الوجود العسكري X", "وجود الجيش X") is that state holding the other's land (192): asserted,
  reported in a speaker's words, the object of a criticism (X's presence criticised: 111 and the
  presence itself).
- An indefinite forces noun that ends the trigger ("وجود قوات إثيوبية") and its nationality are
  one party, the agent; a definite one ("وجود القوات الإثيوبية") was read so already.
- "البلاد" after a state named only by its armed forces is where they are: a place of another
  state named after it in the sentence ("داخل البلاد وفي مقديشو"), never the forces' own state.
- Must-not: an international organisation's forces are its mission, never an occupation; a
  state's own forces at home hold nothing; a person's stay ("خلال وجوده في القاهرة") is no
  presence of forces; a denied presence is negated; the land's state is never the occupier;
  forces after a device noun and its adjective ("سيارة مفخخة قوات X") are the struck.
"""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import readings

DATE = "2006-08-10"

# (definite adjective, indefinite adjective, code, the land, its code, one of its cities)
_OCCUPIERS = [
    ("الإثيوبية", "إثيوبية", "ETH", "الصومال", "SOM", "مقديشو"),
    ("الأمريكية", "أمريكية", "USA", "العراق", "IRQ", "بغداد"),
    ("السورية", "سورية", "SYR", "لبنان", "LBN", "بيروت"),
    ("التركية", "تركية", "TUR", "العراق", "IRQ", "الموصل"),
]

_REPORTED = [
    "قال المتحدث إن وجود القوات {d} في {land} يهدد المنطقة .",
    "قال المتحدث إن وجود قوات {i} في {land} يهدد المنطقة .",
    "قال المتحدث إن وجود قوات {i} داخل {land} مؤقت .",
    "قال المتحدث إن وجود القوات {d} داخل البلاد وفي {city} يهدد المنطقة .",
]
_CRITICISED = [
    "انتقدت الحكومة الإيرانية وجود القوات {d} في {land} .",
    "انتقدت الحكومة الإيرانية وجود قوات {i} في {land} .",
]
_OWN_FORCES = [
    "قال المتحدث إن وجود القوات {d} في {own} يهدد المنطقة .",
    "انتشرت القوات {d} في البلاد .",
]
_MISSIONS = [
    "قال المتحدث إن وجود قوات الأمم المتحدة في {land} يهدد المنطقة .",
    "رحبت الحكومة بوجود قوات الأمم المتحدة في {land} .",
]
_OWN_LAND = {"ETH": "إثيوبيا", "USA": "الولايات المتحدة", "SYR": "سوريا", "TUR": "تركيا"}


def _rows(extractor: Extractor, text: str) -> set[tuple]:
    return readings(extractor, text, "subject", "root", "object", "polarity", "modality", date=DATE, lang="ar")


def _cells(shapes: list[str]) -> list[tuple[str, str, str]]:
    return [
        (shape.format(d=d, i=i, land=land, city=city, own=_OWN_LAND[x]), x, y)
        for shape in shapes
        for d, i, x, land, y, city in _OCCUPIERS
    ]


@pytest.mark.parametrize(("text", "occupier", "land"), _cells(_REPORTED))
def test_presence_in_a_speakers_words_is_a_reported_occupation(extractor, text, occupier, land):
    rows = _rows(extractor, text)
    assert (occupier, "19", land, "affirmed", "reported") in rows
    assert not any(r[0] == land and r[1] == "19" and r[2] == occupier for r in rows)


@pytest.mark.parametrize(("text", "occupier", "land"), _cells(_CRITICISED))
def test_criticised_presence_is_the_critics_criticism_and_the_occupation(extractor, text, occupier, land):
    rows = _rows(extractor, text)
    assert ("IRN", "11", occupier, "affirmed", "asserted") in rows
    assert (occupier, "19", land, "affirmed", "asserted") in rows
    assert not any(r[0] == "IRN" and r[1] == "19" for r in rows)


@pytest.mark.parametrize(("text", "occupier", "land"), _cells(_OWN_FORCES))
def test_own_forces_at_home_hold_nothing(extractor, text, occupier, land):
    assert not any(r[1] == "19" for r in _rows(extractor, text))


@pytest.mark.parametrize(("text", "occupier", "land"), _cells(_MISSIONS))
def test_an_international_organisations_forces_are_no_occupier(extractor, text, occupier, land):
    assert not any(r[1] == "19" for r in _rows(extractor, text))


@pytest.mark.parametrize("land", ["لبنان", "العراق", "الصومال"])
def test_welcomed_mission_keeps_its_welcome(extractor, land):
    rows = _rows(extractor, f"رحبت الحكومة الإيرانية بوجود قوات الأمم المتحدة في {land} .")
    assert ("IRN", "05", None, "affirmed", "asserted") in rows


@pytest.mark.parametrize(
    "text",
    [
        "قال الوزير الأمريكي خلال وجوده في القاهرة إن العلاقات جيدة .",
        "قالت رايس خلال وجودها في بيروت إن الحل قريب .",
        "أكد الرئيس السوري وجود فرص للسلام مع إسرائيل .",
    ],
)
def test_a_persons_stay_or_a_chance_is_no_presence_of_forces(extractor, text):
    assert not any(r[1] == "19" for r in _rows(extractor, text))


@pytest.mark.parametrize(("d", "i", "occupier", "land", "code", "city"), _OCCUPIERS)
def test_denied_presence_is_negated(extractor, d, i, occupier, land, code, city):
    rows = _rows(extractor, f"نفت {_OWN_LAND[occupier]} وجود قواتها في {land} .")
    assert not any(r[1] == "19" and r[3] == "affirmed" for r in rows)


@pytest.mark.parametrize(("d", "i", "occupier", "land", "code", "city"), _OCCUPIERS)
@pytest.mark.parametrize("forces", ["قوات {i}", "القوات {d}"])
def test_forces_after_a_device_are_struck_never_the_bombers(extractor, d, i, occupier, land, code, city, forces):
    rows = _rows(extractor, f"واستهدفت سيارة مفخخة {forces.format(i=i, d=d)} في {city} .")
    assert not any(r[0] == occupier and r[1] in ("18", "19") for r in rows)
