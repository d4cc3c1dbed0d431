"""English, round 19 (branch ``gmem``): what a verb of travel carries is sent, not a visit.

"Russia flew relief supplies to Iran" was a visit (042): the trigger "fly to" matched across the
direct object. A contact trigger of a verb and its preposition whose verb has a direct object of
its own (``clauses_en._carries``) now gives way to the carried thing's own frame (aid, 07); a time
or a distance the parser makes the object ("travelled the whole night to X") keeps the visit.
Sentences written for geokg (real pipeline).
"""

from __future__ import annotations

import pytest
from helpers import readings_en, require_english_model

require_english_model()

_DATE = "2005-03-01"
_SENDERS = [("Russia", "RUS"), ("Japan", "JPN"), ("The United States", "USA")]
_GOODS = ["relief supplies", "humanitarian aid", "20 tonnes of aid", "food and medicine"]
_RECIPIENTS = [("Iran", "IRN"), ("Pakistan", "PAK"), ("Sudan", "SDN")]


def _acts(extractor, text: str) -> set[tuple]:
    return readings_en(extractor, text, "subject", "root", "object", "polarity", date=_DATE)


@pytest.mark.parametrize("sender", _SENDERS)
@pytest.mark.parametrize("goods", _GOODS)
@pytest.mark.parametrize("recipient", _RECIPIENTS)
def test_goods_flown_are_aid_not_a_visit(extractor, sender, goods, recipient):
    found = _acts(extractor, f"{sender[0]} flew {goods} to {recipient[0]}.")
    assert (sender[1], "07", recipient[1], "affirmed") in found, found
    assert not any(r == "04" for _, r, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # troops or people flown: no visit by the sender (must not)
        "Russia flew troops to Syria.",
        "Russia flew the wounded to Iran.",
        "Japan flew 50 doctors to Pakistan.",
    ],
)
def test_no_visit_by_what_is_flown(extractor, text):
    found = _acts(extractor, text)
    assert not any(r == "04" for _, r, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the traveller's own journey stays a visit
        ("Putin flew to Tehran.", ("RUS", "IRN")),
        ("Putin travelled to Iran on Monday.", ("RUS", "IRN")),
        ("Putin travelled the whole night to Iran.", ("RUS", "IRN")),
        ("Putin arrived in Iran.", ("RUS", "IRN")),
        ("Putin paid a visit to Iran.", ("RUS", "IRN")),
        ("Putin held talks with Iran's president.", ("RUS", "IRN")),
    ],
)
def test_journeys_stay_visits(extractor, text, pair):
    found = _acts(extractor, text)
    assert any(s == pair[0] and r == "04" and o == pair[1] for s, r, o, _ in found), found
