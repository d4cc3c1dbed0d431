"""Document ids and dates as read (CONTRACT §1): feed items never lose each other or another
outlet's items, ids are strings that can name a document in an IRI, an invalid date is reported
and dropped (the document is still read), and a replaced document is reported.

Every sentence here was written for this test.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from geokg.extract.documents import InputProblem, date_problem, id_problem, read_inputs
from geokg.graph.cli import main
from rdflib import Dataset, Graph

TEXT_A = "وقعت السعودية والإمارات اتفاقية للتعاون الاقتصادي."
TEXT_B = "شنت إسرائيل غارات جوية على مواقع في سوريا فجر اليوم."


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--no-progress"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _read(path: Path) -> tuple[list, list]:
    items = list(read_inputs([str(path)]))
    return [d for d in items if not isinstance(d, InputProblem)], [p for p in items if isinstance(p, InputProblem)]


def _rss(channel_link: str | None, items: list[dict]) -> str:
    def item(i: dict) -> str:
        parts = [f"<title>{i['title']}</title>"] if "title" in i else []
        if "link" in i:
            parts.append(f"<link>{i['link']}</link>")
        if "guid" in i:
            parts.append(f'<guid isPermaLink="false">{i["guid"]}</guid>')
        if "date" in i:
            parts.append(f"<pubDate>{i['date']}</pubDate>")
        parts.append(f"<description>{i['text']}</description>")
        return "<item>" + "".join(parts) + "</item>"

    link = f"<link>{channel_link}</link>" if channel_link else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>نشرة</title>'
        f"{link}<language>ar</language>{''.join(item(i) for i in items)}</channel></rss>\n"
    )


# --------------------------------------------------------------------------------------------
# Feed items


def test_live_blog_items_sharing_a_link_without_guid_are_all_kept(tmp_path):
    feed = tmp_path / "live.rss"
    link = "https://live.example.net/blog/summit"
    feed.write_text(
        _rss(
            "https://live.example.net/",
            [
                {"title": "تحديث 1", "link": link, "date": "Mon, 13 May 2024 09:00:00 +0000", "text": TEXT_A},
                {"title": "تحديث 2", "link": link, "date": "Mon, 13 May 2024 10:00:00 +0000", "text": TEXT_B},
                {"title": "تحديث 3", "link": link, "date": "Mon, 13 May 2024 11:00:00 +0000", "text": TEXT_A + " 3"},
            ],
        ),
        encoding="utf-8",
    )
    docs, problems = _read(feed)
    assert problems == []
    assert len({d.id for d in docs}) == 3
    assert all(re.fullmatch(re.escape(link) + r"#[0-9a-f]{12}", d.id) for d in docs)
    # The same feed read again gives the same ids (an update replaces, never duplicates).
    assert [d.id for d in _read(feed)[0]] == [d.id for d in docs]


def test_two_outlets_with_the_same_guid_never_collide(tmp_path, capsys):
    first = tmp_path / "alpha.rss"
    first.write_text(_rss("https://alpha.example.com/", [{"guid": "1001", "title": "أ", "text": TEXT_A}]), "utf-8")
    second = tmp_path / "beta.xml"
    second.write_text(
        _rss("https://www.beta.example.org/ar", [{"guid": "1001", "title": "ب", "text": TEXT_B}]), "utf-8"
    )
    assert [d.id for d in _read(first)[0]] == ["alpha.example.com:1001"]
    assert [d.id for d in _read(second)[0]] == ["beta.example.org:1001"]
    out = tmp_path / "out"
    assert _run(capsys, "build", str(first), "-o", str(out), "--no-viewer")[0] == 0
    code, _, err = _run(capsys, "build", str(second), "-o", str(out), "--no-viewer", "--update")
    assert code == 0, err
    assert "replaces" not in err
    assert {d["id"] for d in _jsonl(out / "documents.jsonl")} == {"alpha.example.com:1001", "beta.example.org:1001"}


def test_a_uri_guid_stays_as_it_is_and_an_item_with_nothing_but_text_is_named_by_it(tmp_path):
    feed = tmp_path / "mixed.rss"
    feed.write_text(
        _rss(None, [{"guid": "https://gamma.example.com/a/7", "text": TEXT_A}, {"text": TEXT_B}, {"text": TEXT_A}]),
        encoding="utf-8",
    )
    docs, problems = _read(feed)
    assert problems == []
    ids = [d.id for d in docs]
    assert ids[0] == "https://gamma.example.com/a/7"
    # No link anywhere: the namespace is the feed's title; the text tells the items apart.
    assert all(re.fullmatch(r"نشرة:[0-9a-f]{16}", i) for i in ids[1:]) and ids[1] != ids[2]


def test_a_replaced_document_is_reported(tmp_path, capsys):
    old = tmp_path / "old.jsonl"
    old.write_text(json.dumps({"id": "r1", "source": "وكالة ألف", "text": TEXT_A}) + "\n", encoding="utf-8")
    new = tmp_path / "new.jsonl"
    new.write_text(json.dumps({"id": "r1", "source": "وكالة باء", "text": TEXT_B}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert _run(capsys, "build", str(old), "-o", str(out), "--no-viewer")[0] == 0
    code, _, err = _run(capsys, "build", str(new), "-o", str(out), "--no-viewer", "--update")
    assert code == 0
    (note,) = [line for line in err.splitlines() if "replaces" in line]
    assert note.startswith(f"geokg: {new}:1: document 'r1' replaces the previous build's 'r1'")
    assert "وكالة ألف" in note
    assert [d["source"] for d in _jsonl(out / "documents.jsonl")] == ["وكالة باء"]


# --------------------------------------------------------------------------------------------
# Ids


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (None, "missing required field 'id'"),
        ("  ", "missing required field 'id'"),
        (1001, "'id' must be a string, not a number"),
        (True, "'id' must be a string, not true/false"),
        (["a"], "'id' must be a string, not a list"),
        (".", "cannot name a document"),
        ("..", "cannot name a document"),
        ("a.b", None),
        ("../x", None),
    ],
)
def test_id_problem(value, reason):
    found = id_problem(value)
    assert found == reason if reason is None else reason in found


def test_bad_ids_are_reported_and_the_graph_still_parses(tmp_path, capsys):
    records = [
        {"id": 1001, "text": TEXT_A},
        {"id": True, "text": TEXT_A},
        {"id": ".", "text": TEXT_A},
        {"id": "..", "text": TEXT_B},
        {"id": "good", "text": TEXT_B},
    ]
    inputs = tmp_path / "ids.jsonl"
    inputs.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    # A text file named "..txt" has no stem to take: its id is its name.
    (tmp_path / "..txt").write_text(TEXT_A + "\n", encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = _run(capsys, "build", str(inputs), str(tmp_path / "..txt"), "-o", str(out), "--no-viewer")
    assert code == 3
    assert [line.split(": ")[1] for line in err.splitlines()[:4]] == [f"{inputs}:{n}" for n in (1, 2, 3, 4)]
    assert {d["id"] for d in _jsonl(out / "documents.jsonl")} == {"good", "..txt"}
    Graph().parse(out / "graph.ttl", format="turtle")
    Dataset().parse(out / "graph.trig", format="trig")


# --------------------------------------------------------------------------------------------
# Dates


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("2024-06-18", True),
        ("2024-06-18T10:30:00Z", True),
        ("2024-06-18 10:30:00+03:00", True),
        ("2024-02-30", False),
        ("2025-13-45", False),
        ("not-a-date", False),
        ("yesterday", False),
        ("18/06/2024", False),
        (20240618, False),
    ],
)
def test_date_problem(value, ok):
    assert (date_problem(value) is None) == ok


def test_an_invalid_date_is_reported_and_dropped(tmp_path, capsys):
    records = [
        {"id": "d1", "date": "2024-02-30", "text": TEXT_A},
        {"id": "d2", "date": "not-a-date", "text": TEXT_B},
        {"id": "d3", "date": "2024-03-01", "text": TEXT_A + " ٣"},
    ]
    inputs = tmp_path / "dates.jsonl"
    inputs.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = _run(capsys, "build", str(inputs), "-o", str(out), "--no-viewer", "--date", "2024-01-15")
    assert code == 3
    problems = [line for line in err.splitlines() if "'date'" in line]
    assert problems == [
        f"geokg: {inputs}:1: 'date' \"2024-02-30\": not a valid date (day is out of range for month); read without it",
        f"geokg: {inputs}:2: 'date' \"not-a-date\": not an ISO 8601 date (YYYY-MM-DD); read without it",
    ]
    # Read all the same, with --date in place of the date they gave (as for a record with none).
    dates = {d["id"]: d.get("date") for d in _jsonl(out / "documents.jsonl")}
    assert dates == {"d1": "2024-01-15", "d2": "2024-01-15", "d3": "2024-03-01"}


def test_an_invalid_date_option_is_bad_usage(capsys):
    for value in ("2025-13-45", "yesterday", "2024-02-30"):
        with pytest.raises(SystemExit) as exit_info:
            main(["extract", "x.jsonl", "--date", value])
        assert exit_info.value.code == 2
        err = capsys.readouterr().err
        assert f"argument --date: '{value}'" in err and "e.g. 2024-06-18" in err
