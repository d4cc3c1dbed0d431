"""English: a second grid, of complexity (round 12, branch ``en``). Clean single-clause cells
that the argument-shape grid (test_en_grid_round12.py) reads are embedded in the long leads wire
copy is made of: a dateline, a fronted time and place adjunct, an apposition on the subject, a
count ("at least 12"), a reporting head or tail, a participial tail, a parenthetical, a quote, an
"in what ... called" clause, a sentence about something else before or after, and combinations
of two or three. A wrapped cell expects the clean cell's assertion (the same root, subject and
object countries, affirmed); a reporting wrapper also expects it reported and attributed; a
sentence about something else must not cross its actors with the cell's. All cells run in one
batch of the extractor (the module's fixture). Sentences written for geokg."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from geokg.extract.model import Document
from helpers import require_english_model

require_english_model()


class Cell(NamedTuple):
    """A clean lead: ``subject`` + " " + ``predicate`` + "." reads as ``root`` between ``pairs``
    (subject, object countries; either direction where ``mutual``); ``appos`` is an apposition
    that fits the subject, ``city`` a dateline consistent with the event."""

    name: str
    root: str
    subject: str
    predicate: str
    pairs: frozenset
    appos: str
    city: str
    mutual: bool = False


def _cell(name, root, subject, predicate, pairs, appos, city, mutual=False) -> Cell:
    return Cell(name, root, subject, predicate, frozenset(pairs), appos, city, mutual)


_ISR_PSE = {("ISR", "PSE")}
_TROOPS = "a unit of several hundred soldiers"
_IRAN = "which has no diplomatic ties with the Jewish state"
_SYRIA = "which still claims the Golan Heights"
_GUNMEN = "some of them wearing police uniforms"
CELLS = [
    # force (18/19): the verb, its passive, its noun, its light verb, unnamed attackers
    _cell("attack", "19", "Israeli troops", "attacked two Palestinian militants on Tuesday", _ISR_PSE, _TROOPS, "GAZA"),
    _cell("shell", "19", "Israeli troops", "shelled two Palestinian villages on Tuesday", _ISR_PSE, _TROOPS, "GAZA"),
    _cell("raid", "19", "Israeli troops", "raided the town of Nablus on Tuesday", _ISR_PSE, _TROOPS, "NABLUS"),
    _cell("kill", "18", "Israeli troops", "killed three Palestinian militants on Tuesday", _ISR_PSE, _TROOPS, "GAZA"),
    _cell(
        "ambush",
        "19",
        "Palestinian militants",
        "ambushed two Israeli soldiers on Tuesday",
        {("PSE", "ISR")},
        "members of the armed wing of Hamas",
        "GAZA",
    ),
    _cell(
        "bomb",
        "19",
        "U.S. warplanes",
        "bombed three Iraqi insurgent positions on Tuesday",
        {("USA", "IRQ")},
        "flying from a carrier in the Gulf",
        "BAGHDAD",
    ),
    _cell(
        "strike",
        "19",
        "U.S. troops",
        "struck five Iraqi insurgents near Ramadi on Tuesday",
        {("USA", "IRQ")},
        "members of the First Marine Division",
        "RAMADI",
    ),
    _cell(
        "fight",
        "19",
        "U.S. troops",
        "fought Iraqi insurgents in Falluja on Tuesday",
        {("USA", "IRQ")},
        "members of the First Marine Division",
        "FALLUJA",
    ),
    _cell(
        "clash",
        "19",
        "Indian troops",
        "clashed with two Pakistani soldiers on Tuesday",
        {("IND", "PAK")},
        "members of a border patrol",
        "SRINAGAR",
    ),
    _cell(
        "kidnap",
        "18",
        "Gunmen",
        "kidnapped two Italian aid workers in Baghdad on Tuesday",
        {("IRQ", "ITA")},
        _GUNMEN,
        "BAGHDAD",
    ),
    _cell(
        "abduct",
        "18",
        "Gunmen",
        "abducted three Turkish truck drivers in Mosul on Tuesday",
        {("IRQ", "TUR")},
        _GUNMEN,
        "MOSUL",
    ),
    _cell(
        "behead",
        "18",
        "Militants",
        "beheaded two Italian hostages in Iraq on Tuesday",
        {("IRQ", "ITA")},
        "members of a little-known group",
        "BAGHDAD",
    ),
    _cell(
        "shoot", "18", "Gunmen", "shot three Iraqi policemen in Baquba on Tuesday", {("IRQ", "IRQ")}, _GUNMEN, "BAQUBA"
    ),
    _cell(
        "passive",
        "19",
        "Two Palestinian militants",
        "were attacked by Israeli troops on Tuesday",
        {("ISR", "PSE")},
        "both members of Islamic Jihad",
        "GAZA",
    ),
    _cell(
        "passive_killed",
        "18",
        "Three Palestinian militants",
        "were killed by Israeli troops on Tuesday",
        {("ISR", "PSE")},
        "all members of Hamas",
        "GAZA",
    ),
    _cell(
        "nominal",
        "19",
        "The attack by Israeli troops on Palestinian militants",
        "drew sharp protests on Tuesday",
        {("ISR", "PSE")},
        "the third this week",
        "GAZA",
    ),
    _cell(
        "light_verb",
        "19",
        "Israeli troops",
        "launched an attack on two Palestinian militants on Tuesday",
        {("ISR", "PSE")},
        _TROOPS,
        "GAZA",
    ),
    _cell(
        "light_raid",
        "19",
        "U.S. troops",
        "carried out a raid on three Iraqi insurgents on Tuesday",
        {("USA", "IRQ")},
        "members of the First Marine Division",
        "RAMADI",
    ),
    _cell(
        "coordinated",
        "19",
        "American and British troops",
        "attacked two Iraqi insurgent positions on Tuesday",
        {("USA", "IRQ"), ("GBR", "IRQ")},
        "part of a joint force",
        "BASRA",
    ),
    # yielding (08)
    _cell(
        "release",
        "08",
        "Israel",
        "released 50 Palestinian prisoners on Tuesday",
        _ISR_PSE,
        "which holds thousands of prisoners",
        "JERUSALEM",
    ),
    _cell(
        "withdraw",
        "08",
        "Israel",
        "withdrew from the Gaza Strip on Tuesday",
        _ISR_PSE,
        "which has held the area for decades",
        "JERUSALEM",
    ),
    _cell(
        "lift",
        "08",
        "Israel",
        "lifted the blockade of Gaza on Tuesday",
        _ISR_PSE,
        "which had sealed the area for weeks",
        "JERUSALEM",
    ),
    _cell(
        "free",
        "08",
        "Israel",
        "freed two Palestinian detainees on Tuesday",
        _ISR_PSE,
        "which holds thousands of prisoners",
        "JERUSALEM",
    ),
    _cell(
        "hand_over",
        "08",
        "Israel",
        "handed over two Palestinian detainees on Tuesday",
        _ISR_PSE,
        "which holds thousands of prisoners",
        "JERUSALEM",
    ),
    # contact and cooperation (04/05): mutual
    _cell(
        "meet",
        "04",
        "Egypt's foreign minister",
        "met Jordan's King Abdullah on Tuesday",
        {("EGY", "JOR")},
        "Ahmed Aboul Gheit",
        "AMMAN",
        True,
    ),
    _cell(
        "visit",
        "04",
        "Egypt's foreign minister",
        "visited Jordan on Tuesday",
        {("EGY", "JOR")},
        "Ahmed Aboul Gheit",
        "AMMAN",
        True,
    ),
    _cell(
        "talks",
        "04",
        "Egypt's foreign minister",
        "held talks with Jordan's King Abdullah on Tuesday",
        {("EGY", "JOR")},
        "Ahmed Aboul Gheit",
        "AMMAN",
        True,
    ),
    _cell(
        "host",
        "04",
        "President Hosni Mubarak of Egypt",
        "hosted Jordan's King Abdullah on Tuesday",
        {("EGY", "JOR")},
        "in power since 1981",
        "CAIRO",
        True,
    ),
    _cell(
        "praise",
        "05",
        "Egypt's foreign minister",
        "praised Jordan on Tuesday",
        {("EGY", "JOR")},
        "Ahmed Aboul Gheit",
        "CAIRO",
        True,
    ),
    _cell(
        "sign",
        "05",
        "Egypt's foreign minister",
        "signed an accord with Jordan on Tuesday",
        {("EGY", "JOR")},
        "Ahmed Aboul Gheit",
        "AMMAN",
        True,
    ),
    _cell(
        "ties",
        "05",
        "Egypt",
        "restored diplomatic ties with Jordan on Tuesday",
        {("EGY", "JOR")},
        "the most populous Arab state",
        "CAIRO",
        True,
    ),
    # statements (11/12/13): disapproving, rejecting, threatening
    _cell("accuse", "11", "Iran", "accused Israel of spying on Tuesday", {("IRN", "ISR")}, _IRAN, "TEHRAN"),
    _cell("criticize", "11", "Syria", "criticized Israel on Tuesday", {("SYR", "ISR")}, _SYRIA, "DAMASCUS"),
    _cell("reject", "12", "Iran", "rejected a proposal from Britain on Tuesday", {("IRN", "GBR")}, _IRAN, "TEHRAN"),
    _cell("threaten", "13", "Iran", "threatened Israel with retaliation on Tuesday", {("IRN", "ISR")}, _IRAN, "TEHRAN"),
]


def _ordinary(subject: str) -> str:
    """The subject as it reads after a fronted phrase: a common first word in lower case."""
    first, _, rest = subject.partition(" ")
    if first in {"The", "Gunmen", "Militants", "Two", "Three"}:
        return f"{first.lower()} {rest}".strip()
    return subject


class Lead(NamedTuple):
    """A lead under construction: what goes before the subject, the subject, its predicate,
    what follows the predicate inside the sentence, and what follows the sentence."""

    before: str
    subject: str
    predicate: str
    tail: str
    after: str

    def text(self) -> str:
        return f"{self.before}{self.subject} {self.predicate}{self.tail}.{self.after}"


def _dateline(cell: Cell, lead: Lead) -> Lead:
    return lead._replace(before=f"{cell.city} (Reuters) - {lead.before}")


def _adjunct(cell: Cell, lead: Lead) -> Lead:
    predicate = lead.predicate.replace(" on Tuesday", "")
    before = f"{lead.before}Late on Tuesday, in a district close to the frontier, "
    return lead._replace(before=before, subject=_ordinary(lead.subject), predicate=predicate)


def _apposition(cell: Cell, lead: Lead) -> Lead:
    return lead._replace(subject=f"{lead.subject}, {cell.appos},")


def _count(cell: Cell, lead: Lead) -> Lead:
    for word in ("two ", "three ", "five ", "50 "):
        if word in lead.predicate:
            return lead._replace(predicate=lead.predicate.replace(word, "at least 12 ", 1))
    return lead


def _report_tail(cell: Cell, lead: Lead) -> Lead:
    return lead._replace(tail=f"{lead.tail}, the European Union said in a statement")


def _report_head(cell: Cell, lead: Lead) -> Lead:
    return lead._replace(before=f"{lead.before}EU officials said ", subject=_ordinary(lead.subject))


def _participial(cell: Cell, lead: Lead) -> Lead:
    return lead._replace(tail=f"{lead.tail}, raising fears of a wider regional crisis")


def _casualties(cell: Cell, lead: Lead) -> Lead:
    return lead._replace(tail=f"{lead.tail}, killing four people and wounding 20 others")


def _sentence_before(cell: Cell, lead: Lead) -> Lead:
    return lead._replace(before=f"Russia and China signed a trade pact in Beijing on Monday. {lead.before}")


def _sentence_after(cell: Cell, lead: Lead) -> Lead:
    return lead._replace(after=f"{lead.after} Separately, Russia accused China of dumping cheap steel.")


def _parenthetical(cell: Cell, lead: Lead) -> Lead:
    return lead._replace(subject=f"{lead.subject} (pictured)")


def _quote(cell: Cell, lead: Lead) -> Lead:
    quoted = ' "This will not be the last time," the spokesman told reporters.'
    return lead._replace(after=f"{lead.after}{quoted}")


def _called(cell: Cell, lead: Lead) -> Lead:
    return lead._replace(tail=f"{lead.tail}, in what analysts called a turning point")


def _place(cell: Cell, lead: Lead) -> Lead:
    town = cell.city.title()
    return lead._replace(predicate=lead.predicate.replace(" on Tuesday", f" near the town of {town} on Tuesday"))


def _fronted_participle(cell: Cell, lead: Lead) -> Lead:
    return lead._replace(before=f"{lead.before}Acting on orders from the capital, ", subject=_ordinary(lead.subject))


def _after_clause(cell: Cell, lead: Lead) -> Lead:
    return lead._replace(tail=f"{lead.tail}, after a week of rising tension in the region")


def _second_event(cell: Cell, lead: Lead) -> Lead:
    return lead._replace(tail=f"{lead.tail}, as Russia held talks with China in Moscow")


def _report_that(cell: Cell, lead: Lead) -> Lead:
    before = f"{lead.before}EU officials said on Wednesday that "
    return lead._replace(before=before, subject=_ordinary(lead.subject))


def _clause_apposition(cell: Cell, lead: Lead) -> Lead:
    return lead._replace(tail=f"{lead.tail}, the most serious such incident in months")


WRAPPERS = {
    "dateline": _dateline,
    "adjunct": _adjunct,
    "apposition": _apposition,
    "count": _count,
    "report_tail": _report_tail,
    "report_head": _report_head,
    "participial": _participial,
    "casualties": _casualties,
    "sentence_before": _sentence_before,
    "sentence_after": _sentence_after,
    "parenthetical": _parenthetical,
    "quote": _quote,
    "called": _called,
    "place": _place,
    "fronted_participle": _fronted_participle,
    "after_clause": _after_clause,
    "second_event": _second_event,
    "report_that": _report_that,
    "clause_apposition": _clause_apposition,
}
COMBINATIONS = [
    ("dateline", "apposition", "report_tail"),
    ("dateline", "adjunct", "count"),
    ("report_head", "participial", "sentence_after"),
    ("dateline", "count", "casualties"),
    ("sentence_before", "apposition", "called"),
    ("dateline", "parenthetical", "quote"),
    ("dateline", "place", "second_event"),
    ("report_that", "count", "place"),
    ("fronted_participle", "apposition", "clause_apposition"),
    ("dateline", "adjunct", "apposition"),
    ("report_head", "apposition", "casualties"),
]
REPORTING = {"report_tail", "report_head", "report_that"}
FORCE = {"18", "19"}
OTHER_SIDE = {"RUS", "CHN"}


def _applies(cell: Cell, wrappers: tuple[str, ...]) -> bool:
    """A casualty tail fits the force cells only."""
    return "casualties" not in wrappers or cell.root in FORCE


def _lead(cell: Cell, wrappers: tuple[str, ...]) -> str:
    lead = Lead("", cell.subject, cell.predicate, "", "")
    for name in wrappers:
        lead = WRAPPERS[name](cell, lead)
    return lead.text()


# Cells the mechanisms do not reach yet; each says why (strict: a fix must remove it).
_HANDED = 'the parser hangs "handed over" on the subject as a clause describing it and reads no trigger there'
KNOWN_MISSES: dict[tuple[str, str], str] = {
    (column, "hand_over"): _HANDED
    for column in (
        "apposition",
        "dateline+apposition+report_tail",
        "sentence_before+apposition+called",
        "fronted_participle+apposition+clause_apposition",
        "dateline+adjunct+apposition",
    )
} | {
    ("dateline+adjunct+apposition", "criticize"): 'the parser makes "the Golan Heights" the subject of "criticized", '
    "a clause of the relative clause on the fronted phrase",
}


def _cases() -> list[tuple[str, Cell, tuple[str, ...]]]:
    cases = [("clean", cell, ()) for cell in CELLS]
    columns = [(name,) for name in WRAPPERS] + COMBINATIONS
    for wrappers in columns:
        cases += [("+".join(wrappers), cell, wrappers) for cell in CELLS if _applies(cell, wrappers)]
    return cases


CASES = _cases()


@pytest.fixture(scope="module")
def found(extractor) -> dict[str, list]:
    """Every case's assertions by its text, extracted in one batch."""
    texts = sorted({_lead(cell, wrappers) for _, cell, wrappers in CASES})
    documents = [Document(id=f"c{i}", text=t, date="2005-03-01", lang="en") for i, t in enumerate(texts)]
    return {r.document.text: r.assertions for r in extractor.extract(documents)}


def _params() -> list:
    params = []
    for column, cell, wrappers in CASES:
        reason = KNOWN_MISSES.get((column, cell.name))
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        params.append(pytest.param(cell, wrappers, id=f"{column}-{cell.name}", marks=marks))
    return params


def _country(argument) -> str | None:
    return getattr(getattr(argument, "entity", None), "country", None)


def _matching(cell: Cell, assertions: list) -> list:
    """The affirmed assertions of the cell's root (either force root for a force cell, as the
    first grid reads them)."""
    roots = FORCE if cell.root in FORCE else {cell.root}
    return [a for a in assertions if a.cameo and a.cameo[:2] in roots and a.polarity == "affirmed"]


@pytest.mark.parametrize(("cell", "wrappers"), _params())
def test_complex_lead(found, cell, wrappers):
    hits = _matching(cell, found[_lead(cell, wrappers)])
    seen = {(_country(a.subject), _country(a.object)) for a in hits}
    for pair in cell.pairs:
        assert pair in seen or (cell.mutual and pair[::-1] in seen), seen
    if REPORTING & set(wrappers):
        ours = [
            a for a in hits if (_country(a.subject), _country(a.object)) in cell.pairs | {p[::-1] for p in cell.pairs}
        ]
        assert all(a.modality == "reported" and a.attributed_to is not None for a in ours), ours
        # must not: the source is never the actor of what it reports
        assert not any(a.subject.entity == a.attributed_to for a in hits), hits
    # must not: the other sentence's actors are never crossed with the cell's
    crossed = {(s, o) for s, o in seen if (s in OTHER_SIDE) != (o in OTHER_SIDE)}
    assert not crossed, seen


@pytest.mark.parametrize(
    "text",
    [
        # the subject an apposition closing a fronted phrase gave back condemns, never attacks
        "Late on Tuesday, in a speech in Cairo, Egypt's foreign minister, Ahmed Aboul Gheit, condemned "
        "the attack by Israeli troops on Palestinian militants.",
        # the subject read as the object of "said" is denied its act: no affirmed attack
        "EU officials said gunmen, some of them wearing police uniforms, did not attack the convoy in Mosul.",
        "Acting on orders from the capital, Egyptian police, some in riot gear, denied attacking Israeli tourists.",
    ],
)
def test_a_subject_given_back_keeps_its_condemnation_and_negation(extractor, text):
    found = {
        (_country(a.subject), _country(a.object))
        for a in extractor.extract_text(text, doc_id="t", date="2005-03-01", lang="en")[0]
        if a.cameo and a.cameo[:2] in FORCE and a.polarity == "affirmed"
    }
    assert not any(s == "EGY" for s, _ in found) and ("IRQ", None) not in found, found
    assert not any(o == "ISR" and s in ("EGY", None) for s, o in found), found


def test_a_second_clause_place_is_not_the_groups_scene(extractor):
    # must not: gunmen acting in Baghdad are Iraq's, not Russia's because a later clause is in Moscow
    text = "Gunmen seized two Italian aid workers in Baghdad, as Russia held talks with China in Moscow."
    found = {
        (_country(a.subject), _country(a.object))
        for a in extractor.extract_text(text, doc_id="t", date="2005-03-01", lang="en")[0]
        if a.cameo and a.cameo[:2] in FORCE
    }
    assert ("IRQ", "ITA") in found and not any("RUS" in pair for pair in found), found
