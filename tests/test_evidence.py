"""The page's evidence panel and its confidence, reports and date filters (issue 15).

The panel runs in headless Chromium (tests/browser.py); the page data behind it is checked in
Python.
"""

from __future__ import annotations

import json

import kgraph
from kgraph.pagedata import page_data

from .browser import dump_dom, inject_scripts, page_attributes

RECORD = """
setTimeout(function () {
  var net = window.kgraphNetwork;
  net.body.emitter.emit("click", CLICK);
  var panel = document.getElementById("evidence");
  document.body.setAttribute("data-panel-hidden", panel.hidden ? "1" : "0");
  document.body.setAttribute("data-panel-text", panel.textContent);
  var marks = Array.prototype.map.call(panel.querySelectorAll("mark"), function (m) {
    return m.textContent;
  });
  document.body.setAttribute("data-panel-marks", marks.join("|"));
  var tags = panel.querySelectorAll("script, img, b, iframe");
  document.body.setAttribute("data-panel-elements", String(tags.length));
  document.body.setAttribute("data-panel-copy", window.kgraphPinnedText());
}, 500);
"""


def _panel(page, tmp_path, nodes=(), edges=()) -> dict[str, str]:
    click = json.dumps({"nodes": list(nodes), "edges": list(edges)})
    trap = 'window.alert = function () { document.documentElement.setAttribute("data-alerted", "1"); };'
    attrs = page_attributes(dump_dom(inject_scripts(page, tmp_path / "pinned.html", head=trap,
                                                    end=RECORD.replace("CLICK", click)).as_uri()))
    assert attrs["data-js-errors"] == "0", attrs.get("data-js-error-messages")
    assert "data-alerted" not in attrs
    return attrs


def test_clicking_an_edge_pins_its_report_with_both_mentions_marked_as_text(chromium, tmp_path):
    kg = kgraph.KnowledgeGraph()
    kg.add_text('Chile condemned Peru after "<script>alert(1)</script>" appeared.', doc_id="x",
                date="2025-03-04", title="<img src=x onerror=alert(2)>", outlet="The <b>Daily</b>")
    (edge,) = kg.edges()
    attrs = _panel(kg.to_html(tmp_path / "hostile.html", physics=False), tmp_path, edges=[0])
    assert attrs["data-panel-hidden"] == "0" and attrs["data-pinned-reports"] == "1"
    assert attrs["data-panel-marks"] == "Chile|Peru" and attrs["data-panel-elements"] == "0"
    for text in (edge.sentence, "<img src=x onerror=alert(2)>", "The <b>Daily</b>", "2025-03-04",
                 f"confidence {edge.confidence:.2f}"):
        assert text in attrs["data-panel-text"], text
        assert text in attrs["data-panel-copy"], text


def test_a_merged_edge_pins_every_report_and_an_actor_pins_its_edges(chromium, tmp_path):
    kg = kgraph.KnowledgeGraph()
    texts = {"tass": "Russia vetoed the resolution on Syria.",
             "bbc": "Moscow cast a veto against the Syria resolution.",
             "afp": "The Russian Federation vetoed the draft on Syria."}
    for outlet, text in texts.items():
        kg.add_text(text, doc_id=outlet, date="2025-03-01", title=f"{outlet} story", outlet=outlet)
    kg.add_text("France condemned Russia. Germany condemned Russia.", doc_id="eu", date="2025-03-02")
    page = kg.to_html(tmp_path / "large.html", max_nodes=3, physics=False)  # merges parallel edges
    data = page_data(kg.edges(), kg.documents(), kg.vocabulary, max_nodes=3)
    veto = data["edges"]["relation"].index("vetoes")
    attrs = _panel(page, tmp_path, edges=[veto])
    assert attrs["data-pinned-reports"] == "3"
    for outlet, text in texts.items():
        assert text in attrs["data-panel-text"] and f"{outlet} story" in attrs["data-panel-text"]
    assert sorted(attrs["data-panel-marks"].split("|")) == ["Moscow", "Russia", "Russian Federation",
                                                            "Syria", "Syria", "Syria"]
    russia = data["nodes"]["id"].index(kg.actor("Russia").id)
    attrs = _panel(page, tmp_path, nodes=[data["nodes"]["id"][russia]])
    shown = {data["nodes"]["id"][i] for i in range(3)}
    behind = [e for e in kg.edges() if {e.source.id, e.target.id} <= shown
              and kg.actor("Russia").id in (e.source.id, e.target.id)]
    assert int(attrs["data-pinned-reports"]) == len(behind) == 4


FILTER = """
setTimeout(function () {
  var set = function (id, value) {
    var el = document.getElementById(id);
    el.value = String(value);
    el.dispatchEvent(new Event("input"));
  };
  set("min-conf", %s);
  document.body.setAttribute("data-after-conf", document.body.getAttribute("data-visible-edges"));
  set("min-conf", 0);
  set("date-to", 0);
  document.body.setAttribute("data-after-date", document.body.getAttribute("data-visible-edges"));
  set("date-to", 1000);
  set("min-reports", 2);
  document.body.setAttribute("data-after-reports", document.body.getAttribute("data-visible-edges"));
}, 500);
"""


def test_confidence_date_and_report_filters_change_what_is_drawn(chromium, seeds_kg, tmp_path):
    edges = seeds_kg.edges()
    threshold = sorted({round(e.confidence, 2) for e in edges})[-2]
    page = seeds_kg.to_html(tmp_path / "seeds.html", physics=False)
    attrs = page_attributes(dump_dom(inject_scripts(page, tmp_path / "f.html",
                                                    end=FILTER % threshold).as_uri()))
    assert attrs["data-js-errors"] == "0", attrs.get("data-js-error-messages")
    visible = [e for e in edges if not e.negated]
    assert int(attrs["data-after-conf"]) == sum(1 for e in visible if round(e.confidence, 2) >= threshold)
    first_day = min(e.date[:10] for e in edges if e.date)
    assert int(attrs["data-after-date"]) == sum(1 for e in visible if e.date and e.date[:10] == first_day)
    assert int(attrs["data-after-reports"]) == 0  # every edge of a small page is one report
    assert 0 < int(attrs["data-after-conf"]) < len(visible)
    assert 0 < int(attrs["data-after-date"]) < len(visible)


def test_page_data_keeps_every_report_of_a_merged_edge(seeds_kg):
    edges = seeds_kg.edges()
    data = page_data(edges, seeds_kg.documents(), seeds_kg.vocabulary, max_nodes=8)
    E, R = data["edges"], data["reports"]
    spans = [b - a for a, b in E["reports"]]
    assert spans == E["count"] and sum(spans) == len(R["sentence"])
    for i, (a, b) in enumerate(E["reports"]):
        assert E["sentence"][i] in R["sentence"][a:b]
        assert max(R["confidence"][a:b]) == E["confidence"][i]
    assert data["days"] == sorted(set(data["days"]))
    assert page_data(edges, [], seeds_kg.vocabulary)["reports"] is None


def test_a_300_document_corpus_page_opens_without_script_errors(chromium, tmp_path):
    from itertools import groupby

    from kgraph.synthetic import synthetic_documents, synthetic_edges

    kg = kgraph.KnowledgeGraph()
    docs = {d.id: d for d in synthetic_documents(3900, 13)}
    for doc_id, edges in groupby(synthetic_edges(3900, edges_per_doc=13, n_actors=0), key=lambda e: e.doc_id):
        kg.add_edges(list(edges), document=docs[doc_id])
    assert len(kg.documents()) == 300
    page = kg.to_html(tmp_path / "corpus.html")
    attrs = _panel(page, tmp_path, edges=[0])
    assert attrs["data-drawn"] == "1" and attrs["data-edges"] == "3900"
    assert attrs["data-pinned-reports"] == "1" and attrs["data-panel-marks"].count("|") == 1


# -- busy pairs: one edge per direction and relation until expanded ---------------------------------
BUSY = {"a": "Russia condemned Ukraine. Russia met Ukraine in Minsk.",
        "b": "Moscow condemned Kyiv. Ukraine accused Russia of shelling.",
        "c": "Russia condemned Ukraine. France met Germany."}


def _busy_graph():
    kg = kgraph.KnowledgeGraph()
    for i, (doc_id, text) in enumerate(BUSY.items()):
        kg.add_text(text, doc_id=doc_id, date=f"2025-03-0{i + 1}", title=f"story {doc_id}")
    return kg


def test_busy_pairs_are_bundled_per_direction_and_relation_with_their_event_counts():
    kg = _busy_graph()
    edges = kg.edges()
    data = page_data(edges, kg.documents(), kg.vocabulary)
    B, E, labels = data["bundles"], data["edges"], data["nodes"]["label"]
    got = {(labels[a], rel, labels[b]): (len(m), n)
           for a, b, rel, m, n in zip(B["from"], B["to"], B["relation"], B["members"], B["events"])}
    # three reports of condemnation within three days: one event (7-day window)
    assert got == {("Russia", "condemns", "Ukraine"): (3, 1), ("Russia", "meets", "Ukraine"): (1, 1),
                   ("Ukraine", "accuses", "Russia"): (1, 1)}
    members = [j for m in B["members"] for j in m]
    assert len(set(members)) == len(members)
    assert sorted(E["relation"][j] for j in members) == sorted(
        e.relation for e in edges if {e.source.label, e.target.label} == {"Russia", "Ukraine"})
    assert page_data(edges, [], kg.vocabulary, bundle_after=5)["bundles"] is None


EXPAND = """
setTimeout(function () {
  var net = window.kgraphNetwork, visible = function () {
    return net.body.edgeIndices.filter(function (id) { return net.body.edges[id].options.hidden !== true; });
  };
  document.body.setAttribute("data-drawn-before", visible().sort().join(" "));
  net.body.emitter.emit("click", { nodes: [], edges: ["b0"] });
  document.body.setAttribute("data-drawn-after", visible().sort().join(" "));
  document.body.setAttribute("data-panel-text", document.getElementById("evidence").textContent);
  document.getElementById("collapse").click();
  document.body.setAttribute("data-drawn-collapsed", visible().sort().join(" "));
}, 500);
"""


def test_a_click_on_a_bundle_expands_the_pair_and_pins_its_reports(chromium, tmp_path):
    kg = _busy_graph()
    data = page_data(kg.edges(), kg.documents(), kg.vocabulary)
    page = inject_scripts(kg.to_html(tmp_path / "busy.html", physics=False), tmp_path / "x.html", end=EXPAND)
    attrs = page_attributes(dump_dom(page.as_uri()))
    assert attrs["data-js-errors"] == "0", attrs.get("data-js-error-messages")
    before, after = attrs["data-drawn-before"].split(), attrs["data-drawn-after"].split()
    bundled = {j for m in data["bundles"]["members"] for j in m}
    alone = {str(j) for j in range(len(data["edges"]["from"])) if j not in bundled}
    assert set(before) == {"b0", "b1", "b2"} | alone
    assert set(after) == {str(j) for j in bundled} | alone
    assert attrs["data-drawn-collapsed"].split() == before
    assert int(attrs["data-visible-edges"]) == len(kg.edges())  # reports, bundled or not
    b0 = data["bundles"]["members"][0]
    assert attrs["data-pinned-reports"] == str(len(b0))
    for j in b0:
        assert data["edges"]["sentence"][j] in attrs["data-panel-text"]
