"""English: an infinitive after a noun of appeal (``gk:AppealNounCue``: calls, demands, pressure)
is the act asked of another, not yet done, even where the parser hangs it on the verb that takes
the noun: "Chad ignored calls to pull out its soldiers" is no withdrawal by Chad (issue 13,
round 10). Sentences written for geokg (real pipeline: ``en_core_web_sm``, the gazetteer)."""

from __future__ import annotations

import pytest
from helpers import readings_en, require_english_model

require_english_model()


def _roots(extractor, text: str) -> set[tuple]:
    return readings_en(extractor, text, "subject", "root")


@pytest.mark.parametrize(
    ("text", "subject", "root"),
    [
        # must not: defying an appeal yields the act appealed for
        ("Chad ignored repeated calls to pull its soldiers out of Niger.", "TCD", "08"),
        ("Chad brushed off demands to free the detained reporters.", "TCD", "08"),
        ("Chad defied mounting pressure to halt its shelling of border towns.", "TCD", "08"),
        ("Chad resisted pressure to pull its soldiers out of Niger.", "TCD", "08"),
        # must not: heeding an appeal is a promise of the act at most, not the act done
        ("Chad heeded calls to pull its soldiers out of Niger.", "TCD", "08"),
        # must not: who renews the call is not who is asked to act
        ("Nigeria renewed its calls to pull foreign soldiers out of Niger.", "NGA", "08"),
    ],
)
def test_an_appeal_defied_is_no_act_of_its_addressee(extractor, text, subject, root):
    found = _roots(extractor, text)
    assert (subject, root) not in found, found


def test_a_demand_rejected_stays_a_rejection(extractor):
    # the rejection, where the appeal has a maker, is still read
    found = _roots(extractor, "Chad rejected Nigerian demands to pull its soldiers out of Niger.")
    assert ("TCD", "12") in found and ("TCD", "08") not in found, found


def test_a_plan_still_gives_its_owners_act(extractor):
    # a noun of aim is no appeal: its owner acts
    found = _roots(extractor, "Chad announced plans to pull its soldiers out of Niger.")
    assert ("TCD", "08") in found, found
