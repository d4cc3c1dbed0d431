"""Fighting that is halted took place, round 18 (branch ``en``).

A verb or noun of stopping ("halted the clashes", "agreed to end the fighting", "an end to the
clashes between X and Y") was read as the halt alone (a ceasefire, a withdrawal, an agreement), or
as nothing where no frame gave the halt a code; the news convention codes the fighting it stops
as an event of its own, affirmed and asserted (``clauses_en._fighting_stopped``,
``clauses_en._fought_before_halt``); the halt itself is de-escalation for every noun of
fighting (``gk:HaltedForceNouns`` now has "clash", "battle", "gunbattle" ...). Only two-sided fighting (``gk:useOfForce`` and symmetric:
clashes, fighting, battles): a stopped one-sided act ("stopped air strikes on X", "ended its
raids") says nothing of strikes done, and fighting avoided, warned of or prepared for is not
fighting. Sentences written for geokg (real pipeline: ``en_core_web_sm``, the gazetteer, the
ontology)."""

from __future__ import annotations

import itertools

import pytest
from helpers import party_readings_en, require_english_model

require_english_model()

PAIRS = [
    ("India", "Pakistan", "IND", "PAK"),
    ("Ethiopia", "Eritrea", "ETH", "ERI"),
    ("Armenian troops", "Azerbaijani forces", "ARM", "AZE"),
    ("Israel", "Hamas", "ISR", "PSE"),
]
VERBS = [("end", "ended"), ("halt", "halted"), ("stop", "stopped"), ("suspend", "suspended")]
NOUNS = ["clashes", "fighting"]


def _agreed(a: str, b: str, verb: tuple[str, str], noun: str) -> str:
    return f"{a} and {b} agreed to {verb[0]} the {noun} on Sunday."


def _did(a: str, b: str, verb: tuple[str, str], noun: str) -> str:
    return f"{a} and {b} {verb[1]} the {noun} on Sunday."


def _with(a: str, b: str, verb: tuple[str, str], noun: str) -> str:
    return f"{a} {verb[1]} the {noun} with {b} on Sunday."


@pytest.mark.parametrize(
    ("pair", "verb", "noun", "shape"), list(itertools.product(PAIRS, VERBS, NOUNS, (_agreed, _did, _with)))
)
def test_halted_fighting_took_place(extractor, pair, verb, noun, shape):
    a, b, sa, sb = pair
    found = party_readings_en(extractor, shape(a, b, verb, noun))
    fought = {(s, o) for s, root, o, pol, mod in found if root == "19" and pol == "affirmed" and mod == "asserted"}
    assert fought & {(sa, sb), (sb, sa)}
    # and the halt itself, de-escalation (CAMEO 08): "clash" is a noun of force halted as "fighting" is
    assert {(s, o) for s, root, o, _, _ in found if root == "08"} & {(sa, sb), (sb, sa)}
    # never the halt read as fighting expected or denied
    assert not {r for r in found if r[1] == "19" and (r[3] != "affirmed" or r[4] != "asserted")}


@pytest.mark.parametrize(("pair", "noun"), list(itertools.product(PAIRS, NOUNS)))
def test_an_end_to_the_fighting_between(extractor, pair, noun):
    a, b, sa, sb = pair
    found = party_readings_en(extractor, f"The truce brought an end to the {noun} between {a} and {b}.")
    assert {(s, o) for s, root, o, pol, mod in found if root == "19" and mod == "asserted"} & {(sa, sb), (sb, sa)}


HALT_IN_QUESTION = [
    "{a} did not halt the clashes with {b}.",
    "{a} refused to end the fighting with {b}.",
    "{a} and {b} failed to stop the fighting.",
    "{a} could halt the clashes with {b}.",
    "{a} said it would halt the clashes with {b}.",
    "{a} and {b} may agree to end the fighting.",
]


@pytest.mark.parametrize(("pair", "shape"), list(itertools.product(PAIRS[:2], HALT_IN_QUESTION)))
def test_the_halt_in_question_never_spills_into_the_fighting(extractor, pair, shape):
    """A halt denied, refused, failed, possible or promised: the fighting it would stop still took
    place, never negated, expected or hypothetical."""
    a, b, _, _ = pair
    found = party_readings_en(extractor, shape.format(a=a, b=b))
    assert not {r for r in found if r[1] == "19" and (r[3] != "affirmed" or r[4] not in ("asserted", "reported"))}


MUST_NOT = [
    # one-sided acts stopped: no act of force read
    "The United States stopped air strikes on Iraq on Sunday.",
    "Israel ended its raids on Gaza on Sunday.",
    "Russia halted its shelling of Georgian villages on Sunday.",
    "India suspended its attacks on Pakistani posts on Sunday.",
    # fighting avoided, warned of, prepared for: none took place
    "India and Pakistan agreed to avoid clashes on Sunday.",
    "India and Pakistan warned of fighting on Sunday.",
    "Ethiopia and Eritrea agreed to prevent clashes on their border.",
    "Ethiopia and Eritrea pledged to refrain from fighting.",
]


@pytest.mark.parametrize("text", MUST_NOT)
def test_no_fighting_read_where_none_took_place(extractor, text):
    found = party_readings_en(extractor, text)
    assert not {r for r in found if r[1] == "19" and r[3] == "affirmed" and r[4] == "asserted"}
