"""Extraction on a Dask cluster: ``geokg extract/build --dask tcp://SCHEDULER:8786`` (or
``--dask local`` for a ``LocalCluster`` on this machine).

The calling process reads the inputs (reporting what it cannot read, as always) and writes the
documents, cut into the batches one ``Extractor`` would run, as partitions of JSON Lines in a
scratch folder that every worker can read. A ``dask.bag`` over those partitions extracts them:
each worker process builds its ``Extractor`` once (``PipelinePlugin``, a worker plugin) and
writes each partition's results, again as JSON Lines, beside it. The calling process then reads
the results back partition by partition, in input order, and hands them to the one writer of
the output (``geokg build``'s, into the store and the files; ``geokg extract``'s, to its output):
the same results, in the same order, as a run on one machine.

Dask is an extra (``pip install 'geokg[dask]'``); without it ``--dask`` stops with one line
naming the extra. With workers on other machines, the scratch folder (``--dask-scratch``) must be
one they all see at the same path (a shared file system).
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .model import Assertion, Document, Mention
from .pipeline import DocumentResult, Extractor

__all__ = ["DaskMissing", "PipelinePlugin", "extract_on_cluster"]

PARTITION_BATCHES = 4  # batches per partition (a batch is about 64 paragraphs)


class DaskMissing(RuntimeError):
    """``--dask`` without the extra installed."""


def _dask() -> tuple[Any, Any]:
    try:
        import dask.bag
        import distributed
    except ImportError:
        raise DaskMissing("--dask needs the dask extra: pip install 'geokg[dask]'") from None
    return dask.bag, distributed


# --------------------------------------------------------------------------------------------
# Partitions as JSON Lines


def document_json(document: Document) -> dict[str, Any]:
    return dataclasses.asdict(document)


def document_from_json(record: dict[str, Any]) -> Document:
    record = dict(record)
    record["regions"] = tuple(tuple(region) for region in record.get("regions") or ())
    return Document(**record)


def result_json(result: DocumentResult) -> dict[str, Any]:
    return {
        "document": document_json(result.document),
        "assertions": [a.to_json() for a in result.assertions],
        # A mention's JSON (CONTRACT §2b) leaves out the entity's labels, which the graph uses.
        "mentions": [{**m.to_json(), "labels": dict(m.entity.labels)} for m in result.mentions],
        "warnings": result.warnings,
    }


def result_from_json(record: dict[str, Any]) -> DocumentResult:
    return DocumentResult(
        document_from_json(record["document"]),
        [Assertion.from_json(a) for a in record["assertions"]],
        [Mention.from_json(m) for m in record["mentions"]],
        list(record["warnings"]),
    )


def _write_partition(path: Path, batches: list[list[Document]]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for batch in batches:
            fh.write(json.dumps([document_json(d) for d in batch], ensure_ascii=False) + "\n")


# --------------------------------------------------------------------------------------------
# On the workers


try:  # the extra: without it, --dask stops with DaskMissing before any of this is used
    from distributed import WorkerPlugin as _WorkerPlugin
except ImportError:  # pragma: no cover
    _WorkerPlugin = object  # type: ignore[assignment,misc]


class PipelinePlugin(_WorkerPlugin):  # type: ignore[misc,valid-type]
    """A Dask worker plugin: each worker process builds one ``Extractor`` when it starts (its
    pipelines load on first use) and keeps it for every partition it is given."""

    name = "geokg-pipeline"

    def setup(self, worker: Any) -> None:
        worker.geokg_extractor = Extractor(freeze_gc=True)

    def teardown(self, worker: Any) -> None:
        worker.geokg_extractor = None


def extract_partition(path: str) -> str:
    """Extract one partition of documents (a JSON array of documents a line, one line a batch)
    into ``<partition>.results.jsonl`` beside it; returns that file's path."""
    from distributed import get_worker

    source = Path(path)
    if not source.is_file():
        raise FileNotFoundError(
            f"{source}: this worker cannot see the scratch folder; give --dask-scratch a folder every worker shares"
        )
    extractor: Extractor = get_worker().geokg_extractor
    target = source.with_name(source.stem + ".results.jsonl")
    tmp = target.with_name(target.name + ".tmp")
    with open(source, encoding="utf-8") as lines, open(tmp, "w", encoding="utf-8") as out:
        for line in lines:
            batch = [document_from_json(record) for record in json.loads(line)]
            for result in extractor.extract_batch(batch):
                out.write(json.dumps(result_json(result), ensure_ascii=False) + "\n")
    os.replace(tmp, target)
    return str(target)


# --------------------------------------------------------------------------------------------
# The calling process


@contextmanager
def _client(address: str, workers: int) -> Iterator[Any]:
    _, distributed = _dask()
    if address == "local":
        cluster = distributed.LocalCluster(
            n_workers=max(1, workers), threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = distributed.Client(cluster)
    else:
        cluster = None
        client = distributed.Client(address)
    try:
        client.register_plugin(PipelinePlugin())
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def extract_on_cluster(
    documents: Iterable[Document], address: str, *, workers: int = 1, scratch: str | os.PathLike[str] | None = None
) -> Iterator[DocumentResult]:
    """The results of ``documents`` in input order, extracted on the Dask cluster at
    ``address`` (``local``: a ``LocalCluster`` of ``workers`` processes on this machine)."""
    bag, _ = _dask()
    folder = Path(tempfile.mkdtemp(prefix="geokg-dask-", dir=scratch))
    try:
        paths = []
        group: list[list[Document]] = []
        for batch in Extractor().batches(documents):
            group.append(batch)
            if len(group) == PARTITION_BATCHES:
                paths.append(_flush(folder, len(paths), group))
                group = []
        if group:
            paths.append(_flush(folder, len(paths), group))
        if not paths:
            return
        with _client(address, workers) as client:
            results = client.compute(bag.from_sequence(paths, npartitions=len(paths)).map(extract_partition))
            parts = results.result()
        for part in parts:
            with open(part, encoding="utf-8") as fh:
                for line in fh:
                    yield result_from_json(json.loads(line))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _flush(folder: Path, number: int, group: list[list[Document]]) -> str:
    path = folder / f"part-{number:06d}.jsonl"
    _write_partition(path, group)
    return str(path)
