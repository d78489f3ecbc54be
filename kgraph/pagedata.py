"""What the graph page draws: nodes, edges, styles and legend, as plain data.

:func:`page_data` turns edges into columns of node and edge fields and the
legend the page shows; :mod:`kgraph.html` renders them into the page, whose
script turns the columns into vis-network records. Keeping them apart lets
the data be tested (and reused) without a template.

- Relations are colored by quad class: cooperation in greens (verbal) and
  blues (material), conflict in oranges (verbal) and reds (material).
- Actors are shaped by kind and sized by the number of events they take part in
  (mentions of one fact consolidated, :func:`kgraph.consolidate`), within
  moderate bounds.
- A crowded page (more than ``default_actors`` actors) opens with the actors
  reported most often (at least ``min_actor_reports`` reports, chosen so that
  at most ``default_actors`` remain, but never so few that the page opens nearly
  empty); a control on the page lowers the minimum to show the others. Its
  layout groups actors by community (:func:`kgraph.layout.community_positions`).
- Edges are directed and labelled; planned ones dashed, hypothetical ones
  dotted; parallel edges between two actors curve apart.
- Tooltips are built by the page, from text nodes (never HTML), for the node
  or edge under the pointer: a 20,000-actor page ships its evidence once, as
  columns, instead of a prebuilt tooltip per item.
- Past ``max_nodes`` actors, the ``max_nodes`` busiest are kept, parallel edges
  are merged per pair, relation and modality, and the layout is precomputed;
  every report behind a merged edge stays in ``reports``, for the evidence panel.

Examples
--------
>>> import kgraph
>>> from kgraph.pagedata import page_data
>>> edges = kgraph.extract("Ukraine condemned Russia. Russia met China.", doc_id="d")
>>> data = page_data(edges, [], kgraph.default_vocabulary())
>>> data["nodes"]["label"], data["edges"]["relation"]
(['China', 'Russia', 'Ukraine'], ['condemns', 'meets'])
>>> [data["nodes"]["label"][i] for i in data["edges"]["from"]]
['Ukraine', 'Russia']
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .events import consolidate, mention_key

if TYPE_CHECKING:
    from .events import Event
    from .model import Actor, Document, Edge
    from .vocab import Relation, Vocabulary

__all__ = ["page_data", "relation_colors"]

#: Colors of the shipped relations; relations a user adds get one from their quad class palette.
_COLORS = {
    # verbal cooperation: greens and teals
    "meets": "#2e7d32", "visits": "#66bb6a", "negotiates": "#1b5e20", "proposes": "#00897b",
    "agrees": "#4db6ac", "supports": "#7cb342", "invites": "#9ccc65", "requests": "#0097a7",
    # material cooperation: blues
    "aids": "#1565c0", "cooperates": "#42a5f5", "concedes": "#5c6bc0",
    # verbal conflict: oranges and ambers
    "demands": "#ef6c00", "condemns": "#fb8c00", "accuses": "#ffb300", "rejects": "#e65100",
    "vetoes": "#bf360c", "threatens": "#f4511e", "investigates": "#c77800",
    # material conflict: reds
    "protests": "#ef5350", "sanctions": "#ad1457", "mobilizes": "#c62828", "coerces": "#b71c1c",
    "attacks": "#d50000",
}
_PALETTE = {
    "verbal_cooperation": ["#388e3c", "#009688", "#8bc34a", "#26a69a", "#558b2f", "#00796b"],
    "material_cooperation": ["#1976d2", "#3949ab", "#64b5f6", "#0d47a1", "#7986cb"],
    "verbal_conflict": ["#f57c00", "#ffa000", "#ff7043", "#d84315", "#ffca28"],
    "material_conflict": ["#e53935", "#880e4f", "#ff5252", "#8e0000", "#d81b60"],
}
_QUAD_TITLES = {
    "verbal_cooperation": "Cooperation (verbal)", "material_cooperation": "Cooperation (material)",
    "verbal_conflict": "Conflict (verbal)", "material_conflict": "Conflict (material)",
}
#: Actor kind -> (vis shape, fill color, legend text, size factor evening out how big shapes look).
_KINDS = {
    "state": ("square", "#37474f", "state", 0.8),
    "state_organ": ("diamond", "#78909c", "state organ", 1.0),
    "organization": ("triangle", "#7b1fa2", "organization", 1.15),
    "person": ("dot", "#8d6e63", "person", 1.0),
    "group": ("star", "#6d7f8b", "group", 1.2),
}
_DASHES = {"asserted": False, "planned": [8, 6], "hypothetical": [2, 5]}
_MIN_SIZE, _MAX_SIZE = 9.0, 24.0
#: Largest node on a dense page, drawn zoomed out: the busiest actors stand out.
_MAX_SIZE_DENSE = 40.0


def relation_colors(vocabulary: Vocabulary) -> dict[str, str]:
    """Return a color per relation: greens/blues for cooperation, oranges/reds for conflict.

    Parameters
    ----------
    vocabulary : Vocabulary
        The relations to color; relations outside the shipped table get a
        color from the palette of their quad class.

    Returns
    -------
    dict
        Relation name -> CSS hex color.

    Examples
    --------
    >>> from kgraph import default_vocabulary
    >>> colors = relation_colors(default_vocabulary())
    >>> colors["meets"], colors["attacks"]
    ('#2e7d32', '#d50000')
    """
    used: Counter[str] = Counter()
    out = {}
    for rel in vocabulary:
        if rel.name in _COLORS:
            out[rel.name] = _COLORS[rel.name]
            continue
        pal = _PALETTE.get(rel.quad_class, ["#777777"])
        out[rel.name] = pal[used[rel.quad_class] % len(pal)]
        used[rel.quad_class] += 1
    return out



def _relation_style(rel: Relation, color: str) -> dict[str, Any]:
    """What the page needs of a relation: color, classes and default codes for the tooltip."""
    return {"color": color, "quad": rel.quad_class.replace("_", " "),
            "cameo": ", ".join(rel.cameo[:3]), "plover": rel.plover}


def _curves(pairs: list[tuple[int, int]]) -> list[float]:
    """Signed roundness per edge so that edges between the same two actors curve apart.

    ``0`` is straight, a positive value curves clockwise and a negative one
    counter-clockwise (vis-network's ``curvedCW`` and ``curvedCCW``). A lone
    edge is straight; with several, they alternate sides with growing
    roundness (an odd count keeps one straight). Sides are set relative to a
    fixed order of the two actors, so A->B and B->A edges never overlap.
    Self-loops are ``0`` here and drawn as loops by the page.
    """
    total = Counter((min(p), max(p)) for p in pairs)
    seen: Counter[tuple[int, int]] = Counter()
    out = []
    for src, tgt in pairs:
        key = (min(src, tgt), max(src, tgt))
        m, k = total[key], seen[key]
        seen[key] += 1
        if m == 1 or src == tgt:
            out.append(0.0)
            continue
        slot = k + (m % 2 == 0)  # 0 is the straight middle when m is odd
        if slot == 0:
            out.append(0.0)
            continue
        step = min(0.2, 1.2 / ((m + 1) // 2))  # many parallel edges share the span up to 1.2
        roundness = round(step * ((slot + 1) // 2), 3)
        out.append(roundness if (slot % 2 == 1) == (src < tgt) else -roundness)
    return out


def _sizes(counts: Counter[str], largest: float = _MAX_SIZE) -> dict[str, float]:
    top = max(counts.values(), default=1) or 1
    return {a: round(_MIN_SIZE + (largest - _MIN_SIZE) * math.sqrt(d / top), 1)
            for a, d in counts.items()}


def page_data(edges: list[Edge], documents: list[Document], vocabulary: Vocabulary, *,
              physics: bool = True, max_nodes: int = 2000, physics_max_nodes: int = 400,
              seed: int = 0, bundle_after: int = 3, default_actors: int = 120,
              min_actor_reports: int | None = None) -> dict[str, Any]:
    """Return the nodes, edges, styles, vis-network options and legend of a graph page.

    Nodes and edges are columns (one list per field, edges pointing at nodes
    by position), which keeps a 20,000-actor page quick to build and small;
    the page turns them into vis-network records, and builds tooltips only
    for what the pointer rests on.

    Parameters
    ----------
    edges : list of Edge
        The edges to draw.
    documents : list of Document
        Their documents (titles and outlets for the tooltips).
    vocabulary : Vocabulary
        Relations (colors, quad classes, codes).
    physics, max_nodes, physics_max_nodes, seed, bundle_after, default_actors, min_actor_reports
        As in :func:`kgraph.html.render_html`.

    Returns
    -------
    dict
        ``nodes``: columns ``id``, ``label``, ``kind``, ``x``, ``y``, ``size``,
        ``degree`` (reports), ``events``, ``out``, ``in``, ``wikidata``,
        ``aliases`` and ``font`` (label size, or None when all names have one
        size). ``actor_min``: the fewest reports an actor needs to be drawn when
        the page opens (1 unless the page is crowded). ``edges``: columns
        ``from`` and ``to`` (node positions), ``relation``, ``modality``,
        ``negated``, ``count`` (events merged into the edge), ``curve`` (signed
        roundness), ``date``, ``doc`` (position in ``docs`` or -1),
        ``sentence``, ``source_text``, ``target_text``, ``trigger``, ``cameo``,
        ``plover`` and ``confidence``, plus ``documents`` and ``span`` (dates)
        on large pages, where the evidence is that of the most confident event,
        with ``first`` and ``last`` (dates) and ``reports`` ([start, end) of
        its rows in ``reports``). ``reports``: on large pages, columns
        ``sentence``, ``source_text``, ``target_text``, ``doc``, ``date`` and
        ``confidence`` of every edge merged (``None`` on other pages, whose
        edges are their own reports). ``days``: the sorted dates, for the date
        filter. ``bundles``: where two actors have more than ``bundle_after``
        edges between them (not on large pages), one bundle per direction and
        relation, drawn instead of its edges until the pair is expanded: columns
        ``from``, ``to``, ``relation``, ``members`` (edge positions), ``events``
        (their consolidated events, :func:`kgraph.consolidate`) and ``curve``;
        ``None`` when nothing is bundled. ``docs``: [id, title, outlet] rows. ``styles``: relation colors,
        classes and codes, kind shapes, dash patterns. Also ``options``,
        ``large``, ``dense`` (too many actors for physics: precomputed community
        layout, faded edges), ``physics``, ``note``, ``legend``, ``kinds`` and
        ``stats`` (counts for the summary line).

    Examples
    --------
    >>> import kgraph
    >>> edges = kgraph.extract("Russia met China. Russia met China again.", doc_id="d")
    >>> data = page_data(edges, [], kgraph.default_vocabulary())
    >>> data["nodes"]["label"], data["edges"]["relation"], data["edges"]["curve"]
    (['China', 'Russia'], ['meets', 'meets'], [-0.2, 0.2])
    >>> data = page_data(edges, [], kgraph.default_vocabulary(), max_nodes=1)
    >>> data["large"], data["nodes"]["label"], data["edges"]["relation"]
    (True, ['China'], [])
    """
    if max_nodes < 1:
        raise InputError(f"max_nodes must be at least 1, not {max_nodes}")
    if min_actor_reports is not None and min_actor_reports < 1:
        raise InputError(f"min_actor_reports must be at least 1, not {min_actor_reports}")
    actors, out_deg, in_deg = _actors_and_degrees(edges)
    degree = out_deg + in_deg
    n_actors, n_events = len(actors), len(edges)
    all_edges = edges
    large = n_actors > max_nodes
    if large:
        ranked = sorted(actors, key=lambda a: (-degree[a], actors[a].label, a))
        keep = set(ranked[:max_nodes])
        edges = [e for e in edges if e.source.id in keep and e.target.id in keep]
        actors = {a: actors[a] for a in ranked[:max_nodes]}
    order = sorted(actors.values(), key=lambda a: (a.label, a.id))
    index = {a.id: i for i, a in enumerate(order)}
    # edges: one per event, or one per (pair, relation, modality, negated) when large
    shown, extra = _merged(edges) if large else (edges, {})
    docs = {d.id: d for d in documents}
    edge_cols, doc_rows, reports = _edge_columns(shown, extra, index, docs, large)
    events = consolidate(edges, vocabulary)
    bundles = None if large else _bundles(shown, edge_cols, events, bundle_after)
    physics_on = physics and not large and len(actors) <= physics_max_nodes
    dense = len(actors) > physics_max_nodes
    actor_min = (min_actor_reports if min_actor_reports is not None else _fewest_reports(
        Counter({a: degree[a] for a in actors}), [(e.source.id, e.target.id) for e in edges], default_actors))
    node_cols = _node_columns(order, edge_cols, degree, _actor_events(events), out_deg, in_deg, dense,
                              physics_on=physics_on, seed=seed, actor_min=actor_min)
    legend, styles = _legend_and_styles(vocabulary, edge_cols, edges)
    kinds: Counter[str] = Counter(a.kind if a.kind in _KINDS else "group" for a in actors.values())
    note = None
    hidden = sum(1 for a in actors if degree[a] < actor_min)
    if large:
        note = (f"Large graph: {n_actors:,} actors and {n_events:,} edges. Showing the "
                f"{len(actors):,} actors with the most edges; parallel edges are merged per pair, "
                f"relation and modality ({len(edges):,} edges drawn as {len(shown):,}; width and "
                "\u201c\u00d7n\u201d give the count). The layout was precomputed in Python and "
                "physics is off.")
    elif physics and not physics_on:
        note = "The layout was precomputed in Python and physics starts off (the physics switch turns it on)."
        if not hidden:
            note = f"{len(actors):,} actors: {note[0].lower()}{note[1:]}"
    if hidden:
        note = _crowded_note(len(actors), hidden, actor_min, dense) + (" " + note if note else "")
    dates = sorted(e.date[:10] for e in all_edges if e.date)
    return {
        "nodes": node_cols, "edges": edge_cols, "docs": doc_rows, "styles": styles, "reports": reports,
        "bundles": bundles,
        "days": sorted({d[:10] for d in (*edge_cols["date"], *(reports or {}).get("date", ())) if d}),
        "options": _options(physics_on, large, dense), "large": large, "note": note,
        "physics": physics_on, "dense": dense, "actor_min": actor_min,
        "legend": [(_QUAD_TITLES.get(q, "Other"), legend[q])
                   for q in (*_QUAD_TITLES, "other") if q in legend],
        "kinds": [{"kind": k, "shape": s, "color": c, "text": t, "count": kinds[k]}
                  for k, (s, c, t, _) in _KINDS.items() if kinds[k]],
        "stats": {"documents": len(docs) or len({e.doc_id for e in all_edges if e.doc_id}),
                  "actors": n_actors, "edges": n_events,
                  "asserted": sum(1 for e in all_edges if e.asserted),
                  "negated": sum(1 for e in all_edges if e.negated),
                  "dates": (dates[0], dates[-1]) if dates else None},
    }


def _actors_and_degrees(edges: list[Edge]) -> tuple[dict[str, Actor], Counter[str], Counter[str]]:
    """The actors of ``edges`` by IRI, and their out- and in-degrees."""
    actors: dict[str, Actor] = {}
    out_deg: Counter[str] = Counter()
    in_deg: Counter[str] = Counter()
    for e in edges:
        actors.setdefault(e.source.id, e.source)
        actors.setdefault(e.target.id, e.target)
        out_deg[e.source.id] += 1
        in_deg[e.target.id] += 1
    return actors, out_deg, in_deg


def _merged(edges: list[Edge]) -> tuple[list[Edge], dict[str, list[Any]]]:
    """One edge per (pair, relation, modality, negated): the most confident, with the group's
    event count, document count, date span and every edge of the group (``group``)."""
    groups: dict[tuple[str, str, str, str, bool], list[Edge]] = defaultdict(list)
    for e in edges:
        groups[(e.source.id, e.target.id, e.relation, e.modality, e.negated)].append(e)
    shown: list[Edge] = []
    counts, n_docs, spans, firsts, lasts = [], [], [], [], []
    for group in groups.values():
        shown.append(max(group, key=lambda x: (x.confidence, x.date or "")))
        counts.append(len(group))
        n_docs.append(len({x.doc_id for x in group}))
        dates = sorted(x.date[:10] for x in group if x.date)
        spans.append((dates[0] if dates[0] == dates[-1] else f"{dates[0]} to {dates[-1]}")
                     if dates else "")
        firsts.append(dates[0] if dates else "")
        lasts.append(dates[-1] if dates else "")
    return shown, {"count": counts, "documents": n_docs, "span": spans, "first": firsts, "last": lasts,
                   "group": list(groups.values())}


def _bundles(shown: list[Edge], edge_cols: dict[str, list[Any]], events: list[Event],
             after: int) -> dict[str, list[Any]] | None:
    """One bundle per direction and relation between two actors with more than ``after`` edges
    (``events``: the consolidated events of ``shown``)."""
    pairs = Counter((min(a, b), max(a, b)) for a, b in zip(edge_cols["from"], edge_cols["to"]))
    groups: dict[tuple[int, int, str], list[int]] = defaultdict(list)
    for j, (a, b, rel) in enumerate(zip(edge_cols["from"], edge_cols["to"], edge_cols["relation"])):
        if a != b and pairs[(min(a, b), max(a, b))] > after:
            groups[(a, b, rel)].append(j)
    if not groups:
        return None
    event_of = {mention_key(m): k for k, ev in enumerate(events) for m in ev.mentions}
    keys = list(groups)
    return {"from": [k[0] for k in keys], "to": [k[1] for k in keys], "relation": [k[2] for k in keys],
            "members": [groups[k] for k in keys],
            "events": [len({event_of[mention_key(shown[j])] for j in groups[k]}) for k in keys],
            "curve": _curves([(k[0], k[1]) for k in keys])}


def _doc_index(edges: Iterable[Edge], docs: dict[str, Document],
               doc_rows: list[list[str]], doc_index: dict[str | None, int]) -> None:
    """Number the documents of ``edges`` into ``doc_rows`` ([id, title, outlet]) as they come."""
    for e in edges:
        if e.doc_id is not None and e.doc_id not in doc_index:  # None is in it
            d = docs.get(e.doc_id)
            doc_index[e.doc_id] = len(doc_rows)
            doc_rows.append([e.doc_id, d.title or "" if d else "", d.outlet or "" if d else ""])


def _reports(groups: list[list[Edge]], doc_index: dict[str | None, int]) -> dict[str, list[Any]]:
    """Every report behind the merged edges of a large page, as columns (the evidence panel's)."""
    every = [e for group in groups for e in group]
    return {"sentence": [e.sentence for e in every], "source_text": [e.source_text for e in every],
            "target_text": [e.target_text for e in every], "doc": [doc_index[e.doc_id] for e in every],
            "date": [e.date or "" for e in every], "confidence": [round(e.confidence, 2) for e in every]}


def _edge_columns(shown: list[Edge], extra: dict[str, list[Any]], index: dict[str, int],
                  docs: dict[str, Document], large: bool
                  ) -> tuple[dict[str, list[Any]], list[list[str]], dict[str, list[Any]] | None]:
    """The edge columns of the page, the [id, title, outlet] rows of their documents and, on a
    large page, the columns of every report behind the merged edges (``None`` otherwise)."""
    doc_rows: list[list[str]] = []
    doc_index: dict[str | None, int] = {None: -1, "": -1}
    _doc_index(shown, docs, doc_rows, doc_index)
    src = [index[e.source.id] for e in shown]
    tgt = [index[e.target.id] for e in shown]
    edge_cols: dict[str, list[Any]] = {
        "from": src, "to": tgt, "relation": [e.relation for e in shown],
        "modality": [e.modality for e in shown], "negated": [e.negated for e in shown],
        "count": extra.get("count") or [1] * len(shown), "curve": _curves(list(zip(src, tgt))),
        "date": [e.date or "" for e in shown], "doc": [doc_index[e.doc_id] for e in shown],
        "sentence": [e.sentence for e in shown], "source_text": [e.source_text for e in shown],
        "target_text": [e.target_text for e in shown], "trigger": [e.trigger for e in shown],
        "cameo": [e.cameo for e in shown] if not large else [""] * len(shown),
        "plover": [e.plover for e in shown] if not large else [""] * len(shown),
        "confidence": [round(e.confidence, 2) for e in shown]}
    if not large:
        return edge_cols, doc_rows, None
    for key in ("documents", "span", "first", "last"):
        edge_cols[key] = extra[key]
    _doc_index((e for group in extra["group"] for e in group), docs, doc_rows, doc_index)
    starts = list(accumulate((len(g) for g in extra["group"]), initial=0))
    edge_cols["reports"] = [[starts[k], starts[k + 1]] for k in range(len(shown))]
    return edge_cols, doc_rows, _reports(extra["group"], doc_index)


def _crowded_note(n_actors: int, hidden: int, actor_min: int, dense: bool) -> str:
    """What a page that opens on its most reported actors says of the others."""
    grouped = ", grouped by community" if dense else ""
    return (f"{n_actors:,} actors{grouped}: the page opens with the {n_actors - hidden:,} reported at "
            f"least {actor_min} times (\u201cactors with at least \u2026 reports\u201d shows the other "
            f"{hidden:,}); names are drawn where they fit, busiest first, and zooming in shows more.")


def _actor_events(events: list[Event]) -> Counter[str]:
    """The number of events each actor takes part in."""
    out: Counter[str] = Counter()
    for ev in events:
        out[ev.source.id] += 1
        if ev.target.id != ev.source.id:
            out[ev.target.id] += 1
    return out


def _fewest_reports(degree: Counter[str], pairs: list[tuple[str, str]], most: int) -> int:
    """The fewest reports an actor needs to be drawn when a page opens: 1 when all fit.

    The smallest number of reports that at most ``most`` actors reach; but a page
    must not open nearly empty (a hub whose partners are all reported less than
    it): the threshold is lowered until at least a quarter of ``most`` actors
    (or all of them, if fewer) would be drawn, each with an edge to another drawn
    actor. ``pairs`` are the (source, target) of the edges.

    Examples
    --------
    >>> pairs = [("a", "b"), ("a", "c"), ("b", "c"), ("a", "d")]
    >>> degree = Counter(x for p in pairs for x in p)
    >>> _fewest_reports(degree, pairs, 3), _fewest_reports(degree, pairs, 4)
    (2, 1)
    >>> star = [("hub", f"leaf{i}") for i in range(10)]
    >>> _fewest_reports(Counter(x for p in star for x in p), star, 4)  # the hub alone: all shown
    1
    """
    if len(degree) <= most:
        return 1
    counts = sorted(degree.values(), reverse=True)
    auto = counts[most] + 1
    floor = min(len(degree), max(2, most // 4))

    def drawn(level: int) -> int:
        return len({x for a, b in pairs if degree[a] >= level and degree[b] >= level for x in (a, b)})

    levels = sorted({d for d in counts if d < auto} | {auto})
    lo, hi, best = 0, len(levels) - 1, 1  # drawn() shrinks as the level grows: the largest level that
    while lo <= hi:  # still draws ``floor`` actors
        mid = (lo + hi) // 2
        if drawn(levels[mid]) >= floor:
            best, lo = levels[mid], mid + 1
        else:
            hi = mid - 1
    return best


def _node_columns(order: list[Actor], edge_cols: dict[str, list[Any]], degree: Counter[str],
                  events: Counter[str], out_deg: Counter[str], in_deg: Counter[str], dense: bool, *,
                  physics_on: bool, seed: int, actor_min: int = 1) -> dict[str, list[Any] | None]:
    """The node columns, with a layout computed here (the start for physics, or final without);
    a dense page is laid out community by community, for the actors it opens with (at least
    ``actor_min`` reports), the others beside their partners."""
    import networkx as nx

    from .layout import community_positions, spring_positions

    weights: Counter[tuple[int, int]] = Counter()
    for a, b, n in zip(edge_cols["from"], edge_cols["to"], edge_cols["count"]):
        weights[(a, b) if a <= b else (b, a)] += n
    G = nx.Graph()
    G.add_nodes_from(range(len(order)))
    G.add_weighted_edges_from((a, b, w) for (a, b), w in weights.items())
    iterations = 40 if physics_on or len(G) > 500 else 80
    if dense:
        core = [i for i, a in enumerate(order) if degree[a.id] >= actor_min]
        pos = community_positions(G, seed=seed, iterations=iterations, edge_length=170.0, core=core)
    else:  # room for a relation label along each edge
        pos = spring_positions(G, seed=seed, iterations=iterations, edge_length=170.0)
    sizes = _sizes(Counter({a.id: events[a.id] for a in order}), _MAX_SIZE_DENSE if dense else _MAX_SIZE)
    top_events = max((events[a.id] for a in order), default=1) or 1
    factor = {k: v[3] for k, v in _KINDS.items()}
    return {
        "id": [a.id for a in order], "label": [a.label for a in order],
        "kind": [a.kind if a.kind in _KINDS else "group" for a in order],
        "x": [float(pos[i][0]) for i in range(len(order))],
        "y": [float(pos[i][1]) for i in range(len(order))],
        "size": [round(sizes[a.id] * factor.get(a.kind, factor["group"]), 1) for a in order],
        "degree": [degree[a.id] for a in order], "events": [events[a.id] for a in order],
        "out": [out_deg[a.id] for a in order],
        "in": [in_deg[a.id] for a in order], "wikidata": [a.wikidata or "" for a in order],
        "aliases": [[x for x in a.aliases if x != a.label] for a in order],
        # bigger names for actors in more events on dense pages until the page places its labels
        # (it then keeps names 12-16 px on screen, busier actors larger)
        "font": ([round(12 + 24 * math.sqrt(events[a.id] / top_events)) for a in order]
                 if dense else None)}


def _options(physics_on: bool, large: bool, dense: bool) -> dict[str, Any]:
    """vis-network's options for the page."""
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False},
        "physics": {"enabled": physics_on, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -75, "centralGravity": 0.012,
                                         "springLength": 120, "springConstant": 0.06,
                                         "avoidOverlap": 0.4},
                    "stabilization": {"enabled": True, "iterations": 300, "fit": True},
                    "minVelocity": 1.0},
        "interaction": {"hover": True, "tooltipDelay": 120, "multiselect": True,
                        "hideEdgesOnDrag": large, "hideEdgesOnZoom": large},
        # labels keep their width when hovered or selected: the page places them without overlap
        "nodes": {"borderWidth": 1.5, "borderWidthSelected": 3, "labelHighlightBold": False,
                  "font": {"size": 13, "color": "#1f2933", "strokeWidth": 3, "strokeColor": "#ffffff"},
                  # names smaller than this many pixels on screen are not drawn
                  "scaling": {"label": {"drawThreshold": 9 if dense else 5}}},
        # the line runs under the arrow (vis-network's arrowStrikethrough): with the line cut at the
        # arrow, a label's point depends on the arrow of the frame before, and a label placed on
        # a settled layout could be drawn elsewhere, over another
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.55}}, "labelHighlightBold": False,
                  "selectionWidth": 1.5, "hoverWidth": 1,
                  "font": {"size": 10, "color": "#37474f", "strokeWidth": 3,
                           "strokeColor": "#ffffff", "align": "middle"},
                  "scaling": {"label": {"drawThreshold": 8 if dense else 5}}},
    }


def _legend_and_styles(vocabulary: Vocabulary, edge_cols: dict[str, list[Any]],
                       edges: list[Edge]) -> tuple[dict[str, list[dict[str, Any]]], dict[str, Any]]:
    """The legend entries per quad class, and the styles of the relations drawn."""
    colors = relation_colors(vocabulary)
    rel_of = {r.name: r for r in vocabulary}
    drawn = Counter(edge_cols["relation"])
    events_per_rel = Counter(e.relation for e in edges)
    legend: dict[str, list[dict[str, Any]]] = {}
    for r in vocabulary:
        if drawn[r.name]:
            legend.setdefault(r.quad_class, []).append(
                {"name": r.name, "color": colors[r.name], "count": events_per_rel[r.name],
                 "definition": r.definition})
    for name in sorted(set(drawn) - set(rel_of)):  # relations missing from the vocabulary
        legend.setdefault("other", []).append({"name": name, "color": "#777777",
                                               "count": events_per_rel[name], "definition": ""})
    styles = {
        "relations": {r.name: _relation_style(r, colors[r.name]) for r in vocabulary if drawn[r.name]},
        "kinds": {k: {"shape": s, "color": c, "text": t} for k, (s, c, t, _) in _KINDS.items()},
        "dashes": _DASHES, "other": "#777777"}
    return legend, styles
