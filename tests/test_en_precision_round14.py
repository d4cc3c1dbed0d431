"""English wrong readings mended, round 14 (branch ``polish``). Sentences written for geokg
(real pipeline: ``en_core_web_sm``, the gazetteer, the ontology).

- "X as well as Y <verb>": the parser gives Y X's dependency on the same verb, not ``conj``;
  ``phrases_en.added_alike`` makes it one more actor of the compound, as "X and Y" is;
- "supporters of the opposition" (``gk:SupporterNounCue`` with an opposition behind "of") are
  that opposition: their rally is its protest, as "opposition supporters rallied" is;
"""

from __future__ import annotations

import pytest
from helpers import modal_en, readings_en, require_english_model

require_english_model()


@pytest.mark.parametrize(
    "text",
    [
        "Peru as well as Bolivia criticized Chile on Tuesday.",
        "Peru, as well as Bolivia, condemned Chile.",
    ],
)
def test_as_well_as_subjects_both_act(extractor, text):
    found = {f[:3] for f in modal_en(extractor, text)}
    assert ("PER", "criticizes", "CHL") in found, found
    assert ("BOL", "criticizes", "CHL") in found, found


def test_as_well_as_adverb_adds_no_actor(extractor):
    found = {f[:3] for f in modal_en(extractor, "Peru criticized Chile as well.")}
    assert found == {("PER", "criticizes", "CHL")}, found


def test_supporters_of_the_opposition_are_the_opposition(extractor):
    found = readings_en(
        extractor, "Supporters of the opposition rallied in Quito on Saturday.", "subject", "subject_sector", "relation"
    )
    assert ("ECU", "OPP", "protests") in found, found


def test_supporters_of_a_leader_stay_no_protest(extractor):
    found = modal_en(extractor, "Supporters of the mayor rallied in Quito on Saturday.")
    assert not any(f[1] == "protests" for f in found), found
