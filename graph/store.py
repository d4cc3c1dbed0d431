"""The embedded triple store under ``OUT/store/`` (``OutputFolder.store``): Oxigraph on disk.

``geokg build`` bulk-loads the graph's N-Quads (one named graph per document, entities and
documents in the default graph) plus the ontology (in its own named graph) into an Oxigraph
database; ``geokg query``, ``serve`` and ``validate`` then open it read-only with pyoxigraph
(:func:`open_oxigraph`) and answer from disk without re-parsing anything. For Python users
:func:`open_store` gives the same store as an rdflib ``Dataset`` (``oxrdflib``) whose default
graph is the union of all graphs.

Why Oxigraph: it loads several times faster than rdflib's memory store, in less memory, and
answers joins through statement nodes orders of magnitude faster (figures in README, from
``benchmarks/bench_store.py``).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph as ox
from geokg.graph.errors import GeokgError
from geokg.graph.outfolder import OutputFolder
from geokg.graph.oxquery import SortedPrefixes
from geokg.graph.rdf import PREFIXES, bind_prefixes
from geokg.ontology import load_ontology
from geokg.ontology.vocab import ONTOLOGY_IRI
from oxrdflib import OxigraphStore
from rdflib import Dataset

ONTOLOGY_GRAPH = ONTOLOGY_IRI  # the named graph that holds the ontology
CHUNK_LINES = 200_000  # N-Quads lines per bulk-load call (bounds the loader's memory)


class StoreError(GeokgError):
    """The store cannot be written or opened; the message is one line, fit for a terminal."""


def has_store(out_dir: str | os.PathLike[str]) -> bool:
    """True when the OUT/ folder holds a finished store (``OutputFolder.store``)."""
    # RocksDB always writes a CURRENT file; a folder without one is not a finished store.
    return (OutputFolder(out_dir).store / "CURRENT").is_file()


def write_store(
    nquads: str | os.PathLike[str],
    store_dir: str | os.PathLike[str],
    include_ontology: bool = True,
    progress: Callable[[int], object] | None = None,
) -> Path:
    """Bulk-load an N-Quads file (and the ontology) into a new Oxigraph database at
    ``store_dir``, which must not exist yet. Returns ``store_dir``. ``progress`` is told how
    many bytes of the file each chunk loaded."""
    target = Path(store_dir)
    if target.exists():
        raise StoreError(f"{target}: already exists; a store is written once, into a new folder")
    store = ox.Store(str(target))
    try:
        _bulk_load_in_chunks(store, Path(nquads), CHUNK_LINES, progress)
        if include_ontology:
            store.bulk_load(
                input=ontology_ntriples(),
                format=ox.RdfFormat.N_TRIPLES,
                to_graph=ox.NamedNode(str(ONTOLOGY_GRAPH)),
            )
        store.flush()
        # Compacting the files the chunks wrote makes joins 2-4x faster afterwards.
        store.optimize()
    finally:
        del store  # closes the database (releases RocksDB's lock)
    return target


def write_graph_files(
    store_dir: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    progress: Callable[[int], object] | None = None,
) -> dict[str, Path]:
    """Write ``graph.trig`` (one named graph per document) and ``graph.ttl`` (their union with
    the default graph) from the store at ``store_dir``, leaving out the ontology's graph.

    Both are streamed from the store's indexes, so memory does not grow with the graph, and
    both are deterministic: graphs in IRI order, within a graph the store's key order, which
    depends on the content only, not on the order it was loaded in. Oxigraph writes every
    control character, quote, backslash and line break inside a literal as an escape (what ``rdf.escape_controls`` does
    for rdflib's output). Each file goes to a temporary name first and is renamed into place.
    ``progress`` is told how many quads (or triples) were written, a thousand at a time.
    """
    out = OutputFolder(out_dir)
    store = ox.Store.read_only(str(store_dir))
    prefixes = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    ontology = ox.NamedNode(str(ONTOLOGY_GRAPH))
    paths = {"trig": out.trig, "ttl": out.ttl}
    # The store closes when this function returns (read-only: the lock is shared).
    _write_atomically(
        paths["trig"],
        lambda stream: ox.serialize(
            _counted(_dataset_quads(store, ontology), progress), stream, ox.RdfFormat.TRIG, prefixes=prefixes
        ),
    )
    _write_atomically(
        paths["ttl"],
        lambda stream: ox.serialize(
            _counted(_union_triples(store, ontology), progress), stream, ox.RdfFormat.TURTLE, prefixes=prefixes
        ),
    )
    return paths


def _counted(items: Iterator[Any], progress: Callable[[int], object] | None, every: int = 1000) -> Iterator[Any]:
    if progress is None:
        yield from items
        return
    count = 0
    for item in items:
        yield item
        count += 1
        if count == every:
            progress(count)
            count = 0
    progress(count)


def _dataset_quads(store: ox.Store, leave_out: ox.NamedNode) -> Iterator[ox.Quad]:
    """The default graph, then each named graph but ``leave_out`` in IRI order, each graph's
    quads together (so that TriG writes one block per graph)."""
    yield from store.quads_for_pattern(None, None, None, ox.DefaultGraph())
    for graph in _document_graphs(store, leave_out):
        yield from store.quads_for_pattern(None, None, None, graph)


def _union_triples(store: ox.Store, leave_out: ox.NamedNode) -> Iterator[ox.Triple]:
    """Each triple of the default graph and of the named graphs but ``leave_out``, once.

    A fact stated by several documents is a quad in each document's graph: it is written with
    the first of those graphs the store's subject-first index names, and not again if the
    default graph has it (that index lists the default graph first). One lookup per quad that
    stops at the first holder, so the time is linear in the quads however many documents repeat
    a fact, and memory stays flat (no set of every triple seen).
    """
    default = ox.DefaultGraph()
    for quad in store.quads_for_pattern(None, None, None, default):
        yield quad.triple
    for graph in _document_graphs(store, leave_out):
        for quad in store.quads_for_pattern(None, None, None, graph):
            if _first_holder(store, quad, leave_out) == graph:
                yield quad.triple


def _first_holder(store: ox.Store, quad: ox.Quad, leave_out: ox.NamedNode) -> ox.DefaultGraph | ox.NamedNode:
    """The first graph but ``leave_out`` that holds ``quad``'s triple, in the subject-first
    index's order (the default graph first)."""
    for holder in store.quads_for_pattern(quad.subject, quad.predicate, quad.object, None):
        if holder.graph_name != leave_out:
            return holder.graph_name
    return quad.graph_name


def _document_graphs(store: ox.Store, leave_out: ox.NamedNode) -> list[ox.NamedNode]:
    return sorted((g for g in store.named_graphs() if g != leave_out), key=lambda g: g.value)


def _write_atomically(path: Path, write: Callable[[BinaryIO], object]) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as stream:
            sorted_header = SortedPrefixes(stream)
            write(sorted_header)  # type: ignore[arg-type]
            sorted_header.flush()
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _bulk_load_in_chunks(
    store: ox.Store,
    nquads: Path,
    lines_per_chunk: int = CHUNK_LINES,
    progress: Callable[[int], object] | None = None,
) -> None:
    """Bulk-load an N-Quads file a chunk of lines at a time.

    Why: one ``bulk_load`` of the whole file batches a million quads per thread in memory
    (1.6 GB peak at 2 million quads here); chunks keep the peak near 300 MB at any size. N-Quads
    is one statement per line, so any run of whole lines is a valid document.
    """
    with open(nquads, "rb") as stream:
        while True:
            chunk = b"".join(itertools.islice(stream, lines_per_chunk))
            if not chunk:
                break
            store.bulk_load(input=chunk, format=ox.RdfFormat.N_QUADS)
            if progress is not None:
                progress(len(chunk))


def ontology_ntriples() -> bytes:
    return load_ontology().graph().serialize(format="nt", encoding="utf-8")


def store_folder(out_dir: str | os.PathLike[str]) -> Path:
    """The folder of an OUT/ folder's store, ready to open; ``StoreError`` when there is none."""
    folder = OutputFolder(out_dir)
    folder.settle()  # an update a killed run committed is completed first
    if not has_store(out_dir):
        raise StoreError(f"{folder.store}: no store here (run geokg build again to write one)")
    return folder.store


def open_oxigraph(out_dir: str | os.PathLike[str]) -> ox.Store:
    """The raw pyoxigraph store of an OUT/ folder, read-only (several readers may share it)."""
    path = store_folder(out_dir)
    try:
        return ox.Store.read_only(str(path))
    except OSError as error:
        raise StoreError(f"{path}: cannot open the store: {error}") from error


def open_store(out_dir: str | os.PathLike[str]) -> Dataset:
    """The OUT/ folder's store as a read-only rdflib ``Dataset`` whose default graph is the
    union of all graphs (data and ontology); ``GRAPH ?doc { ... }`` narrows to one document."""
    dataset = Dataset(store=OxigraphStore(store=open_oxigraph(out_dir)), default_union=True)
    bind_prefixes(dataset)
    return dataset
