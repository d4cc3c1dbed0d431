"""Arabic trade between states, officials known by title and nationality, and peoples named by
their nationality behind a preposition, on the real extractor and our own sentences (issue 12:
newswire where the relation is a purchase or a supply contract, where an official the gazetteer
does not know speaks of "his country", or where troops fire "on the Palestinians")."""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import coded

DATE = "2008-03-12"
TRADE = "cooperatesEconomicallyWith"
ARMS = "cooperatesMilitarilyWith"


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def facts(extractor, text: str) -> set[tuple]:
    """(subject country, relation, object country or None, polarity)."""
    return coded(extractor, text, DATE, "ar")


@pytest.mark.parametrize(
    ("text", "subject", "obj", "relation"),
    [
        # a purchase from another state
        ("اشترت الجزائر شحنة من القمح من فرنسا.", "DZA", "FRA", TRADE),
        # a supply contract with another state
        ("تعاقدت مصر مع روسيا على شراء القمح.", "EGY", "RUS", TRADE),
        # supplying goods to another state
        ("أعلنت كازاخستان توريد الحبوب إلى إيران.", "KAZ", "IRN", TRADE),
        # Egypt's state buyer of staples, a known body of that state
        ("أعلنت الهيئة العامة للسلع التموينية استيراد القمح من روسيا.", "EGY", "RUS", TRADE),
        # the volume of trade between two states
        ("بلغ حجم التجارة بين مصر والصين عشرة مليارات دولار.", "EGY", "CHN", TRADE),
        # investing in another state
        ("استثمرت قطر مليار دولار في مصر.", "QAT", "EGY", TRADE),
        ("بلغت الاستثمارات السعودية في مصر خمسة مليارات دولار.", "SAU", "EGY", TRADE),
        # the goods' nationality is the trading partner
        ("ارتفعت واردات الصين من النفط الإيراني.", "CHN", "IRN", TRADE),
        ("استوردت مصر القمح الأمريكي.", "EGY", "USA", TRADE),
        # the arms trade is military cooperation, never plain trade
        ("اشترت الجزائر أسلحة من روسيا.", "DZA", "RUS", ARMS),
        ("باعت روسيا أسلحة إلى إيران.", "RUS", "IRN", ARMS),
        ("أعلنت فرنسا بيع أسلحة إلى مصر.", "FRA", "EGY", ARMS),
    ],
)
def test_buying_contracting_and_supplying_are_trade(extractor, text, subject, obj, relation):
    found = facts(extractor, text)
    assert (subject, relation, obj, "affirmed") in found
    assert relation == TRADE or not any(r == TRADE for _, r, *_ in found)


def test_buying_with_no_other_state_is_no_relation(extractor):
    assert not facts(extractor, "اشترت روسيا مزيدا من الوقت.")


def test_an_official_known_by_title_and_nationality_speaks_for_his_country(extractor):
    found = facts(extractor, "قال وزير التجارة المصري إن بلاده تدعم أوكرانيا.")
    assert ("EGY", "supports", "UKR", "affirmed") in found
    found = facts(extractor, "قال نائب وزير الدفاع الإسرائيلي إن بلاده ستهاجم لبنان.")
    assert ("ISR", "attacks", "LBN") in {f[:3] for f in found}
    found = facts(extractor, "قال نائب وزير الدفاع الإسرائيلي سعيد حسن إن بلاده ستهاجم لبنان.")
    assert ("ISR", "attacks", "LBN") in {f[:3] for f in found}


def test_a_delegation_after_an_unknown_official_is_not_his_country(extractor):
    # "his country" is the foreign minister's, whose state the sentence does not give
    found = facts(extractor, "استقبل وزير الخارجية الوفد المصري وقال إن بلاده تدعم أوكرانيا.")
    assert not any(s == "EGY" and r == "supports" for s, r, *_ in found)


def test_exchanging_information_with_another_state_is_sharing_intelligence(extractor):
    found = facts(extractor, "تتبادل مصر مع ليبيا المعلومات عن الجماعات المسلحة.")
    assert ("EGY", "sharesIntelligenceWith", "LBY", "affirmed") in found


def test_a_plural_nationality_behind_a_preposition_is_the_people_targeted(extractor):
    found = facts(extractor, "أطلقت الشرطة الهندية النار على الباكستانيين.")
    assert ("IND", "attacks", "PAK", "affirmed") in found


def test_a_nationality_qualifying_a_place_behind_a_preposition_is_no_party(extractor):
    assert not facts(extractor, "دعت فرنسا إلى الحوار في المناطق الفلسطينية.")


@pytest.mark.parametrize("verb", ["نهاجم", "سنهاجم"])
def test_quoted_first_person_is_the_speaker_and_the_name_after_it_the_object(extractor, verb):
    found = facts(extractor, f'قال الرئيس الإيراني: "{verb} إسرائيل".')
    assert ("IRN", "attacks", "ISR") in {f[:3] for f in found}
    assert not any(s == "ISR" for s, *_ in found)


@pytest.mark.parametrize(
    ("text", "subject", "relation", "obj"),
    [
        # a member of a movement behind في or من: the act befalls the movement
        ("اغتالت إسرائيل قياديا في حماس.", "ISR", "assassinates", "PSE"),
        ("اعتقلت القوات الإسرائيلية عضوا من حركة الجهاد الإسلامي.", "ISR", "arrests", "PSE"),
    ],
)
def test_a_member_of_a_movement_stands_for_the_movement(extractor, text, subject, relation, obj):
    assert (subject, relation, obj, "affirmed") in facts(extractor, text)


def test_people_in_a_state_are_not_its_members(extractor):
    # "في" before a state or a place is where they are, not what they belong to
    found = facts(extractor, "التقى الرئيس الفرنسي ناشطين في مصر.")
    assert not any(o == "EGY" for _, _, o, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "هدمت القوات الإسرائيلية منازل فلسطينيين.",
        "صادرت السلطات الإسرائيلية أراضي فلسطينية.",
        "واصلت إسرائيل تجريف أراضي الفلسطينيين في غزة.",
    ],
)
def test_demolishing_confiscating_and_bulldozing_property_is_seizing_property(extractor, text):
    assert ("ISR", "seizesOrDamagesPropertyOf", "PSE", "affirmed") in facts(extractor, text)


@pytest.mark.parametrize("text", ["قالت مصادر أمنية إن الاجتماع انتهى.", "أكد أن مصادره في الحكومة تنفي ذلك."])
def test_sources_are_no_confiscation(extractor, text):
    assert not any(r == "seizesOrDamagesPropertyOf" for _, r, *_ in facts(extractor, text))


def test_coming_under_fire_from_named_gunmen_is_their_attack(extractor):
    found = facts(extractor, "تعرضت مراكز الشرطة الأفغانية لإطلاق نار من قبل مسلحين في قندهار.")
    assert ("AFG", "attacks", "AFG", "affirmed") in found


@pytest.mark.parametrize("text", ["أعلنت إسرائيل وقف إطلاق نار مع حماس.", "اتفقت إسرائيل وحماس على وقف إطلاق نار."])
def test_a_ceasefire_is_no_shooting(extractor, text):
    assert not any(r == "attacks" for _, r, *_ in facts(extractor, text))


def test_the_place_of_the_importers_is_no_partner(extractor):
    found = facts(extractor, "تستورد الشركات في مصر القمح من روسيا.")
    assert not any(o == "EGY" for _, _, o, _ in found)


def test_slaughtering_a_hostage_is_an_assault(extractor):
    found = facts(extractor, "ذبح مسلحون رهينة بريطانيا في العراق.")
    assert ("IRQ", "assaults", "GBR", "affirmed") in found


def test_handing_over_a_suspect_is_judicial_cooperation_and_equipment_stays_aid(extractor):
    found = facts(extractor, "سلمت إسبانيا المتهم إلى المغرب.")
    assert ("ESP", "cooperatesJudiciallyWith", "MAR", "affirmed") in found
    found = facts(extractor, "سلمت الولايات المتحدة معدات عسكرية إلى مصر.")
    assert not any(r == "cooperatesJudiciallyWith" for _, r, *_ in found)


def test_agreeing_to_an_act_makes_the_subject_its_agent_in_the_future(extractor):
    assertions, _ = extractor.extract_text("وافقت باكستان على تسليم المطلوبين إلى الولايات المتحدة.", lang="ar")
    found = {(a.subject.entity.country, a.relation, a.object.entity.country, a.modality) for a in assertions}
    assert ("PAK", "cooperatesJudiciallyWith", "USA", "expected") in found
    # another's act the subject agrees to is not the subject's
    assert not facts(extractor, "وافقت إسرائيل على زيارة البابا.")


@pytest.mark.parametrize(
    "text",
    [
        'خرجت صحيفة الأهرام بعنوان " آلاف القتلى في الهجوم الإسرائيلي على غزة ".',
        "عقدت الجامعة ندوة بعنوان العدوان الأمريكي على العراق.",
    ],
)
def test_what_a_title_says_is_not_reported(extractor, text):
    assert not facts(extractor, text)


def test_an_act_before_a_title_is_still_reported(extractor):
    found = facts(extractor, 'هاجمت إسرائيل غزة، وخرجت صحيفة هآرتس بعنوان " الحرب ".')
    assert ("ISR", "attacks", "PSE", "affirmed") in found


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("اقتحمت القوات الإسرائيلية مدينة نابلس.", ("ISR", "attacks", "PSE")),
        ("نفذت القوات الأمريكية عملية مداهمة في الفلوجة.", ("USA", "attacks", "IRQ")),
        ("توغلت دبابات إسرائيلية في قطاع غزة.", ("ISR", "occupies", "PSE")),
        ("نصب مسلحون كمينا لدورية أمريكية في بعقوبة.", ("IRQ", "attacks", "USA")),
        ("فتح جنود أمريكيون النار على متظاهرين عراقيين.", ("USA", "attacks", "IRQ")),
    ],
)
def test_storming_raiding_ambushing_and_moving_into_a_place_are_force(extractor, text, fact):
    assert fact in {f[:3] for f in facts(extractor, text)}


def test_claiming_an_attack_makes_the_claimant_its_agent_and_a_denial_does_not(extractor):
    found = facts(extractor, "أعلنت حماس مسؤوليتها عن الهجوم على مستوطنة إسرائيلية.")
    assert ("PSE", "attacks", "ISR", "affirmed") in found
    found = facts(extractor, "نفت حماس مسؤوليتها عن الهجوم على مستوطنة إسرائيلية.")
    assert ("PSE", "attacks", "ISR", "affirmed") not in found


def test_an_agent_at_the_hands_of_is_the_passive_verbs_subject(extractor):
    found = facts(extractor, "اختطف مهندس تركي على أيدي مسلحين في العراق.")
    assert ("IRQ", "abducts", "TUR", "affirmed") in found
