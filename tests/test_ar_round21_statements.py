"""Round 21 (Arabic): a verb in the relative clause of a statement noun speaks for the issuer.

"وأصدرت وزارة الخارجية الروسية بيانا انتقدت فيه موقف بريطانيا": the name after the verb of the
noun's relative clause (انتقدت فيه، دعت فيها) is what the statement says of; the issuer, the
subject before the noun, criticises, calls on, accuses or welcomes. Grid: 3 statement nouns with
their issuing verbs x 4 verbs x 3 kinds of issuer (a state, a ministry, a head of state).
Must-nots: the object is never the source of the act, nor the one its words are attributed to.
"""

from __future__ import annotations

import pytest
from geokg.extract.model import Argument
from geokg.extract.pipeline import Extractor

DATE = "2024-09-10"

# (issuer, its state, feminine); the object is always Britain
ISSUERS = [
    ("مصر", "EGY", True),
    ("وزارة الخارجية التركية", "TUR", True),
    ("الرئيس الروسي", "RUS", False),
]
# (issuing verb, masculine / feminine, the noun, its resumptive pronoun)
NOUNS = [
    (("وأصدر", "وأصدرت"), "بيانا", "فيه"),
    (("وأدلى", "وأدلت"), "بتصريح", "فيه"),
    (("ووجه", "ووجهت"), "رسالة", "فيها"),
]
# (masculine / feminine verb, the words after the object, CAMEO root)
VERBS = [
    (("انتقد", "انتقدت"), "موقف بريطانيا من الأزمة", "11"),
    (("دعا", "دعت"), "بريطانيا إلى الحوار", "02"),
    (("اتهم", "اتهمت"), "بريطانيا بالتصعيد", "11"),
    (("رحب", "رحبت"), "بقرار بريطانيا", "05"),
]
CELLS = [(i, n, v) for i in ISSUERS for n in NOUNS for v in VERBS]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _text(issuer: tuple, noun: tuple, verb: tuple) -> str:
    name, _, feminine = issuer
    return f"{noun[0][feminine]} {name} {noun[1]} {verb[0][feminine]} {noun[2]} {verb[1]}."


def _two_sided(extractor: Extractor, text: str) -> list:
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    return [a for a in assertions if isinstance(a.subject, Argument) and isinstance(a.object, Argument)]


@pytest.mark.parametrize(("issuer", "noun", "verb"), CELLS)
def test_issuer_acts_on_the_named_object(extractor: Extractor, issuer: tuple, noun: tuple, verb: tuple) -> None:
    rows = [
        (a.subject.entity.country, (a.cameo or "")[:2], a.object.entity.country)
        for a in _two_sided(extractor, _text(issuer, noun, verb))
    ]
    assert (issuer[1], verb[2], "GBR") in rows


@pytest.mark.parametrize(("issuer", "noun", "verb"), CELLS)
def test_object_is_never_the_source(extractor: Extractor, issuer: tuple, noun: tuple, verb: tuple) -> None:
    for a in _two_sided(extractor, _text(issuer, noun, verb)):
        assert a.subject.entity.country != "GBR"
        assert a.attributed_to is None or a.attributed_to.country != "GBR"
