"""EXPECTED.md's relation table and "must NOT" list as a data-driven test over the seed page.

The seed lives in ../shared/seed/ (CI has it); the project does not ship its text. Each row
below restates a row of EXPECTED.md as facts (ids, country codes, CAMEO roots), never as
sentences. Subjects and objects match on the entity id or on the country the entity acts for,
as event-coder evaluations do; symmetric relations match in either direction.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from geokg.extract.documents import segment
from geokg.extract.model import Argument, Assertion, AssertionRef
from geokg.ontology import load_ontology

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_08a461d4136db840.txt"
DATES = {1: "2024-06-18", 2: "2024-06-21"}

PUTIN, KIM, PRK, RUS, VNM, UKR, USA, KOR = "Q7747", "Q56226", "PRK", "RUS", "VNM", "UKR", "USA", "KOR"
ANY = None

ROWS = [
    dict(
        n=1, subject={PUTIN}, roots={"04"}, object={PRK, "Q423"}, polarity="affirmed", time=("2024-06-18", "2024-06-20")
    ),
    dict(n=2, subject={PUTIN}, roots={"04"}, object={VNM}, polarity="affirmed"),
    dict(
        n=3,
        subject={RUS},
        roots={"03", "05", "06"},
        object={PRK},
        polarity="affirmed",
        modality={"reported"},
        attributed={PUTIN},
    ),
    dict(n=4, subject={RUS}, roots={"06"}, object={PRK}, modality={"expected"}, attributed={PUTIN}),
    dict(n=5, subject={RUS}, roots={"15"}, object=ANY, polarity="affirmed"),
    dict(n=6, subject={USA}, roots={"01", "11"}, object={"assertion", PRK, RUS}, polarity="affirmed"),
    dict(n=7, subject={USA}, roots={"01", "11"}, object=ANY, polarity="negated"),
    dict(n=8, subject={USA}, roots={"11"}, object={PRK}, polarity="affirmed"),
    dict(n=9, subject={PRK}, roots={"06", "07"}, object={RUS}, modality={"alleged"}),
    dict(n=10, subject={RUS}, roots={"07"}, object={PRK}, modality={"alleged", "reported"}),
    dict(n=11, subject={RUS}, roots={"05"}, object={PRK}),
    dict(n=12, subject={"west"}, roots={"16"}, object={RUS, PRK}, polarity="affirmed"),
    dict(n=13, subject={USA}, roots={"11"}, object={RUS}, polarity="affirmed", time=("2024-06-10", "2024-06-16")),
    dict(n=14, subject={PRK}, roots={"05"}, object={RUS}, modality={"reported"}, attributed={PUTIN}),
    dict(n=15, subject={RUS}, roots={"19"}, object={UKR}, polarity="affirmed"),
    dict(n=16, subject={RUS}, roots={"12"}, object=ANY, polarity="affirmed", time=("2024-03-01", "2024-03-31")),
    dict(n=17, subject={KOR}, roots={"02"}, object={RUS}, polarity="affirmed"),
    dict(n=18, subject={KOR}, roots={"07"}, object={UKR}, polarity="affirmed"),
    dict(n=19, subject={KOR}, roots={"16"}, object={RUS}, polarity="affirmed"),
    dict(n=20, subject={PUTIN}, roots={"05"}, object={KIM}, polarity="affirmed"),
    dict(n=21, subject={PUTIN}, roots={"05"}, object={"to-lam", VNM}, polarity="affirmed"),
    dict(n=22, subject={RUS}, roots={"05"}, object={VNM}, polarity="affirmed"),
    dict(n=23, subject={PUTIN}, roots={"04"}, object={KIM}, polarity="affirmed"),
]


def _keys(arg) -> set[str]:
    if isinstance(arg, Argument):
        e = arg.entity
        keys = {e.id, e.label.lower()}
        if e.country:
            keys.add(e.country)
        if e.type == "Bloc" or "west" in e.id.lower():
            keys.add("west")
        return keys
    if isinstance(arg, AssertionRef):
        return {"assertion"}
    return set()


def _matches(a: Assertion, row: dict, symmetric: bool) -> bool:
    if not a.cameo or a.cameo[:2] not in row["roots"]:
        return False
    if row.get("cameo") and a.cameo != row["cameo"]:
        return False
    directions = [(a.subject, a.object)]
    if symmetric and isinstance(a.object, Argument):
        directions.append((a.object, a.subject))
    ok = False
    for subj, obj in directions:
        if not _keys(subj) & row["subject"]:
            continue
        if row["object"] is not ANY and not _keys(obj) & row["object"]:
            continue
        ok = True
    if not ok:
        return False
    if "polarity" in row and a.polarity != row["polarity"]:
        return False
    if "modality" in row and a.modality not in row["modality"]:
        return False
    if "attributed" in row and not (
        a.attributed_to and {a.attributed_to.id, a.attributed_to.country} & row["attributed"]
    ):
        return False
    if "time" in row:
        start, end = row["time"]
        if a.time is None or a.time.start != start or (a.time.end or a.time.start) != end:
            return False
    return True


@pytest.fixture(scope="module")
def seed_result():
    if not SEED.is_file():
        pytest.skip(f"the seed page is not here ({SEED}); CI provides ../shared/seed/")
    from geokg.extract.pipeline import Extractor

    text = SEED.read_text(encoding="utf-8")
    docs = segment(text, SEED.stem, lang="ar")
    for n, d in enumerate(docs, start=1):
        d.date = DATES.get(n)
    results = list(Extractor().extract(docs))
    assertions = [a for r in results for a in r.assertions]
    mentions = [m for r in results for m in r.mentions]
    return text, docs, assertions, mentions


def test_seed_is_two_articles(seed_result):
    text, docs, _, _ = seed_result
    assert [d.id for d in docs] == [f"{SEED.stem}#1", f"{SEED.stem}#2"]
    assert docs[0].source and docs[1].source and docs[0].source != docs[1].source


@pytest.mark.parametrize("row", ROWS, ids=[f"row{r['n']:02d}" for r in ROWS])
def test_expected_row(seed_result, row):
    _, _, assertions, _ = seed_result
    relations = load_ontology().relations
    hits = [a for a in assertions if _matches(a, row, relations[a.relation].symmetric)]
    candidates = [
        f"{a.subject.entity.label} -{a.relation}({a.cameo})-> "
        f"{a.object.entity.label if isinstance(a.object, Argument) else a.object} "
        f"[{a.polarity}/{a.modality}, attr={a.attributed_to.label if a.attributed_to else None}, time={a.time}]"
        for a in assertions
        if a.cameo and a.cameo[:2] in row["roots"]
    ]
    assert hits, f"EXPECTED row {row['n']} not extracted; same-root candidates: {candidates}"


def test_offsets_slice_the_input(seed_result):
    text, _, assertions, mentions = seed_result
    assert assertions and mentions
    for a in assertions:
        assert text[a.evidence.start : a.evidence.end] == a.evidence.text
    for m in mentions:
        assert text[m.start : m.end] == m.text


def test_nothing_from_furniture(seed_result):
    """No assertion or mention from the keyword line or the related-articles list."""
    text, docs, assertions, mentions = seed_result
    furniture_start = text.index("كلمات دلالية")
    read_also = text.index("إقرأ أيضاً")
    related = text.index("مقالات مشابهة")
    for a in assertions:
        assert not (furniture_start <= a.evidence.start < read_also), a.evidence.text
        assert a.evidence.start < related, a.evidence.text
    for m in mentions:
        assert not (furniture_start <= m.start < read_also)
        assert m.start < related


def test_kirby_not_affirmed_concerned_about_the_visit(seed_result):
    _, _, assertions, _ = seed_result
    bad = [
        a
        for a in assertions
        if a.relation == "expressesConcernAbout"
        and a.polarity == "affirmed"
        and a.subject.entity.country == USA
        and "لسنا" in a.evidence.text[: a.evidence.text.find("يقلقنا") if "يقلقنا" in a.evidence.text else None]
        and isinstance(a.object, Argument)
        and a.object.entity.id == PUTIN
    ]
    assert not bad


def test_no_japan_actor(seed_result):
    _, _, assertions, mentions = seed_result
    for a in assertions:
        for arg in (a.subject, a.object):
            assert not (isinstance(arg, Argument) and arg.entity.country == "JPN" and arg.entity.type == "Country")
    assert not [
        m for m in mentions if m.entity.id == "Q17" or (m.entity.country == "JPN" and m.entity.type == "Country")
    ]


def test_no_relation_from_co_occurrence_alone(seed_result):
    """Every assertion's evidence holds a trigger: the relation is never a bare co-occurrence.

    Proxy: at most a small share of the page's sentences that name two or more states may yield
    assertions between states that the table does not list (over-generation, EVENTS.md)."""
    _, _, assertions, _ = seed_result
    relations = load_ontology().relations
    listed = [a for a in assertions if any(_matches(a, r, relations[a.relation].symmetric) for r in ROWS)]
    interactions = [a for a in assertions if relations[a.relation].kind == "interaction"]
    extra = len(interactions) - len(listed)
    assert extra <= max(8, len(ROWS) // 2), [
        (a.subject.entity.label, a.relation, getattr(getattr(a.object, "entity", None), "label", a.object))
        for a in interactions
        if a not in listed
    ]


def test_standing_facts_from_titles(seed_result):
    """EXPECTED.md's standing facts that the page states as title + name."""
    _, _, assertions, _ = seed_result
    facts = {
        (a.subject.entity.id, a.relation, a.object.entity.country)
        for a in assertions
        if a.wikidata_property or load_ontology().relations[a.relation].kind == "standing"
        if isinstance(a.object, Argument)
    }
    assert (PUTIN, "headOfStateOf", RUS) in facts
    assert any(rel == "foreignMinisterOf" and country == RUS for _, rel, country in facts)
