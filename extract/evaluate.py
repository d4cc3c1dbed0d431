"""``geokg evaluate GOLD.jsonl``: extraction scored against gold event annotations.

Gold format (``../shared/dev/README.md``): one JSON object per line with ``id``, ``text``,
optional ``date`` and ``lang``, and ``gold``: a list of events, each with ``subject`` and
``object`` (lists of actors ``{"label", "country", "sector"}``, optionally ``"id"``: a QID or
local id), ``plover`` and/or ``cameo``, ``polarity``; ``markup`` may mark a reciprocal event with
``SRC/TAR`` on both sides.

How a predicted assertion matches a gold event (only interactions count: standing facts such as
offices are not events, and the gold codes none):

- **actors**: a predicted entity matches a gold actor when the gold actor's ``id`` equals the
  entity id, or the gold ``country`` equals the entity's country after mapping CAMEO's irregular
  codes to ISO 3166-1 (``JAP``→``JPN``, ``ITL``→``ITA``, ``VTN``→``VNM``). Gold ``IGO`` matches an
  entity of type InternationalOrganisation or Bloc, and, like ``NGO``, ``IMG`` (international
  militarised group) and ``ISM``, any other entity that acts for no state (the gold codes
  Amnesty International and the Red Cross as IGO). Sectors are not
  compared. A compound gold actor (a list) is matched by any one of its members, so "Hungarian
  and Romanian officials" is matched by an assertion of either, and every assertion of a compound
  (N×M) counts as correct.
- **event view**: an assertion is compared as an event coder codes it (``event_view``): an
  intended cooperative act ("will support", modality expected) counts as CAMEO 03 / AGREE, an
  intended act of material conflict as 13 / THREATEN, a negated cooperative act as 12 / REJECT.
- **strict**: the subject matches the gold subject, the object matches the gold object (a gold
  event without object accepts any object or none), the polarity is the gold's, and the event type
  matches: the CAMEO root (first two digits) where the gold gives ``cameo``, else the PLOVER type.
  Direction counts, except for reciprocal gold events (``SRC/TAR`` on both sides, or the actors
  of both sides in the subject list with no object), which match either way round.
- **loose**: the predicted actor pair matches the gold pair in either direction (a gold event
  without object: the predicted subject or object matches a gold subject), and the quad class
  agrees (from the CAMEO root; for a PLOVER-only event the quad classes its CAMEO roots fall in:
  REQUEST is appeals, quad 1, or demands, quad 3).
- **assertions about assertions**: one event aimed at the inner assertion's subject, the inner
  assertion part of it rather than a prediction of its own (``coded_events``).
- **counts**: a gold event is *correct* when some prediction matches it, else *missed*; a
  prediction that matches no gold event of its document is *extra*. Precision is matching
  predictions over predictions, recall correct over gold events, F1 their harmonic mean.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from geokg.extract.model import Assertion, AssertionRef, Document, Entity

# CAMEO country codes that are not ISO 3166-1 alpha-3 (CAMEO_countrynames.txt), mapped to ISO.
IRREGULAR_COUNTRY = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "UK": "GBR", "ZAI": "COD"}
INTERNATIONAL = {"IGO"}
NON_STATE = {"NGO", "IMG", "ISM", "MNC", "NGM"}
IGO_TYPES = {"InternationalOrganisation", "Bloc"}
# Quad classes of the CAMEO roots each PLOVER type covers (CAMEO2PLOVER-2021).
PLOVER_QUADS: dict[str, set[int]] = {
    "AGREE": {1}, "CONSULT": {1}, "SUPPORT": {1}, "REQUEST": {1, 3}, "CONCEDE": {2},
    "COOPERATE": {2}, "AID": {2}, "RETREAT": {2}, "ACCUSE": {3}, "REJECT": {3},
    "THREATEN": {3}, "PROTEST": {3}, "MOBILIZE": {4}, "SANCTION": {4}, "COERCE": {4},
    "ASSAULT": {4},
}  # fmt: skip
_RECIPROCAL = re.compile(r"\(SRC/TAR:")


class GoldError(ValueError):
    """A gold file that cannot be read; the message names the file and line."""


@dataclass
class GoldEvent:
    subject: list[dict[str, Any]]
    object: list[dict[str, Any]]
    plover: str | None
    cameo: str | None
    polarity: str
    reciprocal: bool

    @property
    def root(self) -> str:
        """The key results are grouped by: the CAMEO root where given, else the PLOVER type."""
        return self.cameo[:2] if self.cameo else (self.plover or "?")


@dataclass
class GoldDocument:
    document: Document
    events: list[GoldEvent]


@dataclass
class Scores:
    gold: int = 0
    correct: int = 0  # gold events matched
    predicted: int = 0
    matching: int = 0  # predictions that match some gold event
    extra: int = 0

    @property
    def missed(self) -> int:
        return self.gold - self.correct

    @property
    def precision(self) -> float:
        return self.matching / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "correct": self.correct,
            "missed": self.missed,
            "extra": self.extra,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Report:
    strict: Scores = field(default_factory=Scores)
    loose: Scores = field(default_factory=Scores)
    by_root: dict[str, Scores] = field(default_factory=dict)  # strict, by gold / predicted root
    documents: int = 0
    # per document: (doc id, gold events missed, extra predictions), for error analysis
    errors: list[tuple[str, list[GoldEvent], list[Assertion]]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "strict": self.strict.to_json(),
            "loose": self.loose.to_json(),
            "by_root": {k: v.to_json() for k, v in sorted(self.by_root.items())},
        }


# --- reading gold ---------------------------------------------------------------------------------


def read_gold(path: str | Path) -> list[GoldDocument]:
    """Gold documents from a JSON Lines file; ``GoldError`` names the file and line of a bad one."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise GoldError(f"{path}: not UTF-8 text ({e.reason})") from None
    out: list[GoldDocument] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise GoldError(f"{where}: not JSON ({e.msg})") from None
        if not isinstance(row, dict) or not isinstance(row.get("text"), str) or "id" not in row:
            raise GoldError(f"{where}: a gold line needs 'id' and 'text'")
        events = []
        for ev in row.get("gold") or []:
            if not isinstance(ev, dict) or not (ev.get("plover") or ev.get("cameo")):
                raise GoldError(f"{where}: each gold event needs 'plover' or 'cameo'")
            subj = _actors(ev.get("subject"), where)
            obj = _actors(ev.get("object"), where)
            reciprocal = bool(_RECIPROCAL.search(row.get("markup") or "")) or (
                not obj and len({a.get("country") for a in subj}) > 1
            )
            events.append(
                GoldEvent(
                    subject=subj,
                    object=obj,
                    plover=ev.get("plover"),
                    cameo=str(ev["cameo"]) if ev.get("cameo") else None,
                    polarity=ev.get("polarity") or "affirmed",
                    reciprocal=reciprocal,
                )
            )
        doc = Document(
            id=str(row["id"]),
            text=row["text"],
            date=row.get("date"),
            lang=row.get("lang"),
            origin=where,
        )
        out.append(GoldDocument(doc, events))
    return out


def _actors(value: Any, where: str) -> list[dict[str, Any]]:
    if value is None:
        return []
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(a, dict) for a in value):
        raise GoldError(f"{where}: 'subject' and 'object' are lists of actors")
    return value


# --- matching -------------------------------------------------------------------------------------


def actor_matches(entity: Entity, gold: Iterable[dict[str, Any]]) -> bool:
    """Does the entity match any actor of a (compound) gold actor?"""
    for g in gold:
        if g.get("id") and g["id"] == entity.id:
            return True
        code = g.get("country")
        if not code:
            continue
        code = IRREGULAR_COUNTRY.get(code, code)
        if code in INTERNATIONAL or code in NON_STATE:
            # the gold codes NGOs and movements as IGO too: any actor that acts for no state
            if entity.type in IGO_TYPES or (entity.country is None and entity.type != "Country"):
                return True
        elif entity.country == code:
            return True
    return False


@dataclass(frozen=True)
class EventView:
    """An assertion as an event coder codes it (see ``event_view``)."""

    root: str  # CAMEO root, two digits
    plover: str | None
    quad: int
    polarity: str


# CAMEO roots an assertion is recoded to when it is an intention or a refusal.
_INTENT = EventView("03", "AGREE", 1, "affirmed")
_THREAT = EventView("13", "THREATEN", 3, "affirmed")
_REFUSAL = EventView("12", "REJECT", 3, "affirmed")


def event_view(a: Assertion) -> EventView | None:
    """The event code of an assertion, following CAMEO's coding of intentions and refusals.

    geokg keeps the relation that is talked about and marks it ``expected`` or ``negated``
    ("Portugal will support Turkey": supports, expected). Event coders code the act of speaking
    instead: an intended cooperative act (quad 1 or 2) is CAMEO 03 "express intent to cooperate"
    (PLOVER AGREE); an intended act of material conflict (quad 4, except 15 force posture) is CAMEO 13 "threaten"; a
    cooperative act stated as not going to happen ("would not provide support") is CAMEO 12
    "reject". Everything else keeps its own code.
    """
    if not a.cameo or a.quad is None:
        return None
    if a.polarity == "negated" and a.quad in (1, 2) and a.modality in ("expected", "reported", "asserted"):
        return _REFUSAL
    if a.modality == "expected" and a.polarity == "affirmed":
        if a.quad in (1, 2):
            return _INTENT
        if a.quad == 4 and a.cameo[:2] != "15":  # a planned exercise or deployment is no threat
            return _THREAT
    return EventView(a.cameo[:2], a.plover, a.quad, a.polarity)


def _type_matches(a: Assertion, ev: GoldEvent) -> bool:
    view = event_view(a)
    if view is None:
        return False
    if ev.cameo:
        return view.root == ev.cameo[:2]
    return view.plover == ev.plover


def _quad_matches(a: Assertion, ev: GoldEvent) -> bool:
    view = event_view(a)
    if view is None:
        return False
    if ev.cameo:
        return view.quad == _quad_of_root(int(ev.cameo[:2]))
    return view.quad in PLOVER_QUADS.get(ev.plover or "", set())


def _quad_of_root(root: int) -> int:
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 14 else 4


def _entity(x: Any) -> Entity | None:
    return getattr(x, "entity", None)


def strict_match(a: Assertion, ev: GoldEvent) -> bool:
    view = event_view(a)
    if view is None or not _type_matches(a, ev) or view.polarity != ev.polarity:
        return False
    subj, obj = a.subject.entity, _entity(a.object)

    def way(s_gold: list, o_gold: list) -> bool:
        if not actor_matches(subj, s_gold):
            return False
        if not o_gold:
            return True
        return obj is not None and actor_matches(obj, o_gold)

    if way(ev.subject, ev.object):
        return True
    if ev.reciprocal:
        if ev.object and way(ev.object, ev.subject):
            return True
        # a reciprocal event written as one compound subject: any pair of its members
        if not ev.object and obj is not None:
            return actor_matches(subj, ev.subject) and actor_matches(obj, ev.subject)
    return False


def loose_match(a: Assertion, ev: GoldEvent) -> bool:
    if not _quad_matches(a, ev):
        return False
    subj, obj = a.subject.entity, _entity(a.object)
    if not ev.object:
        return actor_matches(subj, ev.subject) or (obj is not None and actor_matches(obj, ev.subject))
    for s_gold, o_gold in ((ev.subject, ev.object), (ev.object, ev.subject)):
        if actor_matches(subj, s_gold) and (obj is None or actor_matches(obj, o_gold)):
            return True
    return False


def coded_events(assertions: list[Assertion]) -> list[Assertion]:
    """The assertions as an event coder codes a sentence: an assertion about an assertion
    ("concerned about [Moscow and Pyongyang deepening ties]", "condemned [Russia's invasion of
    Ukraine]") is one event whose target is the inner assertion's subject; the inner assertion is
    part of it, not an event of its own."""
    by_id = {a.id: a for a in assertions}
    inner_ids = {a.object.assertion for a in assertions if isinstance(a.object, AssertionRef)}
    out = []
    for a in assertions:
        if a.id in inner_ids:
            continue
        if isinstance(a.object, AssertionRef):
            inner = by_id.get(a.object.assertion)
            a = replace(a, object=inner.subject if inner is not None else None)
        out.append(a)
    return out


def score(gold_docs: list[GoldDocument], predictions: dict[str, list[Assertion]]) -> Report:
    """Compare predictions (by document id) with gold documents."""
    report = Report(documents=len(gold_docs))
    for gd in gold_docs:
        preds = [a for a in coded_events(predictions.get(gd.document.id, [])) if a.cameo]
        for level, match in ((report.strict, strict_match), (report.loose, loose_match)):
            level.gold += len(gd.events)
            level.predicted += len(preds)
            matched_gold = [any(match(a, ev) for a in preds) for ev in gd.events]
            matched_pred = [any(match(a, ev) for ev in gd.events) for a in preds]
            level.correct += sum(matched_gold)
            level.matching += sum(matched_pred)
            level.extra += matched_pred.count(False)
            if level is report.strict:
                for ev, ok in zip(gd.events, matched_gold):
                    r = report.by_root.setdefault(ev.root, Scores())
                    r.gold += 1
                    r.correct += ok
                for a, ok in zip(preds, matched_pred):
                    key = _pred_root(a, gd.events)
                    r = report.by_root.setdefault(key, Scores())
                    r.predicted += 1
                    r.matching += ok
                    r.extra += not ok
                missed = [ev for ev, ok in zip(gd.events, matched_gold) if not ok]
                extra = [a for a, ok in zip(preds, matched_pred) if not ok]
                if missed or extra:
                    report.errors.append((gd.document.id, missed, extra))
    return report


def _pred_root(a: Assertion, events: list[GoldEvent]) -> str:
    # group a prediction the way the gold is grouped: by CAMEO root if the gold uses CAMEO
    view = event_view(a)
    if view is None:
        return "?"
    if any(ev.cameo for ev in events):
        return view.root
    return view.plover or view.root


def evaluate(path: str | Path, extractor: Any = None) -> Report:
    """Run extraction over a gold file and score it."""
    from geokg.extract.pipeline import Extractor

    gold = read_gold(path)
    extractor = extractor or Extractor()
    predictions: dict[str, list[Assertion]] = {}
    for res in extractor.extract([gd.document for gd in gold]):
        predictions[res.document.id] = res.assertions
    return score(gold, predictions)


# --- printing -------------------------------------------------------------------------------------


def format_report(report: Report, title: str = "") -> str:
    lines = []
    if title:
        lines.append(title)
    lines.append(f"{report.documents} documents, {report.strict.gold} gold events")
    lines.append("")
    lines.append(f"{'level':<8}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}{'correct':>9}{'missed':>8}{'extra':>7}")
    for name, s in (("strict", report.strict), ("loose", report.loose)):
        lines.append(
            f"{name:<8}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.gold:>7}{s.predicted:>7}"
            f"{s.correct:>9}{s.missed:>8}{s.extra:>7}"
        )
    if report.strict.gold:
        lines.append(f"extra / gold: {report.strict.extra / report.strict.gold:.1%} (strict)")
    lines.append("")
    lines.append("strict, by gold event type (CAMEO root or PLOVER type):")
    lines.append(f"{'type':<10}{'gold':>6}{'correct':>9}{'missed':>8}{'pred':>6}{'extra':>7}{'R':>7}{'P':>7}")
    for key, s in sorted(report.by_root.items(), key=lambda kv: (-kv[1].gold, kv[0])):
        lines.append(
            f"{key:<10}{s.gold:>6}{s.correct:>9}{s.missed:>8}{s.predicted:>6}{s.extra:>7}"
            f"{s.recall:>7.2f}{s.precision:>7.2f}"
        )
    return "\n".join(lines) + "\n"


def format_errors(report: Report, gold: dict[str, GoldDocument] | None = None) -> str:
    out = []
    for doc_id, missed, extra in report.errors:
        out.append(doc_id)
        if gold and doc_id in gold:
            out.append("  " + gold[doc_id].document.text)
        for ev in missed:
            s = ",".join(f"{a.get('country')}" for a in ev.subject)
            o = ",".join(f"{a.get('country')}" for a in ev.object)
            out.append(f"  missed {s} -{ev.cameo or ev.plover}-> {o}")
        for a in extra:
            o = _entity(a.object)
            out.append(
                f"  extra  {a.subject.entity.country or a.subject.entity.id} -{a.relation}/{a.plover}-> "
                f"{(o.country or o.id) if o else ''} [{a.polarity},{a.modality}]"
            )
    return "\n".join(out) + "\n"
