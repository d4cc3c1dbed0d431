"""English rules, stage 2b: the arguments of a trigger.

From the dependency parse, for one trigger (``clauses_en.Trigger``):

- a verb's subject is its ``nsubj``; a passive verb's subject is its ``by`` agent and its object
  the passive subject ("new sanctions against Iran were imposed by the EU"); a verb without a
  subject of its own takes its controller's ("Russia plans to visit") or, in a relative clause,
  the noun the clause modifies;
- a verb's object is its direct object, or the object of a preposition the relation allows
  (``gk:enObjectMarker``), also when the preposition hangs on the direct object ("imposed
  sanctions on Iran");
- a noun trigger takes its possessor or ``by`` phrase as subject ("Russia's attack", "an attack
  by rebels"), or the subject of the light verb it is the object of ("launched an attack on");
- a trigger without its own object takes the target of the clause it governs ("threatened to cut
  off electricity to X", "demanded that X ..."); event coders' defaults fill a domestic target
  (a group named without a state is the subject's state's) and a protest's implied target.

``find`` returns an ``Arguments`` value (or None: no subject); ``pairs`` turns it into the
subject–object pairs a relation asserts, ``candidates`` into ``Candidate`` values with the
event's context (``modality_en.Context``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from geokg.ontology import Relation, sector_groups
from spacy.tokens import Doc, Token

from .candidate import Candidate
from .clauses_en import (
    Text,
    Trigger,
    clause_path,
    condition_clause,
    conjoined_outcome,
    counted,
    for_to_subjects,
    goes_on,
    helped_by,
    helping_verb,
    needed_act,
    obliged_clause,
    of_objects,
    outcome_of,
    outcome_when,
    quantity_of,
    represses,
    supplied_with,
)
from .entities_en import EnActor, from_abroad, in_words, owned_by_pronoun
from .gazetteer import INSTITUTION, english_words
from .lexicon_en import EnglishLexicon
from .modality_en import Context, disowned_claim
from .model import Entity
from .parse_en import dependents, parse_of, phrase_objects
from .phrases_en import (
    PASS_SUBJ,
    REFLEXIVES,
    RELATIVE,
    SUBJ,
    Phrases,
    by_agents,
    completed_noun,
    each_other,
    joined_passive,
    possessor_clause,
    shared_by_agents,
    to_infinitive,
)
from .reporting_en import report

__all__ = [
    "CONFIDENCE",
    "Arguments",
    "candidates",
    "find",
    "given_arriving",
    "hyphenated",
    "labour_strike",
    "pairs",
    "peacekeepers_arriving",
    "stopped_labour_strike",
    "unwarned",
]

_LIGHT_MARKERS = ("to", "on", "against")
_CLAUSE_MARKERS = ("to", "on", "against", "with", "from", "in", "at", "into", "over", "for", "of")
_PLACES = ("Country", "Place", "City")
_FORCE_TYPES = ("Country", "ArmedGroup", "ArmedForce")  # actors of no sector that may bear arms
# prepositions of where an act happens, never of whom it is aimed at once a party is named
_SCENE_PREPS = ("in", "at", "near", "inside", "throughout", "across")
_BORDERS = ("border", "frontier", "boundary")
_NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# the endings of English participles that are no past tense ("taken", "beaten", "thrown", "slain")
_PARTICIPLE_ENDINGS = ("en", "wn", "slain", "torn", "sworn")
# what makes a singular noun a phrase of its own ("a hostage", "the captive", "Italian hostage")
_DETERMINING = ("det", "poss", "nummod", "amod", "compound")
_UNIDENTIFIED = "UnidentifiedAttackers"  # the institution (groups_en.ttl) of attackers nobody names
CONFIDENCE = {"direct": 0.85, "inherited": 0.7, "pronoun": 0.65, "noun": 0.7, "reciprocal": 0.75, "default": 0.5}


@dataclass(frozen=True)
class Arguments:
    """A trigger's sides as found: ``how`` they were found (a key of ``CONFIDENCE``), ``verb``
    the verb whose clause carries the event (a noun trigger's light verb), ``head`` the word the
    arguments hang on (a noun trigger's head noun: "a sanctions bill against Iran")."""

    subjects: tuple[EnActor, ...]
    objects: tuple[EnActor, ...]
    how: str
    verb: Token
    head: Token
    passive: bool = False
    # where the event's negation, modality and source are read: the verb, or the verb an event
    # noun is the subject of ("the evacuation will begin")
    clause: Token | None = None


def find(trig: Trigger, phrases: Phrases, nested: bool = False, agents: tuple[EnActor, ...] = ()) -> Arguments | None:
    """The trigger's subjects and objects; None when it has no subject. With ``nested`` (its
    object is an inner assertion) no object is looked for; ``agents`` are its subjects, known
    from elsewhere (the accused of an accusation)."""
    lex = phrases.lex
    rel = lex.relations[trig.relation]
    markers = _object_markers(trig, lex, rel)
    args = _found_by_shape(trig, rel, markers, phrases)
    if args is None:
        return None
    args = _completed(trig, rel, args, markers, phrases, nested, agents)
    if not args.subjects:
        return None if nested else _one_sided(trig, args, phrases)
    if trig.reverse and not nested and _attacked_unnamed(trig, args, lex):
        # "a US convoy came under attack near Baquba": the one who undergoes it is the target of
        # attackers the sentence does not name
        return _one_sided(trig, replace(args, subjects=(), objects=args.subjects), phrases, undergone=True)
    found = _without_own_agents(trig, _defaults(trig, args, phrases, nested), rel.coerces_persons)
    if rel.force_posture:
        found = _posture_objects(_without_own_forces(found), phrases, nested)
    return _received(trig, found, phrases) if trig.reverse and not nested else found


def _found_by_shape(trig: Trigger, rel: Relation, markers: tuple[str, ...], phrases: Phrases) -> Arguments | None:
    """The sides as the anchor's shape gives them (a participle describing its patient, a
    reduced relative, a noun, a verb); None where the shape says there is no event here."""
    lex = phrases.lex
    a = trig.anchor
    if (
        a.tag_ == "VBN"
        and a.dep_ in ("acl", "amod")
        and not any(c.dep_ == "agent" for c in a.children)
        and not _content_clause(a)
    ):
        # "a Turkish driver kidnapped in Iraq", "a beheaded hostage": a participle without an
        # agent, the noun it describes its patient
        return _described(a, markers, phrases)
    if (patient := _reduced_relative(a)) is not None:
        # "A Dutch engineer shot dead in Basra was buried": the parser's subject of a verb that
        # is itself a subject is the participle's patient, never its agent
        return Arguments((), tuple(phrases.expand([patient], places=True)), "direct", a, a, True)
    if a.dep_ == "compound" and a.head.i > a.i and phrases.linker.actors(a.head):
        # "riot police", "protest leaders": the event noun names the kind of actor it modifies,
        # no event (the police do not riot)
        return None
    if a.pos_ in ("NOUN", "PROPN") or (a.pos_ == "ADJ" and a.dep_ != "ROOT") or _subject_noun(a):
        # an answered act's "from" phrase is its agent ("a demand from France"), never its object
        noun_markers = tuple(m for m in markers if m != "from") if rel.to_respondent else markers
        noun_markers += lex.noun_markers.get((a.lemma_.lower(), trig.relation), ())
        return _noun(a, noun_markers, phrases, bool(rel.implied_target), rel.symmetric, rel.backs_object)
    if trig.relation in lex.assaults and _hit_by_measure(a, lex):
        # "new UN sanctions hit Iran", "was hit with UN sanctions": an act of another kind hits
        # (the noun is coded on its own, or by the verb's frame)
        return None
    if not rel.use_of_force and any(
        c.dep_ == "dobj" and c.lower_ in REFLEXIVES and not trig.start <= c.i < trig.end for c in a.children
    ):
        # "defended itself against X": done to the subject itself, no other ("blew himself up
        # near a convoy", the reflexive inside the trigger's words, is force on what is near)
        return None
    return _verb_arguments(trig, markers, phrases)


def _completed(
    trig: Trigger,
    rel: Relation,
    args: Arguments,
    markers: tuple[str, ...],
    phrases: Phrases,
    nested: bool,
    agents: tuple[EnActor, ...],
) -> Arguments:
    """The sides as found, refined: objects narrowed, a struck verb's, an ultimatum's or a
    pressing threat's objects, force on a place held by another, the agents known from
    elsewhere, and a passive's agent looked for beyond its clause."""
    a = trig.anchor
    args = _refined_objects(trig, args, markers, phrases)
    if a.pos_ == "VERB":
        args = _struck(a, rel, args, phrases, nested)
    if trig.ultimatum:
        args = replace(args, objects=tuple(_conditioned(a, args.subjects, phrases)))
    elif rel.complement_modality == "hypothetical" and (pressed := _pressed(a, args, phrases)):
        args = replace(args, objects=tuple(pressed))
    if rel.use_of_force and args.objects:
        args = replace(args, objects=tuple(_held_by(o, phrases) for o in args.objects))
    if agents:
        ids = {agent.entity.id for agent in agents}
        args = replace(args, subjects=agents, objects=tuple(o for o in args.objects if o.entity.id not in ids))
    if not args.subjects and args.passive and not nested:
        args = _passive_without_agent(trig, args, markers, phrases)
    return args


def _attacked_unnamed(trig: Trigger, args: Arguments, lex: EnglishLexicon) -> bool:
    """Is a reversed attack (its subjects undergo it) aimed at places only, with no giver's
    words: done by attackers the sentence does not name?"""
    return trig.relation in lex.assaults and all(_place(o) for o in args.objects) and not _giver_words(trig)


def _object_markers(trig: Trigger, lex: EnglishLexicon, rel: Relation) -> tuple[str, ...]:
    """The prepositions that may name the trigger's object: its relation's and its frame's, and
    the one before a frame's own noun."""
    if trig.reverse and trig.marker:
        # "faced criticism from X over its role in Y": a received act's agent is named by the
        # frame's own marker, never by the relation's topic ("over Y")
        return (trig.marker,)
    own = tuple(lex.markers.get(trig.relation) or ()) + ((trig.marker,) if trig.marker else ())
    return own + _frame_prepositions(trig, rel) + _trigger_preposition(trig)


def _trigger_preposition(trig: Trigger) -> tuple[str, ...]:
    """The preposition a trigger ends with, where the verb it opens governs it: an idiom's own
    word names its object ("balked at X", "pleaded with X to", "railed against X"), whatever the
    relation's markers are."""
    last = trig.anchor.doc[trig.end - 1]
    if trig.end - trig.start < 2 or last.dep_ != "prep" or last.head.i != trig.anchor.i:
        return ()
    return (last.lower_,)


def _struck(a: Token, rel: Relation, args: Arguments, phrases: Phrases, nested: bool) -> Arguments:
    """The objects of a verb of force found from its outcome: whom it killed or wounded."""
    if rel.is_material_conflict and (killed := outcome_when(a, phrases.lex)) is not None:
        # "were killed when a roadside bomb hit their convoy": the killed are whom the act struck
        victims = phrases.expand([c for c in a.doc[killed].children if c.dep_ in PASS_SUBJ])
        # (not the act's own side: "Polish soldiers were killed after Polish forces raided a camp")
        own = {s.entity.id for s in args.subjects}
        if not any(v.entity.id in own for v in victims):
            args = replace(args, objects=tuple(victims) or args.objects)
    if rel.use_of_force and args.subjects and not args.objects and not nested:
        # "shelled a village, killing three Egyptian soldiers": what the act struck is no actor,
        # whom its outcome killed is
        args = replace(args, objects=tuple(_outcome_victims(a, args.subjects, phrases)))
    return args


def _frame_prepositions(trig: Trigger, rel: Relation) -> tuple[str, ...]:
    """The preposition before a frame's own noun ("complied with X's demands", "bowed to X's
    pressure"): it names the noun whose owner is the one yielded to, as a direct object frame's
    noun does ("met X's demands"). Not for force or its posture, whose frames' nouns are the
    means or the act prepared ("prepared for an invasion of X": the invasion's target), nor for
    an act received ("faced criticism from X": its marker names the agent)."""
    if trig.reverse or rel.use_of_force or rel.force_posture or trig.anchor.pos_ != "VERB":
        return ()
    return tuple(c.lower_ for c in trig.anchor.children if c.dep_ == "prep" and trig.start < c.i < trig.end - 1)


def _posture_objects(found: Arguments, phrases: Phrases, nested: bool) -> Arguments:
    """A show or move of force without an object: the state across the border, else where the
    act it is moved for is aimed."""
    if not found.objects and not nested:
        found = replace(found, objects=tuple(_across_border(found.verb, found.subjects, phrases)))
    if not found.objects and not nested:
        # "sent troops to attack Uganda": forces moved for an act go where its object is
        own = {s.entity.id for s in found.subjects}
        found = replace(found, objects=tuple(_purpose_objects(found.verb, None, phrases, own)))
    return found


def _passive_without_agent(trig: Trigger, args: Arguments, markers: tuple[str, ...], phrases: Phrases) -> Arguments:
    """The sides of a passive with no agent: a mutual act's patients (``_sides_of_passive``), or
    forces moved by their owner (``_own_forces_sent``)."""
    if phrases.lex.relations[trig.relation].symmetric:
        args = _sides_of_passive(trig, args, markers, phrases)
    return args if args.subjects else _own_forces_sent(trig, args, markers, phrases)


def _own_forces_sent(trig: Trigger, args: Arguments, markers: tuple[str, ...], phrases: Phrases) -> Arguments:
    """ "UN peacekeepers were deployed in Haiti": a passive frame whose own noun, the forces it
    moves (``gk:OwnForcesCue``), is the passive subject, with no agent: the forces' owner moves
    them, as "the UN deployed peacekeepers in Haiti" says; the frame's place is its object."""
    a = trig.anchor
    forces = [
        c
        for c in a.children
        if c.dep_ in PASS_SUBJ and trig.start <= c.i < trig.end and c.lemma_.lower() in phrases.lex.own_forces
    ]
    if not forces or by_agents(a):
        return args
    owners = tuple(phrases.expand(forces))
    ids = {o.entity.id for o in owners}
    places = phrases.objects_of(a, markers, include_direct=False, places=True)
    objects = tuple(o for o in places if o.entity.id not in ids)
    return replace(args, subjects=owners, objects=objects) if owners else args


def accused_unnamed_accuser(trig: Trigger, phrases: Phrases) -> list[EnActor]:
    """Whom a passive accusation with no agent names ("Chechen rebels were blamed for the
    bombing"): its passive subjects, or the noun its participle modifies ("a general accused of
    shelling the city"); none for an active one or one with its accuser."""
    a = trig.anchor
    if a.pos_ != "VERB" or any(c.dep_ == "agent" for c in a.children):
        return []
    accused = [c for c in a.children if c.dep_ in PASS_SUBJ]
    if accused or a.dep_ != "acl" or a.tag_ != "VBN":
        return phrases.expand(accused)
    # "a general accused of shelling X": the noun the participle describes
    return phrases.expand([a.head]) or _held_accused(a.head, phrases)


def _held_accused(noun: Token, phrases: Phrases) -> list[EnActor]:
    """The accused a verb takes as its object, named without a state ("Pakistani police arrested
    four militants suspected of ..."): the group of the subject's state, as the verb's own object
    is read (``_domestic_target``: police act at home; soldiers abroad give none)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return []
    subjects = phrases.expand([c for c in verb.children if c.dep_ in SUBJ])
    return [g for g in _domestic_target(verb, subjects, phrases) if g.start <= noun.i < g.end]


def _conditioned(verb: Token, subjects: Sequence[EnActor], phrases: Phrases) -> list[EnActor]:
    """Whom an ultimatum threatens: the subjects of its condition, never the act's own objects
    ("will sell arms to Syria unless Israel objects" threatens Israel), nor its speaker."""
    condition = condition_clause(verb, phrases.lex)
    return [] if condition is None else _condition_subjects(condition, subjects, phrases)


def _condition_subjects(condition: Token, subjects: Sequence[EnActor], phrases: Phrases) -> list[EnActor]:
    """The actors a condition's clause names as its subjects, other than the act's own."""
    own = {s.entity.id for s in subjects}
    named = phrases.expand([c for c in condition.children if c.dep_ in SUBJ])
    return [o for o in named if o.entity.id not in own]


def _pressed(verb: Token, args: Arguments, phrases: Phrases) -> list[EnActor]:
    """Whom a threat made on a condition presses: the condition's subjects, where the threatened
    act ("threatened to execute the hostage unless Nairobi ...") or the verb itself carries it. The
    hostage, or a place the condition names, is not whom the threat is aimed at."""
    for head in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
        condition = condition_clause(head, phrases.lex)
        if condition is not None:
            return _condition_subjects(condition, args.subjects, phrases)
    return []


def _outcome_victims(verb: Token, subjects: tuple[EnActor, ...], phrases: Phrases) -> list[EnActor]:
    """The objects of the verb's participial adjuncts of force ("..., killing three Egyptian
    soldiers", "..., wounding two and killing five Iraqi police"), never its own subjects: the
    outcome a participle tells of the act (it is not coded on its own, ``clauses_en.governor``)."""
    lex, own = phrases.lex, {s.entity.id for s in subjects}
    outcomes = [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.tag_ == "VBG"
        and _forceful(c, lex)
        and not any(g.dep_ in ("mark", "aux") for g in c.children)
    ]  # (", killing ...": no "while", "after", "to")
    outcomes += [g for c in outcomes for g in c.children if g.dep_ == "conj" and g.tag_ == "VBG" and _forceful(g, lex)]
    hit = [o for c in outcomes for o in c.children if o.dep_ == "dobj"]
    return [v for v in phrases.expand(hit) if v.entity.id not in own]


def _refined_objects(trig: Trigger, args: Arguments, markers: tuple[str, ...], phrases: Phrases) -> Arguments:
    """The arguments without the objects that the trigger's own words, its scene, its charge or
    an opposed party name, and with the partner a frame sends something to."""
    a = trig.anchor
    rel = phrases.lex.relations[trig.relation]
    args = _with_objects(args, tuple(_without_scene(args.objects, a.doc)))
    # ("withdrew its troops on the orders of the US": who made the subject act is no object)
    args = _with_objects(args, tuple(o for o in args.objects if not _instigator(o, trig, phrases.lex)))
    # ("voiced opposition to the war in Iraq": a word of the trigger is the act, no party to it)
    if trig.end - trig.start > 1 and trig.anchor.i == trig.start and not rel.use_of_force:
        # (the word alone: "hit rebel positions" names the positions' holder)
        args = _with_objects(args, tuple(o for o in args.objects if (o.start, o.end) != (trig.end - 1, trig.end)))
    if rel.is_cooperation and all(
        o.kind == "pronoun" or o.start >= trig.start and o.end <= trig.end for o in args.objects
    ):
        # ("returned its ambassador to Georgia": neither the frame's noun nor its owner is the partner)
        args = _with_objects(args, tuple(_sent_to(trig, args.subjects, phrases)) or args.objects)
    if not (rel.use_of_force or rel.implied_target):
        args = _with_objects(args, tuple(_host(trig, args, phrases)))
    if rel.protects_host and all(o.entity.country is None for o in args.objects):
        # "contributed troops to the African Union force in Somalia": the state it serves in
        own = {s.entity.id for s in args.subjects} | {s.entity.country for s in args.subjects if s.entity.country}
        # (the place hangs on the verb, the trigger's noun, or the force the body owns: "sent
        # peacekeepers to the UN mission in Lebanon"; a force at home serves no host)
        words = [a, *(t for t in a.doc[trig.start : trig.end] if t.pos_ == "NOUN")]
        words += [a.doc[o.end - 1].head for o in args.objects]
        served = [
            o
            for o in phrases.expand(phrase_objects(words, "in"), places=True)
            if o.entity.id not in own and o.entity.country not in own
        ]
        args = _with_objects(args, tuple(o for o in served if o.entity.country) or args.objects)
    if trig.marker == "to" and args.objects:
        args = _with_objects(args, tuple(_past_intermediary(trig, args, phrases)))
    helped = _helped(a, trig.relation, phrases, {s.entity.id for s in args.subjects}) if rel.backs_object else []
    if helped:
        # "sent troops to help Uganda fight the rebels", "sent aid to help Haiti": the one helped
        args = _with_objects(args, tuple(helped))
    elif rel.backs_object and args.objects:
        args = _with_objects(args, tuple(_beneficiaries(trig, args, phrases)))
    if rel.takes_assertion and not rel.addressee_object:
        args = _with_objects(args, tuple(_agents_of_acts(args.objects, phrases)))
    if rel.about_deeds:
        # "described the attack on X as a crime": X, inside the frame's words, suffered the deed
        # judged, never did it ("condemned the attack on X" alone is left as it was)
        inside = [o for o in args.objects if trig.start < o.start and o.end < trig.end]
        # ("is opposed to sanctions against X", "was skeptical of the attack on X": a state of
        # the subject's toward a deed is about its doer; the deed's victim is no party to it)
        state = a.lower_ in phrases.lex.stance_states
        args = _with_objects(
            args,
            tuple(
                o
                for o in args.objects
                if (o not in inside and not state and not _deed_told(o, trig, phrases))
                or not _victim_of_act(o, phrases)
            ),
        )
    if rel.complement_agent == "object":
        # "accused its neighbour of supporting rebels": the charge's words name no accused
        args = _with_objects(args, tuple(o for o in args.objects if not _in_charge(o, a)))
    if rel.is_cooperation and "against" not in markers:
        args = _with_objects(args, tuple(o for o in args.objects if not _opposed(o, a.doc)))
    if rel.to_respondent:
        args = _freed_not_addressed(args, phrases)
    if rel.to_respondent and not args.objects and a.pos_ in ("VERB", "NOUN"):
        # "called for Chad to disband", "repeated its call for Chad to disband": the one asked to
        # act is whom the appeal addresses
        args = _with_objects(args, tuple(phrases.expand(for_to_subjects(a))))
    return args


def _with_objects(args: Arguments, objects: tuple[EnActor, ...]) -> Arguments:
    """``args`` with these objects; the same ``args`` when they are the same actors (most of the
    refinements drop none, and ``dataclasses.replace`` costs a few microseconds each)."""
    if len(objects) == len(args.objects) and all(x is y for x, y in zip(objects, args.objects)):
        return args
    return replace(args, objects=objects)


def _freed_not_addressed(args: Arguments, phrases: Phrases) -> Arguments:
    """An appeal's or demand's objects without the persons it asks to be freed ("demanded the
    release of the traders held by Uganda": the traders are freed, Uganda is asked), with who
    holds them in their place (``gk:FreeingNounCue``)."""
    doc, kept, holders = args.verb.doc, [], []
    for o in args.objects:
        freed = _freed_persons(doc[o.end - 1], phrases.lex)
        if freed is None:
            kept.append(o)
        else:
            holders += _captors(freed, phrases)
    if not args.objects:
        # ("the traders that Ugandan police arrested": persons of no state, their captors named)
        lex = phrases.lex
        for noun in (c for c in args.verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lex.freeing):
            holders += [h for p in of_objects(noun) for h in _captors(p, phrases)]
    # (the holders neither the act's own subjects nor objects kept already)
    taken = {s.entity.id for s in args.subjects} | {k.entity.id for k in kept}
    kept += [h for h in holders if h.entity.id not in taken]
    return replace(args, objects=tuple(kept))


def _freed_persons(tok: Token, lex: EnglishLexicon) -> Token | None:
    """The noun of persons that ``tok`` is or modifies, when a freeing noun's "of" phrase or
    possessive names them ("the release of two Kenyan traders", "the traders' release")."""
    while tok.dep_ in ("compound", "amod", "conj", "appos", "nummod") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "poss" and tok.head.lemma_.lower() in lex.freeing:
        return tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in lex.freeing:
        return tok
    return None


def _captors(persons: Token, phrases: Phrases) -> list[EnActor]:
    """Who holds persons, as a participle's agent or a relative clause's subject says ("the
    traders held by Uganda", "the soldiers the rebels captured"); never where they are held."""
    found: list[Token] = []
    # ("the return of its soldiers captured by X": the parser may hang the participle or the
    # relative clause on the freeing noun)
    for clause in [*persons.children, *(c for c in persons.head.head.children if c.dep_ in ("acl", "relcl"))]:
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            found += by_agents(clause)
        elif clause.dep_ == "relcl":
            found += [c for c in clause.children if c.dep_ in SUBJ and c.lower_ not in RELATIVE]
            found += by_agents(clause)
    return phrases.expand(found)


# the dependents only a verb has: a word tagged a verb without them is a noun the tagger missed
_VERBAL_DEPS = frozenset({*SUBJ, *PASS_SUBJ, "dobj", "aux", "auxpass", "neg"})


def _subject_noun(a: Token) -> bool:
    """Is a word tagged as a verb a subject with none of a verb's own dependents ("Aid from
    Japan reached Indonesia": the tagger's verb "Aid" is the clause's subject noun)? A gerund
    subject has its object ("Attacking Iran would ...")."""
    return a.pos_ == "VERB" and a.dep_ == "nsubj" and not any(c.dep_ in _VERBAL_DEPS for c in a.children)


def _arrived_at(noun: Token, phrases: Phrases) -> list[EnActor]:
    """Where the noun, the subject of a verb of arrival (``gk:ArrivalCue``), gets to: the verb's
    object or its "in" or "at" place ("reached Indonesia", "arrived in Jakarta")."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in phrases.lex.arrival:
        return []
    places = [c for c in verb.children if c.dep_ == "dobj"]
    places = places or [*phrase_objects([verb], "in"), *phrase_objects([verb], "at")]
    return phrases.expand(places, places=True)


def given_arriving(trig: Trigger, lex: EnglishLexicon) -> bool:
    """Is the trigger a visit (a contact with a place) whose verb's subject is a noun of what is
    given ("Japanese aid arrived in Indonesia")? The noun's own trigger codes the aid there
    (``_arrived_at``); things arriving pay no visit."""
    rel = lex.relations[trig.relation]
    if not rel.contact or "place" not in rel.object_kind:
        return False
    subjects = [c for c in trig.anchor.children if c.dep_ in SUBJ]
    return any(lex.relations[r].backs_object for c in subjects for r in lex.word_relations.get(c.lemma_.lower(), ()))


def _instigator(obj: EnActor, trig: Trigger, lex: EnglishLexicon) -> bool:
    """Is the object named inside an adverbial phrase of asking or ordering (``gk:InstigatorCue``:
    "on the orders of X", "at X's request", "under pressure from X")? X made the act happen."""
    tok = trig.anchor.doc[obj.end - 1]
    for up in (tok, *tok.ancestors):
        if trig.start <= up.i < trig.end:
            return False
        # (the phrase of a marker of the act's own, "agreed to the request of X", is its object)
        adverbial = up.dep_ == "pobj" and up.head.lower_ in lex.instigation_prep
        if adverbial and in_words(up, lex.instigation):
            return True
    return False


def _host(trig: Trigger, args: Arguments, phrases: Phrases) -> list[EnActor]:
    """The objects, or where the trigger's noun is a state's seat abroad (``gk:SeatAbroadCue``)
    and they name no party but the frame's words or a pronoun, the state it sits in ("opened an
    embassy in Kampala", "closed its consulate in Uganda": Uganda)."""
    a, lex = trig.anchor, phrases.lex
    seats = [
        c
        for c in a.children
        if c.dep_ == "dobj" and trig.start <= c.i < trig.end and c.lemma_.lower() in lex.seat_abroad
    ]
    if not seats or not all(o.kind == "pronoun" or trig.start <= o.start and o.end <= trig.end for o in args.objects):
        return list(args.objects)
    own = {s.entity.id for s in args.subjects}
    # (the parser hangs "in X" on the noun or on the verb)
    hosts = [o for o in phrases.expand(phrase_objects((*seats, a), "in"), places=True) if o.entity.id not in own]
    return hosts or list(args.objects)


def _beneficiaries(trig: Trigger, args: Arguments, phrases: Phrases) -> list[EnActor]:
    """The objects, or, where aid goes "to" a body of no state (a UN agency, the Red Cross) "for"
    a party the text names with its state, that party: "gave $5 million to the World Food
    Programme for North Korea" aids North Korea; the agency only passes the aid on."""
    if not all(o.entity.country is None for o in args.objects):
        return list(args.objects)
    own = {s.entity.id for s in args.subjects} | {s.entity.country for s in args.subjects if s.entity.country}
    words = [trig.anchor, *(t for t in trig.anchor.doc[trig.start : trig.end] if t.pos_ == "NOUN")]
    words += [w for w in trig.anchor.children if w.dep_ == "dobj"]
    words += [trig.anchor.doc[o.end - 1] for o in args.objects]  # ("to the WFP for North Korea")
    found = [
        o
        for o in phrases.expand(phrase_objects(words, "for"))
        if o.entity.country and o.entity.id not in own and o.entity.country not in own
    ]
    return found or list(args.objects)


def _past_intermediary(trig: Trigger, args: Arguments, phrases: Phrases) -> list[EnActor]:
    """The objects, or, where the frame hands persons "to" a body of no state (the Red Cross, a
    mediator) and the text names the persons' state, their side: "handed over captured Ugandan
    soldiers to the Red Cross" returns Uganda's soldiers; the body only passes them on."""
    armed = sector_groups().armed
    if not all(o.entity.country is None and o.entity.sector not in armed for o in args.objects):
        return list(args.objects)
    a = trig.anchor
    own = {s.entity.id for s in args.subjects}
    persons = [c for c in a.children if c.dep_ == "dobj" and trig.start <= c.i < trig.end]
    # (a state the text names for them, not one the context guessed)
    sides = [
        p for p in phrases.expand(persons) if p.entity.country and p.entity.id not in own and not phrases.contextual(p)
    ]
    return sides or list(args.objects)


def _received(trig: Trigger, found: Arguments, phrases: Phrases) -> Arguments | None:
    """ "X faced criticism from Y": Y criticises X; never whom a topic names ("faced criticism
    over Lebanon": no agent named, nothing). Whom it comes from is the agent also where the
    relation's own markers find none, if all they found was a topic or the act is force
    undergone ("came under attack from Y")."""
    lex, doc = phrases.lex, trig.anchor.doc
    topics = set(lex.markers.get(trig.relation) or ()) - {trig.marker}
    agents = [o for o in found.objects if _preposition(o, doc) not in topics]
    if trig.relation in lex.assaults and (givers := _giver_words(trig)):
        # ("came under fire from Amnesty International over ...", "under attack from opposition
        # lawmakers": words, not force; only one who bears arms fires on a unit, and a source
        # named, known or not, is no unidentified attacker)
        agents = [x for x in phrases.expand(givers) if _bears_arms(x.entity)]
        if not agents:
            return None
    elif not agents and (found.objects or trig.relation in lex.assaults):
        agents = _givers(trig, phrases)
    if agents:
        return Arguments(tuple(agents), found.subjects, found.how, found.verb, found.head, found.passive, found.clause)
    return None if found.objects else found


def _bears_arms(entity: Entity) -> bool:
    """Can the actor use force: a state, its forces, police or services, an armed group? Not a
    body of words (a rights group, a legislature, a government office, the press)."""
    sectors = sector_groups()
    if entity.sector is not None:
        return entity.sector in sectors.military | sectors.armed or entity.sector in sectors.state - sectors.home
    return entity.type in _FORCE_TYPES


def _givers(trig: Trigger, phrases: Phrases) -> list[EnActor]:
    """Whom a received act comes from: the "from" phrase on a word of its trigger ("came under
    fire from X over Y")."""
    return phrases.expand(_giver_words(trig))


def _giver_words(trig: Trigger) -> list[Token]:
    """The objects of "from" on the trigger's words, actors or not."""
    doc = trig.anchor.doc
    return phrase_objects([doc[i] for i in range(trig.start, trig.end)], "from")


def _preposition(actor: EnActor, doc: Doc) -> str | None:
    """The preposition whose object the actor's phrase is (through conjuncts), or None."""
    t = doc[actor.end - 1]
    while t.dep_ in ("conj", "appos") and t.head.i != t.i:
        t = t.head
    return t.head.lower_ if t.dep_ == "pobj" else None


def _verb_arguments(trig: Trigger, markers: tuple[str, ...], phrases: Phrases) -> Arguments:
    """A verb trigger's subjects and objects, with the fallbacks for an object the verb does not
    take directly (its own event noun's, a thing's author, the people a thing carries)."""
    lex = phrases.lex
    a = trig.anchor
    rel = lex.relations[trig.relation]
    # a partner is an actor, never a thing's holder ("signed a parliament bill")
    # a contact with an act is no contact with its agent ("met a British request")
    acts = [c for c in a.children if c.dep_ == "dobj" and c.lemma_.lower() in lex.single] if rel.contact else []
    # the trigger's own event noun ("launched its attack on X") is no object: its owner is the agent
    # (an act noun; a person in it is its victim: "seized two Britons")
    own_noun = any(
        c.dep_ == "dobj" and trig.start <= c.i < trig.end and c.lemma_.lower() in lex.single for c in a.children
    )
    # ("discussed Iran with Putin": the direct object of gk:TopicObjectCue is the topic)
    direct = not acts and not own_noun and a.lemma_.lower() not in lex.topic_object
    args = _verb(a, markers, rel.use_of_force or rel.contact, phrases, places=not rel.symmetric, direct=direct)
    if rel.backs_object and args.objects and not args.passive:
        args = replace(args, objects=tuple(_recipient(a, args, phrases)))
    stopped = _stopped_acts(a, lex) if rel.about_deeds else []
    if stopped:
        # "welcomed the end of the siege of Najaf": a statement about an act's end is about its
        # agent, never about where the act was or whom it hit
        return replace(args, objects=tuple(x for act in stopped for x in phrases.noun_agent(act)))
    crowds = _crowds(a, phrases) if rel.coerces_persons else None
    if crowds is not None:
        # (the crowd, else an actor the verb itself names; never where it was, nor whom it protested)
        kept = crowds or [o for o in args.objects if o.kind != "place" and not _opposed(o, a.doc)]
        return replace(args, objects=tuple(_home_crowd(c, args.subjects, phrases) for c in kept))
    if not args.objects:
        args = _own_noun_objects(trig, args, markers, phrases)
    # (never for acts on persons: "arrested a suspect wanted by X" arrests nobody of X's)
    if (
        not args.objects
        and direct
        and not args.passive
        and not (rel.use_of_force or rel.contact or rel.coerces_persons)
    ):
        args = replace(args, objects=tuple(_authors(a, args.subjects, phrases)))
    if not args.objects and not args.passive and rel.use_of_force:
        args = replace(args, objects=tuple(_carried(a, markers, args.subjects, phrases)))
    if acts:
        kept = [o for o in args.objects if not any(x.left_edge.i <= o.start and o.end <= x.i + 1 for x in acts)]
        # "hosted talks between Ethiopia and Eritrea", "... talks with Uganda": the parties the
        # contact brings together
        kept = kept or [o for x in acts for o in _between_parties(x, phrases)]
        kept = kept or phrases.expand(phrase_objects(acts, "with"))
        args = replace(args, objects=tuple(kept))
    if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in lex.stimulus:
        args = _stimulus(args, phrases)
    return args


def _sent_to(trig: Trigger, subjects: Sequence[EnActor], phrases: Phrases) -> list[EnActor]:
    """Whom a frame's object is sent or returned to, where the relation's own prepositions name
    no one ("returned its ambassador to Georgia", "sent an ambassador to X"): the verb's "to"
    phrase, when the frame's noun is its direct object."""
    verb = trig.anchor
    nouns = [c for c in verb.children if c.dep_ == "dobj" and trig.start <= c.i < trig.end]
    if not nouns:
        return []
    own = {s.entity.id for s in subjects}
    # (on the verb, or on the noun: "sent an ambassador to X" is parsed either way; a party,
    # never a mere place: "opened its borders to West Africans")
    found = phrases.expand(phrase_objects((verb, *nouns), "to"))
    return [o for o in found if o.entity.id not in own and o.kind != "place" and o.entity.type not in _PLACES[1:]]


def _stopped_acts(verb: Token, lex: EnglishLexicon) -> list[Token]:
    """The acts a noun of stopping the verb takes as object names ("the end of the siege", "the
    suspension of raids"), through its "of" or "to" phrase."""
    return [
        p
        for d in verb.children
        if d.dep_ == "dobj" and d.pos_ == "NOUN" and d.lemma_.lower() in lex.stopping
        for c in d.children
        if c.dep_ == "prep" and c.lower_ in ("of", "to")
        for p in c.children
        if p.dep_ == "pobj"
    ]


def _crowds(verb: Token, phrases: Phrases) -> list[EnActor] | None:
    """Whom coercion of a crowd's act lands on ("dispersed a protest by students", "banned a
    march staged by X"): the crowd its noun names (possessor, "by" or "of" phrase, a participle's
    agent), none where it names none (the place of a protest is no crowd); None where the verb
    takes no crowd's act."""
    lex = phrases.lex
    acts = [
        c
        for c in verb.children
        if c.dep_ in ("dobj", "nsubjpass")
        and any(lex.relations[r].implied_target for r in lex.word_relations.get(c.lemma_.lower(), ()))
    ]
    if not acts:
        return None
    found: list[EnActor] = []
    for act in acts:
        agents = [
            p
            for clause in act.children
            if clause.dep_ == "acl" and clause.tag_ == "VBN"
            for g in clause.children
            if g.dep_ == "agent"
            for p in g.children
            if p.dep_ == "pobj"
        ]
        found += phrases.noun_agent(act) or phrases.expand(of_objects(act)) or phrases.expand(agents)
    return found


def _home_crowd(crowd: EnActor, subjects: Sequence[EnActor], phrases: Phrases) -> EnActor:
    """A crowd whose state only the context gave, kept from its act by one state's institutions
    ("Turkish police prevented a march by students ... against troops in Iraq"), is that state's."""
    states = {s.entity.country for s in subjects}
    if len(states) != 1 or None in states or not phrases.contextual(crowd):
        return crowd
    slug = crowd.entity.id.partition("-")[2]
    home = phrases.linker.gaz.composed_by_id(f"{states.pop().lower()}-{slug}")
    return replace(crowd, entity=home) if home is not None else crowd


def _opposed(actor: EnActor, doc: Doc) -> bool:
    """Is the actor named after "against" ("a defence pact against Israel")? The one a pact or an
    alliance is against is no partner of it."""
    head = doc[actor.start : actor.end].root
    return head.dep_ == "pobj" and head.head.lower_ == "against"


# actors named as a thing: a recipient's "to" phrase outranks them
_GIVEN_KINDS = frozenset({"place", "demonym", "group"})


def _recipient(verb: Token, args: Arguments, phrases: Phrases) -> list[EnActor]:
    """Whom aid or backing goes to: the "to" phrase, where the direct object only names what or
    who is given ("handed over two Somali suspects to the US", "sent doctors to Gaza")."""
    objects = args.objects
    direct = [c for c in verb.children if c.dep_ == "dobj"]
    given = direct and all(
        o.kind in _GIVEN_KINDS and any(d.left_edge.i <= o.start < d.right_edge.i + 1 for d in direct) for o in objects
    )
    if not given:
        return list(objects)
    to = phrase_objects((verb,), "to")
    found = phrases.expand(to, places=True)
    # ("sent aid workers to the region": the "to" phrase names the recipient, here no party; the
    # people sent are never it)
    return found or ([] if to else list(objects))


def _content_clause(verb: Token) -> bool:
    """Is the verb a clause of its own on a noun ("reports that Syria had attacked Lebanon"), with
    its own subject, not a participle describing the noun?"""
    return any(c.dep_ in SUBJ for c in verb.children) and any(c.dep_ in ("aux", "mark") for c in verb.children)


def _own_noun_objects(trig: Trigger, args: Arguments, markers: tuple[str, ...], phrases: Phrases) -> Arguments:
    """The target of a verb + noun frame found through its noun: "remained on alert in Lebanon"
    (on the noun); "suspended aid to Sudan" (the noun's own preposition, hung on the verb)."""
    a, lex = trig.anchor, phrases.lex
    span = a.doc[trig.start : trig.end]
    nouns = [t for t in span if t.dep_ == "pobj" and t.i != a.i]
    found = [o for n in nouns for o in phrases.objects_of(n, markers, include_direct=False, other_preps=False)]
    if not found:
        own = [t for t in span if t.dep_ == "dobj" and t.head.i == a.i]
        # the noun's relation's markers, and its nominal frames' own ("expressed dismay at X")
        noun_markers = tuple(
            m
            for n in own
            for r in {*lex.word_relations.get(n.lemma_.lower(), ()), trig.relation}
            for m in lex.frame_markers(r, (n.lemma_.lower(),))
        )
        if trig.reverse and trig.marker:
            noun_markers = (trig.marker,)  # (as in ``find``: the received act's agent only)
        found = phrases.objects_of(a, noun_markers, include_direct=False, other_preps=False) if noun_markers else []
    return replace(args, objects=tuple(found)) if found else args


def _authors(verb: Token, subjects: Sequence[EnActor], phrases: Phrases) -> list[EnActor]:
    """The actor whose thing the verb acts on, when the thing names no actor: the agent of a
    participle on it ("rejected the plan drawn up by X") or the subject of a relative clause on
    it ("cancelled the debt X owes"). Not through a clause that is an act of its own ("backed
    the plan X rejected"), nor a negated one."""
    own = {s.entity.id for s in subjects}
    lex = phrases.lex
    authors: list[Token] = []
    things = [c for c in verb.children if c.dep_ == "dobj" and not phrases.expand([c], places=True)]
    for thing in [*things, *(n for t in things for n in counted(t, lex))]:
        for clause in [*thing.children, *_misread_relative(thing)]:
            if clause.lemma_.lower() in lex.single or any(c.dep_ == "neg" for c in clause.children):
                continue
            if clause.dep_ == "acl" and clause.tag_ == "VBN":
                authors += by_agents(clause)
            elif clause.dep_ in ("relcl", "conj"):
                authors += [c for c in clause.children if c.dep_ in SUBJ and c.lower_ not in RELATIVE]
    # (a state, never a mere place: "the town the rebels held" is no state's)
    return [a for a in phrases.expand(authors) if a.entity.id not in own and a.entity.type not in _PLACES[1:]]


def _carried(verb: Token, markers: tuple[str, ...], subjects: Sequence[EnActor], phrases: Phrases) -> list[EnActor]:
    """Force on a thing that names no actor, described by what it carries or holds ("ambushed a
    bus carrying Pakistani pilgrims", "fired at a convoy transporting X"): the people in it."""
    marked = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in markers for p in c.children]
    things = [t for t in verb.children if t.dep_ == "dobj"] + [p for p in marked if p.dep_ == "pobj"]
    own = {s.entity.id for s in subjects}
    people = [
        o
        for t in things
        if not phrases.expand([t], places=True)
        for d in t.children
        if d.dep_ == "acl" and d.tag_ == "VBG" and not any(c.dep_ == "neg" for c in d.children)
        for o in d.children
        if o.dep_ == "dobj"
    ]
    return [a for a in phrases.expand(people) if a.entity.id not in own]


def _misread_relative(thing: Token) -> list[Token]:
    """A relative clause without "that" the parser read as a conjunct of the main verb ("cancel
    the debt X owes": "owes" a conjunct of "cancel"): a conjunct whose subject follows the noun
    with no conjunction or comma between them."""
    after = thing.i + 1
    if after >= len(thing.doc) or thing.doc[after].dep_ not in SUBJ:
        return []
    verb = thing.doc[after].head
    between = thing.doc[after : verb.i]
    if verb.dep_ != "conj" or verb.i <= after or any(t.dep_ in ("cc", "punct") for t in between):
        return []
    return [verb]


def _without_own_forces(args: Arguments) -> Arguments:
    """A show of force is made with one's own forces ("mobilized troops along the border"): the
    subject's state's organs are its instrument, never its target."""
    sectors = sector_groups()
    own = {s.entity.country for s in args.subjects if s.entity.sector not in sectors.armed} - {None}
    kept = [o for o in args.objects if not (o.entity.country in own and o.entity.sector in sectors.state)]
    return args if len(kept) == len(args.objects) else replace(args, objects=tuple(kept))


def _across_border(verb: Token, subjects: Sequence[EnActor], phrases: Phrases) -> list[EnActor]:
    """Forces shown "along the border with X", "on X's border": X, when it is not the subject's."""
    own = {s.entity.country for s in subjects}
    # (on the verb, or on what it moves: "massed troops on its border with X")
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    holders += [p for h in holders[1:] for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    borders = [
        p
        for h in holders
        for c in h.children
        if c.dep_ == "prep"
        for p in c.children
        if p.dep_ == "pobj" and p.lemma_.lower() in _BORDERS
    ]
    sides = [x for b in borders for c in b.children if c.dep_ == "prep" and c.lower_ == "with" for x in c.children]
    sides += [c for b in borders for c in b.children if c.dep_ == "poss"]
    return [a for a in phrases.expand(sides) if a.entity.country not in own]


def _without_own_agents(trig: Trigger, args: Arguments, on_persons: bool = False) -> Arguments:
    """The subject's own agents named in the trigger's words ("sent troops", "sent an envoy":
    the subject's forces, its government) are what it acts with, never whom it acts on."""
    # (a state or its organs have agents; gunmen who kill their own state's governor do not)
    armed = sector_groups().armed
    own = {s.entity.country for s in args.subjects if s.entity.sector not in armed and not s.implied} - {None}
    # ("placed X under house arrest": for an act ``on_persons`` the direct object before the
    # frame's prepositional noun is whom the act is done to, inside the trigger's span but none of
    # its words)
    last = trig.anchor.doc[trig.end - 1]
    patients = (
        [c.i for c in trig.anchor.children if c.dep_ == "dobj"]
        if on_persons and last.dep_ == "pobj" and last.head.head.i == trig.anchor.i
        else []
    )
    kept = [
        o
        for o in args.objects
        if o.implied
        or o.entity.sector in armed  # (an armed group of one's own state is no agent of it)
        or any(o.start <= i < o.end for i in patients)
        or not (trig.start <= o.start < trig.end and o.entity.country in own)
    ]
    return args if len(kept) == len(args.objects) else replace(args, objects=tuple(kept))


def _in_charge(actor: EnActor, verb: Token) -> bool:
    """Is the actor named inside the "of" phrase (the charge) of an accusation's verb or of its
    accused ("accused X of supporting rebels")?"""
    holders = {verb.i, *(c.i for c in verb.children if c.dep_ == "dobj")}
    for t in (verb.doc[actor.end - 1], *verb.doc[actor.end - 1].ancestors):
        if t.i == verb.i:
            return False
        if t.dep_ == "prep" and t.lower_ == "of" and t.head.i in holders and not actor.start <= t.i < actor.end:
            return True  # (not an "of" of the name itself: "the Republic of Congo")
    return False


def _agents_of_acts(objects: Sequence[EnActor], phrases: Phrases) -> list[EnActor]:
    """A stance's objects named by an act with an agent of its own ("opposition to the US
    invasion of Iraq"): the agent, never the act's target."""
    doc = phrases.linker.doc
    kept = []
    for o in objects:
        head = doc[o.end - 1]
        agents = phrases.noun_agent(head) if head.lemma_.lower() in phrases.lex.triggers else []
        if not agents or o.entity.id in {a.entity.id for a in agents}:
            kept.append(o)
    return kept


def _victim_of_act(actor: EnActor, phrases: Phrases) -> bool:
    """Is the actor named after "on" or "against" on a noun of an act or of a deed that is no
    trigger (``gk:DeedNounCue``: "the attack on X", "the military action against X"), or after
    "of" on a noun of an act of force ("the invasion of X": its victim; "the demands of X" are
    X's own)?"""
    if _named_by_force(actor, phrases) is not None:
        return True
    prep = phrases.linker.doc[actor.end - 1].head
    act, lex = prep.head, phrases.lex
    if act.pos_ != "NOUN":
        return False
    if prep.lower_ == "of":
        return _force_noun(act, lex)
    lemma = act.lemma_.lower()
    return prep.lower_ in ("on", "against") and (lemma in lex.triggers or lemma in lex.deed_noun)


def _force_noun(noun: Token, lex: EnglishLexicon) -> bool:
    """Is the noun alone a trigger of a material act of conflict ("invasion", "bombing", and
    "occupation", "blockade", "expulsion": whom it is done to is named after "of" as well)?"""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and any(
        w == (lemma,) and lex.relations[r].is_material_conflict for w, r in lex.triggers.get(lemma, ())
    )


def _named_by_force(actor: EnActor, phrases: Phrases) -> Token | None:
    """The noun of an act of force the actor was read through, by its "of" phrase ("rejected
    the invasion of Georgia": the linker names Georgia by the noun "invasion"), or None."""
    last = phrases.linker.doc[actor.end - 1]
    if not _force_noun(last, phrases.lex):
        return None
    of = [p for c in last.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    # (only the one the "of" phrase names: "the US invasion of Iraq" is the US's deed; a place
    # by its state, "the blockade of Gaza" read as Palestine)
    named = phrases.expand(of, places=_place(actor))
    same = any(v.entity.id == actor.entity.id or _same_state(v, actor) for v in named)
    return last if same else None


def _same_state(a: EnActor, b: EnActor) -> bool:
    """Are both a place or state of one country ("Gaza" and Palestine)?"""
    return _place(a) and _place(b) and a.entity.country is not None and a.entity.country == b.entity.country


def _deed_told(actor: EnActor, trig: Trigger, phrases: Phrases) -> bool:
    """Is the actor named on the deed that is the trigger verb's own direct object ("rejected
    the sanctions against X", "opposed the embargo against X")? The verb judges the deed, so its
    victim is no party to the judgement, as for a stance. Not a noun of the trigger's own words
    ("issued a threat against X", "pinned the blame on X": the act is the trigger's)."""
    act = _named_by_force(actor, phrases) or phrases.linker.doc[actor.end - 1].head.head
    own = trig.start <= act.i < trig.end
    # (an appeal wants the deed: "urged sanctions against X" threatens X)
    wanted = phrases.lex.relations[trig.relation].to_respondent
    return act.dep_ == "dobj" and act.head == trig.anchor and not own and not wanted


def _in_proposed_act(actor: EnActor, trig: Trigger, doc: Doc) -> bool:
    """Is the actor inside a "to" clause of the noun the trigger verb judges ("rejected a proposal
    to attack X", "opposed a plan to sanction X")? The verb judges the proposal, whose owner is
    the one judged; the act proposed is not done, and its parties are none of the judgement's."""
    t = doc[actor.end - 1]
    while t.head != t and t != trig.anchor:
        noun = t.head
        infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.children)
        if t.dep_ == "acl" and infinitive and noun.dep_ == "dobj" and noun.head == trig.anchor:
            return True
        t = noun
    return False


def _place(actor: EnActor) -> bool:
    return actor.kind == "place" or actor.entity.type in _PLACES


def _side(actor: EnActor, doc: Doc) -> bool:
    """Is the actor named by its name as a side of a mutual act: the direct object or after
    "with" ("met Jordan", "held talks with Jordan")?"""
    last = doc[actor.end - 1]
    if last.pos_ != "PROPN":
        return False  # a state the context gave a noun ("traded fire in Gaza": the fire's) is no side
    return last.dep_ == "dobj" or (last.dep_ == "pobj" and last.head.lower_ in ("with", "between"))


def _scene(actor: EnActor, doc: Doc) -> bool:
    """Is the actor a place in a phrase of where ("in Kandahar", "at Bagram")?"""
    last = doc[actor.end - 1]
    return _place(actor) and actor.kind != "demonym" and last.dep_ == "pobj" and last.head.lower_ in _SCENE_PREPS


def _without_scene(objects: Sequence[EnActor], doc: Doc) -> list[EnActor]:
    """The objects less where the act happened when it names a party as its target ("the attack
    on US troops in Kandahar" is on the troops, not on Afghanistan). A people is no such party:
    "cleansing in X against the Albanian population" is done to X's people."""
    civilian = sector_groups().civilian
    if all(_place(o) or o.entity.sector in civilian for o in objects):
        return list(objects)
    return [o for o in objects if not _scene(o, doc)]


def _held_by(obj: EnActor, phrases: Phrases) -> EnActor:
    """Force on a place a participle says another holds strikes the holder ("shelled the town of
    Kismayo, held by Ethiopian troops": the Ethiopian forces, not Somalia); else the object."""
    if obj.entity.type not in _PLACES:
        return obj
    tok = phrases.linker.doc[obj.end - 1]
    nouns = [tok, tok.head.head] if tok.dep_ == "pobj" and tok.head.lower_ == "of" else [tok]
    # (a participle, or a relative clause in the passive: "Baidoa, which is held by X")
    holding = [
        c
        for n in nouns
        for c in n.children
        if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN" and c.lemma_.lower() in phrases.lex.holding
    ]
    agents = [p for c in holding for p in by_agents(c)]
    holders = phrases.expand(agents)
    return holders[0] if len(holders) == 1 else obj


def _sides_of_passive(trig: Trigger, args: Arguments, markers: tuple[str, ...], phrases: Phrases) -> Arguments:
    """ "Twelve soldiers were killed in clashes with militants": a clash has no direction, so the
    passive's patients are one of its sides and the party its words are "with" the other."""
    doc = trig.anchor.doc
    words = [doc[i] for i in range(trig.start, trig.end)]
    ids = {o.entity.id for o in args.objects}
    found = [p for m in markers for p in phrase_objects(words, m)]
    others = [o for o in phrases.expand(found) if o.entity.id not in ids]
    if not found and not any(map(_names_sides, words)) and _both_sides(list(args.objects), phrases):
        # "Indian and Pakistani soldiers were killed in clashes": the two states' forces each other's
        return replace(args, subjects=args.objects, objects=())
    return replace(args, subjects=args.objects, objects=tuple(others)) if args.objects and others else args


def _one_sided(trig: Trigger, args: Arguments, phrases: Phrases, undergone: bool = False) -> Arguments | None:
    """Force with a target but no named agent ("two soldiers were wounded in a bomb attack", "a
    bomb exploded outside the embassy"): unidentified attackers of the state where it happens,
    as event coders code it. The target must be an actor, not merely the place. ``undergone``:
    the grammatical subject is the target ("came under attack"), no agent left unlinked."""
    rel = phrases.lex.relations[trig.relation]
    if trig.relation not in phrases.lex.assaults or rel.symmetric or (not undergone and _agent_unlinked(trig, args)):
        return None  # (a clash has two sides, both named)
    if _accident(trig.anchor, phrases.lex):
        return None  # "a gas explosion killed 20 miners": nobody attacked
    # (people named by their nation are targets, "killing eight Israelis"; a place is not, but a
    # state's name on a noun of its own is: "near a US convoy")
    doc = trig.anchor.doc
    targets = tuple(
        o
        for o in args.objects
        if o.kind != "place" and (o.kind == "demonym" or o.entity.type not in _PLACES or _state_modifier(o, doc))
    )
    # (where it happened: a place, never merely a state the sentence names)
    where = phrases.linker.context_country(trig.anchor, states=False) if targets else None
    if targets and where is None:
        where = _told_at_home(args, targets, phrases)
    attackers = phrases.linker.gaz.composed(_UNIDENTIFIED, where.country or "") if where is not None else None
    if attackers is None:
        return None
    a = trig.anchor
    unnamed = EnActor(attackers, a.i, a.i + 1, "default", a.text, a.idx, a.idx + len(a.text))
    return Arguments((unnamed,), targets, "default", args.verb, args.head, args.passive, args.clause)


def _told_at_home(args: Arguments, targets: tuple[EnActor, ...], phrases: Phrases) -> Entity | None:
    """The state whose body of home affairs (``gk:tellsOfHome``: police, an interior ministry,
    officials) reports force the sentence does not place ("two Turkish drivers were shot dead
    by gunmen, Iraqi police said"). Not a state that speaks as itself ("Iraq said"), nor its
    foreign ministry, embassy or forces (they tell of events abroad), nor the victims' own
    state (its officials tell of its nationals struck abroad)."""
    source = report(clause_path(args.clause or args.verb), phrases).attributed_to
    gaz = phrases.linker.gaz
    body = gaz.institution_of(source) if source is not None and source.country else None
    if body is None or not body.tells_of_home or any(t.entity.country == source.country for t in targets):
        return None
    # (its state named by its name or nationality, not only by where it speaks: "officials in
    # London" are where the source is, not where the act was)
    named = (
        a.entity.type == "Country" and a.entity.country == source.country and a.kind in ("demonym", "name")
        for t in args.verb.sent
        for a in phrases.linker.actors(t)
    )
    return gaz.country(source.country) if any(named) else None


def _accident(a: Token, lex: EnglishLexicon) -> bool:
    """Is what the act word tells of a death with no attacker (``gk:NotAnAttackCue``: "a gas
    explosion killed", "died in a fire", "the explosion at the mine")? Looked for in the act
    noun's own words, else in the verb's subject and its "in" phrase, so a disaster elsewhere in
    the sentence leaves an attack an attack."""
    if a.pos_ in ("NOUN", "PROPN"):
        causes = [list(a.subtree)]
    else:
        causes = [list(c.subtree) for c in a.children if c.dep_ in SUBJ]
        causes += [list(g.subtree) for c in a.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children]
        causes += _when_causes(a, lex)
    for cause in causes:
        lemmas = [t.lemma_.lower() for t in cause]
        pairs = {" ".join(p) for p in zip(lemmas, lemmas[1:])}
        # ("sniper fire killed two soldiers": a weapon's fire is gunfire, no blaze; gk:WeaponFireCue)
        if (set(lemmas) | pairs) & lex.not_an_attack and not set(lemmas) & lex.weapon_fire:
            return True
    return False


def _when_causes(a: Token, lex: EnglishLexicon) -> list[list[Token]]:
    """What the "when" clause of a killing tells happened: its verb alone and its subject ("were
    killed when their helicopter crashed": a crash; "when a roadside bomb hit their convoy": a
    bomb). Never the clause's object, so "when gunmen opened fire on them" tells of no blaze."""
    out: list[list[Token]] = []
    for clause in a.children:
        if clause.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ in lex.when_clause for c in clause.children):
            out.append([clause])
            out += [list(c.subtree) for c in clause.children if c.dep_ in SUBJ]
    return out


def _state_modifier(actor: EnActor, doc: Doc) -> bool:
    """Is the actor a state's name modifying a common noun ("a US convoy", "the Iraq office"), its
    nation's as a demonym would be, not the place where something happens?"""
    last = doc[actor.end - 1]
    head = last.head
    return (
        actor.entity.type == _PLACES[0]
        and actor.kind == "name"
        and last.dep_ in ("compound", "nmod")
        and head.i >= actor.end
        and head.pos_ == "NOUN"
    )


def _noun(
    a: Token,
    markers: tuple[str, ...],
    phrases: Phrases,
    crowd_act: bool = False,
    mutual: bool = False,
    given: bool = False,
) -> Arguments:
    """A noun trigger: its possessor, "by" or "between" phrase, its "of" phrase; through the
    noun it modifies, the quantity it counts, or the light verb it is the object of. A crowd's
    act (one aimed by default at the crowd's own government) names its crowd in its "of" phrase;
    ``mutual``: a clash, whose victims are one of its sides; ``given``: a thing given, which goes
    where it arrives."""
    subjects, recipients = _noun_subjects(a, markers, phrases, crowd_act)
    # "the invasion of Lebanon", "the release of the hostages": the noun's "of" phrase
    objects = phrases.objects_of(a, (*markers, "of"), include_direct=False)
    agents = {s.entity.id for s in subjects}
    objects = [o for o in objects if o.entity.id not in agents] or _after_agent(a, markers, phrases, agents)
    if mutual and objects and not subjects:
        # "retook the town after days of fighting with X": the clause's subject is the other side
        subjects = _clause_side(a, phrases, {o.entity.id for o in objects})
    if not objects and given and (to := _given_to(a, phrases)):
        givers, objects = to
        subjects = subjects or givers
    elif not objects:
        objects = _target_through_verb(a, markers, phrases)
    how, verb = "noun", a
    if recipients:
        # "Iran faced demands from France": the event is the source's, aimed at the verb's subject
        objects, verb = objects or recipients, a.head
    a, subjects, objects = _carrying_noun(a, markers, phrases, subjects, objects)
    outcome = _undergone_in(a, phrases.lex)
    outcome = outcome_of(a) if outcome is None else outcome
    if outcome is not None and a.doc[outcome].lemma_.lower() not in phrases.lex.participation:
        verb = a.doc[outcome]
        subjects, objects = _victims(verb, subjects, objects, mutual, phrases, _names_sides(a))
    if not subjects and (completed := completed_noun(a, phrases.lex)) is not None:
        # "claimed responsibility for the kidnapping", "took credit for the bombing": the event
        # noun is the light verb's through the noun it completes
        a = completed
    v = _doing_verb(a, phrases) if not subjects else None
    if v is not None and crowd_act and (represses(v, phrases.lex) or _caused_by_act(v, phrases.lex)):
        # "police broke up a demonstration": the crowd's act, not the police's; "the raid by X
        # sparked protests": an act that causes protests is no crowd (X is their target)
        v = None
    if v is not None:
        verb = v
        subjects, how = phrases.verb_subject(v)
        if not subjects and _participates(v, phrases.lex):
            # "Croat units were engaged in attacks on X": who is engaged takes part in the act
            subjects = phrases.expand([c for c in v.children if c.dep_ in PASS_SUBJ])
        # "provide support to Israel": the light verb's recipient
        objects = objects or phrases.objects_of(v, (*markers, *_LIGHT_MARKERS), include_direct=False)
        if not objects and supplied_with(a):
            # "provided the refugees with food aid": the direct object receives it
            objects = phrases.objects_of(v, (), include_direct=True, other_preps=False)
    clause = a.head if a.dep_ == "nsubj" and a.head.pos_ in ("VERB", "AUX") and verb is a else verb
    return Arguments(tuple(subjects), tuple(objects), how, verb, a, False, clause)


def _after_agent(a: Token, markers: tuple[str, ...], phrases: Phrases, agents: set[str]) -> list[EnActor]:
    """A noun trigger's target the parser hung on its "by" phrase ("the bombing by X of Y", "the
    raid by X on Y": the "of"/"on" phrase attaches to X): a phrase of the noun's markers after
    the agent, unless it names the agent's own side ("troops of the Iraqi army")."""
    for c in a.children:
        if c.dep_ == "prep" and c.lower_ in phrases.lex.passive_agent:
            hung = [g for p in c.children if p.dep_ == "pobj" for g in p.children if g.dep_ == "prep" and g.i > p.i]
            # (a phrase of where after the agent, "by protesters in Tehran", is the agent's scene)
            aimed = [g for g in hung if g.lower_ in (*markers, "of") and g.lower_ not in _SCENE_PREPS]
            marked = [x for g in aimed for x in g.children if x.dep_ == "pobj"]
            return [o for o in phrases.expand(marked) if o.entity.id not in agents]
    return []


def _clause_side(a: Token, phrases: Phrases, others: set[str]) -> list[EnActor]:
    """The other side of a clash whose noun names only one ("fighting with X", "clashes with X"),
    in a phrase of when or why of a clause ("retook the town after two days of fighting with
    X", "advanced amid clashes with X"): the clause's own subject, who acts in it. Not for a
    passive or a verb of undergoing (its subject is a victim: ``_victims``), nor a verb of
    saying or judging (a statement about the clash is not a side of it), nor a verb whose object
    names its own act ("held talks"), nor private people
    ("people fled amid clashes with X": those caught in it, no side)."""
    t = a
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
        t = t.head.head  # "two days of fighting"
    # (gk:ClashSidePrepositionCue: with "in", "killed in clashes with X", the subject was in it;
    # without "before", acting before a clash makes no side of it)
    if t.dep_ != "pobj" or t.head.lower_ not in phrases.lex.clash_side_preposition or t.head.dep_ != "prep":
        return []
    verb, lex = t.head.head, phrases.lex
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or any(c.dep_ in (*PASS_SUBJ, "auxpass") for c in verb.children):
        return []
    if lemma in lex.suffered or lemma in lex.reporting or lemma in lex.speech or _judging(verb, lex):
        return []
    if any(c.dep_ == "dobj" and c.lemma_.lower() in lex.single for c in verb.children):
        return []  # "held talks with X during the fighting with Y": its act is its object's, no side
    if _denied_clause(verb, lex):
        return []  # "denied its forces fired during clashes with X": the clash is no denied act
    civilian = sector_groups().civilian
    return [s for s in phrases.verb_subject(verb)[0] if s.entity.id not in others and s.entity.sector not in civilian]


def _denied_clause(verb: Token, lex: EnglishLexicon) -> bool:
    """Is the verb negated, or the complement of a verb of denial ("denied that ... fired")? A
    clash in its phrase of when would take the negation that belongs to the verb's own act."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head.lemma_.lower()
    return verb.dep_ in ("ccomp", "xcomp") and (head in lex.denial or head in lex.negation)


def _caused_by_act(verb: Token, lex: EnglishLexicon) -> bool:
    """Is the verb's subject an event noun ("the raid drew protests")?"""
    return any(c.dep_ in SUBJ and c.lemma_.lower() in lex.single for c in verb.children)


def _noun_subjects(
    a: Token, markers: tuple[str, ...], phrases: Phrases, crowd_act: bool
) -> tuple[list[EnActor], list[EnActor]]:
    """A noun trigger's agents as its own words name them, and the recipients of an act a
    source's "from" phrase names (none where another phrase names the agents): its possessor
    or "by" phrase, a crowd's act's "of" phrase, the source, its "between" phrase, or the noun
    itself as an actor."""
    subjects = phrases.noun_agent(a)
    if not subjects and crowd_act:
        # "broke up a rally of students": the students rally, not whoever breaks it up
        subjects = phrases.expand(of_objects(a))
    if subjects:
        return subjects, []
    sources, recipients = _source(a, markers, phrases)
    subjects = sources or _between_parties(a, phrases)
    if not subjects and a.pos_ == "NOUN":
        # "the kidnappers of two engineers": a noun of the act that names who does it (an actor
        # of its own, gk:Rebels' "kidnappers") is its own agent
        subjects = phrases.linker.actors(a) if phrases.linker.may_name(a) else []
    return subjects, recipients


def _carrying_noun(
    a: Token, markers: tuple[str, ...], phrases: Phrases, subjects: list[EnActor], objects: list[EnActor]
) -> tuple[Token, list[EnActor], list[EnActor]]:
    """The noun that stands in the clause for a noun trigger, with the sides its phrases add
    where the trigger's own named none: the noun the trigger modifies, or the quantity noun
    that counts it."""
    # "a military aid package for Ukraine", "a sanctions bill against Iran": the noun the
    # trigger modifies carries its arguments
    if a.dep_ == "compound" and a.head.pos_ == "NOUN" and a.head.i > a.i:
        a = a.head
        subjects = subjects or phrases.noun_agent(a)
        objects = objects or phrases.objects_of(a, markers, include_direct=False)
    # "a wave of airstrikes on X", "dozens of attacks by Y": the quantity noun stands in the
    # clause for the event noun
    while a.dep_ == "pobj" and quantity_of(a):
        a = a.head.head
        subjects = subjects or phrases.noun_agent(a)
        objects = objects or phrases.objects_of(a, markers, include_direct=False)
    return a, subjects, objects


def _given_to(a: Token, phrases: Phrases) -> tuple[list[EnActor], list[EnActor]] | None:
    """The givers and the recipients of a thing given (a noun trigger that backs its object) that
    the verb it is the subject of says arrived somewhere ("aid from Japan reached Indonesia": from
    whom its "from" phrase names, to where it arrives); None where it arrives nowhere."""
    arrived = _arrived_at(a, phrases)
    if not arrived:
        return None
    return [s for s in phrases.expand(phrase_objects([a], "from")) if s not in arrived], arrived


def _target_through_verb(a: Token, markers: tuple[str, ...], phrases: Phrases) -> list[EnActor]:
    """A noun trigger's target, where its own phrases name none, through the verb it is the
    subject of (it explodes, hits) or the copula that calls something its target; else none."""
    lex = phrases.lex
    verb = a.head
    if a.dep_ == "nsubj" and verb.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in verb.children):
        # "a car bomb exploded outside the consulate": the target is where the event happened
        return phrases.objects_of(verb, markers, include_direct=False, other_preps=False)
    if (holder := _aimed_at(a, lex)) is not None:
        # "the embassy was the target of a bomb attack": whom the copula's subject names
        return phrases.expand([c for c in holder.head.children if c.dep_ in SUBJ])
    if _measure_noun(a, lex) and (hits := _hitting(a, lex)) is not None:
        # "new UN sanctions hit Iran", "a storm of protest hit X": what the act hits is its target
        return phrases.expand([c for c in hits.children if c.dep_ == "dobj"])
    return []


def _victims(
    verb: Token, subjects: list[EnActor], objects: list[EnActor], mutual: bool, phrases: Phrases, named: bool = True
) -> tuple[list[EnActor], list[EnActor]]:
    """The arguments of an event noun a verb of undergoing or an outcome is in: "two soldiers
    were wounded in a bomb attack in Mosul" (the attack's targets, not the place); with ``mutual``
    (a clash) and the party it is "with", "twelve soldiers were killed in clashes with militants"
    (the victims' side faces it); a clash that names no side of its own (not ``named``), undergone
    by two states' forces, was between them."""
    sufferers = [c for c in verb.children if c.dep_ in (*PASS_SUBJ, *SUBJ)]
    victims = phrases.expand(sufferers) or _member_victims(sufferers, phrases)
    if not victims and (joined := conjoined_outcome(verb)) is not None:
        # "three soldiers were killed and six wounded in a bombing": the first verb's subject
        victims = phrases.expand([c for c in joined.children if c.dep_ in PASS_SUBJ])
    if mutual and victims and objects and not subjects:
        return victims, objects
    if mutual and not named and not subjects and not objects and _both_sides(victims, phrases):
        # "Indian and Pakistani soldiers died in clashes": a clash that names no side of its own,
        # undergone by the armed men of two states, was fought between them
        return victims, []
    return subjects, victims or objects


def _member_victims(sufferers: list[Token], phrases: Phrases) -> list[EnActor]:
    """One member of a body, named by the body's word on its noun ("a Hamas commander", "a
    Taliban fighter was killed in a bombing"): the noun names no actor itself, so the body its
    modifier names suffered it, as it does when the act is active ("killed a Hamas commander")
    and the target read with ``places``. A named place is never the one who suffered ("Baghdad
    was rocked")."""
    found = phrases.expand(sufferers, places=True)
    return [v for v in found if v.kind != "place"]


def _names_sides(noun: Token) -> bool:
    """Does the clash noun name a side of its own, linked or not ("clashes with Tuareg rebels",
    "fighting between X and Y")?"""
    return any(c.dep_ == "prep" and c.lower_ in _SIDE_PREPS for c in noun.children)


_SIDE_PREPS = frozenset({"with", "between", "among", "against", "by"})


def _both_sides(victims: list[EnActor], phrases: Phrases) -> bool:
    """Are the victims of a clash the forces or states of two or more states, none of them
    private people ("Indian and Pakistani civilians were killed in clashes": caught in it), on a
    border of theirs? Allies die side by side in a third state's war ("US and British soldiers
    were killed in fighting in Basra"); states whose forces meet on their own border fight each
    other."""
    civilian = sector_groups().civilian
    states = {v.entity.country for v in victims}
    if len(states) < 2 or None in states or any(v.entity.sector in civilian for v in victims):
        return False
    return _on_own_border(victims[0].start, states, phrases)


def _on_own_border(i: int, states: set[str | None], phrases: Phrases) -> bool:
    """Does the sentence of token ``i`` name a border as a place ("along the border", "on their
    frontier") whose words name no state but these ("near the Syrian border": Syria's)?"""
    sent = phrases.linker.doc[i].sent
    borders = [t for t in sent if t.dep_ == "pobj" and t.lemma_.lower() in _BORDERS]
    return any(
        all(
            a.entity.country in states
            for a in phrases.named
            if b.left_edge.i <= a.start and a.end - 1 <= b.right_edge.i and a.entity.country
        )
        for b in borders
    )


def _aimed_at(noun: Token, lex: EnglishLexicon) -> Token | None:
    """The target noun an event noun is the "of" phrase of, as a copula's complement ("X was
    the target of an attack"), or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of":
        return None
    holder = prep.head
    return holder if holder.dep_ == "attr" and holder.lemma_.lower() in lex.targets else None


def _between_parties(a: Token, phrases: Phrases) -> list[EnActor]:
    """ "the ties between Moscow and Pyongyang", "clashes broke out between X and Y": the
    parties, each with the others."""
    holders = [a, a.head] if a.dep_ == "nsubj" else [a]
    between = [
        p
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("between", "among")
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return phrases.expand(between)


def _doing_verb(a: Token, phrases: Phrases) -> Token | None:
    """The verb whose subject does the event noun ``a`` (its object, or its light verb's or a
    verb of joining's prepositional object), or None where the verb does something else to it."""
    if a.dep_ not in ("dobj", "attr", "nsubjpass", "pobj"):
        return None
    v = a.head if a.dep_ != "pobj" else a.head.head
    # ("called the attack illegal": the object of a description is no act of the describer)
    described = a.dep_ == "dobj" and any(c.dep_ == "oprd" for c in v.children)
    # ("lifted the curfew imposed on X": an act stated by its participle is no act of whoever
    # does something to it, only of a light verb's subject)
    described = described or (v.lemma_.lower() not in phrases.lex.light and _participle_stated(a))
    # ("thwarted an attack on X", "avoided talks with X": a verb that keeps the act from
    # happening is not its agent's)
    described = described or v.lemma_.lower() in phrases.lex.negation
    # ("police reported an attack on a convoy": an act told of is another's, gk:ToldActCue)
    described = described or v.lemma_.lower() in phrases.lex.told_acts
    # ("no group has claimed the bombing": a claim denied, the act done by no one named; its
    # negation stays in the claim's clause)
    described = described or disowned_claim(v, phrases.lex)
    # ("gave information on the abductions": a verb with an object of its own takes the
    # event noun of its prepositional phrase as a topic, not as its act)
    joins = _participates(v, phrases.lex) or _carried_on(a, v, phrases.lex) or _fought_by_means(a, v, phrases)
    topic = a.dep_ == "pobj" and any(c.dep_ == "dobj" for c in v.children) and not (joins or supplied_with(a))
    # ("took part in the blockade of X", "participated in raids on X": the subject's act)
    light = (v.lemma_.lower() in phrases.lex.light and not topic) or joins
    # ("condemned the killing of two hostages": who judges an act is not its agent)
    described = described or (not light and _judging(v, phrases.lex))
    return v if v.pos_ in ("VERB", "AUX") and (light or a.dep_ != "pobj") and not described else None


def _judging(verb: Token, lex: EnglishLexicon) -> bool:
    """Is the verb, on its own, a statement about what others do (condemn, praise, protest,
    criticise: gk:aboutDeeds), whose object noun's act is never its subject's?"""
    relations = lex.word_relations.get(verb.lemma_.lower(), ())
    return bool(relations) and all(lex.relations[r].about_deeds for r in relations)


def _measure_noun(noun: Token, lex: EnglishLexicon) -> bool:
    """Is the noun an event of a relation other than a use of force ("sanctions", "criticism")?"""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and any(
        words == (lemma,) and rel not in lex.assaults for words, rel in lex.triggers.get(lemma, ())
    )


def _hitting(noun: Token, lex: EnglishLexicon) -> Token | None:
    """The verb of force the noun is the subject of, itself or through "of" ("a storm of
    protest hit X"), or None."""
    doer = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    return doer.head if doer.dep_ == "nsubj" and _forceful(doer.head, lex) else None


def _hit_by_measure(verb: Token, lex: EnglishLexicon) -> bool:
    """Is the verb's subject, or what it is done with, an act other than force ("sanctions")?"""
    tools = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children]
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    # ("a storm of protest hit X", "a wave of sanctions": the act the phrase counts)
    doers += [p for d in doers for c in d.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    return any(_measure_noun(t, lex) for t in doers) or any(t.dep_ == "pobj" and _measure_noun(t, lex) for t in tools)


def _forceful(verb: Token, lex: EnglishLexicon) -> bool:
    """Is the verb a trigger of a use of force ("hit", "strike")?"""
    return verb.pos_ == "VERB" and any(rel in lex.assaults for _, rel in lex.triggers.get(verb.lemma_.lower(), ()))


def _undergone_in(noun: Token, lex: EnglishLexicon) -> int | None:
    """The verb of undergoing an event noun is in ("two soldiers died in an ambush by X"; not
    "died after talks"): its index, its subject the event's target; else None."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "during"):
        return None
    verb = noun.head.head
    return verb.i if verb.pos_ == "VERB" and verb.lemma_.lower() in lex.suffered else None


def _participates(verb: Token, lex: EnglishLexicon) -> bool:
    """Is the verb one of joining an act ("participate", "join", "take part")?"""
    lemma = verb.lemma_.lower()
    return lemma in lex.participation or any(
        c.dep_ == "dobj" and f"{lemma} {c.lemma_.lower()}" in lex.participation for c in verb.children
    )


def _carried_on(noun: Token, verb: Token, lex: EnglishLexicon) -> bool:
    """Is the noun the act a phrasal verb of going on with carries on ("pushed ahead with an
    offensive against X", "pressed on with raids on X": gk:ParticipationCue's "push ahead")?
    Only in its "with" phrase ("pressed on despite attacks" is no attacker)."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "with" and goes_on(verb, lex)


# prepositions of the means or course of an act ("pushed into X in an offensive", "during a raid")
_MEANS_PREPS = ("in", "during")


def _fought_by_means(noun: Token, verb: Token, phrases: Phrases) -> bool:
    """Is the noun of force the means a state's armed force acts by ("Russian troops pushed
    into Chechnya in an offensive against rebels", "troops stormed the camp during a raid")?
    Then the force is its agent, as it is of "launched an offensive". Only in the active, with
    no agent on the noun itself, never for a verb that tells, judges or suffers the act ("troops
    died in an attack", "the army said in a statement"), and only where every subject is a
    state's armed force: others caught up in an attack are no side of it."""
    lex = phrases.lex
    if noun.dep_ != "pobj" or noun.head.head.i != verb.i:
        return False
    # ("retaliated with air strikes on X": the means of a verb of force, clauses_en._means_of_force)
    if noun.head.lower_ not in _MEANS_PREPS and not (noun.head.lower_ == "with" and _forceful(verb, lex)):
        return False
    if not any(rel in lex.assaults for _, rel in lex.triggers.get(noun.lemma_.lower(), ())):
        return False
    if any(c.dep_ in (*PASS_SUBJ, "auxpass") for c in verb.children) or verb.lemma_.lower() in lex.reporting:
        return False
    if _judging(verb, lex) or verb.lemma_.lower() in lex.negation:
        return False
    if outcome_of(noun) is not None or _undergone_in(noun, lex) is not None:
        return False  # "four soldiers died in a bomb attack": they suffered it
    if any(c.dep_ in ("poss", "agent") or (c.dep_ == "prep" and c.lower_ in lex.passive_agent) for c in noun.children):
        return False  # "during a raid by rebels", "in their attack": the noun names its own agent
    subjects = phrases.expand([c for c in verb.children if c.dep_ in SUBJ])
    return bool(subjects) and all(s.entity.type == "ArmedForce" for s in subjects)


def _participle_stated(noun: Token) -> bool:
    """Is the noun's act stated by a participle on it with no agent ("the curfew imposed on X")?"""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and not any(g.dep_ == "agent" for g in c.children)
               for c in noun.children)  # fmt: skip


def _source(noun: Token, markers: tuple[str, ...], phrases: Phrases) -> tuple[list[EnActor], list[EnActor]]:
    """An event noun that is the object of a verb other than its light verb, with a "from" phrase
    the relation does not take as its object ("faced demands from France", "received aid from
    Japan"): the "from" phrase is its agent (not the verb's subject) and the verb's subject the
    one it is aimed at. Empty lists otherwise."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or "from" in markers or verb.lemma_.lower() in phrases.lex.light:
        return [], []
    # (the parser hangs "from" on a verb of receiving as often as on its noun: "won praise from X")
    holders = (noun, verb) if verb.lemma_.lower() in phrases.lex.receiving else (noun,)
    sources = phrases.expand(phrase_objects(holders, "from"))
    if not sources:
        return [], []
    ids = {s.entity.id for s in sources}
    return sources, [r for r in phrases.verb_subject(verb)[0] if r.entity.id not in ids]


def _reduced_relative(verb: Token) -> Token | None:
    """The noun a verb misparsed as a finite clause describes: a verb standing as another's
    subject with a subject of its own and no agent ("A Dutch engineer shot dead in Basra was
    buried")."""
    if verb.pos_ != "VERB" or verb.dep_ not in (*SUBJ, *PASS_SUBJ):
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _described(a: Token, markers: tuple[str, ...], phrases: Phrases) -> Arguments:
    """A participle describing the noun it acts on, with no agent: no subject, that noun the
    object (else the participle's own)."""
    objects = phrases.expand([a.head], places=True) or phrases.objects_of(a, markers, include_direct=True)
    return Arguments((), tuple(objects), "direct", a, a, True)


def _verb(
    a: Token, markers: tuple[str, ...], own_preps: bool, phrases: Phrases, places: bool = True, direct: bool = True
) -> Arguments:
    """A verb trigger: its subject and object; a passive or a participle with its agent apart.
    With ``own_preps`` the object is found with the relation's own prepositions only; without
    ``direct`` never as the direct object."""
    subjects, how = phrases.verb_subject(a)
    parse = parse_of(a.doc)
    kid_deps = [parse.deps[c] for c in parse.kids[a.i]]  # (read from the arrays: no Token)
    passive = any(d in PASS_SUBJ for d in kid_deps) or "auxpass" in kid_deps or joined_passive(a)
    # "talks mediated by China": a participle with its agent, the noun it modifies its patient
    participle = parse.deps[a.i] == "acl" and a.tag_ == "VBN" and "agent" in kid_deps
    if passive and a.lower_ in phrases.lex.stance_states:
        # "Iran was alarmed by X": the passive subject is in the state, the "by" phrase its object
        # (the parser may hang the subject on the copula, "Chile/nsubj is/auxpass opposed", and
        # with it the clause's modal and condition: its negation and modality are read there)
        copula = next((c for c in a.children if c.dep_ == "auxpass" and any(g.dep_ in SUBJ for g in c.children)), None)
        own = [c for c in a.children if c.dep_ in PASS_SUBJ]
        holders = phrases.expand(own + dependents(copula, SUBJ) if copula is not None else own) or subjects
        objects = phrases.expand(by_agents(a), places=True) or phrases.objects_of(a, markers, include_direct=False)
        return Arguments(tuple(holders), tuple(objects), how, a, a, clause=copula)
    if passive or participle:
        return _passive(a, markers, participle, passive, phrases)
    if _misread_participle(a, phrases.lex):
        return _passive(a, markers, False, True, phrases)
    # force and contact take their target with their own prepositions only: "struck a deal with
    # Russia" strikes nobody, "won the approval of Paris" hosts nobody
    objects = phrases.objects_of(a, markers, include_direct=direct, other_preps=not own_preps, places=places)
    return Arguments(tuple(subjects), tuple(objects), how, a, a)


def _misread_participle(verb: Token, lex: EnglishLexicon) -> bool:
    """A participle the parser read as a finite verb with a subject: one with a "by" agent ("a
    civilian held hostage by militants was found"), or a form only a participle has ("two
    journalists taken hostage in Iraq were freed"), or a bare noun as its predicate ("held
    hostage", ``_bare_predicate``). Its subject is its patient, never its agent."""
    if verb.tag_ not in ("VBD", "VBN") or not any(c.dep_ in SUBJ for c in verb.children):
        return False
    if _bare_predicate(verb, lex):
        return True
    if verb.tag_ != "VBD":
        return False
    form = verb.lower_
    agent = any(c.dep_ == "agent" for c in verb.children)
    return agent or (form != verb.lemma_.lower() and form.endswith(_PARTICIPLE_ENDINGS))


def _bare_predicate(verb: Token, lex: EnglishLexicon) -> bool:
    """Is the word right after a verb read with a subject a bare singular noun of people, or
    its adjective ("X held hostage in Iraq appeared in a video", "held captive")? A count noun
    with no determiner is no object but the predicate of the one held, so the verb is a
    participle ("militants held hostages", plural, stay the captors). The parser hangs it as
    the object or as the subject of the next clause: read by its place."""
    if verb.i + 1 >= len(verb.doc):
        return False
    word = verb.nbor(1)
    return (
        word.tag_ in ("NN", "JJ")
        and word.lemma_.lower() in lex.people
        and not any(k.dep_ in _DETERMINING for k in word.children)
    )


def _patients(a: Token, participle: bool, lex: EnglishLexicon) -> list[Token]:
    """Who undergoes a passive: its passive subject, a misread participle's subject, a
    participle's noun."""
    found = [c for c in a.children if c.dep_ in PASS_SUBJ]
    if not found and not participle and _misread_participle(a, lex):
        found = [c for c in a.children if c.dep_ in SUBJ]
    if not found and joined_passive(a):
        # "were attacked and kidnapped by insurgents": the passive it is joined to names who
        # underwent both
        found = [c for c in a.head.children if c.dep_ in PASS_SUBJ]
    return found or ([a.head] if participle else [])


def _active_gerund(p: Token) -> bool:
    """A gerund complement of a preposition in the active ("of lying", not "of being held")."""
    return p.dep_ == "pcomp" and p.tag_ == "VBG" and not any(c.dep_ == "auxpass" for c in p.children)


def _passive(a: Token, markers: tuple[str, ...], participle: bool, passive: bool, phrases: Phrases) -> Arguments:
    agent = shared_by_agents(a, phrases.lex)
    patients = _patients(a, participle, phrases.lex)
    if not agent:
        # "was accused of corruption by X": the parser hangs the agent on the charge, which is no
        # act of its own (the "by" of "accused of the killing by X" is the killing's); so on an
        # active gerund ("accused of lying by X"), whose own "by" would be a means, never an agent
        agent = [
            x
            for c in a.children
            if c.dep_ == "prep"
            for p in c.children
            if (p.dep_ == "pobj" and p.lemma_.lower() not in phrases.lex.triggers) or _active_gerund(p)
            for b in p.children
            if b.dep_ == "prep" and b.lower_ in phrases.lex.passive_agent
            for x in b.children
            if x.dep_ == "pobj"
        ]
    subjects = phrases.expand(agent)
    if not subjects:
        # "was killed by Israeli gunfire", "was hit by an Iranian missile": the weapon or its
        # fire acts for whose it is, as in the active ("Israeli gunfire killed", verb_subject)
        weapons = phrases.lex.weapon_noun | phrases.lex.weapon_fire
        subjects = [s for n in agent if n.lemma_.lower() in weapons for s in phrases.noun_agent(n)]
    if not subjects:
        # "a mortar bomb was fired at it from Gaza": the source is where it came from
        subjects = phrases.expand(phrase_objects((a,), "from"), places=True)
    if not subjects:
        # "EU penalties were placed on X": the trigger's own noun says whose the act is
        subjects = [s for pt in patients if pt.lemma_.lower() in phrases.lex.triggers for s in phrases.noun_agent(pt)]
        patients = [] if subjects else patients
    if not subjects:
        # "Iran was hit with new UN sanctions": the act it was hit with says whose it is
        tools = [p for c in a.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children]
        subjects = [
            s for t in tools if t.dep_ == "pobj" and _measure_noun(t, phrases.lex) for s in phrases.noun_agent(t)
        ]
    # the patient as the active voice's object is read: "a Nepali engineer was abducted" as
    # "abducted a Nepali engineer", a person named by their nation
    objects = phrases.expand(patients, places=True) or phrases.objects_of(a, markers, include_direct=True)
    if not objects:
        # "evidence against Russia was presented": the object hangs on the patient
        for pt in patients:
            objects = phrases.objects_of(pt, markers, include_direct=False)
            if objects:
                break
    if not objects and participle and a.head.dep_ == "pobj" and a.head.lemma_.lower() in phrases.lex.triggers:
        # "X and Y agreed ... after talks mediated by China": the event noun's parties are the
        # clause's subjects
        clause = a.head.head.head
        if clause.pos_ in ("VERB", "AUX"):
            objects, _ = phrases.verb_subject(clause)
    return Arguments(tuple(subjects), tuple(objects), "direct", a, a, passive)


def _agent_unlinked(trig: Trigger, args: Arguments) -> bool:
    """Does the text name an agent we could not link ("A French Rafale jet bombed ...",
    "its attack")? Then the attackers are not unidentified; "a roadside bombing killed ..." and
    "a man with grenades" name none."""
    a = trig.anchor
    own = [c for c in a.children if c.dep_ in SUBJ and not trig.start <= c.i < trig.end]
    if a.pos_ in ("NOUN", "PROPN"):
        own = [c for c in a.children if c.dep_ in ("poss", "agent")]
        if args.verb is not a:
            own += [c for c in args.verb.children if c.dep_ in SUBJ]
    # (the target is no agent: "two British soldiers died in a bomb attack", the subject of a
    # verb of undergoing, is what the attack struck)
    targets = [(o.start, o.end) for o in args.objects]
    return any(_names(c) for c in own if not any(s <= c.i < e for s, e in targets))


def _names(phrase: Token) -> bool:
    """Does a phrase name someone (a name, or a word of a named entity: "its", "U.S.")?"""
    if phrase.tag_ == "WDT":
        return False  # "an attack that killed two soldiers": "that" stands for the act, no agent
    words = [phrase, *(c for c in phrase.children if c.dep_ in ("compound", "amod", "poss", "nmod"))]
    return any(w.pos_ in ("PROPN", "PRON") or w.ent_type_ in _NAMED for w in words)


def _stimulus(args: Arguments, phrases: Phrases) -> Arguments:
    """ "Washington is concerned by X", "the missile tests alarmed Japan": the one who feels is
    the grammatical object (or passive subject), the cause the subject."""
    a = args.verb
    if args.passive and args.subjects:
        felt = phrases.expand([c for c in a.children if c.dep_ in PASS_SUBJ])
        return Arguments(tuple(felt), args.subjects, args.how, a, a, True)
    if not args.passive and any(c.dep_ == "dobj" for c in a.children):
        felt = phrases.expand([c for c in a.children if c.dep_ == "dobj"])
        return Arguments(tuple(felt), args.subjects, args.how, a, a, False)
    return args


def _speakers_own(objects: list[EnActor], subjects: list[EnActor], trig: Trigger, phrases: Phrases) -> list[EnActor]:
    """The state reporting an assault whose target's owner "its" would be the
    actor itself ("Kenya said that Uganda attacked its border posts": Kenya's posts, no state
    attacks its own); none otherwise, nor where "its own" says so ("attacked its own people")."""
    if trig.relation not in phrases.lex.assaults:
        return []
    doc = phrases.linker.doc
    toks = [doc[o.start] for o in objects]
    if any(t.dep_ != "poss" or any(c.lower_ == "own" for c in t.head.children) for t in toks):
        return []
    clause = possessor_clause(toks[0])
    says = clause.head
    if clause.dep_ != "ccomp" or says.lemma_.lower() not in phrases.lex.reporting:
        return []
    # "protested and said that ...", "closed it after saying that ...": the first verb's subject
    outer = says.head if says.dep_ == "conj" else says.head.head if says.dep_ == "pcomp" else says
    heads = [c for v in (says, outer) for c in v.children if c.dep_ in SUBJ and c.i < says.i]
    own = {s.entity.id for s in subjects}
    speakers = [a for a in phrases.expand(heads) if a.entity.type == "Country" and a.entity.id not in own]
    t = toks[0]
    return [EnActor(speakers[0].entity, t.i, t.i + 1, "pronoun", t.text, t.idx, t.idx + len(t))] if speakers else []


def _defaults(trig: Trigger, args: Arguments, phrases: Phrases, nested: bool) -> Arguments:
    """Objects from around the trigger where it has none of its own (none where its object is an
    inner assertion), and people located in the state where the event happens."""
    objects, how = ([] if nested else list(args.objects)), args.how
    subjects = list(args.subjects)
    if objects and all(o.kind == "pronoun" and o.entity.id in {s.entity.id for s in subjects} for o in objects):
        # "reiterated its demand that X ...": the owner of the act's noun is the subject itself,
        # no target; the target is where the act points
        objects = _speakers_own(objects, subjects, trig, phrases)
    if not objects and not nested:
        objects = _governed_objects(trig, args, subjects, phrases)
    elif not nested and _obligation(trig, phrases.lex):
        # "X told reporters Y must pay Z": the demand is made of Y, the one who must act, not of
        # whom the words are told to (they stay where Y names no other actor: "told Y it must")
        objects = _obliged_subjects(args.head, subjects, phrases) or objects
    if not objects and not nested:
        objects, defaulted = _default_objects(trig, args, subjects, phrases)
        how = "default" if defaulted else how
    rel = phrases.lex.relations[trig.relation]
    if rel.about_deeds and not rel.to_respondent:
        # "rejected a proposal to attack X": the proposal is judged, X is no party to that
        objects = [o for o in objects if not _in_proposed_act(o, trig, args.verb.doc)]
    # (the people a word of the trigger describes are the ones sent or acting: "sent aid workers")
    described = _described_people(trig, phrases.lex)
    objects = [o for o in objects if o.end - 1 not in described]
    subjects, objects = _placed(subjects, args.verb, phrases), _placed(objects, args.verb, phrases)
    return Arguments(tuple(subjects), tuple(objects), how, args.verb, args.head, args.passive, args.clause)


def _obliged_subjects(verb: Token, subjects: list[EnActor], phrases: Phrases) -> list[EnActor]:
    """The actors the subject of a clause of obligation the reporting verb governs names ("told
    reporters Y must Z": Y), other than the verb's own subjects."""
    exclude = {s.entity.id for s in subjects}
    for clause in verb.children:
        if clause.dep_ == "ccomp" and any(_same(obliged_clause(k, phrases.lex), clause) for k in clause.children):
            subj = [c for c in clause.children if c.dep_ in SUBJ or c.dep_ in PASS_SUBJ]
            # ("told reporters its army must withdraw": one's own forces are no other party)
            if any(c.lemma_.lower() in phrases.lex.own_forces for c in subj):
                return []
            return [a for a in phrases.expand(subj) if a.entity.id not in exclude]
    return []


def _governed_objects(trig: Trigger, args: Arguments, subjects: list[EnActor], phrases: Phrases) -> list[EnActor]:
    """ "threatened to halt power supplies to X", "demanded that X cancel": the governed
    clause's target or subject."""
    exclude = {s.entity.id for s in subjects}
    objects: list[EnActor] = []
    if not (_obligation(trig, phrases.lex) and _unnamed_obliged(args.head, phrases)) and not _asked_against_other(
        trig, args.head, phrases
    ):
        # (a threat's clause is the threatener's own act: "warned it would strike X" aims at X)
        own = trig.relation == phrases.lex.threat_relation
        objects = _clause_objects(args.head, phrases, exclude, depth=0, own_act=own)
    rel = phrases.lex.relations[trig.relation]
    # ("expressed its readiness to strike X": a threat's act hangs on the intent's own noun; so
    # does an intended act, "expressed readiness to help X", as "promised to help X" names X)
    aimed = rel.addressee_object or rel.expresses_intent or trig.relation == phrases.lex.threat_relation
    for noun in (c for c in args.head.children if aimed and c.dep_ == "dobj" and trig.start <= c.i < trig.end):
        # "reiterated its demand that X ...": the clause hangs on the trigger's own noun
        objects = objects or _clause_objects(noun, phrases, exclude, depth=0)
    if rel.takes_sides and not rel.addressee_object:
        # "supports sanctioning Iran", "backed sending troops to Iraq": a stance on an act sides
        # with the act's agent (gk:takesSides), never with whom the act is done to or where
        objects = [o for o in objects if not _act_party(o, args.head)]
    return objects


def _asked_against_other(trig: Trigger, verb: Token, phrases: Phrases) -> bool:
    """Is the verb's direct object an addressee named by a noun we cannot link, asked to act
    against another ("urged the council to hit Sudan with sanctions")? The act's target is then
    a third party, never whom the appeal is made to: the appeal has no object we know. (The
    trigger's own noun is no addressee: "signalled readiness to help X".)"""
    asked = [
        c
        for c in verb.children
        if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and not trig.start <= c.i < trig.end
    ]
    acts = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and asked and c.i > asked[0].i]
    return bool(acts) and not phrases.expand(asked) and any(_conflict_verb(a, phrases.lex) for a in acts)


def _conflict_verb(verb: Token, lex: EnglishLexicon) -> bool:
    """Is the verb a word of conflict, verbal or material (a trigger or frame of quad class 3 or
    4: "hit", "impose ... sanctions", "condemn"), by its lemma alone?"""
    lemma = verb.lemma_.lower()
    frames = lex.frames.get(lemma)
    names = {r for _, r in lex.triggers.get(lemma, ())}
    if frames is not None:
        names |= {f.relation for f in frames.bare} | {f.relation for fs in frames.by_noun.values() for f in fs}
    return any(lex.relations[r].is_conflict for r in names if r in lex.relations)


def _act_party(actor: EnActor, head: Token) -> bool:
    """Is the actor a party of an act below ``head`` other than its subject: its object, or
    after one of its prepositions ("sending troops to Iraq")? The subject ("the UN taking over",
    "France and Germany", "Sudan's army") is not; nor is a party of ``head`` itself ("critical
    of Morocco")."""
    t = head.doc[actor.end - 1]
    while t.head.i != t.i and t.head.i != head.i:
        if t.head.pos_ in ("VERB", "AUX"):
            return t.dep_ not in SUBJ and t.dep_ not in PASS_SUBJ
        t = t.head
    return False


def _default_objects(
    trig: Trigger, args: Arguments, subjects: list[EnActor], phrases: Phrases
) -> tuple[list[EnActor], bool]:
    """The objects the context gives a trigger that names none, the first kind found: the
    domestic target, a held place, whom a threat's condition names, the respondent, the
    destination, a protest's purpose or the implied target; True where they are the coders'
    default (``how`` "default")."""
    lex = phrases.lex
    rel = lex.relations[trig.relation]
    # (coercion of a crowd's act lands on its crowd (``_crowds``), none on whom it protested)
    # (never for aid sent "to" someone: the people it sends are no recipient, "sent aid workers
    # to the region"; "armed rebels" still backs a group, ``_backed_against``)
    if not (rel.backs_object and phrase_objects((args.verb,), "to")) and not (
        rel.coerces_persons and _crowds(args.verb, phrases) is not None
    ):
        objects = _domestic_target(args.verb, subjects, phrases)
        if not objects and rel.coerces_persons:
            objects = _people_at_home(args.verb, subjects, phrases)
        if objects:
            return objects, True
    if trig.relation in lex.assaults and (objects := _held_place(args, subjects, phrases)):
        return objects, True
    if trig.relation == lex.threat_relation and (objects := _threatened(args, subjects, phrases)):
        return objects, False
    if rel.to_respondent and (objects := _respondents(args, subjects, phrases)):
        return objects, False
    if rel.contact and "place" in rel.object_kind and (objects := _destination(args, subjects, phrases)):
        # "during his trip after the vote in Nepal": a visit goes where the sentence is
        return objects, False
    implied = rel.implied_target
    if not implied:
        return [], False
    # "marched in Baghdad to protest the US occupation": the purpose clause of the same act
    # names what is protested
    # (the protesters' own state, named as the state, is its government: the default below)
    objects = [
        o
        for o in _purpose_objects(args.verb, trig.relation, phrases, {s.entity.id for s in subjects})
        if not any(_own_state(s, o) for s in subjects)
    ]
    if objects:
        return objects, False
    if not _official_agents(subjects) and not _backers(args.verb, phrases):
        # A protest that names no target addresses the government of the state it happens in
        # (a place named with the verb), else the protesters' own: event coders' convention.
        # A state, its government or an official is no crowd: its protest is an official
        # complaint (gk:officialForm) and one that names no addressee has none.
        return _implied_target(args.verb, subjects, phrases, implied), True
    return [], False


def _threatened(args: Arguments, subjects: list[EnActor], phrases: Phrases) -> list[EnActor]:
    """ "threatened to quit the talks if Washington pressed on": the threatened is whom
    the condition names."""
    condition = condition_clause(args.verb, phrases.lex) or _governed_condition(args.verb, phrases)
    if condition is None:
        return []
    exclude = {s.entity.id for s in subjects}
    return [o for o in phrases.expand([c for c in condition.children if c.dep_ in SUBJ]) if o.entity.id not in exclude]


def _placed(actors: list[EnActor], verb: Token, phrases: Phrases) -> list[EnActor]:
    """People named by their nation, acting or acted on in another state, are that state's
    ("ethnic Hungarians rallied in Slovakia", "troops shot two ethnic Uzbeks in Kyrgyzstan"); an
    ethnic group placed nowhere is no nation's ("ethnic Greeks staged a hunger strike")."""
    where = phrases.event_state(verb)
    if where is not None:
        return [phrases.located(x, where) for x in actors]
    return [x for x in actors if not _ethnic_nation(x, phrases)]


def _ethnic_nation(actor: EnActor, phrases: Phrases) -> bool:
    """Is the actor a nation's demonym after "ethnic" (``gk:EthnicCue``: "ethnic Turks", "ethnic
    Albanians")? An ethnic group lives in some state the text has not placed it in; the nation's
    state it is not."""
    doc = phrases.linker.doc
    return actor.kind == "demonym" and actor.start > 0 and doc[actor.start - 1].lower_ in phrases.lex.ethnic


def _purpose_objects(verb: Token, relation: str | None, phrases: Phrases, exclude: set[str]) -> list[EnActor]:
    """The objects of an infinitive of purpose whose verb is a trigger of the same relation (of
    any verb, for ``relation`` None)."""
    lex = phrases.lex
    for c in verb.children:
        if not to_infinitive(c):
            continue
        if relation is None or relation in lex.word_relations.get(c.lemma_.lower(), ()):
            found = phrases.objects_of(c, lex.markers.get(relation or "", ()), include_direct=True)
            return [f for f in found if f.entity.id not in exclude]
    return []


def _described_people(trig: Trigger, lex: EnglishLexicon) -> set[int]:
    """The heads of people a word of the trigger describes ("sent aid workers"): the ones sent or
    acting, never whom the act is for."""
    doc = trig.anchor.doc
    return {
        t.head.i
        for t in doc[trig.start : trig.end]
        if t.dep_ == "compound" and t.head.i >= trig.end and t.head.lemma_.lower() in lex.people
    }


def _helped(verb: Token, relation: str, phrases: Phrases, exclude: set[str]) -> list[EnActor]:
    """Whom aid or forces go to when an infinitive of helping is the verb's purpose
    (``gk:AidPurposeCue``): the infinitive's object or the subject of the clause under it ("sent
    troops to help Uganda fight the rebels"), else a party its object's phrases name ("sent aid to
    help earthquake victims in Iran"); never the giver itself."""
    c = helping_verb(verb, phrases.lex) if verb.pos_ == "VERB" else None
    if c is None:
        return []
    found = [o for o in phrases.expand(helped_by(c)) if o.entity.id not in exclude]
    if not found:
        markers = phrases.lex.markers.get(relation, ())
        found = [f for f in phrases.objects_of(c, markers, include_direct=True) if f.entity.id not in exclude]
    return found


def _respondents(args: Arguments, subjects: Sequence[EnActor], phrases: Phrases) -> list[EnActor]:
    """Who answers an act named as a noun with its own agent: the subject of the verb it is the
    object of ("Cuba rejected a Spanish request"), the agent of the passive ("the Spanish demand
    was rejected by Cuba"); not a speaker reporting it, nor the light verb of its own agent."""
    noun = args.head
    if args.verb is not noun or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("dobj", "nsubjpass"):
        return []
    verb = noun.head
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma in phrases.lex.reporting or lemma in phrases.lex.light:
        return []
    if noun.dep_ == "dobj":
        found = phrases.verb_subject(verb)[0]
    else:
        found = phrases.expand(by_agents(verb))
    ids = {s.entity.id for s in subjects}
    return [f for f in found if f.entity.id not in ids]


def _governed_condition(verb: Token, phrases: Phrases) -> Token | None:
    """The condition of the clause a threat governs ("threatened to stop X if Y ...")."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp"):
            found = condition_clause(c, phrases.lex)
            if found is not None:
                return found
    return None


def _held_place(args: Arguments, subjects: Sequence[EnActor], phrases: Phrases) -> list[EnActor]:
    """Force against a thing in a place ("fired a shell at a school in Mosul", "shelled
    villages near the border") strikes the state that holds the place, when the attacker is
    another state's."""
    verb = args.verb
    # "fired missiles at a Hamas office": what is fired (gk:WeaponNounCue) is no thing struck
    weapons = phrases.lex.weapon_noun | phrases.lex.weapon_fire
    things = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() not in weapons]
    things += [
        p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"
    ]
    # "fired missiles at Hamas": a party named where the thing struck would stand is the target
    named = [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
    if not things and (parties := phrases.expand(named)):
        return parties
    town = None if things else _unknown_town(verb, phrases)
    things = things or ([town] if town is not None else [])
    if not things or from_abroad(things[0]):
        return []  # (foreign workers are no people of the place they are seized in)
    holders = _holders(things[0], phrases)
    if holders:
        return holders  # "a house used by Hezbollah fighters": theirs
    where = phrases.linker.context_country(things[0], states=False)  # a place, not a state named
    if where is None or not where.country or (town is not None and not _state_named(town, where, phrases)):
        return []
    # (a state's own forces acting at home target no state; its rebels do: "insurgents fired
    # mortars at the Green Zone in Baghdad")
    armed = sector_groups().armed
    if any(
        s.entity.country is None or (s.entity.country == where.country and s.entity.sector not in armed)
        for s in subjects
    ):
        return []
    thing = things[0]
    return [EnActor(where, thing.i, thing.i + 1, "place", thing.text, thing.idx, thing.idx + len(thing.text))]


def _unknown_town(verb: Token, phrases: Phrases) -> Token | None:
    """A name the gazetteer does not know as the direct object of force ("rebels in Congo
    attacked Bukavu"): a place by the parser's reading, or a lone name it takes for a person
    (people attacked are named in full or with a title; a known one is linked already)."""
    for c in verb.children:
        if c.dep_ != "dobj" or c.pos_ != "PROPN" or phrases.linker.actors(c, places=True):
            continue
        lone = not any(k.dep_ in ("compound", "amod", "det", "poss") for k in c.children)
        if c.ent_type_ in ("GPE", "LOC", "FAC") or (c.ent_type_ == "PERSON" and lone):
            return c
    return None


def _state_named(town: Token, where: Entity, phrases: Phrases) -> bool:
    """Does the town's sentence name the state it is placed in (conservative: the story's place
    alone places no unknown name)?"""
    return any(
        a.entity.id == where.id
        for t in town.sent
        if t.pos_ == "PROPN" and t.i != town.i
        for a in phrases.linker.actors(t)
    )


def _holders(thing: Token, phrases: Phrases) -> list[EnActor]:
    """Who a thing is said to be used by or to belong to ("a house used by Hezbollah fighters",
    "a base belonging to the rebels", "a house where members of X were meeting"), or whose a
    name before it says it is ("a Hamas office")."""
    people: list[Token] = []
    for clause in thing.children:
        if clause.dep_ == "acl":
            people += [
                p for c in clause.children if c.dep_ in ("agent", "prep") for p in c.children if p.dep_ == "pobj"
            ]
        elif clause.dep_ == "relcl":
            people += [c for c in clause.children if c.dep_ in SUBJ or c.dep_ in PASS_SUBJ]
    # "a Hamas office", "a Hezbollah base": a name before the thing is whose it is
    people += [c for c in thing.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return phrases.expand(people)


def _destination(args: Arguments, subjects: Sequence[EnActor], phrases: Phrases) -> list[EnActor]:
    """The state of the place the sentence names, when the travellers are another state's."""
    where = phrases.linker.context_country(args.head, states=False)
    if where is None or any(s.entity.country in (where.country, None) for s in subjects):
        return []
    h = args.head
    return [EnActor(where, h.i, h.i + 1, "default", h.text, h.idx, h.idx + len(h.text))]


def _clause_objects(
    head: Token, phrases: Phrases, exclude: set[str], depth: int, own_act: bool = False
) -> list[EnActor]:
    """The target of a clause the trigger governs: its subject (a complement's), else its
    objects, else those of the clauses it governs, three levels down at most. With ``own_act``
    (a threat) a complement whose subject is the trigger's own subject gives its objects."""
    if depth > 3:
        return []

    def keep(found: list[EnActor]) -> list[EnActor]:
        return [f for f in found if f.entity.id not in exclude]

    for clause in head.children:
        if clause.dep_ not in ("xcomp", "ccomp", "acl", "advcl", "acomp", "conj") or (
            clause.dep_ == "advcl" and depth == 0
        ):
            continue
        if clause.dep_ == "conj" and (
            depth > 0
            or clause.pos_ not in ("VERB", "AUX")
            or any(c.dep_ in SUBJ or c.dep_ in PASS_SUBJ for c in clause.children)
            or (_has_object(head) and not _dangling(head))
        ):
            # "signed a pact with and sent envoys to Hanoi": a shared object; a
            # conjunct with a subject of its own is another clause ("..., and France called it")
            continue
        needed = needed_act(clause, phrases.lex) if clause.dep_ == "ccomp" else None
        if needed is not None:
            # "said it is time for Chad to disband its militias": who is to act, never the speaker itself
            return keep(phrases.expand([c for c in needed.children if c.dep_ in SUBJ]))
        if clause.dep_ in ("ccomp", "acl"):
            subj = [c for c in clause.children if c.dep_ in SUBJ or c.dep_ in PASS_SUBJ]
            # ("Sudan said its army must withdraw": one's own forces owned by a pronoun are the
            # owner's; not "its allies", who are others)
            named = phrases.expand(subj) or phrases.expand(
                [
                    p
                    for c in subj
                    if c.lemma_.lower() in phrases.lex.own_forces
                    for p in c.children
                    if p.dep_ == "poss" and p.pos_ == "PRON"
                ]
            )
            if named and not keep(named) and not own_act:
                # "said that they would never bow to X": the clause is about the speaker itself,
                # no target of the speaker's act
                return []
            if named and keep(named):
                return named
        found = keep(phrases.objects_of(clause, _CLAUSE_MARKERS, include_direct=True))
        if found:
            return found
        found = _clause_objects(clause, phrases, exclude, depth + 1)
        if found:
            return found
    return []


def _has_object(verb: Token) -> bool:
    return any(c.dep_ == "dobj" for c in verb.children)


def _dangling(verb: Token) -> bool:
    """Does a preposition of the verb or its object wait for the object a conjunct gives
    ("signed a pact with and sent envoys to X")?"""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(p.dep_ == "prep" and not any(x.dep_ == "pobj" for x in p.children) for h in heads for p in h.children)


def _people_at_home(verb: Token, subjects: Sequence[EnActor], phrases: Phrases) -> list[EnActor]:
    """People named by a common noun of people alone (``gk:PeopleNounCue``: "a man", "three
    suspects"; not "the car") whom an organ that acts only at home (``gk:HomeSectors``: police,
    courts, a government) arrests or holds: people of its own state, where it acts (an army,
    which acts abroad too, gives none; "foreign workers" are no one's people)."""
    home = sector_groups().home
    country = next((s.entity.country for s in subjects if s.entity.country and s.entity.sector in home), None)
    linker = phrases.linker
    state = linker.gaz.country(country) if country else None
    if state is None:
        return []
    where = linker.context_country(verb, states=False)
    if where is not None and where.country != country:
        return []  # a place of another state named: whose people they are is not said
    if _crowds(verb, phrases) is not None:
        return []  # a crowd's act the verb stops: its crowd is the target (``_crowds``)
    for c in verb.children:
        if c.dep_ != "dobj" or c.pos_ != "NOUN" or linker.at.get(c.i) is not None or c.ent_type_:
            continue
        if not in_words(c, phrases.lex.people):
            continue  # a thing ("detained the car") or an act ("broke up a demonstration") is no people
        if from_abroad(c) or owned_by_pronoun(c) or linker.countries_of(c):
            continue
        return [EnActor(state, c.i, c.i + 1, "default", c.text, c.idx, c.idx + len(c.text))]
    return []


def _domestic_target(verb: Token, subjects: Sequence[EnActor], phrases: Phrases) -> list[EnActor]:
    """A group named without a state as the direct object ("Egyptian police dispersed
    demonstrators"): a group of the subject's state, as event coders code domestic events."""
    country = next((s.entity.country for s in subjects if s.entity.country), None)
    if country is None:
        return []
    linker = phrases.linker
    # ("killed two of its soldiers": a part counted out of a whole is the whole's; "its soldiers
    # were killed by X": the passive's subject is what the active's object would be)
    cands = [
        w for c in verb.children if c.dep_ in ("dobj", *PASS_SUBJ) for w in (of_objects(c) if c.pos_ == "NUM" else [c])
    ]
    # "clashed with police": the object of the relation's preposition, also on the event noun
    # a light verb takes ("launched an offensive against militants")
    holders = [verb, *(c for c in cands if c.lemma_.lower() in phrases.lex.single)]
    cands += [
        p
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("with", "against", "on")
        for p in c.children
        if p.dep_ == "pobj"
    ]
    # "insisting that President Bashir step down ...": the subject of the demanded clause
    cands += [s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in SUBJ]
    own = {s.entity.id for s in subjects}
    for c in cands:
        poss = [p for p in c.children if p.dep_ == "poss" and p.pos_ == "PRON"]
        if poss:
            # "an attack on its embassy": whose the pronoun says, never the subject's by default
            owners = [o for o in phrases.expand(poss) if o.entity.id not in own]
            if owners:
                return owners
            continue
        m = linker.at.get(c.i)
        hit = m.first(INSTITUTION) if m is not None else None
        if m is not None and hit is not None and not linker.countries_of(c) and not from_abroad(c):
            ent = linker.gaz.composed(hit.ref, country)
            if ent is not None:
                span = c.doc[m.start : m.end]
                return [EnActor(ent, m.start, m.end, "group", span.text, span.start_char, span.end_char)]
        if c.ent_type_ == "PERSON":
            # a titled person whose state the text does not give
            titled = linker.titled_person(c, country)
            if titled is not None:
                return [titled]
    return []


# Who speaks for a state: its government, ministries, officials. Not its police or soldiers (who
# may march over pay), nor its legislators or judges (an opposition deputy's hunger strike, a
# judges' strike are protests against their own government).


def _official_agents(subjects: Sequence[EnActor]) -> bool:
    """Are the subjects a state or those who speak for it ("Iran", "the Iranian government",
    "Iranian officials"), not a crowd of its people ("Iranians", "students", "police")?"""
    government = sector_groups().government
    return bool(subjects) and all(
        (s.entity.type == "Country" and s.kind != "demonym") or s.entity.sector in government for s in subjects
    )


def _backers(verb: Token, phrases: Phrases) -> bool:
    """Is the verb's subject a crowd of supporters that names whom it backs ("supporters of the
    senator rallied in X", ``gk:SupporterNounCue``)? They gather for that one, not against the
    place's government."""
    return any(
        c.dep_ in SUBJ
        and c.lemma_.lower() in phrases.lex.supporter
        and any(g.dep_ == "poss" or (g.dep_ == "prep" and g.lower_ == "of") for g in c.children)
        and not phrases.backed_opposition(c)  # "supporters of the opposition": the opposition itself
        for c in verb.children
    )


def _implied_target(verb: Token, subjects: Sequence[EnActor], phrases: Phrases, institution: str) -> list[EnActor]:
    linker = phrases.linker
    country: str | None = None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "at", "outside", "throughout", "across"):
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                for a in linker.actors(p, places=True):
                    country = country or a.entity.country
    if country is None:
        country = next((s.entity.country for s in subjects if s.entity.country), None)
    if country is None:
        return []
    gov = linker.gaz.composed(institution, country)
    if gov is None:
        return []
    return [EnActor(gov, verb.i, verb.i + 1, "default", verb.text, verb.idx, verb.idx + len(verb.text))]


def pairs(trig: Trigger, args: Arguments, phrases: Phrases, nested: bool) -> tuple[list[tuple], str]:
    """The (subject, object or None) pairs the trigger asserts, and how they were found: every
    subject with every object; a compound subject of a reciprocal relation or an agreement with
    each other ("The US and Jordan met", "... agreed"), never of a one-way act ("Bush and Kerry
    bowed to ..."); a subject alone where the relation may go without an
    object (``gk:objectKind``). None where the relation needs an object and has none: an event
    coder's "hidden default" is what over-generation is made of."""
    rel = phrases.lex.relations[trig.relation]
    subj_ids = {s.entity.id for s in args.subjects}
    objects = [o for o in args.objects if o.entity.id not in subj_ids]
    if nested:
        return [(s, None) for s in args.subjects], args.how
    # ("Israeli troops and Palestinian gunmen traded fire in Gaza": a place is no side of a clash
    # between the sides its compound subject names)
    # ("Egypt and Syria restored ties with Jordan": a state named as the other side is no scene)
    doc = phrases.linker.doc
    between = len(subj_ids) > 1 and rel.symmetric and all(_place(o) and not _side(o, doc) for o in objects)
    if objects and not between:
        return [(s, o) for s in args.subjects for o in objects], args.how
    if len(subj_ids) > 1 and (rel.symmetric or rel.expresses_intent):
        subjects = _home_sides(args.subjects, phrases)
        out = [(s, o) for k, s in enumerate(subjects) for o in subjects[k + 1 :] if s.entity.id != o.entity.id]
        return out, "reciprocal"
    if len(subj_ids) > 1 and _halted_between(trig, args, phrases):
        # "Hamas and Israel halted attacks": each stops its force against the other
        out = [(s, o) for s in args.subjects for o in args.subjects if s.entity.country != o.entity.country]
        return out, "reciprocal"
    if len(subj_ids) > 1 and each_other(args.verb):
        # "Sudan and Chad accused each other": each does it to the others
        out = [(s, o) for s in args.subjects for o in args.subjects if s.entity.id != o.entity.id]
        return out, "reciprocal"
    if rel.object_optional:
        return [(s, None) for s in args.subjects], args.how
    return [], args.how


def _halted_between(trig: Trigger, args: Arguments, phrases: Phrases) -> bool:
    """Is the trigger a verb of stopping with its act's noun (a frame: "halted attacks"), done
    by sides of different states? Then each stops it against the other; sides of one state
    ("Hamas and Islamic Jihad halted attacks") stop theirs against someone unnamed."""
    lex = phrases.lex
    lemma = trig.anchor.lemma_.lower()
    stops = trig.end - trig.start > 1 and (lemma in lex.cessation or lemma in lex.force_cessation)
    states = {s.entity.country for s in args.subjects}
    return stops and lex.relations[trig.relation].object_optional and None not in states and len(states) > 1


def _home_sides(subjects: Sequence[EnActor], phrases: Phrases) -> list[EnActor]:
    """Two sides of one state's talks or truce ("Sudan and the rebels resumed talks in Abuja"):
    a group whose state only the place gave is the one named state's."""
    states = {s.entity.country for s in subjects if s.entity.type == "Country"}
    if len(states) != 1:
        return list(subjects)
    state = states.pop() or ""
    out = []
    for s in subjects:
        slug = s.entity.id.partition("-")[2]
        home = phrases.linker.gaz.composed_by_id(f"{state.lower()}-{slug}") if phrases.contextual(s) else None
        out.append(replace(s, entity=home) if home is not None else s)
    return out


def _backed_against(subject: EnActor, group: EnActor, context: Context, phrases: Phrases) -> EnActor | None:
    """ "Uganda is arming rebels, Kenya said": a state backing a group apart from any state
    (``gk:standsApartFromState``) backs it against another state; a group the context gave the
    backer's own state is the accuser's or speaker's state, else the one other state the
    sentence names; with none, no group (None). ``group`` is a contextual group."""
    state = subject.entity.country
    slug = group.entity.id.partition("-")[2]
    gaz = phrases.linker.gaz
    if (
        state is None
        or group.entity.country != state
        or not any(i.apart and i.slug == slug for i in gaz.institutions.values())
    ):
        return group
    said = context.attributed_to.country if context.attributed_to is not None else None
    others = [said] if said and said != state else []
    others = others or list(
        dict.fromkeys(a.entity.country for a in phrases.named if a.entity.country not in (None, state))
    )
    home = gaz.composed_by_id(f"{others[0].lower()}-{slug}") if len(others) == 1 else None
    return replace(group, entity=home) if home is not None else None


def candidates(
    trig: Trigger, args: Arguments, context: Context, sent: Text, phrases: Phrases, nested: Candidate | None = None
) -> list[Candidate]:
    """One candidate per pair (each pair once), with the event's context; the object of an
    assertion about an assertion is ``nested``."""
    found, how = pairs(trig, args, phrases, nested is not None)
    trig_span = sent.doc[trig.start : trig.end]
    out: list[Candidate] = []
    seen: set[tuple[str, str]] = set()
    backs = phrases.lex.relations[trig.relation].backs_object
    # restricting a crowd is coded even at home ("police dispersed demonstrators", gk:RepressionCue)
    repressed = trig.relation == phrases.lex.repression_relation
    commercial = sector_groups().commercial
    for s, o in found:
        if o is not None and backs and phrases.contextual(o):
            o = _backed_against(s, o, context, phrases)
            if o is None:
                continue  # rebels of no other state: no self-sponsorship
        key = (s.entity.id, o.entity.id if o else "")
        if key in seen or (
            o is not None
            and (
                _same_actor(s.entity, o.entity)
                or (not repressed and _domestic(s, o, phrases))
                or (trig.relation in phrases.lex.assaults and _local_people(s, o, phrases))
            )
        ):
            continue
        if s.entity.sector in commercial:
            continue  # a company's deals and flights are business, no relation of its state
        if _obligation(trig, phrases.lex) and o is not None and _own_state(s, o):
            continue  # "X said its country must ...": a state's policy stated, no demand
        seen.add(key)
        relation = _agent_form(trig.relation, s, phrases.lex)
        conf = CONFIDENCE.get(how, 0.7)
        if s.kind == "pronoun" or (o is not None and o.kind == "pronoun"):
            conf = min(conf, CONFIDENCE["pronoun"])
        if o is None and nested is None:
            conf -= 0.1
        out.append(
            Candidate(
                relation=relation,
                subject=s,
                object=nested if nested is not None else o,
                sentence_start=sent.start_char,
                sentence_end=sent.end_char,
                trigger_start=trig_span.start_char,
                trigger_end=trig_span.end_char,
                polarity=context.polarity,
                modality=context.modality,
                attributed_to=context.attributed_to,
                future=context.future,
                confidence=round(conf, 2),
            )
        )
    return out


def labour_strike(trig: Trigger, args: Arguments, sent: Text, lex: EnglishLexicon) -> bool:
    """Is the use of force a strike noun ("strike", no "air" or "missile" before it) whose
    subjects are all people of no armed force and no state organ ("workers launched a strike in
    Lagos", "teachers held strikes")? Then it is a labour strike (``gk:StrikeCue``), a protest;
    an army's, a state's or an armed group's strikes stay uses of force."""
    if lex.strike_relation is None or trig.relation not in lex.assaults or not args.subjects:
        return False
    words = [t for t in sent.doc[trig.start : trig.end] if t.pos_ != "VERB"]
    if len(words) != 1 or words[0].pos_ != "NOUN" or words[0].lemma_.lower() not in lex.strike:
        return False
    return _labour(args)


def peacekeepers_arriving(trig: Trigger, args: Arguments, lex: EnglishLexicon) -> bool:
    """Is the trigger a visit ("arrived in", a contact with a place) whose subjects are all
    peacekeepers (``gk:PeacekeeperCue``)?"""
    rel = lex.relations[trig.relation]
    keepers = lex.peacekeeping
    if not keepers.relation or not rel.contact or "place" not in rel.object_kind or not args.subjects:
        return False
    doc = trig.anchor.doc
    return all(_head_phrase(doc[s.end - 1]) & keepers.words for s in args.subjects)


def _head_phrase(head: Token) -> set[str]:
    """The head noun's lemma, alone and with the compound or adjective before it."""
    lemma = head.lemma_.lower()
    before = [c for c in head.children if c.dep_ in ("compound", "amod") and c.i == head.i - 1]
    return {lemma, *(f"{c.lemma_.lower()} {lemma}" for c in before), *(f"{c.lower_} {lemma}" for c in before)}


def stopped_labour_strike(trig: Trigger, args: Arguments, sent: Text, lex: EnglishLexicon) -> bool:
    """Is the trigger a verb of stopping (``gk:CessationCue``, ``gk:ForceCessationCue``) over a
    strike noun whose subjects are people of no armed force and no state organ ("workers called
    off their strike", "teachers suspended the strike")? Stopping a labour strike is no act
    between actors; an army's or a state's halted strikes stay a de-escalation."""
    if not args.subjects or trig.relation in lex.assaults or trig.relation == lex.strike_relation:
        return False
    span = sent.doc[trig.start : trig.end]
    nouns = [t for t in span if t.pos_ == "NOUN" and t.lemma_.lower() in lex.strike]
    verbs = {
        f"{t.lemma_.lower()} {p.lower_}" if p is not None else t.lemma_.lower()
        for t in span
        if t.pos_ == "VERB"
        for p in (next((c for c in t.children if c.dep_ == "prt"), None),)
    }
    return bool(nouns) and bool(verbs & lex.stopping) and _labour(args)


def _labour(args: Arguments) -> bool:
    """Are the subjects all people of no armed force and no state organ (workers, teachers)?"""
    sectors = sector_groups()
    return all(
        s.entity.type == "Group" and s.entity.sector not in sectors.armed and s.entity.sector not in sectors.state
        for s in args.subjects
    )


def unwarned(trig: Trigger, args: Arguments, sent: Text, lex: EnglishLexicon) -> bool:
    """Is the trigger a noun of warning (``gk:WarningCue``) that names no one warned: no actor
    as its object, only a place or the default one? What one warns of, with no one warned, is
    no threat."""
    words = sent.doc[trig.start : trig.end]
    if trig.relation != lex.warning_relation or not any(
        t.pos_ == "NOUN" and t.lemma_.lower() in lex.warning for t in words
    ):
        return False
    return all(o.kind in ("place", "default") for o in args.objects)


def _agent_form(relation: str, subject: EnActor, lex: EnglishLexicon) -> str:
    """The relation as its agent's kind codes it: an armed group does not arrest, it abducts
    (``gk:nonStateForm``: "Hezbollah fighters captured two soldiers"); a state or its institution
    or its government that protests complains officially (``gk:officialForm``: "Iran protested
    to Britain"), while people named by their nation are a crowd ("thousands of Egyptians
    protested"), and so are its lawmakers, police or soldiers (walkouts, strikes)."""
    rel = lex.relations[relation]
    ent = subject.entity
    if rel.nonstate_form is not None and ent.type == "ArmedGroup":
        return rel.nonstate_form
    official = (ent.type == "Country" and subject.kind != "demonym") or ent.sector in sector_groups().government
    return rel.official_form if rel.official_form is not None and official else relation


def _same_actor(a: Entity, b: Entity) -> bool:
    return a.id == b.id


def _obligation(trig: Trigger, lex: EnglishLexicon) -> bool:
    """A demand read from "X said Y must ..." (``clauses_en.obligations``), at the reporting verb."""
    return trig.relation == lex.obligation_relation and trig.anchor.lemma_.lower() in lex.reporting


def _unnamed_obliged(verb: Token, phrases: Phrases) -> bool:
    """Does a clause "Y must Z" the reporting verb governs have a subject Y that names no actor
    ("said its partners must commit extra forces to X")? The demand is on Y, never on a party Z's
    words name (X is where the troops go), so it has no object."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or not any(
            _same(obliged_clause(c, phrases.lex), clause) for c in (clause, *clause.children)
        ):
            continue
        subj = [c for c in clause.children if c.dep_ in SUBJ or c.dep_ in PASS_SUBJ]
        # (one's own forces owned by a pronoun are the owner's: "its army must withdraw")
        own = [c for c in subj if c.lemma_.lower() in phrases.lex.own_forces]
        if subj and not own and not phrases.expand(subj):
            return True
    return False


def _same(tok: Token | None, other: Token) -> bool:
    """Are the two the same word of the Doc (spaCy makes a new Token object at each access)?"""
    return tok is not None and tok.i == other.i


def _own_state(subject: EnActor, obj: EnActor) -> bool:
    """Is the object the subject's own state, named as the state?"""
    return (
        obj.entity.type == "Country"
        and subject.entity.country is not None
        and obj.entity.country == subject.entity.country
    )


def _domestic(subject: EnActor, obj: EnActor, phrases: Phrases | None = None) -> bool:
    """What an actor does to private persons of its own state (riot police and demonstrators, a
    bomb among a town's people, an inquiry into deaths in custody) is domestic crime and order,
    out of the scope of relations between actors; done to members of armed groups, or to
    foreigners, it is in; and so is what attackers a word names do to people the text names by
    their state ("gunmen attacked Iraqi civilians"), a one-sided event as event coders code it,
    unlike people only counted where it happened ("killed five people in X"). Attackers only the
    act implies stay out (coders leave them without a state)."""
    if obj.entity.country != subject.entity.country or subject.entity.country is None:
        return False
    sectors = sector_groups()
    armed = subject.entity.sector in sectors.armed and subject.kind != "default"
    if armed and phrases is not None and not phrases.contextual(obj):
        return False
    if obj.entity.sector in sectors.civilian:
        return True
    # a state's own organ or official acting on the state itself, named by a pronoun ("his country
    # would not abandon its claim"): no relation between two actors
    if obj.kind == "pronoun" and obj.entity.type == "Country" and subject.entity.sector in sectors.state:
        return True
    # a state acting on an organ whose state only the context gave ("Serbia refused to hand him
    # over to the tribunal"): its own organ is domestic, and the guess of whose it is, unsure
    official = subject.entity.type == "Country" or subject.entity.sector in sectors.state
    return official and obj.entity.sector in sectors.state and phrases is not None and phrases.contextual(obj)


def _local_people(subject: EnActor, obj: EnActor, phrases: Phrases) -> bool:
    """Is the object of an act of force private people of the subject's own state that only the
    place names ("gunmen shot dead a shopkeeper in Baghdad", "two local traders", "killed a
    teacher in Mosul": the town standing for the teacher)? Violence against local private persons
    is out of scope. People named by their state ("Iraqi civilians", ``_domestic``), officials,
    police and soldiers stay; so do private people of another state than the attacker's ("US
    forces killed three people near Ramadi")."""
    if subject.entity.country is None or obj.entity.country != subject.entity.country:
        return False
    people = _placed_people(obj, phrases)
    if people is None:
        return False
    return not (phrases.linker.countries_of(people, preps=("of",)) or from_abroad(people))


def _placed_people(obj: EnActor, phrases: Phrases) -> Token | None:
    """The noun of private people the object stands for: the people themselves (a civilian or
    commercial group, or their state read off the place), or the place they were struck in."""
    doc, lex = phrases.linker.doc, phrases.lex
    head = doc[obj.end - 1]
    sectors = sector_groups()
    if head.pos_ == "NOUN" and in_words(head, lex.people):
        private = obj.entity.sector in sectors.civilian | sectors.commercial
        return head if private or (obj.entity.type in _PLACES and obj.entity.sector is None) else None
    if not _scene(obj, doc):
        return None
    holder = head.head.head  # "a teacher in Mosul", "killed a teacher in Mosul"
    nouns = [holder] if holder.pos_ == "NOUN" else [c for c in holder.children if c.dep_ == "dobj"]
    people = [n for n in nouns if in_words(n, lex.people) and phrases.linker.at.get(n.i) is None]
    return people[0] if people and len(people) == len(nouns) else None


def hyphenated(sent: Text, phrases: Phrases) -> list[Candidate]:
    """Events written as a hyphenated adjective on their object: "the U.S.-backed government"
    (the US supports it), "Iranian-armed militias", "a Qatari-brokered truce". The word after the
    hyphen is a trigger's participle, the words before it name the subject."""
    out: list[Candidate] = []
    for tok in sent:
        if tok.dep_ not in ("amod", "compound"):
            continue
        if "-" in tok.text[1:-1]:  # "U.S.-backed", one token
            prefix, _, participle = tok.text.rpartition("-")
            words = [c.text for c in tok.lefts if c.dep_ in ("compound", "amod")] + [prefix]
        elif tok.i >= sent.start + 2 and tok.nbor(-1).text == "-":  # "Iranian - backed"
            participle, words = tok.text, [tok.nbor(-2).text]
        else:
            continue
        relation = _participle_relation(participle.lower(), phrases, tok.head)
        if relation is None:
            continue
        subject = _named_by(words, tok, phrases)
        found = phrases.linker.actors(tok.head) or _event_parties(tok.head, phrases)
        objects = [o for o in found if subject is None or o.entity.id != subject.entity.id]
        if subject is None or not objects or _domestic(subject, objects[0]):
            continue
        for o in objects:
            out.append(
                Candidate(
                    relation=relation,
                    subject=subject,
                    object=o,
                    sentence_start=sent.start_char,
                    sentence_end=sent.end_char,
                    trigger_start=tok.idx,
                    trigger_end=tok.idx + len(tok.text),
                    confidence=CONFIDENCE["noun"],
                )
            )
    return out


def _event_parties(noun: Token, phrases: Phrases) -> list[EnActor]:
    """The parties of an event noun ("a truce between X and Y"; "X and Y agreed to a truce",
    "X and Y resumed talks"): whom a hyphenated "Egyptian-brokered" acts on."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in phrases.lex.single:
        return []
    between = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "between" for p in c.children]
    if between:
        return phrases.expand([p for p in between if p.dep_ == "pobj"])
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return []
    subjects, _ = phrases.verb_subject(verb)
    return subjects if len(subjects) > 1 else []


def _participle_relation(participle: str, phrases: Phrases, noun: Token) -> str | None:
    """The relation of the one-word trigger a past participle is of ("backed" -> "back"), else
    of the frame its verb makes with the noun it describes ("sponsored talks" mediates)."""
    if not participle.endswith("ed"):
        return None
    lemmas = (participle[:-2], participle[:-1], participle[:-3], participle[:-3] + "y")
    for lemma in lemmas:
        relations = phrases.lex.word_relations.get(lemma)
        if relations:
            return relations[0]
    for lemma in lemmas:
        frames = phrases.lex.frames.get(lemma)
        fits = [f for f in frames.by_noun.get(noun.lemma_.lower(), ()) if not f.reverse] if frames else []
        if fits and not fits[0].particle and not fits[0].preposition:
            return fits[0].relation
    return None


def _named_by(words: list[str], tok: Token, phrases: Phrases) -> EnActor | None:
    """The state, body or person the words before a hyphen name ("U.S.", "Iranian", "Syrian")."""
    gaz = phrases.linker.gaz
    for hit in gaz.lookup(english_words(" ".join(words)), "en"):
        ent = gaz.get(hit.ref)
        if ent is not None and ent.type not in _PLACES[1:]:
            if ent.type != "Country" and ent.country and hit.kind == "demonym":
                ent = gaz.country(ent.country) or ent
            return EnActor(ent, tok.i, tok.i + 1, "name", tok.text, tok.idx, tok.idx + len(tok.text))
    return None
