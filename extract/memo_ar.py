"""What the Arabic stages ask of one sentence or document again and again, read on the first question.

The stages after clause finding look at each hit on its own, and many of their questions are
about the sentence, not the hit: which tokens are named, where an official's title before a
group opens, which verbs govern a noun. ``sentence_memo`` keeps the answers on the ``Sentence``
itself (built anew for every reading of a sentence, so never another sentence's answers, even
one with the same words). The words of the document as written and its named tokens are read
once a document into a ``DocWords`` (``clauses_ar.Entities`` reads one with the entities), and
every ``Sentence`` of the document holds it. Nothing lives in module state: two extractors, or
documents read in any order, never see each other's answers, and nothing outlives its Sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.attrs import ENT_TYPE, NORM, ORTH
from spacy.tokens import Doc

if TYPE_CHECKING:
    from .values_ar import Sentence

__all__ = ["DocWords", "named", "sentence_memo", "token_text"]


class DocWords:
    """A Doc's words as written, their norms and (on the first question) their entity types, read
    once a document: a Token object is made on every ``doc[i]``, and the stages ask about the
    words around each hit. Read it anew after the Doc is changed."""

    __slots__ = ("_doc", "_types", "norms", "texts")

    def __init__(self, doc: Doc):
        strings = doc.vocab.strings
        self._doc = doc
        self.texts: list[str] = [strings[h] for h in doc.to_array(ORTH).tolist()]
        self.norms: list[str] = [strings[h] for h in doc.to_array(NORM).tolist()]
        self._types: list[int] | None = None

    def named(self, i: int) -> bool:
        """Whether token ``i`` is part of a named entity (``doc[i].ent_type_``)."""
        if self._types is None:
            self._types = self._doc.to_array(ENT_TYPE).tolist()
        return self._types[i] != 0


def sentence_memo(s: Sentence) -> dict[Any, Any]:
    """The memo of sentence ``s``: a key is a function of the stages with its arguments past the sentence."""
    return s.memo


def token_text(s: Sentence, i: int) -> str:
    """Token ``i`` of the sentence's document as written (``s.doc[i].text``)."""
    return s.words.texts[i]


def named(s: Sentence, i: int) -> bool:
    """Whether token ``i`` (a Doc index) is part of a named entity (``doc[i].ent_type_``)."""
    return s.words.named(i)
