"""English rules, stage 4: negation and modality.

Read along the event's clause path (``clauses_en.clause_path``). Negation ("not", "never") and
auxiliaries ("will", "could", "would") count in the event's own clause only: the verb itself,
what controls it and what it is coordinated with ("did not agree to send", "met and signed"), so
a negation never spills into the clause it governs or from the one that governs it. Up the
path, a denial verb over a complement negates the event ("denied that it attacked", "denied
attacking"), a verb of failure over a controlled verb too ("failed to reach"), future and hope
verbs make it expected ("plans to visit", "hopes to meet"), and an "if" clause hypothetical.

``signals`` collects what the path says; ``combine`` settles it with the attribution
(``reporting_en.Report``): "would" is the future of reported speech ("said they would meet"),
elsewhere a conditional.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .clauses_en import Step, clause_path, for_to_clause, goes_on, stopped_unowned
from .lexicon_en import EnglishLexicon
from .model import Entity
from .phrases_en import indefinite, kept_from
from .reporting_en import Report, content_of_noun, denied_noun

__all__ = [
    "Context",
    "Signals",
    "awaited_object",
    "combine",
    "deliberated_object",
    "denied_object",
    "disowned_claim",
    "foiled_object",
    "signals",
]


@dataclass(frozen=True)
class Signals:
    """What an event's clause path says of its polarity and time."""

    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    would: bool = False


@dataclass(frozen=True)
class Context:
    """An event's polarity, modality, source and whether it speaks of the future."""

    polarity: str = "affirmed"
    modality: str = "asserted"
    attributed_to: Entity | None = None
    future: bool = False


def signals(path: tuple[Step, ...], lex: EnglishLexicon, posture: Token | None = None) -> Signals:
    """Negation, future, hypothesis and "would" along the path. ``posture``: the verb of getting
    ready that the event is the show of force of ("prepared" in "prepared to attack X",
    ``clauses_en.posture_verb``); getting ready is done now, so that verb is no future cue."""
    negated = future = hypothetical = would = False
    for step in path:
        if step.same_clause:
            neg, fut, hyp, wd = _own_clause(step, lex)
            negated ^= neg
            future, hypothetical, would = future or fut, hypothetical or hyp, would or wd
        if for_to_clause(step.token):
            future = True  # "it is time for Chad to disband its militias": wanted, not done
        if step.exit is None or step.exit == "conj":
            continue  # a conjunct shares its first verb's auxiliaries and negation
        t = step.token
        lemma = t.head.lemma_.lower()
        # ("is set to visit", "is due to arrive", "is going to": the cue's "to" is the infinitive's)
        before_to = {f"{lemma} to", f"{t.head.lower_} to"} if step.exit == "xcomp" else set()
        cue = lemma in lex.future or lemma in lex.hope or before_to & lex.future
        # ("pushed ahead with its offensive": going on with an act is doing it, not wanting it)
        if cue and not _reduced_passive(step) and t.head != posture and not goes_on(t.head, lex):
            future = True
        if lemma in lex.denial and (step.exit == "ccomp" or (step.exit in ("xcomp", "pcomp") and t.tag_ == "VBG")):
            negated = not negated  # "denied that it attacked", "denied attacking"
        if step.exit == "acl" and content_of_noun(t) and t.head.dep_ == "dobj" and denied_noun(t.head, lex):
            negated = not negated  # "denied reports that it had attacked", "rejected claims that"
        if lemma in lex.acquittal and step.exit == "prep" and t.lower_ == "of":
            negated = not negated  # "cleared of bombing", "acquitted of the attack"
        if lemma in lex.negation and step.exit == "xcomp":
            negated = not negated  # "failed to reach agreement"
        elif lemma in lex.stopping and step.exit == "xcomp" and t.tag_ == "VBG":
            negated = not negated  # "stopped buying oil from Iran": the act no longer done
        if step.exit == "pcomp" and t.head.lower_ == "from" and t.head.head.lemma_.lower() in lex.negation:
            negated = not negated  # "refrained from attacking"
        elif kept_from(t, lex) is not None:
            negated = not negated  # "stopped Uganda from attacking", "barred them from attending"
        if step.exit == "pcomp" and _negating_prep(t.head, lex):
            negated = not negated  # "rather than pressuring Sudan", "instead of attacking"
        if step.exit == "advcl" and any(c.dep_ == "mark" and c.lower_ in lex.hypothetical for c in t.children):
            hypothetical = True
        if _deliberated(step, lex):
            hypothetical = True  # "is considering sending troops": an option, not an act
        if step.exit == "advcl" and _pending(t, lex):
            future = True  # "X must agree before they demobilize": not done yet
    return Signals(negated, future, hypothetical, would)


def _deliberated(step: Step, lex: EnglishLexicon) -> bool:
    """Is the step's verb the -ing complement of a verb of deliberation ("is considering sending
    troops", "is thinking about imposing sanctions")? Only the -ing form: "considered them to be
    a threat" judges."""
    t = step.token
    if t.tag_ != "VBG" or step.exit not in ("xcomp", "pcomp", "ccomp", "dobj"):
        return False
    if step.exit == "pcomp":
        return f"{t.head.head.lemma_.lower()} {t.head.lower_}" in lex.deliberation
    return t.head.lemma_.lower() in lex.deliberation and not _takes_predicate(t.head)


def _takes_predicate(verb: Token, noun: Token | None = None) -> bool:
    """Does the verb take a predicate besides its object ("considered the raid an act of war",
    "considers the attack as illegal")? Then it judges a done act, not deliberates over one. The
    parser may hang the predicate on the object ("the attack ... as illegal") or make it an
    apposition inside it ("the attack on X a crime")."""
    if any(c.dep_ in ("oprd", "acomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children):
        return True
    inside = noun.subtree if noun is not None else ()
    return any((t.dep_ == "prep" and t.lower_ == "as") or (t.dep_ == "appos" and indefinite(t)) for t in inside)


def _no_one(subject: Token, lex: EnglishLexicon) -> bool:
    """Does the subject say that no one of it acts ("no troops", "neither Chad nor Sudan")? Not
    "not only Chad but also Sudan", which adds."""
    if subject.lower_ in lex.negation and subject.lower_ != "not":
        return True  # "nobody claimed the raid"
    return any(
        g.dep_ in ("det", "preconj") and g.lower_ in lex.negation and g.lower_ != "not" for g in subject.children
    )


def _reduced_passive(step: Step) -> bool:
    """Is the step a past participle describing its noun ("the plan welcomed by France", "the
    visit announced on Monday")? The noun is the participle's patient, so a future or hope
    noun ("plan", "hope") says nothing of the participle's own act."""
    return step.exit == "acl" and step.token.tag_ == "VBN"


def _pending(verb: Token, lex: EnglishLexicon) -> bool:
    """Is the verb a present-tense clause of "before"/"until" under a clause of obligation or of
    the future ("must agree ... before they demobilize", "will stay until they disarm")? A past
    one happened ("attacked the town before they withdrew")."""
    if verb.tag_ not in ("VB", "VBP", "VBZ") or not any(
        c.dep_ == "mark" and c.lower_ in lex.pending for c in verb.children
    ):
        return False
    return any(c.dep_ == "aux" and (c.lower_ in lex.obligation or c.lower_ in lex.future) for c in verb.head.children)


def _negating_prep(prep: Token, lex: EnglishLexicon) -> bool:
    """Is the preposition the last word of a negating one ("rather than", "instead of"), or of a
    verb of choosing against ("decided against sending aid": its lemma, ``gk:PreventionCue``)?"""
    if prep.i == 0:
        return False
    before = prep.doc[prep.i - 1]
    return any((w, prep.lower_) in lex.negating_preps for w in (before.lower_, before.lemma_.lower()))


def _own_clause(step: Step, lex: EnglishLexicon) -> tuple[bool, bool, bool, bool]:
    """Negation (an odd count of negators), future, hypothesis and "would" on one token of the
    event's own clause."""
    negated = future = hypothetical = would = False
    for c in step.token.children:
        w = c.lower_
        if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and w in lex.negation and w != "no"):
            negated = not negated
        if c.dep_ == "acomp" and step.token.pos_ == "AUX" and any(g.dep_ == "neg" for g in c.children):
            negated = not negated  # "is not disappointed": the parser hangs "not" on the adjective
        if c.dep_ in ("nsubj", "nsubjpass") and _no_one(c, lex):
            negated = not negated  # "No Kenyan troops crossed", "Neither Chad nor Sudan signed"
        if c.dep_ == "aux":
            if w == "would":  # future in reported speech, else conditional (combine)
                would = True
            elif w in lex.future or w == "wo":  # "wo" is "will" in "won't"
                future = True
            elif w in lex.hypothetical:
                hypothetical = True
        if c.dep_ == "mark" and w in lex.hypothetical:
            hypothetical = True
    if _judged_past(step.token, lex):
        # "should not have attacked X" blames an attack that was made; "should have attacked X"
        # regrets one that was not: a judgement of the past, never a denial of the act
        negated, hypothetical = False, hypothetical or not negated
    elif _advised(step.token, lex):
        # "Uganda should not attack Somalia", "must not invade": advice about an act, no denial
        # of it (and "should attack" no telling of it as done): hypothetical, either way
        negated, hypothetical = False, True
    return negated, future, hypothetical, would


def _advised(verb: Token, lex: EnglishLexicon) -> bool:
    """Is the verb, not a perfect, under a modal of obligation ("should attack", "must not
    invade", "ought not to bomb", "needs to withdraw")?"""
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in lex.obligation for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and f"{verb.head.lower_} to" in lex.obligation


def _judged_past(verb: Token, lex: EnglishLexicon) -> bool:
    """Is the verb a perfect under a modal of obligation ("should (not) have attacked", "must
    not have", "ought (not) to have": the modal on the verb, or "ought" its head)?"""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    if not perfect or verb.tag_ != "VBN":
        return False
    if any(c.dep_ == "aux" and c.lower_ in lex.obligation for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and f"{verb.head.lower_} to" in lex.obligation


def combine(report: Report, sig: Signals) -> Context:
    """The event's context: "would" is future when reported, else hypothetical; the future makes
    an asserted or reported event expected, a hypothesis an asserted or reported one hypothetical."""
    future, hypothetical = sig.future, sig.hypothetical
    modality = report.modality
    if sig.would:
        if modality in ("reported", "alleged"):
            future = True
        else:
            hypothetical = True
    if future and modality in ("asserted", "reported"):
        modality = "expected"
    elif hypothetical and modality in ("asserted", "reported"):
        # "Kenya said Uganda might withdraw": a possibility the speaker reports is a possibility,
        # as a future they report is expected (the speaker stays in attributed_to)
        modality = "hypothetical"
    return Context("negated" if sig.negated else "affirmed", modality, report.attributed_to, future)


def denied_object(noun: Token, lex: EnglishLexicon) -> bool:
    """Is the event noun inside what a denial verb denies ("denied involvement in the
    assassination", "denied any role in the attack", "denied the raid")? Denying an act never
    asserts it."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = _governing_verb(noun, ("dobj", "pobj", "prep", "conj", "appos", "compound"))
    if verb is None or verb.lemma_.lower() not in lex.denial:
        return False
    # ("denied any criticism of Russia's visit": the criticism is denied, not the visit judged)
    between = (t for t in noun.ancestors if verb.i != t.i and t.pos_ == "NOUN" and t in verb.subtree)
    return not any(lex.word_relations.get(t.lemma_.lower()) for t in between)


def none_given(words: Span, lex: EnglishLexicon) -> bool:
    """Does a noun among the trigger's own words say that none of it was done or given ("sent no
    aid", "no attack on X")? Only the trigger's words: "made no comment on the talks" says
    nothing of the talks."""
    nouns = (t for t in words if t.pos_ == "NOUN")
    return any(g.dep_ == "det" and g.lower_ in lex.negation and g.lower_ != "not" for n in nouns for g in n.children)


def _governing_verb(t: Token, deps: tuple[str, ...]) -> Token | None:
    """The first verb above ``t`` up a chain of the arcs ``deps`` (at most six), if any."""
    for _ in range(6):
        if t.dep_ not in deps:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def disowned_claim(verb: Token, lex: EnglishLexicon) -> bool:
    """Is the verb one of claiming an act, negated in its own clause ("no group has claimed the
    bombing", "nobody claimed responsibility for the raid", "Hamas did not claim the attack")?
    The negation is the claim's: the act named as its object still happened, and the subject
    that disowns it is not its agent."""
    if verb.lemma_.lower() not in lex.claiming:
        return False
    negated = False
    for step in clause_path(verb):
        if not step.same_clause:
            break
        negated ^= _own_clause(step, lex)[0]
    return negated


def foiled_object(anchor: Token, lex: EnglishLexicon) -> bool:
    """Is the act what a verb of foiling kept from happening ("foiled an attack on X", "an attack
    on X was thwarted", "thwarted a plot to bomb X")? Through the noun whose infinitive it is,
    and up its prepositions ("foiled attempts at an attack")."""
    t = anchor
    if t.pos_ in ("VERB", "AUX") and t.dep_ in ("acl", "xcomp") and t.head.pos_ == "NOUN":
        t = t.head  # "a plot to bomb", "an attempt to kill": the infinitive of a noun
    elif t.pos_ in ("VERB", "AUX") and t.dep_ == "advcl" and any(c.lower_ == "to" for c in t.children):
        return t.head.lemma_.lower() in lex.foiling  # (the parser's "thwarted a plot | to bomb")
    elif t.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = _governing_verb(t, ("dobj", "nsubjpass", "pobj", "prep", "conj", "compound"))
    return verb is not None and (verb.lemma_.lower() in lex.foiling or stopped_unowned(verb, t, lex))


def awaited_object(noun: Token, lex: EnglishLexicon) -> bool:
    """Is the event noun what a verb of planning, hope or expectation has as its object ("wants
    talks with", "is seeking sanctions against", "expects a visit from")? The act is awaited, not
    done. Not a possessed act ("pressed its offensive"): that one is under way."""
    if _hoped_for(noun, lex):
        return True
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or any(c.dep_ == "poss" for c in noun.children):
        return False
    verb = noun.head
    return verb.pos_ == "VERB" and (verb.lemma_.lower() in lex.future or verb.lemma_.lower() in lex.hope)


def deliberated_object(noun: Token, lex: EnglishLexicon) -> bool:
    """Is the event noun what a verb of deliberation has as its object ("is considering a
    withdrawal from X", "is weighing sanctions against X", "is thinking about a visit to X")? The
    act is an option under thought: hypothetical. Not a judgement of a done act ("considered the
    raid an act of war")."""
    if noun.pos_ != "NOUN":
        return False
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
        return verb.pos_ == "VERB" and f"{verb.lemma_.lower()} {noun.head.lower_}" in lex.deliberation
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in lex.deliberation
        and not _takes_predicate(verb, noun)
    )


def _hoped_for(noun: Token, lex: EnglishLexicon) -> bool:
    """Is the event noun what a noun of hope, appeal or plan is "for" ("voiced hope for talks with
    X", "renewed its call for a summit with X", "drew up plans for an offensive against X")? The
    act is wished for or planned, not done."""
    prep = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or prep.lower_ != "for":
        return False
    wish = prep.head
    lemma = wish.lemma_.lower()
    return wish.pos_ == "NOUN" and (lemma in lex.hope or lemma in lex.appeals or lemma in lex.future)
