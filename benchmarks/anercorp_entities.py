"""How well the Arabic linker does on real news it was not written for: ANERcorp's gold spans.

Reads ANERcorp's train split (../shared/dev/anercorp_train.txt, one ``token TAG`` a line, BIO
over LOC/PERS/ORG/MISC, CC BY-SA 4.0; the data is read, never copied into the project), joins
each sentence's tokens with single spaces, runs geokg's Arabic entity component over runs of
consecutive sentences (the corpus is in article order, so a run stands in for a document and
gives the linker its context) and compares:

- **precision**: of the mentions geokg links by a name (names, places, capitals and seats of
  power), the share that overlaps a gold LOC, ORG or PERS span of a
  compatible kind (a person on PERS; a state, place or body on LOC or ORG: ANERcorp tags the UN
  as ORG and "Washington" for the US government as LOC). Clitics carried by the gold token do
  not matter, since spans are compared by overlap. Descriptions that ANERcorp's guidelines do
  not annotate are counted apart: demonyms (adjectives), titles standing alone for their holder
  and institutions composed from a common noun and a country ("الحكومة اللبنانية"); a strict
  figure that counts the composed institutions as errors is printed too.
- **recall**: of the gold LOC mentions that name a state, a capital or a major city, the share
  that geokg links to a place, a state or a city. Which gold mentions those are is decided from
  the gazetteer's data (an entity of type Country or City, or a country's capital given as a
  metonym), matched with exact normalised spelling after stripping a proclitic; the gold LOC
  mentions outside that set are listed by frequency, so that a reader can see what the figure
  leaves out and judge whether a state or major city is missing from the data.

    .venv/bin/python benchmarks/anercorp_entities.py [--input FILE] [--date 2007-01-01] [--show 25]
        [--per-doc 8]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from geokg.extract.gazetteer import load_gazetteer
from geokg.extract.normalize import normalize_token
from geokg.extract.pipeline import make_arabic_nlp

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "dev" / "anercorp_train.txt"
TARGET_PRECISION = 0.90
TARGET_RECALL = 0.85
SENTENCES_PER_DOC = 8

PLACE_TYPES = frozenset({"Country", "City", "Place", "Region"})
_CLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


@dataclass
class Sentence:
    text: str
    spans: list[tuple[int, int, str]]  # gold (start, end, tag) in text


@dataclass
class Report:
    linked: int = 0
    correct: int = 0
    loc_in_scope: int = 0
    loc_found: int = 0
    demonyms: int = 0
    titles: int = 0
    composed: int = 0  # composed institutions ("الجيش اللبناني")
    composed_on_gold: int = 0  # ... of which overlap a gold span of a compatible kind
    seconds: float = 0.0
    characters: int = 0
    false_links: Counter = field(default_factory=Counter)  # (category, text, entity) -> n
    misses: Counter = field(default_factory=Counter)  # (category, gold text) -> n
    out_of_scope: Counter = field(default_factory=Counter)  # gold LOC text -> n
    out_of_scope_linked: int = 0  # ... of which geokg links anyway (regions, seas, continents)

    @property
    def precision(self) -> float:
        return self.correct / self.linked if self.linked else 0.0

    @property
    def recall_all_loc(self) -> float:
        """Recall over every gold LOC mention, regions, seas and villages included."""
        total = self.loc_in_scope + sum(self.out_of_scope.values())
        return (self.loc_found + self.out_of_scope_linked) / total if total else 0.0

    @property
    def strict_precision(self) -> float:
        total = self.linked + self.composed
        return (self.correct + self.composed_on_gold) / total if total else 0.0

    @property
    def recall(self) -> float:
        return self.loc_found / self.loc_in_scope if self.loc_in_scope else 0.0


def read_corpus(path: Path) -> list[Sentence]:
    """Sentences with their gold spans (character offsets into the space-joined text)."""
    out: list[Sentence] = []
    tokens: list[tuple[str, str]] = []

    def flush() -> None:
        text_parts: list[str] = []
        spans: list[tuple[int, int, str]] = []
        pos = 0
        open_span: list | None = None
        for tok, tag in tokens:
            start = pos
            text_parts.append(tok)
            pos += len(tok) + 1
            if tag.startswith("B-") or (tag.startswith("I-") and (open_span is None or open_span[2] != tag[2:])):
                if open_span:
                    spans.append(tuple(open_span))
                open_span = [start, start + len(tok), tag[2:]]
            elif tag.startswith("I-") and open_span is not None:
                open_span[1] = start + len(tok)
            else:
                if open_span:
                    spans.append(tuple(open_span))
                open_span = None
        if open_span:
            spans.append(tuple(open_span))
        if text_parts:
            out.append(Sentence(" ".join(text_parts), spans))

    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line:
            flush()
            tokens = []
            continue
        tok, _, tag = line.rpartition(" ")
        if not tok:
            raise ValueError(f"{path}:{lineno}: expected 'token TAG'")
        tokens.append((tok, tag))
    flush()
    return out


def _strip_clitic(norm: str, known: set[str]) -> str:
    if norm in known:
        return norm
    if norm.startswith("لل") and "ال" + norm[2:] in known:
        return "ال" + norm[2:]
    for c in _CLITICS:
        if norm.startswith(c) and norm[len(c) :] in known:
            return norm[len(c) :]
    return norm


def scope_labels() -> dict[str, str]:
    """Normalised Arabic labels of states, capitals and cities → their category."""
    from geokg.extract.gazetteer import END, Hit

    gaz = load_gazetteer()
    out: dict[str, str] = {}

    def walk(node: dict, words: tuple[str, ...]) -> None:
        for key, child in node.items():
            if key == END:
                for hit in child:
                    assert isinstance(hit, Hit)
                    entity = gaz.get(hit.ref)
                    if entity is None:
                        continue
                    text = " ".join(words)
                    kind = hit.kind.removeprefix("weak_")  # a weak label is still a state or city
                    if kind == "name" and entity.type == "Country":
                        out.setdefault(text, "state")
                    elif kind == "metonym" and entity.type == "Country":
                        out.setdefault(text, "capital")
                    elif kind == "place" and entity.type == "City":
                        out.setdefault(text, "city")
            elif isinstance(child, dict):
                walk(child, (*words, key))

    walk(gaz.tries["ar"], ())
    return out


def _compatible(entity_type: str, tag: str) -> bool:
    if entity_type == "Person":
        return tag == "PERS"
    return tag in ("LOC", "ORG")


def measure(path: Path, date: str = "2007-01-01", per_doc: int = SENTENCES_PER_DOC) -> Report:
    sentences = read_corpus(path)
    nlp = make_arabic_nlp(relations=False)
    procs = [proc for _, proc in nlp.pipeline]
    scope = scope_labels()
    known = set(scope)
    report = Report()
    started = time.perf_counter()
    for first in range(0, len(sentences), per_doc):
        group = sentences[first : first + per_doc]
        text = "\n".join(s.text for s in group)
        gold: list[tuple[int, int, str]] = []
        offset = 0
        for s in group:
            gold.extend((a + offset, b + offset, tag) for a, b, tag in s.spans)
            offset += len(s.text) + 1
        doc = nlp.make_doc(text)
        doc._.geokg_date = date
        for proc in procs:
            doc = proc(doc)
        report.characters += len(text)
        linked = []
        for ent in doc.ents:
            entity = ent._.entity
            if entity is None:
                continue
            kind = ent._.mention_kind
            if kind == "demonym":
                report.demonyms += 1
                continue
            if kind == "title":
                report.titles += 1
                continue
            linked.append((ent.start_char, ent.end_char, entity, kind, ent.text))
        for a, b, entity, kind, surface in linked:
            overlapping = [tag for ga, gb, tag in gold if ga < b and a < gb]
            ok = any(_compatible(entity.type, tag) for tag in overlapping)
            if kind == "composed":
                report.composed += 1
                report.composed_on_gold += ok
                continue
            report.linked += 1
            if ok:
                report.correct += 1
            else:
                category = (
                    f"gold {'/'.join(sorted(set(overlapping)))}, linked {entity.type}"
                    if overlapping
                    else f"no gold span, linked {entity.type} ({kind})"
                )
                report.false_links[(category, surface, entity.id)] += 1
        for ga, gb, tag in gold:
            if tag != "LOC":
                continue
            surface = text[ga:gb]
            category = scope.get(_strip_clitic(normalize_token(surface), known))
            hit = any(a < gb and ga < b and entity.type in PLACE_TYPES for a, b, entity, _, _ in linked)
            if category is None:
                report.out_of_scope[surface] += 1
                report.out_of_scope_linked += hit
                continue
            report.loc_in_scope += 1
            if hit:
                report.loc_found += 1
            else:
                report.misses[(category, surface)] += 1
    report.seconds = time.perf_counter() - started
    return report


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
