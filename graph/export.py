"""``geokg export gexf|graphml|csv|parquet OUT/``: the graph for Gephi and other graph tools,
and tables for pandas.

- **GEXF** (Gephi): one edge per (subject, relation, object) of the acts that count
  (:mod:`geokg.graph.analysis`), with ``events`` (evidence once per story and source),
  ``score`` (summed Goldstein weights), ``quad``, the relation's labels in both languages, and
  ``spells``: one time interval per day with an event, so Gephi's timeline plays the graph.
- **GraphML**: the same graph, with ``first``/``last`` days instead of spells (GraphML has no
  time intervals).
- **CSV** or **Parquet**: ``assertions`` (every assertion, one row each, with its document's
  date and source, the day it is placed at, whether it counts as the act, and the actors its
  ends roll up to), ``entities`` and ``events`` (the acts that count, one row per piece of
  evidence). ``pandas.read_csv`` reads them as they are.

``--rollup`` draws the graph (and the events table) between states (:func:`analysis.rollup`).
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx
from geokg.extract.model import Argument, AssertionRef, Entity, LiteralValue

from . import analysis
from .analysis import Corpus
from .errors import GeokgError
from .outfolder import OutputFolder

FORMATS = ("gexf", "graphml", "csv", "parquet")
DEFAULT_NAMES = {"gexf": "graph.gexf", "graphml": "graph.graphml", "csv": "tables", "parquet": "tables"}


def _relation_labels() -> dict[str, dict[str, str]]:
    from geokg.ontology import load_ontology

    return {
        name: {lang: relation.label(lang) for lang in ("ar", "en")}
        for name, relation in load_ontology().relations.items()
    }


def export_graph(data: Any, *, rollup: bool = False, **select: Any) -> nx.MultiDiGraph:
    """The acts that count as a ``MultiDiGraph`` with plain attributes, ready for
    ``nx.write_gexf``/``nx.write_graphml``: one edge per (subject, relation, object), keyed by
    the relation, with ``events``, ``score``, ``quad``, ``first``, ``last``, ``assertions``
    (ids joined by ``;``) and ``spells`` (one ``(day, day)`` per day with an event).

    >>> G = export_graph(analysis.example_corpus(), rollup=True)
    >>> data = G.edges["Q159", "Q423", "visits"]
    >>> data["events"], data["spells"]
    (2, [('2024-07-01', '2024-07-01')])
    """
    events = analysis.event_graph(data, rollup=rollup, **select)
    labels = _relation_labels()
    graph = nx.MultiDiGraph(mode="dynamic")
    for node, info in events.nodes(data=True):
        names = info.get("labels") or {}
        graph.add_node(
            node,
            label=info.get("label") or node,
            label_en=names.get("en") or info.get("label") or node,
            label_ar=names.get("ar") or "",
            type=info.get("type") or "",
            country=info.get("country") or "",
        )
    merged: dict[tuple[str, str, str], dict[str, Any]] = {}
    for u, v, info in events.edges(data=True):
        row = merged.setdefault(
            (u, v, info["relation"]), {"events": 0, "score": 0.0, "quad": info["quad"], "days": set(), "ids": []}
        )
        row["events"] += 1
        row["score"] += info["goldstein"]
        row["ids"].extend(info["assertions"])
        if info["day"]:
            row["days"].add(info["day"])
    for (u, v, relation), row in sorted(merged.items()):
        days = sorted(row["days"])
        graph.add_edge(
            u,
            v,
            key=relation,
            relation=relation,
            label=labels.get(relation, {}).get("en", relation),
            label_ar=labels.get(relation, {}).get("ar", ""),
            quad=int(row["quad"]),
            events=row["events"],
            weight=float(row["events"]),
            score=round(row["score"], 3),
            first=days[0] if days else "",
            last=days[-1] if days else "",
            assertions=";".join(sorted(set(row["ids"]))),
            spells=[(day, day) for day in days],
        )
    for node in graph:  # a node lives from its first event on
        days = [d["first"] for _, _, d in graph.edges(node, data=True) if d["first"]]
        days += [d["first"] for _, _, d in graph.in_edges(node, data=True) if d["first"]]
        if days:
            graph.nodes[node]["start"] = min(days)
    return graph


def write_gexf(data: Any, path: str | os.PathLike[str], **options: Any) -> Path:
    """GEXF 1.2 with time intervals (Gephi's timeline)."""
    graph = export_graph(data, **options)
    return _atomic(path, lambda tmp: nx.write_gexf(graph, tmp))


def write_graphml(data: Any, path: str | os.PathLike[str], **options: Any) -> Path:
    """GraphML: the GEXF graph without spells and node starts (GraphML has no time)."""
    graph = export_graph(data, **options)
    for _, _, info in graph.edges(data=True):
        del info["spells"]
    for _, info in graph.nodes(data=True):
        info.pop("start", None)
    graph.graph.clear()
    return _atomic(path, lambda tmp: nx.write_graphml(graph, tmp))


def _atomic(path: str | os.PathLike[str], write: Any) -> Path:
    """Write through a temporary file beside ``path``: a failed export leaves the old file."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        write(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


# ---- tables ------------------------------------------------------------------------------------


def _entity_columns(prefix: str, entity: Entity | None) -> dict[str, Any]:
    if entity is None:
        return dict.fromkeys((f"{prefix}_id", f"{prefix}_label", f"{prefix}_label_ar", f"{prefix}_type"))
    return {
        f"{prefix}_id": entity.id,
        f"{prefix}_label": entity.labels.get("en") or entity.label,
        f"{prefix}_label_ar": entity.labels.get("ar"),
        f"{prefix}_type": entity.type,
        f"{prefix}_country": entity.country,
        f"{prefix}_sector": entity.sector,
    }


def assertion_rows(corpus: Corpus) -> list[dict[str, Any]]:
    """One row per assertion: everything ``assertions.jsonl`` holds, flattened, with the
    document's provenance, the ``day`` it is placed at, whether it ``counted`` as the act (by
    default), and the actors its ends roll up to at that day.

    >>> rows = assertion_rows(analysis.example_corpus())
    >>> rows[3]["subject_label"], rows[3]["subject_rollup"], rows[3]["counted"], rows[3]["source"]
    ('Vladimir Putin', 'Q159', True, 'Wire A')
    """
    labels = _relation_labels()
    rows = []
    for assertion in corpus.assertions:
        document = corpus.documents.get(assertion.doc)
        day = analysis.event_day(assertion, corpus.documents)
        obj = assertion.object
        target = obj.entity if isinstance(obj, Argument) else None
        row: dict[str, Any] = {"id": assertion.id, "doc": assertion.doc, "day": day}
        row |= _entity_columns("subject", assertion.subject.entity)
        row["subject_text"] = assertion.subject.text
        row |= {
            "relation": assertion.relation,
            "relation_label": labels.get(assertion.relation, {}).get("en", assertion.relation),
            "relation_label_ar": labels.get(assertion.relation, {}).get("ar"),
            "cameo": assertion.cameo,
            "plover": assertion.plover,
            "quad": assertion.quad,
            "goldstein": assertion.goldstein,
        }
        row |= _entity_columns("object", target)
        row |= {
            "object_text": obj.text if isinstance(obj, Argument) else None,
            "object_assertion": obj.assertion if isinstance(obj, AssertionRef) else None,
            "object_literal": obj.literal if isinstance(obj, LiteralValue) else None,
            "polarity": assertion.polarity,
            "modality": assertion.modality,
            "counted": analysis.is_counted(assertion),
            "subject_rollup": analysis.rollup(assertion.subject.entity, day).id,
            "object_rollup": analysis.rollup(target, day).id if target else None,
            "attributed_to_id": assertion.attributed_to.id if assertion.attributed_to else None,
            "attributed_to_label": assertion.attributed_to.label if assertion.attributed_to else None,
            "time_start": assertion.time.start if assertion.time else None,
            "time_end": assertion.time.end if assertion.time else None,
            "confidence": assertion.confidence,
            "evidence": assertion.evidence.text,
            "evidence_start": assertion.evidence.start,
            "evidence_end": assertion.evidence.end,
            "lang": assertion.evidence.lang,
            "story": assertion.story or (document.story if document else None) or assertion.doc,
            "date": document.date if document else None,
            "source": document.source if document else None,
            "url": document.url if document else None,
            "title": document.title if document else None,
            "extractor": assertion.extractor,
        }
        rows.append(row)
    return rows


def entity_rows(corpus: Corpus, mentions: Counter[str] | None = None) -> list[dict[str, Any]]:
    """One row per entity named in an assertion (subject, object or attribution), with its
    names in both languages, type, country, sector, Wikidata QID and counts.

    >>> rows = entity_rows(analysis.example_corpus())
    >>> [(r["id"], r["label_ar"], r["assertions"]) for r in rows if r["id"] == "Q423"]
    [('Q423', 'كوريا الشمالية', 11)]
    """
    found: dict[str, Entity] = {}
    names: dict[str, dict[str, str]] = {}
    counts: Counter[str] = Counter()
    for assertion in corpus.assertions:
        ends = [assertion.subject.entity, assertion.attributed_to]
        if isinstance(assertion.object, Argument):
            ends.append(assertion.object.entity)
        for entity in {e.id: e for e in ends if e is not None}.values():
            found.setdefault(entity.id, entity)
            for lang, text in entity.labels.items():
                names.setdefault(entity.id, {}).setdefault(lang, text)
            counts[entity.id] += 1
    return [
        {
            "id": entity.id,
            "label": names.get(entity.id, {}).get("en") or entity.label,
            "label_ar": names.get(entity.id, {}).get("ar"),
            "type": entity.type,
            "country": entity.country,
            "sector": entity.sector,
            "wikidata": entity.id if entity.is_wikidata else None,
            "assertions": counts[entity.id],
            "mentions": (mentions or Counter()).get(entity.id, 0),
        }
        for entity in sorted(found.values(), key=lambda e: e.id)
    ]


def event_rows(data: Any, **select: Any) -> list[dict[str, Any]]:
    """The acts that count, one row per piece of evidence (story × source): ``subject``,
    ``relation``, ``object``, ``quad``, ``goldstein``, ``day``, ``story``, ``source`` and the
    ``assertions`` (ids joined by ``;``) behind it.

    >>> rows = event_rows(analysis.example_corpus())
    >>> len(rows), rows[0]["subject"], rows[0]["relation"], rows[0]["object"]
    (21, 'Q159', 'criticizes', 'Q423')
    """
    events = analysis.event_graph(data, **select)
    return [
        {
            "subject": u,
            "subject_label": analysis.label(events, u),
            "relation": info["relation"],
            "object": v,
            "object_label": analysis.label(events, v),
            "quad": info["quad"],
            "goldstein": info["goldstein"],
            "day": info["day"],
            "story": key[1],
            "source": key[2],
            "assertions": ";".join(info["assertions"]),
        }
        for u, v, key, info in events.edges(keys=True, data=True)
    ]


def _mention_counts(folder: Path | None) -> Counter[str]:
    counts: Counter[str] = Counter()
    path = OutputFolder(folder).mentions if folder else None
    if path is None or not path.is_file():
        return counts
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            try:
                counts[json.loads(line)["id"]] += 1
            except (ValueError, KeyError, TypeError):
                continue  # a damaged line costs a count, not the export
    return counts


def write_tables(
    data: Any, folder: str | os.PathLike[str], *, fmt: str = "csv", rollup: bool = False, out: Path | None = None
) -> dict[str, Path]:
    """``assertions``, ``entities`` and ``events`` as CSV (UTF-8, a header line) or Parquet."""
    import pandas as pd

    corpus = analysis.as_corpus(data)
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    tables = {
        "assertions": assertion_rows(corpus),
        "entities": entity_rows(corpus, _mention_counts(out)),
        "events": event_rows(corpus, rollup=rollup),
    }
    written = {}
    for name, rows in tables.items():
        frame = pd.DataFrame(rows)
        save = frame.to_parquet if fmt == "parquet" else frame.to_csv
        written[name] = _atomic(target / f"{name}.{fmt}", functools.partial(save, index=False))
    return written


# ---- the command -------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> int:
    """``geokg export gexf|graphml|csv|parquet OUT/ [-o PATH] [--rollup]``.

    A folder that cannot be read raises ``AnalysisError`` (the CLI reports it, exit 1)."""
    folder = Path(args.graph)
    output = Path(args.output) if args.output else folder / DEFAULT_NAMES[args.target]
    if args.target == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError as e:
            raise GeokgError("Parquet needs pyarrow (pip install 'geokg[parquet]')") from e
    corpus = analysis.load(folder)
    if args.target in ("csv", "parquet"):
        paths = write_tables(corpus, output, fmt=args.target, rollup=args.rollup, out=folder)
        print(f"geokg: {', '.join(p.name for p in paths.values())} -> {output}/", file=sys.stderr)
        return 0
    writer = write_gexf if args.target == "gexf" else write_graphml
    path = writer(corpus, output, rollup=args.rollup)
    print(f"geokg: {args.target.upper()} -> {path}", file=sys.stderr)
    return 0
