"""English: an act in a "for ... to" clause with its own subject is wanted, not done (issue 13,
wrong readings). Under no trigger it is expected; under a word of necessity in a reported clause
(``gk:NecessityCue``: "Britain said it is time for Chad to disband its militias") it is the speaker's demand of
the clause's subject, as "Sudan must" is. Sentences written for geokg (real pipeline:
``en_core_web_sm``, the gazetteer, the ontology)."""

from __future__ import annotations

import pytest
from helpers import modal_en, require_english_model

require_english_model()


@pytest.mark.parametrize(
    "text, relation, target",
    [
        ("It is time for Chad to pull its troops out of Sudan.", "withdrawsForcesFrom", "SDN"),
        ("It is important for Iran to resume talks with Britain.", "negotiatesWith", "GBR"),
        ("The idea is for Kenya to send troops to Somalia.", "conductsMilitaryExercise", "SOM"),
        ("It would be a grave error for Israel to bomb Iran.", "attacks", "IRN"),
    ],
)
def test_an_act_of_a_for_to_clause_is_not_done(extractor, text, relation, target):
    found = modal_en(extractor, text)
    assert any(f[1] == relation and f[2] == target and f[4] in ("expected", "hypothetical") for f in found), found
    # must not: the wanted act as one that happened
    assert not any(f[4] in ("asserted", "reported") for f in found), found


@pytest.mark.parametrize(
    "text, target",
    [
        ("Britain said it is time for Sudan to rein in the Janjaweed.", "SDN"),
        ("Britain said it was essential for Iran to resume talks.", "IRN"),
        ("The British minister said it was high time for Sudan to rein in its militias.", "SDN"),
    ],
)
def test_a_reported_necessity_is_the_speakers_demand(extractor, text, target):
    found = modal_en(extractor, text)
    assert ("GBR", "demands", target, "affirmed", "asserted") in found, found
    # must not: the act demanded as done
    assert not any(f[0] == target and f[4] in ("asserted", "reported") for f in found), found


def test_a_necessity_for_the_speakers_own_state_is_no_demand(extractor):
    found = modal_en(extractor, "Britain said it is time for Britain to leave Iraq.")
    assert not any(f[1] == "demands" for f in found), found


def test_a_mistake_reported_is_no_demand(extractor):
    # must not: a warning against an act read as asking for it
    found = modal_en(extractor, "Britain said it would be a mistake for Israel to bomb Iran.")
    assert not any(f[1] == "demands" for f in found), found
    assert not any(f[4] in ("asserted", "reported") for f in found), found


def test_a_call_for_an_act_stays_an_appeal(extractor):
    # control: round 8's reading of "called for X to"
    found = modal_en(extractor, "Kenya called for Chad to disband its militias.")
    assert ("KEN", "appealsTo", "TCD", "affirmed", "asserted") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Chad said its army must pull out of Darfur.",
        "Chad said its troops must leave Sudan.",
    ],
)
def test_ones_own_forces_obliged_are_no_demand(extractor, text):
    # must not: a demand on the place the speaker's own forces are to leave (was Chad demanding
    # Darfur of itself)
    found = modal_en(extractor, text)
    assert not any(f[1] == "demands" for f in found), found
