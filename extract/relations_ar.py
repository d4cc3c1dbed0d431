"""Arabic relation extraction: ontology triggers plus argument finding under Arabic word order.

There is no offline Arabic parser (see the notes), so arguments are found from the linked entity
mentions around a trigger, using what Arabic grammar makes reliable:

- verb–subject–object is the common order ("اتهمت طهران واشنطن"); subject–verb–object too
  ("الصين تدعم ..."); a verb with و/ف attached opens a new clause, and a verb with no subject
  of its own takes the previous clause's subject (pro-drop);
- a verbal noun (masdar) takes its agent as the following genitive ("زيارة بوتين لكوريا") or as a
  relational adjective ("العقوبات الغربية");
- objects follow, either directly or behind the prepositions the ontology lists per relation;
- names joined by و or commas are one coordinated argument; "بين X و Y" gives a pair;
- cue words from the lexicon set polarity (negation), modality (future, reported, alleged,
  hoped, hypothetical) and attribution (the speaker of a reporting verb, the accuser).

The component works per sentence and keeps a little document state (the last speaker, the last
pair of countries, the last subject) for pronoun-dropped clauses and "البلدين".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from .gazetteer import load_gazetteer
from .model import Entity
from .normalize import normalize_token
from .triggers import ArabicLexicon, PhraseMatch, arabic_lexicon

EXTRACTOR_NAME = "geokg.ar-rules/0.1"

# Prepositions that may stand as a separate word before a name (normalised forms).
SEPARATE_PREPOSITIONS = frozenset(
    normalize_token(p)
    for p in ("على", "إلى", "مع", "ضد", "إزاء", "بشأن", "حيال", "من", "عن", "في", "لدى", "تجاه", "نحو", "بين", "عبر")
)
# Proclitic tokens the entity linker splits off a name; the last letter is the preposition.
CLITIC_PREPOSITIONS = {"ب": "ب", "ل": "ل", "ك": "ك", "لل": "ل", "وب": "ب", "ول": "ل", "فب": "ب", "فل": "ل", "ولل": "ل", "فلل": "ل", "بال": "ب", "وبال": "ب", "كال": "ك"}
CONJUNCTION_TOKENS = frozenset({"و", "ف", "او", "،", ",", "ثم"})
BOUNDARY_PUNCT = frozenset({".", "؛", ";", "!", "؟", "?", ":", "«", "»", '"', "“", "”", "(", ")", "-", "–", "—"})
# Entity kinds that can act (places cannot be the subject of an interaction).
NON_ACTOR_KINDS = frozenset({"place"})
MAX_SUBJECT_GAP_RIGHT = 3
MAX_SUBJECT_GAP_LEFT = 6
MAX_OBJECT_DISTANCE = 10
MAX_DYADS = 16


@dataclass
class Actor:
    entity: Entity
    start: int  # token indices in the Doc
    end: int
    kind: str
    text: str
    char_start: int
    char_end: int
    virtual: bool = False  # from an anaphor ("البلدين"), not a name in the text


@dataclass
class Group:
    """Coordinated actors ("روسيا وكوريا الشمالية") with the preposition in front of them."""

    members: list[Actor]
    start: int
    end: int
    marker: str | None = None  # normalised preposition, or None for a bare noun phrase

    @property
    def entities(self) -> list[Entity]:
        return [a.entity for a in self.members]


@dataclass
class RawAssertion:
    """What the component finds; the pipeline turns it into a contract ``Assertion``."""

    key: int  # index among the sentence's raw assertions, for nested references
    relation: str
    subject: Actor
    object: Actor | int | None  # an Actor, the key of another raw assertion, or nothing
    trigger_start: int  # char offsets in the Doc
    trigger_end: int
    sentence_start: int
    sentence_end: int
    polarity: str = "affirmed"
    modality: str = "asserted"
    attributed_to: Entity | None = None
    future: bool = False
    confidence: float = 0.6
    time_index: int | None = None  # index into the sentence's time mentions
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Hit:
    match: PhraseMatch
    relation: str
    subject: Group | None = None
    subject_from: str = ""  # "right", "left", "genitive", "adjective", "dropped", "speaker", "forced", "pair"
    objects: Group | None = None
    object_hit: _Hit | None = None  # assertion-valued object
    forced_modality: str | None = None
    forced_attribution: Entity | None = None
    negated: bool = False
    future: bool = False
    pairwise: bool = False


@dataclass
class _DocState:
    last_speaker: Actor | None = None
    last_pair: tuple[Actor, Actor] | None = None
    last_subject: Group | None = None


def _actors(doc: Doc, sent: Span) -> list[Actor]:
    out = []
    for ent in sent.ents:
        entity = ent._.entity
        if entity is None:
            continue
        out.append(
            Actor(entity, ent.start, ent.end, ent._.mention_kind or "name", ent.text, ent.start_char, ent.end_char)
        )
    return out


def _marker_before(doc: Doc, start: int, sent_start: int) -> str | None:
    """The preposition governing a name that starts at token ``start``."""
    if start <= sent_start:
        return None
    prev = doc[start - 1]
    norm = prev.norm_
    if not prev.whitespace_ and norm in CLITIC_PREPOSITIONS:
        return CLITIC_PREPOSITIONS[norm]
    if norm in SEPARATE_PREPOSITIONS:
        return norm
    # "من قبل" (by), "إلى جانب": look one more word back.
    if start - 2 >= sent_start and doc[start - 2].norm_ in SEPARATE_PREPOSITIONS and norm in {"قبل", "جانب"}:
        return doc[start - 2].norm_ + " " + norm
    return None


def _groups(doc: Doc, sent: Span, actors: list[Actor]) -> list[Group]:
    groups: list[Group] = []
    for actor in actors:
        if groups:
            g = groups[-1]
            between = [t for t in doc[g.end : actor.start]]
            norms = [t.norm_ for t in between]
            joinable = bool(between) and all(n in CONJUNCTION_TOKENS for n in norms)
            # A title may stand between "و" and the next name ("بوتين والزعيم الكوري كيم").
            if not joinable and norms and norms[0] in {"و", "،"} and actor.kind == "name" and len(norms) <= 4:
                joinable = all(n not in SEPARATE_PREPOSITIONS and n not in BOUNDARY_PUNCT for n in norms[1:]) and bool(
                    getattr(doc[actor.start : actor.end], "_", None) and doc[actor.start : actor.end]._.get("office")
                    if doc.has_extension("office") or Span.has_extension("office")
                    else False
                )
            if joinable and actor.kind not in NON_ACTOR_KINDS and all(m.kind not in NON_ACTOR_KINDS for m in g.members):
                g.members.append(actor)
                g.end = actor.end
                continue
        groups.append(Group([actor], actor.start, actor.end, _marker_before(doc, actor.start, sent.start)))
    return groups


def _boundaries(doc: Doc, sent: Span, lex: ArabicLexicon, verb_starts: set[int]) -> list[int]:
    """Token indices where a new clause starts."""
    out = {sent.start}
    for t in sent:
        if t.norm_ in BOUNDARY_PUNCT or t.text in BOUNDARY_PUNCT or lex.is_cue("ComplementizerCue", t.norm_) or lex.is_cue("ClauseBoundaryCue", t.norm_):
            out.add(t.i + 1)
    for i in verb_starts:
        out.add(i)
    return sorted(out)


def _clause_of(bounds: list[int], i: int, sent_end: int) -> tuple[int, int]:
    start = sent_end
    lo = bounds[0]
    for b in bounds:
        if b <= i:
            lo = b
        else:
            start = b
            break
    return lo, start


class ArabicRelationExtractor:
    """Finds relation assertions in a Doc whose entities the gazetteer linker has set."""

    def __init__(self, lexicon: ArabicLexicon | None = None):
        self.lex = lexicon or arabic_lexicon()

    # --- per document -------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        state: _DocState = doc.user_data.setdefault("geokg_state", _DocState())
        found: list[RawAssertion] = []
        for sent in doc.sents:
            found.extend(self.sentence(doc, sent, state, len(found)))
        doc.user_data["geokg_raw_assertions"] = found
        return doc

    # --- per sentence -------------------------------------------------------------------------

    def sentence(self, doc: Doc, sent: Span, state: _DocState, key_base: int = 0) -> list[RawAssertion]:
        lex = self.lex
        norms = [t.norm_ for t in doc]  # doc-wide so indices stay Doc token indices
        actors = _actors(doc, sent)
        entity_tokens = frozenset(i for a in actors for i in range(a.start, a.end))
        sent_norms = norms[sent.start : sent.end]
        matches = [
            _shift(m, sent.start)
            for m in lex.triggers.find_all(sent_norms, frozenset(i - sent.start for i in entity_tokens))
        ]
        actors += self._pair_anaphors(doc, sent, state)
        actors.sort(key=lambda a: a.start)
        groups = _groups(doc, sent, actors)
        self._remember_pairs(groups, state)

        cue_hits = {
            concept: [_shift(m, sent.start) for m in lex.cue(concept).find_all(sent_norms)]
            for concept in (
                "ReportingCue",
                "AttributionCue",
                "AllegationCue",
                "HopeCue",
                "ExpectationCue",
                "HypotheticalCue",
                "FutureCue",
                "DenialCue",
                "ParticipationCue",
            )
        }
        verb_starts = {
            m.start
            for m in matches + cue_hits["ReportingCue"] + cue_hits["AllegationCue"] + cue_hits["ParticipationCue"]
            if m.form.pos == "verb" and (m.form.text[:1] in "وف" or m.start == sent.start)
        }
        bounds = _boundaries(doc, sent, lex, verb_starts)

        # Reporting: who speaks, and from where their words run.
        speakers = self._speakers(doc, sent, groups, cue_hits, bounds, state)

        hits = [_Hit(m, m.key) for m in matches]
        trigger_tokens = {i for m in matches for i in range(m.start, m.end)}
        for hit in hits:
            self._arguments(doc, sent, hit, groups, bounds, trigger_tokens, state)
        self._nest(doc, hits, groups)
        for hit in hits:
            self._polarity_modality(doc, sent, hit, cue_hits, bounds)

        out: list[RawAssertion] = []
        built: dict[int, list[int]] = {}
        # Nested hits first, so a concern can point at the assertion it is about.
        order = sorted(range(len(hits)), key=lambda k: 0 if any(h.object_hit is hits[k] for h in hits) else 1)
        for k in order:
            hit = hits[k]
            speaker = self._speaker_for(hit, speakers)
            keys = self._emit(doc, sent, hit, speaker, out, key_base, built, hits)
            built[k] = keys
        out.sort(key=lambda r: r.key)
        self._standing_from_titles(doc, sent, actors, out, key_base)
        for g in groups:
            if g.marker is None and any(a.entity.type != "Place" for a in g.members):
                pass
        return out

    # --- helpers ------------------------------------------------------------------------------

    def _pair_anaphors(self, doc: Doc, sent: Span, state: _DocState) -> list[Actor]:
        """"البلدين" / "الدولتين" stand for the last pair of countries named together."""
        out = []
        if state.last_pair is None:
            return out
        idx = self.lex.cue("PairAnaphorCue")
        for t in sent:
            if t.norm_ in idx and not t.ent_type_:
                a, b = state.last_pair
                for member in (a, b):
                    out.append(
                        Actor(member.entity, t.i, t.i + 1, "anaphor", t.text, t.idx, t.idx + len(t.text), virtual=True)
                    )
        return out

    def _remember_pairs(self, groups: list[Group], state: _DocState) -> None:
        for g in groups:
            countries = []
            for a in g.members:
                if a.entity.type == "Country" and all(c.entity.id != a.entity.id for c in countries):
                    countries.append(a)
            if len(countries) == 2 and not any(a.virtual for a in g.members):
                state.last_pair = (countries[0], countries[1])

    def _speakers(self, doc, sent, groups, cue_hits, bounds, state) -> list[tuple[int, int, Actor | None]]:
        """(scope start token, scope end token, speaker) for reporting verbs and "according to"."""
        out: list[tuple[int, int, Actor | None]] = []
        for m in cue_hits["ReportingCue"]:
            speaker = None
            right = _first_group_after(groups, m.end, MAX_SUBJECT_GAP_RIGHT + 2, doc, allow_marker={"ل"})
            if right is not None and (right.marker is None):
                speaker = right.members[0]
            else:
                left = _last_group_before(groups, m.start, MAX_SUBJECT_GAP_LEFT, bounds, doc)
                if left is not None and left.marker is None and m.form.pos == "verb":
                    speaker = left.members[0]
            if speaker is None and m.form.pos == "verb":
                speaker = state.last_speaker  # "وقال إن ..." continues the last speaker
            if speaker is not None and speaker.kind not in NON_ACTOR_KINDS:
                state.last_speaker = speaker
                out.append((m.end, sent.end, speaker))
        for m in cue_hits["AttributionCue"]:
            g = _first_group_after(groups, m.end, 5, doc)
            if g is not None and g.members[0].kind not in NON_ACTOR_KINDS:
                # "بحسب X" reaches the whole sentence, before or after it.
                out.append((sent.start, sent.end, g.members[0]))
        return out

    def _speaker_for(self, hit: _Hit, speakers) -> Entity | None:
        best = None
        for start, end, speaker in speakers:
            if start <= hit.match.start < end and speaker is not None:
                if hit.subject and any(a.entity.id == speaker.entity.id for a in hit.subject.members) and start > hit.match.start:
                    continue
                best = speaker.entity
        return best

    def _arguments(self, doc, sent, hit: _Hit, groups, bounds, trigger_tokens, state: _DocState) -> None:
        m = hit.match
        rel = self.lex.relations[hit.relation]
        clause_start, clause_end = _clause_of(bounds, m.start, sent.end)
        clause_end = max(clause_end, m.end)
        candidates = [g for g in groups if clause_start <= g.start < clause_end or (m.gap and m.gap[0] <= g.start < m.gap[1])]
        after = [g for g in groups if g.start >= m.positions[0] + 1 and g.start < clause_end + 4]
        # Subject.
        subj: Group | None = None
        how = ""
        if m.form.pos == "verb":
            left = _last_group_before(candidates, m.start, 2, bounds, doc)
            if left is not None and left.marker is None and m.form.text[:1] not in "وف" and _actor_ok(left):
                subj, how = left, "left"
            else:
                limit = m.gap[1] if m.gap else m.end + MAX_SUBJECT_GAP_RIGHT
                for g in after:
                    if g.start > limit:
                        break
                    if g.marker is None and _actor_ok(g) and not _crosses(trigger_tokens, m.end if not m.gap else m.positions[0] + 1, g.start, m):
                        subj, how = g, "right"
                    break
            if subj is None:
                left = _last_group_before(candidates, m.start, MAX_SUBJECT_GAP_LEFT, bounds, doc)
                if left is not None and left.marker is None and _actor_ok(left) and not _crosses(trigger_tokens, left.end, m.start, m):
                    subj, how = left, "left"
        else:
            for g in after:
                if g.start > m.end + MAX_SUBJECT_GAP_RIGHT:
                    break
                if g.marker is None and _actor_ok(g):
                    adjective = all(a.kind == "demonym" for a in g.members)
                    if g.start == m.end or adjective or not _crosses(trigger_tokens, m.end, g.start, m):
                        subj, how = g, ("adjective" if adjective else "genitive")
                break
            if subj is None:
                for g in after:
                    if g.marker in ("من قبل",) and g.start <= m.end + MAX_OBJECT_DISTANCE:
                        subj, how = g, "agent"
                        break
            if subj is None:
                left = _last_group_before(candidates, m.start, MAX_SUBJECT_GAP_LEFT, bounds, doc)
                if left is not None and left.marker is None and _actor_ok(left) and not _crosses(trigger_tokens, left.end, m.start, m):
                    subj, how = left, "left"
        if subj is None and m.form.pos == "verb" and state.last_subject is not None and m.form.text[:1] in "وف":
            subj, how = state.last_subject, "dropped"
        hit.subject, hit.subject_from = subj, how
        if subj is not None and m.form.pos == "verb" and how != "dropped":
            state.last_subject = subj

        # Object.
        markers = self.lex.object_markers.get(hit.relation, frozenset())
        start_after = max(m.end, subj.end if subj is not None and subj.start >= m.start else m.end)
        if m.gap and subj is not None and how == "right":
            start_after = m.end
        between_pair = None
        for g in groups:
            if g.start < start_after or g.start > start_after + MAX_OBJECT_DISTANCE or g.start >= clause_end + 4:
                continue
            if subj is not None and g is subj:
                continue
            if g.marker == "بين" and len(g.members) >= 2:
                between_pair = g
                break
            if g.marker in markers or (g.marker is None and (m.form.pos == "verb" or how in ("genitive", "adjective", "left", "agent"))):
                if not _actor_ok(g) and rel.object_kind != "none_or_place":
                    continue
                if _crosses(trigger_tokens, start_after, g.start, m) and rel.object_kind != "entity_or_assertion":
                    break
                hit.objects = g
                break
            if g.marker is not None and g.marker not in markers:
                continue
        if between_pair is not None and rel.symmetric:
            if subj is None or how in ("genitive", "adjective"):
                hit.subject, hit.objects, hit.pairwise = between_pair, None, True
                hit.subject_from = "pair"
            else:
                hit.objects = between_pair
        elif between_pair is not None and hit.objects is None:
            hit.objects = between_pair
        if hit.objects is None and rel.symmetric and hit.subject is not None and len(hit.subject.members) >= 2:
            hit.pairwise = True

    def _nest(self, doc: Doc, hits: list[_Hit], groups: list[Group]) -> None:
        """Assertions about assertions: concern about a relation; an accusation's content."""
        for i, hit in enumerate(hits):
            rel = self.lex.relations[hit.relation]
            later = hits[i + 1 :]
            if rel.object_kind == "entity_or_assertion":
                for other in later:
                    if other.match.start - hit.match.end > MAX_OBJECT_DISTANCE:
                        break
                    if other.subject is not None or other.pairwise:
                        hit.object_hit = other
                        break
            if hit.relation == "accuses" and hit.objects is not None:
                for other in later:
                    if other.match.start - hit.objects.end > 3:
                        break
                    if other.match.form.preposition == "ب" or doc[other.match.start - 1].norm_ == "ب":
                        # "اتهم X Y بتسليم Z ...": Y did it, allegedly, by X's account.
                        other.subject, other.subject_from = hit.objects, "forced"
                        if other.objects is hit.objects:
                            other.objects = _first_group_after(groups, other.match.end, MAX_OBJECT_DISTANCE, doc)
                        other.forced_modality = "alleged"
                        other.forced_attribution = hit.subject.members[0].entity if hit.subject else None
                        break
            # A support/praise/criticism of an action is about the action's agent.
            if hit.objects is None and hit.object_hit is None and rel.object_kind == "entity":
                for other in later:
                    if other.match.start - hit.match.end > 3:
                        break
                    if other.match.form.pos == "noun" and other.subject is not None:
                        hit.objects = other.subject
                        break

    def _polarity_modality(self, doc, sent, hit: _Hit, cue_hits, bounds) -> None:
        m = hit.match
        lex = self.lex
        window = range(max(sent.start, m.start - 3), m.start)
        hit.negated = any(lex.is_cue("NegationCue", doc[i].norm_) for i in window)
        clause_start, _ = _clause_of(bounds, m.start, sent.end)
        if any(d.end <= m.start and d.start >= sent.start for d in cue_hits["DenialCue"]):
            hit.negated = True
        hit.future = m.form.future or any(
            f.end <= m.start and m.start - f.end <= 4 for f in cue_hits["FutureCue"]
        ) or any(
            doc[i].norm_ in lex.cue("AuxiliaryVerbCue") and lex.cue("AuxiliaryVerbCue").by_first[doc[i].norm_][0].first.future
            for i in window
        )
        if any(h.end <= m.start and h.start >= clause_start - 8 for h in cue_hits["HopeCue"] + cue_hits["ExpectationCue"]):
            hit.future = True
        if any(h.end <= m.start and m.start - h.end <= 8 for h in cue_hits["HypotheticalCue"]):
            hit.forced_modality = hit.forced_modality or "hypothetical"
        if any(h.end <= m.start and m.start - h.end <= 12 for h in cue_hits["AllegationCue"]) and hit.relation != "accuses":
            hit.forced_modality = hit.forced_modality or "alleged"

    def _emit(self, doc, sent, hit: _Hit, speaker: Entity | None, out, key_base, built, hits) -> list[int]:
        rel = self.lex.relations[hit.relation]
        if hit.subject is None:
            return []
        subjects = [a for a in hit.subject.members if a.kind not in NON_ACTOR_KINDS]
        pairs: list[tuple[Actor, Actor | int | None]] = []
        if hit.pairwise:
            for x in range(len(subjects)):
                for y in range(x + 1, len(subjects)):
                    if subjects[x].entity.id != subjects[y].entity.id:
                        pairs.append((subjects[x], subjects[y]))
        elif hit.object_hit is not None:
            idx = hits.index(hit.object_hit)
            targets = built.get(idx) or []
            if targets:
                pairs = [(s, targets[0] - key_base) for s in subjects]
            elif hit.object_hit.subject is not None:
                pairs = [(s, o) for s in subjects for o in hit.object_hit.subject.members]
        elif hit.objects is not None:
            pairs = [(s, o) for s in subjects for o in hit.objects.members if o.kind not in NON_ACTOR_KINDS or rel.object_kind == "none_or_place"]
        elif rel.object_kind == "none_or_place" or rel.kind == "standing" and False:
            pairs = [(s, None) for s in subjects]
        else:
            return []
        pairs = [(s, o) for s, o in pairs if not (isinstance(o, Actor) and o.entity.id == s.entity.id)]
        # An actor inside a place object ("exercises in the Sea of Japan") is fine; otherwise drop places.
        pairs = pairs[:MAX_DYADS]
        keys = []
        mstart = doc[hit.match.start].idx
        last = doc[hit.match.end - 1]
        mend = last.idx + len(last.text)
        modality = hit.forced_modality or ("expected" if hit.future else ("reported" if speaker else "asserted"))
        attribution = hit.forced_attribution or speaker
        confidence = {"left": 0.75, "right": 0.8, "genitive": 0.75, "adjective": 0.65, "forced": 0.7, "pair": 0.7, "agent": 0.7, "dropped": 0.55}.get(
            hit.subject_from, 0.6
        )
        if len(pairs) > 1:
            confidence -= 0.05
        for s, o in pairs:
            if isinstance(o, int):
                obj: Actor | int | None = o + key_base
            else:
                obj = o
            key = key_base + len(out)
            out.append(
                RawAssertion(
                    key=key,
                    relation=hit.relation,
                    subject=s,
                    object=obj,
                    trigger_start=mstart,
                    trigger_end=mend,
                    sentence_start=sent.start_char,
                    sentence_end=sent.end_char,
                    polarity="negated" if hit.negated else "affirmed",
                    modality=modality,
                    attributed_to=attribution if attribution is None or attribution.id != s.entity.id or modality != "asserted" else None,
                    future=hit.future,
                    confidence=max(0.1, min(0.95, confidence)),
                )
            )
            keys.append(key)
        return keys

    def _standing_from_titles(self, doc, sent, actors: list[Actor], out: list[RawAssertion], key_base: int) -> None:
        """"وزير الخارجية الروسي سيرغي لافروف" states an office: a standing fact (title + name)."""
        gaz = load_gazetteer()
        for a in actors:
            if a.virtual or a.kind != "name" or a.entity.type != "Person":
                continue
            span = doc[a.start : a.end]
            office_id, iso3 = span._.office, span._.office_country
            office = gaz.office(office_id) if office_id else None
            if office is None and office_id:
                continue
            if office is None or not iso3:
                continue
            relation = office.relation
            if office.resolves_to and not relation:
                resolved = gaz.office(office.resolves_to)
                relation = resolved.relation if resolved else None
            country = gaz.country(iso3)
            if not relation or relation not in self.lex.relations or country is None:
                continue
            out.append(
                RawAssertion(
                    key=key_base + len(out),
                    relation=relation,
                    subject=a,
                    object=Actor(country, a.start, a.end, "title", span.text, a.char_start, a.char_end, virtual=True),
                    trigger_start=a.char_start,
                    trigger_end=a.char_end,
                    sentence_start=sent.start_char,
                    sentence_end=sent.end_char,
                    confidence=0.85,
                )
            )


def _shift(m: PhraseMatch, offset: int) -> PhraseMatch:
    return PhraseMatch(m.phrase, m.start + offset, m.end + offset, tuple(p + offset for p in m.positions))


def _actor_ok(g: Group) -> bool:
    return any(a.kind not in NON_ACTOR_KINDS for a in g.members)


def _crosses(trigger_tokens: set[int], start: int, end: int, own: PhraseMatch) -> bool:
    """Whether another trigger lies between two token positions."""
    own_tokens = set(range(own.start, own.end))
    return any(i in trigger_tokens and i not in own_tokens for i in range(start, end))


def _first_group_after(groups: list[Group], i: int, max_gap: int, doc: Doc, allow_marker: set[str] | None = None) -> Group | None:
    for g in groups:
        if g.start >= i:
            if g.start - i > max_gap:
                return None
            return g
    return None


def _last_group_before(groups: list[Group], i: int, max_gap: int, bounds: list[int], doc: Doc) -> Group | None:
    clause_start = max((b for b in bounds if b <= i), default=0)
    best = None
    for g in groups:
        if g.end <= i and g.start >= clause_start:
            best = g
    if best is None or i - best.end > max_gap:
        return None
    return best
