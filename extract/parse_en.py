"""The parse of an English Doc read as arrays, once per Doc, for the rules' hottest walks.

spaCy makes a new ``Token`` on every ``.head``, ``.children`` and index, and looks a string up
on every ``.dep_``, ``.pos_`` and ``.lemma_``; the rules walk the parse that way hundreds of times
a sentence. ``parse_of(doc)`` reads the heads, dependencies, parts of speech, tags, lemmas and
lower-cased words with one ``Doc.to_array`` and turns each string id into its string once per
process (``_STRINGS``), so a rule that only looks (which word heads which, by what dependency)
makes no ``Token`` at all. The arrays sit in ``doc.user_data`` (cleared with the Doc's other
annotations once its results are read) and hold no reference to the Doc.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, HEAD, IDX, LEMMA, LENGTH, LOWER, ORTH, POS, TAG
from spacy.strings import StringStore
from spacy.tokens import Doc, Token

__all__ = ["ParseArrays", "dependents", "parse_of", "phrase_objects"]

_KEY = "geokg_parse_arrays"
_ATTRS = [HEAD, DEP, POS, TAG, LEMMA, LOWER, IDX, LENGTH, ORTH]
# String id -> string (and the lemmas' lower-cased): ids are hashes of the strings, the same in
# every vocabulary; bounded so an endless stream of new words cannot grow it without end.
_STRINGS: dict[int, str] = {}
_LOWERED: dict[int, str] = {}
_MAX_STRINGS = 200_000


@dataclass(frozen=True)
class ParseArrays:
    """Per token ``i`` of a Doc: ``heads[i]`` (the head's index; its own for a root), ``deps``,
    ``pos`` and ``lemmas`` (lower-cased) and ``lower`` as strings, ``tags`` as string ids (the
    plural test compares ids), ``idx`` and ``end_char`` its character offsets; ``kids[i]`` the
    indices of its dependents, in order (``Token.children``); ``orths`` the words' string ids."""

    heads: list[int]
    deps: list[str]
    pos: list[str]
    tags: list[int]
    lemmas: list[str]
    lower: list[str]
    idx: list[int]
    end_char: list[int]
    kids: list[list[int]]
    orths: list[int]


def parse_of(doc: Doc) -> ParseArrays:
    """The Doc's parse as arrays, read on the first call and kept with the Doc; read again when
    the Doc's words changed since (``doc.retokenize()`` merging or splitting, a Doc rebuilt with
    the user_data of another), whose indices the kept arrays no longer match."""
    data = doc.user_data
    found = data.get(_KEY)
    if found is None or len(found.heads) != len(doc):
        found = data[_KEY] = _read(doc)
    return found


def _read(doc: Doc) -> ParseArrays:
    n = len(doc)
    if n == 0:
        return ParseArrays([], [], [], [], [], [], [], [], [], [])
    arr = doc.to_array(_ATTRS)
    heads = (arr[:, 0].astype(numpy.int64) + numpy.arange(n)).tolist()
    end_char = (arr[:, 6] + arr[:, 7]).tolist()
    # (the other columns as lists in one conversion)
    deps, pos, tags, lemma_ids, lower, idx, _, orths = arr[:, 1:].T.tolist()
    strings = doc.vocab.strings
    if len(_STRINGS) > _MAX_STRINGS:
        _STRINGS.clear()
        _LOWERED.clear()
    kids: list[list[int]] = [[] for _ in range(n)]
    for i, h in enumerate(heads):
        if h != i:
            kids[h].append(i)
    return ParseArrays(
        heads,
        _strings(deps, strings),
        _strings(pos, strings),
        tags,
        _strings(lemma_ids, strings, _LOWERED),
        _strings(lower, strings),
        idx,
        end_char,
        kids,
        orths,
    )


def _strings(ids: list[int], strings: StringStore, known: dict[int, str] = _STRINGS) -> list[str]:
    """The strings of ``ids`` (with ``_LOWERED``, lower-cased), each looked up in the
    ``StringStore`` once per process: most Docs' words are all known, and a ``map`` over the
    dict costs a quarter of a test per id."""
    try:
        return list(map(known.__getitem__, ids))
    except KeyError:
        lowered = known is _LOWERED
        for x in ids:
            if x not in known:
                known[x] = strings[x].lower() if lowered else strings[x]
        return list(map(known.__getitem__, ids))


def dependents(tok: Token, deps: Container[str], words: Container[str] | None = None) -> list[Token]:
    """The word's dependents by one of ``deps`` (a tuple or set, never one string), and, with
    ``words``, whose lower-cased text is one of them, in order: ``[c for c in tok.children if
    c.dep_ in deps and c.lower_ in words]``, with a ``Token`` made only for those."""
    doc = tok.doc
    p = parse_of(doc)
    dep, low = p.deps, p.lower
    return [doc[c] for c in p.kids[tok.i] if dep[c] in deps and (words is None or low[c] in words)]


def phrase_objects(words: Iterable[Token], preposition: str) -> list[Token]:
    """The objects of the words' phrases of ``preposition`` ("sent doctors to Gaza", "came
    under fire from X"), in order."""
    # (the parser labels the "to" of a recipient "dative" as often as "prep")
    deps = ("prep", "dative") if preposition == "to" else ("prep",)
    return [
        p
        for w in words
        for c in w.children
        if c.dep_ in deps and c.lower_ == preposition
        for p in c.children
        if p.dep_ == "pobj"
    ]
