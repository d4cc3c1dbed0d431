"""Round 19 (Arabic): relations the annotators read without a trigger word, in our own sentences.

- a noun that names another state's act as aggression or crime (``gk:PejorativeActCue``:
  عدوان، اعتداء، جرائم، مجازر ...) with the agent's nationality right after it, in a speaker's
  words, is the speaker's criticism of that state (should); a nationality before the noun or
  after على is the victim, the writer's own words criticise nobody, a negated aggression or one
  inside a reported accusation is no naming of the speaker's own, and the speaker's own state
  is never criticised (must-not).
- a concession an appeal or a demand asks for (a withdrawal, a truce, a release) is expected,
  never told as done (should); one done before the call, or an act of force asked to halt,
  stays asserted, and a negated call stays negated (must-not).
"""

from __future__ import annotations

import pytest
from geokg.extract.model import Argument
from geokg.extract.pipeline import Extractor

DATE = "2025-05-12"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _criticisms(extractor: Extractor, text: str) -> set[tuple[str | None, str | None]]:
    """(critic's state, criticised state) of every criticism in the sentence."""
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    return {
        (a.subject.entity.country, a.object.entity.country)
        for a in assertions
        if a.relation == "criticizes" and isinstance(a.subject, Argument) and isinstance(a.object, Argument)
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("وقال وزير الدفاع الإيراني إن قواته مستعدة لصد أي عدوان أمريكي على الموانئ.", ("IRN", "USA")),
        ("وشدد وزير الخارجية الصيني على أن الجرائم اليابانية في الحرب لا تنسى.", ("CHN", "JPN")),
        ("وقال وزير الخارجية الكوبي إن بلاده طلبت توضيحات حول الاعتداء الأمريكي على الصيادين.", ("CUB", "USA")),
    ],
)
def test_an_act_named_as_aggression_is_the_speakers_criticism(extractor, text, pair):
    assert pair in _criticisms(extractor, text)


@pytest.mark.parametrize(
    ("text", "criticised"),
    [
        # the victim, before the noun of crime and after على
        ("وقال وزير الخارجية الفنزويلي إن الاعتداء على الشعب الكولومبي جريمة.", "COL"),
        # the writer's own words
        ("وتواصلت الاحتجاجات في كراكاس على الاعتداء الأمريكي على السفينة.", "USA"),
        # negated
        ("وقال وزير الخارجية الهندي إنه لا يوجد أي عدوان باكستاني على الحدود.", "PAK"),
        # an accusation the speaker reports and doubts
        ("وقال وزير الخارجية الفرنسي إن الاتهامات بعدوان روسي لم تثبت.", "RUS"),
        ("وقال وزير الخارجية الفرنسي إن الاعتداء الروسي المزعوم لم يثبت.", "RUS"),
        # the speaker's own state
        ("وقال وزير الدفاع التركي إن الاعتداء التركي على القرى الحدودية كان ردا.", "TUR"),
    ],
)
def test_no_criticism_of_victim_own_state_or_reported_claim(extractor, text, criticised):
    assert not any(obj == criticised for _, obj in _criticisms(extractor, text))


def _modalities(extractor: Extractor, text: str, relation: str) -> set[str]:
    """The modality of every assertion of the relation in the sentence."""
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    return {a.modality for a in assertions if a.relation == relation}


@pytest.mark.parametrize(
    "text",
    [
        "دعت تونس إلى انسحاب القوات التركية من ليبيا.",
        "طالبت كندا بانسحاب القوات الروسية من مولدوفا.",
    ],
)
def test_a_withdrawal_asked_for_is_expected(extractor, text):
    assert _modalities(extractor, text, "withdrawsForcesFrom") == {"expected"}


def test_a_truce_asked_for_is_expected(extractor):
    assert _modalities(extractor, "دعت البرازيل إلى هدنة بين الهند وباكستان.", "declaresCeasefireWith") == {"expected"}


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        # done first, then asked for
        ("انسحبت القوات التركية من ليبيا بعد أن دعت تونس إلى الانسحاب.", "withdrawsForcesFrom"),
        # an act of force asked to halt is going on
        ("دعت تونس إلى وقف القصف التركي على ليبيا.", "attacks"),
    ],
)
def test_an_act_done_or_going_on_stays_asserted(extractor, text, relation):
    assert _modalities(extractor, text, relation) == {"asserted"}


def test_a_negated_call_stays_negated(extractor):
    assertions, _ = extractor.extract_text("لم تدع تونس إلى انسحاب القوات التركية من ليبيا.", date=DATE, lang="ar")
    appeals = [a for a in assertions if a.relation == "appealsTo"]
    assert appeals and all(a.polarity == "negated" for a in appeals)
    assert "asserted" not in {a.modality for a in assertions if a.relation == "withdrawsForcesFrom"}
