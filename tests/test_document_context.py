"""Linking that needs the whole document, through the real pipeline (``Extractor``): an ambiguous
or weak label in one paragraph settled by the countries other paragraphs name, and a bare
"الرئيس" before a known person checked against the person's dated terms.

All sentences here are written for these tests.
"""

from __future__ import annotations

import datetime

from geokg.extract.model import Document
from geokg.extract.pipeline import Extractor, make_arabic_nlp


def paragraphs(*texts: str, date: str = "2024-05-01") -> Document:
    """One document whose paragraphs are its content regions, as the page reader gives them."""
    text = "\n\n".join(texts)
    regions, pos = [], 0
    for t in texts:
        regions.append((pos, pos + len(t)))
        pos += len(t) + 2
    return Document(id="d", text=text, date=date, lang="ar", regions=tuple(regions))


def linked(extractor: Extractor, doc: Document, word: str) -> list[str]:
    res = next(extractor.extract([doc]))
    return [m.entity.id for m in res.mentions if m.text.endswith(word)]


def facts(extractor: Extractor, text: str, date: str) -> set[tuple[str, str, str]]:
    res = next(extractor.extract([Document(id="s", text=text, date=date, lang="ar")]))
    out = set()
    for a in res.assertions:
        subject = getattr(a.subject, "entity", None)
        obj = getattr(a.object, "entity", None)
        if subject is not None and obj is not None:
            out.add((a.relation, subject.id, obj.id))
    return out


# --- 1. the document's countries settle a label in any of its paragraphs ------------------------

LAST = "وغادر الوفد التجاري عمان مساء الخميس بعد جولة شملت عدة مصانع."
MIDDLE = "وتناولت المحادثات مشاريع الطاقة المتجددة ونقل المياه."


def test_jordan_named_two_paragraphs_up_makes_amman(extractor):
    doc = paragraphs("استقبل العاهل الأردني وفدا من رجال الأعمال في قصره.", MIDDLE, LAST)
    assert linked(extractor, doc, "عمان") == ["Q810"]  # Amman


def test_oman_named_two_paragraphs_up_keeps_oman(extractor):
    doc = paragraphs("أعلنت سلطنة عمان عن خطة لتنويع اقتصادها.", MIDDLE, LAST)
    assert linked(extractor, doc, "عمان") == ["Q842", "Q842"]  # Oman, both mentions


def test_the_paragraph_alone_falls_back_to_the_datas_default(extractor):
    assert linked(extractor, paragraphs(MIDDLE, LAST), "عمان") == ["Q842"]


def test_the_majority_of_the_document_wins_over_one_paragraph(extractor):
    # Jordan named in two paragraphs, Oman in one: عمان in the last is Amman.
    doc = paragraphs(
        "زار وزير الخارجية الأردني سلطنة عمان الأسبوع الماضي.",
        "وقالت الحكومة الأردنية إن الزيارة ناجحة.",
        LAST,
    )
    assert linked(extractor, doc, "عمان")[-1] == "Q810"


def test_a_weak_label_stays_when_another_paragraph_names_its_country(extractor):
    # مشهد is also "scene": with Iran named a paragraph earlier it is the city.
    after = "ومشهد تستضيف الدورة المقبلة من المعرض."
    assert linked(extractor, paragraphs("افتتحت إيران معرضا دوليا للكتاب.", after), "مشهد") == ["mashhad"]
    assert linked(extractor, paragraphs("افتتح الناشرون معرضا دوليا للكتاب.", after), "مشهد") == []


def test_the_context_is_the_whole_documents_and_furniture_names_nothing():
    # One Doc per document: the linker counts the countries of every paragraph, and a line of
    # furniture between paragraphs (not a content region) names nothing.
    nlp = make_arabic_nlp(relations=False)
    first, furniture, last = "قالت الحكومة الأردنية إن", "الأردن | مصر | قطر", "وصل الوفد إلى عمان"
    text = "\n".join((first, furniture, last))
    start = len(first) + 1 + len(furniture) + 1
    doc = nlp.make_doc(text)
    doc._.geokg_regions = ((0, len(first)), (start, len(text)))
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [(e.text, e.kb_id_) for e in doc.ents][-1] == ("عمان", "Q810")  # Amman, for Jordan
    assert not any(len(first) < e.start_char < start for e in doc.ents)
    # Jordan once (the furniture's three states are not counted); عمان, ambiguous, counts nothing.
    assert doc._.geokg_countries == {"JOR": 1}


# --- 2. a bare "الرئيس" before a known person is checked against the person's dated terms -------


def test_a_prime_minister_called_president_gets_no_head_of_state_fact(extractor):
    # Mikati was Lebanon's prime minister in 2022, Aoun its president: neither fact comes from
    # "الرئيس ميقاتي", and the title is not taken for the sitting president.
    text = "استقبل الرئيس نجيب ميقاتي السفير الفرنسي في بيروت."
    got = facts(extractor, text, "2022-03-10")
    assert not any(r == "headOfStateOf" for r, _, _ in got)
    assert ("hosts", "najib-mikati", "Q142") in got
    res = next(extractor.extract([Document(id="s", text=text, date="2022-03-10", lang="ar")]))
    assert "michel-aoun" not in {m.entity.id for m in res.mentions}


def test_a_president_in_office_keeps_the_fact_and_a_former_one_loses_it(extractor):
    text = "استقبل الرئيس ميشال عون السفير الفرنسي في بيروت."
    assert ("headOfStateOf", "michel-aoun", "Q822") in facts(extractor, text, "2019-02-01")
    assert not any(r == "headOfStateOf" for r, _, _ in facts(extractor, text, "2024-02-01"))


def test_a_title_the_data_also_gives_follows_the_term_dates(extractor):
    # Iran's president is its head of government, titled "الرئيس" (gk:alsoTitled).
    text = "التقى الرئيس حسن روحاني السفير الصيني في طهران."
    assert ("headOfGovernmentOf", "hassan-rouhani", "Q794") in facts(extractor, text, "2016-01-20")
    assert not any(r.startswith("headOf") for r, _, _ in facts(extractor, text, "2023-01-20"))


def test_a_person_without_known_terms_keeps_the_title(extractor):
    # The data has no dated terms for this person: the title is taken at its word, as before.
    got = facts(extractor, "استقبل الرئيس عقيلة صالح السفير الإيطالي في بنغازي.", "2023-05-01")
    assert ("headOfStateOf", "aguila-saleh", "Q1016") in got


def test_a_bare_title_of_another_office_is_checked_the_same_way(extractor):
    # Mikati's known terms are as prime minister: a bare "رئيس الوزراء" before his name is kept
    # within a term and dropped outside them.
    text = "استقبل رئيس الوزراء نجيب ميقاتي السفير الفرنسي في بيروت."
    assert ("headOfGovernmentOf", "najib-mikati", "Q822") in facts(extractor, text, "2022-03-10")
    assert not any(r.startswith("headOf") for r, _, _ in facts(extractor, text, "2018-03-10"))


def test_an_undated_title_names_the_run_dates_holder_and_says_so(extractor):
    """As the English side (CONTRACT §2 ``as_of``): an undated document's "وزير الخارجية الألماني"
    is the minister at the run date, and the argument names that date; a dated one has none."""
    text = "التقى وزير الخارجية الألماني نظيره الفرنسي في باريس."
    res = next(extractor.extract([Document(id="u", text=text, date=None, lang="ar")]))
    (a,) = [a for a in res.assertions if a.subject.text == "وزير الخارجية الألماني"]
    assert a.subject.as_of == datetime.date.today().isoformat()
    assert a.to_json()["subject"]["as_of"] == a.subject.as_of
    res = next(extractor.extract([Document(id="d", text=text, date="2010-03-01", lang="ar")]))
    (b,) = [a for a in res.assertions if a.subject.text == "وزير الخارجية الألماني"]
    assert b.subject.entity.id == "guido-westerwelle" and b.subject.as_of is None
    assert a.object.as_of is None  # a demonym is no office holder
