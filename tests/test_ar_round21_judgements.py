"""Round 21 (Arabic), after the merge: judgements, prevention and a call's partner, in our own
sentences.

- A label (gk:LabellingCue) judging an act whose verbal noun names no doer ("اعتبر X مهاجمة Y
  أمرا غير مقبول", "اعتبر X أن من غير المقبول مهاجمة Y"): X criticises no one named, never Y
  (the act took the judge for its doer and was read as X's words against Y) and never attacks
  Y; with the doer named ("مهاجمة Y لـZ") X criticises the doer. Must-nots: "انتقد X Y",
  "اعتبر X موقف Y غير مقبول" still give X criticising Y.
- A prevention denied ("لم يحل الاتفاق دون هجوم X على Y", "لم يمنع الاتفاق هجوم X على Y"): the
  attack happened, affirmed, never negated. Must-nots: "لم تهاجم X Y" stays negated; "حال X دون
  هجوم Y" (prevented) gives no affirmed attack.
- A bare nationality adjective after a call's noun ("أكد X في اتصال هاتفي الأردني أن ...") is no
  party called. Must-not: "في اتصال هاتفي مع نظيره الأردني" still gives the call with Jordan.
- A participle's form right after إن/أن heads the reported clause ("قال X إن مهاجمة Y أمر غير
  مقبول"): it takes no subject carried over from the speaker (X neither attacks nor criticises
  Y); with its doer named ("مهاجمة إسرائيل للبنان") the act is the doer's. Must-nots: an
  adverbial participle ("، مطالبة Y بـ") and a verbal noun after a verb ("تواصل مهاجمة") keep
  their agents.
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


_ATTACKERS = [("إسرائيل", "ISR", "ت"), ("القوات الأمريكية", "USA", "ت"), ("الجيش التركي", "TUR", "ي")]
_STRUCK = [("لبنان", "LBN"), ("العراق", "IRQ")]
_PREVENTERS = [("الاتفاق", "ي", ""), ("الهدنة", "ت", "ت"), ("التحذيرات الدولية", "ت", "ت")]
_NOT_PREVENTED = [
    "لم {p}حل {b} دون هجوم {x} على {y} .",
    "لم {p}منع {b} هجوم {x} على {y} .",
    "لم {p}حل {b} دون قصف {x} {y} .",
]
_NOT_ATTACKED = ["لم {q}هاجم {x} {y} .", "حال{f} {b} دون هجوم {x} على {y} ."]


def _prevention_cells(shapes: list[str]) -> list[tuple[str, str, str]]:
    return [
        (shape.format(p=p, f=f, b=b, q=q, x=x, y=y), xs, ys)
        for shape in shapes
        for b, p, f in _PREVENTERS
        for x, xs, q in _ATTACKERS
        for y, ys in _STRUCK
    ]


@pytest.mark.parametrize(("text", "attacker", "struck"), _prevention_cells(_NOT_PREVENTED))
def test_prevention_denied_is_the_act_done(extractor, text, attacker, struck):
    rows = readings_ar(extractor, text, DATE)
    assert not any(r[1] == "attacks" and r[3] == "negated" for r in rows)
    if attacker != "USA" or "قصف" not in text:  # ("دون قصف القوات الأمريكية" gives nothing: old)
        assert (attacker, "attacks", struck, "affirmed", "asserted") in rows


@pytest.mark.parametrize(("text", "attacker", "struck"), _prevention_cells(_NOT_ATTACKED))
def test_attack_denied_or_prevented_stays_negated(extractor, text, attacker, struck):
    rows = readings_ar(extractor, text, DATE)
    assert (attacker, "attacks", struck, "negated", "asserted") in rows
    assert not any(r[1] == "attacks" and r[3] == "affirmed" for r in rows)


_CALLERS = [("الرئيس الفرنسي", "FRA"), ("وزير الخارجية المصري", "EGY"), ("رئيس الوزراء الياباني", "JPN")]
_NATIONALITIES = [("الأردني", "JOR"), ("التركي", "TUR"), ("الإيطالي", "ITA")]
_ADJECTIVE_AFTER_CALL = [
    "أكد {x} في اتصال هاتفي {a} أن بلاده تدعم الحل السلمي .",
    "أكد {x} في اتصال هاتفي {a} دعم بلاده للحل السلمي .",
]
_PARTNER_AFTER_WITH = [
    "بحث {x} في اتصال هاتفي مع نظيره {a} الأوضاع في المنطقة .",
    "أكد {x} في اتصال هاتفي مع نظيره {a} أن بلاده تدعم الحل السلمي .",
]


def _call_cells(shapes: list[str]) -> list[tuple[str, str, str]]:
    return [(shape.format(x=x, a=a), xs, as_) for shape in shapes for x, xs in _CALLERS for a, as_ in _NATIONALITIES]


@pytest.mark.parametrize(("text", "caller", "state"), _call_cells(_ADJECTIVE_AFTER_CALL))
def test_adjective_after_call_is_no_partner(extractor, text, caller, state):
    assert not any(o == state for _, _, o in pairs(readings_ar(extractor, text, DATE)))


@pytest.mark.parametrize(("text", "caller", "state"), _call_cells(_PARTNER_AFTER_WITH))
def test_partner_after_with_is_called(extractor, text, caller, state):
    assert (caller, "talksByPhoneWith", state) in pairs(readings_ar(extractor, text, DATE))


_REPORTED_HEAD = [
    "قال{g} {x} إن مهاجمة {y} أمر غير مقبول .",
    "قال{g} {x} إن مهاجمة {y} ستكون خطأ كبيرا .",
]


@pytest.mark.parametrize(("text", "speaker", "victim"), _cells(_REPORTED_HEAD))
def test_clause_head_noun_is_not_the_speakers(extractor, text, speaker, victim):
    assert not any(o == victim for _, _, o in pairs(readings_ar(extractor, text, DATE)))


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("قال الرئيس الفرنسي إن مهاجمة إسرائيل للبنان غير مقبولة .", ("ISR", "attacks", "LBN")),
        ("قال الرئيس الفرنسي إن إسرائيل تواصل مهاجمة لبنان .", ("ISR", "attacks", "LBN")),
        ("انتقدت الحكومة المصرية إسرائيل ، مطالبة إياها بوقف الاستيطان .", ("EGY", "criticizes", "ISR")),
    ],
)
def test_clause_head_noun_must_nots(extractor, text, reading):
    assert reading in pairs(readings_ar(extractor, text, DATE))
