"""English objects found through the thing a verb acts on (sentences written for geokg; real
pipeline: ``en_core_web_sm``, the gazetteer, the ontology): the author of a plan or a debt named
by a participle's agent or a relative clause's subject, and an event noun's agent named by the
participle of a light verb ("the raid carried out by X")."""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import coded_en, require_english_model

require_english_model()


def coded(extractor: Extractor, text: str) -> set[tuple]:
    """(subject country, relation, object country or None, polarity) of every coded assertion."""
    return coded_en(extractor, text, "2004-10-01", coded_only=True)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kenya rejected the plan drawn up by Ethiopia.", ("KEN", "rejects", "ETH", "affirmed")),
        ("Brazil welcomed the proposal put forward by Argentina.", ("BRA", "praises", "ARG", "affirmed")),
        ("India rejected the report the United Nations published.", ("IND", "rejects", None, "affirmed")),
        ("Norway agreed to cancel the debt Zambia owes it.", ("NOR", "providesEconomicAidTo", "ZMB", "affirmed")),
    ],
)
def test_the_author_of_the_thing_acted_on_is_the_object(extractor, text, expected):
    """A plan, proposal, report or debt names no actor; whose it is does: the agent of a
    participle on it, the subject of a relative clause on it."""
    assert expected in coded(extractor, text)  # (the UN: a body of no state)


def test_a_negated_rejection_of_an_authored_plan_stays_negated(extractor):
    found = coded(extractor, "Peru did not reject the plan Chile drew up.")
    assert ("PER", "rejects", "CHL", "negated") in found
    assert ("PER", "rejects", "CHL", "affirmed") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Chile backed the plan Peru rejected.",  # the clause is an act of its own
        "Chile praised the reforms that Peru did not make.",  # negated: nobody's reforms
        "Israel lifted the siege it had imposed on the town.",  # its own siege
    ],
)
def test_no_author_through_an_act_a_negation_or_the_subject_itself(extractor, text):
    found = coded(extractor, text)
    assert not any(f[2] in ("PER", "ISR") and f[0] != f[2] for f in found), found


def test_the_agent_of_a_light_verb_participle_does_the_event_noun(extractor):
    """ "the offensive launched by X", "the raid carried out by X": X does it."""
    found = coded(extractor, "The offensive launched by Ethiopian troops killed 20 Eritrean soldiers.")
    assert ("ETH", "attacks", "ERI", "affirmed") in found
    found = coded(extractor, "Ghana condemned the raid carried out by Togolese troops.")
    assert ("GHA", "criticizes", "TGO", "affirmed") in found


@pytest.mark.parametrize(
    "text",
    [
        "Norway agreed to cancel half of the debt Zambia owes it.",  # through the amount
        "Several creditors, including Norway, agreed to cancel 60 per cent of the debt Zambia owes them.",
    ],
)
def test_a_relative_clause_read_as_a_conjunct_still_names_the_debtor(extractor, text):
    """ "the debt X owes": the parser reads "owes" as a conjunct of the main verb; with no
    conjunction or comma before its subject it is a relative clause on the noun."""
    assert ("NOR", "providesEconomicAidTo", "ZMB", "affirmed") in coded(extractor, text)


def test_a_real_conjunct_is_no_relative_clause(extractor):
    found = coded(extractor, "Norway rejected the plan and Zambia welcomed it.")
    assert ("NOR", "rejects", "ZMB", "affirmed") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Norway cancelled the debt and Zambia thanked it.",
        "Norway cancelled the debt and Zambia has thanked it.",
    ],
)
def test_a_subject_the_parser_joined_to_the_object_before_it_is_no_object(extractor, text):
    """ "X cancelled the debt and Y thanked it": the parser joins Y to "the debt" and gives
    "thanked" X as its subject; Y is the subject of the second clause, never X's object."""
    found = coded(extractor, text)
    assert ("NOR", "praises", "ZMB", "affirmed") not in found
    assert not any(f[0] == "NOR" and f[2] == "ZMB" for f in found), found


def test_a_thanked_pronoun_is_the_first_clause_subject(extractor):
    found = coded(extractor, "Norway cancelled the debt and Zambia has thanked it.")
    assert ("ZMB", "praises", "NOR", "affirmed") in found


def test_coordinated_objects_stay_objects(extractor):
    found = coded(extractor, "Norway sent aid to Zambia and Malawi last year.")
    assert {("NOR", "providesAidTo", "ZMB", "affirmed"), ("NOR", "providesAidTo", "MWI", "affirmed")} <= found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chinese warships took part in the blockade of Taiwan.", ("CHN", "imposesBlockadeOn", "TWN")),
        ("Chinese warships participated in the blockade of Taiwan.", ("CHN", "imposesBlockadeOn", "TWN")),
        ("Egyptian diplomats took part in talks with Israel.", ("EGY", "meetsWith", "ISR")),
        # the passive of a verb of joining: who is engaged or involved takes part
        ("Croat forces were engaged in attacks on Serb villagers.", ("HRV", "attacks", "SRB")),
        ("Croat forces were involved in attacks on Serb villagers.", ("HRV", "attacks", "SRB")),
    ],
)
def test_who_takes_part_in_an_act_does_it(extractor, text, expected):
    """ "took part in the blockade of X" (gk:ParticipationCue): the event noun after the verb of
    joining is the subject's act, not a topic of "part"."""
    assert (*expected, "affirmed") in coded(extractor, text)


def test_refusing_to_take_part_is_not_taking_part(extractor):
    found = coded(extractor, "Syria refused to take part in talks with Israel.")
    assert not any(f[1] == "meetsWith" and f[3] == "affirmed" for f in found), found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two Thai soldiers died in an ambush by Malaysian rebels.", ("MYS", "attacks", "THA", "affirmed")),
        ("Two Thai soldiers died in a Malaysian attack.", ("MYS", "attacks", "THA", "affirmed")),
    ],
)
def test_who_dies_in_an_attack_is_its_target(extractor, text, expected):
    """ "died in an ambush by X" (gk:SufferedCue): the dead are the target, as with "were killed
    in an ambush by X"."""
    assert expected in coded(extractor, text)


def test_dying_after_talks_is_no_talks_with_the_dead(extractor):
    found = coded(extractor, "The Thai envoy died in Kuala Lumpur after talks with Malaysia.")
    assert not any(f[1] == "meetsWith" and f[0] == "MYS" for f in found), found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Taliban fighters attacked a convoy carrying Afghan officials.", ("attacks", "AFG")),
        ("Hamas militants fired at a bus carrying Israeli settlers.", ("attacks", "ISR")),
    ],
)
def test_force_on_a_vehicle_hits_whom_it_carries(extractor, text, expected):
    """ "attacked a convoy carrying X": the convoy names nobody; the people it carries are the
    target."""
    found = coded(extractor, text)
    assert any(f[1:3] == expected and f[3] == "affirmed" for f in found), found


def test_what_a_vehicle_carries_is_no_target_unless_it_is_people(extractor):
    found = coded(extractor, "Israeli jets bombed a ship carrying Iranian weapons.")
    assert not any(f[2] == "IRN" for f in found), found
