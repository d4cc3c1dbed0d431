"""``geokg build --update`` that costs what it adds: a journal, one commit point, roll forward.

An update of an output that has an index (``graph/index.py``) never reads the whole output back
and never rewrites it. It works in three steps (docs/update.md has the argument):

1. **Prepare**, touching nothing in OUT/: the new documents are extracted; the documents they
   replace are looked up in the index; the quads to remove and to add are worked out against the
   store (the new documents' named graphs; the descriptions of the documents, stories and
   entities they touch, in the default graph); a copy of the store is made beside OUT/ (its
   immutable table files hard-linked, so the copy costs what the store's small files cost) and
   the change applied to it in one transaction; the lines to append to each of OUT/'s files,
   the index's changes and OUT/'s new marker are written into a journal folder
   ``.OUT.geokg-update-<token>`` beside OUT/.
2. **Commit**: ``plan.json`` is written into the journal last, by an atomic rename. Before it
   exists the update never happened (the next run deletes the journal); once it exists the update
   has happened, and applying it is a matter of idempotent steps.
3. **Apply** (``apply_journal``, which the next run, or any command opening OUT/, repeats after a
   kill): each file is cut back to its length before the update and the journal's lines
   appended; the store copy and ``OUT/store`` trade places in one atomic step; the index applies
   its changes in one SQLite transaction marked with the update's token (so never twice); the
   marker is replaced; the journal is deleted.

An update that replaces earlier documents (a document read again) writes each file anew into
the journal instead, without the replaced documents' lines (the time then grows with the files),
and the files are renamed into place when applied.

``graph.ttl``, ``graph.trig`` and ``graph.html`` are derived from the store: the marker lists
them as out of date once an update is applied, and ``refresh`` writes them again (an update does
so at once for outputs of at most ``DEFER_ABOVE`` documents, unless told to defer them).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from geokg.extract.model import Argument, Assertion, Document, Mention

from .build import note_replacement
from .errors import GeokgError
from .index import INDEX, BuildIndex, IndexedStories, doc_op, entity_op, entity_record, inkey, result_digest, sig_op
from .outfolder import MARKER, OutputFolder, exchange, remove_tree, write_marker

PLAN = "plan.json"
DEFER_ABOVE = 1000  # documents: above, an update leaves graph.ttl, graph.trig and graph.html for later
DERIVED = ("graph.trig", "graph.ttl", "graph.html")
BULK_QUADS = 200_000  # more new quads than this go into the store copy as table files
_DOC_FIELD = {
    "assertions.jsonl": b'"doc": ',
    "mentions.jsonl": b'"doc": ',
    "minhash.jsonl": b'"doc": ',
    "documents.jsonl": b'"id": ',
}
_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"')


class UpdateError(GeokgError):
    """The update cannot be prepared; nothing in OUT/ was changed."""


class Update:
    """Collects a run's results for an update of OUT/; ``finish`` prepares, commits and applies it."""

    def __init__(self, out: OutputFolder, index: BuildIndex, run: Any):
        check_ends(OutputFolder(out.target()))
        self.out = out
        self.index = index
        self.run = run
        self.token = secrets.token_hex(8)
        self.journal = out.sibling("update", self.token)
        self.journal.mkdir()
        write_marker(self.journal, self.token)
        self.documents: dict[str, Document] = {}
        self.assertions: list[Assertion] = []
        self.references: dict[tuple[str, str], Mention] = {}
        self.replaced: dict[str, dict[str, Any]] = {}  # earlier documents this run replaces
        self.unchanged: set[str] = set()  # documents read again that would change nothing
        self.digests: dict[str, str] = {}
        self.read_again = 0
        self._mentions = open(self.journal / "mentions.new", "w", encoding="utf-8")

    def add(self, result: Any) -> None:
        document: Document = result.document
        digest = result_digest(result)
        if self._unchanged(document, digest):
            self.unchanged.add(document.id)
            self.read_again += 1
            return
        self._note_replacements(document)
        self.digests[document.id] = digest
        self.documents[document.id] = document.without_text()
        self.assertions.extend(result.assertions)
        for mention in result.mentions:
            self._mentions.write(json.dumps(mention.to_json(), ensure_ascii=False) + "\n")
            self.references.setdefault((mention.doc, mention.entity.id), mention)

    def _unchanged(self, document: Document, digest: str) -> bool:
        """A document read again that would give the files exactly the lines it gave them: it is
        left where it is (news feeds give the same items again and again)."""
        earlier = self.index.replaced([document.id], [inkey(document)])
        return (
            list(earlier) == [document.id]
            and document.id not in self.replaced
            and self.index.digest(document.id) == digest
        )

    def _note_replacements(self, document: Document) -> None:
        earlier = self.index.replaced([document.id], [inkey(document)])
        for doc_id, provenance in earlier.items():
            if doc_id in self.replaced:
                continue
            self.replaced[doc_id] = provenance
            before = Document.from_provenance_json(provenance)
            self.read_again += note_replacement(self.run, document, before)

    def discard(self) -> None:
        """The run failed: before its commit point the journal goes (OUT/ was never touched);
        after it the journal stays, for the next run to finish applying."""
        self._mentions.close()
        if self.journal.exists() and not (self.journal / PLAN).exists():
            remove_tree(self.journal)

    def finish(self, stories: IndexedStories) -> str:
        """Prepare the update in the journal, commit it, apply it. Returns the summary."""
        self._mentions.close()
        target = self.out.target()
        if not self.documents and not self.replaced:  # every document read again, unchanged
            record = json.loads((target / MARKER).read_text(encoding="utf-8"))
            record["token"] = self.token
            tmp = self.journal / "marker.json"
            tmp.write_text(json.dumps(record) + "\n", encoding="utf-8")
            os.replace(tmp, target / MARKER)
            remove_tree(self.journal)
            return self._summary()
        store = ox.Store.read_only(str(target / "store"))
        try:
            change = StoreChange(store, self.index, set(self.replaced), list(self.documents.values()))
            change.named_graphs(self.assertions, self.references.values())
            change.default_graph(self.assertions, self.references.values())
        finally:
            del store
        signatures = [r for r in stories.new_records() if r["doc"] not in self.unchanged]
        files = self._write_files(change, signatures)
        _prepare_store(target / "store", self.journal / "store", change)
        ops = self._index_ops(change, signatures, stories.first_seq)
        with open(self.journal / "ops.jsonl", "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(op, ensure_ascii=False) + "\n" for op in ops)
        marker: dict[str, Any] = {"geokg_output": 1, "token": self.token}  # a token new for each build
        marker["stale"] = sorted(name for name in DERIVED if (target / name).exists() or name != "graph.html")
        marker["stale"] = sorted(set(marker["stale"]) | set(stale_files(target)))
        (self.journal / "marker.json").write_text(json.dumps(marker) + "\n", encoding="utf-8")
        plan = {"token": self.token, "files": files, "store_inode": os.stat(self.journal / "store").st_ino}
        _commit(self.journal, plan)
        apply_journal(self.out, self.journal)
        return self._summary()

    def _summary(self) -> str:
        # Documents read again unchanged are left where they are; say so apart from those that
        # replace their earlier selves, so "0 added" never sits beside "replacing".
        unchanged = len(self.unchanged)
        replacing = self.read_again - unchanged
        parts = [f"{len(self.documents)} added or replaced with {len(self.assertions)} assertions"]
        if unchanged:
            parts.append(f"{unchanged} read again unchanged, left as they were")
        if replacing:
            parts.append(f"{replacing} read again, replacing their earlier selves")
        return f"{self.index.count()} documents in the graph: " + "; ".join(parts)

    def _write_files(self, change: StoreChange, signatures: list[dict[str, str]]) -> dict[str, Any]:
        """The journal's lines for each of OUT/'s files (appended), or each file anew without
        the replaced documents (when some are replaced). Returns the files' part of the plan."""
        out = OutputFolder(self.out.target())
        documents = list(self.documents.values())
        new_lines = {
            out.assertions.name: (json.dumps(a.to_json(), ensure_ascii=False) + "\n" for a in self.assertions),
            out.documents.name: (json.dumps(d.provenance_json(), ensure_ascii=False) + "\n" for d in documents),
            out.signatures.name: (json.dumps(r, ensure_ascii=False) + "\n" for r in signatures),
        }
        gone = set(self.replaced) | set(self.documents)
        plan: dict[str, Any] = {}
        for path in (out.assertions, out.documents, out.signatures, out.mentions, out.nquads):
            part = self.journal / f"{path.name}.part"
            with open(part, "wb") as stream:
                if self.replaced:
                    _copy_kept(path, stream, gone, change.removed)
                if path.name in new_lines:
                    stream.writelines(line.encode("utf-8") for line in new_lines[path.name])
                elif path == out.mentions:
                    with open(self.journal / "mentions.new", "rb") as spool:
                        shutil.copyfileobj(spool, stream)
                else:
                    stream.writelines(change.added_lines)
            if self.replaced:
                plan[path.name] = {"replace": part.name}
            else:
                plan[path.name] = {"append": part.name, "from": path.stat().st_size if path.exists() else 0}
        (self.journal / "mentions.new").unlink()
        return plan

    def _index_ops(self, change: StoreChange, signatures: list[dict[str, str]], first_seq: int) -> list[list[Any]]:
        ops: list[list[Any]] = []
        for doc_id in self.replaced:
            ops += [["doc-", doc_id], ["sig-", doc_id]]
        ops += [doc_op(d, self.digests.get(d.id)) for d in self.documents.values()]
        ops += [sig_op(record, first_seq + k) for k, record in enumerate(signatures)]
        ops += [["ent-", entity_id] for entity_id in change.orphans]
        ops += [entity_op(record) for record in change.records.values()]
        return ops


def check_ends(out: OutputFolder) -> None:
    """Refuse to append to a JSON Lines file whose last line is not a whole JSON object (a file
    cut short, or edited by hand): the update would bury the damage. Only the end is read."""
    for path in (out.assertions, out.documents, out.mentions, out.signatures):
        if not path.is_file() or path.stat().st_size == 0:
            continue
        with open(path, "rb") as fh:
            fh.seek(max(0, path.stat().st_size - 2**20))
            tail = fh.read()
        last = tail.rstrip(b"\n").rsplit(b"\n", 1)[-1]
        problem = None if tail.endswith(b"\n") else "the file does not end with a line break"
        try:
            record = json.loads(last)
            if problem is None and not isinstance(record, dict):
                problem = "not a JSON object"
        except ValueError as error:
            problem = f"not valid JSON ({getattr(error, 'msg', error)})"
        if problem is not None:
            with open(path, "rb") as fh:
                line_no = sum(block.count(b"\n") for block in iter(lambda: fh.read(2**20), b""))
            line_no += 0 if tail.endswith(b"\n") else 1
            raise UpdateError(f"{path}:{line_no}: {problem}")


# --------------------------------------------------------------------------------------------
# What changes in the store


def _lines_to_quads(lines: list[bytes]) -> list[ox.Quad]:
    """N-Quads lines as the store holds them: parsed as the bulk loader parses graph.nq, typed
    literals in the store's canonical form (``"0.90"^^xsd:decimal`` is held as ``0.9``)."""
    if not lines:
        return []
    return [_canonical(q) for q in ox.parse(input=b"".join(lines), format=ox.RdfFormat.N_QUADS)]


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _canonical(quad: ox.Quad) -> ox.Quad:
    literal = quad.object
    if not isinstance(literal, ox.Literal) or literal.language or literal.datatype.value == _XSD_STRING:
        return quad
    scratch = ox.Store()  # in memory: a store reads a typed value back in its canonical form
    scratch.add(quad)
    return next(iter(scratch))


def _nq_lines(triples: Iterable[tuple], graph: Any = None) -> list[bytes]:
    from .rdf import _nt_term

    suffix = f" <{graph}> .\n" if graph is not None else " .\n"
    return [f"{_nt_term(s)} {_nt_term(p)} {_nt_term(o)}{suffix}".encode() for s, p, o in triples]


class StoreChange:
    """The quads an update removes from the store and adds to it, worked out against the store
    as it is (read-only): exactly what a build of the whole merged output would differ by."""

    def __init__(self, store: ox.Store, index: BuildIndex, replaced: set[str], documents: list[Document]):
        self.store = store
        self.index = index
        self.replaced = replaced
        self.documents = documents
        self.removed: set[ox.Quad] = set()
        self.added_lines: list[bytes] = []
        self.orphans: list[str] = []
        self.records: dict[str, Any] = {}

    def named_graphs(self, assertions: list[Assertion], references: Iterable[Mention]) -> None:
        """The replaced documents' graphs go; the new documents' graphs come (as ``write_nquads``
        writes them: each document's statements once, then what it references)."""
        from rdflib.namespace import DCTERMS

        from .rdf import _describe_assertion, _TripleSink, document_iri, entity_iri

        for doc_id in sorted(self.replaced):
            self.removed.update(self.store.quads_for_pattern(None, None, None, ox.NamedNode(str(document_iri(doc_id)))))
        by_doc: dict[str, _TripleSink] = {}
        for assertion in assertions:
            _describe_assertion(by_doc.setdefault(assertion.doc, _TripleSink()), assertion)  # type: ignore[arg-type]
        for doc_id, sink in by_doc.items():
            self.added_lines += _nq_lines(dict.fromkeys(sink.triples), document_iri(doc_id))
        for mention in references:
            doc = document_iri(mention.doc)
            self.added_lines += _nq_lines([(doc, DCTERMS.references, entity_iri(mention.entity.id))], doc)

    def default_graph(self, assertions: list[Assertion], references: Iterable[Mention]) -> None:
        """The default graph's triples about every subject the update touches, as they must be
        after it, against what the store holds: documents, stories and their first documents,
        entities."""
        wanted = self._documents_and_stories()
        wanted.update(self._entities(assertions, list(references)))
        default = ox.DefaultGraph()
        added: list[bytes] = []
        for subject, lines in wanted.items():
            now = set(self.store.quads_for_pattern(ox.NamedNode(subject), None, None, default))
            want = dict(zip(_lines_to_quads(lines), lines))
            self.removed.update(now - set(want))
            added += [line for quad, line in want.items() if quad not in now]
        self.added_lines += added

    def _documents_and_stories(self) -> dict[str, list[bytes]]:
        from geokg.ontology import GK
        from rdflib import RDF

        from .rdf import _describe_document, _TripleSink, document_iri, story_iri

        new = {d.id: d for d in self.documents}
        stories: set[str] = set()
        for doc_id in self.replaced | set(new):
            stories.add(doc_id)
            for quad in self.store.quads_for_pattern(
                ox.NamedNode(str(document_iri(doc_id))), ox.NamedNode(str(GK.story)), None, ox.DefaultGraph()
            ):
                stories.add(self._story_id(quad.object.value))
        stories.update(d.story for d in self.documents if d.story)
        gone = {str(document_iri(d)) for d in self.replaced | set(new)}
        wanted: dict[str, list[bytes]] = {}
        for doc_id in self.replaced | set(new):
            wanted[str(document_iri(doc_id))] = []
        for document in self.documents:
            sink = _TripleSink()
            _describe_document(sink, document)  # type: ignore[arg-type]
            own = [t for t in sink.triples if str(t[0]) == str(document_iri(document.id))]
            wanted[str(document_iri(document.id))] += _nq_lines(own)
        for story_id in sorted(stories):
            story, head = story_iri(story_id), document_iri(story_id)
            retold = any(d.story == story_id and d.id != story_id for d in self.documents) or any(
                q.subject.value not in gone and q.subject.value != str(head)
                for q in self.store.quads_for_pattern(
                    None, ox.NamedNode(str(GK.story)), ox.NamedNode(str(story)), ox.DefaultGraph()
                )
            )
            wanted[str(story)] = _nq_lines([(story, RDF.type, GK.Story)]) if retold else []
            if str(head) not in wanted:  # a kept first telling: only its link to the story may change
                now = self.store.quads_for_pattern(ox.NamedNode(str(head)), None, None, ox.DefaultGraph())
                wanted[str(head)] = [_quad_line(q) for q in now if q.object != ox.NamedNode(str(story))]
            if retold:
                wanted[str(head)] += _nq_lines([(head, GK.story, story)])
        return wanted

    def _story_id(self, iri: str) -> str:
        from urllib.parse import unquote

        from .rdf import STORY

        return unquote(iri[len(str(STORY)) :])

    def _entities(self, assertions: list[Assertion], references: list[Mention]) -> dict[str, list[bytes]]:
        """Entities the new documents name (their descriptions merged with the index's) and
        entities only the replaced documents named (gone when no other document names them)."""
        from .rdf import _collect_entities, _describe_entity, _TripleSink, entity_iri

        named = {e.id for a in assertions for e in _entities_of(a)} | {m.entity.id for m in references}
        records = {}
        for entity_id in named:
            stored = self.index.entity(entity_id)
            if stored is not None:
                records[entity_id] = entity_record(entity_id, stored)
        records = _collect_entities(assertions, references, records)
        wanted: dict[str, list[bytes]] = {}
        for entity_id, record in records.items():
            sink = _TripleSink()
            _describe_entity(sink, record)  # type: ignore[arg-type]
            wanted[str(entity_iri(entity_id))] = _nq_lines(sink.triples)
        self.records = records
        for iri, entity_id in self.index.entity_ids(self._named_by_replaced()).items():
            if entity_id not in records and not self._still_named(iri):
                wanted[iri] = []
                self.orphans.append(entity_id)
        return wanted

    def _named_by_replaced(self) -> set[str]:
        from geokg.ontology import GKID

        prefix = str(GKID)
        return {
            q.object.value
            for q in self.removed
            if isinstance(q.object, ox.NamedNode) and q.object.value.startswith(prefix)
        }

    def _still_named(self, iri: str) -> bool:
        from .rdf import document_iri
        from .store import ONTOLOGY_GRAPH

        gone = {str(document_iri(d)) for d in self.replaced} | {str(ONTOLOGY_GRAPH)}
        for quad in self.store.quads_for_pattern(None, None, ox.NamedNode(iri), None):
            if isinstance(quad.graph_name, ox.NamedNode) and quad.graph_name.value not in gone:
                return True
        return False


def _entities_of(assertion: Assertion) -> list[Any]:
    found = [assertion.subject.entity]
    if isinstance(assertion.object, Argument):
        found.append(assertion.object.entity)
    if assertion.attributed_to is not None and assertion.attributed_to.id:
        found.append(assertion.attributed_to)
    return [e for e in found if e is not None and e.id]


def _quad_line(quad: ox.Quad) -> bytes:
    return (ox.serialize([quad], format=ox.RdfFormat.N_QUADS) or b"").replace(b"\r\n", b"\n")


# --------------------------------------------------------------------------------------------
# Files without the replaced documents


def _copy_kept(path: Path, stream: Any, gone: set[str], removed: set[ox.Quad]) -> None:
    """Copy ``path`` into ``stream`` without the lines of the documents ``gone`` (JSON Lines)
    or the quads ``removed`` (N-Quads)."""
    if not path.exists():
        return
    if path.name == "graph.nq":
        _copy_kept_quads(path, stream, removed)
        return
    field = _DOC_FIELD[path.name]
    with open(path, "rb") as source:
        for line in source:
            at = line.find(field)
            if at >= 0:
                value = _JSON_STRING.match(line, at + len(field))
                if value is not None and json.loads(value.group(0)) in gone:
                    continue
            stream.write(line)


def _copy_kept_quads(path: Path, stream: Any, removed: set[ox.Quad]) -> None:
    """graph.nq without the removed quads: a line is parsed only when its subject (a default
    graph's triple) or its graph (a named graph's quad) is one that lost quads."""
    subjects = {_quad_line(q).split(b" ", 1)[0] for q in removed if isinstance(q.graph_name, ox.DefaultGraph)}
    graphs = {_quad_line(q).rsplit(b" ", 2)[1] for q in removed if not isinstance(q.graph_name, ox.DefaultGraph)}
    with open(path, "rb") as source:
        for line in source:
            terms = line.rstrip(b"\n").rsplit(b" ", 2)
            if line.split(b" ", 1)[0] in subjects or (len(terms) == 3 and terms[1] in graphs):
                parsed = _lines_to_quads([line if line.endswith(b"\n") else line + b"\n"])
                if parsed and parsed[0] in removed:
                    continue
            stream.write(line)


# --------------------------------------------------------------------------------------------
# The store copy, the commit point, and applying a journal


def _prepare_store(source: Path, target: Path, change: StoreChange) -> None:
    """A copy of the store at ``target`` with the change applied in one transaction. RocksDB
    never rewrites a table file (``.sst``), so those are hard-linked; the rest is copied."""
    target.mkdir()
    for entry in os.scandir(source):
        if entry.name == "LOCK" or entry.name.startswith("LOG"):  # RocksDB's lock and its info logs
            continue
        if entry.name.endswith(".sst"):
            os.link(entry.path, target / entry.name)
        else:
            shutil.copy2(entry.path, target / entry.name)
    # The copy is private until it is swapped in (one atomic step for every reader), so its
    # transactions need not be one; the new quads still go in as one (``extend``), or, when they
    # are many, as table files written directly (``bulk_extend``, bounded memory).
    store = ox.Store(str(target))
    try:
        for quad in change.removed:
            store.remove(quad)
        added = _lines_to_quads(change.added_lines)
        if len(added) > BULK_QUADS:
            store.bulk_extend(added)
        else:
            store.extend(added)
        store.flush()
    finally:
        del store


def _commit(journal: Path, plan: dict[str, Any]) -> None:
    """The commit point: ``plan.json`` appears, complete, in one rename (after the journal's other
    files are on disk)."""
    for entry in journal.iterdir():
        if entry.is_file():
            _fsync(entry)
    tmp = journal / f".{PLAN}.tmp"
    tmp.write_text(json.dumps(plan) + "\n", encoding="utf-8")
    _fsync(tmp)
    os.replace(tmp, journal / PLAN)
    _fsync(journal)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def apply_journal(out: OutputFolder, journal: Path) -> None:
    """Apply a committed update to OUT/; every step may be repeated (after a kill) to the same end."""
    plan = json.loads((journal / PLAN).read_text(encoding="utf-8"))
    target = out.target()
    for name, step in plan["files"].items():
        part = journal / step.get("append", step.get("replace", ""))
        if "replace" in step:
            if part.exists():
                os.replace(part, target / name)
            continue
        with open(target / name, "r+b" if (target / name).exists() else "w+b") as fh:
            fh.truncate(step["from"])
            fh.seek(step["from"])
            with open(part, "rb") as lines:
                shutil.copyfileobj(lines, fh)
    _publish_store(target / "store", journal / "store", plan["store_inode"])
    ops = []
    if (journal / "ops.jsonl").exists():
        with open(journal / "ops.jsonl", encoding="utf-8") as fh:
            ops = [json.loads(line) for line in fh]
    index = BuildIndex.open(target / INDEX)
    try:
        index.apply(ops, plan["token"])
    finally:
        index.close()
    if (journal / "marker.json").exists():
        os.replace(journal / "marker.json", target / MARKER)
    remove_tree(journal)


def _publish_store(current: Path, prepared: Path, inode: int) -> None:
    """Make the prepared store OUT/store (once: the prepared folder's inode tells whether it is
    in place already)."""
    if current.exists() and os.stat(current).st_ino == inode:
        return
    if not current.exists():
        os.replace(prepared, current)
    elif not exchange(prepared, current):
        old = prepared.with_name("store.old")
        os.replace(current, old)
        os.replace(prepared, current)


def recover_journals(out: OutputFolder) -> list[str]:
    """Holding the lock: apply committed journals, delete the others. One line per thing done."""
    done = []
    for journal in out.leftovers("update"):
        if (journal / PLAN).is_file():
            apply_journal(out, journal)
            done.append(f"{out.path}: completed an update that a killed run had committed")
        else:
            remove_tree(journal)
    return done


# --------------------------------------------------------------------------------------------
# graph.ttl, graph.trig and graph.html, written again when asked


def stale_files(folder: Path) -> list[str]:
    try:
        record = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    stale = record.get("stale") if isinstance(record, dict) else None
    return [name for name in stale if name in DERIVED] if isinstance(stale, list) else []


def refresh(out: OutputFolder, options: Any = None, which: Iterable[str] | None = None) -> list[str]:
    """Write the out-of-date derived files again (holding the lock). Returns their names."""
    from .build import BuildOptions
    from .store import write_graph_files

    target = out.target()
    stale = [name for name in stale_files(target) if which is None or name in which]
    if "graph.trig" in stale or "graph.ttl" in stale:  # written together
        stale = sorted(set(stale) | ({"graph.trig", "graph.ttl"} & set(stale_files(target))))
    if not stale:
        return []
    options = options or BuildOptions()
    if "graph.trig" in stale or "graph.ttl" in stale:
        write_graph_files(target / "store", target)
    if "graph.html" in stale and options.viewer:
        _write_viewer(out, options)
    elif "graph.html" in stale:
        (target / "graph.html").unlink(missing_ok=True)
    record = json.loads((target / MARKER).read_text(encoding="utf-8"))
    record["stale"] = [name for name in record.get("stale", []) if name not in stale]
    if not record["stale"]:
        del record["stale"]
    tmp = target / f".{MARKER}.tmp"
    tmp.write_text(json.dumps(record) + "\n", encoding="utf-8")
    os.replace(tmp, target / MARKER)
    return stale


def _write_viewer(out: OutputFolder, options: Any) -> None:
    from .outfolder import read_records
    from .viewer import write_viewer

    target = OutputFolder(out.target())
    assertions = [Assertion.from_json(r) for _, r in read_records(target.assertions, UpdateError)]
    documents = [Document.from_provenance_json(r) for _, r in read_records(target.documents, UpdateError)]
    tmp = target.path / ".graph.html.tmp"
    write_viewer(
        assertions, tmp, documents=documents, title=options.title, label_lang=options.label_lang, top=options.top
    )
    os.replace(tmp, target.viewer)
