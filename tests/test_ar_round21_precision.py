"""Round 21 (Arabic): wrong readings mended as classes, in our own sentences.

- A hollow trigger verb with و in the jussive ("لم يزر X Y", "لم تلم X Y"): the act denied,
  X the actor (should); never the host as actor, never affirmed (must-not); the short form is
  made for the trigger lexicon's verbs only (يقل، يكن، ليزر keep their readings).
- "ولما لم تنسحب X هاجمت Y Z": لم negates the verb right after it; a trigger verb of the next
  clause is affirmed (should, must-not: denied); a trigger right after لم/لن stays denied.
"""

from __future__ import annotations

import pytest
from geokg.extract.morphology_ar import verb_forms
from geokg.extract.pipeline import Extractor
from helpers import readings_ar

DATE = "2024-09-10"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _rows(extractor: Extractor, text: str) -> set[tuple[str | None, str, str | None, str, str]]:
    """(subject, relation, object, polarity, modality) of every assertion."""
    return readings_ar(extractor, text, DATE)


_VISITORS = [("الرئيس الفرنسي", "FRA", "ي"), ("وزير الخارجية الياباني", "JPN", "ي"), ("الحكومة الإيطالية", "ITA", "ت")]
_HOSTS = [("الجزائر", "DZA"), ("الصين", "CHN"), ("البرازيل", "BRA")]
_JUSSIVE = [(f"لم {p}زر {v} {h} .", vs, hs) for v, vs, p in _VISITORS for h, hs in _HOSTS if vs != hs] + [
    (f"لم {p}زر {v} {h} ، في جولة تشمل كندا .", vs, hs) for v, vs, p in _VISITORS for h, hs in _HOSTS[:1]
]


@pytest.mark.parametrize(("text", "visitor", "host"), _JUSSIVE)
def test_jussive_visit_is_denied(extractor, text, visitor, host):
    rows = _rows(extractor, text)
    assert (visitor, "visits", host, "negated", "asserted") in rows
    # must-not: the host never visits, and no visit is affirmed
    assert not any(r[0] == host for r in rows)
    assert not any(r[1] == "visits" and r[3] == "affirmed" for r in rows)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("لم تلم الحكومة المصرية إسرائيل .", ("EGY", "accuses", "ISR")),
        ("لم يلم الرئيس الكيني الصومال .", ("KEN", "accuses", "SOM")),
    ],
)
def test_jussive_blame_is_denied(extractor, text, act):
    rows = _rows(extractor, text)
    assert (*act, "negated", "asserted") in rows
    assert not any(r[:3] == act and r[3] == "affirmed" for r in rows)


def test_jussive_only_for_triggers():
    # A verb of saying or being keeps its forms: يقل ("decreases") and يكن are other words.
    assert not {"يقل", "تقل"} & {f.text for f in verb_forms("قال/يقول")}
    assert not {"يكن", "تكن"} & {f.text for f in verb_forms("كان/يكون")}
    short = {f.text for f in verb_forms("زار/يزور", jussive=True)}
    assert {"يزر", "تزر", "يزره"} <= short
    # no future or purpose prefix on the short form: ليزر is "laser"
    assert not {"ليزر", "سيزر"} & short


@pytest.mark.parametrize(
    "text",
    [
        "قال الرئيس الفرنسي إن جهاز ليزر استخدم في الجزائر .",
        "لم يقل الرئيس الفرنسي شيئا عن الجزائر .",
    ],
)
def test_jussive_lookalikes_give_no_visit(extractor, text):
    assert not any(r[1] == "visits" for r in _rows(extractor, text))


# "ولما لم تنسحب X هاجمت Y Z": the negator's verb is the subordinate clause's; the main act is
# told as done (should), never denied (must-not). Its own verb after لم/لن stays denied.
_WHEN_NOT = ["ولما لم تنسحب القوات الإثيوبية", "ولما لم يرد الرئيس السوداني", "لما لم توافق الحكومة الليبية"]
_MAIN = [
    ("هاجمت إريتريا الصومال", ("ERI", "attacks", "SOM")),
    ("انتقدت مصر إثيوبيا", ("EGY", "criticizes", "ETH")),
    ("هددت تركيا إيران", ("TUR", "threatens", "IRN")),
]


@pytest.mark.parametrize(("clause", "main", "act"), [(c, m, a) for c in _WHEN_NOT for m, a in _MAIN])
def test_when_not_leaves_the_main_clause_affirmed(extractor, clause, main, act):
    rows = _rows(extractor, f"{clause} {main} .")
    assert any(r[:3] == act and r[3] == "affirmed" for r in rows)
    assert not any(r[:3] == act and r[3] == "negated" for r in rows)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("لم تهاجم إيران العراق .", ("IRN", "attacks", "IRQ")),
        ("لن تهدد تركيا اليونان .", ("TUR", "threatens", "GRC")),
        ("لن تستطيع إيران مهاجمة العراق .", ("IRN", "attacks", "IRQ")),
        ("لم تنتقد الحكومة المصرية إسرائيل .", ("EGY", "criticizes", "ISR")),
    ],
)
def test_own_verb_after_negator_stays_denied(extractor, text, act):
    rows = _rows(extractor, text)
    assert any(r[:3] == act and r[3] == "negated" for r in rows)
    assert not any(r[:3] == act and r[3] == "affirmed" for r in rows)
