"""Frames whose verb's subject must be of a noun class (PETRARCH-2's "&AIRCRAFT * POUND"):
docs/quality.md, English round 9. Sentences written for geokg (real pipeline:
``en_core_web_sm``, the gazetteer, the ontology)."""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import coded_en, require_english_model

require_english_model()


def coded(extractor: Extractor, text: str) -> set[tuple]:
    return coded_en(extractor, text, "2005-03-01", ids=True)


@pytest.mark.parametrize(
    "text, subject",
    [
        ("Syrian warplanes pounded rebel positions near Aleppo.", "SYR"),
        ("Russian helicopters hit a village in Chechnya.", "RUS"),
    ],
)
def test_aircraft_striking_are_an_air_strike(extractor, text, subject):
    found = coded(extractor, text)
    assert [a for a in found if a[0].startswith(subject.lower()) or a[0] == subject], found
    assert any(a[1] == "carriesOutAirstrikeOn" for a in found), found


def test_artillery_pounding_stays_an_attack(extractor):
    # must not: a subject of another class takes no frame of the aircraft
    found = coded(extractor, "Syrian artillery pounded rebel positions near Aleppo.")
    assert any(a[1] == "attacks" for a in found), found
    assert not any(a[1] == "carriesOutAirstrikeOn" for a in found), found


def test_troops_arriving_are_no_visitors(extractor):
    # "&MILITARY * ARRIVE" outranks the plain visit: troops do not visit
    found = coded(extractor, "Ethiopian troops arrived in Mogadishu.")
    assert not any(a[1] == "visits" for a in found), found


def test_an_envoy_arriving_still_visits(extractor):
    found = coded(extractor, "The Nigerian foreign minister arrived in Accra on Monday.")
    assert any(a[1] == "visits" for a in found), found
