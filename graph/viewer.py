"""The offline viewer: one self-contained HTML file built with pyvis and geokg's template.

- One node per entity, labelled in Arabic or English (switchable in the page), coloured by type.
- One edge per (subject, relation, object) with all its evidence merged: coloured by quad class
  (cooperation in greens, conflict in reds), dashed and faded when no evidence affirms it as
  stated or reported (only negated, alleged, expected or hypothetical), wider with more sources
  (distinct documents).
- In the page: a search over every name (labels, the gazetteer's alternative names, the forms
  written in the news), a legend that doubles as filters (relation, quad class, entity type,
  country), a date range, a toggle for uncertain relations, and a side panel with the evidence
  of a clicked edge (right-to-left for Arabic, the matched names highlighted).
- Above ``PHYSICS_MAX_NODES`` the layout is computed here and the browser's physics stays off;
  ``top`` keeps the most connected entities. ``viewer()`` returns a ``Viewer`` that Jupyter
  shows inline.

News text is untrusted: hover titles are plain text (vis-network 9 shows them as text), the
page builds its DOM with ``textContent`` only, and the data travels in a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped, so neither
``</script>`` nor ``<!--`` in a sentence can end the block. The file loads nothing: vis-network
is inlined and a Content-Security-Policy forbids every external resource and runs only the
page's own scripts, named by hash.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html as html_lib
import json
import math
import os
import re
import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np
import pyvis
import rdflib
from geokg.extract.gazetteer import data_dir
from geokg.extract.model import Argument, Assertion, AssertionRef, Document, Entity
from geokg.graph.stories import evidence_key
from geokg.graph.views import to_networkx, top_by_degree
from geokg.ontology import load_ontology
from jinja2 import Environment, FileSystemLoader
from pyvis.network import Network
from rdflib.namespace import SKOS

TEMPLATE_DIR = Path(__file__).parent / "templates"
PYVIS_TEMPLATE_DIR = Path(pyvis.__file__).parent / "templates"
ENTITY_BASE = "https://w3id.org/geokg/id/"  # the gazetteer's entity IRIs (ontology/data)

# Above this many nodes the browser's physics takes minutes (measured: 1,000 nodes settle in
# 74 s headless); positions are computed in Python instead and physics is switched off.
PHYSICS_MAX_NODES = 300

QUAD_COLORS: dict[int | None, str] = {
    1: "#74c476",  # verbal cooperation: light green
    2: "#1b7837",  # material cooperation: dark green
    3: "#ef6f5e",  # verbal conflict: light red
    4: "#b2182b",  # material conflict: dark red
    None: "#8c8c8c",  # standing facts and unaligned relations
}
QUAD_LABELS: dict[int | None, str] = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
    None: "standing fact / other",
}
QUAD_LABELS_AR: dict[int | None, str] = {
    1: "تعاون لفظي",
    2: "تعاون مادي",
    3: "صراع لفظي",
    4: "صراع مادي",
    None: "حقيقة ثابتة / أخرى",
}
# The page's own words, in the label language (the legend, the controls, the panel).
UI: dict[str, dict[str, str]] = {
    "en": {
        "find": "Find",
        "find_placeholder": "name in Arabic or English",
        "labels": "Labels",
        "dates": "Dates",
        "uncertain": "negated, alleged, expected (dashed, faded)",
        "rollup": "states (roll up)",
        "hint": "Click an edge to read its evidence, or a node to see what it is.",
        "legend": "Legend and filters",
        "legend_dashed": "dashed, faded: only negated, alleged, expected or hypothetical",
        "legend_width": "edge width and ×N: pieces of evidence (once per story and source)",
        "group_relation": "Relation",
        "group_quad": "Cooperation / conflict",
        "group_class": "Entity type",
        "group_country": "Country",
        "all": "all",
        "none": "none",
        "shown": "relations shown",
        # The header's counts of what is drawn: "{n}" is the number; the form is chosen by the
        # language's plural rules (Intl.PluralRules), falling back to "_other".
        "entities_one": "{n} entity",
        "entities_other": "{n} entities",
        "relations_one": "{n} relation",
        "relations_other": "{n} relations",
        "counts_join": ", ",
        "not_found": "not found",
        "hidden": "hidden by the filters",
        "no_relations": "No relations were found in this build.",
        "according_to": "according to",
        "time": "time",
        "confidence": "confidence",
        "also": "also: ",
        "written_as": "written as: ",
        "country": "country",
        "sector": "sector",
        "id": "id",
        "expand": "expand",
        "collapse": "roll up again",
        "members": "rolled up here: ",
        "sentences": "sentences",
        "documents": "documents",
        "evidence": "pieces of evidence",
        "timeline": "assertions per period (shown relations)",
        "affirmed": "affirmed",
        "negated": "negated",
        "asserted": "asserted",
        "reported": "reported",
        "alleged": "alleged",
        "expected": "expected",
        "hypothetical": "hypothetical",
    },
    "ar": {
        "find": "بحث",
        "find_placeholder": "اسم بالعربية أو الإنجليزية",
        "labels": "التسميات",
        "dates": "التواريخ",
        "uncertain": "منفي، مزعوم، متوقع (متقطع، باهت)",
        "rollup": "الدول (تجميع)",
        "hint": "انقر على علاقة لقراءة أدلتها، أو على كيان لمعرفته.",
        "legend": "المفتاح والمرشحات",
        "legend_dashed": "متقطع وباهت: منفي أو مزعوم أو متوقع أو افتراضي فقط",
        "legend_width": "عرض الخط و×N: عدد الأدلة (مرة لكل قصة ومصدر)",
        "group_relation": "العلاقة",
        "group_quad": "تعاون / صراع",
        "group_class": "نوع الكيان",
        "group_country": "الدولة",
        "all": "الكل",
        "none": "لا شيء",
        "shown": "علاقة معروضة",
        "entities_zero": "لا كيانات",
        "entities_one": "كيان واحد",
        "entities_two": "كيانان",
        "entities_few": "{n} كيانات",
        "entities_many": "{n} كيانًا",
        "entities_other": "{n} كيان",
        "relations_zero": "لا علاقات",
        "relations_one": "علاقة واحدة",
        "relations_two": "علاقتان",
        "relations_few": "{n} علاقات",
        "relations_many": "{n} علاقة",
        "relations_other": "{n} علاقة",
        "counts_join": "، ",
        "not_found": "غير موجود",
        "hidden": "مخفي بالمرشحات",
        "no_relations": "لم يعثر على أي علاقة في هذا البناء.",
        "according_to": "وفقا لـ",
        "time": "الزمن",
        "confidence": "الثقة",
        "also": "أيضا: ",
        "written_as": "كتب: ",
        "country": "الدولة",
        "sector": "القطاع",
        "id": "المعرف",
        "expand": "فك التجميع",
        "collapse": "إعادة التجميع",
        "members": "مجمّع هنا: ",
        "sentences": "جمل",
        "documents": "وثائق",
        "evidence": "أدلة",
        "timeline": "الإسنادات في كل فترة (العلاقات المعروضة)",
        "affirmed": "مثبت",
        "negated": "منفي",
        "asserted": "مؤكد",
        "reported": "منقول",
        "alleged": "مزعوم",
        "expected": "متوقع",
        "hypothetical": "افتراضي",
    },
}
TYPE_COLORS: dict[str, str] = {  # by ontology class (geokg.ttl)
    "Country": "#4e79a7",
    "Person": "#f28e2b",
    "GovernmentBody": "#9c755f",
    "ArmedForce": "#e15759",
    "ArmedGroup": "#ff9da7",
    "InternationalOrganisation": "#76b7b2",
    "MediaOutlet": "#b07aa1",
    "PoliticalParty": "#59a14f",
    "Bloc": "#86bcb6",
    "Company": "#d4a6c8",
    "Group": "#a0cbe8",
    "Actor": "#79706e",
    "Place": "#bab0ac",
    "City": "#bab0ac",
    "Office": "#edc948",
}
_FALLBACK_COLORS = ("#ffbe7d", "#8cd17d", "#b6992d", "#499894", "#d37295", "#fabfd2")
_HREF = re.compile("href", re.IGNORECASE)
_SPACE_RUN = re.compile(r"\s+")


def type_color(type_name: str) -> str:
    """A fixed colour per known class; unknown classes get a stable colour from their name."""
    if type_name in TYPE_COLORS:
        return TYPE_COLORS[type_name]
    return _FALLBACK_COLORS[zlib.crc32(type_name.encode("utf-8")) % len(_FALLBACK_COLORS)]


def plain_title(text: str) -> str:
    """Hover text: control characters dropped, spaces collapsed, and no "href" (which would
    make pyvis switch to its innerHTML popup)."""
    cleaned = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") and ch != "\n" else ch for ch in text)
    cleaned = "\n".join(_SPACE_RUN.sub(" ", line).strip() for line in cleaned.split("\n"))
    return _HREF.sub(lambda m: m.group(0)[:1] + "\u2060" + m.group(0)[1:], cleaned)


def json_for_script(data: Any) -> str:
    """JSON that is safe inside <script type="application/json">: <, >, & and the JS line
    separators are \\u-escaped, so "</script>" and "<!--" in news text stay inert."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


@dataclass
class MergedEdge:
    """All assertions with the same subject, relation and object."""

    subject: str
    relation: str
    object: str
    quad: int | None = None
    items: list[dict[str, Any]] = field(default_factory=list)

    @property
    def documents(self) -> set[str]:
        return {item["doc"] for item in self.items}

    @property
    def is_supported(self) -> bool:
        """Solid line: some evidence affirms it as stated or as reported by a named source."""
        return any(
            item["polarity"] == "affirmed" and item["modality"] in ("asserted", "reported") for item in self.items
        )


def _relation_labels(lang: str) -> dict[str, str]:
    return {name: relation.label(lang) for name, relation in load_ontology().relations.items()}


def _class_labels(lang: str) -> dict[str, str]:
    return {
        name: entity_class.labels.get(lang) or entity_class.labels.get("en") or name
        for name, entity_class in load_ontology().classes.items()
    }


def _merge_edges(
    graph: nx.MultiDiGraph,
    documents: dict[str, Document],
    assertions: dict[str, Assertion],
    lang: str | None = None,
) -> dict[tuple[str, str, str], MergedEdge]:
    merged: dict[tuple[str, str, str], MergedEdge] = {}
    seen: set[tuple[str, str, str, str, int, int]] = set()
    for subject, target, key, data in graph.edges(keys=True, data=True):
        edge_key = (subject, data["relation"], target)
        edge = merged.setdefault(edge_key, MergedEdge(subject, data["relation"], target))
        if edge.quad is None and data["quad"] is not None:
            edge.quad = data["quad"]
        document = documents.get(data["doc"])
        assertion = assertions[key]
        item = {
            "assertion": key,
            "doc": data["doc"],
            "text": data["evidence"],
            "lang": data["lang"] or "",
            "polarity": data["polarity"],
            "modality": data["modality"],
            "confidence": round(float(data["confidence"]), 2),
            "attributed_to": _attribution(graph, assertion.attributed_to, lang),
            "time": "..".join(t for t in (data["time_start"], data["time_end"]) if t) or None,
            "about": data["about"],
            "date": document.date if document else None,
            "source": document.source if document else None,
            "url": document.url if document else None,
            "title": document.title if document else None,
            # On the time slider: the event's own date, else the document's.
            "day": _day(data["time_start"]) or _day(document.date if document else None),
            "marks": name_marks(data["evidence"], names_in_evidence(assertion, assertions)),
            # What counts once: the story and source (a retelling by another outlet counts).
            "ev": "\x1f".join(evidence_key(assertion, documents)),
        }
        # The same sentence coded twice (two extractors) is shown once.
        marker = (
            *edge_key,
            data["doc"],
            data["evidence"],
            data["polarity"],
            data["modality"],
        )
        if marker in seen:
            continue
        seen.add(marker)
        edge.items.append(item)
    for edge in merged.values():
        edge.items.sort(key=lambda item: (item["date"] or "", item["doc"], item["text"]))
    return merged


def _attribution(graph: nx.MultiDiGraph, entity: Entity | None, lang: str | None) -> str | None:
    """Whom the assertion is attributed to, by name: the entity in the graph, else the label
    the assertion carries (a spokesperson or ministry that is no node of its own)."""
    if entity is None:
        return None
    if entity.id in graph:
        return _node_label(graph, entity.id, lang)
    return (lang and entity.labels.get(lang)) or entity.label or entity.id


def names_in_evidence(assertion: Assertion, by_id: dict[str, Assertion]) -> list[tuple[str, int | None, int | None]]:
    """The entity names as written, with offsets into the evidence sentence where known."""
    base = assertion.evidence.start
    arguments = [assertion.subject]
    if isinstance(assertion.object, Argument):
        arguments.append(assertion.object)
    names: list[tuple[str, int | None, int | None]] = []
    for argument in arguments:
        start = end = None
        if argument.start is not None and argument.end is not None and base is not None:
            start, end = argument.start - base, argument.end - base
        names.append((argument.text, start, end))
    if isinstance(assertion.object, AssertionRef) and assertion.object.assertion in by_id:
        inner = by_id[assertion.object.assertion]
        names.append((inner.subject.text, None, None))  # offsets are the inner sentence's
        if isinstance(inner.object, Argument):
            names.append((inner.object.text, None, None))
    return [name for name in names if name[0]]


def written_forms(assertions: Iterable[Assertion]) -> dict[str, set[str]]:
    """How each entity was written in the news (its arguments' surface text)."""
    forms: dict[str, set[str]] = defaultdict(set)
    for assertion in assertions:
        forms[assertion.subject.entity.id].add(assertion.subject.text)
        if isinstance(assertion.object, Argument):
            forms[assertion.object.entity.id].add(assertion.object.text)
    return forms


def _node_label(graph: nx.MultiDiGraph, node_id: str, lang: str | None = None) -> str:
    if node_id not in graph:
        return node_id
    data = graph.nodes[node_id]
    if lang and data["labels"].get(lang):
        return data["labels"][lang]
    return data["label"] or node_id


LAYOUT_ITERATIONS = 50
Progress = Callable[[int, int], object]  # told (steps done, steps) as the page is built


def _positions(
    graph: nx.MultiDiGraph, seed: int, progress: Callable[[int], object] | None = None
) -> dict[str, tuple[float, float]]:
    """Spring layout in pixels, deterministic for a given seed.

    networkx's spring_layout needs scipy from 500 nodes on (not a dependency here); above that
    the same Fruchterman-Reingold algorithm runs in ``spring_layout_blocked``, which tells
    ``progress`` each iteration done.
    """
    simple = nx.Graph()
    simple.add_nodes_from(graph)
    simple.add_edges_from(graph.edges())  # no attribute copies: only the shape matters
    if simple.number_of_nodes() < 500:
        layout = nx.spring_layout(simple, seed=seed, iterations=LAYOUT_ITERATIONS)
    else:
        layout = spring_layout_blocked(simple, seed=seed, iterations=LAYOUT_ITERATIONS, progress=progress)
    scale = 80.0 * math.sqrt(max(simple.number_of_nodes(), 1))
    return {node: (float(x) * scale, float(y) * scale) for node, (x, y) in layout.items()}


def spring_layout_blocked(
    graph: nx.Graph,
    seed: int = 7,
    iterations: int = 50,
    block: int = 256,
    progress: Callable[[int], object] | None = None,
) -> dict[Any, tuple[float, float]]:
    """Fruchterman-Reingold as in networkx's dense version, with the all-pairs repulsion
    computed ``block`` rows at a time in float32: memory O(block * n) instead of O(n^2),
    numpy only (measured: 2,000 nodes 0.6 s, 5,000 nodes 4.5 s). Positions scaled into [-1, 1]."""
    nodes = list(graph)
    n = len(nodes)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    edges = np.array([(index[u], index[v]) for u, v in graph.edges() if u != v], dtype=np.int64)
    edges = edges.reshape(-1, 2)
    start_pos = np.random.default_rng(seed).random((n, 2)).astype(np.float32)
    x, y = start_pos[:, 0].copy(), start_pos[:, 1].copy()
    k = math.sqrt(1.0 / n)  # the ideal edge length in the unit square
    k2 = np.float32(k * k)
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for done in range(iterations):
        if progress is not None:
            progress(done)
        force_x = np.zeros(n, np.float32)
        force_y = np.zeros(n, np.float32)
        for start in range(0, n, block):
            rows = slice(start, start + block)
            dx = x[rows, None] - x[None, :]
            dy = y[rows, None] - y[None, :]
            strength = dx * dx + dy * dy
            np.maximum(strength, 1e-4, out=strength)
            np.divide(k2, strength, out=strength)  # repulsion k^2/d along the unit vector
            force_x[rows] += (dx * strength).sum(axis=1)
            force_y[rows] += (dy * strength).sum(axis=1)
        if len(edges):
            ex = x[edges[:, 0]] - x[edges[:, 1]]
            ey = y[edges[:, 0]] - y[edges[:, 1]]
            pull = np.maximum(np.sqrt(ex * ex + ey * ey), 1e-2) / k  # attraction d^2/k
            ex *= pull
            ey *= pull
            np.subtract.at(force_x, edges[:, 0], ex)
            np.add.at(force_x, edges[:, 1], ex)
            np.subtract.at(force_y, edges[:, 0], ey)
            np.add.at(force_y, edges[:, 1], ey)
        length = np.maximum(np.sqrt(force_x * force_x + force_y * force_y), 1e-2)
        step = np.minimum(length, temperature) / length
        x += force_x * step
        y += force_y * step
        temperature -= cooling
    x -= x.mean()
    y -= y.mean()
    extent = float(max(np.abs(x).max(), np.abs(y).max())) or 1.0
    return {node: (float(px) / extent, float(py) / extent) for node, px, py in zip(nodes, x, y)}


def _options(physics: bool, edge_count: int, seed: int) -> dict[str, Any]:
    return {
        # The same file draws the same picture every time; with positions given, vis-network's
        # own clustering pass ("improvedLayout") only costs time.
        "layout": {"randomSeed": seed, "improvedLayout": physics},
        "nodes": {
            "shape": "dot",
            "borderWidth": 1,
            "font": {
                "size": 15,
                "face": "Noto Sans, Noto Naskh Arabic, KacstOne, DejaVu Sans, sans-serif",
            },
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "font": {"size": 10, "align": "middle", "strokeWidth": 3},
            "smooth": {"type": "dynamic"} if physics else False,
            "selectionWidth": 2,
        },
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -80,
                "springLength": 140,
                "avoidOverlap": 0.3,
            },
            "stabilization": {
                "enabled": physics,
                "iterations": 300 if edge_count < 500 else 150,
            },
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            # Large static graphs: draw edges only when the view is still.
            "hideEdgesOnDrag": not physics,
            "hideEdgesOnZoom": not physics and edge_count > 2000,
        },
    }


@functools.lru_cache(maxsize=1)
def gazetteer_names() -> dict[str, frozenset[str]]:
    """Every name (preferred and alternative labels, all languages) the gazetteer data gives
    each entity id: what the viewer's search box also matches."""
    graph = rdflib.Graph()
    folder = data_dir()
    for path in sorted(folder.glob("*.ttl")):
        graph.parse(path, format="turtle")
    names: dict[str, set[str]] = defaultdict(set)
    for predicate in (SKOS.prefLabel, SKOS.altLabel):
        for subject, _, label in graph.triples((None, predicate, None)):
            iri = str(subject)
            if iri.startswith(ENTITY_BASE) and "/" not in iri[len(ENTITY_BASE) :]:
                names[iri[len(ENTITY_BASE) :]].add(str(label))
    return {entity: frozenset(found) for entity, found in names.items()}


def _utf16(text: str, index: int) -> int:
    """A code-point index as the UTF-16 index JavaScript strings use."""
    return len(text[:index].encode("utf-16-le")) // 2


def name_marks(sentence: str, names: Iterable[tuple[str, int | None, int | None]]) -> list[list[int]]:
    """Where the entity names sit in the sentence, as sorted, non-overlapping [start, end)
    UTF-16 ranges. Offsets from the extractor are used when they agree with the text; else
    the name's first occurrence (the surface form of a nested assertion's entities)."""
    spans: set[tuple[int, int]] = set()
    for text, start, end in names:
        if start is not None and end is not None and sentence[start:end] == text:
            spans.add((start, end))
            continue
        found = sentence.find(text)
        if found >= 0:
            spans.add((found, found + len(text)))
    marks: list[list[int]] = []
    last_end = -1
    for start, end in sorted(spans):
        if start < last_end:  # overlapping names: keep the first
            continue
        marks.append([_utf16(sentence, start), _utf16(sentence, end)])
        last_end = end
    return marks


def _day(value: str | None) -> str | None:
    """The sortable date an assertion is placed at on the time slider (ISO, at most a day)."""
    return value[:10] if value else None


def build_network(
    assertions: Iterable[Assertion],
    documents: Iterable[Document] | None = None,
    *,
    label_lang: str | None = None,
    physics_max_nodes: int = PHYSICS_MAX_NODES,
    top: int | None = None,
    seed: int = 7,
    rollup: bool = True,
    progress: Progress | None = None,
) -> tuple[Network, dict[str, Any]]:
    """The pyvis network and the page's data (not yet rendered).

    ``top`` keeps only the ``top`` most connected entities. Above ``physics_max_nodes`` nodes
    the layout is computed here and the browser's physics stays off. ``rollup``: the page
    opens with actors rolled up to their states (a toggle and a per-state expand switch it).
    ``progress`` is told (steps done, steps): one for the graph and its names, then one per
    layout iteration where there is a layout.
    """
    assertions = list(assertions)
    graph = to_networkx(assertions)
    if top is not None:
        graph = top_by_degree(graph, top)
    relation_labels = {code: _relation_labels(code) for code in ("ar", "en")}
    class_labels = {code: _class_labels(code) for code in ("ar", "en")}
    by_id = {assertion.id: assertion for assertion in assertions}
    merged = _merge_edges(graph, {doc.id: doc for doc in documents or ()}, by_id, label_lang)
    physics, positions = _layout(graph, physics_max_nodes, seed, progress)
    net = Network(height="780px", width="100%", directed=True, cdn_resources="in_line", heading="")
    nodes = _add_nodes(net, graph, positions, class_labels, written_forms(assertions), label_lang)
    show_labels = len(merged) <= 150
    edges = _add_edges(net, graph, merged, nodes, relation_labels, label_lang, show_labels)
    filters = _filters(nodes, edges, relation_labels, class_labels)
    _add_rollups(net, graph, nodes, edges, positions, class_labels)
    net.options = _options(physics, len(merged), seed)
    panel = {
        "nodes": nodes,
        "edges": edges,
        "lang": label_lang or "en",
        "physics": physics,
        "show_edge_labels": show_labels,
        "filters": filters,
        "rollup": rollup,
        "ui": UI,
    }
    return net, panel


def _layout(
    graph: nx.MultiDiGraph, physics_max_nodes: int, seed: int, progress: Progress | None
) -> tuple[bool, dict[str, tuple[float, float]]]:
    """Whether the browser's physics lays the graph out, else the positions computed here;
    ``progress`` is told one step for the graph, then one per layout iteration."""
    physics = graph.number_of_nodes() <= physics_max_nodes
    steps = 1 if physics else 1 + LAYOUT_ITERATIONS
    if progress is not None:
        progress(1, steps)
    layout_done = (lambda done: progress(1 + done, steps)) if progress is not None else None
    return physics, ({} if physics else _positions(graph, seed, layout_done))


def _add_nodes(
    net: Network,
    graph: nx.MultiDiGraph,
    positions: dict[str, tuple[float, float]],
    class_labels: dict[str, dict[str, str]],
    written_by_entity: dict[str, set[str]],
    label_lang: str | None,
) -> dict[str, Any]:
    """Draw one node per entity; the page's data on each, by id."""
    lang = label_lang or "en"
    known_names = gazetteer_names()
    degree = dict(graph.degree())
    nodes: dict[str, Any] = {}
    for node_id, data in sorted(graph.nodes(data=True)):
        label = _node_label(graph, node_id, label_lang)
        type_label = class_labels[lang].get(data["type"], data["type"])
        details = [label, type_label]
        if data["country"]:
            details.append(data["country"])
        extra: dict[str, Any] = {}
        if node_id in positions:
            extra["x"], extra["y"] = positions[node_id]
        net.add_node(
            node_id,
            label=plain_title(label),
            title=plain_title(" · ".join(details)),
            color=type_color(data["type"]),
            size=10 + 4 * math.sqrt(degree.get(node_id, 0)),
            **extra,
        )
        names = set(data["labels"].values()) | known_names.get(node_id, frozenset())
        nodes[node_id] = _panel_node(graph, node_id, label, type_label, names, written_by_entity.get(node_id, ()))
    _settle_written_forms(nodes)
    return nodes


def _panel_node(
    graph: nx.MultiDiGraph, node_id: str, label: str, type_label: str, names: set[str], written: Iterable[str]
) -> dict[str, Any]:
    """The page's data on one entity: its labels in both languages and the names a search finds."""
    data = graph.nodes[node_id]
    labels = {code: plain_title(_node_label(graph, node_id, code)) for code in ("ar", "en")}
    return {
        "label": label,
        "labels": data["labels"],
        "display": labels,
        "names": sorted({name for name in names if name} - set(labels.values())),
        "written": {name for name in written if name} - names,  # settled once every entity's names are known
        "type": type_label,
        "class": data["type"],
        "country": data["country"],
        "sector": data["sector"],
        "edges": [],
    }


def _settle_written_forms(nodes: dict[str, Any]) -> None:
    """A form written in the news is searchable unless it is another entity's name: the
    extractor also records the words it resolved ("البلدين", a leader's name standing for
    his country), which must not send a search for that leader to the country."""
    owners: dict[str, set[str]] = defaultdict(set)
    for node_id, info in nodes.items():
        for name in [*info["names"], *info["display"].values()]:
            owners[name].add(node_id)
    for node_id, info in nodes.items():
        info["written"] = sorted(name for name in info["written"] if not owners.get(name, set()) - {node_id})


def _add_edges(
    net: Network,
    graph: nx.MultiDiGraph,
    merged: dict[tuple[str, str, str], MergedEdge],
    nodes: dict[str, Any],
    relation_labels: dict[str, dict[str, str]],
    label_lang: str | None,
    show_labels: bool,
) -> dict[str, Any]:
    """Draw one edge per (subject, relation, object); the page's data on each, by id, also
    listed on both its nodes."""
    lang = label_lang or "en"
    parallel: dict[frozenset[str], int] = defaultdict(int)
    edges: dict[str, Any] = {}
    for index, (_edge_key, edge) in enumerate(sorted(merged.items())):
        edge_id = f"e{index}"
        relation = relation_labels[lang].get(edge.relation, edge.relation)
        subject_label = _node_label(graph, edge.subject, label_lang)
        object_label = _node_label(graph, edge.object, label_lang)
        summary = _edge_summary(edge)
        options = _edge_options(edge, edge_id, f"{subject_label} → {relation} → {object_label}\n{summary}")
        if show_labels:
            options["label"] = plain_title(relation)
        # Parallel edges between the same two nodes get different curvatures instead of
        # being drawn on top of each other.
        pair = frozenset((edge.subject, edge.object))
        rank = parallel[pair]
        parallel[pair] += 1
        if rank:
            options["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.15 * rank}
        net.add_edge(edge.subject, edge.object, **options)
        edges[edge_id] = {
            "from": edge.subject,
            "to": edge.object,
            "subject": subject_label,
            "relation": relation,
            "relation_id": edge.relation,
            "relation_labels": {code: relation_labels[code].get(edge.relation, edge.relation) for code in ("ar", "en")},
            "quad": edge.quad,
            "object": object_label,
            "summary": summary,
            "sources": len(edge.documents),
            "supported": edge.is_supported,
            "dates": sorted({item["day"] for item in edge.items if item["day"]}),
            "undated": any(not item["day"] for item in edge.items),
            "evidence": edge.items,
        }
        nodes[edge.subject]["edges"].append(edge_id)
        if edge.object != edge.subject:
            nodes[edge.object]["edges"].append(edge_id)
    return edges


def _edge_options(edge: MergedEdge, edge_id: str, title: str) -> dict[str, Any]:
    """How an edge is drawn: coloured by quad class, wider with more documents, and never as a
    plain fact: dashed and faded when no evidence affirms it."""
    colour = QUAD_COLORS.get(edge.quad, QUAD_COLORS[None])
    supported = edge.is_supported
    return {
        "id": edge_id,
        "title": plain_title(title),
        "color": {"color": colour, "highlight": colour, "hover": colour, "opacity": 1.0 if supported else 0.45},
        "width": min(1.5 + 2.5 * math.log2(len(edge.documents)), 14.0),
        "dashes": not supported,
    }


def _add_rollups(
    net: Network,
    graph: nx.MultiDiGraph,
    nodes: dict[str, Any],
    edges: dict[str, Any],
    positions: dict[str, tuple[float, float]],
    class_labels: dict[str, dict[str, str]],
) -> None:
    """Mark each entity with the state it rolls up to (``analysis.rollup`` at the day of its
    latest evidence), adding the states that are no entity of their own as nodes of the page
    (``virtual``), drawn only while rolled up. The page folds and expands on these marks."""
    from .analysis import rollup

    latest: dict[str, str] = {}
    for edge in edges.values():
        for end in (edge["from"], edge["to"]):
            if edge["dates"] and edge["dates"][-1] > latest.get(end, ""):
                latest[end] = edge["dates"][-1]
    members: dict[str, list[str]] = defaultdict(list)
    for node_id, info in list(nodes.items()):
        data = graph.nodes[node_id]
        entity = Entity(node_id, data["label"], data["type"], data["labels"], data["country"], data["sector"])
        target = rollup(entity, latest.get(node_id))
        if target.id == node_id:
            continue
        info["rollup"] = target.id
        members[target.id].append(node_id)
        if target.id not in nodes:
            nodes[target.id] = _virtual_node(target, class_labels)
    for target, inside in members.items():
        nodes[target]["members"] = sorted(inside)
        if target in graph:
            continue
        extra: dict[str, Any] = {}
        placed = [positions[m] for m in inside if m in positions]
        if placed:
            extra["x"] = sum(p[0] for p in placed) / len(placed)
            extra["y"] = sum(p[1] for p in placed) / len(placed)
        info = nodes[target]
        net.add_node(
            target,
            label=plain_title(info["label"]),
            title=plain_title(f"{info['label']} · {info['type']}"),
            color=type_color(info["class"]),
            size=10 + 4 * math.sqrt(sum(len(nodes[m]["edges"]) for m in inside)),
            hidden=True,
            **extra,
        )


def _virtual_node(entity: Entity, class_labels: dict[str, dict[str, str]]) -> dict[str, Any]:
    labels = {code: plain_title(entity.labels.get(code) or entity.label) for code in ("ar", "en")}
    return {
        "label": labels["en"],
        "labels": dict(entity.labels),
        "display": labels,
        "names": [],
        "written": [],
        "type": class_labels["en"].get(entity.type, entity.type),
        "class": entity.type,
        "country": entity.country,
        "sector": entity.sector,
        "edges": [],
        "virtual": True,
    }


def _filters(
    nodes: dict[str, Any],
    edges: dict[str, Any],
    relation_labels: dict[str, dict[str, str]],
    class_labels: dict[str, dict[str, str]],
) -> dict[str, Any]:
    """The legend's filter groups, each value with its labels, colour and count."""
    relations = Counter(edge["relation_id"] for edge in edges.values())
    quads = Counter(edge["quad"] for edge in edges.values())
    classes = Counter(node["class"] for node in nodes.values())
    countries = Counter(node["country"] or "" for node in nodes.values())
    dates = sorted({day for edge in edges.values() for day in edge["dates"]})
    return {
        "relation": [
            {
                "value": name,
                "labels": {code: relation_labels[code].get(name, name) for code in ("ar", "en")},
                "count": count,
                "color": QUAD_COLORS.get(
                    next((e["quad"] for e in edges.values() if e["relation_id"] == name), None),
                    QUAD_COLORS[None],
                ),
            }
            for name, count in sorted(relations.items())
        ],
        "quad": [
            {
                "value": "" if quad is None else str(quad),
                "labels": {"ar": QUAD_LABELS_AR[quad], "en": QUAD_LABELS[quad]},
                "count": quads[quad],
                "color": QUAD_COLORS[quad],
            }
            for quad in (1, 2, 3, 4, None)
            if quads[quad]
        ],
        "class": [
            {
                "value": name,
                "labels": {code: class_labels[code].get(name, name) for code in ("ar", "en")},
                "count": count,
                "color": type_color(name),
            }
            for name, count in sorted(classes.items())
        ],
        "country": [
            {
                "value": code,
                "labels": _country_labels(code),
                "count": count,
            }
            for code, count in sorted(countries.items(), key=lambda kv: (kv[0] == "", kv[0]))
        ],
        "dates": dates,
    }


def _country_labels(code: str) -> dict[str, str]:
    """A country filter's label: the state's name in each language, else its code."""
    from geokg.extract.gazetteer import load_gazetteer

    if not code:
        return {"ar": "بلا دولة", "en": "none"}
    country = load_gazetteer().country(code)
    names = country.labels if country is not None else {}
    return {lang: f"{names[lang]} ({code})" if names.get(lang) else code for lang in ("ar", "en")}


def _edge_summary(edge: MergedEdge) -> str:
    sentences = len(edge.items)
    documents = len(edge.documents)
    negated = sum(1 for item in edge.items if item["polarity"] == "negated")
    parts = [
        (f"{sentences} sentence{'s' if sentences != 1 else ''} in {documents} document{'s' if documents != 1 else ''}")
    ]
    if negated:
        parts.append(f"{negated} negated")
    modalities = sorted({item["modality"] for item in edge.items} - {"asserted"})
    if modalities:
        parts.append(", ".join(modalities))
    return "; ".join(parts)


def render_html(net: Network, panel: dict[str, Any], title: str, lang: str = "en") -> str:
    """Render with geokg's template; pyvis's own folder supplies the inlined library files."""
    environment = Environment(
        loader=FileSystemLoader([str(TEMPLATE_DIR), str(PYVIS_TEMPLATE_DIR)]),
        autoescape=False,  # the template escapes explicitly (|e, |tojson, pre-escaped JSON)
    )
    environment.globals.update(
        geokg_script_sources=SCRIPT_HASHES_SLOT,
        geokg_data=json_for_script(panel),
        geokg_lang=lang,
    )
    net.templateEnv = environment
    net.path = "template.html"
    net.heading = title
    return pin_scripts(net.generate_html())


SCRIPT_HASHES_SLOT = "'geokg-script-hashes'"
_EXECUTABLE_SCRIPT = re.compile(r'<script(?: type="text/javascript")?>(.*?)</script>', re.DOTALL)


def pin_scripts(page: str) -> str:
    """Let the Content-Security-Policy run exactly the page's own inline scripts, by hash.

    Defence in depth: were any news text ever to reach the page as HTML, neither a ``<script>``
    nor an ``onerror=`` handler in it would run. Line ends are normalised first, as the
    browser's HTML parser does before it hashes a script's text.
    """
    page = page.replace("\r\n", "\n").replace("\r", "\n")
    hashes = [
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii") + "'"
        for body in _EXECUTABLE_SCRIPT.findall(page)
    ]
    return page.replace(SCRIPT_HASHES_SLOT, " ".join(hashes), 1)


class Viewer:
    """A rendered viewer page: ``save(path)`` writes it; in Jupyter it displays inline.

    The notebook shows it in an ``<iframe srcdoc=...>`` sandboxed to scripts only: it needs no
    server, and the page (news text included) cannot reach the notebook it sits in.
    """

    def __init__(self, html: str, title: str, height: int = 900) -> None:
        self.html = html
        self.title = title
        self.height = height

    def save(self, path: str | os.PathLike[str]) -> Path:
        out = Path(path)
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(out, "w", encoding="utf-8") as stream:  # not the locale's encoding
            stream.write(self.html)
        return out

    def iframe(self) -> str:
        return (
            f'<iframe srcdoc="{html_lib.escape(self.html, quote=True)}" '
            f'title="{html_lib.escape(self.title, quote=True)}" '
            'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
            f'width="100%" height="{int(self.height)}" style="border:0"></iframe>'
        )

    def _repr_html_(self) -> str:
        return self.iframe()

    def __repr__(self) -> str:
        return f"<Viewer {self.title!r}: {len(self.html) // 1024} KB>"


def viewer(
    assertions: Iterable[Assertion],
    documents: Iterable[Document] | None = None,
    title: str = "geokg: geopolitical relations",
    *,
    label_lang: str | None = None,
    physics_max_nodes: int = PHYSICS_MAX_NODES,
    top: int | None = None,
    seed: int = 7,
    rollup: bool = True,
    progress: Progress | None = None,
) -> Viewer:
    """The viewer for these assertions, to save or to display in a notebook."""
    net, panel = build_network(
        assertions,
        documents,
        label_lang=label_lang,
        physics_max_nodes=physics_max_nodes,
        top=top,
        seed=seed,
        rollup=rollup,
        progress=progress,
    )
    return Viewer(render_html(net, panel, title, lang=label_lang or "en"), title)


def write_viewer(
    assertions: Iterable[Assertion],
    path: str | os.PathLike[str],
    documents: Iterable[Document] | None = None,
    title: str = "geokg: geopolitical relations",
    *,
    label_lang: str | None = None,
    physics_max_nodes: int = PHYSICS_MAX_NODES,
    top: int | None = None,
    seed: int = 7,
    rollup: bool = True,
    progress: Progress | None = None,
) -> Path:
    """Write the viewer as one self-contained HTML file and return its path."""
    page = viewer(
        assertions,
        documents,
        title,
        label_lang=label_lang,
        physics_max_nodes=physics_max_nodes,
        top=top,
        seed=seed,
        rollup=rollup,
        progress=progress,
    )
    return page.save(path)
