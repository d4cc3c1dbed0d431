"""Arabic attacks, round 19 (issue 12): attacks found, and their sides, on our own sentences.

- an act of force whose agent the text names ("غارة جوية تركية"), with casualties counted in its
  clause but no victims of a state the sentence settles (no place, people of no nationality), is
  the agent's act on victims of no state; it is no longer dropped for want of an object. Where
  the text names no agent, none is guessed.
- victims whose state only the document gives (implied ones, or a bare group noun, with no place
  in the sentence) are never of a state that condemns or backs the act in the sentence: the
  condemner is neither the agent nor the victims' state.
- casualties that fell fighting a party named after مع ("في مواجهات مع الجيش") are that party's
  victims even beside an airstrike whose agent the text leaves out (which alone names nobody).
- a subject before its verb with an adjective of the kind of arms between its noun and its
  nationality ("إن طائرات حربية تركية قصفت") is the agent, as in VSO; never the place's
  unidentified attackers.
- a casualty verb right after a forces noun whose pronoun agrees with the speaker ("قال الجيش
  البريطاني إن جنوده قتلوا") is the speaker's act when the speaker is a state or a state's body,
  as it was for an armed group; never the place's unidentified attackers.
- "one of" right after a casualty word ("مقتل أحد الجنود الهولنديين") counts the victim, so the
  group after it is whom the act befell; before a speaker ("قال أحد الضباط") it counts nobody.
"""

from __future__ import annotations

import pytest
from helpers import happened_ar

DATE = "2024-07-02"
FORCE = ("attacks", "assaults", "carriesOutAirstrikeOn", "carriesOutBombingAgainst")


def force(extractor, text: str) -> set[tuple[str | None, str, str | None]]:
    return {t for t in happened_ar(extractor, text, DATE) if t[1] in FORCE}


# --- a named agent's act with victims of no state ------------------------------------------------

NAMED_NO_VICTIMS = {
    "an airstrike of a nationality": ("لقي أربعة أشخاص حتفهم وقتل اثنان آخران في غارة جوية أمريكية.", "USA"),
    "a reported airstrike": ("وقالت مصادر طبية إن عشرة أشخاص سقطوا قتلى في ضربة جوية روسية.", "RUS"),
}


@pytest.mark.parametrize("text,agent", NAMED_NO_VICTIMS.values(), ids=NAMED_NO_VICTIMS.keys())
def test_named_agent_kept_without_victims(extractor, text, agent):
    got = force(extractor, text)
    assert (agent, "carriesOutAirstrikeOn", None) in got, got


def test_no_agent_guessed(extractor):
    # must-not: an airstrike nobody is named to have carried out has no agent
    assert not force(extractor, "وقتل تسعة أشخاص في ضربة جوية ليلة السبت."), "no agent named"


# --- a condemner is not the victims' state ------------------------------------------------------


def test_condemner_not_victims(extractor):
    text = "ونددت إيطاليا بالضربة الجوية الروسية التي أسفرت عن مقتل ثمانية أشخاص."
    got = force(extractor, text)
    assert ("RUS", "carriesOutAirstrikeOn", None) in got, got
    assert not any("ITA" in (t[0], t[2]) for t in got), got


def test_victims_named_by_place_kept(extractor):
    # the place settles the victims' state: dropping them is only for the document's guess
    text = "وأدانت إيطاليا الضربة الجوية الروسية التي أسفرت عن مقتل ثمانية أشخاص في مدينة إدلب."
    got = force(extractor, text)
    assert ("RUS", "carriesOutAirstrikeOn", "SYR") in got, got


# --- one of the group ----------------------------------------------------------------------------


def test_one_of_counts_the_victim(extractor):
    got = force(extractor, "وأسفر انفجار لغم عن إصابة أحد الجنود الفرنسيين في شمال مالي.")
    assert any(t[2] == "FRA" for t in got), got


def test_one_of_speaker_no_victim(extractor):
    got = force(extractor, "وقال أحد الجنود الفرنسيين إن الدورية عادت إلى القاعدة في شمال مالي.")
    assert not got, got


# --- a fight with a named party beside an airstrike of no agent ----------------------------------


def test_fight_beside_unnamed_airstrike(extractor):
    text = "وقتل ثلاثون مسلحا في معارك مع الجيش النيجيري وفي غارات جوية قرب مايدوغوري."
    got = force(extractor, text)
    assert any(t[0] == "NGA" for t in got), got


def test_unnamed_airstrike_alone(extractor):
    # must-not: with no fight with a named party, the airstrike's dead give nobody an act
    assert not force(extractor, "وقتل ثلاثون مسلحا في غارات جوية قرب مايدوغوري."), "no agent named"


# --- a fronted subject with an adjective of the kind of arms --------------------------------------


def test_kind_adjective_fronted_subject(extractor):
    got = force(extractor, "وذكر شهود أن مروحيات قتالية إثيوبية قصفت مواقع للمسلحين قرب بيدوا.")
    assert any(t[0] == "ETH" for t in got), got
    assert not any(t[0] == "SOM" for t in got), got


# --- a state's own forces in its spokesman's words -----------------------------------------------


def test_state_own_forces_killing(extractor):
    got = force(extractor, "وقال الجيش البريطاني إن جنوده قتلوا ستة مسلحين في ولاية هلمند.")
    assert ("GBR", "attacks", "AFG") in got, got
    assert not any(t[0] == "AFG" for t in got), got


def test_state_own_forces_killed(extractor):
    # must-not: its own soldiers killed (passive, "of its soldiers") make the state no agent
    got = force(extractor, "وقال الجيش البريطاني إن ثلاثة من جنوده قتلوا في انفجار في ولاية هلمند.")
    assert not any(t[0] == "GBR" for t in got), got


# --- a condemned act noun with a relative clause of killing ---------------------------------------


def test_condemned_act_with_relative_killing(extractor):
    got = force(extractor, "وندد وزير الخارجية العراقي بالقصف التركي الذي قتل خمسة مدنيين في دهوك.")
    assert ("TUR", "attacks", "IRQ") in got, got
    assert not {t for t in got if t[0] == "IRQ"}, "the condemner attacks nobody"


def test_condemned_act_without_agent_names_nobody(extractor):
    # must-not: the relative clause gives no agent of its own; none is guessed
    assert not force(extractor, "وندد الوزير بالقصف الذي قتل خمسة مدنيين في دهوك."), "no agent named"


# --- the dead of a fight with a named party -------------------------------------------------------


def test_fight_dead_not_civilians(extractor):
    # must-not: the dead of a fight are of a side the text leaves open, never the place's civilians
    got = force(extractor, "وسقط عشرات القتلى في معارك مع حركة طالبان في ولاية هلمند.")
    assert got and all(t[2] is None for t in got), got


def test_fight_counted_fighters_kept(extractor):
    got = force(extractor, "وقتل عشرات المسلحين في معارك مع القوات الأفغانية في ولاية قندهار.")
    assert ("AFG", "attacks", "AFG") in got, got


# --- a second deed after an abduction -------------------------------------------------------------


def test_killing_after_abduction(extractor):
    got = force(extractor, "خطف مسلحون مهندسا روسيا في بغداد وقتلوا ثلاثة من حراسه.")
    assert ("IRQ", "assaults", "IRQ") in got, got


def test_passive_killing_after_abduction_not_theirs(extractor):
    # must-not: "وقتل ثلاثة ... في انفجار" (no plural pronoun subject) is not the abductors' deed
    assert not force(extractor, "خطف مسلحون مهندسا روسيا في بغداد وقتل ثلاثة من حراسه في انفجار."), "not theirs"
