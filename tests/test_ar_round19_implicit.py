"""Round 19 (Arabic): relations the annotators read without a trigger word, in our own sentences.

- a noun that names another state's act as aggression or crime (``gk:PejorativeActCue``:
  عدوان، اعتداء، جرائم، مجازر ...) with the agent's nationality right after it, in a speaker's
  words, is the speaker's criticism of that state (should); a nationality before the noun or
  after على is the victim, the writer's own words criticise nobody, a negated aggression or one
  inside a reported accusation is no naming of the speaker's own, and the speaker's own state
  is never criticised (must-not).
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
