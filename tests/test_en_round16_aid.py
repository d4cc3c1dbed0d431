"""English: the recipient of aid (issue 13, round 16, branch ``evalh``). "sent aid to
tsunami-hit X": the parser reads "hit" as a clause verb with X its object and leaves "to" empty,
so the recipient was lost and "hit" read as an attack on X; a participle written after a common
noun and a hyphen modifies the noun after it (``hyphens_en``). The recipient's state is read
through a place in it ("to the Indonesian province of Aceh") and the owner of the recipient
noun ("X's refugees", "victims in X"). Must-nots: aid withheld, suspended or refused is no aid
given, aid from X is X's, aid workers kidnapped are no aid, and "hit" in the compound is no
attack. Sentences written for geokg."""

from __future__ import annotations

from itertools import product

import pytest
from helpers import party_readings_en, require_english_model

require_english_model()

GIVERS = [("Japan", "JPN"), ("The European Union", "European Union"), ("Germany's government", "DEU")]
SENDS = ["sent aid to", "delivered relief supplies to", "airlifted food and medicine to", "pledged emergency aid to"]
RECIPIENTS = [
    ("tsunami-hit Indonesia", "IDN"),
    ("quake-stricken Pakistan", "PAK"),
    ("flood-hit Bangladesh", "BGD"),
    ("drought-hit Ethiopia", "ETH"),
    ("Sri Lanka's refugees", "LKA"),
    ("flood victims in Bangladesh", "BGD"),
    ("the Indonesian province of Aceh", "IDN"),
]
SHAPES = ["{G} {V} {R}.", "{G} {V} {R}, officials said on Tuesday."]


@pytest.mark.parametrize("cell", list(product(GIVERS, SENDS, RECIPIENTS, SHAPES)))
def test_aid_goes_to_the_recipients_state(extractor, cell):
    (name, code), send, (phrase, state), shape = cell
    found = party_readings_en(extractor, shape.format(G=name, V=send, R=phrase))
    assert any(r[:4] == (code, "07", state, "affirmed") for r in found), found
    assert not any(r[1] == "19" for r in found), found  # "hit" in the compound is no attack


@pytest.mark.parametrize("verb", ["withheld", "suspended"])
@pytest.mark.parametrize("recipient", ["Indonesia", "tsunami-hit Indonesia"])
def test_aid_withheld_is_no_aid(extractor, verb, recipient):
    found = party_readings_en(extractor, f"Japan {verb} aid to {recipient}.")
    assert not any(r[1] == "07" and r[3] == "affirmed" for r in found), found


@pytest.mark.parametrize("recipient", ["Indonesia", "tsunami-hit Indonesia"])
def test_aid_refused_is_no_aid(extractor, recipient):
    found = party_readings_en(extractor, f"Japan refused to send aid to {recipient}.")
    assert not any(r[1] == "07" and r[3] == "affirmed" and r[4] == "asserted" for r in found), found


@pytest.mark.parametrize("recipient", ["Indonesia", "tsunami-hit Indonesia"])
def test_aid_from_a_giver_is_the_givers(extractor, recipient):
    found = party_readings_en(extractor, f"Aid from Japan reached {recipient} on Monday.")
    assert not any(r[0] == "IDN" and r[1] == "07" for r in found), found


@pytest.mark.parametrize("place", ["Indonesia", "quake-hit Pakistan"])
def test_kidnapped_aid_workers_are_no_aid(extractor, place):
    found = party_readings_en(extractor, f"Gunmen kidnapped two aid workers in {place}.")
    assert not any(r[1] == "07" for r in found), found


def test_a_name_before_a_hyphen_is_left_as_parsed(extractor):
    # ("Iran-backed": the first half names an actor; the parse is not mended)
    from geokg.extract.hyphens_en import mend_hyphens  # noqa: F401 (the component's function)

    found = party_readings_en(extractor, "Japan sent aid to war-torn Somalia.")
    assert any(r[:3] == ("JPN", "07", "SOM") for r in found), found


@pytest.mark.parametrize("recipient", ["Indonesia", "tsunami-hit Indonesia"])
def test_aid_promised_under_a_condition_is_not_asserted(extractor, recipient):
    found = party_readings_en(extractor, f"Japan promised aid to {recipient} if it holds elections.")
    assert not any(r[1] == "07" and r[4] == "asserted" for r in found), found


@pytest.mark.parametrize("send", ["sent no aid to", "has sent no relief supplies to", "provided no assistance to"])
@pytest.mark.parametrize("recipient", ["Indonesia", "tsunami-hit Indonesia"])
def test_no_aid_sent_is_negated(extractor, send, recipient):
    found = party_readings_en(extractor, f"Japan {send} {recipient}.")
    assert any(r[:4] == ("JPN", "07", "IDN", "negated") for r in found), found
    assert not any(r[1] == "07" and r[3] == "affirmed" for r in found), found


@pytest.mark.parametrize(
    "text",
    ["Japan sent aid to Indonesia, with no conditions attached.", "Japan gave no details of its aid to Indonesia."],
)
def test_no_on_another_noun_negates_no_aid(extractor, text):
    found = party_readings_en(extractor, text)
    assert any(r[:4] == ("JPN", "07", "IDN", "affirmed") for r in found), found


def test_no_comment_does_not_negate_the_talks(extractor):
    found = party_readings_en(extractor, "France made no comment on the talks with Iran.")
    assert not any(r[1] == "04" and r[3] == "negated" for r in found), found
