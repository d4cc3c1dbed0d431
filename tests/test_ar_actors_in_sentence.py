"""Actors inside the Arabic sentence (round 15, branch ``polish``): an organisation's head named by
title and organisation, a bare title before a state's name, and the commander of a force of a
body of no state, through the real Arabic linker. The whole-sentence cases are ar-1940 to ar-1946
in ``fixtures/ar_sentences.jsonl``.

All sentences here are written for these tests.
"""

from __future__ import annotations

import geokg.extract.entities_ar  # noqa: F401  (registers the factory)
import pytest
from geokg.extract.gazetteer import load_gazetteer
from helpers import run_linker


def linked(nlp, text: str, date: str | None) -> list[tuple[str, str]]:
    return [(e.text, e.kb_id_) for e in run_linker(nlp, text, date).ents]


def test_the_head_of_an_organisation_is_looked_up_with_the_organisation():
    gaz = load_gazetteer()
    term = gaz.body_holder_term("OrganisationHead", "Q1065", "2006-07-01")
    assert term is not None and term.person == "Q1254"
    term = gaz.body_holder_term("OrganisationHead", "Q1065", "2009-07-01")
    assert term is not None and term.person == "ban-ki-moon"
    # NATO's head in 2006 is not the UN's
    term = gaz.body_holder_term("OrganisationHead", "Q7184", "2006-07-01")
    assert term is not None and term.person != "Q1254"


@pytest.mark.parametrize(
    ("text", "date", "span", "entity"),
    [
        (
            "رد الأمين العام لمنظمة الأمم المتحدة على منتقديه",
            "2004-10-01",
            "الأمين العام لمنظمة الأمم المتحدة",
            "Q1254",
        ),
        (
            "رد الأمين العام لمنظمة الأمم المتحدة على منتقديه",
            "2012-10-01",
            "الأمين العام لمنظمة الأمم المتحدة",
            "ban-ki-moon",
        ),
        ("وانتقد أمين الأمم المتحدة الحصار", "2005-02-01", "أمين الأمم المتحدة", "Q1254"),
        ("وقال أمين عام الأمم المتحدة إن الوضع خطير", "2010-02-01", "أمين عام الأمم المتحدة", "ban-ki-moon"),
    ],
)
def test_an_organisation_head_by_title_is_the_holder_on_the_date(nlp, text, date, span, entity):
    assert (span, entity) in linked(nlp, text, date)


def test_an_undated_title_of_an_organisation_head_stays_the_organisation(nlp):
    # today's holder is no safe guess for a report of unknown date
    ents = linked(nlp, "رد الأمين العام لمنظمة الأمم المتحدة على منتقديه", None)
    assert [eid for _, eid in ents] == ["Q1065"]


def test_amin_as_a_given_name_is_no_title(nlp):
    # أمين is a title only with the organisation right after it
    ents = linked(nlp, "وصل أمين حسن إلى بيروت أمس", "2006-01-01")
    assert all(eid not in ("Q1254", "Q1065") for _, eid in ents)


@pytest.mark.parametrize(
    "text",
    ["زار الرئيس روسيا في الربيع", "وصل الرئيس سوريا بعد جولة طويلة", "استقبل رئيس الوزراء فرنسا"],
)
def test_a_definite_title_never_takes_the_state_named_after_it(nlp, text):
    # the name after "الرئيس" is the verb's object, not the title's state: no holder is linked
    gaz = load_gazetteer()
    for _, eid in linked(nlp, text, "2008-05-01"):
        entity = gaz.get(eid)
        assert entity is None or entity.type != "Person", (text, eid)


def test_a_title_with_a_nationality_still_names_the_holder(nlp):
    assert ("الرئيس الروسي", "Q7747") in linked(nlp, "زار الرئيس الروسي فرنسا", "2006-05-01")


@pytest.mark.parametrize(
    ("text", "span", "entity"),
    [
        ("اجتمع قائد قوة الأمم المتحدة في شمال مالي بالضباط", "قائد قوة الأمم المتحدة في شمال مالي", "Q1065"),
        ("رحب قائد قوة الأمم المتحدة في الجنوب اللبناني بالهدنة", "قائد قوة الأمم المتحدة في الجنوب اللبناني", "Q1065"),
        ("وصرح قائد قوة الأمم المتحدة للصحفيين", "قائد قوة الأمم المتحدة", "Q1065"),
        ("وزار قائد قوات حفظ السلام الأفريقية مقديشو", "قائد قوات حفظ السلام الأفريقية", "Q7159"),
    ],
)
def test_the_commander_of_a_force_of_a_body_is_the_body(nlp, text, span, entity):
    assert (span, entity) in linked(nlp, text, "2006-08-01")


def test_an_unknown_officials_surname_alone_is_that_official(nlp):
    ents = linked(
        nlp, "قال وزير الخارجية الصومالي إسماعيل برقوق إن المحادثات مستمرة ، وأضاف برقوق أنه متفائل", "2006-11-01"
    )
    ids = [eid for text, eid in ents if text in ("إسماعيل برقوق", "برقوق")]
    assert len(ids) == 2 and ids[0] == ids[1] and ids[0].startswith("person-ar-")


@pytest.mark.parametrize(
    "text",
    [
        # a surname that is also a given name (سليمان) or shorter than four letters (حسن) stays alone
        "قال وزير الدفاع السوداني عادل سليمان إن الوضع هادئ ، والتقى سليمان الوفد",
        "قال وزير الدفاع السوداني عادل حسن إن الوضع هادئ ، والتقى حسن الوفد",
    ],
)
def test_an_unknown_officials_common_surname_is_not_linked_alone(nlp, text):
    ents = linked(nlp, text, "2006-11-01")
    assert len([eid for _, eid in ents if eid.startswith("person-ar-")]) == 1


def test_the_surname_before_the_full_name_is_not_linked(nlp):
    ents = linked(nlp, "أشاد برقوق بالاتفاق ثم قال وزير الخارجية الصومالي إسماعيل برقوق إنه متفائل", "2006-11-01")
    assert [text for text, eid in ents if eid.startswith("person-ar-")] == ["إسماعيل برقوق"]


def test_another_given_name_after_a_title_is_not_the_holder(nlp):
    # the surname looks like a verb, so the name is read no further; its given name is not the
    # holder's, so the title names someone else: the state, not the holder
    ents = linked(nlp, "وصل وزير الدفاع الإسرائيلي عاموس يرفين إلى باريس", "2006-11-01")
    assert all(eid != "amir-peretz" for _, eid in ents)
    assert ("الإسرائيلي", "Q801") in ents
    # the holder's own given name keeps the holder
    ents = linked(nlp, "وصل وزير الدفاع الإسرائيلي عمير إلى باريس", "2006-11-01")
    assert ("وزير الدفاع الإسرائيلي", "amir-peretz") in ents


def test_lebanons_defence_minister_of_2005_to_2011(nlp):
    # people_arab_me.ttl lacked the Lebanese defence minister of those years: a title with no
    # state before his name gave no actor, and the Lebanese title gave the state only
    assert ("إلياس المر", "elias-murr") in linked(nlp, "أشاد الوزير إلياس المر بأداء الجيش", "2008-01-01")
    assert ("وزير الدفاع اللبناني", "elias-murr") in linked(nlp, "زار وزير الدفاع اللبناني دمشق", "2009-03-01")
