"""OUT/'s index (``OUT/.geokg-index.sqlite``): what ``build --update`` looks up instead of
reading the whole output back.

An update must know, for each new document, which documents it replaces (same id, or the same
page split anew), which earlier documents tell the same story (MinHash LSH), and what the graph
already says about each entity it names. Reading ``documents.jsonl``, ``minhash.jsonl`` and
``assertions.jsonl`` back for that costs time in proportion to the whole graph; this SQLite file
answers each question with a few indexed look-ups:

- ``docs``: each document's id, the page it came from (``inkey``: its ``input_id``, else its id),
  its provenance as in ``documents.jsonl``, and a digest of every line it gave the output files
  (``result_digest``: a document read again unchanged is then left as it is);
- ``sigs`` and ``bands``: each indexed MinHash signature with its story and insertion order, and
  its 14 LSH band keys (the bands ``datasketch.MinHashLSH`` uses for 64 permutations at threshold
  0.5), so a new document's candidates are the documents sharing a band, as in the in-memory index;
- ``entities``: each entity's description as merged so far (``rdf._EntityRecord``);
- ``meta``: the token of the last update applied (so that applying it again does nothing).

The index is derived data: every build that writes the whole of OUT/ (a fresh build, or the
first ``--update`` of an output written before the index existed) writes it from what it holds
in memory.
Changes are a list of operations (``apply``), replayable: the update journal keeps them and
applies them after its commit point (``graph/update.py``).
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
from geokg.extract.dedup import StoryIndex, band_keys, document_text, signature
from geokg.extract.model import Document

from .errors import GeokgError

INDEX = ".geokg-index.sqlite"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs(id TEXT PRIMARY KEY, inkey TEXT NOT NULL, provenance TEXT NOT NULL, digest TEXT);
CREATE INDEX IF NOT EXISTS docs_inkey ON docs(inkey);
CREATE TABLE IF NOT EXISTS sigs(id TEXT PRIMARY KEY, story TEXT NOT NULL, minhash BLOB NOT NULL, seq INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS bands(key BLOB NOT NULL, id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS bands_key ON bands(key);
CREATE INDEX IF NOT EXISTS bands_id ON bands(id);
CREATE TABLE IF NOT EXISTS entities(id TEXT PRIMARY KEY, iri TEXT NOT NULL, record TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS entities_iri ON entities(iri);
"""


class IndexFileError(GeokgError):
    """The index cannot be read or written."""


def inkey(document: Document) -> str:
    """What a document replaces by: the page it was split from, else itself."""
    return document.input_id or document.id


class BuildIndex:
    """An open index; ``BuildIndex.create`` makes a new one."""

    def __init__(self, path: Path, connection: sqlite3.Connection):
        self.path = path
        self.db = connection

    @classmethod
    def open(cls, path: Path) -> BuildIndex:
        if not path.is_file():
            raise IndexFileError(f"{path}: no index")
        try:
            connection = sqlite3.connect(path, isolation_level=None)
            connection.execute("SELECT value FROM meta LIMIT 1").fetchall()
        except sqlite3.Error as error:
            raise IndexFileError(f"{path}: not a geokg index ({error})") from None
        return cls(path, connection)

    @classmethod
    def create(cls, path: Path) -> BuildIndex:
        path.unlink(missing_ok=True)
        connection = sqlite3.connect(path, isolation_level=None)
        connection.executescript(_SCHEMA)
        connection.execute("INSERT INTO meta VALUES ('token', '')")
        return cls(path, connection)

    def close(self) -> None:
        self.db.close()

    # --- look-ups --------------------------------------------------------------------------

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM docs").fetchone()[0]

    def token(self) -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'token'").fetchone()
        return row[0] if row else ""

    def replaced(self, ids: Iterable[str], keys: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The documents (id -> provenance) whose id is one of ``ids`` or that came from one of
        the pages ``keys``: what new documents of those ids and pages replace."""
        found: dict[str, dict[str, Any]] = {}
        for column, values in (("id", ids), ("inkey", keys)):
            for chunk in _chunks(sorted(set(values))):
                marks = ",".join("?" * len(chunk))
                for doc_id, provenance in self.db.execute(
                    f"SELECT id, provenance FROM docs WHERE {column} IN ({marks})", chunk
                ):
                    found[doc_id] = json.loads(provenance)
        return found

    def digest(self, doc_id: str) -> str | None:
        row = self.db.execute("SELECT digest FROM docs WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def documents(self) -> Iterator[Document]:
        for (provenance,) in self.db.execute("SELECT provenance FROM docs ORDER BY rowid"):
            yield Document.from_provenance_json(json.loads(provenance))

    def candidates(self, values: np.ndarray) -> list[tuple[str, str, bytes, int]]:
        """The indexed documents sharing an LSH band with ``values``: (id, story, signature, seq)."""
        keys = band_keys(values)
        marks = ",".join("?" * len(keys))
        return self.db.execute(
            f"SELECT id, story, minhash, seq FROM sigs WHERE id IN (SELECT id FROM bands WHERE key IN ({marks}))",
            keys,
        ).fetchall()

    def max_seq(self) -> int:
        return self.db.execute("SELECT coalesce(max(seq), -1) FROM sigs").fetchone()[0]

    def entity(self, entity_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT record FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def entity_ids(self, iris: Iterable[str]) -> dict[str, str]:
        """The ids of the entities named by ``iris`` (iri -> id)."""
        found = {}
        for chunk in _chunks(sorted(set(iris))):
            marks = ",".join("?" * len(chunk))
            found.update(self.db.execute(f"SELECT iri, id FROM entities WHERE iri IN ({marks})", chunk).fetchall())
        return found

    # --- changes ---------------------------------------------------------------------------

    def apply(self, ops: Iterable[list[Any]], token: str) -> bool:
        """Apply the operations of the update ``token`` in one transaction, unless that update
        was applied already. Returns whether anything was done."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            if self.token() == token:
                db.execute("ROLLBACK")
                return False
            for op in ops:
                _OPS[op[0]](db, *op[1:])
            db.execute("UPDATE meta SET value = ? WHERE key = 'token'", (token,))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return True


def _chunks(values: list[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _put_doc(db: sqlite3.Connection, doc_id: str, key: str, provenance: str, digest: str | None = None) -> None:
    db.execute("INSERT OR REPLACE INTO docs VALUES (?, ?, ?, ?)", (doc_id, key, provenance, digest))


def _del_doc(db: sqlite3.Connection, doc_id: str) -> None:
    db.execute("DELETE FROM docs WHERE id = ?", (doc_id,))


def _put_sig(db: sqlite3.Connection, doc_id: str, story: str, minhash: str, seq: int) -> None:
    raw = base64.b64decode(minhash)
    _del_sig(db, doc_id)
    db.execute("INSERT INTO sigs VALUES (?, ?, ?, ?)", (doc_id, story, raw, seq))
    keys = band_keys(np.frombuffer(raw, dtype=np.uint32))
    db.executemany("INSERT INTO bands VALUES (?, ?)", [(key, doc_id) for key in keys])


def _del_sig(db: sqlite3.Connection, doc_id: str) -> None:
    db.execute("DELETE FROM sigs WHERE id = ?", (doc_id,))
    db.execute("DELETE FROM bands WHERE id = ?", (doc_id,))


def _put_entity(db: sqlite3.Connection, entity_id: str, iri: str, record: str) -> None:
    db.execute("INSERT OR REPLACE INTO entities VALUES (?, ?, ?)", (entity_id, iri, record))


def _del_entity(db: sqlite3.Connection, entity_id: str) -> None:
    db.execute("DELETE FROM entities WHERE id = ?", (entity_id,))


_OPS = {
    "doc+": _put_doc,
    "doc-": _del_doc,
    "sig+": _put_sig,
    "sig-": _del_sig,
    "ent+": _put_entity,
    "ent-": _del_entity,
}


# --------------------------------------------------------------------------------------------
# Operations, and whole indexes


def doc_op(document: Document, digest: str | None = None) -> list[Any]:
    provenance = json.dumps(document.provenance_json(), ensure_ascii=False)
    return ["doc+", document.id, inkey(document), provenance, digest]


def result_digest(result: Any) -> str:
    """A digest of the lines one extraction result gives ``documents.jsonl``,
    ``assertions.jsonl`` and ``mentions.jsonl``: equal digests, equal lines."""
    digest = hashlib.sha1(json.dumps(result.document.provenance_json(), ensure_ascii=False).encode("utf-8"))
    for item in (*result.assertions, None, *result.mentions):
        digest.update(b"\n" if item is None else json.dumps(item.to_json(), ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()


def sig_op(record: dict[str, str], seq: int) -> list[Any]:
    return ["sig+", record["doc"], record["story"], record["minhash"], seq]


def entity_op(record: Any) -> list[Any]:
    """``record``: an ``rdf._EntityRecord``."""
    from .rdf import entity_iri

    fields = dataclasses.asdict(record)
    entity_id = fields.pop("id")
    return ["ent+", entity_id, str(entity_iri(entity_id)), json.dumps(fields, ensure_ascii=False, sort_keys=True)]


def entity_record(entity_id: str, stored: dict[str, Any]) -> Any:
    from .rdf import _EntityRecord

    return _EntityRecord(id=entity_id, **stored)


def write_index(
    path: Path,
    documents: Iterable[Document],
    signatures: Iterable[dict[str, str]],
    records: Iterable[Any],
    digests: dict[str, str] | None = None,
) -> None:
    """A new index at ``path`` for a whole build: its documents (with the ``digests`` of those
    extracted in it), the signature records ``minhash.jsonl`` holds (in its order) and the
    entity records of its graph."""
    digests = digests or {}
    index = BuildIndex.create(path)
    try:
        ops: list[list[Any]] = [doc_op(d, digests.get(d.id)) for d in documents]
        ops += [sig_op(record, seq) for seq, record in enumerate(signatures)]
        ops += [entity_op(record) for record in records]
        index.apply(ops, "created")
    finally:
        index.close()


# --------------------------------------------------------------------------------------------
# Near-duplicates across runs, from the index


class IndexedStories(StoryIndex):
    """A ``StoryIndex`` whose earlier documents stay in the index: before a new document is
    compared, the indexed documents that share an LSH band with it are loaded (in their
    original order, before every document of this run), so it finds exactly the candidates the
    whole index in memory would, without reading every signature back."""

    def __init__(self, index: BuildIndex):
        super().__init__()
        self.db_index = index
        self.loaded: set[str] = set()
        self.assigned: set[str] = set()  # ids read in this run: their indexed selves are gone
        self.first_seq = index.max_seq() + 1

    def assign(self, document: Document, values: np.ndarray | None = None) -> Document:
        values = signature(document_text(document)) if values is None else values
        if values is None:
            self.assigned.add(document.id)
            self.remove(document.id)
            document.story, document.duplicate_of = document.id, None
            return document
        return super().assign(document, values)

    def _before_assign(self, document: Document, values: np.ndarray | None) -> None:
        if values is not None:
            for doc_id, story, raw, seq in self.db_index.candidates(values):
                if doc_id in self.loaded or doc_id in self.assigned:
                    continue
                self.loaded.add(doc_id)
                # Negative orders: before every document of this run, in their indexed order.
                self.add_signature(doc_id, story, np.frombuffer(raw, dtype=np.uint32), order=seq - 2**62)
        self.assigned.add(document.id)
        self.loaded.discard(document.id)  # its indexed self is removed next; what is added is new

    def new_records(self) -> list[dict[str, str]]:
        """The signatures this run added (in order), for ``minhash.jsonl`` and the index."""
        return [record for record in self.records() if record["doc"] not in self.loaded]
