"""The Arabic lexicon's form store gives what the compiled lexicon holds, and the lexicon works
without a cache folder (compiled in memory)."""

from __future__ import annotations

import random

import pytest
from geokg.extract import form_store
from geokg.extract.lexicon_ar import ArabicLexicon, compile_lexicon
from geokg.ontology import load_ontology


@pytest.fixture(scope="module")
def compiled():
    return compile_lexicon(load_ontology())


def test_the_store_reads_back_every_index(compiled, tmp_path, monkeypatch):
    monkeypatch.setenv("GEOKG_CACHE_DIR", str(tmp_path))
    store = form_store.open_or_build("test", lambda: compiled)
    assert store is not None and list(tmp_path.glob("lexicon-ar-test.sqlite"))
    stored = store.lexicon(load_ontology())
    forms = sorted(compiled.triggers.forms)  # type: ignore[arg-type]
    for form in random.Random(1).sample(forms, 3000) + ["زار", "وزارة", "هنأ"]:
        assert list(stored.triggers.get(form)) == list(compiled.triggers.get(form)), form
    for form, phrases in compiled.triggers.hamza_only.items():  # type: ignore[union-attr]
        assert list(stored.triggers.hamza_only.get(form, ())) == list(phrases)
    for name, index in compiled.cues.items():
        for form in list(index.forms)[:300]:  # type: ignore[arg-type]
            assert list(stored.cues[name].get(form)) == list(index.get(form)), (name, form)
    for parent, options in compiled.refinements.items():
        assert [rel for rel, _ in stored.refinements[parent]] == [rel for rel, _ in options]
    words = ["قال", "لم", "وزير", "اتهمت", "كلمة"]
    assert stored.cues_present(words) == compiled.cues_present(words)
    assert compiled.object_markers == stored.object_markers


def test_without_a_cache_folder_the_lexicon_is_compiled_in_memory(monkeypatch, compiled):
    monkeypatch.setenv("GEOKG_CACHE_DIR", "")
    lexicon = ArabicLexicon.load(load_ontology())
    assert isinstance(lexicon.triggers.forms, dict)  # no store: the forms are held in memory
    assert list(lexicon.triggers.get("زار")) == list(compiled.triggers.get("زار"))


def test_a_store_is_keyed_by_the_ontology_it_was_built_from(tmp_path, monkeypatch):
    """An ontology file saved again after the ontology was read (an editor writing while a run
    starts) must not get the older ontology's compilation stored under its new content."""
    from geokg.ontology import LEXICON_PATH, ONTOLOGY_PATH, Ontology

    monkeypatch.setenv("GEOKG_CACHE_DIR", str(tmp_path / "cache"))
    onto_copy, lexicon_copy = tmp_path / "geokg.ttl", tmp_path / "lexicon.ttl"
    onto_copy.write_bytes(ONTOLOGY_PATH.read_bytes())
    lexicon_copy.write_bytes(LEXICON_PATH.read_bytes())
    before = Ontology.from_files(onto_copy, lexicon_copy, use_cache=False)
    assert not list(ArabicLexicon.load(before).triggers.get("تجول"))
    onto_copy.write_text(onto_copy.read_text(encoding="utf-8") + '\ngk:visits gk:arTrigger "تجول" .\n', "utf-8")
    ArabicLexicon.load(before)  # the old ontology object, the new file on disk
    after = ArabicLexicon.load(Ontology.from_files(onto_copy, lexicon_copy, use_cache=False))
    assert list(after.triggers.get("تجول"))
