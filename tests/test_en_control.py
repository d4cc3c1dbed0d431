"""English complements whose doer is the governing verb's object (object control), and the
verbs of that shape: one mechanism per test, sentences written for geokg (real pipeline:
``en_core_web_sm``, the gazetteer, the ontology)."""

from __future__ import annotations

import pytest
from helpers import coded_en, require_english_model

require_english_model()

DATE = "2004-10-01"


@pytest.mark.parametrize(
    "text, act",
    [
        ("Kenya stopped Uganda from attacking Somalia.", ("UGA", "attacks", "SOM", "negated")),
        (
            "Kenya prevented Uganda from sending troops to Somalia.",
            ("UGA", "conductsMilitaryExercise", "SOM", "negated"),
        ),
    ],
)
def test_a_gerund_kept_from_happening_is_the_objects_act_not_done(extractor, text, act):
    """ "V X from V-ing": X would have acted and did not; the subject never does the act."""
    found = coded_en(extractor, text, DATE)
    assert act in found, found
    assert not any(f[0] == "KEN" and f[2] == "SOM" for f in found), found


def test_a_gerund_after_an_amount_stays_the_subjects(extractor):
    """ "made millions from selling arms": a gain, not a prevention."""
    found = coded_en(extractor, "Kenya made millions from selling arms to Uganda.", DATE)
    assert ("KEN", "providesMilitaryAidTo", "UGA", "affirmed") in found, found


def test_refraining_stays_the_subjects_own_act(extractor):
    found = coded_en(extractor, "Kenya refrained from attacking Uganda.", DATE)
    assert found == {("KEN", "attacks", "UGA", "negated")}, found


@pytest.mark.parametrize(
    "text, found_too",
    [
        ("Kenya suspects Uganda of arming the rebels.", ("UGA", "providesMilitaryAidTo")),
        ("Kenya suspected Uganda of plotting an attack.", None),
    ],
)
def test_suspecting_an_actor_of_an_act_accuses_it(extractor, text, found_too):
    """ "suspect X of V-ing" is an accusation of X (was: the subject doing the act itself)."""
    found = coded_en(extractor, text, DATE)
    assert ("KEN", "accuses", "UGA", "affirmed") in found, found
    assert not any(f[0] == "KEN" and f[1] != "accuses" for f in found), found
    if found_too:
        assert any(f[:2] == found_too for f in found), found


def test_a_suspected_militant_is_no_accusation(extractor):
    found = coded_en(extractor, "Kenyan police arrested three suspected militants in Nairobi.", DATE)
    assert not any(f[1] == "accuses" for f in found), found


@pytest.mark.parametrize(
    "text, act",
    [
        ("Kenya ordered its troops to attack Uganda.", ("KEN", "attacks", "UGA", "affirmed")),
        ("Kenya ordered its army to withdraw from Somalia.", ("KEN", "withdrawsForcesFrom", "SOM", "affirmed")),
        ("Kenya ordered its police to arrest Ugandan traders.", ("KEN", "arrests", "UGA", "affirmed")),
    ],
)
def test_an_order_to_ones_own_forces_is_ones_own_act_expected(extractor, text, act):
    """The forces carry out the order for whoever gave it: no demand of the order's target."""
    found = coded_en(extractor, text, DATE)
    assert act in found, found
    assert not any(f[1] == "demands" for f in found), found
    got = extractor.extract_text(text, doc_id="t", date=DATE, lang="en")[0]
    assert {a.modality for a in got if a.cameo} == {"expected"}, got


@pytest.mark.parametrize(
    "text, target",
    [
        ("Kenya is preparing to attack Uganda.", "UGA"),
        ("Kenyan troops prepared to begin shelling Ugandan positions.", "UGA"),
        ("Kenya is gearing up to invade Somalia.", "SOM"),
        ("Kenya got ready to attack Uganda.", "UGA"),
    ],
)
def test_getting_ready_for_an_act_of_force_is_a_show_of_force_not_the_act(extractor, text, target):
    """The preparation is done now and aimed at the act's target; the attack has not happened."""
    found = coded_en(extractor, text, DATE)
    assert ("KEN", "conductsMilitaryExercise", target, "affirmed") in found, found
    assert not any(f[1] == "attacks" for f in found), found


def test_getting_ready_for_talks_stays_the_talks(extractor):
    found = coded_en(extractor, "Kenya is preparing to resume talks with Uganda.", DATE)
    assert ("KEN", "negotiatesWith", "UGA", "affirmed") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya forced Uganda to withdraw its troops.",
        "Kenya compelled Uganda to accept the border.",
        "Uganda was forced by Kenya to close its border.",
    ],
)
def test_making_another_act_coerces_it(extractor, text):
    found = coded_en(extractor, text, DATE)
    assert ("KEN", "imposesRestrictionsOn", "UGA", "affirmed") in found, found


def test_the_act_one_is_forced_to_do_is_done_by_the_one_forced(extractor):
    found = coded_en(extractor, "The crisis forced Kenya to seek help from Uganda.", DATE)
    assert ("KEN", "appealsTo", "UGA", "affirmed") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan jets forced a flight to Kampala to land in Nairobi.",  # a plane, not the city
        "Kenyan troops forced their way into the Ugandan embassy.",  # no one made to act
    ],
)
def test_force_with_no_actor_made_to_act_is_no_coercion(extractor, text):
    found = coded_en(extractor, text, DATE)
    assert not any(f[1] == "imposesRestrictionsOn" for f in found), found


@pytest.mark.parametrize(
    "text",
    ["Kenya told Uganda to withdraw its troops.", "Kenya instructed Uganda to release the prisoners."],
)
def test_telling_another_what_to_do_demands_it(extractor, text):
    """Was: Uganda withdrawing, asserted (the act told is not done)."""
    found = coded_en(extractor, text, DATE)
    assert found == {("KEN", "demands", "UGA", "affirmed")}, found


def test_telling_reporters_is_a_report_not_a_demand(extractor):
    found = coded_en(extractor, "Kenya told reporters that Uganda had attacked Kenya.", DATE)
    assert ("UGA", "attacks", "KEN", "affirmed") in found, found
    assert not any(f[1] == "demands" for f in found), found


def test_telling_ones_own_troops_to_attack_is_the_attack_expected(extractor):
    found = coded_en(extractor, "Kenya told its troops to attack Uganda.", DATE)
    assert found == {("KEN", "attacks", "UGA", "affirmed")}, found


@pytest.mark.parametrize(
    "text, relation",
    [
        # an order to another party stays a demand of it
        ("Kenya ordered Uganda to withdraw its troops.", "demands"),
        ("Kenya ordered Ugandan troops to withdraw from Somalia.", "demands"),
        # saying an actor was behind an act accuses it
        ("Kenya said Uganda was behind the attack.", "accuses"),
        ("Kenya said Uganda was responsible for the bombing.", "accuses"),
    ],
)
def test_the_speaker_acts_on_the_party_named(extractor, text, relation):
    found = coded_en(extractor, text, DATE)
    assert ("KEN", relation, "UGA", "affirmed") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said Uganda was behind schedule.",  # no act
        "Kenya said Uganda was responsible for security in the region.",  # a duty, no act
    ],
)
def test_behind_or_responsible_for_no_act_accuses_no_one(extractor, text):
    assert not any(f[1] == "accuses" for f in coded_en(extractor, text, DATE))


@pytest.mark.parametrize(
    "text",
    ["A car bomb went off near a US convoy in Baghdad.", "A roadside bomb exploded near a US patrol in Mosul."],
)
def test_a_state_named_on_a_noun_of_its_own_is_the_target_of_unnamed_bombers(extractor, text):
    """ "a US convoy" is the United States' (as "an American convoy" would be), not the scene."""
    found = coded_en(extractor, text, DATE)
    assert ("IRQ", "carriesOutBombingAgainst", "USA", "affirmed") in found, found


def test_a_city_on_a_noun_is_still_the_scene(extractor):
    found = coded_en(extractor, "A bomb exploded at a Baghdad market.", DATE)
    assert not any(f[1] == "carriesOutBombingAgainst" and f[2] == "IRQ" for f in found), found


@pytest.mark.parametrize(
    "text, let",
    [
        ("Kenya let Ugandan troops cross its territory.", "UGA"),
        ("Kenya will allow Ugandan observers to monitor the elections.", "UGA"),
        ("Kenya allowed UN inspectors into its military sites.", None),
    ],
)
def test_letting_another_act_yields_to_it(extractor, text, let):
    found = coded_en(extractor, text, DATE, ids=True)
    assert any(f[0] == "KEN" and f[1] == "easesRestrictionsOn" and (let is None or f[2] == let) for f in found), found


@pytest.mark.parametrize(
    "text", ["Kenya told reporters Uganda had attacked Kenya.", "Kenya told reporters Uganda would attack Kenya."]
)
def test_a_clause_told_to_reporters_is_no_demand(extractor, text):
    found = coded_en(extractor, text, DATE)
    assert ("UGA", "attacks", "KEN", "affirmed") in found, found
    assert not any(f[1] == "demands" for f in found), found


@pytest.mark.parametrize(
    "text, parties",
    [
        ("Kenya hosted talks between Ethiopia and Eritrea.", {"ETH", "ERI"}),
        ("Kenya will host talks between Ethiopia and Eritrea.", {"ETH", "ERI"}),
        ("Kenya hosted talks with Uganda.", {"UGA"}),
    ],
)
def test_hosting_talks_is_contact_with_their_parties(extractor, text, parties):
    """The talks are the contact's act, not its partner: their "between" or "with" parties are
    (was: hosting with no object, nothing coded)."""
    found = coded_en(extractor, text, DATE)
    assert {f[2] for f in found if f[0] == "KEN" and f[1] == "hosts"} == parties, found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya encouraged Uganda to hold talks with the rebels.",
        "Kenya invited Uganda to join the talks with Ethiopia.",
    ],
)
def test_an_act_another_is_urged_on_to_is_not_done(extractor, text):
    """Was asserted: the one encouraged or invited has not acted yet (the urging itself is an
    appeal, done, as "urged" is: round 15)."""
    got = [a for a in extractor.extract_text(text, doc_id="t", date=DATE, lang="en")[0] if a.cameo]
    assert got and all(a.modality == "expected" or a.relation == "appealsTo" for a in got), got
    assert not any(a.subject.entity.country == "UGA" and a.modality == "asserted" for a in got), got


@pytest.mark.parametrize(
    "text", ["Kenya vowed to destroy the Somali militants.", "Kenya pledged to defeat the Somali militants."]
)
def test_vowing_to_overcome_an_enemy_threatens_it(extractor, text):
    """Was an intent to cooperate with the militants (CAMEO 030)."""
    found = coded_en(extractor, text, DATE)
    assert found == {("KEN", "threatens", "SOM", "affirmed")}, found


@pytest.mark.parametrize(
    "text", ["Kenya destroyed 5 tonnes of seized Ugandan ivory.", "Kenya vowed to destroy its stockpile of arms."]
)
def test_destroying_a_thing_is_no_act_on_its_maker(extractor, text):
    assert not coded_en(extractor, text, DATE)


@pytest.mark.parametrize(
    "text, trainee",
    [("Kenya trained Somali soldiers.", "SOM"), ("Kenya will train Iraqi police officers.", "IRQ")],
)
def test_training_another_states_forces_is_military_aid(extractor, text, trainee):
    found = coded_en(extractor, text, DATE)
    assert ("KEN", "providesMilitaryAidTo", trainee, "affirmed") in found, found


def test_training_ones_own_police_is_no_aid(extractor):
    assert not coded_en(extractor, "Kenya trained its own police.", DATE)


@pytest.mark.parametrize(
    "text, to",
    [
        ("Kenya handed over three Ugandan suspects to Uganda.", "UGA"),
        ("Kenya turned over two terrorism suspects to the United States.", "USA"),
    ],
)
def test_handing_suspects_to_a_state_is_judicial_cooperation_not_aid(extractor, text, to):
    found = coded_en(extractor, text, DATE)
    assert found == {("KEN", "cooperatesJudiciallyWith", to, "affirmed")}, found


@pytest.mark.parametrize(
    "text, target",
    [
        ("Kenya sent troops to attack Uganda.", "UGA"),
        ("Kenya deployed soldiers to fight the rebels in Somalia.", "SOM"),
    ],
)
def test_forces_moved_for_an_act_go_where_its_object_is(extractor, text, target):
    """ "sent troops to attack X": the purpose infinitive's object is where the show of force
    points, when the movement names no destination of its own."""
    found = coded_en(extractor, text, DATE)
    assert ("KEN", "conductsMilitaryExercise", target, "affirmed") in found, found


def test_a_movement_with_a_destination_keeps_it(extractor):
    """The "to" phrase of the movement, not the purpose, is where forces go."""
    found = coded_en(extractor, "Kenya sent troops to Somalia to help Uganda.", DATE)
    assert ("KEN", "conductsMilitaryExercise", "SOM", "affirmed") in found, found
    assert ("KEN", "conductsMilitaryExercise", "UGA", "affirmed") not in found, found
