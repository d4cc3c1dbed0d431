"""``geokg evaluate GOLD.jsonl``: extraction scored against gold relation annotations.

Gold format (``../shared/dev/README.md``): one JSON object per line with ``id``, ``text``,
optional ``date`` and ``lang``, and ``gold``: a list of events, each with ``subject`` and
``object`` (lists of actors ``{"label", "country", "sector"}``, optionally ``"id"``: a QID or
local id), ``cameo`` and/or ``plover``, ``polarity``, and in the news files ``modality`` and
``attributed_to``; ``markup`` may mark a reciprocal event with ``SRC/TAR`` on both sides.

Two coding conventions meet here, told apart by whether the gold gives ``modality``:

- **news** (the dev files ``ar_news_dev_*``, ``en_news_dev``): an event is coded as the event,
  with its polarity and modality ("will visit" is 042 ``expected``, a denial is the event
  ``negated``). A prediction is compared by its own CAMEO code, polarity and modality.
- **PLOVER** (``plover_gsr``, no modality): the act of speaking is coded ("will support" is AGREE,
  "would not support" REJECT). A prediction is compared as such a coder codes it
  (``event_view``).

How a predicted assertion matches a gold event (only interactions count: standing facts such as
offices are no events, and the gold codes none):

- **actors**: ``geokg.extract.evaluate_actors`` (by country, id, or, for actors of no state, by
  the gazetteer's names and aliases).
- **strict**: the subject matches the gold subject and the object the gold object (a gold event
  without object accepts any object or none), and the event type agrees: the CAMEO root (first
  two digits) where the gold gives ``cameo``, else the PLOVER type. Direction counts, except for
  reciprocal events, which match either way round: the codes of meeting, negotiating, agreeing
  and signing, cooperating and trading (the ontology's ``gk:undirectedCoding``), ``SRC/TAR``
  markup on both actors, or actors of several states in the subject and no object (then any
  pair of them). A gold ``expected`` cooperative event (quad class 1–2: "will visit") also
  matches the intent to cooperate ("intends to visit", ``gk:codesSpokenAct "intent"``), and a
  predicted ``expected`` cooperative event matches a gold intent.
  Polarity and modality are not compared at this level.
- **strict+p/m**: strict, and the polarity and the modality agree too (an intent's ``asserted``
  counts as the expected event's ``expected``). For PLOVER gold, polarity only (it has no
  modality). Beside it, **attribution**: of the gold events matched strictly, the share whose
  source (``attributed_to``, a label or null) is the matching prediction's ``attributed_to``
  (both none, or the same actor by the rules above, the label read with
  ``ActorMatcher.source_actor``).
- **loose**: the predicted actor pair matches the gold pair in either direction (a gold event
  without object: the predicted subject or object matches a gold subject), and the quad class
  agrees (for a PLOVER-only event, the quad classes of the type's relations: REQUEST is appeals,
  quad 1, or demands, quad 3).
- **assertions about assertions**: one event aimed at the inner assertion's subject
  (``coded_events``); under the PLOVER convention the inner assertion is part of it, under the
  news convention it is an event of its own too ("said Israel attacked Lebanon" codes the attack).
- **counts**: a gold event is *correct* when some prediction matches it, else *missed*; a
  prediction that matches no gold event of its document is *extra*. Precision is matching
  predictions over predictions, recall correct over gold events, F1 their harmonic mean. A
  prediction in a document with no gold event is also a *false alarm* (reported apart, since
  the news files annotate every sentence, those without relations included).
- **halves**: every figure for the tune half, the check half and both (``half_of``).

The gold format's coding conventions (how an annotator codes an event: which codes have no
direction, what an intention or a refusal is coded as) are ontology data too, read through
``Ontology.coding`` (geokg.ttl, "Event coding conventions"); no CAMEO code or PLOVER type is
written here.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from geokg.ontology import EventCoding, Relation, load_ontology

from .evaluate_actors import ActorMatcher, actor_matches
from .model import MODALITIES, POLARITIES, Assertion, AssertionRef, Document, Entity

__all__ = [
    "HALVES",
    "EventView",
    "GoldDocument",
    "GoldError",
    "GoldEvent",
    "Report",
    "Scores",
    "actor_matches",
    "coded_events",
    "event_view",
    "evaluate",
    "extract_results",
    "format_errors",
    "format_report",
    "half_of",
    "loose_match",
    "predict",
    "read_gold",
    "score",
    "strict_match",
    "type_route",
]

HALVES = ("tune", "check", "all")


def _coding() -> EventCoding:
    """The gold format's coding conventions, from the packaged ontology (loaded once)."""
    return load_ontology().coding


class GoldError(ValueError):
    """A gold file that cannot be read; the message names the file and line."""


def half_of(record_id: str) -> str:
    """The half a dev record belongs to (TEAM.md): ``tune`` when the SHA-1 of its id is even.

    >>> half_of("anercorp-train-8"), half_of("agnews-test-1680")
    ('check', 'tune')
    """
    return "tune" if int(hashlib.sha1(record_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "check"


@dataclass
class GoldEvent:
    subject: list[dict[str, Any]]
    object: list[dict[str, Any]]
    plover: str | None
    cameo: str | None
    polarity: str
    reciprocal: bool
    modality: str | None = None  # None: the PLOVER convention (no modality coded)
    attributed_to: str | None = None

    @property
    def root(self) -> str:
        """The key results are grouped by: the CAMEO root where given, else the PLOVER type."""
        return self.cameo[:2] if self.cameo else (self.plover or "?")


@dataclass
class GoldDocument:
    document: Document
    events: list[GoldEvent]
    # The news convention (events coded with modality; see the module docstring), set per file.
    news: bool = False

    @property
    def half(self) -> str:
        return half_of(self.document.id)


@dataclass
class Scores:
    gold: int = 0
    correct: int = 0  # gold events matched
    predicted: int = 0
    matching: int = 0  # predictions that match some gold event
    extra: int = 0

    def __iadd__(self, other: Scores) -> Scores:
        for name in ("gold", "correct", "predicted", "matching", "extra"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self

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


LEVELS = ("strict", "strict_pm", "loose")


@dataclass
class Report:
    """Scores of a set of documents: all of a file, or one half of it."""

    half: str = "all"
    documents: int = 0
    strict: Scores = field(default_factory=Scores)
    strict_pm: Scores = field(default_factory=Scores)  # strict + polarity and modality
    loose: Scores = field(default_factory=Scores)
    by_root: dict[str, Scores] = field(default_factory=dict)  # strict, by gold / predicted root
    attribution_right: int = 0  # of the gold events matched strictly ...
    attribution_judged: int = 0
    empty_documents: int = 0  # documents with no gold event
    false_alarms: int = 0  # predictions in those documents
    false_alarm_documents: int = 0  # ... and the documents that have one
    # per document: (doc id, half, gold events missed, extra predictions), for error analysis
    errors: list[tuple[str, str, list[GoldEvent], list[Assertion]]] = field(default_factory=list)

    def add(self, other: Report) -> None:
        self.documents += other.documents
        for level in LEVELS:
            getattr(self, level).__iadd__(getattr(other, level))
        for key, s in other.by_root.items():
            self.by_root.setdefault(key, Scores()).__iadd__(s)
        for name in (
            "attribution_right",
            "attribution_judged",
            "empty_documents",
            "false_alarms",
            "false_alarm_documents",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)

    @property
    def attribution(self) -> float:
        return self.attribution_right / self.attribution_judged if self.attribution_judged else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "half": self.half,
            "documents": self.documents,
            "strict": self.strict.to_json(),
            "strict_pm": self.strict_pm.to_json(),
            "loose": self.loose.to_json(),
            "attribution": {
                "right": self.attribution_right,
                "judged": self.attribution_judged,
                "accuracy": round(self.attribution, 4),
            },
            "false_alarms": {
                "documents_without_gold": self.empty_documents,
                "predictions": self.false_alarms,
                "documents": self.false_alarm_documents,
            },
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
        if not isinstance(row.get("gold") or [], list):
            raise GoldError(f"{where}: 'gold' is a list of events")
        events = [_gold_event(ev, row.get("markup") or "", where) for ev in row.get("gold") or []]
        doc = Document(
            id=str(row["id"]),
            text=row["text"],
            date=row.get("date"),
            lang=row.get("lang"),
            origin=where,
        )
        out.append(GoldDocument(doc, events))
    news = any(ev.modality is not None for gd in out for ev in gd.events)
    for gd in out:
        gd.news = news
    return out


def _gold_event(ev: Any, markup: str, where: str) -> GoldEvent:
    if not isinstance(ev, dict) or not (ev.get("plover") or ev.get("cameo")):
        raise GoldError(f"{where}: each gold event needs 'plover' or 'cameo'")
    polarity = ev.get("polarity") or "affirmed"
    modality = ev.get("modality")
    if polarity not in POLARITIES:
        raise GoldError(f"{where}: polarity {polarity!r} is not one of {', '.join(POLARITIES)}")
    if modality is not None and modality not in MODALITIES:
        raise GoldError(f"{where}: modality {modality!r} is not one of {', '.join(MODALITIES)}")
    subj = _actors(ev.get("subject"), where)
    obj = _actors(ev.get("object"), where)
    cameo = _cameo(ev.get("cameo"), where)
    reciprocal = (
        "(SRC/TAR:" in markup
        or (not obj and len({a.get("country") for a in subj}) > 1)
        or (cameo is not None and _coding().is_undirected(cameo))
    )
    attributed = ev.get("attributed_to")
    return GoldEvent(
        subject=subj,
        object=obj,
        plover=ev.get("plover"),
        cameo=cameo,
        polarity=polarity,
        reciprocal=reciprocal,
        modality=modality,
        attributed_to=str(attributed) if attributed else None,
    )


def _cameo(value: Any, where: str) -> str | None:
    if value in (None, ""):
        return None
    code = str(value)
    if not code.isdigit() or not 2 <= len(code) <= 4:
        raise GoldError(f"{where}: cameo {code!r} is not a CAMEO code (2 to 4 digits)")
    return code + "0" if len(code) == 2 else code  # a bare root "04" is the root's code "040"


def _actors(value: Any, where: str) -> list[dict[str, Any]]:
    if value is None:
        return []
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(a, dict) for a in value):
        raise GoldError(f"{where}: 'subject' and 'object' are lists of actors")
    return value


# --- the event type -------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventView:
    """An assertion as a PLOVER-convention event coder codes it (see ``event_view``)."""

    root: str  # CAMEO root, two digits
    plover: str | None
    quad: int
    polarity: str


def _view(rel: Relation) -> EventView:
    """The event an intention or a refusal is recoded to: the relation's code, affirmed."""
    return EventView(rel.cameo_root or "", rel.plover, rel.quad or 0, "affirmed")


def event_view(a: Assertion) -> EventView | None:
    """The event code of an assertion under the PLOVER convention.

    geokg keeps the relation that is talked about and marks it ``expected`` or ``negated``
    ("Portugal will support Turkey": supports, expected). PLOVER coders code the act of speaking
    instead (``Ontology.coding``): an intended cooperative act (quad 1 or 2) is the intent to
    cooperate (AGREE); an intended act of material conflict (quad 4, except a show of force) is a
    threat; a cooperative act stated as not going to happen ("would not provide support") is a
    rejection. Everything else keeps its own code.
    """
    if not a.cameo or a.quad is None:
        return None
    coding = _coding()
    if a.polarity == "negated" and a.quad in (1, 2) and a.modality in ("expected", "reported", "asserted"):
        return _view(coding.refusal)
    if a.modality == "expected" and a.polarity == "affirmed":
        if a.quad in (1, 2):
            return _view(coding.intent)
        if a.quad == 4 and a.cameo[:2] not in coding.posture_roots:
            return _view(coding.threat)
    return EventView(a.cameo[:2], a.plover, a.quad, a.polarity)


def _quad_of_root(root: str) -> int:
    n = int(root)
    return 1 if n <= 5 else 2 if n <= 8 else 3 if n <= 14 else 4


def _intent_root() -> str:
    return _coding().intent.cameo_root or ""


def _cooperative(root: str) -> bool:
    return root != _intent_root() and _quad_of_root(root) in (1, 2)


def type_route(a: Assertion, ev: GoldEvent) -> str | None:
    """How the prediction's event type agrees with the gold's: ``"code"`` (same CAMEO root or
    PLOVER type), ``"intent"`` (an expected cooperative event and the intent to cooperate), or None."""
    if ev.modality is None:  # PLOVER convention: the act of speaking is the event
        view = event_view(a)
        if view is None:
            return None
        same = view.root == ev.cameo[:2] if ev.cameo else view.plover == ev.plover
        return "code" if same else None
    if not a.cameo:
        return None
    root = a.cameo[:2]
    if not ev.cameo:
        return "code" if a.plover == ev.plover else None
    gold = ev.cameo[:2]
    if root == gold:
        return "code"
    intent = _intent_root()
    if ev.modality == "expected" and _cooperative(gold) and root == intent:
        return "intent"
    if a.modality == "expected" and _cooperative(root) and gold == intent:
        return "intent"
    return None


def _polarity_modality_agree(a: Assertion, ev: GoldEvent, route: str) -> bool:
    if ev.modality is None:
        view = event_view(a)
        return view is not None and view.polarity == ev.polarity
    if a.polarity != ev.polarity:
        return False
    if route == "intent":  # "intends to visit" (asserted) is "will visit" (expected)
        return {a.modality, ev.modality} <= {"asserted", "expected"}
    return a.modality == ev.modality


def _quad_matches(a: Assertion, ev: GoldEvent) -> bool:
    if ev.modality is None:
        view = event_view(a)
        if view is None:
            return False
        if ev.cameo:
            return view.quad == _quad_of_root(ev.cameo[:2])
        return view.quad in _coding().quads_of(ev.plover)
    if a.quad is None:
        return False
    if ev.cameo:
        return a.quad == _quad_of_root(ev.cameo[:2]) or type_route(a, ev) is not None
    return a.quad in _coding().quads_of(ev.plover)


# --- matching -------------------------------------------------------------------------------------


def _entity(x: Any) -> Entity | None:
    return getattr(x, "entity", None)


def _actors_match(a: Assertion, ev: GoldEvent, m: ActorMatcher) -> bool:
    subj, obj = a.subject.entity, _entity(a.object)

    def way(s_gold: list, o_gold: list) -> bool:
        if not m.matches(subj, s_gold):
            return False
        if not o_gold:
            return True
        return obj is not None and m.matches(obj, o_gold)

    if way(ev.subject, ev.object):
        return True
    if ev.reciprocal:
        if ev.object and way(ev.object, ev.subject):
            return True
        # a reciprocal event written as one compound subject: any pair of its members
        if not ev.object and obj is not None:
            return m.matches(subj, ev.subject) and m.matches(obj, ev.subject)
    return False


def strict_match(a: Assertion, ev: GoldEvent, matcher: ActorMatcher | None = None) -> bool:
    """Actors (with direction, unless reciprocal) and event type; polarity and modality aside."""
    return type_route(a, ev) is not None and _actors_match(a, ev, matcher or ActorMatcher())


def strict_pm_match(a: Assertion, ev: GoldEvent, matcher: ActorMatcher | None = None) -> bool:
    """``strict_match``, and the polarity and modality agree too."""
    route = type_route(a, ev)
    return (
        route is not None and _polarity_modality_agree(a, ev, route) and _actors_match(a, ev, matcher or ActorMatcher())
    )


def loose_match(a: Assertion, ev: GoldEvent, matcher: ActorMatcher | None = None) -> bool:
    if not _quad_matches(a, ev):
        return False
    m = matcher or ActorMatcher()
    subj, obj = a.subject.entity, _entity(a.object)
    if not ev.object:
        return m.matches(subj, ev.subject) or (obj is not None and m.matches(obj, ev.subject))
    for s_gold, o_gold in ((ev.subject, ev.object), (ev.object, ev.subject)):
        if m.matches(subj, s_gold) and (obj is None or m.matches(obj, o_gold)):
            return True
    return False


def attribution_agrees(a: Assertion, ev: GoldEvent, matcher: ActorMatcher | None = None) -> bool:
    """The prediction names the gold event's source: both none, or the same actor."""
    if ev.attributed_to is None or a.attributed_to is None:
        return ev.attributed_to is None and a.attributed_to is None
    m = matcher or ActorMatcher()
    return m.matches(a.attributed_to, [m.source_actor(ev.attributed_to)])


def coded_events(assertions: list[Assertion], keep_inner: bool = False) -> list[Assertion]:
    """The assertions as an event coder codes a sentence: an assertion about an assertion
    ("concerned about [Moscow and Pyongyang deepening ties]", "condemned [Russia's invasion of
    Ukraine]") is one event whose target is the inner assertion's subject. The inner assertion
    is part of it (the PLOVER convention) or, with ``keep_inner``, an event of its own too."""
    by_id = {a.id: a for a in assertions}
    inner_ids = {a.object.assertion for a in assertions if isinstance(a.object, AssertionRef)}
    out = []
    for a in assertions:
        if a.id in inner_ids and not keep_inner:
            continue
        if isinstance(a.object, AssertionRef):
            inner = by_id.get(a.object.assertion)
            a = replace(a, object=inner.subject if inner is not None else None)
        out.append(a)
    return out


# --- scoring --------------------------------------------------------------------------------------

_MATCHERS = {"strict": strict_match, "strict_pm": strict_pm_match, "loose": loose_match}


def score_document(gd: GoldDocument, predicted: list[Assertion], matcher: ActorMatcher) -> Report:
    """One document's scores, a ``Report`` of one document (summed by ``score``)."""
    preds = [a for a in coded_events(predicted, keep_inner=gd.news) if a.cameo]
    report = Report(half=gd.half, documents=1)
    strict_hits: list[list[Assertion]] = []
    for level, match in _MATCHERS.items():
        hits = [[a for a in preds if match(a, ev, matcher)] for ev in gd.events]
        matched_pred = [any(match(a, ev, matcher) for ev in gd.events) for a in preds]
        s = getattr(report, level)
        s.gold, s.predicted = len(gd.events), len(preds)
        s.correct, s.matching = sum(1 for h in hits if h), sum(matched_pred)
        s.extra = matched_pred.count(False)
        if level == "strict":
            strict_hits = hits
            _by_root(report, gd, preds, hits, matched_pred)
    for ev, hit in zip(gd.events, strict_hits):
        if hit:
            report.attribution_judged += 1
            report.attribution_right += any(attribution_agrees(a, ev, matcher) for a in hit)
    if not gd.events:
        report.empty_documents = 1
        report.false_alarms = len(preds)
        report.false_alarm_documents = int(bool(preds))
    return report


def _by_root(
    report: Report, gd: GoldDocument, preds: list[Assertion], hits: list[list[Assertion]], matched: list[bool]
) -> None:
    for ev, hit in zip(gd.events, hits):
        r = report.by_root.setdefault(ev.root, Scores())
        r.gold += 1
        r.correct += bool(hit)
    for a, ok in zip(preds, matched):
        r = report.by_root.setdefault(_pred_root(a, gd), Scores())
        r.predicted += 1
        r.matching += ok
        r.extra += not ok
    missed = [ev for ev, hit in zip(gd.events, hits) if not hit]
    extra = [a for a, ok in zip(preds, matched) if not ok]
    if missed or extra:
        report.errors.append((gd.document.id, gd.half, missed, extra))


def _pred_root(a: Assertion, gd: GoldDocument) -> str:
    # group a prediction the way the gold is grouped: by CAMEO root if the gold uses CAMEO
    if gd.news:
        return a.cameo[:2] if a.cameo else "?"
    view = event_view(a)
    if view is None:
        return "?"
    if any(ev.cameo for ev in gd.events):
        return view.root
    return view.plover or view.root


def score(
    gold_docs: list[GoldDocument],
    predictions: dict[str, list[Assertion]],
    half: str = "all",
    matcher: ActorMatcher | None = None,
) -> Report:
    """Compare predictions (by document id) with gold documents: one half, or ``all``."""
    if half not in HALVES:
        raise ValueError(f"half is one of {', '.join(HALVES)}, not {half!r}")
    matcher = matcher or ActorMatcher()
    report = Report(half=half)
    for gd in gold_docs:
        if half == "all" or gd.half == half:
            report.add(score_document(gd, predictions.get(gd.document.id, []), matcher))
    return report


def score_halves(
    gold_docs: list[GoldDocument], predictions: dict[str, list[Assertion]], matcher: ActorMatcher | None = None
) -> dict[str, Report]:
    """The reports of the tune half, the check half and all (each document scored once)."""
    matcher = matcher or ActorMatcher()
    out = {h: Report(half=h) for h in HALVES}
    for gd in gold_docs:
        one = score_document(gd, predictions.get(gd.document.id, []), matcher)
        out[gd.half].add(one)
        out["all"].add(one)
    return out


def extract_results(
    documents: Iterable[Document], extractor: Any = None, warnings: list[str] | None = None
) -> dict[str, Any]:
    """Extraction results (assertions and mentions) by document id, from one run of the extractor
    (loaded once by the caller)."""
    from .pipeline import Extractor

    extractor = extractor or Extractor()
    out: dict[str, Any] = {}
    for res in extractor.extract(list(documents)):
        out[res.document.id] = res
        if warnings is not None:
            warnings.extend(res.warnings)
    return out


def predict(documents: Iterable[Document], extractor: Any = None, warnings: list[str] | None = None) -> dict:
    """Assertions by document id, from one run of the extractor (loaded once by the caller)."""
    return {i: res.assertions for i, res in extract_results(documents, extractor, warnings).items()}


def evaluate(path: str | Path, extractor: Any = None, half: str = "all") -> Report:
    """Run extraction over a gold file and score it."""
    gold = read_gold(path)
    return score(gold, predict((gd.document for gd in gold), extractor), half=half)


# --- printing -------------------------------------------------------------------------------------

_LEVEL_NAMES = {"strict": "strict", "strict_pm": "strict+p/m", "loose": "loose"}


def format_report(halves: dict[str, Report], title: str = "") -> str:
    """The text report: the levels for each half given, then the per-type table of the last."""
    lines = [title] if title else []
    last = list(halves.values())[-1]
    lines.append(", ".join(f"{h}: {r.documents} documents, {r.strict.gold} gold events" for h, r in halves.items()))
    lines.append("")
    lines.append(
        f"{'level':<12}{'half':<7}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}"
        f"{'correct':>9}{'missed':>8}{'extra':>7}"
    )
    for level in LEVELS:
        for h, r in halves.items():
            s = getattr(r, level)
            lines.append(
                f"{_LEVEL_NAMES[level]:<12}{h:<7}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.gold:>7}"
                f"{s.predicted:>7}{s.correct:>9}{s.missed:>8}{s.extra:>7}"
            )
    lines.append("")
    for h, r in halves.items():
        extra = f"extra / gold {r.strict.extra / r.strict.gold:.1%}; " if r.strict.gold else ""
        lines.append(
            f"{h}: {extra}attribution right {r.attribution_right}/{r.attribution_judged} of strict matches; "
            f"false alarms {r.false_alarms} in {r.false_alarm_documents} of {r.empty_documents} "
            "documents without gold"
        )
    lines.append("")
    lines.append(f"strict, by gold event type (CAMEO root or PLOVER type), half {last.half}:")
    lines.append(f"{'type':<10}{'gold':>6}{'correct':>9}{'missed':>8}{'pred':>6}{'extra':>7}{'R':>7}{'P':>7}")
    for key, s in sorted(last.by_root.items(), key=lambda kv: (-kv[1].gold, kv[0])):
        lines.append(
            f"{key:<10}{s.gold:>6}{s.correct:>9}{s.missed:>8}{s.predicted:>6}{s.extra:>7}"
            f"{s.recall:>7.2f}{s.precision:>7.2f}"
        )
    return "\n".join(lines) + "\n"


def _actor_text(actors: list[dict[str, Any]]) -> str:
    return ",".join(str(a.get("country") or a.get("label") or a.get("id")) for a in actors)


def format_errors(report: Report, gold: dict[str, GoldDocument] | None = None) -> str:
    """Every missed gold event and extra prediction, document by document, with its half."""
    out = []
    for doc_id, half, missed, extra in report.errors:
        out.append(f"{doc_id} [{half}]")
        if gold and doc_id in gold:
            out.append("  " + gold[doc_id].document.text)
        for ev in missed:
            mode = f" [{ev.polarity},{ev.modality}]" if ev.modality else ""
            out.append(f"  missed {_actor_text(ev.subject)} -{ev.cameo or ev.plover}-> {_actor_text(ev.object)}{mode}")
        for a in extra:
            o = _entity(a.object)
            out.append(
                f"  extra  {a.subject.entity.country or a.subject.entity.id} -{a.relation}/{a.cameo}/{a.plover}-> "
                f"{(o.country or o.id) if o else ''} [{a.polarity},{a.modality}]"
            )
    return "\n".join(out) + "\n"
