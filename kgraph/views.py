"""networkx views of a knowledge graph.

Examples
--------
>>> import kgraph
>>> kg = kgraph.KnowledgeGraph()
>>> _ = kg.add_text("Russia met China. Russia met China again on Friday.", doc_id="d")
>>> G = kg.to_networkx()
>>> G.number_of_edges(), G.nodes["https://w3id.org/kgraph/actor/russia"]["label"]
(2, 'Russia')
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .eventgraph import EventRecord, actor_attributes, build_events_graph

if TYPE_CHECKING:
    import networkx as nx

    from .events import Event
    from .model import Actor, Edge
    from .protocol import GraphLike
    from .vocab import Vocabulary

__all__ = ["actor_attributes", "consolidated_graph", "events_graph", "to_networkx"]


def events_graph(edges: Iterable[Edge], vocabulary: Vocabulary,
                 include_negated: bool = True) -> nx.MultiDiGraph:
    """Return the event graph of ``edges``: actors as nodes, one edge per event.

    :func:`kgraph.eventgraph.build_events_graph` (the one builder of the event
    graph, whose docstring gives its attribute schema) fed with these edges:
    :func:`to_networkx` returns it for a knowledge graph, the ``"events"`` view
    of :mod:`kgraph.export` adapts its attributes for Gephi, and
    :mod:`kgraph.bulk.fastviews` feeds the same builder with query rows on large
    stores. An actor is described as on its first edge.
    """
    actors: dict[str, Actor] = {}
    records = []
    for e in edges:
        actors.setdefault(e.source.id, e.source)
        actors.setdefault(e.target.id, e.target)
        records.append(EventRecord(e.source.id, e.target.id, e.relation, e.modality, e.negated, e.confidence,
                                   e.sentence, e.doc_id or "", e.date or "", e.source_text, e.target_text,
                                   e.trigger, e.start, e.end))
    return build_events_graph(records, actors, vocabulary, include_negated)


def to_networkx(kg: GraphLike, include_negated: bool = True) -> nx.MultiDiGraph:
    """Return a MultiDiGraph: actors as nodes, one edge per event (parallel edges kept).

    The graph of :func:`events_graph` for every stored edge.

    Parameters
    ----------
    kg : KnowledgeGraph
    include_negated : bool, default True
        Keep negated events (flagged ``negated=True``).
    """
    return events_graph(kg.edges(), kg.vocabulary, include_negated)


def consolidated_graph(events: Iterable[Event], vocabulary: Vocabulary,
                       include_negated: bool = True) -> nx.MultiDiGraph:
    """Return the graph of consolidated events: actors as nodes, one edge per :class:`~kgraph.Event`.

    Edges are keyed by the event id. Attributes: ``relation``, ``modality``,
    ``negated``, ``first_seen`` and ``last_seen`` (``""`` when undated),
    ``n_documents``, ``n_sources``, ``mentions`` (their number), ``confidence``
    (the highest), ``sentence`` (the earliest report's), ``realizes`` (``""``
    or the planned event's id), ``weight`` (the number of independent
    documents: ``n_documents``), ``goldstein`` (the relation's Goldstein-style
    weight) and ``quad_class``.

    Examples
    --------
    >>> import kgraph
    >>> edges = (kgraph.extract("Russia met China.", doc_id="a", date="2025-01-02")
    ...          + kgraph.extract("China met Russia.", doc_id="b", date="2025-01-03"))
    >>> G = consolidated_graph(kgraph.consolidate(edges), kgraph.default_vocabulary())
    >>> [(d["relation"], d["weight"]) for _, _, d in G.edges(data=True)]
    [('meets', 2)]
    """
    import networkx as nx

    info = {r.name: (r.weight, r.quad_class) for r in vocabulary}
    G = nx.MultiDiGraph()
    for ev in events:
        if ev.negated and not include_negated:
            continue
        for actor in (ev.source, ev.target):
            if actor.id not in G:
                G.add_node(actor.id, **actor_attributes(actor))
        goldstein, quad = info.get(ev.relation, (0.0, ""))
        G.add_edge(ev.source.id, ev.target.id, key=ev.id, relation=ev.relation, modality=ev.modality,
                   negated=ev.negated, first_seen=ev.first_seen or "", last_seen=ev.last_seen or "",
                   n_documents=ev.n_documents, n_sources=ev.n_sources, mentions=len(ev.mentions),
                   confidence=ev.confidence, sentence=ev.mentions[0].sentence, realizes=ev.realizes or "",
                   weight=ev.n_documents, goldstein=goldstein, quad_class=quad)
    return G
