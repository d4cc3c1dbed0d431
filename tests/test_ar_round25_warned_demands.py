"""Round 25 (Arabic, branch ``clean``): two known wrong readings mended, in our own sentences.

- An act warned of or feared ("حذر X من هجوم Y على Z", "حذر X من أن Y قد يهاجم Z", "مخاوف من
  هجوم") was read as done: it is hypothetical (``modality_ar._warned_of``, ``gk:WarnedActCue``).
  Must-not: an act told as done beside a warning stays asserted; a warning addressed to Y ("حذر X
  Y من مهاجمة Z") stays X's threat to Y and is no attack by X.
- Demands ignored or accepted were read as the demands of the one who ignores or accepts them
  ("تجاهلت X مطالب Y": X demanding of Y). Ignoring them is a rejection of their owner (CAMEO 12),
  accepting or meeting them yielding to their owner (CAMEO 08); neither is a demand by X, nor by Y
  of X. Must-not: a plain demand stays a demand, the owner is never read as rejecting or yielding.
- Raids or arms right after a verb of force are its subject ("استهدفت الغارات مقاتلي حركة
  طالبان"): the group named past them was read as the attacker; it is the side struck
  (``arguments_ar._struck_past_means``, ``_means_written_definite``, ``gk:ForceMeansCue``).
  Must-not: the group struck is never the attacker; a nationality right after the arms ("الطائرات
  الإسرائيلية") stays the attacker.
"""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import AR_GENDERED_PARTIES, readings

DATE = "2024-09-10"

# (attacker, its code, its adjective (masculine), the attacked, its code)
_ACTS = [
    ("إسرائيل", "ISR", "إسرائيلي", "لبنان", "LBN"),
    ("روسيا", "RUS", "روسي", "أوكرانيا", "UKR"),
    ("إيران", "IRN", "إيراني", "العراق", "IRQ"),
]
_WARNED = [
    "وحذر{f} {x} من هجوم {adj} على {o} .",
    "وحذر{f} {x} من هجوم {a} على {o} .",
    "وحذر{f} {x} من شن هجوم {adj} على {o} .",
    "وحذر{f} {x} من أن {a} قد تهاجم {o} .",
    "وحذر{f} {x} من أن {a} ستهاجم {o} .",
    "وأعرب{f} {x} عن مخاوف من هجوم {adj} على {o} .",
]
# concern is about a development under way: its act stays told as done
_CONCERN = [
    "وأبدى {x} قلق{p} من تعميق {a} علاقاتها مع {o} .",
    "وأعرب{f} {x} عن قلق{p} من تعميق {a} علاقاتها مع {o} .",
]
# the warning's words and, in a clause of its own, an act told as done
_DONE = [
    "هاجمت {a} {o} ، وحذر{f} {x} من التصعيد .",
    "وحذر{f} {x} من التصعيد بعد أن هاجمت {a} {o} أمس .",
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _acts(extractor: Extractor, text: str) -> set[tuple]:
    return readings(extractor, text, "subject", "root", "object", "polarity", "modality", date=DATE, lang="ar")


def _cells(shapes: list[str]) -> list[tuple[str, str, str, str]]:
    return [
        (shape.format(f=f, x=x, p=p, a=a, adj=adj, o=o), state, doer, done)
        for shape in shapes
        for x, state, f, p in AR_GENDERED_PARTIES[:3]
        for a, doer, adj, o, done in _ACTS
        if state not in (doer, done)  # the warner is a third state
    ]


@pytest.mark.parametrize(("text", "state", "doer", "done"), _cells(_WARNED))
def test_an_act_warned_of_is_not_done(extractor: Extractor, text: str, state: str, doer: str, done: str) -> None:
    acts = _acts(extractor, text)
    attacks = {r for r in acts if r[:3] == (doer, "19", done)}
    # found or not, the warned-of attack is never told as done
    assert not any(r[3] == "affirmed" and r[4] == "asserted" for r in attacks), acts
    # must-not: the warner attacks no one
    assert not any(r[0] == state and r[1] in ("18", "19") for r in acts), acts


@pytest.mark.parametrize(("text", "state", "doer", "done"), _cells(_DONE))
def test_an_act_told_as_done_beside_a_warning_stays(
    extractor: Extractor, text: str, state: str, doer: str, done: str
) -> None:
    acts = _acts(extractor, text)
    assert (doer, "19", done, "affirmed", "asserted") in acts, acts


@pytest.mark.parametrize(("text", "state", "doer", "done"), _cells(_CONCERN))
def test_concern_keeps_the_development_told(extractor: Extractor, text: str, state: str, doer: str, done: str) -> None:
    """Concern (قلق من) is about a development under way, as in the brief's own example: the
    deepening of ties stays affirmed and asserted, and is never the concerned state's own."""
    acts = _acts(extractor, text)
    assert any(r[0] == doer and r[2] == done and r[3:] == ("affirmed", "asserted") for r in acts), acts
    assert not any(r[0] == state and r[2] == done and r[1] not in ("01", "10", "11", "12", "13") for r in acts), acts


@pytest.mark.parametrize(("a", "doer", "adj", "o", "done"), _ACTS)
def test_a_warning_addressed_stays_a_threat(
    extractor: Extractor, a: str, doer: str, adj: str, o: str, done: str
) -> None:
    acts = _acts(extractor, f"وحذرت مصر {a} من مهاجمة {o} .")
    assert ("EGY", "13", doer, "affirmed", "asserted") in acts, acts
    assert not any(r[0] == "EGY" and r[1] in ("18", "19") for r in acts), acts


# (owner of the demands, its code)
_OWNERS = [("فرنسا", "FRA"), ("الولايات المتحدة", "USA"), ("إسرائيل", "ISR")]
_IGNORED = [
    "وتجاهل{f} {x} مطالب {o} .",
    "و{i}تجاهل {x} مطالب {o} .",
    "وتجاهل{f} {x} دعوات {o} .",
]
_MET = [
    "وقبل{f} {x} مطالب {o} .",
    "ووافق{f} {x} على مطالب {o} .",
    "واستجاب{f} {x} لمطالب {o} .",
    "ورضخ{f} {x} لمطالب {o} .",
]


def _demand_cells(shapes: list[str]) -> list[tuple[str, str, str]]:
    return [
        (shape.format(f=f, i="ت" if f else "ي", x=x, o=o), state, owner)
        for shape in shapes
        for x, state, f, _ in AR_GENDERED_PARTIES
        for o, owner in _OWNERS
    ]


def _pairs(extractor: Extractor, text: str) -> set[tuple]:
    return {r[:3] for r in _acts(extractor, text) if r[3] == "affirmed"}


@pytest.mark.parametrize(("text", "state", "owner"), _demand_cells(_IGNORED))
def test_demands_ignored_are_rejected(extractor: Extractor, text: str, state: str, owner: str) -> None:
    pairs = _pairs(extractor, text)
    assert (state, "12", owner) in pairs, pairs
    # must-not: no demand either way, and the owner rejects nothing
    assert not any(r[1] == "10" for r in pairs) and (owner, "12", state) not in pairs, pairs


@pytest.mark.parametrize(("text", "state", "owner"), _demand_cells(_MET))
def test_demands_met_are_yielded_to(extractor: Extractor, text: str, state: str, owner: str) -> None:
    pairs = _pairs(extractor, text)
    assert (state, "08", owner) in pairs, pairs
    assert not any(r[1] in ("10", "12") for r in pairs) and (owner, "08", state) not in pairs, pairs


@pytest.mark.parametrize(("o", "owner"), _OWNERS)
def test_a_plain_demand_stays(extractor: Extractor, o: str, owner: str) -> None:
    pairs = _pairs(extractor, f"وطالبت {o} سوريا بالانسحاب من لبنان .")
    assert (owner, "10", "SYR") in pairs, pairs
    assert not any(r[1] in ("08", "12") for r in pairs), pairs


# Raids and arms as the subject of a verb of force (``gk:ForceMeansCue``): the group named past
# them is the side struck, never the attacker.
_FORCE_VERBS = ["استهدفت", "قصفت", "ضربت"]
_MEANS = ["الغارات", "الغارة", "الطائرات", "الصواريخ"]
_STRUCK = [("مقاتلي حركة طالبان", "AFG"), ("عناصر حزب الله", "LBN"), ("مواقع حركة حماس", "PSE")]


@pytest.mark.parametrize("verb", _FORCE_VERBS)
@pytest.mark.parametrize("means", _MEANS)
@pytest.mark.parametrize(("struck", "state"), _STRUCK)
def test_the_side_struck_past_raids_is_never_the_attacker(
    extractor: Extractor, verb: str, means: str, struck: str, state: str
) -> None:
    found = readings(extractor, f"{verb} {means} {struck} .", "subject", "subject_sector", "root", date=DATE, lang="ar")
    # must-not: the armed group struck (sector REB) is never read as the attacker
    assert not any((s, sector) == (state, "REB") and root in ("18", "19") for s, sector, root in found), found


@pytest.mark.parametrize("verb", _FORCE_VERBS[:2])
@pytest.mark.parametrize(("adj", "attacker"), [("الإسرائيلية", "ISR"), ("الأمريكية", "USA")])
def test_a_nationality_after_the_arms_stays_the_attacker(
    extractor: Extractor, verb: str, adj: str, attacker: str
) -> None:
    found = readings(extractor, f"{verb} الطائرات {adj} مقاتلي حركة حماس .", "subject", "root", date=DATE, lang="ar")
    assert (attacker, "19") in found, found
    assert not any(s == "PSE" and root in ("18", "19") for s, root in found), found


# Officials and diplomats counted (the accusative singular after 11-99, the dual) with their
# nationality are the victims' state (``build_groups.py``: the counted forms of gk:Government).
_COUNTED = ["قتل 12 {n}ا {adj}ا في هجوم .", "وقتل 15 {n}ا {adj}ا في هجوم على قافلة ."]
_OFFICIAL_NOUNS = ["مسؤول", "دبلوماسي"]
_NATIONALITIES = [("إيراني", "IRN"), ("أمريكي", "USA"), ("فرنسي", "FRA")]


@pytest.mark.parametrize("shape", _COUNTED)
@pytest.mark.parametrize("noun", _OFFICIAL_NOUNS)
@pytest.mark.parametrize(("adj", "state"), _NATIONALITIES)
def test_counted_officials_are_the_victims_state(
    extractor: Extractor, shape: str, noun: str, adj: str, state: str
) -> None:
    found = readings(
        extractor, shape.format(n=noun, adj=adj), "subject", "subject_sector", "root", "object", date=DATE, lang="ar"
    )
    assert any(root == "19" and obj == state for _, _, root, obj in found), found
    # must-not: the victims' government is never the attacker
    assert not any((s, sector) == (state, "GOV") for s, sector, _, _ in found), found


@pytest.mark.parametrize(("a", "code"), [("إسرائيل", "ISR"), ("حزب الله", "LBN")])
def test_held_responsible_is_no_official(extractor: Extractor, a: str, code: str) -> None:
    # "مسؤولا عن" (responsible for) names no official: no government actor is read from it
    found = readings(
        extractor,
        f"واعتبر الرئيس المصري {a} مسؤولا عن الهجوم .",
        "subject_sector",
        "object_sector",
        date=DATE,
        lang="ar",
    )
    assert not any("GOV" in r for r in found), found
