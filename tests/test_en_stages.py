"""The English rule stages one by one, on a blank pipeline: ``en_core_web_sm`` and geokg's English
linker only (no relation component), over sentences written for these tests. Each stage is called
directly on the parsed Doc and returns frozen values."""

from __future__ import annotations

import dataclasses

import pytest
from geokg.extract import arguments_en, clauses_en, modality_en, nesting_en, reporting_en
from geokg.extract.entities_en import COMPONENT_NAME as LINKER
from geokg.extract.lexicon_en import EnglishLexicon
from geokg.extract.phrases_en import Memory, Phrases
from geokg.ontology import load_ontology
from helpers import load_english_model
from spacy.tokens import Doc


def _blank():
    nlp = load_english_model()
    nlp.add_pipe(LINKER).initialize(lambda: [], nlp=nlp)
    return nlp


NLP = _blank()
LEX = EnglishLexicon.build(load_ontology())


def parse(text: str, date: str = "2008-06-01") -> Doc:
    doc = NLP.make_doc(text)
    doc._.geokg_date = date
    for _, proc in NLP.pipeline:
        doc = proc(doc)
    return doc


def phrases_of(doc: Doc, memory: Memory | None = None) -> Phrases:
    linker = doc._.geokg_links
    named = [a for t in doc if linker.may_name(t) for a in linker.actors(t) if t.i == a.end - 1]
    return Phrases(LEX, linker, memory or Memory(), tuple(named))


def trigger(doc: Doc, relation: str) -> clauses_en.Trigger:
    sent = doc[:]
    found = [t for t in clauses_en.find_triggers(sent, LEX) if t.relation == relation]
    assert len(found) == 1, clauses_en.find_triggers(sent, LEX)
    return found[0]


def ids(actors) -> list[str]:
    return [a.entity.id for a in actors]


def context(doc: Doc, trig: clauses_en.Trigger) -> modality_en.Context:
    phrases = phrases_of(doc)
    args = arguments_en.find(trig, phrases)
    assert args is not None
    path = clauses_en.clause_path(args.verb)
    return modality_en.combine(reporting_en.report(path, phrases), modality_en.signals(path, LEX))


# --- clauses ------------------------------------------------------------------------------------


def test_a_trigger_spans_its_words_and_is_anchored_on_the_verb():
    doc = parse("The European Union imposed new sanctions on Belarus.")
    t = trigger(doc, "imposesSanctionsOn")
    assert doc[t.start : t.end].text == "imposed new sanctions" and t.anchor.text == "imposed"
    with pytest.raises(dataclasses.FrozenInstanceError):
        t.relation = "meetsWith"  # type: ignore[misc]


def test_words_inside_a_name_trigger_nothing():
    doc = parse("The Asia-Pacific Economic Cooperation forum opened in Lima.")
    assert clauses_en.find_triggers(doc[:], LEX) == []


def test_force_in_a_speech_is_criticism():
    doc = parse("The Venezuelan president attacked the IMF in a speech.")
    t = [t for t in clauses_en.find_triggers(doc[:], LEX) if t.anchor.text == "attacked"][0]
    assert LEX.relations[t.relation].use_of_force
    assert clauses_en.speech_act(t, LEX).relation == LEX.speech_relation
    assert t.relation != LEX.speech_relation  # a new value; the old one is unchanged


def test_a_match_score_and_a_condition_are_out_of_scope():
    doc = parse("Ghana beat Nigeria 3-1 in Accra on Sunday.")
    linker = doc._.geokg_links
    assert all(clauses_en.out_of_scope(t, doc[:], LEX, linker) for t in clauses_en.find_triggers(doc[:], LEX))
    doc = parse("If Chad attacked Niger, France would intervene.")
    attack = [t for t in clauses_en.find_triggers(doc[:], LEX) if t.anchor.text == "attacked"][0]
    assert clauses_en.out_of_scope(attack, doc[:], LEX, doc._.geokg_links)


def test_history_is_out_of_scope_against_the_story_date():
    doc = parse("In 1982, Israel invaded Lebanon.", date="2008-06-01")
    t = clauses_en.find_triggers(doc[:], LEX)[0]
    assert clauses_en.out_of_scope(t, doc[:], LEX, doc._.geokg_links)
    doc = parse("In 1982, Israel invaded Lebanon.", date="1982-06-10")
    assert not clauses_en.out_of_scope(clauses_en.find_triggers(doc[:], LEX)[0], doc[:], LEX, doc._.geokg_links)


def test_an_intent_word_yields_to_the_act_it_controls():
    doc = parse("Norway agreed to provide aid to Sudan.")
    clauses = clauses_en.plan(clauses_en.find_triggers(doc[:], LEX), LEX)
    act, intent = clauses
    assert LEX.relations[intent.trigger.relation].expresses_intent and intent.governs == (act.trigger.anchor.i,)
    assert act.intended and not act.background


def test_an_event_in_a_relative_clause_is_background():
    doc = parse("Chad, whose troops attacked Sudan last week, met Libya in Tripoli.")
    clauses = {c.trigger.anchor.text: c for c in clauses_en.plan(clauses_en.find_triggers(doc[:], LEX), LEX)}
    assert clauses["attacked"].background and not clauses["met"].background


def test_a_clause_path_climbs_from_the_event_to_the_reporting_verb():
    doc = parse("Kenya said Uganda attacked a border post.")
    attacked = next(t for t in doc if t.text == "attacked")
    path = clauses_en.clause_path(attacked)
    assert [(s.token.text, s.same_clause, s.exit) for s in path] == [("attacked", True, "ccomp"), ("said", False, None)]


def test_said_that_someone_must_is_a_demand():
    doc = parse("France said Iran must halt its enrichment programme.")
    found = clauses_en.obligations(doc[:], clauses_en.find_triggers(doc[:], LEX), LEX)
    assert [(t.relation, t.anchor.text) for t in found] == [(LEX.obligation_relation, "said")]


# --- phrases ------------------------------------------------------------------------------------


def test_memory_keeps_what_pronouns_and_pairs_read():
    doc = parse("Chad and Niger met, and President Sarkozy flew to Mali.")
    named = phrases_of(doc).named
    memory = Memory().after(named)
    assert memory.person is not None and memory.person.entity.type == "Person"
    assert ids(memory.states) == ["Q912", "Q1032"]  # Mali, then Niger: the latest two, latest first
    assert memory.other is not None and memory.other.entity.id == "Q912"
    assert Memory().after([]) == Memory()


def test_a_pronoun_resolves_to_the_last_actor_of_its_kind():
    doc = parse("Peru recalled its ambassador after Chile criticized it.")
    it = doc[-2]
    assert ids(phrases_of(doc).expand([it])) == ["Q419"]  # Peru, not Chile (the clause's subject)
    # from the sentences before: what the memory keeps
    earlier = phrases_of(parse("Ecuador closed its border.")).named[0]
    doc = parse("They protested.")
    assert ids(phrases_of(doc, Memory().after([earlier])).expand([doc[0]])) == ["Q736"]


def test_conjuncts_are_a_compound_actor():
    doc = parse("Canada imposed sanctions on Syria and Iran.")
    t = trigger(doc, "imposesSanctionsOn")
    args = arguments_en.find(t, phrases_of(doc))
    assert args is not None and ids(args.subjects) == ["Q16"] and ids(args.objects) == ["Q858", "Q794"]


# --- arguments ----------------------------------------------------------------------------------


def test_a_passive_takes_its_agent_as_subject():
    doc = parse("New sanctions against Iran were imposed by the European Union.")
    args = arguments_en.find(trigger(doc, "imposesSanctionsOn"), phrases_of(doc))
    assert args is not None and ids(args.subjects) == ["Q458"] and ids(args.objects) == ["Q794"]


def test_a_noun_trigger_takes_the_subject_of_its_light_verb():
    doc = parse("Pakistan launched retaliatory strikes against militant hideouts in Afghanistan.")
    t = next(t for t in clauses_en.find_triggers(doc[:], LEX) if LEX.relations[t.relation].use_of_force)
    args = arguments_en.find(t, phrases_of(doc))
    assert args is not None and ids(args.subjects) == ["Q843"] and ids(args.objects) == ["Q889"]


def test_a_compound_subject_of_a_reciprocal_relation_pairs_its_members():
    doc = parse("Brazil, India and South Africa met in Geneva.")
    t = trigger(doc, "meetsWith")
    phrases = phrases_of(doc)
    args = arguments_en.find(t, phrases)
    assert args is not None
    pairs, how = arguments_en.pairs(t, args, phrases, nested=False)
    assert how == "reciprocal" and len(pairs) == 3


def test_a_relation_that_needs_an_object_asserts_nothing_without_one():
    doc = parse("Russia imposed sanctions.")
    t = trigger(doc, "imposesSanctionsOn")
    phrases = phrases_of(doc)
    args = arguments_en.find(t, phrases)
    assert args is not None and args.objects == ()
    assert arguments_en.pairs(t, args, phrases, nested=False)[0] == []


def test_no_subject_no_arguments():
    doc = parse("Sanctions were imposed on Iran.")
    assert arguments_en.find(trigger(doc, "imposesSanctionsOn"), phrases_of(doc)) is None


# --- reporting ----------------------------------------------------------------------------------


def test_x_said_y_did_z_is_reported_and_attributed_to_x():
    doc = parse("Kenya said Uganda attacked a Kenyan border post.")
    t = trigger(doc, "attacks")
    args = arguments_en.find(t, phrases_of(doc))
    assert args is not None and ids(args.subjects) == ["Q1036"]  # Uganda acts, not Kenya
    ctx = context(doc, t)
    assert ctx.modality == "reported" and ctx.attributed_to is not None and ctx.attributed_to.id == "Q114"


def test_according_to_attributes():
    doc = parse("According to Iraq, Iranian forces shelled Basra.")
    ctx = context(doc, trigger(doc, "attacks"))
    assert ctx.modality == "reported" and ctx.attributed_to is not None and ctx.attributed_to.id == "Q796"


def test_an_allegation_is_alleged():
    doc = parse("Georgia alleged that Russia bombed Gori.")
    ctx = context(doc, trigger(doc, "attacks"))
    assert ctx.modality == "alleged" and ctx.attributed_to is not None and ctx.attributed_to.id == "Q230"


# --- modality and negation ----------------------------------------------------------------------


def test_negation_in_the_own_clause():
    doc = parse("Japan did not send aid to Iraq.")
    assert context(doc, trigger(doc, "providesAidTo")).polarity == "negated"


def test_a_denial_negates_the_event_and_attributes_it():
    doc = parse("Iran denied that it supplied drones to Russia.")
    t = next(t for t in clauses_en.find_triggers(doc[:], LEX) if t.anchor.text == "supplied")
    ctx = context(doc, t)
    assert ctx.polarity == "negated" and ctx.modality == "reported" and ctx.attributed_to.id == "Q794"


def test_negation_does_not_spill_from_a_governing_clause():
    # the negation is the saying's, not the attack's: reported, affirmed
    doc = parse("Chad did not say that Sudan attacked Darfur.")
    attacked = next(t for t in doc if t.text == "attacked")
    sig = modality_en.signals(clauses_en.clause_path(attacked), LEX)
    assert not sig.negated


def test_would_is_future_when_reported_else_hypothetical():
    sig = modality_en.Signals(would=True)
    assert modality_en.combine(reporting_en.Report("reported"), sig).modality == "expected"
    assert modality_en.combine(reporting_en.Report(), sig).modality == "hypothetical"
    assert modality_en.combine(reporting_en.Report(), modality_en.Signals(future=True)).future


# --- nesting ------------------------------------------------------------------------------------


def test_condemning_an_act_nests_it_and_never_makes_it_the_speakers():
    doc = parse("France condemned Russia's invasion of Georgia.")
    phrases = phrases_of(doc)
    triggers = clauses_en.find_triggers(doc[:], LEX)
    outer = next(t for t in triggers if nesting_en.nests(LEX.relations[t.relation]))

    def code(trig, nested):
        args = arguments_en.find(trig, phrases, nested=nested is not None)
        if args is None:
            return []
        ctx = modality_en.combine(reporting_en.Report(), modality_en.Signals())
        return arguments_en.candidates(trig, args, ctx, doc[:], phrases, nested)

    found = nesting_en.nested(outer, triggers, doc[:], phrases, (), code)
    assert found is not None and len(found) == 2
    inner, stance = found
    assert (inner.subject.entity.id, inner.object.entity.id) == ("Q159", "Q230")
    assert stance.subject.entity.id == "Q142" and stance.object is inner
    assert all(c.subject.entity.id != "Q142" for c in found if c.relation == inner.relation)


def test_a_stance_on_an_actor_is_not_nested():
    doc = parse("France criticized Russia.")
    triggers = clauses_en.find_triggers(doc[:], LEX)
    assert nesting_en.nested(triggers[0], triggers, doc[:], phrases_of(doc), (), lambda t, n: []) is None


def test_a_stretch_of_time_is_no_object_standing_for_its_owner():
    """ "demanded Moscow's withdrawal" acts on Moscow; "Iran's campaign hit its second week"
    acts on nobody: a time named with a possessive is no thing of the possessor's."""
    doc = parse("Iran's campaign hit its second week.")
    verb = next(t for t in doc if t.lemma_ == "hit")
    assert verb.children and any(c.ent_type_ == "DATE" for c in verb.children)
    assert phrases_of(doc).objects_of(verb, ("against",), include_direct=True) == []
    doc = parse("Georgia demanded Moscow's withdrawal.")
    verb = next(t for t in doc if t.lemma_ == "demand")
    found = phrases_of(doc).objects_of(verb, ("of",), include_direct=True)
    assert [a.entity.id for a in found] == ["Q159"]  # Moscow stands for Russia


# --- round 7 (en): modality and attribution over participles, prepositions and adverbs ----------


def test_a_plan_welcomed_is_no_plan_of_the_welcome():
    """ "plan" makes its infinitive expected ("a plan to send troops"), never a past participle
    that describes it: the plan is what was welcomed."""
    doc = parse("A Kenyan plan welcomed by France was rejected by Uganda.")
    assert context(doc, trigger(doc, "praises")).modality == "asserted"


def _reported_by(ctx: modality_en.Context) -> str | None:
    return ctx.attributed_to.id if ctx.modality == "reported" and ctx.attributed_to is not None else None


def _word_context(doc: Doc, word: str) -> modality_en.Context:
    """The context of the clause path from the (first) token ``word``."""
    path = clauses_en.clause_path(next(t for t in doc if t.text == word))
    return modality_en.combine(reporting_en.report(path, phrases_of(doc)), modality_en.signals(path, LEX))


def test_a_participle_of_saying_speaks_for_the_main_subject():
    doc = parse("Kenya closed its border, saying Uganda had attacked a Kenyan post.")
    assert _reported_by(context(doc, trigger(doc, "attacks"))) == "Q114"


def test_the_path_climbs_through_a_verbs_preposition_and_as_long_as():
    doc = parse("Kenya wants to prepare for an Ethiopian withdrawal from Somalia.")
    noun = next(t for t in doc if t.text == "withdrawal")
    steps = clauses_en.clause_path(noun)
    assert [s.token.text for s in steps][:4] == ["withdrawal", "for", "prepare", "wants"]
    assert modality_en.signals(steps, LEX).future  # wanted, so expected
    doc = parse("Kenya said it would not reopen the border as long as Ugandan attacks on Kenyan villages continue.")
    ctx = _word_context(doc, "continue")
    assert _reported_by(ctx) == "Q114" and ctx.polarity == "affirmed"  # the negation is the reopening's


def test_an_adjective_controlling_the_act_keeps_its_clause():
    """ "is not ready to resume talks": the negation on the copula is the act's own clause's, and
    the reporting verb above the copula reports it."""
    assert _word_context(parse("Kenya is not ready to resume talks with Uganda."), "resume").polarity == "negated"
    doc = parse("Uganda said Kenya was ready to resume talks with Sudan.")
    assert _reported_by(_word_context(doc, "resume")) == "Q1036"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Uganda allegedly shelled Kenyan villages.", "alleged"),
        ("Uganda reportedly shelled Kenyan villages.", "reported"),
        ("Uganda may shell Kenyan villages.", "hypothetical"),
    ],
)
def test_hearsay_adverbs_and_may_on_the_own_clause(text, modality):
    doc = parse(text)
    assert context(doc, trigger(doc, "attacks")).modality == modality


def test_a_denied_gerund_is_the_deniers_claim():
    doc = parse("Uganda denied shelling Kenyan villages.")
    ctx = context(doc, trigger(doc, "attacks"))
    assert ctx.polarity == "negated" and _reported_by(ctx) == "Q1036"


def test_a_spokesman_for_a_body_speaks_for_it():
    doc = parse("A spokesman for the Kenyan government said Uganda shelled Kenyan villages.")
    ctx = context(doc, trigger(doc, "attacks"))
    assert ctx.attributed_to is not None and ctx.attributed_to.country == "KEN"


@pytest.mark.parametrize(
    ("text", "word", "polarity", "modality"),
    [
        # spaCy lemmatises "hopes" as "hop": the cue still reads it
        ("Kenya hopes to resume talks with Uganda.", "resume", "affirmed", "expected"),
        ("Kenya is hoping to resume talks with Uganda.", "resume", "affirmed", "expected"),
        # a finite conjunct cannot lean on "did", nor on its "not"
        ("Kenya did not attack Uganda but shelled Sudan.", "shelled", "affirmed", "asserted"),
        ("Kenya did not attack Uganda but shelled Sudan.", "attack", "negated", "asserted"),
        ("Kenya did not meet and talk with Uganda.", "talk", "negated", "asserted"),
        # a subject of which no one acts
        ("No Kenyan troops attacked Uganda.", "attacked", "negated", "asserted"),
        ("Neither Kenya nor Uganda signed the agreement.", "signed", "negated", "asserted"),
        ("Not only Kenya but also Uganda signed the agreement.", "signed", "affirmed", "asserted"),
    ],
)
def test_polarity_and_modality_of_the_own_clause(text, word, polarity, modality):
    ctx = _word_context(parse(text), word)
    assert (ctx.polarity, ctx.modality) == (polarity, modality)


def test_the_one_quoted_as_saying_speaks():
    doc = parse("The Kenyan foreign minister was quoted as saying Uganda had shelled Kenyan villages.")
    ctx = context(doc, trigger(doc, "attacks"))
    assert ctx.modality == "reported" and ctx.attributed_to is not None and ctx.attributed_to.country == "KEN"
