"""The candidate Arabic triggers (ontology/candidates/ar_triggers.tsv): well formed, new, and not
loaded by the product."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from geokg.extract.normalize import normalize_token
from geokg.ontology import Ontology

CANDIDATES = Path(__file__).resolve().parents[1] / "ontology" / "candidates" / "ar_triggers.tsv"
ARABIC = re.compile(
    r"^[\u0621-\u063A\u0641-\u064A]+(/[\u0621-\u063A\u0641-\u064A]+)?( [\u0621-\u063A\u0641-\u064A]+)*$"
)


def test_candidates_are_new_and_not_loaded() -> None:
    onto = Ontology.from_files(use_cache=False)
    loaded = {normalize_token(t) for r in onto.relations.values() for t in r.triggers.get("ar", ())}
    with CANDIDATES.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert len(rows) >= 20
    for row in rows:
        assert row["relation"] in onto.relations, row
        assert re.fullmatch(r"\d{3,4}", row["code"]), row
        assert ARABIC.match(row["form"]), row
        assert normalize_token(row["form"]) not in loaded, row
        assert row["source"] == "geokg" or row["source"].startswith("petrarch-ar:"), row
        assert row["note"], row
