"""English, round 19 (branch ``gmem``): idioms of the non-violent roots whose addressee follows
a preposition of their own.

A trigger that ends with a preposition its verb governs ("balked at X", "pleaded with X to",
"railed against X", "rallied behind X") names its object with that preposition,
whatever the relation's own markers are (``arguments_en._trigger_preposition``): several such
triggers were in the lexicon and gave no relation. New words (``build_triggers_en.OWN_TRIGGERS``,
``MARKED_IDIOMS``): "plead with", "prevail on/upon" (appeal, 02), "rally around" (support, 05),
"rail against", "find fault with" (criticism, 11), "turn one's back on"
(rejection, 12). Sentences written for geokg (real pipeline).
"""

from __future__ import annotations

import pytest
from helpers import modal_en, readings_en, require_english_model

require_english_model()

_DATE = "2005-03-01"
_SUBJECTS = [("Russia", "RUS"), ("The Russian president", "RUS"), ("Egyptian officials", "EGY")]
_OBJECTS = [("Iran", "IRN"), ("the Iranian government", "IRN"), ("Syria", "SYR")]
_IDIOMS = [
    ("pleaded with {o} to halt the raids", "02"),
    ("prevailed on {o} to release the sailors", "02"),
    ("prevailed upon {o} to free the hostages", "02"),
    ("rallied behind {o}", "05"),
    ("rallied around {o}", "05"),
    ("railed against {o}", "11"),
    ("found fault with {o}", "11"),
    ("turned its back on {o}", "12"),
    ("balked at {o}", "12"),
]


def _acts(extractor, text: str) -> set[tuple]:
    return readings_en(extractor, text, "subject", "root", "object", "polarity", "modality", date=_DATE)


@pytest.mark.parametrize("subject", _SUBJECTS)
@pytest.mark.parametrize("obj", _OBJECTS)
@pytest.mark.parametrize("idiom", _IDIOMS)
def test_the_idioms_preposition_names_the_addressee(extractor, subject, obj, idiom):
    phrase, root = idiom
    text = f"{subject[0]} {phrase.format(o=obj[0])}."
    found = _acts(extractor, text)
    assert (subject[1], root, obj[1], "affirmed", "asserted") in found, found


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The European Union pleaded with Iran to halt enrichment.", "02"),
        ("The United Nations railed against Syria.", "11"),
        ("Russia rallied behind the African Union.", "05"),
    ],
)
def test_bodies_of_no_state_on_either_side(extractor, text, root):
    found = readings_en(extractor, text, "subject_actor", "root", "object_actor", "polarity", date=_DATE)
    assert any(r == root and p == "affirmed" and s and o for s, r, o, p in found), found


@pytest.mark.parametrize(
    ("text", "subject", "root", "obj"),
    [
        # negated: never an affirmed act
        ("Russia did not plead with Iran to halt the raids.", "RUS", "02", "IRN"),
        ("Russia never rallied behind Iran.", "RUS", "05", "IRN"),
        ("Egypt did not turn its back on Syria.", "EGY", "12", "SYR"),
        ("Russia denied that it had railed against Iran.", "RUS", "11", "IRN"),
        # a call for it is not the act done
        ("France urged Russia to rally behind Iran.", "RUS", "05", "IRN"),
        ("France called on Egypt not to turn its back on Syria.", "EGY", "12", "SYR"),
        # conditional
        ("If Russia rallies behind Iran, France will impose sanctions.", "RUS", "05", "IRN"),
    ],
)
def test_must_not_read_as_done(extractor, text, subject, root, obj):
    found = modal_en(extractor, text)
    assert not any(
        s == subject and r.startswith(_relation_prefix(root)) and o == obj and p == "affirmed" and m == "asserted"
        for s, r, o, p, m in found
    ), found


def _relation_prefix(root: str) -> str:
    return {"02": "appeals", "05": "supports", "11": "criticizes", "12": "rejects"}[root]


@pytest.mark.parametrize(
    ("text", "judge", "doer", "victim"),
    [
        # the judged act is the judged one's, never the judge's own
        ("Russia condemned Syria for railing against Iran.", "RUS", "SYR", "IRN"),
        ("France criticised Egypt for rallying behind Syria.", "FRA", "EGY", "SYR"),
    ],
)
def test_the_judged_act_is_not_the_judges(extractor, text, judge, doer, victim):
    found = _acts(extractor, text)
    assert not any(s == judge and o == victim for s, _, o, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # no actor behind the preposition: nothing
        "Russia pleaded guilty to the charges.",
        "The crowd rallied behind the flag.",
        "Russia turned its back on its earlier promise.",
        "The minister railed against the weather.",
    ],
)
def test_no_actor_no_relation(extractor, text):
    found = readings_en(extractor, text, "subject", "root", "object", date=_DATE)
    assert not any(o for _, r, o in found if r in ("02", "05", "11", "12")), found
