"""Round 24 (English, CAMEO root 01): pessimism voiced (012), the same position or view (019), and
the must-nots of the root's neighbours.

- "X voiced / expressed pessimism about Y": X's pessimistic comment on Y (CAMEO 012).
- "X and Y share the same position", "X shares the same view with Y", "had the same stance": an
  accord of views (CAMEO 019, either way round).
- Must-not: declining to comment on another's strike is no strike by the speaker; condolences over
  an attack are not the attack; a denial of responsibility is the act negated, never the act; a
  position held alone ("took the same position a year ago") is no accord; pessimism about one's
  own affairs names no other party.
"""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import readings_en

FIRST = [("France", "FRA"), ("Japan", "JPN"), ("Egypt", "EGY")]
OTHER = [("Germany", "DEU"), ("Syria", "SYR"), ("Brazil", "BRA")]
PESSIMISM = [
    "{a} voiced pessimism about {b}.",
    "{a} expressed pessimism over {b}.",
    "On Monday {a} expressed deep pessimism about {b}, officials said.",
]
SAME = [
    "{a} and {b} share the same position on Iran.",
    "{a} shares the same position with {b} on the crisis.",
    "The foreign minister said {a} and {b} had the same stance on the conflict.",
    "{a} and {b} share the same view on the crisis.",
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _rows(extractor: Extractor, text: str) -> set[tuple]:
    return readings_en(extractor, text, "subject", "cameo", "object", "polarity")


def pair(test):
    test = pytest.mark.parametrize("b", OTHER, ids=lambda w: w[1])(test)
    return pytest.mark.parametrize("a", FIRST, ids=lambda w: w[1])(test)


@pytest.mark.parametrize("shape", PESSIMISM)
@pair
def test_pessimism_voiced(extractor, shape, a, b):
    assert (a[1], "012", b[1], "affirmed") in _rows(extractor, shape.format(a=a[0], b=b[0]))


@pytest.mark.parametrize("shape", SAME)
@pair
def test_the_same_position(extractor, shape, a, b):
    rows = _rows(extractor, shape.format(a=a[0], b=b[0]))
    assert any(r[1] == "019" and {r[0], r[2]} == {a[1], b[1]} and r[3] == "affirmed" for r in rows)


@pair
def test_declining_comment_on_a_strike_is_no_strike(extractor, a, b):
    rows = _rows(extractor, f"{a[0]} declined to comment on the Israeli strike on {b[0]}.")
    assert not any(r[0] == a[1] and r[1][:2] in ("18", "19", "20") for r in rows)


@pair
def test_condolences_over_an_attack_are_not_the_attack(extractor, a, b):
    rows = _rows(extractor, f"{a[0]} expressed condolences to {b[0]} over the bombing that killed 20 people.")
    assert (a[1], "018", b[1], "affirmed") in rows
    assert not any(r[0] == a[1] and r[1][:2] in ("18", "19", "20") for r in rows)


@pair
def test_a_denial_of_responsibility_is_never_the_act(extractor, a, b):
    rows = _rows(extractor, f"{a[0]} denied responsibility for the attack on {b[0]}.")
    assert not any(r[0] == a[1] and r[1][:2] in ("18", "19", "20") and r[3] == "affirmed" for r in rows)


@pytest.mark.parametrize("a", FIRST, ids=lambda w: w[1])
def test_a_position_held_alone_is_no_accord(extractor, a):
    assert not any(r[1].startswith("01") for r in _rows(extractor, f"{a[0]} took the same position a year ago."))


@pytest.mark.parametrize("a", FIRST, ids=lambda w: w[1])
def test_pessimism_about_ones_own_affairs(extractor, a):
    rows = _rows(extractor, f"{a[0]} expressed pessimism about its economy.")
    assert not any(r[1] == "012" and r[2] not in (None, a[1]) for r in rows)
