"""Review of round 20 (Arabic), in our own sentences.

- a verb right after a relative clause is its head's predicate (``clauses_ar._governed_nouns``,
  ``arguments_ar._head_before_relative``); a head the text does not name ("الرئيس", "الوزيرة")
  leaves the verb with no subject (``arguments_ar._unnamed_relative_head``): the name inside the
  clause, the place visited, never meets or criticises anyone (must-not); a named head still does;
- in the gap of "بحث ... مع" a definite title right after the verb takes no genitive, so the
  nationality adjective on the definite noun after it qualifies the topic discussed
  (``arguments_ar._topic_nationality_in_gap``): that state never meets the partner (must-not);
  a title's own nationality ("بحث الرئيس الكيني ...") still does;
- a tour noun continues the verb before it (``meetings_ar.continued_contact``) only in a
  prepositional phrase after the verb's object ("، في جولة تشمل X"): a tour with a verb of its
  own ("لكنه بدأ جولة", "وبدأ جولة") is another clause, and the first verb's negation never
  reaches its stops (must-not: the stops visited, negated).
"""

from __future__ import annotations

import pytest
from geokg.extract.model import Argument
from geokg.extract.pipeline import Extractor

DATE = "2025-03-04"


def _relations(extractor: Extractor, text: str) -> set[tuple[str | None, str, str | None]]:
    """(subject state, relation, object state) of every assertion."""
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    return {
        (a.subject.entity.country, a.relation, a.object.entity.country if isinstance(a.object, Argument) else None)
        for a in assertions
        if isinstance(a.subject, Argument)
    }


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("المبعوث الذي يزور كينيا اجتمع مع رئيس وزراء إثيوبيا.", "KEN"),
        ("الوزيرة التي تزور البرازيل انتقدت الأرجنتين.", "BRA"),
        ("الرئيس الذي زار تونس هدد ليبيا.", "TUN"),
    ],
)
def test_place_in_unnamed_heads_relative_clause_is_no_subject(extractor, text, place):
    found = _relations(extractor, text)
    assert not {f for f in found if f[0] == place}


def test_named_head_of_relative_clause_keeps_its_verb(extractor):
    found = _relations(extractor, "الرئيس الكيني الذي يزور أديس أبابا انتقد الصومال.")
    assert ("KEN", "criticizes", "SOM") in found
    assert not {f for f in found if f[0] == "ETH"}


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("بحثت الوزيرة الأزمة السودانية مع نظيرها الكيني.", "SDN"),
        ("بحث الرئيس الملف الليبي مع نظيره التونسي.", "LBY"),
    ],
)
def test_topic_nationality_in_talks_gap_is_no_party(extractor, text, topic):
    found = _relations(extractor, text)
    assert not {f for f in found if topic in (f[0], f[2])}


def test_title_nationality_in_talks_gap_is_the_subject(extractor):
    found = _relations(extractor, "بحث الرئيس الكيني الأزمة مع نظيره التنزاني.")
    assert ("KEN", "meetsWith", "TZA") in found


@pytest.mark.parametrize(
    "text",
    [
        "لم تصل الوزيرة الكندية إلى نيروبي، لكنها بدأت جولة تشمل أوغندا.",
        "لم يصل المبعوث الياباني إلى هانوي، وبدأ جولة تشمل كمبوديا.",
    ],
)
def test_negation_of_arrival_does_not_reach_a_tour_begun(extractor, text):
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    stops = [
        a
        for a in assertions
        if a.relation == "visits" and isinstance(a.object, Argument) and a.object.entity.country in ("UGA", "KHM")
    ]
    assert not [a for a in stops if a.polarity == "negated"]


def test_tour_in_a_frame_still_continues_a_denied_arrival(extractor):
    assertions, _ = extractor.extract_text(
        "لم يصل المبعوث الياباني إلى هانوي، في جولة تشمل كمبوديا.", date=DATE, lang="ar"
    )
    stops = [a for a in assertions if isinstance(a.object, Argument) and a.object.entity.country == "KHM"]
    assert stops and all(a.polarity == "negated" for a in stops)
