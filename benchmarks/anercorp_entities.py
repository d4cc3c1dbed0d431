"""How well the Arabic linker does on real news it was not written for: ANERcorp's gold spans.

The measure itself is ``geokg.extract.evaluate_entities`` (also a row of ``make eval``'s
dashboard); this script prints it with the analysis behind it: the most frequent false links,
the misses by category, and the gold LOC mentions the recall leaves out.

    .venv/bin/python benchmarks/anercorp_entities.py [--input FILE] [--date 2007-01-01] [--show 25]
        [--per-doc 8]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from geokg.extract.evaluate_entities import (  # noqa: F401  (re-exported for the test)
    SENTENCES_PER_DOC,
    TARGET_PRECISION,
    TARGET_RECALL,
    EntityReport,
    Sentence,
    measure,
    read_corpus,
    scope_labels,
)

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "dev" / "anercorp_train.txt"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=DEFAULT)
    parser.add_argument("--date", default="2007-01-01", help="document date for titles (the corpus is 2006–2007 news)")
    parser.add_argument("--show", type=int, default=25, help="how many misses and false links to list")
    parser.add_argument(
        "--per-doc",
        type=int,
        default=SENTENCES_PER_DOC,
        help="consecutive sentences per document (1: each sentence alone, no wider context)",
    )
    args = parser.parse_args(argv)
    if not args.input.is_file():
        print(f"{args.input}: not found (the dev data lives in ../shared/dev/)", file=sys.stderr)
        return 2
    r = measure(args.input, args.date, args.per_doc)
    print(f"{r.characters:,} characters in {r.seconds:.1f} s")
    print(
        f"precision {r.precision:.3f} ({r.correct}/{r.linked} linked names on a gold LOC/ORG/PERS span;"
        f" target {TARGET_PRECISION})"
    )
    print(
        f"recall    {r.recall:.3f} ({r.loc_found}/{r.loc_in_scope} gold LOC mentions of states, capitals,"
        f" cities; target {TARGET_RECALL})"
    )
    print(f"          {r.recall_all_loc:.3f} over every gold LOC mention (regions, seas, villages included)")
    print(
        f"not counted: {r.demonyms} demonyms, {r.titles} titles standing for their holder,"
        f" {r.composed} composed institutions ({r.composed_on_gold} on a gold span);"
        f" strict precision counting those institutions: {r.strict_precision:.3f}"
    )
    by_cat: Counter = Counter()
    for (cat, _, _), n in r.false_links.items():
        by_cat[cat] += n
    print("\nfalse links by category:")
    for cat, n in by_cat.most_common():
        print(f"  {n:4d}  {cat}")
    print(f"\nmost frequent false links (top {args.show}):")
    for (cat, surface, eid), n in r.false_links.most_common(args.show):
        print(f"  {n:4d}  {surface} -> {eid}   [{cat}]")
    miss_cat: Counter = Counter()
    for (cat, _), n in r.misses.items():
        miss_cat[cat] += n
    print("\nmisses by category:", ", ".join(f"{c} {n}" for c, n in miss_cat.most_common()))
    for (cat, surface), n in r.misses.most_common(args.show):
        print(f"  {n:4d}  {surface}   [{cat}]")
    total_out = sum(r.out_of_scope.values())
    print(
        f"\ngold LOC mentions outside the scope (not a state, capital or city in the data): {total_out},"
        f" of which linked as a place anyway: {r.out_of_scope_linked}"
    )
    for surface, n in r.out_of_scope.most_common(args.show):
        print(f"  {n:4d}  {surface}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
