"""The embedded store (Oxigraph, queried with pyoxigraph as geokg query does) against rdflib's memory store.

Usage (from the repository root)::

    .venv/bin/python benchmarks/bench_store.py                        # 10^4 and 10^5 assertions
    .venv/bin/python benchmarks/bench_store.py --sizes 10000,100000,1000000 --rdflib-max 100000

For each size, synthetic assertions shaped like geokg's (bilingual entity labels, every
statement-node field, a mix of polarity and modality, about one document per ten assertions,
Arabic evidence) are written to N-Quads by geokg's own writer (``geokg.graph.rdf.write_nquads``,
the same statement model as ``geokg build``). Then, each in a fresh child process so that
peak memory is its own:

- Oxigraph: bulk-load the N-Quads into a new on-disk store (what ``geokg build`` does), open it
  read-only and run the queries with pyoxigraph over the union of its graphs (what ``geokg
  query``/``serve`` do), and serialise N-Quads;
- rdflib memory: parse the same N-Quads into a ``Dataset(default_union=True)``, the same
  queries, the same serialisation (up to ``--rdflib-max`` assertions; larger sizes take tens
  of GB and many minutes here, and are reported as not measured).

Queries through statement nodes: two hops from one actor (what do the actors that X acts on do,
with the evidence), two hops over all chains (how many affirmed sanctions target an actor that
carries out airstrikes: the query the two-hop target is judged on), and a one-hop count. A query that
runs longer than ``--query-timeout`` seconds is stopped and reported as "> timeout".

Printed: times, peak resident memory per process, and the ratios rdflib ÷ Oxigraph for load and
two-hop query. Targets (issue 5): load at least 5x faster, two-hop query at least 100x faster,
peak memory at most 1 GB at 10^6 assertions. The exit status is 1 when a measured target is
missed.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

REUSE = False
QUERY_TWO_HOP = """
PREFIX gk: <https://w3id.org/geokg/ontology#>
PREFIX gkid: <https://w3id.org/geokg/id/>
SELECT ?mid ?far ?relation ?evidence WHERE {
  ?first gk:subject gkid:actor-00001 ; gk:object ?mid ; gk:polarity gk:Affirmed .
  ?second gk:subject ?mid ; gk:predicate ?relation ; gk:object ?far ; gk:evidenceText ?evidence .
}"""
QUERY_TWO_HOP_ALL = """
PREFIX gk: <https://w3id.org/geokg/ontology#>
SELECT (COUNT(*) AS ?chains) WHERE {
  ?first gk:predicate gk:imposesSanctionsOn ; gk:object ?mid ; gk:polarity gk:Affirmed .
  ?second gk:subject ?mid ; gk:predicate gk:carriesOutAirstrikeOn .
}"""
QUERY_ONE_HOP = """
PREFIX gk: <https://w3id.org/geokg/ontology#>
SELECT (COUNT(?a) AS ?n) WHERE { ?a gk:predicate gk:imposesSanctionsOn ; gk:modality gk:Asserted }"""

RELATIONS = [
    ("hosts", "043", 1, 2.8),
    ("developsPartnershipWith", "030", 1, 4.0),
    ("expressesConcernAbout", "012", 1, -0.4),
    ("criticizes", "111", 3, -2.0),
    ("imposesSanctionsOn", "163", 4, -8.0),
    ("carriesOutAirstrikeOn", "195", 4, -10.0),
    ("praises", "051", 1, 3.4),
]
WORDS_AR = "قال وزير الخارجية إن بلاده تدعم الحوار مع جيرانها وتدين الهجوم على الحدود في بيان اليوم".split()


def synthetic(n: int, seed: int = 5, documents: int | None = None) -> tuple[list, Iterator]:
    """Documents (``documents``, default one per ten assertions) and a generator of ``n``
    assertions, deterministic for a seed."""
    from geokg.extract.model import Argument, Assertion, Document, Entity, Evidence, TimeSpan

    rng = random.Random(seed)
    n_entities = max(200, n // 20)
    entities = [
        Entity(
            f"actor-{i:05d}",
            f"Actor {i}",
            "Country" if i % 3 else "Person",
            {"en": f"Actor {i}", "ar": f"الفاعل {i}"},
            country="X" + chr(65 + i % 26) + chr(65 + i // 26 % 26),  # ISO-shaped: XAA, XBA, ...
        )
        for i in range(n_entities)
    ]
    n_docs = documents or max(1, n // 10)
    documents = [Document(f"doc-{d:07d}", "", date="2024-06-18", lang="ar", source="wire") for d in range(n_docs)]

    def assertions() -> Iterator:
        for i in range(n):
            subject, obj = rng.sample(entities, 2)
            relation, cameo, quad, goldstein = rng.choice(RELATIONS)
            sentence = " ".join(rng.choices(WORDS_AR, k=14)) + f" {i}."
            yield Assertion(
                doc=f"doc-{i % n_docs:07d}",
                subject=Argument(subject, subject.labels["ar"]),
                relation=relation,
                object=Argument(obj, obj.labels["ar"]),
                evidence=Evidence(sentence, 100 * (i // n_docs), 100 * (i // n_docs) + len(sentence), "ar"),
                extractor="bench/1",
                cameo=cameo,
                plover=None,
                quad=quad,
                goldstein=goldstein,
                polarity="negated" if i % 11 == 0 else "affirmed",
                modality="reported" if i % 7 == 0 else "asserted",
                time=TimeSpan("2024-06-17") if i % 2 else None,
                confidence=0.5 + (i % 5) / 10,
            )

    return documents, assertions()


def write_input(n: int, folder: Path) -> tuple[Path, float, int]:
    from geokg.graph.rdf import write_nquads

    path = folder / f"bench-{n}.nq"
    if REUSE and path.is_file():  # --reuse: a file an earlier run with --workdir left
        with open(path, "rb") as stream:
            return path, float("nan"), sum(1 for _ in stream)
    documents, assertions = synthetic(n)
    start = time.perf_counter()
    with open(path, "wb") as stream:
        write_nquads(stream, assertions, documents)
    seconds = time.perf_counter() - start
    with open(path, "rb") as stream:
        lines = sum(1 for _ in stream)
    return path, seconds, lines


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed_query(dataset, sparql: str, timeout: float) -> tuple[float | None, list]:
    """Run a query in a thread; None when it did not finish within ``timeout`` seconds."""
    import threading

    box: dict = {}

    def run() -> None:
        result = dataset.query(sparql)
        box["rows"] = [tuple(str(getattr(v, "value", v)) for v in row) for row in result]

    thread = threading.Thread(target=run, daemon=True)
    start = time.perf_counter()
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        return None, []
    return time.perf_counter() - start, box.get("rows", [])


class _Union:
    """A read-only store queried as ``geokg query`` does: pyoxigraph directly, the default graph
    the union of all graphs (no rdflib in between)."""

    def __init__(self, store):
        self.store = store

    def query(self, sparql: str):
        return self.store.query(sparql, use_default_graph_as_union=True)


def run_oxigraph(nq: str, workdir: str, timeout: float, queue: mp.Queue) -> None:
    import pyoxigraph as ox
    from geokg.graph.store import write_store

    store_dir = Path(workdir) / "store"
    start = time.perf_counter()
    write_store(nq, store_dir, include_ontology=False)
    dataset = _Union(ox.Store.read_only(str(store_dir)))
    load = time.perf_counter() - start
    two_hop, rows = _timed_query(dataset, QUERY_TWO_HOP, timeout)
    one_hop, _ = _timed_query(dataset, QUERY_ONE_HOP, timeout)
    start = time.perf_counter()
    dataset.store.dump(str(Path(workdir) / "out.nq"), format=ox.RdfFormat.N_QUADS)
    serialise = time.perf_counter() - start
    # Last: a query that overruns its timeout keeps running in its thread until the process ends.
    two_hop_all, chains = _timed_query(dataset, QUERY_TWO_HOP_ALL, timeout)
    queue.put(
        dict(
            load=load,
            two_hop=two_hop,
            two_hop_all=two_hop_all,
            rows=len(rows),
            chains=int(chains[0][0]) if chains else None,
            one_hop=one_hop,
            serialise=serialise,
            peak_mb=_peak_mb(),
        )
    )


def run_rdflib(nq: str, workdir: str, timeout: float, queue: mp.Queue) -> None:
    from rdflib import Dataset

    start = time.perf_counter()
    dataset = Dataset(default_union=True)
    dataset.parse(nq, format="nquads")
    load = time.perf_counter() - start
    two_hop, rows = _timed_query(dataset, QUERY_TWO_HOP, timeout)
    one_hop, _ = _timed_query(dataset, QUERY_ONE_HOP, timeout)
    start = time.perf_counter()
    dataset.serialize(str(Path(workdir) / "out.nq"), format="nquads")
    serialise = time.perf_counter() - start
    # Last: a query that overruns its timeout keeps running in its thread until the process ends.
    two_hop_all, chains = _timed_query(dataset, QUERY_TWO_HOP_ALL, timeout)
    queue.put(
        dict(
            load=load,
            two_hop=two_hop,
            two_hop_all=two_hop_all,
            rows=len(rows),
            chains=int(chains[0][0]) if chains else None,
            one_hop=one_hop,
            serialise=serialise,
            peak_mb=_peak_mb(),
        )
    )


def measure(target, nq: Path, timeout: float) -> dict:
    workdir = tempfile.mkdtemp(prefix="geokg-bench-", dir=nq.parent)
    queue: mp.Queue = mp.get_context("spawn").Queue()
    process = mp.get_context("spawn").Process(target=target, args=(str(nq), workdir, timeout, queue))
    process.start()
    try:
        result = queue.get()
    finally:
        process.join(timeout + 60)
        if process.is_alive():
            process.kill()
        shutil.rmtree(workdir, ignore_errors=True)
    return result


def _fmt(seconds: float | None, timeout: float) -> str:
    return f"> {timeout:.0f} s" if seconds is None else f"{seconds:.3f} s"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000", help="assertion counts, comma-separated")
    parser.add_argument("--rdflib-max", type=int, default=100_000, help="largest size rdflib memory is run at")
    parser.add_argument("--query-timeout", type=float, default=300.0)
    parser.add_argument("--workdir", help="where the N-Quads and stores go (default: a temp folder)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    parser.add_argument(
        "--reuse", action="store_true", help="with --workdir: keep the N-Quads and reuse them in later runs"
    )
    args = parser.parse_args(argv)
    global REUSE
    REUSE = args.reuse
    sizes = [int(s) for s in args.sizes.split(",")]
    base = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="geokg-bench-"))
    base.mkdir(parents=True, exist_ok=True)
    missed = False
    report = []
    try:
        for n in sizes:
            nq, write_seconds, quads = write_input(n, base)
            written = (
                "reused" if write_seconds != write_seconds else f"written by geokg's writer in {write_seconds:.1f} s"
            )
            print(
                f"\n{n:,} assertions: {quads:,} quads, {nq.stat().st_size / 1e6:.0f} MB of N-Quads {written}",
                flush=True,
            )
            ox_result = measure(run_oxigraph, nq, args.query_timeout)
            rd_result = measure(run_rdflib, nq, args.query_timeout) if n <= args.rdflib_max else None
            t = args.query_timeout
            print(f"  {'':22} {'Oxigraph store':>16} {'rdflib memory':>16} {'ratio':>8}")
            for key, label in (
                ("load", "load"),
                ("two_hop", "two-hop from one actor"),
                ("two_hop_all", "two-hop, all chains"),
                ("one_hop", "one-hop count"),
                ("serialise", "write N-Quads"),
            ):
                ox_value = ox_result[key]
                rd_value = rd_result[key] if rd_result else None
                ratio = ""
                if rd_result and ox_value:
                    ratio = f"{(rd_value if rd_value is not None else t) / ox_value:>7.0f}x"
                    if rd_value is None:
                        ratio = ">" + ratio.strip()
                rd_text = _fmt(rd_value, t) if rd_result else "not run"
                print(f"  {label:22} {_fmt(ox_value, t):>16} {rd_text:>16} {ratio:>8}")
            rd_peak = f"{rd_result['peak_mb']:.0f} MB" if rd_result else "not run"
            print(f"  {'peak memory':22} {ox_result['peak_mb']:>13.0f} MB {rd_peak:>16}")
            print(
                f"  two-hop rows: {ox_result['rows']}, chains: {ox_result['chains']}"
                + (f" (rdflib: {rd_result['rows']}, {rd_result['chains']})" if rd_result else "")
            )
            if rd_result:
                if (rd_result["two_hop"] is not None and rd_result["rows"] != ox_result["rows"]) or (
                    rd_result["chains"] is not None and rd_result["chains"] != ox_result["chains"]
                ):
                    print("  MISMATCH: the stores disagree on the two-hop query", flush=True)
                    missed = True
                load_ratio = rd_result["load"] / ox_result["load"]
                hop_ratio = (rd_result["two_hop_all"] or t) / (ox_result["two_hop_all"] or t)
                if n >= 100_000 and (load_ratio < 5 or hop_ratio < 100):
                    missed = True
            if n >= 1_000_000 and ox_result["peak_mb"] > 1024:
                missed = True
            report.append(
                {
                    "assertions": n,
                    "quads": quads,
                    "write_nquads": write_seconds,
                    "oxigraph": ox_result,
                    "rdflib": rd_result,
                }
            )
            if not args.reuse:
                nq.unlink()
    finally:
        if not args.workdir:
            shutil.rmtree(base, ignore_errors=True)
    if args.json:
        print(json.dumps(report, indent=1))
    print(
        "\ntargets (10^5 and up): load >= 5x, two-hop >= 100x faster; peak <= 1 GB at 10^6:",
        "MISSED" if missed else "met where measured",
    )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
