"""Vocabulary mined from unlabelled Arabic news, round 16 (ANERcorp sentences that are no dev
sentence): fighting a named party (قاتل، حارب، القتال ضد) is use of force, the plural masdar
اغتيالات is assassination; the participles مقاتل and محارب are fighters, not the act; freezing or
suspending relations (جمد علاقاتها، تعليق العلاقات) reduces them, as خفض does."""

from __future__ import annotations

import pytest
from geokg.extract.morphology_ar import verb_forms
from helpers import parties_ar

Extractor = pytest.importorskip("geokg.extract.pipeline").Extractor


@pytest.fixture(scope="module")
def extract():
    ex = Extractor()
    return lambda text: parties_ar(ex, text, labels=("subject", "object"), polarity=True)


@pytest.mark.parametrize(
    "text, subject, target",
    [
        ("قاتلت القوات الصومالية مسلحي حركة الشباب قرب مقديشو.", "SOM", "SOM"),
        ("ويقاتل الجيش النيجيري جماعة بوكو حرام منذ سنوات.", "NGA", "NGA"),
        ("حاربت القوات الفرنسية الجماعات المسلحة في مالي.", "FRA", "MLI"),
    ],
)
def test_fighting_a_named_party_is_use_of_force(extract, text, subject, target):
    found = extract(text)
    assert any(s == subject and rel == "attacks" and pol == "affirmed" for s, rel, _, pol in found), found


def test_fighting_against_a_party_as_a_verbal_noun(extract):
    found = extract("وتواصل القوات الباكستانية القتال ضد حركة طالبان في الشمال الغربي.")
    assert any(rel == "attacks" and obj == "AFG" for _, rel, obj, _ in found), found


def test_plural_assassinations_name_their_agent_and_target(extract):
    found = extract("واصلت إسرائيل اغتيالات قادة حركة الجهاد الإسلامي.")
    assert any(s == "ISR" and rel == "assassinates" for s, rel, _, _ in found), found


def test_a_denied_fight_stays_negated(extract):
    found = extract("نفت إثيوبيا أنها تقاتل إريتريا.")
    assert all(pol == "negated" for _, rel, _, pol in found if rel == "attacks"), found


@pytest.mark.parametrize(
    "text",
    [
        # fighters and a killer are people, not the act of fighting
        "وصل مقاتلون أفغان إلى الحدود الإيرانية أمس.",
        "سلمت الشرطة الأردنية القاتل إلى السلطات السورية.",
    ],
)
def test_fighters_and_killers_are_no_attack(extract, text):
    assert not any(rel == "attacks" for _, rel, _, _ in extract(text))


def test_fight_participles_are_not_verb_forms():
    forms = {f.text for f in verb_forms("قاتل/يقاتل")} | {f.text for f in verb_forms("حارب/يحارب")}
    assert "تقاتل" in forms and "يحاربون" in forms
    assert not forms & {"مقاتل", "مقاتلين", "مقاتلون", "محارب", "محاربين"}


@pytest.mark.parametrize(
    "text",
    [
        "جمدت ماليزيا علاقاتها مع ميانمار بعد الأزمة.",
        "وأعلنت تشاد تعليق علاقاتها مع السودان.",
    ],
)
def test_freezing_or_suspending_owned_relations_reduces_them(extract, text):
    assert any(rel == "reducesRelationsWith" and pol == "affirmed" for _, rel, _, pol in extract(text))


def test_a_denied_suspension_stays_negated(extract):
    found = extract("ونفت تونس تجميد علاقاتها مع ليبيا.")
    assert found and all(pol == "negated" for _, rel, _, pol in found if rel == "reducesRelationsWith"), found
