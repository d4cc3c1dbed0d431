"""English rules, stage 3: reporting and attribution.

Whose claim is an event? Read along its clause path (``clauses_en.clause_path``): a reporting,
allegation or denial verb whose complement the event's clause is ("Kenya said Uganda attacked",
"Iran denied that it had supplied drones") makes it reported (alleged, for an allegation verb),
attributed to that verb's subject; "according to X" attributes it to X. The first source found
going up is the one kept. "X said Y did Z" is thus Y→Z, reported, attributed to X: the speaker is
never the agent of what is said.
"""

from __future__ import annotations

from dataclasses import dataclass

from .clauses_en import Step
from .lexicon_en import EnglishLexicon
from .model import Entity
from .phrases_en import SUBJ, Phrases

__all__ = ["Report", "report"]


@dataclass(frozen=True)
class Report:
    """Who an event is attributed to, and how: ``asserted`` (the text's own), ``reported`` or
    ``alleged``."""

    modality: str = "asserted"
    attributed_to: Entity | None = None


def report(path: tuple[Step, ...], phrases: Phrases) -> Report:
    """The attribution of the event at the foot of ``path``."""
    lex = phrases.lex
    modality = "asserted"
    attributed: Entity | None = None
    for step in path:
        if attributed is None:
            source = _according_to(step, phrases)
            if source is not None:
                attributed, modality = source, "reported"
        if step.exit != "ccomp":
            continue
        head = step.token.head
        lemma = head.lemma_.lower()
        if not _reports(lemma, lex):
            continue
        # "Iran denied that it had supplied drones": a negated claim the denier makes
        if lemma in lex.allegation:
            modality = "alleged"
        elif modality == "asserted":
            modality = "reported"
        speaker = [c for c in head.children if c.dep_ in SUBJ]
        if attributed is None and speaker:
            srcs = phrases.expand(speaker)
            if srcs:
                attributed = srcs[0].entity
    return Report(modality, attributed)


def _reports(lemma: str, lex: EnglishLexicon) -> bool:
    return lemma in lex.reporting or lemma in lex.allegation or lemma in lex.denial


def _according_to(step: Step, phrases: Phrases) -> Entity | None:
    for c in step.token.children:
        if c.dep_ == "prep" and c.lower_ == "according":
            src = [p for x in c.children for p in x.children if p.dep_ == "pobj"]
            srcs = phrases.expand(src)
            if srcs:
                return srcs[0].entity
    return None
