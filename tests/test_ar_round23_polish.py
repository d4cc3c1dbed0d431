"""Arabic wrong readings mended as classes, round 23 (branch ``polish``), on the real extractor
with our own sentences.

- a verb of telling of a fact (``gk:TellingOfCue``: أفاد، ذكر، أورد، نقل، أشار ...) gives its
  subject as the source of the act a verbal noun after it names, never as that act's agent; nor
  does a reporter carry its subject into "أن/إن + a noun + verb" (the noun is the verb's subject,
  just not an actor). Announcing, denying and first-person readings keep the speaker.
"""

from __future__ import annotations

import pytest

from tests.helpers import parties_ar

# (the teller, its state): a body, an official with a nationality, a news agency
_TELLERS = [
    ("الشرطة الباكستانية", "PAK"),
    ("مسؤول باكستاني", "PAK"),
    ("وكالة الأنباء الباكستانية", "PAK"),
]
# (the act, its relation): abduction, arrest, shelling, aimed at Turkish victims
_ACTS = [
    ("خطف ثلاثة مهندسين أتراك", "abducts"),
    ("اعتقال ثلاثة صحفيين أتراك", "arrests"),
    ("قصف مواقع تركية", "attacks"),
]
# shapes of telling of an act: verb + ب + noun, verb + noun, verb + إلى + noun, verb + that + a
# noun of no party + verb
_SHAPES = [
    "وأفادت {t} ب{a} قرب الحدود.",
    "وذكرت {t} {a} قرب الحدود.",
    "وأشارت {t} إلى {a} قرب الحدود.",
    "وتحدثت {t} عن {a} قرب الحدود.",
]
_THAT_SHAPES = [
    "وأفادت {t} بأن مسلحين خطفوا ثلاثة مهندسين أتراك.",
    "وقالت {t} إن مسلحين مجهولين خطفوا ثلاثة مهندسين أتراك.",
    "وذكرت {t} أن رجالا ملثمين اعتقلوا ثلاثة صحفيين أتراك.",
]


@pytest.mark.parametrize("shape", _SHAPES)
@pytest.mark.parametrize("teller", _TELLERS)
@pytest.mark.parametrize("act", _ACTS)
def test_teller_is_no_agent_of_the_act_told(extractor, shape, teller, act):
    found = parties_ar(extractor, shape.format(t=teller[0], a=act[0]))
    assert not any(s == teller[1] and r == act[1] for s, r, _ in found), found


@pytest.mark.parametrize("shape", _THAT_SHAPES)
@pytest.mark.parametrize("teller", _TELLERS)
def test_teller_carries_no_subject_past_a_noun_after_that(extractor, shape, teller):
    found = parties_ar(extractor, shape.format(t=teller[0]))
    assert not any(s == teller[1] and r in ("abducts", "arrests") for s, r, _ in found), found


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # announcing, denying, first person: the speaker's own act (must stay)
        ("أعلنت بوليفيا قطع العلاقات مع إسرائيل.", ("BOL", "breaksDiplomaticRelationsWith", "ISR")),
        ("نفت إيران تزويد روسيا بالصواريخ.", ("IRN", "providesMilitaryAidTo", "RUS")),
        ("وأكدت الحكومة العراقية أنها اعتقلت ثلاثة أتراك.", ("IRQ", "arrests", "TUR")),
        # a named actor after "that" is the act's agent (must stay)
        ("وذكرت الشرطة أن القوات الأمريكية اعتقلت ثلاثة عراقيين.", ("USA", "arrests", "IRQ")),
        ("وأفادت الشرطة بأن القوات التركية قصفت مواقع عراقية.", ("TUR", "attacks", "IRQ")),
    ],
)
def test_own_and_named_agents_stay(extractor, text, party):
    assert party in parties_ar(extractor, text)
