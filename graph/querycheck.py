"""A SPARQL query read and checked before any engine sees it (``geokg query`` and ``geokg serve``).

Why: Oxigraph's parser and evaluator recurse once per nesting level. A 12 KB query of 3,000
nested braces, 5,000 nested parentheses or a FILTER of 20,000 ``||`` overflows the stack and kills
the process (SIGSEGV) before any error can be raised. And a query may name other places:
``SERVICE <http://...>`` makes the engine send HTTP requests, and an engine that dereferences
``FROM <file:///...>`` reads local files. So every query is first tokenised here, in plain Python,
and refused with a one-line :class:`QueryError` when:

- it is longer than ``max_length`` characters;
- braces, parentheses and brackets nest deeper than ``max_depth``;
- it holds more than ``max_operators`` operators and group keywords (each nests one level in
  the parsed query: ``a || b || c`` is ``(a || b) || c``);
- it uses ``SERVICE`` (federated queries reach other servers);
- it is an update (``INSERT``, ``DELETE``, ``LOAD``, ``CLEAR``, ``DROP``...): the graph is read-only.

``FROM`` and ``FROM NAMED`` are allowed: they are recorded (:attr:`CheckedQuery.has_dataset`) so
that the engine honours them as dataset clauses over the store's own graphs. Oxigraph never
dereferences them; a graph the store does not hold is simply empty.

The tokeniser follows the SPARQL 1.1 grammar's terminals closely enough to tell keywords from
strings, IRIs, prefixed names, variables and comments (so ``"SERVICE"`` in a string or
``ex:service`` is not the keyword); anything it does not know is left for the engine's parser,
which reports it as a syntax error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import EXIT_FAILED, EXIT_USAGE, GeokgError

MAX_LENGTH = 100_000  # characters; real queries are a few KB
MAX_DEPTH = 64  # braces, parentheses and brackets
MAX_OPERATORS = 1_000  # operators and group keywords
# MB a query may allocate in the process that runs it (geokg query and serve --max-memory).
DEFAULT_MAX_MEMORY = 2_048

_QUERY_FORMS = {"SELECT", "CONSTRUCT", "ASK", "DESCRIBE"}
_UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
_PROLOGUE_WORDS = {"BASE", "PREFIX"}
# Keywords that each wrap what precedes or follows them in one more level of the parsed query.
_GROUP_WORDS = {"UNION", "MINUS", "OPTIONAL", "FILTER", "BIND", "GRAPH", "EXISTS", "SERVICE", "VALUES"}
_OPENING, _CLOSING = "{([", "})]"

# Each alternative consumes from where it starts without looking back, so a 100,000-character
# query is read in linear time whatever it holds: an unterminated string runs to the end of its
# line (or of the text, for a long string), and a name runs over all its dots and dashes at once
# (``_scan`` splits it again).
_LOCAL = r"(?:[\w\-:%]|\\\S|\.(?=[\w\-:%]))*"
_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'{3}(?:[^'\\]|\\.|'(?!'{2}))*(?:'{3}|\Z)
              |"{3}(?:[^"\\]|\\.|"(?!"{2}))*(?:"{3}|\Z)
              |'(?:[^'\\\n\r]|\\.)*(?:'|(?=[\n\r])|\Z)
              |"(?:[^"\\\n\r]|\\.)*(?:"|(?=[\n\r])|\Z))
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
  | (?P<bnode>_:[\w.\-]+)
  | (?P<number>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)
  | (?P<name>[^\W\d_][\w\-.]*+(?::LOCAL)?|:LOCAL)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<op>\|\||&&|!=|<=|>=|\^\^|[!=<>+\-*/|^])
  | (?P<punct>[{}()\[\],;.])
  | (?P<other>.)
    """.replace("LOCAL", _LOCAL),
    re.VERBOSE | re.DOTALL,
)


class QueryError(GeokgError):
    """A query or its input cannot be used; the message is one line, fit for a terminal.

    ``kind`` says why, so that a server can choose its status: ``"syntax"`` (400), ``"limit"``
    (400: too long or too deep), ``"refused"`` (400: SERVICE), ``"update"`` (403: read-only),
    ``"timeout"`` (503), ``"memory"`` (503: past the memory ceiling, :func:`memory_error`),
    ``"input"`` (the graph cannot be read), ``"failed"`` (evaluation).
    The command's exit status follows (``errors``): a query that ran and failed or ran out of
    time or memory is a failed run (1), any other kind is bad usage (2)."""

    def __init__(self, message: object, kind: str = "syntax"):
        super().__init__(message, EXIT_FAILED if kind in _FAILED_KINDS else EXIT_USAGE)
        self.kind = kind

    def __reduce__(self):  # keeps the kind across pickling (a worker's error)
        return type(self), (self.message, self.kind)


_FAILED_KINDS = frozenset({"timeout", "memory", "failed"})


def memory_error(max_memory: int | None, setting: str = "--max-memory") -> QueryError:
    """The error of a query stopped by the memory ceiling (``--max-memory``, in MB) of the
    process that ran it (None: stopped for want of memory without a ceiling); ``setting`` is
    what the caller raises it with (the Python API's ``run_query(max_memory=)``, not the
    command's option)."""
    if max_memory is None:
        return QueryError("the query ran out of memory: simplify it", "memory")
    return QueryError(
        f"the query needed more than {max_memory:,} MB of memory: simplify it, or raise {setting}", "memory"
    )


@dataclass(frozen=True)
class Limits:
    """What a query may be: at most ``max_length`` characters, ``max_depth`` levels of
    brackets and ``max_operators`` operators and group keywords."""

    max_length: int = MAX_LENGTH
    max_depth: int = MAX_DEPTH
    max_operators: int = MAX_OPERATORS


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class CheckedQuery:
    """A query that passed :func:`check_query`.

    ``form`` is SELECT, CONSTRUCT, ASK or DESCRIBE; ``has_dataset`` is true when the query names
    its own dataset with ``FROM`` or ``FROM NAMED`` (the default graph is then what it names,
    not the union of the store's graphs)."""

    text: str
    form: str
    has_dataset: bool


def check_query(sparql: str, limits: Limits | None = None) -> CheckedQuery:
    """Check a SPARQL query before it is parsed by an engine; raise :class:`QueryError` when it
    is refused.

    >>> check_query("SELECT * FROM <urn:g> WHERE { ?s ?p ?o }").has_dataset
    True
    >>> check_query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    geokg.graph.querycheck.QueryError: SERVICE is not allowed: queries run over this graph only, never other servers
    """
    limits = limits or DEFAULT_LIMITS
    if not sparql or not sparql.strip():
        raise QueryError("empty query")
    if len(sparql) > limits.max_length:
        raise QueryError(
            f"the query is {len(sparql):,} characters long; the limit is {limits.max_length:,}", kind="limit"
        )
    words = _scan(sparql, limits)
    form = next((w for w in words if w not in _PROLOGUE_WORDS), None)
    if form in _UPDATE_WORDS:
        raise QueryError("SPARQL updates are not accepted: the graph is read-only", kind="update")
    if "SERVICE" in words:
        raise QueryError("SERVICE is not allowed: queries run over this graph only, never other servers", "refused")
    if form not in _QUERY_FORMS:
        raise QueryError("SPARQL syntax error: expected SELECT, CONSTRUCT, ASK or DESCRIBE")
    return CheckedQuery(text=sparql, form=form, has_dataset="FROM" in words)


def _scan(sparql: str, limits: Limits) -> list[str]:
    """The query's keywords in order (upper case), after checking nesting and operator counts."""
    words: list[str] = []
    depth = deepest = operators = 0
    for match in _TOKEN.finditer(sparql):
        kind, text = match.lastgroup, match.group()
        if kind == "punct" and text in _OPENING:
            depth += 1
            deepest = max(deepest, depth)
        elif kind == "punct" and text in _CLOSING:
            depth = max(0, depth - 1)
        elif kind == "op":
            operators += 1
        elif kind == "name" and ":" not in text:
            # A run like ``true.SERVICE`` is a keyword, a dot and a keyword to the engine.
            for word in re.split(r"[.\-]", text.upper()):
                words.append(word)
                operators += word in _GROUP_WORDS
            operators += text.count("-")
        elif kind == "iri":
            # ``?a<((1))>?b`` reads as an IRI here but as a comparison to the engine: count the
            # parentheses inside an IRI as nesting too.
            deepest = max(deepest, depth + _paren_depth(text))
        if deepest > limits.max_depth:
            raise QueryError(
                f"the query nests deeper than {limits.max_depth} levels of braces, parentheses and brackets",
                kind="limit",
            )
        if operators > limits.max_operators:
            raise QueryError(
                f"the query has more than {limits.max_operators:,} operators and group keywords "
                "(UNION, OPTIONAL, FILTER, ...)",
                kind="limit",
            )
    return words


def _paren_depth(text: str) -> int:
    depth = deepest = 0
    for ch in text:
        if ch == "(":
            depth += 1
            deepest = max(deepest, depth)
        elif ch == ")":
            depth = max(0, depth - 1)
    return deepest
