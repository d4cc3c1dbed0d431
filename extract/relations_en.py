"""English relation extraction from the dependency parse of ``en_core_web_sm``: the component
``geokg_en_relations`` and the order of its stages.

For each content sentence of a document:

1. clauses (``clauses_en``): the ontology's English triggers, matched on lemma sequences; words of
   force in sports reports, conditions and history dropped; which triggers are coded (only the
   outermost of a chain: "threatened to ban" is a threat, "accused X of attacking" an
   accusation; but an intent word yields to the act it controls: "agreed to provide aid" is aid,
   expected);
2. arguments (``phrases_en``, ``arguments_en``): each coded trigger's subjects and objects;
3. reporting (``reporting_en``): who the event is attributed to, reported or alleged;
4. modality (``modality_en``): negation, future, hypothesis in the event's own clause;
5. nesting (``nesting_en``): an event in the object's place of a stance makes an assertion about
   an assertion;
6. time: resolved for every candidate by the shared ``timex.resolve_candidate_times``.

Events in relative and adverbial clauses are kept beside the main clause's. Pronouns
resolve to an actor named before them in the same sentence, else in the sentences before it
(``phrases_en.Memory``); "the two countries" to the last two states named. Offices stated with a
name ("Russian President Vladimir Putin") are standing facts, asserted paragraph by paragraph.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from geokg.ontology import Ontology
from spacy.language import Language
from spacy.tokens import Doc, Span

from . import arguments_en, clauses_en, modality_en, nesting_en, reporting_en
from .candidate import Candidate
from .clauses_en import Clause, Sentence, Text, Trigger
from .document_doc import content_sentences, sentence_of
from .entities_en import EnActor, EnglishLinker, ensure_analysis
from .lexicon_en import EnglishLexicon
from .phrases_en import Memory, Phrases, unique
from .relation_component import RelationComponent

EXTRACTOR_NAME = "geokg.en-deps/0.1"


@dataclass(frozen=True)
class EnglishDiscourse:
    """What a document has said before a sentence: the actors it named, as pronouns and pairs
    read them (``memory``), and the candidates found (what "the strike" refers to)."""

    memory: Memory = Memory()
    events: tuple[Candidate, ...] = ()

    def after(self, named: Sequence[EnActor], found: Sequence[Candidate], doc: Doc) -> EnglishDiscourse:
        return EnglishDiscourse(self.memory.after(named, doc), (*self.events, *found))


class EnglishRelationExtractor:
    """The stages over a parsed English document's content sentences. Not a component itself:
    ``EnglishRelations`` (``geokg_en_relations``) runs it per document."""

    def __init__(self, lexicon: EnglishLexicon) -> None:
        self.lex = lexicon

    def __call__(self, sentences: list[Span], linker: EnglishLinker) -> tuple[list[Candidate], EnglishDiscourse]:
        """The candidates of a document's content sentences, and what the document said; a
        paragraph's standing facts (offices stated with a name) follow its interactions."""
        out: list[Candidate] = []
        discourse = EnglishDiscourse()
        starts = [start for start, _ in sentences[0].doc._.geokg_regions or ()] if sentences else []
        region = None
        for sent in sentences:
            here = bisect.bisect_right(starts, sent.start_char)
            if region is not None and here != region:
                out.extend(self._standing_facts(linker, sentences))
            region = here
            found, named = self._sentence(sent, linker, discourse)
            out.extend(found)
            discourse = discourse.after(named, found, sent.doc)
        out.extend(self._standing_facts(linker, sentences))
        return out, discourse

    def _standing_facts(self, linker: EnglishLinker, sentences: list[Span]) -> list[Candidate]:
        """Offices stated with a name ("Russian President Vladimir Putin"): the standing relation
        the office concept names (``headOfStateOf``, ``foreignMinisterOf``, ...) to its state."""
        out = []
        for person, office_id, state in linker.take_office_facts():
            office = linker.gaz.office(office_id)
            relation = office.relation if office else None
            sent = sentence_of(sentences, person.start)
            if relation is None or relation not in self.lex.relations or sent is None:
                continue
            obj = EnActor(state, person.start, person.end, "office", person.text, person.char_start, person.char_end)
            out.append(
                Candidate(
                    relation=relation,
                    subject=person,
                    object=obj,
                    sentence_start=sent.start_char,
                    sentence_end=sent.end_char,
                    trigger_start=person.char_start,
                    trigger_end=person.char_end,
                    confidence=0.85,
                )
            )
        return out

    # --- one sentence --------------------------------------------------------------------------

    def _sentence(
        self, span: Span, linker: EnglishLinker, discourse: EnglishDiscourse
    ) -> tuple[list[Candidate], list[EnActor]]:
        """The sentence's candidates and the actors it names."""
        lex = self.lex
        sent = Sentence.of(span, linker.text)
        triggers = [
            clauses_en.helping_forces(
                clauses_en.asking_noun(clauses_en.passive_event_noun(clauses_en.speech_act(t, lex), lex), lex), lex
            )
            for t in clauses_en.find_triggers(sent, lex, linker.nationals(sent.start, sent.end))
            if not clauses_en.out_of_scope(t, sent, lex, linker)
        ]
        triggers.extend(clauses_en.obligations(sent, triggers, lex))
        triggers.extend(clauses_en.controlling_verbs(sent, triggers, lex))
        triggers.extend(clauses_en.responsibility(sent, triggers, lex))
        triggers.extend(clauses_en.ultimatums(sent, triggers, lex))
        # (the words that may name one tested by index: a Token only for those)
        heads, start, tokens = linker.parse.heads, sent.start, sent.tokens
        named = unique(
            [
                a
                for i in range(start, sent.end)
                if linker.may_name_at(i)
                for a in linker.actors(tokens[i - start])
                if i == a.end - 1 or not a.start <= heads[i] < a.end
            ]
        )
        phrases = Phrases(lex, linker, discourse.memory, tuple(named))
        attributes = arguments_en.hyphenated(sent, phrases) if "-" in sent.text else []
        if not triggers:
            return attributes, named
        found: list[tuple[bool, list[Candidate]]] = []  # (background, candidates) per clause
        got_for: dict[int, list[Candidate]] = {}
        for clause in clauses_en.plan(triggers, lex):
            if any(got_for.get(i) for i in clause.governs):
                continue  # the intended act was coded
            got = self._clause(clause, triggers, sent, phrases, discourse.events)
            got_for[clause.trigger.anchor.i] = got
            found.append((clause.background, got))
        # Events in relative and adverbial clauses ("after a coup toppled the government", "rebels
        # who attacked X") are background to the sentence's own event, but relations the text
        # states all the same: a graph keeps them (an event coder codes the main one only).
        return [r for _, rs in found for r in rs] + attributes, named

    def _clause(
        self, clause: Clause, triggers: list[Trigger], sent: Text, phrases: Phrases, events: Sequence[Candidate]
    ) -> list[Candidate]:
        """The candidates of one coded clause: nested, else plain; an intended act expected."""

        def code(trig: Trigger, nested: Candidate | None) -> list[Candidate]:
            return self._event(trig, sent, phrases, nested)

        trig = clause.trigger
        if clause.alleged_by is not None:
            return self._alleged(trig, clause.alleged_by, sent, phrases)
        got = nesting_en.nested(trig, triggers, sent, phrases, events, code)
        if got is None:
            got = code(trig, None)
        return _each(got, _expected) if clause.intended else got

    @staticmethod
    def _alleged(trig: Trigger, accusation: Trigger, sent: Text, phrases: Phrases) -> list[Candidate]:
        """ "Iran accused Israel of attacking its scientists": Israel attacks Iran, alleged by Iran
        (the accusation itself is coded on its own). Nothing unless the accusation names both."""
        charge = arguments_en.find(accusation, phrases)
        # ("X were blamed for the bombing": the accused, by an accuser the text does not name)
        named = (
            charge.objects if charge is not None else tuple(arguments_en.accused_unnamed_accuser(accusation, phrases))
        )
        if not named or modality_en.signals(clauses_en.clause_path(accusation.anchor), phrases.lex).negated:
            return []  # ("did not accuse Georgia of arming the rebels": nothing is alleged)
        args = arguments_en.find(trig, phrases, agents=named)
        if args is None:
            return []
        path = clauses_en.clause_path(args.clause or args.verb)
        signals = modality_en.signals(path, phrases.lex)
        report = reporting_en.Report("alleged", charge.subjects[0].entity if charge is not None else None)
        accused = {a.entity.id for a in named}
        # ("the rebels, accused of attacking Chad": a state the context alone gave the accused may
        # be the charge's own target, no state of theirs; its act on that state is no relation;
        # a target whose state the same context gave, "police arrested militants accused of
        # attacking government offices", is the accused's own state's, an act at home)
        guessed = {a.entity.country for a in named if phrases.contextual(a)}
        found = arguments_en.candidates(trig, args, modality_en.combine(report, signals), sent, phrases)
        return [
            c
            for c in found
            if c.object is None
            or getattr(c.object, "entity", None) is None
            or (
                c.object.entity.id not in accused
                and (c.object.entity.country not in guessed or phrases.contextual(c.object))  # type: ignore[arg-type]
            )
        ]  # type: ignore[union-attr]

    @staticmethod
    def _event(trig: Trigger, sent: Text, phrases: Phrases, nested: Candidate | None) -> list[Candidate]:
        """A trigger's candidates: its arguments, with the context its clause path gives."""
        args = arguments_en.find(trig, phrases, nested=nested is not None)
        if args is not None and arguments_en.labour_strike(trig, args, sent, phrases.lex):
            # a protest, never an attack: against whom it names, else the government of the
            # strikers' state (gk:protests gk:impliedTarget), as "went on strike" and Arabic's
            # "نفذ العمال إضرابا" are
            trig = trig.retyped(phrases.lex.strike_relation)  # type: ignore[arg-type]
            args = arguments_en.find(trig, phrases, nested=nested is not None)
        if arguments_en.given_arriving(trig, phrases.lex):
            return []  # "Japanese aid arrived in Jakarta": the aid noun's trigger codes it
        if args is not None and arguments_en.peacekeepers_arriving(trig, args, phrases.lex):
            # "peacekeepers arrived in Darfur": protection given to the place's state, no visit
            trig = trig.retyped(phrases.lex.peacekeeping.relation)  # type: ignore[arg-type]
            args = arguments_en.find(trig, phrases, nested=nested is not None)
        if args is not None and arguments_en.stopped_labour_strike(trig, args, sent, phrases.lex):
            return []  # "workers called off their strike": no act between actors
        if args is None or arguments_en.unwarned(trig, args, sent, phrases.lex):
            return []
        path = clauses_en.clause_path(args.clause or args.verb)
        signals = modality_en.signals(path, phrases.lex, clauses_en.posture_verb(trig, phrases.lex))
        report = reporting_en.report(_reported_path(path), phrases)
        context = modality_en.combine(report, signals)
        if clauses_en.halted_fighting(trig, phrases.lex):
            # the fighting a halt stops took place, whatever the halt's own clause says ("did not
            # halt the clashes", "would end the fighting"): only who tells of it is kept
            context = modality_en.Context(modality=report.modality, attributed_to=report.attributed_to)
        elif modality_en.foiled_object(trig.anchor, phrases.lex):
            context = replace(context, polarity="negated")  # an act kept from happening, never done
        elif modality_en.denied_object(trig.anchor, phrases.lex):
            context = replace(context, polarity="affirmed" if context.polarity == "negated" else "negated")
        elif modality_en.none_given(trig.anchor.doc[trig.start : trig.end], phrases.lex):
            context = replace(context, polarity="negated")  # "sent no aid": none given
        if modality_en.awaited_object(trig.anchor, phrases.lex) and context.modality in ("asserted", "reported"):
            context = replace(context, modality="expected", future=True)
        elif modality_en.deliberated_object(trig.anchor, phrases.lex) and context.modality in ("asserted", "reported"):
            context = replace(context, modality="hypothetical")  # "is weighing sanctions": an option
        return arguments_en.candidates(trig, args, context, sent, phrases, nested)


def _expected(c: Candidate) -> Candidate:
    """An intended act ("agreed to provide aid"): of the future, expected where it was stated."""
    modality = "expected" if c.modality in ("asserted", "reported") else c.modality
    return replace(c, future=True, modality=modality)


def _each(found: list[Candidate], change: Callable[[Candidate], Candidate]) -> list[Candidate]:
    """``change`` applied to each candidate (inner ones first), the outer ones citing the changed
    inner ones."""
    done: dict[int, Candidate] = {}
    out = []
    for c in found:
        new = change(c)
        if c.nested is not None and id(c.nested) in done:
            new = replace(new, object=done[id(c.nested)])
        done[id(c)] = new
        out.append(new)
    return out


COMPONENT_NAME = "geokg_en_relations"


@Language.factory(
    COMPONENT_NAME,
    requires=["doc._.geokg_links", "token.dep", "token.head", "token.lemma", "doc.sents"],
    assigns=["doc._.geokg_candidates", "doc._.geokg_discourse"],
    default_config={"ontology_dir": None},
)
def make_en_relations(nlp: Language, name: str, ontology_dir: str | None) -> EnglishRelations:
    """English relation candidates from the dependency parse, after ``geokg_en_linker``.
    ``ontology_dir``: a folder with the ontology's Turtle (default: the packaged ontology).
    Adds geokg's own analysis where it is missing, as the linker does."""
    ensure_analysis(nlp)
    return EnglishRelations(name, ontology_dir)


class EnglishRelations(RelationComponent):
    """spaCy component: the English rules over a document's content sentences, with the discourse
    kept on ``doc._.geokg_discourse``; the candidates, their times resolved, go to
    ``doc._.geokg_candidates``. ``initialize()`` loads the ontology; ``to_disk`` saves its Turtle."""

    lang = "en"

    def build_rules(self, ontology: Ontology) -> EnglishRelationExtractor:
        return EnglishRelationExtractor(EnglishLexicon.build(ontology))

    def find(self, doc: Doc) -> list[Candidate]:
        ext = doc._  # (each read of Doc._ makes a new accessor)
        found, ext.geokg_discourse = self.rules(content_sentences(doc), ext.geokg_links)
        return found

    @staticmethod
    def doc_text(doc: Doc) -> str:
        return doc._.geokg_links.text  # (the linker has read it once already)

    @staticmethod
    def normalise(text: str) -> tuple[str, None]:
        # lower() keeps the offsets of the text geokg reads (its time words are lower case)
        return text.lower(), None


def _reported_path(path: tuple[clauses_en.Step, ...]) -> tuple[clauses_en.Step, ...]:
    """Where an event's reporting is read: its clause path, or, for an event noun that is a
    verb's object, direct or after its preposition ("delays may slow Croatia's bid to join NATO,
    diplomats said"), the path of that verb, which the speaker's words embed. Only the
    reporting: the verb's own negation and modality are not the noun's ("may slow its bid" says
    nothing of whether the bid is made)."""
    noun = path[0].token if len(path) == 1 else None
    if noun is None or noun.pos_ != "NOUN":
        return path
    # ("... pressed ahead with its plans to ..., officials said": the verb of its preposition)
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB":
        return path
    return (*path, *clauses_en.clause_path(verb))
