"""Judgements a speaker makes of another state, round 15, in our own sentences (the fixture
corpus's id range of the round was used up by the branch's other mechanisms): wrongdoing said of
it (``gk:PejorativeConductCue``: double standards, funding terror) and descriptions as an enemy,
terrorist or occupier (``gk:criticizes`` triggers with وصف)."""

from __future__ import annotations

import pytest
from helpers import parties_ar

Extractor = pytest.importorskip("geokg.extract.pipeline").Extractor


@pytest.fixture(scope="module")
def extract():
    ex = Extractor()
    return lambda text: parties_ar(ex, text, polarity=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وقال وزير الخارجية الكوبي إن واشنطن تكيل بمكيالين في ملف حقوق الإنسان.",
            ("CUB", "criticizes", "USA", "affirmed"),
            id="double_standards_said_of_another_state_is_criticism",
        ),
        pytest.param(
            "وقال وزير الخارجية القطري إن دولا تمول الإرهاب مثل إيران تهدد أمن الخليج.",
            ("QAT", "criticizes", "IRN", "affirmed"),
            id="funding_terror_by_a_class_names_its_examples",
        ),
        pytest.param(
            "ووصف وزير الدفاع الإيراني الحكومة الإسرائيلية بأنها عدو للمنطقة كلها.",
            ("IRN", "criticizes", "ISR", "affirmed"),
            id="a_state_described_as_an_enemy_is_criticised",
        ),
    ],
)
def test_a_judgement_of_another_state_is_criticism(extract, text, expected):
    assert expected in extract(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "وقال الرئيس الفرنسي إن فرنسا لا تكيل بمكيالين في قضايا المنطقة.",
            id="denied_double_standards_criticise_nobody",
        ),
        pytest.param(
            "ووصف وزير الداخلية الأردني التفجير بأنه إرهابي جبان.",
            id="an_act_described_as_terrorist_with_no_agent_criticises_no_state",
        ),
    ],
)
def test_no_judgement_of_a_state_criticises_nobody(extract, text):
    got = extract(text)
    assert not any(rel == "criticizes" for _, rel, _, _ in got)


# "يجب أن نهاجم": the first person after أن is a verb, and an act of force a speaker says "we"
# must do against another party is the speaker's threat (round 15, ar_news_dev_a).


def test_we_must_strike_another_party_is_the_speakers_threat(extract):
    got = extract('وقال وزير الدفاع الإيراني لضباطه: " يجب أن نقصف قواعد العراق قبل الشتاء ".')
    assert ("IRN", "threatens", "IRQ", "affirmed") in got
    assert not any(rel == "attacks" for _, rel, _, _ in got)


def test_we_must_not_strike_threatens_nobody(extract):
    got = extract('وقال وزير الدفاع الإيراني لضباطه: " يجب ألا نقصف قواعد العراق ".')
    assert not any(rel == "threatens" for _, rel, _, _ in got)
    assert ("IRN", "attacks", "IRQ", "negated") in got


def test_we_must_support_another_party_is_no_threat(extract):
    got = extract('وقال رئيس الوزراء الأردني: " يجب أن ندعم لبنان في محنته ".')
    assert not any(rel == "threatens" for _, rel, _, _ in got)
    assert ("JOR", "supports", "LBN", "affirmed") in got


def test_an_obliged_first_person_verb_is_no_verbal_noun(extract):
    # no party is named behind the word of obligation: "we" are the speaker, never the name after
    got = extract('وقال الرئيس السوري: " يجب أن نهاجم إسرائيل ".')
    assert not any(subj == "ISR" for subj, _, _, _ in got)
    assert ("SYR", "threatens", "ISR", "affirmed") in got


def test_we_must_carry_out_an_attack_is_the_speakers_threat(extract):
    # the light verb in the first person ("نقوم ... بالهجوم") makes the act "we"'s
    got = extract('وقال قائد الجيش السوداني: " لا بد أن نقوم نحن بالاعتداء على تشاد قبل الخريف ".')
    assert ("SDN", "threatens", "TCD", "affirmed") in got


def test_a_party_after_our_attack_noun_is_never_its_agent(extract):
    # must-not: the party in the purpose clause after the noun is not the attacker
    got = extract('وقال قائد الجيش السوداني: " علينا أن نقوم بالهجوم كي يبقى التشاديون في موقع الدفاع ".')
    assert not any(subj == "TCD" for subj, _, _, _ in got)


# A killing an armed group tells of its own fighters doing ("مقاتليها قتلوا") is that group's
# act, its claim; people it says were killed, with no fighters of its own named, are not.


@pytest.fixture(scope="module")
def agents():
    ex = Extractor()

    def run(text: str) -> set[tuple[str, str]]:
        assertions, _ = ex.extract_text(text, lang="ar")
        return {(a.subject.entity.label, a.relation) for a in assertions}

    return run


def test_an_armed_group_telling_its_fighters_killed_is_its_act(agents):
    got = agents("وقالت حركة طالبان في بيان إن مقاتليها قتلوا خمسة عشر شرطيا أفغانيا قرب قندهار.")
    assert ("Taliban", "assaults") in got


def test_people_an_armed_group_says_were_killed_are_not_its_victims(agents):
    # must-not: a passive killing it reports names no agent; the group is not the killer
    got = agents("وقالت حركة طالبان في بيان إن خمسة عشر شرطيا أفغانيا قتلوا قرب قندهار.")
    assert not any(label == "Taliban" for label, _ in got)


def test_we_must_strike_a_place_stays_the_expected_strike(extract):
    # a place struck, no party: no threat is made of it; the act stays expected
    got = extract('وقال وزير الدفاع الإيراني: " يجب أن نقصف البصرة ".')
    assert not any(rel == "threatens" for _, rel, _, _ in got)


def test_the_genitive_after_our_light_verb_noun_is_its_object(extract):
    # "سنقوم بقصف X": X is struck, never the striker (it was, before "we" was read)
    got = extract('وقال رئيس الأركان السوداني: " سنقوم بقصف تشاد إذا لزم الأمر ".')
    assert not any(subj == "TCD" for subj, _, _, _ in got)
    assert ("SDN", "attacks", "TCD", "affirmed") in got
