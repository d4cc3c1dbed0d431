"""Arabic threats, warnings and disapproval as classes, round 18 (issue 12), on our own sentences.

- a threat to halt, suspend, freeze or cut an act (``gk:HaltNounCue`` before the act noun: "هددت
  X بتعليق تعاونها مع Y") aims at the act's partner; the halted act is neither done nor
  threatened, and a stem's own ت ("تعاونها", "تدخلها") is no imperfect prefix after a halt noun;
- the place right after a threatened act of force (or after a word of place) stands for its
  state, whom the threat aims at, never the threatener's own state;
- an act of force a speaker says his own state will do to another party is also that state's
  threat (the act stays, expected); never another state's foreseen act, never negated;
- a threat named as the background of the news ("في ظل التهديدات", "بعد تهديدات") still stands
  (``gk:standsInPassing``);
- "ما وصفه بـ": the one who names is the clause's subject, the party named in the label right
  after its noun is the one criticised; ما there is no negator;
- threats a speaker names by their author and no target aim at the speaker's state, made
  (reported), whatever his clause says of the answer ("لن ترضخ للتهديدات الأمريكية");
- a refusal before a light verbal noun and a cooperative act ("رفضت X العودة إلى المحادثات مع
  Y") rejects the act's partner; an appeal or demand named by its author right after a refusal
  was addressed to the one who refuses it;
- a party described behind بأنه/بأنها by a word of abuse at most two words on
  (``gk:DescribingVerbCue`` with ``gk:PejorativeCue``) is criticised by the describer;
- wrongdoing a speaker says another state does (``gk:PejorativeConductCue``: violating,
  interfering, committing crimes) and nouns of wrongdoing with a nationality after them
  (``gk:PejorativeCue``: "الخروقات الإسرائيلية") are his criticism of that state.
"""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor

from tests.helpers import readings_ar

DATE = "2024-06-10"
FORCE = ("attacks", "assaults", "carriesOutAirstrikeOn", "carriesOutBombingAgainst")


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def readings(extractor, text: str) -> set[tuple[str | None, str, str | None, str, str]]:
    """(subject country, relation, object country or label, polarity, modality) of each assertion."""
    return readings_ar(extractor, text, DATE, labels=True)


def pairs(found: set) -> set[tuple[str | None, str, str | None]]:
    return {t[:3] for t in found}


@pytest.mark.parametrize(
    ("text", "threatener", "target", "halted"),
    [
        ("هددت فنزويلا بوقف تعاونها مع البرازيل.", "VEN", "BRA", "cooperatesDiplomaticallyWith"),
        ("هددت فنزويلا بتعليق تعاونها مع البرازيل.", "VEN", "BRA", "cooperatesDiplomaticallyWith"),
        ("هددت الولايات المتحدة بقطع مساعداتها للأردن.", "USA", "JOR", "providesAidTo"),
    ],
)
def test_a_threat_to_halt_an_act_aims_at_its_partner(extractor, text, threatener, target, halted):
    found = readings(extractor, text)
    assert (threatener, "threatens", target) in pairs(found), found
    # the halted act is neither done nor threatened (it was cooperation, affirmed and asserted)
    assert not any(r == halted for _, r, *_ in found), found


def test_a_halt_in_the_writers_words_stays_a_negated_act(extractor):
    found = readings(extractor, "أوقفت فنزويلا تعاونها مع البرازيل.")
    assert not any(r == "threatens" for _, r, *_ in found), found
    assert not any(r == "cooperatesDiplomaticallyWith" and p == "affirmed" for _, r, _, p, _ in found), found


@pytest.mark.parametrize(
    ("text", "threatener", "target"),
    [
        ("هدد حزب الله بقصف حيفا.", "LBN", "ISR"),
        ("هددت جماعة الحوثي بقصف مدينة جدة.", "YEM", "SAU"),
        ("هدد الجيش الهندي بقصف مدينة لاهور.", "IND", "PAK"),
    ],
)
def test_a_place_struck_in_a_threat_stands_for_its_state(extractor, text, threatener, target):
    found = pairs(readings(extractor, text))
    assert (threatener, "threatens", target) in found, found
    assert not any(s == target and r == "threatens" for s, r, _ in found), found  # never reversed


def test_a_city_of_the_threateners_own_state_is_no_target(extractor):
    found = pairs(readings(extractor, "هدد الجيش الهندي بقصف مدينة دلهي."))
    assert not any(r == "threatens" and o == "IND" for _, r, o in found), found


@pytest.mark.parametrize(
    "text",
    [
        "قال وزير الدفاع الهندي إن بلاده ستقصف معسكرات المسلحين في باكستان.",
        "أكد وزير الخارجية الهندي أن الهند ستهاجم باكستان إذا تكررت الهجمات.",
    ],
)
def test_his_own_states_act_of_force_to_come_is_a_threat(extractor, text):
    found = readings(extractor, text)
    assert ("IND", "threatens", "PAK", "affirmed", "asserted") in found, found
    assert not any(s == "PAK" and r == "threatens" for s, r, *_ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # another state's act the speaker foresees
        "قال وزير الخارجية الياباني إن الصين ستهاجم تايوان.",
        # restraint promised
        "قال الرئيس الأرميني إن أرمينيا لن تهاجم أذربيجان.",
        # a predicted act noun, no speaker's state
        "وتنبأ الخبير بهجوم إسرائيلي على إيران.",
    ],
)
def test_no_threat_from_a_foreseen_or_denied_act(extractor, text):
    assert not any(r == "threatens" for _, r, *_ in readings(extractor, text))


def test_the_act_of_force_stays_expected_beside_the_threat(extractor):
    found = readings(extractor, "قال وزير الدفاع الهندي إن بلاده ستقصف باكستان.")
    assert any(s == "IND" and r in FORCE and o == "PAK" and m == "expected" for s, r, o, _, m in found), found


@pytest.mark.parametrize(
    ("text", "threatener", "target"),
    [
        ("وتأتي زيارة الوزير في ظل تهديدات أمريكية لفنزويلا.", "USA", "VEN"),
        ("وجاءت تصريحات الوزير بعد تهديدات روسية لمولدوفا.", "RUS", "MDA"),
    ],
)
def test_a_threat_named_as_background_still_stands(extractor, text, threatener, target):
    assert (threatener, "threatens", target) in pairs(readings(extractor, text))


def test_an_attack_named_as_background_does_not(extractor):
    found = readings(extractor, "وجاءت تصريحات الوزير بعد الغارات الروسية على أوكرانيا.")
    assert not any(s == "RUS" and r in FORCE and m == "asserted" for s, r, _, _, m in found), found


@pytest.mark.parametrize(
    ("text", "namer", "named"),
    [
        ("وأدان وزير الخارجية القطري ما وصفه بالعدوان الإسرائيلي على غزة.", "QAT", "ISR"),
        ("وانتقد وزير الخارجية الجزائري بشدة ما وصفه بالتدخل الفرنسي في مالي.", "DZA", "FRA"),
        ("ونددت ماليزيا بما وصفته بالقمع الصيني.", "MYS", "CHN"),
    ],
)
def test_what_he_called_names_whom_he_criticises(extractor, text, namer, named):
    found = readings(extractor, text)
    assert (namer, "criticizes", named, "affirmed", "asserted") in found, found
    # the label's nationality criticises no one, and ما negates nothing
    assert not any(s == named and r == "criticizes" for s, r, *_ in found), found
    assert not any(r == "criticizes" and p == "negated" for _, r, _, p, _ in found), found


@pytest.mark.parametrize(
    ("text", "speaker", "judged"),
    [
        ("وقال وزير الخارجية الباكستاني إن الهند تنتهك الهدنة في كشمير.", "PAK", "IND"),
        ("وقال الرئيس الفنزويلي إن الولايات المتحدة تتدخل في شؤون أمريكا اللاتينية.", "VEN", "USA"),
        ("وقال وزير الخارجية الصربي إن الخروقات الألبانية مستمرة.", "SRB", "ALB"),
    ],
)
def test_wrongdoing_in_a_speakers_words_is_his_criticism(extractor, text, speaker, judged):
    found = pairs(readings(extractor, text))
    assert (speaker, "criticizes", judged) in found, found
    assert (judged, "criticizes", speaker) not in found, found


@pytest.mark.parametrize(
    "text",
    [
        # his own state, denied
        "وقال وزير الخارجية الهندي إن بلاده لا تنتهك أي اتفاق مع الصين.",
        # in the writer's own words
        "انتهكت الطائرات التركية الأجواء اليونانية.",
    ],
)
def test_wrongdoing_denied_or_unspoken_criticises_no_one(extractor, text):
    assert not any(r == "criticizes" for _, r, *_ in readings(extractor, text))


@pytest.mark.parametrize(
    ("text", "author", "target"),
    [
        ("وقال وزير الخارجية الكوبي إن بلاده لن ترضخ للتهديدات الأمريكية.", "USA", "CUB"),
        ("وأكد الرئيس البوليفي أن بوليفيا ستصمد في مواجهة الضغوط والتهديدات التشيلية.", "CHL", "BOL"),
    ],
)
def test_threats_named_by_their_author_aim_at_the_speakers_state(extractor, text, author, target):
    found = readings(extractor, text)
    assert any(s == author and r == "threatens" and o == target and p == "affirmed" for s, r, o, p, _ in found), found
    assert not any(s == target and r == "threatens" for s, r, *_ in found), found


def test_threats_of_the_speakers_own_state_aim_at_no_one(extractor):
    found = readings(extractor, "وقال وزير الخارجية التشيلي إن التهديدات التشيلية مجرد كلام.")
    assert not any(r == "threatens" for _, r, *_ in found), found


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("ورفضت كوريا الشمالية العودة إلى المحادثات مع الولايات المتحدة.", "USA"),
        ("ورفضت كوريا الشمالية إجراء محادثات مع اليابان.", "JPN"),
        ("ورفضت كوريا الشمالية استئناف المفاوضات مع اليابان.", "JPN"),
    ],
)
def test_refusing_talks_past_a_light_noun_rejects_the_partner(extractor, text, partner):
    found = readings(extractor, text)
    assert ("PRK", "rejects", partner, "affirmed", "asserted") in found, found
    assert not any(r in ("meetsWith", "negotiatesWith") for _, r, *_ in found), found


def test_refusal_not_made_stays_negated(extractor):
    found = readings(extractor, "ولم ترفض كوريا الشمالية إجراء محادثات مع الولايات المتحدة.")
    assert not any(r == "rejects" and p == "affirmed" for _, r, _, p, _ in found), found


def test_a_party_before_the_refused_act_stops_the_reach(extractor):
    # a party between is a phrase of its own: the refusal is not aimed past it
    found = readings(extractor, "ورفضت كوريا الشمالية، بعد لقاء مع الصين، إجراء محادثات مع الولايات المتحدة.")
    assert not any(r == "rejects" and o == "USA" for _, r, o, *_ in found), found


def test_an_appeal_refused_was_addressed_to_the_refuser(extractor):
    found = pairs(readings(extractor, "ورفضت الحكومة الإثيوبية دعوات المعارضة الصومالية للانسحاب من الصومال."))
    assert ("ETH", "rejects", "SOM") in found, found
    assert ("SOM", "appealsTo", "SOM") not in found, found  # not to the place its act names


@pytest.mark.parametrize(
    ("text", "describer", "described"),
    [
        ("ووصف الرئيس الكوبي الولايات المتحدة بأنها قوة استعمارية.", "CUB", "USA"),
        ("ووصف وزير الخارجية السوري الموقف الأمريكي بأنه منحاز.", "SYR", "USA"),
        ("كوبا تصف الحصار الأمريكي بأنه جائر.", "CUB", "USA"),
    ],
)
def test_described_by_a_word_of_abuse_is_criticised(extractor, text, describer, described):
    found = pairs(readings(extractor, text))
    assert (describer, "criticizes", described) in found, found
    assert not any(s == described and r == "criticizes" for s, r, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "ولم يصف الرئيس الكوبي الولايات المتحدة بأنها قوة استعمارية.",
        "ووصف الرئيس الكوبي الإعصار بأنه مدمر.",
        # a nationality beside a bare word that is no abuse ("terrorist" is enumerated, not a class word)
        "وقال الوزير إن إرهابيا سعوديا نفذ الهجوم.",
    ],
)
def test_no_criticism_from_a_denied_or_harmless_description(extractor, text):
    assert not any(r == "criticizes" and p == "affirmed" for _, r, _, p, _ in readings(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "وانتقد رئيس الوزراء الماليزي التدخل في شؤون إندونيسيا.",
        "وانتقدت الجزائر التدخل في الشؤون الداخلية للمغرب.",
        "واستنكرت بوليفيا انتهاك سيادة بيرو.",
    ],
)
def test_the_party_a_judged_act_befalls_is_never_criticised(extractor, text):
    victim = {"إندونيسيا": "IDN", "للمغرب": "MAR", "بيرو": "PER"}
    state = next(v for k, v in victim.items() if k in text)
    found = pairs(readings(extractor, text))
    assert not any(r == "criticizes" and o == state for _, r, o in found), found


@pytest.mark.parametrize(
    ("text", "judge", "owner"),
    [
        ("وانتقد رئيس الوزراء الماليزي التدخل الصيني في شؤون إندونيسيا.", "MYS", "CHN"),
        ("وانتقدت بوليفيا تدخل البرازيل في شؤون بيرو.", "BOL", "BRA"),
    ],
)
def test_the_owner_of_a_judged_intrusion_is_criticised(extractor, text, judge, owner):
    found = pairs(readings(extractor, text))
    assert (judge, "criticizes", owner) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "وضرب رئيس الوزراء الكندي مثالا على التعاون مع المكسيك.",
        "وضربت الحكومة الأرجنتينية موعدا مع تشيلي لبدء المحادثات.",
        "وضربت كوريا الشمالية عرض الحائط بقرارات الأمم المتحدة.",
        "وضرب إعصار قوي الفلبين أمس.",
        "وسيضرب رئيس الوزراء الكندي مثالا على التعاون مع المكسيك.",
    ],
)
def test_idioms_of_striking_are_no_force(extractor, text):
    found = pairs(readings(extractor, text))
    assert not any(r in FORCE for _, r, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "وقال وزير الدفاع الباكستاني: سنقصف مواقع الهند.",
        'وقال وزير الدفاع الباكستاني: "سنقصف الهند".',
        "وقال وزير الدفاع الباكستاني: سنقصف الهند.",
    ],
)
def test_we_will_strike_after_a_colon_is_a_threat(extractor, text):
    found = readings(extractor, text)
    assert ("PAK", "threatens", "IND", "affirmed", "asserted") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "وقال وزير الدفاع الباكستاني: لن نقصف الهند.",
        # the speaker's side is the victim: no threat of his
        "وقال وزير الدفاع الباكستاني: ستقصفنا الهند.",
    ],
)
def test_no_threat_from_restraint_or_from_being_struck(extractor, text):
    found = readings(extractor, text)
    assert not any(s == "PAK" and r == "threatens" and p == "affirmed" for s, r, _, p, _ in found), found
