"""The gazetteer data (ontology/data/*.ttl) and its compiled index."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from geokg.extract.gazetteer import (
    Hit,
    data_dir,
    demonym_forms_ar,
    demonym_forms_en,
    english_words,
    load_gazetteer,
)
from geokg.extract.normalize import normalize_token
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL

GK = Namespace("https://w3id.org/geokg/ontology#")
GKID = "https://w3id.org/geokg/id/"


def ar(text: str) -> tuple[str, ...]:
    return tuple(normalize_token(text).split())


def test_shipped_data_has_no_problems(gaz):
    assert gaz.check() == []


def test_every_un_member_is_a_country_with_code_and_verified_id(gaz):
    g = Graph()
    g.parse(data_dir() / "countries.ttl")
    members = set(g.subjects(GK.unMember, Literal(True)))
    assert len(members) == 193
    for s in members:
        qid = str(s)[len(GKID) :]
        assert re.fullmatch(r"Q[1-9]\d*", qid)
        assert (s, OWL.sameAs, URIRef("http://www.wikidata.org/entity/" + qid)) in g
        e = gaz.entity(qid)
        assert e.type == "Country"
        assert re.fullmatch(r"[A-Z]{3}", e.country)
        assert e.labels["ar"] and e.labels["en"]


def test_no_fake_country_codes():
    for path in data_dir().glob("*.ttl"):
        g = Graph()
        g.parse(path)
        for code in g.objects(None, GK.countryCode):
            assert re.fullmatch(r"[A-Z]{3}", str(code)), (path.name, code)


def test_entity_records(gaz):
    russia = gaz.entity("Q159")
    assert (russia.label, russia.type, russia.country) == ("Russia", "Country", "RUS")
    assert russia.labels == {"ar": "روسيا", "en": "Russia"}
    putin = gaz.entity("Q7747")
    assert (putin.type, putin.country, putin.sector) == ("Person", "RUS", "GOV")
    kcna = gaz.entity("kcna")
    assert (kcna.type, kcna.country, kcna.sector) == ("MediaOutlet", "PRK", "MED")
    un = gaz.entity("Q1065")
    assert un.country is None and un.type == "InternationalOrganisation"
    with pytest.raises(KeyError):
        gaz.entity("no-such-entity")


def test_lookup_names_demonyms_metonyms(gaz):
    assert gaz.lookup(ar("روسيا")) == (Hit("name", "Q159"),)
    assert gaz.lookup(ar("الروس")) == (Hit("demonym", "Q159"),)
    assert gaz.lookup(ar("الروسية")) == (Hit("demonym", "Q159"),)
    assert gaz.lookup(ar("موسكو")) == (Hit("metonym", "Q159"),)
    assert gaz.lookup(ar("الكرملين")) == (Hit("metonym", "rus-presidency"),)
    assert gaz.lookup(ar("كوريا الديموقراطية")) == (Hit("name", "Q423"),)
    assert gaz.lookup(ar("بحر اليابان")) == (Hit("place", "sea-of-japan"),)
    # Letter-class variant (ج/غ) and the consonant skeleton of a multi-word name.
    assert gaz.lookup(ar("كيم جونج أون")) == (Hit("name", "Q56226"),)
    assert gaz.lookup(ar("بينج يانج")) == (Hit("metonym", "Q423"),)
    assert gaz.lookup(ar("نهر لا يوجد")) == ()
    # English: acronyms keep their case, so "us" the pronoun is not the United States.
    assert gaz.lookup(english_words("the U.S."), lang="en") == (Hit("name", "Q30"),)
    assert gaz.lookup(english_words("us"), lang="en") == ()
    assert gaz.lookup(english_words("the Kremlin"), lang="en") == (Hit("metonym", "rus-presidency"),)


def test_demonym_inflections():
    forms = demonym_forms_ar("روسي")
    assert {"روسي", "الروسي", "روسية", "الروسية", "الروسيون", "الروسيين"} <= forms
    multi = demonym_forms_ar("كوري شمالي")
    assert {
        "الكوري الشمالي",
        "الكورية الشمالية",
        "الكوريون الشماليون",
        "كورية شمالية",
    } <= multi
    assert demonym_forms_en("Russian") == {"Russian", "Russians"}
    assert demonym_forms_en("Chinese") == {"Chinese"}


def test_holder_by_date(gaz):
    def holder(office, country, date):
        e = gaz.holder(office, country, date)
        return e.id if e else None

    assert holder("HeadOfState", "RUS", "2024-06-18") == "Q7747"
    assert holder("HeadOfState", "RUS", "2009-03-01") == "Q23530"
    assert holder("HeadOfState", "RUS", "2012-05-07") == "Q7747"  # hand-over day: the new holder
    assert holder("HeadOfState", "RUS", None) == "Q7747"
    assert holder("HeadOfGovernment", "RUS", "2010-01-01") == "Q7747"
    assert holder("ForeignMinister", "RUS", "2024-06-18") == "sergey-lavrov"
    assert holder("DefenceMinister", "RUS", "2024-06-18") == "andrey-belousov"
    assert holder("DefenceMinister", "RUS", "2020-01-01") == "sergey-shoigu"
    # A leader is the head of state unless the data records leaders of their own.
    assert holder("Leader", "PRK", "2024-06-18") == "Q56226"
    assert holder("Leader", "PRK", "2000-01-01") == "kim-jong-il"
    assert holder("Leader", "VNM", "2024-09-01") == "to-lam"
    assert holder("HeadOfState", "USA", "2024-06-18") == "Q6279"
    assert holder("HeadOfState", "USA", "2025-06-01") == "Q22686"
    assert holder("HeadOfState", "KOR", "2024-06-18") == "yoon-suk-yeol"
    assert holder("HeadOfState", "RUS", "1990-01-01") is None
    assert holder("HeadOfState", "ATA", "2024-01-01") is None


def test_composed_institutions(gaz):
    mod = gaz.composed("DefenceMinistry", "RUS")
    assert (mod.id, mod.type, mod.country, mod.sector) == (
        "rus-defence-ministry",
        "GovernmentBody",
        "RUS",
        "MIL",
    )
    assert mod.labels["ar"].startswith("وزارة الدفاع")
    # A data entity declared for the institution and country wins (the Pentagon).
    assert gaz.composed("DefenceMinistry", "USA").id == "usa-defence-ministry"
    assert gaz.composed("Army", "ISR").id == "isr-army"
    assert gaz.composed_by_id("rus-defence-ministry") == mod
    assert gaz.composed("DefenceMinistry", "XXX") is None


def test_office_relations(gaz):
    assert gaz.office("HeadOfState").relation == "headOfStateOf"
    assert gaz.office("Leader").relation == "headOfStateOf"
    assert gaz.office("Leader").resolves_to == "HeadOfState"
    assert gaz.office("ForeignMinister").relation == "foreignMinisterOf"
    assert gaz.office("Spokesperson").relation == "spokespersonFor"
    assert gaz.office("Adviser").relation == "adviserTo"


BAD_DATA = """
@prefix gk: <https://w3id.org/geokg/ontology#> .
@prefix gkid: <https://w3id.org/geokg/id/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix wd: <http://www.wikidata.org/entity/> .

gkid:alpha a gk:City ; skos:prefLabel "ألفا"@ar, "Alpha"@en ; skos:altLabel "المدينة"@ar ;
    gk:countryCode "AAA" .
gkid:beta a gk:City ; skos:prefLabel "بيتا"@ar, "Beta"@en ; skos:altLabel "المدينة"@ar ;
    gk:countryCode "BBB" .
gkid:Q12x a gk:Person ; skos:prefLabel "شخص"@ar, "Someone"@en ; gk:countryCode "AAA" .
gkid:gamma a gk:Person ; skos:prefLabel "جاما"@ar, "Gamma"@en ; owl:sameAs wd:QQ1 .
gkid:delta a gk:Country ; skos:prefLabel "دلتا"@ar, "Delta"@en ; gk:countryCode "none" .
"""


def test_check_reports_data_problems(tmp_path):
    (tmp_path / "bad.ttl").write_text(BAD_DATA, encoding="utf-8")
    problems = load_gazetteer(tmp_path, use_cache=False).check()
    text = "\n".join(problems)
    assert "'المدينه'" in text and "alpha" in text and "beta" in text  # ambiguous alias
    assert "Q12x: malformed QID" in text
    assert "malformed QID 'QQ1'" in text
    assert "gamma: no gk:countryCode and no gk:noCountry" in text
    assert "'none' is not ISO 3166-1 alpha-3" in text


def test_weak_demonym_forms_and_their_licences(gaz):
    # gk:weakDemonym: every inflection a weak_demonym hit; the bare form stays the weak name
    for form in ("المالي", "المالية", "ماليون", "الماليين"):
        assert Hit("weak_demonym", "Q912") in gaz.lookup(ar(form)), form
    assert gaz.lookup(ar("مالي")) == (Hit("weak_name", "Q912"),)
    # gk:licensesWeakDemonym: a state's titles and its armed forces, not an adviser or the authorities
    assert gaz.offices["ForeignMinister"].licenses_weak_demonym and gaz.offices["HeadOfState"].licenses_weak_demonym
    assert gaz.institutions["Army"].licenses_weak_demonym
    assert not gaz.offices["Adviser"].licenses_weak_demonym
    assert not gaz.institutions["Government"].licenses_weak_demonym


def test_cameo_country_codes_map_to_iso(gaz, tmp_path):
    # the data's gk:cameoCountryCode: CAMEO's own codes of a few states, to their ISO codes
    assert gaz.cameo_countries["JAP"] == "JPN" == gaz.entity("Q17").country
    assert gaz.cameo_countries["KSV"] == "XKX" and gaz.cameo_countries["TMP"] == "TLS"
    assert set(gaz.cameo_countries) == {"JAP", "ITL", "VTN", "ROM", "UK", "ZAI", "KSV", "TMP"}
    assert all(gaz.country(iso) is not None for iso in gaz.cameo_countries.values())
    bad = (
        BAD_DATA
        + """
gkid:alpha gk:cameoCountryCode "ALF" .
gkid:delta gk:cameoCountryCode "none" .
gkid:epsilon a gk:Country ; skos:prefLabel "إبسيلون"@ar, "Epsilon"@en ; gk:countryCode "EEE" ;
    gk:cameoCountryCode "EEE" .
gkid:zeta a gk:Country ; skos:prefLabel "زيتا"@ar, "Zeta"@en ; gk:countryCode "ZZZ" ;
    gk:cameoCountryCode "ZET" .
gkid:eta a gk:Country ; skos:prefLabel "إيتا"@ar, "Eta"@en ; gk:countryCode "HHH" ;
    gk:cameoCountryCode "ZET" .
"""
    )
    (tmp_path / "bad.ttl").write_text(bad, encoding="utf-8")
    built = load_gazetteer(tmp_path, use_cache=False)
    text = "\n".join(built.check())
    assert "alpha: gk:cameoCountryCode 'ALF' on no country" in text  # a city
    assert "delta: gk:cameoCountryCode 'none' on no country" in text  # its ISO code is bad
    assert "epsilon: gk:cameoCountryCode 'EEE' is no irregular CAMEO code" in text
    assert "gk:cameoCountryCode 'ZET' names two states" in text
    assert built.cameo_countries == {"ZET": "HHH"}


def test_default_for_resolves_an_ambiguous_alias(tmp_path):
    fixed = BAD_DATA + '\ngkid:alpha gk:defaultFor "المدينة"@ar .\n'
    (tmp_path / "data.ttl").write_text(fixed, encoding="utf-8")
    gaz = load_gazetteer(tmp_path, use_cache=False)
    assert not [p for p in gaz.check() if "المدينه" in p]
    assert gaz.lookup(ar("المدينة")) == (Hit("place", "alpha"),)


def test_disk_cache_and_memory_fallback(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    (data / "one.ttl").write_text(BAD_DATA, encoding="utf-8")
    cache = tmp_path / "cache"
    monkeypatch.delenv("GEOKG_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    first = load_gazetteer(data)
    pickles = list((cache / "geokg").glob("gazetteer-*.pickle"))
    assert len(pickles) == 1
    second = load_gazetteer(data)  # read back from the compiled artifact
    assert second.entities == first.entities and second.source_hash == first.source_hash
    # Editing the data changes the hash: a new index, no stale cache.
    (data / "one.ttl").write_text(BAD_DATA.replace("Alpha", "Alpha City"), encoding="utf-8")
    assert load_gazetteer(data).entity("alpha").label == "Alpha City"
    # A cache folder that cannot be written: the index stays in memory.
    blocked = tmp_path / "blocked"
    blocked.write_text("a file, not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert load_gazetteer(data).entity("alpha").label == "Alpha City"


def test_the_index_key_covers_the_code_that_compiles_it(tmp_path, monkeypatch):
    """An edit to the normaliser, the ontology module or the model, not only to the gazetteer
    module or its data, makes a new index: a stale one would be read by every process sharing
    the cache folder."""
    import geokg.ontology as ontology_module
    from geokg.extract import gazetteer as gazetteer_module
    from geokg.extract import model, normalize

    code = {p.resolve() for p in gazetteer_module.index_code()}
    for module in (gazetteer_module, normalize, ontology_module, model):
        assert Path(module.__file__).resolve() in code
    data = tmp_path / "data"
    data.mkdir()
    (data / "one.ttl").write_text(BAD_DATA, encoding="utf-8")
    copy = tmp_path / "normalize_copy.py"
    copy.write_bytes(Path(normalize.__file__).read_bytes())
    monkeypatch.setattr(gazetteer_module, "index_code", lambda: [Path(gazetteer_module.__file__), copy])
    monkeypatch.setenv("GEOKG_CACHE_DIR", str(tmp_path / "cache"))
    load_gazetteer(data)
    copy.write_bytes(copy.read_bytes() + b"\n# an edit\n")
    load_gazetteer(data)
    assert len(list((tmp_path / "cache").glob("gazetteer-*.pickle"))) == 2


def test_data_dir_is_the_package_data():
    folder = Path(data_dir())
    assert (folder / "countries.ttl").is_file()
    assert (folder / "build_countries.py").is_file()
    assert os.path.basename(folder) == "data"
