"""How well the Arabic linker does on real news it was not written for: ANERcorp's gold spans.

Reads ANERcorp's train split (``../shared/dev/anercorp_train.txt``, one ``token TAG`` a line,
BIO over LOC/PERS/ORG/MISC, CC BY-SA 4.0; the data is read, never copied into the project), joins
each sentence's tokens with single spaces, runs geokg's Arabic entity component over runs of
consecutive sentences (the corpus is in article order, so a run stands in for a document and
gives the linker its context) and compares:

- **precision**: of the mentions geokg links by a name (names, places, capitals and seats of
  power), the share that overlaps a gold LOC, ORG or PERS span of a compatible kind (a person on
  PERS; a state, place or body on LOC or ORG: ANERcorp tags the UN as ORG and "Washington" for
  the US government as LOC). Clitics carried by the gold token do not matter, since spans are
  compared by overlap. Descriptions that ANERcorp's guidelines do not annotate are counted apart:
  demonyms (adjectives), titles standing alone for their holder and institutions composed from a
  common noun and a country ("الحكومة اللبنانية"); a strict figure that counts the composed
  institutions as errors is given too.
- **recall**: of the gold LOC mentions that name a state, a capital or a major city, the share
  that geokg links to a place, a state or a city. Which gold mentions those are is decided from
  the gazetteer's data (an entity of type Country or City, or a country's capital given as a
  metonym), matched with exact normalised spelling after stripping a proclitic; the gold LOC
  mentions outside that set are counted by text, so that a reader can see what the figure
  leaves out.

Each sentence is ``anercorp-train-<n>`` (its number from 0), in the tune or the check half by
``half_of``; a mention counts in the half of the sentence it is in.
``benchmarks/anercorp_entities.py`` prints the full analysis.
"""

from __future__ import annotations

import bisect
import time
from collections import Counter
from collections.abc import Container, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .evaluate import HALVES, GoldError, half_of
from .gazetteer import END, Hit, load_gazetteer
from .morphology_ar import ARTICLE
from .normalize import normalize_token

__all__ = ["SENTENCES_PER_DOC", "EntityReport", "Sentence", "measure", "measure_halves", "read_corpus"]

TARGET_PRECISION = 0.90
TARGET_RECALL = 0.85
SENTENCES_PER_DOC = 8
ID_PREFIX = "anercorp-train-"

PLACE_TYPES = frozenset({"Country", "City", "Place", "Region"})
_CLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


@dataclass
class Sentence:
    text: str
    spans: list[tuple[int, int, str]]  # gold (start, end, tag) in text


@dataclass
class EntityReport:
    half: str = "all"
    sentences: int = 0
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

    def count(self, item: tuple) -> None:
        """Count one item of ``_items``."""
        kind = item[0]
        if kind in ("demonym", "title"):
            setattr(self, kind + "s", getattr(self, kind + "s") + 1)
        elif kind == "composed":
            self.composed += 1
            self.composed_on_gold += item[1]
        elif kind == "linked":
            _, ok, category, surface, eid = item
            self.linked += 1
            self.correct += ok
            if not ok:
                self.false_links[(category, surface, eid)] += 1
        elif kind == "loc":
            _, category, surface, hit = item
            if category is None:
                self.out_of_scope[surface] += 1
                self.out_of_scope_linked += hit
            else:
                self.loc_in_scope += 1
                self.loc_found += hit
                if not hit:
                    self.misses[(category, surface)] += 1

    def to_json(self) -> dict[str, Any]:
        return {
            "half": self.half,
            "sentences": self.sentences,
            "precision": round(self.precision, 4),
            "linked": self.linked,
            "correct": self.correct,
            "recall": round(self.recall, 4),
            "loc_in_scope": self.loc_in_scope,
            "loc_found": self.loc_found,
            "recall_all_loc": round(self.recall_all_loc, 4),
            "strict_precision": round(self.strict_precision, 4),
            "demonyms": self.demonyms,
            "titles": self.titles,
            "composed": self.composed,
        }


def read_corpus(path: str | Path) -> list[Sentence]:
    """Sentences with their gold spans (character offsets into the space-joined text)."""
    path = Path(path)
    out: list[Sentence] = []
    tokens: list[tuple[str, str]] = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line:
            if tokens:
                out.append(_sentence(tokens))
            tokens = []
            continue
        tok, _, tag = line.rpartition(" ")
        if not tok or not (tag == "O" or tag[:2] in ("B-", "I-")):
            raise GoldError(f"{path}:{lineno}: expected 'token TAG' (a BIO tag)")
        tokens.append((tok, tag))
    if tokens:
        out.append(_sentence(tokens))
    return out


def _sentence(tokens: list[tuple[str, str]]) -> Sentence:
    spans: list[tuple[int, int, str]] = []
    pos = 0
    open_span: list | None = None
    for tok, tag in tokens:
        start = pos
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
    return Sentence(" ".join(tok for tok, _ in tokens), spans)


def _strip_clitic(norm: str, known: Container[str]) -> str:
    if norm in known:
        return norm
    if norm.startswith("لل") and ARTICLE + norm[2:] in known:
        return ARTICLE + norm[2:]
    for c in _CLITICS:
        if norm.startswith(c) and norm[len(c) :] in known:
            return norm[len(c) :]
    return norm


def scope_labels() -> dict[str, str]:
    """Normalised Arabic labels of states, capitals and cities → their category."""
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


def measure_halves(
    path: str | Path, date: str = "2007-01-01", per_doc: int = SENTENCES_PER_DOC, nlp: Any = None
) -> dict[str, EntityReport]:
    """The reports of the tune half, the check half and all. ``nlp``: an Arabic pipeline
    already loaded (``Extractor().nlp_ar``), else one is made."""
    sentences = read_corpus(path)
    if nlp is None:
        from .pipeline import make_arabic_nlp

        nlp = make_arabic_nlp(relations=False)
    scope = scope_labels()
    reports = {h: EntityReport(half=h) for h in HALVES}
    started = time.perf_counter()
    for first in range(0, len(sentences), per_doc):
        group = sentences[first : first + per_doc]
        halves = [half_of(f"{ID_PREFIX}{first + k}") for k in range(len(group))]
        for h in halves:
            reports[h].sentences += 1
        reports["all"].sentences += len(group)
        for k, item in _items(nlp, group, date, scope):
            reports[halves[k]].count(item)
            reports["all"].count(item)
    reports["all"].seconds = time.perf_counter() - started
    reports["all"].characters = sum(len(s.text) for s in sentences)
    return reports


def measure(
    path: str | Path, date: str = "2007-01-01", per_doc: int = SENTENCES_PER_DOC, nlp: Any = None
) -> EntityReport:
    """The report over the whole file (``measure_halves``'s ``all``)."""
    return measure_halves(path, date, per_doc, nlp)["all"]


def _items(nlp: Any, group: list[Sentence], date: str, scope: dict[str, str]) -> Iterator[tuple[int, tuple]]:
    """(sentence index in the group, what to count) for one run of sentences."""
    text = "\n".join(s.text for s in group)
    starts, gold = [], []
    offset = 0
    for s in group:
        starts.append(offset)
        gold.extend((a + offset, b + offset, tag) for a, b, tag in s.spans)
        offset += len(s.text) + 1
    doc = nlp.make_doc(text)
    doc._.geokg_date = date
    for name, proc in nlp.pipeline:
        if not name.endswith("relations"):  # entities only: relations cost time and change nothing here
            doc = proc(doc)
    linked = []
    for ent in doc.ents:
        entity, kind = ent._.entity, ent._.mention_kind
        if entity is None:
            continue
        k = bisect.bisect_right(starts, ent.start_char) - 1
        if kind in ("demonym", "title"):
            yield k, (kind,)
            continue
        overlapping = [tag for ga, gb, tag in gold if ga < ent.end_char and ent.start_char < gb]
        ok = any(_compatible(entity.type, tag) for tag in overlapping)
        if kind == "composed":
            yield k, ("composed", ok)
            continue
        linked.append((ent.start_char, ent.end_char, entity))
        category = (
            f"gold {'/'.join(sorted(set(overlapping)))}, linked {entity.type}"
            if overlapping
            else f"no gold span, linked {entity.type} ({kind})"
        )
        yield k, ("linked", ok, category, ent.text, entity.id)
    for ga, gb, tag in gold:
        if tag != "LOC":
            continue
        surface = text[ga:gb]
        category = scope.get(_strip_clitic(normalize_token(surface), scope))
        hit = any(a < gb and ga < b and entity.type in PLACE_TYPES for a, b, entity in linked)
        yield bisect.bisect_right(starts, ga) - 1, ("loc", category, surface, hit)
