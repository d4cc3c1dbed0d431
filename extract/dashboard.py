"""``geokg evaluate PATH``: a dev file scored, or every dev file of a folder in one dashboard.

A file is scored by its kind, found from its content:

- a relation gold file (JSON Lines with ``gold``: ``ar_news_dev_*``, ``en_news_dev``,
  ``plover_gsr``): ``geokg.extract.evaluate``;
- an events file (JSON Lines with ``task``: ``ar_events_dev``): ``geokg.extract.evaluate_events``;
- ANERcorp (``token TAG`` lines): ``geokg.extract.evaluate_entities``.

A folder (``make eval`` gives ``../shared/dev``) is scored file by file with one extractor, loaded
once, in one process, and summed up in one table: a row per key figure, a column per half (tune,
check, all; TEAM.md), the issue's target beside it and a mark where a half meets it (a count
target such as "≤ 10 false alarms on 199 sentences" is applied to a half in proportion to its
size). Nothing is cached between runs beyond what the pipelines themselves cache by content.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .evaluate import HALVES, GoldError, extract_results, format_errors, format_report, predict, read_gold, score_halves
from .evaluate_actors import ActorMatcher
from .evaluate_entities import TARGET_PRECISION, TARGET_RECALL, measure_halves
from .evaluate_events import read_events, score_events
from .evaluate_misses import MissCounts, file_misses, format_misses

__all__ = ["FileResult", "dashboard_rows", "evaluate_dev", "evaluate_path", "file_kind", "format_dashboard", "run"]

# The order of the dashboard; other files of a known kind follow, by name.
DEV_FILES = (
    "ar_news_dev_b.jsonl",
    "ar_news_dev_a.jsonl",
    "ar_events_dev.jsonl",
    "en_news_dev.jsonl",
    "plover_gsr.jsonl",
    "anercorp_train.txt",
)


@dataclass
class FileResult:
    path: Path
    kind: str  # relations | events | entities
    halves: dict[str, Any]  # half -> Report | EventsReport | EntityReport
    gold: dict[str, Any] = field(default_factory=dict)  # doc id -> GoldDocument (relations)
    results: dict[str, Any] = field(default_factory=dict)  # doc id -> extraction result (relations)
    warnings: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.stem


def file_kind(path: str | Path) -> str | None:
    """``relations``, ``events`` or ``entities``, from the file's first line; None otherwise."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8") as fh:
            first = next((line for line in fh if line.strip()), "")
    except (OSError, UnicodeDecodeError):
        return None
    try:
        row = json.loads(first)
    except json.JSONDecodeError:
        parts = first.split()
        return "entities" if len(parts) == 2 and (parts[1] == "O" or parts[1][:2] in ("B-", "I-")) else None
    if not isinstance(row, dict):
        return None
    return "events" if "task" in row else "relations" if "text" in row else None


def evaluate_path(path: str | Path, extractor: Any, matcher: ActorMatcher | None = None) -> FileResult:
    """Score one file with an extractor already loaded; ``GoldError`` for a bad file."""
    path = Path(path)
    kind = file_kind(path)
    if kind == "relations":
        gold = read_gold(path)
        warnings: list[str] = []
        # (kept whole: the counts of misses read the mentions too, with no second run)
        results = extract_results((gd.document for gd in gold), extractor, warnings)
        halves = score_halves(gold, {i: r.assertions for i, r in results.items()}, matcher)
        return FileResult(path, kind, halves, {gd.document.id: gd for gd in gold}, results, warnings)
    if kind == "events":
        lines = read_events(path)
        warnings = []
        preds = predict((line.document for line in lines), extractor, warnings)
        return FileResult(path, kind, score_events(lines, preds), warnings=warnings)
    if kind == "entities":
        return FileResult(path, kind, measure_halves(path, nlp=getattr(extractor, "nlp_ar", None)))
    raise GoldError(f"{path}: not a gold file geokg knows (relation or events JSON Lines, or 'token TAG' lines)")


def evaluate_dev(folder: str | Path, extractor: Any = None) -> list[FileResult]:
    """Every dev file of a folder, in the dashboard's order, with one extractor."""
    from .pipeline import Extractor

    folder = Path(folder)
    known = [folder / name for name in DEV_FILES if (folder / name).is_file()]
    others = sorted(p for p in folder.iterdir() if p.is_file() and p not in known and file_kind(p))
    extractor = extractor or Extractor()
    matcher = ActorMatcher()
    return [evaluate_path(p, extractor, matcher) for p in known + others]


# --- the dashboard --------------------------------------------------------------------------------


@dataclass
class Row:
    label: str
    cells: dict[str, str]  # half -> figure
    target: str = ""
    met: dict[str, bool] = field(default_factory=dict)


def _prf(s: Any) -> str:
    return f"{s.precision:.3f}/{s.recall:.3f}/{s.f1:.3f}"


def _row(label: str, halves: dict[str, Any], cell: Callable[[Any], str], target: str = "", ok=None) -> Row:
    return Row(
        label,
        {h: cell(r) for h, r in halves.items()},
        target,
        {h: bool(ok(r)) for h, r in halves.items()} if ok else {},
    )


# Targets of issues 12 and 13 (and issue 4 for ANERcorp), by file: (text, test of a report).
STRICT_TARGETS: dict[str, tuple[str, Callable[[Any], bool]]] = {
    "ar_news_dev_b": (
        "F1≥0.55 R≥0.50 P≥0.60",
        lambda r: r.strict.f1 >= 0.55 and r.strict.recall >= 0.50 and r.strict.precision >= 0.60,
    ),
    "en_news_dev": (
        "F1≥0.60 R≥0.55 P≥0.65",
        lambda r: r.strict.f1 >= 0.60 and r.strict.recall >= 0.55 and r.strict.precision >= 0.65,
    ),
    "plover_gsr": ("F1≥0.65", lambda r: r.strict.f1 >= 0.65),
}
NO_RELATION_SENTENCES, MAX_FALSE_ALARMS = 199, 10  # ar_news_dev_a
GOLD_RELATIONS, MIN_FOUND = 14, 8


def _relation_rows(res: FileResult) -> list[Row]:
    n = res.name
    target, ok = STRICT_TARGETS.get(n, ("", None))
    rows = [_row(f"{n} strict P/R/F1", res.halves, lambda r: _prf(r.strict), target, ok)]
    if n == "ar_news_dev_a":
        rows.append(
            _row(
                f"{n} relations found",
                res.halves,
                lambda r: f"{r.strict.correct}/{r.strict.gold}",
                f"≥{MIN_FOUND} of {GOLD_RELATIONS}",
                lambda r: r.strict.correct * GOLD_RELATIONS >= MIN_FOUND * r.strict.gold,
            )
        )
    rows.append(_row(f"{n} +pol/mod F1 · loose F1", res.halves, lambda r: f"{r.strict_pm.f1:.3f} · {r.loose.f1:.3f}"))
    if any(gd.news for gd in res.gold.values()):
        rows.append(
            _row(
                f"{n} attribution right",
                res.halves,
                lambda r: (
                    f"{r.attribution_right}/{r.attribution_judged} ({r.attribution:.0%})"
                    if r.attribution_judged
                    else "-"
                ),
            )
        )
    if res.halves["all"].empty_documents:
        fa_target, fa_ok = "", None
        if n == "ar_news_dev_a":
            fa_target = f"≤{MAX_FALSE_ALARMS} on {NO_RELATION_SENTENCES}"
            fa_ok = lambda r: r.false_alarms * NO_RELATION_SENTENCES <= MAX_FALSE_ALARMS * r.empty_documents  # noqa: E731
        rows.append(
            _row(
                f"{n} false alarms (no-rel. sent.)",
                res.halves,
                lambda r: f"{r.false_alarms} in {r.false_alarm_documents}/{r.empty_documents}",
                fa_target,
                fa_ok,
            )
        )
    return rows


def _events_rows(res: FileResult) -> list[Row]:
    n = res.name
    h = res.halves
    rows = [_row(f"{n} detect {t} P/R/F1", h, lambda r, t=t: _prf(r.detect[t])) for t in h["all"].detect]
    rows.append(_row(f"{n} detect macro F1", h, lambda r: f"{r.macro_f1:.3f}", "≥0.65", lambda r: r.macro_f1 >= 0.65))
    rows.append(
        _row(
            f"{n} detect difficult-no alarms",
            h,
            lambda r: f"{r.difficult_alarm_rate:.1%}",
            "≤25%",
            lambda r: r.difficult_alarm_rate <= 0.25,
        )
    )

    def spans(r: Any) -> str:
        s = r.spans
        return f"{s.rate(s.found, s.lines):.2f}/{s.rate(s.source_right, s.source_given):.2f}/{s.rate(s.target_right, s.target_given):.2f}"

    def spans_ok(r: Any) -> bool:
        s = r.spans
        return (
            s.rate(s.found, s.lines) >= 0.75
            and s.rate(s.source_right, s.source_given) >= 0.70
            and s.rate(s.target_right, s.target_given) >= 0.70
        )

    rows.append(_row(f"{n} spans found/src/tgt", h, spans, "≥0.75/0.70/0.70", spans_ok))
    return rows


def _entity_rows(res: FileResult) -> list[Row]:
    return [
        _row(
            f"{res.name} entities P/R",
            res.halves,
            lambda r: f"{r.precision:.3f}/{r.recall:.3f}",
            f"P≥{TARGET_PRECISION:.2f} R≥{TARGET_RECALL:.2f}",
            lambda r: r.precision >= TARGET_PRECISION and r.recall >= TARGET_RECALL,
        )
    ]


def dashboard_rows(results: list[FileResult]) -> list[Row]:
    rows: list[Row] = []
    for res in results:
        rows.extend({"relations": _relation_rows, "events": _events_rows, "entities": _entity_rows}[res.kind](res))
    return rows


def format_dashboard(results: list[FileResult], title: str = "", halves: tuple[str, ...] = HALVES) -> str:
    """The table: a row per key figure, a column per half (tune, check, all), the target."""
    rows = dashboard_rows(results)
    width = max([len(r.label) for r in rows] + [10])
    cell = max([len(c + _mark(r, h)) for r in rows for h, c in r.cells.items()] + [6]) + 2
    lines = [title] if title else []
    lines.append(f"{'figure':<{width}}  " + "".join(f"{h:<{cell}}" for h in halves) + "target")
    lines.append("-" * (width + 2 + cell * len(halves) + 20))
    for r in rows:
        cells = "".join(f"{r.cells[h] + _mark(r, h):<{cell}}" for h in halves)
        lines.append(f"{r.label:<{width}}  {cells}{r.target}")
    return "\n".join(lines) + "\n"


def _mark(row: Row, half: str) -> str:
    if half not in row.met:
        return ""
    return " ✓" if row.met[half] else " ✗"


# --- the command ----------------------------------------------------------------------------------


def run(
    path: str | Path,
    half: str | None = None,
    errors: bool = False,
    fmt: str = "text",
    misses: bool = False,
    out: TextIO | None = None,
    err: TextIO | None = None,
    extractor: Any = None,
) -> int:
    """``geokg evaluate PATH``: 0 done, 1 the gold cannot be read, 3 done with skipped input.

    The report of a file is followed by its errors (``errors``); a folder's errors come first,
    so that the dashboard table is always the end of the output. ``misses`` adds the counts of
    the missed gold relations of each relation file (``evaluate_misses``)."""
    import sys

    from .pipeline import Extractor

    out, err = out or sys.stdout, err or sys.stderr
    path = Path(path)
    started = time.perf_counter()
    extractor = extractor or Extractor()
    try:
        if path.is_dir():
            results = evaluate_dev(path, extractor)
        elif not path.is_file():
            raise GoldError(f"{path}: no such file or folder")
        else:
            results = [evaluate_path(path, extractor)]
    except GoldError as e:
        print(f"geokg: {e}", file=err)
        return 1
    seconds = time.perf_counter() - started
    warnings = [w for res in results for w in res.warnings]
    for w in warnings:
        print(f"geokg: {w}", file=err)
    missed = {res.path: _misses(res, half, extractor) for res in results if misses and res.kind == "relations"}
    if fmt == "json":
        report = json.dumps(_json(results, half, seconds, missed), indent=2, ensure_ascii=False) + "\n"
    elif path.is_dir():
        report = format_dashboard(results, f"geokg evaluate {path}: {len(results)} files in {seconds:.1f} s")
    else:
        report = _file_text(results[0], half)
    listing = "".join(_errors_text(res, half) for res in results) if errors else ""
    if fmt != "json":
        listing += "".join(format_misses(m, p) + "\n" for p, m in missed.items())
    out.write(listing + report if path.is_dir() else report + ("\n" + listing if listing else ""))
    return 3 if warnings else 0


def _misses(res: FileResult, half: str | None, extractor: Any) -> dict[str, MissCounts]:
    counts = file_misses(res.gold.values(), extractor, res.results)
    return {h: counts[h] for h in ((half,) if half else HALVES)}


def _json(
    results: list[FileResult], half: str | None, seconds: float, missed: dict[Path, dict[str, MissCounts]]
) -> dict[str, Any]:
    def one(res: FileResult) -> dict[str, Any]:
        body = res.halves[half or "all"].to_json()
        if half is None:
            body["halves"] = {h: res.halves[h].to_json() for h in ("tune", "check")}
        if res.path in missed:
            body["misses"] = {h: m.to_json() for h, m in missed[res.path].items()}
        return {"file": str(res.path), "kind": res.kind} | body

    if len(results) == 1:
        return one(results[0])
    return {"seconds": round(seconds, 1), "files": [one(r) for r in results]}


def _file_text(res: FileResult, half: str | None) -> str:
    halves = {h: res.halves[h] for h in ((half,) if half else HALVES)}
    title = f"geokg evaluate {res.path}"
    if res.kind == "relations":
        return format_report(halves, title)
    return format_dashboard([res], title, tuple(halves))


def _errors_text(res: FileResult, half: str | None) -> str:
    report = res.halves[half or "all"]
    if res.kind == "relations":
        return f"errors in {res.path} (half {report.half}):\n" + format_errors(report, res.gold) + "\n"
    if res.kind == "events":
        lines = [f"{doc} [{h}] {what}" for doc, h, what in report.errors]
        return f"errors in {res.path} (half {report.half}):\n" + "\n".join(lines) + "\n\n"
    return ""


def main(argv: list[str] | None = None) -> int:
    """``python -m geokg.extract.dashboard [DEV]`` (``make eval``): the dashboard of a dev folder,
    or a note and status 0 when the folder is absent (a checkout without ``../shared/dev``)."""
    import argparse

    parser = argparse.ArgumentParser(description="the dev dashboard: every dev file scored, one table")
    parser.add_argument("dev", nargs="?", default="../shared/dev", help="the dev folder (default: ../shared/dev)")
    args = parser.parse_args(argv)
    if not Path(args.dev).is_dir():
        print(f"no dev data at {args.dev} (development checkouts and CI have ../shared/dev); nothing to evaluate")
        return 0
    return run(args.dev)


if __name__ == "__main__":
    raise SystemExit(main())
