"""Start-up: ``geokg extract`` on one sentence, wall time and peak memory, Arabic and English.

Usage (from the repository root)::

    .venv/bin/python benchmarks/bench_startup.py [--runs 3]

Each language's sentence (written for this benchmark) is put in a temporary ``.txt`` file and
``geokg extract FILE --lang LANG`` runs in a fresh process ``--runs`` times after one warm-up run
(which builds the compiled artifacts under the cache folder if they are missing, as the first
run on a new machine does). Printed for each language: the best and the median wall time of the
process (``time.perf_counter`` around it: import, pipeline load, extraction, exit) and its peak
resident memory (``os.wait4``). The exit status is 1 when a best wall time exceeds
``TARGET_SECONDS`` or a peak exceeds ``TARGET_MB``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCES = {
    "ar": "استقبل الرئيس المصري في القاهرة أمس وزير الخارجية الأردني وبحث معه العلاقات الثنائية.",
    "en": "The Egyptian president received Jordan's foreign minister in Cairo on Monday.",
}
TARGET_SECONDS = 1.5
TARGET_MB = 250.0


def run_once(argv: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MB and exit status of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    geokg = str(Path(sys.executable).with_name("geokg"))
    ok = True
    with tempfile.TemporaryDirectory(prefix="geokg-bench-startup-") as tmp:
        for lang, sentence in SENTENCES.items():
            path = Path(tmp) / f"one_{lang}.txt"
            path.write_text(sentence + "\n", encoding="utf-8")
            command = [geokg, "extract", str(path), "--lang", lang, "--no-progress"]
            run_once(command)  # warm-up: compiled artifacts built if missing, files in the page cache
            runs = [run_once(command) for _ in range(args.runs)]
            if any(code != 0 for _, _, code in runs):
                print(f"{lang}: geokg extract failed")
                return 1
            walls = [w for w, _, _ in runs]
            peak = max(p for _, p, _ in runs)
            best = min(walls)
            ok = ok and best <= TARGET_SECONDS and peak <= TARGET_MB
            print(
                f"{lang}: wall best {best:.2f} s, median {statistics.median(walls):.2f} s; "
                f"peak RSS {peak:.0f} MB  (targets {TARGET_SECONDS} s, {TARGET_MB:.0f} MB)"
            )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
