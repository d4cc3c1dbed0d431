"""Reading input into documents (CONTRACT §1) and splitting news pages into articles.

Text files, saved HTML pages (main text by trafilatura, see html_input.py) and RSS/Atom feeds are
read one file at a time; JSON Lines are streamed line by line, plain or gzipped, from files or
standard input, so an input of any size is read in bounded memory.

A saved news page often holds more than one article (a "read also" section with the next story)
and page furniture: keyword lines, related-article lists, source lines. Furniture yields no
assertions; a source line ("المصدر: ...", "Source: ...") closes an article and names its source.
Bad input never raises out of ``read_inputs``: it yields an ``InputProblem`` naming file and line,
and the run goes on.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import IO

from .model import Document

TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES
COMPRESSED_SUFFIXES = {".gz"}
# The most one input may hold once decompressed: a whole file read at once (text, HTML, feed) or
# one JSON Lines record. A small gzip can expand a thousandfold; above the cap the input is
# refused with a message instead of filling the memory. GEOKG_MAX_INPUT_MB overrides it.
MAX_INPUT_MB = 64  # a saved page with inline images reaches tens of MB; news text far less
# The file that marks a folder as a geokg output (graph/outfolder.py's MARKER; extract never
# imports graph): such a folder inside an input folder is not read as input.
OUTPUT_MARKER = ".geokg-output"
ReadProgress = Callable[[int], object]  # told how many more input bytes were read

# Page furniture, matched at the start of a line (Arabic or English news sites).
_SOURCE_LINE = re.compile(r"^\s*(?:المصدر|مصدر الخبر|Source)\s*[:：]\s*(?P<source>.+?)\s*$", re.I)
_KEYWORD_LINE = re.compile(
    r"^\s*(?:كلمات\s+دلالية|الكلمات\s+الدلالية|كلمات\s+مفتاحية|الكلمات\s+المفتاحية|الوسوم|وسوم|"
    r"Tags|Keywords|Topics|Filed\s+under)\s*[:：]",
    re.I,
)
# Bylines, credits and captions: "By Jane Roe", "بقلم: فلان", "(Reporting by ...; Editing by ...)".
_BYLINE = re.compile(
    r"^\s*\(?\s*(?:(?:Written\s+|Reporting\s+|Writing\s+|Editing\s+|Additional\s+reporting\s+)?by\s+\S"
    r"|بقلم\s*[:：]?\s*\S|(?:كتب|كتبت|كتبه|إعداد|اعداد|تحرير|ترجمة|تقرير|مراسل|مراسلة)\s*[:：]"
    r"|(?:الصورة|صورة|Photo|Image|Picture)\s*[:：]"
    r"|(?:Reporting|Editing|Writing)\s+by\b)",
    re.I,
)
_BYLINE_MAX_WORDS = 14
_READ_ALSO = re.compile(
    r"^\s*(?:[إا]قرأ\s+(?:أيضا|أيضاً|أيضًا|ايضا|ايضاً|كذلك)|شاهد\s+(?:أيضا|أيضاً|أيضًا)|Read\s+(?:also|more)|"
    r"Also\s+read|See\s+also)\s*[:：]?\s*$",
    re.I,
)
_READ_MORE_INLINE = re.compile(
    r"^\s*(?:[إا]قرأ\s+(?:المزيد|أيضا|أيضاً|أيضًا|ايضا|كذلك)|شاهد\s+(?:أيضا|أيضاً|أيضًا)|Read\s+(?:more|also)|"
    r"Also\s+read|See\s+also|Continue\s+reading|تابع\s+القراءة|للمزيد\s*[:：])(?!\w)",
    re.I,
)
# A blog engine's feed footer: "The post <title> appeared first on <site>."
_FEED_FOOTER = re.compile(r"^\s*The\s+post\s+.+\s+appeared\s+first\s+on\s+.+$", re.I)
_RELATED_HEADER = re.compile(
    r"^\s*(?:مقالات\s+مشابهة|مقالات\s+ذات\s+صلة|أخبار\s+ذات\s+صلة|موضوعات\s+ذات\s+صلة|مواضيع\s+ذات\s+صلة|"
    r"أخبار\s+متعلقة|أخبار\s+مقترحة|الأكثر\s+قراءة|الأكثر\s+مشاهدة|قد\s+يعجبك\s+أيضا|"
    r"Related(?:\s+(?:articles|stories|news|coverage|topics|content))?|More\s+(?:stories|news|on\s+this\s+story)|"
    r"Most\s+(?:read|popular|viewed)|Recommended(?:\s+stories)?|You\s+may\s+also\s+like)\s*[:：]?\s*$",
    re.I,
)
_BULLET = re.compile(r"^\s*[•·▪◦●\-\*–]\s*")
_WHITESPACE_ONLY = re.compile(r"^[\s\u00a0\u200b-\u200f\ufeff]*$")
# A headline: short, no sentence-final punctuation.
_HEADLINE_MAX_WORDS = 16


@dataclass(frozen=True)
class InputProblem:
    """Input that could not be read: reported as ``file:line: reason`` and skipped."""

    path: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class _Line:
    start: int
    end: int  # without the newline
    text: str


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e")
        out.append(_Line(pos, pos + len(body), body))
        pos += len(raw)
    return out


def _is_headline(line: str) -> bool:
    stripped = line.strip()
    if not stripped or stripped[-1] in '.!؟?:»"”':
        return False
    return len(stripped.split()) <= _HEADLINE_MAX_WORDS


_MENU_SEPARATOR = re.compile(r"\s+[|•·/»>]\s+|\s*\|\s*")


def _is_menu(line: str) -> bool:
    """A navigation line: three or more short items between separators ("World | Business | Opinion")."""
    parts = [p for p in _MENU_SEPARATOR.split(line.strip()) if p]
    return len(parts) >= 3 and all(len(p.split()) <= 3 for p in parts) and line.strip()[-1:] not in ".!؟?"


def _is_byline(line: str) -> bool:
    stripped = line.strip()
    return bool(_BYLINE.match(stripped)) and len(stripped.split()) <= _BYLINE_MAX_WORDS and stripped[-1:] not in ".!؟?"


@dataclass
class _Article:
    """One article of a page while it is read: its content regions and what its furniture says."""

    regions: list[tuple[int, int]] = field(default_factory=list)
    source: str | None = None
    title: str | None = None
    date: str | None = None


class _ArticleSplitter:
    """Reads a page line by line into articles: furniture is dropped, a source line or a
    "read also"/related header closes the article being read."""

    def __init__(self, page_title: str) -> None:
        self.page_title = page_title
        self.articles: list[_Article] = []
        self.current = _Article()
        self.in_related = False  # inside a related-article list
        self.after_separator = False  # just after a "read also": a headline titles the next article

    def close(self) -> None:
        if self.current.regions:
            self.articles.append(self.current)
        self.current = _Article()

    def read(self, line: _Line) -> None:
        body = line.text
        if _WHITESPACE_ONLY.match(body) or self._took_dateline(body) or self._took_source(body):
            return
        if self._is_furniture(body) or self._took_separator(body) or self._in_related_list(body):
            return
        if _BULLET.match(body) and _is_headline(_BULLET.sub("", body)):
            return  # menus and link lists
        if self.after_separator and not self.current.regions and _is_headline(body):
            self.current.title = body.strip()
            self.after_separator = False
            return
        self.after_separator = False
        self.current.regions.append((line.start, line.end))

    def _took_dateline(self, body: str) -> bool:
        """A dateline ("الثلاثاء 18 يونيو 2024 - 10:30 ص") dates the article being read, unless dated."""
        dated = _date_line(body)
        if dated is None:
            return False
        if not self.current.regions or self.current.date is None:
            self.current.date = self.current.date or dated
        return True

    def _took_source(self, body: str) -> bool:
        """A source line names the source of the article it closes (or of the last one)."""
        m = _SOURCE_LINE.match(body)
        if not m:
            return False
        if self.current.regions:
            self.current.source = m.group("source").strip()
            self.close()
        elif self.articles and not self.articles[-1].source:
            self.articles[-1].source = m.group("source").strip()
        self.in_related = False
        return True

    def _is_furniture(self, body: str) -> bool:
        if _KEYWORD_LINE.match(body) or _READ_MORE_INLINE.match(body) and not _READ_ALSO.match(body):
            return True
        # The page's own headline, as the metadata gives it, is no sentence either.
        page_headline = bool(self.page_title) and body.strip() == self.page_title
        return _is_byline(body) or _is_menu(body) or bool(_FEED_FOOTER.match(body)) or page_headline

    def _took_separator(self, body: str) -> bool:
        """A "read also" line or a related-articles header ends the article being read."""
        if _READ_ALSO.match(body):
            self.close()
            self.in_related = False
            self.after_separator = True
            return True
        if _RELATED_HEADER.match(body):
            self.close()
            self.in_related = True
            return True
        return False

    def _in_related_list(self, body: str) -> bool:
        """Related-article lists run to the end of the page or to the next long paragraph."""
        if self.in_related:
            if _BULLET.match(body) or _is_headline(body):
                return True
            self.in_related = False
        return False


def segment(text: str, input_id: str, **provenance: str | None) -> list[Document]:
    """Split one input text into article documents with their content regions.

    One article gives one document with the input's id; several give ``<input id>#<n>``.
    """
    splitter = _ArticleSplitter((provenance.get("title") or "").strip())
    for line in _lines(text):
        splitter.read(line)
    splitter.close()
    return _article_documents(splitter.articles, text, input_id, provenance)


def _article_documents(
    articles: list[_Article], text: str, input_id: str, provenance: dict[str, str | None]
) -> list[Document]:
    """The documents of a page's articles, with the input's provenance."""
    many = len(articles) > 1
    docs: list[Document] = []
    for n, art in enumerate(articles, start=1):
        regions = tuple(art.regions)
        docs.append(
            Document(
                id=f"{input_id}#{n}" if many else input_id,
                text=text,
                start=regions[0][0],
                end=regions[-1][1],
                regions=regions,
                date=provenance.get("date") or art.date,
                lang=provenance.get("lang"),
                url=provenance.get("url"),
                source=art.source or provenance.get("source"),
                title=art.title or (provenance.get("title") if n == 1 else None),
                input_id=input_id if many else None,
                origin=provenance.get("origin"),
            )
        )
    return docs


_NUMERIC_DATE = re.compile(
    r"(?<!\d)(?:(?P<y1>(?:19|20)\d\d)[-/.](?P<m1>\d{1,2})[-/.](?P<d1>\d{1,2})|(?P<d2>\d{1,2})[-/.](?P<m2>\d{1,2})[-/.](?P<y2>(?:19|20)\d\d))(?!\d)"
)
_DATELINE_WORDS = re.compile(
    r"(?:نشر|تاريخ|النشر|اخر|تحديث|في|بتاريخ|الساعه|ص|م|مساء|صباحا|بتوقيت|غرينتش|جرينتش|published|updated|last|on|at|am|pm|gmt|utc)",
    re.I,
)


def _date_line(line: str) -> str | None:
    """The ISO date of a dateline ("الثلاثاء 18 يونيو 2024 - 10:30 ص", "نشر في: 2024/06/18"), or None.

    Only a line that is nothing but a date (with its weekday, time and a word like "نشر") counts,
    so that a short sentence which happens to hold a date is never taken for furniture."""
    if len(line.split()) > 12 or not any(c.isdigit() for c in line):
        return None
    from .normalize import normalize_ar  # here, not at import: documents must stay cheap to import
    from .timex import _grammar, _safe_day

    norm = normalize_ar(line).text
    found: date | None = None
    rest = norm
    m = _NUMERIC_DATE.search(norm)
    if m:
        y, mo, d = (
            (m.group("y1"), m.group("m1"), m.group("d1"))
            if m.group("y1")
            else (m.group("y2"), m.group("m2"), m.group("d2"))
        )
        found = _safe_day(int(y), int(mo), int(d))
        rest = norm[: m.start()] + " " + norm[m.end() :]
    else:
        g = _grammar("ar")
        m = g.date_re.search(norm)
        if m and m.group("year") and m.group("d1"):
            found = _safe_day(int(m.group("year")), g.months[m.group("month")], int(m.group("d1")))
            rest = norm[: m.start()] + " " + norm[m.end() :]
        if found is not None:
            rest = g.weekday_re.sub(" ", rest)
        else:
            found, rest = _english_date(norm)
    if found is None:
        return None
    leftover = [
        w
        for w in re.split(r"[\s\-–—:،,|/()]+", _DATELINE_WORDS.sub(" ", rest))
        if w and not w.isdigit() and not re.fullmatch(r"\d{1,2}[:.]\d\d", w)
    ]
    return found.isoformat() if len(leftover) <= 1 else None


@lru_cache(maxsize=1)
def _english_dateline() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    from geokg.ontology import load_ontology

    ontology = load_ontology()
    months = {k.casefold(): v for k, v in ontology.month_names("en").items()}
    month = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    date_re = re.compile(
        rf"(?<!\w)(?:(?P<m1>{month})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{month})\.?,?)"
        rf"\s+(?P<y>(?:19|20)\d\d)(?!\d)",
        re.I,
    )
    weekdays = "|".join(map(re.escape, ontology.weekday_names("en")))
    return date_re, re.compile(rf"(?<!\w)(?:{weekdays})(?!\w)", re.I), months


def _english_date(line: str) -> tuple[date | None, str]:
    """ "May 7, 2024", "Tuesday 7 May 2024 10:30 GMT": the date and the rest of the line."""
    from .timex import _safe_day

    date_re, weekday_re, months = _english_dateline()
    m = date_re.search(line)
    if not m:
        return None, line
    month = months[(m.group("m1") or m.group("m2")).casefold()]
    found = _safe_day(int(m.group("y")), month, int(m.group("d1") or m.group("d2")))
    return found, weekday_re.sub(" ", line[: m.start()] + " " + line[m.end() :])


def cause(error: BaseException) -> str:
    """An exception as the end of a one-line message: its type and what it says (a missing
    dependency names itself), folded to one line and cut at 300 characters."""
    said = " ".join(str(error).split())
    text = f"{type(error).__name__}: {said}" if said else type(error).__name__
    return text if len(text) <= 300 else text[:299] + "…"


def decode_bytes(data: bytes, path: str) -> str | InputProblem:
    """Decode a text file: UTF-8 (BOM allowed) or UTF-16/32 with a BOM; report anything else."""
    if not data.strip():
        return InputProblem(path, None, "empty file")
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as e:
                return InputProblem(path, None, f"invalid {enc.upper()} at byte {e.start}")
    if b"\x00" in data[:8192]:
        return InputProblem(path, None, "binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        return InputProblem(path, line, f"invalid UTF-8 at byte {e.start}")
    return text


# --------------------------------------------------------------------------------------------
# Files: plain text, HTML, feeds (read whole), JSON Lines (streamed), each possibly gzipped


def _kind(path: Path) -> tuple[str | None, bool]:
    """('text' | 'jsonl' | 'html' | 'feed' | None, gzipped) from the file name."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    compressed = bool(suffixes) and suffixes[-1] in COMPRESSED_SUFFIXES
    suffix = (suffixes[-2] if len(suffixes) == 2 else "") if compressed else (suffixes[-1] if suffixes else "")
    if suffix in JSONL_SUFFIXES:
        return "jsonl", compressed
    if suffix in HTML_SUFFIXES:
        return "html", compressed
    if suffix in FEED_SUFFIXES:
        return "feed", compressed
    if suffix in TEXT_SUFFIXES or suffix == "":
        return "text", compressed
    return None, compressed


def _input_id(path: Path, taken: dict[str, Path]) -> str:
    """A file's id: its name without the suffix; a second "index.html" in another folder gets
    its path (relative to the working folder where it can) so that the two do not collide."""
    stem = _stem(path)
    if taken.setdefault(stem, path) == path:
        return stem
    try:
        relative = path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        relative = path.resolve()
    return _stem(relative, full=True)


def _stem(path: Path, full: bool = False) -> str:
    name = path.as_posix() if full else path.name
    for suffix in reversed(path.suffixes[-2:]):
        if suffix.lower() in SUPPORTED_SUFFIXES | COMPRESSED_SUFFIXES and name.lower().endswith(suffix.lower()):
            name = name[: -len(suffix)]
    # "..txt" is no file named ".": an id "." or ".." would name the parent in an IRI.
    return name if name not in ("", ".", "..") else path.name


def max_input_bytes() -> int:
    """The cap on one input once decompressed (``MAX_INPUT_MB``, or ``GEOKG_MAX_INPUT_MB``)."""
    try:
        mb = float(os.environ.get("GEOKG_MAX_INPUT_MB") or MAX_INPUT_MB)
    except ValueError:
        mb = MAX_INPUT_MB
    return max(1, int(mb * 2**20))


def _over_cap(limit: int, what: str) -> str:
    return f"{what} than {limit / 2**20:g} MB, the cap on one input (GEOKG_MAX_INPUT_MB); not read"


def _read_all(path: Path, compressed: bool) -> bytes | InputProblem:
    limit = max_input_bytes()
    try:
        if compressed:
            with gzip.open(path, "rb") as fh:
                data = fh.read(limit + 1)  # never more: a small gzip may expand to gigabytes
        else:
            with open(path, "rb") as fh:
                data = fh.read(limit + 1)
    except EOFError:
        return InputProblem(str(path), None, "truncated gzip file (ends before its end-of-stream marker)")
    except (gzip.BadGzipFile, zlib.error) as e:
        return InputProblem(str(path), None, f"not a valid gzip file ({e})")
    except OSError as e:
        return InputProblem(str(path), None, f"cannot read: {e.strerror or e}")
    if len(data) > limit:
        return InputProblem(str(path), None, _over_cap(limit, "expands to more" if compressed else "larger"))
    return data


def _read_markup(path: Path, compressed: bool) -> bytes | InputProblem:
    """The bytes of an HTML page or a feed, or why there are none to parse."""
    data = _read_all(path, compressed)
    if not isinstance(data, InputProblem) and not data.strip():
        return InputProblem(str(path), None, "empty file")
    return data


def read_text_file(
    path: Path,
    date: str | None = None,
    lang: str | None = None,
    compressed: bool = False,
    input_id: str | None = None,
) -> Iterator[Document | InputProblem]:
    data = _read_all(path, compressed)
    if isinstance(data, InputProblem):
        yield data
        return
    text = decode_bytes(data, str(path))
    if isinstance(text, InputProblem):
        yield text
        return
    docs = segment(text, input_id or _stem(path), date=date, lang=lang, origin=str(path))
    if not docs:
        yield InputProblem(str(path), None, "no article text found")
    yield from docs


def read_html_file(
    path: Path,
    date: str | None = None,
    lang: str | None = None,
    compressed: bool = False,
    input_id: str | None = None,
) -> Iterator[Document | InputProblem]:
    """A saved web page: its main text (trafilatura) split into articles like a text file."""
    from .html_input import decode_html, html_main_text, page_lang

    data = _read_markup(path, compressed)
    if isinstance(data, InputProblem):
        yield data
        return
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        yield InputProblem(str(path), None, "binary file (NUL bytes), not HTML")
        return
    html = decode_html(data)
    if isinstance(html, tuple):
        offset, reason = html
        yield InputProblem(str(path), data.count(b"\n", 0, offset) + 1, f"{reason} at byte {offset}")
        return
    try:
        page = html_main_text(html)
    except Exception as e:  # a parser failure on hostile markup is bad input, not a crash
        yield InputProblem(str(path), None, f"cannot parse HTML ({cause(e)})")
        return
    if page is None:
        yield InputProblem(str(path), None, "no article text found in the HTML page")
        return
    docs = segment(
        page["text"],
        input_id or _stem(path),
        date=page["date"] or date,
        lang=page_lang(data) or lang,
        url=page["url"],
        source=page["source"],
        title=page["title"],
        origin=str(path),
    )
    # A page without an article (a home page, an index) still has menu text that the
    # extractor may return: an article has a sentence, or at least a paragraph's worth of words.
    docs = [d for d in docs if _has_prose(d)]
    if not docs:
        yield InputProblem(str(path), None, "no article text found in the HTML page")
    yield from docs


_SENTENCE_END = re.compile(r"[.!?؟。…]['\"”»)]*\s*$")


def _has_prose(doc: Document) -> bool:
    lines = [doc.text[s:e] for s, e in doc.content_regions()]
    return sum(len(line.split()) for line in lines) >= 12 or any(_SENTENCE_END.search(line) for line in lines)


def read_feed_file(
    path: Path,
    date: str | None = None,
    lang: str | None = None,
    compressed: bool = False,
    input_id: str | None = None,
) -> Iterator[Document | InputProblem]:
    """An RSS/Atom feed: one document per item, with the item's date, link and title."""
    from .html_input import feed_items

    data = _read_markup(path, compressed)
    if isinstance(data, InputProblem):
        yield data
        return
    stem = input_id or _stem(path)
    try:
        items, problem = feed_items(data, stem)
    except Exception as e:  # feedparser is lenient, but hostile input must not crash the run
        yield InputProblem(str(path), None, f"cannot parse the feed ({cause(e)})")
        return
    if problem:
        yield InputProblem(str(path), None, problem)
        return
    if not items:
        yield InputProblem(str(path), None, "feed has no items")
        return
    for n, item in enumerate(items, start=1):
        where = f"{path} item {n}"
        if not item["text"]:
            yield InputProblem(str(path), None, f"item {n} has no text")
            continue
        docs = segment(
            item["text"],
            item["id"],
            date=item["date"] or date,
            lang=item["lang"] or lang,
            url=item["url"],
            source=item["source"],
            title=item["title"],
            origin=where,
        )
        if not docs:
            yield InputProblem(str(path), None, f"item {n}: no article text found")
        yield from docs


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def id_problem(doc_id: object) -> str | None:
    """Why ``doc_id`` cannot name a document, or None. Ids are strings (``1001`` in JSON is a
    number: ``"1001"`` is the id), and "." and ".." are no ids: in a document's IRI they are
    path segments that name its parent."""
    if doc_id is None or (isinstance(doc_id, str) and not doc_id.strip()):
        return "missing required field 'id'"
    if not isinstance(doc_id, str):
        kind = {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "an object"}
        return f"'id' must be a string, not {kind.get(type(doc_id), type(doc_id).__name__)}: write it in quotes"
    if doc_id.strip() in (".", ".."):
        return f"'id' {doc_id!r} cannot name a document (a path segment in its IRI); choose another"
    return None


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def date_problem(value: object) -> str | None:
    """Why ``value`` is no ISO 8601 date (``2024-06-18``, or a date and time such as
    ``2024-06-18T10:30:00Z``), or None."""
    if not isinstance(value, str):
        return "must be an ISO 8601 string"
    text = value.strip()
    if not _ISO_DATE.match(text):
        return "not an ISO 8601 date (YYYY-MM-DD)"
    try:
        if len(text) == 10:
            date.fromisoformat(text)
        else:
            datetime.fromisoformat(text)
    except ValueError as e:
        return f"not a valid date ({e})"
    return None


def _jsonl_record(
    record: object, where: str, line_no: int, default_date: str | None, default_lang: str | None
) -> list[Document | InputProblem]:
    """The documents of one JSON Lines record, or the problem that skips it. An invalid ``date``
    is reported and dropped (the document is read as if it gave none: ``--date`` applies)."""
    if not isinstance(record, dict):
        return [InputProblem(where, line_no, "not a JSON object")]
    # JSON may escape a lone surrogate ("\ud800"), which no UTF-8 writer (spaCy's string store,
    # our outputs) accepts: U+FFFD in its place keeps every offset.
    record = {k: _LONE_SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v for k, v in record.items()}
    doc_id, text = record.get("id"), record.get("text")
    problem = id_problem(doc_id)
    if problem is not None:
        return [InputProblem(where, line_no, problem)]
    if not isinstance(text, str):
        return [InputProblem(where, line_no, "missing required field 'text' (a string)")]
    if not text.strip():
        return [InputProblem(where, line_no, "empty 'text'")]
    lang = record.get("lang") or default_lang
    if lang is not None and lang not in ("ar", "en"):
        return [InputProblem(where, line_no, f"unsupported lang {lang!r} (use 'ar' or 'en')")]
    found: list[Document | InputProblem] = []
    date = record.get("date")
    if date is not None and date != "":
        problem = date_problem(date)
        if problem is not None:
            shown = json.dumps(date, ensure_ascii=False)[:40]
            found.append(InputProblem(where, line_no, f"'date' {shown}: {problem}; read without it"))
            date = None
    fields = {}
    for key in ("url", "source", "title"):
        value = record.get(key)
        fields[key] = value if isinstance(value, str) and value.strip() else None
    docs = segment(text, doc_id, date=date or default_date, lang=lang, origin=f"{where}:{line_no}", **fields)
    if not docs:
        return [*found, InputProblem(where, line_no, "no article text found")]
    return [*found, *docs]


@dataclass(frozen=True)
class _LongLine:
    """A JSON Lines record longer than the cap, skipped unread (its length in bytes or chars)."""

    size: int


def _bounded_lines(
    stream: IO, limit: int, position: Callable[[], int] | None = None, progress: ReadProgress | None = None
) -> Iterator[bytes | str | _LongLine]:
    """The lines of ``stream``, none held longer than ``limit``: a longer one is skipped a
    megabyte at a time and stands as a ``_LongLine``. ``progress`` is told how far the input
    (``position()``, else the lines' lengths) got."""
    reported = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        newline = "\n" if isinstance(line, str) else b"\n"
        if len(line) > limit and not line.endswith(newline):
            size = len(line)
            while line and not line.endswith(newline):
                line = stream.readline(2**20)
                size += len(line)
            yield _LongLine(size)
        else:
            yield line
        if progress is not None:
            now = position() if position is not None else reported + len(line)
            progress(now - reported)
            reported = now


def read_jsonl_lines(
    lines: Iterable[bytes | str | _LongLine], where: str, date: str | None = None, lang: str | None = None
) -> Iterator[Document | InputProblem]:
    """One document per line, streamed: only one line is held at a time.

    ``lines`` are raw bytes (UTF-8) or already decoded text (a UTF-16 file). A stream that breaks
    off (a truncated gzip, a read error) is reported at the line where it broke; the documents
    before it stand.
    """
    seen_content = False
    line_no = 0
    offset = 0  # byte offset of the current line in the (decompressed) stream
    iterator = iter(lines)
    while True:
        try:
            raw = next(iterator)
        except StopIteration:
            break
        except EOFError:
            yield InputProblem(where, line_no + 1, "truncated gzip file (ends before its end-of-stream marker)")
            return
        except (gzip.BadGzipFile, zlib.error) as e:
            yield InputProblem(where, line_no + 1, f"not a valid gzip file ({e})")
            return
        except UnicodeDecodeError as e:
            yield InputProblem(where, line_no + 1, f"cannot decode ({e.reason})")
            return
        except OSError as e:
            yield InputProblem(where, line_no + 1, f"cannot read: {e.strerror or e}")
            return
        line_no += 1
        line_start = offset
        if isinstance(raw, _LongLine):
            seen_content = True
            offset += raw.size
            yield InputProblem(where, line_no, _over_cap(max_input_bytes(), "record longer"))
            continue
        if isinstance(raw, bytes):
            offset += len(raw)
            if line_no == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[3:]
                line_start += 3
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                seen_content = True
                yield InputProblem(where, line_no, f"invalid UTF-8 at byte {line_start + e.start}")
                continue
        else:
            line = raw.lstrip("\ufeff") if line_no == 1 else raw
            if not line.strip():
                continue
        seen_content = True
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputProblem(where, line_no, f"not valid JSON ({e.msg} at column {e.colno})")
            continue
        except RecursionError:
            yield InputProblem(where, line_no, "not valid JSON (nested too deeply)")
            continue
        yield from _jsonl_record(record, where, line_no, date, lang)
    if not seen_content:
        # An empty file is reported like an empty .txt: the user named it, and nothing came of it.
        yield InputProblem(where, None, "empty file")


def _jsonl_stream(
    fh: IO[bytes],
    where: str,
    date: str | None,
    lang: str | None,
    position: Callable[[], int] | None = None,
    progress: ReadProgress | None = None,
) -> Iterator[Document | InputProblem]:
    head = fh.peek(8192)[:8192] if hasattr(fh, "peek") else b""
    limit = max_input_bytes()
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if head.startswith(bom):
            text = io.TextIOWrapper(fh, encoding=enc, newline=None)
            yield from read_jsonl_lines(_bounded_lines(text, limit, position, progress), where, date, lang)
            return
    if b"\x00" in head:
        yield InputProblem(where, None, "binary file (NUL bytes), not JSON Lines")
        return
    yield from read_jsonl_lines(_bounded_lines(fh, limit, position, progress), where, date, lang)


def read_jsonl_file(
    path: Path,
    date: str | None = None,
    lang: str | None = None,
    compressed: bool = False,
    input_id: str | None = None,  # unused: each line names its document
    progress: ReadProgress | None = None,
) -> Iterator[Document | InputProblem]:
    try:
        raw = path.open("rb")
    except OSError as e:
        yield InputProblem(str(path), None, f"cannot read: {e.strerror or e}")
        return
    with raw:
        stream: IO[bytes] = gzip.GzipFile(fileobj=raw, mode="rb") if compressed else raw
        if compressed:
            stream = io.BufferedReader(stream)  # type: ignore[arg-type]
        try:
            yield from _jsonl_stream(stream, str(path), date, lang, raw.tell, progress)
        except EOFError:
            yield InputProblem(str(path), 1, "truncated gzip file (ends before its end-of-stream marker)")
        except (gzip.BadGzipFile, zlib.error) as e:
            yield InputProblem(str(path), 1, f"not a valid gzip file ({e})")
        except OSError as e:
            yield InputProblem(str(path), None, f"cannot read: {e.strerror or e}")


def read_stdin(
    date: str | None = None, lang: str | None = None, progress: ReadProgress | None = None
) -> Iterator[Document | InputProblem]:
    """``-``: JSON Lines on standard input, gzipped or not."""
    stream: IO[bytes] = sys.stdin.buffer
    if stream.peek(2)[:2] == b"\x1f\x8b" if hasattr(stream, "peek") else False:
        stream = io.BufferedReader(gzip.GzipFile(fileobj=stream, mode="rb"))  # type: ignore[arg-type]
    yield from _jsonl_stream(stream, "<stdin>", date, lang, None, progress)


_READERS = {"text": read_text_file, "jsonl": read_jsonl_file, "html": read_html_file, "feed": read_feed_file}


def _wanted(path: Path) -> bool:
    kind, _ = _kind(path)
    return kind is not None and (
        path.suffix.lower() in SUPPORTED_SUFFIXES or path.suffix.lower() in COMPRESSED_SUFFIXES
    )


def _expand(paths: Iterable[str]) -> Iterator[Path | str | InputProblem]:
    for p in paths:
        if p == "-":
            yield "-"
            continue
        path = Path(p)
        if path.is_dir():
            # Hidden files and folders (.git, editor backups) are no input, nor is a geokg
            # output folder inside (``geokg build news/ -o news/out/``: its JSON Lines hold no text).
            outputs = {m.parent for m in path.rglob(OUTPUT_MARKER) if m.parent != path}
            found = sorted(
                q
                for q in path.rglob("*")
                if q.is_file()
                and _wanted(q)
                and not any(part.startswith(".") for part in q.relative_to(path).parts)
                and outputs.isdisjoint(q.parents)
            )
            if not found:
                yield InputProblem(p, None, "folder holds no .txt, .jsonl, .html or feed files")
            yield from found
        elif path.exists() or path.is_symlink():
            yield path
        else:
            matches = sorted(Path().glob(p)) if any(c in p for c in "*?[") else []
            if matches:
                yield from (m for m in matches if m.is_file())
            else:
                yield InputProblem(p, None, "no such file or folder")


def read_inputs(
    paths: Iterable[str], date: str | None = None, lang: str | None = None, progress: ReadProgress | None = None
) -> Iterator[Document | InputProblem]:
    """Yield documents (and problems) from files, folders, globs and ``-`` (JSON Lines on stdin).

    Plain text, HTML and feeds are read whole (one page at a time); JSON Lines are streamed line
    by line, so a file of any size is read in bounded memory. A file's id is its name without
    the suffix; a second file of the same name elsewhere gets its path (without the suffix).
    ``progress`` is told how many bytes of the inputs were read as reading goes on (their sum
    is ``input_size(paths)``)."""
    taken: dict[str, Path] = {}
    for item in _expand(paths):
        if isinstance(item, InputProblem):
            yield item
        elif item == "-":
            yield from read_stdin(date, lang, progress)
        else:
            yield from _read_file(item, date, lang, _input_id(item, taken), progress)


def _read_file(
    path: Path, date: str | None, lang: str | None, input_id: str, progress: ReadProgress | None
) -> Iterator[Document | InputProblem]:
    if not path.exists():
        yield InputProblem(str(path), None, "no such file (broken link)")
        return
    kind, compressed = _kind(path)
    if kind is None:
        yield InputProblem(
            str(path),
            None,
            f"unsupported input type '{path.suffix.lower()}' (use .txt, .jsonl, .html, .xml/.rss/.atom, or .gz of one)",
        )
    elif kind == "jsonl":
        yield from read_jsonl_file(path, date, lang, compressed, input_id, progress)
        return
    else:
        yield from _READERS[kind](path, date, lang, compressed, input_id)
    if progress is not None:
        progress(_size(path))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def input_size(paths: Iterable[str]) -> int | None:
    """How many bytes ``read_inputs(paths)`` will read (None when standard input is one)."""
    total = 0
    for item in _expand(paths):
        if item == "-":
            return None
        if isinstance(item, Path):
            total += _size(item)
    return total
