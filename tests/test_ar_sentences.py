"""Arabic news sentences written for geokg, each with what an attentive reader takes from it.

The corpus is ``fixtures/ar_sentences.jsonl`` (format in ``fixtures/README.md``). Every sentence
becomes one test case that runs the real extractor and checks its expectations, its forbidden
assertions and the places that must not turn into state actors. ``test_overall_scores`` prints
precision and recall over the whole corpus and keeps them in pytest's cache so that progress can
be followed from run to run. The tests of the fixture file itself need no extractor.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from geokg.extract.model import (
    MODALITIES,
    POLARITIES,
    Argument,
    Assertion,
    AssertionRef,
    Entity,
    Evidence,
    Mention,
    TimeSpan,
)

try:
    from geokg.extract.pipeline import Extractor
except ImportError as exc:  # the extractor is developed in parallel with this corpus
    Extractor = None
    _IMPORT_ERROR = f"geokg.extract.pipeline cannot be imported ({exc})"
else:
    _IMPORT_ERROR = ""

needs_extractor = pytest.mark.skipif(Extractor is None, reason=_IMPORT_ERROR or "extractor available")

FIXTURES = Path(__file__).parent / "fixtures" / "ar_sentences.jsonl"
SHARED = Path(__file__).resolve().parents[2] / "shared"

# The relations the corpus must exercise, with their CAMEO root (ontology local names).
RELATIONS: dict[str, str] = {
    "expressesConcernAbout": "01",
    "expressesOptimismAbout": "01",
    "expressesAccordWith": "01",
    "declinesCommentOn": "01",
    "appealsTo": "02",
    "expressesIntentToCooperate": "03",
    "developsPartnershipWith": "03",
    "meetsWith": "04",
    "talksByPhoneWith": "04",
    "visits": "04",
    "hosts": "04",
    "negotiatesWith": "04",
    "cooperatesDiplomaticallyWith": "05",
    "praises": "05",
    "supports": "05",
    "signsAgreementWith": "05",
    "cooperatesEconomicallyWith": "06",
    "cooperatesMilitarilyWith": "06",
    "sharesIntelligenceWith": "06",
    "providesAidTo": "07",
    "providesEconomicAidTo": "07",
    "providesMilitaryAidTo": "07",
    "providesHumanitarianAidTo": "07",
    "providesMilitaryProtectionTo": "07",
    "demands": "10",
    "criticizes": "11",
    "accuses": "11",
    "rejects": "12",
    "vetoes": "12",
    "threatens": "13",
    "protests": "14",
    "conductsMilitaryExercise": "15",
    "withdrawsForcesFrom": "08",
    "reducesRelationsWith": "16",
    "imposesSanctionsOn": "16",
    "arrests": "17",
    "assaults": "18",
    "abducts": "18",
    "carriesOutBombingAgainst": "18",
    "attacks": "19",
    "carriesOutAirstrikeOn": "19",
}
# Reciprocal relations: "A meets B" is also "B meets A".
SYMMETRIC = frozenset(
    {
        "meetsWith",
        "negotiatesWith",
        "talksByPhoneWith",
        "developsPartnershipWith",
        "cooperatesDiplomaticallyWith",
        "cooperatesEconomicallyWith",
        "cooperatesMilitarilyWith",
        "signsAgreementWith",
    }
)
# Relations of the project ontology, beyond the list above, that fixtures may name as alternatives.
EXTRA_RELATIONS = frozenset(
    {
        "recognises",
        "breaksDiplomaticRelationsWith",
        "mediates",
        "clashesWith",
        "occupies",
        "expressesCondolencesTo",
        "imposesRestrictionsOn",
        "releases",
        "assassinates",
        "attemptsToAssassinate",
    }
)


@dataclass(frozen=True)
class RelationModel:
    """What the matcher takes from the ontology: broader relations, reciprocity, standing facts."""

    parents: dict[str, str]
    symmetric: frozenset[str]
    standing: frozenset[str]
    interactions: frozenset[str]  # empty when the ontology could not be loaded
    problem: str = ""

    def covers(self, wanted: str, produced: str) -> bool:
        # An expectation of providesAidTo is met by the narrower providesMilitaryAidTo.
        seen: set[str] = set()
        current: str | None = produced
        while current and current not in seen:
            if current == wanted:
                return True
            seen.add(current)
            current = self.parents.get(current)
        return False


def load_relation_model() -> RelationModel:
    # The ontology is written in parallel with this corpus: without it, fall back on the lists above.
    try:
        from geokg.ontology import OntologyError, load_ontology
    except ImportError as exc:
        return RelationModel({}, SYMMETRIC, frozenset(), frozenset(), f"no ontology ({exc})")
    try:
        onto = load_ontology()
        interactions = onto.relations_of_kind("interaction")
        standing = onto.relations_of_kind("standing")
    except (OntologyError, OSError, ValueError, SyntaxError) as exc:
        return RelationModel({}, SYMMETRIC, frozenset(), frozenset(), f"ontology not loaded ({exc})")
    return RelationModel(
        parents={r.name: r.parent for r in interactions if r.parent},
        symmetric=SYMMETRIC | {r.name for r in interactions if r.symmetric},
        standing=frozenset(r.name for r in standing),
        interactions=frozenset(r.name for r in interactions),
    )


MODEL = load_relation_model()

# English labels under which the gazetteer may know an organisation the corpus names briefly.
LABEL_ALIASES: dict[str, frozenset[str]] = {
    "arab league": frozenset({"league of arab states"}),
    "european union": frozenset({"eu"}),
    "iaea": frozenset({"international atomic energy agency"}),
    "nato": frozenset({"north atlantic treaty organization"}),
    "gulf cooperation council": frozenset({"gcc", "cooperation council for the arab states of the gulf"}),
    "hezbollah": frozenset({"hizbollah", "hizballah"}),
}

CASE_KEYS = {"id", "text", "date", "note", "expect", "forbid", "not_actors"}
SPEC_KEYS = {
    "subject",
    "relation",
    "object",
    "polarity",
    "modality",
    "attributed_to",
    "time",
}
FORBID_KEYS = SPEC_KEYS | {"either_direction"}


# --- the corpus ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    date: str
    note: str
    expect: list[dict[str, Any]]
    forbid: list[dict[str, Any]]
    not_actors: list[str] = field(default_factory=list)


def load_cases(path: Path = FIXTURES) -> list[Case]:
    cases = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                data = json.loads(line)
                cases.append(
                    Case(
                        id=data["id"],
                        text=data["text"],
                        date=data["date"],
                        note=data.get("note", ""),
                        expect=list(data.get("expect", [])),
                        forbid=list(data.get("forbid", [])),
                        not_actors=list(data.get("not_actors", [])),
                    )
                )
    return cases


CASES = load_cases()


# --- matching --------------------------------------------------------------------------------


def _alternatives(value: str) -> list[str]:
    return [v.strip() for v in value.split("|")]


def _norm_label(text: str) -> str:
    # "António Guterres" and "antonio guterres", "Houthi movement" and "houthi-movement" compare equal.
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


def entity_matches(want: str, entity: Entity) -> bool:
    """``want`` is a country code, an entity id or an English label, or several joined by ``|``."""
    names = {_norm_label(entity.label)}
    names.update(_norm_label(v) for k, v in entity.labels.items() if k == "en")
    for alt in _alternatives(want):
        if alt == "*" or alt in (entity.country, entity.id):
            return True
        key = _norm_label(alt)
        if key in names or names & LABEL_ALIASES.get(key, frozenset()):
            return True
    return False


def _object_matches(want: Any, obj: Any, by_id: dict[str, Assertion]) -> bool:
    if want is None:
        return obj is None
    if isinstance(want, dict):
        # An assertion about an assertion, described by a spec of its own.
        target = by_id.get(obj.assertion) if isinstance(obj, AssertionRef) else None
        return target is not None and spec_matches(want, target, by_id)
    for alt in _alternatives(want):
        if alt == "*":
            return True
        if alt == "assertion" and isinstance(obj, AssertionRef):
            return True
        if isinstance(obj, Argument) and entity_matches(alt, obj.entity):
            return True
    return False


def _time_matches(want: dict[str, str] | None, a: Assertion) -> bool:
    if want is None:
        return a.time is None
    return a.time is not None and all(getattr(a.time, k) == v for k, v in want.items())


def spec_matches(spec: dict[str, Any], a: Assertion, by_id: dict[str, Assertion]) -> bool:
    """Fields left out of ``spec`` are not checked; ``null`` means the field must be empty."""
    if "relation" in spec and not any(MODEL.covers(r, a.relation) for r in _alternatives(spec["relation"])):
        return False
    for name in ("polarity", "modality"):
        if name in spec and getattr(a, name) not in _alternatives(spec[name]):
            return False
    if "attributed_to" in spec:
        want = spec["attributed_to"]
        if want is None:
            if a.attributed_to is not None:
                return False
        elif a.attributed_to is None or not entity_matches(want, a.attributed_to):
            return False
    if "time" in spec and not _time_matches(spec["time"], a):
        return False
    ends = [(a.subject, a.object)]
    if isinstance(a.object, Argument) and (a.relation in MODEL.symmetric or spec.get("either_direction")):
        ends.append((a.object, a.subject))
    for subject, obj in ends:
        if "subject" in spec and not entity_matches(spec["subject"], subject.entity):
            continue
        if "object" in spec and not _object_matches(spec["object"], obj, by_id):
            continue
        return True
    return False


def _nested_specs(spec: dict[str, Any]) -> list[dict[str, Any]]:
    obj = spec.get("object")
    return [spec, *_nested_specs(obj)] if isinstance(obj, dict) else [spec]


def _place_spans(text: str, places: list[str]) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for p in places for m in re.finditer(re.escape(p), text)]


def _inside_not_covering(start: int, end: int, span: tuple[int, int]) -> bool:
    # Inside the place name without being the place name itself: "الصين" in "بحر الصين الجنوبي".
    return span[0] <= start and end <= span[1] and (start, end) != span


def place_violations(case: Case, assertions: list[Assertion], mentions: list[Mention]) -> list[str]:
    """Names inside a place name (a sea, a gulf, a strait) must not become actors of a country."""
    spans = _place_spans(case.text, case.not_actors)
    found = []
    for m in mentions:
        if m.entity.country and any(_inside_not_covering(m.start, m.end, s) for s in spans):
            found.append(f"mention {m.text!r} → {m.entity.id} ({m.entity.country}) inside a place name")
    for a in assertions:
        for arg in (a.subject, a.object):
            if not isinstance(arg, Argument) or not arg.entity.country:
                continue
            if arg.start is not None and arg.end is not None:
                inside = any(_inside_not_covering(arg.start, arg.end, s) for s in spans)
            else:  # no offsets: every occurrence of its text lies inside a place name
                hits = [(m.start(), m.end()) for m in re.finditer(re.escape(arg.text), case.text)] if arg.text else []
                inside = bool(hits) and all(any(_inside_not_covering(h[0], h[1], s) for s in spans) for h in hits)
            if inside:
                found.append(f"{describe(a)}: argument {arg.text!r} lies inside a place name")
    return found


def describe(a: Assertion) -> str:
    def name(arg: Any) -> str:
        if isinstance(arg, Argument):
            return f"{arg.entity.country or arg.entity.id}:{arg.entity.label}"
        if isinstance(arg, AssertionRef):
            return f"<assertion {arg.assertion}>"
        return repr(arg)

    attr = f" attr={a.attributed_to.country or a.attributed_to.id}" if a.attributed_to else ""
    time = f" time={a.time.start}..{a.time.end}" if a.time else ""
    return f"{name(a.subject)} {a.relation} {name(a.object)} [{a.polarity}/{a.modality}{attr}{time}]"


@dataclass
class CaseResult:
    case: Case
    produced: int = 0
    # Produced assertions that some expectation (or one nested in it) describes.
    correct: int = 0
    met: int = 0
    # One flag per expectation, in order.
    met_specs: list[bool] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    violations: int = 0


def evaluate(case: Case, assertions: list[Assertion], mentions: list[Mention]) -> CaseResult:
    by_id = {a.id: a for a in assertions}
    # Standing facts (offices, capitals) are outside this corpus: neither scored nor forbidden,
    # unless a forbid names their relation.
    events = [a for a in assertions if a.relation not in MODEL.standing]
    result = CaseResult(case, produced=len(events))
    all_specs = [s for spec in case.expect for s in _nested_specs(spec)]
    result.correct = sum(any(spec_matches(s, a, by_id) for s in all_specs) for a in events)
    for spec in case.expect:
        found = any(spec_matches(spec, a, by_id) for a in assertions)
        result.met_specs.append(found)
        if not found:
            result.problems.append(f"missing: {json.dumps(spec, ensure_ascii=False)}")
    result.met = sum(result.met_specs)
    for spec in case.forbid:
        for a in assertions if "relation" in spec else events:
            if spec_matches(spec, a, by_id):
                result.violations += 1
                result.problems.append(f"forbidden by {json.dumps(spec, ensure_ascii=False)}: {describe(a)}")
    places = place_violations(case, assertions, mentions)
    result.violations += len(places)
    result.problems.extend(places)
    if result.problems:
        result.problems.append("produced: " + ("; ".join(describe(a) for a in assertions) or "nothing"))
    return result


# --- running the extractor once per sentence -------------------------------------------------


_RESULTS: dict[str, tuple[list[Assertion], list[Mention]]] = {}


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


@pytest.fixture(scope="module")
def run(extractor):
    def _run(case: Case) -> tuple[list[Assertion], list[Mention]]:
        if case.id not in _RESULTS:
            _RESULTS[case.id] = extractor.extract_text(case.text, doc_id=case.id, date=case.date, lang="ar")
        return _RESULTS[case.id]

    return _run


# Sentences the extractor does not get right yet, one id a line (# comments allowed). They run as
# strict xfails: when one starts passing, the test fails until its id is removed from the list, so
# the list always says exactly where the extractor stands.
KNOWN_GAPS_FILE = Path(__file__).parent / "fixtures" / "ar_known_gaps.txt"
KNOWN_GAPS = (
    {line.split("#")[0].strip() for line in KNOWN_GAPS_FILE.read_text(encoding="utf-8").splitlines()} - {""}
    if KNOWN_GAPS_FILE.exists()
    else set()
)


def _case_param(case: Case):
    marks = [pytest.mark.xfail(strict=True, reason="known gap (tests/fixtures/ar_known_gaps.txt)")]
    return pytest.param(case, id=case.id, marks=marks if case.id in KNOWN_GAPS else [])


@needs_extractor
@pytest.mark.parametrize("case", [_case_param(c) for c in CASES])
def test_sentence(case: Case, run) -> None:
    result = evaluate(case, *run(case))
    assert not result.problems, f"{case.id} ({case.note})\n{case.text}\n  " + "\n  ".join(result.problems)


@needs_extractor
def test_overall_scores(run, capsys, request) -> None:
    """Precision, recall and forbidden outputs over the whole corpus; floors from the environment."""
    results = [evaluate(c, *run(c)) for c in CASES]
    produced = sum(r.produced for r in results)
    correct = sum(r.correct for r in results)
    expected = sum(len(r.case.expect) for r in results)
    met = sum(r.met for r in results)
    precision = correct / produced if produced else 0.0
    recall = met / expected if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    per_relation: Counter[str] = Counter()
    per_relation_met: Counter[str] = Counter()
    for r in results:
        for spec, found in zip(r.case.expect, r.met_specs):
            key = _alternatives(spec["relation"])[0]
            per_relation[key] += 1
            per_relation_met[key] += found
    summary = {
        "sentences": len(results),
        "sentences_passing": sum(not r.problems for r in results),
        "assertions_produced": produced,
        "assertions_correct": correct,
        "expectations": expected,
        "expectations_met": met,
        "forbidden_outputs": sum(r.violations for r in results),
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "recall_by_relation": {k: f"{per_relation_met[k]}/{n}" for k, n in sorted(per_relation.items())},
    }
    # The cache is absent under -p no:cacheprovider.
    if getattr(request.config, "cache", None) is not None:
        request.config.cache.set("geokg/ar_sentences", summary)
    with capsys.disabled():
        print(
            f"\n[ar_sentences] {summary['sentences_passing']}/{summary['sentences']} sentences pass; "
            f"precision {precision:.3f} ({correct}/{produced}), recall {recall:.3f} ({met}/{expected}), "
            f"F1 {f1:.3f}; forbidden outputs {summary['forbidden_outputs']}"
        )
        print(
            "[ar_sentences] recall by relation: "
            + ", ".join(f"{k} {v}" for k, v in summary["recall_by_relation"].items())
        )
    min_precision = float(os.environ.get("GEOKG_AR_MIN_PRECISION", "0.80"))
    min_recall = float(os.environ.get("GEOKG_AR_MIN_RECALL", "0.70"))
    assert precision >= min_precision, f"precision {precision:.3f} < {min_precision} (GEOKG_AR_MIN_PRECISION)"
    assert recall >= min_recall, f"recall {recall:.3f} < {min_recall} (GEOKG_AR_MIN_RECALL)"


# --- the fixture file itself (no extractor needed) -------------------------------------------


def _check_spec(spec: Any, where: str, forbid: bool = False) -> list[str]:
    errors = []
    if not isinstance(spec, dict):
        return [f"{where}: not an object"]
    if unknown := set(spec) - (FORBID_KEYS if forbid else SPEC_KEYS):
        errors.append(f"{where}: unknown keys {sorted(unknown)}")
    if "relation" in spec:
        errors += [
            f"{where}: unknown relation {r!r}"
            for r in _alternatives(spec["relation"])
            if r not in RELATIONS and r not in EXTRA_RELATIONS
        ]
    elif not forbid:
        errors.append(f"{where}: no relation")
    if not forbid and "subject" not in spec:
        errors.append(f"{where}: no subject")
    for name, allowed in (("polarity", POLARITIES), ("modality", MODALITIES)):
        if name in spec:
            errors += [f"{where}: bad {name} {v!r}" for v in _alternatives(spec[name]) if v not in allowed]
    for name in ("subject", "object", "attributed_to"):
        value = spec.get(name)
        if isinstance(value, dict) and name == "object":
            errors += _check_spec(value, f"{where}.object")
        elif value is not None and not isinstance(value, str):
            errors.append(f"{where}: {name} must be a string, null or (object) a nested spec")
        elif isinstance(value, str) and any(not v for v in _alternatives(value)):
            errors.append(f"{where}: empty alternative in {name} {value!r}")
    time = spec.get("time")
    if time is not None and "time" in spec:
        if not isinstance(time, dict) or not set(time) <= {"start", "end"} or not time:
            errors.append(f"{where}: time must be {{'start': ..., 'end': ...}}")
        else:
            try:
                bounds = [date.fromisoformat(time[k]) for k in ("start", "end") if time.get(k)]
            except (TypeError, ValueError):
                errors.append(f"{where}: time values must be ISO dates")
            else:
                if len(bounds) == 2 and bounds[0] > bounds[1]:
                    errors.append(f"{where}: time starts after it ends")
    return errors


def test_fixture_file_is_well_formed() -> None:
    errors = []
    seen: set[str] = set()
    for line_no, line in enumerate(FIXTURES.read_text(encoding="utf-8").splitlines(), 1):
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {line_no}: {exc}")
            continue
        where = data.get("id", f"line {line_no}")
        if unknown := set(data) - CASE_KEYS:
            errors.append(f"{where}: unknown keys {sorted(unknown)}")
        if not re.fullmatch(r"ar-\d{3,4}", str(data.get("id"))) or data["id"] in seen:
            errors.append(f"{where}: id missing, malformed or repeated")
        seen.add(str(data.get("id")))
        if not re.search(r"[\u0621-\u064A]{3}", data.get("text", "")):
            errors.append(f"{where}: text is not Arabic")
        try:
            date.fromisoformat(data.get("date", ""))
        except ValueError:
            errors.append(f"{where}: date is not ISO 8601")
        if not data.get("note"):
            errors.append(f"{where}: no note")
        for k, spec in enumerate(data.get("expect", [])):
            errors += _check_spec(spec, f"{where}.expect[{k}]")
        for k, spec in enumerate(data.get("forbid", [])):
            errors += _check_spec(spec, f"{where}.forbid[{k}]", forbid=True)
            if "subject" not in spec and "object" not in spec:
                errors.append(f"{where}.forbid[{k}]: names neither subject nor object")
        for place in data.get("not_actors", []):
            if place not in data.get("text", ""):
                errors.append(f"{where}: not_actors {place!r} is not in the text")
    assert not errors, "\n".join(errors)


def test_fixture_relations_exist_in_the_ontology() -> None:
    if not MODEL.interactions:
        pytest.skip(MODEL.problem)
    named = {
        r
        for case in CASES
        for top in case.expect + case.forbid
        for spec in _nested_specs(top)
        if "relation" in spec
        for r in _alternatives(spec["relation"])
    }
    assert named - MODEL.interactions == set(), "not interaction relations of the ontology"


def test_country_codes_are_iso3() -> None:
    """Three-capital-letter values must be real ISO 3166-1 alpha-3 codes (checked on a shared table)."""
    table = SHARED / "reference" / "CAMEO_countrynames.txt"
    if not table.exists():
        pytest.skip(f"{table} is absent (it holds the ISO-3 code list used for the check)")
    iso3 = {
        cols[1] for cols in (ln.split("\t") for ln in table.read_text(encoding="utf-8").splitlines()) if len(cols) > 1
    }
    used: set[str] = set()

    def collect(spec: dict[str, Any]) -> None:
        for name in ("subject", "object", "attributed_to"):
            value = spec.get(name)
            if isinstance(value, dict):
                collect(value)
            elif isinstance(value, str):
                used.update(v for v in _alternatives(value) if re.fullmatch(r"[A-Z]{3}", v))

    for case in CASES:
        for spec in case.expect + case.forbid:
            collect(spec)
    assert used - iso3 == set(), f"not ISO-3 codes: {sorted(used - iso3)}"


def test_fixture_coverage() -> None:
    """The corpus is broad enough to say something: relations, modalities, negation, time, negatives."""
    assert len(CASES) >= 60
    relation_count: Counter[str] = Counter()
    modality_count: Counter[str] = Counter()
    negated = timed = 0
    for case in CASES:
        for spec in (s for top in case.expect for s in _nested_specs(top)):
            relation_count.update(_alternatives(spec["relation"]))
            modality_count.update(_alternatives(spec.get("modality", "")) if "modality" in spec else [])
            negated += spec.get("polarity") == "negated"
            timed += bool(spec.get("time"))
    thin = {r: relation_count[r] for r in RELATIONS if relation_count[r] < 2}
    assert not thin, f"relations with fewer than two expectations: {thin}"
    assert all(modality_count[m] >= 3 for m in MODALITIES), modality_count
    assert negated >= 8 and timed >= 15
    assert sum(not c.expect for c in CASES) >= 8, "too few sentences that must yield nothing"
    assert sum(bool(c.not_actors) for c in CASES) >= 3
    assert len({c.date for c in CASES}) >= 40, "document dates should vary"


def _covers(wide: Any, narrow: Any) -> bool:
    """Every value ``narrow`` allows is allowed by ``wide`` (``*`` allows everything)."""
    if wide == "*":
        return True
    if narrow is None or isinstance(narrow, dict) or isinstance(wide, dict):
        return isinstance(narrow, dict) and (isinstance(wide, dict) or "assertion" in _alternatives(wide))
    return set(_alternatives(narrow)) <= set(_alternatives(wide))


def _forbid_rejects_all(forbid: dict[str, Any], expect: dict[str, Any]) -> bool:
    """Would every assertion that meets ``expect`` be rejected by ``forbid``? Then the case is absurd."""
    for name in ("relation", "polarity", "modality"):
        if name in forbid and not _covers(forbid[name], expect.get(name)):
            return False
    orientations = [(forbid.get("subject"), forbid.get("object"))]
    if forbid.get("either_direction") or set(_alternatives(expect["relation"])) & MODEL.symmetric:
        orientations.append((forbid.get("object"), forbid.get("subject")))
    return any(
        (s is None or _covers(s, expect.get("subject"))) and (o is None or _covers(o, expect.get("object")))
        for s, o in orientations
    )


def test_forbidden_never_contradicts_expected() -> None:
    clashes = [
        f"{c.id}: forbid {f} would reject expect {e}"
        for c in CASES
        for f in c.forbid
        for e in c.expect
        if _forbid_rejects_all(f, e)
    ]
    assert not clashes, "\n".join(clashes)


def test_sentences_are_not_copied_from_the_seed() -> None:
    """The corpus is our own writing: no 30-character stretch of it may come from the seed page."""
    seed_dir = SHARED / "seed"
    seeds = sorted(seed_dir.glob("*.txt")) if seed_dir.exists() else []
    if not seeds:
        pytest.skip(f"no seed page in {seed_dir}")
    seed_text = " ".join(" ".join(p.read_text(encoding="utf-8").split()) for p in seeds)
    copied = []
    for case in CASES:
        text = " ".join(case.text.split())
        for i in range(max(0, len(text) - 29)):
            if text[i : i + 30] in seed_text:
                copied.append(f"{case.id}: {text[i : i + 30]!r}")
                break
    assert not copied, "\n".join(copied)


# --- the matcher itself, on hand-built assertions (no extractor needed) -----------------------


def _entity(code: str | None, label: str, id_: str | None = None, type_: str = "Country") -> Entity:
    return Entity(id=id_ or label.lower().replace(" ", "-"), label=label, type=type_, country=code)


def _assertion(subject: Entity, relation: str, obj: Any, text: str = "نص", **fields: Any) -> Assertion:
    obj = Argument(obj, obj.label) if isinstance(obj, Entity) else obj
    evidence = Evidence(text, 0, len(text), "ar")
    return Assertion("t", Argument(subject, subject.label), relation, obj, evidence, "test", **fields)


IRAN, USA_, GERMANY, RUSSIA, DPRK = (
    _entity("IRN", "Iran", "Q794"),
    _entity("USA", "United States", "Q30"),
    _entity("DEU", "Germany", "Q183"),
    _entity("RUS", "Russia", "Q159"),
    _entity("PRK", "North Korea", "Q423"),
)


E_ACCUSE = {
    "subject": "IRN",
    "relation": "accuses",
    "object": "USA",
    "polarity": "affirmed",
    "time": {"start": "2024-03-11"},
}


def test_matcher_checks_direction_fields_and_forbidden_pairs() -> None:
    case = Case(
        "t-1",
        "نص",
        "2024-03-12",
        "",
        [E_ACCUSE],
        [{"subject": "USA", "object": "IRN"}],
        [],
    )
    good = _assertion(IRAN, "accuses", USA_, time=TimeSpan("2024-03-11"))
    assert evaluate(case, [good], []).problems == []
    backwards = _assertion(USA_, "accuses", IRAN, time=TimeSpan("2024-03-11"))
    result = evaluate(case, [backwards], [])
    assert result.met == 0 and result.violations == 1 and result.correct == 0
    wrong_day = _assertion(IRAN, "accuses", USA_, time=TimeSpan("2024-03-12"))
    negated = _assertion(IRAN, "accuses", USA_, polarity="negated", time=TimeSpan("2024-03-11"))
    assert evaluate(case, [wrong_day, negated], []).met == 0


def test_matcher_symmetry_alternatives_labels_and_nesting() -> None:
    talks = _assertion(USA_, "negotiatesWith", IRAN)
    assert spec_matches({"subject": "IRN", "relation": "negotiatesWith", "object": "USA"}, talks, {})
    accuse = _assertion(USA_, "accuses", IRAN)
    assert not spec_matches({"subject": "IRN", "relation": "accuses", "object": "USA"}, accuse, {})
    assert spec_matches({"subject": "IRN", "object": "USA", "either_direction": True}, accuse, {})
    assert spec_matches(
        {"subject": "Q30", "relation": "criticizes|accuses", "object": "ISR|Iran"},
        accuse,
        {},
    )
    guterres = _entity(None, "António Guterres", "Q311440", "Person")
    assert entity_matches("Q1065|antonio guterres", guterres)
    iaea = _entity(None, "International Atomic Energy Agency", "iaea", "Organization")
    assert entity_matches("IAEA", iaea) and not entity_matches("NATO", iaea)
    inner = _assertion(RUSSIA, "cooperatesMilitarilyWith", DPRK)
    outer = _assertion(GERMANY, "expressesConcernAbout", AssertionRef(inner.id))
    spec = {
        "subject": "DEU",
        "relation": "expressesConcernAbout",
        "object": {
            "subject": "PRK",
            "relation": "cooperatesMilitarilyWith",
            "object": "RUS",
        },
    }
    case = Case("t-2", "نص", "2024-06-21", "", [spec], [], [])
    result = evaluate(case, [inner, outer], [])
    assert result.problems == [] and result.correct == 2
    stray = _assertion(GERMANY, "expressesConcernAbout", AssertionRef("a-missing"))
    assert evaluate(case, [stray], []).met == 0
    assert spec_matches({**spec, "object": "assertion"}, stray, {})


def test_matcher_catches_country_names_inside_place_names() -> None:
    text = "أجرت الفلبين مناورات في بحر الصين الجنوبي."
    case = Case("t-3", text, "2024-04-08", "", [], [], ["بحر الصين الجنوبي"])
    china = _entity("CHN", "China", "Q148")
    sea = _entity(None, "South China Sea", "south-china-sea", "Place")
    place_start = text.index("بحر الصين الجنوبي")
    whole_sea = Mention(
        "t",
        sea,
        "بحر الصين الجنوبي",
        place_start,
        place_start + len("بحر الصين الجنوبي"),
        "ar",
    )
    assert place_violations(case, [], [whole_sea]) == []
    china_start = text.index("الصين")
    china_inside = Mention("t", china, "الصين", china_start, china_start + len("الصين"), "ar")
    assert len(place_violations(case, [], [china_inside])) == 1
    philippines = _entity("PHL", "Philippines", "Q928")
    no_offsets = _assertion(philippines, "conductsMilitaryExercise", Argument(china, "الصين"), text=text)
    assert len(place_violations(case, [no_offsets], [])) == 1
