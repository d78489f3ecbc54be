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

from typing import TYPE_CHECKING

import networkx as nx

if TYPE_CHECKING:
    from .protocol import GraphLike

__all__ = ["to_networkx"]


def to_networkx(kg: GraphLike, include_negated: bool = True) -> nx.MultiDiGraph:
    """Return a MultiDiGraph: actors as nodes, one edge per event (parallel edges kept).

    Node keys are actor IRIs with attributes ``label``, ``kind``, ``wikidata``
    and ``aliases``. Edge keys are event positions; edge attributes hold the
    relation, modality, negation, confidence, evidence, document, date and the
    vocabulary's ``weight`` and ``quad_class``.

    Parameters
    ----------
    kg : KnowledgeGraph
    include_negated : bool, default True
        Keep negated events (flagged ``negated=True``).
    """
    G = nx.MultiDiGraph()
    vocab = kg.vocabulary
    for e in kg.edges():
        if e.negated and not include_negated:
            continue
        for a in (e.source, e.target):
            if a.id not in G:
                G.add_node(a.id, label=a.label, kind=a.kind, wikidata=a.wikidata or "",
                           aliases=list(a.aliases))
        rel = vocab.get(e.relation, None)
        G.add_edge(
            e.source.id, e.target.id,
            relation=e.relation, modality=e.modality, negated=e.negated,
            confidence=e.confidence, sentence=e.sentence, doc_id=e.doc_id or "",
            date=e.date or "", source_text=e.source_text, target_text=e.target_text,
            trigger=e.trigger, start=e.start, end=e.end,
            weight=rel.weight if rel else 0.0, quad_class=rel.quad_class if rel else "",
        )
    return G
