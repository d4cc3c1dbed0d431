"""English: whose a thing acted on is, and where a state's seat abroad sits (issue 13, wrong
readings). A possessive pronoun says whose an embassy or a village is; the place after it says
only where it is, unless the thing is the subject's own forces, whose place is where they are
aimed. A diplomatic seat opened or closed "in X" has X as partner (``gk:SeatAbroadCue``).
Sentences written for geokg (real pipeline: ``en_core_web_sm``, the gazetteer, the ontology)."""

from __future__ import annotations

import pytest
from helpers import modal_en, require_english_model

require_english_model()


@pytest.mark.parametrize(
    "text",
    [
        "Uganda accused Kenya of attacking its embassy in Nairobi.",
        "Uganda has accused Kenya of raiding its consulate in Mombasa.",
        "Uganda accused Kenya of attacking its embassy.",
        # the charge named as a noun: its pronoun is the accuser's too
        "Uganda accused Kenya of an assault on its consulate.",
        "Uganda has accused Kenya of a raid on its embassy in Nairobi.",
    ],
)
def test_the_accusers_own_seat_is_the_target_not_the_place(extractor, text):
    found = modal_en(extractor, text)
    assert ("KEN", "attacks", "UGA", "affirmed", "alleged") in found, found
    # must not: the place where the seat sits, or the accused, as its owner (was Kenya attacking
    # a Kenyan embassy or consulate)
    assert not any(f[1] == "attacks" and f[2] == "KEN" for f in found), found


def test_a_group_with_no_owner_named_is_still_the_subjects(extractor):
    # control: the domestic default without a pronoun
    found = modal_en(extractor, "Egyptian police dispersed demonstrators.")
    assert any(f[0] == "EGY" and f[2] == "EGY" for f in found), found


def test_a_seat_stormed_in_a_report_is_the_speakers(extractor):
    found = modal_en(extractor, "Uganda said rioters stormed its embassy in Nairobi.")
    assert any(f[1] == "attacks" and f[2] == "UGA" for f in found), found
    assert not any(f[1] == "attacks" and f[2] == "KEN" for f in found), found


def test_ones_own_forces_are_aimed_where_they_are(extractor):
    # control: the place of one's own forces stays the point of a show of force
    found = modal_en(extractor, "Kenya has reinforced its troops in Uganda.")
    assert any(f[0] == "KEN" and f[2] == "UGA" for f in found), found


def test_a_seat_named_by_its_state_keeps_that_state(extractor):
    # control: a named owner wins over the place, as before
    found = modal_en(extractor, "Kenyan troops attacked the Ugandan embassy in Nairobi.")
    assert any(f[1] == "attacks" and f[2] == "UGA" for f in found), found


@pytest.mark.parametrize(
    "text, relation, modality",
    [
        ("Kenya opened a new embassy in Kampala.", "cooperatesDiplomaticallyWith", "asserted"),
        ("Kenya will open an embassy in Uganda.", "cooperatesDiplomaticallyWith", "expected"),
        ("Kenya reopened its consulate in Kampala.", "cooperatesDiplomaticallyWith", "asserted"),
        ("Kenya closed its embassy in Uganda.", "breaksDiplomaticRelationsWith", "asserted"),
        ("Kenya evacuated its embassy in Kampala.", "breaksDiplomaticRelationsWith", "asserted"),
    ],
)
def test_a_seat_abroad_opened_or_closed_has_its_host_as_partner(extractor, text, relation, modality):
    found = modal_en(extractor, text)
    assert ("KEN", relation, "UGA", "affirmed", modality) in found, found


def test_a_seat_with_no_place_names_no_partner(extractor):
    # must not: the subject itself, or its seat, as its own partner
    found = modal_en(extractor, "Kenya opened an embassy.")
    assert not any(f[2] is not None for f in found), found
