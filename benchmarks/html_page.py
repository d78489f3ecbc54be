"""HTML page benchmark: generation time and size for 100, 1k, 5k and 20k nodes, and the layout.

Synthetic actor graphs (about two events per actor, a few hubs) are drawn
with :func:`kgraph.html.render_html`, once with the default ``max_nodes``
(large graphs are reduced to the 2,000 busiest actors) and once with every
node. The precomputed layout (:func:`kgraph.layout.spring_positions`) is
timed on its own, and the page is timed again with the layout replaced by a no-op.
Targets: under 1 s at 20k nodes without layout; layout under 30 s at 20k.

    python benchmarks/html_page.py [--sizes 100 1000 5000 20000]

(Not ``html.py``: a file of that name in benchmarks/ would shadow the
standard library's ``html`` module for every script run from this folder.)
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def synthetic_graph(n: int, seed: int = 0) -> list:
    """Edges among ``n`` actors: a ring (everyone connected) plus preferential extra edges."""
    from kgraph.ids import minted_actor_iri
    from kgraph.model import Actor, Edge

    rng = random.Random(seed)
    kinds = ("state", "person", "organization", "group")
    actors = [Actor(id=minted_actor_iri(f"Actor {i}", kinds[i % 4].replace("_", "")),
                    label=f"Actor {i}", kind=kinds[i % 4]) for i in range(n)]
    rels = ("meets", "condemns", "supports", "requests", "attacks", "visits", "accuses")
    edges = []
    for i in range(n):
        for j in ((i + 1) % n, int(n * rng.random() ** 3)):
            if j == i:
                continue
            rel = rng.choice(rels)
            edges.append(Edge(source=actors[i], target=actors[j], relation=rel,
                              sentence=f"Actor {i} {rel} Actor {j}.", doc_id=f"doc{i // 10}",
                              start=0, end=20, confidence=0.8, date="2024-01-01"))
    return edges


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000, 20000])
    args = p.parse_args()

    import networkx as nx

    import kgraph
    from kgraph.html import render_html
    from kgraph.layout import spring_positions

    kg = kgraph.KnowledgeGraph()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    print("| nodes | edges | page s (default) | MB | page s (all nodes) | MB | layout s | "
          "page s without layout |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n in args.sizes:
        edges = synthetic_graph(n)
        t0 = time.perf_counter()
        page = render_html(kg, edges=edges)
        default_s, default_mb = time.perf_counter() - t0, len(page.encode()) / 1e6
        t0 = time.perf_counter()
        page = render_html(kg, edges=edges, max_nodes=n)
        full_s, full_mb = time.perf_counter() - t0, len(page.encode()) / 1e6
        G = nx.Graph()
        G.add_edges_from((e.source.id, e.target.id) for e in edges)
        t0 = time.perf_counter()
        spring_positions(G, iterations=40)
        layout_s = time.perf_counter() - t0
        # the page without any layout: the same call with the layout replaced by a no-op
        def none(graph, *args, **kw):
            return {node: (0.0, 0.0) for node in graph}

        with mock.patch("kgraph.layout.spring_positions", none), \
                mock.patch("kgraph.layout.community_positions", none):
            t0 = time.perf_counter()
            render_html(kg, edges=edges, max_nodes=n)
            bare_s = time.perf_counter() - t0
        print(f"| {n:,} | {len(edges):,} | {default_s:.2f} | {default_mb:.1f} | {full_s:.2f} | {full_mb:.1f} "
              f"| {layout_s:.2f} | {bare_s:.2f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
