"""An act someone was told of (``gk:InformedCue``: أبلغ, أطلع, تلقى), in our
own sentences: the party told, and the document's state (often the teller's), say nothing of where
the act happened or whose side did it; a place the sentence names still does."""

from __future__ import annotations

import pytest
from helpers import parties_ar

Extractor = pytest.importorskip("geokg.extract.pipeline").Extractor


@pytest.fixture(scope="module")
def extract():
    ex = Extractor()
    return lambda text: parties_ar(ex, text)


def test_the_party_told_is_neither_side_of_the_act(extract):
    got = extract("أبلغ رئيس الوزراء البريطاني بمقتل سبعة أشخاص بعبوة ناسفة زرعت قرب سوق.")
    assert got, "the told bombing is still read"
    assert not any("GBR" in (subj, obj) for subj, _, obj in got)


def test_the_tellers_state_is_not_where_the_told_act_happened(extract):
    got = extract("وقال المتحدث باسم الخارجية الألمانية إن الحكومة أبلغت بمقتل ثلاثة مهندسين.")
    assert not any("DEU" in (subj, obj) for subj, _, obj in got)


def test_a_place_named_still_locates_the_told_act(extract):
    got = extract("أُبلغ وزير الدفاع الكندي بمقتل خمسة مدنيين في تفجير في مدينة الموصل.")
    assert any(obj == "IRQ" for _, _, obj in got)
    assert not any("CAN" in (subj, obj) for subj, _, obj in got)


def test_an_act_nobody_is_told_of_keeps_the_documents_state(extract):
    got = extract("قتل أربعة مدنيين في هجوم مسلح شنه مجهولون في بلدة فرنسية.")
    assert any(obj == "FRA" for _, _, obj in got)


def test_a_place_before_the_telling_is_where_the_news_was_heard(extract):
    got = extract("وفي مدريد قال وزير الخارجية الإسباني إن السفارة أبلغت بمقتل اثنين من موظفيها.")
    assert got, "the told killing is still read"
    assert not any("ESP" in (subj, obj) for subj, _, obj in got)


@pytest.mark.parametrize(
    "text",
    [
        "المسؤولون الفرنسيون أبلغوا بمقتل ستة أشخاص بتفجير سيارة مفخخة قرب سوق.",
        "وأطلعوا الرئيس الفرنسي على مقتل ستة أشخاص بتفجير سيارة مفخخة قرب سوق.",
    ],
)
def test_every_form_of_the_told_verbs_counts(extract, text):
    """The recognizer reads gk:InformedCue with every form of its verbs (the plural here), not
    only the few words a separate list once named: the party told stays out of the bombing."""
    got = extract(text)
    assert got, "the told bombing is still read"
    assert not any("FRA" in (subj, obj) for subj, _, obj in got)
