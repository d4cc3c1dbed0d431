"""English, round 18 (branch ``polish``): force fired at a thing.

What is fired ("missiles", "rockets": ``gk:WeaponNounCue``) is no thing struck; the thing is
behind "at" ("fired missiles at a Hamas office"), and a name before it says whose it is (the
owner is the target); a party named there ("fired missiles at Hamas") is the target itself.
An armed group a modifying word names ("rebel positions") takes its state from a place, never
from a demonym (``EnglishLinker._holder``, ``context_country(armed=True)``): "British jets
struck rebel positions" names no British rebels. Sentences written for geokg (real pipeline).
"""

from __future__ import annotations

import pytest
from helpers import coded_en, require_english_model

require_english_model()

_DATE = "2004-03-01"
_FIRERS = [("Israeli helicopters", "ISR"), ("Israeli jets", "ISR"), ("Israeli warplanes", "ISR")]
_WEAPONS = ["missiles", "rockets", "two missiles"]
_TARGETS = [("a Hamas office", "PSE"), ("a Hamas base", "PSE"), ("a Hezbollah base", "LBN"), ("Hamas", "PSE")]


@pytest.mark.parametrize("firer", _FIRERS)
@pytest.mark.parametrize("weapon", _WEAPONS)
@pytest.mark.parametrize("target", _TARGETS)
def test_the_thing_fired_at_names_the_target(extractor, firer, weapon, target):
    found = coded_en(extractor, f"{firer[0]} fired {weapon} at {target[0]}.", _DATE)
    assert any(s == firer[1] and o == target[1] for s, _, o, _ in found), found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a place of the struck thing's state, not of the attacker's (must stay)
        ("Israeli helicopters fired missiles at a car in Gaza.", ("ISR", "PSE")),
        ("Insurgents fired mortars at the Green Zone in Baghdad.", ("IRQ", "IRQ")),
        ("Jordanian troops raided an al Qaeda safe house near the border.", ("JOR", None)),
    ],
)
def test_places_and_named_owners_stay(extractor, text, pair):
    found = coded_en(extractor, text, _DATE)
    assert any(s == pair[0] and (pair[1] is None or o == pair[1]) for s, _, o, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # the attacker's own state is never the target by what it fires (must not)
        "Israeli helicopters fired missiles at a Hamas office.",
        "Israeli jets fired rockets at a Hezbollah base.",
    ],
)
def test_what_is_fired_is_not_the_attackers_own(extractor, text):
    found = coded_en(extractor, text, _DATE)
    assert not any(s == o for s, _, o, _ in found), found


_STRIKERS = [("British jets", "GBR"), ("French warplanes", "FRA"), ("American helicopters", "USA")]
_STRIKES = ["struck", "bombed", "shelled"]
# "bases": the tagger lemmatises it "basis"; the class reads the noun's own text too (round 23)
_POSITIONS = ["rebel positions", "rebel camps", "insurgent hideouts", "rebel bases", "militant bases"]


@pytest.mark.parametrize("striker", _STRIKERS)
@pytest.mark.parametrize("verb", _STRIKES)
@pytest.mark.parametrize("positions", _POSITIONS)
def test_rebels_struck_are_not_of_the_strikers_state(extractor, striker, verb, positions):
    found = coded_en(extractor, f"{striker[0]} {verb} {positions} on Sunday.", _DATE)
    assert not any(o == striker[1] for _, _, o, _ in found), found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the sentence's place gives the rebels' state; a named group keeps its own (must stay)
        ("American planes struck rebel positions in Sierra Leone.", ("USA", "SLE")),
        ("Russian aircraft struck rebel positions near Aleppo.", ("RUS", "SYR")),
        ("Syrian warplanes pounded rebel positions near Aleppo.", ("SYR", "SYR")),
        ("Government troops shelled rebel positions near Mosul.", ("IRQ", "IRQ")),
        ("US warplanes bombed rebel positions in Falluja.", ("USA", "IRQ")),
        ("Turkish jets bombed rebel bases near Mosul.", ("TUR", "IRQ")),
        ("Israeli jets struck Syrian army bases.", ("ISR", "SYR")),
        ("Colombian troops attacked FARC rebels near the border.", ("COL", "COL")),
    ],
)
def test_rebels_placed_or_named_keep_their_state(extractor, text, pair):
    found = coded_en(extractor, text, _DATE)
    assert any((s, o) == pair for s, _, o, _ in found), found


def test_a_held_place_is_a_target_noun_or_its_plural_in_s():
    """``NounCues.held_place`` reads a target noun's plural in -s ("bases"), never a word one
    letter longer that is no plural ("based", "sided", "sited": the verbs a group may head)."""
    import spacy
    from geokg.extract.entities_en import NounCues
    from geokg.ontology import load_ontology

    nouns = NounCues.from_ontology(load_ontology())
    words = spacy.blank("en")("bases sides based sided sited")
    assert [nouns.held_place(w) for w in words] == [True, True, False, False, False]
