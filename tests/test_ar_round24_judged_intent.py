"""Round 24 (Arabic): an act a judged intent or attempt governs ("أدانت مصر محاولة إسرائيل
مهاجمة لبنان") is the intent owner's, and only intended: hypothetical, never the judge's act and
never asserted (``modality_ar._owned_intent``, ``_intent_judged``). Our own sentences: each shape
of the intent noun and its act × judging verbs × judges × owners and targets."""

import pytest
from helpers import root_rows_ar

DATE = "2024-09-02"

# (feminine verb, masculine verb) of judging, rejecting or denial; a leading ب is the
# preposition the verb takes ("ندد ب")
VERBS = [("أدانت", "أدان"), ("انتقدت", "انتقد"), ("رفضت", "رفض"), ("نددت ب", "ندد ب")]
# judge: (words, state, feminine)
JUDGES = [("مصر", "EGY", True), ("روسيا", "RUS", True), ("الرئيس الفرنسي", "FRA", False)]
# intent owner and target: (words, state)
SIDES = [
    (("إسرائيل", "ISR"), ("لبنان", "LBN")),
    (("الولايات المتحدة", "USA"), ("إيران", "IRN")),
    (("الجيش السوري", "SYR"), ("تركيا", "TUR")),
]
# the noun of intent or attempt, its owner and the act: the act at once, behind في or إلى, behind ل
SHAPES = [
    "محاولة {owner} مهاجمة {target}",
    "نية {owner} مهاجمة {target}",
    "رغبة {owner} في مهاجمة {target}",
    "سعي {owner} إلى مهاجمة {target}",
    "خطة {owner} لمهاجمة {target}",
]


def _cells():
    for verbs in VERBS:
        for judge, judge_state, feminine in JUDGES:
            for (owner, owner_state), (target, target_state) in SIDES:
                for shape in SHAPES:
                    verb = verbs[0] if feminine else verbs[1]
                    text = _sentence(verb, judge, shape.format(owner=owner, target=target))
                    yield pytest.param(text, judge_state, owner_state, target_state, id=text)


def _sentence(verb: str, judge: str, phrase: str) -> str:
    """ "نددت مصر بمحاولة ...": the verb's preposition joins the intent noun, after the judge."""
    if verb.endswith(" ب"):
        return f"{verb[:-2]} {judge} ب{phrase}"
    return f"{verb} {judge} {phrase}"


@pytest.mark.parametrize(("text", "judge", "owner", "target"), list(_cells()))
def test_judged_intent_is_the_owners_and_hypothetical(extractor, text, judge, owner, target):
    rows = root_rows_ar(extractor, text, DATE)
    attacks = {(s, o, polarity, modality) for s, root, o, polarity, modality in rows if root == "19"}
    assert (owner, target, "affirmed", "hypothetical") in attacks, rows
    # must not: the judge's act (a condemnation read as the act), or the act told as done or due
    assert not any(s == judge for s, _, _, _ in attacks), rows
    assert not any(m in ("asserted", "reported", "expected") for _, _, _, m in attacks), rows


# Must-not cells beside the grid: an intent nobody judges stays expected (round 23), and an act
# judged outright (no intent between) stays the judged party's and asserted.
@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("قال الوزير إن محاولة إسرائيل مهاجمة لبنان مستمرة", ("ISR", "19", "LBN", "affirmed", "expected")),
        ("قال الوزير إن رغبة فرنسا في لقاء سوريا كبيرة", ("FRA", "04", "SYR", "affirmed", "expected")),
        ("أدانت مصر الهجوم الإسرائيلي على لبنان", ("ISR", "19", "LBN", "affirmed", "asserted")),
    ],
)
def test_unjudged_intent_and_judged_act(extractor, text, row):
    rows = root_rows_ar(extractor, text, DATE)
    assert row in rows, rows
    assert not any(s == "EGY" and root == "19" for s, root, *_ in rows), rows
