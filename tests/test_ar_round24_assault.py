"""Arabic: attacks the sentence does not report (round 24, branch ``pkg``).

A verb of force right after an indefinite event noun that a passing frame holds ("بعد انفجارين
استهدفا", "عقب هجوم مماثل استهدف") is a clause describing that background event, not an act the
sentence reports, and its subject is never the sentence's subject (the government that announced
a plan after the bombings attacked nobody). Must-not cells: casualties counted before the frame
(the framed event caused them and happened), a verb with its own subject right after it, a verb
after a time alone, an attack told in the main clause.
Sentences written for geokg."""

from __future__ import annotations

from itertools import product

import pytest
from helpers import event_sides_ar

DATE = "2008-05-01"

MAIN_CLAUSES = ["وأعلنت الحكومة خطة أمنية جديدة", "وجاء القرار", "وعقدت الوزارة اجتماعا طارئا"]
FRAMES = ["بعد", "عقب", "إثر"]
FRAMED_EVENTS = [("انفجارين", "استهدفا"), ("هجوم مماثل", "استهدف"), ("تفجير جديد", "استهدف"), ("انفجار", "استهدف")]
TARGETS = ["منزل مسؤول في حركة حماس", "القنصلية الأمريكية في بيشاور", "مقرا للجيش العراقي", "السفارة الفرنسية في بيروت"]


@pytest.mark.parametrize("cell", list(product(MAIN_CLAUSES, FRAMES, FRAMED_EVENTS, TARGETS)))
def test_a_framed_event_described_is_no_attack_reported(extractor, cell):
    main, frame, (noun, verb), target = cell
    assert not event_sides_ar(extractor, f"{main} {frame} {noun} {verb} {target}.", "ASSAULT", DATE)


def _attacks_told(frame: str, target: str) -> list[str]:
    after = (
        f"وبعد أسبوعين هاجم مسلحون {target}." if frame == "بعد" else f"هاجم مسلحون {target} {frame} انفجار سيارة مفخخة."
    )
    return [
        f"وأصيب ستة أشخاص بجروح {frame} تفجير عبوة ناسفة استهدفت {target}.",  # casualties before the frame
        after,  # the attack told in the main clause
        f"وبعد أسبوعين استهدفت سيارة مفخخة {target}.",  # a time alone between
        f"{frame} هجوم مماثل شنت إسرائيل غارة على {target}.",  # the verb's own subject right after it
    ]


@pytest.mark.parametrize("cell", [(f, t, k) for f, t in product(FRAMES, TARGETS) for k in range(4)])
def test_an_attack_told_beside_a_frame_stays(extractor, cell):
    frame, target, k = cell
    assert event_sides_ar(extractor, _attacks_told(frame, target)[k], "ASSAULT", DATE)
