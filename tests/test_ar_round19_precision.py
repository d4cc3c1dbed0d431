"""Arabic wrong readings mended at their root, round 19 (branch ``polish``), tested on the real
extractor with our own sentences.

- a land occupied or invaded is what the act befalls (``gk:PatientGenitiveCue`` widened with
  احتلال، غزو): a judgement on the occupation does not judge the occupied; the genitive with
  the act's object behind ل after it ("باحتلال تركيا للأراضي") stays the agent judged.
- forces of no state in the object slot ("وهاجم المسلحون القوات": bare القوات,
  ``doc._.geokg_unsettled``) are not the place's civilians: the attack keeps no target.
- a protest noun behind "في"/"خلال" with a nationality adjective ("في احتجاج مغربي") is an
  event people take part in: a crowd of that people, not the state's formal complaint.
- a denial after a word of concession with no comma ("رغم نفي X التهم استدعت Y") ends before
  the main clause's verb (``modality_ar.conceded_end``): the main clause is not negated.
"""

from __future__ import annotations

import pytest

from tests.helpers import pairs, readings_ar

DATE = "2024-05-20"


def readings(extractor, text: str) -> set[tuple[str | None, str, str | None, str, str]]:
    """(subject country, relation, object country or None, polarity, modality) of each assertion."""
    return readings_ar(extractor, text, DATE)


@pytest.mark.parametrize(
    ("text", "judge", "victim"),
    [
        ("ندد الوزير التونسي باحتلال الكويت.", "TUN", "KWT"),
        ("واستنكرت الجزائر غزو ليبيا في بيان.", "DZA", "LBY"),
    ],
)
def test_occupied_land_is_not_judged(extractor, text, judge, victim):
    found = pairs(readings(extractor, text))
    assert (judge, "criticizes", victim) not in found, found


def test_occupier_before_li_object_is_judged(extractor):
    found = pairs(readings(extractor, "ندد الوزير التونسي باحتلال إيران للجزر الثلاث."))
    assert ("TUN", "criticizes", "IRN") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "وهاجم المقاتلون القوات قرب الموصل.",
        "وقصف المسلحون القوات شمال تكريت.",
    ],
)
def test_bare_forces_are_no_civilians(extractor, text):
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    assert any(a.relation == "attacks" for a in assertions), assertions
    for a in assertions:
        sector = a.object.entity.sector if a.object is not None and hasattr(a.object, "entity") else None
        assert sector != "CVL", (a.relation, sector)


def test_village_attacked_still_hits_civilians(extractor):
    assertions, _ = extractor.extract_text("وهاجم المسلحون قرية قرب الموصل.", date=DATE, lang="ar")
    assert any(a.object is not None and a.object.entity.sector == "CVL" for a in assertions), assertions


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("وتجمع مئات العمال في احتجاج مغربي على الأسعار.", "MAR"),
        ("وشارك آلاف في احتجاج تونسي على البطالة.", "TUN"),
    ],
)
def test_protest_taken_part_in_is_a_crowd(extractor, text, people):
    assertions, _ = extractor.extract_text(text, date=DATE, lang="ar")
    assert any(a.relation == "protests" and a.subject.entity.country == people for a in assertions), assertions
    for a in assertions:
        assert a.relation != "criticizes", (a.subject.entity.label, a.relation)
        assert not (a.subject.entity.type == "Country" and a.relation == "protests"), a.subject.entity.label


@pytest.mark.parametrize(
    "text",
    [
        "رغم نفي سوريا التهم التركية استدعت فرنسا السفير السوري.",
        "ورغم نفي روسيا أنها قصفت جورجيا استدعت بولندا السفير الروسي.",
    ],
)
def test_concession_without_comma_ends_at_main_verb(extractor, text):
    found = readings(extractor, text)
    main = [t for t in found if t[1] == "criticizes" and t[0] in ("FRA", "POL")]
    assert main, found
    assert all(t[3] == "affirmed" for t in main), found


def test_denial_after_concession_still_negates_its_own_verb(extractor):
    found = readings(extractor, "نفت روسيا أنها قصفت جورجيا.")
    assert ("RUS", "attacks", "GEO", "negated", "reported") in found, found
