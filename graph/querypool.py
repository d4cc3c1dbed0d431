"""Worker processes that run queries: ``geokg serve``'s pool (concurrent reads, a hard timeout,
a memory ceiling, and a graph that follows ``geokg build --update``), and the one process
``geokg query`` runs its query in (:func:`query_in_child`).

Why processes: Oxigraph's store is safe for concurrent readers, but a running query cannot be
cancelled from Python. A worker process (:mod:`geokg.graph.queryworker`) that overruns the
timeout is killed and replaced, so the timeout really frees the worker, and a query that somehow
crashed a worker would take only that worker down, never the server. Each worker opens the store
read-only (any number of readers may, across processes). A worker is a plain ``python -m``
process that imports only pyoxigraph, so a replacement is ready in a fraction of a second, and
nothing depends on how the parent was started (a script, ``python -``, a notebook).

What is served (:class:`ServedGraph`) is an OUT/ folder's store, or a graph file parsed once
into a temporary store that the workers open the same way. A watcher looks at the store's files
once a second; when they change (``geokg build --update`` swaps in a new OUT/), later queries go
to workers that open the new store, and the workers holding the old one are retired, so no
deleted file stays open.

Why a memory ceiling: what a query needs is not bounded by its text (995 ``MINUS`` of
``?s ?p ?o`` took 11.7 GB on a small graph; a ``DISTINCT`` over a cross product grows until
the timeout). While a worker runs a query, its parent reads the worker's resident size every
``POLL_SECONDS`` (``/proc/PID/statm``); past what it held when its first query came plus
``--max-memory`` MB, the worker is killed, the query gets :func:`~geokg.graph.querycheck.memory_error`
and the worker is replaced. Resident memory, not address space: how much address space a process
reserves (malloc arenas, thread stacks) varies from run to run and says little about what it uses.
The worker's own ``RLIMIT_AS`` (:mod:`geokg.graph.queryworker`) is only a generous backstop for a
parent too slow to look; Oxigraph aborts the process when an allocation fails under it, and a
worker that dies of SIGABRT is reported with the same error.
"""

from __future__ import annotations

import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from .outfolder import OutputFolder
from .query import QUERY_PREFIXES, QueryResult, graph_file, load_graph_file, payload_format, uses_store
from .querycheck import DEFAULT_MAX_MEMORY, Limits, QueryError, check_query, memory_error
from .queryworker import Job, Load
from .store import StoreError, ontology_ntriples, store_folder

WATCH_SECONDS = 1.0  # how often the served files are looked at
POLL_SECONDS = 0.01  # how often a running query's resident memory is looked at
START_SECONDS = 60.0  # how long a new worker may take to open the store
_NOT_STARTED = "a query worker did not start"


class ServedGraph:
    """The store the workers open: ``OUT/store/``, or a graph file (``.ttl``, ``.trig``, ...,
    or the graph.trig of a folder without a store) parsed into a temporary store."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        self.from_store = uses_store(self.path)
        self._scratch: list[Path] = []
        if not self.from_store:
            self.file = graph_file(self.path)  # QueryError now, not in the workers

    def signature(self) -> tuple | None:
        """Changes whenever what is served changes; None while it is missing (a swap)."""
        try:
            if self.from_store:
                folder = OutputFolder(self.path).store
                entries = sorted(
                    (e.name, e.inode(), e.stat().st_size, e.stat().st_mtime_ns) for e in os.scandir(folder)
                )
                return (os.stat(folder).st_ino, tuple(entries))
            info = os.stat(self.file)
            return (info.st_ino, info.st_size, info.st_mtime_ns)
        except OSError:
            return None

    def prepare(self) -> str:
        """The location of a store holding what is served now (for a file: a new one)."""
        if self.from_store:
            return str(OutputFolder(self.path).store)
        folder = Path(tempfile.mkdtemp(prefix="geokg-serve-"))
        self._scratch.append(folder)
        store = ox.Store(str(folder / "store"))
        try:
            load_graph_file(store, self.file)
            store.flush()
        finally:
            del store  # closes it: the workers open it read-only
        return str(folder / "store")

    def release_old(self) -> None:
        """Delete every temporary store but the newest (files open in a worker stay readable)."""
        for folder in self._scratch[:-1]:
            shutil.rmtree(folder, ignore_errors=True)
        del self._scratch[:-1]

    def close(self) -> None:
        for folder in self._scratch:
            shutil.rmtree(folder, ignore_errors=True)
        self._scratch.clear()


@dataclass(eq=False)
class _Worker:
    process: subprocess.Popen
    conn: Connection
    generation: int
    max_memory: int | None = None
    started: float = field(default_factory=time.monotonic)
    baseline: int | None = None  # resident bytes when the first query came

    @classmethod
    def start(
        cls, location: str, generation: int, max_memory: int | None = None, stderr: IO[bytes] | None = None
    ) -> _Worker:
        ours, theirs = socket.socketpair()
        argv = [sys.executable, "-m", "geokg.graph.queryworker", str(theirs.fileno()), location]
        with theirs:
            process = subprocess.Popen(
                argv + ([str(max_memory)] if max_memory else []),
                pass_fds=[theirs.fileno()],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )
        return cls(process, Connection(ours.detach()), generation, max_memory)

    def alive(self) -> bool:
        return self.process.poll() is None

    def wait_ready(self, seconds: float | None = START_SECONDS) -> None:
        """Wait for the worker's ``("ready",)``; ``QueryError`` for what it said instead (its store
        cannot be opened), for a start slower than ``seconds``, or for a process that ended."""
        try:
            said = self.conn.recv() if self.conn.poll(seconds) else None
        except (EOFError, OSError) as error:
            raise self.died() from error
        if said is None:
            raise QueryError(_NOT_STARTED, "failed")
        if said[0] != "ready":
            raise QueryError(said[2], said[1])

    def ask(self, job: Job | Load, timeout: float | None, timeout_error: str) -> bytes:
        """Send ``job`` and wait for its answer; ``QueryError`` for the job's error, the
        timeout (``timeout_error``), the memory ceiling (the worker is killed), or
        :meth:`died` when the process ended."""
        ceiling = self._ceiling(job)
        try:
            self.conn.send(job)
            deadline = None if timeout is None else time.monotonic() + max(0.0, timeout)
            while True:
                left = None if deadline is None else max(0.0, deadline - time.monotonic())
                wait = left if ceiling is None else POLL_SECONDS if left is None else min(left, POLL_SECONDS)
                if self.conn.poll(wait):
                    break
                if deadline is not None and time.monotonic() >= deadline:
                    raise QueryError(timeout_error, "timeout")
                if ceiling is not None and (resident_bytes(self.process.pid) or 0) > ceiling:
                    self.process.kill()
                    self.process.wait()
                    raise memory_error(self.max_memory)
            return _reply(self.conn.recv())
        except (EOFError, OSError) as error:
            raise self.died() from error

    def _ceiling(self, job: Job | Load) -> int | None:
        """The resident bytes the worker may reach while it runs ``job``: its resident size at
        its first query plus ``max_memory`` MB (None: no ceiling, or no ``/proc`` to read)."""
        if not self.max_memory or not isinstance(job, Job):
            return None  # a Load parses the graph itself: not the query's memory
        if self.baseline is None:
            self.baseline = resident_bytes(self.process.pid)
        return None if self.baseline is None else self.baseline + (self.max_memory << 20)

    def died(self) -> QueryError:
        """Why the process ended mid-job: out of memory (Oxigraph aborts when an allocation
        fails under the cap), or anything else."""
        try:
            code = self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            code = None
        if code == -signal.SIGABRT and self.max_memory:
            return memory_error(self.max_memory)
        how = f"signal {-code}" if code is not None and code < 0 else f"exit status {code}"
        return QueryError(f"the query stopped the process that ran it ({how})", "failed")

    def stop(self, kill: bool = False) -> None:
        try:
            if kill:
                self.process.kill()
            else:
                self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.conn.close()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)


def resident_bytes(pid: int) -> int | None:
    """The resident size of process ``pid`` (None where ``/proc`` cannot say)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def _reply(reply: tuple) -> bytes:
    """The bytes of a worker's ``("ok", bytes)``; ``QueryError`` for its ``("error", kind, message)``."""
    if reply[0] == "ok":
        return reply[1]
    raise QueryError(reply[2], reply[1])


class QueryPool:
    """``workers`` processes answering jobs from ``graph``; :meth:`run` gives a result's bytes."""

    def __init__(
        self, graph: ServedGraph, workers: int, timeout: float, log=None, max_memory: int | None = DEFAULT_MAX_MEMORY
    ):
        self.graph = graph
        self.size = max(1, workers)
        self.timeout = timeout
        self.max_memory = max_memory
        self.log = log or (lambda message: print(f"geokg: {message}", file=sys.stderr, flush=True))
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._lock = threading.Lock()
        self._live: set[_Worker] = set()
        self._starting = 0
        self._closed = threading.Event()
        self._signature = graph.signature()
        self._location = graph.prepare()
        self.generation = 0
        for _ in range(self.size):
            self._spawn()
        self._watcher = threading.Thread(target=self._watch, name="geokg-serve-watch", daemon=True)
        self._watcher.start()

    # ---------------------------------------------------------------- answering

    def run(self, job: Job) -> bytes:
        """The serialised result of ``job``; ``QueryError`` for the query's errors, a timeout
        (``kind="timeout"``: the worker is killed and replaced), the memory ceiling
        (``kind="memory"``: the worker was killed, or died, and is replaced) or a crashed worker."""
        deadline = time.monotonic() + self.timeout
        worker = self._acquire(deadline)
        timeout_error = f"the query did not finish within {self.timeout:g} s (serve --timeout)"
        try:
            body = worker.ask(job, deadline - time.monotonic(), timeout_error)
        except QueryError as error:
            if error.kind != "timeout" and worker.alive():
                self._release(worker)  # the query's own error: the worker goes on
                raise
            self._retire(worker, kill=True)  # overran the timeout, or died: replaced
            if error.kind == "memory":
                self.log(f"a query needed more than {self.max_memory:,} MB of memory (--max-memory); worker replaced")
            raise
        self._release(worker)
        return body

    def _acquire(self, deadline: float) -> _Worker:
        while True:
            try:
                worker = self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise QueryError(
                    f"the server is busy: no worker was free within {self.timeout:g} s", "timeout"
                ) from None
            if worker.generation == self.generation and worker.alive():
                return worker
            self._retire(worker)

    def _release(self, worker: _Worker) -> None:
        if worker.generation == self.generation and not self._closed.is_set():
            self._idle.put(worker)
        else:
            self._retire(worker)

    def _retire(self, worker: _Worker, kill: bool = False) -> None:
        """Stop a worker and start another in its place (unless the pool is closing)."""
        with self._lock:
            known = worker in self._live
            self._live.discard(worker)
        if known and not self._closed.is_set():
            self._spawn()
        threading.Thread(target=worker.stop, args=(kill,), daemon=True).start()

    # ---------------------------------------------------------------- workers

    def _spawn(self) -> None:
        with self._lock:
            self._starting += 1
        threading.Thread(target=self._start_worker, name="geokg-serve-spawn", daemon=True).start()

    def _start_worker(self) -> None:
        worker = problem = None
        generation = self.generation  # before the location: the watcher sets it after
        try:
            worker = _Worker.start(self._location, generation, self.max_memory)
            worker.wait_ready()
        except OSError:
            problem = _NOT_STARTED
        except QueryError as error:
            problem = error.message if error.kind == "input" else _NOT_STARTED
        finally:
            with self._lock:
                self._starting -= 1
        if problem is not None:
            self.log(problem)
            if worker is not None:
                worker.stop(kill=True)
            if not self._closed.wait(WATCH_SECONDS):
                self._spawn()  # the store may be back in a moment (a swap)
            return
        with self._lock:
            closing = self._closed.is_set()
            if not closing:
                self._live.add(worker)
        if closing:
            worker.stop()
            return
        self._release(worker)

    def wait_ready(self, seconds: float = START_SECONDS) -> bool:
        """Wait until every worker has started; False when that took longer than ``seconds``."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            with self._lock:
                if len(self._live) >= self.size and not self._starting:
                    return True
            time.sleep(0.05)
        return False

    def pids(self) -> list[int]:
        with self._lock:
            return [w.process.pid for w in self._live if w.process.pid]

    # ---------------------------------------------------------------- following updates

    def _watch(self) -> None:
        while not self._closed.wait(WATCH_SECONDS):
            signature = self.graph.signature()
            if signature is None or signature == self._signature:
                continue
            try:
                location = self.graph.prepare()
            except (QueryError, OSError) as error:
                self.log(f"{self.graph.path} changed but cannot be read yet: {error}")
                continue
            self._signature, self._location = signature, location
            self.generation += 1
            self.log(f"{self.graph.path} changed: queries now go to the new graph")
            self._retire_idle()
            self.graph.release_old()

    def _retire_idle(self) -> None:
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                return
            self._retire(worker)

    def close(self) -> None:
        self._closed.set()
        with self._lock:
            workers = list(self._live)
            self._live.clear()
        for worker in workers:
            worker.stop()
        self.graph.close()


# --------------------------------------------------------------------------------------------
# geokg query: one query in a process of its own


def query_in_child(
    path: str | os.PathLike[str],
    sparql: str,
    *,
    memory: bool = False,
    timeout: float | None = None,
    max_memory: int | None = DEFAULT_MAX_MEMORY,
    limits: Limits | None = None,
) -> QueryResult:
    """Check ``sparql`` and run it over ``path`` (an OUT/ folder's store, or a graph file
    parsed into memory, as :func:`~geokg.graph.query.load_for_query` chooses) in a worker
    process of its own; its result, or ``QueryError``.

    Why a process: the memory ceiling (``max_memory`` MB, None for none) ends the process
    that reaches it, so reaching it is a clear error here, not the end of the command; and a
    query past ``timeout`` seconds is killed, not left running."""
    checked = check_query(sparql, limits)
    job = Job(checked, payload_format(checked), QUERY_PREFIXES)
    if uses_store(path, memory):
        try:
            location, load = str(store_folder(path)), None
        except StoreError as error:
            raise QueryError(str(error), kind="input") from error
    else:
        location, load = "-", Load(str(graph_file(path)), ontology_ntriples())
    return QueryResult(checked.form, _in_worker(location, job, load, timeout, max_memory))


def store_in_child(
    store: ox.Store, job: Job, *, timeout: float | None = None, max_memory: int | None = DEFAULT_MAX_MEMORY
) -> bytes:
    """Run ``job`` over a copy of ``store`` in a worker process of its own (what
    :func:`~geokg.graph.query.run_query` does with ``max_memory``); the result's bytes, or
    ``QueryError``.

    The worker cannot share the caller's store, so the store is written to a temporary N-Quads
    file that the worker parses before the query (the memory ceiling counts from what the worker
    holds then, as for ``geokg query`` over a graph file)."""
    with tempfile.TemporaryDirectory(prefix="geokg-query-") as folder:
        path = Path(folder) / "graph.nq"
        try:
            store.dump(output=str(path), format=ox.RdfFormat.N_QUADS)
        except OSError as error:  # a full disk: one line, as any other failed run
            raise QueryError(f"cannot write the graph's copy for the query worker: {error}", "failed") from error
        try:
            return _in_worker("-", job, Load(str(path)), timeout, max_memory)
        except QueryError as error:
            if error.kind != "memory":
                raise
            # the worker words it for the commands (--max-memory); this caller set max_memory=
            raise memory_error(max_memory, "run_query's max_memory") from None


def _in_worker(location: str, job: Job, load: Load | None, timeout: float | None, max_memory: int | None) -> bytes:
    """Start a worker on ``location``, fill it with ``load`` if any, run ``job``, stop it."""
    with tempfile.TemporaryFile() as stderr:  # a dying worker's last words stay off the terminal
        worker = _Worker.start(location, 0, max_memory, stderr)
        try:
            return _ask_once(worker, job, load, timeout)
        finally:
            worker.stop(kill=True)


def _ask_once(worker: _Worker, job: Job, load: Load | None, timeout: float | None) -> bytes:
    worker.wait_ready(None)
    if load is not None:
        worker.ask(load, None, "")
    return worker.ask(job, timeout, f"the query did not finish within {timeout:g} s" if timeout else "")
