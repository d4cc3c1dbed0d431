"""Arabic normalisation: the folds, the offset map back to the original, the spaCy NORM getter."""

from __future__ import annotations

import spacy
from geokg.extract.normalize import (
    Normalized,
    install_norm_getter,
    normalize_ar,
    normalize_token,
)
from hypothesis import given
from hypothesis import strategies as st


def test_letter_folds():
    assert normalize_ar("أحمد إلى آخر ٱلكتاب").text == "احمد الي اخر الكتاب"
    assert normalize_ar("مستشفى").text == "مستشفي"
    assert normalize_ar("روسیا وکوریا").text == "روسيا وكوريا"  # Persian yeh and keheh
    assert normalize_ar("الروسية").text == "الروسيه"


def test_deletions_and_digits():
    text = "الرَّئِيسُ الـــروسي\u200f في ٢٠٢٤ و۱۸"
    assert normalize_ar(text).text == "الرئيس الروسي في 2024 و18"
    assert normalize_ar("\ufeffبوتين\u202b").text == "بوتين"


def test_aggressive_hamza_seats_only_behind_the_flag():
    assert normalize_ar("مؤتمر رئيس").text == "مؤتمر رئيس"
    assert normalize_ar("مؤتمر رئيس", aggressive=True).text == "موتمر رييس"


def test_offset_map_through_deletions():
    text = "قال الرَّئِيسُ بوتين"
    n = normalize_ar(text)
    assert len(n.to_orig) == len(n.text) + 1
    start = n.text.index("الرئيس")
    s, e = n.orig_span(start, start + len("الرئيس"))
    assert (
        text[s:e] == "الرَّئِيسُ"[:-1]
    )  # the trailing damma after the last letter stays out
    s, e = n.orig_span(n.text.index("بوتين"), len(n.text))
    assert text[s:e] == "بوتين"


def test_offset_map_through_nfkc_expansion():
    # U+FEFB (lam-alef ligature) becomes two letters; U+FDF2 (Allah ligature) becomes four.
    text = "\ufefb شيء \ufdf2 روسيا"
    n = normalize_ar(text)
    assert n.text.startswith("لا ")
    assert n.to_orig[0] == n.to_orig[1] == 0
    assert len(n.to_orig) == len(n.text) + 1
    i = n.text.index("روسيا")
    s, e = n.orig_span(i, i + 5)
    assert text[s:e] == "روسيا"
    # A span that ends inside an expansion covers the whole original character.
    assert n.orig_span(0, 1) == (0, 1)


def test_unchanged_text_keeps_identity_map():
    n = normalize_ar("Russia and كوريا")
    assert n.text == "Russia and كوريا"
    assert n.to_orig == list(range(len(n.text) + 1))


@given(
    st.text(
        alphabet=st.sampled_from("ابتأإآىةیک\u064e\u0651\u0640\u200f\ufefb٣ ،"),
        max_size=40,
    )
)
def test_offset_map_is_monotonic_and_complete(text):
    n = normalize_ar(text)
    assert isinstance(n, Normalized)
    assert len(n.to_orig) == len(n.text) + 1
    assert n.to_orig[-1] == len(text)
    assert all(a <= b for a, b in zip(n.to_orig, n.to_orig[1:]))
    # Every normalised character comes from an original character at its mapped offset.
    for i, ch in enumerate(n.text):
        assert normalize_ar(text[n.to_orig[i]]).text.find(ch) >= 0


def test_normalize_token_for_keys():
    assert normalize_token("  كيم   جونغ  أون ") == "كيم جونغ اون"
    assert normalize_token("The Kremlin") == "the kremlin"
    assert normalize_token("الـكـرملين") == "الكرملين"


def test_spacy_norm_getter():
    nlp = spacy.blank("ar")
    install_norm_getter(nlp)
    doc = nlp("أعلنت روسیا الحكومة الروسية")
    assert [t.norm_ for t in doc] == ["اعلنت", "روسيا", "الحكومه", "الروسيه"]
    assert doc.text == "أعلنت روسیا الحكومة الروسية"
