"""Furniture rules against real news: no sentence of the dev sets is taken for page furniture.

Reads ``../shared/dev/`` (ANERcorp train, Arabic; PLOVER gold standard, English) and skips with
the reason when it is absent. Each sentence, read as a page of its own, must come back whole.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from geokg.extract.documents import segment

DEV = Path(__file__).resolve().parents[1] / ".." / "shared" / "dev"


def _anercorp() -> list[str]:
    path = DEV / "anercorp_train.txt"
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared dev sets)")
    found, current = [], []
    for line in path.open(encoding="utf-8"):
        line = line.strip()
        if not line:
            if current:
                found.append(" ".join(current))
                current = []
        else:
            current.append(line.rsplit(" ", 1)[0])
    return found + ([" ".join(current)] if current else [])


def _plover() -> list[str]:
    path = DEV / "plover_gsr.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared dev sets)")
    return [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]


@pytest.mark.parametrize("sentences", [_anercorp, _plover], ids=["anercorp-ar", "plover-en"])
def test_no_real_sentence_is_taken_for_furniture(sentences):
    dropped = []
    for text in sentences():
        kept = sum(end - start for doc in segment(text, "s") for start, end in doc.content_regions())
        if kept < len(text.strip()):
            dropped.append(text)
    assert dropped == []
