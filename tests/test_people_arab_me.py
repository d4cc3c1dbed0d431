"""People of the Arab League states, Iran, Israel, Turkey and Cyprus, and the region's armed groups
(ontology/data/people_arab_me.ttl, armed_groups.ttl): dated titles through the real linker, name
variants, coverage of the offices, and common words that must not become actors.

All sentences here are written for these tests.
"""

from __future__ import annotations

import geokg.extract.entities_ar  # noqa: F401  (registers the factory)
import pytest
from geokg.extract.gazetteer import english_words
from helpers import run_linker
from rdflib import Graph, Namespace

GK = Namespace("https://w3id.org/geokg/ontology#")

# The states this data covers: the 22 Arab League members (Palestine included) and the other
# Middle East states.
ARAB_LEAGUE = "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM".split()
MIDDLE_EAST = ["IRN", "ISR", "TUR", "CYP"]


def linked(nlp, text: str, date: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(e.text, e.kb_id_, e._.office) for e in run_linker(nlp, text, date).ents]


# --- titles resolved by the document's date, through the Arabic linker ---------------------------


@pytest.mark.parametrize(
    ("text", "date", "holder", "office"),
    [
        # Turkey's foreign minister across three holders.
        ("قال وزير الخارجية التركي إن المحادثات مستمرة", "2010-05-01", "ahmet-davutoglu", "ForeignMinister"),
        ("قال وزير الخارجية التركي إن المحادثات مستمرة", "2019-05-01", "mevlut-cavusoglu", "ForeignMinister"),
        ("قال وزير الخارجية التركي إن المحادثات مستمرة", "2024-05-01", "hakan-fidan", "ForeignMinister"),
        # Israel: an acting prime minister, a rotation, and a verified QID.
        ("صرح رئيس الوزراء الإسرائيلي بأن الحكومة ستجتمع", "2007-03-01", "ehud-olmert", "HeadOfGovernment"),
        ("صرح رئيس الوزراء الإسرائيلي بأن الحكومة ستجتمع", "2022-09-01", "yair-lapid", "HeadOfGovernment"),
        ("صرح رئيس الوزراء الإسرائيلي بأن الحكومة ستجتمع", "2016-02-01", "Q43723", "HeadOfGovernment"),
        ("أعلن وزير الدفاع الإسرائيلي أن الجيش مستعد", "2019-05-01", "Q43723", "DefenceMinister"),
        # Iran's president heads the government and goes by "الرئيس".
        ("أكد الرئيس الإيراني أن بلاده لا تسعى للحرب", "2015-01-01", "hassan-rouhani", "HeadOfGovernment"),
        ("أكد الرئيس الإيراني أن بلاده لا تسعى للحرب", "2008-01-01", "mahmoud-ahmadinejad", "HeadOfGovernment"),
        # Egypt's presidents around 2013, and a defence minister who became president.
        ("أكد الرئيس المصري أن الانتخابات ستجري في موعدها", "2012-12-01", "mohamed-morsi", "HeadOfState"),
        ("أكد الرئيس المصري أن الانتخابات ستجري في موعدها", "2013-10-01", "adly-mansour", "HeadOfState"),
        ("التقى وزير الدفاع المصري بالوفد", "2013-05-01", "abdel-fattah-el-sisi", "DefenceMinister"),
        # The Gulf: the king was prime minister until 2022; an emir; a defence minister.
        ("قال رئيس الوزراء السعودي إن المملكة", "2020-01-01", "Q367825", "HeadOfGovernment"),
        ("قال وزير الدفاع السعودي إن المملكة", "2018-01-01", "mohammed-bin-salman", "DefenceMinister"),
        ("استقبل أمير قطر الوفد", "2010-01-01", "hamad-bin-khalifa", "HeadOfState"),
        ("استقبل أمير الكويت الوفد", "2021-06-01", "nawaf-al-ahmad", "HeadOfState"),
        # The Levant and Iraq.
        ("وقال رئيس الحكومة اللبنانية إن الحوار ضروري", "2018-01-01", "saad-hariri", "HeadOfGovernment"),
        ("وقال رئيس الوزراء العراقي إن القوات تقدمت", "2016-01-01", "haider-al-abadi", "HeadOfGovernment"),
        ("أكد وزير الخارجية السوري أن بلاده ترحب", "2015-01-01", "walid-muallem", "ForeignMinister"),
        ("أكد وزير الخارجية السوري أن بلاده ترحب", "2025-06-01", "asaad-al-shaibani", "ForeignMinister"),
        # North Africa.
        ("وأكد الرئيس الجزائري أن بلاده", "2018-01-01", "abdelaziz-bouteflika", "HeadOfState"),
        ("وأكد الرئيس التونسي أن بلاده", "2016-01-01", "beji-caid-essebsi", "HeadOfState"),
        ("قال وزير الخارجية المغربي إن بلاده", "2020-01-01", "nasser-bourita", "ForeignMinister"),
    ],
)
def test_arabic_titles_resolve_by_date(nlp, text, date, holder, office):
    ents = linked(nlp, text, date)
    titles = [(kb, off) for _, kb, off in ents if not _generic(kb)]
    assert titles == [(holder, office)], ents
    # "الحكومة", "الجيش" alone are generic actors of the state the title names
    country = run_linker(nlp, text, date).ents[0]._.entity.country
    assert all(kb.startswith(country.lower() + "-") for _, kb, _ in ents if _generic(kb)), ents


def _generic(kb: str) -> bool:
    """A generic actor composed from a group noun: ``<iso3>-<slug>`` ("isr-government")."""
    return len(kb) > 4 and kb[3] == "-" and kb[:3].isalpha() and kb[:3].islower()


def test_a_title_in_a_vacancy_keeps_only_the_country(nlp):
    # Lebanon had no president between Michel Aoun (October 2022) and Joseph Aoun (January 2025).
    assert linked(nlp, "قال الرئيس اللبناني إن", "2023-06-01") == [("اللبناني", "Q822", None)]


def test_an_office_abolished_resolves_to_nobody(gaz):
    # Turkey has had no prime minister since July 2018.
    assert gaz.holder("HeadOfGovernment", "TUR", "2017-01-01").id == "binali-yildirim"
    assert gaz.holder("HeadOfGovernment", "TUR", "2020-01-01") is None


# --- English titles: the demonym and the office from the gazetteer, the holder by date -----------


def english_title_holder(gaz, demonym: str, title: str, date: str) -> str | None:
    (dem,) = gaz.lookup(english_words(demonym), "en")
    (office,) = gaz.lookup(english_words(title), "en")
    assert (dem.kind, office.kind) == ("demonym", "office")
    person = gaz.holder(office.ref, gaz.entity(dem.ref).country, date)
    return person.id if person else None


@pytest.mark.parametrize(
    ("demonym", "title", "date", "holder"),
    [
        ("Turkish", "foreign minister", "2010-06-01", "ahmet-davutoglu"),
        ("Turkish", "president", "2010-06-01", "abdullah-gul"),
        ("Israeli", "prime minister", "2004-01-01", "ariel-sharon"),
        ("Israeli", "defense minister", "2021-01-01", "benny-gantz"),
        ("Iranian", "foreign minister", "2016-01-01", "mohammad-javad-zarif"),
        ("Iranian", "president", "2024-06-01", "mohammad-mokhber"),
        ("Egyptian", "prime minister", "2016-01-01", "sherif-ismail"),
        ("Saudi", "foreign minister", "2017-01-01", "adel-al-jubeir"),
        ("Iraqi", "president", "2010-01-01", "jalal-talabani"),
        ("Syrian", "president", "2010-01-01", "Q44329"),
        ("Palestinian", "president", "2010-01-01", "Q127998"),
        ("Jordanian", "prime minister", "2019-01-01", "omar-razzaz"),
        ("Libyan", "prime minister", "2018-01-01", "fayez-al-sarraj"),
        ("Cypriot", "president", "2015-01-01", "nicos-anastasiades"),
    ],
)
def test_english_titles_resolve_by_date(gaz, demonym, title, date, holder):
    assert english_title_holder(gaz, demonym, title, date) == holder


# --- name variants -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("التقى مولود جاويش أوغلو نظيره", "mevlut-cavusoglu"),
        ("التقى مولود تشاووش أوغلو نظيره", "mevlut-cavusoglu"),
        ("وقال تشاووش أوغلو إن", "mevlut-cavusoglu"),
        ("وصل أحمد داوود أوغلو إلى", "ahmet-davutoglu"),
        ("وصرح محمود أحمدي نجاد بأن", "mahmoud-ahmadinejad"),
        ("وقال محمد جواد ظريف إن", "mohammad-javad-zarif"),
        ("ورد أفيغدور ليبرمان على", "avigdor-lieberman"),
        ("وقال بيني جانتس إن", "benny-gantz"),
        ("استقبل عبدالمجيد تبون ضيفه", "abdelmadjid-tebboune"),
        ("وقال الباجي قايد السبسي إن", "beji-caid-essebsi"),
        ("أعلن عبد الحميد الدبيبة أن", "abdul-hamid-dbeibah"),
        ("وقال المشير خليفة حفتر إن", "khalifa-haftar"),
        ("التقى نتانياهو بالوزير", "Q43723"),
        ("خطاب بشار الأسد أمس", "Q44329"),
    ],
)
def test_spelling_variants(nlp, text, entity):
    assert [kb for _, kb, _ in linked(nlp, text)] == [entity]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Mevlut Cavusoglu", "mevlut-cavusoglu"),
        ("Çavuşoğlu", "mevlut-cavusoglu"),
        ("Bouteflika", "abdelaziz-bouteflika"),
        ("Gaddafi", "Q19878"),
        ("Qaddafi", "Q19878"),
        ("Nasser Bourita", "nasser-bourita"),
    ],
)
def test_english_spellings(gaz, text, entity):
    assert [h.ref for h in gaz.lookup(english_words(text), "en")] == [entity]


# --- armed groups and regional bodies ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("أعلن تنظيم داعش مسؤوليته", "Q2429253"),
        ("هاجم مسلحون من حزب العمال الكردستاني", "Q152220"),
        ("سيطرت قوات سوريا الديمقراطية على البلدة", "sdf"),
        ("أطلقت كتائب القسام صواريخ", "qassam-brigades"),
        ("قالت حركة حماس إن", "Q38799"),
        ("شاركت فصائل الحشد الشعبي في العملية", "popular-mobilization-forces"),
        ("قالت حركة طالبان إن", "taliban"),
        ("تبنت حركة الشباب الهجوم", "al-shabaab"),
    ],
)
def test_armed_groups(nlp, text, entity):
    # "مسلحون من حزب العمال": the gunmen are the named group they belong to, so every mention
    # that is not a generic actor links to that one group
    assert {kb for _, kb, _ in linked(nlp, text) if not _generic(kb)} == {entity}


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("التقى صدام حفتر بالوفد", "saddam-haftar"),
        ("أعدم صدام حسين عام", "Q1316"),
        ("ظهر مجتبى خامنئي في", "mojtaba-khamenei"),
        ("وقال سيف الإسلام القذافي إن", "saif-al-islam-gaddafi"),
        ("وقال محمد السنوار إن", "mohammed-sinwar"),
        ("وقال نيجيرفان بارزاني إن", "nechirvan-barzani"),
    ],
)
def test_relatives_and_namesakes_are_not_merged(nlp, text, entity):
    # A bare surname alias (صدام, القذافي, خامنئي, السنوار) must not swallow a relative's full name.
    assert [kb for _, kb, _ in linked(nlp, text)] == [entity]


def test_common_words_do_not_become_groups(nlp):
    # "القاعدة" alone is a (military) base or a rule; only "تنظيم القاعدة" is the group.
    assert linked(nlp, "هبطت الطائرة في القاعدة العسكرية") == []
    assert [kb for _, kb, _ in linked(nlp, "أعلن تنظيم القاعدة مسؤوليته")] == ["Q34490"]


def test_secretaries_general_serve_their_organisation(gaz):
    def bodies(person):
        return {(t.office, t.body, t.start) for t in gaz.terms_of(person)}

    assert ("SecretaryGeneral", "arab-league", "2016-07-01") in bodies("ahmed-aboul-gheit")
    assert ("SecretaryGeneral", "gcc", "2023-02-01") in bodies("jasem-albudaiwi")
    assert ("SecretaryGeneral", "oic", "2005-01-01") in bodies("ekmeleddin-ihsanoglu")
    assert gaz.entity("jasem-albudaiwi").sector == "IGO"


# --- coverage and soundness of the data -----------------------------------------------------------


@pytest.mark.parametrize("iso3", ARAB_LEAGUE + MIDDLE_EAST)
def test_every_state_in_scope_has_a_head_of_state_on_record(gaz, iso3):
    # Libya's post-2011 councils are not a head of state in the news sense: Gaddafi is on record.
    date = "2010-06-01" if iso3 == "LBY" else "2020-06-01"
    holder = gaz.holder("HeadOfState", iso3, date) or gaz.holder("Leader", iso3, date)
    assert holder is not None and holder.type == "Person"
    assert holder.country == iso3


@pytest.mark.parametrize(
    "iso3", ["EGY", "IRQ", "JOR", "SAU", "SYR", "LBN", "TUN", "DZA", "MAR", "QAT", "YEM", "IRN", "ISR", "TUR"]
)
@pytest.mark.parametrize("date", ["2015-06-01", "2018-06-01", "2021-06-01", "2024-06-01"])
def test_foreign_ministers_2015_to_2024(gaz, iso3, date):
    assert gaz.holder("ForeignMinister", iso3, date) is not None


def test_terms_in_the_new_file_are_sound(gaz):
    from geokg.extract.gazetteer import data_dir

    g = Graph()
    g.parse(data_dir() / "people_arab_me.ttl")
    people = {str(s).rsplit("/", 1)[1] for s in g.subjects(None, GK.Person)}
    assert len(people) > 300
    for pid in people:
        e = gaz.entity(pid)
        assert e.labels.get("ar") and e.labels.get("en")
        for t in gaz.terms_of(pid):
            assert t.start is None or t.end is None or t.start < t.end
            assert t.country is not None or t.body is not None
