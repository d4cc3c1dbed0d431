"""Events with one named side, an Arabic stage: attacks, bombings, killings, abductions and
protests that news reports by what happened rather than by who did it.

- A use of force, an abduction or a protest whose trigger found no subject takes the institution
  the ontology names as its implied agent (``gk:impliedAgent``: unidentified attackers, protesters)
  of the state where it happened, when the sentence reports an event: a finite verb, or a count
  of people, a place or casualties near the trigger. A protest's crowd counted after its verb
  ("تظاهر آلاف الطلاب") is its subject.
- Casualties ("قتل خمسة جنود", "مقتل 12 شخصا", "أصيب ثلاثة") and explosions ("انفجرت عبوة ناسفة
  في كركوك") are events of the relation their cue codes (``gk:codesAs``): the killed or wounded are
  the object (or the implied victims, ``gk:impliedVictims``, of a count with no body named), the
  agent is the one named after "برصاص", "من قبل", or as the subject of an active verb, else the
  implied agent. A count near a killing word is required (killing words alone are as often
  history or statistics); disasters and accidents (``NotAnAttackCue``) report no attack.
- The state where it happened: the nearest place the sentence names (a city, a region, a state
  after "في"), else the victims' state, else the state the document names most.

Hits made here are ``one_sided`` (they may have no object). Those with an implied agent are only
kept when they stay affirmed, asserted or reported (``keep_reported``, after modality): an
unnamed attacker of a hypothetical, denied or future attack is nobody.
"""

from __future__ import annotations

from dataclasses import replace

from .lexicon_ar import ArabicLexicon, PhraseMatch
from .model import Entity
from .normalize import normalize_token
from .values_ar import MAX_SUBJECT_GAP_RIGHT, RELATIVE_PRONOUNS, Actor, Group, Hit, Sentence

__all__ = ["keep_reported", "one_sided"]

BACKGROUND_WORDS = RELATIVE_PRONOUNS | {normalize_token(w) for w in ("حين", "عندما", "حينما", "لما")}
COUNT_REACH = 4  # tokens between a killing word and its count
VICTIM_REACH = 6  # tokens between a casualty word and its victims


def _counts(lex: ArabicLexicon, s: Sentence) -> frozenset[int]:
    """Token positions of counts: digits and count words."""
    found = {i for i in range(s.span.start, s.span.end) if any(c.isdigit() for c in s.norm(i))}
    for m in s.cues[lex.cue_set.count]:
        found.update(range(m.start, m.end))
    return frozenset(found)


def _counted(counts: frozenset[int], g: Group) -> bool:
    """Whether a count stands right before a group ("خمسة جنود", "12 شخصا", "العشرات من المدنيين")."""
    return any(k in counts for k in range(g.start - 3, g.start))


def _is_place(lex: ArabicLexicon, s: Sentence, a: Actor) -> bool:
    if a.kind == "place" or a.entity.type in ("City", "Place", "Region"):
        return bool(a.entity.country)
    before = {s.norm(a.start - 1)} if a.start > s.span.start else set()
    return (
        a.entity.type == "Country"
        and a.kind != "demonym"
        and any(lex.is_cue(lex.cue_set.place_noun, b) for b in before)
    )


def event_state(lex: ArabicLexicon, s: Sentence, at: int, victims: Group | None = None) -> str | None:
    """The state where an event at token ``at`` happened (ISO-3), if the text settles it."""
    places = [(abs(a.start - at), a.entity.country) for g in s.groups for a in g.members if _is_place(lex, s, a)]
    if places:
        return min(places)[1]
    if victims is not None:
        states = [a.entity.country for a in victims.members if a.entity.country]
        if states:
            return states[0]
    ranked = sorted((s.doc._.geokg_countries or {}).items(), key=lambda kv: -kv[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def implied(s: Sentence, institution: str | None, state: str | None, at: PhraseMatch) -> Group | None:
    """The institution of a state as the unnamed side of an event at ``at`` (no words)."""
    if institution is None or state is None:
        return None
    data = (s.doc._.geokg_implied or {}).get(f"{state} {institution}")
    if data is None:
        return None
    token = s.doc[at.start]
    actor = Actor(Entity(*data), at.start, at.start, "implied", "", token.idx, token.idx, virtual=True, implied=True)
    return Group((actor,), at.start, at.start)


def _explicit_agent(lex: ArabicLexicon, s: Sentence, m: PhraseMatch) -> Group | None:
    """The agent named after "من قبل", "على يد", "برصاص" in the casualty word's clause."""
    _, clause_end = s.clause(m.start)
    for p in s.cues[lex.cue_set.passive_agent]:
        if m.start <= p.start < clause_end:
            g = next(iter(s.groups_from(p.end, p.end + 1)), None)
            if g is not None and g.acting:
                return g
    return None


def _victims_and_agent(
    lex: ArabicLexicon, s: Sentence, m: PhraseMatch, counts: frozenset[int]
) -> tuple[Group | None, Group | None]:
    """The killed or wounded (a counted group, or a verbal noun's genitive) and an agent named as
    the subject of an active verb (the group right after it that is not counted) or before it."""
    _, clause_end = s.clause(m.start)
    victims = agent = None
    for g in s.groups_from(m.end, m.end + VICTIM_REACH):
        if g.start >= clause_end or g.marker not in (None, "من"):
            continue
        if _counted(counts, g) or (m.form.pos == "noun" and g.start == m.end):
            victims = victims or g
        elif m.form.pos == "verb" and g.marker is None and g.acting and g.start - m.end <= MAX_SUBJECT_GAP_RIGHT:
            agent = agent or g
    if agent is None and m.form.pos == "verb" and m.form.text[:1] not in "وف":
        left = s.group_before(m.start, 2)
        if left is not None and left.marker is None and left.acting and left is not victims:
            agent = left
    return victims, _explicit_agent(lex, s, m) or agent


def _count_near(counts: frozenset[int], m: PhraseMatch) -> bool:
    return any(m.start - COUNT_REACH <= k < m.end + COUNT_REACH for k in counts)


def _background(s: Sentence, hit: Hit) -> bool:
    """A trigger right after a relative pronoun or "حين" describes who or when, not the event
    the sentence reports ("المتظاهرين الذين تجمعوا", "حين تجمع نشطاء")."""
    return hit.start > s.span.start and s.norm(hit.start - 1).lstrip("وف") in BACKGROUND_WORDS


def _reports_event(lex: ArabicLexicon, s: Sentence, hit: Hit, counts: frozenset[int]) -> bool:
    """Whether a trigger with no subject reports an event: for force, casualties counted or
    wounded in its clause, or a finite verb with a place there; for a protest, its verb or a
    count near it."""
    if _background(s, hit):
        return False
    if not lex.relations[hit.relation].is_material_conflict:
        # A protest: its verb, an adverbial accusative ("احتجاجا على"), or a crowd counted.
        word = s.doc[hit.start].text
        return hit.pos == "verb" or word.endswith("ا") or _count_near(counts, hit.match)
    lo, hi = s.clause(hit.start)
    cue = lex.cue_set
    casualties = [m for m in s.cues[cue.killing] if lo <= m.start < hi and _count_near(counts, m)]
    if casualties or any(lo <= w.start < hi for w in s.cues[cue.wounding]):
        return True
    if hit.pos != "verb":
        return False
    return any(lo <= a.start < hi and _is_place(lex, s, a) for g in s.groups for a in g.members)


def _crowd(s: Sentence, hit: Hit, counts: frozenset[int]) -> Group | None:
    """ "تظاهر آلاف الطلاب": the counted crowd after a protest verb is its subject."""
    for g in s.groups_from(hit.end, hit.end + 3):
        if g.marker is None and g.acting and _counted(counts, g):
            return g
    return None


def _with_implied_target(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """ "تظاهر الآلاف من الإسرائيليين في تل أبيب": a protest that names no target addresses the
    government of the state where it happens (``gk:impliedTarget``)."""
    rel = lex.relations[hit.relation]
    if hit.has_object or rel.implied_target is None:
        return hit
    target = implied(s, rel.implied_target, event_state(lex, s, hit.start, hit.subject), hit.match)
    return replace(hit, objects=target, one_sided=True) if target is not None else hit


def _complete(lex: ArabicLexicon, s: Sentence, hit: Hit, counts: frozenset[int]) -> Hit:
    """A trigger with no subject, given its implied agent where it reports an event."""
    rel = lex.relations[hit.relation]
    if hit.superseded or rel.implied_agent is None:
        return hit
    if hit.subject is not None:
        return _with_implied_target(lex, s, hit)
    if not _reports_event(lex, s, hit, counts):
        return hit
    crowd = _crowd(s, hit, counts) if rel.implied_target else None
    if crowd is not None:
        return replace(hit, subject=crowd, subject_from="right", one_sided=True)
    objects = hit.objects
    state = event_state(lex, s, hit.start, objects)
    agent = implied(s, rel.implied_agent, state, hit.match)
    if agent is None:
        return hit
    if objects is None and rel.implied_target:
        objects = implied(s, rel.implied_target, state, hit.match)
    return replace(hit, subject=agent, subject_from="implied", objects=objects, one_sided=True)


def _frame(lex: ArabicLexicon, s: Sentence, m: PhraseMatch, counts: frozenset[int], relation: str) -> Hit | None:
    """The event a casualty or explosion word reports, with its victims and agent."""
    rel = lex.relations[relation]
    victims, agent = _victims_and_agent(lex, s, m, counts)
    state = event_state(lex, s, m.start, victims)
    if victims is None and rel.implied_victims and _count_near(counts, m):
        victims = implied(s, rel.implied_victims, state, m)
    if agent is None:
        agent = implied(s, rel.implied_agent, state, m)
        how = "implied"
    else:
        how = "right" if agent.start > m.start else "left"
    if agent is None:
        return None
    if victims is None:  # a bombing with no victims named: the place it hit
        place = [g for g in s.groups_from(m.end, m.end + VICTIM_REACH) if any(_is_place(lex, s, a) for a in g.members)]
        victims = place[0] if place else None
    return Hit(m, relation, subject=agent, subject_from=how, objects=victims, one_sided=True)


def _violent(rel) -> bool:
    """A use of force or an act with an implied attacker (bombing, abduction, assassination)."""
    return rel.use_of_force or (rel.implied_agent is not None and rel.is_material_conflict)


def _frames(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...], counts: frozenset[int]) -> list[Hit]:
    """New hits for the casualty and explosion words no trigger covers."""
    cue = lex.cue_set
    taken = {i for h in hits for i in h.match.positions}
    named = any(h.subject is not None and _violent(lex.relations[h.relation]) for h in hits)
    out: list[Hit] = []
    for concept in (cue.killing, cue.wounding, cue.explosion):
        for m in s.cues[concept]:
            if m.start in taken or (concept == cue.killing and not _count_near(counts, m)):
                continue
            if named or out:
                break  # one event per sentence from these words, and none beside a named attack
            if concept == cue.explosion and not _reports_event(lex, s, Hit(m, concept.codes_as), counts):
                continue
            hit = _frame(lex, s, m, counts, concept.codes_as)
            if hit is not None:
                out.append(hit)
    return out


def one_sided(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """The hits with implied agents where they report an event, and the casualty and explosion
    events no trigger covers, appended."""
    if s.cues[lex.cue_set.not_an_attack]:
        return hits
    counts = _counts(lex, s)
    hits = tuple(_complete(lex, s, h, counts) for h in hits)
    return (*hits, *_frames(lex, s, hits, counts))


def keep_reported(hit: Hit) -> Hit:
    """An implied agent's event that is negated, hypothetical or future is no event: superseded."""
    if hit.subject_from != "implied" or hit.superseded:
        return hit
    if hit.negated or hit.future or hit.forced_modality is not None:
        return replace(hit, superseded=True)
    return hit
