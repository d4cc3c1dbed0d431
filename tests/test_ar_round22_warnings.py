"""Round 22 (Arabic): a warning of another party's conduct is also an accusation of it; a
party said to pose a threat is criticised; "لأمن" is no verb of blame.

"حذر X من أن Y تستعد لمهاجمة Z": the news annotators code the warning to Y (130) and, beside it,
X's accusation of Y (112), when the أن clause opens with Y doing what it tells (an act the
lexicon knows, or a predicate of wrongdoing). Grid of our own sentences: each shape × three
warners (a head of state, a minister, a head of government) × three warned states with a third
state.

Must-nots: a clause that tells what befalls Y ("ستدفع الثمن", "سيضر بسمعة Y") or what Y suffers
("قد تتعرض لهجوم"), a warning addressed to Y, a warning of the warner's own country, a negated
warning: no affirmed accusation; and the accusation never runs from Y to X.

"قال X إن Y تشكل تهديدا للمنطقة" (poses a threat, a danger: ``gk:PejorativeConductCue``): in a
speaker's words, the speaker's criticism of Y (111), as the labels "اعتبر Y تهديدا" already are;
never a threat by anyone, and none where it is denied, negated, of the speaker's own country or
in the writer's own words. "تهديدا لأمنها" read لأمنها (for its security) as لام "blamed": Y
blaming the one threatened; with the hamza written it is no verb.
"""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import AR_OTHER_STATES, AR_SPEAKERS, every_pair, readings

DATE = "2024-09-10"

# (warner phrase, its state)
WARNERS = AR_SPEAKERS
# (warned state, its code, a third state)
WARNED = AR_OTHER_STATES


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


_every_pair = every_pair(WARNERS, WARNED)


def _rows(extractor: Extractor, text: str) -> set[tuple[str | None, str, str | None, str, str]]:
    """(subject state, CAMEO code, object state, polarity, modality) of every two-sided assertion."""
    names = ("subject", "cameo", "object", "polarity", "modality")
    return readings(extractor, text, *names, date=DATE, lang="ar", coded_only=False, two_sided=True)


# (shape with {S}, {O}, {Z}; modality of the warning and the accusation)
_SHOULD = [
    ("وحذر {S} من أن {O} تستعد لمهاجمة {Z}.", "asserted"),
    ("وحذر {S} من أن {O} تدعم المتمردين في {Z}.", "asserted"),
    ("وحذر {S} من أن {O} تمارس الإرهاب في {Z}.", "asserted"),
    ("و{S} حذر أمس من أن {O} تستعد لمهاجمة {Z}.", "asserted"),
    ("وقالت مصادر إن {S} حذر من أن {O} تستعد لمهاجمة {Z}.", "reported"),
]


@pytest.mark.parametrize(("shape", "modality"), _SHOULD)
@_every_pair
def test_a_warning_of_conduct_is_a_threat_and_an_accusation(extractor, shape, modality, one, other):
    (s, sc), (o, oc, z) = one, other
    rows = _rows(extractor, shape.format(S=s, O=o, Z=z))
    assert (sc, "112", oc, "affirmed", modality) in rows
    assert any(r[0] == sc and r[1].startswith("13") and r[2] == oc for r in rows)
    assert not any(r[0] == oc and r[1].startswith("11") and r[2] == sc for r in rows)


_MUST_NOT = [
    # what befalls the party, or what it suffers
    "وحذر {S} من أن {O} ستدفع الثمن.",
    "وحذر {S} من أن ذلك سيضر بسمعة {O}.",
    "وحذر {S} من أن {O} قد تتعرض لهجوم.",
    # a warning addressed to the party, about something else
    "وحذر {S} {O} من أن الهجوم على {Z} سيشعل المنطقة.",
    # a warning negated
    "ولم يحذر {S} من أن {O} تستعد لمهاجمة {Z}.",
]


@pytest.mark.parametrize("warner", WARNERS, ids=lambda w: w[1])
def test_a_warning_of_the_warners_own_country_accuses_no_one(extractor, warner):
    s, sc = warner
    rows = _rows(extractor, f"وحذر {s} من أن بلاده تستعد لمهاجمة السودان.")
    assert not any(r[1].startswith("11") for r in rows), rows


# (shape with {S} speaker, {O} party said to pose a threat)
_POSES = [
    'وقال {S} إن {O} "تشكل تهديدا للسلام".',
    "وقال {S} إن {O} تشكل خطرا على المنطقة.",
    "وقال {S} إن {O} تمثل تهديدا لأمن المنطقة.",
    'وقال {S} إن "{O} تمثل خطرا على جيرانها".',
]


@pytest.mark.parametrize("shape", _POSES)
@_every_pair
def test_a_party_said_to_pose_a_threat_is_criticised(extractor, shape, one, other):
    (s, sc), (o, oc, _) = one, other
    rows = _rows(extractor, shape.format(S=s, O=o))
    assert (sc, "111", oc, "affirmed", "asserted") in rows
    assert not any(r[1].startswith("13") for r in rows), rows
    assert not any(r[0] == oc and r[1].startswith("11") for r in rows), rows


_POSES_NOT = [
    "وقال {S} إن {O} لا تشكل تهديدا للمنطقة.",
    "ونفى {S} أن تكون {O} تشكل تهديدا للمنطقة.",
    "{O} تشكل تهديدا للسلام.",
]


@pytest.mark.parametrize("shape", _MUST_NOT + _POSES_NOT)
@_every_pair
def test_no_affirmed_disapproval_where_no_conduct_is_told_or_it_is_denied(extractor, shape, one, other):
    """A clause of what befalls the party, a warning to it, a negated warning, a threat posed
    that is negated, denied or in the writer's own words: no accusation, no criticism."""
    (s, _), (o, _, z) = one, other
    rows = _rows(extractor, shape.format(S=s, O=o, Z=z))
    assert not any(r[1].startswith("11") and r[3] == "affirmed" for r in rows), rows


@pytest.mark.parametrize("speaker", WARNERS, ids=lambda w: w[1])
def test_the_speakers_own_country_posing_no_threat_is_no_criticism(extractor, speaker):
    s, _ = speaker
    rows = _rows(extractor, f"وقال {s} إن بلاده لا تشكل تهديدا لأحد.")
    assert not any(r[1].startswith("11") for r in rows), rows


@pytest.mark.parametrize(
    ("speaker", "party"),
    [("إسرائيل", "حزب الله"), ("تركيا", "حزب العمال الكردستاني"), ("الهند", "باكستان")],
)
def test_for_its_security_is_no_blame(extractor, speaker, party):
    """ "لأمنها": the one threatened never blames, nor is blamed by, the party that threatens."""
    rows = _rows(extractor, f"وقالت {speaker} إن {party} يشكل تهديدا لأمنها.")
    assert not any(r[1] == "112" for r in rows), rows


@pytest.mark.parametrize("shape", ["ولام {S} {O} على التصعيد.", "وقالت مصادر إن {S} لام {O} على التصعيد."])
@_every_pair
def test_blamed_is_still_blame(extractor, shape, one, other):
    (s, sc), (o, oc, _) = one, other
    rows = _rows(extractor, shape.format(S=s, O=o))
    assert any(r[0] == sc and r[1].startswith("11") and r[2] == oc for r in rows), rows
