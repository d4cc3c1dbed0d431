"""Page furniture in shapes other than the seed page's (extract/documents.py ``segment``): English
"Read more"/"Related" blocks, bylines and credits, tag and keyword lines, Arabic "اقرأ أيضا",
"مواضيع ذات صلة", "الكلمات المفتاحية", "بقلم". Every page here was written for this test.
"""

from __future__ import annotations

import pytest
from geokg.extract.documents import segment

EN_PAGE = """World | Business | Opinion

Chile and Argentina agree to reopen mountain border crossing
By Maria Torres
May 7, 2024

Chile and Argentina agreed on Tuesday to reopen a mountain border crossing that was closed by snow, the two foreign ministries said in a joint statement.

The crossing will reopen to trucks first, officials said.

(Reporting by Maria Torres; Editing by Paul Grant)
Tags: Chile, Argentina, trade
Source: Example Wire

Read also:
Brazil hosts a regional energy summit

Brazil opened a regional summit on energy on Wednesday, with ministers from six countries attending.

Photo: Delegates arrive at the summit venue
Source: The Example Post

Related stories
• Peru's new cabinet sworn in
• Floods hit southern Colombia
More stories
Markets rally on rate hopes
"""

EN_ARTICLE_1 = [
    "Chile and Argentina agreed on Tuesday to reopen a mountain border crossing that was closed by snow, the two foreign ministries said in a joint statement.",
    "The crossing will reopen to trucks first, officials said.",
]
EN_ARTICLE_2 = ["Brazil opened a regional summit on energy on Wednesday, with ministers from six countries attending."]

AR_PAGE = """الرئيسية | أخبار | اقتصاد | رياضة

بقلم: منى الخطيب

استقبل أمير الكويت في قصر بيان اليوم وزير الخارجية العماني وبحث معه العلاقات الثنائية بين البلدين.

وقال بيان رسمي إن اللقاء تناول التطورات الإقليمية وسبل تعزيز التعاون الخليجي.

الكلمات المفتاحية: الكويت، عمان، الخليج
المصدر: وكالة الأنباء التجريبية

اقرأ أيضاً

قطر والبحرين تبحثان تعزيز التعاون

بحث وزير الخارجية القطري مع نظيره البحريني في الدوحة مجالات التعاون المشترك بين البلدين.

كتب: سامي يوسف
الصورة: جانب من اللقاء
المصدر: صحيفة تجريبية

مواضيع ذات صلة
السعودية تطلق مبادرة جديدة للطاقة
الإمارات تستضيف معرضا دوليا للكتاب
الأكثر قراءة
ارتفاع أسعار الذهب في الأسواق المحلية
"""

AR_ARTICLE_1 = [
    "استقبل أمير الكويت في قصر بيان اليوم وزير الخارجية العماني وبحث معه العلاقات الثنائية بين البلدين.",
    "وقال بيان رسمي إن اللقاء تناول التطورات الإقليمية وسبل تعزيز التعاون الخليجي.",
]
AR_ARTICLE_2 = ["بحث وزير الخارجية القطري مع نظيره البحريني في الدوحة مجالات التعاون المشترك بين البلدين."]


def _paragraphs(page: str, doc) -> list[str]:
    return [page[s:e] for s, e in doc.content_regions()]


@pytest.mark.parametrize(
    "page, first, second, sources, title",
    [
        (
            EN_PAGE,
            EN_ARTICLE_1,
            EN_ARTICLE_2,
            ["Example Wire", "The Example Post"],
            "Brazil hosts a regional energy summit",
        ),
        (
            AR_PAGE,
            AR_ARTICLE_1,
            AR_ARTICLE_2,
            ["وكالة الأنباء التجريبية", "صحيفة تجريبية"],
            "قطر والبحرين تبحثان تعزيز التعاون",
        ),
    ],
    ids=["english", "arabic"],
)
def test_pages_of_other_shapes_split_and_drop_furniture(page, first, second, sources, title):
    docs = segment(page, "p")
    assert [d.id for d in docs] == ["p#1", "p#2"]
    # The menu line and the dateline are gone; a headline above the first article stays text
    # (it states the news as much as the first sentence does).
    paragraphs = _paragraphs(page, docs[0])
    assert paragraphs == first or paragraphs == [page.splitlines()[2]] + first, paragraphs
    assert _paragraphs(page, docs[1]) == second
    assert [d.source for d in docs] == sources
    assert docs[1].title == title
    kept = "\n".join(p for d in docs for p in _paragraphs(page, d))
    for furniture in (
        "By Maria Torres",
        "Reporting by",
        "Tags:",
        "Read also",
        "Photo:",
        "Related stories",
        "Peru's new cabinet",
        "Markets rally",
        "بقلم",
        "الكلمات المفتاحية",
        "اقرأ أيضاً",
        "كتب:",
        "الصورة:",
        "مواضيع ذات صلة",
        "السعودية تطلق",
        "ارتفاع أسعار الذهب",
    ):
        assert furniture not in kept, furniture


def test_english_dateline_dates_the_article():
    docs = segment(EN_PAGE, "p")
    assert docs[0].date == "2024-05-07"
    text = "Tuesday 7 May 2024 10:30 GMT\nChile and Argentina agreed on Tuesday to reopen a crossing.\n"
    (doc,) = segment(text, "d")
    assert doc.date == "2024-05-07" and len(doc.content_regions()) == 1
    # A sentence holding a date is text, not a dateline.
    (doc,) = segment("Talks resumed on May 7, 2024 in Geneva between the two delegations.\n", "s")
    assert doc.date is None and len(doc.content_regions()) == 1


def test_byline_rule_spares_sentences():
    # Sentences that begin like a byline are article text.
    text = (
        "By the end of the talks, Chile and Argentina had agreed to reopen the crossing.\n"
        "كتب الرئيس الفرنسي رسالة إلى نظيره الجزائري يدعوه فيها إلى زيارة باريس.\n"
    )
    (doc,) = segment(text, "s")
    assert len(doc.content_regions()) == 2


def test_title_line_equal_to_the_page_title_is_not_article_text():
    text = "Chile and Argentina agree\nChile and Argentina agreed on Tuesday to reopen a crossing.\n"
    (doc,) = segment(text, "t", title="Chile and Argentina agree")
    assert _paragraphs(text, doc) == ["Chile and Argentina agreed on Tuesday to reopen a crossing."]


def test_feed_footers_and_continue_reading_lines_are_furniture():
    text = (
        "Chile and Peru signed an accord on Wednesday to manage fish stocks.\n"
        "Continue reading...\n"
        "The post Chile and Peru sign a fisheries accord appeared first on The Example Herald.\n"
        "للمزيد: اضغط هنا\n"
        "تابع القراءة\n"
    )
    (doc,) = segment(text, "feed-item")
    assert _paragraphs(text, doc) == ["Chile and Peru signed an accord on Wednesday to manage fish stocks."]
