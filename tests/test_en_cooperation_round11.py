"""English, issue 13 round 11 (branch ``polish``): cooperation, demands, attribution and
modality as classes. Sums of money written with a sign are currency (aid, 071); welcoming or
greeting a visiting leader is hosting (043), not praise; the persons a demand asks to be freed
are never whom it is made of (``gk:FreeingNounCue``); a possibility a speaker reports is
hypothetical, as a future they report is expected. Sentences written for geokg (real pipeline:
``en_core_web_sm``, the gazetteer)."""

from __future__ import annotations

import pytest
from helpers import modal_en, readings_en, require_english_model

require_english_model()


def _coded(extractor, text: str) -> set[tuple]:
    return readings_en(extractor, text, "subject", "cameo", "object")


@pytest.mark.parametrize(
    "text",
    [
        "Norway gave $12 million to Malawi after the floods.",
        "Norway gave Malawi $12 million after the floods.",
        "Norway will provide 12 million dollars to Malawi.",
    ],
)
def test_a_sum_of_money_given_is_economic_aid(extractor, text):
    found = _coded(extractor, text)
    assert any(s == "NOR" and c.startswith("07") and o == "MWI" for s, c, o in found), found


def test_a_sum_asked_for_is_an_appeal_not_aid(extractor):
    found = _coded(extractor, "Malawi asked Norway for $12 million.")
    assert ("MWI", "020", "NOR") in found, found
    assert not any(c.startswith("07") for _, c, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean president greeted his Peruvian counterpart at the border post.",
        "The Peruvian foreign minister was welcomed by the Chilean president in Santiago.",
        "Chile welcomed the Peruvian prime minister on Tuesday.",
    ],
)
def test_a_visiting_leader_welcomed_is_hosted(extractor, text):
    found = _coded(extractor, text)
    assert ("CHL", "043", "PER") in found, found
    assert not any(c.startswith("05") for _, c, _ in found), found


def test_a_decision_welcomed_is_still_praise(extractor):
    found = _coded(extractor, "Chile welcomed the Peruvian decision to reopen the consulate.")
    assert any(s == "CHL" and c.startswith("05") and o == "PER" for s, c, o in found), found


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Chile demanded the release of the fishermen held by Peru.", "PER"),
        ("Chile demanded the release of the fishermen that the Peruvian navy seized last month.", "PER"),
        ("Chile demanded the return of its sailors captured by Peruvian troops.", "PER"),
    ],
)
def test_a_demand_for_release_is_made_of_the_captor(extractor, text, holder):
    found = _coded(extractor, text)
    assert any(s == "CHL" and c.startswith("10") and o == holder for s, c, o in found), found


@pytest.mark.parametrize(
    "text",
    [
        # must not: the persons to be freed are not the ones asked (was a demand on Chile itself,
        # or on the persons' state)
        "Chile called for the release of the Chilean fishermen.",
        "Chile demanded the release of two Argentine sailors.",
    ],
)
def test_the_persons_to_be_freed_are_not_asked(extractor, text):
    found = _coded(extractor, text)
    assert not any(c[:2] in ("02", "10") and o in ("CHL", "ARG") for _, c, o in found), found


def test_a_reported_possibility_is_hypothetical(extractor):
    found = modal_en(extractor, "Chile said Peru might withdraw its warships from the disputed waters.")
    assert ("PER", "withdrawsForcesFrom", None, "affirmed", "hypothetical") in found or any(
        r[0] == "PER" and r[1] == "withdrawsForcesFrom" and r[4] == "hypothetical" for r in found
    ), found


def test_a_reported_future_stays_expected(extractor):
    found = modal_en(extractor, "Chile said Peru would withdraw its warships from the disputed waters.")
    assert any(r[0] == "PER" and r[1] == "withdrawsForcesFrom" and r[4] == "expected" for r in found), found


@pytest.mark.parametrize(
    "text",
    [
        "According to villagers, Eritrean soldiers shelled an Ethiopian border post.",
        "Eritrean soldiers shelled an Ethiopian border post, according to a statement read on local radio.",
    ],
)
def test_according_to_a_source_that_is_no_actor_is_reported(extractor, text):
    found = modal_en(extractor, text)
    assert any(r[0] == "ERI" and r[4] == "reported" for r in found), found


def test_according_to_a_plan_names_no_source(extractor):
    # must not: what the act follows is no one who tells of it
    found = modal_en(extractor, "Eritrea pulled its soldiers out of Ethiopia according to the peace plan.")
    assert any(r[0] == "ERI" and r[4] == "asserted" for r in found), found


def test_an_act_of_force_stopped_is_a_de_escalation_not_the_act(extractor):
    # must not: stopping the shelling is no shelling (was an attack, asserted)
    found = readings_en(extractor, "Eritrea stopped shelling Ethiopian border towns on Friday.", "subject", "root")
    assert ("ERI", "08") in found and ("ERI", "19") not in found, found


def test_agreeing_to_halt_fighting_is_no_threat(extractor):
    # must not: the plain "halt" (reducing relations) under "agreed to" read as a threat
    found = readings_en(extractor, "Eritrea agreed to halt fighting along the Ethiopian border.", "subject", "root")
    assert not any(root in ("13", "16", "19") for _, root in found), found


def test_sides_that_agree_to_stop_fighting_de_escalate_toward_each_other(extractor):
    found = readings_en(extractor, "Ethiopia and Eritrea agreed to stop fighting.", "subject", "root", "object")
    assert {("ETH", "08", "ERI"), ("ERI", "08", "ETH")} <= found, found


def test_a_gerund_stopped_is_negated(extractor):
    found = modal_en(extractor, "Chile stopped buying natural gas from Bolivia.")
    assert any(r[0] == "CHL" and r[2] == "BOL" and r[3] == "negated" for r in found), found
    # the same act kept up is affirmed
    found = modal_en(extractor, "Chile kept buying natural gas from Bolivia.")
    assert any(r[0] == "CHL" and r[2] == "BOL" and r[3] == "affirmed" for r in found), found


def test_an_event_noun_in_a_reported_clause_is_reported(extractor):
    found = readings_en(
        extractor,
        "Delays in army reform could slow Croatia's bid to join NATO, Slovenian diplomats said.",
        "subject",
        "root",
        "modality",
    )
    assert ("HRV", "03", "reported") in found, found


def test_the_verb_over_an_event_noun_lends_it_no_modality(extractor):
    # "may slow" is the verb's possibility, not the bid's: only the reporting is read above the noun
    found = readings_en(
        extractor, "Delays in army reform may slow Croatia's bid to join NATO.", "subject", "root", "modality"
    )
    assert ("HRV", "03", "asserted") in found, found


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Chile renewed its call for Peru to withdraw its warships.", "02"),
        ("Chile repeated its demand for Peru to withdraw its warships.", "10"),
    ],
)
def test_an_appeal_noun_addresses_the_subject_of_its_for_to_clause(extractor, text, root):
    found = _coded(extractor, text)
    assert any(s == "CHL" and c.startswith(root) and o == "PER" for s, c, o in found), found


def test_aid_through_an_agency_goes_to_whom_it_is_for(extractor):
    found = _coded(extractor, "Denmark gave $3 million to the World Food Programme for Zimbabwe.")
    assert any(s == "DNK" and c.startswith("07") and o == "ZWE" for s, c, o in found), found


def test_aid_to_an_agency_alone_stays_with_the_agency(extractor):
    found = readings_en(extractor, "Denmark gave $3 million to the World Food Programme.", "subject", "root")
    assert ("DNK", "07") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Canada put Iran on its blacklist because of its support for Hezbollah.",
        "Canada imposed sanctions on Iran for its support of Hezbollah.",
    ],
)
def test_an_act_given_as_the_reason_is_that_of_whom_the_act_is_aimed_at(extractor, text):
    # must not: the sanctioning state backing the group (was "Canada supports Hezbollah")
    found = _coded(extractor, text)
    assert not any(s == "CAN" and c.startswith("05") for s, c, _ in found), found


def test_an_act_apologised_for_stays_the_speakers(extractor):
    # "to Uganda" is whom the apology goes to, not an act's target: "its" stays the subject's
    found = _coded(extractor, "Kenya apologised to Uganda for its raid on Ugandan border posts.")
    assert not any(s == "UGA" and c.startswith("19") for s, c, _ in found), found


def test_he_stands_for_an_office_named_by_its_title(extractor):
    found = _coded(
        extractor, "The Chilean foreign minister met the Peruvian president and urged him to lift the fishing ban."
    )
    assert any(s == "CHL" and c.startswith("02") and o == "PER" for s, c, o in found), found


def test_it_does_not_stand_for_an_office_holder(extractor):
    # must not: "it" is the state, never the president named before
    found = readings_en(
        extractor, "Peru's president visited Chile, and Argentina criticised it.", "subject", "root", "object_sector"
    )
    assert not any(s == "ARG" and sector == "GOV" for s, _, sector in found), found


def test_reassuring_another_is_praise(extractor):
    # the peer's REASSURE (051), a plain trigger since round 11
    found = _coded(extractor, "Chile reassured Peru about its naval exercises.")
    assert ("CHL", "051", "PER") in found, found
