"""The embedded triple store under ``OUT/store/``: Oxigraph on disk, used through rdflib.

``geokg build`` bulk-loads the graph's N-Quads (one named graph per document, entities and
documents in the default graph) plus the ontology (in its own named graph) into an Oxigraph
database; ``geokg query`` and ``geokg serve`` then answer from disk without re-parsing
anything. rdflib stays the API: :func:`open_store` returns an rdflib ``Dataset`` backed by
``oxrdflib``'s store, whose default graph is the union of all graphs, like the rdflib
``Dataset`` that :func:`geokg.graph.query.load_for_query` builds from a TriG file.

Why Oxigraph: it loads several times faster than rdflib's memory store, in less memory, and
answers joins through statement nodes orders of magnitude faster (figures in README, from
``benchmarks/bench_store.py``).
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pyoxigraph as ox
from geokg.graph.rdf import bind_prefixes
from geokg.ontology import load_ontology
from geokg.ontology.vocab import ONTOLOGY_IRI
from oxrdflib import OxigraphStore
from rdflib import Dataset

STORE_DIR = "store"  # OUT/store/
ONTOLOGY_GRAPH = ONTOLOGY_IRI  # the named graph that holds the ontology
CHUNK_LINES = 200_000  # N-Quads lines per bulk-load call (bounds the loader's memory)


class StoreError(Exception):
    """The store cannot be written or opened; the message is one line, fit for a terminal."""


def store_path(out_dir: str | os.PathLike[str]) -> Path:
    return Path(out_dir) / STORE_DIR


def has_store(out_dir: str | os.PathLike[str]) -> bool:
    # RocksDB always writes a CURRENT file; a folder without one is not a finished store.
    return (store_path(out_dir) / "CURRENT").is_file()


def write_store(
    nquads: str | os.PathLike[str],
    store_dir: str | os.PathLike[str],
    include_ontology: bool = True,
) -> Path:
    """Bulk-load an N-Quads file (and the ontology) into a new Oxigraph database at
    ``store_dir``, which must not exist yet. Returns ``store_dir``."""
    target = Path(store_dir)
    if target.exists():
        raise StoreError(f"{target}: already exists; a store is written once, into a new folder")
    store = ox.Store(str(target))
    try:
        _bulk_load_in_chunks(store, Path(nquads), CHUNK_LINES)
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


def _bulk_load_in_chunks(store: ox.Store, nquads: Path, lines_per_chunk: int = CHUNK_LINES) -> None:
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


def ontology_ntriples() -> bytes:
    return load_ontology().graph().serialize(format="nt", encoding="utf-8")


def open_oxigraph(out_dir: str | os.PathLike[str]) -> ox.Store:
    """The raw pyoxigraph store of an OUT/ folder, read-only (several readers may share it)."""
    path = store_path(out_dir)
    if not has_store(out_dir):
        raise StoreError(f"{path}: no store here (run geokg build again to write one)")
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
