"""Event coding conventions: how event coders (CAMEO, PLOVER) code what geokg extracts, read from
the relations' annotations in geokg.ttl (section "Event coding conventions") and their alignment.
The evaluation compares predictions with gold coded that way; the extractors never use it.

Reach it as ``load_ontology().coding`` (an ``EventCoding``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import Relation

__all__ = ["SPOKEN_ACTS", "UNDIRECTED_SCOPES", "EventCoding", "event_coding"]

# The values of gk:codesSpokenAct and gk:undirectedCoding (geokg.ttl).
SPOKEN_ACTS: tuple[str, ...] = ("intent", "threat", "refusal")
UNDIRECTED_SCOPES: tuple[str, ...] = ("root", "code")


@dataclass(frozen=True)
class EventCoding:
    """What event coders code differently from the relation geokg extracts.

    ``intent``, ``threat`` and ``refusal`` are the relations (``gk:codesSpokenAct``) a coder of the
    act of speaking codes an expected act of cooperation, an expected act of material conflict and
    a refused act of cooperation as; ``posture_roots`` the CAMEO roots of shows of force
    (``gk:forcePosture``: announced, no threat); ``undirected`` the CAMEO prefixes of events coded
    without direction (``gk:undirectedCoding``); ``plover_quads`` and ``plover_roots`` the quad
    classes and CAMEO roots of each PLOVER type's relations."""

    intent: Relation
    threat: Relation
    refusal: Relation
    posture_roots: frozenset[str]
    undirected: tuple[str, ...]
    plover_quads: dict[str, frozenset[int]]
    plover_roots: dict[str, frozenset[str]]

    def is_undirected(self, code: str) -> bool:
        """Whether a CAMEO code is coded without direction (a meeting, an agreement signed)."""
        return code.startswith(self.undirected)

    def quads_of(self, plover: str | None) -> frozenset[int]:
        """The quad classes of a PLOVER type (REQUEST: appeals, 1, and demands, 3); none for a
        type no relation has."""
        return self.plover_quads.get(plover or "", frozenset())

    def roots_of(self, plover: str) -> frozenset[str]:
        """The CAMEO roots of a PLOVER type's relations (ASSAULT: 18 and 19)."""
        return self.plover_roots.get(plover, frozenset())


def event_coding(relations: Iterable[Relation]) -> EventCoding:
    """The conventions of the relations (an ``Ontology``'s), checked: one relation per spoken act."""
    interactions = [r for r in relations if r.cameo]
    spoken: dict[str, list[Relation]] = {act: [] for act in SPOKEN_ACTS}
    for r in interactions:
        if r.spoken_act:
            spoken[r.spoken_act].append(r)
    wrong = {act: [r.name for r in found] for act, found in spoken.items() if len(found) != 1}
    if wrong:
        from . import OntologyError

        raise OntologyError(f"gk:codesSpokenAct names one relation for each of {SPOKEN_ACTS}, not {wrong}")
    quads: dict[str, set[int]] = {}
    roots: dict[str, set[str]] = {}
    for r in interactions:
        if r.plover and r.quad is not None and r.cameo_root:
            quads.setdefault(r.plover, set()).add(r.quad)
            roots.setdefault(r.plover, set()).add(r.cameo_root)
    undirected = {_undirected_prefix(r) for r in interactions if r.undirected_coding}
    return EventCoding(
        intent=spoken["intent"][0],
        threat=spoken["threat"][0],
        refusal=spoken["refusal"][0],
        posture_roots=frozenset(r.cameo_root for r in interactions if r.force_posture and r.cameo_root),
        undirected=tuple(sorted(undirected)),
        plover_quads={k: frozenset(v) for k, v in quads.items()},
        plover_roots={k: frozenset(v) for k, v in roots.items()},
    )


def _undirected_prefix(r: Relation) -> str:
    code = r.cameo or ""
    return code[:2] if r.undirected_coding == "root" else code[:3]
