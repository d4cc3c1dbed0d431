"""Round 24 (Arabic): a cooperative act the refuser is party to, right after a refusal, is the act
refused, in our own sentences (``nesting_ar._refused_joint_act``, ``_refused_own_act``).

- "رفضت الهند الاتفاق بين الهند وباكستان": the pair behind بين holds the refuser (or the state it
  speaks for); the rejection is aimed at the other parties, and the agreement is not coded.
- "جددت الهند رفض بلادها الاتفاق الموقع مع باكستان": the agreement took the refusal noun's owner as
  its agent; "ورفض من جهته الرئيس المصري الاتفاق ...": the refusal verb found no subject and the
  party read as its object is the agreement's agent. Both: the partner is the one rejected.
- Must-not: the refuser is not read as signing the agreement it rejects; the partner is not read
  as the one who rejects; an agreement of others (an armed group rejecting its state's agreement)
  stays the others' agreement.
"""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import AR_GENDERED_PARTIES, AR_OTHER_PARTIES, acts_ar

DATE = "2024-09-10"

# the state each party of AR_GENDERED_PARTIES speaks for, by name
_STATE_NAMES = {"EGY": "مصر", "RUS": "روسيا", "IND": "الهند", "DEU": "ألمانيا"}
_PARTNERS = [("فرنسا", "FRA"), ("اليابان", "JPN"), ("إيطاليا", "ITA")]
_SHAPES = [
    "ورفض{f} {x} الاتفاق بين {state} و{o} .",
    "وجدد{f} {x} رفض بلاد{p} الاتفاق الموقع مع {o} .",
    "ورفض{f} من جهت{p} {x} الاتفاق الموقع مع {o} .",
    "ورفض{f} {x} الاتفاق الموقع مع {o} .",
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _cells() -> list[tuple[str, str, str]]:
    return [
        (shape.format(f=f, x=x, p=p, o=o, state=_STATE_NAMES[state]), state, other)
        for shape in _SHAPES
        for x, state, f, p in AR_GENDERED_PARTIES
        for o, other in _PARTNERS
    ]


@pytest.mark.parametrize(("text", "state", "other"), _cells())
def test_refused_agreement_aims_at_partner(extractor: Extractor, text: str, state: str, other: str) -> None:
    acts = acts_ar(extractor, text, DATE)
    assert (state, "12", other) in acts
    # must-not: the refuser does not sign what it rejects, and the partner is not the refuser
    assert (state, "05", other) not in acts and (other, "05", state) not in acts
    assert (other, "12", state) not in acts


@pytest.mark.parametrize(("o", "other"), _PARTNERS)
def test_others_agreement_stays(extractor: Extractor, o: str, other: str) -> None:
    # an armed group does not speak for its state: the state's agreement is the state's
    acts = acts_ar(extractor, f"ورفض حزب الله الاتفاق بين لبنان و{o} .", DATE)
    assert ("LBN", "05", other) in acts or (other, "05", "LBN") in acts


# "رفضت الهند مطالب باكستان": the plural noun of demands has the participle's form (مُطالِب)
_DEMAND_SHAPES = [
    "ورفض{f} {x} مطالب {o} .",
    "ورفض{f} {x} مطالب {o} بسحب القوات من الحدود .",
    "ورفض{f} {x} أمس مطالب {o} .",
]


@pytest.mark.parametrize(
    ("text", "state", "other"),
    [
        (shape.format(f=f, x=x, o=o), state, other)
        for shape in _DEMAND_SHAPES
        for x, state, f, _ in AR_GENDERED_PARTIES
        for o, other in AR_OTHER_PARTIES
    ],
)
def test_refused_demands_are_the_others(extractor: Extractor, text: str, state: str, other: str) -> None:
    acts = acts_ar(extractor, text, DATE)
    # must-not: the refuser is not the one who demands
    assert (state, "10", other) not in acts
    assert (state, "12", other) in acts
