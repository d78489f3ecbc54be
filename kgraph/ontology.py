"""The kgraph ontology (RDFS/OWL + SKOS), generated from the relation vocabulary.

Run ``python -m kgraph.ontology`` to regenerate ``kgraph/data/ontology.ttl``;
a test checks the shipped file matches the vocabulary.

Examples
--------
>>> from kgraph.ontology import build_ontology
>>> from kgraph.ids import KG
>>> from rdflib import RDFS
>>> g = build_ontology()
>>> (KG.vetoes, RDFS.subPropertyOf, KG.rejects) in g
True
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from .ids import KG
from .vocab import Vocabulary, default_vocabulary

__all__ = ["CAMEO", "PLOVER", "build_ontology", "ontology_path"]

CAMEO = Namespace("https://w3id.org/kgraph/cameo/")
PLOVER = Namespace("https://w3id.org/kgraph/plover/")

_CLASSES = {
    "Actor": "A political actor: person, state, organization, state organ or group.",
    "Person": "A named person.",
    "State": "A sovereign state or state-like entity.",
    "Organization": "An intergovernmental or international organization or one of its organs.",
    "StateOrgan": "An organ of a state: government, ministry, armed forces, parliament.",
    "Group": "A non-state group: party, armed group, NGO, movement.",
    "Statement": "An interaction between two actors: a relation, a source, a target, a modality, a polarity.",
    "Event": ("One report of an interaction between two actors, with its evidence (n-ary relation), "
              "a mention. The name predates consolidation; kept so that graphs and queries still read."),
    "Occurrence": ("One interaction however many reports: the mentions (kg:Event) of one fact consolidated "
                   "(kgraph.Event)."),
    "Document": "A source document (news article).",
    "Affiliation": "A dated membership of an actor in a state or organization, with a role.",
}
_SUBCLASS = {"Event": "Statement", "Occurrence": "Statement", "Person": "Actor", "State": "Actor",
             "Organization": "Actor", "StateOrgan": "Actor", "Group": "Actor"}
_EVENT_PROPS = {
    "relation": ("Statement", None,
                 "The relation (an object property of this ontology) the statement instantiates."),
    "source": ("Statement", "Actor", "The actor who acts."),
    "target": ("Statement", "Actor", "The actor acted upon."),
    "mention": ("Occurrence", "Event",
                "A report of the occurrence (its evidence, offsets, document, confidence)."),
    "realizes": ("Occurrence", "Occurrence", "The planned occurrence this asserted one carries out."),
    "document": ("Event", "Document", "The document the evidence comes from."),
    "affiliatedWith": ("Actor", "Actor", "The actor belongs to or serves this state or organization."),
    "affiliation": ("Actor", "Affiliation", "A dated affiliation of the actor."),
    "organization": ("Affiliation", "Actor", "The state or organization of an affiliation."),
}
_DATA_PROPS = {
    "modality": ("Statement", XSD.string, "asserted, planned or hypothetical."),
    "negated": ("Statement", XSD.boolean, "True when the text denies the event."),
    "firstSeen": ("Occurrence", None, "The earliest date of its mentions."),
    "lastSeen": ("Occurrence", None, "The latest date of its mentions."),
    "documentCount": ("Occurrence", XSD.integer, "Distinct documents reporting it."),
    "sourceCount": ("Occurrence", XSD.integer, "Distinct outlets reporting it."),
    "confidence": ("Event", XSD.decimal, "Extractor confidence in (0, 1]."),
    "sentence": ("Event", XSD.string, "The evidence sentence."),
    "startOffset": ("Event", XSD.integer, "Character offset of the sentence start in the document."),
    "endOffset": ("Event", XSD.integer, "Character offset of the sentence end in the document."),
    "sourceText": ("Event", XSD.string, "The source mention as written."),
    "targetText": ("Event", XSD.string, "The target mention as written."),
    "trigger": ("Event", XSD.string, "The word that signalled the relation."),
    "cameo": ("Event", XSD.string, "CAMEO code(s) of the relation."),
    "plover": ("Event", XSD.string, "PLOVER event type of the relation."),
    "actorCode": ("Actor", XSD.string, "CAMEO/ISO code of the actor."),
    "role": ("Affiliation", XSD.string, "Role key, e.g. president."),
    "startDate": ("Affiliation", None, "Start of the affiliation."),
    "endDate": ("Affiliation", None, "End of the affiliation."),
    "url": ("Document", XSD.anyURI, "Address of the document."),
    "droppedCharacters": ("Document", XSD.integer,
                          "Characters of the text removed as boilerplate before extraction."),
}


def build_ontology(vocabulary: Vocabulary | None = None) -> Graph:
    """Return the ontology graph for ``vocabulary`` (the shipped one by default)."""
    vocab = vocabulary or default_vocabulary()
    g = Graph()
    for p, ns in {"kg": KG, "owl": OWL, "rdfs": RDFS, "skos": SKOS, "xsd": XSD,
                  "cameo": CAMEO, "plover": PLOVER, "prov": PROV, "dcterms": DCTERMS}.items():
        g.bind(p, ns)
    onto = URIRef(str(KG).rstrip("#"))
    g.add((onto, RDF.type, OWL.Ontology))
    g.add((onto, RDFS.label, Literal("kgraph actor-relationship ontology", lang="en")))
    g.add((onto, DCTERMS.description, Literal(
        "Relations between political actors reported in news, with CAMEO and PLOVER mappings.",
        lang="en")))
    for name, comment in _CLASSES.items():
        g.add((KG[name], RDF.type, OWL.Class))
        g.add((KG[name], RDFS.label, Literal(name, lang="en")))
        g.add((KG[name], RDFS.comment, Literal(comment, lang="en")))
        if name in _SUBCLASS:
            g.add((KG[name], RDFS.subClassOf, KG[_SUBCLASS[name]]))
    g.add((KG.Event, RDFS.subClassOf, PROV.Entity))
    g.add((KG.Occurrence, RDFS.subClassOf, PROV.Entity))
    g.add((KG.Document, RDFS.subClassOf, PROV.Entity))
    for name, (dom, rng, comment) in _EVENT_PROPS.items():
        g.add((KG[name], RDF.type, OWL.ObjectProperty))
        g.add((KG[name], RDFS.domain, KG[dom]))
        if rng:
            g.add((KG[name], RDFS.range, KG[rng]))
        g.add((KG[name], RDFS.comment, Literal(comment, lang="en")))
    for name, (dom, rng, comment) in _DATA_PROPS.items():
        g.add((KG[name], RDF.type, OWL.DatatypeProperty))
        g.add((KG[name], RDFS.domain, KG[dom]))
        if rng is not None:
            g.add((KG[name], RDFS.range, rng))
        g.add((KG[name], RDFS.comment, Literal(comment, lang="en")))
    scheme = KG.RelationScheme
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, SKOS.prefLabel, Literal("kgraph relations", lang="en")))
    for rel in vocab:
        p = KG[rel.name]
        g.add((p, RDF.type, OWL.ObjectProperty))
        g.add((p, RDF.type, SKOS.Concept))
        g.add((p, SKOS.inScheme, scheme))
        g.add((p, RDFS.domain, KG.Actor))
        g.add((p, RDFS.range, KG.Actor))
        g.add((p, RDFS.label, Literal(rel.label, lang="en")))
        g.add((p, SKOS.prefLabel, Literal(rel.label, lang="en")))
        g.add((p, SKOS.definition, Literal(rel.definition, lang="en")))
        g.add((p, KG.quadClass, Literal(rel.quad_class)))
        g.add((p, KG.weight, Literal(rel.weight, datatype=XSD.decimal)))
        for ex in rel.examples:
            g.add((p, SKOS.example, Literal(ex, lang="en")))
        if rel.symmetric:
            g.add((p, RDF.type, OWL.SymmetricProperty))
        if rel.parent:
            g.add((p, RDFS.subPropertyOf, KG[rel.parent]))
            g.add((p, SKOS.broader, KG[rel.parent]))
        else:
            g.add((p, SKOS.topConceptOf, scheme))
        for code in rel.cameo:
            g.add((p, SKOS.closeMatch if len(code) == 2 else SKOS.narrowMatch, CAMEO[code]))
        if rel.plover:
            g.add((p, SKOS.closeMatch, PLOVER[rel.plover]))
    return g


def ontology_path() -> Path:
    """Path of the shipped ontology file."""
    return Path(__file__).with_name("data") / "ontology.ttl"


def main(argv: list[str] | None = None) -> int:
    """Write the ontology to the package (or to the path given)."""
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0]) if argv else ontology_path()
    out.write_bytes(build_ontology().serialize(format="turtle", encoding="utf-8"))
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
