"""Helpers shared by the tests: hand-made assertions with real contract objects, running the
Arabic entity pipeline on a text with its document date, and JSON Lines files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from geokg.extract.convert import assertion
from geokg.extract.model import Argument, Assertion, Entity, Evidence
from geokg.ontology import load_ontology
from spacy.tokens import Doc


def make_assertion(doc, subject, relation, obj, text, lang="en", start=0, story=None, **extra) -> Assertion:
    """An assertion whose evidence is ``text`` at ``start``; ``obj`` may be an Entity or any object
    value. Built by the extractor's converter, so its CAMEO code, PLOVER type, quad class and
    Goldstein weight are the relation's own in the ontology (they cannot be passed). ``story``
    marks its document as a retelling of that story (set after conversion, as dedup does)."""
    target = Argument(obj, obj.label) if isinstance(obj, Entity) else obj
    made = assertion(
        load_ontology(),
        doc,
        Argument(subject, subject.label),
        relation,
        target,
        Evidence(text, start, start + len(text), lang),
        "test/1",
        **extra,
    )
    made.story = story
    return made


def run_linker(nlp, text: str, date: str | None = None) -> Doc:
    """``nlp`` (the ``nlp`` fixture: the Arabic linker) over ``text`` dated ``date``, as one
    document of one paragraph; the text survives intact."""
    doc = nlp.make_doc(text)
    doc._.geokg_date = date
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert doc.text == text
    return doc


def write_jsonl(path: Path, records: list[dict]) -> Path:
    """``records`` as a JSON Lines file (UTF-8, Arabic unescaped)."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def require_english_model() -> None:
    """Skip the calling test module, with the reason, where ``en_core_web_sm`` is not installed
    (call it at module level)."""
    import pytest
    from geokg.extract.pipeline import ModelNotInstalled, make_english_nlp

    try:
        make_english_nlp()
    except ModelNotInstalled as exc:  # pragma: no cover - the English model is a dependency
        pytest.skip(f"English model not installed: {exc}", allow_module_level=True)


def english_pipeline():
    """``make_english_nlp()``, or a skip with the reason where the English model is missing."""
    import pytest
    from geokg.extract.pipeline import ModelNotInstalled, make_english_nlp

    try:
        return make_english_nlp()
    except ModelNotInstalled as exc:  # pragma: no cover - the English model is a dependency
        pytest.skip(str(exc))


def load_english_model():
    """spaCy's English model as it is (``spacy.load`` by either of its names), or a skip of the
    calling module where it is missing (call it at module level)."""
    import pytest
    import spacy
    from geokg.extract.pipeline import ENGLISH_MODELS

    for name in ENGLISH_MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    pytest.skip("English model not installed", allow_module_level=True)


def coded_en(extractor, text: str, date: str, *, ids: bool = False, coded_only: bool = False) -> set[tuple]:
    """(subject country, relation, object country or None, polarity) of every assertion the
    extractor finds in the English ``text`` dated ``date``; with ``ids`` an entity of no country
    by its id; with ``coded_only`` only assertions with a CAMEO code."""
    return coded(extractor, text, date, "en", ids=ids, coded_only=coded_only)


def modal_en(extractor, text: str, date: str = "2004-10-01") -> set[tuple]:
    """(subject country, relation, object country or None, polarity, modality) of every assertion
    the extractor finds in the English ``text`` dated ``date``."""
    names = ("subject", "relation", "object", "polarity", "modality")
    return readings_en(extractor, text, *names, date=date, coded_only=False)


# What ``readings_en`` can read of an assertion, by name.
_READINGS = {
    "subject": lambda a: a.subject.entity.country,
    "subject_sector": lambda a: a.subject.entity.sector,
    "relation": lambda a: a.relation,
    "cameo": lambda a: a.cameo,
    "root": lambda a: (a.cameo or "")[:2],
    "object": lambda a: getattr(getattr(a.object, "entity", None), "country", None),
    "object_sector": lambda a: getattr(getattr(a.object, "entity", None), "sector", None),
    "polarity": lambda a: a.polarity,
    "modality": lambda a: a.modality,
    # an actor's country, else its label (an international body: "United Nations")
    "subject_actor": lambda a: _actor(a.subject.entity),
    "object_actor": lambda a: _actor(getattr(a.object, "entity", None)),
}


def _actor(entity) -> str | None:
    return None if entity is None else entity.country or entity.label


def readings_en(extractor, text: str, *names: str, date: str = "2005-03-01", coded_only: bool = True) -> set[tuple]:
    """One tuple of the named readings (``_READINGS``: "subject", "root", "object", ...) per
    assertion the extractor finds in the English ``text`` dated ``date``; with ``coded_only``
    only assertions with a CAMEO code. The object's country or sector is None where it has none."""
    return readings(extractor, text, *names, date=date, lang="en", coded_only=coded_only)


def readings(
    extractor, text: str, *names: str, date: str, lang: str, coded_only: bool = True, two_sided: bool = False
) -> set[tuple]:
    """``readings_en`` for a text in the language ``lang``; with ``two_sided`` only assertions
    whose object is an actor (the root of an uncoded one is "")."""
    found = extractor.extract_text(text, doc_id="t", date=date, lang=lang)[0]
    return {
        tuple(_READINGS[n](a) for n in names)
        for a in found
        if (a.cameo or not coded_only) and (isinstance(a.object, Argument) or not two_sided)
    }


def acts_ar(extractor, text: str, date: str) -> set[tuple[str | None, str, str | None]]:
    """(subject, CAMEO root, object) of each affirmed two-sided assertion of an Arabic text, and
    the reverse of a meeting (CAMEO 04), which matches either way (the round 23 grids)."""
    rows = readings(extractor, text, "subject", "root", "object", "polarity", date=date, lang="ar", two_sided=True)
    acts = {(s, root, o) for s, root, o, polarity in rows if polarity == "affirmed"}
    return acts | {(o, root, s) for s, root, o in acts if root == "04"}


def party_readings_en(extractor, text: str) -> set[tuple]:
    """(subject actor, CAMEO root, object actor, polarity, modality) of each coded assertion
    in the English ``text``: the readings of the round 16 grids."""
    return readings_en(extractor, text, "subject_actor", "root", "object_actor", "polarity", "modality")


def labelled_en(extractor, text: str, *, typed: str = "object", date: str = "2004-10-01") -> set[tuple]:
    """(subject label, relation, object label, type) of every coded assertion in the English
    ``text``; the type is the object's (``typed="object"``) or the subject's (``"subject"``)."""
    found = extractor.extract_text(text, doc_id="t", date=date, lang="en")[0]
    out = set()
    for a in found:
        obj = getattr(a.object, "entity", None)
        kind = a.subject.entity.type if typed == "subject" else (obj.type if obj else None)
        if a.cameo:
            out.add((a.subject.entity.label, a.relation, obj.label if obj else None, kind))
    return out


def coded(extractor, text: str, date: str, lang: str, *, ids: bool = False, coded_only: bool = False) -> set[tuple]:
    """``coded_en`` for a text in the language ``lang``."""

    def who(entity) -> str | None:
        return entity.country or (entity.id if ids else None)

    found = extractor.extract_text(text, doc_id="t", date=date, lang=lang)[0]
    return {
        (
            who(a.subject.entity),
            a.relation,
            who(a.object.entity) if isinstance(a.object, Argument) else None,
            a.polarity,
        )
        for a in found
        if a.cameo or not coded_only
    }


def parties_ar(extractor, text: str, *, labels: tuple[str, ...] = (), polarity: bool = False) -> set[tuple]:
    """(subject's country, relation, object's country) of each assertion of an Arabic text, "" for
    no object (and for a subject with no country); a side named in ``labels`` ("subject",
    "object") gives a stateless party's label instead; ``polarity`` adds the assertion's."""
    out = set()
    for a in extractor.extract_text(text, lang="ar")[0]:
        subject, obj = a.subject.entity, getattr(a.object, "entity", None)
        who = subject.country or (subject.label if "subject" in labels else "")
        whom = "" if obj is None else (obj.country or obj.label if "object" in labels else obj.country)
        out.add((who, a.relation, whom, a.polarity) if polarity else (who, a.relation, whom))
    return out


def event_sides_ar(
    extractor, text: str, event_type: str, date: str = "2024-09-02", *, field: str = "country"
) -> set[tuple]:
    """(subject's country, object's country) of every event of a PLOVER type an Arabic text
    reports as happened (affirmed, asserted or reported), as the spans lines are scored; with
    ``field="type"``, their entity types instead."""
    from geokg.extract.evaluate_events import of_type, reported_as_happened

    assertions, _ = extractor.extract_text(text, date=date, lang="ar")
    return {
        (
            getattr(a.subject.entity, field),
            getattr(a.object.entity, field) if isinstance(a.object, Argument) else None,
        )
        for a in assertions
        if of_type(a, event_type) and reported_as_happened(a)
    }


def happened_ar(extractor, text: str, date: str) -> set[tuple[str | None, str, str | None]]:
    """(subject country or id, relation, object country or id) of the affirmed assertions that
    happened (asserted or reported) in an Arabic text."""
    assertions, _ = extractor.extract_text(text, date=date, lang="ar")

    def side(arg) -> str | None:
        if not isinstance(arg, Argument):
            return None
        return arg.entity.country or arg.entity.id

    return {
        (side(a.subject), a.relation, side(a.object))
        for a in assertions
        if a.polarity == "affirmed" and a.modality in ("asserted", "reported")
    }


def root_rows_ar(extractor, text: str, date: str) -> set[tuple[str | None, str, str | None, str, str]]:
    """(subject state, CAMEO root, object state, polarity, modality) of every two-sided assertion
    of an Arabic text, uncoded ones too (the rows of the round 21 and 22 vocabulary grids)."""
    names = ("subject", "root", "object", "polarity", "modality")
    return readings(extractor, text, *names, date=date, lang="ar", coded_only=False, two_sided=True)


def readings_ar(
    extractor, text: str, date: str, labels: bool = False
) -> set[tuple[str | None, str, str | None, str, str]]:
    """(subject country, relation, object country, polarity, modality) of each assertion of an
    Arabic text; with ``labels`` an object of no country by its label."""
    assertions, _ = extractor.extract_text(text, date=date, lang="ar")
    out = set()
    for a in assertions:
        obj = None
        if isinstance(a.object, Argument):
            obj = a.object.entity.country or (a.object.entity.label if labels else None)
        out.add((a.subject.entity.country, a.relation, obj, str(a.polarity), str(a.modality)))
    return out


def pairs(found: set) -> set[tuple[str | None, str, str | None]]:
    """(subject, relation, object) of each reading of ``readings_ar``, without polarity and modality."""
    return {t[:3] for t in found}


# Three Arabic speakers of three states (masculine, so one verb form serves): the first parties of
# the round 22 and 23 grids of statements, judgements and warnings.
AR_SPEAKERS = [
    ("الرئيس المصري", "EGY"),
    ("وزير الخارجية التركي", "TUR"),
    ("رئيس الوزراء الياباني", "JPN"),
]


# Arabic parties of both genders for grids whose verb and possessive agree with the party: (party,
# its state, the past verb's feminine ending, the possessive pronoun); and the other side.
AR_GENDERED_PARTIES = [
    ("الرئيس المصري", "EGY", "", "ه"),
    ("وزير الخارجية الروسي", "RUS", "", "ه"),
    ("الحكومة الهندية", "IND", "ت", "ها"),
    ("المستشارة الألمانية أنجيلا ميركل", "DEU", "ت", "ها"),
]
# States judged or acting in the judgement grids, with a third state: (state, its code, its
# adjective masculine, feminine, a third state, the third's code)
AR_JUDGED_STATES = [
    ("إسرائيل", "ISR", "الإسرائيلي", "الإسرائيلية", "لبنان", "LBN"),
    ("إيران", "IRN", "الإيراني", "الإيرانية", "العراق", "IRQ"),
    ("روسيا", "RUS", "الروسي", "الروسية", "أوكرانيا", "UKR"),
]
AR_OTHER_PARTIES = [("الرئيس الفرنسي", "FRA"), ("رئيس الوزراء الياباني", "JPN"), ("الحكومة الإيطالية", "ITA")]

# Other states, each with a third state: (state, its code, a third state); the warned states of the
# round 22 warning grid and the threatened ones of round 24's.
AR_OTHER_STATES = [
    ("إسرائيل", "ISR", "لبنان"),
    ("إيران", "IRN", "العراق"),
    ("روسيا", "RUS", "أوكرانيا"),
]


def every_pair(firsts: list[tuple], others: list[tuple]):
    """A decorator: the test for each first party (``one``) and each other party (``other``),
    each named in the test id by its code (the tuple's second item)."""

    def wrap(test):
        test = pytest.mark.parametrize("other", others, ids=lambda w: w[1])(test)
        return pytest.mark.parametrize("one", firsts, ids=lambda w: w[1])(test)

    return wrap
