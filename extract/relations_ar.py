"""Arabic relation extraction: ontology triggers plus argument finding under Arabic word order.

There is no offline Arabic parser (see the notes), so arguments are found from the linked entity
mentions around a trigger, using what Arabic grammar makes reliable:

- verb–subject–object is the common order ("اتهمت طهران واشنطن"); subject–verb–object too
  ("الصين تدعم ..."). A verb before its subject stays singular, so a plural or dual verb
  ("يتهمون X") has its subject already named and X is the object. A verb with و/ف attached opens
  a clause; a verb with no subject of its own takes the previous clause's subject (pro-drop).
- a verbal noun (masdar) takes its agent as the following genitive ("زيارة بوتين لكوريا") or as a
  relational adjective ("العقوبات الغربية"); an active participle used adverbially ("داعيا X إلى")
  behaves like a verb whose subject is the main clause's.
- objects follow, directly or behind the prepositions the ontology lists for the relation.
- names joined by و or commas are one coordinated argument; "بين X و Y" gives a pair.
- cue words from the lexicon set polarity (negation, denial), modality (future, reported,
  alleged, hoped, hypothetical) and attribution (the speaker of a reporting verb, the accuser).

The component (``geokg_ar_relations``) works sentence by sentence over one document's Doc and
keeps the discourse on ``doc._.geokg_discourse`` (the last speaker, the last pair of countries
named together, the last subject) for pronoun-dropped clauses and "البلدين".
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass, field

from geokg.ontology import Cue, Ontology
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from .candidate import Candidate
from .document_doc import content_sentences
from .lexicon_ar import ArabicLexicon, PhraseIndex, PhraseMatch
from .model import Entity
from .normalize import normalize_ar, normalize_token
from .relation_component import RelationComponent

EXTRACTOR_NAME = "geokg.ar-rules/0.1"

# Prepositions that may stand as a separate word before a name (normalised forms).
SEPARATE_PREPOSITIONS = frozenset(
    normalize_token(p)
    for p in ("على", "إلى", "مع", "ضد", "إزاء", "بشأن", "حيال", "من", "عن", "في", "لدى", "تجاه", "نحو", "بين", "عبر")
)
# Adverbs of place and time that take a noun like a preposition ("أمام مجلس الأمن", "حول إيران"):
# a name after them is no bare subject or object.
LOCATIVE_ADVERBS = frozenset(
    normalize_token(p) for p in ("أمام", "حول", "خلال", "أثناء", "عند", "قرب", "داخل", "خارج", "وراء", "خلف", "منذ")
)
# Proclitic tokens the entity linker splits off a name; the value is the preposition.
CLITIC_PREPOSITIONS = {
    "ب": "ب", "ل": "ل", "ك": "ك", "لل": "ل", "وب": "ب", "ول": "ل", "فب": "ب", "فل": "ل",
    "ولل": "ل", "فلل": "ل", "وك": "ك",
}  # fmt: skip
CONJUNCTION_TOKENS = frozenset({"و", "ف", "او", "،", ",", "ثم"})
BOUNDARY_PUNCT = frozenset({".", "؛", ";", "!", "؟", "?", ":", "-", "–", "—"})
QUOTES = frozenset({'"', "“", "”", "«", "»", "'"})
# Relative pronouns close a noun phrase: what follows them is the relative clause's, never an
# argument of a trigger before them ("... الوفد الذي التقى X": X is not the object of a trigger
# before "الذي"). Normalised forms (hamza and alif maqsura folded).
RELATIVE_PRONOUNS = frozenset(
    normalize_token(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي")
)
# Possessive pronoun endings on a verbal noun ("لقائه", "زيارتها", "محادثاتهما"), read on the
# original spelling, where ة is not ه.
POSSESSIVE_SUFFIXES = ("ه", "ها", "هما", "هم", "هن")
PAST_FRAMES = frozenset(normalize_token(w) for w in ("بعد", "عقب", "إثر", "اثر"))
# "ما" is also "what", "غير" also "other", "دون" also "below": they negate only right before the word.
AMBIGUOUS_NEGATORS = frozenset({"ما", "وما", "فما", "غير", "دون", "بدون"})
NON_ACTOR_KINDS = frozenset({"place"})  # places cannot be the subject of an interaction
MAX_SUBJECT_GAP_RIGHT = 3
MAX_SUBJECT_GAP_LEFT = 6
MAX_OBJECT_DISTANCE = 10
MAX_DYADS = 16
SUBJECT_CONFIDENCE = {
    "left": 0.75, "right": 0.8, "genitive": 0.75, "adjective": 0.65, "forced": 0.7, "pair": 0.7,
    "agent": 0.7, "dropped": 0.55, "speaker": 0.6, "participant": 0.6,
}  # fmt: skip


@dataclass
class Actor:
    entity: Entity
    start: int  # token indices in the Doc
    end: int
    kind: str
    text: str
    char_start: int
    char_end: int
    virtual: bool = False  # stands for an anaphor ("البلدين"), not a name in the text

    @property
    def implied(self) -> bool:
        """Arabic actors always have words in the text (an anaphor's, a title's)."""
        return False


@dataclass
class Group:
    """Coordinated actors ("روسيا وكوريا الشمالية") with the preposition in front of them."""

    members: list[Actor]
    start: int
    end: int
    marker: str | None = None  # normalised preposition, or None for a bare noun phrase

    @property
    def acting(self) -> list[Actor]:
        """Members that can be a party to an interaction: not places, not news media (a credit
        line "( رويترز )" or a newspaper that reports is no party to what it reports)."""
        return [a for a in self.members if a.kind not in NON_ACTOR_KINDS and a.entity.type != "MediaOutlet"]

    @property
    def speaking(self) -> list[Actor]:
        """Members that can be a source of reported words (media included)."""
        return [a for a in self.members if a.kind not in NON_ACTOR_KINDS]


@dataclass
class _Hit:
    match: PhraseMatch
    relation: str
    subject: Group | None = None
    subject_from: str = ""
    objects: Group | None = None
    object_hit: _Hit | None = None  # an assertion-valued object
    extra_subjects: list[Group] = field(default_factory=list)  # participants ("انضمت إلى العقوبات")
    forced_modality: str | None = None
    forced_attribution: Entity | None = None
    negated: bool = False
    future: bool = False
    pairwise: bool = False
    superseded: bool = False
    topic: Group | None = None  # the fronted object an object pronoun on the verb refers to

    @property
    def pos(self) -> str:
        return self.match.form.pos

    @property
    def start(self) -> int:
        return self.match.start

    @property
    def end(self) -> int:
        return self.match.end


@dataclass
class _Speaker:
    start: int  # token range the speaker's words cover
    end: int
    actor: Actor
    cue_end: int = 0  # where the reporting word ends (quoted words follow it)
    addressee: Actor | None = None  # "برقية بوتين إلى كيم": whom "you" means in the quote
    by_verb: bool = True  # a reporting verb or noun, not "according to"


@dataclass
class Discourse:
    """What a document has said so far, for pronoun-dropped clauses and anaphors: the last
    speaker, the last pair of countries named together, recent clause subjects, actors named."""

    last_speaker: Actor | None = None
    last_pair: tuple[Actor, Actor] | None = None
    subjects: list[Group] = field(default_factory=list)  # recent clause subjects, newest last
    named: list[Actor] = field(default_factory=list)  # actors named so far, newest last (for "الأخير")

    def remember_subject(self, group: Group) -> None:
        if group.acting and (not self.subjects or self.subjects[-1] is not group):
            self.subjects = (self.subjects + [group])[-6:]

    def dropped_subject(self, plural: bool = False, feminine: bool = False) -> Group | None:
        """The subject a pronoun-dropped verb continues, agreeing in gender where it can."""
        recent = list(reversed(self.subjects[-4:]))
        if not recent:
            return None
        if feminine:  # states, cities and most organisations are feminine; people mostly not
            return next((g for g in recent if g.acting[0].entity.type != "Person"), recent[0])
        if plural:
            return next((g for g in recent if len(g.acting) > 1 or g.acting[0].kind == "demonym"), recent[0])
        return next((g for g in recent if g.acting[0].entity.type == "Person"), recent[0])

    @property
    def last_subject(self) -> Group | None:
        return self.subjects[-1] if self.subjects else None


@dataclass
class _Sentence:
    """One sentence's tokens, actors, groups, cue positions and clause boundaries."""

    doc: Doc
    span: Span
    groups: list[Group]
    cues: dict[Cue, list[PhraseMatch]]
    bounds: list[int]
    segments: list[int]  # starts of verb-led segments (for the reach of "بحسب X")
    trigger_tokens: set[int]
    stop_tokens: set[int] = field(default_factory=set)  # reporting words: objects never lie past them
    hits: list[_Hit] = field(default_factory=list)
    norms: list[str] = field(default_factory=list)  # the sentence's token norms (Token objects are costly)
    verb_subjects: list[tuple[int, Group]] = field(default_factory=list)
    quotes: list[int] = field(default_factory=list)  # tokens that are quotation marks, in order

    def quote_between(self, start: int, end: int) -> bool:
        """Whether a quotation mark stands among tokens [start, end)."""
        k = bisect.bisect_left(self.quotes, start)
        return k < len(self.quotes) and self.quotes[k] < end

    def _between(self, starts: list[int], i: int) -> tuple[int, int]:
        """The [start, end) of the stretch, among those beginning at ``starts``, holding token ``i``."""
        k = bisect.bisect_right(starts, i)
        lo = starts[k - 1] if k else self.span.start
        hi = starts[k] if k < len(starts) else self.span.end
        return lo, hi

    def clause(self, i: int) -> tuple[int, int]:
        return self._between(self.bounds, i)

    def segment(self, i: int) -> tuple[int, int]:
        return self._between(self.segments, i)

    def norm(self, i: int) -> str:
        return self.norms[i - self.span.start]

    def crosses(self, start: int, end: int, own: _Hit) -> bool:
        """Whether another trigger or a reporting word lies between two token positions."""
        return any(
            (i in self.trigger_tokens or i in self.stop_tokens) and not own.start <= i < own.end
            for i in range(start, end)
        )

    def group_before(self, i: int, max_gap: int) -> Group | None:
        """The nearest group ending at most ``max_gap`` tokens before ``i``, in ``i``'s clause."""
        clause_start, _ = self.clause(i)
        best = None
        for g in self.groups:
            if g.end <= i and g.start >= clause_start:
                best = g
        if best is None or i - best.end > max_gap:
            return None
        return best

    def groups_from(self, i: int, limit: int) -> list[Group]:
        return [g for g in self.groups if i <= g.start <= limit]


def _actors(sent: Span, ents: _Entities) -> list[Actor]:
    out = []
    doc = sent.doc
    for ent in ents.within(sent):
        entity = ent._.entity
        if entity is None:
            continue
        if (
            ent._.mention_kind == "demonym"
            and ent.start > sent.start
            and ent.end < sent.end
            and doc[ent.start - 1].text == "("
            and doc[ent.end].text == ")"
        ):
            continue  # "( الفرنسية )" credits a news agency (AFP), it does not name France
        # A title before the name belongs to its noun phrase: "زيارة [الرئيس الإيراني مسعود بزشكيان]".
        title_start = ent._.title_start
        start = title_start if title_start is not None and sent.start <= title_start < ent.start else ent.start
        out.append(Actor(entity, start, ent.end, ent._.mention_kind or "name", ent.text, ent.start_char, ent.end_char))
    return out


class _Entities:
    """A Doc's entity spans, read once (``doc.ents`` builds every span anew on each access)."""

    def __init__(self, doc: Doc):
        self.spans = list(doc.ents)
        self.starts = [e.start for e in self.spans]

    def within(self, sent: Span) -> list[Span]:
        lo = bisect.bisect_left(self.starts, sent.start)
        hi = bisect.bisect_left(self.starts, sent.end)
        return [e for e in self.spans[lo:hi] if e.end <= sent.end]


def _marker_before(doc: Doc, start: int, sent_start: int) -> str | None:
    """The preposition governing a name that starts at token ``start``."""
    if start <= sent_start:
        return None
    prev = doc[start - 1]
    norm = prev.norm_
    if not prev.whitespace_ and norm in CLITIC_PREPOSITIONS:
        return CLITIC_PREPOSITIONS[norm]
    if norm[:1] in "وف" and norm[1:] in SEPARATE_PREPOSITIONS:
        return norm[1:]  # "وفي باريس", "ومن موسكو"
    if norm in LOCATIVE_ADVERBS or (norm[:1] in "وف" and norm[1:] in LOCATIVE_ADVERBS):
        return norm.lstrip("وف")
    if norm in SEPARATE_PREPOSITIONS:
        # "إلى كل من X و Y": the preposition before "كل من" governs the names.
        if norm == "من" and start - 3 >= sent_start and doc[start - 2].norm_ == "كل":
            before = doc[start - 3].norm_
            return before if before in SEPARATE_PREPOSITIONS else CLITIC_PREPOSITIONS.get(before, norm)
        return norm
    # "من قبل" (by): the agent of a passive.
    if start - 2 >= sent_start and norm in ("قبل", "جانب") and doc[start - 2].norm_ == "من":
        return "من قبل"
    return None


def _has_title(doc: Doc, actor: Actor) -> bool:
    return not actor.virtual and bool(doc[actor.start : actor.end]._.office)


def _strip_proclitics(norm: str) -> list[str]:
    return [norm, norm[1:], norm[2:]] if len(norm) > 3 else [norm]


def _groups(doc: Doc, sent: Span, actors: list[Actor], actor_nouns: PhraseIndex) -> list[Group]:
    groups: list[Group] = []
    for actor in actors:
        if groups and actor.kind not in NON_ACTOR_KINDS:
            g = groups[-1]
            norms = [t.norm_ for t in doc[g.end : actor.start]]
            joinable = (bool(norms) and all(n in CONJUNCTION_TOKENS for n in norms)) or (
                not norms and actor.virtual and g.members[-1].virtual  # the two countries an anaphor stands for
            )
            # "العدوان العسكري الأمريكي البريطاني": stacked nationality adjectives are co-agents.
            if not norms and actor.kind == "demonym" and g.members[-1].kind == "demonym":
                joinable = True
            # "والد كيم جونغ أون، كيم جونغ إيل": a comma alone between two names is apposition.
            if joinable and norms and all(n in ("،", ",") for n in norms) and len(g.members) == 1:
                nxt = doc[actor.end].norm_ if actor.end < sent.end else ""
                joinable = nxt in ("و", "،", ",")
            # A title may stand between "و" and the next name ("بوتين والزعيم الكوري كيم").
            if not joinable and norms and norms[0] in ("و", "،") and len(norms) <= 5 and _has_title(doc, actor):
                joinable = not any(n in SEPARATE_PREPOSITIONS or n in BOUNDARY_PUNCT for n in norms[1:])
            if joinable and all(m.kind not in NON_ACTOR_KINDS for m in g.members):
                g.members.append(actor)
                g.end = actor.end
                continue
        if groups and actor.entity.type == "Person" and not actor.virtual:
            g = groups[-1]
            between = [t.norm_ for t in doc[g.end : actor.start]]
            # "ولي العهد السعودي رئيس مجلس الوزراء الأمير محمد بن سلمان": the nationality in a
            # title the linker does not know belongs to the name that ends the title.
            if (
                len(g.members) == 1
                and g.members[0].kind == "demonym"
                and g.members[0].entity.country == actor.entity.country
                and len(between) <= 5
                and not any(
                    n in SEPARATE_PREPOSITIONS or n in BOUNDARY_PUNCT or n in CONJUNCTION_TOKENS for n in between
                )
            ):
                groups[-1] = Group([dataclasses.replace(actor, start=g.start)], g.start, actor.end, g.marker)
                continue
        marker = _marker_before(doc, actor.start, sent.start)
        if actor.kind == "demonym" and marker is None and actor.start > sent.start:
            prev = doc[actor.start - 1]
            if any(f in actor_nouns for f in _strip_proclitics(prev.norm_)):
                # "مع وفد روسي", "بنظيره الروسي": the preposition before the noun governs, and the
                # noun is the head of the phrase the adjective names a party with.
                marker = _marker_before(doc, actor.start - 1, sent.start)
                actor = dataclasses.replace(actor, start=actor.start - 1)
                if marker is None and prev.norm_[:1] in "بل" and prev.norm_[1:] in actor_nouns:
                    marker = prev.norm_[0]
        groups.append(Group([actor], actor.start, actor.end, marker))
    return groups


class ArabicRelationExtractor:
    """The rules that find relation candidates in a Doc whose entities the Arabic linker has set.

    Not a component itself: ``ArabicRelations`` (``geokg_ar_relations``) runs it per document."""

    def __init__(self, lexicon: ArabicLexicon):
        self.lex = lexicon
        self.cue = lexicon.cue_set  # the cue concepts by role
        self._actor_nouns = self.lex.cue(self.cue.actor_noun)

    def __call__(self, doc: Doc, sentences: list[Span], state: Discourse) -> list[Candidate]:
        """The candidates of a document's content sentences, in order (``state`` carries the
        discourse from one sentence to the next)."""
        found: list[Candidate] = []
        # Token objects are created on every access: read each attribute once per document.
        strings = doc.vocab.strings
        doc_norms = [strings[h] for h in doc.to_array(NORM).tolist()]
        doc_texts = [strings[h] for h in doc.to_array(ORTH).tolist()]
        ents = _Entities(doc)
        for sent in sentences:
            found.extend(
                self.sentence(
                    doc, sent, state, doc_norms[sent.start : sent.end], doc_texts[sent.start : sent.end], ents
                )
            )
        return found

    # --- per sentence -------------------------------------------------------------------------

    def sentence(
        self,
        doc: Doc,
        sent: Span,
        state: Discourse,
        norms: list[str] | None = None,
        texts: list[str] | None = None,
        ents: _Entities | None = None,
    ) -> list[Candidate]:
        norms = norms if norms is not None else [t.norm_ for t in sent]
        texts = texts if texts is not None else [t.text for t in sent]
        # Sport and the like ("منتخب مصر" is a team, not the state). Two distinct cue words are
        # needed: one alone is too often something else ("الرئيس المنتخب" is the president-elect).
        if len({m.phrase.source for m in self.lex.cue(self.cue.off_topic).find_all(norms)}) >= 2:
            return []
        s, actors, matches = self._prepare(doc, sent, state, norms, texts, ents or _Entities(doc))
        speakers = self._speakers(s, state)
        hits = [_Hit(m, m.key) for m in matches]
        s.hits = hits
        for hit in hits:
            self._arguments(s, hit, state)
        self._nest(s, hits)
        self._merge_specific(s, hits)
        for hit in hits:
            self._refine(s, hit)
        for hit in hits:
            self._participants(s, hit, state)
            self._speaker_subject(s, hit, speakers)
            self._polarity_modality(s, hit)
            if self._in_passing(s, hit):
                hit.superseded = True
        self._remember_pairs(s.groups, hits, state)
        out: list[Candidate] = []
        built: dict[int, list[Candidate]] = {}
        # Nested hits first, so an assertion about an assertion can point at it.
        order = sorted(range(len(hits)), key=lambda k: 0 if any(h.object_hit is hits[k] for h in hits) else 1)
        for k in order:
            hit = hits[k]
            if not hit.superseded:
                built[k] = self._emit(s, hit, self._speaker_for(s, hit, speakers), out, built, hits)
        out.extend(_standing_from_titles(s, actors, self.lex.relations))
        return out

    def _prepare(
        self, doc: Doc, sent: Span, state: Discourse, norms: list[str], texts: list[str], ents: _Entities
    ) -> tuple[_Sentence, list[Actor], list[PhraseMatch]]:
        """The sentence's actors, triggers, cue words and clause boundaries."""
        lex, cue = self.lex, self.cue
        actors = _actors(sent, ents)
        entity_tokens = frozenset(i - sent.start for a in actors for i in range(a.start, a.end))
        matches = [
            _as_masdar(m, texts[m.start], norms[m.start - 1] if m.start else "")
            for m in lex.triggers.find_all(norms, entity_tokens, texts)
        ]
        matches = [_shift(m, sent.start) for m in matches]
        present = lex.cues_present(norms)  # the cue concepts some word of the sentence may start
        if cue.pair_anaphor.name in present:
            actors += self._pair_anaphors(sent, state, list(actors), norms)
        if cue.latter_anaphor.name in present:
            actors += self._latter_anaphors(sent, state, list(actors), norms)
        state.named = (state.named + [a for a in actors if not a.virtual and a.kind != "place"])[-30:]
        actors.sort(key=lambda a: a.start)
        groups = _groups(doc, sent, actors, self._actor_nouns)
        cues = {
            c: [_shift(m, sent.start) for m in lex.cue(c).find_all(norms, texts=texts)]
            if c.name in present
            else []
            for c in (
                cue.reporting, cue.attribution, cue.allegation, cue.hope, cue.expectation, cue.hypothetical,
                cue.future, cue.denial, cue.participation, cue.auxiliary_verb, cue.passing_frame, cue.name_head,
                cue.writer_clause, cue.unnamed_actor, cue.quantity_noun,
            )
        }  # fmt: skip
        clause_verbs = matches + cues[cue.reporting] + cues[cue.allegation] + cues[cue.participation]
        verb_starts = {m.start for m in clause_verbs if m.form.pos == "verb" and m.form.text[:1] in "وف"}
        bounds = {sent.start} | verb_starts
        for i, (text, norm) in enumerate(zip(texts, norms), start=sent.start):
            if text in BOUNDARY_PUNCT or lex.is_cue(cue.complementizer, norm) or lex.is_cue(cue.clause_boundary, norm):
                bounds.add(i + 1)
        s = _Sentence(
            doc, sent, groups, cues, sorted(bounds), sorted({sent.start} | verb_starts),
            {i for m in matches for i in m.positions},
            {i for m in cues[cue.reporting] + cues[cue.attribution] for i in range(m.start, m.end)},
            norms=norms, quotes=[i for i, t in enumerate(texts, start=sent.start) if t in QUOTES],
        )  # fmt: skip
        return s, actors, matches

    # --- document state -----------------------------------------------------------------------

    def _pair_anaphors(self, sent: Span, state: Discourse, actors: list[Actor], norms: list[str]) -> list[Actor]:
        """ "البلدين" / "الدولتين" stand for the last pair of countries named together."""
        out: list[Actor] = []
        idx = self.lex.cue(self.cue.pair_anaphor)
        for k, norm in enumerate(norms):
            if norm not in idx:
                continue
            t = sent[k]
            if not t.ent_type_:
                # A pair named earlier in this sentence ("بين إسرائيل وإيران ... الطرفين") wins.
                before = [a for a in actors if a.end <= t.i]
                self._remember_pairs(_groups(sent.doc, sent, before, self._actor_nouns), [], state)
                if state.last_pair is None:
                    continue
                for member in state.last_pair:
                    out.append(
                        Actor(member.entity, t.i, t.i + 1, "anaphor", t.text, t.idx, t.idx + len(t.text), virtual=True)
                    )
        return out

    def _latter_anaphors(self, sent: Span, state: Discourse, actors: list[Actor], norms: list[str]) -> list[Actor]:
        """ "زيارة الأخير": "the latter" is the last person named (الأخيرة: the last state or body).

        As an adjective the same word follows a definite or possessed noun ("زياراته الأخيرة");
        as a noun it follows a construct noun, a verb or a preposition."""
        out: list[Actor] = []
        idx = self.lex.cue(self.cue.latter_anaphor)
        for k, norm in enumerate(norms):
            if norm not in idx or k == 0:
                continue
            t = sent[k]
            if t.ent_type_:
                continue
            prev = norms[k - 1].lstrip("وف")
            if prev.startswith(("ال", "بال", "لل")) or prev.endswith(("ه", "ها", "هم", "نا", "هما")):
                continue  # an adjective: "الأسبوع الأخير", "زياراته الأخيرة"
            feminine = norm.endswith("ه")  # الأخيرة (ة normalised to ه)
            earlier = state.named + [a for a in actors if a.end <= t.i and not a.virtual]
            referent = next(
                (a for a in reversed(earlier) if (a.entity.type == "Person") != feminine and a.kind != "place"),
                None,
            )
            if referent is not None:
                out.append(
                    Actor(referent.entity, t.i, t.i + 1, "anaphor", t.text, t.idx, t.idx + len(t.text), virtual=True)
                )
        return out

    def _remember_pairs(self, groups: list[Group], hits: list[_Hit], state: Discourse) -> None:
        # A pair the text relates: "بين X و Y", or the two sides of an assertion. Names merely
        # listed together ("الأوضاع في لبنان وفلسطين") are topics, not "the two countries".
        candidates = (
            [g.members for g in groups if g.marker == "بين"]
            + [h.subject.members for h in hits if h.pairwise and h.subject]
            + [(h.subject.members[:1] + h.objects.members[:1]) for h in hits if h.subject and h.objects]
        )
        for members in candidates:
            countries: list[Actor] = []
            for a in members:
                if a.entity.type == "Country" and all(c.entity.id != a.entity.id for c in countries):
                    countries.append(a)
            if len(countries) == 2 and not any(a.virtual for a in members):
                state.last_pair = (countries[0], countries[1])

    # --- reporting ----------------------------------------------------------------------------

    def _speakers(self, s: _Sentence, state: Discourse) -> list[_Speaker]:
        """Who speaks, and over which tokens: reporting verbs and "according to X"."""
        out: list[_Speaker] = []
        for m in s.cues[self.cue.reporting]:
            if m.form.pos == "noun" and any(a.start == m.start for a in s.cues[self.cue.attribution]):
                continue
            speaker = None
            right = next(iter(s.groups_from(m.end, m.end + MAX_SUBJECT_GAP_RIGHT + 2)), None)
            if right is not None and s.clause(right.start)[0] > m.end:
                right = None  # "أكدت مصادر أن السعودية ...": what follows "أن" is said, not who says it
            # "قال مصدر في وزارة الخارجية": an unnamed source speaks for the body it is in.
            sourced = right is not None and right.marker in ("في", "من") and right.start - m.end <= 2
            if right is not None and (right.marker is None or sourced) and right.speaking and not m.form.plural:
                speaker = right.speaking[0]
            elif m.form.pos in ("verb", "participle"):
                left = s.group_before(m.start, MAX_SUBJECT_GAP_LEFT)
                if left is not None and left.marker is None and left.speaking:
                    speaker = left.speaking[0]
                elif m.form.pos == "participle" and state.last_subject is not None and state.last_subject.speaking:
                    speaker = state.last_subject.speaking[0]
            if speaker is None and m.form.pos == "verb":
                speaker = state.last_speaker  # "وقال إن ..." continues the last speaker
            if speaker is not None:
                state.last_speaker = speaker
                addressee = None
                if right is not None and right.speaking and speaker is right.speaking[0]:
                    nxt = next(iter(s.groups_from(right.end, right.end + 1)), None)
                    if nxt is not None and nxt.marker in ("الي", "ل") and nxt.speaking:
                        addressee = nxt.speaking[0]
                if m.form.pos in ("verb", "participle"):
                    group = next((g for g in s.groups if speaker in g.members), None)
                    if group is not None:
                        state.remember_subject(group)
                        s.verb_subjects.append((m.start, group))
                out.append(_Speaker(m.end, s.span.end, speaker, m.end, addressee))
        claims = [m for m in s.cues[self.cue.allegation] + s.cues[self.cue.denial] if m.start not in s.trigger_tokens]
        for m in s.cues[self.cue.hope] + s.cues[self.cue.expectation] + claims:
            # "أعرب الرئيس الفرنسي عن أمله في أن ...", "نفت إيران ...", "زعمت إسرائيل أن ...":
            # what follows is the hoper's, denier's or claimant's word.
            if m.form.pos != "verb":
                continue
            right = next(iter(s.groups_from(m.positions[0] + 1, m.end + MAX_SUBJECT_GAP_RIGHT)), None)
            left = s.group_before(m.start, 2)
            who = (
                right
                if right is not None and right.marker is None and right.speaking and right.start < m.end + 3
                else None
            )
            if (
                who is None
                and left is not None
                and left.marker is None
                and left.speaking
                and m.form.text[:1] not in "وف"
            ):
                who = left
            if who is not None:
                out.append(_Speaker(m.end, s.span.end, who.speaking[0], m.end))
        for m in s.cues[self.cue.attribution]:
            g = next(iter(s.groups_from(m.end, m.end + 5)), None)
            if g is not None and g.speaking:
                # "بحسب X" covers the verb-led segment it stands in, before or after it.
                lo, hi = s.segment(m.start)
                out.append(_Speaker(lo, hi, g.speaking[0], m.end, by_verb=False))
        return out

    def _speaker_for(self, s: _Sentence, hit: _Hit, speakers: list[_Speaker]) -> Entity | None:
        best = None
        for sp in speakers:
            if sp.start <= hit.start < sp.end and not self._writer_clause(s, hit, sp):
                best = sp.actor.entity
        return best

    def _writer_clause(self, s: _Sentence, hit: _Hit, sp: _Speaker) -> bool:
        """ "قال X إن ... ، كما دعا Y ...": a verb after "كما", "بينما", "من جهته" with a subject
        of its own named is the writer's report, not the speaker's words."""
        if not sp.by_verb or hit.pos != "verb" or hit.subject_from not in ("right", "left"):
            return False
        if hit.subject is not None and any(a.entity.id == sp.actor.entity.id for a in hit.subject.acting):
            return False
        return any(sp.cue_end <= w.start < hit.start for w in s.cues[self.cue.writer_clause])

    def _speaker_subject(self, s: _Sentence, hit: _Hit, speakers: list[_Speaker]) -> None:
        """Quoted first person ("لسنا قلقين", "نشكركم") is the speaker; "you" is the addressee."""
        for sp in speakers:
            if not sp.by_verb or not sp.cue_end <= hit.start < sp.end or sp.actor.virtual:
                continue
            quoted = s.quote_between(sp.cue_end, hit.start) or any(
                t in QUOTES for t in s.doc[hit.start - 2 : hit.start].text
            )
            if not quoted:
                continue
            # "نشكركم", "امتناننا": first person in a quote is the speaker, whatever stands nearby.
            word = s.norm(hit.start)
            first_person = (hit.pos == "verb" and word.lstrip("وف")[:1] == "ن") or (
                hit.pos == "noun" and word.endswith("نا")
            )
            if hit.subject is None or (first_person and hit.subject_from not in ("right", "forced")):
                hit.subject = Group([sp.actor], sp.actor.start, sp.actor.end)
                hit.subject_from = "speaker"
            if hit.objects is None and hit.object_hit is None and sp.addressee is not None:
                window = [s.norm(i) for i in range(max(sp.cue_end, hit.start - 4), min(s.span.end, hit.end + 3))]
                if any(w.endswith("كم") or w.endswith("ك") for w in window):
                    hit.objects = Group([sp.addressee], sp.addressee.start, sp.addressee.end)

    # --- arguments ----------------------------------------------------------------------------

    def _arguments(self, s: _Sentence, hit: _Hit, state: Discourse) -> None:
        m = hit.match
        rel = self.lex.relations[hit.relation]
        _, clause_end = s.clause(m.positions[-1])
        subj, how = None, ""
        if hit.pos == "verb":
            subj, how = self._verb_subject(s, hit)
        elif hit.pos == "participle":
            # "..., داعية موسكو إلى": the participle's subject is its clause's, not a genitive.
            clause_start, _ = s.clause(m.start)
            genitives = {
                id(h.subject) for h in s.hits if h.pos == "noun" and h.subject_from in ("genitive", "adjective")
            }
            near = [
                g
                for g in s.groups
                if clause_start <= g.start and g.end <= m.start and g.marker is None and g.acting
                and id(g) not in genitives and not all(a.kind == "demonym" for a in g.members)
            ]  # fmt: skip
            before = [g for pos, g in s.verb_subjects if pos < m.start]
            # "دعا X Y إلى ...، مطالبا ...": an adverbial participle shares the main verb's
            # subject; the name nearest before it may be that verb's object.
            if before and before[-1].start >= s.span.start:
                subj, how = before[-1], "dropped"
            elif near:
                subj, how = near[-1], "left"
            # "طائرتي شحن ... متوجهتين إلى سوريا": a dual or plural participle agrees with a subject
            # of several, not with one state or person.
            word = s.doc[m.start].text
            if subj is not None and word.endswith(("ين", "ون", "ان")) and len(subj.acting) == 1:
                if subj.acting[0].kind != "demonym":
                    subj, how = None, ""
        else:
            subj, how = self._noun_subject(s, hit)
            purpose = self._purpose_agent(s, hit, subj, how)
            if purpose is not None:
                # "سيتوجه الوزير إلى المنطقة للقاء مسؤولين X و Y": a verbal noun of purpose after
                # a verb is that verb subject's intended act; the name after it is its object.
                hit.topic = subj if subj is not None and how == "genitive" else None
                subj, how = purpose, "dropped"
                hit.future = True
        if subj is None and hit.pos in ("verb", "participle") and not self._unknown_subject_follows(s, hit):
            if m.form.text[:1] in "وف" or hit.pos == "participle" or m.form.plural:
                dropped = state.dropped_subject(m.form.plural, m.form.feminine)
                if dropped is not None:
                    subj, how = dropped, "dropped"
        hit.subject, hit.subject_from = subj, how
        if subj is not None and how in ("left", "right"):
            state.remember_subject(subj)
        if subj is not None and hit.pos == "verb":
            s.verb_subjects.append((m.start, subj))

        # Object.
        markers = self.lex.object_markers.get(hit.relation, frozenset())
        # A verb phrase may hold its arguments in its gap: "وقعت مصر مع الاتحاد الأوروبي ... اتفاقية".
        start_after = m.positions[0] + 1 if m.gap else m.end
        if subj is not None and subj.start >= start_after:
            start_after = subj.end
        noun_final = len(m.positions) > 1 and not m.phrase.rest[-1] & {"عن", "علي", "الي", "من", "مع"}
        # An optional object (a veto's forum) may stand further off: "... حق النقض ضد مشروع قرار في مجلس الأمن".
        reach = MAX_OBJECT_DISTANCE + (4 if rel.object_kind == "optional_entity" else 0)
        # A name may stand just past a weak boundary ("كما", "حيث"), never past a relative pronoun
        # or "أن": what follows those is another clause's. Words about an action reach its agent
        # in the relative clause ("أشاد بالدور الذي تضطلع به عمان"); deeds do not.
        closed = not rel.about_deeds and any(
            s.norm(i) in RELATIVE_PRONOUNS or self.lex.is_cue(self.cue.complementizer, s.norm(i))
            for i in range(max(start_after, clause_end - 1), min(clause_end + 3, s.span.end))
        )
        for g in s.groups_from(start_after, start_after + reach):
            if g is subj or g.start >= clause_end + (0 if closed else 3):
                continue
            if (
                hit.pos == "noun"
                and not rel.about_deeds
                and g.marker in (None, "بين")
                and any(start_after <= f.start < g.start for f in s.cues[self.cue.passing_frame])
            ):
                break  # "تناول الاجتماع ملف العلاقات بين X و Y": the names belong to the topic
            if g.marker == "بين" and len(g.members) >= 2:
                if rel.symmetric or rel.takes_assertion:
                    hit.objects = g
                    break
                continue
            if g.end - 1 in m.positions:
                continue  # the name is a word of the trigger itself
            if (
                g.marker is None
                and g.start == m.end
                and (hit.pos == "noun" or noun_final)
                and how not in ("left", "dropped", "speaker")
            ):
                continue  # a genitive: "قلق الولايات المتحدة" is whose concern, not about whom
            # "رفضت حماس المقترح الإسرائيلي": a statement's object named by its nationality.
            # "بقصف منشآت الطاقة الأوكرانية": force against a country's property targets the country.
            said_of = g.marker is None and (rel.quad in (1, 3, 4) and g.start - start_after <= 3)
            if all(a.kind == "demonym" for a in g.members) and not self._actor_noun_before(s, g) and not said_of:
                continue  # an adjective: "على الأراضي الروسية" is a place, not Russia as a party
            # "ضربات على مواقع للحوثيين": the owner of the target named after it is the object.
            if (
                g.marker == "ل"
                and g.start >= 2
                and any(s.norm(k) in markers for k in range(max(start_after, g.start - 3), g.start))
            ):
                if _object_members(rel, g) and not s.crosses(start_after, g.start, hit):
                    hit.objects = g
                    break
            if rel.symmetric and subj is None and len(g.acting) >= 2 and g.marker is None and g.start - m.end <= 4:
                hit.objects = g  # "الشراكة القائمة X و Y"
                break
            direct = g.marker is None and (
                hit.pos in ("verb", "participle") or how in ("genitive", "adjective", "left", "agent", "dropped")
            )
            if g.marker in markers or direct:
                if s.crosses(start_after, g.start, hit):
                    break
                if not _object_members(rel, g):
                    continue
                hit.objects = g
                break
        if hit.objects is None and hit.topic is not None:
            hit.objects = hit.topic
        # "العقوبات الغربية على X" found no X after: "للبلدين الخاضعين لعقوبات غربية" names it before.
        if hit.objects is None and how == "adjective" and rel.object_kind == "entity":
            before = s.group_before(m.start, 2)
            if before is not None and before is not subj and before.acting and before.marker is not None:
                hit.objects = before
        if rel.symmetric:
            pair = (
                hit.objects
                if hit.objects is not None and len(hit.objects.acting) >= 2 and hit.objects.marker in (None, "بين")
                else None
            )
            if subj is None and pair is not None:
                hit.subject, hit.objects, hit.pairwise, hit.subject_from = pair, None, True, "pair"
            elif subj is not None and len(subj.acting) >= 2 and hit.objects is None:
                # "روسيا وكوريا تطوران شراكة": the pair relates to itself.
                hit.pairwise = True

    def _purpose_agent(self, s: _Sentence, hit: _Hit, subj: Group | None, how: str) -> Group | None:
        """The subject of the verb a purpose noun of contact ("للقاء", "لزيارة") depends on, if any.

        Only a noun with the preposition ل written on it, after a verb of the same clause chain
        whose subject is known, and with no agent of its own behind "من قبل"."""
        if hit.match.form.preposition != "ل" or how in ("agent", "left"):
            return None
        # Contact (meet, visit, talk: gk:contactEvent) is what one travels or calls "to do"; other
        # nouns after ل qualify a noun ("اتفاقيات للتعاون", "لدعم الاقتصاد").
        if not self.lex.relations[hit.relation].contact:
            return None
        # The verb is one of travel or contact ("توجه", "وصل", "زار"): "هاجم X Y لاستقبال Z" gives
        # a reason, not a purpose.
        travel = {h.start for h in s.hits if h.pos == "verb" and self.lex.relations[h.relation].contact}
        verbs = [(pos, g) for pos, g in s.verb_subjects if pos < hit.start and g.acting and pos in travel]
        if not verbs:
            return None
        pos, group = verbs[-1]
        if group.start >= hit.start or (subj is not None and subj is group) or hit.start - pos > 10:
            return None
        between = [s.norm(i) for i in range(pos, hit.start)]
        if any(
            n in RELATIVE_PRONOUNS
            or n in BOUNDARY_PUNCT
            or n in ("،", ",")
            or self.lex.is_cue(self.cue.complementizer, n)
            for n in between
        ):
            return None
        return group

    def _unknown_subject_follows(self, s: _Sentence, hit: _Hit) -> bool:
        """ "وحذر محللون ...": a plural noun after the verb is its own subject, just not an actor."""
        i = hit.match.positions[0] + 1
        if hit.pos != "verb" or hit.match.form.plural or i >= s.span.end or s.doc[i].ent_type_:
            return False
        norm = s.norm(i)
        return (norm.endswith("ون") and len(norm) > 4) or any(f in self.lex.cue(self.cue.actor_noun) for f in (norm,))

    def _actor_noun_before(self, s: _Sentence, g: Group) -> bool:
        """ "بنظيره الروسي", "الجانب الصيني": the adjective names a party, not an attribute.

        The group may already start at the noun (``_groups`` moves it there) or right after it."""
        idx = self.lex.cue(self.cue.actor_noun)
        for i in (g.start, g.start - 1):
            if i < s.span.start or s.doc[i].ent_type_ and i != g.start:
                continue
            word = s.norm(i)
            if (
                word in idx
                or (word[:1] in "وفبل" and word[1:] in idx)
                or (word[:2] in ("وب", "ول", "فب") and word[2:] in idx)
            ):
                return True
        return False

    def _governed_agent(self, s: _Sentence, hit: _Hit) -> Group | None:
        """ "نفت إيران تزويد روسيا": the agent of a verbal noun is the subject of the verb governing it."""
        verbs = [
            m
            for concept in (
                self.cue.denial,
                self.cue.reporting,
                self.cue.hope,
                self.cue.expectation,
                self.cue.participation,
                self.cue.auxiliary_verb,
                self.cue.future,
            )  # fmt: skip
            for m in s.cues[concept]
            if m.form.pos == "verb"
        ]
        for g in s.groups:
            if g.end <= hit.start and hit.start - g.end <= 2 and g.marker is None and g.acting:
                if any(v.end == g.start or (v.end < g.start and g.start - v.end <= 1) for v in verbs):
                    # Only adverbs may stand between ("أعلنت بوليفيا أمس قطع"): not "إلى أن", a
                    # complementizer or a preposition, which open a clause of the noun's own.
                    between = [s.norm(i) for i in range(g.end, hit.start)]
                    if any(
                        n in SEPARATE_PREPOSITIONS or self.lex.is_cue(self.cue.complementizer, n) or n in BOUNDARY_PUNCT
                        for n in between
                    ):
                        continue
                    if not s.crosses(g.end, hit.start, hit):
                        return g
        return None

    def _verb_subject(self, s: _Sentence, hit: _Hit) -> tuple[Group | None, str]:
        m = hit.match
        attached = m.form.text[:1] in "وف"
        left = s.group_before(m.start, 2)
        if m.form.pronoun_object and not m.form.plural:
            # "الأفكار التي حملها وفد الأمم المتحدة رفضتها إسرائيل": with an object pronoun on the
            # verb, the name after it is the subject and the one before is the topic it refers to.
            first = next(iter(s.groups_from(m.end, m.end + 1)), None)
            if first is not None and first.marker is None and first.acting:
                if left is not None and left.marker is None and left.acting:
                    hit.topic = left
                return first, "right"
        if left is not None and left.marker is None and not attached and left.acting and self._fronted(s, left):
            return left, "left"
        after = m.positions[0] + 1
        if after < s.span.end and any(q.start == after for q in s.cues[self.cue.quantity_noun]):
            return None, ""  # "وصل عدد اللاجئين إلى": the number is the subject
        if (
            after < s.span.end
            and any(u.start == after for u in s.cues[self.cue.unnamed_actor])
            and not any(g.start == after for g in s.groups)
        ):
            # "دعا متحدث باسم X ...": the body an unnamed speaker speaks for; else nobody named.
            body = next(iter(s.groups_from(after + 2, after + 2)), None)
            if after + 1 < s.span.end and s.norm(after + 1) == "باسم" and body is not None and body.acting:
                return body, "right"
            return None, ""
        if not m.form.plural:
            limit = m.gap[1] if m.gap else m.end + MAX_SUBJECT_GAP_RIGHT
            # "أعرب المدير العام للوكالة ... رافائيل غروسي عن", "دعا الأمين العام للأمم المتحدة
            # أنطونيو غوتيريش ...": the "of X" inside a title is skipped for the name after it.
            window = s.groups_from(m.positions[0] + 1, limit + 3)
            first = None
            for k, g in enumerate(window):
                # ... but "دعا الأمين العام للأمم المتحدة إيران": a state after it is the object.
                if (
                    g.marker == "ل"
                    and k + 1 < len(window)
                    and window[k + 1].start - g.end <= 1
                    and any(a.entity.type == "Person" for a in window[k + 1].acting)
                ):
                    continue
                if g.start <= limit or (k > 0 and window[k - 1].marker == "ل"):
                    first = g
                break
            # "أدان الأمين العام لجامعة الدول العربية [name unknown] ...": the official of a body
            # the gazetteer does not name acts for the body.
            official_of = (
                first is not None
                and first.marker == "ل"
                and first.acting
                and first.acting[0].entity.type in ("InternationalOrganisation", "GovernmentBody")
                and 1 <= first.start - (m.positions[0] + 1) <= 3
            )
            if official_of:
                return first, "right"
            if (
                first is not None
                and first.marker is None
                and first.acting
                and not s.crosses(m.positions[0] + 1, first.start, hit)
                # a preposition in between makes the name part of a phrase ("دعم النص مع سفراء X")
                and not any(s.norm(i) in SEPARATE_PREPOSITIONS for i in range(m.positions[0] + 1, first.start))
            ):
                return first, "right"
        if not attached:
            left = s.group_before(m.start, MAX_SUBJECT_GAP_LEFT)
            if (
                left is not None
                and left.marker is None
                and left.acting
                and self._fronted(s, left)
                and not s.crosses(left.end, m.start, hit)
            ):
                return left, "left"
        return None, ""

    def _fronted(self, s: _Sentence, g: Group) -> bool:
        """A subject before its verb opens its clause ("الصين تدعم", "أن روسيا زودت"); a name
        deeper in the clause ("وفي البصرة جنوب العراق اعتقل ...") belongs to a phrase of its own."""
        clause_start, _ = s.clause(g.start)
        lead = [s.norm(i) for i in range(clause_start, g.start)]
        # "... قريبا، فالقاهرة ترفض": after a comma a clause may start again.
        if "،" in lead or "," in lead:
            cut = max(k for k, n in enumerate(lead) if n in ("،", ","))
            lead = lead[cut + 1 :]
        lead = [n for n in lead if n not in ("و", "ف")]
        return len(lead) <= 1 and not any(n in SEPARATE_PREPOSITIONS or n[1:] in SEPARATE_PREPOSITIONS for n in lead)

    def _noun_subject(self, s: _Sentence, hit: _Hit) -> tuple[Group | None, str]:
        m = hit.match
        lex = self.lex
        governed = self._governed_agent(s, hit)
        if governed is not None:
            return governed, "left"
        # "أكد شجبه وإدانته للعدوان الإسرائيلي": a noun with a possessive pronoun has its agent in
        # the pronoun; a name or nationality after it belongs to another noun.
        last = s.doc[m.positions[-1] if len(m.positions) == 1 else m.start].text
        owned = last.endswith(POSSESSIVE_SUFFIXES) and not last.endswith("ة") and len(m.positions) == 1
        for g in [] if owned else s.groups_from(m.end, m.end + MAX_SUBJECT_GAP_RIGHT):
            if g.marker is not None or not g.acting:
                break
            gap = [s.norm(i) for i in range(m.end, g.start)]
            if all(a.kind == "demonym" for a in g.members) and len(gap) <= 2 and not self._actor_noun_before(s, g):
                return g, "adjective"  # "العقوبات الغربية", "الصواريخ البالستية الكورية"
            if not gap:
                return g, "genitive"  # "زيارة بوتين"
            # "زيارة يقوم بها الرئيس": an auxiliary verb brings the agent after the noun.
            if any(lex.cue(self.cue.auxiliary_verb).__contains__(n) for n in gap) and not s.crosses(
                m.end, g.start, hit
            ):
                return g, "genitive"
            break
        for g in s.groups_from(m.end, m.end + MAX_OBJECT_DISTANCE):
            if g.marker == "من قبل":
                return g, "agent"
        # "إدانة الأردن للحصار": a noun behind a preposition completes the noun before it; the
        # name there belongs to that noun, not to this one.
        prep_before = m.form.preposition is not None or (
            m.start > s.span.start and s.norm(m.start - 1) in SEPARATE_PREPOSITIONS
        )
        left = s.group_before(m.start, MAX_SUBJECT_GAP_LEFT)
        if left is not None and left.marker is None and left.acting and not s.crosses(left.end, m.start, hit):
            if not (prep_before and left.end >= m.start - 1):
                return left, "left"
        return None, ""

    def _in_passing(self, s: _Sentence, hit: _Hit) -> bool:
        """An event noun the sentence mentions as background, not as what it asserts: after a time,
        cause, frame or topic word ("بعد الهجوم على", "جراء العدوان", "في إطار التعاون بين", "ملف
        العلاقات"), with at most a preposition between. A noun with a possessive pronoun ("خلال
        لقائه نظيره") is its participant's own event and counts."""
        if hit.pos != "noun":
            return False
        first = s.doc[hit.start].text
        if any(f.end == hit.start for f in s.cues[self.cue.name_head]):
            return True  # "وزيرة التعاون الدولي", "مجلس التعاون": a word of a name
        if first.endswith(POSSESSIVE_SUFFIXES) and not first.endswith("ة"):
            return False
        i = hit.start
        if i - 1 >= s.span.start and s.norm(i - 1) in SEPARATE_PREPOSITIONS | {"ل", "ب", "لل"}:
            i -= 1
        frames = [f for f in s.cues[self.cue.passing_frame] if f.end == i]
        if not frames:
            return False
        # "بعد مشاورات مع X": a meeting something followed was held; an attack after which
        # something happened is the background of what the sentence tells.
        contact = self.lex.relations[hit.relation].contact
        return not (contact and all(s.norm(f.start).lstrip("وف") in PAST_FRAMES for f in frames))

    def _participants(self, s: _Sentence, hit: _Hit, state: Discourse) -> None:
        """ "وانضمت إلى العقوبات ..." makes the joiner a subject of the sanctions too."""
        if hit.pos != "noun":
            return
        for cue in s.cues[self.cue.participation]:
            if cue.end <= hit.start and hit.start - cue.end <= 3 and cue.form.pos == "verb":
                left = s.group_before(cue.start, 2)
                first = next(iter(s.groups_from(cue.end, cue.end + 2)), None)
                if left is not None and left.marker is None and left.acting and cue.form.text[:1] not in "وف":
                    hit.extra_subjects.append(left)
                elif first is not None and first.marker is None and first.acting and first.end <= hit.start:
                    hit.extra_subjects.append(first)
                else:
                    # "وانضمت" (feminine) continues the state named before, not its president.
                    dropped = state.dropped_subject(cue.form.plural, cue.form.feminine)
                    if dropped is not None:
                        hit.extra_subjects.append(dropped)

    def _nest(self, s: _Sentence, hits: list[_Hit]) -> None:
        """Assertions about assertions, accusations' content, and support for an action's agent."""
        for i, hit in enumerate(hits):
            rel = self.lex.relations[hit.relation]
            later = hits[i + 1 :]
            if rel.takes_assertion and (hit.objects is None or hit.objects.marker == "بين"):
                for other in later:
                    if other.start - hit.end > MAX_OBJECT_DISTANCE or s.clause(other.start)[0] > hit.end:
                        break  # what the concern is about lies in its own clause
                    if other.subject is not None or other.pairwise:
                        # Backing a war is siding with the party that wages it (gk:takesSides);
                        # concern about or welcome for a partnership is about the partnership.
                        conflict = self.lex.relations[other.relation].is_conflict
                        if conflict and rel.takes_sides and other.subject is not hit.subject:
                            hit.objects = other.subject
                        else:
                            hit.object_hit, hit.objects = other, None
                        break
            if rel.complement_agent == "object" and hit.objects is not None:
                accused = hit.objects
                for other in later:
                    if other.start - accused.end > 4:
                        break
                    if any(s.norm(k).startswith("ب") for k in range(accused.end, other.end)):
                        # "اتهم X Y بتسليم Z ذخيرة": Y did it, allegedly, by X's account.
                        if other.subject_from in ("genitive", "adjective") and other.subject is not accused:
                            other.objects = other.subject  # "بتزويد روسيا": Russia is supplied
                        if other.objects is None or other.objects is accused:
                            between = [g for g in s.groups if accused.end <= g.start and g.end <= other.start]
                            other.objects = between[0] if between else other.objects
                        other.subject, other.subject_from = accused, "forced"
                        other.forced_modality = rel.complement_modality
                        other.forced_attribution = (
                            hit.subject.acting[0].entity if hit.subject and hit.subject.acting else None
                        )
                        break
            if rel.complement_agent == "subject":
                reach_from = max(hit.end, hit.subject.end if hit.subject is not None else 0)
                for other in later:
                    if other.start - reach_from > 3 or other.pos != "noun":
                        break
                    if any(s.norm(k).startswith("ب") for k in range(hit.end, other.end)):
                        # "هدد X بفرض عقوبات على Y": the sanctions are threatened, not imposed.
                        if other.subject_from in ("genitive", "adjective") and other.subject is not hit.subject:
                            other.objects = other.subject  # "باستهداف السفن الأمريكية": the ships are the target
                        other.subject, other.subject_from = hit.subject, "forced"
                        other.forced_modality = rel.complement_modality
                        if hit.objects is None and other.objects is not None:
                            hit.objects = other.objects
                        break
            if (
                hit.objects is None
                and hit.object_hit is None
                and rel.is_cooperation
                and not rel.contact  # a visit's host is not the partner of a talk
            ):
                # "أبدت اليابان استعدادها لتعزيز التعاون مع السعودية": the partner of the
                # cooperation the intent is about is the partner of the intent.
                for other in later:
                    if other.start - hit.end > 3:
                        break
                    other_rel = self.lex.relations[other.relation]
                    if other.pos == "noun" and other_rel.is_cooperation and other.objects is not None:
                        hit.objects = other.objects
                        break
            if hit.objects is None and hit.object_hit is None and not rel.symmetric:
                # "تدعم العمليات التي تنفذها روسيا": support for an action is support for its agent.
                for other in later:
                    if other.start - hit.end > 3:
                        break
                    if other.pos == "noun" and other.subject is not None and other.subject is not hit.subject:
                        hit.objects = other.subject
                        break

    def _refine(self, s: _Sentence, hit: _Hit) -> None:
        """ "زودت X بأسلحة": a narrower relation's context words near a broader trigger select it."""
        options = self.lex.refinements.get(hit.relation)
        if not options:
            return
        _, clause_end = s.clause(hit.end)
        lo, hi = hit.match.positions[0], min(clause_end, hit.end + 6, s.span.end)
        norms = [s.norm(i) for i in range(lo, hi)]
        for relation, index in options:
            if index.find_all(norms):
                hit.relation = relation
                return

    def _merge_specific(self, s: _Sentence, hits: list[_Hit]) -> None:
        """ "زودت سيول أوكرانيا بمساعدة عسكرية": the verb's arguments, the noun's finer relation."""
        rels = self.lex.relations
        for a, b in zip(hits, hits[1:]):
            ra, rb = rels[a.relation], rels[b.relation]
            if not (ra.cameo_root and ra.cameo_root == rb.cameo_root and a.subject and a.objects):
                continue
            if b.pos == "noun" and b.match.form.preposition == "ب" and b.start - a.objects.end <= 2:
                if rb.refines(ra):
                    a.relation = b.relation
                b.superseded = True

    # --- polarity and modality ----------------------------------------------------------------

    def _polarity_modality(self, s: _Sentence, hit: _Hit) -> None:
        lex, cue = self.lex, self.cue
        start = hit.start
        sent_start = s.span.start
        # Look past auxiliaries ("لم تقم بزيارة", "لن يعمل على") for the negation.
        # "وليس هناك أي خطط لزيارة": a negator reaches a few words ahead, past auxiliaries too.
        negation_scope = cue.negation.ar_scope or 0
        clause_start_for_negation, _ = s.clause(start)
        window_start = max(sent_start, clause_start_for_negation, start - negation_scope)
        for aux in _within(s.cues[cue.auxiliary_verb], start, cue.auxiliary_verb.ar_scope):
            # the negator may stand before the auxiliary as it would before the verb
            window_start = max(sent_start, aux.start - (negation_scope - 1))
            hit.future = hit.future or aux.form.future
        window = range(window_start, start)
        hit.negated = any(
            lex.is_cue(cue.negation, s.norm(i)) and (s.norm(i) not in AMBIGUOUS_NEGATORS or i == start - 1)
            for i in window
        )
        seg_start, _ = s.segment(start)
        if any(d.end <= start and d.start >= seg_start for d in s.cues[cue.denial]):
            hit.negated = True
        hit.future = hit.future or hit.match.form.future
        for future in (cue.future, cue.hope, cue.expectation):
            if _within(s.cues[future], start, future.ar_scope):
                hit.future = True
        if _within(s.cues[cue.hypothetical], start, cue.hypothetical.ar_scope):
            hit.forced_modality = hit.forced_modality or cue.hypothetical.signals
        # An accusation is not itself alleged by the allegation word it is (gk:complementModality).
        accusation = self.lex.relations[hit.relation].complement_modality == cue.allegation.signals
        if not accusation and _within(s.cues[cue.allegation], start, cue.allegation.ar_scope):
            hit.forced_modality = hit.forced_modality or cue.allegation.signals

    # --- output -------------------------------------------------------------------------------

    def _emit(
        self,
        s: _Sentence,
        hit: _Hit,
        speaker: Entity | None,
        out: list[Candidate],
        built: dict[int, list[Candidate]],
        hits: list[_Hit],
    ) -> list[Candidate]:
        if hit.subject is None:
            return []
        pairs = self._pairs(hit, built, hits)
        doc = s.doc
        first, last = doc[hit.match.positions[0]], doc[hit.match.positions[-1]]
        clause_lo, clause_hi = s.clause(hit.match.positions[-1])
        clause_hi = max(clause_hi, clause_lo + 1)
        speaks_for_itself = speaker is not None and any(a.entity.id == speaker.id for a in hit.subject.acting)
        reported = speaker is not None and not speaks_for_itself
        modality = hit.forced_modality or ("expected" if hit.future else ("reported" if reported else "asserted"))
        attribution = hit.forced_attribution or speaker
        made = []
        for subj, obj, how in pairs:
            confidence = SUBJECT_CONFIDENCE.get(how, 0.6) - (0.05 if len(pairs) > 1 else 0.0)
            made.append(
                Candidate(
                    relation=hit.relation,
                    subject=subj,
                    object=obj,
                    trigger_start=first.idx,
                    trigger_end=last.idx + len(last.text),
                    sentence_start=s.span.start_char,
                    sentence_end=s.span.end_char,
                    clause_start=doc[clause_lo].idx,
                    clause_end=doc[clause_hi - 1].idx + len(doc[clause_hi - 1].text),
                    polarity="negated" if hit.negated else "affirmed",
                    modality=modality,
                    attributed_to=attribution,
                    future=hit.future,
                    confidence=max(0.1, min(0.95, confidence)),
                )
            )
        out.extend(made)
        return made

    def _pairs(
        self, hit: _Hit, built: dict[int, list[Candidate]], hits: list[_Hit]
    ) -> list[tuple[Actor, Actor | Candidate | None, str]]:
        """(subject, object, how the subject was found) of each assertion a hit makes."""
        assert hit.subject is not None
        rel = self.lex.relations[hit.relation]
        subject_groups = [(hit.subject, hit.subject_from)] + [(g, "participant") for g in hit.extra_subjects]
        pairs: list[tuple[Actor, Actor | Candidate | None, str]] = []
        for group, how in subject_groups:
            subjects = group.acting
            if hit.pairwise and how != "participant":
                for x in range(len(subjects)):
                    for y in range(x + 1, len(subjects)):
                        pairs.append((subjects[x], subjects[y], how))
            elif hit.object_hit is not None:
                targets = built.get(hits.index(hit.object_hit)) or []
                if targets:
                    pairs += [(a, targets[0], how) for a in subjects]
                elif hit.object_hit.subject is not None:
                    pairs += [(a, o, how) for a in subjects for o in hit.object_hit.subject.acting]
            elif hit.objects is not None:
                objs = _object_members(rel, hit.objects)
                pairs += [(a, o, how) for a in subjects for o in objs]
            elif rel.object_optional:
                pairs += [(a, None, how) for a in subjects]
        same = [(a, o, h) for a, o, h in pairs if not (isinstance(o, Actor) and o.entity.id == a.entity.id)]
        return same[:MAX_DYADS]


def _standing_from_titles(s: _Sentence, actors: list[Actor], relations: dict) -> list[Candidate]:
    """ "وزير الخارجية الروسي سيرغي لافروف" states an office: a standing fact (title + name), as the
    linker resolved it (the relation the office's holder stands in to its state)."""
    out = []
    for a in actors:
        if a.virtual or a.kind != "name" or a.entity.type != "Person":
            continue
        span = s.doc.char_span(a.char_start, a.char_end)  # the name (a.start may include its title)
        fact = span._.office_fact if span is not None else None
        if fact is None:
            continue
        relation, state = fact
        if relation not in relations:
            continue
        out.append(
            Candidate(
                relation=relation,
                subject=a,
                object=Actor(state, a.start, a.end, "title", span.text, a.char_start, a.char_end, virtual=True),
                trigger_start=a.char_start,
                trigger_end=a.char_end,
                sentence_start=s.span.start_char,
                sentence_end=s.span.end_char,
                confidence=0.85,
            )
        )
    return out


def _within(cues: list[PhraseMatch], start: int, scope: int | None) -> list[PhraseMatch]:
    """The cue matches that end at most ``scope`` tokens before token ``start``."""
    return [m for m in cues if m.end <= start and start - m.end <= (scope or 0)]


def _object_members(rel, group: Group) -> list[Actor]:
    """Who can be the object: actors, and places where the relation allows them (an exercise in a
    sea) or where force lands on them (a city shelled stands for its state's territory)."""
    # Coercion of people (arrest, abduct, assassinate: gk:coercesPersons) lands on people, not on
    # the place it happens in ("اغتياله في مخيم جنين").
    if rel.object_kind in ("none_or_place", "entity_or_place") or (
        rel.is_material_conflict and not rel.coerces_persons
    ):
        return [a for a in group.members if a.entity.type != "MediaOutlet"]
    return group.acting


def _as_masdar(m: PhraseMatch, text: str, previous: str) -> PhraseMatch:
    """ "إدانته" is the verbal noun with a possessive (his condemnation), "أدانته" the verb with an
    object (condemned it); normalised they are one string. Written إ, it is the noun. After a
    preposition a participle is a noun too ("ومن مطالبه": among his demands)."""
    form = m.form
    after_preposition = form.pos == "participle" and (
        previous in SEPARATE_PREPOSITIONS or (previous[:1] in "وف" and previous[1:] in SEPARATE_PREPOSITIONS)
    )
    masdar = form.pos == "verb" and form.pronoun_object and text.lstrip("وف").startswith("إ")
    # "ومطالبة الأردن برفع الحصار", "هو مهاجمة مكتب": written with ة after "و" or a pronoun, the
    # word is the verbal noun, not a participle used adverbially ("لجارته داعية موسكو إلى").
    feminine_noun = (
        form.pos == "participle"
        and text.endswith("ة")
        and (text[:1] in "وف" or previous in (normalize_token("هو"), normalize_token("هي")))
    )
    if not (masdar or after_preposition or feminine_noun):
        return m
    noun = dataclasses.replace(form, pos="noun", pronoun_object=False, plural=False, feminine=False)
    return PhraseMatch(dataclasses.replace(m.phrase, first=noun), m.start, m.end, m.positions)


def _shift(m: PhraseMatch, offset: int) -> PhraseMatch:
    return PhraseMatch(m.phrase, m.start + offset, m.end + offset, tuple(p + offset for p in m.positions))


COMPONENT_NAME = "geokg_ar_relations"


@Language.factory(
    COMPONENT_NAME,
    requires=["doc.ents", "doc.sents", "span._.entity", "token.norm"],
    assigns=["doc._.geokg_candidates", "doc._.geokg_discourse"],
    default_config={"ontology_dir": None},
)
def make_ar_relations(nlp: Language, name: str, ontology_dir: str | None) -> ArabicRelations:
    """Arabic relation candidates, after ``geokg_ar_linker``. ``ontology_dir``: a folder with the
    ontology's Turtle (default: the packaged ontology)."""
    return ArabicRelations(name, ontology_dir)


class ArabicRelations(RelationComponent):
    """spaCy component: the Arabic rules over a document's content sentences, with the discourse
    (last speaker, last pair, recent subjects) kept on ``doc._.geokg_discourse``; the candidates,
    their times resolved, go to ``doc._.geokg_candidates``. ``initialize()`` loads the ontology and
    the compiled Arabic lexicon; ``to_disk`` saves the ontology's Turtle, ``from_disk`` loads it."""

    lang = "ar"

    def build_rules(self, ontology: Ontology) -> ArabicRelationExtractor:
        return ArabicRelationExtractor(ArabicLexicon.load(ontology))

    def find(self, doc: Doc) -> list[Candidate]:
        state = Discourse()
        doc._.geokg_discourse = state
        return self.rules(doc, content_sentences(doc), state)

    @staticmethod
    def normalise(text: str) -> tuple[str, list[int]]:
        norm = normalize_ar(text)
        return norm.text, norm.to_orig
