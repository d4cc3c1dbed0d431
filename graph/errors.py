"""The one error type of the ``geokg`` command, and its exit statuses (CONTRACT §4).

Code anywhere under ``geokg.graph`` raises a ``GeokgError`` (or a subclass) for a failure the
user can act on; ``geokg.graph.cli.main`` prints its message as one line on standard error and
exits with its ``exit_code``. Nothing else maps errors to exit statuses.
"""

from __future__ import annotations

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
