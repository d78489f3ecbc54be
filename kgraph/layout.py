"""A fast force-directed layout for pages too large to lay out in the browser.

vis-network's physics needs about a minute for a thousand nodes in a headless
browser, so large pages get their positions from here and turn physics off.
The algorithm is Fruchterman-Reingold, vectorized with numpy (networkx's
``spring_layout`` needs scipy past 500 nodes, which kgraph does not depend
on): repulsion between all pairs is computed in row blocks of float32, so a
2,000-node graph takes about a second with the default 40 iterations. Larger
pieces repel exactly only within a grid neighbourhood and through cell
centroids beyond it (20,000 nodes in about 15 s instead of 49 s). Each
connected piece is laid out on its own, scaled so that its median edge is
``edge_length`` pixels long, and the pieces are packed in rows, largest first,
so that small islands sit beside the main component instead of drifting off.

Examples
--------
>>> import networkx as nx
>>> from kgraph.layout import spring_positions
>>> pos = spring_positions(nx.path_graph(4), seed=1)
>>> sorted(pos) == [0, 1, 2, 3] and all(len(xy) == 2 for xy in pos.values())
True
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["community_positions", "spring_positions"]

_EXACT = 2000  # pieces up to this many nodes get the exact all-pairs repulsion
_BLOCK = 128  # rows of the pairwise repulsion computed at once (memory: rows x n x 3 floats)


def _repulsion(pos: np.ndarray, k2: float) -> np.ndarray:
    """Sum over all other nodes of ``delta * k² / |delta|²`` for every node."""
    n = len(pos)
    disp = np.empty_like(pos)
    x, y = pos[:, 0], pos[:, 1]
    for lo in range(0, n, _BLOCK):
        hi = min(n, lo + _BLOCK)
        dx = x[lo:hi, None] - x[None, :]
        dy = y[lo:hi, None] - y[None, :]
        f = dx * dx
        f += dy * dy
        np.maximum(f, 1e-6, out=f)
        np.divide(k2, f, out=f)
        disp[lo:hi, 0] = np.einsum("ij,ij->i", dx, f)
        disp[lo:hi, 1] = np.einsum("ij,ij->i", dy, f)
    return disp


def _grid_repulsion(pos: np.ndarray, k2: float) -> np.ndarray:
    """:func:`_repulsion` approximated on a grid of about 16 nodes a cell.

    Pairs in the same or adjacent cells (a 3x3 neighbourhood) repel exactly;
    farther cells act through their centroid and node count, computed once per
    pair of cells, so the cost grows with the nodes rather than their square.
    """
    n = len(pos)
    x, y = pos[:, 0].astype(np.float64), pos[:, 1].astype(np.float64)
    g = int(min(max((n / 16) ** 0.5, 4), 64))
    low = pos.min(axis=0)
    h = max(float((pos.max(axis=0) - low).max()), 1e-9) / g
    gx = np.minimum(((x - low[0]) / h).astype(np.intp), g - 1)
    gy = np.minimum(((y - low[1]) / h).astype(np.intp), g - 1)
    cell = gx * g + gy
    order = np.argsort(cell, kind="stable")
    counts = np.bincount(cell, minlength=g * g)
    start = np.cumsum(counts) - counts
    # near field: every node against every node of the nine cells around it
    near_i, near_c = [], []
    for ox in (-1, 0, 1):
        for oy in (-1, 0, 1):
            cx, cy = gx + ox, gy + oy
            ok = (cx >= 0) & (cx < g) & (cy >= 0) & (cy < g)
            near_i.append(np.flatnonzero(ok))
            near_c.append(cx[ok] * g + cy[ok])
    i = np.concatenate(near_i)
    c = np.concatenate(near_c)
    cnt = counts[c]
    keep = cnt > 0
    i, c, cnt = i[keep], c[keep], cnt[keep]
    first = np.cumsum(cnt) - cnt
    j = order[np.arange(int(cnt.sum())) + np.repeat(start[c] - first, cnt)]
    i = np.repeat(i, cnt)
    dx = x[i] - x[j]
    dy = y[i] - y[j]
    f = dx * dx + dy * dy
    np.maximum(f, 1e-6, out=f)
    np.divide(k2, f, out=f)
    disp = np.empty((n, 2))
    disp[:, 0] = np.bincount(i, dx * f, minlength=n)
    disp[:, 1] = np.bincount(i, dy * f, minlength=n)
    # far field: cell centroid against cell centroid, for cells not adjacent
    full = np.flatnonzero(counts)
    mass = counts[full].astype(np.float64)
    mx = np.bincount(cell, x, minlength=g * g)[full] / mass
    my = np.bincount(cell, y, minlength=g * g)[full] / mass
    fx, fy = full // g, full % g
    adjacent = ((np.abs(fx[:, None] - fx[None, :]) <= 1)
                & (np.abs(fy[:, None] - fy[None, :]) <= 1))
    dx = mx[:, None] - mx[None, :]
    dy = my[:, None] - my[None, :]
    f = dx * dx + dy * dy
    np.maximum(f, 1e-6, out=f)
    f = np.where(adjacent, 0.0, k2 * mass[None, :] / f)
    far = np.zeros((g * g, 2))
    far[full, 0] = np.einsum("ij,ij->i", dx, f)
    far[full, 1] = np.einsum("ij,ij->i", dy, f)
    disp += far[cell]
    return disp.astype(pos.dtype)


def _fruchterman_reingold(n: int, src: np.ndarray, dst: np.ndarray, strength: np.ndarray,
                          iterations: int, gravity: float, rng: np.random.Generator) -> np.ndarray:
    """Positions of one connected piece in unit-square coordinates."""
    pos = rng.random((n, 2), dtype=np.float32)
    k = np.float32((1.0 / n) ** 0.5)
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    repulsion = _repulsion if n <= _EXACT else _grid_repulsion
    for _ in range(iterations):
        disp = repulsion(pos, float(k * k))
        delta = pos[src] - pos[dst]
        dist = np.sqrt((delta * delta).sum(axis=1))
        pull = delta * (dist * strength / k)[:, None]
        for axis in (0, 1):
            disp[:, axis] += np.bincount(dst, pull[:, axis], minlength=n).astype(np.float32)
            disp[:, axis] -= np.bincount(src, pull[:, axis], minlength=n).astype(np.float32)
        disp -= (pos - pos.mean(axis=0)) * gravity
        length = np.sqrt((disp * disp).sum(axis=1))
        np.maximum(length, 1e-9, out=length)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    return pos


def _piece(nodes: list[Hashable], springs: dict[tuple[Hashable, Hashable], float],
           iterations: int, gravity: float, edge_length: float,
           rng: np.random.Generator) -> np.ndarray:
    """Lay out one connected piece, centred, with its median edge ``edge_length`` long."""
    n = len(nodes)
    if n == 1:
        return np.zeros((1, 2), dtype=np.float32)
    index = {v: i for i, v in enumerate(nodes)}
    pairs = [(index[u], index[v], w) for (u, v), w in springs.items()]
    src = np.array([a for a, _, _ in pairs], dtype=np.intp)
    dst = np.array([b for _, b, _ in pairs], dtype=np.intp)
    strength = 1.0 + np.log(np.maximum(np.array([w for _, _, w in pairs], dtype=np.float32), 1.0))
    pos = _fruchterman_reingold(n, src, dst, strength, iterations, gravity, rng)
    pos -= pos.mean(axis=0)
    delta = pos[src] - pos[dst]
    unit = float(np.median(np.sqrt((delta * delta).sum(axis=1)))) or 1e-3
    return pos * (edge_length / unit)


def _pack(pieces: list[np.ndarray], gap: float) -> list[np.ndarray]:
    """Place pieces (largest first) in rows about as wide as the whole drawing is tall."""
    sizes = [(p.max(axis=0) - p.min(axis=0)) + gap if len(p) > 1 else np.array([gap, gap])
             for p in pieces]
    area = sum(float(w * h) for w, h in sizes)
    row_width = max(float(sizes[0][0]), area ** 0.5 * 1.2)
    out, x, y, row_height = [], 0.0, 0.0, 0.0
    for piece, (w, h) in zip(pieces, sizes):
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        low = piece.min(axis=0) if len(piece) > 1 else np.array([-gap / 2, -gap / 2])
        out.append(piece - low + np.array([x, y], dtype=np.float32))
        x += float(w)
        row_height = max(row_height, float(h))
    return out


def spring_positions(graph: nx.Graph, iterations: int = 40, seed: int = 0,
                     edge_length: float = 150.0, gravity: float = 0.5,
                     weight: str | None = "weight") -> dict[Hashable, tuple[float, float]]:
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
    edge_length : float, default 150.0
        Pixels the median edge of each connected piece spans (the drawing scale).
    gravity : float, default 0.5
        Pull towards the centre of each piece, which keeps it round and compact.
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
    >>> round(d("x", "y")), round(d("a", "b") + d("b", "c"))
    (150, 300)
    >>> min(d(u, v) for u in "abc" for v in "xy") > 75  # the two pieces sit apart
    True
    """
    import networkx as nx

    simple = _simple(graph, weight)
    if len(simple) == 0:
        return {}
    rng = np.random.default_rng(seed)
    components = sorted((sorted(c, key=str) for c in nx.connected_components(simple)),
                        key=lambda c: (-len(c), str(c[0])))
    pieces = []
    for nodes in components:
        sub = simple.subgraph(nodes)
        springs = {(u, v): d["w"] for u, v, d in sub.edges(data=True)}
        pieces.append(_piece(nodes, springs, iterations, gravity, edge_length, rng))
    placed = _pack(pieces, gap=edge_length * 0.6)
    every = np.concatenate(placed)
    centre = (every.max(axis=0) + every.min(axis=0)) / 2
    return {v: (round(float(xy[0] - centre[0]), 1), round(float(xy[1] - centre[1]), 1))
            for nodes, piece in zip(components, placed) for v, xy in zip(nodes, piece)}


def _simple(graph: nx.Graph, weight: str | None) -> nx.Graph:
    """``graph`` undirected, without loops, parallel edges merged into a weight ``w``."""
    import networkx as nx

    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes)
    for u, v, data in graph.edges(data=True):
        if u == v:
            continue
        w = float(data.get(weight, 1.0)) if weight else 1.0
        if simple.has_edge(u, v):
            simple[u][v]["w"] += w
        else:
            simple.add_edge(u, v, w=w)
    return simple


def community_positions(graph: nx.Graph, iterations: int = 40, seed: int = 0,
                        edge_length: float = 150.0, weight: str | None = "weight",
                        core: Iterable[Hashable] | None = None) -> dict[Hashable, tuple[float, float]]:
    """Lay out ``graph`` community by community, each community a group of its own.

    The communities (networkx's Louvain method on the merged, weighted graph)
    are laid out one by one with :func:`spring_positions`; the groups are then
    placed by a spring layout of the graph of communities (groups that interact
    more sit closer) and pushed apart until no two groups' discs overlap, with a
    gap of ``edge_length`` between them. A dense corpus reads as neighbourhoods
    instead of one hairball.

    With ``core``, only those nodes are laid out so; every other node is put
    beside the core node it is linked to most (around it, at a third of
    ``edge_length``), and nodes linked to no core node are laid out apart,
    below. A page that opens on its busiest actors draws them large, and the
    others appear next to their partners when shown.

    Parameters
    ----------
    graph : networkx.Graph
        Any networkx graph (as in :func:`spring_positions`).
    iterations, seed, edge_length, weight
        As in :func:`spring_positions`.
    core : iterable of nodes, optional
        The nodes the layout is made for (all of them by default).

    Returns
    -------
    dict
        Node -> ``(x, y)`` in pixels, centred on the origin.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.barbell_graph(6, 0)  # two cliques joined by one edge
    >>> pos = community_positions(G)
    >>> d = lambda u, v: ((pos[u][0] - pos[v][0]) ** 2 + (pos[u][1] - pos[v][1]) ** 2) ** 0.5
    >>> inside = max(d(u, v) for u in range(6) for v in range(6))
    >>> across = min(d(u, v) for u in range(6) for v in range(6, 12) if (u, v) != (5, 6))
    >>> across > inside / 2
    True
    """
    import networkx as nx

    simple = _simple(graph, weight)
    if len(simple) == 0:
        return {}
    if core is not None:
        inner_nodes = set(core) & set(simple)
        if inner_nodes and len(inner_nodes) < len(simple):
            pos = community_positions(simple.subgraph(inner_nodes), iterations, seed, edge_length, "w")
            return _with_satellites(simple, pos, iterations, seed, edge_length)
    found = nx.community.louvain_communities(simple, weight="w", seed=seed)
    groups = sorted((sorted(c, key=str) for c in found), key=lambda c: (-len(c), str(c[0])))
    if len(groups) == 1:
        return spring_positions(simple, iterations, seed, edge_length, weight="w")
    group_of = {v: k for k, nodes in enumerate(groups) for v in nodes}
    inner = [spring_positions(simple.subgraph(nodes), iterations, seed, edge_length, weight="w")
             for nodes in groups]
    radius = np.array([max((x * x + y * y) ** 0.5 for x, y in pos.values()) for pos in inner])
    between = nx.Graph()
    between.add_nodes_from(range(len(groups)))
    for u, v, data in simple.edges(data=True):
        a, b = group_of[u], group_of[v]
        if a != b:
            w = between.get_edge_data(a, b, {"w": 0.0})["w"]
            between.add_edge(a, b, w=w + data["w"])
    start = spring_positions(between, iterations * 2, seed, edge_length, weight="w")
    centres = _separated(np.array([start[k] for k in range(len(groups))], dtype=np.float64),
                         radius + edge_length / 2)
    centres -= (centres.max(axis=0) + centres.min(axis=0)) / 2
    return {v: (round(float(centres[k][0] + xy[0]), 1), round(float(centres[k][1] + xy[1]), 1))
            for k, pos in enumerate(inner) for v, xy in pos.items()}


def _separated(centres: np.ndarray, radius: np.ndarray, rounds: int = 200) -> np.ndarray:
    """``centres`` scaled and pushed apart until no two discs of ``radius`` around them overlap."""
    need = radius[:, None] + radius[None, :]
    delta = centres[:, None, :] - centres[None, :, :]
    dist = np.sqrt((delta * delta).sum(axis=2))
    np.fill_diagonal(dist, np.inf)
    # first scale the drawing so that a typical group just touches its nearest neighbour
    nearest = np.argmin(dist, axis=1)
    rows = np.arange(len(centres))
    scale = float(np.median(need[rows, nearest] / np.maximum(dist[rows, nearest], 1e-9)))
    pos = centres * max(scale, 1.0)
    for _ in range(rounds):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.sqrt((delta * delta).sum(axis=2))
        np.fill_diagonal(dist, np.inf)
        overlap = np.maximum(need - dist, 0.0)
        np.fill_diagonal(overlap, 0.0)
        if not overlap.any():
            break
        unit = delta / np.maximum(dist, 1e-9)[:, :, None]
        pos += (unit * (overlap / 2)[:, :, None]).sum(axis=1)
    return pos


def _with_satellites(simple: nx.Graph, pos: dict[Hashable, tuple[float, float]], iterations: int,
                     seed: int, edge_length: float) -> dict[Hashable, tuple[float, float]]:
    """``pos`` (the core) and every other node of ``simple``: beside its strongest core partner,
    or, linked to no core node, in a layout of its own below the core."""
    out = dict(pos)
    around: dict[Hashable, int] = {}
    alone = []
    for v in sorted((v for v in simple if v not in pos), key=str):
        partners = [(d["w"], str(u), u) for u, d in simple[v].items() if u in pos]
        if not partners:
            alone.append(v)
            continue
        hub = max(partners)[2]
        k = around[hub] = around.get(hub, 0) + 1
        angle = k * 2.39996  # the golden angle: satellites of one hub spread evenly
        dist = edge_length / 3 * (1 + 0.15 * (k // 8))
        x, y = pos[hub]
        out[v] = (round(x + dist * float(np.cos(angle)), 1), round(y + dist * float(np.sin(angle)), 1))
    if alone:
        rest = spring_positions(simple.subgraph(alone), iterations, seed, edge_length, weight="w")
        low = max(xy[1] for xy in out.values()) + edge_length
        top = min(xy[1] for xy in rest.values())
        out.update({v: (xy[0], round(xy[1] - top + low, 1)) for v, xy in rest.items()})
    return out
