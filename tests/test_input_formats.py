"""Real-world inputs (CONTRACT §1): saved HTML pages, RSS/Atom feeds, gzip, folders, globs and
standard input, read into documents and through the CLI.

The pages and feeds in tests/fixtures/pages/ were written for these tests: page furniture
(menus, bylines, keyword lines, "read also" and related lists) around articles of our own.
"""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from geokg.extract.documents import InputProblem, read_inputs
from geokg.graph.cli import main

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _read(*paths: str | Path) -> tuple[list, list[InputProblem]]:
    docs, problems = [], []
    for item in read_inputs([str(p) for p in paths]):
        (problems if isinstance(item, InputProblem) else docs).append(item)
    return docs, problems


def _regions(doc) -> list[str]:
    return [doc.text[s:e] for s, e in doc.content_regions()]


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--no-progress"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


# --------------------------------------------------------------------------------------------
# HTML


def test_html_page_gives_main_text_and_metadata():
    (doc,), problems = _read(PAGES / "en_article.html")
    assert problems == []
    assert doc.id == "en_article"
    assert doc.title == "Kenya and Ethiopia agree to expand rail link"
    assert doc.date == "2024-05-14"
    assert doc.source == "The Example Herald"
    assert doc.url == "https://herald.example.com/world/2024/05/14/rail-link"
    assert doc.lang == "en"
    paragraphs = _regions(doc)
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("The governments of Kenya and Ethiopia agreed on Monday")
    body = "\n".join(paragraphs)
    # Menus, the headline, the byline, the "read more" line, tags, related and most-read lists:
    for furniture in ("Subscribe", "By Daniel Okoro", "Read more", "Tags:", "Port traffic", "Markets close", "©"):
        assert furniture not in body, furniture
    # Offsets index the document's text exactly.
    for start, end in doc.content_regions():
        assert doc.text[start:end].strip() == doc.text[start:end]


def test_html_page_with_read_also_gives_two_documents_with_their_sources():
    docs, problems = _read(PAGES / "ar_two_articles.html")
    assert problems == []
    assert [d.id for d in docs] == ["ar_two_articles#1", "ar_two_articles#2"]
    first, second = docs
    assert first.source == "وكالة الأنباء التجريبية"
    assert second.source == "صحيفة المساء التجريبية"
    assert first.title == "الجزائر وتونس توقعان اتفاقية للتعاون في مجال الطاقة"
    assert second.title == "المغرب وموريتانيا تبحثان تعزيز التبادل التجاري"
    assert first.date == "2024-04-09" and first.lang == "ar"
    assert first.url == "https://news.example.org/ar/2024/04/09/energy"
    assert len(_regions(first)) == 3 and len(_regions(second)) == 2
    text = "\n".join(_regions(first) + _regions(second))
    for furniture in ("بقلم", "الكلمات المفتاحية", "اقرأ أيضا", "مواضيع ذات صلة", "ليبيا تستضيف", "الرئيسية", "الحقوق"):
        assert furniture not in text, furniture


def test_html_declared_legacy_charset_is_honoured(tmp_path):
    # Arabic sites still serve windows-1256; the page says so in its <meta charset>.
    html = (
        (PAGES / "ar_two_articles.html")
        .read_text(encoding="utf-8")
        .replace('charset="utf-8"', 'charset="windows-1256"')
    )
    page = tmp_path / "legacy.htm"
    page.write_bytes(html.encode("windows-1256"))
    docs, problems = _read(page)
    assert problems == []
    assert docs[0].source == "وكالة الأنباء التجريبية"


def test_html_extraction_through_the_cli_keeps_offsets(capsys, tmp_path):
    code, out, err = _run(capsys, "extract", str(PAGES / "ar_two_articles.html"), "--format", "mentions")
    assert code == 0, err
    mentions = _jsonl(out)
    assert {m["doc"] for m in mentions} == {"ar_two_articles#1", "ar_two_articles#2"}
    docs, _ = _read(PAGES / "ar_two_articles.html")
    text = docs[0].text
    for m in mentions:
        assert text[m["start"] : m["end"]] == m["text"]
    countries = {m["country"] for m in mentions}
    assert {"DZA", "TUN", "MAR", "MRT"} <= countries
    # The related-articles list names Libya; it is furniture and yields no mention.
    assert "LBY" not in countries


# --------------------------------------------------------------------------------------------
# Feeds


def test_rss_feed_gives_one_document_per_item():
    docs, problems = _read(PAGES / "ar_feed.rss")
    # A guid that is no URI is namespaced by the feed's host (CONTRACT §1).
    assert [d.id for d in docs] == ["wire.example.org:wire-1001", "wire.example.org:wire-1002"]
    first = docs[0]
    assert first.date == "2024-05-12"
    assert first.url == "https://wire.example.org/ar/1001"
    assert first.title == "الكويت والعراق يبحثان ترسيم الحدود البحرية"
    assert first.source == "نشرة الأخبار التجريبية"
    assert first.lang == "ar"
    assert _regions(first) == [
        "بحث وزير الخارجية الكويتي مع نظيره العراقي في الكويت يوم الأحد ملف ترسيم الحدود البحرية بين البلدين."
    ]
    # The item without text is reported, naming the feed and the item.
    assert [str(p) for p in problems] == [f"{PAGES / 'ar_feed.rss'}: item 3 has no text"]


def test_atom_feed_entry_with_html_content():
    (doc,), problems = _read(PAGES / "en_feed.atom")
    assert problems == []
    assert doc.id == "tag:herald.example.com,2024:chile-peru"
    assert doc.date == "2024-05-15" and doc.lang == "en"
    assert doc.url == "https://herald.example.com/world/chile-peru"
    assert _regions(doc) == [
        "Chile and Peru signed an accord on Wednesday to manage fish stocks along their shared coast."
    ]


def test_feed_items_through_the_cli(capsys):
    code, out, err = _run(capsys, "extract", str(PAGES / "ar_feed.rss"), "--format", "mentions")
    assert code == 3  # the empty item was skipped
    assert err.strip().endswith("item 3 has no text")
    assert {m["doc"] for m in _jsonl(out)} == {"wire.example.org:wire-1001", "wire.example.org:wire-1002"}


# --------------------------------------------------------------------------------------------
# gzip, folders, globs, standard input

RECORDS = [
    {"id": "g1", "date": "2024-02-01", "text": "استقبل الرئيس المصري في القاهرة اليوم رئيس وزراء اليونان."},
    {"id": "g2", "date": "2024-02-01", "text": "وقعت السعودية والإمارات اتفاقية للتعاون الاقتصادي."},
]


def _jsonl_bytes(records: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def test_gzipped_inputs_read_like_the_plain_ones(tmp_path):
    (tmp_path / "news.jsonl.gz").write_bytes(gzip.compress(_jsonl_bytes(RECORDS)))
    shutil.copy(PAGES / "en_article.html", tmp_path / "page.html")
    with open(tmp_path / "page.html", "rb") as src, gzip.open(tmp_path / "page.html.gz", "wb") as dst:
        shutil.copyfileobj(src, dst)
    (tmp_path / "page.html").unlink()
    (tmp_path / "note.txt.gz").write_bytes(gzip.compress("وصل وزير خارجية الهند إلى طهران.".encode()))
    docs, problems = _read(tmp_path / "news.jsonl.gz", tmp_path / "page.html.gz", tmp_path / "note.txt.gz")
    assert problems == []
    assert [d.id for d in docs] == ["g1", "g2", "page", "note"]
    assert docs[2].source == "The Example Herald"


def test_folders_are_searched_recursively_and_globs_expand(tmp_path, monkeypatch):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.jsonl").write_bytes(_jsonl_bytes(RECORDS[:1]))
    (tmp_path / "a" / "b" / "two.jsonl.gz").write_bytes(gzip.compress(_jsonl_bytes(RECORDS[1:])))
    shutil.copy(PAGES / "en_feed.atom", tmp_path / "a" / "b" / "feed.atom")
    (tmp_path / "a" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # not an input type: ignored
    (tmp_path / "a" / ".hidden.txt").write_text("مخفي", encoding="utf-8")  # hidden: ignored
    docs, problems = _read(tmp_path / "a")
    assert problems == []
    assert sorted(d.id for d in docs) == sorted(["g1", "g2", "tag:herald.example.com,2024:chile-peru"])

    monkeypatch.chdir(tmp_path)
    docs, problems = _read("a/**/*.jsonl*")
    assert problems == [] and sorted(d.id for d in docs) == ["g1", "g2"]
    _, problems = _read("a/*.nothing")
    assert [p.reason for p in problems] == ["no such file or folder"]


def _cli(*args: str, stdin: bytes) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "geokg.graph.cli", *args], input=stdin, capture_output=True, timeout=300
    )


def test_gzipped_jsonl_on_standard_input():
    proc = _cli("extract", "-", "--format", "mentions", "--no-progress", stdin=gzip.compress(_jsonl_bytes(RECORDS)))
    assert proc.returncode == 0, proc.stderr.decode()
    assert {m["doc"] for m in _jsonl(proc.stdout.decode("utf-8"))} == {"g1", "g2"}


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_jsonl_with_a_bom_in_utf16_or_utf32(tmp_path, encoding):
    path = tmp_path / "wide.jsonl"
    text = _jsonl_bytes(RECORDS).decode("utf-8")
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    docs, problems = _read(path)
    assert problems == []
    assert [d.text for d in docs] == [r["text"] for r in RECORDS]


def test_jsonl_record_with_non_string_provenance_is_read(tmp_path):
    path = tmp_path / "odd.jsonl"
    record = dict(RECORDS[0], source=7, url=None, title=["not", "text"])
    path.write_bytes(_jsonl_bytes([record]))
    (doc,), problems = _read(path)
    assert problems == [] and doc.source is None and doc.title is None


def test_pages_of_the_same_name_in_two_folders_keep_apart(tmp_path, monkeypatch):
    for folder in ("a", "b"):
        (tmp_path / "site" / folder).mkdir(parents=True)
        shutil.copy(PAGES / "en_article.html", tmp_path / "site" / folder / "index.html")
    monkeypatch.chdir(tmp_path)
    docs, problems = _read("site")
    assert problems == []
    assert [d.id for d in docs] == ["index", "site/b/index"]


def test_documents_format_shows_the_text_that_offsets_index(capsys):
    page = str(PAGES / "ar_two_articles.html")
    code, out, err = _run(capsys, "extract", page, "--format", "documents")
    assert code == 0, err
    documents = _jsonl(out)
    assert [d["id"] for d in documents] == ["ar_two_articles#1", "ar_two_articles#2"]
    assert documents[1]["source"] == "صحيفة المساء التجريبية" and documents[1]["input_id"] == "ar_two_articles"
    text = documents[0]["text"]
    assert all(text[s:e].strip() for d in documents for s, e in d["regions"])
    code, out, _ = _run(capsys, "extract", page, "--format", "mentions")
    for m in _jsonl(out):
        assert text[m["start"] : m["end"]] == m["text"]


def test_a_parser_failure_names_its_cause(monkeypatch):
    """A page or feed no parser can take is reported with the parser's own reason, so that a
    missing dependency names itself (pip ignored lxml's html-clean extra once: the message said
    only "ImportError")."""
    import geokg.extract.html_input as html_input

    def missing(*_args, **_kwargs):
        raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean")

    monkeypatch.setattr(html_input, "html_main_text", missing)
    monkeypatch.setattr(html_input, "feed_items", missing)
    _, problems = _read(PAGES / "en_article.html", PAGES / "ar_feed.rss")
    assert [p.reason for p in problems] == [
        "cannot parse HTML (ImportError: lxml.html.clean module is now a separate project lxml_html_clean)",
        "cannot parse the feed (ImportError: lxml.html.clean module is now a separate project lxml_html_clean)",
    ]
