"""The English lexicon: the ontology's English triggers (lemma sequences) and the cue words the
English relation rules consult, by role (``Ontology.cue_set``). Built once per pipeline by the
English relation component (``EnglishLexicon.build``: a few milliseconds)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from geokg.ontology import Cue, CueSet, Ontology, Relation
from geokg.ontology.frames import Frame

__all__ = ["CodedWords", "EnglishLexicon", "VerbFrame", "VerbFrames"]


# the fields that are the words of the cue of the same name (``EnglishLexicon._add_plain_cues``)
_SAME_NAMED_CUES = (
    "denial",
    "foiling",
    "stop_foiling",
    "claiming",
    "weapon_fire",
    "weapon_noun",
    "follower_noun",
    "not_an_attack",
    "future",
    "reporting",
    "allegation",
    "hypothetical",
    "deliberation",
    "condition",
    "actor_object",
    "topic_object",
    "force_object",
    "deed_noun",
    "supporter",
    "seat_abroad",
    "instigation",
    "instigation_prep",
    "arrival",
    "holding",
    "counting",
    "ethnic",
    "necessity",
    "aid_purpose",
    "sports",
    "speech",
    "unnamed_actor",
    "acquittal",
    "dismissal",
    "claim_noun",
    "obligation",
    "cessation",
    "participation",
    "receiving",
    "force_cessation",
    "own_forces",
    "repression",
    "suffered",
    "leading",
    "when_clause",
    "passive_agent",
    "topic_preposition",
    "reason_preposition",
    "clash_side_preposition",
    "beside_event_preposition",
)
# field -> the cue whose words it holds, where their names differ
_RENAMED_CUES = {
    "freeing": "freeing_noun",
    "conformity": "conformity_noun",
    "pending": "pending_clause",
    "stimulus": "stimulus_subject",
    "people": "people_noun",
    "targets": "target_noun",
    "crowd": "crowd_noun",
    "amount": "quantity_noun",
    "aims": "aim_noun",
    "appeals": "appeal_noun",
    "told_acts": "told_act",
}


@dataclass(frozen=True)
class VerbFrame:
    """A frame of a verb (``Ontology.frames``): its particle, the lemmas of its object noun (or
    noun class), the preposition before that noun, the preposition before the target, and
    whether the target acts on the subject ("X faced criticism from Y")."""

    relation: str
    particle: str | None
    nouns: frozenset[str]
    preposition: str | None
    object_marker: str | None
    modifiers: frozenset[str]
    reverse: bool
    # the lemmas the head noun of the verb's subject must be ("&AIRCRAFT * POUND"); empty: any
    subjects: frozenset[str] = frozenset()


@dataclass(frozen=True)
class VerbFrames:
    """A verb's frames: by the lemma (or compound) of their object nouns, and those with none."""

    by_noun: dict[str, tuple[VerbFrame, ...]]
    bare: tuple[VerbFrame, ...]
    # the prepositions before the object noun of the frames with one (None: a direct object): a
    # noun after another preposition fits none of them, and is not looked at
    preps: frozenset[str | None]


@dataclass(frozen=True)
class CodedWords:
    """A cue's English words and the relation they code (``gk:codesAs``)."""

    words: frozenset[str] = frozenset()
    relation: str | None = None


@dataclass
class EnglishLexicon:
    relations: dict[str, Relation] = field(default_factory=dict)
    # first lemma → [(lemma tuple, relation)] longest first
    triggers: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    markers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # (noun lemma, relation) -> the prepositions that name a nominal event's target ("threat
    # against", "accusation against": the nominal frames of triggers_en), beside the relation's own
    noun_markers: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    # of those, the ones a statement's noun keeps though they name a scene elsewhere ("dismay at")
    aimed_markers: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    # participles of the "be X" triggers ("be concerned", "be opposed"): "was alarmed by X", "is
    # opposed to X" are states of their subject about X, no passives of another's act
    stance_states: frozenset[str] = frozenset()
    negation: frozenset[str] = frozenset()
    negating_preps: frozenset[tuple[str, ...]] = frozenset()  # ("rather", "than")
    denial: frozenset[str] = frozenset()
    # "foiled an attack": verbs by which another keeps the act from happening (gk:FoilingCue)
    foiling: frozenset[str] = frozenset()
    stop_foiling: frozenset[str] = frozenset()  # "stopped an attack": foiled
    claiming: frozenset[str] = frozenset()  # "claimed the bombing": owning an act (gk:ClaimingCue)
    weapon_fire: frozenset[str] = frozenset()  # "sniper fire": gunfire, no blaze (gk:WeaponFireCue)
    # "killed by Israeli gunfire": the weapon acts for whose it is (gk:WeaponNounCue)
    weapon_noun: frozenset[str] = frozenset()
    follower_noun: frozenset[str] = frozenset()  # "Zarqawi's group" (gk:FollowerNounCue)
    # "a gas explosion killed": causes of death with no attacker (gk:NotAnAttackCue)
    not_an_attack: frozenset[str] = frozenset()
    future: frozenset[str] = frozenset()
    reporting: frozenset[str] = frozenset()
    allegation: frozenset[str] = frozenset()
    hypothetical: frozenset[str] = frozenset()
    hope: frozenset[str] = frozenset()
    # "is considering a withdrawal": the act under thought is hypothetical (gk:DeliberationCue)
    deliberation: frozenset[str] = frozenset()
    condition: frozenset[str] = frozenset()
    # "before", "until": a present-tense clause of one under an obligation or the future is not
    # done yet
    pending: frozenset[str] = frozenset()
    sports: frozenset[str] = frozenset()
    speech: frozenset[str] = frozenset()
    acquittal: frozenset[str] = frozenset()  # "cleared of bombing": the act not done (gk:AcquittalCue)
    dismissal: frozenset[str] = frozenset()  # "rejected claims that": the claim denied (gk:DismissalCue)
    claim_noun: frozenset[str] = frozenset()  # "claims", "reports" a dismissal denies (gk:ClaimNounCue)
    unnamed_actor: frozenset[str] = frozenset()  # "security sources said": who speaks for whom its words name
    stimulus: frozenset[str] = frozenset()
    # verbs whose object act is another's, told of ("police reported an attack": gk:ToldActCue)
    told_acts: frozenset[str] = frozenset()
    obligation: frozenset[str] = frozenset()
    cessation: frozenset[str] = frozenset()  # "eased pressure on": the act noun is not done
    # "were involved in mass expulsions", "took part in the blockade": the subject joins the act,
    # it does not undergo it
    participation: frozenset[str] = frozenset()
    # "won praise from X", "received a warning from X": verbs by which the subject receives the
    # act its object names from the actor of their "from" phrase
    receiving: frozenset[str] = frozenset()
    # nouns of what an act is aimed at ("target", "site"): "X was the target of an attack"
    targets: frozenset[str] = frozenset()
    force_cessation: frozenset[str] = frozenset()  # "ended its raids": so for acts of force
    # nouns of one's armed forces ("its troops", "the army"): the addressee of an order who carries
    # it out for the one who gave it
    own_forces: frozenset[str] = frozenset()
    # "dispersed a protest": a crowd's act its object is, not the subject's (with particles)
    repression: frozenset[str] = frozenset()
    repression_relation: str | None = None  # what the subject does to the crowd
    crowd: frozenset[str] = frozenset()  # "police dispersed demonstrators": a crowd repressed
    leading: frozenset[str] = frozenset()  # "the group led by X": the noun stands for X's party
    amount: frozenset[str] = frozenset()  # "80 percent of the debt": the noun after "of" counts
    suffered: frozenset[str] = frozenset()  # "died in an ambush": the subject is the act's target
    people: frozenset[str] = frozenset()  # nouns of people ("worker": an "aid worker" is no aid)
    # the noun of people a demonym used alone stands for in frames ("seized two Americans")
    national: str | None = None
    # words that are triggers on their own ("attack", "killing"): a noun among them names an act
    single: frozenset[str] = frozenset()
    # the relations of each such word, as a trigger on its own
    word_relations: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the relations a use of force in a speech, and a reported obligation, are coded as
    speech_relation: str | None = None
    obligation_relation: str | None = None
    passive: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    # light verbs whose object noun carries the event ("launched an attack"): first words
    light: frozenset[str] = frozenset()
    # nouns of aim whose infinitive is their owner's act ("plans to withdraw", "a bid to improve")
    aims: frozenset[str] = frozenset()
    # nouns of an appeal whose infinitive is the act asked of another ("ignored calls to withdraw")
    appeals: frozenset[str] = frozenset()
    # "both countries", "the two sides": (head lemma, its modifiers)
    pairs: dict[str, frozenset[str]] = field(default_factory=dict)
    # relations of the PLOVER type of the uses of force (assaults, bombings, attempts on lives):
    # what unidentified attackers do
    assaults: frozenset[str] = frozenset()
    # the relation of a threat: its complement is the threatener's own act, hypothetical
    threat_relation: str | None = None
    # verbs of getting ready ("prepared to attack X": a show of force), of making another act
    # ("forced X to": coercion), telling it to ("told X to": a demand) or letting it ("allowed X
    # to": yielding), and words laying an act at a clause subject's door ("said X was behind the
    # attack": an accusation); each with the relation it codes
    preparation: CodedWords = field(default_factory=CodedWords)
    coercion: CodedWords = field(default_factory=CodedWords)
    directive: CodedWords = field(default_factory=CodedWords)
    permission: CodedWords = field(default_factory=CodedWords)
    responsibility: CodedWords = field(default_factory=CodedWords)
    # peacekeepers: arriving somewhere they protect its state ("peacekeepers arrived in Darfur")
    peacekeeping: CodedWords = field(default_factory=CodedWords)
    # verbs of overcoming an enemy: under an intent word a threat ("vowed to destroy the rebels")
    hostile_act: frozenset[str] = frozenset()
    # conjunctions of a condition another must meet ("unless"), and what an act made on one is
    ultimatum: CodedWords = field(default_factory=CodedWords)
    # verbs of warning, and the relation a warning to an actor is coded as ("warned Israel")
    warning: frozenset[str] = frozenset()
    warning_relation: str | None = None
    # the nouns of a strike, and what one done by workers or students is ("went on a strike")
    strike: frozenset[str] = frozenset()
    strike_relation: str | None = None
    # verbs whose own trigger needs an actor as direct object ("called Putin"; gk:ActorObjectCue)
    actor_object: frozenset[str] = frozenset()
    # what such a word is as a noun that asks for an act ("calls from France to halt"): an appeal
    actor_object_noun: str | None = None
    # verbs whose direct object is their topic, never a party ("discussed Iran with Putin")
    topic_object: frozenset[str] = frozenset()
    # verbs whose own trigger needs forces as direct object, if any ("withdrew its troops")
    force_object: frozenset[str] = frozenset()
    # nouns of a deed that are no trigger ("the military action against X": X suffers it)
    deed_noun: frozenset[str] = frozenset()
    # nouns of those who back someone ("supporters of X rallied": a rally for X, no protest)
    supporter: frozenset[str] = frozenset()
    # nouns of a state's seat abroad ("an embassy in Kampala": the host is the partner)
    seat_abroad: frozenset[str] = frozenset()
    # nouns of asking or ordering in an adverbial phrase ("on the orders of X": X is no object)
    instigation: frozenset[str] = frozenset()
    # verbs of getting to a place ("aid from Japan reached Indonesia": the place's state receives it)
    arrival: frozenset[str] = frozenset()
    # participles of holding a place ("the town, held by X": force on it strikes X)
    holding: frozenset[str] = frozenset()
    # words that count the people of their "of" phrase ("hundreds of protesters"), as written
    counting: frozenset[str] = frozenset()
    # words before a demonym that make it an ethnic group ("ethnic Turks": no nation's state)
    ethnic: frozenset[str] = frozenset()
    # prepositions of a phrase of why or by whose word ("on the orders of X"; gk:InstigatorCue)
    instigation_prep: frozenset[str] = frozenset()
    # nouns and adjectives of necessity over a "for ... to" clause ("it is time for X to")
    necessity: frozenset[str] = frozenset()
    # verbs of helping as the purpose of aid or forces sent (whom they go to: "to help X"), and
    # what forces sent to help are
    aid_purpose: frozenset[str] = frozenset()
    aid_purpose_relation: str | None = None
    # nouns of setting persons free ("demanded the release of X": X is freed, not asked)
    freeing: frozenset[str] = frozenset()
    # nouns an act follows after "according to" ("according to the plan"): no source
    conformity: frozenset[str] = frozenset()
    # conjunctions of a clause of when ("were killed when a bomb exploded": the scene of a killing)
    when_clause: frozenset[str] = frozenset()
    # prepositions of a passive's or an act noun's agent ("the raid by X")
    passive_agent: frozenset[str] = frozenset()
    # prepositions of a topic ("talks on X": no party) and of a reason ("sanctioned X for its
    # support of Y": the owner is the one blamed)
    topic_preposition: frozenset[str] = frozenset()
    reason_preposition: frozenset[str] = frozenset()
    # prepositions of a clash beside a clause's act ("killed in clashes with X") and of an event
    # beside a verb's act in time ("advanced amid clashes", "before the talks")
    clash_side_preposition: frozenset[str] = frozenset()
    beside_event_preposition: frozenset[str] = frozenset()
    # verb lemma -> its frames (ontology/triggers_en.ttl)
    frames: dict[str, VerbFrames] = field(default_factory=dict)

    @classmethod
    def build(cls, ontology: Ontology) -> EnglishLexicon:
        lex = cls(relations=dict(ontology.relations))
        lex._add_triggers(ontology)
        cues = ontology.cue_set
        lex._add_plain_cues(cues)
        lex.speech_relation = cues.speech.codes_as
        lex.obligation_relation = cues.obligation.codes_as
        for role in (
            "preparation",
            "coercion",
            "directive",
            "permission",
            "responsibility",
            "peacekeeping",
            "ultimatum",
        ):
            cue = getattr(cues, role)
            setattr(lex, role, CodedWords(_words(cue), cue.codes_as))
        lex.hostile_act = _words(cues.hostile_act)
        lex.warning = _words(cues.warning)
        lex.warning_relation = cues.warning.codes_as
        lex.strike = _words(cues.strike)
        lex.strike_relation = cues.strike.codes_as
        lex.light = frozenset(w.split()[0] for w in _words(cues.auxiliary_verb))
        pairs: dict[str, set[str]] = {}
        for phrase in _words(cues.pair_anaphor):
            *mods, head = phrase.split()
            lemma = head[:-3] + "y" if head.endswith("ies") else head[:-1] if head.endswith("s") else head
            pairs.setdefault(lemma, set()).update(m for m in mods if m != "the")
        lex.pairs = {head: frozenset(mods) for head, mods in pairs.items()}
        force = {r.plover for r in ontology.relations.values() if r.use_of_force and r.plover}
        lex.assaults = frozenset(r.name for r in ontology.relations.values() if r.plover in force)
        lex.frames = _verb_frames(ontology, lex.triggers)
        lex.noun_markers = _noun_markers(ontology, lex.markers)
        lex.aimed_markers = {
            key: aimed for key, found in lex.noun_markers.items() if (aimed := tuple(set(found) & _SCENE_MARKERS))
        }
        # (a "be X" trigger names the copula: its participle is the subject's state, not a
        # passive of another's act, "is opposed to X", "was alarmed by X")
        lex.stance_states = frozenset(
            w[1] for w, _ in lex.triggers.get("be", ()) if len(w) == 2 and w[1].endswith("ed")
        )
        lex.threat_relation = next(
            (
                r.name
                for r in ontology.relations.values()
                if r.complement_agent == "subject" and r.complement_modality == "hypothetical"
            ),
            None,
        )
        return lex

    def _add_plain_cues(self, cues: CueSet) -> None:
        """The fields that are one cue's words, or two cues' joined or parted, as written."""
        for name, cue in (*((n, n) for n in _SAME_NAMED_CUES), *_RENAMED_CUES.items()):
            setattr(self, name, _words(getattr(cues, cue)))
        negation = _words(cues.negation) - _words(cues.denial)
        self.negation = frozenset(w for w in negation if " " not in w)
        # "rather than V-ing", "instead of V-ing": the alternative not taken
        self.negating_preps = frozenset(tuple(w.split()) for w in negation if len(w.split()) == 2)
        self.hope = _words(cues.hope) | _words(cues.expectation)
        self.actor_object_noun = cues.actor_object.codes_as
        self.aid_purpose_relation = cues.aid_purpose.codes_as
        self.repression_relation = cues.repression.codes_as
        self.national = min(_words(cues.national), default=None)

    @cached_property
    def controlling(self) -> dict[str, str]:
        """Verb lemma -> the relation of making, telling or letting another act (coercion,
        directive, permission: ``clauses_en.controlling_verbs``), built once, not per sentence."""
        cues = (self.coercion, self.directive, self.permission)
        return {w: cue.relation for cue in cues if cue.relation for w in cue.words}

    @cached_property
    def stopping(self) -> frozenset[str]:
        """Words of stopping an act of any kind or of force (``gk:CessationCue``,
        ``gk:ForceCessationCue``), joined once, not per trigger."""
        return self.cessation | self.force_cessation

    @cached_property
    def accusing(self) -> frozenset[str]:
        """Verbs that report or allege (``gk:ReportingCue``, ``gk:AllegationCue``): who says Y
        was behind an act accuses Y. Joined once, not per token."""
        return self.reporting | self.allegation

    def frame_markers(self, relation: str, lemmas: Iterable[str]) -> tuple[str, ...]:
        """The relation's object markers and, for these words of a verb + noun trigger, the
        markers their nominal frames aim a statement with ("expressed dismay at X":
        ``aimed_markers``; the others, "opposition to", are read as before)."""
        own = (m for w in lemmas for m in self.aimed_markers.get((w, relation), ()))
        return (*(self.markers.get(relation) or ()), *own)

    def _add_triggers(self, ontology: Ontology) -> None:
        by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for rel in ontology.relations.values():
            if rel.kind != "interaction":
                continue
            for trig in rel.triggers.get("en", ()):
                words = tuple(trig.lower().replace("-", " - ").split())
                by_first.setdefault(words[0], []).append((words, rel.name))
            self.markers[rel.name] = tuple(rel.object_markers.get("en", ()))
        for items in by_first.values():
            items.sort(key=lambda x: -len(x[0]))
        self.triggers = by_first
        for first, items in by_first.items():
            alone = tuple(rel for words, rel in items if len(words) == 1)
            if alone:
                self.word_relations[first] = alone
        self.single = frozenset(self.word_relations)
        # Two-word "verb noun" triggers also read "noun ... verb" (the passive): ("sanction", "impose")
        for items in by_first.values():
            for words, rel in items:
                if len(words) == 2:
                    self.passive.setdefault(words[1], []).append(((words[1], words[0]), rel))


def _verb_frames(ontology: Ontology, triggers: dict[str, list[tuple[tuple[str, ...], str]]]) -> dict[str, VerbFrames]:
    """The frames of verbs, by verb lemma (the nominal frames restate noun triggers). A verb and
    noun that are a trigger of geokg.ttl keep its relation ("send troops" is a deployment, not
    the peer's military aid)."""
    out: dict[str, list[VerbFrame]] = {}

    def lemmas(word: str | None, cls: str | None) -> frozenset[str]:
        words = [word] if word else list(ontology.noun_class(cls)) if cls else []
        return frozenset(w.lower() for w in words)

    for f in ontology.frames("en"):
        if f.verb is None or f.relation not in ontology.relations:
            continue
        own = {w[1] for w, r in triggers.get(f.verb.lower(), ()) if len(w) == 2 and r != f.relation}
        nouns = lemmas(f.noun, f.noun_class) - own - {w[:-1] for w in own if w.endswith("s")}
        if (f.noun or f.noun_class) and not nouns:
            continue  # every noun of the frame is geokg's own trigger with the verb
        subjects = lemmas(None, f.subject_class)
        if subjects and not nouns and not f.particle and _broader_than_plain(f, ontology, triggers):
            continue  # "&MILITARY * CLASH" (190): troops clashing still clash (193), the verb's own
        if not nouns and not f.particle and not subjects and (f.preposition or f.object_marker):
            if not _hosting_marker(f, ontology, triggers):
                continue  # (a verb with only a marker codes nothing the plain verb does not)
        # (a verb alone, VERB_TRIGGERS of build_triggers_en: "press", "storm", matched as verbs only)
        frame = VerbFrame(
            f.relation,
            f.particle,
            nouns,
            f.preposition,
            f.object_marker,
            lemmas(f.modifier, f.modifier_class),
            f.reverse,
            subjects,
        )
        out.setdefault(f.verb.lower(), []).append(frame)
    return {verb: _by_noun(frames) for verb, frames in out.items()}


def _noun_markers(ontology: Ontology, markers: dict[str, tuple[str, ...]]) -> dict[tuple[str, str], tuple[str, ...]]:
    """The target markers of the nominal frames (no verb), by noun lemma and relation, where
    the relation's own markers lack them; a place's preposition ("the attack in X") stays a
    scene, never a target, and "between" names the sides (``arguments_en``), not a target. A
    statement (no material act) takes place nowhere: its frame's "at" or "into" is whom it
    is aimed at ("dismay at X", "an inquiry into X")."""
    out: dict[tuple[str, str], set[str]] = {}
    for f in ontology.frames("en"):
        if f.verb is not None or not f.object_marker or f.object_marker in _SIDE_MARKERS:
            continue
        if f.object_marker in _SCENE_MARKERS and ontology.relations[f.relation].is_material:
            continue
        if f.object_marker in markers.get(f.relation, ()):
            continue
        for noun in ontology.noun_class(f.noun_class) if f.noun_class else [f.noun] if f.noun else []:
            out.setdefault((noun.lower(), f.relation), set()).add(f.object_marker)
    return {key: tuple(sorted(found)) for key, found in out.items()}


_SCENE_MARKERS = frozenset({"in", "into", "at", "near", "off", "between"})
_SIDE_MARKERS = frozenset({"between"})


def _plain_relations(f: Frame, triggers: dict[str, list[tuple[tuple[str, ...], str]]]) -> set[str]:
    """The relations the frame's verb codes alone, as a one-word trigger."""
    return {r for words, r in triggers.get(f.verb.lower(), ()) if len(words) == 1}


def _broader_than_plain(f: Frame, ontology: Ontology, triggers: dict[str, list[tuple[tuple[str, ...], str]]]) -> bool:
    """Does a frame code only the broader relation of the verb's own plain sense ("troops
    clash": attacks, 190, where "clash" alone is the finer clash, 193)?"""
    plain = _plain_relations(f, triggers)
    return any(ontology.relations[r].parent == f.relation for r in plain if r in ontology.relations)


def _hosting_marker(f: Frame, ontology: Ontology, triggers: dict[str, list[tuple[tuple[str, ...], str]]]) -> bool:
    """A marker-only frame of a contact event on a verb whose plain sense codes another act, a
    spoken one: "welcomed X to the capital" hosts X (043), where "welcomed X" alone is praise (051)."""
    if not f.object_marker or f.preposition or not ontology.relations[f.relation].contact:
        return False
    plain = _plain_relations(f, triggers)
    # (a verb of a material act keeps it: "returned the prisoners from X" is no visit)
    material = any(ontology.relations[r].is_material for r in plain if r in ontology.relations)
    return bool(plain) and f.relation not in plain and not material


def _by_noun(frames: list[VerbFrame]) -> VerbFrames:
    by_noun: dict[str, list[VerbFrame]] = {}
    for f in frames:
        for noun in f.nouns:
            by_noun.setdefault(noun, []).append(f)
    return VerbFrames(
        {n: tuple(fs) for n, fs in by_noun.items()},
        tuple(f for f in frames if not f.nouns),
        frozenset(f.preposition for f in frames if f.nouns),
    )


def _words(cue: Cue) -> frozenset[str]:
    """A cue's English words, lower-cased."""
    return frozenset(w.lower() for w in cue.words("en"))
