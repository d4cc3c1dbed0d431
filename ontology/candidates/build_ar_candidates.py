"""Write ``ar_triggers.tsv``: candidate Arabic triggers for the Arabic engineer to confirm on the
development data. The product never reads this folder (it is not in the loaded ontology).

Run from the repository root: ``python ontology/candidates/build_ar_candidates.py [PEERS_DIR]``. It
reads UniversalPetrarch's Arabic verb dictionary ``ar_CAMEO.ar.0.5.txt`` (openeventdata/
UniversalPetrarch @a0af422, branch ``arabic``; MIT, Copyright (c) 2016 Open Event Data Alliance)
from the peers folder (default ``../shared/reference/peers`` or ``$GEOKG_SHARED_DIR/reference/peers``)
and the ontology's ``gk:arTrigger`` lists, and writes ``ontology/candidates/ar_triggers.tsv``.

The dictionary is largely machine-translated from the English one: its 213 verb blocks put verbs
under codes of other senses (``توظيف`` "employ" under accuse, ``تحدى`` "defy" under praise), and
of its verbs with a code geokg has a relation for, few are real newswire usage missing from the
ontology today. ``CANDIDATES`` lists those, written in the ontology's trigger syntax
(``PERFECT/IMPERFECT`` and the verbal noun), each with the dictionary lemma it was found under
(checked to be there) or ``geokg`` for a common form the dictionary lacks, and a note on sense and
risk. The script checks that each form is not a trigger already and that its relation exists.
"""

from __future__ import annotations

import csv
import os
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUTPUT = REPO / "ontology" / "candidates" / "ar_triggers.tsv"

# (CAMEO code, relation, trigger form, lemma in the peer file or "geokg", note). Confirmed on the
# development data and moved into geokg.ttl: توغل/يتوغل and توغل (occupies), فجر/يفجر (bombing, with
# bare فجر "dawn" a gk:NotTriggerCue word); the killing, wounding and explosion words are cue words
# of events with one named side (lexicon.ttl, gk:EventCue), not triggers.
# Round 10 (a vocabulary pass): اعترض/يعترض على (criticizes, with على: bare اعترض is 'intercept').
# Round 11 (vocabulary): اشتكى/يشتكي من (criticizes), عرقل/يعرقل (rejects: CAMEO 12 OBSTRUCT).
CANDIDATES = [
    ("020", "appealsTo", "توسل/يتوسل إلى", "توسل", "implore; formal, rarer than ناشد"),
    ("114", "criticizes", "شكا/يشكو", "شكا", "complained; also 'شكوى' (complaint) below"),
    ("114", "criticizes", "شكوى", "شكا", "verbal noun: a (formal) complaint; 'قدم شكوى ضد'"),
    ("192", "occupies", "ضم/يضم", "ضم", "annexed; very often 'includes/joins': needs a territory object"),
    ("160", "reducesRelationsWith", "ألغى/يلغي", "الغى", "cancelled (a visit, an agreement); needs such an object"),
    ("160", "reducesRelationsWith", "إلغاء", "الغى", "verbal noun of ألغى; same caveat"),
    ("160", "reducesRelationsWith", "أغلق/يغلق", "اغلق", "closed (border, embassy, office); needs such an object"),
    ("160", "reducesRelationsWith", "إغلاق", "اغلق", "verbal noun of أغلق; 'إغلاق المعابر' is also 191 (blockade)"),
    ("120", "rejects", "نبذ/ينبذ", "نبذ", "renounced (violence, a proposal)"),
    ("120", "rejects", "تحدى/يتحدى", "تحدى", "defied; the peer file codes it 051 and 016, wrongly"),
    ("141", "protests", "هتف/يهتف ضد", "هتف", "chanted against (protesters); bare هتف is 'chanted/called'"),
    ("0831", "easesRestrictionsOn", "تنحى/يتنحى", "تنحى", "stepped down (yielding to demands: 0831)"),
    ("0831", "easesRestrictionsOn", "تنحي", "تنحى", "verbal noun of تنحى"),
    ("080", "easesRestrictionsOn", "تخلى/يتخلى عن", "تخلى+عن", "gave up, abandoned (a demand, a position)"),
    ("153", "conductsMilitaryExercise", "عزز/يعزز قواته", "عزز", "reinforced its forces; عزز alone is 'strengthened'"),
    ("190", "attacks", "داهم/يداهم", "داهم", "raided; the peer file codes 175 (repression): police raids"),
    ("190", "attacks", "قتل/يقتل", "قتل",
     "killed; the passive قُتل (was killed) is written the same without vowels: needs an agent"),
    ("181", "abducts", "أسر/يأسر", "geokg", "captured (soldiers); also 'family' (أسرة) prefixes: match the verb only"),
    ("041", "talksByPhoneWith", "هاتف/يهاتف", "geokg", "telephoned (هاتف is also the noun 'telephone')"),
    ("046", "negotiatesWith", "فاوض/يفاوض", "geokg", "negotiated with (a side), beside تفاوض"),
    ("154", "conductsMilitaryExercise", "نشر/ينشر قوات", "نشر", "deployed forces; نشر alone is 'published'"),
    ("0871", "declaresCeasefireWith", "تهدئة", "geokg", "a truce, lull ('التهدئة' in Gaza news); also 'calming'"),
    ("183", "carriesOutBombingAgainst", "تفجير", "geokg", "bombing; 'تفجير' alone is often 190 in coders' data"),
    ("183", "carriesOutBombingAgainst", "عبوة ناسفة", "geokg", "roadside bomb (1833)"),
    ("185", "attemptsToAssassinate", "حاول/يحاول قتل", "geokg", "tried to kill (a person)"),
]  # fmt: skip


def peer_lemmas(path: Path) -> set[str]:
    """The dictionary's verb lemmas (verb lines and the verbs named in pattern comments)."""
    found: set[str] = set()
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        text, _, comment = raw.partition("#")
        if raw.startswith("-"):
            found.update(w.strip() for w in comment.split(","))
        elif text.strip() and not raw.startswith(("&", "+", "---")):
            found.add(text.split("[")[0].strip())
    return {w for w in found if w}


def fold(word: str) -> str:
    """A word without its marks (short vowels, shadda, the hamza on an alef: the marks Unicode
    decomposes) and with alef maqsura and ta marbuta as ya and ha, so that spellings of one form
    compare equal. Written here because the ontology imports no extractor code."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return " ".join(bare.replace("\u0640", "").translate(_LETTERS).split())


_LETTERS = str.maketrans({"\u0649": "\u064a", "\u0629": "\u0647"})


def main(argv: list[str]) -> int:
    from geokg.ontology import load_ontology

    shared = os.environ.get("GEOKG_SHARED_DIR")
    default = Path(shared) / "reference" / "peers" if shared else REPO.parent / "shared" / "reference" / "peers"
    source = (Path(argv[1]) if len(argv) > 1 else default) / "ar_CAMEO.ar.0.5.txt"
    if not source.is_file():
        print(f"build_ar_candidates: {source} not found (pass the peers folder)", file=sys.stderr)
        return 1
    lemmas = peer_lemmas(source)
    onto = load_ontology()
    have = {fold(t) for r in onto.relations.values() for t in r.triggers.get("ar", ())}
    rows = []
    for code, relation, form, lemma, note in CANDIDATES:
        onto.relation(relation)  # a KeyError names an unknown relation
        if lemma != "geokg" and lemma not in lemmas:
            raise SystemExit(f"build_ar_candidates: {lemma!r} is not a verb of the peer file")
        if fold(form) in have:
            raise SystemExit(f"build_ar_candidates: {form!r} is already an Arabic trigger")
        rows.append((code, relation, form, "petrarch-ar:" + lemma if lemma != "geokg" else "geokg", note))
    with OUTPUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(("code", "relation", "form", "source", "note"))
        writer.writerows(rows)
    print(f"{OUTPUT} written: {len(rows)} candidates ({sum(r[3] != 'geokg' for r in rows)} from the peer file)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
