"""Generate ``people_phoenix.ttl``: heads of state and government (and US secretaries of state and
defense) with dated terms, from PETRARCH-2's country actors dictionary, merged with the people
already in this folder.

Run from the repository root: ``python ontology/data/build_people_phoenix.py [PEERS_DIR]``. It
reads ``en_Phoenix.Countries.actors.txt`` (openeventdata/petrarch2 @676801c, generated in
January 2014 from CountryInfo.140130) from the peers folder (default ``../shared/reference/peers``
or ``$GEOKG_SHARED_DIR/reference/peers``) and every other ``*.ttl`` of ``ontology/data``, and writes
``ontology/data/people_phoenix.ttl``. The product reads only the Turtle.

What the dictionary gives and what is taken (``ontology/data/README.md``, "people from PETRARCH-2"):

- Each country block lists its leaders first, with an elite code and a plain government code
  whose date range is the term (``OLUSEGUN_OBASANJO_ [NGAGOV 990529-070529] [NGAELI]``), heads of
  state in order of office and then heads of government in order of office; then cabinet
  members alphabetically, with no office named. Only leaders are taken. The office is read from
  the section headers where the file has them ("# Presidents", "# Chancellors", "# U.S.
  Secretaries of State") and otherwise from the order: the first chronological list is the heads
  of state, the second the heads of government, later lists are left without an office (a list
  restarts where a leader's term starts before the previous leader's). Where a country has one
  list, it is its heads of state, except in ``HEAD_OF_GOVERNMENT_ONLY``.
- A leader's term is the range that continues the previous leader's (starts on the day the
  previous one ends), else the latest; further ranges are kept when they overlap no other
  holder's term, lie outside the chosen one and start or end about when another holder's term
  ends or starts (Rabin 1974-77 and 1992-95; not Panetta's years as chief of staff). Ranges without an
  end ("in office" in January 2014) are left out, because the file is stale: a title would
  otherwise resolve to a holder who left years ago.
- Merging: a leader whose name (or a name variant) is an English label of a person of the same
  country already in the data is that person; the leader's terms are added to that person only
  where the data has no term of that office and country overlapping them. A term that overlaps
  a term the data gives another person of that office is left out: the hand-checked data wins.
- Names: the entry's name and its name variants (titles, "administration" and "Mr." forms are
  dropped), English only (these people carry ``gk:englishOnly true``: no Arabic name was
  verified). A one-word alias (a surname) is kept only where the dictionary gives it, it is at
  least four letters, it names no one else (in the file or the data), and it is not a common
  English word (``COMMON_WORDS``). Labels that another entity already has are dropped.
- A leader whose name has a word of a body (``BODY_WORDS``: "Islamic Revolutionary Council") is a
  collective ruler, not a person: left out once the lists are read (it keeps its place in them).
- Ids are local slugs (no QID is added: none was verified).

The dictionary is MIT licensed: Copyright (c) 2014 Open Event Data Alliance; see
``ontology/README.md``.
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "ontology" / "data"
OUTPUT = DATA / "people_phoenix.ttl"
SOURCE = "openeventdata/petrarch2 @676801c petrarch2/data/dictionaries/en_Phoenix.Countries.actors.txt"
GK = "https://w3id.org/geokg/ontology#"
GKID = "https://w3id.org/geokg/id/"
SKOS = "http://www.w3.org/2004/02/skos/core#"

HEADER_OFFICES = {
    "presidents": "HeadOfState",
    "president": "HeadOfState",
    "u.s. presidents": "HeadOfState",
    "roughly following order of presidents": "HeadOfState",
    "monarch[s]": "HeadOfState",
    "prime ministers": "HeadOfGovernment",
    "prime minister": "HeadOfGovernment",
    "greek prime ministers": "HeadOfGovernment",
    "roughly prime ministers in order": "HeadOfGovernment",
    "chancellors": "HeadOfGovernment",
    "u.s. secretaries of state": "ForeignMinister",
    "united states secretaries of defense": "DefenceMinister",
}
# Countries whose single list of leaders is of heads of government (their monarchs are not listed).
HEAD_OF_GOVERNMENT_ONLY = {"NLD", "DNK"}
# Blocks that are not states of today's data (the Soviet Union, East Germany, Hong Kong, Kosovo ...),
# and Mauritius, whose block lists Mauritania's leaders with Mauritius's code.
SKIP_BLOCKS = {"SUN", "DDR", "HKG", "KSV", "KNT", "YUG", "CSK", "YMD", "VDR", "SCG", "MUS"}
# Words before a name in an alias that make it a title form, not a name ("PRESIDENT_X").
TITLE_WORDS = {"president", "presidents", "prime", "minister", "premier", "chancellor", "king", "queen", "emir",
               "sultan", "general", "gen.", "mr", "mr.", "mrs", "mrs.", "ms", "dr", "dr.", "gov.", "governor",
               "senator", "secretary", "communist", "leader", "us", "u.s.", "american", "british", "russian",
               "french", "foreign", "defense", "defence", "sheikh", "shaikh", "colonel", "col.", "marshal",
               "field", "vice", "acting", "interim", "former", "the", "lt.", "maj.", "brig.", "admiral", "adm.",
               "president-elect", "prince", "crown", "emperor", "pm", "chairman", "ayatollah"}  # fmt: skip
# One-word names the dictionary gives that are how these people are known (the others are given
# names of kings: "Khalid", "Albert", "Haakon").
SINGLE_NAMES = {"suharto", "hirohito", "souphanouvong", "gorbachev"}
HONORIFICS = {"sir", "dame", "lord", "shaikh", "sheikh", "ayatollah", "hojatoleslam", "imam", "mullah", "pandit",
              "rev.", "reverend", "father", "archbishop", "bishop", "marshal", "sultan", "dato", "datuk", "tun"}  # fmt: skip
# Surnames that are common English words (or first names) and never name a person alone.
COMMON_WORDS = {"brown", "major", "rice", "bush", "powell", "king", "young", "white", "black", "green", "gray",
                "grey", "little", "long", "rich", "strong", "hunt", "price", "cook", "bell", "wood", "hill",
                "stone", "ward", "mills", "fox", "martin", "howard", "park", "kim", "lee", "ali", "khan", "singh",
                "may", "rose", "hope", "noble", "bishop", "gates", "baker", "carter", "ford", "clinton", "truman",
                "hall", "moon", "sun", "john", "james", "george", "paul", "peter", "david", "thomas", "charles",
                "william", "mohammed", "muhammad", "mohamed", "ahmed", "ahmad", "hassan", "hussein", "abdullah",
                "said", "salam", "rahman", "jordan", "chad", "guinea", "georgia", "israel", "china", "india",
                "victoria", "lima", "hamilton", "wilson", "jackson", "johnson", "nixon", "reagan", "obama",
                "kennedy", "adams", "grant", "pierce", "hayes", "burke", "dole", "kerry", "gore", "cheney",
                "rumsfeld", "biden", "trump", "harris", "perry", "chaney", "heath", "eden", "blair",
                "cameron", "thatcher", "callaghan", "wade", "best", "love", "power", "sharp", "short", "small",
                "day", "march", "august", "prior", "church", "chapman", "mann", "gold", "silver", "bond", "rock",
                "frank", "bravo", "castro", "torres", "garcia", "lopez", "perez", "sanchez", "gomez", "fernandez",
                "rodriguez", "gonzalez", "martinez", "hernandez", "diaz", "ramos", "cruz", "reyes", "santos",
                "silva", "costa", "pereira", "sharif", "aziz", "rashid", "salman", "nasser", "hamad", "khalifa",
                "bashir", "gandhi", "bhutto", "zia", "rao", "sharma", "gupta", "patel", "chen", "wang", "li",
                "zhang", "liu", "yang", "huang", "zhao", "wu", "zhou", "xu", "sato", "suzuki", "tanaka", "ito",
                "abe", "mori", "aso", "kan", "noda", "hata", "miki", "fukuda", "nakasone", "roh", "chun", "yoon",
                "lim", "tan", "ng", "goh", "ong", "lai", "ma", "hu", "wen", "jiang", "deng", "mao",
                # first names, words and very common surnames among the generated surnames
                "abraham", "alexandre", "alexis", "alois", "amos", "anthony", "arthur", "armstrong", "benjamin",
                "blanco", "boys", "christopher", "clark", "clarke", "combo", "dupont", "fall", "franco", "gordon",
                "gross", "harald", "horn", "jacobs", "jean", "junior", "kelly", "lake", "lara", "laws", "malik",
                "mara", "meta", "neptune", "note", "roman", "rosa", "rosario", "rene", "reno", "sant", "scotty",
                "skate", "socrates", "spencer", "stephen", "springer", "syed", "tack", "tang", "tito", "tong",
                "umar", "weber", "meyer", "schmid", "richards", "richardson", "thompson", "shaw", "parry",
                "perkins", "reeves", "ridge", "rouse", "sawyer", "skinner", "woodward", "cunningham", "campbell",
                "duncan", "hanna", "hayden", "hinds", "daley", "deane", "jeffery", "kemal", "jamal", "sama", "mane",
                "mesa", "moli", "nano", "nape", "selva", "sicilia", "blah", "husbands", "bowles", "cash", "burg",
                "cabrera", "correa", "estrada", "flores", "gomes", "gonzales", "gutierrez", "lopes", "marquez",
                "mendoza", "mejia", "morales", "ortiz", "palacio", "ramirez", "rivas", "serrano", "suarez",
                "toledo", "vazquez", "velasquez", "velez", "zamora", "escobar", "guevara", "herrera", "quesada",
                "rangel", "reina", "romero", "fournier", "leblanc", "proust", "berger", "schuster", "schreiber",
                "werner", "mancini", "yusuf", "shaikh", "haroun", "haroon", "iqbal", "akram", "qazi", "rehman",
                "farah", "numan", "sattar", "madar", "diallo", "traore", "camara", "cisse", "sylla", "diarra",
                "amadou", "abdou", "abdoulaye", "ousmane", "seck", "thiam", "sall", "koller", "barr",
                "byrne", "compton", "dumont", "emanuel", "gerson", "golding", "hillery", "irvine", "lepage",
                "martens", "olsen", "persson", "popov", "pavlov", "dimitrov", "atanasov", "kostov", "vasile",
                "jagland", "osborne", "pickles", "prescott", "scott", "hain", "timms", "denham", "blears",
                "christie", "cooke", "liddell", "maude", "paterson", "moore",
                # given names that end many Arab, Persian, South Asian and West African names
                "khalid", "hussain", "husain", "ibrahim", "ismail", "mahmoud", "mahmud", "mustafa", "omar",
                "osman", "usman", "saleh", "salih", "salem", "karim", "rahim", "jamil", "nasir", "latif", "hamid",
                "majid", "abubakar", "abdallah", "abdullahi", "idris", "musa", "moussa", "issa", "yahya", "zakaria",
                "suleiman", "sulaiman", "hamza", "bakr", "bakar", "hashim", "hakim", "kamal", "jafar", "jaafar",
                "mohammad", "mohamad", "muhammed", "mehmet", "hasan", "husseini", "islami", "islam", "hamdani",
                "ghani", "rasul", "nabi", "qadir", "habib", "anwar", "faisal", "faysal", "nawaz", "rauf", "tariq",
                "ishaq", "yaqub", "yacoub", "boubacar", "mamadou", "seydou", "oumar", "sidi", "cheikh"}  # fmt: skip
# States whose leaders' names in English do not end in a family name used alone: family name first
# (China, Taiwan, the Koreas, Vietnam, Cambodia), given or single names used alone (Myanmar,
# Thailand, Indonesia, Laos, Mongolia, Iceland, Ethiopia, Eritrea, Bhutan), and Arab and Persian
# names whose last word is a grandfather's or a nisba the news does not use alone (the Gulf
# monarchies, Afghanistan, Iran). Their full names still link.
GIVEN_NAME_FIRST_NOT = {"CHN", "TWN", "KOR", "PRK", "VNM", "KHM", "MMR", "THA", "IDN", "LAO", "MNG", "ISL", "ETH",
                        "ERI", "BTN", "SAU", "ARE", "QAT", "KWT", "BHR", "OMN", "AFG", "IRN", "SGP", "MYS", "BRN",
                        "NPL", "LKA", "BGD", "MDV"}  # fmt: skip
# Words that name a body, never a person: an entry of the leader lists with one is a collective
# ruler ("Islamic Revolutionary Council", a military junta), not someone a surname can name.
BODY_WORDS = {"council", "committee", "court", "party", "front", "army", "ministry", "assembly", "commission",
              "agency", "office", "junta", "government", "regime", "cabinet", "directorate", "presidency",
              "board", "bureau", "department", "secretariat", "parliament", "senate", "congress", "tribunal",
              "authority", "administration", "movement", "league", "alliance", "union", "federation", "forces",
              "guard", "police", "command", "organisation", "organization", "presidium", "triumvirate",
              "collective", "provisional", "republic", "kingdom", "state", "military", "revolutionary"}  # fmt: skip
TOLERANCE_DAYS = 31  # hand-overs recorded a few days apart are no overlap


@dataclass
class Entry:
    name: str
    block: str  # the country block's code
    header: str | None
    aliases: list[str] = field(default_factory=list)
    codes: list[tuple[str, str]] = field(default_factory=list)  # (code, range)


@dataclass
class Leader:
    entry: Entry
    office: str | None
    terms: list[tuple[str, str]]  # (start, end) ISO dates, end exclusive


# --------------------------------------------------------------------------- reading the file


def parse_actors(path: Path) -> list[Entry]:
    entries: list[Entry] = []
    block: str | None = None
    header: str | None = None
    cur: Entry | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        text, _, _ = raw.partition("#")
        if raw.startswith("#"):
            header = raw[1:].strip().lower()
            continue
        if not text.strip():
            continue
        if raw.startswith(("\t", " ")):
            if cur is not None:
                cur.codes.extend((m.group(1), m.group(2).replace(" ", "")) for m in _CODE.finditer(text))
            continue
        if raw.startswith("+"):
            if cur is not None:
                cur.aliases.append(text[1:].strip())
            continue
        m = re.match(r"^([A-Z][A-Z_'.-]*)\s+\[([A-Z]{3})\]\s*$", text)
        if m:  # a country block opens
            block, header, cur = m.group(2), None, None
            continue
        if block is None:
            continue
        cur = Entry(name=text.split("[")[0].strip(), block=block, header=header)
        cur.codes.extend((m.group(1), m.group(2).replace(" ", "")) for m in _CODE.finditer(text))
        entries.append(cur)
    return entries


_CODE = re.compile(r"\[([A-Z]{3,})\s*([^\]]*)\]")


def iso_date(text: str) -> str | None:
    """YYMMDD (years up to 20 are 20xx) or YYYYMMDD -> YYYY-MM-DD; None when not a valid date."""
    if len(text) == 6 and text.isdigit():
        yy = int(text[:2])
        text = ("20" if yy <= 20 else "19") + text
    if len(text) != 8 or not text.isdigit():
        return None
    y, m, d = int(text[:4]), int(text[4:6]), int(text[6:])
    if not (1900 <= y <= 2015 and 1 <= m <= 12 and 1 <= d <= 31):
        return None
    return f"{text[:4]}-{text[4:6]}-{text[6:]}"


def date_range(text: str) -> tuple[str | None, str | None] | None:
    """``990529-070529`` -> (start, end); ``>070529`` -> (start, None); None when unreadable."""
    if text.startswith(">"):
        start = iso_date(text[1:])
        return (start, None) if start else None
    if text.startswith("<") or "-" not in text:
        return None
    a, _, b = text.partition("-")
    start, end = iso_date(a), iso_date(b)
    if start is None or end is None or end <= start:
        return None
    return start, end


# --------------------------------------------------------------------------- leaders and offices


def _days(a: str, b: str) -> int:
    from datetime import date

    return (date.fromisoformat(b) - date.fromisoformat(a)).days


def overlaps(a: tuple[str, str | None], b: tuple[str, str | None], tolerance: int = TOLERANCE_DAYS) -> bool:
    """More than ``tolerance`` days in common, or one term lies (nearly) inside the other."""
    a_end, b_end = a[1] or "9999-12-31", b[1] or "9999-12-31"
    start, end = max(a[0], b[0]), min(a_end, b_end)
    if start >= end:
        return False
    if end == "9999-12-31" or _days(start, end) > tolerance:
        return True
    shorter = min(_days(a[0], a_end) if a[1] else 10**6, _days(b[0], b_end) if b[1] else 10**6)
    return 2 * _days(start, end) >= shorter


def leaders(entries: list[Entry], report: Counter, presidential: frozenset[str] = frozenset()) -> list[Leader]:
    """Leader entries with an office (or None) and their closed terms. ``presidential``: states
    the data records heads of state for but no head of government (their second list is of vice
    presidents, not prime ministers)."""
    by_block: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        plain = office_ranges(e)
        elite = any(code == e.block + "ELI" for code, _ in e.codes)
        if plain and elite and e.block not in SKIP_BLOCKS:
            by_block[e.block].append(e)
    out: list[Leader] = []
    for block, group in by_block.items():
        out.extend(_block_leaders(block, group, report, presidential))
    # (after the lists are read: a body still holds its place in the order of office)
    bodies = [f for f in out if body_name(display_name(f.entry.name))]
    report["leader: a body, not a person (left out)"] += len(bodies)
    return [f for f in out if f not in bodies]


def body_name(name: str) -> bool:
    """Does the name have a word that names a body ("Islamic Revolutionary Council")?"""
    return any(w.lower().strip(".,()") in BODY_WORDS for w in name.split())


def _block_leaders(block: str, group: list[Entry], report: Counter, presidential: frozenset[str]) -> list[Leader]:
    lists: list[list[tuple[Entry, list[tuple[str, str | None]], tuple[str, str | None]]]] = []
    prev: tuple[str, str | None] | None = None
    for e in group:
        ranges = [r for r in (date_range(t) for t in office_ranges(e)) if r]
        ranges = [r for r in ranges if r[0]]
        if not ranges:
            report["leader: no readable range"] += 1
            continue
        chosen = next((r for r in ranges if prev is not None and _near(r[0], prev[1])), None) or max(
            ranges, key=lambda r: r[0] or ""
        )
        if not lists or prev is None or chosen[0] < prev[0]:
            lists.append([])
        lists[-1].append((e, ranges, chosen))
        prev = chosen
    out = []
    # A block with office headers ("# Prime Ministers") is read by its headers only.
    by_header = any(e.header in HEADER_OFFICES for e in group)
    for i, items in enumerate(lists):
        orderly = by_header or _orderly([c for _, _, c in items])
        if not orderly:
            report["leader: in a list that is not one office's succession (no office)"] += len(items)
        for e, ranges, chosen in items:
            if by_header:
                office = HEADER_OFFICES.get(e.header or "")
            else:
                office = _listed_office(block, i, len(lists)) if orderly else None
                if office == "HeadOfGovernment" and block in presidential:
                    office = None
            others = [c for f, _, c in items if f is not e]
            terms = [chosen] + [
                r
                for r in ranges
                if r != chosen
                and not overlaps(r, chosen)
                and not any(overlaps(r, o) for o in others)
                and _hands_over(r, others)
                and not by_header  # a header section's entries list every post they held
            ]
            closed = [(s, t) for s, t in terms if s and t]
            report["leader: term without end (left out)"] += len(terms) - len(closed)
            out.append(Leader(e, office, sorted(closed)))
    _one_holder_at_a_time(out, report)
    return out


def _one_holder_at_a_time(found: list[Leader], report: Counter) -> None:
    """In file order, a term that overlaps a term already taken for the same office is dropped
    (a header that runs on over the cabinet list, a vice president listed among presidents)."""
    taken: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for leader in found:
        if leader.office is None:
            continue
        kept = []
        for term in leader.terms:
            if any(overlaps(term, other) for other in taken[leader.office]):
                report["term: overlaps an earlier holder in the file (left out)"] += 1
            else:
                kept.append(term)
        taken[leader.office].extend(kept)
        leader.terms = kept


def office_ranges(e: Entry) -> list[str]:
    """The entry's ranges of its government code: plain ``<ISO>GOV``, or ``<ISO>GOVMIL`` under the US
    defense secretaries' header (the file codes their term so, and their other posts as GOV)."""
    code = e.block + ("GOVMIL" if HEADER_OFFICES.get(e.header or "") == "DefenceMinister" else "GOV")
    return [r for c, r in e.codes if c == code and r]


def _near(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and abs(_days(a, b)) <= TOLERANCE_DAYS


def _hands_over(term: tuple[str, str | None], others: list[tuple[str, str | None]]) -> bool:
    """A further range of a leader counts as a term of the office only where another holder's term
    ends about when it starts or starts about when it ends (the rest are other offices held)."""
    bounds = [d for o in others for d in o if d]
    return any(abs(_days(d, b)) <= TOLERANCE_DAYS for d in term if d for b in bounds)


def _orderly(terms: list[tuple[str, str | None]]) -> bool:
    """One office's succession: no two terms overlap, and most start where the previous ended."""
    if len(terms) < 2:
        return True
    for a, b in zip(terms, terms[1:]):
        if overlaps(a, b):
            return False
    handed = sum(1 for a, b in zip(terms, terms[1:]) if a[1] and abs(_days(a[1], b[0])) <= TOLERANCE_DAYS)
    return handed >= 0.6 * (len(terms) - 1)


def _listed_office(block: str, index: int, count: int) -> str | None:
    if count == 1:
        return "HeadOfGovernment" if block in HEAD_OF_GOVERNMENT_ONLY else "HeadOfState"
    return {0: "HeadOfState", 1: "HeadOfGovernment"}.get(index)


# --------------------------------------------------------------------------- names


def display_name(token: str) -> str:
    words = token.strip("_+ ").replace("_", " ").split()
    particles = {"al", "el", "bin", "ibn", "de", "da", "van", "von", "der", "la", "le", "du", "dos", "das", "del",
                 "di", "y", "bint", "ould", "ben"}  # fmt: skip
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        if i and low in particles:
            out.append(low)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def name_variants(entry: Entry) -> tuple[str, list[str], list[str]]:
    """The display name (without a leading title: "Sir", "Sheikh", "Ayatollah"), multi-word name
    variants (the titled name among them) and one-word aliases the entry gives."""
    titled = display_name(entry.name)
    words = titled.split()
    while len(words) > 1 and words[0].lower() in TITLE_WORDS | HONORIFICS:
        words = words[1:]
    name = " ".join(words)
    variants, surnames = ([titled] if titled != name and len(titled.split()) > 1 else []), []
    for alias in entry.aliases:
        words = alias.strip("_+ ").replace("_", " ").split()
        if not words or any(w.lower() in ("administration", "government", "regime", "cabinet") for w in words):
            continue
        if words[0].lower() in TITLE_WORDS:
            continue
        shown = display_name(alias)
        (surnames if len(words) == 1 else variants).append(shown)
    return name, variants, surnames


def family_name(name: str) -> str | None:
    """The last word of a display name, as the surname news uses alone ("Obasanjo"); None after a
    particle ("al-Bashir", "de Villepin": the surname alone is written several ways)."""
    words = name.split()
    if len(words) < 2 or words[-2][:1].islower():
        return None
    return words[-1]


def recent(entry: Entry) -> bool:
    """In office after 1990 (or still in office in 2014): a surname alone is worth an alias."""
    ends = [date_range(t) for t in office_ranges(entry)]
    return any(r is not None and (r[1] is None or r[1] >= "1990-01-01") for r in ends)


def key(label: str) -> str:
    return " ".join(re.sub(r"[.,]", " ", label).lower().replace("-", " ").split())


def slug(text: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


# --------------------------------------------------------------------------- the data already here


@dataclass
class Existing:
    ids: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    owners: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # label key -> entity ids
    surnames: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # last word -> people
    people: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # id -> (en label, country)
    terms: dict[tuple[str, str], list[tuple[str, str, str | None]]] = field(default_factory=lambda: defaultdict(list))


def read_existing(folder: Path = DATA) -> Existing:
    from rdflib import Graph, Literal, URIRef

    g = Graph()
    for path in sorted(folder.glob("*.ttl")):
        if path.name != OUTPUT.name:
            g.parse(path, format="turtle")
    ex = Existing()
    rdf_type = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    for s, t in g.subject_objects(rdf_type):
        sid = str(s)
        if not sid.startswith(GKID) or "/" in sid[len(GKID) :]:
            continue
        eid = sid[len(GKID) :]
        ex.ids.add(eid)
        if str(t) == GK + "Country":
            ex.countries.update(str(c) for c in g.objects(s, URIRef(GK + "countryCode")))
        for p in (SKOS + "prefLabel", SKOS + "altLabel", GK + "metonym", GK + "demonym", GK + "demonymForm"):
            for o in g.objects(s, URIRef(p)):
                if isinstance(o, Literal) and o.language == "en":
                    ex.owners[key(str(o))].add(eid)
        if str(t) == GK + "Person":
            for p in (SKOS + "prefLabel", SKOS + "altLabel"):
                for o in g.objects(s, URIRef(p)):
                    if isinstance(o, Literal) and o.language == "en" and len(str(o).split()) > 1:
                        ex.surnames[key(str(o).split()[-1])].add(eid)
            label = next((str(o) for o in g.objects(s, URIRef(SKOS + "prefLabel")) if o.language == "en"), eid)
            country = g.value(s, URIRef(GK + "countryCode"))
            ex.people[eid] = (label, str(country) if country is not None else None)
            for term in g.objects(s, URIRef(GK + "holdsOffice")):
                office = g.value(term, URIRef(GK + "office"))
                body = g.value(term, URIRef(GK + "officeBody"))
                where = g.value(term, URIRef(GK + "officeCountry")) or (str(body)[len(GKID) :] if body else None)
                start = g.value(term, URIRef(GK + "termStart"))
                end = g.value(term, URIRef(GK + "termEnd"))
                if office is not None and where is not None:
                    name = str(office)[len(GK) :]
                    ex.terms[(name, str(where))].append((eid, str(start or "0000-01-01"), str(end) if end else None))
    return ex


# --------------------------------------------------------------------------- merging


@dataclass
class Person:
    id: str
    country: str
    name: str
    labels: list[str]  # alternative labels (variants, surnames)
    terms: list[tuple[str, ...]]  # (office, start, end[, organisation id])
    existing: bool  # an entity of the data, which gets the terms only


def merge(found: list[Leader], ex: Existing, report: Counter) -> list[Person]:
    people: list[Person] = []
    created: dict[tuple[str, str], Person] = {}
    used_ids = set(ex.ids)
    for leader in found:
        e = leader.entry
        if e.block not in ex.countries:
            report["leader: country not in the data"] += 1
            continue
        name, variants, surnames = name_variants(e)
        keys = {key(name), *(key(v) for v in variants)}
        same = sorted(
            pid
            for k in keys
            for pid in ex.owners.get(k, ())
            if pid in ex.people
            and ex.people[pid][1] == e.block
            # the data's own name for the person, or another of its labels where the terms agree
            and (key(ex.people[pid][0]) in keys or _compatible(leader, pid, ex))
        )
        terms = _kept_terms(leader, same[0] if same else None, ex, report)
        if same:
            report["leader: already in the data (terms merged)"] += 1
            if terms:
                people.append(Person(same[0], e.block, name, [], terms, existing=True))
            continue
        if key(name) in ex.owners:
            # another person of that name ("George Bush" is George W. Bush in the data): the
            # leader's first free variant ("George H. W. Bush") names him
            free = [v for v in variants if key(v) not in ex.owners]
            if not free:
                report["leader: name of another entity (left out)"] += 1
                continue
            report["leader: name of another person, named by a variant"] += 1
            name, variants = free[0], [v for v in variants if v != free[0]]
        if " " not in name and key(name) not in SINGLE_NAMES:
            report["leader: a one-word name that is a given name (left out)"] += 1
            continue
        twin = created.get((e.block, key(name)))
        if twin is not None:
            # the file lists some leaders twice (as head of state and of government): one person
            twin.terms.extend(t for t in terms if t not in twin.terms)
            twin.labels.extend(v for v in variants if v not in twin.labels)
            report["leader: listed twice (one person)"] += 1
            continue
        if any(k == key(name) for _, k in created):
            report["leader: same name in another country's block (left out)"] += 1
            continue
        pid = slug(name)
        if pid in used_ids:
            pid = f"{pid}-{e.block.lower()}"
        if not pid or pid in used_ids or pid[:1] == "q":
            report["leader: no free id (left out)"] += 1
            continue
        used_ids.add(pid)
        auto = family_name(name) if recent(e) and e.block not in GIVEN_NAME_FIRST_NOT else None
        labels = variants + [s for s in [*surnames, auto] if s and len(s) >= 4 and key(s) not in COMMON_WORDS]
        report["leader: new person"] += 1
        people.append(Person(pid, e.block, name, labels, terms, existing=False))
        created[(e.block, key(name))] = people[-1]
    _drop_shared_labels(people, ex, report)
    return people


def _compatible(leader: Leader, pid: str, ex: Existing) -> bool:
    """Whether a leader can be the data's person ``pid``: where the data gives that person terms of
    the leader's office, one of them overlaps a term of the leader."""
    if leader.office is None:
        return True
    held = [(s, t) for p, s, t in ex.terms.get((leader.office, leader.entry.block), []) if p == pid]
    return not held or any(overlaps(term, h) for term in leader.terms for h in held)


def _kept_terms(leader: Leader, same: str | None, ex: Existing, report: Counter) -> list[tuple[str, str, str]]:
    if leader.office is None:
        report["term: no office (a third list, a list out of order, vice presidents)"] += len(leader.terms)
        return []
    kept = []
    for start, end in leader.terms:
        held = ex.terms.get((leader.office, leader.entry.block), [])
        if any(overlaps((start, end), (s, t)) for _, s, t in held):
            mine = any(pid == same and overlaps((start, end), (s, t)) for pid, s, t in held)
            report["term: the data has it" if mine else "term: overlaps another holder in the data"] += 1
            continue
        kept.append((leader.office, start, end))
        report["term: kept"] += 1
    return kept


def trim_handovers(people: list[Person], ex: Existing, report: Counter) -> None:
    """Hand-overs recorded a few days apart: a new term that overlaps another holder's term (of the
    data, or a new one starting earlier) by at most ``TOLERANCE_DAYS`` is cut to meet it, so that
    no two holders of one office overlap."""
    fixed: dict[tuple[str, str], list[tuple[str, str | None]]] = defaultdict(list)
    for (office, where), held in ex.terms.items():
        fixed[(office, where)].extend((s, t) for _, s, t in held)
    pending = sorted(
        ((term[1], i, j) for i, p in enumerate(people) for j, term in enumerate(p.terms)), key=lambda x: x[0]
    )
    for _, i, j in pending:
        office, start, end, *body = people[i].terms[j]
        slot = fixed[(office, body[0] if body else people[i].country)]
        for s, t in slot:
            if not overlaps((start, end), (s, t), tolerance=0):
                continue
            if s <= start and (t is None or t >= end):
                start = end  # inside the other's term: nothing left
            elif s <= start and t is not None:
                start = max(start, t)  # the other ended a few days into this term
            elif s > start:
                end = min(end, s)  # the other began a few days before this one ended
        if start >= end:
            report["term: nothing left after a hand-over (left out)"] += 1
            people[i].terms[j] = ()
            continue
        people[i].terms[j] = (office, start, end, *body)
        slot.append((start, end))
    for p in people:
        p.terms = [t for t in p.terms if t]


def _drop_shared_labels(people: list[Person], ex: Existing, report: Counter) -> None:
    """A label that names another entity, or two new people, names neither."""
    count: Counter = Counter()
    for p in people:
        if not p.existing:
            for k in {key(p.name), *(key(label) for label in p.labels)}:
                count[k] += 1
    for p in people:
        if p.existing:
            continue
        kept, seen = [], {key(p.name)}
        for label in p.labels:
            k = key(label)
            if k in seen:
                continue
            seen.add(k)
            if count[k] > 1 or k in ex.owners or (" " not in k and k in ex.surnames):
                report["label: shared with another entity (dropped)"] += 1
                continue
            kept.append(label)
        p.labels = kept


# --------------------------------------------------------------------------- heads of organisations

# Organisation codes of the international actors file whose heads ("IGOrulers") are taken, and the
# organisation entity of the data. NATO's list mixes secretaries general with their deputies and
# the European codes name rotating presidencies of the Council: left out.
IGO_BODIES = {"IGOUNO": "Q1065", "IGOUNODEVWBK": "Q7164", "IGOBUSIMF": "Q7804"}


def organisation_heads(path: Path, report: Counter) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(display name, organisation id, closed terms) of the file's dated heads of the organisations
    of ``IGO_BODIES``."""
    out = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        text = raw.partition("#")[0]
        if "IGOrulers" not in raw or raw.startswith(("\t", " ", "+")):
            continue
        codes = [(m.group(1), m.group(2).replace(" ", "")) for m in _CODE.finditer(text)]
        dated = [(IGO_BODIES[code], date_range(r)) for code, r in codes if code in IGO_BODIES and r]
        bodies = {body for body, _ in dated}
        closed = [t for _, t in dated if t is not None and t[1] is not None]
        name = display_name(text.split("[")[0])
        if len(bodies) != 1 or not closed or len(name.split()) < 2 or body_name(name):
            report["organisation head: no single dated organisation, or a one-word name"] += 1
            continue
        out.append((name, bodies.pop(), closed))
    return out


def merge_heads(heads: list[tuple[str, str, list[tuple[str, str]]]], ex: Existing, report: Counter) -> list[Person]:
    """New people for the heads the data lacks; a term that overlaps a head in the data is dropped."""
    people: list[Person] = []
    seen: set[str] = set()
    taken: dict[str, list[tuple[str, str, str | None]]] = defaultdict(list)
    for name, body, terms in sorted(heads, key=lambda h: min(h[2])):
        words = name.split()
        while len(words) > 2 and words[0].lower() in TITLE_WORDS | HONORIFICS | {"baron"}:
            words = words[1:]
        name = " ".join(words)
        if key(name) in seen:
            continue
        seen.add(key(name))
        held = ex.terms.get(("OrganisationHead", body), []) + taken[body]
        kept = [t for t in terms if not any(overlaps(t, (s, e)) for _, s, e in held)]
        report["organisation head: term overlaps another head (left out)"] += len(terms) - len(kept)
        if key(name) in ex.owners:
            report["organisation head: already in the data"] += 1
            continue
        pid = slug(name)
        if not kept or pid in ex.ids:
            continue
        taken[body].extend((pid, s, e) for s, e in kept)
        report["organisation head: new person"] += 1
        people.append(Person(pid, "", name, [], [("OrganisationHead", s, e, body) for s, e in kept], existing=False))
    return people


# --------------------------------------------------------------------------- Turtle


def _lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"@en'


def write_turtle(path: Path, people: list[Person], report: Counter) -> None:
    new = sum(not p.existing for p in people)
    terms = sum(len(p.terms) for p in people)
    out = [HEADER.format(source=SOURCE, people=new, terms=terms)]
    for p in sorted(people, key=lambda p: (p.country, p.id)):
        term_iris = [f"<{GKID}{p.id}/term/p{i}>" for i in range(1, len(p.terms) + 1)]
        if p.existing and not term_iris:
            continue
        if p.existing:
            out.append(f"gkid:{p.id} gk:holdsOffice {' , '.join(term_iris)} .  # {p.name} (merged)\n")
        else:
            lines = [f"gkid:{p.id} a gk:Person", f"    skos:prefLabel {_lit(p.name)}"]
            if p.labels:
                lines.append("    skos:altLabel " + ", ".join(_lit(label) for label in p.labels))
            if p.country:
                lines += [f'    gk:countryCode "{p.country}"', '    gk:sector "GOV"']
            else:
                lines += ["    gk:noCountry true", '    gk:sector "IGO"']
            lines.append("    gk:englishOnly true")
            if term_iris:
                lines.append(f"    gk:holdsOffice {' , '.join(term_iris)}")
            out.append(" ;\n".join(lines) + " .\n")
        for iri, (office, start, end, *body) in zip(term_iris, p.terms):
            where = f"gk:officeBody gkid:{body[0]}" if body else f'gk:officeCountry "{p.country}"'
            out.append(
                f"{iri} a gk:OfficeTerm ; gk:office gk:{office} ; {where} ;\n"
                f'    gk:termStart "{start}"^^xsd:date ; gk:termEnd "{end}"^^xsd:date .\n'
            )
        out.append("\n")
    path.write_text("".join(out), encoding="utf-8")


HEADER = """\
# GENERATED by ontology/data/build_people_phoenix.py; edit that script, not this file.
#
# Heads of state and government with dated terms (and US secretaries of state and defense), from
# PETRARCH-2's country actors dictionary ({source}; generated in January 2014 from CountryInfo),
# merged with the people of the other files here: {people} new people (English names only,
# gk:englishOnly true; local ids, no QID) and {terms} terms, some of them added to people the data
# already had. ontology/data/README.md says how offices, terms and names were read and what was
# left out. The dictionary is distributed under the MIT License:
#
#   Copyright (c) 2014 Open Event Data Alliance
#
#   Permission is hereby granted, free of charge, to any person obtaining a copy of this software
#   and associated documentation files (the "Software"), to deal in the Software without
#   restriction, including without limitation the rights to use, copy, modify, merge, publish,
#   distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
#   Software is furnished to do so, subject to the following conditions:
#
#   The above copyright notice and this permission notice shall be included in all copies or
#   substantial portions of the Software.
#
#   THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
#   BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
#   NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
#   DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
#   OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
@prefix gk: <https://w3id.org/geokg/ontology#> .
@prefix gkid: <https://w3id.org/geokg/id/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

"""


def main(argv: list[str]) -> int:
    shared = os.environ.get("GEOKG_SHARED_DIR")
    default = Path(shared) / "reference" / "peers" if shared else REPO.parent / "shared" / "reference" / "peers"
    source = (Path(argv[1]) if len(argv) > 1 else default) / "en_Phoenix.Countries.actors.txt"
    if not source.is_file():
        print(f"build_people_phoenix: {source} not found (pass the peers folder)", file=sys.stderr)
        return 1
    report: Counter = Counter()
    existing = read_existing()
    heads = {country for office, country in existing.terms if office == "HeadOfState"}
    governments = {country for office, country in existing.terms if office == "HeadOfGovernment"}
    found = leaders(parse_actors(source), report, frozenset(heads - governments))
    report["leaders"] = len(found)
    people = merge(found, existing, report)
    international = source.parent / "en_Phoenix.International.actors.txt"
    if international.is_file():
        people += merge_heads(organisation_heads(international, report), existing, report)
    trim_handovers(people, existing, report)
    write_turtle(OUTPUT, people, report)
    print(f"{OUTPUT} written")
    for what, n in sorted(report.items()):
        print(f"  {n:6d}  {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
