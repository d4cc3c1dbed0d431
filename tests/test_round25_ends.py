"""Texts that end, or begin, on a word of this round's new rules (review of round 25).

Last round's review found rules that read one word past a cue where the cue ended the text; the
round 25 rules were fuzzed the same way (every prefix and suffix of the sentences of their test
files, 1,680 texts: none raised). These cells keep the shapes the new rules read around: a
presence noun, a light verb after a relative pronoun, an accusation's participle, going on
with an act, a means of force, a stance noun, each as the first or last word or all of the text.
Sentences written for geokg; GEOKG_RAISE_ERRORS is set (conftest), so an error fails the test.
"""

from __future__ import annotations

import pytest
from helpers import readings

DATE = "2006-08-10"

ARABIC = [
    "وجود",
    "وجود قوات",
    "وجود قوات إثيوبية",
    "قال المتحدث إن وجود القوات",
    "وجود القوات الإثيوبية داخل البلاد",
    "الذي يقوم بجولة",
    "يقوم حاليا بجولة",
    "الرئيس الفرنسي الذي يقوم",
    "الرئيس الفرنسي الذي يقوم حاليا",
    "الوزيرة التي تجري",
    "وصل الرئيس الفرنسي ، الذي",
    "سيارة مفخخة قوات",
]
ENGLISH = [
    "suspected",
    "Police arrested two men suspected of",
    "suspected of bombing a Russian airliner.",
    "The army pressed on with",
    "pressed on with its offensive against Chad.",
    "Russia retaliated with",
    "with air strikes on Georgia.",
    "Japan's criticism of",
    "criticism of Russia's visit to Iran.",
    "Japan denied any criticism of",
    "Troops seized",
]


@pytest.mark.parametrize(("lang", "text"), [("ar", t) for t in ARABIC] + [("en", t) for t in ENGLISH])
def test_a_rule_word_at_either_end_of_the_text(extractor, lang, text):
    readings(extractor, text, "subject", "root", "object", date=DATE, lang=lang, coded_only=False)
