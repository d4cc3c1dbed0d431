"""Run the Arabic extractor over real news it was not written for and print a sample to check.

Reads ANERcorp's train split (../shared/dev/anercorp_train.txt, one token a line, CC BY-SA 4.0),
joins each sentence's tokens, extracts from every sentence as its own document, and prints how
many assertions came out, how fast, and a random sample with its evidence for a person to judge
(precision on news nobody tuned for). The data is read, never copied into the project.

    .venv/bin/python benchmarks/ar_news_sample.py [--sample 40] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

from geokg.extract.model import Argument, AssertionRef, Document
from geokg.extract.pipeline import Extractor

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "dev" / "anercorp_train.txt"


def read_sentences(path: Path) -> list[str]:
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            if current:
                sentences.append(" ".join(current))
                current = []
            continue
        current.append(line.rsplit(" ", 1)[0])
    if current:
        sentences.append(" ".join(current))
    return sentences


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=DEFAULT)
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if not args.input.is_file():
        print(f"{args.input}: not found (the dev data lives in ../shared/dev/)", file=sys.stderr)
        return 2
    sentences = read_sentences(args.input)
    docs = [Document(id=f"s{i}", text=t, date="2007-01-01", lang="ar") for i, t in enumerate(sentences)]
    extractor = Extractor()
    started = time.perf_counter()
    found = [a for result in extractor.extract(docs) for a in result.assertions]
    seconds = time.perf_counter() - started
    chars = sum(len(t) for t in sentences)
    print(f"{len(sentences):,} sentences, {chars:,} characters in {seconds:.1f} s; {len(found):,} assertions")
    print("by relation:", ", ".join(f"{r} {n}" for r, n in Counter(a.relation for a in found).most_common()))
    random.seed(args.seed)
    for a in random.sample(found, min(args.sample, len(found))):
        if isinstance(a.object, Argument):
            obj = a.object.entity.label
        elif isinstance(a.object, AssertionRef):
            obj = "[assertion]"
        else:
            obj = "-"
        print(f"\n{a.subject.entity.label} | {a.relation} | {obj} | {a.polarity}/{a.modality}")
        print(f"    {a.evidence.text[:220]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
