"""The ontology files and their typed access (geokg.ontology)."""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import geokg.ontology as ontology_module
import pytest
from geokg.ontology import (
    GK,
    GKDOC,
    GKID,
    GKS,
    LEXICON_PATH,
    OBJECT_KINDS,
    ONTOLOGY_PATH,
    SHAPES_PATH,
    Ontology,
    OntologyError,
    load_ontology,
    validate,
)
from geokg.ontology.vocab import MODALITY_IRIS, POLARITY_IRIS, PROV
from rdflib import OWL, RDF, RDFS, SKOS, BNode, Graph, Literal, Namespace, URIRef

SHARED = Path(os.environ.get("GEOKG_SHARED_DIR", Path(__file__).resolve().parents[2] / "shared"))
REFERENCE = SHARED / "reference"
needs_reference = pytest.mark.skipif(
    not (REFERENCE / "CAMEO_goldstein.tsv").exists(),
    reason=f"reference tables not found in {REFERENCE} (set GEOKG_SHARED_DIR)",
)

# A plain namespace: rdflib's XSD object warns when pytest inspects this module's names.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip

# The relations other components code against: name -> (CAMEO code, PLOVER type, symmetric).
REQUIRED_INTERACTIONS = {
    "expressesConcernAbout": ("012", None, False),
    "appealsTo": ("020", "REQUEST", False),
    "expressesIntentToCooperate": ("030", "AGREE", False),
    "developsPartnershipWith": ("030", "AGREE", True),
    "meetsWith": ("040", "CONSULT", True),
    "talksByPhoneWith": ("041", "CONSULT", True),
    "visits": ("042", "CONSULT", False),
    "hosts": ("043", "CONSULT", False),
    "negotiatesWith": ("046", "CONSULT", True),
    "cooperatesDiplomaticallyWith": ("050", "SUPPORT", True),
    "praises": ("051", "SUPPORT", False),
    "supports": ("051", "SUPPORT", False),
    "signsAgreementWith": ("057", "SUPPORT", True),
    "cooperatesEconomicallyWith": ("061", "COOPERATE", True),
    "cooperatesMilitarilyWith": ("062", "COOPERATE", True),
    "providesAidTo": ("070", "AID", False),
    "providesEconomicAidTo": ("071", "AID", False),
    "providesMilitaryAidTo": ("072", "AID", False),
    "providesHumanitarianAidTo": ("073", "AID", False),
    "providesMilitaryProtectionTo": ("074", "AID", False),
    "demands": ("100", "REQUEST", False),
    "criticizes": ("111", "ACCUSE", False),
    "accuses": ("112", "ACCUSE", False),
    "rejects": ("120", "REJECT", False),
    "vetoes": ("129", "REJECT", False),
    "threatens": ("130", "THREATEN", False),
    "protests": ("140", "PROTEST", False),
    "conductsMilitaryExercise": ("150", "MOBILIZE", False),
    "reducesRelationsWith": ("160", "SANCTION", False),
    "imposesSanctionsOn": ("163", "COERCE", False),
    "arrests": ("173", "COERCE", False),
    "attacks": ("190", "ASSAULT", False),
    "carriesOutAirstrikeOn": ("195", "ASSAULT", False),
}
# name -> (Wikidata property or None, stated from the other end in Wikidata)
REQUIRED_STANDING = {
    "holdsPosition": ("P39", False),
    "headOfStateOf": ("P35", True),
    "headOfGovernmentOf": ("P6", True),
    "foreignMinisterOf": (None, False),
    "defenceMinisterOf": (None, False),
    "adviserTo": (None, False),
    "spokespersonFor": (None, False),
    "hasFather": ("P22", False),
    "memberOf": ("P463", False),
    "capitalOf": ("P1376", False),
    "stateMediaOf": (None, False),
}
REQUIRED_CLASSES = (
    "Actor", "Country", "Person", "GovernmentBody", "ArmedForce", "InternationalOrganisation",
    "MediaOutlet", "Place", "City", "ArmedGroup", "PoliticalParty", "Bloc", "Office", "Company",
    "Group",
)  # fmt: skip
AR_OBJECT_MARKERS = {"على", "إلى", "ل", "ب", "مع", "ضد", "إزاء", "بشأن", "من", "في", "عن", "بين",
                     "حيال", "تجاه", "قرب", "قبالة", "لدى", "أمام", "داخل"}  # fmt: skip

ARABIC_LETTER = re.compile(r"^[\u0621-\u063A\u0641-\u064A]+$")  # letters only: no harakat, tatweel
ENGLISH_PHRASE = re.compile(r"^[a-z'][a-z' -]*[a-z]$|^[a-z]$")


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return Ontology.from_files(use_cache=False)


@pytest.fixture(scope="module")
def onto_graph(onto: Ontology) -> Graph:
    return onto.graph()


def quad_from_root(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 14 else 4


def verb_forms(cue: str) -> set[str]:
    """ "اعتزم/يعتزم" -> {"اعتزم", "يعتزم"}; a plain cue stands for itself."""
    first, _, rest = cue.partition(" ")
    forms = first.split("/")
    return {f"{form} {rest}".strip() for form in forms}


def all_forms(cues: tuple[str, ...]) -> set[str]:
    return set().union(*(verb_forms(c) for c in cues))


# ------------------------------------------------------------------------------ the Turtle files


@pytest.mark.parametrize("path", [ONTOLOGY_PATH, LEXICON_PATH, SHAPES_PATH], ids=lambda p: p.name)
def test_turtle_parses(path: Path) -> None:
    graph = Graph().parse(path, format="turtle")
    assert len(graph) > 100


@pytest.mark.parametrize("path", [ONTOLOGY_PATH, LEXICON_PATH], ids=lambda p: p.name)
def test_no_blank_nodes(path: Path) -> None:
    graph = Graph().parse(path, format="turtle")
    blank = [t for t in graph if any(isinstance(term, BNode) for term in t)]
    assert blank == []


def test_shapes_are_named() -> None:
    # Only the value lists of sh:in / sh:or may be blank nodes; every shape has an IRI.
    sh = URIRef("http://www.w3.org/ns/shacl#")
    shapes = Graph().parse(SHAPES_PATH, format="turtle")
    for kind in ("NodeShape", "PropertyShape"):
        for shape in shapes.subjects(RDF.type, URIRef(str(sh) + kind)):
            assert isinstance(shape, URIRef)
    for _, prop in shapes.subject_objects(URIRef(str(sh) + "property")):
        assert isinstance(prop, URIRef)


def test_ontology_header(onto_graph: Graph) -> None:
    header = URIRef("https://w3id.org/geokg/ontology")
    assert (header, RDF.type, OWL.Ontology) in onto_graph
    assert onto_graph.value(header, OWL.versionInfo) is not None
    assert onto_graph.value(header, URIRef("http://purl.org/dc/terms/license")) is not None
    comment = str(onto_graph.value(header, RDFS.comment))
    for source in (
        "CAMEO_codefile.txt",
        "CAMEO2PLOVER-2021.txt",
        "CAMEO_goldstein.tsv",
    ):
        assert source in comment


def test_statement_model(onto_graph: Graph) -> None:
    assert (GK.Assertion, RDFS.subClassOf, PROV.Entity) in onto_graph
    assert (GK.Document, RDFS.subClassOf, PROV.Entity) in onto_graph
    for name in (
        "subject", "predicate", "object", "objectAssertion", "polarity", "modality",
        "attributedTo",
    ):  # fmt: skip
        assert (GK[name], RDF.type, OWL.ObjectProperty) in onto_graph, name
    for name, datatype in (
        ("timeStart", XSD.date), ("timeEnd", XSD.date), ("confidence", XSD.decimal),
        ("evidenceStart", XSD.integer), ("evidenceEnd", XSD.integer), ("url", XSD.anyURI),
        ("publicationDate", XSD.date),
    ):  # fmt: skip
        assert (GK[name], RDFS.range, datatype) in onto_graph, name
    for name in (
        "objectLiteral", "evidenceText", "evidenceLang", "surfaceSubject", "surfaceObject",
        "cameoCode", "ploverType", "extractor", "sourceName", "title", "language", "countryCode",
        "sector", "wikidata",
    ):  # fmt: skip
        assert (GK[name], RDF.type, OWL.DatatypeProperty) in onto_graph, name


def test_polarity_and_modality_concepts_match_the_data_model(onto_graph: Graph) -> None:
    from geokg.extract.model import MODALITIES, POLARITIES

    assert set(POLARITY_IRIS) == set(POLARITIES)
    assert set(MODALITY_IRIS) == set(MODALITIES)
    for value, iri in {**POLARITY_IRIS, **MODALITY_IRIS}.items():
        assert str(onto_graph.value(iri, SKOS.notation)) == value
        labels = {lit.language for lit in onto_graph.objects(iri, SKOS.prefLabel)}
        assert {"ar", "en"} <= labels


# ------------------------------------------------------------------------------ relations


def test_required_relations(onto: Ontology) -> None:
    for name, (cameo, plover, symmetric) in REQUIRED_INTERACTIONS.items():
        rel = onto.relation(name)
        assert rel.kind == "interaction", name
        assert (rel.cameo, rel.plover, rel.symmetric) == (cameo, plover, symmetric), name
    for name, (pid, inverse) in REQUIRED_STANDING.items():
        rel = onto.relation(name)
        assert rel.kind == "standing", name
        assert (rel.wikidata_property, rel.wikidata_inverse) == (pid, inverse), name


def test_every_relation_is_described(onto: Ontology, onto_graph: Graph) -> None:
    assert len(onto.relations) >= len(REQUIRED_INTERACTIONS) + len(REQUIRED_STANDING)
    for rel in onto.relations.values():
        assert rel.labels.get("ar") and rel.labels.get("en"), rel.name
        assert len(rel.definition) > 20, rel.name
        assert rel.iri == str(GK[rel.name])
        assert (URIRef(rel.iri), RDF.type, OWL.ObjectProperty) in onto_graph
        assert rel.object_kind in OBJECT_KINDS
        if rel.symmetric:
            assert (URIRef(rel.iri), RDF.type, OWL.SymmetricProperty) in onto_graph
        if rel.parent is not None:
            assert onto.relation(rel.parent).kind == rel.kind, rel.name


def test_object_kinds(onto: Ontology) -> None:
    assert onto.relation("conductsMilitaryExercise").object_kind == "none_or_place"
    assert onto.relation("expressesConcernAbout").object_kind == "entity_or_assertion"
    assert onto.relation("visits").object_kind == "entity_or_place"


def test_interaction_alignment(onto: Ontology) -> None:
    for rel in onto.relations_of_kind("interaction"):
        assert rel.cameo is not None and re.fullmatch(r"\d{3,4}", rel.cameo), rel.name
        assert rel.quad == quad_from_root(rel.cameo), rel.name
        assert rel.goldstein is not None and -10 <= rel.goldstein <= 10, rel.name
        assert rel.wikidata_property is None, rel.name
        if rel.cameo.startswith("01"):
            assert rel.plover is None, rel.name  # PLOVER drops root 01
        else:
            assert rel.plover in PLOVER_TYPES, rel.name


def test_standing_alignment(onto: Ontology) -> None:
    for rel in onto.relations_of_kind("standing"):
        assert (rel.cameo, rel.plover, rel.quad, rel.goldstein) == (None,) * 4, rel.name
        if rel.wikidata_property is not None:
            assert re.fullmatch(r"P[1-9]\d*", rel.wikidata_property), rel.name
        else:
            assert not rel.wikidata_inverse, rel.name
    assert onto.relation("capitalOf").subject_class == "City"
    assert onto.relation("capitalOf").object_class == "Country"
    assert onto.relation("holdsPosition").object_class == "Office"


@needs_reference
def test_goldstein_matches_reference(onto: Ontology) -> None:
    with open(REFERENCE / "CAMEO_goldstein.tsv", encoding="utf-8") as f:
        table = {row[0]: float(row[1]) for row in csv.reader(f, delimiter="\t") if row[0].isdigit()}
    for rel in onto.relations_of_kind("interaction"):
        assert rel.goldstein == table[rel.cameo], rel.name


@needs_reference
def test_cameo_codes_exist(onto: Ontology) -> None:
    text = (REFERENCE / "CAMEO_codefile.txt").read_text(encoding="utf-8")
    codes = set(re.findall(r"^LABELi?: (\d+)=", text, flags=re.MULTILINE))
    for rel in onto.relations_of_kind("interaction"):
        assert rel.cameo in codes, rel.name


@needs_reference
def test_plover_matches_reference(onto: Ontology) -> None:
    table = {}
    for line in (REFERENCE / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{3,4}):\s*([A-Z]+)", line)
        if match:
            table[match.group(1)] = match.group(2)
    for rel in onto.relations_of_kind("interaction"):
        if rel.cameo in table:
            assert rel.plover == table[rel.cameo], rel.name
        else:
            # Only the roots PLOVER leaves out: statements (01) and appeals (02).
            assert rel.cameo[:2] in ("01", "02"), rel.name


# ------------------------------------------------------------------------------ triggers


def test_trigger_counts(onto: Ontology) -> None:
    for rel in onto.relations.values():
        minimum_ar = 2 if rel.is_interaction else 1
        assert len(rel.triggers.get("ar", ())) >= minimum_ar, rel.name
        assert len(rel.triggers.get("en", ())) >= 1, rel.name


def test_arabic_trigger_syntax(onto: Ontology) -> None:
    for rel in onto.relations.values():
        for trigger in rel.triggers["ar"]:
            assert trigger == unicodedata.normalize("NFC", trigger)
            words = trigger.split(" ")
            assert all(words) and len(words) <= 5, (rel.name, trigger)
            head, *rest = words
            forms = head.split("/")
            assert len(forms) in (1, 2), (rel.name, trigger)
            if len(forms) == 2:
                # either half may be empty (أنذر/, /يثمن), not both; the imperfect begins يـ (or تـ)
                assert any(forms) and (not forms[1] or forms[1][0] in "يت"), (rel.name, trigger)
            for word in [f for f in forms if f] + rest:
                assert ARABIC_LETTER.match(word), (rel.name, trigger, word)


def test_english_trigger_syntax(onto: Ontology) -> None:
    for rel in onto.relations.values():
        for trigger in rel.triggers["en"]:
            assert ENGLISH_PHRASE.match(trigger), (rel.name, trigger)


def test_triggers_are_unambiguous(onto: Ontology) -> None:
    # One trigger string names one relation; a longer phrase may contain a shorter one.
    for lang in ("ar", "en"):
        owner: dict[str, str] = {}
        for rel in onto.relations.values():
            for trigger in rel.triggers[lang]:
                assert owner.setdefault(trigger, rel.name) == rel.name, (
                    f"{trigger!r} triggers both {owner[trigger]} and {rel.name}"
                )


def test_longer_phrases_refine_shorter_ones(onto: Ontology) -> None:
    owner = {t: rel.name for rel in onto.relations.values() for t in rel.triggers["ar"]}
    assert owner["تطوير شراكة"] == "developsPartnershipWith"
    assert owner["شراكة"] == "cooperatesDiplomaticallyWith"
    assert owner["مساعدات عسكرية"] == "providesMilitaryAidTo"
    assert owner["مساعدات"] == "providesAidTo"
    assert owner["فرض/يفرض عقوبات"] == "imposesSanctionsOn"
    assert owner["أعرب/يعرب عن قلق"] == "expressesConcernAbout"
    # longest first, as the extractors try them
    triggers = onto.relation("providesAidTo").triggers["ar"]
    assert [len(t) for t in triggers] == sorted((len(t) for t in triggers), reverse=True)


def test_object_markers(onto: Ontology) -> None:
    for rel in onto.relations.values():
        assert set(rel.object_markers.get("ar", ())) <= AR_OBJECT_MARKERS, rel.name
        for marker in rel.object_markers.get("en", ()):
            assert re.fullmatch(r"[a-z]+", marker), rel.name
    assert "إلى" in onto.relation("visits").object_markers["ar"]
    assert "بشأن" in onto.relation("expressesConcernAbout").object_markers["ar"]


def test_relation_lookup_error_is_helpful(onto: Ontology) -> None:
    with pytest.raises(KeyError, match="visitz.*Did you mean visits"):
        onto.relation("visitz")


# ------------------------------------------------------------------------------ classes


def test_entity_classes(onto: Ontology, onto_graph: Graph) -> None:
    assert set(REQUIRED_CLASSES) <= set(onto.classes)
    assert "Assertion" not in onto.classes and "Document" not in onto.classes
    for cls in onto.classes.values():
        assert cls.labels.get("ar") and cls.labels.get("en"), cls.name
        if cls.wikidata is not None:
            assert re.fullmatch(r"Q[1-9]\d*", cls.wikidata), cls.name
    assert onto.classes["Country"].parent == "Actor"
    assert (GK.Country, RDFS.subClassOf, GK.Place) in onto_graph
    assert onto.ancestors("City") == ("Place",)
    assert onto.classes["Actor"].parent is None
    assert onto.classes["Country"].wikidata == "Q6256"
    assert onto.classes["Bloc"].wikidata is None


# ------------------------------------------------------------------------------ lexicon


def test_negation_cues(onto: Ontology) -> None:
    arabic = all_forms(onto.cues("NegationCue", "ar"))
    for word in (
        "لا",
        "لم",
        "لن",
        "ليس",
        "ليست",
        "لسنا",
        "لست",
        "ليسوا",
        "غير",
        "ما",
        "عدم",
        "دون",
    ):
        assert word in arabic
    assert {"not", "n't", "never", "no", "deny"} <= set(onto.cues("NegationCue", "en"))
    assert onto.cue_signal("NegationCue") == "negated"


@pytest.mark.parametrize(
    ("concept", "arabic", "english", "signal"),
    [
        ("FutureCue", ("سوف", "سيتم", "من المقرر", "يعتزم", "يخطط", "ينوي", "المقبل"),
         ("will", "plan", "intend"), "expected"),
        ("ReportingCue", ("قال", "أكد", "أعلن", "ذكر", "أوضح", "صرح", "أفاد", "أشار", "كشف",
                          "بحسب", "وفق", "وفقا", "نقلا عن", "حسب"),
         ("say", "tell", "state", "announce", "report", "according to"), "reported"),
        ("AllegationCue", ("اتهم", "زعم", "ادعى", "يزعم", "مزاعم"),
         ("allege", "claim", "accuse"), "alleged"),
        ("HopeCue", ("أمل", "يأمل", "يتطلع", "تمنى"), ("hope", "look forward"), "expected"),
        ("ExpectationCue", ("توقع", "يتوقع", "احتمال"), (), "expected"),
        ("HypotheticalCue", ("إذا", "لو", "في حال", "إن"), ("if", "would", "could"),
         "hypothetical"),
    ],
)  # fmt: skip
def test_modality_cues(onto: Ontology, concept: str, arabic: tuple, english: tuple, signal: str) -> None:
    assert set(arabic) <= all_forms(onto.cues(concept, "ar"))
    assert set(english) <= set(onto.cues(concept, "en"))
    assert onto.cue_signal(concept) == signal


def test_month_names(onto: Ontology) -> None:
    arabic = onto.month_names("ar")
    assert sorted(set(arabic.values())) == list(range(1, 13))
    for number in range(1, 13):
        assert sum(1 for v in arabic.values() if v == number) >= 2, number
    assert arabic["يونيو"] == arabic["حزيران"] == 6
    assert arabic["كانون الثاني"] == 1 and arabic["كانون الأول"] == 12
    english = onto.month_names("en")
    assert english["March"] == 3 and english["December"] == 12 and len(english) >= 12


def test_weekday_names(onto: Ontology) -> None:
    assert onto.weekday_names("ar") == {
        "الاثنين": 1, "الثلاثاء": 2, "الأربعاء": 3, "الخميس": 4, "الجمعة": 5, "السبت": 6,
        "الأحد": 7,
    }  # fmt: skip
    assert onto.weekday_names("en")["Sunday"] == 7


def test_time_vocabulary(onto: Ontology) -> None:
    arabic = onto.relative_times("ar")
    assert (arabic["أمس"].unit, arabic["أمس"].offset) == ("day", -1)
    assert (arabic["اليوم"].unit, arabic["اليوم"].offset) == ("day", 0)
    assert (arabic["غدا"].unit, arabic["غدا"].offset) == ("day", 1)
    assert (arabic["الأسبوع الماضي"].unit, arabic["الأسبوع الماضي"].offset) == (
        "week",
        -1,
    )
    assert (arabic["الشهر الماضي"].unit, arabic["الشهر الماضي"].offset) == ("month", -1)
    assert arabic["الجاري"].unit == "month" and arabic["الحالي"].offset == 0
    assert onto.relative_times("en")["yesterday"].offset == -1
    assert "اليوم" in onto.cues("TodayCue", "ar")
    assert onto.cues("NextWeekCue", "en") == ("next week",)
    assert onto.time_units("ar")["أشهر"] == "month"
    assert onto.number_words("ar")["تسعة"] == 9
    assert onto.number_words("en")["nine"] == 9


def test_sector_groups(onto: Ontology) -> None:
    """Sector groups are data: soldiers act for their state but not only at home, armed groups
    and civilians for none; the codes are those of CAMEO's agent file."""
    sectors = onto.sectors
    assert sectors.military <= sectors.state and not sectors.military & sectors.home
    assert sectors.home <= sectors.state and sectors.government <= sectors.home
    assert not (sectors.armed | sectors.civilian | sectors.commercial | sectors.opposition) & sectors.state
    assert sectors.official in sectors.government
    assert ontology_module.sector_groups() == ontology_module.load_ontology().sectors
    cameo = REFERENCE / "CAMEO_agentnames.txt"
    if not cameo.is_file():
        pytest.skip("../shared/reference/CAMEO_agentnames.txt is absent (the codes are checked against it)")
    rows = [line.split("\t") for line in cameo.read_text(encoding="utf-8").splitlines() if line.strip()]
    known = {row[1][i : i + 3] for row in rows if len(row) > 1 for i in range(0, len(row[1]), 3)}
    groups = (sectors.state, sectors.armed, sectors.civilian, sectors.commercial, sectors.opposition)
    assert set().union(*groups) <= known


def test_sector_groups_missing(tmp_path: Path) -> None:
    """An ontology without its sector groups says which are missing, not a KeyError later."""
    text = ONTOLOGY_PATH.read_text(encoding="utf-8").replace(
        "gk:HomeSectors a gk:SectorGroup", "gk:HomeSectors a gk:Nothing"
    )
    path = tmp_path / "geokg.ttl"
    path.write_text(text, encoding="utf-8")
    broken = Ontology.from_files(path, use_cache=False)
    with pytest.raises(OntologyError, match="HomeSectors"):
        _ = broken.sectors


def test_unknown_cue_concept(onto: Ontology) -> None:
    with pytest.raises(KeyError, match="NegationCue"):
        onto.cues("NegatonCue", "ar")
    assert onto.cues("NegationCue", "fr") == ()


# ------------------------------------------------------------------------------ loading


def test_compiled_cache_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = Ontology.from_files(cache_dir=tmp_path)
    cached_files = list(tmp_path.glob("ontology-*.json"))
    assert len(cached_files) == 1

    def no_compile(_graph: Graph) -> dict:
        raise AssertionError("the cache should have been used")

    monkeypatch.setattr(ontology_module, "_compile", no_compile)
    # (how fast the cache loads is benchmarks/bench_startup.py's business, not a timed test's)
    cached = Ontology.from_files(cache_dir=tmp_path)
    assert cached.relations == fresh.relations
    assert cached.relation("visits").triggers == fresh.relation("visits").triggers
    assert cached.month_names("ar") == fresh.month_names("ar")


def test_cache_follows_file_content(tmp_path: Path) -> None:
    onto_copy, lexicon_copy = tmp_path / "geokg.ttl", tmp_path / "lexicon.ttl"
    onto_copy.write_bytes(ONTOLOGY_PATH.read_bytes())
    lexicon_copy.write_bytes(LEXICON_PATH.read_bytes())
    cache = tmp_path / "cache"
    Ontology.from_files(onto_copy, lexicon_copy, cache_dir=cache)
    extra = '\ngk:visits gk:enTrigger "drop in on"@en .\n'
    onto_copy.write_text(onto_copy.read_text(encoding="utf-8") + extra, encoding="utf-8")
    changed = Ontology.from_files(onto_copy, lexicon_copy, cache_dir=cache)
    assert "drop in on" in changed.relation("visits").triggers["en"]
    assert len(list(cache.glob("ontology-*.json"))) == 2


def test_cache_holds_what_its_key_was_made_of(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file saved again between reading it for the key and compiling (an editor writing while
    a run starts) must not put the new content under the old content's key."""
    onto_copy, lexicon_copy = tmp_path / "geokg.ttl", tmp_path / "lexicon.ttl"
    onto_copy.write_bytes(ONTOLOGY_PATH.read_bytes())
    lexicon_copy.write_bytes(LEXICON_PATH.read_bytes())
    extra = '\ngk:visits gk:enTrigger "drop in on"@en .\n'
    real_digest = ontology_module._digest

    def digest_then_edit(contents: list[bytes]) -> str:
        key = real_digest(contents)
        onto_copy.write_text(onto_copy.read_text(encoding="utf-8") + extra, encoding="utf-8")
        return key

    cache = tmp_path / "cache"
    monkeypatch.setattr(ontology_module, "_digest", digest_then_edit)
    first = Ontology.from_files(onto_copy, lexicon_copy, cache_dir=cache)
    assert "drop in on" not in first.relation("visits").triggers["en"]
    monkeypatch.setattr(ontology_module, "_digest", real_digest)
    onto_copy.write_bytes(ONTOLOGY_PATH.read_bytes())
    again = Ontology.from_files(onto_copy, lexicon_copy, cache_dir=cache)
    assert "drop in on" not in again.relation("visits").triggers["en"]


def test_corrupt_cache_is_ignored(tmp_path: Path) -> None:
    Ontology.from_files(cache_dir=tmp_path)
    (cached,) = tmp_path.glob("ontology-*.json")
    cached.write_text("{not json", encoding="utf-8")
    assert Ontology.from_files(cache_dir=tmp_path).relation("visits").cameo == "042"


def test_load_ontology_is_cached() -> None:
    assert load_ontology() is load_ontology()


def test_graph_returns_a_copy(onto: Ontology) -> None:
    first = onto.graph()
    first.add((GK.visits, RDFS.comment, Literal("scratch")))
    assert (GK.visits, RDFS.comment, Literal("scratch")) not in onto.graph()
    assert (GK.Month1, RDF.type, SKOS.Concept) in first  # the lexicon is included


def test_ontology_imports_no_other_stage() -> None:
    code = (
        "import sys, geokg.ontology; sys.exit(any(m.startswith(('geokg.extract', 'geokg.graph')) for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


# ------------------------------------------------------------------------------ SHACL


def statement_graph() -> tuple[Graph, URIRef]:
    """A small statement graph: one entity-object assertion about a visit."""
    graph = Graph()
    statement, document = GKS["a-test-1"], GKDOC["test%23doc"]
    subject, obj = GKID["Q7747"], GKID["Q423"]
    graph.add((statement, RDF.type, GK.Assertion))
    graph.add((statement, GK.subject, subject))
    graph.add((statement, GK.predicate, GK.visits))
    graph.add((statement, GK.object, obj))
    graph.add((statement, GK.polarity, GK.Affirmed))
    graph.add((statement, GK.modality, GK.Expected))
    graph.add((statement, GK.confidence, Literal("0.8", datatype=XSD.decimal)))
    graph.add((statement, GK.evidenceText, Literal("يزور الرئيس البلد غدا", lang="ar")))
    graph.add((statement, GK.evidenceStart, Literal(10)))
    graph.add((statement, GK.evidenceEnd, Literal(31)))
    graph.add((statement, GK.evidenceLang, Literal("ar")))
    graph.add((statement, GK.timeStart, Literal("2024-06-19", datatype=XSD.date)))
    graph.add((statement, GK.cameoCode, Literal("042")))
    graph.add((statement, GK.ploverType, Literal("CONSULT")))
    graph.add((statement, GK.quadClass, Literal(1)))
    graph.add((statement, GK.goldstein, Literal("1.9", datatype=XSD.decimal)))
    graph.add((statement, GK.extractor, Literal("test/1")))
    graph.add((statement, PROV.wasDerivedFrom, document))
    graph.add((document, RDF.type, GK.Document))
    graph.add((document, GK.publicationDate, Literal("2024-06-18", datatype=XSD.date)))
    graph.add((subject, RDF.type, GK.Person))
    graph.add((subject, RDFS.label, Literal("Vladimir Putin", lang="en")))
    graph.add((subject, GK.countryCode, Literal("RUS")))
    graph.add((obj, RDF.type, GK.Country))
    graph.add((obj, RDFS.label, Literal("كوريا الشمالية", lang="ar")))
    graph.add((obj, GK.countryCode, Literal("PRK")))
    return graph, statement


def violated_shapes(graph: Graph) -> set[str]:
    report = validate(graph)
    assert not report.conforms
    sh = "http://www.w3.org/ns/shacl#"
    shapes = set(report.results.objects(None, URIRef(sh + "sourceShape")))
    constraints = set(report.results.objects(None, URIRef(sh + "sourceConstraint")))
    return {str(s).rsplit("#", 1)[-1] for s in shapes | constraints}


def test_valid_statement_conforms() -> None:
    graph, _ = statement_graph()
    report = validate(graph)
    assert report.conforms, report.text


def test_invalid_statements_are_reported() -> None:
    graph, statement = statement_graph()
    graph.add((statement, GK.objectLiteral, Literal("a second object")))
    graph.set((statement, GK.polarity, GK.Maybe))
    graph.set((statement, GK.confidence, Literal("1.5", datatype=XSD.decimal)))
    graph.remove((statement, PROV.wasDerivedFrom, None))
    graph.set((GKID["Q423"], GK.countryCode, Literal("kp")))
    assert violated_shapes(graph) >= {
        "AssertionSingleObject", "AssertionPolarity", "AssertionConfidence",
        "AssertionDocument", "EntityCountryCode",
    }  # fmt: skip


def test_blank_node_subjects_and_missing_labels_are_reported() -> None:
    graph, statement = statement_graph()
    anonymous = BNode()
    graph.set((statement, GK.subject, anonymous))
    graph.add((anonymous, RDFS.label, Literal("someone")))
    graph.remove((GKID["Q423"], RDFS.label, None))
    graph.set((statement, GK.evidenceEnd, Literal(5)))  # before the start
    assert violated_shapes(graph) >= {
        "AssertionSubject", "EntityShape", "EntityLabel", "AssertionEvidenceStart",
    }  # fmt: skip
