"""Round 23 (Arabic): an agreement named with its two sides behind بين.

- "الاتفاق بين مصر وإسرائيل", "الاتفاقية بين ...", "المعاهدة بين ...": the agreement of the two
  sides (CAMEO 057, reciprocal), whatever the clause says of it (its contents, a criticism of it,
  a call to cancel it): event coders code the two sides' formal agreement.
- Must-not: whoever criticises the agreement or calls for its end is no party to it (no 057 with
  them as a side); a criticism or a demand about it stays that party's criticism or demand.
"""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import readings

DATE = "2006-08-01"
NOUNS = ["الاتفاق", "الاتفاقية", "المعاهدة"]
SIDES = [("مصر", "وإسرائيل", "EGY", "ISR"), ("روسيا", "والصين", "RUS", "CHN"), ("السودان", "وتشاد", "SDN", "TCD")]
PLAIN = [
    "وقالت الوزارة إن {n} بين {a} {b} يشمل المعابر .",
    "ويشمل {n} بين {a} {b} تبادل الأسرى .",
    "وذكرت الصحيفة أن {n} بين {a} {b} دخل حيز التنفيذ .",
]
# a third party speaks of the agreement: (shape, the third party's state, the root of its act)
THIRD = [
    ("وانتقدت الأردن {n} بين {a} {b} .", "JOR", "11"),
    ("وطالبت الأردن بإلغاء {n} بين {a} {b} .", "JOR", "10"),
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _rows(extractor: Extractor, text: str) -> set[tuple]:
    return readings(extractor, text, "subject", "root", "object", date=DATE, lang="ar", coded_only=True)


def _agreed(rows: set[tuple], x: str, y: str) -> bool:
    return (x, "05", y) in rows or (y, "05", x) in rows


@pytest.mark.parametrize("shape", PLAIN)
@pytest.mark.parametrize(("a", "b", "x", "y"), SIDES)
@pytest.mark.parametrize("noun", NOUNS)
def test_agreement_between_two_sides(extractor, shape, a, b, x, y, noun):
    assert _agreed(_rows(extractor, shape.format(n=noun, a=a, b=b)), x, y)


@pytest.mark.parametrize(("shape", "third", "root"), THIRD)
@pytest.mark.parametrize(("a", "b", "x", "y"), SIDES)
@pytest.mark.parametrize("noun", NOUNS)
def test_third_party_is_no_side(extractor, shape, third, root, a, b, x, y, noun):
    rows = _rows(extractor, shape.format(n=noun, a=a, b=b))
    assert _agreed(rows, x, y)
    assert not any(r[1] == "05" and third in (r[0], r[2]) for r in rows)
    assert not any(r[0] == third and r[1] in ("05", "19", "18") for r in rows)
