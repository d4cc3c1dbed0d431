"""English lemmas mended where spaCy's rule lemmatizer strips a silent "e": component
``geokg_en_lemmas``, right after ``en_core_web_sm``'s ``lemmatizer``.

The rule lemmatizer of ``en_core_web_sm`` 3.8 reads "staged", "staging" and "stages" as forms of
"stag" wherever both "stage" and "stag" are verbs in its index (of the rules that find a known
verb, the last wins): "staged protests" lost its trigger, "waged war" became "wag war", "hopes to"
became "hop to". Spelling decides: a one-syllable stem of consonant, vowel, consonant doubles
that consonant before -ed and -ing ("hop": "hopped", "hopping"), so no form a rule yields from it
by dropping a plain ending is the stem's. The component lemmatises a verb the lemmatizer read as
such a stem again, with the same rules and tables but without those stems among the known verbs
("hoped": "hope"; "hops" and the exceptions' "hopped" stay "hop").

The lemmatizer's own tables are left alone, so a pipeline without this component keeps spaCy's
lemmas. ``make_english_nlp`` adds it; so do geokg's English linker and relation component
(``entities_en.ensure_analysis``) when they are added to a plain ``spacy.load("en_core_web_sm")``, so both routes read
the same lemmas.
"""

from __future__ import annotations

import re

from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc

__all__ = ["COMPONENT_NAME", "LEMMATIZER", "LemmaMending", "doubling_stems"]

COMPONENT_NAME = "geokg_en_lemmas"
LEMMATIZER = "lemmatizer"  # the name of spaCy's lemmatizer in its trained English pipelines
# A one-syllable stem of consonant, vowel, consonant doubles that consonant before -ed and -ing
_CVC_STEM = re.compile(r"^[^aeiouy]*[aeiou][^aeiouwxy]$")


def doubling_stems(verbs: set[str]) -> set[str]:
    """The known verbs that are a doubling stem of another known verb in -e ("hop" of "hope").

    >>> sorted(doubling_stems({"hop", "hope", "stag", "stage", "agree", "plan"}))
    ['hop', 'stag']
    """
    return {v[:-1] for v in verbs if v.endswith("e") and v[:-1] in verbs and _CVC_STEM.match(v[:-1])}


@Language.factory(
    COMPONENT_NAME,
    requires=["token.lemma"],
    assigns=["token.lemma"],
    default_config={"lemmatizer": LEMMATIZER},
)
def make_lemma_mending(nlp: Language, name: str, lemmatizer: str) -> LemmaMending:
    """After the rule lemmatizer named ``lemmatizer``: a verb it read as a doubling stem is
    lemmatised again without the stems ("waged": "wage", not "wag"). No such component in the
    pipeline: nothing to mend."""
    return LemmaMending(nlp.get_pipe(lemmatizer) if lemmatizer in nlp.component_names else None)


class LemmaMending:
    """spaCy component: the lemmatizer's rules over its own tables without the doubling stems,
    for the verbs it lemmatised as one. Its state (the mended tables) is derived from the
    lemmatizer's on first use, so a saved pipeline needs nothing of its own saved."""

    def __init__(self, lemmatizer: Lemmatizer | None):
        self.lemmatizer = lemmatizer
        self._mended: Lemmatizer | None = None
        # the stems' string ids (hashes: nothing added to a vocabulary, inside a memory zone too);
        # a set: numpy.isin costs about 30 µs a Doc, a set test of the lemmas' list about 4
        self._stems: frozenset[int] = frozenset()

    def __call__(self, doc: Doc) -> Doc:
        if self.lemmatizer is None or getattr(self.lemmatizer, "mode", None) != "rule":
            return doc
        if self._mended is None:
            self._mend()
        lemmas = doc.to_array(LEMMA).tolist()
        if self._stems.isdisjoint(lemmas):
            return doc  # (nearly every Doc)
        for i in (i for i, lemma in enumerate(lemmas) if lemma in self._stems):
            token = doc[i]
            if token.pos_ == "VERB":
                token.lemma_ = self._mended.rule_lemmatize(token)[0]
        return doc

    def _mend(self) -> None:
        """A lemmatizer like the pipeline's, over a copy of its tables whose verb index leaves
        the doubling stems out (the lemmatizer's tables are loaded by then, also from disk)."""
        source = self.lemmatizer
        tables = Lookups()
        for name in source.lookups.tables:
            tables.add_table(name, dict(source.lookups.get_table(name).items()))
        index = tables.get_table("lemma_index") if tables.has_table("lemma_index") else None
        verbs = list(index.get("verb") or ()) if index is not None else []
        stems = doubling_stems(set(verbs))
        if index is not None and stems:
            index["verb"] = [v for v in verbs if v not in stems]
        self._mended = type(source)(source.vocab, None, mode="rule")
        self._mended.lookups = tables
        self._stems = frozenset(get_string_id(s) for s in stems)
