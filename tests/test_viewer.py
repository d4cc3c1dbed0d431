"""networkx views and the offline pyvis viewer: self-contained, escaped, merged edges."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from geokg.extract.model import (
    Assertion,
    AssertionRef,
    Document,
    Entity,
)
from geokg.graph.viewer import (
    PHYSICS_MAX_NODES,
    build_network,
    json_for_script,
    plain_title,
    write_viewer,
)
from geokg.graph.views import summary, to_networkx
from helpers import make_assertion

TURKEY = Entity("tur", "Turkey", "Country", {"ar": "تركيا", "en": "Turkey"}, country="TUR")
GREECE = Entity("grc", "Greece", "Country", {"ar": "اليونان", "en": "Greece"}, country="GRC")
CYPRUS = Entity("cyp", "Cyprus", "Country", {"ar": "قبرص", "en": "Cyprus"}, country="CYP")
ENVOY = Entity("envoy-x", "Special envoy", "Person", country="GRC")

ATTACK = '<script>alert(1)</script> and <img src=x onerror=alert(1)> then </script><!-- "q" & done'


@pytest.fixture()
def assertions() -> list[Assertion]:
    visit_1 = make_assertion(
        "d1",
        TURKEY,
        "visits",
        GREECE,
        "Turkey's president travelled to Athens.",
        quad=1,
    )
    visit_2 = make_assertion(
        "d2",
        TURKEY,
        "visits",
        GREECE,
        "زار الرئيس التركي أثينا أمس.",
        lang="ar",
        quad=1,
    )
    visit_3 = make_assertion(
        "d2",
        TURKEY,
        "visits",
        GREECE,
        "وستتواصل الزيارة حتى الخميس.",
        lang="ar",
        start=40,
        quad=1,
    )
    accuse = make_assertion("d3", GREECE, "accuses", TURKEY, ATTACK, quad=3, modality="alleged")
    aid = make_assertion(
        "d3",
        GREECE,
        "providesMilitaryAidTo",
        CYPRUS,
        "Greece sent patrol boats to Cyprus.",
        start=90,
        quad=2,
    )
    concern = make_assertion(
        "d1",
        ENVOY,
        "expressesConcernAbout",
        AssertionRef(aid.id),
        "The envoy was uneasy about the boats.",
        start=60,
        quad=3,
        attributed_to=ENVOY,
    )
    return [visit_1, visit_2, visit_3, accuse, aid, concern]


@pytest.fixture()
def documents() -> list[Document]:
    return [
        Document(
            "d1",
            "",
            date="2024-05-01",
            lang="en",
            source="Wire one",
            url="https://example.org/1",
        ),
        Document(
            "d2",
            "",
            date="2024-05-02",
            lang="ar",
            source="صحيفة",
            url="javascript:alert(1)",
        ),
        Document("d3", "", date="2024-05-03", lang="en", title="<b>bold</b> title"),
    ]


# ---- networkx views -------------------------------------------------------------------------


def test_to_networkx_nodes_and_edges(assertions):
    graph = to_networkx(assertions)
    assert graph.nodes["tur"]["label"] == "Turkey"
    assert graph.nodes["tur"]["labels"]["ar"] == "تركيا"
    assert graph.nodes["grc"]["country"] == "GRC"
    assert graph.number_of_edges("tur", "grc") == 3
    edge = graph.edges["tur", "grc", assertions[0].id]
    assert edge["relation"] == "visits" and edge["doc"] == "d1" and edge["quad"] == 1
    assert edge["polarity"] == "affirmed" and edge["modality"] == "asserted"
    # The assertion about an assertion points at the entities of the inner assertion.
    nested = graph.get_edge_data("envoy-x", "cyp")
    assert nested[assertions[5].id]["about"] == assertions[4].id
    assert graph.has_edge("envoy-x", "grc")


def test_summary_counts(assertions):
    result = summary(to_networkx(assertions))
    assert result["nodes"] == 4
    assert result["relations"]["visits"] == 3
    assert result["quad_classes"] == {1: 3, 2: 1, 3: 3}
    assert result["top_actors"][0]["id"] == "grc"  # the most connected actor
    assert result["documents"] == 3
    assert result["modality"]["alleged"] == 1


# ---- the viewer -----------------------------------------------------------------------------


def test_one_edge_per_triple_with_merged_evidence(assertions, documents):
    net, panel = build_network(assertions, documents)
    visits = [e for e in net.edges if e["from"] == "tur" and e["to"] == "grc"]
    assert len(visits) == 1
    evidence = panel["edges"][visits[0]["id"]]["evidence"]
    assert len(evidence) == 3
    assert {item["doc"] for item in evidence} == {"d1", "d2"}
    assert visits[0]["width"] > min(e["width"] for e in net.edges)  # two documents: wider
    assert visits[0]["dashes"] is False
    accuse = next(e for e in net.edges if e["from"] == "grc" and e["to"] == "tur")
    assert accuse["dashes"] is True  # alleged only
    colours = {e["from"] + ">" + e["to"]: e["color"] for e in net.edges}
    assert colours["tur>grc"] != colours["grc>tur"]  # cooperation and conflict differ


def test_titles_are_plain_text(assertions, documents):
    net, _ = build_network(assertions, documents)
    for item in net.nodes + net.edges:
        assert "href" not in item["title"].lower()
        assert "<" not in item["title"]
    assert "href" not in plain_title("see HREF=here").lower()


def test_html_is_self_contained(assertions, documents, tmp_path):
    path = write_viewer(assertions, tmp_path / "graph.html", documents, title="Test & <check>")
    html = path.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") or html.lstrip().startswith("<!DOCTYPE html>")
    assert not re.search(r"<script[^>]*\bsrc\s*=", html, re.IGNORECASE)
    assert "<link " not in html.lower()
    assert "//cdn" not in html
    assert "bootstrap" not in html.lower()
    assert "new vis.Network" in html  # the library is inlined
    assert "Content-Security-Policy" in html
    assert "<title>Test &amp; &lt;check&gt;</title>" in html


def test_planted_markup_never_appears_unescaped(assertions, documents, tmp_path):
    html = write_viewer(assertions, tmp_path / "graph.html", documents).read_text(encoding="utf-8")
    for needle in (
        "<script>alert(1)",
        "<img src=x",
        "onerror=alert(1)>",
        "</script><!--",
        "<b>bold",
    ):
        assert needle not in html
    # The evidence block holds the text \u-escaped, and decodes back to the exact sentence.
    block = re.search(
        r'<script type="application/json" id="geokg-data">(.*?)</script>',
        html,
        re.DOTALL,
    )
    assert block is not None
    assert "<" not in block.group(1) and ">" not in block.group(1)
    data = json.loads(block.group(1))
    texts = {item["text"] for edge in data["edges"].values() for item in edge["evidence"]}
    assert ATTACK in texts
    # Parsed as a browser would, the page has exactly its four scripts (bindings, vis-network,
    # data, viewer code): nothing in the data closed a block early or opened a new one.
    scripts = _ScriptCollector.collect(html)
    assert [kind for kind, _ in scripts] == [
        "",
        "",
        "application/json",
        "text/javascript",
    ]
    assert json.loads(scripts[2][1]) == data


class _ScriptCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.scripts: list[tuple[str, str]] = []
        self._kind: str | None = None

    @classmethod
    def collect(cls, html: str) -> list[tuple[str, str]]:
        parser = cls()
        parser.feed(html)
        parser.close()
        return parser.scripts

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self._kind = dict(attrs).get("type") or ""
            self.scripts.append((self._kind, ""))

    def handle_data(self, data):
        if self._kind is not None:
            kind, text = self.scripts[-1]
            self.scripts[-1] = (kind, text + data)

    def handle_endtag(self, tag):
        if tag == "script":
            self._kind = None


def test_side_panel_uses_text_only(tmp_path, assertions):
    html = write_viewer(assertions, tmp_path / "g.html").read_text(encoding="utf-8")
    panel_code = html[html.index("geokg side panel") :]
    assert "innerHTML" not in panel_code
    assert "textContent" in panel_code
    assert 'setAttribute("dir", textDirection(' in panel_code


def test_arabic_evidence_is_marked_for_right_to_left(assertions, documents):
    _, panel = build_network(assertions, documents)
    langs = {item["text"]: item["lang"] for e in panel["edges"].values() for item in e["evidence"]}
    assert langs["زار الرئيس التركي أثينا أمس."] == "ar"


def test_arabic_node_labels(assertions):
    net, _ = build_network(assertions, label_lang="ar")
    labels = {n["id"]: n["label"] for n in net.nodes}
    assert labels["tur"] == "تركيا"
    assert labels["envoy-x"] == "Special envoy"  # no Arabic label: falls back


def test_physics_off_with_positions_for_large_graphs(assertions):
    net, _ = build_network(assertions, physics_max_nodes=3)
    assert net.options["physics"]["enabled"] is False
    assert all("x" in n and "y" in n for n in net.nodes)
    small, _ = build_network(assertions)
    assert small.options["physics"]["enabled"] is True
    assert not any("x" in n for n in small.nodes)
    assert PHYSICS_MAX_NODES == 300


def test_large_graph_layout_is_deterministic():
    countries = [Entity(f"c{i}", f"Country {i}", "Country") for i in range(320)]
    many = [
        make_assertion(
            "d",
            countries[i],
            "praises",
            countries[(i * 7 + 1) % 320],
            f"Sentence {i}.",
            start=i * 20,
        )
        for i in range(320)
    ]
    first, _ = build_network(many, seed=3)
    second, _ = build_network(many, seed=3)
    assert first.options["physics"]["enabled"] is False
    assert [(n["x"], n["y"]) for n in first.nodes] == [(n["x"], n["y"]) for n in second.nodes]


def test_json_for_script_escapes_breakouts():
    text = json_for_script({"t": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"t": "</script><!-- & \u2028"}
