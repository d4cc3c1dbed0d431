"""``geokg evaluate FILE --misses``: the missed gold relations counted by class and CAMEO root.

A tiny gold file of our own, written here: one relation found (rec-alpha, tune), one missed with
both actors mentioned and joined under another code (rec-beta, check: praise read, criticism
coded), one missed whose object is never mentioned (rec-gamma, tune). The output is counts only:
no record's text or id may appear in it.
"""

from __future__ import annotations

import doctest
import json

import pytest
from geokg.extract import evaluate_misses
from geokg.extract.dashboard import run
from geokg.extract.evaluate import half_of, read_gold
from geokg.extract.evaluate_misses import MissKey, file_misses
from geokg.graph.cli import main


def _actor(label: str, country: str) -> dict:
    return {"label": label, "country": country, "sector": None}


def _record(rid: str, text: str, subject: dict, obj: dict) -> dict:
    event = {"subject": [subject], "cameo": "111", "object": [obj], "polarity": "affirmed", "modality": "asserted"}
    return {"id": rid, "text": text, "date": "2011-03-02", "lang": "en", "gold": [event | {"attributed_to": None}]}


RECORDS = [
    _record("rec-alpha", "Japan condemned Italy.", _actor("Japan", "JPN"), _actor("Italy", "ITA")),
    _record("rec-beta", "Kenya praised Uganda.", _actor("Kenya", "KEN"), _actor("Uganda", "UGA")),
    _record("rec-gamma", "Brazil condemned the attack.", _actor("Brazil", "BRA"), _actor("Argentina", "ARG")),
]
# (Kenya's praise has no trigger of the gold's root 11; Brazil's condemnation has one)
BOTH_JOINED = MissKey("both found", False, True)
OBJECT_MISSING = MissKey("object missing", True, False)


@pytest.fixture()
def gold_file(tmp_path):
    path = tmp_path / "tiny_gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return path


def _assert_counts_only(out: str) -> None:
    for r in RECORDS:
        assert r["id"] not in out and r["text"] not in out
        assert not any(a["label"] in out for ev in r["gold"] for a in ev["subject"] + ev["object"])


def test_the_halves_of_the_fixture():
    assert [half_of(r["id"]) for r in RECORDS] == ["tune", "check", "tune"]


def test_misses_are_counted_by_class_and_root(gold_file, extractor):
    counts = file_misses(read_gold(gold_file), extractor)
    assert {k: dict(c) for k, c in counts["tune"].by_key.items()} == {OBJECT_MISSING: {"11": 1}}
    assert {k: dict(c) for k, c in counts["check"].by_key.items()} == {BOTH_JOINED: {"11": 1}}
    assert counts["all"].total == 2 and set(counts["all"].by_key) == {OBJECT_MISSING, BOTH_JOINED}


def test_text_output_is_counts_only(gold_file, extractor, capsys):
    assert run(gold_file, half="check", misses=True, extractor=extractor) == 0
    out = capsys.readouterr().out
    misses = out[out.index("misses in") :]
    assert misses.strip().splitlines() == [
        f"misses in {gold_file} (half check): 1 gold relations missed (strict)",
        "     1  both found, no trigger of root, joined with another code or way  11:1",
    ]
    _assert_counts_only(out)


def test_json_output_has_the_misses_of_each_half(gold_file, extractor, capsys):
    assert run(gold_file, fmt="json", misses=True, extractor=extractor) == 0
    out = capsys.readouterr().out
    misses = json.loads(out)["misses"]
    assert list(misses) == ["tune", "check", "all"]
    assert misses["tune"] == {
        "half": "tune",
        "missed": 1,
        "classes": [{"actors": "object missing", "trigger": True, "joined": False, "count": 1, "by_root": {"11": 1}}],
    }
    assert misses["all"]["missed"] == 2
    _assert_counts_only(out)


def test_no_misses_section_without_the_flag(gold_file, extractor, capsys):
    assert run(gold_file, fmt="json", extractor=extractor) == 0
    assert "misses" not in json.loads(capsys.readouterr().out)


def test_the_cli_flag(gold_file, capsys):
    assert main(["evaluate", str(gold_file), "--misses", "--half", "tune"]) == 0
    out = capsys.readouterr().out
    assert "misses in" in out and "     1  object missing, trigger of root  11:1" in out and "(half check)" not in out
    _assert_counts_only(out)


def test_doctests():
    assert doctest.testmod(evaluate_misses).failed == 0


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Kenya praised Uganda.", {"05"}, {"11", "19"}),
        ("Kenya condemned Uganda on Monday.", {"11"}, {"05"}),
        # a light verb and its event noun (a frame), and a PLOVER type beside the root
        ("Kenya imposed sanctions on Uganda.", {"16", "COERCE"}, {"05"}),
        ("Kenya launched a fresh offensive against the rebels.", {"19"}, {"05", "11"}),
        # a multiword trigger in a row, not its words apart
        ("Kenya expressed optimism about the talks.", {"01"}, set()),
        # words, not a parse: a frame's verb and its noun anywhere in the text count
        ("Kenya lifted the wall of the old curfew office.", {"08"}, set()),
        ("Kenya met Uganda.", {"04"}, {"08", "16"}),
    ],
)
def test_english_triggers_by_root(extractor, text, present, absent):
    roots = evaluate_misses.EnglishTriggers(extractor).roots(text)
    assert present <= roots and not absent & roots
