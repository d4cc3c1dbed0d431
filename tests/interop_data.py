"""A small output folder for the interop tests, written by geokg's own output writer from
hand-made assertions: facts and claims, an assertion about an assertion, conflict (quad 3
and 4), Arabic and English labels, a local id with Arabic letters and a space, a URL with a
query string, and untrusted text full of quotes, markup and control characters."""

from __future__ import annotations

import re
from pathlib import Path

from geokg.extract.model import AssertionRef, Document, Entity, Mention, TimeSpan
from geokg.graph.build import write_output_folder
from helpers import make_assertion

EGYPT = Entity("Q79", "Egypt", "Country", {"ar": "مصر", "en": "Egypt"}, country="EGY")
JORDAN = Entity("Q810", "Jordan", "Country", {"ar": "الأردن", "en": "Jordan"}, country="JOR")
QATAR = Entity("Q846", "Qatar", "Country", {"ar": "قطر", "en": "Qatar"}, country="QAT")
ISRAEL = Entity("Q801", "Israel", "Country", {"ar": "إسرائيل", "en": "Israel"}, country="ISR")
LEBANON = Entity("Q822", "Lebanon", "Country", {"ar": "لبنان", "en": "Lebanon"}, country="LBN")
COUNCIL = Entity(
    "مجلس التعاون الخليجي",
    "مجلس التعاون الخليجي",
    "InternationalOrganisation",
    {"ar": "مجلس التعاون الخليجي", "en": "Gulf Cooperation Council"},
)
SPOKESMAN = Entity("qat-mofa-spokesman", "Qatari foreign ministry spokesman", "Person", country="QAT", sector="GOV")

NASTY = (
    'Officials said "enough" \\ twice.\nThen: """ <script>x</script> & ; , \x07\x1b end\r'
    " {braces} <angle> 'single' `tick` |pipe| ^caret^ %20"
)

DOCUMENTS = [
    Document(
        "wire/en 1",
        "x" * 400,
        date="2024-03-04",
        lang="en",
        url="https://example.org/news?id=1&lang=en",
        source="Example Wire",
        title='Cairo talks: "a new page"',
    ),
    Document("خبر-2", "y" * 400, date="2024-03-05", lang="ar", source="صحيفة المثال", title="غارات على لبنان"),
]


def interop_assertions() -> list:
    hosts = make_assertion(
        "wire/en 1",
        EGYPT,
        "hosts",
        JORDAN,
        "Egypt hosted Jordan's foreign minister in Cairo.",
        time=TimeSpan("2024-03-04"),
        confidence=0.9,
    )
    hosts_ar = make_assertion(
        "خبر-2",
        EGYPT,
        "hosts",
        JORDAN,
        "استقبلت مصر وفدا أردنيا رفيعا.",
        lang="ar",
    )
    strike = make_assertion(
        "خبر-2",
        ISRAEL,
        "carriesOutAirstrikeOn",
        LEBANON,
        "شنت إسرائيل غارات على جنوب لبنان.",
        lang="ar",
        start=40,
        confidence=0.8,
    )
    denied = make_assertion(
        "خبر-2",
        QATAR,
        "imposesSanctionsOn",
        JORDAN,
        "نفت قطر أنها فرضت عقوبات على الأردن.",
        lang="ar",
        start=90,
        polarity="negated",
    )
    partnership = make_assertion(
        "wire/en 1",
        EGYPT,
        "developsPartnershipWith",
        JORDAN,
        "Doha is worried that Egypt and Jordan are building a close partnership.",
        start=80,
        modality="reported",
        attributed_to=SPOKESMAN,
    )
    concern = make_assertion(
        "wire/en 1",
        QATAR,
        "expressesConcernAbout",
        AssertionRef(partnership.id),
        "Doha is worried that Egypt and Jordan are building a close partnership.",
        start=80,
        attributed_to=SPOKESMAN,
    )
    concern_direct = make_assertion(
        "wire/en 1",
        QATAR,
        "expressesConcernAbout",
        LEBANON,
        "Qatar voiced concern about Lebanon.",
        start=160,
    )
    criticism = make_assertion(
        "wire/en 1",
        COUNCIL,
        "criticizes",
        ISRAEL,
        NASTY,
        start=200,
    )
    return [hosts, hosts_ar, strike, denied, partnership, concern, concern_direct, criticism]


def interop_mentions() -> list[Mention]:
    return [Mention("خبر-2", SPOKESMAN, "المتحدث", 5, 12, "ar"), Mention("wire/en 1", QATAR, "Qatar", 160, 165, "en")]


def write_interop_out(folder: Path) -> Path:
    write_output_folder(folder, interop_assertions(), DOCUMENTS, interop_mentions(), viewer=False)
    return folder


def readme_queries() -> list[str]:
    """The SPARQL examples of README.md (every ``geokg query out/ '...'`` block)."""
    readme = Path(__file__).resolve().parents[1] / "README.md"
    queries = re.findall(r"geokg query out/ '\n(.*?)'\n", readme.read_text(encoding="utf-8"), re.S)
    assert queries, "README.md has no SPARQL examples"
    return queries
