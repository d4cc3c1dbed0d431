"""The compiled Arabic lexicon on disk: every generated form, read form by form as text needs it.

``lexicon_ar.compile_lexicon`` conjugates the ontology's triggers and cue words into about 650,000
surface forms. Held in memory they cost seconds to load and hundreds of megabytes; here they live
in a SQLite file (Python's own ``sqlite3``) under the cache folder, one row per form listing the
phrases that start with it, and a process reads only the forms its text contains (cached on the
store, so each distinct word costs one look-up). The file is an artifact keyed by the hash of its
sources (``artifacts``): built once, by the first process that needs it, then only read.
"""

from __future__ import annotations

import os
import pickle
import sqlite3
import struct
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from geokg.ontology import Ontology, default_cache_dir

from .lexicon_ar import ArabicLexicon, Phrase, PhraseIndex, time_offsets
from .morphology_ar import Form

__all__ = ["FormStore", "open_or_build"]

_RECORD = struct.Struct("<BHB")  # index number, entry number, form flags
_POS = ("verb", "noun", "participle")
_PREPOSITIONS = (None, "ب", "ك", "ل")
# Distinct words whose phrases a store keeps decoded before it starts afresh.
CACHE_LIMIT = 300_000


def open_or_build(key: str, compile: Callable[[], ArabicLexicon]) -> FormStore | None:
    """The form store ``lexicon-ar-<key>.sqlite`` of the cache folder, built from ``compile()`` if
    missing. None when there is no cache folder, or it cannot be written."""
    folder = default_cache_dir()
    if folder is None:
        return None
    path = folder / f"lexicon-ar-{key}.sqlite"
    if not path.is_file():
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _write(path, compile())
        except (OSError, sqlite3.Error):
            return None
    try:
        return FormStore(path)
    except sqlite3.Error:
        return None


def _write(path: Path, lexicon: ArabicLexicon) -> None:
    """Write the lexicon's forms to ``path`` (through a temporary file: readers never see half)."""
    indexes = _indexes(lexicon)
    names = list(indexes)
    entries: dict[str, list[tuple[str, str, tuple[frozenset[str], ...]]]] = {name: [] for name in names}
    numbers: dict[str, dict[tuple[str, str], int]] = {name: {} for name in names}
    rows: dict[str, bytearray] = {}
    for n, name in enumerate(names):
        for form, phrases in indexes[name].items():
            record = rows.setdefault(form, bytearray())
            for phrase in phrases:
                number = numbers[name].setdefault((phrase.key, phrase.source), len(entries[name]))
                if number == len(entries[name]):
                    entries[name].append((phrase.key, phrase.source, phrase.rest))
                record += _RECORD.pack(n, number, _flags(phrase.first))
    meta = {
        "names": names,
        "entries": entries,
        "object_markers": lexicon.object_markers,
        "refinements": {parent: [rel for rel, _ in options] for parent, options in lexicon.refinements.items()},
    }
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    os.close(fd)
    try:
        with sqlite3.connect(tmp) as db:
            db.execute("CREATE TABLE meta (data BLOB)")
            db.execute("INSERT INTO meta VALUES (?)", (pickle.dumps(meta, protocol=pickle.HIGHEST_PROTOCOL),))
            db.execute("CREATE TABLE forms (form TEXT PRIMARY KEY, records BLOB) WITHOUT ROWID")
            db.executemany("INSERT INTO forms VALUES (?, ?)", ((f, bytes(r)) for f, r in sorted(rows.items())))
        db.close()
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def _indexes(lexicon: ArabicLexicon) -> dict[str, Any]:
    """Every form lookup of the lexicon, by a name the store keeps."""
    out: dict[str, Any] = {"triggers": lexicon.triggers.forms, "triggers#hamza": lexicon.triggers.hamza_only}
    out.update({f"cue:{name}": index.forms for name, index in lexicon.cues.items()})
    for options in lexicon.refinements.values():
        out.update({f"refine:{rel}": index.forms for rel, index in options})
    return out


def _flags(form: Form) -> int:
    return (
        _POS.index(form.pos)
        | form.future << 2
        | form.pronoun_object << 3
        | form.plural << 4
        | form.feminine << 5
        | _PREPOSITIONS.index(form.preposition) << 6
    )


def _form(text: str, flags: int) -> Form:
    return Form(
        text,
        _POS[flags & 3],
        future=bool(flags & 4),
        pronoun_object=bool(flags & 8),
        preposition=_PREPOSITIONS[flags >> 6],
        plural=bool(flags & 16),
        feminine=bool(flags & 32),
    )


class FormStore:
    """A read-only form store: ``lexicon()`` gives an ``ArabicLexicon`` reading from it."""

    def __init__(self, path: Path):
        self.path = path
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        (data,) = self._db.execute("SELECT data FROM meta").fetchone()
        meta = pickle.loads(data)
        self._names: list[str] = meta["names"]
        self._entries: dict[str, list[tuple[str, str, tuple[frozenset[str], ...]]]] = meta["entries"]
        self._meta = meta
        self._cache: dict[str, dict[int, tuple[Phrase, ...]]] = {}
        # form -> the cue concepts (names) a phrase of which starts at it, in index order: read
        # for every word of every sentence, so kept beside the look-ups (cleared with them)
        self._cue_names: dict[str, tuple[str, ...]] = {}
        self._trigger_numbers = (self._names.index("triggers"), self._names.index("triggers#hamza"))

    def lexicon(self, ontology: Ontology) -> ArabicLexicon:
        number = {name: n for n, name in enumerate(self._names)}
        cues = {name[4:]: PhraseIndex(_Forms(self, n)) for name, n in number.items() if name.startswith("cue:")}
        triggers = PhraseIndex(_Forms(self, number["triggers"]), _Forms(self, number["triggers#hamza"]))
        refinements = {
            parent: [(rel, PhraseIndex(_Forms(self, number[f"refine:{rel}"]))) for rel in rels]
            for parent, rels in self._meta["refinements"].items()
        }
        return ArabicLexicon(
            dict(ontology.relations),
            ontology.cue_set,
            triggers,
            cues,
            self._meta["object_markers"],
            refinements,
            present=self.cues_present,
            starts=self.cue_starts,
            trigger_positions=self.trigger_starts,
            time_offsets=time_offsets(ontology),
        )

    def cues_present(self, forms: Iterable[str]) -> set[str]:
        """The cue concepts (names) a phrase of which starts at one of these forms."""
        numbers: set[int] = set()
        for form in set(forms):
            numbers.update(self.lookup(form))
        return {self._names[n][4:] for n in numbers if self._names[n].startswith("cue:")}

    def cue_starts(self, forms: Sequence[str]) -> dict[str, list[int]]:
        """Cue concept name → the positions among ``forms`` where one of its phrases starts."""
        out: dict[str, list[int]] = {}
        known = self._cue_names
        for i, form in enumerate(forms):
            names = known.get(form)
            if names is None:
                names = self._cue_names_of(form)
            for name in names:
                out.setdefault(name, []).append(i)
        return out

    def trigger_starts(self, forms: Sequence[str]) -> list[int]:
        """The positions among ``forms`` where a trigger phrase starts (written with a hamza or not)."""
        plain, hamza = self._trigger_numbers
        lookup = self.lookup
        return [i for i, form in enumerate(forms) if plain in (found := lookup(form)) or hamza in found]

    def _cue_names_of(self, form: str) -> tuple[str, ...]:
        found = self.lookup(form)  # (first: it may clear the caches)
        names = self._names
        out = self._cue_names[form] = tuple(names[n][4:] for n in found if names[n].startswith("cue:"))
        return out

    def lookup(self, form: str) -> dict[int, tuple[Phrase, ...]]:
        """The phrases each index starts at ``form`` (index number → phrases, in order)."""
        found = self._cache.get(form)
        if found is None:
            row = self._db.execute("SELECT records FROM forms WHERE form = ?", (form,)).fetchone()
            found = self._decode(form, row[0]) if row else {}
            if len(self._cache) >= CACHE_LIMIT:
                self._cache.clear()
                self._cue_names.clear()
            self._cache[form] = found
        return found

    def _decode(self, form: str, records: bytes) -> dict[int, tuple[Phrase, ...]]:
        out: dict[int, list[Phrase]] = {}
        for n, number, flags in _RECORD.iter_unpack(records):
            key, source, rest = self._entries[self._names[n]][number]
            out.setdefault(n, []).append(Phrase(key, source, _form(form, flags), rest))
        return {n: tuple(phrases) for n, phrases in out.items()}


class _Forms:
    """One index of a form store, as a form lookup (``lexicon_ar.FormLookup``)."""

    def __init__(self, store: FormStore, number: int):
        self._store = store
        self._number = number

    def get(self, form: str, default: Sequence[Phrase] = ()) -> Sequence[Phrase]:
        found = self._store._cache.get(form)  # (the store's own cache first: asked per phrase tried)
        return (self._store.lookup(form) if found is None else found).get(self._number, default)

    def __contains__(self, form: object) -> bool:
        return isinstance(form, str) and self._number in self._store.lookup(form)
