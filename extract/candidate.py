"""What the relation components of both languages find: candidates, before they become contract
``Assertion`` objects (``convert.py``).

A candidate names its relation and its two sides as written in the Doc; everything the ontology
says about the relation (CAMEO, PLOVER, quad class, Goldstein weight, Wikidata property) is added
by the converter from the relation's ontology entry, never carried here. The object of an
assertion about an assertion is the inner candidate itself.

The rule engines still adjust a candidate after creating it (an intended act becomes expected, a
clause's claim becomes reported); the stage modules that will replace them work on new values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from .model import Entity, TimeSpan

__all__ = ["Candidate", "Party"]


class Party(Protocol):
    """One side of a candidate as the text writes it; the Arabic and English actors are parties.

    ``char_start``/``char_end`` are offsets into the Doc's text. An implied party (a protest's
    government, which the text leaves out) has no words: it becomes an argument without text.
    """

    @property
    def entity(self) -> Entity: ...

    @property
    def text(self) -> str: ...

    @property
    def char_start(self) -> int: ...

    @property
    def char_end(self) -> int: ...

    @property
    def implied(self) -> bool: ...


@dataclass
class Candidate:
    """One relation found in a Doc (character offsets into the Doc's text)."""

    relation: str  # the ontology relation's local name
    subject: Party
    object: Party | Candidate | None  # a party, an inner candidate, or nothing
    sentence_start: int
    sentence_end: int
    trigger_start: int
    trigger_end: int
    polarity: str = "affirmed"
    modality: str = "asserted"
    attributed_to: Entity | None = None
    future: bool = False  # the clause speaks of the future (for resolving its time)
    confidence: float = 0.6
    # The trigger's clause, where a time expression there wins over a nearer one outside it.
    clause_start: int | None = None
    clause_end: int | None = None
    time: TimeSpan | None = None  # resolved by the relation component against the document date

    @property
    def nested(self) -> Candidate | None:
        """The inner candidate of an assertion about an assertion."""
        return self.object if isinstance(self.object, Candidate) else None
