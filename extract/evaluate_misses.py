"""Why gold relations were missed, in counts only: ``geokg evaluate FILE --misses``.

Every gold relation of a relation gold file that no prediction matches strictly is put in one
class: whether both of its actors are among the document's mentions, or the subject, the object
or both are missing (a miss of linking or of entities, not of the relation); for Arabic, whether a
trigger of the gold CAMEO root occurs in the sentence (the lexicon's trigger index); and whether
some prediction joins the two actors with another code or the other way round. The classes are
counted per half and by CAMEO root. Nothing else is printed, never a sentence nor an id, so the
counts may be read on the check half too (docs/quality.md: tune half and check half).

>>> key = MissKey("subject missing", None, False)
>>> format_misses({"tune": MissCounts("tune", {key: Counter({"xx": 2})})}, "gold.jsonl")
'misses in gold.jsonl (half tune): 2 gold relations missed (strict)\\n     2  subject missing  xx:2\\n'
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .evaluate import HALVES, GoldDocument, GoldEvent, score_document
from .evaluate_actors import ActorMatcher
from .model import Assertion, Entity

__all__ = [
    "ArabicTriggers",
    "EnglishTriggers",
    "MissCounts",
    "MissKey",
    "actors_class",
    "count_misses",
    "file_misses",
    "format_misses",
    "joins_actors",
]

ACTOR_CLASSES = ("both found", "subject missing", "object missing", "both missing")


@dataclass(frozen=True)
class MissKey:
    actors: str  # one of ACTOR_CLASSES
    trigger: bool | None  # a trigger of the gold root in the sentence (None: not looked for)
    joined: bool  # a prediction joins the two actors with another code or way

    def label(self) -> str:
        parts = [self.actors]
        if self.trigger is not None:
            parts.append("trigger of root" if self.trigger else "no trigger of root")
        if self.joined:
            parts.append("joined with another code or way")
        return ", ".join(parts)


@dataclass
class MissCounts:
    """The misses of one half: per class, the count by gold CAMEO root."""

    half: str
    by_key: dict[MissKey, Counter[str]] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(sum(c.values()) for c in self.by_key.values())

    def add(self, key: MissKey, root: str) -> None:
        self.by_key.setdefault(key, Counter())[root] += 1

    def ordered(self) -> list[tuple[MissKey, Counter[str]]]:
        """The classes, largest first (ties by label, so the output is stable)."""
        return sorted(self.by_key.items(), key=lambda kv: (-sum(kv[1].values()), kv[0].label()))

    def to_json(self) -> dict[str, Any]:
        classes = [
            {
                "actors": k.actors,
                "trigger": k.trigger,
                "joined": k.joined,
                "count": sum(c.values()),
                "by_root": dict(sorted(c.items())),
            }
            for k, c in self.ordered()
        ]
        return {"half": self.half, "missed": self.total, "classes": classes}


# --- one missed relation --------------------------------------------------------------------------


def actors_class(ev: GoldEvent, entities: list[Entity], matcher: ActorMatcher) -> str:
    """Which of the gold actors are among the entities mentioned (an absent gold actor is found)."""
    subject = not ev.subject or any(matcher.matches(e, ev.subject) for e in entities)
    obj = not ev.object or any(matcher.matches(e, ev.object) for e in entities)
    return ACTOR_CLASSES[(not subject) + 2 * (not obj)]


def _entity(x: Any) -> Entity | None:
    return getattr(x, "entity", None) if x is not None else None


def joins_actors(ev: GoldEvent, assertions: list[Assertion], matcher: ActorMatcher) -> bool:
    """Whether some prediction has the gold actors as its subject and object, either way round."""
    if not ev.subject or not ev.object:
        return False
    for a in assertions:
        s, o = _entity(a.subject), _entity(a.object)
        if s is None or o is None:
            continue
        if matcher.matches(s, ev.subject) and matcher.matches(o, ev.object):
            return True
        if matcher.matches(s, ev.object) and matcher.matches(o, ev.subject):
            return True
    return False


class ArabicTriggers:
    """The CAMEO roots whose Arabic triggers occur in a text (the lexicon's trigger index)."""

    def __init__(self, extractor: Any):
        from .lexicon_ar import compile_lexicon

        self.nlp = extractor.nlp_ar
        self.lexicon = compile_lexicon(extractor.ontology)

    def roots(self, text: str) -> set[str]:
        norms = [t.norm_ for t in self.nlp(text)]
        out = set()
        for match in self.lexicon.triggers.find_all(norms):
            rel = self.lexicon.relations.get(match.key)
            if rel is not None and rel.cameo_root:
                out.add(rel.cameo_root)
        return out


class EnglishTriggers:
    """The CAMEO roots whose English triggers occur in a text, by lemma: a trigger's words in a
    row ("condemned", "called for"), or a frame's verb with the frame's noun anywhere in the text
    ("imposed ... sanctions"). Words only, as the Arabic index: whether the rules then took the
    word as a trigger is another question (the stage tracers answer it)."""

    def __init__(self, extractor: Any):
        from .relations_en import COMPONENT_NAME

        self.nlp = extractor.nlp_en
        self.lexicon = self.nlp.get_pipe(COMPONENT_NAME).rules.lex
        # (lemmas need the tagger and the parser, not the entities and relations)
        self.disabled = [n for n in ("ner", "geokg_en_linker", COMPONENT_NAME) if n in self.nlp.pipe_names]

    def roots(self, text: str) -> set[str]:
        with self.nlp.select_pipes(disable=self.disabled):
            lemmas = [t.lemma_.lower() for t in self.nlp(text)]
        present = set(lemmas)
        names: list[str] = []
        for i, lemma in enumerate(lemmas):
            names += [
                rel for words, rel in self.lexicon.triggers.get(lemma, ()) if tuple(lemmas[i : i + len(words)]) == words
            ]
            frames = self.lexicon.frames.get(lemma)
            if frames is not None:
                names += [f.relation for noun, fs in frames.by_noun.items() if noun in present for f in fs]
        relations = (self.lexicon.relations.get(n) for n in names)
        return {r.cameo_root for r in relations if r is not None and r.cameo_root}


# --- a file ---------------------------------------------------------------------------------------


def _document_keys(
    gd: GoldDocument, result: Any, matcher: ActorMatcher, triggers: ArabicTriggers | EnglishTriggers | None
):
    missed = [ev for _, _, gone, _ in score_document(gd, result.assertions, matcher).errors for ev in gone]
    if not missed:
        return []
    entities = [m.entity for m in result.mentions]
    roots = triggers.roots(gd.document.text) if triggers is not None else None
    return [
        (
            MissKey(
                actors_class(ev, entities, matcher),
                None if roots is None else ev.root in roots,
                joins_actors(ev, result.assertions, matcher),
            ),
            ev.root,
        )
        for ev in missed
    ]


def count_misses(
    gold: Iterable[GoldDocument],
    results: dict[str, Any],
    matcher: ActorMatcher | None = None,
    triggers: dict[str, ArabicTriggers | EnglishTriggers] | None = None,
) -> dict[str, MissCounts]:
    """The misses of each half (tune, check, all); ``results``: extraction results by document
    id (``assertions`` and ``mentions``); ``triggers``: by language, what looks for roots in a
    document of it (none: the trigger is not looked for)."""
    matcher = matcher or ActorMatcher()
    out = {h: MissCounts(h) for h in HALVES}
    for gd in gold:
        result = results[gd.document.id]
        finder = (triggers or {}).get(result.document.lang)
        for key, root in _document_keys(gd, result, matcher, finder):
            out[gd.half].add(key, root)
            out["all"].add(key, root)
    return out


def file_misses(
    gold: Iterable[GoldDocument], extractor: Any, results: dict[str, Any] | None = None
) -> dict[str, MissCounts]:
    """Count the misses of each half: of ``results`` (extraction results by document id, as
    ``evaluate.extract_results`` gives) when the gold documents were already run, else of a run of
    the extractor over them."""
    gold = list(gold)
    if results is None:
        results = {r.document.id: r for r in extractor.extract([gd.document for gd in gold])}
    langs = {r.document.lang for r in results.values()}
    kinds = {"ar": ArabicTriggers, "en": EnglishTriggers}
    return count_misses(gold, results, triggers={lang: kinds[lang](extractor) for lang in langs if lang in kinds})


def format_misses(halves: dict[str, MissCounts], path: Any) -> str:
    """The text: for each half given, the misses and a line per class with its count by root."""
    lines = []
    for h, counts in halves.items():
        lines.append(f"misses in {path} (half {h}): {counts.total} gold relations missed (strict)")
        for key, roots in counts.ordered():
            by_root = " ".join(f"{r}:{n}" for r, n in sorted(roots.items()))
            lines.append(f"  {sum(roots.values()):4d}  {key.label()}  {by_root}")
    return "\n".join(lines) + "\n"
