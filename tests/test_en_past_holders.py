"""English: a title qualified as past ("the former Lebanese prime minister", "the late Palestinian
leader", "the then defence minister") names someone who held the office before the document's
date, never the holder at that date; with no name given, the state's government acts. A state's
adjective on a region the gazetteer gives no state ("in Indian Kashmir") puts the scene in that
state (issue 13, round 10). Sentences written for geokg (real pipeline: ``en_core_web_sm``, the gazetteer)."""

from __future__ import annotations

import pytest
from helpers import readings_en, require_english_model

require_english_model()


def _objects(extractor, text: str, date: str) -> set[tuple]:
    found = extractor.extract_text(text, doc_id="t", date=date, lang="en")[0]
    return {(a.object.entity.id, a.object.entity.type, a.object.entity.country) for a in found if a.object}


@pytest.mark.parametrize(
    "text",
    [
        "Turkey criticised the former Russian president.",
        "Turkey criticised Russia's late president.",
        "Turkey criticised the then Russian president.",
    ],
)
def test_a_past_holder_is_not_the_holder_at_the_date(extractor, text):
    found = _objects(extractor, text, "2004-10-01")
    # must not: Vladimir Putin, the president in office on that date
    assert not any(t == "Person" for _, t, _c in found), found
    assert any(c == "RUS" for _, _t, c in found), found


def test_the_holder_at_the_date_still_stands(extractor):
    # control: without "former" the title is its holder then
    found = _objects(extractor, "Turkey criticised the Russian president.", "2004-10-01")
    assert any(t == "Person" and c == "RUS" for _, t, c in found), found


@pytest.mark.parametrize(
    "text, state",
    [
        ("Militants stormed a police post in Indian Kashmir.", "IND"),
        ("Militants stormed a police post in Iraqi Kurdistan.", "IRQ"),
    ],
)
def test_a_states_adjective_on_a_stateless_region_is_the_scene(extractor, text, state):
    # (a region the gazetteer gives no state: the adjective says whose part is meant)
    subjects = readings_en(extractor, text, "subject", "subject_sector", date="2004-10-01", coded_only=False)
    assert (state, "REB") in subjects, subjects


def test_a_stateless_region_alone_gives_no_scene(extractor):
    # must not: a contested region with no adjective is no state's
    found = extractor.extract_text("Militants stormed a police post in Kashmir.", doc_id="t", lang="en")[0]
    assert not any(a.subject.entity.country for a in found), found
