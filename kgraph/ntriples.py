"""The RDF mapping's one writer: the triples of documents, actors and edges.

:class:`TripleWriter` mints the triples of a :class:`~kgraph.Document`, an
:class:`~kgraph.Actor` and an :class:`~kgraph.Edge` (the model of
docs/rdf-model.md) once, as tuples of N-Triples terms (:mod:`kgraph.terms`). Two
thin serializers take them from there: N-Triples lines for stores that load in
bulk (Oxigraph, a SPARQL endpoint; :func:`kgraph.terms.nt_lines`), rdflib terms
for the in-memory store and :func:`kgraph.rdf.add_edge`
(:class:`kgraph.terms.RdflibTerms`). Writing text first is an order of magnitude
cheaper than building rdflib terms one ``Graph.add`` at a time, and the rdflib
serializer builds a repeated term once.

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

from collections.abc import Iterable, MutableSet
from typing import TYPE_CHECKING

from .ids import KG, affiliation_iri, doc_iri, edge_event_iri, event_iri
from .model import Actor, Document, Edge
from .terms import XSD, NTriple, date_literal, iri, literal, nt_lines
from .vocab import Vocabulary, default_vocabulary

if TYPE_CHECKING:
    from .events import Event

__all__ = ["KIND_CLASSES", "EdgeRow", "TripleWriter", "edge_row", "iri", "literal"]

#: The class of each actor kind (besides ``kg:Actor``).
KIND_CLASSES = {"person": "Person", "state": "State", "organization": "Organization",
                "state_organ": "StateOrgan", "group": "Group"}
#: A row of lexical values (``str``, ``None`` when absent) describing one event: written to the
#: edge table (:func:`edge_row`: event and document IRIs, then :data:`kgraph.rdf.EDGE_COLUMNS`)
#: and read back (the event IRI, then those columns).
EdgeRow = tuple[str | None, ...]
_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
_ALT = "<http://www.w3.org/2004/02/skos/core#altLabel>"
_SAME = "<http://www.w3.org/2002/07/owl#sameAs>"
_WD = "http://www.wikidata.org/entity/"
_PROV_ENTITY = "<http://www.w3.org/ns/prov#Entity>"
_DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
_DCT = "http://purl.org/dc/terms/"
_TRUE, _FALSE = f'"true"^^<{XSD}boolean>', f'"false"^^<{XSD}boolean>'
_KG_NAMES = (
    "relation", "source", "target", "modality", "negated", "confidence", "sentence", "startOffset",
    "endOffset", "sourceText", "targetText", "trigger", "cameo", "plover", "document", "affiliatedWith",
    "affiliation", "organization", "role", "startDate", "endDate", "actorCode", "url",
    "droppedCharacters", "Event", "Actor", "Document", "Affiliation", *KIND_CLASSES.values(),
    "Occurrence", "mention", "realizes", "firstSeen", "lastSeen", "documentCount", "sourceCount")
_K = {name: iri(str(KG[name])) for name in _KG_NAMES}
_D = {name: f"<{_DCT}{name}>" for name in ("identifier", "title", "publisher", "date")}


def _integer(value: int) -> str:
    return f'"{int(value)}"^^<{XSD}integer>'


def _given(node: str, fields: tuple[tuple[str, str | None], ...]) -> list[NTriple]:
    """The triples ``node predicate object`` of the fields whose object is given (not None)."""
    return [(node, p, o) for p, o in fields if o is not None]


def _cameo(codes: tuple[str, ...]) -> str | None:
    """The most specific of an event's CAMEO codes (the longest, then the greatest)."""
    return max(codes, key=lambda c: (len(c), c)) if codes else None


class TripleWriter:
    """Mint the triples of documents, actors and edges (see the module docstring).

    Actor and document descriptions are written once per writer (a store holds
    one description of each); pass the IRIs a store already holds as ``actors``
    and ``documents``, or containers that look them up in the store.

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
        self.actors: MutableSet[str] = set(actors)
        self.documents: MutableSet[str] = set(documents)
        self._rel: dict[str, tuple[str, tuple[str, ...], str]] = {}

    def forget(self, actors: Iterable[str] = (), documents: Iterable[str] = ()) -> None:
        """Drop ids from the already-written sets (after a store removed them)."""
        self.actors -= set(actors)
        self.documents -= set(documents)

    # -- the triples ----------------------------------------------------------------------
    def document_triples(self, doc: Document, out: list[NTriple]) -> str:
        """Append the triples of a document node with its metadata to ``out``; return its IRI."""
        node_iri = doc_iri(doc.id)
        self.documents.add(node_iri)
        d = iri(node_iri)
        out += ((d, _TYPE, _K["Document"]), (d, _TYPE, _PROV_ENTITY), (d, _D["identifier"], literal(doc.id)))
        dropped = _integer(doc.dropped_chars) if doc.dropped_chars else None
        out += _given(d, ((_D["title"], literal(doc.title) if doc.title else None),
                          (_K["url"], literal(doc.url, "anyURI") if doc.url else None),
                          (_D["publisher"], literal(doc.outlet) if doc.outlet else None),
                          (_D["date"], date_literal(doc.date) if doc.date else None),
                          (_K["droppedCharacters"], dropped)))
        return node_iri

    def actor_triples(self, actor: Actor, out: list[NTriple]) -> str:
        """Append an actor's triples to ``out`` unless already written; return its term."""
        node = iri(actor.id)
        if actor.id in self.actors:
            return node
        self.actors.add(actor.id)
        out.append((node, _TYPE, _K[KIND_CLASSES[actor.kind]]))
        # one label per actor IRI: the dictionary's, not the first article's spelling of it
        out.append((node, _LABEL, literal(actor.canonical or actor.label)))
        out += ((node, _ALT, literal(alias)) for alias in actor.aliases)
        if actor.wikidata:
            out.append((node, _SAME, iri(_WD + actor.wikidata)))
        out += ((node, _K["actorCode"], literal(code)) for code in actor.codes)
        for aff in actor.affiliations:
            org = iri(aff.actor)
            out.append((node, _K["affiliatedWith"], org))
            if aff.role or aff.start or aff.end:
                an = iri(affiliation_iri(actor.id, aff.actor, aff.role, aff.start, aff.end))
                out += ((node, _K["affiliation"], an), (an, _TYPE, _K["Affiliation"]),
                        (an, _K["organization"], org))
                out += _given(an, ((_K["role"], literal(aff.role) if aff.role else None),
                                   (_K["startDate"], date_literal(aff.start) if aff.start else None),
                                   (_K["endDate"], date_literal(aff.end) if aff.end else None)))
        # ``a kg:Actor`` goes last: a write cut short leaves no actor that looks complete
        # (a later TripleWriter skips actors typed kg:Actor), so rerunning the ingest restores it
        out.append((node, _TYPE, _K["Actor"]))
        return node

    def _relation(self, name: str) -> tuple[str, tuple[str, ...], str]:
        hit = self._rel.get(name)
        if hit is None:
            rel = self.vocabulary[name]
            hit = self._rel[name] = (iri(str(KG[name])), tuple(rel.cameo), rel.plover)
        return hit

    def edge_triples(self, edge: Edge, out: list[NTriple], rows: list[EdgeRow] | None = None) -> str:
        """Append the triples of one edge (event node, actors, direct triple) to ``out``; return its IRI.

        With ``rows``, the edge's :mod:`~kgraph.stores.edgetable` row (:func:`edge_row`)
        is appended there too.
        """
        rel, rel_cameo, rel_plover = self._relation(edge.relation)
        src = self.actor_triples(edge.source, out)
        tgt = self.actor_triples(edge.target, out)
        ev_iri = _event_iri(edge)
        ev = iri(ev_iri)
        k = _K
        confidence = f"{float(edge.confidence):.3f}"
        out += ((ev, _TYPE, k["Event"]), (ev, _TYPE, _PROV_ENTITY), (ev, k["relation"], rel),
                (ev, k["source"], src), (ev, k["target"], tgt), (ev, k["modality"], literal(edge.modality)),
                (ev, k["negated"], _TRUE if edge.negated else _FALSE),
                (ev, k["confidence"], f'"{confidence}"^^<{XSD}decimal>'),
                (ev, k["sentence"], literal(edge.sentence)), (ev, k["startOffset"], _integer(edge.start)),
                (ev, k["endOffset"], _integer(edge.end)), (ev, k["sourceText"], literal(edge.source_text)),
                (ev, k["targetText"], literal(edge.target_text)))
        if edge.trigger:
            out.append((ev, k["trigger"], literal(edge.trigger)))
        if edge.date:
            out.append((ev, _D["date"], date_literal(edge.date)))
        codes = (edge.cameo,) if edge.cameo else rel_cameo
        out += ((ev, k["cameo"], literal(code)) for code in codes)
        plover = edge.plover or rel_plover
        if plover:
            out.append((ev, k["plover"], literal(plover)))
        d_iri = None
        if edge.doc_id is not None:
            d_iri = doc_iri(edge.doc_id)
            if d_iri not in self.documents:
                self.document_triples(Document(edge.doc_id), out)
            d = iri(d_iri)
            out += ((ev, k["document"], d), (ev, _DERIVED, d))
        if edge.asserted:
            out.append((src, rel, tgt))
        if rows is not None:
            rows.append(_row(edge, ev_iri, d_iri, rel[1:-1], confidence, codes, plover))
        return ev_iri

    def occurrence_triples(self, event: Event, out: list[NTriple]) -> str:
        """Append the triples of a consolidated event (``a kg:Occurrence``) to ``out``; return its IRI.

        The node links its mention nodes (``kg:mention``, the event nodes of
        :meth:`edge_triples`, which keep the evidence, offsets, document and
        confidence) and the planned event it realizes (``kg:realizes``). The
        mentions and actors are not written here.

        Examples
        --------
        >>> import kgraph
        >>> from kgraph.events import consolidate
        >>> ev = consolidate(kgraph.extract("Russia met China.", doc_id="d", date="2025-01-02"))[0]
        >>> out = []
        >>> _ = TripleWriter(actors=[ev.source.id, ev.target.id]).occurrence_triples(ev, out)
        >>> sum(p.endswith("ontology#mention>") for _, p, _ in out)
        1
        """
        k = _K
        node = iri(event.id)
        out += ((node, _TYPE, k["Occurrence"]), (node, _TYPE, _PROV_ENTITY),
                (node, k["relation"], self._relation(event.relation)[0]),
                (node, k["source"], self.actor_triples(event.source, out)),
                (node, k["target"], self.actor_triples(event.target, out)),
                (node, k["modality"], literal(event.modality)),
                (node, k["negated"], _TRUE if event.negated else _FALSE),
                (node, k["documentCount"], _integer(event.n_documents)),
                (node, k["sourceCount"], _integer(event.n_sources)))
        out += _given(node, ((k["firstSeen"], date_literal(event.first_seen) if event.first_seen else None),
                             (k["lastSeen"], date_literal(event.last_seen) if event.last_seen else None),
                             (k["realizes"], iri(event.realizes) if event.realizes else None)))
        out += ((node, k["mention"], iri(edge_event_iri(m))) for m in event.mentions)
        return event.id

    # -- as N-Triples lines ---------------------------------------------------------------
    def document(self, doc: Document) -> list[str]:
        """Return the N-Triples lines of a document node with its metadata."""
        out: list[NTriple] = []
        self.document_triples(doc, out)
        return nt_lines(out)

    def edge(self, edge: Edge, out: list[str] | None = None, rows: list[EdgeRow] | None = None) -> list[str]:
        """Append the N-Triples lines of one edge to ``out`` (see :meth:`edge_triples`); return it."""
        out = [] if out is None else out
        triples: list[NTriple] = []
        self.edge_triples(edge, triples, rows)
        out += nt_lines(triples)
        return out


def _event_iri(edge: Edge) -> str:
    return event_iri(edge.doc_id, edge.start, edge.end, edge.source.id, edge.relation, edge.target.id,
                     f"{edge.trigger}|{edge.negated}|{edge.modality}")


def _row(edge: Edge, ev_iri: str, d_iri: str | None, rel_iri: str, confidence: str,
         codes: tuple[str, ...], plover: str) -> EdgeRow:
    return (ev_iri, d_iri, rel_iri, edge.source.id, edge.target.id, edge.modality,
            "true" if edge.negated else "false", confidence, edge.sentence, str(int(edge.start)),
            str(int(edge.end)), edge.source_text, edge.target_text, edge.trigger or None, edge.date or None,
            _cameo(codes), plover or None, edge.doc_id)


def edge_row(edge: Edge, vocabulary: Vocabulary) -> EdgeRow:
    """The table row of an edge: the values :func:`kgraph.rdf.edges_from_rows` reads back."""
    rel = vocabulary[edge.relation]
    codes = (edge.cameo,) if edge.cameo else tuple(rel.cameo)
    return _row(edge, _event_iri(edge), doc_iri(edge.doc_id) if edge.doc_id is not None else None,
                f"{KG}{edge.relation}", f"{float(edge.confidence):.3f}", codes, edge.plover or rel.plover)
