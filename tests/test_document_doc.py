"""One Doc per document, and bounded work however long a paragraph runs: pieces, chunks at
sentence-like boundaries, sentence windows. Sentences written for these tests."""

from __future__ import annotations

from geokg.extract.document_doc import MAX_CHUNK_CHARS, MAX_SENTENCE_TOKENS, content_sentences, pieces
from geokg.extract.model import Document
from geokg.extract.pipeline import Extractor, make_arabic_nlp


def test_pieces_cover_the_document_exactly():
    text = "menu | a | b\nFirst paragraph here.\nbyline\nSecond one.\nfooter"
    first, second = text.index("First"), text.index("Second")
    regions = ((first, first + len("First paragraph here.")), (second, second + len("Second one.")))
    document = Document(id="d", text=text, start=5, end=len(text) - 3, regions=regions)
    parts = pieces(document)
    assert parts[0].start == 5 and parts[-1].end == len(text) - 3
    assert all(a.end == b.start for a, b in zip(parts, parts[1:]))  # contiguous, no gap, no overlap
    assert [(p.start, p.end) for p in parts if p.content] == list(regions)


def test_a_long_paragraph_is_cut_at_sentence_ends_then_lines_then_spaces():
    sentence = "Egypt and Jordan signed an agreement. "
    text = sentence * 40  # about 1,500 characters
    parts = pieces(Document(id="d", text=text), max_chars=200)
    assert "".join(text[p.start : p.end] for p in parts) == text
    assert all(p.end - p.start <= 200 for p in parts)
    assert all(text[p.start : p.end].endswith(". ") for p in parts[:-1])  # after a sentence's end
    words = "word " * 100  # no sentence end, no line break: cut at a space
    parts = pieces(Document(id="w", text=words), max_chars=64)
    assert all(words[p.end - 1] == " " for p in parts[:-1])
    solid = "x" * 300  # no space at all: a hard cut
    assert [(p.start, p.end) for p in pieces(Document(id="s", text=solid), max_chars=100)] == [
        (0, 100),
        (100, 200),
        (200, 300),
    ]


def test_sentences_are_windows_of_bounded_length():
    nlp = make_arabic_nlp(relations=False)
    doc = nlp(" ".join(["كلمة"] * (MAX_SENTENCE_TOKENS * 2 + 50)))  # one "sentence", no punctuation
    windows = content_sentences(doc)
    assert [len(w) for w in windows] == [MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS, 50]


def test_a_paragraph_longer_than_a_chunk_keeps_exact_offsets():
    filler = "وقال المسؤول إن الحكومة تعمل على تحسين الخدمات في المدن والقرى "
    relation = "واتهمت طهران واشنطن بعرقلة المفاوضات."
    text = filler * (MAX_CHUNK_CHARS // len(filler) + 50) + relation  # one line, over a chunk long
    assert len(text) > MAX_CHUNK_CHARS
    result = next(Extractor().extract([Document(id="long", text=text, date="2024-06-18", lang="ar")]))
    assert not result.warnings
    found = [a for a in result.assertions if a.relation == "accuses"]
    assert found and all(text[a.evidence.start : a.evidence.end] == a.evidence.text for a in result.assertions)
    assert found[0].evidence.end == len(text)
    assert all(text[m.start : m.end] == m.text for m in result.mentions)


def test_a_documents_doc_is_what_spacys_from_docs_would_join():
    # join() reads words and spaces from the pieces' arrays instead of calling Doc.from_docs
    # (which makes a Token object per word): the Doc must stay the same, sentences included.
    from geokg.extract.document_doc import join
    from spacy.tokens import Doc

    nlp = make_arabic_nlp(relations=False)
    text = "القائمة | أخبار\nزار الوزير القاهرة أمس. ثم عاد إلى عمان.\nتوقيع المحرر\nوقعت الدولتان اتفاقا "
    first = text.index("زار")
    last = text.index("وقعت")
    regions = ((first, text.index("\nتوقيع")), (last, len(text)))
    document = Document(id="d", text=text, regions=regions)
    parts = pieces(document)
    analysed = {k: nlp(text[p.start : p.end]) for k, p in enumerate(parts) if p.content}
    joined = join(nlp, document, parts, analysed)
    docs = [analysed[k] if p.content else nlp.make_doc(text[p.start : p.end]) for k, p in enumerate(parts)]
    expected = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])
    assert len(docs) > 2 and joined.text == text
    assert joined.to_bytes(exclude=["user_data"]) == expected.to_bytes(exclude=["user_data"])
    assert [s.text for s in joined.sents] == [s.text for s in expected.sents]
