"""English verbs whose object decides their reading, and acts read from the noun they take: "call"
(``gk:ActorObjectCue``: a phone call to an actor, an appeal "on" one, else the act its object
names), labour strikes (``gk:StrikeCue``) and troops contributed to a peacekeeping force. Every
sentence is written for these tests."""

from __future__ import annotations

import pytest


def _rows(extractor, text: str) -> set[tuple]:
    found = extractor.extract_text(text, doc_id="t", date="2005-03-01", lang="en")[0]
    return {
        (a.subject.entity.id, a.relation, getattr(a.object, "entity", None) and a.object.entity.id)
        for a in found
        if a.cameo
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        # an actor as the direct object: a phone call, whatever the purpose clause says
        ("Bush called Putin on Tuesday to discuss trade.", {("Q207", "talksByPhoneWith", "Q7747")}),
        ("Putin called Bush to express his condolences.", {("Q7747", "talksByPhoneWith", "Q207")}),
        (
            "The Kenyan foreign minister called his Ugandan counterpart.",
            {("ken-government", "talksByPhoneWith", "uga-government")},
        ),
        # "on" taking the actor: an appeal to it
        (
            "Kenya called on Uganda to pull its troops out of the border area.",
            {("Q114", "appealsTo", "Q1036")},
        ),
        # an act as the object: that act, by the subject; no call
        (
            "Zambian miners called a general strike against the government.",
            {("zmb-civilians", "protests", "zmb-government")},
        ),
        ("Hamas called a truce with Israel.", {("Q38799", "declaresCeasefireWith", "Q801")}),
    ],
)
def test_the_object_of_call_decides_its_reading(extractor, text, expected):
    assert _rows(extractor, text) == expected


def test_an_object_naming_no_actor_makes_no_call(extractor):
    """(The strike of people of no state: nothing, rather than a call to someone.)"""
    assert _rows(extractor, "Ethiopian teachers called a strike.") == set()
    assert not any(r[1] == "talksByPhoneWith" for r in _rows(extractor, "Kenya called elections for May."))
