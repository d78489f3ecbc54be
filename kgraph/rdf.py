"""Edges, actors and documents as RDF triples, and back.

Modeling (the whole model, and why, in docs/rdf-model.md):

* every edge is an event node ``kg:Event`` (n-ary pattern) with its relation,
  source, target, modality, negation, confidence, evidence sentence and offsets,
  document, date and CAMEO/PLOVER codes, linked to its document with PROV-O;
* only asserted, non-negated edges also get the direct triple
  ``source kg:<relation> target``;
* actors carry their label, kind, aliases (``skos:altLabel``), affiliations and
  ``owl:sameAs`` links to Wikidata.

Examples
--------
>>> import kgraph
>>> from rdflib import Graph
>>> from kgraph.rdf import add_edge, edges_from_graph
>>> g = Graph()
>>> e = kgraph.extract("Russia condemned the United States.", doc_id="d1")[0]
>>> _ = add_edge(g, e)
>>> [str(x) for x in edges_from_graph(g)]
['Russia --condemns--> United States']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS
from rdflib.term import IdentifiedNode, Node

from .ids import ACTOR, DOC, EVENT, KG, affiliation_iri, doc_iri, event_iri
from .model import Actor, Affiliation, Document, Edge, actor_kind, modality
from .vocab import Vocabulary, default_vocabulary

__all__ = [
    "KIND_CLASSES",
    "PREFIXES",
    "WD",
    "actor_from_graph",
    "add_actor",
    "add_document",
    "add_edge",
    "bind_prefixes",
    "document_from_graph",
    "edges_from_graph",
    "event_nodes",
]

WD = Namespace("http://www.wikidata.org/entity/")
KIND_CLASSES = {
    "person": KG.Person,
    "state": KG.State,
    "organization": KG.Organization,
    "state_organ": KG.StateOrgan,
    "group": KG.Group,
}
_CLASS_KINDS = {v: k for k, v in KIND_CLASSES.items()}
PREFIXES = {
    "kg": KG, "kga": ACTOR, "kge": EVENT, "kgd": DOC, "prov": PROV, "skos": SKOS,
    "owl": OWL, "rdfs": RDFS, "xsd": XSD, "dcterms": DCTERMS, "wd": WD,
}


def bind_prefixes(g: Graph) -> Graph:
    """Bind kgraph's prefixes on ``g`` and return it."""
    for p, ns in PREFIXES.items():
        g.bind(p, ns, override=True)
    return g


def _date_literal(value: str) -> Literal:
    if len(value) == 10:
        return Literal(value, datatype=XSD.date)
    if len(value) == 7:
        return Literal(value, datatype=XSD.gYearMonth)
    if len(value) == 4:
        return Literal(value, datatype=XSD.gYear)
    return Literal(value)


def add_actor(g: Graph, actor: Actor) -> URIRef:
    """Add an actor's description to ``g`` (idempotent) and return its node."""
    node = URIRef(actor.id)
    if (node, RDF.type, KG.Actor) in g:
        return node
    g.add((node, RDF.type, KG.Actor))
    g.add((node, RDF.type, KIND_CLASSES[actor.kind]))
    g.add((node, RDFS.label, Literal(actor.label)))
    for alias in actor.aliases:
        g.add((node, SKOS.altLabel, Literal(alias)))
    if actor.wikidata:
        g.add((node, OWL.sameAs, WD[actor.wikidata]))
    for code in actor.codes:
        g.add((node, KG.actorCode, Literal(code)))
    for aff in actor.affiliations:
        g.add((node, KG.affiliatedWith, URIRef(aff.actor)))
        if aff.role or aff.start or aff.end:
            an = URIRef(affiliation_iri(actor.id, aff.actor, aff.role, aff.start, aff.end))
            g.add((node, KG.affiliation, an))
            g.add((an, RDF.type, KG.Affiliation))
            g.add((an, KG.organization, URIRef(aff.actor)))
            if aff.role:
                g.add((an, KG.role, Literal(aff.role)))
            if aff.start:
                g.add((an, KG.startDate, _date_literal(aff.start)))
            if aff.end:
                g.add((an, KG.endDate, _date_literal(aff.end)))
    return node


def add_document(g: Graph, doc: Document) -> URIRef:
    """Add a document node with its metadata and return it."""
    node = URIRef(doc_iri(doc.id))
    g.add((node, RDF.type, KG.Document))
    g.add((node, RDF.type, PROV.Entity))
    g.add((node, DCTERMS.identifier, Literal(doc.id)))
    if doc.title:
        g.add((node, DCTERMS.title, Literal(doc.title)))
    if doc.url:
        g.add((node, KG.url, Literal(doc.url, datatype=XSD.anyURI)))
    if doc.outlet:
        g.add((node, DCTERMS.publisher, Literal(doc.outlet)))
    if doc.date:
        g.add((node, DCTERMS.date, _date_literal(doc.date)))
    if doc.dropped_chars:
        g.add((node, KG.droppedCharacters, Literal(doc.dropped_chars)))
    return node


def add_edge(g: Graph, edge: Edge, vocabulary: Vocabulary | None = None) -> URIRef:
    """Add an edge as an event node (and a direct triple when asserted); return the node."""
    vocab = vocabulary or default_vocabulary()
    rel = vocab[edge.relation]
    src = add_actor(g, edge.source)
    tgt = add_actor(g, edge.target)
    ev = URIRef(event_iri(edge.doc_id, edge.start, edge.end, edge.source.id, edge.relation,
                          edge.target.id, f"{edge.trigger}|{edge.negated}|{edge.modality}"))
    g.add((ev, RDF.type, KG.Event))
    g.add((ev, RDF.type, PROV.Entity))
    g.add((ev, KG.relation, KG[edge.relation]))
    g.add((ev, KG.source, src))
    g.add((ev, KG.target, tgt))
    g.add((ev, KG.modality, Literal(edge.modality)))
    g.add((ev, KG.negated, Literal(edge.negated)))
    g.add((ev, KG.confidence, Literal(Decimal(f"{float(edge.confidence):.3f}"), datatype=XSD.decimal)))
    g.add((ev, KG.sentence, Literal(edge.sentence)))
    g.add((ev, KG.startOffset, Literal(edge.start, datatype=XSD.integer)))
    g.add((ev, KG.endOffset, Literal(edge.end, datatype=XSD.integer)))
    g.add((ev, KG.sourceText, Literal(edge.source_text)))
    g.add((ev, KG.targetText, Literal(edge.target_text)))
    if edge.trigger:
        g.add((ev, KG.trigger, Literal(edge.trigger)))
    if edge.date:
        g.add((ev, DCTERMS.date, _date_literal(edge.date)))
    for code in (edge.cameo,) if edge.cameo else rel.cameo:
        g.add((ev, KG.cameo, Literal(code)))
    if edge.plover or rel.plover:
        g.add((ev, KG.plover, Literal(edge.plover or rel.plover)))
    if edge.doc_id is not None:
        d = URIRef(doc_iri(edge.doc_id))
        if (d, RDF.type, KG.Document) not in g:
            add_document(g, Document(edge.doc_id))
        g.add((ev, KG.document, d))
        g.add((ev, PROV.wasDerivedFrom, d))
    if edge.asserted:
        g.add((src, KG[edge.relation], tgt))
    return ev


def _value(g: Graph, s: Node, p: URIRef) -> object:
    v = g.value(s, p)
    return v.toPython() if isinstance(v, (Literal, IdentifiedNode)) else None


def _str_value(g: Graph, s: Node, p: URIRef) -> str | None:
    v = _value(g, s, p)
    return str(v) if v is not None else None


def actor_from_graph(g: Graph, node: Node) -> Actor:
    """Rebuild an :class:`Actor` from its triples."""
    kind = "group"
    for cls in g.objects(node, RDF.type):
        if isinstance(cls, URIRef) and cls in _CLASS_KINDS:
            kind = _CLASS_KINDS[cls]
    label = g.value(node, RDFS.label)
    aliases = tuple(sorted(str(a) for a in g.objects(node, SKOS.altLabel)))
    same = [str(o) for o in g.objects(node, OWL.sameAs) if str(o).startswith(str(WD))]
    affs = []
    with_roles = set()
    for an in g.objects(node, KG.affiliation):
        org = g.value(an, KG.organization)
        if org is None:
            continue
        with_roles.add(org)
        start, end = _value(g, an, KG.startDate), _value(g, an, KG.endDate)
        affs.append(Affiliation(str(org), _str_value(g, an, KG.role),
                                str(start) if start else None, str(end) if end else None))
    for org in g.objects(node, KG.affiliatedWith):
        if org not in with_roles:
            affs.append(Affiliation(str(org)))
    return Actor(
        id=str(node), label=str(label) if label is not None else str(node).rsplit("/", 1)[-1],
        kind=actor_kind(kind), aliases=aliases, affiliations=tuple(sorted(affs, key=repr)),
        wikidata=same[0].rsplit("/", 1)[-1] if same else None,
        codes=tuple(sorted(str(c) for c in g.objects(node, KG.actorCode))),
    )


def document_from_graph(g: Graph, node: Node) -> Document:
    """Rebuild a :class:`Document` from its triples."""
    date = _value(g, node, DCTERMS.date)
    return Document(
        id=str(g.value(node, DCTERMS.identifier)),
        title=_str(g.value(node, DCTERMS.title)),
        url=_str(g.value(node, KG.url)),
        outlet=_str(g.value(node, DCTERMS.publisher)),
        date=str(date) if date is not None else None,
        dropped_chars=_int(g.value(node, KG.droppedCharacters)),
    )


def _int(v: object) -> int:
    try:
        return int(str(v)) if v is not None else 0
    except ValueError:
        return 0


def _str(v: object) -> str | None:
    return None if v is None else str(v)


def event_nodes(g: Graph) -> Iterator[URIRef]:
    """Iterate over the event nodes of ``g``."""
    return (s for s in g.subjects(RDF.type, KG.Event) if isinstance(s, URIRef))


def edges_from_graph(g: Graph, nodes: Iterable[URIRef] | None = None,
                     actors: dict[str, Actor] | None = None) -> list[Edge]:
    """Rebuild :class:`Edge` objects from event nodes (all of them by default)."""
    cache: dict[str, Actor] = {} if actors is None else actors
    out = []
    doc_ids: dict[Node, str | None] = {}

    def actor(node: Node) -> Actor:
        key = str(node)
        if key not in cache:
            cache[key] = actor_from_graph(g, node)
        return cache[key]

    for ev in nodes if nodes is not None else event_nodes(g):
        po: dict[Node, Any] = {}  # rdflib terms
        for p, o in g.predicate_objects(ev):
            po.setdefault(p, o)
        rel = po.get(KG.relation)
        src, tgt = po.get(KG.source), po.get(KG.target)
        if rel is None or src is None or tgt is None:
            continue
        d = po.get(KG.document)
        if d is not None and d not in doc_ids:
            ident = g.value(d, DCTERMS.identifier)
            doc_ids[d] = str(ident) if ident is not None else None
        date = po.get(DCTERMS.date)
        out.append(Edge(
            source=actor(src), target=actor(tgt), relation=str(rel)[len(str(KG)):],
            negated=bool(po[KG.negated].toPython()) if KG.negated in po else False,
            modality=modality(str(po.get(KG.modality, "asserted"))),
            source_text=str(po.get(KG.sourceText, "")), target_text=str(po.get(KG.targetText, "")),
            sentence=str(po.get(KG.sentence, "")), doc_id=doc_ids.get(d) if d is not None else None,
            start=int(po[KG.startOffset].toPython()) if KG.startOffset in po else 0,
            end=int(po[KG.endOffset].toPython()) if KG.endOffset in po else 0,
            confidence=float(po[KG.confidence].toPython()) if KG.confidence in po else 0.5,
            date=str(date) if date is not None else None,
            trigger=str(po.get(KG.trigger, "")),
            cameo=max((str(c) for c in g.objects(ev, KG.cameo)), key=lambda c: (len(c), c), default=""),
            plover=str(po.get(KG.plover, "")),
        ))
    out.sort(key=lambda e: (e.doc_id or "", e.start, e.relation, e.source.label, e.target.label))
    return out
