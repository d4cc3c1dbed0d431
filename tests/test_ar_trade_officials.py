"""Arabic trade between states and officials known by title and nationality, on the real
extractor and our own sentences (issue 12: newswire where the relation is a purchase or a supply
contract, or where an official the gazetteer does not know speaks of "his country")."""

from __future__ import annotations

import pytest
from geokg.extract.model import Argument
from geokg.extract.pipeline import Extractor

DATE = "2008-03-12"
TRADE = "cooperatesEconomicallyWith"


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def facts(extractor, text: str) -> set[tuple]:
    """(subject id, relation, object id or None, polarity)."""
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    return {
        (a.subject.entity.id, a.relation, a.object.entity.id if isinstance(a.object, Argument) else None, a.polarity)
        for a in assertions
    }


@pytest.mark.parametrize(
    ("text", "subject", "obj"),
    [
        # a purchase from another state
        ("اشترت الجزائر شحنة من القمح من فرنسا.", "Q262", "Q142"),
        # a supply contract with another state
        ("تعاقدت مصر مع روسيا على شراء القمح.", "Q79", "Q159"),
        # supplying goods to another state
        ("أعلنت كازاخستان توريد الحبوب إلى إيران.", "Q232", "Q794"),
        # Egypt's state buyer of staples, a known body of that state
        ("أعلنت الهيئة العامة للسلع التموينية استيراد القمح من روسيا.", "egy-gasc", "Q159"),
    ],
)
def test_buying_contracting_and_supplying_are_trade(extractor, text, subject, obj):
    assert (subject, TRADE, obj, "affirmed") in facts(extractor, text)


def test_buying_with_no_other_state_is_no_relation(extractor):
    assert not facts(extractor, "اشترت روسيا مزيدا من الوقت.")


def test_an_official_known_by_title_and_nationality_speaks_for_his_country(extractor):
    found = facts(extractor, "قال وزير التجارة المصري إن بلاده تدعم أوكرانيا.")
    assert ("Q79", "supports", "Q212", "affirmed") in found
    found = facts(extractor, "قال نائب وزير الدفاع الإسرائيلي إن بلاده ستهاجم لبنان.")
    assert ("Q801", "attacks", "Q822") in {f[:3] for f in found}


def test_a_delegation_after_an_unknown_official_is_not_his_country(extractor):
    # "his country" is the foreign minister's, whose state the sentence does not give
    found = facts(extractor, "استقبل وزير الخارجية الوفد المصري وقال إن بلاده تدعم أوكرانيا.")
    assert not any(s == "Q79" and r == "supports" for s, r, *_ in found)
