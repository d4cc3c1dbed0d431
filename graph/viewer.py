"""The offline viewer: one self-contained HTML file built with pyvis.

- One node per entity, labelled in the chosen language, coloured by type.
- One edge per (subject, relation, object) with all its evidence merged: coloured by quad class
  (cooperation in greens, conflict in reds), dashed when no evidence affirms it as stated or
  reported (only negated, alleged, expected or hypothetical), wider with more documents.
- Clicking an edge lists its evidence sentences in a side panel (right-to-left for Arabic).

News text is untrusted: hover titles are plain text (vis-network 9 shows them as text), the
panel is built with ``textContent`` only, and the evidence travels in a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped, so neither
``</script>`` nor ``<!--`` in a sentence can end the block. The file loads nothing: vis-network
is inlined and a Content-Security-Policy forbids every external resource.
"""

from __future__ import annotations

import json
import math
import os
import re
import unicodedata
import zlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np
import pyvis
from geokg.extract.model import Assertion, Document
from geokg.graph.views import to_networkx
from geokg.ontology import load_ontology
from jinja2 import Environment, FileSystemLoader
from pyvis.network import Network

TEMPLATE_DIR = Path(__file__).parent / "templates"
PYVIS_TEMPLATE_DIR = Path(pyvis.__file__).parent / "templates"

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
    return _FALLBACK_COLORS[
        zlib.crc32(type_name.encode("utf-8")) % len(_FALLBACK_COLORS)
    ]


def plain_title(text: str) -> str:
    """Hover text: control characters dropped, spaces collapsed, and no "href" (which would
    make pyvis switch to its innerHTML popup)."""
    cleaned = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") and ch != "\n" else ch
        for ch in text
    )
    cleaned = "\n".join(
        _SPACE_RUN.sub(" ", line).strip() for line in cleaned.split("\n")
    )
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
            item["polarity"] == "affirmed"
            and item["modality"] in ("asserted", "reported")
            for item in self.items
        )


def _relation_labels(lang: str) -> dict[str, str]:
    return {
        name: relation.label(lang)
        for name, relation in load_ontology().relations.items()
    }


def _class_labels(lang: str) -> dict[str, str]:
    return {
        name: entity_class.labels.get(lang) or entity_class.labels.get("en") or name
        for name, entity_class in load_ontology().classes.items()
    }


def _merge_edges(
    graph: nx.MultiDiGraph, documents: dict[str, Document]
) -> dict[tuple[str, str, str], MergedEdge]:
    merged: dict[tuple[str, str, str], MergedEdge] = {}
    seen: set[tuple[str, str, str, str, int, int]] = set()
    for subject, target, key, data in graph.edges(keys=True, data=True):
        edge_key = (subject, data["relation"], target)
        edge = merged.setdefault(
            edge_key, MergedEdge(subject, data["relation"], target)
        )
        if edge.quad is None and data["quad"] is not None:
            edge.quad = data["quad"]
        document = documents.get(data["doc"])
        item = {
            "assertion": key,
            "doc": data["doc"],
            "text": data["evidence"],
            "lang": data["lang"] or "",
            "polarity": data["polarity"],
            "modality": data["modality"],
            "confidence": round(float(data["confidence"]), 2),
            "attributed_to": _node_label(graph, data["attributed_to"])
            if data["attributed_to"]
            else None,
            "time": "..".join(t for t in (data["time_start"], data["time_end"]) if t)
            or None,
            "about": data["about"],
            "date": document.date if document else None,
            "source": document.source if document else None,
            "url": document.url if document else None,
            "title": document.title if document else None,
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
        edge.items.sort(
            key=lambda item: (item["date"] or "", item["doc"], item["text"])
        )
    return merged


def _node_label(graph: nx.MultiDiGraph, node_id: str, lang: str | None = None) -> str:
    if node_id not in graph:
        return node_id
    data = graph.nodes[node_id]
    if lang and data["labels"].get(lang):
        return data["labels"][lang]
    return data["label"] or node_id


def _positions(graph: nx.MultiDiGraph, seed: int) -> dict[str, tuple[float, float]]:
    """Spring layout in pixels, deterministic for a given seed.

    networkx's spring_layout needs scipy from 500 nodes on (not a dependency here); above that
    the same Fruchterman-Reingold algorithm runs in ``spring_layout_blocked``.
    """
    simple = nx.Graph()
    simple.add_nodes_from(graph)
    simple.add_edges_from(graph.edges())  # no attribute copies: only the shape matters
    if simple.number_of_nodes() < 500:
        layout = nx.spring_layout(simple, seed=seed, iterations=50)
    else:
        layout = spring_layout_blocked(simple, seed=seed, iterations=50)
    scale = 80.0 * math.sqrt(max(simple.number_of_nodes(), 1))
    return {
        node: (float(x) * scale, float(y) * scale) for node, (x, y) in layout.items()
    }


def spring_layout_blocked(
    graph: nx.Graph, seed: int = 7, iterations: int = 50, block: int = 256
) -> dict[Any, tuple[float, float]]:
    """Fruchterman-Reingold as in networkx's dense version, with the all-pairs repulsion
    computed ``block`` rows at a time in float32: memory O(block * n) instead of O(n^2),
    numpy only (measured: 2,000 nodes 0.6 s, 5,000 nodes 4.5 s). Positions scaled into [-1, 1]."""
    nodes = list(graph)
    n = len(nodes)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    edges = np.array(
        [(index[u], index[v]) for u, v in graph.edges() if u != v], dtype=np.int64
    )
    edges = edges.reshape(-1, 2)
    start_pos = np.random.default_rng(seed).random((n, 2)).astype(np.float32)
    x, y = start_pos[:, 0].copy(), start_pos[:, 1].copy()
    k = math.sqrt(1.0 / n)  # the ideal edge length in the unit square
    k2 = np.float32(k * k)
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        force_x = np.zeros(n, np.float32)
        force_y = np.zeros(n, np.float32)
        for start in range(0, n, block):
            rows = slice(start, start + block)
            dx = x[rows, None] - x[None, :]
            dy = y[rows, None] - y[None, :]
            strength = dx * dx + dy * dy
            np.maximum(strength, 1e-4, out=strength)
            np.divide(
                k2, strength, out=strength
            )  # repulsion k^2/d along the unit vector
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
    return {
        node: (float(px) / extent, float(py) / extent)
        for node, px, py in zip(nodes, x, y)
    }


def _options(physics: bool, edge_count: int, seed: int) -> dict[str, Any]:
    return {
        "layout": {
            "randomSeed": seed
        },  # the same file draws the same picture every time
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
            "hideEdgesOnDrag": not physics,
        },
    }


def build_network(
    assertions: Iterable[Assertion],
    documents: Iterable[Document] | None = None,
    *,
    label_lang: str | None = None,
    physics_max_nodes: int = PHYSICS_MAX_NODES,
    seed: int = 7,
) -> tuple[Network, dict[str, Any]]:
    """The pyvis network and the side panel's data (not yet rendered)."""
    graph = to_networkx(assertions)
    docs = {doc.id: doc for doc in documents or ()}
    relation_labels = _relation_labels(label_lang or "en")
    class_labels = _class_labels(label_lang or "en")
    merged = _merge_edges(graph, docs)

    physics = graph.number_of_nodes() <= physics_max_nodes
    positions = {} if physics else _positions(graph, seed)
    net = Network(
        height="780px", width="100%", directed=True, cdn_resources="in_line", heading=""
    )

    degree = dict(graph.degree())
    panel_nodes: dict[str, Any] = {}
    for node_id, data in sorted(graph.nodes(data=True)):
        label = _node_label(graph, node_id, label_lang)
        type_label = class_labels.get(data["type"], data["type"])
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
        panel_nodes[node_id] = {
            "label": label,
            "labels": data["labels"],
            "type": type_label,
            "class": data["type"],
            "country": data["country"],
            "sector": data["sector"],
            "edges": [],
        }

    show_labels = len(merged) <= 150
    parallel: dict[frozenset[str], int] = defaultdict(int)
    panel_edges: dict[str, Any] = {}
    for index, (_edge_key, edge) in enumerate(sorted(merged.items())):
        edge_id = f"e{index}"
        relation = relation_labels.get(edge.relation, edge.relation)
        subject_label = _node_label(graph, edge.subject, label_lang)
        object_label = _node_label(graph, edge.object, label_lang)
        doc_count = len(edge.documents)
        summary = _edge_summary(edge)
        options: dict[str, Any] = {
            "id": edge_id,
            "title": plain_title(
                f"{subject_label} → {relation} → {object_label}\n{summary}"
            ),
            "color": QUAD_COLORS.get(edge.quad, QUAD_COLORS[None]),
            "width": min(1.5 + 2.5 * math.log2(doc_count), 14.0),
            "dashes": not edge.is_supported,
        }
        if show_labels:
            options["label"] = plain_title(relation)
        # Parallel edges between the same two nodes get different curvatures instead of
        # being drawn on top of each other.
        pair = frozenset((edge.subject, edge.object))
        rank = parallel[pair]
        parallel[pair] += 1
        if rank:
            options["smooth"] = {
                "enabled": True,
                "type": "curvedCW",
                "roundness": 0.15 * rank,
            }
        net.add_edge(edge.subject, edge.object, **options)
        panel_edges[edge_id] = {
            "subject": subject_label,
            "relation": relation,
            "object": object_label,
            "summary": summary,
            "evidence": edge.items,
        }
        panel_nodes[edge.subject]["edges"].append(edge_id)
        if edge.object != edge.subject:
            panel_nodes[edge.object]["edges"].append(edge_id)

    net.options = _options(physics, len(merged), seed)
    panel = {"nodes": panel_nodes, "edges": panel_edges, "lang": label_lang or "en"}
    return net, panel


def _edge_summary(edge: MergedEdge) -> str:
    sentences = len(edge.items)
    documents = len(edge.documents)
    negated = sum(1 for item in edge.items if item["polarity"] == "negated")
    parts = [
        (
            f"{sentences} sentence{'s' if sentences != 1 else ''} in "
            f"{documents} document{'s' if documents != 1 else ''}"
        )
    ]
    if negated:
        parts.append(f"{negated} negated")
    modalities = sorted({item["modality"] for item in edge.items} - {"asserted"})
    if modalities:
        parts.append(", ".join(modalities))
    return "; ".join(parts)


def render_html(
    net: Network, panel: dict[str, Any], title: str, lang: str = "en"
) -> str:
    """Render with geokg's template; pyvis's own folder supplies the inlined library files."""
    environment = Environment(
        loader=FileSystemLoader([str(TEMPLATE_DIR), str(PYVIS_TEMPLATE_DIR)]),
        autoescape=False,  # the template escapes explicitly (|e, |tojson, pre-escaped JSON)
    )
    environment.globals.update(
        geokg_data=json_for_script(panel),
        geokg_lang=lang,
        geokg_counts=f"{len(net.nodes)} entities, {len(net.edges)} relations",
        geokg_edge_legend=[
            {"color": QUAD_COLORS[q], "label": QUAD_LABELS[q]}
            for q in (1, 2, 3, 4, None)
        ],
        geokg_node_legend=[
            {"color": type_color(name), "label": label}
            for name, label in sorted(
                {(n["class"], n["type"]) for n in panel["nodes"].values()}
            )
        ],
    )
    net.templateEnv = environment
    net.path = "template.html"
    net.heading = title
    return net.generate_html()


def write_viewer(
    assertions: Iterable[Assertion],
    path: str | os.PathLike[str],
    documents: Iterable[Document] | None = None,
    title: str = "geokg: geopolitical relations",
    *,
    label_lang: str | None = None,
    physics_max_nodes: int = PHYSICS_MAX_NODES,
    seed: int = 7,
) -> Path:
    """Write the viewer as one self-contained HTML file and return its path."""
    net, panel = build_network(
        assertions,
        documents,
        label_lang=label_lang,
        physics_max_nodes=physics_max_nodes,
        seed=seed,
    )
    html = render_html(net, panel, title, lang=label_lang or "en")
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as stream:
        stream.write(html)
    return out
