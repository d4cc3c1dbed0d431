"""English verbs whose object decides their reading, and acts read from the noun they take: "call"
(``gk:ActorObjectCue``: a phone call to an actor, an appeal "on" one, else the act its object
names), labour strikes (``gk:StrikeCue``) and troops contributed to a peacekeeping force. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest


def _rows(extractor, text: str) -> set[tuple]:
    found = extractor.extract_text(text, doc_id="t", date="2005-03-01", lang="en")[0]
    return {
        (a.subject.entity.id, a.relation, getattr(a.object, "entity", None) and a.object.entity.id)
        for a in found
        if a.cameo
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        # an actor as the direct object: a phone call, whatever the purpose clause says
        ("Bush called Putin on Tuesday to discuss trade.", {("Q207", "talksByPhoneWith", "Q7747")}),
        ("Putin called Bush to express his condolences.", {("Q7747", "talksByPhoneWith", "Q207")}),
        (
            "The Kenyan foreign minister called his Ugandan counterpart.",
            {("ken-government", "talksByPhoneWith", "uga-government")},
        ),
        ("Bush was called by Putin on Monday.", {("Q7747", "talksByPhoneWith", "Q207")}),
        # "on" taking the actor: an appeal to it
        (
            "Kenya called on Uganda to pull its troops out of the border area.",
            {("Q114", "appealsTo", "Q1036")},
        ),
        # an act as the object: that act, by the subject; no call
        (
            "Zambian miners called a general strike against the government.",
            {("zmb-civilians", "protests", "zmb-government")},
        ),
        ("Hamas called a truce with Israel.", {("Q38799", "declaresCeasefireWith", "Q801")}),
        # an envoy called back: the recall
        ("Kenya called home its ambassador to Uganda.", {("Q114", "breaksDiplomaticRelationsWith", "Q1036")}),
    ],
)
def test_the_object_of_call_decides_its_reading(extractor, text, expected):
    assert _rows(extractor, text) == expected


@pytest.mark.parametrize(
    "text", ["Kenya called elections for May.", "Kenya called a meeting of its cabinet.", "Workers called a strike."]
)
def test_an_object_naming_no_actor_makes_no_call(extractor, text):
    assert not any(r[1] == "talksByPhoneWith" for r in _rows(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Teachers in Ghana went on strike over pay.",
        "Ghanaian teachers began a strike over pay.",
        "Ghanaian teachers staged a strike over pay.",
    ],
)
def test_a_labour_strike_is_the_same_protest_whichever_trigger_finds_it(extractor, text):
    """A strike of a sector of a country (``gk:StrikeCue``): a protest of that state's government
    when it names no one else (``gk:protests gk:impliedTarget``), as the Arabic rules code it."""
    assert _rows(extractor, text) == {("gha-students", "protests", "gha-government")}


@pytest.mark.parametrize(
    "text, contributor, host",
    [
        ("Uganda will contribute troops to the peacekeeping force in Somalia.", "Q1036", "Q1045"),
        ("Malawi contributed 800 soldiers to the peacekeeping mission in Sudan.", "Q1020", "Q1049"),
    ],
)
def test_troops_contributed_to_a_peacekeeping_force_are_peacekeeping_for_its_host(extractor, text, contributor, host):
    """CAMEO 074 (``providesMilitaryProtectionTo``), not military aid (072): the force the troops
    join says what they are sent as."""
    assert _rows(extractor, text) == {(contributor, "providesMilitaryProtectionTo", host)}


def test_troops_contributed_to_another_force_stay_military_aid(extractor):
    rows = _rows(extractor, "Britain contributed troops to the coalition in Iraq.")
    assert {r[1] for r in rows} == {"providesMilitaryAidTo"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kenya called for Sudan to disarm its militias.", {("Q114", "appealsTo", "Q1049")}),
        ("Kenya appealed for Uganda to withdraw its troops.", {("Q114", "appealsTo", "Q1036")}),
        ("Kenya pressed for Sudan to disarm its militias.", {("Q114", "demands", "Q1049")}),
    ],
)
def test_a_for_to_clause_is_what_is_asked_of_its_subject_not_an_act_done(extractor, text, expected):
    """(Was: Sudan disarms the militias, asserted, and no appeal.)"""
    assert _rows(extractor, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bush discussed Iran with Putin.", {("Q207", "meetsWith", "Q7747")}),
        ("Kenya discussed the border dispute with Uganda.", {("Q114", "meetsWith", "Q1036")}),
        ("Kenya discussed Uganda.", set()),  # a topic, no partner
    ],
)
def test_what_is_discussed_is_the_topic_never_the_partner(extractor, text, expected):
    """``gk:TopicObjectCue`` (was: Bush meets Iran, Kenya meets Uganda)."""
    assert _rows(extractor, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bush discussed Iran with Putin by phone.", {("Q207", "talksByPhoneWith", "Q7747")}),
        ("Kenya conferred by telephone with Uganda.", {("Q114", "talksByPhoneWith", "Q1036")}),
        ("Kenya held phone talks with Uganda.", {("Q114", "talksByPhoneWith", "Q1036")}),
    ],
)
def test_consulting_by_telephone_is_a_phone_call(extractor, text, expected):
    """``gk:PhoneNouns`` frames (CAMEO 041, was a meeting, 040, with Iran in the first)."""
    assert _rows(extractor, text) == expected


def test_an_act_prepared_is_not_done_yet(extractor):
    """ "prepare": the shelling has not happened (was an attack, asserted); getting ready for it
    is the show of force (``gk:PreparationCue``); preparing an offensive is itself the
    mobilisation, done."""
    found = extractor.extract_text(
        "The Kenyan army prepared to begin shelling Ugandan positions.", doc_id="t", date="2005-03-01", lang="en"
    )[0]
    assert [a.relation for a in found] == ["conductsMilitaryExercise"]
    found = extractor.extract_text(
        "Kenya is preparing a large offensive against the Ugandan rebels.", doc_id="t", date="2005-03-01", lang="en"
    )[0]
    assert [a.modality for a in found] == ["asserted"]


def test_an_object_described_is_not_the_act_of_a_frame(extractor):
    """ "called the elections illegitimate" describes them (an object predicate): not "call
    elections" (was: Kenya eases restrictions on Uganda)."""
    assert not any(
        r[1] == "easesRestrictionsOn" for r in _rows(extractor, "Kenya called Uganda's elections illegitimate.")
    )
