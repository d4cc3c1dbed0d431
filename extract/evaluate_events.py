"""Attacks and protests in Arabic news: ``ar_events_dev.jsonl`` scored (``geokg evaluate``).

The file (``../shared/dev/README.md``) has two kinds of line, told apart by ``task``:

- ``detect``: does the sentence report an event of ``event_type`` (``yes``, ``easy no``,
  ``difficult no``, ``ambiguous``)? Scored per type as precision, recall and F1 of "an assertion
  of that type was extracted" against ``yes`` versus the two kinds of no; ``ambiguous`` lines are
  left out. Also the rate of false alarms on the ``difficult no`` lines, per type and pooled, and
  the macro F1 (the mean of the types' F1).
- ``spans``: sentences that report the event, with the source and target actors' country where
  the coders gave one. Scored: the event found (an assertion of the type), and, of the lines whose
  source (target) country is given, the share where an assertion of the type has that country as
  its subject (object). A right country without the event found does not count.

The event type is a PLOVER type (ASSAULT, PROTEST in the dev file). "An assertion of the type":
its CAMEO root is one of the type's, the roots of the ontology's relations of that PLOVER type
(``Ontology.coding.roots_of``: ASSAULT is 18 and 19, PROTEST 14), or, with no CAMEO code, its
PLOVER type is the type. For ``detect`` it must also tell the event as having happened
(``reported_as_happened``: affirmed, asserted or reported), as the question "does the sentence
report an event?" asks; a denied, expected, hypothetical or alleged one is no event reported. For
``spans`` (every line reports an event) any assertion of the type counts as found. The report
scores every type the file names.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geokg.ontology import load_ontology

from .evaluate import HALVES, GoldError, half_of
from .model import Assertion, Document

__all__ = ["DetectScores", "EventLine", "EventsReport", "SpanScores", "read_events", "score_events"]

LABELS = ("yes", "easy no", "difficult no", "ambiguous")


@dataclass
class EventLine:
    document: Document
    task: str  # detect | spans
    event_type: str
    label: str | None = None  # detect
    source: dict[str, Any] = field(default_factory=dict)  # spans
    target: dict[str, Any] = field(default_factory=dict)

    @property
    def half(self) -> str:
        return half_of(self.document.id)


@dataclass
class DetectScores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    difficult: int = 0  # difficult-no lines ...
    difficult_alarms: int = 0  # ... on which an assertion of the type was extracted
    ambiguous: int = 0  # left out

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def difficult_alarm_rate(self) -> float:
        return self.difficult_alarms / self.difficult if self.difficult else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "yes": self.tp + self.fn,
            "no": self.fp + self.tn,
            "true_positives": self.tp,
            "false_positives": self.fp,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "difficult_no": self.difficult,
            "difficult_no_alarms": self.difficult_alarms,
            "difficult_no_alarm_rate": round(self.difficult_alarm_rate, 4),
            "ambiguous_left_out": self.ambiguous,
        }


@dataclass
class SpanScores:
    lines: int = 0
    found: int = 0
    source_given: int = 0
    source_right: int = 0
    target_given: int = 0
    target_right: int = 0

    def rate(self, right: int, given: int) -> float:
        return right / given if given else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "lines": self.lines,
            "found": self.found,
            "found_rate": round(self.rate(self.found, self.lines), 4),
            "source_country": {
                "given": self.source_given,
                "right": self.source_right,
                "rate": round(self.rate(self.source_right, self.source_given), 4),
            },
            "target_country": {
                "given": self.target_given,
                "right": self.target_right,
                "rate": round(self.rate(self.target_right, self.target_given), 4),
            },
        }


@dataclass
class EventsReport:
    half: str = "all"
    detect: dict[str, DetectScores] = field(default_factory=dict)  # by event type
    spans: SpanScores = field(default_factory=SpanScores)
    # (line id, half, what went wrong), for error analysis
    errors: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def macro_f1(self) -> float:
        return sum(s.f1 for s in self.detect.values()) / len(self.detect) if self.detect else 0.0

    @property
    def difficult_alarm_rate(self) -> float:
        alarms = sum(s.difficult_alarms for s in self.detect.values())
        total = sum(s.difficult for s in self.detect.values())
        return alarms / total if total else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "half": self.half,
            "detect": {t: s.to_json() for t, s in self.detect.items()}
            | {"macro_f1": round(self.macro_f1, 4), "difficult_no_alarm_rate": round(self.difficult_alarm_rate, 4)},
            "spans": self.spans.to_json(),
        }


def read_events(path: str | Path) -> list[EventLine]:
    """The lines of an events file; ``GoldError`` names the file and line of a bad one."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise GoldError(f"{path}: not UTF-8 text ({e.reason})") from None
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            out.append(_event_line(line, f"{path}:{n}"))
    return out


def _event_line(line: str, where: str) -> EventLine:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as e:
        raise GoldError(f"{where}: not JSON ({e.msg})") from None
    if not isinstance(row, dict) or not isinstance(row.get("text"), str) or "id" not in row:
        raise GoldError(f"{where}: an events line needs 'id' and 'text'")
    task, event_type = row.get("task"), row.get("event_type")
    if task not in ("detect", "spans"):
        raise GoldError(f"{where}: 'task' is detect or spans, not {task!r}")
    types = load_ontology().coding.plover_roots
    if event_type not in types:
        raise GoldError(f"{where}: 'event_type' is a PLOVER type ({', '.join(sorted(types))}), not {event_type!r}")
    if task == "detect" and row.get("label") not in LABELS:
        raise GoldError(f"{where}: a detect line's 'label' is one of {', '.join(LABELS)}")
    doc = Document(id=str(row["id"]), text=row["text"], date=row.get("date"), lang=row.get("lang"), origin=where)
    sides = [row.get(k) or {} for k in ("source", "target")]
    if not all(isinstance(s, dict) for s in sides):
        raise GoldError(f"{where}: 'source' and 'target' are objects")
    return EventLine(doc, task, event_type, row.get("label"), sides[0], sides[1])


def of_type(a: Assertion, event_type: str) -> bool:
    """Is the assertion an event of the type (a PLOVER type): a CAMEO root of the type's relations?"""
    if a.cameo:
        return a.cameo[:2] in load_ontology().coding.roots_of(event_type)
    return a.plover == event_type


# What tells an event as having happened: stated, or reported by someone ("X said Y attacked Z").
HAPPENED_MODALITIES = frozenset({"asserted", "reported"})


def reported_as_happened(a: Assertion) -> bool:
    """Whether an assertion tells its event as having happened: affirmed, and asserted or
    reported; a denied, expected, hypothetical or alleged event is no event the sentence reports."""
    return a.polarity == "affirmed" and a.modality in HAPPENED_MODALITIES


def score_events(lines: list[EventLine], predictions: dict[str, list[Assertion]]) -> dict[str, EventsReport]:
    """The reports of the tune half, the check half and all, each scoring every event type of the
    lines (in name order)."""
    types = sorted({line.event_type for line in lines})
    out = {h: EventsReport(half=h, detect={t: DetectScores() for t in types}) for h in HALVES}
    for line in lines:
        found = [a for a in predictions.get(line.document.id, []) if of_type(a, line.event_type)]
        for report in (out[line.half], out["all"]):
            if line.task == "detect":
                _count_detect(report, line, any(reported_as_happened(a) for a in found))
            else:
                _count_spans(report, line, found)
    return out


def _count_detect(report: EventsReport, line: EventLine, found: bool) -> None:
    s = report.detect[line.event_type]
    if line.label == "ambiguous":
        s.ambiguous += 1
        return
    yes = line.label == "yes"
    s.tp += yes and found
    s.fn += yes and not found
    s.fp += (not yes) and found
    s.tn += (not yes) and not found
    if line.label == "difficult no":
        s.difficult += 1
        s.difficult_alarms += found
    if yes != found:
        what = "missed" if yes else f"false alarm ({line.label})"
        report.errors.append((line.document.id, line.half, f"{line.event_type} {what}"))


def _count_spans(report: EventsReport, line: EventLine, found: list[Assertion]) -> None:
    s = report.spans
    s.lines += 1
    s.found += bool(found)
    problems = [] if found else ["event not found"]
    for side, given, right in (("source", "source_given", "source_right"), ("target", "target_given", "target_right")):
        country = getattr(line, side).get("country")
        if not country:
            continue
        setattr(s, given, getattr(s, given) + 1)
        ok = any(_side_country(a, side) == country for a in found)
        setattr(s, right, getattr(s, right) + ok)
        if found and not ok:
            got = sorted({_side_country(a, side) or "-" for a in found})
            problems.append(f"{side} {country}, extracted {'/'.join(got)}")
    if problems:
        report.errors.append((line.document.id, line.half, f"{line.event_type} " + "; ".join(problems)))


def _side_country(a: Assertion, side: str) -> str | None:
    arg = a.subject if side == "source" else a.object
    entity = getattr(arg, "entity", None)
    return entity.country if entity is not None else None
