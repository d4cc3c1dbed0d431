"""English round 12, wave 2: acts that did not happen and deaths nobody caused (sentences written
for geokg). A foiled act (``gk:FoilingCue``) is never an affirmed act; an accident or a disaster
(``gk:NotAnAttackCue``) as the cause of a killing gives no attack by unidentified attackers; the
must-nots: a bomb still makes one, a disaster elsewhere in the sentence leaves an attack an attack,
and resisting an act is no foiling of it."""

from __future__ import annotations

import pytest
from helpers import readings_en, require_english_model

require_english_model()

FORCE = ("18", "19")


def _affirmed_force(extractor, text: str) -> set[tuple]:
    found = readings_en(extractor, text, "root", "polarity")
    return {f for f in found if f[0] in FORCE and f[1] == "affirmed"}


@pytest.mark.parametrize(
    "text",
    [
        "Police in Herat foiled an attack on the Indian consulate.",
        "Afghan guards thwarted a rocket attack on the Italian embassy on Sunday.",
        "Pakistani police thwarted a plot to bomb the British mission in Karachi.",
        "An assault on the Iraqi parliament was averted by the guards, officials said.",
    ],
)
def test_a_foiled_act_is_not_affirmed(extractor, text):
    assert not _affirmed_force(extractor, text)


def test_a_foiled_act_is_negated(extractor):
    found = readings_en(extractor, "Police in Herat foiled an attack on the Indian consulate.", "root", "polarity")
    assert ("19", "negated") in found or not found, found


def test_the_act_after_a_foiling_keeps_its_polarity(extractor):
    # must-not: the negation of the foiled attack does not spill into the arrest beside it
    text = "Police in Herat foiled an attack on the Indian consulate and arrested four men."
    found = readings_en(extractor, text, "root", "polarity")
    assert ("17", "affirmed") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "A gas explosion killed 14 workers at a plant in China.",
        "A fire at a textile mill killed nine people in Bangladesh.",
        "Eleven passengers died in a bus crash in Egypt.",
        "An earthquake killed 40 villagers in eastern Turkey.",
    ],
)
def test_an_accident_is_no_attack(extractor, text):
    assert not _affirmed_force(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb killed nine police officers in Mosul.",
        "A bomb went off outside the Turkish embassy in Kabul.",
    ],
)
def test_a_bomb_stays_an_attack(extractor, text):
    # must-not: no disaster word, so the unidentified attackers of the place stay
    assert _affirmed_force(extractor, text)


def test_a_disaster_elsewhere_leaves_the_attack(extractor):
    text = "A car bomb killed nine police officers in Mosul, a week after floods hit the city."
    assert _affirmed_force(extractor, text)
