"""English: captives handed over through a body of no state (issue 13, wrong readings). Where
persons are handed "to" the Red Cross or another body that is no party, and the text names the
persons' state, the release is to that state's side; the body only passes them on. A state as
the recipient, or persons of no named state, keep the recipient. Sentences written for geokg
(real pipeline: ``en_core_web_sm``, the gazetteer, the ontology)."""

from __future__ import annotations

import pytest
from helpers import require_english_model

require_english_model()

DATE = "2004-10-01"


def _read(extractor, text: str) -> set[tuple]:
    """(subject id, relation, object id, object country) of every assertion."""
    found = extractor.extract_text(text, doc_id="t", date=DATE, lang="en")[0]
    return {
        (
            a.subject.entity.id,
            a.relation,
            getattr(getattr(a.object, "entity", None), "id", None),
            getattr(getattr(a.object, "entity", None), "country", None),
        )
        for a in found
    }


@pytest.mark.parametrize(
    "text, side",
    [
        ("The FARC handed over three captured Colombian soldiers to the Red Cross.", "COL"),
        ("Hezbollah handed back two Israeli soldiers to the International Committee of the Red Cross.", "ISR"),
        ("Syria turned over captured Turkish soldiers to the Red Cross.", "TUR"),
    ],
)
def test_captives_handed_to_an_intermediary_are_released_to_their_side(extractor, text, side):
    found = _read(extractor, text)
    assert any(f[1] == "releases" and f[3] == side for f in found), found
    # must not: the Red Cross as the party the captor deals with
    assert not any(f[1] == "releases" and f[3] is None for f in found), found


def test_captives_handed_to_a_state_stay_its(extractor):
    # control: a state that receives them is the one released to
    found = _read(extractor, "Hamas handed over two captured Israeli soldiers to Egypt.")
    assert any(f[1] == "releases" and f[3] == "EGY" for f in found), found


def test_captives_of_no_named_state_keep_the_recipient(extractor):
    # control: with only the dateline's guess of the hostages' state, the recipient stays
    found = _read(extractor, "KAMPALA (Reuters) - Rebels handed over the hostages to the Red Cross.")
    assert any(f[1] == "releases" for f in found), found
