"""Writing graph.ttl and graph.trig from the store (``store.write_graph_files``): time per quad
from 10^4 to 10^6 quads, with facts that many documents repeat.

Usage (from the repository root)::

    .venv/bin/python benchmarks/bench_serialise.py                          # 10^4, 10^5, 10^6 quads
    .venv/bin/python benchmarks/bench_serialise.py --quads 10000,100000 --quadratic-max 100000

The synthetic assertions are ``bench_store.synthetic``'s, except that a share of them
(``--hot``, default 0.3) restate one of ten popular facts, as the news does ("X is head of state
of Y" in hundreds of documents): each such fact is a quad in every document's graph that states
it. They are written to N-Quads by geokg's writer and bulk-loaded into a store as ``geokg
build`` does; then ``write_graph_files`` writes graph.trig and graph.ttl, timed. Up to
``--quadratic-max`` quads, the union Turtle is also written with the algorithm it replaced (a
lookup listing every graph that holds each quad's triple: O(k^2) for a fact in k graphs), to
show the difference, and both Turtle files must be byte-identical.

Target (issue 15): the time per quad flat from 10^4 to 10^6 quads (here: the largest size's time
per quad at most 1.5x the smallest's). Exit status 1 when it is missed or the files differ.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

HOT_FACTS = 10
QUADS_PER_ASSERTION = 19  # about, with this generator: to size a run by quads


def hot_synthetic(n: int, hot: float, seed: int = 7) -> tuple[list, Iterator]:
    """``bench_store.synthetic(n)``, with a share ``hot`` of the assertions restating one of a
    few popular facts (same subject, relation and object; each document its own evidence)."""
    from bench_store import synthetic

    documents, assertions = synthetic(n, seed)
    rng = random.Random(seed)

    def restated() -> Iterator:
        popular = []
        for assertion in assertions:
            if len(popular) < HOT_FACTS:
                popular.append(assertion)
            elif rng.random() < hot:
                fact = rng.choice(popular)
                assertion = type(assertion)(
                    **{**assertion.__dict__, "subject": fact.subject, "relation": fact.relation, "object": fact.object}
                )
            yield assertion

    return documents, restated()


def quadratic_union(store, leave_out) -> Iterator:
    """The union writer before issue 15: every holder of each quad's triple listed."""
    import pyoxigraph as ox
    from geokg.graph.store import _document_graphs

    default = ox.DefaultGraph()
    for quad in store.quads_for_pattern(None, None, None, default):
        yield quad.triple
    for graph in _document_graphs(store, leave_out):
        for quad in store.quads_for_pattern(None, None, None, graph):
            holders = [h.graph_name for h in store.quads_for_pattern(quad.subject, quad.predicate, quad.object, None)]
            if default not in holders and next(g for g in holders if g != leave_out) == graph:
                yield quad.triple


def write_quadratic_turtle(store, stream) -> None:
    """graph.ttl as the writer before issue 15 wrote it, into the binary ``stream`` (also the
    tests' reference: ``tests/test_store.py``)."""
    import pyoxigraph as ox
    from geokg.graph.oxquery import SortedPrefixes
    from geokg.graph.rdf import PREFIXES
    from geokg.graph.store import ONTOLOGY_GRAPH

    header = SortedPrefixes(stream)
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    ox.serialize(
        quadratic_union(store, ox.NamedNode(str(ONTOLOGY_GRAPH))), header, ox.RdfFormat.TURTLE, prefixes=prefixes
    )
    header.flush()


def _most_repeated(store) -> int:
    """In how many documents' graphs the most repeated direct fact (entity to entity) sits."""
    from collections import Counter

    entity = "https://w3id.org/geokg/id/"
    facts = Counter(
        (q.subject.value, q.predicate.value, q.object.value)
        for q in store.quads_for_pattern(None, None, None, None)
        if q.subject.value.startswith(entity)
        and getattr(q.object, "value", "").startswith(entity)
        and getattr(q.graph_name, "value", "").startswith("https://w3id.org/geokg/doc/")
    )
    return max(facts.values(), default=0)


def measure(quads: int, hot: float, folder: Path, quadratic: bool) -> dict:
    import pyoxigraph as ox
    from geokg.graph.rdf import write_nquads
    from geokg.graph.store import ONTOLOGY_GRAPH, write_graph_files, write_store

    work = folder / f"q{quads}"
    work.mkdir()
    documents, assertions = hot_synthetic(max(10, quads // QUADS_PER_ASSERTION), hot)
    with open(work / "graph.nq", "wb") as stream:
        write_nquads(stream, assertions, documents)
    write_store(work / "graph.nq", work / "store")
    start = time.perf_counter()
    write_graph_files(work / "store", work)
    seconds = time.perf_counter() - start
    store = ox.Store.read_only(str(work / "store"))
    counted = sum(
        1 for q in store.quads_for_pattern(None, None, None, None) if q.graph_name != ox.NamedNode(str(ONTOLOGY_GRAPH))
    )
    repeats = _most_repeated(store)
    result = dict(quads=counted, seconds=seconds, per_quad_us=seconds / counted * 1e6, repeats=repeats)
    if quadratic:
        start = time.perf_counter()
        with open(work / "quadratic.ttl", "wb") as stream:
            write_quadratic_turtle(store, stream)
        result["quadratic_ttl_seconds"] = time.perf_counter() - start
        result["identical"] = (work / "quadratic.ttl").read_bytes() == (work / "graph.ttl").read_bytes()
    del store
    shutil.rmtree(work, ignore_errors=True)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quads", default="10000,100000,1000000", help="sizes in quads, comma-separated")
    parser.add_argument("--hot", type=float, default=0.3, help="share of assertions restating a popular fact")
    parser.add_argument("--quadratic-max", type=int, default=100_000, help="largest size the old writer is run at")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="geokg-bench-serialise-"))
    results = []
    try:
        print(f"{'quads':>10} {'top fact in':>12} {'trig+ttl':>10} {'per quad':>10} {'old ttl alone':>14}", flush=True)
        for size in (int(s) for s in args.quads.split(",")):
            result = measure(size, args.hot, folder, size <= args.quadratic_max)
            results.append(result)
            old = result.get("quadratic_ttl_seconds")
            same = "" if old is None else ("  identical" if result["identical"] else "  DIFFERENT")
            print(
                f"{result['quads']:>10,} {result['repeats']:>6,} docs {result['seconds']:>9.2f}s {result['per_quad_us']:>8.1f}us "
                f"{'' if old is None else f'{old:.2f}s':>14}{same}",
                flush=True,
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    growth = results[-1]["per_quad_us"] / results[0]["per_quad_us"]
    print(f"time per quad, largest / smallest size: {growth:.2f}x (target: flat, <= 1.5x)")
    ok = growth <= 1.5 and all(r.get("identical", True) for r in results)
    print("target met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
