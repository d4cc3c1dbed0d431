"""English: events and statements (issue 13, round 11, branch ``en``). Argument finding that
holds for any verb: a participle the parser reads as a finite verb ("two Danish nurses taken
hostage near Kandahar were freed", "a Dutch reporter held captive by rebels was found") is a
passive whose subject is its patient, never its agent.
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
    "text",
    [
        "Two Danish nurses taken hostage near Kandahar were freed on Friday.",
        "A Danish nurse held hostage by militants in Afghanistan was later found dead.",
    ],
)
def test_a_misread_participle_has_its_subject_as_patient(extractor, text):
    found = _sided(extractor, text)
    assert any(f[0] == "AFG" and f[2] == "abducts" and f[3] == "DNK" for f in found), found
    # must not: the captives as the abductors
    assert not any(f[0] == "DNK" for f in found), found


def test_a_finite_verb_keeps_its_subject_as_agent(extractor):
    # control: a past tense of the same verb, no agent phrase, is active
    found = _sided(extractor, "Gunmen near Kandahar took two Danish nurses hostage on Friday.")
    assert any(f[0] == "AFG" and f[2] == "abducts" and f[3] == "DNK" for f in found), found
    assert not any(f[0] == "DNK" for f in found), found


@pytest.mark.parametrize(
    "text, victim",
    [
        ("Spain condemned the killing of two Portuguese engineers in Afghanistan.", "PRT"),
        ("Chile protested the killing of a Chilean engineer in Afghanistan.", "CHL"),
    ],
)
def test_who_judges_an_act_is_not_its_agent(extractor, text, victim):
    found = _sided(extractor, text)
    # the act stands with unidentified attackers of the place
    assert any(f[0] == "AFG" and f[1] == "UAF" and f[3] == victim for f in found), found
    # must not: the judge as the killer
    judge = "ESP" if text.startswith("Spain") else "CHL"
    assert not any(f[0] == judge and f[2] in ("attacks", "assaults") for f in found), found


def test_a_light_verb_keeps_its_subject_as_agent(extractor):
    # control: "carried out the killing" is the subject's act
    found = _sided(extractor, "Taliban fighters carried out the killing of two Portuguese engineers.")
    assert any(f[1] == "REB" and f[2] == "attacks" and f[3] == "PRT" for f in found), found


@pytest.mark.parametrize(
    "text, speaker, threatened",
    [
        ("Venezuela said it would raise oil prices for Cuba unless Colombia freed the two envoys.", "VEN", "COL"),
        ("Chile said it would recall its navy if Peru did not release the fishermen.", "CHL", "PER"),
        ("Armenia warned that it would review its treaty duties if Azerbaijan attacked Karabakh.", "ARM", "AZE"),
    ],
)
def test_an_act_on_a_condition_another_must_meet_is_a_threat(extractor, text, speaker, threatened):
    found = _sided(extractor, text)
    assert any(f[0] == speaker and f[2] == "threatens" and f[3] == threatened for f in found), found
    # must not: the condition's party as the one who threatens
    assert not any(f[0] == threatened and f[2] == "threatens" for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a condition the other may meet by acting, not by refusing: a promise, no threat
        "Venezuela said it would resume oil shipments to Cuba if Colombia freed the two envoys.",
        # a negated act is no threat
        "Chile said it would not recall its navy unless Peru seized more boats.",
    ],
)
def test_no_threat_without_an_unmet_condition(extractor, text):
    assert not any(f[2] == "threatens" for f in _sided(extractor, text))


@pytest.mark.parametrize(
    "text, accused, relation, target",
    [
        ("Chechen separatists were blamed for the bombing of a Moscow subway train.", "RUS", "attacks", "RUS"),
        ("Syria was accused of arming Hezbollah.", "SYR", "providesMilitaryAidTo", "LBN"),
    ],
)
def test_a_passive_accusation_alleges_the_act_of_the_accused(extractor, text, accused, relation, target):
    found = readings_en(extractor, text, "subject", "relation", "object", "modality", date="2004-10-01")
    assert (accused, relation, target, "alleged") in found, found


def test_a_denied_blame_alleges_nothing(extractor):
    # must not: a blame the text negates is no allegation of the act
    found = _sided(extractor, "Chechen separatists were not blamed for the bombing of a Moscow subway train.")
    assert not any(f[2] == "attacks" for f in found), found


def test_a_negated_accusation_alleges_nothing(extractor):
    found = readings_en(
        extractor, "Chile did not accuse Peru of arming the rebels.", "subject", "relation", "object", "polarity"
    )
    assert ("CHL", "accuses", "PER", "negated") in found, found
    # must not: the arming alleged, affirmed, by an accusation that was not made
    assert not any(f[0] == "PER" for f in found), found


def test_a_clash_of_a_compound_subject_is_between_its_sides(extractor):
    found = _sided(extractor, "Eritrean troops and Ethiopian militiamen traded fire in the border town of Badme.")
    sides = {(f[0], f[3]) for f in found if f[2] == "clashesWith"}
    assert sides & {("ERI", "ETH"), ("ETH", "ERI")}, found
    # must not: either side clashing with the place
    assert not any(f[2] == "clashesWith" and f[4] is None and f[3] in ("ERI", "ETH") for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "A roadside blast wounded three Polish soldiers near Karbala.",
        "An explosion killed two Polish soldiers in Karbala on Sunday.",
    ],
)
def test_a_blast_that_strikes_is_a_bombing(extractor, text):
    found = _sided(extractor, text)
    assert ("IRQ", "UAF", "carriesOutBombingAgainst", "POL", "MIL") in found, found
    # must not: the victims' state as the bomber
    assert not any(f[0] == "POL" for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Eritrean forces seized two Yemeni fishing boats in the Red Sea.",
        "Eritrea confiscated Yemeni fishing equipment.",
    ],
)
def test_property_seized_is_no_occupation(extractor, text):
    found = _sided(extractor, text)
    assert any(f[0] == "ERI" and f[2] == "seizesOrDamagesPropertyOf" and f[3] == "YEM" for f in found), found
    # must not: boats or equipment read as territory occupied
    assert not any(f[2] == "occupies" for f in found), found


def test_a_town_seized_stays_occupied(extractor):
    # control: a place taken is still an occupation
    found = _sided(extractor, "Eritrean forces seized the Yemeni island of Hanish.")
    assert not any(f[2] == "seizesOrDamagesPropertyOf" for f in found), found


def test_a_patrol_noun_is_a_unit_no_show_of_force(extractor):
    found = _sided(extractor, "A bomb went off near a Polish patrol in Karbala.")
    assert ("IRQ", "UAF", "carriesOutBombingAgainst", "POL", None) in found, found
    # must not: the patrol's state showing force
    assert not any(f[2] == "conductsMilitaryExercise" for f in found), found


def test_patrolling_is_still_a_show_of_force(extractor):
    found = _sided(extractor, "Russian warships patrolled the waters off Georgia.")
    assert any(f[0] == "RUS" and f[2] == "conductsMilitaryExercise" and f[3] == "GEO" for f in found), found


@pytest.mark.parametrize(
    "text, relation",
    [
        ("Peru announced its readiness to resume talks with Chile.", "negotiatesWith"),
        ("Peru stated its willingness to hold talks with Chile.", "meetsWith"),
        # the intent's own noun carries the infinitive: the intent yields to the act
        ("Peru expressed its readiness to resume talks with Chile.", "negotiatesWith"),
        ("Peru expressed willingness to hold talks with Chile.", "meetsWith"),
    ],
)
def test_an_act_one_is_ready_to_do_is_expected(extractor, text, relation):
    found = readings_en(extractor, text, "subject", "relation", "object", "modality", date="2004-10-01")
    assert ("PER", relation, "CHL", "expected") in found, found
    # must not: the talks as held
    assert not any(f[3] == "asserted" for f in found if f[1] == relation), found
