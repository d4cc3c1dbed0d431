"""The data model every stage shares: documents, entities, mentions, assertions.

These classes are the in-memory form of CONTRACT §1, §2 and §2b. ``to_json`` gives the exact
JSON objects the contract specifies; ``from_json`` reads them back (the graph stage and
``geokg build --update`` rebuild graphs from ``assertions.jsonl``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Any, Literal

SCHEMA_VERSION = 1

Polarity = Literal["affirmed", "negated"]
Modality = Literal["asserted", "reported", "alleged", "expected", "hypothetical"]
POLARITIES: tuple[str, ...] = ("affirmed", "negated")
MODALITIES: tuple[str, ...] = ("asserted", "reported", "alleged", "expected", "hypothetical")


@dataclass(frozen=True)
class Entity:
    """A known actor or place: a Wikidata QID where verified, else a local id not starting with Q."""

    id: str
    label: str
    type: str
    labels: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    country: str | None = None
    sector: str | None = None

    def to_json(self, text: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "label": self.label,
            "labels": dict(self.labels),
            "type": self.type,
            "country": self.country,
            "sector": self.sector,
        }
        if text is not None:
            out["text"] = text
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Entity:
        return cls(
            id=data["id"],
            label=data.get("label") or data["id"],
            type=data.get("type") or "Entity",
            labels=dict(data.get("labels") or {}),
            country=data.get("country"),
            sector=data.get("sector"),
        )

    @property
    def is_wikidata(self) -> bool:
        return self.id[:1] == "Q" and self.id[1:].isdigit()


@dataclass
class Document:
    """One article. ``start``/``end`` locate it inside the input's text (offsets stay input-relative)."""

    id: str
    text: str  # the full input text (the file's decoded text or the JSONL ``text``)
    start: int = 0
    end: int | None = None
    date: str | None = None  # ISO 8601 publication date
    lang: str | None = None  # "ar" or "en"
    url: str | None = None
    source: str | None = None
    title: str | None = None
    input_id: str | None = None  # the input's id when a page was split into several documents
    origin: str | None = None  # file path (and line) it came from, for error messages
    # Paragraph spans (input offsets) that carry article text; furniture lines are left out.
    # Empty means the whole [start, end) span.
    regions: tuple[tuple[int, int], ...] = ()
    # Near-duplicates (extract/dedup.py): the story this document tells, named by the id of the
    # first document that told it, and that document's id when this one is a retelling.
    story: str | None = None
    duplicate_of: str | None = None

    def __post_init__(self) -> None:
        if self.end is None:
            self.end = len(self.text)

    @property
    def body(self) -> str:
        return self.text[self.start : self.end]

    def content_regions(self) -> tuple[tuple[int, int], ...]:
        return self.regions or ((self.start, self.end or len(self.text)),)

    def provenance_json(self) -> dict[str, Any]:
        return {
            k: v
            for k, v in {
                "id": self.id,
                "date": self.date,
                "lang": self.lang,
                "url": self.url,
                "source": self.source,
                "title": self.title,
                "input_id": self.input_id,
                # Only for a retelling: a document that starts its own story is its own story.
                "story": self.story if self.story != self.id else None,
                "duplicate_of": self.duplicate_of,
            }.items()
            if v is not None
        }

    @classmethod
    def from_provenance_json(cls, data: dict[str, Any]) -> Document:
        """A document as ``documents.jsonl`` keeps it: provenance only, no text."""
        return cls(
            id=str(data["id"]),
            text="",
            date=data.get("date"),
            lang=data.get("lang"),
            url=data.get("url"),
            source=data.get("source"),
            title=data.get("title"),
            input_id=data.get("input_id"),
            story=data.get("story") or str(data["id"]),
            duplicate_of=data.get("duplicate_of"),
        )

    def without_text(self) -> Document:
        """The provenance alone: what a build keeps of a document once it has been extracted,
        so that memory grows with the number of documents, not with their text."""
        return replace(self, text="", start=0, end=0, regions=())


@dataclass(frozen=True)
class Mention:
    """A recognised and linked name: ``text == input_text[start:end]``, clitics excluded."""

    doc: str
    entity: Entity
    text: str
    start: int
    end: int
    lang: str

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Mention:
        return cls(
            doc=str(data["doc"]),
            entity=Entity.from_json(data),
            text=data.get("text", ""),
            start=int(data.get("start", 0)),
            end=int(data.get("end", 0)),
            lang=data.get("lang", ""),
        )

    def to_json(self) -> dict[str, Any]:
        e = self.entity
        return {
            "schema_version": SCHEMA_VERSION,
            "doc": self.doc,
            "id": e.id,
            "label": e.label,
            "type": e.type,
            "country": e.country,
            "sector": e.sector,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "lang": self.lang,
        }


@dataclass(frozen=True)
class Evidence:
    text: str
    start: int
    end: int
    lang: str

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "lang": self.lang}


@dataclass(frozen=True)
class TimeSpan:
    start: str | None
    end: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True)
class Argument:
    """One end of an assertion: an entity as it was written (``text``, offsets into the input)."""

    entity: Entity
    text: str
    start: int | None = None
    end: int | None = None
    # The date an office title or a surname was resolved to its holder at, when the document
    # gives no date (the run date); None otherwise (CONTRACT §2).
    as_of: str | None = None

    def to_json(self) -> dict[str, Any]:
        out = self.entity.to_json(text=self.text)
        if self.as_of is not None:
            out["as_of"] = self.as_of
        return out


@dataclass(frozen=True)
class AssertionRef:
    """The object of an assertion about an assertion."""

    assertion: str

    def to_json(self) -> dict[str, Any]:
        return {"assertion": self.assertion}


@dataclass(frozen=True)
class LiteralValue:
    literal: str

    def to_json(self) -> dict[str, Any]:
        return {"literal": self.literal}


ObjectValue = Argument | AssertionRef | LiteralValue | None


@dataclass
class Assertion:
    doc: str
    subject: Argument
    relation: str
    object: ObjectValue
    evidence: Evidence
    extractor: str
    cameo: str | None = None
    plover: str | None = None
    quad: int | None = None
    goldstein: float | None = None
    wikidata_property: str | None = None
    polarity: str = "affirmed"
    modality: str = "asserted"
    attributed_to: Entity | None = None
    time: TimeSpan | None = None
    confidence: float = 0.5
    id: str = ""
    # The story of the assertion's document when that document retells a story first told by
    # another (Document.story); not part of the id. Evidence counts once per source and story.
    story: str | None = None

    def __post_init__(self) -> None:
        if not self.id:
            self.id = self.compute_id()

    def object_key(self) -> str:
        o = self.object
        if isinstance(o, Argument):
            return o.entity.id
        if isinstance(o, AssertionRef):
            return "assertion:" + o.assertion
        if isinstance(o, LiteralValue):
            return "literal:" + o.literal
        return ""

    def compute_id(self) -> str:
        """Deterministic: document, sentence span, subject, relation, object, extractor version."""
        key = "\x1f".join(
            [
                self.doc,
                str(self.evidence.start),
                str(self.evidence.end),
                self.subject.entity.id,
                self.relation,
                self.object_key(),
                self.extractor,
            ]
        )
        return "a" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]

    @property
    def is_fact(self) -> bool:
        """Only affirmed, asserted assertions become direct triples in the graph."""
        return self.polarity == "affirmed" and self.modality == "asserted"

    def to_json(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "doc": self.doc,
            "subject": self.subject.to_json(),
            "relation": self.relation,
            "cameo": self.cameo,
            "plover": self.plover,
            "quad": self.quad,
            "goldstein": self.goldstein,
            "wikidata_property": self.wikidata_property,
            "object": self.object.to_json() if self.object is not None else None,
            "polarity": self.polarity,
            "modality": self.modality,
            "attributed_to": self.attributed_to.to_json() if self.attributed_to else None,
            "time": self.time.to_json() if self.time else None,
            "confidence": round(self.confidence, 3),
            "evidence": self.evidence.to_json(),
            "extractor": self.extractor,
        } | ({"story": self.story} if self.story is not None else {})

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Assertion:
        obj_data = data.get("object")
        obj: ObjectValue
        if obj_data is None:
            obj = None
        elif "assertion" in obj_data:
            obj = AssertionRef(obj_data["assertion"])
        elif "literal" in obj_data:
            obj = LiteralValue(obj_data["literal"])
        else:
            obj = Argument(Entity.from_json(obj_data), obj_data.get("text", ""))
        subj = data["subject"]
        ev = data["evidence"]
        time = data.get("time")
        attr = data.get("attributed_to")
        return cls(
            id=data["id"],
            doc=data["doc"],
            subject=Argument(Entity.from_json(subj), subj.get("text", "")),
            relation=data["relation"],
            object=obj,
            evidence=Evidence(ev["text"], ev["start"], ev["end"], ev.get("lang", "")),
            extractor=data.get("extractor", ""),
            cameo=data.get("cameo"),
            plover=data.get("plover"),
            quad=data.get("quad"),
            goldstein=data.get("goldstein"),
            wikidata_property=data.get("wikidata_property"),
            polarity=data.get("polarity", "affirmed"),
            modality=data.get("modality", "asserted"),
            attributed_to=Entity.from_json(attr) if attr else None,
            time=TimeSpan(time.get("start"), time.get("end")) if time else None,
            confidence=float(data.get("confidence", 0.5)),
            story=data.get("story"),
        )
