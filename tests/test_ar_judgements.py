"""Judgements a speaker makes of another state, round 15, in our own sentences (the fixture
corpus's id range of the round was used up by the branch's other mechanisms): wrongdoing said of
it (``gk:PejorativeConductCue``: double standards, funding terror) and descriptions as an enemy,
terrorist or occupier (``gk:criticizes`` triggers with وصف)."""

from __future__ import annotations

import pytest

Extractor = pytest.importorskip("geokg.extract.pipeline").Extractor


@pytest.fixture(scope="module")
def extract():
    ex = Extractor()

    def run(text: str) -> set[tuple[str, str, str, str]]:
        assertions, _ = ex.extract_text(text, lang="ar")
        out = set()
        for a in assertions:
            obj = getattr(a.object, "entity", None)
            out.add((a.subject.entity.country or "", a.relation, obj.country if obj else "", a.polarity))
        return out

    return run


def test_double_standards_said_of_another_state_is_criticism(extract):
    got = extract("وقال وزير الخارجية الكوبي إن واشنطن تكيل بمكيالين في ملف حقوق الإنسان.")
    assert ("CUB", "criticizes", "USA", "affirmed") in got


def test_funding_terror_by_a_class_names_its_examples(extract):
    got = extract("وقال وزير الخارجية القطري إن دولا تمول الإرهاب مثل إيران تهدد أمن الخليج.")
    assert ("QAT", "criticizes", "IRN", "affirmed") in got


def test_denied_double_standards_criticise_nobody(extract):
    got = extract("وقال الرئيس الفرنسي إن فرنسا لا تكيل بمكيالين في قضايا المنطقة.")
    assert not any(rel == "criticizes" for _, rel, _, _ in got)


def test_a_state_described_as_an_enemy_is_criticised(extract):
    got = extract("ووصف وزير الدفاع الإيراني الحكومة الإسرائيلية بأنها عدو للمنطقة كلها.")
    assert ("IRN", "criticizes", "ISR", "affirmed") in got


def test_an_act_described_as_terrorist_with_no_agent_criticises_no_state(extract):
    got = extract("ووصف وزير الداخلية الأردني التفجير بأنه إرهابي جبان.")
    assert not any(rel == "criticizes" for _, rel, _, _ in got)
