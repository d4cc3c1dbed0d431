"""English triggers and frames (ontology/triggers_en.ttl) and their typed access, and the converter
that writes them from PETRARCH-2's verb dictionary (ontology/data/build_triggers_en.py).

Sentences here are written for these tests.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from geokg.ontology import LEXICON_PATH, ONTOLOGY_PATH, TRIGGERS_EN_PATH, Frame, Ontology
from rdflib import RDF, BNode, Graph, Namespace

GK = Namespace("https://w3id.org/geokg/ontology#")
REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GEOKG_SHARED_DIR", REPO.parent / "shared"))
PEERS = SHARED / "reference" / "peers"
needs_peers = pytest.mark.skipif(
    not (PEERS / "en_CAMEO.2.0.txt").is_file(), reason=f"peer dictionaries not found in {PEERS}"
)


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return Ontology.from_files(use_cache=False)


@pytest.fixture(scope="module")
def converter():
    sys.path.insert(0, str(REPO / "ontology" / "data"))
    import build_triggers_en

    yield build_triggers_en
    sys.path.remove(str(REPO / "ontology" / "data"))


def find(frames: tuple[Frame, ...], **fields) -> list[Frame]:
    return [f for f in frames if all(getattr(f, k) == v for k, v in fields.items())]


# ------------------------------------------------------------------------------ the file


def test_file_is_named_and_attributed() -> None:
    text = TRIGGERS_EN_PATH.read_text(encoding="utf-8")
    assert "Copyright (c) 2015 Open Event Data Alliance" in text
    assert "openeventdata/petrarch2 @676801c" in text
    graph = Graph().parse(TRIGGERS_EN_PATH, format="turtle")
    assert not [t for t in graph if any(isinstance(term, BNode) for term in t)]
    assert len(set(graph.subjects(RDF.type, GK.Frame))) > 1000


def test_the_loader_reads_the_file(onto: Ontology) -> None:
    assert TRIGGERS_EN_PATH in onto.sources
    # converted plain verbs join the relations' English triggers
    assert "castigate" in onto.relation("criticizes").triggers["en"]
    assert "call off" in onto.relation("reducesRelationsWith").triggers["en"]
    # without the extra file the relations keep only geokg.ttl's triggers
    plain = Ontology.from_files(ONTOLOGY_PATH, LEXICON_PATH, use_cache=False, extra_paths=())
    assert "castigate" not in plain.relation("criticizes").triggers["en"]
    assert plain.frames("en") == ()


# ------------------------------------------------------------------------------ typed access


def test_light_verb_frames(onto: Ontology) -> None:
    sanctions = onto.frames("en", "imposesSanctionsOn")
    assert find(sanctions, verb="impose", noun_class="SanctionEvents", source="geokg")
    assert "embargo" in onto.noun_class("SanctionEvents")
    assert find(onto.frames("en", "attacks"), verb="launch", noun_class="AttackEvents")
    assert find(onto.frames("en", "meetsWith"), verb="hold", noun_class="TalkEvents")
    carry = find(onto.frames("en", "carriesOutAirstrikeOn"), verb="carry", particle="out")
    assert carry and carry[0].noun_class == "AirstrikeEvents"


def test_nominal_event_frames(onto: Ontology) -> None:
    talks = find(onto.frames("en", "meetsWith"), verb=None, noun_class="TalkEvents", object_marker="with")
    assert talks and talks[0].nominal
    assert find(onto.frames("en", "attacks"), verb=None, noun_class="AttackEvents", object_marker="on")
    assert find(onto.frames("en", "imposesSanctionsOn"), verb=None, object_marker="against")


def test_converted_frames_keep_the_peer_pattern(onto: Ontology) -> None:
    calls = find(onto.frames("en", "appealsTo"), verb="call", preposition="for", noun_class="CeasefireNouns")
    assert calls, "call for a ceasefire"
    frame = calls[0]
    assert frame.source == "petrarch2" and frame.cameo.startswith("02")
    assert "&CEASEFIRE" in frame.pattern
    # a pattern coded for the target acting on the subject: "X faced criticism"
    faced = find(onto.frames("en"), verb="face", noun="criticism")
    assert faced and faced[0].reverse and faced[0].relation == "criticizes"


def test_every_frame_is_sound(onto: Ontology) -> None:
    classes = set(onto.noun_classes())
    iris = set()
    for frame in onto.frames("en"):
        assert frame.relation in onto.relations, frame
        assert onto.relation(frame.relation).is_interaction, frame
        assert frame.verb or frame.noun_class or frame.noun, frame
        for name in (frame.noun_class, frame.modifier_class, frame.subject_class):
            assert name is None or (name in classes and onto.noun_class(name)), frame
        for word in (frame.verb, frame.particle, frame.noun, frame.preposition, frame.object_marker):
            assert word is None or word == word.lower(), frame
        assert frame.iri not in iris
        iris.add(frame.iri)
        if frame.cameo:
            assert frame.cameo[:2] == onto.relation(frame.relation).cameo[:2] or frame.relation in (
                "praises",
                "supports",
                "easesRestrictionsOn",
                "withdrawsForcesFrom",
                "criticizes",
                "accuses",
                "reducesRelationsWith",
                "imposesRestrictionsOn",
                "meetsWith",
                "providesAidTo",
                "attacks",
                "declaresCeasefireWith",
            ), frame


def test_nouns_are_lemmas(onto: Ontology) -> None:
    # plural nouns are written as spaCy lemmatizes them ("sanctions" is "sanction"), as the
    # extractor matches lemmas
    assert "sanction" in onto.noun_class("SanctionEvents")
    plurals = {"sanctions", "attacks", "talks", "strikes", "negotiations", "troops", "rallies", "protests"}
    for frame in onto.frames("en"):
        assert frame.noun is None or frame.noun.split()[-1] not in plurals, frame
    for name in onto.noun_classes():
        assert not set(onto.noun_class(name)) & plurals, name


def test_unknown_names_are_reported(onto: Ontology) -> None:
    with pytest.raises(KeyError, match="noun class"):
        onto.noun_class("WeaponNoun")
    with pytest.raises(KeyError, match="visits"):
        onto.frames("en", "visit")
    assert onto.frames("fr") == ()


def test_frames_survive_the_compiled_cache(tmp_path: Path) -> None:
    fresh = Ontology.from_files(cache_dir=tmp_path)
    cached = Ontology.from_files(cache_dir=tmp_path)
    assert cached.frames("en") == fresh.frames("en")
    assert cached.noun_class("TalkEvents") == fresh.noun_class("TalkEvents")


def test_new_cameo_18_relations(onto: Ontology) -> None:
    bombing = onto.relation("carriesOutBombingAgainst")
    assert (bombing.cameo, bombing.plover, bombing.quad, bombing.goldstein) == ("183", "ASSAULT", 4, -10.0)
    attempt = onto.relation("attemptsToAssassinate")
    assert (attempt.cameo, attempt.goldstein) == ("185", -8.0)
    # the longer phrase selects the finer relation; the bare words stay with their relation
    owner = {t: r.name for r in onto.relations.values() for t in r.triggers["en"]}
    assert owner["suicide attack"] == "carriesOutBombingAgainst"
    assert owner["attack"] == "attacks"
    assert owner["assassination attempt"] == "attemptsToAssassinate"
    assert owner["assassinate"] == "assassinates"


# ------------------------------------------------------------------------------ the converter


@needs_peers
def test_converter_reproduces_the_file(converter, tmp_path: Path) -> None:
    synsets, blocks = converter.parse_dictionary(PEERS / "en_CAMEO.2.0.txt")
    codes, existing = converter.read_relations()
    triggers, frames, report = converter.convert(synsets, blocks, codes, existing)
    out = tmp_path / "triggers_en.ttl"
    converter.write_turtle(out, synsets, triggers, [*converter.geokg_frames(existing), *frames], report)
    assert out.read_text(encoding="utf-8") == TRIGGERS_EN_PATH.read_text(encoding="utf-8")
    # what was left out is counted, and no kept trigger is already a trigger of geokg.ttl
    assert report["verb: synonym that codes nothing alone"] > 400
    assert not [t for t, _, _ in triggers if t in existing]


def test_written_frames_read_back_equal(converter, onto: Ontology) -> None:
    # the converter and the reader share geokg.ontology.Frame: geokg's own frames, written to
    # Turtle and read back by Ontology.frames(), are the very values the converter made
    _, existing = converter.read_relations()
    written = converter.geokg_frames(existing)
    read = {f.iri: f for f in onto.frames("en")}
    assert len(written) > 100
    assert [f for f in written if read.get(f.iri) != f] == []


def test_codes_map_to_relations(converter) -> None:
    codes, _ = converter.read_relations()
    rel = converter.relation_for
    assert rel("0231", codes) == "appealsTo"  # 0231 -> 023 -> 020
    assert rel("0871", codes) == "declaresCeasefireWith"  # a four-digit code of its own
    assert rel("0874", codes) == "withdrawsForcesFrom"
    assert rel("1831", codes) == "carriesOutBombingAgainst"
    assert rel("051", codes) == "praises"
    assert rel("010", codes) is None  # statements code nothing
    assert rel("---", codes) is None
    assert converter.split_code("042:043") == ("042", False)
    assert converter.split_code(":173") == ("173", True)


def test_pattern_parsing(converter) -> None:
    synsets = {"CEASEFIRE": ["truce"], "WEAPON": ["rocket"]}
    assert converter.pattern_frame("* (FOR &CEASEFIRE)", "call", synsets) == {
        "preposition": "for",
        "noun_class": "CeasefireNouns",
    }
    assert converter.pattern_frame("* SANCTIONS (AGAINST)", "impose", synsets) == {
        "object_marker": "against",
        "noun": "sanction",
    }
    assert converter.pattern_frame("* OFF TALKS", "call", synsets) == {"particle": "off", "noun": "talk"}
    # a noun class the subject must be ("&AIRCRAFT * POUND"); a bare word before the verb is as
    # often the thing acted on ("AID * STOP") or an adverb, and is left out
    assert converter.pattern_frame("&WEAPON * (AT)", "fire", synsets) == {
        "subject_class": "WeaponNouns",
        "object_marker": "at",
    }
    assert converter.pattern_frame("&WEAPON *", "pound", synsets) == {"subject_class": "WeaponNouns"}
    with pytest.raises(converter.Skip, match="subject"):
        converter.pattern_frame("AID *", "stop", synsets)
    with pytest.raises(converter.Skip, match="subject"):
        converter.pattern_frame("MACHINE &WEAPON *", "fire", synsets)
    with pytest.raises(converter.Skip, match="two objects"):
        converter.pattern_frame("* (FOR HELP) (IN TALKS)", "ask", synsets)
    assert converter.singular("rallies") == "rally"
    assert converter.singular("talks") == "talk"
    assert converter.singular("arms") == "arms"


def test_own_triggers_are_new_words(converter) -> None:
    # geokg's own wire-news words never restate a trigger: a clash is an error in the builder
    _, existing = converter.read_relations()
    own = converter.own_triggers(existing, [])
    assert ("plea", "appealsTo", "geokg") in own
    with pytest.raises(ValueError, match="plea"):
        converter.own_triggers({**existing, "plea": "demands"}, [])


def test_inflected_pattern_verbs_find_their_lemma(converter) -> None:
    # a pattern's comment names the verb as the text had it ("# THREW", "# STEPPED_UP"): the
    # block's listed forms, else a regular ending, give the lemma (such patterns were dropped)
    verbs = {"throw": "throw", "step up": "step up", "rally": "rally", "rule out": "rule out", "threw": "throw"}
    assert converter._comment_verb("THREW", verbs) == "throw"
    assert converter._comment_verb("STEPPED_UP , STEP_UP", verbs) == "step up"
    assert converter._comment_verb("RALLIED", verbs) == "rally"
    assert converter._comment_verb("RULED_OUT", verbs) == "rule out"
    assert converter._comment_verb("WEPT", verbs) is None
    assert converter.singular("teargas") == "teargas"
