"""Arabic wrong readings mended as classes, round 23 (branch ``polish``), on the real extractor
with our own sentences.

- a verb of telling of a fact (``gk:TellingOfCue``: أفاد، ذكر، أورد، نقل، أشار ...) gives its
  subject as the source of the act a verbal noun after it names, never as that act's agent; nor
  does a reporter carry its subject into "أن/إن + a noun + verb" (the noun is the verb's subject,
  just not an actor). Announcing, denying and first-person readings keep the speaker.
- soldiers named by a bare noun ("جنود") whose state only the context gave (a place behind في,
  the document's state; ``span._.settled_group``) are of no state where that state is a guess:
  the partner of a meeting (the place is where they met; soldiers serve abroad), and the victims
  of an attack whose attacker is the adjective's state ("قتل عشرة جنود في هجوم أمريكي": the
  attacker's own, nor civilians). Police keep the place's state (gk:HomeSectors).
"""

from __future__ import annotations

import pytest

from tests.helpers import parties_ar

# (the teller, its state): a body, an official with a nationality, a news agency
_TELLERS = [
    ("الشرطة الباكستانية", "PAK"),
    ("مسؤول باكستاني", "PAK"),
    ("وكالة الأنباء الباكستانية", "PAK"),
]
# (the act, its relation): abduction, arrest, shelling, aimed at Turkish victims
_ACTS = [
    ("خطف ثلاثة مهندسين أتراك", "abducts"),
    ("اعتقال ثلاثة صحفيين أتراك", "arrests"),
    ("قصف مواقع تركية", "attacks"),
]
# shapes of telling of an act: verb + ب + noun, verb + noun, verb + إلى + noun, verb + that + a
# noun of no party + verb
_SHAPES = [
    "وأفادت {t} ب{a} قرب الحدود.",
    "وذكرت {t} {a} قرب الحدود.",
    "وأشارت {t} إلى {a} قرب الحدود.",
    "وتحدثت {t} عن {a} قرب الحدود.",
]
_THAT_SHAPES = [
    "وأفادت {t} بأن مسلحين خطفوا ثلاثة مهندسين أتراك.",
    "وقالت {t} إن مسلحين مجهولين خطفوا ثلاثة مهندسين أتراك.",
    "وذكرت {t} أن رجالا ملثمين اعتقلوا ثلاثة صحفيين أتراك.",
]


@pytest.mark.parametrize("shape", _SHAPES)
@pytest.mark.parametrize("teller", _TELLERS)
@pytest.mark.parametrize("act", _ACTS)
def test_teller_is_no_agent_of_the_act_told(extractor, shape, teller, act):
    found = parties_ar(extractor, shape.format(t=teller[0], a=act[0]))
    assert not any(s == teller[1] and r == act[1] for s, r, _ in found), found


@pytest.mark.parametrize("shape", _THAT_SHAPES)
@pytest.mark.parametrize("teller", _TELLERS)
def test_teller_carries_no_subject_past_a_noun_after_that(extractor, shape, teller):
    found = parties_ar(extractor, shape.format(t=teller[0]))
    assert not any(s == teller[1] and r in ("abducts", "arrests") for s, r, _ in found), found


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # announcing, denying, first person: the speaker's own act (must stay)
        ("أعلنت بوليفيا قطع العلاقات مع إسرائيل.", ("BOL", "breaksDiplomaticRelationsWith", "ISR")),
        ("نفت إيران تزويد روسيا بالصواريخ.", ("IRN", "providesMilitaryAidTo", "RUS")),
        ("وأكدت الحكومة العراقية أنها اعتقلت ثلاثة أتراك.", ("IRQ", "arrests", "TUR")),
        # a named actor after "that" is the act's agent (must stay)
        ("وذكرت الشرطة أن القوات الأمريكية اعتقلت ثلاثة عراقيين.", ("USA", "arrests", "IRQ")),
        ("وأفادت الشرطة بأن القوات التركية قصفت مواقع عراقية.", ("TUR", "attacks", "IRQ")),
    ],
)
def test_own_and_named_agents_stay(extractor, text, party):
    assert party in parties_ar(extractor, text)


_MEETERS = [("الرئيس الأمريكي", "USA"), ("وزير الدفاع البريطاني", "GBR"), ("رئيس الوزراء الفرنسي", "FRA")]
_MEETINGS = ["اجتمع {x} مع {n} {p}.", "والتقى {x} {n} {p}.", "زار {x} {n} {p}."]
_SOLDIERS = ["جنود", "الجنود", "العسكريين"]
_PLACES = [("في الأردن", "JOR"), ("في مالي", "MLI"), ("في قاعدة قرب بغداد", "IRQ")]


@pytest.mark.parametrize("shape", _MEETINGS)
@pytest.mark.parametrize("meeter", _MEETERS)
@pytest.mark.parametrize("soldiers", _SOLDIERS)
@pytest.mark.parametrize("place", _PLACES)
def test_soldiers_met_somewhere_are_of_no_state(extractor, shape, meeter, soldiers, place):
    found = parties_ar(extractor, shape.format(x=meeter[0], n=soldiers, p=place[0]))
    assert not any(place[1] in (s, o) for s, _, o in found), found


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # whose soldiers the sentence says; the home sectors are of the place (must stay)
        ("اجتمع الرئيس الأمريكي مع جنود عراقيين في الأردن.", ("USA", "meetsWith", "IRQ")),
        ("التقى وزير الدفاع الأمريكي قادة الجيش العراقي في بغداد.", ("USA", "meetsWith", "IRQ")),
        ("اجتمع وزير الداخلية البريطاني مع الشرطة في بغداد.", ("GBR", "meetsWith", "IRQ")),
        ("استقبل الملك عبد الله الثاني في عمان وزير الخارجية الأمريكي.", ("JOR", "hosts", "USA")),
    ],
)
def test_named_partners_keep_their_state(extractor, text, party):
    assert party in parties_ar(extractor, text)


_CASUALTIES = ["قتل {n} في {a}.", "أصيب {n} في {a}.", "لقي {n} مصرع{h} في {a}."]
_ATTACKS = [("هجوم أمريكي", "USA"), ("قصف روسي", "RUS"), ("هجوم تركي", "TUR")]


@pytest.mark.parametrize("shape", _CASUALTIES)
@pytest.mark.parametrize("soldiers", [("عشرة جنود", "هم"), ("12 جنديا", "هم"), ("ثلاثة جنود", "هم")])
@pytest.mark.parametrize("attack", _ATTACKS)
def test_soldiers_killed_in_a_named_attack_are_no_attackers_own(extractor, shape, soldiers, attack):
    text = shape.format(n=soldiers[0], h=soldiers[1], a=attack[0])
    found = parties_ar(extractor, text, labels=("object",))
    assert any(s == attack[1] for s, _, _ in found), found
    # the victims: neither the attacker's own nor civilians
    assert not any(o in (attack[1], "civilians") for _, _, o in found), found


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # victims whose state the sentence says (must stay)
        ("قتل ثلاثة جنود عراقيين في هجوم أمريكي.", ("USA", "IRQ")),
        ("قتل عشرة جنود في هجوم أمريكي في العراق.", ("USA", "IRQ")),
        ("قتل خمسة جنود سوريين في غارة إسرائيلية.", ("ISR", "SYR")),
    ],
)
def test_victims_named_or_placed_keep_their_state(extractor, text, party):
    assert any((s, o) == party for s, _, o in parties_ar(extractor, text)), parties_ar(extractor, text)


def _amman_or_oman(extractor, text: str) -> str | None:
    """The state the mention "عمان" of a text is linked to."""
    _, mentions = extractor.extract_text(text, lang="ar")
    return next((m.entity.country for m in mentions if m.text == "عمان"), None)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # the context decides: a Jordanian party, a place of an event in Jordan ("في عمان")
        ("غادر الملك عبد الله الثاني عمان متوجها إلى واشنطن.", "JOR"),
        ("عاد العاهل الأردني إلى عمان بعد زيارة لفرنسا.", "JOR"),
        ("وصل رئيس الوزراء العراقي إلى عمان في زيارة للأردن.", "JOR"),
        ("تظاهر مئات الأردنيين في عمان احتجاجا على السياسة الإسرائيلية.", "JOR"),
        ("اعتقلت الشرطة الأردنية ثلاثة أشخاص في عمان.", "JOR"),
        ("انفجرت قنبلة في عمان صباح اليوم.", "JOR"),
        # an Omani context keeps the sultanate (must stay)
        ("التقى وزير الخارجية الإيراني في عمان نظيره العماني.", "OMN"),
        ("وصل وزير الخارجية الأمريكي إلى عمان حيث التقى السلطان قابوس.", "OMN"),
    ],
)
def test_amman_or_oman_by_context(extractor, text, state):
    assert _amman_or_oman(extractor, text) == state


# "لقي ... مصرعه/حتفه": the idiom's noun takes every pronoun suffix (the lexicon lists the bare
# noun; word_variants gives مصرعه، مصرعها، مصرعهما، مصرعهم), and the party between its words is
# who died, a count or none (a dual is a count of two).
_MET_DEATH = ["لقي{f} {v} مصرع{h} في {a}.", "لقي{f} {v} حتف{h} في {a}."]
_VICTIMS = [
    ("", "جنديان", "هما", "armed forces"),
    ("", "شرطيان", "هما", "police"),
    ("", "ثلاثة جنود", "هم", "armed forces"),
    ("ت", "امرأة", "ها", "civilians"),
]


@pytest.mark.parametrize("shape", _MET_DEATH)
@pytest.mark.parametrize("victims", _VICTIMS)
@pytest.mark.parametrize("attack", _ATTACKS)
def test_met_their_death_in_an_attack_names_its_victims(extractor, shape, victims, attack):
    text = shape.format(f=victims[0], v=victims[1], h=victims[2], a=attack[0])
    found = parties_ar(extractor, text, labels=("object",))
    assert (attack[1], "attacks", victims[3]) in found, found


@pytest.mark.parametrize(
    "text",
    [
        # an accident, a crash: deaths, no attack (must not)
        "لقي جنديان مصرعهما في تحطم مروحية.",
        "لقي شرطيان حتفهما في حادث سير.",
        "لقي ثلاثة جنود حتفهم في تحطم طائرة.",
    ],
)
def test_met_their_death_in_an_accident_is_no_attack(extractor, text):
    assert not parties_ar(extractor, text), parties_ar(extractor, text)


# An impersonal passive ("تم/جرى + a verbal noun", gk:ImpersonalPassiveCue) under a reporting
# verb: the speaker is the source, never the agent; the agent is named only after من قبل / على يد.
_SPEAKERS = [
    ("قالت وزارة الداخلية الباكستانية", "PAK"),
    ("قال مسؤول باكستاني", "PAK"),
    ("ذكرت الشرطة الباكستانية", "PAK"),
]
_HIDDEN = ["تم اعتقال صحفي تركي", "جرى اعتقال صحفي تركي", "تم قصف مواقع تركية", "تمت مهاجمة السفارة التركية"]


@pytest.mark.parametrize("speaker", _SPEAKERS)
@pytest.mark.parametrize("act", _HIDDEN)
@pytest.mark.parametrize("that", ["إنه", "أنه"])
def test_speaker_is_no_agent_of_an_impersonal_passive(extractor, speaker, act, that):
    text = f"{speaker[0]} {that} {act}."
    assert not any(s == speaker[1] for s, _, _ in parties_ar(extractor, text)), parties_ar(extractor, text)


@pytest.mark.parametrize("speaker", _SPEAKERS)
@pytest.mark.parametrize("act", ["تم اعتقال صحفي تركي", "تم قصف مواقع تركية"])
@pytest.mark.parametrize("agent", ["من قبل الجيش الهندي", "على يد الجيش الهندي"])
def test_impersonal_passive_takes_its_named_agent(extractor, speaker, act, agent):
    text = f"{speaker[0]} إنه {act} {agent}."
    found = parties_ar(extractor, text)
    assert ("IND", "TUR") in {(s, o) for s, _, o in found}, found


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # must stay: the speaker's own act, a joint act with the party behind مع
        ("قالت الشرطة الباكستانية إنها اعتقلت صحفيا تركيا.", ("PAK", "arrests", "TUR")),
        ("أعلنت الحكومة العراقية أنه تم توقيع اتفاق مع تركيا.", ("IRQ", "signsAgreementWith", "TUR")),
        ("تم اعتقال الوزير الفلسطيني من قبل القوات الإسرائيلية.", ("ISR", "arrests", "PSE")),
    ],
)
def test_own_and_joint_acts_keep_the_speaker(extractor, text, party):
    assert party in parties_ar(extractor, text), parties_ar(extractor, text)
