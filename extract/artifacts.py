"""Compiled artifacts on disk, keyed by the hash of what they are compiled from.

The gazetteer (``ontology/data/*.ttl``) and the Arabic lexicon (every conjugated form of the
ontology's triggers and cue words) take seconds to compile and milliseconds to read back. A
component compiles one when it initialises and writes it under the cache folder
(``geokg.ontology.default_cache_dir()``: ``$GEOKG_CACHE_DIR``, else ``$XDG_CACHE_HOME/geokg`` or
``~/.cache/geokg``), named by a hash of its sources and of the code that compiles it; any later
process, or a pipeline loaded with ``spacy.load``, reads it back. An edited source gets a new
hash, so a stale artifact is never read. ``GEOKG_CACHE_DIR=""`` turns the folder off (every
process compiles); an unwritable folder only costs speed.

Artifacts are pickles: only ever read from the user's own cache folder, never from a saved
pipeline, which carries the Turtle sources instead.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from geokg.ontology import default_cache_dir

__all__ = ["digest", "load_or_compile"]

log = logging.getLogger(__name__)
T = TypeVar("T")


def digest(kind: str, files: Iterable[Path]) -> str:
    """A hash of an artifact kind (with its format version) and of its source files' names and
    bytes; pass the modules that compile it among the files."""
    h = hashlib.sha256(kind.encode())
    for path in files:
        data = Path(path).read_bytes()
        h.update(Path(path).name.encode())
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()[:24]


def load_or_compile(kind: str, key: str, compile: Callable[[], T], expected: type) -> T:
    """The artifact ``<kind>-<key>.pickle`` from the cache folder, else ``compile()`` (then
    written there for the next process). A file that does not unpickle to ``expected`` is
    ignored and replaced."""
    folder = default_cache_dir()
    path = folder / f"{kind}-{key}.pickle" if folder is not None else None
    if path is not None and path.is_file():
        try:
            with path.open("rb") as fh:
                loaded = pickle.load(fh)
            if isinstance(loaded, expected):
                return loaded  # type: ignore[return-value]
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError) as exc:
            # a truncated file, or one written by another version of the classes: compile again
            log.warning("ignoring unreadable compiled artifact %s: %s", path, exc)
    value = compile()
    if path is not None:
        _write(path, value)
    return value


def _write(path: Path, value: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as exc:  # a read-only home, a full disk: the next process compiles again
        log.info("compiled artifact %s not written (%s)", path, exc)
