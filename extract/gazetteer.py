"""The actor gazetteer: ``ontology/data/*.ttl`` compiled into a fast, cached lookup index.

The data (SKOS labels per language, demonyms, metonyms, offices with dated terms, institutions)
lives in Turtle so that it is reviewable and reusable as RDF; this module turns it into plain
dictionaries and tries keyed by *normalised* word tuples (``normalize_token``), which is what the
spaCy component walks. Parsing Turtle with rdflib takes about a second, so the compiled index is
kept as a compiled artifact under the cache folder (``artifacts``), keyed by a hash of the data
files and of this module; when that folder is not writable each process compiles it anew.
"""

from __future__ import annotations

import datetime
import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geokg.ontology as ontology_module
from geokg.ontology import CUE_LISTS

from . import model, normalize
from .artifacts import digest, load_or_compile
from .model import Entity
from .morphology_ar import ARTICLE
from .normalize import normalize_token

__all__ = [
    "END",
    "GK",
    "GKID",
    "PLAIN",
    "Gazetteer",
    "Hit",
    "Institution",
    "Office",
    "Term",
    "WEAK_KINDS",
    "data_dir",
    "data_files",
    "demonym_forms_ar",
    "demonym_forms_en",
    "english_words",
    "load_gazetteer",
    "office_day",
    "skeleton_word",
    "variant_word",
    "within_one_edit",
]

log = logging.getLogger(__name__)

GK = "https://w3id.org/geokg/ontology#"
GKID = "https://w3id.org/geokg/id/"
WD = "http://www.wikidata.org/entity/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
OWL_SAMEAS = "http://www.w3.org/2002/07/owl#sameAs"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

# Bump when the compiled index's shape or the compile rules change: it invalidates old caches.
INDEX_VERSION = "gaz-22"

# Mention kinds, in the order that breaks ties between entities sharing one label.
NAME, PLACE, METONYM, DEMONYM = "name", "place", "metonym", "demonym"
WEAK = "weak_name"  # a name that is also a common word: needs a context cue (gk:weakLabel)
WEAK_PLACE, WEAK_METONYM = "weak_place", "weak_metonym"  # the same for places and capitals (كيف)
# A nationality adjective that is also a common adjective (المالي "Malian" and "financial",
# gk:weakDemonym): it names the state only after a title or group noun that licenses it.
WEAK_DEMONYM = "weak_demonym"
WEAK_KINDS = frozenset({WEAK, WEAK_PLACE, WEAK_METONYM, WEAK_DEMONYM})
_WEAK_OF = {NAME: WEAK, PLACE: WEAK_PLACE, METONYM: WEAK_METONYM}
OFFICE, OFFICE_CONSTRUCT = "office", "office_construct"
INSTITUTION, INSTITUTION_CONSTRUCT = "institution", "institution_construct"
# A group noun that may stand without a nationality ("الشرطة", "مسلحون مجهولون", gk:contextLabel):
# the Arabic linker takes its country from the sentence's place or the document.
INSTITUTION_CONTEXT = "institution_context"
# A description of a body's forces ("قوات حفظ السلام الأفريقية", gk:forceLabel): the body acts,
# but the words are no name of it (a mention composed like "الجيش اللبناني", not a name).
FORCE = "force"
ENTITY_KINDS = (NAME, PLACE, METONYM, DEMONYM, WEAK, WEAK_PLACE, WEAK_METONYM, WEAK_DEMONYM, FORCE)
KIND_RANK = {kind: rank for rank, kind in enumerate(ENTITY_KINDS)}
# Entity types whose names are transliterated proper names, where a consonant skeleton helps
# (بينج يانج ~ بيونغ يانغ); bodies and groups have Arabic descriptive names, where dropping the
# long vowels merges different words (نصر الله ~ أنصار الله).
SKELETON_TYPES = frozenset({"Person", "Country", "City", "Place", "Region"})
PLACE_TYPES = frozenset({"Place", "City", "Region", "Sea", "Ocean"})

# Trie keys beside the words: a node's payload, and whether every hit there is a plain entity hit
# (no title, institution or weak label) that the matcher can take without looking at the context.
# Integers, so that no token (spaCy makes tokens of runs of spaces) can ever be taken for one.
END = 0
PLAIN = 1
SKELETON_MIN_LETTERS = 5  # consonant skeletons of fewer letters match too much
VARIANT_MIN_LETTERS = 5  # single-word names shorter than this get no letter-class variants
# A misspelt word matches a name's word within one edit (insertion, deletion, substitution or
# transposition) only when both have at least this many letters: shorter words have too many
# real neighbours.
TYPO_MIN_LETTERS = 7

# Words that join a family name to what follows (عبد العاطي, بن فرحان, آل ثاني, فون دير لاين):
# the last word alone is then no surname. Arabic and transliterated name grammar, not actor data.
_NAME_PARTICLES = ("عبد", "أبو", "أبي", "بن", "ابن", "بنت", "آل", "ولد", "نصر", "دا", "دي", "فون", "دير", "فان")

_QID = re.compile(r"Q[1-9][0-9]*\Z")
_ISO3 = re.compile(r"[A-Z]{3}\Z")
_CAMEO_COUNTRY = re.compile(r"[A-Z]{2,3}\Z")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


# --- spelling classes for foreign names ----------------------------------------------------------

# Foreign g/j/q are written ج, غ, ق or گ (and Persian ک for k arrives as ك after normalising).
_VARIANT_TABLE = str.maketrans({"غ": "ج", "ق": "ج", "گ": "ج", "ڠ": "ج"})
_SKELETON_DROP = str.maketrans({"ا": None, "و": None, "ي": None, "ى": None, "ء": None})


def variant_word(norm: str) -> str:
    """Fold the letters that transliterate one foreign sound (ج غ ق گ) into one class."""
    return norm.translate(_VARIANT_TABLE)


def skeleton_word(norm: str) -> str:
    """The consonant skeleton of a normalised word: letter classes folded, long vowels dropped.

    Keeps a word that is nothing but vowels (``او``) as its variant so it still occupies a slot.
    """
    v = variant_word(norm)
    return v.translate(_SKELETON_DROP) or v


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def within_one_edit(a: str, b: str) -> bool:
    """Optimal string alignment distance of at most one (an adjacent transposition is one edit)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True  # one substitution
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    if la > lb:
        return a[i + 1 :] == b[i:]
    return b[i + 1 :] == a[i:]


def _ending_only(a: str, b: str) -> bool:
    """Whether two words differ only in their last letter: an inflection (افريقيا → افريقية
    "African"), not a misspelling."""
    return a[:-1] == b[:-1] or a == b[:-1] or b == a[:-1]


def build_typo_index(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """A deletion-neighbourhood index: each word and each of its one-letter deletions → words.

    Looking up a query and its own deletions finds every indexed word within one edit in
    O(length) dictionary probes (Wolf Garbe's symmetric-delete idea), with no scan of the names.
    """
    index: dict[str, set[str]] = defaultdict(set)
    for w in words:
        index[w].add(w)
        for d in _deletions(w):
            index[d].add(w)
    return {k: tuple(sorted(v)) for k, v in index.items()}


def english_variant(word: str) -> str:
    """The spelling-free key of a transliterated English place name: wire copy spells one Arabic
    name several ways (Fallujah, Falluja, Fallouja; Baqubah, Baquba, Baqouba; Mahmudiyah,
    Mahmudiya): "ou" as "u", doubled letters single, a final "h" after a vowel dropped."""
    w = re.sub(r"(.)\1+", r"\1", word.lower().replace("ou", "u"))
    return w[:-1] if len(w) > 4 and w.endswith("h") and w[-2] in "aeiou" else w


def english_words(text: str) -> tuple[str, ...]:
    """Normalised English key words: lower case, except acronyms (US, WHO stay distinct from the
    pronouns "us", "who"); punctuation and a leading "the" dropped."""
    words = []
    for raw in re.sub(r"[^\w\s'-]", " ", text.replace(".", "")).replace("-", " ").split():
        words.append(raw if raw.isupper() and len(raw) > 1 else raw.lower())
    if words and words[0] == "the":
        words = words[1:]
    return tuple(words)


# --- demonym inflection --------------------------------------------------------------------------


def demonym_forms_ar(masc: str) -> set[str]:
    """Regular inflections of an Arabic nisba adjective given in the masculine singular.

    ``روسي`` → روسي, الروسي, روسية, الروسية, روسيون, الروسيون, روسيين, الروسيين, روسيات, الروسيات,
    and the duals روسيان, روسيتان, روسيتين (each also with ال).
    Multi-word demonyms inflect every word alike (``كوري شمالي`` → الكورية الشمالية, ...).
    Broken plurals (الروس, الأمريكان) are irregular and listed in the data as ``gk:demonymForm``.
    """
    # The data gives the form without the article, so a leading ال is part of the word
    # (ألماني normalises to الماني).
    words = masc.split()
    if not words or not all(w.endswith("ي") for w in words):
        return {masc}
    out: set[str] = set()
    # singular m/f, sound plurals m/f, duals m/f (روسيان، روسيتان، روسيتين: "two Russian ...").
    for suffix in ("", "ة", "ون", "ين", "ات", "ان", "تان", "تين"):
        inflected = [w + suffix for w in words]
        out.add(" ".join(inflected))
        out.add(" ".join(ARTICLE + w for w in inflected))
    return out


def demonym_forms_en(adjective: str) -> set[str]:
    """English demonym and its plural noun (``Russian`` → Russians; ``Chinese`` stays)."""
    out = {adjective}
    if not adjective.endswith(("ese", "sh", "ch", "ss", "s")):
        out.add(adjective + "s")
    return out


# --- compiled records ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    """One payload at a trie node: what the matched words are and what they point to."""

    kind: str  # name, place, metonym, demonym, office(_construct), institution(_construct)
    ref: str  # entity id, office concept local name or institution concept local name
    # A cue list (gk:refusedAfter): the hit does not count right after one of its words
    # ("باتجاه الغرب" is a direction, not the West).
    refused_after: str | None = None


@dataclass(frozen=True)
class Office:
    id: str  # concept local name, e.g. "HeadOfState"
    relation: str | None  # ontology relation local name, e.g. "headOfStateOf"
    resolves_to: str | None  # e.g. Leader resolves to HeadOfState
    labels: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    # A weak demonym after the title names its state (gk:licensesWeakDemonym: "الرئيس المالي").
    licenses_weak_demonym: bool = False


@dataclass(frozen=True)
class Institution:
    id: str  # concept local name, e.g. "DefenceMinistry"
    slug: str  # composed entity ids are "<iso3 lowercase>-<slug>"
    type: str  # entity type of composed entities, e.g. "GovernmentBody"
    sector: str | None
    labels: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    # The unnamed side of an event may be this institution of the place's state (gk:impliedActor):
    # the linker composes it for the document's states, with no words in the text.
    implied: bool = False
    # A group apart from any state (rebels, militants, the opposition: gk:standsApartFromState):
    # with no nationality it takes the document's place, not the state the document names most.
    apart: bool = False
    # A weak demonym after the group noun names its state (gk:licensesWeakDemonym: "الجيش المالي").
    licenses_weak_demonym: bool = False
    # People named by where they live (gk:residentsByGenitive): in construct, the state of the
    # nationality that qualifies their genitive is theirs ("مستوطنو المستوطنات الإسرائيلية").
    residents: bool = False
    # A body of home affairs whose reports tell of its own state (gk:tellsOfHome: police, an
    # interior ministry, a government's officials), unlike a foreign ministry or an embassy.
    tells_of_home: bool = False


@dataclass(frozen=True)
class Term:
    person: str
    office: str
    country: str | None
    start: str | None
    end: str | None
    # The entity the office serves, e.g. the NSC for its spokesperson.
    body: str | None = None
    # Other titles the holder is known by (gk:alsoTitled): Iran's president is the head of
    # government but "الرئيس الإيراني"; Germany's chancellor is "المستشار الألماني".
    titles: tuple[str, ...] = ()


Trie = dict[str | int, Any]


def office_day(date: str | None, today: str | None = None) -> str:
    """The day office titles resolve to their holders at: the document's date, else the run
    date (``today`` or the clock), never "the latest term" (an office whose last known holder
    left it has no known holder now). CONTRACT §2 ``as_of`` names the run date where it is used.

    >>> office_day("2023-04-14"), office_day(None, "2026-01-02")
    ('2023-04-14', '2026-01-02')
    """
    return date or today or datetime.date.today().isoformat()


def _trie_insert(trie: Trie, words: tuple[str, ...], hit: Hit) -> None:
    node = trie
    for w in words:
        node = node.setdefault(w, {})
    hits = node.setdefault(END, [])
    if hit not in hits:
        hits.append(hit)


def _mark_plain(node: Trie) -> None:
    stack = [node]
    while stack:
        n = stack.pop()
        hits = n.get(END)
        if hits:
            n[PLAIN] = all(h.kind in (NAME, PLACE, METONYM, DEMONYM) and not h.refused_after for h in hits)
        stack.extend(v for k, v in n.items() if k not in (END, PLAIN))


def _trie_get(trie: Trie, words: Iterable[str]) -> list[Hit]:
    node = trie
    for w in words:
        node = node.get(w)
        if node is None:
            return []
    return node.get(END, [])


@dataclass
class Gazetteer:
    """The compiled index. Build with ``load_gazetteer()``; every field is plain picklable data."""

    entities: dict[str, Entity]
    offices: dict[str, Office]
    institutions: dict[str, Institution]
    terms: dict[tuple[str, str], list[Term]]  # (office, country) → terms sorted by start
    institution_entities: dict[tuple[str, str], str]  # (institution, iso3) → data entity id
    tries: dict[str, Trie]  # "ar", "ar_variant", "ar_skeleton", "en"
    first_words: dict[str, frozenset[str]]  # same keys: words that start some key
    defaults: dict[tuple[str, str], str]  # (lang, normalised label) → preferred entity id
    problems: list[str]
    # (cue list local name, lang) → normalised cue words (geokg.ontology.CUE_LISTS names them).
    cues: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    max_words: int = 8
    source_hash: str = ""
    composed_entities: dict[str, Entity] = field(default_factory=dict)
    # Deletion-neighbourhood index of the first words of Arabic names (``typo_word``).
    typo_index: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Normalised last word of a person's multi-word Arabic names → person ids: a surname alone
    # refers to a person the same document has already named in full (``بوتين`` after
    # ``فلاديمير بوتين``), never on its own.
    surnames: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Normalised words before the last in a person's multi-word Arabic names (given names:
    # محمد, ناريندرا) → the persons whose names have them: before a surname label ("عبد الرحمن
    # مودي") a given name the gazetteer does not know for that person starts another person.
    given_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # A state's CAMEO country code where it differs from ISO 3166-1 (gk:cameoCountryCode:
    # JAP, KSV) → its ISO code (JPN, XKX): CAMEO-coded actors name the state by it.
    cameo_countries: dict[str, str] = field(default_factory=dict)

    # -- lookups -------------------------------------------------------------------------------

    def entity(self, id: str) -> Entity:
        """The entity with this id (QID or local slug). Raises ``KeyError`` when unknown."""
        return self.entities[id]

    def get(self, id: str) -> Entity | None:
        return self.entities.get(id)

    def lookup(self, normalised_words: tuple[str, ...], lang: str = "ar") -> tuple[Hit, ...]:
        """Hits whose whole key is exactly these normalised words.

        Tries the exact key first, then (Arabic) the letter-class variant, then the consonant
        skeleton of multi-word names, then a first word misspelt within one edit (``typo_word``). Ambiguous labels are resolved to their ``gk:defaultFor``
        entity where the data names one.
        """
        words = tuple(normalised_words)
        hits = _trie_get(self.tries.get(lang, {}), words)
        if not hits and lang == "ar":
            hits = _trie_get(self.tries["ar_variant"], tuple(variant_word(w) for w in words))
            if not hits and len(words) > 1:
                hits = _trie_get(self.tries["ar_skeleton"], tuple(skeleton_word(w) for w in words))
            if not hits and words:
                fixed = self.typo_word(words[0])
                if fixed is not None:
                    words = (fixed, *words[1:])
                    hits = _trie_get(self.tries["ar"], words)
        return tuple(self.resolve_hits(hits, " ".join(words), lang))

    def typo_word(self, norm: str) -> str | None:
        """The one name word (first word of an Arabic name key) within one edit of ``norm``.

        None when the word is short, is itself a name word, or is near two different name words
        (a misspelling that could be either is left alone).
        """
        if len(norm) < TYPO_MIN_LETTERS or norm in self.tries["ar"]:
            return None
        index = self.typo_index
        found: set[str] = set()
        for probe in (norm, *_deletions(norm)):
            for w in index.get(probe, ()):
                if w not in found and within_one_edit(norm, w) and not _ending_only(norm, w):
                    found.add(w)
        return found.pop() if len(found) == 1 else None

    def resolve_hits(self, hits: Iterable[Hit], key: str, lang: str = "ar") -> list[Hit]:
        """Entity hits reduced to the best kind and, on a tie, to the data's default entity.

        Office and institution hits pass through unchanged. Returns no entity hit when a label is
        ambiguous and the data names no default (``check()`` reports those).
        """
        hits = list(hits)
        entity_hits = [h for h in hits if h.kind in KIND_RANK]
        others = [h for h in hits if h.kind not in KIND_RANK]
        if len(entity_hits) <= 1:
            return entity_hits + others
        default = self.defaults.get((lang, key))
        if default is not None:
            # The data's default wins across kinds too: "طرابلس" is Libya's capital before it is
            # the Lebanese city (the linker can still pick the city from the document's context).
            chosen = [h for h in entity_hits if h.ref == default]
            if chosen:
                return [min(chosen, key=lambda h: KIND_RANK[h.kind])] + others
        best = min(KIND_RANK[h.kind] for h in entity_hits)
        top = [h for h in entity_hits if KIND_RANK[h.kind] == best]
        ids = {h.ref for h in top}
        if len(ids) > 1:
            top = [h for h in top if h.ref == default]
        return top[:1] + others

    def office(self, id: str) -> Office | None:
        return self.offices.get(id)

    def holder(self, office: str, country_iso3: str | None, date: str | None) -> Entity | None:
        """The person whose term of ``office`` for ``country_iso3`` covers ``date`` (ISO string).

        With no date, the holder of the latest term. ``Leader``-like offices resolve through
        ``gk:resolvesTo`` (a leader is the head of state). Returns None when no term fits.
        """
        term = self.holder_term(office, country_iso3, date)
        return self.entities.get(term.person) if term else None

    def office_for_title(self, title: str, lang: str) -> Office | None:
        """The office a title names, from its words in either language: ``HeadOfState`` for
        "الرئيس" or "president", ``ForeignMinister`` for "وزيرة الخارجية" or "secretary of state".
        An office id ("ForeignMinister") is accepted as it is."""
        if title in self.offices:
            return self.offices[title]
        words = english_words(title) if lang == "en" else tuple(normalize_token(title).split())
        if lang == "en":
            words = tuple(w.lower() for w in words)
        for hit in _trie_get(self.tries.get(lang, {}), words):
            if hit.kind in (OFFICE, OFFICE_CONSTRUCT):
                return self.offices.get(hit.ref)
        return None

    def title_holder(self, title: str, country_iso3: str | None, date: str | None, lang: str = "ar") -> Entity | None:
        """Who a title of a country means at a date, for any language's linker: "الرئيس الروسي"
        in 2024 is ``title_holder("الرئيس", "RUS", "2024-05-01")``; "the US secretary of state"
        is ``title_holder("secretary of state", "USA", date, lang="en")``. The title may also be
        an office id. None when the title or a fitting term is unknown."""
        office = self.office_for_title(title, lang)
        if office is None:
            return None
        return self.holder(office.id, country_iso3, date)

    def holder_term(self, office: str, country_iso3: str | None, date: str | None) -> Term | None:
        """The term behind ``holder()``: its ``office`` is the office actually held, which can
        differ from the title asked for (a title known through ``gk:alsoTitled``)."""
        seen: set[str] = set()
        current: str | None = office
        while current and current not in seen:
            seen.add(current)
            found = self._holder_term(current, country_iso3, date)
            if found is not None:
                return found
            o = self.offices.get(current)
            current = o.resolves_to if o else None
        return None

    def _holder_term(self, office: str, country: str | None, date: str | None) -> Term | None:
        terms = self.terms.get((office, country or ""), [])
        if not terms:
            return None
        if date is None:
            # Latest term: an open term wins, else the one that ended last.
            return max(terms, key=lambda t: (t.end is None, t.start or "", t.end or ""))
        return _latest_covering(terms, date[:10])

    def body_holder_term(self, office: str, body: str, date: str) -> Term | None:
        """The term of the head of an organisation (``gk:officeBody`` ``body``, no state) that
        covers ``date``: "الأمين العام لمنظمة الأمم المتحدة" in 2006 is Kofi Annan's. Heads of
        organisations share one office with no state, so the body, not the office alone, tells
        whose term it is; None when the data has no term of that body at that day."""
        # (a term with no known start would cover any day: a body's head is named only when dated)
        of_body = (t for t in self.terms.get((office, ""), ()) if t.body == body and t.start is not None)
        return _latest_covering(of_body, date[:10])

    def terms_of(self, person: str) -> list[Term]:
        # Indexed by person on first use: the linker asks for every titled name.
        index = self.__dict__.get("_terms_by_person")
        if index is None:
            index = {}
            seen: set[int] = set()
            for ts in self.terms.values():
                for t in ts:
                    if id(t) not in seen:
                        seen.add(id(t))
                        index.setdefault(t.person, []).append(t)
            self.__dict__["_terms_by_person"] = index
        return list(index.get(person, ()))

    def composed(self, institution: str, country_iso3: str) -> Entity | None:
        """The entity for an institution of a country (``وزارة الدفاع الروسية``).

        A data entity declared with ``gk:institution`` and that country wins (the Pentagon for the
        US defence ministry); otherwise an entity ``<iso3>-<slug>`` is composed from the
        institution concept and the country's labels.
        """
        inst = self.institutions.get(institution)
        if inst is None:
            return None
        declared = self.institution_entities.get((institution, country_iso3))
        if declared:
            return self.entities[declared]
        country = self.country(country_iso3)
        if country is None:
            return None
        cid = f"{country_iso3.lower()}-{inst.slug}"
        cached = self.entities.get(cid) or self.composed_entities.get(cid)
        if cached is not None:
            return cached
        labels = {
            lang: f"{inst.labels.get(lang, inst.id)} ({country.labels.get(lang, country.label)})"
            for lang in ("ar", "en")
        }
        entity = Entity(
            id=cid,
            label=labels["en"],
            type=inst.type,
            labels=labels,
            country=country_iso3,
            sector=inst.sector,
        )
        self.composed_entities[cid] = entity
        return entity

    def institution_of(self, entity: Entity) -> Institution | None:
        """The institution an entity is of: a data entity declared with ``gk:institution`` (the
        State Department), or one composed as ``<iso3>-<slug>``."""
        for (inst, _), eid in self.institution_entities.items():
            if eid == entity.id:
                return self.institutions.get(inst)
        iso3, _, slug = entity.id.partition("-")
        if not slug or entity.country is None or iso3 != entity.country.lower():
            return None
        return next((i for i in self.institutions.values() if i.slug == slug), None)

    def composed_by_id(self, id: str) -> Entity | None:
        """A composed entity from its id ``<iso3>-<slug>`` (``rus-defence-ministry``)."""
        found = self.composed_entities.get(id)
        if found is not None:
            return found
        iso3, _, slug = id.partition("-")
        for inst in self.institutions.values():
            if inst.slug == slug:
                return self.composed(inst.id, iso3.upper())
        return None

    def country(self, iso3: str) -> Entity | None:
        return self._countries().get(iso3)

    def _countries(self) -> dict[str, Entity]:
        cache = self.__dict__.get("_country_cache")
        if cache is None:
            cache = {e.country: e for e in self.entities.values() if e.type == "Country" and e.country}
            self.__dict__["_country_cache"] = cache
        return cache

    def check(self) -> list[str]:
        """Data problems found while compiling (empty when the data is consistent)."""
        return list(self.problems)

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_country_cache", None)
        state["composed_entities"] = {}
        return state


# --- compiling the Turtle data -------------------------------------------------------------------


def data_dir() -> Path:
    """The folder holding the gazetteer's Turtle files (``geokg.ontology`` / data)."""
    try:
        from geokg.ontology import DATA_DIR  # type: ignore[attr-defined]

        return Path(DATA_DIR)
    except ImportError:
        pass
    try:
        from importlib.resources import files

        return Path(str(files("geokg.ontology") / "data"))
    except (ModuleNotFoundError, TypeError):
        return Path(__file__).resolve().parent.parent / "ontology" / "data"


def _local(iri: str, base: str) -> str | None:
    return iri[len(base) :] if iri.startswith(base) else None


class _Compiler:
    """Turns the rdflib graph of all data files into a ``Gazetteer``."""

    def __init__(self, graph: Any) -> None:
        self.g = graph
        self.problems: list[str] = []
        self.tries: dict[str, Trie] = {
            "ar": {},
            "ar_variant": {},
            "ar_skeleton": {},
            "en": {},
            "en_variant": {},  # one-word English place names by ``english_variant``
        }
        # (lang, normalised key, kind rank) → entity ids, to report ambiguity.
        self.label_owners: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self.max_words = 1
        self.weak: set[tuple[str, str, str]] = set()  # (entity id, lang, key) of gk:weakLabel
        self.guards: set[tuple[str, str]] = set()  # (entity id, cue list) of gk:refusedAfter
        self.typo_words: set[str] = set()  # first words of names that misspellings may reach

    # -- small rdflib helpers --
    def objects(self, s: Any, p: str) -> Iterator[Any]:
        from rdflib import URIRef

        return self.g.objects(s, URIRef(p))

    def literals(self, s: Any, p: str, lang: str | None = None) -> list[str]:
        out = []
        for o in self.objects(s, p):
            if getattr(o, "language", None) == lang or lang is None:
                out.append(str(o))
        return sorted(out)

    def one(self, s: Any, p: str) -> Any | None:
        vals = sorted(self.objects(s, p), key=str)
        return vals[0] if vals else None

    def flag(self, s: Any, local: str) -> bool:
        """Whether the subject has ``gk:<local> true``."""
        return str(self.one(s, GK + local)).lower() == "true"

    # -- index building --
    def add_key(self, lang: str, text: str, hit: Hit, foreign_ok: bool = True, skeleton_ok: bool = True) -> None:
        words = english_words(text) if lang == "en" else tuple(normalize_token(text).split())
        if not words:
            return
        if hit.kind in _WEAK_OF and (hit.ref, lang, " ".join(words)) in self.weak:
            hit = Hit(_WEAK_OF[hit.kind], hit.ref, hit.refused_after)
        if lang == "en":
            _trie_insert(self.tries["en"], words, hit)
            if hit.kind in (NAME, PLACE) and len(words) == 1 and len(words[0]) >= 5:
                _trie_insert(self.tries["en_variant"], (english_variant(words[0]),), hit)
        else:
            _trie_insert(self.tries["ar"], words, hit)
            if (
                hit.kind in (NAME, PLACE, METONYM)
                and foreign_ok
                and skeleton_ok
                and len(words[0]) >= TYPO_MIN_LETTERS
                and not words[0].startswith(ARTICLE)
            ):
                # Only transliterated proper names: an Arabic word with the article has too many
                # real neighbours one letter away (الجديدة ~ الحديدة, المنظمة ~ المنامة).
                self.typo_words.add(words[0])
            # Letter classes are for transliterated foreign names; a word with the article is
            # Arabic (الغرب must not match القرب, المجر not المقر).
            if hit.kind in (NAME, PLACE, METONYM) and foreign_ok and not words[0].startswith(ARTICLE):
                letters = sum(len(w) for w in words)
                if len(words) > 1 or letters >= VARIANT_MIN_LETTERS:
                    _trie_insert(
                        self.tries["ar_variant"],
                        tuple(variant_word(w) for w in words),
                        hit,
                    )
                if len(words) > 1:
                    # Inner spaces are optional in transliterated names: بيونغيانغ, كوالالمبور.
                    joined = variant_word("".join(words))
                    _trie_insert(self.tries["ar_variant"], (joined,), hit)
                    skel = tuple(skeleton_word(w) for w in words)
                    # A short first skeleton (كم, ف) would start a walk at every common word.
                    if skeleton_ok and len(skel[0]) >= 3 and sum(len(w) for w in skel) >= SKELETON_MIN_LETTERS:
                        _trie_insert(self.tries["ar_skeleton"], skel, hit)
        self.max_words = max(self.max_words, len(words))
        if hit.kind in KIND_RANK:
            self.label_owners[(lang, " ".join(words))][hit.kind].add(hit.ref)

    def compile(self) -> Gazetteer:
        cues = self.compile_cues()
        entities, offices, institutions, institution_entities, defaults, person_terms = self.compile_subjects()
        self.index_offices_and_institutions(offices, institutions)
        terms: dict[tuple[str, str], list[Term]] = defaultdict(list)
        for person, node in person_terms:
            term = self.compile_term(person, node, offices, entities)
            if term is not None:
                for office in (term.office, *term.titles):
                    terms[(office, term.country or "")].append(term)
        for ts in terms.values():
            ts.sort(key=lambda t: t.start or "")
        self.check_labels(defaults, entities, cues)
        for trie in self.tries.values():
            _mark_plain(trie)
        first_words = {name: frozenset(trie) - {END, PLAIN} for name, trie in self.tries.items()}
        return Gazetteer(
            entities=entities,
            offices=offices,
            institutions=institutions,
            terms=dict(terms),
            institution_entities=institution_entities,
            tries=self.tries,
            first_words=first_words,
            defaults=defaults,
            problems=self.problems,
            cues={key: frozenset(words) for key, words in cues.items()},
            max_words=self.max_words,
            typo_index=build_typo_index(self.typo_words),
            surnames=self.surnames(entities),
            given_names=self.given_names(entities),
            cameo_countries=self.cameo_countries(entities),
        )

    def compile_cues(self) -> dict[tuple[str, str], set[str]]:
        """The cue lists' words by (list, language); the weak labels noted on the way."""
        from rdflib import URIRef

        g = self.g
        cues: dict[tuple[str, str], set[str]] = defaultdict(set)
        for s, _, o in g.triples((None, URIRef(GK + "weakLabel"), None)):
            eid = _local(str(s), GKID)
            lang = getattr(o, "language", None) or "ar"
            if eid:
                self.weak.add((eid, lang, self.key_text(lang, str(o))))
        for cue_list, _, o in g.triples((None, URIRef(GK + "cueWord"), None)):
            lang = getattr(o, "language", None) or "ar"
            name = _local(str(cue_list), GK) or str(cue_list)
            cues[(name, lang)].add(self.key_text(lang, str(o)))
        return cues

    def compile_subjects(self):
        """Every typed subject of the data: offices, institutions, entities (with their terms,
        institution and the labels they are the default for)."""
        from rdflib import URIRef

        g = self.g
        entities: dict[str, Entity] = {}
        offices: dict[str, Office] = {}
        institutions: dict[str, Institution] = {}
        institution_entities: dict[tuple[str, str], str] = {}
        defaults: dict[tuple[str, str], str] = {}
        person_terms: list[tuple[str, Any]] = []
        subjects = sorted({s for s in g.subjects(URIRef(RDF_TYPE), None) if isinstance(s, URIRef)}, key=str)
        for s in subjects:
            iri = str(s)
            types = [t for t in sorted(_local(str(t), GK) or "" for t in g.objects(s, URIRef(RDF_TYPE))) if t]
            if "Office" in types:
                offices[_local(iri, GK) or iri] = self.compile_office(s)
                continue
            if "CueList" in types or "OfficeTerm" in types:
                continue
            if "Institution" in types:
                inst = self.compile_institution(s)
                institutions[inst.id] = inst
                continue
            eid = _local(iri, GKID)
            if eid is None or "/" in eid or not types:
                continue  # term nodes and foreign resources
            entity, terms = self.compile_entity(s, eid, types)
            if entity is None:
                continue
            entities[eid] = entity
            person_terms.extend((eid, t) for t in terms)
            inst_ref = self.one(s, GK + "institution")
            if inst_ref is not None and entity.country:
                institution_entities[(_local(str(inst_ref), GK) or "", entity.country)] = eid
            self.note_defaults(s, eid, defaults)
        return entities, offices, institutions, institution_entities, defaults, person_terms

    def note_defaults(self, s: Any, eid: str, defaults: dict[tuple[str, str], str]) -> None:
        for lang in ("ar", "en"):
            for label in self.literals(s, GK + "defaultFor", lang):
                key = self.key_text(lang, label)
                if (lang, key) in defaults and defaults[(lang, key)] != eid:
                    self.problems.append(f"two defaults for {lang} label {label!r}")
                defaults[(lang, key)] = eid

    def index_offices_and_institutions(self, offices: dict[str, Office], institutions: dict[str, Institution]) -> None:
        """Offices and institutions into the tries, by their labels and construct forms."""
        from rdflib import URIRef

        for kinds, ids in (((OFFICE, OFFICE_CONSTRUCT), offices), ((INSTITUTION, INSTITUTION_CONSTRUCT), institutions)):
            for ref in ids:
                s = URIRef(GK + ref)
                for lang in ("ar", "en"):
                    for label in self.labels(s, lang):
                        self.add_key(lang, label, Hit(kinds[0], ref))
                    for label in self.literals(s, GK + "constructLabel", lang):
                        self.add_key(lang, label, Hit(kinds[1], ref))
                    if kinds[0] == INSTITUTION:
                        for label in self.literals(s, GK + "contextLabel", lang):
                            self.add_key(lang, label, Hit(INSTITUTION_CONTEXT, ref))

    def check_labels(
        self, defaults: dict[tuple[str, str], str], entities: dict[str, Entity], cues: dict[tuple[str, str], set[str]]
    ) -> None:
        """Report ambiguous labels, defaults and weak labels that name no label, unknown guards."""
        self.report_ambiguity(defaults, entities)
        for (lang, key), eid in defaults.items():
            owners: set[str] = set()
            for ids in self.label_owners.get((lang, key), {}).values():
                owners |= ids
            if eid not in owners:
                self.problems.append(f"{eid}: gk:defaultFor {key!r}@{lang} is not one of its labels")
        for eid, lang, key in sorted(self.weak):
            owners = self.label_owners.get((lang, key), {})
            if not any(eid in owners.get(k, set()) for k in WEAK_KINDS):
                self.problems.append(f"{eid}: gk:weakLabel {key!r}@{lang} is not one of its names")
        for eid, guard in sorted(self.guards):
            if not any(name == guard for name, _ in cues):
                self.problems.append(f"{eid}: gk:refusedAfter {guard} is not a cue list")

    def _family_name_first(self) -> set[str]:
        """States whose names put the family name first (كيم جونغ أون: "كيم"), gk:familyNameFirst."""
        from rdflib import URIRef

        return {
            str(code)
            for s in self.g.subjects(URIRef(GK + "familyNameFirst"), None)
            for code in self.objects(s, GK + "countryCode")
        }

    def _person_names(self, entities: dict[str, Entity]) -> Iterator[tuple[str, Entity, list[str]]]:
        """(person id, person, normalised words) of every multi-word Arabic name of a person
        that does not start with a title or an article (الملك عبد الله الثاني)."""
        from rdflib import URIRef

        # given names spelt with the article's letters (إلياس، ألكسندر): no title before them
        given = {
            self.key_text("ar", str(o))
            for o in self.objects(URIRef(GK + CUE_LISTS.given_name), GK + "cueWord")
            if getattr(o, "language", None) == "ar"
        }
        for eid, entity in entities.items():
            if entity.type != "Person":
                continue
            for label in self.labels(URIRef(GKID + eid), "ar"):
                words = normalize_token(label).split()
                if len(words) >= 2 and (not words[0].startswith(ARTICLE) or words[0] in given):
                    yield eid, entity, words

    def surnames(self, entities: dict[str, Entity]) -> dict[str, tuple[str, ...]]:
        from rdflib import URIRef

        first = self._family_name_first()
        # Words that are never a surname on their own (common words: رئيسي "main", سلام "peace").
        never = {
            self.key_text("ar", str(o))
            for o in self.objects(URIRef(GK + CUE_LISTS.not_a_surname), GK + "cueWord")
            if getattr(o, "language", None) == "ar"
        }
        particles = {normalize_token(w) for w in _NAME_PARTICLES}
        out: dict[str, set[str]] = defaultdict(set)
        for eid, entity, words in self._person_names(entities):
            if entity.country in first:
                surname, min_letters = words[0], 3
            else:
                surname, min_letters = words[-1], 4
                if words[-2] in particles or surname.startswith(ARTICLE):
                    continue  # compound family names (عبد العاطي, نصر الله, آل ثاني)
            if len(surname) >= min_letters and surname not in never:
                out[surname].add(eid)
        return {k: tuple(sorted(v)) for k, v in out.items()}

    def given_names(self, entities: dict[str, Entity]) -> dict[str, tuple[str, ...]]:
        first = self._family_name_first()
        particles = {normalize_token(w) for w in _NAME_PARTICLES}
        out: dict[str, set[str]] = defaultdict(set)
        for eid, entity, words in self._person_names(entities):
            for w in words[1:] if entity.country in first else words[:-1]:
                if len(w) >= 3 and not w.startswith(ARTICLE) and w not in particles:
                    out[w].add(eid)
        return {k: tuple(sorted(v)) for k, v in out.items()}

    def cameo_countries(self, entities: dict[str, Entity]) -> dict[str, str]:
        """gk:cameoCountryCode → the state's ISO code; a code that is malformed, is the ISO code
        itself, sits on no country or names two states is a data problem."""
        from rdflib import URIRef

        out: dict[str, str] = {}
        for s, code in sorted(self.g.subject_objects(URIRef(GK + "cameoCountryCode")), key=str):
            eid, code = _local(str(s), GKID) or str(s), str(code)
            entity = entities.get(eid)
            if entity is None or entity.type != "Country" or not entity.country:
                self.problems.append(f"{eid}: gk:cameoCountryCode {code!r} on no country")
            elif not _CAMEO_COUNTRY.match(code) or code == entity.country:
                self.problems.append(f"{eid}: gk:cameoCountryCode {code!r} is no irregular CAMEO code")
            elif out.setdefault(code, entity.country) != entity.country:
                self.problems.append(f"{eid}: gk:cameoCountryCode {code!r} names two states")
        return out

    def key_text(self, lang: str, label: str) -> str:
        if lang == "en":
            return " ".join(english_words(label))
        return normalize_token(label)

    def labels(self, s: Any, lang: str) -> list[str]:
        return self.literals(s, SKOS + "prefLabel", lang) + self.literals(s, SKOS + "altLabel", lang)

    def compile_office(self, s: Any) -> Office:
        oid = _local(str(s), GK) or str(s)
        rel = self.one(s, GK + "standingRelation")
        res = self.one(s, GK + "resolvesTo")
        labels = {lang: (self.literals(s, SKOS + "prefLabel", lang) or [oid])[0] for lang in ("ar", "en")}
        return Office(
            id=oid,
            relation=_local(str(rel), GK) if rel is not None else None,
            resolves_to=_local(str(res), GK) if res is not None else None,
            labels=labels,
            licenses_weak_demonym=self.flag(s, "licensesWeakDemonym"),
        )

    def compile_institution(self, s: Any) -> Institution:
        iid = _local(str(s), GK) or str(s)
        slug = self.one(s, GK + "slug")
        etype = self.one(s, GK + "entityType")
        sector = self.one(s, GK + "sector")
        labels = {lang: (self.literals(s, SKOS + "prefLabel", lang) or [iid])[0] for lang in ("ar", "en")}
        if slug is None:
            self.problems.append(f"institution {iid} has no gk:slug")
        return Institution(
            id=iid,
            slug=str(slug) if slug is not None else iid.lower(),
            type=(_local(str(etype), GK) if etype is not None else None) or "GovernmentBody",
            sector=str(sector) if sector is not None else None,
            labels=labels,
            implied=self.flag(s, "impliedActor"),
            apart=self.flag(s, "standsApartFromState"),
            licenses_weak_demonym=self.flag(s, "licensesWeakDemonym"),
            residents=self.flag(s, "residentsByGenitive"),
            tells_of_home=self.flag(s, "tellsOfHome"),
        )

    def compile_entity(self, s: Any, eid: str, types: list[str]) -> tuple[Entity | None, list[Any]]:
        etype = types[0]
        if len(types) > 1:
            self.problems.append(f"{eid}: several types {types}")
        if eid[:1] == "Q" and not _QID.match(eid):
            self.problems.append(f"{eid}: malformed QID in entity id")
        if eid[:1] != "Q" and eid != eid.lower():
            self.problems.append(f"{eid}: local ids are lowercase slugs")
        for same in self.objects(s, OWL_SAMEAS):
            qid = _local(str(same), WD)
            if qid is None:
                continue
            if not _QID.match(qid):
                self.problems.append(f"{eid}: malformed QID {qid!r} in owl:sameAs")
            elif eid[:1] == "Q" and qid != eid:
                self.problems.append(f"{eid}: owl:sameAs {qid} differs from its id")
        codes = [str(o) for o in self.objects(s, GK + "countryCode")]
        no_country = any(str(o).lower() == "true" for o in self.objects(s, GK + "noCountry"))
        country = codes[0] if codes else None
        if len(codes) > 1:
            self.problems.append(f"{eid}: several country codes {codes}")
        if country is not None and not _ISO3.match(country):
            self.problems.append(f"{eid}: country code {country!r} is not ISO 3166-1 alpha-3")
            country = None
        if country is None and not no_country:
            self.problems.append(f"{eid}: no gk:countryCode and no gk:noCountry true")
        if country is not None and no_country:
            self.problems.append(f"{eid}: both gk:countryCode and gk:noCountry")
        sector = self.one(s, GK + "sector")
        labels: dict[str, str] = {}
        # gk:englishOnly true: a person known from an English source only has no Arabic label
        english_only = any(str(o).lower() == "true" for o in self.objects(s, GK + "englishOnly"))
        for lang in ("ar", "en"):
            prefs = self.literals(s, SKOS + "prefLabel", lang)
            if len(prefs) != 1 and not (lang == "ar" and english_only and not prefs):
                self.problems.append(f"{eid}: {len(prefs)} skos:prefLabel@{lang}")
            if prefs:
                labels[lang] = prefs[0]
        entity = Entity(
            id=eid,
            label=labels.get("en") or labels.get("ar") or eid,
            type=etype,
            labels=labels,
            country=country,
            sector=str(sector) if sector is not None else None,
        )
        kind = PLACE if etype in PLACE_TYPES else NAME
        foreign = not any(str(o).lower() == "true" for o in self.objects(s, GK + "nativeName"))
        skeleton = etype in SKELETON_TYPES
        refused = self.one(s, GK + "refusedAfter")
        guard = (_local(str(refused), GK) or str(refused)) if refused is not None else None
        if guard is not None:
            self.guards.add((eid, guard))
        for lang in ("ar", "en"):
            for label in self.labels(s, lang):
                self.add_key(lang, label, Hit(kind, eid, guard), foreign_ok=foreign, skeleton_ok=skeleton)
            for label in self.literals(s, GK + "metonym", lang):
                self.add_key(lang, label, Hit(METONYM, eid, guard), foreign_ok=foreign, skeleton_ok=skeleton)
            for prop in ("forceLabel", "descriptionLabel"):  # (both descriptions, no names)
                for label in self.literals(s, GK + prop, lang):
                    self.add_key(lang, label, Hit(FORCE, eid, guard))
        for prop, kind in (("demonym", DEMONYM), ("weakDemonym", WEAK_DEMONYM)):
            for masc in self.literals(s, GK + prop, "ar"):
                for form in demonym_forms_ar(normalize_token(masc)):
                    # (the bare form may be the state's weak name itself: مالي)
                    if kind == DEMONYM or (eid, "ar", form) not in self.weak:
                        self.add_key("ar", form, Hit(kind, eid))
        for adj in self.literals(s, GK + "demonym", "en"):
            for form in demonym_forms_en(adj):
                self.add_key("en", form, Hit(DEMONYM, eid))
        for lang in ("ar", "en"):
            for form in self.literals(s, GK + "demonymForm", lang):
                self.add_key(lang, form, Hit(DEMONYM, eid))
        return entity, list(self.objects(s, GK + "holdsOffice"))

    def compile_term(
        self,
        person: str,
        node: Any,
        offices: dict[str, Office],
        entities: dict[str, Entity],
    ) -> Term | None:
        office = self.one(node, GK + "office")
        oid = _local(str(office), GK) if office is not None else None
        if oid is None or oid not in offices:
            self.problems.append(f"{person}: term {node} has unknown office {office}")
            return None
        country = self.one(node, GK + "officeCountry")
        start = self.one(node, GK + "termStart")
        end = self.one(node, GK + "termEnd")
        body = self.one(node, GK + "officeBody")
        for label, val in (("termStart", start), ("termEnd", end)):
            if val is not None and not _DATE.match(str(val)):
                self.problems.append(f"{person}: {label} {val} is not an xsd:date")
        if start is not None and end is not None and str(end) < str(start):
            self.problems.append(f"{person}: term {node} ends before it starts")
        body_id = _local(str(body), GKID) if body is not None else None
        titles = []
        for t in self.objects(node, GK + "alsoTitled"):
            tid = _local(str(t), GK)
            if tid not in offices:
                self.problems.append(f"{person}: term {node} gk:alsoTitled unknown office {t}")
            else:
                titles.append(tid)
        if body_id is not None and body_id not in entities:
            self.problems.append(f"{person}: term body {body_id} is not an entity")
        return Term(
            person=person,
            office=oid,
            country=str(country) if country is not None else None,
            start=str(start) if start is not None else None,
            end=str(end) if end is not None else None,
            body=body_id,
            titles=tuple(sorted(titles)),
        )

    def report_ambiguity(self, defaults: dict[tuple[str, str], str], entities: dict[str, Entity]) -> None:
        for (lang, key), by_kind in sorted(self.label_owners.items()):
            best = min(by_kind, key=KIND_RANK.__getitem__)
            owners = by_kind[best]
            if len(owners) > 1 and defaults.get((lang, key)) not in owners:
                self.problems.append(
                    f"label {key!r}@{lang} ({best}) names {sorted(owners)} and no gk:defaultFor picks one"
                )
        # Two different labels can fold to one spelling-variant or skeleton key (ج/غ/ق, dropped
        # long vowels): a text spelt that way would name either, and no default can pick one,
        # since defaults are keyed by the exact label.
        chosen = set(defaults.values())
        for name in ("ar_variant", "ar_skeleton"):
            stack: list[tuple[tuple[str, ...], Trie]] = [((), self.tries[name])]
            while stack:
                words, node = stack.pop()
                for k, child in node.items():
                    if k == END:
                        hits = [h for h in child if h.kind in KIND_RANK]
                        if not hits:
                            continue
                        best_rank = min(KIND_RANK[h.kind] for h in hits)
                        ids = {h.ref for h in hits if KIND_RANK[h.kind] == best_rank}
                        countries = {entities[i].country for i in ids if i in entities}
                        if name == "ar_skeleton" and len(countries) == len(ids):
                            # Different states' names: the linker picks by the document's
                            # countries or links nothing; it never takes the first.
                            continue
                        if len(ids) > 1 and not ids & chosen:
                            self.problems.append(
                                f"{name} key {' '.join(words)!r} names {sorted(ids)}: mark one label"
                                " gk:nativeName or give a gk:defaultFor"
                            )
                    elif k != PLAIN:
                        stack.append(((*words, k), child))


def data_files(folder: Path) -> list[Path]:
    """The Turtle files of a data folder that ``load_gazetteer`` compiles, in order."""
    return sorted(p for p in folder.glob("*.ttl") if p.is_file())


def compile_gazetteer(files: Iterable[Path]) -> Gazetteer:
    """Parse the Turtle files and compile them (no cache)."""
    from rdflib import Graph

    g = Graph()
    for p in files:
        g.parse(p, format="turtle")
    return _Compiler(g).compile()


def index_code() -> list[Path]:
    """The modules whose code shapes the compiled index, all hashed into its artifact's key: this
    one, the normaliser that spells its keys, the ontology module that names its cue lists, and
    the model whose entities it pickles. With one left out, an edit to it would leave a stale
    index in the cache, read by every process (and by every checkout sharing the cache folder)."""
    return [Path(__file__), Path(normalize.__file__), Path(ontology_module.__file__), Path(model.__file__)]


def load_gazetteer(folder: Path | str | None = None, use_cache: bool = True) -> Gazetteer:
    """The gazetteer compiled from ``folder`` (default: the shipped ``ontology/data``).

    The compiled index is an artifact under the cache folder keyed by the hash of the data files
    and of this module (``artifacts``), so edits to the data take effect on the next load. Each
    call reads it anew: a component loads it once, in ``initialize``.
    """
    folder = Path(folder) if folder is not None else data_dir()
    files = data_files(folder)
    if not files:
        raise FileNotFoundError(f"no gazetteer data (*.ttl) in {folder}")
    key = digest(INDEX_VERSION, [*index_code(), *files])

    def compile() -> Gazetteer:
        gaz = compile_gazetteer(files)
        gaz.source_hash = key
        return gaz

    if not use_cache:
        return compile()
    gaz = load_or_compile("gazetteer", key, compile, Gazetteer)
    return gaz if gaz.source_hash == key else compile()


def _latest_covering(terms: Iterable[Term], day: str) -> Term | None:
    """Of the terms that cover ``day`` (an ISO date), the one that started last: overlaps (acting
    holders, hand-overs on the same day) go to the most recent start."""
    fitting = [t for t in terms if (t.start is None or t.start <= day) and (t.end is None or day < t.end)]
    return max(fitting, key=lambda t: t.start or "") if fitting else None
