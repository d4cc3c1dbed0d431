"""Near-duplicate documents: one story told by several outlets (MinHash LSH).

Wire stories reach ten sites nearly word for word: a different first line, a byline, a dropped
paragraph. Each document gets a MinHash signature of its word 3-grams (on text folded as for
matching: Arabic letter variants, diacritics, case); an LSH index finds the earlier documents
whose estimated Jaccard similarity reaches the threshold. A document like an earlier one joins
its story (``Document.story`` is the id of the story's first document, ``duplicate_of`` the
most similar earlier document); any other document starts a story of its own.

Nothing is dropped: a retelling keeps its own assertions and provenance (its source, date and
url), and carries the story id, so that a graph counts evidence once per source and story
rather than once per copy. The signatures are kept (``save``/``load``) so that a later
``geokg build --update`` into the same output finds retellings of stories it built before.

A copy (estimated similarity ≥ 0.9 to an indexed document) is not indexed itself: it would add
nothing, and a thousand copies of one text would make every later query walk all of them.

The signatures are datasketch's (``MinHash(num_perm=64, scheme="affine32")``, value for value,
so that outputs written before compare with new ones) and the LSH bands ``MinHashLSH`` uses at
this threshold (14 bands of 4 values), computed here with numpy and dicts: datasketch hashes each
shingle through a Python function and builds its permutations again for every document, which
made signing a quarter of the work of the process that reads the input for ``--jobs`` workers
(``tests/test_update.py`` holds both to datasketch's).

Memory: one 64-value signature (256 bytes) and 14 LSH table entries per document, about 8 KB in
all, never the text; ``max_documents`` turns the index into a window over the most recent
documents for streams that must run in bounded memory (``geokg extract``).
"""

from __future__ import annotations

import base64
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from hashlib import sha1
from pathlib import Path

import numpy as np

from .model import Document
from .normalize import fold_text

NUM_PERM = 64
SHINGLE = 3  # words per shingle
THRESHOLD = 0.5  # estimated Jaccard of shingle sets: wire copies score 0.6-1.0, other stories < 0.1
SAME_TEXT = 0.9  # at or above, a copy is not indexed itself: its story is found through the others
SEED = 20240618  # fixed: signatures must compare across runs
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """Word ``size``-grams of the folded text (the whole text when it is shorter)."""
    words = _WORD.findall(fold_text(text.casefold()))  # not normalize_token: its cache would keep every text
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(gram).encode("utf-8") for gram in zip(*(words[k:] for k in range(size)))}


_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))
BANDS, ROWS = 14, 4  # MinHashLSH(threshold=0.5, num_perm=64): 14 bands of 4 values


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch's ``a`` and ``b`` for ``SEED`` (the ``affine32`` scheme)."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature (``NUM_PERM`` uint32 values) of a text, or None for a text without
    words: SHA-1's first 32 bits of each shingle, the MurmurHash3 finalizer, then ``a * h + b``
    modulo 2^32 per permutation, the minimum over the shingles (datasketch's values)."""
    grams = shingles(text)
    if not grams:
        return None
    hv = np.frombuffer(b"".join([sha1(g).digest()[:4] for g in grams]), dtype="<u4").astype(np.uint32)
    s1, m1, s2, m2, s3 = _FMIX
    with np.errstate(over="ignore"):
        hv = hv ^ (hv >> s1)
        hv = hv * m1
        hv = hv ^ (hv >> s2)
        hv = hv * m2
        hv = (hv ^ (hv >> s3)).reshape(-1, 1)
        a, b = _permutations()
        return (hv * a + b).min(axis=0).astype(np.uint32)


def band_keys(values: np.ndarray) -> list[bytes]:
    """The LSH band keys of a signature: band number and its 4 values, as bytes."""
    raw = np.asarray(values, dtype=np.uint32)
    return [bytes([band]) + raw[band * ROWS : (band + 1) * ROWS].tobytes() for band in range(BANDS)]


class Bands:
    """An LSH index in dicts: ``MinHashLSH``'s ``insert``, ``remove`` and ``query`` over the same
    bands (two signatures are candidates when they agree on all 4 values of some band)."""

    def __init__(self) -> None:
        self.buckets: dict[bytes, set[str]] = {}
        self.keys: dict[str, list[bytes]] = {}

    def insert(self, key: str, values: np.ndarray) -> None:
        self.keys[key] = band_keys(values)
        for band in self.keys[key]:
            self.buckets.setdefault(band, set()).add(key)

    def remove(self, key: str) -> None:
        for band in self.keys.pop(key, ()):
            self.buckets[band].discard(key)

    def query(self, values: np.ndarray) -> list[str]:
        return list(set().union(*(self.buckets.get(band, ()) for band in band_keys(values))))


def document_text(document: Document) -> str:
    return "\n".join(document.text[s:e] for s, e in document.content_regions())


class StoryIndex:
    """Assigns each document to a story, across one run and, loaded from OUT/, across runs."""

    def __init__(self, threshold: float = THRESHOLD, max_documents: int | None = None):
        """``max_documents`` bounds memory on an endless stream: beyond it the oldest documents
        leave the index (retellings of a story usually follow it within days)."""
        self.threshold = threshold
        self.max_documents = max_documents
        self._lsh = Bands()
        self._signatures: dict[str, bytes] = {}
        self._stories: dict[str, str] = {}
        self._order: dict[str, int] = {}  # insertion order: on a tie the earlier document wins
        self._counter = 0

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._signatures

    def story_of(self, doc_id: str) -> str | None:
        return self._stories.get(doc_id)

    def add_signature(self, doc_id: str, story: str, values: np.ndarray, order: int | None = None) -> None:
        """Index a signature. ``order`` places a document indexed earlier (kept elsewhere and
        loaded only now) before every document added since: on a tie the earlier one wins."""
        if doc_id in self._signatures:
            self.remove(doc_id)
        self._lsh.insert(doc_id, values)
        self._signatures[doc_id] = values.astype(np.uint32).tobytes()
        self._stories[doc_id] = story
        if order is None:
            order, self._counter = self._counter, self._counter + 1
        self._order[doc_id] = order
        if self.max_documents is not None and len(self._order) > self.max_documents:
            self.remove(next(iter(self._order)))  # dicts keep insertion order: the oldest first

    def remove(self, doc_id: str) -> None:
        if doc_id in self._signatures:
            self._lsh.remove(doc_id)
            del self._signatures[doc_id]
            del self._stories[doc_id]
            del self._order[doc_id]

    def assign(self, document: Document, values: np.ndarray | None = None) -> Document:
        """Set ``document.story`` and ``document.duplicate_of`` and remember the document.
        ``values``: its signature, when it was computed elsewhere (the text may then be gone)."""
        if values is None:
            values = signature(document_text(document))
        self._before_assign(document, values)
        self.remove(document.id)  # a document read again replaces its earlier self
        if values is None:
            document.story, document.duplicate_of = document.id, None
            return document
        best: tuple[float, int, str] | None = None
        for other in self._lsh.query(values):
            other_values = np.frombuffer(self._signatures[other], dtype=np.uint32)
            similarity = float(np.count_nonzero(other_values == values)) / NUM_PERM
            rank = (similarity, -self._order[other], other)
            if similarity >= self.threshold and (best is None or rank > best):
                best = rank
        if best is None or self._stories[best[2]] == document.id:
            # A new story, or the first telling of a story read again: it stays the story's head.
            document.story, document.duplicate_of = document.id, None
        else:
            document.duplicate_of = best[2]
            document.story = self._stories[best[2]]
            if best[0] >= SAME_TEXT:
                # A copy adds nothing to find later retellings by, and a thousand copies of one
                # text in the index would make every query walk all of them.
                return document
        self.add_signature(document.id, document.story, values)
        return document

    def _before_assign(self, document: Document, values: np.ndarray | None) -> None:
        """Called before ``document`` is compared with its signature ``values``: an index that
        keeps its earlier documents elsewhere loads their candidates here."""

    def clear(self) -> None:
        """Forget everything (a build frees the index once it is saved, before writing the graph)."""
        self._lsh = Bands()
        self._signatures.clear()
        self._stories.clear()
        self._order.clear()

    # --- persistence: OUT/minhash.jsonl -------------------------------------------------------

    def records(self) -> Iterator[dict[str, str]]:
        for doc_id, raw in self._signatures.items():
            yield {"doc": doc_id, "story": self._stories[doc_id], "minhash": base64.b64encode(raw).decode("ascii")}

    def save(self, path: str | os.PathLike[str], keep: Iterable[str] | None = None) -> None:
        """Write one JSON line per document (id, story, signature); only ``keep`` ids if given."""
        wanted = set(keep) if keep is not None else None
        with open(path, "w", encoding="utf-8") as fh:
            for record in self.records():
                if wanted is None or record["doc"] in wanted:
                    fh.write(json.dumps(record, ensure_ascii=False) + "\n")

    def load(self, path: str | os.PathLike[str], progress: Callable[[int], object] | None = None) -> int:
        """Add the signatures a previous build saved; returns how many. A damaged line is skipped:
        its document then simply starts no story for later retellings. ``progress`` is told how
        many bytes of the file each line took."""
        count = 0
        file = Path(path)
        if not file.exists():
            return 0
        with file.open(encoding="utf-8") as fh:
            for line in fh:
                if progress is not None:
                    progress(len(line))  # signatures are ASCII: characters are bytes
                try:
                    record = json.loads(line)
                    values = np.frombuffer(base64.b64decode(record["minhash"]), dtype=np.uint32)
                    if values.shape != (NUM_PERM,):
                        continue
                    self.add_signature(str(record["doc"]), str(record.get("story") or record["doc"]), values)
                    count += 1
                except (ValueError, KeyError, TypeError):
                    continue
        return count
