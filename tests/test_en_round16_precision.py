"""Round 16 (English): wrong readings mended as classes, in our own sentences.

- "X expressed dismay/anger/outrage at Y('s decision)": the nominal frame's "at" is whom a
  statement is aimed at (a statement takes place nowhere), for the noun a frame verb takes as
  its object too: X criticises Y (should); denied, it is negated (must-not: affirmed); "at" an
  event in a place never makes the place's state the target (must-not).
- "X decided/opted against V-ing": the act chosen against is negated (must-not: affirmed), as
  "refrained from V-ing" is; "decided to V" stays affirmed.
- "X is not opposed to talks with Y": the copula's negation reaches the participle that is the
  event (``arguments_en._verb`` reads a stance state's clause on its copula; must-not: the
  rejection affirmed); "refused to meet Y" stays a rejection (CAMEO 12), affirmed.
- "X sent troops to Y to fight rebels": forces moved to a place to fight a party that is not
  the place's state are no show of force aimed at Y (must-not); "to fight Y's forces" and a
  bare "sent troops to Y" keep it.
- "X called Y's move a provocation": a verb read by its object that names its object (a
  predicate noun after it) is no telephone call and no appeal (must-not); "called Bush",
  "called on Japan to" stay.
"""

from __future__ import annotations

import pytest
from helpers import modal_en, readings_en, require_english_model

require_english_model()

DATE = "2025-03-04"

_SPEAKERS = [("Egypt", "EGY"), ("The Kenyan government", "KEN"), ("Brazil's foreign minister", "BRA")]
_TARGETS = [("Israel's decision", "ISR"), ("the Greek government's decision", "GRC"), ("Japan", "JPN")]
_NOUNS = [("expressed", "dismay"), ("voiced", "outrage"), ("expressed", "anger")]


@pytest.mark.parametrize(
    ("speaker", "target", "noun"), [(s, t, n) for s in _SPEAKERS for t in _TARGETS for n in _NOUNS]
)
def test_dismay_at_is_disapproval_of_the_doer(extractor, speaker, target, noun):
    (subject_text, subject), (object_text, obj), (verb, word) = speaker, target, noun
    rows = modal_en(extractor, f"{subject_text} {verb} {word} at {object_text}.", DATE)
    assert (subject, "criticizes", obj, "affirmed", "asserted") in rows


@pytest.mark.parametrize("target", [("Israel's decision", "ISR"), ("Japan", "JPN")])
def test_dismay_denied_is_negated(extractor, target):
    rows = modal_en(extractor, f"Egypt did not express dismay at {target[0]}.", DATE)
    assert ("EGY", "criticizes", target[1], "negated", "asserted") in rows
    assert not any(r[1] == "criticizes" and r[3] == "affirmed" for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        "The minister expressed anger at the meeting in Cairo.",
        "Egypt expressed dismay at the attack in Gaza.",
    ],
)
def test_dismay_at_an_event_never_targets_its_place(extractor, text):
    rows = modal_en(extractor, text, DATE)
    assert not any(r[1] == "criticizes" and r[2] in ("EGY", "PSE") for r in rows)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Japan decided against sending aid to North Korea.", ("JPN", "PRK")),
        ("Germany decided against sending troops to Mali.", ("DEU", "MLI")),
        ("The Kenyan government opted against imposing sanctions on Somalia.", ("KEN", "SOM")),
        ("Canada decided against attacking Iraq.", ("CAN", "IRQ")),
    ],
)
def test_decided_against_is_not_done(extractor, text, act):
    rows = [r for r in modal_en(extractor, text, DATE) if r[0] == act[0] and r[2] == act[1]]
    assert rows and all(r[3] == "negated" for r in rows)


def test_decided_to_stays_done(extractor):
    rows = modal_en(extractor, "Japan decided to send aid to North Korea.", DATE)
    assert any(r[0] == "JPN" and r[2] == "PRK" and r[3] == "affirmed" for r in rows)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Chile is not opposed to talks with Peru.", ("CHL", "PER")),
        ("Norway is not opposed to negotiations with Russia.", ("NOR", "RUS")),
        ("The Indian government is not opposed to talks with Pakistan.", ("IND", "PAK")),
    ],
)
def test_not_opposed_is_no_rejection(extractor, text, sides):
    rows = modal_en(extractor, text, DATE)
    assert not any(r[1] == "rejects" and r[3] == "affirmed" for r in rows)
    told = [r for r in rows if (r[0], r[2]) == sides]
    assert told and all(r[3] == "negated" for r in told), rows


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Argentina refused to meet with Brazil.", ("ARG", "BRA")),
        ("The Kenyan president refused to meet the Somali prime minister.", ("KEN", "SOM")),
    ],
)
def test_refusal_to_meet_is_a_rejection(extractor, text, sides):
    rows = modal_en(extractor, text, DATE)
    assert (sides[0], "rejects", sides[1], "affirmed", "asserted") in rows
    assert not any(r[1] == "meetsWith" and r[3] == "affirmed" for r in rows)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Brazil sent troops to Peru to fight rebels.", ("BRA", "PER")),
        ("France deployed troops to Mali to fight Islamist militants.", ("FRA", "MLI")),
        ("Kenya sent soldiers to Somalia to fight al-Shabaab.", ("KEN", "SOM")),
    ],
)
def test_forces_sent_to_fight_a_third_party_show_no_force_at_the_host(extractor, text, sides):
    rows = modal_en(extractor, text, DATE)
    assert not any(r[1] == "conductsMilitaryExercise" and (r[0], r[2]) == sides for r in rows)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Brazil sent troops to Peru.", ("BRA", "PER")),
        ("Russia sent troops to Ukraine to fight Ukrainian forces.", ("RUS", "UKR")),
    ],
)
def test_forces_sent_against_the_host_keep_the_show_of_force(extractor, text, sides):
    rows = modal_en(extractor, text, DATE)
    assert any(r[1] == "conductsMilitaryExercise" and (r[0], r[2]) == sides for r in rows)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("China called Japan's visit a provocation.", ("CHN", "JPN")),
        ("China called the Japanese move a provocation.", ("CHN", "JPN")),
        ("Iran called the American sanctions a crime.", ("IRN", "USA")),
        ("Putin called Bush a friend.", ("RUS", "USA")),
    ],
)
def test_calling_something_a_name_is_no_call_and_no_appeal(extractor, text, sides):
    rows = modal_en(extractor, text, DATE)
    assert not any(r[1] in ("talksByPhoneWith", "appealsTo", "meetsWith") and (r[0], r[2]) == sides for r in rows)


@pytest.mark.parametrize(
    ("text", "relation"),
    [("Putin called Bush.", "041"), ("China called on Japan to stop.", "020")],
)
def test_a_call_and_an_appeal_stay(extractor, text, relation):
    rows = readings_en(extractor, text, "root", date=DATE)
    assert (relation[:2],) in rows
