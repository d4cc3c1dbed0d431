"""Near-duplicate documents (extract/dedup.py, graph/stories.py): one story told by several
outlets is one story with several sources, within a run and across runs into the same OUT/.

The wire texts below were written for this test; the retellings vary them the way outlets do
(a dateline, a credit, a changed word, a dropped or added sentence).
"""

from __future__ import annotations

import json
from pathlib import Path

from geokg.extract.dedup import StoryIndex, shingles, signature
from geokg.extract.model import Document
from geokg.graph.build import PreviousOutput
from geokg.graph.cli import main
from geokg.graph.stories import sources_per_fact, story_sources
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

GK = "https://w3id.org/geokg/ontology#"

WIRE_AR = (
    "وقعت مصر والأردن اليوم في العاصمة المصرية اتفاقية للتعاون في مجال الطاقة والربط الكهربائي، "
    "وقال وزير الكهرباء المصري إن الاتفاقية تفتح الباب أمام مشاريع مشتركة جديدة في السنوات المقبلة. "
    "وأضاف أن اللجان الفنية في البلدين ستبدأ عملها خلال الأسابيع القادمة لوضع جدول زمني للتنفيذ."
)
RETELL_AR = "القاهرة (وكالات) - " + WIRE_AR.replace("السنوات المقبلة", "الأعوام المقبلة")
RETELL_AR_2 = WIRE_AR.replace("اليوم", "الثلاثاء") + " وجرى التوقيع بحضور مسؤولين من البلدين."
OTHER_AR = (
    "بحث وزير الخارجية الياباني مع نظيره الكوري الجنوبي في طوكيو أمس سبل تعزيز أمن الملاحة في المنطقة، "
    "واتفق الجانبان على عقد جولة جديدة من المحادثات في سيول قبل نهاية العام."
)
SAME_TOPIC_AR = (
    "أعلنت الحكومة الأردنية أن وزير الطاقة سيزور القاهرة الشهر المقبل لمتابعة مشاريع الربط الكهربائي "
    "مع مصر، وأن الجانبين يدرسان توسيع التعاون ليشمل الغاز الطبيعي والطاقة المتجددة."
)


def _doc(doc_id: str, text: str, source: str | None = None) -> Document:
    return Document(id=doc_id, text=text, source=source)


def test_retellings_join_the_first_story_and_other_stories_stay_apart():
    index = StoryIndex()
    first = index.assign(_doc("w1", WIRE_AR))
    copy = index.assign(_doc("w2", RETELL_AR))
    trimmed = index.assign(_doc("w3", RETELL_AR_2))
    other = index.assign(_doc("w4", OTHER_AR))
    topic = index.assign(_doc("w5", SAME_TOPIC_AR))
    assert (first.story, first.duplicate_of) == ("w1", None)
    assert (copy.story, copy.duplicate_of) == ("w1", "w1")
    assert trimmed.story == "w1" and trimmed.duplicate_of in ("w1", "w2")
    # A different story, and the same topic told in other words, are stories of their own.
    assert (other.story, other.duplicate_of) == ("w4", None)
    assert (topic.story, topic.duplicate_of) == ("w5", None)


def test_similarity_survives_arabic_spelling_variants_and_case():
    # Hamza seats, diacritics and tatweel are folded before shingling, Latin case too.
    plain = "اعلنت الحكومة ان الوزير سيزور القاهرة"
    dressed = "أعلنـت الحكومةُ أنّ الوزير سيزور القاهرة"
    assert shingles(plain) == shingles(dressed)
    assert shingles("Kenya AND Ethiopia agree") == shingles("kenya and ethiopia agree")
    assert signature("") is None and signature("   ...  ") is None


def test_index_survives_saving_and_loading(tmp_path):
    index = StoryIndex()
    index.assign(_doc("w1", WIRE_AR))
    index.assign(_doc("w4", OTHER_AR))
    index.save(tmp_path / "minhash.jsonl")
    (tmp_path / "minhash.jsonl").open("a").write("{damaged\n")
    again = StoryIndex()
    assert again.load(tmp_path / "minhash.jsonl") == 2
    copy = again.assign(_doc("later", RETELL_AR))
    assert (copy.story, copy.duplicate_of) == ("w1", "w1")
    # A document read again replaces its earlier self: it is no duplicate of itself, and the
    # first telling of a story stays its head although a retelling is now in the index.
    same = again.assign(_doc("w1", WIRE_AR))
    assert (same.story, same.duplicate_of) == ("w1", None)


def test_evidence_counts_once_per_source_and_story():
    from tests.helpers import make_assertion  # noqa: I001  (the suite's shared builders)
    from geokg.extract.model import Entity

    egypt = Entity("Q79", "Egypt", "Country", country="EGY")
    jordan = Entity("Q810", "Jordan", "Country", country="JOR")
    docs = [
        Document(id="a", text="", source="Wire A", story="a"),
        Document(id="b", text="", source="Paper B", story="a", duplicate_of="a"),
        Document(id="c", text="", source="Paper B", story="a", duplicate_of="a"),  # B's page saved twice
        Document(id="d", text="", source="Paper B", story="d"),  # B's own, different story
    ]
    assertions = []
    for d in docs:
        a = make_assertion(d.id, egypt, "signsAgreementWith", jordan, "وقعت مصر والأردن اتفاقية.", lang="ar")
        a.story = d.story if d.story != d.id else None
        assertions.append(a)
    counts = sources_per_fact(assertions, docs)
    assert list(counts.values()) == [3]  # (a, Wire A), (a, Paper B), (d, Paper B)
    assert story_sources(docs) == {"a": ["Wire A", "Paper B", "Paper B"]}


# --------------------------------------------------------------------------------------------
# Through the CLI, within a run and across runs


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_build_groups_a_story_within_a_run_and_across_runs(tmp_path, capsys):
    out = tmp_path / "out"
    first = _write(
        tmp_path / "first.jsonl",
        [
            {"id": "w1", "date": "2024-03-05", "source": "وكالة ألف", "text": WIRE_AR},
            {"id": "w2", "date": "2024-03-05", "source": "صحيفة باء", "text": RETELL_AR},
            {"id": "w4", "date": "2024-03-05", "source": "صحيفة باء", "text": OTHER_AR},
        ],
    )
    assert main(["build", str(first), "-o", str(out), "--no-progress", "--no-viewer"]) == 0
    documents = {d["id"]: d for d in _jsonl(out / "documents.jsonl")}
    assert documents["w2"]["story"] == "w1" and documents["w2"]["duplicate_of"] == "w1"
    assert "story" not in documents["w1"] and "story" not in documents["w4"]
    assertions = _jsonl(out / "assertions.jsonl")
    by_doc = {}
    for a in assertions:
        by_doc.setdefault(a["doc"], []).append(a)
    # The retelling keeps its own assertions and provenance, marked with its story.
    assert by_doc["w1"] and by_doc["w2"]
    assert all("story" not in a for a in by_doc["w1"])
    assert all(a["story"] == "w1" for a in by_doc["w2"])
    assert {a["id"] for a in by_doc["w1"]}.isdisjoint(a["id"] for a in by_doc["w2"])

    # A later run into the same OUT/ finds a third retelling of the story built before.
    later = _write(tmp_path / "later.jsonl", [{"id": "w3", "source": "موقع جيم", "text": RETELL_AR_2}])
    assert main(["build", str(later), "-o", str(out), "--update", "--no-progress", "--no-viewer"]) == 0
    documents = {d["id"]: d for d in _jsonl(out / "documents.jsonl")}
    assert set(documents) == {"w1", "w2", "w3", "w4"}
    assert documents["w3"]["story"] == "w1"

    # The graph: one story node, three documents telling it, three sources.
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    stories = set(graph.subjects(RDF.type, URIRef(GK + "Story")))
    assert stories == {URIRef("https://w3id.org/geokg/story/w1")}
    tellers = set(graph.subjects(URIRef(GK + "story"), URIRef("https://w3id.org/geokg/story/w1")))
    assert {str(t).rsplit("/", 1)[1] for t in tellers} == {"w1", "w2", "w3"}
    rows = graph.query(
        """PREFIX gk: <https://w3id.org/geokg/ontology#>
        SELECT (COUNT(DISTINCT ?source) AS ?n) WHERE { ?d gk:story ?s ; gk:sourceName ?source }"""
    )
    assert [int(r[0]) for r in rows] == [3]

    previous = PreviousOutput.load(out)
    assert previous is not None
    counts = sources_per_fact(previous.assertions, previous.documents)
    assert max(counts.values()) == 3
    capsys.readouterr()


def test_a_bounded_index_forgets_the_oldest_documents():
    index = StoryIndex(max_documents=2)
    index.assign(_doc("w1", WIRE_AR))
    index.assign(_doc("w4", OTHER_AR))
    index.assign(_doc("w5", SAME_TOPIC_AR))
    assert len(index) == 2 and "w1" not in index
    late = index.assign(_doc("late", RETELL_AR))
    assert (late.story, late.duplicate_of) == ("late", None)


def test_many_copies_of_one_text_stay_one_story_and_keep_the_index_small():
    index = StoryIndex()
    docs = [index.assign(_doc(f"c{i}", WIRE_AR)) for i in range(200)]
    assert {d.story for d in docs} == {"c0"}
    assert all(d.duplicate_of == "c0" for d in docs[1:])
    assert len(index) == 1
    assert index.assign(_doc("late", RETELL_AR)).story == "c0"
