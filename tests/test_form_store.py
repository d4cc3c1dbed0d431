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
