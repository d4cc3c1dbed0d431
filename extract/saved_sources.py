"""What geokg's spaCy components save: the Turtle files their data is compiled from.

``nlp.to_disk()`` writes each component's sources into its folder of the saved pipeline (the
ontology and lexicon for the relation components, the gazetteer's data files for the linkers);
``spacy.load()`` compiles them again, through the compiled artifacts of the cache folder when the
files are unchanged (``artifacts``). A saved pipeline so carries plain, reviewable Turtle and no
pickles, and gives the same output as the pipeline it was saved from.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from pathlib import Path

from geokg.ontology import LEXICON_PATH, ONTOLOGY_PATH, Ontology

from .gazetteer import Gazetteer, data_dir, load_gazetteer

__all__ = ["load_data", "load_ontology_from", "save_files", "saved_files"]

_MANIFEST = "sources.json"


def save_files(folder: Path, files: Sequence[Path]) -> None:
    """Copy ``files`` into ``folder`` and list their names, in order, in its manifest."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in files:
        shutil.copyfile(path, folder / path.name)
    (folder / _MANIFEST).write_text(json.dumps([p.name for p in files]), encoding="utf-8")


def saved_files(folder: Path) -> list[Path]:
    """The files ``save_files`` wrote into ``folder``, in order."""
    names = json.loads((folder / _MANIFEST).read_text(encoding="utf-8"))
    return [folder / name for name in names]


def load_ontology_from(folder: str | Path | None) -> Ontology:
    """The ontology in a folder (a saved component's, or one holding geokg.ttl and lexicon.ttl),
    or the packaged one (``None``)."""
    if folder is None:
        return Ontology.from_files(ONTOLOGY_PATH, LEXICON_PATH)
    path = Path(folder)
    if (path / _MANIFEST).is_file():
        # geokg.ttl, lexicon.ttl, then the English triggers and frames
        ontology, lexicon, *extra = saved_files(path)
        return Ontology.from_files(ontology, lexicon, extra_paths=tuple(extra))
    return Ontology.from_files(path / ONTOLOGY_PATH.name, path / LEXICON_PATH.name)


def load_data(folder: str | Path | None) -> tuple[Gazetteer, list[Path]]:
    """The gazetteer compiled from a data folder (``None``: the packaged data) and its files."""
    path = Path(folder) if folder is not None else data_dir()
    gazetteer = load_gazetteer(path)
    return gazetteer, sorted(p for p in path.glob("*.ttl") if p.is_file())
