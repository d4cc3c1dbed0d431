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


# --- the parse read as arrays (``parse_en``) ---------------------------------------------------

_OWN = [
    "Portuguese marines shelled two fishing villages near Tarsh and its harbour on Friday.",
    "The envoy of Chile, who had met foreign aid workers, was not expelled by Peru's junta.",
    "Ministers said Ecuador and Bolivia signed the water treaty after talks mediated by Norway.",
    "",
]


def test_the_parse_arrays_read_what_the_tokens_say(extractor):
    from geokg.extract.parse_en import parse_of

    nlp = extractor.nlp_en
    for doc in nlp.pipe(_OWN):
        p = parse_of(doc)
        assert parse_of(doc) is p  # (read once per Doc)
        assert p.heads == [t.head.i for t in doc]
        assert p.deps == [t.dep_ for t in doc]
        assert p.pos == [t.pos_ for t in doc]
        assert p.tags == [t.tag for t in doc]
        assert p.lemmas == [t.lemma_.lower() for t in doc]
        assert p.lower == [t.lower_ for t in doc]
        assert p.orths == [t.orth for t in doc]
        assert p.idx == [t.idx for t in doc]
        assert p.end_char == [t.idx + len(t) for t in doc]
        assert p.kids == [[c.i for c in t.children] for t in doc]


def test_the_array_walks_give_what_the_token_walks_gave(extractor):
    from geokg.extract.clauses_en import governor
    from geokg.extract.entities_en import from_abroad, owned_by_pronoun

    doc = extractor.nlp_en("Its foreign workers left after Chile's army attacked the port and Peru protested.")
    by_word = {t.text: t for t in doc}
    assert owned_by_pronoun(by_word["workers"]) and not owned_by_pronoun(by_word["army"])
    assert from_abroad(by_word["workers"]) and not from_abroad(by_word["army"])
    assert not from_abroad(by_word["workers"], own=range(by_word["foreign"].i, by_word["foreign"].i + 1))
    # an infinitive under its verb is governed by it; a clause with its own subject is not
    threat = extractor.nlp_en("Chile threatened to attack the port.")
    assert governor(threat[3], {1, 3}) == 1
    protest = extractor.nlp_en("Peru protested after Chile attacked the port.")
    assert governor(protest[4], {1, 4}) is None


def test_dependents_are_the_children_that_match(extractor):
    from geokg.extract.parse_en import dependents

    doc = extractor.nlp_en("Rebels in the hills of Aceh and across Timor fired on a patrol near Dili.")
    for tok in doc:
        assert dependents(tok, ("prep",)) == [c for c in tok.children if c.dep_ == "prep"]
        words = ("in", "across")
        assert dependents(tok, ("prep",), words) == [c for c in tok.children if c.dep_ == "prep" and c.lower_ in words]
        assert dependents(tok, ("prep",), ()) == []
