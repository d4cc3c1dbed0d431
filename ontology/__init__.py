"""geokg's ontology: relations, entity classes and cue words, read from the Turtle files.

The Turtle files in this folder are the single source of truth; this module gives typed access to
them. ``load_ontology()`` parses them once per process (rdflib) and caches a compiled JSON form
under the user cache directory, keyed by the files' hash, so later processes start fast.

Typical use::

    from geokg.ontology import load_ontology

    onto = load_ontology()
    visit = onto.relation("visits")            # Relation(cameo="042", plover="CONSULT", ...)
    visit.triggers["ar"]                       # ("حل/يحل ضيفا على", ..., "زيارة", "جولة")
    onto.cues("NegationCue", "ar")             # ("أنكر/ينكر", ..., "لا", "لم", "لن", "ما")
    onto.month_names("ar")["حزيران"]          # 6
    onto.frames("en", "imposesSanctionsOn")   # (Frame(verb="impose", noun_class="SanctionEvents"), ...)

This module must not import ``geokg.extract`` or ``geokg.graph`` (data flows one way).
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Literal

from rdflib import OWL, RDF, RDFS, SKOS, Graph, URIRef
from rdflib import Literal as RDFLiteral

from .coding import SPOKEN_ACTS, UNDIRECTED_SCOPES, EventCoding, event_coding
from .frames import Frame, compile_frames, frames_from_json
from .vocab import GK, GKDOC, GKID, GKS, GKSH, MODALITY_IRIS, POLARITY_IRIS, WD, WDT

__all__ = [
    "DATA_DIR",
    "EXTRA_PATHS",
    "GK",
    "GKDOC",
    "GKID",
    "GKS",
    "GKSH",
    "LEXICON_PATH",
    "MODALITY_IRIS",
    "ONTOLOGY_PATH",
    "POLARITY_IRIS",
    "SHAPES_PATH",
    "SectorSet",
    "sector_groups",
    "TRIGGERS_EN_PATH",
    "WD",
    "WDT",
    "CUE_LISTS",
    "Cue",
    "CueListNames",
    "CueSet",
    "EntityClass",
    "EventCoding",
    "Frame",
    "Ontology",
    "OntologyError",
    "Relation",
    "RelativeTime",
    "ValidationReport",
    "load_ontology",
    "validate",
]

PACKAGE_DIR = Path(__file__).resolve().parent
ONTOLOGY_PATH = PACKAGE_DIR / "geokg.ttl"
LEXICON_PATH = PACKAGE_DIR / "lexicon.ttl"
SHAPES_PATH = PACKAGE_DIR / "shapes.ttl"
# English triggers and frames converted from the peers' dictionaries (data/build_triggers_en.py).
TRIGGERS_EN_PATH = PACKAGE_DIR / "triggers_en.ttl"
# Read beside geokg.ttl and lexicon.ttl where present; a file added here is also what a saved
# pipeline saves and loads (``Ontology.sources``, ``Ontology.from_sources``).
EXTRA_PATHS: tuple[Path, ...] = (TRIGGERS_EN_PATH,)
DATA_DIR = PACKAGE_DIR / "data"

RelationKind = Literal["interaction", "standing"]
ObjectKind = Literal["entity", "entity_or_assertion", "none_or_place"]
OBJECT_KINDS: tuple[str, ...] = ("entity", "entity_or_assertion", "none_or_place", "optional_entity", "entity_or_place")
TIME_UNITS: tuple[str, ...] = ("day", "week", "month", "year")

# Bump when the layout of the compiled JSON changes: old cache files are then ignored.
_COMPILED_FORMAT = 6
_RELATION_ROOTS = {GK.interaction: "interaction", GK.standingRelation: "standing"}
_ENTITY_ROOTS = (GK.Actor, GK.Place, GK.Office)
# gk:arTrigger, gk:enTrigger, gk:arObjectMarker ...: the language is part of the property name.
_LEXICAL_PROPERTY = re.compile(r"^([a-z]{2,3})(Trigger|ObjectMarker|ContextCue)$")


class OntologyError(ValueError):
    """The Turtle files are inconsistent (a relation without a kind, an unknown object kind...)."""


@dataclass(frozen=True)
class Relation:
    """One relation property of the ontology, with its alignment and trigger words.

    ``triggers`` and ``object_markers`` map a language code to raw strings in the ontology's
    trigger syntax (ontology/README.md), longest first. For a standing relation whose Wikidata
    property points the other way (``headOfStateOf`` is the inverse of P35),
    ``wikidata_inverse`` is true.
    """

    name: str
    iri: str
    labels: dict[str, str] = field(hash=False, compare=False)
    definition: str
    kind: RelationKind
    cameo: str | None
    plover: str | None
    quad: int | None
    goldstein: float | None
    wikidata_property: str | None
    symmetric: bool
    object_kind: str
    triggers: dict[str, tuple[str, ...]] = field(hash=False, compare=False)
    object_markers: dict[str, tuple[str, ...]] = field(hash=False, compare=False)
    wikidata_inverse: bool = False
    parent: str | None = None  # the broader relation (providesMilitaryAidTo -> providesAidTo)
    subject_class: str | None = None  # rdfs:domain, where the ontology narrows it
    object_class: str | None = None  # rdfs:range, where the ontology narrows it
    # Words that, near a trigger of the broader relation, select this one ("زودت X بأسلحة").
    context_cues: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False)
    # Relation semantics (geokg.ttl, "Relation semantics"): what the extractors of both languages
    # need to know about the relation's meaning.
    expresses_intent: bool = False  # gk:expressesIntent: the act it governs is coded instead
    complement_modality: str | None = None  # gk:complementModality: "alleged" (accuse), "hypothetical" (threaten)
    complement_agent: str | None = None  # gk:complementAgent: "subject" or "object", whose act the complement is
    about_deeds: bool = False  # gk:aboutDeeds: a statement about what its object does
    takes_sides: bool = False  # gk:takesSides: aimed at an act of conflict, aimed at its agent
    addressee_object: bool = False  # gk:addresseeObject: the object is whom it is aimed at, not an act
    to_respondent: bool = False  # gk:addressedToRespondent: named as an act, aimed at whoever answers it
    behind_marker: bool = False  # gk:assertionBehindMarker: an act object only behind an object marker
    backs_object: bool = False  # gk:backsObject: backing, aid or arms given to the object
    contact: bool = False  # gk:contactEvent: a meeting, visit, call, hosting, mediation, negotiation
    coerces_persons: bool = False  # gk:coercesPersons: lands on people, never on a place
    use_of_force: bool = False  # gk:useOfForce: an assault with force
    seizes_territory: bool = False  # gk:seizesTerritory: holds another's land; no international body does
    implied_target: str | None = None  # gk:impliedTarget: institution targeted where none is named
    implied_agent: str | None = None  # gk:impliedAgent: institution acting where none is named
    implied_victims: str | None = None  # gk:impliedVictims: institution of counted, unnamed victims
    implied_agent_of_foreigners: str | None = None  # gk:impliedAgentOfForeigners: unnamed agent of an act on foreigners
    irregular_form: str | None = None  # gk:irregularForm: the relation when an armed group is the agent
    official_form: str | None = None  # gk:officialForm: the relation when a state or its institution is the agent
    nonstate_form: str | None = None  # gk:nonStateForm: the relation when an armed group does it, war or not
    verbal_form: str | None = None  # gk:verbalForm: the relation when a person acts on a person or a body
    intransitive: bool = False  # gk:intransitive: its trigger verbs take no direct object
    stands_in_passing: bool = False  # gk:standsInPassing: named as background, still made
    hosts_events: bool = False  # gk:hostsEvents: a contact noun as its object names its guests
    to_contact_partner: bool = False  # gk:toContactPartner: no object: aimed at a contact partner
    # Event coding conventions (geokg.ttl, "Event coding conventions"): how event coders code it.
    undirected_coding: str | None = None  # gk:undirectedCoding: "root" or "code", coded without direction
    spoken_act: str | None = None  # gk:codesSpokenAct: "intent", "threat" or "refusal" (PLOVER convention)
    force_posture: bool = False  # gk:forcePosture: a show of force, announced still no threat
    # gk:reducesTies: a reduction of relations (CAMEO 16), agreed or pledged still the act expected
    reduces_ties: bool = False
    protects_host: bool = False  # gk:protectsHost: protection given to the state the force serves in

    @property
    def is_interaction(self) -> bool:
        return self.kind == "interaction"

    @property
    def takes_assertion(self) -> bool:
        """Whether the object may be another assertion (concern about a visit)."""
        return self.object_kind == "entity_or_assertion"

    @property
    def object_optional(self) -> bool:
        """Whether the relation may be asserted without an object (an exercise, a veto)."""
        return self.object_kind in ("none_or_place", "optional_entity")

    @property
    def cameo_root(self) -> str | None:
        """The CAMEO root (first two digits): relations of one root are one kind of event."""
        return self.cameo[:2] if self.cameo else None

    def refines(self, other: Relation) -> bool:
        """Whether this relation's CAMEO code is a more specific code than ``other``'s general
        one (``x0``) of the same root: 072 military aid refines 070 aid."""
        mine, theirs = self.cameo, other.cameo
        if not mine or not theirs or mine[:2] != theirs[:2] or mine == theirs:
            return False
        return len(mine) >= len(theirs) and theirs.endswith("0")

    @property
    def is_cooperation(self) -> bool:
        """Verbal or material cooperation (quad class 1 or 2)."""
        return self.quad in (1, 2)

    @property
    def is_conflict(self) -> bool:
        """Verbal or material conflict (quad class 3 or 4)."""
        return (self.quad or 0) >= 3

    @property
    def is_material(self) -> bool:
        """A material act, cooperation or conflict (quad class 2 or 4): aid, an attack; not words."""
        return self.quad in (2, 4)

    @property
    def is_material_cooperation(self) -> bool:
        """Material cooperation (quad class 2): aid, agreements carried out, visits."""
        return self.quad == 2

    @property
    def is_material_conflict(self) -> bool:
        """Material conflict (quad class 4): force, coercion, sanctions."""
        return self.quad == 4

    def label(self, lang: str = "en") -> str:
        return self.labels.get(lang) or self.labels.get("en") or self.name


@dataclass(frozen=True)
class EntityClass:
    """An entity class (gk:Country, gk:Person ...); ``parent`` is its primary superclass."""

    name: str
    iri: str
    labels: dict[str, str] = field(hash=False, compare=False)
    parent: str | None
    wikidata: str | None = None  # a verified skos:closeMatch QID


@dataclass(frozen=True)
class Cue:
    """One cue concept of the lexicon (a ``skos:Concept`` in ``gk:CueScheme``) with what it does.

    ``words`` holds the concept's words and its narrower concepts' words, by language, longest
    first (as ``Ontology.cues`` gives them). Cues compare and hash by name.
    """

    name: str
    words_by_lang: dict[str, tuple[str, ...]] = field(hash=False, compare=False)
    signals: str | None = field(default=None, hash=False, compare=False)  # gk:signals, e.g. "negated"
    ar_scope: int | None = field(default=None, hash=False, compare=False)  # gk:arTokenScope
    particles: bool = field(default=False, hash=False, compare=False)  # gk:particleWords
    yields_to: str | None = field(default=None, hash=False, compare=False)  # gk:yieldsTo, a concept name
    codes_as: str | None = field(default=None, hash=False, compare=False)  # gk:codesAs, a relation name

    def words(self, lang: str) -> tuple[str, ...]:
        return self.words_by_lang.get(lang, ())


@dataclass(frozen=True)
class CueSet:
    """Typed access to the cue concepts the extractors consult, by the role they play.

    The extractors name roles (``cues.negation``), never concepts: which concept plays which role
    is written here once, and what a concept does (its scope, its words, the relation it codes) is
    in lexicon.ttl.
    """

    negation: Cue
    denial: Cue
    future: Cue
    reporting: Cue
    attribution: Cue
    quoting: Cue
    allegation: Cue
    hope: Cue
    offer: Cue
    expectation: Cue
    deliberation: Cue
    hypothetical: Cue
    condition: Cue
    complementizer: Cue
    clause_boundary: Cue
    concession: Cue
    subordinator: Cue
    topic_particle: Cue
    statement_resumptive: Cue
    passive_agent: Cue
    auxiliary_verb: Cue
    participation: Cue
    receiving: Cue
    partitive: Cue
    office_holder: Cue
    actor_noun: Cue
    off_topic: Cue
    not_trigger: Cue
    passing_frame: Cue
    past_frame: Cue
    time_frame: Cue
    held_frame: Cue
    undertaking_frame: Cue
    setting_frame: Cue
    name_head: Cue
    writer_clause: Cue
    unnamed_actor: Cue
    quantity_noun: Cue
    pair_anaphor: Cue
    leader_pair_anaphor: Cue
    pair_discussion: Cue
    caption_meeting: Cue
    latter_anaphor: Cue
    honorific_anaphor: Cue
    obligation: Cue
    target_noun: Cue
    people_noun: Cue
    band_noun: Cue
    band_descriptor: Cue
    stance_prefix: Cue
    told_act: Cue
    acquittal: Cue
    dismissal: Cue
    claim_noun: Cue
    aim_noun: Cue
    appeal_noun: Cue
    sports: Cue
    speech: Cue
    stimulus_subject: Cue
    killing: Cue
    wounding: Cue
    explosion: Cue
    burst_noun: Cue
    judging_manner: Cue
    judged_time: Cue
    arms_kind: Cue
    count: Cue
    not_an_attack: Cue
    foiling: Cue
    stop_foiling: Cue
    claiming: Cue
    weapon_fire: Cue
    weapon_noun: Cue
    follower_noun: Cue
    place_noun: Cue
    border_noun: Cue
    origin: Cue
    belonging: Cue
    operation_frame: Cue
    suffered: Cue
    informed: Cue
    telling_of: Cue
    impersonal_passive: Cue
    country_anaphor: Cue
    crowd_act: Cue
    national: Cue
    title_head: Cue
    farewell: Cue
    own_country: Cue
    own_office: Cue
    measure: Cue
    year_word: Cue
    cessation: Cue
    force_cessation: Cue
    halt_noun: Cue
    patient_genitive: Cue
    intent_noun: Cue
    verb_negation: Cue
    affected_domain: Cue
    stance_noun: Cue
    pejorative: Cue
    pejorative_conduct: Cue
    pejorative_act: Cue
    describing: Cue
    example: Cue
    defiance: Cue
    labelling: Cue
    reach_verb: Cue
    retaliation: Cue
    pressure: Cue
    relative_time: Cue
    chant: Cue
    occasion: Cue
    weekday: Cue
    headline: Cue
    own_forces: Cue
    enemy: Cue
    repression: Cue
    crowd_noun: Cue
    strike: Cue
    state_protest_noun: Cue
    warning: Cue
    warned_conduct: Cue
    not_only: Cue
    context_verb: Cue
    series_rank: Cue
    leading: Cue
    pending_clause: Cue
    actor_object: Cue
    topic_object: Cue
    force_object: Cue
    deed_noun: Cue
    supporter: Cue
    seat_abroad: Cue
    instigation: Cue
    arrival: Cue
    holding: Cue
    counting: Cue
    past_holder: Cue
    ethnic: Cue
    instigation_prep: Cue
    necessity: Cue
    aid_purpose: Cue
    freeing_noun: Cue
    conformity_noun: Cue
    preparation: Cue
    coercion: Cue
    cause_frame: Cue
    directive: Cue
    responsibility: Cue
    permission: Cue
    prepositional_object: Cue
    hostile_act: Cue
    ultimatum: Cue
    perform_verb: Cue
    made_in: Cue
    made_in_place: Cue
    died: Cue
    passive_only: Cue
    peacekeeping: Cue
    not_territory: Cue
    force_on_people: Cue
    launch_verb: Cue
    issuing_verb: Cue
    proposal: Cue
    warned_act: Cue
    force_means: Cue
    apodosis: Cue
    call_to_act: Cue
    holding_noun: Cue
    readiness: Cue
    answered_act: Cue
    honorific: Cue
    fight_noun: Cue
    toward: Cue
    in_addition_to: Cue
    reception_frame: Cue
    clause_time: Cue
    clause_closer: Cue
    fronted_time_frame: Cue
    frame_noun: Cue
    series_noun: Cue
    counterpart: Cue
    when_clause: Cue
    unrealised: Cue
    emphatic_qad: Cue
    adverbial_opener: Cue
    topic_preposition: Cue
    reason_preposition: Cue
    clash_side_preposition: Cue
    beside_event_preposition: Cue

    def all(self) -> tuple[Cue, ...]:
        return tuple(getattr(self, f.name) for f in fields(self))


# Role -> lexicon concept (local name): the one place where the extractors' cue roles are named.
_CUE_ROLES: dict[str, str] = {
    "negation": "NegationCue",
    "denial": "DenialCue",
    "future": "FutureCue",
    "reporting": "ReportingCue",
    "attribution": "AttributionCue",
    "quoting": "QuotingCue",
    "allegation": "AllegationCue",
    "hope": "HopeCue",
    "offer": "OfferCue",
    "expectation": "ExpectationCue",
    "deliberation": "DeliberationCue",
    "hypothetical": "HypotheticalCue",
    "condition": "ConditionCue",
    "complementizer": "ComplementizerCue",
    "clause_boundary": "ClauseBoundaryCue",
    "concession": "ConcessionCue",
    "subordinator": "SubordinatorCue",
    "topic_particle": "TopicParticleCue",
    "statement_resumptive": "StatementResumptiveCue",
    "passive_agent": "PassiveAgentCue",
    "auxiliary_verb": "AuxiliaryVerbCue",
    "participation": "ParticipationCue",
    "receiving": "ReceivingCue",
    "partitive": "PartitiveNounCue",
    "office_holder": "OfficeHolderCue",
    "actor_noun": "ActorNounCue",
    "off_topic": "OffTopicCue",
    "not_trigger": "NotTriggerCue",
    "passing_frame": "PassingFrameCue",
    "past_frame": "PastFrameCue",
    "time_frame": "TimeFrameCue",
    "held_frame": "HeldFrameCue",
    "undertaking_frame": "UndertakingFrameCue",
    "setting_frame": "SettingFrameCue",
    "name_head": "NameHeadCue",
    "writer_clause": "WriterClauseCue",
    "unnamed_actor": "UnnamedActorCue",
    "quantity_noun": "QuantityNounCue",
    "pair_anaphor": "PairAnaphorCue",
    "leader_pair_anaphor": "LeaderPairAnaphorCue",
    "pair_discussion": "PairDiscussionCue",
    "caption_meeting": "CaptionMeetingCue",
    "latter_anaphor": "LatterAnaphorCue",
    "honorific_anaphor": "HonorificAnaphorCue",
    "obligation": "ObligationCue",
    "target_noun": "TargetNounCue",
    "people_noun": "PeopleNounCue",
    "band_noun": "BandNounCue",
    "band_descriptor": "BandDescriptorCue",
    "stance_prefix": "StancePrefixCue",
    "told_act": "ToldActCue",
    "acquittal": "AcquittalCue",
    "dismissal": "DismissalCue",
    "claim_noun": "ClaimNounCue",
    "aim_noun": "AimNounCue",
    "appeal_noun": "AppealNounCue",
    "sports": "SportsCue",
    "speech": "SpeechCue",
    "stimulus_subject": "StimulusSubjectCue",
    "killing": "KillingCue",
    "wounding": "WoundingCue",
    "explosion": "ExplosionCue",
    "burst_noun": "BurstNounCue",
    "judging_manner": "JudgingMannerCue",
    "judged_time": "JudgedTimeCue",
    "arms_kind": "ArmsKindCue",
    "count": "CountCue",
    "not_an_attack": "NotAnAttackCue",
    "foiling": "FoilingCue",
    "stop_foiling": "StopFoilingCue",
    "claiming": "ClaimingCue",
    "weapon_fire": "WeaponFireCue",
    "weapon_noun": "WeaponNounCue",
    "follower_noun": "FollowerNounCue",
    "place_noun": "PlaceNounCue",
    "border_noun": "BorderNounCue",
    "origin": "OriginCue",
    "belonging": "BelongingCue",
    "operation_frame": "OperationFrameCue",
    "suffered": "SufferedCue",
    "informed": "InformedCue",
    "telling_of": "TellingOfCue",
    "impersonal_passive": "ImpersonalPassiveCue",
    "country_anaphor": "CountryAnaphorCue",
    "crowd_act": "CrowdActCue",
    "national": "NationalCue",
    "title_head": "TitleHeadCue",
    "farewell": "FarewellCue",
    "own_country": "OwnCountryCue",
    "own_office": "OwnOfficeCue",
    "measure": "MeasureCue",
    "year_word": "YearWordCue",
    "cessation": "CessationCue",
    "force_cessation": "ForceCessationCue",
    "halt_noun": "HaltNounCue",
    "patient_genitive": "PatientGenitiveCue",
    "intent_noun": "IntentNounCue",
    "verb_negation": "VerbNegationCue",
    "affected_domain": "AffectedDomainCue",
    "stance_noun": "StanceNounCue",
    "pejorative": "PejorativeCue",
    "pejorative_conduct": "PejorativeConductCue",
    "pejorative_act": "PejorativeActCue",
    "describing": "DescribingVerbCue",
    "example": "ExampleCue",
    "defiance": "DefianceCue",
    "labelling": "LabellingCue",
    "reach_verb": "ReachVerbCue",
    "retaliation": "RetaliationCue",
    "pressure": "PressureCue",
    "relative_time": "RelativeTimeCue",
    "chant": "ChantCue",
    "occasion": "OccasionCue",
    "weekday": "WeekdayName",
    "headline": "HeadlineCue",
    "own_forces": "OwnForcesCue",
    "enemy": "EnemyCue",
    "repression": "RepressionCue",
    "crowd_noun": "CrowdNounCue",
    "strike": "StrikeCue",
    "state_protest_noun": "StateProtestNounCue",
    "warning": "WarningCue",
    "warned_conduct": "WarnedConductCue",
    "not_only": "NotOnlyCue",
    "context_verb": "ContextVerbCue",
    "series_rank": "SeriesRankCue",
    "leading": "LeadingCue",
    "pending_clause": "PendingClauseCue",
    "actor_object": "ActorObjectCue",
    "topic_object": "TopicObjectCue",
    "force_object": "ForceObjectCue",
    "deed_noun": "DeedNounCue",
    "supporter": "SupporterNounCue",
    "seat_abroad": "SeatAbroadCue",
    "instigation": "InstigatorCue",
    "arrival": "ArrivalCue",
    "holding": "HoldingCue",
    "counting": "CountingNounCue",
    "past_holder": "PastHolderCue",
    "ethnic": "EthnicCue",
    "instigation_prep": "InstigationPrepositionCue",
    "necessity": "NecessityCue",
    "aid_purpose": "AidPurposeCue",
    "freeing_noun": "FreeingNounCue",
    "conformity_noun": "ConformityNounCue",
    "preparation": "PreparationCue",
    "coercion": "CoercionCue",
    "cause_frame": "CauseFrameCue",
    "directive": "DirectiveCue",
    "responsibility": "ResponsibilityCue",
    "permission": "PermissionCue",
    "prepositional_object": "PrepositionalObjectCue",
    "hostile_act": "HostileActCue",
    "ultimatum": "UltimatumCue",
    "perform_verb": "PerformVerbCue",
    "made_in": "MadeInCue",
    "made_in_place": "MadeInPlaceCue",
    "died": "DiedCue",
    "passive_only": "PassiveOnlyCue",
    "peacekeeping": "PeacekeeperCue",
    "not_territory": "NotTerritoryCue",
    "force_on_people": "ForceOnPeopleCue",
    "launch_verb": "LaunchVerbCue",
    "issuing_verb": "IssuingVerbCue",
    "proposal": "ProposalCue",
    "warned_act": "WarnedActCue",
    "force_means": "ForceMeansCue",
    "apodosis": "ApodosisCue",
    "call_to_act": "CallToActCue",
    "holding_noun": "HoldingNounCue",
    "readiness": "ReadinessCue",
    "answered_act": "AnsweredActCue",
    "fight_noun": "FightNounCue",
    "honorific": "HonorificCue",
    "toward": "TowardCue",
    "in_addition_to": "InAdditionToCue",
    "reception_frame": "ReceptionFrameCue",
    "clause_time": "ClauseTimeCue",
    "clause_closer": "ClauseCloserCue",
    "fronted_time_frame": "FrontedTimeFrameCue",
    "frame_noun": "FrameNounCue",
    "series_noun": "SeriesNounCue",
    "counterpart": "CounterpartCue",
    "when_clause": "WhenClauseCue",
    "unrealised": "UnrealisedCue",
    "emphatic_qad": "EmphaticQadCue",
    "adverbial_opener": "AdverbialOpenerCue",
    "topic_preposition": "TopicPrepositionCue",
    "reason_preposition": "ReasonPrepositionCue",
    "clash_side_preposition": "ClashSidePrepositionCue",
    "beside_event_preposition": "BesideEventPrepositionCue",
}


@dataclass(frozen=True)
class CueListNames:
    """The gazetteer's cue lists (``gk:CueList`` in ontology/data/cues.ttl), by role."""

    weak_label: str = "WeakLabelCues"  # before a weak place label ("في مالي")
    former: str = "FormerCues"  # after a title: a former holder ("الرئيس السابق")
    deputy: str = "DeputyCues"  # before a title: a deputy's compound title ("نائب وزير")
    not_a_surname: str = "NotASurnameAlone"  # name words never taken alone as a surname
    capital: str = "CapitalCues"  # before a label that is a state and a capital: the capital
    locative: str = "LocativeCues"  # before such a label: the capital first ("في عمان": Amman)
    border: str = "BorderCues"  # before مع and a state: the other side of a border
    accusative_count: str = "AccusativeCountCues"  # 11 to 99: a counted noun in ـا after them
    not_a_name: str = "NotANameCues"  # time words and adverbs never part of an unknown name
    given_name: str = "GivenNames"  # given names beside the gazetteer's people's (an unknown name's first)
    stateless_force: str = "StatelessForceNouns"  # "القوات" alone: no party, its slot taken


CUE_LISTS = CueListNames()


@dataclass(frozen=True)
class SectorSet:
    """The sector groups of geokg.ttl (``gk:SectorGroup``): which CAMEO sector codes act for a
    state, at home, armed outside it, as private people or companies. Extractors ask these sets
    (``onto.sectors.state``), never a code.
    """

    state: frozenset[str]  # gk:StateSectors: act for their state
    home: frozenset[str]  # gk:HomeSectors: act at home only, their state is where they are
    government: frozenset[str]  # gk:GovernmentSectors: a state's officials
    military: frozenset[str]  # gk:MilitarySectors
    armed: frozenset[str]  # gk:ArmedSectors: armed groups, acting for no state
    opposition: frozenset[str]  # gk:OppositionSectors
    civilian: frozenset[str]  # gk:CivilianSectors: private people
    commercial: frozenset[str]  # gk:CommercialSectors: companies
    official: str  # the sector given to an official the gazetteer does not know


_SECTOR_GROUPS = {
    "state": "StateSectors",
    "home": "HomeSectors",
    "government": "GovernmentSectors",
    "military": "MilitarySectors",
    "armed": "ArmedSectors",
    "opposition": "OppositionSectors",
    "civilian": "CivilianSectors",
    "commercial": "CommercialSectors",
}


@dataclass(frozen=True)
class RelativeTime:
    """Where a relative time expression points: ``offset`` ``unit``s from the document date."""

    unit: str
    offset: int
    dates_event: bool = False  # gk:datesEvent: precise enough to date the event of its clause


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    text: str
    results: Graph = field(repr=False, compare=False)


class Ontology:
    """Typed view of geokg.ttl and lexicon.ttl. Build it with :func:`load_ontology`."""

    def __init__(self, compiled: dict[str, Any], sources: tuple[Path, ...], content_key: str | None = None) -> None:
        self.sources = sources
        # a hash of the bytes this ontology was compiled from, for artifacts built from it (the
        # files on disk may have been saved again since)
        self.content_key = content_key or _digest([Path(p).read_bytes() for p in sources])
        self.relations: dict[str, Relation] = {r["name"]: _relation_from_json(r) for r in compiled["relations"]}
        self.classes: dict[str, EntityClass] = {
            c["name"]: EntityClass(
                name=c["name"],
                iri=c["iri"],
                labels=c["labels"],
                parent=c["parent"],
                wikidata=c["wikidata"],
            )
            for c in compiled["classes"]
        }
        self._cues: dict[str, dict[str, Any]] = compiled["cues"]
        self._frames: tuple[Frame, ...] = frames_from_json(compiled.get("frames", []))
        self._noun_classes: dict[str, dict[str, list[str]]] = compiled.get("noun_classes", {})
        self._graph: Graph | None = None
        self._cue_set: CueSet | None = None
        self._sector_groups: dict[str, list[str]] = compiled.get("sectors", {})
        self._sector_set: SectorSet | None = None
        self._coding: EventCoding | None = None

    @classmethod
    def from_files(
        cls,
        ontology_path: Path = ONTOLOGY_PATH,
        lexicon_path: Path = LEXICON_PATH,
        *,
        cache_dir: Path | None = None,
        use_cache: bool = True,
        extra_paths: tuple[Path, ...] = EXTRA_PATHS,
    ) -> Ontology:
        """Read the Turtle files (ontology, lexicon, and the triggers and frames of
        ``extra_paths`` that exist), through the compiled cache when it is usable."""
        sources = (Path(ontology_path), Path(lexicon_path), *(Path(p) for p in extra_paths if Path(p).is_file()))
        contents = [p.read_bytes() for p in sources]
        key = _digest(contents)
        cache_file = None
        if use_cache:
            directory = cache_dir if cache_dir is not None else default_cache_dir()
            if directory is not None:
                cache_file = Path(directory) / f"ontology-{key}.json"
        compiled = _read_cache(cache_file) if cache_file else None
        if compiled is None:
            # Compiled from the bytes the key was made of: a file saved again meanwhile (an
            # editor writing while a run starts) must not be cached under the old key.
            compiled = _compile(_parse(sources, contents))
            if cache_file:
                _write_cache(cache_file, compiled)
        return cls(compiled, sources, key)

    @classmethod
    def from_sources(cls, sources: Sequence[Path], **options: Any) -> Ontology:
        """The ontology read from exactly ``sources``, in the order of ``Ontology.sources`` (the
        ontology, the lexicon, then the extra files): ``Ontology.from_sources(onto.sources)``
        reads again every file ``onto`` was read from."""
        if len(sources) < 2:
            raise OntologyError(f"an ontology needs geokg.ttl and lexicon.ttl, not {[str(p) for p in sources]}")
        missing = [str(p) for p in sources if not Path(p).is_file()]
        if missing:
            raise FileNotFoundError(f"ontology source files missing: {', '.join(missing)}")
        first, lexicon, *extra = (Path(p) for p in sources)
        return cls.from_files(first, lexicon, extra_paths=tuple(extra), **options)

    # ---------------------------------------------------------------- relations and classes

    def relation(self, name: str) -> Relation:
        try:
            return self.relations[name]
        except KeyError:
            close = [n for n in self.relations if n.lower().startswith(name[:4].lower())]
            hint = f" Did you mean {', '.join(sorted(close))}?" if close else ""
            raise KeyError(
                f"{name!r} is not a relation of the geokg ontology "
                f"({len(self.relations)} relations, e.g. 'visits', 'accuses').{hint}"
            ) from None

    def relations_of_kind(self, kind: RelationKind) -> list[Relation]:
        return [r for r in self.relations.values() if r.kind == kind]

    def ancestors(self, class_name: str) -> tuple[str, ...]:
        """The class's primary superclasses, nearest first (City -> ("Place",))."""
        out: list[str] = []
        parent = self.classes[class_name].parent
        while parent is not None and parent not in out:
            out.append(parent)
            parent = self.classes[parent].parent if parent in self.classes else None
        return tuple(out)

    # ---------------------------------------------------------------- cue words

    def cues(self, concept: str, lang: str) -> tuple[str, ...]:
        """The cue words of a lexicon concept in one language, longest first ((): none).

        A concept's words include those of its narrower concepts: ``cues("ReportingCue", "ar")``
        holds the reporting verbs and the AttributionCue phrases (بحسب, نقلا عن).
        """
        self._cue(concept)
        words: list[str] = []
        for name in self._with_narrower(concept):
            words.extend(self._cues[name]["labels"].get(lang, ()))
        return tuple(_longest_first(words))

    def cue_concepts(self) -> tuple[str, ...]:
        return tuple(sorted(self._cues))

    def cue(self, concept: str) -> Cue:
        """One cue concept with its words (narrower concepts' included) and what it does."""
        data = self._cue(concept)
        langs = {lang for name in self._with_narrower(concept) for lang in self._cues[name]["labels"]}
        return Cue(
            name=concept,
            words_by_lang={lang: self.cues(concept, lang) for lang in sorted(langs)},
            signals=data["signals"],
            ar_scope=data.get("ar_scope"),
            particles=bool(data.get("particles")),
            yields_to=data.get("yields_to"),
            codes_as=data.get("codes_as"),
        )

    @property
    def sectors(self) -> SectorSet:
        """The sector groups by role (``onto.sectors.armed``); a missing group is an error."""
        if self._sector_set is not None:
            return self._sector_set
        missing = [g for g in _SECTOR_GROUPS.values() if g not in self._sector_groups]
        if missing:
            raise OntologyError(f"geokg.ttl has no gk:SectorGroup {', '.join(missing)}")
        groups = {role: frozenset(self._sector_groups[g]) for role, g in _SECTOR_GROUPS.items()}
        self._sector_set = SectorSet(**groups, official=self._sector_groups["GovernmentSectors"][0])
        return self._sector_set

    @property
    def cue_set(self) -> CueSet:
        """The cue concepts the extractors use, by role (``onto.cue_set.negation``)."""
        if self._cue_set is None:
            self._cue_set = CueSet(**{role: self.cue(concept) for role, concept in _CUE_ROLES.items()})
        return self._cue_set

    @property
    def coding(self) -> EventCoding:
        """How event coders code the relations (``onto.coding.intent``, ``.is_undirected("042")``);
        geokg.ttl, "Event coding conventions"."""
        if self._coding is None:
            self._coding = event_coding(self.relations.values())
        return self._coding

    def cue_signal(self, concept: str) -> str | None:
        """The polarity or modality value a cue concept sets ("negated", "reported", ...)."""
        return self._cue(concept)["signals"]

    def month_names(self, lang: str) -> dict[str, int]:
        return self._ordinals("MonthName", lang)

    def weekday_names(self, lang: str) -> dict[str, int]:
        """Weekday names with ISO 8601 numbers (Monday 1 ... Sunday 7)."""
        return self._ordinals("WeekdayName", lang)

    def number_words(self, lang: str) -> dict[str, int]:
        return self._ordinals("NumberWord", lang)

    def relative_times(self, lang: str) -> dict[str, RelativeTime]:
        """Relative time expressions ("أمس", "last week") and where they point."""
        out: dict[str, RelativeTime] = {}
        for concept in self._narrower("RelativeTimeCue"):
            data = self._cues[concept]
            for word in data["labels"].get(lang, ()):
                out[word] = RelativeTime(unit=data["unit"], offset=data["offset"], dates_event=data["dates_event"])
        return out

    def time_units(self, lang: str) -> dict[str, str]:
        """Unit words ("أسبوعين", "months") mapped to "day", "week", "month" or "year"."""
        out: dict[str, str] = {}
        for concept in self._narrower("TimeUnitWord"):
            for word in self._cues[concept]["labels"].get(lang, ()):
                out[word] = self._cues[concept]["unit"]
        return out

    # ---------------------------------------------------------------- frames

    def frames(self, lang: str, relation: str | None = None) -> tuple[Frame, ...]:
        """The frames of one language (of one relation), sorted by IRI ((): none)."""
        if relation is not None:
            self.relation(relation)  # a KeyError that names the unknown relation
        return tuple(f for f in self._frames if f.lang == lang and (relation is None or f.relation == relation))

    def noun_class(self, name: str, lang: str = "en") -> tuple[str, ...]:
        """The nouns (lemmas) of a frame noun class, longest first: ``noun_class("SanctionEvents")``."""
        try:
            words = self._noun_classes[name]
        except KeyError:
            raise KeyError(f"{name!r} is not a noun class of the geokg ontology") from None
        return tuple(_longest_first(words.get(lang, ())))

    def noun_classes(self) -> tuple[str, ...]:
        return tuple(sorted(self._noun_classes))

    # ---------------------------------------------------------------- RDF

    def graph(self) -> Graph:
        """A new rdflib Graph holding the ontology and the lexicon (parsed once, then copied)."""
        if self._graph is None:
            self._graph = _parse(self.sources)
        copy = Graph()
        for prefix, namespace in self._graph.namespaces():
            copy.bind(prefix, namespace, override=True)
        copy += self._graph
        return copy

    def shapes(self) -> Graph:
        """A new rdflib Graph holding the SHACL shapes."""
        copy = Graph()
        copy += _shapes_graph()
        return copy

    # ---------------------------------------------------------------- internals

    def _cue(self, concept: str) -> dict[str, Any]:
        try:
            return self._cues[concept]
        except KeyError:
            raise KeyError(
                f"{concept!r} is not a concept of the geokg lexicon; known: {', '.join(sorted(self._cues))}"
            ) from None

    def _narrower(self, concept: str) -> list[str]:
        return [name for name, data in self._cues.items() if data["broader"] == concept]

    def _with_narrower(self, concept: str) -> list[str]:
        found, frontier = [concept], [concept]
        while frontier:
            for child in self._narrower(frontier.pop()):
                if child not in found:
                    found.append(child)
                    frontier.append(child)
        return found

    def _ordinals(self, group: str, lang: str) -> dict[str, int]:
        out: dict[str, int] = {}
        for concept in self._narrower(group):
            for word in self._cues[concept]["labels"].get(lang, ()):
                out[word] = self._cues[concept]["ordinal"]
        return out


@functools.lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    """The package's ontology, loaded once per process."""
    return Ontology.from_files()


def sector_groups() -> SectorSet:
    """The package ontology's sector groups (``Ontology.sectors``), loaded once per process.

    >>> "MIL" in sector_groups().state and "MIL" not in sector_groups().home
    True
    """
    return load_ontology().sectors


def validate(data: Graph) -> ValidationReport:
    """Check a statement graph against shapes.ttl (pyshacl, no inference needed).

    Pass one graph holding statements, documents and entities together (what graph.ttl holds),
    not a Dataset: pyshacl would check each named graph on its own.
    """
    import pyshacl  # slow to import; only validation needs it

    conforms, results, text = pyshacl.validate(
        data, shacl_graph=_shapes_graph(), inference="none", allow_warnings=False
    )
    return ValidationReport(conforms=bool(conforms), text=str(text), results=results)


def default_cache_dir() -> Path | None:
    """``$GEOKG_CACHE_DIR``, else ``$XDG_CACHE_HOME/geokg`` or ``~/.cache/geokg``.

    ``GEOKG_CACHE_DIR=""`` turns the compiled cache off.
    """
    explicit = os.environ.get("GEOKG_CACHE_DIR")
    if explicit is not None:
        return Path(explicit) if explicit.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "geokg"


# -------------------------------------------------------------------- parsing and compiling


def _parse(paths: Iterable[Path], contents: Iterable[bytes] | None = None) -> Graph:
    """The Turtle files as one graph; from ``contents`` (the files' bytes, already read) where
    given, else read from ``paths``. The file's own IRI stays the base either way."""
    graph = Graph()
    paths = [Path(p) for p in paths]
    blobs = list(contents) if contents is not None else [p.read_bytes() for p in paths]
    for path, blob in zip(paths, blobs, strict=True):
        graph.parse(data=blob, format="turtle", publicID=path.resolve().as_uri())
    return graph


@functools.lru_cache(maxsize=1)
def _shapes_graph() -> Graph:
    return _parse([SHAPES_PATH])


def _digest(contents: list[bytes]) -> str:
    h = hashlib.sha256(f"geokg-ontology/{_COMPILED_FORMAT}".encode())
    # The compiler's own source takes part, so a changed loader never reads an old compilation.
    for blob in [Path(__file__).read_bytes(), *contents]:
        h.update(len(blob).to_bytes(8, "big"))
        h.update(blob)
    return h.hexdigest()[:24]


def _read_cache(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if data.get("format") == _COMPILED_FORMAT else None


def _write_cache(path: Path, compiled: dict[str, Any]) -> None:
    # A read-only or full disk only costs speed: the next process compiles again.
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(compiled, f, ensure_ascii=False)
        os.replace(tmp, path)
    except OSError:
        pass


def _local(iri: URIRef | None) -> str | None:
    if iri is None:
        return None
    text = str(iri)
    return text[len(str(GK)) :] if text.startswith(str(GK)) else None


def _literals_by_lang(graph: Graph, subject: URIRef, predicate: URIRef) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for value in graph.objects(subject, predicate):
        if isinstance(value, RDFLiteral):
            out.setdefault(value.language or "", []).append(str(value))
    return out


def _longest_first(values: Iterable[str]) -> list[str]:
    # Matchers try longer phrases first ("تطوير شراكة" before "شراكة").
    return sorted(set(values), key=lambda v: (-len(v), v))


def _labels(graph: Graph, subject: URIRef, predicate: URIRef = RDFS.label) -> dict[str, str]:
    return {lang: min(values) for lang, values in _literals_by_lang(graph, subject, predicate).items() if lang}


def _python(graph: Graph, subject: URIRef, predicate: URIRef) -> Any:
    value = graph.value(subject, predicate)
    return value.toPython() if isinstance(value, RDFLiteral) else None


def _relation_kind(graph: Graph, prop: URIRef) -> tuple[str | None, URIRef | None]:
    """The relation's kind (its root, up rdfs:subPropertyOf) and its broader relation, if any."""
    direct = sorted(p for p in graph.objects(prop, RDFS.subPropertyOf) if _local(p))
    broader = next((p for p in direct if p not in _RELATION_ROOTS), None)
    seen: set[URIRef] = set()
    frontier = [prop]
    while frontier:
        for parent in graph.objects(frontier.pop(), RDFS.subPropertyOf):
            if parent in _RELATION_ROOTS:
                return _RELATION_ROOTS[parent], broader
            if parent not in seen:
                seen.add(parent)
                frontier.append(parent)
    return None, broader


def _compile(graph: Graph) -> dict[str, Any]:
    return {
        "format": _COMPILED_FORMAT,
        "relations": _compile_relations(graph),
        "classes": _compile_classes(graph),
        "cues": _compile_cues(graph),
        "sectors": _compile_sectors(graph),
        **compile_frames(graph),
    }


def _compile_relations(graph: Graph) -> list[dict[str, Any]]:
    relations = []
    for prop in sorted(set(graph.subjects(RDF.type, OWL.ObjectProperty))):
        name = _local(prop)
        if name is None or prop in _RELATION_ROOTS:
            continue
        kind, parent = _relation_kind(graph, prop)
        if kind is None:
            continue  # a statement-model property (gk:subject ...), not a relation
        object_kind = str(graph.value(prop, GK.objectKind) or "entity")
        if object_kind not in OBJECT_KINDS:
            raise OntologyError(f"gk:{name} has gk:objectKind {object_kind!r}; use {OBJECT_KINDS}")
        triggers: dict[str, list[str]] = {}
        markers: dict[str, list[str]] = {}
        context: dict[str, list[str]] = {}
        for predicate, value in graph.predicate_objects(prop):
            match = _LEXICAL_PROPERTY.match(_local(predicate) or "")
            if match and isinstance(value, RDFLiteral):
                lang, what = match.groups()
                target = {"Trigger": triggers, "ObjectMarker": markers, "ContextCue": context}[what]
                target.setdefault(lang, []).append(str(value))
        definitions = _labels(graph, prop, SKOS.definition)
        goldstein = _python(graph, prop, GK.goldstein)
        quad = _python(graph, prop, GK.quadClass)
        relations.append(
            {
                "name": name,
                "iri": str(prop),
                "labels": _labels(graph, prop),
                "definition": definitions.get("en", ""),
                "kind": kind,
                "cameo": _str_or_none(graph.value(prop, GK.cameo)),
                "plover": _str_or_none(graph.value(prop, GK.plover)),
                "quad": int(quad) if quad is not None else None,
                "goldstein": float(goldstein) if goldstein is not None else None,
                "wikidata_property": _str_or_none(graph.value(prop, GK.wikidataProperty)),
                "wikidata_inverse": bool(_python(graph, prop, GK.wikidataInverse)),
                "symmetric": (prop, RDF.type, OWL.SymmetricProperty) in graph,
                "object_kind": object_kind,
                "triggers": {k: _longest_first(v) for k, v in sorted(triggers.items())},
                "object_markers": {k: _longest_first(v) for k, v in sorted(markers.items())},
                "context_cues": {k: _longest_first(v) for k, v in sorted(context.items())},
                "parent": _local(parent),
                "subject_class": _local(graph.value(prop, RDFS.domain)),
                "object_class": _local(graph.value(prop, RDFS.range)),
                **_relation_semantics(graph, prop),
                **_event_coding(graph, prop),
            }
        )
    return relations


def _relation_semantics(graph: Graph, prop: URIRef) -> dict[str, Any]:
    """The relation-semantics annotations of one relation (geokg.ttl, "Relation semantics")."""
    modality = graph.value(prop, GK.complementModality)
    agent = _local(graph.value(prop, GK.complementAgent))
    if agent not in (None, "subject", "object"):
        raise OntologyError(f"{prop}: gk:complementAgent must be gk:subject or gk:object, not gk:{agent}")
    return {
        "expresses_intent": bool(_python(graph, prop, GK.expressesIntent)),
        "complement_modality": _str_or_none(graph.value(modality, SKOS.notation)) if modality else None,
        "complement_agent": agent,
        "about_deeds": bool(_python(graph, prop, GK.aboutDeeds)),
        "takes_sides": bool(_python(graph, prop, GK.takesSides)),
        "addressee_object": bool(_python(graph, prop, GK.addresseeObject)),
        "to_respondent": bool(_python(graph, prop, GK.addressedToRespondent)),
        "behind_marker": bool(_python(graph, prop, GK.assertionBehindMarker)),
        "backs_object": bool(_python(graph, prop, GK.backsObject)),
        "contact": bool(_python(graph, prop, GK.contactEvent)),
        "coerces_persons": bool(_python(graph, prop, GK.coercesPersons)),
        "use_of_force": bool(_python(graph, prop, GK.useOfForce)),
        "seizes_territory": bool(_python(graph, prop, GK.seizesTerritory)),
        "implied_target": _local(graph.value(prop, GK.impliedTarget)),
        "implied_agent": _local(graph.value(prop, GK.impliedAgent)),
        "implied_victims": _local(graph.value(prop, GK.impliedVictims)),
        "implied_agent_of_foreigners": _local(graph.value(prop, GK.impliedAgentOfForeigners)),
        "irregular_form": _local(graph.value(prop, GK.irregularForm)),
        "official_form": _local(graph.value(prop, GK.officialForm)),
        "nonstate_form": _local(graph.value(prop, GK.nonStateForm)),
        "verbal_form": _local(graph.value(prop, GK.verbalForm)),
        "intransitive": bool(_python(graph, prop, GK.intransitive)),
        "stands_in_passing": bool(_python(graph, prop, GK.standsInPassing)),
        "hosts_events": bool(_python(graph, prop, GK.hostsEvents)),
        "to_contact_partner": bool(_python(graph, prop, GK.toContactPartner)),
    }


def _event_coding(graph: Graph, prop: URIRef) -> dict[str, Any]:
    """The event coding annotations of one relation (geokg.ttl, "Event coding conventions")."""
    undirected = _str_or_none(graph.value(prop, GK.undirectedCoding))
    if undirected not in (None, *UNDIRECTED_SCOPES):
        raise OntologyError(f"{prop}: gk:undirectedCoding is one of {UNDIRECTED_SCOPES}, not {undirected!r}")
    spoken = _str_or_none(graph.value(prop, GK.codesSpokenAct))
    if spoken not in (None, *SPOKEN_ACTS):
        raise OntologyError(f"{prop}: gk:codesSpokenAct is one of {SPOKEN_ACTS}, not {spoken!r}")
    return {
        "undirected_coding": undirected,
        "spoken_act": spoken,
        "force_posture": bool(_python(graph, prop, GK.forcePosture)),
        "protects_host": bool(_python(graph, prop, GK.protectsHost)),
        "reduces_ties": bool(_python(graph, prop, GK.reducesTies)),
    }


def _compile_classes(graph: Graph) -> list[dict[str, Any]]:
    gk_classes = {c for c in graph.subjects(RDF.type, OWL.Class) if _local(c)}

    def supers(cls: URIRef) -> list[URIRef]:
        return sorted(p for p in graph.objects(cls, RDFS.subClassOf) if p in gk_classes)

    def ancestry(cls: URIRef) -> set[URIRef]:
        found, frontier = {cls}, [cls]
        while frontier:
            for parent in supers(frontier.pop()):
                if parent not in found:
                    found.add(parent)
                    frontier.append(parent)
        return found

    classes = []
    for cls in sorted(gk_classes):
        lineage = ancestry(cls)
        if not lineage.intersection(_ENTITY_ROOTS):
            continue  # gk:Assertion, gk:Document: statement model, not entities
        parents = supers(cls)
        # A country is an actor and a place; its actor side is the primary one.
        parents.sort(key=lambda p: (GK.Actor not in ancestry(p), str(p)))
        qids = [str(m)[len(str(WD)) :] for m in graph.objects(cls, SKOS.closeMatch) if str(m).startswith(str(WD))]
        classes.append(
            {
                "name": _local(cls),
                "iri": str(cls),
                "labels": _labels(graph, cls),
                "parent": _local(parents[0]) if parents else None,
                "wikidata": min(qids) if qids else None,
            }
        )
    return classes


def _compile_sectors(graph: Graph) -> dict[str, list[str]]:
    """Each gk:SectorGroup's codes, sorted (the group's one code first where it has one)."""
    return {
        _local(group): sorted(str(code) for code in graph.objects(group, GK.sectorCode))
        for group in sorted(set(graph.subjects(RDF.type, GK.SectorGroup)))
        if _local(group)
    }


def _compile_cues(graph: Graph) -> dict[str, dict[str, Any]]:
    cues = {}
    for concept in sorted(set(graph.subjects(SKOS.inScheme, GK.CueScheme))):
        name = _local(concept)
        if name is None:
            continue
        signalled = graph.value(concept, GK.signals)
        unit = _str_or_none(graph.value(concept, GK.timeUnit))
        if unit is not None and unit not in TIME_UNITS:
            raise OntologyError(f"gk:{name} has gk:timeUnit {unit!r}; use {TIME_UNITS}")
        ordinal = _python(graph, concept, GK.ordinal)
        offset = _python(graph, concept, GK.timeOffset)
        words = _literals_by_lang(graph, concept, SKOS.hiddenLabel)
        scope = _python(graph, concept, GK.arTokenScope)
        cues[name] = {
            "broader": _local(graph.value(concept, SKOS.broader)),
            "signals": _str_or_none(graph.value(signalled, SKOS.notation)) if signalled else None,
            "ar_scope": int(scope) if scope is not None else None,
            "particles": bool(_python(graph, concept, GK.particleWords)),
            "yields_to": _local(graph.value(concept, GK.yieldsTo)),
            "codes_as": _local(graph.value(concept, GK.codesAs)),
            "dates_event": bool(_python(graph, concept, GK.datesEvent)),
            "ordinal": int(ordinal) if ordinal is not None else None,
            "unit": unit,
            "offset": int(offset) if offset is not None else None,
            "labels": {lang: _longest_first(v) for lang, v in sorted(words.items()) if lang},
        }
    return cues


def _str_or_none(value: Any) -> str | None:
    return str(value) if value is not None else None


def _relation_from_json(data: dict[str, Any]) -> Relation:
    return Relation(
        name=data["name"],
        iri=data["iri"],
        labels=dict(data["labels"]),
        definition=data["definition"],
        kind=data["kind"],
        cameo=data["cameo"],
        plover=data["plover"],
        quad=data["quad"],
        goldstein=data["goldstein"],
        wikidata_property=data["wikidata_property"],
        symmetric=data["symmetric"],
        object_kind=data["object_kind"],
        triggers={lang: tuple(v) for lang, v in data["triggers"].items()},
        object_markers={lang: tuple(v) for lang, v in data["object_markers"].items()},
        context_cues={lang: tuple(v) for lang, v in data.get("context_cues", {}).items()},
        wikidata_inverse=data["wikidata_inverse"],
        parent=data["parent"],
        subject_class=data["subject_class"],
        object_class=data["object_class"],
        expresses_intent=data["expresses_intent"],
        complement_modality=data["complement_modality"],
        complement_agent=data["complement_agent"],
        about_deeds=data["about_deeds"],
        takes_sides=data["takes_sides"],
        addressee_object=data["addressee_object"],
        to_respondent=data["to_respondent"],
        behind_marker=data.get("behind_marker", False),
        backs_object=data.get("backs_object", False),
        contact=data["contact"],
        coerces_persons=data["coerces_persons"],
        use_of_force=data["use_of_force"],
        seizes_territory=data.get("seizes_territory", False),
        implied_target=data["implied_target"],
        implied_agent=data.get("implied_agent"),
        implied_victims=data.get("implied_victims"),
        implied_agent_of_foreigners=data.get("implied_agent_of_foreigners"),
        irregular_form=data.get("irregular_form"),
        official_form=data.get("official_form"),
        nonstate_form=data.get("nonstate_form"),
        verbal_form=data.get("verbal_form"),
        intransitive=bool(data.get("intransitive")),
        stands_in_passing=bool(data.get("stands_in_passing")),
        hosts_events=bool(data.get("hosts_events")),
        to_contact_partner=bool(data.get("to_contact_partner")),
        undirected_coding=data["undirected_coding"],
        spoken_act=data["spoken_act"],
        force_posture=data["force_posture"],
        protects_host=data.get("protects_host", False),
        reduces_ties=data.get("reduces_ties", False),
    )
