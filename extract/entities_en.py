"""English entity linking: the gazetteer over spaCy's tokens and parse, plus its named entities.

``en_core_web_sm`` tags, parses and finds names; this module links what it finds to the same
actors the Arabic side uses (``ontology/data``): names, metonyms ("Washington", "the Kremlin"),
demonyms, office titles resolved to their holder by the document's date ("the Russian president",
"Russia's foreign minister"), institutions and generic group nouns composed with a country
("the Israeli army" → ``isr-army``, "Iraqi rebels" → ``irq-rebels``: one stable local id per
country and group, with the group's sector), and people spaCy names after a title ("Nigerian
President Olusegun Obasanjo" → a person of Nigeria, sector GOV).

The component ``geokg_en_linker`` puts an ``EnglishLinker`` for the document on
``doc._.geokg_links``: ``actors(token)`` answers "which actors is this noun phrase?" for the
relation component, which asks it about subjects, objects and possessors; ``all_actors()`` lists
every linked name for ``--format mentions``. Names are matched in the document's paragraphs only.
The gazetteer and the head-noun cues load in ``initialize()``; ``to_disk`` saves their Turtle.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from geokg.ontology import Ontology, sector_groups
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from . import attributes_en, dateline_en, hyphens_en, lemmas_en
from .dateline_en import dateline, may_open
from .document_doc import region_token_ranges, register_extensions
from .gazetteer import (
    DEMONYM,
    END,
    FORCE,
    INSTITUTION,
    INSTITUTION_CONSTRUCT,
    METONYM,
    NAME,
    OFFICE,
    OFFICE_CONSTRUCT,
    PLACE,
    Gazetteer,
    Hit,
    english_variant,
    english_words,
    office_day,
)
from .model import Entity, Mention
from .parse_en import dependents, parse_of
from .saved_sources import load_data, load_ontology_from, save_files, saved_files

# Dependencies by which a modifier gives a noun its country ("Russian troops", "US officials",
# "Sudan's government", "the government of Sudan").
_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod", "nummod"})
# Prepositions after a noun that give its state ("the police of Kenya", "rebels from Darfur"), and
# those that give a target's ("towns in Iraq")
_STATE_PREPS = ("of", "in", "from", "throughout", "across")
_TARGET_PREPS = ("of", "in", "throughout", "across", "for")
_NONSTATE_TYPES = frozenset({"ArmedGroup", "Group"})  # named groups that act for no state
# Modifiers that say a group is from abroad without naming whence ("foreign workers")
_FOREIGN = frozenset({"foreign", "expatriate", "overseas"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "NORP"})
# Prepositions after which a named state or capital is where something happens
_LOCATIVE = frozenset(
    {"in", "at", "near", "outside", "inside", "around", "across", "throughout", "to", "into", "towards", "toward"}
)
# Prepositions by which a verb aims its act at a place ("fired into", "lobbed shells at")
_AIMED = frozenset({"into", "at", "toward", "towards", "on", "onto"})
_SLUG = re.compile(r"[^a-z0-9]+")
# String ids whose gazetteer key words the linker component keeps, at most
_MAX_KEYS = 500_000
# The plural noun tags as string ids: ``Token.tag_`` looks its string up anew on every read.
_PLURAL_TAGS = frozenset(hash_string(t) for t in ("NNS", "NNPS"))
# Arabic articles and kin words written in lower case at the start of a name ("al-Qaida",
# "al Qaeda", "bin Laden"): the name is capitalised after them
_NAME_PARTICLES = frozenset({"al", "el", "ad", "ash", "ath", "az", "bin", "ibn"})


# a word's spelling-free place key (a pure function of the word, asked of every capitalised
# word of five letters or more that starts no name)
_variant_key = functools.lru_cache(maxsize=65_536)(english_variant)
_VARIANT_MIN = 5  # letters of the shortest word read as a place's other transliteration


def token_key(text: str) -> str:
    """A token's gazetteer key word: lower case except acronyms ("US" is not "us"), dots dropped."""
    raw = text.replace(".", "")
    if raw.isupper() and len(raw) > 1:
        return raw
    return raw.lower()


@dataclass(frozen=True)
class EnActor:
    """An actor as written: ``entity`` at tokens [start, end) of the Doc."""

    entity: Entity
    start: int
    end: int
    kind: str  # name, metonym, demonym, office, group, person, pronoun, default (implied)
    text: str
    char_start: int
    char_end: int
    # The date an office title or a surname was resolved to its holder at, when the document has
    # no date of its own (the run date); None otherwise (CONTRACT §2, ``as_of``).
    as_of: str | None = None

    @property
    def implied(self) -> bool:
        """An implied actor (a protest's government) has no words in the text."""
        return self.kind == "default"


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    hits: tuple[Hit, ...]

    def kinds(self) -> set[str]:
        return {h.kind for h in self.hits}

    def first(self, *kinds: str) -> Hit | None:
        for h in self.hits:
            if h.kind in kinds:
                return h
        return None


# a state a sentence names, with the verb of saying whose own clause names it (None: no such verb)
_Heard = tuple[str, int | None]


def _clause_verb(tok: Token) -> Token:
    """The nearest verb over ``tok`` (itself if a verb): the clause it belongs to."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head != tok:
        tok = tok.head
    return tok


@dataclass(frozen=True)
class NounCues:
    """English head nouns whose modifier says what they are (lexicon.ttl), lower-cased."""

    targets: frozenset[str]  # "Hezbollah targets" are Hezbollah
    people: frozenset[str]  # "Iraqi workers" are Iraq's civilians
    places: frozenset[str] = frozenset()  # "a remote area of Nigeria" is in Nigeria
    # verbs that attribute what follows to a source ("said", "told"; "according to")
    reporting: frozenset[str] = frozenset()
    # a state's seats abroad ("embassy"): never at home, so no scene of that state
    seats: frozenset[str] = frozenset()
    # adjectives on an office title of someone who held it before ("former", "late")
    past_holder: frozenset[str] = frozenset()
    # "an Iraqi group", "an Afghan faction": a state's armed group (``_band``), and the words
    # that may stand beside the national adjective on it ("a shadowy Iraqi group")
    bands: frozenset[str] = frozenset()
    band_descriptors: frozenset[str] = frozenset()
    # "anti", "pro": "an anti-Syrian journalist" is no journalist of Syria (gk:StancePrefixCue)
    stance_prefixes: frozenset[str] = frozenset()

    def held_place(self, tok: Token) -> bool:
        """A noun of a holder's places (gk:TargetNounCue) by its lemma or its own text: the
        tagger's lemma of a plural may be another word's ("bases" → "basis"), and the class
        word's plural in -s is the same noun."""
        word = tok.lower_
        plural = word.endswith("s") and word[:-1] in self.targets  # (not "based", "sided": verbs)
        return tok.lemma_.lower() in self.targets or word in self.targets or plural

    @classmethod
    def from_ontology(cls, ontology: Ontology) -> NounCues:
        cues = ontology.cue_set
        return cls(
            frozenset(w.lower() for w in cues.target_noun.words("en")),
            frozenset(w.lower() for w in cues.people_noun.words("en")),
            frozenset(w.lower() for w in cues.place_noun.words("en")),
            frozenset(w.lower().split()[0] for w in cues.reporting.words("en") + cues.attribution.words("en")),
            frozenset(w.lower() for w in cues.seat_abroad.words("en")),
            frozenset(w.lower() for w in cues.past_holder.words("en")),
            frozenset(w.lower() for w in cues.band_noun.words("en")),
            frozenset(w.lower() for w in cues.band_descriptor.words("en")),
            frozenset(w.lower() for w in cues.stance_prefix.words("en")),
        )


@dataclass(frozen=True)
class Surnames:
    """People by the last word of their English names ("bush" → both Presidents Bush): a surname
    alone, or after a title, means the one who held office at the document's date."""

    people: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # other words of the names ("abdullah" → Abdullah II of Jordan): for a titled name of a
    # state ("Jordan's King Abdullah"), where monarchs go by a given name
    given: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, gaz: Gazetteer) -> Surnames:
        index: dict[str, list[str]] = {}
        given: dict[str, list[str]] = {}
        for ent in gaz.entities.values():
            if ent.type != "Person":
                continue
            words = english_words(ent.labels.get("en") or "")
            if len(words) > 1 and words[-1].isalpha() and len(words[-1]) > 2:
                index.setdefault(words[-1].lower(), []).append(ent.id)
            for w in words[:-1]:
                if w.isalpha() and len(w) > 2:
                    given.setdefault(w.lower(), []).append(ent.id)
        return cls({k: tuple(v) for k, v in index.items()}, {k: tuple(v) for k, v in given.items()})

    def holder(
        self,
        name: Span,
        gaz: Gazetteer,
        date: str | None,
        office: str | None = None,
        country: str | None = None,
        known: Entity | None = None,
    ) -> Entity | None:
        """The person a name means at ``date``: of the people whose surname (and other words) it
        is, and ``known`` (the gazetteer's own reading of the name), the one whose term (of
        ``office``, for ``country``, where given) covers the date; else, when they are all of
        one state, the one whose term began last before it."""
        words = [w.lower() for w in english_words(name.text)]
        if not words or not date:
            return None
        ids = self.people.get(words[-1], ())
        if len(words) == 1 and office is not None and country is not None:
            # "Jordan's King Abdullah": monarchs go by a given name (the term decides)
            ids = (*ids, *(i for i in self.given.get(words[0], ()) if i not in ids))
        people = [gaz.get(p) for p in ids]
        people = [
            p
            for p in people
            if p is not None
            and (known is None or p.id != known.id)
            and (country is None or p.country == country)
            and set(words) <= {w.lower() for w in english_words(p.labels.get("en") or "")}
        ] + ([known] if known is not None and (country is None or known.country == country) else [])
        terms = [(t, p) for p in people for t in gaz.terms_of(p.id) if office is None or t.office == office]
        day = date[:10]
        covering = {p.id: p for t, p in terms if (t.start or "") <= day and (t.end is None or day < t.end)}
        if len(covering) == 1:
            return next(iter(covering.values()))
        if covering or len({p.country for p in people}) != 1:
            return None
        before = [(t.start or "", p) for t, p in terms if (t.start or "") <= day]
        if before:
            return max(before, key=lambda x: x[0])[1]
        return people[0] if len(people) == 1 else None


class EnglishLinker:
    """Links the actors of one parsed English document's Doc; the component makes one per Doc (it
    memoises per token)."""

    def __init__(
        self,
        doc: Doc,
        gaz: Gazetteer,
        nouns: NounCues,
        date: str | None = None,
        surnames: Surnames | None = None,
        today: str | None = None,
        keys: dict[int, str] | None = None,
    ) -> None:
        self.doc = doc
        self.gaz = gaz
        self.nouns = nouns
        self.date = date
        self.surnames = surnames or Surnames()
        # Office holders are those of the document's date; a document without one takes the run
        # date's and says so (``EnActor.as_of``).
        self.when = office_day(date, today)
        self.as_of = None if date else self.when
        self._ent_spans = doc.ents  # (each read of Doc.ents makes its Spans anew)
        self._ents = _entity_index(self._ent_spans)
        self._text: str | None = None
        self.parse = parse_of(doc)
        self._orths: list[int] = self.parse.orths
        # the gazetteer key word of each string id seen (``token_key``), kept by the component
        self._keys = keys if keys is not None else {}
        # Credits and datelines ("BAGHDAD (Reuters) - ") name no actor; the first dateline's place
        # is where the story happens, unless the text says otherwise.
        self.furniture: set[int] = set()
        self.place: Entity | None = None
        self._capital_dateline = False  # the dateline's first name is a state's (its capital's)
        regions = [(self._dateline(lo, hi), hi) for lo, hi in region_token_ranges(doc)]
        self.matches: list[_Match] = [m for lo, hi in regions for m in self._match_all(lo, hi)]
        self._starts = [m.start for m in self.matches]
        self._where: dict[int, tuple[list[_Heard], list[_Heard], list[_Heard]]] = {}
        self._aimed: dict[int, frozenset[str]] = {}
        self._story: tuple[Entity | None, bool] | None = None  # (the story's place, the dateline's alone)
        self._sentence_starts: list[int] | None = None
        self.at: dict[int, _Match] = {}
        for m in self.matches:
            for i in range(m.start, m.end):
                self.at[i] = m
        self._memo: dict[int, list[EnActor]] = {}
        self._countries: dict[tuple[int, tuple[str, ...]], list[Entity]] = {}
        # Offices the text states with a name ("Russian President Vladimir Putin"): (holder as
        # written, office concept, state), for the standing facts the relation component asserts
        # paragraph by paragraph (``take_office_facts``).
        self.office_facts: list[tuple[EnActor, str, Entity]] = []
        self._taken = 0

    # --- gazetteer matching over tokens --------------------------------------------------------

    def _dateline(self, lo: int, hi: int) -> int:
        """The first token of a paragraph's story, after its credit and dateline (``lo`` if it
        has none); the dateline's place, the first time."""
        if lo >= hi or not may_open(self.doc, lo, self._orths):
            return lo
        start = self.doc[lo].idx
        last = self.doc[min(hi, lo + 48) - 1]
        # (the Span's text sliced from the Doc's, read once: ``Span.text`` makes every Token)
        found = dateline(self.text[start : last.idx + len(last)])
        if found is None:
            return lo
        end = lo
        while end < hi and self.doc[end].idx < start + found.end:
            end += 1
        self.furniture.update(range(lo, end))
        if self.place is None:
            self.place = self._place_named(found.places)
            first = self._place_named(found.places[:1])
            self._capital_dateline = first is not None and first.type == "Country"
        return end

    def _place_named(self, names: tuple[str, ...]) -> Entity | None:
        """The state or place a dateline names: its region where that is a state ("NAJAF,
        Iraq"), else its city ("BAGHDAD")."""
        found = []
        for name in names:
            for hit in self.gaz.lookup(english_words(name.title()), "en"):
                ent = self.gaz.get(hit.ref)
                if ent is not None and ent.country and ent.type in ("Country", "Place", "City"):
                    found.append(ent)
                    break
        states = [e for e in found if e.type == "Country"]
        return (states or found or [None])[0]

    def _match_all(self, lo: int, hi: int) -> list[_Match]:
        """Gazetteer matches in tokens [lo, hi) (one paragraph), longest first, left to right."""
        doc, gaz = self.doc, self.gaz
        trie = gaz.tries.get("en", {})
        first = gaz.first_words.get("en", frozenset())
        # (the words' keys from their string ids, each worked out once: no Token objects made
        # for the many that match nothing)
        cache = self._keys
        keys = [""] * lo + [cache[o] if o in cache else self._key(o) for o in self._orths[lo:hi]]
        variants = gaz.tries.get("en_variant", {})
        out: list[_Match] = []
        i = lo
        while i < hi:
            if keys[i] not in first:
                # (a short word is no variant: no call for most words)
                variant = self._variant_place(i, keys[i], variants) if len(keys[i]) >= _VARIANT_MIN else None
                if variant is not None:
                    out.append(_Match(i, i + 1, tuple(variant)))
                i += 1
                continue
            node = trie
            best: tuple[int, list[Hit]] | None = None
            j = i
            words: list[str] = []
            while j < hi and j - i < gaz.max_words + 2:
                k = keys[j]
                if k in ("-", "") and words:  # "Asia-Pacific" is three tokens
                    j += 1
                    continue
                # "People's", "Workers'" are one key word but two tokens
                poss = keys[j + 1].replace("’", "'") if j + 1 < hi else ""
                if poss in ("'s", "'") and k + poss in node:
                    node = node[k + poss]
                    words.append(k + poss)
                    j += 2
                    if END in node:
                        best = (j, node[END])
                    continue
                node = node.get(k)
                if node is None:
                    break
                words.append(k)
                j += 1
                if END in node:
                    best = (j, node[END])
            if best is None:
                i += 1
                continue
            end, raw = best
            hits = tuple(gaz.resolve_hits(raw, " ".join(words[: end - i]), "en"))
            first_token = doc[i]  # (one Token for all the hits)
            hits = tuple(h for h in hits if self._plausible(h, first_token))
            if hits:
                out.append(_Match(i, end, hits))
                i = end
            else:
                i += 1
        return out

    def _variant_place(self, i: int, key: str, variants: dict) -> list[Hit] | None:
        """A one-word place name in another transliteration ("Baquba" for Baqubah), where no
        name starts at ``i``: the hits of the one place whose spelling-free key it shares."""
        if len(key) < _VARIANT_MIN:
            return None
        # (the key first, cached: most words are no place's, and need no Token made)
        node = variants.get(_variant_key(key))
        raw = node.get(END) if node is not None else None
        if not raw:
            return None
        tok = self.doc[i]  # (one Token for both tests)
        if not tok.is_title or tok.pos_ != "PROPN":
            return None
        places = {h.ref: h for h in raw or () if (e := self.gaz.get(h.ref)) is not None and e.type in ("Place", "City")}
        return list(places.values()) if len(places) == 1 else None

    def _key(self, orth: int) -> str:
        key = self._keys[orth] = token_key(self.doc.vocab.strings[orth])
        return key

    @staticmethod
    def _plausible(hit: Hit, tok: Token) -> bool:
        # Names, places, metonyms and demonyms are capitalised in English ("Turkey", not "turkey");
        # a weak label (also a common word) is left out.
        if hit.kind in (NAME, PLACE, METONYM, DEMONYM):
            return _capitalised(tok)
        if hit.kind == FORCE:  # a description ("the world body", gk:descriptionLabel) is written in
            return _definite(tok)  # lower case; it refers back to one body only after "the"
        return hit.kind in (OFFICE, OFFICE_CONSTRUCT, INSTITUTION, INSTITUTION_CONSTRUCT)

    def _ent_of(self, tok: Token) -> Span | None:
        """spaCy's named entity that ``tok`` is part of."""
        return self._ents.get(tok.i)

    # --- actors of a noun phrase ---------------------------------------------------------------

    def actor_span(self, tok: Token) -> tuple[int, int]:
        m = self.at.get(tok.i)
        if m is not None:
            return m.start, m.end
        if tok.ent_iob_ != "O" and tok.ent_type_:
            ent = self._ent_of(tok)
            if ent is not None:
                return ent.start, ent.end
        return tok.i, tok.i + 1

    def _make(self, entity: Entity, start: int, end: int, kind: str, dated: bool = False) -> EnActor:
        """An actor over tokens [start, end); ``dated``: resolved as the holder at a date."""
        # (offsets from the parse arrays and the text from the Doc's, read once: no Token, no Span)
        char_start, char_end = self.parse.idx[start], self.parse.end_char[end - 1]
        as_of = self.as_of if dated else None
        return EnActor(entity, start, end, kind, self.text[char_start:char_end], char_start, char_end, as_of)

    @property
    def text(self) -> str:
        """The Doc's text, read once (``Doc.text`` joins every token anew on each read)."""
        if self._text is None:
            known = self.doc._.geokg_text  # (set by ``document_doc.join``)
            self._text = self.doc.text if known is None else known
        return self._text

    def may_name(self, tok: Token) -> bool:
        """A cheap test before ``actors``: only matched words, named entities and plural nouns
        can name an actor, never a dateline."""
        return self.may_name_at(tok.i)

    def may_name_at(self, i: int) -> bool:
        """``may_name`` of the word at index ``i``, from the parse arrays (no ``Token``)."""
        if i in self.furniture:
            return False
        if i in self.at or i in self._ents:
            return True
        # a plural noun names people or targets by a name or demonym just before it ("Iraqi
        # workers", "Hezbollah positions"), and so does a band noun ("an Iraqi group": ``_band``)
        named = self.parse.tags[i] in _PLURAL_TAGS or self.parse.lemmas[i] in self.nouns.bands
        return named and any(j in self.at or j in self._ents for j in range(max(0, i - 4), i))

    def nationals(self, start: int, end: int) -> frozenset[int]:
        """The tokens of a sentence (tokens [start, end)) that name people by their nation
        alone, as a noun ("two Americans", "a Briton"), not as a word describing another
        ("American troops")."""
        found = set()
        deps = self.parse.deps
        for i in range(start, end):
            m = self.at.get(i)
            if m is not None and m.end == i + 1 and deps[i] not in ("amod", "compound", "nmod", "poss"):
                if m.first(NAME, PLACE, METONYM, INSTITUTION, OFFICE) is None and m.first(DEMONYM) is not None:
                    found.add(i)
        return frozenset(found)

    def actors(self, tok: Token, places: bool = False) -> list[EnActor]:
        """The actors the noun phrase headed by ``tok`` names (several for "Hungarian and Romanian
        officials"); empty when it names none. Pronouns are left to the caller. With ``places``,
        a named place of a known country counts too (the target of "arrived in Amman")."""
        if tok.i in self.furniture:
            return []
        if tok.i not in self._memo:
            self._memo[tok.i] = self._actors(tok)
        found = self._memo[tok.i]
        if not found and places:
            m = self.at.get(tok.i)
            hit = m.first(NAME, PLACE) if m is not None else None
            ent = self.gaz.get(hit.ref) if hit is not None else None
            if m is not None and ent is not None and ent.type in ("Place", "City") and ent.country:
                return [self._make(ent, m.start, m.end, "place")]
            if m is not None and ent is not None and ent.type in ("Place", "City"):
                # a region of no one state, named with the state's adjective ("Iraqi Kurdistan",
                # "Indian Kashmir"): that state's part of it
                owners = self.countries_of(tok, preps=())[:1]
                start = min([m.start] + [c.i for c in tok.children if c.dep_ in _MODIFIER_DEPS and c.i < m.start])
                return [self._make(c, start, m.end, "place") for c in owners]
            if m is None and tok.pos_ == "NOUN":
                # "Hamas financiers", "Wagner fighters": a named body that is no state, as itself;
                # "a police station", "an army base": the body it belongs to
                for child in tok.children:
                    if child.dep_ == "compound" and child.i in self.at:
                        held = [a for a in self._holder(child) if a.entity.type not in ("Country", "Person")]
                        if held:
                            return held
            if m is None and tok.pos_ in ("NOUN", "PROPN") and (groups := self._of_group(tok)):
                # "the commander of the FARC rebels", "the headquarters of Hamas": the group's,
                # never the state the group belongs to
                return groups
            if m is None and tok.pos_ in ("NOUN", "PROPN"):
                # a target named by its state ("Iraqi towns", "German goods", "the Azerbaijani
                # republic"): the state itself
                start = tok.left_edge.i + (tok.left_edge.pos_ == "DET")  # the phrase, without "the"
                # (not where it comes from: "a letter from Cuba" is no target in Cuba); a person
                # named by their nation is its people ("a Turkish truck driver")
                owners = self.countries_of(tok, preps=() if from_abroad(tok) else _TARGET_PREPS)[:2]
                kind = "demonym" if tok.lemma_.lower() in self.nouns.people else "place"
                return [self._make(c, min(start, tok.i), tok.i + 1, kind) for c in owners]
        return found

    def _of_group(self, tok: Token) -> list[EnActor]:
        """The named armed or other non-state groups the noun's "of" phrase names ("the commander
        of the FARC rebels"), else its possessor or that of its "of" phrase ("Hezbollah's top
        commander", "the head of Hamas's armed wing": the group's, never its state's)."""
        pobjs = [p for c in dependents(tok, ("prep",), ("of",)) for p in c.children if p.dep_ == "pobj"]
        owners = [c for t in (tok, *pobjs) for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        found = [a for p in pobjs for a in self.actors(p)] or [a for o in owners for a in self.actors(o)]
        named = found and all(a.entity.type in _NONSTATE_TYPES and a.kind == "name" for a in found)
        return found if named else []  # (not people of a state: "the killing of Sudanese civilians")

    def _actors(self, tok: Token) -> list[EnActor]:
        m = self.at.get(tok.i)
        if m is not None:
            hit = m.first(NAME, PLACE, METONYM, FORCE)
            if hit is not None:
                ent = self.gaz.get(hit.ref)
                if ent is None:
                    return []
                # "Washington" stands for the US; a named place that is not a state is no actor
                if ent.type in ("Place", "City") and hit.kind != METONYM:
                    return []
                if ent.type == "Person":
                    return self._named_person(ent, m, tok)
                return [self._make(ent, m.start, m.end, "metonym" if hit.kind == METONYM else "name")]
            hit = m.first(DEMONYM)
            if hit is not None:
                ent = self.gaz.get(hit.ref)
                if ent is None or _stateless_place(ent):
                    return []  # ("West Africans", "East African states": a region's, no state's)
                if tok.tag_ in ("NNS", "NNPS") or tok.dep_ not in ("amod", "compound"):
                    # people of one nation living in another state act for that state, as event
                    # coders code them ("Bosnian Serbs", "ethnic Albanians in Serbia")
                    where = self.countries_of(tok, skip=set(range(m.start, m.end)))
                    if where and where[0].country != ent.country:
                        people = self.gaz.composed("Civilians", where[0].country or "")
                        if people is not None:
                            return [self._make(_english_only(people), m.start, m.end, "group")]
                # a demonym as the head noun ("the Russians", "Hungarian and Romanian ...")
                return [self._make(ent, m.start, m.end, "demonym")]
            hit = m.first(INSTITUTION, INSTITUTION_CONSTRUCT)
            if hit is not None and m.end == tok.i + 1 and (groups := self._of_group(tok)):
                return groups  # "a spokesman of the Shining Path": the group's, not Peru's
            if hit is not None:
                return self._institution(tok, m, hit.ref, context=True)
            hit = m.first(OFFICE, OFFICE_CONSTRUCT)
            if hit is not None:
                return self._office(tok, m, hit.ref, name=None)
        if tok.ent_type_ == "PERSON":
            return self._person(tok)
        if m is None and tok.pos_ == "NOUN" and self.nouns.held_place(tok):
            # "Hezbollah targets", "Ukrainian positions", "Iran's nuclear facilities": the
            # holder's places stand for the holder
            held: list[EnActor] = []
            for child in tok.children:
                if child.dep_ in ("compound", "amod", "poss", "nmod") and child.i < tok.i:
                    # "Turkish and Greek sides": each conjunct of the modifier
                    for mod in (child, *(c for c in child.children if c.dep_ == "conj")):
                        if mod.i in self.at or mod.ent_type_:
                            held.extend(a for a in self._actors(mod) if a not in held)
            if held:
                return held
        if self._band(tok):
            # "kidnapped by an Iraqi group": the state's armed group, as "Iraqi militants" are
            return self._institution(tok, _Match(tok.i, tok.i + 1, ()), "Rebels")
        if self._people_noun(tok):
            # people of a state named by a plural noun we have no group for ("Iraqi Kurds",
            # "Mexican immigrants"): the state's civilians
            people = self._institution(tok, _Match(tok.i, tok.i + 1, ()), "Civilians")
            if people:
                return people
        if tok.ent_type_ in ("ORG", "NORP", "GPE"):
            return self._unknown_org(tok)
        return []

    def _holder(self, tok: Token) -> list[EnActor]:
        """The body a modifying word names, a group where it acts when it names no state."""
        m = self.at[tok.i]
        hit = m.first(INSTITUTION, INSTITUTION_CONSTRUCT)
        if hit is None:
            return self._actors(tok)
        found = self._institution(tok, m, hit.ref)
        if found:
            return found
        # "British jets struck rebel positions": an armed group's places and holdings
        # (gk:TargetNounCue) are where force lands, and a demonym names no scene (the jets' state
        # is not the rebels'); a place does ("rebel positions near Aleppo"). Its people keep the
        # domestic reading ("Ugandan soldiers captured a guerrilla commander").
        inst = self.gaz.institutions.get(hit.ref)
        held = self.nouns.held_place(tok.head)
        armed = held and inst is not None and inst.sector in sector_groups().armed
        forces = hit.ref == "ArmedForces" and not self._government_modified(tok)
        where = [] if forces else [self.context_country(tok, armed=armed)]
        composed = [self.gaz.composed(hit.ref, w.country or "") for w in where if w is not None]
        return [self._make(_english_only(c), m.start, m.end, "group") for c in composed if c is not None]

    def _named_person(self, ent: Entity, m: _Match, tok: Token) -> list[EnActor]:
        """A person the gazetteer names. A surname alone is whoever of that name held office at
        the document's date ("Bush"), and never a place's name ("near Goma"); a title before
        the name is part of the phrase ("Russian President ...")."""
        dated = False
        if m.end - m.start == 1:
            if tok.ent_type_ in _PLACE_ENTS:
                return []
            holder = self.surnames.holder(self.doc[m.start : m.end], self.gaz, self.when, known=ent)
            if holder is not None:
                dated = holder.id != ent.id or bool(self.gaz.terms_of(ent.id))
                ent = holder
            elif self.gaz.terms_of(ent.id):
                return []  # an office holder of another time, or one of several
        start = m.start
        title: tuple[str, Token] | None = None
        for child in self.doc[m.end - 1].children:
            cm = self.at.get(child.i)
            office = cm.first(OFFICE, OFFICE_CONSTRUCT) if cm is not None else None
            if child.i < m.start and cm is not None and office is not None:
                start = min(start, child.left_edge.i)
                title = (office.ref, self.doc[cm.end - 1])
        if title is not None:
            states = self.countries_of(title[1])
            person = self._make(ent, start, m.end, "person", dated)
            return [self._fact(person, title[0], states[0] if states else None, title[1])]
        return [self._make(ent, start, m.end, "name", dated)]

    def _band(self, tok: Token) -> bool:
        """A band noun with a national adjective and nothing else that says its kind ("an Iraqi
        group", "a shadowy Afghan faction"); not "an Iraqi group of lawyers", "a French media
        group", "French group Alcatel" (``gk:BandNounCue``)."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.nouns.bands:
            return False
        if tok.dep_ in ("amod", "compound", "nmod") or tok.ent_type_ in ("ORG", "GPE"):
            return False  # a word describing a name ("the French group Alcatel")
        national = False
        for c in tok.children:
            if c.dep_ in ("det", "punct", "relcl", "acl", "advmod") or (c.dep_ == "prep" and c.lower_ != "of"):
                continue
            if c.dep_ not in ("amod", "compound") or c.i > tok.i:
                return False  # "a group of lawyers", "group Alcatel": another kind said
            if c.i in self.at and self.at[c.i].first(DEMONYM) is not None:
                national = True
            elif c.lower_ not in self.nouns.band_descriptors and c.lemma_.lower() not in self.nouns.band_descriptors:
                return False  # "a French media group", "an Iraqi human rights group"
        return national

    def _people_noun(self, tok: Token) -> bool:
        """A plural noun of people with a national adjective on it ("Iraqi workers", "Kurds")."""
        return (
            tok.tag_ in ("NNS", "NNPS")
            and tok.pos_ in ("NOUN", "PROPN")
            and tok.ent_type_ not in ("ORG", "GPE")
            # a noun of people, never of things or bodies ("Russian banks", "Iraqi towns" are no
            # civilians)
            and (tok.ent_type_ == "NORP" or in_words(tok, self.nouns.people))
            # a national adjective on the noun itself ("Iraqi Kurds"), not a possessor
            # ("North Korea's missile launches" are no people)
            and any(c.dep_ in ("amod", "compound") and c.i in self.at for c in tok.children)
        )

    def countries_of(
        self, tok: Token, skip: set[int] | None = None, preps: tuple[str, ...] = _STATE_PREPS
    ) -> list[Entity]:
        """Countries named by the modifiers of ``tok``: demonyms, country names and metonyms as
        adjectives, compounds and possessors, with their conjuncts; "of X" after the noun (unless
        not ``preps``)."""
        if skip:
            return self._countries_of(tok, skip, preps)
        key = (tok.i, preps)
        if key not in self._countries:
            self._countries[key] = self._countries_of(tok, set(), preps)
        return list(self._countries[key])

    def _countries_of(self, tok: Token, skip: set[int], preps: tuple[str, ...]) -> list[Entity]:
        found: list[Entity] = []

        def add_from(t: Token) -> None:
            self._add_countries(t, skip, found)

        for child in dependents(tok, _MODIFIER_DEPS):
            add_from(child)
            # "Quatar's emir": a possessor's own compounds ("the Sudanese capital's ...")
            if not found and child.dep_ == "compound":
                for gc in child.children:
                    if gc.dep_ in ("amod", "compound", "poss"):
                        add_from(gc)
            # "Vietnamese-led forces": the state that leads them (not "Syrian-backed": whom
            # another backs is not that other's own)
            if child.dep_ == "amod" and child.lower_ == "led":
                for gc in child.children:
                    if gc.dep_ in ("npadvmod", "compound", "amod") and gc.i < child.i:
                        add_from(gc)
        # "its embassy in Nairobi": whose the pronoun says (read by the relation stages), the
        # place only where it sits
        owned = owned_by_pronoun(tok)
        for child in dependents(tok, ("prep",), preps):
            # "the police in Burundi", "rebels from Darfur"; not where a state's own body sits
            # ("the Indonesian embassy in Paris")
            if not (owned and child.lower_ != "of"):
                if child.lower_ == "of" or not found:
                    for p in child.children:
                        if p.dep_ == "pobj":
                            add_from(p)
        # the modifier may sit inside the title's own span ("US Secretary of State")
        m = self.at.get(tok.i)
        if m is not None and not found:
            for i in range(m.start, m.end):
                if i != tok.i:
                    for child in dependents(self.doc[i], _MODIFIER_DEPS):
                        if not (m.start <= child.i < m.end):
                            add_from(child)
        return found

    def _add_countries(self, t: Token, skip: set[int], found: list[Entity]) -> None:
        """Add to ``found`` the country the modifier ``t`` names, and its conjuncts'. (A method,
        not a closure that calls itself: such a closure is a reference cycle that would keep the
        linker and its Doc alive until the cyclic collector runs.)"""
        if t.i in skip or self._stance_object(t):
            return
        m = self.at.get(t.i)
        ent: Entity | None = None
        if m is not None:
            hit = m.first(NAME, METONYM, DEMONYM, PLACE)
            if hit is not None:
                ent = self.gaz.get(hit.ref)
        elif t.dep_ == "compound" and t.pos_ == "PROPN" and not self._in_named_body(t):
            # "the Bush administration", "the Putin government": whose office holder the
            # surname names at the document's date
            ent = self.surnames.holder(self.doc[t.i : t.i + 1], self.gaz, self.when)
        if ent is not None and ent.country:
            country = self.gaz.country(ent.country)
            if country is not None and country not in found:
                found.append(country)
            for c in t.children:
                if c.dep_ == "conj":
                    self._add_countries(c, skip, found)

    def _stance_object(self, t: Token) -> bool:
        """Is the modifier the object of a stance prefix ("anti-Syria", "pro-American"): a state
        the noun is for or against, not its own?"""
        return t.i >= 2 and self.doc[t.i - 1].text == "-" and self.doc[t.i - 2].lower_ in self.nouns.stance_prefixes

    def _in_named_body(self, t: Token) -> bool:
        """Is the word part of a longer name of something other than a person ("a British
        Council office", "the Supreme Court ruling")? Then it is no surname of an office holder."""
        ent = self._ent_of(t)
        return ent is not None and len(ent) > 1 and ent.label_ != "PERSON"

    def _institution(self, tok: Token, m: _Match, inst: str, context: bool = False) -> list[EnActor]:
        # "rebel leaders", "opposition leaders": the group noun in the compound wins
        for child in tok.children:
            if child.dep_ in ("compound", "amod") and child.i not in range(m.start, m.end):
                cm = self.at.get(child.i)
                if cm is not None:
                    h = cm.first(INSTITUTION)
                    if h is not None and h.ref != inst and inst == "Government":
                        inst = h.ref
        out = []
        start = min([m.start] + [c.i for c in tok.children if c.dep_ in _MODIFIER_DEPS and c.i < m.start])
        group = self._named_group(tok, m, inst)
        if group is not None:
            # "Hezbollah fighters", "Hamas gunmen", "Taliban militants": the named group itself
            return [self._make(group, start, m.end, "name")]
        # ("foreign workers in the Delta": where they are is not whose they are)
        own = range(m.start, m.end)
        countries = self.countries_of(tok, preps=() if from_abroad(tok, own) else _STATE_PREPS)
        if countries and not self.countries_of(tok, preps=()):
            # "the UN tribunal in The Hague": the body it belongs to, not where it sits
            body = self._stateless_modifier(tok, m)
            if body is not None:
                return [self._make(body, start, m.end, "group")]
        if not countries:
            # "European Community foreign ministers", "NATO troops", "U.N. mediator": a body of
            # no state acts as itself
            body = self._stateless_modifier(tok, m)
            if body is not None:
                return [self._make(body, start, m.end, "group")]
            countries = self._implied_countries(tok, inst, own) if context else []
        for country in countries:
            ent = self.gaz.composed(inst, country.country or "")
            if ent is not None:
                out.append(self._make(_english_only(ent), start, m.end, "group"))
        return out

    def _implied_countries(self, tok: Token, inst: str, own: range = range(0)) -> list[Entity]:
        """The state of a group named without one: the modifiers of the noun it is coordinated
        with ("Israeli tanks and troops"); for armed forces, the one state whose forces the
        sentence names ("Israeli tanks backed by helicopter gunships"); other groups, where they
        act (``context_country``). A
        word describing another ("a military aid package") names no group."""
        if tok.dep_ in ("amod", "compound", "nmod") or tok.pos_ == "ADJ":
            return []
        if owned_by_pronoun(tok):
            return []  # "its ambassador": whose the pronoun says, not where it is
        if any(self._region_word(c) for c in tok.children if c.dep_ in ("amod", "compound")):
            return []  # "West African leaders": of a region, not of the state where they act
        if from_abroad(tok, own):
            return []  # "foreign oil workers": of no state the sentence names, not the place's
        if tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
            found = self.countries_of(tok.head)
            if found:
                return found
        if inst == "ArmedForces" and not self._government_modified(tok):
            # forces often fight abroad: not the state of the place ("sent troops to Panama"),
            # unless they are the government's ("government warplanes")
            return self._sentence_forces(tok)
        armed = self.gaz.institutions[inst].sector in sector_groups().armed if inst in self.gaz.institutions else False
        where = self.context_country(tok, armed=armed)
        return [where] if where is not None else []

    def _region_word(self, tok: Token) -> bool:
        """Does the word name a region of no state ("West African")?"""
        m = self.at.get(tok.i)
        hit = m.first(NAME, PLACE, DEMONYM) if m is not None else None
        ent = self.gaz.get(hit.ref) if hit is not None else None
        return ent is not None and _stateless_place(ent)

    def _government_modified(self, tok: Token) -> bool:
        """ "government troops", "Government forces": a government's own forces."""
        m = self.at.get(tok.i)
        span = range(m.start, m.end) if m is not None else range(tok.i, tok.i + 1)
        # a word of the group's own name ("government troops" is one label) ...
        hits = [h for i in span if i != tok.i for h in self.gaz.lookup((token_key(self.doc[i].text),), "en")]
        # ... or a modifier ("the Sudanese government's troops")
        hits += [
            h
            for c in tok.children
            if c.dep_ in ("compound", "amod") and c.i not in span and c.i in self.at
            for h in self.at[c.i].hits
        ]
        return any(h.kind == INSTITUTION and h.ref == "Government" for h in hits)

    def _sentence(self, tok: Token) -> Span:
        """The sentence of a token (``Token.sent`` walks the Doc each time)."""
        starts = self._starts_of_sentences()
        k = bisect.bisect_right(starts, tok.i) - 1
        return self.doc[starts[k] : starts[k + 1] if k + 1 < len(starts) else len(self.doc)]

    def _starts_of_sentences(self) -> list[int]:
        if self._sentence_starts is None:
            flags = self.doc.to_array(SENT_START)
            self._sentence_starts = [0, *(i for i in (flags == 1).nonzero()[0].tolist() if i > 0)]
        return self._sentence_starts

    def _sentences(self) -> list[Span]:
        starts = [*self._starts_of_sentences(), len(self.doc)]
        return [self.doc[a:b] for a, b in zip(starts, starts[1:]) if a < b]

    def _sentence_forces(self, tok: Token) -> list[Entity]:
        """The states of the armed forces a sentence names with their state, if just one."""
        states = {
            c.country
            for head in self._bodies(self._sentence(tok), "ArmedForces")
            if head.i != tok.i
            for c in self.countries_of(head)
            if c.country
        }
        country = self.gaz.country(states.pop()) if len(states) == 1 else None
        return [country] if country is not None else []

    def _bodies(self, sent: Span, institution: str) -> Iterator[Token]:
        """The head words of the sentence's mentions of an institution ("soldiers", "police")."""
        for m in self.matches[bisect.bisect_left(self._starts, sent.start) :]:
            if m.start >= sent.end:
                break
            hit = m.first(INSTITUTION)
            if hit is not None and hit.ref == institution:
                yield self.doc[m.end - 1]

    def context_country(self, tok: Token, states: bool = True, armed: bool = False) -> Entity | None:
        """Where a group the text names without a state acts ("insurgents", "police"): the one
        state whose places its sentence names ("in a Baghdad suburb"), else the story's place
        (``story_country``), else (with ``states``) the one state its sentence names. A place of
        the attribution clause ("officials in Nairobi said") is where the source is, not the
        act, unless the token is in that clause too. For an ``armed`` group a demonym names no
        scene: it describes whom it modifies ("militants killed a Bulgarian hostage")."""
        sent = self._sentence(tok)
        tagged, named, by_name = self._states(sent)
        source = self.attribution_verb(tok)

        def heard(found: list[tuple[str, int | None]]) -> list[str]:
            return list(dict.fromkeys(c for c, said in found if said is None or said == source))

        places = heard(tagged)
        # "militants fired rockets into southern Israel": where force goes is its target, not
        # where the group is
        aimed = self._aimed_at(sent) if armed else frozenset()
        places = [c for c in places if c not in aimed]
        if len(places) > 1:
            # "gunmen seized X in Baghdad, as Russia met China in Moscow": the group's own clause
            # says where it acts (a walk over the sentence's matches, only when places differ)
            places = [c for c in self._clause_places(tok, sent) if c not in aimed] or places
        if len(places) == 1:
            return self.gaz.country(places[0])
        story = self.story_country()
        if story is not None:
            return self._dateline_scene(tok, story, sent) if armed else story
        named = heard(by_name if armed else named)
        if not states or len(named) != 1 or named[0] in aimed or self._opposite(tok, named[0], sent):
            return None
        return self.gaz.country(named[0])

    def _clause_places(self, tok: Token, sent: Span) -> list[str]:
        """The states of the places the sentence names in ``tok``'s own clause (under the same
        nearest verb), each once."""
        clause = _clause_verb(tok)
        found: list[str] = []
        for m in self.matches[bisect.bisect_left(self._starts, sent.start) :]:
            if m.start >= sent.end:
                break
            hit = m.first(NAME, PLACE, METONYM)
            ent = self.gaz.get(hit.ref) if hit is not None else None
            head = self.doc[m.end - 1]
            if ent is None or not ent.country or ent.country in found or _clause_verb(head) != clause:
                continue
            # as ``_sentence_states`` reads a place: a town's name, or a capital or state put there
            if (ent.type in ("Place", "City") and hit.kind != METONYM) or self._placed(head, False):
                found.append(ent.country)
        return found

    def _aimed_at(self, sent: Span) -> frozenset[str]:
        """``_sentence_aimed`` of the sentence, worked out once (each armed group of it asks)."""
        if sent.start not in self._aimed:
            self._aimed[sent.start] = frozenset(self._sentence_aimed(sent))
        return self._aimed[sent.start]

    def _sentence_aimed(self, sent: Span) -> set[str]:
        """The states of the places a sentence names only as where a verb's act is aimed ("fired
        rockets into southern Israel", "at the town of Sderot"), never as where something is."""
        aimed: set[str] = set()
        scene: set[str] = set()
        for m in self.matches[bisect.bisect_left(self._starts, sent.start) :]:
            if m.start >= sent.end:
                break
            hit = m.first(NAME, PLACE)
            ent = self.gaz.get(hit.ref) if hit is not None else None
            if ent is None or not ent.country or ent.type not in ("Country", "Place", "City"):
                continue
            head = self.doc[m.end - 1]
            if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in self.nouns.places:
                head = head.head.head  # "the town of Sderot": the town
            prep = head.head if head.dep_ == "pobj" else None
            if prep is not None and prep.lower_ in _AIMED and prep.head.pos_ == "VERB":
                aimed.add(ent.country)
            else:
                scene.add(ent.country)
        return aimed - scene

    def _opposite(self, tok: Token, country: str, sent: Span) -> bool:
        """Is the state, named by its name, what the group's verb acts on ("militants attacked
        Uganda", "Uganda was attacked by militants")? Then it is the act's other side, not the
        scene: armed groups strike their own state and others, and the name alone tells not which
        (a place does: "attacked Kampala", "in Uganda")."""
        verb, struck = _group_verb(tok), _struck_verb(tok)
        if verb is None and struck is None:
            return False
        for m in self.matches[bisect.bisect_left(self._starts, sent.start) :]:
            if m.start >= sent.end:
                break
            hit = m.first(NAME)
            ent = self.gaz.get(hit.ref) if hit is not None else None
            head = self.doc[m.end - 1]
            if ent is not None and ent.type == "Country" and ent.country == country:
                if head.dep_ in ("dobj", "nsubjpass") and head.head == verb:
                    return True
                if struck is not None and _striker_of(head, struck):
                    return True
        return False

    def _dateline_scene(self, tok: Token, story: Entity, sent: Span) -> Entity | None:
        """Where an armed group acts when a capital's dateline alone placed the story
        (``dateline_alone``), from whom its verb acts on, named with their state: police of one
        other state ("NEW DELHI (Reuters) - Maoist rebels killed five Nepalese policemen") give
        that state, since police serve at home. Else the story's state, soldiers of that state
        included ("KABUL (Reuters) - Gunmen killed three Afghan soldiers": domestic rebels, as
        wire coders code them, though "WASHINGTON (Reuters) - Insurgents killed two US soldiers"
        reads the same way); a place the text names, or a dateline of another city ("MOSUL"),
        gives the scene as before."""
        alone = self.dateline_alone()
        if alone is None or not story.country or story.country != alone.country:
            return story
        if self._own_seat_abroad(tok, sent, story.country):
            # "WASHINGTON (Reuters) - Gunmen attacked the US embassy": an embassy is abroad, so
            # the dateline's state is no scene, and no other is named
            return None
        police = self._victims_states(tok, sent, "Police") - {story.country}
        return self.gaz.country(police.pop()) if len(police) == 1 else story

    def _own_seat_abroad(self, tok: Token, sent: Span, country: str) -> bool:
        """Does the group's verb act on a seat abroad (``gk:SeatAbroadCue``) of that state?"""
        verb = _group_verb(tok)
        if verb is None:
            return False
        return any(
            t.lemma_.lower() in self.nouns.seats
            and verb in (t, *t.ancestors)
            # ("a French embassy convoy": the state may qualify the noun the seat describes)
            and any(c.country == country for w in (t, t.head) for c in self.countries_of(w))
            for t in sent
        )

    def _victims_states(self, tok: Token, sent: Span, institution: str) -> set[str]:
        """The states named on the bodies of an institution that the group's verb acts on."""
        verb = _group_verb(tok)
        if verb is None:
            return set()
        own = {t.i for t in tok.subtree}
        return {
            c.country
            for head in self._bodies(sent, institution)
            if head.i not in own and verb in (head, *head.ancestors)
            for c in self.countries_of(head)
            if c.country
        }

    def dateline_alone(self) -> Entity | None:
        """The story's state when only a dateline naming it by its capital or name said so
        ("WASHINGTON (Reuters) - "), no place of the text: a wire bureau's seat, which may not be
        where the act is. None for a dateline of another city ("FALLUJA, Iraq"), where the
        reporter went, or when the text names a place of the state too."""
        story = self.story_country()
        if self._story is None or not self._story[1] or not self._capital_dateline:
            return None
        return story

    def story_country(self) -> Entity | None:
        """The state where the story happens: the dateline's, unless the text's own places
        (outside attribution clauses) name other states only: a bureau abroad ("NAIROBI" over a
        story in Somalia), or no dateline, gives way to the state they name in most sentences
        (none on a tie)."""
        if self._story is None:
            counts: Counter[str] = Counter()
            for sent in self._sentences():
                # (not where force is aimed: "fired rockets into Israel" under a GAZA dateline)
                counts.update({c for c, said in self._states(sent)[0] if said is None} - self._aimed_at(sent))
            home = self.place.country if self.place is not None else None
            ranked = counts.most_common(2)
            if home in counts or not ranked:
                self._story = (self.place, home not in counts)
            elif len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
                self._story = (self.gaz.country(ranked[0][0]), False)
            else:
                self._story = (self.place, True)
        story = self._story[0]
        return self.gaz.country(story.country or "") if story is not None else None

    def attribution_verb(self, tok: Token) -> int | None:
        """The verb of saying whose own clause holds the token, if it is one: its source or
        addressee ("officials in Nairobi said", "told reporters in London", "according to
        officials in London") or a place it is said in ("said in Nairobi"); not what it reports,
        nor an adjunct about something else ("..., residents said, in an unusual clash in X")."""
        below: list[Token] = []
        for t in (tok, *tok.ancestors):
            if t.pos_ in ("VERB", "AUX") or t.lower_ == "according":
                break
            below.append(t)
        else:
            return None
        if t.lower_ != "according" and not _says(t, self.nouns.reporting):
            return None
        if not below or t.lower_ == "according" or below[-1].dep_ in _SOURCE_DEPS:
            return t.i
        # "said in Nairobi": a preposition of the verb whose object is the place itself
        return t.i if below[-1].dep_ == "prep" and all(b.pos_ == "PROPN" for b in below[:-1]) else None

    def _states(self, sent: Span) -> tuple[list[_Heard], list[_Heard], list[_Heard]]:
        """``_sentence_states`` of the sentence, worked out once."""
        if sent.start not in self._where:
            self._where[sent.start] = self._sentence_states(sent)
        return self._where[sent.start]

    def _sentence_states(self, sent: Span) -> tuple[list[_Heard], list[_Heard], list[_Heard]]:
        """The states of the places a sentence names; the states it names (either kind of name,
        demonyms and metonyms too); and those it names by a name: each once, with the verb of
        saying whose clause holds the name (``attribution_verb``)."""
        places: list[_Heard] = []
        states: list[_Heard] = []
        by_name: list[_Heard] = []
        for m in self.matches[bisect.bisect_left(self._starts, sent.start) :]:
            if m.start >= sent.end:
                break
            hit = m.first(NAME, PLACE, METONYM, DEMONYM)
            ent = self.gaz.get(hit.ref) if hit is not None else None
            if hit is None or ent is None or not ent.country or m.start in self.furniture:
                continue
            head = self.doc[m.end - 1]
            if _hyphen_agent(head) or _describing_agent(head):
                continue  # "the US-backed government", "rebels backed by Rwanda": no scene
            tag = (ent.country, self.attribution_verb(head))
            # a capital or a state is a place where the sentence puts something there ("outside
            # the embassy in Paris", "in northern Iraq"), else an actor ("Paris said")
            located = self._placed(head, hit.kind == DEMONYM)
            place = ent.type in ("Place", "City") and hit.kind != METONYM
            if (place or located) and tag not in places:
                places.append(tag)
            if ent.type in ("Country", "Place", "City"):
                if tag not in states:
                    states.append(tag)
                # a state named as an adjective ("Bulgarian hostage", "US soldiers") describes whom
                # it modifies, unless that is a body at home ("Algerian policemen")
                adjective = hit.kind == DEMONYM or (ent.type == "Country" and head.dep_ in ("amod", "compound"))
                if (not adjective or self._of_home_body(head)) and tag not in by_name:
                    by_name.append(tag)
        return places, states, by_name

    def _of_home_body(self, word: Token) -> bool:
        """Does the demonym modify a body that acts at home only ("Algerian policemen", "the
        Iraqi government")? Then it names where the sentence happens, even for an armed group."""
        if word.dep_ not in ("amod", "compound"):
            return False
        m = self.at.get(word.head.i)
        hit = m.first(INSTITUTION) if m is not None else None
        inst = self.gaz.institutions.get(hit.ref) if hit is not None else None
        # (and the state's civilians, "Iraqi civilians": a people is mostly struck at home)
        # (bodies that act at home only: "Algerian policemen", unlike soldiers, who fight abroad)
        sectors = sector_groups()
        return inst is not None and inst.sector in sectors.home | sectors.civilian

    def _placed(self, head: Token, demonym: bool) -> bool:
        """Is the name where the sentence puts something: the object of a locative preposition
        ("in northern Iraq"), or the owner or adjective of a place noun that is ("in Nepal's
        remote west", "in the Nepalese district of Rolpa")?"""
        if head.dep_ == "pobj":
            return not demonym and self._locative(head.head)
        noun = head.head
        return (
            head.dep_ in ("poss", "amod", "compound")
            and noun.dep_ == "pobj"
            and (noun.lemma_.lower() in self.nouns.places or self._stateless_place(noun))
            and self._locative(noun.head)
        )

    def _stateless_place(self, noun: Token) -> bool:
        """Is the noun the name of a place the gazetteer gives no state ("Kashmir", "Kurdistan")?
        A state's adjective on it says whose part is meant ("in Indian Kashmir")."""
        m = self.at.get(noun.i)
        hit = m.first(PLACE) if m is not None else None
        ent = self.gaz.get(hit.ref) if hit is not None else None
        return ent is not None and not ent.country

    def _locative(self, prep: Token) -> bool:
        """Does the preposition put what follows as a place: "in", "near" ...; "of" after a
        noun of a place ("a remote area of Nigeria", "the north of Iraq")?"""
        if prep.lower_ in _LOCATIVE:
            return True
        return prep.lower_ == "of" and prep.head.lemma_.lower() in self.nouns.places

    def _named_group(self, tok: Token, m: _Match, inst: str) -> Entity | None:
        """An armed group named before a word for its members ("Hezbollah fighters", "Taliban
        commanders") or its officials ("a Hezbollah official": the group's, never its state's
        government)."""
        # (words for fighters are also a named armed group's members; and for its officials)
        sectors = sector_groups()
        words_for = sectors.armed | sectors.military | sectors.government
        if self.gaz.institutions.get(inst) is None or self.gaz.institutions[inst].sector not in words_for:
            return None
        for child in tok.children:
            cm = self.at.get(child.i) if child.dep_ in ("compound", "nmod", "poss") else None
            hit = cm.first(NAME) if cm is not None else None
            ent = self.gaz.get(hit.ref) if hit is not None else None
            if ent is not None and ent.type in ("ArmedGroup", "Group"):
                return ent
        return None

    def _stateless_modifier(self, tok: Token, m: _Match) -> Entity | None:
        mods = [
            c for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod") and not m.start <= c.i < m.end
        ]
        mods += [g for c in list(mods) for g in c.children if g.dep_ in ("compound", "amod", "nmod")]
        for child in mods:
            cm = self.at.get(child.i)
            hit = cm.first(NAME, DEMONYM) if cm is not None else None
            ent = self.gaz.get(hit.ref) if hit is not None else None
            if ent is not None and ent.country is None and ent.type in ("InternationalOrganisation", "Bloc"):
                return ent
        return None

    def titled_person(self, tok: Token, country: str) -> EnActor | None:
        """A person named after an office title but no state ("President Mugabe"), taken to act
        for ``country`` (the caller's domestic default)."""
        name = self._ent_of(tok)
        if name is None or self._known_person(name) is not None:
            return None
        for i in range(name.start, name.end):
            for child in self.doc[i].children:
                cm = self.at.get(child.i)
                if cm is not None and not name.start <= child.i < name.end and cm.first(OFFICE, OFFICE_CONSTRUCT):
                    state = self.gaz.country(country)
                    if state is None:
                        return None
                    start = min(cm.start, name.start)
                    return self._make(self._local_person(name, state), start, name.end, "person")
        return None

    def _office(self, tok: Token, m: _Match, office: str, name: Span | None) -> list[EnActor]:
        # ("Jordanian King Abdullah": the state may modify the name rather than the title)
        countries = self.countries_of(tok) or (self.countries_of(name.root) if name is not None else [])
        if name is None:
            # "President Kagame", "Russian President Vladimir Putin": the name is the head or an
            # apposition
            for child in tok.children:
                if child.dep_ == "appos" and child.ent_type_ == "PERSON":
                    name = self._ent_of(child)
        country = countries[0] if countries else None
        start = min([m.start] + [c.i for c in tok.children if c.dep_ in _MODIFIER_DEPS and c.i < m.start])
        end = m.end if name is None else max(m.end, name.end)
        if name is not None:
            known = self._known_person(name)
            if known is not None:
                return [self._fact(self._make(known, min(start, name.start), end, "person"), office, country, tok)]
            # "President Bush", "Secretary of State Powell": the holder of that name then
            holder = self.surnames.holder(name, self.gaz, self.when, office, country.country if country else None)
            if holder is not None:
                person = self._make(holder, min(start, name.start), end, "person", dated=True)
                return [self._fact(person, office, country)]
            if country is None:
                return []
            person = self._make(self._local_person(name, country), min(start, name.start), end, "person")
            return [self._fact(person, office, country)]
        body = self._titled_body(tok, m)
        if body is not None:
            # "Hezbollah's leader", "the Hamas leader", "the leader of Hamas": the group's own
            # office; the group acts (not the state's head of that title)
            return [self._make(body, start, end, "name")]
        if country is None:
            return []
        group = self._group_title(tok, m)
        if group is not None:
            # "a Palestinian militant leader", "a Congolese militia commander": the group's, not
            # the holder of the state's office
            ent = self.gaz.composed(group, country.country or "")
            return [self._make(_english_only(ent), start, end, "group")] if ent else []
        if self._regional(tok):
            # "Chechnya's leader": a region's office, not the state's; the state's government acts
            gov = self.gaz.composed("Government", country.country or "")
            return [self._make(_english_only(gov), start, end, "office")] if gov else []
        # ("the former Lebanese prime minister", "the late Palestinian leader": someone who held
        # it before the date, never its holder then)
        past = any(c.dep_ == "amod" and c.lower_ in self.nouns.past_holder for c in tok.children)
        holder = None if past else self.gaz.holder(office, country.country, self.when)
        if holder is not None:
            return [self._make(holder, start, end, "office", dated=True)]
        # an office nobody in the data holds then (or a past holder unnamed): the state's government acts
        gov = self.gaz.composed("Government", country.country or "")
        return [self._make(_english_only(gov), start, end, "office")] if gov else []

    def _titled_body(self, title: Token, m: _Match) -> Entity | None:
        """A named group of no state's government whose title this is ("Hezbollah's leader",
        "the Hamas leader", "the leader of Hamas"), or None."""
        mods = [c for c in title.children if c.dep_ in ("poss", "compound", "nmod") and c.i < m.start]
        mods += [
            p for c in title.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
        ]
        for t in mods:
            cm = self.at.get(t.i)
            hit = cm.first(NAME) if cm is not None else None
            ent = self.gaz.get(hit.ref) if hit is not None else None
            if ent is not None and ent.type in ("ArmedGroup", "Group"):
                return ent
        return None

    def _group_title(self, title: Token, m: _Match) -> str | None:
        """The group a title is qualified by, before it ("militant leader", "rebel commander"):
        an institution outside the state (armed groups, the opposition), or None."""
        sectors = sector_groups()
        outside = sectors.armed | sectors.opposition
        for c in title.children:
            cm = self.at.get(c.i)
            if c.dep_ not in ("amod", "compound") or c.i >= m.start or cm is None:
                continue
            hit = cm.first(INSTITUTION)
            inst = self.gaz.institutions.get(hit.ref) if hit is not None else None
            if inst is not None and inst.sector in outside:
                return inst.id
        return None

    def _regional(self, title: Token) -> bool:
        """Is the title's state given only by a place inside it ("Chechnya's leader")?"""
        for child in title.children:
            if child.dep_ in _MODIFIER_DEPS or (child.dep_ == "prep" and child.lower_ == "of"):
                for t in (child, *(p for p in child.children if p.dep_ == "pobj")):
                    m = self.at.get(t.i)
                    hit = m.first(NAME, METONYM, DEMONYM, PLACE) if m is not None else None
                    ent = self.gaz.get(hit.ref) if hit is not None else None
                    if ent is not None and ent.type in ("Country", "Bloc", "InternationalOrganisation"):
                        return False
                    if ent is not None and ent.type in ("Place", "City") and hit.kind != METONYM:  # type: ignore[union-attr]
                        return True
        return False

    def _fact(self, person: EnActor, office: str, state: Entity | None, title: Token | None = None) -> EnActor:
        """The person, recording the office they hold for ``state``; with no state named, their
        own state's, unless the ``title`` is another body's ("Labor leader", "opposition
        leader": the party's office, not the state's)."""
        if state is None and title is not None and self._body_title(title):
            return person
        state = state or (self.gaz.country(person.entity.country) if person.entity.country else None)
        recent = self.office_facts[self._taken :]  # one fact per person and office in a paragraph
        if state is not None and all(f[0].entity.id != person.entity.id or f[1] != office for f in recent):
            self.office_facts.append((person, office, state))
        return person

    def _body_title(self, title: Token) -> bool:
        """Is the title qualified by a noun naming no state before it ("Labor leader", "party
        leader", "opposition leader", "rebel leader")?"""
        m = self.at.get(title.i)
        first = m.start if m is not None else title.i
        return any(
            c.dep_ in ("compound", "poss", "nmod") and c.i < first and c.pos_ in ("NOUN", "PROPN")
            and not self.countries_of(c)
            and not ((cm := self.at.get(c.i)) is not None and cm.first(DEMONYM, OFFICE, OFFICE_CONSTRUCT))
            for c in title.children
        )  # fmt: skip

    def take_office_facts(self) -> list[tuple[EnActor, str, Entity]]:
        """The office facts found since the last call (the relation component asks after each
        paragraph)."""
        new = self.office_facts[self._taken :]
        self._taken = len(self.office_facts)
        return new

    def _known_person(self, name: Span) -> Entity | None:
        words = tuple(token_key(t.text) for t in name if token_key(t.text) not in ("", "-"))
        for n in range(len(words)):
            hits = self.gaz.lookup(words[n:], "en")
            for h in hits:
                if h.kind == NAME:
                    ent = self.gaz.get(h.ref)
                    if ent is not None and ent.type == "Person":
                        return ent
        return None

    def _local_person(self, name: Span, country: Entity) -> Entity:
        slug = _SLUG.sub("-", name.text.lower()).strip("-")
        label = name.text
        return Entity(
            id=f"person-{slug}",
            label=label,
            type="Person",
            labels={"en": label},
            country=country.country,
            sector=sector_groups().official,
        )

    def _person(self, tok: Token) -> list[EnActor]:
        name = self._ent_of(tok)
        if name is None:
            return []
        known = self._known_person(name)
        titled = self._title_inside(name, tok) if known is None else None
        if titled is not None:
            return titled
        # a title before the name: "President Kagame", "British Defence Secretary Tom King"
        for i in range(name.start, name.end):
            for child in self.doc[i].children:
                if child.i >= name.start and child.i < name.end:
                    continue
                cm = self.at.get(child.i)
                if cm is not None and child.dep_ in ("compound", "amod", "appos", "nmod"):
                    hit = cm.first(OFFICE, OFFICE_CONSTRUCT)
                    inst = cm.first(INSTITUTION)
                    if hit is None and inst is not None and known is None:
                        # "U.N. mediator Diego Cordovez", "Serbian minister Ana X": the person acts
                        # for the body the title names
                        acting = self._institution(self.doc[cm.end - 1], cm, inst.ref)
                        if acting:
                            a = acting[0]
                            return [self._make(a.entity, min(a.start, name.start), name.end, "person")]
                    if hit is not None:
                        if known is not None:
                            # the title's own modifiers belong to the phrase ("Russian President")
                            start = min(cm.start, name.start, self.doc[cm.end - 1].left_edge.i)
                            states = self.countries_of(self.doc[cm.end - 1])
                            person = self._make(known, start, name.end, "person")
                            return [self._fact(person, hit.ref, states[0] if states else None)]
                        return self._office(self.doc[cm.end - 1], cm, hit.ref, name=name)
        # "Kagame, the Rwandan president": the title stands in apposition
        for child in tok.children:
            if child.dep_ == "appos":
                cm = self.at.get(child.i)
                if cm is not None and cm.first(OFFICE, OFFICE_CONSTRUCT):
                    hit = cm.first(OFFICE, OFFICE_CONSTRUCT)
                    assert hit is not None
                    if known is not None:
                        return [self._make(known, name.start, name.end, "person")]
                    return self._office(child, cm, hit.ref, name=name)
        if known is not None:
            return [self._make(known, name.start, name.end, "name")]
        # a surname alone ("Bush said"): the office holder of that name then
        holder = self.surnames.holder(name, self.gaz, self.when)
        return [self._make(holder, name.start, name.end, "name", dated=True)] if holder is not None else []

    def _title_inside(self, name: Span, tok: Token) -> list[EnActor] | None:
        """A title the parser's name takes in ("Jordan's King Abdullah": the name "King
        Abdullah"): the rest of the name under that title, the state from the phrase."""
        i = name.start
        cm = self.at.get(i)
        while cm is not None and cm.first(OFFICE, OFFICE_CONSTRUCT) is None and cm.first(DEMONYM, NAME):
            i = cm.end  # "Jordanian King Abdullah": the state's word before the title
            cm = self.at.get(i)
        hit = cm.first(OFFICE, OFFICE_CONSTRUCT) if cm is not None else None
        if cm is None or hit is None or cm.end >= name.end:
            return None
        found = self._office(self.doc[name.end - 1], cm, hit.ref, name=self.doc[cm.end : name.end])
        return found or None

    def _named_place(self, root: Token) -> bool:
        """Is the name the object of "of" after a noun of place ("the town of X", "the province
        of X"), or in apposition to one ("the town, X")?"""
        head = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else root.head
        linked = root.dep_ in ("pobj", "appos") or (root.dep_ == "compound" and root.i < head.i)
        return linked and head.i != root.i and head.lemma_.lower() in self.nouns.places

    def _unknown_org(self, tok: Token) -> list[EnActor]:
        # An organisation spaCy names that the gazetteer does not know, but whose name carries a
        # state ("Rwandan Patriotic Front", "Kosovo Liberation Army"): a group of that state.
        ent = self._ent_of(tok)
        pos = self.parse.pos
        if ent is None or ent.label_ != "ORG" or not any(pos[i] == "PROPN" for i in range(ent.start, ent.end)):
            return []  # a capitalised adjective is no organisation ("Fierce battles ...")
        if len(ent) == 1 and tok.dep_ in ("compound", "amod") and tok.head.i in self.at:
            return []  # a word describing a group ("Shi'ite militiamen"): the group is the actor
        if self._named_place(ent.root):
            return []  # "the town of Abeche": a place the gazetteer does not know, no organisation
        country = None
        for i in range(ent.start, ent.end):  # (by index: no Token made)
            m = self.at.get(i)
            if m is not None:
                hit = m.first(NAME, DEMONYM)
                if hit is not None:
                    e = self.gaz.get(hit.ref)
                    if e is not None and e.country:
                        country = e.country
                        break
        # Otherwise an organisation of no known state (an NGO, a movement): a local group.
        text = ent.text  # (read once: ``Span.text`` joins its words on each read)
        name = text[4:] if text.lower().startswith("the ") else text
        slug = _SLUG.sub("-", name.lower()).strip("-")
        if not slug or not name[:1].isupper():
            return []
        e = Entity(
            id=f"org-{slug}",
            label=name,
            type="Group",
            labels={"en": name},
            country=country,
            sector=None,
        )
        return [self._make(e, ent.start, ent.end, "name")]

    # --- mentions ------------------------------------------------------------------------------

    def all_actors(self) -> list[EnActor]:
        """Every actor the Doc names, each phrase once (for ``--format mentions``)."""
        out: list[EnActor] = []
        seen: set[tuple[int, int, str]] = set()
        heads = {m.end - 1 for m in self.matches}
        heads |= {e.end - 1 for e in self._ent_spans if e.label_ in ("PERSON", "ORG")}
        for i in sorted(heads):
            tok = self.doc[i]
            # a modifier is part of its head's phrase ("Russian" in "Russian troops")
            if tok.dep_ in ("amod", "compound", "poss") and self.actors(tok.head):
                continue
            for a in self.actors(tok):
                key = (a.start, a.end, a.entity.id)
                if key not in seen:
                    seen.add(key)
                    out.append(a)
        return out


def _stateless_place(ent: Entity) -> bool:
    """Is the entity a place of no state (a region: "West Africa"), whose people act for none?"""
    return ent.type in ("Place", "City") and ent.country is None


def _entity_index(ents: tuple[Span, ...]) -> dict[int, Span]:
    """The named entity each token is part of (spaCy's ``doc.ents``), by token index."""
    return {i: ent for ent in ents for i in range(ent.start, ent.end)}


def _english_only(ent: Entity) -> Entity:
    """Group nouns carry English labels only (groups_en.ttl): keep the composed label in English."""
    if "en" in ent.labels and ent.labels.get("ar", "")[:1].isascii():
        return Entity(ent.id, ent.label, ent.type, {"en": ent.labels["en"]}, ent.country, ent.sector)
    return ent


def mentions(actors: list[EnActor], doc_id: str, base_offset: int = 0) -> list[Mention]:
    return [
        Mention(doc_id, a.entity, a.text, base_offset + a.char_start, base_offset + a.char_end, "en") for a in actors
    ]


COMPONENT_NAME = "geokg_en_linker"


@Language.factory(
    COMPONENT_NAME,
    requires=["token.dep", "token.head", "token.lemma", "token.tag", "doc.ents"],
    assigns=["doc._.geokg_links"],
    default_config={"data_dir": None, "ontology_dir": None},
)
def make_english_linker(nlp: Language, name: str, data_dir: str | None, ontology_dir: str | None) -> EnglishLinking:
    """Gazetteer linking over a parsed English pipeline (``en_core_web_sm``). ``data_dir``: a folder
    of gazetteer Turtle, ``ontology_dir``: of the ontology's (defaults: the packaged ones). Adds
    geokg's own analysis where it is missing (``ensure_analysis``)."""
    ensure_analysis(nlp)
    return EnglishLinking(name, data_dir, ontology_dir)


def ensure_analysis(nlp: Language) -> None:
    """geokg's own analysis that the English components read, added to the pipeline where it is
    missing (a plain ``spacy.load("en_core_web_sm")``): the dateline splitter before the parser,
    the lemma mending after the lemmatizer (so that a plain pipeline with geokg's components
    splits datelines and lemmatises as ``make_english_nlp`` does)."""
    _add_once(nlp, dateline_en.COMPONENT_NAME, before=dateline_en.PARSER)
    _add_once(nlp, lemmas_en.COMPONENT_NAME, after=lemmas_en.LEMMATIZER)
    # (a hyphenated participle the parser read as a clause: "aid to tsunami-hit X")
    _add_once(nlp, hyphens_en.COMPONENT_NAME, after=lemmas_en.COMPONENT_NAME)
    _table_attributes(nlp)


def _table_attributes(nlp: Language) -> None:
    """The model's attribute ruler replaced by the same rules applied from a table
    (``attributes_en``: the same attributes, a fraction of the CPU), the ruler disabled, not
    removed (a benchmark enables it to time the model as shipped). Rules the table cannot apply
    as the ruler does leave the ruler in place."""
    name, ruler = attributes_en.COMPONENT_NAME, attributes_en.RULER
    if name in nlp.component_names or ruler not in nlp.pipe_names:
        return
    table = nlp.add_pipe(name, after=ruler)
    try:
        table.compile()  # once, here: the component keeps them
    except attributes_en.Unsupported:
        nlp.remove_pipe(name)
        return
    nlp.disable_pipe(ruler)


def _add_once(nlp: Language, name: str, **where: str) -> None:
    """Add the component ``name`` next to the one ``where`` names (``before=`` or ``after=``),
    unless it is there already or that one is missing (a pipeline without a parser needs no
    dateline splitter, one without a lemmatizer no lemma mending)."""
    (anchor,) = where.values()
    if name not in nlp.component_names and anchor in nlp.component_names:
        nlp.add_pipe(name, **where)


class EnglishLinking:
    """spaCy component: an ``EnglishLinker`` for each document on ``doc._.geokg_links``."""

    def __init__(self, name: str = COMPONENT_NAME, data_dir: str | None = None, ontology_dir: str | None = None):
        self.name = name
        self.data_dir = data_dir
        self.ontology_dir = ontology_dir
        self.gazetteer: Gazetteer | None = None
        self.nouns: NounCues | None = None
        self.surnames: Surnames | None = None
        # gazetteer key words by string id, filled as words are seen (``EnglishLinker._key``)
        self.keys: dict[int, str] = {}
        self._files: list[Path] = []
        self._ontology_files: list[Path] = []
        register_extensions()
        if not Doc.has_extension("geokg_links"):
            Doc.set_extension("geokg_links", default=None)

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        self._load(self.data_dir, load_ontology_from(self.ontology_dir))

    def _load(self, data: str | Path | None, ontology: Ontology) -> None:
        self.gazetteer, self._files = load_data(data)
        self.nouns = NounCues.from_ontology(ontology)
        self.surnames = Surnames.of(self.gazetteer)
        self._ontology_files = list(ontology.sources)

    def __call__(self, doc: Doc) -> Doc:
        if self.gazetteer is None or self.nouns is None:
            raise ValueError(f"{self.name}: call initialize() (or load a saved pipeline) first")
        if len(self.keys) > _MAX_KEYS:
            self.keys.clear()  # (a vocabulary that keeps growing on endless input)
        doc._.geokg_links = EnglishLinker(
            doc, self.gazetteer, self.nouns, doc._.geokg_date, self.surnames, keys=self.keys
        )
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        save_files(Path(path) / "data", self._files)
        save_files(Path(path) / "ontology", self._ontology_files)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> EnglishLinking:
        saved_files(Path(path) / "data")
        self._load(Path(path) / "data", load_ontology_from(Path(path) / "ontology"))
        return self


def _hyphen_agent(tok: Token) -> bool:
    """Does the token name who does a hyphenated participle ("US-backed", "U.S.-led")?"""
    if "-" in tok.text[1:-1] and tok.text.rpartition("-")[2].endswith("ed"):
        return True
    return tok.dep_ == "npadvmod" and tok.head.tag_ == "VBN" and tok.i + 2 == tok.head.i and tok.nbor(1).text == "-"


# the source and the addressee of a verb of saying
_SOURCE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "agent"})


def _says(verb: Token, reporting: frozenset[str]) -> bool:
    """Is the verb one of saying that reports a clause ("officials said rebels had ...", "...,
    officials said")? With a plain object it is an act ("declared a ceasefire in X")."""
    if verb.lemma_.lower() not in reporting:
        return False
    return verb.dep_ == "parataxis" or any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)


def _describing_agent(tok: Token) -> bool:
    """Is the token the agent of a participle or relative clause that describes a noun ("rebels
    backed by Rwanda", "rebels, who are backed by Rwanda")? A sponsor, not the group's state."""
    prep = tok.head
    verb = prep.head
    return tok.dep_ == "pobj" and prep.dep_ == "agent" and verb.dep_ in ("acl", "relcl")


def _definite(tok: Token) -> bool:
    """Does "the" stand just before the word ("the world body", not "a world body of lawyers")?"""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the"


def _capitalised(tok: Token) -> bool:
    """Does a name start here: a capital, or a lower-case particle before one ("al-Qaida")?"""
    if tok.text[:1].isupper():
        return True
    if tok.lower_ not in _NAME_PARTICLES:
        return False
    after = tok.doc[tok.i + 1 : tok.i + 3]
    word = next((t for t in after if t.text != "-"), None)
    return word is not None and word.text[:1].isupper()


def from_abroad(tok: Token, own: range = range(0)) -> bool:
    """Is the group noun said to be from abroad without a state ("foreign oil workers")? A word
    of the group's own name (``own``: "the foreign ministry") says no such thing."""
    p = parse_of(tok.doc)
    deps, lower = p.deps, p.lower
    return any(deps[c] in ("amod", "compound") and lower[c] in _FOREIGN and c not in own for c in p.kids[tok.i])


def in_words(tok: Token, words: frozenset[str]) -> bool:
    """Is the word in a cue's words by its lemma or as written ("protesters" as listed, or "man"
    for "men")?"""
    return tok.lemma_.lower() in words or tok.lower_ in words


def owned_by_pronoun(tok: Token) -> bool:
    """Does a possessive pronoun say whose the noun is ("its embassy", "their troops")?"""
    p = parse_of(tok.doc)
    deps, pos = p.deps, p.pos
    return any(deps[c] == "poss" and pos[c] == "PRON" for c in p.kids[tok.i])


def _struck_verb(tok: Token) -> Token | None:
    """The verb a group, or the thing of it a modifier names ("rebel positions"), is acted on
    by: as its object or passive subject, or after a preposition of aim ("fired at rebel
    camps")."""
    if tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN":
        tok = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB":
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in _AIMED and tok.head.head.pos_ == "VERB":
        return tok.head.head
    return None


def _striker_of(name: Token, verb: Token) -> bool:
    """Is the state's name the subject of ``verb``, or a modifier of it ("U.S. warplanes struck
    rebel positions"), or its "by" agent? Then the state strikes the group: it is the act's
    other side, never the group's own state."""
    if name.dep_ in ("compound", "amod", "nmod", "poss") and name.head.pos_ in ("NOUN", "PROPN"):
        name = name.head
    if name.dep_ == "nsubj":
        return name.head == verb
    return name.dep_ == "pobj" and name.head.dep_ == "agent" and name.head.head == verb


def _group_verb(tok: Token) -> Token | None:
    """The verb a group acts through: the one it is the subject of, or whose "by" agent it is;
    the group's, too, when it is counted or gathered by the subject ("a body of lawyers
    criticised X", "a number of judges protested")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "nsubj":
        tok = tok.head.head
    if tok.dep_ == "nsubj":
        return tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        return tok.head.head
    return None
