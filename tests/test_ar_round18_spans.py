"""Arabic attacks, round 18 (issue 12): who attacked whom, on our own sentences.

- an assassination (or an attempt at one) whose victim no actor names ("إمام مسجد", "قاض") befell
  a person of the state where it happened, as a killing's or an abduction's victims do
  (``gk:impliedVictims`` on ``gk:assassinates`` and ``gk:attemptsToAssassinate``); victims
  whose nationality is named keep it, and a state that condemns the assassination is never its
  agent.
- a projectile that falls on a place or a body ("سقطت قذيفة هاون على", "سقوط صواريخ على") was
  fired at it: an attack whose agent, where the text names none, is the unidentified side of the
  place; who fired it, named after it, is the agent. A plane that falls, a shell that did not
  fall and a fall that a state condemns are no attack by anyone named.
- a coalition's forces ("قوات التحالف") are foreign forces of no state (``gkid:foreign-forces``),
  never the unidentified attackers or the army of the state they fight in.
- "تعرض" with its sufferer set off by an apposition in commas ("تعرضت وزيرة الصحة، وهي ...،
  لمحاولة اغتيال") tells the act as undergone as without it: the party before the commas is whom
  it befell, never its agent. So is an office title no actor names right after "تعرض"
  ("تعرض مدير مستشفى لمحاولة اغتيال"); any other unnamed phrase there is not taken.
- a victim noun right after the act and its agent that a nationality adjective agreeing with it
  qualifies ("قائدا فلسطينيا", the accusative) is of that state, never of the place; where that
  nationality names no one state ("أوروبيا"), the victims are nobody, never the place's people.
- a capital after a word for a capital and its state's adjective ("في العاصمة اليمنية صنعاء") is
  where the event happened, as the bare city name after "في" is: the unnamed gunmen are of its
  state, never of the target's.
"""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import happened_ar

DATE = "2024-07-02"
FORCE = ("attacks", "assaults", "assassinates", "attemptsToAssassinate", "carriesOutBombingAgainst")


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def triples(extractor, text: str) -> set[tuple[str | None, str, str | None]]:
    """(subject country or id, relation, object country or id) of the affirmed, happened ones."""
    return happened_ar(extractor, text, DATE)


def force(extractor, text: str) -> set[tuple[str | None, str, str | None]]:
    return {t for t in triples(extractor, text) if t[1] in FORCE}


# --- an assassination's victim of the place ------------------------------------------------------

ASSASSINATED = {
    "unidentified gunmen, a preacher": (
        "اغتال مسلحون مجهولون ليلة الأحد خطيب جامع صغير في مدينة الموصل.",
        "assassinates",
    ),
    "an attempt on a judge": ("حاول مسلحون اغتيال قاض في حي سكني بمدينة كويتا.", "attemptsToAssassinate"),
}


@pytest.mark.parametrize("key", ["unidentified gunmen, a preacher", "an attempt on a judge"])
def test_an_assassinated_person_is_of_the_place(extractor, key):
    text, relation = ASSASSINATED[key]
    found = {t for t in force(extractor, text) if t[1] == relation}
    assert found, force(extractor, text)
    state = "IRQ" if "الموصل" in text else "PAK"
    assert all(t[2] == state for t in found), found


def test_named_victims_keep_their_nationality(extractor):
    text = "اغتال مسلحون مجهولون ناشطين فلسطينيين في ضاحية من ضواحي دمشق."
    found = {t for t in force(extractor, text) if t[1] == "assassinates"}
    assert found and all(t[2] == "PSE" for t in found), found


def test_a_condemned_assassination_is_not_the_condemner_s(extractor):
    text = "أدانت الحكومة الأردنية بشدة اغتيال ناشط نقابي في مدينة الزرقاء."
    assert not {t for t in force(extractor, text) if t[0] == "JOR"}


# --- a projectile that fell ---------------------------------------------------------------------


def test_a_shell_that_fell_on_an_embassy_struck_its_state(extractor):
    text = "سقطت قذيفة هاون صباح أمس على مقر السفارة البريطانية في بغداد."
    found = {t for t in force(extractor, text) if t[1] == "attacks"}
    assert ("IRQ", "attacks", "GBR") in found, found


def test_rockets_that_fell_on_a_town(extractor):
    found = force(extractor, "وسقطت ثلاثة صواريخ ليلا على مدينة عسقلان دون إصابات.")
    assert {t for t in found if t[1] == "attacks" and t[2] == "ISR"}, found


def test_who_fired_the_rockets_is_the_agent(extractor):
    found = force(extractor, "وسقطت صواريخ أطلقها حزب الله مساء الجمعة على مدينة حيفا.")
    assert ("Hezbollah", "attacks", "ISR") in found or {t for t in found if t[0] == "LBN" and t[2] == "ISR"}, found


def test_people_hurt_by_a_falling_shell(extractor):
    found = force(extractor, "أصيب أربعة باعة بسقوط قذيفة على سوق شعبي في الموصل.")
    assert {t for t in found if t[2] == "IRQ"}, found


FALLS_THAT_ARE_NO_ATTACK = {
    "a plane fell": "سقطت طائرة شحن صغيرة في البحر قرب سواحل قبرص.",
    "no rockets fell": "لم تسقط صواريخ على البلدة الحدودية طوال الأسبوع.",
    "a government fell": "سقطت الحكومة الائتلافية في تصويت بالبرلمان الإيطالي.",
    "a shell that did not go off": "وسقطت قذيفة على مبنى البلدية في سديروت دون أن تنفجر.",
}


@pytest.mark.parametrize("text", list(FALLS_THAT_ARE_NO_ATTACK.values()), ids=list(FALLS_THAT_ARE_NO_ATTACK))
def test_a_fall_that_is_no_attack(extractor, text):
    assert not force(extractor, text)


def test_a_state_condemning_the_shelling_is_not_its_source(extractor):
    found = force(extractor, "أدانت فرنسا سقوط قذائف على مدرسة ابتدائية في شمال غزة.")
    assert not {t for t in found if t[0] == "FRA"}, found


# --- a sufferer with an apposition in commas ----------------------------------------------------


def test_a_minister_with_her_name_in_commas(extractor):
    text = "تعرضت وزيرة الصحة العراقية، سعاد الجبوري، لمحاولة اغتيال قرب منزلها في بغداد."
    found = force(extractor, text)
    assert {t for t in found if t[1] == "attemptsToAssassinate" and t[2] == "IRQ"}, found


def test_an_unnamed_director_with_a_clause_in_commas(extractor):
    text = "تعرض مدير مستشفى، وهو جراح معروف في المدينة، لمحاولة اغتيال في البصرة."
    found = {t for t in force(extractor, text) if t[1] == "attemptsToAssassinate"}
    assert found and all(t[2] == "IRQ" for t in found), found


def test_the_party_before_the_commas_is_never_the_attacker(extractor):
    text = "تعرضت القوات الأمريكية، بحسب مصادر في الشرطة، لهجوم بالقذائف في الفلوجة."
    found = force(extractor, text)
    assert {t for t in found if t[2] == "USA"}, found
    assert not {t for t in found if t[0] == "USA"}, found


def test_an_unnamed_official_right_after_the_verb(extractor):
    text = "تعرض مدير مصرف حكومي لمحاولة اغتيال مساء الخميس في مدينة البصرة."
    found = {t for t in force(extractor, text) if t[1] == "attemptsToAssassinate"}
    assert found and all(t[2] == "IRQ" for t in found), found


def test_an_official_who_suffered_criticism_was_not_attacked(extractor):
    assert not force(extractor, "تعرض وزير المالية لانتقادات واسعة بسبب الموازنة الجديدة.")


def test_criticism_suffered_is_no_attack(extractor):
    text = "تعرضت وزيرة الثقافة، وهي روائية معروفة، لانتقادات حادة في البرلمان."
    assert not force(extractor, text)


# --- a coalition's forces -----------------------------------------------------------------------


def test_coalition_forces_are_foreign_not_the_place_s(extractor):
    found = force(extractor, "وقصفت قوات التحالف فجر الثلاثاء مزرعة في قرية شرق بعقوبة.")
    assert {t for t in found if t[0] == "foreign-forces"}, found
    assert not {t for t in found if t[0] == "IRQ"}, found


def test_coalition_forces_as_the_target(extractor):
    found = force(extractor, "هاجم مسلحون قافلة لقوات التحالف الدولي قرب مدينة الرمادي.")
    assert {t for t in found if t[2] == "foreign-forces"}, found


# --- a victim's own nationality, never the place's ----------------------------------------------


def test_an_accusative_nationality_names_the_victim_s_state(extractor):
    found = force(extractor, "اغتال عملاء إسرائيليون قائدا فلسطينيا في العاصمة دمشق.")
    assert ("ISR", "assassinates", "PSE") in found, found
    assert not {t for t in found if t[2] == "SYR"}, found


def test_the_nationality_after_a_second_adjective(extractor):
    found = force(extractor, "اغتال مجهولون طيارا عسكريا مصريا في مدينة بنغازي.")
    assert {t for t in found if t[2] == "EGY"}, found
    assert not {t for t in found if t[2] == "LBY"}, found


def test_a_place_after_a_qualified_victim_is_not_the_target(extractor):
    found = force(extractor, "اغتال مسلحون صحفيا لبنانيا في مدينة إسطنبول.")
    assert not {t for t in found if t[2] == "TUR"}, found


def test_a_nationality_of_no_one_state_gives_no_guess(extractor):
    found = force(extractor, "اغتال مسلحون طبيبا أوروبيا في مدينة مصراتة.")
    assert not {t for t in found if t[2] == "LBY"}, found


def test_an_unqualified_victim_is_still_of_the_place(extractor):
    found = force(extractor, "اغتال مسلحون مجهولون مهندسا في مدينة كركوك.")
    assert {t for t in found if t[1] == "assassinates" and t[2] == "IRQ"}, found


# --- a capital after its state's adjective is where -----------------------------------------------


def test_a_capital_after_its_state_s_adjective_is_the_place(extractor):
    found = force(extractor, "هاجم مسلحون مقر السفارة الإيطالية في العاصمة اليمنية صنعاء.")
    assert {t for t in found if t[0] == "YEM" and t[2] == "ITA"}, found
    assert not {t for t in found if t[0] == "ITA"}, found


# --- an accusative victim noun that begins with ب is the object, not an instrument ---------------


def sectors(extractor, text: str) -> set[tuple[str | None, str, str | None]]:
    """(subject sector, relation, object sector) of the affirmed assertions of force."""
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    return {
        (a.subject.entity.sector, a.relation, a.object.entity.sector if a.object is not None else None)
        for a in assertions
        if a.relation in FORCE and a.polarity == "affirmed" and hasattr(a.object, "entity")
    }


def test_gunmen_who_assassinate_a_researcher_are_not_the_victims(extractor):
    text = "اغتال مسلحون باحثا كنديا في مدينة قندوز."
    found = sectors(extractor, text)
    assert not {t for t in found if t[2] in ("REB", "UAF")}, found
    assert ("AFG", "assassinates", "CAN") in force(extractor, text)


def test_an_unqualified_researcher_is_of_the_place_not_the_gunmen(extractor):
    text = "اغتال مسلحون باحثا في مدينة قندوز."
    assert ("REB", "assassinates", "CVL") in sectors(extractor, text)
    assert ("AFG", "assassinates", "AFG") in force(extractor, text)


def test_a_weapon_behind_ba_still_makes_the_killing_passive(extractor):
    found = sectors(extractor, "وقتل شرطيان بصاروخ في مدينة قندوز.")
    assert {t for t in found if t[2] == "COP"}, found


# --- the reported clause's own place, never the speaker's -----------------------------------------


def test_the_speaker_s_city_does_not_give_the_gunmen_their_state(extractor):
    found = force(extractor, "قال متحدث عسكري في باريس إن مسلحين هاجموا ثكنة في شمال النيجر.")
    assert {t for t in found if t[0] == "NER"}, found
    assert not {t for t in found if t[0] == "FRA"}, found


def test_with_no_place_of_its_own_the_reported_clause_keeps_the_sentence_s(extractor):
    found = force(extractor, "قال مسؤول محلي في مدينة قندوز إن مسلحين هاجموا مركزا للشرطة.")
    assert {t for t in found if t[0] == "AFG"}, found
