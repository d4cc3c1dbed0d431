"""Round 23 (Arabic): a verb after أن whose subject Arabic leaves out, in our own sentences.

- "أعرب X عن أمله في أن يزور Y", "قال X إنه يسعى إلى أن يلتقي Y", "أعلن X أنه قرر أن يدعم Y",
  "أكد X رغبته في أن يقدم مساعدات إلى Y": the subjunctive after أن has no subject of its own;
  the governing clause's party that agrees with the verb is its subject, and the one name after
  the verb (read as a VSO subject before) is its object (``meetings_ar.governed_subject``).
- Must-not: a call, a denial, a refusal or a condemnation governing the verb, a negated
  governing verb, and another's explicit subject before the verb ("قال X إن Y يريد أن ...") give
  the governing party no affirmed act; an accusation keeps its accused as the doer; a name after
  the verb with the act's own complement behind the relation's preposition ("بعد أن هددت Y بفرض
  عقوبات") is the verb's subject, not the governing party's object.
"""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import acts_ar

DATE = "2024-09-10"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _acts(extractor: Extractor, text: str) -> set[tuple[str | None, str, str | None]]:
    return acts_ar(extractor, text, DATE)


# (party, its state, the past verb's feminine ending, the pronoun, the imperfect's prefix)
_PARTIES = [
    ("الرئيس المصري", "EGY", "", "ه", "ي"),
    ("وزير الخارجية الروسي", "RUS", "", "ه", "ي"),
    ("الحكومة الهندية", "IND", "ت", "ها", "ت"),
    ("المستشارة الألمانية أنجيلا ميركل", "DEU", "ت", "ها", "ت"),
]
_OTHERS = [("فرنسا", "FRA"), ("رئيس الوزراء الياباني", "JPN"), ("الحكومة الإيطالية", "ITA")]
# (the verb and its object, the CAMEO root): a visit, a meeting, support, aid
_VERBS = [("{i}زور {o}", "04"), ("{i}لتقي {o}", "04"), ("{i}دعم {o}", "05"), ("{i}قدم مساعدات إلى {o}", "07")]
_GOVERNING = [
    "وأعرب{f} {x} عن أمل{p} في أن {v} قريبا .",
    "وقال{f} {x} إن{p} {i}سعى إلى أن {v} .",
    "وأعلن{f} {x} أن{p} قرر{f} أن {v} .",
    "وأكد{f} {x} رغبت{p} في أن {v} .",
]


def _grid(shapes: list[str]) -> list[tuple[str, str, str, str]]:
    return [
        (shape.format(f=f, x=x, p=p, i=i, v=verb.format(i=i, o=o)), state, root, other)
        for shape in shapes
        for x, state, f, p, i in _PARTIES
        for verb, root in _VERBS
        for o, other in _OTHERS
    ]


@pytest.mark.parametrize(("text", "subject", "root", "other"), _grid(_GOVERNING))
def test_the_governing_party_does_the_act_after_that(extractor, text, subject, root, other):
    assert (subject, root, other) in _acts(extractor, text)


_NOT_ITS_ACT = [
    "ودعا{f} {x} إلى أن {v} .",  # a call: the addressee's act
    "ونفى{f} {x} أن {v} .",  # a denial
    "ورفض{f} {x} أن {v} .",  # a refusal
    "وأدان{f} {x} أن {v} .",  # a condemnation
    "وقال{f} {x} إن{p} لا {i}ريد أن {v} .",  # a negated wish
    "وقال{f} {x} إن رئيس الوزراء البريطاني يريد أن {v} .",  # another's act, reported
]


@pytest.mark.parametrize(("text", "subject", "root", "other"), _grid(_NOT_ITS_ACT))
def test_no_act_of_the_governing_party_under_a_call_denial_negation_or_another_subject(
    extractor, text, subject, root, other
):
    assert (subject, root, other) not in _acts(extractor, text)


_ACCUSED = [
    (f"واتهم{f} {x} إيران بأنها تريد أن تدعم {o} .", state, other)
    for x, state, f, _, _ in _PARTIES
    for o, other in _OTHERS
]


@pytest.mark.parametrize(("text", "accuser", "other"), _ACCUSED)
def test_an_accusation_keeps_the_accused_as_the_doer(extractor, text, accuser, other):
    assert (accuser, "05", other) not in _acts(extractor, text)


# (the name after the verb, its state, the verb's feminine ending): a state, a government, a man
_DOERS = [("اليابان", "JPN", "ت"), ("الحكومة الإيطالية", "ITA", "ت"), ("رئيس الوزراء البريطاني", "GBR", "")]
_OWN_COMPLEMENT = [
    ("هدد{g} {o} بفرض عقوبات", "13"),
    ("طالب{g} {o} بوقف الهجمات", "10"),
    ("وعد{g} {o} بتقديم مساعدات", "03"),
]
_VSO = [
    (shape.format(f=f, x=x, v=verb.format(g=g, o=o)), state, root, other)
    for shape in ("وقال{f} {x} ، بعد أن {v} ، إن الحوار ممكن .", "وانسحب{f} {x} من المفاوضات بعد أن {v} .")
    for x, state, f, _, _ in _PARTIES
    for verb, root in _OWN_COMPLEMENT
    for o, other, g in _DOERS
]


@pytest.mark.parametrize(("text", "party", "root", "doer"), _VSO)
def test_a_name_with_its_own_complement_after_the_verb_is_its_subject(extractor, text, party, root, doer):
    assert (party, root, doer) not in _acts(extractor, text)


# An aside between commas after a fronted subject (SVO): "X ، في بيان له ، انتقد Y", "دعا Y إلى"
_ASIDES = ["في بيان ل{p}", "خلال مؤتمر صحفي في القاهرة", "في تصريحات للصحفيين", "أمس الأحد"]
_FRONTED_VERBS = [
    ("انتقد{f} {o}", "11"),
    ("زار{f} {o}", "04"),
    ("استقبل{f} {o}", "04"),
    ("أدان{f} {o}", "11"),
    # the name after the verb with the act's complement behind it is still the object: the
    # subject stands fronted
    ("دع{w} {o} إلى الحوار", "02"),
    ("طالب{f} {o} بوقف الهجمات", "10"),
    ("هدد{f} {o} بفرض عقوبات", "13"),
]


def _fronted(shapes: list[str]) -> list[tuple[str, str, str, str]]:
    return [
        (
            shape.format(x=x, a=aside.format(p=p), v=verb.format(f=f, o=o, w="ت" if f else "ا"), i=i, p=p, f=f, o=o),
            state,
            root,
            other,
        )
        for shape in shapes
        for x, state, f, p, i in _PARTIES
        for aside in _ASIDES
        for verb, root in _FRONTED_VERBS
        for o, other in _OTHERS
    ]


@pytest.mark.parametrize(("text", "subject", "root", "other"), _fronted(["{x} ، {a} ، {v} ."]))
def test_a_fronted_subject_reaches_its_verb_across_an_aside(extractor, text, subject, root, other):
    assert (subject, root, other) in _acts(extractor, text)


_NOT_FRONTED = [
    "{x} ، {a} ، لم {v} .",  # a negated verb  (the past after لم is read as the act denied)
    "قال المتحدث إن رئيس الوزراء البريطاني ، {a} ، {v} .",  # another's subject after the complement
    "{x} ، {a} ، نفى{f} أن {i}زور {o} .",  # a denial
]


@pytest.mark.parametrize(("text", "subject", "root", "other"), _fronted(_NOT_FRONTED))
def test_no_affirmed_act_of_a_fronted_party_that_is_negated_denied_or_not_the_subject(
    extractor, text, subject, root, other
):
    assert (subject, root, other) not in _acts(extractor, text)


# A place after the verb is an object no gender test applies to (``agrees_as_dropped`` read the
# first party of a group of places only, and the IndexError lost the whole document).
_PLACE_OBJECT = [
    ("وتريد مصر أن تهاجم غزة .", "EGY"),
    ("وقال الرئيس المصري إن إسرائيل تريد أن تهاجم غزة .", "ISR"),
    ("وأعلنت تركيا أنها تنوي أن تقصف شمال العراق .", "TUR"),
]


@pytest.mark.parametrize(("text", "subject"), _PLACE_OBJECT)
def test_a_place_after_the_governed_verb_is_its_object(extractor, text, subject):
    assert {s for s, root, _ in _acts(extractor, text) if root == "19"} == {subject}
