"""A process that runs queries: ``python -m geokg.graph.queryworker FD STORE [MAX_MEMORY]``.

``geokg serve`` keeps several (:class:`geokg.graph.querypool.QueryPool`); ``geokg query`` starts
one for its one query (:func:`geokg.graph.querypool.query_in_child`). It opens the store at
``STORE`` read-only (``-``: an empty in-memory store, which a :class:`Load` fills), says
``("ready",)`` on the connection at file descriptor ``FD`` (a socket its parent made), then
answers each :class:`Job` with ``("ok", bytes)`` or ``("error", kind, message)``, and each
:class:`Load` with ``("ok", b"")`` or an error, until the parent hangs up. It imports nothing but
pyoxigraph and the query runner, so it starts in a fraction of a second; the parent kills it
when a query overruns the timeout.

Memory: the parent watches this process's resident size and kills it past ``MAX_MEMORY`` MB
over what it held at its first query (:mod:`geokg.graph.querypool`). As a backstop for a parent
too slow to look, the process's address space is capped (``RLIMIT_AS``) at what it holds at its
first query plus twice ``MAX_MEMORY`` plus 1 GB (:func:`cap_memory`; generous, since reserved
address space varies with threads and malloc arenas). A query past that cannot allocate: Python
raises ``MemoryError``, answered as :func:`~geokg.graph.querycheck.memory_error`; Oxigraph
(Rust) aborts the process, which its parent sees as SIGABRT and reports with the same error.
Either way only this process is affected, never the machine.

Its parent's end: between jobs the process waits on the connection, which a parent that ended
(even by SIGKILL) has closed, so it returns. During a job it does not read the connection, so a
thread (:func:`watch_parent`) looks every ``PARENT_POLL_SECONDS`` at whether the process was
given another parent (the parent ended: POSIX reparents an orphan) and then ends the process at
once. Oxigraph releases the GIL while it evaluates, so the thread runs during a long query. Not
Linux's ``PR_SET_PDEATHSIG``: it fires when the parent *thread* that started the process ends,
and ``geokg serve`` starts workers from short-lived threads. Where an orphan keeps its parent's
id (Windows), the thread never fires: the process then ends at its next read of the connection,
as before.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection

import pyoxigraph as ox

from .oxquery import execute, in_deep_stack, load_rdf
from .querycheck import CheckedQuery, QueryError, memory_error

PARENT_POLL_SECONDS = 0.1  # how often a worker looks whether its parent has ended

try:
    import resource
except ImportError:  # Windows: no ceiling
    resource = None  # type: ignore[assignment]


@dataclass(frozen=True)
class Job:
    """One query for a worker: the checked query, the result format, the prefixes it may use
    undeclared, and the protocol's dataset (None: the query's own, else the union)."""

    query: CheckedQuery
    result_format: str
    prefixes: dict[str, str]
    default_graph: list[str] | None = None
    named_graphs: list[str] | None = None


@dataclass(frozen=True)
class Load:
    """An RDF file to parse into the worker's in-memory store, with the ontology's N-Triples
    (None: without the ontology)."""

    path: str
    ontology: bytes | None = None


def cap_memory(max_memory: int) -> bool:
    """Cap this process's address space at what it holds now plus ``2 * max_memory`` MB plus
    1 GB (a backstop: the parent enforces ``max_memory`` on resident memory); False
    where the system cannot say what it holds (no ``/proc``) or set a cap."""
    if resource is None:
        return False
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            held = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return False
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = held + ((2 * max_memory + 1024) << 20)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    return True


def open_store(location: str) -> ox.Store:
    """The store at ``location`` read-only, or an empty in-memory one for ``-``."""
    if location == "-":
        return ox.Store()
    try:
        return ox.Store.read_only(location)
    except OSError as error:
        raise QueryError(f"{location}: cannot open the store: {error}", kind="input") from error


def run_job(store: ox.Store, job: Job | Load, max_memory: int | None) -> tuple:
    """The reply to one job."""
    try:
        if isinstance(job, Load):
            load_rdf(store, job.path, job.ontology)
            return ("ok", b"")
        body = execute(
            store,
            job.query,
            job.result_format,
            job.prefixes,
            default_graph=job.default_graph,
            named_graphs=job.named_graphs,
        )
        return ("ok", body)
    except QueryError as error:
        return ("error", error.kind, error.message)
    except MemoryError:
        error = memory_error(max_memory)
        return ("error", error.kind, error.message)
    except Exception as error:  # noqa: BLE001 - one line to the client; the worker goes on
        return ("error", "failed", f"SPARQL error: {error}")


def answer(conn: Connection, location: str, max_memory: int | None = None) -> None:
    """Open the store, then answer jobs until the parent hangs up."""
    try:
        store = open_store(location)
    except QueryError as error:
        conn.send(("error", error.kind, error.message))
        return
    conn.send(("ready",))
    capped = False
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        if max_memory and not capped and isinstance(job, Job):
            # At the first query, not at start: what a Load parsed is the graph, not the query.
            capped = cap_memory(max_memory)
        send(conn, run_job(store, job, max_memory), max_memory)


def send(conn: Connection, reply: tuple, max_memory: int | None) -> None:
    """Send a reply; a result too large to send within the cap becomes the memory error."""
    try:
        conn.send(reply)
    except MemoryError:
        error = memory_error(max_memory)
        conn.send(("error", error.kind, error.message))


def watch_parent(seconds: float = PARENT_POLL_SECONDS) -> threading.Thread:
    """A daemon thread that ends this process (``os._exit``) once its parent has ended, seen as
    a change of parent id; started, and returned."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(seconds)
        os._exit(1)  # mid-query: nobody is left to answer, and Oxigraph cannot be interrupted

    thread = threading.Thread(target=watch, name="geokg-parent-watch", daemon=True)
    thread.start()
    return thread


def main(argv: list[str]) -> int:
    # Ctrl-C in a terminal reaches the whole process group: the parent stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    watch_parent()
    conn = Connection(int(argv[0]))
    max_memory = int(argv[2]) if len(argv) > 2 else None
    in_deep_stack(lambda: answer(conn, argv[1], max_memory))
    return 0


if __name__ == "__main__":
    # The module's imported copy runs, so that the jobs the parent pickled (as
    # geokg.graph.queryworker.Job and Load) are instances of its classes, not of __main__'s.
    from geokg.graph import queryworker

    sys.exit(queryworker.main(sys.argv[1:]))
