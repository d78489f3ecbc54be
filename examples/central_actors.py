"""Who are the most central actors in the seed articles, and which groups do they form?

Rankings are computed on the aggregated graph of asserted, non-negated events
(one edge per ordered pair, weighted by the number of events): partners
(degree), PageRank (much-targeted actors pass on importance) and betweenness
(brokers on shortest paths). Communities come from networkx's Louvain method.

Run from the repository root::

    python examples/central_actors.py
"""

from __future__ import annotations

from pathlib import Path

import kgraph

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TOP = 10


def main() -> None:
    kg = kgraph.KnowledgeGraph()
    kg.add_documents([SEEDS], progress=False)
    partners = dict(kgraph.degree_ranking(kg))
    events = dict(kgraph.degree_ranking(kg, weighted=True))
    between = dict(kgraph.betweenness_ranking(kg))
    pagerank = kgraph.pagerank_ranking(kg)
    table = kgraph.Ranking(
        [(actor, partners[actor], events[actor], score, between[actor]) for actor, score in pagerank[:TOP]],
        columns=("actor", "partners", "events", "pagerank", "betweenness"),
    )
    print(f"Most central actors ({len(pagerank)} actors, by PageRank)\n")
    print(table)
    print("\nTop brokers (betweenness)\n")
    print(kgraph.betweenness_ranking(kg, top=5))
    print("\nCommunities (Louvain)\n")
    for i, members in enumerate(kgraph.louvain_communities(kg), start=1):
        print(f"  {i}. {', '.join(members)}")


if __name__ == "__main__":
    main()
