"""``geokg serve`` in real headless Chromium: the query page at ``/`` runs the README's examples
under its Content-Security-Policy and shows untrusted text as text; a page on another origin (as
YASGUI would be) is refused by default and answered when ``--cors`` names its origin.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from interop_data import readme_queries, write_interop_out
from test_serve import Running

playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')"
)

OTHER_PAGE = """<!DOCTYPE html><html><body><pre id="out">waiting</pre><script>
fetch(ENDPOINT, {method: "POST", headers: {"Content-Type": "application/sparql-query",
  "Accept": "application/sparql-results+json"}, body: "ASK { ?s ?p ?o }"})
  .then(r => r.text()).then(t => { document.getElementById("out").textContent = "answer " + t; })
  .catch(e => { document.getElementById("out").textContent = "failed " + e; });
</script></body></html>"""


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    return write_interop_out(tmp_path_factory.mktemp("browser") / "out")


def _watched_page(browser):
    context = browser.new_context()
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("dialog", lambda dialog: (problems.append("dialog: " + dialog.message), dialog.dismiss()))
    return context, page, problems


def test_the_query_page_runs_the_examples_and_shows_text_as_text(browser, out):
    running = Running(out, workers=2)
    context, page, problems = _watched_page(browser)
    try:
        page.goto(running.base + "/")
        titles = page.locator("#example option").all_text_contents()
        assert len(titles) == len(readme_queries())
        assert page.input_value("#query") == readme_queries()[0]
        page.click("#run")
        page.wait_for_selector("#results table")
        assert page.locator("#results tbody tr").count() >= 1
        assert "row" in page.text_content("#status")
        # The conflict example returns evidence full of markup: it must show as text.
        page.select_option("#example", "1")
        page.click("#run")
        page.wait_for_selector("#results tbody tr")  # run() cleared the previous table at once
        cells = page.locator("#results td").all_text_contents()
        assert any("<script>x</script>" in cell for cell in cells)
        assert page.locator("#results script").count() == 0
        # No script error, no dialog, and no Content-Security-Policy violation (the page's
        # script and style are the ones its policy names).
        assert not problems, problems
        # An error comes back as a message, not as markup.
        page.fill("#query", "SELECT * WHERE " + "{" * 100 + "}" * 100)
        page.click("#run")
        page.wait_for_selector("#status.error")
        assert page.text_content("#status").startswith("error 400: the query nests deeper")
        assert problems == ["Failed to load resource: the server responded with a status of 400 (Bad Request)"]
    finally:
        context.close()
        running.close()


class _OtherOrigin(BaseHTTPRequestHandler):
    endpoint = ""

    def do_GET(self) -> None:  # noqa: N802
        body = OTHER_PAGE.replace("ENDPOINT", repr(self.endpoint)).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def other_origin():
    """A web server on another port (another origin) serving a page that queries an endpoint."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _OtherOrigin)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _from(browser, origin: str, endpoint: str) -> str:
    """What the page at ``origin`` gets when it POSTs a query to ``endpoint``."""
    _OtherOrigin.endpoint = endpoint
    context, page, _ = _watched_page(browser)
    try:
        page.goto(origin + "/")
        page.wait_for_function("document.getElementById('out').textContent !== 'waiting'")
        return page.text_content("#out")
    finally:
        context.close()


@pytest.mark.parametrize("cors", [None, "exact", "*"])
def test_another_origin_is_refused_unless_cors_allows_it(browser, out, other_origin, cors):
    allowed = {None: (), "exact": (other_origin,), "*": ("*",)}[cors]
    running = Running(out, workers=1, cors=allowed)
    try:
        text = _from(browser, other_origin, running.url)
    finally:
        running.close()
    if cors is None:
        assert text.startswith("failed"), text
    else:
        assert text == 'answer {"head":{},"boolean":true}', text
