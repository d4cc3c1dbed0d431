"""English: two wrong readings mended (round 19, branch ``clean``, second task). Sentences
written for geokg.

A modal of obligation over a perfect judges a past act: "X should not have attacked Y" blames an
attack that was made (affirmed, never negated), "X should have attacked Y" regrets one that was
not (hypothetical, never asserted). Must-nots: a plain negated perfect stays negated, a reported
"should not" with no perfect stays a demand, "could have" stays hypothetical.

A verb of rejection or disapproval whose object is a proposal ("rejected a proposal to attack
Y") judges the proposal: Y, inside the proposed act, is no party of it. Must-nots: the
proposal's owner stays the one rejected, with or without the proposed act."""

from __future__ import annotations

import pytest
from helpers import party_readings_en, require_english_model

require_english_model()

PAIRS = [
    ("Uganda", "UGA", "Somalia", "SOM"),
    ("The Ethiopian army", "ETH", "Eritrea", "ERI"),
    ("Russia", "RUS", "Georgia", "GEO"),
]
VERBS = ["attacked", "invaded", "bombed"]
BLAMED = [
    "{S} should not have {V} {O}.",
    "{S} ought not to have {V} {O}.",
    "{S} must not have {V} {O}.",
    "Kenya said {S} should not have {V} {O}.",
]
REGRETTED = ["{S} should have {V} {O}.", "{S} ought to have {V} {O}."]


def _pair(found: set[tuple], s: str, o: str) -> set[tuple]:
    return {r for r in found if r[0] == s and r[2] == o}


@pytest.mark.parametrize("pair", PAIRS)
@pytest.mark.parametrize("verb", VERBS)
@pytest.mark.parametrize("shape", BLAMED + REGRETTED)
def test_a_judged_past_act_is_never_denied(extractor, pair, verb, shape):
    subj, s, obj, o = pair
    found = _pair(party_readings_en(extractor, shape.format(S=subj, V=verb, O=obj)), s, o)
    if shape in BLAMED:  # blamed: the act was made
        assert found and all(r[3] == "affirmed" for r in found), found
    else:  # regretted: it was not, so never asserted as done
        assert not any(r[3] == "affirmed" and r[4] == "asserted" for r in found), found


@pytest.mark.parametrize("pair", PAIRS)
@pytest.mark.parametrize("verb", VERBS)
def test_a_plain_negated_perfect_stays_negated(extractor, pair, verb):
    subj, s, obj, o = pair
    found = _pair(party_readings_en(extractor, f"{subj} has not {verb} {obj}."), s, o)
    assert found and all(r[3] == "negated" for r in found), found


@pytest.mark.parametrize("pair", PAIRS)
@pytest.mark.parametrize("verb", VERBS)
def test_could_have_stays_hypothetical(extractor, pair, verb):
    subj, s, obj, o = pair
    found = _pair(party_readings_en(extractor, f"{subj} could have {verb} {obj}."), s, o)
    assert not any(r[4] == "asserted" for r in found), found


@pytest.mark.parametrize("pair", PAIRS[:1] + PAIRS[2:])
def test_a_reported_should_not_stays_a_demand(extractor, pair):
    subj, s, obj, _ = pair
    found = party_readings_en(extractor, f"Kenya said {subj} should not attack {obj}.")
    assert any(r[:3] == ("KEN", "10", s) for r in found), found


JUDGES = ["rejected", "opposed", "criticised", "denounced"]
PROPOSALS = ["a proposal", "the plan", "a bid"]
ACTS = ["to attack", "to impose sanctions on", "to send troops to"]
SIDES = [("Chile", "CHL", "Bolivia", "BOL", "Peru", "PER"), ("Israel", "ISR", "Syria", "SYR", "France", "FRA")]


@pytest.mark.parametrize("verb", JUDGES)
@pytest.mark.parametrize("proposal", PROPOSALS)
@pytest.mark.parametrize("act", ACTS)
@pytest.mark.parametrize("sides", SIDES)
def test_the_target_of_a_proposed_act_is_no_party(extractor, verb, proposal, act, sides):
    subj, s, obj, o, _, _ = sides
    found = party_readings_en(extractor, f"{subj} {verb} {proposal} {act} {obj}.")
    assert not any(r[0] == s and r[2] == o for r in found), found


@pytest.mark.parametrize("act", ACTS)
@pytest.mark.parametrize("sides", SIDES)
def test_the_proposals_owner_stays_the_one_rejected(extractor, act, sides):
    subj, s, obj, o, owner, w = sides
    found = party_readings_en(extractor, f"{subj} rejected {owner}'s proposal {act} {obj}.")
    assert any(r[:3] == (s, "12", w) for r in found), found
    assert not any(r[0] == s and r[2] == o for r in found), found


@pytest.mark.parametrize("sides", SIDES)
def test_a_proposal_without_an_act_keeps_its_owner(extractor, sides):
    subj, s, _, _, owner, w = sides
    found = party_readings_en(extractor, f"{subj} rejected {owner}'s proposal.")
    assert any(r[:3] == (s, "12", w) for r in found), found


# An appositive or reduced-relative participle of charge ("the rebels, accused of attacking
# Chad") makes the noun it modifies the accused; a state the context alone gave that noun is no
# state of theirs when it is the charge's own target (no Chad attacking Chad).
GROUPS = ["The rebels", "The militia", "The gunmen"]
CHARGES = ["accused of", "blamed for", "suspected of"]
CHARGE_ACTS = ["attacking", "invading", "shelling"]
STATES = [("Chad", "TCD"), ("Niger", "NER"), ("Mali", "MLI")]
CHARGE_SHAPES = ["{G}, {C} {A} {S}, denied the charge.", "{G} {C} {A} {S} fled."]


@pytest.mark.parametrize("group", GROUPS)
@pytest.mark.parametrize("charge", CHARGES)
@pytest.mark.parametrize("act", CHARGE_ACTS)
@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("shape", CHARGE_SHAPES)
def test_the_charges_target_is_not_the_accuseds_state(extractor, group, charge, act, state, shape):
    name, code = state
    found = party_readings_en(extractor, shape.format(G=group, C=charge, A=act, S=name))
    assert not any(r[0] == code and r[2] == code for r in found), found


@pytest.mark.parametrize("charge", CHARGES)
@pytest.mark.parametrize("state", STATES)
def test_an_accused_named_by_its_state_keeps_the_charge(extractor, charge, state):
    name, code = state
    found = party_readings_en(extractor, f"The Sudanese militia, {charge} attacking {name}, withdrew.")
    assert any(r[0] == "SDN" and r[2] == code and r[4] == "alleged" for r in found), found


@pytest.mark.parametrize("state", STATES)
def test_an_accusation_naming_both_keeps_its_charge(extractor, state):
    name, code = state
    found = party_readings_en(extractor, f"{name} accused Sudan of attacking its border towns.")
    assert any(r[:3] == ("SDN", "19", code) and r[4] == "alleged" for r in found), found
