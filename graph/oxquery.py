"""Running a checked SPARQL query in Oxigraph and writing its result, for ``geokg query`` and for
``geokg serve``'s worker processes (so it imports nothing but pyoxigraph).

- The query runs in a thread with a deep stack (:func:`in_deep_stack`): Oxigraph's parser and
  evaluator recurse once per nesting level, and :mod:`geokg.graph.querycheck` bounds the nesting
  well inside what this stack holds.
- The default graph is the union of all graphs unless the query names its own dataset
  (``FROM``/``FROM NAMED``) or the protocol does (``default-graph-uri``/``named-graph-uri``):
  then exactly the store's graphs they name. Oxigraph never dereferences them.
- Results are written by Oxigraph's own serialisers.
"""

from __future__ import annotations

import io
import os
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import BinaryIO, TypeVar

import pyoxigraph as ox

from .querycheck import CheckedQuery, QueryError

T = TypeVar("T")

# The ontology's named graph (geokg.graph.store.ONTOLOGY_GRAPH; spelled out here so that a query
# worker imports nothing but pyoxigraph).
ONTOLOGY_GRAPH = "https://w3id.org/geokg/ontology"

# A query's parser and evaluator recurse per nesting level; the checks bound the nesting, and
# this stack (address space reserved, pages touched only as used) leaves a wide margin: every
# query the checks let through was run at 8 MB without crashing.
STACK_SIZE = 256 << 20

# Result formats by name: SELECT and ASK results, then graphs (CONSTRUCT, DESCRIBE).
RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "json-ld": ox.RdfFormat.JSON_LD}
# The RDF files a query may run over, by suffix.
RDF_FILE_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".turtle": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
}


def in_deep_stack(function: Callable[[], T], timeout: float | None = None) -> T:
    """Run ``function`` in a thread with a :data:`STACK_SIZE` stack; its result or its exception.

    With a ``timeout`` (seconds), raise ``QueryError(kind="timeout")`` when it has not finished
    by then; the thread is a daemon and is abandoned (a process that must free it, like
    ``geokg serve``'s workers, is ended instead)."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = function()
        except BaseException as error:  # noqa: BLE001 - handed to the caller
            box["error"] = error

    with _STACK_LOCK:
        previous = threading.stack_size(STACK_SIZE)
        try:
            thread = threading.Thread(target=run, name="geokg-query", daemon=True)
            thread.start()
        finally:
            threading.stack_size(previous)
    thread.join(timeout)
    if thread.is_alive():
        raise QueryError(f"the query did not finish within {timeout:g} s", kind="timeout")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]


_STACK_LOCK = threading.Lock()


def load_rdf(store: ox.Store, path: str | os.PathLike[str], ontology: bytes | None = None) -> None:
    """Parse an RDF file (a suffix of :data:`RDF_FILE_FORMATS`) into ``store``, and the
    ontology's N-Triples, when given, into its own graph :data:`ONTOLOGY_GRAPH`."""
    rdf_format = RDF_FILE_FORMATS[os.path.splitext(path)[1].lower()]
    try:
        store.bulk_load(path=str(path), format=rdf_format)
    except (SyntaxError, ValueError) as error:
        raise QueryError(f"{path}: cannot parse as {rdf_format.name}: {error}", kind="input") from error
    if ontology is not None:
        store.bulk_load(input=ontology, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(ONTOLOGY_GRAPH))


def execute(
    store: ox.Store,
    query: CheckedQuery,
    result_format: str,
    prefixes: Mapping[str, str] | None = None,
    default_graph: list[str] | None = None,
    named_graphs: list[str] | None = None,
) -> bytes:
    """Run a checked query on ``store`` and serialise its result in ``result_format`` (a name of
    :data:`RESULT_FORMATS` for SELECT and ASK, of :data:`GRAPH_FORMATS` for CONSTRUCT and
    DESCRIBE). Call it from a deep stack (:func:`in_deep_stack`): Oxigraph evaluates lazily,
    while the result is written.

    ``default_graph``/``named_graphs`` (IRIs) are the protocol's ``default-graph-uri`` and
    ``named-graph-uri``: when either is given, the dataset is exactly what they name."""
    options: dict[str, object] = {}
    if default_graph is not None or named_graphs is not None:
        options["default_graph"] = [ox.NamedNode(iri) for iri in default_graph or []]
        options["named_graphs"] = [ox.NamedNode(iri) for iri in named_graphs or []]
    elif not query.has_dataset:
        options["use_default_graph_as_union"] = True
    try:
        result = store.query(query.text, prefixes=dict(prefixes or {}), **options)
        return serialize_result(result, result_format, prefixes)
    except SyntaxError as error:
        raise QueryError(_syntax_message(query.text, str(error))) from error
    except ValueError as error:  # a bad IRI in default-graph-uri, ...
        raise QueryError(f"SPARQL error: {error}") from error
    except (OSError, RuntimeError) as error:  # evaluation: an unsupported function, the store
        raise QueryError(f"SPARQL error: {error}", kind="failed") from error


def serialize_result(
    result: ox.QuerySolutions | ox.QueryBoolean | Iterable[ox.Triple],
    result_format: str,
    prefixes: Mapping[str, str] | None = None,
) -> bytes:
    """Write a pyoxigraph query result (solutions, a boolean, or triples) in ``result_format``."""
    if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
        if result_format not in RESULT_FORMATS:
            raise QueryError(f"a SELECT or ASK result cannot be written as {result_format}")
        return result.serialize(format=RESULT_FORMATS[result_format])
    if result_format not in GRAPH_FORMATS:
        raise QueryError(f"a graph result cannot be written as {result_format}")
    stream = io.BytesIO()
    header = SortedPrefixes(stream)
    ox.serialize(result, header, GRAPH_FORMATS[result_format], prefixes=dict(prefixes or {}))  # type: ignore[arg-type]
    header.flush()
    return stream.getvalue()


def _syntax_message(sparql: str, error: str) -> str:
    """Oxigraph's syntax error, shortened to one readable line with the line and column."""
    where = re.match(r"error at (\d+):(\d+): ", error)
    if not where:
        return f"SPARQL syntax error: {error}"
    line, column = int(where.group(1)), int(where.group(2))
    detail = error[where.end() :]
    if "Prefix not found" in detail:
        before = sparql.splitlines()[line - 1][: column - 1] if line <= len(sparql.splitlines()) else ""
        name = re.search(r"((?:[^\W\d][\w.\-]*)?:)[\w.\-%]*$", before)
        detail = f"unknown prefix {name.group(1) if name else ''}".strip()
    elif len(detail) > 120:
        detail = detail[:117].rstrip() + "..."
    return f"SPARQL syntax error at line {line}, column {column}: {detail}"


class SortedPrefixes:
    """A binary stream that writes Oxigraph's ``@prefix`` lines in sorted order.

    Why: Oxigraph keeps the prefixes in a hash map whose order changes from run to run, and the
    same input must give byte-identical files. The header is the first lines, before any triple.
    """

    def __init__(self, stream: BinaryIO):
        self.stream = stream
        self.header: bytes | None = b""

    def write(self, data: bytes) -> int:
        if self.header is None:
            return self.stream.write(data)
        self.header += bytes(data)
        lines = self.header.split(b"\n")
        done = [i for i, line in enumerate(lines[:-1]) if not line.startswith(b"@prefix ")]
        if done:
            self._flush_header(lines[: done[0]], b"\n".join(lines[done[0] :]))
        return len(data)

    def _flush_header(self, prefix_lines: list[bytes], rest: bytes) -> None:
        self.stream.write(b"".join(line + b"\n" for line in sorted(prefix_lines)) + rest)
        self.header = None

    def flush(self) -> None:
        if self.header is not None:  # an empty graph: nothing but the header came
            lines = self.header.split(b"\n")
            self._flush_header([line for line in lines if line], b"")
        self.stream.flush()
