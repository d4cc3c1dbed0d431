"""spaCy's ``attribute_ruler`` of ``en_core_web_sm``, applied per word from a table: component
``geokg_en_attributes``, in its place.

The model's attribute ruler (its tag map: each fine tag's part of speech and morphology, and some
word exceptions) runs a ``Matcher`` of 179 rules over every word of every Doc and makes a ``Span``
for each match: in geokg's English run it took as much CPU as the parser. Its rules here are of
one word, or two, and test only a word's tag, lower-cased text, dependency and whether it is white
space, so the rules of one word that hold for a word follow from those four values: they are
worked out once per combination and kept. Rules of two words are tried where their first word
holds. The attributes are then set as the ruler sets them: rules in their order, a later rule's
value over an earlier one's, all matched before any is set. A rule of another shape (an operator,
another attribute, three words) leaves the model's ruler in place (``ensure_analysis``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

__all__ = ["COMPONENT_NAME", "RULER", "Rules", "TableAttributes", "Unsupported", "compile_rules"]

COMPONENT_NAME = "geokg_en_attributes"
RULER = "attribute_ruler"  # the name of spaCy's attribute ruler in its trained English pipelines
# The word attributes a rule may test, in the order of a word's key (``Doc.to_array``'s columns)
_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_COLUMNS = [TAG, LOWER, DEP, IS_SPACE]
_CACHE_SIZE = 50_000

# A test of one word: its key (tag, lower, dep, is_space ids) -> holds
WordTest = Callable[[tuple[int, int, int, int]], bool]
# A word's key holds its lower-cased text only where a rule names it (or a rule's pattern finds
# it): any other stands for all the others, so that the table has a row per tag, dependency and
# named word, not per word of the language.
_OTHER = 1


class Unsupported(ValueError):
    """A rule this table cannot apply as the ruler does."""


@dataclass
class Rules:
    """The ruler's rules compiled: (rule, index, word tests) of one word and of two, each rule's
    attributes (normalised as the ruler keeps them), the lower-cased words the rules name and
    their patterns on lower-cased words."""

    singles: list[tuple[int, int, list[WordTest]]] = field(default_factory=list)
    pairs: list[tuple[int, int, list[WordTest]]] = field(default_factory=list)
    attrs: list[dict] = field(default_factory=list)
    lowers: set[int] = field(default_factory=set)
    patterns: list[re.Pattern] = field(default_factory=list)


@Language.factory(
    COMPONENT_NAME, requires=["token.tag", "token.dep"], assigns=["token.pos", "token.morph", "token.lemma"]
)
def make_table_attributes(nlp: Language, name: str) -> TableAttributes:
    # The ruler's rules are read at the first Doc, not here: when a saved pipeline is loaded, the
    # components are made before any reads its data from disk, and the ruler has no rules yet.
    return TableAttributes(lambda: compile_rules(nlp.get_pipe(RULER), nlp.vocab.strings), nlp.vocab.strings)


def _value_test(value: object, strings: StringStore, column: int, rules: Rules) -> Callable[[int], bool]:
    """A test of one attribute's id: a plain value, ``IN``, ``NOT_IN`` or ``REGEX`` (the lower-cased
    words it names, and its pattern on them, noted on ``rules``)."""
    lower = column == LOWER
    if isinstance(value, bool) or not isinstance(value, (str, dict)):
        wanted = int(value)
        return lambda v: v == wanted
    if isinstance(value, str):
        wanted = get_string_id(value)
        rules.lowers.update([wanted] if lower else ())
        return lambda v: v == wanted
    if len(value) != 1:
        raise Unsupported(value)
    ((op, arg),) = value.items()
    if op in ("IN", "NOT_IN"):
        ids = frozenset(get_string_id(v) for v in arg)
        rules.lowers.update(ids if lower else ())
        return (lambda v: v in ids) if op == "IN" else (lambda v: v not in ids)
    if op == "REGEX" and column != IS_SPACE:
        pattern = re.compile(arg)
        rules.patterns.extend([pattern] if lower else ())
        return lambda v: v != _OTHER and bool(pattern.search(strings[v]))
    raise Unsupported(value)


def _word_test(spec: dict, strings: StringStore, rules: Rules) -> WordTest:
    """A test of one word's key for one word of a rule's pattern."""
    if not set(spec) <= set(_KEYS):
        raise Unsupported(spec)
    tests = [(at, _value_test(spec[k], strings, _COLUMNS[at], rules)) for at, k in enumerate(_KEYS) if k in spec]
    return lambda key: all(test(key[at]) for at, test in tests)


def compile_rules(ruler: AttributeRuler, strings: StringStore) -> Rules:
    """The ruler's rules; ``Unsupported`` for a rule of another shape."""
    rules = Rules(attrs=list(ruler.attrs))
    for rule, entry in enumerate(ruler.patterns):
        index = entry.get("index", 0)
        for pattern in entry["patterns"]:
            tests = [_word_test(spec, strings, rules) for spec in pattern]
            if len(tests) not in (1, 2) or not -len(tests) <= index < len(tests):
                raise Unsupported(pattern)
            (rules.singles if len(tests) == 1 else rules.pairs).append((rule, index % len(tests), tests))
    if _OTHER in rules.lowers:
        raise Unsupported(strings[_OTHER])
    return rules


class TableAttributes:
    """spaCy component: the attribute ruler's rules applied from a table of word keys."""

    def __init__(self, rules: Callable[[], Rules], strings: StringStore):
        self._compile = rules
        self._rules: Rules | None = None
        self.strings = strings
        # a lower-cased word's id -> itself where a rule may hold for it, else ``_OTHER``
        self.lowers: dict[int, int] = {}
        # word key -> (its rules of one word, the rules of two whose first word it holds)
        self.table: dict[tuple[int, int, int, int], tuple[tuple[int, ...], tuple[int, ...]]] = {}
        # rules that hold for a word, in order -> their attributes merged, a later rule's over
        self.merged: dict[tuple[int, ...], dict] = {}

    def compile(self) -> Rules:
        """The ruler's rules, compiled once: when the pipeline is built, or at the first Doc."""
        if self._rules is None:
            self._rules = self._compile()
        return self._rules

    rules = property(compile)

    def _key(self, tag: int, lower: int, dep: int, space: int) -> tuple[int, int, int, int]:
        named = self.lowers.get(lower)
        if named is None:
            if len(self.lowers) >= _CACHE_SIZE:
                self.lowers.clear()
            text = self.strings[lower]
            kept = lower in self.rules.lowers or any(p.search(text) for p in self.rules.patterns)
            named = self.lowers[lower] = lower if kept else _OTHER
        return tag, named, dep, space

    def _entry(self, key: tuple[int, int, int, int]) -> tuple[tuple[int, ...], tuple[int, ...]]:
        entry = self.table.get(key)
        if entry is None:
            if len(self.table) >= _CACHE_SIZE:
                self.table.clear()
            rules = tuple(sorted({rule for rule, _, (test,) in self.rules.singles if test(key)}))
            firsts = tuple(n for n, (_, _, tests) in enumerate(self.rules.pairs) if tests[0](key))
            entry = self.table[key] = (rules, firsts)
        return entry

    def _attributes(self, rules: tuple[int, ...]) -> dict:
        attrs = self.merged.get(rules)
        if attrs is None:
            attrs = {}
            for rule in rules:
                attrs.update(self.rules.attrs[rule])
            self.merged[rules] = attrs
        return attrs

    def __call__(self, doc: Doc) -> Doc:
        keys = [self._key(*row) for row in doc.to_array(_COLUMNS).tolist()]
        rules = [self._entry(key) for key in keys]
        extra: dict[int, set[int]] = {}
        for i, (_, firsts) in enumerate(rules):
            for n in firsts:
                rule, index, tests = self.rules.pairs[n]
                if i + 1 < len(keys) and tests[1](keys[i + 1]):
                    extra.setdefault(i + index, set()).add(rule)
        for i, (own, _) in enumerate(rules):
            held = tuple(sorted(extra[i].union(own))) if i in extra else own
            if held:
                set_token_attrs(doc[i], self._attributes(held))
        return doc
