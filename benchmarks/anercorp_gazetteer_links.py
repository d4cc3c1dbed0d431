"""How the gazetteer data changes entity linking on real Arabic news: ANERcorp's train split.

Runs the Arabic entity component over every ANERcorp sentence (document date 2007-01-01, the
corpus's years) and counts a linked mention as right when every token it covers carries a gold
LOC, ORG, PERS or MISC tag. That is strict: a title resolved to its holder ("الرئيس الفرنسي" for
Chirac) counts as wrong because the corpus tags only the demonym. So the figure is for comparing
two gazetteers in one run, not the issue's precision target. ``--data-dir`` names a second data
folder (for instance an older checkout's ``ontology/data``) to compare with; ``--focus`` names
data files whose entities get a line of their own. The data is read, never copied.

    .venv/bin/python benchmarks/anercorp_gazetteer_links.py \
        --focus ontology/data/people_world.ttl ontology/data/organisations_world.ttl \
        ontology/data/media_world.ttl [--data-dir /tmp/old-data]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import geokg.extract.entities_ar  # noqa: F401  (registers the factory)
import spacy
from rdflib import Graph
from rdflib.namespace import RDF

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "dev" / "anercorp_train.txt"
GKID = "https://w3id.org/geokg/id/"


def read_tagged(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences as (token, tag) lists; a blank line ends a sentence."""
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            if current:
                sentences.append(current)
                current = []
            continue
        token, tag = line.rsplit(" ", 1)
        current.append((token, tag))
    if current:
        sentences.append(current)
    return sentences


def entity_ids(files: list[Path]) -> set[str]:
    ids = set()
    for path in files:
        g = Graph()
        g.parse(path)
        for s in g.subjects(RDF.type, None):
            local = str(s)[len(GKID) :] if str(s).startswith(GKID) else ""
            if local and "/" not in local:
                ids.add(local)
    return ids


def score(sentences: list[list[tuple[str, str]]], data_dir: str | None, focus: set[str]) -> dict[str, int]:
    nlp = spacy.blank("ar")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("geokg_ar_linker", config={"data_dir": data_dir})
    nlp.initialize()
    counts: Counter[str] = Counter()
    for tagged in sentences:
        text = " ".join(token for token, _ in tagged)
        spans, at = [], 0
        for token, tag in tagged:
            spans.append((at, at + len(token), tag))
            at += len(token) + 1
        doc = nlp.make_doc(text)
        doc._.geokg_date = "2007-01-01"
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        for ent in doc.ents:
            tags = [tag for start, end, tag in spans if start < ent.end_char and end > ent.start_char]
            right = bool(tags) and all(tag != "O" for tag in tags)
            counts["linked"] += 1
            counts["right"] += right
            if ent.kb_id_ in focus:
                counts["focus_linked"] += 1
                counts["focus_right"] += right
    return dict(counts)


def line(name: str, c: dict[str, int]) -> str:
    out = f"{name}: {c.get('right', 0)}/{c.get('linked', 0)} linked mentions inside gold spans"
    out += f" ({c.get('right', 0) / max(c.get('linked', 1), 1):.3f})"
    if c.get("focus_linked"):
        out += f"; focus entities {c['focus_right']}/{c['focus_linked']}"
        out += f" ({c['focus_right'] / c['focus_linked']:.3f})"
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=DEFAULT)
    parser.add_argument("--data-dir", help="a second gazetteer data folder to compare with")
    parser.add_argument("--focus", type=Path, nargs="*", default=[])
    args = parser.parse_args(argv)
    if not args.input.is_file():
        print(f"{args.input}: not found (the dev data lives in ../shared/dev/)", file=sys.stderr)
        return 2
    sentences = read_tagged(args.input)
    focus = entity_ids(args.focus)
    print(f"{len(sentences):,} sentences; {len(focus)} focus entities")
    print(line("shipped data", score(sentences, None, focus)))
    if args.data_dir:
        print(line(f"data in {args.data_dir}", score(sentences, args.data_dir, focus)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
