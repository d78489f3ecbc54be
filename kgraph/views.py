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

    from .model import Actor, Edge
    from .protocol import GraphLike
    from .vocab import Vocabulary

__all__ = ["actor_attributes", "events_graph", "to_networkx"]


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
