"""``geokg report OUT/``: one self-contained HTML file an analyst can read offline and send on.

What it shows: the period covered and what counted, the most central actors, the dyads whose
score moved most between the first and the second half of the period, the blocs of cooperation
and the structural balance of the signed graph, and a timeline chart (matplotlib, embedded as
SVG) for each of the most active dyads. Every number in a table links to the evidence sentences
behind it (at most ``MAX_SENTENCES`` each, with a count of the rest).

Arabic and English: every label is written in both, and two radio buttons switch between them
with CSS alone. The page runs no script at all: its Content-Security-Policy allows none, loads
nothing (images are ``data:`` URIs) and all news text is HTML-escaped.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import html
import io
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from . import analysis
from .analysis import AnalysisError
from .errors import UsageError

MAX_SENTENCES = 40
QUAD_NAMES = {
    1: ("verbal cooperation", "تعاون لفظي"),
    2: ("material cooperation", "تعاون مادي"),
    3: ("verbal conflict", "صراع لفظي"),
    4: ("material conflict", "صراع مادي"),
}
QUAD_COLOURS = {1: "#74c476", 2: "#1b7837", 3: "#ef6f5e", 4: "#b2182b"}
MODALITIES_AR = {
    "asserted": "مؤكدة",
    "reported": "منقولة",
    "alleged": "مزعومة",
    "expected": "متوقعة",
    "hypothetical": "افتراضية",
}
POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def esc(text: Any) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def num(value: Any) -> str:
    """A number or date kept left to right inside Arabic text (``-4.0`` stays ``-4.0``)."""
    return f'<bdi dir="ltr">{esc(value)}</bdi>'


def ltr(text: Any) -> str:
    """The same for plain text that ``both`` escapes: Unicode's left-to-right isolate."""
    return f"\u2066{text}\u2069"


def both(english: str, arabic: str | None = None) -> str:
    """A label in both languages; the page shows the one its language switch picks."""
    arabic = arabic or english
    return f'<span class="en">{esc(english)}</span><span class="ar" lang="ar">{esc(arabic)}</span>'


@dataclass
class Evidence:
    """The evidence blocks of the page: each list of assertions is written once, by anchor."""

    graph: nx.MultiDiGraph
    blocks: dict[tuple[str, ...], tuple[str, str]] = field(default_factory=dict)  # ids -> (anchor, heading)

    def link(self, number: Any, ids: Iterable[str], heading: str) -> str:
        ids = tuple(dict.fromkeys(ids))
        if not ids:
            return esc(number)
        if ids not in self.blocks:
            self.blocks[ids] = (f"ev{len(self.blocks) + 1}", heading)
        return f'<a href="#{self.blocks[ids][0]}">{num(number)}</a>'

    def html(self) -> str:
        assertions = self.graph.graph["assertions"]
        documents = self.graph.graph["documents"]
        parts = []
        for ids, (anchor, heading) in self.blocks.items():
            items = sorted((assertions[i] for i in ids if i in assertions), key=lambda a: _sort_key(a, documents))
            parts.append(f'<section class="evidence" id="{anchor}"><h3>{heading}</h3><ol>')
            for assertion in items[:MAX_SENTENCES]:
                parts.append(_sentence(assertion, documents))
            parts.append("</ol>")
            if len(items) > MAX_SENTENCES:
                rest = len(items) - MAX_SENTENCES
                parts.append(
                    f'<p class="hint">{both(f"and {rest} more sentences", f"و{rest} جملة أخرى")} '
                    "(<code>geokg export csv</code>)</p>"
                )
            parts.append('<p class="back"><a href="#top">↑</a></p></section>')
        return "\n".join(parts)


def _sort_key(assertion: Any, documents: dict[str, Any]) -> tuple[str, str, int]:
    return (analysis.event_day(assertion, documents) or "", assertion.doc, assertion.evidence.start)


def _sentence(assertion: Any, documents: dict[str, Any]) -> str:
    document = documents.get(assertion.doc)
    day = analysis.event_day(assertion, documents)
    lang = assertion.evidence.lang or ""
    direction = "rtl" if lang == "ar" else "ltr" if lang else "auto"
    meta = [day or "", document.source if document and document.source else "", assertion.doc]
    meta += [assertion.relation, assertion.polarity, assertion.modality]
    if assertion.attributed_to:
        meta.append(f"← {assertion.attributed_to.label}")
    url = document.url if document else None
    link = ""
    if url and url.lower().startswith(("http://", "https://")):
        link = f' · <a href="{esc(url)}" rel="noopener noreferrer">{esc(document.title or url)}</a>'
    return (
        f'<li><blockquote dir="{direction}" lang="{esc(lang)}">{esc(assertion.evidence.text)}</blockquote>'
        f'<div class="meta"><bdi>{"</bdi> · <bdi>".join(esc(m) for m in meta if m)}</bdi>{link}</div></li>'
    )


# ---- charts --------------------------------------------------------------------------------------


def dyad_chart(rows: list[dict[str, Any]], lang: str, title: str) -> str:
    """A dyad's timeline as an SVG ``<img>``: cooperation stacked above the axis, conflict below
    (events by quad class), the score as a line on its own axis. Text stays text in the SVG
    (``svg.fonttype: none``), so the browser shapes Arabic labels."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    periods = [row["period"] for row in rows]
    x = list(range(len(rows)))
    names = {q: QUAD_NAMES[q][0 if lang == "en" else 1] for q in QUAD_NAMES}
    with plt.rc_context({"svg.fonttype": "none", "font.size": 9, "svg.hashsalt": "geokg"}):
        figure, axis = plt.subplots(figsize=(7.5, 2.9))
        up = [0] * len(rows)
        for quad in (1, 2):
            values = [row[f"quad{quad}"] for row in rows]
            axis.bar(x, values, bottom=up, color=QUAD_COLOURS[quad], label=names[quad], width=0.8)
            up = [a + b for a, b in zip(up, values)]
        down = [0] * len(rows)
        for quad in (3, 4):
            values = [-row[f"quad{quad}"] for row in rows]
            axis.bar(x, values, bottom=down, color=QUAD_COLOURS[quad], label=names[quad], width=0.8)
            down = [a + b for a, b in zip(down, values)]
        axis.axhline(0, color="#555", linewidth=0.6)
        # Conflict is drawn below the axis; its ticks still read as counts.
        axis.yaxis.set_major_locator(MaxNLocator(integer=True))
        axis.yaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{abs(value):g}"))
        axis.set_ylabel("events" if lang == "en" else "الأحداث")
        step = max(1, len(periods) // 12)
        axis.set_xticks(x[::step], periods[::step], rotation=45, ha="right")
        score = axis.twinx()
        score.plot(x, [row["score"] for row in rows], color="#222", marker="o", markersize=3, linewidth=1.2)
        score.set_ylabel("score" if lang == "en" else "المؤشر")
        axis.set_title(title, fontsize=10)
        axis.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.3), ncols=4, frameon=False)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight")
        plt.close(figure)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'<img class="chart {lang}" alt="{esc(title)}" src="data:image/svg+xml;base64,{data}">'


# ---- the page ------------------------------------------------------------------------------------


@dataclass
class Options:
    since: str | None = None
    until: str | None = None
    countries: list[str] | None = None
    rollup: bool = True
    lang: str = "en"
    period: str = "month"
    top: int = 10
    charts: int = 6
    title: str = "geokg report"


def _name(graph: nx.Graph, node: str) -> str:
    return both(analysis.label(graph, node, "en"), analysis.label(graph, node, "ar"))


def _plain(graph: nx.Graph, node: str) -> str:
    return esc(analysis.label(graph, node, "en"))


def _midpoint(first: str, last: str) -> tuple[str, str]:
    a, b = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    middle = a + (b - a) / 2
    return middle.isoformat(), (middle + dt.timedelta(days=1)).isoformat()


def _actors_section(events: nx.MultiDiGraph, evidence: Evidence, top: int) -> str:
    dyads = analysis.dyad_graph(events)
    rows = analysis.centrality(events, by="degree", top=top)
    body = []
    for rank, row in enumerate(rows, start=1):
        ids = [i for _, _, d in dyads.edges(row["id"], data=True) for i in d["assertions"]]
        count = evidence.link(row["events"], ids, _name(dyads, row["id"]))
        body.append(
            f"<tr><td>{rank}</td><td>{_name(dyads, row['id'])}</td><td>{num(row['degree'])}</td>"
            f"<td>{num(row['betweenness'])}</td><td>{num(row['eigenvector'])}</td><td>{count}</td></tr>"
        )
    head = "".join(
        f"<th>{both(en, ar)}</th>"
        for en, ar in [
            ("#", "#"),
            ("actor", "الفاعل"),
            ("degree", "الدرجة"),
            ("betweenness (brokers)", "البينية (الوسطاء)"),
            ("eigenvector", "المتجه الذاتي"),
            ("events", "الأحداث"),
        ]
    )
    return _section("actors", ("Most central actors", "الفاعلون الأكثر مركزية"), _table(head, body))


def _change_section(events: nx.MultiDiGraph, evidence: Evidence, first: str, last: str, top: int) -> str:
    middle, after = _midpoint(first, last)
    rows = analysis.change(events, (first, middle), (after, last), top=top)
    body = []
    for row in rows:
        pair = f"{_name(events, row['a'])} – {_name(events, row['b'])}"
        before = evidence.link(row["before"], row["assertions_before"], f"{pair}, {first} – {middle}")
        later = evidence.link(row["after"], row["assertions_after"], f"{pair}, {after} – {last}")
        sign = "+" if row["change"] > 0 else ""
        body.append(
            f"<tr><td>{pair}</td><td>{before} ({row['events_before']})</td>"
            f"<td>{later} ({row['events_after']})</td><td>{num(sign + str(row['change']))}</td></tr>"
        )
    head = "".join(
        f"<th>{both(en, ar)}</th>"
        for en, ar in [
            ("dyad", "الثنائي"),
            (f"score {first} – {middle} (events)", f"المؤشر {ltr(first)} – {ltr(middle)} (الأحداث)"),
            (f"score {after} – {last} (events)", f"المؤشر {ltr(after)} – {ltr(last)} (الأحداث)"),
            ("change", "التغير"),
        ]
    )
    return _section("change", ("Dyads that moved most", "الثنائيات الأكثر تغيرا"), _table(head, body))


def _blocs_section(events: nx.MultiDiGraph, evidence: Evidence) -> str:
    found = analysis.blocs(events)
    parts = ["<ol>"]
    for members in found:
        parts.append("<li>" + " · ".join(_name(events, m) for m in members) + "</li>")
    parts.append("</ol>")
    if not found:
        parts = [
            f'<p class="hint">{both("No bloc: too few cooperating dyads.", "لا تكتلات: ثنائيات التعاون قليلة.")}</p>'
        ]
    found_balance = analysis.balance(events)
    ratio = found_balance["ratio"]
    ratio_text = "–" if ratio is None else f"{ratio:.0%}"
    parts.append(
        "<p>"
        + both(
            f"Structural balance: {found_balance['balanced']} of {found_balance['triangles']} triangles "
            f"balanced ({ratio_text}).",
            f"التوازن البنيوي: {found_balance['balanced']} من {found_balance['triangles']} مثلثات متوازنة ({ltr(ratio_text)}).",
        )
        + "</p>"
    )
    dyads = analysis.dyad_graph(events)
    unbalanced = []
    for triangle in found_balance["unbalanced"][:10]:
        ids = [i for u, v in ((0, 1), (0, 2), (1, 2)) for i in dyads.edges[triangle[u], triangle[v]]["assertions"]]
        names = " – ".join(_name(events, node) for node in triangle)
        unbalanced.append(f"<li>{evidence.link('⚑', ids, names)} {names}</li>")
    if unbalanced:
        parts.append(f"<p>{both('Unbalanced triangles:', 'مثلثات غير متوازنة:')}</p><ul>{''.join(unbalanced)}</ul>")
    return _section("blocs", ("Blocs of cooperation and balance", "تكتلات التعاون والتوازن"), "".join(parts))


def _timelines_section(events: nx.MultiDiGraph, evidence: Evidence, options: Options) -> str:
    dyads = analysis.dyad_graph(events)
    busiest = sorted(dyads.edges(data=True), key=lambda e: (-e[2]["events"], e[0], e[1]))[: options.charts]
    parts = []
    for u, v, _ in busiest:
        rows = analysis.dyad_series(events, u, v, period=options.period)
        if not rows:
            continue
        pair = f"{_name(events, u)} – {_name(events, v)}"
        titles = {
            "en": f"{analysis.label(events, u, 'en')} – {analysis.label(events, v, 'en')}",
            "ar": f"{analysis.label(events, u, 'ar')} – {analysis.label(events, v, 'ar')}",
        }
        charts = "".join(dyad_chart(rows, lang, titles[lang]) for lang in ("en", "ar"))
        body = []
        for row in rows:
            if not row["events"]:
                continue
            cells = "".join(f"<td>{row[f'quad{q}']}</td>" for q in (1, 2, 3, 4))
            count = evidence.link(row["events"], row["assertions"], f"{pair}, {esc(row['period'])}")
            body.append(f"<tr><td>{esc(row['period'])}</td><td>{count}</td>{cells}<td>{num(row['score'])}</td></tr>")
        head = f"<th>{both('period', 'الفترة')}</th><th>{both('events', 'الأحداث')}</th>"
        head += "".join(f"<th>{both(*QUAD_NAMES[q])}</th>" for q in (1, 2, 3, 4))
        head += f"<th>{both('score', 'المؤشر')}</th>"
        parts.append(f"<h3>{pair}</h3>{charts}{_table(head, body)}")
    return _section(
        "timelines", ("Timelines of the most active dyads", "المسار الزمني للثنائيات الأنشط"), "".join(parts)
    )


def _section(anchor: str, title: tuple[str, str], body: str) -> str:
    return f'<section id="{anchor}"><h2>{both(*title)}</h2>{body}</section>'


def _table(head: str, rows: list[str]) -> str:
    if not rows:
        return f'<p class="hint">{both("Nothing to show for this selection.", "لا شيء لعرضه في هذا الاختيار.")}</p>'
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _summary(events: nx.MultiDiGraph, options: Options, first: str | None, last: str | None) -> str:
    select = events.graph["select"]
    counted = sum(len(d["assertions"]) for _, _, d in events.edges(data=True))
    facts = [
        both(
            f"Period covered: {first or '–'} to {last or '–'}", f"الفترة: من {ltr(first or '–')} إلى {ltr(last or '–')}"
        ),
        both(
            f"{len(events.graph['documents'])} documents, {len(events.graph['assertions'])} assertions; "
            f"{counted} counted as acts, {events.number_of_edges()} pieces of evidence (once per story and source), "
            f"{events.number_of_nodes()} actors",
            f"{len(events.graph['documents'])} وثيقة، {len(events.graph['assertions'])} إسناد؛ "
            f"{counted} محسوبة أفعالا، {events.number_of_edges()} دليلا (مرة لكل قصة ومصدر)، "
            f"{events.number_of_nodes()} فاعلا",
        ),
        both(
            "Counted: affirmed assertions stated as "
            + ", ".join(select["modalities"])
            + ("; actors rolled up to states" if select["rollup"] else "; actors as named"),
            "المحسوب: الإسنادات المثبتة بصيغة "
            + "، ".join(MODALITIES_AR.get(m, m) for m in select["modalities"])
            + ("؛ الفاعلون مجمّعون في دولهم" if select["rollup"] else "؛ الفاعلون كما ذُكروا"),
        ),
    ]
    if select["countries"]:
        codes = ", ".join(sorted(select["countries"]))
        facts.append(both(f"Only acts involving {codes}", f"فقط الأفعال التي تشمل {codes}"))
    return "<ul class='facts'>" + "".join(f"<li>{fact}</li>" for fact in facts) + "</ul>"


STYLE = """
body { font-family: "Noto Sans", "Noto Naskh Arabic", "DejaVu Sans", Arial, sans-serif; margin: 0; color: #222; }
main { max-width: 1100px; margin: 0 auto; padding: 8px 20px 40px; }
.switch { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #ddd; padding: 6px 20px; z-index: 2; }
#lang-en:checked ~ main .ar, #lang-ar:checked ~ main .en { display: none; }
#lang-en:checked ~ nav .ar, #lang-ar:checked ~ nav .en { display: none; }
#lang-ar:checked ~ main, #lang-ar:checked ~ nav { direction: rtl; }
nav { padding: 4px 20px; font-size: 13px; }
nav a { margin-inline-end: 14px; }
table { border-collapse: collapse; margin: 8px 0 16px; font-size: 13px; }
th, td { border-bottom: 1px solid #e4e4e4; padding: 3px 8px; text-align: start; }
th { background: #f4f4f4; }
td a { font-weight: 600; }
img.chart { display: block; max-width: 100%; margin: 6px 0; }
#lang-en:checked ~ main img.chart.ar, #lang-ar:checked ~ main img.chart.en { display: none; }
.hint, .meta { color: #666; font-size: 12px; }
section.evidence { border-top: 1px solid #eee; margin-top: 10px; }
section.evidence h3 { font-size: 14px; }
blockquote { margin: 4px 0; padding: 4px 8px; background: #fafafa; border-inline-start: 3px solid #ccc;
  white-space: pre-wrap; overflow-wrap: anywhere; }
blockquote[dir="rtl"] { font-size: 15px; }
ul.facts li { margin: 2px 0; }
"""


def render(data: Any, options: Options | None = None, **select: Any) -> str:
    """The report as one HTML page (a string). ``data`` is an OUT/ folder, assertions or a
    Corpus; ``options`` (:class:`Options`) chooses the period, countries, roll-up, language
    and sizes.

    >>> page = render(analysis.example_corpus(), Options(top=3, charts=1))
    >>> "Content-Security-Policy" in page and "<script" not in page, page.count("data:image/svg+xml")
    (True, 2)
    """
    options = options or Options()
    events = analysis.event_graph(
        data,
        rollup=options.rollup,
        since=options.since,
        until=options.until,
        countries=options.countries,
        **select,
    )
    first, last = analysis.covered(events)
    evidence = Evidence(events)
    sections = [_summary(events, options, first, last), _actors_section(events, evidence, options.top)]
    if first and last and first < last:
        sections.append(_change_section(events, evidence, first, last, options.top))
    sections.append(_blocs_section(events, evidence))
    sections.append(_timelines_section(events, evidence, options))
    sections.append(_section("evidence", ("Evidence", "الأدلة"), evidence.html()))
    checked = {lang: " checked" if options.lang == lang else "" for lang in ("en", "ar")}
    nav = "".join(
        f'<a href="#{anchor}">{both(en, ar)}</a>'
        for anchor, en, ar in [
            ("actors", "actors", "الفاعلون"),
            ("change", "change", "التغير"),
            ("blocs", "blocs", "التكتلات"),
            ("timelines", "timelines", "المسارات"),
            ("evidence", "evidence", "الأدلة"),
        ]
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{esc(options.lang)}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(options.title)}</title><style>{STYLE}</style></head><body>"
        f'<input type="radio" name="lang" id="lang-en"{checked["en"]}><label for="lang-en">English</label> '
        f'<input type="radio" name="lang" id="lang-ar"{checked["ar"]}><label for="lang-ar">العربية</label>'
        f'<nav id="top">{nav}</nav><main><h1>{esc(options.title)}</h1>'
        + "\n".join(sections)
        + "</main></body></html>\n"
    )


def write_report(data: Any, path: str | os.PathLike[str], options: Options | None = None) -> Path:
    """Write the report; a failed run leaves the previous file as it was."""
    page = render(data, options)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(page, encoding="utf-8")
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def _valid_day(text: str | None, flag: str) -> str | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise AnalysisError(f"{flag} {text!r}: not a date (YYYY-MM-DD)") from None


def run(args: argparse.Namespace) -> int:
    """``geokg report OUT/ [-o FILE] [--since D] [--until D] [--country ISO3 ...] [--rollup/--no-rollup]``.

    A folder that cannot be read raises ``AnalysisError`` (the CLI reports it, exit 1)."""
    folder = Path(args.graph)
    output = Path(args.output) if args.output else folder / "report.html"
    try:
        since, until = _valid_day(args.since, "--since"), _valid_day(args.until, "--until")
    except AnalysisError as e:
        raise UsageError(str(e)) from e
    options = Options(
        since=since,
        until=until,
        countries=[c.upper() for c in args.country] if args.country else None,
        rollup=args.rollup,
        lang=args.labels,
        period=args.period,
        top=args.top,
        title=f"geokg report: {folder.resolve().name}",
    )
    path = write_report(analysis.load(folder), output, options)
    print(f"geokg: report -> {path}", file=sys.stderr)
    return 0
