"""Instructions of ``Extractor.extract`` on the seed page, counted by valgrind's callgrind.

CPU time on the shared 2-core machines moves by 5-10% from run to run with the other work on
them; the instructions executed do not (two runs agree to about 0.1%), so a change of a few per
cent in the Arabic stages shows here when timings cannot show it. Run it under callgrind with
instrumentation off; the script turns it on around the extraction only (loading the pipelines and
a warm-up pass over the same documents are not counted)::

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no \\
        --callgrind-out-file=/tmp/extract.callgrind \\
        .venv/bin/python benchmarks/bench_instructions.py --size-kb 50

and read ``Collected`` on valgrind's last lines (``callgrind_annotate`` on the output file splits
it by C function). About 40 s for 50 KB. Without valgrind the script says so and exits 1.

English: ``--english geokg`` counts ``Extractor.extract`` over ``bench_english.py``'s sentences
(``--sentences``, default 300), ``--english spacy`` the model as shipped (``nlp.pipe``, geokg's
components off) over the same; run each under callgrind as above and divide the two counts for a
ratio that the machine's load does not move (``bench_english.py``'s target is on that ratio).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_english  # noqa: E402
import bench_extract  # noqa: E402
from geokg.extract.model import Document  # noqa: E402
from geokg.extract.pipeline import Extractor  # noqa: E402


def _instrument(on: bool) -> bool:
    """Turn callgrind's instrumentation of this process on or off; False when not under it."""
    tool = shutil.which("callgrind_control")
    if tool is None:
        return False
    done = subprocess.run([tool, "-i", "on" if on else "off", str(os.getpid())], capture_output=True, text=True)
    return done.returncode == 0 and "Error" not in done.stdout + done.stderr


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-kb", type=int, default=50, help="kilobytes of text (UTF-8) to extract")
    parser.add_argument("--input", default=None, help="a .txt or .jsonl file instead of the seed page")
    parser.add_argument("--english", choices=("geokg", "spacy"), help="count English instead (see the docstring)")
    parser.add_argument("--sentences", type=int, default=300, help="--english: sentences of bench_english.py")
    args = parser.parse_args(argv)
    if args.english:
        return _english(args.english, args.sentences, Path(args.input) if args.input else None)
    pages, _ = bench_extract.load_pages(Path(args.input) if args.input else None)
    docs, _ = bench_extract.repeat_documents(pages, args.size_kb * 1000)
    extractor = Extractor(batch_size=64)
    list(extractor.extract(docs))  # warm: pipelines, form-store and tokeniser caches
    if not _instrument(True):
        print("not running under valgrind --tool=callgrind (see the docstring)", file=sys.stderr)
        return 1
    assertions = sum(len(r.assertions) for r in extractor.extract(docs))
    _instrument(False)
    print(f"{len(docs)} documents, {assertions} assertions")
    return 0


def _english(contender: str, count: int, path: Path | None) -> int:
    """Instructions of one English contender over ``count`` sentences, after a warm-up pass."""
    texts, source = bench_english.load_texts(path, count)
    extractor = Extractor(batch_size=bench_english.BATCH)
    docs = [Document(id=f"s{i}", text=t, date="2000-01-01", lang=None) for i, t in enumerate(texts)]
    run = (lambda: bench_english.time_spacy(extractor.nlp_en, texts)) if contender == "spacy" else None
    run = run or (lambda: sum(len(r.assertions) for r in extractor.extract(docs)))
    run()  # warm: the model, the gazetteer, the vocabulary and every cache
    if not _instrument(True):
        print("not running under valgrind --tool=callgrind (see the docstring)", file=sys.stderr)
        return 1
    run()
    _instrument(False)
    print(f"English, {contender}: {len(texts)} sentences from {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
