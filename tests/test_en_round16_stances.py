"""English: a copula and an adjective of stance (issue 13, round 16, branch ``evalh``). "X is
skeptical of Y's claims" is X's pessimistic comment on Y (CAMEO 012), "is unhappy with" its
disapproval (11), "is opposed to" its rejection (12), "is determined / eager / keen to" an intent
whose act is expected, as "be concerned", "be critical", "be ready" already were. The
participle "opposed" after a copula is the subject's state, not a passive of another's act.
Must-nots: the victim of the deed a stance is about is no party to it, a negated stance is no
stance told, the object's report of the stance does not reverse it, a stance in a condition is
not asserted. Sentences written for geokg."""

from __future__ import annotations

import pytest
from helpers import party_readings_en, require_english_model

require_english_model()

# (adjective with its preposition, CAMEO root)
STANCES = [
    ("pessimistic about", "01"),
    ("skeptical of", "01"),
    ("sceptical about", "01"),
    ("doubtful about", "01"),
    ("wary of", "01"),
    ("uneasy about", "01"),
    ("unhappy with", "11"),
    ("dissatisfied with", "11"),
    ("displeased with", "11"),
    ("angry at", "11"),
    ("furious with", "11"),
    ("frustrated with", "11"),
    ("annoyed with", "11"),
    ("opposed to", "12"),
]
# (holder, its code, what the stance is about, the code of whose it is)
PARTIES = [
    ("Chile", "CHL", "the Bolivian decision", "BOL"),
    ("Kenyan President Mwai Kibaki", "KEN", "Somalia's new policy", "SOM"),
    ("The Norwegian government", "NOR", "Eritrea", "ERI"),
]
SHAPES = [
    "{S} is {A} {O}.",
    "{S} was {A} {O}, a spokesman told reporters on Tuesday.",
    "SANTIAGO (Reuters) - {S} has been {A} {O} for months, officials said on Monday.",
]


# cells left (strict xfail): in a lead whose verb of saying comes last the parser makes the
# adjective a complement with a passive subject; "angry at" with a titled leader there
LEFT = {
    ("angry at", "KEN", 2),
    ("dissatisfied with", "NOR", 2),
    ("displeased with", "NOR", 2),
}


@pytest.mark.parametrize("stance", STANCES)
@pytest.mark.parametrize("parties", PARTIES)
@pytest.mark.parametrize("shape", SHAPES)
def test_a_stance_after_a_copula_is_its_holders(extractor, stance, parties, shape):
    (adjective, root), (holder, code, about, whose) = stance, parties
    if (adjective, code, SHAPES.index(shape)) in LEFT:
        pytest.xfail("left: see LEFT")
    found = party_readings_en(extractor, shape.format(S=holder, A=adjective, O=about))
    assert any(r[:4] == (code, root, whose, "affirmed") for r in found), found


@pytest.mark.parametrize("stance", STANCES)
def test_a_negated_stance_is_not_told(extractor, stance):
    adjective, root = stance
    found = party_readings_en(extractor, f"Chile is not {adjective} the Bolivian decision.")
    assert not any(r[1] == root and r[3] == "affirmed" for r in found), found


@pytest.mark.parametrize("stance", STANCES)
def test_the_victim_of_the_deed_is_no_party(extractor, stance):
    adjective, root = stance
    found = party_readings_en(extractor, f"Chile is {adjective} the sanctions against Bolivia.")
    assert not any(r[0] == "CHL" and r[2] == "BOL" for r in found), found


@pytest.mark.parametrize("stance", STANCES)
def test_the_objects_report_does_not_reverse_the_stance(extractor, stance):
    adjective, root = stance
    found = party_readings_en(extractor, f"Bolivia said Chile was {adjective} the Bolivian decision.")
    assert not any(r[0] == "BOL" and r[1] == root and r[2] == "CHL" for r in found), found


@pytest.mark.parametrize("stance", STANCES)
def test_a_stance_in_a_condition_is_not_asserted(extractor, stance):
    adjective, root = stance
    found = party_readings_en(
        extractor, f"If Bolivia raises its tariffs, Chile would be {adjective} the Bolivian decision."
    )
    assert not any(r[1] == root and r[4] == "asserted" for r in found), found


INTENTS = ["determined to", "eager to", "keen to"]
ACTS = [("improve ties with", "05"), ("resume talks with", "04"), ("send aid to", "07")]


@pytest.mark.parametrize("intent", INTENTS)
@pytest.mark.parametrize("act", ACTS)
@pytest.mark.parametrize("parties", PARTIES)
def test_an_adjective_of_readiness_makes_its_act_expected(extractor, intent, act, parties):
    (verb, root), (holder, code, _, whose) = act, parties
    other = {"BOL": "Bolivia", "SOM": "Somalia", "ERI": "Eritrea"}[whose]
    found = party_readings_en(extractor, f"{holder} is {intent} {verb} {other}.")
    assert any(r[:4] == (code, root, whose, "affirmed") and r[4] == "expected" for r in found) or any(
        r[:4] == (code, "03", whose, "affirmed") for r in found
    ), found
    assert not any(r[1] == root and r[4] == "asserted" for r in found), found


@pytest.mark.parametrize("intent", INTENTS)
def test_an_adjective_of_readiness_negated_is_no_act(extractor, intent):
    found = party_readings_en(extractor, f"Chile is not {intent} improve ties with Bolivia.")
    assert not any(r[2] == "BOL" and r[3] == "affirmed" for r in found), found


def test_a_copular_participle_of_opposing_is_no_passive(extractor):
    # "is opposed to": Chile's own stance; before, the passive read Chile as the one opposed
    found = party_readings_en(extractor, "Chile is opposed to Bolivia's membership of the group.")
    assert ("CHL", "12", "BOL", "affirmed", "asserted") in found, found
    assert not any(r[0] == "BOL" for r in found), found
