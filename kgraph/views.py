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
from typing import TYPE_CHECKING, Any

import networkx as nx

if TYPE_CHECKING:
    from .model import Actor, Edge
    from .protocol import GraphLike
    from .vocab import Vocabulary

__all__ = ["actor_attributes", "events_graph", "to_networkx"]


def actor_attributes(actor: Actor) -> dict[str, Any]:
    """The node attributes of an actor in every kgraph networkx graph.

    ``label``, ``kind``, ``wikidata`` (``""`` when unknown) and ``aliases`` (a list).
    """
    return {"label": actor.label, "kind": actor.kind, "wikidata": actor.wikidata or "",
            "aliases": list(actor.aliases)}


def events_graph(edges: Iterable[Edge], vocabulary: Vocabulary,
                 include_negated: bool = True) -> nx.MultiDiGraph:
    """Return the event graph of ``edges``: actors as nodes, one edge per event.

    This is the one builder of the event graph: :func:`to_networkx` returns it
    for a knowledge graph, the ``"events"`` view of :mod:`kgraph.export` adapts
    its attributes for Gephi, and :mod:`kgraph.bulk.fastviews` builds the same
    graph from query rows on large stores (a test compares them).

    Node keys are actor IRIs with :func:`actor_attributes`. Edge keys are event
    positions; edge attributes hold the ``relation``, ``modality``, ``negated``,
    ``confidence``, evidence (``sentence``, ``source_text``, ``target_text``,
    ``trigger``, ``start``, ``end``), ``doc_id`` and ``date`` (``""`` when
    unknown), and the vocabulary's ``weight`` (the relation's Goldstein-style
    weight, 0.0 for a relation it does not know) and ``quad_class`` (``""``).
    """
    G = nx.MultiDiGraph()
    for e in edges:
        if e.negated and not include_negated:
            continue
        for a in (e.source, e.target):
            if a.id not in G:
                G.add_node(a.id, **actor_attributes(a))
        rel = vocabulary.get(e.relation, None)
        G.add_edge(
            e.source.id, e.target.id,
            relation=e.relation, modality=e.modality, negated=e.negated,
            confidence=e.confidence, sentence=e.sentence, doc_id=e.doc_id or "",
            date=e.date or "", source_text=e.source_text, target_text=e.target_text,
            trigger=e.trigger, start=e.start, end=e.end,
            weight=rel.weight if rel else 0.0, quad_class=rel.quad_class if rel else "",
        )
    return G


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
