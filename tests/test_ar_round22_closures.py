"""Round 22 (Arabic): a border, a crossing or airspace closed to another state, and a ban on trade.

Two classes of business and domestic news the lexicon lacked, each tried in our own sentences:

- **Closing a border, crossings or airspace to another state** (PETRARCH-2's CLOSE BORDER,
  CAMEO 172, administrative sanctions): the verb أغلق in its conjugations with what it closes
  (الحدود، حدودها، المعابر، المجال الجوي) after the subject, the verbal noun إغلاق after a verb of
  deciding or announcing, in a report; the other state behind مع or أمام.
- **A ban or a stop on imports or exports** (حظر/منع/وقف/تعليق استيراد، تصدير): a trade sanction
  (CAMEO 163), never trade. Before, the trade word inside it (استيراد، تصدير) read the banning state
  and the state banned as trading partners (061).

Must-nots: a negated or denied closure is never affirmed; a reopening is no closure; the close of a
stock market, a company's plant, a goalkeeper closing the way to the other team's strikers, a
candidacy closed, a road closed by protesters near a border: none of these roots; a trade
ban is never trade (no 06), while an import stays trade.
"""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import root_rows_ar

DATE = "2004-06-10"

# (subject, its state, perfect verb, imperfect verb, pronoun suffix agreeing with the subject)
SUBJECTS = [
    ("سوريا", "SYR", "أغلقت", "تغلق", "ها"),
    ("الحكومة الأردنية", "JOR", "أغلقت", "تغلق", "ها"),
    ("الجيش الإسرائيلي", "ISR", "أغلق", "يغلق", "ه"),
]
# (object, its state)
OBJECTS = [("العراق", "IRQ"), ("لبنان", "LBN")]


def _rows(extractor: Extractor, text: str) -> set[tuple[str | None, str, str | None, str, str]]:
    return root_rows_ar(extractor, text, DATE)


def _fill(shape: str, subject: tuple[str, str, str, str, str], obj: tuple[str, str]) -> str:
    s, _, perfect, imperfect, suffix = subject
    decided = "قرر" if perfect == "أغلق" else "قررت"
    return shape.format(S=s, V=perfect, I=imperfect, P=suffix, D=decided, O=obj[0])


# (shape, modality); {V} the perfect, {I} the imperfect, {P} the pronoun, {D} "decided"
_CLOSED = [
    ("{V} {S} الحدود مع {O}.", "asserted"),
    ("{V} {S} حدود{P} مع {O}.", "asserted"),
    ("{V} {S} المعابر مع {O}.", "asserted"),
    ("{V} {S} المجال الجوي أمام {O}.", "asserted"),
    ("{V} {S} مجال{P} الجوي أمام طائرات {O}.", "asserted"),
    ("{I} {S} حدود{P} مع {O}.", "asserted"),
    ("{D} {S} إغلاق المعابر مع {O}.", "asserted"),
    ("وقالت مصادر إن {S} {V} الحدود مع {O}.", "reported"),
]


@pytest.mark.parametrize(("shape", "modality"), _CLOSED)
@pytest.mark.parametrize("subject", SUBJECTS, ids=lambda s: s[1])
@pytest.mark.parametrize("obj", OBJECTS, ids=lambda o: o[1])
def test_a_border_closed_to_another_state(extractor, shape, modality, subject, obj):
    rows = _rows(extractor, _fill(shape, subject, obj))
    assert (subject[1], "17", obj[1], "affirmed", modality) in rows
    assert not any(r[0] == obj[1] and r[2] == subject[1] for r in rows)  # never reversed


_NOT_AFFIRMED = [
    "لم {I} {S} الحدود مع {O}.",
    "ونفت مصادر أن {S} {V} الحدود مع {O}.",
]


@pytest.mark.parametrize("shape", _NOT_AFFIRMED)
@pytest.mark.parametrize("subject", SUBJECTS, ids=lambda s: s[1])
@pytest.mark.parametrize("obj", OBJECTS, ids=lambda o: o[1])
def test_a_negated_or_denied_closure_is_never_affirmed(extractor, shape, subject, obj):
    rows = _rows(extractor, _fill(shape, subject, obj))
    assert not any(r[1] == "17" and r[3] == "affirmed" for r in rows)


@pytest.mark.parametrize("obj", OBJECTS, ids=lambda o: o[1])
def test_a_reopening_is_no_closure(extractor, obj):
    assert not any(r[1] == "17" for r in _rows(extractor, f"أعادت سوريا فتح الحدود مع {obj[0]}."))


_NOT_A_CLOSURE = [
    "أغلقت البورصة المصرية على ارتفاع.",
    "أغلق المؤشر العام للسوق السعودية عند 500 نقطة.",
    "أغلقت الشركة التركية مصنعها في سوريا.",
    "أغلق حارس مرمى المنتخب المصري الطريق أمام مهاجمي المنتخب التونسي.",
    "أغلق باب الترشيح لانتخابات اتحاد الكرة المصري.",
    "أغلقت المحلات أبوابها في القاهرة احتجاجا على الأسعار.",
]


# sport: a football attack is play (the goal, its keeper, the halves, a penalty as sports cues)
_PLAY = [
    "شن مهاجم المنتخب التونسي هجوما على مرمى المنتخب المغربي.",
    "هاجم لاعبو المنتخب المصري مرمى المنتخب الجزائري طوال الشوط الأول.",
    "سجل المنتخب السعودي هدفا في مرمى المنتخب الإيراني من ضربة جزاء.",
    "أنقذ حارس مرمى المنتخب العراقي هجوما خطيرا للمنتخب الأردني.",
]
_LOOK_ALIKES = [(t, {"16", "17"}) for t in _NOT_A_CLOSURE] + [(t, {"18", "19"}) for t in _PLAY]


@pytest.mark.parametrize(("text", "roots"), _LOOK_ALIKES)
def test_business_and_sports_look_alikes_give_no_relation(extractor, text, roots):
    assert not any(r[1] in roots for r in _rows(extractor, text))


# a trade ban: the banning state, the trade word, the other state behind من or إلى
_BANS = [
    "حظرت {S} استيراد الدواجن من {O}.",
    "{D} {S} وقف استيراد اللحوم من {O}.",
    "{D} {S} منع تصدير الخضروات إلى {O}.",
    "علقت {S} تصدير القمح إلى {O}.",
]


@pytest.mark.parametrize("shape", _BANS)
@pytest.mark.parametrize("subject", SUBJECTS[:2], ids=lambda s: s[1])
@pytest.mark.parametrize("obj", OBJECTS, ids=lambda o: o[1])
def test_a_trade_ban_is_never_trade(extractor, shape, subject, obj):
    rows = _rows(extractor, _fill(shape, subject, obj))
    assert not any(r[1] == "06" for r in rows)


@pytest.mark.parametrize("subject", SUBJECTS[:2], ids=lambda s: s[1])
@pytest.mark.parametrize("obj", OBJECTS, ids=lambda o: o[1])
def test_an_import_is_still_trade(extractor, subject, obj):
    rows = _rows(extractor, _fill("استوردت {S} القمح من {O}.", subject, obj))
    assert (subject[1], "06", obj[1], "affirmed", "asserted") in rows


def test_a_ban_with_its_object_named_by_nationality_is_a_sanction(extractor):
    rows = _rows(extractor, "قررت الحكومة اليابانية حظر استيراد لحوم الأبقار الأمريكية.")
    assert ("JPN", "16", "USA", "affirmed", "asserted") in rows
    assert not any(r[1] == "06" for r in rows)


# --- economic cooperation: protocols signed, lines of credit --------------------------------------

# (subject, its state, perfect "signed" agreeing with it); partners as OBJECTS
SIGNERS = [
    ("مصر", "EGY", "وقعت"),
    ("الحكومة الأردنية", "JOR", "وقعت"),
    ("وزير التجارة السوري", "SYR", "وقع"),
]

# (shape, root, modality); {V} the signing verb
_SIGNED = [
    ("{V} {S} مع {O} بروتوكول تعاون في مجال النقل.", "05", "asserted"),
    ("{V} {S} مع {O} بروتوكولا للتعاون الاقتصادي.", "05", "asserted"),
    ("{V} {S} و{O} بروتوكولا تجاريا.", "05", "asserted"),
    ("وقالت مصادر إن {S} {V} مع {O} بروتوكولا للتعاون.", "05", "reported"),
]


@pytest.mark.parametrize(("shape", "root", "modality"), _SIGNED)
@pytest.mark.parametrize("subject", SIGNERS, ids=lambda s: s[1])
@pytest.mark.parametrize("obj", OBJECTS, ids=lambda o: o[1])
def test_a_protocol_signed_is_an_agreement(extractor, shape, root, modality, subject, obj):
    text = shape.format(S=subject[0], V=subject[2], O=obj[0])
    rows = _rows(extractor, text)
    pair = {(r[0], r[2]) for r in rows if r[1] == root and r[3] == "affirmed" and r[4] == modality}
    assert (subject[1], obj[1]) in pair or (obj[1], subject[1]) in pair  # signing is reciprocal


@pytest.mark.parametrize("subject", SIGNERS[:2], ids=lambda s: s[1])
@pytest.mark.parametrize("obj", OBJECTS, ids=lambda o: o[1])
def test_a_protocol_not_signed_is_never_affirmed(extractor, subject, obj):
    rows = _rows(extractor, f"لم توقع {subject[0]} بروتوكول التعاون مع {obj[0]}.")
    assert not any(r[1] == "05" and r[3] == "affirmed" for r in rows)


def test_a_protocol_kept_is_no_signing(extractor):
    assert not any(r[1] == "05" for r in _rows(extractor, "التزمت الحكومة المصرية ببروتوكول كيوتو مع اليابان."))


_CREDIT = [
    "فتحت {S} خط ائتمان لـ{O} بقيمة مليار دولار.",
    "قدمت {S} خطا ائتمانيا إلى {O}.",
    "وقالت مصادر إن {S} فتحت خط ائتمان لـ{O}.",
]


@pytest.mark.parametrize("shape", _CREDIT)
@pytest.mark.parametrize("subject", [("الصين", "CHN"), ("السعودية", "SAU"), ("الحكومة اليابانية", "JPN")], ids=str)
@pytest.mark.parametrize("obj", [("مصر", "EGY"), ("الأردن", "JOR")], ids=lambda o: o[1])
def test_a_line_of_credit_is_economic_aid(extractor, shape, subject, obj):
    rows = _rows(extractor, shape.format(S=subject[0], O=obj[0]))
    assert any(r[:3] == (subject[1], "07", obj[1]) and r[3] == "affirmed" for r in rows)
    assert not any(r[0] == obj[1] and r[2] == subject[1] for r in rows)  # never reversed


def test_a_weapon_in_range_is_still_war(extractor):
    rows = _rows(extractor, "شنت الطائرات الإسرائيلية هجوما على مواقع حزب الله في مرمى مدفعيتها.")
    assert any(r[0] == "ISR" and r[1] == "19" for r in rows)
