"""Arabic attacks and protests: which sentences report one, and who its sides are, on the real
extractor and our own sentences (issue 12, the ``ar_events_dev`` part).

- a state, one of its institutions or an international body ("الاحتجاج الأوروبي": the EU, no
  nationality) that protests complains officially (``gk:officialForm``): no demonstration by it;
- a number beside a month name, an hour word or after a year word is a date or a time, no count
  of people: no casualties counted near it (``gk:MeasureCue``, ``gk:YearWordCue``);
- a singular verb of coercing people with one noun phrase and no object after it is the
  unvowelled passive: that phrase is the victim, never the abductor; so is a killing verb's
  phrase with the agent named after it ("برصاص", "على يد");
- an event noun after "غداة" (the day after), "عشية" (the eve of), "خلال" or "أثناء" (during) is
  what the sentence dates by, not what it reports; nobody named near it is its agent (a meeting
  during which something is said was still held);
- what "سبق أن" (had already) tells happened before the news: no new protest or attack;
- a protest verb is intransitive (``gk:intransitive``): with an object pronoun it is another verb;
- "احتجاجا على" (in protest at) reports a protest; "احتجاجها" (its protest) ends in a possessive,
  not the accusative's alif: no crowd is implied by it;
- "شن هجوم" (launching an attack, the light verb's verbal noun with its genitive) is one trigger,
  so the attempt or plan before it keeps it from being told as done;
- an act named as an incident or a crime ("حادث الهجوم", "جريمة قتل") is one the reader knows;
- what is believed or hinted at ("من المعتقد أن", "ألمح إلى") is alleged, not told as done; what
  is predicted ("تنبأ", "تكهن") is expected;
- an imperfect (in ي, or in تت for a perfect in ت: "تتعرض", "تتظاهر") tells a habit or a scene,
  also for "تعرض ل" (is subjected to) and for the verb "احتجاجا" qualifies: no event;
- a capital standing for its state ("تل أبيب", "بغداد") is never the agent of a use of force;
- the subject of "تعرض ل" (was subjected to) undergoes the act named after it, also with a
  demonstrative between ("لهذا الهجوم"): it is the target, never the agent, and the place the act
  happened in is no target, also where the agent is named ("لهجوم من قبل مسلحين");
- a body behind ل after a verb speaks as its official only behind an office title ("الأمين العام
  لجامعة الدول العربية"); after another noun it is part of the object ("نقطة تفتيش للشرطة");
- an active killing verb's accusative right after its agent ("قتل مسلحون جنديا") is who was
  killed, not the place after it; a time word after the phrase ("وقتل جندي أمريكي أمس في بغداد") is
  no object, so the verb stays passive (``gk:RelativeTimeCue``, the cue role ``relative_time``);
- the verbal noun of a transitive act (``gk:PatientGenitiveCue``: "مهاجمة", "استهداف", "اغتيال")
  has whom it befalls in its genitive, never its agent, unless the object follows behind ل;
- going out or down "إلى الشوارع" (into the streets), a sit-in or strike carried out, a hunger
  strike is a protest; "إلى الشارع" (the street, in the singular) is also the public: no trigger;
- a sentence of more than 50 words that names no time of the news (no "أمس", "اليوم", weekday) is
  commentary or history: the acts of force it names are no attacks it reports;
- a killing noun with one indefinite victim typed by role and state ("مقتل جندي أمريكي") reports
  the act, as a count would; a definite victim ("مقتل الجندي الأمريكي") is an act already told;
- an act on people whose agent is named and whose victims are no actor ("اختطف مسلحون مهندسا في
  بغداد") befalls the civilians of the place's state (``gk:impliedVictims``);
- the dead of clashes (a symmetric use of force) are the fighting reported ("قتل خمسة جنود في
  اشتباكات"); those of an act with no agent named or implied (an airstrike's) name nobody;
- the party between the words of a casualty phrase ("لقي جندي أمريكي حتفه") is who met it;
- a verb form right after a preposition is its verbal noun, also with an opening quote between
  ("من «تجمع النقابات»": a body's name, no gathering);
- an event noun first or second after the agent's marker ("برصاص قوات الاحتلال") names the killer,
  never an act of the victim before the marker; the words after it that resolve ("الإسرائيلي") are
  the agent; an occupier that does not resolve is nobody, not an unidentified attacker;
- the unidentified attacker of soldiers takes the state of the place named, else none, never the
  soldiers' own ("وقتل جنديان أمريكيان في هجوم");
- a count near a protest noun counts its crowd ("شارك آلاف الطلاب في مظاهرة"); one that counts the
  dead or wounded beside it ("وقتل ثلاثة أشخاص في أعمال شغب") tells what befell them: no protest;
- a sentence opening "يأتي ذلك فيما/بعد" (this comes as/after) gives the news before it its context:
  an act it names with no agent named is not reported, and no unidentified attacker is supplied;
- people named right after an act by a mention that does not act ("صحافيين فرنسيين": journalists,
  linked to their state's press) are its victims: their state, not the place's;
- a definite noun of the wounded that no count introduces ("ونقل الجرحى إلى المستشفى") names the
  casualties of an act already told: no new event; counted ("عشرات الجرحى") it still reports one;
- an event noun the sentence ranks in a series ("وهذا ثالث هجوم", "ويعد أحدث هجوم") is an act told
  before; "في أحدث هجوم من نوعه" after the act it qualifies leaves that act reported;
- "احتجاجا" (in protest) reports a protest after a verb of its clause or a crowd counted before it
  ("أغلق مئات الطلاب الطريق احتجاجا"); after a verbal noun alone ("بعد محاولته إحراق نفسه
  احتجاجا") it says why something was done: no protest;
- a verb of coercing people after its subject with nothing it acts on after it ("وكان النمساويان قد
  خطفا في العراق") is the passive: the subject was abducted, never the abductor;
- "عمان" (Oman, and Amman) goes to Amman where no certain mention decides and a weak label of a
  Jordanian place stands in the document ("في عمان والزرقاء");
- a verb of force that found no subject, with an agent named after "من قبل" or "على يد" in its
  clause ("وخطف مهندس ... على يد ثلاثة مسلحين"), is that agent's act; after "مأساة" (the tragedy
  of) the form is the verbal noun of what is told about, no act reported;
- the verbal noun of wounding ("وإصابة نحو عشرة آخرين") reports an attack with a count near it, as
  killing words do (``gk:CountedWoundingCue``); alone it is an injury or an infection;
- casualties counted before an act noun after a cause word ("قتل 15 شخصا جراء هجوم انتحاري",
  ``gk:CauseFrameCue``) are reported as their own event; the act in passing does not take them;
- a verb of force right after a subject the linker could give no state ("إن متمردين اغتالوا")
  reports the act, its agent the unidentified side of no state; not after a party behind ل;
- "تعرض" with the party it befell between it and the act ("وتعرضت القوات الأمريكية لهجوم", "تعرض
  وزير الطاقة العراقي لمحاولة اغتيال") reports the act as right before it does; an attempted
  assassination takes the unidentified attackers as its implied agent, as an assassination does;
- casualties told as falling ("أسفر عن سقوط ضحايا", "وقوع إصابات", ``gk:CasualtiesFellCue``) report
  an attack with no count, as wounding words do; "الضحايا" alone does not;
- a disaster word (``gk:NotAnAttackCue``: hunger, floods) keeps a sentence from any act of force
  completed or casualty frame, but a protest in it ("احتجاجا على الجوع") is still completed;
- an act noun that is the object of a verb of carrying it out in the perfect ("نفذ مسلحون عملية
  الخطف", ``gk:PerformVerbCue``) is reported as a finite verb of the act would be;
- a verb of force with an act noun or a device right beside it ("وفجرت سيارة مفخخة") reports the
  event as a place beside it would; not after an auxiliary ("وكانت الجماعة تفجر");
- a verb of force with no object named whose object is a thing owned by a party behind ل ("استهدف
  هجوم نقطة تفتيش للجيش الأمريكي") struck that party, not the civilians of the place.
"""

from __future__ import annotations

import pytest
from geokg.extract.model import Argument
from geokg.extract.pipeline import Extractor
from helpers import happened_ar

DATE = "2008-03-12"


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def triples(extractor, text: str) -> set[tuple[str | None, str, str | None]]:
    """(subject country or id, relation, object country or id) of the affirmed, happened ones."""
    return happened_ar(extractor, text, DATE)


def test_a_state_institution_that_protests_complains_officially(extractor):
    found = triples(extractor, "احتجت الشرطة الأردنية على قرار الحكومة السورية.")
    assert ("JOR", "criticizes", "SYR") in found
    assert not {t for t in found if t[1] == "protests"}


def test_an_international_body_that_protests_complains_officially(extractor):
    # "الأوروبي" names the European Union, not a nationality: no crowd of Europeans took to the street.
    found = triples(extractor, "وأبلغ المفوض الاحتجاج الأوروبي الرسمي إلى الحكومة الإيرانية.")
    assert not {t for t in found if t[1] == "protests"}
    found = triples(extractor, "احتج الاتحاد الأوروبي على قرار الحكومة الإيرانية.")
    assert not {t for t in found if t[1] == "protests"}
    assert {t for t in found if t[1] == "criticizes"}


def test_a_capital_where_a_crowd_protests_is_no_official_protester(extractor):
    text = "وتظاهر قرابة ثلاثمائة طالب أمام مبنى نقابة المحامين في القاهرة أمس احتجاجا على زيارة بوش."
    found = triples(extractor, text)
    assert ("EGY", "protests", "USA") in found
    assert not {t for t in found if t[1] == "criticizes"}


def test_a_crowd_that_protests_still_demonstrates(extractor):
    found = triples(extractor, "تظاهر مئات الطلاب الأردنيين أمام السفارة الإسرائيلية في عمان.")
    assert ("JOR", "protests", "ISR") in found


FORCE_OR_PROTEST = ("attacks", "assaults", "carriesOutBombingAgainst", "protests")

# Sentences that report no attack and no protest, by the mechanism that keeps the event out.
NO_EVENT = {
    "a duration is no count": "وأدلى الوزير الأردني بتصريحه بعد 36 ساعة على جريمة قتل شرطي في الزرقاء.",
    "a date is no crowd count": "وقال الوزير إن الحكومة التي أسقطتها مظاهرات 14 آذار في بيروت لم تكن شرعية.",
    "a date is no casualty count": "وتذكر الصحيفة أن مقتل الصحافي في 12 ديسمبر 2005 هز بيروت.",
    "the day after": "وقال المتحدث باسم الحكومة المغربية غداة اعتداء في مقهى في الدار البيضاء إن المغرب مستهدف.",
    "the eve of": "وقال الوزير العراقي عشية الهجوم على الموصل إن الجيش مستعد.",
    "an attempt to launch": "أوقف الأمن خمسة شبان لصلتهم بمحاولة شن هجوم على ثكنة في كويتا.",
    "a crime named": "وجاءت التصريحات بعد يومين على جريمة قتل خمسة أطفال في غزة.",
    "a habit in ي": "وسكان سديروت يتعرضون لقصف صاروخي من غزة.",
    "a habit in تت": "والمدينة الإسرائيلية تتعرض لقصف صاروخي من غزة.",
    "a weekly scene": "وتتظاهر مئات النساء في القاهرة كل أسبوع.",
    "during a protest": "واعتقلت الشرطة الإيرانية ثلاثة طلاب خلال تظاهرة في طهران الأسبوع الماضي.",
    "in protest, as a habit": "وهو المبنى الذي يتجمع عمال أمامه احتجاجا على البطالة في تونس.",
    "a capital as a place": "وفي ضاحية جرمانا شرقي دمشق أدى القتال بين العصابات والمسلحين إلى فرار العشرات.",
    "a habit with its subject between": "وتتعرض القوات البريطانية باستمرار لهذه الهجمات في البصرة.",
    "a capital given no green light": "وأكد المصدر أن موسكو لم تعط أنقرة ضوءا أخضر للهجوم على سوريا.",
}


@pytest.mark.parametrize("text", list(NO_EVENT.values()), ids=list(NO_EVENT))
def test_no_attack_or_protest_is_told(extractor, text):
    assert not {t for t in triples(extractor, text) if t[1] in FORCE_OR_PROTEST}


def test_a_meeting_during_which_something_is_said_was_held(extractor):
    text = "وأكد الرئيس المصري خلال محادثات مع نظيره السوري في القاهرة دعم بلاده للبنان."
    assert {t for t in triples(extractor, text) if t[1] == "meetsWith" and t[0] == "EGY"}


def test_a_count_of_people_still_reports_the_killing(extractor):
    found = triples(extractor, "وقتل 14 شخصا في انفجار سيارة مفخخة في بغداد أمس.")
    assert {t for t in found if t[1] in FORCE_OR_PROTEST and t[0] == "IRQ"}


def test_an_unvowelled_passive_abduction_makes_the_victim_no_abductor(extractor):
    found = triples(extractor, "وخطف مسؤول حماس في خان يونس الأسبوع الماضي.")
    assert not {t for t in found if t[1] == "abducts"}


def test_an_active_abduction_keeps_its_abductor(extractor):
    found = triples(extractor, "وخطف مسلحون مهندسا تركيا في بغداد.")
    assert {t for t in found if t[1] == "abducts" and t[0] == "IRQ"}


@pytest.mark.parametrize(
    "text",
    [
        "وقتل جندي أمريكي برصاص قناص في بغداد.",
        "وقتل جندي أمريكي على يد مسلحين في بغداد.",
        # a time word between the phrase and what follows it is no object
        "وقتل جندي أمريكي أمس برصاص قناص في بغداد.",
        "وقتل جندي أمريكي اليوم في بغداد.",
        "وقتل جندي أمريكي يوم الخميس في بغداد.",
    ],
)
def test_the_soldier_killed_by_a_named_agent_is_the_victim(extractor, text):
    found = {t for t in triples(extractor, text) if t[1] in FORCE_OR_PROTEST}
    assert found and all(t[0] == "IRQ" and t[2] == "USA" for t in found)


def test_what_had_happened_before_is_no_new_protest(extractor):
    earlier = triples(extractor, "وسبق لعدد من الناشطين الكويتيين أن نظموا مظاهرة أمام البرلمان في الكويت.")
    assert not {t for t in earlier if t[1] in FORCE_OR_PROTEST}
    news = triples(extractor, "ونظم عدد من الناشطين الكويتيين مظاهرة أمام البرلمان في الكويت.")
    assert ("KWT", "protests", "KWT") in news


def test_a_protest_verb_with_an_object_pronoun_is_another_verb(extractor):
    found = triples(extractor, "وتتواصل في بيروت لقاءات تجمعه بأعضاء كتلته النيابية.")
    assert not {t for t in found if t[1] == "protests"}
    found = triples(extractor, "وتجمع مئات الطلاب أمام السفارة الأمريكية في بيروت.")
    assert {t for t in found if t[1] == "protests"}


def test_a_possessed_protest_noun_is_no_adverbial_of_protest(extractor):
    found = triples(extractor, "ومن اللافت أن يعلن المجلس الإسلامي في الأردن احتجاجه على قرار اليونسكو.")
    assert not {t for t in found if t[1] == "protests"}
    found = triples(extractor, "وتظاهر مئات الطلاب في القاهرة احتجاجا على قرار الحكومة.")
    assert ("EGY", "protests", "EGY") in found


def test_a_believed_strike_is_alleged_not_reported(extractor):
    text = "وقال المسؤول إن من المعتقد أن الطائرات الأمريكية قصفت القرية في باكستان."
    assert not {t for t in triples(extractor, text) if t[1] in FORCE_OR_PROTEST}
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    assert {a.modality for a in assertions if a.relation == "attacks"} == {"alleged"}


def sides(extractor, text: str) -> set[tuple[str, str, str | None]]:
    """(subject id, relation, object id) of the affirmed, happened uses of force."""
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    return {
        (a.subject.entity.id, a.relation, a.object.entity.id if isinstance(a.object, Argument) else None)
        for a in assertions
        if a.polarity == "affirmed" and a.modality in ("asserted", "reported") and a.relation in FORCE_OR_PROTEST
    }


@pytest.mark.parametrize(
    "text", ["وتعرضت القوات البريطانية لهذا الهجوم في البصرة.", "وتعرضت القوات البريطانية لذلك القصف قرب البصرة."]
)
def test_who_was_subjected_to_an_act_never_does_it(extractor, text):
    found = sides(extractor, text)
    assert not {t for t in found if t[0] == "gbr-armed-forces"}
    # the forces are what the act befell, not the city it happened in
    assert not {t for t in found if t[2] == "basra"}


def test_what_was_subjected_to_an_act_by_a_named_agent_is_its_target(extractor):
    found = sides(extractor, "وتعرضت دورية للجيش البريطاني لهجوم من قبل مسلحين في البصرة.")
    assert found and all(t[2] == "gbr-army" for t in found)


def test_the_accusative_after_a_killing_verbs_agent_is_who_was_killed(extractor):
    found = sides(extractor, "قتل مسلحون جنديا بريطانيا في البصرة.")
    assert found and all(t[2] != "basra" for t in found)
    assert {t for t in found if t[2] and t[2].endswith("armed-forces")}


def test_a_body_behind_li_in_the_object_phrase_is_part_of_the_object(extractor):
    found = sides(extractor, "واستهدف نقطة تفتيش للشرطة العراقية في الموصل.")
    assert not {t for t in found if t[0] == "irq-police"}
    # behind an office title, the body behind ل is whom the official speaks for
    official = triples(extractor, "ودعا الأمين العام لجامعة الدول العربية إسرائيل إلى وقف الاستيطان.")
    assert ("arab-league", "appealsTo", "ISR") in official


@pytest.mark.parametrize(
    "text",
    [
        "وأعلن الجيش الأمريكي عن استهداف المسلحين في الفلوجة أمس.",
        "وقال الجيش العراقي إن قواته تستعد لمهاجمة المسلحين في الموصل.",
    ],
)
def test_the_genitive_of_a_transitive_acts_noun_is_no_attacker(extractor, text):
    assert not {t for t in sides(extractor, text) if t[0] == "irq-rebels"}


def test_the_genitive_of_a_transitive_acts_noun_is_its_object(extractor):
    assert not {t for t in sides(extractor, "وأدى اغتيال رئيس الوزراء اللبناني إلى أزمة.") if t[1] == "assassinates"}
    # the object behind ل makes the genitive the agent again
    arrest = triples(extractor, "وتحدثت الصحيفة عن اعتقال الشرطة الإسرائيلية للطلاب الفلسطينيين في القدس.")
    assert ("ISR", "arrests", "PSE") in arrest
    # an accused or threatening party is the agent, the genitive what it would befall
    assert ("IRN", "attacks", "USA") in triples_any(extractor, "وهددت إيران باستهداف السفن الأمريكية في الخليج.")


def triples_any(extractor, text: str) -> set[tuple[str, str, str | None]]:
    """(subject country, relation, object country) of every assertion, whatever its modality."""
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    return {
        (a.subject.entity.country, a.relation, a.object.entity.country if isinstance(a.object, Argument) else None)
        for a in assertions
    }


def test_a_weak_place_of_jordan_beside_amman_makes_it_amman(extractor):
    # no certain mention decides: the weak label of a Jordanian city tips عمان to Amman
    found = triples(extractor, "تظاهر العمال في عمان والزرقاء احتجاجا على رفع الأسعار.")
    assert ("JOR", "protests", "JOR") in found
    # a certain mention of Oman still decides for Oman
    found = triples(extractor, "تظاهر العمال في عمان والزرقاء احتجاجا على قرار الحكومة العمانية.")
    assert ("OMN", "protests", "OMN") in found


@pytest.mark.parametrize("text", ["وتنبأ الخبير بهجوم إسرائيلي على إيران.", "وتكهن المحلل بهجوم إسرائيلي على إيران."])
def test_a_predicted_attack_is_expected_not_told(extractor, text):
    assert not {t for t in triples(extractor, text) if t[1] in FORCE_OR_PROTEST}
    assert ("ISR", "attacks", "IRN") in triples_any(extractor, text)


# A crowd going out or down into the streets (plural), carrying out a sit-in or a strike, going on
# hunger strike: the protest, its crowd of the place (or the nationality) and the government it
# addresses.
STREET_AND_STRIKE = {
    "ونزل آلاف العمال إلى الشوارع في القاهرة أمس.": ("EGY", "protests", "EGY"),
    "وخرج آلاف الطلاب إلى الشوارع في طهران.": ("IRN", "protests", "IRN"),
    "أضرب عشرات المعتقلين الفلسطينيين عن الطعام في سجن عسقلان.": ("PSE", "protests", "ISR"),
}


@pytest.mark.parametrize("text", list(STREET_AND_STRIKE))
def test_streets_and_hunger_strikes_are_protests(extractor, text):
    assert STREET_AND_STRIKE[text] in triples(extractor, text)


def test_the_street_in_the_singular_is_the_public_no_protest(extractor):
    found = triples(extractor, "وقال المحلل إن الحزب نزل إلى الشارع لكسب الأصوات في القاهرة.")
    assert not {t for t in found if t[1] == "protests"}


# A long sentence of commentary (more than 50 words) recalling a killing; with "أمس" it is news.
COMMENTARY = (
    "ويرى الكاتب في مقاله الطويل أن المنطقة تعيش منذ سنوات طويلة حالة من الاضطراب السياسي والاقتصادي"
    " والاجتماعي، وأن الحكومات المتعاقبة لم تنجح في معالجة أسباب الفقر والبطالة والفساد، وأن الجماعات"
    " المسلحة استغلت هذا الفراغ فقتل مسلحون{when} عشرة جنود عراقيين في الموصل، ثم توسعت هذه الجماعات في"
    " المدن والقرى المجاورة دون أن تجد من يردعها أو يحاسبها على ما ارتكبته من جرائم بحق المدنيين الأبرياء"
    " في كل مكان."
)


def test_a_long_sentence_that_names_no_time_of_the_news_reports_no_attack(extractor):
    found = triples(extractor, COMMENTARY.format(when=""))
    assert not {t for t in found if t[1] in FORCE_OR_PROTEST}


def test_a_long_sentence_that_says_when_still_reports_the_attack(extractor):
    found = triples(extractor, COMMENTARY.format(when=" أمس"))
    assert ("IRQ", "assaults", "IRQ") in found


# Fire opened or directed with the plural "نيران" (and its possessive), and "تعدى على" (assaulted).
FIRE_AND_ASSAULT = {
    "وأطلقت دبابات إسرائيلية نيرانها على منازل في بيت حانون أمس.": ("ISR", "attacks", "PSE"),
    "وفتح جنود أمريكيون النيران على سيارة مدنية في بغداد أمس.": ("USA", "attacks", "IRQ"),
    "وتعدى جنود أمريكيون على مدنيين عراقيين في بغداد أمس.": ("USA", "assaults", "IRQ"),
}


@pytest.mark.parametrize("text", list(FIRE_AND_ASSAULT))
def test_fire_opened_and_people_assaulted_are_uses_of_force(extractor, text):
    assert FIRE_AND_ASSAULT[text] in triples(extractor, text)


# A killing noun with one indefinite victim typed by role and state is a count of one; a named or
# definite one is an act the reader knows.
ONE_VICTIM = {
    "وأعلنت الشرطة مقتل جندي أمريكي في انفجار عبوة ناسفة في بغداد.": ("IRQ", "assaults", "USA"),
    "وأفادت مصادر بمقتل شرطي عراقي وإصابة آخر في الموصل.": ("IRQ", "assaults", "IRQ"),
    # "شخص" (a person) is a civilian of the place, one killed
    "وأعلن مصدر أمني مقتل شخص في انفجار عبوة ناسفة في النجف أمس.": ("IRQ", "assaults", "IRQ"),
    "وأعلنت الشرطة مقتل طفل في انفجار عبوة ناسفة في بغداد.": ("IRQ", "assaults", "IRQ"),
    # the party between the words of "لقي ... حتفه/مصرعه" is who met his death
    "ولقي جندي أمريكي حتفه في انفجار عبوة ناسفة في بغداد.": ("IRQ", "assaults", "USA"),
    "ولقي ثلاثة جنود أمريكيين مصرعهم في انفجار عبوة ناسفة في بغداد.": ("IRQ", "assaults", "USA"),
}


@pytest.mark.parametrize("text", list(ONE_VICTIM))
def test_a_killing_noun_with_one_victim_of_a_role_reports_the_act(extractor, text):
    assert ONE_VICTIM[text] in triples(extractor, text)


def test_a_killing_noun_before_a_definite_victim_is_no_new_act(extractor):
    found = triples(extractor, "وقال الوزير إن مقتل الجندي الأمريكي يثير تساؤلات كثيرة.")
    assert not {t for t in found if t[1] in FORCE_OR_PROTEST}


@pytest.mark.parametrize("quote", ["", "«"])
def test_a_verb_form_after_a_preposition_is_a_noun_also_behind_a_quote(extractor, quote):
    # "في «تجمع النقابات»": no verb follows a preposition, an opening quote between or not
    close = "»" if quote else ""
    text = f"وقال عضو في {quote}تجمع النقابات المهنية{close} في بيروت إن الحكومة اللبنانية أخطأت."
    assert not {t for t in triples(extractor, text) if t[1] == "protests"}


def test_a_named_agents_act_on_people_not_named_befalls_the_places_people(extractor):
    # "مهندسا" (an engineer) is no actor: the abduction befell the civilians of the place's state
    found = triples(extractor, "واختطف مسلحون مجهولون مهندسا في بغداد أمس.")
    assert ("IRQ", "abducts", "IRQ") in found


# The dead of clashes (a symmetric use of force, no implied agent) are the fighting reported; an
# airstrike's (no agent named, none implied) still have nobody to name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقتل خمسة جنود عراقيين في اشتباكات مع مسلحين في الموصل أمس.", ("IRQ", "assaults", "IRQ")),
        ("وأسفرت اشتباكات عنيفة في مقديشو أمس عن مقتل عشرة أشخاص.", ("SOM", "assaults", "SOM")),
    ],
)
def test_casualties_in_clashes_report_the_fighting(extractor, text, expected):
    assert expected in triples(extractor, text)


def test_casualties_of_an_airstrike_with_no_agent_name_nobody(extractor):
    found = triples(extractor, "وقتل أربعة مراقبين جراء غارة جوية في غزة أمس.")
    assert not {t for t in found if t[1] in FORCE_OR_PROTEST}


# Soldiers fall abroad as often as at home: the unidentified attacker of soldiers takes the
# state of the place named, else none; never the soldiers' own.
@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("وقتل ثلاثة جنود بريطانيين في هجوم أمس.", "unidentified-attackers"),
        ("وقتل ثلاثة جنود بريطانيين في هجوم قرب البصرة أمس.", "IRQ"),
    ],
)
def test_the_unidentified_attacker_of_soldiers_never_takes_their_state(extractor, text, attacker):
    found = {t for t in triples(extractor, text) if t[1] in FORCE_OR_PROTEST}
    assert found and {t[0] for t in found} == {attacker}
    assert all(t[2] == "GBR" for t in found)


# "برصاص قوات الاحتلال": the occupation noun in the phrase after the agent's marker names the
# killer, not an occupation by the victim before it; where the occupier does not resolve, no
# unidentified attacker stands in for it (a sniper still does).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("استشهد شاب فلسطيني برصاص قوات الاحتلال في مدينة نابلس صباح اليوم.", set()),
        ("استشهد شاب فلسطيني برصاص قوات الاحتلال في بلدة قلقيلية صباح اليوم.", set()),
        ("استشهد شاب فلسطيني برصاص قوات الاحتلال الإسرائيلي في مدينة نابلس أمس.", {("ISR", "attacks", "PSE")}),
    ],
)
def test_the_occupation_noun_naming_the_killer_is_no_act_of_the_victim(extractor, text, expected):
    found = {t for t in triples(extractor, text) if t[1] in FORCE_OR_PROTEST or t[0] == "PSE"}
    assert found == expected


def test_a_sniper_after_the_agents_marker_is_still_an_unidentified_attacker(extractor):
    found = triples(extractor, "وقتل جندي بريطاني برصاص قناص في البصرة أمس.")
    assert {t for t in found if t[1] in FORCE_OR_PROTEST} == {("IRQ", "assaults", "GBR")}


# A count near a protest noun counts the crowd only where it counts no casualties beside it.
@pytest.mark.parametrize(
    ("text", "protest"),
    [
        ("وشارك آلاف الطلاب في مظاهرة في القاهرة أمس.", True),
        ("وقتل ثلاثة أشخاص في أعمال شغب في لاغوس أمس.", False),
        ("وأصيب عشرون شخصا في مظاهرة في القاهرة أمس.", False),
    ],
)
def test_a_count_of_casualties_near_a_protest_noun_is_no_crowd(extractor, text, protest):
    found = triples(extractor, text)
    assert bool({t for t in found if t[1] == "protests"}) is protest


# "يأتي ذلك": the context of the news before; an attack named with its agent is still told.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ويأتي ذلك فيما قتل خمسة جنود عراقيين في هجوم انتحاري في الموصل أمس.", set()),
        ("يأتي ذلك بعد مقتل ستة أشخاص في انفجار سيارة مفخخة في كركوك أمس.", set()),
        ("وقتل خمسة جنود عراقيين في هجوم انتحاري في الموصل أمس.", {("IRQ", "attacks", "IRQ")}),
        ("يأتي ذلك بعد أن هاجم مسلحون مركزا للشرطة العراقية في الموصل أمس.", {("IRQ", "attacks", "IRQ")}),
    ],
)
def test_an_unnamed_attack_in_a_sentence_of_context_is_not_reported(extractor, text, expected):
    assert {t for t in triples(extractor, text) if t[1] in FORCE_OR_PROTEST} == expected


def test_journalists_abducted_abroad_are_of_their_own_state(extractor):
    found = triples(extractor, "وخطف مسلحون صحافيين فرنسيين في مقديشو أمس.")
    assert {t for t in found if t[1] == "abducts"} == {("SOM", "abducts", "FRA")}


# Acts already told: the wounded named definite, an attack ranked in its series. Beside each, the
# same words that do report an event. Then casualties told in other words than a count beside a
# killing word, each beside words that look the same and report no attack.
TOLD_BEFORE = {
    "ونقل الجرحى إلى مستشفى في بغداد أمس.": False,
    "وزار الوزير المصابين في مستشفى في الموصل.": False,
    "وسقط عشرات الجرحى في انفجار في بغداد أمس.": True,
    "وأصيب ثلاثة جنود عراقيين بجروح في بغداد أمس.": True,
    "وهذا خامس هجوم انتحاري تشهده قندهار منذ بداية الشهر.": False,
    "وهذا هو رابع هجوم على القوات الأمريكية في بغداد.": False,
    "ويعد أحدث هجوم على القوات الأمريكية في بغداد.": False,
    "وقتل خمسة جنود عراقيين في هجوم انتحاري في الموصل أمس، في أحدث هجوم من نوعه.": True,
    # the verbal noun of wounding, with a count (gk:CountedWoundingCue); alone, or with the
    # infection it names, no attack
    "أعلنت الشرطة أمس مقتل ضابط وإصابة نحو عشرة آخرين في ثلاث هجمات في بغداد.": True,
    "وأسفر الانفجار عن إصابة 12 شخصا في كركوك.": True,
    "وقال الطبيب إن إصابة اللاعب ليست خطيرة.": False,
    "وأعلنت وزارة الصحة أمس إصابة عشرة أشخاص بإنفلونزا الطيور في القاهرة.": False,
    # counted before the act that caused them (gk:CauseFrameCue); the cause before the casualties
    # in a relative clause is background still, and "منذ" counts time from an act, no cause
    "وقتل 15 شخصا وأصيب 30 آخرون بجروح جراء هجوم انتحاري في بعقوبة.": True,
    "وقال مصدر إن 20 جنديا قتلوا بسبب هجوم على قاعدتهم في الموصل.": True,
    "ولا تزال فرق الإطفاء تعمل في المبنى الذي احترق جراء التفجير الانتحاري الذي وقع أمس.": False,
    "وسقط 40 قتيلا في المدينة منذ اغتيال رئيس البلدية قبل عامين.": False,
    # told as falling, with no count (gk:CasualtiesFellCue); the victims named as a topic are none
    "وأفاد شهود أن انفجارا وقع في سوق ببغداد أسفر عن سقوط ضحايا.": True,
    "وطالب الوزير بمساعدة أسر الضحايا في بغداد.": False,
    # a verb of force with the device right beside it tells what went off, no place needed; after
    # an auxiliary it is a habit
    "وفجرت سيارة مفخخة صباح اليوم قرب سوق شعبية.": True,
    "وكانت الجماعة تفجر سيارات مفخخة قرب الأسواق.": False,
}


@pytest.mark.parametrize("text", list(TOLD_BEFORE))
def test_acts_told_before_and_casualties_told_without_a_count(extractor, text):
    assert bool({t for t in triples(extractor, text) if t[1] in FORCE_OR_PROTEST}) is TOLD_BEFORE[text]


@pytest.mark.parametrize(
    ("text", "protest"),
    [
        ("وتوفي رجل في القاهرة بعد محاولته إحراق نفسه احتجاجا على القرار.", False),
        ("وذكر شهود أن مئات العمال تجمعوا في القاهرة مساء الأحد احتجاجا على زيارة بوش.", True),
        ("أغلق مئات الطلاب الطريق في القاهرة احتجاجا على غلاء الأسعار.", True),
    ],
)
def test_in_protest_after_a_verbal_noun_alone_is_no_protest(extractor, text, protest):
    assert bool({t for t in triples(extractor, text) if t[1] == "protests"}) is protest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وكان النمساويان قد خطفا في العراق الشهر الماضي.", set()),
        ("وكان مسلحون قد خطفوا ثلاثة مهندسين في العراق الشهر الماضي.", {("IRQ", "abducts", "IRQ")}),
    ],
)
def test_a_subject_before_an_abduction_with_no_object_was_abducted(extractor, text, expected):
    assert {t for t in triples(extractor, text) if t[1] == "abducts"} == expected


@pytest.mark.parametrize(
    ("text", "relation", "expected"),
    [
        ("وتظاهر آلاف العمال في القاهرة أمس احتجاجا على الجوع وغلاء الأسعار.", "protests", True),
        ("وتجمع مئات المتظاهرين أمام البرلمان في نيروبي أمس للمطالبة بمساعدة ضحايا الفيضانات.", "protests", True),
        # the dead of a disaster are no attack's
        ("وقتل خمسة أشخاص في زلزال ضرب مدينة في شمال إيران أمس.", "attacks", False),
    ],
)
def test_a_protest_about_a_disaster_is_still_a_protest(extractor, text, relation, expected):
    assert any(t[1] == relation for t in triples(extractor, text)) is expected


# Who did an act of force, where the text names its agent in other ways than a subject before
# the object: after "من قبل"/"على يد", as an unlinked subject, with the party "تعرض" names between,
# as the subject of a verb of carrying the act out.
SIDES = {
    "وخطف مهندس تركي في مدينة الموصل أمس على يد ثلاثة مسلحين.": {("IRQ", "abducts", "TUR")},
    "وقال الشرطي إن سائقا أردنيا اختطف في الرمادي صباح أمس من قبل مسلحين.": {("IRQ", "abducts", "IRQ")},
    # "the tragedy of": the abduction is what is told about, no act reported here
    "وتحدث الكاتب عن مأساة خطف ابن عمه على يد مسلحين في الموصل.": set(),
    # rebels of no state the text settles: still the subject of the act it reports
    "وقال الضابط إن متمردين اغتالوا زعيما قبليا في قرية نائية الأسبوع الماضي.": {(None, "assassinates", None)},
    # behind ل, before a verb joined by و: no subject of it
    "ونصب الحراس كمينا للمسلحين وهاجموهم قرب قرية نائية.": set(),
    # the party it befell between "تعرض" and the act, of any length; a habit is no event
    "وتعرضت القوات الأمريكية لهجوم في بغداد.": {("IRQ", "attacks", "USA")},
    "تعرض وزير الطاقة العراقي لمحاولة اغتيال في البصرة أمس.": {("IRQ", "attemptsToAssassinate", "IRQ")},
    "وتتعرض القوات الأمريكية لهجمات في بغداد.": set(),
    # the object of a verb of carrying it out, in the perfect: the act done; planned, it is not
    "ونفذ مسلحون عملية الخطف في منطقة قرب هرات.": {("AFG", "abducts", "AFG")},
    "وينفذ المسلحون عمليات الخطف في المنطقة منذ سنوات.": set(),
    # the owner behind ل of the thing struck is whom the act struck, not the place's civilians
    "واستهدف هجوم انتحاري أمس نقطة تفتيش للجيش الأمريكي قرب الفلوجة.": {("IRQ", "attacks", "USA")},
}


@pytest.mark.parametrize("text", list(SIDES))
def test_the_agent_named_after_a_marker_unlinked_or_across_tarrada(extractor, text):
    force = ("abducts", "assassinates", "attemptsToAssassinate", "attacks")
    assert {t for t in triples_any(extractor, text) if t[1] in force} == SIDES[text]


def test_gunmen_of_no_state_are_the_stateless_unidentified_attackers_only_as_agents(extractor):
    # after "على يد", gunmen no state is named for stand as the contract's stateless generic
    # actor, with their words (not an implied side); elsewhere they stay unlinked
    assertions, _ = extractor.extract_text(
        "وخطف مهندس اتصالات من سيارته على يد مسلحين مساء السبت.", date=DATE, lang="ar"
    )
    agents = {(a.subject.entity.id, a.subject.entity.country, a.subject.text) for a in assertions}
    assert agents == {("unidentified-attackers", None, "مسلحين")}
    assertions, _ = extractor.extract_text("ورفض المسلحون عرض الحوار الذي قدمه الوسطاء.", date=DATE, lang="ar")
    assert not any(a.subject.entity.id == "unidentified-attackers" for a in assertions)


# Round 14 (evalh): a frame word reaches its act past a preposition ("تحريضا على قتل": the verb
# form there is its verbal noun) and past an operation noun ("خلال عملية اقتحام"); whom an act
# struck is the party owning the thing it hit before any count of people, also where the trigger
# found only the place as its object.
FRAMED_PAST = {
    "ونشر الموقع تسجيلا مصورا تحريضا على قتل الجنود البريطانيين في البصرة.": set(),
    "وأبدى الضابط رضاه عن أداء وحداته خلال عملية اقتحام حي الزيتون في غزة الليلة الماضية.": set(),
    # (was: the army of the place assassinating Hamas)
    "وتحدث الضابط عن خسائر الجيش بعد عملية اغتيال القائد العسكري لحماس.": set(),
    # control: the storming told by its verb is reported
    "واقتحمت القوات الإسرائيلية حي الزيتون في غزة الليلة الماضية.": {("ISR", "attacks", "PSE")},
}


@pytest.mark.parametrize("text", list(FRAMED_PAST))
def test_a_frame_reaches_its_act_past_a_preposition_and_an_operation_noun(extractor, text):
    force = (*FORCE_OR_PROTEST, "assassinates")
    assert {t for t in triples(extractor, text) if t[1] in force} == FRAMED_PAST[text]


OWNER_STRUCK = {
    "استهدفت سيارة ملغومة صباح السبت قافلة لسفارة بريطانيا في كابل وجرح ثلاثة من حراسها.": "GBR",
    "واستهدف انتحاري بحزام ناسف حاجزا للجيش الأمريكي قرب تكريت، فقتل أربعة أشخاص.": "USA",
    "واستهدف تفجير انتحاري صباح اليوم، في وقت الذروة، مقرا لشرطة بريطانيا في لندن.": "GBR",
}


@pytest.mark.parametrize("text", list(OWNER_STRUCK))
def test_the_owner_of_what_an_attack_hit_is_its_target_before_a_count(extractor, text):
    targets = {t[2] for t in triples(extractor, text) if t[1] == "attacks"}
    assert OWNER_STRUCK[text] in targets
    # never the place's civilians, nor the city, in the owner's stead
    assert targets <= {OWNER_STRUCK[text], None}


# A protest whose object is a side of the state where it happens, with a party of another state
# named after it, addresses that party; a foreign embassy before which it stands stays its target.
HOME_OBJECT = {
    "وتجمع عشرات الطلاب أمام مكتب وزير التعليم الأردني في عمان للاحتجاج على سياسات الحكومة السورية.": {"SYR"},
    "واعتصم نحو مئتي شخص أمام مكتب رئيس الحكومة الإسبانية في مدريد يوم السبت احتجاجا على زيارة الرئيس الإيراني.": {
        "IRN"
    },
    # controls: no foreign party named, the home government; a foreign embassy, the embassy's state
    "وتظاهر آلاف الفرنسيين أمام مقر الحكومة الفرنسية في باريس احتجاجا على قانون التقاعد.": {"FRA"},
    "وتظاهر مئات المصريين أمام السفارة الأمريكية وسط العاصمة المصرية احتجاجا على جولة الرئيس الفرنسي.": {"USA", "FRA"},
}


@pytest.mark.parametrize("text", list(HOME_OBJECT))
def test_a_protest_before_its_own_states_office_addresses_the_foreign_party_named(extractor, text):
    assert {t[2] for t in triples(extractor, text) if t[1] == "protests"} == HOME_OBJECT[text]


# A crowd counted between a party and a protest verb is the verb's subject, never the party before
# it (was the Israeli army's official complaint); the armed forces of another state that break
# the crowd up (gk:RepressionCue: "تفريق") are whom it faced; a state's own police, or foreign
# forces in another clause with no word of breaking up a crowd, are not.
FACED = {
    "واستخدم الجيش الإسرائيلي الغاز أمس بهدف تفريق ألف متظاهر احتجوا ضد هدم منازل في قرية قرب رام الله.": {
        ("PSE", "protests", "ISR")
    },
    "واستخدمت الشرطة المصرية الهراوات أمس بهدف تفريق ألف متظاهر احتجوا ضد غلاء الخبز في حي شبرا بالقاهرة.": {
        ("EGY", "protests", "EGY")
    },
    "وقصف الجيش الأمريكي قرية قرب الرمادي، فيما تظاهر ألف عراقي في البصرة احتجاجا على غلاء الوقود.": {
        ("USA", "attacks", "IRQ"),
        ("IRQ", "protests", "IRQ"),
    },
}


@pytest.mark.parametrize("text", list(FACED))
def test_a_protest_faces_the_foreign_forces_that_break_it_up(extractor, text):
    found = {t for t in triples(extractor, text) if t[1] in (*FORCE_OR_PROTEST, "criticizes")}
    assert found == FACED[text]


# Taking control of a situation, an office or a blaze (gk:NotTerritoryCue) occupies no place: the
# state named after it is where; taking a village or an airport still occupies.
CONTROL = {
    "وسيطرت القوات الأمريكية على الوضع الأمني في العراق.": set(),
    "وقال الوزير إن المتمردين استولوا على الحكم في تشاد.": set(),
    "وأكد الدفاع المدني السيطرة على الحريق في مصفاة قرب بغداد.": set(),
    "وسيطرت القوات الأمريكية على مطار بغداد.": {("USA", "occupies", "IRQ")},
    "واستولت القوات التركية على قرية في شمال العراق.": {("TUR", "occupies", "IRQ")},
}


@pytest.mark.parametrize("text", list(CONTROL))
def test_control_of_a_situation_or_an_office_occupies_no_place(extractor, text):
    assert {t for t in triples(extractor, text) if t[1] == "occupies"} == CONTROL[text]


# A brawl or a feud between families (gk:NotAnAttackCue) is private violence: no attack; an attack
# on one family's house stays one.
PRIVATE = {
    "وقتل شاب وجرح شقيقه مساء الجمعة في شجار بين أبناء عائلتين في قرية قرب نابلس.": False,
    "وقتل ثلاثة أشخاص في هجوم مسلح على منزل عائلة في بغداد أمس.": True,
}


@pytest.mark.parametrize("text", list(PRIVATE))
def test_violence_between_families_is_no_attack(extractor, text):
    assert any(t[1] in FORCE_OR_PROTEST for t in triples(extractor, text)) is PRIVATE[text]


def test_a_stop_denied_leaves_the_act_going_on(extractor):
    # "did not stop shelling": the shelling went on, affirmed (was negated: a double negation)
    went_on, _ = extractor.extract_text(
        "ولم تتوقف القوات الإسرائيلية عن قصف مدينة غزة منذ الصباح.", date=DATE, lang="ar"
    )
    assert {(a.relation, a.polarity) for a in went_on} == {("attacks", "affirmed")}
    # must-not: a stop told is still a stop
    stopped, _ = extractor.extract_text("وتوقفت القوات الإسرائيلية عن قصف مدينة غزة أمس.", date=DATE, lang="ar")
    assert {(a.relation, a.polarity) for a in stopped} == {("attacks", "negated")}


# A crowd the text does not name is of the state where it stood, never of the state of whom it
# addresses: before a foreign embassy with no place named, of no state (was the embassy's own
# people protesting it); before an office of the state whose city the sentence names, it
# addresses a party of another state named after it (was the home office).
UNNAMED_CROWD = {
    "تجمع العشرات أمام السفارة الكندية مساء أمس للتنديد بصفقة السلاح.": (None, "CAN"),
    "مدريد - تجمع نحو 60 متظاهرا أمام مقر وزارة الخارجية الإسبانية للاحتجاج على قرارات الحكومة المغربية.": (
        "ESP",
        "MAR",
    ),
    # control: a place settles the crowd's state, the foreign embassy stays whom it addresses
    "تظاهر المئات أمام السفارة اليابانية في سيول يوم الأحد.": ("KOR", "JPN"),
}


@pytest.mark.parametrize("text", list(UNNAMED_CROWD))
def test_an_unnamed_crowd_is_not_of_the_state_it_addresses(extractor, text):
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    crowd, target = UNNAMED_CROWD[text]
    protests = [a for a in assertions if a.relation == "protests"]
    assert any(a.subject.entity.country == crowd and a.object.entity.country == target for a in protests)
    # must-not: the crowd of the state it addresses, protesting its own embassy or office
    assert not any(a.subject.entity.country == target for a in protests if a.object.entity.country == target)


# Foreign forces ("القوات الأجنبية", "جنود أجانب") are no forces of the place they are in and of
# no state the text names: one stateless military actor (was the host state's army, or the
# attack's agent lost and the place's unidentified attackers in its stead).
FOREIGN_FORCES = {
    "وقصفت القوات الأجنبية منزلا في ولاية هلمند الليلة الماضية.": "subject",
    "وقتل أربعة جنود أجانب بانفجار لغم أرضي قرب كابول أمس.": "object",
}


@pytest.mark.parametrize("text", list(FOREIGN_FORCES))
def test_foreign_forces_are_of_no_state(extractor, text):
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    side = FOREIGN_FORCES[text]
    force = [a for a in assertions if a.relation in FORCE_OR_PROTEST]
    assert any(getattr(a, side).entity.id == "foreign-forces" for a in force)
    # must-not: the host state's forces
    assert not any(getattr(a, side).entity.country == "AFG" and getattr(a, side).entity.sector == "MIL" for a in force)


# The party right after a verb of carrying out that carries the protest's pronoun ("نظمها")
# held the protest: its subject, never whom it addressed (was the students as the target).
ORGANISED = {
    "واندلع العنف في ميلانو أثناء مظاهرة نظمها طلاب غاضبون ضد رفع الرسوم.": ("ITA", "students"),
    "واندلعت صدامات مع الشرطة في مدريد يوم السبت في مظاهرة نظمتها أحزاب المعارضة الإسبانية.": ("ESP", "opposition"),
}


@pytest.mark.parametrize("text", list(ORGANISED))
def test_who_organised_a_protest_held_it(extractor, text):
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    state, organiser = ORGANISED[text]
    protests = [a for a in assertions if a.relation == "protests"]
    assert any(a.subject.entity.country == state and a.subject.entity.label.startswith(organiser) for a in protests)
    # must-not: the organisers as whom the protest addressed
    assert not any(a.object.entity.label.startswith(organiser) for a in protests)


# Soldiers named with no nationality, of ("من") a force the text names, are that force's, not the
# forces of the place where they fell (was the place's army as the victims).
PARTITIVE = {
    "وقتل جنديان من الجيش البريطاني بانفجار لغم أرضي قرب البصرة.": "GBR",
    "وأصيب ثلاثة جنود من القوات الأجنبية بتفجير انتحاري قرب قندهار.": None,
}


@pytest.mark.parametrize("text", list(PARTITIVE))
def test_soldiers_of_a_named_force_are_that_forces(extractor, text):
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    victims = [a.object.entity for a in assertions if a.relation in FORCE_OR_PROTEST and a.object is not None]
    assert any(e.country == PARTITIVE[text] and e.sector == "MIL" for e in victims)
    # must-not: the army of the place
    assert not any(e.country in ("IRQ", "AFG") and e.sector == "MIL" for e in victims)


def test_a_protest_called_for_is_the_callers_and_expected(extractor):
    # "called for a demonstration": the opposition's protest, called for, not held (was nothing)
    called, _ = extractor.extract_text(
        "ودعت أحزاب المعارضة المصرية إلى تنظيم مظاهرة ضد الحكومة يوم الجمعة.", date=DATE, lang="ar"
    )
    protests = [a for a in called if a.relation == "protests"]
    assert [(a.subject.entity.country, a.subject.entity.sector, a.modality) for a in protests] == [
        ("EGY", "OPP", "expected")
    ]
    # control: a protest held after the call stays told as held
    held = triples(extractor, "وتظاهر الآلاف في القاهرة أمس بعد أن دعت المعارضة إلى التظاهر.")
    assert ("EGY", "protests", "EGY") in held


def test_the_reason_of_a_gathering_is_the_same_protest(extractor):
    # "احتجاجا على" after "تجمع" says why the crowd gathered: one protest, not a second one whose
    # crowd and target come from the embassy's state alone (was Canadians against Canada)
    assertions, _ = extractor.extract_text(
        "وتجمع العشرات مساء أمس أمام السفارة الكندية احتجاجا على صفقة الأسلحة.", date=DATE, lang="ar"
    )
    protests = [a for a in assertions if a.relation == "protests"]
    assert [(a.subject.entity.country, a.object.entity.country) for a in protests] == [(None, "CAN")]


# A nationality standing alone in the feminine singular (things: "بضائع إسرائيلية") or in the
# plural (people by origin: "سائحين ألمانيين") is not counted where a group noun with no place
# takes the document's state: the gunmen or the police are not of the tourists' or the goods'
# state (were German gunmen attacking Germany, Israeli police arresting Israelis).
NOT_WHERE = {
    "أطلق مسلحون النار على سائحين ألمانيين قرب الفندق.": "DEU",
    "اعتقلت الشرطة خمسة أشخاص يبيعون بضائع إسرائيلية.": "ISR",
    "قاطع المتسوقون المنتجات الدنماركية وهاجم مسلحون متجرا.": "DNK",
}


@pytest.mark.parametrize("text", list(NOT_WHERE))
def test_a_nationality_of_things_or_people_is_not_where_the_unnamed_side_is(extractor, text):
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    assert not any(a.subject.entity.country == NOT_WHERE[text] for a in assertions)


def test_a_place_named_still_settles_the_gunmen(extractor):
    # control: a town of the sentence gives the group its state; the police's nationality names
    # the target
    assert ("IRQ", "attacks", "IRQ") in triples(extractor, "وأطلق مسلحون النار على دورية للشرطة العراقية في بعقوبة.")


def test_an_act_recalled_in_the_pluperfect_is_background(extractor):
    # "كانوا قد خطفوه": the abduction before the release, no abduction told (was one)
    released, _ = extractor.extract_text(
        "أفرج الخاطفون أمس عن المهندس الألماني الذي كانوا قد خطفوه في جنوب اليمن.", date=DATE, lang="ar"
    )
    assert not any(a.relation == "abducts" for a in released)
    # control: with its subject between, the pluperfect introduces an act of the news
    shelled, _ = extractor.extract_text("وكانت القوات الإسرائيلية قد قصفت منزلا في رفح أمس.", date=DATE, lang="ar")
    assert any(a.relation == "attacks" and a.subject.entity.country == "ISR" for a in shelled)


def test_the_abducted_before_a_place_is_never_the_abductor(extractor):
    # "خطف مواطن فرنسي في جنوب نيجيريا": the passive; Nigeria is where (was France abducting Nigeria)
    passive, _ = extractor.extract_text("خطف مواطن فرنسي في جنوب نيجيريا أمس.", date=DATE, lang="ar")
    assert not any(a.subject.entity.country == "FRA" for a in passive)
    # control: the active verb with its object
    active, _ = extractor.extract_text("خطف مسلحون مواطنا فرنسيا في جنوب نيجيريا أمس.", date=DATE, lang="ar")
    assert any(a.relation == "abducts" and a.object.entity.country == "FRA" for a in active)


# People counted dead in a fight with a party named after مع fell to that party (was the place's
# unidentified attackers); مع after no fight noun names no agent.
FOUGHT_WITH = {
    "قتل خمسة مسلحين في اشتباكات مع الجيش العراقي في الموصل.": ("MIL", "REB"),
    "قتل أربعة من رجال الشرطة العراقية في اشتباكات عنيفة مع مسلحين في بعقوبة.": ("REB", "COP"),
}


@pytest.mark.parametrize("text", list(FOUGHT_WITH))
def test_casualties_of_a_fight_with_a_party_fell_to_it(extractor, text):
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    sides = {(a.subject.entity.sector, a.object.entity.sector) for a in assertions if a.relation in FORCE_OR_PROTEST}
    assert FOUGHT_WITH[text] in sides
    # must-not: the victims as the agent, or unidentified attackers in the party's stead
    assert not any(agent in ("UAF", FOUGHT_WITH[text][1]) for agent, _ in sides)


def test_with_after_no_fight_noun_names_no_agent(extractor):
    text = "قتل ثلاثة جنود أمريكيين بانفجار لغم مع مرور قافلة للجيش العراقي."
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    force = [a for a in assertions if a.relation in FORCE_OR_PROTEST]
    assert any(a.object.entity.country == "USA" for a in force)
    assert not any(a.subject.entity.country == "IRQ" for a in force)


# An active killing verb whose agent is named (after it or before it) tells the act of force of
# its clause that names none as that agent's: was unidentified attackers of the place, nothing
# for an airstrike, or the victims as the airstrike's agent.
KILLER_NAMED = {
    "قتلت القوات الأمريكية ستة مدنيين في غارة جوية على قرية في ولاية خوست.": ("USA", "AFG"),
    "قتلت الشرطة الباكستانية أربعة مسلحين في هجوم على مخبأ قرب بيشاور.": ("PAK", "PAK"),
    "وأكدت الوزارة أن القوات الأجنبية قتلت سبعة جنود أفغان خطأ في غارة جوية قرب خوست.": (None, "AFG"),
}


@pytest.mark.parametrize("text", list(KILLER_NAMED))
def test_the_named_killers_act_is_the_attack_of_its_clause(extractor, text):
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    force = [a for a in assertions if a.relation in (*FORCE_OR_PROTEST, "carriesOutAirstrikeOn")]
    agent, victims = KILLER_NAMED[text]
    assert any(a.subject.entity.country == agent and a.object.entity.country == victims for a in force)
    # must-not: unidentified attackers, or the victims as the agent
    assert not any(a.subject.entity.sector in ("UAF", "CVL", "REB") for a in force)
    assert not any(a.subject.entity.sector == "MIL" and a.subject.entity.country == "AFG" for a in force)


def test_a_passive_killing_before_an_attack_names_no_killer(extractor):
    # "وقتل جنديان": the passive; the soldiers stay the victims
    assertions, _ = extractor.extract_text("وقتل جنديان أمريكيان في هجوم على قافلتهما في بغداد.", date=DATE, lang="ar")
    force = [a for a in assertions if a.relation in FORCE_OR_PROTEST]
    assert any(a.object.entity.country == "USA" for a in force)
    assert not any(a.subject.entity.country == "USA" for a in force)


def test_counted_rebels_are_rebels_and_of_the_group_they_are_from(extractor):
    # "ثلاثون متمردا": the counted singular names the rebels (were civilians)
    counted, _ = extractor.extract_text(
        "قتل ثلاثون متمردا في اشتباكات مع الجيش الأفغاني في ولاية قندهار.", date=DATE, lang="ar"
    )
    assert any(a.object.entity.sector == "REB" for a in counted if a.relation in FORCE_OR_PROTEST)
    assert not any(a.object.entity.sector == "CVL" for a in counted if a.relation in FORCE_OR_PROTEST)
    # "مسلحا من حركة طالبان": of the group named after من, not of a place's state
    partitive, _ = extractor.extract_text(
        "وقال الجيش إنه قتل عشرين مسلحا من حركة طالبان تسللوا من باكستان.", date=DATE, lang="ar"
    )
    victims = [a.object.entity for a in partitive if a.relation in FORCE_OR_PROTEST]
    assert any(e.label == "Taliban" for e in victims)
    assert not any(e.country == "PAK" for e in victims)
