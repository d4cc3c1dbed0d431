"""Extraction throughput against bare spaCy tokenisation, on the same paragraphs.

Usage (from the repository root)::

    .venv/bin/python benchmarks/bench_extract.py [--size-mb 1.0] [--input PAGE.txt|FILE.jsonl]

The input defaults to the seed page (``../shared/seed/000_08a461d4136db840.txt`` relative to the
repository), falling back to the project's sample (``samples/news_ar.jsonl``) when it is absent.
The page is repeated, each copy its own input (as a folder of saved pages would be), until the
text reaches ``--size-mb`` megabytes of UTF-8. Both contenders see exactly the paragraphs the
page reader keeps (``Document.content_regions()``):

- geokg: ``Extractor.extract`` (tokenising, gazetteer linking, relations, times, assertions);
- baseline: ``spacy.blank("ar")`` tokenising the same paragraphs with ``nlp.pipe``; and, since
  spaCy's tokeniser caches every string it has analysed (repeated text hits that cache from the
  second copy on), also a fresh tokeniser per copy for the first ``--cold-copies`` copies.

Model loading is excluded from the timings (one warm-up run each). Printed: characters per
second for each, the ratios (target: geokg at least 1/5 of bare tokenisation; the exit status is
1 when missed), assertions and mentions found, and the process's peak resident memory
(``resource.getrusage``).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import spacy
from geokg.extract.documents import segment
from geokg.extract.model import Document
from geokg.extract.pipeline import Extractor

REPO = Path(__file__).resolve().parents[1]
SEED_PAGE = REPO / ".." / "shared" / "seed" / "000_08a461d4136db840.txt"
SAMPLE = REPO / "samples" / "news_ar.jsonl"
SEED_DATE = "2024-06-18"
TARGET_RATIO = 0.2  # geokg's chars/s over bare tokenisation's


@dataclass(frozen=True)
class Page:
    """One input to repeat: its text and the provenance segment() needs."""

    text: str
    date: str | None


@dataclass(frozen=True)
class Timing:
    name: str
    seconds: float
    chars: int

    @property
    def chars_per_second(self) -> float:
        return self.chars / self.seconds if self.seconds else float("inf")


def load_pages(path: Path | None) -> tuple[list[Page], str]:
    """The pages of the chosen input: a .txt page, or every record of a .jsonl file."""
    if path is None:
        path = SEED_PAGE if SEED_PAGE.is_file() else SAMPLE
    if path.suffix == ".jsonl":
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        return [Page(r["text"], r.get("date")) for r in records], str(path.resolve())
    return [Page(path.read_text(encoding="utf-8"), SEED_DATE)], str(path.resolve())


def repeat_documents(pages: list[Page], size_bytes: int) -> tuple[list[Document], int]:
    """Segment copies of the pages until their UTF-8 text reaches ``size_bytes``."""
    documents: list[Document] = []
    total = 0
    copy = 0
    while total < size_bytes:
        for page in pages:
            documents.extend(segment(page.text, f"bench-{copy:05d}", date=page.date, lang="ar"))
            total += len(page.text.encode("utf-8"))
            copy += 1
    return documents, total


def paragraphs(documents: list[Document]) -> list[str]:
    return [d.text[start:end] for d in documents for start, end in d.content_regions()]


def paragraphs_by_copy(documents: list[Document]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for d in documents:
        groups.setdefault(d.input_id or d.id, []).extend(paragraphs([d]))
    return list(groups.values())


def time_tokeniser(texts: list[str], batch_size: int) -> tuple[Timing, int]:
    nlp = spacy.blank("ar")
    for _ in nlp.pipe(texts[:50], batch_size=batch_size):  # warm-up
        pass
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
    seconds = time.perf_counter() - start
    return Timing('spacy.blank("ar") tokenising', seconds, sum(map(len, texts))), tokens


def time_tokeniser_cold(groups: list[list[str]], batch_size: int) -> Timing:
    """Each copy tokenised by a fresh tokeniser: spaCy caches the analysis of every string it has
    seen, so on repeated text the warm figure above is a best case real news will not reach."""
    seconds = 0.0
    for texts in groups:
        nlp = spacy.blank("ar")
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=batch_size):
            pass
        seconds += time.perf_counter() - start
    return Timing('spacy.blank("ar"), fresh per copy', seconds, sum(len(t) for texts in groups for t in texts))


def time_extractor(documents: list[Document], batch_size: int) -> tuple[Timing, int, int]:
    extractor = Extractor(batch_size=batch_size)
    list(extractor.extract(documents[:2]))  # warm-up: loads the pipeline and the gazetteer
    start = time.perf_counter()
    n_assertions = n_mentions = 0
    for result in extractor.extract(documents):
        n_assertions += len(result.assertions)
        n_mentions += len(result.mentions)
    seconds = time.perf_counter() - start
    return Timing("geokg Extractor.extract", seconds, sum(map(len, paragraphs(documents)))), n_assertions, n_mentions


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", type=Path, help="a .txt page or a .jsonl file (default: the seed page)")
    parser.add_argument("--size-mb", type=float, default=1.0, help="megabytes of UTF-8 text to process")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--cold-copies", type=int, default=10, help="copies timed with a fresh tokeniser each")
    args = parser.parse_args(argv)

    pages, source = load_pages(args.input)
    documents, size = repeat_documents(pages, int(args.size_mb * 1_000_000))
    texts = paragraphs(documents)
    print(f"input: {source}")
    print(
        f"text:  {size / 1e6:.2f} MB UTF-8, {sum(map(len, texts)):,} characters in "
        f"{len(texts):,} paragraphs of {len(documents):,} documents"
    )

    baseline, tokens = time_tokeniser(texts, args.batch_size)
    cold = time_tokeniser_cold(paragraphs_by_copy(documents)[: args.cold_copies], args.batch_size)
    rss_after_baseline = peak_rss_mb()
    ours, n_assertions, n_mentions = time_extractor(documents, args.batch_size)
    ratio = ours.chars_per_second / baseline.chars_per_second
    ratio_cold = ours.chars_per_second / cold.chars_per_second

    for timing in (baseline, cold, ours):
        print(f"{timing.name:<36} {timing.seconds:8.2f} s  {timing.chars_per_second:12,.0f} chars/s")
    print(f"tokens: {tokens:,} ({tokens / baseline.seconds:,.0f} tokens/s bare)")
    print(f"found:  {n_assertions:,} assertions, {n_mentions:,} mentions")
    verdict = "meets" if ratio >= TARGET_RATIO else "MISSES"
    print(f"ratio:  geokg / bare tokenisation = {ratio:.3f} (1/{1 / ratio:.1f}); {verdict} the target 1/5")
    print(f"        geokg / fresh tokeniser   = {ratio_cold:.3f} (1/{1 / ratio_cold:.1f})")
    print(f"peak RSS: {rss_after_baseline:.0f} MB after tokenising, {peak_rss_mb():.0f} MB after extraction")
    return 0 if ratio >= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
