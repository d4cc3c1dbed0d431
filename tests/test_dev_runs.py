"""Every text of the shared dev files runs through the extractor without an error.

The extractor skips a document whose rules raise (one bad record must not end a run), so a
broken rule shows on the dashboard only as a warning line and a lower figure. This test reads
``../shared/dev/`` (skipping with the reason when it is absent) and names the file and line of
any text whose extraction failed, never the text itself.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from geokg.extract.model import Document
from geokg.extract.pipeline import RAISE_ERRORS, Extractor

DEV = Path(__file__).resolve().parents[1] / ".." / "shared" / "dev"
FILES = ["ar_news_dev_b.jsonl", "ar_news_dev_a.jsonl", "ar_events_dev.jsonl", "en_news_dev.jsonl", "plover_gsr.jsonl"]


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def _documents(path: Path) -> list[Document]:
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared dev sets)")
    out = []
    for number, line in enumerate(path.open(encoding="utf-8"), 1):
        if line.strip():
            record = json.loads(line)
            origin = f"{path.name}:{number}"
            out.append(Document(id=origin, text=record["text"], lang=record.get("lang"), origin=origin))
    return out


@pytest.mark.parametrize("name", FILES)
def test_every_dev_text_extracts_without_an_error(name, extractor, monkeypatch):
    monkeypatch.delenv(RAISE_ERRORS, raising=False)  # report each failure, do not stop at the first
    failed = [
        w.split(": extraction failed")[0] + ": " + w.split("(")[1].split(":")[0]
        for result in extractor.extract(_documents(DEV / name))
        for w in result.warnings
        if "extraction failed" in w
    ]
    assert not failed, failed
