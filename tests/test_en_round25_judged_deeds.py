"""English, round 25 (branch ``gmem``): a deed judged by a noun of stance took place.

"Japan criticized Russia's visit to Iran" gave the criticism (aimed at Russia) and the visit,
but "Japan's criticism of Russia's visit to Iran", "Japan voiced criticism of ...", "expressed
opposition to ..." gave the criticism only: the stance noun's own preposition ("criticism of",
"opposition to": the nominal frames' markers, ``EnglishLexicon.noun_markers``) was not read as
the slot of its object (``nesting_en._slots``), so the deed was a governed trigger and dropped.
Where the stance itself gives nothing ("Criticism of Russia's visit to Iran has grown": no critic
named), the deed named with its own agent is kept all the same. And denying the criticism is not
denying the deed (``modality_en.denied_object`` stops at a trigger noun between).

Sentences written for geokg (real pipeline).
"""

from __future__ import annotations

import pytest
from helpers import readings_en, require_english_model

require_english_model()

_CRITICS = [("Japan", "JPN"), ("The Japanese foreign minister", "JPN")]
_AGENTS = [("Russia", "RUS"), ("the Russian president", "RUS")]
_OTHERS = [("Iran", "IRN"), ("Syria", "SYR")]
# (the deed, its CAMEO root)
_DEEDS = [("visit to {o}", "04"), ("congratulatory call to {o}", "05"), ("attack on {o}", "19"), ("aid to {o}", "07")]
_SHAPES = [
    "{c}'s criticism of {a}'s {d} angered China.",
    "{c} voiced criticism of {a}'s {d}.",
    "{c} expressed opposition to {a}'s {d}.",
    "Criticism of {a}'s {d} has grown.",
]


def _found(extractor, text: str) -> set[tuple]:
    return readings_en(extractor, text, "subject", "root", "object", "polarity", "modality")


@pytest.mark.parametrize("critic", _CRITICS)
@pytest.mark.parametrize("agent", _AGENTS)
@pytest.mark.parametrize("other", _OTHERS)
@pytest.mark.parametrize("deed", _DEEDS)
@pytest.mark.parametrize("shape", _SHAPES)
def test_a_deed_judged_by_a_noun_took_place(extractor, critic, agent, other, deed, shape):
    who = critic[0] if shape.startswith("{c}") else ""
    text = shape.format(c=who, a=agent[0], d=deed[0].format(o=other[0]))
    text = text[0].upper() + text[1:]
    found = _found(extractor, text)
    assert (agent[1], deed[1], other[1], "affirmed", "asserted") in found, found
    # the critic never does the deed judged
    assert not any(s == critic[1] and r == deed[1] and o == other[1] for s, r, o, _, _ in found), found
    if shape.startswith("{c}"):
        assert any(s == critic[1] and r == "11" for s, r, _, _, _ in found), found


@pytest.mark.parametrize(
    "text, forbidden",
    [
        # a deed with no agent named is no act of the critic's
        ("Japan's criticism of the attack on Syria angered China.", ("JPN", "19", "SYR")),
        ("Japan voiced criticism of the attack on Syria.", ("JPN", "19", "SYR")),
        # talks about a state make it no side of them
        ("Japan voiced criticism of talks about Iran.", ("JPN", "04", "IRN")),
        ("Japan's criticism of Russia's talks about Iran angered China.", ("RUS", "04", "IRN")),
    ],
)
def test_must_not_give_a_party(extractor, text, forbidden):
    found = _found(extractor, text)
    assert not any((s, r, o) == forbidden for s, r, o, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Japan denied any criticism of Russia's visit to Iran.",
        "Japan did not voice criticism of Russia's visit to Iran.",
        "Japan denied criticizing Russia's visit to Iran.",
    ],
)
def test_a_denied_stance_does_not_deny_the_deed(extractor, text):
    found = _found(extractor, text)
    assert not any(s == "RUS" and r == "04" and pol == "negated" for s, r, _, pol, _ in found), found
    assert not any(s == "JPN" and r == "11" and pol == "affirmed" for s, r, _, pol, _ in found), found


def test_a_stance_on_a_party_stays(extractor):
    found = _found(extractor, "Japan's criticism of Russia has grown.")
    assert ("JPN", "11", "RUS", "affirmed", "asserted") in found, found
