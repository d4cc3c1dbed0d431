"""Round 24 (Arabic, CAMEO root 01): regret over deaths, the same position, statements made in a
meeting or call.

- Regret over deaths (018) with the intensifiers news puts beside the noun ("عن أسفه الشديد",
  "عن بالغ أسفها", "عن عميق أسفه", "أسفه البالغ") and with the verb أسف/يأسف itself: condolences to
  the victims' state.
- The same position or view as another's (019): "نفس الموقف", "الموقف نفسه", "نفس وجهات النظر".
- A statement aimed at a contact's partner (``gk:toContactPartner``: accord, condolences) with no
  object of its own: views said to match in a meeting match the partner's; condolences offered
  after a call are the caller's to the one called.
- Must-not: regret over a decision is no condolence; condolences over an attack are not the
  attack; a third party named between the meeting and the statement keeps it from the pair; a
  meeting denied lends no partner; nobody offers condolences to itself.
"""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import AR_GENDERED_PARTIES, AR_OTHER_PARTIES, every_pair, readings

DATE = "2006-08-01"
# the dead, by the state whose people they were (masculine plural nationality)
VICTIMS = [("الجنود الفرنسيين", "FRA"), ("المواطنين اليابانيين", "JPN"), ("السياح الإيطاليين", "ITA")]
# (shape, by grammatical gender: the verb's feminine ending t and the pronoun p are filled in)
REGRET = [
    "وأعرب{t} {one} عن أسف{p} الشديد لمقتل {victims} .",
    "وأعرب{t} {one} عن بالغ أسف{p} لمقتل {victims} .",
    "وعبر{t} {one} عن عميق أسف{p} لسقوط {victims} .",
    "وأعرب{t} {one} في بيان عن أسف{p} البالغ لوفاة {victims} .",
]
# the verb أسف/يأسف: its imperfect by gender
REGRET_VERB = "و{verb} {one} لمقتل {victims} ."


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _rows(extractor: Extractor, text: str) -> set[tuple]:
    return readings(extractor, text, "subject", "cameo", "object", "polarity", date=DATE, lang="ar")


def _fill(shape: str, one: tuple, **kw: str) -> str:
    name, _, t, p = one
    return shape.format(one=name, t=t, p=p, **kw)


@pytest.mark.parametrize("shape", REGRET)
@pytest.mark.parametrize("victims", VICTIMS, ids=lambda v: v[1])
@pytest.mark.parametrize("one", AR_GENDERED_PARTIES, ids=lambda w: w[1])
def test_regret_over_deaths_is_condolences(extractor, shape, victims, one):
    if one[1] == victims[1]:
        pytest.skip("one's own dead")
    rows = _rows(extractor, _fill(shape, one, victims=victims[0]))
    assert (one[1], "018", victims[1], "affirmed") in rows


@pytest.mark.parametrize("victims", VICTIMS, ids=lambda v: v[1])
@pytest.mark.parametrize("one", AR_GENDERED_PARTIES, ids=lambda w: w[1])
def test_the_verb_of_regret(extractor, victims, one):
    verb = "تأسف" if one[2] else "يأسف"
    rows = _rows(extractor, REGRET_VERB.format(verb=verb, one=one[0], victims=victims[0]))
    assert (one[1], "018", victims[1], "affirmed") in rows


@every_pair(AR_GENDERED_PARTIES, AR_OTHER_PARTIES)
def test_regret_over_a_decision_is_no_condolence(extractor, one, other):
    rows = _rows(extractor, _fill("وأعرب{t} {one} عن أسف{p} الشديد لقرار {other} .", one, other=other[0]))
    assert not any(r[1].startswith("01") and r[0] == one[1] for r in rows)


@pytest.mark.parametrize("victims", VICTIMS, ids=lambda v: v[1])
@pytest.mark.parametrize("one", AR_GENDERED_PARTIES, ids=lambda w: w[1])
def test_condolences_over_an_attack_are_not_the_attack(extractor, victims, one):
    text = _fill("وأعرب{t} {one} عن بالغ أسف{p} لمقتل {victims} في هجوم انتحاري .", one, victims=victims[0])
    rows = _rows(extractor, text)
    assert not any(r[0] == one[1] and r[1][:2] in ("18", "19", "20") for r in rows)


# --- the same position ----------------------------------------------------------------------------

STATES = [("مصر", "EGY", "ت"), ("روسيا", "RUS", "ت"), ("الأردن", "JOR", "ي"), ("العراق", "IRQ", "ي")]
OTHERS = [("فرنسا", "FRA"), ("الصين", "CHN"), ("اليابان", "JPN")]
SAME = [
    "وقال الوزير إن {a} {v}تخذ الموقف نفسه مع {b} .",
    "وقال الوزير إن {a} {v}تبنى نفس الموقف مع {b} إزاء الأزمة .",
    "وأكد الوزير أن {a} {v}تبنى نفس وجهات النظر مع {b} .",
]


def _accord(rows: set[tuple], x: str, y: str) -> bool:
    return any(r[1] == "019" and {r[0], r[2]} == {x, y} and r[3] == "affirmed" for r in rows)


@pytest.mark.parametrize("shape", SAME)
@pytest.mark.parametrize("b", OTHERS, ids=lambda w: w[1])
@pytest.mark.parametrize("a", STATES, ids=lambda w: w[1])
def test_the_same_position(extractor, shape, a, b):
    verb = "ت" if a[2] == "ت" else "ي"
    shape = shape.replace("{v}تخذ", verb + "تخذ").replace("{v}تبنى", verb + "تبنى")
    assert _accord(_rows(extractor, shape.format(a=a[0], b=b[0])), a[1], b[1])


# --- a statement in a meeting or call -------------------------------------------------------------

MET = [
    "وأكد{t} {one} خلال لقاء{p} {other} تطابق وجهات النظر إزاء الأزمة .",
    "وأكد{t} {one} خلال لقاء{p} {other} وجود وجهات النظر نفسها إزاء الأزمة .",
]
CALLED = ["واتصل{t} {one} ب{other} وقدم{t} تعازي{p} .", "واتصل{t} {one} ب{other} وأعرب{t} عن تعازي{p} ."]


@pytest.mark.parametrize("shape", MET)
@every_pair(AR_GENDERED_PARTIES, AR_OTHER_PARTIES)
def test_views_matched_in_a_meeting_are_the_partners(extractor, shape, one, other):
    assert _accord(_rows(extractor, _fill(shape, one, other=other[0])), one[1], other[1])


@pytest.mark.parametrize("shape", CALLED)
@every_pair(AR_GENDERED_PARTIES, AR_OTHER_PARTIES)
def test_condolences_after_a_call_go_to_the_one_called(extractor, shape, one, other):
    rows = _rows(extractor, _fill(shape, one, other=other[0]))
    assert (one[1], "018", other[1], "affirmed") in rows
    assert (other[1], "018", one[1], "affirmed") not in rows


@every_pair(AR_GENDERED_PARTIES, AR_OTHER_PARTIES)
def test_a_third_speaker_keeps_the_views_from_the_pair(extractor, one, other):
    text = _fill("والتقى{t} {one} {other} وقال الرئيس الأمريكي إن هناك تطابق وجهات النظر .", one, other=other[0])
    assert not _accord(_rows(extractor, text), one[1], other[1])


@every_pair(AR_GENDERED_PARTIES, AR_OTHER_PARTIES)
def test_a_denied_meeting_lends_no_partner(extractor, one, other):
    shape = "ولم {m} {one} {other} وأكد{t} تطابق وجهات النظر إزاء الأزمة ."
    text = _fill(shape, one, other=other[0], m="تلتق" if one[2] else "يلتق")
    assert not _accord(_rows(extractor, text), one[1], other[1])
