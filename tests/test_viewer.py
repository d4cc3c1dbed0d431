"""networkx views and the offline pyvis viewer: self-contained, escaped, merged edges."""

from __future__ import annotations

import html as html_lib
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
    gazetteer_names,
    json_for_script,
    name_marks,
    plain_title,
    viewer,
    write_viewer,
)
from geokg.graph.views import summary, to_networkx, top_by_degree
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
    )
    visit_2 = make_assertion(
        "d2",
        TURKEY,
        "visits",
        GREECE,
        "زار الرئيس التركي أثينا أمس.",
        lang="ar",
    )
    visit_3 = make_assertion(
        "d2",
        TURKEY,
        "visits",
        GREECE,
        "وستتواصل الزيارة حتى الخميس.",
        lang="ar",
        start=40,
    )
    accuse = make_assertion("d3", GREECE, "accuses", TURKEY, ATTACK, modality="alleged")
    aid = make_assertion(
        "d3",
        GREECE,
        "providesMilitaryAidTo",
        CYPRUS,
        "Greece sent patrol boats to Cyprus.",
        start=90,
    )
    concern = make_assertion(
        "d1",
        ENVOY,
        "expressesConcernAbout",
        AssertionRef(aid.id),
        "The envoy was uneasy about the boats.",
        start=60,
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
    # concern is verbal cooperation (quad class 1) in the ontology, as the converter makes it
    assert result["quad_classes"] == {1: 5, 2: 1, 3: 1}
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


# ---- search names, highlights, --top and the notebook display ---------------------------------


def test_name_marks_use_offsets_and_utf16():
    sentence = "🙂 وكوريا الشمالية ترحب بروسيا"
    start = sentence.index("كوريا")
    names = [("كوريا الشمالية", start, start + len("كوريا الشمالية")), ("روسيا", None, None)]
    marks = name_marks(sentence, names)
    # JavaScript counts the emoji as two UTF-16 units: every index shifts by one.
    assert marks == [[start + 1, start + 1 + len("كوريا الشمالية")], [sentence.index("روسيا") + 1, len(sentence) + 1]]
    # Offsets that disagree with the text fall back to finding the name; absent names are skipped.
    assert name_marks("Iran and Iraq", [("Iraq", 0, 4), ("Oman", None, None)]) == [[9, 13]]
    # Overlapping names keep the first.
    assert name_marks("North Korea", [("North Korea", 0, 11), ("Korea", 6, 11)]) == [[0, 11]]


def test_evidence_items_carry_marks_and_days(assertions, documents):
    _, panel = build_network(assertions, documents)
    visit = next(e for e in panel["edges"].values() if e["relation_id"] == "visits")
    english = next(item for item in visit["evidence"] if item["doc"] == "d1")
    assert english["marks"] == [[0, 6]]  # "Turkey" as the extractor saw it (the helper's text)
    assert english["day"] == "2024-05-01"
    assert visit["dates"] == ["2024-05-01", "2024-05-02"] and visit["sources"] == 2
    assert panel["filters"]["dates"] == ["2024-05-01", "2024-05-02", "2024-05-03"]
    relations = {item["value"]: item for item in panel["filters"]["relation"]}
    assert relations["visits"]["count"] == 1 and relations["visits"]["labels"]["ar"]
    assert [q["value"] for q in panel["filters"]["quad"]] == ["1", "2", "3"]


def test_search_names_include_gazetteer_aliases_and_written_forms():
    names = gazetteer_names()
    assert "بوتن" in names["Q7747"] and "Putin" in names["Q7747"]
    putin = Entity("Q7747", "Vladimir Putin", "Person", {"en": "Vladimir Putin"}, country="RUS")
    said = make_assertion("d", putin, "praises", TURKEY, "Putin praised Ankara.")
    _, panel = build_network([said])
    assert "بوتن" in panel["nodes"]["Q7747"]["names"]
    assert "Vladimir Putin" in panel["nodes"]["Q7747"]["display"].values()


def test_top_by_degree_keeps_the_most_connected(assertions):
    graph = to_networkx(assertions)
    kept = top_by_degree(graph, 2)
    assert set(kept) == {"grc", "tur"}
    assert kept.number_of_edges() == graph.number_of_edges("tur", "grc") + graph.number_of_edges("grc", "tur")
    assert top_by_degree(graph, 99) is graph
    net, panel = build_network(assertions, top=2)
    assert {n["id"] for n in net.nodes} == {"grc", "tur"} and len(panel["edges"]) == 2


def test_uncertain_edges_are_dashed_and_faded(assertions, documents):
    net, _ = build_network(assertions, documents)
    accuse = next(e for e in net.edges if e["from"] == "grc" and e["to"] == "tur")
    visit = next(e for e in net.edges if e["from"] == "tur" and e["to"] == "grc")
    assert accuse["dashes"] is True and accuse["color"]["opacity"] < 1
    assert visit["dashes"] is False and visit["color"]["opacity"] == 1


def test_notebook_display_is_an_escaped_sandboxed_iframe(assertions, documents):
    page = viewer(assertions, documents, title='say "hi" & <go>')
    shown = page._repr_html_()
    assert shown.startswith('<iframe srcdoc="') and 'sandbox="allow-scripts' in shown
    srcdoc = shown.split('srcdoc="', 1)[1].split('"', 1)[0]
    assert "<" not in srcdoc and '"' not in srcdoc  # nothing in the page can end the attribute
    assert html_lib.unescape(srcdoc) == page.html
    assert 'title="say &quot;hi&quot; &amp; &lt;go&gt;"' in shown


def test_cli_build_top_and_labels(tmp_path, capsys):
    from geokg.graph.cli import main

    news = tmp_path / "news.jsonl"
    news.write_text(
        json.dumps(
            {
                "id": "n1",
                "date": "2025-03-02",
                "lang": "ar",
                "text": "أشادت روسيا بالصين لوساطتها. وأدانت إيران إسرائيل يوم الأحد. "
                "ووقعت تركيا اتفاقية تعاون مع قطر.",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert main(["build", str(news), "-o", str(out), "--top", "2", "--labels", "ar", "--no-progress"]) == 0
    page = (out / "graph.html").read_text(encoding="utf-8")
    block = re.search(r'<script type="application/json" id="geokg-data">(.*?)</script>', page, re.DOTALL)
    data = json.loads(block.group(1))
    assert len(data["nodes"]) == 2 and data["lang"] == "ar"
    assert len((out / "assertions.jsonl").read_text(encoding="utf-8").splitlines()) >= 2  # the data keeps all
    with pytest.raises(SystemExit) as stop:
        main(["build", str(news), "-o", str(out), "--top", "0"])
    assert stop.value.code == 2
    assert "--top: '0' must be at least 1" in capsys.readouterr().err


def test_policy_runs_only_the_pages_own_scripts(assertions, documents, tmp_path):
    import base64
    import hashlib

    page = write_viewer(assertions, tmp_path / "g.html", documents).read_text(encoding="utf-8")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
    script_src = next(part.strip() for part in policy.split(";") if part.strip().startswith("script-src"))
    assert "unsafe-inline" not in script_src and "unsafe-eval" not in script_src
    executable = [text for kind, text in _ScriptCollector.collect(page) if kind != "application/json"]
    assert len(executable) == 3
    for text in executable:
        digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
        assert f"'sha256-{digest}'" in script_src


def test_written_forms_that_name_another_entity_are_not_search_names():
    from geokg.extract.model import Argument, Evidence

    kim = Entity("Q56226", "Kim Jong Un", "Person", {"ar": "كيم جونغ أون", "en": "Kim Jong Un"}, country="PRK")
    prk = Entity("Q423", "North Korea", "Country", {"ar": "كوريا الشمالية", "en": "North Korea"}, country="PRK")
    text = "زار كيم جونغ أون روسيا، وقالت بيونغ يانغ إن البلدين اتفقا."
    made = [
        make_assertion("d", kim, "visits", TURKEY, text, lang="ar"),
        # The extractor resolved the leader's name to his country here: a written form of PRK.
        Assertion(
            doc="d",
            subject=Argument(prk, "كيم جونغ أون", 4, 16),
            relation="praises",
            object=Argument(TURKEY, "روسيا", 17, 22),
            evidence=Evidence(text, 0, len(text), "ar"),
            extractor="test/1",
        ),
        Assertion(
            doc="d",
            subject=Argument(prk, "البلدين", text.index("البلدين"), text.index("البلدين") + 7),
            relation="praises",
            object=Argument(TURKEY, "روسيا", 17, 22),
            evidence=Evidence(text, 0, len(text), "ar"),
            extractor="test/1",
        ),
    ]
    _, panel = build_network(made)
    assert "كيم جونغ أون" not in panel["nodes"]["Q423"]["written"]  # Kim's own name
    assert "البلدين" in panel["nodes"]["Q423"]["written"]  # kept, but ranked after names
    assert "DPRK" in panel["nodes"]["Q423"]["names"]  # the gazetteer's alternative name


def test_attribution_is_named_even_when_not_a_node():
    ministry = Entity(
        "chn-mfa", "Chinese foreign ministry", "GovernmentBody", {"ar": "الخارجية الصينية"}, country="CHN"
    )
    said = make_assertion("d", TURKEY, "visits", GREECE, "A visit, the ministry said.", attributed_to=ministry)
    _, panel = build_network([said])
    assert next(iter(panel["edges"].values()))["evidence"][0]["attributed_to"] == "Chinese foreign ministry"
    _, arabic = build_network([said], label_lang="ar")
    assert next(iter(arabic["edges"].values()))["evidence"][0]["attributed_to"] == "الخارجية الصينية"
