"""Assertions → RDF: direct triples for facts, one statement node per assertion.

Two writers of the same statement model (the same ``_describe_*`` functions): ``write_nquads``
streams N-Quads in bounded memory (``geokg build`` writes ``graph.nq`` with it, loads the store
from it and writes Turtle and TriG from the store); ``build_dataset`` builds an rdflib
``Dataset`` for Python users (the notebook, tests), and ``write_outputs`` serialises one.

The model is the one that survives rdflib, Oxigraph, Jena, RDF4J (GraphDB, neosemantics) and
Virtuoso alike (see docs/ARCHITECTURE.md): plain Turtle/TriG, no RDF-star, no blank nodes,
deterministic IRIs.

Layout of the dataset (the TriG union is exactly the Turtle graph):

- default graph: entity descriptions (class, ``rdfs:label`` and ``skos:prefLabel`` per language,
  country code, sector, ``gk:wikidata`` and ``owl:sameAs`` for QIDs) and document descriptions
  (``gk:Document`` with publication date, source, url, title, language);
- one named graph per document, named by the document's IRI: the statement nodes of the
  assertions extracted from that document, the direct triples those assertions support and
  ``dcterms:references`` links to the entities the document mentions. A fact stated by two
  documents is one triple in the union and a quad in each document's graph.

Typed literals follow the shapes (ontology/shapes.ttl): ``xsd:date`` times, ``xsd:integer``
offsets and quad class, ``xsd:decimal`` confidence and Goldstein weight, ``xsd:anyURI`` urls,
language-tagged evidence. A date that is not ISO 8601 is not forced into ``xsd:date``: it is
kept as text under ``dcterms:date`` (documents) or ``dcterms:temporal`` (assertions).

Direct triples (``subject gk:relation object``) are written only for ``assertion.is_fact``
(affirmed and asserted) with an entity object; every assertion, negated, reported or alleged
alike, keeps its statement node with polarity, modality, attribution, time and evidence.
"""

from __future__ import annotations

import math
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO
from urllib.parse import quote

from geokg.extract.model import (
    Argument,
    Assertion,
    AssertionRef,
    Document,
    Entity,
    LiteralValue,
    Mention,
)
from geokg.ontology import (
    GK,
    GKDOC,
    GKID,
    GKS,
    MODALITY_IRIS,
    POLARITY_IRIS,
    WD,
    load_ontology,
)
from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV

STATEMENT = GKS  # https://w3id.org/geokg/statement/<assertion id>
DOC = GKDOC  # https://w3id.org/geokg/doc/<percent-encoded document id>
STORY = Namespace("https://w3id.org/geokg/story/")  # <percent-encoded id of the story's first document>

# Prefixes bound on every graph we write (and offered to SPARQL queries).
PREFIXES: dict[str, Namespace | str] = {
    "gk": GK,
    "gkid": GKID,
    "gks": STATEMENT,
    "gkdoc": DOC,
    "gkstory": STORY,
    "wd": WD,
    "prov": PROV,
    "skos": SKOS,
    "owl": OWL,
    "xsd": XSD,
    "rdfs": RDFS,
    "rdf": str(RDF),
    "dcterms": DCTERMS,
}

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")
_LANG_CODE = re.compile(r"^[a-z]{2,3}$")
_LANG_TAG = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")
_LOCAL_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_RAW_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# --------------------------------------------------------------------------------------------
# IRIs


def iri_segment(text: str) -> str:
    """Percent-encode an id into one IRI path segment that every store and neosemantics accepts.

    Only RFC 3986 unreserved ASCII characters stay as they are; spaces, slashes, ``#`` and all
    non-ASCII characters (Arabic ids) become ``%XX`` UTF-8 escapes. Deterministic, so the same
    id always gives the same IRI.
    """
    if not text:
        raise ValueError("an empty id cannot name a node")
    return quote(unicodedata.normalize("NFC", _clean_text(text)), safe="-._~")


def entity_iri(entity_id: str) -> URIRef:
    return GKID[iri_segment(entity_id)]


def statement_iri(assertion_id: str) -> URIRef:
    return STATEMENT[iri_segment(assertion_id)]


def document_iri(doc_id: str) -> URIRef:
    return DOC[iri_segment(doc_id)]


def story_iri(story_id: str) -> URIRef:
    return STORY[iri_segment(story_id)]


def wikidata_iri(qid: str) -> URIRef:
    return WD[qid]


def class_iri(type_name: str) -> URIRef | None:
    """The ontology class named by ``entity.type``; None for a type the ontology lacks (the
    generic "Entity" of a bare JSON record), which then gets no rdf:type rather than a guess."""
    entity_class = load_ontology().classes.get(type_name)
    return URIRef(entity_class.iri) if entity_class else None


def relation_iri(relation: str) -> URIRef:
    """``assertion.relation`` is the local name of an ontology property."""
    if not _LOCAL_NAME.match(relation or ""):
        raise ValueError(f"relation {relation!r} is not an ontology property name")
    return GK[relation]


# --------------------------------------------------------------------------------------------
# Literals


def _clean_text(text: str) -> str:
    # Lone surrogates (from a lenient decoder) cannot be written as UTF-8 at all.
    return _SURROGATE.sub("\ufffd", text)


def text_literal(text: str, lang: str | None = None) -> Literal:
    """A string literal, language-tagged when ``lang`` is a well-formed BCP 47 tag."""
    text = _clean_text(text)
    if lang and _LANG_TAG.match(lang):
        return Literal(text, lang=lang.lower())
    return Literal(text)


def guess_lang(text: str) -> str:
    """Arabic or English, for labels that arrive without a language."""
    return "ar" if _ARABIC_LETTER.search(text) else "en"


def date_literal(value: str, allow_datetime: bool = True) -> Literal:
    """``xsd:date`` (or ``xsd:dateTime``) for a valid ISO value; otherwise an ``xsd:string``.

    Why: an ill-typed ``xsd:date`` makes stores reject or silently drop the triple, while news
    metadata often carries partial or free-form dates ("2024-06", "June 2024"). Without
    ``allow_datetime`` a timestamp is cut to its day.
    """
    value = value.strip()
    if _ISO_DATE.match(value):
        try:
            date.fromisoformat(value)
            return Literal(value, datatype=XSD.date)
        except ValueError:
            pass
    elif _ISO_DATETIME.match(value):
        try:
            datetime.fromisoformat(value)  # Python 3.11 reads "Z" too
            if allow_datetime:
                return Literal(value, datatype=XSD.dateTime)
            return Literal(value[:10], datatype=XSD.date)
        except ValueError:
            pass
    return Literal(_clean_text(value), datatype=XSD.string)


def is_date_literal(literal: Literal) -> bool:
    return literal.datatype in (XSD.date, XSD.dateTime)


def lang_code(lang: str | None) -> str | None:
    """A bare language code ("ar", "en") or None."""
    code = (lang or "").strip().lower()
    return code if _LANG_CODE.match(code) else None


def decimal_literal(value: float | None, places: int = 3) -> Literal | None:
    """An ``xsd:decimal`` rounded to ``places``; None for a missing or non-finite value."""
    if value is None or not math.isfinite(value):
        return None
    as_decimal = Decimal(repr(round(float(value), places)))
    return Literal(format(as_decimal, "f"), datatype=XSD.decimal)


def integer_literal(value: int) -> Literal:
    return Literal(str(int(value)), datatype=XSD.integer)


# --------------------------------------------------------------------------------------------
# Entities: the same id from several assertions, mentions or documents is one node


@dataclass
class _EntityRecord:
    """Everything known about one entity id, merged over all the places it appears."""

    id: str
    label: str
    type: str
    labels: dict[str, str] = field(default_factory=dict)
    country: str | None = None
    sector: str | None = None

    @classmethod
    def of(cls, entity: Entity) -> _EntityRecord:
        record = cls(entity.id, entity.label, entity.type)
        record.merge(entity)
        return record

    def merge(self, entity: Entity) -> None:
        # The first value seen wins (deterministic for a given input order); a specific class
        # replaces the generic "Entity" of a bare JSON record, and missing values are filled in.
        if self.type in ("", "Entity") and entity.type:
            self.type = entity.type
        if not self.label and entity.label:
            self.label = entity.label
        for lang, label in (entity.labels or {}).items():
            if label and lang not in self.labels:
                self.labels[lang] = label
        self.country = self.country or entity.country
        self.sector = self.sector or entity.sector

    def preferred_labels(self) -> dict[str, str]:
        labels = {lang: text for lang, text in self.labels.items() if _LANG_TAG.match(lang)}
        if self.label:
            labels.setdefault(guess_lang(self.label), self.label)
        if not labels:
            # Every entity gets a label (the shapes require one): its id is the last resort.
            labels[guess_lang(self.id)] = self.id
        return labels


def _collect_entities(
    assertions: Iterable[Assertion],
    mentions: Iterable[Mention],
    records: dict[str, _EntityRecord] | None = None,
) -> dict[str, _EntityRecord]:
    """Merge every entity of ``assertions`` and ``mentions`` into ``records`` (a new table
    unless one is given, so a stream can be collected batch by batch)."""
    records = {} if records is None else records

    def see(entity: Entity | None) -> None:
        if entity is None or not entity.id:
            return
        if entity.id in records:
            records[entity.id].merge(entity)
        else:
            records[entity.id] = _EntityRecord.of(entity)

    for assertion in assertions:
        see(assertion.subject.entity)
        if isinstance(assertion.object, Argument):
            see(assertion.object.entity)
        see(assertion.attributed_to)
    for mention in mentions:
        see(mention.entity)
    return records


def _describe_entity(graph: Graph, record: _EntityRecord) -> None:
    node = entity_iri(record.id)
    entity_class = class_iri(record.type)
    if entity_class is not None:
        graph.add((node, RDF.type, entity_class))
    for lang, label in sorted(record.preferred_labels().items()):
        graph.add((node, RDFS.label, text_literal(label, lang)))
        graph.add((node, SKOS.prefLabel, text_literal(label, lang)))
    if record.country:
        graph.add((node, GK.countryCode, Literal(record.country)))
    if record.sector:
        graph.add((node, GK.sector, Literal(record.sector)))
    if _QID.match(record.id):
        graph.add((node, GK.wikidata, Literal(record.id)))
        graph.add((node, OWL.sameAs, wikidata_iri(record.id)))


# --------------------------------------------------------------------------------------------
# Documents


def _describe_document(graph: Graph, document: Document) -> None:
    node = document_iri(document.id)
    graph.add((node, RDF.type, GK.Document))
    if document.date:
        published = date_literal(document.date)
        # A date that is not ISO is kept as text under dcterms:date, not as a mistyped date.
        date_property = GK.publicationDate if is_date_literal(published) else DCTERMS.date
        graph.add((node, date_property, published))
    if document.source:
        graph.add((node, GK.sourceName, text_literal(document.source)))
    if document.url:
        url = _clean_text(document.url).strip()
        graph.add((node, GK.url, Literal(url, datatype=XSD.anyURI)))
    if document.title:
        graph.add((node, GK.title, text_literal(document.title, document.lang)))
    if lang_code(document.lang):
        graph.add((node, GK.language, Literal(lang_code(document.lang))))
    if document.input_id and document.input_id != document.id:
        # A page split into several articles: each article is part of the input page.
        graph.add((node, DCTERMS.isPartOf, document_iri(document.input_id)))
    if document.story and document.story != document.id:
        # A retelling (extract/dedup.py): it and the story's first document share one story node.
        story = story_iri(document.story)
        graph.add((story, RDF.type, GK.Story))
        graph.add((node, GK.story, story))
        graph.add((document_iri(document.story), GK.story, story))
        if document.duplicate_of:
            graph.add((node, GK.duplicateOf, document_iri(document.duplicate_of)))


# --------------------------------------------------------------------------------------------
# Assertions


def _describe_assertion(graph: Graph, assertion: Assertion) -> None:
    """The statement node with every field of the assertion, in the document's named graph."""
    if assertion.polarity not in POLARITY_IRIS:
        raise ValueError(f"assertion {assertion.id}: unknown polarity {assertion.polarity!r}")
    if assertion.modality not in MODALITY_IRIS:
        raise ValueError(f"assertion {assertion.id}: unknown modality {assertion.modality!r}")
    node = statement_iri(assertion.id)
    subject = entity_iri(assertion.subject.entity.id)
    predicate = relation_iri(assertion.relation)
    lang = assertion.evidence.lang or None

    add = graph.add
    add((node, RDF.type, GK.Assertion))
    add((node, GK.subject, subject))
    add((node, GK.predicate, predicate))
    obj = assertion.object
    if isinstance(obj, Argument):
        add((node, GK.object, entity_iri(obj.entity.id)))
        if obj.text:
            add((node, GK.surfaceObject, text_literal(obj.text, lang)))
    elif isinstance(obj, AssertionRef):
        add((node, GK.objectAssertion, statement_iri(obj.assertion)))
    elif isinstance(obj, LiteralValue):
        add((node, GK.objectLiteral, text_literal(obj.literal, lang)))
    if assertion.subject.text:
        add((node, GK.surfaceSubject, text_literal(assertion.subject.text, lang)))

    add((node, GK.polarity, POLARITY_IRIS[assertion.polarity]))
    add((node, GK.modality, MODALITY_IRIS[assertion.modality]))
    if assertion.attributed_to is not None and assertion.attributed_to.id:
        add((node, GK.attributedTo, entity_iri(assertion.attributed_to.id)))
    if assertion.time is not None:
        for value, prop in (
            (assertion.time.start, GK.timeStart),
            (assertion.time.end, GK.timeEnd),
        ):
            if value:
                when = date_literal(value, allow_datetime=False)
                # A time that is not an ISO date stays readable as dcterms:temporal text.
                add((node, prop if is_date_literal(when) else DCTERMS.temporal, when))
    confidence = decimal_literal(assertion.confidence)
    if confidence is not None:
        add((node, GK.confidence, confidence))

    evidence = assertion.evidence
    add((node, GK.evidenceText, text_literal(evidence.text, lang)))
    add((node, GK.evidenceStart, integer_literal(evidence.start)))
    add((node, GK.evidenceEnd, integer_literal(evidence.end)))
    if lang_code(evidence.lang):
        add((node, GK.evidenceLang, Literal(lang_code(evidence.lang))))

    if assertion.cameo:
        add((node, GK.cameoCode, Literal(str(assertion.cameo))))
    if assertion.plover:
        add((node, GK.ploverType, Literal(assertion.plover)))
    if assertion.quad is not None:
        add((node, GK.quadClass, integer_literal(assertion.quad)))
    goldstein = decimal_literal(assertion.goldstein, places=2)
    if goldstein is not None:
        add((node, GK.goldstein, goldstein))
    if assertion.extractor:
        add((node, GK.extractor, Literal(_clean_text(assertion.extractor))))
    add((node, PROV.wasDerivedFrom, document_iri(assertion.doc)))

    if assertion.is_fact and isinstance(obj, Argument):
        # Stored as extracted, also for symmetric relations: the ontology declares
        # owl:SymmetricProperty, which a reasoner or a SPARQL path can use.
        add((subject, predicate, entity_iri(obj.entity.id)))


# --------------------------------------------------------------------------------------------
# Public API


def new_dataset() -> Dataset:
    """An empty dataset with geokg's prefixes bound."""
    dataset = Dataset()
    bind_prefixes(dataset)
    return dataset


def bind_prefixes(graph: Graph) -> None:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)


def build_dataset(
    assertions: Iterable[Assertion],
    documents: Iterable[Document],
    mentions: Iterable[Mention] = (),
) -> Dataset:
    """Build the RDF dataset: entities and documents in the default graph, one named graph per
    document with its statement nodes and direct triples."""
    assertions = list(assertions)
    mentions = list(mentions)
    dataset = new_dataset()
    default = dataset.default_graph

    for record in _collect_entities(assertions, mentions).values():
        _describe_entity(default, record)

    described: set[str] = set()
    for document in documents:
        if document.id not in described:
            _describe_document(default, document)
            described.add(document.id)
    # An assertion or mention whose document was not passed in still gets a typed document
    # node, so that prov:wasDerivedFrom never points into the void.
    for doc_id in [a.doc for a in assertions] + [m.doc for m in mentions]:
        if doc_id not in described:
            default.add((document_iri(doc_id), RDF.type, GK.Document))
            described.add(doc_id)

    for assertion in assertions:
        _describe_assertion(dataset.graph(document_iri(assertion.doc)), assertion)
    for mention in mentions:
        # Which documents name an entity, related or not ("which articles mention Oman?").
        document_graph = dataset.graph(document_iri(mention.doc))
        document_graph.add(
            (
                document_iri(mention.doc),
                DCTERMS.references,
                entity_iri(mention.entity.id),
            )
        )
    return dataset


def to_graph(dataset: Dataset) -> Graph:
    """The union of all graphs of ``dataset``: what graph.ttl holds."""
    union = Graph()
    bind_prefixes(union)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def write_outputs(dataset: Dataset, out_dir: str | os.PathLike[str]) -> dict[str, Path]:
    """Write ``graph.ttl`` (the union), ``graph.trig`` and ``graph.nq`` (named graph per
    document), UTF-8.

    Each file is written to a temporary name and renamed into place, so a crash never leaves a
    half-written graph behind.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {
        "ttl": out / "graph.ttl",
        "trig": out / "graph.trig",
        "nq": out / "graph.nq",
    }
    payloads = {
        "ttl": escape_controls(to_graph(dataset).serialize(format="turtle")),
        "trig": escape_controls(dataset.serialize(format="trig")),
        # N-Quads: the bulk format (one statement a line) the store loads from.
        "nq": escape_controls(dataset.serialize(format="nquads")),
    }
    for key, path in paths.items():
        _write_atomically(path, payloads[key].encode("utf-8"))
    return paths


class _TripleSink:
    """Collects what the ``_describe_*`` functions add, without an rdflib store behind it
    (for streaming: rdflib's memory store costs more than building the terms)."""

    __slots__ = ("triples",)

    def __init__(self) -> None:
        self.triples: list[tuple] = []

    def add(self, triple: tuple) -> None:
        self.triples.append(triple)


_NT_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"}
_NT_UNSAFE = re.compile(r'[\\"\n\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f]')
_IRI_SAFE = re.compile(r'^[^\x00-\x20<>"{}|^`\\]*$')


def _nt_term(term) -> str:
    """One term in N-Triples syntax (UTF-8 text, control characters as ``\\uXXXX``)."""
    if isinstance(term, URIRef):
        if not _IRI_SAFE.match(term):
            raise ValueError(f"{term!r} cannot be written as an IRI")
        return f"<{term}>"
    if isinstance(term, Literal):
        text = _NT_UNSAFE.sub(lambda m: _NT_ESCAPES.get(m.group(0)) or f"\\u{ord(m.group(0)):04X}", str(term))
        if term.language:
            return f'"{text}"@{term.language}'
        if term.datatype is not None and term.datatype != XSD.string:
            return f'"{text}"^^<{term.datatype}>'
        return f'"{text}"'
    raise ValueError(f"{term!r}: geokg writes no blank nodes")


def write_nquads(
    stream: BinaryIO,
    assertions: Iterable[Assertion],
    documents: Iterable[Document] = (),
    mentions: Iterable[Mention] = (),
    batch_size: int = 10_000,
) -> int:
    """Stream the dataset :func:`build_dataset` builds as N-Quads, holding only one batch of
    assertions and the entity table in memory, so that a million assertions (about 20 million
    quads) are written in bounded memory. The statement model is the same: the same
    ``_describe_*`` functions produce every triple. ``geokg build`` writes ``graph.nq`` with it.
    Returns the number of assertions.
    """
    records: dict[str, _EntityRecord] = {}
    doc_ids: set[str] = set()
    count = 0

    def write(triples: list[tuple], graph: URIRef | None) -> None:
        suffix = f" <{graph}> .\n" if graph is not None else " .\n"
        lines = [f"{_nt_term(s)} {_nt_term(p)} {_nt_term(o)}{suffix}" for s, p, o in triples]
        stream.write("".join(lines).encode("utf-8"))

    batch: list[Assertion] = []

    def flush() -> None:
        by_doc: dict[str, _TripleSink] = {}
        for assertion in batch:
            sink = by_doc.setdefault(assertion.doc, _TripleSink())
            _describe_assertion(sink, assertion)  # type: ignore[arg-type]
        for doc_id, sink in by_doc.items():
            # A fact stated twice in one document is one quad (as in a Dataset), not two lines.
            write(list(dict.fromkeys(sink.triples)), document_iri(doc_id))
        _collect_entities(batch, (), records)
        doc_ids.update(a.doc for a in batch)
        batch.clear()

    for assertion in assertions:
        batch.append(assertion)
        count += 1
        if len(batch) >= batch_size:
            flush()
    flush()

    # Which documents name an entity, related or not ("which articles mention Oman?").
    references: list[Mention] = []

    def flush_references() -> None:
        lines = []
        for mention in references:
            doc = _nt_term(document_iri(mention.doc))
            lines.append(f"{doc} <{DCTERMS.references}> {_nt_term(entity_iri(mention.entity.id))} {doc} .\n")
        stream.write("".join(lines).encode("utf-8"))
        _collect_entities((), references, records)
        doc_ids.update(m.doc for m in references)
        references.clear()

    for mention in mentions:
        references.append(mention)
        if len(references) >= batch_size:
            flush_references()
    flush_references()

    default = _TripleSink()
    for record in records.values():
        _describe_entity(default, record)  # type: ignore[arg-type]
    described: set[str] = set()
    for document in documents:
        if document.id not in described:
            _describe_document(default, document)  # type: ignore[arg-type]
            described.add(document.id)
    for doc_id in sorted(doc_ids - described):
        default.add((document_iri(doc_id), RDF.type, GK.Document))
    write(default.triples, None)
    return count


def escape_controls(rdf_text: str) -> str:
    """Write control characters as ``\\uXXXX`` escapes.

    rdflib writes them raw, which Turtle allows but some strict parsers and text tools choke
    on. Our IRIs are percent-encoded, so raw control characters can only occur inside string
    literals, where the escape means the same character.
    """
    return _RAW_CONTROL.sub(lambda m: f"\\u{ord(m.group(0)):04X}", rdf_text)


def _write_atomically(path: Path, payload: bytes) -> None:
    # open() rather than mkstemp: the file gets the usual permissions (umask), not 0600.
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as stream:
            stream.write(payload)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
