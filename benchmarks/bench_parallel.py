"""Extraction on all cores and on Dask: ``geokg extract --jobs 2`` against ``--jobs 1`` (target
at least 1.7x), and ``--dask local`` with 2 workers against 1 (target at least 1.6x), on 10^4
documents of 8 ANERcorp sentences each, with the outputs compared byte for byte.

    .venv/bin/python benchmarks/bench_parallel.py [--documents 10000] [--mode jobs,dask,build]

Each run is a new ``geokg`` process timed by wall clock (the Dask runs include starting the
cluster and loading the pipeline in each worker, as a user's run does). ``build`` times ``geokg
build --no-viewer`` with 1 and 2 jobs (its writing is one process: the ratio is lower). The
machine is shared: the load average before each run is printed; ratios mean something only when
the machine gives this work both cores.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_update import documents  # noqa: E402

GEOKG = Path(sys.executable).with_name("geokg")
TARGETS = {"jobs": 1.7, "dask": 1.6}


def run(argv: list[str]) -> float:
    load = os.getloadavg()[0]
    started = time.perf_counter()
    done = subprocess.run([str(GEOKG), *argv, "-q"], capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 3):
        raise SystemExit(f"geokg {' '.join(argv)} failed:\n{done.stderr}")
    print(f"  {' '.join(argv[:1] + argv[2:])}: {seconds:.1f} s (load average before: {load:.2f})", flush=True)
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--mode", default="jobs,dask,build")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="geokg-bench-parallel-"))
    missed = False
    try:
        given = folder / "input.jsonl"
        with open(given, "w", encoding="utf-8") as fh:
            for record in documents(args.documents, seed=3, prefix="d"):
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"{args.documents:,} documents, {given.stat().st_size / 1e6:.1f} MB, {os.cpu_count()} cores")
        for mode in args.mode.split(","):
            outputs, times = [], []
            for n in (1, 2):
                target = folder / f"{mode}-{n}"
                if mode == "build":
                    argv_ = ["build", str(given), "-o", str(target), "--jobs", str(n), "--no-viewer"]
                elif mode == "dask":
                    argv_ = ["extract", str(given), "-o", str(target), "--dask", "local", "--jobs", str(n)]
                else:
                    argv_ = ["extract", str(given), "-o", str(target), "--jobs", str(n)]
                times.append(run(argv_))
                outputs.append(target / "assertions.jsonl" if mode == "build" else target)
            same = outputs[0].read_bytes() == outputs[1].read_bytes()
            ratio = times[0] / times[1]
            target = TARGETS.get(mode)
            verdict = "" if target is None else f" (target {target:.1f}x: {'met' if ratio >= target else 'missed'})"
            print(
                f"{mode}: 1 -> {times[0]:.1f} s, 2 -> {times[1]:.1f} s, {ratio:.2f}x{verdict}; identical output: {same}"
            )
            missed |= not same or (target is not None and ratio < target)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
