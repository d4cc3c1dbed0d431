"""Generate ``countries.ttl``: every UN member state (plus the observer states, Taiwan and Kosovo) with
Arabic and English names from Babel's CLDR data, ISO 3166-1 alpha-3 codes and Wikidata QIDs.

Run from the repository root: ``python ontology/data/build_countries.py``. The output is committed;
aliases, demonyms and capitals are written by hand in ``countries_extra.ttl`` (this script only
reads it: a ``gk:preferredName`` there replaces CLDR's display name as ``skos:prefLabel``, and
the CLDR name is kept as an ``skos:altLabel``).

QIDs: ISO-3 → QID pairs as listed in Our World in Data's countries-and-regions table
(github.com/owid/owid-grapher, ``packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts``,
columns ``iso_alpha3`` and ``wikidata_uri``); see ``README.md`` beside this file.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from babel import Locale
from babel.core import get_global

# UN member states (193) by ISO 3166-1 alpha-3, then the two observer states and Taiwan.
UN_MEMBERS = [
    "AFG",
    "ALB",
    "DZA",
    "AND",
    "AGO",
    "ATG",
    "ARG",
    "ARM",
    "AUS",
    "AUT",
    "AZE",
    "BHS",
    "BHR",
    "BGD",
    "BRB",
    "BLR",
    "BEL",
    "BLZ",
    "BEN",
    "BTN",
    "BOL",
    "BIH",
    "BWA",
    "BRA",
    "BRN",
    "BGR",
    "BFA",
    "BDI",
    "CPV",
    "KHM",
    "CMR",
    "CAN",
    "CAF",
    "TCD",
    "CHL",
    "CHN",
    "COL",
    "COM",
    "COG",
    "CRI",
    "CIV",
    "HRV",
    "CUB",
    "CYP",
    "CZE",
    "PRK",
    "COD",
    "DNK",
    "DJI",
    "DMA",
    "DOM",
    "ECU",
    "EGY",
    "SLV",
    "GNQ",
    "ERI",
    "EST",
    "SWZ",
    "ETH",
    "FJI",
    "FIN",
    "FRA",
    "GAB",
    "GMB",
    "GEO",
    "DEU",
    "GHA",
    "GRC",
    "GRD",
    "GTM",
    "GIN",
    "GNB",
    "GUY",
    "HTI",
    "HND",
    "HUN",
    "ISL",
    "IND",
    "IDN",
    "IRN",
    "IRQ",
    "IRL",
    "ISR",
    "ITA",
    "JAM",
    "JPN",
    "JOR",
    "KAZ",
    "KEN",
    "KIR",
    "KWT",
    "KGZ",
    "LAO",
    "LVA",
    "LBN",
    "LSO",
    "LBR",
    "LBY",
    "LIE",
    "LTU",
    "LUX",
    "MDG",
    "MWI",
    "MYS",
    "MDV",
    "MLI",
    "MLT",
    "MHL",
    "MRT",
    "MUS",
    "MEX",
    "FSM",
    "MCO",
    "MNG",
    "MNE",
    "MAR",
    "MOZ",
    "MMR",
    "NAM",
    "NRU",
    "NPL",
    "NLD",
    "NZL",
    "NIC",
    "NER",
    "NGA",
    "MKD",
    "NOR",
    "OMN",
    "PAK",
    "PLW",
    "PAN",
    "PNG",
    "PRY",
    "PER",
    "PHL",
    "POL",
    "PRT",
    "QAT",
    "KOR",
    "MDA",
    "ROU",
    "RUS",
    "RWA",
    "KNA",
    "LCA",
    "VCT",
    "WSM",
    "SMR",
    "STP",
    "SAU",
    "SEN",
    "SRB",
    "SYC",
    "SLE",
    "SGP",
    "SVK",
    "SVN",
    "SLB",
    "SOM",
    "ZAF",
    "SSD",
    "ESP",
    "LKA",
    "SDN",
    "SUR",
    "SWE",
    "CHE",
    "SYR",
    "TJK",
    "THA",
    "TLS",
    "TGO",
    "TON",
    "TTO",
    "TUN",
    "TUR",
    "TKM",
    "TUV",
    "UGA",
    "UKR",
    "ARE",
    "GBR",
    "TZA",
    "USA",
    "URY",
    "UZB",
    "VUT",
    "VEN",
    "VNM",
    "YEM",
    "ZMB",
    "ZWE",
]
OTHER_STATES = ["PSE", "VAT", "TWN", "XKX"]
# Kosovo has no ISO 3166-1 code: XKX is the user-assigned code the EU, the IMF and the World Bank
# use (CAMEO writes KSV, CLDR aliases XKK); CLDR names it under its alpha-2 XK.
ALPHA2_EXTRA = {"XKX": "XK"}

# ISO-3 → Wikidata QID, from the OWID table cited above (column wikidata_uri), but for Kosovo.
QIDS = {
    "AFG": "Q889", "ALB": "Q222", "DZA": "Q262", "AND": "Q228", "AGO": "Q916", "ATG": "Q781",
    "ARG": "Q414", "ARM": "Q399", "AUS": "Q408", "AUT": "Q40", "AZE": "Q227", "BHS": "Q778",
    "BHR": "Q398", "BGD": "Q902", "BRB": "Q244", "BLR": "Q184", "BEL": "Q31", "BLZ": "Q242",
    "BEN": "Q962", "BTN": "Q917", "BOL": "Q750", "BIH": "Q225", "BWA": "Q963", "BRA": "Q155",
    "BRN": "Q921", "BGR": "Q219", "BFA": "Q965", "BDI": "Q967", "CPV": "Q1011", "KHM": "Q424",
    "CMR": "Q1009", "CAN": "Q16", "CAF": "Q929", "TCD": "Q657", "CHL": "Q298", "CHN": "Q148",
    "COL": "Q739", "COM": "Q970", "COG": "Q971", "CRI": "Q800", "CIV": "Q1008", "HRV": "Q224",
    "CUB": "Q241", "CYP": "Q229", "CZE": "Q213", "PRK": "Q423", "COD": "Q974", "DNK": "Q35",
    "DJI": "Q977", "DMA": "Q784", "DOM": "Q786", "ECU": "Q736", "EGY": "Q79", "SLV": "Q792",
    "GNQ": "Q983", "ERI": "Q986", "EST": "Q191", "SWZ": "Q1050", "ETH": "Q115", "FJI": "Q712",
    "FIN": "Q33", "FRA": "Q142", "GAB": "Q1000", "GMB": "Q1005", "GEO": "Q230", "DEU": "Q183",
    "GHA": "Q117", "GRC": "Q41", "GRD": "Q769", "GTM": "Q774", "GIN": "Q1006", "GNB": "Q1007",
    "GUY": "Q734", "HTI": "Q790", "HND": "Q783", "HUN": "Q28", "ISL": "Q189", "IND": "Q668",
    "IDN": "Q252", "IRN": "Q794", "IRQ": "Q796", "IRL": "Q27", "ISR": "Q801", "ITA": "Q38",
    "JAM": "Q766", "JPN": "Q17", "JOR": "Q810", "KAZ": "Q232", "KEN": "Q114", "KIR": "Q710",
    "KWT": "Q817", "KGZ": "Q813", "LAO": "Q819", "LVA": "Q211", "LBN": "Q822", "LSO": "Q1013",
    "LBR": "Q1014", "LBY": "Q1016", "LIE": "Q347", "LTU": "Q37", "LUX": "Q32", "MDG": "Q1019",
    "MWI": "Q1020", "MYS": "Q833", "MDV": "Q826", "MLI": "Q912", "MLT": "Q233", "MHL": "Q709",
    "MRT": "Q1025", "MUS": "Q1027", "MEX": "Q96", "FSM": "Q702", "MCO": "Q235", "MNG": "Q711",
    "MNE": "Q236", "MAR": "Q1028", "MOZ": "Q1029", "MMR": "Q836", "NAM": "Q1030", "NRU": "Q697",
    "NPL": "Q837", "NLD": "Q29999", "NZL": "Q664", "NIC": "Q811", "NER": "Q1032", "NGA": "Q1033",
    "MKD": "Q221", "NOR": "Q20", "OMN": "Q842", "PAK": "Q843", "PLW": "Q695", "PAN": "Q804",
    "PNG": "Q691", "PRY": "Q733", "PER": "Q419", "PHL": "Q928", "POL": "Q36", "PRT": "Q45",
    "QAT": "Q846", "KOR": "Q884", "MDA": "Q217", "ROU": "Q218", "RUS": "Q159", "RWA": "Q1037",
    "KNA": "Q763", "LCA": "Q760", "VCT": "Q757", "WSM": "Q683", "SMR": "Q238", "STP": "Q1039",
    "SAU": "Q851", "SEN": "Q1041", "SRB": "Q403", "SYC": "Q1042", "SLE": "Q1044", "SGP": "Q334",
    "SVK": "Q214", "SVN": "Q215", "SLB": "Q685", "SOM": "Q1045", "ZAF": "Q258", "SSD": "Q958",
    "ESP": "Q29", "LKA": "Q854", "SDN": "Q1049", "SUR": "Q730", "SWE": "Q34", "CHE": "Q39",
    "SYR": "Q858", "TJK": "Q863", "THA": "Q869", "TLS": "Q574", "TGO": "Q945", "TON": "Q678",
    "TTO": "Q754", "TUN": "Q948", "TUR": "Q43", "TKM": "Q874", "TUV": "Q672", "UGA": "Q1036",
    "UKR": "Q212", "ARE": "Q878", "GBR": "Q145", "TZA": "Q924", "USA": "Q30", "URY": "Q77",
    "UZB": "Q265", "VUT": "Q686", "VEN": "Q717", "VNM": "Q881", "YEM": "Q805", "ZMB": "Q953",
    "ZWE": "Q954", "PSE": "Q219060", "VAT": "Q237", "TWN": "Q865",
    "XKX": "Q1246",  # verified separately (README.md, "Kosovo Q1246")
}  # fmt: skip

HEADER = """\
# GENERATED by build_countries.py from Babel (CLDR) territory names. Do not edit by hand:
# add aliases, demonyms and capitals in countries_extra.ttl instead.
@prefix gk: <https://w3id.org/geokg/ontology#> .
@prefix gkid: <https://w3id.org/geokg/id/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix wd: <http://www.wikidata.org/entity/> .
"""


def _alpha2_by_alpha3() -> dict[str, str]:
    # CLDR lists the alpha-3 codes as aliases of the alpha-2 territory codes.
    aliases = get_global("territory_aliases")
    found = {k: v[0] for k, v in aliases.items() if len(k) == 3 and k.isalpha() and len(v) == 1 and len(v[0]) == 2}
    return found | ALPHA2_EXTRA


def _label_variants(name: str) -> tuple[str, list[str]]:
    """CLDR display names carry qualifiers: "Myanmar (Burma)", "Congo - Brazzaville", "&"."""
    alts: list[str] = []
    m = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if m:
        name, inner = m.group(1), m.group(2)
        alts.append(inner)
    if " - " in name:
        alts.append(name.replace(" - ", " "))
    if " & " in name:
        alts.append(name.replace(" & ", " and "))
    if "St. " in name:
        alts.append(name.replace("St. ", "Saint "))
    return name, [a for a in alts if a != name]


def _literal(text: str, lang: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"@{lang}'


def _preferred_names(extra: Path) -> dict[tuple[str, str], str]:
    """(QID, lang) → the preferred name given by hand in countries_extra.ttl."""
    if not extra.is_file():
        return {}
    from rdflib import Graph, URIRef

    g = Graph()
    g.parse(extra, format="turtle")
    out = {}
    base = "https://w3id.org/geokg/id/"
    for s, _, o in g.triples((None, URIRef("https://w3id.org/geokg/ontology#preferredName"), None)):
        out[(str(s)[len(base) :], o.language)] = str(o)
    return out


def build() -> str:
    alpha2 = _alpha2_by_alpha3()
    names = {lang: Locale(lang).territories for lang in ("ar", "en")}
    preferred = _preferred_names(Path(__file__).with_name("countries_extra.ttl"))
    blocks = [HEADER]
    for iso3 in sorted(UN_MEMBERS + OTHER_STATES):
        a2 = alpha2[iso3]
        qid = QIDS[iso3]
        lines = [f"gkid:{qid} a gk:Country ;", f'    gk:countryCode "{iso3}" ;']
        for lang in ("ar", "en"):
            pref, alts = _label_variants(names[lang][a2])
            if (qid, lang) in preferred:
                pref, alts = preferred[(qid, lang)], [pref, *alts]
            lines.append(f"    skos:prefLabel {_literal(pref, lang)} ;")
            for alt in alts:
                lines.append(f"    skos:altLabel {_literal(alt, lang)} ;")
        if iso3 in UN_MEMBERS:
            lines.append("    gk:unMember true ;")
        lines.append(f"    owl:sameAs wd:{qid} .")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def main() -> int:
    assert len(set(UN_MEMBERS)) == 193, len(set(UN_MEMBERS))
    missing = [c for c in UN_MEMBERS + OTHER_STATES if c not in QIDS]
    if missing:
        print("no QID for", missing, file=sys.stderr)
        return 1
    out = Path(__file__).with_name("countries.ttl")
    out.write_text(build(), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
