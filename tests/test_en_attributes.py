"""The attribute ruler's rules applied from a table (component ``geokg_en_attributes``,
``extract/attributes_en.py``): every word gets the tag, part of speech, morphology, lemma and
dependency that ``en_core_web_sm``'s own ``attribute_ruler`` gives it, on sentences written for
these tests and, where ``../shared/dev`` is present, on the English dev texts (read, not copied).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from geokg.extract import attributes_en
from geokg.extract.entities_en import COMPONENT_NAME as LINKER
from geokg.extract.relations_en import COMPONENT_NAME as RELATIONS
from helpers import english_pipeline, load_english_model
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

DEV = Path(__file__).resolve().parents[1] / ".." / "shared" / "dev"
COLUMNS = [TAG, POS, MORPH, LEMMA, DEP]
PARSE = ("tok2vec", "tagger", "parser")

# Written for these tests: the tag map's words, the ruler's word exceptions (one word and two, the
# second word's index among them), white space between and after words, pronouns by dependency.
SENTENCES = [
    "The ministers of Chad and Niger met in Niamey on Tuesday and signed a trade accord.",
    "I told you it was there; they gave it to me and I thanked you for it.",
    "We're gonna talk, y'all, and then we gotta leave.  Let's go.",
    "There is a border post and there were two checkpoints near it.\n\nIt's done.",
    "They ain't coming, but he's doin' fine and goin' home with nothin' left.",
    "C'm on, the ol' man said somethin' about 'em; he'll ask whether it gets done.",
    "Did the army do it?  Have they had the talks, or does the minister have doubts?",
    "  Protesters marched\t through the capital ,  chanting slogans .  ",
    "Whether or not Mali agrees, Senegal will send troops unless talks resume, though slowly.",
]


@pytest.fixture(scope="module")
def built():
    return english_pipeline()


def _texts() -> list[str]:
    texts = list(SENTENCES)
    for name in ("en_news_dev.jsonl", "plover_gsr.jsonl"):
        path = DEV / name
        if path.is_file():
            texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    return texts


def test_the_table_replaces_the_ruler_which_stays_disabled(built):
    names = built.pipe_names
    assert attributes_en.COMPONENT_NAME in names and attributes_en.RULER not in names
    assert attributes_en.RULER in built.disabled
    assert names.index(attributes_en.COMPONENT_NAME) == names.index("parser") + 1


def test_a_plain_model_with_geokg_components_gets_the_table_too():
    nlp = load_english_model()
    for component in (LINKER, RELATIONS):
        nlp.add_pipe(component).initialize(lambda: [], nlp=nlp)
    assert attributes_en.COMPONENT_NAME in nlp.pipe_names and attributes_en.RULER in nlp.disabled


@pytest.mark.parametrize("shape", ["three words", "an operator", "another attribute"])
def test_a_rule_the_table_cannot_apply_leaves_the_ruler(shape):
    nlp = load_english_model()
    pattern = {
        "three words": [{"LOWER": "a"}, {"LOWER": "b"}, {"LOWER": "c"}],
        "an operator": [{"LOWER": "a", "OP": "+"}],
        "another attribute": [{"ORTH": "A"}],
    }[shape]
    nlp.get_pipe(attributes_en.RULER).add([pattern], {"LEMMA": "x"})
    nlp.add_pipe(LINKER).initialize(lambda: [], nlp=nlp)
    assert attributes_en.RULER in nlp.pipe_names and attributes_en.COMPONENT_NAME not in nlp.component_names


def test_every_word_gets_the_rulers_attributes(built):
    """The same five attributes for every word, the ruler and the table each applied to a copy
    of the same parsed Doc."""
    ruler, table = built.get_pipe(attributes_en.RULER), built.get_pipe(attributes_en.COMPONENT_NAME)
    with built.select_pipes(enable=list(PARSE)):
        docs = list(built.pipe(_texts()))
    differ = []
    for doc in docs:
        by_ruler = ruler(Doc(doc.vocab).from_bytes(doc.to_bytes()))
        by_table = table(Doc(doc.vocab).from_bytes(doc.to_bytes()))
        if (by_ruler.to_array(COLUMNS) != by_table.to_array(COLUMNS)).any():
            differ.append(doc.text)
    assert differ == []


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [("We're gonna talk.", "gon", "go"), ("We're gonna talk.", "na", "to"), ("Let's go.", "'s", "us")],
)
def test_rules_of_two_words_set_the_word_at_their_index(built, text, word, lemma):
    """(the ruler's exceptions of two words: the table applies them, to the right word)"""
    assert next(t.lemma_ for t in built(text) if t.text == word) == lemma


def test_a_space_is_tagged_as_the_ruler_tags_it(built):
    doc = built("Talks resumed.  Troops left.")
    space = next(t for t in doc if t.is_space)
    assert (space.tag_, space.pos_) == ("_SP", "SPACE")
