"""One of ``geokg serve``'s query workers: ``python -m geokg.graph.queryworker FD STORE``.

It opens the store at ``STORE`` read-only, says ``("ready",)`` on the connection at file
descriptor ``FD`` (a socket its parent made), then answers each :class:`Job` with ``("ok", bytes)`` or ``("error", kind, message)`` until
the parent hangs up. It imports nothing but pyoxigraph and the query runner, so it starts in a
fraction of a second; the parent kills it when a query overruns the timeout.
"""

from __future__ import annotations

import signal
import sys
from dataclasses import dataclass
from multiprocessing.connection import Connection

import pyoxigraph as ox

from .oxquery import execute, in_deep_stack
from .querycheck import CheckedQuery, QueryError


@dataclass(frozen=True)
class Job:
    """One query for a worker: the checked query, the result format, the prefixes it may use
    undeclared, and the protocol's dataset (None: the query's own, else the union)."""

    query: CheckedQuery
    result_format: str
    prefixes: dict[str, str]
    default_graph: list[str] | None = None
    named_graphs: list[str] | None = None


def answer(conn: Connection, location: str) -> None:
    """Open the store, then answer jobs until the parent hangs up."""
    try:
        store = ox.Store.read_only(location)
    except OSError as error:
        conn.send(("error", "input", f"{location}: cannot open the store: {error}"))
        return
    conn.send(("ready",))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            body = execute(
                store,
                job.query,
                job.result_format,
                job.prefixes,
                default_graph=job.default_graph,
                named_graphs=job.named_graphs,
            )
            conn.send(("ok", body))
        except QueryError as error:
            conn.send(("error", error.kind, error.message))
        except Exception as error:  # noqa: BLE001 - one line to the client; the worker goes on
            conn.send(("error", "failed", f"SPARQL error: {error}"))


def main(argv: list[str]) -> int:
    # Ctrl-C in a terminal reaches the whole process group: the parent stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    conn = Connection(int(argv[0]))
    in_deep_stack(lambda: answer(conn, argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
