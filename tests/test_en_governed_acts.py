"""English readings of a verb's act that the verb above it or its object changes (issue 13,
wrong readings): getting ready for an act (for force, the show of force, done now), stopping
force, returning captives, calling for a measure. Sentences written for geokg (real pipeline: ``en_core_web_sm``, the gazetteer, the
ontology)."""

from __future__ import annotations

import pytest
from helpers import modal_en, require_english_model

require_english_model()


@pytest.mark.parametrize(
    "text, relation, target",
    [
        ("Kenya prepared to impose sanctions on Uganda.", "imposesSanctionsOn", "UGA"),
        ("Kenya is preparing to impose sanctions on Uganda.", "imposesSanctionsOn", "UGA"),
        ("Kenya was preparing to send aid to Uganda.", "providesAidTo", "UGA"),
        ("Kenya is poised to cut aid to Uganda.", "reducesRelationsWith", "UGA"),
    ],
)
def test_an_act_one_gets_ready_for_is_expected_not_done(extractor, text, relation, target):
    found = modal_en(extractor, text)
    assert ("KEN", relation, target, "affirmed", "expected") in found, found
    assert not any(f[4] == "asserted" for f in found), found


def test_an_act_beside_a_preparation_stays_done(extractor):
    found = modal_en(extractor, "Kenya prepared a report and imposed sanctions on Uganda.")
    assert ("KEN", "imposesSanctionsOn", "UGA", "affirmed", "asserted") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya prepared to attack Uganda.",
        "Kenya is preparing to invade Uganda.",
        "Kenya is gearing up to invade Uganda.",
        "Kenya is preparing an attack on Uganda.",
    ],
)
def test_getting_ready_for_force_is_the_show_of_force_done_now(extractor, text):
    found = modal_en(extractor, text)
    assert ("KEN", "conductsMilitaryExercise", "UGA", "affirmed", "asserted") in found, found
    assert not any(f[4] == "expected" for f in found), found


@pytest.mark.parametrize(
    "text, polarity, modality",
    [
        # the preparation's own clause still says its time and polarity
        ("Kenya will prepare to attack Uganda.", "affirmed", "expected"),
        ("Kenya plans to prepare an invasion of Uganda.", "affirmed", "expected"),
        ("Kenya did not prepare to attack Uganda.", "negated", "asserted"),
    ],
)
def test_a_preparation_keeps_the_time_and_polarity_of_its_own_clause(extractor, text, polarity, modality):
    found = modal_en(extractor, text)
    assert ("KEN", "conductsMilitaryExercise", "UGA", polarity, modality) in found, found


@pytest.mark.parametrize(
    "text, target",
    [
        ("Israel halted its strikes on Gaza.", "PSE"),
        ("Russia ended its strikes on Syrian towns.", "SYR"),
        ("Kenya halted the air strikes on Uganda.", "UGA"),
        ("Kenya stopped its shelling of Uganda.", "UGA"),
    ],
)
def test_stopping_ones_strikes_is_a_de_escalation_toward_the_target(extractor, text, target):
    """Halting a use of force (CAMEO 087, the HaltedForceNouns frames) is neither the force nor
    an easing of restrictions."""
    found = modal_en(extractor, text)
    assert any(f[1] == "withdrawsForcesFrom" and f[2] == target and f[3] == "affirmed" for f in found), found
    assert not any(f[1] in ("easesRestrictionsOn", "attacks") for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Workers halted their strike in Kenya.",
        "Kenyan teachers called off their strike.",
        "Dockworkers suspended their strike against the government.",
    ],
)
def test_workers_stopping_their_strike_is_no_act_between_actors(extractor, text):
    assert modal_en(extractor, text) == set()


def test_workers_staging_a_strike_stay_a_protest(extractor):
    found = modal_en(extractor, "Workers staged a strike in Nairobi.")
    assert any(f[1] == "protests" for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya handed over captured soldiers to Uganda.",
        "Kenya handed over two captured Ugandan soldiers to Uganda.",
        "Kenya handed over the prisoners to Uganda.",
        "Kenya turned over the detainees to Uganda.",
        "Kenya repatriated 30 prisoners of war to Uganda.",
    ],
)
def test_handing_captives_back_is_a_return_not_aid(extractor, text):
    """CAMEO 084 (return, release) to the side they go to."""
    found = modal_en(extractor, text)
    assert ("KEN", "releases", "UGA", "affirmed", "asserted") in found, found
    assert not any(f[1] == "providesAidTo" for f in found), found


@pytest.mark.parametrize(
    "text, relation",
    [
        ("Kenya handed over food to Uganda.", "providesAidTo"),
        ("Kenya handed over three Ugandan suspects to Uganda.", "cooperatesJudiciallyWith"),
        ("Kenya captured two Ugandan soldiers.", "arrests"),
    ],
)
def test_goods_suspects_and_captures_keep_their_reading(extractor, text, relation):
    found = modal_en(extractor, text)
    assert any(f[1] == relation for f in found), found
    assert not any(f[1] == "releases" for f in found), found


@pytest.mark.parametrize(
    "text, target",
    [
        ("Kenya called for sanctions against Sudan.", "SDN"),
        ("Kenya called for sanctions on Uganda.", "UGA"),
        ("Kenya called for new sanctions against Uganda.", "UGA"),
        ("Kenya urged sanctions against Sudan.", "SDN"),
        ("Kenya called for an arms embargo on Sudan.", "SDN"),
        ("Kenya pressed for sanctions on Sudan.", "SDN"),
    ],
)
def test_calling_for_sanctions_against_a_state_threatens_it(extractor, text, target):
    """PETRARCH-2 codes CALL (FOR SANCTIONS) as CAMEO 1312 (threaten with sanctions); the state
    the sanctions are against is the object, not one appealed to."""
    found = modal_en(extractor, text)
    assert ("KEN", "threatens", target, "affirmed", "asserted") in found, found
    assert not any(f[1] in ("appealsTo", "imposesSanctionsOn") for f in found), found


def test_calling_on_a_state_stays_an_appeal_to_it(extractor):
    found = modal_en(extractor, "Kenya called on Uganda to withdraw its troops.")
    assert any(f[1] == "appealsTo" and f[2] == "UGA" for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya called for the lifting of sanctions on Sudan.",
        "Kenya called for an end to the embargo on Sudan.",
    ],
)
def test_calling_for_sanctions_to_end_threatens_no_one(extractor, text):
    assert not any(f[1] == "threatens" for f in modal_en(extractor, text))
