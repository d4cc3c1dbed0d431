"""Round 22 (Arabic): "السلطة" with a nationality after it is that state's government, as
"الحكومة" and "السلطات" are (gk:Government's labels in ontology/data/offices.ttl).

- Before, "السلطة الفلسطينية" was linked only through its bare nationality, and a bare nationality
  after a noun of its own is no party when it is the second of two: "مع إسرائيل والسلطة
  الفلسطينية", "بين إسرائيل والسلطة الفلسطينية" lost their second side.
- Must-not: "السلطة" without a nationality is power, not a party ("الاستيلاء على السلطة", "تسليم
  السلطة"), and a branch of power ("السلطة التنفيذية") names no state.
"""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import readings

DATE = "2024-09-10"

# (the adjective after السلطة, its state)
SIDES = [("الفلسطينية", "PSE"), ("العراقية", "IRQ"), ("الليبية", "LBY"), ("اللبنانية", "LBN")]
# (the first party, its state): a state, a leader, a minister with his title, an international body
FIRST = [("إسرائيل", "ISR"), ("الرئيس السوري", "SYR"), ("وزير الخارجية التركي", "TUR"), ("الأمم المتحدة", "IGO")]
# shapes naming the body second of two, with the actor of the act and its state
SHAPES = [
    ("وتوسطت مصر في محادثات بين {a} والسلطة {n} أمس.", "EGY"),
    ("واجتمع الرئيس المصري مع {a} والسلطة {n} في القاهرة.", "EGY"),
    ("وتستضيف قطر اليوم مفاوضات بين {a} والسلطة {n}.", "QAT"),
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _pairs(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    rows = readings(
        extractor, text, "subject", "root", "object", "polarity", date=DATE, lang="ar", coded_only=False, two_sided=True
    )
    return {(s, o) for s, root, o, pol in rows if root == "04" and pol == "affirmed"}


@pytest.mark.parametrize(("shape", "actor"), SHAPES)
@pytest.mark.parametrize(("first", "first_state"), FIRST)
@pytest.mark.parametrize(("adjective", "state"), SIDES)
def test_the_authority_is_a_side(
    extractor: Extractor, shape: str, actor: str, first: str, first_state: str, adjective: str, state: str
) -> None:
    pairs = _pairs(extractor, shape.format(a=first, n=adjective))
    assert (actor, state) in pairs or (state, actor) in pairs, pairs


MUST_NOT = [
    "واستولى الجيش على السلطة في البلاد بعد أن اجتمع قادته مع مصر.",
    "ودعت مصر إلى تسليم السلطة إلى المدنيين بعد لقاء مع الأردن.",
    "واجتمع الرئيس المصري مع ممثلي السلطة التنفيذية في القاهرة.",
    "واجتمع وزير الخارجية التركي مع السلطة في أنقرة.",
]


@pytest.mark.parametrize("text", MUST_NOT)
def test_power_is_no_party(extractor: Extractor, text: str) -> None:
    """ "السلطة" with no nationality is linked to no government, and no party meets it."""
    _, mentions = extractor.extract_text(text, doc_id="t", date=DATE, lang="ar")
    assert not any(m.text.startswith("السلطة") for m in mentions), [m.text for m in mentions]
