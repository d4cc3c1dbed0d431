"""English root-01 statements (optimism 013, accord 019, declining comment 011: ``STATEMENT_TRIGGERS``
of ontology/data/build_triggers_en.py) and responsibility for an attack claimed or denied, on
sentences written for geokg (real pipeline: ``en_core_web_sm``, the gazetteer, the ontology)."""

from __future__ import annotations

import pytest
from geokg.extract.pipeline import Extractor
from helpers import coded_en, require_english_model

require_english_model()


def coded(extractor: Extractor, text: str) -> set[tuple]:
    return coded_en(extractor, text, "2011-06-15", ids=True)


@pytest.mark.parametrize(
    "text, subject, relation, target",
    [
        ("Japan expressed optimism about North Korea.", "JPN", "expressesOptimismAbout", "PRK"),
        ("Russia voiced confidence about Iran.", "RUS", "expressesOptimismAbout", "IRN"),
        ("Spain concurred with Italy on the budget.", "ESP", "expressesAccordWith", "ITA"),
        ("The State Department declined to comment on Iran's statement.", "USA", "declinesCommentOn", "IRN"),
        ("A French spokesman refused to comment on the Syrian decision.", "FRA", "declinesCommentOn", "SYR"),
    ],
)
def test_statements(extractor, text, subject, relation, target):
    assert (subject, relation, target, "affirmed") in coded(extractor, text)


def test_declining_comment_is_no_rejection(extractor):
    found = coded(extractor, "The State Department declined to comment on Iran's statement.")
    assert not [a for a in found if a[1] == "rejects"]


def test_a_claim_of_responsibility_is_the_claimers_attack(extractor):
    """The claimed attack is the claimer's act, never a new act of its target."""
    found = coded(extractor, "The Taliban claimed responsibility for the attack on US troops in Kandahar.")
    assert ("AFG", "attacks", "USA", "affirmed") in found
    assert not [a for a in found if a[0] == "USA"]


@pytest.mark.parametrize(
    "text, denier",
    [
        ("Hamas denied responsibility for the attack on Israeli soldiers.", "PSE"),
        ("Syria denied involvement in the bombing of the Lebanese embassy.", "SYR"),
    ],
)
def test_a_denial_is_never_the_deniers_attack(extractor, text, denier):
    found = coded(extractor, text)
    assert not [a for a in found if a[0] == denier and a[1] == "attacks" and a[3] == "affirmed"]
