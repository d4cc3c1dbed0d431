"""geokg.graph.analysis on hand-built graphs with known answers (a broker, blocs, a score change),
its doctests, and reading an output folder."""

from __future__ import annotations

import doctest
import json

import geokg.graph.analysis as analysis_module
import pytest
from geokg.extract.model import Document, Entity, TimeSpan
from geokg.graph.analysis import (
    AnalysisError,
    Corpus,
    balance,
    blocs,
    centrality,
    change,
    covered,
    dyad_graph,
    dyad_series,
    ego,
    event_graph,
    is_counted,
    load,
    rollup,
    signed_graph,
)
from helpers import make_assertion


def test_doctests():
    found = doctest.testmod(analysis_module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert found.attempted > 20 and found.failed == 0


def country(code: str, name: str) -> Entity:
    return Entity(f"x-{code.lower()}", name, "Country", {"en": name, "ar": name + " (ar)"}, country=code)


# Two triangles of friends, joined only through a broker; a pair that falls out.
A, B, C = country("AAA", "Aland"), country("BBB", "Bland"), country("CCC", "Cland")
D, E, F = country("DDD", "Dland"), country("EEE", "Eland"), country("FFF", "Fland")
BROKER = country("BRK", "Brokerland")


def act(doc, subject, relation, obj, day, **extra):
    """An act dated ``day``; its quad class and Goldstein weight are the relation's in the ontology."""
    return make_assertion(
        doc, subject, relation, obj, f"{subject.label} {relation} {obj.label} ({doc})", time=TimeSpan(day), **extra
    )


@pytest.fixture()
def corpus() -> Corpus:
    items = [
        act("d1", A, "praises", B, "2024-01-05"),
        act("d1", B, "praises", C, "2024-01-05", start=100),
        act("d1", C, "praises", A, "2024-01-05", start=200),
        act("d2", D, "praises", E, "2024-01-06"),
        act("d2", E, "praises", F, "2024-01-06", start=100),
        act("d2", F, "praises", D, "2024-01-06", start=200),
        act("d3", BROKER, "mediates", A, "2024-02-01"),
        act("d3", BROKER, "mediates", D, "2024-02-01", start=100),
        # A and B: friends in January, enemies in June.
        act("d4", A, "signsAgreementWith", B, "2024-01-20"),
        act("d5", A, "imposesSanctionsOn", B, "2024-06-10"),
        act("d6", B, "attacks", A, "2024-06-15"),
        # Never counted as the act: a negation, an allegation, a standing fact.
        act("d7", A, "attacks", B, "2024-06-16", polarity="negated"),
        act("d7", B, "attacks", C, "2024-06-16", start=300, modality="alleged"),
        make_assertion("d7", A, "memberOf", B, "A is a member of B.", start=400),
    ]
    documents = [Document(f"d{n}", "", date="2024-01-01", source="Wire") for n in range(1, 8)]
    return Corpus.of(items, documents)


def test_what_counts(corpus):
    events = event_graph(corpus, rollup=False)
    assert events.number_of_edges() == 11
    assert not events.has_edge("x-aaa", "x-bbb", ("attacks", "d7", "Wire"))
    assert events.has_edge("x-bbb", "x-ccc", ("praises", "d1", "Wire"))
    admitted = event_graph(corpus, rollup=False, modalities=("asserted", "alleged"))
    assert admitted.has_edge("x-bbb", "x-ccc", ("attacks", "d7", "Wire"))
    assert not admitted.has_edge("x-aaa", "x-bbb", ("attacks", "d7", "Wire"))  # negated: never
    assert is_counted(corpus.assertions[-1]) is False  # a standing fact is no act


def test_the_broker_has_the_highest_betweenness(corpus):
    rows = centrality(corpus, by="betweenness", rollup=False)
    assert rows[0]["label"] == "Brokerland"
    assert rows[0]["betweenness"] > rows[1]["betweenness"]
    assert {row["label"] for row in rows} == {"Aland", "Bland", "Cland", "Dland", "Eland", "Fland", "Brokerland"}


def test_blocs_of_friends_and_the_pair_that_fell_out(corpus):
    found = blocs(corpus, rollup=False)
    members = [set(group) for group in found]
    assert {"x-ddd", "x-eee", "x-fff"} in members  # friends all round: a bloc of their own
    assert not any({"x-aaa", "x-bbb"} <= group for group in members)  # the pair that fell out is apart
    assert not any({"x-aaa", "x-ddd"} <= group for group in members)


def test_the_score_change_of_the_pair_that_fell_out(corpus):
    rows = change(corpus, ("2024-01-01", "2024-03-31"), ("2024-04-01", "2024-12-31"), rollup=False)
    assert (rows[0]["a"], rows[0]["b"]) == ("x-aaa", "x-bbb")
    assert (rows[0]["before"], rows[0]["after"], rows[0]["change"]) == (11.4, -18.0, -29.4)
    assert rows[0]["events_before"] == 2 and rows[0]["events_after"] == 2
    assert len(rows[0]["assertions_after"]) == 2


def test_dyad_series_by_month(corpus):
    rows = dyad_series(corpus, "AAA", "BBB", period="month", rollup=False)
    assert [row["period"] for row in rows] == ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"]
    assert (rows[0]["quad1"], rows[0]["score"]) == (2, 11.4)
    assert rows[1]["events"] == 0
    assert (rows[5]["quad4"], rows[5]["conflict"], rows[5]["score"]) == (2, 18.0, -18.0)
    directed = dyad_series(corpus, "AAA", "BBB", directed=True, rollup=False)
    assert directed[-1]["events"] == 1  # only A's sanctions, not B's attack


def test_balance_and_ego(corpus):
    signed = signed_graph(corpus, rollup=False)
    assert signed.edges["x-aaa", "x-bbb"]["sign"] == -1
    found = balance(corpus, rollup=False)
    # D, E, F are friends all round; A and B fell out while both stay C's friends.
    assert found["triangles"] == 2 and found["balanced"] == 1
    assert found["unbalanced"] == [["x-aaa", "x-bbb", "x-ccc"]]
    assert set(ego(corpus, "Brokerland", rollup=False)) == {"x-brk", "x-aaa", "x-ddd"}
    assert covered(corpus, rollup=False) == ("2024-01-05", "2024-06-15")


def test_since_until_and_countries(corpus):
    assert event_graph(corpus, rollup=False, since="2024-06-01").number_of_edges() == 2
    assert event_graph(corpus, rollup=False, until="2024-01-05").number_of_edges() == 3
    only = event_graph(corpus, rollup=False, countries=["brk"])
    assert {(u, v) for u, v in only.edges()} == {("x-brk", "x-aaa"), ("x-brk", "x-ddd")}


def test_evidence_counts_once_per_story_and_source():
    egypt, turkey = Entity("Q79", "Egypt", "Country", country="EGY"), Entity("Q43", "Turkey", "Country", country="TUR")
    items = [
        act("w1", egypt, "visits", turkey, "2024-03-01"),
        act("w1", egypt, "visits", turkey, "2024-03-01", start=50),  # the same story, again
        act("w2", egypt, "visits", turkey, "2024-03-01", story="w1"),  # another outlet's copy
        act("w3", egypt, "visits", turkey, "2024-03-01", story="w1"),  # the first outlet's copy
    ]
    documents = [
        Document("w1", "", source="Wire one"),
        Document("w2", "", source="Wire two", story="w1"),
        Document("w3", "", source="Wire one", story="w1"),
    ]
    rows = dyad_series(Corpus.of(items, documents), "EGY", "TUR")
    assert rows[0]["events"] == 2 and len(rows[0]["assertions"]) == 4


def test_rollup_by_office_and_kind(gaz):
    putin = gaz.entity("Q7747")
    assert rollup(putin, "2024-06-01").id == "Q159"
    assert rollup(putin, "1990-01-01").id == "Q7747"  # before any office: himself
    assert (
        rollup(Entity("rus-defence-ministry", "defence ministry (Russia)", "GovernmentBody", country="RUS")).id
        == "Q159"
    )
    assert rollup(Entity("irq-police", "police (Iraq)", "GovernmentBody", country="IRQ", sector="COP")).id == "Q796"
    assert rollup(gaz.entity("Q1065")).id == "Q1065"  # an international organisation stays
    generic = Entity("person-someone", "Someone", "Person", country="EGY", sector="GOV")
    assert rollup(generic).id == "Q79"  # a person in a state role the data has no terms for
    rebel = Entity("person-rebel", "A rebel", "Person", country="EGY", sector="REB")
    assert rollup(rebel).id == "person-rebel"


def test_rolled_up_dyads_merge_leaders_and_states(gaz):
    putin, russia, korea = gaz.entity("Q7747"), gaz.entity("Q159"), gaz.entity("Q423")
    items = [
        act("p1", putin, "visits", korea, "2024-06-19"),
        act("p2", russia, "signsAgreementWith", korea, "2024-06-20"),
        act("p3", putin, "headOfStateOf", russia, "2024-06-20"),
    ]
    dyads = dyad_graph(items)
    assert set(dyads.edges()) == {("Q159", "Q423")} or set(dyads.edges()) == {("Q423", "Q159")}
    assert dyads.edges["Q159", "Q423"]["events"] == 2
    assert "Q7747" in dyad_graph(items, rollup=False)


def test_load_an_output_folder_and_its_errors(tmp_path, corpus):
    with open(tmp_path / "assertions.jsonl", "w", encoding="utf-8") as out:
        for assertion in corpus.assertions:
            out.write(json.dumps(assertion.to_json(), ensure_ascii=False) + "\n")
    with open(tmp_path / "documents.jsonl", "w", encoding="utf-8") as out:
        for document in corpus.documents.values():
            out.write(json.dumps(document.provenance_json()) + "\n")
    loaded = load(tmp_path)
    assert len(loaded.assertions) == len(corpus.assertions) and set(loaded.documents) == set(corpus.documents)
    assert centrality(tmp_path, by="betweenness", rollup=False)[0]["label"] == "Brokerland"
    with open(tmp_path / "assertions.jsonl", "a", encoding="utf-8") as out:
        out.write("{not json\n")
    with pytest.raises(AnalysisError, match=r"assertions.jsonl:15: not valid JSON"):
        load(tmp_path)


def test_a_built_graph_is_not_rebuilt_with_other_options(corpus):
    events = event_graph(corpus)
    with pytest.raises(TypeError, match="rollup"):
        centrality(events, rollup=False)
