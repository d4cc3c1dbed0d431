"""The viewer's first render in headless Chromium at 1,000 and 5,000 nodes, and how the page
answers once drawn.

Usage (from the repository root)::

    .venv/bin/python benchmarks/bench_viewer.py [--sizes 1000 5000] [--repeat 2]

For each size a synthetic graph of countries and people with Arabic and English labels is made
(about 1.5 assertions per node over 12 relations, dates over a year, a tenth alleged or negated,
a few hubs as in news), written with ``write_viewer`` (above 300 nodes: positions from the
Python layout, physics off), and opened from disk in Debian's Chromium driven by Playwright
(``executable_path``; nothing is downloaded). Printed per size:

- build: seconds in Python (merge, layout, render the HTML) and the file's size;
- first render: milliseconds from navigation start to vis-network's first ``afterDrawing``
  (``window.geokgFirstDraw``), the best of ``--repeat`` loads in fresh pages, and its ratio to
  the target (1,000 nodes: 3 s; 5,000 nodes: 8 s);
- responsiveness: milliseconds for one relation filter toggled (hide, then show: the DataSet
  updates and the redraw), one search that focuses a node, and one label-language switch.

The exit status is 1 when a first render misses its target. Figures depend on the machine's
load; the ratios are measured within one run.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from geokg.extract.model import Argument, Assertion, Document, Entity, Evidence, TimeSpan
from geokg.graph.viewer import write_viewer

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TARGETS_MS = {1000: 3000.0, 5000: 8000.0}
RELATIONS = [
    ("visits", 1),
    ("praises", 1),
    ("criticizes", 3),
    ("accuses", 3),
    ("threatens", 3),
    ("imposesSanctionsOn", 4),
    ("providesMilitaryAidTo", 2),
    ("signsAgreementWith", 2),
    ("meetsWith", 1),
    ("expressesConcernAbout", 3),
    ("attacks", 4),
    ("cooperatesDiplomaticallyWith", 1),
]


def synthetic(nodes: int, seed: int = 11) -> tuple[list[Assertion], list[Document]]:
    rng = random.Random(seed)
    entities = [
        Entity(
            f"bench-{i}",
            f"Actor {i}",
            "Country" if i % 3 else "Person",
            {"ar": f"الفاعل {i}", "en": f"Actor {i}"},
            country=f"X{i % 60:02d}",
        )
        for i in range(nodes)
    ]
    hubs = entities[: max(5, nodes // 100)]
    documents = [
        Document(f"doc-{d}", "", date=f"2024-{1 + d % 12:02d}-{1 + d % 28:02d}", lang="ar", source=f"Source {d % 17}")
        for d in range(max(50, nodes // 4))
    ]
    assertions: list[Assertion] = []
    for i in range(int(nodes * 1.5)):
        subject = entities[i % nodes] if i < nodes else rng.choice(hubs)
        obj = rng.choice(entities)
        if obj.id == subject.id:
            obj = entities[(i + 1) % nodes]
        relation, quad = rng.choice(RELATIONS)
        text = f"قال مسؤول إن {subject.labels['ar']} و{obj.labels['ar']} بحثا الأمر رقم {i}."
        document = rng.choice(documents)
        roll = rng.random()
        assertions.append(
            Assertion(
                doc=document.id,
                subject=Argument(subject, subject.labels["ar"]),
                relation=relation,
                object=Argument(obj, obj.labels["ar"]),
                evidence=Evidence(text, 0, len(text), "ar"),
                extractor="bench/1",
                quad=quad,
                polarity="negated" if roll < 0.05 else "affirmed",
                modality="alleged" if 0.05 <= roll < 0.1 else "asserted",
                time=TimeSpan(document.date, None) if roll > 0.5 else None,
            )
        )
    return assertions, documents


def measure(page_path: Path, browser, repeat: int) -> dict[str, float]:
    first = []
    for _ in range(repeat):
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
        page.goto(page_path.as_uri())
        page.wait_for_selector("body[data-drawn='true']", timeout=120_000)
        first.append(page.evaluate("window.geokgFirstDraw"))
        last = page
        if len(first) < repeat:
            page.close()
    timings = last.evaluate(
        """() => new Promise(resolve => {
            const redraw = () => new Promise(done => { network.once('afterDrawing', done); network.redraw(); });
            const out = {};
            const box = document.querySelector("input[data-group='relation']");
            let t = performance.now();
            box.click(); box.click();
            redraw().then(() => {
                out.filter = performance.now() - t;
                t = performance.now();
                geokgViewer.search('Actor 4321');
                return redraw();
            }).then(() => {
                out.search = performance.now() - t;
                t = performance.now();
                geokgViewer.setLang('ar');
                return redraw();
            }).then(() => { out.lang = performance.now() - t; resolve(out); });
        })"""
    )
    last.close()
    return {"first": min(first), **timings}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    if not Path(CHROMIUM).is_file():
        print(f"bench_viewer: no Chromium at {CHROMIUM} (Debian package 'chromium')", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    missed = False
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        print(
            f"{'nodes':>6} {'edges':>6} {'build s':>8} {'MB':>5} {'first render ms':>16} "
            f"{'target ms':>10} {'ratio':>6} {'filter ms':>10} {'search ms':>10} {'labels ms':>10}"
        )
        for size in args.sizes:
            assertions, documents = synthetic(size)
            started = time.perf_counter()
            path = write_viewer(assertions, Path(folder) / f"bench-{size}.html", documents)
            build = time.perf_counter() - started
            result = measure(path, browser, args.repeat)
            target = TARGETS_MS.get(size, 8000.0)
            ratio = result["first"] / target
            missed |= ratio > 1
            print(
                f"{size:>6} {len(assertions):>6} {build:>8.2f} {path.stat().st_size / 1e6:>5.1f} "
                f"{result['first']:>16.0f} {target:>10.0f} {ratio:>6.2f} {result['filter']:>10.0f} "
                f"{result['search']:>10.0f} {result['lang']:>10.0f}"
            )
        browser.close()
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
