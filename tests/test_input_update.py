"""``geokg build NEW -o OUT/ --update``: adds to an existing graph without losing or duplicating
anything, rewrites every output consistently, and leaves OUT/ as it was when interrupted.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from geokg.graph.cli import main
from helpers import read_jsonl as _jsonl
from helpers import write_jsonl as _write
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

GK_ASSERTION = URIRef("https://w3id.org/geokg/ontology#Assertion")

FIRST = [
    {
        "id": "u1",
        "date": "2024-03-05",
        "source": "وكالة ألف",
        "text": "وقعت مصر والأردن اليوم اتفاقية للتعاون في مجال الطاقة.",
    },
    {"id": "u2", "date": "2024-03-05", "text": "شنت إسرائيل غارات جوية على مواقع في سوريا فجر اليوم."},
]
SECOND = [
    {"id": "u3", "date": "2024-03-06", "text": "استقبل الرئيس الفرنسي في باريس أمس رئيس وزراء الهند."},
    {"id": "u4", "date": "2024-03-06", "text": "وأعربت الصين عن قلقها من تعزيز التعاون العسكري بين اليابان والفلبين."},
]


def _build(*args: str) -> int:
    return main(["build", *args, "--no-progress"])


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of OUT/ byte for byte; the embedded store (a database folder, whose files are
    not byte-stable) by the quads it answers."""
    snap = {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
    if (folder / "store").is_dir():
        from geokg.graph.store import open_store

        store = open_store(folder)
        try:
            quads = sorted(" ".join(t.n3() for t in q if t is not None) for q in store.quads((None, None, None, None)))
        finally:
            store.close()
        snap["store"] = "\n".join(quads).encode("utf-8")
    return snap


def _statement_ids(out: Path) -> set[str]:
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    return {str(s).rsplit("/", 1)[1] for s in graph.subjects(RDF.type, GK_ASSERTION)}


@pytest.fixture
def inputs(tmp_path) -> tuple[Path, Path]:
    return _write(tmp_path / "first.jsonl", FIRST), _write(tmp_path / "second.jsonl", SECOND)


def test_update_adds_and_equals_one_build_of_everything(tmp_path, inputs, capsys):
    first, second = inputs
    out, together = tmp_path / "out", tmp_path / "together"
    assert _build(str(first), "-o", str(out)) == 0
    before = _jsonl(out / "assertions.jsonl")
    assert {a["doc"] for a in before} == {"u1", "u2"}
    assert _build(str(second), "-o", str(out), "--update") == 0
    assert _build(str(first), str(second), "-o", str(together)) == 0

    for name in ("assertions.jsonl", "documents.jsonl", "mentions.jsonl", "minhash.jsonl"):
        assert sorted(_jsonl(out / name), key=json.dumps) == sorted(_jsonl(together / name), key=json.dumps), name
    assert Graph().parse(out / "graph.ttl").isomorphic(Graph().parse(together / "graph.ttl"))
    # Every output agrees with the others: a statement node per assertion, the viewer rebuilt.
    ids = {a["id"] for a in _jsonl(out / "assertions.jsonl")}
    assert _statement_ids(out) == ids
    assert all(a["id"] in ids for a in before)
    html = (out / "graph.html").read_text(encoding="utf-8")
    added = [a for a in _jsonl(out / "assertions.jsonl") if a["doc"] == "u3"]
    assert added
    label = added[0]["subject"]["label"]
    assert label in html or json.dumps(label)[1:-1] in html
    capsys.readouterr()


def test_update_with_the_same_input_duplicates_nothing(tmp_path, inputs, capsys):
    first, _ = inputs
    out = tmp_path / "out"
    assert _build(str(first), "-o", str(out), "--no-viewer") == 0
    before = _snapshot(out)
    assert _build(str(first), "-o", str(out), "--no-viewer", "--update") == 0
    after = _snapshot(out)
    # Every file but the marker, whose token names each build.
    assert before.pop(".geokg-output") != after.pop(".geokg-output")
    assert after == before
    # The same documents read again are counted, not reported one by one.
    err = capsys.readouterr().err.strip().splitlines()
    assert (
        len(err) == 2
        and "2 documents in the graph: 0 added or replaced with 0 assertions; 2 read again unchanged" in err[1]
    )


def test_a_document_read_again_replaces_its_earlier_self(tmp_path, inputs, capsys):
    first, _ = inputs
    out = tmp_path / "out"
    assert _build(str(first), "-o", str(out), "--no-viewer") == 0
    old_u2 = {a["id"] for a in _jsonl(out / "assertions.jsonl") if a["doc"] == "u2"}
    assert old_u2
    corrected = dict(FIRST[1], text="وقعت السعودية والإمارات اتفاقية للتعاون الاقتصادي.")
    assert _build(str(_write(tmp_path / "fix.jsonl", [corrected])), "-o", str(out), "--no-viewer", "--update") == 0
    assertions = _jsonl(out / "assertions.jsonl")
    new_u2 = {a["id"] for a in assertions if a["doc"] == "u2"}
    assert new_u2 and new_u2.isdisjoint(old_u2)
    assert {a["doc"] for a in assertions} == {"u1", "u2"}
    mentions = _jsonl(out / "mentions.jsonl")
    assert {m["country"] for m in mentions if m["doc"] == "u2"} == {"SAU", "ARE"}
    assert len([d for d in _jsonl(out / "documents.jsonl") if d["id"] == "u2"]) == 1
    capsys.readouterr()


@pytest.mark.parametrize(
    "where",
    [
        "geokg.graph.update._prepare_store",  # an update in place, before its commit point
        "geokg.graph.update._commit",
        "geokg.graph.rdf.write_nquads",  # the update of an output without an index: written whole
    ],
)
def test_interrupted_update_leaves_out_as_it_was(tmp_path, inputs, monkeypatch, capsys, where):
    first, second = inputs
    out = tmp_path / "out"
    assert _build(str(first), "-o", str(out)) == 0
    if "rdf" in where:
        (out / ".geokg-index.sqlite").unlink()
    before = _snapshot(out)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(where, interrupted)
    code = _build(str(second), "-o", str(out), "--update")
    assert code == 1
    assert capsys.readouterr().err.splitlines()[-1] == "geokg: interrupted; nothing written"
    assert _snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first.jsonl", "out", "second.jsonl"]


def test_update_creates_a_missing_out_and_refuses_a_foreign_folder(tmp_path, inputs, capsys):
    first, _ = inputs
    fresh = tmp_path / "fresh"
    assert _build(str(first), "-o", str(fresh), "--update", "--no-viewer") == 0
    assert {a["doc"] for a in _jsonl(fresh / "assertions.jsonl")} == {"u1", "u2"}

    foreign = tmp_path / "photos"
    foreign.mkdir()
    (foreign / "holiday.jpg").write_bytes(b"\xff\xd8\xff")
    capsys.readouterr()
    assert _build(str(first), "-o", str(foreign), "--update") == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not a geokg output" in err[0] and err[0].endswith("nothing written")
    assert [p.name for p in foreign.iterdir()] == ["holiday.jpg"]

    damaged = tmp_path / "damaged"
    assert _build(str(first), "-o", str(damaged), "--no-viewer") == 0
    with open(damaged / "assertions.jsonl", "a", encoding="utf-8") as fh:
        fh.write('{"id": "half a line\n')
    before = _snapshot(damaged)
    capsys.readouterr()
    assert _build(str(first), "-o", str(damaged), "--update") == 1
    err = capsys.readouterr().err.strip()
    assert "assertions.jsonl:3: not valid JSON" in err
    assert _snapshot(damaged) == before

    # Damaged mentions are found while merging: the same one-line refusal.
    assert _build(str(first), "-o", str(damaged), "--no-viewer") == 0
    with open(damaged / "mentions.jsonl", "a", encoding="utf-8") as fh:
        fh.write("[not, json\n")
    before = _snapshot(damaged)
    capsys.readouterr()
    assert _build(str(first), "-o", str(damaged), "--update") == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "mentions.jsonl:" in err[0] and err[0].endswith("nothing written")
    assert _snapshot(damaged) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["damaged", "first.jsonl", "fresh", "photos", "second.jsonl"]


def _leftover(tmp_path: Path, kind: str, token: str, marker: str | None = None) -> Path:
    """What a killed run leaves beside OUT/: ``.out.geokg-<kind>-<token>`` with its marker."""
    folder = tmp_path / f".out.geokg-{kind}-{token}"
    folder.mkdir()
    (folder / ".geokg-output").write_text(json.dumps({"geokg_output": 1, "token": marker or token}), encoding="utf-8")
    return folder


def test_a_killed_run_is_tidied_up_by_the_next(tmp_path, inputs, capsys):
    first, second = inputs
    out = tmp_path / "out"
    assert _build(str(first), "-o", str(out), "--no-viewer") == 0
    before = _snapshot(out)
    # A run killed between moving OUT/ aside and moving its new output in (the previous OUT/
    # keeps its marker and is named by its token), another killed while writing its staging
    # folder, and a third while deleting a replaced OUT/. Nothing in them says which process
    # wrote them: process ids are reused (in a container the next run may well get the same).
    token = json.loads((out / ".geokg-output").read_text(encoding="utf-8"))["token"]
    out.rename(tmp_path / f".out.geokg-old-{token}")
    staging = _leftover(tmp_path, "staging", "00112233aabbccdd")
    (staging / "graph.ttl").write_text("half", encoding="utf-8")
    _leftover(tmp_path, "trash", "0123456789abcdef")
    # Not ours: the name and the marker disagree, so it is left alone.
    stranger = _leftover(tmp_path, "staging", "ffffffffffffffff", marker="eeeeeeeeeeeeeeee")
    capsys.readouterr()
    assert _build(str(second), "-o", str(out), "--no-viewer", "--update") == 0
    err = capsys.readouterr().err
    assert "put back the previous output" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["first.jsonl", "out", "second.jsonl", stranger.name])
    docs = {d["id"] for d in _jsonl(out / "documents.jsonl")}
    assert docs == {"u1", "u2", "u3", "u4"}  # the previous output came back and was updated
    assert set(before) <= {p.name for p in out.iterdir()}


def test_a_second_run_into_the_same_out_is_refused_while_the_first_runs(tmp_path, inputs, capsys):
    from geokg.graph.outfolder import OutputFolder

    first, _ = inputs
    out = tmp_path / "out"
    assert _build(str(first), "-o", str(out), "--no-viewer") == 0
    before = _snapshot(out)
    capsys.readouterr()
    with OutputFolder(out).locked():  # what a running build holds
        assert _build(str(first), "-o", str(out), "--no-viewer", "--update") == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "another geokg run is writing this folder" in err[0]
    assert _snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first.jsonl", "out", "second.jsonl"]
