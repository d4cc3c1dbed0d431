"""Arabic contact nouns in an adverbial frame after their clause's subject (round 19, branch ar):

- a frame of two words, في before a frame noun ("في ختام زيارة إلى", "في أعقاب لقاء مع"), frames
  the act noun as "خلال" does: the subject before it is the visitor or the party met;
- a word of time ("بعد", "عقب") before a contact noun frames it too, but only with no party of
  its own after it, or with the subject's counterpart ("بعد لقاء نظيره");
- must-not: a visit noun with its own genitive ("خلال زيارة وزير الخارجية X لـ...") is the
  genitive's visit; the host named before the frame never becomes the visitor of his guest;
- must-not: a time frame before a noun that is not contact ("بعد انتقاد X") gives it no agent
  from the clause's subject.
"""

from __future__ import annotations

import pytest
from geokg.extract.model import Argument

DATE = "2024-06-10"


def triples(extractor, text: str) -> set[tuple[str | None, str, str | None]]:
    found, _ = extractor.extract_text(text, date=DATE, lang="ar")

    def side(arg) -> str | None:
        return (arg.entity.country or arg.entity.label) if isinstance(arg, Argument) else None

    return {(side(a.subject), a.relation, side(a.object)) for a in found}


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("وصرح الرئيس البيروفي في ختام زيارة رسمية إلى الإكوادور بأن الحدود آمنة.", ("PER", "visits", "ECU")),
        ("وقال رئيس الوزراء البلجيكي في نهاية زيارة إلى رواندا إن التجارة تنمو.", ("BEL", "visits", "RWA")),
        ("وأكد الرئيس الغابوني في أعقاب لقاء مع الرئيس الكاميروني أن البلدين متفقان.", ("GAB", "meetsWith", "CMR")),
        ("وأعلن وزير الخارجية الفنلندي عقب لقاء نظيره الإستوني أن الممر البحري سيفتح.", ("FIN", "meetsWith", "EST")),
        ("وتحدث الرئيس الزامبي بعد لقاء نظيره الموزمبيقي عن مشروع السكة الحديدية.", ("ZMB", "meetsWith", "MOZ")),
    ],
)
def test_contact_noun_in_a_frame_is_the_subjects(extractor, text, triple):
    assert triple in triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "وقال الرئيس البيروفي خلال زيارة وزير الخارجية الإكوادوري لليما إن العلاقات متينة.",
        "وقال الرئيس البيروفي بعد زيارة وزير الخارجية الإكوادوري لليما إن العلاقات متينة.",
        "وقال الرئيس البيروفي في ختام زيارة وزير الخارجية الإكوادوري لليما إن العلاقات متينة.",
    ],
)
def test_host_before_the_frame_is_never_the_visitor(extractor, text):
    found = triples(extractor, text)
    assert ("PER", "visits", "ECU") not in found
    assert ("ECU", "visits", "PER") in found


def test_time_frame_gives_no_agent_to_a_criticism(extractor):
    found = triples(extractor, "ورد وزير الخارجية البوليفي بعد انتقاد الرئيس التشيلي لحكومته.")
    assert not any(s == "BOL" and r == "criticizes" for s, r, _ in found)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "وعقب سلسلة من المباحثات مع الرئيس الأنغولي أعلن الرئيس الناميبي أن الخط الكهربائي سينجز.",
            ("NAM", "meetsWith", "AGO"),
        ),
        (
            "وقال رئيس الوزراء الماليزي بعد جولة ثانية من المباحثات مع الرئيس الإندونيسي إن الحدود هادئة.",
            ("MYS", "meetsWith", "IDN"),
        ),
    ],
)
def test_series_of_talks_in_a_frame_is_the_subjects(extractor, text, triple):
    assert triple in triples(extractor, text)


def test_series_of_talks_between_others_leaves_the_speaker_out(extractor):
    text = "وقال رئيس الوزراء الماليزي بعد جولة من المحادثات بين الرئيس الإندونيسي ورئيس الوزراء التايلاندي إن الحدود هادئة."
    found = triples(extractor, text)
    assert not any(s == "MYS" and r == "meetsWith" for s, r, _ in found)
    assert not any(o == "MYS" and r == "meetsWith" for _, r, o in found)


def test_talks_between_others_under_a_speaking_verb_leave_the_speaker_out(extractor):
    text = "وصرح وزير الخارجية الماليزي خلال محادثات بين الرئيس الإندونيسي ورئيس الوزراء التايلاندي بأن الحدود هادئة."
    found = triples(extractor, text)
    assert not any("MYS" in (s, o) and r == "meetsWith" for s, r, o in found)


# An act noun of force with no agent, its place phrase, then a bare relative verb carrying the
# act's pronoun (أطلقها، نفذه، شنوها): that verb's subject is the act's agent, whom a condemnation
# of the act criticises.
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("وشجبت تونس سقوط صواريخ على مزرعة قريبة أطلقها مقاتلون من حماس.", ("TUN", "criticizes", "PSE")),
        ("وأدانت الإمارات سقوط قذيفة على مدرسة ابتدائية أطلقها عناصر من حركة حماس.", ("ARE", "criticizes", "PSE")),
        ("واستنكرت الجزائر سقوط قذائف هاون على حي سكني أطلقوها مسلحون من غزة.", ("DZA", "criticizes", "PSE")),
        ("وأدانت السويد سقوط صواريخ على قرية في جنوب إسرائيل أطلقها عناصر حزب الله.", ("SWE", "criticizes", "LBN")),
    ],
)
def test_firers_in_a_relative_clause_after_the_place_are_the_acts_agent(extractor, text, triple):
    found = triples(extractor, text)
    assert triple in found
    condemner = triple[0]
    assert not any(s == condemner and r in ("attacks", "assaults") for s, r, _ in found)


def test_relative_clause_on_the_place_gives_no_agent(extractor):
    # must-not: "يسكنها" refers to the town, not to the rockets
    found = triples(extractor, "وأدانت تونس سقوط صواريخ على بلدة صغيرة يسكنها صيادون من حماس.")
    assert not any(r == "criticizes" and o == "PSE" for _, r, o in found)


def test_relative_pronoun_after_a_definite_place_gives_no_agent(extractor):
    # must-not: "التي" after the town ties the clause to the town
    found = triples(extractor, "وأدانت تونس سقوط صواريخ على البلدة التي أطلقها مقاتلون من حماس.")
    assert not any(r == "criticizes" and o == "PSE" for _, r, o in found)


def test_place_state_is_not_the_attacker(extractor):
    found = triples(extractor, "وأدانت تونس سقوط قذائف على قرية لبنانية أطلقها مقاتلون من حماس.")
    assert ("TUN", "criticizes", "PSE") in found
    assert not any(s == "LBN" and r in ("attacks", "assaults") for s, r, _ in found)
    assert ("TUN", "criticizes", "LBN") not in found


# A call after a subordinator (بعد أن، قبل أن) with its content marker right after the one name
# that follows the verb: the name is the caller (VSO), never the addressee of the main clause's
# subject; the act done in the main clause stays asserted.
@pytest.mark.parametrize(
    "text",
    [
        "انسحبت القوات البريطانية من المدينة بعد أن دعت مصر إلى الانسحاب.",
        "وانسحب الجيش الهولندي من القرية بعد أن دعا الأردن إلى الانسحاب.",
        "انسحبت القوات الإيطالية من الميناء قبل أن تدعو تونس إلى الانسحاب.",
    ],
)
def test_caller_after_a_subordinator_is_the_name_after_the_verb(extractor, text):
    found, _ = extractor.extract_text(text, date=DATE, lang="ar")
    appeals = [a for a in found if a.relation == "appealsTo"]
    forces = {"GBR", "NLD", "ITA"}
    assert not any(isinstance(a.subject, Argument) and a.subject.entity.country in forces for a in appeals)
    withdrawals = [a for a in found if a.relation == "withdrawsForcesFrom"]
    assert withdrawals and {a.modality for a in withdrawals} == {"asserted"}


def test_named_addressee_after_a_subordinator_is_kept(extractor):
    text = "انسحبت القوات البريطانية من المدينة بعد أن دعت مصر بريطانيا إلى الانسحاب."
    assert ("EGY", "appealsTo", "GBR") in triples(extractor, text)


def test_call_then_withdrawal_is_unchanged(extractor):
    assert ("EGY", "appealsTo", "GBR") in triples(extractor, "دعت مصر بريطانيا إلى الانسحاب فانسحبت.")


def test_pro_drop_after_a_subordinator_still_continues_the_main_subject(extractor):
    # a verb with no content marker after its one name keeps the pro-drop reading (the army attacked)
    text = "وانسحب الجيش الهولندي من البلدة بعد أن هاجم بلجيكا."
    assert ("NLD", "attacks", "BEL") in triples(extractor, text)
