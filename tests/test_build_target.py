"""``geokg build -o OUT/``: what it refuses to replace, and what a kill -9 leaves (CONTRACT §3).

- An existing folder that is not a geokg output, or that is or holds an input, is refused
  (exit 1, untouched) unless ``--force``; ``-o .`` is refused before anything is read (exit 2).
- A symlinked OUT/ stays a symlink.
- kill -9 at any moment of a build that replaces OUT/ as a whole leaves OUT/ the old output or the
  complete new one, and the next run tidies what the killed one left, recognising it by the token
  in it (never by process id: ids are reused, in a container the next run may well get the same
  one). Updates in place have their own kill points (tests/test_update.py).
- A killed ``extract -o FILE`` leaves a partial file that the next run deletes.

The killed runs are real processes (``tests/kill_points.py``), started together and killed with
SIGKILL at chosen points: while writing, and at each step of the swap.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from geokg.graph import outfolder
from geokg.graph.cli import main
from helpers import read_jsonl as _jsonl
from helpers import write_jsonl as _write
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

GK_ASSERTION = URIRef("https://w3id.org/geokg/ontology#Assertion")
FIRST = [
    {"id": "k1", "date": "2024-03-05", "text": "وقعت مصر والأردن اليوم اتفاقية للتعاون في مجال الطاقة."},
    {"id": "k2", "date": "2024-03-05", "text": "شنت إسرائيل غارات جوية على مواقع في سوريا فجر اليوم."},
]
SECOND = [{"id": "k3", "date": "2024-03-06", "text": "استقبل الرئيس الفرنسي في باريس أمس رئيس وزراء الهند."}]


def _build(*args: str) -> int:
    return main(["build", *args, "--no-progress", "--no-viewer"])


@pytest.fixture
def inputs(tmp_path) -> tuple[Path, Path]:
    return _write(tmp_path / "first.jsonl", FIRST), _write(tmp_path / "second.jsonl", SECOND)


def _documents(out: Path) -> set[str]:
    """The documents of a complete output, checked for consistency: every assertion of
    assertions.jsonl is a statement node of graph.ttl, and the reverse."""
    ids = {a["id"] for a in _jsonl(out / "assertions.jsonl")}
    turtle = Graph().parse(out / "graph.ttl", format="turtle")
    nodes = {str(s).rsplit("/", 1)[1] for s in turtle.subjects(RDF.type, GK_ASSERTION)}
    assert nodes == ids
    assert (out / "store" / "CURRENT").is_file()
    return {d["id"] for d in _jsonl(out / "documents.jsonl")}


# --------------------------------------------------------------------------------------------
# What build -o refuses


def test_a_folder_that_is_no_geokg_output_is_refused_unless_forced(tmp_path, inputs, capsys):
    first, _ = inputs
    thesis = tmp_path / "p"
    thesis.mkdir()
    (thesis / "thesis.txt").write_text("chapter one", encoding="utf-8")
    assert _build(str(first), "-o", str(thesis)) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not a geokg output (it holds thesis.txt)" in err[0] and "--force" in err[0]
    assert [p.name for p in thesis.iterdir()] == ["thesis.txt"]
    assert _build(str(first), "-o", str(thesis), "--force") == 0
    assert _documents(thesis) == {"k1", "k2"}
    # An empty folder is no one's work: it is simply used.
    empty = tmp_path / "empty"
    empty.mkdir()
    assert _build(str(first), "-o", str(empty)) == 0


def test_a_folder_that_is_or_holds_an_input_is_refused(tmp_path, capsys):
    inp = tmp_path / "inp"
    inp.mkdir()
    _write(inp / "news.jsonl", FIRST)
    for given in (str(inp), str(inp / "news.jsonl"), str(inp / "*.jsonl")):
        assert _build(given, "-o", str(inp)) == 1
        err = capsys.readouterr().err
        assert "which building would delete" in err and err.count("\n") == 1
    assert [p.name for p in inp.iterdir()] == ["news.jsonl"]


def test_the_current_folder_is_refused_before_anything_is_read(tmp_path, inputs, monkeypatch, capsys):
    first, _ = inputs
    monkeypatch.chdir(tmp_path)
    for out in (".", "./", str(tmp_path), ".."):
        assert _build(str(first), "-o", out) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "is the current folder or holds it" in err
        assert "documents read" not in err


def test_a_symlinked_out_stays_a_symlink(tmp_path, inputs, capsys):
    first, second = inputs
    real = tmp_path / "data" / "graph-out"
    real.parent.mkdir()
    assert _build(str(first), "-o", str(real)) == 0
    link = tmp_path / "out"
    link.symlink_to(real, target_is_directory=True)
    assert _build(str(second), "-o", str(link), "--update") == 0
    assert link.is_symlink() and link.resolve() == real
    assert _documents(link) == {"k1", "k2", "k3"}
    assert sorted(p.name for p in real.parent.iterdir()) == ["graph-out"]


def test_an_output_folder_inside_an_input_folder_is_not_read_as_input(tmp_path, capsys):
    news = tmp_path / "news"
    news.mkdir()
    _write(news / "a.jsonl", FIRST)
    assert _build(str(news), "-o", str(news / "out")) == 0
    assert _build(str(news), "-o", str(news / "out")) == 0  # not exit 3: out/*.jsonl are not read
    assert _documents(news / "out") == {"k1", "k2"}


# --------------------------------------------------------------------------------------------
# kill -9

KILL_POINTS = Path(__file__).with_name("kill_points.py")
# point -> what OUT/ holds right after the kill
KILLS = {
    "writing the store": "old",
    "before the exchange": "old",
    "after the exchange": "new",
    "deleting the old output": "new",
    "between the two renames": None,  # moved aside: the next run puts it back
}


def _spawn(point: str, argv: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(KILL_POINTS), point, *argv], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


@pytest.fixture(scope="module")
def killed(tmp_path_factory) -> dict[str, tuple[Path, subprocess.Popen]]:
    """One build over an existing OUT/ per point, killed there; all started at once (each loads
    the pipelines)."""
    runs = {}
    for point in KILLS:
        folder = tmp_path_factory.mktemp("kill")
        first, second = _write(folder / "first.jsonl", FIRST), _write(folder / "second.jsonl", SECOND)
        assert _build(str(first), "-o", str(folder / "out")) == 0
        argv = ["build", str(first), str(second), "-o", str(folder / "out"), "--no-progress", "--no-viewer"]
        runs[point] = folder, _spawn(point, argv)
    yield runs
    for _, process in runs.values():
        process.kill()
        process.wait()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the kill points assume Linux")
@pytest.mark.parametrize("point", list(KILLS))
def test_kill_9_leaves_the_old_output_or_the_new_one(killed, point, capsys):
    folder, process = killed[point]
    _, err = process.communicate(timeout=600)
    assert process.returncode == -signal.SIGKILL, err.decode()
    out = folder / "out"
    expected = KILLS[point]
    if expected is None:
        assert not out.exists()
    else:
        assert _documents(out) == ({"k1", "k2"} if expected == "old" else {"k1", "k2", "k3"})
    assert any(p.name.startswith(".out.geokg-") for p in folder.iterdir())  # something was left
    capsys.readouterr()
    # The next run (the same update again) tidies up and loses nothing.
    assert _build(str(folder / "second.jsonl"), "-o", str(out), "--update") == 0
    assert _documents(out) == {"k1", "k2", "k3"}
    assert sorted(p.name for p in folder.iterdir()) == ["first.jsonl", "out", "second.jsonl"]


def test_a_killed_extract_leaves_no_partial_file_for_good(tmp_path, inputs, capsys):
    first, _ = inputs
    target = tmp_path / "assertions.jsonl"
    argv = ["extract", str(first), "-o", str(target), "--no-progress"]
    process = _spawn("extracting", argv)
    _, err = process.communicate(timeout=600)
    assert process.returncode == -signal.SIGKILL, err.decode()
    (partial,) = [p for p in tmp_path.iterdir() if p.name.startswith(".assertions.jsonl.geokg-")]
    # A partial file a live run holds is left alone; a dead run's is deleted by the next run.
    live, tmp = outfolder.partial_file(target)
    try:
        assert main(argv) == 0
        capsys.readouterr()
        left = sorted(p.name for p in tmp_path.iterdir())
        assert partial.name not in left and tmp.name in left and "assertions.jsonl" in left
    finally:
        live.close()
        tmp.unlink()
