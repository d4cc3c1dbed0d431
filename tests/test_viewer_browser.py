"""The viewer in real headless Chromium (Debian's ``chromium``, driven by Playwright's Python
package; ``playwright install`` is never needed: the system browser is launched directly).

Every page is opened from disk with every request routed through a guard that aborts and
records anything that is not ``file:``, ``data:``, ``blob:`` or ``about:``: the viewer must
need nothing else. Screenshots go to pytest's tmp folder and, when ``GEOKG_TEST_ARTIFACTS`` (or
``TEST_ARTIFACTS``) names a folder or a ``test-artifacts/`` folder exists in the checkout, are
copied there.
"""

from __future__ import annotations

import html
import os
import shutil
from pathlib import Path

import pytest
from geokg.extract.model import Argument, Assertion, Document, Entity, Evidence
from geokg.graph.viewer import viewer, write_viewer
from helpers import make_assertion

playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')"
)

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "000_08a461d4136db840.txt"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")


def chromium_path() -> str | None:
    for candidate in (os.environ.get("GEOKG_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def save_artifact(path: Path) -> None:
    """Copy a screenshot where CI keeps test artifacts, if it keeps any."""
    folder = os.environ.get("GEOKG_TEST_ARTIFACTS") or os.environ.get("TEST_ARTIFACTS")
    target = Path(folder) if folder else ROOT / "test-artifacts"
    if folder or target.is_dir():
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target / path.name)


class Page:
    """A viewer page opened from disk, with every request and script error recorded."""

    def __init__(self, browser, path: Path, width: int = 1400, height: int = 1000):
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.page = self.context.new_page()
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._guard)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-drawn='true'][data-stable='true']", timeout=90_000)
        # Past stabilisation, physics may still nudge nodes: hold them still so that a position
        # read now is where a click lands (a reader waits for the picture to settle too).
        self.page.evaluate("network.stopSimulation()")

    def _guard(self, route) -> None:
        url = route.request.url
        if url.startswith(LOCAL_SCHEMES):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def eval(self, script: str, arg=None):
        return self.page.evaluate(script, arg)

    def close(self) -> None:
        self.context.close()

    def edge_ids(self, subject: str, relation: str, obj: str) -> str:
        return self.eval(
            """([s, r, o]) => Object.keys(geokgViewer.data.edges).filter(id => {
                   const e = geokgViewer.data.edges[id];
                   return e.from === s && e.relation_id === r && e.to === o; })[0]""",
            [subject, relation, obj],
        )

    def hidden_edges(self) -> set[str]:
        return set(self.eval("edges.get().filter(e => e.hidden).map(e => e.id)"))

    def click_edge(self, edge_id: str) -> None:
        """Click the middle of an edge on the canvas, where no node sits."""
        point = self.eval(
            """(id) => {
                network.fit({animation: false});
                const edge = network.body.edges[id];
                const p = edge.edgeType.getPoint(0.5);
                const dom = network.canvasToDOM(p);
                const box = document.querySelector('#mynetwork canvas').getBoundingClientRect();
                return {x: box.left + dom.x, y: box.top + dom.y,
                        edge: network.getEdgeAt(dom), node: network.getNodeAt(dom)};
            }""",
            edge_id,
        )
        assert point["edge"] == edge_id and point["node"] is None, point
        self.page.mouse.click(point["x"], point["y"])

    def canvas_ink(self) -> float:
        """The share of canvas pixels that are not background: 0 for a blank canvas."""
        return self.eval(
            """() => {
                const canvas = document.querySelector('#mynetwork canvas');
                const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                let ink = 0;
                for (let i = 0; i < data.length; i += 4) {
                    if (data[i + 3] > 0 && (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240)) { ink++; }
                }
                return ink / (data.length / 4);
            }"""
        )


# ---- fixtures of our own ----------------------------------------------------------------------

TURKEY = Entity("tur", "Turkey", "Country", {"ar": "تركيا", "en": "Turkey"}, country="TUR")
GREECE = Entity("grc", "Greece", "Country", {"ar": "اليونان", "en": "Greece"}, country="GRC")
CYPRUS = Entity("cyp", "Cyprus", "Country", {"ar": "قبرص", "en": "Cyprus"}, country="CYP")
NAVY = Entity("grc-navy", "Hellenic Navy", "ArmedForce", {"en": "Hellenic Navy"}, country="GRC")
PUTIN = Entity("Q7747", "Vladimir Putin", "Person", {"ar": "فلاديمير بوتين", "en": "Vladimir Putin"}, country="RUS")
PLANTED = (
    "Officials said <script>window.pwned = (window.pwned || 0) + 1; alert('script')</script> "
    "and <img src=x onerror=\"window.pwned = 1; alert('img')\"> then </script><!-- done"
)


def own_assertions() -> tuple[list[Assertion], list[Document]]:
    items = [
        make_assertion("d1", TURKEY, "visits", GREECE, "Turkey's president travelled to Greece on Monday."),
        make_assertion("d2", TURKEY, "visits", GREECE, "وصل الرئيس التركي إلى اليونان في زيارة رسمية.", lang="ar"),
        make_assertion("d3", GREECE, "accuses", TURKEY, PLANTED, modality="alleged"),
        make_assertion(
            "d4", NAVY, "providesMilitaryAidTo", CYPRUS, "The Hellenic Navy sent two patrol boats to Cyprus."
        ),
        make_assertion("d4", PUTIN, "praises", TURKEY, "Vladimir Putin praised Turkey for its mediation."),
    ]
    # Turkey written as its capital: a form the search also knows.
    capital = "رحبت أنقرة بالاتفاق مع قبرص."
    items.append(
        Assertion(
            doc="d2",
            subject=Argument(TURKEY, "أنقرة", 5, 10),
            relation="praises",
            object=Argument(CYPRUS, "قبرص", 23, 27),
            evidence=Evidence(capital, 0, len(capital), "ar"),
            extractor="test/1",
        )
    )
    documents = [
        Document("d1", "", date="2024-05-01", lang="en", source="Wire one"),
        Document("d2", "", date="2024-05-02", lang="ar", source="صحيفة"),
        Document("d3", "", date="2024-06-10", lang="en", title='<img src=x onerror="window.pwned=2">'),
        Document("d4", "", date="2024-07-01", lang="en", url="javascript:window.pwned=3"),
    ]
    return items, documents


@pytest.fixture()
def own_page(browser, tmp_path):
    assertions, documents = own_assertions()
    path = write_viewer(assertions, tmp_path / "own.html", documents, title="<b>own</b>", rollup=False)
    page = Page(browser, path)
    yield page
    assert page.blocked == [], f"the page tried to load {page.blocked}"
    assert page.errors == [], page.errors
    page.close()


# ---- the seed page ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_viewer(tmp_path_factory):
    if not SEED.is_file():
        pytest.skip(f"the seed page is not here ({SEED}); CI provides ../shared/seed/")
    from geokg.extract.documents import segment
    from geokg.extract.pipeline import Extractor

    documents = segment(SEED.read_text(encoding="utf-8"), SEED.stem, lang="ar")
    for n, document in enumerate(documents, start=1):
        document.date = {1: "2024-06-18", 2: "2024-06-21"}.get(n)
    assertions = [a for result in Extractor().extract(documents) for a in result.assertions]
    path = write_viewer(assertions, tmp_path_factory.mktemp("seed") / "seed.html", documents, label_lang="ar")
    return path, assertions


def test_seed_graph_renders_offline(browser, seed_viewer, tmp_path):
    path, assertions = seed_viewer
    page = Page(browser, path)
    try:
        drawn = page.eval("Object.keys(network.body.nodes).filter(id => !network.body.nodes[id].isCluster).length")
        entities = {a.subject.entity.id for a in assertions}
        assert drawn >= len(entities) > 5
        assert page.eval("network.physics.options.enabled") is True  # a small graph: live physics
        # Arabic labels as built, the Russian node labelled روسيا.
        assert page.eval("nodes.get('Q159').label") == "روسيا"
        assert page.canvas_ink() > 0.002  # not a blank canvas
        # A leader's name finds the leader, not the country his name stood for in a sentence.
        page.page.fill("#geokg-search", "كيم جونغ أون")
        page.page.press("#geokg-search", "Enter")
        assert page.eval("network.getSelectedNodes()") == ["Q56226"]
        shot = tmp_path / "viewer-seed-ar.png"
        page.page.screenshot(path=str(shot))
        assert shot.stat().st_size > 20_000  # a drawing, not a blank PNG (a blank one is ~5 KB)
        save_artifact(shot)
        page.page.click("input[name='geokg-lang'][value='en']")
        assert page.eval("nodes.get('Q159').label") == "Russia"
        english = tmp_path / "viewer-seed-en.png"
        page.page.screenshot(path=str(english))
        save_artifact(english)
        assert page.blocked == [], f"the page tried to load {page.blocked}"
        assert page.errors == [], page.errors
    finally:
        page.close()


# ---- exploring --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Greece", "grc"),
        ("اليونان", "grc"),
        ("اليونان ", "grc"),
        ("greec", "grc"),  # a prefix
        ("قبرص", "cyp"),
        ("بوتن", "Q7747"),  # an alternative spelling, from the gazetteer's skos:altLabel
        ("Putin", "Q7747"),
        ("Hellenic", "grc-navy"),
        ("انقره", "tur"),  # a form written in the news (أنقرة), hamza and ta marbuta aside
    ],
)
def test_search_focuses_the_node(own_page, query, expected):
    page = own_page.page
    page.fill("#geokg-search", query)
    page.press("#geokg-search", "Enter")
    assert own_page.eval("network.getSelectedNodes()") == [expected]
    centre = own_page.eval("network.getViewPosition()")
    position = own_page.eval("(id) => network.getPositions([id])[id]", expected)
    assert abs(centre["x"] - position["x"]) < 1 and abs(centre["y"] - position["y"]) < 1
    heading = page.text_content("#geokg-details h2")
    assert heading == own_page.eval("(id) => nodes.get(id).label", expected)


def test_panel_answers_clicks_right_after_a_search(own_page):
    # Leaving the search box commits it again: that must not redraw the panel under the click.
    own_page.page.fill("#geokg-search", "Cyprus")
    own_page.page.press("#geokg-search", "Enter")
    own_page.page.locator("button.edge-link").first.click()
    assert own_page.page.locator("#geokg-details blockquote").count() == 1


def test_search_reports_no_match(own_page):
    own_page.page.fill("#geokg-search", "Atlantis")
    own_page.page.press("#geokg-search", "Enter")
    assert own_page.page.text_content("#geokg-search-status") == "not found"
    assert own_page.eval("network.getSelectedNodes()") == []


def test_relation_filter_hides_its_edges(own_page):
    visit = own_page.edge_ids("tur", "visits", "grc")
    aid = own_page.edge_ids("grc-navy", "providesMilitaryAidTo", "cyp")
    assert own_page.hidden_edges() == set()
    own_page.page.click("input[data-group='relation'][data-value='visits']")
    assert own_page.hidden_edges() == {visit}
    # Checking it again brings it back; a quad class filter hides material cooperation.
    own_page.page.click("input[data-group='relation'][data-value='visits']")
    own_page.page.click("input[data-group='quad'][data-value='2']")
    assert own_page.hidden_edges() == {aid}
    # An entity left with no relation shown is hidden too; one with others stays.
    assert own_page.eval("nodes.get('grc-navy').hidden") is True
    assert own_page.eval("nodes.get('cyp').hidden") is not True


def test_entity_type_and_country_filters(own_page):
    praise = own_page.edge_ids("Q7747", "praises", "tur")
    own_page.page.click("input[data-group='class'][data-value='Person']")
    assert own_page.hidden_edges() == {praise}
    own_page.page.click("input[data-group='class'][data-value='Person']")
    own_page.page.click("input[data-group='country'][data-value='CYP']")
    assert own_page.hidden_edges() == {
        own_page.edge_ids("grc-navy", "providesMilitaryAidTo", "cyp"),
        own_page.edge_ids("tur", "praises", "cyp"),
    }


def test_uncertain_toggle_and_time_slider(own_page):
    accuse = own_page.edge_ids("grc", "accuses", "tur")
    style = own_page.eval("(id) => edges.get(id)", accuse)
    assert style["dashes"] is True and style["color"]["opacity"] < 1  # alleged: dashed and faded
    own_page.page.uncheck("#geokg-uncertain")
    assert own_page.hidden_edges() == {accuse}
    own_page.page.check("#geokg-uncertain")
    # Move the start of the range past June: only the July assertions stay.
    dates = own_page.eval("geokgViewer.data.filters.dates")
    assert dates == ["2024-05-01", "2024-05-02", "2024-06-10", "2024-07-01"]
    own_page.eval(
        """() => { const s = document.getElementById('geokg-time-from'); s.value = '3';
                   s.dispatchEvent(new Event('input')); }"""
    )
    visible = {
        own_page.edge_ids("grc-navy", "providesMilitaryAidTo", "cyp"),
        own_page.edge_ids("Q7747", "praises", "tur"),
    }
    assert set(own_page.eval("edges.getIds()")) - own_page.hidden_edges() == visible
    assert own_page.page.text_content("#geokg-time-label") == "2024-07-01 – 2024-07-01"


def test_label_switch(own_page):
    assert own_page.eval("nodes.get('tur').label") == "Turkey"
    own_page.page.click("input[name='geokg-lang'][value='ar']")
    assert own_page.eval("nodes.get('tur').label") == "تركيا"
    assert own_page.eval("nodes.get('grc-navy').label") == "Hellenic Navy"  # no Arabic label: falls back
    assert own_page.eval("nodes.get('tur').title").startswith("تركيا · ")
    visit = own_page.edge_ids("tur", "visits", "grc")
    assert own_page.eval("(id) => edges.get(id).title", visit).startswith("تركيا ← ")


def test_clicking_an_edge_shows_its_sentences(own_page):
    visit = own_page.edge_ids("tur", "visits", "grc")
    own_page.click_edge(visit)
    panel = own_page.page.locator("#geokg-details")
    text = panel.text_content()
    assert "Turkey's president travelled to Greece on Monday." in text
    assert "وصل الرئيس التركي إلى اليونان في زيارة رسمية." in text
    assert "Wire one" in text and "2024-05-01" in text and "صحيفة" in text
    assert "asserted" in text and "affirmed" in text and "confidence" in text
    quotes = panel.locator("blockquote")
    assert quotes.nth(1).get_attribute("dir") == "rtl" and quotes.nth(0).get_attribute("dir") == "ltr"
    marks = panel.locator("mark.name").all_text_contents()
    # The names as the extractor matched them: the English sentence's two, the Arabic one has
    # none written as "Turkey"/"Greece" (make_assertion's text is the English label).
    assert marks[:2] == ["Turkey", "Greece"]


def test_clicking_a_node_lists_its_relations(own_page):
    point = own_page.eval(
        """() => {
            network.fit({animation: false});
            const dom = network.canvasToDOM(network.getPositions(['cyp']).cyp);
            const box = document.querySelector('#mynetwork canvas').getBoundingClientRect();
            return {x: box.left + dom.x, y: box.top + dom.y, node: network.getNodeAt(dom)};
        }"""
    )
    assert point["node"] == "cyp"
    own_page.page.mouse.click(point["x"], point["y"])
    panel = own_page.page.locator("#geokg-details")
    assert panel.locator("h2").text_content() == "Cyprus"
    assert "قبرص" in panel.text_content() and "country CYP" in panel.text_content()
    relations = panel.locator("button.edge-link")
    assert relations.count() == 2
    relations.filter(has_text="Hellenic Navy").click()
    assert "The Hellenic Navy sent two patrol boats to Cyprus." in panel.text_content()


def test_planted_markup_does_not_execute(own_page):
    accuse = own_page.edge_ids("grc", "accuses", "tur")
    own_page.click_edge(accuse)
    panel = own_page.page.locator("#geokg-details")
    assert PLANTED in panel.text_content()  # shown as text, exactly as written
    assert panel.locator("script, img").count() == 0
    # Hover the edge: the tooltip is text too.
    own_page.page.mouse.move(0, 0)
    own_page.click_edge(accuse)
    own_page.page.wait_for_timeout(400)
    assert own_page.page.locator("div.vis-tooltip img, div.vis-tooltip script").count() == 0
    # The javascript: URL never became a link.
    own_page.click_edge(own_page.edge_ids("grc-navy", "providesMilitaryAidTo", "cyp"))
    assert own_page.page.locator("#geokg-details a").count() == 0
    assert own_page.eval("window.pwned === undefined") is True
    assert own_page.dialogs == []


# ---- scale and the notebook ---------------------------------------------------------------------


def test_large_graph_draws_with_physics_off(browser, tmp_path):
    countries = [Entity(f"c{i}", f"Country {i}", "Country", country=f"C{i:02d}"[:3]) for i in range(400)]
    many = [
        make_assertion("d", countries[i], "praises", countries[(i * 7 + 1) % 400], f"Sentence {i}.", start=i * 20)
        for i in range(400)
    ]
    path = write_viewer(many, tmp_path / "large.html", top=350)
    page = Page(browser, path)
    try:
        assert page.eval("network.physics.options.enabled") is False
        assert page.eval("nodes.length") == 350
        assert page.canvas_ink() > 0.001
        page.page.fill("#geokg-search", "Country 17")
        page.page.press("#geokg-search", "Enter")
        top = page.eval("nodes.getIds()")
        if "c17" in top:
            assert page.eval("network.getSelectedNodes()") == ["c17"]
        else:  # left out by --top: the search says so
            assert page.page.text_content("#geokg-search-status") == "not found"
        assert page.blocked == [] and page.errors == []
    finally:
        page.close()


def test_notebook_display_renders_in_a_sandboxed_frame(browser, tmp_path):
    assertions, documents = own_assertions()
    shown = viewer(assertions, documents, title="inline")._repr_html_()
    assert shown.startswith("<iframe srcdoc=") and 'sandbox="allow-scripts' in shown
    host = tmp_path / "notebook.html"
    host.write_text(f"<!DOCTYPE html><html><body><div>{shown}</div></body></html>", encoding="utf-8")
    context = browser.new_context()
    try:
        page = context.new_page()
        blocked: list[str] = []
        context.route(
            "**/*",
            lambda route: (
                route.continue_()
                if route.request.url.startswith(LOCAL_SCHEMES)
                else (blocked.append(route.request.url), route.abort())
            ),
        )
        page.goto(host.as_uri())
        frame = page.frame_locator("iframe")
        frame.locator("body[data-drawn='true']").wait_for(timeout=60_000)
        assert frame.locator("#geokg-legend input").count() > 5
        assert blocked == []
        assert html.unescape(shown.split('srcdoc="', 1)[1].split('"', 1)[0]).startswith("<!DOCTYPE html>")
    finally:
        context.close()


def test_policy_blocks_markup_that_would_leak_in(browser, tmp_path):
    """Defence in depth: even markup put into the page's DOM does not run (the CSP allows only
    the page's own scripts, by hash)."""
    assertions, documents = own_assertions()
    page = Page(browser, write_viewer(assertions, tmp_path / "csp.html", documents))
    try:
        page.eval(
            """() => {
                const box = document.getElementById('geokg-details');
                box.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.pwned = 4">');
                const script = document.createElement('script');
                script.textContent = 'window.pwned = 5';
                document.body.appendChild(script);
            }"""
        )
        page.page.wait_for_timeout(300)
        assert page.eval("window.pwned === undefined") is True
        assert any("Content Security Policy" in error for error in page.errors), page.errors
        assert page.blocked == []
    finally:
        page.close()


def test_an_empty_build_opens(browser, tmp_path):
    page = Page(browser, write_viewer([], tmp_path / "empty.html"))
    try:
        assert page.page.text_content("#geokg-details") == "No relations were found in this build."
        assert page.page.text_content("#geokg-shown") == "0 relations shown"
        assert page.page.text_content("#geokg-counts") == "0 entities, 0 relations"
        assert page.errors == [] and page.blocked == []
    finally:
        page.close()


# ---- roll-up to states, grouped edges, the label language, the timeline -------------------------

RUSSIA = Entity("Q159", "Russia", "Country", {"ar": "روسيا", "en": "Russia"}, country="RUS")
KOREA = Entity("Q423", "North Korea", "Country", {"ar": "كوريا الشمالية", "en": "North Korea"}, country="PRK")


@pytest.fixture()
def rolled_page(browser, tmp_path):
    items = [
        make_assertion("k1", PUTIN, "visits", KOREA, "Putin arrived in Pyongyang."),
        make_assertion("k2", RUSSIA, "visits", KOREA, "Russia's delegation visited North Korea."),
        make_assertion("k3", RUSSIA, "visits", KOREA, "A Russian visit to North Korea began.", story="k1"),
        make_assertion("k2", PUTIN, "headOfStateOf", RUSSIA, "President Putin of Russia.", start=60),
        make_assertion("k4", KOREA, "criticizes", TURKEY, "North Korea criticised Turkey."),
    ]
    documents = [
        Document("k1", "", date="2024-06-19", lang="en", source="Wire one"),
        Document("k2", "", date="2024-06-20", lang="en", source="Wire two"),
        Document("k3", "", date="2024-06-21", lang="en", source="Wire one", story="k1"),
        Document("k4", "", date="2024-09-02", lang="en", source="Wire two"),
    ]
    page = Page(browser, write_viewer(items, tmp_path / "rolled.html", documents))
    yield page
    assert page.blocked == [] and page.errors == [], (page.blocked, page.errors)
    page.close()


def drawn_edges(page: Page) -> dict[str, dict]:
    return page.eval(
        """() => { const out = {};
                   edges.get().filter(e => !e.hidden).forEach(e => { out[e.id] = e; });
                   return out; }"""
    )


def test_rolled_up_by_default_with_one_edge_per_dyad_and_relation(rolled_page):
    page = rolled_page
    shown = set(page.eval("nodes.get().filter(n => !n.hidden).map(n => n.id)"))
    assert shown == {"Q159", "Q423", "tur"}  # Putin folded into Russia
    drawn = drawn_edges(page)
    visits = [e for e in drawn.values() if e["from"] == "Q159" and e["to"] == "Q423"]
    assert len(visits) == 1  # Putin's visit and Russia's, one edge
    # Three sentences, two pieces of evidence: k3 retells k1's story in the same outlet.
    assert visits[0]["label"] == "visits ×2"
    assert not any(e["from"] == e["to"] for e in drawn.values())  # Putin heads Russia: folded away
    page.eval("(id) => showEdge(id)", visits[0]["id"])
    assert page.page.locator("#geokg-details blockquote").count() == 3
    assert "3 sentences · 3 documents · 2 pieces of evidence" in page.page.text_content("#geokg-details")


def test_expand_a_state_and_roll_up_off(rolled_page):
    page = rolled_page
    page.page.fill("#geokg-search", "Putin")
    page.page.press("#geokg-search", "Enter")
    assert page.eval("network.getSelectedNodes()") == ["Q7747"]  # the search drew Russia apart
    drawn = drawn_edges(page)
    assert {(e["from"], e["to"]) for e in drawn.values()} == {
        ("Q7747", "Q423"),
        ("Q159", "Q423"),
        ("Q7747", "Q159"),
        ("Q423", "tur"),
    }
    # The member's panel folds it back.
    page.page.click("#geokg-details button.expand")
    assert "Q7747" not in page.eval("nodes.getIds()")
    # Russia's panel expands it again.
    page.eval("() => showNode('Q159')")
    page.page.click("#geokg-details button.expand")
    assert "Q7747" in page.eval("nodes.getIds()")
    page.page.uncheck("#geokg-rollup")
    assert len(drawn_edges(page)) == 4  # one per (subject, relation, object) as extracted
    page.page.check("#geokg-rollup")
    assert len(drawn_edges(page)) == 2


def test_legend_and_controls_follow_the_label_language(rolled_page):
    page = rolled_page
    assert page.page.text_content("label[for='geokg-search']") == "Find"
    page.page.click("input[name='geokg-lang'][value='ar']")
    assert page.page.text_content("label[for='geokg-search']") == "بحث"
    assert page.page.get_attribute("#geokg-search", "placeholder") == "اسم بالعربية أو الإنجليزية"
    assert page.page.text_content("details[data-group='quad'] summary span") == "تعاون / صراع"
    assert "تعاون لفظي" in page.page.text_content("details[data-group='quad']")
    assert page.page.text_content("#geokg-shown") == "2 علاقة معروضة"
    assert page.page.get_attribute("#toolbar", "dir") == "rtl"
    label = [e["label"] for e in drawn_edges(page).values() if e["to"] == "Q423"][0]
    assert label == "يزور ×2"


def test_timeline_strip_counts_what_is_shown(rolled_page):
    page = rolled_page
    bars = page.eval("Array.from(document.querySelectorAll('#geokg-bars .bar')).map(b => [b.dataset.period, b.title])")
    assert bars == [
        ["2024-06", "2024-06: 3"],
        ["2024-07", "2024-07: 0"],
        ["2024-08", "2024-08: 0"],
        ["2024-09", "2024-09: 1"],
    ]
    page.page.click("input[data-group='quad'][data-value='3']")  # hide the criticism
    assert page.eval("document.querySelector('#geokg-bars .bar[data-period=\"2024-09\"]').title") == "2024-09: 0"
    page.page.click("input[data-group='quad'][data-value='3']")
    page.page.click("#geokg-bars .bar[data-period='2024-09']")  # a bar sets the time range
    assert page.page.text_content("#geokg-time-label") == "2024-09-02 – 2024-09-02"
    assert {(e["from"], e["to"]) for e in drawn_edges(page).values()} == {("Q423", "tur")}


def test_header_counts_what_is_drawn_in_the_label_language(rolled_page):
    """The header follows the roll-up, the filters and the label language (it gave the extracted
    numbers while the page opened rolled up)."""
    page = rolled_page
    counts = lambda: page.page.text_content("#geokg-counts")  # noqa: E731
    assert counts() == "3 entities, 2 relations"  # Russia (Putin folded in), North Korea, Turkey
    page.page.uncheck("#geokg-rollup")
    assert counts() == "4 entities, 4 relations"  # as extracted
    page.page.click("input[data-group='quad'][data-value='3']")  # hide the criticism: Turkey goes too
    assert counts() == "3 entities, 3 relations"
    page.page.click("input[name='geokg-lang'][value='ar']")
    assert counts() == "3 كيانات، 3 علاقات"
    assert page.page.get_attribute("#geokg-counts", "dir") == "rtl"
    page.page.check("#geokg-rollup")
    assert counts() == "كيانان، علاقة واحدة"  # Arabic's dual and singular forms
    page.page.click("input[data-group='quad'][data-value='3']")
    page.page.click("input[name='geokg-lang'][value='en']")
    assert counts() == "3 entities, 2 relations"
