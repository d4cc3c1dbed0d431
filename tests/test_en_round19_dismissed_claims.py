"""Round 19 (English): "X rejected claims that Y attacked Z" denies the claim: Y→Z negated, as
"X denied claims that" is (``clauses_en._dismissed_claim`` keeps the act the rejection governs;
``modality_en`` negates it). Our own sentences: dismissal verbs × claim nouns × sides, with
must-not cells (a rejected demand or proposal is no denied act)."""

import pytest
from helpers import readings_en

VERBS = ["rejected", "dismissed", "refuted"]
# ("allegations" is a trigger of its own, an accusation: even "denied allegations that" gives
# nothing; left)
NOUNS = ["claims", "reports", "suggestions"]
SIDES = [
    ("Iran", ("Syria", "SYR"), ("Iraq", "IRQ")),
    ("Kenya", ("Uganda", "UGA"), ("Somalia", "SOM")),
    ("France", ("Chad", "TCD"), ("Sudan", "SDN")),
]


def _cells():
    for verb in VERBS:
        for noun in NOUNS:
            for speaker, (actor, actor_state), (target, target_state) in SIDES:
                text = f"{speaker} {verb} {noun} that {actor} had attacked {target}."
                # the parser hangs this one's content clause as a relative clause, which the
                # report path does not walk: the act stays affirmed, as before (left)
                relcl = (verb, noun, actor) == ("refuted", "suggestions", "Chad")
                marks = [pytest.mark.xfail(reason="content clause parsed as relcl", strict=True)] if relcl else []
                yield pytest.param(text, actor_state, target_state, id=text, marks=marks)


@pytest.mark.parametrize(("text", "actor", "target"), list(_cells()))
def test_dismissed_claim_is_the_act_negated(extractor, text, actor, target):
    rows = readings_en(extractor, text, "subject", "root", "object", "polarity")
    attacks = {(s, o, p) for s, root, o, p in rows if root == "19"}
    assert (actor, target, "negated") in attacks, rows
    assert not any(p == "affirmed" for _, _, p in attacks), rows


@pytest.mark.parametrize(
    "text",
    [
        "Iran rejected demands that Syria attack Iraq.",
        "Kenya rejected a proposal that Uganda attack Somalia.",
        "France dismissed calls that Chad attack Sudan.",
    ],
)
def test_rejected_demand_is_no_act(extractor, text):
    rows = readings_en(extractor, text, "subject", "root", "object", "polarity")
    assert not any(root == "19" and p == "affirmed" for _, root, _, p in rows), rows
