"""SPARQL over built outputs: loading, nested assertions, the ontology beside the data, formats."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from geokg.extract.model import (
    Assertion,
    AssertionRef,
    Document,
    Entity,
)
from geokg.graph.query import QueryError, format_result, load_for_query, run_query
from geokg.graph.rdf import build_dataset, to_graph, write_outputs
from helpers import make_assertion
from rdflib import Dataset, Graph, Literal, Variable

IRAN = Entity("iran-local", "Iran", "Country", {"ar": "إيران", "en": "Iran"}, country="IRN")
IRAQ = Entity("iraq-local", "Iraq", "Country", {"ar": "العراق", "en": "Iraq"}, country="IRQ")
OMAN = Entity("oman-local", "Oman", "Country", {"ar": "عُمان", "en": "Oman"}, country="OMN")
LEAGUE = Entity(
    "arab-league",
    "Arab League",
    "InternationalOrganization",
    {"ar": "جامعة الدول العربية"},
)

CONCERN_QUERY = """
SELECT ?who ?subject ?relation ?object ?polarity WHERE {
  ?concern gk:predicate gk:expressesConcernAbout ;
           gk:subject ?who ;
           gk:polarity ?polarity ;
           gk:objectAssertion ?inner .
  ?inner gk:subject ?subject ; gk:predicate ?relation ; gk:object ?object .
}
ORDER BY ?who
"""


def _assertion(doc, subject, relation, obj, text, lang="ar", start=0, **extra) -> Assertion:
    return make_assertion(doc, subject, relation, obj, text, lang=lang, start=start, **extra)


@pytest.fixture()
def out_dir(tmp_path):
    aid = _assertion(
        "w1",
        IRAN,
        "providesMilitaryAidTo",
        IRAQ,
        "قدمت إيران معدات عسكرية للعراق.",
    )
    worry = _assertion(
        "w1",
        OMAN,
        "expressesConcernAbout",
        AssertionRef(aid.id),
        "أبدت مسقط قلقها من المعدات العسكرية التي قدمتها طهران لبغداد.",
        start=40,
    )
    calm = _assertion(
        "w2",
        LEAGUE,
        "expressesConcernAbout",
        AssertionRef(aid.id),
        "The League said it was not worried by the deliveries.",
        lang="en",
        polarity="negated",
    )
    partners = _assertion(
        "w2",
        IRAQ,
        "developsPartnershipWith",
        OMAN,
        "Iraq and Oman deepened trade ties.",
        lang="en",
        start=70,
    )
    documents = [
        Document("w1", "", date="2024-01-15", lang="ar"),
        Document("w2", "", date="2024-01-16", lang="en"),
    ]
    write_outputs(build_dataset([aid, worry, calm, partners], documents), tmp_path / "OUT")
    return tmp_path / "OUT"


def test_load_folder_prefers_trig_and_queries_the_union(out_dir):
    graph = load_for_query(out_dir)
    assert isinstance(graph, ox.Store)
    assert any(g.value.startswith("https://w3id.org/geokg/doc/") for g in graph.named_graphs())  # TriG's graphs
    rows = list(run_query(graph, "SELECT (COUNT(*) AS ?n) WHERE { ?s a gk:Assertion }"))
    assert int(rows[0][0]) == 4
    per_doc = run_query(
        graph,
        "SELECT ?g (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?s a gk:Assertion } } GROUP BY ?g",
    )
    assert sorted(int(r.n) for r in per_doc) == [2, 2]


def test_load_turtle_file_by_extension(out_dir):
    graph = load_for_query(out_dir / "graph.ttl")
    # Turtle has no named graphs: the data is the default graph, the ontology in its own graph.
    assert [g.value for g in graph.named_graphs()] == ["https://w3id.org/geokg/ontology"]
    assert run_query(graph, "ASK { ?s gk:providesMilitaryAidTo ?o }").askAnswer is True


def test_load_ntriples_and_nquads(out_dir, tmp_path):
    dataset = Dataset().parse(out_dir / "graph.trig", format="trig")
    nq = tmp_path / "g.nq"
    nq.write_text(dataset.serialize(format="nquads"), encoding="utf-8")
    nt = tmp_path / "g.nt"
    nt.write_text(to_graph(dataset).serialize(format="nt"), encoding="utf-8")
    for path in (nq, nt):
        result = run_query(load_for_query(path), "SELECT ?s WHERE { ?s a gk:Assertion }")
        assert len(list(result)) == 4


def test_who_is_concerned_about_what(out_dir):
    result = run_query(load_for_query(out_dir), CONCERN_QUERY)
    table = format_result(result, "table")
    rows = [line for line in table.splitlines()[2:]]
    assert len(rows) == 2
    assert "gkid:arab-league" in rows[0] and "gk:Negated" in rows[0]
    assert "gkid:oman-local" in rows[1] and "gk:Affirmed" in rows[1]
    assert all("gkid:iran-local" in r and "gk:providesMilitaryAidTo" in r and "gkid:iraq-local" in r for r in rows)


def test_ontology_is_queryable_beside_the_data(out_dir):
    graph = load_for_query(out_dir)
    # Symmetric relations are stored as extracted; the ontology lets a query read them both ways.
    result = run_query(
        graph,
        """SELECT ?a ?b WHERE {
             { ?a gk:developsPartnershipWith ?b } UNION
             { ?p a owl:SymmetricProperty . FILTER(?p = gk:developsPartnershipWith) ?b ?p ?a }
           }""",
    )
    pairs = {(str(r.a).rsplit("/", 1)[-1], str(r.b).rsplit("/", 1)[-1]) for r in result}
    assert pairs == {("iraq-local", "oman-local"), ("oman-local", "iraq-local")}
    labels = run_query(graph, 'SELECT ?l WHERE { gk:accuses rdfs:label ?l FILTER(lang(?l) = "ar") }')
    assert len(list(labels)) >= 1
    without = load_for_query(out_dir, include_ontology=False)
    assert not run_query(without, "ASK { ?p a owl:SymmetricProperty }").askAnswer


def test_formats(out_dir):
    graph = load_for_query(out_dir)
    query = "SELECT ?doc ?date WHERE { ?doc a gk:Document ; gk:publicationDate ?date } ORDER BY ?date"

    as_json = json.loads(format_result(run_query(graph, query), "json"))
    assert as_json["head"]["vars"] == ["doc", "date"]
    first = as_json["results"]["bindings"][0]
    assert first["doc"] == {"type": "uri", "value": "https://w3id.org/geokg/doc/w1"}
    assert first["date"]["datatype"] == "http://www.w3.org/2001/XMLSchema#date"

    as_csv = format_result(run_query(graph, query), "csv")
    assert as_csv.startswith("doc,date\r\n")
    assert list(csv.reader(io.StringIO(as_csv)))[1] == [
        "https://w3id.org/geokg/doc/w1",
        "2024-01-15",
    ]

    as_tsv = format_result(run_query(graph, query), "tsv").splitlines()
    assert as_tsv[0] == "?doc\t?date"
    assert as_tsv[1] == '<https://w3id.org/geokg/doc/w1>\t"2024-01-15"^^<http://www.w3.org/2001/XMLSchema#date>'

    table = format_result(run_query(graph, query), "table").splitlines()
    assert table[0].split(" | ")[0].strip() == "doc"
    assert table[2].startswith("gkdoc:w1 ")
    assert len({line.index("|") for line in table if "|" in line}) == 1  # aligned columns

    assert json.loads(format_result(run_query(graph, "ASK { ?s ?p ?o }"), "json")) == {
        "head": {},
        "boolean": True,
    }
    constructed = format_result(
        run_query(graph, "CONSTRUCT { ?s a gk:Document } WHERE { ?s a gk:Document }"),
        "table",
    )
    assert len(Graph().parse(data=constructed, format="turtle")) == 2


def test_tsv_escapes_tabs_and_newlines():
    graph = Graph()
    result = run_query(graph, 'SELECT ?x WHERE { BIND("a\\tb\\nc" AS ?x) }')
    lines = format_result(result, "tsv").splitlines()
    assert lines == ["?x", '"a\\tb\\nc"']
    # A table cell stays on one line and never sends control characters to the terminal.
    escape = run_query(graph, 'SELECT ?x WHERE { BIND("a\\nb\\u001B[31m" AS ?x) }')
    table = format_result(escape, "table")
    assert table.splitlines()[2] == "a\\nb\\u001b[31m"
    assert "\x1b" not in table


def test_arabic_cells_align_by_display_width(out_dir):
    graph = load_for_query(out_dir)
    result = run_query(
        graph,
        'SELECT ?label ?e WHERE { ?e skos:prefLabel ?label FILTER(lang(?label) = "ar") }',
    )
    table = format_result(result, "table")
    assert "عُمان@ar" in table  # the damma is a combining mark: it takes no column


def test_syntax_error_is_a_query_error():
    with pytest.raises(QueryError) as caught:
        run_query(Graph(), "SELEC ?x WHERE { ?x ?p ?o }")
    assert "syntax error" in caught.value.message
    assert "\n" not in caught.value.message
    with pytest.raises(QueryError, match="nope"):
        run_query(Graph(), "SELECT ?x WHERE { ?x nope:p ?o }")
    with pytest.raises(QueryError, match="read-only"):
        run_query(Graph(), "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises(QueryError):
        run_query(Graph(), "   ")
    with pytest.raises(QueryError):
        format_result(run_query(Graph(), "ASK {}"), "xml")


def test_missing_or_unknown_inputs(tmp_path):
    with pytest.raises(QueryError, match="no graph.trig or graph.ttl"):
        load_for_query(tmp_path)
    odd = tmp_path / "graph.rdfx"
    odd.write_text("", encoding="utf-8")
    with pytest.raises(QueryError, match="unknown RDF file type"):
        load_for_query(odd)
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(QueryError, match="cannot parse"):
        load_for_query(broken)


def test_query_errors_map_to_exit_statuses(out_dir, tmp_path, capsys):
    """QueryError is a GeokgError: a query that cannot run is bad usage (2), one that ran out of
    time a failed run (1); each one line on standard error."""
    from geokg.graph.cli import main
    from geokg.graph.errors import GeokgError

    assert issubclass(QueryError, GeokgError)
    refused = {
        "syntax": "SELEKT *",
        "limit": "SELECT * WHERE " + "{" * 100 + "}" * 100,
        "SERVICE": "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    }
    for name, sparql in refused.items():
        assert main(["query", str(out_dir), sparql]) == 2, name
        err = capsys.readouterr().err
        assert err.startswith("geokg: ") and len(err.splitlines()) == 1, (name, err)
    assert main(["query", str(tmp_path / "missing"), "ASK {}"]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_query_timeout_exits_1(out_dir):
    # (in a process of its own, as a user runs it: its query worker is killed at the timeout)
    import subprocess
    import sys

    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    done = subprocess.run(
        [sys.executable, "-m", "geokg.graph.cli", "query", str(out_dir), heavy, "--timeout", "1"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1, done.stderr
    assert done.stdout == ""
    assert done.stderr.startswith("geokg: the query did not finish within 1 s")
    assert len(done.stderr.splitlines()) == 1


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (Linux: /proc)."""
    from pathlib import Path

    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@contextlib.contextmanager
def _running_query(out_dir, **popen):
    """A `geokg query` of HEAVY in a process of its own and its worker's pid, once started; both
    killed on the way out."""
    argv = [sys.executable, "-m", "geokg.graph.cli", "query", str(out_dir), HEAVY]
    process = subprocess.Popen(argv, **popen)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while not workers and time.monotonic() < deadline:
            time.sleep(0.05)
            workers = _children(process.pid)
        assert workers, "no worker started"
        yield process, workers
    finally:
        process.kill()
        for w in workers:
            try:
                os.kill(w, signal.SIGKILL)
            except ProcessLookupError:
                pass


def _ended(pids: list[int], seconds: float = 10) -> bool:
    """Whether every process of ``pids`` ends within ``seconds``."""
    deadline = time.monotonic() + seconds
    while any(Path(f"/proc/{w}").exists() for w in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not any(Path(f"/proc/{w}").exists() for w in pids)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_killed_query_takes_its_worker_with_it(out_dir):
    """`kill PID` of a running geokg query stops it as Ctrl-C does: exit 1, one line, and its
    worker process, busy with the query, is killed too (it was left running: a bug)."""
    with _running_query(out_dir, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as (process, workers):
        time.sleep(0.5)  # the query running
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
        assert (process.returncode, out, err) == (1, "", "geokg: interrupted; nothing written\n")
        assert _ended(workers)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_sigkilled_query_takes_its_worker_with_it(out_dir):
    """SIGKILL gives geokg query no chance to stop its worker: the worker, busy with the query,
    sees that its parent ended and ends too (it ran the query to its end: a bug)."""
    with _running_query(out_dir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as (process, workers):
        process.kill()
        process.wait(timeout=30)
        assert _ended(workers)


# --------------------------------------------------------------------------------------------
# The memory ceiling of the process a query runs in


def test_the_backstop_counts_from_what_the_process_holds(tmp_path):
    """``cap_memory(MB)``: twice MB plus 1 GB more address space than the process holds may be
    reserved, no more (the ceiling itself, on resident memory, is the parent's: the query tests
    show it)."""
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(
        """
        import mmap
        from geokg.graph.queryworker import cap_memory
        assert cap_memory(100)
        kept = mmap.mmap(-1, 1150 << 20)  # reserved, never touched
        try:
            mmap.mmap(-1, 150 << 20)
        except OSError:
            print("refused past the backstop")
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.stdout == "refused past the backstop\n", done.stderr


def test_a_worker_answers_memory_errors_and_goes_on(monkeypatch):
    from geokg.graph import queryworker
    from geokg.graph.querycheck import check_query

    def greedy(*args, **kwargs):
        raise MemoryError

    job = queryworker.Job(check_query("ASK { ?s ?p ?o }"), "json", {})
    monkeypatch.setattr(queryworker, "execute", greedy)
    message = "the query needed more than 300 MB of memory: simplify it, or raise --max-memory"
    assert queryworker.run_job(ox.Store(), job, 300) == ("error", "memory", message)
    monkeypatch.undo()
    assert queryworker.run_job(ox.Store(), job, 300) == ("ok", b'{"head":{},"boolean":false}')


def test_run_query_words_its_memory_error_for_its_max_memory(monkeypatch):
    """Past its ceiling, ``run_query(max_memory=)`` says to raise ``max_memory``, not the
    commands' ``--max-memory`` option it was not given."""
    from geokg.graph import querypool
    from geokg.graph.querycheck import memory_error

    def stopped(location, job, load, timeout, max_memory):
        raise memory_error(max_memory)  # as the worker words it

    monkeypatch.setattr(querypool, "_in_worker", stopped)
    with pytest.raises(QueryError) as raised:
        run_query(Graph(), "ASK { ?s ?p ?o }", max_memory=300)
    assert raised.value.kind == "memory"
    assert raised.value.message == (
        "the query needed more than 300 MB of memory: simplify it, or raise run_query's max_memory"
    )


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_the_parent_watch_ends_an_orphan_and_spares_a_child(tmp_path):
    """``watch_parent`` in a grandchild: it lives while its parent does and ends, on its own,
    soon after the parent is killed (the grandchild never returns from its sleep)."""
    import textwrap

    grandchild = "from geokg.graph.queryworker import watch_parent; import time; watch_parent(); time.sleep(120)"
    parent = textwrap.dedent(
        f"""
        import subprocess, sys, time
        child = subprocess.Popen([sys.executable, "-c", {grandchild!r}])
        print(child.pid, flush=True)
        time.sleep(120)
        """
    )
    process = subprocess.Popen([sys.executable, "-c", parent], stdout=subprocess.PIPE, text=True)
    child = int(process.stdout.readline())
    try:
        time.sleep(0.5)  # several looks of the watch: the child is spared while its parent lives
        os.kill(child, 0)  # (raises if the child ended)
        process.kill()
        process.wait(timeout=30)
        assert _ended([child]), "the orphan did not end"
    finally:
        process.kill()
        try:
            os.kill(child, signal.SIGKILL)
        except ProcessLookupError:
            pass


def test_run_query_with_a_memory_ceiling_answers_as_in_process(out_dir):
    """``run_query(..., max_memory=MB)`` runs in a worker over a copy of the store: the same
    answers as in this process, for each query form."""
    store = load_for_query(out_dir)
    construct = "CONSTRUCT { ?s gk:predicate ?p } WHERE { ?s gk:predicate ?p }"
    for sparql in (CONCERN_QUERY, "ASK { ?s gk:predicate gk:expressesConcernAbout }", construct):
        here, there = run_query(store, sparql), run_query(store, sparql, max_memory=500)
        assert sorted(there.payload.splitlines()) == sorted(here.payload.splitlines())  # (CONSTRUCT: any order)
    graph = Graph().parse(data='<http://x/a> <http://x/b> "c" .', format="nt")
    rows = list(run_query(graph, "SELECT ?o WHERE { ?s ?p ?o }", max_memory=500).bindings)
    assert rows == [{Variable("o"): Literal("c")}]


def test_run_query_with_a_memory_ceiling_stops_a_greedy_query(out_dir):
    store = load_for_query(out_dir)
    minus = "SELECT * WHERE { ?s ?p ?o " + " ".join(["MINUS { ?s ?p ?o }"] * 100) + " }"
    with pytest.raises(QueryError) as raised:
        run_query(store, minus, max_memory=200)
    assert raised.value.kind == "memory"
    assert str(raised.value).startswith("the query needed more than 200 MB of memory")
    with pytest.raises(QueryError) as raised:
        run_query(store, HEAVY, timeout=1, max_memory=500)
    assert raised.value.kind == "timeout"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_run_query_with_a_memory_ceiling_leaves_no_copy_and_no_worker(out_dir, tmp_path, monkeypatch):
    """The temporary N-Quads copy and the worker are gone once the query ends, answered or
    stopped by its timeout; a ceiling below 1 MB is refused before any worker starts."""
    import tempfile

    store = load_for_query(out_dir)
    copies = tmp_path / "tmp"
    copies.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(copies))
    # (a full run has children of its own, session fixtures' servers and browsers: only new ones count)
    before = set(_children(os.getpid()))
    assert run_query(store, "ASK { ?s ?p ?o }", max_memory=500).askAnswer
    with pytest.raises(QueryError):
        run_query(store, HEAVY, timeout=0.5, max_memory=500)
    assert list(copies.iterdir()) == []
    assert set(_children(os.getpid())) - before == set()
    for bad in (0, -1):
        with pytest.raises(ValueError, match="max_memory must be at least 1"):
            run_query(store, "ASK { ?s ?p ?o }", max_memory=bad)
    assert set(_children(os.getpid())) - before == set()
