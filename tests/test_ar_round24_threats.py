"""Round 24 (Arabic): threats, warnings and ultimatums (CAMEO 13) as a class, on our own sentences.

Conditional threats (``reporting_ar.conditional_threats``): what a speaker says his own state
will do, where the sentence makes it hang on another party's hostile act or failure to act ("إذا
لم تنسحب", "ما لم", "إذا هاجمت", "في حال تعرضت لهجوم"), is his state's threat against that party,
made by saying it (asserted). The act is a hit in the future that is no cooperation, or a word of
retaliation (gk:RetaliationCue; its verbal nouns الرد، التصدي، الانتقام joined the cue) with the
party behind على. Grid: each shape × three speakers of three states × three other states.

Must-nots: help promised under a condition one wants met, a negated act, another state's act the
speaker foresees (also against the speaker's own state), retaliation done in the past, a denied
threat: no affirmed threat by the speaker's state, and never one from the other side to it.
"""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import AR_OTHER_STATES, AR_SPEAKERS, every_pair, root_rows_ar

DATE = "2024-09-10"

OTHERS = AR_OTHER_STATES


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _rows(extractor: Extractor, text: str) -> set[tuple[str | None, str, str | None, str, str]]:
    """(subject state, CAMEO root, object state, polarity, modality) of every two-sided assertion."""
    return root_rows_ar(extractor, text, DATE)


_CONDITIONAL = [
    "وقال {S} إن بلاده سترد على {O} إذا هاجمت حدودها.",
    "وقال {S} إن بلاده سترد على {O} إذا لم توقف هجماتها على {Z}.",
    "وأكد {S} أن بلاده مستعدة للرد على {O} إذا لم تسحب قواتها من {Z}.",
    "وأعلن {S} استعداد بلاده للرد على {O} ما لم تتوقف الهجمات.",
    "وقال {S} إن بلاده ستقطع العلاقات مع {O} إذا لم توقف التصعيد.",
    "وقال {S} إن بلاده ستقطع العلاقات مع {O} في حال تعرضت لهجوم.",
]


@pytest.mark.parametrize("shape", _CONDITIONAL)
@every_pair(AR_SPEAKERS, OTHERS)
def test_an_act_hung_on_a_hostile_condition_is_a_threat(extractor, shape, one, other):
    (s, sc), (o, oc, z) = one, other
    rows = _rows(extractor, shape.format(S=s, O=o, Z=z))
    assert (sc, "13", oc, "affirmed", "asserted") in rows, rows
    assert not any(r[0] == oc and r[1] == "13" and r[2] == sc for r in rows), rows


_NOT_A_THREAT = [
    # help under a condition one wants met
    "وقال {S} إن بلاده ستساعد {O} إذا طلبت ذلك.",
    "وقال {S} إن بلاده سترد على {O} إذا طلبت ذلك.",
    # the act negated, or denied
    "وقال {S} إن بلاده لن تهاجم {O} إذا لم تهاجمها.",
    "ونفى {S} أن تكون بلاده سترد على {O} إذا هاجمتها.",
    # another state's act the speaker foresees, against a third state or his own
    "وقال {S} إن {O} سترد على {Z} إذا لم توقف هجماتها.",
    "وقال {S} إن {O} ستفرض عقوبات على بلاده إذا لم توقف التجارب.",
    # retaliation done
    "ورد {S} على {O} بعد الهجوم على {Z}.",
]


@pytest.mark.parametrize("shape", _NOT_A_THREAT)
@every_pair(AR_SPEAKERS, OTHERS)
def test_no_threat_by_the_speakers_state_where_none_is_made(extractor, shape, one, other):
    (s, sc), (o, oc, z) = one, other
    rows = _rows(extractor, shape.format(S=s, O=o, Z=z))
    assert not any(r[0] == sc and r[1] == "13" and r[3] == "affirmed" for r in rows), rows
    assert not any(r[0] == oc and r[1] == "13" and r[2] == sc for r in rows), rows


# Nouns of warning (gk:WarningCue's Arabic words, triggers of concern): addressed to a party of
# another state behind ل or إلى, right after the noun or after its possessor, they are a threat.
_WARNING_NOUNS = [
    "وجدد {S} تحذيراته ل{O}.",
    "وكرر {S} تحذيره ل{O} من مغبة التصعيد.",
    "وجاءت تحذيرات {S} ل{O} بعد فشل المحادثات.",
    "ووجه {S} تحذيرا شديد اللهجة إلى {O}.",
]


@pytest.mark.parametrize("shape", _WARNING_NOUNS)
@every_pair(AR_SPEAKERS, OTHERS)
def test_a_warning_addressed_to_a_party_is_a_threat(extractor, shape, one, other):
    (s, sc), (o, oc, _) = one, other
    rows = _rows(extractor, shape.format(S=s, O=o))
    assert any(r[0] == sc and r[1] == "13" and r[2] == oc and r[3] == "affirmed" for r in rows), rows
    assert not any(r[0] == oc and r[1] == "13" for r in rows), rows


_WARNING_NOT_A_THREAT = [
    # what one warns of, with no one warned: concern, no threat
    "وجدد {S} تحذيراته من تدهور الأوضاع في {O}.",
    # a warning of the other side's, rejected or ignored by the speaker's: never his threat
    "ورفض {S} تحذيرات {O}.",
    # denied
    "ونفى {S} أن يكون قد وجه تحذيرات إلى {O}.",
]


@pytest.mark.parametrize("shape", _WARNING_NOT_A_THREAT)
@every_pair(AR_SPEAKERS, OTHERS)
def test_a_warning_to_no_one_or_denied_is_no_threat_by_the_speaker(extractor, shape, one, other):
    (s, sc), (o, _, _) = one, other
    rows = _rows(extractor, shape.format(S=s, O=o))
    assert not any(r[0] == sc and r[1] == "13" and r[3] == "affirmed" for r in rows), rows


@every_pair(AR_SPEAKERS, OTHERS)
def test_a_warning_noun_that_ends_the_text_is_read_without_an_error(extractor, one, other):
    # (the noun's addressee was looked for one word past the sentence: the document was dropped)
    (s, sc), (o, _, _) = one, other
    for text in (f"وجدد {s} تحذيرات", f"وقال {s} إن {o} تجاهلت التحذير"):
        rows = _rows(extractor, text)
        assert not any(r[0] == sc and r[1] == "13" and r[3] == "affirmed" for r in rows), (text, rows)


# (an organisation's phrase, the verb's feminine ending, its possessive, its label)
_BODIES = [
    ("حلف شمال الأطلسي", "", "ه", "NATO"),
    ("الأمم المتحدة", "ت", "ها", "United Nations"),
    ("الاتحاد الأوروبي", "", "ه", "European Union"),
]


@pytest.mark.parametrize("body", _BODIES, ids=lambda b: b[3])
@pytest.mark.parametrize("other", OTHERS, ids=lambda o: o[1])
def test_an_organisations_warning_addressed_to_a_state_is_a_threat(extractor, body, other):
    name, t, h, label = body
    o, oc, _ = other
    for text in (f"وجدد{t} {name} تحذيرات{h} ل{o}.", f"وجاءت تحذيرات {name} ل{o} بعد فشل المحادثات."):
        found = extractor.extract_text(text, doc_id="t", date=DATE, lang="ar")[0]
        rows = {
            (a.subject.entity.label, a.cameo, getattr(getattr(a.object, "entity", None), "country", None))
            for a in found
        }
        assert (label, "130", oc) in rows, (text, rows)
