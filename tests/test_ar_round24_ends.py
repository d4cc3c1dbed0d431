"""Arabic texts that end on a word whose rule reads the word after it (review of round 24).

A rule that looks one word past a cue read past the sentence where the cue ended the text (no
final stop): IndexError, and the extractor dropped the whole document. The word of obligation
(modality_ar._required: "ورفضت إيران مطالب") and the verb of being subjected to an act
(events_ar._suffered: "... إذا تعرضت") were two such. Sentences written for geokg; the test
runs with GEOKG_RAISE_ERRORS set (conftest), so an error fails it.
"""

from __future__ import annotations

import pytest
from helpers import AR_OTHER_STATES, acts_ar

DATE = "2024-09-10"


@pytest.mark.parametrize(("state", "code", "third"), AR_OTHER_STATES)
def test_a_word_of_obligation_that_ends_the_text(extractor, state, code, third):
    for text in (f"ورفضت {state} مطالب", f"وقال الوزير إن {state} مطالبة"):
        assert not any(r[0] == code for r in acts_ar(extractor, text, DATE)), text


@pytest.mark.parametrize(("state", "code", "third"), AR_OTHER_STATES)
def test_a_verb_of_being_subjected_that_ends_the_text(extractor, state, code, third):
    # (read, not dropped: the relations cut under the condition stay, with their sides)
    text = f"وهددت {state} بقطع العلاقات مع {third} إذا تعرضت"
    assert any(r[0] == code and r[1] == "16" for r in acts_ar(extractor, text, DATE)), text
