"""Counting evidence once per source and story (near-duplicates, extract/dedup.py).

A wire story carried by ten outlets is one story with ten sources: ten pieces of evidence. The
same story twice from one outlet (a page saved twice, a feed item and the page it links to) is
one. Each assertion's evidence is keyed by ``(story, source)``: the story of its document
(``Assertion.story``, else its own document) and the document's source (empty when unknown).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from geokg.extract.model import Assertion, Document

FactKey = tuple[str, str, str, str, str]  # subject id, relation, object key, polarity, modality


def fact_key(assertion: Assertion) -> FactKey:
    return (
        assertion.subject.entity.id,
        assertion.relation,
        assertion.object_key(),
        assertion.polarity,
        assertion.modality,
    )


def evidence_key(assertion: Assertion, documents: dict[str, Document]) -> tuple[str, str]:
    """``(story, source)`` of an assertion: what counts once."""
    document = documents.get(assertion.doc)
    story = assertion.story or (document.story if document and document.story else None) or assertion.doc
    # Copies of one story whose source is unknown count once: they may well be one outlet's.
    source = document.source if document is not None and document.source else ""
    return story, source


def sources_per_fact(assertions: Iterable[Assertion], documents: Iterable[Document]) -> dict[FactKey, int]:
    """How many independent pieces of evidence (story × source) support each fact."""
    by_id = {d.id: d for d in documents}
    seen: dict[FactKey, set[tuple[str, str]]] = defaultdict(set)
    for assertion in assertions:
        seen[fact_key(assertion)].add(evidence_key(assertion, by_id))
    return {key: len(evidence) for key, evidence in seen.items()}


def story_sources(documents: Iterable[Document]) -> dict[str, list[str]]:
    """Each story told by more than one document, with its documents' sources (or ids)."""
    stories: dict[str, list[str]] = defaultdict(list)
    for document in documents:
        story = document.story or document.id
        stories[story].append(document.source or document.id)
    return {story: sources for story, sources in stories.items() if len(sources) > 1}
