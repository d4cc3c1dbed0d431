"""geokg's extraction as spaCy components: what they declare, one Doc per document, saving and
loading a pipeline, routing by language, one failing document among many.

Real pipelines throughout (``spacy.blank("ar")`` and ``en_core_web_sm`` with geokg's components);
every sentence is written for these tests.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
import spacy
from geokg.extract import relations_ar
from geokg.extract.gazetteer import data_dir, data_files
from geokg.extract.model import Document
from geokg.extract.pipeline import (
    ARABIC_COMPONENTS,
    ENGLISH_COMPONENTS,
    RAISE_ERRORS,
    Extractor,
    make_arabic_nlp,
)
from geokg.extract.saved_sources import load_ontology_from, save_files
from geokg.ontology import TRIGGERS_EN_PATH, load_ontology
from helpers import english_pipeline

ARABIC = [
    "اتهمت طهران واشنطن أمس بعرقلة المفاوضات.",
    "استقبل الرئيس المصري في القاهرة وزير الخارجية الأردني.",
    "وأعربت ألمانيا عن قلقها إزاء تعميق العلاقات بين روسيا وكوريا الشمالية.",
]
ENGLISH = [
    "Canada imposed new sanctions on Iran on Monday.",
    "Japan expressed concern about the deepening ties between Moscow and Pyongyang.",
    "Egyptian protesters demonstrated outside the embassy in Cairo.",
]
DATE = "2024-06-18"


def rows(results) -> list[list[tuple]]:
    """Each result's assertions and mentions as comparable tuples (ids included)."""
    return [
        [(a.id, a.relation, a.polarity, a.modality, a.confidence, a.time) for a in r.assertions]
        + [(m.entity.id, m.start, m.end) for m in r.mentions]
        for r in results
    ]


def docs(texts: list[str], lang: str) -> list[Document]:
    return [Document(id=f"{lang}{k}", text=t, date=DATE, lang=lang) for k, t in enumerate(texts)]


@pytest.fixture(scope="module")
def english():
    return english_pipeline()


def test_factories_declare_what_they_need_and_assign(english):
    arabic = make_arabic_nlp()
    for nlp, names in ((arabic, ARABIC_COMPONENTS), (english, ENGLISH_COMPONENTS)):
        for name in names:
            meta = nlp.get_pipe_meta(name)
            assert meta.assigns and meta.default_config, name
        assert nlp.get_pipe_meta(names[1]).requires  # the relations need the linker's work
    assert arabic.get_pipe_meta(ARABIC_COMPONENTS[0]).retokenizes  # it splits clitics off names
    assert not arabic.get_pipe_meta(ARABIC_COMPONENTS[1]).retokenizes
    # spaCy's own analysis of the pipeline finds every requirement assigned before it is needed
    for nlp in (arabic, english):
        assert not any(nlp.analyze_pipes(pretty=False)["problems"].values())


def test_a_component_not_initialised_says_so():
    nlp = spacy.blank("ar")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe(ARABIC_COMPONENTS[0])
    with pytest.raises(ValueError, match="initialize"):
        nlp("روسيا")


SAVED_RUN = textwrap.dedent(
    """
    import json, sys
    import spacy  # the factories come from geokg's spacy_factories entry points
    arabic, english = spacy.load(sys.argv[1]), spacy.load(sys.argv[2])
    from geokg.extract.model import Document
    from geokg.extract.pipeline import Extractor
    texts = json.loads(sys.stdin.read())
    documents = [Document(id=d["id"], text=d["text"], date=d["date"], lang=d["lang"]) for d in texts]
    results = Extractor(arabic=arabic, english=english).extract(documents)
    print(json.dumps([[a.to_json() for a in r.assertions] + [m.to_json() for m in r.mentions] for r in results]))
    """
)


def test_a_saved_pipeline_loads_and_gives_the_same_output(tmp_path, english):
    arabic = make_arabic_nlp()
    arabic.to_disk(tmp_path / "ar")
    english.to_disk(tmp_path / "en")
    # The saved components carry their Turtle sources, not compiled pickles.
    assert (tmp_path / "ar" / "geokg_ar_relations" / "lexicon.ttl").is_file()
    assert (tmp_path / "ar" / "geokg_ar_linker" / "countries.ttl").is_file()
    assert not list(tmp_path.rglob("*.pickle"))
    documents = docs(ARABIC, "ar") + docs(ENGLISH, "en")
    expected = [
        [a.to_json() for a in r.assertions] + [m.to_json() for m in r.mentions]
        for r in Extractor(arabic=arabic, english=english).extract(documents)
    ]
    assert any(expected)
    payload = json.dumps([{"id": d.id, "text": d.text, "date": d.date, "lang": d.lang} for d in documents])
    run = subprocess.run(
        [sys.executable, "-c", SAVED_RUN, str(tmp_path / "ar"), str(tmp_path / "en")],
        input=payload,
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(run.stdout) == json.loads(json.dumps(expected))
    # Every file the components read is saved: the ontology's sources (triggers_en.ttl included)
    # and every gazetteer data file, whatever files are added later.
    for folder in ("ar/geokg_ar_relations", "en/geokg_en_relations", "en/geokg_en_linker/ontology"):
        assert {p.name for p in load_ontology().sources} <= {p.name for p in (tmp_path / folder).iterdir()}
    data = {p.name for p in data_files(data_dir())}
    assert data <= {p.name for p in (tmp_path / "ar" / "geokg_ar_linker").iterdir()}
    assert data <= {p.name for p in (tmp_path / "en" / "geokg_en_linker" / "data").iterdir()}


def test_a_saved_ontology_reads_back_every_source(tmp_path):
    ontology = load_ontology()
    assert TRIGGERS_EN_PATH in ontology.sources
    save_files(tmp_path, list(ontology.sources))
    loaded = load_ontology_from(tmp_path)
    assert [p.name for p in loaded.sources] == [p.name for p in ontology.sources]
    assert loaded.frames("en") == ontology.frames("en")  # the frames of triggers_en.ttl came along
    (tmp_path / TRIGGERS_EN_PATH.name).unlink()
    with pytest.raises(FileNotFoundError, match=TRIGGERS_EN_PATH.name):
        load_ontology_from(tmp_path)


def test_an_english_run_neither_builds_nor_loads_the_arabic_pipeline(english, monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("the Arabic lexicon was loaded for English input")

    monkeypatch.setattr(relations_ar.ArabicLexicon, "load", fail)
    extractor = Extractor(english=english)
    results = list(extractor.extract(docs(ENGLISH, "en")))
    assert any(r.assertions for r in results)
    assert extractor.loaded_languages == ("en",)


def test_mixed_languages_come_back_in_input_order(english):
    documents = [d for pair in zip(docs(ARABIC, "ar"), docs(ENGLISH, "en")) for d in pair]
    results = list(Extractor(english=english, batch_size=2).extract(documents))
    assert [r.document.id for r in results] == [d.id for d in documents]
    assert all(r.assertions for r in results[:2])


def test_one_doc_per_document_keeps_paragraphs_apart_and_furniture_silent():
    # Three lines: two paragraphs and, between them, a menu line that is no content region. The
    # first paragraph has no full stop: its names must not run into the next paragraph's verb.
    first = "وصل وزير الخارجية الروسي إلى القاهرة"
    menu = "فرنسا | ألمانيا | إيطاليا"
    last = "واتهمت طهران واشنطن بعرقلة المفاوضات."
    text = "\n".join((first, menu, last))
    start = len(first) + len(menu) + 2
    document = Document(id="p", text=text, date=DATE, lang="ar", regions=((0, len(first)), (start, len(text))))
    result = next(Extractor().extract([document]))
    assert {m.entity.id for m in result.mentions if len(first) < m.start < start} == set()
    for a in result.assertions:
        assert a.evidence.end <= len(first) or a.evidence.start >= start  # never across a paragraph
    assert ("Q794", "accuses", "Q30") in {
        (a.subject.entity.id, a.relation, a.object.entity.id) for a in result.assertions
    }


def test_a_document_that_fails_is_reported_and_skipped(monkeypatch):
    monkeypatch.delenv(RAISE_ERRORS)
    extractor = Extractor()
    real = relations_ar.ArabicRelationExtractor.__call__

    def fails_on_one(self, doc, sentences, state):
        if "قنبلة" in doc.text:
            raise RuntimeError("a rule broke")
        return real(self, doc, sentences, state)

    monkeypatch.setattr(relations_ar.ArabicRelationExtractor, "__call__", fails_on_one)
    documents = docs(ARABIC[:1] + ["قنبلة في النص."] + ARABIC[1:], "ar")
    documents[1].origin = "news.jsonl:2"
    results = list(extractor.extract(documents))
    assert [r.document.id for r in results] == [d.id for d in documents]
    assert results[1].warnings == ["news.jsonl:2: extraction failed (RuntimeError: a rule broke); skipped"]
    assert not results[1].assertions
    assert results[0].assertions and not results[0].warnings and not results[2].warnings


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia  attacked Ukraine.", "en"),  # two spaces after a known name: a whitespace token
        ("Russia   attacked \t Ukraine .", "en"),
        ("روسيا   هاجمت  أوكرانيا.", "ar"),
    ],
)
def test_runs_of_spaces_after_a_name(text, lang, english):
    assertions, _ = Extractor(english=english).extract_text(text, date=DATE, lang=lang)
    assert [(a.subject.entity.id, a.relation, a.object.entity.id) for a in assertions] == [("Q159", "attacks", "Q212")]
