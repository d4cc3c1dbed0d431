"""English: violence told by its victims (issue 13, round 10, argument finding). Whoever dies in
an attack is its target, never an agent that blocks the unidentified attackers ("two soldiers
died in a bomb attack"); a relative pronoun standing for the act names no agent ("an attack that
killed two soldiers"); the victims of a clash are one of its sides, in the passive as after
"died in" ("were killed in clashes with militants"); and PETRARCH-2's patterns that read the dead
as a clash's attackers, or battling insurgents as cooperating with them, are left out.
Sentences written for geokg (real pipeline: ``en_core_web_sm``, the gazetteer, the ontology)."""

from __future__ import annotations

import pytest
from helpers import readings_en, require_english_model

require_english_model()


def _sided(extractor, text: str) -> set[tuple]:
    """(subject country, subject sector, relation, object country, object sector) per assertion."""
    return readings_en(
        extractor,
        text,
        "subject",
        "subject_sector",
        "relation",
        "object",
        "object_sector",
        date="2004-10-01",
        coded_only=False,
    )


@pytest.mark.parametrize(
    "text, relation",
    [
        ("Four Dutch soldiers died in a bomb attack outside Kandahar.", "carriesOutBombingAgainst"),
        ("Four Dutch soldiers died in a roadside bombing outside Kandahar.", "attacks"),
        ("Three Canadian engineers perished in an ambush near Kandahar.", "attacks"),
    ],
)
def test_who_dies_in_an_attack_is_its_target(extractor, text, relation):
    found = _sided(extractor, text)
    target = "NLD" if "Dutch" in text else "CAN"
    assert any(f[0] == "AFG" and f[1] == "UAF" and f[2] == relation and f[3] == target for f in found), found
    # must not: the victims' state as the attacker
    assert not any(f[0] == target for f in found), found


def test_a_named_attacker_still_stands(extractor):
    # control: "by X" names the attacker; no unidentified one
    found = _sided(extractor, "Four Dutch soldiers died in an attack by Taliban fighters near Kandahar.")
    assert any(f[1] == "REB" and f[2] == "attacks" and f[3] == "NLD" for f in found), found
    assert not any(f[1] == "UAF" for f in found), found


def test_dying_in_no_act_of_force_is_nothing(extractor):
    # must not: an accident is no attack
    assert _sided(extractor, "Four Dutch soldiers died in a helicopter accident near Kandahar.") == set()


def test_a_relative_pronoun_for_the_act_names_no_agent(extractor):
    found = _sided(extractor, "A rocket attack that wounded six Danish soldiers near Basra was claimed by nobody.")
    assert any(f[0] == "IRQ" and f[1] == "UAF" and f[3] == "DNK" for f in found), found
    assert not any(f[0] == "DNK" for f in found), found


def test_a_relative_pronoun_for_the_attackers_keeps_them(extractor):
    # control: "who" stands for the rebels, who are named
    found = _sided(extractor, "Rebels who stormed a police post in Mosul killed six Iraqi policemen.")
    assert any(f[0] == "IRQ" and f[1] == "REB" and f[3] == "IRQ" and f[4] == "COP" for f in found), found
    assert not any(f[1] == "UAF" for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Nine Pakistani soldiers were killed in clashes with tribal militants in North Waziristan.",
        "Nine Pakistani soldiers died in clashes with tribal militants in North Waziristan.",
        "Nine Pakistani soldiers died in fighting with tribal militants in North Waziristan.",
    ],
)
def test_the_victims_of_a_clash_are_one_side(extractor, text):
    found = _sided(extractor, text)
    assert ("PAK", "MIL", "clashesWith", "PAK", "REB") in found, found
    # must not: the dead as the attackers of no one, or the militants as the army's own
    assert not any(f[1] == "MIL" and f[2] == "attacks" for f in found), found


def test_battling_insurgents_is_no_cooperation(extractor):
    found = _sided(extractor, "British troops battled insurgents in the southern city of Basra.")
    assert not any(f[2] == "cooperatesMilitarilyWith" for f in found), found
    assert any(f[0] == "GBR" and f[3] == "IRQ" and f[4] == "REB" for f in found), found


@pytest.mark.parametrize(
    "text, target",
    [
        ("Ethiopian troops killed three of the Eritrean soldiers near the border town of Badme.", "ERI"),
        ("Gunmen seized two of the Nepalese cooks in Baghdad.", "NPL"),
    ],
)
def test_a_part_counted_out_of_a_whole_is_the_whole(extractor, text, target):
    found = _sided(extractor, text)
    assert any(f[3] == target for f in found), found


def test_a_counted_part_of_the_accusers_own(extractor):
    # "its" inside the charge is the accuser's, through "three of"
    found = _sided(extractor, "Eritrea accused Ethiopia of killing three of its soldiers.")
    assert any(f[0] == "ETH" and f[2] == "attacks" and f[3] == "ERI" for f in found), found
    # must not: Ethiopia killing its own soldiers
    assert not any(f[0] == "ETH" and f[2] == "attacks" and f[3] == "ETH" for f in found), found


def test_force_on_a_place_another_holds_strikes_the_holder(extractor):
    found = _sided(extractor, "Islamist fighters shelled Baidoa, held by Kenyan troops.")
    assert any(f[2] == "attacks" and f[3] == "KEN" and f[4] == "MIL" for f in found), found
    # must not: the holder as the attacker
    assert not any(f[0] == "KEN" for f in found), found


def test_a_place_with_no_holder_stays_the_target(extractor):
    # control: a participle of another sense ("visited by") names no holder
    found = _sided(extractor, "Rebels shelled the town of Baidoa, visited by Kenyan officials.")
    assert any(f[2] == "attacks" and f[3] == "SOM" for f in found), found
    assert not any(f[3] == "KEN" for f in found), found


def test_a_holder_in_a_passive_relative_clause_is_struck(extractor):
    found = _sided(extractor, "Islamist fighters shelled Baidoa, which is controlled by Kenyan troops.")
    assert any(f[2] == "attacks" and f[3] == "KEN" and f[4] == "MIL" for f in found), found
    assert not any(f[0] == "KEN" for f in found), found
