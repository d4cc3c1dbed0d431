"""English, round 25 (branch ``gmem``): a stance on an act sides with the act's agent.

"Russia supports sanctioning Iran" was support of Iran (051), "Britain welcomed sending troops to
Iraq" praise of Iraq and "Russia criticized sending troops to Iraq" criticism of Iraq: a stance
that names no party took the object of the act it judges (``arguments_en._governed_objects``).
A stance that takes sides (``gk:takesSides``: support, praise, criticism, protest) is aimed at the
agent of the act it judges, so an act's own target or destination is no party of it; the subject
of a clause it governs still is ("supports the UN taking over"). Demands and rejections, aimed at
their addressee (``gk:addresseeObject``), keep the governed clause's target.

Sentences written for geokg (real pipeline).
"""

from __future__ import annotations

import pytest
from helpers import readings_en, require_english_model

require_english_model()

_SUBJECTS = [("Russia", "RUS"), ("The French president", "FRA"), ("German officials", "DEU")]
_OBJECTS = [("Iran", "IRN"), ("the Iranian government", "IRN"), ("Syria", "SYR")]
# (word, CAMEO root: support and praise are both 051)
_STANCES = [
    ("supports", "05"),
    ("backs", "05"),
    ("welcomed", "05"),
    ("praised", "05"),
    ("criticized", "11"),
    ("opposes", "11"),
]
_ACTS = ["sanctioning {o}", "isolating {o}", "imposing sanctions on {o}", "sending troops to {o}"]


def _stances(extractor, text: str) -> set[tuple]:
    return readings_en(extractor, text, "subject", "root", "object")


@pytest.mark.parametrize("subject", _SUBJECTS)
@pytest.mark.parametrize("obj", _OBJECTS)
@pytest.mark.parametrize("stance", _STANCES)
@pytest.mark.parametrize("act", _ACTS)
def test_a_stance_on_an_act_is_not_aimed_at_its_target(extractor, subject, obj, stance, act):
    text = f"{subject[0]} {stance[0]} {act.format(o=obj[0])}."
    found = _stances(extractor, text)
    assert not any(r == stance[1] and o == obj[1] for _, r, o in found), found


@pytest.mark.parametrize("subject", _SUBJECTS)
@pytest.mark.parametrize("obj", _OBJECTS)
@pytest.mark.parametrize("stance", _STANCES[:4])
def test_a_stance_on_a_party_keeps_it(extractor, subject, obj, stance):
    found = _stances(extractor, f"{subject[0]} {stance[0]} {obj[0]}.")
    assert (subject[1], stance[1], obj[1]) in found, found


@pytest.mark.parametrize("stance", _STANCES[:4])
@pytest.mark.parametrize("obj", _OBJECTS)
def test_a_stance_on_a_partys_decision_keeps_the_party(extractor, stance, obj):
    owner = "Iran's" if obj[1] == "IRN" else "Syria's"
    found = _stances(extractor, f"Russia {stance[0]} {owner} decision to free the sailors.")
    assert ("RUS", stance[1], obj[1]) in found, found


@pytest.mark.parametrize(
    "text, expected",
    [
        # the governed clause's own subject is the party the stance sides with
        ("Russia supports the United Nations taking over in Sudan.", ("RUS", "05", "United Nations")),
        # a demand or a rejection is aimed at whom the act asks of (gk:addresseeObject)
        ("Russia demanded that Iran free the sailors.", ("RUS", "10", "IRN")),
    ],
)
def test_the_agent_of_a_governed_clause_and_an_addressee_stay(extractor, text, expected):
    found = readings_en(extractor, text, "subject", "root", "object_actor")
    assert expected in found, found


@pytest.mark.parametrize(
    "text, forbidden",
    [
        # never the judged act read as done by the judge
        ("Russia condemned sanctioning Iran.", ("RUS", "imposesSanctionsOn", "IRN")),
        ("Russia opposes sanctioning Iran.", ("RUS", "imposesSanctionsOn", "IRN")),
        ("Russia did not support sanctioning Iran.", ("RUS", "supports", "IRN")),
    ],
)
def test_must_not(extractor, text, forbidden):
    found = readings_en(extractor, text, "subject", "relation", "object", "polarity", "modality", coded_only=False)
    assert not any((s, r, o) == forbidden and pol == "affirmed" and mod == "asserted" for s, r, o, pol, mod in found), (
        found
    )
