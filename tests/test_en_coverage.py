"""English: argument attachment and trigger coverage for acts stated through their nouns, on
sentences written for geokg (real pipeline: ``en_core_web_sm``, the gazetteer, the ontology)."""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import coded_en, require_english_model

require_english_model()


def coded(extractor: Extractor, text: str) -> set[tuple]:
    """(subject country or id, relation, object country or id or None, polarity) of every assertion."""
    return coded_en(extractor, text, "2010-03-01", ids=True)


@pytest.mark.parametrize(
    "text, subject, target",
    [
        ("Kenya renewed its demand that Uganda reopen the border crossing.", "KEN", "UGA"),
        ("Peru reiterated its demand that Chile withdraw the patrol boats.", "PER", "CHL"),
    ],
)
def test_a_demand_owned_by_its_subject_targets_whom_its_clause_names(extractor, text, subject, target):
    """ "reiterated its demand that X ...": the possessive names the demander itself, so the
    target is the subject of the clause on the demand noun, not nobody."""
    assert (subject, "demands", target, "affirmed") in coded(extractor, text)


@pytest.mark.parametrize(
    "text, subject, target",
    [
        ("Syria expelled the International Atomic Energy Agency's monitors in March.", "SYR", "Q41984"),
        ("Eritrea threw the United Nations observers out of the country.", "ERI", "Q1065"),
        ("Myanmar forced the UN refugee agency out of its border regions.", "MMR", "Q132551"),
    ],
)
def test_expelling_an_international_presence_cuts_relations(extractor, text, subject, target):
    """Expelling inspectors, observers, peacekeepers or aid agencies is CAMEO 166 (expel or
    withdraw), a cut in relations with their sender, not the expulsion of persons (174); "out"
    read by the parser as a preposition is still the particle of "throw out", and a noun is known
    by its nearest compound ("refugee agency")."""
    found = coded(extractor, text)
    assert (subject, "reducesRelationsWith", target, "affirmed") in found
    assert not any(r == "expels" for _, r, _, _ in found)


def test_expelling_persons_is_still_an_expulsion(extractor):
    found = coded(extractor, "Egypt expelled three Israeli journalists on Monday.")
    assert ("EGY", "expels", "ISR", "affirmed") in found
    assert not any(r == "reducesRelationsWith" for _, r, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Nepali government lifted the curfew imposed on Kathmandu.",
        "The Nepali government shortened the overnight curfew imposed in Kathmandu.",
    ],
)
def test_easing_a_restriction_described_by_its_participle_is_no_imposition(extractor, text):
    """ "lifted the curfew imposed on X": the participle describes the curfew; lifting it is
    easing (CAMEO 081) on the place the participle names, never an imposition by the lifter."""
    found = coded(extractor, text)
    assert ("NPL", "easesRestrictionsOn", "NPL", "affirmed") in found
    assert not any(r == "imposesRestrictionsOn" for _, r, _, _ in found)


def test_a_restriction_named_by_its_participle_has_no_agent_in_the_clause(extractor):
    """Whoever criticises "the curfew imposed on X" did not impose it."""
    found = coded(extractor, "Amnesty International criticized the curfew imposed on Kathmandu.")
    assert not any(r == "imposesRestrictionsOn" for _, r, _, _ in found)


@pytest.mark.parametrize(
    "text, subject, target",
    [
        ("Syrian troops remained on high alert in Lebanon on Friday.", "SYR", "LBN"),
        ("Egypt put its forces on alert in Sinai.", "EGY", "EGY"),
    ],
)
def test_forces_on_alert_show_military_power_where_they_are(extractor, text, subject, target):
    """Forces kept or put on alert show military power (CAMEO 15), the place their object."""
    assert (subject, "conductsMilitaryExercise", target, "affirmed") in coded(extractor, text)


@pytest.mark.parametrize(
    "text, subject, target",
    [
        ("Jordanian army aircraft evacuated the wounded from northern Syria.", "JOR", "SYR"),
        ("Greek ships evacuated the injured from the Libyan port of Benghazi.", "GRC", "LBY"),
    ],
)
def test_evacuating_the_wounded_is_humanitarian_aid(extractor, text, subject, target):
    """ "the wounded", "the injured" (participles standing for people) are people evacuated:
    humanitarian aid to the place's state, not a withdrawal from it, nor an attack."""
    found = coded(extractor, text)
    assert (subject, "providesHumanitarianAidTo", target, "affirmed") in found
    assert not any(r in ("withdrawsForcesFrom", "attacks") for _, r, _, _ in found)


@pytest.mark.parametrize(
    "text, subject, target",
    [
        ("Armenia is preparing a new ground offensive on Azerbaijani positions.", "ARM", "AZE"),
        ("The Ethiopian army prepared for an invasion of Eritrea.", "ETH", "ERI"),
    ],
)
def test_preparing_an_offensive_is_a_posture_not_the_offensive(extractor, text, subject, target):
    """An offensive being prepared has not happened: a show of military posture (CAMEO 15)
    toward its target, never an attack."""
    found = coded(extractor, text)
    assert (subject, "conductsMilitaryExercise", target, "affirmed") in found
    assert not any(r in ("attacks", "occupies") for _, r, _, _ in found)


def test_launching_an_offensive_is_still_an_attack(extractor):
    found = coded(extractor, "Armenia launched a major offensive against the Azerbaijani forces.")
    assert ("ARM", "attacks", "AZE", "affirmed") in found


def test_a_passive_with_its_own_agent_is_no_outcome_of_the_event_it_names(extractor):
    """ "indicted by a court for his part in the fighting": the indictment is the court's act,
    not what the fighting did to him (as "wounded in a bomb attack" is)."""
    text = (
        "A former Bosnian army general has been indicted by the International Criminal Court"
        " for his suspected role in killings during the war against Serb units."
    )
    found = coded(extractor, text)
    assert any(r == "accuses" and o == "BIH" for _, r, o, _ in found)


def test_an_object_moved_after_its_as_phrase_is_the_object(extractor):
    """ "denounced as a grave crime Serbia's crackdown on X": the parser hangs the heavy object
    on the "as" phrase as an apposition; it is the verb's object all the same."""
    text = "Croatia on Monday denounced as a grave crime Serbia's crackdown on the protesters in Vojvodina."
    assert ("HRV", "criticizes", "SRB", "affirmed") in coded(extractor, text)


def test_a_name_with_a_plural_possessive_is_linked(extractor):
    """ "Kurdistan Workers' Party": the tokenizer splits "Workers'" as it splits "People's"; the
    gazetteer's name is found all the same (not an unknown organisation of no state)."""
    found = coded(extractor, "The Kurdistan Workers' Party attacked an Iraqi border post.")
    assert ("TUR", "attacks", "IRQ", "affirmed") in found


@pytest.mark.parametrize(
    "text, subject, target",
    [
        ("Ahmed Karimov, Uzbekistan's most prominent rights activist, staged a hunger strike to protest "
         "against abuses by the Uzbek police.", "UZB", "UZB"),
        ("A Chinese dissident staged a protest against the Chinese government in Hong Kong.", "CHN", "CHN"),
    ],
)  # fmt: skip
def test_an_activist_or_dissident_is_a_person_of_their_state(extractor, text, subject, target):
    """The singular "activist" and "dissident" are group nouns as their plurals are; in
    apposition they give an unknown name its state."""
    assert (subject, "protests", target, "affirmed") in coded(extractor, text)


@pytest.mark.parametrize(
    "text, subject, target",
    [
        ("China lodged a protest with Japan over the visit.", "CHN", "JPN"),
        ("Armenia lodged a complaint with Azerbaijan over the shooting.", "ARM", "AZE"),
    ],
)
def test_a_complaint_lodged_with_an_actor_over_an_event_targets_the_actor(extractor, text, subject, target):
    """The event named after "over" is the reason; whom the protest or complaint is lodged with
    is its target (as "condemned Minsk over the crackdown" targets Minsk)."""
    assert (subject, "criticizes", target, "affirmed") in coded(extractor, text)


@pytest.mark.parametrize(
    "text, subject, target",
    [
        ("Sudan mobilized troops along the border with Chad.", "SDN", "TCD"),
        ("Sudan has massed thousands of troops on its border with Chad.", "SDN", "TCD"),
        ("Turkey deployed tanks on Syria's border.", "TUR", "SYR"),
    ],
)
def test_a_show_of_force_on_a_border_aims_at_the_other_side(extractor, text, subject, target):
    """Forces massed or mobilised on a border are shown to the state across it; the subject's
    own forces are what it shows, never the target."""
    found = coded(extractor, text)
    assert (subject, "conductsMilitaryExercise", target, "affirmed") in found
    assert (subject, "conductsMilitaryExercise", subject, "affirmed") not in found


def test_a_light_verbs_event_noun_against_a_stateless_group_hits_the_states_own(extractor):
    """ "launched an offensive against militants": militants named without a state are the
    attacker's state's, as with a verb ("attacked militants"), also when the preposition hangs
    on the event noun."""
    found = coded(extractor, "The Nigerian army launched an offensive against militants on Monday.")
    assert ("NGA", "attacks", "NGA", "affirmed") in found


@pytest.mark.parametrize(
    "text",
    [
        "Niger and Mali accused each other of arming the rebels.",
        "Niger and Mali blamed one another for the clashes.",
    ],
)
def test_an_act_done_to_each_other_goes_both_ways(extractor, text):
    """ "X and Y accused each other": each accuses the other, a reason after "for" or "of"
    notwithstanding."""
    found = coded(extractor, text)
    assert {("NER", "accuses", "MLI", "affirmed"), ("MLI", "accuses", "NER", "affirmed")} <= found


def test_the_red_cross_is_the_international_committee(extractor):
    """ "the Red Cross" (and its officials) is the ICRC, an organisation of no state, never the
    government of the place it works in."""
    found = coded(extractor, "The Red Cross said Ethiopian troops must allow ambulances into the town.")
    assert ("icrc", "demands", "ETH", "affirmed") in found


def test_a_frame_nouns_own_preposition_on_the_verb_names_the_target(extractor):
    """ "suspended aid to Sudan" with "to Sudan" hung on the verb: the preposition is the aid's,
    and Sudan the target of the cut."""
    found = coded(extractor, "The World Bank suspended aid to Sudan.")
    assert ("Q7164", "reducesRelationsWith", "SDN", "affirmed") in found


@pytest.mark.parametrize(
    "text, kept, never",
    [
        ("Norway cut economic aid to Zimbabwe.", "reducesRelationsWith", "providesEconomicAidTo"),
        ("Norway slashed military aid to Zimbabwe.", "reducesRelationsWith", "providesMilitaryAidTo"),
        ("Norway provided humanitarian aid to Zimbabwe.", "providesHumanitarianAidTo", "reducesRelationsWith"),
    ],
)
def test_a_verb_that_cuts_an_act_is_never_the_act(extractor, text, kept, never):
    """ "cut economic aid" is a cut in relations (CAMEO 162), not aid: the frame that gives the
    noun another kind of act wins over the noun's own finer trigger, which still wins where the
    verb's frame is of the same kind ("provided humanitarian aid")."""
    found = coded(extractor, text)
    assert ("NOR", kept, "ZWE", "affirmed") in found
    assert not any(r == never for _, r, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia resisted new sanctions on Peru.",
        "Egypt avoided talks with Libya.",
        "Jordanian police thwarted an attack on the Syrian embassy.",
    ],
)
def test_an_act_a_verb_keeps_from_happening_is_not_its_subjects(extractor, text):
    """Resisting sanctions, avoiding talks or thwarting an attack is no sanction, meeting or
    attack by whoever resists, avoids or thwarts it."""
    assert not [f for f in coded(extractor, text) if f[3] == "affirmed"]


@pytest.mark.parametrize("text", ["Syria refrained from attacking Israel.", "Syria avoided attacking Israel."])
def test_an_act_refrained_from_is_negated(extractor, text):
    assert ("SYR", "attacks", "ISR", "negated") in coded(extractor, text)


def test_ending_an_occupation_is_de_escalation_not_occupation(extractor):
    """ "ended its occupation of X": de-escalation from X (CAMEO 087), never an occupation."""
    found = coded(extractor, "Syria ended its occupation of northern Lebanon.")
    assert ("SYR", "withdrawsForcesFrom", "LBN", "affirmed") in found
    assert not any(r == "occupies" for _, r, _, _ in found)


@pytest.mark.parametrize(
    "text, relation, target",
    [
        ("Norway supplied weapons and ammunition to the Malian army.", "providesMilitaryAidTo", "MLI"),
        ("Norway sent food and medicine to Mali.", "providesHumanitarianAidTo", "MLI"),
    ],
)
def test_giving_weapons_or_relief_goods_is_aid(extractor, text, relation, target):
    """Weapons given to another are military aid (CAMEO 072), food and medicine humanitarian aid
    (073), to whom the "to" phrase names."""
    assert ("NOR", relation, target, "affirmed") in coded(extractor, text)


def test_tanks_sent_to_a_border_are_no_arms_supply(extractor):
    found = coded(extractor, "Turkey sent tanks to the Syrian border.")
    assert not any(r == "providesMilitaryAidTo" for _, r, _, _ in found)


def test_a_frame_noun_is_known_with_its_adjective(extractor):
    """ "aerial photographs" (an adjective, not a compound) is the frame noun "aerial photograph"
    of the peer's "provide aerial photographs" (military aid)."""
    found = coded(extractor, "Britain is providing aerial photographs to Chad.")
    assert ("GBR", "providesMilitaryAidTo", "TCD", "affirmed") in found


def test_each_conjunct_of_the_object_can_select_the_frame(extractor):
    found = coded(extractor, "Norway provided training and weapons to the Malian army.")
    assert ("NOR", "providesMilitaryAidTo", "MLI", "affirmed") in found


@pytest.mark.parametrize(
    "text",
    ["Norway bought gas from Algeria.", "Norway purchased two tankers of gas from Algeria."],
)
def test_a_purchase_from_another_is_economic_cooperation(extractor, text):
    found = coded(extractor, text)
    assert any(r == "cooperatesEconomicallyWith" and {s, o} == {"NOR", "DZA"} for s, r, o, _ in found)


def test_traded_blame_or_fire_is_no_trade(extractor):
    """Two sides that trade blame accuse, that trade fire clash: never trade partners."""
    blame = coded(extractor, "Armenia and Azerbaijan traded blame for the shelling.")
    fire = coded(extractor, "Armenia and Azerbaijan exchanged fire along the border.")
    assert not any(r == "cooperatesEconomicallyWith" for _, r, _, _ in blame | fire)
    assert any(r == "clashesWith" and {s, o} == {"ARM", "AZE"} for s, r, o, _ in fire)
