"""The Arabic entity component: clitics, variants, titles by date, institutions, places, mentions.

All sentences here are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import geokg.extract.entities_ar  # noqa: F401  (registers the factory)
import pytest
from geokg.extract.entities_ar import mentions
from helpers import run_linker
from spacy.tokens import Doc

SEED = Path("/work/shared/seed/000_08a461d4136db840.txt")


def ents(nlp, text: str, date: str | None = None) -> list[tuple[str, str, str]]:
    return [(e.text, e.kb_id_, e._.mention_kind) for e in run_linker(nlp, text, date).ents]


def ids(nlp, text: str, date: str | None = None) -> list[str]:
    return [e.kb_id_ for e in run_linker(nlp, text, date).ents]


# --- clitics ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "entity"),
    [
        ("وصل الوفد وكوريا الشمالية ترحب", "كوريا الشمالية", "Q423"),
        ("زيارة لروسيا الأسبوع المقبل", "روسيا", "Q159"),
        (
            "تصدير النفط للصين يتراجع",
            "لصين",
            "Q148",
        ),  # ل + ال: only the preposition is split off
        ("بين موسكو وبيونغ يانغ علاقات", "بيونغ يانغ", "Q423"),
        ("سافر الوزير بالطائرة إلى فيتنام", "فيتنام", "Q881"),
        ("وفيتنام دولة آسيوية", "فيتنام", "Q881"),
        ("اجتماع في لبنان اليوم", "لبنان", "Q822"),
        ("صرح بوتين للصحفيين", "بوتين", "Q7747"),
        ("وبوتين لم يعلق", "بوتين", "Q7747"),
        ("بأوكرانيا حرب طويلة", "أوكرانيا", "Q212"),
    ],
)
def test_clitics(nlp, text, mention, entity):
    doc = run_linker(nlp, text)
    found = [(e.text, e.kb_id_) for e in doc.ents]
    assert (mention, entity) in found
    span = next(e for e in doc.ents if e.kb_id_ == entity)
    # The clitic is its own token; the name's token starts where the name starts.
    assert doc[span.start].idx == text.index(mention)


def test_names_beginning_with_clitic_letters_are_not_cut(nlp):
    doc = run_linker(nlp, "بوتين وفيتنام ولبنان وكوريا الجنوبية")
    assert [t.text for t in doc] == [
        "بوتين",
        "و",
        "فيتنام",
        "و",
        "لبنان",
        "و",
        "كوريا",
        "الجنوبية",
    ]
    assert [e.text for e in doc.ents] == ["بوتين", "فيتنام", "لبنان", "كوريا الجنوبية"]


def test_words_that_only_look_like_clitic_plus_name_stay_whole(nlp):
    # "وتين" is not a name, so "بوتين" is never read as ب + وتين; "بكين" is Beijing, not ب + كين.
    doc = run_linker(nlp, "زار بكين وفد")
    assert [(e.text, e.kb_id_) for e in doc.ents] == [("بكين", "Q148")]
    assert [t.text for t in doc] == ["زار", "بكين", "وفد"]


# --- spelling variants -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "استقبل كيم جونج أون الوفد",
        "استقبل كيم جونغ أون الوفد",
        "استقبل كيم جونغ اون الوفد",
    ],
)
def test_letter_class_variants(nlp, text):
    assert "Q56226" in ids(nlp, text)


@pytest.mark.parametrize("spelling", ["بيونغ يانغ", "بيونج يانج", "بينج يانج", "بيونغيانغ"])
def test_capital_spellings(nlp, spelling):
    assert ents(nlp, f"وصل الوزير إلى {spelling} صباحا") == [(spelling, "Q423", "metonym")]


def test_persian_letters_in_names(nlp):
    assert ids(nlp, "روسیا وکوریا الشمالیة") == ["Q159", "Q423"]


# --- titles ----------------------------------------------------------------------------------


def test_title_with_demonym_and_name_gives_one_person_span(nlp):
    doc = run_linker(nlp, "وصل الرئيس الروسي فلاديمير بوتين إلى هانوي", "2024-06-20")
    assert [(e.text, e.kb_id_) for e in doc.ents] == [
        ("فلاديمير بوتين", "Q7747"),
        ("هانوي", "Q881"),
    ]
    putin = doc.ents[0]
    assert (putin._.office, putin._.office_country, putin._.mention_kind) == (
        "HeadOfState",
        "RUS",
        "name",
    )


def test_title_with_country_name_and_comma(nlp):
    doc = run_linker(nlp, "قال زعيم كوريا الشمالية، كيم جونغ أون، إن البلدين صديقان")
    assert [(e.text, e.kb_id_, e._.office) for e in doc.ents] == [("كيم جونغ أون", "Q56226", "Leader")]


@pytest.mark.parametrize(
    ("date", "holder"),
    [("2024-06-18", "Q7747"), ("2009-03-01", "Q23530"), ("2012-05-07", "Q7747")],
)
def test_title_alone_resolves_to_the_holder_at_the_document_date(nlp, date, holder):
    doc = run_linker(nlp, "أكد الرئيس الروسي أن المحادثات كانت مثمرة", date)
    assert [(e.text, e.kb_id_, e._.mention_kind, e._.office) for e in doc.ents] == [
        ("الرئيس الروسي", holder, "title", "HeadOfState")
    ]


@pytest.mark.parametrize(
    ("date", "holder"),
    [("2023-04-14", "annalena-baerbock"), ("2010-03-01", "guido-westerwelle"), ("2026-01-05", "johann-wadephul")],
)
def test_title_and_nationality_take_the_holder_at_the_document_date(nlp, date, holder):
    doc = run_linker(nlp, "قالت وزيرة الخارجية الألمانية إن المحادثات كانت صريحة", date)
    assert [(e.kb_id_, e._.mention_kind, e._.office, e._.office_country) for e in doc.ents] == [
        (holder, "title", "ForeignMinister", "DEU")
    ]


@pytest.mark.parametrize(
    ("text", "date", "state"),
    [
        ("قال وزير الخارجية الألماني إن المحادثات كانت صريحة", "1990-03-01", "Q183"),
        ("قال الرئيس الأفغاني إن المحادثات كانت صريحة", None, "Q889"),
    ],
)
def test_title_with_no_holder_at_the_date_is_never_another_dates_holder(nlp, text, date, state):
    """No German foreign minister is known in 1990: the country the title names, not a later
    minister. Undated, a title resolves at the run date (as the English side does), and no Afghan
    head of state is known after August 2021: not the last one known."""
    doc = run_linker(nlp, text, date)
    assert [(e.kb_id_, e._.office) for e in doc.ents] == [(state, None)]
    assert [e.kb_id_ for e in run_linker(nlp, text, "2010-03-01").ents] != [state]


def test_other_titles(nlp):
    assert ents(nlp, "صرح وزير الخارجية الروسي للصحفيين", "2024-06-18") == [
        ("وزير الخارجية الروسي", "sergey-lavrov", "title")
    ]
    assert ents(nlp, "وقال وزير خارجية روسيا", "2024-06-18") == [("وزير خارجية روسيا", "sergey-lavrov", "title")]
    assert ents(nlp, "التقى الزعيم الكوري الشمالي بالضيوف", "2024-06-18") == [
        ("الزعيم الكوري الشمالي", "Q56226", "title")
    ]
    doc = run_linker(nlp, "رافقه وزير الدفاع أندريه بيلوسوف")
    assert [(e.kb_id_, e._.office, e._.office_country) for e in doc.ents] == [
        ("andrey-belousov", "DefenceMinister", "RUS")
    ]


def test_spokesperson_for_a_body(nlp):
    doc = run_linker(nlp, "وقال المتحدث باسم مجلس الأمن القومي الأمريكي جون كيربي إن الموقف واضح")
    assert [(e.kb_id_, e._.office) for e in doc.ents] == [
        ("usa-national-security-council", None),
        ("john-kirby", "Spokesperson"),
    ]
    assert doc.ents[1]._.office_country == "USA"


def test_title_without_known_holder_keeps_the_country(nlp):
    # No terms for Mongolia's head of state in the data: the demonym still names the country.
    assert ents(nlp, "قال الرئيس المنغولي إن", "2024-06-18") == [("المنغولي", "Q711", "demonym")]


def test_unresolved_title_or_institution_does_not_leak_a_shorter_name(nlp):
    assert ids(nlp, "اجتمع مجلس الأمن القومي أمس") == []
    assert ids(nlp, "اجتمع مجلس الأمن أمس") == ["Q37470"]
    assert ids(nlp, "اجتمع مجلس الأمن الدولي أمس") == ["Q37470"]


# --- institutions, places, demonyms, metonyms ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "entity", "etype", "sector"),
    [
        (
            "أعلنت وزارة الدفاع الروسية بدء التدريبات",
            "وزارة الدفاع الروسية",
            "rus-defence-ministry",
            "GovernmentBody",
            "MIL",
        ),
        (
            "أصدرت وزارة خارجية روسيا بيانا",
            "وزارة خارجية روسيا",
            "rus-foreign-ministry",
            "GovernmentBody",
            "GOV",
        ),
        (
            "قصف الجيش الإسرائيلي المنطقة",
            "الجيش الإسرائيلي",
            "isr-army",
            "ArmedForce",
            "MIL",
        ),
        (
            "رحبت الحكومة الفيتنامية بالزيارة",
            "الحكومة الفيتنامية",
            "vnm-government",
            "GovernmentBody",
            "GOV",
        ),
        (
            "وقالت الخارجية الصينية",
            "الخارجية الصينية",
            "chn-foreign-ministry",
            "GovernmentBody",
            "GOV",
        ),
        (
            "أعلنت وزارة الدفاع الأمريكية",
            "وزارة الدفاع الأمريكية",
            "usa-defence-ministry",
            "GovernmentBody",
            "MIL",
        ),
    ],
)
def test_composed_institutions(nlp, text, mention, entity, etype, sector):
    doc = run_linker(nlp, text)
    assert [(e.text, e.kb_id_) for e in doc.ents] == [(mention, entity)]
    e = doc.ents[0]._.entity
    assert (e.type, e.sector) == (etype, sector)
    assert e.country == entity[:3].upper()


@pytest.mark.parametrize(
    ("text", "mention", "entity"),
    [
        ("قتل 17 نيباليا في الانفجار", "نيباليا", "npl-civilians"),
        ("أفرج الخاطفون عن ثلاثة عشر هنديا", "هنديا", "ind-civilians"),
        ("وصل نحو ثلاثين تركيا إلى المطار", "تركيا", "tur-civilians"),
        ("اعتقل 12 كوريا شماليا على الحدود", "كوريا شماليا", "prk-civilians"),
    ],
)
def test_a_nationality_counted_after_a_number_is_people_of_that_state(nlp, text, mention, entity):
    assert ents(nlp, text) == [(mention, entity, "composed")]


@pytest.mark.parametrize(
    "text",
    [
        "زار الوزير تركيا أمس",  # the state itself, after no number
        "وصل 3 إلى تركيا",  # a preposition between: the state
        "التقى الوزير 15 مسؤولا",  # no nationality
    ],
)
def test_no_counted_people_without_number_and_accusative_nationality(nlp, text):
    assert all(not e.kb_id_.endswith("-civilians") for e in run_linker(nlp, text).ents)


def test_a_group_noun_with_the_adjective_of_a_body_of_no_state_is_that_body(nlp):
    assert ents(nlp, "انتشر جنود أوروبيون في المنطقة") == [("جنود أوروبيون", "Q458", "composed")]
    # a state's adjective still composes its institution
    assert ents(nlp, "انتشر جنود فرنسيون في المنطقة") == [("جنود فرنسيون", "fra-armed-forces", "composed")]


@pytest.mark.parametrize(
    ("text", "mention", "entity"),
    [
        # a peacekeeping force of a body (gk:forceLabel): the body, as a description, not a name
        ("كمن متمردون لقوة حفظ السلام الأفريقية قرب الحدود", "قوة حفظ السلام الأفريقية", "Q7159"),
        ("انسحبت قوات الأمم المتحدة لحفظ السلام من القرية", "قوات الأمم المتحدة لحفظ السلام", "Q1065"),
        ("وصلت قوات حفظ السلام الدولية إلى المدينة", "قوات حفظ السلام الدولية", "Q1065"),
        # peacekeepers of a nationality are that state's forces
        ("انتشر جنود حفظ السلام الباكستانيون في البلدة", "جنود حفظ السلام الباكستانيون", "pak-armed-forces"),
    ],
)
def test_peacekeepers_are_the_force_of_their_body_or_state(nlp, text, mention, entity):
    assert (mention, entity, "composed") in ents(nlp, text)
    # the place named beside them gives them no state
    assert not any(e.endswith("-armed-forces") and e != entity for _, e, _ in ents(nlp, text))


def test_peacekeepers_of_no_body_or_nationality_are_no_actor_of_the_place(nlp):
    # "جنود" alone would take the place's state: the peacekeepers there are not its army
    assert ents(nlp, "وصل جنود حفظ السلام إلى الكونغو") == [("الكونغو", "Q974", "name")]


@pytest.mark.parametrize(
    ("text", "composed"),
    [
        ("هاجم مسلحون الكينيين", []),  # indefinite noun, definite adjective: two parties
        ("هاجم المسلحون الكينيون القرية", ["ken-rebels"]),
        ("أصيب جندي ألماني", ["deu-armed-forces"]),  # ألماني: its ال is no article
        ("ويحمل المتظاهرون بكين المسؤولية", []),  # a name after a definite head: no construct
        ("دانت حكومة الخرطوم الهجوم", ["sdn-government"]),
    ],
)
def test_a_nationality_qualifies_a_group_noun_only_in_agreement(nlp, text, composed):
    doc = run_linker(nlp, text)
    assert [e.kb_id_ for e in doc.ents if e._.mention_kind == "composed" and len(e) > 1] == composed


def test_places_beat_states_inside_them(nlp):
    text = "أبحرت السفن في بحر اليابان وبحر الصين الجنوبي قرب شبه الجزيرة الكورية والمحيط الهندي"
    assert ids(nlp, text) == [
        "sea-of-japan",
        "south-china-sea",
        "korean-peninsula",
        "indian-ocean",
    ]


@pytest.mark.parametrize("form", ["الروسي", "الروسية", "الروس", "روسي", "روسية", "الروسيين", "الروسيون"])
def test_demonym_forms(nlp, form):
    assert ents(nlp, f"قال مسؤول عن الجانب {form} شيئا") == [(form, "Q159", "demonym")]


def test_multiword_demonyms_and_the_west(nlp):
    assert ents(nlp, "الصواريخ الكورية الشمالية والعقوبات الغربية") == [
        ("الكورية الشمالية", "Q423", "demonym"),
        ("الغربية", "west", "demonym"),
    ]
    assert ids(nlp, "يتهم الغربيون موسكو") == ["west", "Q159"]


def test_metonyms(nlp):
    doc = run_linker(nlp, "واتهم البنتاجون موسكو وأعرب البيت الأبيض عن قلقه ورد الكرملين")
    got = [(e.kb_id_, e._.mention_kind, e._.entity.country, e._.entity.sector) for e in doc.ents]
    assert got == [
        ("usa-defence-ministry", "metonym", "USA", "MIL"),
        ("Q159", "metonym", "RUS", None),
        ("usa-government", "metonym", "USA", "GOV"),
        ("rus-presidency", "metonym", "RUS", "GOV"),
    ]


def test_weak_labels_need_a_cue(nlp):
    assert ids(nlp, "قدمت الدولة الدعم المالي والسياسي") == []
    assert ids(nlp, "قدمت الدولة دعم مالي كبير") == []  # "مالي" here means financial
    assert ids(nlp, "وقع انفجار في مالي أمس") == ["Q912"]


# --- the mentions API and serialisation ---------------------------------------------------------


def test_mentions_offsets_into_the_input(nlp):
    prefix = "عنوان الصفحة\n\n"
    body = "وأوضح الرئيس الروسي فلاديمير بوتين أن التعاون بين روسيا وكوريا الشمالية سيتوسع."
    full = prefix + body
    doc = run_linker(nlp, body, "2024-06-18")
    found = mentions(doc, "doc-1", base_offset=len(prefix))
    assert [(m.text, m.entity.id) for m in found] == [
        ("فلاديمير بوتين", "Q7747"),
        ("روسيا", "Q159"),
        ("كوريا الشمالية", "Q423"),
    ]
    for m in found:
        assert full[m.start : m.end] == m.text
        assert m.doc == "doc-1" and m.lang == "ar"
    assert found[0].to_json()["id"] == "Q7747"


def test_doc_serialises_and_keeps_results(nlp):
    doc = run_linker(nlp, "اتهم البنتاجون موسكو، وقال الرئيس الروسي إن", "2024-06-18")
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [(e.text, e.kb_id_, e._.mention_kind) for e in again.ents] == [
        (e.text, e.kb_id_, e._.mention_kind) for e in doc.ents
    ]


def test_long_doc_rebuild_path_matches_the_retokenize_path(nlp):
    sentence = "وقال وزير الخارجية لروسيا وللصين إن بكين وموسكو وكوريا الشمالية تتفق. "
    one = run_linker(nlp, sentence)
    many = run_linker(nlp, sentence * 400)  # enough clitics to take the rebuild path
    assert many.text == sentence * 400
    n = len(one)
    assert [t.text for t in many[:n]] == [t.text for t in one]
    assert len(many.ents) == 400 * len(one.ents)
    assert [(e.text, e.kb_id_) for e in many.ents[: len(one.ents)]] == [(e.text, e.kb_id_) for e in one.ents]
    assert len(list(many.sents)) == 400


# --- the entities a careful reader must find (own sentences) ------------------------------------

MUST_FIND = [
    ("وصل وفد من روسيا إلى العاصمة", "Q159"),
    ("قالت موسكو إنها سترد", "Q159"),
    ("التقى الوفد الروسي بالمسؤولين", "Q159"),
    ("كوريا الشمالية أطلقت صاروخا", "Q423"),
    ("جمهورية كوريا الشعبية الديمقراطية ترفض", "Q423"),
    ("وفد من كوريا الديمقراطية", "Q423"),
    ("ردت بيونغ يانغ ببيان", "Q423"),
    ("كوريا الجنوبية تجري انتخابات", "Q884"),
    ("أعلنت سيول موقفها", "Q884"),
    ("فيتنام توسع تجارتها", "Q881"),
    ("أعلنت هانوي موقفها", "Q881"),
    ("تحتاج أوكرانيا إلى دعم", "Q212"),
    ("الولايات المتحدة تفرض قيودا", "Q30"),
    ("قالت واشنطن إنها تتابع", "Q30"),
    ("عقد البيت الأبيض اجتماعا", "usa-government"),
    ("ذكر البنتاجون أن", "usa-defence-ministry"),
    ("أبحرت سفينة في بحر اليابان", "sea-of-japan"),
    ("استقبل فلاديمير بوتين ضيوفه", "Q7747"),
    ("زار كيم جونغ أون المصنع", "Q56226"),
    ("أسس كيم إيل سونغ الدولة", "kim-il-sung"),
    ("خلف كيم جونغ إيل والده", "kim-jong-il"),
    ("صرح سيرغي لافروف", "sergey-lavrov"),
    ("تحدث أندريه بيلوسوف", "andrey-belousov"),
    ("أوضح يوري أوشاكوف", "yuri-ushakov"),
    ("قال جون كيربي", "john-kirby"),
    ("استقبل تو لام الضيف", "to-lam"),
    ("سافر يون سوك يول", "yoon-suk-yeol"),
    ("اجتمع مجلس الأمن الدولي", "Q37470"),
    ("أطلقت روسكوسموس قمرا", "roscosmos"),
    ("نقلت وكالة سبوتنيك الخبر", "sputnik"),
    ("أفادت وكالة الأنباء المركزية الكورية", "kcna"),
    ("كتبت صحيفة رودونغ سينمون", "rodong-sinmun"),
    ("نشر الكرملين بيانا", "rus-presidency"),
]


@pytest.mark.parametrize(("text", "entity"), MUST_FIND)
def test_expected_entities_are_found(nlp, text, entity):
    assert entity in ids(nlp, text)


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("قال الناطق باسم الحركة عبد الرحمن مودي إن الاجتماع انتهى.", False),  # another bearer
        ("زار محمد مودي باكستان.", False),
        ("زار رئيس الوزراء الهندي مودي باكستان.", True),  # a title keeps the link
        ("وقال مودي إن الهند تدعم باكستان.", True),
        ("زار ناريندرا مودي باكستان.", True),
        ("أثنى الرئيس الأمريكي على مودي.", True),  # the preposition على, not the name علي
    ],
)
def test_a_surname_after_another_persons_given_name_links_no_one(nlp, text, linked):
    assert ("Q1058" in ids(nlp, text)) is linked


def test_expected_entities_have_their_country(nlp):
    countries = {
        "sergey-lavrov": "RUS",
        "andrey-belousov": "RUS",
        "yuri-ushakov": "RUS",
        "john-kirby": "USA",
        "to-lam": "VNM",
        "yoon-suk-yeol": "KOR",
        "roscosmos": "RUS",
        "sputnik": "RUS",
        "kcna": "PRK",
        "rodong-sinmun": "PRK",
        "rus-presidency": "RUS",
    }
    gaz = nlp.get_pipe("geokg_ar_linker").gazetteer
    for eid, country in countries.items():
        assert gaz.entity(eid).country == country
    assert gaz.entity("sputnik").sector == "MED"


@pytest.mark.skipif(not SEED.is_file(), reason="the shared seed page is not on this machine")
def test_seed_page(nlp):
    text = SEED.read_text(encoding="utf-8")
    doc = run_linker(nlp, text, "2024-06-18")
    found = {e.kb_id_ for e in doc.ents}
    missing = {eid for _, eid in MUST_FIND} - found
    assert not missing, missing
    assert not [e for e in doc.ents if e.kb_id_ == "Q17" and "اليابان" in e.text]
    for m in mentions(doc, "seed"):
        assert text[m.start : m.end] == m.text


def test_a_one_word_document_with_a_clitic_keeps_its_sentence():
    # Splitting "و" off the only token must not leave the doc without sentence boundaries.
    from geokg.extract.pipeline import Extractor

    assertions, mentions = Extractor().extract_text("والأردن")
    assert assertions == []
    assert [m.text for m in mentions] == ["الأردن"]


# --- an unknown official under a title with a state (issue 12) -----------------------------


@pytest.mark.parametrize(
    ("text", "name", "office", "country"),
    [
        ("قال وزير الدفاع السوداني عادل حسن إن السودان يدعم مصر.", "عادل حسن", "DefenceMinister", "SDN"),
        ("ووزير الدفاع السوداني عادل حسن يزور القاهرة.", "عادل حسن", "DefenceMinister", "SDN"),
        ("التقى وزير خارجية السودان جمال يوسف الرئيس الفرنسي.", "جمال يوسف", "ForeignMinister", "SDN"),
        ("وقالت وزيرة الخارجية السودانية مريم حسن إن بلادها تدعم مصر.", "مريم حسن", "ForeignMinister", "SDN"),
        # given names of gk:GivenNames, beside the gazetteer's people's (إلياس is spelt with ال)
        ("وصرح وزير الدفاع اللبناني إلياس منصور بأن الجيش جاهز.", "إلياس منصور", "DefenceMinister", "LBN"),
        ("وصرح وزير الدفاع اللبناني الياس منصور بأن الجيش جاهز.", "الياس منصور", "DefenceMinister", "LBN"),
        ("استقبل وزير الخارجية السوداني غسان عمر وفدا مصريا.", "غسان عمر", "ForeignMinister", "SDN"),
        # a deputy and an acting minister are of the state but hold no office of their own
        ("قال نائب وزير الدفاع الإسرائيلي سعيد حسن إن بلاده لن تنسحب.", "سعيد حسن", None, "ISR"),
        ("وقال القائم بأعمال وزير الخارجية السوداني جمال حسن إن", "جمال حسن", None, "SDN"),
    ],
)
def test_an_unknown_name_under_a_title_with_a_state_is_a_person_of_that_state(nlp, text, name, office, country):
    doc = run_linker(nlp, text, "2006-05-01")
    person = next(e for e in doc.ents if e._.entity.type == "Person")
    assert person.text == name
    assert person.kb_id_.startswith("person-ar-") and person._.entity.country == country
    assert (person._.office, person._.office_country) == (office, country if office else None)


@pytest.mark.parametrize(
    "text",
    [
        "قال وزير الخارجية السوداني جمال يدعو إلى الحوار.",  # a verb after a lone given name
        "قال وزير الخارجية السوداني جمال في الخرطوم إن",  # a preposition
        "قال وزير الخارجية السوداني السابق إن",  # no name at all
    ],
)
def test_a_title_followed_by_no_name_gives_no_unknown_person(nlp, text):
    doc = run_linker(nlp, text, "2006-05-01")
    assert not any(e.kb_id_.startswith("person-ar-") for e in doc.ents)
    assert any(e.kb_id_ == "Q1049" for e in doc.ents)  # the title still names its state


def test_a_compound_title_in_construct_cues_a_weak_state_label(nlp):
    # "مالي" is Mali and "financial": after "وزير خارجية" (no article) it is the title's state
    doc = run_linker(nlp, "صرح وزير خارجية مالي بأن الحوار سيستمر.", "2021-05-01")
    assert [e.kb_id_ for e in doc.ents] == ["Q912"]
    doc = run_linker(nlp, "صرح وزير خارجية مالي موسى كوني بأن الحوار سيستمر.", "2021-05-01")
    person = next(e for e in doc.ents if e._.entity.type == "Person")
    assert person.text == "موسى كوني" and person._.entity.country == "MLI"
    assert (person._.office, person._.office_country) == ("ForeignMinister", "MLI")
    # a single noun before it is no title of a state: "financial"
    assert not any(e.kb_id_ == "Q912" for e in run_linker(nlp, "صرح خبير مالي بأن الأسواق تراجعت.").ents)


def test_a_weak_demonym_names_its_state_only_after_a_licensing_title_or_group_noun(nlp):
    # "المالي" is Malian and "financial": a state's title or its army before it makes it Malian
    for text in (
        "أكد وزير الخارجية المالي أن المفاوضات ستستأنف.",
        "التقى الرئيس المالي نظيره في العاصمة.",
        "أعلن رئيس الوزراء المالي تشكيل لجنة جديدة.",
    ):
        doc = run_linker(nlp, text, "2021-05-01")
        assert [(e.text, e.kb_id_) for e in doc.ents] == [("المالي", "Q912")], text
    assert ids(nlp, "تقدم الجيش المالي نحو البلدة.") == ["mli-army"]
    assert ids(nlp, "انتشرت القوات المالية على الحدود.") == ["mli-armed-forces"]
    # elsewhere it is the common adjective, even in a text that names Mali
    assert ids(nlp, "تحسن الوضع المالي للمصرف.") == []
    assert ids(nlp, "طلبت الحكومة الدعم المالي من المانحين.") == []
    assert ids(nlp, "تراجع الوضع المالي في مالي.") == ["Q912"]  # the name after "في"; not the adjective
    # a title or group noun the adjective qualifies as often licenses nothing
    assert ids(nlp, "قال المستشار المالي للشركة إن الأرباح تراجعت.") == []
    assert ids(nlp, "فرضت السلطات المالية قيودا على التحويلات.") == []


def test_hungarys_majari_is_a_weak_demonym(nlp):
    # مجري (Hungarian) is also مجرى (a course) and مجريات (the course of events)
    assert ids(nlp, "غيرت الحرب مجرى التاريخ في البلاد.") == []
    assert ids(nlp, "يتابع الوسطاء مجريات الحوار عن قرب.") == []
    assert ids(nlp, "وقال رئيس الوزراء المجري إن بلاده سترفض الخطة.", "2021-05-01") == ["Q28"]
    assert ids(nlp, "انتقدت الحكومة الهنغارية القرار.") == ["hun-government"]


def test_a_name_under_a_title_that_is_not_the_dated_holder_is_another_person(nlp):
    # the gazetteer's holder on that date is Macron; the text names someone it does not know
    doc = run_linker(nlp, "التقى الرئيس الفرنسي جان دوبون نظيره الألماني في برلين.", "2019-05-01")
    person = next(e for e in doc.ents if e._.entity.type == "Person")
    assert person.text == "جان دوبون" and person.kb_id_.startswith("person-ar-")
    assert person._.entity.country == "FRA" and person._.office_country == "FRA"
    assert not any(e.kb_id_ == "Q3052772" for e in doc.ents)


def test_the_dated_holder_stays_when_the_name_is_the_holders(nlp):
    # a given name and a patronymic before the holder's known surname: the holder, not a new person
    doc = run_linker(nlp, "وقال وزير الخارجية الروسي سيرغي فيكتوروفيتش لافروف إن بلاده سترد.", "2022-05-01")
    assert not any(e.kb_id_.startswith("person-ar-") for e in doc.ents)
    assert [e.kb_id_ for e in doc.ents if e._.entity.type == "Person"] == ["sergey-lavrov", "sergey-lavrov"]
    # the holder's own name after the title is the holder, as ever
    doc = run_linker(nlp, "التقى الرئيس الفرنسي إيمانويل ماكرون نظيره الألماني.", "2019-05-01")
    assert [e.kb_id_ for e in doc.ents if e._.entity.type == "Person"] == ["Q3052772"]


@pytest.mark.parametrize("date", ["2014-07-09", "1850-01-01"])  # with a dated holder and with none
def test_a_known_entity_after_a_title_opens_no_unknown_name(nlp, date):
    # "إسرائيل" is a given name too; here it is the state the minister urges
    doc = run_linker(nlp, "وحث وزير الخارجية الأمريكي إسرائيل على وقف القتال.", date)
    assert not any(e.kb_id_.startswith("person-ar-") for e in doc.ents)
    assert "Q801" in [e.kb_id_ for e in doc.ents]


def test_a_surname_alone_after_a_full_name_that_opens_with_the_articles_letters(nlp):
    # ألكسندر starts with the letters of the article: a given name of gk:GivenNames, not a title
    doc = run_linker(nlp, "التقى ألكسندر داونر نظيره في جاكرتا. وقال داونر إن الحوار مفيد.", "2005-05-01")
    assert [e.text for e in doc.ents if e.kb_id_ == "alexander-downer"] == ["ألكسندر داونر", "داونر"]


def test_an_unknown_name_stops_before_a_known_entity(nlp):
    doc = run_linker(nlp, "استقبل وزير الخارجية السوداني جمال مصر", "2006-05-01")
    assert not any(e.kb_id_.startswith("person-ar-") for e in doc.ents)


def test_a_preposition_spelt_like_a_given_name_opens_no_unknown_name(nlp):
    # "على" normalises to "علي" (Ali): after a title it is the preposition, not a name
    doc = run_linker(nlp, "قال رئيس الوزراء السوداني على أساس الاتفاق إن", "2006-05-01")
    assert not any(e.kb_id_.startswith("person-ar-") for e in doc.ents)
