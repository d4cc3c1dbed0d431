"""Bounded work per paragraph: extraction time per character as one paragraph grows.

Usage (from the repository root)::

    .venv/bin/python benchmarks/bench_long.py [--sizes 10000 100000 1000000] [--timeout 600]

For each language and size, one document of one paragraph with **no sentence punctuation** is
generated from words written for this benchmark (the worst case for a sentencizer: the whole
paragraph is one "sentence"), with a known pair of countries and a relation word every few dozen
words, and extracted in a fresh process (``Extractor.extract_text``). Printed: seconds,
microseconds per character, assertions found and the process's peak RSS. The claim is that time
per character stays flat (the largest size within ``FLAT_FACTOR`` of the smallest), and the exit
status is 1 when it does not, or when a run fails or times out.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time

WORDS = {
    "ar": (
        "وقال المسؤول إن الحكومة تعمل على تحسين الخدمات في المدن والقرى مع استمرار المشاريع "
        "الجديدة في قطاع النقل والطاقة والمياه خلال الأشهر المقبلة بحسب الخطة المعلنة"
    ).split(),
    "en": (
        "the official said the government was working to improve services in towns and villages "
        "while new projects in transport energy and water continued over the coming months under the plan"
    ).split(),
}
RELATION = {
    "ar": "واتهمت طهران واشنطن بعرقلة المفاوضات",
    "en": "and Egypt hosted a delegation from Jordan and discussed cooperation",
}
FLAT_FACTOR = 2.0

CHILD = r"""
import json, resource, sys, time
from geokg.extract.model import Document
from geokg.extract.pipeline import Extractor
text, lang = sys.stdin.read(), sys.argv[1]
ex = Extractor()
ex.extract_text("تمهيد" if lang == "ar" else "Warm up.", lang=lang)  # load the pipeline first
start = time.perf_counter()
result = next(ex.extract([Document(id="long", text=text, date="2024-06-18", lang=lang)]))
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "assertions": len(result.assertions), "warnings": result.warnings,
                  "peak_mb": peak}))
"""


def paragraph(lang: str, size: int, seed: int = 3) -> str:
    rng = random.Random(seed)
    words: list[str] = []
    length = 0
    while length < size:
        chunk = RELATION[lang] if len(words) % 40 == 39 else rng.choice(WORDS[lang])
        words.append(chunk)
        length += len(chunk) + 1
    return " ".join(words)[:size]


def measure(lang: str, size: int, timeout: float) -> dict | None:
    text = paragraph(lang, size)
    start = time.perf_counter()
    try:
        proc = subprocess.run(
            [sys.executable, "-c", CHILD, lang], input=text, capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        print(f"{lang} {size:>9,} chars: no result within {timeout:.0f} s")
        return None
    if proc.returncode != 0:
        print(f"{lang} {size:>9,} chars: failed ({proc.stderr.strip().splitlines()[-1:]})")
        return None
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out["wall"] = time.perf_counter() - start
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--langs", nargs="+", default=["ar", "en"])
    parser.add_argument("--timeout", type=float, default=600)
    args = parser.parse_args(argv)
    ok = True
    for lang in args.langs:
        per_char: list[float] = []
        for size in args.sizes:
            got = measure(lang, size, args.timeout)
            if got is None:
                ok = False
                continue
            us = got["seconds"] / size * 1e6
            per_char.append(us)
            print(
                f"{lang} {size:>9,} chars: {got['seconds']:8.2f} s  {us:7.1f} µs/char  "
                f"{got['assertions']:5d} assertions  peak RSS {got['peak_mb']:7.0f} MB"
                + (f"  warnings: {got['warnings']}" if got["warnings"] else "")
            )
        if len(per_char) == len(args.sizes) and per_char[-1] > FLAT_FACTOR * per_char[0]:
            ok = False
        if per_char:
            print(f"{lang}: µs/char largest ÷ smallest = {per_char[-1] / per_char[0]:.2f} (flat: ≤ {FLAT_FACTOR})")
    return 0 if ok else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
