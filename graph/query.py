"""SPARQL over a built graph: open an OUT/ folder or an RDF file, run a checked query, write results.

Every query runs in Oxigraph (``pyoxigraph``), whatever the input: an OUT/ folder's embedded store
is opened read-only from disk; a ``.ttl``/``.trig``/``.nt``/``.nq`` file (or a folder without a
store, or ``memory=True``) is parsed into an in-memory Oxigraph store; an rdflib graph passed to
:func:`run_query` is copied into one. So there is one engine with one behaviour:

- the query is checked first (:mod:`geokg.graph.querycheck`: length, nesting, no SERVICE, no
  update), then runs in a thread with a deep stack (256 MB, reserved but not used), so that no
  query can crash the process;
- the default graph is the union of all graphs (``GRAPH ?doc { ... }`` narrows to one document),
  unless the query names its own dataset with ``FROM``/``FROM NAMED``: then the graphs it names,
  out of the store's own, and nothing else (Oxigraph never dereferences them: no file or network
  access);
- the ontology (classes, relation labels in Arabic and English, owl:SymmetricProperty, CAMEO
  alignment) is loaded beside the data in its own graph, so queries can use relation labels;
- the usual prefixes (``gk:``, ``gkid:``, ``rdfs:``, ``skos:``, ...) may be used without PREFIX lines;
- results are written by Oxigraph's own serialisers (SPARQL JSON, XML, CSV, TSV; Turtle,
  N-Triples, JSON-LD): no rdflib detour. :func:`run_query` still returns an rdflib ``Result`` for
  Python users, filled lazily from what Oxigraph wrote.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox
from geokg.graph.errors import UsageError
from geokg.graph.outfolder import OutputFolder
from geokg.graph.oxquery import RDF_FILE_FORMATS, RESULT_FORMATS, execute, in_deep_stack, load_rdf, serialize_result
from geokg.graph.querycheck import DEFAULT_LIMITS, CheckedQuery, Limits, QueryError, check_query
from geokg.graph.queryworker import Job
from geokg.graph.rdf import PREFIXES
from geokg.graph.store import StoreError, has_store, ontology_ntriples, open_oxigraph
from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.graph import ConjunctiveGraph
from rdflib.query import Result

FORMATS = ("table", "csv", "json", "tsv")
# The prefixes a query may use without PREFIX lines.
QUERY_PREFIXES = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
Source = ox.Store | Graph


# --------------------------------------------------------------------------------------------
# Inputs


def graph_file(path: str | os.PathLike[str]) -> Path:
    """The RDF file to parse for ``path``: an OUT/ folder's graph.trig (else graph.ttl), or the
    file itself (``OutputFolder.graph_file``), of a type Oxigraph reads."""
    try:
        source = OutputFolder.graph_file(path, ("trig", "ttl"))
    except UsageError as error:
        raise QueryError(error.message, kind="input") from None
    if source.suffix.lower() not in RDF_FILE_FORMATS:
        known = ", ".join(sorted(RDF_FILE_FORMATS))
        raise QueryError(f"{source}: unknown RDF file type {source.suffix!r} (expected {known})", kind="input")
    return source


def uses_store(path: str | os.PathLike[str], memory: bool = False, include_ontology: bool = True) -> bool:
    """True when ``path`` is answered from its embedded store (``OutputFolder.store``), not by
    parsing."""
    return Path(path).is_dir() and not memory and include_ontology and has_store(path)


def load_graph_file(store: ox.Store, path: Path, include_ontology: bool = True) -> None:
    """Parse an RDF file (and the ontology, into its own graph) into ``store``."""
    load_rdf(store, path, ontology_ntriples() if include_ontology else None)


def load_for_query(path: str | os.PathLike[str], include_ontology: bool = True, memory: bool = False) -> ox.Store:
    """An Oxigraph store to query: an OUT/ folder's embedded store (read-only, nothing parsed),
    or its graph.trig (else graph.ttl), or a .ttl/.trig/.nt/.nq file, parsed into memory.

    The embedded store always holds the ontology; a parsed file gets it in its own graph
    unless ``include_ontology`` is false. ``memory=True`` parses the folder's files even when
    it has a store."""
    if uses_store(path, memory, include_ontology):
        try:
            return open_oxigraph(path)
        except StoreError as error:
            raise QueryError(str(error), kind="input") from error
    store = ox.Store()
    load_graph_file(store, graph_file(path), include_ontology)
    return store


def _as_store(source: Source) -> tuple[ox.Store, dict[str, str]]:
    """An Oxigraph store for ``source`` and the prefixes a query may use without declaring."""
    if isinstance(source, ox.Store):
        return source, QUERY_PREFIXES
    inner = getattr(source.store, "_inner", None)  # an oxrdflib-backed rdflib graph
    prefixes = {**QUERY_PREFIXES, **{prefix: str(ns) for prefix, ns in source.namespaces() if prefix}}
    if isinstance(inner, ox.Store):
        return inner, prefixes
    store = ox.Store()
    quads = isinstance(source, ConjunctiveGraph)  # a Dataset too
    data = source.serialize(format="nquads" if quads else "nt", encoding="utf-8")
    store.bulk_load(input=data, format=ox.RdfFormat.N_QUADS if quads else ox.RdfFormat.N_TRIPLES)
    return store, prefixes


# --------------------------------------------------------------------------------------------
# Running


def run_query(
    source: Source,
    sparql: str,
    *,
    timeout: float | None = None,
    limits: Limits = DEFAULT_LIMITS,
    max_memory: int | None = None,
) -> QueryResult:
    """Check and run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) over an Oxigraph
    store (:func:`load_for_query`) or an rdflib graph; an rdflib ``Result``.

    By default the query runs in this process, with no memory ceiling: a query that needs more
    memory than the machine has takes the calling process down, and one past ``timeout`` is
    abandoned in its thread, still running. ``max_memory`` (MB, opt-in) runs it as ``geokg
    query`` and ``geokg serve`` do, in a worker process of its own
    (:func:`geokg.graph.querypool.store_in_child`): a copy of ``source`` is written to a
    temporary N-Quads file the worker parses, the worker is killed when its resident memory grows
    past ``max_memory`` MB over what it held before the query (``QueryError`` with
    ``kind="memory"``) or when ``timeout`` passes (``kind="timeout"``), and it ends with this
    process; a ``max_memory`` below 1 is a ``ValueError``. The copy is removed when the query ends
    (not if this process is killed by SIGKILL); it costs time and disk in proportion to the graph:
    for an OUT/ folder, :func:`geokg.graph.querypool.query_in_child` opens its store in the worker
    without one.

    >>> from rdflib import Graph
    >>> run_query(Graph(), 'ASK { BIND(1 AS ?x) }').askAnswer
    True
    >>> run_query(Graph(), 'ASK { BIND(1 AS ?x) }', max_memory=500).askAnswer
    True
    """
    if max_memory is not None and max_memory < 1:
        # 0 would start a worker with no ceiling at all, and less a ceiling below what it holds
        raise ValueError(f"max_memory must be at least 1 (MB), not {max_memory!r}")
    checked = check_query(sparql, limits)
    store, prefixes = _as_store(source)
    result_format = payload_format(checked)
    if max_memory is not None:
        from geokg.graph.querypool import store_in_child  # (querypool imports this module)

        job = Job(checked, result_format, prefixes)
        return QueryResult(checked.form, store_in_child(store, job, timeout=timeout, max_memory=max_memory))
    return QueryResult(checked.form, in_deep_stack(lambda: execute(store, checked, result_format, prefixes), timeout))


def payload_format(query: CheckedQuery) -> str:
    """The format a :class:`QueryResult` is read from: SPARQL JSON, or N-Triples for graphs."""
    return "json" if query.form in ("SELECT", "ASK") else "nt"


# --------------------------------------------------------------------------------------------
# Results


class QueryResult(Result):
    """rdflib's ``Result`` over what Oxigraph wrote: SPARQL JSON results (SELECT, ASK) or
    N-Triples (CONSTRUCT, DESCRIBE) in ``payload``. rdflib terms are made only when asked for
    (``bindings``, ``graph``, iteration); :func:`format_result` writes from the payload."""

    def __init__(self, form: str, payload: bytes):
        self._graph: Graph | None = None
        super().__init__(form)
        self.payload = payload
        if form == "ASK":
            self.askAnswer = bool(ox.parse_query_results(payload, format=ox.QueryResultsFormat.JSON))
        elif form == "SELECT":
            self.vars = [Variable(v.value) for v in self.solutions().variables]
            self.bindings = self._bindings_from_payload()

    def solutions(self) -> ox.QuerySolutions | ox.QueryBoolean:
        """The result read back by Oxigraph (a flat format: safe to parse in any thread)."""
        return ox.parse_query_results(self.payload, format=ox.QueryResultsFormat.JSON)

    def _bindings_from_payload(self):
        names = [(Variable(v.value), v) for v in self.solutions().variables]
        for solution in self.solutions():
            yield {name: to_rdflib(solution[v]) for name, v in names if solution[v] is not None}

    @property  # type: ignore[override]
    def graph(self) -> Graph | None:
        if self._graph is None and self.type in ("CONSTRUCT", "DESCRIBE"):
            self._graph = Graph()
            for prefix, namespace in QUERY_PREFIXES.items():
                self._graph.bind(prefix, namespace, override=True, replace=True)
            self._graph.parse(data=self.payload, format="nt")
        return self._graph

    @graph.setter
    def graph(self, value: Graph | None) -> None:
        self._graph = value


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> URIRef | BNode | Literal:
    """An rdflib term for a pyoxigraph term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value, datatype=None if datatype == _XSD_STRING else URIRef(datatype))
    return URIRef(str(term))  # RDF-star triples: not written by geokg


def _payload(result: Result) -> QueryResult:
    """Any rdflib ``Result`` (e.g. from rdflib's own engine) as a :class:`QueryResult`."""
    if isinstance(result, QueryResult):
        return result
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return QueryResult(result.type, result.graph.serialize(format="nt", encoding="utf-8"))
    return QueryResult(result.type, result.serialize(format="json"))


def format_result(result: Result, fmt: str = "table", namespaces: Mapping[str, str] | None = None) -> str:
    """Format a query result: ``table`` (aligned, prefixed names, for people), ``csv``/``tsv``
    (SPARQL 1.1 CSV/TSV results), ``json`` (SPARQL 1.1 JSON results). CONSTRUCT/DESCRIBE
    results come back as Turtle (table), N-Triples (csv, tsv) or JSON-LD (json)."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")
    result = _payload(result)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        triples = (quad.triple for quad in ox.parse(result.payload, format=ox.RdfFormat.N_TRIPLES))
        name = {"table": "turtle", "csv": "nt", "tsv": "nt", "json": "json-ld"}[fmt]
        return serialize_result(triples, name, QUERY_PREFIXES).decode("utf-8")
    if result.type == "ASK" and fmt in ("table", "csv", "tsv"):
        return ("true" if result.askAnswer else "false") + "\n"
    if fmt == "json":
        return result.payload.decode("utf-8") + "\n"
    if fmt in ("csv", "tsv"):
        return result.solutions().serialize(format=RESULT_FORMATS[fmt]).decode("utf-8")
    return _table(result.solutions(), {**QUERY_PREFIXES, **(namespaces or {})})


# --------------------------------------------------------------------------------------------
# The table people read


def short_term(term: ox.NamedNode | ox.BlankNode | ox.Literal | None, prefixes: Mapping[str, str]) -> str:
    """A term as a person reads it: a prefixed name where a prefix applies, the text of a literal
    (with its language)."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        iri = term.value
        best = max((ns for ns in prefixes.values() if iri.startswith(ns)), key=len, default=None)
        if best is not None and _SIMPLE_LOCAL.match(iri[len(best) :]):
            prefix = next(p for p, ns in prefixes.items() if ns == best)
            return f"{prefix}:{iri[len(best) :]}"
        return f"<{iri}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return f"{term.value}@{term.language}" if term.language else term.value
    return str(term)


_SIMPLE_LOCAL = re.compile(r"^[^\W][\w\-]*(?:\.[\w\-]+)*$")
_VISIBLE_CONTROLS = {"\r": "\\r", "\n": "\\n", "\t": "\\t"}


def _single_line(text: str) -> str:
    """One table cell on one line, and nothing that acts on the terminal: control characters
    (an ESC sequence in news text could restyle it), line and paragraph separators, and
    bidirectional embeddings, overrides and isolates (U+202E would reverse the rest of the line,
    the next cells included) are shown as escapes. Marks (LRM, RLM, ALM) hold no state and stay."""
    if text.isprintable():
        return text
    return "".join(_VISIBLE_CONTROLS.get(ch) or (f"\\u{ord(ch):04x}" if _acts_on_terminal(ch) else ch) for ch in text)


def _acts_on_terminal(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Zl", "Zp") or unicodedata.bidirectional(ch) in _BIDI_CONTROLS


_BIDI_CONTROLS = {"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}


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


def _table(solutions: ox.QuerySolutions, prefixes: Mapping[str, str]) -> str:
    variables = [v.value for v in solutions.variables]
    rows = [[_single_line(short_term(solution[v], prefixes)) for v in variables] for solution in solutions]
    widths = [_display_width(v) for v in variables]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], _display_width(cell))
    lines = [" | ".join(_pad(h, w) for h, w in zip(variables, widths)).rstrip()]
    lines.append("-+-".join("-" * w for w in widths))
    lines.extend(" | ".join(_pad(c, w) for c, w in zip(row, widths)).rstrip() for row in rows)
    return "\n".join(lines) + "\n"
