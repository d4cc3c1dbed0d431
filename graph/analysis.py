"""Analysis of a geokg graph over time: plain functions in networkx's style.

Every measure takes ``data``: an output folder (``OUT/``, read from its ``assertions.jsonl`` and
``documents.jsonl``), assertions in memory (with ``documents=`` for their dates and sources), a
:class:`Corpus`, or the graph :func:`event_graph` returns (built once, reused by every measure).
The keywords that choose what counts are the same everywhere (``**select``):

- ``rollup=True``: actors roll up to the state they act for (:func:`rollup`): a person by the
  office they hold at the event's date, ministries, armies and state bodies, and the generic
  actors ("Iraqi police", "Russian officials") to their country. International organisations,
  named non-state groups (Hamas, the PKK) and people out of office stay themselves.
- ``modalities=("asserted", "reported")``: which assertions count as the act. Add "alleged",
  "expected" or "hypothetical" to admit them; a negated assertion never counts as the act.
- ``since``/``until`` (ISO dates, inclusive) and ``countries`` (ISO 3166-1 alpha-3 codes: an
  event counts when either side is of one of them).

Only interactions count (relations with a CAMEO quad class), not standing facts such as offices.
Evidence counts once per ``(story, source)`` (CONTRACT §2): a wire story carried by three
outlets is three pieces of evidence; the same story twice from one outlet, or the same act
stated in two sentences of one story, is one. An act an actor does to itself after the roll-up
(a ministry of the state it belongs to) is domestic and left out of the dyads.

A small graph to try the functions on (the doctests use it):

>>> from geokg.graph.analysis import example_corpus, centrality
>>> corpus = example_corpus()
>>> [row["label"] for row in centrality(corpus, by="betweenness", top=2)]
['Qatar', 'United States']
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np
from geokg.extract import convert
from geokg.extract.gazetteer import Gazetteer, Term, load_gazetteer
from geokg.extract.model import Argument, Assertion, Document, Entity, Evidence, TimeSpan
from geokg.ontology import load_ontology, sector_groups

from .errors import GeokgError
from .outfolder import OutputFolder, read_records
from .stories import evidence_key
from .views import edge_targets

COUNTED = ("asserted", "reported")
PERIODS = ("day", "week", "month", "quarter", "year")
_PLACES = frozenset({"City", "Place"})
BETWEENNESS_EXACT = 300
BETWEENNESS_SAMPLES = 64
_DAY = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


class AnalysisError(GeokgError):
    """An output folder that cannot be read: the message names the file and line (exit 1)."""


# ---- input -----------------------------------------------------------------------------------


@dataclass
class Corpus:
    """Assertions and the documents they come from (for dates, sources and stories)."""

    assertions: list[Assertion]
    documents: dict[str, Document] = field(default_factory=dict)

    @classmethod
    def of(cls, assertions: Iterable[Assertion], documents: Iterable[Document] | None = None) -> Corpus:
        return cls(list(assertions), {d.id: d for d in documents or ()})


def _records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    return read_records(path, AnalysisError)


def load(folder: str | os.PathLike[str]) -> Corpus:
    """The assertions and documents of an output folder (``geokg build -o OUT/``).

    >>> try:
    ...     load("no/such/folder")
    ... except AnalysisError as e:
    ...     print(e)
    no/such/folder: no assertions.jsonl here (not a geokg output folder)
    """
    out = OutputFolder(folder)
    path = out.assertions
    if not path.is_file():
        raise AnalysisError(f"{folder}: no assertions.jsonl here (not a geokg output folder)")
    assertions = []
    for number, record in _records(path):
        try:
            assertions.append(Assertion.from_json(record))
        except (KeyError, TypeError, ValueError, AttributeError) as e:
            raise AnalysisError(f"{path}:{number}: not a geokg assertion ({e!r})") from None
    documents: dict[str, Document] = {}
    if out.documents.is_file():
        for number, record in _records(out.documents):
            try:
                document = Document.from_provenance_json(record)
            except KeyError as e:
                raise AnalysisError(f"{out.documents}:{number}: missing field {e}") from None
            documents[document.id] = document
    return Corpus(assertions, documents)


# ---- which assertions count, and when ------------------------------------------------------------


def is_counted(assertion: Assertion, modalities: Iterable[str] = COUNTED) -> bool:
    """Whether an assertion counts as the act: an affirmed interaction stated in one of
    ``modalities``. Negated assertions never count, whatever the modalities.

    >>> a = example_corpus().assertions[0]
    >>> is_counted(a), a.modality
    (True, 'asserted')
    >>> from dataclasses import replace
    >>> is_counted(replace(a, polarity="negated"), modalities=("asserted", "alleged"))
    False
    >>> is_counted(replace(a, modality="alleged")), is_counted(replace(a, modality="alleged"), ("alleged",))
    (False, True)
    """
    return assertion.polarity == "affirmed" and assertion.modality in modalities and assertion.quad is not None


def _iso_day(value: str | None) -> str | None:
    if not value or not _DAY.match(value):
        return None
    day = value[:10]
    return day + "-01-01"[len(day) - 4 :] if len(day) < 10 else day


def event_day(assertion: Assertion, documents: dict[str, Document] | None = None) -> str | None:
    """The day an assertion is placed at: the event's own date, else its document's.

    >>> corpus = example_corpus()
    >>> event_day(corpus.assertions[0], corpus.documents)
    '2024-01-10'
    """
    day = _iso_day(assertion.time.start) if assertion.time else None
    if day is None and documents:
        document = documents.get(assertion.doc)
        day = _iso_day(document.date) if document else None
    return day


def period_of(day: str, period: str = "month") -> str:
    """The period a day falls in: ``day``, ``week`` (ISO week), ``month``, ``quarter`` or ``year``.

    >>> [period_of("2024-03-05", p) for p in PERIODS]
    ['2024-03-05', '2024-W10', '2024-03', '2024-Q1', '2024']
    """
    if period == "day":
        return day
    if period == "month":
        return day[:7]
    if period == "year":
        return day[:4]
    if period == "quarter":
        return f"{day[:4]}-Q{(int(day[5:7]) - 1) // 3 + 1}"
    if period == "week":
        year, week, _ = dt.date.fromisoformat(day).isocalendar()
        return f"{year}-W{week:02d}"
    raise ValueError(f"unknown period {period!r}: one of {', '.join(PERIODS)}")


def periods_between(first: str, last: str, period: str = "month") -> list[str]:
    """Every period from the one holding day ``first`` to the one holding ``last``.

    >>> periods_between("2024-11-20", "2025-02-01")
    ['2024-11', '2024-12', '2025-01', '2025-02']
    """
    start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    step = dt.timedelta(days=1 if period == "day" else 7 if period == "week" else 28)
    found: list[str] = []
    day = start
    while day <= end:
        key = period_of(day.isoformat(), period)
        if not found or found[-1] != key:
            found.append(key)
        day += step
    last_key = period_of(end.isoformat(), period)
    if found[-1] != last_key:
        found.append(last_key)
    return found


# ---- roll-up -----------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    return load_gazetteer()


def _term_at(terms: list[Term], day: str | None) -> Term | None:
    if day is None:  # no date: the open term, else the latest
        return max(terms, key=lambda t: (t.end is None, t.start or ""))
    fitting = [t for t in terms if (t.start is None or t.start <= day) and (t.end is None or day < t.end)]
    return max(fitting, key=lambda t: t.start or "") if fitting else None


def _country(gazetteer: Gazetteer, iso3: str) -> Entity:
    found = gazetteer.country(iso3)
    return found if found is not None else Entity(iso3, iso3, "Country", {}, country=iso3)


def rollup(entity: Entity, day: str | None = None, *, gazetteer: Gazetteer | None = None) -> Entity:
    """The actor ``entity`` counts as at ``day`` when actors roll up to states.

    A person counts as the state (or international body) whose office they hold that day, and
    as themselves out of office; a person the data knows no terms for counts as their country
    when named in a state role (a government, military, judicial, legislative, intelligence or
    police sector). Ministries, armies, state bodies, places and generic actors ("Iraqi police",
    "Hungarian officials", ``<iso3>-<slug>``) count as their country. International
    organisations, named non-state groups and actors of no state stay themselves.

    >>> putin = Entity("Q7747", "Vladimir Putin", "Person", country="RUS", sector="GOV")
    >>> rollup(putin, "2024-06-18").label, rollup(putin, "1995-01-01").label
    ('Russia', 'Vladimir Putin')
    >>> rollup(Entity("chn-government", "government (China)", "GovernmentBody", country="CHN", sector="GOV")).id
    'Q148'
    >>> rollup(Entity("Q38799", "Hamas", "ArmedGroup", country="PSE", sector="REB")).label
    'Hamas'
    """
    return _roller(gazetteer)(entity, day)


class _RollUp:
    """``rollup`` with its answers kept: one build asks about the same few actors and days."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.cache: dict[tuple[Entity, str | None], Entity] = {}
        self.state_sectors = sector_groups().state  # sectors of the state itself: act for it

    def __call__(self, entity: Entity, day: str | None) -> Entity:
        key = (entity, day)
        found = self.cache.get(key)
        if found is None:
            found = self.cache[key] = self._find(entity, day, 0)
        return found

    def _find(self, entity: Entity, day: str | None, depth: int) -> Entity:
        gazetteer = self.gazetteer
        if entity.type == "Country" or depth > 3:
            return entity
        if entity.type == "Person":
            terms = gazetteer.terms_of(entity.id)
            if terms:
                term = _term_at(terms, day)
                if term is None:
                    return entity  # out of office: speaks for themselves
                body = gazetteer.get(term.body) if term.body else None
                if body is not None:
                    return self._find(body, day, depth + 1)
                return _country(gazetteer, term.country) if term.country else entity
        if entity.country is None:
            return entity
        if entity.type in _PLACES or entity.sector in self.state_sectors or gazetteer.composed_by_id(entity.id):
            return _country(gazetteer, entity.country)
        return entity


_ROLLERS: dict[int, _RollUp] = {}


def _roller(gazetteer: Gazetteer | None) -> _RollUp:
    gazetteer = gazetteer or _gazetteer()
    found = _ROLLERS.get(id(gazetteer))
    if found is None or found.gazetteer is not gazetteer:
        found = _ROLLERS[id(gazetteer)] = _RollUp(gazetteer)
    return found


# ---- the event graph ------------------------------------------------------------------------


def as_corpus(data: Any, documents: Iterable[Document] | None = None) -> Corpus:
    """``data`` (an OUT/ folder, assertions or a Corpus) as a :class:`Corpus`."""
    if isinstance(data, Corpus):
        if documents is not None:
            return Corpus(data.assertions, {**data.documents, **{d.id: d for d in documents}})
        return data
    if isinstance(data, (str, os.PathLike)):
        corpus = load(data)
        if documents is not None:
            corpus.documents.update({d.id: d for d in documents})
        return corpus
    return Corpus.of(data, documents)


def event_graph(
    data: Any,
    *,
    documents: Iterable[Document] | None = None,
    rollup: bool = True,
    modalities: Iterable[str] = COUNTED,
    since: str | None = None,
    until: str | None = None,
    countries: Iterable[str] | None = None,
) -> nx.MultiDiGraph:
    """The acts that count, as a ``MultiDiGraph``: one edge per act and piece of evidence.

    Nodes are actors (``label``, ``labels``, ``type``, ``country``). An edge is keyed by
    ``(relation, story, source)`` and carries ``relation``, ``quad``, ``goldstein``, ``day`` (the
    earliest, ISO; ``None`` when undated) and ``assertions`` (the ids of every sentence behind
    it). The assertions themselves are in ``G.graph["assertions"]``, the documents in
    ``G.graph["documents"]``, the selection in ``G.graph["select"]``.

    >>> G = event_graph(example_corpus())
    >>> G.number_of_nodes(), G.number_of_edges()
    (9, 21)
    >>> G = event_graph(example_corpus(), rollup=False)
    >>> "Q7747" in G  # Putin, on his own
    True
    """
    corpus = as_corpus(data, documents)
    modalities = tuple(modalities)
    wanted = {c.upper() for c in countries} if countries else None
    by_id = {a.id: a for a in corpus.assertions}
    graph = nx.MultiDiGraph()
    graph.graph.update(
        geokg="events",
        assertions=by_id,
        documents=corpus.documents,
        select={"rollup": rollup, "modalities": modalities, "since": since, "until": until, "countries": wanted},
        domestic=0,
    )
    roll = _roller(None) if rollup else None
    for assertion in corpus.assertions:
        if not is_counted(assertion, modalities):
            continue
        day = event_day(assertion, corpus.documents)
        if (since or until) and (day is None or (since and day < since) or (until and day > until)):
            continue
        subject = assertion.subject.entity
        for target, _about in edge_targets(assertion, by_id):
            source, obj = subject, target
            if roll is not None:
                source, obj = roll(subject, day), roll(target, day)
            if wanted is not None and source.country not in wanted and obj.country not in wanted:
                continue
            if source.id == obj.id:
                graph.graph["domestic"] += 1
                continue
            _add_event(graph, assertion, source, obj, day, evidence_key(assertion, corpus.documents))
    return graph


def _add_node(graph: nx.MultiDiGraph, entity: Entity) -> None:
    if entity.id not in graph:
        graph.add_node(
            entity.id,
            label=entity.label or entity.id,
            labels=dict(entity.labels),
            type=entity.type,
            country=entity.country,
        )
    else:
        labels = graph.nodes[entity.id]["labels"]
        if len(labels) < len(entity.labels):  # another mention knew more names
            for lang, text in entity.labels.items():
                labels.setdefault(lang, text)


def _add_event(
    graph: nx.MultiDiGraph, assertion: Assertion, source: Entity, obj: Entity, day: str | None, evidence: tuple
) -> None:
    key = (assertion.relation, *evidence)
    if graph.has_edge(source.id, obj.id, key):
        data = graph.edges[source.id, obj.id, key]
        if assertion.id not in data["assertions"]:
            data["assertions"].append(assertion.id)
        if day is not None and (data["day"] is None or day < data["day"]):
            data["day"] = day
        return
    _add_node(graph, source)
    _add_node(graph, obj)
    graph.add_edge(
        source.id,
        obj.id,
        key=key,
        relation=assertion.relation,
        quad=assertion.quad,
        goldstein=float(assertion.goldstein or 0.0),
        day=day,
        assertions=[assertion.id],
    )


def _events(data: Any, select: dict[str, Any]) -> nx.MultiDiGraph:
    if isinstance(data, nx.MultiDiGraph) and data.graph.get("geokg") == "events":
        if select:
            raise TypeError(f"{', '.join(select)}: pass these to event_graph(), not with a graph already built")
        return data
    return event_graph(data, **select)


def node_id(graph: nx.Graph, name: str) -> str:
    """An actor of the graph by id, ISO 3166-1 alpha-3 code (a state) or label in any language.

    >>> node_id(event_graph(example_corpus()), "RUS"), node_id(event_graph(example_corpus()), "كوريا الشمالية")
    ('Q159', 'Q423')
    """
    if name in graph:
        return name
    for node, data in graph.nodes(data=True):
        if data.get("type") == "Country" and data.get("country") == name.upper():
            return node
    folded = name.casefold()
    for node, data in graph.nodes(data=True):
        names = [data.get("label") or "", *(data.get("labels") or {}).values()]
        if any(text.casefold() == folded for text in names):
            return node
    raise KeyError(f"no actor {name!r} in the graph")


def label(graph: nx.Graph, node: str, lang: str = "en") -> str:
    """An actor's name in ``lang`` (``"ar"`` or ``"en"``), else its label.

    >>> label(event_graph(example_corpus()), "Q423", "ar")
    'كوريا الشمالية'
    """
    data = graph.nodes[node]
    return (data.get("labels") or {}).get(lang) or data.get("label") or node


# ---- dyads ------------------------------------------------------------------------------------


_QUADS = {1: "quad1", 2: "quad2", 3: "quad3", 4: "quad4"}


def _tally(row: dict[str, Any], data: dict[str, Any]) -> None:
    row["events"] += 1
    row[_QUADS[data["quad"]]] += 1
    weight = data["goldstein"]
    if weight > 0:
        row["cooperation"] += weight
    else:
        row["conflict"] -= weight
    row["score"] += weight
    row["assertions"].extend(data["assertions"])


def _empty(**start: Any) -> dict[str, Any]:
    return {
        **start,
        "events": 0,
        "quad1": 0,
        "quad2": 0,
        "quad3": 0,
        "quad4": 0,
        "cooperation": 0.0,
        "conflict": 0.0,
        "score": 0.0,
        "assertions": [],
    }


def _rounded(row: dict[str, Any]) -> dict[str, Any]:
    for name in ("cooperation", "conflict", "score"):
        row[name] = round(row[name], 3)
    return row


def dyad_graph(data: Any, **select: Any) -> nx.Graph:
    """The dyads: an undirected graph of actors with one edge per pair that interacted, with
    ``events``, ``quad1``..``quad4``, ``cooperation`` and ``conflict`` (sums of positive and of
    negative Goldstein weights), ``score`` (cooperation minus conflict), ``first``/``last`` day
    and ``assertions``.

    >>> D = dyad_graph(example_corpus())
    >>> D.edges["Q159", "Q423"]["events"], D.edges["Q159", "Q423"]["score"]
    (6, 15.2)
    """
    events = _events(data, select)
    cached = events.graph.get("_dyads")
    if cached is not None:
        return cached
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for u, v, data_ in events.edges(data=True):
        row = rows.get((u, v)) or rows.get((v, u))
        if row is None:
            row = rows[(u, v)] = _empty(first=None, last=None)
        _tally(row, data_)
        day = data_["day"]
        if day is not None:
            row["first"] = day if row["first"] is None or day < row["first"] else row["first"]
            row["last"] = day if row["last"] is None or day > row["last"] else row["last"]
    dyads = nx.Graph()
    dyads.add_nodes_from(events.nodes(data=True))
    dyads.add_edges_from((u, v, _rounded(row)) for (u, v), row in rows.items())
    dyads.graph.update(events.graph, geokg="dyads")
    dyads.graph.pop("_dyads", None)
    events.graph["_dyads"] = dyads
    return dyads


def dyad_series(
    data: Any, a: str, b: str, *, period: str = "month", directed: bool = False, **select: Any
) -> list[dict[str, Any]]:
    """How a dyad moved: one row per period, from its first event to its last (quiet periods
    included), with ``events``, counts by quad class (``quad1`` verbal cooperation ..
    ``quad4`` material conflict), ``cooperation``, ``conflict``, ``score`` and the
    ``assertions`` behind them. ``a`` and ``b`` are ids, ISO3 codes or names; ``directed``
    counts only what ``a`` did to ``b``.

    >>> for row in dyad_series(example_corpus(), "RUS", "PRK", period="quarter"):
    ...     print(row["period"], row["events"], row["quad1"], row["quad3"], row["score"])
    2024-Q1 2 0 2 -4.0
    2024-Q2 0 0 0 0.0
    2024-Q3 4 3 0 19.2
    """
    events = _events(data, select)
    u, v = node_id(events, a), node_id(events, b)
    pairs = [(u, v)] if directed else [(u, v), (v, u)]
    by_period: dict[str, dict[str, Any]] = {}
    days: list[str] = []
    for x, y in pairs:
        for data_ in (events.get_edge_data(x, y) or {}).values():
            day = data_["day"]
            if day is None:
                continue
            days.append(day)
            key = period_of(day, period)
            _tally(by_period.setdefault(key, _empty(period=key)), data_)
    if not days:
        return []
    return [_rounded(by_period.get(key) or _empty(period=key)) for key in periods_between(min(days), max(days), period)]


def change(
    data: Any,
    before: tuple[str | None, str | None],
    after: tuple[str | None, str | None],
    *,
    top: int | None = 10,
    **select: Any,
) -> list[dict[str, Any]]:
    """The dyads whose score moved most between two periods, each ``(since, until)`` (ISO days,
    inclusive; ``None`` leaves that end open): ``a``, ``b``, ``before``, ``after``, ``change``,
    event counts and the ``assertions`` of each period, largest move first.

    >>> rows = change(example_corpus(), (None, "2024-03-31"), ("2024-04-01", None), top=2)
    >>> [(r["a"], r["b"], r["before"], r["after"], r["change"]) for r in rows]
    [('Q159', 'Q423', -4.0, 19.2, 23.2), ('Q148', 'Q30', 2.8, -16.0, -18.8)]
    """
    events = _events(data, select)
    # First the scores of every pair (numbers only), then the rows of the pairs shown.
    totals: dict[tuple[str, str], list[float]] = {}  # events before, score before, events after, score after
    spans = ((0, *before), (2, *after))
    for u, v, data_ in events.edges(data=True):
        day = data_["day"]
        if day is None:
            continue
        for at, since, until in spans:
            if (since and day < since) or (until and day > until):
                continue
            pair = (u, v) if u < v else (v, u)
            total = totals.get(pair) or totals.setdefault(pair, [0, 0.0, 0, 0.0])
            total[at] += 1
            total[at + 1] += data_["goldstein"]
    ranked = sorted(totals.items(), key=lambda item: (-abs(round(item[1][3] - item[1][1], 3)), item[0]))
    chosen = dict(ranked[:top] if top is not None else ranked)
    ids: dict[tuple[str, str], tuple[list[str], list[str]]] = {pair: ([], []) for pair in chosen}
    for u, v, data_ in events.edges(data=True):
        pair = (u, v) if u < v else (v, u)
        day = data_["day"]
        if pair not in ids or day is None:
            continue
        for at, since, until in spans:
            if not ((since and day < since) or (until and day > until)):
                ids[pair][at // 2].extend(data_["assertions"])
    return [
        {
            "a": pair[0],
            "b": pair[1],
            "before": round(total[1], 3),
            "after": round(total[3], 3),
            "change": round(total[3] - total[1], 3),
            "events_before": total[0],
            "events_after": total[2],
            "assertions_before": ids[pair][0],
            "assertions_after": ids[pair][1],
        }
        for pair, total in chosen.items()
    ]


# ---- centrality, blocs, balance, ego networks ------------------------------------------------------


def centrality(data: Any, *, by: str = "degree", top: int | None = None, **select: Any) -> list[dict[str, Any]]:
    """Degree, betweenness and eigenvector centrality of every actor on the dyad graph, with its
    ``events`` (evidence over all its dyads), most central first by ``by``.

    Degree and betweenness look at who deals with whom (betweenness: the brokers, on the
    shortest paths between others; above ``BETWEENNESS_EXACT`` actors estimated from
    ``BETWEENNESS_SAMPLES`` sampled sources); eigenvector centrality weighs each dyad by its events.

    >>> for row in centrality(example_corpus(), by="betweenness", top=3):
    ...     print(row["label"], row["degree"], row["betweenness"], row["events"])
    Qatar 0.5 0.464 5
    United States 0.625 0.363 7
    Russia 0.5 0.19 9
    """
    if by not in ("degree", "betweenness", "eigenvector", "events"):
        raise ValueError(f"by={by!r}: one of degree, betweenness, eigenvector, events")
    dyads = dyad_graph(data, **select)
    if dyads.number_of_nodes() == 0:
        return []
    degree = nx.degree_centrality(dyads) if dyads.number_of_nodes() > 1 else dict.fromkeys(dyads, 0.0)
    # Exact up to BETWEENNESS_EXACT actors; above, estimated from BETWEENNESS_SAMPLES sources
    # (Brandes and Pich's sampling, fixed seed): the brokers stand out well before it converges.
    sample = BETWEENNESS_SAMPLES if dyads.number_of_nodes() > BETWEENNESS_EXACT else None
    between = nx.betweenness_centrality(dyads, k=sample, seed=7)
    eigen = _eigenvector(dyads)
    rows = [
        {
            "id": node,
            "label": label(dyads, node, "en"),
            "label_ar": label(dyads, node, "ar"),
            "country": dyads.nodes[node].get("country"),
            "degree": round(degree[node], 3),
            "betweenness": round(between[node], 3),
            "eigenvector": round(eigen.get(node, 0.0), 3),
            "events": sum(d["events"] for _, _, d in dyads.edges(node, data=True)),
        }
        for node in dyads
    ]
    rows.sort(key=lambda r: (-r[by], -r["events"], r["label"]))
    return rows[:top] if top is not None else rows


def _eigenvector(dyads: nx.Graph, iterations: int = 1000, tol: float = 1e-6) -> dict[str, float]:
    """Eigenvector centrality weighted by events, as networkx computes it (power iteration on
    A + I, normalised to unit length), over numpy arrays of the edges: fast at 10^5 dyads."""
    nodes = list(dyads)
    if dyads.number_of_edges() == 0:
        return dict.fromkeys(nodes, 0.0)
    index = {node: i for i, node in enumerate(nodes)}
    ends = np.array([(index[u], index[v]) for u, v in dyads.edges()], dtype=np.int64)
    weight = np.array([d["events"] for _, _, d in dyads.edges(data=True)], dtype=np.float64)
    size = len(nodes)
    x = np.full(size, 1.0 / size)
    for _ in range(iterations):
        y = (
            x
            + np.bincount(ends[:, 0], weight * x[ends[:, 1]], size)
            + np.bincount(ends[:, 1], weight * x[ends[:, 0]], size)
        )
        y /= np.linalg.norm(y) or 1.0
        done = np.abs(y - x).sum() < len(nodes) * tol
        x = y
        if done:
            break
    return {node: float(x[i]) for node, i in index.items()}


def signed_graph(data: Any, **select: Any) -> nx.Graph:
    """The signed graph of the dyads: ``sign`` +1 where cooperation outweighs conflict, -1
    where conflict does (a dyad whose score is 0 has no sign and no edge), ``weight`` the
    absolute score.

    >>> S = signed_graph(example_corpus())
    >>> S.edges["Q148", "Q30"]["sign"], S.edges["Q159", "Q423"]["sign"]
    (-1, 1)
    """
    dyads = dyad_graph(data, **select)
    signed = dyads.graph.get("_signed")
    if signed is None:
        signed = nx.Graph()
        signed.add_nodes_from(dyads.nodes(data=True))
        for u, v, row in dyads.edges(data=True):
            if row["score"]:
                signed.add_edge(u, v, sign=1 if row["score"] > 0 else -1, weight=abs(row["score"]))
        dyads.graph["_signed"] = signed
    return signed


def balance(data: Any, *, limit: int | None = 100, **select: Any) -> dict[str, Any]:
    """Structural balance of the signed graph: of its triangles, how many are balanced (an even
    number of hostile sides: "the enemy of my enemy is my friend"), their ``ratio``, and the
    unbalanced ones (sorted actor ids; the first ``limit`` found, in the order of the sorted
    ids). ``ratio`` is ``None`` when there is no triangle.

    >>> found = balance(example_corpus())
    >>> found["triangles"], found["balanced"], found["ratio"], found["unbalanced"]
    (5, 3, 0.6, [['Q148', 'Q17', 'Q30'], ['Q159', 'Q30', 'Q846']])
    """
    signed = signed_graph(data, **select)
    nodes = sorted(signed)
    order = {node: i for i, node in enumerate(nodes)}
    sign = {}
    later: dict[str, set[str]] = {node: set() for node in nodes}  # neighbours after it in the order
    for u, v, d in signed.edges(data=True):
        first, second = (u, v) if order[u] < order[v] else (v, u)
        later[first].add(second)
        sign[first, second] = d["sign"]
    triangles = balanced = 0
    unbalanced: list[list[str]] = []
    for u in nodes:
        for v in later[u]:
            for w in later[u] & later[v]:  # each triangle once, as u < v < w
                triangles += 1
                if sign[u, v] * sign[u, w] * sign[v, w] > 0:
                    balanced += 1
                elif limit is None or len(unbalanced) < limit:
                    unbalanced.append(sorted((u, v, w)))
    return {
        "triangles": triangles,
        "balanced": balanced,
        "ratio": round(balanced / triangles, 3) if triangles else None,
        "unbalanced": sorted(unbalanced),
    }


def blocs(data: Any, *, resolution: float = 1.0, seed: int = 7, min_size: int = 2, **select: Any) -> list[list[str]]:
    """Communities of cooperation: Louvain (networkx) over the dyads whose cooperation
    outweighs their conflict, weighted by the score; largest bloc first, each sorted by id,
    blocs smaller than ``min_size`` left out.

    >>> blocs(example_corpus())
    [['Q148', 'Q159', 'Q423'], ['Q17', 'Q30', 'Q884'], ['Q43', 'Q794', 'Q846']]
    """
    signed = signed_graph(data, **select)
    friendly = nx.Graph()
    friendly.add_nodes_from(signed)
    friendly.add_edges_from((u, v, {"weight": d["weight"]}) for u, v, d in signed.edges(data=True) if d["sign"] > 0)
    if friendly.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(friendly, weight="weight", resolution=resolution, seed=seed)
    groups = [sorted(group) for group in found if len(group) >= min_size]
    return sorted(groups, key=lambda g: (-len(g), g))


def ego(data: Any, actor: str, *, radius: int = 1, **select: Any) -> nx.Graph:
    """An actor's ego network: the dyads within ``radius`` steps of it, with their counts.

    >>> E = ego(example_corpus(), "Qatar")
    >>> sorted(label(E, n) for n in E)
    ['Iran', 'Qatar', 'Russia', 'Turkey', 'United States']
    """
    dyads = dyad_graph(data, **select)
    return nx.ego_graph(dyads, node_id(dyads, actor), radius=radius)


def covered(data: Any, **select: Any) -> tuple[str | None, str | None]:
    """The first and last day of the acts that count.

    >>> covered(example_corpus())
    ('2024-01-10', '2024-09-20')
    """
    days = [d["day"] for _, _, d in _events(data, select).edges(data=True) if d["day"]]
    return (min(days), max(days)) if days else (None, None)


# ---- a hand-built example ----------------------------------------------------------------------

_EXAMPLE_ACTORS = {
    "RUS": ("Q159", "Russia", "روسيا"),
    "PRK": ("Q423", "North Korea", "كوريا الشمالية"),
    "CHN": ("Q148", "China", "الصين"),
    "USA": ("Q30", "United States", "الولايات المتحدة"),
    "JPN": ("Q17", "Japan", "اليابان"),
    "KOR": ("Q884", "South Korea", "كوريا الجنوبية"),
    "QAT": ("Q846", "Qatar", "قطر"),
    "IRN": ("Q794", "Iran", "إيران"),
    "TUR": ("Q43", "Turkey", "تركيا"),
}
# (doc, day, subject, relation, object, modality, polarity, source); the quad class and Goldstein
# weight are the relation's in the ontology
_EXAMPLE_ACTS = [
    ("e1", "2024-01-10", "RUS", "criticizes", "PRK", "asserted", "affirmed", "Wire A"),
    ("e2", "2024-02-12", "PRK", "accuses", "RUS", "asserted", "affirmed", "Wire A"),
    ("e2", "2024-02-12", "PRK", "rejects", "RUS", "reported", "negated", "Wire A"),
    ("e3", "2024-07-01", "PUTIN", "visits", "PRK", "asserted", "affirmed", "Wire A"),
    ("e3", "2024-07-01", "RUS", "visits", "PRK", "asserted", "affirmed", "Wire A"),
    ("e4", "2024-07-01", "RUS", "visits", "PRK", "asserted", "affirmed", "Wire B"),
    ("e5", "2024-08-05", "RUS", "signsAgreementWith", "PRK", "asserted", "affirmed", "Wire A"),
    ("e15", "2024-08-06", "RUS", "signsAgreementWith", "PRK", "asserted", "affirmed", "Wire A"),
    ("e6", "2024-09-20", "RUS", "cooperatesMilitarilyWith", "PRK", "reported", "affirmed", "Wire B"),
    ("e6", "2024-09-20", "RUS", "providesMilitaryAidTo", "PRK", "alleged", "affirmed", "Wire B"),
    ("e7", "2024-02-01", "CHN", "cooperatesEconomicallyWith", "RUS", "asserted", "affirmed", "Wire A"),
    ("e7", "2024-02-01", "CHN", "supports", "PRK", "asserted", "affirmed", "Wire A"),
    ("e8", "2024-03-01", "USA", "cooperatesMilitarilyWith", "JPN", "asserted", "affirmed", "Wire A"),
    ("e8", "2024-03-01", "JPN", "cooperatesMilitarilyWith", "KOR", "asserted", "affirmed", "Wire A"),
    ("e8", "2024-03-01", "USA", "signsAgreementWith", "KOR", "asserted", "affirmed", "Wire A"),
    ("e9", "2024-03-15", "CHN", "hosts", "USA", "asserted", "affirmed", "Wire A"),
    ("e10", "2024-06-02", "USA", "imposesSanctionsOn", "CHN", "asserted", "affirmed", "Wire A"),
    ("e10", "2024-06-02", "CHN", "imposesSanctionsOn", "USA", "asserted", "affirmed", "Wire A"),
    ("e11", "2024-04-03", "USA", "imposesSanctionsOn", "RUS", "asserted", "affirmed", "Wire A"),
    ("e11", "2024-04-03", "JPN", "cooperatesEconomicallyWith", "CHN", "asserted", "affirmed", "Wire A"),
    ("e12", "2024-05-05", "QAT", "mediates", "USA", "asserted", "affirmed", "Wire A"),
    ("e12", "2024-05-05", "QAT", "mediates", "IRN", "asserted", "affirmed", "Wire A"),
    ("e13", "2024-05-20", "QAT", "hosts", "RUS", "asserted", "affirmed", "Wire A"),
    ("e13", "2024-05-20", "QAT", "negotiatesWith", "IRN", "asserted", "affirmed", "Wire A"),
    ("e14", "2024-06-20", "IRN", "criticizes", "USA", "expected", "affirmed", "Wire A"),
    ("e14", "2024-06-20", "TUR", "talksByPhoneWith", "QAT", "asserted", "affirmed", "Wire A"),
]


def _example_entity(code: str) -> Entity:
    if code == "PUTIN":
        return Entity(
            "Q7747", "Vladimir Putin", "Person", {"ar": "فلاديمير بوتين", "en": "Vladimir Putin"}, "RUS", "GOV"
        )
    qid, english, arabic = _EXAMPLE_ACTORS[code]
    return Entity(qid, english, "Country", {"ar": arabic, "en": english}, country=code)


def example_corpus() -> Corpus:
    """A small hand-built corpus with known answers, for trying the functions (and their
    doctests): Russia and North Korea move from criticism to a partnership (Putin's visit
    counts as Russia's, once per story and source); two cooperating blocs, Russia–China–North
    Korea and the United States–Japan–South Korea; China and the United States fall out
    (sanctions); Qatar brokers between the United States, Russia, Iran and Turkey. The
    events are invented; the actors are real, so that the roll-up uses the real offices.

    >>> corpus = example_corpus()
    >>> len(corpus.assertions), len(corpus.documents)
    (26, 15)
    """
    assertions, documents = [], {}
    ontology = load_ontology()
    for n, (doc, day, s, relation, o, modality, polarity, source) in enumerate(_EXAMPLE_ACTS):
        subject, obj = _example_entity(s), _example_entity(o)
        text = f"{subject.label} {relation} {obj.label}."
        assertions.append(
            convert.assertion(
                ontology,
                doc,
                Argument(subject, subject.label),
                relation,
                Argument(obj, obj.label),
                Evidence(text, 100 * n, 100 * n + len(text), "en"),
                "example/1",
                modality=modality,
                polarity=polarity,
                time=TimeSpan(day) if n % 2 == 0 else None,  # else the document's date
                confidence=0.9,
            )
        )
        if doc == "e15":  # a retelling of e5's story by the same outlet: no new evidence
            assertions[-1].story = "e5"
        document = Document(doc, "", date=day, lang="en", source=source, title=f"Example {doc}")
        document.story = assertions[-1].story or doc
        documents.setdefault(doc, document)
    return Corpus(assertions, documents)
