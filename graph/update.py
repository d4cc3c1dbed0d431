"""Building OUT/ from a stream of extraction results, and ``--update`` of an existing OUT/.

A build holds what the graph needs, never the text: each document's provenance, the assertions,
and one mention per (document, entity) pair for the graph's ``dcterms:references`` links. Every
mention still goes to ``mentions.jsonl``, spooled to disk as it comes. So memory grows with the
number of documents and assertions, not with the size of the input.

``--update`` merges the previous OUT/ with the new results and writes the whole of OUT/ again
with the same writer as a fresh build, into the staging folder that is then swapped in: every
output file stays consistent with the others, and an interrupted run leaves OUT/ as it was. A
document read again (same id, or a page whose articles are split anew) replaces its earlier self
with its assertions and mentions; nothing else of the previous build is dropped, and assertion
ids are deterministic, so reading the same input twice adds nothing.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from geokg.extract.dedup import StoryIndex
from geokg.extract.model import Assertion, Document, Mention

ASSERTIONS, MENTIONS, DOCUMENTS, SIGNATURES = "assertions.jsonl", "mentions.jsonl", "documents.jsonl", "minhash.jsonl"


class UpdateError(Exception):
    """The previous output cannot be read back; the update is refused and nothing is written."""


def _jsonl(path: Path) -> Iterable[tuple[int, dict[str, Any]]]:
    with path.open(encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise UpdateError(f"{path}:{line_no}: not valid JSON ({e.msg})") from None
            if not isinstance(record, dict):
                raise UpdateError(f"{path}:{line_no}: not a JSON object")
            yield line_no, record


class PreviousOutput:
    """What an earlier build left in OUT/: its documents and assertions (mentions stay on disk)."""

    def __init__(self, folder: Path, documents: list[Document], assertions: list[Assertion]):
        self.folder = folder
        self.documents = documents
        self.assertions = assertions

    @classmethod
    def load(cls, folder: Path, stories: StoryIndex | None = None) -> PreviousOutput | None:
        if not folder.is_dir():
            raise UpdateError(f"{folder} exists and is not a folder")
        if not any(folder.iterdir()):
            return None
        if not (folder / ASSERTIONS).is_file():
            raise UpdateError(f"{folder} holds no {ASSERTIONS}: not a geokg output, or a partial one")
        documents: list[Document] = []
        if (folder / DOCUMENTS).is_file():
            for line_no, record in _jsonl(folder / DOCUMENTS):
                try:
                    documents.append(Document.from_provenance_json(record))
                except KeyError as e:
                    raise UpdateError(f"{folder / DOCUMENTS}:{line_no}: missing field {e}") from None
        assertions: list[Assertion] = []
        for line_no, record in _jsonl(folder / ASSERTIONS):
            try:
                assertions.append(Assertion.from_json(record))
            except (KeyError, TypeError, ValueError, AttributeError) as e:
                raise UpdateError(f"{folder / ASSERTIONS}:{line_no}: not a geokg assertion ({e})") from None
        if stories is not None:
            stories.load(folder / SIGNATURES)
        return cls(folder, documents, assertions)


class Build:
    """Collects results as they stream in; ``finish`` writes the whole of OUT/ into ``staging``."""

    def __init__(self, staging: Path):
        self.staging = staging
        self.documents: dict[str, Document] = {}
        self.assertions: list[Assertion] = []
        self.references: dict[tuple[str, str], Mention] = {}
        self._spool_path = staging / f".{MENTIONS}.new"
        self._spool = open(self._spool_path, "w", encoding="utf-8")

    def add(self, result: Any) -> None:
        """One ``DocumentResult``: its text is let go here."""
        document: Document = result.document
        self.documents[document.id] = document.without_text()
        self.assertions.extend(result.assertions)
        for mention in result.mentions:
            self._spool.write(json.dumps(mention.to_json(), ensure_ascii=False) + "\n")
            self.references.setdefault((mention.doc, mention.entity.id), mention)

    def finish(
        self,
        previous: PreviousOutput | None,
        stories: StoryIndex,
        title: str = "geokg: geopolitical relations",
        viewer: bool = True,
        label_lang: str = "en",
        top: int | None = None,
    ) -> str:
        self._spool.close()
        documents = list(self.documents.values())
        assertions = self.assertions
        mentions_out = self.staging / MENTIONS
        with open(mentions_out, "w", encoding="utf-8") as out:
            if previous is not None:
                kept = self._kept_previous(previous)
                listed = {d.id for d in previous.documents}

                def keeps(doc_id: str) -> bool:
                    # A document not listed (an output edited by hand) stays unless read again.
                    return doc_id in kept or (doc_id not in listed and doc_id not in self.documents)

                documents = [d for d in previous.documents if d.id in kept] + documents
                new_ids = {a.id for a in assertions}
                assertions = [a for a in previous.assertions if keeps(a.doc) and a.id not in new_ids] + assertions
                old_mentions = previous.folder / MENTIONS
                if old_mentions.is_file():
                    for _, record in _jsonl(old_mentions):
                        if keeps(str(record.get("doc"))):
                            out.write(json.dumps(record, ensure_ascii=False) + "\n")
                            try:
                                mention = Mention.from_json(record)
                            except (KeyError, TypeError, ValueError):
                                continue
                            self.references.setdefault((mention.doc, mention.entity.id), mention)
            with open(self._spool_path, encoding="utf-8") as spool:
                shutil.copyfileobj(spool, out)
        self._spool_path.unlink()
        # The signatures are saved and the index let go first: the graph's peak comes next.
        stories.save(self.staging / SIGNATURES, keep={d.id for d in documents})
        stories.clear()
        write_build(
            self.staging,
            assertions,
            documents,
            self.references.values(),
            title=title,
            viewer=viewer,
            label_lang=label_lang,
            top=top,
        )
        entities = {m.entity.id for m in self.references.values()}
        return f"{len(documents)} documents, {len(assertions)} assertions, {len(entities)} entities in the graph"

    def _kept_previous(self, previous: PreviousOutput) -> set[str]:
        """Ids of the previous documents that no new document replaces."""
        new_inputs = {d.input_id or d.id for d in self.documents.values()}
        return {
            d.id for d in previous.documents if d.id not in self.documents and (d.input_id or d.id) not in new_inputs
        }


def write_build(
    folder: Path,
    assertions: list[Assertion],
    documents: list[Document],
    mentions: Iterable[Mention],
    title: str = "geokg: geopolitical relations",
    viewer: bool = True,
    label_lang: str = "en",
    top: int | None = None,
    store: bool = True,
) -> dict[str, Path]:
    """Write the graph files (Turtle, TriG, N-Quads), the embedded store, assertions, documents
    and viewer of one build into ``folder`` (``mentions.jsonl`` is streamed by the caller). A
    fresh build and an update both end here, so every output stays consistent.

    No rdflib graph of the whole build is held: ``graph.nq`` is streamed from the assertions
    (``rdf.write_nquads``, one batch at a time), the store is bulk-loaded from it, and
    ``graph.trig`` and ``graph.ttl`` are written from the store (``store.write_graph_files``).
    Without ``store`` the store is built in a scratch folder all the same and removed after."""
    from .rdf import write_nquads
    from .store import store_path, write_graph_files, write_store
    from .viewer import write_viewer

    paths: dict[str, Path] = {"nq": folder / "graph.nq"}
    partial = folder / ".graph.nq.tmp"
    try:
        with open(partial, "wb") as stream:
            write_nquads(stream, assertions, documents, mentions)
        partial.replace(paths["nq"])
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    store_dir = store_path(folder) if store else folder / ".store.tmp"
    try:
        write_store(paths["nq"], store_dir)
        paths.update(write_graph_files(store_dir, folder))
    finally:
        if not store:
            shutil.rmtree(store_dir, ignore_errors=True)
    if store:
        paths["store"] = store_dir
    with open(folder / ASSERTIONS, "w", encoding="utf-8") as fh:
        for a in assertions:
            fh.write(json.dumps(a.to_json(), ensure_ascii=False) + "\n")
    with open(folder / DOCUMENTS, "w", encoding="utf-8") as fh:
        for d in documents:
            fh.write(json.dumps(d.provenance_json(), ensure_ascii=False) + "\n")
    paths["assertions"] = folder / ASSERTIONS
    paths["documents"] = folder / DOCUMENTS
    if viewer:
        paths["html"] = folder / "graph.html"
        write_viewer(assertions, paths["html"], documents=documents, title=title, label_lang=label_lang, top=top)
    return paths
