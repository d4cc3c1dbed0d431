"""English: known wrong or missing readings of issue 13 (round 10, branch ``polish``), each fixed
as a class: forces given to a body's force serve the state it is in; a reported "must" on a
subject that names no actor is a demand on no one named; who ordered or asked for an act is no
object of it (``gk:InstigatorCue``); a noun read by its object takes a preposition of its
trigger only where it hangs on the noun. Sentences written for geokg (real pipeline:
``en_core_web_sm``, the gazetteer, the ontology)."""

from __future__ import annotations

import pytest
from helpers import modal_en, readings_en, require_english_model

require_english_model()


@pytest.mark.parametrize(
    "text, host",
    [
        ("Ghana will contribute soldiers to the African Union force in Mali.", "MLI"),
        ("Ghana will provide soldiers to the UN force in Lebanon.", "LBN"),
    ],
)
def test_forces_given_to_a_body_serve_the_state_it_is_in(extractor, text, host):
    # (gk:protectsHost on military aid): the troops serve Mali, not the African Union
    found = modal_en(extractor, text)
    assert any(f[0] == "GHA" and f[1] == "providesMilitaryAidTo" and f[2] == host for f in found), found
    assert not any(f[1] == "providesMilitaryAidTo" and f[2] is None for f in found), found


def test_military_aid_to_a_body_with_no_place_keeps_the_body(extractor):
    found = modal_en(extractor, "Ghana supplied weapons to the African Union.")
    assert any(f[0] == "GHA" and f[1] == "providesMilitaryAidTo" for f in found), found


def test_military_aid_to_a_state_stays_with_the_state(extractor):
    # must not: the place of the recipient's own people moves nothing
    found = modal_en(extractor, "Ghana supplied arms to the rebels in Mali.")
    assert not any(f[1] == "providesMilitaryAidTo" and f[2] not in ("MLI", None) for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Spain said its partners must deploy more soldiers to Mali.",
        "Spain said other nations must put more pressure on Mali.",
    ],
)
def test_a_demand_on_others_unnamed_is_no_demand_on_the_place(extractor, text):
    found = modal_en(extractor, text)
    # must not: Mali is where the soldiers go or whom the pressure is on, not who is asked
    assert not any(f[1] == "demands" and f[2] == "MLI" for f in found), found


def test_a_demand_on_a_named_state_stays(extractor):
    # control: the clause's subject names the one asked
    found = modal_en(extractor, "Spain said Portugal must deploy more soldiers to Mali.")
    assert any(f[0] == "ESP" and f[1] == "demands" and f[2] == "PRT" for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Chad pulled its soldiers out on the orders of France.",
        "Chad pulled its soldiers out on France's orders.",
        "Chad pulled its soldiers out at the request of France.",
    ],
)
def test_who_ordered_the_act_is_no_object_of_it(extractor, text):
    found = modal_en(extractor, text)
    # (the act itself stays, with no object)
    assert any(f[0] == "TCD" and f[1] == "withdrawsForcesFrom" for f in found), found
    assert not any(f[2] == "FRA" for f in found), found


def test_a_request_acted_on_keeps_its_author(extractor):
    # control: a request that is the act's own object ("rejected the request of X")
    found = modal_en(extractor, "Chad rejected the request of France.")
    assert any(f[0] == "TCD" and f[1] == "rejects" and f[2] == "FRA" for f in found), found


def test_a_call_made_to_a_leader_on_a_day_is_a_phone_call(extractor):
    found = modal_en(extractor, "Chirac made a call to Putin on Tuesday.")
    assert any(f[0] == "FRA" and f[1] == "talksByPhoneWith" and f[2] == "RUS" for f in found), found
    # must not: the day's "on" read as "call on", an appeal
    assert not any(f[1] == "appealsTo" for f in found), found


def test_a_call_on_a_state_to_act_stays_an_appeal(extractor):
    found = modal_en(extractor, "France renewed its call on Chad to free the prisoners.")
    assert any(f[0] == "FRA" and f[1] == "appealsTo" and f[2] == "TCD" for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Aid from Norway reached Sudan on Friday.",
        "Norwegian aid arrived in Khartoum on Friday.",
        "Emergency aid from Norway reached Sudan after the floods.",
    ],
)
def test_aid_arriving_is_aid_to_the_place_it_reaches(extractor, text):
    # (gk:ArrivalCue) the aid noun's trigger, with whom it reaches
    found = modal_en(extractor, text)
    assert any(f[0] == "NOR" and f[1] == "providesAidTo" and f[2] == "SDN" for f in found), found
    # must not: aid arriving is no visit by its giver
    assert not any(f[1] == "visits" for f in found), found


def test_a_delegation_arriving_still_visits(extractor):
    # control: people arriving pay a visit
    found = modal_en(extractor, "A Norwegian delegation arrived in Khartoum on Friday.")
    assert any(f[0] == "NOR" and f[1] == "visits" and f[2] == "SDN" for f in found), found
    assert not any(f[1] == "providesAidTo" for f in found), found


def test_troops_arriving_abroad_are_military_aid_to_the_host(extractor):
    # PETRARCH-2's "&MILITARY * ARRIVE" [072]: the host of the place they reach
    found = modal_en(extractor, "Rwandan soldiers arrived in Bangui on Sunday.")
    assert any(f[0] == "RWA" and f[1] == "providesMilitaryAidTo" and f[2] == "CAF" for f in found), found


def test_troops_arriving_at_home_serve_no_host(extractor):
    # must not: a force back in its own state gives that state nothing
    found = modal_en(extractor, "Rwandan soldiers arrived in Kigali on Sunday.")
    assert not any(f[1] == "providesMilitaryAidTo" for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Egyptian hardliners condemned the treaty with Israel.",
        "Hardliners in Egypt condemned the treaty with Israel.",
    ],
)
def test_hardliners_are_a_faction_not_the_state(extractor, text):
    subjects = readings_en(extractor, text, "subject", "subject_sector", date="2004-10-01", coded_only=False)
    assert ("EGY", "RAD") in subjects, subjects
    # must not: a faction's word read as the state's own
    assert ("EGY", None) not in subjects, subjects


def test_an_ethnic_group_placed_nowhere_is_no_nation(extractor):
    text = "About 500 ethnic Greeks staged a hunger strike to protest against the decision of Germany to deport them."
    found = modal_en(extractor, text)
    # must not: the ethnic Greeks read as Greece protesting
    assert not any(f[0] == "GRC" for f in found), found


def test_an_ethnic_group_placed_in_a_state_is_that_states(extractor):
    # control: round 8's reading, the state the event happens in
    found = modal_en(extractor, "Ethnic Albanians demonstrated in Serbia on Monday.")
    assert any(f[0] == "SRB" and f[1] == "protests" for f in found), found


def test_a_nation_not_called_ethnic_stays_its_state(extractor):
    found = modal_en(extractor, "Greeks protested against Germany.")
    assert any(f[0] == "GRC" and f[1] == "protests" and f[2] == "DEU" for f in found), found
