"""English: forces sent somewhere (issue 13, wrong readings). Forces sent to help another are
military aid to the one helped (``gk:AidPurposeCue``), never a show of force aimed at it;
warships and war planes sent or deployed are a show of force, as troops are, aimed at the state
they are sent to (the parser's "dative" "to" counts as the frame's preposition). Sentences
written for geokg (real pipeline: ``en_core_web_sm``, the gazetteer, the ontology)."""

from __future__ import annotations

import pytest
from helpers import modal_en, require_english_model

require_english_model()


@pytest.mark.parametrize(
    "text",
    [
        "Chad deployed soldiers to help Niger fight the jihadists.",
        "Chad sent troops to help Niger.",
        "Chad sent troops to support the army of Niger.",
        "Chad sent soldiers to assist the Nigerien army.",
    ],
)
def test_forces_sent_to_help_are_military_aid_to_the_one_helped(extractor, text):
    found = modal_en(extractor, text)
    assert any(f[0] == "TCD" and f[1] == "providesMilitaryAidTo" and f[2] == "NER" for f in found), found
    # must not: a show of force aimed at the helped state
    assert not any(f[1] == "conductsMilitaryExercise" and f[2] == "NER" for f in found), found


def test_forces_sent_to_attack_stay_a_show_of_force(extractor):
    # control: round 8's reading
    found = modal_en(extractor, "Chad sent troops to attack Niger.")
    assert any(f[0] == "TCD" and f[1] == "conductsMilitaryExercise" and f[2] == "NER" for f in found), found


def test_forces_sent_to_help_no_one_named_stay_a_show_of_force(extractor):
    found = modal_en(extractor, "Chad sent troops to help.")
    assert not any(f[1] == "providesMilitaryAidTo" for f in found), found


@pytest.mark.parametrize(
    "text, target",
    [
        ("Iran sent warships to the Gulf.", None),
        ("Russia sent two warships to Syria.", "SYR"),
        ("The US deployed an aircraft carrier off the coast of Libya.", "LBY"),
        ("China dispatched a naval flotilla to Somalia.", "SOM"),
    ],
)
def test_war_machines_sent_show_force(extractor, text, target):
    found = modal_en(extractor, text)
    assert any(f[1] == "conductsMilitaryExercise" and f[2] == target for f in found), found


def test_a_warship_seized_is_no_show_of_force(extractor):
    # must not: the captor's act read as its own deployment
    found = modal_en(extractor, "Iran seized a British warship.")
    assert not any(f[1] == "conductsMilitaryExercise" for f in found), found


@pytest.mark.parametrize(
    "text, host",
    [
        ("Ghana will contribute troops to the African Union peacekeeping force in Mali.", "MLI"),
        ("Ghana will send peacekeepers to the UN mission in Lebanon.", "LBN"),
        ("Ghana will contribute troops to the peacekeeping contingent in Mali.", "MLI"),
    ],
)
def test_peacekeepers_protect_the_state_they_serve_in(extractor, text, host):
    # as wire coders code peacekeeping (gk:protectsHost): the host, not the force's owner
    found = modal_en(extractor, text)
    assert any(f[0] == "GHA" and f[1] == "providesMilitaryProtectionTo" and f[2] == host for f in found), found
    assert not any(f[1] == "providesMilitaryProtectionTo" and f[2] is None for f in found), found


def test_a_force_with_no_host_named_keeps_its_owner(extractor):
    # control: no place, the body the force belongs to stays the object
    found = modal_en(extractor, "Ghana will contribute troops to the African Union peacekeeping force.")
    assert any(f[1] == "providesMilitaryProtectionTo" for f in found), found
