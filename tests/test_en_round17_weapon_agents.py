"""A weapon or its fire as a passive's agent (round 17 English, branch ``gmem``).

"A Palestinian was killed by Israeli gunfire", "a soldier was wounded by Russian sniper fire",
"two villagers were killed by an Israeli missile": the noun of the "by" phrase is a weapon or
its fire (``gk:WeaponNounCue``, ``gk:WeaponFireCue``), and the state or group that modifies or
owns it is the attacker, as in the active ("Israeli gunfire killed ...", where the subject noun
acts for whose it is). Was: no relation, or unidentified attackers of the victims' own state.
Must not: an animal, a blaze or an explosion of no weapon names no attacker by its adjective.
Sentences written for geokg (real pipeline: ``en_core_web_sm``, the gazetteer, the ontology)."""

from __future__ import annotations

import itertools

import pytest
from helpers import readings_en, require_english_model

require_english_model()

# (victims, their state, attackers' adjective or owner, their state)
SIDES = [
    ("a Palestinian teenager", "PSE", "Israeli", "ISR"),
    ("two Pakistani soldiers", "PAK", "Indian", "IND"),
    ("a Georgian policeman", "GEO", "Russian", "RUS"),
    ("three Lebanese civilians", "LBN", "Syrian", "SYR"),
]
WEAPONS = ["gunfire", "sniper fire", "artillery fire", "missile", "rockets", "bullets"]
VERBS = ["killed", "wounded"]


def _force(extractor, text: str) -> set[tuple]:
    """(subject state, object state) of the fights (CAMEO 18 or 19) read."""
    found = readings_en(extractor, text, "subject", "root", "object", date="2004-11-08")
    return {(s, o) for s, root, o in found if root in ("18", "19")}


@pytest.mark.parametrize(("side", "weapon", "verb"), list(itertools.product(SIDES, WEAPONS, VERBS)))
def test_a_weapon_in_the_by_phrase_acts_for_whose_it_is(extractor, side, weapon, verb):
    victims, state, adjective, their = side
    article = "an " if weapon == "missile" else ""
    text = f"{victims[0].upper()}{victims[1:]} {'was' if victims.startswith('a ') else 'were'} {verb} by {article}{adjective} {weapon} near the border on Monday, officials said."
    found = _force(extractor, text)
    assert (their, state) in found
    assert (state, state) not in found  # not unidentified attackers of the victims' own state


@pytest.mark.parametrize(
    "text",
    [
        "A Kenyan tourist was killed by a Tanzanian elephant in the Serengeti on Monday.",
        "Two Chinese miners were killed by a gas explosion at a Russian-owned mine on Monday.",
        "A Nigerian worker was killed by a fire at a Chinese factory near Lagos on Monday.",
        "A Polish fisherman was injured by a German boat's propeller on Monday.",
    ],
)
def test_no_attacker_from_a_word_that_is_no_weapon(extractor, text):
    assert not _force(extractor, text)
