"""``geokg validate`` on 10^4 documents: the SHACL shapes as SPARQL in Oxigraph, and the
ontology's checks, over an OUT/ folder's store.

Usage (from the repository root)::

    .venv/bin/python benchmarks/bench_validate.py                               # 10^4 documents
    .venv/bin/python benchmarks/bench_validate.py --documents 1000 --pyshacl     # and pyshacl

Synthetic documents (``bench_store.synthetic``: bilingual labels, every statement field, a mix
of polarity and modality) with ``--per-document`` assertions each (default 5) are written by
geokg's N-Quads writer and loaded into OUT/store/ as ``geokg build`` does. Then
``validate_path(OUT)`` (what ``geokg validate OUT/`` runs) is timed in this process; it must
find the graph conforming. With ``--pyshacl`` the shapes are also run by pyshacl over the same
data (what ``geokg validate`` did before, about 3 minutes on 1,625 real documents), for the
ratio; that takes minutes above 10^3 documents.

Target (issue 16): at most 10 s on 10^4 documents. Exit status 1 when missed.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def build_out(documents: int, per_document: int, folder: Path) -> Path:
    from bench_store import synthetic
    from geokg.graph.outfolder import OutputFolder
    from geokg.graph.rdf import write_nquads
    from geokg.graph.store import write_store

    out = folder / "out"
    out.mkdir(parents=True)
    docs, assertions = synthetic(documents * per_document, documents=documents)
    with open(out / "graph.nq", "wb") as stream:
        write_nquads(stream, assertions, docs)
    write_store(out / "graph.nq", OutputFolder(out).store)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--per-document", type=int, default=5, help="assertions per document")
    parser.add_argument("--pyshacl", action="store_true", help="also time pyshacl on the same data")
    args = parser.parse_args(argv)
    from geokg.graph.validate import _pyshacl_problems, open_for_validation, validate_path

    folder = Path(tempfile.mkdtemp(prefix="geokg-bench-validate-"))
    try:
        start = time.perf_counter()
        out = build_out(args.documents, args.per_document, folder)
        print(
            f"{args.documents:,} documents, {args.documents * args.per_document:,} assertions written and loaded in "
            f"{time.perf_counter() - start:.1f} s",
            flush=True,
        )
        start = time.perf_counter()
        found = validate_path(out)
        seconds = time.perf_counter() - start
        print(
            f"geokg validate: {seconds:.1f} s, {found.triples:,} statements, "
            f"{'conform' if found.conforms else f'{len(found.problems)} problems'} (target <= 10 s)",
            flush=True,
        )
        if args.pyshacl:
            start = time.perf_counter()
            _pyshacl_problems(open_for_validation(out))
            print(f"pyshacl, the shapes alone: {time.perf_counter() - start:.1f} s")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    ok = found.conforms and seconds <= 10.0
    print("target met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
