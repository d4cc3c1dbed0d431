"""English wire-news vocabulary of geokg's own (``OWN_TRIGGERS`` and ``VERB_TRIGGERS`` of
ontology/data/build_triggers_en.py), on sentences written for geokg (real pipeline:
``en_core_web_sm``, the gazetteer, the ontology)."""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import coded_en, require_english_model

require_english_model()


def coded(extractor: Extractor, text: str) -> set[tuple]:
    return coded_en(extractor, text, "2010-03-01", ids=True)


@pytest.mark.parametrize(
    "text, subject, relation, target",
    [
        ("Egypt pressed Israel to halt the raids.", "EGY", "demands", "ISR"),
        ("Chile made a plea to Argentina for calm along the border.", "CHL", "appealsTo", "ARG"),
        ("Pakistan ruled out talks with India.", "PAK", "rejects", "IND"),
        ("Russia faulted the United States for the delay.", "RUS", "accuses", "USA"),
        ("Iran repudiated the agreement with France.", "IRN", "rejects", "FRA"),
    ],
)
def test_appeals_demands_and_rejections(extractor, text, subject, relation, target):
    assert (subject, relation, target, "affirmed") in coded(extractor, text)


def test_a_verb_only_trigger_is_no_noun(extractor):
    """ "press" is a demand as a verb ("pressed X to"), never as the news media."""
    found = coded(extractor, "Reporters of the Egyptian press met Israeli officials in Cairo.")
    assert not [a for a in found if a[1] == "demands"]


@pytest.mark.parametrize(
    "text, subject, relation, target",
    [
        ("Indian police and Maoist rebels fought a fierce gunbattle near Patna.", "IND", "clashesWith", "IND"),
        ("Rebels gunned down the Nigerian governor in Lagos.", "NGA", "assassinates", "NGA"),
        ("Hamas planted a bomb near an Israeli checkpoint.", "PSE", "carriesOutBombingAgainst", "ISR"),
        ("Rebels stormed the Indian embassy in Kabul.", "AFG", "attacks", "IND"),
    ],
)
def test_force_words(extractor, text, subject, relation, target):
    assert (subject, relation, target, "affirmed") in coded(extractor, text)


@pytest.mark.parametrize(
    "text, subject, target",
    [("Turkish airstrikes hit Iraq.", "TUR", "IRQ"), ("Russian air raids struck Georgia.", "RUS", "GEO")],
)
def test_a_finer_act_of_force_hitting_keeps_its_code(extractor, text, subject, target):
    """An air strike (195) as the subject of a plain verb of force (190) is the air strike."""
    found = coded(extractor, text)
    assert (subject, "carriesOutAirstrikeOn", target, "affirmed") in found
    assert not [a for a in found if a[1] == "attacks"]


def test_a_storm_is_weather(extractor):
    assert not [a for a in coded(extractor, "A storm hit India and Nepal on Monday.") if a[1] == "attacks"]


@pytest.mark.parametrize(
    "text, subject, relation, target",
    [
        ("The Iranian foreign minister flew to Moscow for talks.", "IRN", "visits", "RUS"),
        ("Putin held a telephone conversation with the Turkish president on Monday.", "RUS", "talksByPhoneWith",
         "TUR"),
        ("Japan appreciated China's efforts to end the crisis.", "JPN", "praises", "CHN"),
        ("Germany voiced disappointment with Russia.", "DEU", "criticizes", "RUS"),
        ("India raised objections to the Chinese dam.", "IND", "criticizes", "CHN"),
        # pressure faced from someone is their demand
        ("Iran faced pressure from the EU to halt enrichment.", "Q458", "demands", "IRN"),
        ("Iran and Russia clinched a deal on fuel supplies.", "IRN", "signsAgreementWith", "RUS"),
        ("Iran funded Hezbollah for years.", "IRN", "providesEconomicAidTo", "LBN"),
        ("Saudi Arabia rushed aid to Pakistan.", "SAU", "providesAidTo", "PAK"),
    ],
)  # fmt: skip
def test_contact_and_cooperation_words(extractor, text, subject, relation, target):
    assert (subject, relation, target, "affirmed") in coded(extractor, text)


def test_the_finance_minister_funds_nobody(extractor):
    found = coded(extractor, "The finance minister of India met Chinese officials in Beijing.")
    assert not [a for a in found if a[1] == "providesEconomicAidTo"]


@pytest.mark.parametrize(
    "text, subject, relation, target",
    [
        ("Washington advised Israel to show restraint.", "USA", "appealsTo", "ISR"),
        ("Syria lamented the Israeli decision.", "SYR", "criticizes", "ISR"),
        ("Iran branded the United States a terrorist state.", "IRN", "criticizes", "USA"),
        ("Israeli troops torched a Palestinian police station.", "ISR", "attacks", "PSE"),
        ("Egypt cautioned Israel against an attack on Gaza.", "EGY", "threatens", "ISR"),
        ("Rebels injured three Nigerian soldiers near Lagos.", "NGA", "attacks", "NGA"),
        # a warning said to an actor is a threat (gk:WarningCue)
        ("Pakistan warned India against any incursion.", "PAK", "threatens", "IND"),
        ("Russia warned the Georgian government against joining NATO.", "RUS", "threatens", "GEO"),
    ],
)
def test_peer_verbs_of_wire_copy(extractor, text, subject, relation, target):
    assert (subject, relation, target, "affirmed") in coded(extractor, text)


def test_a_court_that_convicts_a_national_arrests_no_state(extractor):
    """A private person named by nationality is no party of the state ("sentence", "convict")."""
    found = coded(extractor, "A court in Jakarta convicted an Australian man of drug smuggling.")
    assert not [a for a in found if a[1] == "arrests" and a[2] == "AUS"], found


def test_a_convict_is_no_conviction(extractor):
    assert not [a for a in coded(extractor, "A Thai convict escaped from a prison near Bangkok.") if a[1] == "arrests"]


def test_an_air_bombing_campaign_is_air_strikes(extractor):
    found = coded(extractor, "NATO began an aerial bombing campaign against Serbia.")
    assert ("Q7184", "carriesOutAirstrikeOn", "SRB", "affirmed") in found


@pytest.mark.parametrize(
    "text, subject, target",
    [
        ("The EU scrapped sanctions on Belarus.", "Q458", "BLR"),
        ("The UN suspended sanctions on Libya.", "Q1065", "LBY"),
        ("Washington ended its embargo against Vietnam.", "USA", "VNM"),
        # a frame knows a compound phrase whole, its modifier as written ("arms", not "arm"), even
        # where the modifier is a trigger of its own ("trade")
        ("The EU eased its arms embargo on Libya.", "Q458", "LBY"),
        ("The United States eased its trade embargo on Cuba.", "USA", "CUB"),
        # the parser reads "relaxed" as an adjective of "sanctions": the verb's frame all the same
        ("The United States relaxed sanctions on Burma.", "USA", "MMR"),
        # read as the verb, whose plain sense is a finer easing (081): the sanctions make it 085
        ("Japan relaxed sanctions on Iran.", "JPN", "IRN"),
        ("Canada relaxed the embargo against Cuba.", "CAN", "CUB"),
    ],
)
def test_sanctions_lifted_are_eased_never_imposed(extractor, text, subject, target):
    found = coded(extractor, text)
    assert (subject, "easesSanctionsOn", target, "affirmed") in found
    assert not [a for a in found if a[1] in ("imposesSanctionsOn", "reducesRelationsWith", "easesRestrictionsOn")]


@pytest.mark.parametrize(
    "text, subject, target",
    [
        ("Iran broke off talks with the EU.", "IRN", "Q458"),
        ("Venezuela suspended its dialogue with Colombia.", "VEN", "COL"),
        # (the parser hangs "of" on the particle "out")
        ("Iran pulled out of the talks with the European Union.", "IRN", "Q458"),
    ],
)
def test_talks_broken_off_halt_negotiations(extractor, text, subject, target):
    found = coded(extractor, text)
    assert (subject, "reducesRelationsWith", target, "affirmed") in found
    assert not [a for a in found if a[1] in ("threatens", "withdrawsForcesFrom")]


def test_sitting_down_with_someone_is_meeting_them(extractor):
    assert ("RUS", "meetsWith", "USA", "affirmed") in coded(extractor, "Putin sat down with Bush at the summit.")


def test_pulling_troops_out_is_still_a_withdrawal(extractor):
    assert ("ISR", "withdrawsForcesFrom", "PSE", "affirmed") in coded(extractor, "Israel pulled out of Gaza.")


@pytest.mark.parametrize(
    "text, subject, relation, target",
    [
        ("Israel eased the blockade of Gaza.", "ISR", "easesRestrictionsOn", "PSE"),
        ("Turkey reopened its embassy in Baghdad.", "TUR", "cooperatesDiplomaticallyWith", "IRQ"),
    ],
)
def test_restrictions_eased_and_missions_reopened(extractor, text, subject, relation, target):
    assert (subject, relation, target, "affirmed") in coded(extractor, text)


def test_what_one_warns_of_stays_concern(extractor):
    found = coded(extractor, "The UN warned of a humanitarian catastrophe in Darfur.")
    assert ("Q1065", "expressesConcernAbout", "SDN", "affirmed") in found
    assert not [a for a in found if a[1] == "threatens"]


@pytest.mark.parametrize(
    "text, subject, target",
    [
        ("Belarus placed the opposition leader under house arrest.", "BLR", "BLR"),
        ("Egypt put two Sudanese journalists under house arrest.", "EGY", "SDN"),
    ],
)
def test_put_under_house_arrest_is_an_arrest(extractor, text, subject, target):
    """The person is the verb's direct object, inside the frame's words: of the subject's own
    state or another's, the one arrested."""
    found = coded(extractor, text)
    assert any(a[0] == subject and a[1] == "arrests" and a[2].startswith(target) for a in found), found
