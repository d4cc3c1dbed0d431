"""Round 21 (Arabic): a verb with no subject of its own continues the subject before it, in our own sentences.

- "وصل X إلى القاهرة حيث بحث مع Y" / "ووصل ... وتباحث مع": a verb whose partner stands behind
  its preposition names no subject; after حيث or و it continues the traveller's (should), for a
  man named by his title and nationality ("الرئيس الكيني", "وزير الخارجية الإسباني") and a
  body not marked feminine ("الجيش الباكستاني") as for a state with a feminine verb.
- "وقال X إن ... ، وانتقد Y": a coordinated verb after the reported clause keeps the speaker.
- Must-not: a verb of the other gender takes no such subject ("وصلت وزيرة ... حيث بحث"); a verb
  with its own subject after حيث keeps it; a denied act stays denied.
"""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import readings

DATE = "2024-09-10"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _rows(extractor: Extractor, text: str) -> set[tuple[str | None, str, str | None, str]]:
    """(subject state, CAMEO root, object state, polarity) of every two-sided assertion."""
    names = ("subject", "root", "object", "polarity")
    return readings(extractor, text, *names, date=DATE, lang="ar", coded_only=False, two_sided=True)


# (subject, its state, the verb's feminine ending)
_TRAVELLERS = [
    ("مصر", "EGY", "ت"),
    ("الرئيس الكيني", "KEN", ""),
    ("وزارة الخارجية التركية", "TUR", "ت"),
    ("الجيش الباكستاني", "PAK", ""),
    ("وزير الخارجية الإسباني", "ESP", ""),
]
_PARTNERS = [("الأردن", "JOR"), ("رئيس الوزراء الهندي", "IND"), ("الحكومة الإيطالية", "ITA")]
_CONSULT = ["بحث", "تباحث", "ناقش", "تشاور"]
_JOINS = ["حيث ", "و"]

_CELLS = [
    (f"وصل{f} {s} إلى القاهرة أمس {join}{verb}{f} مع {o} العلاقات الثنائية.", state, other)
    for s, state, f in _TRAVELLERS
    for o, other in _PARTNERS
    for verb in _CONSULT
    for join in _JOINS
]


@pytest.mark.parametrize(("text", "subject", "partner"), _CELLS)
def test_a_verb_after_where_or_and_continues_the_traveller(extractor, text, subject, partner):
    assert (subject, "04", partner, "affirmed") in _rows(extractor, text)


_SPEAKERS = [("الرئيس الكيني", "KEN", ""), ("وزير الخارجية الإسباني", "ESP", ""), ("مصر", "EGY", "ت")]
_CRITICISE = ["انتقد", "اتهم"]


@pytest.mark.parametrize(
    ("text", "subject", "target"),
    [
        (f"وقال{f} {s} إن الوضع خطير ، و{v}{f} {o} بالتصعيد.", state, other)
        for s, state, f in _SPEAKERS
        for o, other in _PARTNERS
        for v in _CRITICISE
    ],
)
def test_a_verb_after_the_reported_clause_keeps_the_speaker(extractor, text, subject, target):
    assert (subject, "11", target, "affirmed") in _rows(extractor, text)


def test_a_masculine_verb_takes_no_woman_minister(extractor):
    rows = _rows(extractor, "وصلت وزيرة الخارجية الإسبانية إلى القاهرة أمس حيث بحث مع الأردن الأزمة.")
    assert not any(r[0] == "ESP" and r[2] == "JOR" for r in rows)


def test_a_verb_with_its_own_subject_after_where_keeps_it(extractor):
    rows = _rows(extractor, "وصل الرئيس الكيني إلى القاهرة أمس حيث بحث الرئيس الأردني مع الحكومة الإيطالية الأزمة.")
    assert ("JOR", "04", "ITA", "affirmed") in rows
    assert not any(r[0] == "KEN" and r[2] == "ITA" for r in rows)
    rows = _rows(extractor, "وصل الرئيس الكيني إلى القاهرة أمس حيث انتقدت الحكومة الإيطالية الأردن.")
    assert not any(r[0] == "KEN" and r[2] == "JOR" for r in rows)


def test_a_denied_consultation_is_not_affirmed(extractor):
    rows = _rows(extractor, "وصل الرئيس الكيني إلى القاهرة أمس حيث لم يبحث مع الأردن الأزمة.")
    assert ("KEN", "04", "JOR", "affirmed") not in rows


# "أما X فـVERB Y": the fronted topic is the subject, the name after the verb its object.
_TOPICS = [
    ("الرئيس الكيني", "KEN", ""),
    ("مصر", "EGY", "ت"),
    ("وزير الخارجية الإسباني", "ESP", ""),
    ("الجيش الباكستاني", "PAK", ""),
]
_TOPIC_ACTS = [
    ("انتقد", "11", " بشدة"),
    ("اتهم", "11", " بالتصعيد"),
    ("هدد", "13", " بالرد"),
    ("بحث مع", "04", " الأزمة"),
]


_TOPIC_CELLS = [
    (f"{lead}{s} {fa}{v.split()[0]}{f}{' ' + v.split()[1] if ' ' in v else ''} {o}{rest}.", (state, root, other))
    for s, state, f in _TOPICS
    for v, root, rest in _TOPIC_ACTS
    for o, other in _PARTNERS[:2]
    for lead, fa in (("أما ", "ف"), ("وأما ", "فقد "))
]


def test_a_fronted_topic_keeps_negation_and_denial(extractor):
    assert ("EGY", "11", "JOR", "affirmed") not in _rows(extractor, "أما مصر فلم تنتقد الأردن.")
    rows = _rows(extractor, "أما مصر فنفت أنها هاجمت الأردن.")
    assert ("EGY", "19", "JOR", "affirmed") not in rows
    rows = _rows(extractor, "أما مصر فأدانت الهجوم الذي شنته إسرائيل على لبنان.")
    assert ("EGY", "19", "LBN", "affirmed") not in rows
    assert ("ISR", "19", "LBN", "affirmed") in rows


# "بحث X مع Y ، ومع <title> A و B": a second phrase behind the object's preposition adds partners.


@pytest.mark.parametrize("verb", ["بحث", "تباحث", "ناقش", "تشاور"])
@pytest.mark.parametrize("subject", [("الرئيس الكيني", "KEN"), ("وزير الخارجية الإسباني", "ESP")])
def test_a_second_partner_phrase_adds_its_names(extractor, verb, subject):
    s, state = subject
    rows = _rows(extractor, f"{verb} {s} مع نظيره المصري ، ومع وزراء خارجية الأردن والعراق ، الأزمة.")
    assert {(state, "04", other, "affirmed") for other in ("EGY", "JOR", "IRQ")} <= rows
    rows = _rows(extractor, f"{verb} {s} مع الأردن ، ومع رئيس الوزراء الهندي ، الأزمة.")
    assert {(state, "04", other, "affirmed") for other in ("JOR", "IND")} <= rows


def test_a_second_partner_phrase_keeps_the_negation(extractor):
    rows = _rows(extractor, "لم يبحث الرئيس الكيني مع الأردن ، ومع وزراء خارجية العراق ولبنان ، الأزمة.")
    assert not any(r[3] == "affirmed" and r[0] == "KEN" for r in rows)


def test_another_preposition_adds_no_partner(extractor):
    rows = _rows(extractor, "انتقد الرئيس الكيني الأردن ، ومع الحكومة الإيطالية.")
    assert ("KEN", "11", "ITA", "affirmed") not in rows


# "في بيان لـX VERB فيه Y": the statement's owner is the subject of the verb describing it.
_OWNERS = [("لحزب الله", "LBN", ""), ("للجيش الباكستاني", "PAK", ""), ("لوزير الخارجية الإسباني", "ESP", ""),
           ("لوزارة الخارجية التركية", "TUR", "ت")]  # fmt: skip
_STATED = [("انتقد", "11", ""), ("اتهم", "11", " بالتصعيد"), ("هدد", "13", " بالرد")]


_STATEMENT_CELLS = [
    (f"{lead} بيان {owner} {verb}{f} فيه {o}{rest}.", (state, root, other))
    for owner, state, f in _OWNERS
    for verb, root, rest in _STATED
    for o, other in _PARTNERS[:2]
    for lead in ("وجاء في", "ونشر")
]


@pytest.mark.parametrize(("text", "act"), _TOPIC_CELLS + _STATEMENT_CELLS)
def test_the_fronted_party_is_the_subject(extractor, text, act):
    """A fronted topic and a statement's owner act; the name after the verb is acted on."""
    rows = _rows(extractor, text)
    assert (*act, "affirmed") in rows
    assert not any(r[0] == act[2] and r[2] == act[0] for r in rows)  # never the other way round


def test_the_statement_owner_keeps_denial_and_negation(extractor):
    assert not any(r[3] == "affirmed" for r in _rows(extractor, "وجاء في بيان للرئيس الكيني نفى فيه أنه هاجم الأردن."))
    rows = _rows(extractor, "وجاء في بيان للرئيس الكيني لم يتهم فيه الأردن بشيء.")
    assert ("KEN", "11", "JOR", "affirmed") not in rows


# "أبلغ X أمس في اتصال هاتفي Y بقراره": a call's frame between the verb's subject and its object.
@pytest.mark.parametrize("verb", [("أبلغ", " بقراره"), ("أطلع", " على نتائج القمة"), ("شكر", " على دعمه")])
@pytest.mark.parametrize(
    "caller", [("الرئيس الكيني", "KEN", ""), ("مصر", "EGY", "ت"), ("وزير الخارجية الإسباني", "ESP", "")]
)
@pytest.mark.parametrize("frame", ["أمس في اتصال هاتفي", "خلال اتصال هاتفي"])
def test_a_call_framed_before_the_object_joins_both(extractor, verb, caller, frame):
    (v, rest), (s, state, f) = verb, caller
    for o, other in _PARTNERS[:2]:
        assert (state, "04", other, "affirmed") in _rows(extractor, f"{v}{f} {s} {frame} {o}{rest}.")


def test_a_call_framed_before_the_object_is_not_the_objects(extractor):
    rows = _rows(extractor, "أبلغ بوتين أمس في اتصال هاتفي الرئيس الكيني بقراره.")
    assert not any(r[0] == "KEN" for r in rows)
