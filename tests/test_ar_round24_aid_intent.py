"""Round 24 (Arabic): material support, weapons given, support received and accepted
invitations, in our own sentences.

- Support whose instrument is money or weapons ("تدعم X Y بالسلاح", "دعمتها عسكريا", "اتهمت W X
  بدعم Y بالسلاح") is aid (071, 072), not the verbal support of root 05; weapons given with the
  light verb قدم are 072.
- After a verb of receiving and its subject, the verbal noun with its accusative ا ("تلقت X
  دعما من Y") is the noun, not a dual perfect: Y's act towards X.
- Accepting an invitation (لبى دعوة، وافق على دعوة، قبول دعوة) is the intent to meet its sender
  (CAMEO 036, root 03); the sender is never the acceptor's own addressee of an appeal.
- A noun of demands after a verb and its subject ("رفضت X مطالب Y") is the noun, not X demanding Y.
- Must-not: a denied or refused act is not affirmed; "قبل دعوة" (before an invitation) is no
  acceptance; "يعتزم X مهاجمة Y" is no intent to cooperate; support without an instrument stays 05.
"""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import acts_ar

DATE = "2024-09-10"

# (phrase, code, feminine verb ending)
_GIVERS = [
    ("إيران", "IRN", "ت"),
    ("الحكومة الروسية", "RUS", "ت"),
    ("الرئيس الأمريكي", "USA", ""),
]
_TAKERS = [("السلطة الفلسطينية", "PSE"), ("الحكومة العراقية", "IRQ"), ("لبنان", "LBN")]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _acts(extractor: Extractor, text: str) -> set[tuple[str | None, str, str | None]]:
    return acts_ar(extractor, text, DATE)


_MILITARY = [
    "دعم{f} {x} {o} بالسلاح .",
    "وتدعم {x} {o} بالأسلحة منذ سنوات .",
    "دعم{f} {x} {o} عسكريا .",
    "قدم{f} {x} أسلحة إلى {o} .",
]
_ECONOMIC = [
    "دعم{f} {x} {o} بالمال .",
    "دعم{f} {x} {o} ماليا .",
    "وتدعم {x} {o} بالأموال .",
]
_RECEIVED = [
    "تلق{n} {o} دعما من {x} .",
    "وتلق{n} {o} دعما كبيرا من {x} .",
]
_ALLEGED = [
    "واتهمت الحكومة الهندية {x} بدعم {o} بالسلاح .",
    "واتهمت الحكومة الهندية {x} بدعم {o} بالأموال .",
]
_NOT_AID = [
    "نف{n} {x} تقديم أسلحة إلى {o} .",
    "نف{n} {x} دعم {o} بالسلاح .",
    "لم تقدم {x} أسلحة إلى {o} .",
]


def _cells(shapes: list[str], firsts: list[tuple] = _GIVERS, seconds: list[tuple] = _TAKERS) -> list[tuple]:
    """(sentence, first code, second code) for each shape × first party × second party; the
    shape's {f} is the verb's feminine ending, {n} and {v} the feminine or masculine ending of a
    defective verb (تلقت/تلقى، نفت/نفى)."""
    return [
        (shape.format(f=f, n="ت" if f else "ى", v="ت" if f else "ى", x=x, o=o), code, other)
        for shape in shapes
        for x, code, f in firsts
        for o, other in seconds
    ]


@pytest.mark.parametrize(("text", "giver", "taker"), _cells(_MILITARY + _ECONOMIC))
def test_support_with_money_or_weapons_is_aid(extractor: Extractor, text: str, giver: str, taker: str) -> None:
    acts = _acts(extractor, text)
    assert (giver, "07", taker) in acts, acts
    assert (giver, "05", taker) not in acts, acts


@pytest.mark.parametrize(("text", "giver", "taker"), _cells(_ALLEGED))
def test_aid_the_accused_gives(extractor: Extractor, text: str, giver: str, taker: str) -> None:
    """The verbal noun behind ب with its object between: the accused's aid, never the accuser's."""
    acts = _acts(extractor, text)
    assert (giver, "07", taker) in acts, acts
    assert ("IND", "11", giver) in acts, acts
    assert not any(s == "IND" and r == "07" for s, r, _ in acts), acts


@pytest.mark.parametrize(("text", "giver", "taker"), _cells(_RECEIVED))
def test_support_received_is_the_givers(extractor: Extractor, text: str, giver: str, taker: str) -> None:
    acts = _acts(extractor, text)
    assert (giver, "05", taker) in acts, acts
    assert (taker, "05", giver) not in acts, acts


@pytest.mark.parametrize(("text", "giver", "taker"), _cells(_NOT_AID))
def test_denied_weapons_not_affirmed(extractor: Extractor, text: str, giver: str, taker: str) -> None:
    acts = _acts(extractor, text)
    assert not any(r in ("05", "07") for _, r, _ in acts), acts


def test_support_without_instrument_stays_verbal(extractor: Extractor) -> None:
    for text in ("أكدت فرنسا دعمها الكامل للبنان .", "تدعم إيران الحكومة العراقية في مواقفها السياسية ."):
        acts = _acts(extractor, text)
        assert acts and all(r == "05" for _, r, _ in acts), acts


# invitations: (acceptor, code, feminine ending), (sender, code)
_ACCEPTORS = [("الرئيس المصري", "EGY", ""), ("الحكومة الهندية", "IND", "ت"), ("وزير الخارجية الروسي", "RUS", "")]
_SENDERS = [("الرئيس الفرنسي", "FRA"), ("رئيس الوزراء الياباني", "JPN"), ("الحكومة الإيطالية", "ITA")]
_ACCEPT = [
    "لب{v} {x} دعوة {o} لزيارة العاصمة .",
    "وافق{f} {x} على دعوة {o} لزيارة العاصمة .",
    "أعلن{f} {x} قبول دعوة {o} إلى المحادثات .",
]
_REFUSE = [
    "لم يلب {x} دعوة {o} .",
    "رفض{f} {x} تلبية دعوة {o} .",
]


@pytest.mark.parametrize(("text", "one", "other"), _cells(_ACCEPT, _ACCEPTORS, _SENDERS))
def test_accepted_invitation_is_intent(extractor: Extractor, text: str, one: str, other: str) -> None:
    acts = _acts(extractor, text)
    assert (one, "03", other) in acts, acts
    # the invitation is the sender's, never the acceptor's appeal to the sender
    assert (one, "02", other) not in acts, acts


@pytest.mark.parametrize(("text", "one", "other"), _cells(_REFUSE, _ACCEPTORS, _SENDERS))
def test_refused_invitation_not_affirmed(extractor: Extractor, text: str, one: str, other: str) -> None:
    acts = _acts(extractor, text)
    assert (one, "03", other) not in acts, acts


def test_before_an_invitation_is_no_acceptance(extractor: Extractor) -> None:
    acts = _acts(extractor, "قبل دعوة الرئيس الفرنسي زار الرئيس المصري روما .")
    assert not any(r == "03" for _, r, _ in acts), acts


def test_intent_to_attack_is_no_cooperation(extractor: Extractor) -> None:
    for text in ("يعتزم الجيش الإسرائيلي مهاجمة لبنان .", "تعتزم الحكومة الروسية مهاجمة أوكرانيا ."):
        acts = _acts(extractor, text)
        assert not any(r == "03" for _, r, _ in acts), acts


# demands rejected: (rejector, code, feminine ending), (demander, code)
_REJECTORS = [("إيران", "IRN", "ت"), ("الرئيس الإيراني", "IRN", ""), ("الحكومة السورية", "SYR", "ت")]
_DEMANDERS = [("فرنسا", "FRA"), ("الرئيس الفرنسي", "FRA"), ("الحكومة الإيطالية", "ITA")]
_REJECTED = [
    "رفض{f} {x} مطالب {o} .",
    "رفض{f} {x} مطالب {o} بوقف التخصيب .",
]


@pytest.mark.parametrize(("text", "one", "other"), _cells(_REJECTED, _REJECTORS, _DEMANDERS))
def test_rejected_demands_not_the_rejectors(extractor: Extractor, text: str, one: str, other: str) -> None:
    """A noun of demands after a verb and its subject is the noun (the demands of its genitive),
    never the subject "demanding" the genitive."""
    acts = _acts(extractor, text)
    assert (one, "10", other) not in acts, acts
    assert (one, "12", other) in acts, acts


def test_circumstantial_demanding_stays(extractor: Extractor) -> None:
    acts = _acts(extractor, "وعاد الرئيس الفرنسي مطالبا إيران بوقف التخصيب .")
    assert ("FRA", "10", "IRN") in acts, acts
