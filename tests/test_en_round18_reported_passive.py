"""Reported acts whose victims the speaker owns, told in the passive (round 18 English, branch
``gmem``).

"Pakistan said its soldiers were killed by Indian troops": the passive's subject, owned by a
pronoun, is what the active's object would be ("Indian troops killed its soldiers"), so the act
is Indian troops → Pakistan, reported, attributed to Pakistan. Was: no relation (the passive's
subject was not among the nouns a pronoun's owner is read from, ``arguments_en._domestic_target``).
And "denied reports that its posts were shelled by X": a passive content clause of a noun of
saying is that noun's claim, as the active is (``reporting_en.content_of_noun``); was: the act
asserted, the denial lost.

Must not: the speaker becomes the actor; a denial loses its negation; "said its troops would
attack" is read as a reported act (it is the speaker's intent). Sentences written for geokg (real
pipeline: ``en_core_web_sm``, the gazetteer, the ontology)."""

from __future__ import annotations

import itertools

import pytest
from helpers import readings_en, require_english_model

require_english_model()

# (speaker, its state, attackers, their state)
SIDES = [
    ("Pakistan", "PAK", "Indian troops", "IND"),
    ("Rwanda", "RWA", "Congolese rebels", "COD"),
    ("Georgia", "GEO", "Russian troops", "RUS"),
    ("Lebanon", "LBN", "Syrian troops", "SYR"),
]
NOUNS = ["soldiers", "troops", "border guards"]
VERBS = ["killed", "attacked", "shelled", "wounded"]
SHAPES = [
    "{s} said its {n} were {v} by {a}.",
    "{s} said on Monday that two of its {n} had been {v} by {a} near the border.",
    "{s} said its {n} were {v} by {a}, and it called for calm.",
]


def _force(extractor, text: str) -> set[tuple]:
    """(subject state, object state, polarity, modality) of the fights (CAMEO 18 or 19) read."""
    found = readings_en(extractor, text, "subject", "root", "object", "polarity", "modality", date="2004-11-08")
    return {(s, o, p, m) for s, root, o, p, m in found if root in ("18", "19")}


@pytest.mark.parametrize(("side", "noun", "verb", "shape"), list(itertools.product(SIDES, NOUNS, VERBS, SHAPES)))
def test_the_passive_subject_a_pronoun_owns_is_the_speakers(extractor, side, noun, verb, shape):
    speaker, state, attackers, their = side
    found = _force(extractor, shape.format(s=speaker, n=noun, v=verb, a=attackers))
    assert (their, state, "affirmed", "reported") in found
    assert not any(s == state for s, *_ in found)  # the speaker is never the attacker


@pytest.mark.parametrize(("side", "verb"), list(itertools.product(SIDES, VERBS)))
def test_a_denied_passive_stays_negated(extractor, side, verb):
    speaker, state, attackers, their = side
    for text in (
        f"{speaker} denied that its soldiers were {verb} by {attackers}.",
        f"{speaker} denied reports that its soldiers were {verb} by {attackers}.",
    ):
        found = _force(extractor, text)
        assert (their, state, "negated", "reported") in found, text
        assert not any(p == "affirmed" for *_, p, _m in found), text


@pytest.mark.parametrize("side", SIDES)
def test_what_the_speaker_says_it_will_do_is_no_reported_act(extractor, side):
    speaker, state, attackers, their = side
    found = _force(extractor, f"{speaker} said its troops would attack {attackers} near the border.")
    assert not any(m == "reported" for *_, m in found)
    assert not any(s == their and o == state for s, o, *_ in found)  # never the other way round
