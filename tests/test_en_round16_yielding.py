"""English: yielding to another's demand through a preposition of the frame (issue 13, round 16,
branch ``evalh``). A frame whose noun follows its own preposition ("complied with X's demands",
"bowed to X's pressure", "relented to X's pressure") names the one yielded to by that noun's
owner, as a frame with the noun as direct object does ("met X's demands"); a UN resolution
complied with is yielded to the UN. Must-nots: negated, refused, in a condition, a resolution
defied, forces obeying their own government. Sentences written for geokg."""

from __future__ import annotations

import pytest
from helpers import party_readings_en, require_english_model

require_english_model()

VERBS = ["complied with", "bowed to", "relented to", "gave in to", "yielded to", "acceded to"]
# (who yields, its code, the demand with its owner, the owner's code)
PARTIES = [
    ("Syria", "SYR", "Lebanon's demands", "LBN"),
    ("The Sudanese government", "SDN", "demands from the United Nations", "United Nations"),
    ("Iranian President Mohammad Khatami", "IRN", "the European demands", "European Union"),
]
SHAPES = [
    "{S} {V} {O} on Tuesday.",
    "DAMASCUS (Reuters) - {S} {V} {O} after weeks of talks, officials said on Monday.",
    "{S} finally {V} {O}, a spokesman told reporters.",
]


@pytest.mark.parametrize("verb", VERBS)
@pytest.mark.parametrize("parties", PARTIES)
@pytest.mark.parametrize("shape", SHAPES)
def test_yielding_names_the_owner_of_the_demand(extractor, verb, parties, shape):
    holder, code, demand, owner = parties
    found = party_readings_en(extractor, shape.format(S=holder, V=verb, O=demand))
    if verb == "complied with" and "from" in demand:
        pytest.xfail("left: the owner in a 'from' phrase on a noun after 'with' is not read")
    assert any(r[:4] == (code, "08", owner, "affirmed") for r in found), found


def test_a_resolution_complied_with_is_yielded_to_its_author(extractor):
    found = party_readings_en(extractor, "Syria complied with the UN resolution on Lebanon.")
    assert ("SYR", "08", "United Nations", "affirmed", "asserted") in found, found


@pytest.mark.parametrize("verb", ["comply with", "bow to"])
def test_not_yielding_is_no_yielding(extractor, verb):
    found = party_readings_en(extractor, f"Syria did not {verb} Lebanon's demands.")
    assert not any(r[1] == "08" and r[3] == "affirmed" for r in found), found
    found = party_readings_en(extractor, f"Syria refused to {verb} Lebanon's demands.")
    assert not any(r[1] == "08" and r[3] == "affirmed" and r[4] == "asserted" for r in found), found


def test_yielding_in_a_condition_is_not_asserted(extractor):
    found = party_readings_en(extractor, "If Syria complies with Lebanon's demands, the border will reopen.")
    assert not any(r[1] == "08" and r[4] == "asserted" for r in found), found


def test_a_defied_resolution_is_no_yielding(extractor):
    found = party_readings_en(extractor, "Syria defied the UN resolution on Lebanon.")
    assert not any(r[1] == "08" for r in found), found


def test_forces_obeying_their_own_government_yield_to_nobody(extractor):
    found = party_readings_en(extractor, "Iraqi soldiers obeyed orders from Baghdad.")
    assert not any(r[1] == "08" for r in found), found


def test_a_received_criticism_keeps_its_marker(extractor):
    # a frame of an act received names its agent by its own marker, never the noun's owner
    found = party_readings_en(extractor, "Syria faced criticism from Lebanon over the border closure.")
    assert not any(r[0] == "SYR" and r[1] == "11" for r in found), found
