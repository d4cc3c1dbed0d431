"""English: an infinitive on a noun of aim ("plans to", "a bid to", "efforts to") is the act of
the noun's owner, else of the subject of the light verb that takes the noun ("announced plans to
withdraw", "made a bid to improve"); a noun that is a trigger of its own (a call, a demand) keeps
its reading, its infinitive the addressee's act (issue 13, round 10). Sentences written for geokg
(real pipeline: ``en_core_web_sm``, the gazetteer)."""

from __future__ import annotations

import pytest
from helpers import readings_en, require_english_model

require_english_model()


def _found(extractor, text: str) -> set[tuple]:
    return readings_en(extractor, text, "subject", "root", "object", "modality")


@pytest.mark.parametrize(
    ("text", "subject", "root", "obj"),
    [
        ("Turkey announced plans to pull its troops out of Cyprus next year.", "TUR", "08", "CYP"),
        ("Qatar made a fresh bid to improve relations with Bahrain.", "QAT", "05", "BHR"),
        ("Norway stepped up its efforts to mediate between Colombia and the rebels.", "NOR", "04", "COL"),
        ("Chile's plan to restore ties with Bolivia won praise.", "CHL", "05", "BOL"),
    ],
)
def test_the_aims_owner_acts(extractor, text, subject, root, obj):
    found = _found(extractor, text)
    assert any(s == subject and r == root and o == obj for s, r, o, _m in found), found


def test_announced_plans_are_expected(extractor):
    found = _found(extractor, "Turkey announced plans to pull its troops out of Cyprus next year.")
    # (a set, not all(): no withdrawal read at all must fail too)
    assert {m for _s, r, _o, m in found if r == "08"} == {"expected"}, found


@pytest.mark.parametrize(
    "text",
    [
        # must not: a condemnation of another's plan yields the planned act as done
        "Greece condemned Turkey's plans to send warships to Cyprus.",
        # must not: a call's infinitive is the addressee's act, never the caller's
        "Cyprus rejected Turkey's call to expel the envoy.",
        # must not: an aim denied, or a noun saying the act is not done, yields it as done
        "Turkey made no attempt to pull its troops out of Cyprus.",
        "Turkey's reluctance to pull its troops out of Cyprus angered Greece.",
    ],
)
def test_no_aim_read_as_an_act_done(extractor, text):
    found = _found(extractor, text)
    done = ("08", "15", "17", "18", "19")
    assert not any(s == "TUR" and r in done and m == "asserted" for s, r, _o, m in found), found
