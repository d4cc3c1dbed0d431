"""Reading input into documents (CONTRACT §1) and splitting news pages into articles.

A saved news page often holds more than one article (a "read also" section with the next story)
and page furniture: keyword lines, related-article lists, source lines. Furniture yields no
assertions; a source line ("المصدر: ...", "Source: ...") closes an article and names its source.
Bad input never raises out of ``read_inputs``: it yields an ``InputProblem`` naming file and line,
and the run goes on.
"""

from __future__ import annotations

import codecs
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .model import Document

TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES

# Page furniture, matched at the start of a line (Arabic or English news sites).
_SOURCE_LINE = re.compile(r"^\s*(?:المصدر|مصدر الخبر|Source)\s*[:：]\s*(?P<source>.+?)\s*$", re.I)
_KEYWORD_LINE = re.compile(
    r"^\s*(?:كلمات\s+دلالية|الكلمات\s+الدلالية|كلمات\s+مفتاحية|الوسوم|وسوم|Tags|Keywords)\s*[:：]", re.I
)
_READ_ALSO = re.compile(
    r"^\s*(?:[إا]قرأ\s+(?:أيضا|أيضاً|ايضا|ايضاً|كذلك)|شاهد\s+أيضا|شاهد\s+أيضاً|Read\s+(?:also|more)|See\s+also)\s*[:：]?\s*$",
    re.I,
)
_READ_MORE_INLINE = re.compile(r"^\s*(?:[إا]قرأ\s+(?:المزيد|أيضا|أيضاً)|Read\s+more)\b", re.I)
_RELATED_HEADER = re.compile(
    r"^\s*(?:مقالات\s+مشابهة|مقالات\s+ذات\s+صلة|أخبار\s+ذات\s+صلة|موضوعات\s+ذات\s+صلة|أخبار\s+متعلقة|"
    r"Related\s+(?:articles|stories|news)|More\s+stories)\s*[:：]?\s*$",
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


def segment(text: str, input_id: str, **provenance: str | None) -> list[Document]:
    """Split one input text into article documents with their content regions.

    One article gives one document with the input's id; several give ``<input id>#<n>``.
    """
    articles: list[dict] = []
    current: dict = {"regions": [], "source": None, "title": None}
    in_related = False
    after_separator = False

    def close() -> None:
        nonlocal current
        if current["regions"]:
            articles.append(current)
        current = {"regions": [], "source": None, "title": None, "date": None}

    current["date"] = None
    for line in _lines(text):
        body = line.text
        if _WHITESPACE_ONLY.match(body):
            continue
        dated = _date_line(body)
        if dated is not None:
            # "الثلاثاء 18 يونيو 2024 - 10:30 ص": the page's dateline dates its article.
            if not current["regions"] or current["date"] is None:
                current["date"] = current["date"] or dated
            continue
        m = _SOURCE_LINE.match(body)
        if m:
            if current["regions"]:
                current["source"] = m.group("source").strip()
                close()
            elif articles and not articles[-1]["source"]:
                articles[-1]["source"] = m.group("source").strip()
            in_related = False
            continue
        if _KEYWORD_LINE.match(body) or _READ_MORE_INLINE.match(body) and not _READ_ALSO.match(body):
            continue
        if _READ_ALSO.match(body):
            close()
            in_related = False
            after_separator = True
            continue
        if _RELATED_HEADER.match(body):
            close()
            in_related = True
            continue
        if in_related:
            # Related-article lists run to the end of the page or to the next long paragraph.
            if _BULLET.match(body) or _is_headline(body):
                continue
            in_related = False
        if _BULLET.match(body) and _is_headline(_BULLET.sub("", body)):
            continue  # menus and link lists
        if after_separator and not current["regions"] and _is_headline(body):
            current["title"] = body.strip()
            after_separator = False
            continue
        after_separator = False
        current["regions"].append((line.start, line.end))
    close()

    if not articles:
        return []
    docs: list[Document] = []
    many = len(articles) > 1
    for n, art in enumerate(articles, start=1):
        regions = tuple(art["regions"])
        docs.append(
            Document(
                id=f"{input_id}#{n}" if many else input_id,
                text=text,
                start=regions[0][0],
                end=regions[-1][1],
                regions=regions,
                date=provenance.get("date") or art.get("date"),
                lang=provenance.get("lang"),
                url=provenance.get("url"),
                source=art["source"] or provenance.get("source"),
                title=art["title"] or (provenance.get("title") if n == 1 else None),
                input_id=input_id if many else None,
                origin=provenance.get("origin"),
            )
        )
    return docs


_NUMERIC_DATE = re.compile(
    r"(?<!\d)(?:(?P<y1>(?:19|20)\d\d)[-/.](?P<m1>\d{1,2})[-/.](?P<d1>\d{1,2})|(?P<d2>\d{1,2})[-/.](?P<m2>\d{1,2})[-/.](?P<y2>(?:19|20)\d\d))(?!\d)"
)
_DATELINE_WORDS = re.compile(
    r"(?:نشر|تاريخ|النشر|اخر|تحديث|في|بتاريخ|الساعه|ص|م|مساء|صباحا|بتوقيت|غرينتش|جرينتش|published|updated|on|at|am|pm|gmt)",
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
    if found is None:
        return None
    leftover = [
        w
        for w in re.split(r"[\s\-–—:،,|/()]+", _DATELINE_WORDS.sub(" ", rest))
        if w and not w.isdigit() and not re.fullmatch(r"\d{1,2}[:.]\d\d", w)
    ]
    return found.isoformat() if len(leftover) <= 1 else None


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


def read_text_file(path: Path, date: str | None = None, lang: str | None = None) -> Iterator[Document | InputProblem]:
    try:
        data = path.read_bytes()
    except OSError as e:
        yield InputProblem(str(path), None, f"cannot read: {e.strerror or e}")
        return
    text = decode_bytes(data, str(path))
    if isinstance(text, InputProblem):
        yield text
        return
    docs = segment(text, path.stem, date=date, lang=lang, origin=str(path))
    if not docs:
        yield InputProblem(str(path), None, "no article text found")
    yield from docs


def _jsonl_record(record: object, where: str, line_no: int, default_date: str | None, default_lang: str | None):
    if not isinstance(record, dict):
        return InputProblem(where, line_no, "not a JSON object")
    doc_id, text = record.get("id"), record.get("text")
    if doc_id is None or (isinstance(doc_id, str) and not doc_id.strip()):
        return InputProblem(where, line_no, "missing required field 'id'")
    if not isinstance(text, str):
        return InputProblem(where, line_no, "missing required field 'text' (a string)")
    if not text.strip():
        return InputProblem(where, line_no, "empty 'text'")
    lang = record.get("lang") or default_lang
    if lang is not None and lang not in ("ar", "en"):
        return InputProblem(where, line_no, f"unsupported lang {lang!r} (use 'ar' or 'en')")
    date = record.get("date") or default_date
    if date is not None and not isinstance(date, str):
        return InputProblem(where, line_no, "'date' must be an ISO 8601 string")
    docs = segment(
        text,
        str(doc_id),
        date=date,
        lang=lang,
        url=record.get("url"),
        source=record.get("source"),
        title=record.get("title"),
        origin=f"{where}:{line_no}",
    )
    if not docs:
        return InputProblem(where, line_no, "no article text found")
    return docs


def read_jsonl_lines(
    lines: Iterable[bytes], where: str, date: str | None = None, lang: str | None = None
) -> Iterator[Document | InputProblem]:
    seen_content = False
    for line_no, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        seen_content = True
        try:
            line = raw.decode("utf-8-sig" if line_no == 1 else "utf-8")
        except UnicodeDecodeError as e:
            yield InputProblem(where, line_no, f"invalid UTF-8 at byte {e.start} of the line")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputProblem(where, line_no, f"not valid JSON ({e.msg} at column {e.colno})")
            continue
        result = _jsonl_record(record, where, line_no, date, lang)
        if isinstance(result, InputProblem):
            yield result
        else:
            yield from result
    if not seen_content:
        # An empty file is reported like an empty .txt: the user named it, and nothing came of it.
        yield InputProblem(where, None, "empty file")


def read_jsonl_file(path: Path, date: str | None = None, lang: str | None = None) -> Iterator[Document | InputProblem]:
    try:
        with path.open("rb") as fh:
            head = fh.read(8192)
            if b"\x00" in head:
                yield InputProblem(str(path), None, "binary file (NUL bytes), not JSON Lines")
                return
            fh.seek(0)
            yield from read_jsonl_lines(fh, str(path), date, lang)
    except OSError as e:
        yield InputProblem(str(path), None, f"cannot read: {e.strerror or e}")


def _expand(paths: Iterable[str]) -> Iterator[Path | str | InputProblem]:
    for p in paths:
        if p == "-":
            yield "-"
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(q for q in path.rglob("*") if q.is_file() and q.suffix.lower() in SUPPORTED_SUFFIXES)
            if not found:
                yield InputProblem(p, None, "folder holds no .txt or .jsonl files")
            yield from found
        elif path.exists():
            yield path
        else:
            matches = sorted(Path().glob(p)) if any(c in p for c in "*?[") else []
            if matches:
                yield from (m for m in matches if m.is_file())
            else:
                yield InputProblem(p, None, "no such file or folder")


def read_inputs(
    paths: Iterable[str], date: str | None = None, lang: str | None = None
) -> Iterator[Document | InputProblem]:
    """Yield documents (and problems) from files, folders, globs and ``-`` (JSON Lines on stdin)."""
    for item in _expand(paths):
        if isinstance(item, InputProblem):
            yield item
        elif item == "-":
            yield from read_jsonl_lines(sys.stdin.buffer, "<stdin>", date, lang)
        else:
            suffix = item.suffix.lower()
            if suffix in JSONL_SUFFIXES:
                yield from read_jsonl_file(item, date, lang)
            elif suffix in TEXT_SUFFIXES or suffix == "":
                yield from read_text_file(item, date, lang)
            else:
                yield InputProblem(str(item), None, f"unsupported input type '{suffix}' (use .txt or .jsonl)")
