"""English, round 20 (branch ``clean``): two known wrong readings mended, in our own sentences.

- "X warned it would strike Y", "X threatened that it would attack Y": a warning or threat whose
  complement clause is the warner's own act of force under a modal is a threat (CAMEO 13) by X
  against Y (``clauses_en._own_force_warned``; the threat takes the clause's object,
  ``arguments_en._clause_objects`` with ``own_act``); the act itself is never told as done.
  Must-not: a warning of another's act ("X warned that Z would strike Y") is no threat by X and
  no attack by X; a warning to Y named as the object stays X's threat to Y.
- "X should not attack Y", "X must not invade Y": a modal of obligation over an act is advice
  (``modality_en._advised``): the act is hypothetical, neither denied (negated) nor asserted.
  Must-nots: "has not attacked" stays negated, "will not attack" negated and expected, "X said Y
  should not attack Z" stays X's demand of Y, "should not have attacked" stays a blamed act.
"""

from __future__ import annotations

import pytest
from helpers import party_readings_en, require_english_model

require_english_model()

PAIRS = [
    ("Iran", "IRN", "Israel", "ISR"),
    ("North Korea", "PRK", "South Korea", "KOR"),
    ("Russia", "RUS", "Georgia", "GEO"),
]
WARNED = [
    "{S} warned it would strike {O}.",
    "{S} warned that it would attack {O}.",
    "{S} warned it could bomb {O}.",
    "{S} warned that it will retaliate against {O}.",
    "{S} threatened it would strike {O}.",
    "{S} threatened that it would attack {O}.",
    "{S} warned on Monday that its forces would attack {O}.",
]
ADVISED = [
    "{S} should not attack {O}.",
    "{S} must not invade {O}.",
    "{S} ought not to bomb {O}.",
    "{S} should attack {O}.",
    "{S} must invade {O}.",
    "{S} should not impose sanctions on {O}.",
]


def _two(found: set[tuple], s: str, root: str, o: str) -> set[tuple]:
    return {r for r in found if r[:3] == (s, root, o)}


@pytest.mark.parametrize("pair", PAIRS)
@pytest.mark.parametrize("shape", WARNED)
def test_a_warning_of_ones_own_force_is_a_threat(extractor, pair, shape):
    subj, s, obj, o = pair
    found = party_readings_en(extractor, shape.format(S=subj, O=obj))
    assert _two(found, s, "13", o), found
    # must-not: the strike is never told as done, and the target threatens no one
    assert not any(r[:3] == (s, "19", o) and r[3:] == ("affirmed", "asserted") for r in found), found
    assert not any(r[0] == o and r[1] == "13" for r in found), found


@pytest.mark.parametrize("pair", PAIRS)
def test_a_warning_of_anothers_act_is_no_threat_by_the_warner(extractor, pair):
    subj, s, obj, o = pair
    found = party_readings_en(extractor, f"{subj} warned that the United States would attack {obj}.")
    assert not any(r[0] == s and r[1] in ("13", "18", "19") for r in found), found


@pytest.mark.parametrize("pair", PAIRS)
def test_a_warning_addressed_stays_a_threat_to_the_addressee(extractor, pair):
    subj, s, obj, o = pair
    found = party_readings_en(extractor, f"{subj} warned {obj} that it would strike.")
    assert _two(found, s, "13", o), found


@pytest.mark.parametrize("pair", PAIRS)
@pytest.mark.parametrize("shape", ADVISED)
def test_an_act_advised_is_hypothetical(extractor, pair, shape):
    subj, s, obj, o = pair
    found = {r for r in party_readings_en(extractor, shape.format(S=subj, O=obj)) if r[0] == s and r[2] == o}
    assert found, found
    assert all(r[3] == "affirmed" and r[4] == "hypothetical" for r in found), found


@pytest.mark.parametrize("pair", PAIRS)
def test_acts_not_advised_keep_their_reading(extractor, pair):
    subj, s, obj, o = pair
    denied = party_readings_en(extractor, f"{subj} has not attacked {obj}.")
    assert _two(denied, s, "19", o) == {(s, "19", o, "negated", "asserted")}, denied
    refused = party_readings_en(extractor, f"{subj} will not attack {obj}.")
    assert _two(refused, s, "19", o) == {(s, "19", o, "negated", "expected")}, refused
    blamed = party_readings_en(extractor, f"{subj} should not have attacked {obj}.")
    assert _two(blamed, s, "19", o) == {(s, "19", o, "affirmed", "asserted")}, blamed
    demand = party_readings_en(extractor, f"Kenya said {subj} should not attack {obj}.")
    assert any(r[:3] == ("KEN", "10", s) for r in demand), demand


# --- a deed judged by an adjective after "as"; standing by an ally ---------------------------

JUDGING_VERBS = ["described", "characterised", "characterized", "branded"]
JUDGED = [
    ("{S}'s elections", "ADJ"),
    ("the {A} vote", "ADJ"),
    ("the elections in {S}", "ADJ"),
]
PEJORATIVES = ["flawed", "fraudulent", "illegal", "unacceptable", "rigged"]
JUDGES = [("Russia", "RUS"), ("The European Union", "European Union"), ("France", "FRA")]
JUDGED_STATES = [("Georgia", "Georgian", "GEO"), ("Iran", "Iranian", "IRN")]


@pytest.mark.parametrize("verb", JUDGING_VERBS)
@pytest.mark.parametrize(("deed", "_kind"), JUDGED)
@pytest.mark.parametrize("word", PEJORATIVES)
@pytest.mark.parametrize(("judge", "j"), JUDGES)
def test_a_deed_judged_wrong_is_disapproval_of_its_doer(extractor, verb, deed, _kind, word, judge, j):
    state, adj, code = JUDGED_STATES[len(word) % 2]
    text = f"{judge} {verb} {deed.format(S=state, A=adj)} as {word}."
    found = party_readings_en(extractor, text)
    assert (j, "11", code, "affirmed", "asserted") in found, found
    # must-not: the doer judges no one
    assert not any(r[0] == code and r[1] == "11" for r in found), found


@pytest.mark.parametrize("word", ["fair", "free", "useful", "credible"])
def test_a_deed_judged_well_is_no_disapproval(extractor, word):
    found = party_readings_en(extractor, f"Russia described Georgia's elections as {word}.")
    assert not any(r[1] == "11" for r in found), found


def test_a_judgement_denied_stays_negated(extractor):
    found = party_readings_en(extractor, "Russia did not describe Georgia's elections as flawed.")
    assert not any(r[1] == "11" and r[3] == "affirmed" for r in found), found


STANDING = ["{S} stood by {O}.", "{S} stands by {O}.", "{S} will stand by {O}.", "{S} has stood by its ally {O}."]
ALLIES = [("Russia", "RUS", "Iran", "IRN"), ("China", "CHN", "North Korea", "PRK"), ("Egypt", "EGY", "Sudan", "SDN")]


@pytest.mark.parametrize("pair", ALLIES)
@pytest.mark.parametrize("shape", STANDING)
def test_standing_by_an_ally_is_support(extractor, pair, shape):
    subj, s, obj, o = pair
    found = party_readings_en(extractor, shape.format(S=subj, O=obj))
    assert _two(found, s, "05", o), found
    assert not _two(found, o, "05", s), found


@pytest.mark.parametrize("pair", ALLIES)
def test_by_stays_an_agent_of_a_passive(extractor, pair):
    # must-not: "by" after a passive names the agent, never the one supported
    subj, s, obj, o = pair
    found = party_readings_en(extractor, f"{subj} was backed by {obj}.")
    assert not _two(found, s, "05", o), found


# --- one's delegation flown to a state: a visit ----------------------------------------------

TRAVELLERS = [("Putin", "RUS"), ("The Venezuelan president", "VEN"), ("Japan", "JPN")]
HOSTS = [("Iran", "IRN"), ("Belarus", "BLR"), ("China", "CHN")]
TAKEN = [
    "{S} flew his delegation to {O}.",
    "{S} flew a trade delegation to {O} on Monday.",
    "{S} took his delegation to {O}.",
    "{S} brought his delegation to {O} for talks.",
]


@pytest.mark.parametrize(("traveller", "t"), TRAVELLERS)
@pytest.mark.parametrize(("host", "h"), HOSTS)
@pytest.mark.parametrize("shape", TAKEN)
def test_a_delegation_taken_to_a_state_is_a_visit(extractor, traveller, t, host, h, shape):
    found = party_readings_en(extractor, shape.format(S=traveller, O=host))
    assert _two(found, t, "04", h), found
    # must-not: the host is not read as visiting the traveller
    assert not _two(found, h, "04", t), found


@pytest.mark.parametrize(("traveller", "t"), TRAVELLERS)
def test_a_delegation_flown_home_is_no_visit(extractor, traveller, t):
    found = party_readings_en(extractor, f"{traveller} flew his delegation home from Iran.")
    assert not any(r[1] == "04" and r[2] == "IRN" for r in found), found
