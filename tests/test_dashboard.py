"""``make eval`` / ``geokg evaluate DIR``: every dev file scored, one table; and the two scorers
that only it and ``geokg evaluate`` use: attacks and protests (``ar_events_dev``) and ANERcorp's
entities.

A tiny dev folder is built from fixtures written for geokg (no dev sentence):
``fixtures/dev_tiny/ar_events_dev.jsonl`` (six detect lines and three spans lines in our own
Arabic), ``fixtures/dev_tiny/anercorp_train.txt`` (five of our own sentences tagged the ANERcorp
way), and the relation fixtures of ``test_evaluate.py`` under the names of the dev files.
"""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
from pathlib import Path

import pytest
from geokg.extract.dashboard import evaluate_path, file_kind, main, run
from geokg.extract.evaluate import GoldError
from geokg.extract.evaluate_events import read_events, score_events
from geokg.extract.model import Entity
from geokg.extract.pipeline import Extractor
from helpers import make_assertion

FIXTURES = Path(__file__).parent / "fixtures"
TINY = FIXTURES / "dev_tiny"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


@pytest.fixture(scope="module")
def dev_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dev")
    for name in ("ar_events_dev.jsonl", "anercorp_train.txt"):
        shutil.copy(TINY / name, folder / name)
    shutil.copy(FIXTURES / "news_gold.jsonl", folder / "en_news_dev.jsonl")
    shutil.copy(FIXTURES / "en_gold.jsonl", folder / "plover_gsr.jsonl")
    (folder / "notes.md").write_text("not a gold file\n", encoding="utf-8")
    return folder


def test_file_kinds(dev_dir):
    assert file_kind(dev_dir / "en_news_dev.jsonl") == "relations"
    assert file_kind(dev_dir / "ar_events_dev.jsonl") == "events"
    assert file_kind(dev_dir / "anercorp_train.txt") == "entities"
    assert file_kind(dev_dir / "notes.md") is None


def _event(doc, subject, obj, relation):
    """A hand-made prediction: the scorer is tested on known input, not on what the rules find today.
    Its CAMEO code is the relation's in the ontology (attacks 190, an airstrike 195, criticism 111)."""
    return make_assertion(doc, subject, relation, obj, "t", lang="ar")


def test_detect_and_spans():
    rus, syr, isr, tur = (
        Entity(q, n, "Country", country=c)
        for q, n, c in (
            ("Q159", "Russia", "RUS"),
            ("Q858", "Syria", "SYR"),
            ("Q801", "Israel", "ISR"),
            ("Q43", "Turkey", "TUR"),
        )
    )
    predictions = {
        "detect:assault:d1": [_event("detect:assault:d1", rus, syr, "attacks")],
        "detect:assault:d3": [_event("detect:assault:d3", isr, syr, "carriesOutAirstrikeOn")],
        "detect:assault:d4": [_event("detect:assault:d4", isr, syr, "attacks")],
        "detect:protest:d6": [_event("detect:protest:d6", tur, isr, "criticizes")],  # not a protest
        "spans:s1": [_event("spans:s1", rus, syr, "carriesOutAirstrikeOn")],
        "spans:s2": [_event("spans:s2", isr, tur, "attacks")],
    }
    report = score_events(read_events(TINY / "ar_events_dev.jsonl"), predictions)
    everything = report["all"]
    assault, protest = everything.detect["ASSAULT"], everything.detect["PROTEST"]
    # d1 found (yes), d2 not (easy no), d3 found on a difficult no, d4 ambiguous: left out
    assert (assault.tp, assault.fp, assault.fn, assault.tn, assault.ambiguous) == (1, 1, 0, 1, 1)
    assert (assault.difficult, assault.difficult_alarms) == (1, 1)
    assert (protest.tp, protest.fn, protest.tn) == (0, 1, 1)  # a criticism is no protest
    assert round(assault.f1, 3) == 0.667 and round(everything.macro_f1, 3) == 0.333
    assert everything.difficult_alarm_rate == 1.0
    s = everything.spans
    # s1 both countries right; s2 source right, no target given; s4 (the protest) not found
    assert (s.lines, s.found, s.source_given, s.source_right, s.target_given, s.target_right) == (3, 2, 3, 2, 2, 1)
    tune, check = report["tune"], report["check"]
    assert tune.spans.lines + check.spans.lines == 3
    assert tune.detect["ASSAULT"].tp + check.detect["ASSAULT"].tp == 1


def test_detect_counts_only_an_event_told_as_having_happened():
    rus, syr = Entity("Q159", "Russia", "Country", country="RUS"), Entity("Q858", "Syria", "Country", country="SYR")
    lines = read_events(TINY / "ar_events_dev.jsonl")
    told = _event("detect:assault:d1", rus, syr, "attacks")  # d1 is a yes
    for polarity, modality, found in (
        ("affirmed", "asserted", 1),
        ("affirmed", "reported", 1),  # "X said Y attacked Z"
        ("negated", "asserted", 0),  # "Y did not attack Z"
        ("affirmed", "expected", 0),  # "Y will attack Z"
        ("affirmed", "hypothetical", 0),  # "if Y attacks Z"
    ):
        a = dataclasses.replace(told, polarity=polarity, modality=modality)
        assault = score_events(lines, {"detect:assault:d1": [a]})["all"].detect["ASSAULT"]
        assert (assault.tp, assault.fn) == (found, 1 - found), (polarity, modality)


def test_events_file_runs_through_the_extractor(extractor):
    res = evaluate_path(TINY / "ar_events_dev.jsonl", extractor)
    everything = res.halves["all"]
    assert everything.spans.lines == 3
    assert sum(d.tp + d.fp + d.fn + d.tn + d.ambiguous for d in everything.detect.values()) == 6


def test_bad_events_line_names_file_and_line(tmp_path):
    bad = tmp_path / "ev.jsonl"
    bad.write_text('{"id": "x", "text": "t", "task": "detect", "event_type": "ASSAULT", "label": "perhaps"}\n')
    with pytest.raises(GoldError, match=f"{bad}:1: .*label"):
        read_events(bad)


def test_anercorp_entities(extractor):
    res = evaluate_path(TINY / "anercorp_train.txt", extractor)
    r = res.halves["all"]
    # Cairo, Damascus, the UN, Sudan and Paris linked, each on its gold span; the demonym and the
    # titles standing for their holders are counted apart, the Lebanese government as composed
    assert (r.sentences, r.linked, r.correct) == (5, 5, 5)
    assert (r.demonyms, r.titles, r.composed, r.composed_on_gold) == (1, 2, 1, 0)
    # four gold places are states, capitals or cities, all found; Nakhchivan is outside the data
    assert (r.loc_in_scope, r.loc_found) == (4, 4)
    assert dict(r.out_of_scope) == {"نخجوان": 1}
    assert res.halves["tune"].sentences == 1 and res.halves["check"].sentences == 4  # by half_of


def test_dashboard_on_a_dev_folder(dev_dir, extractor, capsys):
    assert run(dev_dir, extractor=extractor) == 0
    out = capsys.readouterr().out
    lines = out.rstrip("\n").splitlines()
    assert lines[0].startswith(f"geokg evaluate {dev_dir}: 4 files in ")
    header = lines[1].split()
    assert header == ["figure", "tune", "check", "all", "target"]
    rows = {line[: line.index("  ")]: line for line in lines[3:]}
    order = [label.split()[0] for label in rows]
    assert order == sorted(order, key=["ar_events_dev", "en_news_dev", "plover_gsr", "anercorp_train"].index)
    # The figures themselves move as the rules improve (the scorers are tested on hand-made
    # predictions above); here each row has its three halves and its target in the right shape.
    prf = r"\d\.\d{3}/\d\.\d{3}/\d\.\d{3} [✓✗]"
    strict = rows["en_news_dev strict P/R/F1"]
    assert len(re.findall(prf, strict)) == 3 and strict.endswith("F1≥0.60 R≥0.55 P≥0.65")
    assert re.search(r"\d+/11 \(\d+%\)", rows["en_news_dev attribution right"])
    assert re.search(r"\d+ in \d+/1\b", rows["en_news_dev false alarms (no-rel. sent.)"])
    assert len(re.findall(r"\d\.\d{3} [✓✗]", rows["ar_events_dev detect macro F1"])) == 3
    assert len(re.findall(r"\d\.\d\d/\d\.\d\d/\d\.\d\d [✓✗]", rows["ar_events_dev spans found/src/tgt"])) == 3
    assert "1.000/1.000 ✓" in rows["anercorp_train entities P/R"]
    assert "plover_gsr strict P/R/F1" in rows and len(lines) <= 25


def test_dashboard_errors_come_before_the_table_and_json(dev_dir, extractor, capsys):
    assert run(dev_dir, errors=True, half="check", extractor=extractor) == 0
    out = capsys.readouterr().out
    assert out.index("errors in") < out.index("geokg evaluate") and "n03 [check]" in out
    assert "[tune]" not in out.split("geokg evaluate")[0]
    assert run(dev_dir, fmt="json", extractor=extractor) == 0
    data = json.loads(capsys.readouterr().out)
    kinds = {Path(f["file"]).name: f["kind"] for f in data["files"]}
    assert kinds == {
        "ar_events_dev.jsonl": "events",
        "en_news_dev.jsonl": "relations",
        "plover_gsr.jsonl": "relations",
        "anercorp_train.txt": "entities",
    }


def test_an_unknown_file_is_a_one_line_error(dev_dir, capsys):
    assert run(dev_dir / "notes.md") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a gold file" in err


def test_make_eval_without_dev_data_says_so(tmp_path, capsys):
    assert main([str(tmp_path / "no-dev")]) == 0
    assert "no dev data at" in capsys.readouterr().out


def test_make_eval_runs_the_dashboard():
    # Read, not run: ``make -n`` would still run the install rule's recursive make.
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "DEV ?= ../shared/dev" in makefile
    recipe = makefile.split("\neval:", 1)[1].split("\n\n", 1)[0]
    assert "-m geokg.extract.dashboard $(DEV)" in recipe
