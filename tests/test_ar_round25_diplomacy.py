"""Round 25 (Arabic): meetings, visits and tours told inside a relative clause, in our own sentences.

- "وقال الرئيس الفرنسي الذي يقوم حاليا بجولة تشمل مصر والأردن إن ...", "ودعا X الذي يجري جولة
  ...", "الوزيرة التي تجري محادثات مع Y": a verbal noun of contact right after a light verb
  (gk:AuxiliaryVerbCue) that opens a relative clause on a party is that party's act, as a trigger
  verb there already was. It was lost where the main verb stood before the party, where a time
  word stood between the light verb and its noun, and always after يجري and أجرى, read as the
  impersonal "takes place" (gk:ImpersonalPassiveCue; أجرى is spelt as جرى's first person).
- Must-not: the noun's own relative ("الزيارة التي يقوم بها Y": Y's visit), a negated or
  cancelled act, a refusal, a copula, talks that take place ("المحادثات التي تجري بين A و B"), a
  topic of the talks ("محادثات حول Y"), an act of conflict ("الجيش الذي يشن غارات على Y": the
  party's background) and an arrest that befell the party ("الذي جرى اعتقاله") give the head
  no affirmed act.
"""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import readings

DATE = "2024-09-10"


def _rows(extractor: Extractor, text: str) -> set[tuple]:
    names = ("subject", "root", "object", "polarity")
    return set(readings(extractor, text, *names, date=DATE, lang="ar", coded_only=False, two_sided=True))


def _met(extractor: Extractor, text: str, party: str) -> set[str | None]:
    """The states ``party`` meets, visits or talks with (CAMEO root 04, affirmed), either way round."""
    met = {(s, o) for s, root, o, polarity in _rows(extractor, text) if root == "04" and polarity == "affirmed"}
    return {o for s, o in met if s == party} | {s for s, o in met if o == party}


# (the party, its state, its relative pronoun, the imperfect's prefix, the perfect's ending)
_HEADS = [
    ("الرئيس الفرنسي", "FRA", "الذي", "ي", ""),
    ("وزيرة الخارجية الأمريكية", "USA", "التي", "ت", "ت"),
    ("فرنسا", "FRA", "التي", "ت", "ت"),
    ("الحكومة الهندية", "IND", "التي", "ت", "ت"),
]
# a light verb and its noun of contact; {p}: the imperfect's prefix, {t}: the perfect's ending,
# {j}: أجرى's last letter ("أجرى", "أجرت"); {o} and {q}: two parties
_ACTS = [
    "{p}قوم بجولة تشمل {o} و{q}",
    "{p}قوم حاليا بجولة تشمل {o} و{q}",
    "{p}جري جولة تشمل {o} و{q}",
    "{p}جري محادثات مع {o} و{q}",
    "{p}واصل زيارة إلى {o} و{q}",
    "أجر{j} جولة شملت {o} و{q}",
    "قام{t} بزيارة إلى {o} و{q}",
]
# the main clause around the relative: {x} the party, {rel} its relative clause, {t} the verb's ending
_MAINS = [
    "وقال{t} {x} {rel} إن الوضع خطير .",
    "ودع{a} {x} {rel} إلى الحوار .",
    "و{x} {rel} دع{a} إلى الحوار .",
    "وأكد{t} {x} ، {rel} ، أن الوضع خطير .",
]
_PARTIES = [("مصر", "EGY", "الأردن", "JOR"), ("رئيس الوزراء الياباني", "JPN", "الحكومة الإيطالية", "ITA")]


def _sentence(main: str, x: str, pronoun: str, act: str, p: str, t: str, o: str, q: str = "") -> str:
    forms = {"p": p, "t": t, "j": "ت" if t else "ى", "a": "ت" if t else "ا"}
    return main.format(x=x, rel=f"{pronoun} {act.format(o=o, q=q, **forms)}", **forms)


def _cells(acts: list[str]) -> list[tuple[str, str, tuple[str, str]]]:
    """Each head × act × main clause × pair of parties: (sentence, the head's state, the parties' states)."""
    return [
        (_sentence(main, x, pronoun, act, p, t, o, q), state, (a, b))
        for x, state, pronoun, p, t in _HEADS
        for act in acts
        for main in _MAINS
        for o, a, q, b in _PARTIES
    ]


_GRID = _cells(_ACTS)


@pytest.mark.parametrize(("text", "subject", "parties"), _GRID)
def test_a_contact_act_in_a_relative_clause_is_its_head_s(extractor, text, subject, parties):
    assert set(parties) <= _met(extractor, text, subject)


# the relative clause holds no act of the head's, or none affirmed
_NOT_THE_HEAD_S = [
    "{p}رفض إجراء محادثات مع {o}",
    "لا {p}قوم بزيارة إلى {o}",
    "ألغ{j} زيارة إلى {o}",
    "كان{t} {p}قوم بزيارة إلى {o}",
    "{p}جري محادثات حول {o}",
    "{p}نفي إجراء محادثات مع {o}",
]
_NOT_GRID = [(text, state, parties[0]) for text, state, parties in _cells(_NOT_THE_HEAD_S)]


@pytest.mark.parametrize(("text", "subject", "party"), _NOT_GRID)
def test_no_affirmed_contact_act_of_the_head_where_the_clause_tells_none(extractor, text, subject, party):
    assert party not in _met(extractor, text, subject)


_OTHERS = [
    # the noun's own relative names its agent: the visit is the guest's
    ("وقال الرئيس الفرنسي إن الزيارة التي يقوم بها رئيس الوزراء الياباني إلى مصر مهمة .", "FRA", "EGY"),
    ("وقالت فرنسا إن الجولة التي يقوم بها الرئيس المصري في الأردن مهمة .", "FRA", "JOR"),
    # talks that take place: the speaker is no side
    ("وقال الرئيس الفرنسي إن المحادثات التي تجري بين مصر والأردن مهمة .", "FRA", "EGY"),
    ("وقالت الحكومة الهندية إن المحادثات التي جرت بين مصر والأردن مهمة .", "IND", "JOR"),
]


@pytest.mark.parametrize(("text", "subject", "party"), _OTHERS)
def test_talks_or_visits_of_others_are_not_the_speaker_s(extractor, text, subject, party):
    assert party not in _met(extractor, text, subject)


_CONFLICT = [
    ("وانتقد الرئيس الفرنسي الجيش الإسرائيلي الذي يشن غارات على لبنان .", "ISR"),
    ("وانتقدت فرنسا الحكومة السورية التي تشن هجمات على المعارضة .", "SYR"),
    ("وقال الرئيس الفرنسي إن الصحفي الأمريكي الذي جرى اعتقاله في إيران بخير .", "USA"),
    ("وقالت فرنسا إن الناشط المصري الذي تم اعتقاله في ليبيا بخير .", "EGY"),
]


@pytest.mark.parametrize(("text", "head"), _CONFLICT)
def test_a_relative_clause_of_conflict_or_an_arrest_gives_its_head_no_act(extractor, text, head):
    rows = _rows(extractor, text)
    assert not any(s == head and int(root) >= 15 for s, root, _, _ in rows if root)
