"""Speed-ups of the English run that must not change what it finds (issue 13's throughput
rounds): each shortcut gives what the long way gives, on our own sentences."""

from __future__ import annotations

from geokg.extract.timex import TimeGrammar, find_times
from geokg.ontology import load_ontology

ONTOLOGY = load_ontology()


def test_time_words_are_found_with_and_without_the_substring_tests():
    en = TimeGrammar.build(ONTOLOGY, "en")
    ar = TimeGrammar.build(ONTOLOGY, "ar")
    kinds = [t.kind for t in find_times("the envoy arrived on monday and left on 4 may 2010", en)]
    assert kinds == ["weekday", "month"]
    assert find_times("the envoy arrived and left again", en) == []
    # (Arabic text as the relation component normalises it: its days of this month and weekdays)
    found = find_times("وصل الوفد في 5 من الشهر الجاري وغادر يوم الخميس", ar)
    assert [t.kind for t in found] == ["days_this_month", "weekday"]
