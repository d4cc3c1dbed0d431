"""Round 24 (Arabic): an act another party seeks, plans or attempts, named as what a criticism is
about, and the must-nots of criticism.

"انتقد X سعي Y إلى مهاجمة Z" is X's criticism of Y (111). Y's attack on Z is only sought: it was
read as expected, and with an attempt ("ندد X بمحاولة Y غزو Z") as done. The act behind a noun of
intent or attempt (``gk:IntentNounCue``: سعي، مساعي، عزم، نية، خطة، محاولة ...) whose owner is
named in its genitive has that owner as its agent (``modality_ar.design_owner``), and when the
noun of intent is what a trigger word is about (right after the trigger, or after the trigger
verb's own subject) the act is hypothetical (``modality_ar._judged_design``).

Grids of our own sentences: each shape × three judges (a head of state, a minister, a head of
government) × three designing states with a third state.

Must-nots: the sought act is never affirmed as done or as coming; the judge never attacks and
never criticises the third state; the judged never criticises the judge. A denied criticism is
negated; a criticism of the speaker's state that the speaker quotes keeps its author as subject.
Must-stay: an intent the speaker affirms ("أكد X عزم Y على مهاجمة Z") stays expected.
"""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import AR_JUDGED_STATES, AR_SPEAKERS, every_pair, readings

DATE = "2024-09-10"

# (acting state, its code, its adjective masculine, feminine, a third state, the third's code)
ACTORS = AR_JUDGED_STATES
_every_pair = every_pair(AR_SPEAKERS, ACTORS)
_FORCE = {"18", "19", "20"}


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _rows(extractor: Extractor, shape: str, one, other) -> set[tuple[str | None, str, str | None, str, str]]:
    """(subject state, CAMEO code, object state, polarity, modality) of every assertion of the
    shape filled with the judge {S}, the acting state {O} (adjectives {A}, {F}) and the third
    state {Z}."""
    (s, _), (o, _, a, f, z, _) = one, other
    text = shape.format(S=s, O=o, A=a, F=f, Z=z)
    return readings(extractor, text, "subject", "cameo", "object", "polarity", "modality", date=DATE, lang="ar")


_JUDGED_DESIGNS = [
    "وانتقد {S} سعي {O} إلى مهاجمة {Z}.",
    "وانتقد {S} مساعي {O} لقصف {Z}.",
    "وانتقد {S} عزم {O} على مهاجمة {Z}.",
    "وانتقد {S} خطط {O} لمهاجمة {Z}.",
    "وانتقد {S} نية {O} مهاجمة {Z}.",
    "وندد {S} بمحاولة {O} غزو {Z}.",
    "وندد {S} بمحاولات {O} قصف {Z}.",
]


def test_an_affirmed_intent_stays_expected(extractor):
    rows = _rows(extractor, "وأكد {S} عزم {O} على مهاجمة {Z}.", AR_SPEAKERS[0], ACTORS[0])
    assert ("ISR", "190", "LBN", "affirmed", "expected") in rows, rows


def _no_affirmed_criticism_by(rows, judge: str) -> bool:
    return not any(r[0] == judge and r[1][:2] == "11" and r[3] == "affirmed" for r in rows)


_DENIED = [
    "ولم ينتقد {S} {O}.",
    "ونفى {S} أن يكون قد انتقد {O}.",
    "ونفى {S} توجيه انتقادات إلى {O}.",
]


@pytest.mark.parametrize("shape", _DENIED)
@_every_pair
def test_a_denied_criticism_is_negated(extractor, shape, one, other):
    rows = _rows(extractor, shape, one, other)
    assert _no_affirmed_criticism_by(rows, one[1]), rows
    assert not any(r[0] == other[1] and r[2] == one[1] for r in rows), rows


_QUOTED_CRITIC = [
    "وقال {S} إن {O} انتقدت بلاده بشدة.",
    "وأكد {S} أن {O} وجهت انتقادات حادة إلى بلاده.",
    "وقال {S} إن بلاده تعرضت لانتقادات {F} حادة.",
    "وقال {S} إن {O} تهاجم بلاده في تصريحاتها.",
    "ورفض {S} انتقادات {O} لبلاده.",
]


@pytest.mark.parametrize("shape", _QUOTED_CRITIC)
@_every_pair
def test_criticism_of_the_speaker_keeps_its_author(extractor, shape, one, other):
    rows = _rows(extractor, shape, one, other)
    speaker, critic = one[1], other[1]
    assert any(r[0] == critic and r[1][:2] == "11" and r[2] == speaker for r in rows), rows
    assert not any(r[0] == speaker and r[2] == critic and r[1][:2] == "11" for r in rows), rows


# "هاجم" with another act as its object: a speaker's words about that act (round 24)
_ATTACKED_ACTS = [
    "وهاجم {S} الغارة {F} على {Z}.",
    "وهاجم {S} القصف {A} لـ{Z}.",
    "وهاجم {S} هجوم {O} على {Z}.",
    "وهاجم {S} العقوبات {F} على {Z}.",
    "وهاجم {S} تهديدات {O} لـ{Z}.",
    "وهاجم {S} اعتقال {O} مواطنين من {Z}.",
]


_GRID = [(shape, True) for shape in _JUDGED_DESIGNS] + [(shape, False) for shape in _ATTACKED_ACTS]


@pytest.mark.parametrize(("shape", "sought"), _GRID, ids=[g[0] for g in _GRID])
@_every_pair
def test_words_about_an_act_criticise_its_agent_and_never_act(extractor, shape, sought, one, other):
    """Criticism of the act's agent; the judge never attacks nor criticises the one the act
    befell; the judged never judge the judge; an act only sought is at most hypothetical."""
    rows = _rows(extractor, shape, one, other)
    judge, agent, third = one[1], other[1], other[5]
    assert any(r[0] == judge and r[1][:2] == "11" and r[2] == agent and r[3] == "affirmed" for r in rows), rows
    assert not any(r[0] == judge and (r[1][:2] in _FORCE or r[2] == third) for r in rows), rows
    assert not any(r[0] in (agent, third) and r[2] == judge for r in rows), rows
    assert not (sought and any(r[1][:2] in _FORCE and r[4] != "hypothetical" for r in rows)), rows


_FORCE_STAYS = [
    "وهاجم مسلحون قافلة {F} في {Z}.",
    "وهاجمت القوات {F} بلدة في {Z}.",
]


@pytest.mark.parametrize("shape", _FORCE_STAYS)
@pytest.mark.parametrize("other", ACTORS, ids=lambda w: w[1])
def test_an_attack_on_a_place_or_a_convoy_stays_force(extractor, shape, other):
    rows = _rows(extractor, shape, AR_SPEAKERS[0], other)
    assert not any(r[1][:2] == "11" for r in rows), rows


_WISHED_VISITS = [
    "وأكد {S} رغبة {O} في زيارة {Z}.",
    "وقال {S} إن رغبة {O} في زيارة {Z} كبيرة.",
    "وأكد {S} سعي {O} إلى زيارة {Z}.",
]


@pytest.mark.parametrize("shape", _WISHED_VISITS)
@_every_pair
def test_a_visit_wished_or_sought_is_its_owners_and_expected(extractor, shape, one, other):
    """The owner of the wish visits, expected; the speaker meets no one."""
    rows = _rows(extractor, shape, one, other)
    speaker, owner, third = one[1], other[1], other[5]
    assert any(r[0] == owner and r[1][:2] == "04" and r[2] == third and r[4] == "expected" for r in rows), rows
    assert not any(r[0] == speaker and r[1][:2] == "04" for r in rows), rows
    assert not any(r[1][:2] == "04" and r[4] in ("asserted", "reported") for r in rows), rows
