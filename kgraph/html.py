"""The interactive graph page: one self-contained HTML file, also shown inline in notebooks.

The page inlines the vis-network build that ships inside the pyvis package, so
it needs no CDN and writes no ``lib/`` folder; it opens from ``file://`` with
the network off. Node and edge data is embedded as JSON with ``<``, ``>`` and
``&`` escaped, and tooltips are built in the browser with ``textContent``, so
article text (untrusted input) is shown as text and can never run script.

What the page shows:

- actors as nodes, shaped and colored by kind, sized by degree;
- one directed, labelled edge per event, colored by relation (cooperation in
  greens and blues, conflict in oranges and reds); parallel edges between the
  same actors curve apart; planned edges are dashed, hypothetical ones dotted,
  negated ones hidden until asked for;
- a legend that filters by relation, modality and negation, a search box that
  focuses an actor, a physics switch, a title and a summary.

Graphs with more than ``max_nodes`` actors keep the ``max_nodes`` actors with
the most edges, merge parallel edges per pair, relation and modality, and get
their layout from :func:`kgraph.layout.spring_positions` with physics off; the
page says so.

Examples
--------
>>> import kgraph, tempfile, os
>>> kg = kgraph.KnowledgeGraph()
>>> _ = kg.add_text("Russia met China.", doc_id="d")
>>> with tempfile.TemporaryDirectory() as d:
...     p = kg.to_html(os.path.join(d, "g.html"))
...     sorted(os.listdir(d))
['g.html']
"""

from __future__ import annotations

import html as _html
import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError, StoreError
from .io import atomic_write_bytes

if TYPE_CHECKING:
    from .graph import KnowledgeGraph
    from .model import Actor, Document, Edge
    from .vocab import Relation, Vocabulary

__all__ = ["relation_colors", "render_html", "show", "write_html"]

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


@lru_cache(maxsize=1)
def _assets() -> tuple[str, str]:
    base = resources.files("pyvis").joinpath("templates", "lib", "vis-9.1.2")
    try:
        return (base.joinpath("vis-network.min.js").read_text(encoding="utf-8"),
                base.joinpath("vis-network.css").read_text(encoding="utf-8"))
    except OSError as err:  # pragma: no cover - broken install
        raise StoreError(f"pyvis is installed without its vis-network files: {err}") from err


def _safe_json(obj: Any) -> str:
    """JSON that is safe inside a <script> element."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


# -- tooltips (plain data; the page turns them into text nodes) ---------------------------------
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


def _page_data(edges: list[Edge], documents: list[Document], vocabulary: Vocabulary, *,
               physics: bool, max_nodes: int, physics_max_nodes: int, seed: int) -> dict[str, Any]:
    """Nodes, edges, options and legend of the page (see :func:`render_html`)."""
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


def _summary(stats: dict[str, Any]) -> str:
    parts = [f"{stats['documents']:,} documents", f"{stats['actors']:,} actors",
             f"{stats['edges']:,} edges ({stats['asserted']:,} asserted, {stats['negated']:,} negated)"]
    if stats["dates"]:
        first, last = stats["dates"]
        parts.append(first if first == last else f"{first} to {last}")
    return " \u00b7 ".join(parts)


def render_html(kg: KnowledgeGraph, title: str | None = None, height: int = 560,
                physics: bool = True, max_nodes: int = 2000, edges: Iterable[Edge] | None = None,
                physics_max_nodes: int = 400, seed: int = 0) -> str:
    """Return the interactive page as a string (see :func:`write_html`).

    Parameters
    ----------
    kg : KnowledgeGraph
        The graph to draw (its edges, documents and vocabulary).
    title : str, optional
        Page title; ``"kgraph: actor-relationship graph"`` by default.
    height : int, default 560
        Minimum height of the graph area in pixels (it fills the window).
    physics : bool, default True
        Let vis-network's physics arrange the nodes. It only starts on for
        graphs of at most ``physics_max_nodes`` actors; larger pages open with
        the precomputed layout (the page's physics switch still turns it on).
    max_nodes : int, default 2000
        Past this many actors the page keeps the ``max_nodes`` actors with most
        edges, merges parallel edges and turns physics off, and says so.
    edges : iterable of Edge, optional
        Draw only these edges (for example ``kg.edges(source="Russia")``).
    physics_max_nodes : int, default 400
        Largest graph that starts with physics on.
    seed : int, default 0
        Seed of the precomputed layout, so the same graph looks the same.

    Returns
    -------
    str
        A complete HTML document.

    Examples
    --------
    >>> import kgraph
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("Ukraine condemned Russia.", doc_id="d")
    >>> page = render_html(kg, title="Example")
    >>> page.startswith("<!DOCTYPE html>") and "vis.Network" in page and "<title>Example" in page
    True
    """
    from jinja2 import Environment, PackageLoader, select_autoescape

    chosen = kg.edges() if edges is None else list(edges)
    documents = kg.documents()
    if edges is not None:
        used = {e.doc_id for e in chosen}
        documents = [d for d in documents if d.id in used]
    data = _page_data(chosen, documents, kg.vocabulary, physics=physics, max_nodes=max_nodes,
                      physics_max_nodes=physics_max_nodes, seed=seed)
    env = Environment(loader=PackageLoader("kgraph", "templates"),
                      autoescape=select_autoescape(["html"]))
    vis_js, vis_css = _assets()
    return env.get_template("graph.html").render(
        title=title or "kgraph: actor-relationship graph", summary=_summary(data["stats"]),
        legend=data["legend"], kinds=data["kinds"], note=data["note"], large=data["large"],
        node_names=sorted({n["label"] for n in data["nodes"]}), height=height,
        physics=data["physics"], vis_js=vis_js.replace("</script", "<\\/script"), vis_css=vis_css,
        data_json=_safe_json({"nodes": data["nodes"], "edges": data["edges"],
                              "options": data["options"], "large": data["large"]}),
    )


def write_html(kg: KnowledgeGraph, path: str | Path, title: str | None = None,
               **options: Any) -> Path:
    """Write the page to ``path``: one file, nothing else written beside it.

    Parameters
    ----------
    kg : KnowledgeGraph
    path : str or Path
        The HTML file to write (atomically).
    title : str, optional
        Page title.
    **options
        Passed to :func:`render_html` (``physics``, ``max_nodes``, ``edges``...).

    Returns
    -------
    Path
        ``path``.

    Raises
    ------
    StoreError
        If the file cannot be written.

    Examples
    --------
    >>> import kgraph, tempfile, os
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("France proposed talks to Germany.", doc_id="d")
    >>> with tempfile.TemporaryDirectory() as d:
    ...     write_html(kg, os.path.join(d, "g.html")).stat().st_size > 100_000
    True
    """
    page = render_html(kg, title=title, **options)
    try:
        atomic_write_bytes(path, page.encode("utf-8"))
    except OSError as err:
        raise StoreError(f"cannot write {path}: {err}") from err
    return Path(path)


class InlinePage:
    """A page that displays inline in Jupyter, JupyterLab, VS Code and Colab.

    The whole page goes into the ``srcdoc`` attribute of a sandboxed iframe, so
    nothing is loaded from a path relative to the kernel and nothing is
    written to disk.

    Parameters
    ----------
    page : str
        A complete HTML document.
    height : int
        Height of the iframe in pixels.

    Examples
    --------
    >>> InlinePage("<p>hi</p>", 200)._repr_html_()[:40]
    '<iframe srcdoc="&lt;p&gt;hi&lt;/p&gt;" s'
    """

    def __init__(self, page: str, height: int) -> None:
        self.page = page
        self.height = height

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{_html.escape(self.page, quote=True)}" '
                f'style="width:100%;height:{int(self.height)}px;border:1px solid #ddd" '
                'sandbox="allow-scripts" title="kgraph interactive graph"></iframe>')

    def save(self, path: str | Path) -> Path:
        """Write the page to ``path`` and return the path."""
        atomic_write_bytes(path, self.page.encode("utf-8"))
        return Path(path)

    def __repr__(self) -> str:
        return f"<kgraph page, {len(self.page):,} characters; display it in a notebook>"


def show(kg: KnowledgeGraph, title: str | None = None, height: int = 720,
         **options: Any) -> InlinePage:
    """Return an object that renders the graph inline in a notebook.

    Parameters
    ----------
    kg : KnowledgeGraph
    title : str, optional
        Page title.
    height : int, default 720
        Height of the inline frame in pixels (header and legend included).
    **options
        Passed to :func:`render_html`.

    Examples
    --------
    >>> import kgraph
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("Russia met China.", doc_id="d")
    >>> show(kg)._repr_html_().startswith("<iframe srcdoc=")
    True
    """
    return InlinePage(render_html(kg, title=title, height=max(200, height - 170), **options), height)
