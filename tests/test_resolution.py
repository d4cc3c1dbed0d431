"""Entity resolution that needs more than a label: the document's context, typos, surnames,
titles by date in any language, cities as places of a state, and the data's soundness check.

All sentences here are written for these tests.
"""

from __future__ import annotations

import geokg.extract.entities_ar  # noqa: F401  (registers the factory)
import pytest
from geokg.extract.gazetteer import build_typo_index, load_gazetteer, within_one_edit
from helpers import run_linker
from spacy.tokens import Doc


def run(nlp, text: str, date: str | None = "2024-05-01") -> Doc:
    return run_linker(nlp, text, date)


def linked(nlp, text: str, date: str | None = "2024-05-01") -> list[tuple[str, str]]:
    return [(e.text, e.kb_id_) for e in run(nlp, text, date).ents]


# --- ambiguity resolved by the document's countries, never by first match -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # عمان: Oman (a state) unless the text is about Jordan, whose capital is Amman.
        ("وصل وزير الخارجية إلى عمان في زيارة رسمية", "Q842"),
        ("وصل الوفد إلى عمان حيث استقبله رئيس وزراء الأردن", "Q810"),
        ("قال العاهل الأردني في مؤتمر صحفي عقده في عمان إن المفاوضات مستمرة", "Q810"),
        # طرابلس: Libya's capital unless the text is about Lebanon.
        ("اشتباكات مسلحة في طرابلس بين فصيلين ليبيين", "Q1016"),
        ("اشتباكات في طرابلس شمال لبنان أوقعت جرحى", "tripoli-lebanon"),
        # الكونغو: the Democratic Republic unless the text names Brazzaville or the Republic.
        ("الأمم المتحدة تحذر من تدهور الوضع في الكونغو", "Q974"),
        ("وصل الرئيس إلى برازافيل عاصمة الكونغو أمس", "Q971"),
    ],
)
def test_ambiguous_labels_follow_the_documents_countries(nlp, text, expected):
    word = {"Q842": "عمان", "Q810": "عمان", "Q1016": "طرابلس", "tripoli-lebanon": "طرابلس"}.get(expected, "الكونغو")
    found = dict(linked(nlp, text))
    assert found.get(word) == expected, found


# --- common words that are also names -----------------------------------------------------------


def test_a_weak_label_counts_after_a_cue_or_with_its_country_in_the_document(nlp):
    assert ("مشهد", "mashhad") in linked(nlp, "وصل الزوار إلى مشهد أمس")
    assert linked(nlp, "مشهد مؤثر في نهاية الفيلم") == []
    # No cue word, but the text is about Iran: the city.
    assert ("مشهد", "mashhad") in linked(nlp, "افتتحت إيران معرضا للكتاب ومشهد تستضيف الدورة المقبلة")
    assert linked(nlp, "صور الأقمار الصناعية تظهر الدمار") == []
    assert ("صور", "tyre") in linked(nlp, "قصف استهدف أطراف صور في جنوب لبنان")


def test_capital_spelt_like_a_common_word_needs_context(nlp):
    assert linked(nlp, "لا أعرف كيف حدث ذلك") == []
    assert ("كيف", "Q212") in linked(nlp, "وصل الوفد إلى كيف للقاء المسؤولين")


def test_a_name_that_is_also_a_direction_is_not_taken_as_the_direction(nlp):
    assert ("الغرب", "west") in linked(nlp, "انتقد الرئيس الغرب بسبب العقوبات")
    assert "west" not in dict(linked(nlp, "تحركت القافلة باتجاه الغرب عبر الصحراء")).values()
    assert "west" not in dict(linked(nlp, "طريق تجاري يربط الشرق والغرب منذ قرون")).values()


def test_arabic_words_get_no_foreign_letter_classes(nlp):
    # الغرب ~ القرب and المجر ~ المقر only differ in ق/غ/ج: Arabic words, not transliterations.
    assert linked(nlp, "جلس بالقرب من المقر الرئيسي للشركة") == []
    # A transliterated name still matches across the letter classes.
    assert ("بيونج يانج", "Q423") in linked(nlp, "وصل الوفد إلى بيونج يانج")


def test_skeletons_apply_to_transliterated_names_only(nlp):
    # "نصر الله" and "أنصار الله" share a consonant skeleton; the group's Arabic name must not
    # swallow a person's name.
    assert "houthis" not in dict(linked(nlp, "ألقى نصر الله خطابا مساء أمس")).values()
    assert ("أنصار الله", "houthis") in linked(nlp, "أعلن أنصار الله مسؤوليتهم")


# --- typos --------------------------------------------------------------------------------------


def test_edit_distance_helpers():
    assert within_one_edit("كاتماندو", "كاتمندو")  # deletion
    assert within_one_edit("مانشستر", "مانشيستر")  # insertion
    assert within_one_edit("ستوكهولم", "ستوكهولن")  # substitution
    assert within_one_edit("بطرسبورغ", "بطرسبروغ")  # transposition
    assert not within_one_edit("ستوكهولم", "ستكهولن")
    index = build_typo_index(["كاتماندو", "ستوكهولم"])
    assert "كاتماندو" in index["كاتمندو"]


@pytest.mark.parametrize(
    ("text", "mention", "entity"),
    [
        ("وصل الوفد إلى ستكهولم صباح اليوم", "ستكهولم", "Q34"),  # a letter left out
        ("عاد الوزير من كاتمندو أمس", "كاتمندو", "Q837"),
        ("التقى الوزير بنظيره في بوادبست", "بوادبست", "Q28"),  # two letters swapped
        ("وصل إلى بوداببست", "بوداببست", "Q28"),  # one letter too many
    ],
)
def test_typos_within_one_edit_of_a_long_name(nlp, text, mention, entity):
    assert (mention, entity) in linked(nlp, text)


def test_typo_lookup_refuses_short_words_and_arabic_words(gaz):
    assert gaz.typo_word("كاتمندو") == "كاتماندو"
    assert gaz.typo_word("الجديده") is None  # ~ الحديده (Hodeidah), an Arabic word
    assert gaz.typo_word("روسا") is None  # too short to tell from real words
    assert gaz.typo_word("افريقيه") is None  # an inflection (African), not a typo
    assert [h.ref for h in gaz.lookup(("كاتمندو",))] == ["Q837"]


# --- coreference within a document --------------------------------------------------------------


def test_surname_alone_after_the_full_name(nlp):
    text = "استقبل محمد حمدان دقلو الوفد الزائر. وقال دقلو إن المحادثات كانت مثمرة"
    assert linked(nlp, text).count(("دقلو", "mohamed-hamdan-dagalo")) == 1
    # Not without the full name before it.
    assert linked(nlp, "وقال دقلو إن المحادثات كانت مثمرة") == []


def test_a_surname_that_is_a_common_word_is_not_taken_alone(nlp, gaz):
    assert "رئيسي" not in gaz.surnames  # "main"
    assert "الثاني" not in gaz.surnames  # a regnal number, not a surname
    text = "التقى إبراهيم رئيسي بالوفد. والهدف الرئيسي هو التعاون. وهذا سبب رئيسي للقاء"
    assert [m for m, _ in linked(nlp, text)] == ["إبراهيم رئيسي"]


def test_family_name_first_for_korean_names(nlp):
    found = linked(nlp, "أشرف كيم جونغ أون على التجربة. وقال كيم إن بلاده لن تتراجع")
    assert ("كيم", "Q56226") in found
    assert ("كيم", "Q56226") not in linked(nlp, "وقال كيم إن بلاده لن تتراجع")


def test_title_and_nationality_phrase_is_the_holder(nlp):
    assert ("الزعيم الكوري الشمالي", "Q56226") in linked(nlp, "قال الزعيم الكوري الشمالي إن بلاده مستعدة")


# --- titles by date, for any language --------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "country", "date", "lang", "holder"),
    [
        ("الرئيس", "RUS", "2024-05-01", "ar", "Q7747"),
        ("الرئيس", "RUS", "2008-06-01", "ar", "Q23530"),
        ("president", "RUS", "2010-01-01", "en", "Q23530"),
        ("HeadOfState", "RUS", "2013-01-01", "en", "Q7747"),
        ("secretary of state", "USA", "2024-01-01", "en", "antony-blinken"),
        ("وزيرة الخارجية", "USA", "2024-01-01", "ar", "antony-blinken"),
    ],
)
def test_title_holder_is_language_neutral(gaz, title, country, date, lang, holder):
    found = gaz.title_holder(title, country, date, lang=lang)
    assert found is not None and found.id == holder


def test_title_holder_unknown_title_or_term(gaz):
    assert gaz.title_holder("الطباخ", "RUS", "2024-01-01") is None
    assert gaz.title_holder("president", "RUS", "1850-01-01", lang="en") is None


def test_titles_resolve_by_the_document_date(nlp):
    assert linked(nlp, "قال الرئيس الروسي إن", "2024-03-01") == [("الرئيس الروسي", "Q7747")]
    assert linked(nlp, "قال الرئيس الروسي إن", "2009-03-01") == [("الرئيس الروسي", "Q23530")]


# --- places: cities are places of their country, capitals stand for it -----------------------------


@pytest.mark.parametrize(
    ("text", "mention", "entity", "etype", "country"),
    [
        ("انفجار في كركوك شمال العراق", "كركوك", "kirkuk", "City", "IRQ"),
        ("مباراة في برشلونة مساء السبت", "برشلونة", "barcelona", "City", "ESP"),
        ("مهرجان في الدار البيضاء", "الدار البيضاء", "casablanca", "City", "MAR"),
        ("أعاصير تضرب نيو أورليانز", "نيو أورليانز", "new-orleans", "City", "USA"),
        ("نزوح جديد في دارفور", "دارفور", "darfur", "Place", "SDN"),
        ("أعلنت أديس أبابا موقفها", "أديس أبابا", "Q115", "Country", "ETH"),
        ("قالت كمبالا إن", "كمبالا", "Q1036", "Country", "UGA"),
        ("أكد تشونغنانهاي موقفه", "تشونغنانهاي", "Q148", "Country", "CHN"),
        ("أعلن داوننغ ستريت أن", "داوننغ ستريت", "gbr-government", "GovernmentBody", "GBR"),
    ],
)
def test_cities_capitals_and_seats(nlp, text, mention, entity, etype, country):
    doc = run(nlp, text)
    ents = [e for e in doc.ents if e.text == mention]
    assert ents, [(e.text, e.kb_id_) for e in doc.ents]
    e = ents[0]
    assert (e.kb_id_, e._.entity.type, e._.entity.country) == (entity, etype, country)


def test_every_state_has_an_arabic_demonym_or_a_reason(gaz):
    """Most states have a demonym; the exceptions are small states whose adjective is rare in
    Arabic news or is itself a common word (مالي "financial")."""
    from geokg.extract.gazetteer import DEMONYM

    with_demonym = {h.ref for node in _walk(gaz.tries["ar"]) for h in node if h.kind == DEMONYM}
    states = [e for e in gaz.entities.values() if e.type == "Country"]
    missing = [e.label for e in states if e.id not in with_demonym]
    assert len(missing) <= 45, missing
    for label in ("Russia", "United States", "China", "Iran", "Egypt", "Iraq", "India", "Argentina"):
        assert label not in missing


def _walk(trie):
    from geokg.extract.gazetteer import END, PLAIN

    stack = [trie]
    while stack:
        node = stack.pop()
        for k, v in node.items():
            if k == END:
                yield v
            elif k != PLAIN:
                stack.append(v)


@pytest.mark.parametrize(
    ("form", "country"),
    [
        ("الروس", "Q159"),
        ("الروسية", "Q159"),
        ("روسيون", "Q159"),
        ("الروسيتين", "Q159"),  # a feminine dual: "the two Russian (ships)"
        ("المصريان", "Q79"),
        ("الهنود", "Q668"),
        ("الأفغان", "Q889"),
        ("الإنجليز", "Q145"),
    ],
)
def test_demonym_forms(gaz, form, country):
    from geokg.extract.normalize import normalize_token

    hits = gaz.lookup(tuple(normalize_token(form).split()))
    assert [h.ref for h in hits] == [country]


# --- the data soundness check --------------------------------------------------------------------


def _write(tmp_path, body: str):
    head = (
        "@prefix gk: <https://w3id.org/geokg/ontology#> .\n"
        "@prefix gkid: <https://w3id.org/geokg/id/> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "@prefix wd: <http://www.wikidata.org/entity/> .\n"
    )
    (tmp_path / "data.ttl").write_text(head + body, encoding="utf-8")
    return load_gazetteer(tmp_path, use_cache=False).check()


def test_check_reports_spelling_variants_that_name_two_entities(tmp_path):
    problems = _write(
        tmp_path,
        'gkid:a-town a gk:City ; skos:prefLabel "بيرغان"@ar, "Birgan"@en ; gk:countryCode "AAA" .\n'
        'gkid:b-town a gk:City ; skos:prefLabel "بيرقان"@ar, "Birqan"@en ; gk:countryCode "BBB" .\n',
    )
    assert any("ar_variant key" in p and "a-town" in p and "b-town" in p for p in problems), problems


def test_check_reports_malformed_ids_missing_countries_and_labels(tmp_path):
    problems = _write(
        tmp_path,
        'gkid:Q12x a gk:City ; skos:prefLabel "س"@ar, "S"@en ; gk:countryCode "AAA" .\n'
        'gkid:no-country a gk:City ; skos:prefLabel "ص"@ar, "T"@en .\n'
        'gkid:two-labels a gk:City ; skos:prefLabel "ع"@ar, "غ"@ar ; gk:noCountry true .\n'
        'gkid:bad-sameas a gk:City ; skos:prefLabel "ف"@ar, "F"@en ; gk:noCountry true ;'
        " owl:sameAs wd:Q0 .\n"
        'gkid:guarded a gk:City ; skos:prefLabel "ق"@ar, "Q"@en ; gk:noCountry true ;'
        " gk:refusedAfter gk:NoSuchCues .\n",
    )
    text = "\n".join(problems)
    assert "Q12x: malformed QID" in text
    assert "no-country: no gk:countryCode and no gk:noCountry true" in text
    assert "two-labels: 2 skos:prefLabel@ar" in text
    assert "two-labels: 0 skos:prefLabel@en" in text
    assert "bad-sameas: malformed QID 'Q0'" in text
    assert "guarded: gk:refusedAfter NoSuchCues is not a cue list" in text


def test_shipped_data_is_sound(gaz):
    assert gaz.check() == []


def test_a_deputys_compound_title_is_not_the_holder(nlp):
    found = linked(nlp, "التقى نائب وزير خارجية روسيا مسؤولين في عمان")
    assert "sergey-lavrov" not in dict(found).values()
    assert ("روسيا", "Q159") in found  # the country the title names is kept
    assert ("وزير خارجية روسيا", "sergey-lavrov") in linked(nlp, "استقبل وزير خارجية روسيا وفدا في موسكو")
    # In the genitive after "adviser" the title still names the holder.
    assert ("الرئيس الروسي", "Q7747") in linked(nlp, "قال مستشار الرئيس الروسي إن")


def test_context_from_the_rest_of_the_document(nlp):
    # One document: an earlier paragraph named Jordan twice; عمان in the last one is Amman.
    text = "قالت الحكومة الأردنية إن الأردن يرحب بالوفد.\n\nوصل الوفد إلى عمان مساء أمس"
    doc = nlp.make_doc(text)
    doc._.geokg_date = "2024-05-01"
    doc._.geokg_regions = ((0, text.index("\n")), (text.index("\n") + 2, len(text)))
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [(e.text, e.kb_id_) for e in doc.ents][-1] == ("عمان", "Q810")
    assert doc._.geokg_countries == {"JOR": 2}
