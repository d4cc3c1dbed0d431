"""Compiles the ontology's Arabic triggers and the lexicon's cue words into token lookups.

Everything here is derived from ``geokg.ontology``: relation triggers (``gk:arTrigger``), object
markers and cue concepts. A phrase is matched on ``token.norm_``; its first word may be
conjugated or carry clitics (see ``arabic_morph``), later words may carry the article or endings.
A verb-headed phrase may have a gap after the verb (Arabic puts the subject there:
"أعرب البيت الأبيض عن قلقه", "فرضت واشنطن عقوبات").
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from geokg.ontology import Relation, load_ontology

from .arabic_morph import Form, forms_of, word_variants
from .normalize import normalize_token

_POS_RANK = {"verb": 0, "noun": 1, "participle": 2}

# How many tokens may stand between a phrase's verb and its next word (the subject, a time word).
MAX_VERB_GAP = 12


@dataclass(frozen=True)
class Phrase:
    """One compiled lexicon phrase: what it signals, its first-word form, its later words."""

    key: str  # relation name or cue concept
    source: str  # the lexicon string it came from
    first: Form
    rest: tuple[frozenset[str], ...]

    @property
    def length(self) -> int:
        return 1 + len(self.rest)


@dataclass(frozen=True)
class PhraseMatch:
    phrase: Phrase
    start: int  # first token
    end: int  # one past the last token
    positions: tuple[int, ...]  # token index of each word (a gap may follow the verb)

    @property
    def key(self) -> str:
        return self.phrase.key

    @property
    def form(self) -> Form:
        return self.phrase.first

    @property
    def gap(self) -> tuple[int, int] | None:
        """Tokens between the verb and the phrase's second word, if any."""
        if len(self.positions) > 1 and self.positions[1] > self.positions[0] + 1:
            return (self.positions[0] + 1, self.positions[1])
        return None


_HAMZA = frozenset("أإآؤئء")


def _has_hamza_source(spec: str) -> bool:
    return any(c in _HAMZA for c in spec.split()[0])


class PhraseIndex:
    """Maps a token's normalised form to the phrases that can start there."""

    def __init__(self, entries: list[tuple[str, str]], exclude: frozenset[str] = frozenset()):
        self.by_first: dict[str, list[Phrase]] = defaultdict(list)
        # Forms that only count where the token is written with a hamza (see arabic_lexicon).
        self.hamza_only: dict[str, list[Phrase]] = {}
        for key, spec in entries:
            words = spec.split()
            if not words:
                continue
            rest = tuple(frozenset(word_variants(w)) for w in words[1:])
            # Short single words in cue lists are particles: no article or prepositions on them.
            function_word = key in PARTICLE_CONCEPTS and len(words) == 1 and len(normalize_token(words[0])) <= 3
            for form in forms_of(words[0], function_word=function_word):
                bare = form.text[1:] if form.text[:1] in "وف" else form.text
                if len(words) == 1 and (form.text in exclude or bare in exclude):
                    continue
                self.by_first[form.text].append(Phrase(key, spec, form, rest))
        for phrases in self.by_first.values():
            # A word the lexicon lists that is also a participle of the same relation's verb
            # ("داعية" beside "دعا/يدعو") is that participle: it takes its subject from the clause.
            participles = {(p.key, p.length, p.rest) for p in phrases if p.first.pos == "participle"}
            phrases[:] = [
                p for p in phrases if not (p.first.pos == "noun" and (p.key, p.length, p.rest) in participles)
            ]
            # Longest first; on a tie a verb beats a noun beats a generated participle ("طالب" is
            # "demanded" before it is "one who requests").
            phrases.sort(key=lambda p: (-p.length, _POS_RANK.get(p.first.pos, 3)))

    def __contains__(self, norm: str) -> bool:
        return norm in self.by_first

    def match_at(
        self, norms: list[str], i: int, blocked: frozenset[int] = frozenset(), texts: list[str] | None = None
    ) -> PhraseMatch | None:
        """The longest phrase starting at token ``i`` (later words may not fall in ``blocked``)."""
        candidates = self.by_first.get(norms[i], ())
        if not candidates and norms[i] in self.hamza_only and texts is not None:
            if any(c in _HAMZA for c in texts[i]):
                candidates = self.hamza_only[norms[i]]
        for phrase in candidates:
            # Normalisation folds ة into ه: "وزارة" (ministry) must not read as "وزاره" (visited him).
            if phrase.first.pronoun_object and texts is not None and texts[i].endswith("ة"):
                continue
            positions = [i]
            j = i + 1
            ok = True
            for k, variants in enumerate(phrase.rest):
                allow_gap = k == 0 and phrase.first.pos == "verb"
                limit = min(len(norms), j + (MAX_VERB_GAP + 1 if allow_gap else 1))
                found = None
                for m in range(j, limit):
                    if norms[m] in variants and m not in blocked:
                        found = m
                        break
                if found is None:
                    ok = False
                    break
                positions.append(found)
                j = found + 1
            if ok:
                return PhraseMatch(phrase, i, positions[-1] + 1, tuple(positions))
        return None

    def find_all(
        self, norms: list[str], blocked: frozenset[int] = frozenset(), texts: list[str] | None = None
    ) -> list[PhraseMatch]:
        """Non-overlapping matches, left to right, longest first at each start."""
        out: list[PhraseMatch] = []
        used: set[int] = set()
        for i, norm in enumerate(norms):
            if i in used or i in blocked or (norm not in self.by_first and norm not in self.hamza_only):
                continue
            m = self.match_at(norms, i, blocked | frozenset(used), texts)
            if m:
                out.append(m)
                used.update(m.positions)
        return out


@dataclass(frozen=True)
class ArabicLexicon:
    """Everything the Arabic relation extractor looks up, compiled once."""

    relations: dict[str, Relation]
    triggers: PhraseIndex
    cues: dict[str, PhraseIndex]
    cue_words: dict[str, frozenset[str]]  # single-word cues, all forms, for quick membership tests
    object_markers: dict[str, frozenset[str]]
    # broader relation -> [(narrower relation, its context cues)]
    refinements: dict[str, list[tuple[str, PhraseIndex]]] = field(default_factory=dict)

    def cue(self, concept: str) -> PhraseIndex:
        return self.cues.get(concept) or PhraseIndex([])

    def is_cue(self, concept: str, norm: str) -> bool:
        return norm in self.cue_words.get(concept, ())


# Cue lists made of particles (لا، لم، إن، ما): their short words take no article or preposition.
PARTICLE_CONCEPTS = frozenset(
    {
        "NegationCue",
        "DenialCue",
        "FutureCue",
        "HypotheticalCue",
        "ComplementizerCue",
        "ClauseBoundaryCue",
        "AttributionCue",
        "PassiveAgentCue",
        "ReportingCue",
        "HopeCue",
        "ExpectationCue",
        "AllegationCue",
    }
)

CUE_CONCEPTS = (
    "NegationCue",
    "DenialCue",
    "FutureCue",
    "ReportingCue",
    "AttributionCue",
    "AllegationCue",
    "HopeCue",
    "ExpectationCue",
    "HypotheticalCue",
    "ComplementizerCue",
    "PairAnaphorCue",
    "LatterAnaphorCue",
    "ParticipationCue",
    "PassiveAgentCue",
    "AuxiliaryVerbCue",
    "ClauseBoundaryCue",
    "ActorNounCue",
    "OffTopicCue",
    "NotTriggerCue",
    "PassingFrameCue",
    "NameHeadCue",
    "WriterClauseCue",
    "UnnamedActorCue",
    "QuantityNounCue",
)


@lru_cache(maxsize=1)
def arabic_lexicon() -> ArabicLexicon:
    ont = load_ontology()
    entries: list[tuple[str, str]] = []
    markers: dict[str, frozenset[str]] = {}
    for rel in ont.relations.values():
        if rel.kind != "interaction":
            continue  # standing facts come from titles and appositions, not from trigger words
        for spec in rel.triggers.get("ar", ()):
            entries.append((rel.name, spec))
        markers[rel.name] = frozenset(normalize_token(m) for m in rel.object_markers.get("ar", ()))
    cues: dict[str, PhraseIndex] = {}
    cue_words: dict[str, frozenset[str]] = {}

    def specs_of(concept: str) -> tuple[str, ...]:
        try:
            return ont.cues(concept, "ar")
        except KeyError:
            return ()

    # After normalisation conditional إن and complementizer أن are one string: a form that is
    # also a complementizer is not taken as a conditional.
    ambiguous = {
        "HypotheticalCue": frozenset(normalize_token(s) for s in specs_of("ComplementizerCue")),
    }
    for concept in CUE_CONCEPTS:
        index = PhraseIndex([(concept, s) for s in specs_of(concept)], exclude=ambiguous.get(concept, frozenset()))
        cues[concept] = index
        cue_words[concept] = frozenset(
            form for form, phrases in index.by_first.items() if any(p.length == 1 for p in phrases)
        )
    # Forms that spell common words are dropped from the trigger index (مدينة is "city").
    not_triggers = {f for f in cues["NotTriggerCue"].by_first}
    triggers = PhraseIndex(entries)
    for form in not_triggers:
        # A form that spells a common word only counts where the text writes a hamza the common
        # word lacks: "هنأ" (congratulated) is a trigger, "هنا" (here) is not.
        phrases = triggers.by_first.pop(form, None)
        if phrases and any(_has_hamza_source(p.source) for p in phrases):
            triggers.hamza_only[form] = [p for p in phrases if _has_hamza_source(p.source)]
    refinements: dict[str, list[tuple[str, PhraseIndex]]] = defaultdict(list)
    for rel in ont.relations.values():
        specs = rel.context_cues.get("ar", ())
        if rel.parent and specs:
            refinements[rel.parent].append((rel.name, PhraseIndex([(rel.name, spec) for spec in specs])))
    return ArabicLexicon(ont.relations, triggers, cues, cue_words, markers, dict(refinements))
