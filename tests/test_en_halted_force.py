"""English: one's own force halted is a de-escalation toward its target (issue 13, wrong
readings). "halted its attacks on X" reads as strikes, raids and shelling halted do (0874,
HaltedForceNouns; PETRARCH-2's "halt/stop attacks" ceasefire patterns are left out), and the
target is named by "on" or "against", wherever the parser hangs it. Sentences written for geokg
(real pipeline: ``en_core_web_sm``, the gazetteer, the ontology)."""

from __future__ import annotations

import pytest
from helpers import modal_en, require_english_model

require_english_model()


@pytest.mark.parametrize(
    "text, target",
    [
        ("Russia halted its attacks on Georgia.", "GEO"),
        ("Russia has stopped its attacks on Georgian towns.", "GEO"),
        ("Russia suspended its air strikes against Georgia.", "GEO"),
        ("Russia stopped its bombing raids on Georgia.", "GEO"),
        ("Russia called off its offensive against Georgia.", "GEO"),
    ],
)
def test_force_halted_is_withdrawn_from_its_target(extractor, text, target):
    found = modal_en(extractor, text)
    assert ("RUS", "withdrawsForcesFrom", target, "affirmed", "asserted") in found, found
    # must not: the halted force as an attack, or the halt as a ceasefire with no one
    assert not any(f[1] in ("attacks", "carriesOutAirstrikeOn", "carriesOutBombingAgainst") for f in found), found


def test_force_halted_names_no_target_of_its_own_agent(extractor):
    # must not: the subject's own pronoun as the target
    found = modal_en(extractor, "Russia halted its attacks.")
    assert not any(f[2] == "RUS" for f in found), found


def test_a_withdrawal_still_names_the_place_left(extractor):
    # control: "from" stays the place left, a day after "on" is no target
    found = modal_en(extractor, "Russia withdrew its troops from Georgia on Monday.")
    assert ("RUS", "withdrawsForcesFrom", "GEO", "affirmed", "asserted") in found, found


def test_sides_of_two_states_halting_force_halt_it_against_each_other(extractor):
    found = modal_en(extractor, "Russia and Georgia halted their attacks.")
    assert ("RUS", "withdrawsForcesFrom", "GEO", "affirmed", "asserted") in found, found
    assert ("GEO", "withdrawsForcesFrom", "RUS", "affirmed", "asserted") in found, found


def test_sides_of_one_state_halt_force_against_no_one_named(extractor):
    # must not: allies halting their attacks read as halting them against each other
    found = modal_en(extractor, "Hamas and Islamic Jihad halted their attacks.")
    assert not any(f[2] is not None for f in found), found
