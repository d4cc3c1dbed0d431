"""Property tests (hypothesis): for arbitrary text, Arabic, Latin, mixed, with control characters
(lone surrogates removed: they cannot be written as UTF-8), reading and extraction never crash,
every evidence and mention offset slices the original text back exactly, and every graph
serialises to Turtle that rdflib parses back isomorphic.

Example counts are kept small so that the suite stays fast; the word pool steers the generator
towards text that does produce entities and assertions.
"""

from __future__ import annotations

import json
from functools import lru_cache

from geokg.extract.documents import InputProblem, decode_bytes, read_jsonl_lines, segment
from geokg.extract.model import Argument, Assertion, Entity, Evidence
from geokg.graph.rdf import build_dataset, escape_controls, to_graph
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.compare import isomorphic

# Words that make the extractor work: actors, triggers, cue words, furniture, and noise.
POOL = [
    "مصر",
    "والأردن",
    "وقعت",
    "اتفاقية",
    "للتعاون",
    "روسيا",
    "الصين",
    "أعربت",
    "عن",
    "قلقها",
    "من",
    "لم",
    "تفرض",
    "عقوبات",
    "على",
    "إيران",
    "شنت",
    "إسرائيل",
    "غارات",
    "سوريا",
    "اليوم",
    "أمس",
    "وزير",
    "الخارجية",
    "الفرنسي",
    "نظيره",
    "الهندي",
    "في",
    "باريس",
    "قال",
    "إن",
    "الرئيس",
    "بوتين",
    "France",
    "and",
    "Germany",
    "signed",
    "an",
    "agreement",
    "The",
    "United",
    "States",
    "said",
    ".",
    "،",
    "؟",
    "!",
    "\n",
    "\n\n",
    "المصدر:",
    "اقرأ أيضا:",
    "كلمات دلالية:",
    "•",
    "«",
    "»",
    "ـ",
    "\u064e",
    "\u0651",
    "\u200f",
    "\u200b",
    "\t",
    "\r\n",
    "\x00",
    "\x0b",
    "\x1f",
    "\u2028",
    "\ufeff",
]
# Whole sentences that do produce assertions, to be dressed with noise below.
SENTENCES = [
    "وقعت مصر والأردن اليوم اتفاقية للتعاون في مجال الطاقة.",
    "وأعربت الصين عن قلقها من تعزيز التعاون العسكري بين اليابان والفلبين.",
    "ولم تفرض البرازيل حتى الآن عقوبات اقتصادية على فنزويلا.",
    "شنت إسرائيل غارات جوية على مواقع في سوريا فجر اليوم.",
    "استقبل الرئيس الفرنسي في باريس أمس رئيس وزراء الهند.",
    "وقال المتحدث إن روسيا ستزود كوريا الشمالية بمعدات عسكرية.",
]
NOISE = st.sampled_from(
    ["\u064e", "\u0651", "ـ", "\u200f", "\u200b", "\x00", "\x0b", "\t", "  ", "\u2028", "\ufeff", "«", "»"]
)


@st.composite
def noisy_sentences(draw) -> str:
    """Relation sentences with noise (diacritics, tatweel, controls, invisible marks) inserted."""
    out = []
    for sentence in draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4)):
        chars = list(sentence)
        for _ in range(draw(st.integers(0, 4))):
            chars.insert(draw(st.integers(0, len(chars))), draw(NOISE))
        out.append("".join(chars))
    return draw(st.sampled_from([" ", "\n", "\n\n", "\r\n"])).join(out)


TEXT = st.one_of(
    noisy_sentences(),
    st.tuples(st.text(st.characters(exclude_categories=("Cs",)), max_size=40), noisy_sentences()).map("\n".join),
    st.lists(st.sampled_from(POOL), max_size=60).map(" ".join),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=200),
    st.tuples(
        st.lists(st.sampled_from(POOL), max_size=30).map(" ".join),
        st.text(st.characters(exclude_categories=("Cs",)), max_size=60),
        st.lists(st.sampled_from(POOL), max_size=30).map(" ".join),
    ).map("".join),
)
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@lru_cache(maxsize=1)
def _extractor():
    from geokg.extract.pipeline import Extractor

    return Extractor()


@FAST
@given(TEXT, st.sampled_from([None, "ar", "en"]), st.sampled_from([None, "2024-06-18", "not a date"]))
def test_extraction_never_crashes_and_offsets_slice_back(text, lang, date):
    documents = segment(text, "prop", date=date, lang=lang)
    for document in documents:
        for start, end in document.content_regions():
            assert 0 <= start <= end <= len(text)
    results = list(_extractor().extract(documents))
    assert len(results) == len(documents)
    for result in results:
        for a in result.assertions:
            assert text[a.evidence.start : a.evidence.end] == a.evidence.text
            assert a.subject.start is None or text[a.subject.start : a.subject.end] == a.subject.text
            json.dumps(a.to_json())
        for m in result.mentions:
            assert text[m.start : m.end] == m.text


@FAST
@given(TEXT)
def test_extracted_graph_round_trips_through_turtle(text):
    documents = segment(text, "rt", date="2024-06-18", lang="ar")
    assertions, mentions = [], []
    for result in _extractor().extract(documents):
        assertions += result.assertions
        mentions += result.mentions
    _check_round_trip(assertions, documents, mentions)


ENTITY_IDS = st.one_of(st.sampled_from(["Q79", "Q810", "Q159"]), st.text(min_size=1, max_size=20))


@st.composite
def hand_made_assertions(draw) -> Assertion:
    """Assertions whose every string field is arbitrary: ids, labels, evidence, source text."""
    free = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
    subject = Entity(draw(ENTITY_IDS), draw(free), draw(st.sampled_from(["Country", "Person", "Entity", "?"])))
    obj = Entity(draw(ENTITY_IDS), draw(free), "Country", labels={"ar": draw(free), "en": draw(free)})
    evidence = draw(free)
    return Assertion(
        doc=draw(st.text(min_size=1, max_size=20)),
        subject=Argument(subject, draw(free)),
        relation=draw(st.sampled_from(["signsAgreementWith", "expressesConcernAbout", "attacks"])),
        object=Argument(obj, draw(free)),
        evidence=Evidence(evidence, 0, len(evidence), draw(st.sampled_from(["ar", "en", ""]))),
        extractor=draw(st.text(max_size=10)),
        polarity=draw(st.sampled_from(["affirmed", "negated"])),
        modality=draw(st.sampled_from(["asserted", "reported", "alleged", "expected", "hypothetical"])),
        confidence=draw(st.floats(0, 1)),
    )


@FAST
@given(st.lists(hand_made_assertions(), max_size=4))
def test_any_assertions_round_trip_through_turtle(assertions):
    _check_round_trip(assertions, [], [])


def _check_round_trip(assertions, documents, mentions) -> None:
    graph = to_graph(build_dataset(assertions, documents, mentions))
    turtle = escape_controls(graph.serialize(format="turtle"))
    again = Graph().parse(data=turtle, format="turtle")
    assert isomorphic(graph, again)


# --------------------------------------------------------------------------------------------
# Reading arbitrary bytes


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_reading_arbitrary_bytes_never_crashes(data):
    decoded = decode_bytes(data, "x.txt")
    assert isinstance(decoded, str | InputProblem)
    for item in read_jsonl_lines(data.splitlines(keepends=True), "x.jsonl"):
        assert isinstance(item, InputProblem) or item.text
        if isinstance(item, InputProblem):
            assert "\n" not in str(item)


def test_offsets_slice_back_through_noise_with_assertions_found():
    # The property above on a fixed example that surely yields assertions: tatweel, diacritics,
    # a right-to-left mark, a vertical tab and a zero-width space inside and between sentences.
    text = "\ufeffوقعت مصـر والأردن\u200f اليوم اتفاقيةً للتعاون في مجال الطاقة.\x0b\nشنت إسرائيل\u200b غارات جوية على مواقع في سوريا."
    (document,) = segment(text, "noise", date="2024-06-18", lang="ar")
    (result,) = _extractor().extract([document])
    assert {a.relation for a in result.assertions} >= {"signsAgreementWith"}
    for a in result.assertions:
        assert text[a.evidence.start : a.evidence.end] == a.evidence.text
    for m in result.mentions:
        assert text[m.start : m.end] == m.text
