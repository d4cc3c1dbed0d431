"""Who speaks through a noun of people the text does not name (round 18 English, branch ``gmem``).

"Israeli troops shot two gunmen, Palestinian security sources said": "sources", "witnesses",
"medics" (``gk:UnnamedActorCue``) name no actor, but their modifiers or their "from", "in" or
"within" phrase name the body or state they speak for (``reporting_en._speaks_for``), as "a
spokesman for the army" already did. Was: reported, attributed to no one.

Must not: the source becomes the act's agent; a bare "witnesses said" or "hospital sources said"
gets a state it does not name. Sentences written for geokg (real pipeline: ``en_core_web_sm``,
the gazetteer, the ontology)."""

from __future__ import annotations

import itertools

import pytest
from helpers import require_english_model

require_english_model()

# (the sources' adjective, their state, the attackers, their state)
SIDES = [
    ("Palestinian", "PSE", "Israeli troops", "ISR"),
    ("Iraqi", "IRQ", "American troops", "USA"),
    ("Afghan", "AFG", "Pakistani troops", "PAK"),
    ("Lebanese", "LBN", "Syrian troops", "SYR"),
]
SOURCES = ["security sources", "military sources", "medics", "witnesses"]
SHAPES = [
    "{act}, {d} {src} said.",
    "{d} {src} said {act}.",
    "{act}, according to {d} {src}.",
]


def _reported(extractor, text: str) -> set[tuple]:
    """(subject state, CAMEO root, source state or None) of the reported assertions."""
    found = extractor.extract_text(text, doc_id="t", date="2004-11-08", lang="en")[0]
    return {
        (a.subject.entity.country, (a.cameo or "")[:2], a.attributed_to.country if a.attributed_to else None)
        for a in found
        if a.cameo and a.modality == "reported"
    }


@pytest.mark.parametrize(("side", "src", "shape"), list(itertools.product(SIDES, SOURCES, SHAPES)))
def test_an_unnamed_source_speaks_for_what_its_words_name(extractor, side, src, shape):
    adj, state, attackers, their = side
    act = f"{attackers} shot two {adj} policemen near the border on Monday"
    text = shape.format(act=act, d=adj, src=src)
    text = text[0].upper() + text[1:]
    found = _reported(extractor, text)
    assert (their, "19", state) in found or (their, "18", state) in found
    assert not any(s == state for s, _, _ in found)  # the source is never the agent


@pytest.mark.parametrize(
    ("side", "phrase"),
    list(itertools.product(SIDES, ["sources in the {d} army", "a source from the {d} police"])),
)
def test_a_source_in_a_body_speaks_for_it(extractor, side, phrase):
    adj, state, attackers, their = side
    found = _reported(
        extractor, f"{attackers} shot two {adj} policemen near the border on Monday, {phrase.format(d=adj)} said."
    )
    assert any(s == their and w == state for s, _, w in found)


@pytest.mark.parametrize("src", ["witnesses", "hospital sources", "medics", "sources close to the talks"])
def test_a_source_that_names_no_body_stays_unnamed(extractor, src):
    found = _reported(
        extractor, f"Israeli troops shot two Palestinian policemen near the border on Monday, {src} said."
    )
    assert found and all(w is None for *_, w in found)
