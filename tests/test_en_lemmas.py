"""English lemmas mended by the component ``geokg_en_lemmas`` (``extract/lemmas_en.py``): spaCy's
rule lemmatizer reads "waged", "staging", "hopes" as "wag", "stag", "hop". ``make_english_nlp``
and a plain ``spacy.load("en_core_web_sm")`` with geokg's components added (which add the
lemma mending and the dateline splitter) are one pipeline and give the same assertions. Every
sentence is written for these tests."""

from __future__ import annotations

import doctest

import pytest
from geokg.extract import lemmas_en
from geokg.extract.entities_en import COMPONENT_NAME as LINKER
from geokg.extract.pipeline import Extractor
from geokg.extract.relations_en import COMPONENT_NAME as RELATIONS
from helpers import english_pipeline, load_english_model


def _plain():
    """spaCy's model loaded as it is, with geokg's linker and relation component added."""
    nlp = load_english_model()
    for component in (LINKER, RELATIONS):
        nlp.add_pipe(component).initialize(lambda: [], nlp=nlp)
    return nlp


PLAIN = _plain()


@pytest.fixture(scope="module")
def built():
    return english_pipeline()


def _lemma(nlp, text: str, word: str) -> str:
    return next(t.lemma_ for t in nlp(text) if t.text == word)


def test_adding_geokg_components_adds_the_mending_after_the_lemmatizer(built):
    for nlp in (PLAIN, built):
        names = nlp.pipe_names
        assert names.count(lemmas_en.COMPONENT_NAME) == 1
        assert names.index(lemmas_en.COMPONENT_NAME) == names.index(lemmas_en.LEMMATIZER) + 1
    # (and the dateline splitter before the parser: the two routes are one pipeline)
    assert PLAIN.pipe_names == built.pipe_names


@pytest.mark.parametrize(
    "text, word, lemma",
    [
        ("Zambian miners staged a strike.", "staged", "stage"),
        ("Rebels are waging war in the north.", "waging", "wage"),
        ("Malawi hopes to sign the treaty.", "hopes", "hope"),
        ("The court barred the candidate.", "barred", "bar"),  # a doubled consonant: the stem's
        ("Ghana plans to open talks.", "plans", "plan"),  # no -e rule finds "plane"
    ],
)
def test_a_verb_in_e_keeps_its_e_and_a_stem_keeps_its_own_forms(text, word, lemma):
    assert _lemma(PLAIN, text, word) == lemma


def test_the_component_declares_what_it_mends(built):
    meta = built.get_pipe_meta(lemmas_en.COMPONENT_NAME)
    assert meta.assigns == ["token.lemma"] and meta.default_config == {"lemmatizer": lemmas_en.LEMMATIZER}


def test_the_lemmatizer_itself_is_left_alone():
    """Without the component, spaCy's lemma: the mending lives in geokg's component only."""
    with PLAIN.select_pipes(disable=[lemmas_en.COMPONENT_NAME, LINKER, RELATIONS]):
        assert _lemma(PLAIN, "Rebels are waging war in the north.", "waging") == "wag"


def test_doubling_stems_are_one_syllable_stems_of_a_verb_in_e():
    assert lemmas_en.doubling_stems({"wag", "wage", "bar", "bare", "agree", "agre", "free"}) == {"wag", "bar"}


SENTENCES = [
    "Zambian miners staged a strike against the government.",
    "Ethiopian rebels are waging war against the Somali government.",
    "Tanzania hopes to resume talks with Malawi.",
    "Sudan was hoping to sign a ceasefire with the rebels.",
    # a dateline is no subject (geokg_en_dateline, added with the linker too)
    "NAIROBI (Reuters) - Kenyan troops shelled Ugandan positions on Monday, the army said.",
]


def _rows(extractor: Extractor, text: str) -> set[tuple]:
    found = extractor.extract_text(text, doc_id="t", date="2005-03-01", lang="en")[0]
    return {
        (
            a.relation,
            a.subject.entity.id,
            getattr(a.object, "entity", None) and a.object.entity.id,
            a.polarity,
            a.modality,
        )
        for a in found
    }


@pytest.mark.parametrize("text", SENTENCES)
def test_a_plain_spacy_load_with_geokg_components_gives_what_make_english_nlp_gives(built, text):
    made = _rows(Extractor(english=built), text)
    assert made and _rows(Extractor(english=PLAIN), text) == made


@pytest.mark.parametrize(
    "text, relation, modality",
    [
        ("Zambian miners staged a strike against the government.", "protests", "asserted"),
        ("Ethiopian rebels are waging war against the Somali government.", "attacks", "asserted"),
        ("Tanzania hopes to resume talks with Malawi.", None, "expected"),
        ("Sudan was hoping to sign a ceasefire with the rebels.", None, "expected"),
    ],
)
def test_the_plain_route_reads_the_mended_lemmas(text, relation, modality):
    """(With spaCy's lemmas, "waging war" found nothing and the hoped acts were asserted.)"""
    rows = _rows(Extractor(english=PLAIN), text)
    assert rows and all(r[4] == modality for r in rows), rows
    assert relation is None or {r[0] for r in rows} == {relation}, rows


def test_doctests():
    assert doctest.testmod(lemmas_en).failed == 0
