"""The streamed build (graph/build.py:write_build): graph.nq from ``write_nquads``, the store
loaded from it, graph.trig and graph.ttl written from the store by Oxigraph.

Untrusted text goes through the new path: quotes, backslashes, line breaks, every C0 control
character, DEL, Unicode line separators and bidi overrides, Turtle and TriG
syntax lookalikes. The files must parse back (rdflib; rapper, Jena and RDF4J in
tests/test_interop.py) to exactly the literals we put in, and hold no raw control character.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from decimal import Decimal

import pytest
from geokg.extract.model import Argument, Assertion, Document, Entity, Evidence, LiteralValue, Mention
from geokg.graph.build import write_output_folder
from geokg.graph.rdf import build_dataset, to_graph
from helpers import make_assertion
from rdflib import Dataset, Graph, Literal

CONTROLS = "".join(chr(c) for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)) + "\x7f"
NASTY_TEXTS = [
    'He said "stop" and \\ left.\nNext line\r\nand a tab\there.',
    f"controls:{CONTROLS}:end",
    '""" closes a long string? \'\'\' too. " . <x> @en ^^<y> ; , ] ) } #',
    '> .\n<https://evil.example/s> <https://evil.example/p> "injected" .',
    "separators\u2028and\u2029and \u202eRTL override\u202c and \ufeffBOM",
    "a trailing backslash \\",
]
EGYPT = Entity("Q79", "Egypt", "Country", {"ar": "مصر", "en": "Egypt"}, country="EGY")
ODD = Entity('odd "id"\n/x#y', 'A "quoted"\tlabel\x07', "Organisation", {"en": "label\x1bwith escape\\"})


def _assertions():
    made = []
    for i, text in enumerate(NASTY_TEXTS):
        made.append(make_assertion(f"doc {i}\x01", EGYPT, "criticizes", ODD, text, confidence=0.75))
    # A literal-valued assertion of a relation the ontology does not have: nothing to align it
    # to, so it is built by hand rather than through the converter.
    text = NASTY_TEXTS[0]
    made.append(
        Assertion(
            "doc 0\x01",
            Argument(EGYPT, EGYPT.label),
            "claims",
            LiteralValue(NASTY_TEXTS[2]),
            Evidence(text, 0, len(text), "en"),
            "test/1",
        )
    )
    return made


def _documents():
    return [
        Document(
            f"doc {i}\x01",
            "x",
            date="2024-05-0" + str(i + 1),
            lang="en",
            title=t,
            source=t,
            url='https://e.x/?a=1&b="2"',
        )
        for i, t in enumerate(NASTY_TEXTS)
    ]


def _mentions():
    return [Mention("doc 1\x01", ODD, "odd", 0, 3, "en")]


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stream") / "out"
    write_output_folder(folder, _assertions(), _documents(), _mentions(), viewer=False)
    return folder


def _comparable(graph: Graph) -> set:
    """Triples with numbers by value: Oxigraph writes canonical numbers (-2.0 → -2)."""

    from rdflib import XSD  # here: pytest's collection trips over the namespace object

    def term(t):
        if isinstance(t, Literal) and t.datatype in (XSD.decimal, XSD.integer):
            return (t.datatype, Decimal(str(t)).normalize())
        return t

    return {tuple(term(t) for t in triple) for triple in graph}


def test_files_parse_back_to_the_model_build_dataset_describes(out):
    expected = build_dataset(_assertions(), _documents(), _mentions())
    union = Graph().parse(out / "graph.ttl", format="turtle")
    assert _comparable(union) == _comparable(to_graph(expected))
    for name, fmt in (("graph.trig", "trig"), ("graph.nq", "nquads")):
        parsed = Dataset().parse(out / name, format=fmt)
        for graph in expected.graphs():
            assert _comparable(parsed.graph(graph.identifier)) == _comparable(graph), (name, graph.identifier)


def test_every_nasty_text_comes_back_exactly(out):
    union = Graph().parse(out / "graph.ttl", format="turtle")
    literals = {str(o) for o in union.objects() if isinstance(o, Literal)}
    for text in NASTY_TEXTS:
        assert text in literals, text
    assert 'A "quoted"\tlabel\x07' in literals
    # The lookalike of a statement stayed inside its literal.
    assert not any("evil.example" in str(s) or "evil.example" in str(p) for s, p, _ in union)


@pytest.mark.parametrize("name", ["graph.ttl", "graph.trig", "graph.nq"])
def test_no_raw_control_character_in_the_files(out, name):
    data = (out / name).read_bytes()
    assert not re.search(rb"[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\x7f]", data)
    data.decode("utf-8")


@pytest.mark.skipif(shutil.which("rapper") is None, reason="rapper not installed (Debian raptor2-utils)")
@pytest.mark.parametrize("name,syntax,fmt", [("graph.ttl", "turtle", None), ("graph.trig", "trig", "trig")])
def test_rapper_reads_the_nasty_files_as_rdflib_does(out, name, syntax, fmt):
    done = subprocess.run(["rapper", "-i", syntax, "-c", str(out / name)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    if fmt is None:
        count = len(Graph().parse(out / name, format="turtle"))
    else:
        count = len(list(Dataset().parse(out / name, format=fmt).quads((None, None, None, None))))
    assert f"returned {count} " in done.stderr


def test_the_same_input_in_another_order_gives_the_same_turtle_and_trig(out, tmp_path):
    again = tmp_path / "again"
    write_output_folder(again, list(reversed(_assertions())), _documents(), _mentions(), viewer=False)
    for name in ("graph.ttl", "graph.trig"):
        assert (again / name).read_bytes() == (out / name).read_bytes(), name


def test_no_store_leaves_no_scratch_store(tmp_path):
    folder = tmp_path / "out"
    write_output_folder(folder, _assertions()[:2], _documents()[:2], (), viewer=False, store=False)
    assert sorted(p.name for p in folder.iterdir()) == [
        ".geokg-output",
        "assertions.jsonl",
        "documents.jsonl",
        "graph.nq",
        "graph.trig",
        "graph.ttl",
        "mentions.jsonl",
    ]


def test_a_fact_stated_twice_in_one_document_is_one_line_of_graph_nq(tmp_path):
    twice = [
        make_assertion("d", EGYPT, "criticizes", ODD, "Egypt criticised them."),
        make_assertion("d", EGYPT, "criticizes", ODD, "Again, Egypt criticised them.", start=40),
    ]
    folder = tmp_path / "out"
    write_output_folder(folder, twice, [], (), viewer=False, store=False)
    lines = (folder / "graph.nq").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(set(lines)) == len(list(Dataset().parse(folder / "graph.nq").quads()))
    assert sum("ontology#criticizes>" in line and "/statement/" not in line for line in lines) == 1
