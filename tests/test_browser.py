"""The page in a real browser: headless Chromium, file://, networking off.

Chromium is installed from Debian when missing (see tests/browser.py); where
that is impossible the tests skip and say why.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import kgraph
from kgraph.html import relation_colors

from .browser import dump_dom, inject_scripts, page_attributes, screenshot

GRAPH_BOX = (260, 90, 1400, 1000)  # the graph area of a 1400x1000 window (right of the legend)


@pytest.fixture(scope="module")
def seeds_page(seeds_kg, tmp_path_factory) -> Path:
    return seeds_kg.to_html(tmp_path_factory.mktemp("page") / "seeds.html",
                            title="kgraph: five seed articles")


@pytest.fixture(scope="module")
def seeds_shot(chromium, seeds_page, tmp_path_factory):
    from PIL import Image

    path = screenshot(seeds_page.as_uri(), tmp_path_factory.mktemp("shot") / "seeds.png")
    return Image.open(path).convert("RGB")


def _hex(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def _pixels(image, box=GRAPH_BOX):
    data = image.crop(box).tobytes()
    return zip(data[0::3], data[1::3], data[2::3])


def _pixels_near(image, color: str, box=GRAPH_BOX, tol: int = 30) -> int:
    r0, g0, b0 = _hex(color)
    return sum(1 for r, g, b in _pixels(image, box)
               if abs(r - r0) <= tol and abs(g - g0) <= tol and abs(b - b0) <= tol)


def test_seeds_page_draws_offline_without_errors(chromium, seeds_kg, seeds_page):
    attrs = page_attributes(dump_dom(seeds_page.as_uri()))
    assert attrs["data-js-errors"] == "0", attrs.get("data-js-error-messages")
    assert attrs["data-drawn"] == "1"
    edges = seeds_kg.edges()
    actors = {e.source.id for e in edges} | {e.target.id for e in edges}
    assert int(attrs["data-nodes"]) == len(actors)
    assert int(attrs["data-edges"]) == len(edges)
    # negated edges start hidden; every other edge is drawn
    assert int(attrs["data-visible-edges"]) == sum(1 for e in edges if not e.negated)
    assert attrs["data-large"] == "0"


def test_screenshot_shows_nodes_and_colored_edges(seeds_kg, seeds_shot):
    ink = sum(1 for p in _pixels(seeds_shot) if min(p) < 215)
    width, height = GRAPH_BOX[2] - GRAPH_BOX[0], GRAPH_BOX[3] - GRAPH_BOX[1]
    assert ink > 0.01 * width * height, "the graph area is blank"
    colors = relation_colors(seeds_kg.vocabulary)
    top = max({e.relation for e in seeds_kg.edges()},
              key=lambda r: sum(1 for e in seeds_kg.edges() if e.relation == r))
    assert _pixels_near(seeds_shot, colors[top]) > 150, f"no {top} edges in {colors[top]}"
    assert any(a.kind == "state" for a in seeds_kg.actors())
    assert _pixels_near(seeds_shot, "#37474f", tol=12) > 300, "no state squares"


def test_legend_filters_change_what_is_drawn(chromium, seeds_kg, seeds_page, tmp_path):
    clicks = ('document.querySelector("input.rel[value=meets]").click();'
              'document.getElementById("negated").click();')
    page = inject_scripts(seeds_page, tmp_path / "filtered.html", end=clicks)
    attrs = page_attributes(dump_dom(page.as_uri()))
    assert attrs["data-js-errors"] == "0", attrs.get("data-js-error-messages")
    edges = seeds_kg.edges()
    assert int(attrs["data-visible-edges"]) == sum(1 for e in edges if e.relation != "meets")
    still = {a for e in edges if e.relation != "meets" for a in (e.source.id, e.target.id)}
    assert int(attrs["data-visible-nodes"]) == len(still)


HOVER = """
setTimeout(function () {
  var net = window.kgraphNetwork, id = net.body.edgeIndices[0], e = net.body.edges[id];
  var p = net.getPositions([e.fromId, e.toId]);
  var mid = net.canvasToDOM({ x: (p[e.fromId].x + p[e.toId].x) / 2, y: (p[e.fromId].y + p[e.toId].y) / 2 });
  var canvas = document.querySelector("#graph canvas"), r = canvas.getBoundingClientRect();
  canvas.dispatchEvent(new MouseEvent("mousemove", { clientX: r.left + mid.x, clientY: r.top + mid.y,
                                                     bubbles: true }));
  setTimeout(function () {
    var t = document.querySelector("div.vis-tooltip");
    document.body.setAttribute("data-tip", t ? t.textContent : "");
    document.body.setAttribute("data-tip-shown", t && t.style.visibility !== "hidden" ? "1" : "0");
    document.body.setAttribute("data-tip-elements",
                               t ? String(t.querySelectorAll("script, img, iframe, svg").length) : "-1");
  }, 1000);
}, 500);
"""


def test_tooltip_shows_hostile_article_text_as_text(chromium, tmp_path):
    kg = kgraph.KnowledgeGraph()
    kg.add_text('Chile condemned Peru after "<script>alert(1)</script>" appeared.', doc_id="x",
                date="2025-03-04", title="<img src=x onerror=alert(2)>", outlet="The <b>Daily</b>")
    (edge,) = kg.edges()
    page = kg.to_html(tmp_path / "hostile.html", physics=False)
    trap = 'window.alert = function () { document.documentElement.setAttribute("data-alerted", "1"); };'
    page = inject_scripts(page, tmp_path / "hover.html", head=trap, end=HOVER)
    attrs = page_attributes(dump_dom(page.as_uri()))
    assert attrs["data-js-errors"] == "0", attrs.get("data-js-error-messages")
    assert "data-alerted" not in attrs
    assert attrs["data-tip-shown"] == "1" and attrs["data-tip-elements"] == "0"
    tip = attrs["data-tip"]
    for text in (edge.sentence, "<img src=x onerror=alert(2)>", "The <b>Daily</b>", "condemns",
                 "asserted", "2025-03-04", "Chile", "Peru"):
        assert text in tip, text


def test_large_graph_mode_draws_with_physics_off(chromium, seeds_kg, tmp_path):
    page = seeds_kg.to_html(tmp_path / "large.html", max_nodes=6)
    text = page.read_text(encoding="utf-8")
    assert "physics is off" in text and re.search(r"Showing the 6 actors with the most edges", text)
    attrs = page_attributes(dump_dom(page.as_uri()))
    assert attrs["data-js-errors"] == "0", attrs.get("data-js-error-messages")
    assert attrs["data-drawn"] == "1" and attrs["data-large"] == "1" and attrs["data-nodes"] == "6"
    assert "data-stabilized" not in attrs  # no physics ran


def test_inline_notebook_frame_draws(chromium, seeds_kg, tmp_path):
    from PIL import Image

    host = tmp_path / "notebook.html"
    host.write_text("<!DOCTYPE html><html><body style='margin:0'><p>cell output:</p>"
                    f"{seeds_kg.show(height=900)._repr_html_()}</body></html>", encoding="utf-8")
    image = Image.open(screenshot(host.as_uri(), tmp_path / "inline.png")).convert("RGB")
    meets = relation_colors(seeds_kg.vocabulary)["meets"]
    assert _pixels_near(image, meets) > 150, "the iframe drew no graph"


def test_script_errors_are_reported(chromium, seeds_page, tmp_path):
    # the check the other tests rely on: a failing script shows up in data-js-errors
    page = inject_scripts(seeds_page, tmp_path / "broken.html", end="null.boom();")
    attrs = page_attributes(dump_dom(page.as_uri()))
    assert attrs["data-js-errors"] == "1" and "null" in attrs["data-js-error-messages"]
    assert attrs["data-drawn"] == "1"


SEARCH = """
setTimeout(function () {
  var search = document.getElementById("search"), focus = document.getElementById("focus");
  search.value = %s;
  focus.click();
  var selected = window.kgraphNetwork.getSelectedNodes();
  document.body.setAttribute("data-selected", selected.join(" "));
  document.body.setAttribute("data-status", document.getElementById("status").textContent);
  search.value = "no such actor anywhere";
  focus.click();
  document.body.setAttribute("data-status-missing", document.getElementById("status").textContent);
}, 500);
"""


def test_search_focuses_an_actor_by_alias(chromium, seeds_kg, seeds_page, tmp_path):
    person = max((a for a in seeds_kg.actors() if a.kind == "person"),
                 key=lambda a: len(seeds_kg.edges(source=a.id)) + len(seeds_kg.edges(target=a.id)))
    alias = min((x for x in person.aliases if x != person.label), key=len, default=person.label)
    page = inject_scripts(seeds_page, tmp_path / "search.html", end=SEARCH % json.dumps(alias.lower()))
    attrs = page_attributes(dump_dom(page.as_uri()))
    assert attrs["data-js-errors"] == "0", attrs.get("data-js-error-messages")
    assert attrs["data-selected"] == person.id, (alias, attrs["data-status"])
    assert attrs["data-status-missing"] == "no actor matches"
