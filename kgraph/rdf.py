"""Edges, actors and documents in rdflib graphs, and the one reader of events.

The triples are minted by :class:`kgraph.ntriples.TripleWriter` (the one writer);
:func:`add_edge`, :func:`add_actor` and :func:`add_document` put them into an
rdflib graph through :class:`kgraph.terms.RdflibTerms`. Reading back, every store
gives rows of lexical values (:data:`EDGE_COLUMNS`): :func:`rows_from_graph` walks
an rdflib graph, :mod:`kgraph.bulk.rows` asks SPARQL stores, and
:func:`edges_from_rows` is the one place rows become :class:`~kgraph.Edge` objects.

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

from collections.abc import Iterable, Iterator, MutableSet
from typing import TYPE_CHECKING, Any

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS
from rdflib.term import IdentifiedNode, Node

from . import ntriples
from ._gc import gc_paused
from .ids import ACTOR, DOC, EVENT, KG
from .model import Actor, Affiliation, Document, Edge, actor_kind, modality
from .ntriples import EdgeRow, TripleWriter
from .terms import NTriple, RdflibTerms
from .vocab import Vocabulary

if TYPE_CHECKING:
    from .events import Event

__all__ = [
    "EDGE_COLUMNS",
    "KIND_CLASSES",
    "PREFIXES",
    "WD",
    "InGraph",
    "actor_from_graph",
    "add_actor",
    "add_document",
    "add_edge",
    "add_events",
    "bind_prefixes",
    "document_from_graph",
    "edges_from_graph",
    "edges_from_rows",
    "event_nodes",
    "gc_paused",
    "rows_from_graph",
    "sort_key",
    "stored_actor",
    "written_edge",
]

WD = Namespace("http://www.wikidata.org/entity/")
KIND_CLASSES = {kind: KG[name] for kind, name in ntriples.KIND_CLASSES.items()}
_CLASS_KINDS = {v: k for k, v in KIND_CLASSES.items()}
PREFIXES = {
    "kg": KG, "kga": ACTOR, "kge": EVENT, "kgd": DOC, "prov": PROV, "skos": SKOS,
    "owl": OWL, "rdfs": RDFS, "xsd": XSD, "dcterms": DCTERMS, "wd": WD,
}
#: Row layout of the one reader (:func:`edges_from_rows`): the event IRI, then one value per column.
EDGE_COLUMNS = ("relation", "source", "target", "modality", "negated", "confidence", "sentence",
                "startOffset", "endOffset", "sourceText", "targetText", "trigger", "date", "cameo",
                "plover", "doc_id")
_REL = len(str(KG))


def bind_prefixes(g: Graph) -> Graph:
    """Bind kgraph's prefixes on ``g`` and return it."""
    for p, ns in PREFIXES.items():
        g.bind(p, ns, override=True)
    return g


# -- writing: the writer's triples as rdflib terms --------------------------------------------
class InGraph(MutableSet[str]):
    """The IRIs typed ``cls`` in ``g``, as the already-written set of a :class:`TripleWriter`.

    A writer given these writes an actor or document unless the graph holds it now,
    so triples removed from the graph by hand are written again.
    """

    def __init__(self, g: Graph, cls: URIRef) -> None:
        self.g, self.cls = g, cls

    def __contains__(self, value: object) -> bool:
        return isinstance(value, str) and (URIRef(value), RDF.type, self.cls) in self.g

    def __iter__(self) -> Iterator[str]:
        return (str(s) for s in self.g.subjects(RDF.type, self.cls))

    def __len__(self) -> int:
        return sum(1 for _ in self.g.subjects(RDF.type, self.cls))

    def add(self, value: str) -> None:
        """Nothing to remember: the graph tells once the triples are added."""

    def discard(self, value: str) -> None:
        """Nothing to forget: the graph tells once the triples are removed."""


def graph_writer(g: Graph, vocabulary: Vocabulary | None = None) -> TripleWriter:
    """A :class:`TripleWriter` that skips the actors and documents ``g`` holds."""
    writer = TripleWriter(vocabulary)
    writer.actors, writer.documents = InGraph(g, KG.Actor), InGraph(g, KG.Document)
    return writer


def _add(g: Graph, triples: list[NTriple]) -> None:
    g.addN((s, p, o, g) for s, p, o in RdflibTerms().triples(triples))


def add_actor(g: Graph, actor: Actor) -> URIRef:
    """Add an actor's description to ``g`` (idempotent) and return its node."""
    out: list[NTriple] = []
    graph_writer(g).actor_triples(actor, out)
    _add(g, out)
    return URIRef(actor.id)


def add_document(g: Graph, doc: Document) -> URIRef:
    """Add a document node with its metadata and return it."""
    out: list[NTriple] = []
    node = TripleWriter().document_triples(doc, out)
    _add(g, out)
    return URIRef(node)


def add_edge(g: Graph, edge: Edge, vocabulary: Vocabulary | None = None) -> URIRef:
    """Add an edge as an event node (and a direct triple when asserted); return the node."""
    out: list[NTriple] = []
    node = graph_writer(g, vocabulary).edge_triples(edge, out)
    _add(g, out)
    return URIRef(node)


def add_events(g: Graph, events: Iterable[Event], vocabulary: Vocabulary | None = None) -> int:
    """Add consolidated events as ``kg:Occurrence`` nodes linking their mention nodes; return how many.

    See :meth:`kgraph.ntriples.TripleWriter.occurrence_triples`. The mentions
    themselves are the event nodes :func:`add_edge` writes.

    Examples
    --------
    >>> import kgraph
    >>> from kgraph.events import consolidate
    >>> g = Graph()
    >>> edges = kgraph.extract("Russia met China.", doc_id="d")
    >>> _ = [add_edge(g, e) for e in edges]
    >>> add_events(g, consolidate(edges)), len(list(g.subjects(KG.mention, None)))
    (1, 1)
    """
    out: list[NTriple] = []
    writer = graph_writer(g, vocabulary)
    n = 0
    for ev in events:
        writer.occurrence_triples(ev, out)
        n += 1
    _add(g, out)
    return n


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


def stored_actor(actor: Actor) -> Actor:
    """The actor as a store reads it back once written (aliases and codes sorted...).

    Its triples written into a graph of its own and read with
    :func:`actor_from_graph`, the reader every store uses.

    Examples
    --------
    >>> a = Actor("https://w3id.org/kgraph/actor/x", "X", aliases=("b", "a"))
    >>> stored_actor(a).aliases
    ('a', 'b')
    """
    g = Graph()
    add_actor(g, actor)
    return actor_from_graph(g, URIRef(actor.id))


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


# -- reading: rows of events, then edges -------------------------------------------------------
def _lexical(term: Node | None) -> str | None:
    return None if term is None else str(term)


def cameo_max(a: str | None, b: str | None) -> str | None:
    """The more specific of two CAMEO codes (the longer, then the greater); ``None`` is none."""
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b, key=lambda c: (len(c), c))


_RELATION, _SOURCE, _TARGET, _DOCUMENT, _CAMEO, _PLOVER = (
    KG.relation, KG.source, KG.target, KG.document, KG.cameo, KG.plover)
_ROW_PREDICATES = (KG.modality, KG.negated, KG.confidence, KG.sentence, KG.startOffset, KG.endOffset,
                   KG.sourceText, KG.targetText, KG.trigger, DCTERMS.date)


def rows_from_graph(g: Graph, nodes: Iterable[URIRef] | None = None) -> list[EdgeRow]:
    """The :data:`EDGE_COLUMNS` rows of these event nodes (all of them by default) of ``g``.

    An event without a relation, a source or a target is left out, as every store does.
    """
    rows: list[EdgeRow] = []
    doc_ids: dict[Node, str | None] = {}
    with gc_paused():
        for ev in nodes if nodes is not None else event_nodes(g):
            row = _event_row(g, ev, doc_ids)
            if row is not None:
                rows.append(row)
    return rows


def _event_row(g: Graph, ev: Node, doc_ids: dict[Node, str | None]) -> EdgeRow | None:
    po: dict[Node, Any] = {}  # rdflib terms: the first object of each predicate
    codes = []
    for p, o in g.predicate_objects(ev):
        if po.setdefault(p, o) is not o and p == _CAMEO:  # only repeated predicates are compared
            codes.append(str(o))
    get = po.get
    rel, src, tgt = get(_RELATION), get(_SOURCE), get(_TARGET)
    if rel is None or src is None or tgt is None:
        return None
    cameo = get(_CAMEO)
    if cameo is not None:
        codes.append(str(cameo))
    d = get(_DOCUMENT)
    if d is not None and d not in doc_ids:
        doc_ids[d] = _lexical(g.value(d, DCTERMS.identifier))
    return (str(ev), str(rel), str(src), str(tgt), *[_lexical(get(p)) for p in _ROW_PREDICATES],
            max(codes, key=lambda c: (len(c), c)) if codes else None, _lexical(get(_PLOVER)),
            doc_ids.get(d) if d is not None else None)


def edges_from_graph(g: Graph, nodes: Iterable[URIRef] | None = None,
                     actors: dict[str, Actor] | None = None) -> list[Edge]:
    """Rebuild :class:`Edge` objects from event nodes (all of them by default).

    ``actors`` is a cache of actors by IRI, filled with the actors read from ``g``.
    """
    cache: dict[str, Actor] = {} if actors is None else actors
    rows = rows_from_graph(g, nodes)
    for row in rows:
        for node in (row[2], row[3]):
            if node is not None and node not in cache:
                cache[node] = actor_from_graph(g, URIRef(node))
    return edges_from_rows(rows, cache)


def _bool(value: str | None) -> bool:
    return value in ("true", "1")


def edges_from_rows(rows: Iterable[EdgeRow], actors: dict[str, Actor]) -> list[Edge]:
    """Build sorted :class:`Edge` objects from rows of :data:`EDGE_COLUMNS` and an actor table.

    This is the one reader of events, whatever the store: an actor missing from
    ``actors`` is added to it, labelled with the end of its IRI.
    """
    with gc_paused():
        out = [_edge(row, actors) for row in rows]
    out.sort(key=sort_key)
    return out


def _edge(row: EdgeRow, actors: dict[str, Actor]) -> Edge:
    (_ev, rel, src, tgt, mod, neg, conf, sent, start, end, st, tt, trig, date, cameo, plover,
     docid) = row
    return Edge(
        source=_actor(actors, src), target=_actor(actors, tgt), relation=rel[_REL:],  # type: ignore[index]
        negated=_bool(neg), modality=modality(mod or "asserted"), source_text=st or "",
        target_text=tt or "", sentence=sent or "", doc_id=docid, start=int(start) if start else 0,
        end=int(end) if end else 0, confidence=float(conf) if conf else 0.5, date=date,
        trigger=trig or "", cameo=cameo or "", plover=plover or "")


def written_edge(row: EdgeRow, actors: dict[str, Actor], edge: Edge | None = None) -> Edge:
    """The edge a store reads back for a row as written to its edge table (:func:`kgraph.ntriples.edge_row`).

    That row has the document IRI second; the reader's rows do not. Through
    :func:`edges_from_rows`'s own conversion, so what a writer keeps of an edge
    is what any store gives back for it (confidence to three decimals, the
    relation's CAMEO code and PLOVER type filled in, the actors of ``actors``).
    ``edge``, the edge the row was written from, is returned itself when it
    equals that edge: nothing is copied for an edge that reads back as written.

    Examples
    --------
    >>> from kgraph.ntriples import edge_row
    >>> from kgraph.synthetic import synthetic_edges
    >>> from kgraph.vocab import default_vocabulary
    >>> e = next(synthetic_edges(1)).replace(confidence=0.91234)
    >>> row = edge_row(e, default_vocabulary())
    >>> back = written_edge(row, {e.source.id: e.source, e.target.id: e.target}, e)
    >>> back.confidence, written_edge(row, {}, back) is back
    (0.912, True)
    """
    if edge is not None and _reads_back_as_written(row, actors, edge):
        return edge
    return _edge(row[:1] + row[2:], actors)


def _reads_back_as_written(row: EdgeRow, actors: dict[str, Actor], e: Edge) -> bool:
    """True if the row of ``e`` reads back as an edge equal to ``e`` (see :func:`_edge`)."""
    conf, date, cameo, plover = row[7], row[14], row[15], row[16]
    src, tgt = actors.get(e.source.id, e.source), actors.get(e.target.id, e.target)
    return (conf is not None and float(conf) == e.confidence and date == e.date
            and (cameo or "") == e.cameo and (plover or "") == e.plover
            and type(e.start) is int and type(e.end) is int and type(e.negated) is bool
            and (src is e.source or src == e.source) and (tgt is e.target or tgt == e.target))


def sort_key(e: Edge) -> tuple[str, int, str, str, str]:
    """The order edges are listed in, on every store."""
    return (e.doc_id or "", e.start, e.relation, e.source.label, e.target.label)


def _actor(actors: dict[str, Actor], node: str | None) -> Actor:
    if node is None:  # rows are read only with a source and a target
        raise ValueError("an event row without its actor")
    a = actors.get(node)
    if a is None:
        a = actors[node] = Actor(id=node, label=node.rsplit("/", 1)[-1])
    return a
