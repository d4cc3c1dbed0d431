"""English: a trigger and both sides in the sentence, yet no relation (issue 13, round 14, branch
``en``).

- A possessive pronoun on what a verb of force strikes ("shelled their post", "raided their
  camp") stands for an actor named before it, never for the one striking; with "own" it is the
  striker's own ("bombed its own villages").
- A clash noun in a phrase of when around a clause ("after days of fighting with X", "amid clashes
  with X") is an event of its own, not swallowed by the clause's verb, and the clause's subject is
  its other side; not for a verb of saying or judging, a passive, or a verb of undergoing.
- A band noun with a national adjective and nothing else that says its kind ("an Iraqi group",
  "a shadowy Afghan faction") is that state's armed group, as "Iraqi militants" are; not "an
  Iraqi group of lawyers", "a French media group", "French group Alcatel".
- A "that" clause the parser hung on the gerund of a phrase of when of a verb of saying ("said
  after meeting X that Y shelled Z") is what was said: its own event, reported, not the content
  of the meeting.
Sentences written for geokg (real pipeline: ``en_core_web_sm``, the gazetteer, the ontology)."""

from __future__ import annotations

import pytest
from helpers import readings_en, require_english_model

require_english_model()


def _read(extractor, text: str) -> set[tuple]:
    """(subject country, CAMEO root, object country, polarity) per coded assertion."""
    return readings_en(extractor, text, "subject", "root", "object", "polarity", date="2005-03-01")


def _force(found: set[tuple]) -> set[tuple]:
    return {(s, o) for s, root, o, pol in found if root in ("18", "19") and pol == "affirmed"}


@pytest.mark.parametrize(
    "text",
    [
        "Six Malian soldiers died when Algerian gunboats shelled their outpost late on Friday.",
        "Three Malian guards were wounded after Algerian commandos raided their barracks at dawn.",
        "Malian troops ambushed a patrol at dawn; hours later Algerian jets bombed their base.",
    ],
)
def test_the_owner_of_what_is_struck_is_named_before(extractor, text):
    found = _read(extractor, text)
    assert ("DZA", "MLI") in _force(found), found
    # must not: the victims as the attackers
    assert ("MLI", "DZA") not in _force(found), found


def test_own_keeps_the_striker_as_owner(extractor):
    found = _read(extractor, "Chilean police raided their own barracks in Valparaiso on Monday.")
    assert not any(s != "CHL" or o not in (None, "CHL") for s, o in _force(found)), found


@pytest.mark.parametrize(
    "text",
    [
        "Nepalese troops retook a mountain pass after three days of fighting with Bhutanese soldiers.",
        "Nepalese troops retook the district capital following clashes with Bhutanese soldiers, a spokesman said.",
        "Nepalese troops advanced toward the river amid clashes with Bhutanese soldiers on Sunday.",
        "KATHMANDU (Reuters) - Nepalese troops backed by helicopters recaptured two hill villages on "
        "Thursday after a week of fighting with Bhutanese soldiers near the frontier, in what local "
        "officials described as the worst violence in the area for a decade.",
    ],
)
def test_the_clause_subject_is_the_other_side_of_a_clash(extractor, text):
    found = _read(extractor, text)
    assert ("NPL", "BTN") in _force(found), found


@pytest.mark.parametrize(
    "text",
    [
        # a statement about the clash is no side of it
        "Nepal protested to Bhutan after clashes with Indian soldiers near the frontier.",
        # a victim of the clash is no side of it in its own name (its side is read apart)
        "Ten Nepalese villagers were killed during fighting with Bhutanese soldiers.",
        # a plea made in spite of something is not an event of its own time
        "Nepal refused to pay despite a plea from a Bhutanese envoy begging India to help.",
    ],
)
def test_no_side_from_a_statement_or_a_victim(extractor, text):
    found = _read(extractor, text)
    assert not any(s == "NPL" and o == "IND" for s, o in _force(found)), found
    assert not any(s == "NPL" and o == "BTN" and text.startswith("Nepal protested") for s, o in _force(found))
    assert not any(s == "NPL" and root == "02" for s, root, o, pol in found), found


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bombing that was claimed by Colombian guerrillas killed four Venezuelan guards on Sunday.",
        "Colombian guerrillas claimed responsibility for a raid that killed four Venezuelan guards.",
        "Colombian guerrillas carried out a raid that wounded four Venezuelan guards near the river.",
    ],
)
def test_an_act_that_kills_is_its_claimant_s(extractor, text):
    found = _read(extractor, text)
    assert ("COL", "VEN") in _force(found), found
    assert ("VEN", "COL") not in _force(found), found


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela condemned a raid that killed four Venezuelan guards near the river.",
        "A roadside bombing that was condemned by Colombia killed four Venezuelan guards on Sunday.",
    ],
)
def test_who_condemns_the_act_did_not_kill(extractor, text):
    found = readings_en(extractor, text, "subject", "subject_sector", "root", "object", date="2005-03-01")
    # (unidentified attackers of the place may stand; the state that condemns never does)
    assert not any(s in ("COL", "VEN") and sector is None and root in ("18", "19") for s, sector, root, o in found)


@pytest.mark.parametrize(
    "text",
    [
        "Burundian troops pushed ahead with an offensive against Rwandan soldiers on Thursday.",
        "Burundian troops pushed on with a ground assault on Rwandan positions near the lake.",
    ],
)
def test_going_on_with_an_act_is_doing_it(extractor, text):
    found = readings_en(extractor, text, "subject", "subject_sector", "root", "object", date="2005-03-01")
    assert any(s == "BDI" and root in ("18", "19") and o == "RWA" for s, sector, root, o in found), found
    # must not: unidentified attackers, where the troops are named
    assert not any(sector == "UAF" for s, sector, root, o in found), found


def test_going_on_in_spite_of_an_act_is_not_doing_it(extractor):
    text = "Burundian troops pushed ahead despite attacks on Rwandan positions near the lake."
    found = readings_en(extractor, text, "subject", "root", "object", date="2005-03-01")
    assert not any(s == "BDI" and root in ("18", "19") for s, root, o in found), found


def _sides(extractor, text: str) -> set[tuple]:
    """(subject country, subject sector, CAMEO root) per coded assertion."""
    return readings_en(extractor, text, "subject", "subject_sector", "root")


@pytest.mark.parametrize(
    "text",
    [
        "Two Chilean surveyors were abducted near Mosul by an Iraqi group on Tuesday.",
        "An Iraqi group abducted two Chilean surveyors near Mosul on Tuesday.",
        "A shadowy Iraqi group said on its website it had kidnapped two Chilean surveyors.",
        "The abduction of two Chilean surveyors by an Iraqi group shocked Santiago.",
    ],
)
def test_a_national_band_is_the_states_armed_group(extractor, text):
    found = _sides(extractor, text)
    assert ("IRQ", "REB", "18") in found, found


def test_a_national_faction_attacks_as_an_armed_group(extractor):
    found = _sides(extractor, "An Afghan faction fired rockets at a Danish patrol outside Kabul on Friday.")
    assert any(s == "AFG" and sector == "REB" for s, sector, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "An Iraqi group of lawyers denounced the Danish army over the raid on Friday.",
        "A French group of companies signed a supply contract with Iran on Monday.",
        "A French media group signed a supply contract with Iran on Monday.",
        "Danish group Maersk signed a supply contract with Iran on Monday.",
        "An Iraqi human rights group denounced the Danish army over the raid on Friday.",
    ],
)
def test_a_band_that_says_its_kind_is_no_armed_group(extractor, text):
    # must not: a body of lawyers or companies read as rebels
    assert not any(sector == "REB" for _, sector, _ in _sides(extractor, text))


def test_a_that_clause_hung_on_a_gerund_of_when_is_what_was_said(extractor):
    text = "Chile's defence minister said after meeting his Peruvian counterpart that Bolivian troops had shelled a Chilean border post."
    found = readings_en(extractor, text, "subject", "root", "object", "modality")
    assert ("BOL", "19", "CHL", "reported") in found, found
    # must not: the speaker as the one who shelled
    assert not any(s == "CHL" and root == "19" for s, root, _, _ in found), found


# --- a negated claim negates the claim, not the act ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "where", "target"),
    [
        ("No group has claimed the bombing of the Danish consulate in Kabul on Tuesday.", "AFG", "DNK"),
        ("Nobody claimed responsibility for the raid on the Danish consulate in Kabul.", "AFG", "DNK"),
        ("No one has claimed the blast that wounded nine Iraqi policemen in Basra on Sunday.", "IRQ", "IRQ"),
    ],
)
def test_a_negated_claim_leaves_the_act_done(extractor, text, where, target):
    found = _read(extractor, text)
    # the act happened, by attackers the text does not name; only the claim is negated
    assert any(
        s == where and root in ("18", "19") and o == target and pol == "affirmed" for s, root, o, pol in found
    ), found
    assert not any(root in ("18", "19") and pol == "negated" for _, root, _, pol in found), found


def test_a_named_group_that_does_not_claim_an_act_is_not_its_agent(extractor):
    # must not: the group that disowns the claim read as the attacker, done or not done
    found = _read(extractor, "Hamas did not claim the bombing of the Danish consulate in Kabul.")
    assert not any(s == "PSE" for s, _, _, _ in found), found


def test_a_claim_still_makes_the_claimant_the_agent(extractor):
    found = _read(extractor, "Hamas claimed the bombing of the Danish consulate in Kabul on Tuesday.")
    assert ("PSE", "19", "DNK", "affirmed") in found or ("PSE", "18", "DNK", "affirmed") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Hamas denied carrying out the bombing of the Danish consulate in Kabul.",
        "No Kenyan troops attacked the Somali border post on Monday.",
    ],
)
def test_a_denied_or_negated_act_is_never_affirmed(extractor, text):
    found = _read(extractor, text)
    assert not any(root in ("18", "19") and pol == "affirmed" and s != "AFG" for s, root, _, pol in found), found
