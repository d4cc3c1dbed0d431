"""English: verbs whose sense their acting subject selects (issue 13, round 10; PETRARCH-2's
single-word subject patterns, read as classes of actors and only for the verb's active subject):
protesters who gather protest; the press that attacks, blasts or slams criticises. A counting
noun ("hundreds of protesters") lets its people act. Government nouns in the plural ("their
Japanese counterparts", "Chinese envoys") are the state's officials, and a minister's "European
counterparts" are the European states', not the Union's. Sentences written for geokg (real
pipeline: ``en_core_web_sm``, the gazetteer, the ontology)."""

from __future__ import annotations

import pytest
from helpers import modal_en, require_english_model

require_english_model()


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of protesters gathered outside the Danish embassy in Jakarta.",
        "Demonstrators assembled outside the Danish embassy in Jakarta on Friday.",
    ],
)
def test_protesters_who_gather_protest(extractor, text):
    found = modal_en(extractor, text)
    assert ("IDN", "protests", "DNK", "affirmed", "asserted") in found, found


def test_people_who_gather_for_no_protest_protest_nothing(extractor):
    # must not: journalists or a crowd gathering are no protest
    for text in ("Dozens of journalists gathered outside the court in Jakarta.", "A crowd gathered in Jakarta."):
        found = modal_en(extractor, text)
        assert not any(f[1] == "protests" for f in found), (text, found)


def test_gathering_protesters_are_not_an_object(extractor):
    # must not: police who gather protesters (the protesters are the object) protest nothing
    found = modal_en(extractor, "Indonesian police gathered the protesters near the Danish embassy.")
    assert not any(f[1] == "protests" for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "A Syrian newspaper attacked Turkey on Sunday.",
        "Syrian state media blasted Turkey over the dam.",
        "Syrian state television lashed out at Turkey.",
    ],
)
def test_the_press_that_attacks_criticises(extractor, text):
    found = modal_en(extractor, text)
    assert ("SYR", "criticizes", "TUR", "affirmed", "asserted") in found, found
    # must not: a use of force by the press
    assert not any(f[1] in ("attacks", "assaults") for f in found), found


def test_an_attack_on_the_press_stays_force(extractor):
    # control: the press as what is attacked, or as the reporter of an attack
    found = modal_en(extractor, "Gunmen attacked the offices of a newspaper in Kabul.")
    assert any(f[1] == "attacks" for f in found), found
    found = modal_en(extractor, "A Syrian newspaper said Turkish troops attacked a Syrian border post.")
    assert any(f[0] == "TUR" and f[1] == "attacks" for f in found), found
    assert not any(f[1] == "criticizes" for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Korean officials met their Chinese counterparts in Seoul.",
        "Korean envoys met Chinese officials in Seoul.",
    ],
)
def test_plural_government_nouns_are_officials(extractor, text):
    found = modal_en(extractor, text)
    assert any(f[1] == "meetsWith" and {f[0], f[2]} == {"KOR", "CHN"} for f in found), found


def test_european_counterparts_are_no_union(extractor):
    found = extractor.extract_text(
        "The Polish foreign minister met his European counterparts in Vienna.", doc_id="t", lang="en"
    )[0]
    objects = {getattr(getattr(a.object, "entity", None), "id", None) for a in found}
    assert "european-states" in objects, objects
