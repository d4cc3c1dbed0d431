"""English relation extraction from the dependency parse of ``en_core_web_sm``.

Triggers are the ontology's English lemmas (``gk:enTrigger``), matched on lemma sequences with
room for determiners and adjectives ("imposed new sanctions on"). For each trigger the parse gives
the arguments:

- a verb's subject is its ``nsubj``; a passive verb's subject is its ``by`` agent and its object
  the passive subject ("new sanctions against Iran were imposed by the EU"); a verb without a
  subject of its own takes its controller's ("Russia plans to visit", "X agreed to undertake") or,
  in a relative clause, the noun the clause modifies;
- a verb's object is its direct object, or the object of a preposition the relation allows
  (``gk:enObjectMarker``), also when the preposition hangs on the direct object ("imposed
  sanctions on Iran");
- a noun trigger takes its possessor or ``by`` phrase as subject ("Russia's attack", "an attack
  by rebels"), or the subject of the light verb it is the object of ("launched an attack on");
- conjuncts make compound actors on either side ("The US, Russia and Switzerland met");
  a reciprocal (symmetric) or cooperative relation with a compound subject and no object relates
  the members; other relations are asserted only when their object is found (``gk:objectKind``
  says which may go without one);
- a trigger without its own object takes the target of the clause it governs ("threatened to cut
  off electricity to X", "demanded that X ..."), and "X said Y must ..." is a demand on Y.

Around the trigger: negation (``neg`` children, denial verbs above it), future and intent
("will", "plans to"), hypotheticals ("if", "could"), reported speech (a reporting verb above the
trigger attributes it to the reporter's subject; an allegation verb makes it alleged; "according
to X"). Only the outermost trigger of a chain is coded ("threatened to ban" is a threat, "accused
X of attacking" an accusation), as event coders do, so one clause yields one event; but an
intent word yields to the act it controls ("agreed to provide aid" is aid, expected), and events
in relative or adverbial clauses count only when the main clause has none. Pronouns resolve to an
actor named before them in the same sentence, else in the sentences before it; "the two
countries" to the last two states named. Event coders' conventions for implied participants are
applied where the text leaves them out: a protest addresses the government of the state it
happens in, and a group or titled person named without a state in a domestic event acts for the
subject's state (both implied targets get confidence 0.5); people named by their nation or as an
ethnic group act for the state the event happens in.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from geokg.ontology import Ontology, Relation
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .candidate import Candidate
from .document_doc import content_sentences, sentence_of
from .entities_en import EnActor, EnglishLinker
from .gazetteer import INSTITUTION
from .lexicon_en import EnglishLexicon
from .model import Entity
from .relation_component import RelationComponent

EXTRACTOR_NAME = "geokg.en-deps/0.1"

_SUBJ = ("nsubj", "csubj")
_PASS_SUBJ = ("nsubjpass", "csubjpass")
_OBJ = ("dobj", "dative", "attr", "oprd")
_LIGHT_MARKERS = ("to", "on", "against")
_NOUN_OBJECT_PREPS = ("of", "by", "from", "to", "against", "on", "with", "for")
_NAME_ENTS = frozenset(
    {"ORG", "DATE", "TIME", "GPE", "PERSON", "LOC", "FAC", "NORP", "WORK_OF_ART", "LAW", "PRODUCT", "EVENT"}
)
_CLAUSE_MARKERS = ("to", "on", "against", "with", "from", "in", "at", "into", "over", "for", "of")
_PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "his"})
_PRONOUNS_GROUP = frozenset({"they", "them", "their", "it", "its", "we", "our", "us"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
CONFIDENCE = {"direct": 0.85, "inherited": 0.7, "pronoun": 0.65, "noun": 0.7, "reciprocal": 0.75, "default": 0.5}


@dataclass
class _Trigger:
    relation: str
    start: int
    end: int
    anchor: Token  # the head of the matched words


class EnglishRelationExtractor:
    """The rules that find relation candidates in a parsed English document's Doc, with pronoun
    context across its sentences. Not a component itself: ``EnglishRelations``
    (``geokg_en_relations``) runs it per document."""

    def __init__(self, lexicon: EnglishLexicon) -> None:
        self.lex = lexicon

    def __call__(self, sentences: list[Span], linker: EnglishLinker, discourse: EnglishDiscourse) -> list[Candidate]:
        """The candidates of a document's content sentences; a paragraph's standing facts (offices
        stated with a name) follow its interactions."""
        out: list[Candidate] = []
        starts = [start for start, _ in sentences[0].doc._.geokg_regions or ()] if sentences else []
        region = None
        for sent in sentences:
            here = bisect.bisect_right(starts, sent.start_char)
            if region is not None and here != region:
                out.extend(self._standing_facts(linker, sentences))
            region = here
            raws, named = self._sentence(sent, linker, discourse.previous, discourse.events)
            out.extend(raws)
            discourse.previous.extend(named)
            discourse.events.extend(raws)
        out.extend(self._standing_facts(linker, sentences))
        return out

    @staticmethod
    def _nests(rel: Relation) -> bool:
        """Whether an event in the relation's object slot is its object (an assertion about an
        assertion): so for the relations that take an assertion (gk:objectKind), except those
        aimed at an addressee, whose object stays the actor (gk:addresseeObject)."""
        return rel.takes_assertion and not rel.addressee_object

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

    # --- triggers ------------------------------------------------------------------------------

    def _triggers(self, sent: Span) -> list[_Trigger]:
        """Trigger matches, non-overlapping: more words first, then the tighter match ("provide
        humanitarian aid" is "humanitarian aid", not "provide aid"), then the earlier one."""
        lemmas = [t.lemma_.lower() for t in sent]
        cands: list[tuple[int, int, int, list[int], str]] = []  # (-words, span, start, idx, rel)
        for k, lemma in enumerate(lemmas):
            if lemma not in self.lex.triggers and lemma not in self.lex.passive:
                continue  # (most words: no Token looked at)
            tok = sent[k]
            if tok.pos_ not in ("VERB", "NOUN", "PROPN", "ADJ", "AUX"):
                continue
            # words inside names are no triggers ("Asia-Pacific Economic Cooperation", "March")
            if tok.ent_type_ in _NAME_ENTS or (tok.pos_ == "PROPN" and k > 0 and tok.text[:1].isupper()):
                continue
            # a passive verb after its noun: "sanctions were imposed", "evidence was presented"
            passive = self.lex.passive.get(lemmas[k], [])
            # (a flag, not membership: "asset freeze" read backwards is "freeze asset")
            options = [(w, r, False) for w, r in self.lex.triggers.get(lemmas[k], ())]
            for words, rel, is_passive in [*options, *((w, r, True) for w, r in passive)]:
                idx = _match_words(sent, lemmas, k, words, max_gap=6 if is_passive else 3)
                if idx is None and not is_passive and len(words) > 1:
                    # "fired about 180 ballistic missiles at", "launched a massive overnight
                    # attack on": the later words hang on the first in the parse, however far
                    idx = _match_deps(sent, lemmas, k, words)
                if idx is None or (is_passive and sent[idx[-1]].tag_ != "VBN"):
                    continue
                cands.append((-len(words), idx[-1] - idx[0], idx[0], idx, rel))
        found: list[_Trigger] = []
        used: set[int] = set()
        for _, _, _, idx, rel in sorted(cands, key=lambda c: c[:3]):
            if any(i in used for i in idx):
                continue
            toks = [sent[i] for i in idx]
            idx_abs = {x.i for x in toks}
            anchor = next((t for t in toks if t.head.i not in idx_abs or t.head.i == t.i), toks[0])
            if anchor.pos_ not in ("VERB", "NOUN", "PROPN", "ADJ", "AUX"):
                continue
            if anchor.pos_ == "VERB" and any(c.dep_ == "oprd" for c in anchor.children) and len(idx) == 1:
                continue  # "called it a war crime", "named him envoy": a description, not the act
            used.update(idx)
            found.append(_Trigger(rel, toks[0].i, toks[-1].i + 1, anchor))
        found.sort(key=lambda t: t.start)
        return found

    def _verbal(self, trig: _Trigger) -> _Trigger:
        """A verb of force done in speech or writing ("attacked the IMF in a speech") is a verbal
        attack: criticism, CAMEO 11, not force."""
        a = trig.anchor
        if a.pos_ != "VERB" or not self.lex.relations[trig.relation].use_of_force or not self.lex.speech_relation:
            return trig
        for c in a.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "on", "during", "at"):
                for p in c.children:
                    if p.dep_ == "pobj" and p.lemma_.lower() in self.lex.speech:
                        return _Trigger(self.lex.speech_relation, trig.start, trig.end, a)
        return trig

    def _out_of_scope(self, trig: _Trigger, sent: Span, linker: EnglishLinker) -> bool:
        """Triggers that code no event, as event coders see it: words of force in a sports
        report ("Brazil beat Argentina 2-1"), the condition of a conditional sentence ("if Russia
        attacked NATO, ..."), and events the sentence dates years before the story ("In 1982,
        Israel invaded Lebanon")."""
        if self.lex.relations[trig.relation].use_of_force and (
            _SCORE.search(sent.text)
            or any(
                t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in self.lex.sports and t.i not in linker.at
                for t in sent  # (a known actor's name is no sport: "the Arab League")
            )
        ):
            return True
        chain = _clause_chain(trig.anchor)
        for v in chain:
            # the condition itself; what follows from it stays, hypothetical or expected ("will
            # withdraw its troops unless ..." is a threat)
            if v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in self.lex.condition for c in v.children):
                return True
        # (a year is written in digits: a sentence without any dates nothing)
        return any(c.isdigit() for c in sent.text) and _historical(chain, linker.date)

    def _obligations(self, sent: Span, triggers: list[_Trigger]) -> list[_Trigger]:
        """ "X said (that) Y must Z": X demands of Y (CAMEO 10), whatever Z is."""
        taken = {t.anchor.i for t in triggers}
        out: list[_Trigger] = []
        for tok in sent:
            if tok.lower_ not in self.lex.obligation or tok.dep_ != "aux" or not self.lex.obligation_relation:
                continue
            clause = tok.head
            speaker_verb = clause.head
            if clause.dep_ != "ccomp" or speaker_verb.i in taken:
                continue
            if speaker_verb.lemma_.lower() in self.lex.reporting:
                taken.add(speaker_verb.i)
                out.append(_Trigger(self.lex.obligation_relation, speaker_verb.i, speaker_verb.i + 1, speaker_verb))
        return out

    # --- one sentence --------------------------------------------------------------------------

    def _sentence(
        self, sent: Span, linker: EnglishLinker, previous: list[EnActor], events: list[Candidate] | None = None
    ) -> tuple[list[Candidate], list[EnActor]]:
        triggers = [self._verbal(t) for t in self._triggers(sent) if not self._out_of_scope(t, sent, linker)]
        triggers.extend(self._obligations(sent, triggers))
        named = [
            a
            for t in sent
            if linker.may_name(t)
            for a in linker.actors(t)
            if t.i == a.end - 1 or t.head.i not in range(a.start, a.end)
        ]
        named = _unique(named)
        if not triggers:
            return [], named
        by_anchor = {t.anchor.i: t for t in triggers}
        kept: list[_Trigger] = []
        intended: set[int] = set()  # anchors of events an intent word governs
        yielded: set[int] = set()
        for t in triggers:
            gov = self._governor(t.anchor, set(by_anchor))
            if gov is None:
                kept.append(t)
            elif (
                self.lex.relations[by_anchor[gov].relation].expresses_intent
                and _controlled(t.anchor, gov)
                and self._governor(by_anchor[gov].anchor, set(by_anchor)) is None
            ):
                # "agreed to provide aid", "is prepared to impose martial law": the intended act,
                # marked expected, rather than a bare intent to cooperate
                kept.append(t)
                intended.add(t.anchor.i)
                yielded.add(gov)
        raws: list[Candidate] = []
        found: list[tuple[bool, list[Candidate]]] = []
        got_for: dict[int, list[Candidate]] = {}
        for trig in sorted(kept, key=lambda t: t.anchor.i in yielded):
            if trig.anchor.i in yielded and any(
                got_for.get(i) for i in intended if self._governor(sent.doc[i], set(by_anchor)) == trig.anchor.i
            ):
                continue  # the intended act was coded
            got = self._nested(trig, triggers, sent, linker, previous, named, events or [])
            if got is None:
                got = self._arguments(trig, sent, linker, previous, named)
            got_for[trig.anchor.i] = got
            if trig.anchor.i in intended:
                for r in got:
                    r.future = True
                    if r.modality in ("asserted", "reported"):
                        r.modality = "expected"
            found.append((_backgrounded(trig.anchor), got))
        # Events in relative and adverbial clauses ("after a coup toppled the government", "rebels
        # who attacked X") are background to the sentence's own event: kept only when the main
        # clause has none.
        main = [r for bg, rs in found if not bg for r in rs]
        if main:
            raws = main
        else:
            raws = [r for _, rs in found for r in rs]
        return raws, named

    def _nested(
        self,
        trig: _Trigger,
        triggers: list[_Trigger],
        sent: Span,
        linker: EnglishLinker,
        previous: list[EnActor],
        named: list[EnActor],
        events: list[Candidate],
    ) -> list[Candidate] | None:
        """An assertion about an assertion: a relation whose object may be an assertion
        (``gk:objectKind "entity_or_assertion"``) with an event in its object's place ("concerned
        about the deepening ties between Moscow and Pyongyang", "condemned Russia's invasion of
        Ukraine", "concerned that Iran is supplying drones to Russia"). The inner assertions come
        first, then the outer one with the first inner as its object.

        An event named without its agent ("condemned the strike", "the attack on Gaza") is the
        document's latest earlier event of its kind, cited as it is; without one there is no
        assertion (the victim of the strike is no target of the condemnation). None: no event in
        the object's place, the ordinary arguments apply."""
        if not self._nests(self.lex.relations[trig.relation]):
            return None
        markers = set(self.lex.markers.get(trig.relation) or ())
        doc = sent.doc
        heads = [*doc[trig.start : trig.end], *(c for c in trig.anchor.children if c.dep_ == "acomp")]
        slots: list[Token] = []
        for h in heads:
            for c in h.children:
                if c.dep_ in ("dobj", "ccomp", "acl") and not trig.start <= c.i < trig.end:
                    slots.append(c)
                elif c.dep_ == "prep" and c.lower_ in markers:
                    slots.extend(p for p in c.children if p.dep_ == "pobj")
        by_anchor = {t.anchor.i: t for t in triggers if t is not trig}
        for slot in slots:
            inner = by_anchor.get(slot.i)
            if inner is None and slot.pos_ == "NOUN":
                # "concerned by reports that Iran is supplying missiles": what the report says
                clause = next(
                    (c for c in slot.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")), None
                )
                if clause is not None:
                    slot = clause
                    inner = by_anchor.get(slot.i)
            if inner is None and slot.dep_ in ("ccomp", "acl"):
                inner = next((by_anchor[c.i] for c in slot.children if c.dep_ == "dobj" and c.i in by_anchor), None)
            if inner is None or inner.relation == trig.relation:
                continue
            if linker.actors(slot):  # "concerned about North Korea": an actor, not an event
                return None
            inner_raws = self._arguments(inner, sent, linker, previous, named)
            # the inner event's own agent is named inside the phrase or clause ("Russia's
            # invasion", "ties between Moscow and Pyongyang", "that Iran is supplying"), not
            # borrowed from the outer clause ("demanded the withdrawal of X" is a demand on X)
            lo, hi = slot.left_edge.i, slot.right_edge.i
            inner_raws = [r for r in inner_raws if lo <= r.subject.start <= hi]
            if not inner_raws:
                if slot.i != inner.anchor.i or slot.pos_ not in ("NOUN", "PROPN"):
                    continue
                if self._noun_agent(slot, linker, previous, named):
                    return None  # "over two Israeli air raids": its agent is the target
                earlier = self._earlier_event(inner, slot, events, linker, previous, named)
                if earlier is None:
                    return []
                return self._arguments(trig, sent, linker, previous, named, nested=earlier)
            outer = self._arguments(trig, sent, linker, previous, named, nested=inner_raws[0])
            if not outer:
                continue
            if slot.dep_ in ("ccomp", "acl"):
                # "concerned that Iran is supplying drones": the clause is the speaker's claim
                for r in inner_raws:
                    if r.modality == "asserted":
                        r.modality = "reported"
                    r.attributed_to = r.attributed_to or outer[0].subject.entity
            return [*inner_raws, *outer]
        return None

    def _earlier_event(
        self,
        inner: _Trigger,
        noun: Token,
        events: list[Candidate],
        linker: EnglishLinker,
        previous: list[EnActor],
        named: list[EnActor],
    ) -> Candidate | None:
        """The latest earlier assertion of the document an agentless event noun refers to: the
        same CAMEO root, and the same target where the noun names one ("the strike on Gaza")."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in noun.children):
            return None  # "condemned attacks on civilians": no particular event
        root = self.lex.relations[inner.relation].cameo_root
        markers = (*(self.lex.markers.get(inner.relation) or ()), "of")
        targets = {o.entity.id for o in self._objects_of(noun, linker, markers, previous, named, include_direct=False)}
        for raw in reversed(events):
            if raw.nested is not None or raw.object is None:
                continue
            if self.lex.relations[raw.relation].cameo_root != root or not root:
                continue
            if targets and raw.object.entity.id not in targets:
                continue
            return raw
        return None

    def _governor(self, tok: Token, anchors: set[int]) -> int | None:
        """The anchor of the nearest other trigger above this one in its clause chain."""
        t = tok
        steps = 0
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children):
            return None  # "after talks mediated by China": an event of its own, with its agent
        while t.head.i != t.i and steps < 12:
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.i in anchors:
                return None  # a trigger noun as the subject of another ("the attack angered")
            parallel = t.dep_ == "conj"  # "met and signed": coordinated events stand side by side
            t = t.head
            steps += 1
            if t.i in anchors and not parallel:
                return t.i
        return None

    def _arguments(
        self,
        trig: _Trigger,
        sent: Span,
        linker: EnglishLinker,
        previous: list[EnActor],
        named: list[EnActor],
        nested: Candidate | None = None,
    ) -> list[Candidate]:
        a = trig.anchor
        lex = self.lex
        # A relation the ontology gives no object prepositions takes a direct object only
        # ("negotiators return to Geneva" releases nobody).
        markers = lex.markers.get(trig.relation) or ()
        subjects: list[EnActor] = []
        objects: list[EnActor] = []
        how = "direct"
        verb = a
        passive = False
        if a.pos_ in ("NOUN", "PROPN") or (a.pos_ == "ADJ" and a.dep_ != "ROOT"):
            how = "noun"
            subjects = self._noun_agent(a, linker, previous, named)
            if not subjects:
                # "the ties between Moscow and Pyongyang": the parties, each with the others
                between = [
                    p
                    for c in a.children
                    if c.dep_ == "prep" and c.lower_ in ("between", "among")
                    for p in c.children
                    if p.dep_ == "pobj"
                ]
                subjects = self._expand(between, linker, previous, named)
            # "the invasion of Lebanon", "the release of the hostages": the noun's "of" phrase
            objects = self._objects_of(a, linker, (*markers, "of"), previous, named, include_direct=False)
            # "a military aid package for Ukraine", "a sanctions bill against Iran": the noun the
            # trigger modifies carries its arguments
            if a.dep_ == "compound" and a.head.pos_ == "NOUN" and a.head.i > a.i:
                a = a.head
                if not subjects:
                    subjects = self._noun_agent(a, linker, previous, named)
                if not objects:
                    objects = self._objects_of(a, linker, markers, previous, named, include_direct=False)
            # "a wave of airstrikes on X", "dozens of attacks by Y": the quantity noun stands in
            # the clause for the event noun
            while a.dep_ == "pobj" and _quantity_of(a):
                a = a.head.head
                if not subjects:
                    subjects = self._noun_agent(a, linker, previous, named)
                if not objects:
                    objects = self._objects_of(a, linker, markers, previous, named, include_direct=False)
            if a.dep_ in ("dobj", "attr", "nsubjpass", "pobj") and not subjects:
                v = a.head if a.dep_ != "pobj" else a.head.head
                if v.pos_ in ("VERB", "AUX") and (v.lemma_.lower() in lex.light or a.dep_ != "pobj"):
                    verb = v
                    subjects, how = self._verb_subject(v, linker, previous, named)
                    if not objects:
                        # "provide support to Israel": the light verb's recipient
                        objects = self._objects_of(
                            v, linker, tuple(markers) + _LIGHT_MARKERS, previous, named, include_direct=False
                        )
        else:
            subjects, how = self._verb_subject(a, linker, previous, named)
            passive = any(c.dep_ in _PASS_SUBJ for c in a.children) or any(c.dep_ == "auxpass" for c in a.children)
            # "talks mediated by China": a participle with its agent, the noun it modifies its patient
            participle = a.dep_ == "acl" and a.tag_ == "VBN" and any(c.dep_ == "agent" for c in a.children)
            if passive or participle:
                agent = [p for c in a.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
                patients = [c for c in a.children if c.dep_ in _PASS_SUBJ] or ([a.head] if participle else [])
                subjects = self._expand(agent, linker, previous, named)
                if not subjects:
                    # "a mortar bomb was fired at it from Gaza": the source is where it came from
                    source = [
                        p
                        for c in a.children
                        if c.dep_ == "prep" and c.lower_ == "from"
                        for p in c.children
                        if p.dep_ == "pobj"
                    ]
                    subjects = self._expand(source, linker, previous, named, places=True)
                objects = self._expand(patients, linker, previous, named)
                if not objects:
                    objects = self._objects_of(a, linker, markers, previous, named, include_direct=True)
                if not objects:
                    # "evidence against Russia was presented": the object hangs on the patient
                    for pt in patients:
                        objects = self._objects_of(pt, linker, markers, previous, named, include_direct=False)
                        if objects:
                            break
                if not objects and participle and a.head.dep_ == "pobj" and a.head.lemma_.lower() in lex.triggers:
                    # "X and Y agreed ... after talks mediated by China": the event noun's parties
                    # are the clause's subjects
                    clause = a.head.head.head
                    if clause.pos_ in ("VERB", "AUX"):
                        objects, _ = self._verb_subject(clause, linker, previous, named)
                how = "direct"
            else:
                # force takes its target with its own prepositions only: "struck a deal with
                # Russia" strikes nobody
                force = self.lex.relations[trig.relation].use_of_force
                objects = self._objects_of(
                    a, linker, markers, previous, named, include_direct=True, other_preps=not force
                )
        if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in lex.stimulus:
            # "Washington is concerned by X", "the missile tests alarmed Japan": the one who
            # feels is the grammatical object (or passive subject), the cause the subject
            if passive and subjects:
                objects, subjects = (
                    subjects,
                    self._expand([c for c in a.children if c.dep_ in _PASS_SUBJ], linker, previous, named),
                )
            elif not passive and any(c.dep_ == "dobj" for c in a.children):
                felt = self._expand([c for c in a.children if c.dep_ == "dobj"], linker, previous, named)
                subjects, objects = felt, subjects
        if not subjects:
            return []
        if nested is not None:
            # the object is the inner assertion: only the subjects and the context count here
            objects = []
        elif not objects:
            # "threatened to cut off electricity to X", "demanded that X cancel": the governed
            # clause's target or subject
            subj_ids0 = {s.entity.id for s in subjects}
            objects = self._clause_objects(a, linker, previous, named, subj_ids0, depth=0)
        if not objects and nested is None:
            objects = self._domestic_target(verb, subjects, linker)
            if objects:
                how = "default"
        implied = self.lex.relations[trig.relation].implied_target
        if not objects and nested is None and implied:
            # A protest that names no target addresses the government of the state it happens in
            # (a place named with the verb), else the protesters' own: event coders' convention.
            objects = self._implied_target(verb, subjects, linker, implied)
            how = "default"
        # People named by their nation, acting or acted on in another state, are that state's
        # ("ethnic Albanians demonstrated in Serbia", "killed three ethnic Albanians in Serbia")
        where = self._event_state(verb, linker)
        if where is not None:
            subjects = [self._located(x, where, linker) for x in subjects]
            objects = [self._located(x, where, linker) for x in objects]
        polarity, modality, attributed, future = self._context(verb, sent, linker, previous, named)
        sent_start = sent.start_char
        trig_tok = sent.doc[trig.start : trig.end]
        out: list[Candidate] = []
        pairs: list[tuple[EnActor, EnActor | None]] = []
        subj_ids = {s.entity.id for s in subjects}
        objects = [o for o in objects if o.entity.id not in subj_ids]
        if nested is not None:
            pairs = [(s, None) for s in subjects]
        elif objects:
            pairs = [(s, o) for s in subjects for o in objects]
        elif len(subj_ids) > 1 and (
            lex.relations[trig.relation].symmetric or lex.relations[trig.relation].is_cooperation
        ):
            # "The US and Jordan agreed", "Israel and the Palestinians reached a consensus":
            # cooperation by a compound subject is with each other
            pairs = [(s, o) for k, s in enumerate(subjects) for o in subjects[k + 1 :] if s.entity.id != o.entity.id]
            how = "reciprocal"
        elif lex.relations[trig.relation].object_optional:
            pairs = [(s, None) for s in subjects]
        else:
            # The ontology says this relation has an object; without one found there is no edge
            # to assert (an event coder's "hidden default" is what over-generation is made of).
            return []
        seen: set[tuple[str, str]] = set()
        for s, o in pairs:
            key = (s.entity.id, o.entity.id if o else "")
            if key in seen or (o is not None and _same_actor(s.entity, o.entity)):
                continue
            seen.add(key)
            conf = CONFIDENCE.get(how, 0.7)
            if s.kind == "pronoun" or (o is not None and o.kind == "pronoun"):
                conf = min(conf, CONFIDENCE["pronoun"])
            if o is None and nested is None:
                conf -= 0.1
            out.append(
                Candidate(
                    relation=trig.relation,
                    subject=s,
                    object=nested if nested is not None else o,
                    sentence_start=sent_start,
                    sentence_end=sent.end_char,
                    trigger_start=trig_tok.start_char,
                    trigger_end=trig_tok.end_char,
                    polarity=polarity,
                    modality=modality,
                    attributed_to=attributed,
                    future=future,
                    confidence=round(conf, 2),
                )
            )
        return out

    # --- argument finding ----------------------------------------------------------------------

    def _verb_subject(
        self, verb: Token, linker: EnglishLinker, previous: list[EnActor], named: list[EnActor]
    ) -> tuple[list[EnActor], str]:
        t = verb
        how = "direct"
        for _ in range(6):
            subj = [c for c in t.children if c.dep_ in _SUBJ]
            if subj:
                if subj[0].lower_ in _RELATIVE and t.dep_ == "relcl":
                    return self._expand([t.head], linker, previous, named), how
                found = self._expand(subj, linker, previous, named)
                if not found and subj[0].pos_ == "NOUN":
                    # "Russian strikes killed ...", "Iran's missiles hit ...": the weapon or
                    # event acts for whose it is
                    found = self._noun_agent(subj[0], linker, previous, named)
                return found, how
            if t.dep_ == "relcl":
                return self._expand([t.head], linker, previous, named), "inherited"
            if t.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acomp") or (
                t.dep_ == "ccomp" and t.head.pos_ == "VERB" and False
            ):
                # "plans to visit", "met and agreed": the controller's or first conjunct's subject;
                # "by attacking", "after meeting": the main clause's
                if t.dep_ == "pcomp":
                    t = t.head.head
                else:
                    t = t.head
                how = "inherited"
                if t.dep_ in _PASS_SUBJ or any(c.dep_ == "auxpass" for c in t.children):
                    agent = [p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
                    if agent:
                        return self._expand(agent, linker, previous, named), how
                continue
            break
        return [], how

    def _event_state(self, verb: Token, linker: EnglishLinker) -> str | None:
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "inside", "throughout", "across"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        for a in linker.actors(p, places=True):
                            if a.entity.country:
                                return a.entity.country
        return None

    def _located(self, actor: EnActor, country: str, linker: EnglishLinker) -> EnActor:
        if actor.entity.country == country:
            return actor
        head = linker.doc[actor.end - 1]
        nation = actor.kind == "demonym" and head.tag_ in ("NNS", "NNPS")  # "Albanians", "Serbs"
        # "hundreds of ethnic Hungarians": an ethnic group, not foreign nationals ("Sudanese
        # protesters in Cairo" stay Sudanese)
        ethnic = actor.kind in ("group", "demonym") and any(t.lower_ == "ethnic" for t in head.subtree)
        if not (nation or ethnic):
            return actor
        people = linker.gaz.composed("Civilians", country)
        if people is None:
            return actor
        ent = Entity(
            people.id,
            people.label,
            people.type,
            {"en": people.labels.get("en", people.label)},
            people.country,
            people.sector,
        )
        return EnActor(ent, actor.start, actor.end, "group", actor.text, actor.char_start, actor.char_end)

    def _domestic_target(self, verb: Token, subjects: list[EnActor], linker: EnglishLinker) -> list[EnActor]:
        """A group named without a state as the direct object ("Egyptian police dispersed
        demonstrators"): a group of the subject's state, as event coders code domestic events."""
        country = next((s.entity.country for s in subjects if s.entity.country), None)
        if country is None:
            return []
        cands = [c for c in verb.children if c.dep_ == "dobj"]
        # "clashed with police": the object of the relation's preposition
        cands += [
            p
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("with", "against", "on")
            for p in c.children
            if p.dep_ == "pobj"
        ]
        # "demanding that President Mugabe abandon ...": the subject of the demanded clause
        cands += [s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in _SUBJ]
        for c in cands:
            m = linker.at.get(c.i)
            hit = m.first(INSTITUTION) if m is not None else None
            if m is not None and hit is not None and not linker.countries_of(c):
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

    def _implied_target(
        self, verb: Token, subjects: list[EnActor], linker: EnglishLinker, institution: str
    ) -> list[EnActor]:
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
        tok = verb
        return [EnActor(gov, tok.i, tok.i + 1, "default", tok.text, tok.idx, tok.idx + len(tok.text))]

    def _clause_objects(
        self,
        head: Token,
        linker: EnglishLinker,
        previous: list[EnActor],
        named: list[EnActor],
        exclude: set[str],
        depth: int,
    ) -> list[EnActor]:
        if depth > 3:
            return []

        def keep(found: list[EnActor]) -> list[EnActor]:
            return [f for f in found if f.entity.id not in exclude]

        for clause in head.children:
            if (
                clause.dep_ not in ("xcomp", "ccomp", "acl", "advcl", "acomp", "conj")
                or clause.dep_ == "advcl"
                and depth == 0
            ):
                continue
            if clause.dep_ == "conj" and (
                depth > 0
                or clause.pos_ not in ("VERB", "AUX")
                or any(c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ for c in clause.children)
            ):
                # "established ties with and opened an embassy in Tehran": a shared object; a
                # conjunct with a subject of its own is another clause ("..., and France called it")
                continue
            if clause.dep_ in ("ccomp", "acl"):
                subj = [c for c in clause.children if c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ]
                found = keep(self._expand(subj, linker, previous, named))
                if found:
                    return found
            found = keep(self._objects_of(clause, linker, _CLAUSE_MARKERS, previous, named, include_direct=True))
            if found:
                return found
            found = self._clause_objects(clause, linker, previous, named, exclude, depth + 1)
            if found:
                return found
        return []

    def _noun_agent(
        self, noun: Token, linker: EnglishLinker, previous: list[EnActor], named: list[EnActor]
    ) -> list[EnActor]:
        for c in noun.children:
            if c.dep_ == "poss":
                return self._expand([c], linker, previous, named)
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                return self._expand([p for p in c.children if p.dep_ == "pobj"], linker, previous, named)
        for c in noun.children:
            if c.dep_ in ("compound", "amod") and c.i < noun.i:
                found = self._expand([c], linker, previous, named)
                if found:
                    return found
        return []

    def _objects_of(
        self,
        tok: Token,
        linker: EnglishLinker,
        markers: tuple[str, ...],
        previous: list[EnActor],
        named: list[EnActor],
        include_direct: bool,
        other_preps: bool = True,
    ) -> list[EnActor]:
        """The object of ``tok``: its direct object, the object of one of the relation's
        prepositions, or (``other_preps``) a participant the object noun's own prepositions name."""
        noun_preps = _NOUN_OBJECT_PREPS if other_preps else ()
        cands: list[Token] = []
        if include_direct:
            direct = [c for c in tok.children if c.dep_ in _OBJ]
            found = self._expand(direct, linker, previous, named, places=True)
            if found:
                return found  # "arrested protesters in Cairo": the direct object, not the place
        # "was concerned about X", "is opposed to X": the preposition hangs on the predicate adjective
        around = [*tok.children, *(g for c in tok.children if c.dep_ == "acomp" for g in c.children)]
        for c in around:
            if c.dep_ in ("prep", "dative", "agent") and c.lower_ in markers and c.lower_ != "by":
                cands.extend(p for p in c.children if p.dep_ == "pobj")
            elif c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN", "PRON"):
                cands.append(c)  # "give Tanzania a grant"
        found = self._expand(cands, linker, previous, named, places=True)
        if found:
            return found
        # "imposed sanctions on Iran", "called for talks with Seoul", "demanded the removal of X",
        # "demanded an admission by Moscow": a preposition on the object
        for c in tok.children:
            if c.dep_ in ("dobj", "attr") or (c.dep_ == "prep" and c.lower_ in ("for", "to")):
                inner = c if c.dep_ != "prep" else next((p for p in c.children if p.dep_ == "pobj"), None)
                if inner is None:
                    continue
                for p in inner.children:
                    if p.dep_ == "prep" and (p.lower_ in markers or p.lower_ in noun_preps):
                        found = self._expand(
                            [x for x in p.children if x.dep_ == "pobj"], linker, previous, named, places=True
                        )
                        if found:
                            return found
                if c.dep_ in ("dobj", "attr"):
                    for p in inner.children:
                        if p.dep_ in ("poss", "compound", "amod", "nmod") and p.i < inner.i:
                            found = self._expand([p], linker, previous, named)
                            if found:
                                return found
        if include_direct and any(c.dep_ == "dobj" for c in tok.children):
            # "halted economic aid to Serbia", "rejected an offer from Kabul": the verb acts on an
            # event noun, whose own participant follows with the noun's prepositions
            cands = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in noun_preps for p in c.children]
            return self._expand([p for p in cands if p.dep_ == "pobj"], linker, previous, named, places=True)
        return []

    def _expand(
        self,
        toks: list[Token],
        linker: EnglishLinker,
        previous: list[EnActor],
        named: list[EnActor],
        places: bool = False,
    ) -> list[EnActor]:
        """Actors of these heads and their conjuncts (compound actors), pronouns resolved."""
        out: list[EnActor] = []
        stack = list(toks)
        seen: set[int] = set()
        while stack:
            t = stack.pop(0)
            if t.i in seen:
                continue
            seen.add(t.i)
            found = linker.actors(t, places=places)
            if not found and t.pos_ == "PRON":
                found = self._pronoun(t, previous, named)
            if not found and t.lemma_.lower() in self.lex.pairs and t.tag_ == "NNS":
                found = self._pair(t, previous, named)
            if not found and t.pos_ == "NOUN" and places:
                # a target named by whose it is: "concerned about North Korea's missile launches"
                poss = [c for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON"]  # not "its troops"
                found = self._expand(poss, linker, previous, named) if poss else []
            if not found and t.pos_ == "NOUN":
                # "the leaders of Iraq and Iran", "a group of Yoruba leaders": the noun's "of"
                # phrase; for a target also where it is ("fired at targets in Jericho")
                preps = ("of", "in") if places else ("of",)
                for c in t.children:
                    if c.dep_ == "prep" and c.lower_ in preps:
                        found = [
                            a
                            for p in c.children
                            if p.dep_ == "pobj"
                            for a in self._expand([p], linker, previous, named, places=places)
                        ]
                        if found:
                            break
            out.extend(found)
            stack.extend(c for c in t.children if c.dep_ == "conj")
            # "X, Y and Z" parsed as appositions
            stack.extend(c for c in t.children if c.dep_ == "appos" and linker.actors(c) and not found)
        return _unique(out)

    def _pronoun(self, tok: Token, previous: list[EnActor], named: list[EnActor]) -> list[EnActor]:
        word = tok.lower_
        if word not in _PRONOUNS_PERSON and word not in _PRONOUNS_GROUP:
            return []
        want_person = word in _PRONOUNS_PERSON
        # an object pronoun is not its own clause's subject ("France called it": not France)
        own = set()
        if tok.dep_ in ("dobj", "pobj", "dative"):
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            own = {t.i for c in verb.children if c.dep_ in _SUBJ for t in c.subtree}
        before = [a for a in named if a.end <= tok.i and a.start not in own]
        pool = before[::-1] + previous[::-1]
        for a in pool:
            if (a.entity.type == "Person") == want_person:
                return [_as_pronoun(a, tok)]
        return []

    def _pair(self, tok: Token, previous: list[EnActor], named: list[EnActor]) -> list[EnActor]:
        # "the two countries", "both countries": the last two states named
        if not any(c.lower_ in self.lex.pairs.get(tok.lemma_.lower(), ()) for c in tok.children):
            return []
        pool = [a for a in named if a.end <= tok.i][::-1] + previous[::-1]
        states: list[EnActor] = []
        for a in pool:
            if a.entity.type == "Country" and all(s.entity.id != a.entity.id for s in states):
                states.append(_as_pronoun(a, tok))
            if len(states) == 2:
                return states
        return []

    # --- context: polarity, modality, attribution -------------------------------------------

    def _context(
        self, verb: Token, sent: Span, linker: EnglishLinker, previous: list[EnActor], named: list[EnActor]
    ) -> tuple[str, str, Entity | None, bool]:
        lex = self.lex
        negated = False
        modality = "asserted"
        attributed: Entity | None = None
        future = False
        hypothetical = False
        t = verb
        same_clause = True  # climbed only through control (xcomp) and coordination so far
        would = False
        for _ in range(8):
            for c in t.children:
                w = c.lower_
                if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and w in lex.negation and w != "no"):
                    if same_clause:
                        negated = not negated
                if c.dep_ == "aux" and same_clause:
                    if w == "would":  # future in reported speech, else conditional (below)
                        would = True
                    elif w in lex.future or w == "wo":  # "wo" is "will" in "won't"
                        future = True
                    elif w in lex.hypothetical:
                        hypothetical = True
                if c.dep_ == "mark" and w in lex.hypothetical and same_clause:
                    hypothetical = True
                if c.dep_ == "prep" and w == "according" and attributed is None:
                    src = [p for x in c.children for p in x.children if p.dep_ == "pobj"]
                    srcs = self._expand(src, linker, previous, named)
                    if srcs:
                        attributed = srcs[0].entity
                        modality = "reported"
            if t.head.i == t.i:
                break
            lemma = t.head.lemma_.lower()
            if t.dep_ in ("xcomp", "ccomp", "advcl", "pcomp", "conj", "acl") or t.dep_ == "pobj":
                if t.dep_ == "conj":
                    # a conjunct shares its first verb's auxiliaries and negation
                    t = t.head
                    continue
                if lemma in lex.future:
                    future = True
                if lemma in lex.denial and (t.dep_ == "ccomp" or (t.dep_ in ("xcomp", "pcomp") and t.tag_ == "VBG")):
                    negated = not negated  # "denied that it attacked", "denied attacking"
                if lemma in lex.negation and t.dep_ == "xcomp":
                    negated = not negated  # "failed to reach agreement"
                if lemma in lex.hope:
                    future = True
                if t.dep_ == "ccomp" and (lemma in lex.reporting or lemma in lex.allegation or lemma in lex.denial):
                    # "Iran denied that it had supplied drones": a negated claim the denier makes
                    speaker = [c for c in t.head.children if c.dep_ in _SUBJ]
                    if lemma in lex.allegation:
                        modality = "alleged"
                    elif modality == "asserted":
                        modality = "reported"
                    if attributed is None and speaker:
                        srcs = self._expand(speaker, linker, previous, named)
                        if srcs:
                            attributed = srcs[0].entity
                if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in lex.hypothetical for c in t.children):
                    hypothetical = True
                if t.dep_ != "xcomp":
                    same_clause = False
                t = t.head
                continue
            break
        if would:
            # "said they would meet": the future of reported speech; elsewhere a conditional
            if modality in ("reported", "alleged"):
                future = True
            else:
                hypothetical = True
        if future and modality in ("asserted", "reported"):
            modality = "expected"
        elif hypothetical and modality == "asserted":
            modality = "hypothetical"
        return ("negated" if negated else "affirmed"), modality, attributed, future


def _match_words(sent: Span, lemmas: list[str], k: int, words: tuple[str, ...], max_gap: int = 3) -> list[int] | None:
    """Indices (sentence-relative) of ``words`` matched from ``k``: each next word within
    ``max_gap`` tokens (determiners, adjectives, particles between), all inside the sentence."""
    idx = [k]
    j = k
    for w in words[1:]:
        for gap in range(1, max_gap + 1):
            if j + gap >= len(lemmas):
                return None
            if lemmas[j + gap] == w or sent[j + gap].lower_ == w or _plural_of(w, lemmas[j + gap]):
                j += gap
                idx.append(j)
                break
            if sent[j + gap].pos_ in ("VERB", "PUNCT"):
                return None
        else:
            return None
    return idx


def _match_deps(sent: Span, lemmas: list[str], k: int, words: tuple[str, ...]) -> list[int] | None:
    """Indices of ``words`` matched from ``k`` through the parse: each next word a dependent
    (object, particle, preposition) of a word already matched, after it in the sentence."""
    base = sent.start
    idx = [k]
    for w in words[1:]:
        hit = None
        for i in idx:
            # "launched thousands of rockets against": also on the quantity noun the verb takes
            kids = [*sent[i].children, *(g for c in sent[i].children if c.dep_ == "dobj" for g in c.children)]
            for c in kids:
                if not (sent.start <= c.i < sent.end):
                    continue
                j = c.i - base
                if (
                    c.dep_ in ("dobj", "prt", "prep", "compound", "amod")
                    and j > idx[-1]
                    and (lemmas[j] == w or c.lower_ == w or _plural_of(w, lemmas[j]))
                ):
                    hit = j
                    break
            if hit is not None:
                break
        if hit is None:
            return None
        idx.append(hit)
    return idx


# A match score, "2-1" or "3 - 1" (spaCy splits it into three tokens); not a date (2024-10-02).
_SCORE = re.compile(
    r"(?<![\d\-–/.])\d{1,2} ?[-–] ?\d{1,2}(?![\d\-–/.%])"
    r"(?! ?(?:hours?|days?|weeks?|months?|years?|minutes?|km|kilomet|miles?|percent|people|times|dead|killed))"
)
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)(s|'s)?\b")


def _clause_chain(tok: Token) -> list[Token]:
    """The token and the heads above it up to the root (a noun trigger's verb, the verbs that
    govern that one)."""
    chain = [tok]
    t = tok
    for _ in range(12):
        if t.head.i == t.i:
            break
        t = t.head
        chain.append(t)
    return chain


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


def _quantity_of(noun: Token) -> bool:
    """Is this noun the "of"/"in" phrase of a quantity ("a wave of airstrikes", "dozens of
    attacks", "500 million euros in military aid")?"""
    prep, head = noun.head, noun.head.head
    if prep.lower_ == "of":
        return head.pos_ in ("NOUN", "NUM")
    if prep.lower_ == "in":
        return head.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY") or any(c.dep_ == "nummod" for c in head.children)
    return False


def _controlled(tok: Token, governor: int) -> bool:
    """Is this verb the controlled complement of the governor ("agreed to provide", "is prepared
    to impose"), through control and coordination only? A noun trigger counts through the verb
    it is the object of ("agreed to provide aid")."""
    t = tok
    while t.pos_ in ("NOUN", "PROPN") and t.dep_ == "pobj" and _quantity_of(t):
        t = t.head.head  # "pledged 500 million euros in military aid"
    if t.pos_ in ("NOUN", "PROPN", "NUM") and t.dep_ in ("dobj", "attr"):
        t = t.head
    if t.i == governor and t is not tok:
        return True  # the object of the intent verb itself ("pledged ... aid")
    if t.pos_ not in ("VERB", "AUX"):
        return False
    for _ in range(6):
        if t.dep_ not in ("xcomp", "conj", "acomp"):
            return False
        t = t.head
        if t.i == governor:
            return True
    return False


def _backgrounded(tok: Token) -> bool:
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


def _plural_of(word: str, lemma: str) -> bool:
    """Trigger words may be written in the plural ("withdraw forces", "war games")."""
    return word.endswith("s") and word[:-1] == lemma


def _as_pronoun(a: EnActor, tok: Token) -> EnActor:
    return EnActor(a.entity, tok.i, tok.i + 1, "pronoun", tok.text, tok.idx, tok.idx + len(tok.text))


def _same_actor(a: Entity, b: Entity) -> bool:
    return a.id == b.id


def _unique(actors: list[EnActor]) -> list[EnActor]:
    seen: set[tuple[str, int]] = set()
    out = []
    for a in actors:
        key = (a.entity.id, a.start)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


@dataclass
class EnglishDiscourse:
    """What a document has said so far: the actors named (most recent last), for pronouns and
    "the two countries", and the candidates found (what "the strike" refers to)."""

    previous: list[EnActor] = field(default_factory=list)
    events: list[Candidate] = field(default_factory=list)


COMPONENT_NAME = "geokg_en_relations"


@Language.factory(
    COMPONENT_NAME,
    requires=["doc._.geokg_links", "token.dep", "token.head", "token.lemma", "doc.sents"],
    assigns=["doc._.geokg_candidates", "doc._.geokg_discourse"],
    default_config={"ontology_dir": None},
)
def make_en_relations(nlp: Language, name: str, ontology_dir: str | None) -> EnglishRelations:
    """English relation candidates from the dependency parse, after ``geokg_en_linker``.
    ``ontology_dir``: a folder with the ontology's Turtle (default: the packaged ontology)."""
    return EnglishRelations(name, ontology_dir)


class EnglishRelations(RelationComponent):
    """spaCy component: the English rules over a document's content sentences, with the discourse
    kept on ``doc._.geokg_discourse``; the candidates, their times resolved, go to
    ``doc._.geokg_candidates``. ``initialize()`` loads the ontology; ``to_disk`` saves its Turtle."""

    lang = "en"

    def build_rules(self, ontology: Ontology) -> EnglishRelationExtractor:
        return EnglishRelationExtractor(EnglishLexicon.build(ontology))

    def find(self, doc: Doc) -> list[Candidate]:
        discourse = EnglishDiscourse()
        doc._.geokg_discourse = discourse
        return self.rules(content_sentences(doc), doc._.geokg_links, discourse)

    @staticmethod
    def normalise(text: str) -> tuple[str, None]:
        # lower() keeps the offsets of the text geokg reads (its time words are lower case)
        return text.lower(), None
