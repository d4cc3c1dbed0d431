"""An act alleged of the noun an accusation participle describes (round 18 English, branch
``gmem``).

"Two Chechen rebels accused of bombing a Russian airliner were arrested": the participle names
no accuser, and its accused is the noun it describes, not a passive subject of its own
(``arguments_en.accused_unnamed_accuser``); the act is alleged, by no one named. Was: no
relation for the act. Must not: an act one is not accused of is alleged; an act one is cleared
or acquitted of (``gk:AcquittalCue``) is done: it is negated (``modality_en.signals``; it was
read as done, asserted and affirmed). Sentences written for geokg (real pipeline:
``en_core_web_sm``, the gazetteer, the ontology)."""

from __future__ import annotations

import itertools

import pytest
from helpers import readings_en, require_english_model

require_english_model()

# (the accused, their state, the target, its state)
SIDES = [
    ("Two Chechen rebels", "RUS", "a Russian airliner", "RUS"),
    ("Three Basque separatists", "ESP", "a Spanish police station", "ESP"),
    ("Four Taliban fighters", "AFG", "an American convoy", "USA"),
    ("Two Tamil rebels", "LKA", "a Sri Lankan navy ship", "LKA"),
]
ACTS = ["bombing", "attacking"]
ENDS = ["were arrested on Monday.", "were freed on Monday, officials said."]


def _alleged(extractor, text: str) -> set[tuple]:
    found = readings_en(extractor, text, "subject", "root", "object", "modality", "polarity", date="2004-11-08")
    return {(s, o, m, p) for s, root, o, m, p in found if root in ("18", "19")}


@pytest.mark.parametrize(("side", "act", "end"), list(itertools.product(SIDES, ACTS, ENDS)))
def test_the_described_noun_is_the_accused(extractor, side, act, end):
    accused, state, target, their = side
    found = _alleged(extractor, f"{accused} accused of {act} {target} {end}")
    assert any(m == "alleged" and p == "affirmed" and o == their for s, o, m, p in found)
    assert not any(m != "alleged" for *_, m, _p in found)  # never asserted as done


@pytest.mark.parametrize(("side", "act"), list(itertools.product(SIDES, ACTS)))
def test_no_allegation_when_not_accused(extractor, side, act):
    accused, state, target, their = side
    found = _alleged(extractor, f"{accused} not accused of {act} {target} were freed on Monday.")
    assert not any(p == "affirmed" and m in ("alleged", "asserted") for *_, m, p in found)


@pytest.mark.parametrize("verb", ["cleared of", "acquitted of"])
def test_no_act_one_is_cleared_of(extractor, verb):
    found = _alleged(extractor, f"Two Chechen rebels {verb} bombing a Russian airliner were freed on Monday.")
    assert not any(p == "affirmed" for *_, p in found)
