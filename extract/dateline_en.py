"""Datelines and credits at the start of an English news paragraph.

Wire stories open with a credit and a dateline: "BAGHDAD (Reuters) - ", "NAJAF, Iraq (Reuters) -
", "KIRKUK, Iraq, May 3 (AFP) - ", "AP - ", "Canadian Press - OTTAWA (CP) - ", "GAZA CITY: ". They
say where the story was filed and who carried it; they never act in it. ``dateline`` finds them
(at most a credit and a dateline, each ending in a dash, an em dash or a colon); the component
``geokg_en_dateline``, before the parser, starts a sentence where the story starts, so that
"BAGHDAD" is never parsed as the subject of the first clause; the English linker links nothing
inside them and reads the dateline's place for the document's context (``EnglishLinker.place``).

A dateline without a delimiter ("GENEVA Syria's envoy told ...") is left alone: capitals
run into the story there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc

__all__ = ["COMPONENT_NAME", "PARSER", "Dateline", "dateline", "may_open"]

_WORD = r"(?:[A-Z][A-Za-z.&'’\-]*|'S)"
_PART = re.compile(
    rf"\s*(?P<head>{_WORD}(?:[ \t]+{_WORD}){{0,3}})"
    r"(?:[ \t]*,[ \t]*(?P<region>[A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z.]*){0,2}))?"
    r"(?:[ \t]*,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?"
    r"(?:[ \t]*\((?P<agency>[^()\n]{1,60})\))?"
    r"[ \t]*(?P<delim>--?|[—–]|:|#8212;)[ \t]+(?=\S)"
)

_DELIMITER_IDS = frozenset(hash_string(d) for d in ("-", "--", "—", "–", ":", ";"))
_DELIMITER = re.compile(r"[ \t](?:--?|[—–])[ \t]|:[ \t]|#8212;")


@dataclass(frozen=True)
class Dateline:
    """A paragraph's credit and dateline: the story starts at ``end`` (a character offset into
    the paragraph); ``places`` are the dateline's place names as written, city first ("NAJAF",
    "Iraq")."""

    end: int
    places: tuple[str, ...] = ()


def dateline(text: str) -> Dateline | None:
    """The credit and dateline opening ``text``, or None.

    >>> dateline("NAJAF, Iraq (Reuters) - A gunship attacked militia positions.")
    Dateline(end=24, places=('NAJAF', 'Iraq'))
    >>> dateline("AP - KABUL - A bomb exploded.")
    Dateline(end=13, places=('AP', 'KABUL'))
    >>> dateline("Los Angeles Times - BAGHDAD: Militants said ...")
    Dateline(end=29, places=('BAGHDAD',))
    >>> dateline("Iran said on Monday it would talk.") is None
    True
    """
    if not text[:1].isupper() or _DELIMITER.search(text, 0, 160) is None:
        return None  # (most sentences: no delimiter near their start)
    pos = 0
    places: list[str] = []
    for part in range(2):
        m = _PART.match(text, pos)
        if m is None:
            break
        head = m.group("head")
        capitals = head.upper() == head
        if not capitals and (part > 0 or m.group("delim") not in ("-", "--", "—", "–") or m.group("region")):
            break  # a credit is a name in mixed case before a dash, first ("Los Angeles Times - ")
        if capitals:
            places.extend(p for p in (head, m.group("region")) if p)
        pos = m.end()
    return Dateline(pos, tuple(places)) if pos else None


PARSER = "parser"  # the name of the parser in spaCy's trained pipelines: the component goes before it
COMPONENT_NAME = "geokg_en_dateline"


@Language.factory(COMPONENT_NAME, assigns=["token.is_sent_start"])
def make_dateline(nlp: Language, name: str) -> DatelineSplitter:
    """Before the parser: a sentence starts where a paragraph's story starts, after its credit
    and dateline."""
    return DatelineSplitter()


def may_open(doc: Doc, start: int = 0, orths: list[int] | None = None) -> bool:
    """A cheap test before ``dateline``: a capitalised first token and a delimiter among the
    next ones (no Token objects made: most paragraphs open with none). ``orths``: the Doc's
    ``ORTH`` ids where the caller has them already."""
    if start >= len(doc):
        return False
    window = doc.to_array(ORTH)[start : start + 40].tolist() if orths is None else orths[start : start + 40]
    if not doc.vocab.strings[window[0]][:1].isupper():
        return False
    return not _DELIMITER_IDS.isdisjoint(window[1:])


class DatelineSplitter:
    """spaCy component (no state): marks the first token after a dateline as a sentence start."""

    def __call__(self, doc: Doc) -> Doc:
        if not may_open(doc):
            return doc
        found = dateline(doc[:48].text)
        if found is None:
            return doc
        first = next((tok.i for tok in doc if tok.idx >= found.end), 0)
        if first > 0:
            doc[first].is_sent_start = True
            # nor a sentence of one or two words right after it ("FALLUJAH - US | artillery ...")
            for tok in doc[first + 1 : first + 3]:
                tok.is_sent_start = False
        return doc
