"""Extraction on several cores: ``geokg extract/build --jobs N``.

A driver around ``Extractor``: the documents are cut into exactly the batches one ``Extractor``
would run (``Extractor.batches``), each batch goes to a worker process, and the results come
back in input order. A batch's results depend on the batch alone (spaCy's components see one
paragraph at a time, geokg's one document at a time), so N jobs give byte for byte what one job
gives, in the same order.

- Each worker process builds its ``Extractor`` once (``_start_worker``); the pipelines load on
  its first batch of each language, and stay for the rest of the run.
- Workers are started by ``spawn``: a fork would inherit the parent's threads (Oxigraph's, the
  progress bar's) in whatever state they were in.
- Memory is bounded: at most ``2 × jobs`` batches are in flight, so the parent reads ahead no
  further than that on endless input, and a worker holds one batch and its pipelines.
- An input of a single batch is extracted in the calling process: no worker is started for it.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain

from .model import Document
from .pipeline import DocumentResult, Extractor

__all__ = ["available_cores", "extract_parallel"]

_WORKER: Extractor | None = None  # the worker process's extractor (one per process)


def available_cores() -> int:
    """The cores this process may run on (the default for ``--jobs``)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _start_worker(batch_size: int) -> None:
    global _WORKER
    _WORKER = Extractor(batch_size, freeze_gc=True)


def _extract_in_worker(batch: list[Document]) -> list[DocumentResult]:
    assert _WORKER is not None, "the worker was not started"
    return _WORKER.extract_batch(batch)


def extract_parallel(
    documents: Iterable[Document], jobs: int, extractor: Extractor | None = None
) -> Iterator[DocumentResult]:
    """The results of ``documents`` in input order, extracted by ``jobs`` worker processes
    (``jobs`` 1: by ``extractor`` in this process, as ``Extractor.extract``). Without an
    ``extractor``, the pipelines are kept out of the garbage collector's scans
    (``Extractor(freeze_gc=True)``) while the run lasts: this is the command line's driver."""
    extractor = extractor or Extractor(freeze_gc=True)
    try:
        yield from _results(documents, jobs, extractor)
    finally:
        if extractor.freeze_gc:
            # The run is over: what it froze may be collected again (a process that runs the
            # command line again and again, as the tests do, would otherwise keep every pipeline).
            gc.unfreeze()


def _results(documents: Iterable[Document], jobs: int, extractor: Extractor) -> Iterator[DocumentResult]:
    if jobs <= 1:
        yield from extractor.extract(documents)
        return
    batches = extractor.batches(documents)
    first = next(batches, None)
    second = next(batches, None)
    if second is None:  # one batch: not worth starting a process
        if first is not None:
            yield from extractor.extract(first)
        return
    if extractor.freeze_gc:  # this process unpickles every result: its imports need no rescanning
        gc.freeze()
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_start_worker, initargs=(extractor.batch_size,)
    ) as pool:
        window: deque[Future[list[DocumentResult]]] = deque()
        for batch in chain([first, second], batches):
            window.append(pool.submit(_extract_in_worker, batch))
            while len(window) >= 2 * jobs:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()
