"""Candidates of either language → contract ``Assertion`` objects (CONTRACT §2).

One converter for both languages. The alignment fields (CAMEO, PLOVER, quad class, Goldstein
weight, Wikidata property) come from the relation's ontology entry (``alignment``), never from the
caller; ``assertion`` builds any assertion that way, for the pipeline and for tests alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from geokg.ontology import Ontology, Relation

from .candidate import Candidate, Party
from .model import Argument, Assertion, AssertionRef, Document, Entity, Evidence, ObjectValue, TimeSpan

__all__ = ["alignment", "assertion", "to_assertions"]


def alignment(rel: Relation) -> dict[str, Any]:
    """The fields every assertion takes from its ontology relation (CONTRACT §2)."""
    return {
        "cameo": rel.cameo,
        "plover": rel.plover,
        "quad": rel.quad,
        "goldstein": rel.goldstein,
        "wikidata_property": rel.wikidata_property,
    }


def assertion(
    ontology: Ontology,
    doc: str,
    subject: Argument,
    relation: str,
    object: ObjectValue,
    evidence: Evidence,
    extractor: str,
    *,
    polarity: str = "affirmed",
    modality: str = "asserted",
    attributed_to: Entity | None = None,
    time: TimeSpan | None = None,
    confidence: float = 0.5,
) -> Assertion:
    """An assertion whose alignment is the relation's own (``KeyError`` for an unknown relation)."""
    return Assertion(
        doc=doc,
        subject=subject,
        relation=relation,
        object=object,
        evidence=evidence,
        extractor=extractor,
        **alignment(ontology.relation(relation)),
        polarity=polarity,
        modality=modality,
        attributed_to=attributed_to,
        time=time,
        confidence=confidence,
    )


def to_assertions(
    candidates: Iterable[Candidate], document: Document, base: int, ontology: Ontology, extractor: str
) -> list[Assertion]:
    """The assertions of a document's candidates, in their order; offsets become input offsets
    (the Doc's text starts at ``base`` in ``document.text``).

    An inner candidate is built before the one that cites it; a candidate citing one that gave no
    assertion gives none either.
    """
    ordered = list(candidates)
    built: dict[int, Assertion] = {}  # id(candidate) -> its assertion
    cited = {id(c.nested) for c in ordered if c.nested is not None}
    for candidate in sorted(ordered, key=lambda c: id(c) not in cited):
        made = _convert(candidate, document, base, ontology, extractor, built)
        if made is not None:
            built[id(candidate)] = made
    return [built[id(c)] for c in ordered if id(c) in built]


def _convert(
    c: Candidate, document: Document, base: int, ontology: Ontology, extractor: str, built: dict[int, Assertion]
) -> Assertion | None:
    obj: ObjectValue = None
    if c.nested is not None:
        inner = built.get(id(c.nested))
        if inner is None:
            return None
        obj = AssertionRef(inner.id)
    elif c.object is not None:
        obj = _argument(c.object, base)  # type: ignore[arg-type]
    return assertion(
        ontology,
        document.id,
        _argument(c.subject, base),
        c.relation,
        obj,
        _evidence(document, base + c.sentence_start, base + c.sentence_end),
        extractor,
        polarity=c.polarity,
        modality=c.modality,
        attributed_to=c.attributed_to,
        time=c.time,
        confidence=c.confidence,
    )


def _argument(party: Party, base: int) -> Argument:
    if party.implied:  # an implied party (a protest's government): no words in the text
        return Argument(party.entity, "", None, None)
    # (an English office holder resolved at the run date says so; other parties have no as_of)
    as_of = getattr(party, "as_of", None)
    return Argument(party.entity, party.text, base + party.char_start, base + party.char_end, as_of)


def _evidence(document: Document, start: int, end: int) -> Evidence:
    """The sentence ``document.text[start:end]`` without its surrounding spaces."""
    text = document.text[start:end]
    ev_start = start + len(text) - len(text.lstrip())
    ev_end = start + len(text.rstrip())
    return Evidence(document.text[ev_start:ev_end], ev_start, ev_end, document.lang or "")


def dedupe(assertions: list[Assertion]) -> list[Assertion]:
    """One assertion per id (the same fact found twice in a sentence): the most confident."""
    seen: dict[str, Assertion] = {}
    for a in assertions:
        if a.id not in seen or a.confidence > seen[a.id].confidence:
            seen[a.id] = a
    return list(seen.values())
