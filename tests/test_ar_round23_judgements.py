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
from helpers import AR_JUDGED_STATES, AR_SPEAKERS, every_pair, readings

DATE = "2024-09-10"

# (judged state, its code, its adjective masculine, feminine, a third state, the third's code)
JUDGED = AR_JUDGED_STATES
_every_pair = every_pair(AR_SPEAKERS, JUDGED)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _rows(extractor: Extractor, shape: str, one, other) -> set[tuple[str | None, str, str | None, str, str]]:
    """(subject state, CAMEO code, object state, polarity, modality) of every two-sided assertion
    of the shape filled with the judge {S}, the judged {O} (adjectives {A}, {F}) and {Z}."""
    (s, _), (o, _, a, f, z, _) = one, other
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


def _no_affirmed_criticism(rows, judge: str, third: str) -> bool:
    return not any(r[1].startswith("11") and r[3] == "affirmed" for r in rows)


def _an_appeal_not_criticism(rows, judge: str, third: str) -> bool:
    """The caller appeals or demands; never criticises anyone."""
    mine = [r for r in rows if r[0] == judge]
    return not any(r[1].startswith("11") for r in mine) and any(r[1][:2] in {"02", "10"} for r in mine)


def _no_attack_by_the_judge(rows, judge: str, third: str) -> bool:
    """The judge criticises the attacker or no one; never attacks, never judges the victim."""
    mine = [r for r in rows if r[0] == judge]
    return not any(r[1][:2] in {"18", "19", "20"} or r[2] == third for r in mine)


_MUST_NOT = [
    # a military campaign, a campaign of arrests; negated
    ("وشنت {O} حملة عسكرية على {Z}.", _no_affirmed_criticism),
    ("وشن الجيش {A} حملة اعتقالات في {Z}.", _no_affirmed_criticism),
    ("ولم يشن {S} حملة إعلامية على {O}.", _no_affirmed_criticism),
    ("ولم يعتبر {S} القرار {A} مرفوضا.", _no_affirmed_criticism),
    # a call to stop another's campaign or criticism
    ("ودعا {S} {O} إلى وقف حملتها الإعلامية على {Z}.", _an_appeal_not_criticism),
    ("وطالب {S} {O} بالكف عن انتقاد {Z}.", _an_appeal_not_criticism),
    # a judged attack
    ("وانتقد {S} الهجوم على {Z}.", _no_attack_by_the_judge),
    ("ووجه {S} انتقادات حادة للهجوم على {Z}.", _no_attack_by_the_judge),
    ("وندد {S} بالغارات {F} على {Z}.", _no_attack_by_the_judge),
    ("وأدان {S} قصف {O} لـ{Z}.", _no_attack_by_the_judge),
]


@pytest.mark.parametrize(("shape", "holds"), _MUST_NOT, ids=[m[0] for m in _MUST_NOT])
@_every_pair
def test_campaigns_of_force_negations_calls_and_judged_attacks_are_no_judges_act(extractor, shape, holds, one, other):
    rows = _rows(extractor, shape, one, other)
    assert holds(rows, one[1], other[5]), rows
