"""Near-duplicate detection on real news: false alarms and retellings found.

Usage (from the repository root)::

    .venv/bin/python benchmarks/dedup_quality.py [--per-doc 5] [--retellings 300]

Reads the ANERcorp train split from ``../shared/dev/anercorp_train.txt`` (exits with a message
when it is absent), joins its sentences into documents of ``--per-doc`` consecutive sentences,
and runs them through ``StoryIndex``:

1. every document flagged as a retelling of an earlier one is printed with the two documents'
   true Jaccard similarity of word 3-grams, to judge whether it really is a repeat (the corpus
   repeats some passages);
2. for the first ``--retellings`` documents, a retelling is made the way outlets make them (a
   dateline added, the last sentence dropped and an unrelated sentence of the corpus put in its
   place), and the share of retellings found in the right story is printed.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from geokg.extract.dedup import StoryIndex, shingles
from geokg.extract.model import Document

ANERCORP = Path(__file__).resolve().parents[1] / ".." / "shared" / "dev" / "anercorp_train.txt"


def sentences(path: Path) -> list[str]:
    found, current = [], []
    for line in path.open(encoding="utf-8"):
        line = line.strip()
        if not line:
            if current:
                found.append(" ".join(current))
                current = []
        else:
            current.append(line.rsplit(" ", 1)[0])
    if current:
        found.append(" ".join(current))
    return found


def jaccard(a: str, b: str) -> float:
    x, y = shingles(a), shingles(b)
    return len(x & y) / len(x | y) if x | y else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-doc", type=int, default=5)
    parser.add_argument("--retellings", type=int, default=300)
    args = parser.parse_args(argv)
    if not ANERCORP.exists():
        print(f"skipped: {ANERCORP} is absent")
        return 0
    sents = sentences(ANERCORP)
    docs = [" ".join(sents[i : i + args.per_doc]) for i in range(0, len(sents), args.per_doc)]

    index = StoryIndex()
    flagged = []
    for i, text in enumerate(docs):
        doc = index.assign(Document(id=str(i), text=text))
        if doc.duplicate_of is not None:
            flagged.append((i, int(doc.duplicate_of)))
    print(f"{len(docs)} documents of {args.per_doc} sentences; {len(flagged)} flagged as retellings")
    for i, j in flagged:
        print(f"  {j} -> {i}: true Jaccard {jaccard(docs[i], docs[j]):.2f}  {docs[i][:50]}")

    rng = random.Random(3)
    index = StoryIndex()
    count = min(args.retellings, len(docs))
    for i in range(count):
        index.assign(Document(id=str(i), text=docs[i]))
    found = 0
    similarities = []
    for i in range(count):
        parts = sents[i * args.per_doc : (i + 1) * args.per_doc]
        retelling = " ".join(["القاهرة (وكالات) -", *parts[:-1], rng.choice(sents)])
        similarities.append(jaccard(retelling, docs[i]))
        found += index.assign(Document(id=f"r{i}", text=retelling)).story == str(i)
    similarities.sort()
    print(
        f"retellings (dateline added, 1 of {args.per_doc} sentences replaced): {found} of {count} found "
        f"({found / count:.0%}); true Jaccard median {similarities[len(similarities) // 2]:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
