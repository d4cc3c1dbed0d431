"""Round 21 (Arabic): the sides of attacks and protests, as grids of our own sentences.

- fighters named by a plural in construct with an armed group ("مقاتلي حزب العمال الكردستاني في
  العراق") are that group's, never the place's rebels (should; must-not: the place's state as the
  victims');
- a crowd the text has told before ("وهتف المتظاهرون") doing what crowds do against a party it
  names ("ضد الحكومة المغربية", "مطالبين برحيل الرئيس") reports a protest facing that party
  (should); with no party named, against a thing ("ضد الغلاء"), negated or denied, it reports none
  (must-not);
- a crowd with no place of its own protesting against a state ("تظاهر الطلاب ضد الولايات
  المتحدة") is of no state, never the one it addresses (should); placed or named of that state
  it keeps it (must-not).
"""

from __future__ import annotations

import itertools

import pytest
from geokg.extract.evaluate_events import reported_as_happened
from geokg.extract.model import Argument
from geokg.extract.pipeline import Extractor

from tests.helpers import event_sides_ar

DATE = "2024-09-02"


def _sides(extractor: Extractor, text: str, event_type: str) -> set[tuple[str | None, str | None]]:
    return event_sides_ar(extractor, text, event_type, DATE)


FORCES = [
    ("قصف الجيش التركي مواقع", "TUR"),
    ("هاجمت القوات الباكستانية", "PAK"),
    ("قتلت القوات الأمريكية عشرين من", "USA"),
]
FIGHTERS = ["مقاتلي", "مسلحي"]
ARMED_GROUPS = [
    ("حزب العمال الكردستاني", "TUR"),
    ("حركة طالبان", "AFG"),
    ("حركة الشباب", "SOM"),
    ("جماعة بوكو حرام", "NGA"),
]
PLACES = [(" في العراق", "IRQ"), (" في كينيا", "KEN"), ("", None)]


@pytest.mark.parametrize(
    ("force", "fighters", "group", "place"), list(itertools.product(FORCES, FIGHTERS, ARMED_GROUPS, PLACES))
)
def test_fighters_in_construct_with_a_group_are_the_groups(extractor, force, fighters, group, place):
    text = f"{force[0]} {fighters} {group[0]}{place[0]} أمس."
    struck = {o for _, o in _sides(extractor, text, "ASSAULT")}
    assert group[1] in struck, text
    assert place[1] in (None, group[1]) or place[1] not in struck, text


CROWD_ACTS = ["وهتف {c}", "وردد {c} هتافات", "وتجمع {c} في الساحة", "واحتشد {c} أمام البرلمان", "وسار {c} في الشوارع"]
TOLD_CROWDS = ["المتظاهرون", "المحتجون"]
AGAINST = ["ضد {t}", "مطالبين برحيل {t}", "مطالبين بإسقاط {t}"]
FACED = [("الحكومة المغربية", "MAR"), ("الرئيس الفنزويلي", "VEN"), ("الحكومة الأردنية", "JOR")]


@pytest.mark.parametrize(
    ("act", "crowd", "against", "faced"), list(itertools.product(CROWD_ACTS, TOLD_CROWDS, AGAINST, FACED))
)
def test_a_crowd_told_before_against_a_party_protests(extractor, act, crowd, against, faced):
    text = f"{act.format(c=crowd)} {against.format(t=faced[0])}."
    assert faced[1] in {o for _, o in _sides(extractor, text, "PROTEST")}, text


@pytest.mark.parametrize(
    ("shape", "crowd"),
    list(
        itertools.product(
            [
                "وهتف {c} في الساحة.",  # no party named: a detail of a protest told before
                "وردد {c} هتافات ضد الغلاء.",  # against a thing, no party
                "ولم يهتف {c} ضد الحكومة المغربية.",  # negated
                "ونفى الأمن أن يكون {c} هتفوا ضد الحكومة الأردنية.",  # denied
            ],
            TOLD_CROWDS,
        )
    ),
)
def test_a_crowd_told_before_reports_no_protest_without_a_party(extractor, shape, crowd):
    text = shape.format(c=crowd)
    assert not _sides(extractor, text, "PROTEST"), text


COERCING = ["اعتقل", "طرد", "خطف", "اغتال"]
PERSONS = [
    ("ناشط كيني", "ناشطا كينيا", "KEN"),
    ("دبلوماسي روسي", "دبلوماسيا روسيا", "RUS"),
    ("صحفي فرنسي", "صحفيا فرنسيا", "FRA"),
]
PLACE_NOUNS = [("في العاصمة المصرية", "EGY"), ("في المدينة العراقية", "IRQ"), ("في العاصمة البريطانية", "GBR")]


def _coercion_pairs(extractor: Extractor, text: str) -> set[tuple[str | None, str | None]]:
    """(subject's state, object's state) of every coercion or use of force (roots 17 and 18)."""
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    return {
        (a.subject.entity.country, a.object.entity.country if isinstance(a.object, Argument) else None)
        for a in assertions
        if a.cameo and a.cameo[:2] in ("17", "18")
    }


@pytest.mark.parametrize(("verb", "person", "place"), list(itertools.product(COERCING, PERSONS, PLACE_NOUNS)))
def test_a_place_nouns_nationality_is_where_a_passive_befell(extractor, verb, person, place):
    # must-not: "واعتقل ناشط كيني في العاصمة المصرية" (the unvowelled passive) is never Kenya
    # arresting Egypt
    text = f"و{verb} {person[0]} {place[0]} أمس."
    assert (person[2], place[1]) not in _coercion_pairs(extractor, text), text


# (a journalist in the accusative, "صحفيا فرنسيا", links to the press and is no party: old, left)
@pytest.mark.parametrize(("person", "place"), list(itertools.product(PERSONS[:2], PLACE_NOUNS)))
def test_a_named_agent_still_acts_in_a_place_noun(extractor, person, place):
    text = f"واعتقلت الشرطة الأردنية {person[1]} {place[0]} أمس."
    assert "JOR" in {s for s, _ in _coercion_pairs(extractor, text)}, text


# A crowd with no place of its own protesting against a state: of no state, never the one it
# addresses (should); a crowd placed in, or named of, that state keeps it (must-not).
AGAINST_SHAPES = [
    "وتظاهر {c} ضد {t}.",
    "واحتج {c} على {t}.",
    "وخرج {c} في مسيرة ضد {t}.",
    "وتظاهر {c} احتجاجا على {t}.",
]
BARE_CROWDS = ["الطلاب", "العمال", "آلاف الطلاب"]
ADDRESSED = [("الولايات المتحدة", "USA"), ("السياسة الأمريكية", "USA"), ("الحكومة الفرنسية", "FRA"), ("إسرائيل", "ISR")]
OWN_STATE = [
    ("وتظاهر {c} في باريس ضد الحكومة الفرنسية.", "FRA"),
    ("وتظاهر {c} في نيويورك ضد السياسة الأمريكية.", "USA"),
    ("وتظاهر {c} الأمريكيون ضد الحكومة الأمريكية.", "USA"),
    ("وتظاهر {c} في القاهرة.", "EGY"),
]


@pytest.mark.parametrize(
    ("shape", "crowd", "addressed"), list(itertools.product(AGAINST_SHAPES, BARE_CROWDS, ADDRESSED))
)
def test_a_crowd_is_not_of_the_state_it_protests_against(extractor, shape, crowd, addressed):
    target, state = addressed
    sides = _sides(extractor, shape.format(c=crowd, t=target), "PROTEST")
    assert sides and all(subject != state for subject, _ in sides)


@pytest.mark.parametrize(("shape", "crowd"), list(itertools.product(OWN_STATE, BARE_CROWDS[:2])))
def test_a_placed_or_named_crowd_keeps_its_state(extractor, shape, crowd):
    text, state = shape
    assert state in {subject for subject, _ in _sides(extractor, text.format(c=crowd), "PROTEST")}


def test_force_against_the_crowd_is_no_protest_of_it(extractor):
    """The crowd named after "ضد" in a clause of force is the crowd itself, not whom it addresses."""
    sides = _sides(extractor, "واستخدمت الشرطة المصرية العنف ضد المتظاهرين.", "PROTEST")
    assert all(subject is not None for subject, _ in sides)


# A crowd gathered for an occasion (a celebration, a welcome, a funeral) reports no protest
# (should); one that protests, or chants against a party at the occasion, does (must-not).
GATHERING = ["واحتشد {c}", "وتجمع {c}", "وتظاهر {c}"]
GATHERED = ["الآلاف", "مئات الطلاب"]
OCCASIONS = [
    "في الساحة احتفالا بفوز المنتخب",
    "في شوارع القاهرة للاحتفال بعيد الاستقلال",
    "لاستقبال الرئيس العائد من الخارج",
    "في المطار ترحيبا بعودة اللاعبين",
    "في بغداد لتشييع جثامين الضحايا",
    "في جنازة الجنود في عمان",
]
PROTESTING = [
    "في الساحة احتجاجا على الغلاء",
    "أمام البرلمان مطالبين برحيل الحكومة",
    "في جنازة الضحايا وهتفوا ضد الحكومة المصرية",
    "في الساحة احتفالا بالعيد ورددوا هتافات ضد الحكومة المصرية",
]


@pytest.mark.parametrize(("verb", "crowd", "occasion"), list(itertools.product(GATHERING, GATHERED, OCCASIONS)))
def test_a_crowd_gathered_for_an_occasion_is_no_protest(extractor, verb, crowd, occasion):
    assert not _sides(extractor, f"{verb.format(c=crowd)} {occasion}.", "PROTEST")


@pytest.mark.parametrize(("verb", "crowd", "purpose"), list(itertools.product(GATHERING, GATHERED, PROTESTING)))
def test_a_crowd_protesting_at_an_occasion_still_protests(extractor, verb, crowd, purpose):
    assert _sides(extractor, f"{verb.format(c=crowd)} {purpose}.", "PROTEST")


# A person noun qualified by a nationality as whom an abduction or assassination befell is people
# of that state, never the state itself (should); a state or a nationality alone as the object
# stays the state (must-not).
BEFALLING = ["واختطف", "واغتال"]
NAMED_AGENTS = ["الجيش الإسرائيلي", "عناصر من الشرطة الأردنية"]
NATIONAL_NOUNS = ["الصحفي الفرنسي", "صحفيين فرنسيين", "الصحافيين الأمريكيين", "المراسل البريطاني", "صحفيا فرنسيا"]
NATIONALS = [*zip(NATIONAL_NOUNS, ["FRA", "FRA", "USA", "GBR", "FRA"]), ("المهندس الصيني", "CHN")]


def _victims(extractor: Extractor, text: str) -> set[tuple[str | None, str]]:
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    return {
        (a.object.entity.country, a.object.entity.type)
        for a in assertions
        if reported_as_happened(a) and isinstance(a.object, Argument)
    }


@pytest.mark.parametrize(("verb", "agent", "victim"), list(itertools.product(BEFALLING, NAMED_AGENTS, NATIONALS)))
def test_a_person_of_a_nationality_befallen_is_its_people(extractor, verb, agent, victim):
    noun, state = victim
    victims = _victims(extractor, f"{verb} {agent} {noun} في المدينة.")
    assert (state, "Country") not in victims
    assert any(country == state for country, _ in victims)


@pytest.mark.parametrize(
    ("text", "state"), [("وقتل الجيش الإسرائيلي الفلسطينيين في غزة.", "PSE"), ("وقصفت إسرائيل لبنان.", "LBN")]
)
def test_a_nationality_alone_as_the_object_stays_the_state(extractor, text, state):
    assert (state, "Country") in _victims(extractor, text)


# A crowd raising banners or slogans, named in the gap of the phrase ("ورفع محتجون لافتات"),
# protests (should); raising anything else, or a crowd told before, does not (must-not).
BANNERS = ["ورفع {c} لافتات", "ورفع {c} شعارات", "ورفع {c} في الساحة لافتات"]
NEW_CROWDS = ["محتجون", "مئات المتظاهرين"]
BANNER_ENDS = [" ضد الحكومة المغربية.", " تندد بالغلاء في عمان.", " في شوارع الرباط."]
RAISING = """ورفع البنك المركزي أسعار الفائدة.
ورفع الرئيس العلم في الاحتفال.
ورفعت الحكومة الأردنية الدعم عن الوقود.
ورفع الجيش حالة التأهب في عمان.
ورفع اللاعبون الكأس في الملعب.
ورفع المتظاهرون لافتات في شوارع الرباط.""".splitlines()
BANNER_CELLS = [(act.format(c=c) + end, True) for act, c, end in itertools.product(BANNERS, NEW_CROWDS, BANNER_ENDS)]


@pytest.mark.parametrize(("text", "protest"), BANNER_CELLS + [(text, False) for text in RAISING])
def test_a_crowd_raising_banners_protests(extractor, text, protest):
    """Should: a new crowd raising banners; must-not: raising anything else, a crowd told before."""
    assert bool(_sides(extractor, text, "PROTEST")) is protest
