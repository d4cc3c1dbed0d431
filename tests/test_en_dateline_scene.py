"""English: where a stateless armed group acts after a capital's dateline (issue 13, wrong
readings). A place the sentence names wins over the dateline, also where it is the owner or the
adjective of a place noun ("in Nepal's remote west", "in the Nepalese district of Rolpa"); with
no place, soldiers of the dateline's own state keep domestic rebels (a decision, as wire coders
code them). Sentences written for geokg (real pipeline: ``en_core_web_sm``, the gazetteer, the
ontology)."""

from __future__ import annotations

import pytest
from helpers import require_english_model

require_english_model()

DATE = "2004-10-01"


def _attackers(extractor, text: str) -> set[tuple]:
    """(subject country, subject sector, object country) of every attack."""
    found = extractor.extract_text(text, doc_id="t", date=DATE, lang="en")[0]
    return {
        (a.subject.entity.country, a.subject.entity.sector, getattr(getattr(a.object, "entity", None), "country", None))
        for a in found
        if a.relation == "attacks"
    }


@pytest.mark.parametrize(
    "text, scene",
    [
        ("DHAKA (Reuters) - Separatist guerrillas ambushed an army patrol in Myanmar's remote north.", "MMR"),
        ("DHAKA (Reuters) - Guerrillas killed four soldiers in the Burmese province of Chin.", "MMR"),
        ("NAIROBI (Reuters) - Militants shot dead two policemen in Somalia's capital.", "SOM"),
        ("NAIROBI (Reuters) - Gunmen attacked a convoy of the UN in Somalia.", "SOM"),
    ],
)
def test_a_place_the_sentence_names_is_the_groups_state(extractor, text, scene):
    found = _attackers(extractor, text)
    assert any(f[0] == scene and f[1] == "REB" for f in found), found
    # must not: the dateline capital's state for a group acting elsewhere
    assert not any(f[1] == "REB" and f[0] in ("BGD", "KEN") for f in found), found


def test_soldiers_of_the_datelines_own_state_keep_domestic_rebels(extractor):
    # the decision: "KABUL - Gunmen killed three Afghan soldiers" stays Afghan rebels
    found = _attackers(extractor, "KABUL (Reuters) - Gunmen killed three Afghan soldiers.")
    assert ("AFG", "REB", "AFG") in found, found


def test_a_nationality_on_the_victims_is_no_scene(extractor):
    # must not: "Bangladeshi" on the victims read as where it happened when a place is named
    found = _attackers(extractor, "KABUL (Reuters) - Gunmen killed two Bangladeshi engineers in Kandahar province.")
    assert not any(f[0] == "BGD" and f[1] == "REB" for f in found), found
