"""Statements, criticism and threats, round 16, in our own sentences beyond the fixture corpus's id
range of the round (ar-1919 to ar-1939): a threat's object past a time adverbial, declining to go
into a matter, regret over a decision (criticism) beside regret over deaths (sympathy)."""

from __future__ import annotations

import pytest
from helpers import parties_ar

Extractor = pytest.importorskip("geokg.extract.pipeline").Extractor


@pytest.fixture(scope="module")
def extract():
    ex = Extractor()
    return lambda text: parties_ar(ex, text, labels=("object",))


def test_threatened_acts_target_past_a_time_adverbial(extract):
    # the nationality of what the threatened strike would hit, five words after the verb
    found = extract("وكان وزير الدفاع الأمريكي قد هدد في وقت سابق بقصف المنشآت النووية الكورية الشمالية.")
    assert ("USA", "threatens", "PRK") in found  # (the strike itself is hypothetical, nested)


def test_declining_to_go_into_a_matter_is_no_rejection(extract):
    found = extract("ورفض وزير الخارجية البريطاني الخوض في تفاصيل الخطة الإيرانية.")
    assert ("GBR", "declinesCommentOn", "IRN") in found
    assert not any(rel == "rejects" for _, rel, _ in found)


def test_regret_over_a_decision_stays_criticism(extract):
    found = extract("وأعربت روسيا عن أسفها للقرار الأمريكي.")
    assert ("RUS", "criticizes", "USA") in found
    assert not any(rel == "expressesCondolencesTo" for _, rel, _ in found)


def test_sorrow_over_deaths_in_a_place_names_no_party(extract):
    # the place behind في is where the victims fell, not whom the sympathy is with
    found = extract("وأعرب الرئيس الفرنسي عن أسفه لسقوط ضحايا مدنيين في لبنان.")
    assert not any(obj == "LBN" and rel == "criticizes" for _, rel, obj in found)


def test_subject_past_the_speech_the_statement_is_made_in(extract):
    # VSO with the speech noun between verb and subject: the speech is a venue, not a clause
    found = extract("وانتقد في خطابه الرئيس التركي إسرائيل.")
    assert ("TUR", "criticizes", "ISR") in found
    assert not any(subj == "ISR" for subj, _, _ in found)


def test_a_reporting_verb_in_the_venue_still_ends_the_subject_search(extract):
    # "في بيان قال فيه إن": the speech has a clause of its own; Israel is in it, no critic
    found = extract("وانتقد في بيان قال فيه إن إسرائيل تنتهك القانون الرئيس التركي.")
    assert not any(subj == "ISR" and rel == "criticizes" for subj, rel, _ in found)


def test_a_denied_accusation_accuses_the_denier_not_the_party_in_the_charge(extract):
    found = extract("ونفت سوريا الاتهامات الإسرائيلية بتسليح حزب الله.")
    assert ("ISR", "accuses", "SYR") in found
    assert ("ISR", "accuses", "LBN") not in found  # Hezbollah, by its state


def test_an_accusation_addressed_behind_li_keeps_its_addressee(extract):
    # must-not: the accused named behind ل stays the object, not the denier
    found = extract("ونفت سوريا الاتهامات الإسرائيلية لإيران بتسليح حزب الله.")
    assert ("ISR", "accuses", "IRN") in found
    assert ("ISR", "accuses", "SYR") not in found
