"""English wrong readings mended, round 15 (branch ``polish``), and a geokg Doc written and
read back. Sentences written for geokg (real pipeline: ``en_core_web_sm``, the gazetteer, the
ontology).

- ``Doc.to_bytes()`` / ``DocBin(store_user_data=True)`` on a Doc geokg ran over: the
  components' working state (objects of geokg's classes) is written as nil
  (``extract/doc_wire.py``); words, parse and entities come back;
- "a body of lawyers criticised X": a group counted or gathered by the subject ("a body of",
  "a group of") acts through the subject's verb, so X, the state it acts on, is not the state the
  context gives it (``entities_en._group_verb``): no "X's judiciary criticised X";
- "X encouraged Y to <act>": an appeal to Y, as "urged Y to" is (``VERB_TRIGGERS``: the verb
  only, never "encouraging signs"); "pressed ahead with attacks" is no demand;
- warships by their class ("Iranian gunboats", "frigates") are the state's armed forces;
- "UN peacekeepers were deployed in X": a passive frame whose own noun (the forces moved) is its
  subject, with no agent: the forces' owner moves them (``arguments_en._own_forces_sent``);
"""

from __future__ import annotations

import pytest
from helpers import modal_en, readings_en, require_english_model
from spacy.tokens import Doc, DocBin

require_english_model()


def _round_trip(nlp, text: str) -> tuple[Doc, Doc, Doc]:
    doc = nlp(text)
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    box = DocBin(store_user_data=True)
    box.add(doc)
    (boxed,) = DocBin().from_bytes(box.to_bytes()).get_docs(nlp.vocab)
    return doc, again, boxed


def test_english_doc_round_trips(extractor):
    doc, again, boxed = _round_trip(extractor.nlp_en, "Peru urged Chile to reopen the border crossing.")
    for back in (again, boxed):
        assert [t.text for t in back] == [t.text for t in doc]
        assert [t.dep_ for t in back] == [t.dep_ for t in doc]
        assert [(e.text, e.label_) for e in back.ents] == [(e.text, e.label_) for e in doc.ents]


def test_arabic_doc_round_trips(extractor):
    doc, again, boxed = _round_trip(extractor.nlp_ar, "استقبل الرئيس البيروفي وزير خارجية تشيلي في ليما.")
    for back in (again, boxed):
        assert back.text == doc.text
        assert [(e.text, e.label_) for e in back.ents] == [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    "text",
    [
        "A body of lawyers criticised Chile on Monday.",
        "A group of judges condemned Chile.",
        "A number of lawyers accused Chile of torture.",
    ],
)
def test_gathered_group_is_not_of_the_state_it_acts_on(extractor, text):
    found = {f[:3] for f in modal_en(extractor, text)}
    assert not any(s == o == "CHL" for s, _, o in found), found


def test_gathered_group_keeps_its_own_state(extractor):
    found = readings_en(extractor, "A group of Peruvian lawyers criticised Chile.", "subject", "relation", "object")
    assert ("PER", "criticizes", "CHL") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Peru encouraged Chile to reopen the border.",
        "Peru encouraged Chile to resume talks with Bolivia.",
        "Chile was encouraged by Peru to sign the accord.",
        "Peru has encouraged Chile to accept the mediation offer.",
    ],
)
def test_encouraging_another_to_act_is_an_appeal(extractor, text):
    found = readings_en(extractor, text, "subject", "relation", "object")
    assert ("PER", "appealsTo", "CHL") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Peru said the talks with Chile were encouraging.",
        "Chile said it was encouraged by the progress of the talks.",
        "Chile pressed ahead with attacks on Peru's border posts.",
        "Chile pressed on with its offensive against Peru.",
    ],
)
def test_no_appeal_or_demand_without_an_addressee(extractor, text):
    found = readings_en(extractor, text, "subject", "relation", "object")
    assert not any(r in ("appealsTo", "demands") for _, r, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "A Chilean tanker was fired on by Peruvian gunboats near the coast.",
        "Peruvian frigates fired on a Chilean trawler.",
        "Peruvian attack helicopters fired on a Chilean base.",
    ],
)
def test_warships_by_their_class_are_armed_forces(extractor, text):
    found = readings_en(extractor, text, "subject", "subject_sector", "object")
    assert ("PER", "MIL", "CHL") in found, found


@pytest.mark.parametrize(
    ("text", "mover"),
    [
        ("UN peacekeepers were deployed in Liberia.", None),
        ("UN peacekeepers were deployed to Liberia in March.", None),
        ("Nigerian troops were deployed in Liberia.", "NGA"),
        ("Nigerian soldiers were sent to Liberia.", "NGA"),
    ],
)
def test_forces_deployed_in_the_passive_are_their_owners(extractor, text, mover):
    found = readings_en(extractor, text, "subject", "object")
    assert (mover, "LBR") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Nigerian troops were attacked in Liberia.",
        "Nigerian troops were ambushed near the Liberian border.",
        "Nigerian troops deployed in Liberia were attacked by rebels.",
    ],
)
def test_forces_attacked_in_the_passive_stay_the_target(extractor, text):
    found = readings_en(extractor, text, "subject", "subject_sector", "object")
    assert not any(s == "NGA" and sector == "MIL" for s, sector, _ in found), found
