"""What the Arabic and English relation components share: the ontology they load in
``initialize()`` and save with ``to_disk()``, and a run over one document's Doc that leaves its
candidates, their times resolved, on ``doc._.geokg_candidates`` and the discourse on
``doc._.geokg_discourse``."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from geokg.ontology import Ontology
from spacy.language import Language
from spacy.tokens import Doc

from .candidate import Candidate
from .document_doc import register_extensions
from .saved_sources import load_ontology_from, save_files
from .timex import Normaliser, TimeGrammar, resolve_candidate_times

__all__ = ["RelationComponent"]


class RelationComponent:
    """Base of ``geokg_ar_relations`` and ``geokg_en_relations``. A subclass names its language,
    builds its rules from the ontology (``build_rules``), runs them on a Doc (``find``) and says
    how a sentence is normalised for its time words (``normalise``)."""

    lang = ""

    def __init__(self, name: str, ontology_dir: str | None = None):
        self.name = name
        self.ontology_dir = ontology_dir
        self.ontology: Ontology | None = None
        self.rules: Any = None
        self.times: TimeGrammar | None = None
        register_extensions()
        if not Doc.has_extension("geokg_discourse"):
            Doc.set_extension("geokg_discourse", default=None)

    # --- what a subclass gives -------------------------------------------------------------------

    def build_rules(self, ontology: Ontology) -> Any:
        raise NotImplementedError

    def find(self, doc: Doc) -> list[Candidate]:
        """The document's candidates; the discourse goes to ``doc._.geokg_discourse``."""
        raise NotImplementedError

    @staticmethod
    def normalise(text: str) -> tuple[str, Any]:
        raise NotImplementedError

    @staticmethod
    def doc_text(doc: Doc) -> str:
        """The Doc's text (``Doc.text`` joins every token anew on each read: a subclass whose
        Doc has it read already gives that)."""
        return doc.text

    # --- the component ---------------------------------------------------------------------------

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        self._load(load_ontology_from(self.ontology_dir))

    def _load(self, ontology: Ontology) -> None:
        self.ontology = ontology
        self.rules = self.build_rules(ontology)
        self.times = TimeGrammar.build(ontology, self.lang)

    def __call__(self, doc: Doc) -> Doc:
        if self.rules is None or self.times is None or self.ontology is None:
            raise ValueError(f"{self.name}: call nlp.initialize() (or load a saved pipeline) first")
        candidates = self.find(doc)
        normalise: Normaliser = self.normalise
        text = self.doc_text(doc) if candidates else ""
        ext = doc._  # (each read of Doc._ makes a new accessor)
        resolve_candidate_times(candidates, text, ext.geokg_date, self.times, self.ontology.relations, normalise)
        ext.geokg_candidates = candidates
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        assert self.ontology is not None, "initialize the component before saving it"
        save_files(Path(path), list(self.ontology.sources))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> RelationComponent:
        self._load(load_ontology_from(path))
        return self
