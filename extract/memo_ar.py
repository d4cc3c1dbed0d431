"""What the Arabic stages ask of one sentence or document again and again, read on the first question.

The stages after clause finding look at each hit on its own, and many of their questions are
about the sentence, not the hit: which tokens are named, where an official's title before a
group opens, which verbs govern a noun. ``sentence_memo`` keeps the answers for the sentence
being read (the last ``Sentence`` asked about, held by identity, so never another sentence's,
even one with the same words); reading the next sentence starts a fresh memo. The words of the
document as written and its named tokens are read once for the document being read, the same
way (``doc_texts``, ``named``). Nothing is kept past the next sentence or document.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import ENT_TYPE, NORM, ORTH
from spacy.tokens import Doc

from .values_ar import Sentence

__all__ = ["doc_texts", "named", "read_document", "sentence_memo", "token_text"]

_LAST: list[tuple[Sentence, dict[Any, Any]] | None] = [None]
_LAST_DOC: list[list[Any] | None] = [None]


def sentence_memo(s: Sentence) -> dict[Any, Any]:
    """The memo of sentence ``s`` (an empty dict when ``s`` is not the sentence asked about last).
    A key is a function of the stages with its arguments past the sentence."""
    last = _LAST[0]
    if last is not None and last[0] is s:
        return last[1]
    memo: dict[Any, Any] = {}
    _LAST[0] = (s, memo)
    return memo


def _doc_words(doc: Doc, fresh: bool = False) -> list[Any]:
    """[the Doc, its words as written, their norms, their entity types or None until asked],
    read once a document: a Token object is made on every ``doc[i]``, and the stages ask about
    the words around each hit. ``fresh``: read again even if it is the document read last."""
    last = _LAST_DOC[0]
    if last is not None and last[0] is doc and not fresh:
        return last
    strings = doc.vocab.strings
    texts = [strings[h] for h in doc.to_array(ORTH).tolist()]
    norms = [strings[h] for h in doc.to_array(NORM).tolist()]
    read = _LAST_DOC[0] = [doc, texts, norms, None]
    return read


def doc_texts(doc: Doc) -> list[str]:
    """The words of the document as written: ``doc[i].text`` for every ``i`` (negative ones too)."""
    return _doc_words(doc)[1]


def read_document(doc: Doc) -> tuple[list[str], list[str]]:
    """The norms and the words as written of a document the stages are about to read, read anew
    (the same Doc may have been changed since it was read last), for ``doc_texts`` and ``named``."""
    _, texts, norms, _ = _doc_words(doc, fresh=True)
    return norms, texts


def token_text(s: Sentence, i: int) -> str:
    """Token ``i`` of the sentence's document as written (``s.doc[i].text``)."""
    return _doc_words(s.doc)[1][i]


def named(s: Sentence, i: int) -> bool:
    """Whether token ``i`` (a Doc index) is part of a named entity (``doc[i].ent_type_``)."""
    read = _doc_words(s.doc)
    if read[3] is None:
        read[3] = s.doc.to_array(ENT_TYPE).tolist()
    return read[3][i] != 0
