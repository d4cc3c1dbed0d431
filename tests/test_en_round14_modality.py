"""English: deliberation verbs (round 14, branch ``pkg``, ``gk:DeliberationCue``). An act a state
"is considering", "weighing", "mulling" or "thinking about" is an option under thought, not an act
done: hypothetical. Sentences written for geokg, with must-nots (a judgement of a done act, a
denial, a plain act)."""

from __future__ import annotations

import pytest
from helpers import readings_en, require_english_model

require_english_model()


def modalities(extractor, text: str) -> set[tuple]:
    """(subject, root, object, polarity, modality) of every coded assertion in ``text``."""
    return readings_en(extractor, text, "subject", "root", "object", "polarity", "modality")


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Kenya is considering a withdrawal from Somalia.", ("KEN", "08", "SOM")),
        ("Kenya is weighing a withdrawal of its troops from Somalia.", ("KEN", "08", "SOM")),
        ("Japan is mulling sanctions against Iran.", ("JPN", "16", "IRN")),
        ("Ghana is thinking about imposing sanctions on Togo.", ("GHA", "16", "TGO")),
        ("Canada is looking at imposing sanctions on Iran.", ("CAN", "16", "IRN")),
        ("Peru is contemplating new sanctions against Bolivia.", ("PER", "16", "BOL")),
    ],
)
def test_an_act_under_deliberation_is_hypothetical(extractor, text, reading):
    found = modalities(extractor, text)
    assert (*reading, "affirmed", "hypothetical") in found, found
    assert not any(m == "asserted" for *_, m in found), found


def test_the_plain_act_stays_asserted(extractor):
    # must not: without the deliberation verb the act is done
    found = modalities(extractor, "Japan imposed sanctions on Iran.")
    assert ("JPN", "16", "IRN", "affirmed", "asserted") in found, found


def test_a_denied_deliberation_stays_negated(extractor):
    # must not: denying that one considers an act never asserts it
    found = modalities(extractor, "Kenya denied considering a withdrawal from Somalia.")
    assert found and all(p == "negated" for _, _, _, p, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya considers the attack on Somalia as illegal.",
        "Kenya considered the Ugandan attack on Somalia a crime.",
    ],
)
def test_judging_a_done_act_is_no_deliberation(extractor, text):
    # must not: "considered X a crime" judges an act that happened; it is not made hypothetical
    found = modalities(extractor, text)
    assert not any(m == "hypothetical" for *_, m in found), found


def test_an_act_done_after_deliberating_stays_asserted(extractor):
    # must not: the deliberation governs only its own object ("the risks"), not the main clause
    found = modalities(extractor, "Kenya withdrew its troops from Somalia after considering the risks.")
    assert ("KEN", "08", "SOM", "affirmed", "asserted") in found, found
