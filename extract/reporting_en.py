"""English rules, stage 3: reporting and attribution.

Whose claim is an event? Read along its clause path (``clauses_en.clause_path``): a reporting,
allegation or denial verb whose complement the event's clause is ("Kenya said Uganda attacked",
"Iran denied that it had supplied drones") makes it reported (alleged, for an allegation verb),
attributed to that verb's subject; "according to X" attributes it to X. The first source found
going up is the one kept. "X said Y did Z" is thus Y→Z, reported, attributed to X: the speaker is
never the agent of what is said.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .clauses_en import Step, attribution_tail
from .entities_en import EnActor, in_words
from .lexicon_en import EnglishLexicon
from .model import Entity
from .parse_en import dependents, parse_of
from .phrases_en import PASS_SUBJ, SUBJ, Phrases, misattached_subject

__all__ = ["Report", "content_of_noun", "report"]


@dataclass(frozen=True)
class Report:
    """Who an event is attributed to, and how: ``asserted`` (the text's own), ``reported`` or
    ``alleged``."""

    modality: str = "asserted"
    attributed_to: Entity | None = None


def report(path: tuple[Step, ...], phrases: Phrases) -> Report:
    """The attribution of the event at the foot of ``path``."""
    lex = phrases.lex
    modality, attributed = _told_act(path[0].token, phrases)
    for step in path:
        if attributed is None:
            found, source = _according_to(step, phrases)
            if source is not None:
                attributed, modality = source, "reported"
            elif found and modality == "asserted":
                modality = "reported"  # ("according to a statement posted on a website", "to witnesses")
        if step.same_clause and modality == "asserted":
            modality = _hedged(step.token, lex)
            tail = _closing_tail(step.token, lex) if attributed is None else None
            if tail is not None:
                modality, attributed = "reported", _speaker(tail, phrases)
        if step.exit == "acl" and content_of_noun(step.token) and modality == "asserted":
            # "reports that Syria had attacked", "denied claims that its troops had ...": what a
            # noun of saying holds is a claim, the governing verb's subject's when it speaks
            modality, attributed = _noun_claim(step.token.head, attributed, phrases)
            continue
        head = step.token.head
        lemma = head.lemma_.lower()
        if modality == "asserted" and _raised_hearsay(step, lemma, lex):
            # "Chile is alleged to have shelled X", "is said to have sent aid": hearsay about the
            # subject, by the passive's agent where one is named
            modality = "alleged" if lemma in lex.allegation else "reported"
            agents = [p for c in head.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            srcs = phrases.expand(agents) if attributed is None else []
            attributed = srcs[0].entity if srcs else attributed
            continue
        if not _reports(lemma, lex) or not (_complement(step, lex, path[0].token) or _denied_gerund(step, lemma, lex)):
            continue
        # "Iran denied that it had supplied drones": a negated claim the denier makes
        if lemma in lex.allegation:
            modality = "alleged"
        elif modality == "asserted":
            modality = "reported"
        if attributed is None:
            attributed = _speaker(head, phrases)
    return Report(modality, attributed)


def _told_act(anchor: Token, phrases: Phrases) -> tuple[str, Entity | None]:
    """An act noun that is the object of a verb of telling ("police reported an attack on a
    convoy", gk:ToldActCue) is reported by that verb's subject, as "police said gunmen attacked
    a convoy" is: the teller vouches for the report, not for the act."""
    verb = anchor.head
    if anchor.pos_ != "NOUN" or anchor.dep_ != "dobj" or verb.lemma_.lower() not in phrases.lex.told_acts:
        return "asserted", None
    return "reported", _speaker(verb, phrases)


def content_of_noun(clause: Token) -> bool:
    """Is the clause the content of the noun it hangs on ("reports that Syria had attacked",
    "reports that its posts were shelled"): "that", a subject of its own (active or passive) and
    a finite verb?"""
    return (
        clause.head.pos_ == "NOUN"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        and any(c.dep_ in SUBJ or c.dep_ in PASS_SUBJ for c in clause.children)
    )


def denied_noun(noun: Token, lex: EnglishLexicon) -> bool:
    """Is the noun the object of a denial ("denied reports"), or a claim a verb of dismissal
    rejects ("rejected claims", "dismissed reports"; not "rejected demands": a demand refused
    is no claim denied)? Its content clause is then negated."""
    verb = noun.head.lemma_.lower()
    return verb in lex.denial or (verb in lex.dismissal and noun.lemma_.lower() in lex.claim_noun)


def _noun_claim(noun: Token, attributed: Entity | None, phrases: Phrases) -> tuple[str, Entity | None]:
    lex = phrases.lex
    verb = noun.head if noun.dep_ == "dobj" else None
    alleged = noun.lemma_.lower() in lex.allegation or (verb is not None and verb.lemma_.lower() in lex.allegation)
    if attributed is None and verb is not None and (_reports(verb.lemma_.lower(), lex) or denied_noun(noun, lex)):
        srcs = phrases.expand(dependents(verb, SUBJ))
        attributed = srcs[0].entity if srcs else None
    return ("alleged" if alleged else "reported"), attributed


def _hedged(verb: Token, lex: EnglishLexicon) -> str:
    """An adverb of hearsay on the event's own clause: "allegedly shelled" is alleged,
    "reportedly shelled" reported (by no one named)."""
    # (the adverbs' words from the parse arrays: no Token)
    p = parse_of(verb.doc)
    for c in p.kids[verb.i]:
        if p.deps[c] == "advmod" and p.lower[c] in lex.allegation:
            return "alleged"
        if p.deps[c] == "advmod" and p.lower[c] in lex.reporting:
            return "reported"
    return "asserted"


def _closing_tail(verb: Token, lex: EnglishLexicon) -> Token | None:
    """The "..., the United Nations said in a statement" closing the event's clause that the
    parser hung as an adverbial clause of its verb, or the same words set between commas inside
    it ("Japan, officials said, had sent aid to X"), which the parser hangs as parataxis: a bare
    verb of saying with a subject after a comma, saying nothing else (no clause, object or
    conjunction of its own)."""
    inside = [c for c in verb.children if c.dep_ == "parataxis" and c.i < verb.i]
    closing = [c for c in verb.rights if c.dep_ == "advcl"]
    for c in (*inside, *closing):
        if attribution_tail(c, lex) and not any(d.dep_ in ("ccomp", "dobj", "mark", "xcomp") for d in c.children):
            return c
    return None


def _complement(step: Step, lex: EnglishLexicon, foot: Token | None = None) -> bool:
    """Is the step's clause what its head says: a complement, or a clause the parser hung as an
    adverbial with its subject read as the saying verb's object ("officials said gunmen, some in
    uniform, seized ...")?"""
    if step.exit == "ccomp":
        return True
    if step.exit == "prep":
        # "said after meeting X that Y shelled Z": the "that" clause the parser hung on the
        # gerund of the verb's phrase of when is what the verb says
        # (the event is that clause itself: the meeting stays the speaker's own act)
        return (
            foot is not None
            and _that_clause(foot)
            and any(g.dep_ == "pcomp" and g.tag_ == "VBG" and foot in _and_object(g) for g in step.token.children)
        )
    return step.exit == "advcl" and misattached_subject(step.token, lex) is not None


def _and_object(verb: Token) -> list[Token]:
    """The verb's dependents and those of its object (where the parser may hang a clause)."""
    return [*verb.children, *(c for o in verb.children if o.dep_ == "dobj" for c in o.children)]


def _that_clause(c: Token) -> bool:
    return c.dep_ in ("ccomp", "acl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)


def _raised_hearsay(step: Step, lemma: str, lex: EnglishLexicon) -> bool:
    """Is the step's verb the infinitive of a passive verb of saying or alleging whose subject it
    shares, a perfect or progressive one ("is alleged to have shelled", "was reported to have
    met", "is said to be arming")? A bare infinitive is an order given ("was told to withdraw")."""
    if step.exit != "xcomp" or not (lemma in lex.reporting or lemma in lex.allegation):
        return False
    head, verb = step.token.head, step.token
    if head.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in head.children):
        return False
    return verb.lemma_ == "be" or any(c.dep_ == "aux" and c.lemma_ in ("have", "be") for c in verb.children)


def _denied_gerund(step: Step, lemma: str, lex: EnglishLexicon) -> bool:
    """ "Uganda denied shelling the villages": a denied act the denier speaks of, as in "denied
    that it shelled"."""
    return lemma in lex.denial and step.exit in ("xcomp", "pcomp") and step.token.tag_ == "VBG"


def _speaker(verb: Token, phrases: Phrases) -> Entity | None:
    """Who speaks by a reporting verb: its subject ("a spokesman for the Kenyan government": the
    body the speaker speaks for, where the noun itself names none), else (a participle or
    conjunct with none of its own: "Egypt pulled back, saying ...", "Kenya said ... and added
    that ...") the subject it shares with the verb it hangs on, or the one quoted ("was quoted
    as saying")."""
    own = [c for c in verb.children if c.dep_ in SUBJ]
    if own:
        srcs = phrases.expand(own) or _spoken_for(own[0], phrases)
    elif verb.dep_ in ("advcl", "conj", "xcomp"):
        srcs = phrases.verb_subject(verb)[0]
    elif verb.dep_ == "pcomp" and _reports(verb.head.head.lemma_.lower(), phrases.lex):
        # "the minister was quoted as saying": the one quoted speaks
        srcs = phrases.expand([c for c in verb.head.head.children if c.dep_ in PASS_SUBJ])
    else:
        srcs = []
    return srcs[0].entity if srcs else None


def _speaks_for(noun: Token, lex: EnglishLexicon) -> list[Token]:
    """The objects of a speaker noun's "for" or "of" ("a spokesman for the army"); for a noun of
    people the text does not name (gk:UnnamedActorCue: "sources", "witnesses"), also its "from",
    "in" or "within" phrase ("a source in the Israeli army") and its modifiers ("Palestinian
    security sources"), nearest first: the body they speak for."""
    if noun.pos_ != "NOUN":
        return []
    unnamed = in_words(noun, lex.unnamed_actor)
    preps = ("for", "of", "from", "in", "within") if unnamed else ("for", "of")
    found = [p for c in dependents(noun, ("prep",), preps) for p in c.children if p.dep_ == "pobj"]
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i] if unnamed else []
    return found + mods[::-1]


def _spoken_for(noun: Token, phrases: Phrases) -> list[EnActor]:
    """The first of ``_speaks_for``'s words that names an actor, as actors."""
    for w in _speaks_for(noun, phrases.lex):
        found = phrases.expand([w])
        if found:
            return found
    return []


def _reports(lemma: str, lex: EnglishLexicon) -> bool:
    return lemma in lex.reporting or lemma in lex.allegation or lemma in lex.denial


def _according_to(step: Step, phrases: Phrases) -> tuple[bool, Entity | None]:
    """Whether the step's word has an "according to" phrase, and the actor it names (None for a
    source that is no actor: "according to a statement", "according to witnesses")."""
    for c in dependents(step.token, ("prep",), ("according",)):
        src = [p for x in c.children for p in x.children if p.dep_ == "pobj"]
        if not src or all(p.lemma_.lower() in phrases.lex.conformity for p in src):
            continue  # ("withdrew according to the plan": what the act follows, no source)
        srcs = phrases.expand(src) or _spoken_for(src[0], phrases)
        return True, srcs[0].entity if srcs else None
    return False, None
