"""Round 21 (Arabic), after the merge: judgements, prevention and a call's partner, in our own
sentences.

- A label (gk:LabellingCue) judging an act whose verbal noun names no doer ("اعتبر X مهاجمة Y
  أمرا غير مقبول", "اعتبر X أن من غير المقبول مهاجمة Y"): X criticises no one named, never Y
  (the act took the judge for its doer and was read as X's words against Y) and never attacks
  Y; with the doer named ("مهاجمة Y لـZ") X criticises the doer. Must-nots: "انتقد X Y",
  "اعتبر X موقف Y غير مقبول" still give X criticising Y.
"""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import pairs, readings_ar

DATE = "2024-09-10"

_JUDGES = [("الرئيس الفرنسي", "FRA", ""), ("وزير الخارجية المصري", "EGY", ""), ("الحكومة اليابانية", "JPN", "ت")]
_VICTIMS = [("إسرائيل", "ISR"), ("القوات الأمريكية", "USA"), ("السفارة التركية", "TUR")]
_UNNAMED_DOER = ["اعتبر{g} {x} أن من غير المقبول مهاجمة {y} .", "اعتبر{g} {x} مهاجمة {y} أمرا غير مقبول ."]
_DIRECT = ["انتقد{g} {x} {y} .", "اعتبر{g} {x} موقف {y} غير مقبول .", "اعتبر{g} {x} أن مهاجمة {y} لإيران غير مقبولة ."]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _cells(shapes: list[str]) -> list[tuple[str, str, str]]:
    return [(shape.format(g=g, x=x, y=y), xs, ys) for shape in shapes for x, xs, g in _JUDGES for y, ys in _VICTIMS]


@pytest.mark.parametrize(("text", "judge", "victim"), _cells(_UNNAMED_DOER))
def test_judged_act_of_no_named_doer(extractor, text, judge, victim):
    found = pairs(readings_ar(extractor, text, DATE))
    assert (judge, "criticizes", None) in found
    assert not any(o == victim for _, _, o in found)  # must-not: the victim is not criticised nor attacked


@pytest.mark.parametrize(("text", "judge", "judged"), _cells(_DIRECT))
def test_judged_party_kept(extractor, text, judge, judged):
    assert (judge, "criticizes", judged) in pairs(readings_ar(extractor, text, DATE))
