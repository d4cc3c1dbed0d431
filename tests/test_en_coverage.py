"""English: argument attachment and trigger coverage for acts stated through their nouns, on
sentences written for geokg (real pipeline: ``en_core_web_sm``, the gazetteer, the ontology)."""

from __future__ import annotations

import pytest
from geokg.extract.model import Argument
from geokg.extract.pipeline import Extractor, ModelNotInstalled, make_english_nlp

try:
    make_english_nlp()
except ModelNotInstalled as exc:  # pragma: no cover - the [en] extra is part of make test
    pytest.skip(f"English model not installed: {exc}", allow_module_level=True)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def coded(extractor: Extractor, text: str) -> set[tuple]:
    """(subject country or id, relation, object country or id or None, polarity) of every assertion."""
    found = extractor.extract_text(text, doc_id="t", date="2010-03-01", lang="en")[0]
    return {
        (
            a.subject.entity.country or a.subject.entity.id,
            a.relation,
            (a.object.entity.country or a.object.entity.id) if isinstance(a.object, Argument) else None,
            a.polarity,
        )
        for a in found
    }


@pytest.mark.parametrize(
    "text, subject, target",
    [
        ("Kenya renewed its demand that Uganda reopen the border crossing.", "KEN", "UGA"),
        ("Peru reiterated its demand that Chile withdraw the patrol boats.", "PER", "CHL"),
    ],
)
def test_a_demand_owned_by_its_subject_targets_whom_its_clause_names(extractor, text, subject, target):
    """ "reiterated its demand that X ...": the possessive names the demander itself, so the
    target is the subject of the clause on the demand noun, not nobody."""
    assert (subject, "demands", target, "affirmed") in coded(extractor, text)
