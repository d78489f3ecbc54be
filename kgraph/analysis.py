"""Network analysis: aggregated and signed graphs, ego networks, time slices, rankings.

Views build networkx graphs from the stored events; rankings and communities
return plain Python data (lists of ``(actor label, score)``) that print as a
table.

*Which events count*: every function here keeps asserted, non-negated events
unless ``modality`` and ``negated`` say otherwise (``None`` means any), so a
denied or planned meeting never strengthens a tie. *How they count*: by default
a fact reported by thirty articles counts once (``count="events"``: the mentions
consolidated by :func:`kgraph.consolidate`); ``count="mentions"`` counts every
extracted edge, as kgraph did before events were consolidated. Other keyword filters
(``relation``, ``source``, ``target``, ``actor``, ``include_affiliated``,
``since``, ``until``, ``doc_id``, ``min_confidence``) are those of
:func:`kgraph.query.filter_edges`. For the full multigraph with one edge per
event, use :meth:`KnowledgeGraph.to_networkx`.

Rankings and communities take either a :class:`~kgraph.KnowledgeGraph` (they
rank its aggregated graph) or any networkx graph, such as one slice of
:func:`time_slices`.

Examples
--------
>>> import kgraph
>>> kg = kgraph.KnowledgeGraph()
>>> _ = kg.add_text("Russia met China. Russia met China again. Russia condemned France.",
...                 doc_id="d", date="2024-05-01")
>>> _ = kg.add_text("Russia met China.", doc_id="e", date="2024-06-01")
>>> G = aggregated_graph(kg)
>>> ru, cn = kg.actor("Russia").id, kg.actor("China").id
>>> G[ru][cn]["weight"], G[ru][cn]["relations"], aggregated_graph(kg, count="mentions")[ru][cn]["weight"]
(2, {'meets': 2}, 3)
>>> print(degree_ranking(kg))
actor   score
------  -----
Russia      2
China       1
France      1
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

import networkx as nx

from .errors import InputError
from .events import consolidate
from .query import _resolve, affiliates, filter_edges
from .views import actor_attributes

if TYPE_CHECKING:
    from .model import Actor, Edge
    from .protocol import GraphLike
    from .vocab import Vocabulary

__all__ = [
    "FREQUENCIES",
    "Count",
    "Frequency",
    "Ranking",
    "aggregated_graph",
    "betweenness_ranking",
    "cooperation_balance",
    "degree_ranking",
    "ego_network",
    "louvain_communities",
    "pagerank_ranking",
    "signed_graph",
    "time_slices",
]

#: What analysis counts: consolidated events (the default) or every mention (extracted edge).
Count = Literal["events", "mentions"]

#: The length of a time slice.
Frequency = Literal["year", "quarter", "month", "day"]
#: Period lengths accepted by :func:`time_slices` and the number of date characters they keep.
FREQUENCIES: dict[Frequency, int] = {"year": 4, "quarter": 7, "month": 7, "day": 10}


class Ranking(list):
    """A list of tuples (``(actor label, score)`` by default) that prints as a table.

    It is a plain :class:`list` in every other respect: index it, slice it,
    compare it, serialize it.

    Parameters
    ----------
    rows : iterable of tuple
    columns : tuple of str
        Column names used when printing.

    Examples
    --------
    >>> r = Ranking([("Russia", 0.5), ("China", 0.25)])
    >>> r[0]
    ('Russia', 0.5)
    >>> print(r)
    actor    score
    ------  ------
    Russia  0.5000
    China   0.2500
    """

    def __init__(self, rows: Iterable[tuple[Any, ...]] = (),
                 columns: tuple[str, ...] = ("actor", "score")) -> None:
        super().__init__(rows)
        self.columns = tuple(columns)

    def __str__(self) -> str:
        ncols = len(self.columns)
        formats = [_column_format([row[i] for row in self if i < len(row)]) for i in range(ncols)]
        cells = [list(self.columns)] + [[f(v) for f, v in zip(formats, row)] for row in self]
        widths = [max(len(r[i]) for r in cells if i < len(r)) for i in range(ncols)]
        numeric = [all(isinstance(row[i], (int, float)) for row in self if i < len(row)) and len(self) > 0
                   for i in range(ncols)]

        def line(cols: list[str]) -> str:
            return "  ".join(c.rjust(w) if num else c.ljust(w)
                             for c, w, num in zip(cols, widths, numeric)).rstrip()

        return "\n".join([line(cells[0]), "  ".join("-" * w for w in widths),
                          *(line(r) for r in cells[1:])])


def _column_format(values: list[Any]) -> Any:
    """One format per column: floats share their number of decimals (1 or 4)."""
    floats = [v for v in values if isinstance(v, float)]
    digits = 1 if floats and all(round(v, 1) == v for v in floats) else 4

    def fmt(value: Any) -> str:
        return f"{value:.{digits}f}" if isinstance(value, float) else str(value)

    return fmt


def _edges(kg: GraphLike, modality: str | None, negated: bool | None,
           filters: dict[str, Any]) -> list[Edge]:
    return filter_edges(kg, modality=modality, negated=negated, **filters)


class _Unit(NamedTuple):
    """What analysis counts once: an edge standing for a mention or an event, its dates, its documents."""

    edge: Edge
    dates: tuple[str, ...]
    docs: frozenset[str]


def _units(kg: GraphLike, edges: list[Edge], count: Count) -> list[_Unit]:
    """One unit per mention, or one per event (its earliest mention stands for it)."""
    if count == "mentions":
        return [_Unit(e, (e.date[:10],) if e.date else (), frozenset(() if e.doc_id is None else (e.doc_id,)))
                for e in edges]
    if count != "events":
        raise InputError(f"count must be events or mentions, not {count!r}")
    return [_Unit(ev.mentions[0], tuple(d for d in (ev.first_seen, ev.last_seen) if d),
                  frozenset(ev.documents)) for ev in consolidate(edges, kg.vocabulary)]


def _add_node(graph: nx.Graph, actor: Actor) -> None:
    if actor.id not in graph:
        graph.add_node(actor.id, **actor_attributes(actor))


def _aggregate(units: Iterable[_Unit], vocab: Vocabulary, by_relation: bool) -> nx.DiGraph:
    G: nx.DiGraph = nx.MultiDiGraph() if by_relation else nx.DiGraph()
    acc: dict[tuple[str, ...], dict[str, Any]] = {}
    for e, dates, docs in units:
        _add_node(G, e.source)
        _add_node(G, e.target)
        key: tuple[str, ...] = ((e.source.id, e.target.id, e.relation) if by_relation
                                else (e.source.id, e.target.id))
        a = acc.setdefault(key, {"weight": 0, "goldstein": 0.0, "cooperation": 0, "conflict": 0,
                                 "relations": Counter(), "dates": [], "documents": set()})
        rel = vocab.get(e.relation)
        a["weight"] += 1
        a["relations"][e.relation] += 1
        if rel is not None:
            a["goldstein"] += rel.weight
            a["cooperation" if rel.cooperative else "conflict"] += 1
        a["dates"] += dates
        a["documents"] |= docs
    for key, a in acc.items():
        data = {
            "weight": a["weight"],
            "goldstein": round(a["goldstein"], 6),
            "cooperation": a["cooperation"],
            "conflict": a["conflict"],
            "first": min(a["dates"]) if a["dates"] else None,
            "last": max(a["dates"]) if a["dates"] else None,
            "documents": len(a["documents"]),
        }
        if by_relation:
            G.add_edge(key[0], key[1], key=key[2], relation=key[2], **data)
        else:
            G.add_edge(key[0], key[1], relations=dict(a["relations"].most_common()), **data)
    return G


def aggregated_graph(kg: GraphLike, relation: str | None = None, *, by_relation: bool = False,
                     modality: str | None = "asserted", negated: bool | None = False,
                     count: Count = "events", **filters: Any) -> nx.DiGraph:
    """Return a weighted graph with one edge per ordered actor pair (or pair and relation).

    Parameters
    ----------
    kg : KnowledgeGraph
    relation : str, optional
        Keep one relation and its sub-relations.
    by_relation : bool, default False
        Return a :class:`networkx.MultiDiGraph` with one edge per pair and
        relation, keyed by the relation name, instead of a
        :class:`networkx.DiGraph` with one edge per pair.
    modality, negated
        Which events count (asserted, non-negated by default; ``None`` for any).
    count : {"events", "mentions"}, default "events"
        Count consolidated events (:func:`kgraph.consolidate` of the kept
        edges; an event stands where its earliest mention does) or every
        mention.
    **filters
        Further filters of :func:`kgraph.query.filter_edges`.

    Returns
    -------
    networkx.DiGraph
        Nodes are actor IRIs (attributes ``label``, ``kind``, ``wikidata``,
        ``aliases``). Edge attributes: ``weight`` (number of events, or of mentions),
        ``goldstein`` (sum of the relations' Goldstein-style weights),
        ``cooperation`` and ``conflict`` (event counts by quad class),
        ``first`` and ``last`` (dates or None), ``documents`` (number of
        documents), and ``relations`` (relation -> events) or, with
        ``by_relation``, ``relation``.

    Examples
    --------
    >>> import kgraph
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("Russia met China. Russia condemned China.", doc_id="d")
    >>> G = aggregated_graph(kg, by_relation=True)
    >>> sorted(k for _, _, k in G.edges(keys=True))
    ['condemns', 'meets']
    >>> aggregated_graph(kg).number_of_edges()
    1
    """
    edges = _edges(kg, modality, negated, {"relation": relation, **filters})
    return _aggregate(_units(kg, edges, count), kg.vocabulary, by_relation)


def signed_graph(kg: GraphLike, *, directed: bool = False, modality: str | None = "asserted",
                 negated: bool | None = False, count: Count = "events", **filters: Any) -> nx.Graph:
    """Return the cooperation/conflict graph: one signed edge per actor pair.

    Each event adds its relation's Goldstein-style weight (cooperation
    positive, conflict negative; see the vocabulary). Cooperation and conflict
    are told apart by the relation's quad class.

    Parameters
    ----------
    kg : KnowledgeGraph
    directed : bool, default False
        Keep ``A -> B`` and ``B -> A`` apart (a :class:`networkx.DiGraph`);
        by default the pair is unordered (a :class:`networkx.Graph`).
    modality, negated, count, **filters
        Which events count and how, as in :func:`aggregated_graph`.

    Returns
    -------
    networkx.Graph
        Edge attributes: ``weight`` (sum of weights), ``sign`` (+1, -1 or 0),
        ``cooperation`` and ``conflict`` (event counts), ``events``.

    Examples
    --------
    >>> import kgraph
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("Russia condemned Ukraine. Ukraine attacked Russia. Russia met China.",
    ...                 doc_id="d")
    >>> S = signed_graph(kg)
    >>> ru, ua = kg.actor("Russia").id, kg.actor("Ukraine").id
    >>> S[ru][ua]["sign"], S[ru][ua]["conflict"], S[ua][ru]["events"]
    (-1, 2, 2)
    """
    G: nx.Graph = nx.DiGraph() if directed else nx.Graph()
    vocab = kg.vocabulary
    for e, _dates, _docs in _units(kg, _edges(kg, modality, negated, filters), count):
        _add_node(G, e.source)
        _add_node(G, e.target)
        u, v = e.source.id, e.target.id
        if not G.has_edge(u, v):
            G.add_edge(u, v, weight=0.0, cooperation=0, conflict=0, events=0)
        data = G[u][v]
        rel = vocab.get(e.relation)
        data["events"] += 1
        if rel is not None:
            data["weight"] = round(data["weight"] + rel.weight, 6)
            data["cooperation" if rel.cooperative else "conflict"] += 1
    for _, _, data in G.edges(data=True):
        data["sign"] = (data["weight"] > 0) - (data["weight"] < 0)
    return G


def cooperation_balance(kg: GraphLike, *, modality: str | None = "asserted",
                        negated: bool | None = False, count: Count = "events", **filters: Any) -> Ranking:
    """Return the cooperation/conflict balance of every actor pair, most hostile first.

    Returns
    -------
    Ranking
        Rows ``(actor, partner, cooperation, conflict, goldstein)``: the two
        labels (alphabetical), the numbers of cooperative and conflictual
        events between them in either direction, and the sum of their
        Goldstein-style weights. Sorted by that sum, then by labels.

    Examples
    --------
    >>> import kgraph
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("Russia condemned Ukraine. Russia met China. China met Russia.", doc_id="d")
    >>> cooperation_balance(kg)    # one meeting, reported twice
    [('Russia', 'Ukraine', 0, 1, -2.0), ('China', 'Russia', 1, 0, 1.0)]
    >>> cooperation_balance(kg, count="mentions")[1]
    ('China', 'Russia', 2, 0, 2.0)
    """
    S = signed_graph(kg, modality=modality, negated=negated, count=count, **filters)
    rows = []
    for u, v, d in S.edges(data=True):
        a, b = sorted((S.nodes[u]["label"], S.nodes[v]["label"]))
        rows.append((a, b, d["cooperation"], d["conflict"], d["weight"]))
    rows.sort(key=lambda r: (r[4], r[0], r[1]))
    return Ranking(rows, columns=("actor", "partner", "cooperation", "conflict", "goldstein"))


def ego_network(kg: GraphLike, actor: str, radius: int = 1, *, include_affiliated: bool = False,
                modality: str | None = "asserted", negated: bool | None = False,
                count: Count = "events", **filters: Any) -> nx.DiGraph:
    """Return the aggregated graph around ``actor``: everyone within ``radius`` steps.

    Steps ignore direction. With ``include_affiliated`` the centre is the
    actor together with its affiliated actors (Russia with Putin and Peskov).

    Returns
    -------
    networkx.DiGraph
        An induced subgraph of :func:`aggregated_graph` (empty when the actor
        takes part in no counted event).

    Raises
    ------
    InputError
        If no stored or dictionary actor has that name.

    Examples
    --------
    >>> import kgraph
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("Russia met China. China met France. France met Germany.", doc_id="d")
    >>> sorted(n["label"] for _, n in ego_network(kg, "China").nodes(data=True))
    ['China', 'France', 'Russia']
    >>> ego_network(kg, "China", radius=2).number_of_nodes()
    4
    """
    G = aggregated_graph(kg, modality=modality, negated=negated, count=count, **filters)
    ids = _resolve(kg, actor)
    if include_affiliated:
        ids |= {a.id for a in affiliates(kg, actor)}
    keep: set[str] = set()
    for c in ids & set(G):
        keep |= set(nx.ego_graph(G, c, radius=radius, undirected=True))
    return G.subgraph(keep).copy()


def time_slices(kg: GraphLike, freq: Frequency = "month", *, modality: str | None = "asserted",
                negated: bool | None = False, count: Count = "events",
                **filters: Any) -> dict[str, nx.DiGraph]:
    """Return one aggregated graph per period, for dynamic analysis.

    Parameters
    ----------
    kg : KnowledgeGraph
    freq : {"year", "quarter", "month", "day"}
        Period length. Keys look like ``"2024"``, ``"2024-Q4"``, ``"2024-10"``
        and ``"2024-10-22"``.
    modality, negated, count, **filters
        Which events count and how, as in :func:`aggregated_graph` (an event
        falls in the period of its first date).

    Returns
    -------
    dict of str to networkx.DiGraph
        Periods in chronological order, each with the graph of
        :func:`aggregated_graph` over that period's events. Undated events,
        and events whose date is less precise than ``freq``, are left out.

    Examples
    --------
    >>> import kgraph
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("Russia met China.", doc_id="a", date="2024-01-10")
    >>> _ = kg.add_text("Russia condemned France.", doc_id="b", date="2024-03-05")
    >>> {k: g.number_of_edges() for k, g in time_slices(kg, "month").items()}
    {'2024-01': 1, '2024-03': 1}
    >>> list(time_slices(kg, "quarter"))
    ['2024-Q1']
    """
    if freq not in FREQUENCIES:
        raise InputError(f"freq must be one of {', '.join(FREQUENCIES)}, not {freq!r}")
    size = FREQUENCIES[freq]
    groups: dict[str, list[_Unit]] = defaultdict(list)
    for unit in _units(kg, _edges(kg, modality, negated, filters), count):
        e = unit.edge
        if not e.date or len(e.date) < size:
            continue
        key = e.date[:size]
        if freq == "quarter":
            key = f"{e.date[:4]}-Q{(int(e.date[5:7]) - 1) // 3 + 1}"
        groups[key].append(unit)
    return {k: _aggregate(groups[k], kg.vocabulary, False) for k in sorted(groups)}


# -- rankings ----------------------------------------------------------------------------------
def _graph(obj: GraphLike | nx.Graph, filters: dict[str, Any]) -> nx.Graph:
    if isinstance(obj, nx.Graph):
        if filters:
            raise InputError(f"filters ({', '.join(filters)}) apply to a KnowledgeGraph, "
                             "not to a networkx graph")
        return obj
    return aggregated_graph(obj, **filters)


def _ranked(graph: nx.Graph, scores: dict[Any, float], top: int | None) -> Ranking:
    rows = sorted(((graph.nodes[n].get("label", str(n)), s) for n, s in scores.items()),
                  key=lambda r: (-r[1], r[0]))
    return Ranking(rows[:top] if top is not None else rows)


def _undirected(graph: nx.Graph, weight: str | None) -> nx.Graph:
    """A simple undirected graph whose edge weights sum those of ``graph`` between each pair."""
    H = nx.Graph()
    H.add_nodes_from(graph.nodes(data=True))
    for u, v, d in graph.edges(data=True):
        w = d.get(weight, 1) if weight else 1
        if H.has_edge(u, v):
            H[u][v]["weight"] += w
        else:
            H.add_edge(u, v, weight=w)
    return H


def degree_ranking(kg: GraphLike | nx.Graph, *, weighted: bool = False, top: int | None = None,
                   **filters: Any) -> Ranking:
    """Rank actors by degree: distinct partners, or events when ``weighted``.

    Parameters
    ----------
    kg : KnowledgeGraph or networkx.Graph
        A knowledge graph (its :func:`aggregated_graph` is ranked) or a graph.
    weighted : bool, default False
        Count events (the ``weight`` of incident edges) instead of partners.
    top : int, optional
        Keep the first ``top`` rows.
    **filters
        Filters of :func:`aggregated_graph` (only with a KnowledgeGraph).

    Returns
    -------
    Ranking
        ``(actor label, degree)``, highest first, ties by label.

    Examples
    --------
    >>> import kgraph
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("Russia met China. Russia met China again. France met China.", doc_id="d")
    >>> degree_ranking(kg)
    [('China', 2), ('France', 1), ('Russia', 1)]
    >>> degree_ranking(kg, weighted=True, top=1), degree_ranking(kg, weighted=True, top=1, count="mentions")
    ([('China', 2)], [('China', 3)])
    """
    G = _graph(kg, filters)
    H = _undirected(G, "weight" if weighted else None)
    if weighted:
        scores = {n: sum(d["weight"] * (2 if u == v else 1) for u, v, d in H.edges(n, data=True))
                  for n in H}
    else:
        scores = {n: len(set(H[n]) - {n}) for n in H}
    return _ranked(G, scores, top)


def pagerank_ranking(kg: GraphLike | nx.Graph, *, alpha: float = 0.85,
                     weight: str | None = "weight", top: int | None = None,
                     **filters: Any) -> Ranking:
    """Rank actors by PageRank on the directed, event-weighted graph.

    An actor ranks high when much-targeted actors act on it too: who is the
    object of the events. Scores sum to 1 over all actors.

    Parameters
    ----------
    kg : KnowledgeGraph or networkx.Graph
    alpha : float, default 0.85
        Damping factor.
    weight : str or None, default "weight"
        Edge attribute used as weight (the number of events); None for none.
    top : int, optional
    **filters
        Filters of :func:`aggregated_graph` (only with a KnowledgeGraph).

    Examples
    --------
    >>> import kgraph
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("Russia condemned France. China condemned France.", doc_id="d")
    >>> pagerank_ranking(kg, top=1)[0][0]
    'France'
    """
    G = _graph(kg, filters)
    return _ranked(G, _pagerank(G, alpha, weight), top)


def _pagerank(graph: nx.Graph, alpha: float, weight: str | None, tol: float = 1e-12,
              max_iter: int = 1000) -> dict[Any, float]:
    """PageRank by power iteration, as networkx defines it, without needing scipy.

    Out-weights are normalized per node; the rank of dangling nodes (no
    out-weight) is spread uniformly, as is the teleport term. Parallel edges
    add up.
    """
    nodes = list(graph)
    n = len(nodes)
    if n == 0:
        return {}
    directed = graph.is_directed()
    out: dict[Any, dict[Any, float]] = {u: {} for u in nodes}
    for u, v, d in graph.edges(data=True):
        w = float(d.get(weight, 1.0)) if weight else 1.0
        out[u][v] = out[u].get(v, 0.0) + w
        if not directed and u != v:
            out[v][u] = out[v].get(u, 0.0) + w
    totals = {u: sum(nbrs.values()) for u, nbrs in out.items()}
    dangling = [u for u in nodes if totals[u] == 0]
    x = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        last = x
        spread = alpha * sum(last[u] for u in dangling) / n + (1.0 - alpha) / n
        x = dict.fromkeys(nodes, spread)
        for u, nbrs in out.items():
            if totals[u]:
                share = alpha * last[u] / totals[u]
                for v, w in nbrs.items():
                    x[v] += share * w
        if sum(abs(x[u] - last[u]) for u in nodes) < n * tol:
            break
    total = sum(x.values())
    return {u: s / total for u, s in x.items()}


def betweenness_ranking(kg: GraphLike | nx.Graph, *, directed: bool = False,
                        normalized: bool = True, top: int | None = None,
                        **filters: Any) -> Ranking:
    """Rank actors by betweenness centrality: the brokers on shortest paths.

    Paths are unweighted (event counts measure strength, not distance) and
    ignore direction unless ``directed``.

    Examples
    --------
    >>> import kgraph
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("Russia met China. China met France.", doc_id="d")
    >>> betweenness_ranking(kg)
    [('China', 1.0), ('France', 0.0), ('Russia', 0.0)]
    """
    G = _graph(kg, filters)
    H = G if directed else _undirected(G, None)
    return _ranked(G, nx.betweenness_centrality(H, normalized=normalized), top)


def louvain_communities(kg: GraphLike | nx.Graph, *, resolution: float = 1.0, seed: int = 0,
                        weight: str | None = "weight", **filters: Any) -> list[list[str]]:
    """Return communities found by networkx's Louvain method, largest first.

    The graph is taken as undirected, with the events between each pair summed.

    Parameters
    ----------
    kg : KnowledgeGraph or networkx.Graph
    resolution : float, default 1.0
        Above 1 favours smaller communities.
    seed : int, default 0
        Random seed, so the same graph gives the same communities.
    weight : str or None, default "weight"
    **filters
        Filters of :func:`aggregated_graph` (only with a KnowledgeGraph).

    Returns
    -------
    list of list of str
        Actor labels, alphabetical within each community; every actor is in
        exactly one community.

    Examples
    --------
    >>> import kgraph
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("Russia met China. China met Russia. France met Germany.", doc_id="d")
    >>> louvain_communities(kg)
    [['China', 'Russia'], ['France', 'Germany']]
    """
    G = _graph(kg, filters)
    H = _undirected(G, weight)
    parts = nx.community.louvain_communities(H, weight="weight", resolution=resolution, seed=seed)
    groups = [sorted(G.nodes[n].get("label", str(n)) for n in part) for part in parts]
    return sorted(groups, key=lambda g: (-len(g), g))
