"""``geokg export neo4j OUT/``: two ways into Neo4j, written to ``OUT/neo4j/`` (or ``-o DIR``).

(a) With the neosemantics (n10s) plugin: ``n10s-import.cypher`` sets up the database (the
    uniqueness constraint n10s needs, ``n10s.graphconfig.init`` with ``handleMultival: 'ARRAY'``
    for the bilingual labels and ``keepLangTag: true`` so ``"Iran"@en`` and ``"إيران"@ar``
    both survive, geokg's prefixes registered so properties read ``gk__evidenceText`` rather
    than ``ns0__evidenceText``) and fetches ``graph.ttl`` and ``ontology.ttl``.
    The Turtle is the default model: no blank nodes, no RDF-star, percent-encoded ASCII IRIs,
    so n10s imports it idempotently.

(b) Without the plugin: CSV files in ``neo4j-admin database import full`` format (nodes keyed by
    their IRI in one ID space, ``:LABEL`` and ``:TYPE`` columns, typed headers, ``;`` between
    array items) and ``neo4j-admin-import.sh`` with the exact command. Entities are
    ``:Entity`` plus their class (``:Country``, ...), statement nodes ``:Assertion``,
    documents ``:Document``; direct facts are relationships named after the ontology relation.
"""

from __future__ import annotations

import csv
import os
import shlex
from collections.abc import Iterable
from pathlib import Path

from geokg.ontology import GK, GKDOC, GKID, GKS, load_ontology
from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from .outfolder import OutputFolder
from .rdf import PREFIXES
from .validate import load_union

ARRAY_DELIMITER = ";"
# Properties that hold one value per language: n10s keeps them all as arrays.
MULTIVALUED = [RDFS.label, SKOS.prefLabel, GK.title]

ENTITY_HEADER = [
    "uri:ID",
    ":LABEL",
    "id",
    "name",
    "name_en",
    "name_ar",
    "labels:string[]",
    "countryCode",
    "sector",
    "wikidata",
]
DOCUMENT_HEADER = ["uri:ID", ":LABEL", "id", "publicationDate", "sourceName", "url", "title", "language"]
ASSERTION_HEADER = [
    "uri:ID",
    ":LABEL",
    "relation",
    "polarity",
    "modality",
    "confidence:float",
    "timeStart",
    "timeEnd",
    "evidenceText",
    "evidenceStart:int",
    "evidenceEnd:int",
    "evidenceLang",
    "cameoCode",
    "ploverType",
    "quadClass:int",
    "goldstein:float",
    "extractor",
]
RELATIONSHIP_HEADER = [":START_ID", ":END_ID", ":TYPE"]

# Statement-node links and their relationship types in the CSV import.
_LINKS = {
    GK.subject: "SUBJECT",
    GK.object: "OBJECT",
    GK.objectAssertion: "OBJECT_ASSERTION",
    GK.attributedTo: "ATTRIBUTED_TO",
    PROV.wasDerivedFrom: "DERIVED_FROM",
}


def _local(iri: object) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _by_lang(graph: Graph, node: URIRef, prop: URIRef) -> dict[str, str]:
    out: dict[str, str] = {}
    for value in sorted(graph.objects(node, prop)):
        if isinstance(value, Literal):
            out.setdefault(value.language or "", str(value))
    return out


def _write_csv(path: Path, header: list[str], rows: Iterable[list[str]]) -> int:
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def n10s_script(graph_url: str, ontology_url: str) -> str:
    """The Cypher that sets up neosemantics and imports geokg's Turtle."""
    multival = ", ".join(f"'{iri}'" for iri in MULTIVALUED)
    prefixes = "\n".join(
        f"CALL n10s.nsprefixes.add('{prefix}', '{namespace}');" for prefix, namespace in sorted(PREFIXES.items())
    )
    return f"""// geokg -> Neo4j through neosemantics (n10s). Run in an empty database, e.g.
//   cypher-shell -u neo4j -p PASSWORD -f n10s-import.cypher
// file:// URLs need the file inside Neo4j's import folder (or a web server): edit the two
// URLs below to where graph.ttl and ontology.ttl are reachable from the Neo4j server.

CREATE CONSTRAINT n10s_unique_uri IF NOT EXISTS FOR (r:Resource) REQUIRE r.uri IS UNIQUE;

// ARRAY + multivalPropList: labels in Arabic and English both survive (the default,
// OVERWRITE, keeps one); keepLangTag keeps "@ar"/"@en" on each value.
CALL n10s.graphconfig.init({{
  handleVocabUris: 'SHORTEN',
  handleMultival: 'ARRAY',
  multivalPropList: [{multival}],
  keepLangTag: true,
  keepCustomDataTypes: false,
  handleRDFTypes: 'LABELS'
}});

// Registered prefixes make property names read gk__evidenceText, rdfs__label, ...
{prefixes}

CALL n10s.rdf.import.fetch('{ontology_url}', 'Turtle');
CALL n10s.rdf.import.fetch('{graph_url}', 'Turtle');
"""


def admin_command(folder: Path, database: str = "neo4j") -> list[str]:
    """The neo4j-admin (Neo4j 5) command that imports the CSV files in ``folder``."""
    f = lambda name: str(folder / name)  # noqa: E731
    return [
        "neo4j-admin",
        "database",
        "import",
        "full",
        f"--nodes={f('entities.csv')}",
        f"--nodes={f('documents.csv')}",
        f"--nodes={f('assertions.csv')}",
        f"--relationships={f('facts.csv')}",
        f"--relationships={f('statement_links.csv')}",
        f"--relationships={f('mentions.csv')}",
        f"--array-delimiter={ARRAY_DELIMITER}",
        "--multiline-fields=true",
        "--overwrite-destination=true",
        database,
    ]


def export_neo4j(source: str | os.PathLike[str], out_dir: str | os.PathLike[str] | None = None) -> dict[str, Path]:
    """Write the n10s script, the ontology, the CSV files and the neo4j-admin command."""
    source = Path(source)
    graph = load_union(source)
    target = Path(out_dir) if out_dir is not None else (source if source.is_dir() else source.parent) / "neo4j"
    target.mkdir(parents=True, exist_ok=True)
    paths = _write_n10s(source, target)
    paths.update(_write_node_files(graph, target))
    paths.update(_write_relationship_files(graph, target))
    paths["admin"] = _write_admin_script(target / "neo4j-admin-import.sh")
    return paths


def _write_n10s(source: Path, target: Path) -> dict[str, Path]:
    """The ontology as Turtle and the n10s script that fetches it and the graph."""
    graph_ttl = OutputFolder.graph_file(source).resolve()
    paths = {"ontology": target / "ontology.ttl", "n10s": target / "n10s-import.cypher"}
    paths["ontology"].write_bytes(load_ontology().graph().serialize(format="turtle", encoding="utf-8"))
    paths["n10s"].write_text(n10s_script(graph_ttl.as_uri(), paths["ontology"].resolve().as_uri()), encoding="utf-8")
    return paths


def _write_node_files(graph: Graph, target: Path) -> dict[str, Path]:
    """entities.csv, documents.csv and assertions.csv."""
    classes = {URIRef(c.iri): c.name for c in load_ontology().classes.values()}
    entities = sorted(
        {n for n in graph.subjects() if isinstance(n, URIRef) and str(n).startswith(str(GKID))}
        | {n for n in graph.objects() if isinstance(n, URIRef) and str(n).startswith(str(GKID))}
    )
    documents = sorted(n for n in graph.subjects(RDF.type, GK.Document) if str(n).startswith(str(GKDOC)))
    # A document may be the page an article was split from (dcterms:isPartOf) without its own
    # description: it still needs a node.
    documents = sorted(set(documents) | {o for o in graph.objects(None, DCTERMS.isPartOf)})
    statements = sorted(n for n in graph.subjects(RDF.type, GK.Assertion) if str(n).startswith(str(GKS)))
    paths = {name: target / f"{name}.csv" for name in ("entities", "documents", "assertions")}
    _write_csv(paths["entities"], ENTITY_HEADER, (_entity_row(graph, node, classes) for node in entities))
    _write_csv(paths["documents"], DOCUMENT_HEADER, (_document_row(graph, node) for node in documents))
    _write_csv(paths["assertions"], ASSERTION_HEADER, (_assertion_row(graph, node) for node in statements))
    return paths


def _entity_row(graph: Graph, node: URIRef, classes: dict[URIRef, str]) -> list[str]:
    labels = _by_lang(graph, node, RDFS.label)
    kinds = sorted(classes[c] for c in graph.objects(node, RDF.type) if c in classes)
    name = labels.get("en") or labels.get("ar") or next(iter(labels.values()), _local(node))
    all_labels = ARRAY_DELIMITER.join(
        # neo4j-admin has no escape inside arrays: a delimiter in a name becomes a comma.
        (f"{text}@{lang}" if lang else text).replace(ARRAY_DELIMITER, ",")
        for lang, text in sorted(labels.items())
    )
    return [
        str(node),
        ";".join(["Entity", *kinds]),
        _local(node),
        name,
        labels.get("en", ""),
        labels.get("ar", ""),
        all_labels,
        _text(graph.value(node, GK.countryCode)),
        _text(graph.value(node, GK.sector)),
        _text(graph.value(node, GK.wikidata)),
    ]


def _document_row(graph: Graph, node: URIRef) -> list[str]:
    published = graph.value(node, GK.publicationDate) or graph.value(node, DCTERMS.date)
    return [
        str(node),
        "Document",
        _local(node),
        _text(published),
        _text(graph.value(node, GK.sourceName)),
        _text(graph.value(node, GK.url)),
        _text(graph.value(node, GK.title)),
        _text(graph.value(node, GK.language)),
    ]


def _assertion_row(graph: Graph, node: URIRef) -> list[str]:
    value = lambda prop: _text(graph.value(node, prop))  # noqa: E731
    local = lambda prop: _local(graph.value(node, prop)) if graph.value(node, prop) else ""  # noqa: E731
    return [
        str(node),
        "Assertion",
        local(GK.predicate),
        local(GK.polarity),
        local(GK.modality),
        value(GK.confidence),
        value(GK.timeStart),
        value(GK.timeEnd),
        value(GK.evidenceText),
        value(GK.evidenceStart),
        value(GK.evidenceEnd),
        value(GK.evidenceLang),
        value(GK.cameoCode),
        value(GK.ploverType),
        value(GK.quadClass),
        value(GK.goldstein),
        value(GK.extractor),
    ]


def _write_relationship_files(graph: Graph, target: Path) -> dict[str, Path]:
    """facts.csv (direct facts between entities), statement_links.csv (a statement node's
    subject, object, source and document) and mentions.csv (documents' entities and pages)."""
    relations = {URIRef(r.iri) for r in load_ontology().relations.values()}
    facts = sorted(
        (str(s), str(o), _local(p))
        for p in relations
        for s, o in graph.subject_objects(p)
        if isinstance(o, URIRef) and str(s).startswith(str(GKID)) and str(o).startswith(str(GKID))
    )
    links = sorted(
        (str(s), str(o), kind)
        for prop, kind in _LINKS.items()
        for s, o in graph.subject_objects(prop)
        if isinstance(o, URIRef) and str(s).startswith(str(GKS))
    )
    mentions = sorted((str(s), str(o), "MENTIONS") for s, o in graph.subject_objects(DCTERMS.references)) + sorted(
        (str(s), str(o), "PART_OF") for s, o in graph.subject_objects(DCTERMS.isPartOf)
    )
    paths = {}
    for name, rows in (("facts", facts), ("statement_links", links), ("mentions", mentions)):
        paths[name] = target / f"{name}.csv"
        _write_csv(paths[name], RELATIONSHIP_HEADER, map(list, rows))
    return paths


def _write_admin_script(path: Path) -> Path:
    """The shell script that runs the neo4j-admin import from its own folder."""
    command = " \\\n  ".join(shlex.quote(part) for part in admin_command(Path(".")))
    path.write_text(
        "#!/bin/sh\n# geokg -> Neo4j without plugins: stop the database, then run this script\n"
        "# (the CSV files are read from the script's own folder).\nset -e\n"
        f'cd "$(dirname "$0")"\n{command}\n',
        encoding="utf-8",
    )
    path.chmod(0o755)
    return path
