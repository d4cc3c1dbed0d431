"""Round 20 (Arabic): relations inside frames of reporting, condition and negation, in our own sentences.

- "بحسب X، VERB Y Z" / "حسب X": the source after the attribution word is no subject of the verb
  after the comma; the act is Y's, reported, attributed to X (should), never X's (must-not).
- "..., حسبما قال X" / "على حد قول X": a source after the content reports it (should); "على حد
  تعبيره خلال مقابلة مع صحيفة X": the source is the pronoun; a name behind a preposition is none (must-not).
- "وإن VERB Y Z فإن ..." (إن written with its hamza below, an apodosis after it): a condition,
  hypothetical, never told as done (must-not); "قال X إن Y VERB Z" stays a report (must-not).
- "أفادت مصادر بأن ..." / "قالت مصادر إن ...": an unnamed source's words are reported with no
  source named, not the document's last speaker's (should).
- "اتهمت كندا في بيان أصدرته أمس البرازيل بـ": a time word closes the adverbial of a speech, so the
  bare name after it is the verb's object (should); right after the speech noun it is the owner (must-not).
- "نقلت وكالة X عن Y قوله إن": Y, the one quoted behind عن, is the source, not the medium (should).
- "لا ينوي حلف شمال الأطلسي مهاجمة Y": a negator reaches the act past a subject of several words
  (must-not: a denied act is never asserted); a negation stays in its clause (must-not).
"""

from __future__ import annotations

import pytest
from geokg.extract.model import Argument, Assertion
from geokg.extract.pipeline import Extractor

DATE = "2024-09-10"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _key(entity) -> str | None:
    return entity.country or entity.label


def _relations(extractor: Extractor, text: str) -> list[tuple[str | None, str, str | None, str, str, str | None]]:
    """(subject, CAMEO root, object, polarity, modality, source) of every two-sided assertion."""
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    return [_row(a) for a in assertions if isinstance(a.subject, Argument) and isinstance(a.object, Argument)]


def _row(a: Assertion) -> tuple[str | None, str, str | None, str, str, str | None]:
    source = _key(a.attributed_to) if a.attributed_to is not None else None
    return (_key(a.subject.entity), (a.cameo or "")[:2], _key(a.object.entity), a.polarity, a.modality, source)


_SOURCE_FIRST = [
    ("وبحسب وزير الخارجية النمساوي، قصفت أذربيجان مواقع في أرمينيا.", ("AZE", "19", "ARM"), "AUT"),
    ("وحسب الرئيس الغاني، انتقدت السنغال غامبيا بشدة.", ("SEN", "11", "GMB"), "GHA"),
    ("وبحسب رئيس الوزراء الأسترالي، هددت الصين الفلبين بفرض عقوبات.", ("CHN", "13", "PHL"), "AUS"),
    ("وبحسب المتحدث باسم الحكومة التشيكية، اجتمعت بولندا مع أوكرانيا.", ("POL", "04", "UKR"), "CZE"),
]


@pytest.mark.parametrize(("text", "act", "source"), _SOURCE_FIRST)
def test_a_source_after_according_to_is_not_the_actor(extractor, text, act, source):
    rows = _relations(extractor, text)
    assert (*act, "affirmed", "reported", source) in rows
    assert not any(r[0] == source for r in rows)


_SOURCE_AFTER = [
    ("قصفت أذربيجان مواقع في أرمينيا، حسبما قال وزير الخارجية النمساوي.", ("AZE", "19", "ARM"), "AUT"),
    ("انتقدت السنغال غامبيا بشدة، على حد قول الرئيس الغاني.", ("SEN", "11", "GMB"), "GHA"),
]


@pytest.mark.parametrize(("text", "act", "source"), _SOURCE_AFTER)
def test_a_source_after_the_content_reports_it(extractor, text, act, source):
    assert (*act, "affirmed", "reported", source) in _relations(extractor, text)


def test_a_name_behind_a_preposition_after_as_he_put_it_is_no_source(extractor):
    text = "وزار رئيس الوزراء الهندي اليابان، على حد تعبيره خلال مقابلة مع صحيفة فرنسية."
    assert not any(r[5] == "FRA" for r in _relations(extractor, text))


_CONDITIONS = [
    ("وإن هاجمت أرمينيا أذربيجان فإن الحرب ستعود إلى القوقاز.", ("ARM", "19", "AZE")),
    ("وإن قصفت الهند باكستان فسترد إسلام آباد بقوة.", ("IND", "19", "PAK")),
    ("إن انتقدت كندا المكسيك فلن تصمت الحكومة المكسيكية.", ("CAN", "11", "MEX")),
]


@pytest.mark.parametrize(("text", "act"), _CONDITIONS)
def test_a_verb_after_conditional_inna_with_an_apodosis_is_hypothetical(extractor, text, act):
    rows = _relations(extractor, text)
    assert any(r[:3] == act and r[4] == "hypothetical" for r in rows)
    assert not any(r[:3] == act and r[4] == "asserted" for r in rows)


def test_a_report_after_inna_stays_a_report(extractor):
    text = "وقال وزير الخارجية الكيني إن أوغندا هاجمت جنوب السودان، فإن ذلك خطير."
    rows = _relations(extractor, text)
    assert any(r[0] == "UGA" and r[1] == "19" and r[4] == "reported" for r in rows)
    assert not any(r[4] == "hypothetical" for r in rows)


_UNNAMED = [
    "وأفادت مصادر دبلوماسية بأن المغرب انتقد الجزائر بشدة أمس.",
    "وقالت مصادر أمنية إن المغرب انتقد الجزائر بشدة أمس.",
]


@pytest.mark.parametrize("text", _UNNAMED)
def test_an_unnamed_source_reports_with_no_source_named(extractor, text):
    earlier = "وقال وزير الخارجية التونسي إن الوضع في المنطقة صعب. "
    rows = _relations(extractor, earlier + text)
    assert ("MAR", "11", "DZA", "affirmed", "reported", None) in rows


_NOT_INTENDED = [
    ("لا ينوي حلف شمال الأطلسي مهاجمة صربيا.", ("NATO", "19", "SRB")),
    ("لا ينوي حلف شمال الأطلسي تقديم مساعدات عسكرية إلى جورجيا.", ("NATO", "07", "GEO")),
    ("لا ينوي رئيس الوزراء البريطاني الاجتماع مع الرئيس الإيراني.", ("GBR", "04", "IRN")),
]


@pytest.mark.parametrize(("text", "act"), _NOT_INTENDED)
def test_a_negator_reaches_the_act_past_a_long_subject(extractor, text, act):
    rows = [r for r in _relations(extractor, text) if r[:3] == act]
    assert rows
    assert all(r[3] == "negated" for r in rows)


def test_negation_stays_in_its_clause(extractor):
    text = "لم تنتقد كينيا الصومال، لكن حلف شمال الأطلسي هاجم صربيا."
    rows = _relations(extractor, text)
    assert ("NATO", "19", "SRB", "affirmed", "asserted", None) in rows


_AFTER_VENUE = [
    ("واتهمت كندا في بيان أصدرته أمس البرازيل بمهاجمة الأرجنتين.", ("CAN", "11", "BRA")),
    ("وانتقد وزير الخارجية السويدي في بيان أصدره اليوم الحكومة الروسية.", ("SWE", "11", "RUS")),
    ("وهدد رئيس الوزراء اليوناني في تصريحات أدلى بها الثلاثاء تركيا بفرض عقوبات.", ("GRC", "13", "TUR")),
]


@pytest.mark.parametrize(("text", "act"), _AFTER_VENUE)
def test_the_object_after_a_speech_adverbial_closed_by_a_time_word(extractor, text, act):
    assert any(r[:3] == act for r in _relations(extractor, text))


def test_an_accusation_after_a_speech_adverbial_alleges_the_act(extractor):
    rows = _relations(extractor, "واتهمت كندا في بيان أصدرته أمس البرازيل بمهاجمة الأرجنتين.")
    assert any(r[0] == "BRA" and r[2] == "ARG" and r[4] == "alleged" and r[5] == "CAN" for r in rows)


def test_a_name_right_after_the_speech_noun_is_its_owner_not_the_object(extractor):
    # "في بيان الحكومة التركية": whose statement, not whom the criticism is of
    rows = _relations(extractor, "وانتقد رئيس الوزراء اليوناني في بيان الحكومة التركية.")
    assert not any(r[:3] == ("GRC", "11", "TUR") for r in rows)


_QUOTED = [
    ("ونقلت إذاعة كندية عن وزير الدفاع الهولندي قوله إن روسيا هاجمت أوكرانيا.", ("RUS", "19", "UKR"), "NLD"),
    ("ونقلت صحيفة يابانية عن الرئيس الفنلندي قوله إن روسيا هددت إستونيا.", ("RUS", "13", "EST"), "FIN"),
]


@pytest.mark.parametrize(("text", "act", "source"), _QUOTED)
def test_the_one_a_medium_quotes_is_the_source(extractor, text, act, source):
    assert (*act, "affirmed", "reported", source) in _relations(extractor, text)


def test_a_medium_that_quotes_no_one_named_stays_the_source(extractor):
    rows = _relations(extractor, "ونقلت إذاعة كندية أن روسيا هاجمت أوكرانيا.")
    assert any(r[:3] == ("RUS", "19", "UKR") and r[4] == "reported" for r in rows)
