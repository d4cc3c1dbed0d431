"""Namespaces and fixed IRIs of geokg's RDF (see docs/ARCHITECTURE.md, "IRIs").

Only namespaces and the statement-model constants live here; every relation, class and cue word
comes from the Turtle files through :func:`geokg.ontology.load_ontology`.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef

GK = Namespace("https://w3id.org/geokg/ontology#")
GKID = Namespace("https://w3id.org/geokg/id/")
GKS = Namespace("https://w3id.org/geokg/statement/")
GKDOC = Namespace("https://w3id.org/geokg/doc/")
GKSH = Namespace("https://w3id.org/geokg/shapes#")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
PROV = Namespace("http://www.w3.org/ns/prov#")

ONTOLOGY_IRI = URIRef("https://w3id.org/geokg/ontology")

# The statement model's value concepts, keyed by the strings the JSON output uses
# (extract/model.py POLARITIES and MODALITIES).
POLARITY_IRIS: dict[str, URIRef] = {
    "affirmed": GK.Affirmed,
    "negated": GK.Negated,
}
MODALITY_IRIS: dict[str, URIRef] = {
    "asserted": GK.Asserted,
    "reported": GK.Reported,
    "alleged": GK.Alleged,
    "expected": GK.Expected,
    "hypothetical": GK.Hypothetical,
}
