"""Round 22 (Arabic): a warning of another party's conduct is also an accusation of it.

"حذر X من أن Y تستعد لمهاجمة Z": the news annotators code the warning to Y (130) and, beside it,
X's accusation of Y (112), when the أن clause opens with Y doing what it tells (an act the
lexicon knows, or a predicate of wrongdoing). Grid of our own sentences: each shape × three
warners (a head of state, a minister, a head of government) × three warned states with a third
state.

Must-nots: a clause that tells what befalls Y ("ستدفع الثمن", "سيضر بسمعة Y") or what Y suffers
("قد تتعرض لهجوم"), a warning addressed to Y, a warning of the warner's own country, a negated
warning: no affirmed accusation; and the accusation never runs from Y to X.
"""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import readings

DATE = "2024-09-10"

# (warner phrase, its state); masculine, so one verb form serves
WARNERS = [
    ("الرئيس المصري", "EGY"),
    ("وزير الخارجية التركي", "TUR"),
    ("رئيس الوزراء الياباني", "JPN"),
]
# (warned state, its code, a third state)
WARNED = [
    ("إسرائيل", "ISR", "لبنان"),
    ("إيران", "IRN", "العراق"),
    ("روسيا", "RUS", "أوكرانيا"),
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


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
@pytest.mark.parametrize("warned", WARNED, ids=lambda w: w[1])
@pytest.mark.parametrize("warner", WARNERS, ids=lambda w: w[1])
def test_a_warning_of_conduct_is_a_threat_and_an_accusation(extractor, shape, modality, warned, warner):
    (s, sc), (o, oc, z) = warner, warned
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


@pytest.mark.parametrize("shape", _MUST_NOT)
@pytest.mark.parametrize("warned", WARNED, ids=lambda w: w[1])
@pytest.mark.parametrize("warner", WARNERS, ids=lambda w: w[1])
def test_no_affirmed_accusation_where_the_clause_names_no_conduct(extractor, shape, warned, warner):
    (s, _), (o, _, z) = warner, warned
    rows = _rows(extractor, shape.format(S=s, O=o, Z=z))
    assert not any(r[1].startswith("11") and r[3] == "affirmed" for r in rows), rows


@pytest.mark.parametrize("warner", WARNERS, ids=lambda w: w[1])
def test_a_warning_of_the_warners_own_country_accuses_no_one(extractor, warner):
    s, sc = warner
    rows = _rows(extractor, f"وحذر {s} من أن بلاده تستعد لمهاجمة السودان.")
    assert not any(r[1].startswith("11") for r in rows), rows
