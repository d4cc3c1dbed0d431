"""Extraction on several cores (``--jobs N``, extract/parallel.py) and on a Dask cluster
(``--dask``, extract/cluster.py): the same output, in the same order, as one job.

The inputs span several of the extractor's batches in both languages; the workers are real
processes (``spawn``), and the Dask tests run a real ``LocalCluster`` of two worker processes.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from geokg.extract.model import Document
from geokg.graph.cli import main

ROOT = Path(__file__).resolve().parents[1]
OUTPUTS = (
    "assertions.jsonl",
    "documents.jsonl",
    "mentions.jsonl",
    "minhash.jsonl",
    "graph.nq",
    "graph.ttl",
    "graph.trig",
)
needs_dask = pytest.mark.skipif(
    importlib.util.find_spec("distributed") is None, reason="the dask extra is not installed (pip install '.[dask]')"
)


@pytest.fixture(scope="module")
def many(tmp_path_factory) -> Path:
    """The samples (Arabic and English) four times over under new ids: about five batches."""
    records = [
        json.loads(line)
        for name in ("news_ar.jsonl", "news_en.jsonl", "timeline.jsonl")
        for line in (ROOT / "samples" / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    path = tmp_path_factory.mktemp("many") / "many.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for copy in range(4):
            for record in records:
                fh.write(json.dumps({**record, "id": f"{record['id']}-{copy}"}, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="module")
def one_job(many, tmp_path_factory) -> dict[str, Path]:
    """extract (each format) and build with one job: what every other way must give."""
    folder = tmp_path_factory.mktemp("one")
    made = {}
    for kind in ("jsonl", "mentions", "documents"):
        made[kind] = folder / f"{kind}.jsonl"
        assert main(["extract", str(many), "--format", kind, "-o", str(made[kind]), "--jobs", "1", "-q"]) == 0
    made["build"] = folder / "out"
    assert main(["build", str(many), "-o", str(made["build"]), "--jobs", "1", "-q", "--no-viewer"]) == 0
    return made


def _same_output(out: Path, reference: Path) -> None:
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (reference / name).read_bytes(), name


def test_the_input_spans_several_batches(many):
    from geokg.extract.documents import read_inputs
    from geokg.extract.pipeline import Extractor

    assert len(list(Extractor().batches(read_inputs([str(many)])))) >= 4


def test_two_jobs_give_what_one_gives(many, one_job, tmp_path):
    for kind in ("jsonl", "mentions", "documents"):
        target = tmp_path / f"{kind}.jsonl"
        assert main(["extract", str(many), "--format", kind, "-o", str(target), "--jobs", "2", "-q"]) == 0
        assert target.read_bytes() == one_job[kind].read_bytes(), kind
    assert main(["build", str(many), "-o", str(tmp_path / "out"), "--jobs", "2", "-q", "--no-viewer"]) == 0
    _same_output(tmp_path / "out", one_job["build"])


def test_workers_read_ahead_a_bounded_window(many):
    """Consuming one result draws at most 2 x jobs batches (and the two looked at first) from an
    endless stream: memory does not grow with the input."""
    from geokg.extract.documents import read_inputs
    from geokg.extract.parallel import extract_parallel

    base = list(read_inputs([str(many)]))
    drawn = 0

    def endless():
        nonlocal drawn
        for copy in range(10_000):
            for document in base:
                drawn += 1
                yield Document(**{**document.__dict__, "id": f"{document.id}-{copy}"})

    results = extract_parallel(endless(), jobs=2)
    first = next(results)
    assert first.document.id == f"{base[0].id}-0"
    assert drawn <= 6 * 64 + 1  # at most 2 x jobs + 2 batches of at most 64 paragraphs
    results.close()


def test_one_batch_starts_no_worker(tmp_path, monkeypatch):
    """A small input is extracted in the calling process (no process pool)."""
    import geokg.extract.parallel as parallel

    def no_pool(*args, **kwargs):
        raise AssertionError("a worker process was started")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", no_pool)
    path = tmp_path / "two.jsonl"
    path.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in ({"id": "x", "text": "وقعت مصر والأردن اتفاقية."},))
        + "\n",
        encoding="utf-8",
    )
    assert main(["extract", str(path), "--jobs", "8", "-q"]) == 0


# --------------------------------------------------------------------------------------------
# Dask


@needs_dask
def test_dask_local_cluster_gives_what_one_job_gives(many, one_job, tmp_path):
    target = tmp_path / "assertions.jsonl"
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    argv = ["--dask", "local", "--jobs", "2", "--dask-scratch", str(scratch), "-q"]
    assert main(["extract", str(many), "-o", str(target), *argv]) == 0
    assert target.read_bytes() == one_job["jsonl"].read_bytes()
    assert main(["build", str(many), "-o", str(tmp_path / "out"), "--no-viewer", *argv]) == 0
    _same_output(tmp_path / "out", one_job["build"])
    assert list(scratch.iterdir()) == []  # the partitions are deleted


@needs_dask
def test_each_dask_worker_loads_the_pipeline_once(many, tmp_path):
    from geokg.extract.cluster import PARTITION_BATCHES, _client, _write_partition, extract_partition
    from geokg.extract.documents import read_inputs
    from geokg.extract.pipeline import Extractor

    batches = list(Extractor().batches(read_inputs([str(many)])))
    paths = []
    for k, batch in enumerate(batches):
        paths.append(str(tmp_path / f"part-{k}.jsonl"))
        _write_partition(Path(paths[-1]), [batch])
    assert PARTITION_BATCHES >= 1 and len(paths) > 2

    def pipeline_of(dask_worker):
        extractor = dask_worker.geokg_extractor
        return id(extractor), id(extractor.nlp_ar) if "ar" in extractor.loaded_languages else None

    with _client("local", 2) as client:
        client.gather(client.map(extract_partition, paths[:2], pure=False))
        before = client.run(pipeline_of)
        client.gather(client.map(extract_partition, paths[2:], pure=False))
        after = client.run(pipeline_of)
    assert len(before) == 2 and before == after  # the same extractor and pipeline for every task
    assert all(Path(p).with_name(Path(p).stem + ".results.jsonl").is_file() for p in paths)


def test_dask_without_the_extra_is_one_line(tmp_path, monkeypatch, capsys):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "distributed" else real(name, *a))
    path = tmp_path / "one.jsonl"
    path.write_text('{"id": "x", "text": "وقعت مصر والأردن اتفاقية."}\n', encoding="utf-8")
    assert main(["extract", str(path), "--dask", "local"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["geokg: --dask needs the dask extra: pip install 'geokg[dask]'"]


def test_the_command_lines_extractor_keeps_its_pipeline_out_of_the_collectors_scans():
    """``freeze_gc``: once its pipeline is loaded, the objects alive are frozen (``gc.freeze``);
    a library user's ``Extractor`` leaves the process's collector alone."""
    import gc

    from geokg.extract.pipeline import Extractor

    gc.unfreeze()
    try:
        assert Extractor().nlp_ar is not None
        assert gc.get_freeze_count() == 0
        assert Extractor(freeze_gc=True).nlp_ar is not None
        assert gc.get_freeze_count() > 50_000
    finally:
        gc.unfreeze()


def test_the_command_lines_driver_unfreezes_when_the_run_ends(tmp_path):
    """What a run froze is collectable again once it ends (tests and notebooks call the command
    line in one long-lived process)."""
    import gc

    from geokg.extract.parallel import extract_parallel

    gc.unfreeze()
    seen = []
    documents = [Document(id="x1", text="أدانت مصر الهجوم على غزة.", date="2024-01-02", lang="ar")]
    for _ in extract_parallel(documents, 1):
        seen.append(gc.get_freeze_count())
    assert seen and seen[0] > 50_000
    assert gc.get_freeze_count() == 0
