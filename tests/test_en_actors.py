"""English arguments and actors on sentences written for geokg (real pipeline: ``en_core_web_sm``,
the gazetteer, the ontology): whoever acts against a crowd's act is not the crowd."""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import labelled_en, require_english_model

require_english_model()


def relations(extractor: Extractor, text: str) -> set[tuple]:
    return labelled_en(extractor, text, typed="subject")


@pytest.mark.parametrize(
    "text, repressor",
    [
        ("Egyptian police broke up a demonstration in Cairo.", "police (Egypt)"),
        ("Zimbabwean riot police dispersed a march against the government.", "police (Zimbabwe)"),
        ("Indian police broke up a rally of Kashmiri students.", "police (India)"),
    ],
)
def test_who_acts_against_a_crowds_act_does_not_protest(extractor, text, repressor):
    found = relations(extractor, text)
    assert not any(f[0] == repressor and f[1] == "protests" for f in found), found


@pytest.mark.parametrize(
    "text, crowd",
    [
        ("Indian police broke up a rally of Kashmiri students.", "students (India)"),
        ("Turkish police prevented a demonstration staged by students in Ankara.", "students (Türkiye)"),
        ("Syrian police dispersed a rally by students protesting against the war in Iraq.", "students (Syria)"),
    ],
)
def test_who_acts_against_a_crowds_act_restricts_the_crowd(extractor, text, crowd):
    found = relations(extractor, text)
    assert any(f[1] == "imposesRestrictionsOn" and f[2] == crowd for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Egyptian police broke up a demonstration in Cairo.",  # the place is no crowd
        "Zimbabwean riot police dispersed a march against the government.",  # nor whom it protests
    ],
)
def test_an_unnamed_crowd_is_not_the_place_or_the_target(extractor, text):
    found = relations(extractor, text)
    assert not any(f[1] == "imposesRestrictionsOn" and f[2] in ("Egypt", "government (Zimbabwe)") for f in found), found


def test_who_holds_a_protest_still_protests(extractor):
    found = relations(extractor, "Kenyan students staged a protest against the government.")
    assert any(f[0] == "students (Kenya)" and f[1] == "protests" for f in found), found


@pytest.mark.parametrize(
    "text, relation",
    [
        ("Hezbollah fighters captured two Israeli soldiers.", "abducts"),
        ("Rebels in Darfur detained three Sudanese policemen.", "abducts"),
        ("Colombian police arrested a FARC commander.", "arrests"),
        ("Israeli troops captured a Hamas militant.", "arrests"),
    ],
)
def test_an_armed_group_abducts_where_a_state_arrests(extractor, text, relation):
    found = relations(extractor, text)
    assert {f[1] for f in found} & {"arrests", "abducts"} == {relation}, found


@pytest.mark.parametrize(
    "text, subject, target",
    [
        ("Iran protested to Britain over the detention of its sailors.", "Iran", "United Kingdom"),
        ("Egypt protested against Israel's raid.", "Egypt", "Israel"),
        ("The Chinese government protested the Japanese textbook.", "government (China)", "Japan"),
    ],
)
def test_a_state_that_protests_complains_officially(extractor, text, subject, target):
    found = relations(extractor, text)
    assert any(f[:3] == (subject, "criticizes", target) for f in found), found
    assert not any(f[1] == "protests" for f in found), found


def test_a_crowd_named_by_its_nation_still_protests(extractor):
    found = relations(extractor, "Albanian students protested against the government.")
    assert any(f[1] == "protests" for f in found), found
    assert not any(f[1] == "criticizes" for f in found), found


@pytest.mark.parametrize(
    "text, praised",
    [
        ("Iran welcomed the end of the siege of Najaf.", None),
        ("France welcomed the end of the fighting in Darfur.", None),
        ("Britain welcomed the end of Syria's occupation of Lebanon.", "Syria"),
        ("The EU welcomed the suspension of Israeli raids on Gaza.", "Israel"),
    ],
)
def test_welcoming_an_end_praises_whoever_ended_it_never_the_place(extractor, text, praised):
    found = relations(extractor, text)
    objects = {f[2] for f in found if f[1] == "praises"}
    assert objects == ({praised} if praised else set()), found


@pytest.mark.parametrize(
    "text, relation, state",
    [
        ("Japan sent aid workers to Iraqi Kurdistan.", "providesAidTo", "Iraq"),
        ("The Red Cross said Norway flew medicine to Iraqi Kurdistan.", "providesHumanitarianAidTo", "Iraq"),
    ],
)
def test_a_region_of_no_one_state_named_with_a_states_adjective_is_that_states(extractor, text, relation, state):
    found = relations(extractor, text)
    assert any(f[1] == relation and f[2] == state for f in found), found
    assert not any(f[2] and f[2].startswith("workers") for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "US warplanes bombed rebel positions in Falluja.",
        "US forces attacked insurgents in Fallouja.",
        "Gunmen killed two policemen in Mahmudiya.",
    ],
)
def test_a_place_name_in_another_transliteration_is_the_place(extractor, text):
    """Wire copy spells Arabic place names several ways; the gazetteer knows one (Fallujah,
    Mahmudiyah): the others give the same state to the group acting there."""
    found = relations(extractor, text)
    assert any(f[2] in ("rebels (Iraq)", "police (Iraq)") for f in found), found


def test_spellings_of_one_name_share_a_key_and_other_names_do_not():
    from geokg.extract.gazetteer import english_variant

    assert english_variant("Baqouba") == english_variant("Baqubah") == english_variant("Baquba")
    assert english_variant("Falluja") == english_variant("Fallujah")
    assert english_variant("Mosul") != english_variant("Basra")


def test_a_verb_with_an_act_of_its_own_codes_that_act_alone(extractor):
    found = relations(extractor, "Israeli troops attacked a demonstration by Palestinians in Gaza.")
    assert any(f[1] == "attacks" for f in found), found
    assert not any(f[1] == "imposesRestrictionsOn" for f in found), found


@pytest.mark.parametrize(
    "text, group",
    [
        ("Islamist militants killed two Algerian policemen.", "rebels (Algeria)"),
        ("Sunni insurgents killed three Iraqi policemen.", "rebels (Iraq)"),
        ("Rebels attacked Congolese police near the border.", "rebels (Congo - Kinshasa)"),
    ],
)
def test_an_armed_group_attacking_police_acts_where_the_police_are(extractor, text, group):
    """Police and governments act at home: their state is where an armed group of no named state
    acts."""
    found = relations(extractor, text)
    assert any(f[0] == group for f in found), found


@pytest.mark.parametrize(
    "text",
    ["Insurgents killed two US soldiers.", "Militants killed a Bulgarian hostage."],
)
def test_soldiers_and_hostages_are_no_scene_for_an_armed_group(extractor, text):
    found = relations(extractor, text)
    assert not any(f[0].startswith("rebels (United States") or f[0].startswith("rebels (Bulgaria") for f in found), (
        found
    )
