"""English rules, stage 1: triggers and the clauses they head.

A trigger is a match of one of the ontology's English lemma sequences (``gk:enTrigger``) in a
sentence, with room for determiners and adjectives ("imposed new sanctions on"); ``find_triggers``
keeps them non-overlapping. Around a trigger the parse gives its clause: the chain of heads above
it (``clause_chain``), the nearest other trigger that governs it (``governor``), whether an intent
word controls it (``controlled``), whether it is background (``backgrounded``: a relative or
adverbial clause), and the path by which reporting, negation and modality are read
(``clause_path``). ``plan`` turns a sentence's triggers into ``Clause`` values: which are coded,
which is an intended act, which yields to it.

Every value here is frozen; each function returns new values.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from geokg.ontology import Relation, sector_groups
from spacy.tokens import Doc, Span, Token

from .entities_en import EnglishLinker, in_words
from .lexicon_en import EnglishLexicon, VerbFrame
from .parse_en import ParseArrays, parse_of, phrase_objects
from .phrases_en import (
    SUBJ,
    WHEN,
    given_names,
    indefinite,
    marked_infinitive,
    of_objects,
    stranded_subject,
    to_infinitive,
)

__all__ = [
    "Clause",
    "counted",
    "Sentence",
    "Text",
    "Step",
    "Trigger",
    "backgrounded",
    "clause_chain",
    "clause_path",
    "condition_clause",
    "controlled",
    "find_triggers",
    "governor",
    "halted_fighting",
    "obligations",
    "obliged_clause",
    "of_objects",
    "out_of_scope",
    "outcome_of",
    "outcome_when",
    "plan",
    "posture_verb",
    "quantity_of",
    "speech_act",
    "asking_noun",
    "aid_purpose",
    "answered",
    "answers",
    "controlling_verbs",
    "for_to_clause",
    "for_to_subjects",
    "helped_by",
    "helping_forces",
    "helping_verb",
    "lemmas_of",
    "necessities",
    "needed_act",
    "noun_lemma",
    "represses",
    "responsibility",
    "supplied_with",
]

_TRIGGER_POS = ("VERB", "NOUN", "PROPN", "ADJ", "AUX")
_NAME_ENTS = frozenset(
    {"ORG", "DATE", "TIME", "GPE", "PERSON", "LOC", "FAC", "NORP", "WORK_OF_ART", "LAW", "PRODUCT", "EVENT"}
)
# The dependencies a clause path climbs: complements, adverbial and noun-modifying clauses,
# conjuncts and the objects of prepositions ("by attacking").
_PATH_DEPS = ("xcomp", "ccomp", "advcl", "pcomp", "conj", "acl", "pobj")
# A match score, "2-1" or "3 - 1" (spaCy splits it into three tokens); not a date (2024-10-02).
_SCORE = re.compile(
    r"(?<![\d\-–/.])\d{1,2} ?[-–] ?\d{1,2}(?![\d\-–/.%])"
    r"(?! ?(?:hours?|days?|weeks?|months?|years?|minutes?|km|kilomet|miles?|percent|people|times|dead|killed))"
)
_OUTCOME_PREPS = ("in", "during", "by")
# How a clause of the act that killed is joined to the killing ("killed after insurgents ..."),
# besides the when-clause cue (gk:WhenClauseCue) as an adverb
_OUTCOME_MARKS = frozenset({("mark", "after")})
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)(s|'s)?\b")


@dataclass(frozen=True)
class Sentence:
    """A content sentence with its tokens and text read once: spaCy makes a new ``Token`` on
    every index into a Span and a new string on every ``.text``. Indexes, iterates and measures
    like the Span (``sent[k]``, ``for t in sent``, ``sent.start``, ``sent.doc``)."""

    span: Span
    tokens: tuple[Token, ...]
    text: str

    @classmethod
    def of(cls, span: Span, doc_text: str | None = None) -> Sentence:
        """``doc_text``: the Doc's text where the caller has it already (a slice of it costs
        less than ``Span.text``)."""
        text = span.text if doc_text is None else doc_text[span.start_char : span.end_char]
        return cls(span, tuple(span), text)

    @functools.cached_property
    def parse(self) -> ParseArrays:
        """The Doc's parse as arrays (``parse_en``), read once per Doc."""
        return parse_of(self.span.doc)

    @functools.cached_property
    def lemmas(self) -> tuple[str, ...]:
        """The tokens' lower-cased lemmas (the trigger matcher and the scope tests read them
        all), from the Doc's arrays."""
        span = self.span
        return tuple(self.parse.lemmas[span.start : span.end])

    def __len__(self) -> int:
        return len(self.tokens)

    def __getitem__(self, k: int) -> Token:
        return self.tokens[k]

    def __iter__(self) -> Iterator[Token]:
        return iter(self.tokens)

    @property
    def doc(self) -> Doc:
        return self.span.doc

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    @property
    def start_char(self) -> int:
        return self.span.start_char

    @property
    def end_char(self) -> int:
        return self.span.end_char


# What the stages read a sentence as: a Span, or the same with its tokens read once.
Text = Span | Sentence


def lemmas_of(sent: Text) -> tuple[str, ...]:
    """The sentence's lower-cased lemmas (a ``Sentence`` reads them once)."""
    return sent.lemmas if isinstance(sent, Sentence) else tuple(t.lemma_.lower() for t in sent)


@dataclass(frozen=True)
class Trigger:
    """A trigger match: ``relation`` at Doc tokens [start, end), ``anchor`` the head of its words."""

    relation: str
    start: int
    end: int
    anchor: Token
    # a frame's: the target acts on the subject ("X faced criticism from Y"); the preposition
    # that introduces the target ("appealed for aid to X")
    reverse: bool = False
    marker: str | None = None
    # an act of any kind made a threat by an unmet condition on it (``ultimatums``)
    ultimatum: bool = False

    def retyped(self, relation: str) -> Trigger:
        return Trigger(relation, self.start, self.end, self.anchor, self.reverse, self.marker, self.ultimatum)


@dataclass(frozen=True)
class Clause:
    """A trigger to code, with its place among the sentence's others: ``intended`` an act an
    intent word governs ("agreed to provide aid": expected); ``governs`` for an intent word, the
    anchors of the intended acts it yields to (it is dropped when one of them is coded);
    ``background`` a relative or adverbial clause."""

    trigger: Trigger
    intended: bool = False
    governs: tuple[int, ...] = ()
    background: bool = False
    # the accusation whose complement this act is ("accused Israel of attacking"): the act is the
    # accused's, alleged by the accuser
    alleged_by: Trigger | None = None


@dataclass(frozen=True)
class Step:
    """One token on a clause path: ``same_clause`` while the climb has only passed control
    (xcomp, and acomp of an adjective over it) and coordination (a conjunct with no subject or
    tense of its own); ``exit`` the dependency by which the climb leaves it for its head (None:
    the path ends there)."""

    token: Token
    same_clause: bool
    exit: str | None


# --- triggers ----------------------------------------------------------------------------------


_AGENT_ENTS = ("NORP", "GPE", "ORG", "PERSON")  # what names an act's agent before its noun


def _candidates(
    sent: Text, lex: EnglishLexicon, nationals: frozenset[int]
) -> tuple[list[tuple[int, int, int, list[int], str]], dict[int, tuple[VerbFrame, int]]]:
    """Every match of a frame or a trigger, overlapping: (-words, span, start, word indices,
    relation) for ranking, and the frames by the id of their matched words, with their verb."""
    lemmas = lemmas_of(sent)
    cands: list[tuple[int, int, int, list[int], str]] = []  # (-words, span, start, idx, rel)
    framed: dict[int, tuple[VerbFrame, int]] = {}  # id of a frame's matched words -> (frame, verb)
    present: set[str] | None = None
    start = sent.start
    parse = parse_of(sent.doc)
    for k, lemma in enumerate(lemmas):
        if lemma in lex.frames and parse.pos[start + k] == "VERB":
            for idx, frame in _frame_matches(sent[k], lex, sent.start, nationals):
                framed[id(idx)] = (frame, k)
                # (a subject the frame names counts as one of its words: it outranks the plain verb;
                # so does a modifier it asks of its noun: "came under mortar fire" is the frame of
                # "mortar", before the bare noun's)
                words = len(idx) + bool(frame.subjects) + bool(frame.modifiers)
                cands.append((-words, idx[-1] - idx[0], idx[0], idx, frame.relation))
        if lemma not in lex.triggers and lemma not in lex.passive:
            continue  # (most words: no Token looked at)
        if _in_name(sent[k], k):
            continue
        if present is None:
            # the words as the matchers compare them: lemmas, lower-cased texts, plurals' stems
            present = {*lemmas, *parse.lower[start : start + len(lemmas)], *(w + "s" for w in lemmas)}
        cands.extend(_matches_at(sent, lemmas, k, lex, present))
    return cands, framed


def find_triggers(sent: Text, lex: EnglishLexicon, nationals: frozenset[int] = frozenset()) -> list[Trigger]:
    """Trigger matches, non-overlapping: more words first, then the tighter match ("provide
    humanitarian aid" is "humanitarian aid", not "provide aid"), then the earlier one.
    ``nationals``: the tokens that name people by their nation alone ("two Americans")."""
    cands, framed = _candidates(sent, lex, nationals)
    found: list[Trigger] = []
    used: set[int] = set()
    for _, _, _, idx, rel in sorted(_reframed(cands, framed, lex), key=lambda c: c[:3]):
        if any(i in used for i in idx):
            continue
        toks = [sent[i] for i in idx]
        idx_abs = {x.i for x in toks}
        anchor = next((t for t in toks if (h := t.head.i) not in idx_abs or h == t.i), toks[0])
        pos = anchor.pos_
        if pos not in _TRIGGER_POS:
            continue
        # (a one-word verb's dependents, read once)
        kids = list(anchor.children) if pos == "VERB" and len(idx) == 1 else []
        if any(_describes(c, rel, lex) for c in kids):
            continue  # "called it a war crime", "named him envoy": a description, not the act
        if id(idx) not in framed and (
            _joins_act(anchor, lex) or _receives_act(anchor, lex) or _carries(anchor, idx_abs, rel, lex)
        ):
            # "returned to talks with X": the talks are the act, nothing is handed back; "received
            # praise from X": the praise is the act (X's), no visitor is received
            continue
        if anchor.dep_ == "compound" and anchor.head.lemma_.lower() in lex.people:
            continue  # "an aid worker", "a peace envoy": a person, not the event
        if any(c.dep_ == "prt" for c in kids):
            continue  # a particle the trigger does not name makes another verb ("free up troops")
        force = lex.relations[rel].is_material_conflict
        if id(idx) not in framed and (_stopped(anchor, lex, force) or _ended(anchor, rel, lex)):
            # "eased pressure on X", "stopped air strikes on X": the act is not done; "the
            # suspension of aid to X" is suspending it, as the frame of the verb "suspend" codes it
            halted = _halted_as(anchor, rel, lex)
            if halted is not None:
                used.update(idx)
                found.append(Trigger(halted, toks[0].i, toks[-1].i + 1, anchor))
            if len(idx) == 1 and _two_sided_force(lex.relations[rel]):
                used.update(idx)  # "ended clashes with X": the clashes took place (_fighting_stopped)
                found.append(Trigger(rel, toks[0].i, toks[-1].i + 1, anchor))
            continue
        used.update(idx)
        repressed = _repression(anchor, rel, lex) if id(idx) not in framed else None
        if repressed is not None:
            found.append(repressed)  # "police broke up a rally": the police restrict the crowd
        if id(idx) in framed:
            frame, verb = framed[id(idx)]
            # "air strikes hit Hamas positions": the frame's object is the target ("hit positions",
            # 193), the subject's act the means (195)
            rel = _finer_force(sent[verb], rel, lex, sibling=True) if frame.nouns and frame.preposition is None else rel
            # (a frame of a marker alone only asks for it: "welcomed X to Paris" hosts X, not Paris)
            marker = frame.object_marker if frame.nouns or frame.particle or frame.subjects else None
            found.append(Trigger(rel, toks[0].i, toks[-1].i + 1, sent[verb], frame.reverse, marker))
            if _cessation({sent[verb].lemma_.lower()}, lex, True):
                found.extend(_fighting_stopped(cands, idx, rel, lex, sent))
        else:
            # "Israeli airstrikes hit X": a plain verb of force (190) done by a finer act (195)
            rel = _finer_force(anchor, rel, lex) if len(idx) == 1 and pos == "VERB" else rel
            found.append(Trigger(rel, toks[0].i, toks[-1].i + 1, anchor))
    found.extend(_crowd_repressed(sent, lex, used))
    found.sort(key=lambda t: t.start)
    return _named_means(found, lex)


def _root_code(rel: Relation) -> bool:
    """Whether the relation is coded by its CAMEO root alone (190, a plain attack)."""
    return rel.cameo is not None and len(rel.cameo) == 3 and rel.cameo.endswith("0")


def _modifies(mod: Trigger, noun: Trigger) -> bool:
    """Whether the words of ``mod`` are modifiers before ``noun``'s one noun ("car bomb" of
    "attack"), hung on it or on each other."""
    anchor = noun.anchor
    if noun.end - noun.start != 1 or anchor.pos_ != "NOUN" or mod.end != noun.start:
        return False
    toks = anchor.doc[mod.start : mod.end]
    inside = {t.i for t in toks}
    return all(t.dep_ in ("compound", "amod", "nmod") and (t.head.i in inside or t.head == anchor) for t in toks)


def _named_means(found: list[Trigger], lex: EnglishLexicon) -> list[Trigger]:
    """A plain act of force whose noun is modified by a trigger of a finer act of force is
    that act: "a car bomb attack" is a bombing, "a roadside bomb attack" too (the compound's
    modifier names the means, read through the trigger index, no phrase listed)."""
    out: list[Trigger] = []
    for trig in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _refines_force(lex.relations[prev.relation], lex.relations[trig.relation])
            and _modifies(prev, trig)
        ):
            out[-1] = replace(trig, relation=prev.relation, start=prev.start)
        else:
            out.append(trig)
    return out


def _refines_force(finer: Relation, plain: Relation) -> bool:
    """Whether ``finer`` is an act of force coded finer than ``plain``, one coded by its root alone."""
    return plain.is_material_conflict and finer.is_material_conflict and _root_code(plain) and not _root_code(finer)


def _finer_force(verb: Token, relation: str, lex: EnglishLexicon, sibling: bool = False) -> str:
    """The relation of the verb of force's subject where that names a use of force of a finer
    code ("airstrikes hit X": an air strike, 195, refines the verb's attack, 190), else the
    verb's. Not a subject with sides of its own ("battles between X and Y killed 27"). With
    ``sibling`` (the verb's code comes from its object, the target) any other code of the same
    root: the subject names the means ("air strikes hit positions" is 195, not 193)."""
    if relation not in lex.assaults:
        return relation
    mine = lex.relations[relation]
    for noun in (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"):
        if any(c.dep_ == "prep" for c in noun.children):
            continue
        # (the longest name first: "air strikes" is the air strike, not a strike)
        names = sorted({tuple(name.split()) for name in _noun_names(noun, noun.lemma_.lower())}, key=len, reverse=True)
        for _, rel in (t for name in names for t in lex.triggers.get(name[0], ()) if t[0] == name):
            other = lex.relations[rel]
            if rel in lex.assaults and (
                other.refines(mine)
                or (sibling and rel != relation and other.cameo_root == mine.cameo_root and not mine.refines(other))
            ):
                return rel
    return relation


def represses(verb: Token, lex: EnglishLexicon) -> bool:
    """Is the verb one of acting against a crowd's act ("disperse", "break up", "ban")?"""
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return lemma in lex.repression or any(f"{lemma} {p}" in lex.repression for p in particles)


def _repression(anchor: Token, relation: str, lex: EnglishLexicon) -> Trigger | None:
    """A crowd's act (a relation with an implied target) taken as object by a verb acting against
    it ("dispersed a protest", "prevented the demonstration"): the verb's subject restricts the
    crowd (gk:RepressionCue gk:codesAs), at the verb."""
    verb = anchor.head
    if (
        lex.repression_relation is None
        or not lex.relations[relation].implied_target
        or anchor.dep_ not in ("dobj", "nsubjpass")
        or verb.pos_ != "VERB"
        or not represses(verb, lex)
        or verb.lemma_.lower() in lex.single  # "attacked a demonstration": the verb's own act
    ):
        return None
    return Trigger(lex.repression_relation, verb.i, verb.i + 1, verb)


def _crowd_repressed(sent: Text, lex: EnglishLexicon, used: set[int]) -> list[Trigger]:
    """A verb acting against a crowd (gk:RepressionCue) whose object is a crowd noun
    (gk:CrowdNounCue: "police dispersed demonstrators", "strikers were broken up"), with no
    trigger of its own: its subject restricts the crowd, as when it takes the crowd's act."""
    if lex.repression_relation is None or not lex.crowd:
        return []
    firsts = _first_words(lex.repression)
    lemmas = lemmas_of(sent)
    return [
        Trigger(lex.repression_relation, verb.i, verb.i + 1, verb)
        for k, lemma in enumerate(lemmas)
        if k not in used
        and lemma in firsts  # (a verb of repression is named by its lemma first: most words no Token)
        and (verb := sent[k]).pos_ == "VERB"
        and verb.lemma_.lower() not in lex.single  # ("attacked protesters": the verb's own act)
        and represses(verb, lex)
        and any(
            w.lemma_.lower() in lex.crowd
            for c in verb.children
            if c.dep_ in ("dobj", "nsubjpass")
            for w in (c, *of_objects(c))  # ("dispersed hundreds of strikers")
            # (a crowd whose own act a clause names, "demonstrators protesting X", is coded by it:
            # the act under the verb would yield to the verb's restriction, see ``plan``)
            if not any(d.dep_ in ("acl", "relcl") for d in w.children)
        )
    ]


def _fighting_stopped(
    cands: list[tuple[int, int, int, list[int], str]], idx: list[int], stopping: str, lex: EnglishLexicon, sent: Text
) -> list[Trigger]:
    """The fighting a frame of halting stops took place: "halted the clashes", "agreed to stop
    the fighting" are the halt and, of their own, the clashes (news coders code both). Only
    two-sided fighting: "stopped air strikes on X" says nothing of strikes done."""
    for _, _, _, own, rel in cands:
        if len(own) == 1 and own[0] in idx and rel != stopping and _two_sided_force(lex.relations[rel]):
            tok = sent[own[0]]
            return [Trigger(rel, tok.i, tok.i + 1, tok)]
    return []


def _fought_before_halt(t: Trigger, gov: Trigger, lex: EnglishLexicon) -> bool:
    """Is the trigger fighting that is halted ("halted the clashes", "agreed to end the
    fighting"), kept beside the halt as what took place (``_fighting_stopped``)?"""
    if not _two_sided_force(lex.relations[t.relation]):
        return False
    if _stopped(t.anchor, lex, True):
        return True  # (``halted_fighting``) "agreed to end the clashes": the clashes, not an agreement to clash
    halts = _cessation({gov.anchor.lemma_.lower()}, lex, True)
    return halts and gov.start <= t.anchor.i < gov.end and gov.anchor.i != t.anchor.i


def halted_fighting(trig: Trigger, lex: EnglishLexicon) -> bool:
    """Is the trigger two-sided fighting that a verb or noun of stopping takes ("halted the
    clashes", "an end to the fighting")? It took place (``_fighting_stopped``)."""
    return _two_sided_force(lex.relations[trig.relation]) and _stopped(trig.anchor, lex, True)


def _two_sided_force(r: Relation) -> bool:
    """Fighting between two sides (clashes, battles), not one side's act on another."""
    return r.use_of_force and r.symmetric


@functools.lru_cache(maxsize=8)
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first words of the phrases ("break up": "break")."""
    return frozenset(p.split(" ")[0] for p in phrases)


def _joins_act(anchor: Token, lex: EnglishLexicon) -> bool:
    """Is the trigger a word of joining an act named after its preposition ("a return to talks",
    "returned to the negotiating table")? Then it is that act's, not an act of its own; "the
    return of prisoners" stays the return."""
    if anchor.lemma_.lower() not in lex.participation:
        return False
    kids = list(anchor.children)
    if any(c.dep_ == "dobj" for c in kids):
        return False  # ("returned 400 prisoners to X in an exchange": what is handed back)
    acts = [
        w
        for c in kids
        if c.dep_ == "prep" and c.lower_ == "to"
        for p in c.children
        if p.dep_ == "pobj"
        for w in (p, *p.lefts)
    ]
    return any(w.lemma_.lower() in lex.triggers or noun_lemma(w) in lex.word_relations for w in acts)


def _carries(anchor: Token, idx: set[int], rel: str, lex: EnglishLexicon) -> bool:
    """Is a contact trigger of a verb and its preposition ("fly to", "travel to") said of a verb
    with a direct object of its own ("flew relief supplies to X", "flew troops to X")? Then the
    subject sends what it carries and makes no visit; the thing's own frame codes the act. A time
    the parser makes the object ("travelled the whole night to X") is no thing."""
    if len(idx) < 2 or anchor.pos_ != "VERB" or not lex.relations[rel].contact:
        return False
    return any(c.dep_ == "dobj" and c.i not in idx and c.ent_type_ not in WHEN for c in anchor.children)


def _receives_act(anchor: Token, lex: EnglishLexicon) -> bool:
    """Is the trigger a verb of receiving whose direct object names an act ("received praise",
    "received a visit")? Then the act is coded from its noun (``arguments_en._source``)."""
    return (
        anchor.pos_ == "VERB"
        and anchor.lemma_.lower() in lex.receiving
        and any(c.dep_ == "dobj" and noun_lemma(c) in lex.word_relations for c in anchor.children)
    )


def _reframed(
    cands: list[tuple[int, int, int, list[int], str]], framed: dict[int, tuple[VerbFrame, int]], lex: EnglishLexicon
) -> list[tuple[int, int, int, list[int], str]]:
    """A noun's own trigger yields to a frame that gives it another kind of act ("cut economic
    aid" is a cut, not aid; "provide humanitarian aid" stays the finer aid): ranked as one word
    shorter."""
    root = {r: lex.relations[r].cameo_root for _, _, _, _, r in cands}
    reframed: dict[int, set[str | None]] = {}
    for c in cands:
        if id(c[3]) in framed:
            for i in c[3][1:]:
                reframed.setdefault(i, set()).add(root[c[4]])
    return [
        (c[0] + 1, *c[1:])
        if id(c[3]) not in framed and any(root[c[4]] not in reframed.get(i, {root[c[4]]}) for i in c[3])
        else c
        for c in cands
    ]


def _stopped(noun: Token, lex: EnglishLexicon, force: bool = False) -> bool:
    """Is the event noun the object of a verb of stopping it ("eased pressure", "called off the
    offensive", "the strikes were halted"; for an act of ``force`` (material conflict) also "ended
    its raids", "ended the siege")?"""
    if noun.pos_ != "NOUN":
        return False
    if _halted_by_noun(noun, lex, force):
        return True
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = noun.head
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    words = {verb.lemma_.lower(), f"{verb.lemma_.lower()} {particle}"}
    return verb.pos_ == "VERB" and _cessation(words, lex, force)


def _participle_stems(word: str) -> set[str]:
    """The verbs a past participle may be of ("relaxed": relax, "eased": ease, "dropped": drop)."""
    if not word.endswith("ed") or len(word) < 5:
        return set()
    stem = word[:-2]
    doubled = {stem[:-1]} if stem[-1] == stem[-2] else set()
    return {stem, word[:-1], *doubled}


def _halted_by_noun(noun: Token, lex: EnglishLexicon, force: bool) -> bool:
    """Does a noun of stopping govern the event noun, through "of" ("the suspension of military
    aid", "a freeze of its cooperation") or as its compound ("an aid freeze")?"""
    stop = _stop_noun(noun) or _stop_participle(noun)
    if stop is None:
        return False
    # ("the lifting of the blockade", "the easing of curbs": the verb the noun is made from)
    verbs = {v for v, particle in _verb_forms(stop.lemma_.lower()) if particle is None}
    return _cessation({stop.lemma_.lower(), stop.lower_, *_participle_stems(stop.lower_), *verbs}, lex, force)


def _ended(noun: Token, relation: str, lex: EnglishLexicon) -> bool:
    """ "the end of military aid": an ending noun stops an act its verb has a frame of stopping
    for ("ended aid" is an aid cut), not others ("the end of his visit": the visit took place)."""
    stop = _stop_noun(noun)
    return (
        stop is not None and stop.lemma_.lower() in lex.force_cessation and _halted_as(noun, relation, lex) is not None
    )


def _stop_noun(noun: Token) -> Token | None:
    """The noun governing the event noun through "of" or "to" ("an end to the aid"), or as its
    compound."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "to"):
        stop = noun.head.head
    elif noun.dep_ == "compound":
        stop = noun.head
    else:
        return None
    return stop if stop.pos_ == "NOUN" else None


def _stop_participle(noun: Token) -> Token | None:
    """A participle before the noun that the parser reads as its adjective ("the United States
    relaxed sanctions on Iran": "relaxed" an adjective of "sanctions"), or None."""
    return next((c for c in noun.children if c.dep_ == "amod" and c.i < noun.i and _participle_stems(c.lower_)), None)


def _halted_as(noun: Token, relation: str, lex: EnglishLexicon) -> str | None:
    """The relation of the frame the verb of a noun of stopping makes with the event noun as its
    object ("the suspension of military aid" as "suspend aid", an aid cut), where there is one."""
    stop = _stop_noun(noun) or _stop_participle(noun)
    if stop is None:
        return None
    for verb, particle in _verb_forms(stop.lemma_.lower()) + [(w, None) for w in _participle_stems(stop.lower_)]:
        frames = lex.frames.get(verb)
        if frames is None:
            continue
        for frame in _noun_frames(noun, None, frames.by_noun):
            if frame.particle in (None, particle) and frame.relation != relation:
                return frame.relation
    return None


def _verb_forms(noun: str) -> list[tuple[str, str | None]]:
    """The verbs a noun of stopping may be made from, with their particle ("freeze", "halting":
    halt, "suspension": suspend, "cancellation": cancel, "termination": terminate, "cutoff": cut
    off)."""
    stems = [noun]
    for suffix, ends in (("sion", ("d",)), ("ation", ("", "e")), ("ing", ("", "e")), ("age", ("",))):
        if noun.endswith(suffix):
            stem = noun[: -len(suffix)]
            stem = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem  # cancell-, stopp-
            stems += [stem + e for e in ends]
    forms: list[tuple[str, str | None]] = [(w, None) for w in stems]
    if noun.endswith("off"):
        forms.append((noun[:-3].rstrip("-"), "off"))
    return forms


def _cessation(words: set[str], lex: EnglishLexicon, force: bool) -> bool:
    return bool(words & lex.cessation or (force and words & lex.force_cessation))


def _describes(child: Token, relation: str, lex: EnglishLexicon) -> bool:
    """Is the child a predicate that describes rather than a result of force ("was shot dead",
    "beaten unconscious": the act itself)?"""
    return child.dep_ == "oprd" and not (child.pos_ == "ADJ" and lex.relations[relation].use_of_force)


def _subject_fits(verb: Token, subjects: frozenset[str], lex: EnglishLexicon, relation: str) -> bool:
    """Is the head noun of the verb's subject one of ``subjects`` (its lemma, its text, or with
    the compound before it: "war planes")? Not one whose modifier names another act of force's
    means (``_other_means``: "a suicide bomber" is a person, no aircraft)."""
    for noun in (_counted(c, lex) for c in verb.children if c.dep_ == "nsubj"):
        before = [c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1]
        names = {noun.lemma_.lower(), noun.lower_, *(f"{c.lower_} {noun.lemma_.lower()}" for c in before)}
        if names & subjects and not _other_means(noun, relation, lex):
            return True
    return False


def _other_means(noun: Token, relation: str, lex: EnglishLexicon) -> bool:
    """Does a modifier before the noun begin the name of another act of force ("suicide" of
    "suicide bombing", "car" of "car bomb": read through the trigger index), so that the noun
    is who does that act ("a car bomber"), not the class the frame asks for?"""
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    return any(
        len(words) > 1 and rel != relation and rel in lex.assaults
        for m in mods
        for words, rel in lex.triggers.get(m.lemma_.lower(), ())
    )


def _counted(noun: Token, lex: EnglishLexicon) -> Token:
    """The noun itself, or the people a number or a counting noun's "of" phrase names
    (``gk:CountingNounCue``: "hundreds of protesters", "a group of journalists"): they act."""
    if noun.pos_ != "NUM" and noun.lower_ not in lex.counting:
        return noun
    return next(iter(of_objects(noun)), noun)


def _frame_matches(
    verb: Token, lex: EnglishLexicon, base: int, nationals: frozenset[int] = frozenset()
) -> list[tuple[list[int], VerbFrame]]:
    """The frames of a verb its dependents fill: its particle, its object noun (direct, passive
    subject, or after the frame's preposition) with its modifier; indices sentence-relative."""
    kids = list(verb.children)
    if goes_on(verb, lex) and any(c.dep_ == "prep" and c.lower_ == "with" for c in kids):
        return []  # "pressed on with its offensive": the noun is the act (``goes_on``)
    particles = [c for c in kids if _particle(c)]  # (read once: each frame asks for its own)
    frames = lex.frames[verb.lemma_.lower()]
    # (prepositions, noun) of the verb's objects: (None, n) direct or passive subject, (p, n)
    # after a preposition; frames are looked up by the noun's lemma and compound
    # "called the elections illegitimate": a predicate of the object describes it; no frame of
    # the object ("call elections") is the act
    described = any(c.dep_ == "oprd" for c in kids)
    slots = [] if described else [(None, c) for c in kids if c.dep_ in ("dobj", "nsubjpass")]
    # ("stopped shelling the town": the act stopped, a gerund the parser makes a complement)
    slots += [(None, c) for c in kids if c.dep_ == "xcomp" and _stopped_gerund(c, lex)]
    # ("provided training and weapons": each conjunct of the object)
    slots += [(None, g) for _, c in list(slots) for g in c.children if g.dep_ == "conj" and g.pos_ == "NOUN"]
    slots += [(c.lower_, p) for c in kids if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    slots += _with_slots_after_object(kids)
    # "described the raid as a crime": the parser often hangs the describing "as" on the object
    slots += [(g.lower_, p) for _, c in list(slots[:1]) for g in _as_of(c) for p in g.children if p.dep_ == "pobj"]
    # "termed Israel's move a provocation": the name given, hung under the object (round 17)
    slots += [(None, n) for _, n in given_names(verb)]
    slots += (judged := _judging_predicates(kids))
    # "pulled out of the talks": the preposition hangs on the particle the parser reads as one
    slots += [
        (g.lower_, p) for c in particles for g in c.children if g.dep_ == "prep" for p in g.children if p.dep_ == "pobj"
    ]
    # "cancel 80 percent of the debt", "most of its troops": the noun an amount counts
    slots += [(None, p) for prep, n in slots if prep is None and _amount(n, lex) for p in of_objects(n)]
    chosen = [
        (f, n)
        for prep, n in slots
        if prep in frames.preps and (_slot_word(n, nationals, lex) or (prep, n) in judged)
        for f in _noun_frames(n, prep, frames.by_noun, _slot_lemma(n, prep, judged, nationals, lex))
    ]
    chosen += [(f, None) for f in frames.bare]
    plain = verb.lemma_.lower() in lex.single
    out: list[tuple[list[int], VerbFrame]] = []
    # (the parser labels the "to" of a recipient "dative" as often as "prep": "sent warships to X")
    preps = {c.lower_ for c in kids if c.dep_ in ("prep", "dative")}
    for frame, noun in chosen:
        particle = next((c for c in particles if c.lower_ == frame.particle), None)
        if frame.particle and particle is None:
            continue
        if frame.object_marker and frame.object_marker not in preps | _noun_preps(noun):
            continue  # "lodged a protest (with X)" is not "lodged a protest of X"
        if noun is not None and not _noun_fits(noun, frame, lex, noun.i in nationals):
            continue
        if noun is not None and stopped_unowned(verb, noun, lex):
            continue  # "police stopped an attack on the embassy": foiled (modality_en), not halted
        if frame.subjects and not _subject_fits(verb, frame.subjects, lex, frame.relation):
            continue  # "&AIRCRAFT * POUND": warplanes pounding, not artillery
        own = noun is not None and plain and _own_event(noun, frame, lex)
        stops = own and _stopped(noun, lex)
        if own and not _new_sense(verb, frame, lex) and not stops:
            continue  # "rejected the demand": the verb and the demand are each coded
        # (unless the verb stops the noun's act, which then is no event of its own: "relaxed
        # its sanctions" eases sanctions, 085, not the verb's plain easing, 081; the noun is the
        # trigger's, so its possessor is the agent, never the object)
        # (a sense the object gives leaves the object its own event: "met a US request" is
        # a request too)
        # (the frame's preposition is its word too: "called for sanctions" is the frame's, not the
        # plain "call for")
        prep_tok = noun.head if noun is not None and frame.preposition and noun.dep_ == "pobj" else None
        idx = sorted(
            {verb.i, *(t.i for t in (particle, prep_tok, None if own and not stops else noun) if t is not None)}
        )
        if noun is not None and noun.i in idx and frame.preposition is not None:
            # ("contribute troops to the peacekeeping force": a frame whose noun after its
            # preposition is a name of two words counts both, as a trigger of two words does,
            # and outranks the direct object's frame, "contribute troops", which the tighter
            # span would favour otherwise)
            idx = sorted({*idx, *(t.i for t in _name_modifiers(noun, frame))})
        out.append(([i - base for i in idx], frame))
    return out


def goes_on(verb: Token, lex: EnglishLexicon) -> bool:
    """Is the verb a phrasal verb of going on with an act ("pushed ahead", "pressed on":
    gk:ParticipationCue), by its particle or adverb? With a "with" phrase it has no frame of its
    own: the noun there is the act and the trigger (``arguments_en._carried_on``), never the peer's
    attack "press on" nor the demand "press" governing it away."""
    lemma = verb.lemma_.lower()
    return any(c.dep_ in ("advmod", "prt") and f"{lemma} {c.lower_}" in lex.participation for c in verb.children)


def _judging_predicates(kids: list[Token]) -> list[tuple[str | None, Token]]:
    """An adjective after "as" that judges the verb's object ("described Georgia's elections as
    flawed", "characterised the vote as fraudulent"), as a slot of the verb's frames (the parser
    hangs it on "as" or makes it an adverbial clause): a word of the frame's class makes it a
    frame (a deed judged wrong, ``JudgingNouns``), any other ("as fair") none."""
    out: list[tuple[str | None, Token]] = [
        ("as", g)
        for c in kids
        if c.dep_ == "prep" and c.lower_ == "as"
        for g in c.children
        if g.pos_ in ("ADJ", "VERB") and g.dep_ in ("amod", "acomp", "pobj", "pcomp")
    ]
    return out + [
        ("as", c)
        for c in kids
        if c.pos_ in ("ADJ", "VERB")
        and c.dep_ in ("advcl", "acomp", "oprd")
        and any(g.lower_ == "as" and g.dep_ in ("advmod", "mark", "prep") for g in c.children)
    ]


def _slot_word(n: Token, nationals: frozenset[int], lex: EnglishLexicon) -> bool:
    """Is the word of a slot one a frame may take: a noun, a demonym standing for its people, a
    participle for the people it describes, a sum of money, a gerund of an act stopped?"""
    return n.pos_ == "NOUN" or n.i in nationals or _nominalised(n) or _sum_of_money(n) or _stopped_gerund(n, lex)


def _slot_lemma(
    n: Token, prep: str | None, judged: list[tuple[str | None, Token]], nationals: frozenset[int], lex: EnglishLexicon
) -> str | None:
    """The word a slot's frames are looked up by, where not its own lemma: the noun a demonym
    stands for, a judging adjective as written ("flawed", which the parser may lemmatise "flaw")."""
    if n.i in nationals:
        return lex.national
    return n.lower_ if (prep, n) in judged else None


def _with_slots_after_object(kids: list[Token]) -> list[tuple[None, Token]]:
    """The noun after "with" that follows a direct object, read as the verb's own object
    ("provided the refugees with food aid" is "provided food aid to the refugees", "threatened
    Iran with sanctions" threatens sanctions): the direct object is then whom the act is for.
    Only with a direct object before it ("met with the envoy" keeps its "with")."""
    return [(None, p) for c in kids if c.dep_ == "prep" for p in c.children if supplied_with(p)]


def supplied_with(a: Token) -> bool:
    """Is the noun the "with" phrase of a verb after its direct object ("provided the refugees
    with food aid", "supplied Haiti with tents")? The verb then gives it to that object."""
    prep, v = a.head, a.head.head
    if a.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep":
        return False
    return any(c.dep_ in ("dobj", "dative") and c.i < prep.i for c in v.children)


def _stopped_gerund(tok: Token, lex: EnglishLexicon) -> bool:
    """A gerund that a verb of stopping takes as its object ("agreed to halt fighting", "stopped
    shelling the town"): the act stopped, read by its lemma as the noun of the act is ("halted
    the shelling"), so the stopping frame codes it and not the verb's plain sense (reducing
    relations, which under "agreed to" read as a threat)."""
    return tok.tag_ == "VBG" and tok.dep_ in ("dobj", "xcomp") and tok.head.lemma_.lower() in lex.stopping


def _currency_signs(noun: Token) -> list[Token]:
    """The currency signs the parser hangs on an amount ("$" in "$10 million")."""
    return [c for c in noun.lefts if c.dep_ in ("quantmod", "nmod") and c.pos_ == "SYM"]


def _sum_of_money(noun: Token) -> bool:
    """Is the number a sum of money written with a sign ("$10 million")? It is then known by
    its sign, a word of the currency class, as "10 million dollars" is by "dollar"."""
    return noun.pos_ == "NUM" and bool(_currency_signs(noun))


def _name_modifiers(noun: Token, frame: VerbFrame) -> list[Token]:
    """The modifiers of the longest name of the noun the frame knows ("peacekeeping" in
    "peacekeeping force"): the nearest compounds and adjectives before it, as many as the name
    has words before the noun."""
    known = [n for n in _noun_names(noun, noun_lemma(noun)) if n in frame.nouns]
    words = max((n.count(" ") for n in known), default=0)
    if not words:
        return []
    return [c for c in noun.lefts if c.dep_ in ("compound", "amod")][-words:]


def _particle(tok: Token) -> bool:
    """A verb's particle, also where the parser reads it as a preposition with no object of its
    own ("forced the observers out of the country": "out" takes "of", not a noun)."""
    dep = tok.dep_
    if dep == "prt":
        return True
    if dep != "prep":
        return False  # (the dependents read only for a preposition)
    kids = [c.dep_ for c in tok.children]
    return "pobj" not in kids and "prep" in kids


def _amount(noun: Token, lex: EnglishLexicon) -> bool:
    """Is the object an amount ("80 percent", "most", "half", "$50 million")?"""
    return noun.pos_ == "NUM" or noun.ent_type_ in ("PERCENT", "MONEY", "CARDINAL") or noun.lemma_.lower() in lex.amount


def counted(noun: Token, lex: EnglishLexicon) -> list[Token]:
    """The nouns an amount counts ("80 percent of the debt": the debt); none for another noun."""
    return of_objects(noun) if _amount(noun, lex) else []


def _noun_preps(noun: Token | None) -> set[str]:
    return {c.lower_ for c in noun.children if c.dep_ == "prep"} if noun is not None else set()


def _as_of(noun: Token) -> list[Token]:
    """The "as" a direct object holds, which describes it ("the raid as a crime")."""
    return [g for g in noun.children if g.dep_ == "prep" and g.lower_ == "as"] if noun.dep_ == "dobj" else []


def _noun_frames(
    noun: Token, prep: str | None, by_noun: dict[str, tuple[VerbFrame, ...]], lemma: str | None = None
) -> list[VerbFrame]:
    """The frames of the noun's lemma (or ``lemma``, the noun a demonym stands for) and compound,
    those of the longer names first: of two frames matching the same words, the first found wins
    ("carried out a suicide attack" is the bombing of "suicide attack", not the attack)."""
    if lemma is not None:
        return [f for f in by_noun.get(lemma, ()) if f.preposition == prep]
    names = sorted(_noun_names(noun, noun_lemma(noun)), key=lambda n: -n.count(" "))
    found = [f for name in names for f in by_noun.get(name, ())]
    return [f for f in found if f.preposition == prep]


def _nominalised(tok: Token) -> bool:
    """A participle or adjective standing for the people it describes ("evacuated the wounded")."""
    return (
        tok.pos_ in ("VERB", "ADJ")
        and tok.dep_ in ("dobj", "nsubjpass", "pobj")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    )


def noun_lemma(noun: Token) -> str:
    """The noun's lemma; a nominalised participle's own form ("the wounded", not "wound")."""
    return noun.lower_ if _nominalised(noun) else noun.lemma_.lower()


def _noun_names(noun: Token, lemma: str) -> tuple[str, ...]:
    """The names a frame may know the noun by: its lemma, with all its compounds, and with the
    nearest one ("the UN refugee agency": "refugee agency")."""
    compounds = [c.lemma_.lower() for c in noun.lefts if c.dep_ == "compound"]
    names = [lemma, " ".join([*compounds, lemma])]
    # (the frames' noun phrases keep their modifiers as written: "arms embargo", "human rights abuse")
    names.append(" ".join([*(c.lower_ for c in noun.lefts if c.dep_ == "compound"), lemma]))
    if len(compounds) > 1:
        names.append(f"{compounds[-1]} {lemma}")
    # ("aerial photographs", "financial assistance": a frame's noun phrase with its adjective)
    adjectives = [c.lower_ for c in noun.lefts if c.dep_ == "amod" and c.pos_ == "ADJ"]
    if adjectives and not compounds:
        names.append(f"{adjectives[-1]} {lemma}")
    # ("gave $10 million": the parser makes the amount the head and the currency sign its
    # modifier, so the sum is known by its sign, a word of the currency class)
    names.extend(c.lower_ for c in _currency_signs(noun))
    return tuple(dict.fromkeys(names))


def _own_event(noun: Token, frame: VerbFrame, lex: EnglishLexicon) -> bool:
    """Is the frame's noun an event of another relation (a trigger of its own)?"""
    return any(r != frame.relation for r in lex.word_relations.get(noun_lemma(noun), ()))


def _new_sense(verb: Token, frame: VerbFrame, lex: EnglishLexicon) -> bool:
    """Does the frame's object make the verb another kind of act (CAMEO root) than it is alone
    ("accepted the demands" is yielding, "accepted" alone an intent)? Then the frame codes the
    act. (A finer code of the same kind, "attacked civilian targets", is no new sense.)"""
    root = lex.relations[frame.relation].cameo_root
    own = [lex.relations[r].cameo_root for r in lex.word_relations.get(verb.lemma_.lower(), ())]
    return root is not None and all(r != root for r in own)


def stopped_unowned(verb: Token, noun: Token, lex: EnglishLexicon) -> bool:
    """Is ``noun`` an act a verb of stopping (``gk:StopFoilingCue``) keeps from happening, not
    one its subject halts? "stopped an attack on the embassy": an act with the indefinite article
    and no owner is someone else's, foiled; "stopped its attacks", "stopped the shelling" are the
    subject's own force, halted."""
    if verb.lemma_.lower() not in lex.stop_foiling or noun.head.i != verb.i:
        return False
    if any(c.dep_ == "poss" for c in noun.children):
        return False
    return indefinite(noun)


def _noun_fits(noun: Token, frame: VerbFrame, lex: EnglishLexicon, national: bool = False) -> bool:
    """Is the noun one of the frame's (and its modifier one of the frame's)? Not where a word
    before it is an event of its own ("launched a mediation effort" is mediation)."""
    lemma = noun_lemma(noun)
    if national and lex.national in frame.nouns:
        lemma = lex.national
    # (a participle judged by, "as rigged", is known as written: its lemma is the verb's, "rig")
    names = _noun_names(noun, lemma) + ((noun.lower_,) if noun.pos_ == "VERB" else ())
    # (a word that only begins a trigger is no event: "cut economic aid" is a cut of aid; unless
    # the frame knows the whole phrase: "eased its trade embargo", or the word as its modifier:
    # "handed over captured soldiers")
    if not any(" " in name and name in frame.nouns for name in names) and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.single and c.lemma_.lower() not in frame.modifiers
        for c in noun.children
    ):
        return False
    if not any(name in frame.nouns for name in names):
        return False
    return not frame.modifiers or any(
        c.lemma_.lower() in frame.modifiers for c in noun.children if c.dep_ in ("amod", "compound")
    )


def _in_name(tok: Token, k: int) -> bool:
    """Words of the wrong kind, and words inside names, are no triggers ("Asia-Pacific Economic
    Cooperation", "March")."""
    if tok.pos_ not in _TRIGGER_POS:
        return True
    return tok.ent_type_ in _NAME_ENTS or (tok.pos_ == "PROPN" and k > 0 and tok.text[:1].isupper())


def _matches_at(
    sent: Text, lemmas: Sequence[str], k: int, lex: EnglishLexicon, present: set[str]
) -> list[tuple[int, int, int, list[int], str]]:
    """The trigger matches from word ``k``; ``present``: the words the sentence has (a trigger
    any of whose words it lacks is not tried)."""
    # a passive verb after its noun: "sanctions were imposed", "evidence was presented"
    passive = lex.passive.get(lemmas[k], [])
    # (a flag, not membership: "asset freeze" read backwards is "freeze asset")
    options = [(w, r, False) for w, r in lex.triggers.get(lemmas[k], ())]
    out = []
    for words, rel, is_passive in [*options, *((w, r, True) for w, r in passive)]:
        if not present.issuperset(words):  # (the first word is the sentence's own lemma)
            continue
        idx = _match_words(sent, lemmas, k, words, lex, max_gap=6 if is_passive else 3)
        if idx is None and not is_passive and len(words) > 1:
            # "fired about 180 ballistic missiles at", "launched a massive overnight attack on":
            # the later words hang on the first in the parse, however far
            idx = _match_deps(sent, lemmas, k, words, lex)
        if idx is None or (is_passive and sent[idx[-1]].tag_ != "VBN"):
            continue
        if len(idx) > 1 and lemmas[k] in lex.actor_object and _object_before_preposition(sent, idx):
            continue
        if len(idx) == 1 and lemmas[k] in lex.force_object and _object_no_force(sent[k], lex):
            continue
        # "lifted the curfew imposed on X": a participle describing another verb's object yields
        # the object to that verb's own match ("lift curfew")
        reduced = is_passive and sent[idx[-1]].dep_ == "acl" and sent[idx[0]].dep_ == "dobj"
        out.append((-len(words) + reduced, idx[-1] - idx[0], idx[0], idx, rel))
    return out


def _object_no_force(verb: Token, lex: EnglishLexicon) -> bool:
    """ "withdrew its nominee", "withdrew the draft": a direct object that is no force (nor has
    one as its modifier: "troop contingent") makes a verb of ``gk:ForceObjectCue`` no withdrawal
    of forces. A pronoun or a name may stand for forces and is left alone."""
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    forces = lex.own_forces
    return any(
        o.lemma_.lower() not in forces
        and not any(c.dep_ == "compound" and c.lemma_.lower() in forces for c in o.children)
        for o in objs
    )


def _object_before_preposition(sent: Text, idx: list[int]) -> bool:
    """ "called Putin on Monday", "was called by Putin on Monday": a direct object or an agent
    between a verb read by its object (``gk:ActorObjectCue``) and the preposition of its trigger
    ("call on") makes that preposition another phrase's; the trigger's preposition takes the
    object ("called on Kenya to ...", "was called on to resign"). A noun's trigger takes the
    preposition only where it hangs on the noun: in "made a call to Bush on Monday" the "on" is
    the date's, and the call a phone call."""
    verb, prep = sent[idx[0]], sent[idx[1]]
    if verb.pos_ == "NOUN" and prep.head.i != verb.i:
        return True
    return prep.dep_ == "prep" and any(c.dep_ in ("dobj", "agent") and c.i < prep.i for c in verb.children)


def _match_words(
    sent: Text, lemmas: Sequence[str], k: int, words: tuple[str, ...], lex: EnglishLexicon, max_gap: int = 3
) -> list[int] | None:
    """Indices (sentence-relative) of ``words`` matched from ``k``: each next word within
    ``max_gap`` tokens (determiners, adjectives, particles between), all inside the sentence."""
    idx = [k]
    j = k
    for w in words[1:]:
        for gap in range(1, max_gap + 1):
            if j + gap >= len(lemmas):
                return None
            if lemmas[j + gap] == w or sent[j + gap].lower_ == w or _plural_of(w, lemmas[j + gap]):
                if _nouns_own(sent[j + gap], lex) and sent[j + gap].head.i - sent.start not in idx:
                    return None  # "called the attack on X": the event noun's preposition
                if any(sent[j].head.i == sent[x].i and sent[x].dep_ in SUBJ for x in range(j + 1, j + gap)):
                    return None  # "a suicide bomber attacked": the word describes the subject
                j += gap
                idx.append(j)
                break
            if sent[j + gap].pos_ in ("VERB", "PUNCT"):
                return None
        else:
            return None
    return idx


def _match_deps(
    sent: Text, lemmas: Sequence[str], k: int, words: tuple[str, ...], lex: EnglishLexicon
) -> list[int] | None:
    """Indices of ``words`` matched from ``k`` through the parse: each next word a dependent
    (object, particle, preposition) of a word already matched, after it in the sentence."""
    base = sent.start
    idx = [k]
    for w in words[1:]:
        hit = None
        for i in idx:
            # "launched thousands of rockets against": also on the quantity noun the verb takes,
            # but not the phrase saying what the amount is of ("gave X $10 million in aid" is no
            # "give in")
            kids = [
                *sent[i].children,
                *(g for c in sent[i].children if c.dep_ == "dobj" for g in c.children if not _counts(g)),
            ]
            for c in kids:
                if not (sent.start <= c.i < sent.end):
                    continue
                j = c.i - base
                if (
                    c.dep_ in ("dobj", "prt", "prep", "compound", "amod", "oprd", "xcomp", "npadvmod")
                    and j > idx[-1]
                    and (lemmas[j] == w or c.lower_ == w or _plural_of(w, lemmas[j]))
                    and not (c.head.i != sent[i].i and _nouns_own(c, lex))
                ):
                    hit = j
                    break
            if hit is not None:
                break
        if hit is None:
            return None
        idx.append(hit)
    return idx


def _counts(prep: Token) -> bool:
    """Is the preposition the phrase of what a quantity counts ("$10 million in aid")?"""
    return prep.dep_ == "prep" and any(p.dep_ == "pobj" and quantity_of(p) for p in prep.children)


def _nouns_own(prep: Token, lex: EnglishLexicon) -> bool:
    """Is the preposition the target marker of the event noun it hangs on ("the attack on X"),
    not a word of a verb's trigger ("called the attack on X illegal" is no call on X)?"""
    noun = prep.head
    if prep.dep_ != "prep" or noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.single:
        return False
    relations = lex.word_relations.get(noun.lemma_.lower(), ())
    return any(prep.lower_ in lex.markers.get(r, ()) for r in relations)


def _plural_of(word: str, lemma: str) -> bool:
    """Trigger words may be written in the plural ("withdraw forces", "war games")."""
    return word.endswith("s") and word[:-1] == lemma


def speech_act(trig: Trigger, lex: EnglishLexicon) -> Trigger:
    """A verb of force done in speech or writing ("attacked the IMF in a speech") is a verbal
    attack: criticism, CAMEO 11, not force."""
    a = trig.anchor
    if a.pos_ != "VERB" or not lex.relations[trig.relation].use_of_force or not lex.speech_relation:
        return trig
    for c in a.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "on", "during", "at"):
            for p in c.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in lex.speech:
                    return trig.retyped(lex.speech_relation)
    return trig


def passive_event_noun(trig: Trigger, lex: EnglishLexicon) -> Trigger:
    """A frame of contact (a meeting, talks, a summit) of a verb and its event noun, with the
    noun as the passive subject and no agent ("talks between X and Y were held in Lima", "a
    summit between X and Y will be held"): the verb has no party of its own, the noun names
    them, so the noun is the trigger, as in "talks between X and Y ended"."""
    verb = trig.anchor
    if verb.pos_ != "VERB" or not lex.relations[trig.relation].contact:
        return trig
    if any(c.dep_ == "agent" for c in verb.children):
        return trig
    noun = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"), None)
    if noun is None or trig.relation not in lex.word_relations.get(noun.lemma_.lower(), ()):
        return trig
    # (only a noun with a phrase of its own, and contact only: an agentless passive of sanctions
    # on X keeps its verb's target; a bare "talks were held" names no party either way)
    if not any(c.dep_ == "prep" for c in noun.children):
        return trig
    return Trigger(trig.relation, noun.i, noun.i + 1, noun)


def asking_noun(trig: Trigger, lex: EnglishLexicon) -> Trigger:
    """A noun read by its object (``gk:ActorObjectCue``: "call") that asks for an act, by a "for"
    phrase or a to-infinitive ("calls from France to halt enrichment", "a call for restraint"), is
    an appeal, never a phone call ("a call from Putin" stays one)."""
    a = trig.anchor
    relation = lex.actor_object_noun
    if a.pos_ != "NOUN" or trig.end - trig.start != 1 or a.lemma_.lower() not in lex.actor_object:
        return trig
    if relation is None or trig.relation == relation:
        return trig
    # (the parser hangs the infinitive on the verb that takes the noun when a "from" phrase comes
    # between: "ignored calls from France to halt"; never a received call's: "received a call
    # from Putin to discuss Iran" is a phone call)
    governor = a.head if a.dep_ == "dobj" and a.head.lemma_.lower() not in lex.receiving else None
    after = [c for c in governor.children if c.dep_ == "advcl" and c.i > a.i] if governor is not None else []
    infinitives = [
        c
        for c in (*a.children, *after)
        if c.dep_ in ("acl", "relcl", "advcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
    ]
    asks = infinitives or any(c.dep_ == "prep" and c.lower_ == "for" for c in a.children)
    return trig.retyped(relation) if asks else trig


def helping_verb(verb: Token, lex: EnglishLexicon) -> Token | None:
    """The infinitive of helping that is the purpose of the verb ("sent troops to help Uganda",
    "sent aid to help earthquake victims in Iran": ``gk:AidPurposeCue``), if any."""
    return next(
        (c for c in verb.children if c.i > verb.i and to_infinitive(c) and c.lemma_.lower() in lex.aid_purpose), None
    )


def aid_purpose(verb: Token, lex: EnglishLexicon) -> list[Token]:
    """Whom an infinitive of helping that is the purpose of the verb names ("deployed troops to
    help Uganda fight the rebels", "to support the Ugandan army"): its object, or the subject of
    the clause under it."""
    c = helping_verb(verb, lex)
    return helped_by(c) if c is not None else []


def helped_by(helping: Token) -> list[Token]:
    """Whom an infinitive of helping names: its object, or the subject of the clause under it
    ("to help Uganda fight the rebels": Uganda)."""
    whom = [o for o in helping.children if o.dep_ == "dobj"]
    return whom or [
        s for g in helping.children if g.dep_ in ("ccomp", "xcomp") for s in g.children if s.dep_ == "nsubj"
    ]


def helping_forces(trig: Trigger, lex: EnglishLexicon) -> Trigger:
    """Forces sent to help another ("sent troops to help Uganda") are military aid to it, never a
    show of force (``gk:AidPurposeCue``)."""
    rel = lex.relations[trig.relation]
    if not rel.force_posture or not lex.aid_purpose_relation or trig.anchor.pos_ != "VERB":
        return trig
    # ("sent troops to Somalia to help Uganda": a destination named keeps the movement there)
    if any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in trig.anchor.children):
        return trig
    return trig.retyped(lex.aid_purpose_relation) if aid_purpose(trig.anchor, lex) else trig


def out_of_scope(trig: Trigger, sent: Text, lex: EnglishLexicon, linker: EnglishLinker) -> bool:
    """Triggers that code no event, as event coders see it: words of force in a sports report
    ("Brazil beat Argentina 2-1"), the condition of a conditional sentence ("if Russia attacked
    NATO, ..."), and events the sentence dates years before the story ("In 1982, Israel invaded
    Lebanon")."""
    if lex.relations[trig.relation].use_of_force and (
        _SCORE.search(sent.text)
        or any(
            lemma in lex.sports and t.pos_ in ("NOUN", "PROPN") and t.i not in linker.at
            for lemma, t in zip(lemmas_of(sent), sent)  # (a known actor's name is no sport: "the Arab League")
        )
    ):
        return True
    if _no_actor_object(trig, lex, linker) or _claim_of_deed(trig, lex) or _sent_to_fight_another(trig, lex, linker):
        return True
    chain = clause_chain(trig.anchor)
    for v in chain:
        # the condition itself; what follows from it stays, hypothetical or expected ("will
        # withdraw its troops unless ..." is a threat)
        if v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in lex.condition for c in v.children):
            return True
    # (a year is written in digits: a sentence without any dates nothing)
    return _DIGIT.search(sent.text) is not None and _historical(chain, linker.date)


def _sent_to_fight_another(trig: Trigger, lex: EnglishLexicon, linker: EnglishLinker) -> bool:
    """Is the trigger forces moved to a place ("sent troops to Peru", ``gk:forcePosture``) with
    an infinitive of force as their purpose aimed at no party of that place's state ("to fight
    rebels")? The forces fight there, beside the place's state, not against it: no show of
    force aimed at it (the fight is coded by its own trigger). "to fight Peruvian forces"
    keeps it."""
    verb = trig.anchor
    if not lex.relations[trig.relation].force_posture or verb.pos_ != "VERB":
        return False
    places = phrase_objects([verb], "to")
    states = {a.entity.country for p in places for a in linker.actors(p)} - {None}
    if not states:
        return False
    fights = [
        c
        for c in verb.children
        if c.i > verb.i
        and to_infinitive(c)
        and any(lex.relations[r].use_of_force for r in lex.word_relations.get(c.lemma_.lower(), ()))
    ]
    # (the place's own rebels are of its country, not its state: "to fight rebels" is beside it)
    state = sector_groups().state
    aimed = {
        a.entity.country
        for f in fights
        for o in f.children
        if o.dep_ == "dobj"
        for a in linker.actors(o)
        if a.entity.sector is None or a.entity.sector in state
    }
    return bool(fights) and not states & aimed


def _claim_of_deed(trig: Trigger, lex: EnglishLexicon) -> bool:
    """Is the trigger a verb both of demanding and of saying ("insist") whose complement tells
    what someone did ("insisted that Japan had met X", "insisted that its troops fired first")? A
    deed told is a claim, reported by the verb's subject, not a demand that it be done: a demand's
    complement is a bare verb or a modal ("insisted that Iran withdraw", "must withdraw")."""
    verb = trig.anchor
    if trig.relation != lex.obligation_relation or verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.reporting:
        return False
    return any(c.dep_ == "ccomp" and _told_deed(c) for c in verb.children)


def _told_deed(clause: Token) -> bool:
    """Does the clause, with a subject of its own, tell a past deed: a past tense or a perfect
    ("fired", "had met", "has sent")?"""
    if not any(c.dep_ in SUBJ for c in clause.children):
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() not in ("have", "be") for c in clause.children):
        return False  # a modal: "must withdraw", "would leave"
    perfect = clause.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children)
    return clause.tag_ == "VBD" or perfect


def _no_actor_object(trig: Trigger, lex: EnglishLexicon, linker: EnglishLinker) -> bool:
    """Is the trigger a verb read by its object (``gk:ActorObjectCue``) on its own, whose direct
    object names no actor? "Workers called a strike" is the strike, never a call; "Putin called
    Bush" (or "called him") stays the verb's own act."""
    verb = trig.anchor
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in lex.actor_object:
        return False
    named = any(trig.start < n.i < trig.end for _, n in given_names(verb))
    if trig.anchor.i == trig.start and _names_as(verb) and not named:
        return True  # "called Japan's visit a provocation": naming, no call and no appeal
    if trig.end - trig.start != 1 or trig.relation not in lex.word_relations.get(lemma, ()):
        return False  # (a frame's reading: its object decided it already)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return not any(linker.actors(c) or (c.pos_ == "PRON" and c.lower_ != "it") for c in objects)


def _names_as(verb: Token) -> bool:
    """Does the verb give its object a name ("called the sanctions a crime", "called Japan's
    visit a provocation")? A predicate noun after the object: the parser's object predicate, or
    an indefinite noun it hangs under the object or under a clause it makes of the object."""
    return any(c.dep_ == "oprd" for c in verb.children) or bool(given_names(verb))


def obligations(sent: Text, triggers: list[Trigger], lex: EnglishLexicon) -> list[Trigger]:
    """ "X said (that) Y must Z", "X issued a reminder to Y that it must Z": X demands of Y (CAMEO
    10), whatever Z is."""
    # (a word of obligation is part of the lower-cased text: none there, no Token read)
    text = sent.text.lower()
    if not lex.obligation_relation:
        return []
    taken = {t.anchor.i for t in triggers}
    if not any(not w.isascii() or w in text for w in lex.obligation):
        return necessities(sent, taken, lex)
    out: list[Trigger] = []
    for tok in sent:
        clause = obliged_clause(tok, lex)
        if clause is None:
            continue
        speaker_verb = clause.head
        # (a noun of saying takes its content as a clause of its own: "a reminder that it must")
        content = clause.dep_ == "ccomp" or (clause.dep_ == "acl" and speaker_verb.pos_ == "NOUN")
        if not content or speaker_verb.i in taken or _modal_perfect(tok, clause):
            continue
        if speaker_verb.lemma_.lower() in lex.reporting:
            taken.add(speaker_verb.i)
            out.append(Trigger(lex.obligation_relation, speaker_verb.i, speaker_verb.i + 1, speaker_verb))
    return out + necessities(sent, taken, lex)


def obliged_clause(tok: Token, lex: EnglishLexicon) -> Token | None:
    """The clause a word of obligation makes a duty of: a modal's verb ("Y must withdraw"), or the
    word itself where it heads a "to" clause of its own ("Y needs to withdraw", "has to", "ought
    to": an entry of two words ending in "to")."""
    if tok.lower_ in lex.obligation and tok.dep_ == "aux":
        return tok.head
    if f"{tok.lower_} to" not in lex.obligation:
        return None
    act = any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children)
    return tok if act else None


def _modal_perfect(modal: Token, clause: Token) -> bool:
    """Is the modal followed by a perfect ("should have stopped", "must have known")? That looks
    back on a done act, a reproach or an inference, never a demand of what is still to do."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.i > modal.i for c in clause.children)


def necessities(sent: Text, taken: set[int], lex: EnglishLexicon) -> list[Trigger]:
    """ "X said it is time for Y to Z", "... it was essential for Y to Z": a "for ... to" clause
    that a word of necessity (``gk:NecessityCue``) governs, reported, is X's demand of Y, as "Y
    must" is; unreported it is only expected (``modality_en``)."""
    # (such a clause has the word "for": none in the lower-cased text, no Token read)
    if "for" not in sent.text.lower():
        return []
    out: list[Trigger] = []
    for tok in sent:
        if tok.dep_ != "ccomp" or needed_act(tok, lex) is None:
            continue
        speaker_verb = tok.head
        if speaker_verb.i not in taken and speaker_verb.lemma_.lower() in lex.reporting:
            taken.add(speaker_verb.i)
            out.append(Trigger(lex.obligation_relation, speaker_verb.i, speaker_verb.i + 1, speaker_verb))
    return out


def ultimatums(sent: Text, triggers: list[Trigger], lex: EnglishLexicon) -> list[Trigger]:
    """ "X will resume enrichment unless Y ...", "X would respond if Y attacked it": an act its
    speaker will or would do on a condition another must meet (``gk:UltimatumCue``, a negated
    condition) or on another's use of force is a threat to that other (CAMEO 13), whatever the
    act. An act that is a trigger keeps its own reading; a negated act ("would not attend
    unless") is none."""
    text = sent.text.lower()
    if lex.ultimatum.relation is None or not any(w in text for w in lex.condition):
        return []
    taken = {t.anchor.i for t in triggers}
    modal = lex.future | lex.hypothetical
    out: list[Trigger] = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.i in taken or not any(c.dep_ in SUBJ for c in tok.children):
            continue
        if any(c.dep_ == "dobj" and c.i in taken for c in tok.children):
            continue  # "will send aid if ...": the act its object names keeps its own reading
        aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
        if not aux & modal or any(c.dep_ == "neg" for c in tok.children):
            continue
        condition = condition_clause(tok, lex)
        if condition is not None and _unmet(condition, lex):
            out.append(Trigger(lex.ultimatum.relation, tok.i, tok.i + 1, tok, ultimatum=True))
    return out


def _unmet(condition: Token, lex: EnglishLexicon) -> bool:
    """Is a condition one another must meet ("unless Y complies", "if Y does not comply", "if Y
    fails to") or another's use of force ("if Y attacked it"), with a subject of its own?"""
    if not any(c.dep_ in SUBJ and c.pos_ in ("NOUN", "PROPN") for c in condition.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in lex.ultimatum.words for c in condition.children):
        return True
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lemma_.lower() in lex.negation) for c in condition.children):
        return True
    if condition.lemma_.lower() in lex.negation:
        return True  # "if Y fails to comply"
    # (the condition's own act is no event of its sentence, so no trigger: its word is read)
    return any(lex.relations[r].use_of_force for r in lex.word_relations.get(condition.lemma_.lower(), ()))


def needed_act(clause: Token, lex: EnglishLexicon) -> Token | None:
    """The "for ... to" clause that a word of necessity of this copular clause governs ("it is
    time for Chad to disband its militias", "it was essential for Iran to resume talks": the infinitive)."""
    words = [c for c in clause.children if c.dep_ in ("attr", "acomp") and c.lemma_.lower() in lex.necessity]
    if not words:
        return None
    # (the parser hangs the clause on the noun, or on the copula)
    acts = [c for w in words for c in w.children if c.dep_ in ("relcl", "acl")]
    acts += [c for c in clause.children if c.dep_ == "advcl"]
    return next((c for c in acts if for_to_clause(c)), None)


def _stray_content(act: Token, gov: Trigger, lex: EnglishLexicon) -> bool:
    """Is the act a "that" clause the parser hung on a gerund in a phrase of when, whose act takes
    no statement ("said after meeting X that Y shelled Z")? It is what the speaker said, an event
    of its own, not the content of the meeting."""
    verb = gov.anchor
    # (or on the gerund's object: "after meeting his counterpart that ...")
    host = act.head.head if act.dep_ == "acl" and act.head.dep_ == "dobj" else act.head
    return (
        act.dep_ in ("ccomp", "acl")
        and host.i == verb.i
        and verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and not lex.relations[gov.relation].takes_assertion
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in act.children)
    )


def _dismissed_claim(act: Token, gov: Trigger, lex: EnglishLexicon) -> bool:
    """Is the act the content of a claim a verb of dismissal takes as its object ("rejected claims
    that Y attacked Z", gk:DismissalCue over gk:ClaimNounCue)? The claim is denied: the act is
    kept, negated (``modality_en``), as under "denied claims that"; the rejection names no party."""
    noun = act.head
    return (
        act.dep_ == "acl"
        and noun.dep_ == "dobj"
        and noun.head.i == gov.anchor.i
        and gov.anchor.lemma_.lower() in lex.dismissal
        and noun.lemma_.lower() in lex.claim_noun
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in act.children)
    )


def _coerced(act: Token, gov: Trigger, lex: EnglishLexicon) -> bool:
    """Is the act what a verb of coercion made its object do ("forced Uganda to withdraw")? It
    was done, by the one made to: an event of its own beside the coercion."""
    verb = gov.anchor
    return (
        verb.lemma_.lower() in lex.coercion.words and gov.relation == lex.coercion.relation and controlled(act, verb.i)
    )


def controlling_verbs(sent: Text, triggers: list[Trigger], lex: EnglishLexicon) -> list[Trigger]:
    """ "X forced Y to withdraw", "Y was compelled by X to close its border": X coerces Y
    (``gk:CoercionCue``); "X told Y to withdraw": X demands it of Y (``gk:DirectiveCue``); "X
    allowed Y to monitor the vote", "let Y cross", "allowed Y into its sites": X yields to Y
    (``gk:PermissionCue``). Only with the one made, told or let act named as an actor and what
    it is to do ("forced its way into", "told reporters that" code nothing here)."""
    verbs = lex.controlling
    if not verbs.keys() & set(lemmas_of(sent)):
        return []
    taken = {i for t in triggers for i in range(t.start, t.end)}
    out: list[Trigger] = []
    for tok in sent:
        rel = verbs.get(tok.lemma_.lower())
        if rel is not None and tok.pos_ == "VERB" and tok.i not in taken and _controls_actor(tok, rel, lex):
            out.append(Trigger(rel, tok.i, tok.i + 1, tok))
    return out


def _controls_actor(verb: Token, rel: str, lex: EnglishLexicon) -> bool:
    """Does the verb name an actor it makes, tells or lets act, and the act (an infinitive; for a
    permission also a place let into)?"""
    kids = list(verb.children)

    def actor(c: Token) -> bool:
        # (a plane is no actor: "forced an airliner bound for Nairobi to land" coerces no city); told,
        # also one's own forces ("told its troops to attack X": the act, expected, as
        # ``_ordered_own_forces`` reads it)
        return _names_actor(c) or (rel == lex.directive.relation and c.lemma_.lower() in lex.own_forces)

    made = any(c.dep_ in ("dobj", "nsubjpass") and actor(c) for c in kids)
    if made and any(c.dep_ == "xcomp" and to_infinitive(c) for c in kids):
        return True
    if made and rel == lex.permission.relation and any(c.dep_ == "prep" and c.lower_ == "into" for c in kids):
        return True
    # the parser's other reading: the one made, told or let act as the subject of a complement
    # in the base form, with no modal ("allowed observers to monitor", "let troops cross"; not a
    # told report, "told reporters Uganda had attacked", "... would attack")
    return any(
        c.dep_ == "ccomp"
        and c.tag_ == "VB"
        and any(s.dep_ == "nsubj" and s.i > verb.i and actor(s) for s in c.children)
        and not any(m.dep_ == "mark" or (m.dep_ == "aux" and m.lower_ != "to") for m in c.children)
        for c in kids
    )


def responsibility(sent: Text, triggers: list[Trigger], lex: EnglishLexicon) -> list[Trigger]:
    """ "X said Y was behind the attack", "X said Y was responsible for the bombing": X accuses Y
    (``gk:ResponsibilityCue``), where Y names an actor and what it is behind is an act (a trigger
    word: not "behind schedule", "responsible for security")."""
    if lex.responsibility.relation is None or not lex.responsibility.words & set(lemmas_of(sent)):
        return []
    taken = {t.anchor.i for t in triggers}
    out: list[Trigger] = []
    for tok in sent:
        if tok.lower_ not in lex.responsibility.words or tok.dep_ not in ("prep", "acomp"):
            continue
        clause, speaker = tok.head, tok.head.head
        if clause.lemma_ != "be" or clause.dep_ != "ccomp" or speaker.i in taken:
            continue
        if not any(c.dep_ == "nsubj" and _names_actor(c) for c in clause.children):
            continue
        # the act: "behind" takes it as its object, "responsible" through "for"
        heads = [tok] if tok.dep_ == "prep" else [c for c in tok.children if c.lower_ == "for"]
        acts = [p for h in heads for p in h.children if p.dep_ == "pobj"]
        if speaker.lemma_.lower() in lex.accusing and any(a.lemma_.lower() in lex.single for a in acts):
            taken.add(speaker.i)
            out.append(Trigger(lex.responsibility.relation, speaker.i, speaker.i + 1, speaker))
    return out


# --- clauses -----------------------------------------------------------------------------------


def plan(triggers: list[Trigger], lex: EnglishLexicon) -> list[Clause]:
    """The clauses to code, in order: only the outermost trigger of a chain ("threatened to ban"
    is a threat), except that an intent word yields to the act it controls ("agreed to provide
    aid" is aid, expected); the yielding intent comes last, for when its act gives nothing."""
    triggers = _conditionals(_commitments(_warnings(_protest_aims(_preparations(triggers, lex), lex), lex), lex), lex)
    anchors = {t.anchor.i for t in triggers}
    by_anchor = {t.anchor.i: t for t in triggers}
    kept: list[Trigger] = []
    intended: dict[int, int] = {}  # anchors of events an intent word governs -> the intent word's
    outcomes: set[int] = set()  # "wounded in a bomb attack": the verb is what the event did
    alleged: dict[int, Trigger] = {}  # anchors of acts an accusation alleges -> the accusation
    # "were killed when a roadside bomb hit their convoy": the killing is what the act of force did
    # (and its bare conjunct, "were killed and three wounded when ...", which the clause hangs on)
    outcomes.update(
        i
        for t in triggers
        if lex.relations[t.relation].is_material_conflict and (g := outcome_when(t.anchor, lex)) in anchors
        for i in (g, t.anchor.head.i)
        if i in anchors
    )
    for t in triggers:
        gov = _own_governor(t, anchors, lex)
        if gov is not None and outcome_of(t.anchor) == gov:
            kept.append(t)
            outcomes.add(gov)
            if (joined := conjoined_outcome(t.anchor.doc[gov])) is not None and joined.i in anchors:
                outcomes.add(joined.i)
        elif (
            gov is None
            or (lex.relations[t.relation].is_material_conflict and _circumstance(t.anchor, gov, lex))
            or _means_of_force(t, by_anchor[gov], lex)
            or (_answered(t, gov, lex) and not answers(lex.relations[by_anchor[gov].relation]))
            or _coerced(t.anchor, by_anchor[gov], lex)
            or _stray_content(t.anchor, by_anchor[gov], lex)
            or _dismissed_claim(t.anchor, by_anchor[gov], lex)
            or _fought_before_halt(t, by_anchor[gov], lex)
        ):
            kept.append(t)
        elif _alleges(by_anchor[gov], lex) and _own_governor(by_anchor[gov], anchors, lex) is None:
            kept.append(t)
            alleged[t.anchor.i] = by_anchor[gov]
        elif (lex.relations[by_anchor[gov].relation].expresses_intent or _ordered_own_forces(by_anchor[gov], lex)) and (
            controlled(t.anchor, gov) and governor(by_anchor[gov].anchor, anchors, lex) is None
        ):
            # "agreed to provide aid", "is ready to impose a naval blockade": the intended act,
            # marked expected, rather than a bare intent to cooperate
            kept.append(t)
            intended[t.anchor.i] = gov
    # "prepared to impose sanctions on X": an act a verb of getting ready controls is expected,
    # as an intended one is (an act of force there is already the show of force, done now)
    prepared = {
        t.anchor.i for t in kept if t.relation != lex.preparation.relation and _getting_ready(t.anchor, lex) is not None
    }
    clauses = [
        Clause(
            t,
            t.anchor.i in intended or t.anchor.i in prepared,
            tuple(i for i, gov in intended.items() if gov == t.anchor.i),
            backgrounded(t.anchor),
            alleged.get(t.anchor.i),
        )
        for t in kept
        if t.anchor.i not in outcomes
    ]
    return sorted(clauses, key=lambda c: bool(c.governs))


def _circumstance(tok: Token, gov: int, lex: EnglishLexicon) -> bool:
    """Is the noun trigger an event of its own in a phrase of when around the governing verb
    ("retook the town after two days of fighting with X", "advanced amid clashes with X"), not
    what that verb says, asks or does? Asked for acts of force only ("will sign a pact during
    his visit": the visit stays the signing's setting)."""
    t = tok
    if t.pos_ != "NOUN":
        return False
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN" and t.head.head.i < t.i:
        t = t.head.head  # "two days of fighting"
    prep = t.head
    # (gk:BesideEventPrepositionCue: with "before", an event before the act is still another
    # event; without "in", whose object may be what the verb does)
    return (
        t.dep_ == "pobj" and prep.lower_ in lex.beside_event_preposition and prep.head.i == gov and prep.dep_ == "prep"
    )


def _means_of_force(t: Trigger, gov: Trigger, lex: EnglishLexicon) -> bool:
    """Is the noun of force the means a verb of force with no object of its own acts by
    ("retaliated with air strikes on X", "hit back with an offensive against X")? The noun is
    then an act of its own, with the target the verb lacks (``arguments_en._fought_by_means``)."""
    noun, prep, verb = t.anchor, t.anchor.head, gov.anchor
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or prep.lower_ != "with" or prep.head.i != verb.i:
        return False
    if t.relation not in lex.assaults or gov.relation not in lex.assaults or verb.pos_ != "VERB":
        return False
    return not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children)


def _ordered_own_forces(order: Trigger, lex: EnglishLexicon) -> bool:
    """Is the trigger a demand made of the subject's own forces ("ordered its troops to attack
    X", "told the army to withdraw from Y")? The act it controls is the subject's, carried out
    through them (expected), never a demand of another party."""
    verb = order.anchor
    rel = lex.relations[order.relation]
    # (a demand, or the peer's frames of a show of force: "ordered police" is a deployment)
    if verb.pos_ != "VERB" or not (rel.addressee_object or rel.force_posture):
        return False
    for obj in verb.children:
        if obj.dep_ == "dobj" and in_words(obj, lex.own_forces):
            owners = [c for c in obj.children if c.dep_ in ("poss", "det", "compound", "amod", "nmod")]
            # its, their, the: the subject's own; "Ugandan troops", "the Ugandan army" are not
            return bool(owners) and all(c.lower_ in ("its", "their", "his", "her", "the") for c in owners)
    return False


def _protest_aims(triggers: list[Trigger], lex: EnglishLexicon) -> list[Trigger]:
    """Triggers less a demand that is what a crowd's act is for ("staged demonstrations to demand
    reforms", "protested, saying he must resign"): the protest says it; no demand of its own."""
    if lex.obligation_relation is None:
        return triggers
    demand_root = lex.relations[lex.obligation_relation].cameo_root
    crowd = set()
    for t in triggers:
        if lex.relations[t.relation].implied_target:
            a = t.anchor
            crowd.add(a.head.i if a.pos_ == "NOUN" and a.dep_ == "dobj" else a.i)  # ("staged rallies")
    return [
        t
        for t in triggers
        if not (
            lex.relations[t.relation].cameo_root == demand_root
            and t.anchor.dep_ in ("advcl", "xcomp")
            and t.anchor.head.i in crowd
        )
    ]


def answers(rel: Relation) -> bool:
    """Is the relation an answer to an act aimed at its agent (a rejection)? It nests the act
    (``nesting_en``); any other verb leaves it an event of its own."""
    return rel.takes_assertion and rel.addressee_object


def answered(trig: Trigger, lex: EnglishLexicon) -> bool:
    """An act named as a noun with its agent, addressed to whoever answers it."""
    noun = trig.anchor
    return (
        lex.relations[trig.relation].to_respondent
        and noun.pos_ == "NOUN"
        and noun.dep_ in ("dobj", "nsubjpass")
        and any(c.dep_ in ("poss", "compound", "amod") and c.ent_type_ in _AGENT_ENTS for c in noun.children)
    )


def _answered(trig: Trigger, gov: int, lex: EnglishLexicon) -> bool:
    """An act named as a noun with its agent, the object of another's answer ("Cuba answered a
    Spanish request"): an event of its own beside the answer, aimed at who answers."""
    return answered(trig, lex) and trig.anchor.head.i == gov


def _own_governor(t: Trigger, anchors: set[int], lex: EnglishLexicon) -> int | None:
    """``governor``, except that an accusation's participle on a noun ("police arrested two men
    suspected of bombing X") is a claim of its own about the men, whatever takes the noun: the
    verb over it arrests or tries them, it does not govern what they are accused of, which stays
    alleged (``arguments_en.accused_unnamed_accuser``: the noun is the accused)."""
    a = t.anchor
    if a.dep_ == "acl" and a.tag_ == "VBN" and a.head.pos_ in ("NOUN", "PROPN") and _alleges(t, lex):
        return None
    return governor(a, anchors, lex)


def _alleges(trig: Trigger, lex: EnglishLexicon) -> bool:
    """Is the trigger an accusation, whose complement is the accused's act, alleged?"""
    rel = lex.relations[trig.relation]
    return rel.complement_modality == "alleged" and rel.complement_agent == "object"


def _warnings(triggers: list[Trigger], lex: EnglishLexicon) -> list[Trigger]:
    """A warning said to an actor named as its direct object ("warned Israel against an attack",
    "warned the Iranian government that ...") is a threat (``gk:WarningCue``); "warned of a
    famine" stays what the verb codes alone."""
    if lex.warning_relation is None:
        return triggers
    forceful = {t.anchor.i for t in triggers if t.relation in lex.assaults or lex.relations[t.relation].use_of_force}
    return [
        t.retyped(lex.warning_relation)
        if t.anchor.pos_ == "VERB"
        and t.anchor.lemma_.lower() in lex.warning
        and (_warned_actor(t.anchor) or _own_force_warned(t.anchor, forceful, lex))
        else t
        for t in triggers
    ]


def _own_force_warned(verb: Token, forceful: set[int], lex: EnglishLexicon) -> bool:
    """ "Iran warned it would strike Israel", "warned that they could attack": a warning whose
    complement clause is the warner's own act of force (its subject a pronoun, "its forces"),
    under a modal of the future or of a possibility, threatens that act's target: a threat
    (``gk:WarningCue``), as "threatened to strike" is; the act is not done."""
    for c in verb.children:
        if c.dep_ != "ccomp" or c.i not in forceful:
            continue
        modal = any(a.dep_ == "aux" and a.lower_ in lex.future | lex.hypothetical for a in c.children)
        subj = next((a for a in c.children if a.dep_ == "nsubj"), None)
        if modal and subj is not None and (subj.pos_ == "PRON" or in_words(subj, lex.own_forces)):
            return True
    return False


def _warned_actor(verb: Token) -> bool:
    """Does the verb's direct object, or its passive subject ("Iran was warned"), name an actor
    (a name, or a noun its nation or name modifies)?"""
    return any(c.dep_ in ("dobj", "nsubjpass") and _names_actor(c) for c in verb.children)


def _names_actor(noun: Token) -> bool:
    """Does the noun name an actor (a name, or a noun its nation or name modifies)?"""
    return any(
        w.ent_type_ in _AGENT_ENTS
        for w in (noun, *(g for g in noun.children if g.dep_ in ("compound", "amod", "poss")))
    )


def _preparations(triggers: list[Trigger], lex: EnglishLexicon) -> list[Trigger]:
    """An act of force that a verb of getting ready controls ("prepared to attack X", "prepared
    to begin shelling X", "are poised to storm X") is that show of force, aimed at the act's
    target and done now (``gk:PreparationCue``); the act itself has not happened."""
    if lex.preparation.relation is None:
        return triggers
    out = []
    for t in triggers:
        if t.relation in lex.assaults or lex.relations[t.relation].use_of_force:
            ready = _getting_ready(t.anchor, lex)
            if ready is not None:
                t = t.retyped(lex.preparation.relation)
        out.append(t)
    return out


def posture_verb(trig: Trigger, lex: EnglishLexicon) -> Token | None:
    """The verb of getting ready that an act of force became (``_preparations``): "prepared" in
    "prepared to attack X". The show of force is that verb's own act, done now, so the future a
    verb of preparing speaks of ("prepared to impose sanctions", expected) is not its modality
    (``modality_en.signals``). None for any other trigger."""
    if lex.preparation.relation is None or trig.relation != lex.preparation.relation:
        return None
    return _getting_ready(trig.anchor, lex)


def _getting_ready(act: Token, lex: EnglishLexicon) -> Token | None:
    """The verb of getting ready above the act through at most three complements or objects
    ("prepared to begin shelling", "is gearing up to invade", "got ready to attack"), or None."""
    t = act
    for _ in range(3):
        if not (t.dep_ in ("xcomp", "dobj") or to_infinitive(t)) or t.head.i == t.i:
            return None
        t = t.head
        words = {t.lemma_.lower(), t.lower_, *(f"{t.lemma_.lower()} {c.lower_}" for c in t.children if c.dep_ == "prt")}
        if t.dep_ == "acomp":
            words.add(f"{t.head.lemma_.lower()} {t.lemma_.lower()}")  # "got ready"
        if words & lex.preparation.words:
            return t
    return None


def _commitments(triggers: list[Trigger], lex: EnglishLexicon) -> list[Trigger]:
    """An intent word over an act of material conflict is a threat ("vowed to crush the rebels",
    "is ready to impose a naval blockade"): CAMEO codes what one commits to do against another as a
    threat. The act is its complement; over other acts the intent yields to the act, and so it does
    over a show of force ("agreed to send troops"): announced, it is still the posture
    (``gk:forcePosture``), never a threat."""
    if lex.threat_relation is None:
        return triggers
    anchors = {t.anchor.i for t in triggers}
    by_anchor = {t.anchor.i: t for t in triggers}
    threats: set[int] = set()
    for t in triggers:
        gov = governor(t.anchor, anchors, lex)
        if gov is None or not lex.relations[by_anchor[gov].relation].expresses_intent:
            continue
        act = t.anchor
        # an act named as a noun counts as done through a light verb ("vowed to launch an attack"),
        # not through any verb ("agreed to delay the sit-in")
        done = act.pos_ not in ("NOUN", "PROPN") or act.head.i == gov or act.head.lemma_.lower() in lex.light
        rel = lex.relations[t.relation]
        # ("agreed to cut ties with X": a reduction of relations agreed is the act expected)
        if rel.is_material_conflict and not (rel.force_posture or rel.reduces_ties) and done and controlled(act, gov):
            threats.add(gov)
    threats.update(t.anchor.i for t in triggers if _vows_to_overcome(t, lex))
    return [t.retyped(lex.threat_relation) if t.anchor.i in threats else t for t in triggers]


def _vows_to_overcome(intent: Trigger, lex: EnglishLexicon) -> bool:
    """Does an intent word control a verb of overcoming an enemy with an object ("vowed to
    destroy the militants", "pledged to defeat the rebels": ``gk:HostileActCue``)?"""
    if not lex.relations[intent.relation].expresses_intent:
        return False
    # (the infinitive of any word of the trigger: "expressed readiness to crush the rebels", "is
    # ready to confront X")
    span = intent.anchor.doc[intent.start : intent.end]
    for c in (c for t in {intent.anchor, *span} for c in t.children):
        for verb in (c, *c.conjuncts) if c.dep_ in ("xcomp", "acl") else ():
            words = {
                verb.lemma_.lower(),
                *(f"{verb.lemma_.lower()} {p.lower_}" for p in verb.children if p.dep_ == "prt"),
            }
            if words & lex.hostile_act and any(o.dep_ == "dobj" for o in verb.children):
                return True
    return False


def _conditionals(triggers: list[Trigger], lex: EnglishLexicon) -> list[Trigger]:
    """An act of material conflict made conditional on another's doing is a threat ("will impose
    sanctions if Iran does not comply", "will kill the hostages unless France ..."): CAMEO codes
    it as a threat to the one the condition names (``condition_subjects``)."""
    if lex.threat_relation is None:
        return triggers
    out = []
    for t in triggers:
        verb = t.anchor if t.anchor.pos_ in ("VERB", "AUX") else t.anchor.head
        if lex.relations[t.relation].is_material_conflict and condition_clause(verb, lex) is not None:
            t = t.retyped(lex.threat_relation)
        out.append(t)
    return out


def condition_clause(verb: Token, lex: EnglishLexicon) -> Token | None:
    """The condition a verb's clause is made on ("if Iran does not comply"), or None."""
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lex.condition for m in c.children):
            return None if attribution_tail(c, lex) else c
    return None


def attribution_tail(verb: Token, lex: EnglishLexicon) -> bool:
    """Is the verb the "..., the minister said" that closes a sentence, which the parser may hang
    under a condition's "if" ("... if talks fail, the minister said")? Its subject is the
    source, never the one the condition names."""
    if verb.lemma_.lower() not in lex.reporting:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    return any(verb.doc[s.left_edge.i - 1].lower_ == "," for s in subjects if s.left_edge.i > 0)


def outcome_of(noun: Token) -> int | None:
    """The passive verb an event noun says how it came about ("were hurt in three mortar
    attacks", "was killed by a roadside bomb"): its index, or None."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or noun.head.lower_ not in _OUTCOME_PREPS:
        return None
    verb = noun.head.head
    if verb.pos_ != "VERB" or not _passive(verb):
        return None
    if any(c.dep_ == "agent" and c.i != noun.head.i for c in verb.children):
        return None  # "indicted by a court for atrocities during the fighting": the court's act
    return verb.i


def outcome_when(verb: Token, lex: EnglishLexicon) -> int | None:
    """The passive verb of force whose "when" or "after" clause is this act ("were killed when a
    roadside bomb hit their convoy", "after insurgents shot down their helicopter": the killing
    is what the act did): its index (the passive verb a bare conjunct joins: "were killed and
    three wounded when ..."), or None."""
    head = verb.head
    if verb.dep_ != "advcl" or head.pos_ != "VERB" or not _passive(head):
        return None
    if not any(
        (c.dep_ == "advmod" and c.lower_ in lex.when_clause) or (c.dep_, c.lower_) in _OUTCOME_MARKS
        for c in verb.children
    ):
        return None
    # (only an outcome of force, "killed", "wounded": "were arrested when a bomb exploded" is not)
    own = lex.triggers.get(head.lemma_.lower(), ())
    if not any(len(w) == 1 and lex.relations[r].use_of_force for w, r in own):
        return None
    return (conjoined_outcome(head) or head).i


def _passive(verb: Token) -> bool:
    """Is the verb passive, or the bare conjunct of a passive ("were killed and six wounded")?"""
    return _passive_marked(verb) or conjoined_outcome(verb) is not None


def _passive_marked(verb: Token) -> bool:
    """Does the verb carry a passive subject or auxiliary?"""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def conjoined_outcome(verb: Token) -> Token | None:
    """The passive verb a bare participle is the conjunct of, with no means of its own ("three
    were killed and six wounded in a bombing": the killing came of the bombing too), or None.
    The parser hangs the participle on the verb, or on its count ("and six" a conjunct)."""
    if verb.tag_ != "VBN":
        return None
    if verb.dep_ == "conj":
        head = verb.head
    elif verb.dep_ == "acl" and verb.head.dep_ == "conj" and verb.head.pos_ in ("NUM", "NOUN"):
        head = verb.head.head
    else:
        return None
    if head.pos_ != "VERB" or not _passive_marked(head):
        return None
    if any(c.dep_ in ("prep", "agent") and c.lower_ in _OUTCOME_PREPS for c in head.children):
        return None  # ("killed in a raid and wounded in a bombing": each its own)
    return head


def governor(tok: Token, anchors: set[int], lex: EnglishLexicon | None = None) -> int | None:
    """The anchor of the nearest other trigger above this one in its clause chain (``lex``: to
    tell a clause hung under a verb of force from its content)."""
    # (the climb reads the parse arrays; a Token is made only for the rarer tests that want one)
    doc = tok.doc
    p = parse_of(doc)
    heads, deps, kids = p.heads, p.deps, p.kids
    i = t = tok.i
    own_dep = deps[i]
    if own_dep == "acl" and tok.tag_ == "VBN" and any(deps[c] == "agent" for c in kids[i]):
        return None  # "after talks mediated by China": an event of its own, with its agent
    own_head = heads[i]
    steps = 0
    while (head := heads[t]) != t and steps < 12:
        dep = deps[t]
        if dep in ("nsubj", "nsubjpass") and head in anchors:
            return None  # a trigger noun as the subject of another ("the attack angered")
        if dep in ("advcl", "relcl") and any(deps[c] in ("nsubj", "nsubjpass") for c in kids[t]):
            if not for_to_clause(doc[t]):
                return None  # a clause with its own subject is an event of its own ("since X was imposed")
        if t != i and own_head == t and own_dep == "dobj" and _participial_adjunct(doc[t]):
            # "proposed a crackdown, raising pressure on X": an act a participial adjunct takes as
            # its object is a second act of the subject (the participle itself, "..., killing 20"
            # or "..., calling for independence", tells how the first was done)
            return None
        if (
            dep == "ccomp"
            and head not in anchors
            and (_participial_adjunct(doc[head]) or _prepositional_gerund(doc[head]))
        ):
            # "..., saying Israeli troops had attacked X", "closed it after saying that X attacked
            # Y": a claim of its own, reported
            return None
        # "met and signed": coordinated events stand side by side, also where the parser hangs
        # the second clause under the first ("bombed X and France condemned it")
        parallel = dep == "conj" or (
            dep == "ccomp"
            and any(deps[n] == "conj" and stranded_subject(doc[n], lex) == doc[t] for n in range(head + 1, t))
        )
        t = head
        steps += 1
        if t in anchors and not parallel:
            return t
    return None


def for_to_clause(verb: Token) -> bool:
    """Is the verb an infinitive with "for" and its own subject ("called for Chad to disband the
    rebel units")? Such a clause is what its head asks for or intends, never an act done: it stays
    under its head, as an object infinitive does ("urged Chad to disband")."""
    p = parse_of(verb.doc)
    kids = [(p.deps[c], p.lower[c]) for c in p.kids[verb.i]]
    return ("mark", "for") in kids and ("aux", "to") in kids


def for_to_subjects(verb: Token) -> list[Token]:
    """The subjects of the verb's "for ... to" clauses ("called for Sudan to disarm": Sudan)."""
    return [s for c in verb.children if c.dep_ == "advcl" and for_to_clause(c) for s in c.children if s.dep_ == "nsubj"]


def _participial_adjunct(verb: Token) -> bool:
    """ "..., raising pressure on X": a present participle adjunct with no subject or marker."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ in ("mark", "aux") for c in verb.children)


def _prepositional_gerund(verb: Token) -> bool:
    """ "after saying ...", "before announcing ...": a present participle a preposition takes."""
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.pos_ == "ADP"


def controlled(tok: Token, governor: int) -> bool:
    """Is this verb the controlled complement of the governor ("agreed to provide", "is prepared
    to impose"), through control and coordination only? A noun trigger counts through the verb
    it is the object of ("agreed to provide aid")."""
    t = tok
    while t.pos_ in ("NOUN", "PROPN") and t.dep_ == "pobj" and quantity_of(t):
        t = t.head.head  # "pledged 500 million euros in military aid"
    if t.pos_ in ("NOUN", "PROPN", "NUM") and t.dep_ in ("dobj", "attr"):
        t = t.head
    if t.i == governor and t is not tok:
        return True  # the object of the intent verb itself ("pledged ... aid")
    if t.pos_ not in ("VERB", "AUX"):
        return False
    if t.dep_ == "acl" and t.head.dep_ == "dobj" and t.head.head.i == governor and marked_infinitive(t):
        return True  # the infinitive of the intent's own noun ("expressed its readiness to resume talks")
    if _delayed_infinitive(t, governor):
        return True
    for _ in range(6):
        if t.dep_ not in ("xcomp", "conj", "acomp"):
            return False
        t = t.head
        if t.i == governor:
            return True
    return False


def _delayed_infinitive(verb: Token, governor: int) -> bool:
    """Is the verb the intent word's own infinitive that the parser hung as an adverbial clause,
    because a phrase of time or place stood between ("offered on Monday to hold talks", "pledged
    in Tokyo to send aid")? Only an infinitive with no subject of its own, under a governor that
    takes no other complement (with one, "sent troops to Iraq to fight" says a purpose)."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i != governor or not marked_infinitive(verb):
        return False
    if any(c.dep_ in SUBJ for c in verb.children):
        return False
    return not any(c.dep_ in ("dobj", "xcomp", "ccomp", "dative") for c in head.children)


def backgrounded(tok: Token) -> bool:
    """Is the token inside a relative, adverbial or noun-modifying clause, or a noun phrase that
    is not an argument of the main verb chain?"""
    t = tok
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children):
        return False  # "after talks mediated by China": who took part in the main event
    for _ in range(12):
        if t.dep_ in ("relcl", "acl", "advcl") or (
            t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ == "NOUN"
        ):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def clause_chain(tok: Token) -> list[Token]:
    """The token and the heads above it up to the root (a noun trigger's verb, the verbs that
    govern that one)."""
    chain = [tok]
    t = tok
    for _ in range(12):
        head = t.head
        if head.i == t.i:
            break
        t = head
        chain.append(t)
    return chain


def clause_path(verb: Token, limit: int = 8) -> tuple[Step, ...]:
    """The tokens from an event's verb up through the clauses that embed it (complements,
    adverbial clauses, conjuncts, prepositional objects; an adjective over its infinitive, a
    verb's preposition, an adverb over its clause: ``_climbs``), at most ``limit`` steps: where
    its negation, modality and reporting are read. A conjunct with a subject or tense of its own
    starts another clause (``Step.same_clause`` false from there)."""
    steps: list[Step] = []
    t = verb
    same_clause = True
    for _ in range(limit):
        exit_dep = t.dep_ if t.head.i != t.i and _climbs(t, steps) else None
        steps.append(Step(t, same_clause, exit_dep))
        if exit_dep is None:
            break
        if exit_dep not in ("conj", "xcomp", "acomp"):
            same_clause = False
        elif exit_dep == "conj" and (any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) or _own_tense(t)):
            same_clause = False  # "..., but China criticized Iran": a clause of its own
        t = t.head
    return tuple(steps)


def _own_tense(conj: Token) -> bool:
    """Is a finite conjunct outside the "do" its first verb leans on ("did not attack Chad but
    shelled Sudan")? A past or present form cannot share "did", nor its negation."""
    return conj.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ == "aux" and c.lemma_ == "do" for c in conj.head.children)


def _climbs(t: Token, below: list[Step]) -> bool:
    """Does the clause path go on from ``t`` to its head? Through the embedding dependencies,
    an adjective that controls the infinitive below it ("is ready to", "is not willing to"), and
    through a preposition of a verb ("prepare for a withdrawal", "said after attacking") or
    an adverb that carries an adverbial clause ("as long as the attacks continue"): the verb
    above is where the event's reporting and expectation are read."""
    if t.dep_ in _PATH_DEPS:
        return True
    if t.dep_ in ("relcl", "acl") and for_to_clause(t):
        return True  # "it is time for Chad to disband its militias": read where its noun is
    if t.dep_ == "attr" and below and below[-1].exit in ("relcl", "acl") and for_to_clause(below[-1].token):
        return True
    if t.dep_ == "acomp":  # "is ready to resume talks": the adjective controls its infinitive
        return bool(below) and below[-1].exit == "xcomp"
    if t.dep_ == "prep":
        return t.head.pos_ in ("VERB", "AUX") and bool(below) and below[-1].exit in ("pobj", "pcomp")
    return t.dep_ == "advmod" and t.pos_ == "ADV" and bool(below) and below[-1].exit == "advcl"


def _historical(chain: list[Token], date: str | None) -> bool:
    """Does a date phrase on the event's clause ("in 1982", "during the 1990s") put it more than
    a year before the story's date? ("since 2014" still holds; undated stories are not judged.)"""
    if not date or not date[:4].isdigit():
        return False
    story_year = int(date[:4])
    for v in chain:
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "during", "between"):
                dates = [p for p in c.children if p.dep_ == "pobj"]
            elif c.dep_ in ("npadvmod", "pobj") and c.ent_type_ == "DATE":
                dates = [c]
            else:
                continue
            for d in dates:
                m = _YEAR.search(" ".join(t.text for t in d.subtree))
                if m:
                    year = int(m.group(1)) + (9 if m.group(2) else 0)
                    if year < story_year - 1:
                        return True
    return False


def quantity_of(noun: Token) -> bool:
    """Is this noun the "of"/"in" phrase of a quantity ("a wave of airstrikes", "dozens of
    attacks", "500 million euros in military aid")?"""
    prep, head = noun.head, noun.head.head
    if prep.lower_ == "of":
        return head.pos_ in ("NOUN", "NUM")
    if prep.lower_ == "in":
        return head.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY") or any(c.dep_ == "nummod" for c in head.children)
    return False
