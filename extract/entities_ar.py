"""spaCy component ``geokg_ar_linker``: Arabic gazetteer matching with clitics, spelling variants,
titles and institutions → ``doc.ents`` linked to gazetteer entities.

Matching runs on normalised words (``normalize_token``) against the tries compiled by
``gazetteer.py``, longest match first. A proclitic group (و ف ب ل ك, and ل + ال → لل) is split
off the first word of a name only when the rest of the word starts a gazetteer key, so names
that begin with those letters (بوتين, فيتنام, لبنان, كوريا) are never cut. Foreign names also match
through a letter-class variant (ج/غ/ق/گ, optional inner spaces) and, for multi-word names, a
consonant skeleton (بينج يانج ~ بيونغ يانغ).

Long transliterated names also match within one edit (``Gazetteer.typo_word``). The Doc is one
document (``document_doc``); names are matched in its paragraphs only, never across one's end or
in the furniture between. What needs the whole document is settled after the left-to-right pass:
an ambiguous label (عمان: Oman or Amman) goes to the entity whose country the document names more
often, else to the data's default; a weak label (a common word such as مشهد "scene") stays only
after a cue word or when the document names the entity or its country elsewhere; and a surname
alone after the person's full name links to them. The countries the document names for certain
are kept on ``doc._.geokg_countries``.

Titles: "الرئيس الروسي فلاديمير بوتين" gives one span for the person, with the office recorded on
it; a title with a country and no name ("الرئيس الروسي") resolves to the office holder at the
document date (``doc._.geokg_date``). Institutions combine with a demonym or a country name
("وزارة الدفاع الروسية") into a composed entity. A person named under a title with a state gets
the standing fact it states (``span._.office_fact``: the office's relation and the state). A
name the gazetteer does not know after a title with a state and no known holder ("وزير الدفاع
السوداني عادل حسن", opening with a given name it knows) is a local person of that state
(``person-ar-<hash>``), holding the office unless a deputy or former holder. An organisation's
head by title and organisation ("الأمين العام لمنظمة الأمم المتحدة", "أمين الأمم المتحدة") is the holder
for that body on the document's date (undated: the body); the commander of a force of a body of
no state ("قائد قوة الأمم المتحدة في الجنوب اللبناني") is the body. A title with the article never
takes a state's name after it as its state ("زار الرئيس روسيا"), nor does a title with no state
settle to it from the context.

Tokens are split at match boundaries with ``doc.retokenize().split`` (``doc.text`` does not
change; a clitic becomes its own token). spaCy's split costs time proportional to the doc per
split, so on very long docs with many clitics the component returns a rebuilt doc with the same
split instead (same text, sentence starts, entities and extensions): use the returned doc. Every
word's analysis is cached by its text on the component, so the cost on running text is about one
dictionary look-up per token.

The gazetteer is loaded by ``initialize()`` (compiled artifact, ``artifacts``); ``to_disk`` saves
its Turtle data files and ``from_disk`` loads them.
"""

from __future__ import annotations

import bisect
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy
from geokg.ontology import CUE_LISTS, load_ontology, sector_groups
from spacy.attrs import (
    ENT_IOB,
    ENT_KB_ID,
    ENT_TYPE,
    IDX,
    LENGTH,
    ORTH,
    SENT_START,
    SPACY,
)
from spacy.lang.ar.stop_words import STOP_WORDS as AR_STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import filter_spans

from .document_doc import region_token_ranges, register_extensions
from .gazetteer import (
    DEMONYM,
    END,
    FORCE,
    INSTITUTION,
    INSTITUTION_CONSTRUCT,
    INSTITUTION_CONTEXT,
    KIND_RANK,
    METONYM,
    NAME,
    OFFICE,
    OFFICE_CONSTRUCT,
    PLACE,
    PLACE_TYPES,
    PLAIN,
    WEAK,
    WEAK_DEMONYM,
    WEAK_KINDS,
    WEAK_METONYM,
    WEAK_PLACE,
    Gazetteer,
    Hit,
    Term,
    office_day,
    skeleton_word,
    variant_word,
)
from .model import Entity, Mention
from .morphology_ar import ACCUSATIVE_NATIONALITY_ENDINGS, ARTICLE, forms_of, tanwin_accusative
from .normalize import install_norm_getter, normalize_ar, normalize_token
from .saved_sources import load_data, save_files, saved_files

__all__ = [
    "MENTION_KINDS",
    "INFO_INDEX",
    "SPAN_INFO",
    "ArabicLinker",
    "info_at",
    "make_arabic_linker",
    "mentions",
    "span_entity",
    "span_info",
]

MENTION_KINDS = ("name", "demonym", "metonym", "title", "composed", "place")
COMPONENT_NAME = "geokg_ar_linker"

# Proclitic groups on the first word of a name: conjunction, then preposition (ARABIC.md).
_PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
_BARE_OR_PROCLITIC = ("", *_PROCLITICS)  # a word as written, then with each proclitic
TOLD_REACH = 5  # words from a verb of being told to a group noun in what it was told
_TOLD = " told"  # the key of the verbs of being told among the cue lists' forms (``_cue_forms``)
_THAT = " that"  # the key of the complementizers' forms among them
# the keys of the words of coming from (``gk:OriginCue``) and of the adjectives of belonging
# (``gk:BelongingCue``) among them: each its CueSet role after the space (``_plain_cue_forms``)
_ORIGIN = " origin"
_BELONGING = " belonging"
_LAM_FUSION = (
    "لل",
    "ولل",
    "فلل",
)  # ل + ال: للصين = ل + الصين, the article's alef elided
_LIST_PUNCT = frozenset({"،", ",", "-", "–", "—"})  # between a title and the name it introduces
# Entity types whose nationality adjective makes a group noun theirs ("قوات أممية": the UN's).
_BODIES_OF_NO_STATE = frozenset({"InternationalOrganisation", "Bloc"})
_TITLE = "title:"  # a pending candidate's office, beside pending institutions
_UNKNOWN_PERSON = "person-ar-"  # the id prefix of a person a title names whom the gazetteer lacks
# Compass words: before a state's name they make it a place ("شمال مالي"); between في and the
# place a force serves in ("في جنوب لبنان") they belong to the force's title.
_COMPASS = frozenset({"شمال", "جنوب", "شرق", "غرب"})
# Words before a state's name that make it the place where something happens (normalised).
_LOCATIVES = frozenset({"في", "وفي", "داخل", "قرب", "بمدينه", "مدينه"}) | _COMPASS
# and "من": the words before a place that a group's own phrase names ("مسلحين من جورجيا")
_OWN_PLACE_WORDS = _LOCATIVES | {"من", "ومن"}
_ON = normalize_token("على")  # "على" normalises to "علي"
# A sound masculine plural in construct has lost its ن: "مقاتلي X", "مسلحو X" (fighters of X).
_CONSTRUCT_PLURAL_ENDINGS = ("ي", "و")


# The linker's results stay plain data (strings, numbers, tuples), so that a Doc still serialises:
# the entities it linked by id (``doc._.geokg_entities``), and per span, keyed by the span's
# character offsets (``_span_key``), what else it found (``doc._.geokg_span_info``; setting
# several underscore attributes per span costs more than the matching).
SPAN_INFO = (
    "mention_kind",
    "office",
    "office_country",
    "title_start",
    "office_fact",
    "state_by_default",
    "context_group",
    "state_from_place",
    "settled_group",
)
# each name's place in a span's info tuple
INFO_INDEX = {name: k for k, name in enumerate(SPAN_INFO)}


def _entity_data(e: Entity) -> tuple:
    return (e.id, e.label, e.type, dict(e.labels), e.country, e.sector)


def _span_entity(span: Span) -> Entity | None:
    return span_entity(span, span.doc._.geokg_entities)


def span_entity(span: Span, entities: dict | None) -> Entity | None:
    """``span._.entity`` given the Doc's ``geokg_entities``: a reader of many spans of one Doc
    reads that once (each ``span.doc._`` makes a new accessor)."""
    data = (entities or {}).get(span.kb_id_) if span.kb_id_ else None
    return Entity(*data) if data else None


def _span_key(start_char: int, end_char: int) -> int:
    return start_char << 32 | end_char


def _span_info(span: Span, index: int) -> Any:
    return span_info(span, span.doc._.geokg_span_info, index)


def span_info(span: Span, infos: dict | None, index: int) -> Any:
    """``span._.<SPAN_INFO[index]>`` given the Doc's ``geokg_span_info`` (see ``span_entity``)."""
    return info_at(span.start_char, span.end_char, infos, index)


def info_at(start_char: int, end_char: int, infos: dict | None, index: int) -> Any:
    """``span_info`` of the span at these character offsets, with no Span made for it."""
    info = (infos or {}).get(_span_key(start_char, end_char))
    if not info:
        return None
    if index == _OFFICE_FACT and info[index]:  # (relation, the state)
        return info[index][0], Entity(*info[index][1])
    return info[index]


_OFFICE_FACT = INFO_INDEX["office_fact"]


def _register_extensions() -> None:
    register_extensions()
    for name in (
        "geokg_entities",
        "geokg_span_info",
        "geokg_countries",
        "geokg_implied",
        "geokg_unsettled",
        "geokg_unsettled_armed",
        "geokg_accusative_nationals",
    ):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Span.has_extension("entity"):
        Span.set_extension("entity", getter=_span_entity)
    # title_start: the Doc token index where "الرئيس الروسي" begins before "فلاديمير بوتين", so that
    # word-order rules can treat title and name as one noun phrase. office_fact: (the relation the
    # office's holder stands in to its state, the state) for a person named under a title.
    for index, name in enumerate(SPAN_INFO):
        if not Span.has_extension(name):
            Span.set_extension(name, getter=lambda span, i=index: _span_info(span, i))


# The word of a token outside the document's paragraphs: it starts no name and no walk crosses it.
_OUTSIDE = "\x00"


@dataclass(slots=True)
class _Word:
    """A token's text analysed once: its forms and the clitic splits that start a key."""

    norm: str
    variant: str
    skeleton: str
    # (characters of the original token to skip, normalised rest, its variant, its skeleton),
    # the whole word first; only splits whose rest starts a key in some trie.
    starts: tuple[tuple[int, str, str, str], ...] = ()
    modes: tuple[str, ...] = ()  # the tries ("ar", "ar_variant", "ar_skeleton") worth walking
    # Fast path: the exact-trie node of the only start, when that is the only trie to walk.
    node: dict | None = None
    # (characters of the normalised word before a surname, the surname) for the gazetteer's
    # surnames the word may be, proclitics split off; None until a document asks
    surnames: tuple[tuple[int, str], ...] | None = None


@dataclass(slots=True)
class _Cand:
    """A candidate mention starting at one token."""

    start: int  # token index
    end: int  # token index (exclusive)
    skip: int  # clitic characters to split off the start token
    entity: Entity
    kind: str  # mention kind: name, demonym, metonym, title, composed, place
    office: str | None = None
    office_country: str | None = None
    title_start: int | None = None  # token where the title before a titled name begins
    score: tuple[int, ...] = ()
    extra: list[_Cand] = field(default_factory=list)  # e.g. the body a spokesperson speaks for
    # A weak label (also a common word) with no cue word before it: kept only if the document
    # names the entity or its country elsewhere.
    weak: bool = False
    # An ambiguous label: every (entity, mention kind) it can name, for the document's countries
    # to choose from; ``entity`` holds the data's choice until then.
    alternatives: tuple[tuple[Entity, str], ...] = ()
    # A group noun with no nationality ("الشرطة"): the institution whose country the sentence's
    # place or the document settles (``_contextual``); ``entity`` is a placeholder until then.
    # "title:<office>" for a compound title with no state ("رئيس الحكومة").
    pending: str | None = None
    # A group apart from any state whose state is only the one the document names most
    # (``_contextual``): no word of the text places it there.
    by_default: bool = False
    # Such a group's institution when its state came from the context, not from its own
    # nationality ("المتمردين في هافانا"): a government it meets may settle it otherwise.
    context_group: str | None = None
    # A group noun standing alone whose state only a place of its sentence gave ("الجيش ... في
    # غزة"): where it acted, which need not be whose it is (``relations_ar._self_act_by_place``).
    from_place: bool = False
    # A group noun standing alone whose state the context settled (a place of its sentence or
    # the document's state, not a word of its own): its institution, so that a rule that finds
    # the state a guess can have the group of no state (``doc._.geokg_implied["- <inst>"]``).
    settled_group: str | None = None
    # People counted by their nationality ("13 عراقيا"): who they are, not where events happen,
    # so their state is none of the document's states (``_certain_countries``).
    counted: bool = False


@dataclass(slots=True)
class _AfterTitle:
    """What follows a title (``ArabicLinker._after_title``)."""

    end: int  # the token after the title and its state (and a word of a former holder)
    country: str | None = None  # ISO-3 of its state
    state: _Cand | None = None  # the country named after the title
    body: _Cand | None = None  # or the body named after it ("المتحدث باسم الخارجية")
    former: bool = False  # a former holder ("السابق" after it) or a deputy ("نائب" before it)
    name_start: int = 0  # where a name after it may start (past a comma or a dash)


# Bodies whose head holds no office of their country (round 24)
_NON_STATE_BODIES = frozenset({"ArmedGroup", "PoliticalParty"})


def _state_body(after: _AfterTitle) -> bool:
    """Whether a title's office is a state's: not when the title names a party or an armed group
    ("زعيم حزب الله X", "الأمين العام لحزب X"), whose leader holds no office of its country."""
    return after.body is None or after.body.entity.type not in _NON_STATE_BODIES


_OUTSIDE_WORD = _Word(_OUTSIDE, _OUTSIDE, _OUTSIDE)

_KIND_OF_HIT = {
    NAME: "name",
    WEAK: "name",
    WEAK_PLACE: "place",
    WEAK_METONYM: "metonym",
    PLACE: "place",
    METONYM: "metonym",
    DEMONYM: "demonym",
    WEAK_DEMONYM: "demonym",
    FORCE: "composed",
}
_TIE_RANK = {
    "title": 0,
    "composed": 1,
    "name": 2,
    "place": 3,
    "metonym": 4,
    "demonym": 5,
}


def _composed_cand(start: int, end: int, skip: int, entity: Entity) -> _Cand:
    """A group noun and the state or body that qualifies it, as one mention, scored as
    ``_best_at`` ranks candidates: by its end, then above a group noun alone ending there
    (``_generic``'s 0)."""
    c = _Cand(start, end, skip, entity, "composed")
    c.score = (end, 1, -_TIE_RANK["composed"], -skip)
    return c


def _spanning_title(start: int, end: int, skip: int, entity: Entity, office: str | None = None) -> _Cand:
    """A title and the organisation or force after it, as one mention of ``entity``, scored as
    ``_best_at`` ranks titled candidates: by its end, then by its length."""
    c = _Cand(start, end, skip, entity, "title", office=office)
    c.score = (end, 1 + (end - start), -_TIE_RANK["title"], -skip)
    return c


# The first word of a compound given name (عبد الرحمن, أبو بكر): the word after it is a name.
_GIVEN_NAME_PARTICLES = frozenset(normalize_token(w) for w in ("عبد", "أبو", "أبي"))
# The words that join a name's parts ("سعد بن علي", "فاطمة ولد أحمد"): the name goes on after them.
_NAME_LINKS = _GIVEN_NAME_PARTICLES | frozenset(
    normalize_token(w) for w in ("بن", "ابن", "بنت", "ولد", "آل", "دي", "دا", "فون", "فان")
)
# Function words (spaCy's Arabic stop words): never part of a name; nor are the time words and
# adverbs of gk:NotANameCues (read with the gazetteer).
_STOP_WORDS = frozenset(normalize_token(w) for w in AR_STOP_WORDS)


class ArabicLinker:
    """Links gazetteer entities in an Arabic document's Doc (``geokg_ar_linker``)."""

    def __init__(self, nlp: Language, name: str = COMPONENT_NAME, data_dir: str | None = None):
        self.name = name
        self.data_dir = data_dir
        self._gaz: Gazetteer | None = None
        self._files: list[Path] = []
        self._words: dict[str, _Word] = {}
        self._by_orth: dict[int, _Word] = {}
        self._title_surname_index: dict[str, tuple[str, ...]] | None = None
        install_norm_getter(nlp)
        _register_extensions()

    def initialize(
        self, get_examples: Callable[[], Iterable[Example]] | None = None, *, nlp: Language | None = None
    ) -> None:
        self._load(self.data_dir)

    def _load(self, folder: str | Path | None) -> None:
        self._gaz, self._files = load_data(folder)
        self._words.clear()
        self._by_orth.clear()
        # (built from this gazetteer on first use; an attribute, not through ``__dict__``: reading
        # an instance's ``__dict__`` drops CPython's inline values, and every later attribute
        # read of the linker, in its loops over every word, costs more)
        self._title_surname_index = None
        # The offices states' officials hold (a pending title needs its holder's state).
        self._state_offices = frozenset(o for o, c in self._gaz.terms if c)
        first = self._gaz.first_words
        self._first_exact = first["ar"]
        self._first_variant = first["ar_variant"]
        self._first_skeleton = first["ar_skeleton"]
        self._cues = self._gaz.cues.get((CUE_LISTS.weak_label, "ar"), frozenset())
        self._cue_forms: dict[str, frozenset[str]] = {}  # a cue list's words with their proclitics
        self._former = self._gaz.cues.get((CUE_LISTS.former, "ar"), frozenset())
        self._not_name = _STOP_WORDS | self._gaz.cues.get((CUE_LISTS.not_a_name, "ar"), frozenset())
        # the given names an unknown person's name may open with: the gazetteer's people's, and
        # the list of gk:GivenNames (ontology/data/given_names_ar.ttl)
        self._given = frozenset(self._gaz.given_names) | self._gaz.cues.get((CUE_LISTS.given_name, "ar"), frozenset())

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gaz is None:
            raise ValueError(f"{self.name}: call nlp.initialize() (or load a saved pipeline) first")
        return self._gaz

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        self.gazetteer  # noqa: B018  (initialised)
        save_files(Path(path), self._files)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ArabicLinker:
        saved_files(Path(path))  # a saved linker's folder
        self._load(path)
        return self

    # -- word analysis ----------------------------------------------------------------------

    def _word(self, text: str) -> _Word:
        w = self._words.get(text)
        if w is None:
            w = self._words[text] = self._analyse(text)
        return w

    def _analyse(self, text: str) -> _Word:
        norm = normalize_token(text)
        word = _Word(norm, variant_word(norm), skeleton_word(norm))
        options: list[tuple[int, str]] = [(0, norm)]
        if len(norm) > 2:
            for p in _LAM_FUSION:
                if norm.startswith(p) and len(norm) > len(p) + 1:
                    options.append((len(p) - 1, ARTICLE + norm[len(p) :]))
            for p in _PROCLITICS:
                if norm.startswith(p) and len(norm) > len(p) + 1:
                    options.append((len(p), norm[len(p) :]))
        starts = []
        modes: set[str] = set()
        to_orig = None
        for k, rest in options:
            v, s = variant_word(rest), skeleton_word(rest)
            found = set()
            if rest in self._first_exact:
                found.add("ar")
            if v in self._first_variant:
                found.add("ar_variant")
            if s in self._first_skeleton:
                found.add("ar_skeleton")
            if found:
                if k and to_orig is None:
                    to_orig = normalize_ar(text).to_orig
                skip = to_orig[k] if k else 0
                starts.append((skip, rest, v, s))
                modes |= found
        if not starts:
            # A misspelt name (one edit from a name's first word, long words only): walk on as if
            # the word were spelt right; the rest of a multi-word name must still match.
            for k, rest in options:
                fixed = self._gaz.typo_word(rest)  # type: ignore[union-attr]
                if fixed is not None:
                    if k and to_orig is None:
                        to_orig = normalize_ar(text).to_orig
                    starts.append((to_orig[k] if k else 0, fixed, variant_word(fixed), skeleton_word(fixed)))
                    modes.add("ar")
                    break
        word.starts = tuple(starts)
        word.modes = tuple(m for m in ("ar", "ar_variant", "ar_skeleton") if m in modes)
        if len(starts) == 1 and "ar" in modes:
            word.node = self._gaz.tries["ar"][starts[0][1]]  # type: ignore[union-attr]
        return word

    # -- matching ---------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        gaz = self.gazetteer
        regions = region_token_ranges(doc)
        words, found = self._match(doc, regions)
        found = self._counted_nationals(words, found)
        if gaz.given_names:
            found = self._without_other_bearers(doc, words, found)
        countries = _certain_countries(found)
        if any(c.weak or c.alternatives for c in found):
            found = _by_context(found, countries)
        doc._.geokg_unsettled, doc._.geokg_unsettled_armed = [], []
        if any(c.pending for c in found):
            found = self._contextual(doc, words, found, countries, doc._.geokg_date)
        self._stateless_forces(doc, words, found)
        if gaz.surnames and any(c.entity.type == "Person" for c in found):
            found = self._surnames(doc, words, found)
        doc._.geokg_countries = countries
        doc._.geokg_entities = {}
        doc._.geokg_span_info = {}
        nationals = self._accusative_nationals(doc, words)
        doc._.geokg_accusative_nationals = nationals
        doc._.geokg_implied = self._implied(found, countries, {c for c in nationals.values() if c})
        if found:
            doc = self._apply(doc, found)
        return doc

    def _words_of(self, doc: Doc, regions: list[tuple[int, int]]) -> list[_Word]:
        """Every token's analysis; tokens outside the paragraphs get one that matches nothing."""
        # Token texts by their hashes: creating a Token object per word costs more than matching.
        strings = doc.vocab.strings
        cache = self._by_orth
        if len(self._words) > 500_000:  # bound the memory on endless streams
            self._words.clear()
            cache.clear()
        orths = doc.to_array(ORTH).tolist()
        words: list[_Word] = [_OUTSIDE_WORD] * len(orths)
        for lo, hi in regions:
            for k in range(lo, hi):
                orth = orths[k]
                w = cache.get(orth)
                if w is None:
                    w = cache.setdefault(orth, self._word(strings[orth]))
                words[k] = w
        return words

    def _match(self, doc: Doc, regions: list[tuple[int, int]]) -> tuple[list[_Word], list[_Cand]]:
        """The left-to-right pass: every token's analysis and the candidates found, before
        what needs the whole document (context, surnames) is settled."""
        gaz = self.gazetteer
        words = self._words_of(doc, regions)
        date = doc._.geokg_date
        found: list[_Cand] = []
        n = len(words)
        get = gaz.entities.get
        limit_all = n
        free = 0  # the first token not covered by a mention found so far
        # Visit only the tokens that can start a key: most words of running text cannot.
        for i in [k for k, w in enumerate(words) if w.starts]:
            if i < free:
                continue
            w = words[i]
            node = w.node
            if node is not None:
                # Fast path for the common case, one clitic reading and a plain name: walk the
                # exact trie to its deepest key. Only if a title or institution lies on the way
                # (or nothing matched but variants might) does the full analysis run.
                last, last_end = node.get(END), i + 1
                plain = node.get(PLAIN, True)
                j = i + 1
                while plain and j < limit_all:
                    node = node.get(words[j].norm)
                    if node is None:
                        break
                    j += 1
                    hits = node.get(END)
                    if hits:
                        plain = node[PLAIN]
                        last, last_end = hits, j
                if plain:
                    if not last and len(w.modes) == 1:
                        continue
                    if last and len(last) == 1:
                        entity = get(last[0].ref)
                        if entity is not None:
                            kind = _KIND_OF_HIT[last[0].kind]
                            found.append(_Cand(i, last_end, w.starts[0][0], entity, kind))
                            free = last_end
                            continue
            cand, blocked_to = self._best_at(words, i, date, allow_titles=True)
            if cand is None:
                free = max(i + 1, blocked_to)
                continue
            found.extend(cand.extra)
            found.append(cand)
            free = cand.end
        return words, found

    def _walk(self, words: list[_Word], i: int, mode: str) -> list[tuple[int, int, list[Hit]]]:
        """All (skip, end, hits) for keys starting at token i in trie ``mode``."""
        trie = self._gaz.tries[mode]  # type: ignore[union-attr]
        out = []
        limit = min(len(words), i + self._gaz.max_words)  # type: ignore[union-attr]
        for skip, rest, var, skel in words[i].starts:
            first = rest if mode == "ar" else var if mode == "ar_variant" else skel
            node = trie.get(first)
            j = i + 1
            while node is not None:
                hits = node.get(END)
                if hits:
                    out.append((skip, j, hits))
                if j >= limit:
                    break
                w = words[j]
                node = node.get(w.norm if mode == "ar" else w.variant if mode == "ar_variant" else w.skeleton)
                j += 1
        return out

    def _entity_cands(self, words: list[_Word], i: int, walked: Iterable[tuple[int, int, list[Hit]]]) -> list[_Cand]:
        gaz = self._gaz
        assert gaz is not None
        out = []
        for skip, end, hits in walked:
            ent_hits = [h for h in hits if h.kind in KIND_RANK]
            if not ent_hits:
                continue
            alternatives: tuple[tuple[Entity, str], ...] = ()
            if len(ent_hits) == 1:
                resolved = ent_hits
            else:
                resolved = gaz.resolve_hits(ent_hits, self._key(words, i, end, skip))
                alternatives = self._alternatives(ent_hits)
                capital = [h for h in ent_hits if h.kind == METONYM]
                if alternatives and capital and self._after_capital(words, i):
                    resolved, alternatives = capital[:1], ()  # "العاصمة عمان" is Amman, not Oman
                elif alternatives and capital and i > 0 and self._after_cue(words[i - 1], CUE_LISTS.locative):
                    resolved = capital[:1]  # "في عمان": the city first; the document may say Oman
            for h in resolved:
                if h.refused_after and i > 0 and self._after_cue(words[i - 1], h.refused_after):
                    continue
                entity = gaz.get(h.ref)
                if entity is not None:
                    c = _Cand(i, end, skip, entity, _KIND_OF_HIT[h.kind], alternatives=alternatives)
                    # (a preposition cues a weak name, never an adjective: "في المالية")
                    c.weak = h.kind in WEAK_KINDS and (h.kind == WEAK_DEMONYM or not self._cued(words, i, skip))
                    out.append(c)
        return out

    def _without_other_bearers(self, doc: Doc, words: list[_Word], found: list[_Cand]) -> list[_Cand]:
        """A person's surname label right after a given name not of that person ("عبد الرحمن
        مودي", "محمد مودي") is another bearer of the family name: no link. A title, a verb or
        the person's own given name before it keeps the link ("رئيس الوزراء الهندي مودي")."""
        gaz = self._gaz
        assert gaz is not None
        starts = {c.start for c in found}
        ends = {c.end for c in found}
        kept, dropped = [], set()
        for c in found:
            k = c.start - 1
            if (
                c.entity.type == "Person"
                and c.end - c.start == 1
                and c.skip == 0
                and k >= 0
                and k not in starts
                and c.start not in ends
                and c.entity.id in gaz.surnames.get(words[c.start].norm, ())
                and self._given_name_before(doc, words, k, c.entity.id)
            ):
                dropped.update(id(x) for x in c.extra)  # the body its spokesperson speaks for
                continue
            kept.append(c)
        return [c for c in kept if id(c) not in dropped] if dropped else kept

    def _given_name_before(self, doc: Doc, words: list[_Word], k: int, person: str) -> bool:
        """Whether token ``k`` ends a given name the gazetteer knows, not for ``person``: one
        word (محمد) or a particle and its noun (عبد الرحمن)."""
        gaz = self._gaz
        assert gaz is not None
        norm = words[k].norm
        if doc[k].text.endswith("ى") or not norm.isalpha():
            return False  # "أثنى على مودي": the preposition, not the name علي
        if norm.startswith(ARTICLE):
            return k > 0 and words[k - 1].norm in _GIVEN_NAME_PARTICLES
        bearers = gaz.given_names.get(norm, ())
        return bool(bearers) and person not in bearers

    def _surnames(self, doc: Doc, words: list[_Word], found: list[_Cand]) -> list[_Cand]:
        """A surname alone (``وقال لافروف``) after the document has named the person in full."""
        gaz = self._gaz
        assert gaz is not None
        named: dict[str, int] = {}  # person id → token where the document first names them
        covered = bytearray(len(words))
        for c in found:
            covered[c.start : c.end] = b"\x01" * (c.end - c.start)
            if c.entity.type == "Person" and c.end - c.start > 1:
                named.setdefault(c.entity.id, c.start)
        local = self._unknown_surnames(found)
        if not named and not local:
            return found
        added = []
        for k, w in enumerate(words):
            if covered[k] or len(w.norm) < 3:
                continue
            mine = self._local_surname(doc, w, k, local) if local else None
            if mine is not None:
                added.append(mine)
                continue
            if w.surnames is None:  # (once per distinct word: the analysis is cached)
                options = [(0, w.norm)] + [(len(p), w.norm[len(p) :]) for p in _PROCLITICS if w.norm.startswith(p)]
                w.surnames = tuple((cut, rest) for cut, rest in options if rest in gaz.surnames)
            for cut, rest in w.surnames:
                ids = [i for i in gaz.surnames[rest] if named.get(i, k) < k]
                if len(ids) != 1:
                    continue
                skip = normalize_ar(doc[k].text).to_orig[cut] if cut else 0
                added.append(_Cand(k, k + 1, skip, gaz.entities[ids[0]], "name"))
                break
        return sorted(found + added, key=lambda c: c.start) if added else found

    def _unknown_surnames(self, found: list[_Cand]) -> dict[str, tuple[int, Entity]]:
        """The surnames of the people a title names whom the gazetteer does not know ("وزير
        الدفاع السوداني عادل سليمان"), by the gazetteer's rule for its own people: the last word,
        four letters or more, not after a particle nor with the article, no common word
        (gk:NotASurnameAlone) and no surname of a known person; with where the full name ends."""
        gaz = self._gaz
        assert gaz is not None
        never = gaz.cues.get((CUE_LISTS.not_a_surname, "ar"), frozenset()) | self._not_name
        out: dict[str, tuple[int, Entity]] = {}
        for c in found:
            if not c.entity.id.startswith(_UNKNOWN_PERSON):
                continue
            words = c.entity.label.split()
            last = words[-1]
            if len(words) < 2 or len(last) < 4 or last.startswith(ARTICLE) or words[-2] in _NAME_LINKS:
                continue
            if last not in never and last not in gaz.surnames and last not in self._given:
                out.setdefault(last, (c.end, c.entity))
        return out

    def _local_surname(self, doc: Doc, w: _Word, k: int, local: dict[str, tuple[int, Entity]]) -> _Cand | None:
        """ "... عادل سليمان ... وقال سليمان": an unknown person's surname alone, after the full
        name, with or without a proclitic, is that person."""
        for p in _BARE_OR_PROCLITIC:
            rest = w.norm[len(p) :]
            if w.norm.startswith(p) and rest in local and local[rest][0] <= k:
                skip = normalize_ar(doc[k].text).to_orig[len(p)] if p else 0
                return _Cand(k, k + 1, skip, local[rest][1], "name")
        return None

    def _alternatives(self, hits: list[Hit]) -> tuple[tuple[Entity, str], ...]:
        """The distinct entities an ambiguous label can name (demonyms aside), best kind first."""
        seen: dict[str, tuple[Entity, str]] = {}
        for h in sorted(hits, key=lambda h: KIND_RANK[h.kind]):
            entity = self._gaz.get(h.ref)  # type: ignore[union-attr]
            if entity is not None and h.kind != DEMONYM and h.ref not in seen:
                seen[h.ref] = (entity, _KIND_OF_HIT[h.kind])
        return tuple(seen.values()) if len(seen) > 1 else ()

    def _key(self, words: list[_Word], i: int, end: int, skip: int) -> str:
        first = next((r for s, r, _, _ in words[i].starts if s == skip), words[i].norm)
        return " ".join([first] + [w.norm for w in words[i + 1 : end]])

    def _after_capital(self, words: list[_Word], i: int) -> bool:
        """Whether a word for a capital ("العاصمة") stands right before token ``i``, or before a
        nationality adjective that does ("العاصمة الأردنية عمان")."""
        if i > 0 and self._after_cue(words[i - 1], CUE_LISTS.capital):
            return True
        adjective = i > 1 and words[i - 1].norm.endswith(("يه", "ي"))
        return adjective and self._after_cue(words[i - 2], CUE_LISTS.capital)

    def _after_cue(self, before: _Word, cue_list: str) -> bool:
        """Whether the word before a name is one of a cue list's words, with or without a
        proclitic (باتجاه, وباتجاه)."""
        forms = self._cue_forms.get(cue_list)
        if forms is None:  # (every word with every proclitic, once per list: asked of most names)
            cues = self._gaz.cues.get((cue_list, "ar"), frozenset())  # type: ignore[union-attr]
            forms = self._cue_forms[cue_list] = frozenset(p + c for p in _BARE_OR_PROCLITIC for c in cues)
        return before.norm in forms

    def _told_verb(self, w: _Word) -> bool:
        """Whether a word is a verb of being told or learning (``gk:InformedCue``, the one word
        class the event reader matches too): every form of its verbs, with or without a proclitic."""
        forms = self._cue_forms.get(_TOLD)
        if forms is None:  # (once: asked of the words around most names)
            onto = load_ontology()
            specs = onto.cues(onto.cue_set.informed.name, "ar")
            verbs = {f.text for spec in specs for f in forms_of(spec.split()[0])}
            forms = self._cue_forms[_TOLD] = frozenset(p + v for p in _BARE_OR_PROCLITIC for v in verbs)
        return w.norm in forms

    def _plain_cue_forms(self, key: str) -> frozenset[str]:
        """The Arabic words of the cue list whose ``CueSet`` role is ``key`` without its leading
        space (``_BELONGING``, ``_ORIGIN``), normalised as written (no proclitics): read once."""
        forms = self._cue_forms.get(key)
        if forms is None:  # (once)
            onto = load_ontology()
            cue = getattr(onto.cue_set, key.strip())
            forms = self._cue_forms[key] = frozenset(normalize_token(w) for w in onto.cues(cue.name, "ar"))
        return forms

    def _origin_country(self, words: list[_Word], found: list[_Cand], c: _Cand) -> str | None:
        """The state a group noun came from: a place after a word of coming or setting out and من
        right after it (``gk:OriginCue``: "مسلحون قادمون من الصومال", "تسللوا من شمال أفغانستان"),
        which is theirs, whatever the place they struck."""
        forms = self._plain_cue_forms(_ORIGIN)
        if c.end + 2 >= len(words) or words[c.end].norm not in forms or words[c.end + 1].norm != "من":
            return None
        at = self._origin_at(words, c)
        place = next((m for m in found if m.start == at and not m.pending and not m.weak), None)
        return place.entity.country if place is not None else None

    @staticmethod
    def _origin_at(words: list[_Word], c: _Cand) -> int:
        """Where the place after a group noun's "قادمون من" starts (past a compass word)."""
        if c.end + 2 >= len(words):
            return -1
        return c.end + 3 if words[c.end + 2].norm in _COMPASS else c.end + 2

    def _cued(self, words: list[_Word], i: int, skip: int) -> bool:
        return skip == 0 and i > 0 and words[i - 1].norm in self._cues

    def _best_at(self, words: list[_Word], i: int, date: str | None, allow_titles: bool) -> tuple[_Cand | None, int]:
        """The best candidate starting at token i, and how far an unresolved title blocks."""
        gaz = self._gaz
        assert gaz is not None
        modes = words[i].modes
        walked = self._walk(words, i, "ar") if "ar" in modes else []
        cands = self._entity_cands(words, i, walked) if walked else []
        if not cands and "ar_variant" in modes:
            cands = self._entity_cands(words, i, self._walk(words, i, "ar_variant"))
        if not cands and "ar_skeleton" in modes:
            cands = self._entity_cands(words, i, self._walk(words, i, "ar_skeleton"))
        for c in cands:
            c.score = (c.end, 0, -_TIE_RANK[c.kind], -c.skip)
        blocked_to = 0
        for skip, end, hits in walked:
            for h in hits:
                if h.kind in (INSTITUTION, INSTITUTION_CONSTRUCT):
                    c = self._composed(words, i, skip, end, h.ref)
                    if c is None and h.kind == INSTITUTION_CONSTRUCT:
                        c = self._construct_of_qualified(words, i, skip, end, h.ref)
                elif h.kind == INSTITUTION_CONTEXT:
                    c = self._composed(words, i, skip, end, h.ref) or self._generic(i, skip, end, h.ref)
                elif h.kind in (OFFICE, OFFICE_CONSTRUCT) and allow_titles:
                    c = self._title(words, i, skip, end, h.ref, date)
                else:
                    continue
                if c is None:
                    blocked_to = max(blocked_to, end)
                else:
                    cands.append(c)
        if not cands:
            return None, blocked_to
        best = max(cands, key=lambda c: c.score)
        if blocked_to > best.end and best.start == i and not best.extra:
            # A longer title or institution that resolved to nothing ("مجلس الأمن القومي" with no
            # country) must not let a shorter name inside it ("مجلس الأمن") through.
            return None, blocked_to
        return best, blocked_to

    def _affiliation(
        self, words: list[_Word], k: int, date: str | None, weak_ok: bool = False, demonym_ok: bool = False
    ) -> _Cand | None:
        """The entity named from token ``k`` on, with no clitic: a state, a body or a person
        after a title or a group noun (``weak_ok``: a weak label counts, the words before it a cue;
        ``demonym_ok``: a weak demonym counts, the title or group noun licensing it)."""
        if k >= len(words) or not words[k].starts:
            return None
        cand, _ = self._best_at(words, k, date, allow_titles=False)
        licensed = demonym_ok if cand is not None and cand.kind == "demonym" else weak_ok
        if cand is None or cand.start != k or cand.skip or (cand.weak and not licensed):
            return None
        cand.weak = False
        return cand

    def _composed(self, words: list[_Word], i: int, skip: int, end: int, inst: str) -> _Cand | None:
        institution = self._gaz.institutions.get(inst)  # type: ignore[union-attr]
        licenses = institution is not None and institution.licenses_weak_demonym
        aff = self._affiliation(words, end, None, demonym_ok=licenses)
        if aff is not None and self._disagrees(words, i, skip, end, aff):
            aff = None
        if aff is not None and aff.entity.type == "Country" and aff.entity.country:
            iso3, aff_end = aff.entity.country, aff.end
        elif aff is not None and aff.kind == "demonym" and aff.entity.type in _BODIES_OF_NO_STATE:
            # "قوات أممية", "جنود أوروبيون": a group of an organisation of no state acts as it
            return _composed_cand(i, aff.end, skip, aff.entity)
        else:
            iso3, aff_end = self._accusative_nationality(words, end), end + 1
        if iso3 is None:
            return None
        entity = self._gaz.composed(inst, iso3)  # type: ignore[union-attr]
        if entity is None:
            return None
        return _composed_cand(i, aff_end, skip, entity)

    def _construct_of_qualified(self, words: list[_Word], i: int, skip: int, end: int, inst: str) -> _Cand | None:
        """ "مستوطنو المستوطنات الإسرائيلية": a group noun in construct form before a definite
        noun that a definite nationality qualifies belongs to that state, as the noun does (the
        settlers of the Israeli settlements are Israeli); the adjective is no party of its own."""
        institution = self._gaz.institutions.get(inst)  # type: ignore[union-attr]
        if institution is None or not institution.residents:
            return None  # "مسلحو الحركة ...": only where people live tells their state (gk:residentsByGenitive)
        aff = None
        # the genitive: a definite noun, maybe with a definite adjective ("البؤر الاستيطانية")
        for k in (end + 1, end + 2):
            if k >= len(words) or not words[k - 1].norm.startswith(ARTICLE) or words[k - 1].starts:
                return None
            aff = self._affiliation(words, k, None, demonym_ok=True)
            if aff is not None:
                break
        if aff is None or aff.kind != "demonym" or not aff.entity.country or not self._with_article(words, aff):
            return None
        entity = self._gaz.composed(inst, aff.entity.country)  # type: ignore[union-attr]
        if entity is None:
            return None
        return _composed_cand(i, aff.end, skip, entity)

    def _disagrees(self, words: list[_Word], i: int, skip: int, end: int, aff: _Cand) -> bool:
        """Whether the state after a group noun cannot qualify it: an adjective agrees with its
        noun in definiteness ("مسلحون الكينيين" is gunmen and the Kenyans, "المتمردون الصوماليون"
        Somali rebels), and a name completes a construct only after a head without the article
        ("حكومة الخرطوم"; "المتظاهرون بكين" is the protesters and Beijing)."""
        last = words[end - 1].norm
        if end - 1 == i and skip:
            last = next((rest for k, rest, _, _ in words[i].starts if k == skip), last)
        definite = last.startswith(ARTICLE)
        if aff.kind != "demonym":
            return definite
        return definite != self._with_article(words, aff) or case_differs(last, words[aff.end - 1].norm)

    def _with_article(self, words: list[_Word], aff: _Cand) -> bool:
        """Whether a nationality adjective carries the article: without ال on each word it is
        still a demonym (ألماني, normalised الماني, is no definite form)."""
        node: dict | None = self.gazetteer.tries["ar"]
        for k in range(aff.start, aff.end):
            norm = words[k].norm
            if not norm.startswith(ARTICLE) or node is None:
                return False
            node = node.get(norm[2:])
        # (a weak demonym's bare form may be its state's weak name: المالي is ال + مالي)
        hits = (node.get(END) if node else None) or ()
        return any(h.kind == DEMONYM or (h.kind in WEAK_KINDS and h.ref == aff.entity.id) for h in hits)

    def _accusative_nationality(self, words: list[_Word], k: int) -> str | None:
        """The state of a nationality adjective in the indefinite accusative right after a group
        noun ("جنديا أمريكيا": the ـيا of a demonym in ـي). Only here: alone, such a word is
        too often something else to be linked as its state."""
        norm = words[k].norm if k < len(words) else ""
        if len(norm) < 4 or not norm.endswith("يا"):
            return None
        countries = self._demonym_countries(self.gazetteer.tries["ar"].get(norm[:-1]))
        return countries[0] if countries else None

    def _accusative_nationals(self, doc: Doc, words: list[_Word]) -> dict[int, str | None]:
        """Every word that reads as a nationality adjective in the indefinite accusative
        ("فلسطينيا"), by its character offset: its state, or None where it names no one state
        (an ethnic group's, several states'). No mention: alone such a word is too often
        something else; only the rules that ask at a noun it may qualify read it (an
        assassination's victim, ``geokg.extract.events_ar``)."""
        out: dict[int, str | None] = {}
        trie = self.gazetteer.tries["ar"]
        for k, w in enumerate(words):
            if len(w.norm) < 4 or not w.norm.endswith("يا"):
                continue
            node = trie.get(w.norm[:-1])
            if any(h.kind == DEMONYM for h in (node.get(END) if node else None) or ()):
                countries = set(self._demonym_countries(node))
                out[doc[k].idx] = countries.pop() if len(countries) == 1 else None
        return out

    def _demonym_countries(self, node: dict | None) -> list[str]:
        """The states (ISO-3) whose nationality adjective ends at a node of the Arabic trie."""
        gaz = self.gazetteer
        out = []
        for h in (node.get(END) if node else None) or ():
            entity = gaz.get(h.ref) if h.kind == DEMONYM else None
            if entity is not None and entity.type == "Country" and entity.country:
                out.append(entity.country)
        return out

    def _counted_nationals(self, words: list[_Word], found: list[_Cand]) -> list[_Cand]:
        """People counted by their nationality: a nationality adjective in the indefinite
        accusative right after a number (any digits, or the words of gk:AccusativeCountCues, the
        tens that take it: 11 to 99) is the number's counted noun, "13 عراقيا" thirteen Iraqis, so it
        names people of that state (gk:Civilians composed), not the state. Each word of a
        two-word nationality takes the ending ("23 كوريا جنوبيا"), and the state's name inside
        such a phrase (كوريا) gives way."""
        counts = self.gazetteer.cues.get((CUE_LISTS.accusative_count, "ar"), frozenset())
        # (the number first: it is rare, and this runs over every word of every document)
        spots = [
            i
            for i in range(1, len(words))
            if (words[i - 1].norm.isdigit() or words[i - 1].norm in counts) and words[i].norm.endswith("يا")
        ]
        for i in spots:
            people = self._counted_people(words, i)
            if people is None:
                continue
            found = [c for c in found if c.end <= i or c.start >= people.end]
            bisect.insort(found, people, key=lambda c: c.start)
        return found

    def _counted_people(self, words: list[_Word], i: int) -> _Cand | None:
        """The civilians of the state whose nationality the accusative words from token i give."""
        gaz = self.gazetteer
        node: dict | None = gaz.tries["ar"]
        best: tuple[int, str] | None = None
        k = i
        while node is not None and k < len(words) and words[k].norm.endswith("يا") and len(words[k].norm) > 3:
            node = node.get(words[k].norm[:-1])
            k += 1
            countries = self._demonym_countries(node)
            if countries:
                best = (k, countries[-1])
        if best is None:
            return None
        entity = gaz.composed("Civilians", best[1])
        return None if entity is None else _Cand(i, best[0], 0, entity, "composed", counted=True)

    def _generic(self, i: int, skip: int, end: int, inst: str) -> _Cand | None:
        """A group noun standing alone ("الشرطة", "مسلحون مجهولون"), its country settled later."""
        institution = self._gaz.institutions.get(inst)  # type: ignore[union-attr]
        if institution is None:
            return None
        placeholder = Entity(id="", label=institution.id, type=institution.type, sector=institution.sector)
        c = _Cand(i, end, skip, placeholder, "composed", pending=inst)
        c.score = (end, 0, -_TIE_RANK["composed"], -skip)
        return c

    def _contextual(
        self, doc: Doc, words: list[_Word], found: list[_Cand], countries: dict[str, int], date: str | None
    ) -> list[_Cand]:
        """Group nouns with no nationality take the country of the nearest place their sentence
        names (a city or region, a state after "في" or "ب"), else of the state the document names
        most; a noun whose country stays unsettled is dropped. A group apart from any state
        settles otherwise (``_own_phrase_country``)."""
        sentence = numpy.cumsum(doc.to_array(SENT_START) == 1).tolist()
        side = self._this_side(words, found, countries)
        fallback = _most_named(side)
        places = [(c.start, c.entity.country) for c in found if not c.pending and self._locates(words, c)]
        # Where the document's events happen: the state of most of the places it names.
        where = _most_named(Counter(iso3 for _, iso3 in places))
        out, unsettled = [], []
        for c in found:
            force = _force_partitive(words, found, c, self._plain_cue_forms(_BELONGING)) if c.pending else None
            if force is not None:  # "جنديان من الجيش الأمريكي": the soldiers are that force
                c.entity, c.pending = force.entity, None
            if c.pending:
                institution = self.gazetteer.institutions.get(c.pending)
                origin = self._origin_country(words, found, c)
                apart = institution is not None and institution.apart
                # "مسلحون قادمون من كينيا": where unnamed gunmen set out from is not their state (the
                # coders give unidentified attackers the state where they struck); soldiers' is
                here = [p for p in places if not (apart and origin and p[0] == self._origin_at(words, c))]
                iso3, near = self._place_state(words, found, c, here, sentence, (side, fallback))
                dropped, origin = (origin, None) if apart else (None, origin)
                if origin is not None:  # "مسلحون قادمون من الصومال": of where they came from
                    iso3, near = origin, False
                if institution is not None and institution.apart:
                    own = origin or _own_phrase_country(words, found, c)
                    others = _without_object(words, found, c, side, fallback)
                    iso3 = own or (iso3 if near else where or others) or _partner_country(words, found, c)
                    c.by_default = iso3 is not None and not (own or near or where)
                    c.context_group = c.pending
                if dropped is not None and iso3 == dropped:
                    iso3 = None  # (the document's state, named most as where they set out from)
                c.from_place = near and not (institution is not None and institution.apart and own)
                if iso3 is None or not self._settle(c, iso3, date):
                    unsettled.append((doc[c.start].idx, doc[c.end - 1].idx + len(doc[c.end - 1])))
                    self._stateless_armed(doc, c, unsettled[-1])
                    continue
                if institution is not None and institution.apart:
                    c.settled_group = None  # (a group apart from any state settles otherwise)
            out.append(c)
        # Where a party stands that no state could be given: an argument slot that is taken
        # ("اتهم الرئيس المتمردين بـ": the accused are named, just not linked).
        doc._.geokg_unsettled = unsettled
        return out

    def _place_state(
        self,
        words: list[_Word],
        found: list[_Cand],
        c: _Cand,
        places: list[tuple[int, str | None]],
        sentence: list[int],
        document: tuple[dict[str, int], str | None],
    ) -> tuple[str | None, bool]:
        """The state a pending candidate takes from where it is told of, and whether a place of
        its sentence gave it: the nearest such place, else the document's state (``document``:
        its states' mentions and the one named most). A title never takes the state named right
        after it (the verb's object)."""
        side, fallback = document
        # news someone was told: only a place in what was told, never the document's state
        told = self._told_of(words, c)
        same = [(k, iso3) for k, iso3 in places if sentence[k] == sentence[c.start] and (told is None or k >= told)]
        # "أعلن متحدث في واشنطن أن مسلحين هاجموا قاعدة في مالي": the reported clause's own place
        # is where its unnamed group is, never the speaker's
        opened = self._clause_opened(words, c.start, sentence)
        if opened is not None and any(k > opened for k, _ in same):
            same = [(k, iso3) for k, iso3 in same if k > opened]
        near = [(abs(k - c.start), iso3) for k, iso3 in same]
        iso3 = min(near)[1] if near else (fallback if told is None else None)
        if c.pending is not None and c.pending.startswith(_TITLE) and iso3 is not None:
            iso3 = _not_the_next_state(found, c, iso3, side)
        return iso3, bool(near)

    def _stateless_forces(self, doc: Doc, words: list[_Word], found: list[_Cand]) -> None:
        """ "وقصفت القوات المدنيين": a forces noun that names no state (``gk:StatelessForceNouns``)
        standing alone, in no mention (no nationality, construct or name composed it), is no
        party; it still fills its argument slot, so its characters join ``doc._.geokg_unsettled``
        and no noun after it takes its place (the victims never become the attacker)."""
        hits = [k for k, w in enumerate(words) if self._after_cue(w, CUE_LISTS.stateless_force)]
        if not hits:  # (most documents: no set of every mention's words to build)
            return
        covered = {k for c in found for k in range(c.start, c.end)}
        for k in hits:
            if k not in covered:
                doc._.geokg_unsettled.append((doc[k].idx, doc[k].idx + len(doc[k])))

    def _clause_opened(self, words: list[_Word], at: int, sentence: list[int]) -> int | None:
        """The last complementizer (``gk:ComplementizerCue``: "أن", "إن", "بأن", with a pronoun
        "أنهم") of the sentence before word ``at``: where the clause a group noun there is in opens."""
        forms = self._cue_forms.get(_THAT)
        if forms is None:  # (once)
            onto = load_ontology()
            bare = {normalize_token(w) for w in onto.cues(onto.cue_set.complementizer.name, "ar")}
            forms = self._cue_forms[_THAT] = frozenset(
                p + w + x for p in ("", "و") for w in bare for x in ("", "ه", "ها", "هم")
            )
        k = at - 1
        while k >= 0 and sentence[k] == sentence[at]:
            if words[k].norm in forms:
                return k
            k -= 1
        return None

    def _stateless_armed(self, doc: Doc, c: _Cand, chars: tuple[int, int]) -> None:
        """An armed group noun no state could be given ("على يد مسلحين" in a report that names no
        place): its characters and the implied armed institution that may stand for it, of no
        state (``"- <institution>"`` in ``doc._.geokg_implied``: the unidentified attackers), in
        ``doc._.geokg_unsettled_armed``; only the agent of an act of force takes it
        (``geokg.extract.events_ar``), elsewhere it stays unsettled."""
        gaz = self.gazetteer
        group = gaz.institutions.get(c.pending or "")
        if group is None or group.type != "ArmedGroup":
            return
        stand_in = next((i for i in gaz.institutions.values() if i.implied and i.type == group.type), None)
        if stand_in is not None:
            doc._.geokg_unsettled_armed.append((*chars, stand_in.id))

    def _this_side(self, words: list[_Word], found: list[_Cand], countries: dict[str, int]) -> dict[str, int]:
        """The document's countries without the mentions of a state across a border ("قرب الحدود
        مع تشاد": the events are on the other side), which type no group noun by default."""
        counts = dict(countries)
        for c in found:
            if not c.entity.country or c.entity.country not in counts:
                continue
            if self._across_border(words, c) or self._informed(words, c) or self._of_a_thing(words, c):
                counts[c.entity.country] -= 1
        return {iso3: n for iso3, n in counts.items() if n > 0}

    @staticmethod
    def _of_a_thing(words: list[_Word], c: _Cand) -> bool:
        """ "المنتجات الدنماركية", "بضائع أمريكية"; "سائحين ألمانيين", "مهندسين صينيين": a
        nationality standing alone (it qualifies no actor, or it would be in the actor's mention)
        in the feminine singular agrees with a thing or a plural of things, and in the plural
        names people by where they are from, often the foreigners the news is about: whose they
        are, not where the story's unnamed gunmen or police are. The masculine singular ("الجانب
        الأمريكي", "القصف الإسرائيلي") names a side acting, and is counted."""
        if c.kind == "demonym" and words[c.end - 1].norm.endswith(_THING_OR_PEOPLE_ENDINGS):
            return True
        return _accusative_people(words, c)

    def _across_border(self, words: list[_Word], c: _Cand) -> bool:
        if c.start < 2 or words[c.start - 1].norm not in ("مع", "ومع"):
            return False
        return self._after_cue(words[c.start - 2], CUE_LISTS.border)

    def _informed(self, words: list[_Word], c: _Cand) -> bool:
        """ "أبلغ الرئيس الأمريكي بمقتل", "الوزير أُبلغ بالهجوم": a mention right after or right
        before a verb of being told is the party who heard the news, not where it happened."""
        after = c.start > 0 and self._told_verb(words[c.start - 1])
        return after or (c.end < len(words) and self._told_verb(words[c.end]))

    def _told_of(self, words: list[_Word], c: _Cand) -> int | None:
        """ "أبلغ المجلس بمقتل الجنود": a group noun in what someone was told (a "ب" phrase a few
        words after a verb of being told) is news from elsewhere; the document's own state, often
        the teller's or the told party's, says nothing of theirs. Where what was told starts."""
        lo = max(0, c.start - TOLD_REACH)
        for k in range(c.start - 1, lo - 1, -1):
            if words[k].norm.startswith(("ب", "وب")):
                told = any(self._told_verb(words[j]) for j in range(lo, k))
                return k if told else None
        return None

    def _settle(self, c: _Cand, iso3: str, date: str | None) -> bool:
        """A pending group noun or title given its state: the composed institution, or the title's
        holder on the document's date (the state itself when no holder is known)."""
        gaz = self.gazetteer
        if c.pending and c.pending.startswith(_TITLE):
            office = c.pending[len(_TITLE) :]
            term = gaz.holder_term(office, iso3, office_day(date))
            holder = gaz.get(term.person) if term else None
            entity = holder or gaz.country(iso3)
            c.office = (term.office if office in term.titles else office) if term and holder else None
            c.office_country = iso3 if c.office else None
        else:
            entity = gaz.composed(c.pending, iso3) if c.pending else None
            c.settled_group = c.pending if entity is not None else None
        if entity is None:
            return False
        c.entity, c.pending = entity, None
        return True

    def _locates(self, words: list[_Word], c: _Cand) -> bool:
        """Whether a mention names where something happens: a place, a state after "في"/"ب", or a
        capital standing for its state after a word for a capital ("في العاصمة اليمنية صنعاء":
        where, as "في صنعاء" is), or the nationality of that word ("في العاصمة اليمنية")."""
        if not c.entity.country or c.weak:
            return False
        if c.kind == "place" or c.entity.type in PLACE_TYPES or c.entity.type == "City":
            return True
        if c.entity.type == "Country" and c.kind == "demonym":
            # "في العاصمة العراقية": the capital a nationality qualifies is where, as its name is
            return c.start > 0 and self._after_cue(words[c.start - 1], CUE_LISTS.capital)
        if c.entity.type != "Country":
            return False
        clitic = words[c.start].norm[: c.skip] if c.skip else ""
        before = words[c.start - 1].norm if c.start else ""
        if before in _COMPASS and c.start > 1 and words[c.start - 2].norm == _ON:
            return False  # "أطلقوا صواريخ على جنوب إسرائيل": whom they fired on, not where from
        return clitic.endswith("ب") or before in _LOCATIVES or self._after_capital(words, c.start)

    def _implied(self, found: list[_Cand], countries: dict[str, int], nationals: set[str]) -> dict[str, tuple]:
        """The institutions that may stand for the unnamed side of an event (gk:impliedActor),
        composed for every state the document names: ``"<ISO3> <institution>"`` → entity data,
        ``"- <institution>"`` for one of no known state, and ``"<ISO3> Country"`` the state. The
        groups apart from any state that the context typed are composed too: a government they
        meet gives them its state (``geokg.extract.relations_ar``). ``nationals``: the states of
        the accusative nationality adjectives (``_accusative_nationals``), whose people a victim
        may be."""
        gaz = self.gazetteer
        grouped = {c.context_group for c in found if c.context_group}
        settled = {c.settled_group for c in found if c.settled_group}
        implied = [i for i in gaz.institutions.values() if i.implied or i.id in grouped]
        # the group nouns the context gave a state, of no state too (``settled_group``)
        unsettled = [i for i in gaz.institutions.values() if i.id in settled and i not in implied]
        states = set(countries) | {c.entity.country for c in found if c.entity.country} | nationals
        # Of no state ("-"), for events whose place the text does not settle.
        out = {
            f"- {i.id}": (i.slug, i.labels.get("en", i.id), i.type, dict(i.labels), None, i.sector)
            for i in (*implied, *unsettled)
        }
        for iso3 in sorted(states):
            country = gaz.country(iso3)
            if country is not None:  # the state itself, for "البلد" after its ministry's name
                out[f"{iso3} Country"] = _entity_data(country)
            for inst in implied:
                entity = gaz.composed(inst.id, iso3)
                if entity is not None:
                    out[f"{iso3} {inst.id}"] = _entity_data(entity)
        return out

    def _title(
        self,
        words: list[_Word],
        i: int,
        skip: int,
        end: int,
        office: str,
        date: str | None,
    ) -> _Cand | None:
        """A title (tokens ``i`` to ``end``, ``office``) and what follows it: the person it names
        ("الرئيس الروسي فلاديمير بوتين"), else the body it is of ("المتحدث باسم الخارجية"), else
        its holder on the document's date or the state ("الرئيس الروسي"), else, a compound title
        with no state, a title pending the state of its context; None when it names nothing."""
        after = self._after_title(words, i, skip, end, date, office)
        if end - i == 1 and not self._state_office(office) and after.body is None:
            return None  # "أمين" names an organisation's head only with the organisation after it
        person = self._titled_person(words, i, skip, end, office, date, after)
        if person is None and not after.former:
            person = self._titled_surname(words, i, skip, end, office, date, after)
        if person is not None:
            return person
        if after.body is not None:
            head = self._body_head(i, skip, office, date, after.body)
            if head is not None:
                return head
            if after.body.kind == "composed" and after.body.entity.type in _BODIES_OF_NO_STATE:
                # "قائد قوة الأمم المتحدة": the commander of a force of a body of no state acts
                # for the body: the title and the force one mention of it, a title's (its
                # grammar is the title's, "قائد", not the force's feminine words)
                end = self._force_area(words, after.body.end, date)
                return _spanning_title(i, end, skip, after.body.entity)
            after.body.score = (after.body.end, 0, -_TIE_RANK[after.body.kind], 0)
            return after.body
        if after.state is None:
            # "شكر رئيس الحكومة أنان": a compound title with no state, the state of its context.
            if after.former or end - i < 2 or not self._state_office(office):
                return None
            return self._pending_title(i, skip, end, office)
        return self._state_title(words, i, skip, end, office, date, after)

    def _after_title(
        self, words: list[_Word], i: int, skip: int, end: int, date: str | None, office: str
    ) -> _AfterTitle:
        """The words after a title: its state (a country, or a body and its state), a word of a
        former holder, and where a name may start (past a comma or a dash)."""
        after = _AfterTitle(end=end)
        # "وزير خارجية مالي": a compound title in construct (its last word without the article)
        # takes the state as its genitive, a cue for a label that is also a common word (مالي,
        # "financial"), as "رئيس" or "دولة" is
        construct = end - i >= 2 and not words[end - 1].norm.startswith(ARTICLE)
        # "وزير الخارجية المالي": a title of a state's office licenses a weak demonym after it
        held = self._gaz.offices.get(office)  # type: ignore[union-attr]
        licenses = held is not None and held.licenses_weak_demonym
        aff = self._affiliation(words, end, date, weak_ok=construct, demonym_ok=licenses)
        if aff is not None and aff.entity.type == "Country" and aff.kind != "demonym":
            # "زار الرئيس روسيا": a title with the article takes its state as an adjective
            # ("الرئيس الروسي"), never as a name after it: that name is the verb's object
            if self._definite_title(words, i, skip, end):
                aff = None
        if aff is None and not self._state_office(office):
            aff = self._body_after_lam(words, end, date)
        if aff is not None and aff.entity.type != "Person":
            if aff.entity.type == "Country":
                after.country, after.state = aff.entity.country, aff
            elif aff.kind != "place":
                after.body, after.country = aff, aff.entity.country
            if after.state is not None or after.body is not None:
                after.end = aff.end
        k = after.end
        # "الرئيس الأمريكي السابق ...": a former holder, so not the holder at the document date;
        # "نائب وزير الخارجية الروسي": a deputy, not the holder either.
        after_former = k < len(words) and words[k].norm in self._former
        after.former = after_former or (i > 0 and self._after_cue(words[i - 1], CUE_LISTS.deputy))
        if after_former:  # a deputy's word stands before the title, not after it
            after.end = k = k + 1
        after.name_start = k + 1 if k < len(words) and words[k].norm in _LIST_PUNCT else k
        return after

    def _force_area(self, words: list[_Word], k: int, date: str | None) -> int:
        """ "قائد قوة الأمم المتحدة في شمال مالي" (or "في الجنوب اللبناني"): where a
        commander's force serves (في, maybe a compass word, a state or place, or after a compass
        word a nationality) is part of the title, no party of the clause; the end past it, else
        ``k``."""
        if k + 1 >= len(words) or words[k].norm != "في":
            return k
        compass = words[k + 1].norm.removeprefix(ARTICLE) in _COMPASS and k + 2 < len(words)
        j = k + 2 if compass else k + 1
        area = self._affiliation(words, j, date, weak_ok=True, demonym_ok=compass)
        if area is None or not (area.kind == "place" or area.entity.type == "Country"):
            return k
        if area.kind == "demonym" and not compass:
            return k
        return area.end

    def _definite_title(self, words: list[_Word], i: int, skip: int, end: int) -> bool:
        """Whether a title's last word carries the article (its clitics split off)."""
        last = words[end - 1].norm
        if end - 1 == i and skip:
            last = next((rest for k, rest, _, _ in words[i].starts if k == skip), last)
        return last.startswith(ARTICLE)

    def _body_after_lam(self, words: list[_Word], k: int, date: str | None) -> _Cand | None:
        """ "الأمين العام لمنظمة الأمم المتحدة": an organisation of no state behind the preposition ل
        after the title of an organisation's head (that office's holders are of no state)."""
        if k >= len(words) or not words[k].norm.startswith("ل"):
            return None
        cand, _ = self._best_at(words, k, date, allow_titles=False)
        if cand is None or cand.start != k or cand.skip != 1 or cand.weak or cand.kind != "name":
            return None
        return cand if cand.entity.type in _BODIES_OF_NO_STATE else None

    def _body_head(self, i: int, skip: int, office: str, date: str | None, body: _Cand) -> _Cand | None:
        """The head of an organisation named by title and organisation with no name after them
        ("الأمين العام لمنظمة الأمم المتحدة", "أمين الجامعة العربية"): the holder of the office for
        that body on the document's date; with no date, none (the body stays: today's holder
        is no safe guess for an undated report)."""
        if date is None or self._state_office(office):
            return None
        term = self.gazetteer.body_holder_term(office, body.entity.id, date)
        holder = self.gazetteer.get(term.person) if term else None
        if holder is None or holder.country:
            # (a head the data gives a state, a former minister of it, would act for that
            # state: the body stays the actor)
            return None
        return _spanning_title(i, body.end, skip, holder, office=term.office)

    def _titled_person(
        self, words: list[_Word], i: int, skip: int, end: int, office: str, date: str | None, after: _AfterTitle
    ) -> _Cand | None:
        """A person the gazetteer knows named right after the title (and its state), holding the
        office unless a former holder or a deputy is meant, or the person never held it."""
        person = self._affiliation(words, after.name_start, date)
        if person is None or person.entity.type != "Person" or self._never_held(person, office, i, after.end):
            return None
        held = None if after.former else self._office_held(person.entity, office, after.country, date)
        c = _Cand(
            person.start,
            person.end,
            0,
            person.entity,
            person.kind,
            office=held,
            office_country=(after.country or person.entity.country) if held and _state_body(after) else None,
            title_start=i,
        )
        c.extra = [after.body] if after.body is not None else []
        c.score = (person.end, 2 + (end - i), 0, -skip)
        return c

    def _titled_surname(
        self, words: list[_Word], i: int, skip: int, end: int, office: str, date: str | None, after: _AfterTitle
    ) -> _Cand | None:
        """ "الرئيس لحود", "رئيس الوزراء الحريري": a title and a surname only name the one person
        of that surname whose dated term of the title's office (of the title's state, if it has
        one) covers the document's date. None with no date, when no one or two people match, or
        when the word is a known entity or a word never a surname alone (a surname with no title
        is left to ``_surnames``: it needs the full name first)."""
        gaz = self._gaz
        assert gaz is not None
        p = after.name_start
        if date is None or p >= len(words) or p + 1 < len(words) and words[p + 1].norm in self._given:
            return None  # (a given name after it: a full name the gazetteer does not know)
        norm = words[p].norm
        never = gaz.cues.get((CUE_LISTS.not_a_surname, "ar"), frozenset()) | self._not_name
        if norm in never or self._best_at(words, p, date, allow_titles=False)[0] is not None:
            return None
        wanted, day = _office_chain(gaz, office), date[:10]
        held: dict[str, Term] = {}
        for person in self._title_surnames().get(norm, ()):
            for t in gaz.terms_of(person):
                if (t.office in wanted or office in t.titles) and (after.country in (None, t.country)):
                    if (t.start is None or t.start <= day) and (t.end is None or day < t.end):
                        held[person] = t
        if len(held) != 1:
            return None
        ((pid, term),) = held.items()
        c = _Cand(p, p + 1, 0, gaz.entities[pid], "name", office=term.office, office_country=term.country)
        c.title_start = i
        c.extra = [after.body] if after.body is not None else []
        c.score = (p + 1, 2 + (end - i), 0, -skip)
        return c

    def _title_surnames(self) -> dict[str, tuple[str, ...]]:
        """The office holders (people with dated terms) by the last word of their Arabic name,
        three letters or more, the article kept ("السنيورة"), no compound family name (نصر الله)
        and no regnal number (عبد الله الثاني: "الرئيس الثاني" is "the second president"); built
        on first use."""
        index = self._title_surname_index
        if index is None:
            gaz = self.gazetteer
            found: dict[str, set[str]] = {}
            for pid in {t.person for ts in gaz.terms.values() for t in ts}:
                entity = gaz.entities.get(pid)
                name = normalize_token(entity.labels.get("ar", "")).split() if entity else []
                last = name[-1] if len(name) >= 2 and name[-2] not in _NAME_LINKS else ""
                if len(last) >= 3 and last not in _NO_TITLED_SURNAME:
                    found.setdefault(last, set()).add(pid)
            index = {k: tuple(sorted(v)) for k, v in found.items()}
            self._title_surname_index = index
        return index

    def _state_title(
        self, words: list[_Word], i: int, skip: int, end: int, office: str, date: str | None, after: _AfterTitle
    ) -> _Cand:
        """A title with its state and no known person after it: the office's holder on the
        document's date, else a name the gazetteer does not know (``_unknown_holder``), else the
        state itself (from the title's own words only)."""
        gaz = self._gaz
        assert gaz is not None and after.state is not None
        term = None if after.former else gaz.holder_term(office, after.country, office_day(date))
        holder = gaz.get(term.person) if term else None
        if term is None or holder is None:
            unknown = self._unknown_holder(words, after.name_start, office, after.country, after.former, date)
            if unknown is not None:
                unknown.title_start = i
                unknown.score = (unknown.end, 2 + (end - i), 0, -skip)
                return unknown
            after.state.score = (after.state.end, 0, -_TIE_RANK[after.state.kind], 0)
            return after.state
        held = term.office if office in term.titles else office
        named = self._unknown_holder(words, after.name_start, office, after.country, after.former, date)
        if named is None and self._another_given_name(words, after.name_start, holder, date):
            # "وزير الدفاع الإسرائيلي عاموس ..." with the name read no further (a surname that
            # looks like a verb): someone else's name opens there, so the state, not the holder
            after.state.score = (after.state.end, 0, -_TIE_RANK[after.state.kind], 0)
            return after.state
        # (a name that runs on into the holder's known surname, "سيرغي فيكتوروفيتش لافروف", is the
        # holder's: the surname links itself)
        after_name = words[named.end].norm if named is not None and named.end < len(words) else ""
        if named is not None and not self._holder_word(after_name, holder):
            if self._names_another(named, holder):
                # "الرئيس الفرنسي جان دوبون": the text names someone else than the data's holder
                named.title_start = i
                named.score = (named.end, 2 + (end - i), 0, -skip)
                return named
            # the holder's name in a spelling the gazetteer lacks
            c = _Cand(named.start, named.end, 0, holder, "name", office=held, office_country=after.country)
            c.title_start, c.score = i, (named.end, 2 + (end - i), 0, -skip)
            return c
        c = _Cand(i, after.state.end, skip, holder, "title", office=held, office_country=after.country)
        c.score = (after.state.end, 1 + (end - i), -_TIE_RANK["title"], -skip)
        return c

    def _another_given_name(self, words: list[_Word], p: int, holder: Entity, date: str | None) -> bool:
        """Whether a given name the gazetteer knows stands right after a title, and is no word of
        the name of the office's holder (who has an Arabic name to compare with)."""
        norm = words[p].norm if p < len(words) else ""
        if norm not in self._given or norm in self._not_name or not _name_words(holder):
            return False
        return not self._holder_word(norm, holder) and self._best_at(words, p, date, allow_titles=False)[0] is None

    def _names_another(self, named: _Cand, holder: Entity) -> bool:
        """Whether an unknown name after a title is someone else than the office's holder on the
        document's date: no word of it after the first (particles aside) is a word of the
        holder's Arabic name or one of the holder's surnames ("جان دوبون" is not Macron). A
        holder with no Arabic name cannot be told apart: it stays."""
        if not _name_words(holder):
            return False
        return not any(self._holder_word(w, holder) for w in named.entity.label.split()[1:])

    def _holder_word(self, word: str, holder: Entity) -> bool:
        """Whether a normalised word is a word of a person's Arabic name (particles aside) or one
        of the person's surnames."""
        gaz = self._gaz
        assert gaz is not None
        return word in _name_words(holder) or holder.id in gaz.surnames.get(word, ())

    def _unknown_holder(
        self, words: list[_Word], p: int, office: str, country: str, former: bool, date: str | None
    ) -> _Cand | None:
        """ "وزير الدفاع اللبناني الياس المر": a name the gazetteer does not know after a title
        with its state is a person of that state holding the office (a deputy or a former
        holder holds none). The name opens with a given name the gazetteer knows (or عبد/أبو/أبي)
        and runs on one word, or more through a particle (بن، ولد، عبد ...), to at most four;
        no word of it is a known entity, a function or time word or punctuation, nor looks like a verb."""
        n = len(words)
        if p >= n or not (words[p].norm in self._given or words[p].norm in _GIVEN_NAME_PARTICLES):
            return None
        if words[p].norm in self._not_name:  # "على" normalises to "علي" (Ali): a preposition first
            return None
        if self._best_at(words, p, date, allow_titles=False)[0] is not None:
            return None  # "إسرائيل" is a given name too: a known entity first is that entity
        q = p + 1
        while q < n and q - p < 4 and self._name_word(words, q, date):
            q += 1
            if words[q - 1].norm not in _NAME_LINKS and words[q - 2].norm not in _GIVEN_NAME_PARTICLES:
                break
        if q - p < 2 or words[q - 1].norm in _NAME_LINKS:
            return None
        label = " ".join(w.norm for w in words[p:q])
        digest = hashlib.sha1(label.encode("utf-8")).hexdigest()[:12]
        person = Entity(f"{_UNKNOWN_PERSON}{digest}", label, "Person", {"ar": label}, country, sector_groups().official)
        held = None if former else office
        return _Cand(p, q, 0, person, "name", office=held, office_country=country if held else None)

    def _name_word(self, words: list[_Word], q: int, date: str | None) -> bool:
        """Whether word ``q`` may go on an unknown name: a word of letters only, no word of a
        former holder (gk:FormerCues: "السابق"), no function or time word (``self._not_name``), no
        imperfect verb (يزور، تدعم) and no start of a known entity."""
        norm = words[q].norm
        if not norm.isalpha() or norm in self._not_name or norm in self._former:
            return False
        if norm[:1] in "يت" and len(norm) in (4, 5) and not norm.startswith(("يو", "تو")):
            return False
        return self._best_at(words, q, date, allow_titles=False)[0] is None

    def _never_held(self, person: _Cand, office: str, i: int, end: int) -> bool:
        """ "شكر رئيس الحكومة أنان": a compound title before a person whose dated terms never
        held that office is its own noun phrase; the name after it is someone else. (A one-word
        title stays an honorific: "الرئيس السنيورة".)"""
        gaz = self.gazetteer
        terms = gaz.terms_of(person.entity.id)
        if end - i < 2 or not terms:
            return False
        wanted = _office_chain(gaz, office)
        return not any(t.office in wanted or office in t.titles for t in terms)

    def _state_office(self, office: str) -> bool:
        """Whether states' officials hold the office (a prime minister, not a secretary-general)."""
        return office in self._state_offices

    def _pending_title(self, i: int, skip: int, end: int, office: str) -> _Cand:
        """A title with no state of its own, its holder settled by the state of its context."""
        placeholder = Entity(id="", label=office, type="Person")
        c = _Cand(i, end, skip, placeholder, "title", office=office, pending=_TITLE + office)
        c.score = (end, 0, -_TIE_RANK["title"], -skip)
        return c

    def _office_held(self, person: Entity, office: str, country: str | None, date: str | None) -> str | None:
        """The office to record for a person named under a title: the title's own office, except
        when the person holds another office that the data says goes by this title
        (``gk:alsoTitled``: Germany's "المستشار" is the head of government).

        A bare title (no country: "الرئيس السنيورة") is also an honorific: Arabic news calls a
        prime minister, a former president or a speaker "الرئيس". So when the data knows the
        person's dated terms and none of them holds the title's office at the document date, a
        bare title records no office (None). A person with no known terms keeps the title's
        office; a title with a country ("الرئيس اللبناني") is taken at its word."""
        gaz = self._gaz
        assert gaz is not None
        if country is not None:
            for t in gaz.terms.get((office, country), ()):
                if t.person == person.id and office in t.titles:
                    return t.office
            return office
        terms = gaz.terms_of(person.id)
        if not terms:
            return office
        # The title's office and the offices it resolves to (a "leader" is the head of state).
        wanted = _office_chain(gaz, office)
        day = date[:10] if date else None
        for t in terms:
            if person.country and t.country and t.country != person.country:
                continue
            if day is not None and not ((t.start is None or t.start <= day) and (t.end is None or day < t.end)):
                continue
            if t.office in wanted:
                return office
            if office in t.titles:
                return t.office
        return None

    # -- writing the results ------------------------------------------------------------------

    def _office_fact(self, c: _Cand) -> tuple[str, tuple] | None:
        """The standing fact a titled name states: (the relation the office's holder stands in to
        its state, through gk:resolvesTo where the title has none, the state)."""
        gaz = self.gazetteer
        office = gaz.office(c.office) if c.office else None
        if office is None or not c.office_country:
            return None
        relation = office.relation
        if not relation and office.resolves_to:
            resolved = gaz.office(office.resolves_to)
            relation = resolved.relation if resolved else None
        state = gaz.country(c.office_country)
        return (relation, _entity_data(state)) if relation and state is not None else None

    def _apply(self, doc: Doc, found: list[_Cand]) -> Doc:
        # Split clitics off first; a split at token t shifts every later token by one.
        splits = sorted({c.start: c.skip for c in found if c.skip}.items())
        if splits and len(splits) * len(doc) > _RETOKENIZE_BUDGET:
            # spaCy's split moves the whole token array once per split: quadratic on a very long
            # doc with many clitics. Rebuilding the doc once gives the same tokens and text.
            doc = _rebuild_with_splits(doc, dict(splits))
        elif splits:
            with doc.retokenize() as retok:
                for t, skip in splits:
                    token = doc[t]
                    text = token.text
                    retok.split(
                        token,
                        [text[:skip], text[skip:]],
                        heads=[(token, 1), (token, 1)],
                    )
        if splits:
            # A split-off piece inherits no sentence boundary: say it starts none, or a doc whose
            # only boundary was its first token loses its sentences ("والأردن" alone).
            for i in numpy.flatnonzero(doc.to_array(SENT_START) == 0).tolist():
                doc[i].is_sent_start = False
        split_tokens = [t for t, _ in splits]
        info, entities = doc._.geokg_span_info, doc._.geokg_entities
        idx = doc.to_array(IDX).tolist()
        length = doc.to_array(LENGTH).tolist()
        bounds = []
        ordered = True
        last_end = 0
        for c in found:
            start = c.start + bisect.bisect_right(split_tokens, c.start)
            end = c.end + bisect.bisect_left(split_tokens, c.end)
            if start < last_end:
                ordered = False
            last_end = end
            bounds.append((start, end, c.entity))
            entities[c.entity.id] = _entity_data(c.entity)
            title_start = None
            if c.title_start is not None and c.title_start < c.start:
                title_start = c.title_start + bisect.bisect_right(split_tokens, c.title_start)
            info[_span_key(idx[start], idx[end - 1] + length[end - 1])] = (
                c.kind,
                c.office,
                c.office_country,
                title_start,
                self._office_fact(c),
                c.by_default,
                c.context_group,
                c.from_place,
                c.settled_group,
            )
        if ordered and not len(doc.ents):
            # Write the entity columns in one go: Span objects (and the doc.ents setter) build a
            # Token per entity token, which costs more than the whole matching.
            strings = doc.vocab.strings
            cols = numpy.zeros((len(doc), 3), dtype="uint64")
            cols[:, 0] = 2  # O; then B = 3 on the first token, I = 1 on the rest
            hashes: dict[str, tuple[int, int, int]] = {}
            for start, end, entity in bounds:
                h = hashes.get(entity.id)
                if h is None:
                    h = hashes[entity.id] = (
                        1,
                        strings.add(entity.type),
                        strings.add(entity.id),
                    )
                cols[start:end] = h
                cols[start, 0] = 3
            doc.from_array([ENT_IOB, ENT_TYPE, ENT_KB_ID], cols)
        else:
            spans = [Span(doc, s, e, label=ent.type, kb_id=ent.id) for s, e, ent in bounds]
            doc.ents = filter_spans(list(doc.ents) + spans)
        return doc


def case_differs(noun: str, demonym: str) -> bool:
    """Whether a sound masculine plural noun and a plural nationality after it show different
    cases: "قتل مسلحون بريطانيين" is gunmen (nominative ـون) killing Britons (accusative ـين), not
    British gunmen ("مسلحون بريطانيون"); two stacked nationalities likewise ("إسرائيليون فلسطينيين":
    the Israelis and their object). Only the sound plural's ـون/ـين: a head in ـان may be a
    broken plural ("شبان فلسطينيين") as well as a nominative dual."""
    ends = (noun[-2:], demonym[-2:])
    return all(e in ("ون", "ين") for e in ends) and ends[0] != ends[1]


def _not_the_next_state(found: list[_Cand], c: _Cand, iso3: str, side: dict[str, int]) -> str | None:
    """ "زار رئيس الوزراء فرنسا": a state named right after a title with no state of its own is
    the verb's object, never the title's (the visitor is no official of the state visited); the
    title then takes the document's other state named most, else none."""
    after = next((n for n in found if n.start == c.end and not n.pending), None)
    if after is None or after.kind == "demonym" or after.entity.country != iso3:
        return iso3
    return _most_named({k: n for k, n in side.items() if k != iso3})


# a nationality in the feminine singular (ـية) or plural (ـيين، ـيون، ـيات), normalised
_THING_OR_PEOPLE_ENDINGS = ("يه", "يين", "يون", "يات")


def _accusative_people(words: list[_Word], c: _Cand) -> bool:
    """ "قتل مسلحون جنديا فرنسيا"، "جنودا أمريكيين"، "حارسا بريطانيا": a noun and its nationality
    both in the indefinite accusative (the head's tanwin alif: no construct, no subject) are the verb's
    object; their state is the victims', never where the story's unnamed gunmen are from."""
    if not words[c.end - 1].norm.endswith(ACCUSATIVE_NATIONALITY_ENDINGS):
        return False
    # a one-word mention ("حارسا بريطانيا": no state's name after a noun with no preposition)
    # qualifies the word before it
    k = c.start if c.end - c.start > 1 else c.start - 1
    head = words[k].norm if k >= 0 else ""
    if len(head) <= 3 or head.startswith((ARTICLE, "وال")):
        return False
    # the tanwin alif (not ضحايا), or an indefinite dual or plural in the oblique case
    # ("جنديين كنديين"، "مهندسين صينيين"): never the subject
    oblique = head.endswith("ين") and words[c.end - 1].norm.endswith("يين")
    return tanwin_accusative(head) or oblique


def _most_named(counts: dict[str, int]) -> str | None:
    """The key counted most, if no other is counted as often."""
    top = sorted(counts.items(), key=lambda kv: -kv[1])
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


def _force_partitive(words: list[_Word], found: list[_Cand], c: _Cand, belonging: frozenset[str]) -> _Cand | None:
    """ "قتل جنديان من الجيش الأمريكي في بغداد", "ثلاثة جنود من القوات الأجنبية": soldiers or
    police named with no nationality, of ("من") a force the text names, are that force's, not the
    forces of the place they fell in (the place settles a group noun only where nothing in its own
    phrase does). So are fighters of a named armed group ("عشرون مسلحا من حركة طالبان"), not of the
    state a place after it names. A plural in construct with the force's name ("مقاتلي حزب العمال
    الكردستاني في العراق", "مسلحو حركة الشباب") is the same partitive without من (round 21). So
    is an adjective of belonging and the force behind ل ("مسلحون تابعون لحركة الشباب",
    ``belonging``, round 24): read apart, the group behind ل was taken for whom they struck."""
    sectors = sector_groups()
    kinds = {"ArmedForce": sectors.military, "ArmedGroup": sectors.armed}
    belongs = c.end < len(words) and words[c.end].norm in belonging
    if c.end < len(words) and (words[c.end].norm in ("من", "ومن") or belongs):
        at = c.end + 1
    elif c.end - c.start == 1 and words[c.start].norm.endswith(_CONSTRUCT_PLURAL_ENDINGS):
        at = c.end
    else:
        return None
    for m in found:
        armed = kinds.get(m.entity.type, frozenset())
        # (men who belong to a group are its men whatever its sector: "مسلحون تابعون لحركة فتح")
        body = m.entity.sector in armed or (belongs and m.entity.type in kinds)
        if m.start == at and not (m.pending or m.weak) and c.entity.sector in armed and body:
            return m
    return None


def _own_phrase_country(words: list[_Word], found: list[_Cand], c: _Cand) -> str | None:
    """The state named in a group's own phrase: a construct ("متمردي دارفور", "مسلحو الشيشان") or
    a place after من, في or ب ("مسلحين من جورجيا", "المتمردين في دارفور").

    A group apart from any state (rebels, militants, the opposition) named with no nationality
    takes this, else the sentence's place, else where the document places its events (most of its
    places), and only then the state the document names most, which is often the one acting on
    them or speaking of them (a text about Egypt's stand on Darfur names no Egyptian rebels)."""
    construct = words[c.end - 1].norm.endswith(_CONSTRUCT_PLURAL_ENDINGS)
    for m in found:
        if m.pending or not m.entity.country or m.weak or m.entity.type not in (*PLACE_TYPES, "City", "Country"):
            continue
        clitic = words[m.start].norm[: m.skip] if m.skip else ""
        if (m.start == c.end and (clitic.endswith("ب") or (not clitic and construct))) or (
            m.start == c.end + 1 and words[c.end].norm in _OWN_PLACE_WORDS
        ):
            return m.entity.country
    return None


def _without_object(
    words: list[_Word], found: list[_Cand], c: _Cand, side: dict[str, int], fallback: str | None
) -> str | None:
    """The document's most named state for a group noun, leaving out the nationality right after
    it in another case: in "قتل مسلحون بريطانيين" the Britons are the gunmen's victims, which says
    nothing of the gunmen's own state."""
    after = next((m for m in found if m.start == c.end and m.kind == "demonym" and m.entity.country), None)
    if after is None or not case_differs(words[c.end - 1].norm, words[after.end - 1].norm):
        return fallback
    counts = dict(side)
    counts[after.entity.country] = counts.get(after.entity.country, 0) - 1  # type: ignore[index]
    return _most_named({iso3: n for iso3, n in counts.items() if n > 0})


def _partner_country(words: list[_Word], found: list[_Cand], c: _Cand) -> str | None:
    """ "اتفقت الحكومة التشادية ومسلحي الشمال": with nothing else to go by, a group joined by و
    to a body of a state right before it is of that state (the two sides of one state's
    conflict)."""
    if not words[c.start].norm.startswith("و"):
        return None
    for m in found:
        if m.end == c.start and not m.pending and m.entity.country and m.entity.type != "Country":
            return m.entity.country
    return None


def _certain_countries(found: list[_Cand]) -> dict[str, int]:
    """{ISO-3 code: mentions} of the countries the certain mentions (neither weak nor ambiguous,
    nor people counted by nationality) belong to: the document's countries."""
    countries: dict[str, int] = {}
    for c in found:
        if not c.weak and not c.alternatives and not c.counted and c.entity.country:
            countries[c.entity.country] = countries.get(c.entity.country, 0) + 1
    return countries


def _by_context(found: list[_Cand], countries: dict[str, int]) -> list[_Cand]:
    """Resolve what needs the whole document: ambiguous labels go to the entity whose country
    the document names more often than the data's default (عمان: Amman in a text about Jordan,
    Oman otherwise), and weak labels stay only where the document names the entity or its
    country by some other, certain mention (``countries``: ``_certain_countries``)."""
    ids = {c.entity.id for c in found if not c.weak and not c.alternatives}
    # "في عمان والزرقاء": where no certain mention decides, a weak label of a place of one
    # alternative's state (Zarqa, Jordan's) tips the ambiguous label to it
    weak = Counter(c.entity.country for c in found if c.weak and not c.alternatives and c.entity.country)
    out = []
    for c in found:
        if c.alternatives:
            current = countries.get(c.entity.country or "", 0)
            best = max(c.alternatives, key=lambda ek: (countries.get(ek[0].country or "", 0), weak[ek[0].country]))
            support = countries.get(best[0].country or "", 0)
            if support > current or (support == current and weak[best[0].country] > weak[c.entity.country]):
                c.entity, c.kind = best
        if c.weak and c.entity.id not in ids and not countries.get(c.entity.country or ""):
            continue
        if c.weak and c.kind == "demonym":
            continue  # a weak demonym no title licensed is the common adjective, whatever the text
        out.append(c)
    return out


# Above this many (splits x tokens), rebuild the doc instead of retokenizing in place.
_RETOKENIZE_BUDGET = 200_000


def _rebuild_with_splits(doc: Doc, splits: dict[int, int]) -> Doc:
    """A copy of ``doc`` with token t split after ``splits[t]`` characters.

    Keeps the text, sentence starts, token annotations of unsplit tokens, entities, span groups
    and ``user_data`` (extension values, some keyed by character offsets, which do not move).
    Works on attribute arrays, not Token objects, which would cost more than the matching.
    """
    strings = doc.vocab.strings
    orths: list[str | int] = doc.to_array(ORTH).tolist()
    spaces_in = [bool(x) for x in doc.to_array(SPACY).tolist()]
    sents_in = doc.to_array(SENT_START).astype("int64").tolist()  # -1 / 0 / 1
    words: list[str | int] = []
    spaces: list[bool] = []
    sents: list[int] = []
    prev = 0
    for i in sorted(splits):
        # Copy the unsplit run in one slice, then the two halves of token i.
        words += orths[prev:i]
        spaces += spaces_in[prev:i]
        sents += sents_in[prev:i]
        text = strings[orths[i]]
        k = splits[i]
        words += [text[:k], text[k:]]
        spaces += [False, spaces_in[i]]
        sents += [sents_in[i], -1 if sents_in[i] else 0]
        prev = i + 1
    words += orths[prev:]
    spaces += spaces_in[prev:]
    sents += sents_in[prev:]
    new = Doc(doc.vocab, words=words, spaces=spaces)
    if doc.has_annotation("SENT_START"):
        new.from_array(
            [SENT_START],
            numpy.asarray(sents, dtype="int64").astype("uint64").reshape(-1, 1),
        )
    new.user_data.update(doc.user_data)
    annotated = [a for a in ("LEMMA", "TAG", "POS", "MORPH") if doc.has_annotation(a)]
    if annotated:
        j = 0
        for tok in doc:
            if splits.get(tok.i):
                j += 2
                continue
            for a in annotated:
                attr = a.lower() + "_"
                setattr(new[j], attr, getattr(tok, attr))
            j += 1
    if len(doc.ents) or len(doc.spans):
        starts = {t.idx: t.i for t in new}
        ends = {t.idx + len(t.text): t.i + 1 for t in new}

        def moved(span: Span) -> Span | None:
            s, e = starts.get(span.start_char), ends.get(span.end_char)
            if s is None or e is None:
                return None
            return Span(new, s, e, label=span.label, kb_id=span.kb_id, span_id=span.id)

        new.ents = [m for m in (moved(s) for s in doc.ents) if m is not None]
        for key, group in doc.spans.items():
            new.spans[key] = [m for m in (moved(s) for s in group) if m is not None]
    return new


@Language.factory(
    COMPONENT_NAME,
    # It makes token.norm the Arabic normalisation (through the vocabulary) and links names.
    assigns=[
        "token.norm",
        "doc.ents",
        "token.ent_kb_id",
        "span._.entity",
        "doc._.geokg_countries",
        "doc._.geokg_entities",
        "doc._.geokg_implied",
        "doc._.geokg_accusative_nationals",
        "doc._.geokg_unsettled",
        "doc._.geokg_unsettled_armed",
    ],
    retokenizes=True,
    default_config={"data_dir": None},
)
def make_arabic_linker(nlp: Language, name: str, data_dir: str | None) -> ArabicLinker:
    """Gazetteer entity linking for Arabic pipelines (``make_arabic_nlp``); it splits clitics off
    the names it links. ``data_dir``: a folder of gazetteer Turtle (default: the packaged data)."""
    return ArabicLinker(nlp, name, data_dir)


def mentions(doc: Doc, doc_id: str, base_offset: int = 0) -> list[Mention]:
    """The linked entity mentions of a processed doc (CONTRACT §2b).

    Offsets are those of the name without clitics, into the original input text: ``base_offset``
    is where ``doc.text`` starts in that input (the pipeline may run on a slice of it).
    """
    out = []
    linked = Span.has_extension("entity")
    entities = doc._.geokg_entities if linked else None  # (read once: see span_entity)
    for span in doc.ents:
        entity = span_entity(span, entities) if linked else None
        if entity is None:
            continue
        out.append(
            Mention(
                doc=doc_id,
                entity=entity,
                text=span.text,
                start=span.start_char + base_offset,
                end=span.end_char + base_offset,
                lang="ar",
            )
        )
    return out


# Last words of names that are no family name after a title: regnal numbers, and the second
# half of a compound name written as one word's neighbour (الحمد الله، شمس الدين).
_NO_TITLED_SURNAME = frozenset(
    normalize_token(w)
    for w in (
        "الأول",
        "الثاني",
        "الثانية",
        "الثالث",
        "الرابع",
        "الخامس",
        "السادس",
        "السابع",
        "الثامن",
        "التاسع",
        "العاشر",
        "الله",
        "الدين",
    )
)


def _name_words(person: Entity) -> set[str]:
    """The words of a person's Arabic name, normalised, without the particles (بن، عبد ...)."""
    return {w for w in normalize_token(person.labels.get("ar", "")).split() if w not in _NAME_LINKS}


def _office_chain(gaz: Gazetteer, office: str) -> list[str]:
    """An office and the offices it resolves to, in order (a "leader" is the head of state)."""
    wanted: list[str] = []
    current: str | None = office
    while current and current not in wanted:
        wanted.append(current)
        o = gaz.offices.get(current)
        current = o.resolves_to if o else None
    return wanted
