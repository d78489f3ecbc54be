"""What the graph page draws: nodes, edges, styles, tooltips and legend, as plain data.

:func:`page_data` turns edges into vis-network node and edge records and the
legend the page shows; :mod:`kgraph.html` renders them into the page. Keeping
them apart lets the data be tested (and reused) without a template.

- Relations are colored by quad class: cooperation in greens (verbal) and
  blues (material), conflict in oranges (verbal) and reds (material).
- Actors are shaped by kind and sized by degree within moderate bounds.
- Edges are directed and labelled; planned ones dashed, hypothetical ones
  dotted; parallel edges between two actors curve apart.
- Tooltips are data (a heading, rows and the evidence quote); the page turns
  them into text nodes, never HTML.
- Past ``max_nodes`` actors, the ``max_nodes`` busiest are kept, parallel edges
  are merged per pair, relation and modality, and the layout is precomputed.

Examples
--------
>>> import kgraph
>>> from kgraph.pagedata import page_data
>>> edges = kgraph.extract("Ukraine condemned Russia. Russia met China.", doc_id="d")
>>> data = page_data(edges, [], kgraph.default_vocabulary())
>>> sorted(n["label"] for n in data["nodes"]), [e["label"] for e in data["edges"]]
(['China', 'Russia', 'Ukraine'], ['condemns', 'meets'])
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any

from .errors import InputError

if TYPE_CHECKING:
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



def _relation_row(rel: Relation | None, name: str, cameo: str = "", plover: str = "") -> str:
    """``meets · verbal cooperation · CAMEO 040 · PLOVER CONSULT`` (the edge's own codes first)."""
    if rel is None:
        return name
    cameo = cameo or ", ".join(rel.cameo[:3])
    plover = plover or rel.plover
    return (f"{name} \u00b7 {rel.quad_class.replace('_', ' ')}"
            + (f" \u00b7 CAMEO {cameo}" if cameo else "") + (f" \u00b7 PLOVER {plover}" if plover else ""))


def _source_rows(doc: Document | None, doc_id: str | None) -> list[list[str]]:
    rows = []
    if doc is not None and doc.title:
        rows.append(["document", doc.title])
    elif doc_id:
        rows.append(["document", doc_id])
    if doc is not None and doc.outlet:
        rows.append(["outlet", doc.outlet])
    return rows


def _edge_tip(e: Edge, rel: Relation | None, doc: Document | None) -> dict[str, Any]:
    codes = (getattr(e, "cameo", ""), getattr(e, "plover", ""))
    rows = [["relation", _relation_row(rel, e.relation, *codes)], ["modality", e.modality]]
    if e.negated:
        rows.append(["negated", "yes \u2014 the text denies it"])
    rows.append(["date", e.date or "unknown"])
    rows += _source_rows(doc, e.doc_id)
    if e.source_text or e.target_text:
        rows.append(["mentions", f"\u201c{e.source_text}\u201d \u2192 \u201c{e.target_text}\u201d"
                     + (f" (trigger \u201c{e.trigger}\u201d)" if e.trigger else "")])
    rows.append(["confidence", f"{e.confidence:.2f}"])
    head = f"{e.source.label} \u2192 {'not ' if e.negated else ''}{e.relation} \u2192 {e.target.label}"
    return {"head": head, "rows": rows, "quote": e.sentence}


def _group_tip(group: list[Edge], rel: Relation | None, docs: dict[str, Document]) -> dict[str, Any]:
    e = max(group, key=lambda x: (x.confidence, x.date or ""))
    dates = sorted(x.date for x in group if x.date)
    span = (dates[0] if dates[0] == dates[-1] else f"{dates[0]} to {dates[-1]}") if dates else "unknown"
    n_docs = len({x.doc_id for x in group})
    rows = [["relation", _relation_row(rel, e.relation)], ["modality", e.modality]]
    if e.negated:
        rows.append(["negated", "yes \u2014 the texts deny it"])
    rows += [["events", f"{len(group)} in {n_docs} document{'s' if n_docs != 1 else ''}"],
             ["dates", span], ["example", "the most confident one:"]]
    rows += _source_rows(docs.get(e.doc_id or ""), e.doc_id)
    head = (f"{e.source.label} \u2192 {'not ' if e.negated else ''}{e.relation} \u2192 "
            f"{e.target.label} \u00d7{len(group)}")
    return {"head": head, "rows": rows, "quote": e.sentence}


def _node_tip(a: Actor, out_deg: Counter[str], in_deg: Counter[str],
              rels: Counter[str]) -> dict[str, Any]:
    rows = [["kind", _KINDS.get(a.kind, _KINDS["group"])[2]]]
    if a.wikidata:
        rows.append(["Wikidata", a.wikidata])
    aliases = [x for x in a.aliases if x != a.label]
    if aliases:
        rows.append(["aliases", ", ".join(aliases[:6]) + (" \u2026" if len(aliases) > 6 else "")])
    rows.append(["edges", f"{out_deg[a.id] + in_deg[a.id]} ({out_deg[a.id]} out, {in_deg[a.id]} in)"])
    if rels:
        rows.append(["relations", ", ".join(f"{r} {n}" for r, n in rels.most_common(6))])
    return {"head": a.label, "rows": rows}


# -- nodes and edges ---------------------------------------------------------------------------
def _curves(pairs: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Smoothness per edge so that edges between the same two actors curve apart.

    A lone edge is straight; with several, they alternate sides with growing
    roundness (an odd count keeps one straight). Sides are set relative to a
    fixed order of the two actors, so A->B and B->A edges never overlap.
    """
    total = Counter(frozenset(p) for p in pairs)
    seen: Counter[frozenset[str]] = Counter()
    out = []
    for src, tgt in pairs:
        key = frozenset((src, tgt))
        m, k = total[key], seen[key]
        seen[key] += 1
        if m == 1 or src == tgt:
            out.append({"enabled": src == tgt})
            continue
        slot = k + (m % 2 == 0)  # 0 is the straight middle when m is odd
        if slot == 0:
            out.append({"enabled": False})
            continue
        level = (slot + 1) // 2
        clockwise = (slot % 2 == 1) == (src < tgt)
        out.append({"enabled": True, "type": "curvedCW" if clockwise else "curvedCCW",
                    "roundness": round(min(0.2 * level, 1.2), 2)})
    return out


def _sizes(degree: Counter[str]) -> dict[str, float]:
    top = max(degree.values(), default=1) or 1
    return {a: round(_MIN_SIZE + (_MAX_SIZE - _MIN_SIZE) * math.sqrt(d / top), 1)
            for a, d in degree.items()}


def _edge_style(relation: str, modality: str, negated: bool, colors: dict[str, str]) -> dict[str, Any]:
    color = colors.get(relation, "#777777")
    return {"color": {"color": color, "highlight": color, "hover": color,
                      "opacity": 0.5 if negated else 0.9},
            "dashes": _DASHES.get(modality, False)}


def page_data(edges: list[Edge], documents: list[Document], vocabulary: Vocabulary, *,
              physics: bool = True, max_nodes: int = 2000, physics_max_nodes: int = 400,
              seed: int = 0) -> dict[str, Any]:
    """Return the nodes, edges, vis-network options and legend of a graph page.

    Parameters
    ----------
    edges : list of Edge
        The edges to draw.
    documents : list of Document
        Their documents (titles and outlets for the tooltips).
    vocabulary : Vocabulary
        Relations (colors, quad classes, codes).
    physics, max_nodes, physics_max_nodes, seed
        As in :func:`kgraph.html.render_html`.

    Returns
    -------
    dict
        ``nodes`` and ``edges`` (vis-network records with a ``tip`` each),
        ``options``, ``large``, ``physics``, ``note``, ``legend``, ``kinds`` and
        ``stats`` (counts for the summary line).

    Examples
    --------
    >>> import kgraph
    >>> edges = kgraph.extract("Russia met China. Russia met China again.", doc_id="d")
    >>> data = page_data(edges, [], kgraph.default_vocabulary(), max_nodes=1)
    >>> data["large"], len(data["nodes"]), data["edges"]
    (True, 1, [])
    """
    import networkx as nx

    from .layout import spring_positions

    if max_nodes < 1:
        raise InputError(f"max_nodes must be at least 1, not {max_nodes}")
    colors = relation_colors(vocabulary)
    docs = {d.id: d for d in documents}
    actors: dict[str, Actor] = {}
    out_deg: Counter[str] = Counter()
    in_deg: Counter[str] = Counter()
    for e in edges:
        actors.setdefault(e.source.id, e.source)
        actors.setdefault(e.target.id, e.target)
        out_deg[e.source.id] += 1
        in_deg[e.target.id] += 1
    degree = out_deg + in_deg
    n_actors, n_events = len(actors), len(edges)
    all_edges = edges
    large = n_actors > max_nodes
    if large:
        ranked = sorted(actors, key=lambda a: (-degree[a], actors[a].label, a))
        keep = set(ranked[:max_nodes])
        edges = [e for e in edges if e.source.id in keep and e.target.id in keep]
        actors = {a: actors[a] for a in ranked[:max_nodes]}

    # edges: one per event, or one per (pair, relation, modality, negated) when large
    rel_of = {r.name: r for r in vocabulary}
    vis_edges: list[dict[str, Any]] = []
    if large:
        groups: dict[tuple[str, str, str, str, bool], list[Edge]] = defaultdict(list)
        for e in edges:
            groups[(e.source.id, e.target.id, e.relation, e.modality, e.negated)].append(e)
        for i, ((src, tgt, relation, modality, negated), group) in enumerate(groups.items()):
            n = len(group)
            vis_edges.append({
                "id": i, "from": src, "to": tgt, "relation": relation, "modality": modality,
                "negated": negated, "count": n,
                "label": ("not " if negated else "") + relation + (f" \u00d7{n}" if n > 1 else ""),
                "width": round(1 + 1.2 * math.log2(n), 2),
                "tip": _group_tip(group, rel_of.get(relation), docs),
                **_edge_style(relation, modality, negated, colors)})
    else:
        for i, e in enumerate(edges):
            vis_edges.append({
                "id": i, "from": e.source.id, "to": e.target.id, "relation": e.relation,
                "modality": e.modality, "negated": e.negated, "count": 1,
                "label": ("not " if e.negated else "") + e.relation,
                "width": round(1 + 1.5 * e.confidence, 2),
                "tip": _edge_tip(e, rel_of.get(e.relation), docs.get(e.doc_id or "")),
                **_edge_style(e.relation, e.modality, e.negated, colors)})
    for ve, smooth in zip(vis_edges, _curves([(ve["from"], ve["to"]) for ve in vis_edges])):
        ve["smooth"] = smooth

    # nodes, with a layout computed here (the start for physics, or final when physics is off)
    G = nx.Graph()
    G.add_nodes_from(actors)
    for ve in vis_edges:
        if G.has_edge(ve["from"], ve["to"]):
            G[ve["from"]][ve["to"]]["weight"] += ve["count"]
        else:
            G.add_edge(ve["from"], ve["to"], weight=ve["count"])
    physics_on = physics and not large and len(actors) <= physics_max_nodes
    pos = spring_positions(G, seed=seed, iterations=40 if physics_on or len(G) > 500 else 80,
                           edge_length=170.0)  # room for a relation label along each edge
    sizes = _sizes(Counter({a: degree[a] for a in actors}))
    node_rels: dict[str, Counter[str]] = defaultdict(Counter)
    for e in edges:
        node_rels[e.source.id][e.relation] += 1
        node_rels[e.target.id][e.relation] += 1
    dense = len(actors) > physics_max_nodes
    top_degree = max((degree[a] for a in actors), default=1) or 1
    vis_nodes = []
    for a in sorted(actors.values(), key=lambda a: (a.label, a.id)):
        shape, fill, _, factor = _KINDS.get(a.kind, _KINDS["group"])
        x, y = pos[a.id]
        vis_nodes.append({
            "id": a.id, "label": a.label, "kind": a.kind, "shape": shape,
            "size": round(sizes[a.id] * factor, 1), "degree": degree[a.id], "x": x, "y": y,
            "color": {"background": fill, "border": "#ffffff",
                      "highlight": {"background": fill, "border": "#212121"},
                      "hover": {"background": fill, "border": "#212121"}},
            "search": " | ".join([a.label, *a.aliases]).lower(),
            "tip": _node_tip(a, out_deg, in_deg, node_rels[a.id])})
        if dense:  # bigger names for busier actors: they stay readable when zoomed out
            vis_nodes[-1]["font"] = {"size": round(12 + 24 * math.sqrt(degree[a.id] / top_degree))}

    options = {
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
        "nodes": {"borderWidth": 1.5, "borderWidthSelected": 3,
                  "font": {"size": 13, "color": "#1f2933", "strokeWidth": 3, "strokeColor": "#ffffff"},
                  # names smaller than this many pixels on screen are not drawn
                  "scaling": {"label": {"drawThreshold": 9 if dense else 5}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.55}},
                  "arrowStrikethrough": False, "selectionWidth": 1.5, "hoverWidth": 1,
                  "font": {"size": 10, "color": "#37474f", "strokeWidth": 3,
                           "strokeColor": "#ffffff", "align": "middle"},
                  "scaling": {"label": {"drawThreshold": 8 if dense else 5}}},
    }

    counts = Counter(ve["relation"] for ve in vis_edges)
    events_per_rel = Counter(e.relation for e in edges)
    legend: dict[str, list[dict[str, Any]]] = {}
    for r in vocabulary:
        if counts[r.name]:
            legend.setdefault(r.quad_class, []).append(
                {"name": r.name, "color": colors[r.name], "count": events_per_rel[r.name],
                 "definition": r.definition})
    for name in sorted(set(counts) - set(rel_of)):  # relations missing from the vocabulary
        legend.setdefault("other", []).append({"name": name, "color": "#777777",
                                               "count": events_per_rel[name], "definition": ""})
    kinds = Counter(a.kind for a in actors.values())
    note = None
    if large:
        note = (f"Large graph: {n_actors:,} actors and {n_events:,} edges. Showing the "
                f"{len(actors):,} actors with the most edges; parallel edges are merged per pair, "
                f"relation and modality ({len(edges):,} edges drawn as {len(vis_edges):,}; width and "
                "\u201c\u00d7n\u201d give the count). The layout was precomputed in Python and "
                "physics is off.")
    elif physics and not physics_on:
        note = (f"{len(actors):,} actors: the layout was precomputed in Python and physics starts "
                "off (the physics switch turns it on).")
    dates = sorted(e.date[:10] for e in all_edges if e.date)
    return {
        "nodes": vis_nodes, "edges": vis_edges, "options": options, "large": large, "note": note,
        "physics": physics_on, "legend": [(_QUAD_TITLES.get(q, "Other"), legend[q])
                                          for q in (*_QUAD_TITLES, "other") if q in legend],
        "kinds": [{"kind": k, "shape": s, "color": c, "text": t, "count": kinds[k]}
                  for k, (s, c, t, _) in _KINDS.items() if kinds[k]],
        "stats": {"documents": len(docs) or len({e.doc_id for e in all_edges if e.doc_id}),
                  "actors": n_actors, "edges": n_events,
                  "asserted": sum(1 for e in all_edges if e.asserted),
                  "negated": sum(1 for e in all_edges if e.negated),
                  "dates": (dates[0], dates[-1]) if dates else None},
    }
