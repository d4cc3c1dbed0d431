"""Arabic normalisation for matching, with a map back to the original offsets.

Matching runs on a folded copy of the text (hamza seats, alef maqsura, ta marbuta, Persian
letters, digits, diacritics and invisible controls folded or removed); display and offsets stay on
the original. ``normalize_ar`` returns both the folded text and, for every position of it, the
offset in the original, so a match found on the folded text maps back exactly even when
characters were deleted (harakat, tatweel) or expanded (NFKC ligatures such as ﻻ → لا).

Speed matters because this runs on every document: the fold is a ``str.translate`` table built
once; the per-character bookkeeping only touches the characters whose mapping is not one-to-one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.attrs import NORM
from spacy.language import Language

__all__ = [
    "Normalized",
    "install_norm_getter",
    "norm_getter",
    "normalize_ar",
    "normalize_token",
]

# --- the folds (ARABIC.md) -----------------------------------------------------------------------

_LETTER_FOLDS = {
    "\u0623": "\u0627",  # أ → ا
    "\u0625": "\u0627",  # إ → ا
    "\u0622": "\u0627",  # آ → ا
    "\u0671": "\u0627",  # ٱ → ا
    "\u0672": "\u0627",  # ٲ → ا
    "\u0673": "\u0627",  # ٳ → ا
    "\u0649": "\u064a",  # ى → ي
    "\u06cc": "\u064a",  # Persian ی → ي
    "\u06d0": "\u064a",  # ې → ي
    "\u06a9": "\u0643",  # Persian ک → ك
    "\u06aa": "\u0643",  # ڪ → ك
    "\u0629": "\u0647",  # ة → ه
    "\u06c0": "\u0647",  # ۀ → ه
    "\u06c1": "\u0647",  # ہ → ه
    "\u06d5": "\u0647",  # ە → ه
}
_AGGRESSIVE_FOLDS = {
    "\u0624": "\u0648",  # ؤ → و
    "\u0626": "\u064a",  # ئ → ي
}


def _deleted_chars() -> list[str]:
    ranges = [
        (
            0x064B,
            0x065F,
        ),  # harakat, shadda, sukun, madda/hamza above/below, other marks
        (0x0670, 0x0670),  # superscript alef
        (0x0610, 0x061A),  # Quranic honorifics and small marks
        (0x06D6, 0x06DC),  # Quranic annotation signs
        (0x06DF, 0x06E4),
        (0x06E7, 0x06E8),
        (0x06EA, 0x06ED),
        (0x08D3, 0x08FF),  # extended Arabic marks
        (0x0640, 0x0640),  # tatweel
        (0x200B, 0x200F),  # zero-width space/joiners, LRM, RLM
        (0x061C, 0x061C),  # Arabic letter mark
        (0x202A, 0x202E),  # bidi embeddings and overrides
        (0x2066, 0x2069),  # bidi isolates
        (0xFEFF, 0xFEFF),  # BOM / zero-width no-break space
        (0x00AD, 0x00AD),  # soft hyphen
    ]
    return [chr(c) for a, b in ranges for c in range(a, b + 1)]


_DELETED = frozenset(_deleted_chars())


def _digit_folds() -> dict[str, str]:
    out = {}
    for i in range(10):
        out[chr(0x0660 + i)] = str(i)  # Arabic-Indic
        out[chr(0x06F0 + i)] = str(i)  # Persian / Urdu
    return out


_DIGITS = _digit_folds()


def _fold_char(ch: str, aggressive: bool) -> str:
    """The normalised form of one character (may be empty or longer than one)."""
    if ch in _DELETED:
        return ""
    if ch in _DIGITS:
        return _DIGITS[ch]
    if ch in _LETTER_FOLDS:
        return _LETTER_FOLDS[ch]
    if aggressive and ch in _AGGRESSIVE_FOLDS:
        return _AGGRESSIVE_FOLDS[ch]
    if ch == "\u0621" or ch.isascii():
        return ch
    nfkc = unicodedata.normalize("NFKC", ch)
    if nfkc != ch:
        # Presentation forms and ligatures: fold what NFKC produced (it may carry harakat).
        return "".join(_fold_char(c, aggressive) for c in nfkc)
    return ch


# Characters whose NFKC form differs are spread over the whole BMP; we only need a table entry
# for those that actually change. Scanning the BMP once (~65k chars) costs 50-70 ms, a twentieth
# of a one-document ``geokg build --update``: the tables are kept as a compiled artifact, keyed
# by this file and the Unicode version of the Python that made them.
@lru_cache(maxsize=2)
def _tables(aggressive: bool) -> tuple[dict[int, str], re.Pattern[str]]:
    from .artifacts import digest, load_or_compile  # imports geokg.ontology: only when first needed

    key = digest(f"fold-tables-1-{aggressive}-unicode-{unicodedata.unidata_version}", [Path(__file__)])
    table, irregular = load_or_compile("fold-tables", key, lambda: _scan_bmp(aggressive), tuple)
    char_class = "".join(re.escape(c) for c in irregular)
    return table, re.compile(f"[{char_class}]")


def _scan_bmp(aggressive: bool) -> tuple[dict[int, str], list[str]]:
    table: dict[int, str] = {}
    irregular: list[str] = []
    for cp in range(0x80, 0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        folded = _fold_char(ch, aggressive)
        if folded != ch:
            table[cp] = folded
            if len(folded) != 1:
                irregular.append(ch)
    return table, irregular


@dataclass(frozen=True)
class Normalized:
    """A normalised text and, for each of its positions, the offset in the original text.

    ``to_orig`` has ``len(text) + 1`` entries; the last maps the end of the normalised text to the
    end of the original.
    """

    text: str
    to_orig: list[int]

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalised span ``[start, end)``.

        The end maps through the last character inside the span, so characters deleted right after
        it (a trailing shadda or tatweel) are not pulled in, deleted characters inside a name stay
        inside, and a span ending inside an expansion (ﻻ → لا) covers the whole original character.
        """
        if end <= start:
            o = self.to_orig[start]
            return o, o
        return self.to_orig[start], self.to_orig[end - 1] + 1


def normalize_ar(text: str, aggressive: bool = False) -> Normalized:
    """Fold Arabic spelling variants for matching and keep the map back to ``text``.

    ``aggressive`` also folds hamza on waw and yeh (ؤ → و, ئ → ي).
    """
    table, irregular = _tables(aggressive)
    out = text.translate(table)
    if len(out) == len(text) and not irregular.search(text):
        return Normalized(out, list(range(len(text) + 1)))
    # Rebuild piecewise: runs of one-to-one characters map by ranges, the rest one by one.
    pieces: list[str] = []
    to_orig: list[int] = []
    pos = 0
    for m in irregular.finditer(text):
        i = m.start()
        if i > pos:
            pieces.append(text[pos:i].translate(table))
            to_orig.extend(range(pos, i))
        folded = table[ord(text[i])]
        if folded:
            pieces.append(folded)
            to_orig.extend([i] * len(folded))
        pos = i + 1
    if pos < len(text):
        pieces.append(text[pos:].translate(table))
        to_orig.extend(range(pos, len(text)))
    to_orig.append(len(text))
    return Normalized("".join(pieces), to_orig)


_ASCII_UPPER = re.compile("[A-Z]")


def fold_text(s: str, aggressive: bool = False) -> str:
    """``normalize_token`` without its cache, for text of any length (a whole document)."""
    table, _ = _tables(aggressive)
    folded = s.translate(table)
    # Lower-cased when ASCII or holding a Latin capital (searched by a regex: whole documents pass here).
    if folded.isascii() or _ASCII_UPPER.search(folded):
        folded = folded.lower()
    return " ".join(folded.split())


@lru_cache(maxsize=200_000)
def normalize_token(s: str, aggressive: bool = False) -> str:
    """The normalised form of a short string (a word, a gazetteer key, a trigger).

    Also folds case for Latin script and collapses runs of whitespace, so multi-word keys compare
    equal whatever the spacing.
    """
    return fold_text(s, aggressive)


def norm_getter(text: str) -> str:
    """spaCy lexeme NORM getter: the normalised form (never empty, so spaCy keeps a norm)."""
    return normalize_token(text) or text


def install_norm_getter(nlp: Language) -> None:
    """Make ``token.norm_`` the normalised form in ``nlp``'s pipeline.

    Lexemes already in the vocab (tokenizer exceptions) are updated too, since spaCy computes a
    lexeme's attributes once, when it first sees the string.
    """
    nlp.vocab.lex_attr_getters[NORM] = norm_getter
    for lex in nlp.vocab:
        lex.norm_ = norm_getter(lex.orth_)
