"""The ``geokg`` command (CONTRACT §1–§4).

Each subcommand is two small functions, one adding its arguments and one running it, listed
once in ``COMMANDS``; a subcommand's work lives in its own module, imported when it runs (so
``geokg --help`` starts fast). A subcommand returns its exit status or raises ``GeokgError``;
``main`` alone turns errors into a one-line message and an exit status:

0 all input read; 1 the run failed and wrote nothing; 2 bad usage; 3 finished, but some input
was skipped (each reported on standard error as ``file:line: reason``). ``geokg`` with no
arguments prints the help and exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import EXIT_FAILED, EXIT_OK, GeokgError, UsageError, terminate_as_interrupt


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


# --------------------------------------------------------------------------------------------
# Argument types and shared options


def iso_date(text: str) -> str:
    """An ISO 8601 date for an option (``--date 2024-06-18``); anything else is bad usage."""
    from geokg.extract.documents import date_problem

    problem = date_problem(text)
    if problem is not None:
        raise argparse.ArgumentTypeError(f"{text!r}: {problem}, e.g. 2024-06-18")
    return text.strip()


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be at least 1")
    return value


def positive_float(text: str) -> float:
    """A number of seconds for an option (``--timeout 2.5``): positive and finite."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} must be a positive number")
    return value


def port_number(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (0-65535)")
    return value


def add_progress_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--progress",
        dest="progress",
        action="store_true",
        default=None,
        help="show progress bars (default: when standard error is a terminal)",
    )
    p.add_argument("--no-progress", dest="progress", action="store_false", help="never show progress bars")
    p.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bars and no summary line (problems are still reported)"
    )


def add_input_options(p: argparse.ArgumentParser, required: bool = True) -> None:
    p.add_argument(
        "inputs",
        nargs="+" if required else "*",
        metavar="INPUT",
        help=".txt, .jsonl, .html or RSS/Atom files (or .gz of them), folders, globs, or - for JSONL on stdin",
    )
    p.add_argument(
        "--date",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="publication date (ISO 8601) for inputs that do not give one; anchors 'today', 'last week'",
    )
    p.add_argument("--lang", choices=["ar", "en"], help="language of inputs that do not give one (default: detected)")
    p.add_argument(
        "-j",
        "--jobs",
        type=positive_int,
        metavar="N",
        help="extract in N processes (default: all cores); with --dask local, N workers",
    )
    p.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="extract on a Dask cluster: tcp://SCHEDULER:8786, or local for one on this machine (the dask extra)",
    )
    p.add_argument(
        "--dask-scratch",
        metavar="DIR",
        help="--dask: folder for the partitions, shared by every worker (default: a temporary folder)",
    )
    add_progress_options(p)


def make_run(args: argparse.Namespace):
    from geokg.extract.parallel import available_cores

    from .run import Run

    progress = args.progress if args.progress is not None else sys.stderr.isatty()
    jobs = getattr(args, "jobs", None) or available_cores()
    dask = getattr(args, "dask", None)
    if dask is not None:
        from importlib.util import find_spec

        if find_spec("distributed") is None or find_spec("dask") is None:
            raise UsageError("--dask needs the dask extra: pip install 'geokg[dask]'")
    run = Run(progress=progress, quiet=args.quiet, jobs=jobs, dask=dask)
    run.scratch = getattr(args, "dask_scratch", None)
    return run


# --------------------------------------------------------------------------------------------
# extract


def extract_arguments(p: argparse.ArgumentParser) -> None:
    add_input_options(p)
    p.add_argument(
        "--format",
        choices=["jsonl", "mentions", "documents"],
        default="jsonl",
        help="assertions (jsonl, the default), entity mentions, or the documents as read (with the text offsets index)",
    )
    p.add_argument(
        "-o", "--output", metavar="FILE", help="output file, written whole or not at all (default: standard output)"
    )


def _document_json(document) -> dict:
    """A document as read: its provenance, its text (for HTML and feeds the text geokg extracted,
    which evidence and mention offsets index) and the spans that are article text."""
    return {
        "schema_version": 1,
        **document.provenance_json(),
        "text": document.text,
        "regions": [list(region) for region in document.content_regions()],
    }


def run_extract(args: argparse.Namespace) -> int:
    from .outfolder import partial_file

    run = make_run(args)
    target = Path(args.output) if args.output not in (None, "-") else None
    stream, tmp = partial_file(target) if target is not None else (sys.stdout, None)
    try:
        for result in run.results(args.inputs, date=args.date, lang=args.lang):
            if args.format == "documents":
                stream.write(json.dumps(_document_json(result.document), ensure_ascii=False) + "\n")
                continue
            items = result.assertions if args.format == "jsonl" else result.mentions
            for item in items:
                stream.write(json.dumps(item.to_json(), ensure_ascii=False) + "\n")
        stream.flush()
        if run.documents == 0:
            raise GeokgError("no document could be read")
    except BaseException:
        if tmp is not None:
            stream.close()
            tmp.unlink(missing_ok=True)
        raise
    if tmp is not None:
        stream.close()
        os.replace(tmp, target)
    return run.status


# --------------------------------------------------------------------------------------------
# build


def build_arguments(p: argparse.ArgumentParser) -> None:
    add_input_options(p, required=False)
    p.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="output folder (replaced as a whole at the end)"
    )
    p.add_argument(
        "--update",
        action="store_true",
        help="add to the graph already in OUT/ (documents read again replace their earlier selves)",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="replace OUT/ even when it is not a geokg output or holds an input (its files are deleted)",
    )
    p.add_argument("--title", default="geokg: geopolitical relations", help="viewer: the page title")
    p.add_argument("--no-viewer", action="store_true", help="do not write graph.html")
    p.add_argument(
        "--top",
        type=positive_int,
        metavar="N",
        help="viewer: keep only the N most connected entities (the RDF and JSONL keep everything)",
    )
    p.add_argument("--labels", choices=["ar", "en"], default="en", help="viewer: language of the labels it opens with")
    p.add_argument(
        "--defer-files",
        action="store_true",
        help="--update: leave graph.ttl, graph.trig and graph.html out of date (written again by --refresh)",
    )
    p.add_argument(
        "--defer-above",
        type=positive_int,
        default=1000,
        metavar="N",
        help="--update: defer those files when OUT/ holds more than N documents (default 1000)",
    )
    p.add_argument(
        "--refresh",
        action="store_true",
        help="write OUT/'s out-of-date graph.ttl, graph.trig and graph.html again (no INPUT needed)",
    )


def run_build(args: argparse.Namespace) -> int:
    from .build import BuildOptions, UpdateOptions, build_output, refresh_output
    from .outfolder import OutputFolder

    options = BuildOptions(title=args.title, viewer=not args.no_viewer, label_lang=args.labels, top=args.top)
    if args.refresh:
        if args.inputs:
            raise UsageError("--refresh takes no INPUT: it writes OUT/'s derived files again")
        return refresh_output(OutputFolder(args.output), make_run(args), options)
    if not args.inputs:
        raise UsageError("build needs at least one INPUT (or --refresh)")
    return build_output(
        args.inputs,
        OutputFolder(args.output),
        make_run(args),
        date=args.date,
        lang=args.lang,
        update=args.update,
        force=args.force,
        options=options,
        updating=UpdateOptions(defer=args.defer_files, defer_above=args.defer_above),
    )


# --------------------------------------------------------------------------------------------
# query, serve, push, validate, export


def query_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("graph", metavar="OUT", help="output folder, or a .ttl/.trig/.nt/.nq file")
    p.add_argument(
        "sparql", metavar="SPARQL", help="the query, @FILE.rq to read it from a file, or - for standard input"
    )
    p.add_argument(
        "--format",
        choices=["table", "csv", "json", "tsv"],
        default="table",
        help="table for people (the default); csv, json (SPARQL JSON results) or tsv for programs",
    )
    p.add_argument(
        "--memory",
        action="store_true",
        help="parse the graph files into an in-memory Oxigraph store instead of reading OUT/store/",
    )
    p.add_argument(
        "--timeout",
        type=positive_float,
        metavar="SECONDS",
        help="give up on the query after this long (exit 1; default: no limit)",
    )
    add_max_memory_option(p, "stop a query that needs more memory than this (exit 1)")


def add_max_memory_option(p: argparse.ArgumentParser, what: str) -> None:
    from .querycheck import DEFAULT_MAX_MEMORY

    p.add_argument(
        "--max-memory",
        type=positive_int,
        default=DEFAULT_MAX_MEMORY,
        metavar="MB",
        help=f"{what} (default: {DEFAULT_MAX_MEMORY})",
    )


def run_query(args: argparse.Namespace) -> int:
    from .query import format_result
    from .querypool import query_in_child

    sparql = args.sparql
    if sparql == "-":
        sparql = sys.stdin.read()
    elif sparql.startswith("@"):
        try:
            sparql = Path(sparql[1:]).read_text(encoding="utf-8")
        except OSError as e:
            raise UsageError(f"{sparql[1:]}: cannot read query file: {e.strerror}") from e
    # QueryError: syntax, limits, refusals, input are bad usage (2); a timeout, the memory
    # ceiling or a failed evaluation is a failed run (1). `kill PID` is Ctrl-C: the worker
    # process running the query is killed with the command, never left running it alone.
    with terminate_as_interrupt():
        result = query_in_child(
            args.graph, sparql, memory=args.memory, timeout=args.timeout, max_memory=args.max_memory
        )
    sys.stdout.write(format_result(result, args.format))
    return EXIT_OK


def serve_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("graph", metavar="OUT", help="output folder (or RDF file)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=port_number, default=7878, help="port (default: 7878; 0 picks a free one)")
    p.add_argument("--verbose", action="store_true", help="log each request on standard error")
    p.add_argument(
        "--timeout",
        type=positive_float,
        default=30.0,
        metavar="SECONDS",
        help="stop a query after this long; its worker is replaced (default: 30)",
    )
    p.add_argument(
        "--workers", type=positive_int, metavar="N", help="query worker processes (default: cores, at least 4)"
    )
    add_max_memory_option(p, "memory a query may use in its worker; past it, 503 and the worker is replaced")
    p.add_argument(
        "--cors",
        action="append",
        metavar="ORIGIN",
        help="let web pages from ORIGIN query (repeat; * for any; default: same origin only)",
    )


def run_serve(args: argparse.Namespace) -> int:
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
            max_memory=args.max_memory,
        )
    except KeyboardInterrupt:
        pass  # Ctrl-C is how a server is stopped
    return EXIT_OK


def push_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("graph", metavar="OUT", help="output folder (its graph.ttl is sent), or a .ttl/.nt file")
    p.add_argument("--endpoint", required=True, help="the store's Graph Store URL, e.g. http://localhost:7878/store")
    p.add_argument(
        "--graph", dest="target_graph", metavar="IRI", help="target named graph (default: the default graph)"
    )
    p.add_argument("--add", action="store_true", help="POST: add to the graph (default: PUT replaces it)")
    p.add_argument("--user", metavar="NAME:PASSWORD", help="credentials (Basic or Digest)")
    p.add_argument(
        "--graph-param", default="graph", help="query parameter naming the graph (default: graph; Virtuoso: graph-uri)"
    )
    p.add_argument(
        "--no-ontology", dest="ontology", action="store_false", help="send the graph only, not the ontology with it"
    )


def run_push(args: argparse.Namespace) -> int:
    from .push import push

    pushed = push(
        args.graph,
        args.endpoint,
        args.target_graph,
        add=args.add,
        user=args.user,
        graph_param=args.graph_param,
        ontology=args.ontology,
    )
    verb = "added to" if args.add else "replaced"
    what = "graph and ontology" if pushed.ontology else "graph"
    print(f"geokg: {pushed.bytes} bytes ({what}) {verb} {pushed.url} (HTTP {pushed.status})", file=sys.stderr)
    return EXIT_OK


def validate_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "graph", metavar="OUT", help="output folder (its store is checked, else its graph file), or an RDF file"
    )


def run_validate(args: argparse.Namespace) -> int:
    from .validate import validate_path

    found = validate_path(args.graph)
    for problem in found.problems:
        print(f"geokg: {args.graph}: {problem}", file=sys.stderr)
    if found.conforms:
        print(f"geokg: {args.graph}: {found.triples} triples conform to the shapes and the ontology", file=sys.stderr)
        return EXIT_OK
    print(f"geokg: {args.graph}: {len(found.problems)} problems", file=sys.stderr)
    return EXIT_FAILED


def _export_neo4j(args: argparse.Namespace) -> int:
    from .export_neo4j import export_neo4j

    paths = export_neo4j(args.graph, args.output)
    print(
        f"geokg: Neo4j import files -> {paths['n10s'].parent}/ (n10s-import.cypher, neo4j-admin-import.sh)",
        file=sys.stderr,
    )
    return EXIT_OK


def _export_analysis(args: argparse.Namespace) -> int:
    from .export import run

    return run(args)


# Export targets: name -> (help, function). A new format is one function and one entry here.
EXPORTS: dict[str, tuple[str, Callable[[argparse.Namespace], int]]] = {
    "neo4j": ("neosemantics script, CSV files and the neo4j-admin command (default: OUT/neo4j/)", _export_neo4j),
    "gexf": ("for Gephi, with a timeline (default: OUT/graph.gexf)", _export_analysis),
    "graphml": ("GraphML (default: OUT/graph.graphml)", _export_analysis),
    "csv": ("assertions, entities and events tables for pandas (default: OUT/tables/)", _export_analysis),
    "parquet": ("the same tables as Parquet, with pyarrow (default: OUT/tables/)", _export_analysis),
}


def export_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "target",
        choices=list(EXPORTS),
        help="; ".join(f"{name}: {text}" for name, (text, _) in EXPORTS.items()),
    )
    p.add_argument("graph", metavar="OUT", help="output folder (or a .ttl file for neo4j)")
    p.add_argument("-o", "--output", metavar="PATH", help="where to write (default: in OUT/, named after the target)")
    p.add_argument(
        "--rollup", action="store_true", help="gexf, graphml, the events table: actors rolled up to their states"
    )


def run_export(args: argparse.Namespace) -> int:
    return EXPORTS[args.target][1](args)


# --------------------------------------------------------------------------------------------
# report, evaluate


def report_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("graph", metavar="OUT", help="output folder")
    p.add_argument("-o", "--output", metavar="FILE", help="where to write (default: OUT/report.html)")
    p.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD", help="only acts on or after this day")
    p.add_argument("--until", type=iso_date, metavar="YYYY-MM-DD", help="only acts on or before this day")
    p.add_argument("--country", nargs="+", metavar="ISO3", help="only acts with a side of these states")
    p.add_argument(
        "--rollup",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="actors as their states (the default), or as extracted (--no-rollup)",
    )
    p.add_argument("--labels", choices=["ar", "en"], default="en", help="the language the report opens in")
    p.add_argument(
        "--period",
        choices=["week", "month", "quarter", "year"],
        default="month",
        help="the period of the timelines and of the change between periods (default: month)",
    )
    p.add_argument("--top", type=positive_int, default=10, metavar="N", help="actors, dyads and timelines shown")


def run_report(args: argparse.Namespace) -> int:
    from .report import run

    return run(args)


def evaluate_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("gold", metavar="GOLD", help="a gold file in a dev-set format, or a folder of them (a dashboard)")
    p.add_argument("--half", choices=["tune", "check", "all"], help="report one half of the ids (default: each)")
    p.add_argument(
        "--format", choices=["text", "json"], default="text", help="text for people (the default), json for programs"
    )
    p.add_argument("--errors", action="store_true", help="also list every missed and extra assertion")
    p.add_argument(
        "--misses",
        action="store_true",
        help="also count the missed gold relations by class and CAMEO root (counts only: fit for the check half)",
    )


def run_evaluate(args: argparse.Namespace) -> int:
    # The scorer lives beside what it evaluates (geokg.extract, which never imports geokg.graph),
    # so it reports its own errors and returns the exit status.
    from geokg.extract.dashboard import run

    return run(args.gold, half=args.half, errors=args.errors, fmt=args.format, misses=args.misses)


# --------------------------------------------------------------------------------------------
# The command


COMMANDS: list[Command] = [
    Command(
        "extract",
        "extract assertions (or entity mentions, or the documents) as JSON Lines",
        extract_arguments,
        run_extract,
    ),
    Command(
        "build",
        "build the graph in OUT/: Turtle, TriG, N-Quads, store, viewer and JSON Lines",
        build_arguments,
        run_build,
    ),
    Command("query", "run a SPARQL query over OUT/ or an RDF file", query_arguments, run_query),
    Command(
        "evaluate",
        "score extraction against a gold file, or every gold file of a folder",
        evaluate_arguments,
        run_evaluate,
    ),
    Command("serve", "serve OUT/ as a read-only SPARQL 1.1 endpoint at /sparql", serve_arguments, run_serve),
    Command(
        "push", "load OUT/graph.ttl into a triple store (SPARQL 1.1 Graph Store Protocol)", push_arguments, run_push
    ),
    Command("validate", "check OUT/ against the SHACL shapes and the ontology", validate_arguments, run_validate),
    Command("export", "write import files for other databases and tools", export_arguments, run_export),
    Command(
        "report",
        "an offline HTML report: central actors, dyads that moved, blocs, timelines",
        report_arguments,
        run_report,
    ),
]


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("geokg")
    except PackageNotFoundError:  # run from a checkout that is not installed
        return "unknown"


class _VersionAction(argparse.Action):
    """``--version``, looked up only when asked: the package metadata lookup costs about 35 ms,
    which every command would otherwise pay (a one-document update takes about 1.2 s of CPU)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: object):
        super().__init__(option_strings, dest=dest, default=argparse.SUPPRESS, nargs=0, **kwargs)

    def __call__(
        self, parser: argparse.ArgumentParser, namespace: object, values: object, option_string: object = None
    ):
        print(f"geokg {version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="geokg",
        description="Knowledge graphs of geopolitical relations from Arabic (and English) news.",
        epilog="Exit status: 0 all input read; 1 failed, nothing written; 2 bad usage; 3 some input skipped. "
        "'geokg COMMAND --help' shows a command's options.",
    )
    parser.add_argument("--version", action=_VersionAction, help="print the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for command in COMMANDS:
        p = sub.add_parser(command.name, help=command.help, description=command.help)
        command.arguments(p)
        p.set_defaults(run=command.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "run", None) is None:  # no command: the help, which is what was asked for
        parser.print_help()
        return EXIT_OK
    try:
        return args.run(args)
    except GeokgError as e:
        # Exit 1 means the run failed and wrote nothing (CONTRACT §4): the message says so.
        written = (
            "; nothing written" if e.exit_code == EXIT_FAILED and not e.message.endswith("nothing written") else ""
        )
        print(f"geokg: {e.message}{written}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("geokg: interrupted; nothing written", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader went away (geokg query ... | head): stop quietly, and keep Python from
        # complaining again when it flushes standard output at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as e:
        where = f"{e.filename}: " if getattr(e, "filename", None) else ""
        print(f"geokg: {where}{e.strerror or e}; nothing written", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
