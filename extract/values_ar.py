"""The values the Arabic relation stages pass to one another, all immutable.

A sentence is read once into a ``Sentence`` (``clauses_ar``): its actors grouped into
coordinated noun phrases (``Group``), its trigger and cue matches, its clause and segment
boundaries. Each trigger match becomes a ``Hit``; every later stage (``reporting_ar``,
``arguments_ar``, ``nesting_ar``, ``modality_ar``) takes the hits and returns new ones
(``replace``), never changing a value another stage holds. What the document has
said so far is a ``Discourse``, also replaced, never changed, from sentence to sentence.

The word classes here are the Arabic grammar the stages share (normalised forms).
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass
from typing import Any, TypeVar

from geokg.ontology import Cue
from spacy.tokens import Doc, Span

from .lexicon_ar import SINGLE_WORD_CACHE, ArabicLexicon, PhraseMatch
from .memo_ar import DocWords
from .model import Entity
from .morphology_ar import ARTICLE, CONJUNCTION_LETTERS, tanwin_alif
from .normalize import normalize_token

_V = TypeVar("_V")
# A dataclass -> its fields' names, when setting them is the same as ``__init__`` (no
# __post_init__, every field set by __init__); else None.
_COPYABLE: dict[type, tuple[str, ...] | None] = {}
_FIELD_SETS: dict[type, frozenset[str]] = {}


def replace(obj: _V, **changes: Any) -> _V:
    """``dataclasses.replace`` for the frozen values here: the new value's fields are the old
    one's, ``changes`` set. The stages replace hits tens of thousands of times per megabyte of
    news, and ``dataclasses.replace`` reads the class's fields and builds keyword arguments for
    ``__init__`` on every call. (Each field is set with ``object.__setattr__``, as ``__init__``
    does: an instance whose ``__dict__`` is read or assigned loses CPython's inline attribute
    values, and every later attribute read on it costs more.)"""
    cls = type(obj)
    names = _COPYABLE[cls] if cls in _COPYABLE else _copyable(obj)
    if names is None or not _FIELD_SETS[cls].issuperset(changes):
        return dataclasses.replace(obj, **changes)  # (it names the field that does not exist)
    new = object.__new__(cls)
    for name in names:
        _SET(new, name, changes[name] if name in changes else getattr(obj, name))
    return new


_SET = object.__setattr__


def _copyable(obj: object) -> tuple[str, ...] | None:
    cls = type(obj)
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    simple = not hasattr(cls, "__post_init__") and hasattr(obj, "__dict__") and all(f.init for f in fields)
    names = _COPYABLE[cls] = tuple(f.name for f in fields) if simple else None
    _FIELD_SETS[cls] = frozenset(names or ())
    return names


# Prepositions that may stand as a separate word before a name (normalised forms).
SEPARATE_PREPOSITIONS = frozenset(
    normalize_token(p)
    for p in ("على", "إلى", "مع", "ضد", "إزاء", "بشأن", "حيال", "من", "عن", "في", "لدى", "تجاه", "نحو", "بين", "عبر")
)
# Adverbs of place and time that take a noun like a preposition ("أمام مجلس الأمن", "حول إيران"):
# a name after them is no bare subject or object.
LOCATIVE_ADVERBS = frozenset(
    normalize_token(p)
    for p in ("أمام", "حول", "خلال", "أثناء", "عند", "قرب", "داخل", "خارج", "وراء", "خلف", "منذ", "قبالة")
)
# Proclitic tokens the entity linker splits off a name; the value is the preposition.
CLITIC_PREPOSITIONS = {
    "ب": "ب", "ل": "ل", "ك": "ك", "لل": "ل", "وب": "ب", "ول": "ل", "فب": "ب", "فل": "ل",
    "ولل": "ل", "فلل": "ل", "وك": "ك",
}  # fmt: skip
CONJUNCTION_TOKENS = frozenset({"و", "ف", "او", "،", ",", "ثم"})
BOUNDARY_PUNCT = frozenset({".", "؛", ";", "!", "؟", "?", ":", "-", "–", "—"})
# a comma, Arabic or Latin: no clause boundary by itself (lists), but where phrases end
COMMAS = frozenset({"،", ","})
QUOTES = frozenset({'"', "“", "”", "«", "»", "'"})
WE = normalize_token("نحن")  # "we": the pronoun a first person verb may take after it
WITH = normalize_token("مع")  # the partner's preposition, normalised
# Relative pronouns close a noun phrase: what follows them is the relative clause's, never an
# argument of a trigger before them ("... الوفد الذي التقى X": X is not the object of a trigger
# before "الذي"). Normalised forms (hamza and alif maqsura folded).
RELATIVE_PRONOUNS = frozenset(
    normalize_token(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي")
)
# إن as written, with its hamza below (not normalised: normalised it is أن): the particle that
# takes a noun (إنّ), or the conditional (إنْ) when a verb follows it.
INNA = frozenset({"إن", "وإن", "فإن"})
# Relative pronouns whose head is people by their form (human plurals; the dual's and الذي/التي
# take things too).
HUMAN_RELATIVES = frozenset(normalize_token(w) for w in ("الذين", "اللواتي", "اللاتي"))
# Possessive pronoun endings on a verbal noun ("لقائه", "زيارتها", "محادثاتهما"), read on the
# original spelling, where ة is not ه.
POSSESSIVE_SUFFIXES = ("ه", "ها", "هما", "هم", "هن")
ON = normalize_token("على")  # the preposition, normalised (alif maqsura folded)
TO = normalize_token("إلى")  # "إلى" and "الى" alike, normalised
ABOUT = normalize_token("عن")  # the preposition, normalised
BY = normalize_token("ب")  # the attached preposition, normalised
THAT = normalize_token("أن")  # the complementizer, normalised
# "ما" is also "what", "غير" also "other", "دون" also "below": they negate only right before the word.
AMBIGUOUS_NEGATORS = frozenset({"ما", "وما", "فما", "غير", "دون", "بدون"})
NON_ACTOR_KINDS = frozenset({"place"})  # places cannot be the subject of an interaction
MAX_SUBJECT_GAP_RIGHT = 3
MAX_TITLE_LENGTH = 9  # words of an official's title after a verb, up to its state or body
MAX_SUBJECT_GAP_LEFT = 6
MAX_OBJECT_DISTANCE = 10


@dataclass(frozen=True)
class Actor:
    """One linked mention as a party: its entity and the Doc tokens its noun phrase covers."""

    entity: Entity
    start: int  # token indices in the Doc
    end: int
    kind: str
    text: str
    char_start: int
    char_end: int
    virtual: bool = False  # stands for an anaphor ("البلدين"), not a name in the text
    # The unnamed side of an event (a car bomb's attackers, a protest's government): no words.
    implied: bool = False
    # The run date an office title was resolved to its holder at, in an undated document
    # (CONTRACT §2 ``as_of``); None otherwise.
    as_of: str | None = None
    # News people, not an outlet: "الصحفيين الفرنسيين" links to a state's press (a MediaOutlet,
    # which reports and is no party), but journalists are people whom acts befall.
    people: bool = False


def preposition_word(norm: str) -> bool:
    """Whether a normalised word is a separate preposition, with or without و/ف ("في", "وفي")."""
    return norm in SEPARATE_PREPOSITIONS or (norm[:1] in CONJUNCTION_LETTERS and norm[1:] in SEPARATE_PREPOSITIONS)


def without_article(norm: str) -> str:
    """A normalised word without its article ("الرهائن" -> "رهائن")."""
    return norm[2:] if norm.startswith(ARTICLE) else norm


def implied_entity(doc: Doc, state: str, institution: str) -> Entity | None:
    """The entity the linker composed for ``institution`` of ``state`` (ISO-3, or "-" for none)
    in this document (``doc._.geokg_implied``), if it did."""
    data = (doc._.geokg_implied or {}).get(f"{state} {institution}")
    return Entity(*data) if data else None


def stateless_twin(doc: Doc, a: Actor) -> Actor | None:
    """The group noun ``a`` whose state the context settled (``span._.settled_group``: "جنود"
    given the place's or the document's state) as the group of no state, where a rule finds that
    state a guess; None for any other mention."""
    span = doc.char_span(a.char_start, a.char_end)
    group = span._.settled_group if span is not None else None
    entity = implied_entity(doc, "-", group) if group else None
    return replace(a, entity=entity) if entity is not None else None


def with_pronoun(word: str, stems: frozenset[str], suffixes: tuple[str, ...] = POSSESSIVE_SUFFIXES) -> bool:
    """Whether a normalised word is one of ``stems`` with a pronoun of ``suffixes`` (pronouns of
    the third person, each with ه) joined to its end ("خلالها", "أنهم")."""
    if "ه" not in word:  # (most words are answered here)
        return False
    for p in suffixes:  # (a loop, not any() over a generator: asked of every trigger)
        if word.endswith(p) and word[: -len(p)] in stems:
            return True
    return False


def owned_word(text: str) -> bool:
    """Whether a word as written ends in a possessive pronoun ("لقائه", "زيارتها"): a noun owned
    by it. (ة is no ه in the original spelling, so "زيارة" is none.)"""
    return text.endswith(POSSESSIVE_SUFFIXES)


def without_conjunction(word: str) -> str:
    """A word without the و or ف joined to its front ("وقتل" -> "قتل")."""
    return word[1:] if word[:1] in CONJUNCTION_LETTERS else word


def _common_head(a: Actor) -> str:
    """A common noun's mention's first word without و/ف; "" for a name, a place or a virtual one."""
    if a.kind in ("name", "metonym", "place") or a.virtual or not a.text:
        return ""
    head = a.text.split()[0]
    return without_conjunction(head)


def intent_noun_word(lex: ArabicLexicon, norm: str) -> bool:
    """Whether a normalised word is a noun of intent or attempt (``gk:IntentNounCue``), with or
    without the article and و/ف/ب before it ("وسعي", "بمحاولة", "المساعي")."""
    bare = norm[1:] if norm[:1] in CONJUNCTION_LETTERS + "ب" else norm
    return any(lex.is_cue(lex.cue_set.intent_noun, without_article(w)) for w in {norm, bare})


def title_word(lex: ArabicLexicon, norm: str) -> bool:
    """Whether a normalised word opens an office title ("وزير", "الممثل", "والمتحدث")."""
    known = lex.title_words.get(norm)
    if known is None:
        if len(lex.title_words) >= SINGLE_WORD_CACHE:
            lex.title_words.clear()
        head = lex.cue_set.title_head
        known = lex.title_words[norm] = lex.is_cue(head, norm) or lex.is_cue(head, without_article(norm))
    return known


def ends_office_title(
    lex: ArabicLexicon, doc: Doc, norms: list[str], offset: int, start: int, words: int, stops: tuple = ()
) -> bool:
    """Whether an office title the gazetteer does not know ends right before token ``start``
    (the nationality in "وزير التجارة المصري", "نائب وزير الدفاع الإسرائيلي"): a title word, bare
    or with و, ب or ل, at most ``words`` words back (``norms`` are the sentence's from token
    ``offset``), with only the title's own words between: no name, preposition or punctuation,
    and no word of any of ``stops``."""
    for k in range(start - 1, max(offset, start - words) - 1, -1):
        norm = norms[k - offset]
        if doc[k].ent_type_ or not norm.isalpha() or norm in SEPARATE_PREPOSITIONS:
            return False
        if title_word(lex, norm) or (norm[:1] in "وبل" and title_word(lex, norm[1:])):
            return True
        if any(norm in stop for stop in stops):
            return False
    return False


def accusative(a: Actor) -> bool:
    """Whether a common noun's mention is an indefinite accusative ("مسلحا", "جنديا", "موظفا
    بريطانيا"): the tanwin alif marks a verb's object, never its subject. Names ("روسيا") aside."""
    head = _common_head(a)
    # "وا" ends a plural verb form, not a noun; ARTICLE makes it definite (no tanwin)
    return len(head) > 3 and head.endswith("ا") and not head.endswith("وا") and not head.startswith(ARTICLE)


def oblique_plural(a: Actor) -> bool:
    """ "استهدف مدنيين", "اعتقل فلسطينيين": an indefinite sound plural in ـين is accusative (or
    genitive), never the subject right after a verb, which would be in ـون."""
    head = _common_head(a)
    return len(head) > 4 and head.endswith("ين") and not head.startswith(ARTICLE)


# Who speaks for a state: itself, its officials, its organs. Groups within it (rebels, protesters,
# civilians) stand apart from it.
STATE_SIDE = frozenset({"Country", "Person", "GovernmentBody", "ArmedForce"})
_FORCE_WIELDERS = frozenset({"Country", "ArmedForce", "ArmedGroup", "GovernmentBody"})


def force_wielder(g: Group) -> bool:
    """Whether every party of ``g`` is one that wields force (a state, its forces, an armed
    group), not people it is wielded on ("المدنيين", "الصحفيين")."""
    return all(a.entity.type in _FORCE_WIELDERS and a.kind != "demonym" for a in g.acting)


def lone_accusative(g: Group) -> bool:
    """Whether a group is a group noun alone in the indefinite accusative ("مسلحا", "جنديا",
    "مدنيا"): the ending ـًا marks an object (one of them). Names ("روسيا") end so too."""
    if len(g.members) != 1 or g.members[0].kind != "composed":
        return False
    words = g.members[0].text.split()
    return len(words) == 1 and tanwin_alif(words[0])


def _acting(a: Actor) -> bool:
    return a.kind not in NON_ACTOR_KINDS and (a.people or a.entity.type != "MediaOutlet")


@dataclass(frozen=True, eq=False)
class Group:
    """Coordinated actors ("روسيا وكوريا الشمالية") with the preposition in front of them.

    Compared by identity: two groups with the same members at different places are different
    noun phrases."""

    members: tuple[Actor, ...]
    start: int
    end: int
    marker: str | None = None  # normalised preposition, or None for a bare noun phrase

    @property
    def acting(self) -> tuple[Actor, ...]:
        """Members that can be a party to an interaction: not places, not news media (a credit
        line "( رويترز )" or a newspaper that reports is no party to what it reports)."""
        members = self.members
        if len(members) == 1:  # (most groups: no generator; asked by every stage, many times a hit)
            return members if _acting(members[0]) else ()
        return tuple(a for a in members if _acting(a))

    @property
    def speaking(self) -> tuple[Actor, ...]:
        """Members that can be a source of reported words (media included)."""
        return tuple(a for a in self.members if a.kind not in NON_ACTOR_KINDS)


@dataclass(frozen=True, eq=False)
class Hit:
    """One trigger match and what the stages have found for it so far."""

    match: PhraseMatch
    relation: str
    subject: Group | None = None
    subject_from: str = ""  # how the subject was found: left, right, genitive, dropped, speaker ...
    objects: Group | None = None
    object_index: int | None = None  # an assertion-valued object: the index of the inner hit
    extra_subjects: tuple[Group, ...] = ()  # participants ("انضمت إلى العقوبات")
    forced_modality: str | None = None
    forced_attribution: Entity | None = None
    negated: bool = False
    future: bool = False
    pairwise: bool = False
    superseded: bool = False
    topic: Group | None = None  # the fronted object an object pronoun on the verb refers to
    one_sided: bool = False  # an event with one named side: it may have no object
    # an intent (gk:expressesIntent) the act it governs is coded instead of: that act's index, the
    # intent dropped once its polarity is known
    yields_to: int | None = None

    @property
    def pos(self) -> str:
        return self.match.phrase.first.pos  # (the match's form, without its property: asked often)

    @property
    def start(self) -> int:
        return self.match.start

    @property
    def end(self) -> int:
        return self.match.end

    @property
    def has_object(self) -> bool:
        return self.objects is not None or self.object_index is not None


def other_state(a: Group, b: Group) -> bool:
    """Whether no party of ``b`` is of a state of a party of ``a`` (two parties of no state count
    as one side): a threat, a defiance or a conditioned act is only across sides."""
    own = {m.entity.country for m in a.acting}
    return not any(m.entity.country in own for m in b.acting)


def bare_party(g: Group | None) -> Group | None:
    """``g`` when it is a party with no preposition before it (a subject's or object's slot)."""
    return g if g is not None and g.marker is None and g.acting else None


def put(hits: tuple[Hit, ...], k: int, hit: Hit) -> tuple[Hit, ...]:
    """The hits with ``hits[k]`` replaced by ``hit``."""
    return (*hits[:k], hit, *hits[k + 1 :])


@dataclass(frozen=True)
class Speaker:
    """Who speaks over which tokens (a reporting word's clause, or the segment of "بحسب X")."""

    start: int  # token range the speaker's words cover
    end: int
    actor: Actor
    cue_end: int = 0  # where the reporting word ends (quoted words follow it)
    addressee: Actor | None = None  # "برقية بوتين إلى كيم": whom "you" means in the quote
    by_verb: bool = True  # a reporting verb or noun, not "according to"


@dataclass(frozen=True)
class Discourse:
    """What a document has said so far, for pronoun-dropped clauses and anaphors: the last
    speaker, the last pair of countries named together, recent clause subjects, actors named.
    Each ``with_*`` method returns a new value."""

    last_speaker: Actor | None = None
    last_pair: tuple[Actor, Actor] | None = None
    # the two sides of the last relation between people of two states ("الزعيمان")
    last_leaders: tuple[Actor, Actor] | None = None
    subjects: tuple[Group, ...] = ()  # recent clause subjects, newest last
    named: tuple[Actor, ...] = ()  # actors named so far, newest last (for "الأخير")

    def with_subject(self, group: Group) -> Discourse:
        if group.acting and (not self.subjects or self.subjects[-1] is not group):
            return replace(self, subjects=(*self.subjects, group)[-6:])
        return self

    def with_speaker(self, actor: Actor) -> Discourse:
        return replace(self, last_speaker=actor)

    def with_pair(self, pair: tuple[Actor, Actor]) -> Discourse:
        return replace(self, last_pair=pair)

    def with_leaders(self, pair: tuple[Actor, Actor]) -> Discourse:
        return replace(self, last_leaders=pair)

    def with_named(self, actors: tuple[Actor, ...]) -> Discourse:
        return replace(self, named=(*self.named, *actors)[-30:])

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


class CueMatches(dict):
    """A sentence's cue matches by cue concept, looked up by the concept's name (hashing the
    frozen ``Cue`` on every look-up costs more than the look-up)."""

    def __getitem__(self, cue: Cue) -> tuple[PhraseMatch, ...]:
        return dict.__getitem__(self, cue.name)


@dataclass(frozen=True, eq=False)
class Sentence:
    """One sentence read once: tokens, actors in groups, cue matches by concept, clause bounds."""

    doc: Doc
    span: Span
    groups: tuple[Group, ...]
    cues: CueMatches  # Cue -> tuple[PhraseMatch, ...]; never changed after the clause stage
    bounds: tuple[int, ...]  # clause starts
    segments: tuple[int, ...]  # starts of verb-led segments (for the reach of "بحسب X")
    trigger_tokens: frozenset[int]
    stop_tokens: frozenset[int]  # reporting words: objects never lie past them
    norms: tuple[str, ...]  # the sentence's token norms (Token objects are costly)
    quotes: tuple[int, ...]  # tokens that are quotation marks, in order
    words: DocWords  # the document's words, read once a document (``memo_ar``)
    # the span's first token: ``norm`` is asked for every word the rules look at (a field, not a
    # cached property: one written to the instance's ``__dict__`` slows every attribute read)
    first: int
    counts: frozenset[int] = frozenset()  # tokens that count people: digits, number and count words
    verbs: frozenset[int] = frozenset()  # tokens that start a verb of a trigger or a reporting cue
    credits: tuple[int, ...] = ()  # tokens right after a credit line "( الفرنسية )", in order
    past_frames: frozenset[str] = frozenset()  # gk:PastFrameCue's words, normalised
    setting_frames: frozenset[str] = frozenset()  # gk:SettingFrameCue's words, normalised
    honorifics: frozenset[str] = frozenset()  # gk:HonorificCue's words, normalised
    # the stages' answers about this sentence (``memo_ar.sentence_memo``)
    memo: dict[Any, Any] = dataclasses.field(default_factory=dict, repr=False)

    def during_which(self, i: int) -> bool:
        """Whether token ``i`` is a frame with a pronoun: "خلالها", "خلالهما", "بعدها" (during
        which): the verb before it is a circumstance of the main clause's act."""
        word = self.norm(i) if i < self.span.end else ""
        return with_pronoun(word, self.past_frames)

    def setting(self, i: int) -> bool:
        """Whether token ``i`` is an event noun right after a word of a frame of time or occasion
        (gk:PastFrameCue, gk:SettingFrameCue: "على هامش القمة", "خلال زيارته", "بعد لقائه"): the
        setting of a verb's act, no party of it."""
        if i not in self.trigger_tokens or i <= self.span.start:
            return False
        return self.norm(i - 1) in self.past_frames or self.norm(i - 1) in self.setting_frames

    def words_end(self, start: int) -> int:
        """Where words said from token ``start`` on end: the next credit line, else the sentence's end."""
        return next((k for k in self.credits if k > start), self.span.end)

    def counted(self, g: Group) -> bool:
        """Whether a count stands right before a group ("خمسة جنود", "12 شخصا", "عشرات من المدنيين")."""
        return any(k in self.counts for k in range(g.start - 3, g.start))

    def count_near(self, start: int, end: int, reach: int = 4) -> bool:
        """Whether a count stands within ``reach`` tokens of [start, end)."""
        return any(start - reach <= k < end + reach for k in self.counts)

    def quote_between(self, start: int, end: int) -> bool:
        """Whether a quotation mark stands among tokens [start, end)."""
        k = bisect.bisect_left(self.quotes, start)
        return k < len(self.quotes) and self.quotes[k] < end

    def _between(self, starts: tuple[int, ...], i: int) -> tuple[int, int]:
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
        return self.norms[i - self.first]

    def crosses(self, start: int, end: int, own: Hit) -> bool:
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

    def group_at(self, i: int) -> Group | None:
        """The group that starts at token ``i``."""
        return next((g for g in self.groups if g.start == i), None)

    def groups_from(self, i: int, limit: int) -> list[Group]:
        return [g for g in self.groups if i <= g.start <= limit]


def within(cues: tuple[PhraseMatch, ...] | list[PhraseMatch], start: int, scope: int | None) -> list[PhraseMatch]:
    """The cue matches that end at most ``scope`` tokens before token ``start``."""
    return [m for m in cues if m.end <= start and start - m.end <= (scope or 0)]
