"""Speed-ups of the English run that must not change what it finds (issue 13's throughput
rounds): each shortcut gives what the long way gives, on our own sentences."""

from __future__ import annotations

from geokg.extract.entities_en import COMPONENT_NAME as LINKER
from geokg.extract.timex import TimeGrammar, find_times
from geokg.ontology import load_ontology
from helpers import load_english_model

NLP = load_english_model()
NLP.add_pipe(LINKER).initialize(lambda: [], nlp=NLP)
ONTOLOGY = load_ontology()


def _linked(text: str):
    doc = NLP.make_doc(text)
    doc._.geokg_date = "2011-03-02"
    for _, proc in NLP.pipeline:
        doc = proc(doc)
    return doc, doc._.geokg_links


def test_the_naming_tokens_are_those_may_name_accepts():
    for text in (
        "CAIRO (Reuters) - Egyptian officials met Sudanese traders and two Americans on Tuesday.",
        "Hungarian and Romanian diplomats praised the deal, while Kenyan farmers and their cattle waited.",
        "The talks ended without any agreement.",
    ):
        doc, linker = _linked(text)
        assert linker.naming() == {t.i for t in doc if linker.may_name(t)}, text
    doc, linker = _linked("CAIRO (Reuters) - Egyptian officials met Sudanese traders.")
    assert not linker.naming() & linker.furniture  # a dateline names no actor
    assert linker.naming()  # ... the officials and traders do


def test_time_words_are_found_with_and_without_the_substring_tests():
    en = TimeGrammar.build(ONTOLOGY, "en")
    ar = TimeGrammar.build(ONTOLOGY, "ar")
    kinds = [t.kind for t in find_times("the envoy arrived on monday and left on 4 may 2010", en)]
    assert kinds == ["weekday", "month"]
    assert find_times("the envoy arrived and left again", en) == []
    # (Arabic text as the relation component normalises it: its days of this month and weekdays)
    found = find_times("وصل الوفد في 5 من الشهر الجاري وغادر يوم الخميس", ar)
    assert [t.kind for t in found] == ["days_this_month", "weekday"]
