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

Measured per size: one new document with ``--defer-files`` (graph.ttl, graph.trig and the
viewer left for later, as above 1,000 documents by default); the same document again (read
again, unchanged: nothing to do); and, at 10^3, the default (those files written again).
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


def timed(argv: list[str]) -> tuple[float, int, str]:
    """Wall seconds and peak resident memory (KB) of one geokg command."""
    started = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-f", "%M", str(GEOKG), *argv], capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"geokg {' '.join(argv)} failed:\n{done.stderr}")
    lines = done.stderr.strip().splitlines()
    return seconds, int(lines[-1]), lines[-2] if len(lines) > 1 else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--bases", type=Path, default=Path.home() / ".cache" / "geokg-bench")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    work = args.bases / "work"
    new = args.bases / "new.jsonl"
    args.bases.mkdir(parents=True, exist_ok=True)
    new.write_text(json.dumps(documents(1, seed=99, prefix="new")[0], ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print(
        "| documents in OUT/ | + 1 document (--defer-files) | peak memory | same document again | default (files written) |"
    )
    print("|---|---|---|---|---|")
    missed = False
    for size in sizes:
        base = args.bases / f"base-{size}"
        if not (base / ".geokg-index.sqlite").is_file():
            started = time.perf_counter()
            make_base(size, base)
            print(f"(base of {size:,} documents made in {time.perf_counter() - started:.0f} s)", file=sys.stderr)
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(base, work)
        common = ["build", str(new), "-o", str(work), "--update", "--no-progress", "--jobs", "1"]
        add, memory, _ = timed([*common, "--defer-files"])
        again, _, _ = timed([*common, "--defer-files"])
        default = "-"
        if size <= 1000:
            shutil.rmtree(work)
            shutil.copytree(base, work)
            default = f"{timed(common)[0]:.2f} s"
        print(f"| {size:,} | {add:.2f} s | {memory / 1024:.0f} MB | {again:.2f} s | {default} |")
        if size in TARGETS and add > TARGETS[size]:
            missed = True
    shutil.rmtree(work, ignore_errors=True)
    print("targets: 10^4 <= 2 s, 10^5 <= 3 s:", "missed" if missed else "met")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
