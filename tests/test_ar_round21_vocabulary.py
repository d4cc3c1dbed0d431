"""Round 21 (Arabic): words of disapproval, blame, vowed retaliation and help the lexicon lacked.

Each class is tried in our own sentences, every word of it in several shapes (the verb with its
object, the verbal noun after its light verb, the participle, a report) and with several kinds of
actor (a head of state, a minister, a head of government):

- astonishment voiced at another's deed (استغرب، استغراب، مستغربا): disapproval, 111;
- blame turned on another (أنحى باللائمة/باللوم على): 112;
- another's act labelled an escalation, unjustified, irresponsible or a threat (اعتبر X تصعيدا،
  وصف X بأنه تهديد): criticism, 111, never a threat the speaker makes;
- retaliation or revenge vowed (تعهد بالرد، تعهد بالانتقام من، أقسم على الانتقام من): 13;
- help given as العون (قدم العون، مد يد العون): aid, 07.

"وعبر X عن ..." with the subject between: the unvowelled verb عبر (expressed) opening its
sentence, with عن after the name, is no preposition "via" governing the name.

Must-nots: a negated or denied act is never affirmed; astonishment at a match, help asked for
(طلب العون من), a reply to a letter and the surname عون are no relation of these roots; a label
never makes the speaker threaten.
"""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import root_rows_ar

DATE = "2024-09-10"

# (subject phrase, its state, object name, its state); masculine subjects, so one verb form serves
ACTORS = [
    ("الرئيس المصري", "EGY", "إيران", "IRN"),
    ("وزير الخارجية التركي", "TUR", "اليونان", "GRC"),
    ("رئيس الوزراء الياباني", "JPN", "ألمانيا", "DEU"),
]


def _rows(extractor: Extractor, text: str) -> set[tuple[str | None, str, str | None, str, str]]:
    return root_rows_ar(extractor, text, DATE)


# (shape with {S} and {O}, CAMEO root, modality)
_SHOULD = [
    # astonishment: the verb, the light verbs with the verbal noun, the participle, a report
    ("واستغرب {S} قرار {O}.", "11", "asserted"),
    ("وأعرب {S} عن استغرابه من موقف {O}.", "11", "asserted"),
    ("وأبدى {S} استغرابه من موقف {O}.", "11", "asserted"),
    ("وقال {S} مستغربا إن {O} تتجاهل الأزمة.", "11", "asserted"),
    ("وقالت مصادر إن {S} استغرب قرار {O}.", "11", "reported"),
    # blame
    ("وأنحى {S} باللائمة على {O}.", "11", "asserted"),
    ("وأنحى {S} باللوم على {O} في الهجمات.", "11", "asserted"),
    ("وقالت مصادر إن {S} أنحى باللائمة على {O}.", "11", "reported"),
    # labels
    ("واعتبر {S} قرار {O} تصعيدا.", "11", "asserted"),
    ("واعتبر {S} قرار {O} غير مبرر.", "11", "asserted"),
    ("واعتبر {S} البرنامج النووي لـ{O} تهديدا للمنطقة.", "11", "asserted"),
    ("ووصف {S} قرار {O} بأنه تهديد للسلام.", "11", "asserted"),
    ("ووصف {S} قرار {O} بأنه غير مسؤول.", "11", "asserted"),
    # retaliation vowed
    ("وتعهد {S} بالانتقام من {O}.", "13", "asserted"),
    ("وأقسم {S} على الانتقام من {O}.", "13", "asserted"),
    ("وتعهد {S} بالرد بقوة على {O}.", "13", "asserted"),
    ("وقالت مصادر إن {S} تعهد بالانتقام من {O}.", "13", "reported"),
    # help
    ("وقدم {S} العون إلى {O} بعد الزلزال.", "07", "asserted"),
    ("ومد {S} يد العون إلى {O}.", "07", "asserted"),
    ("وقالت مصادر إن {S} قدم العون إلى {O}.", "07", "reported"),
]


@pytest.mark.parametrize(("shape", "root", "modality"), _SHOULD)
@pytest.mark.parametrize("actors", ACTORS, ids=lambda a: a[1])
def test_the_word_gives_its_relation(extractor, shape, root, modality, actors):
    s, s_state, o, o_state = actors
    rows = _rows(extractor, shape.format(S=s, O=o))
    assert (s_state, root, o_state, "affirmed", modality) in rows
    assert not any(r[0] == o_state and r[2] == s_state for r in rows)  # never reversed


# negated and denied: the act stays, never affirmed
_NOT_AFFIRMED = [
    "ولم يستغرب {S} قرار {O}.",
    "ونفى {S} أنه استغرب قرار {O}.",
    "ونفى {S} أنه أنحى باللائمة على {O}.",
    "ولم يعتبر {S} البرنامج النووي لـ{O} تهديدا.",
    "ونفى {S} أنه تعهد بالانتقام من {O}.",
    "ولم يتعهد {S} بالانتقام من {O}.",
]


@pytest.mark.parametrize("shape", _NOT_AFFIRMED)
@pytest.mark.parametrize("actors", ACTORS, ids=lambda a: a[1])
def test_a_negated_or_denied_act_is_never_affirmed(extractor, shape, actors):
    s, s_state, o, o_state = actors
    rows = _rows(extractor, shape.format(S=s, O=o))
    assert not any(r[0] == s_state and r[2] == o_state and r[3] == "affirmed" for r in rows)


@pytest.mark.parametrize("actors", ACTORS, ids=lambda a: a[1])
def test_a_label_of_a_threat_is_no_threat_by_the_speaker(extractor, actors):
    s, s_state, o, o_state = actors
    rows = _rows(extractor, f"واعتبر {s} البرنامج النووي لـ{o} تهديدا للمنطقة.")
    assert not any(r[1] == "13" for r in rows)


_NO_RELATION = [
    "واستغرب الجمهور أداء المنتخب المصري.",
    "وتعهد الرئيس الإيراني بالرد على رسالة فرنسا.",
    "والتقى الرئيس اللبناني ميشال عون وزير الخارجية الفرنسي.",
]


@pytest.mark.parametrize("text", _NO_RELATION)
def test_the_word_in_another_sense_gives_none_of_these_roots(extractor, text):
    assert not any(r[1] in {"11", "13", "07"} for r in _rows(extractor, text))


@pytest.mark.parametrize("actors", ACTORS, ids=lambda a: a[1])
def test_help_asked_for_is_no_help_given(extractor, actors):
    s, s_state, o, o_state = actors
    rows = _rows(extractor, f"وطلب {s} يد العون من {o}.")
    assert not any(r[1] == "07" and r[0] == s_state for r in rows)


# "وعبر X عن ...": unvowelled, the verb عبر (expressed) is written as the preposition "via"; at the
# head of its sentence with عن after the name it is the verb, and the name its subject
_EXPRESSED = [
    ("وعبر {S} عن استغرابه من موقف {O}.", "11"),
    ("وعبر {S} عن استيائه من تصريحات {O}.", "11"),
    ("وعبر {S} عن غضبه من قرار {O}.", "11"),
    ("وعبر {S} عن قلقه من تصريحات {O}.", "01"),
]


@pytest.mark.parametrize(("shape", "root"), _EXPRESSED)
@pytest.mark.parametrize("actors", ACTORS, ids=lambda a: a[1])
def test_expressed_with_the_subject_between(extractor, shape, root, actors):
    s, s_state, o, o_state = actors
    rows = _rows(extractor, shape.format(S=s, O=o))
    assert (s_state, root, o_state, "affirmed", "asserted") in rows


def test_via_a_medium_or_across_a_border_is_still_a_preposition(extractor):
    rows = _rows(extractor, "وقال وزير الخارجية التركي عبر التلفزيون إن إيران هاجمت العراق.")
    assert ("IRN", "19", "IRQ", "affirmed", "reported") in rows or ("IRN", "19", "IRQ", "affirmed", "asserted") in rows
    assert not any(r[0] == "TUR" and r[1] == "19" for r in rows)
    assert _rows(extractor, "وعبر الحدود عن طريق تركيا دخل مقاتلون إلى سوريا.") == set()
