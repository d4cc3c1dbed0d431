"""``geokg build NEW -o OUT/ --update``: the time of adding one document to outputs of 10^3, 10^4
and 10^5 documents (target: at most 2 s at 10^4 and 3 s at 10^5, flat in the output's size).

    .venv/bin/python benchmarks/bench_update.py [--sizes 1000,10000,100000] [--bases DIR]

The outputs ("bases") are made once and kept in ``--bases`` (default ~/.cache/geokg-bench):
500 documents of 8 ANERcorp sentences each (../shared/dev/anercorp_train.txt; the project's
samples when it is absent) are extracted for real, and their results repeated under new ids up
to the size (each with a random MinHash signature, so the LSH index has its real size), then
written by the same writer as ``geokg build`` (``Build``), without the viewer. Each measure runs
on a copy of a base. The command is timed as a user runs it: a new process, wall time, with
``--jobs 1``; its peak memory is its maximum resident set.

Measured per size, each on a fresh copy of the base (flushed to disk first, so that the copy's
writing is not charged to the update): two new documents added with ``--defer-files``
(graph.ttl, graph.trig and the viewer left for later, as above 1,000 documents by default), the
first of them again (read again, unchanged: nothing to do), and, at 10^3, the default (those
files written again). The new documents are fixed (``NEW``) and carry assertions (7 and 4), so
that the store, the files and the index all change. Wall time is what the target is about; the
command's CPU time (user + system) is printed beside it because the machine is shared: wall time
above CPU time is mostly time spent waiting for a core. Python's bytecode is compiled first
(``compileall``), as ``pip install`` does: this machine's environment sets
``PYTHONDONTWRITEBYTECODE``, which would otherwise charge every run for compiling geokg's modules.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
ANERCORP = ROOT.parent / "shared" / "dev" / "anercorp_train.txt"
GEOKG = Path(sys.executable).with_name("geokg")
TARGETS = {10_000: 2.0, 100_000: 3.0}
PACKAGES = ("extract", "graph", "ontology")


def sentences() -> list[str]:
    if not ANERCORP.is_file():
        texts = [json.loads(line)["text"] for line in (ROOT / "samples" / "timeline.jsonl").open(encoding="utf-8")]
        return [s for t in texts for s in t.split(". ") if s]
    found, current = [], []
    for line in ANERCORP.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                found.append(" ".join(current))
            current = []
        else:
            current.append(line.strip().rsplit(" ", 1)[0])
    return found


def documents(count: int, seed: int, prefix: str) -> list[dict]:
    pool = sentences()
    rng = random.Random(seed)
    return [
        {"id": f"{prefix}{n}", "date": "2007-01-01", "lang": "ar", "text": " ".join(rng.sample(pool, 8))}
        for n in range(count)
    ]


def make_base(size: int, folder: Path) -> None:
    """A complete output of ``size`` documents (see the module's docstring)."""
    from geokg.extract.dedup import NUM_PERM, StoryIndex
    from geokg.extract.model import Document
    from geokg.extract.pipeline import Extractor
    from geokg.graph.build import Build, BuildOptions
    from geokg.graph.outfolder import OutputFolder

    templates = [
        Document(id=d["id"], text=d["text"], date=d["date"], lang="ar") for d in documents(500, seed=1, prefix="t")
    ]
    results = list(Extractor().extract(templates))
    out = OutputFolder(folder)
    staging = out.new_staging()
    build = Build(staging)
    stories = StoryIndex()
    rng = np.random.default_rng(7)
    for n in range(size):
        template = results[n % len(results)]
        doc_id = f"b{n}"
        document = replace(template.document, id=doc_id, story=doc_id, duplicate_of=None)
        stories.add_signature(doc_id, doc_id, rng.integers(0, 2**32, NUM_PERM, dtype=np.uint32))
        assertions = [replace(a, doc=doc_id, id="") for a in template.assertions]
        for a in assertions:
            a.id = a.compute_id()
        mentions = [replace(m, doc=doc_id) for m in template.mentions]
        build.add(type(template)(document, assertions, mentions))
    build.finish(stories, BuildOptions(viewer=False))
    out.publish(staging)


NEW = (5, 51)  # of ``documents(60, seed=99, prefix="new")``: 7 and 4 assertions


def timed(argv: list[str]) -> tuple[float, float, int, str]:
    """Wall seconds, CPU seconds (user + system), peak resident memory (KB) and the summary line
    of one geokg command, run in a new process."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    started = time.perf_counter()
    done = subprocess.run(
        ["/usr/bin/time", "-f", "%U %S %M", str(GEOKG), *argv], capture_output=True, text=True, check=False, env=env
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"geokg {' '.join(argv)} failed:\n{done.stderr}")
    lines = done.stderr.strip().splitlines()
    user, system, memory = lines[-1].split()
    return seconds, float(user) + float(system), int(memory), lines[-2] if len(lines) > 1 else ""


def fresh_copy(base: Path, work: Path) -> None:
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(base, work)
    os.sync()  # the copy's dirty pages are written now, not during the measured update


def measure(base: Path, work: Path, new: list[Path]) -> dict[str, str]:
    """One size's row: the times of adding ``new`` one by one, of the first again, and (small
    outputs only) of the default, which writes graph.ttl, graph.trig and the viewer again."""
    fresh_copy(base, work)
    row: dict[str, str] = {}
    adds, walls = [], []
    for path in [*new, new[0]]:
        load = os.getloadavg()[0]
        wall, cpu, memory, summary = timed(
            ["build", str(path), "-o", str(work), "--update", "--no-progress", "--jobs", "1", "--defer-files"]
        )
        adds.append(f"{wall:.2f} s ({cpu:.2f} s CPU, load {load:.1f})")
        walls.append(wall)
        row.setdefault("memory", f"{memory / 1024:.0f} MB")
        print(f"  {summary}", file=sys.stderr)
    row["adds"] = "; ".join(adds[:-1])
    row["again"] = adds[-1]
    row["max_wall"] = f"{max(walls[:-1]):.2f}"
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--bases", type=Path, default=Path.home() / ".cache" / "geokg-bench")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    work = args.bases / "work"
    args.bases.mkdir(parents=True, exist_ok=True)
    pool = documents(60, seed=99, prefix="new")
    new = []
    for n in NEW:
        path = args.bases / f"new{n}.jsonl"
        path.write_text(json.dumps(pool[n], ensure_ascii=False) + "\n", encoding="utf-8")
        new.append(path)
    subprocess.run([sys.executable, "-m", "compileall", "-q", *(str(ROOT / d) for d in PACKAGES)], check=True)
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    print("| documents in OUT/ | + 1 new document, twice (--defer-files) | peak memory | the first again | default |")
    print("|---|---|---|---|---|")
    missed = False
    for size in sizes:
        base = args.bases / f"base-{size}"
        if not (base / ".geokg-index.sqlite").is_file():
            started = time.perf_counter()
            make_base(size, base)
            print(f"(base of {size:,} documents made in {time.perf_counter() - started:.0f} s)", file=sys.stderr)
        row = measure(base, work, new)
        default = "-"
        if size <= 1000:
            fresh_copy(base, work)
            load = os.getloadavg()[0]
            wall, cpu, _, _ = timed(["build", str(new[0]), "-o", str(work), "--update", "--no-progress", "--jobs", "1"])
            default = f"{wall:.2f} s ({cpu:.2f} s CPU, load {load:.1f})"
        print(f"| {size:,} | {row['adds']} | {row['memory']} | {row['again']} | {default} |", flush=True)
        if size in TARGETS and float(row["max_wall"]) > TARGETS[size]:
            missed = True
    shutil.rmtree(work, ignore_errors=True)
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("targets: 10^4 <= 2 s, 10^5 <= 3 s (wall, each new document):", "missed" if missed else "met")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
