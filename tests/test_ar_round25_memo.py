"""Round 25 review (Arabic throughput): the memo of the relation stages lives on the Sentence and
the document's ``DocWords`` (read with its entities), never in module state: documents read in
any order, or by two extractors in turn, read as each does alone; a Doc changed and read again
is read as it is now. And ``standing_from_titles``, which now reads an office by offsets before
it makes the name's span, still gives nothing where the span cannot be made (it raised)."""

from __future__ import annotations

from geokg.extract import memo_ar
from geokg.extract.clauses_ar import Entities
from geokg.extract.entities_ar import SPAN_INFO, _span_key
from geokg.extract.model import Entity
from geokg.extract.pipeline import Extractor
from geokg.extract.relations_ar import ArabicRelationExtractor, standing_from_titles
from geokg.extract.values_ar import Actor, Discourse
from helpers import readings
from test_ar_stages import clause, lex, linked  # noqa: F401 (lex: a fixture)

DATE = "2006-08-10"
_TEXTS = [
    "قال المتحدث إن وجود القوات الإثيوبية في الصومال يهدد المنطقة .",
    "وقعت مصر والأردن اتفاقية للتعاون الاقتصادي .",
    "استقبل الرئيس المصري وزير الخارجية الأردني في القاهرة أمس .",
]
_NAMES = ("subject", "root", "object", "polarity")


def _read(extractor: Extractor, text: str) -> set[tuple]:
    return readings(extractor, text, *_NAMES, date=DATE, lang="ar", coded_only=False)


def test_no_module_state():
    """No list, dict or set at module level: the memo is the Sentence's and the Doc's."""
    held = [n for n, v in vars(memo_ar).items() if isinstance(v, (list, dict, set)) and not n.startswith("__")]
    assert held == []


def test_two_extractors_in_turn_read_as_each_alone(extractor):
    alone = [_read(extractor, t) for t in _TEXTS]
    assert any(alone)
    other = Extractor()
    for _ in range(2):
        for k, text in enumerate(_TEXTS):
            assert _read(other if k % 2 else extractor, text) == alone[k]
        for k, text in reversed(list(enumerate(_TEXTS))):
            assert _read(extractor if k % 2 else other, text) == alone[k]


def test_a_doc_changed_is_read_as_it_is_now(nlp, lex):  # noqa: F811
    doc = linked(nlp, _TEXTS[1])
    sent = next(iter(doc.sents))
    before = Entities(doc).words
    assert any(before.named(i) for i in range(len(doc)))
    ArabicRelationExtractor(lex).sentence(doc, sent, Discourse())
    doc.ents = ()
    assert not any(Entities(doc).words.named(i) for i in range(len(doc)))
    assert ArabicRelationExtractor(lex).sentence(doc, sent, Discourse())[0] == []


def test_an_office_read_by_offsets_off_the_tokens_gives_no_fact(nlp, lex):  # noqa: F811
    """``standing_from_titles`` reads the office by the name's offsets: where they fall inside a
    token there is no span to name the title, and no fact (as when the span was read first)."""
    s, _, _ = clause(nlp, lex, "وقال وزير الخارجية الروسي سيرغي لافروف أمس .")
    person = Entity("Q1", "شخص", "Person", country="RUS")
    state = ("Q159", "روسيا", "Country", {}, "RUS", None)
    relation = next(iter(lex.relations))
    start, end = s.span.start_char + 1, s.span.start_char + 3  # (inside the first word)
    info = [None] * len(SPAN_INFO)
    info[SPAN_INFO.index("office_fact")] = (relation, state)
    s.doc._.geokg_span_info = {**(s.doc._.geokg_span_info or {}), _span_key(start, end): tuple(info)}
    actor = Actor(person, s.span.start, s.span.start + 1, "name", "قال", start, end)
    assert standing_from_titles(s, [actor], lex.relations) == []
