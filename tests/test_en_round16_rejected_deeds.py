"""English: a verb of rejection or disapproval whose direct object is a deed (issue 13, round 16,
branch ``evalh``). "X rejected the sanctions against Y" judges the sanctions: their victim Y is no
party of the rejection, as for a stance after a copula ("is opposed to sanctions against Y").
Must-nots: the deed's owner stays the one rejected ("rejected Z's sanctions against Y": Z), a
proposal's owner stays ("rejected Y's proposal"), a condemned attack with no attacker named
gives no party, as before. Sentences written for geokg."""

from __future__ import annotations

import pytest
from helpers import party_readings_en, require_english_model

require_english_model()

VERBS = ["rejected", "opposed", "criticised", "denounced"]
DEEDS = ["the sanctions against", "new sanctions against", "the embargo against"]
PARTIES = [("Chile", "CHL", "Bolivia", "BOL"), ("The Norwegian government", "NOR", "Eritrea", "ERI")]
SHAPES = ["{S} {V} {D} {O}.", "{S} {V} {D} {O}, a spokesman told reporters on Tuesday."]


@pytest.mark.parametrize("verb", VERBS)
@pytest.mark.parametrize("deed", DEEDS)
@pytest.mark.parametrize("parties", PARTIES)
@pytest.mark.parametrize("shape", SHAPES)
def test_the_victim_of_a_judged_deed_is_no_party(extractor, verb, deed, parties, shape):
    holder, code, victim, whose = parties
    found = party_readings_en(extractor, shape.format(S=holder, V=verb, D=deed, O=victim))
    assert not any(r[0] == code and r[2] == whose for r in found), found


@pytest.mark.parametrize("verb", ["rejected", "criticised"])
def test_the_deeds_owner_stays_the_one_judged(extractor, verb):
    found = party_readings_en(extractor, f"Chile {verb} Peru's sanctions against Bolivia.")
    if verb == "rejected":
        assert any(r[:3] == ("CHL", "12", "PER") for r in found), found
    assert not any(r[0] == "CHL" and r[2] == "BOL" for r in found), found


def test_a_proposals_owner_stays_the_one_rejected(extractor):
    found = party_readings_en(extractor, "Chile rejected Bolivia's proposal.")
    assert ("CHL", "12", "BOL", "affirmed", "asserted") in found, found


def test_a_condemned_attack_with_no_attacker_is_as_before(extractor):
    # (the convention codes a condemnation against the deed's doer; none is named here)
    found = party_readings_en(extractor, "Chile condemned the attack on Bolivia.")
    assert not any(r[0] == "CHL" and r[2] == "BOL" for r in found), found
