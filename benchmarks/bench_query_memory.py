"""Peak memory of ``geokg query``: what MINUS costs, the ceiling that stops it, and the headroom
that ordinary queries need.

Usage (from the repository root)::

    .venv/bin/python benchmarks/bench_query_memory.py [--assertions 5000] [--minus 5,10,25]

On an OUT/ store of synthetic assertions (``bench_serve.build_out``), each ``geokg query``
runs in a fresh process and its peak resident memory is read with ``os.wait4`` (the command
and the worker process it reaped). Printed:

1. ``?s ?p ?o`` followed by N ``MINUS { ?s ?p ?o }`` with no ceiling to speak of
   (``--max-memory 1000000``): MB per MINUS between successive counts (Oxigraph holds every MINUS's right
   side at once);
2. the query at the checks' limit (995 MINUS) under the default ceiling: the memory error,
   exit 1, and the peak;
3. the README's example queries and bench_serve's simple and heavy queries: the smallest
   ``--max-memory`` (of 4, 16, 64, 256 MB) under which all of them run.

Exit status 1 when the limit query is not stopped within the default ceiling + 256 MB, or the
ordinary queries need more than a tenth of the default ceiling.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

from bench_serve import HEAVY, SIMPLE, build_out  # noqa: E402
from geokg.graph.querycheck import DEFAULT_MAX_MEMORY, MAX_OPERATORS  # noqa: E402
from interop_data import readme_queries  # noqa: E402

CAPS = (4, 16, 64, 256)


def minus(n: int) -> str:
    return "SELECT * WHERE { ?s ?p ?o " + " ".join(["MINUS { ?s ?p ?o }"] * n) + " }"


def geokg_query(out: Path, sparql: str, max_memory: int) -> tuple[int, float, str]:
    """Exit status, peak resident MB and last line of standard error of one ``geokg query``."""
    with tempfile.NamedTemporaryFile("w", suffix=".rq", encoding="utf-8") as query, tempfile.TemporaryFile() as err:
        query.write(sparql)
        query.flush()
        argv = [sys.executable, "-m", "geokg.graph.cli", "query", str(out), f"@{query.name}"]
        process = subprocess.Popen(
            [*argv, "--format", "tsv", "--max-memory", str(max_memory)], stdout=subprocess.DEVNULL, stderr=err
        )
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        lines = err.read().decode().splitlines()
        return process.returncode, usage.ru_maxrss / 1024, lines[-1] if lines else ""


def headroom(out: Path, queries: list[str]) -> int | None:
    """The smallest of :data:`CAPS` under which every query runs."""
    for cap in CAPS:
        if all(geokg_query(out, sparql, cap)[0] == 0 for sparql in queries):
            return cap
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--assertions", type=int, default=5_000)
    parser.add_argument("--minus", default="5,10,25", help="MINUS counts measured without a ceiling")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="geokg-bench-qmem-") as tmp:
        out, actors = build_out(args.assertions, Path(tmp))
        # Each count against the one before: the slope is what one more MINUS holds.
        before = (1, geokg_query(out, minus(1), 1_000_000)[1])
        print(f"{args.assertions:,} assertions; 1 MINUS: peak {before[1]:.0f} MB")
        for n in (int(n) for n in args.minus.split(",")):
            code, peak, _ = geokg_query(out, minus(n), 1_000_000)
            slope = (peak - before[1]) / (n - before[0])
            print(
                f"{n} MINUS, no ceiling: exit {code}, peak {peak:.0f} MB ({slope:.1f} MB per MINUS since {before[0]})"
            )
            before = (n, peak)
        code, peak, error = geokg_query(out, minus(MAX_OPERATORS - 5), DEFAULT_MAX_MEMORY)
        stopped = code == 1 and "needed more than" in error and peak <= DEFAULT_MAX_MEMORY + 256
        print(f"{MAX_OPERATORS - 5} MINUS, --max-memory {DEFAULT_MAX_MEMORY}: exit {code}, peak {peak:.0f} MB: {error}")
        ordinary = [*readme_queries(), SIMPLE.format(actor=f"actor-{actors // 2:05d}"), HEAVY]
        needed = headroom(out, ordinary)
        print(f"README examples and bench_serve's simple and heavy queries run with --max-memory {needed}")
    return 0 if stopped and needed is not None and needed <= DEFAULT_MAX_MEMORY // 10 else 1


if __name__ == "__main__":
    sys.exit(main())
