"""Reading inputs and splitting news pages into articles (extract/documents.py, CONTRACT §1, §2).

The pages below were written for this test: two articles, each closed by a source line, with a
keyword line, a "read also" separator and headline, and a related-articles list around them.
"""

from __future__ import annotations

import codecs
import json

import pytest
from geokg.extract.documents import InputProblem, decode_bytes, read_inputs, segment

ARTICLE_1 = [
    "موسكو: أعلنت وزارة الخارجية الروسية اليوم أن الوزير سيزور بكين الأسبوع المقبل لبحث التعاون الاقتصادي.",
    "وأضافت الوزارة في بيان أن الجانبين سيوقعان عدة اتفاقيات في مجال الطاقة.",
]
ARTICLE_2 = ["بحث وزيرا خارجية اليابان وكوريا الجنوبية في طوكيو أمس سبل تعزيز أمن الملاحة في المنطقة."]
HEADLINE_2 = "اليابان وكوريا الجنوبية تبحثان أمن الملاحة"
FURNITURE = [
    "المصدر: وكالة الأنباء التجريبية",
    "كلمات دلالية: روسيا، الصين، الطاقة",
    "اقرأ أيضا:",
    HEADLINE_2,
    "المصدر: صحيفة الخليج التجريبية",
    "مقالات ذات صلة",
    "• قمة خليجية مرتقبة في الرياض الشهر المقبل",
    "• البرلمان الأوروبي يناقش ملف الهجرة",
]

PAGE = (
    "\n\n".join(ARTICLE_1)
    + "\n\n"
    + "المصدر: وكالة الأنباء التجريبية\n\n"
    + "كلمات دلالية: روسيا، الصين، الطاقة\n\n"
    + "اقرأ أيضا:\n\n"
    + HEADLINE_2
    + "\n\n"
    + "\n\n".join(ARTICLE_2)
    + "\n\n"
    + "المصدر: صحيفة الخليج التجريبية\n\n"
    + "مقالات ذات صلة\n\n"
    + "• قمة خليجية مرتقبة في الرياض الشهر المقبل\n"
    + "• البرلمان الأوروبي يناقش ملف الهجرة\n"
)


def _spans(text: str, pieces: list[str]) -> list[tuple[int, int]]:
    out = []
    for piece in pieces:
        start = text.index(piece)
        out.append((start, start + len(piece)))
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def test_page_with_two_articles_gives_two_documents():
    docs = segment(PAGE, "page-7", date="2024-05-02", lang="ar", source="page source")
    assert [d.id for d in docs] == ["page-7#1", "page-7#2"]
    first, second = docs
    assert first.source == "وكالة الأنباء التجريبية"
    assert second.source == "صحيفة الخليج التجريبية"
    assert second.title == HEADLINE_2
    assert all(d.input_id == "page-7" for d in docs)
    assert all(d.date == "2024-05-02" and d.lang == "ar" for d in docs)
    # Each document keeps exactly its paragraphs, as regions of the input text.
    assert [PAGE[s:e] for s, e in first.content_regions()] == ARTICLE_1
    assert [PAGE[s:e] for s, e in second.content_regions()] == ARTICLE_2
    assert first.start == PAGE.index(ARTICLE_1[0])
    assert second.end == PAGE.index(ARTICLE_2[-1]) + len(ARTICLE_2[-1])


def test_no_region_overlaps_page_furniture():
    docs = segment(PAGE, "page-7")
    furniture = _spans(PAGE, FURNITURE)
    for doc in docs:
        for region in doc.content_regions():
            assert not any(_overlaps(region, f) for f in furniture), PAGE[region[0] : region[1]]
    covered = "".join(PAGE[s:e] for d in docs for s, e in d.content_regions())
    assert "كلمات دلالية" not in covered and "مقالات ذات صلة" not in covered and "•" not in covered


def test_offsets_stay_relative_to_the_input():
    # Text before the first article shifts every offset; the documents still index the input.
    page = "\n\n\n" + PAGE
    docs = segment(page, "page-8")
    for doc in docs:
        assert doc.text is page
        for start, end in doc.content_regions():
            assert page[start:end].strip() == page[start:end]
            assert page[start:end] in ARTICLE_1 + ARTICLE_2
    assert docs[1].content_regions()[0][0] == page.index(ARTICLE_2[0])


def test_keyword_line_before_the_source_line_is_furniture():
    text = ARTICLE_2[0] + "\nالوسوم: اليابان، كوريا الجنوبية\nالمصدر: وكالة تجريبية\n"
    (doc,) = segment(text, "tags")
    assert doc.content_regions() == ((0, len(ARTICLE_2[0])),)
    assert doc.source == "وكالة تجريبية"


def test_single_article_keeps_the_input_id_and_provenance():
    text = "\n\n".join(ARTICLE_1) + "\n\nالمصدر: وكالة الأنباء التجريبية\n"
    (doc,) = segment(text, "one", title="عنوان من المدخل", url="https://example.org/a")
    assert doc.id == "one"
    assert doc.input_id is None
    assert doc.title == "عنوان من المدخل" and doc.url == "https://example.org/a"
    assert doc.source == "وكالة الأنباء التجريبية"
    assert [text[s:e] for s, e in doc.content_regions()] == ARTICLE_1


def test_furniture_only_gives_no_document():
    assert segment("كلمات دلالية: روسيا\n\nالمصدر: وكالة تجريبية\n", "x") == []


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_bom_encodings_decode(encoding):
    boms = {"utf-16-be": codecs.BOM_UTF16_BE}
    data = boms.get(encoding, b"") + PAGE.encode(encoding)
    assert decode_bytes(data, "page.txt") == PAGE


def test_utf16_file_reads_into_documents(tmp_path):
    path = tmp_path / "page16.txt"
    path.write_bytes(PAGE.encode("utf-16"))  # Python writes the BOM for "utf-16"
    docs = list(read_inputs([str(path)], date="2024-05-02"))
    assert [d.id for d in docs] == ["page16#1", "page16#2"]
    assert all(d.text == PAGE for d in docs)
    assert docs[0].origin == str(path)


def test_invalid_utf8_reports_line_and_byte_offset():
    good = "سطر أول\nسطر ".encode()
    problem = decode_bytes(good + b"\xff\n", "bad.txt")
    assert isinstance(problem, InputProblem)
    assert str(problem) == f"bad.txt:2: invalid UTF-8 at byte {len(good)}"


def test_jsonl_page_is_split_and_ids_follow_the_record(tmp_path):
    path = tmp_path / "pages.jsonl"
    records = [
        {"id": "p1", "text": PAGE, "date": "2024-05-02", "source": "feed"},
        {"id": "p2", "text": ARTICLE_2[0], "lang": "ar", "title": "عنوان"},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    docs = list(read_inputs([str(path)]))
    assert [d.id for d in docs] == ["p1#1", "p1#2", "p2"]
    assert docs[2].title == "عنوان" and docs[2].lang == "ar"
    assert docs[0].origin == f"{path}:1" and docs[2].origin == f"{path}:2"


def test_extracted_offsets_index_the_input_text():
    """Through the extractor: evidence and mention offsets of the second article point into the
    whole page, not into the article."""
    pytest.importorskip("spacy")
    from geokg.extract.pipeline import Extractor

    page = "\n\n".join(
        [
            "شنت إسرائيل غارات جوية على مواقع في سوريا فجر اليوم.",
            "المصدر: وكالة تجريبية",
            "اقرأ أيضا:",
            "اتفاق للطاقة بين القاهرة وعمان",
            "وقعت مصر والأردن اليوم اتفاقية للتعاون في مجال الطاقة.",
        ]
    )
    docs = segment(page, "page-9", date="2024-03-05", lang="ar")
    assert [d.id for d in docs] == ["page-9#1", "page-9#2"]
    results = list(Extractor().extract(docs))
    second = results[1]
    assert second.document.id == "page-9#2"
    assert second.assertions and second.mentions
    article_start = page.index("وقعت مصر")
    for a in second.assertions:
        assert a.evidence.start >= article_start
        assert page[a.evidence.start : a.evidence.end] == a.evidence.text
    for m in second.mentions:
        assert m.start >= article_start and page[m.start : m.end] == m.text
    # The headline names the two capitals but is furniture: no mention of it.
    headline_end = page.index("اتفاق للطاقة") + len("اتفاق للطاقة بين القاهرة وعمان")
    assert all(m.start >= headline_end for r in results for m in r.mentions if m.doc == "page-9#2")


def test_a_dateline_dates_its_article_and_yields_no_text():
    page = (
        "الرئيسية / أخبار عربية\n"
        "الأربعاء 12 مارس 2025 - 09:15 ص\n"
        "وصل وزير الخارجية الصيني إلى القاهرة اليوم في زيارة رسمية تستمر يومين.\n"
    )
    (doc,) = segment(page, "dated")
    assert doc.date == "2025-03-12"
    kept = [page[a:b] for a, b in doc.regions]
    assert not any("09:15" in r for r in kept)


def test_a_short_sentence_with_a_date_is_not_a_dateline():
    page = "زار أمير قطر باريس في 3 مايو 2024 والتقى الرئيس الفرنسي.\n"
    (doc,) = segment(page, "not-a-dateline")
    assert doc.date is None
    assert [page[a:b] for a, b in doc.regions] == [page.strip()]


def test_the_given_date_wins_over_the_page_dateline():
    page = "الأربعاء 12 مارس 2025\nاستقبل العاهل الأردني في عمان وزير الخارجية الفرنسي.\n"
    (doc,) = segment(page, "given", date="2025-03-13")
    assert doc.date == "2025-03-13"
