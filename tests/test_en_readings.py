"""English readings that were wrong or missing on wire-news shapes, one mechanism per test
(sentences written for geokg; real pipeline: ``en_core_web_sm``, the gazetteer, the ontology)."""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import labelled_en, require_english_model

require_english_model()


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(
    "text",
    [
        "Japan relaxed its sanctions on Iran.",
        "Japan relaxed the sanctions on Iran.",
        "Japan eased its sanctions on Iran.",
    ],
)
def test_a_possessive_on_a_stopped_act_names_its_agent_not_the_target(extractor, text):
    """The verb stops its object's act: the noun is the trigger's, its possessor its agent (the
    subject), the target the noun's "on" phrase."""
    found = labelled_en(extractor, text)
    assert ("Japan", "easesSanctionsOn", "Iran", "Country") in found, found


@pytest.mark.parametrize(
    "text, relation",
    [
        ("Israeli air strikes hit Hezbollah positions.", "carriesOutAirstrikeOn"),
        ("Israeli airstrikes hit Hezbollah positions.", "carriesOutAirstrikeOn"),
        # the subject names no means: the frame's code stands
        ("Israeli troops hit Hezbollah positions.", "clashesWith"),
    ],
)
def test_a_subject_naming_the_means_of_force_gives_its_code(extractor, text, relation):
    """ "hit positions" codes the target (193); an air strike as subject is the means (195)."""
    found = labelled_en(extractor, text)
    assert any(f[1] == relation and f[2] == "Hezbollah" for f in found), found
    assert len({f[1] for f in found}) == 1, found


@pytest.mark.parametrize(
    "text, target",
    [
        ("A suicide bomber blew himself up among Afghan policemen in Kandahar.", "police (Afghanistan)"),
        ("A suicide bomber blew himself up among army recruits in Kabul.", "army (Afghanistan)"),
    ],
)
def test_a_bombing_among_a_party_targets_the_party_not_the_town(extractor, text, target):
    found = labelled_en(extractor, text)
    assert {f[2] for f in found if f[1] == "carriesOutBombingAgainst"} == {target}, found


@pytest.mark.parametrize(
    "text, state",
    [
        ("Uganda accused Congo of arming militias.", "Congo - Kinshasa"),
        ("Uganda accused the Democratic Republic of Congo of arming militias.", "Congo - Kinshasa"),
        ("Uganda accused the Republic of Congo of arming militias.", "Congo - Brazzaville"),
        ("Uganda accused Congo Republic of arming militias.", "Congo - Brazzaville"),
        ("Uganda accused Congo-Brazzaville of arming militias.", "Congo - Brazzaville"),
    ],
)
def test_bare_congo_is_the_democratic_republic(extractor, text, state):
    """ "Congo" alone in wire news after 1997 is the DRC; the other is named in full."""
    found = labelled_en(extractor, text)
    assert ("Uganda", "accuses", state, "Country") in found, found


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Tamil rebels attacked Sri Lankan troops.", "rebels (Sri Lanka)"),
        ("Tamil Tiger rebels attacked Sri Lankan troops.", "Tamil Tigers"),
    ],
)
def test_tamil_rebels_are_sri_lankas(extractor, text, actor):
    found = labelled_en(extractor, text, typed="subject")
    assert any(f[0] == actor and f[1] == "attacks" for f in found), found


def test_tamil_nadu_stays_indias(extractor):
    found = labelled_en(extractor, "The chief minister of Tamil Nadu criticized Sri Lanka.", typed="subject")
    assert {f[0] for f in found} and all("India" in f[0] for f in found), found
