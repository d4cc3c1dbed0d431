"""Round 23 (Arabic): words of disapproval as news writes them: a campaign of words waged on a
party, the label مرفوض; and the judged act never read as the judge's own.

"شن X حملة إعلامية على Y" (a media, propaganda, incitement or smear campaign; its target after
على or ضد) is X's criticism of Y (111), as "شن هجوما حادا على" already is. "وصف X القرار
الإسرائيلي بأنه مرفوض", "اعتبر X الخطوة مرفوضة" label Y's act as rejected: X 111 Y, as the frames of
"غير مقبول" already do.

Grids of our own sentences: each shape × three judges (a head of state, a minister, a head of
government) × three judged states with a third state; the verbal nouns and light verbs the
lexicon already holds (with clitics and suffixes) in the same grid, so that the class stays whole.

Must-nots: a military campaign or one of arrests is no criticism; a negated campaign or label is
no affirmed criticism; a call to stop another's campaign is an appeal, never the caller's
criticism of the campaign's target; a judged attack is never the judge's attack, and criticism
of an attack on Z is no criticism of Z; the judged never criticises the judge.
"""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import readings

DATE = "2024-09-10"

# (judge phrase, its state); masculine, so one verb form serves
JUDGES = [
    ("الرئيس المصري", "EGY"),
    ("وزير الخارجية التركي", "TUR"),
    ("رئيس الوزراء الياباني", "JPN"),
]
# (judged state, its code, its adjective masculine, feminine, a third state)
JUDGED = [
    ("إسرائيل", "ISR", "الإسرائيلي", "الإسرائيلية", "لبنان"),
    ("إيران", "IRN", "الإيراني", "الإيرانية", "العراق"),
    ("روسيا", "RUS", "الروسي", "الروسية", "أوكرانيا"),
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _every_pair(test):
    """The test for each of the three judges (``one``) and each of the three judged (``other``)."""
    test = pytest.mark.parametrize("other", JUDGED, ids=lambda w: w[1])(test)
    return pytest.mark.parametrize("one", JUDGES, ids=lambda w: w[1])(test)


def _rows(extractor: Extractor, shape: str, one, other) -> set[tuple[str | None, str, str | None, str, str]]:
    """(subject state, CAMEO code, object state, polarity, modality) of every two-sided assertion
    of the shape filled with the judge {S}, the judged {O} (adjectives {A}, {F}) and {Z}."""
    (s, _), (o, _, a, f, z) = one, other
    text = shape.format(S=s, O=o, A=a, F=f, Z=z)
    names = ("subject", "cameo", "object", "polarity", "modality")
    return readings(extractor, text, *names, date=DATE, lang="ar", coded_only=False, two_sided=True)


# new in round 23: a campaign of words, the label مرفوض
_NEW = [
    "وشن {S} حملة إعلامية على {O}.",
    "وشن {S} أمس حملة تحريض ضد {O}.",
    "وقال مراسلنا إن {S} شن حملة تشهير على {O}.",
    "ووصف {S} القرار {A} بأنه مرفوض.",
    "واعتبر {S} القرار {A} مرفوضا.",
    "ووصف {S} الخطوة {F} بأنها مرفوضة.",
]
# held before: verbal nouns and light verbs with clitics and suffixes
_HELD = [
    "ووجه {S} انتقادات حادة إلى {O}.",
    "وأعرب {S} عن استيائه من {O}.",
    "وأبدى {S} امتعاضه من الموقف {A}.",
    "و{S} انتقد {O} بشدة.",
    "ووجه {S} اتهامات لـ{O} بعرقلة السلام.",
    "واعتبر {S} القرار {A} غير مقبول.",
]


@pytest.mark.parametrize("shape", _NEW + _HELD)
@_every_pair
def test_words_of_disapproval_code_the_judge_against_the_judged(extractor, shape, one, other):
    rows = _rows(extractor, shape, one, other)
    sc, oc = one[1], other[1]
    assert any(r[:4] == (sc, r[1], oc, "affirmed") and r[1].startswith("11") for r in rows), rows
    assert not any(r[0] == oc and r[2] == sc for r in rows), rows
    assert not any(r[1][:2] in {"18", "19", "20"} for r in rows), rows


_NOT_WORDS = [
    # a military campaign, a campaign of arrests
    "وشنت {O} حملة عسكرية على {Z}.",
    "وشن الجيش {A} حملة اعتقالات في {Z}.",
    # negated
    "ولم يشن {S} حملة إعلامية على {O}.",
    "ولم يعتبر {S} القرار {A} مرفوضا.",
]


@pytest.mark.parametrize("shape", _NOT_WORDS)
@_every_pair
def test_no_affirmed_criticism_from_a_military_campaign_or_a_negated_one(extractor, shape, one, other):
    rows = _rows(extractor, shape, one, other)
    assert not any(r[1].startswith("11") and r[3] == "affirmed" for r in rows), rows


_CALLS = [
    "ودعا {S} {O} إلى وقف حملتها الإعلامية على {Z}.",
    "وطالب {S} {O} بالكف عن انتقاد {Z}.",
]


@pytest.mark.parametrize("shape", _CALLS)
@_every_pair
def test_a_call_to_stop_a_campaign_is_no_criticism_by_the_caller(extractor, shape, one, other):
    rows = _rows(extractor, shape, one, other)
    sc = one[1]
    assert not any(r[0] == sc and r[1].startswith("11") for r in rows), rows
    assert any(r[0] == sc and r[1][:2] in {"02", "10"} for r in rows), rows


_JUDGED_ACTS = [
    "وانتقد {S} الهجوم على {Z}.",
    "ووجه {S} انتقادات حادة للهجوم على {Z}.",
    "وندد {S} بالغارات {F} على {Z}.",
    "وأدان {S} قصف {O} لـ{Z}.",
]


@pytest.mark.parametrize("shape", _JUDGED_ACTS)
@_every_pair
def test_a_judged_attack_is_never_the_judges_attack(extractor, shape, one, other):
    """The judge criticises the attacker or no one; never attacks, never criticises the victim."""
    rows = _rows(extractor, shape, one, other)
    sc, zc = one[1], {"لبنان": "LBN", "العراق": "IRQ", "أوكرانيا": "UKR"}[other[4]]
    assert not any(r[0] == sc and r[1][:2] in {"18", "19", "20"} for r in rows), rows
    assert not any(r[0] == sc and r[2] == zc for r in rows), rows
