"""SPARQL over a built graph: load an OUT/ folder or an RDF file, run a query, format results.

The ontology (classes, relation labels in Arabic and English, owl:SymmetricProperty, CAMEO
alignment) is loaded beside the data, so queries can use relation labels and properties.
A TriG or N-Quads file loads as a Dataset whose default graph is the union of all named
graphs: a query without ``GRAPH`` sees everything, ``GRAPH ?doc { ... }`` narrows to one
document.
"""

from __future__ import annotations

import csv
import io
import json
import os
import unicodedata
from pathlib import Path

from geokg.graph.errors import UsageError
from geokg.graph.rdf import PREFIXES, bind_prefixes
from geokg.graph.store import StoreError, has_store, open_store
from geokg.ontology import load_ontology
from geokg.ontology.vocab import ONTOLOGY_IRI
from pyparsing import ParseException
from rdflib import XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import NamespaceManager
from rdflib.plugins.sparql.parser import parseUpdate
from rdflib.query import Result
from rdflib.term import Node

# The named graph that holds the ontology in a loaded Dataset.
ONTOLOGY_GRAPH = ONTOLOGY_IRI
FORMATS = ("table", "csv", "json", "tsv")

_FORMAT_BY_SUFFIX = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".nt": "nt",
    ".trig": "trig",
    ".nq": "nquads",
}
_QUAD_FORMATS = {"trig", "nquads"}


class QueryError(UsageError):
    """A query or its input cannot be used (exit 2); the message is one line, fit for a terminal."""


def load_for_query(
    path: str | os.PathLike[str],
    include_ontology: bool = True,
    memory: bool = False,
) -> Graph | Dataset:
    """Open an OUT/ folder's embedded store, or load an OUT/ folder (its graph.trig, else
    graph.ttl) or a .ttl/.trig/.nt/.nq file into rdflib's memory store.

    The store (``OUT/store/``, Oxigraph) answers from disk without parsing anything and
    always holds the ontology; ``memory=True`` parses the folder's files instead.
    """
    source = Path(path)
    if source.is_dir() and not memory and include_ontology and has_store(source):
        try:
            return open_store(source)
        except StoreError as error:
            raise QueryError(str(error)) from error
    if source.is_dir():
        candidates = [source / "graph.trig", source / "graph.ttl"]
        found = next((c for c in candidates if c.is_file()), None)
        if found is None:
            raise QueryError(f"{source}: no graph.trig or graph.ttl in this folder")
        source = found
    if not source.is_file():
        raise QueryError(f"{source}: no such file or folder")
    rdf_format = _FORMAT_BY_SUFFIX.get(source.suffix.lower())
    if rdf_format is None:
        known = ", ".join(sorted(_FORMAT_BY_SUFFIX))
        raise QueryError(f"{source}: unknown RDF file type {source.suffix!r} (expected {known})")

    graph: Graph | Dataset
    if rdf_format in _QUAD_FORMATS:
        graph = Dataset(default_union=True)
    else:
        graph = Graph()
    bind_prefixes(graph)
    try:
        graph.parse(source, format=rdf_format)
    except Exception as error:  # rdflib raises many parser-specific types
        raise QueryError(f"{source}: cannot parse as {rdf_format}: {error}") from error

    if include_ontology:
        ontology = load_ontology().graph()
        target = graph.graph(ONTOLOGY_GRAPH) if isinstance(graph, Dataset) else graph
        for triple in ontology:
            target.add(triple)
    return graph


def run_query(graph: Graph | Dataset, sparql: str) -> Result:
    """Run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE). The graph's bound prefixes
    (gk:, gkid:, wd:, prov:, skos:, ...) may be used without PREFIX lines."""
    if not sparql or not sparql.strip():
        raise QueryError("empty query")
    namespaces = {prefix: str(ns) for prefix, ns in graph.namespaces()}
    try:
        result = graph.query(sparql, initNs=namespaces)
        # rdflib evaluates lazily: materialise now so evaluation errors surface here.
        if result.type == "SELECT":
            result.bindings  # noqa: B018
    except ParseException as error:
        if _is_update(sparql):
            raise QueryError("SPARQL updates are not accepted: the graph is read-only") from error
        raise QueryError(f"SPARQL syntax error at line {error.lineno}, column {error.col}: {error.msg}") from error
    except SyntaxError as error:
        # Oxigraph's parser (the embedded store) reports syntax errors this way.
        if _is_update(sparql):
            raise QueryError("SPARQL updates are not accepted: the graph is read-only") from error
        raise QueryError(f"SPARQL syntax error: {error}") from error
    except Exception as error:
        # Unknown prefix, bad function call, type error during evaluation...
        raise QueryError(f"SPARQL error: {error}") from error
    return result


def _is_update(sparql: str) -> bool:
    try:
        parseUpdate(sparql)
    except ParseException:  # not an update either: report the query's own syntax error
        return False
    return True


# --------------------------------------------------------------------------------------------
# Formatting


def _default_namespace_manager() -> NamespaceManager:
    manager = NamespaceManager(Graph(), bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        manager.bind(prefix, namespace, override=True, replace=True)
    return manager


def short_term(term: Node | None, namespaces: NamespaceManager) -> str:
    """A term as a person reads it: prefixed name where a prefix applies, text of literals."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        try:
            prefix, _, local = namespaces.compute_qname(str(term), generate=False)
            if prefix and local:
                return f"{prefix}:{local}"
        except (KeyError, ValueError):
            pass
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        text = str(term)
        return f"{text}@{term.language}" if term.language else text
    return str(term)


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def _tsv_term(term: Node | None) -> str:
    """SPARQL 1.1 TSV: terms in Turtle syntax on one line (tabs and newlines escaped)."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        text = f'"{str(term).translate(_TSV_ESCAPES)}"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype and term.datatype != XSD.string:
            return f"{text}^^<{term.datatype}>"
        return text
    return str(term)


def _csv_term(term: Node | None) -> str:
    # SPARQL 1.1 CSV: plain strings, IRIs as they are, blank nodes as _:label.
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _display_width(text: str) -> int:
    """Columns a string takes in a terminal: combining marks (Arabic harakat) take none,
    East Asian wide characters take two."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _display_width(text))


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [_display_width(h) for h in header]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], _display_width(cell))
    lines = [" | ".join(_pad(h, w) for h, w in zip(header, widths)).rstrip()]
    lines.append("-+-".join("-" * w for w in widths))
    lines.extend(" | ".join(_pad(c, w) for c, w in zip(row, widths)).rstrip() for row in rows)
    return "\n".join(lines) + "\n"


_VISIBLE_CONTROLS = {"\r": "\\r", "\n": "\\n", "\t": "\\t"}
# Bidi embeddings, overrides and isolates: one in a cell reorders the rest of the terminal line
# (the next cells included) until it is closed. Marks (LRM, RLM, ALM) hold no state and stay.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _shown_as_escape(ch: str) -> bool:
    return ch in _BIDI_CONTROLS or unicodedata.category(ch) in ("Cc", "Zl", "Zp")


def _single_line(text: str) -> str:
    """One table cell on one line; control characters (an ESC sequence in news text could
    restyle the user's terminal), line separators and bidi embeddings or overrides are shown as
    escapes, not sent to the terminal."""
    if text.isprintable() and _BIDI_CONTROLS.isdisjoint(text):
        return text
    return "".join(_VISIBLE_CONTROLS.get(ch) or (f"\\u{ord(ch):04x}" if _shown_as_escape(ch) else ch) for ch in text)


def format_result(result: Result, fmt: str = "table", namespaces: NamespaceManager | None = None) -> str:
    """Format a query result: ``table`` (aligned, prefixed names), ``csv``/``tsv`` (SPARQL 1.1
    CSV/TSV results), ``json`` (SPARQL 1.1 JSON results). CONSTRUCT/DESCRIBE results come back
    as Turtle (table), N-Triples (csv, tsv) or JSON-LD (json)."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")
    namespaces = namespaces or _default_namespace_manager()

    if result.type in ("CONSTRUCT", "DESCRIBE"):
        graph = result.graph
        bind_prefixes(graph)
        rdf_format = {"table": "turtle", "csv": "nt", "tsv": "nt", "json": "json-ld"}[fmt]
        return graph.serialize(format=rdf_format)

    if result.type == "ASK":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(result.askAnswer)}) + "\n"
        return ("true" if result.askAnswer else "false") + "\n"

    variables = [str(v) for v in result.vars or []]
    bindings = result.bindings
    if fmt == "json":
        return result.serialize(format="json").decode("utf-8") + "\n"
    if fmt == "csv":
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(variables)
        for row in bindings:
            writer.writerow([_csv_term(row.get(v)) for v in result.vars])
        return buffer.getvalue()
    if fmt == "tsv":
        lines = ["\t".join(f"?{v}" for v in variables)]
        for row in bindings:
            lines.append("\t".join(_tsv_term(row.get(v)) for v in result.vars))
        return "\n".join(lines) + "\n"
    rows = [[_single_line(short_term(row.get(v), namespaces)) for v in result.vars] for row in bindings]
    return _table(variables, rows)
