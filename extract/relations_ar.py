"""Arabic relation extraction: the component ``geokg_ar_relations`` and the stages it runs.

Each content sentence of a document goes through the stages in order, each taking immutable
values (``values_ar``) and returning new ones:

1. clause finding (``clauses_ar``): actors, coordinated groups, trigger and cue matches, clause
   boundaries → a ``Sentence``;
2. reporting and attribution (``reporting_ar``): who speaks over which words;
3. argument finding (``arguments_ar``): each trigger's subject and object;
4. nesting (``nesting_ar``): assertions about assertions, accused and threatened acts;
5. refinements and participants (``arguments_ar``): a narrower relation chosen by its context,
   joiners of an act;
6. events with one named side (``events_ar``): implied agents, casualties and explosions;
7. modality and negation (``modality_ar``): polarity, future, hypothesis, allegation, background;
8. candidates (here): one ``Candidate`` per subject and object pair, with its attribution; the
   time each states is resolved by the shared ``timex.resolve_candidate_times``.

The discourse (the last speaker, the last pair of countries named together, recent subjects) is
a ``Discourse`` value threaded from sentence to sentence and left on ``doc._.geokg_discourse``.
"""

from __future__ import annotations

from geokg.ontology import Ontology, Relation, sector_groups
from spacy.language import Language
from spacy.tokens import Doc, Span

from .arguments_ar import (
    call_parties,
    contact_in_context,
    farewell,
    find_arguments,
    merge_specific,
    object_members,
    owned_departure,
    pair_discussions,
    participants,
    received_guest,
    refine,
    refusing_joiners,
)
from .candidate import Candidate
from .clauses_ar import Entities, find_clauses, remember_leaders, remember_pairs
from .document_doc import content_sentences
from .entities_ar import INFO_INDEX, info_at
from .events_ar import attacks_on_acts, keep_reported, one_sided
from .lexicon_ar import ArabicLexicon
from .meetings_ar import (
    caption_meetings,
    contact_partner,
    continued_contact,
    fronted_subject,
    governed_subject,
    hosted_sides,
    meeting_fallback,
)
from .modality_ar import background, polarity_modality
from .model import Entity
from .morphology_ar import ARTICLE
from .nesting_ar import addressed_warnings, nest, warned_conduct, yield_intents
from .normalize import normalize_ar
from .relation_component import RelationComponent
from .reporting_ar import (
    conditional_threats,
    defied_pressure,
    denounced,
    described_as,
    find_speakers,
    misconduct,
    obligation_demands,
    own_fighters_casualties,
    own_forces_subject,
    own_state_threats,
    passive_labels,
    relative_labels,
    retaliation_threats,
    speaker_for,
    speaker_subjects,
    threats_at_speaker,
    unnamed_source,
)
from .values_ar import (
    STATE_SIDE,
    Actor,
    Discourse,
    Hit,
    Sentence,
    Speaker,
    implied_entity,
    replace,
    stateless_twin,
)

__all__ = ["COMPONENT_NAME", "EXTRACTOR_NAME", "ArabicRelationExtractor", "ArabicRelations", "Discourse"]

EXTRACTOR_NAME = "geokg.ar-rules/0.1"
MAX_DYADS = 16
SUBJECT_CONFIDENCE = {
    "left": 0.75, "right": 0.8, "genitive": 0.75, "adjective": 0.65, "forced": 0.7, "pair": 0.7,
    "agent": 0.7, "dropped": 0.55, "speaker": 0.6, "participant": 0.6, "implied": 0.5,
}  # fmt: skip

Pair = tuple[Actor, "Actor | Candidate | None", str]  # subject, object, how the subject was found


class ArabicRelationExtractor:
    """The stages over a Doc whose entities the Arabic linker has set.

    Not a component itself: ``ArabicRelations`` (``geokg_ar_relations``) runs it per document."""

    def __init__(self, lexicon: ArabicLexicon):
        self.lex = lexicon

    def __call__(self, doc: Doc, sentences: list[Span], discourse: Discourse) -> tuple[list[Candidate], Discourse]:
        """The candidates of a document's content sentences, in order, and the discourse after
        them (``discourse``: what came before)."""
        found: list[Candidate] = []
        # Token objects are created on every access: read each attribute once per document
        # (``memo_ar.DocWords``, where the stages read the words around each hit too).
        ents = Entities(doc)
        norms_of, texts_of = ents.words.norms, ents.words.texts
        for sent in sentences:
            norms, texts = norms_of[sent.start : sent.end], texts_of[sent.start : sent.end]
            candidates, discourse = self.sentence(doc, sent, discourse, norms, texts, ents)
            found.extend(candidates)
        return found, discourse

    def sentence(
        self,
        doc: Doc,
        sent: Span,
        discourse: Discourse,
        norms: list[str] | None = None,
        texts: list[str] | None = None,
        ents: Entities | None = None,
    ) -> tuple[list[Candidate], Discourse]:
        """One sentence through the stages: its candidates and the discourse after it."""
        lex = self.lex
        norms = norms if norms is not None else [t.norm_ for t in sent]
        texts = texts if texts is not None else [t.text for t in sent]
        # Sport and the like ("منتخب مصر" is a team, not the state). Two distinct cue words are
        # needed: one alone is too often something else ("الرئيس المنتخب" is the president-elect).
        starts = lex.cue_starts(norms)
        off_topic = lex.cue_set.off_topic
        if off_topic.name in starts:
            found = lex.cue(off_topic).find_all(norms, starts=starts[off_topic.name])
            if len({m.phrase.source for m in found}) >= 2:
                return [], discourse
        s, actors, matches, discourse = find_clauses(
            lex, doc, sent, discourse, norms, texts, ents or Entities(doc), starts
        )
        speakers, verb_subjects, discourse = find_speakers(lex, s, discourse)
        hits = tuple(Hit(m, m.key) for m in matches)
        hits, verb_subjects, discourse = find_arguments(lex, s, hits, verb_subjects, discourse)
        hits = tuple(fronted_subject(lex, s, governed_subject(lex, s, meeting_fallback(lex, s, h))) for h in hits)
        hits = pair_discussions(lex, s, hits)
        hits = hosted_sides(lex, s, caption_meetings(lex, s, hits))
        hits = nest(lex, s, attacks_on_acts(lex, s, hits))
        hits = merge_specific(lex, hits)
        hits = tuple(owned_departure(lex, s, received_guest(lex, s, refine(lex, s, h))) for h in hits)
        hits = tuple(call_parties(lex, s, h, lex.relations[h.relation].contact) for h in hits)
        hits = contact_in_context(lex, s, tuple(farewell(lex, s, h) for h in hits))
        hits = refusing_joiners(lex, s, tuple(participants(lex, s, h, discourse) for h in hits), discourse)
        hits = tuple(speaker_subjects(lex, s, h, speakers) for h in hits)
        hits = tuple(own_forces_subject(lex, s, h, speakers) for h in hits)
        hits = passive_labels(lex, s, hits, speakers)
        hits = denounced(lex, s, hits, speakers)
        hits = described_as(lex, s, hits)
        hits = misconduct(lex, s, hits, speakers)
        hits = retaliation_threats(lex, s, hits, speakers)
        hits = warned_conduct(lex, s, addressed_warnings(lex, s, hits))
        hits = one_sided(lex, s, hits)
        hits = tuple(own_fighters_casualties(lex, s, h, speakers) for h in hits)
        demands = frozenset(h.match.end for h in hits if lex.relations[h.relation].to_respondent)
        hits = tuple(polarity_modality(lex, s, h, demands) for h in hits)
        hits = contact_partner(lex, s, continued_contact(lex, s, hits))
        hits = relative_labels(lex, s, hits, speakers)
        hits = threats_at_speaker(lex, s, hits, speakers)
        hits = yield_intents(hits)
        hits = tuple(keep_reported(background(lex, s, h)) for h in hits)
        hits = obligation_demands(lex, s, hits, speakers)
        hits = own_state_threats(lex, s, hits, speakers)
        hits = conditional_threats(lex, s, hits, speakers)
        hits = defied_pressure(lex, s, hits, speakers)
        discourse = remember_leaders(hits, remember_pairs(s.groups, hits, discourse))
        out = candidates(lex, s, hits, speakers)
        out.extend(standing_from_titles(s, actors, lex.relations))
        return out, discourse


# --- candidates ----------------------------------------------------------------------------------


def candidates(
    lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...], speakers: tuple[Speaker, ...]
) -> list[Candidate]:
    """The sentence's candidates, in the order of their hits; a hit another points at is built
    first, so that an assertion about an assertion can hold it."""
    out: list[Candidate] = []
    built: dict[int, list[Candidate]] = {}
    cited = {h.object_index for h in hits if h.object_index is not None}
    for k in sorted(range(len(hits)), key=lambda k: 0 if k in cited else 1):
        hit = hits[k]
        if hit.superseded:
            continue
        made: list[Candidate] = []
        if hit.subject is not None:
            speaker = speaker_for(lex, s, hit, speakers)
            rel = lex.relations[hit.relation]
            pairs = [_met_by_government(s, rel, p) for p in _pairs(lex, s, hit, built, hits)]
            pairs = [p for p in pairs if hit.pairwise or not _own_state_by_default(s, rel, p)]
            pairs = [p for p in pairs if not _self_act_by_place(s, rel, p) and not _mission(rel, p)]
            hearsay = speaker is None and unnamed_source(lex, s, hit, speakers)
            made = [_candidate(s, hit, pair, speaker, len(pairs) > 1, rel.is_material, hearsay) for pair in pairs]
        built[k] = made
        out.extend(made)
    return out


def _candidate(
    s: Sentence,
    hit: Hit,
    pair: Pair,
    speaker: Entity | None,
    shared: bool,
    deed: bool = False,
    hearsay: bool = False,
) -> Candidate:
    """One pair of a hit as a candidate (``shared``: the hit makes several, each less certain).
    A speaker's own statement, criticism or threat is made by saying it (asserted); a material
    act (``deed``: aid, an attack) the speaker says it did is its claim, reported; ``hearsay``:
    in the words of an unnamed source, reported with no source named."""
    subj, obj, how = pair
    assert hit.subject is not None
    doc = s.doc
    first, last = doc[hit.match.positions[0]], doc[hit.match.positions[-1]]
    clause_lo, clause_hi = s.clause(hit.match.positions[-1])
    clause_hi = max(clause_hi, clause_lo + 1)
    speaks_for_itself = speaker is not None and any(a.entity.id == speaker.id for a in hit.subject.acting)
    reported = hearsay or (speaker is not None and (deed or not speaks_for_itself))
    modality = hit.forced_modality or ("expected" if hit.future else ("reported" if reported else "asserted"))
    return Candidate(
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
        # a speaker's own statement is its act, not a report of another's: no source beside it
        attributed_to=hit.forced_attribution or (None if modality == "asserted" else speaker),
        future=hit.future,
        confidence=max(0.1, min(0.95, SUBJECT_CONFIDENCE.get(how, 0.6) - (0.05 if shared else 0.0))),
    )


def _pairs(
    lex: ArabicLexicon, s: Sentence, hit: Hit, built: dict[int, list[Candidate]], hits: tuple[Hit, ...]
) -> list[Pair]:
    """(subject, object, how the subject was found) of each assertion a hit makes."""
    assert hit.subject is not None
    rel = lex.relations[hit.relation]
    subject_groups = [(hit.subject, hit.subject_from)] + [(g, "participant") for g in hit.extra_subjects]
    pairs: list[Pair] = []
    for group, how in subject_groups:
        subjects = group.acting
        if hit.pairwise and how != "participant":
            for x in range(len(subjects)):
                for y in range(x + 1, len(subjects)):
                    pairs.append((subjects[x], subjects[y], how))
        elif hit.object_index is not None:
            targets = built.get(hit.object_index) or []
            inner = hits[hit.object_index]
            if targets:
                pairs += [(a, targets[0], how) for a in subjects]
            elif inner.subject is not None:
                pairs += [(a, o, how) for a in subjects for o in inner.subject.acting]
        elif hit.objects is not None and not _inner_act_object(lex, s, hit, hits):
            objs = object_members(rel, hit.objects)
            pairs += [(a, o, how) for a in subjects for o in objs]
        elif rel.object_optional or hit.one_sided or hit.objects is not None:
            pairs += [(a, None, how) for a in subjects]
    return [(a, o, h) for a, o, h in pairs if not (isinstance(o, Actor) and _one_state(a, o))][:MAX_DYADS]


def _inner_act_object(lex: ArabicLexicon, s: Sentence, hit: Hit, hits: tuple[Hit, ...]) -> bool:
    """ "دعا إلى الإفراج عن الجنود": an object behind a preposition that is no marker of the hit's
    relation, but is one of an act's named right before it (عن of الإفراج), is that act's object
    (the freed), never the hit's (whom the call addresses is not named). A partner of a mutual
    act is whom the hit aims at ("هددت X بوقف تعاونها مع Y": the threat is to Y)."""
    g = hit.objects
    assert g is not None
    mark = g.marker
    if mark is None or mark in lex.object_markers.get(hit.relation, ()):
        return False
    return any(
        h is not hit
        and hit.match.end <= h.match.start
        and _right_after(s, h.match.end, g.start)
        and mark in lex.object_markers.get(h.relation, ())
        and not lex.relations[h.relation].symmetric
        for h in hits
    )


def _right_after(s: Sentence, end: int, start: int) -> bool:
    """Whether a group starting at ``start`` follows a trigger ending at ``end``, its preposition
    and at most one adjective with the article between them ("الإفراج الفوري عن")."""
    gap = start - end
    return 0 <= gap <= 1 or (gap == 2 and s.norm(end).startswith(ARTICLE))


def _one_state(a: Actor, o: Actor) -> bool:
    """Whether two parties are one: the same entity, or two voices of one state ("الرئيس
    الروماني" and "رومانيا"), which relate to no one."""
    if a.entity.id == o.entity.id:
        return True
    same_state = a.entity.country is not None and a.entity.country == o.entity.country
    return same_state and a.entity.type in STATE_SIDE and o.entity.type in STATE_SIDE


def _met_by_government(s: Sentence, rel: Relation, pair: Pair) -> Pair:
    """ "تفاوضت الحكومة الكولومبية مع المتمردين في هافانا": a group apart from any state (rebels,
    the opposition) that only the context typed, met or negotiated with by a government, is that
    government's own; the place the sentence names is where they met."""
    a, o, how = pair
    if not rel.contact or not isinstance(o, Actor):
        return pair
    return _of_government(s, _of_no_state(s, a), o), _of_government(s, _of_no_state(s, o), a), how


def _of_no_state(s: Sentence, group: Actor) -> Actor:
    """ "اجتمع الوزير مع جنود في الأردن": a group noun of the military sectors (soldiers, troops)
    whose state only the context gave (a place behind في, the document's state) is a partner of no
    state: the place is where they met, not whose the soldiers are, for soldiers serve abroad.
    Not the home sectors (police, courts), whose state is where they are (gk:HomeSectors)."""
    if group.entity.sector not in sector_groups().military:
        return group
    return stateless_twin(s.doc, group) or group


def _of_government(s: Sentence, group: Actor, other: Actor) -> Actor:
    """``group`` as a group of ``other``'s state, when ``other`` is a government and ``group`` a
    group whose state only the context gave (``span._.context_group``); else ``group``."""
    state = other.entity.country
    if other.entity.type != "GovernmentBody" or not state or group.entity.country == state:
        return group
    span = s.doc.char_span(group.char_start, group.char_end)
    inst = span._.context_group if span is not None else None
    entity = implied_entity(s.doc, state, inst) if inst else None
    return replace(group, entity=entity) if entity is not None else group


def _own_state_by_default(s: Sentence, rel: Relation, pair: Pair) -> bool:
    """ "اتهمت مصر المتمردين": a state's words about a group apart from any state (rebels, the
    opposition) whose state only the document's default gives, and that default is the speaker's
    own state: the text never says the group is its own, and the state that speaks of it or acts
    on it is rarely where it is. Force is left alone: it lands where the forces are, and so is a
    joint act ("وقعت الحكومة السودانية والمتمردون اتفاقا"): a government and the group it acts
    with as one subject are of one country."""
    a, o, _ = pair
    if not isinstance(o, Actor) or rel.is_material_conflict or a.entity.type not in STATE_SIDE:
        return False
    if rel.contact and a.entity.type == "GovernmentBody":  # its own rebels (``_met_by_government``)
        return False
    if o.virtual or o.implied or o.entity.country is None or o.entity.country != a.entity.country:
        return False
    span = s.doc.char_span(o.char_start, o.char_end)
    return span is not None and bool(span._.state_by_default)


_STATE_ARMS = frozenset({"ArmedForce", "GovernmentBody"})  # a state's army, forces, police


def _self_act_by_place(s: Sentence, rel: Relation, pair: Pair) -> bool:
    """ "قصف الجيش المدنيين السوريين في حلب": force by a bare forces noun ("الجيش", "الشرطة")
    whose state only the place of the sentence gave (``span._.state_from_place``) on people or
    forces of that same state. The place is where the act landed, so it names the victims' side,
    not the agent's: asserting a state's force against its own would be a guess, often the
    reverse of the news. Armed groups apart from any state stay (a state's army fights its own
    rebels)."""
    a, o, _ = pair
    if not rel.use_of_force or not isinstance(o, Actor) or a.virtual or a.entity.type not in _STATE_ARMS:
        return False
    if o.entity.type == "ArmedGroup" or not a.entity.country or o.entity.country != a.entity.country:
        return False
    span = s.doc.char_span(a.char_start, a.char_end)
    return span is not None and bool(span._.state_from_place)


def _mission(rel: Relation, pair: Pair) -> bool:
    """ "وجود قوات الأمم المتحدة في لبنان": an international organisation's forces in a state are
    its mission there (gk:seizesTerritory), never an occupation of it."""
    return rel.seizes_territory and pair[0].entity.type == "InternationalOrganisation"


_OFFICE_FACT = INFO_INDEX["office_fact"]


def standing_from_titles(s: Sentence, actors: list[Actor], relations: dict) -> list[Candidate]:
    """ "وزير الخارجية الروسي سيرغي لافروف" states an office: a standing fact (title + name), as the
    linker resolved it (the relation the office's holder stands in to its state)."""
    out = []
    infos = None
    for a in actors:
        if a.virtual or a.kind != "name" or a.entity.type != "Person":
            continue
        # ``span._.office_fact`` of the name's span (a.start may include its title), read by its
        # offsets: a Span and its underscore accessor for every person named cost more
        infos = s.doc._.geokg_span_info if infos is None else infos
        fact = info_at(a.char_start, a.char_end, infos, _OFFICE_FACT)
        if fact is None:
            continue
        span = s.doc.char_span(a.char_start, a.char_end)
        relation, state = fact
        if relation not in relations or span is None:  # (None: offsets off the tokens, as before)
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
        found, doc._.geokg_discourse = self.rules(doc, content_sentences(doc), Discourse())
        return found

    @staticmethod
    def doc_text(doc: Doc) -> str:
        text = doc._.geokg_text  # (set by ``document_doc.join``: Doc.text joins every token anew)
        return text if text is not None else doc.text

    @staticmethod
    def normalise(text: str) -> tuple[str, list[int]]:
        norm = normalize_ar(text)
        return norm.text, norm.to_orig
