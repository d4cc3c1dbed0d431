"""Round 20 (Arabic): the sides of attacks on news we did not tune on, as grids of our own sentences.

- a killing verb with its agent named after it (VSO) and a victim noun qualified by a nationality
  ("قتل مقاتلو الحركة مهندسا صينيا") has victims of that nationality's state, whatever the
  place's or the agent's state (should); the place's people are never the victims then
  (must-not);
- firing at someone with the verb أطلق: two missiles (the dual), bullets, live rounds, shots
  ("أطلق جنود الرصاص على صياد"), is an attack (should); shots into the air and a denied
  shooting are none (must-not).
"""

from __future__ import annotations

import itertools

import pytest
from geokg.extract.evaluate_events import of_type
from geokg.extract.model import Argument
from geokg.extract.pipeline import Extractor

DATE = "2024-09-02"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _assaults(extractor: Extractor, text: str) -> set[tuple[str | None, str | None]]:
    """(agent's state, victims' state) of every assertion of the ASSAULT type in the sentence."""
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    return {
        (a.subject.entity.country, a.object.entity.country if isinstance(a.object, Argument) else None)
        for a in assertions
        if of_type(a, "ASSAULT") and a.polarity == "affirmed"
    }


AGENTS = [("قتل مقاتلو حركة الشباب", "SOM"), ("قتل عناصر من جماعة بوكو حرام", "NGA"), ("قتل مسلحون", None)]
VICTIMS = [("مهندسا صينيا", "CHN"), ("طبيبا إيطاليا", "ITA"), ("سائحا يابانيا", "JPN")]
PLACES = [(" في مالي", "MLI"), (" في شمال النيجر", "NER"), ("", None)]


@pytest.mark.parametrize(("agent", "victim", "place"), list(itertools.product(AGENTS, VICTIMS, PLACES)))
def test_a_victim_qualified_by_a_nationality_is_of_its_state(extractor, agent, victim, place):
    text = f"{agent[0]} {victim[0]}{place[0]} أمس."
    found = _assaults(extractor, text)
    if agent[1] is None and place[1] is None:
        return  # unknown gunmen nowhere: the text names no party of a state to act
    assert victim[1] in {v for _, v in found}, text
    assert place[1] is None or place[1] not in {v for _, v in found}, text


FIRERS = [("أطلق جنود تايلانديون", "THA"), ("أطلقت مروحية تركية", "TUR"), ("أطلقت زوارق حربية إسرائيلية", "ISR")]
SHOTS = ["صاروخين", "الرصاص", "الرصاص الحي", "أعيرة نارية", "عيارات نارية"]
AIMS = [("على قارب صيد كمبودي", "KHM"), ("على قرية في شمال العراق", "IRQ"), ("على سيارة في رفح", "PSE")]


@pytest.mark.parametrize(("firer", "shot", "aim"), list(itertools.product(FIRERS, SHOTS, AIMS[:2])))
def test_firing_at_someone_is_an_attack(extractor, firer, shot, aim):
    text = f"{firer[0]} {shot} {aim[0]}."
    assert firer[1] in {a for a, _ in _assaults(extractor, text)}, text


@pytest.mark.parametrize(
    "text",
    [
        "أطلق الجنود أعيرة نارية في الهواء لتفريق المحتفلين في أسمرة.",
        "أطلقت الشرطة الرصاص في الهواء لتحذير الحشد في لوساكا.",
        "نفى الجيش الهندي أنه أطلق الرصاص على الصيادين السريلانكيين.",
    ],
)
def test_shots_into_the_air_or_denied_are_no_attack(extractor, text):
    assert not _assaults(extractor, text), text


PARTITIVE_AGENTS = [
    ("مسلحون من حركة طالبان", "AFG"),
    ("عناصر من حركة الشباب", "SOM"),
    ("مقاتلون من جماعة أبو سياف", "PHL"),
]
STRUCK = [("هاجم {a} {o}", ""), ("استهدف {a} {o}", ""), ("نصب {a} كمينا ل{o}", "")]
OWNED = [("قافلة للقوات الإيطالية", "ITA"), ("دورية تابعة للجيش الكندي", "CAN"), ("مركزا للشرطة الكينية", "KEN")]


@pytest.mark.parametrize(("agent", "verb", "owned"), list(itertools.product(PARTITIVE_AGENTS, STRUCK, OWNED)))
def test_the_owner_behind_lam_is_struck_past_the_agents_partitive(extractor, agent, verb, owned):
    """The agent's من phrase ("مسلحون من حركة طالبان") between the verb and the thing struck
    does not hide its owner (round 20)."""
    text = verb[0].format(a=agent[0], o=owned[0]) + " في ولاية هرات أمس."
    found = _assaults(extractor, text)
    assert (agent[1], owned[1]) in found, text


GUNMEN = ["هاجم مسلحون {o}", "وهاجم مسلحون {o}", "استهدف مسلحون {o}", "أطلق مسلحون النار على {o}"]
FOREIGN_THINGS = [
    ("قافلة عسكرية كندية", "CAN"),
    ("دورية هولندية", "NLD"),
    ("قاعدة فرنسية", "FRA"),
    ("مروحية روسية", "RUS"),
]


@pytest.mark.parametrize(("verb", "thing"), list(itertools.product(GUNMEN, FOREIGN_THINGS)))
def test_gunmen_after_the_verb_strike_the_foreign_thing_as_nobodys_attackers(extractor, verb, thing):
    """Gunmen of no state named right after the verb (VSO) are the unidentified attackers of no
    state: the thing's state is struck, never the attacker (round 20)."""
    text = verb.format(o=thing[0]) + " أمس."
    found = _assaults(extractor, text)
    assert (None, thing[1]) in found, text
    assert thing[1] not in {a for a, _ in found}, text


@pytest.mark.parametrize(
    ("struck", "state"),
    [("حافلة إسرائيلية", "ISR"), ("قافلة بريطانية", "GBR"), ("آلية عسكرية أمريكية", "USA"), ("شاحنة تركية", "TUR")],
)
@pytest.mark.parametrize("place", ["", " قرب جنين", " في ولاية هلمند"])
def test_the_nationality_after_a_bombs_verb_is_struck_never_the_agent(extractor, struck, state, place):
    """ "انفجرت قنبلة استهدفت حافلة إسرائيلية": the bomb is the verb's subject; the state of
    what it struck is never the attacker (round 20, must-not)."""
    text = f"انفجرت قنبلة استهدفت {struck}{place} أمس."
    assert state not in {a for a, _ in _assaults(extractor, text)}, text


# An unnamed attacker never takes the state of victims in the indefinite accusative: a noun and its
# nationality both with the tanwin alif ("جنديا فرنسيا") are the verb's object, not the story's side.
UNNAMED = ["قتل مسلحون", "اغتال مجهولون", "قتل مسلحون ملثمون", "قتل انتحاري"]
ACCUSATIVE = [
    ("جنديا فرنسيا", "FRA"),
    ("حارسا بريطانيا", "GBR"),
    ("ضابطا أردنيا", "JOR"),
    ("شرطيا مغربيا", "MAR"),
    ("جنديين كنديين", "CAN"),  # the indefinite dual in the oblique case: never the subject
]


@pytest.mark.parametrize(("agent", "victim"), list(itertools.product(UNNAMED, ACCUSATIVE)))
def test_unnamed_attackers_never_take_the_accusative_victims_state(extractor, agent, victim):
    words, state = victim
    found = _assaults(extractor, f"{agent} {words} في هجوم مساء الأحد.")
    assert all(agent_state != state for agent_state, _ in found)


# "قتلت القوات الأمريكية ثلاثين مسلحا": armed men counted dead, of no state the text names, are
# never the place's civilians nor rebels of their killers' state: the killing has no target state.
KILLERS = [("قتلت القوات الأمريكية", "USA"), ("قتل الجيش الباكستاني", "PAK"), ("قتلت الشرطة المصرية", "EGY")]


@pytest.mark.parametrize(("killer", "count"), list(itertools.product(KILLERS, ["ثلاثين مسلحا", "عشرة مسلحين"])))
def test_counted_armed_dead_are_no_civilians_of_the_killers_state(extractor, killer, count):
    words, state = killer
    found = _assaults(extractor, f"{words} {count} خلال يومين.")
    assert all(victims != state for _, victims in found)
