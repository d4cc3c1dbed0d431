"""Round 23 gazetteer coverage: geopolitical actors of 2000-2009 that Arabic news names often
(counted on ANERcorp's PERS/ORG spans) and the data lacked. The shape of the new entries, and
sentences of our own: a surname alone links inside and outside its bearer's term (a name is a
fact), a title resolves to the bearer only inside the term, and the surname that is also a
common word (الأسد "the lion") links only where the document names the person's state; الطالباني
("a Taliban member") links to no one (Talabani's bare surnames were dropped: they cost a wrong
relation on the check half of ar_news_dev_b)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import run_linker
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

DATA = Path(__file__).resolve().parents[1] / "ontology" / "data"
GK = "https://w3id.org/geokg/ontology#"
GKID = "https://w3id.org/geokg/id/"

NEW_PEOPLE = (
    "dan-halutz dan-gillerman micha-lindenstrauss menachem-mazuz haim-ramon aziz-dweik said-siam "
    "salah-bardawil fayza-aboul-naga youssef-boutros-ghali taha-yassin-ramadan bandar-bin-sultan "
    "chakib-benmoussa ahmed-toufiq amin-gemayel adam-gadahn ali-hassan-al-majid mark-regev "
    "mohammad-yazbek charles-rizk ahmad-fatfat najah-al-attar mahmoud-mohieldin hatem-el-gabaly "
    "abdel-meguid-mahmoud nahyan-bin-mubarak ali-mohamed-gedi jose-luis-rodriguez-zapatero "
    "john-negroponte sean-mccormack christopher-hill arlen-specter bill-frist duncan-hunter "
    "jean-marc-de-la-sabliere jean-david-levitte alexander-saltanov kim-howells terje-roed-larsen "
    "hans-blix jeffrey-feltman nicholas-burns dana-perino vijay-nambiar helen-clark sergey-stanishev "
    "anibal-cavaco-silva girija-prasad-koirala ilham-aliyev"
).split()
NEW_BODIES = ["polisario-front"]


@pytest.fixture(scope="module")
def data() -> Graph:
    g = Graph()
    for path in sorted(DATA.glob("*.ttl")):
        g.parse(path)
    return g


def _iso3(g: Graph) -> set[str]:
    return {
        str(c) for s in g.subjects(RDF.type, URIRef(GK + "Country")) for c in g.objects(s, URIRef(GK + "countryCode"))
    }


@pytest.mark.parametrize("eid", NEW_PEOPLE + NEW_BODIES)
def test_new_entry_shape(data: Graph, eid: str) -> None:
    s = URIRef(GKID + eid)
    langs = sorted(lit.language for lit in data.objects(s, SKOS.prefLabel) if isinstance(lit, Literal))
    assert langs == ["ar", "en"], eid
    codes = [str(c) for c in data.objects(s, URIRef(GK + "countryCode"))]
    stateless = (s, URIRef(GK + "noCountry"), None) in data
    assert (len(codes) == 1) != stateless, eid
    assert set(codes) <= _iso3(data), codes
    assert len(list(data.objects(s, URIRef(GK + "sector")))) == 1
    assert (s, URIRef(GK + "englishOnly"), None) not in data
    for term in data.objects(s, URIRef(GK + "holdsOffice")):
        start = data.value(term, URIRef(GK + "termStart"))
        end = data.value(term, URIRef(GK + "termEnd"))
        assert data.value(term, URIRef(GK + "office")) is not None
        if start is not None and end is not None:
            assert str(start) < str(end), (eid, start, end)
        country = data.value(term, URIRef(GK + "officeCountry"))
        assert country is None or str(country) in _iso3(data)


def _ids(nlp, text: str, date: str) -> list[str]:
    return [e.kb_id_ for e in run_linker(nlp, text, date).ents]


# A surname alone, no full name before it: inside the term and years outside it.
SURNAMES = [
    ("قال ثاباتيرو إن حكومته ستدرس الاقتراح.", "jose-luis-rodriguez-zapatero"),
    ("وانتقد حالوتس قرار اللجنة أمام الصحفيين.", "dan-halutz"),
    ("ورد الدويك على الرسالة في مؤتمر صحفي.", "aziz-dweik"),
    ("وأكد ماكورماك أن الوفد سيصل غدا.", "sean-mccormack"),
    ("وقال المالكي إن الحكومة ستواصل عملها.", "nouri-al-maliki"),
    ("والتقى لارسن عددا من المسؤولين.", "terje-roed-larsen"),
]


@pytest.mark.parametrize("date", ["2007-03-01", "2019-06-01", "1998-01-01"])
@pytest.mark.parametrize(("text", "eid"), SURNAMES)
def test_surname_alone_links_at_any_date(nlp, text: str, eid: str, date: str) -> None:
    assert eid in _ids(nlp, text, date)


@pytest.mark.parametrize(("date", "holder"), [("2006-05-01", True), ("2013-05-01", False), ("2001-05-01", False)])
def test_title_resolves_only_inside_the_term(nlp, date: str, holder: bool) -> None:
    ids = _ids(nlp, "وقال رئيس الوزراء الإسباني إن بلاده ستشارك في القمة.", date)
    assert ("jose-luis-rodriguez-zapatero" in ids) is holder, ids


@pytest.mark.parametrize("date", ["2005-01-01", "2009-01-01"])
def test_full_name_of_a_new_head_with_a_term(nlp, date: str) -> None:
    assert "ali-mohamed-gedi" in _ids(nlp, "وصل علي محمد جيدي إلى نيروبي.", date)


# Must-not: the common-word readings, in documents that name no Syria and no Iraq.
COMMON_WORDS = [
    "يعيش الأسد في السهول الأفريقية ويصطاد في جماعات.",
    "شاهد الأطفال الأسد في حديقة الحيوان.",
    "اعتقلت الشرطة شابا وصفته الصحف بالمقاتل الطالباني السابق.",
]


@pytest.mark.parametrize("text", COMMON_WORDS)
def test_common_word_surnames_need_their_state(nlp, text: str) -> None:
    ids = _ids(nlp, text, "2007-03-01")
    assert "Q44329" not in ids and "jalal-talabani" not in ids, ids


@pytest.mark.parametrize(
    ("text", "eid"),
    [
        ("وصل الرئيس السوري إلى دمشق، وقال الأسد إن المحادثات كانت مثمرة.", "Q44329"),
    ],
)
def test_common_word_surnames_link_where_the_state_is_named(nlp, text: str, eid: str) -> None:
    assert eid in _ids(nlp, text, "2007-03-01")


@pytest.mark.parametrize(
    "text",
    [
        "هاجم زعيم حزب الليكود بنيامين نتنياهو الحكومة السورية في خطاب .",
        "انتقد زعيم حزب كاديما إيهود أولمرت الحكومة السورية .",
        "اتهم زعيم تيار المستقبل سعد الحريري سوريا بالتدخل في لبنان .",
    ],
)
def test_a_party_never_acts_on_its_own_leader(text: str) -> None:
    """Must not: "زعيم حزب X P" named the party as the actor and its leader as the one acted on,
    while the gazetteer knew the party but not P's leading it (four parties were added this round
    and taken out at the merge for this)."""
    from geokg.extract.pipeline import Extractor

    found, _ = Extractor().extract_text(text, lang="ar", date="2006-09-01")
    people = {a.object.entity.id for a in found if a.object is not None and getattr(a.object, "entity", None)}
    assert not people & {"Q43723", "ehud-olmert", "saad-hariri"}, found
