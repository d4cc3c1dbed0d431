"""Streaming: peak memory of ``geokg extract`` and ``geokg build`` as the input grows.

Usage (from the repository root)::

    .venv/bin/python benchmarks/bench_stream.py                    # 1 MB and 4 MB of JSON Lines
    .venv/bin/python benchmarks/bench_stream.py --size-mb 1024     # the 1 GB check (hours here)
    .venv/bin/python benchmarks/bench_stream.py --size-mb 4 --steps 3 --keep

A JSON Lines file of ``--size-mb`` megabytes (and one ``--steps`` times smaller) is generated in
a temporary folder from sentences written for this benchmark: news-like Arabic paragraphs, most
of them without a relation, one document in ``--relation-every`` stating one (so that assertions
grow with the input, as they do in real news), each document with a few words of its own (a
number, an id) so that the vocabulary grows too. Each command runs in its own process, and its
peak resident memory comes from ``os.wait4``.

Printed, for each size: documents, assertions, seconds, peak RSS. Then the ratios the claim rests
on, from one run:

- extract: peak RSS(large) ÷ peak RSS(small), for an input ``--steps`` times larger: about 1
  means memory does not grow with the input (results stream to the output; spaCy's strings
  are freed per batch, the linker's word caches are capped);
- build: how much more than extract it holds, and how much that grows per added document (with
  its share of assertions): provenance, near-duplicate signature and LSH entries, the
  assertions; never the text, and never the graph (streamed to graph.nq and the store). The stated bound is ``BUILD_KB_PER_DOCUMENT``
  per document; the projection for a 1 GB file of the same documents is printed.

The exit status is 1 when extract's ratio exceeds 1.25 or build's growth per document exceeds
the stated bound.

``--zones`` instead times, in this process, extraction of the smaller input (new words in every
document) three ways: every batch in a spaCy memory zone from the start; geokg's default (no zone
until the vocabulary has grown by ``VOCAB_BUDGET`` strings, then a zone per batch); never a zone.
Printed: CPU seconds and the vocabulary's growth for each, the cost of zones against none.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

# Our own sentences (no text from elsewhere). {n} and {code} make words of the document's own.
FILLER = [
    "وشهدت الأسواق المحلية حركة نشطة خلال الأسبوع مع ارتفاع الطلب على المواد الغذائية والسلع الأساسية.",
    "وأشار التقرير الصادر عن هيئة الإحصاء إلى تحسن مؤشرات التشغيل في قطاع الخدمات خلال الربع الأخير.",
    "وتوقعت الأرصاد الجوية أجواء معتدلة في معظم المناطق مع فرصة لهطول أمطار خفيفة على المرتفعات.",
    "وقال مسؤول في البلدية إن أعمال صيانة الطرق ستستمر حتى نهاية الشهر لتخفيف الازدحام في وسط المدينة.",
    "وافتتحت الجامعة مختبرا جديدا للبحوث الزراعية بتمويل من صندوق دعم الابتكار رقم {n}.",
    "وبلغ عدد الزوار في المعرض الدولي للكتاب نحو {n} زائر وفق أرقام اللجنة المنظمة.",
    "وسجلت البورصة تداولات بقيمة {n} مليون في جلسة اليوم وسط تفاؤل حذر من المستثمرين.",
    "ونشرت الوزارة دليلا جديدا للإجراءات برمز {code} لتسهيل المعاملات الإلكترونية للمواطنين.",
]
PAIRS = [
    ("مصر", "الأردن"),
    ("السعودية", "الإمارات"),
    ("فرنسا", "الجزائر"),
    ("روسيا", "الصين"),
    ("قطر", "تركيا"),
    ("اليابان", "الفلبين"),
]
RELATION = "ووقعت {a} و{b} اليوم اتفاقية للتعاون في مجال الطاقة والنقل."
BUILD_KB_PER_DOCUMENT = 12.0  # with one assertion in five documents, as generated here (was 32 with an rdflib graph)


def generate(path: Path, size_bytes: int, relation_every: int, seed: int = 7) -> tuple[int, int]:
    """Write JSON Lines until the file reaches ``size_bytes``; returns (documents, text bytes)."""
    rng = random.Random(seed)
    docs = text_bytes = 0
    with path.open("w", encoding="utf-8") as fh:
        while fh.tell() < size_bytes:
            paragraphs = []
            for _ in range(rng.randint(4, 8)):
                sentences = [
                    rng.choice(FILLER).format(n=rng.randint(100, 999999), code=f"{rng.getrandbits(32):08x}")
                    for _ in range(rng.randint(2, 4))
                ]
                paragraphs.append(" ".join(sentences))
            if docs % relation_every == 0:
                a, b = rng.choice(PAIRS)
                paragraphs.insert(rng.randint(0, len(paragraphs)), RELATION.format(a=a, b=b))
            text = "\n\n".join(paragraphs)
            record = {"id": f"bench-{docs}", "date": "2024-06-18", "lang": "ar", "source": "bench", "text": text}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            docs += 1
            text_bytes += len(text.encode("utf-8"))
    return docs, text_bytes


@dataclass
class Measure:
    command: str
    size_mb: float
    documents: int
    text_mb: float
    assertions: int
    seconds: float
    peak_mb: float


def run(argv: list[str]) -> tuple[int, float, float]:
    """Run a command; its exit status, wall seconds and peak RSS in MB (os.wait4)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr.read().decode("utf-8", "replace")[-2000:] if proc.stderr else "")
    return proc.returncode, seconds, usage.ru_maxrss / 1024


def zone_cost(path: Path) -> None:
    """CPU time and vocabulary growth of extraction with zones from the start, by default, never."""
    from geokg.extract.documents import read_jsonl_file
    from geokg.extract.model import Document
    from geokg.extract.pipeline import VOCAB_BUDGET, Extractor

    documents = [d for d in read_jsonl_file(path) if isinstance(d, Document)]
    times = {}
    for name, budget in (("zones from the start", 0), ("default", VOCAB_BUDGET), ("no zones", 10**12)):
        extractor = Extractor(vocab_budget=budget)
        list(extractor.extract(documents[:2]))  # load the pipeline
        before = len(extractor.nlp_ar.vocab.strings)
        start = time.process_time()
        for _ in extractor.extract(documents):
            pass
        times[name] = time.process_time() - start
        grown = len(extractor.nlp_ar.vocab.strings) - before
        print(f"{name:22s} {times[name]:7.2f} s CPU   vocabulary +{grown:,} strings")
    print(
        f"zones from the start cost x{times['zones from the start'] / times['no zones']:.2f}, "
        f"the default x{times['default'] / times['no zones']:.2f}, against no zones"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=4.0, help="the larger input, in MB of JSON Lines")
    parser.add_argument("--steps", type=float, default=4.0, help="how many times smaller the smaller input is")
    parser.add_argument("--relation-every", type=int, default=5, help="one document in N states a relation")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--zones", action="store_true", help="time memory zones instead (see above)")
    args = parser.parse_args(argv)
    if args.zones:
        with tempfile.TemporaryDirectory(prefix="geokg-bench-zones-") as tmp:
            data = Path(tmp) / "news.jsonl"
            generate(data, int(args.size_mb / args.steps * 1024 * 1024), args.relation_every)
            zone_cost(data)
        return 0

    geokg = [sys.executable, "-m", "geokg.graph.cli"]
    tmp = Path(tempfile.mkdtemp(prefix="geokg-bench-stream-"))
    measures: list[Measure] = []
    try:
        for size_mb in (args.size_mb / args.steps, args.size_mb):
            data = tmp / f"news-{size_mb:g}mb.jsonl"
            docs, text_bytes = generate(data, int(size_mb * 1024 * 1024), args.relation_every)
            out_file = tmp / "extracted.jsonl"
            code, seconds, peak = run([*geokg, "extract", str(data), "-o", str(out_file), "--no-progress"])
            assert code == 0, "extract failed"
            assertions = sum(1 for _ in out_file.open(encoding="utf-8"))
            measures.append(Measure("extract", size_mb, docs, text_bytes / 2**20, assertions, seconds, peak))
            out_dir = tmp / f"out-{size_mb:g}"
            code, seconds, peak = run([*geokg, "build", str(data), "-o", str(out_dir), "--no-viewer", "--no-progress"])
            assert code == 0, "build failed"
            assertions = sum(1 for _ in (out_dir / "assertions.jsonl").open(encoding="utf-8"))
            measures.append(Measure("build", size_mb, docs, text_bytes / 2**20, assertions, seconds, peak))
            for m in measures[-2:]:
                print(
                    f"{m.command:8s} {m.size_mb:8.2f} MB JSONL  {m.documents:8d} docs  {m.text_mb:8.2f} MB text  "
                    f"{m.assertions:7d} assertions  {m.seconds:8.1f} s  peak RSS {m.peak_mb:7.1f} MB"
                )
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            import shutil

            shutil.rmtree(tmp, ignore_errors=True)

    small_x, large_x, small_b, large_b = measures[0], measures[2], measures[1], measures[3]
    extract_ratio = large_x.peak_mb / small_x.peak_mb
    print()
    print(
        f"extract: peak RSS for {args.steps:g}x the input: x{extract_ratio:.2f} "
        f"(1.00 = flat; {large_x.text_mb / small_x.text_mb:.1f}x the text)"
    )
    ok = extract_ratio <= 1.25
    for x, b in ((small_x, small_b), (large_x, large_b)):
        print(f"build:   {b.size_mb:g} MB: peak RSS {b.peak_mb - x.peak_mb:.1f} MB over extract's")
    added_docs = large_b.documents - small_b.documents
    per_doc_kb = ((large_b.peak_mb - large_x.peak_mb) - (small_b.peak_mb - small_x.peak_mb)) * 1024 / added_docs
    text_kb = (large_b.text_mb - small_b.text_mb) * 1024 / added_docs
    print(
        f"build:   grows {per_doc_kb:.1f} KB per added document ({text_kb:.1f} KB of text each; "
        f"{(large_b.assertions - small_b.assertions) / added_docs:.2f} assertions each); bound {BUILD_KB_PER_DOCUMENT:g} KB"
    )
    docs_per_gb = large_b.documents * 1024 / large_b.size_mb
    projected = (
        large_x.peak_mb + (large_b.peak_mb - large_x.peak_mb) + (docs_per_gb - large_b.documents) * per_doc_kb / 1024
    )
    print(
        f"build:   projected peak RSS for 1 GB of such JSON Lines ({docs_per_gb:,.0f} documents): {projected / 1024:.1f} GB"
    )
    ok = ok and per_doc_kb <= BUILD_KB_PER_DOCUMENT
    print("streaming bound held" if ok else "streaming bound MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
