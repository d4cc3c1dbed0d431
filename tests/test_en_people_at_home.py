"""English: people named by a common noun alone whom an organ acting only at home (police,
courts, a government: gk:HomeSectors) arrests or holds are people of its own state, as event
coders code domestic arrests (issue 13, round 10). Sentences written for geokg (real pipeline:
``en_core_web_sm``, the gazetteer)."""

from __future__ import annotations

import pytest
from helpers import readings_en, require_english_model

require_english_model()


def _found(extractor, text: str) -> set[tuple]:
    return readings_en(extractor, text, "subject", "cameo", "object", "polarity")


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police arrested a man late on Sunday.",
        "Kenyan police arrested a suspect late on Sunday.",
        "Kenyan police said they had detained three suspects over the blast.",
    ],
)
def test_people_held_by_police_are_of_their_state(extractor, text):
    found = _found(extractor, text)
    assert any(s == "KEN" and c.startswith("17") and o == "KEN" for s, c, o, _p in found), found


def test_a_denied_arrest_stays_negated(extractor):
    # must not: a denial yields the arrest as done
    found = _found(extractor, "Kenyan police denied arresting a man late on Sunday.")
    assert not any(c.startswith("17") and p != "negated" for _s, c, _o, p in found), found


@pytest.mark.parametrize(
    "text",
    [
        "American troops arrested a man late on Sunday.",  # an army acts abroad too
        "Kenyan police arrested two foreign workers.",  # from abroad: no one's people
        "Kenyan police arrested a man in Mogadishu.",  # another state's place
        "Kenyan police broke up a demonstration on Sunday.",  # an act, no people
    ],
)
def test_no_people_at_home_where_the_state_is_not_said(extractor, text):
    assert not any(o == "KEN" and c.startswith("17") for _s, c, o, _p in _found(extractor, text))


def test_things_held_are_no_people(extractor):
    # must not: a car or a truck seized at home makes the state no target
    for text in ("Kenyan police detained the car near the border.", "Kenyan police seized a truck on Sunday."):
        assert not any(o == "KEN" and c.startswith("17") for _s, c, o, _p in _found(extractor, text)), text
