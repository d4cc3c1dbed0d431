"""States of limited recognition and disputed territories in the gazetteer (countries.ttl,
countries_extra.ttl, places.ttl): Kosovo as a state of its own, as Taiwan and Palestine are;
autonomous regions as places of their state; contested regions as places of no state. Through
the gazetteer, and through the real English and Arabic pipelines.

All sentences here are written for these tests.
"""

from __future__ import annotations

import pytest
from geokg.extract.gazetteer import Hit, english_words
from geokg.extract.normalize import normalize_token
from geokg.extract.pipeline import Extractor
from helpers import coded, require_english_model


def ar(text: str) -> tuple[str, ...]:
    return tuple(normalize_token(text).split())


@pytest.mark.parametrize(
    ("qid", "code", "ar_name", "en_name"),
    [
        ("Q1246", "XKX", "كوسوفو", "Kosovo"),
        ("Q865", "TWN", "تايوان", "Taiwan"),
        ("Q219060", "PSE", "فلسطين", "Palestine"),
    ],
)
def test_states_of_limited_recognition_are_countries(gaz, qid, code, ar_name, en_name):
    e = gaz.entity(qid)
    assert (e.type, e.country, e.labels) == ("Country", code, {"ar": ar_name, "en": en_name})
    assert gaz.lookup(ar(ar_name)) == (Hit("name", qid),)
    assert gaz.lookup(english_words(en_name), lang="en") == (Hit("name", qid),)


def test_kosovo_names_demonyms_and_capital(gaz):
    for text in ("كوسوفا", "جمهورية كوسوفو"):
        assert gaz.lookup(ar(text)) == (Hit("name", "Q1246"),), text
    for text in ("الكوسوفي", "كوسوفية", "الكوسوفيون"):
        assert gaz.lookup(ar(text)) == (Hit("demonym", "Q1246"),), text
    assert gaz.lookup(ar("بريشتينا")) == (Hit("metonym", "Q1246"),)
    assert gaz.lookup(english_words("Kosovars"), lang="en") == (Hit("demonym", "Q1246"),)
    assert gaz.lookup(english_words("Pristina"), lang="en") == (Hit("metonym", "Q1246"),)
    # Serbia keeps its own name, demonym and capital.
    assert gaz.lookup(english_words("Belgrade"), lang="en") == (Hit("metonym", "Q403"),)


@pytest.mark.parametrize(
    ("entity", "country"),
    [
        # regions of a state are places of that state, never the state
        ("hong-kong", "CHN"),
        ("macau", "CHN"),
        ("chechnya", "RUS"),
        ("crimea", "UKR"),
        ("golan-heights", "SYR"),
        # a territory whose status is disputed between parties is a place of no state
        ("western-sahara", None),
        ("kurdistan", None),
        ("kashmir", None),
    ],
)
def test_regions_and_disputed_territories_are_places(gaz, entity, country):
    e = gaz.entity(entity)
    assert e.type in ("Place", "City") and e.country == country


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    require_english_model()
    return Extractor()


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Serbia rejected Kosovo's declaration of independence.", "en", ("SRB", "rejects", "XKX")),
        ("Serbia accused Kosovo of breaking the agreement.", "en", ("SRB", "accuses", "XKX")),
        ("Kosovar Albanians protested against Serbia on Sunday.", "en", ("XKX", "protests", "SRB")),
        ("احتجت صربيا على إعلان كوسوفو استقلالها.", "ar", ("SRB", "criticizes", "XKX")),
        ("اتهمت بلغراد الحكومة الكوسوفية بخرق الاتفاق.", "ar", ("SRB", "accuses", "XKX")),
    ],
)
def test_kosovo_as_an_actor(extractor, text, lang, expected):
    found = {(s, r, o) for s, r, o, _ in coded(extractor, text, "2005-03-01", lang, coded_only=True)}
    assert expected in found
