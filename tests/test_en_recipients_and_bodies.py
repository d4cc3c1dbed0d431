"""Whom an appeal, aid or debt relief goes to, and which state a government body named without one
belongs to (docs/quality.md, English round 9), on sentences written for geokg (real pipeline:
``en_core_web_sm``, the gazetteer, the ontology)."""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import coded_en, require_english_model

require_english_model()


def coded(extractor: Extractor, text: str) -> set[tuple]:
    return coded_en(extractor, text, "2005-03-01", ids=True)


# --- "call" as a noun: an appeal when it asks for an act, else a phone call


@pytest.mark.parametrize(
    "text, subject, target",
    [
        ("Iran ignored a call from the United Nations to halt enrichment.", "Q1065", "IRN"),
        ("Iran ignored calls from France and Germany to halt enrichment.", "FRA", "IRN"),
        ("Kenya welcomed a call from Uganda for restraint.", "UGA", "KEN"),
    ],
)
def test_a_call_asking_for_an_act_is_an_appeal(extractor, text, subject, target):
    found = coded(extractor, text)
    assert (subject, "appealsTo", target, "affirmed") in found
    assert not [a for a in found if a[1] == "talksByPhoneWith"]


@pytest.mark.parametrize(
    "text",
    ["Bush received a call from Putin on Monday.", "Bush received a call from Putin to discuss Iran."],
)
def test_a_call_received_is_still_a_phone_call(extractor, text):
    found = coded(extractor, text)
    assert ("USA", "talksByPhoneWith", "RUS", "affirmed") in found
    assert not [a for a in found if a[1] == "appealsTo"]


# --- debt written off is economic aid to the debtor


@pytest.mark.parametrize(
    "text, subject, target",
    [
        ("Germany wrote off most of the debt owed by Nigeria.", "DEU", "NGA"),
        ("Britain waived Ghana's debts.", "GBR", "GHA"),
        ("Japan will write off debt owed by Kenya and Tanzania.", "JPN", "KEN"),
    ],
)
def test_debt_written_off_is_economic_aid(extractor, text, subject, target):
    assert (subject, "providesEconomicAidTo", target, "affirmed") in coded(extractor, text)


def test_a_loan_cancelled_is_still_aid_cut(extractor):
    """Cancelling a loan stops aid (CAMEO 162); only a debt written off is relief."""
    found = coded(extractor, "The World Bank cancelled a loan to Kenya.")
    assert not [a for a in found if a[1] == "providesEconomicAidTo"]


# --- aid "to help" someone goes to them


@pytest.mark.parametrize(
    "text, subject, relation, target",
    [
        ("Japan sent aid to help Haiti.", "JPN", "providesAidTo", "HTI"),
        ("Norway will give 5 million euros to help Malawi.", "NOR", "providesEconomicAidTo", "MWI"),
        ("Sweden sent aid to help victims of the floods in Bangladesh.", "SWE", "providesAidTo", "BGD"),
    ],
)
def test_aid_given_to_help_someone_goes_to_them(extractor, text, subject, relation, target):
    assert (subject, relation, target, "affirmed") in coded(extractor, text)


def test_troops_sent_to_help_are_military_aid_only(extractor):
    """Troops sent to help another are military aid to it (``gk:AidPurposeCue``, as
    tests/test_en_forces_sent.py reads them), never aid of another kind nor a show of force."""
    found = coded(extractor, "Iran sent troops to help Syria.")
    assert ("IRN", "providesMilitaryAidTo", "SYR", "affirmed") in found
    assert not [a for a in found if a[1].startswith("provides") and a[1] != "providesMilitaryAidTo"]
    assert not [a for a in found if a[1] == "conductsMilitaryExercise" and a[2] == "SYR"]


# --- government bodies named without a state


def test_the_foreign_ministry_is_the_datelines_state(extractor):
    """ "foreign" in the ministry's own name says nothing of where it is from."""
    found = coded(extractor, "KHARTOUM (Reuters) - The foreign ministry criticised the United States.")
    assert ("SDN", "criticizes", "USA", "affirmed") in found


@pytest.mark.parametrize(
    "text",
    ["The government criticised the United States.", "The foreign ministry criticised Britain."],
)
def test_a_body_without_a_state_is_not_its_targets(extractor, text):
    """The one state the sentence names is the act's target, not the body's state: no state
    criticising itself."""
    assert not [a for a in coded(extractor, text) if a[0] == a[2]]


def test_foreign_workers_stay_of_no_state(extractor):
    found = coded(extractor, "KHARTOUM (Reuters) - Foreign workers marched to protest against Egypt.")
    assert not [a for a in found if a[0] == "SDN"]


# --- peacekeepers arriving protect the place's state


@pytest.mark.parametrize(
    "text, subject, target",
    [
        ("The first African Union peacekeepers arrived in Darfur on Monday.", "Q7159", "SDN"),
        ("NATO peacekeepers arrived in Kosovo last week.", "Q7184", "XKX"),
    ],
)
def test_peacekeepers_arriving_protect_the_place(extractor, text, subject, target):
    found = coded(extractor, text)
    assert (subject, "providesMilitaryProtectionTo", target, "affirmed") in found
    assert not [a for a in found if a[1] == "visits"]


def test_troops_and_envoys_arriving_are_no_peacekeeping(extractor):
    found = coded(extractor, "Kofi Annan arrived in Darfur on Monday.")
    assert not [a for a in found if a[1] == "providesMilitaryProtectionTo"]


# --- things thrown or fired "at" a target


@pytest.mark.parametrize(
    "text, subject, relation, target",
    [
        ("NABLUS (Reuters) - Palestinian youths threw stones at Israeli soldiers.", "PSE", "assaults", "ISR"),
        ("MOSUL (Reuters) - Insurgents fired mortars at a US base.", "IRQ", "clashesWith", "USA"),
    ],
)
def test_what_is_thrown_or_fired_at_someone_targets_them(extractor, text, subject, relation, target):
    found = coded(extractor, text)
    assert (subject, relation, target, "affirmed") in found
    assert not [a for a in found if a[2] == "IRQ" and a[1] == relation]


# --- where force is aimed is not where the armed group is


@pytest.mark.parametrize(
    "text",
    [
        "GAZA (Reuters) - Militants fired rockets into southern Israel.",
        "GAZA (Reuters) - Gunmen fired mortar bombs at the Israeli town of Sderot.",
    ],
)
def test_the_place_force_is_aimed_at_is_the_target(extractor, text):
    found = coded(extractor, text)
    assert ("PSE", "attacks", "ISR", "affirmed") in found
    assert not [a for a in found if a[0] == "ISR"]


def test_an_aimed_at_state_gives_no_group_its_state(extractor):
    """Without a dateline or scene, militants firing into a state are of no state we know."""
    assert not [a for a in coded(extractor, "Militants fired rockets into southern Israel.") if a[0] == "ISR"]


def test_a_place_of_the_target_is_still_the_scene(extractor):
    found = coded(extractor, "Militants fired rockets at a US base in Iraq.")
    assert ("IRQ", "attacks", "USA", "affirmed") in found


# --- a bid to join a union; force and atrocities in wire words


@pytest.mark.parametrize(
    "text, subject, target",
    [
        ("Croatia's application to join NATO was welcomed by Italy.", "HRV", "Q7184"),
        ("Ukraine renewed its push to join NATO.", "UKR", "Q7184"),
        ("Critics say the new law could harm Albania's bid to join NATO.", "ALB", "Q7184"),
    ],
)
def test_a_bid_to_join_is_an_intent_to_cooperate(extractor, text, subject, target):
    assert (subject, "expressesIntentToCooperate", target, "affirmed") in coded(extractor, text)


@pytest.mark.parametrize(
    "text, subject, relation, target",
    [
        ("MOSUL (Reuters) - Insurgents lobbed shells at a US base.", "IRQ", "attacks", "USA"),
        ("KHARTOUM (Reuters) - The militias committed atrocities against Chadian refugees.", "SDN", "assaults", "TCD"),
        ("Serb forces committed war crimes against Bosnian Muslims.", "SRB", "assaults", "BIH"),
    ],
)
def test_force_and_atrocities_in_wire_words(extractor, text, subject, relation, target):
    assert (subject, relation, target, "affirmed") in coded(extractor, text)


def test_atrocities_committed_are_no_pledge(extractor):
    """ "commit" alone is a pledge; committing atrocities is no intent to cooperate nor a threat."""
    found = coded(extractor, "Serb forces committed war crimes against Bosnian Muslims.")
    assert not [a for a in found if a[1] in ("expressesIntentToCooperate", "threatens")]


def test_aid_workers_sent_are_no_recipients(extractor):
    """People the trigger's word describes ("aid workers") are the ones sent, never aid's recipient."""
    assert ("GBR", "providesAidTo", "HTI", "affirmed") in coded(extractor, "Britain sent aid workers to help Haiti.")
    found = coded(extractor, "Britain sent aid workers on Monday.")
    assert not [a for a in found if a[1] == "providesAidTo" and a[2] == "GBR"]


def test_a_capital_inside_a_bodys_name_is_not_its_state(extractor):
    """ "Paris Club creditors" are the Paris Club, not France named by its capital."""
    found = coded(extractor, "Paris Club creditors agreed to write off Nigeria's debt.")
    assert [a for a in found if a[1] == "providesEconomicAidTo" and a[2] == "NGA"]
    assert not [a for a in found if a[0] == "FRA"]
