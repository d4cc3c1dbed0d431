"""The command line as a user meets it: help, version, the options the README shows (as
sqlite-utils tests its docs), progress bars and quiet runs, and the query table's escaping.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from geokg.graph.cli import COMMANDS, build_parser, main

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
GEOKG = [sys.executable, "-m", "geokg.graph.cli"]


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


def _options(parser: argparse.ArgumentParser) -> dict[str, argparse.Action]:
    return {s: a for a in parser._actions for s in a.option_strings if s not in ("-h", "--help")}


def _readme_commands() -> list[list[str]]:
    """Every ``geokg ...`` line in the README's code blocks, as words (up to a quote, which
    starts a SPARQL query or a title)."""
    lines = []
    in_code = False
    for line in README.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            in_code = not in_code
            continue
        text = re.sub(r"^\s*(?:\$\s*)?(?:\.venv/bin/)?", "", line)
        if in_code and text.startswith("geokg "):
            words = re.split(r"['\"]", text, maxsplit=1)[0].replace("[", " ").replace("]", " ").replace("|", " ")
            lines.append(words.split())
    return lines


# --------------------------------------------------------------------------------------------
# Help and version


def test_no_arguments_prints_the_help_and_exits_0():
    done = subprocess.run(GEOKG, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0
    assert done.stdout.startswith("usage: geokg")
    for command in COMMANDS:
        assert command.name in done.stdout


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert re.fullmatch(r"geokg \d+\.\d+\.\d+\S*\n", capsys.readouterr().out)


@pytest.mark.parametrize("command", [c.name for c in COMMANDS])
def test_every_option_has_help(command):
    parser = _subparsers(build_parser())[command]
    assert parser.description
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        assert action.help and action.help.strip(), f"geokg {command} {action.option_strings or action.dest}: no help"


@pytest.mark.parametrize("command", [c.name for c in COMMANDS])
def test_command_help_exits_0(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: geokg {command}")


# --------------------------------------------------------------------------------------------
# The README against the parser, both ways


def test_every_command_and_option_the_readme_shows_exists():
    commands = _subparsers(build_parser())
    shown = _readme_commands()
    assert len(shown) >= len(commands)
    for words in shown:
        name = words[1]
        assert name in commands, f"README shows 'geokg {name}', which does not exist"
        options = _options(commands[name])
        for word in words[2:]:
            option = word.split("=")[0]
            if option.startswith("-") and option != "-":
                assert option in options, f"README shows 'geokg {name} {option}', which does not exist"


def test_every_command_and_option_is_in_the_readme():
    text = README.read_text(encoding="utf-8")
    shown = {(w[1], o) for w in _readme_commands() for o in w[2:] if o.startswith("-")}
    for name, parser in _subparsers(build_parser()).items():
        assert any(w[1] == name for w in _readme_commands()), f"geokg {name} is not in the README's synopsis"
        for action in dict.fromkeys(_options(parser).values()):
            # An option counts when its long form (or short form, if it has only one) is shown.
            longest = max(action.option_strings, key=len)
            assert (name, longest) in shown or f"`{longest}`" in text, f"geokg {name} {longest} is not in the README"


# --------------------------------------------------------------------------------------------
# Progress and quiet


NEWS = {"id": "p1", "date": "2024-03-05", "text": "وقعت مصر والأردن اليوم اتفاقية للتعاون في مجال الطاقة."}


def test_progress_bars_have_totals_and_quiet_has_none(tmp_path, capsys):
    news = tmp_path / "news.jsonl"
    news.write_text(json.dumps(NEWS, ensure_ascii=False) + "\n", encoding="utf-8")
    size = news.stat().st_size
    assert main(["build", str(news), "-o", str(tmp_path / "out"), "--progress"]) == 0
    err = capsys.readouterr().err
    # Each long stage draws a bar with its total: input bytes, assertions, N-Quads bytes, quads.
    assert re.search(rf"extracting: 100%\|.*\| {size}/{size} \[", err), err
    for stage in ("graph.nq: 100%", "store: 100%", "graph.trig, graph.ttl: 100%", "graph.html: 100%"):
        assert stage in err
    assert err.rstrip().splitlines()[-1].startswith("geokg: 1 documents read")
    # Not a terminal (as here) and no --progress: no bars; --quiet: not even the summary.
    assert main(["build", str(news), "-o", str(tmp_path / "out"), "--no-viewer"]) == 0
    assert "%|" not in capsys.readouterr().err
    assert main(["build", str(news), "-o", str(tmp_path / "out"), "--no-viewer", "--progress", "-q"]) == 0
    assert capsys.readouterr().err == ""


# --------------------------------------------------------------------------------------------
# The query table


def test_the_query_table_sends_no_bidi_control_or_line_break_to_the_terminal(tmp_path, capsys):
    hostile = "Iran \u202eSIHT DAER\u202c | \u2066x\u2069 \u2028next\x1b[31m"
    ttl = tmp_path / "g.ttl"
    ttl.write_text(f"<http://example.org/s> <http://example.org/p> {json.dumps(hostile)} .\n", encoding="utf-8")
    assert main(["query", str(ttl), "SELECT ?o WHERE { ?s <http://example.org/p> ?o }"]) == 0
    out = capsys.readouterr().out
    assert not re.search("[\u202a-\u202e\u2066-\u2069\u2028\x1b]", out)
    assert "\\u202e" in out and "\\u2066" in out and "\\u2028" in out and "\\u001b" in out
    assert len(out.splitlines()) == 3  # header, rule, one row
