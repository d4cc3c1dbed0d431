"""networkx views of the assertions: one node per entity, one edge per assertion.

Handy in a notebook (``summary(to_networkx(assertions))``) and the base of the viewer.
An assertion about an assertion ("A is concerned about [B partners with C]") becomes edges from
A to the entities of the inner assertion (B and C), marked with ``about`` = the inner id.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

import networkx as nx
from geokg.extract.model import Argument, Assertion, AssertionRef, Entity


def _add_entity(graph: nx.MultiDiGraph, entity: Entity) -> None:
    if entity.id in graph:
        node = graph.nodes[entity.id]
        # Merge what other assertions knew about the same entity.
        for lang, label in entity.labels.items():
            node["labels"].setdefault(lang, label)
        node["country"] = node["country"] or entity.country
        node["sector"] = node["sector"] or entity.sector
        if node["type"] in ("", "Entity") and entity.type:
            node["type"] = entity.type
        return
    graph.add_node(
        entity.id,
        label=entity.label or entity.id,
        labels=dict(entity.labels),
        type=entity.type or "Entity",
        country=entity.country,
        sector=entity.sector,
    )


def edge_targets(
    assertion: Assertion, by_id: dict[str, Assertion]
) -> list[tuple[Entity, str | None]]:
    """The entities an assertion points to, with the id of the inner assertion if nested."""
    obj = assertion.object
    if isinstance(obj, Argument):
        return [(obj.entity, None)]
    if isinstance(obj, AssertionRef) and obj.assertion in by_id:
        inner = by_id[obj.assertion]
        targets = [(inner.subject.entity, obj.assertion)]
        if (
            isinstance(inner.object, Argument)
            and inner.object.entity.id != inner.subject.entity.id
        ):
            targets.append((inner.object.entity, obj.assertion))
        return targets
    return []


def to_networkx(assertions: Iterable[Assertion]) -> nx.MultiDiGraph:
    """Entities as nodes (label, labels, type, country, sector); assertions as edges keyed by
    assertion id (relation, quad, polarity, modality, evidence, doc, confidence, ...)."""
    assertions = list(assertions)
    by_id = {a.id: a for a in assertions}
    graph = nx.MultiDiGraph()
    for assertion in assertions:
        subject = assertion.subject.entity
        _add_entity(graph, subject)
        for target, about in edge_targets(assertion, by_id):
            _add_entity(graph, target)
            graph.add_edge(
                subject.id,
                target.id,
                key=assertion.id,
                relation=assertion.relation,
                quad=assertion.quad,
                cameo=assertion.cameo,
                goldstein=assertion.goldstein,
                polarity=assertion.polarity,
                modality=assertion.modality,
                is_fact=assertion.is_fact,
                attributed_to=assertion.attributed_to.id
                if assertion.attributed_to
                else None,
                time_start=assertion.time.start if assertion.time else None,
                time_end=assertion.time.end if assertion.time else None,
                evidence=assertion.evidence.text,
                lang=assertion.evidence.lang,
                doc=assertion.doc,
                confidence=assertion.confidence,
                about=about,
            )
    return graph


def summary(graph: nx.MultiDiGraph, top: int = 10) -> dict[str, Any]:
    """Sizes, the most connected actors (degree centrality) and counts by relation, quad class,
    polarity and modality."""
    centrality = nx.degree_centrality(graph) if graph.number_of_nodes() > 1 else {}
    ranked = sorted(centrality.items(), key=lambda item: (-item[1], str(item[0])))[:top]
    edges = list(graph.edges(data=True))
    return {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "documents": len({data["doc"] for _, _, data in edges}),
        "top_actors": [
            {
                "id": node,
                "label": graph.nodes[node]["label"],
                "centrality": round(score, 4),
            }
            for node, score in ranked
        ],
        "relations": dict(
            Counter(data["relation"] for _, _, data in edges).most_common()
        ),
        "quad_classes": dict(
            sorted(
                Counter(data["quad"] for _, _, data in edges if data["quad"]).items()
            )
        ),
        "polarity": dict(Counter(data["polarity"] for _, _, data in edges)),
        "modality": dict(Counter(data["modality"] for _, _, data in edges)),
    }
