"""English: where a found trigger loses its parties (issue 13, round 15, branch ``en``).

- A clash noun that names no side of its own ("in clashes", "in fighting"), in which the armed
  men of two or more states die or are wounded on a border of theirs ("Malian and Nigerien
  soldiers were killed in clashes along the border"), was fought between them: each state's
  forces with the other's. Not for private people caught in it, nor where the clash names its
  sides ("with X", "between X and Y"), nor for the forces of one state, nor away from their
  border (allies die side by side in a third state's war).
- An act of force on a thing or a place that is no actor, with a participle of force telling
  its outcome ("shelled a hilltop post, killing two Georgian policemen"), struck whom the
  outcome names; never the striker itself, and a denial still negates it.
- Those who die in a firefight are not its sides (the peer frame ``DIE: - * (IN FIREFIGHT)``
  is dropped): "Malian and Nigerien civilians died in a firefight" is no clash between states.
Sentences written for geokg (real pipeline: ``en_core_web_sm``, the gazetteer, the ontology)."""

from __future__ import annotations

import pytest
from helpers import readings_en, require_english_model

require_english_model()


def _clashes(extractor, text: str) -> set[frozenset]:
    """The pairs of states (either direction) of the affirmed fights (CAMEO 19) read."""
    found = readings_en(extractor, text, "subject", "root", "object", "polarity", date="2005-03-01")
    return {frozenset((s, o)) for s, root, o, pol in found if root == "19" and pol == "affirmed" and s and o}


@pytest.mark.parametrize(
    "text",
    [
        "Malian and Nigerien soldiers died in clashes near the desert frontier on Thursday.",
        "Several Malian and Nigerien troops were killed in fighting near the disputed border, officials said.",
        "Malian and Nigerien border guards were wounded in a gunbattle on the frontier overnight, the army said.",
        "BAMAKO (AFP) - At least five Malian and Nigerien soldiers were killed in clashes along their "
        "desert frontier on Saturday, a military source said, the worst incident between the two "
        "neighbours since a border accord was signed three years ago.",
        "Two Malian soldiers and four Nigerien border guards were killed in fighting on the border, the "
        "defence ministry said on Friday.",
    ],
)
def test_two_states_forces_undergoing_a_clash_fought_each_other(extractor, text):
    assert frozenset(("MLI", "NER")) in _clashes(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # private people caught in it are no sides
        "Malian and Nigerien civilians were killed in clashes near the border, aid workers said.",
        "Malian and Nigerien civilians died in a firefight near the border, aid workers said.",
        # the clash names its own sides
        "Malian and Nigerien soldiers were killed in clashes with Tuareg rebels in the north.",
        "Malian and Nigerien peacekeepers were wounded in fighting between rebels and government troops in Congo.",
        # allies die side by side in a third state's war: no border of theirs
        "Malian and Nigerien soldiers were killed in clashes in northern Libya on Monday.",
        "Two Malian and three Nigerien soldiers were wounded in fighting near the Libyan border.",
    ],
)
def test_those_caught_in_a_clash_are_not_its_sides(extractor, text):
    assert frozenset(("MLI", "NER")) not in _clashes(extractor, text)


def test_one_states_forces_do_not_fight_themselves(extractor):
    found = _clashes(extractor, "Malian soldiers and police were killed in clashes near the capital.")
    assert not any(len(p) == 1 for p in found), found


@pytest.mark.xfail(
    strict=True,
    reason="'skirmish' is a trigger of attacks (a one-way act), not of a clash: its victims get "
    "no attacker; moving it to clashesWith changes every 'skirmished with' reading, left unmeasured",
)
def test_skirmish_undergone_by_two_states(extractor):
    text = "Malian and Nigerien soldiers were wounded in skirmishes near the border."
    assert frozenset(("MLI", "NER")) in _clashes(extractor, text)


def _force(extractor, text: str) -> set[tuple]:
    found = readings_en(extractor, text, "subject", "root", "object", "polarity", date="2005-03-01")
    return {(s, o, pol) for s, root, o, pol in found if root in ("18", "19")}


@pytest.mark.parametrize(
    "text",
    [
        "Bolivian troops shelled a hilltop post on Monday, killing two Peruvian policemen.",
        "Bolivian jets bombed a convoy of trucks near the river, wounding four Peruvian soldiers.",
        "LIMA (Reuters) - Bolivian troops raided a farmhouse late on Saturday, killing three Peruvian "
        "border guards and destroying two vehicles, a regional official said, in the worst incident "
        "since the two governments agreed to patrol the frontier together.",
    ],
)
def test_the_outcome_participle_names_whom_the_act_struck(extractor, text):
    found = _force(extractor, text)
    assert ("BOL", "PER", "affirmed") in found, found
    # must not: the victims as the attackers
    assert not any(s == "PER" and o == "BOL" for s, o, _ in found), found


def test_a_denied_act_with_its_outcome_stays_denied(extractor):
    found = _force(extractor, "La Paz denied that Bolivian troops shelled the post, killing two Peruvian policemen.")
    assert ("BOL", "PER", "affirmed") not in found, found


def test_whoever_condemns_the_raid_is_not_its_attacker(extractor):
    text = "Peru condemned the raid in which Bolivian troops shelled a farmhouse, killing two Peruvian policemen."
    found = _force(extractor, text)
    assert not any(s == "PER" for s, _, _ in found), found


def _given(extractor, text: str) -> set[tuple]:
    """(giver, root, recipient) of the affirmed readings, by country."""
    found = readings_en(extractor, text, "subject", "root", "object", "polarity", date="2005-03-01")
    return {(s, root, o) for s, root, o, pol in found if pol == "affirmed"}


@pytest.mark.parametrize(
    "text",
    [
        "Norway provided Bolivian and Peruvian families with food aid after the mudslides.",
        "Norway supplied both the Bolivian and the Peruvian authorities with tents and blankets.",
        "Norway on Friday provided the Bolivian and Peruvian governments with emergency aid, the "
        "ministry in Oslo said.",
        "OSLO (Reuters) - Norway has provided the Bolivian and Peruvian governments with several "
        "million dollars in emergency aid after mudslides buried hillside towns in the Andes this "
        "month, leaving many homeless, its foreign ministry said on Friday.",
    ],
)
def test_a_with_phrase_after_the_object_is_what_the_object_receives(extractor, text):
    found = _given(extractor, text)
    assert {("NOR", "07", "BOL"), ("NOR", "07", "PER")} <= found, found


def test_with_after_no_direct_object_keeps_its_meaning(extractor):
    # ("met with the envoy": no object before "with", no gift)
    found = _given(extractor, "Norway met with Bolivian envoys to discuss food aid on Friday.")
    assert not any(root == "07" for _, root, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Bolivian and Peruvian troops patrolled the border together on Friday.",
        "Rebels attacked Bolivian and Peruvian army posts near the border overnight.",
    ],
)
def test_coordinated_nationalities_are_not_each_others_foes(extractor, text):
    found = _given(extractor, text)
    assert not {(s, o) for s, root, o in found if root in ("18", "19")} & {("BOL", "PER"), ("PER", "BOL")}, found


def test_the_plural_of_a_states_one_force_is_each_states_own(extractor):
    found = _given(extractor, "The Bolivian and Peruvian armies clashed along their border on Friday.")
    assert {(s, o) for s, root, o in found if root == "19"} & {("BOL", "PER"), ("PER", "BOL")}, found


def test_two_armies_exercising_together_do_not_fight(extractor):
    found = _given(extractor, "The Bolivian and Peruvian armies held joint drills near their border on Friday.")
    assert not any(root in ("18", "19") for _, root, _ in found), found
