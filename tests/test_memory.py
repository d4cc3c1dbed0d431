"""Memory stays bounded on endless input, in both languages: past its vocabulary budget, every
batch runs in a spaCy memory zone, so the strings of new words do not pile up.

10,000 documents per language, each with words no other document has (made-up names and codes,
written for this test), through the real pipelines.
"""

from __future__ import annotations

import random

import pytest
from geokg.extract.model import Document
from geokg.extract.pipeline import Extractor, ModelNotInstalled, make_english_nlp

DOCUMENTS = 10_000
BUDGET = 2_000  # small, so the zones start early in the run

LETTERS = {"ar": "بتثجحخدذرزسشصضطظعغفقكلمنهوي", "en": "bcdfghjklmnprstvwz"}
FRAME = {
    "ar": "وافتتحت الشركة {a} مصنعا جديدا في مدينة {b} برمز {c}.",
    "en": "The company {a} opened a plant in {b} under code {c}.",
}


def stream(lang: str, seed: int = 5):
    rng = random.Random(seed)

    def word() -> str:
        return "".join(rng.choice(LETTERS[lang]) for _ in range(7))

    for k in range(DOCUMENTS):
        text = FRAME[lang].format(a=word().title() if lang == "en" else word(), b=word(), c=f"{k:05d}{word()}")
        yield Document(id=f"{lang}-{k}", text=text, date="2024-06-18", lang=lang)


def vocabulary_sizes(extractor: Extractor, lang: str) -> tuple[int, int, int]:
    """Strings in the pipeline's vocabulary after its first batch, at half the run and at its end."""
    sizes = []
    for k, _ in enumerate(extractor.extract(stream(lang))):
        if k in (0, DOCUMENTS // 2, DOCUMENTS - 1):
            sizes.append(len((extractor.nlp_ar if lang == "ar" else extractor.nlp_en).vocab.strings))
    return tuple(sizes)  # type: ignore[return-value]


def test_the_arabic_vocabulary_stays_flat():
    first, half, end = vocabulary_sizes(Extractor(vocab_budget=BUDGET), "ar")
    assert half == end  # flat from the middle of the run on
    assert end - first < BUDGET + 2_000  # the budget, and one batch's worth past it


def test_the_english_vocabulary_stays_flat():
    try:
        english = make_english_nlp()
    except ModelNotInstalled as exc:  # pragma: no cover - the English model is a dependency
        pytest.skip(str(exc))
    first, half, end = vocabulary_sizes(Extractor(english=english, vocab_budget=BUDGET), "en")
    assert half == end
    assert end - first < BUDGET + 2_000
