"""Arabic attacks and protests: the state of each side (issue 12, the ``spans`` lines of
``ar_events_dev``), on the real extractor and our own sentences.

- A province, district or town of a conflict zone that the news names as where an attack or a
  protest happened settles the state of the unnamed attacker, of the victims and of the crowd
  (``ontology/data/places.ttl``): Iraqi, Afghan, Pakistani, Palestinian, Sudanese, Somali,
  Yemeni, Algerian, Egyptian and Lebanese places. A longer label wins ("وزيرستان الجنوبي").
- A place is where, never who: it is not the agent of the attack it locates, and a city where a
  crowd protests ("في وسط القاهرة", "بوسط نيودلهي") is not whom the protest addresses; the first
  party of another state named after it is, else the government of the place. An embassy before
  which it stands stays its target.
- A crowd that demands while it protests ("مطالبين الحكومة التركية بوقف القصف") protests to whom
  it makes its demand of: the protest's object is that party, not the demand as an assertion.
- A counted nationality ("تظاهر آلاف الأتراك"), or a nationality standing as a noun ("تظاهر
  فلسطينيون", "اعتصم لبنانيون"), is a crowd of that state's people, the protesters of that state,
  whatever place the sentence names; never the state itself (which would relate to its own
  government as one voice and give nothing, or complain officially). A state named by its name or
  its government still complains officially ("احتجت تركيا").
- A policeman or a soldier named alone, in the singular or the dual ("وقتل شرطي", "قتل جنديان")
  is an actor of the place's state as the plural is: the people an attack befell.
- Whom an attack by an unnamed agent struck is the people its clause counts, not the place it hit
  ("أصيب ثلاثة جنود أمريكيين في هجوم على نقطة تفتيش في كركوك": the Americans, not Kirkuk); so is
  whom an airstrike by a named state struck ("في ضربة جوية أمريكية في ولاية هلمند").
- Whom a crowd chants against ("الموت لأمريكا", "يسقط", gk:ChantCue) is whom its protest
  addresses, not the government of the place.
- "احتجاجا على" qualifies its clause's act: done by a state, its institutions or an official
  ("استدعت الخارجية المصرية السفير احتجاجا على الغارة"), the act is an official one and no crowd
  protested; done by a crowd or by nobody named, it reports a protest.
"""

from __future__ import annotations

import pytest
from geokg.extract.evaluate_events import of_type
from geokg.extract.model import Argument
from geokg.extract.pipeline import Extractor

DATE = "2008-03-12"


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def sides(extractor, text: str, event_type: str) -> set[tuple[str | None, str | None]]:
    """(subject country, object country) of the assertions of a PLOVER type the text gives."""
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")

    def country(arg) -> str | None:
        return arg.entity.country if isinstance(arg, Argument) else None

    return {(country(a.subject), country(a.object)) for a in assertions if of_type(a, event_type)}


def protests_of(extractor, text: str) -> tuple[list, list]:
    """The protests the text gives (at least one), and all its assertions."""
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    protests = [a for a in assertions if of_type(a, "PROTEST")]
    assert protests, text
    return protests, assertions


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("انفجرت عبوة ناسفة صباح اليوم في سوق شعبي بمدينة قندوز فقتلت سبعة أشخاص.", "AFG"),
        ("أصيب عشرة أشخاص بجروح أمس في هجوم بقذائف الهاون على حي في تلعفر.", "IRQ"),
        ("قتل خمسة أشخاص على الأقل أمس في انفجار سيارة مفخخة في بيجي.", "IRQ"),
        ("قتل مسلحون ثلاثة من رجال الشرطة في وزيرستان الجنوبي.", "PAK"),
        ("انفجرت سيارة مفخخة أمس قرب سوق في خانقين فقتلت أربعة أشخاص.", "IRQ"),
        ("قتل ستة أشخاص في هجوم على مركز للشرطة في كوهات.", "PAK"),
        ("أصيب ثلاثة أشخاص بجروح في انفجار عبوة ناسفة في سريناغار.", "IND"),
    ],
)
def test_attack_in_a_conflict_zone_place_is_of_its_state(extractor, text, state):
    found = sides(extractor, text, "ASSAULT")
    assert found, text
    assert all(target == state for _, target in found), found
    assert all(source in (state, None) for source, _ in found), found


def test_protest_in_a_town_is_a_crowd_of_its_state(extractor):
    found = sides(extractor, "تظاهر آلاف الطلاب أمس في العريش احتجاجا على ارتفاع الأسعار.", "PROTEST")
    assert found
    assert {source for source, _ in found} == {"EGY"}


def test_place_is_never_the_attacker(extractor):
    assertions, _ = extractor.extract_text("قتل مسلحون ثلاثة من رجال الشرطة في وزيرستان الجنوبي.", date=DATE, lang="ar")
    attacks = [a for a in assertions if of_type(a, "ASSAULT")]
    assert attacks
    assert all(a.subject.entity.type not in ("City", "Place", "Region") for a in attacks)
    assert any(a.subject.text == "مسلحون" for a in attacks)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("تظاهر مئات الطلاب أمس في وسط القاهرة ضد السياسة الأمريكية.", "USA"),
        ("احتشد مئات اللاجئين من التبت أمس بوسط نيودلهي للتنديد بالحكومة الصينية.", "CHN"),
        ("تظاهر آلاف الطلاب أمس في القاهرة.", "EGY"),
    ],
)
def test_city_where_a_crowd_protests_is_not_whom_it_addresses(extractor, text, target):
    protests, _ = protests_of(extractor, text)
    assert {a.object.entity.country for a in protests} == {target}
    assert not any(a.object.text in ("القاهرة", "نيودلهي") for a in protests)


def test_embassy_before_which_a_crowd_protests_stays_its_target(extractor):
    found = sides(extractor, "تجمع نحو مئة متظاهر أمام السفارة الإسرائيلية في الدوحة احتجاجا على الغارات.", "PROTEST")
    assert ("QAT", "ISR") in found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("تجمع مئات المتظاهرين أمام مبنى البلدية في الموصل مطالبين الحكومة التركية بوقف القصف.", "TUR"),
        ("احتشد مئات العمال أمام البرلمان في الزرقاء مطالبين الحكومة الأردنية برفع الأجور.", "JOR"),
    ],
)
def test_protest_addresses_whom_its_crowd_makes_demands_of(extractor, text, target):
    protests, assertions = protests_of(extractor, text)
    assert all(isinstance(a.object, Argument) for a in protests)
    assert {a.object.entity.country for a in protests} == {target}
    # the demand itself stays an assertion of its own
    assert any(not of_type(a, "PROTEST") and a.object.entity.country == target for a in assertions)


def test_protest_against_a_foreign_act_keeps_its_party(extractor):
    found = sides(extractor, "تظاهر آلاف الطلاب في القاهرة ضد زيارة الرئيس الأمريكي.", "PROTEST")
    assert found == {("EGY", "USA")}


@pytest.mark.parametrize(
    ("text", "crowd"),
    [
        ("تظاهر آلاف الأتراك أمس في إسطنبول احتجاجا على الهجمات.", "TUR"),
        ("تظاهر آلاف الأتراك أمس احتجاجا على الهجمات.", "TUR"),
        ("تظاهر آلاف الباكستانيين في لندن احتجاجا على زيارة الرئيس الباكستاني.", "PAK"),
        ("تظاهر فلسطينيون قرب الجدار الفاصل أمس.", "PSE"),
        ("اعتصم لبنانيون أمام مقر الأمم المتحدة في بيروت.", "LBN"),
        ("وتظاهر الأتراك أمس في أنقرة ضد الحكومة.", "TUR"),
    ],
)
def test_nationality_as_a_noun_is_a_crowd_of_its_people(extractor, text, crowd):
    protests, _ = protests_of(extractor, text)
    ours = [a for a in protests if a.subject.entity.country == crowd]
    assert ours, [a.subject.entity.id for a in protests]
    assert all(a.subject.entity.type == "Group" for a in ours)


@pytest.mark.parametrize(
    "text",
    [
        "احتجت الحكومة المصرية رسميا لدى إيران على اعتقال صحفي.",
        "احتجت تركيا على قرار البرلمان الفرنسي.",
        "احتجت الحكومة التركية على قرار البرلمان الفرنسي.",
    ],
)
def test_state_that_protests_officially_is_no_crowd(extractor, text):
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    assert not [a for a in assertions if of_type(a, "PROTEST")]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("وقتل شرطي في هجوم بقنبلة في مدينة كركوك.", "irq-police"),
        ("وقتل جنديان في انفجار عبوة ناسفة شمال بغداد.", "irq-armed-forces"),
    ],
)
def test_a_single_policeman_or_soldier_is_an_actor_of_the_place(extractor, text, target):
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    struck = {a.object.entity.id for a in assertions if of_type(a, "ASSAULT") and isinstance(a.object, Argument)}
    assert target in struck, struck


def test_the_people_an_unnamed_attack_befell_are_its_target_not_the_place(extractor):
    text = "وأصيب أربعة جنود بريطانيين في هجوم على نقطة تفتيش في كركوك."
    assert sides(extractor, text, "ASSAULT") == {("IRQ", "GBR")}


def test_the_people_a_named_airstrike_befell_are_its_target_not_the_place(extractor):
    assertions, _ = extractor.extract_text(
        "قتل عشرة مسلحين في ضربة جوية أمريكية في ولاية قندهار.", date=DATE, lang="ar"
    )
    struck = {(a.subject.entity.country, a.object.entity.id) for a in assertions if of_type(a, "ASSAULT")}
    assert struck == {("USA", "afg-rebels")}, struck


def test_an_official_act_in_protest_is_no_crowds_protest(extractor):
    text = "استدعت وزارة الخارجية المصرية السفير الإسرائيلي احتجاجا على الغارة."
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    assert not [a for a in assertions if of_type(a, "PROTEST")]
    assert sides(extractor, "أغلق مئات الطلاب الطريق في القاهرة احتجاجا على غلاء الأسعار.", "PROTEST") == {
        ("EGY", "EGY")
    }


def test_whom_a_crowd_chants_against_is_its_protests_target(extractor):
    text = (
        "وتجمع آلاف المتظاهرين في مدينة بيشاور عقب صلاة الجمعة بدعوة من الأحزاب الدينية في الإقليم"
        " وأحرقوا الإطارات في الشوارع الرئيسية وهم يرددون هتافات «الموت لأمريكا»."
    )
    assert sides(extractor, text, "PROTEST") == {("PAK", "USA")}
