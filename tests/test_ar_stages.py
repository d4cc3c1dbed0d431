"""The Arabic relation stages one by one, on a blank pipeline (``spacy.blank("ar")``, the
sentencizer and geokg's linker) and our own sentences.

Each stage takes immutable values and returns new ones: the tests check what a stage finds and
that the values it was given are unchanged.
"""

from __future__ import annotations

import dataclasses

import pytest
import spacy
from geokg.extract.arguments_ar import find_arguments, merge_specific, participants, refine
from geokg.extract.clauses_ar import Entities, find_clauses
from geokg.extract.entities_ar import COMPONENT_NAME as LINKER
from geokg.extract.events_ar import keep_reported, one_sided
from geokg.extract.lexicon_ar import ArabicLexicon
from geokg.extract.modality_ar import background, polarity_modality
from geokg.extract.nesting_ar import nest
from geokg.extract.relations_ar import COMPONENT_NAME as RELATIONS
from geokg.extract.relations_ar import ArabicRelationExtractor, candidates
from geokg.extract.reporting_ar import find_speakers, speaker_for, speaker_subjects
from geokg.extract.values_ar import Discourse, Hit, Sentence
from geokg.ontology import load_ontology

DATE = "2024-03-12"


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("ar")
    nlp.add_pipe("sentencizer", config={"punct_chars": [".", "!", "?", "؟", "؛"]})
    nlp.add_pipe(LINKER)
    nlp.initialize()
    return nlp


@pytest.fixture(scope="module")
def lex():
    return ArabicLexicon.load(load_ontology())


def linked(nlp, text: str):
    doc = nlp.make_doc(text)
    doc._.geokg_date = DATE
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def clause(nlp, lex, text: str, discourse: Discourse | None = None):
    """The first sentence of ``text`` through clause finding: (Sentence, hits, discourse)."""
    doc = linked(nlp, text)
    sent = next(iter(doc.sents))
    norms = [t.norm_ for t in sent]
    texts = [t.text for t in sent]
    s, _, matches, after = find_clauses(lex, doc, sent, discourse or Discourse(), norms, texts, Entities(doc))
    return s, tuple(Hit(m, m.key) for m in matches), after


def through_arguments(nlp, lex, text: str, discourse: Discourse | None = None):
    s, hits, discourse = clause(nlp, lex, text, discourse)
    speakers, verb_subjects, discourse = find_speakers(lex, s, discourse)
    hits, _, discourse = find_arguments(lex, s, hits, verb_subjects, discourse)
    return s, hits, speakers, discourse


def ids(group) -> list[str]:
    return [a.entity.id for a in group.acting] if group is not None else []


def by_relation(hits, relation: str) -> Hit:
    return next(h for h in hits if h.relation == relation)


# --- clause finding ------------------------------------------------------------------------------


def test_coordinated_names_are_one_group_with_their_preposition(nlp, lex):
    s, _, _ = clause(nlp, lex, "التقى وزير الخارجية مع روسيا والصين في باريس")
    groups = [(ids(g), g.marker) for g in s.groups]
    assert (["Q159", "Q148"], "مع") in groups
    assert isinstance(s, Sentence)
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.groups = ()  # type: ignore[misc]


def test_a_complementizer_and_an_attached_verb_open_clauses(nlp, lex):
    s, hits, _ = clause(nlp, lex, "قالت فرنسا إن روسيا هاجمت أوكرانيا، وزارت الصين")
    doc = s.doc
    starts = {doc[i].text for i in s.bounds if i < len(doc)}
    assert "روسيا" in starts  # after "إن"
    assert "وزارت" in starts  # a verb with و attached
    assert {h.relation for h in hits} >= {"attacks", "visits"}


def test_the_two_countries_stand_for_the_last_pair_named(nlp, lex):
    before = Discourse()
    doc = linked(nlp, "وقعت مصر والأردن اتفاقية للتعاون الاقتصادي.")
    _, after = ArabicRelationExtractor(lex).sentence(doc, next(iter(doc.sents)), before)
    assert [a.entity.id for a in after.last_pair] == ["Q79", "Q810"]
    s, _, _ = clause(nlp, lex, "ووصف الجانبان العلاقات بين البلدين بالممتازة.", after)
    assert ["Q79", "Q810"] in [ids(g) for g in s.groups]
    assert before.last_pair is None and before.named == ()  # the value given is unchanged


# --- reporting and attribution -------------------------------------------------------------------


def test_a_reporting_verb_gives_its_speaker_the_rest_of_the_sentence(nlp, lex):
    s, hits, discourse = clause(nlp, lex, "قالت الصين إن روسيا هاجمت أوكرانيا")
    speakers, _, after = find_speakers(lex, s, discourse)
    assert [sp.actor.entity.id for sp in speakers] == ["Q148"]
    assert after.last_speaker is not None and after.last_speaker.entity.id == "Q148"
    assert discourse.last_speaker is None
    s, hits, speakers, _ = through_arguments(nlp, lex, "قالت الصين إن روسيا هاجمت أوكرانيا")
    attack = by_relation(hits, "attacks")
    assert ids(attack.subject) == ["Q159"] and ids(attack.objects) == ["Q212"]
    assert speaker_for(lex, s, attack, speakers).id == "Q148"  # reported, attributed to China


def test_according_to_covers_its_own_segment(nlp, lex):
    s, hits, speakers, _ = through_arguments(nlp, lex, "زار الرئيس الفرنسي الصين بحسب إيران")
    visit = by_relation(hits, "visits")
    assert speaker_for(lex, s, visit, speakers).id == "Q794"


def test_first_person_in_a_quotation_is_the_speaker(nlp, lex):
    s, hits, speakers, _ = through_arguments(nlp, lex, "وقالت ألمانيا « إننا ندعم أوكرانيا »")
    support = by_relation(hits, "supports")
    support = speaker_subjects(lex, s, support, speakers)
    assert ids(support.subject) == ["Q183"] and support.subject_from == "speaker"
    # an act of force the quote only names is judged by the speaker, not done by them
    s, hits, speakers, _ = through_arguments(nlp, lex, "وقالت ألمانيا « إن قصف المدن جريمة »")
    shelling = speaker_subjects(lex, s, by_relation(hits, "attacks"), speakers)
    assert shelling.subject is None and shelling.subject_from != "speaker"


# --- argument finding ----------------------------------------------------------------------------


def test_verb_subject_object_and_subject_verb_object(nlp, lex):
    _, hits, _, _ = through_arguments(nlp, lex, "اتهمت إيران الولايات المتحدة بعرقلة الاتفاق")
    accuse = by_relation(hits, "accuses")
    assert (ids(accuse.subject), accuse.subject_from, ids(accuse.objects)) == (["Q794"], "right", ["Q30"])
    _, hits, _, _ = through_arguments(nlp, lex, "الصين تدعم باكستان")
    support = by_relation(hits, "supports")
    assert (ids(support.subject), support.subject_from, ids(support.objects)) == (["Q148"], "left", ["Q843"])


def test_a_verbal_noun_takes_its_agent_as_genitive(nlp, lex):
    _, hits, _, _ = through_arguments(nlp, lex, "بدأت زيارة فرنسا إلى الصين")
    visit = by_relation(hits, "visits")
    assert (ids(visit.subject), visit.subject_from, ids(visit.objects)) == (["Q142"], "genitive", ["Q148"])


def test_a_dropped_subject_continues_the_last_subject_and_hits_are_new_values(nlp, lex):
    s, hits, discourse = clause(nlp, lex, "زارت فرنسا الصين واجتمعت مع اليابان")
    speakers, verb_subjects, discourse = find_speakers(lex, s, discourse)
    found, _, after = find_arguments(lex, s, hits, verb_subjects, discourse)
    assert all(h.subject is None for h in hits)  # the hits given are unchanged
    meeting = by_relation(found, "meetsWith")
    assert ids(meeting.subject) == ["Q142"] and meeting.subject_from == "dropped"
    assert ids(meeting.objects) == ["Q17"]
    assert after.last_subject is not None and ids(after.last_subject) == ["Q142"]


def test_a_narrower_relation_is_chosen_by_its_context(nlp, lex):
    s, hits, _, discourse = through_arguments(nlp, lex, "زودت ألمانيا أوكرانيا بأسلحة")
    hits = merge_specific(lex, hits)
    refined = [refine(lex, s, participants(lex, s, h, discourse)) for h in hits]
    assert "providesMilitaryAidTo" in {h.relation for h in refined if not h.superseded}


# --- nesting -------------------------------------------------------------------------------------


def test_concern_points_at_the_act_it_is_about(nlp, lex):
    s, hits, _, _ = through_arguments(nlp, lex, "أعربت فرنسا عن قلقها من هجوم إسرائيل على لبنان")
    nested = nest(lex, s, hits)
    concern = by_relation(nested, "expressesConcernAbout")
    inner = nested[concern.object_index]
    assert ids(concern.subject) == ["Q142"]
    assert inner.relation == "attacks" and ids(inner.subject) == ["Q801"] and ids(inner.objects) == ["Q822"]


def test_condemning_an_attack_takes_sides_against_its_agent(nlp, lex):
    s, hits, _, _ = through_arguments(nlp, lex, "أدانت فرنسا هجوم إسرائيل على لبنان")
    nested = nest(lex, s, hits)
    condemn = by_relation(nested, "criticizes")
    assert ids(condemn.subject) == ["Q142"] and ids(condemn.objects) == ["Q801"]
    assert ids(by_relation(nested, "attacks").subject) == ["Q801"]


def test_an_accusation_makes_the_accused_the_agent_of_the_act_alleged(nlp, lex):
    s, hits, _, _ = through_arguments(nlp, lex, "اتهمت روسيا بريطانيا بتزويد أوكرانيا بالأسلحة")
    nested = nest(lex, s, hits)
    aid = next(h for h in nested if h.relation != "accuses")
    assert ids(aid.subject) == ["Q145"] and aid.subject_from == "forced" and ids(aid.objects) == ["Q212"]
    assert aid.forced_modality == "alleged" and aid.forced_attribution.id == "Q159"
    assert all(h.forced_modality is None for h in hits)  # the hits given are unchanged


# --- modality and negation -----------------------------------------------------------------------


def test_negation_scopes_over_its_own_clause_only(nlp, lex):
    s, hits, _, _ = through_arguments(nlp, lex, "لم تدعم فرنسا روسيا، وهاجمت إسرائيل لبنان")
    marked = [polarity_modality(lex, s, h) for h in hits]
    assert by_relation(marked, "supports").negated
    assert not by_relation(marked, "attacks").negated


def test_future_and_background(nlp, lex):
    s, hits, _, _ = through_arguments(nlp, lex, "ستزور فرنسا الصين بعد الهجوم على لبنان")
    marked = [background(lex, s, polarity_modality(lex, s, h)) for h in hits]
    assert by_relation(marked, "visits").future
    assert by_relation(marked, "attacks").superseded  # "after the attack": background


# --- candidates and time (the whole component) ---------------------------------------------------


def test_candidates_of_an_assertion_about_an_assertion(nlp, lex):
    s, hits, speakers, _ = through_arguments(nlp, lex, "أعربت فرنسا عن قلقها من هجوم إسرائيل على لبنان")
    made = candidates(lex, s, nest(lex, s, hits), speakers)
    outer = next(c for c in made if c.nested is not None)
    assert outer.subject.entity.id == "Q142" and outer.nested.subject.entity.id == "Q801"


def test_the_component_resolves_times_and_leaves_the_discourse(nlp):
    full = spacy.blank("ar")
    full.add_pipe("sentencizer")
    full.add_pipe(LINKER)
    full.add_pipe(RELATIONS)
    full.initialize()
    doc = full.make_doc("اتهمت طهران واشنطن أمس بعرقلة الاتفاق.")
    doc._.geokg_date = DATE
    for _, component in full.pipeline:
        doc = component(doc)
    accuse = next(c for c in doc._.geokg_candidates if c.relation == "accuses")
    assert accuse.time is not None and accuse.time.start == "2024-03-11"
    assert isinstance(doc._.geokg_discourse, Discourse)


# --- events with one named side ------------------------------------------------------------------


def test_an_event_with_no_named_agent_takes_the_unidentified_side_of_its_place(nlp, lex):
    s, hits, _, _ = through_arguments(nlp, lex, "انفجرت عبوة ناسفة في بغداد فقتلت ثلاثة أشخاص")
    found = one_sided(lex, s, hits)
    assert len(found) == len(hits) + 1 and found[: len(hits)] == hits  # the hits given are kept
    event = found[-1]
    assert event.one_sided and event.subject_from == "implied"
    assert ids(event.subject) == ["irq-unidentified-attackers"] and event.subject.acting[0].implied


def test_counted_people_after_a_killing_are_its_victims(nlp, lex):
    s, hits, _, _ = through_arguments(nlp, lex, "قتل مسلحون خمسة جنود عراقيين في الموصل")
    event = one_sided(lex, s, hits)[-1]
    assert ids(event.subject) == ["irq-rebels"] and ids(event.objects) == ["irq-armed-forces"]


def test_an_event_that_did_not_happen_is_superseded(nlp, lex):
    s, hits, _, _ = through_arguments(nlp, lex, "لم يسفر الانفجار في بغداد عن سقوط عشرة قتلى")
    marked = [keep_reported(polarity_modality(lex, s, h)) for h in one_sided(lex, s, hits)]
    assert all(h.superseded for h in marked if h.one_sided)


def test_a_protest_crowd_and_its_implied_target(nlp, lex):
    s, hits, _, _ = through_arguments(nlp, lex, "تظاهر آلاف الطلاب في القاهرة")
    protest = one_sided(lex, s, hits)[0]
    assert ids(protest.subject) == ["egy-students"] and ids(protest.objects) == ["egy-government"]
    assert protest.objects.acting[0].implied
