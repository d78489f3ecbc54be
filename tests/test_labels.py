"""Labels do not overlap at the default zoom, and come back on zoom and selection (issue 15).

The pages run in headless Chromium (tests/browser.py); once the layout has settled the page's
debug hook ``window.kgraphLabelBoxes()`` gives the canvas boxes of the labels vis-network drew,
and no two of them may intersect.
"""

from __future__ import annotations

import json
from itertools import combinations, groupby

import pytest

import kgraph

from .browser import dump_dom, inject_scripts, page_attributes

#: Once the labels are placed on the settled layout: the labels drawn at the default zoom; then
#: with the actor of fewest edges selected; then with the pointer on it; then zoomed in three
#: times around the middle (as the mouse wheel does). Each step waits for the page to say its
#: labels are placed again.
RECORD = """
function kgRecord(name) {
  document.body.setAttribute("data-boxes-" + name, JSON.stringify(window.kgraphLabelBoxes()));
  document.body.setAttribute("data-view-" + name, JSON.stringify(window.kgraphViewBox()));
}
function kgSettled(then) {
  var quiet = 0, timer = setInterval(function () {
    quiet = document.body.getAttribute("data-labels-settled") === "1" ? quiet + 1 : 0;
    if (quiet >= 4) { clearInterval(timer); then(); }
  }, 250);
}
setTimeout(function () {
  var net = window.kgraphNetwork, data = net.body.data.nodes;
  kgSettled(function () {
    kgRecord("default");
    var least = net.body.nodeIndices.reduce(function (a, b) {
      return data.get(b).degree < data.get(a).degree ? b : a;
    });
    document.body.setAttribute("data-least", String(least));
    net.selectNodes([least]);
    net.body.emitter.emit("select", { nodes: [least], edges: [] });
    kgSettled(function () {
      kgRecord("selected");
      net.unselectAll();
      net.body.emitter.emit("deselect", { nodes: [], edges: [] });
      net.body.emitter.emit("hoverNode", { node: least });
      kgSettled(function () {
        kgRecord("hovered");
        net.body.emitter.emit("blurNode", { node: least });
        net.moveTo({ scale: 3 * net.getScale() });
        net.body.emitter.emit("zoom", { direction: "+", scale: net.getScale() });
        kgSettled(function () { kgRecord("zoomed"); });
      });
    });
  });
}, 500);
"""


def _overlaps(boxes: list[list]) -> list[tuple[str, str]]:
    """Pairs of labels whose boxes intersect (touching edges do not count)."""
    return [(a[2], b[2]) for a, b in combinations(boxes, 2)
            if a[3] < b[5] and b[3] < a[5] and a[4] < b[6] and b[4] < a[6]]


def _labels(page, tmp_path) -> dict[str, list[list]]:
    attrs = page_attributes(dump_dom(inject_scripts(page, tmp_path / "labels.html", end=RECORD).as_uri(),
                                     budget_ms=20000))
    assert attrs["data-js-errors"] == "0", attrs.get("data-js-error-messages")
    out = {k: json.loads(attrs[f"data-boxes-{k}"]) for k in ("default", "selected", "hovered", "zoomed")}
    out["least"] = attrs["data-least"]  # type: ignore[assignment]
    return out


def _nodes(boxes: list[list]) -> set[str]:
    """The actors whose names are drawn."""
    return {b[1] for b in boxes if b[0] == "node"}


def _check(labels: dict, at_least: int, revealed_by_zoom: int) -> None:
    default = labels["default"]
    assert _overlaps(default) == [], "labels overlap at the default zoom"
    assert len(_nodes(default)) >= at_least, f"only {len(_nodes(default))} actor names drawn"
    assert labels["least"] in _nodes(labels["selected"]), "a selected actor shows its name"
    assert _overlaps(labels["selected"]) == []
    assert labels["least"] in _nodes(labels["hovered"]), "the actor under the pointer shows its name"
    assert _overlaps(labels["hovered"]) == []
    assert len(_nodes(labels["zoomed"]) - _nodes(default)) >= revealed_by_zoom, "zooming in names more"
    assert _overlaps(labels["zoomed"]) == []


def test_seeds_page_labels_do_not_overlap(chromium, seeds_kg, tmp_path):
    labels = _labels(seeds_kg.to_html(tmp_path / "seeds.html"), tmp_path)
    _check(labels, at_least=15, revealed_by_zoom=0)


@pytest.fixture(scope="module")
def corpus_kg():
    """The 300-document synthetic corpus of benchmarks/corpus_page.py."""
    from kgraph.synthetic import synthetic_documents, synthetic_edges

    kg = kgraph.KnowledgeGraph()
    docs = {d.id: d for d in synthetic_documents(3900, 13)}
    for doc_id, edges in groupby(synthetic_edges(3900, edges_per_doc=13, n_actors=0), key=lambda e: e.doc_id):
        kg.add_edges(list(edges), document=docs[doc_id])
    return kg


def test_300_document_page_labels_do_not_overlap(chromium, corpus_kg, tmp_path):
    labels = _labels(corpus_kg.to_html(tmp_path / "corpus.html"), tmp_path)
    _check(labels, at_least=20, revealed_by_zoom=10)


#: Lower "actors with at least ... reports" to 1, as a reader does to see every actor.
SHOW_ALL = """
setTimeout(function () {
  document.body.setAttribute("data-nodes-opened", document.body.getAttribute("data-visible-nodes"));
  document.body.setAttribute("data-summary-opened", document.getElementById("visible").textContent);
  var el = document.getElementById("min-actor-reports");
  el.value = "1";
  el.dispatchEvent(new Event("input"));
  document.body.setAttribute("data-nodes-all", document.body.getAttribute("data-visible-nodes"));
}, 500);
"""


def test_300_document_page_opens_on_its_most_reported_actors_and_shows_the_others(chromium, corpus_kg,
                                                                                   tmp_path):
    from collections import Counter

    page = corpus_kg.to_html(tmp_path / "corpus.html")
    attrs = page_attributes(dump_dom(inject_scripts(page, tmp_path / "all.html", end=SHOW_ALL).as_uri()))
    assert attrs["data-js-errors"] == "0", attrs.get("data-js-error-messages")
    reports = Counter()
    for e in corpus_kg.edges():
        if not e.negated:  # negated edges are hidden by default
            reports.update([e.source.id, e.target.id])
    opened = int(attrs["data-nodes-opened"])
    assert 0 < opened <= 120 < len(reports) == int(attrs["data-nodes-all"])
    assert f"of {len(corpus_kg.actors())}: actors with at least" in attrs["data-summary-opened"]
