"""English: words that judge a deed (issue 13, round 15, branch ``pkg``). A verb of describing
with a judging noun ("termed the raid a provocation", "described the decision as a crime") is
the describer's criticism of whoever did the deed (CAMEO 11): the owner of the act noun, its
agent after "by", or the state its adjective names. With must-nots: the victim of the judged
act is never criticised, a negated judgement is no criticism told, the judging noun alone in
the writer's words is no one's. Sentences written for geokg."""

from __future__ import annotations

import pytest
from helpers import require_english_model

require_english_model()

VERBS = ["described {D} as {J}", "characterized {D} as {J}", "denounced {D} as {J}", "condemned {D} as {J}"]
JUDGING = ["a provocation", "a crime", "a gross violation", "a grave mistake"]
# (describer, its code, the deed described with its owner, the owner's code)
OWNERS = [
    ("Chile", "CHL", "the Bolivian decision", "BOL"),
    ("Kenyan President Mwai Kibaki", "KEN", "the Somali decision", "SOM"),
    ("Norway", "NOR", "the new Eritrean policy", "ERI"),
    ("Peru", "PER", "the raid by Ecuador", "ECU"),
]


def _readings(extractor, text: str) -> list[tuple]:
    found = extractor.extract_text(text, doc_id="t", date="2005-03-01", lang="en")[0]
    return [
        (_who(a.subject.entity), a.cameo[:2], _who(getattr(a.object, "entity", None)), a.polarity)
        for a in found
        if a.cameo
    ]


def _who(entity) -> str | None:
    if entity is None:
        return None
    return entity.country or entity.label


@pytest.mark.parametrize("verb", VERBS)
@pytest.mark.parametrize("judging", JUDGING)
@pytest.mark.parametrize("owner", OWNERS)
def test_a_judged_deed_is_criticism_of_its_doer(extractor, verb, judging, owner):
    describer, code, deed, doer = owner
    found = _readings(extractor, f"{describer} {verb.format(D=deed, J=judging)} on Tuesday.")
    assert (code, "11", doer, "affirmed") in found, found


@pytest.mark.parametrize("verb", ["described", "denounced"])
def test_the_victim_of_a_judged_attack_is_not_criticised(extractor, verb):
    found = _readings(extractor, f"Chile {verb} the attack on Bolivia as a crime.")
    assert not any(s == "CHL" and o == "BOL" for s, _, o, _ in found), found


def test_a_negated_judgement_criticises_nobody(extractor):
    found = _readings(extractor, "Chile did not describe the Bolivian decision as a provocation.")
    assert not any(r == "11" and p == "affirmed" for _, r, _, p in found), found


def test_the_judge_of_claims_criticises_their_author(extractor):
    found = _readings(extractor, "Bolivia described Chilean claims as a provocation.")
    assert ("BOL", "11", "CHL", "affirmed") in found, found
    assert not any(s == "CHL" and r == "11" for s, r, *_ in found), found


def test_the_writers_own_judging_noun_is_no_criticism(extractor):
    found = _readings(extractor, "The Bolivian decision was a provocation in the eyes of many analysts.")
    assert not any(r == "11" for _, r, *_ in found), found


FEELINGS = ["is disappointed with", "was disappointed by", "was dismayed by", "was angered by", "is outraged by"]
DEEDS = ["Ecuador", "the Ecuadorean decision", "Ecuador's new tariffs"]


@pytest.mark.parametrize("feeling", FEELINGS)
@pytest.mark.parametrize("deed", DEEDS)
def test_displeasure_felt_about_a_deed_is_criticism(extractor, feeling, deed):
    # as the nouns of displeasure are ("voiced disappointment with X")
    found = _readings(extractor, f"Peru {feeling} {deed}, a spokesman told reporters.")
    assert ("PER", "11", "ECU", "affirmed") in found, found


def test_a_passive_criticism_keeps_its_direction(extractor):
    found = _readings(extractor, "Peru was criticized by Ecuador over the tariffs.")
    assert ("ECU", "11", "PER", "affirmed") in found, found
    assert not any(s == "PER" and r == "11" for s, r, *_ in found), found


def test_displeasure_denied_criticises_nobody(extractor):
    found = _readings(extractor, "Peru is not disappointed with Ecuador, a spokesman said.")
    assert not any(r == "11" and p == "affirmed" for _, r, _, p in found), found


def test_displeasure_at_an_attack_does_not_criticise_its_victim(extractor):
    found = _readings(extractor, "Peru was outraged by the bombing of Ecuador.")
    assert not any(s == "PER" and o == "ECU" for s, _, o, _ in found), found


def test_concern_stays_a_pessimistic_comment(extractor):
    # "concerned about" keeps its own code (012), no criticism
    found = _readings(extractor, "Peru is concerned about the Ecuadorean decision.")
    assert ("PER", "01", "ECU", "affirmed") in found, found
    assert not any(r == "11" for _, r, *_ in found), found
