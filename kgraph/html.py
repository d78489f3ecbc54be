"""The interactive graph page: one self-contained HTML file, also shown inline in notebooks.

The page inlines the vis-network build that ships inside the pyvis package, so
it needs no CDN and writes no ``lib/`` folder; it opens from ``file://`` with
the network off. Node and edge data is embedded as JSON columns with ``<``,
``>`` and ``&`` escaped, and tooltips are built in the browser with
``textContent``, so article text (untrusted input) is shown as text and can
never run script.

What the page shows:

- actors as nodes, shaped and colored by kind, sized by degree;
- one directed, labelled edge per event, colored by relation (cooperation in
  greens and blues, conflict in oranges and reds); parallel edges between the
  same actors curve apart; planned edges are dashed, hypothetical ones dotted,
  negated ones hidden until asked for;
- a legend that filters by relation, modality and negation, and by minimum
  confidence, minimum number of reports and a date range; a search box that
  focuses an actor, a physics switch, a title and a summary;
- between two actors with more than ``bundle_after`` edges, one edge per
  direction and relation (a bundle) whose width grows with its consolidated
  events; a click expands the pair into its edges, ``collapse`` folds it;
- labels that never overlap: actors' names keep a readable size on screen at any
  zoom, and after every change of view a greedy pass draws the names of the
  hovered, selected and busiest actors first, then edge labels, leaving out
  any that would cover one already drawn (zoom in and more fit);
- an evidence panel: clicking (or tapping) an edge, a bundle or an actor pins every
  report behind it, each sentence with both actor mentions highlighted, its
  document's title and outlet, its date and confidence, with a button that
  copies them as text. It is built with ``textContent``, like the tooltips.

Graphs with more than ``max_nodes`` actors keep the ``max_nodes`` actors with
the most edges, merge parallel edges per pair, relation and modality, and get
their layout from :func:`kgraph.layout.spring_positions` with physics off; the
page says so. What is drawn is built as plain data by :mod:`kgraph.pagedata`;
this module renders it (template ``kgraph/templates/graph.html``), writes it,
and shows it inline.

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
import os
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .checks import check_bool, check_int, check_optional_str
from .errors import StoreError
from .io import atomic_write_bytes
from .model import Edge
from .pagedata import page_data, relation_colors

if TYPE_CHECKING:
    from .protocol import GraphLike

__all__ = ["InlinePage", "relation_colors", "render_html", "show", "write_html"]

#: Bounds of the ``height`` of the page and the notebook frame, in pixels (it goes into CSS).
MIN_HEIGHT = 100
MAX_HEIGHT = 20_000


@lru_cache(maxsize=1)
def _assets() -> tuple[str, str]:
    base = resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2"  # one name a step: Python 3.10
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


def _summary(stats: dict[str, Any]) -> str:
    parts = [f"{stats['documents']:,} documents", f"{stats['actors']:,} actors",
             f"{stats['edges']:,} edges ({stats['asserted']:,} asserted, {stats['negated']:,} negated)"]
    if stats["dates"]:
        first, last = stats["dates"]
        parts.append(first if first == last else f"{first} to {last}")
    return " \u00b7 ".join(parts)


def render_html(kg: GraphLike, title: str | None = None, height: int = 560,
                physics: bool = True, max_nodes: int = 2000, edges: Iterable[Edge] | None = None,
                physics_max_nodes: int = 400, seed: int = 0, bundle_after: int = 3,
                default_actors: int = 120, min_actor_reports: int | None = None) -> str:
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
    bundle_after : int, default 3
        Two actors with more edges between them than this are drawn with one
        edge per direction and relation, as wide as its events are many; a
        click on it expands the pair (the "collapse" button folds them again).
    default_actors : int, default 120
        A page with more actors than this opens with only the actors reported
        most often: those with at least the fewest reports that leaves at most
        ``default_actors`` of them (lowered when that would draw fewer than a
        quarter of ``default_actors``, so that a page never opens nearly empty).
        The page's "actors with at least ... reports" control shows the others.
    min_actor_reports : int, optional
        The fewest reports an actor needs to be drawn when the page opens,
        instead of the one ``default_actors`` picks (1 shows every actor).

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

    check_optional_str(title, "title")
    height = check_int(height, "height", minimum=MIN_HEIGHT, maximum=MAX_HEIGHT)
    check_bool(physics, "physics")
    check_int(max_nodes, "max_nodes", minimum=1)
    check_int(physics_max_nodes, "physics_max_nodes", minimum=0)
    check_int(seed, "seed")
    check_int(bundle_after, "bundle_after", minimum=0)
    check_int(default_actors, "default_actors", minimum=1)
    if min_actor_reports is not None:
        check_int(min_actor_reports, "min_actor_reports", minimum=1)
    chosen = kg.edges() if edges is None else list(edges)
    for i, e in enumerate(chosen):
        if not isinstance(e, Edge):
            raise TypeError(f"edges must hold Edge objects, not {type(e).__name__} (item {i})")
    documents = kg.documents()
    if edges is not None:
        used = {e.doc_id for e in chosen}
        documents = [d for d in documents if d.id in used]
    data = page_data(chosen, documents, kg.vocabulary, physics=physics, max_nodes=max_nodes,
                      physics_max_nodes=physics_max_nodes, seed=seed, bundle_after=bundle_after,
                      default_actors=default_actors, min_actor_reports=min_actor_reports)
    env = Environment(loader=PackageLoader("kgraph", "templates"),
                      autoescape=select_autoescape(["html"]))
    vis_js, vis_css = _assets()
    return env.get_template("graph.html").render(
        title=title or "kgraph: actor-relationship graph", summary=_summary(data["stats"]),
        legend=data["legend"], kinds=data["kinds"], note=data["note"], large=data["large"],
        height=height, physics=data["physics"], days=len(data["days"]), actor_min=data["actor_min"],
        vis_js=vis_js.replace("</script", "<\\/script"), vis_css=vis_css,
        data_json=_safe_json({k: data[k] for k in ("nodes", "edges", "docs", "styles", "options",
                                                   "large", "reports", "days", "bundles", "dense",
                                                   "actor_min")}),
    )


def write_html(kg: GraphLike, path: str | Path, title: str | None = None,
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
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"path must be str or Path, not {type(path).__name__}")
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
        self.height = check_int(height, "height", minimum=MIN_HEIGHT, maximum=MAX_HEIGHT)

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


def show(kg: GraphLike, title: str | None = None, height: int = 720,
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
    height = check_int(height, "height", minimum=MIN_HEIGHT, maximum=MAX_HEIGHT)
    return InlinePage(render_html(kg, title=title, height=max(200, height - 170), **options), height)
