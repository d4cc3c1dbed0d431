"""``geokg build --update`` in place (graph/update.py): the same output as writing the whole of
OUT/ again, and a killed update leaves the previous state or the committed new one.

- Over a sequence of updates (new documents, documents read again changed and unchanged, a page
  split anew into articles and back, retellings of a story across runs, in Arabic and English),
  the store, the files and the index equal what the update that writes OUT/ whole gives.
- kill -9 at each step (real processes, ``tests/kill_points.py``): before the commit point OUT/
  is untouched, byte for byte; after it, the store is the old or the new one at every instant,
  and the next reader or run completes the update; nothing is left beside OUT/.
- Two updates started together into one OUT/: one is refused or waits its turn, none loses data.
- graph.ttl, graph.trig and graph.html: deferred above a size or on request, listed as out of
  date in the marker, written again by ``build --refresh`` or when a command needs them.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from geokg.graph.cli import main
from geokg.graph.outfolder import OutputFolder
from helpers import read_jsonl as _jsonl
from helpers import write_jsonl as _write

STORY = (
    "قال مسؤولون في وزارة الخارجية التونسية اليوم إن تونس والمغرب وقعتا اتفاقية للتعاون في مجال "
    "النقل البحري تشمل إنشاء خط ملاحي منتظم بين موانئ البلدين وتبادل الخبرات في إدارة الموانئ "
    "وتدريب البحارة، وأضاف المسؤولون أن الاتفاقية ستدخل حيز التنفيذ مطلع العام المقبل بعد "
    "استكمال الإجراءات القانونية في البلدين."
)
RETOLD = STORY + " وأشار بيان مشترك إلى أن الجانبين سيعقدان اجتماعا آخر في الرباط."
PAGE_ONE = "أدانت الجزائر الهجوم الذي استهدف سفارتها في مالي.\n\nالمصدر: وكالة الأنباء التجريبية\n"
PAGE_TWO = (
    PAGE_ONE
    + "\nاقرأ أيضا:\n\nالسعودية ترسل مساعدات إلى السودان\n\n"
    + "أعلنت السعودية أنها ستقدم مساعدات إنسانية إلى السودان.\n\nالمصدر: صحيفة الخليج التجريبية\n"
)
BATCHES = [
    (
        [
            {"id": "w1", "date": "2024-04-01", "source": "وكالة ألف", "text": STORY},
            {"id": "a2", "date": "2024-04-01", "text": "استقبل الرئيس المصري في القاهرة أمس وزير خارجية اليونان."},
            {"id": "e1", "date": "2024-04-01", "lang": "en", "text": "Germany signed a trade agreement with Canada."},
        ],
        PAGE_ONE,
    ),
    (
        [
            {"id": "w2", "date": "2024-04-02", "source": "صحيفة باء", "text": RETOLD},
            {"id": "e2", "date": "2024-04-02", "lang": "en", "text": "Brazil condemned the missile strike on Ukraine."},
        ],
        None,
    ),
    (
        [
            {
                "id": "w1",
                "date": "2024-04-03",
                "source": "وكالة ألف",
                "text": "وقعت الكويت وقطر اتفاقية للتعاون الأمني.",
            },
            {"id": "e1", "date": "2024-04-01", "lang": "en", "text": "Germany signed a trade agreement with Canada."},
            {"id": "w3", "date": "2024-04-03", "source": "موقع جيم", "text": RETOLD},
        ],
        PAGE_TWO,
    ),
    (
        [
            {"id": "w2", "date": "2024-04-04", "text": "Japan accused China of violating its airspace.", "lang": "en"},
            {"id": "a2", "date": "2024-04-04", "text": "استقبل الرئيس المصري في القاهرة أمس وزير خارجية اليونان."},
        ],
        PAGE_ONE,
    ),
]


def _build(*args: str) -> int:
    return main(["build", *args, "--no-progress", "--jobs", "1"])


def _inputs(folder: Path, step: int) -> list[str]:
    records, page = BATCHES[step]
    given = [str(_write(folder / f"batch{step}.jsonl", records))]
    if page is not None:
        (folder / f"p{step}").mkdir()
        (folder / f"p{step}" / "p.txt").write_text(page, encoding="utf-8")
        given.append(str(folder / f"p{step}" / "p.txt"))
    return given


def _store(out: Path) -> set[ox.Quad]:
    store = ox.Store.read_only(str(out / "store"))
    try:
        return set(store)
    finally:
        del store


def _index(out: Path) -> dict[str, set]:
    db = sqlite3.connect(out / ".geokg-index.sqlite")
    try:
        return {
            "docs": set(db.execute("SELECT id, inkey, provenance FROM docs")),
            "sigs": set(db.execute("SELECT id, story, minhash FROM sigs")),
            "bands": set(db.execute("SELECT key, id FROM bands")),
            "entities": set(db.execute("SELECT id, iri, record FROM entities")),
        }
    finally:
        db.close()


def _nquads(out: Path) -> set[ox.Quad]:
    """graph.nq's quads as a store holds them."""
    store = ox.Store()
    store.bulk_load(path=str(out / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    return set(store)


def _lines(path: Path) -> list[str]:
    return sorted(path.read_text(encoding="utf-8").splitlines())


def _described_entities(quads: set[ox.Quad]) -> set[ox.Quad]:
    return {q for q in quads if q.subject.value.startswith(ENTITY) and isinstance(q.graph_name, ox.DefaultGraph)}


def _labels(quads: set[ox.Quad]) -> set[ox.Quad]:
    return {q for q in _described_entities(quads) if q.predicate.value in LABELS}


ENTITY = "https://w3id.org/geokg/id/"
ONTOLOGY = "https://w3id.org/geokg/ontology"
LABELS = ("http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#prefLabel")


def test_updates_in_place_equal_updates_that_write_everything(tmp_path, capsys):
    in_place, whole, fresh = tmp_path / "in_place", tmp_path / "whole", tmp_path / "fresh"
    for step in range(len(BATCHES)):
        given = _inputs(tmp_path, step)
        assert _build(*given, "-o", str(in_place), "--update") == 0
        if whole.exists():
            (whole / ".geokg-index.sqlite").unlink()  # an output from before the index: written whole
        assert _build(*given, "-o", str(whole), "--update") == 0
        # Writing everything again reads the mentions back from mentions.jsonl, which has no
        # labels: it keeps an entity's labels in one language only (a loss the update in place
        # does not have). Everything else is equal.
        ours, theirs = _store(in_place), _store(whole)
        assert ours - _labels(ours) == theirs - _labels(theirs), step
        assert _labels(theirs) <= _labels(ours)
        for name in ("assertions.jsonl", "documents.jsonl", "mentions.jsonl", "minhash.jsonl"):
            assert _lines(in_place / name) == _lines(whole / name), (step, name)
        assert _nquads(in_place) == ours - {q for q in ours if q.graph_name == ox.NamedNode(ONTOLOGY)}
        ours_index, theirs_index = _index(in_place), _index(whole)
        assert {k: v for k, v in ours_index.items() if k != "entities"} == {
            k: v for k, v in theirs_index.items() if k != "entities"
        }, step
        assert {row[0] for row in ours_index["entities"]} == {row[0] for row in theirs_index["entities"]}
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    # The entities are described as a fresh build of the documents now in the graph describes them.
    finals = {d["id"]: d for records, _ in BATCHES for d in records}
    assert (
        _build(
            str(_write(tmp_path / "finals.jsonl", list(finals.values()))),
            str(tmp_path / "p3" / "p.txt"),
            "-o",
            str(fresh),
        )
        == 0
    )
    assert _described_entities(_store(in_place)) == _described_entities(_store(fresh))
    assert _index(in_place)["entities"] == _index(fresh)["entities"]
    documents = {d["id"]: d for d in _jsonl(in_place / "documents.jsonl")}
    assert set(documents) == {"w1", "a2", "e1", "w2", "e2", "w3", "p"}
    assert documents["w3"]["story"] == "w1"  # a retelling found across runs
    err = capsys.readouterr().err
    assert "document 'p#1' replaces the previous build's 'p'" in err  # the page split anew
    assert "'p' replaces the previous build's 'p#1'" in err  # and back


def test_an_update_adds_only_what_it_adds(tmp_path, capsys):
    out = tmp_path / "out"
    assert _build(*_inputs(tmp_path, 0), "-o", str(out), "--no-viewer") == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and p.suffix in (".jsonl", ".nq")}
    assert _build(*_inputs(tmp_path, 1), "-o", str(out), "--no-viewer", "--update") == 0
    for name, old in before.items():  # appended: every earlier byte where it was
        assert (out / name).read_bytes().startswith(old), name
    # The same input again: nothing changes but the marker's token.
    snapshot = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and p.name != ".geokg-output"}
    assert _build(str(tmp_path / "batch1.jsonl"), "-o", str(out), "--no-viewer", "--update") == 0
    assert snapshot == {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and p.name != ".geokg-output"}
    assert "0 added or replaced with 0 assertions; 2 read again unchanged, left as they were" in capsys.readouterr().err


# --------------------------------------------------------------------------------------------
# Derived files


def _marker(out: Path) -> dict:
    return json.loads((out / ".geokg-output").read_text(encoding="utf-8"))


def test_derived_files_deferred_then_written_when_asked(tmp_path, capsys):
    out = tmp_path / "out"
    assert _build(*_inputs(tmp_path, 0), "-o", str(out)) == 0
    ttl, html = (out / "graph.ttl").read_bytes(), (out / "graph.html").read_bytes()
    written = (out / "graph.html").stat().st_mtime_ns
    assert _build(*_inputs(tmp_path, 1), "-o", str(out), "--update", "--defer-files") == 0
    assert _marker(out)["stale"] == ["graph.html", "graph.trig", "graph.ttl"]
    assert (out / "graph.ttl").read_bytes() == ttl and (out / "graph.html").read_bytes() == html
    # A command that reads graph.ttl writes it again first (and only what it needs).
    assert OutputFolder.graph_file(out) == out / "graph.ttl"
    assert b"w2" in (out / "graph.ttl").read_bytes()
    assert _marker(out)["stale"] == ["graph.html"]
    capsys.readouterr()
    assert main(["build", "-o", str(out), "--refresh", "--no-progress"]) == 0
    assert "graph.html -> " in capsys.readouterr().err
    assert "stale" not in _marker(out) and (out / "graph.html").stat().st_mtime_ns != written
    # Above --defer-above documents, an update defers them by itself.
    assert _build(*_inputs(tmp_path, 2), "-o", str(out), "--update", "--defer-above", "3") == 0
    assert _marker(out)["stale"] == ["graph.html", "graph.trig", "graph.ttl"]
    assert main(["build", "-o", str(out), "--refresh", "--no-progress", "--no-viewer"]) == 0
    assert "stale" not in _marker(out) and not (out / "graph.html").exists()


def test_refresh_needs_an_output_and_no_input(tmp_path, capsys):
    assert main(["build", "-o", str(tmp_path / "none"), "--refresh"]) == 2
    assert "not a geokg output folder" in capsys.readouterr().err
    assert main(["build", "x.jsonl", "-o", str(tmp_path / "none"), "--refresh"]) == 2
    assert main(["build", "-o", str(tmp_path / "none")]) == 2
    assert "at least one INPUT" in capsys.readouterr().err


# --------------------------------------------------------------------------------------------
# kill -9

KILL_POINTS = Path(__file__).with_name("kill_points.py")
# point -> the state OUT/ holds right after the kill ("old": untouched, byte for byte)
KILLS = {
    "extracting": "old",
    "update: preparing the store": "old",
    "update: before the commit": "old",
    "update: after the commit": "new",
    "update: appending to the files": "new",
    "update: after the store swap": "new",
    "update: applying the index": "new",
    "update: deleting the journal": "new",
    "update: writing graph.ttl": "new",
}
FIRST, SECOND = BATCHES[0][0], BATCHES[1][0]


def _snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}


def _statements(out: Path) -> set[str]:
    store = ox.Store.read_only(str(out / "store"))
    try:
        kind = ox.NamedNode("https://w3id.org/geokg/ontology#Assertion")
        rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
        return {q.subject.value.rsplit("/", 1)[1] for q in store.quads_for_pattern(None, rdf_type, kind, None)}
    finally:
        del store


def _consistent_documents(out: Path) -> set[str]:
    """The documents of a complete output whose files, store and index agree."""
    ids = {a["id"] for a in _jsonl(out / "assertions.jsonl")}
    assert _statements(out) == ids
    quads = ox.parse(path=str(out / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    assert {q.subject.value.rsplit("/", 1)[1] for q in quads if q.object.value.endswith("#Assertion")} == ids
    documents = {d["id"] for d in _jsonl(out / "documents.jsonl")}
    assert documents == {row[0] for row in _index(out)["docs"]}
    assert {m["doc"] for m in _jsonl(out / "mentions.jsonl")} <= documents
    return documents


@pytest.fixture(scope="module")
def killed(tmp_path_factory) -> dict[str, tuple[Path, dict[str, bytes], subprocess.Popen]]:
    """One update per point, killed there; all started at once (each loads the pipelines)."""
    runs = {}
    for point in KILLS:
        folder = tmp_path_factory.mktemp("kill")
        first, second = _write(folder / "first.jsonl", FIRST), _write(folder / "second.jsonl", SECOND)
        assert _build(str(first), "-o", str(folder / "out"), "--no-viewer") == 0
        before = _snapshot(folder / "out")
        argv = ["build", str(second), "-o", str(folder / "out"), "--update", "--no-progress", "--jobs", "1"]
        process = subprocess.Popen(
            [sys.executable, str(KILL_POINTS), point, *argv], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        runs[point] = folder, before, process
    yield runs
    for _, _, process in runs.values():
        process.kill()
        process.wait()


@pytest.fixture(scope="module")
def updated(tmp_path_factory) -> set[str]:
    """The assertion ids of the update done without a kill."""
    folder = tmp_path_factory.mktemp("reference")
    assert _build(str(_write(folder / "first.jsonl", FIRST)), "-o", str(folder / "out"), "--no-viewer") == 0
    assert _build(str(_write(folder / "second.jsonl", SECOND)), "-o", str(folder / "out"), "--update") == 0
    return {a["id"] for a in _jsonl(folder / "out" / "assertions.jsonl")}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the kill points assume Linux")
@pytest.mark.parametrize("point", list(KILLS))
def test_a_killed_update_leaves_the_old_state_or_the_committed_one(killed, updated, point, capsys):
    folder, before, process = killed[point]
    _, err = process.communicate(timeout=600)
    assert process.returncode == -signal.SIGKILL, err.decode()
    out = folder / "out"
    old_ids = {json.loads(line)["id"] for line in before["assertions.jsonl"].decode("utf-8").splitlines()}
    if KILLS[point] == "old":
        assert _snapshot(out) == before  # untouched, byte for byte
    else:
        assert _statements(out) in (old_ids, updated)  # the store: one or the other, at every instant
    # Any reader completes a committed update first (here: what query and serve call).
    OutputFolder(out).settle()
    assert _consistent_documents(out) == ({"w1", "a2", "e1"} if KILLS[point] == "old" else NEW)
    assert _statements(out) == (old_ids if KILLS[point] == "old" else updated)
    assert OutputFolder.graph_file(out).is_file()  # graph.ttl written again when it is out of date
    assert "stale" not in _marker(out) or "graph.ttl" not in _marker(out)["stale"]
    capsys.readouterr()
    # The next run (the same update again) tidies up and loses nothing.
    assert _build(str(folder / "second.jsonl"), "-o", str(out), "--update") == 0
    assert _consistent_documents(out) == NEW and _statements(out) == updated
    assert sorted(p.name for p in folder.iterdir()) == ["first.jsonl", "out", "second.jsonl"]


NEW = {"w1", "a2", "e1", "w2", "e2"}


# --------------------------------------------------------------------------------------------
# Two updates at once


def test_two_updates_at_once_lose_nothing(tmp_path):
    out = tmp_path / "out"
    assert _build(str(_write(tmp_path / "first.jsonl", FIRST)), "-o", str(out), "--no-viewer") == 0
    halves = [SECOND[:1], SECOND[1:]]
    runs = []
    for k, records in enumerate(halves):
        given = _write(tmp_path / f"half{k}.jsonl", records)
        argv = [
            "-m",
            "geokg.graph.cli",
            "build",
            str(given),
            "-o",
            str(out),
            "--update",
            "--no-progress",
            "--jobs",
            "1",
        ]
        runs.append(subprocess.Popen([sys.executable, *argv], stderr=subprocess.PIPE))
    results = [(process.wait(timeout=600), process.stderr.read().decode()) for process in runs]
    added = {"w1", "a2", "e1"}
    for (code, err), records in zip(results, halves):
        if code == 1:
            assert "another geokg run is writing this folder" in err
        else:
            assert code == 0, err
            added |= {r["id"] for r in records}
    assert any(code == 0 for code, _ in results)
    assert _consistent_documents(out) == added


def _datasketch_signature(text: str):
    MinHash = pytest.importorskip("datasketch", reason="datasketch (the dev extra) is the reference").MinHash
    from geokg.extract.dedup import NUM_PERM, SEED, shingles

    grams = shingles(text)
    if not grams:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32")
    minhash.update_batch(list(grams))
    return [int(v) for v in minhash.hashvalues]


def _random_texts(count: int, seed: int) -> list[str]:
    import random

    rng = random.Random(seed)
    words = (STORY + " " + BATCHES[0][0][2]["text"] + " Brazil, condemned; the strike.").split()
    return [" ".join(rng.choice(words) for _ in range(rng.randint(0, 60))) for _ in range(count)]


def test_signatures_are_datasketchs():
    """geokg's MinHash (numpy, no datasketch) gives datasketch's values, so signatures compare
    with those of outputs written before, across builds and updates."""
    from geokg.extract.dedup import signature

    for text in _random_texts(200, seed=5):
        ours, theirs = signature(text), _datasketch_signature(text)
        assert (ours is None and theirs is None) or ours.tolist() == theirs


def test_bands_find_what_datasketchs_lsh_finds():
    """The dict LSH gives ``MinHashLSH``'s candidates at the threshold the story index uses."""
    import numpy as np

    datasketch = pytest.importorskip("datasketch", reason="datasketch (the dev extra) is the reference")
    LeanMinHash, MinHashLSH = datasketch.LeanMinHash, datasketch.MinHashLSH
    from geokg.extract.dedup import NUM_PERM, SEED, THRESHOLD, Bands, signature

    texts = [t for t in _random_texts(300, seed=8) if signature(t) is not None]
    texts += [t + " and more" for t in texts[:100]]  # near-copies: candidates to find
    ours, theirs = Bands(), MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    hits = 0
    for n, text in enumerate(texts):
        values = signature(text)
        query = sorted(ours.query(values))
        assert query == sorted(theirs.query(LeanMinHash(seed=SEED, hashvalues=values, scheme="affine32")))
        hits += bool(query)
        ours.insert(str(n), values)
        theirs.insert(str(n), LeanMinHash(seed=SEED, hashvalues=np.asarray(values), scheme="affine32"))
        if n % 7 == 0 and n:
            ours.remove(str(n - 1))
            theirs.remove(str(n - 1))
    assert hits >= 50, "too few candidates: the test would compare empty answers"
