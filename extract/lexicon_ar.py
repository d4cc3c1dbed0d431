"""The Arabic lexicon: the ontology's Arabic triggers and the lexicon's cue words as token lookups.

Everything here is derived from ``geokg.ontology``: relation triggers (``gk:arTrigger``), object
markers and the cue concepts the extractors consult (``Ontology.cue_set``). A phrase is matched on
``token.norm_``; its first word may be conjugated or carry clitics (see ``morphology_ar``), later
words may carry the article or endings. A verb-headed phrase may have a gap after the verb (Arabic
puts the subject there: "أعرب البيت الأبيض عن قلقه", "فرضت واشنطن عقوبات").

Generating every conjugated form takes seconds and makes about 650,000 of them, so
``ArabicLexicon.load`` keeps them in a compiled form store on disk (``form_store``: SQLite, keyed
by the hash of the ontology's Turtle and of the modules that compile it), read form by form as
the text needs them; the Arabic relation component loads it when it initialises.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import geokg.ontology as ontology_module
from geokg.ontology import Cue, CueSet, Ontology, Relation

from . import morphology_ar, normalize
from .artifacts import digest
from .morphology_ar import CONJUNCTION_LETTERS, Form, forms_of, word_variants
from .normalize import normalize_token

# Bump when the compiled lexicon's layout or the compile rules change.
LEXICON_FORMAT = "lexicon-ar-1"

_POS_RANK = {"verb": 0, "noun": 1, "participle": 2}

# How many tokens may stand between a phrase's verb and its next word (the subject, a time word).
MAX_VERB_GAP = 12
# How many linked tokens (a nationality adjective) may stand between a noun phrase's words.
MAX_NOUN_GAP = 2


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
    def lemma(self) -> str:
        """The dictionary word the first word is a form of (the perfect of a verb), normalised."""
        return normalize_token(self.phrase.source.split()[0].split("/")[0])

    @property
    def joined(self) -> bool:
        """Whether the first word carries the conjunction و or ف ("وفجرت", "فيفجر"), not a root
        letter ("فجرت", "وقعت"): a form that does not begin with its dictionary word's stem and
        begins with و/ف has one."""
        text = self.form.text
        if text[:1] not in ("و", "ف"):
            return False
        lemma = self.lemma
        if text[:1] != lemma[:1]:
            return True
        return not text.startswith(lemma[:-1] if len(lemma) >= 3 else lemma)

    @property
    def first_person(self) -> bool:
        """Whether a verb is in the first person plural imperfect ("نهاجم", "سنرد", "وندعو"): its
        subject is "we", never a name after it. Told by the dictionary's imperfect, so that a
        root's own ن ("نفى") is not taken for the prefix."""
        spec = self.phrase.source.split()[0].split("/")
        if self.form.pos != "verb" or len(spec) < 2:
            return False
        return self._verb_stem.startswith("ن" + normalize_token(spec[1])[1:])

    @property
    def imperfect(self) -> bool:
        """Whether a verb is in the imperfect ("يبدأ", "وتصل", "سيلتقي"): its stem does not begin
        as its dictionary word (the perfect) does, as "تفاوضت" and "دعت" do."""
        if self.form.pos != "verb":
            return False
        lemma = self.lemma
        return not self._verb_stem.startswith(lemma[:2] if len(lemma) <= 3 else lemma[:-1])

    @property
    def _verb_stem(self) -> str:
        """The first word without its joined و/ف and its future prefix س."""
        text = self.form.text[1:] if self.joined else self.form.text
        return text[1:] if self.form.future else text

    @property
    def gap(self) -> tuple[int, int] | None:
        """Tokens between the verb and the phrase's second word, if any."""
        if len(self.positions) > 1 and self.positions[1] > self.positions[0] + 1:
            return (self.positions[0] + 1, self.positions[1])
        return None


# Words whose single-word answer an index remembers (a bound on endless input).
SINGLE_WORD_CACHE = 50_000
_HAMZA = frozenset("أإآؤئء")
_QUOTES = frozenset({'"', "“", "”", "«", "»"})


def _has_hamza_source(spec: str) -> bool:
    return any(c in _HAMZA for c in spec.split()[0])


class FormLookup(Protocol):
    """Normalised first-word form → the phrases that can start there (a dict, or a form store)."""

    def get(self, form: str, default: Sequence[Phrase] = ...) -> Sequence[Phrase]: ...

    def __contains__(self, form: object) -> bool: ...


class PhraseIndex:
    """Maps a token's normalised form to the phrases that can start there (``forms``); the forms
    in ``hamza_only`` count only where the token is written with a hamza."""

    def __init__(self, forms: FormLookup, hamza_only: FormLookup | None = None):
        self.forms = forms
        self.hamza_only: FormLookup = hamza_only if hamza_only is not None else {}
        # word -> whether it is by itself one of the phrases: asked of every word before a
        # trigger (negators, denials), so remembered (and forgotten past a bound)
        self._single: dict[str, bool] = {}

    @classmethod
    def build(
        cls,
        entries: list[tuple[str, str]],
        exclude: frozenset[str] = frozenset(),
        particles: bool = False,
        jussives: bool = False,
    ) -> PhraseIndex:
        """Every form of the entries' first words. ``particles``: the entries' short single words
        are particles (``gk:particleWords``): no article or prepositions on them. ``jussives``:
        the entries are triggers, whose hollow verbs with و take their short jussive ("لم يزر")."""
        by_first: dict[str, list[Phrase]] = defaultdict(list)
        for key, spec in entries:
            words = spec.split()
            if not words:
                continue
            rest = tuple(frozenset(word_variants(w)) for w in words[1:])
            function_word = particles and len(words) == 1 and len(normalize_token(words[0])) <= 3
            for form in forms_of(words[0], function_word=function_word, jussive=jussives):
                bare = form.text[1:] if form.text[:1] in CONJUNCTION_LETTERS else form.text
                if len(words) == 1 and (form.text in exclude or bare in exclude):
                    continue
                by_first[form.text].append(Phrase(key, spec, form, rest))
        for phrases in by_first.values():
            if any(p.first.pos == "noun" for p in phrases):
                # "مطالبات", "مفاوضات": a listed plural in ات is the verbal noun's plural, not the
                # feminine plural participle ("women demanding"), which news rarely writes
                phrases[:] = [p for p in phrases if not (p.first.pos == "participle" and p.first.text.endswith("ات"))]
            # A word the lexicon lists that is also a participle of the same relation's verb
            # ("داعية" beside "دعا/يدعو") is that participle: it takes its subject from the clause.
            participles = {(p.key, p.length, p.rest) for p in phrases if p.first.pos == "participle"}
            phrases[:] = [
                p for p in phrases if not (p.first.pos == "noun" and (p.key, p.length, p.rest) in participles)
            ]
            # Longest first; on a tie a verb beats a noun beats a generated participle ("طالب" is
            # "demanded" before it is "one who requests").
            phrases.sort(key=lambda p: (-p.length, _POS_RANK.get(p.first.pos, 3)))
        return cls(dict(by_first))

    def __contains__(self, norm: str) -> bool:
        return norm in self.forms

    def get(self, norm: str) -> Sequence[Phrase]:
        return self.forms.get(norm, ())

    def any_in(self, norms: Iterable[str]) -> bool:
        """Whether a phrase can start at any of these normalised words."""
        return any(n in self.forms for n in norms)

    def single_word(self, norm: str) -> bool:
        """Whether the word is by itself one of the index's phrases."""
        known = self._single.get(norm)
        if known is None:
            if len(self._single) >= SINGLE_WORD_CACHE:
                self._single.clear()
            known = self._single[norm] = any(p.length == 1 for p in self.forms.get(norm, ()))
        return known

    def match_at(
        self,
        norms: list[str],
        i: int,
        blocked: frozenset[int] | set[int] = frozenset(),
        texts: list[str] | None = None,
        used: set[int] | frozenset[int] = frozenset(),
        present: set[str] | frozenset[str] | None = None,
    ) -> PhraseMatch | None:
        """The longest phrase starting at token ``i`` (later words may not fall in ``blocked``
        or ``used``; ``present``: the set of ``norms``, when the caller has it)."""
        candidates = self.forms.get(norms[i], ())
        if not candidates and texts is not None and not _HAMZA.isdisjoint(texts[i]):
            candidates = self.hamza_only.get(norms[i], ())
        for phrase in candidates:
            # Normalisation folds ة into ه: "وزارة" (ministry) must not read as "وزاره" (visited him).
            if phrase.first.pronoun_object and texts is not None and texts[i].endswith("ة"):
                continue
            # a later word, in none of its variants, not in the sentence: no window can match (most
            # phrases tried fail so; set tests in C, not a scan of each window)
            if present is not None and phrase.rest and any(map(present.isdisjoint, phrase.rest)):
                continue
            positions = _positions(phrase, norms, i, blocked, used)
            if positions is not None:
                return PhraseMatch(phrase, i, positions[-1] + 1, tuple(positions))
        return None

    def find_all(
        self,
        norms: list[str],
        blocked: frozenset[int] = frozenset(),
        texts: list[str] | None = None,
        starts: Sequence[int] | None = None,
    ) -> list[PhraseMatch]:
        """Non-overlapping matches, left to right, longest first at each start (``starts``: the
        only positions where a phrase can start, when known, in order)."""
        out: list[PhraseMatch] = []
        used: set[int] = set()
        present = set(norms)
        for i in range(len(norms)) if starts is None else starts:
            if i in used or i in blocked:
                continue
            m = self.match_at(norms, i, blocked, texts, used, present)  # (None at once where none starts)
            if m:
                out.append(m)
                used.update(m.positions)
        return out


def _positions(
    phrase: Phrase, norms: list[str], i: int, blocked: frozenset[int] | set[int], used: set[int] | frozenset[int]
) -> list[int] | None:
    """Where the phrase's later words stand after token ``i``, each in its window (a verb's next
    word may stand after a gap of up to ``MAX_VERB_GAP`` tokens, a noun's after up to
    ``MAX_NOUN_GAP`` linked ones), or None."""
    positions = [i]
    if not phrase.rest:
        return positions
    j = i + 1
    size = len(norms)
    verb = phrase.first.pos == "verb"
    for k, variants in enumerate(phrase.rest):
        allow_gap = verb and k == 0
        # A noun's words may have a linked adjective between them: "الحرب [الإسرائيلية] على";
        # quotation marks between words do not part them ("من \" عواقب").
        while not allow_gap and j < size and j in blocked and j - positions[-1] <= MAX_NOUN_GAP:
            j += 1
        while j < size and norms[j] in _QUOTES and j - positions[-1] <= MAX_NOUN_GAP:
            j += 1
        limit = min(size, j + (MAX_VERB_GAP + 1 if allow_gap else 1))
        for m in range(j, limit):  # (a loop, not next() over a generator: this runs per word)
            if norms[m] in variants and m not in blocked and m not in used:
                break
        else:
            return None
        positions.append(m)
        j = m + 1
    return positions


_EMPTY = PhraseIndex({})


@dataclass
class ArabicLexicon:
    """Everything the Arabic relation extractor looks up (``ArabicLexicon.load``)."""

    relations: dict[str, Relation]
    cue_set: CueSet  # the ontology's cue concepts by role
    triggers: PhraseIndex
    cues: dict[str, PhraseIndex]  # by cue concept name
    object_markers: dict[str, frozenset[str]]
    # broader relation -> [(narrower relation, its context cues)]
    refinements: dict[str, list[tuple[str, PhraseIndex]]] = field(default_factory=dict)
    # the cue concepts some of these words may start (a form store answers in one pass)
    present: Callable[[Iterable[str]], set[str]] | None = None
    # where each cue concept's phrases may start among these words (a form store, in one pass)
    starts: Callable[[Sequence[str]], dict[str, list[int]]] | None = None
    # where a trigger may start among these words (a form store, from its look-ups)
    trigger_positions: Callable[[Sequence[str]], list[int]] | None = None
    # a relative time word (as the lexicon writes it) -> its offset from the document date in
    # its unit: "اليوم" 0, "غدا" 1 (what the cue says of an event's modality)
    time_offsets: dict[str, int] = field(default_factory=dict)
    _written: dict[str, frozenset[str]] = field(default_factory=dict, init=False, repr=False)
    _contact_refinements: list[tuple[str, PhraseIndex]] | None = field(default=None, init=False, repr=False)
    # values_ar.title_word's answer by word: asked of the words before every name and nationality
    title_words: dict[str, bool] = field(default_factory=dict, init=False, repr=False)
    _written_phrases: dict[str, frozenset[tuple[str, ...]]] = field(default_factory=dict, init=False, repr=False)

    def cues_present(self, norms: Iterable[str]) -> set[str]:
        """The names of the cue concepts a phrase of which may start at one of these words."""
        if self.present is not None:
            return self.present(norms)
        words = set(norms)
        return {name for name, index in self.cues.items() if index.any_in(words)}

    def cue_starts(self, norms: Sequence[str]) -> dict[str, list[int]]:
        """Cue concept name → the positions, in order, where one of its phrases may start: one
        look-up per word, not one per word and concept."""
        if self.starts is not None:
            return self.starts(norms)
        out: dict[str, list[int]] = {}
        for name, index in self.cues.items():
            found = [i for i, n in enumerate(norms) if n in index.forms or n in index.hamza_only]
            if found:
                out[name] = found
        return out

    def trigger_starts(self, norms: Sequence[str]) -> list[int]:
        """The positions, in order, where a trigger phrase may start (``PhraseIndex.find_all``
        then tries no other word)."""
        if self.trigger_positions is not None:
            return self.trigger_positions(norms)
        index = self.triggers
        return [i for i, n in enumerate(norms) if n in index.forms or n in index.hamza_only]

    @property
    def contact_refinements(self) -> list[tuple[str, PhraseIndex]]:
        """(narrower contact relation, its context cues) for every broader contact relation:
        what marks an act done in a call or meeting as that contact too."""
        # (kept in a field, not by functools.cached_property: that writes the instance's
        # ``__dict__``, and every later read of the lexicon's attributes, asked by every rule,
        # costs more)
        if self._contact_refinements is None:
            self._contact_refinements = [
                (narrower, index)
                for broader, options in self.refinements.items()
                if self.relations[broader].contact
                for narrower, index in options
                if self.relations[narrower].contact
            ]
        return self._contact_refinements

    def written_words(self, cue: Cue) -> frozenset[str]:
        """A cue concept's Arabic words as written, normalised: not the forms conjugated from them."""
        words = self._written.get(cue.name)
        if words is None:
            words = self._written[cue.name] = frozenset(normalize_token(w) for w in cue.words("ar"))
        return words

    def written_phrases(self, cue: Cue) -> frozenset[tuple[str, ...]]:
        """A cue concept's Arabic phrases as written, normalised, each as its words (once per
        concept: asked of every pair of names a list may join)."""
        phrases = self._written_phrases.get(cue.name)
        if phrases is None:
            phrases = self._written_phrases[cue.name] = frozenset(tuple(p.split()) for p in self.written_words(cue))
        return phrases

    def cue(self, cue: Cue) -> PhraseIndex:
        return self.cues.get(cue.name) or _EMPTY

    def known_word(self, norm: str) -> bool:
        """Whether a phrase of the lexicon (a trigger or a cue) can start at the word."""
        return norm in self.triggers or any(norm in index for index in self.cues.values())

    def is_cue(self, cue: Cue, norm: str) -> bool:
        """Whether the word by itself is one of the cue concept's words."""
        index = self.cues.get(cue.name)  # (not _EMPTY: a shared index remembers nothing)
        if index is None:
            return False
        known = index._single.get(norm)  # (asked of nearly every word by many rules: no call more)
        return index.single_word(norm) if known is None else known

    @classmethod
    def load(cls, ontology: Ontology) -> ArabicLexicon:
        """The lexicon of ``ontology``: its forms read from the compiled form store (built on the
        first use of these sources), else compiled in memory when no cache folder can hold it."""
        from . import form_store  # it reads and writes this module's types

        # the ontology module names the cue roles, hence which cue concepts are compiled
        code = [Path(__file__), Path(morphology_ar.__file__), Path(normalize.__file__), Path(form_store.__file__)]
        code.append(Path(ontology_module.__file__))
        # the ontology's own content key, not its files read again: a file saved since must not
        # have this compilation stored under its new content
        key = digest(f"{LEXICON_FORMAT}-{ontology.content_key}", code)
        stored = form_store.open_or_build(key, lambda: compile_lexicon(ontology))
        if stored is None:
            return compile_lexicon(ontology)
        return stored.lexicon(ontology)


def compile_lexicon(ontology: Ontology) -> ArabicLexicon:
    """Conjugate every Arabic trigger and cue word of the ontology (seconds: prefer ``load``)."""
    entries: list[tuple[str, str]] = []
    markers: dict[str, frozenset[str]] = {}
    for rel in ontology.relations.values():
        if rel.kind != "interaction":
            continue  # standing facts come from titles and appositions, not from trigger words
        for spec in rel.triggers.get("ar", ()):
            entries.append((rel.name, spec))
        markers[rel.name] = frozenset(normalize_token(m) for m in rel.object_markers.get("ar", ()))
    cue_set = ontology.cue_set
    cues = _compile_cues(ontology, cue_set)
    triggers = PhraseIndex.build(entries, jussives=True)
    forms: dict[str, list[Phrase]] = triggers.forms  # type: ignore[assignment]
    hamza_only: dict[str, list[Phrase]] = {}
    for form in list(cues[cue_set.not_trigger.name].forms):  # type: ignore[attr-defined]
        # Forms that spell common words are dropped from the trigger index (مدينة is "city"),
        # except where the text writes a hamza the common word lacks: "هنأ" (congratulated) is a
        # trigger, "هنا" (here) is not.
        phrases = forms.pop(form, None)
        if phrases and any(_has_hamza_source(p.source) for p in phrases):
            hamza_only[form] = [p for p in phrases if _has_hamza_source(p.source)]
    triggers.hamza_only = hamza_only
    refinements: dict[str, list[tuple[str, PhraseIndex]]] = defaultdict(list)
    for rel in ontology.relations.values():
        specs = rel.context_cues.get("ar", ())
        if rel.parent and specs:
            refinements[rel.parent].append((rel.name, PhraseIndex.build([(rel.name, spec) for spec in specs])))
    return ArabicLexicon(
        dict(ontology.relations),
        cue_set,
        triggers,
        cues,
        markers,
        dict(refinements),
        time_offsets=time_offsets(ontology),
    )


def time_offsets(ontology: Ontology) -> dict[str, int]:
    """Each Arabic relative time word that dates an event, with its offset (``ArabicLexicon.time_offsets``)."""
    return {word: rel.offset for word, rel in ontology.relative_times("ar").items() if rel.dates_event}


def _compile_cues(ontology: Ontology, cue_set: CueSet) -> dict[str, PhraseIndex]:
    """A phrase index per cue concept with Arabic words."""
    cues: dict[str, PhraseIndex] = {}
    for cue in cue_set.all():
        specs = cue.words("ar")
        # After normalisation conditional إن and complementizer أن are one string: a form that is
        # also a word of the concept this one yields to (gk:yieldsTo) is left to that concept.
        exclude = (
            frozenset(normalize_token(w) for w in ontology.cue(cue.yields_to).words("ar"))
            if cue.yields_to
            else frozenset()
        )
        cues[cue.name] = PhraseIndex.build(
            [(cue.name, spec) for spec in specs], exclude=exclude, particles=cue.particles
        )
    return cues
