"""geokg report and geokg export gexf|graphml|csv|parquet, tested by reading what they wrote:
networkx reads the GEXF and GraphML back, pandas the CSV and Parquet, headless Chromium renders
the report offline with no planted script running."""

from __future__ import annotations

import doctest
import json
import re
from pathlib import Path

import geokg.graph.export as export_module
import geokg.graph.report as report_module
import networkx as nx
import pytest
from geokg.extract.model import Document, Entity, TimeSpan
from geokg.graph.cli import main
from helpers import make_assertion

RUSSIA = Entity("Q159", "Russia", "Country", {"ar": "روسيا", "en": "Russia"}, country="RUS")
KOREA = Entity("Q423", "North Korea", "Country", {"ar": "كوريا الشمالية", "en": "North Korea"}, country="PRK")
PUTIN = Entity("Q7747", "Vladimir Putin", "Person", {"ar": "فلاديمير بوتين", "en": "Vladimir Putin"}, "RUS", "GOV")
CHINA = Entity("Q148", "China", "Country", {"ar": "الصين", "en": "China"}, country="CHN")
PLANTED = (
    'Russia, they said, <script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"> '
    'criticised "North Korea" & then </section><!-- done\nover two lines'
)


def acts():
    items = [
        make_assertion("r1", RUSSIA, "criticizes", KOREA, PLANTED, time=TimeSpan("2024-01-10")),
        make_assertion(
            "r2",
            PUTIN,
            "visits",
            KOREA,
            "زار الرئيس الروسي بيونغ يانغ.",
            lang="ar",
            time=TimeSpan("2024-06-19"),
        ),
        make_assertion("r3", RUSSIA, "signsAgreementWith", KOREA, "Russia signed a pact with North Korea."),
        make_assertion("r3", CHINA, "supports", KOREA, "China supports North Korea.", start=50),
        make_assertion(
            "r4",
            CHINA,
            "imposesSanctionsOn",
            RUSSIA,
            "China did not impose sanctions on Russia.",
            polarity="negated",
        ),
    ]
    documents = [
        Document("r1", "", date="2024-01-10", lang="en", source="Wire <b>one</b>", url="javascript:window.pwned=3"),
        Document(
            "r2",
            "",
            date="2024-06-19",
            lang="ar",
            source="صحيفة",
            url="https://example.org/r2",
            title='<img src=x onerror="window.pwned=4">',
        ),
        Document("r3", "", date="2024-07-01", lang="en", source="Wire one"),
        Document("r4", "", date="2024-08-01", lang="en", source="Wire one"),
    ]
    return items, documents


@pytest.fixture()
def out(tmp_path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    items, documents = acts()
    with open(folder / "assertions.jsonl", "w", encoding="utf-8") as stream:
        for assertion in items:
            stream.write(json.dumps(assertion.to_json(), ensure_ascii=False) + "\n")
    with open(folder / "documents.jsonl", "w", encoding="utf-8") as stream:
        for document in documents:
            stream.write(json.dumps(document.provenance_json(), ensure_ascii=False) + "\n")
    (folder / "mentions.jsonl").write_text(
        json.dumps({"doc": "r1", "id": "Q159", "label": "Russia"}) + "\n", encoding="utf-8"
    )
    return folder


@pytest.mark.parametrize("module", [export_module, report_module])
def test_doctests(module):
    found = doctest.testmod(module)
    assert found.attempted >= 1 and found.failed == 0


def test_gexf_reads_back_with_time_intervals(out, capsys):
    assert main(["export", "gexf", str(out), "--rollup"]) == 0
    path = out / "graph.gexf"
    text = path.read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text and "<spells>" in text
    graph = nx.read_gexf(path)
    assert set(graph) == {"Q159", "Q423", "Q148"}  # Putin rolled up into Russia
    visits = [d for u, v, d in graph.edges(data=True) if u == "Q159" and v == "Q423" and d["relation"] == "visits"]
    assert visits and visits[0]["events"] == 1 and visits[0]["label_ar"] == "يزور"
    assert visits[0]["spells"] == [("2024-06-19", "2024-06-19")]
    assert graph.nodes["Q423"]["label_ar"] == "كوريا الشمالية" and graph.nodes["Q423"]["start"] == "2024-01-10"
    # The negated sanctions are no act.
    assert not any(d["relation"] == "imposesSanctionsOn" for _, _, d in graph.edges(data=True))
    assert "GEXF" in capsys.readouterr().err


def test_graphml_reads_back(out, tmp_path):
    target = tmp_path / "g" / "graph.graphml"
    assert main(["export", "graphml", str(out), "-o", str(target)]) == 0
    graph = nx.read_graphml(target)
    assert "Q7747" in graph  # not rolled up unless asked
    edges = [d for _, _, d in graph.edges(data=True) if d["relation"] == "criticizes"]
    assert edges[0]["first"] == "2024-01-10" and edges[0]["score"] == -2.0 and edges[0]["quad"] == 3


def test_csv_tables_load_straight_into_pandas(out, tmp_path):
    pd = pytest.importorskip("pandas")
    target = tmp_path / "tables"
    assert main(["export", "csv", str(out), "-o", str(target), "--rollup"]) == 0
    assertions = pd.read_csv(target / "assertions.csv")
    assert len(assertions) == 5
    planted = assertions.loc[assertions["doc"] == "r1", "evidence"].iloc[0]
    assert planted == PLANTED  # quotes, markup and a line break round-trip
    visit = assertions.loc[assertions["relation"] == "visits"].iloc[0]
    assert visit["subject_rollup"] == "Q159" and visit["subject_label_ar"] == "فلاديمير بوتين"
    assert visit["relation_label_ar"] == "يزور" and visit["date"] == "2024-06-19" and visit["source"] == "صحيفة"
    assert assertions["counted"].tolist() == [True, True, True, True, False]
    entities = pd.read_csv(target / "entities.csv")
    assert set(entities["id"]) == {"Q159", "Q423", "Q7747", "Q148"}
    assert entities.set_index("id").loc["Q159", "mentions"] == 1
    events = pd.read_csv(target / "events.csv")
    assert len(events) == 4 and set(events["subject"]) == {"Q159", "Q148"}  # rolled up


def test_parquet_tables(out, tmp_path):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow", reason="pyarrow is not installed (pip install -e '.[parquet]')")
    assert main(["export", "parquet", str(out), "-o", str(tmp_path / "p")]) == 0
    frame = pd.read_parquet(tmp_path / "p" / "assertions.parquet")
    assert len(frame) == 5 and frame["evidence"].iloc[0] == PLANTED


def test_export_of_a_folder_that_is_no_output(tmp_path, capsys):
    assert main(["export", "gexf", str(tmp_path / "nothing")]) == 1
    assert "no assertions.jsonl here" in capsys.readouterr().err
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "assertions.jsonl").write_text('{"id": 1}\n', encoding="utf-8")
    assert main(["export", "csv", str(bad)]) == 1
    assert f"{bad / 'assertions.jsonl'}:1: not a geokg assertion" in capsys.readouterr().err
    assert not (bad / "tables").exists()


# ---- the report ---------------------------------------------------------------------------------


def test_report_content_and_escaping(out):
    assert main(["report", str(out), "--labels", "ar"]) == 0
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "<script" not in page.lower()  # the page runs no script, planted or not
    assert re.search(r"<img[^>]*onerror", page) is None  # the planted image stays text
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in page
    assert 'id="lang-ar" checked' in page and "default-src 'none'" in page
    assert "Period covered: 2024-01-10 to 2024-07-01" in page
    assert page.count("data:image/svg+xml;base64,") == 4  # two dyads, each in both languages
    anchors = set(re.findall(r'id="(ev\d+)"', page))
    links = set(re.findall(r'href="#(ev\d+)"', page))
    assert links and links <= anchors  # every number links to its evidence
    assert "javascript:" not in page  # the unsafe document link is not a link
    assert 'href="https://example.org/r2"' in page
    assert "كوريا الشمالية" in page and "North Korea" in page


def test_report_selection_and_usage_errors(out, tmp_path, capsys):
    target = tmp_path / "r.html"
    assert main(["report", str(out), "-o", str(target), "--since", "2024-06-01", "--no-rollup"]) == 0
    page = target.read_text(encoding="utf-8")
    assert "Vladimir Putin" in page and "Period covered: 2024-06-19 to 2024-07-01" in page
    with pytest.raises(SystemExit) as usage:  # dates are checked as arguments, like every --date
        main(["report", str(out), "--since", "June"])
    assert usage.value.code == 2
    assert "argument --since: 'June': not an ISO 8601 date" in capsys.readouterr().err
    assert main(["report", str(tmp_path / "none")]) == 1
    assert "not a geokg output folder" in capsys.readouterr().err
    assert main(["report", str(out), "-o", str(tmp_path / "c.html"), "--country", "chn"]) == 0
    assert "Only acts involving CHN" in (tmp_path / "c.html").read_text(encoding="utf-8")


def test_report_renders_offline_in_chromium(out, tmp_path):
    playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    from test_viewer_browser import CHROMIUM_FLAGS, LOCAL_SCHEMES, chromium_path, save_artifact

    executable = chromium_path()
    if executable is None:
        pytest.skip("no Chromium at /usr/bin/chromium")
    assert main(["report", str(out)]) == 0
    with playwright_api.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 1400})
            blocked, errors = [], []
            page.route(
                "**/*",
                lambda route: (
                    route.continue_()
                    if route.request.url.startswith(LOCAL_SCHEMES)
                    else (blocked.append(route.request.url), route.abort())
                ),
            )
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto((out / "report.html").as_uri())
            page.wait_for_load_state("load")
            assert page.evaluate("window.pwned === undefined") is True
            # The charts decoded: SVG images with a size.
            widths = page.evaluate("Array.from(document.images).filter(i => i.offsetParent).map(i => i.naturalWidth)")
            assert len(widths) == 2 and all(w > 300 for w in widths)
            # English shown, Arabic hidden; the switch flips them with CSS alone.
            assert page.is_visible("h2 >> text=Most central actors")
            page.click("label[for='lang-ar']")
            assert page.is_visible("h2 >> text=الفاعلون الأكثر مركزية")
            assert not page.is_visible("h2 >> text=Most central actors")
            first = page.locator("td a").first
            target = first.get_attribute("href")
            first.click()
            assert page.evaluate("location.hash") == target
            assert page.locator(f"{target} blockquote").count() >= 1
            shot = tmp_path / "report-ar.png"
            page.screenshot(path=str(shot), full_page=True)
            save_artifact(shot)
            assert blocked == [] and errors == []
        finally:
            browser.close()


def test_documented_acts_query_leaves_out_negated_claims():
    """docs/analysis.md's "all conflict" SPARQL lists acts only: the negated sanctions stay out."""
    from geokg.graph.query import run_query
    from geokg.graph.rdf import build_dataset, to_graph
    from geokg.ontology import load_ontology

    doc = (Path(__file__).resolve().parents[1] / "docs" / "analysis.md").read_text(encoding="utf-8")
    query = re.search(r"```sparql\n(.*?)```", doc, re.DOTALL).group(1)
    assert "gk:polarity gk:Affirmed" in query
    items, documents = acts()
    graph = to_graph(build_dataset(items, documents))
    for triple in load_ontology().graph():
        graph.add(triple)
    rows = [tuple(str(value) for value in row) for row in run_query(graph, query)]
    assert [(s, r, o) for s, r, o, _ in rows] == [("Russia", "criticizes", "North Korea")]
    unfiltered = query.replace("gk:polarity gk:Affirmed ;", "").replace("VALUES ?m { gk:Asserted gk:Reported }", "")
    names = {row[1] for row in (tuple(str(v) for v in r) for r in run_query(graph, unfiltered))}
    assert "imposes sanctions on" in names  # what the README's old query listed
