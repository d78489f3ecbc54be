"""The HTML page: self-contained, offline, escaped; styled per relation and kind; large graphs;
the notebook helpers (inline frame, edge tables); the layout it precomputes."""

from __future__ import annotations

import colorsys
import itertools
import json
import math
import re
import time
from collections import Counter

import networkx as nx
import pytest

import kgraph
from kgraph.html import relation_colors, render_html
from kgraph.layout import spring_positions
from kgraph.model import Actor
from kgraph.table import EdgeTable, edges_table


def page_data(page: str) -> dict:
    return json.loads(re.search(r"var DATA = (\{.*?\});\n", page).group(1))


def rows(columns: dict) -> list[dict]:
    """The page's columns as one dict per node or edge."""
    names = [k for k, v in columns.items() if isinstance(v, list)]
    return [dict(zip(names, values)) for values in zip(*(columns[k] for k in names))]


def edge_rows(data: dict) -> list[dict]:
    """Edges with ``from`` and ``to`` as actor ids, as the page hands them to vis-network."""
    ids = data["nodes"]["id"]
    return [{**e, "from": ids[e["from"]], "to": ids[e["to"]]} for e in rows(data["edges"])]


@pytest.fixture(scope="module")
def seeds_page(seeds_kg) -> str:
    return render_html(seeds_kg, title="Seeds")


@pytest.fixture(scope="module")
def seeds_data(seeds_page) -> dict:
    return page_data(seeds_page)


def test_page_is_self_contained(seeds_kg, tmp_path):
    out = seeds_kg.to_html(tmp_path / "seeds.html", title="Seeds")
    assert [p.name for p in tmp_path.iterdir()] == ["seeds.html"]
    page = out.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)\s*=", page), "no external resources"
    assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", page)
    assert "url(http" not in page and "@import" not in page and "bootstrap" not in page.lower()
    assert "vis.Network" in page and "<title>Seeds</title>" in page
    data = page_data(page)
    assert len(data["edges"]["from"]) == len(seeds_kg.edges())
    assert set(data["nodes"]["id"]) >= {e.source.id for e in seeds_kg.edges()}


def test_summary_counts_documents_actors_edges(seeds_kg, seeds_page):
    s = seeds_kg.stats()
    summary = re.search(r'<div class="summary" id="summary">(.*?)<', seeds_page).group(1)
    assert f"{s['documents']} documents" in summary
    assert f"{len({a for e in seeds_kg.edges() for a in (e.source.id, e.target.id)})} actors" in summary
    assert f"{s['edges']} edges ({s['asserted']} asserted" in summary


def _hue(color: str) -> float:
    r, g, b = (int(color[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return colorsys.rgb_to_hsv(r, g, b)[0] * 360


def test_relation_colors_follow_cooperation_and_conflict():
    vocab = kgraph.default_vocabulary()
    colors = relation_colors(vocab)
    for rel in vocab:
        hue = _hue(colors[rel.name])
        if rel.cooperative:  # greens, teals, blues
            assert 75 <= hue <= 240, (rel.name, colors[rel.name])
        else:  # reds, oranges, ambers
            assert hue <= 50 or hue >= 320, (rel.name, colors[rel.name])
    # the headline relations are told apart
    assert len({colors[r] for r in ("meets", "condemns", "proposes", "vetoes")}) == 4


def test_user_relations_get_their_class_colors(tmp_path):
    extra = tmp_path / "rel.csv"
    extra.write_text("name,label,definition,cameo,plover,quad_class,weight,symmetric,parent,examples\n"
                     "blockades,blockades,Blocks ports,,,material_conflict,-8,false,,blockaded\n",
                     encoding="utf-8")
    vocab = kgraph.load_vocabulary(extra)
    hue = _hue(relation_colors(vocab)["blockades"])
    assert hue <= 50 or hue >= 320


def test_edges_are_directed_styled_and_labelled(seeds_kg, seeds_data, seeds_page):
    colors = relation_colors(seeds_kg.vocabulary)
    styles = seeds_data["styles"]
    drawn = edge_rows(seeds_data)
    assert len(drawn) == len(seeds_kg.edges())
    for ve, edge in zip(drawn, seeds_kg.edges()):
        assert (ve["from"], ve["to"], ve["relation"]) == (edge.source.id, edge.target.id, edge.relation)
        assert styles["relations"][edge.relation]["color"] == colors[edge.relation]
        assert ve["negated"] == edge.negated and ve["modality"] == edge.modality
        assert ve["count"] == 1
    assert styles["dashes"]["asserted"] is False
    planned, hypothetical = styles["dashes"]["planned"], styles["dashes"]["hypothetical"]
    assert isinstance(planned, list) and isinstance(hypothetical, list) and planned != hypothetical
    assert {ve["modality"] for ve in drawn} >= {"asserted", "planned", "hypothetical"}
    assert seeds_data["options"]["edges"]["arrows"]["to"]["enabled"] is True
    # negated edges are in the data but their box starts unchecked
    assert any(ve["negated"] for ve in drawn)
    assert re.search(r'<input type="checkbox" id="negated">', seeds_page)


def test_parallel_edges_are_kept_and_curve_apart(seeds_data):
    pairs: dict[frozenset, list[float]] = {}
    for ve in edge_rows(seeds_data):
        # the page curves clockwise for a positive value; seen from the lower id, so A->B and
        # B->A edges are compared on the same side
        sign = 1 if ve["from"] < ve["to"] else -1
        pairs.setdefault(frozenset((ve["from"], ve["to"])), []).append(sign * ve["curve"])
    multi = [curves for curves in pairs.values() if len(curves) > 1]
    assert multi, "the seeds have actors linked by several edges"
    for curves in multi:
        assert len(set(curves)) == len(curves), curves  # no two drawn on the same curve
    assert max(len(c) for c in multi) >= 3


def test_nodes_shaped_by_kind_sized_by_events(seeds_kg, seeds_data, seeds_page):
    degree, events = Counter(), Counter()
    for e in seeds_kg.edges():
        degree[e.source.id] += 1
        degree[e.target.id] += 1
    for ev in kgraph.consolidate(seeds_kg.edges(), seeds_kg.vocabulary):
        events.update({ev.source.id, ev.target.id})
    kinds = seeds_data["styles"]["kinds"]
    nodes = rows(seeds_data["nodes"])
    for n in nodes:
        assert n["degree"] == degree[n["id"]] == n["out"] + n["in"]
        assert n["events"] == events[n["id"]] <= n["degree"]
        assert 8 <= n["size"] <= 30, n  # moderate sizes
    present = {n["kind"] for n in nodes}
    assert len({kinds[k]["shape"] for k in present}) == len(present)  # one shape per kind
    by_kind: dict[str, list] = {}
    for n in nodes:
        by_kind.setdefault(n["kind"], []).append((n["events"], n["size"]))
    for pairs in by_kind.values():  # within a kind, more events never means a smaller node
        pairs.sort()
        assert all(a[1] <= b[1] for a, b in itertools.pairwise(pairs))
    for kind in present:  # the legend lists each kind present
        assert re.search(rf">{kind.replace('_', ' ')}<span class=\"count\">", seeds_page)


def test_tooltip_evidence_is_in_the_page(seeds_kg, seeds_data, seed_meta):
    # what the tooltips show (built by the page on hover; the browser tests hover one)
    docs = seeds_data["docs"]
    for ve, e in zip(rows(seeds_data["edges"]), seeds_kg.edges()):
        assert ve["sentence"] == e.sentence and ve["date"] == (e.date or "")
        assert ve["source_text"] == e.source_text and ve["target_text"] == e.target_text
        assert ve["trigger"] == e.trigger
        assert ve["confidence"] == round(e.confidence, 2) and ve["cameo"] == e.cameo
        doc_id, title, outlet = docs[ve["doc"]]
        meta = seed_meta[e.doc_id]
        assert (doc_id, title, outlet) == (e.doc_id, meta["title"], meta["outlet"] or "")


def test_hostile_text_is_escaped(tmp_path):
    kg = kgraph.KnowledgeGraph()
    kg.add_text('Chile condemned Peru after "<script>alert(1)</script>" appeared.',
                doc_id="x", title="<img src=x onerror=alert(2)>")
    page = kg.to_html(tmp_path / "x.html", title="</title><script>alert(3)</script>").read_text(
        encoding="utf-8")
    assert "<script>alert(" not in page
    assert "<img src=x" not in page
    assert "\\u003cscript\\u003ealert(1)" in page
    assert "&lt;/title&gt;&lt;script&gt;alert(3)" in page
    # tooltips are built with textContent, never innerHTML
    assert "innerHTML" not in page.split("var DATA")[1]


def test_edges_argument_draws_a_subset(seeds_kg):
    chosen = seeds_kg.edges(source="Russia")
    data = page_data(render_html(seeds_kg, edges=chosen))
    assert len(data["edges"]["from"]) == len(chosen)
    assert {ve["from"] for ve in edge_rows(data)} == {chosen[0].source.id}


def test_large_graph_keeps_top_actors_and_merges_edges(seeds_kg):
    edges = seeds_kg.edges()
    degree = Counter()
    for e in edges:
        degree[e.source.id] += 1
        degree[e.target.id] += 1
    page = render_html(seeds_kg, max_nodes=5)
    data = page_data(page)
    kept = set(data["nodes"]["id"])
    assert len(kept) == 5 and data["large"] is True
    assert min(degree[a] for a in kept) >= sorted(degree.values(), reverse=True)[4]
    inside = [e for e in edges if e.source.id in kept and e.target.id in kept]
    keys = Counter((e.source.id, e.target.id, e.relation, e.modality, e.negated) for e in inside)
    drawn = {(v["from"], v["to"], v["relation"], v["modality"], v["negated"]): v["count"]
             for v in edge_rows(data)}
    assert drawn == dict(keys)  # one edge per pair, relation and modality, with its count
    assert any(v["count"] > 1 for v in edge_rows(data))
    assert any(n > 1 for n in data["edges"]["documents"]) and all(data["edges"]["span"])
    assert data["options"]["physics"]["enabled"] is False
    assert all(isinstance(x, float) for x in data["nodes"]["x"] + data["nodes"]["y"])
    assert "Showing the 5 actors with the most edges" in page and "physics is off" in page
    assert re.search(r'id="physics"\s*>', page)  # the physics switch starts off


def _many_edges(seeds_kg, n_actors: int, n_edges: int):
    """Seed edges re-attached to many actors (a corpus-sized graph without the parse time)."""
    import random

    rng = random.Random(7)
    kinds = ("person", "state", "organization", "group", "state_organ")
    actors = [Actor(id=f"https://w3id.org/kgraph/actor/test-{i}", label=f"Actor {i}",
                    kind=kinds[i % len(kinds)]) for i in range(n_actors)]
    seeds = seeds_kg.edges()
    out = []
    for i in range(n_edges):
        a = actors[i % n_actors]
        b = actors[min(int(rng.paretovariate(1.0)), n_actors - 1)]
        if a != b:
            out.append(rng.choice(seeds).replace(source=a, target=b))
    return out


def test_large_graph_is_fast(seeds_kg):
    edges = _many_edges(seeds_kg, 3000, 12000)
    start = time.perf_counter()
    page = render_html(seeds_kg, edges=edges)
    elapsed = time.perf_counter() - start
    data = page_data(page)
    assert len(data["nodes"]["id"]) == 2000 and data["large"] is True
    assert sum(data["edges"]["count"]) <= len(edges)
    assert elapsed < 20, f"{elapsed:.1f} s"
    # busier actors get bigger names, and small names are not drawn when zoomed out
    by_degree = sorted(zip(data["nodes"]["degree"], data["nodes"]["font"]))
    assert by_degree[-1][1] > by_degree[0][1]
    assert data["options"]["nodes"]["scaling"]["label"]["drawThreshold"] > 5


def test_mid_sized_graph_starts_without_physics(seeds_kg):
    edges = _many_edges(seeds_kg, 600, 1500)
    page = render_html(seeds_kg, edges=edges)
    data = page_data(page)
    assert data["large"] is False and data["options"]["physics"]["enabled"] is False
    assert len(data["edges"]["from"]) == len(edges) and "physics starts off" in page


def test_show_returns_inline_iframe(seeds_kg):
    shown = seeds_kg.show()
    html = shown._repr_html_()
    assert html.startswith("<iframe srcdoc=") and 'sandbox="allow-scripts"' in html
    assert "<script>" not in html  # the whole page is escaped into the attribute
    assert "vis.Network" in html and "file:" not in html and "lib/" not in html


def test_knowledge_graph_summary_repr(seeds_kg):
    text = seeds_kg._repr_html_()
    assert f"{seeds_kg.stats()['edges']} edges" in text


# -- edge tables ------------------------------------------------------------------------------
def test_edges_table_shows_evidence_and_documents(seeds_kg, seed_meta):
    table = edges_table(seeds_kg, relation="condemns")
    assert list(table) == seeds_kg.edges(relation="condemns")
    html = table._repr_html_()
    assert html.count("<tr") == len(table) + 1
    for e in table:
        assert e.source.label in html and e.relation in html
        assert seed_meta[e.doc_id]["title"].replace("'", "&#x27;") in html
    assert "background:#fff3c4" in html  # the trigger is marked
    records = table.to_records()
    assert records[0]["title"] == seed_meta[records[0]["doc_id"]]["title"]
    assert str(table).splitlines()[0].split()[:4] == ["date", "source", "relation", "target"]
    pytest.importorskip("pandas")
    frame = table.to_pandas()
    assert list(frame["relation"]) == ["condemns"] * len(table) and "title" in frame.columns


def test_edge_table_escapes_and_truncates():
    edges = kgraph.extract('Chile condemned Peru over "<b>x</b>". Chile met Peru. Chile met Peru again.',
                           doc_id="<i>d</i>")
    table = EdgeTable(edges, max_rows=1)
    html = table._repr_html_()
    assert "<b>x</b>" not in html and "&lt;b&gt;x&lt;/b&gt;" in html and "<i>d" not in html
    assert f"\u2026 {len(edges) - 1} more edges" in html
    assert isinstance(table[:2], EdgeTable) and len(table[:2]) == 2


# -- layout -------------------------------------------------------------------------------------
def test_spring_positions_keep_neighbours_close():
    G = nx.connected_caveman_graph(6, 8)
    pos = spring_positions(G, seed=3)
    assert pos == spring_positions(G, seed=3)

    def dist(u, v):
        return ((pos[u][0] - pos[v][0]) ** 2 + (pos[u][1] - pos[v][1]) ** 2) ** 0.5

    within = [dist(u, v) for u, v in G.edges]
    across = [dist(u, v) for u in range(0, 48, 8) for v in range(4, 48, 8) if u // 8 != v // 8]
    assert sum(within) / len(within) < 0.5 * sum(across) / len(across)


def test_spring_positions_pack_islands_beside_the_main_piece():
    G = nx.barabasi_albert_graph(300, 2, seed=1)
    G.add_edges_from((1000 + 2 * i, 1001 + 2 * i) for i in range(12))
    G.add_node("alone")
    pos = spring_positions(G, edge_length=100)
    assert len(pos) == len(G)

    def box(points):
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        return min(xs), min(ys), max(xs), max(ys)

    main = box([pos[v] for v in range(300)])
    everything = box(pos.values())
    # the islands add room around the main piece but do not blow the drawing up
    assert everything[2] - everything[0] < 2 * (main[2] - main[0])
    assert everything[3] - everything[1] < 2 * (main[3] - main[1])
    for i in range(12):  # and stay outside it
        x, y = pos[1000 + 2 * i]
        assert not (main[0] < x < main[2] and main[1] < y < main[3])
    pair = [((pos[1000 + 2 * i][0] - pos[1001 + 2 * i][0]) ** 2
             + (pos[1000 + 2 * i][1] - pos[1001 + 2 * i][1]) ** 2) ** 0.5 for i in range(12)]
    assert all(abs(d - 100) < 1 for d in pair)


# -- a crowded page: the most reported actors first, by community ------------------------------
def _crowded(n_actors=600, n_edges=3000):
    """Edges among ``n_actors`` invented actors, a few of them in most edges (as in the news)."""
    import random

    rng = random.Random(3)
    actors = [Actor(f"https://w3id.org/kgraph/actor/test-{i}", f"Actor {i}", "person")
              for i in range(n_actors)]
    weights = [1 / (i + 5) for i in range(n_actors)]
    out = []
    for k in range(n_edges):
        a, b = rng.choices(actors, weights=weights, k=2)
        if a != b:
            out.append(kgraph.Edge(a, b, rng.choice(["meets", "condemns", "supports"]), doc_id=f"d{k // 10}",
                                   date="2025-01-02", sentence=f"{a.label} and {b.label}.", start=k % 10))
    return out


def test_a_crowded_page_opens_on_the_actors_reported_most(seeds_kg):
    edges = _crowded()
    data = page_data(render_html(seeds_kg, edges=edges, default_actors=100))
    nodes = rows(data["nodes"])
    least = data["actor_min"]
    shown = [n for n in nodes if n["degree"] >= least]
    assert least > 1 and 0 < len(shown) <= 100 < sum(1 for n in nodes if n["degree"] >= least - 1)
    assert len(nodes) == len({e.source.id for e in edges} | {e.target.id for e in edges})  # all kept
    assert f"opens with the {len(shown)} reported at least {least} times" in data_note(seeds_kg, edges)
    every = page_data(render_html(seeds_kg, edges=edges, min_actor_reports=1))
    assert every["actor_min"] == 1 and "opens with" not in data_note(seeds_kg, edges, min_actor_reports=1)
    with pytest.raises(kgraph.InputError):
        render_html(seeds_kg, edges=edges, min_actor_reports=0)


def data_note(kg, edges, **options) -> str:
    page = render_html(kg, edges=edges, default_actors=100, **options)
    found = re.search(r'<div id="note">(.*?)</div>', page)
    return found.group(1) if found else ""


def test_a_crowded_page_is_laid_out_by_community_with_the_others_beside_their_partners(seeds_kg):
    edges = _crowded()
    data = page_data(render_html(seeds_kg, edges=edges, default_actors=100))
    nodes = rows(data["nodes"])
    least = data["actor_min"]
    at = {n["id"]: (n["x"], n["y"]) for n in nodes}
    core = {n["id"] for n in nodes if n["degree"] >= least}
    weight = Counter()
    for e in edges:
        weight[(e.source.id, e.target.id)] += 1
        weight[(e.target.id, e.source.id)] += 1
    for n in nodes:
        partners = [(w, b) for (a, b), w in weight.items() if a == n["id"] and b in core]
        if n["id"] not in core and partners:  # beside a core actor it is linked to most
            most = max(partners)[0]
            assert min(math.dist(at[n["id"]], at[b]) for w, b in partners if w == most) <= 170, n["label"]


def test_community_positions_keep_communities_apart():
    from kgraph.layout import community_positions

    G = nx.disjoint_union(nx.complete_graph(8), nx.complete_graph(8))
    G.add_edges_from([(0, 8), (1, 9)])  # two cliques, barely linked
    pos = community_positions(G, seed=1)
    inside = max(math.dist(pos[u], pos[v]) for part in (range(8), range(8, 16))
                 for u in part for v in part)
    across = min(math.dist(pos[u], pos[v]) for u in range(2, 8) for v in range(10, 16))
    assert across > inside / 2
    assert community_positions(nx.Graph()) == {}
    core = community_positions(G, core=range(8))
    assert set(core) == set(G) and all(math.dist(core[v], core[v - 8]) <= 150 for v in range(8, 10))


def test_a_crowded_page_never_opens_empty(seeds_kg):
    hub = Actor("https://w3id.org/kgraph/actor/test-hub", "Hub", "state")
    leaves = [Actor(f"https://w3id.org/kgraph/actor/test-leaf-{i}", f"Leaf {i}", "person")
              for i in range(300)]
    star = [kgraph.Edge(hub, leaf, "meets", doc_id=f"d{i}", sentence="Met.") for i, leaf in enumerate(leaves)]
    data = page_data(render_html(seeds_kg, edges=star, default_actors=100))
    assert data["actor_min"] == 1  # the hub alone reaches 2 reports: its partners are all shown
    pair = [kgraph.Edge(hub, leaves[0], "condemns", doc_id="x", sentence="Condemned.")] * 3
    data = page_data(render_html(seeds_kg, edges=star + pair, default_actors=100))
    drawn = {i for i, d in enumerate(data["nodes"]["degree"]) if d >= data["actor_min"]}
    assert len(drawn) >= 2 and any(a in drawn and b in drawn
                                   for a, b in zip(data["edges"]["from"], data["edges"]["to"]))
