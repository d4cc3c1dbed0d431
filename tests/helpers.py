"""Builders shared by the graph-stage tests: hand-made assertions with real contract objects."""

from __future__ import annotations

from geokg.extract.model import Argument, Assertion, Entity, Evidence


def make_assertion(doc, subject, relation, obj, text, lang="en", start=0, **extra) -> Assertion:
    """An assertion whose evidence is ``text`` at ``start``; ``obj`` may be an Entity or any object value."""
    target = Argument(obj, obj.label) if isinstance(obj, Entity) else obj
    return Assertion(
        doc=doc,
        subject=Argument(subject, subject.label),
        relation=relation,
        object=target,
        evidence=Evidence(text, start, start + len(text), lang),
        extractor="test/1",
        **extra,
    )
