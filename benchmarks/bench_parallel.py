"""Extraction on all cores and on Dask: ``geokg extract --jobs 2`` against ``--jobs 1`` (target
at least 1.7x), and ``--dask local`` with 2 workers against 1 (target at least 1.6x), on 10^4
documents of 8 ANERcorp sentences each, with the outputs compared byte for byte.

    .venv/bin/python benchmarks/bench_parallel.py [--documents 10000] [--mode jobs,dask,build] [--abba]

Each run is a new ``geokg`` process timed by wall clock (the Dask runs include starting the
cluster and loading the pipeline in each worker, as a user's run does). ``build`` times ``geokg
build --no-viewer`` with 1 and 2 jobs (its writing is one process: the ratio is lower). The
machine is shared: the load average before and after each run is printed, and the CPU time of the
command and every process it started (``RUSAGE_CHILDREN``): wall-time ratios mean something only
when the machine gives this work both cores, while the CPU times show how much more work the
parallel run does (worker start-up, passing batches and results between processes, each worker
warming its own caches), whatever the load. With the machine to itself, the speed-up is at most
2 / (CPU with 2 ÷ CPU with 1). ``--abba`` runs 1, 2, 2, 1 jobs and compares the sums, so that a load
that rises or falls steadily during the measure favours neither.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
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


def run(argv: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system, the command and every process it started)."""
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([str(GEOKG), *argv, "-q"], capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode not in (0, 3):
        raise SystemExit(f"geokg {' '.join(argv)} failed:\n{done.stderr}")
    print(
        f"  {' '.join(argv[:1] + argv[2:])}: {seconds:.1f} s, {cpu:.1f} s CPU "
        f"(load average before: {load:.2f}, after: {os.getloadavg()[0]:.2f})",
        flush=True,
    )
    return seconds, cpu


def command(mode: str, given: Path, target: Path, jobs: int) -> list[str]:
    if mode == "build":
        return ["build", str(given), "-o", str(target), "--jobs", str(jobs), "--no-viewer"]
    if mode == "dask":
        return ["extract", str(given), "-o", str(target), "--dask", "local", "--jobs", str(jobs)]
    return ["extract", str(given), "-o", str(target), "--jobs", str(jobs)]


def measure(mode: str, given: Path, folder: Path, abba: bool) -> tuple[list[float], list[float], bool]:
    """Wall and CPU seconds with 1 job and with 2 (each summed over its runs), and whether every
    run's output was the same."""
    times, cpus, outputs = [0.0, 0.0], [0.0, 0.0], []
    for k, n in enumerate((1, 2, 2, 1) if abba else (1, 2)):
        target = folder / f"{mode}-{k}"
        seconds, cpu = run(command(mode, given, target, n))
        times[n - 1] += seconds
        cpus[n - 1] += cpu
        output = target / "assertions.jsonl" if mode == "build" else target
        outputs.append(output.read_bytes())
        if target.is_dir():
            shutil.rmtree(target)
        else:
            target.unlink()
    return times, cpus, all(o == outputs[0] for o in outputs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--mode", default="jobs,dask,build")
    parser.add_argument(
        "--abba", action="store_true", help="run 1, 2, 2, 1 and sum each's two runs (cancels a load that drifts)"
    )
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
            times, cpus, same = measure(mode, given, folder, args.abba)
            ratio = times[0] / times[1]
            target = TARGETS.get(mode)
            verdict = "" if target is None else f" (target {target:.1f}x: {'met' if ratio >= target else 'missed'})"
            print(
                f"{mode}: 1 -> {times[0]:.1f} s, 2 -> {times[1]:.1f} s, {ratio:.2f}x{verdict}; "
                f"CPU {cpus[0]:.1f} s and {cpus[1]:.1f} s ({cpus[1] / cpus[0]:.2f}x the work); identical output: {same}",
                flush=True,
            )
            missed |= not same or (target is not None and ratio < target)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
