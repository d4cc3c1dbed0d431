"""Whose armed group a state's forces strike, and claims a verb of dismissal rejects (round 18
English, branch ``gmem``, second task).

1. An armed group named without a state takes the state of the sentence's place ("near
   Jenin"); with no place, the subject's (``arguments_en._domestic_target``): police strike
   their own state's militants, a state accused of backing separatists backs the accuser's. A
   rule taking that reading away from soldiers ("Israeli troops shot two gunmen") was built and
   taken out at the merge: it also took it from "the Nigerian army launched an offensive against
   militants", an older reading with its own test.
2. "Israel rejected claims that its posts were shelled by Syrian troops": the act was alleged,
   affirmed, attributed to no one. A verb of dismissal (``gk:DismissalCue``) over a noun of claim
   (``gk:ClaimNounCue``) negates the claim's content and gives it to the dismisser, as "denied
   reports that" does (``reporting_en.denied_noun``). "rejected demands that" is no denial.

Sentences written for geokg (real pipeline: ``en_core_web_sm``, the gazetteer, the ontology)."""

from __future__ import annotations

import itertools

import pytest
from helpers import require_english_model

require_english_model()

FOES = ["gunmen", "militants", "insurgents"]


def _found(extractor, text: str) -> list:
    return extractor.extract_text(text, doc_id="t", date="2004-11-08", lang="en")[0]


def _object_states(extractor, text: str) -> set:
    return {a.object.entity.country for a in _found(extractor, text) if a.cameo and a.object and a.object.entity}


@pytest.mark.parametrize("foe", FOES)
def test_the_place_gives_the_group_its_state(extractor, foe):
    assert _object_states(extractor, f"Israeli troops shot two {foe} near Jenin on Monday.") == {"PSE"}


@pytest.mark.parametrize(("police", "state"), [("Egyptian", "EGY"), ("Algerian", "DZA"), ("Pakistani", "PAK")])
@pytest.mark.parametrize("foe", ["militants", "gunmen"])
def test_police_strike_a_group_of_their_own_state(extractor, police, state, foe):
    assert _object_states(extractor, f"{police} police killed three {foe} on Monday.") == {state}


@pytest.mark.parametrize(("accuser", "state", "code"), [("Algeria", "DZA", "MAR"), ("Ethiopia", "ETH", "ERI")])
@pytest.mark.parametrize("act", ["backing", "arming"])
@pytest.mark.parametrize("foe", ["separatists", "rebels"])
def test_a_state_acting_on_a_group_keeps_the_domestic_reading(extractor, accuser, state, code, act, foe):
    """Must stay: only soldiers' strikes lose it; a state accused of backing an accuser's rebels
    backs the accuser's rebels (the alleged act beside the accusation)."""
    other = {"MAR": "Morocco", "ERI": "Eritrea"}[code]
    text = f"{accuser} accused {other} of {act} {foe} on Thursday."
    found = _found(extractor, text)
    assert any(a.subject.entity.country == code and a.object.entity.country == state for a in found if a.object)


DISMISSERS = [("Israel", "ISR", "Syrian", "SYR"), ("India", "IND", "Pakistani", "PAK")]
DISMISSALS = ["rejected", "dismissed", "rebuffed"]
CLAIMS = ["claims", "reports", "suggestions"]


@pytest.mark.parametrize(("side", "verb", "claim"), list(itertools.product(DISMISSERS, DISMISSALS, CLAIMS)))
def test_a_dismissed_claim_is_negated_and_the_dismissers(extractor, side, verb, claim):
    name, state, adj, attacker = side
    text = f"{name} {verb} {claim} that its posts were shelled by {adj} troops."
    found = [a for a in _found(extractor, text) if a.cameo and a.subject.entity.country == attacker]
    assert found
    for a in found:
        assert a.polarity == "negated"  # must not: the shelling affirmed
        assert a.attributed_to is not None and a.attributed_to.country == state
    # must not: the dismisser read as the attacker
    assert not any(a.subject.entity.country == state for a in _found(extractor, text) if a.cameo)


@pytest.mark.parametrize(("side", "verb"), list(itertools.product(DISMISSERS, DISMISSALS)))
def test_a_rejected_demand_is_no_denial(extractor, side, verb):
    name, state, adj, _ = side
    text = f"{name} {verb} demands that its troops withdraw from the border."
    assert not any(a.polarity == "negated" and a.subject.entity.country == state for a in _found(extractor, text))
