"""The ``geokg`` command (CONTRACT §1–§4), run in-process through ``main([...])`` and, where the
process boundary matters (standard input, exit status, the console script), as a subprocess.

Every Arabic sentence here was written for this test.
"""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from geokg.extract.model import MODALITIES, POLARITIES
from geokg.graph.cli import main
from geokg.ontology import load_ontology
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF

GK_ASSERTION = "https://w3id.org/geokg/ontology#Assertion"

# Three inputs: two plain documents and a page holding two articles (a "read also" section).
NEWS = [
    {
        "id": "cli-1",
        "date": "2024-03-05",
        "lang": "ar",
        "source": "geokg test",
        "text": (
            "عمّان: وقعت مصر والأردن اليوم اتفاقية للتعاون في مجال الطاقة.\n\n"
            "ولم تفرض البرازيل حتى الآن عقوبات اقتصادية على فنزويلا."
        ),
    },
    {
        "id": "cli-2",
        "date": "2024-03-05",
        "text": "بكين: وأعربت الصين عن قلقها من تعزيز التعاون العسكري بين اليابان والفلبين.",
    },
    {
        "id": "cli-page",
        "date": "2024-03-06",
        "text": (
            "شنت إسرائيل غارات جوية على مواقع في سوريا فجر اليوم.\n\n"
            "المصدر: وكالة تجريبية\n\n"
            "اقرأ أيضا:\n\n"
            "لقاء فرنسي هندي في باريس\n\n"
            "وعقد وزير الخارجية الفرنسي اجتماعا مع نظيره الهندي في باريس.\n\n"
            "المصدر: صحيفة تجريبية\n"
        ),
    },
]
TEXT_BY_INPUT = {record["id"]: record["text"] for record in NEWS}
GOOD_TXT = "شنت إسرائيل غارات جوية على مواقع في سوريا فجر اليوم.\n"

ASSERTION_KEYS = {
    "schema_version",
    "id",
    "doc",
    "subject",
    "relation",
    "cameo",
    "plover",
    "quad",
    "goldstein",
    "wikidata_property",
    "object",
    "polarity",
    "modality",
    "attributed_to",
    "time",
    "confidence",
    "evidence",
    "extractor",
}
ENTITY_KEYS = {"id", "label", "type", "country", "sector"}
MENTION_KEYS = {
    "schema_version",
    "doc",
    "id",
    "label",
    "type",
    "country",
    "sector",
    "text",
    "start",
    "end",
    "lang",
}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
QID = re.compile(r"^Q[1-9]\d*$")
# "geokg: FILE: reason" or "geokg: FILE:LINE: reason", one line each.
PROBLEM_LINE = re.compile(r"^geokg: (?P<file>.+?)(?::(?P<line>\d+))?: (?P<reason>.+)$")


# --------------------------------------------------------------------------------------------
# Helpers and fixtures


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--no-progress"] if args[0] in ("extract", "build") else list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def input_text(doc_id: str) -> str:
    return TEXT_BY_INPUT[doc_id.split("#")[0]]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_jsonl(folder / "news.jsonl", NEWS)
    return folder


@pytest.fixture(scope="module")
def built(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("built") / "out"
    assert main(["build", str(corpus / "news.jsonl"), "-o", f"{out}/", "--no-progress"]) == 0
    return out


@pytest.fixture
def umask_022():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _check_entity(entity: dict, evidence_text: str | None = None) -> None:
    assert ENTITY_KEYS <= set(entity), entity
    assert entity["id"] and isinstance(entity["id"], str)
    # A QID or a stable local id that does not start with Q (CONTRACT §2).
    assert QID.match(entity["id"]) or not entity["id"].startswith("Q"), entity["id"]
    assert entity["country"] is None or re.fullmatch(r"[A-Z]{3}", entity["country"])
    assert entity["sector"] is None or re.fullmatch(r"[A-Z]{3}", entity["sector"])
    if evidence_text is not None:
        assert entity["text"] and entity["text"] in evidence_text


def check_assertion(a: dict, relations: dict) -> None:
    assert set(a) == ASSERTION_KEYS
    assert a["schema_version"] == 1
    assert re.fullmatch(r"[0-9A-Za-z_-]+", a["id"])
    evidence = a["evidence"]
    assert set(evidence) == {"text", "start", "end", "lang"}
    assert evidence["lang"] == "ar"
    assert input_text(a["doc"])[evidence["start"] : evidence["end"]] == evidence["text"]
    _check_entity(a["subject"], evidence["text"])
    assert a["relation"] in relations
    relation = relations[a["relation"]]
    assert a["cameo"] == relation.cameo and a["quad"] == relation.quad
    assert a["cameo"] is None or re.fullmatch(r"\d{2,4}", a["cameo"])
    assert a["quad"] is None or a["quad"] in (1, 2, 3, 4)
    assert a["goldstein"] is None or -10 <= a["goldstein"] <= 10
    obj = a["object"]
    if obj is not None and "assertion" not in obj and "literal" not in obj:
        _check_entity(obj, evidence["text"])
    assert a["polarity"] in POLARITIES
    assert a["modality"] in MODALITIES
    if a["attributed_to"] is not None:
        _check_entity(a["attributed_to"])
    if a["time"] is not None:
        assert set(a["time"]) == {"start", "end"}
        assert all(v is None or ISO_DATE.match(v) for v in a["time"].values())
    assert 0 <= a["confidence"] <= 1
    assert a["extractor"] and "/" in a["extractor"]


# --------------------------------------------------------------------------------------------
# extract


def test_extract_jsonl_follows_the_contract(capsys, corpus):
    code, out, err = run(capsys, "extract", str(corpus / "news.jsonl"), "--format", "jsonl")
    assert code == 0, err
    assertions = jsonl(out)
    relations = load_ontology().relations
    for a in assertions:
        check_assertion(a, relations)
    ids = [a["id"] for a in assertions]
    assert len(ids) == len(set(ids))
    # Each document gave something; the page was split into two articles.
    assert {a["doc"] for a in assertions} == {"cli-1", "cli-2", "cli-page#1", "cli-page#2"}
    # An assertion about an assertion cites an assertion of the same output.
    nested = [a for a in assertions if a["object"] and "assertion" in a["object"]]
    assert nested, "the concern about military cooperation is an assertion about an assertion"
    assert all(a["object"]["assertion"] in ids for a in nested)
    # The second article's evidence lies after the "read also" separator of its input.
    page = TEXT_BY_INPUT["cli-page"]
    second = [a for a in assertions if a["doc"] == "cli-page#2"]
    assert all(a["evidence"]["start"] > page.index("اقرأ أيضا") for a in second)


def test_extract_ids_are_stable_and_output_file_matches_stdout(capsys, corpus, tmp_path, umask_022):
    first = run(capsys, "extract", str(corpus / "news.jsonl"))
    second = run(capsys, "extract", str(corpus / "news.jsonl"))
    assert first[0] == second[0] == 0
    assert [a["id"] for a in jsonl(first[1])] == [a["id"] for a in jsonl(second[1])]
    assert first[1] == second[1]

    target = tmp_path / "sub" / "assertions.jsonl"
    code, out, _ = run(capsys, "extract", str(corpus / "news.jsonl"), "-o", str(target))
    assert code == 0 and out == ""
    assert target.read_text(encoding="utf-8") == first[1]
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert sorted(p.name for p in target.parent.iterdir()) == ["assertions.jsonl"]


def test_extract_mentions_follow_the_contract(capsys, corpus):
    code, out, err = run(capsys, "extract", str(corpus / "news.jsonl"), "--format", "mentions")
    assert code == 0, err
    mentions = jsonl(out)
    assert mentions
    for m in mentions:
        assert set(m) == MENTION_KEYS
        assert m["schema_version"] == 1 and m["lang"] == "ar"
        _check_entity(m)
        assert input_text(m["doc"])[m["start"] : m["end"]] == m["text"]
    # Clitics stay outside the mention: in "والأردن" the name starts after "و".
    text = TEXT_BY_INPUT["cli-1"]
    jordan = [m for m in mentions if m["doc"] == "cli-1" and m["country"] == "JOR"]
    # The dateline "عمّان" is Amman (Jordan's capital), not Oman: the text is about Jordan.
    assert [m["text"] for m in jordan] == ["عمّان", "الأردن"]
    assert text[jordan[1]["start"] - 1] == "و"
    # No mention falls on page furniture (source lines, the separator, the headline).
    page = TEXT_BY_INPUT["cli-page"]
    furniture = [(page.index(s), page.index(s) + len(s)) for s in ("المصدر: وكالة تجريبية", "لقاء فرنسي هندي في باريس")]
    for m in mentions:
        if m["doc"].startswith("cli-page"):
            assert all(m["end"] <= a or m["start"] >= b for a, b in furniture), m
    again = jsonl(run(capsys, "extract", str(corpus / "news.jsonl"), "--format", "mentions")[1])
    assert again == mentions


# --------------------------------------------------------------------------------------------
# build and query


def test_build_writes_parseable_graph_files(built, corpus):
    assert {"graph.ttl", "graph.trig", "graph.html", "assertions.jsonl"} <= {p.name for p in built.iterdir()}
    assertions = jsonl((built / "assertions.jsonl").read_text(encoding="utf-8"))
    assert assertions
    turtle = Graph().parse(built / "graph.ttl", format="turtle")
    statement_nodes = {str(s) for s in turtle.subjects(RDF.type, URIRef(GK_ASSERTION))}
    assert statement_nodes == {f"https://w3id.org/geokg/statement/{a['id']}" for a in assertions}
    trig = Dataset().parse(built / "graph.trig", format="trig")
    named = {str(g.identifier) for g in trig.graphs() if len(g)}
    assert {f"https://w3id.org/geokg/doc/{d}" for d in ("cli-1", "cli-2")} <= named
    # The TriG union holds the same triples as the Turtle file.
    union = Graph()
    for s, p, o, _ in trig.quads((None, None, None, None)):
        union.add((s, p, o))
    assert len(union) == len(turtle)
    html = (built / "graph.html").read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html") or "<html" in html[:500].lower()
    # Nothing of the staging folder is left beside OUT/.
    assert [p.name for p in built.parent.iterdir()] == ["out"]


def test_build_output_folder_has_usual_permissions(corpus, tmp_path, umask_022, capsys):
    out = tmp_path / "out"
    code, _, err = run(capsys, "build", str(corpus / "news.jsonl"), "-o", str(out), "--no-viewer")
    assert code == 0, err
    assert stat.S_IMODE(out.stat().st_mode) == 0o755
    for path in out.rglob("*"):  # the store is a folder of files
        assert stat.S_IMODE(path.stat().st_mode) == (0o755 if path.is_dir() else 0o644), path
    assert "documents" in err and err.count("\n") == 1


QUERY = (
    "SELECT ?s ?relation ?polarity WHERE { ?s a gk:Assertion ; gk:predicate ?relation ; "
    "gk:polarity ?polarity } ORDER BY ?s"
)


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "tsv"])
def test_query_formats(capsys, built, fmt):
    expected = {a["id"] for a in jsonl((built / "assertions.jsonl").read_text(encoding="utf-8"))}
    code, out, err = run(capsys, "query", str(built), QUERY, "--format", fmt)
    assert code == 0, err
    assert err == ""
    if fmt == "json":
        rows = json.loads(out)["results"]["bindings"]
        found = {row["s"]["value"].rsplit("/", 1)[1] for row in rows}
        assert json.loads(out)["head"]["vars"] == ["s", "relation", "polarity"]
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(out)))
        assert rows[0] == ["s", "relation", "polarity"]
        found = {row[0].rsplit("/", 1)[1] for row in rows[1:]}
    elif fmt == "tsv":
        rows = [line.split("\t") for line in out.splitlines()]
        assert rows[0] == ["?s", "?relation", "?polarity"]
        found = {row[0].strip("<>").rsplit("/", 1)[1] for row in rows[1:]}
    else:
        lines = out.splitlines()
        assert re.search(r"\bs\b.*\brelation\b.*\bpolarity\b", lines[0])
        found = {m for m in expected if m in out}
        assert len([line for line in lines if "gks:" in line]) == len(expected)
    assert found == expected


def test_query_reads_a_turtle_file_and_a_query_file(capsys, built, tmp_path):
    query_file = tmp_path / "count.rq"
    query_file.write_text("SELECT (COUNT(?s) AS ?n) WHERE { ?s a gk:Assertion }", encoding="utf-8")
    code, out, err = run(capsys, "query", str(built / "graph.ttl"), f"@{query_file}", "--format", "csv")
    assert code == 0, err
    n_assertions = len(jsonl((built / "assertions.jsonl").read_text(encoding="utf-8")))
    assert out.splitlines() == ["n", str(n_assertions)]


def test_query_syntax_error_exits_2_with_one_line(capsys, built):
    code, out, err = run(capsys, "query", str(built), "SELECT ?s WHERE { ?s a gk:Assertion ")
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("geokg: ") and "syntax" in err.lower()


@pytest.mark.parametrize(
    "argv",
    [
        ["frobnicate"],
        ["extract"],
        ["extract", "x.jsonl", "--format", "xml"],
        ["build", "x.jsonl"],
        ["query", "out/"],
        ["query", "out/", "SELECT * {}", "--format", "yaml"],
        ["extract", "x.jsonl", "--date", "2025-13-45"],
        ["build", "x.jsonl", "-o", "out", "--date", "yesterday"],
        ["serve", "out/", "--port", "70000"],
        ["query", "out/", "ASK {}", "--max-memory", "0"],
        ["serve", "out/", "--max-memory", "lots"],
    ],
    ids=[
        "unknown-command",
        "no-input",
        "bad-format",
        "no-output",
        "no-query",
        "bad-query-format",
        "bad-date",
        "word-date",
        "bad-port",
        "no-memory",
        "memory-not-a-number",
    ],
)
def test_bad_usage_exits_2(capsys, argv):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    assert "usage: geokg" in capsys.readouterr().err


def test_query_on_missing_graph_or_query_file_exits_2(capsys, built, tmp_path):
    code, _, err = run(capsys, "query", str(tmp_path / "nowhere"), "SELECT * WHERE { ?s ?p ?o }")
    assert code == 2 and err.count("\n") == 1 and "nowhere" in err
    code, _, err = run(capsys, "query", str(built), f"@{tmp_path / 'missing.rq'}")
    assert code == 2 and err.count("\n") == 1 and "missing.rq" in err


# --------------------------------------------------------------------------------------------
# Bad input (CONTRACT §1, §4)


@pytest.fixture
def bad_inputs(tmp_path) -> dict[str, Path]:
    paths = {
        "empty": tmp_path / "empty.txt",
        "empty_jsonl": tmp_path / "empty.jsonl",
        "binary": tmp_path / "binary.txt",
        "latin": tmp_path / "latin.txt",
        "mixed": tmp_path / "mixed.jsonl",
        "missing": tmp_path / "missing.txt",
    }
    paths["empty"].write_bytes(b"")
    paths["empty_jsonl"].write_bytes(b"\n\n")
    paths["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    # Valid UTF-8 up to byte 14, then a stray Latin-1 byte on line 2.
    paths["latin"].write_bytes("مصر\nمصر ".encode() + b"\xe9t\xe9\n")
    good = [NEWS[0], NEWS[1]]
    lines = [
        json.dumps(good[0], ensure_ascii=False),
        '{"id": "broken", "text": "غير مكتمل',
        json.dumps({"id": "no-text", "date": "2024-03-05"}),
        json.dumps(good[1], ensure_ascii=False),
    ]
    paths["mixed"].write_text("\n".join(lines) + "\n", encoding="utf-8")
    return paths


def _problems(err: str) -> dict[str, tuple[str | None, str]]:
    found = {}
    for line in err.splitlines():
        m = PROBLEM_LINE.match(line)
        assert m, f"not a 'file:line: reason' line: {line!r}"
        found[f"{Path(m['file']).name}:{m['line']}" if m["line"] else Path(m["file"]).name] = m["reason"]
    return found


def _check_bad_input_report(err: str) -> None:
    problems = _problems(err)
    assert problems["empty.txt"] == "empty file"
    assert problems["empty.jsonl"] == "empty file"
    assert "binary" in problems["binary.txt"]
    assert problems["latin.txt:2"] == "invalid UTF-8 at byte 14"
    assert "not valid JSON" in problems["mixed.jsonl:2"]
    assert "'text'" in problems["mixed.jsonl:3"]
    assert "no such file" in problems["missing.txt"]


def test_bad_input_is_reported_and_skipped_by_extract(capsys, bad_inputs):
    args = [str(p) for p in bad_inputs.values()]
    code, out, err = run(capsys, "extract", *args)
    assert code == 3
    _check_bad_input_report(err)
    assert len(err.splitlines()) == 7
    # The good lines around the broken ones were read and extracted.
    assert {a["doc"] for a in jsonl(out)} == {"cli-1", "cli-2"}


def test_bad_input_is_reported_and_skipped_by_build(capsys, bad_inputs, tmp_path):
    out = tmp_path / "out"
    code, _, err = run(capsys, "build", *[str(p) for p in bad_inputs.values()], "-o", str(out), "--no-viewer")
    assert code == 3
    summary = err.splitlines()[-1]
    assert summary.startswith("geokg: 2 documents")
    _check_bad_input_report("\n".join(err.splitlines()[:-1]))
    written = jsonl((out / "assertions.jsonl").read_text(encoding="utf-8"))
    assert {a["doc"] for a in written} == {"cli-1", "cli-2"}


def test_a_good_text_file_among_bad_ones(capsys, bad_inputs, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD_TXT, encoding="utf-8")
    code, out, err = run(capsys, "extract", str(bad_inputs["binary"]), str(good), str(bad_inputs["missing"]))
    assert code == 3
    assert set(_problems(err)) == {"binary.txt", "missing.txt"}
    assertions = jsonl(out)
    assert assertions and {a["doc"] for a in assertions} == {"good"}
    assert all(GOOD_TXT[a["evidence"]["start"] : a["evidence"]["end"]] == a["evidence"]["text"] for a in assertions)


def test_nothing_readable_exits_1_and_writes_nothing(capsys, bad_inputs, tmp_path):
    unreadable = [str(bad_inputs[k]) for k in ("empty", "binary", "latin", "missing")]
    target = tmp_path / "extracted.jsonl"
    code, out, err = run(capsys, "extract", *unreadable, "-o", str(target))
    assert code == 1 and out == ""
    assert "nothing written" in err.splitlines()[-1]
    assert not target.exists()

    out_dir = tmp_path / "out"
    code, out, err = run(capsys, "build", *unreadable, "-o", str(out_dir))
    assert code == 1
    assert "nothing written" in err.splitlines()[-1]
    assert not out_dir.exists()
    assert {p.name for p in tmp_path.iterdir()} == {p.name for p in bad_inputs.values() if p.exists()}


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_failed_build_leaves_previous_output_intact(capsys, built, corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    shutil.copytree(built, out)
    before = _snapshot(out)
    other = write_jsonl(tmp_path / "other.jsonl", [NEWS[2]])

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("geokg.graph.viewer.write_viewer", no_space)
    code, _, err = run(capsys, "build", str(other), "-o", str(out))
    assert code == 1
    assert err.splitlines()[-1] == f"geokg: {os.strerror(errno.ENOSPC)}; nothing written"
    assert _snapshot(out) == before
    assert {p.name for p in tmp_path.iterdir()} == {"out", "other.jsonl"}

    # An unexpected error propagates, and still leaves OUT/ as it was.
    def broken(*args, **kwargs):
        raise RuntimeError("viewer bug")

    monkeypatch.setattr("geokg.graph.viewer.write_viewer", broken)
    with pytest.raises(RuntimeError):
        main(["build", str(other), "-o", str(out), "--no-progress"])
    assert _snapshot(out) == before
    assert {p.name for p in tmp_path.iterdir()} == {"out", "other.jsonl"}


def test_build_replaces_previous_output(capsys, built, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(built, out)
    (out / "stale.txt").write_text("from an earlier run", encoding="utf-8")
    other = write_jsonl(tmp_path / "other.jsonl", [NEWS[2]])
    code, _, err = run(capsys, "build", str(other), "-o", str(out), "--no-viewer")
    assert code == 0, err
    assert not (out / "stale.txt").exists()
    docs = {a["doc"] for a in jsonl((out / "assertions.jsonl").read_text(encoding="utf-8"))}
    assert docs == {"cli-page#1", "cli-page#2"}


# --------------------------------------------------------------------------------------------
# Through a real process


def _cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "geokg.graph.cli", *args],
        input=stdin,
        capture_output=True,
        timeout=300,
    )


def test_stdin_jsonl_in_a_subprocess():
    lines = [json.dumps(NEWS[0], ensure_ascii=False), "{not json", json.dumps(NEWS[1], ensure_ascii=False)]
    proc = _cli("extract", "-", "--no-progress", stdin=("\n".join(lines) + "\n").encode("utf-8"))
    assert proc.returncode == 3, proc.stderr.decode()
    assert proc.stderr.decode("utf-8").splitlines() == [
        "geokg: <stdin>:2: not valid JSON (Expecting property name enclosed in double quotes at column 2)"
    ]
    assertions = jsonl(proc.stdout.decode("utf-8"))
    relations = load_ontology().relations
    for a in assertions:
        check_assertion(a, relations)
    assert {a["doc"] for a in assertions} == {"cli-1", "cli-2"}


def test_console_script_usage_and_query(built):
    script = Path(sys.executable).with_name("geokg")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "geokg.graph.cli"]
    proc = subprocess.run([*command, "extract", "--format", "xml", "x"], capture_output=True, timeout=120)
    assert proc.returncode == 2 and b"usage: geokg" in proc.stderr
    proc = subprocess.run(
        [*command, "query", str(built), "ASK { ?s a gk:Assertion }"], capture_output=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout == b"true\n"
    proc = subprocess.run([*command, "query", str(built), "SELEKT *"], capture_output=True, timeout=300)
    assert proc.returncode == 2 and proc.stdout == b""
    assert len(proc.stderr.decode().splitlines()) == 1
