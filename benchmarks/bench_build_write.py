"""Writing a build's graph files and store: the streamed writer against the rdflib one it replaced.

Usage (from the repository root)::

    .venv/bin/python benchmarks/bench_build_write.py                  # 10^4 assertions
    .venv/bin/python benchmarks/bench_build_write.py --sizes 10000,100000

For each size, the synthetic assertions of ``bench_store.py`` (about 20 quads an assertion, one
document per ten assertions) are written into a fresh folder, each writer in its own spawned
process so that peak memory is its own:

- streamed (``geokg build`` now, ``graph/build.py:write_build``): ``write_nquads`` → graph.nq,
  the store bulk-loaded from it, graph.trig and graph.ttl written from the store by Oxigraph;
- rdflib (before): ``build_dataset`` (the whole graph in rdflib's memory store),
  ``write_outputs`` (rdflib's Turtle, TriG and N-Quads), the same store load.

Printed: seconds and peak resident memory of each, and the ratios rdflib ÷ streamed. The exit
status is 1 when the streamed writer is slower or holds more memory than the rdflib one.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_streamed(n: int, folder: str, queue: mp.Queue) -> None:
    from bench_store import synthetic
    from geokg.graph.build import BuildOptions, write_build

    documents, assertions = synthetic(n)
    assertions = list(assertions)
    base = _peak_mb()
    start = time.perf_counter()
    write_build(Path(folder), assertions, documents, (), BuildOptions(viewer=False))
    queue.put((time.perf_counter() - start, _peak_mb(), base))


def run_rdflib(n: int, folder: str, queue: mp.Queue) -> None:
    from bench_store import synthetic
    from geokg.graph.outfolder import OutputFolder
    from geokg.graph.rdf import build_dataset, write_outputs
    from geokg.graph.store import write_store

    documents, assertions = synthetic(n)
    assertions = list(assertions)
    base = _peak_mb()
    start = time.perf_counter()
    dataset = build_dataset(assertions, documents, ())
    paths = write_outputs(dataset, folder)
    del dataset
    write_store(paths["nq"], OutputFolder(folder).store)
    queue.put((time.perf_counter() - start, _peak_mb(), base))


def measure(target, n: int) -> tuple[float, float, float]:
    folder = tempfile.mkdtemp(prefix="geokg-bench-write-")
    context = mp.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=target, args=(n, folder, queue))
    process.start()
    try:
        return queue.get()
    finally:
        process.join()
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000", help="comma-separated numbers of assertions")
    args = parser.parse_args(argv)
    ok = True
    for n in (int(s) for s in args.sizes.split(",")):
        streamed = measure(run_streamed, n)
        rdflib = measure(run_rdflib, n)
        for name, (seconds, peak, base) in (("streamed", streamed), ("rdflib", rdflib)):
            print(
                f"{n:>8d} assertions  {name:8s}  {seconds:7.1f} s  peak RSS {peak:7.1f} MB "
                f"({peak - base:7.1f} MB over the assertions in memory)"
            )
        time_ratio = rdflib[0] / streamed[0]
        memory_ratio = (rdflib[1] - rdflib[2]) / max(streamed[1] - streamed[2], 1.0)
        print(
            f"{n:>8d} assertions  rdflib / streamed: time x{time_ratio:.2f}, memory over the input x{memory_ratio:.2f}"
        )
        ok = ok and time_ratio >= 1.0 and memory_ratio >= 1.0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
