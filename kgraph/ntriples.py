"""Edges, actors and documents as N-Triples lines, for bulk loading.

:mod:`kgraph.rdf` is the reference modeling (rdflib terms, one ``Graph.add``
at a time). Stores that load in bulk (Oxigraph, a SPARQL endpoint) get the
same triples from here as text, which is an order of magnitude faster than
building rdflib terms: no term objects, no per-triple store calls. A test
checks that both give the same graph.

Examples
--------
>>> import kgraph
>>> from kgraph.ntriples import TripleWriter
>>> w = TripleWriter()
>>> lines = w.edge(kgraph.extract("Russia condemned Ukraine.", doc_id="d")[0])
>>> any("ontology#condemns" in line for line in lines)
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .errors import StoreError
from .ids import KG, affiliation_iri, doc_iri, event_iri
from .model import Actor, Document, Edge
from .rdf import KIND_CLASSES
from .vocab import Vocabulary, default_vocabulary

__all__ = ["TripleWriter", "edge_row", "iri", "literal"]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
_ALT = "<http://www.w3.org/2004/02/skos/core#altLabel>"
_SAME = "<http://www.w3.org/2002/07/owl#sameAs>"
_WD = "http://www.wikidata.org/entity/"
_PROV_ENTITY = "<http://www.w3.org/ns/prov#Entity>"
_DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
_DCT = "http://purl.org/dc/terms/"
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def iri(value: str) -> str:
    """Return ``<value>`` for N-Triples, refusing characters IRIs cannot hold.

    Examples
    --------
    >>> iri("https://w3id.org/kgraph/actor/russia")
    '<https://w3id.org/kgraph/actor/russia>'
    """
    if _BAD_IRI.search(value):
        raise StoreError(f"not a valid IRI (spaces, quotes or brackets): {value[:80]!r}")
    return f"<{value}>"


def literal(value: str, datatype: str | None = None) -> str:
    """Return an N-Triples literal with the escapes N-Triples (and SPARQL) need.

    Examples
    --------
    >>> literal('He said "no"')
    '"He said \\\\"no\\\\""'
    >>> literal("5", "integer")
    '"5"^^<http://www.w3.org/2001/XMLSchema#integer>'
    """
    if '"' in value or "\\" in value or "\n" in value or "\r" in value:
        value = value.translate(_ESCAPES)
    text = f'"{value}"'
    return f"{text}^^<{_XSD}{datatype}>" if datatype else text


def _date(value: str) -> str:
    n = len(value)
    kind = "date" if n == 10 else "gYearMonth" if n == 7 else "gYear" if n == 4 else None
    return literal(value, kind)


def _k(name: str) -> str:
    return iri(str(KG[name]))


class TripleWriter:
    """Mint the N-Triples lines of documents and edges, as :mod:`kgraph.rdf` models them.

    Actor and document descriptions are written once per writer (like
    :func:`kgraph.rdf.add_actor`, which skips actors already in the graph);
    pass the ids a store already holds as ``actors`` and ``documents``.

    Parameters
    ----------
    vocabulary : Vocabulary, optional
        Relation vocabulary (for CAMEO codes and PLOVER types of relations).
    actors, documents : iterable of str, optional
        Actor IRIs and document IRIs already in the target store.

    Examples
    --------
    >>> from kgraph.model import Document
    >>> TripleWriter().document(Document("d1", title="T"))[0].endswith("ontology#Document> .")
    True
    """

    def __init__(self, vocabulary: Vocabulary | None = None, actors: Iterable[str] = (),
                 documents: Iterable[str] = ()) -> None:
        self.vocabulary = vocabulary or default_vocabulary()
        self.actors: set[str] = set(actors)
        self.documents: set[str] = set(documents)
        self._p = {name: _k(name) for name in (
            "relation", "source", "target", "modality", "negated", "confidence", "sentence",
            "startOffset", "endOffset", "sourceText", "targetText", "trigger", "cameo", "plover",
            "document", "affiliatedWith", "affiliation", "organization", "role", "startDate",
            "endDate", "actorCode", "Event", "Actor", "Document", "Affiliation")}
        self._rel: dict[str, tuple[str, tuple[str, ...], str]] = {}

    def forget(self, actors: Iterable[str] = (), documents: Iterable[str] = ()) -> None:
        """Drop ids from the already-written sets (after a store removed them)."""
        self.actors.difference_update(actors)
        self.documents.difference_update(documents)

    def document(self, doc: Document) -> list[str]:
        """Return the lines of a document node with its metadata."""
        node_iri = doc_iri(doc.id)
        self.documents.add(node_iri)
        d = iri(node_iri)
        out = [f"{d} {_RDF_TYPE} {self._p['Document']} .", f"{d} {_RDF_TYPE} {_PROV_ENTITY} .",
               f"{d} <{_DCT}identifier> {literal(doc.id)} ."]
        if doc.title:
            out.append(f"{d} <{_DCT}title> {literal(doc.title)} .")
        if doc.url:
            out.append(f"{d} <{KG}url> {literal(doc.url, 'anyURI')} .")
        if doc.outlet:
            out.append(f"{d} <{_DCT}publisher> {literal(doc.outlet)} .")
        if doc.date:
            out.append(f"{d} <{_DCT}date> {_date(doc.date)} .")
        if doc.dropped_chars:
            out.append(f"{d} <{KG}droppedCharacters> \"{int(doc.dropped_chars)}\"^^<{_XSD}integer> .")
        return out

    def actor(self, actor: Actor, out: list[str]) -> str:
        """Append an actor's description to ``out`` unless already written; return its term."""
        node = iri(actor.id)
        if actor.id in self.actors:
            return node
        self.actors.add(actor.id)
        p = self._p
        # ``a kg:Actor`` goes last: a write cut short leaves no actor that looks complete
        # (a later TripleWriter skips actors typed kg:Actor), so rerunning the ingest restores it
        out.append(f"{node} {_RDF_TYPE} {iri(str(KIND_CLASSES[actor.kind]))} .")
        out.append(f"{node} {_RDFS_LABEL} {literal(actor.label)} .")
        for alias in actor.aliases:
            out.append(f"{node} {_ALT} {literal(alias)} .")
        if actor.wikidata:
            out.append(f"{node} {_SAME} {iri(_WD + actor.wikidata)} .")
        for code in actor.codes:
            out.append(f"{node} {p['actorCode']} {literal(code)} .")
        for aff in actor.affiliations:
            org = iri(aff.actor)
            out.append(f"{node} {p['affiliatedWith']} {org} .")
            if aff.role or aff.start or aff.end:
                an = iri(affiliation_iri(actor.id, aff.actor, aff.role, aff.start, aff.end))
                out.append(f"{node} {p['affiliation']} {an} .")
                out.append(f"{an} {_RDF_TYPE} {p['Affiliation']} .")
                out.append(f"{an} {p['organization']} {org} .")
                if aff.role:
                    out.append(f"{an} {p['role']} {literal(aff.role)} .")
                if aff.start:
                    out.append(f"{an} {p['startDate']} {_date(aff.start)} .")
                if aff.end:
                    out.append(f"{an} {p['endDate']} {_date(aff.end)} .")
        out.append(f"{node} {_RDF_TYPE} {p['Actor']} .")
        return node

    def _relation(self, name: str) -> tuple[str, tuple[str, ...], str]:
        hit = self._rel.get(name)
        if hit is None:
            rel = self.vocabulary[name]
            hit = self._rel[name] = (_k(name), tuple(rel.cameo), rel.plover)
        return hit

    def edge(self, edge: Edge, out: list[str] | None = None,
             rows: list[tuple[str | None, ...]] | None = None) -> list[str]:
        """Append the lines of one edge (event node, actors, direct triple) to ``out``; return it.

        The event's own triples are appended as one string of several lines
        (cheaper than one string per triple). With ``rows``, the edge's
        :mod:`~kgraph.stores.edgetable` row (:func:`edge_row`) is appended there too.
        """
        out = [] if out is None else out
        p = self._p
        rel, rel_cameo, rel_plover = self._relation(edge.relation)
        src = self.actor(edge.source, out)
        tgt = self.actor(edge.target, out)
        ev_iri = event_iri(edge.doc_id, edge.start, edge.end, edge.source.id, edge.relation,
                           edge.target.id, f"{edge.trigger}|{edge.negated}|{edge.modality}")
        ev = iri(ev_iri)
        negated = "true" if edge.negated else "false"
        confidence = f"{float(edge.confidence):.3f}"
        start, end = str(int(edge.start)), str(int(edge.end))
        block = [
            f"{ev} {_RDF_TYPE} {p['Event']} .\n{ev} {_RDF_TYPE} {_PROV_ENTITY} .\n"
            f"{ev} {p['relation']} {rel} .\n{ev} {p['source']} {src} .\n{ev} {p['target']} {tgt} .\n"
            f"{ev} {p['modality']} {literal(edge.modality)} .\n"
            f'{ev} {p["negated"]} "{negated}"^^<{_XSD}boolean> .\n'
            f'{ev} {p["confidence"]} "{confidence}"^^<{_XSD}decimal> .\n'
            f"{ev} {p['sentence']} {literal(edge.sentence)} .\n"
            f'{ev} {p["startOffset"]} "{start}"^^<{_XSD}integer> .\n'
            f'{ev} {p["endOffset"]} "{end}"^^<{_XSD}integer> .\n'
            f"{ev} {p['sourceText']} {literal(edge.source_text)} .\n"
            f"{ev} {p['targetText']} {literal(edge.target_text)} ."]
        if edge.trigger:
            block.append(f"{ev} {p['trigger']} {literal(edge.trigger)} .")
        if edge.date:
            block.append(f"{ev} <{_DCT}date> {_date(edge.date)} .")
        codes = (edge.cameo,) if edge.cameo else rel_cameo
        for code in codes:
            block.append(f"{ev} {p['cameo']} {literal(code)} .")
        plover = edge.plover or rel_plover
        if plover:
            block.append(f"{ev} {p['plover']} {literal(plover)} .")
        d_iri = None
        if edge.doc_id is not None:
            d_iri = doc_iri(edge.doc_id)
            if d_iri not in self.documents:
                out.extend(self.document(Document(edge.doc_id)))
            d = iri(d_iri)
            block.append(f"{ev} {p['document']} {d} .\n{ev} {_DERIVED} {d} .")
        if edge.asserted:
            block.append(f"{src} {rel} {tgt} .")
        out.append("\n".join(block))
        if rows is not None:
            rows.append((ev_iri, d_iri, rel[1:-1], edge.source.id, edge.target.id, edge.modality, negated,
                         confidence, edge.sentence, start, end, edge.source_text, edge.target_text,
                         edge.trigger or None, edge.date or None,
                         max(codes, key=lambda c: (len(c), c)) if codes else None, plover or None,
                         edge.doc_id))
        return out


def edge_row(edge: Edge, vocabulary: Vocabulary) -> tuple[str | None, ...]:
    """The table row of an edge: the values :func:`kgraph.bulk.rows.edge_rows` reads back."""
    rel = vocabulary[edge.relation]
    codes = (edge.cameo,) if edge.cameo else tuple(rel.cameo)
    return (event_iri(edge.doc_id, edge.start, edge.end, edge.source.id, edge.relation, edge.target.id,
                      f"{edge.trigger}|{edge.negated}|{edge.modality}"),
            doc_iri(edge.doc_id) if edge.doc_id is not None else None,
            f"{KG}{edge.relation}", edge.source.id, edge.target.id, edge.modality,
            "true" if edge.negated else "false", f"{float(edge.confidence):.3f}", edge.sentence,
            str(int(edge.start)), str(int(edge.end)), edge.source_text, edge.target_text,
            edge.trigger or None, edge.date or None,
            max(codes, key=lambda c: (len(c), c)) if codes else None,
            (edge.plover or rel.plover) or None, edge.doc_id)
