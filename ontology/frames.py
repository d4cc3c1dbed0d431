"""Frames and noun classes (``triggers_en.ttl``): typed access for ``Ontology.frames()``.

A frame is a verb, or an event noun, with the particle, object noun or noun class and
prepositions that select a relation: "impose" + ``SanctionEvents`` → ``imposesSanctionsOn``;
the nominal event ``AttackEvents`` + "on" → ``attacks``; "call" + "for" + ``CeasefireNouns`` →
``appealsTo``. Noun classes are SKOS concepts in ``gk:NounClassScheme`` whose ``skos:hiddenLabel``
lists lemmas. This module compiles them from the ontology graph into plain JSON for the cache and
back; ``geokg.ontology`` exposes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rdflib import RDF, SKOS, Graph, URIRef
from rdflib import Literal as RDFLiteral

from .vocab import GK

_TEXT_FIELDS = {
    "verb": GK.frameVerb,
    "particle": GK.frameParticle,
    "noun": GK.frameNoun,
    "modifier": GK.frameModifier,
    "preposition": GK.framePreposition,
    "object_marker": GK.frameObjectMarker,
}


@dataclass(frozen=True)
class Frame:
    """One frame. Nouns are lemmas; ``noun_class`` names a noun class (``Ontology.noun_class``).

    - ``verb`` None: a nominal event ("the attack on": ``noun_class="AttackEvents"``,
      ``object_marker="on"``).
    - ``preposition`` introduces the object noun ("call for a ceasefire"); ``object_marker``
      introduces the target ("sanctions against X").
    - ``subject_class``: the class the head noun of the verb's subject must be ("&AIRCRAFT *
      POUND": aircraft pounding a place are an air strike).
    - ``reverse``: the target acts on the subject ("X faces charges": accuses, target → X).
    - ``cameo``: the source's code, which may be finer than the relation's ("0356").
    - ``source``: "petrarch2" (converted) or "geokg"; ``pattern`` the peer pattern.
    """

    iri: str
    relation: str
    lang: str
    verb: str | None = None
    particle: str | None = None
    noun: str | None = None
    noun_class: str | None = None
    modifier: str | None = None
    modifier_class: str | None = None
    preposition: str | None = None
    object_marker: str | None = None
    subject_class: str | None = None
    cameo: str | None = None
    reverse: bool = False
    source: str = ""
    pattern: str = ""

    @property
    def nominal(self) -> bool:
        return self.verb is None


def compile_frames(graph: Graph) -> dict[str, Any]:
    """Frames and noun classes of the graph as plain data (``{"frames": [...], "noun_classes": {...}}``)."""
    frames = []
    for node in sorted(set(graph.subjects(RDF.type, GK.Frame))):
        relation = graph.value(node, GK.frameRelation)
        if relation is None:
            continue
        data: dict[str, Any] = {"iri": str(node), "relation": _local(relation), "lang": ""}
        for name, prop in _TEXT_FIELDS.items():
            value = graph.value(node, prop)
            if isinstance(value, RDFLiteral):
                data[name] = str(value)
                data["lang"] = data["lang"] or (value.language or "")
        for name, prop in (
            ("noun_class", GK.frameNounClass),
            ("modifier_class", GK.frameModifierClass),
            ("subject_class", GK.frameSubjectClass),
        ):
            value = graph.value(node, prop)
            if value is not None:
                data[name] = _local(value)
        cameo = graph.value(node, GK.cameo)
        data["cameo"] = str(cameo) if cameo is not None else None
        reverse = graph.value(node, GK.frameReverse)
        data["reverse"] = bool(reverse.toPython()) if isinstance(reverse, RDFLiteral) else False
        data["source"] = str(graph.value(node, URIRef("http://purl.org/dc/terms/source")) or "")
        data["pattern"] = str(graph.value(node, GK.peerPattern) or "")
        data["lang"] = data["lang"] or _class_lang(graph, data)
        frames.append(data)
    classes: dict[str, dict[str, list[str]]] = {}
    for concept in sorted(set(graph.subjects(SKOS.inScheme, GK.NounClassScheme))):
        words: dict[str, list[str]] = {}
        for value in graph.objects(concept, SKOS.hiddenLabel):
            if isinstance(value, RDFLiteral) and value.language:
                words.setdefault(value.language, []).append(str(value))
        classes[_local(concept)] = {lang: sorted(set(v)) for lang, v in sorted(words.items())}
    return {"frames": frames, "noun_classes": classes}


def frames_from_json(data: list[dict[str, Any]]) -> tuple[Frame, ...]:
    return tuple(Frame(**item) for item in data)


def _local(iri: Any) -> str:
    text = str(iri)
    return text[len(str(GK)) :] if text.startswith(str(GK)) else text


def _class_lang(graph: Graph, data: dict[str, Any]) -> str:
    # a nominal frame with only a noun class: the language of the class's nouns
    name = data.get("noun_class")
    if name is None:
        return ""
    for value in graph.objects(GK[name], SKOS.hiddenLabel):
        if isinstance(value, RDFLiteral) and value.language:
            return value.language
    return ""
