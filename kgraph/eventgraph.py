"""The one builder of the event graph, and the one attribute schema of its nodes and edges.

Every networkx view and export of events comes from :func:`build_events_graph`:
:func:`kgraph.views.events_graph` feeds it :class:`~kgraph.Edge` objects, and
:mod:`kgraph.bulk.fastviews` feeds it rows read in bulk from a large store
(making a million ``Edge`` objects would cost more than the graph). It sits
below the store view so that both can use it.

Examples
--------
>>> from kgraph.model import Actor
>>> from kgraph.vocab import default_vocabulary
>>> a, b = Actor("http://a", "A"), Actor("http://b", "B")
>>> rec = EventRecord("http://a", "http://b", "meets", "asserted", False, 0.9, "A met B.", "d", "",
...                   "A", "B", "met", 0, 8)
>>> G = build_events_graph([rec], {a.id: a, b.id: b}, default_vocabulary())
>>> G.nodes["http://a"]["label"], G.edges["http://a", "http://b", 0]["relation"]
('A', 'meets')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    import networkx as nx

    from .model import Actor
    from .vocab import Vocabulary

__all__ = ["EventRecord", "actor_attributes", "build_events_graph"]


class EventRecord(NamedTuple):
    """What the event graph holds of one event: the ends, then the edge attributes."""

    source: str
    target: str
    relation: str
    modality: str
    negated: bool
    confidence: float
    sentence: str
    doc_id: str
    date: str
    source_text: str
    target_text: str
    trigger: str
    start: int
    end: int


def actor_attributes(actor: Actor) -> dict[str, Any]:
    """The node attributes of an actor in every kgraph networkx graph.

    ``label`` (the dictionary's, :attr:`Actor.canonical`, where an article respelled it: a
    node stands for the actor in every document), ``kind``, ``wikidata`` (``""`` when
    unknown) and ``aliases`` (a list).
    """
    return {"label": actor.canonical or actor.label, "kind": actor.kind, "wikidata": actor.wikidata or "",
            "aliases": list(actor.aliases)}


def build_events_graph(records: Iterable[EventRecord], actors: Mapping[str, Actor], vocabulary: Vocabulary,
                       include_negated: bool = True) -> nx.MultiDiGraph:
    """Return the event graph: actors as nodes, one edge per record, in the records' order.

    Node keys are actor IRIs with :func:`actor_attributes` (an IRI missing from
    ``actors`` is labelled with its end). Edge keys count the events between two
    actors; edge attributes are the fields of :class:`EventRecord` but the ends
    (``doc_id`` and ``date`` are ``""`` when unknown), plus the vocabulary's
    ``weight`` (the relation's Goldstein-style weight, 0.0 for a relation it does
    not know) and ``quad_class`` (``""``).
    """
    import networkx as nx

    from .model import Actor

    info = {r.name: (r.weight, r.quad_class) for r in vocabulary}
    G = nx.MultiDiGraph()
    nodes = G._node  # looked up directly: add_node's checks cost more than the graph
    for rec in records:
        if rec.negated and not include_negated:
            continue
        for node in (rec.source, rec.target):
            if node not in nodes:
                actor = actors.get(node) or Actor(id=node, label=node.rsplit("/", 1)[-1])
                G.add_node(node, **actor_attributes(actor))
        weight, quad = info.get(rec.relation, (0.0, ""))
        G.add_edge(rec.source, rec.target, relation=rec.relation, modality=rec.modality, negated=rec.negated,
                   confidence=rec.confidence, sentence=rec.sentence, doc_id=rec.doc_id, date=rec.date,
                   source_text=rec.source_text, target_text=rec.target_text, trigger=rec.trigger,
                   start=rec.start, end=rec.end, weight=weight, quad_class=quad)
    return G
