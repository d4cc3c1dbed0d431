"""Arabic attacks and protests: which sentences report one, and who its sides are, on the real
extractor and our own sentences (issue 12, the ``ar_events_dev`` part).

- a state or one of its institutions that protests complains officially (``gk:officialForm``):
  no demonstration by it;
"""

from __future__ import annotations

import pytest
from geokg.extract.model import Argument
from geokg.extract.pipeline import Extractor

DATE = "2008-03-12"


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def triples(extractor, text: str) -> set[tuple[str, str, str | None]]:
    """(subject country or id, relation, object country or id) of the affirmed, happened ones."""
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")

    def side(arg) -> str | None:
        if not isinstance(arg, Argument):
            return None
        return arg.entity.country or arg.entity.id

    return {
        (side(a.subject), a.relation, side(a.object))
        for a in assertions
        if a.polarity == "affirmed" and a.modality in ("asserted", "reported")
    }


def test_a_state_institution_that_protests_complains_officially(extractor):
    found = triples(extractor, "احتجت الشرطة الأردنية على قرار الحكومة السورية.")
    assert ("JOR", "criticizes", "SYR") in found
    assert not {t for t in found if t[1] == "protests"}


def test_a_crowd_that_protests_still_demonstrates(extractor):
    found = triples(extractor, "تظاهر مئات الطلاب الأردنيين أمام السفارة الإسرائيلية في عمان.")
    assert ("JOR", "protests", "ISR") in found
