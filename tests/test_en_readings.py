"""English readings that were wrong or missing on wire-news shapes, one mechanism per test
(sentences written for geokg; real pipeline: ``en_core_web_sm``, the gazetteer, the ontology)."""

from __future__ import annotations

import pytest
from helpers import labelled_en, require_english_model

require_english_model()


@pytest.mark.parametrize(
    "text",
    [
        "Japan relaxed its sanctions on Iran.",
        "Japan relaxed the sanctions on Iran.",
        "Japan eased its sanctions on Iran.",
    ],
)
def test_a_possessive_on_a_stopped_act_names_its_agent_not_the_target(extractor, text):
    """The verb stops its object's act: the noun is the trigger's, its possessor its agent (the
    subject), the target the noun's "on" phrase."""
    found = labelled_en(extractor, text)
    assert ("Japan", "easesSanctionsOn", "Iran", "Country") in found, found


@pytest.mark.parametrize(
    "text, relation",
    [
        ("Israeli air strikes hit Hezbollah positions.", "carriesOutAirstrikeOn"),
        ("Israeli airstrikes hit Hezbollah positions.", "carriesOutAirstrikeOn"),
        # the subject names no means: the frame's code stands
        ("Israeli troops hit Hezbollah positions.", "clashesWith"),
    ],
)
def test_a_subject_naming_the_means_of_force_gives_its_code(extractor, text, relation):
    """ "hit positions" codes the target (193); an air strike as subject is the means (195)."""
    found = labelled_en(extractor, text)
    assert any(f[1] == relation and f[2] == "Hezbollah" for f in found), found
    assert len({f[1] for f in found}) == 1, found


@pytest.mark.parametrize(
    "text, target",
    [
        ("A suicide bomber blew himself up among Afghan policemen in Kandahar.", "police (Afghanistan)"),
        ("A suicide bomber blew himself up among army recruits in Kabul.", "army (Afghanistan)"),
    ],
)
def test_a_bombing_among_a_party_targets_the_party_not_the_town(extractor, text, target):
    found = labelled_en(extractor, text)
    assert {f[2] for f in found if f[1] == "carriesOutBombingAgainst"} == {target}, found


@pytest.mark.parametrize(
    "text, state",
    [
        ("Uganda accused Congo of arming militias.", "Congo - Kinshasa"),
        ("Uganda accused the Democratic Republic of Congo of arming militias.", "Congo - Kinshasa"),
        ("Uganda accused the Republic of Congo of arming militias.", "Congo - Brazzaville"),
        ("Uganda accused Congo Republic of arming militias.", "Congo - Brazzaville"),
        ("Uganda accused Congo-Brazzaville of arming militias.", "Congo - Brazzaville"),
    ],
)
def test_bare_congo_is_the_democratic_republic(extractor, text, state):
    """ "Congo" alone in wire news after 1997 is the DRC; the other is named in full."""
    found = labelled_en(extractor, text)
    assert ("Uganda", "accuses", state, "Country") in found, found


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Tamil rebels attacked Sri Lankan troops.", "rebels (Sri Lanka)"),
        ("Tamil Tiger rebels attacked Sri Lankan troops.", "Tamil Tigers"),
    ],
)
def test_tamil_rebels_are_sri_lankas(extractor, text, actor):
    found = labelled_en(extractor, text, typed="subject")
    assert any(f[0] == actor and f[1] == "attacks" for f in found), found


def test_tamil_nadu_stays_indias(extractor):
    found = labelled_en(extractor, "The chief minister of Tamil Nadu criticized Sri Lanka.", typed="subject")
    assert {f[0] for f in found} and all("India" in f[0] for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Moscow returned its ambassador to Georgia.",
        "Moscow sent an ambassador to Georgia.",
    ],
)
def test_a_diplomat_sent_goes_to_the_partner(extractor, text):
    """The frame's noun (the ambassador) and its owner are no partner; the "to" phrase is."""
    found = labelled_en(extractor, text)
    assert ("Russia", "cooperatesDiplomaticallyWith", "Georgia", "Country") in found, found


def test_a_region_of_no_state_is_neither_the_west_nor_the_scene(extractor):
    """ "West African" is a region's adjective: not the bloc "the West", and the leaders it
    describes are not the government of the state they criticise."""
    assert not labelled_en(extractor, "West African leaders criticized Togo.")
    assert not labelled_en(extractor, "Ghana opened its borders to West Africans.")


def test_a_body_whose_state_only_the_context_gave_is_no_party_of_that_state(extractor):
    """ "the tribunal" has no state written: the state's own judiciary is no guess to code."""
    found = labelled_en(extractor, "Croatia refused to hand over the general to the tribunal.")
    assert not any(f[2] and "Croatia" in f[2] for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Norway sent aid workers to the region.",
        "Norway sent aid workers to the region after the floods in Pakistan.",
    ],
)
def test_the_people_aid_sends_are_no_recipient(extractor, text):
    """A "to" phrase that names no party leaves the aid without a recipient: never the workers
    sent (with the scene's state or the sender's own)."""
    assert not any(f[1] == "providesAidTo" for f in labelled_en(extractor, text))


def test_aid_sent_to_a_state_still_goes_to_it(extractor):
    found = labelled_en(extractor, "Norway sent aid workers to Pakistan.")
    assert ("Norway", "providesAidTo", "Pakistan", "Country") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Burundi accused its neighbour of supporting rebels.",
        "Burundi accused the exiled colonel of arming rebels.",
    ],
)
def test_the_charge_of_an_accusation_names_no_accused(extractor, text):
    """The accused is the verb's object; the people the alleged act concerns are not accused."""
    found = labelled_en(extractor, text)
    assert not any(f[1] == "accuses" and f[2] and "rebels" in f[2] for f in found), found


def test_an_accused_state_stays_accused(extractor):
    found = labelled_en(extractor, "Burundi accused Rwanda of supporting rebels.")
    assert ("Burundi", "accuses", "Rwanda", "Country") in found, found


def test_a_real_condition_still_names_the_threatened(extractor):
    found = labelled_en(extractor, "The United States will impose sanctions if Syria says no.")
    assert ("United States", "threatens", "Syria", "Country") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Ottawa reminded Syria that it must let aid convoys pass.",
        "Ottawa issued a firm reminder to Syria that it must let aid convoys pass.",
    ],
)
def test_a_reminder_that_another_must_act_is_a_demand_never_the_act(extractor, text):
    found = labelled_en(extractor, text)
    assert any(f[1] == "demands" and f[2] == "Syria" for f in found), found
    assert not any(f[0] == "Syria" for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Two textile firms, both run by a Pakistani tycoon, said they had agreed to cooperate with a Turkish company.",
        "Two textile firms run by a Pakistani tycoon said they had agreed to cooperate with a Turkish company.",
    ],
)
def test_they_after_a_plural_speaker_we_cannot_link_is_that_speaker(extractor, text):
    """ "X said they ...": "they" are the speakers, never a state named earlier (Pakistan)."""
    assert not any(f[0] == "Pakistan" for f in labelled_en(extractor, text, typed="subject"))


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of students staged demonstrations in Manila to demand reforms by the government.",
    ],
)
def test_what_a_protest_demands_is_the_protest(extractor, text):
    found = labelled_en(extractor, text)
    assert any(f[1] == "protests" for f in found), found
    assert not any(f[1] == "demands" for f in found), found


def test_a_demand_of_its_own_stays(extractor):
    found = labelled_en(extractor, "Iran demanded that Britain release the sailors.")
    assert ("Iran", "demands", "United Kingdom", "Country") in found, found


@pytest.mark.parametrize(
    "text, group",
    [
        ("A Hezbollah official criticized Israel.", "Hezbollah"),
        ("A senior Fatah official praised Egypt.", "Fatah"),
    ],
)
def test_an_official_of_a_named_group_is_the_group(extractor, text, group):
    found = labelled_en(extractor, text, typed="subject")
    assert {f[0] for f in found} == {group}, found


@pytest.mark.parametrize(
    "text, modality",
    [
        ("Ugandan rebels announced that the president must agree to reforms before they demobilize.", "expected"),
        # a past "before" clause happened
        ("The rebels attacked the town before they withdrew from Uganda.", "asserted"),
    ],
)
def test_an_act_before_which_another_must_happen_is_not_done(extractor, text, modality):
    found = extractor.extract_text(text, doc_id="t", date="2005-03-01", lang="en")[0]
    retreat = [a for a in found if a.relation == "withdrawsForcesFrom"]
    assert retreat and all(a.modality == modality for a in retreat), [(a.relation, a.modality) for a in found]


@pytest.mark.parametrize("text", ["Chad agreed to send troops to Mali.", "Chad plans to deploy troops in Mali."])
def test_a_deployment_agreed_or_planned_is_the_posture_expected_never_a_threat(extractor, text):
    """A show of force announced is still the posture (gk:forcePosture), not a threat."""
    found = extractor.extract_text(text, doc_id="t", date="2005-03-01", lang="en")[0]
    got = {(a.relation, a.modality) for a in found}
    assert got == {("conductsMilitaryExercise", "expected")}, got


@pytest.mark.parametrize("text", ["Chad threatened to send troops to Mali.", "Chad vowed to crush the rebels."])
def test_a_threat_to_deploy_and_a_vow_to_crush_stay_threats(extractor, text):
    assert {f[1] for f in labelled_en(extractor, text)} == {"threatens"}


@pytest.mark.parametrize(
    "text, speakers",
    [
        ("Chad protested and said that Sudan shelled its border posts.", True),
        ("Chad said that Sudan shelled its border posts.", True),
        ("Chad closed the border after saying that Sudan had bombed its villages.", True),
        # controls: "its own" says so; not an assault (the ambassador recalled is the subject's
        # own); the speaker is no state
        ("Chad said that Sudan shelled its own villages.", False),
        ("Chad said that Sudan recalled its ambassador.", False),
        ("Amnesty International said that Sudan shelled its villages.", False),
    ],
)
def test_its_target_of_an_assault_a_state_reports_is_the_speakers(extractor, text, speakers):
    """No state attacks its own posts: "its" is the reporting state's, and the claim is kept."""
    found = extractor.extract_text(text, doc_id="t", date="2005-03-01", lang="en")[0]
    got = {(a.subject.entity.country, a.relation, a.object.entity.country, a.modality) for a in found}
    if speakers:
        assert ("SDN", "attacks", "TCD", "reported") in got, got
    else:
        assert not {g for g in got if g[0] == "SDN"}, got


def test_a_claim_reported_after_saying_is_an_event_of_its_own(extractor):
    found = labelled_en(extractor, "Chad closed the border after saying that Sudan attacked Chad.")
    assert ("Sudan", "attacks", "Chad", "Country") in found, found


@pytest.mark.parametrize(
    "text, target",
    [
        ("Kenya will send peacekeepers to Haiti.", "Haiti"),
        ("Ethiopia deployed peacekeeping troops in Somalia.", "Somalia"),
        ("Rwanda dispatched a peacekeeping force to the Central African Republic.", "Central African Republic"),
        ("Ghana sent a peacekeeping mission to Mali.", "Mali"),
        ("Uganda will contribute to the peacekeeping mission in Somalia.", "Somalia"),
    ],
)
def test_peacekeepers_sent_are_military_protection_of_the_host(extractor, text, target):
    """CAMEO 074: the state the peacekeepers go to is protected, not faced with a show of force."""
    found = labelled_en(extractor, text)
    assert {(r, o) for _, r, o, _ in found} == {("providesMilitaryProtectionTo", target)}, found


@pytest.mark.parametrize(
    "text, relation",
    [
        # controls: troops with no peace word stay a deployment (150); peacekeepers as an actor
        ("Russia sent troops to Syria.", "conductsMilitaryExercise"),
        ("India deployed troops near the border with China.", "conductsMilitaryExercise"),
        ("Militants attacked African Union peacekeepers in Somalia.", "attacks"),
    ],
)
def test_troops_without_a_peace_word_and_peacekeepers_acting_are_no_peacekeeping(extractor, text, relation):
    assert {f[1] for f in labelled_en(extractor, text)} == {relation}


@pytest.mark.parametrize(
    "text, relation",
    [
        ("Ugandan rebels waged war against the Congolese government.", "attacks"),
        ("Ugandan rebels are waging war against the Congolese government.", "attacks"),
        ("Angry teachers staged strikes in Accra against the ruling party's leader.", "protests"),
    ],
)
def test_a_verb_in_e_is_not_read_as_its_stem_without_the_e(extractor, text, relation):
    """ "waged", "staging": the lemmatizer read "wag" and "stag" (both verbs too), which double
    their consonant ("wagged"); the trigger "wage war", "stage strike" is the verb in -e."""
    found = labelled_en(extractor, text)
    assert found and {f[1] for f in found} == {relation}, found


@pytest.mark.parametrize(
    "text, target",
    [
        ("Students launched strikes against the Kenyan government.", "government (Kenya)"),
        ("Nigerian workers began a strike against the government.", "government (Nigeria)"),
    ],
)
def test_a_strike_of_workers_or_students_is_a_protest(extractor, text, target):
    """The noun "strike" done by people of no armed force or state organ (gk:StrikeCue)."""
    found = labelled_en(extractor, text)
    assert {(f[1], f[2]) for f in found} == {("protests", target)}, found


@pytest.mark.parametrize(
    "text",
    ["Workers launched a strike in Lagos.", "Workers went on strike in Lagos.", "Nigerian workers began a strike."],
)
def test_a_strike_of_workers_against_no_one_named_is_a_protest_of_their_government(extractor, text):
    """Never an attack on the place; whichever trigger finds it, the government of the strikers'
    state is the protest's target (``gk:protests gk:impliedTarget``, as Arabic codes a strike)."""
    assert {(f[1], f[2]) for f in labelled_en(extractor, text)} == {("protests", "government (Nigeria)")}


@pytest.mark.parametrize(
    "text, relation, target",
    [
        ("Israeli air strikes hit Gaza.", "carriesOutAirstrikeOn", "Gaza Strip"),
        ("The Syrian army launched strikes on rebel positions near Aleppo.", "attacks", "rebels (Syria)"),
        ("Israel launched strikes on Gaza.", "attacks", "Gaza Strip"),
    ],
)
def test_strikes_of_a_state_or_an_army_stay_attacks(extractor, text, relation, target):
    found = labelled_en(extractor, text)
    assert {(f[1], f[2]) for f in found} == {(relation, target)}, found


@pytest.mark.parametrize(
    "text",
    [
        "The EU gave Iran a warning.",
        "The EU sent a warning to Iran.",
        "The EU's warning to Iran was clear.",
        "Iran got a warning from the EU.",
        "Iran received a warning from the EU.",
    ],
)
def test_a_warning_given_or_received_is_the_givers_threat(extractor, text):
    """The noun "warning" (gk:WarningCue): the recipient is its object, whether given to it or
    received by it (gk:ReceivingCue), never its agent."""
    assert labelled_en(extractor, text) == {("European Union", "threatens", "Iran", "Country")}


@pytest.mark.parametrize(
    "text", ["The UN issued a warning about famine in Somalia.", "Farmers in Kenya heard warnings of a drought."]
)
def test_a_warning_with_no_one_warned_is_no_threat(extractor, text):
    assert labelled_en(extractor, text) == set()
