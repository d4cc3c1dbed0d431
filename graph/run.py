"""One run of ``extract``, ``build`` or ``evaluate``: documents read, grouped into stories and
extracted as a stream, with what was skipped reported as it happens.

Bad input never stops a run: each input the readers cannot use, and each document read twice,
is one line ``geokg: file:line: reason`` on standard error, and the run's exit status becomes 3
(CONTRACT §4). Notes (a document that replaces an earlier one, a leftover put back) are printed
too but change no status.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from typing import Any

from .errors import EXIT_OK, EXIT_SKIPPED, GeokgError
from .progress import Progress

EXTRACT_STORY_WINDOW = 20_000  # documents that ``extract`` compares a new one with (about 170 MB)


class Run:
    """Collects what a run read and skipped; draws its progress unless ``quiet``."""

    def __init__(self, progress: bool = False, quiet: bool = False, jobs: int = 1, dask: str | None = None):
        """``jobs``: worker processes for extraction (``extract/parallel.py``); ``dask``: a Dask
        scheduler's address, or ``local``, to extract on a cluster instead (``extract/cluster.py``)."""
        self.problems = 0
        self.documents = 0
        self.quiet = quiet
        self.progress = Progress(progress and not quiet)
        self.jobs = jobs
        self.dask = dask
        self.scratch: str | None = None  # where a Dask run writes its partitions

    def report(self, message: str) -> None:
        """Input that was skipped, or a document that failed: the run ends with status 3."""
        self.problems += 1
        self._print(message)

    def note(self, message: str) -> None:
        """Something the user should know that loses nothing."""
        self._print(message)

    def summary(self, message: str) -> None:
        """The run's last line (not with ``--quiet``)."""
        if not self.quiet:
            self._print(message)

    def _print(self, message: str) -> None:
        if self.progress.enabled:  # above the bar, which is drawn again below
            from tqdm import tqdm

            tqdm.write(f"geokg: {message}", file=sys.stderr)
        else:
            print(f"geokg: {message}", file=sys.stderr, flush=True)

    def extract(self, documents: Iterator) -> Iterator:
        """Results in input order: in this process, in ``jobs`` processes, or on a Dask cluster.
        A worker that dies, or a cluster that cannot be reached, ends the run with one line."""
        from concurrent.futures.process import BrokenProcessPool

        if self.dask is not None:
            from geokg.extract.cluster import extract_on_cluster

            results = extract_on_cluster(documents, self.dask, workers=self.jobs, scratch=self.scratch)
        else:
            from geokg.extract.parallel import extract_parallel

            results = extract_parallel(documents, self.jobs)
        try:
            yield from results
        except BrokenProcessPool:
            raise GeokgError(f"an extraction worker died (out of memory?); try fewer than --jobs {self.jobs}") from None
        except (OSError, TimeoutError) as error:
            if self.dask is None:
                raise
            raise GeokgError(f"--dask {self.dask}: {error}") from None

    @property
    def status(self) -> int:
        return EXIT_SKIPPED if self.problems else EXIT_OK

    def documents_of(self, inputs: Sequence[str], date: str | None, lang: str | None, read: Any = None) -> Iterator:
        """The documents of ``inputs``, each id once; problems reported. ``read`` is a progress
        bar told how many input bytes were read."""
        from geokg.extract.documents import InputProblem, read_inputs

        seen: dict[str, str] = {}  # document id -> where it was read, for repeated ids
        for item in read_inputs(inputs, date=date, lang=lang, progress=read.update if read is not None else None):
            if isinstance(item, InputProblem):
                self.report(str(item))
                continue
            if item.id in seen:
                self.report(
                    f"{item.origin or item.id}: document id {item.id!r} was already read from {seen[item.id]}; skipped"
                )
                continue
            seen[item.id] = item.origin or "an earlier input"
            self.documents += 1
            if read is not None:
                read.set_postfix_str(f"{self.documents} docs", refresh=False)
            yield item

    def results(
        self,
        inputs: Sequence[str],
        *,
        date: str | None = None,
        lang: str | None = None,
        stories: Any = None,
    ) -> Iterator:
        """Documents read, grouped into stories and extracted, one ``DocumentResult`` at a time."""
        from geokg.extract.dedup import StoryIndex
        from geokg.extract.documents import input_size

        # geokg extract streams in bounded memory: its index is a window over recent documents.
        stories = stories if stories is not None else StoryIndex(max_documents=EXTRACT_STORY_WINDOW)
        total = input_size(inputs) if self.progress.enabled else None
        with self.progress.stage("extracting", total, "B", scale=True) as bar:
            documents = (stories.assign(d) for d in self.documents_of(inputs, date, lang, bar))
            for result in self.extract(documents):
                for warning in result.warnings:
                    self.report(warning)
                story = result.document.story
                if story is not None and story != result.document.id:
                    for assertion in result.assertions:
                        assertion.story = story
                yield result
