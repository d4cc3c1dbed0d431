"""Does a predicted entity match a gold actor? The actor half of ``geokg evaluate``.

The gold files (``../shared/dev/README.md``) code an actor as the state it acts for (an ISO-3 or
CAMEO country code) or, for an international organisation and its officials, with a null country
and an English ``label`` ("UN Security Council", "Kofi Annan", "EU ambassadors"); the PLOVER file
writes ``IGO`` (or ``NGO``, ``IMG`` ...) in place of the country. ``ActorMatcher`` compares:

- **by country**: the entity's country equals the gold country, after mapping CAMEO's irregular
  codes to ISO 3166-1 (``JAP``→``JPN`` ...: the gazetteer's ``cameo_countries``, compiled from
  ``gk:cameoCountryCode`` in the country data). An official, an institution or a generic actor of a
  state matches that state, since the gold names the state. Sectors are not compared.
- **by id**: the gold ``id`` (a QID or local id) equals the entity's id.
- **by label**, for an actor with no state: the label is looked up in the gazetteer's English
  names and aliases (``geokg.extract.gazetteer``), so "UN Security Council", "Security Council"
  and "U.N. Security Council" all name Q37470, and the entity must be that one. A label that
  describes people of a body names the body: the longest gazetteer name at its start, when that
  name is an actor of no state ("UN observers" and "UN force for Darfur" name the UN, "EU
  ambassadors" the EU, "Western states" the West, "al-Qaeda leaders" al-Qaeda). A name that a
  parenthesis gives whole comes before such a start ("European foreign ministers (NATO)" is
  NATO, not the EU the demonym names). A label that names a known person whole after a title
  ("UN mediator Jan Pronk") names that person and the body the title starts with. This is strict
  on purpose: the Security
  Council is not the UN, Kofi Annan is not the UN (the gold names no organisation for him, so
  none is inferred), and no actor matches merely because both are international.
- A label the gazetteer does not know ("Arab Group at the UN", "African countries") is compared
  with the entity's English labels, word for word; a null-country actor is never dropped, so such
  an event stays in the gold and is missed unless an entity carries that very label.
- **the PLOVER codes** ``IGO``, ``NGO``, ``IMG``, ``ISM``: as for a null country when the label
  names a known actor ("U.N." is the UN); otherwise, since the PLOVER gold codes unnamed bodies
  and NGOs this way ("regional peacekeeping force", "human rights group", "Amnesty
  International"), any entity that acts for no state (an international organisation, a bloc,
  a group with no country).

A compound gold actor (a list) is matched by any one of its members.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .gazetteer import Gazetteer, english_words, load_gazetteer
from .model import Entity

__all__ = ["STATELESS_CODES", "ActorMatcher", "actor_matches"]

# CAMEO "country" codes of actors that act for no state: international organisations, NGOs,
# international militarised groups and movements, multinationals.
STATELESS_CODES = frozenset({"IGO", "NGO", "IMG", "ISM", "MNC", "NGM"})
IGO_TYPES = frozenset({"InternationalOrganisation", "Bloc"})
# Gazetteer hit kinds that name an actor at the start of a descriptive label ("UN observers",
# "Western states"); a place or a capital there names where, not who.
_PREFIX_KINDS = frozenset({"name", "demonym"})
_PARENS = re.compile(r"\(([^)]*)\)")


class ActorMatcher:
    """Matches entities against gold actors; label look-ups are remembered per matcher."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer or load_gazetteer()
        self._labels: dict[str, frozenset[str] | None] = {}
        self._sources: dict[str, dict[str, Any]] = {}

    def matches(self, entity: Entity, gold: Iterable[dict[str, Any]]) -> bool:
        """Does the entity match any member of a (compound) gold actor?"""
        return any(self._matches_one(entity, g) for g in gold)

    def _matches_one(self, entity: Entity, g: dict[str, Any]) -> bool:
        if g.get("id") and g["id"] == entity.id:
            return True
        code = g.get("country")
        code = self.gaz.cameo_countries.get(code, code) if code else None
        if code and code not in STATELESS_CODES:
            return entity.country == code
        named = self.named_ids(g.get("label") or "")
        if named is not None:
            return entity.id in named
        if code:  # PLOVER's IGO/NGO/IMG with a label the gazetteer does not know
            return entity.type in IGO_TYPES or (entity.country is None and entity.type != "Country")
        return same_label(entity, g.get("label") or "")

    def named_ids(self, label: str) -> frozenset[str] | None:
        """The ids of the stateless-or-known actors a gold label names (None: the label names
        no actor the gazetteer knows). See the module docstring for the rules."""
        if label not in self._labels:
            self._labels[label] = self._resolve(label)
        return self._labels[label]

    def _resolve(self, label: str) -> frozenset[str] | None:
        inner = [m.group(1) for m in _PARENS.finditer(label)]
        texts = [w for w in (english_words(t) for t in (_PARENS.sub(" ", label), *inner)) if w]
        for words in texts:  # a whole name first, in the label or its parenthesis
            whole = self._entity_hits(words)
            if whole:
                return frozenset(whole)
        for words in texts:  # then a person a title names ("UN envoy Jan Pronk"), with his body
            person = self._titled_person(words)
            if person:
                return frozenset(person)
        for words in texts:  # then the body a descriptive label starts with
            lead = self._lead(words)
            if lead:
                return frozenset(lead)
        return None

    def _lead(self, words: tuple[str, ...]) -> list[str]:
        """The stateless actor named by the longest gazetteer name at the label's start."""
        for n in range(len(words) - 1, 0, -1):
            lead = self._entity_hits(words[:n], kinds=_PREFIX_KINDS, stateless=True)
            if lead:
                return lead
        return []

    def _titled_person(self, words: tuple[str, ...]) -> list[str]:
        """A person the gazetteer knows named whole at the end of a label after a title that a
        body opens ("UN chief Ban Ki-moon"): the label names him, as his bare name does, and that
        body. Only after a body's title: "critics of Ban Ki-moon", "aide to Kofi Annan" name
        others around him, never him."""
        for n in range(1, len(words) - 1):
            hits = [e for e in self._entity_hits(words[n:], kinds=frozenset({"name"})) if self._is_person(e)]
            body = self._lead(words[: n + 1]) if hits else []
            if body:
                return hits + body
        return []

    def _is_person(self, eid: str) -> bool:
        entity = self.gaz.get(eid)
        return entity is not None and entity.type == "Person"

    def _entity_hits(
        self, words: tuple[str, ...], kinds: frozenset[str] | None = None, stateless: bool = False
    ) -> list[str]:
        out = []
        for hit in self.gaz.lookup(words, "en"):
            entity = self.gaz.get(hit.ref)
            if entity is None or (kinds is not None and hit.kind not in kinds):
                continue
            if stateless and (entity.country is not None or entity.type == "Country"):
                continue
            out.append(entity.id)
        return out

    def source_actor(self, label: str) -> dict[str, Any]:
        """A gold actor for a free-text source label (``attributed_to``: "Mahmoud Ahmadinejad",
        "Pakistani government spokesman", "Office of Ehud Olmert"): the first actor the
        gazetteer finds in it, longest name first, with that actor's country; else the label."""
        if label not in self._sources:
            self._sources[label] = self._find_source(label)
        return self._sources[label]

    def _find_source(self, label: str) -> dict[str, Any]:
        words = english_words(_PARENS.sub(" ", label)) or english_words(label)
        for start in range(len(words)):
            for end in range(len(words), start, -1):
                for hit in self.gaz.lookup(words[start:end], "en"):
                    entity = self.gaz.get(hit.ref)
                    if entity is not None:
                        return {"label": label, "country": entity.country, "id": entity.id}
        return {"label": label, "country": None}


def same_label(entity: Entity, label: str) -> bool:
    """The entity's English label is the gold label, word for word (case and "the" aside)."""
    want = english_words(label)
    if not want:
        return False
    have = {entity.label, entity.labels.get("en") or ""}
    return any(want == english_words(x) for x in have if x)


def actor_matches(entity: Entity, gold: Iterable[dict[str, Any]], matcher: ActorMatcher | None = None) -> bool:
    """Does the entity match any member of a (compound) gold actor? (``ActorMatcher.matches``)

    >>> actor_matches(Entity("Q17", "Japan", "Country", country="JPN"), [{"country": "JAP"}])
    True
    """
    return (matcher or ActorMatcher()).matches(entity, gold)
