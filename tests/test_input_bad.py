"""Bad input, each case on its own (CONTRACT §1, §4): one line on standard error naming the file
(and line, or byte offset for invalid UTF-8), the rest of the run goes on, the exit status says
something was skipped, and nothing already written is lost.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from geokg.graph.cli import main

PAGES = Path(__file__).parent / "fixtures" / "pages"
PROBLEM_LINE = re.compile(r"^geokg: (?P<file>.+?)(?::(?P<line>\d+))?: (?P<reason>.+)$")

GOOD = {"id": "good-1", "date": "2024-02-01", "text": "وقعت السعودية والإمارات اتفاقية للتعاون الاقتصادي."}

OTHER = dict(GOOD, id="other-1")


def _jsonl_bytes(records: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def _truncated_gzip(path: Path) -> None:
    records = [dict(GOOD, id=f"t{i}", text=GOOD["text"] + f" ({i})") for i in range(400)]
    data = gzip.compress(_jsonl_bytes(records))
    path.write_bytes(data[: len(data) // 2])


def _gzip_of_zeros(path: Path, size: int) -> None:
    """A gzip of a few kilobytes that expands to ``size`` bytes (a "zip bomb" in small)."""
    with gzip.open(path, "wb") as fh:
        for _ in range(size // 2**20):
            fh.write(b"0" * 2**20)


def _unreadable(path: Path) -> None:
    # Root reads a chmod 000 file anyway; a link to /proc/self/mem fails to read for everyone.
    if os.geteuid() == 0:
        if not Path("/proc/self/mem").exists():
            pytest.skip("no /proc/self/mem to make an unreadable file as root")
        path.symlink_to("/proc/self/mem")
    else:
        path.write_text("نص", encoding="utf-8")
        path.chmod(0)


# name -> (writer, expected "file[:line]" key, a fragment of the reason)
CASES = {
    "empty text file": (lambda p: p.write_bytes(b""), "empty.txt", "empty file"),
    "empty JSON Lines": (lambda p: p.write_bytes(b"\n  \n"), "empty.jsonl", "empty file"),
    "empty HTML page": (lambda p: p.write_bytes(b""), "empty.html", "empty file"),
    "binary file": (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary.txt", "binary file"),
    "binary file named .html": (lambda p: p.write_bytes(b"PK\x03\x04\x00\x00\x08\x00"), "binary.html", "binary file"),
    "invalid UTF-8": (
        lambda p: p.write_bytes("مصر\nمصر ".encode() + b"\xe9t\xe9\n"),
        "latin.txt:2",
        "invalid UTF-8 at byte 14",
    ),
    "invalid UTF-8 in a JSON Lines file": (
        lambda p: p.write_bytes(_jsonl_bytes([OTHER]) + b'{"id": "x", "text": "\xff"}\n'),
        "latin.jsonl:2",
        f"invalid UTF-8 at byte {len(_jsonl_bytes([OTHER])) + 21}",
    ),
    "invalid UTF-8 in an HTML page that declares none": (
        lambda p: p.write_bytes(b"<html><body>\n<p>caf\xe9</p></body></html>\n"),
        "latin.html:2",
        "invalid UTF-8 at byte 19",
    ),
    "truncated gzip": (_truncated_gzip, "cut.jsonl.gz:", "truncated gzip"),
    "truncated gzip of a page": (
        lambda p: p.write_bytes(gzip.compress((PAGES / "en_article.html").read_bytes())[:300]),
        "cut.html.gz",
        "truncated gzip",
    ),
    "not gzip at all": (lambda p: p.write_bytes(b"plain text, not gzip\n"), "fake.txt.gz", "not a valid gzip file"),
    "a JSONL line that is not JSON": (
        lambda p: p.write_text('{"id": "broken", "text": "غير مكتمل\n', encoding="utf-8"),
        "notjson.jsonl:1",
        "not valid JSON",
    ),
    "a JSONL line without text": (
        lambda p: p.write_text(json.dumps({"id": "no-text", "title": "عنوان"}) + "\n", encoding="utf-8"),
        "notext.jsonl:1",
        "missing required field 'text'",
    ),
    "a JSONL line that is a list": (lambda p: p.write_text("[1, 2]\n"), "list.jsonl:1", "not a JSON object"),
    "an HTML page with no article": (
        lambda p: shutil.copy(PAGES / "empty_page.html", p),
        "noarticle.html",
        "no article text found",
    ),
    "a feed with no items": (lambda p: shutil.copy(PAGES / "empty_feed.rss", p), "noitems.rss", "feed has no items"),
    "XML that is no feed": (
        lambda p: p.write_text('<?xml version="1.0"?><catalog><book>x</book></catalog>\n'),
        "catalog.xml",
        "not an RSS/Atom feed",
    ),
    "a path that does not exist": (lambda p: None, "missing.txt", "no such file"),
    "an unreadable file": (_unreadable, "locked.txt", "cannot read"),
    "an unsupported file type": (lambda p: p.write_bytes(b"%PDF-1.7\n"), "paper.pdf", "unsupported input type"),
    # Ids are strings: a number or true would become "1001" or "True" silently.
    "a JSONL id that is not a string": (
        lambda p: p.write_text(json.dumps(dict(OTHER, id=True)) + "\n", encoding="utf-8"),
        "boolid.jsonl:1",
        "'id' must be a string, not true/false",
    ),
    # "." in a document IRI is a path segment: graph.ttl would not parse back (gkdoc:\.).
    "a JSONL id that is '.'": (
        lambda p: p.write_text(json.dumps(dict(OTHER, id=".")) + "\n", encoding="utf-8"),
        "dotid.jsonl:1",
        "cannot name a document",
    ),
    "a gzip that expands beyond the cap": (
        lambda p: _gzip_of_zeros(p, 3 * 2**20),
        "bomb.txt.gz",
        "expands to more than 2 MB, the cap on one input (GEOKG_MAX_INPUT_MB); not read",
    ),
    "a JSONL record longer than the cap": (
        lambda p: p.write_text(json.dumps(dict(OTHER, id="long", text="ن" * 2**21)) + "\n", encoding="utf-8"),
        "long.jsonl:1",
        "record longer than 2 MB",
    ),
}
FILE_NAMES = {
    "empty text file": "empty.txt",
    "empty JSON Lines": "empty.jsonl",
    "empty HTML page": "empty.html",
    "binary file": "binary.txt",
    "binary file named .html": "binary.html",
    "invalid UTF-8": "latin.txt",
    "invalid UTF-8 in a JSON Lines file": "latin.jsonl",
    "invalid UTF-8 in an HTML page that declares none": "latin.html",
    "truncated gzip": "cut.jsonl.gz",
    "truncated gzip of a page": "cut.html.gz",
    "not gzip at all": "fake.txt.gz",
    "a JSONL line that is not JSON": "notjson.jsonl",
    "a JSONL line without text": "notext.jsonl",
    "a JSONL line that is a list": "list.jsonl",
    "an HTML page with no article": "noarticle.html",
    "a feed with no items": "noitems.rss",
    "XML that is no feed": "catalog.xml",
    "a path that does not exist": "missing.txt",
    "an unreadable file": "locked.txt",
    "an unsupported file type": "paper.pdf",
    "a JSONL id that is not a string": "boolid.jsonl",
    "a JSONL id that is '.'": "dotid.jsonl",
    "a gzip that expands beyond the cap": "bomb.txt.gz",
    "a JSONL record longer than the cap": "long.jsonl",
}


@pytest.fixture(autouse=True)
def small_cap(monkeypatch):
    """A cap of 2 MB on one input (64 MB by default), so that the cases stay small."""
    monkeypatch.setenv("GEOKG_MAX_INPUT_MB", "2")


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--no-progress"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _problem_lines(err: str) -> list[re.Match]:
    found = []
    for line in err.splitlines():
        if line.startswith("geokg: ") and " documents read;" in line:
            continue  # the build's summary
        m = PROBLEM_LINE.match(line)
        assert m, f"not a one-line 'file:line: reason' report: {line!r}"
        found.append(m)
    return found


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_is_one_line_and_the_run_goes_on(capsys, tmp_path, case):
    writer, where, reason = CASES[case]
    bad = tmp_path / FILE_NAMES[case]
    writer(bad)
    good = tmp_path / "good.jsonl"
    good.write_bytes(_jsonl_bytes([GOOD]))
    code, out, err = _run(capsys, "extract", str(bad), str(good), "--format", "mentions")
    assert code == 3, err
    assert "Traceback" not in err
    problems = _problem_lines(err)
    assert len(problems) == 1, err
    m = problems[0]
    assert Path(m["file"]).name == FILE_NAMES[case]
    key = f"{Path(m['file']).name}:{m['line']}" if m["line"] else Path(m["file"]).name
    assert key.startswith(where), key
    assert reason in m["reason"], m["reason"]
    # The good input after the bad one was read.
    assert "good-1" in {json.loads(line)["doc"] for line in out.splitlines()}


def test_truncated_gzip_keeps_the_lines_before_the_break(capsys, tmp_path):
    path = tmp_path / "cut.jsonl.gz"
    _truncated_gzip(path)
    code, out, err = _run(capsys, "extract", str(path), "--format", "mentions")
    assert code == 3
    (m,) = _problem_lines(err)
    broke_at = int(m["line"])
    docs = {json.loads(line)["doc"] for line in out.splitlines()}
    assert broke_at > 10 and docs == {f"t{i}" for i in range(broke_at - 1)}


def test_utf16_text_file_with_a_bom_is_read(capsys, tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes(GOOD["text"].encode("utf-16"))
    code, out, err = _run(capsys, "extract", str(path), "--format", "mentions")
    assert code == 0, err
    mentions = [json.loads(line) for line in out.splitlines()]
    assert {m["country"] for m in mentions} >= {"SAU", "ARE"}
    assert all(GOOD["text"][m["start"] : m["end"]] == m["text"] for m in mentions)


def test_repeated_document_id_is_reported_once_and_read_once(capsys, tmp_path):
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_bytes(_jsonl_bytes([GOOD]))
    second.write_bytes(_jsonl_bytes([GOOD]))
    code, out, err = _run(capsys, "extract", str(first), str(second), "--format", "mentions")
    assert code == 3
    (m,) = _problem_lines(err)
    assert m["file"].endswith("b.jsonl") and m["line"] == "1" and "already read" in m["reason"]
    mentions = [json.loads(line) for line in out.splitlines()]
    assert len(mentions) == len({(x["start"], x["id"]) for x in mentions})


def test_bad_input_in_an_update_loses_nothing_already_built(capsys, tmp_path):
    out = tmp_path / "out"
    good = tmp_path / "good.jsonl"
    good.write_bytes(_jsonl_bytes([GOOD]))
    assert _run(capsys, "build", str(good), "-o", str(out), "--no-viewer")[0] == 0
    before = (out / "assertions.jsonl").read_text(encoding="utf-8")
    assert before

    # Only bad input: the run fails (exit 1) and OUT/ stays exactly as it was.
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    code, _, err = _run(capsys, "build", str(bad), str(tmp_path / "missing.txt"), "-o", str(out), "--update")
    assert code == 1 and "nothing written" in err.splitlines()[-1]
    assert (out / "assertions.jsonl").read_text(encoding="utf-8") == before

    # Bad input beside good input: exit 3, the earlier assertions are all still there.
    more = tmp_path / "more.jsonl"
    more.write_bytes(_jsonl_bytes([{"id": "good-2", "text": "استقبل ملك الأردن في عمان أمس رئيس وزراء العراق."}]))
    code, _, err = _run(capsys, "build", str(bad), str(more), "-o", str(out), "--update", "--no-viewer")
    assert code == 3, err
    after = (out / "assertions.jsonl").read_text(encoding="utf-8").splitlines()
    assert set(before.splitlines()) <= set(after)
    assert {json.loads(line)["doc"] for line in after} == {"good-1", "good-2"}


def test_a_lone_surrogate_escaped_in_json_is_replaced_not_fatal(tmp_path, capsys):
    # "\ud800" is valid JSON but no UTF-8 text: the build must go on, offsets unchanged.
    text = "قال بوتين إن روسيا ستدعم كوريا الشمالية \\ud800 اليوم."
    src = tmp_path / "surrogate.jsonl"
    src.write_text(
        '{"id": "s1", "title": "x\\udc00", "date": "2024-06-18", "text": "' + text + '"}\n', encoding="utf-8"
    )
    out = tmp_path / "out"
    assert main(["build", str(src), "-o", str(out), "--no-viewer"]) == 0
    capsys.readouterr()
    records = [json.loads(line) for line in (out / "assertions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert records
    original = json.loads('"' + text + '"')
    for r in records:
        ev = r["evidence"]
        assert len(original[ev["start"] : ev["end"]]) == len(ev["text"])
        assert "\ufffd" in ev["text"]
