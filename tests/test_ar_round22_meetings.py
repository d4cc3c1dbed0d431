"""Round 22 (Arabic): meetings, visits and talks whose parties the sentence names, in our own sentences.

- "وقال X في إطار جولة تقوده إلى Y", "في سياق محادثات مع Y": a contact event framed as the
  undertaking under way (gk:HeldFrameCue) happened, as after "خلال" or "بعد"; it was read as
  background (in passing) and dropped.
- Must-not: other frames of a topic or a setting ("في ظل المحادثات مع", "ملف المحادثات مع", "في
  ذكرى زيارة"), a cooperation in such a frame ("في إطار التعاون بين"), and a denied meeting give
  no affirmed meeting of the speaker.
"""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import readings

DATE = "2024-09-10"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _rows(extractor: Extractor, text: str) -> set[tuple[str | None, str, str | None, str]]:
    """(subject state, CAMEO root, object state, polarity) of every two-sided assertion."""
    names = ("subject", "root", "object", "polarity")
    return readings(extractor, text, *names, date=DATE, lang="ar", coded_only=False, two_sided=True)


# (speaker, its state, the verb's feminine ending, the pronoun of "leads him/her")
_SPEAKERS = [
    ("الرئيس الفرنسي", "FRA", "", "ه"),
    ("وزير الخارجية المصري", "EGY", "", "ه"),
    ("المستشارة الألمانية أنجيلا ميركل", "DEU", "ت", "ها"),
    ("الحكومة الهندية", "IND", "ت", "ها"),
]
_PARTIES = [("الأردن", "JOR"), ("رئيس الوزراء الياباني", "JPN"), ("الحكومة الإيطالية", "ITA")]
_HELD_FRAMES = ["في إطار", "في سياق"]
_CONTACTS = ["جولة تقود{p} إلى {o} وتركيا", "زيارة رسمية إلى {o}", "محادثات مع {o}", "مشاورات مع {o}"]

_HELD = [
    (f"وقال{f} {x} {frame} {contact.format(p=p, o=o)} إن التعاون مهم .", state, other)
    for x, state, f, p in _SPEAKERS
    for o, other in _PARTIES
    for frame in _HELD_FRAMES
    for contact in _CONTACTS
]


@pytest.mark.parametrize(("text", "subject", "party"), _HELD)
def test_a_contact_event_in_the_frame_of_an_undertaking_happened(extractor, text, subject, party):
    assert (subject, "04", party, "affirmed") in _rows(extractor, text)


_NOT_HELD = [
    "وقال{f} {x} في إطار التعاون بين {o} وتركيا إن النتائج جيدة .",
    "وقال{f} {x} في ظل المحادثات مع {o} إن الحل ممكن .",
    "وتحدث{f} {x} عن ملف المحادثات مع {o} .",
    "وقال{f} {x} في ذكرى زيارة {o} إلى باريس إن العلاقات قوية .",
    "ونفى {x} في إطار رده على الصحفيين إجراء محادثات مع {o} .",
]
_MUST_NOT = [
    (shape.format(f=f, x=x, o=o), state) for shape in _NOT_HELD for x, state, f, _ in _SPEAKERS for o, _ in _PARTIES
]


@pytest.mark.parametrize(("text", "subject"), _MUST_NOT)
def test_no_affirmed_meeting_of_the_speaker_from_a_topic_or_a_denial(extractor, text, subject):
    assert not any(r[0] == subject and r[1] == "04" and r[3] == "affirmed" for r in _rows(extractor, text))
