"""Round 19 (English): "X told reporters Y must pay compensation to Z" is X's demand of Y, the
one who must act (``arguments_en._obliged_subjects``), not of a party the words are told to or
the clause names after its verb. Our own sentences: speakers × hearers × the obliged and the
third party × acts, with must-not cells."""

import pytest
from helpers import readings_en

SPEAKERS = [("Kenya", "KEN"), ("The Ethiopian foreign minister", "ETH")]
HEARERS = ["reporters", "journalists in Nairobi", "the United Nations"]
SIDES = [(("Iran", "IRN"), ("Somalia", "SOM")), (("Eritrea", "ERI"), ("Sudan", "SDN"))]
ACTS = [
    "must pay compensation to {third}",
    "must hand the suspects over to {third}",
    "should stop arming rebels in {third}",
]


def _cells():
    for speaker, speaker_state in SPEAKERS:
        for hearer in HEARERS:
            for (obliged, obliged_state), (third, third_state) in SIDES:
                for act in ACTS:
                    text = f"{speaker} told {hearer} {obliged} {act.format(third=third)}."
                    yield pytest.param(text, speaker_state, obliged_state, third_state, id=text)


@pytest.mark.parametrize(("text", "speaker", "obliged", "third"), list(_cells()))
def test_told_demand_is_made_of_the_obliged(extractor, text, speaker, obliged, third):
    rows = readings_en(extractor, text, "subject", "root", "object")
    demands = {(s, o) for s, root, o in rows if root == "10"}
    assert (speaker, obliged) in demands, rows
    # must not: the demand aimed at the third party, or at the hearers
    assert not any(o in (third, None) for _, o in demands), rows
    assert not any(o == s for s, o in demands), rows
