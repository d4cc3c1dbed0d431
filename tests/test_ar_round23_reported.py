"""Round 23 (Arabic): acts another party reports, when the reported clause names its own actor.

- **Quoted words opening with a verb** ("وقالت الوزارة « قصفت القوات الإسرائيلية ... »"): the
  opening quotation mark after a reporting word starts a clause of its own, as the colon does
  (``clauses_ar._quoted_words_start``). Before, the speaker before the mark was taken as the
  subject of the quoted verb and the named actor became its object (a reversal), or nothing was
  read.
  Quoted words that open with their actor ("« القوات الإسرائيلية قصفت ...»") are read the same
  way: the name right after the mark, its verb after it.
- **A source after the clause** ("...، قالت الوزارة.", "...، كما ذكرت الوكالة.", "...، حسبما
  أفادت ...", "...، وفقا لمصادر ..."): a reporting verb after the comma that closes a clause,
  its source named right after it and the sentence ending there, gives that source the clause
  (``reporting_ar._trailing_sources``); an unnamed source there makes it reported by no one named.
- Must-not: the speaker is never the actor of an act whose clause names one; a negated act in a
  quote or before a trailing source stays negated; a reporting verb after the comma that says
  something of its own ("، وقالت الحكومة إن ...") leaves the clause before it the writer's.
"""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import readings

DATE = "2006-08-01"

# (act with its verb first, the same act negated, root, subject state, object state)
ACTS = [
    ("قصفت القوات الإسرائيلية قرى لبنانية", "لم تقصف القوات الإسرائيلية قرى لبنانية", "19", "ISR", "LBN"),
    ("هاجمت القوات الأمريكية مواقع عراقية", "لم تهاجم القوات الأمريكية مواقع عراقية", "19", "USA", "IRQ"),
    ("أرسلت روسيا مساعدات إلى سوريا", "لم ترسل روسيا مساعدات إلى سوريا", "07", "RUS", "SYR"),
    ("وقعت مصر اتفاقا مع الأردن", "لم توقع مصر اتفاقا مع الأردن", "05", "EGY", "JOR"),
    ("اعتقلت القوات الإسرائيلية ناشطين فلسطينيين", "لم تعتقل القوات الإسرائيلية ناشطين فلسطينيين", "17", "ISR", "PSE"),
]
# the same acts with their subject first
FRONTED = [
    ("القوات الإسرائيلية قصفت قرى لبنانية", "19", "ISR", "LBN"),
    ("القوات الأمريكية هاجمت مواقع عراقية", "19", "USA", "IRQ"),
    ("روسيا أرسلت مساعدات إلى سوريا", "07", "RUS", "SYR"),
    ("مصر وقعت اتفاقا مع الأردن", "05", "EGY", "JOR"),
    ("القوات الإسرائيلية اعتقلت ناشطين فلسطينيين", "17", "ISR", "PSE"),
]
# sources named with a state of their own (a ministry, a news agency, a government)
SOURCES = [
    ("وزارة الخارجية اللبنانية", "LBN"),
    ("وكالة الأنباء السورية", "SYR"),
    ("الحكومة العراقية", "IRQ"),
]
QUOTED = ['وقالت {s} " {v} " .', "وقالت {s} « {v} » .", 'وأعلنت {s} " {v} " .']
TRAILING = ["{v} ، قالت {s} .", "{v} ، كما ذكرت {s} .", "{v} ، حسبما أفادت {s} .", "{v} ، أفادت {s} مساء أمس ."]
UNNAMED = ["{v} ، قالت مصادر أمنية .", "{v} ، وفقا لمصادر أمنية .", "{v} ، كما ذكرت مصادر مطلعة ."]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _rows(extractor: Extractor, text: str) -> set[tuple]:
    names = ("subject", "root", "object", "polarity", "modality")
    return readings(extractor, text, *names, date=DATE, lang="ar", coded_only=False, two_sided=True)


def _speaker_as_actor(rows: set[tuple], root: str, subject: str, speaker: str) -> bool:
    return speaker != subject and any(r[1] == root and r[0] == speaker for r in rows)


@pytest.mark.parametrize("shape", QUOTED + TRAILING)
@pytest.mark.parametrize(("source", "speaker"), SOURCES)
@pytest.mark.parametrize(("vso", "neg", "root", "subject", "obj"), ACTS)
def test_named_source_reports_the_act_with_its_own_actor(
    extractor, shape, source, speaker, vso, neg, root, subject, obj
):
    rows = _rows(extractor, shape.format(s=source, v=vso))
    assert (subject, root, obj, "affirmed", "reported") in rows
    assert not _speaker_as_actor(rows, root, subject, speaker)


@pytest.mark.parametrize("shape", QUOTED[:2])
@pytest.mark.parametrize(("source", "speaker"), SOURCES)
@pytest.mark.parametrize(("svo", "root", "subject", "obj"), FRONTED)
def test_quoted_words_opening_with_their_actor(extractor, shape, source, speaker, svo, root, subject, obj):
    rows = _rows(extractor, shape.format(s=source, v=svo))
    assert (subject, root, obj, "affirmed", "reported") in rows
    assert not _speaker_as_actor(rows, root, subject, speaker)


@pytest.mark.parametrize("shape", UNNAMED)
@pytest.mark.parametrize(("vso", "neg", "root", "subject", "obj"), ACTS)
def test_unnamed_source_after_the_clause_reports_it(extractor, shape, vso, neg, root, subject, obj):
    assert (subject, root, obj, "affirmed", "reported") in _rows(extractor, shape.format(v=vso))


# --- must-not -------------------------------------------------------------------------------------


# a negated act in a quote, and before a source after the clause
NEGATED = ['وقالت {s} " {n} " .', "{n} ، قالت {s} ."]


@pytest.mark.parametrize("shape", NEGATED)
@pytest.mark.parametrize(("source", "speaker"), SOURCES)
@pytest.mark.parametrize(("vso", "neg", "root", "subject", "obj"), ACTS)
def test_a_negated_reported_act_stays_negated(extractor, shape, source, speaker, vso, neg, root, subject, obj):
    rows = _rows(extractor, shape.format(s=source, n=neg))
    assert not any(r[1] == root and r[3] == "affirmed" for r in rows)
    assert not _speaker_as_actor(rows, root, subject, speaker)


@pytest.mark.parametrize(("source", "speaker"), SOURCES)
@pytest.mark.parametrize(("vso", "neg", "root", "subject", "obj"), ACTS)
def test_a_statement_of_its_own_after_the_comma_leaves_the_clause_asserted(
    extractor, source, speaker, vso, neg, root, subject, obj
):
    rows = _rows(extractor, f"{vso} ، وقالت {source} إن الوضع هادئ .")
    assert (subject, root, obj, "affirmed", "asserted") in rows


@pytest.mark.parametrize(("source", "speaker"), SOURCES)
def test_quoted_first_person_stays_the_speaker(extractor, source, speaker):
    rows = _rows(extractor, f'وقالت {source} " نحن نقصف مواقع إسرائيلية " .')
    assert not any(r[1] == "19" and r[0] not in (speaker, None) for r in rows)
