"""``geokg build``: OUT/ from a stream of extraction results, and ``--update`` of an existing OUT/.

A build holds what the graph needs, never the text: each document's provenance, the assertions,
and one mention per (document, entity) pair for the graph's ``dcterms:references`` links. Every
mention still goes to ``mentions.jsonl``, spooled to disk as it comes. So memory grows with the
number of documents and assertions, not with the size of the input.

Everything is written into a staging folder beside OUT/ that is then swapped in
(``outfolder.OutputFolder``): a failed, interrupted or killed run leaves OUT/ as it was. An
existing OUT/ that is not a geokg output, or that holds an input, is refused unless ``--force``.

``--update`` of an output that has an index (``graph/index.py``; every build writes one) adds to
it in place at the cost of what it adds, through a journal with one commit point
(``graph/update.py``, docs/update.md). An output written before the index existed is merged
with the new results once and written whole again with the same writer as a fresh build
(``write_build``), index included: every output file stays consistent with the others. A document read again (same id, or a page whose articles are split anew)
replaces its earlier self with its assertions and mentions, and the replacement is reported;
nothing else of the previous build is dropped, and assertion ids are deterministic, so reading
the same input twice adds nothing.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from geokg.extract.dedup import StoryIndex
from geokg.extract.model import Assertion, Document, Mention

from .errors import GeokgError, UsageError
from .index import INDEX, result_digest, write_index
from .outfolder import ASSERTIONS, MENTIONS, SIGNATURES, OutputFolder, read_records, remove_tree, write_marker
from .progress import Progress
from .run import Run


class UpdateError(GeokgError):
    """The previous output cannot be read back; the update is refused and nothing is written."""


@dataclass(frozen=True)
class BuildOptions:
    """How the viewer is written (the graph files have no options)."""

    title: str = "geokg: geopolitical relations"
    viewer: bool = True
    label_lang: str = "en"
    top: int | None = None


def _jsonl(path: Path, progress: Any = None) -> Iterable[tuple[int, dict[str, Any]]]:
    return read_records(path, UpdateError, progress)


def _size(path: Path) -> int:
    return path.stat().st_size if path.is_file() else 0


def _lines(path: Path) -> int:
    count = 0
    with open(path, "rb") as fh:
        while block := fh.read(2**20):
            count += block.count(b"\n")
    return count


class PreviousOutput:
    """What an earlier build left in OUT/: its documents and assertions (mentions stay on disk)."""

    def __init__(self, folder: Path, documents: list[Document], assertions: list[Assertion]):
        self.folder = folder
        self.documents = documents
        self.assertions = assertions

    @classmethod
    def load(
        cls, folder: Path, stories: StoryIndex | None = None, progress: Progress | None = None
    ) -> PreviousOutput | None:
        if not folder.is_dir():
            raise UpdateError(f"{folder} exists and is not a folder")
        if not any(folder.iterdir()):
            return None
        out = OutputFolder(folder)
        if not out.assertions.is_file():
            raise UpdateError(f"{folder} holds no {ASSERTIONS}: not a geokg output, or a partial one")
        progress = progress or Progress(False)
        documents: list[Document] = []
        assertions: list[Assertion] = []
        total = _size(out.documents) + _size(out.assertions)
        with progress.stage("reading OUT/", total, "B", scale=True) as bar:
            if out.documents.is_file():
                for line_no, record in _jsonl(out.documents, bar):
                    try:
                        documents.append(Document.from_provenance_json(record))
                    except KeyError as e:
                        raise UpdateError(f"{out.documents}:{line_no}: missing field {e}") from None
            for line_no, record in _jsonl(out.assertions, bar):
                try:
                    assertions.append(Assertion.from_json(record))
                except (KeyError, TypeError, ValueError, AttributeError) as e:
                    raise UpdateError(f"{out.assertions}:{line_no}: not a geokg assertion ({e})") from None
        if stories is not None:
            with progress.stage("near-duplicates: signatures", _size(out.signatures), "B", scale=True) as bar:
                stories.load(out.signatures, progress=bar.update)
        return cls(folder, documents, assertions)


def _identity(document: Document) -> dict[str, Any]:
    """What tells two documents of one id apart: their provenance, without the story found."""
    kept = ("id", "date", "url", "source", "title")
    return {k: v for k, v in document.provenance_json().items() if k in kept}


def note_replacement(run: Run | None, document: Document, earlier: Document) -> bool:
    """Report that ``document`` replaces the previous build's ``earlier`` (ids may differ:
    a feed item keyed by its input id); True, and nothing said, when it is the same document
    read again (same id, date, url, source and title)."""
    if _identity(earlier) == _identity(document):
        return True
    if run is not None:
        was = ", ".join(f"{k} {v!r}" for k, v in _identity(earlier).items() if k != "id")
        run.note(
            f"{document.origin or document.id}: document {document.id!r} replaces the previous build's "
            f"{earlier.id!r} ({was or 'no provenance'})"
        )
    return False


class Build:
    """Collects results as they stream in; ``finish`` writes the whole of OUT/ into ``staging``."""

    def __init__(self, staging: Path, previous: PreviousOutput | None = None, run: Run | None = None):
        self.staging = staging
        self.previous = previous
        self.run = run
        self.documents: dict[str, Document] = {}
        self.assertions: list[Assertion] = []
        self.references: dict[tuple[str, str], Mention] = {}
        self._spool_path = staging / f".{MENTIONS}.new"
        self._spool = open(self._spool_path, "w", encoding="utf-8")
        # The previous documents by id and by the page they came from, to report replacements.
        self._replaceable: dict[str, list[Document]] = {}
        for d in previous.documents if previous else ():
            for key in {d.id, d.input_id or d.id}:
                self._replaceable.setdefault(key, []).append(d)
        self.read_again = 0  # previous documents replaced by themselves, read again
        self.digests: dict[str, str] = {}  # for the index: what each document gave the files

    def add(self, result: Any) -> None:
        """One ``DocumentResult``: its text is let go here."""
        document: Document = result.document
        self.digests[document.id] = result_digest(result)
        self._note_replacement(document)
        self.documents[document.id] = document.without_text()
        self.assertions.extend(result.assertions)
        for mention in result.mentions:
            self._spool.write(json.dumps(mention.to_json(), ensure_ascii=False) + "\n")
            self.references.setdefault((mention.doc, mention.entity.id), mention)

    def _note_replacement(self, document: Document) -> None:
        """A previous document that this one replaces is reported, unless it is the same
        document read again (same id, date, url, source and title)."""
        replaced = self._replaceable.pop(document.id, []) + self._replaceable.pop(document.input_id or document.id, [])
        for earlier in {d.id: d for d in replaced}.values():
            self.read_again += note_replacement(self.run, document, earlier)

    def finish(
        self, stories: StoryIndex, options: BuildOptions = BuildOptions(), progress: Progress | None = None
    ) -> str:
        self._spool.close()
        progress = progress or Progress(False)
        documents = list(self.documents.values())
        assertions = self.assertions
        with open(self.staging / MENTIONS, "w", encoding="utf-8") as out:
            if self.previous is not None:
                documents, assertions = self._merge_previous(out, documents, assertions, progress)
            with open(self._spool_path, encoding="utf-8") as spool:
                shutil.copyfileobj(spool, out)
        self._spool_path.unlink()
        # The signatures are saved and the index let go first: the graph's peak comes next.
        kept = {d.id for d in documents}
        signatures = [record for record in stories.records() if record["doc"] in kept]
        with open(self.staging / SIGNATURES, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in signatures)
        stories.clear()
        write_build(self.staging, assertions, documents, self.references.values(), options, progress=progress)
        with progress.stage("index", None, "step"):
            from .rdf import _collect_entities

            records = _collect_entities(assertions, self.references.values())
            write_index(self.staging / INDEX, documents, signatures, records.values(), self.digests)
        entities = {m.entity.id for m in self.references.values()}
        again = f" ({self.read_again} read again, replacing their earlier selves)" if self.read_again else ""
        return f"{len(documents)} documents{again}, {len(assertions)} assertions, {len(entities)} entities in the graph"

    def _merge_previous(
        self, out: Any, documents: list[Document], assertions: list[Assertion], progress: Progress
    ) -> tuple[list[Document], list[Assertion]]:
        """The previous documents, assertions and mentions that no new document replaces."""
        previous = self.previous
        assert previous is not None
        new_inputs = {d.input_id or d.id for d in self.documents.values()}
        kept = {
            d.id for d in previous.documents if d.id not in self.documents and (d.input_id or d.id) not in new_inputs
        }
        listed = {d.id for d in previous.documents}

        def keeps(doc_id: str) -> bool:
            # A document not listed (an output edited by hand) stays unless read again.
            return doc_id in kept or (doc_id not in listed and doc_id not in self.documents)

        documents = [d for d in previous.documents if d.id in kept] + documents
        new_ids = {a.id for a in assertions}
        assertions = [a for a in previous.assertions if keeps(a.doc) and a.id not in new_ids] + assertions
        old_mentions = OutputFolder(previous.folder).mentions
        if old_mentions.is_file():
            with progress.stage("merging mentions", _size(old_mentions), "B", scale=True) as bar:
                for _, record in _jsonl(old_mentions, bar):
                    if keeps(str(record.get("doc"))):
                        out.write(json.dumps(record, ensure_ascii=False) + "\n")
                        try:
                            mention = Mention.from_json(record)
                        except (KeyError, TypeError, ValueError):
                            continue
                        self.references.setdefault((mention.doc, mention.entity.id), mention)
        return documents, assertions


def write_build(
    folder: Path,
    assertions: list[Assertion],
    documents: list[Document],
    mentions: Iterable[Mention],
    options: BuildOptions = BuildOptions(),
    *,
    store: bool = True,
    progress: Progress | None = None,
) -> dict[str, Path]:
    """Write the graph files (Turtle, TriG, N-Quads), the embedded store, assertions, documents
    and viewer of one build into ``folder`` (``mentions.jsonl`` is streamed by the caller). A
    fresh build and an update both end here, so every output stays consistent.

    No rdflib graph of the whole build is held: ``graph.nq`` is streamed from the assertions
    (``rdf.write_nquads``, one batch at a time), the store is bulk-loaded from it, and
    ``graph.trig`` and ``graph.ttl`` are written from the store (``store.write_graph_files``).
    Without ``store`` the store is built in a scratch folder all the same and removed after."""
    from .rdf import write_nquads
    from .store import write_graph_files, write_store
    from .viewer import write_viewer

    progress = progress or Progress(False)
    out = OutputFolder(folder)
    paths: dict[str, Path] = {"nq": out.nquads}
    partial = folder / ".graph.nq.tmp"
    try:
        with open(partial, "wb") as stream:
            items = progress.iterate("graph.nq", assertions, len(assertions), "assertion")
            write_nquads(stream, items, documents, mentions)
        partial.replace(out.nquads)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    store_dir = out.store if store else folder / ".store.tmp"
    try:
        with progress.stage("store", _size(out.nquads), "B", scale=True) as bar:
            write_store(out.nquads, store_dir, progress=bar.update)
        # Each quad is written once in graph.trig and at most once in graph.ttl (the union).
        quads = _lines(out.nquads) if progress.enabled else None
        with progress.stage("graph.trig, graph.ttl", quads and 2 * quads, "quad", scale=True) as bar:
            paths.update(write_graph_files(store_dir, folder, progress=bar.update))
    finally:
        if not store:
            shutil.rmtree(store_dir, ignore_errors=True)
    if store:
        paths["store"] = store_dir
    with open(out.assertions, "w", encoding="utf-8") as fh:
        for a in assertions:
            fh.write(json.dumps(a.to_json(), ensure_ascii=False) + "\n")
    with open(out.documents, "w", encoding="utf-8") as fh:
        for d in documents:
            fh.write(json.dumps(d.provenance_json(), ensure_ascii=False) + "\n")
    paths["assertions"] = out.assertions
    paths["documents"] = out.documents
    if options.viewer:
        paths["html"] = out.viewer
        with progress.stage("graph.html", None, "step") as bar:
            write_viewer(
                assertions,
                out.viewer,
                documents=documents,
                title=options.title,
                label_lang=options.label_lang,
                top=options.top,
                progress=lambda done, steps: progress.advance_to(bar, done, steps),
            )
    return paths


def write_output_folder(
    folder: str | os.PathLike[str],
    assertions: Iterable[Assertion],
    documents: Iterable[Document],
    mentions: Iterable[Mention] = (),
    *,
    viewer: bool = True,
    title: str = "geokg: geopolitical relations",
    store: bool = True,
) -> dict[str, Path]:
    """Everything ``geokg build`` writes into OUT/, for callers that hold their results in
    memory: graph.ttl, graph.trig, graph.nq, store/, assertions.jsonl, mentions.jsonl,
    documents.jsonl and (unless ``viewer`` is false) graph.html, written into ``folder`` in
    place (no staging and swap: the caller owns the folder)."""
    out = OutputFolder(folder)
    out.path.mkdir(parents=True, exist_ok=True)
    write_marker(out.path, secrets.token_hex(8))
    mentions = list(mentions)
    with open(out.mentions, "w", encoding="utf-8") as fh:
        for mention in mentions:
            fh.write(json.dumps(mention.to_json(), ensure_ascii=False) + "\n")
    options = BuildOptions(title=title, viewer=viewer)
    paths = write_build(out.path, list(assertions), list(documents), mentions, options, store=store)
    paths["mentions"] = out.mentions
    return paths


# --------------------------------------------------------------------------------------------
# The command


def check_target(out: OutputFolder, inputs: Sequence[str], *, update: bool, force: bool) -> None:
    """Refuse, before anything is read, an OUT/ that a build must not replace: the current
    folder (or one holding it), an existing file, a folder holding an input, or a folder that
    is not a geokg output (these two unless ``force``; ``--update`` never takes a foreign one)."""
    target = out.target()
    cwd = Path.cwd().resolve()
    if target == cwd or target in cwd.parents:
        raise UsageError(f"{out.path}: is the current folder or holds it; build into a folder below it (e.g. -o out/)")
    if not target.exists():
        return
    if not target.is_dir():
        raise UsageError(f"{out.path} exists and is not a folder")
    for given in inputs:
        root = _input_root(given)
        if root is not None and (root == target or target in root.parents) and not force:
            how = "is" if root == target else "holds"
            raise GeokgError(
                f"{out.path}: {how} the input {given}, which building would delete "
                "(write to another folder, or add --force)"
            )
    if OutputFolder(target).is_output() or not any(target.iterdir()):
        return
    if update:
        raise UpdateError(f"{out.path} is not a geokg output (no {ASSERTIONS})")
    if not force:
        sample = sorted(p.name for p in target.iterdir())[:3]
        raise GeokgError(
            f"{out.path}: not a geokg output (it holds {', '.join(sample)}), which building would delete "
            "(write to another folder, or add --force)"
        )


def _input_root(given: str) -> Path | None:
    """The file or folder an input argument reads (for a glob, the folder it starts in)."""
    if given == "-":
        return None
    parts = Path(given).parts
    literal = []
    for part in parts:
        if any(c in part for c in "*?["):
            break
        literal.append(part)
    return Path(*literal).resolve() if literal else Path.cwd().resolve()


@dataclass(frozen=True)
class UpdateOptions:
    """When an update writes graph.ttl, graph.trig and graph.html again: at once for outputs of
    at most ``defer_above`` documents, unless ``defer``; else when asked (``build --refresh``)."""

    defer: bool = False
    defer_above: int = 1000


def build_output(
    inputs: Sequence[str],
    out: OutputFolder,
    run: Run,
    *,
    date: str | None = None,
    lang: str | None = None,
    update: bool = False,
    force: bool = False,
    options: BuildOptions = BuildOptions(),
    updating: UpdateOptions = UpdateOptions(),
) -> int:
    """Read ``inputs``, extract, and write OUT/ (adding to it with ``update``): the exit status."""
    check_target(out, inputs, update=update, force=force)
    with out.locked():
        from .update import recover_journals

        for line in out.recover() + recover_journals(out):
            run.note(line)
        if update and (out.target() / INDEX).is_file() and (out.target() / "store" / "CURRENT").is_file():
            summary = _update_in_place(inputs, out, run, date, lang, options, updating)
        else:
            summary = _build_whole(inputs, out, run, date, lang, update, options)
    run.summary(f"{run.documents} documents read; {summary} -> {out.path}/")
    return run.status


def _build_whole(
    inputs: Sequence[str],
    out: OutputFolder,
    run: Run,
    date: str | None,
    lang: str | None,
    update: bool,
    options: BuildOptions,
) -> str:
    """A fresh build, or the update of an output without an index: OUT/ written whole into a
    staging folder that is swapped in."""
    stories = StoryIndex()
    previous = None
    if update and out.path.exists():
        previous = PreviousOutput.load(out.path, stories, run.progress)
    staging = out.new_staging()
    try:
        build = Build(staging, previous, run)
        for result in run.results(inputs, date=date, lang=lang, stories=stories):
            build.add(result)
        if run.documents == 0:
            raise GeokgError("no document could be read")
        summary = build.finish(stories, options, run.progress)
        out.publish(staging)
    except BaseException:
        if staging.exists():
            remove_tree(staging)
        raise
    return summary


def _update_in_place(
    inputs: Sequence[str],
    out: OutputFolder,
    run: Run,
    date: str | None,
    lang: str | None,
    options: BuildOptions,
    updating: UpdateOptions,
) -> str:
    """An update that costs what it adds (``graph/update.py``)."""
    from .index import BuildIndex, IndexedStories
    from .update import Update, refresh

    index = BuildIndex.open(out.target() / INDEX)
    try:
        stories = IndexedStories(index)
        change = Update(out, index, run)
        try:
            for result in run.results(inputs, date=date, lang=lang, stories=stories):
                change.add(result)
            if run.documents == 0:
                raise GeokgError("no document could be read")
            summary = change.finish(stories)
        except BaseException:
            change.discard()  # before the commit point only: a committed journal is kept
            raise
        if not updating.defer and index.count() <= updating.defer_above:
            with run.progress.stage("graph.trig, graph.ttl, graph.html", None, "step"):
                refresh(out, options)
        return summary
    finally:
        index.close()


def refresh_output(out: OutputFolder, run: Run, options: BuildOptions = BuildOptions()) -> int:
    """``geokg build --refresh -o OUT/``: write graph.ttl, graph.trig and graph.html again where an
    update left them out of date."""
    from .update import recover_journals, refresh

    target = out.target()
    if not target.is_dir() or not out.is_output():
        raise UsageError(f"{out.path}: not a geokg output folder (build it first)")
    with out.locked():
        for line in out.recover() + recover_journals(out):
            run.note(line)
        written = refresh(out, options)
    run.summary(f"{', '.join(written) or 'nothing was out of date'} -> {out.path}/")
    return 0
