"""Meetings told inside a fronted time frame, round 16, in our own sentences (the fixture corpus's
id range of the round was used up): "وعقب محادثاته مع X قال Y" with no comma closing the frame
(``arguments_ar._frame_closing_verb``), and a state named after the capital it has ("في هافانا
عاصمة كوبا": ``clauses_ar._placed_in``)."""

from __future__ import annotations

import pytest
from helpers import parties_ar

Extractor = pytest.importorskip("geokg.extract.pipeline").Extractor


@pytest.fixture(scope="module")
def extract():
    ex = Extractor()
    return lambda text: parties_ar(ex, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وعقب محادثاته مع الرئيس الكوبي قال الرئيس البوليفي إن البلدين سيعززان التعاون.",
            ("BOL", "meetsWith", "CUB"),
            id="talks_owned_by_the_subject_of_the_verb_after_the_frame",
        ),
        pytest.param(
            "وخلال زيارته إلى هافانا وقع الرئيس البوليفي اتفاقيات في مجال الطاقة.",
            ("BOL", "visits", "CUB"),
            id="a_visit_in_the_frame_is_the_visit_of_the_subject_after_it",
        ),
    ],
)
def test_a_fronted_frame_without_a_comma_takes_the_verbs_subject(extract, text, expected):
    assert expected in extract(text)


def test_a_verb_in_a_relative_clause_of_the_frame_does_not_close_it(extract):
    # the verb after التي belongs to the frame's own clause: its subject is no agent of the visit
    out = extract("وخلال زيارته التي وصفها الرئيس الكوبي بالتاريخية وقع الوفد اتفاقيات.")
    assert not any(r == "visits" and s == "CUB" for s, r, _ in out)


def test_a_state_after_the_capital_it_names_is_the_place_not_the_partner(extract):
    # "عاصمة X" after a city of X describes the city; the partner is the party after it
    out = extract("والتقى رئيس الوزراء الماليزي في هافانا عاصمة كوبا الرئيس الفنزويلي.")
    assert ("MYS", "meetsWith", "VEN") in out
    assert ("MYS", "meetsWith", "CUB") not in out


def test_where_one_arrives_does_not_own_the_visit(extract):
    # the possessive of a visit noun takes up the traveller, never the destination behind إلى
    out = extract("وأكد الرئيس الفنزويلي لدى وصوله إلى هافانا أن زيارته لكوبا تهدف إلى تعزيز التعاون.")
    assert ("VEN", "visits", "CUB") in out
    assert not any(s == "CUB" and r == "visits" for s, r, _ in out)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "والتقى الرئيس الكوبي الذي وصل إلى كاراكاس أمس الرئيس البرازيلي.",
            ("CUB", "meetsWith", "BRA"),
            id="object_after_a_relative_clause_with_a_time_word",
        ),
        pytest.param(
            "وأشاد وزير الخارجية الكوبي الذي يزور الجزائر حاليا بمواقف فنزويلا.",
            ("CUB", "praises", "VEN"),
            id="object_phrase_after_a_relative_clause",
        ),
    ],
)
def test_a_relative_clause_after_the_subject_holds_its_own_party(extract, text, expected):
    assert expected in extract(text)


def test_the_relative_clauses_party_is_not_the_main_verbs_object(extract):
    # the envoy is whom the president received in the relative clause, not whom he welcomed
    out = extract("ورحب الرئيس اللبناني الذي استقبل المبعوث الفرنسي بالمبادرة.")
    assert not any(r == "praises" and o == "FRA" for _, r, o in out)


@pytest.mark.parametrize(
    ("text", "expected", "reversed_"),
    [
        pytest.param(
            "وتم استقبال رئيس الوزراء الماليزي من قبل نظيره الإندونيسي في جاكرتا.",
            ("IDN", "hosts", "MYS"),
            ("MYS", "hosts", "IDN"),
            id="a_reception_done_by_the_party_behind_min_qibal",
        ),
        pytest.param(
            "وجرى احتجاز الصحفي الأسترالي من قبل الشرطة الإندونيسية.",
            ("IDN", "arrests", "AUS"),
            ("AUS", "arrests", "IDN"),
            id="an_arrest_done_by_the_party_behind_min_qibal",
        ),
    ],
)
def test_a_verbal_noun_with_an_agent_behind_min_qibal(extract, text, expected, reversed_):
    out = extract(text)
    assert expected in out
    assert reversed_ not in out


def test_a_coordinated_meeting_verb_before_then_keeps_the_travellers_subject(extract):
    # "ثم" after the one name ends the clause: the name is whom the traveller met, and the
    # traveller, not the host, goes on to the next city
    out = extract("ووصل وزير الخارجية التركي إلى بغداد والتقى الرئيس العراقي ثم توجه إلى الكويت.")
    assert ("TUR", "meetsWith", "IRQ") in out
    assert ("IRQ", "visits", "KWT") not in out


# --- the fallback for reciprocal meetings (meetings_ar) ------------------------------------------


def _met(out: set[tuple[str, str, str]], a: str, b: str) -> bool:
    """Whether a reciprocal contact links ``a`` and ``b``, either way round."""
    return any(r in ("meetsWith", "talksByPhoneWith", "negotiatesWith") and {s, o} == {a, b} for s, r, o in out)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        pytest.param(
            "وأجرى رئيس الوزراء البريطاني في لندن أمس مباحثات حول التجارة مع رئيس الوزراء الهندي.",
            ("GBR", "IND"),
            id="light_verb_place_and_time_before_the_talks_noun",
        ),
        pytest.param(
            "وكان الرئيس الكيني قد اجتمع في نيروبي الأسبوع الماضي بوزير الدفاع الأمريكي.",
            ("KEN", "USA"),
            id="a_perfect_after_kana_qad_with_the_partner_behind_bi",
        ),
        pytest.param(
            "ويبدأ الرئيس التونسي غدا زيارة رسمية إلى الجزائر يلتقي خلالها مع نظيره الموريتاني.",
            ("TUN", "MRT"),
            id="a_meeting_during_the_visit_is_the_travellers",
        ),
    ],
)
def test_a_meeting_with_its_party_before_and_its_partner_behind_maa(extract, text, pair):
    assert _met(extract(text), *pair)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        pytest.param(
            "ولم يعقد الرئيس الكيني في نيروبي الأسبوع الماضي أي لقاء مع وزير الدفاع الأمريكي.",
            ("KEN", "USA"),
            id="a_denied_meeting",
        ),
        pytest.param(
            "وطالب الرئيس الكيني في نيروبي أمس بعقد محادثات مع وزير الدفاع الأمريكي.",
            ("KEN", "USA"),
            id="a_meeting_merely_called_for",
        ),
        pytest.param(
            "وقال الرئيس الكيني إن وزير الخارجية الصومالي عقد في نيروبي أمس محادثات مع وزير الدفاع الأمريكي.",
            ("KEN", "USA"),
            id="a_third_partys_meeting_told_by_a_speaker",
        ),
        pytest.param(
            "وشكر الرئيس الكيني وزير الدفاع الأمريكي خلال اتصال هاتفي على دعمه للصومال.",
            ("USA", "SOM"),
            id="the_object_of_another_act_before_the_call_is_no_party",
        ),
        pytest.param(
            "وقال المحلل إنه لو كانت فرنسا تبحث عن ذريعة لخوض نزاع مع الجزائر لوجدتها.",
            ("FRA", "DZA"),
            id="searching_for_with_an_is_no_discussion",
        ),
        pytest.param(
            "وبحث الرئيس المصري الأزمة السورية في اتصال هاتفي أمس.",
            ("EGY", "SYR"),
            id="a_topics_nationality_is_no_party_called",
        ),
        pytest.param(
            "وناقش وزير الخارجية الفرنسي الملف الإيراني خلال اتصال هاتفي.",
            ("FRA", "IRN"),
            id="a_files_nationality_is_no_party_called",
        ),
    ],
)
def test_the_meeting_fallback_must_not(extract, text, wrong):
    assert not _met(extract(text), *wrong)


def test_two_parties_on_one_side_do_not_meet_each_other(extract):
    # "X و Y عقدا محادثات مع Z": X–Z and Y–Z at most, never X–Y
    out = extract("والرئيس الكيني ووزير الخارجية الصومالي عقدا في نيروبي أمس محادثات مع وزير الدفاع الأمريكي.")
    assert not _met(out, "KEN", "SOM")
