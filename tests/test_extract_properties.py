"""Property test: whitespace, controls and mixed scripts through both languages' full pipelines.

Extraction reports a document that fails as a warning and goes on (``Extractor``), so this test
also checks that no document fails at all: a warning here is a crash that isolation hid. Every
fragment is written for this test.
"""

from __future__ import annotations

from functools import lru_cache

import pytest
from geokg.extract.model import Document
from geokg.extract.pipeline import Extractor, ModelNotInstalled, make_english_nlp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FRAGMENTS = [
    "Russia",
    "attacked",
    "Ukraine",
    "the Russian president",
    "Canada imposed sanctions on Iran",
    "said",
    "Egypt's foreign minister",
    "روسيا",
    "هاجمت",
    "أوكرانيا",
    "والأردن",
    "اتهمت طهران واشنطن",
    "الرئيس الروسي",
    "وقال",
    "إن",
    ".",
    "،",
    "?",
    "«",
    "»",
    "(",
    ")",
    "2024",
]
SPACE = st.sampled_from([" ", "  ", "   ", "\t", "\n", "\n\n", "\r\n", "\u00a0", "\u2028", "\u3000", " \t "])
CONTROL = st.sampled_from(["\x00", "\x0b", "\x0c", "\x1f", "\x7f", "\u200b", "\u200f", "\u202e", "\ufeff", "\u0651"])
PIECE = st.one_of(
    st.sampled_from(FRAGMENTS),
    SPACE,
    CONTROL,
    st.text(st.characters(exclude_categories=("Cs",)), max_size=8),
)
TEXT = st.lists(PIECE, min_size=1, max_size=40).map("".join)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@lru_cache(maxsize=1)
def _extractor() -> Extractor:
    try:
        return Extractor(english=make_english_nlp())
    except ModelNotInstalled as exc:  # pragma: no cover - the English model is a dependency
        pytest.skip(str(exc))


@SETTINGS
@given(TEXT, st.sampled_from(["ar", "en", None]), st.integers(0, 3))
def test_no_document_fails_and_offsets_slice_back(text, lang, furniture):
    # The whole text, and the same text as paragraphs with a line of furniture between.
    lines = [line for line in text.split("\n") if line]
    regions, pos = [], 0
    for k, line in enumerate(lines):
        if k % 4 != furniture:
            regions.append((pos, pos + len(line)))
        pos += len(line) + 1
    joined = "\n".join(lines)
    documents = [
        Document(id="whole", text=text, date="2024-06-18", lang=lang),
        Document(id="paragraphs", text=joined, date="2024-06-18", lang=lang, regions=tuple(regions)),
    ]
    results = list(_extractor().extract(documents))
    assert [r.document.id for r in results] == ["whole", "paragraphs"]
    for result, document in zip(results, documents):
        assert not result.warnings, result.warnings
        inside = document.content_regions()
        for a in result.assertions:
            assert document.text[a.evidence.start : a.evidence.end] == a.evidence.text
            assert any(s <= a.evidence.start and a.evidence.end <= e for s, e in inside)  # one paragraph
            assert a.subject.start is None or document.text[a.subject.start : a.subject.end] == a.subject.text
        for m in result.mentions:
            assert document.text[m.start : m.end] == m.text
            assert any(s <= m.start and m.end <= e for s, e in inside)  # never in furniture
