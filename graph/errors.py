"""The one error type of the ``geokg`` command, and its exit statuses (CONTRACT §4).

Code anywhere under ``geokg.graph`` raises a ``GeokgError`` (or a subclass) for a failure the
user can act on; ``geokg.graph.cli.main`` prints its message as one line on standard error and
exits with its ``exit_code``. Nothing else maps errors to exit statuses.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

EXIT_OK = 0  # all input read
EXIT_FAILED = 1  # the run failed and wrote nothing
EXIT_USAGE = 2  # bad usage: options, arguments, a query that cannot run
EXIT_SKIPPED = 3  # finished, but some input was skipped (each reported as file:line: reason)


class GeokgError(Exception):
    """A failure reported as one line (``geokg: <message>``) and an exit status.

    The message is folded to one line, fit for a terminal; ``exit_code`` defaults to 1 (the run
    failed and wrote nothing)."""

    exit_code = EXIT_FAILED

    def __init__(self, message: object, exit_code: int | None = None):
        super().__init__(" ".join(str(message).split()))
        if exit_code is not None:
            self.exit_code = exit_code

    @property
    def message(self) -> str:
        return str(self)


class UsageError(GeokgError):
    """Bad usage: an option, an argument or a path that cannot be used as given (exit 2)."""

    exit_code = EXIT_USAGE


def interrupt(signum: int, frame: object) -> None:
    """A signal handler that stops the command as Ctrl-C does (``cli.main``: exit 1)."""
    raise KeyboardInterrupt


@contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """Within it, ``kill PID`` (SIGTERM) stops the command as Ctrl-C does, so that ``finally``
    blocks run (the process running a query is killed, not left running it); outside the main
    thread, where no handler can be set, nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)
