"""English: "should" and the verbs of present duty ("needs to", "has to", "ought to") as words of
obligation (round 18, branch ``pkg``, ``gk:ObligationCue``). "X said Y should Z" is X's demand of
Y (CAMEO 10), as "X said Y must Z" was; before, the act Z was read as Y's, reported as done (a
call read as the act). A modal with a perfect ("should have",
"must have") looks back on a done act and is no demand. Sentences written for geokg, with
must-nots: a negated or denied saying, a condition, the speaker's own duty, a thing obliged, a
perfect, the act itself never done by the obliged."""

from __future__ import annotations

import pytest
from helpers import readings_en, require_english_model

require_english_model()

SPEAKERS = [("Kenya", "KEN"), ("The French foreign minister", "FRA"), ("Japanese officials", "JPN")]
OBLIGED = [("Uganda", "UGA"), ("Iran", "IRN"), ("Israel", "ISR")]
ACTS = [
    "withdraw its troops from Somalia",
    "release the prisoners",
    "stop its attacks on Somalia",
    "hold talks with Somalia",
    "pay compensation to Somalia",
]


def readings(extractor, text: str) -> set[tuple]:
    return readings_en(extractor, text, "subject", "root", "object", "polarity", "modality")


@pytest.mark.parametrize(("speaker", "s_code"), SPEAKERS)
@pytest.mark.parametrize(("obliged", "o_code"), OBLIGED)
@pytest.mark.parametrize("act", ACTS)
@pytest.mark.parametrize("duty", ["should", "needs to", "has to", "ought to"])
def test_a_duty_in_a_reported_clause_is_a_demand(extractor, speaker, s_code, obliged, o_code, act, duty):
    found = readings(extractor, f"{speaker} said {obliged} {duty} {act}.")
    assert (s_code, "10", o_code, "affirmed", "asserted") in found, found
    # must not: the act asked for is never the obliged party's act, done or reported
    assert not any(r[0] == o_code and r[3] == "affirmed" and r[4] in ("asserted", "reported") for r in found), found


@pytest.mark.parametrize(("obliged", "o_code"), OBLIGED)
def test_should_not_is_still_a_demand(extractor, obliged, o_code):
    found = readings(extractor, f"Kenya said {obliged} should not interfere in Somalia.")
    assert ("KEN", "10", o_code, "affirmed", "asserted") in found, found


@pytest.mark.parametrize(
    "text",
    [
        # must not: a saying negated or denied is no affirmed demand
        "Kenya did not say that Uganda should release the prisoners.",
        "Kenya denied saying that Uganda should withdraw its troops from Somalia.",
        # must not: "should" in a condition is no obligation
        "If Uganda should attack Somalia, Kenya would respond.",
        # must not: the speaker's own duty, or a thing's, is no demand of another
        "Japanese officials said they should hold talks with Iran.",
        "Kenya said it should strengthen its ties with Uganda.",
        "Kenya said the talks with Uganda should resume next week.",
        # must not: a modal with a perfect looks back on an act; no demand
        "Kenya said Uganda should never have attacked Somalia.",
        "Kenya said Uganda must have known about the attack on Somalia.",
        # must not: a duty of a thing, or of one's own forces, is no demand of another
        "Kenya said the aid needs to reach Uganda quickly.",
        "Kenya said its partners need to send more troops to Somalia.",
        "Kenya said it has to strengthen its ties with Uganda.",
        "Kenya did not say that Uganda needs to withdraw its troops from Somalia.",
    ],
)
def test_no_affirmed_demand(extractor, text):
    found = readings(extractor, text)
    assert not any(r[1] == "10" and r[3] == "affirmed" for r in found), found


def test_a_rejected_demand_stays_the_demanders(extractor):
    # must not: the one who rejects a demand that it should act makes no demand of itself
    found = readings(extractor, "Kenya rejected the Ugandan demand that Kenya should withdraw its troops from Somalia.")
    assert ("UGA", "10", "KEN", "affirmed", "asserted") in found, found
    assert not any(r[0] == "KEN" and r[1] == "10" for r in found), found


def test_must_is_unchanged(extractor):
    found = readings(extractor, "Kenya said Uganda must withdraw its troops from Somalia.")
    assert ("KEN", "10", "UGA", "affirmed", "asserted") in found, found


def test_a_past_duty_is_no_demand(extractor):
    # must not: "had to withdraw" may tell of a withdrawal done; it is not read as a demand
    found = readings(extractor, "Kenya said Uganda had to withdraw its troops from Somalia.")
    assert not any(r[1] == "10" for r in found), found
