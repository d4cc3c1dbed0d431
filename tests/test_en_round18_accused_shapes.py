"""The act of an accused named by a participle, round 18 (branch ``en``; the same mechanism
as branch ``gmem``'s test_en_round18_accused_participle.py, over more shapes and must-nots).

"Syrian officers accused of bombing Lebanon withdrew": the participle modifies the accused as a
passive accusation's subject names them ("Syrian officers were accused of bombing Lebanon"); in
the news convention the accused act is the accused's, ``alleged``, never asserted, and never the
act of whoever else the sentence names (``arguments_en.accused_unnamed_accuser``). Sentences
written for geokg (real pipeline: ``en_core_web_sm``, the gazetteer, the ontology)."""

from __future__ import annotations

import itertools

import pytest
from helpers import party_readings_en, require_english_model

require_english_model()

ACCUSED = [
    ("Syrian officers", "SYR", "Lebanon", "LBN"),
    ("Russian soldiers", "RUS", "Ukraine", "UKR"),
    ("Eritrean troops", "ERI", "Ethiopia", "ETH"),
    ("Israeli soldiers", "ISR", "Syria", "SYR"),
]
ACTS = [("attacking", "19"), ("bombing", "19"), ("shelling", "19")]
SHAPES = [
    "{n} accused of {act} {o} were arrested on Monday.",
    "{n} accused of {act} {o} appeared in court on Monday.",
    "{n}, accused of {act} {o}, were arrested on Monday.",
    "{n} blamed for {act} {o} were arrested on Monday.",
]
# the small model parses this one cell's participle as no modifier of the accused
_PARSE_GAP = {("Syrian officers", "bombing", SHAPES[1])}
CELLS = [
    pytest.param(*cell, marks=pytest.mark.xfail(strict=True, reason="parse"))
    if (cell[0][0], cell[1][0], cell[2]) in _PARSE_GAP
    else cell
    for cell in itertools.product(ACCUSED, ACTS, SHAPES)
]


@pytest.fixture(scope="module")
def extractor():
    from geokg.extract.pipeline import Extractor

    return Extractor()


@pytest.mark.parametrize(("who", "act", "shape"), CELLS)
def test_accused_act_alleged(extractor, who, act, shape) -> None:
    n, s, o, oc = who
    got = party_readings_en(extractor, shape.format(n=n, act=act[0], o=o))
    assert (s, act[1], oc, "affirmed", "alleged") in got
    assert not any(r[1] == act[1] and r[4] == "asserted" for r in got)


MUST_NOT = [
    # whoever arrests or tries the accused is not the attacker
    ("Turkey arrested {n} accused of {act} {o}.", "TUR"),
    ("Egypt tried {n} accused of {act} {o}.", "EGY"),
    # the accuser named by "by": the participle's agent, not the accused
    ("{n} accused by Egypt of {act} {o} were arrested.", "EGY"),
]


@pytest.mark.parametrize(("who", "act", "shape"), list(itertools.product(ACCUSED, ACTS[:1], MUST_NOT)))
def test_others_never_the_actor(extractor, who, act, shape) -> None:
    n, s, o, oc = who
    text, other = shape
    got = party_readings_en(extractor, text.format(n=n, act=act[0], o=o))
    assert not any(r[0] == other and r[1] == act[1] for r in got)
    assert not any(r[1] == act[1] and r[4] == "asserted" for r in got)


@pytest.mark.parametrize("who", ACCUSED)
def test_denied_not_asserted(extractor, who) -> None:
    # a denial of the deed by the accused: never the act affirmed and asserted
    n, s, o, oc = who
    got = party_readings_en(extractor, f"{n} who denied attacking {o} were freed.")
    assert (s, "19", oc, "affirmed", "asserted") not in got
