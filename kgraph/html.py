"""The interactive graph page: one self-contained HTML file built with pyvis's data model.

The page inlines the vis-network build that ships inside the pyvis package, so
it needs no CDN and writes no ``lib/`` folder; it opens from ``file://`` with
the network off. Node and edge data is embedded as JSON with ``<``, ``>`` and
``&`` escaped, and tooltips are plain text, so article text cannot run script.

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
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import StoreError
from .io import atomic_write_bytes

if TYPE_CHECKING:
    from .graph import KnowledgeGraph

__all__ = ["relation_colors", "render_html", "show", "write_html"]

_SHAPES = {"person": "dot", "state": "square", "organization": "triangle",
           "state_organ": "diamond", "group": "star"}
_PALETTE = {
    "verbal_cooperation": ["#2e7d32", "#43a047", "#66bb6a", "#1b5e20", "#81c784", "#00897b",
                           "#26a69a", "#4db6ac", "#009688"],
    "material_cooperation": ["#1565c0", "#1e88e5", "#42a5f5", "#0d47a1"],
    "verbal_conflict": ["#e65100", "#fb8c00", "#ffa726", "#ef6c00", "#f57c00", "#ffb74d",
                        "#bf360c", "#ff7043"],
    "material_conflict": ["#b71c1c", "#d32f2f", "#e53935", "#c62828", "#8e0000", "#ff5252"],
}
_DASHES = {"asserted": False, "planned": [8, 6], "hypothetical": [2, 5]}


def relation_colors(vocabulary) -> dict[str, str]:
    """Colors per relation: greens/blues for cooperation, reds/oranges for conflict."""
    used: Counter[str] = Counter()
    out = {}
    for rel in vocabulary:
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


def _tooltip(e, doc) -> str:
    flags = [e.modality] + (["negated"] if e.negated else [])
    lines = [f"{e.source.label} \u2192 {e.relation} \u2192 {e.target.label} ({', '.join(flags)})"]
    if e.date:
        lines.append(f"date: {e.date}")
    if doc is not None and (doc.title or doc.outlet):
        lines.append("source: " + " \u2014 ".join(x for x in (doc.title, doc.outlet) if x))
    elif e.doc_id:
        lines.append(f"document: {e.doc_id}")
    lines.append(f"confidence: {e.confidence:.2f}")
    lines.append(f"\u201c{e.sentence}\u201d")
    return "\n".join(lines)


def _network(kg: KnowledgeGraph, physics: bool) -> tuple[Any, dict, dict[str, str]]:
    """Build node and edge lists with pyvis's Network (filled directly, not node by node)."""
    from pyvis.network import Network

    colors = relation_colors(kg.vocabulary)
    docs = {d.id: d for d in kg.documents()}
    edges = kg.edges()
    degree: Counter[str] = Counter()
    actors = {}
    for e in edges:
        degree[e.source.id] += 1
        degree[e.target.id] += 1
        actors[e.source.id] = e.source
        actors[e.target.id] = e.target
    net = Network(directed=True)
    net.nodes = [
        {"id": a.id, "label": a.label, "shape": _SHAPES.get(a.kind, "dot"),
         "size": 10 + 4 * min(degree[a.id], 12) ** 0.9, "kind": a.kind,
         "title": f"{a.label}\n{a.kind}" + (f"\nWikidata {a.wikidata}" if a.wikidata else "")
                  + f"\n{degree[a.id]} edges",
         "color": "#546e7a" if a.kind != "person" else "#8d6e63"}
        for a in sorted(actors.values(), key=lambda a: a.label)
    ]
    net.edges = []
    pair_count: Counter[tuple[str, str]] = Counter()
    for i, e in enumerate(edges):
        pair = (e.source.id, e.target.id)
        k = pair_count[pair]
        pair_count[pair] += 1
        net.edges.append({
            "id": i, "from": e.source.id, "to": e.target.id, "label": e.relation,
            "relation": e.relation, "modality": e.modality, "negated": e.negated,
            "arrows": "to", "color": {"color": colors.get(e.relation, "#777"), "opacity": 0.9},
            "dashes": _DASHES.get(e.modality, False) if not e.negated else [1, 8],
            "width": 1 + 2 * e.confidence, "title": _tooltip(e, docs.get(e.doc_id or "")),
            "smooth": {"enabled": True, "type": "curvedCW", "roundness": 0.12 + 0.1 * k},
            "font": {"size": 10, "align": "middle"},
        })
    options = {
        "physics": {"enabled": physics, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 140},
                    "stabilization": {"iterations": 250}},
        "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False},
        "nodes": {"font": {"size": 14}},
        "edges": {"selectionWidth": 2},
    }
    return net, options, colors


def render_html(kg: KnowledgeGraph, title: str | None = None, height: int = 720,
                physics: bool = True) -> str:
    """Return the page as a string (see :func:`write_html`)."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    net, options, colors = _network(kg, physics)
    counts = Counter(e["relation"] for e in net.edges)
    relations = [{"name": r.name, "color": colors[r.name], "count": counts[r.name]}
                 for r in kg.vocabulary if counts[r.name]]
    n_docs = len(kg.documents())
    summary = (f"{n_docs} documents \u00b7 {len(net.nodes)} actors \u00b7 {len(net.edges)} edges"
               f" ({sum(1 for e in net.edges if not e['negated'] and e['modality'] == 'asserted')}"
               " asserted)")
    env = Environment(loader=PackageLoader("kgraph", "templates"),
                      autoescape=select_autoescape(["html"]))
    vis_js, vis_css = _assets()
    page = env.get_template("graph.html").render(
        title=title or "kgraph: actor-relationship graph", summary=summary, relations=relations,
        node_names=sorted({n["label"] for n in net.nodes}), height=height, physics=physics,
        note=None, vis_js=vis_js.replace("</script", "<\\/script"), vis_css=vis_css,
        data_json=_safe_json({"nodes": net.nodes, "edges": net.edges,
                              "options": options}),
    )
    return page


def write_html(kg: KnowledgeGraph, path: str | Path, title: str | None = None,
               height: int = 720, physics: bool = True) -> Path:
    """Write the page to ``path`` (one file, nothing else written beside it)."""
    page = render_html(kg, title=title, height=height, physics=physics)
    try:
        atomic_write_bytes(path, page.encode("utf-8"))
    except OSError as err:
        raise StoreError(f"cannot write {path}: {err}") from err
    return Path(path)


class _Inline:
    """Displays a page inline in Jupyter, VS Code and Colab (iframe with srcdoc)."""

    def __init__(self, page: str, height: int) -> None:
        self.page = page
        self.height = height

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{_html.escape(self.page, quote=True)}" '
                f'style="width:100%;height:{self.height + 150}px;border:1px solid #ddd" '
                'sandbox="allow-scripts"></iframe>')

    def __repr__(self) -> str:
        return f"<kgraph page, {len(self.page):,} characters; display it in a notebook>"


def show(kg: KnowledgeGraph, title: str | None = None, height: int = 650, **options: Any) -> _Inline:
    """Return an object that renders the graph inline in a notebook.

    Outside a notebook the same object has a plain ``repr``; use
    :meth:`KnowledgeGraph.to_html` to get a file.
    """
    return _Inline(render_html(kg, title=title, height=height, **options), height)
