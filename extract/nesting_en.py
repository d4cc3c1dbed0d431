"""English rules, stage 5: assertions about assertions.

A relation whose object may be an assertion (``gk:objectKind "entity_or_assertion"``), except
those aimed at an addressee (``gk:addresseeObject``), takes an event in its object's place as its
object: "concerned about the deepening ties between Moscow and Pyongyang", "condemned Russia's
invasion of Ukraine", "concerned that Iran is supplying drones to Russia". The inner assertions
come first, then the outer one with the first inner as its object; a claim in a clause ("that
Iran is supplying") is reported and attributed to whoever voices the stance. Condemning an act
is thus never the act by the one who condemns it.

An event named without its agent ("condemned the strike") is the document's latest earlier event
of its kind, cited as it is; without one there is no assertion (the victim of the strike is no
target of the condemnation).

A condemning, rejecting or protesting verb whose object is a bare pronoun ("condemned it") takes
the act its own sentence names ("... after Israel struck Lebanon"), else the act the sentence
before names last; with neither, nothing: the pronoun is never read as a state named before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from geokg.ontology import Relation
from spacy.tokens import Token

from .candidate import Candidate
from .clauses_en import Text, Trigger, answered, answers
from .phrases_en import Phrases, each_other

__all__ = ["Coder", "nested", "nests"]

# Codes a trigger into candidates; with a candidate, that candidate is the object.
Coder = Callable[[Trigger, "Candidate | None"], list[Candidate]]
_DEFINITE = ("the", "this", "that", "these", "those")
_ADDRESSEE_PREPS = ("to", "with", "against")  # whom an act named by a noun is lodged with
# object pronouns that may stand for an act rather than an actor, after a verb of condemning,
# rejecting or protesting (the PLOVER quad class of verbal conflict; "thanked it" thanks an actor)
_VERBAL_CONFLICT = 3
_ACT_PRONOUNS = ("it", "this", "that", "them", "these", "those")


def nests(rel: Relation) -> bool:
    """Whether an event in the relation's object slot is its object (an assertion about an
    assertion): so for the relations that take an assertion (gk:objectKind), except those
    aimed at an addressee, whose object stays the actor (gk:addresseeObject)."""
    return rel.takes_assertion and not rel.addressee_object


def nested(
    trig: Trigger,
    triggers: Sequence[Trigger],
    sent: Text,
    phrases: Phrases,
    events: Sequence[Candidate],
    code: Coder,
) -> list[Candidate] | None:
    """The candidates of a trigger with an event in its object's place (inner ones first), or
    None: no event there, the ordinary arguments apply. ``events``: the document's earlier
    candidates; ``code``: how a trigger is coded."""
    rel = phrases.lex.relations[trig.relation]
    if not nests(rel) and not answers(rel):
        return None
    by_anchor = {t.anchor.i: t for t in triggers if t is not trig}
    judged: list[Candidate] = []  # a deed named with its agent, where the stance gives nothing
    for slot in _slots(trig, sent, phrases):
        if rel.quad == _VERBAL_CONFLICT and _act_pronoun(slot):
            return _pronoun_act(trig, triggers, sent, phrases, events, code)
        slot, inner = _inner(slot, by_anchor)
        if inner is None or inner.relation == trig.relation:
            continue
        if not nests(rel) and not (slot.i == inner.anchor.i and answered(inner, phrases.lex)):
            continue  # an answer nests only the act it answers ("rejected a Spanish request")
        if phrases.linker.actors(slot):  # "concerned about North Korea": an actor, not an event
            return None
        # the inner event's own agent is named inside the phrase or clause ("Russia's invasion",
        # "ties between Moscow and Pyongyang", "that Iran is supplying"), not borrowed from the
        # outer clause ("demanded the withdrawal of X" is a demand on X)
        lo, hi = slot.left_edge.i, slot.right_edge.i
        inner_raws = [r for r in code(inner, None) if lo <= r.subject.start <= hi]
        if not inner_raws:
            if slot.i != inner.anchor.i or slot.pos_ not in ("NOUN", "PROPN"):
                continue
            if phrases.noun_agent(slot):
                return None  # "over three Turkish drone strikes": its agent is the target
            if slot.dep_ == "pobj" and _actor_object(trig, phrases, slot):
                continue  # "condemned Minsk over the crackdown": the reason, Minsk the target
            here = _act_before(trig, inner, slot, triggers, phrases, code)
            if here:
                return here
            earlier = _earlier_event(inner, slot, events, phrases)
            return [] if earlier is None else code(trig, earlier)
        outer = code(trig, inner_raws[0])
        if not outer:
            # ("criticism of Russia's call to Iran grew", the critic unnamed): the deed was done
            judged = judged or ([] if slot.dep_ in ("ccomp", "acl") else inner_raws)
            continue
        if slot.dep_ in ("ccomp", "acl"):
            return _claimed(inner_raws, outer)
        return [*inner_raws, *outer]
    return [*judged, *code(trig, None)] if judged else None


def _act_pronoun(slot: Token) -> bool:
    """Is the object a bare pronoun that may stand for an act ("condemned it", "rejected this")?"""
    return slot.lower_ in _ACT_PRONOUNS and slot.dep_ in ("dobj", "pobj") and not any(slot.children)


def _pronoun_act(
    trig: Trigger, triggers: Sequence[Trigger], sent: Text, phrases: Phrases, events: Sequence[Candidate], code: Coder
) -> list[Candidate]:
    """A stance on "it": the act its own sentence names ("France condemned it after Israel struck
    Lebanon"), else the act the sentence before ends on ("Israel struck Lebanon. France condemned
    it."); never an actor guessed from before, and nothing where no act is there."""
    relations = phrases.lex.relations
    acts = [t for t in triggers if t is not trig and not _stance(relations[t.relation])]
    for act in sorted(acts, key=lambda t: abs(t.anchor.i - trig.anchor.i)):
        for inner in code(act, None):
            outer = _on(trig, inner, code)
            if outer:
                return [inner, *outer]
    doc = sent.doc
    if sent.start == 0:
        return []
    before = doc[sent.start - 1].sent.start_char
    for raw in reversed(events):
        if raw.sentence_start < before:
            break
        if raw.sentence_start == before and raw.nested is None and not _stance(relations[raw.relation]):
            if relations[raw.relation].cameo_root and raw.object is not None:
                return _on(trig, raw, code)
    return []


def _on(trig: Trigger, inner: Candidate, code: Coder) -> list[Candidate]:
    """The stance on an act, unless the one who takes it is the act's own agent."""
    outer = code(trig, inner)
    return [o for o in outer if o.subject.entity.id != inner.subject.entity.id]  # type: ignore[union-attr]


def _stance(rel: Relation) -> bool:
    return nests(rel) or answers(rel)


def _slots(trig: Trigger, sent: Text, phrases: Phrases) -> list[Token]:
    """Where the object of the trigger stands: its direct object, complement clause, or the
    object of one of its prepositions (also on a predicate adjective: "concerned about")."""
    doc = sent.doc
    markers = set(phrases.lex.frame_markers(trig.relation, (t.lemma_.lower() for t in doc[trig.start : trig.end])))
    # "Japan's criticism of Taiwan's visit", "voiced criticism of ...": a stance named by a noun
    # takes the act its own preposition names, as the verb takes its object ("criticized X's visit")
    nouns = (t.lemma_.lower() for t in doc[trig.start : trig.end] if t.pos_ == "NOUN")
    markers.update(m for n in nouns for m in phrases.lex.noun_markers.get((n, trig.relation), ()))
    heads = [*doc[trig.start : trig.end], *(c for c in trig.anchor.children if c.dep_ == "acomp")]
    slots: list[Token] = []
    for h in heads:
        for c in h.children:
            if c.dep_ in ("dobj", "ccomp", "acl") and not trig.start <= c.i < trig.end:
                slots.append(c)
            elif c.dep_ == "prep" and c.lower_ in markers:
                slots.extend(p for p in c.children if p.dep_ == "pobj")
    return slots


def _actor_object(trig: Trigger, phrases: Phrases, reason: Token | None = None) -> bool:
    """Does the trigger name an actor as its direct object, as "each other", or (beside the
    ``reason`` phrase) after a preposition of its own or of its object, or as the addressee its
    own noun takes ("lodged a protest with Japan over the visit")?"""
    objects = [c for c in trig.anchor.children if c.dep_ == "dobj"]
    if any(phrases.linker.actors(c) for c in objects) or each_other(trig.anchor):
        return True
    markers = {*(phrases.lex.markers.get(trig.relation) or ()), *_ADDRESSEE_PREPS}
    doc = trig.anchor.doc
    own = [t for t in doc[trig.start : trig.end] if t.i != trig.anchor.i and t.pos_ == "NOUN"]
    preps = [c for h in (trig.anchor, *objects) for c in h.children if c.dep_ == "prep"]
    preps += [c for n in own for c in n.children if c.dep_ == "prep" and c.lower_ in markers]
    named = [p for c in preps for p in c.children if p.dep_ == "pobj" and (reason is None or p.i != reason.i)]
    return any(phrases.linker.actors(p) for p in named)


def _inner(slot: Token, by_anchor: dict[int, Trigger]) -> tuple[Token, Trigger | None]:
    """The trigger standing in the slot, and the slot it stands in."""
    inner = by_anchor.get(slot.i)
    if inner is None and slot.pos_ == "NOUN":
        # "concerned by reports that Iran is supplying missiles": what the report says
        clause = next((c for c in slot.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
        if clause is not None:
            slot = clause
            inner = by_anchor.get(slot.i)
    if inner is None and slot.dep_ in ("ccomp", "acl"):
        inner = next((by_anchor[c.i] for c in slot.children if c.dep_ == "dobj" and c.i in by_anchor), None)
    return slot, inner


def _claimed(inner: list[Candidate], outer: list[Candidate]) -> list[Candidate]:
    """ "concerned that Iran is supplying drones": the clause is the speaker's claim, reported
    and attributed to the speaker; the outer candidates cite the claim as changed."""
    speaker = outer[0].subject.entity
    changed = [
        replace(
            r,
            modality="reported" if r.modality == "asserted" else r.modality,
            attributed_to=r.attributed_to or speaker,
        )
        for r in inner
    ]
    first = inner[0]
    cited = [replace(o, object=changed[0]) if o.object is first else o for o in outer]
    return [*changed, *cited]


def _act_before(
    trig: Trigger, inner: Trigger, noun: Token, triggers: Sequence[Trigger], phrases: Phrases, code: Coder
) -> list[Candidate]:
    """A definite event noun with no agent that names an act of its own sentence before it, of the
    same CAMEO root ("Israel bombed Lebanon and France condemned the raid"): that act, and the
    stance on it; else nothing."""
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
        return []
    relations = phrases.lex.relations
    root = relations[inner.relation].cameo_root
    acts = [t for t in triggers if t not in (trig, inner) and t.anchor.i < trig.anchor.i]
    for act in sorted(acts, key=lambda t: -t.anchor.i):
        if not root or relations[act.relation].cameo_root != root:
            continue
        for raw in code(act, None):
            outer = _on(trig, raw, code) if raw.object is not None else []
            if outer:
                return [raw, *outer]
    return []


def _earlier_event(inner: Trigger, noun: Token, events: Sequence[Candidate], phrases: Phrases) -> Candidate | None:
    """The latest earlier assertion of the document an agentless event noun refers to: the
    same CAMEO root, and the same target where the noun names one ("the strike on Gaza")."""
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
        return None  # "condemned attacks on civilians": no particular event
    relations = phrases.lex.relations
    root = relations[inner.relation].cameo_root
    markers = (*(phrases.lex.markers.get(inner.relation) or ()), "of")
    targets = {o.entity.id for o in phrases.objects_of(noun, markers, include_direct=False)}
    for raw in reversed(events):
        if raw.nested is not None or raw.object is None:
            continue
        if relations[raw.relation].cameo_root != root or not root:
            continue
        if targets and raw.object.entity.id not in targets:  # type: ignore[union-attr]
            continue
        return raw
    return None
