"""English wrong readings mended, round 13 (branch ``polish``). Sentences written for geokg
(real pipeline: ``en_core_web_sm``, the gazetteer, the ontology).

- a verb of stopping (``gk:StopFoilingCue``) with an act of force under the indefinite article
  and no owner keeps someone else's act from happening ("guards stopped an attack on the
  consulate"): no force halted by the subject, no attack done;
- fire a weapon or shooter qualifies (``gk:WeaponFireCue``: "sniper fire", "mortar fire") is
  gunfire, no blaze: what it kills was attacked by unidentified attackers of the place's state;
- an armed group known by its leader ("X's group", ``gk:FollowerNounCue``; "the group led by
  X") is an armed group of the state where it acts, not of the leader's nationality;
"""

from __future__ import annotations

import pytest
from helpers import modal_en, readings_en, require_english_model

require_english_model()

_FORCE = ("attacks", "carriesOutBombingAgainst", "carriesOutSuicideBombing", "withdrawsForcesFrom")


@pytest.mark.parametrize(
    "text",
    [
        "Jordanian police stopped an attack on the Iraqi embassy in Amman.",
        "Egyptian guards stopped a bombing at a hotel in Cairo.",
    ],
)
def test_stopped_unowned_attack_is_foiled(extractor, text):
    found = modal_en(extractor, text)
    assert not any(f[1] in _FORCE and f[3] == "affirmed" for f in found), found


@pytest.mark.parametrize(
    "text, target",
    [
        ("Turkey stopped its attacks on Syria.", "SYR"),
        ("Turkey halted a military operation in Syria.", "SYR"),
    ],
)
def test_own_force_halted_stays_withdrawn(extractor, text, target):
    # must-not: one's own force halted (possessed, or halted rather than stopped) stays 0874
    found = modal_en(extractor, text)
    assert ("TUR", "withdrawsForcesFrom", target, "affirmed", "asserted") in found, found


@pytest.mark.parametrize(
    "text, sector",
    [
        ("Sniper fire killed three soldiers in Ramadi.", "MIL"),
        ("Mortar fire killed two policemen in Mosul.", "COP"),
    ],
)
def test_weapon_fire_is_an_attack(extractor, text, sector):
    found = readings_en(extractor, text, "subject", "subject_sector", "relation", "object", "object_sector")
    assert ("IRQ", "UAF", "attacks", "IRQ", sector) in found, found


@pytest.mark.parametrize(
    "text",
    ["A fire killed three soldiers in Fallujah.", "A gas explosion killed four miners in Kirkuk."],
)
def test_a_blaze_is_still_no_attack(extractor, text):
    # must-not: fire with no weapon, and an accident, stay deaths with no attacker
    assert not readings_en(extractor, text, "relation"), text


@pytest.mark.parametrize(
    "text",
    [
        "Zarqawi's group seized two Turkish drivers near Tikrit.",
        "A group led by al-Zarqawi seized two Turkish drivers near Tikrit.",
    ],
)
def test_a_leaders_group_is_of_where_it_acts(extractor, text):
    # an armed group known by its Jordanian leader, acting in Iraq, is an Iraqi armed group
    found = readings_en(extractor, text, "subject", "subject_sector", "relation", "object")
    assert ("IRQ", "REB", "abducts", "TUR") in found, found
    assert not any(f[0] == "JOR" for f in found), found


def test_a_state_leaders_party_stays_his(extractor):
    # must-not: a leader of no armed group still stands for his party
    text = "Troops led by the Iraqi defence minister attacked Fallujah."
    found = readings_en(extractor, text, "subject", "subject_sector", "relation")
    assert ("IRQ", "GOV", "attacks") in found, found
