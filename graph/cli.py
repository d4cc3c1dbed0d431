"""The ``geokg`` command: extract, build, query, evaluate, serve, push, validate, export (CONTRACT §2–§4).

Exit status: 0 all input read; 1 the run failed and wrote nothing; 2 bad usage; 3 finished, but
some input was skipped (each reported on standard error as ``file:line: reason``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import shutil
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3
EXTRACT_STORY_WINDOW = 20_000  # documents that ``extract`` compares a new one with (about 170 MB)


class _Run:
    """Collects what a run read, skipped and extracted."""

    def __init__(self, progress: bool):
        self.problems = 0
        self.documents = 0
        self.progress = progress

    def report(self, message: str) -> None:
        self.problems += 1
        print(f"geokg: {message}", file=sys.stderr)

    @property
    def status(self) -> int:
        return EXIT_SKIPPED if self.problems else EXIT_OK


def _results(args: argparse.Namespace, run: _Run, stories=None) -> Iterator:
    """Documents read, grouped into stories and extracted, one result at a time (streamed)."""
    from geokg.extract.dedup import StoryIndex
    from geokg.extract.documents import InputProblem, read_inputs
    from geokg.extract.pipeline import Extractor

    # geokg extract streams in bounded memory: its index is a window over recent documents.
    stories = stories if stories is not None else StoryIndex(max_documents=EXTRACT_STORY_WINDOW)
    seen: dict[str, str] = {}  # document id -> where it was read, for repeated ids

    def documents():
        for item in read_inputs(args.inputs, date=args.date, lang=args.lang):
            if isinstance(item, InputProblem):
                run.report(str(item))
                continue
            if item.id in seen:
                run.report(
                    f"{item.origin or item.id}: document id {item.id!r} was already read from {seen[item.id]}; skipped"
                )
                continue
            seen[item.id] = item.origin or "an earlier input"
            run.documents += 1
            yield stories.assign(item)

    extractor = Extractor()
    results = extractor.extract(documents())
    if run.progress:
        from tqdm import tqdm

        results = tqdm(results, unit="doc", desc="geokg", file=sys.stderr)
    for result in results:
        for warning in result.warnings:
            run.report(warning)
        story = result.document.story
        if story is not None and story != result.document.id:
            for assertion in result.assertions:
                assertion.story = story
        yield result


def _open_output(path: str | None) -> tuple[TextIO, str | None]:
    if path in (None, "-"):
        return sys.stdout, None
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    # open(..., "x") rather than mkstemp: the file gets the usual permissions (umask), not 0600.
    tmp = str(target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"))
    return open(tmp, "x", encoding="utf-8"), tmp


def _document_json(document) -> dict:
    """A document as read: its provenance, its text (for HTML and feeds the text geokg extracted,
    which evidence and mention offsets index) and the spans that are article text."""
    return {
        "schema_version": 1,
        **document.provenance_json(),
        "text": document.text,
        "regions": [list(region) for region in document.content_regions()],
    }


def cmd_extract(args: argparse.Namespace) -> int:
    run = _Run(_want_progress(args))
    stream, tmp = _open_output(args.output)
    try:
        for result in _results(args, run):
            if args.format == "documents":
                stream.write(json.dumps(_document_json(result.document), ensure_ascii=False) + "\n")
                continue
            items = result.assertions if args.format == "jsonl" else result.mentions
            for item in items:
                stream.write(json.dumps(item.to_json(), ensure_ascii=False) + "\n")
        stream.flush()
    except BaseException:
        if tmp:
            stream.close()
            Path(tmp).unlink(missing_ok=True)
        raise
    if tmp:
        stream.close()
        if run.documents == 0:
            Path(tmp).unlink(missing_ok=True)
    if run.documents == 0:
        print("geokg: no document could be read; nothing written", file=sys.stderr)
        return EXIT_FAILED
    if tmp:
        os.replace(tmp, args.output)
    return run.status


def cmd_build(args: argparse.Namespace) -> int:
    from geokg.extract.dedup import StoryIndex

    from .update import Build, PreviousOutput, UpdateError

    out = Path(args.output)
    _recover(out)
    run = _Run(_want_progress(args))
    previous = None
    stories = StoryIndex()
    if args.update and out.exists():
        try:
            previous = PreviousOutput.load(out, stories)
        except UpdateError as e:
            print(f"geokg: {e}; nothing written", file=sys.stderr)
            return EXIT_FAILED
    # Write everything into a fresh folder beside OUT/, then swap it in: a failed or interrupted
    # run leaves the previous OUT/ as it was.
    out.parent.mkdir(parents=True, exist_ok=True)
    # mkdir rather than mkdtemp: the folder gets the usual permissions (umask), not 0700.
    staging = out.parent / f".{out.name}.{os.getpid()}.{secrets.token_hex(4)}"
    staging.mkdir()
    try:
        build = Build(staging)
        for result in _results(args, run, stories):
            build.add(result)
        if run.documents == 0:
            shutil.rmtree(staging, ignore_errors=True)
            print("geokg: no document could be read; nothing written", file=sys.stderr)
            return EXIT_FAILED
        summary = build.finish(
            previous, stories, title=args.title, viewer=not args.no_viewer, label_lang=args.labels, top=args.top
        )
        _swap_in(staging, out)
    except UpdateError as e:  # the previous mentions turned out damaged while being merged
        shutil.rmtree(staging, ignore_errors=True)
        print(f"geokg: {e}; nothing written", file=sys.stderr)
        return EXIT_FAILED
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    print(f"geokg: {run.documents} documents read; {summary} -> {out}/", file=sys.stderr)
    return run.status


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return pid > 0
    return True


def _recover(out: Path) -> None:
    """Tidy up after a run that was killed (no chance to clean up): put back a previous OUT/ that
    was moved aside but never replaced, and drop staging folders of processes that are gone."""
    if not out.parent.is_dir():
        return
    prefix = f".{out.name}."
    leftovers = []
    for sibling in out.parent.iterdir():
        try:
            if sibling.name.startswith(prefix) and sibling.is_dir():
                leftovers.append((sibling.stat().st_mtime, sibling))
        except OSError:  # gone meanwhile
            continue
    for _, sibling in sorted(leftovers, reverse=True):
        name = sibling.name
        rest = name[len(prefix) :]
        # Only our own names: ".OUT.<pid>.<8 hex>" (staging) and ".OUT.old-<pid>" (moved aside).
        m = re.fullmatch(r"(?:old-(?P<old>\d+)|(?P<staging>\d+)\.[0-9a-f]{8})", rest)
        if m is None or _pid_alive(int(m.group("old") or m.group("staging"))):
            continue
        if m.group("old") and not out.exists():
            os.replace(sibling, out)  # the newest previous output comes back
        else:
            shutil.rmtree(sibling, ignore_errors=True)


def _swap_in(staging: Path, out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise NotADirectoryError(f"{out} exists and is not a folder")
    old = None
    if out.exists():
        old = out.with_name(f".{out.name}.old-{os.getpid()}")
        os.replace(out, old)
    try:
        os.replace(staging, out)
    except BaseException:
        if old is not None:
            os.replace(old, out)  # put the previous output back
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def cmd_query(args: argparse.Namespace) -> int:
    from .query import QueryError, format_result, load_for_query, run_query

    sparql = args.sparql
    if sparql == "-":
        sparql = sys.stdin.read()
    elif sparql.startswith("@"):
        try:
            sparql = Path(sparql[1:]).read_text(encoding="utf-8")
        except OSError as e:
            print(f"geokg: {sparql[1:]}: cannot read query file: {e.strerror}", file=sys.stderr)
            return EXIT_USAGE
    try:
        graph = load_for_query(args.graph, memory=args.memory)
        result = run_query(graph, sparql, timeout=args.timeout)
        sys.stdout.write(format_result(result, args.format))
    except QueryError as e:
        print(f"geokg: {e.message}", file=sys.stderr)
        return EXIT_FAILED if e.kind in ("timeout", "failed") else EXIT_USAGE
    return EXIT_OK


def cmd_evaluate(args: argparse.Namespace) -> int:
    from geokg.extract.pipeline import Extractor

    from .evaluate import GoldError, format_errors, format_report, read_gold, score

    try:
        gold = read_gold(args.gold)
    except GoldError as e:
        print(f"geokg: {e}", file=sys.stderr)
        return EXIT_FAILED
    extractor = Extractor()
    predictions = {}
    problems = 0
    for res in extractor.extract([gd.document for gd in gold]):
        for warning in res.warnings:
            problems += 1
            print(f"geokg: {warning}", file=sys.stderr)
        predictions[res.document.id] = res.assertions
    report = score(gold, predictions)
    if args.format == "json":
        sys.stdout.write(json.dumps(report.to_json(), indent=2) + "\n")
    else:
        sys.stdout.write(format_report(report, title=f"geokg evaluate {args.gold}"))
    if args.errors:
        sys.stdout.write("\n" + format_errors(report, {gd.document.id: gd for gd in gold}))
    return EXIT_SKIPPED if problems else EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from .query import QueryError
    from .serve import serve

    try:
        serve(
            args.graph,
            host=args.host,
            port=args.port,
            verbose=args.verbose,
            timeout=args.timeout,
            workers=args.workers,
            cors=tuple(args.cors or ()),
        )
    except QueryError as e:
        print(f"geokg: {e.message}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_OK
    return EXIT_OK


def cmd_push(args: argparse.Namespace) -> int:
    from .push import PushError, push

    try:
        pushed = push(
            args.graph,
            args.endpoint,
            args.target_graph,
            add=args.add,
            user=args.user,
            graph_param=args.graph_param,
            ontology=args.ontology,
        )
    except PushError as e:
        print(f"geokg: {e}", file=sys.stderr)
        return EXIT_FAILED
    verb = "added to" if args.add else "replaced"
    what = "graph and ontology" if pushed.ontology else "graph"
    print(f"geokg: {pushed.bytes} bytes ({what}) {verb} {pushed.url} (HTTP {pushed.status})", file=sys.stderr)
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from .query import QueryError
    from .validate import validate_path

    try:
        found = validate_path(args.graph)
    except QueryError as e:
        print(f"geokg: {e.message}", file=sys.stderr)
        return EXIT_USAGE
    for problem in found.problems:
        print(f"geokg: {args.graph}: {problem}", file=sys.stderr)
    if found.conforms:
        print(f"geokg: {args.graph}: {found.triples} triples conform to the shapes and the ontology", file=sys.stderr)
        return EXIT_OK
    print(f"geokg: {args.graph}: {len(found.problems)} problems", file=sys.stderr)
    return EXIT_FAILED


def cmd_export(args: argparse.Namespace) -> int:
    from .export_neo4j import export_neo4j
    from .query import QueryError

    try:
        paths = export_neo4j(args.graph, args.output)
    except QueryError as e:
        print(f"geokg: {e.message}", file=sys.stderr)
        return EXIT_USAGE
    print(
        f"geokg: Neo4j import files -> {paths['n10s'].parent}/ (n10s-import.cypher, neo4j-admin-import.sh)",
        file=sys.stderr,
    )
    return EXIT_OK


def _want_progress(args: argparse.Namespace) -> bool:
    if args.progress is not None:
        return args.progress
    return sys.stderr.isatty()


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be at least 1")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} must be a positive number")
    return value


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help=".txt, .jsonl, .html or RSS/Atom files (or .gz of them), folders, globs, or - for JSONL on stdin",
    )
    p.add_argument("--date", help="publication date (ISO 8601) for inputs that do not give one")
    p.add_argument("--lang", choices=["ar", "en"], help="language of inputs that do not give one (default: detected)")
    p.add_argument("--progress", dest="progress", action="store_true", default=None, help="show a progress bar")
    p.add_argument("--no-progress", dest="progress", action="store_false")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="geokg", description="Knowledge graphs of geopolitical relations from Arabic (and English) news."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", help="extract assertions (or entity mentions) as JSON Lines")
    _add_input_options(p)
    p.add_argument(
        "--format",
        choices=["jsonl", "mentions", "documents"],
        default="jsonl",
        help="assertions (jsonl), entity mentions, or the documents as read (with the text offsets index)",
    )
    p.add_argument("-o", "--output", help="output file (default: standard output)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("build", help="build the graph: Turtle, TriG, viewer and assertions in OUT/")
    _add_input_options(p)
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="output folder")
    p.add_argument("--title", default="geokg: geopolitical relations", help="viewer page title")
    p.add_argument("--no-viewer", action="store_true", help="skip graph.html")
    p.add_argument(
        "--top",
        type=_positive_int,
        metavar="N",
        help="viewer: keep only the N most connected entities (the RDF and JSONL keep everything)",
    )
    p.add_argument("--labels", choices=["ar", "en"], default="en", help="viewer: language of the labels it opens with")
    p.add_argument(
        "--update",
        action="store_true",
        help="add to the graph already in OUT/ (documents read again replace their earlier selves)",
    )
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("query", help="run a SPARQL query over OUT/ or a .ttl/.trig file")
    p.add_argument("graph", metavar="OUT", help="output folder or RDF file")
    p.add_argument("sparql", metavar="SPARQL", help="the query, @file.rq, or - for standard input")
    p.add_argument("--format", choices=["table", "csv", "json", "tsv"], default="table")
    p.add_argument(
        "--memory", action="store_true", help="parse the graph files into memory instead of reading OUT/store/"
    )
    p.add_argument("--timeout", type=_positive_float, metavar="SECONDS", help="give up on the query after this long")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("evaluate", help="score extraction against a gold file of events (JSON Lines)")
    p.add_argument("gold", metavar="GOLD.jsonl", help="gold events, in the format of the dev set")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--errors", action="store_true", help="also list every missed and extra assertion")
    p.set_defaults(func=cmd_evaluate)
    p = sub.add_parser("serve", help="serve OUT/ as a read-only SPARQL 1.1 endpoint at /sparql")
    p.add_argument("graph", metavar="OUT", help="output folder (or RDF file)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=7878, help="port (default: 7878; 0 picks a free one)")
    p.add_argument("--verbose", action="store_true", help="log each request")
    p.add_argument(
        "--timeout",
        type=_positive_float,
        default=30.0,
        metavar="SECONDS",
        help="stop a query after this long (default: 30)",
    )
    p.add_argument(
        "--workers", type=_positive_int, metavar="N", help="query worker processes (default: cores, at least 4)"
    )
    p.add_argument(
        "--cors", action="append", metavar="ORIGIN", help="let web pages from ORIGIN query (repeat; * for any)"
    )
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("push", help="load OUT/graph.ttl into a triple store (SPARQL 1.1 Graph Store Protocol)")
    p.add_argument("graph", metavar="OUT", help="output folder (or .ttl/.nt file)")
    p.add_argument("--endpoint", required=True, help="the store's Graph Store URL, e.g. http://localhost:7878/store")
    p.add_argument(
        "--graph", dest="target_graph", metavar="IRI", help="target named graph (default: the default graph)"
    )
    p.add_argument("--add", action="store_true", help="POST: add to the graph (default: PUT replaces it)")
    p.add_argument("--user", metavar="NAME:PASSWORD", help="credentials (Basic or Digest)")
    p.add_argument("--graph-param", default="graph", help="query parameter naming the graph (Virtuoso: graph-uri)")
    p.add_argument(
        "--no-ontology", dest="ontology", action="store_false", help="send the graph only, not the ontology with it"
    )
    p.set_defaults(func=cmd_push)

    p = sub.add_parser("validate", help="check OUT/ against the SHACL shapes and the ontology")
    p.add_argument("graph", metavar="OUT", help="output folder (or RDF file)")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("export", help="write import files for other databases")
    p.add_argument("target", choices=["neo4j"], help="neo4j: n10s script, CSV files and neo4j-admin command")
    p.add_argument("graph", metavar="OUT", help="output folder (or .ttl file)")
    p.add_argument("-o", "--output", metavar="DIR", help="where to write (default: OUT/neo4j/)")
    p.set_defaults(func=cmd_export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("geokg: interrupted; nothing written", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        return EXIT_OK
    except OSError as e:
        where = f"{e.filename}: " if getattr(e, "filename", None) else ""
        print(f"geokg: {where}{e.strerror or e}; nothing written", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
