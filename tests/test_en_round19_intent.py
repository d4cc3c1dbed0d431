"""English, round 19 (branch ``gmem``): an intent named by a noun of readiness, and hostile acts
under a word of intent.

- "expressed readiness to help X" gave nothing while "promised to help X" gave the intent (030)
  with X: the infinitive hangs on the trigger's own noun, where only addressee relations and
  threats looked for the act's object (``arguments_en._governed_objects``); intent relations do
  now.
- "pledged to isolate Iran", "is ready to confront Iran" were an intent to cooperate (030) with the
  adversary. ``gk:HostileActCue`` gains verbs of facing an adversary down (confront, isolate,
  resist, counter, repel, defy), and ``clauses_en._vows_to_overcome`` reads the infinitive of any
  word of the intent trigger ("is ready to", "expressed readiness to"), so these are threats (130).

Sentences written for geokg (real pipeline).
"""

from __future__ import annotations

import pytest
from helpers import modal_en, require_english_model

require_english_model()

_SUBJECTS = [("Russia", "RUS"), ("The Russian president", "RUS"), ("Egyptian officials", "EGY")]
_OBJECTS = [("Iran", "IRN"), ("the Iranian government", "IRN"), ("Syria", "SYR")]
_SAYINGS = ["expressed readiness", "expressed willingness", "declared readiness", "signalled readiness"]
_ACTS = ["help {o}", "work with {o}"]


@pytest.mark.parametrize("subject", _SUBJECTS)
@pytest.mark.parametrize("obj", _OBJECTS)
@pytest.mark.parametrize("saying", _SAYINGS)
@pytest.mark.parametrize("act", _ACTS)
def test_readiness_noun_names_the_intended_partner(extractor, subject, obj, saying, act):
    text = f"{subject[0]} {saying} to {act.format(o=obj[0])}."
    found = modal_en(extractor, text)
    assert any(s == subject[1] and r == "expressesIntentToCooperate" and o == obj[1] for s, r, o, _, _ in found), found


_INTENTS = ["promised to", "pledged to", "is ready to", "expressed readiness to"]
_HOSTILE = ["confront {o}", "isolate {o}", "resist {o}"]


@pytest.mark.parametrize("intent", _INTENTS)
@pytest.mark.parametrize("act", _HOSTILE)
@pytest.mark.parametrize("obj", _OBJECTS)
def test_a_hostile_act_intended_is_a_threat(extractor, intent, act, obj):
    text = f"Russia {intent} {act.format(o=obj[0])}."
    found = modal_en(extractor, text)
    assert ("RUS", "threatens", obj[1], "affirmed", "asserted") in found, found
    assert not any(r == "expressesIntentToCooperate" and o == obj[1] for _, r, o, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # negated, denied, called for, conditional: never an affirmed, asserted intent
        "Russia did not express readiness to help Iran.",
        "Russia denied expressing readiness to help Iran.",
        "France urged Russia to express readiness to help Iran.",
        "If Russia expresses readiness to help Iran, France will protest.",
    ],
)
def test_must_not_read_as_stated(extractor, text):
    found = modal_en(extractor, text)
    assert ("RUS", "expressesIntentToCooperate", "IRN", "affirmed", "asserted") not in found, found


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        # an act that is a trigger of its own keeps its reading (must stay)
        ("Russia signalled its readiness to resume talks with Iran.", ("RUS", "negotiatesWith", "IRN")),
        ("Russia expressed readiness to impose sanctions on Iran.", ("RUS", "imposesSanctionsOn", "IRN")),
        ("Russia voiced readiness to mediate between Iran and Iraq.", ("RUS", "mediates", "IRN")),
        ("Russia promised to help Iran.", ("RUS", "expressesIntentToCooperate", "IRN")),
    ],
)
def test_acts_of_their_own_stay(extractor, text, reading):
    found = modal_en(extractor, text)
    assert any((s, r, o) == reading for s, r, o, _, _ in found), found
