"""Arabic: wrong readings mended as classes (round 22, branch ``polish``).

A condemnation of another's threats ("أدانت X تهديدات Y") criticises Y; the threats, named with
no one threatened, are aimed at no one, never at the condemner (only an answer, a rejection,
is aimed back: "رفضت الصين الانتقادات الأمريكية"); threats with their target named stay an event
of their own, asserted. A verb of prevention (gk:FoilingCue, منع) whose preventer is itself a
trigger noun ("منعت الهدنة هجوم X", "منع وقف إطلاق النار") negates the act it governs, as with
any other preventer; a prevention denied ("لم تمنع الهدنة هجوم X") leaves the act affirmed. The
passive perfect اغتيل (gk:PassiveOnlyCue) is passive however it is vowelled: the party after it
was assassinated, never the assassin, whatever follows it. An act a speaker judges in a predicate
fronted after the complementizer ("قال X إن من الخطأ مهاجمة Y") has no doer: X does not criticise
Y. Sentences written for geokg."""

from __future__ import annotations

from itertools import product

import pytest
from helpers import readings_ar

DATE = "2006-08-01"

CONDEMNERS = [("فرنسا", "FRA"), ("الصين", "CHN"), ("مصر", "EGY")]
CONDEMNING = ["أدانت", "انتقدت", "استنكرت", "شجبت"]
THREATENERS = [("إيران", "IRN"), ("إسرائيل", "ISR"), ("اليابان", "JPN")]


@pytest.mark.parametrize("cell", list(product(CONDEMNERS, CONDEMNING, THREATENERS)))
def test_threats_condemned_are_not_aimed_at_the_condemner(extractor, cell):
    (judge, code), verb, (threatener, whose) = cell
    found = readings_ar(extractor, f"{verb} {judge} تهديدات {threatener}.", DATE)
    assert (code, "criticizes", whose, "affirmed", "asserted") in found, found
    assert not any(r[0] == whose and r[2] == code for r in found), found


def test_threats_with_their_target_stay_an_event(extractor):
    found = readings_ar(extractor, "أدانت مصر تهديدات إسرائيل لسوريا.", DATE)
    assert ("EGY", "criticizes", "ISR", "affirmed", "asserted") in found, found
    assert ("ISR", "threatens", "SYR", "affirmed", "asserted") in found, found


@pytest.mark.parametrize(
    "text, answered",
    [
        ("رفضت الصين الانتقادات الأمريكية.", ("USA", "criticizes", "CHN")),
        ("رفضت إيران تهديدات الولايات المتحدة.", ("USA", "threatens", "IRN")),
        ("رفضت سوريا الاتهامات الأمريكية.", ("USA", "accuses", "SYR")),
    ],
)
def test_words_rejected_are_aimed_at_the_rejecter(extractor, text, answered):
    found = readings_ar(extractor, text, DATE)
    assert any(r[:3] == answered for r in found), found


PREVENTERS = [("منعت", "الهدنة"), ("منع", "وقف إطلاق النار"), ("منع", "الاتفاق"), ("منعت", "الضغوط الدولية"),
              ("منعت", "الولايات المتحدة")]  # fmt: skip
PREVENTED = [("هجوم إسرائيل على لبنان", ("ISR", "attacks", "LBN")),
             ("زيارة الرئيس الفرنسي إلى سوريا", ("FRA", "visits", "SYR"))]  # fmt: skip


@pytest.mark.parametrize("cell", list(product(PREVENTERS, PREVENTED)))
def test_an_act_prevented_is_negated(extractor, cell):
    (verb, preventer), (act, reading) = cell
    found = readings_ar(extractor, f"{verb} {preventer} {act}.", DATE)
    assert any(r[:3] == reading and r[3] == "negated" for r in found), found
    assert not any(r[:3] == reading and r[3] == "affirmed" for r in found), found


@pytest.mark.parametrize("cell", list(product(PREVENTERS[:3], PREVENTED[:1])))
def test_a_prevention_denied_leaves_the_act_affirmed(extractor, cell):
    (verb, preventer), (act, reading) = cell
    denied = ("لم تمنع" if verb.endswith("ت") else "لم يمنع") + f" {preventer} {act}."
    found = readings_ar(extractor, denied, DATE)
    assert any(r[:3] == reading and r[3] == "affirmed" for r in found), found


ASSASSINATED = [
    ("اغتيل دبلوماسي مصري في بغداد.", "IRQ", "EGY"),
    ("اغتيل السفير المصري في العراق إيهاب الشريف.", "IRQ", "EGY"),
    ("اغتيل دبلوماسيان روسيان في العراق.", "IRQ", "RUS"),
    ("اغتيل مسؤول عراقي بارز الأحد في بغداد.", "IRQ", "IRQ"),
    ("اغتيل دبلوماسي أمريكي وسائقه في بغداد.", "IRQ", "USA"),
    ("اغتيلت وزيرة عراقية في بغداد.", "IRQ", "IRQ"),
    ("اغتيل مسؤول فلسطيني في غزة.", "PSE", "PSE"),
    ("اغتيل الرئيس اللبناني في بيروت.", "LBN", "LBN"),
]


@pytest.mark.parametrize("text, place, victim", ASSASSINATED)
def test_the_assassinated_is_the_victim(extractor, text, place, victim):
    found = readings_ar(extractor, text, DATE)
    assert (place, "assassinates", victim, "affirmed", "asserted") in found, found
    assert not any(r[0] == victim and r[0] != place for r in found), found


@pytest.mark.parametrize(
    "text",
    [
        "اغتيل نائب عراقي أمس أثناء توجهه إلى البرلمان.",
        "اغتيل الرئيس اللبناني السابق رينيه معوض عام 1989.",
    ],
)
def test_the_assassinated_never_assassinates(extractor, text):
    found = readings_ar(extractor, text, DATE)
    assert not any(r[1] == "assassinates" and r[2] is None for r in found), found


def test_an_agent_named_after_the_passive_is_the_assassin(extractor):
    text = "اغتيل مسؤول في حركة فتح الفلسطينية برصاص مسلحين في غزة."
    found = extractor.extract_text(text, date=DATE, lang="ar")[0]
    pairs = {(a.subject.entity.sector, a.relation, getattr(a.object, "entity", None)) for a in found}
    assert any(sector == "REB" and rel == "assassinates" and o is not None for sector, rel, o in pairs), pairs
    # (the official's movement is the victim, never the assassin)
    assert not any(a.subject.entity.label.startswith(("Fatah", "فتح")) for a in found), found


@pytest.mark.parametrize(
    "text, reading",
    [
        ("اغتال مسلحون دبلوماسيا مصريا في بغداد.", ("IRQ", "assassinates", "EGY")),
        ("اغتيل قائد في حركة حماس على يد القوات الإسرائيلية.", ("ISR", "assassinates", "PSE")),
    ],
)
def test_the_active_and_a_named_agent_stay(extractor, text, reading):
    found = readings_ar(extractor, text, DATE)
    assert any(r[:3] == reading for r in found), found


SPEAKERS = [("قال الرئيس الفرنسي إن", "FRA"), ("أكد الرئيس الروسي أن", "RUS"), ("قال وزير الخارجية المصري إن", "EGY")]
JUDGED = ["من الخطأ", "من غير المقبول"]
STRUCK = [("إيران", "IRN"), ("سوريا", "SYR"), ("لبنان", "LBN")]


@pytest.mark.parametrize("cell", list(product(SPEAKERS, JUDGED, STRUCK)))
def test_an_unnamed_act_judged_is_no_criticism_of_its_victim(extractor, cell):
    (speaker, code), judged, (victim, whose) = cell
    found = readings_ar(extractor, f"{speaker} {judged} مهاجمة {victim}.", DATE)
    assert not any(r[0] == code and r[2] == whose for r in found), found
