"""A fast force-directed layout for pages too large to lay out in the browser.

vis-network's physics needs about a minute for a thousand nodes in a headless
browser, so large pages get their positions from here and turn physics off.
The algorithm is Fruchterman-Reingold, vectorized with numpy (networkx's
``spring_layout`` needs scipy past 500 nodes, which kgraph does not depend
on): repulsion between all pairs is computed in row blocks of float32, so a
2,000-node graph takes about a second with the default 40 iterations.

Examples
--------
>>> import networkx as nx
>>> from kgraph.layout import spring_positions
>>> pos = spring_positions(nx.path_graph(4), seed=1)
>>> sorted(pos) == [0, 1, 2, 3] and all(len(xy) == 2 for xy in pos.values())
True
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["spring_positions"]

_BLOCK = 512  # rows of the pairwise repulsion computed at once (memory: rows x n x 3 floats)


def _repulsion(pos: np.ndarray, k2: float) -> np.ndarray:
    """Sum over all other nodes of ``delta * k² / |delta|²`` for every node."""
    n = len(pos)
    disp = np.zeros_like(pos)
    for lo in range(0, n, _BLOCK):
        hi = min(n, lo + _BLOCK)
        dx = pos[lo:hi, None, 0] - pos[None, :, 0]
        dy = pos[lo:hi, None, 1] - pos[None, :, 1]
        d2 = dx * dx + dy * dy
        np.maximum(d2, 1e-6, out=d2)
        f = k2 / d2
        disp[lo:hi, 0] = (dx * f).sum(axis=1)
        disp[lo:hi, 1] = (dy * f).sum(axis=1)
    return disp


def spring_positions(graph: nx.Graph, iterations: int = 40, seed: int = 0,
                     scale: float | None = None, weight: str | None = "weight"
                     ) -> dict[Hashable, tuple[float, float]]:
    """Lay out ``graph`` with a vectorized Fruchterman-Reingold spring embedder.

    Parameters
    ----------
    graph : networkx.Graph
        Any networkx graph; direction and parallel edges are merged, and edge
        ``weight`` values (when present) strengthen the springs, growing
        logarithmically.
    iterations : int, default 40
        Cooling steps; a few dozen give a readable layout.
    seed : int, default 0
        Seed of the random start, so the same graph gets the same layout.
    scale : float, optional
        Half-width of the result in pixels; by default it grows with the square
        root of the node count (about 45 px of room per node).
    weight : str or None, default "weight"
        Edge attribute read as spring strength; ``None`` for all equal.

    Returns
    -------
    dict
        Node -> ``(x, y)`` in pixels, centred on the origin.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.Graph([("a", "b"), ("b", "c"), ("x", "y")])
    >>> pos = spring_positions(G)
    >>> d = lambda u, v: ((pos[u][0] - pos[v][0]) ** 2 + (pos[u][1] - pos[v][1]) ** 2) ** 0.5
    >>> d("a", "b") < d("a", "y")
    True
    """
    nodes = list(graph.nodes)
    n = len(nodes)
    if scale is None:
        scale = 45.0 * max(n, 1) ** 0.5
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {v: i for i, v in enumerate(nodes)}
    springs: dict[tuple[int, int], float] = {}
    for u, v, data in graph.edges(data=True):
        i, j = index[u], index[v]
        if i == j:
            continue
        key = (min(i, j), max(i, j))
        springs[key] = springs.get(key, 0.0) + float(data.get(weight, 1.0) if weight else 1.0)
    src = np.fromiter((a for a, _ in springs), dtype=np.intp, count=len(springs))
    dst = np.fromiter((b for _, b in springs), dtype=np.intp, count=len(springs))
    weights = np.fromiter(springs.values(), dtype=np.float32, count=len(springs))
    strength = 1.0 + np.log(np.maximum(weights, 1.0))

    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2), dtype=np.float32)
    k = np.float32((1.0 / n) ** 0.5)
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        disp = _repulsion(pos, float(k * k))
        if len(src):
            delta = pos[src] - pos[dst]
            dist = np.sqrt((delta * delta).sum(axis=1))
            pull = delta * (dist * strength / k)[:, None]
            np.subtract.at(disp, src, pull)
            np.add.at(disp, dst, pull)
        # a weak pull to the centre keeps disconnected pieces on screen
        disp -= (pos - 0.5) * (0.05 * n * k)
        length = np.sqrt((disp * disp).sum(axis=1))
        np.maximum(length, 1e-9, out=length)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    pos -= pos.mean(axis=0)
    span = float(np.abs(pos).max()) or 1.0
    pos *= scale / span
    return {v: (round(float(pos[i, 0]), 1), round(float(pos[i, 1]), 1)) for i, v in enumerate(nodes)}
