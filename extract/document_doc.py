"""One spaCy Doc per document: its paragraphs analysed one by one, then joined.

A document's text runs from ``Document.start`` to ``Document.end`` and holds article paragraphs
(its content regions) and, between them, furniture (menus, bylines) that yields nothing. spaCy's
own components (the tokenizer, and for English the tagger, parser and named entities) see one
paragraph at a time (``pieces``), so that a paragraph's analysis never depends on its neighbours;
a paragraph longer than ``MAX_CHUNK_CHARS`` is cut at sentence-like boundaries first, so no
single call grows with the document. ``join`` then makes one Doc of the paragraphs and the text
between them (``Doc.from_docs``: the Doc's text is the document's text, offsets stay exact), on
which geokg's components run once per document.

The Doc carries, as extensions: ``doc._.geokg_regions`` (the paragraphs, as character offsets into
the Doc), ``doc._.geokg_date`` (the document date), ``doc._.geokg_text`` (the Doc's text), and what geokg's components assign (see
``extensions``). ``content_sentences`` gives the sentences inside the paragraphs: never across a
paragraph boundary, never in furniture, and never longer than ``MAX_SENTENCE_TOKENS``, so that
the rules work in bounded windows however long a paragraph without punctuation runs.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

import numpy
from spacy.attrs import ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span

from .model import Document

__all__ = [
    "MAX_CHUNK_CHARS",
    "MAX_SENTENCE_TOKENS",
    "Piece",
    "content_sentences",
    "join",
    "pieces",
    "register_extensions",
    "sentence_of",
]

# spaCy refuses texts over 1,000,000 characters and its components' memory grows with a text:
# a paragraph is analysed in chunks of at most this many characters.
MAX_CHUNK_CHARS = 100_000
# The rules work sentence by sentence; a longer run of words without punctuation is cut into
# windows of this many tokens (news sentences stay well below it).
MAX_SENTENCE_TOKENS = 400

# Where a long paragraph may be cut, best first: after a sentence's end, at a line break, at a
# space.
_SENTENCE_END = re.compile(r"[.!?؟۔؛…]['\"”»)\]]*\s+")
_LINE_BREAK = re.compile(r"\n\s*")
_SPACE = re.compile(r"\s+")


def register_extensions() -> None:
    """The Doc extensions every geokg pipeline uses (idempotent)."""
    for name in ("geokg_regions", "geokg_date", "geokg_candidates", "geokg_text"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


@dataclass(frozen=True)
class Piece:
    """A stretch of a document's text: paragraph text to analyse, or furniture between paragraphs."""

    start: int  # offsets into Document.text
    end: int
    content: bool


def pieces(document: Document, max_chars: int = MAX_CHUNK_CHARS) -> list[Piece]:
    """The document's text from ``start`` to ``end`` as contiguous pieces: its paragraphs (long
    ones cut into chunks) and the furniture between them."""
    start, end = document.start, document.end if document.end is not None else len(document.text)
    out: list[Piece] = []
    at = start
    for r_start, r_end in document.content_regions():
        r_start, r_end = max(r_start, at), min(r_end, end)
        if r_start >= r_end:
            continue
        if r_start > at:
            out.append(Piece(at, r_start, False))
        out.extend(Piece(s, e, True) for s, e in _chunks(document.text, r_start, r_end, max_chars))
        at = r_end
    if at < end:
        out.append(Piece(at, end, False))
    return out


def _chunks(text: str, start: int, end: int, max_chars: int) -> Iterator[tuple[int, int]]:
    """[start, end) cut into stretches of at most ``max_chars``, each ending at the last sentence
    end, else line break, else space inside its window (a hard cut only in a word that long)."""
    while end - start > max_chars:
        window = text[start : start + max_chars]
        cut = 0
        for pattern in (_SENTENCE_END, _LINE_BREAK, _SPACE):
            ends = [m.end() for m in pattern.finditer(window) if m.end() < len(window)]
            if ends:
                cut = ends[-1]
                break
        cut = cut or max_chars
        yield start, start + cut
        start += cut
    yield start, end


def join(nlp: Language, document: Document, parts: list[Piece], analysed: dict[int, Doc]) -> Doc:
    """One Doc of a document's pieces: ``analysed[k]`` is the analysed Doc of content piece ``k``;
    furniture is only tokenised. The Doc's text is ``document.text[start:end]``."""
    docs: list[Doc] = []
    regions: list[tuple[int, int]] = []
    base = parts[0].start if parts else document.start
    for k, piece in enumerate(parts):
        if piece.content:
            docs.append(analysed[k])
            _extend(regions, piece.start - base, piece.end - base)
        else:
            docs.append(nlp.make_doc(document.text[piece.start : piece.end]))
    if len(docs) == 1:
        doc = docs[0]
    elif docs:
        doc = _concatenated(docs)
    else:
        doc = nlp.make_doc("")
    ext = doc._  # (each read of Doc._ makes a new accessor)
    ext.geokg_regions = tuple(regions)
    ext.geokg_date = document.date
    # the Doc's text, known here (the pieces are contiguous): ``Doc.text`` joins every token anew
    ext.geokg_text = document.text[base : parts[-1].end] if parts else ""
    return doc


def _concatenated(docs: list[Doc]) -> Doc:
    """``Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])`` for
    Docs with no span groups, reading each Doc's words and spaces from its arrays: from_docs
    makes a Token object per word (twice) and joins each Doc's text, a tenth of the extraction."""
    vocab = docs[0].vocab
    attrs = [*Doc._get_array_attrs(), SPACY]  # (what from_docs copies)
    arrays = [doc.to_array(attrs) for doc in docs]
    concat = numpy.concatenate(arrays)
    strings = vocab.strings
    words = [strings[h] for h in concat[:, attrs.index(ORTH)].tolist()]
    spaces = [bool(x) for x in concat[:, -1].tolist()]
    doc = Doc(vocab, words=words, spaces=spaces)
    doc.from_array(attrs, concat)
    return doc


def _extend(regions: list[tuple[int, int]], start: int, end: int) -> None:
    """Add a content stretch; the chunks of one paragraph make one region."""
    if regions and regions[-1][1] == start:
        regions[-1] = (regions[-1][0], end)
    else:
        regions.append((start, end))


def region_token_ranges(doc: Doc) -> list[tuple[int, int]]:
    """The paragraphs of ``doc`` as token ranges [start, end): the tokens that start inside one."""
    regions = doc._.geokg_regions
    # (the text's length from its last token: Doc.text joins every token's text anew)
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if not regions or (len(regions) == 1 and regions[0] == (0, length)):
        return [(0, len(doc))] if len(doc) else []  # one paragraph, the whole Doc
    idx = doc.to_array("IDX").tolist()
    out = []
    for start, end in regions:
        lo, hi = bisect.bisect_left(idx, start), bisect.bisect_left(idx, end)
        if lo < hi:
            out.append((lo, hi))
    return out


def content_sentences(doc: Doc, max_tokens: int = MAX_SENTENCE_TOKENS) -> list[Span]:
    """The sentences inside the Doc's paragraphs, in order: each cut at its paragraph's end (the
    furniture after a paragraph is no part of its last sentence) and into windows of at most
    ``max_tokens`` tokens."""
    out: list[Span] = []
    ranges = region_token_ranges(doc)
    k = 0
    for sent in doc.sents:
        while k < len(ranges) and ranges[k][1] <= sent.start:
            k += 1  # paragraphs that end before this sentence
        j = k
        while j < len(ranges) and ranges[j][0] < sent.end:
            s, e = max(sent.start, ranges[j][0]), min(sent.end, ranges[j][1])
            out.extend(doc[w : min(w + max_tokens, e)] for w in range(s, e, max_tokens))
            j += 1
    return out


def sentence_of(sentences: list[Span], i: int) -> Span | None:
    """The content sentence holding token ``i`` (``sentences`` as ``content_sentences`` gives them)."""
    k = bisect.bisect_right([s.start for s in sentences], i) - 1
    if k >= 0 and sentences[k].start <= i < sentences[k].end:
        return sentences[k]
    return None
