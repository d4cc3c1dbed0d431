"""Progress bars for the long stages of a run, on standard error (tqdm).

Each stage is one bar with a total where the stage knows it (input bytes, assertions, N-Quads
lines, signatures), so tqdm shows the rate and the time left. Off when standard error is not a
terminal, with ``--no-progress`` or ``--quiet``: then nothing is drawn and the callbacks cost
nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")


class Progress:
    """Draws a bar per stage when ``enabled``."""

    def __init__(self, enabled: bool):
        self.enabled = enabled

    @contextmanager
    def stage(self, name: str, total: float | None = None, unit: str = "it", scale: bool = False) -> Iterator[Any]:
        """A bar for one stage; yields an object whose ``update(n)`` advances it by ``n``.

        ``scale`` shows bytes as kB/MB; ``total`` None draws a count with its rate only."""
        if not self.enabled:
            yield _Silent()
            return
        from tqdm import tqdm

        bar = tqdm(
            total=total,
            desc=name,
            unit=unit,
            unit_scale=scale,
            unit_divisor=1024 if scale else 1000,
            file=sys.stderr,
            dynamic_ncols=True,
            mininterval=0.5,
        )
        try:
            yield bar
            if bar.total is not None and bar.n < bar.total:
                bar.update(bar.total - bar.n)  # a total that was an estimate: the stage is done
        finally:
            bar.close()

    @staticmethod
    def advance_to(bar: Any, done: int, total: int) -> None:
        """Set a stage's bar to ``done`` of ``total`` (for work that learns its total as it goes)."""
        if isinstance(bar, _Silent):
            return
        bar.total = total
        bar.update(done - bar.n)

    def iterate(self, name: str, items: Iterable[T], total: int | None, unit: str = "it") -> Iterator[T]:
        """``items``, advancing a stage's bar by one for each."""
        with self.stage(name, total, unit) as bar:
            for item in items:
                yield item
                bar.update(1)


class _Silent:
    """The bar of a stage when progress is off."""

    n = 0

    def update(self, n: float = 1) -> None:
        return None

    def set_postfix_str(self, s: str = "", refresh: bool = True) -> None:
        return None
