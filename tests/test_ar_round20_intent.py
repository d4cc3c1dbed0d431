"""Round 20 (Arabic): intents, infinitives, "unless" and foreign names, in our own sentences.

- "ليس لدى X أي نية لتهديد Y" / "لا توجد لدى X نية لـ": the owner of the intent (behind لدى)
  is the agent, the genitive after the verbal noun its object; negated and expected (should);
  never Y's act on the speaker's state, never affirmed (must-not).
- "عدم تهديد Y": the genitive after a verbal noun after عدم is its object (must-not: its agent).
- "ما لم": "unless", a condition: the act after it is hypothetical, not negated (should, must-not).
- "المبعوث الأممي سيمونز": a foreign name after a title that the lexicon does not know is no
  verb with a future prefix (must-not: the act after it expected); "سيمضي" still is one (should).
"""

from __future__ import annotations

import pytest
from geokg.extract.model import Argument
from geokg.extract.pipeline import Extractor

DATE = "2024-09-10"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _rows(extractor: Extractor, text: str) -> list[tuple[str | None, str, str | None, str, str]]:
    """(subject, CAMEO root, object, polarity, modality) of every two-sided assertion."""
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    key = lambda e: e.country or e.label  # noqa: E731
    return [
        (key(a.subject.entity), (a.cameo or "")[:2], key(a.object.entity), a.polarity, a.modality)
        for a in assertions
        if isinstance(a.subject, Argument) and isinstance(a.object, Argument)
    ]


_NO_INTENT = [
    ("قالت رئيسة الوزراء النرويجية إنه ليس لدى النرويج أي نية لتهديد السويد.", ("NOR", "13", "SWE")),
    ("وقال المتحدث باسم الحكومة الماليزية إنه لا توجد لدى ماليزيا نية لتهديد سنغافورة.", ("MYS", "13", "SGP")),
    ("قال وزير الدفاع الكيني إن كينيا ليس لديها أي نية لتهديد الصومال.", ("KEN", "13", "SOM")),
    ("قال الرئيس البيروفي إنه ليس لدى بيرو أي نية للتفاوض مع تشيلي.", ("PER", "04", "CHL")),
]


@pytest.mark.parametrize(("text", "act"), _NO_INTENT)
def test_no_intent_is_the_owner_act_denied(extractor, text, act):
    rows = _rows(extractor, text)
    assert (*act, "negated", "expected") in rows
    subject, root, obj = act
    # must-not: the object never acts on the owner, and the act is never affirmed
    assert not any(r[0] == obj and r[2] == subject for r in rows)
    assert not any(r[:3] == act and r[3] == "affirmed" for r in rows)


_NOT_DOING = [
    ("وأكدت الحكومة الفيتنامية عدم تهديد كمبوديا.", "VNM", "KHM"),
    ("أعلنت روسيا عدم تهديد أوكرانيا.", "RUS", "UKR"),
]


@pytest.mark.parametrize(("text", "agent", "patient"), _NOT_DOING)
def test_genitive_after_not_doing_is_the_object(extractor, text, agent, patient):
    rows = _rows(extractor, text)
    assert (agent, "13", patient, "negated", "asserted") in rows
    assert not any(r[0] == patient for r in rows)  # must-not: the object never threatens


def test_intent_without_negation_stays_affirmed(extractor):
    rows = _rows(extractor, "أعلنت كوريا الجنوبية عن نية لتهديد اليابان بعقوبات.")
    assert ("KOR", "13", "JPN", "affirmed", "expected") in rows
    assert not any(r[0] == "JPN" for r in rows)


def test_unless_is_a_condition_not_a_denial(extractor):
    rows = _rows(extractor, "قال الوزير إن روسيا لن توقع الاتفاق ما لم تنسحب أوكرانيا من الحدود.")
    assert not any(r[0] == "UKR" and r[3] == "negated" for r in rows)
    rows = _rows(extractor, "ستندلع أزمة ما لم تقصف البرازيل الأرجنتين.")
    assert ("BRA", "19", "ARG", "affirmed", "hypothetical") in rows


def test_foreign_name_after_title_is_no_future_verb(extractor):
    rows = _rows(extractor, "أدان المبعوث الأممي سيمونز الهجوم الإسرائيلي على غزة.")
    assert not any(r[4] == "expected" for r in rows)


def test_future_verb_the_lexicon_does_not_know_stays_future(extractor):
    rows = _rows(extractor, "سيمضي الرئيس المصري يومين في ألمانيا يلتقي خلالهما المستشار الألماني.")
    assert ("EGY", "04", "DEU", "affirmed", "expected") in rows


def test_when_not_is_no_unless(extractor):
    # must-not: "ولما لم" is "when ... did not": its لم negates, and the act after the comma is no condition
    rows = _rows(extractor, "ولما لم تتراجع بولندا عن قرارها، قصفت ليتوانيا مواقعها الحدودية.")
    assert ("LTU", "19", "POL", "affirmed", "asserted") in rows
