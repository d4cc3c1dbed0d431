"""Round 23 (Arabic): a contact noun with the counterpart behind مع or ب, in our own sentences.

- "أكد X خلال اتصاله مع Y", "قال X في اتصالها بـY إن ...": اتصال with a possessive suffix and a
  party behind مع/بـ is the two parties' consultation (CAMEO 04) without هاتفي (the trigger
  "اتصال مع" of gk:meetsWith; the suffix's owner is the clause's subject).
- Must-not: cutting contacts ("قطع الاتصالات مع") is a break (161), never a consultation; a
  denied or negated contact is not affirmed; the telecoms sector ("قطاع الاتصالات", "شركة
  الاتصالات") with no party behind مع gives no consultation.
"""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import AR_GENDERED_PARTIES, AR_OTHER_PARTIES, acts_ar, readings

DATE = "2024-09-10"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _acts(extractor: Extractor, text: str) -> set[tuple[str | None, str, str | None]]:
    return acts_ar(extractor, text, DATE)


_PARTIES = AR_GENDERED_PARTIES
_OTHERS = AR_OTHER_PARTIES
_SHAPES = [
    "وأكد{f} {x} خلال اتصال{p} مع {o} أهمية التعاون .",
    "وقال{f} {x} في اتصال{p} مع {o} إن الحوار هو الحل .",
    "وبحث{f} {x} في اتصال{p} ب{o} العلاقات الثنائية .",
    "وشدد{f} {x} خلال اتصال{p} ب{o} على ضرورة التهدئة .",
]
_NOT = [
    ("وقطع{f} {x} الاتصالات مع {o} .", "161"),
    ("ونفى{f} {x} أي اتصال مع {o} .", None),
    ("ولم يجر {x} أي اتصال مع {o} .", None),
    ("وبحث{f} {x} قطاع الاتصالات مع وزير الاقتصاد .", None),
    ("ووقع{f} {x} اتفاقا لتطوير شبكة الاتصالات مع {o} .", None),
]


def _cells(shapes: list) -> list:
    return [
        (shape, shape.format(f=f, x=x, p=p, o=o), state, other)
        for shape in shapes
        for x, state, f, p in _PARTIES
        for o, other in _OTHERS
    ]


@pytest.mark.parametrize(("shape", "text", "state", "other"), _cells(_SHAPES))
def test_contact_is_consultation(extractor: Extractor, shape: str, text: str, state: str, other: str) -> None:
    assert (state, "04", other) in _acts(extractor, text)


@pytest.mark.parametrize(("shape", "text", "state", "other"), _cells([s for s, _ in _NOT]))
def test_no_affirmed_consultation(extractor: Extractor, shape: str, text: str, state: str, other: str) -> None:
    acts = _acts(extractor, text)
    assert not {a for a in acts if a[1] == "04"}
    code = dict(_NOT)[shape]
    if code:
        rows = readings(extractor, text, "subject", "cameo", "object", date=DATE, lang="ar", two_sided=True)
        assert (state, code, other) in rows
