"""English hyphenated participles mended where the parser reads them as a clause: component
``geokg_en_hyphens``, after ``geokg_en_lemmas``.

``en_core_web_sm`` 3.8 parses "sent aid to tsunami-hit Indonesia" with "hit" as a clause verb
("tsunami" its ``npadvmod``, "Indonesia" its direct object) and leaves "to" without an object:
the recipient was lost and "hit" read as an attack on Indonesia. A participle written after a
common noun and a hyphen with no space ("tsunami-hit", "flood-stricken") modifies the noun that
follows it, as the parser already reads "quake-stricken Pakistan". The component moves that noun
under the preposition left without an object before the compound and hangs the participle on it
as an ``amod``. A compound after an actor's name ("Iran-backed") is left as parsed.
"""

from __future__ import annotations

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

__all__ = ["COMPONENT_NAME", "mend_hyphens"]

COMPONENT_NAME = "geokg_en_hyphens"
_PREPOSITIONS = ("prep", "dative")
_HYPHEN = get_string_id("-")


@Language.factory(COMPONENT_NAME, requires=["token.dep"], assigns=["token.dep"])
def make_hyphen_mending(nlp: Language, name: str) -> HyphenMending:
    return HyphenMending()


class HyphenMending:
    """spaCy component: ``mend_hyphens`` on each Doc."""

    def __call__(self, doc: Doc) -> Doc:
        mend_hyphens(doc)
        return doc


def mend_hyphens(doc: Doc) -> None:
    """Each hyphenated participle read as a clause verb after an empty preposition becomes the
    modifier of its object, and that object the preposition's."""
    # (only a word after a hyphen may be one: a Token is made for those alone)
    after_hyphen = numpy.flatnonzero(doc.to_array(ORTH) == _HYPHEN) + 1
    for i in after_hyphen[after_hyphen < len(doc)].tolist():
        verb = doc[i]
        prep = _empty_preposition(verb) if _hyphen_participle(verb) else None
        if prep is None:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")]
        if not objects:
            continue
        noun = objects[0]
        if prep.dep_ == "aux":
            # ("to" read as the participle's infinitive marker: a preposition on the clause's verb)
            prep.head, prep.dep_, prep.pos_, prep.tag_ = verb.head, "prep", "ADP", "IN"
        noun.head, noun.dep_ = prep, "pobj"
        verb.head, verb.dep_ = noun, "amod"


def _hyphen_participle(verb: Token) -> bool:
    """Is the verb the second half of a compound written "noun-participle" with no space, its
    first half a common noun (no name: "Iran-backed" names the one who backs)?"""
    i = verb.i
    if verb.pos_ != "VERB" or i < 2 or verb.tag_ not in ("VBN", "VBD"):
        return False
    hyphen, first = verb.doc[i - 1], verb.doc[i - 2]
    return hyphen.text == "-" and not first.whitespace_ and not hyphen.whitespace_ and first.pos_ == "NOUN"


def _empty_preposition(verb: Token) -> Token | None:
    """The preposition right before the compound that has no object of its own, or a "to" the
    parser made the participle's infinitive marker ("to tsunami-hit X" is no infinitive: a
    compound of noun and participle is no verb form). The participle must hang on a verb or a
    noun ("assistance to tsunami-hit X"), which then takes the preposition."""
    i = verb.i - 3
    if i < 0 or verb.head == verb or verb.head.pos_ not in ("VERB", "AUX", "NOUN"):
        return None
    prep = verb.doc[i]
    if prep.lower_ == "to" and prep.dep_ == "aux" and prep.head == verb:
        return prep
    has_object = any(c.dep_ == "pobj" for c in prep.children)
    return prep if prep.dep_ in _PREPOSITIONS and prep.pos_ == "ADP" and not has_object else None
