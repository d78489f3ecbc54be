"""Network views (aggregated, signed, ego, time slices), rankings and communities."""

from collections import Counter, defaultdict

import networkx as nx
import pytest

import kgraph
from kgraph.analysis import FREQUENCIES


def _asserted(kg):
    return kg.edges(modality="asserted", negated=False)


# -- aggregated graph ---------------------------------------------------------------------------
def test_aggregated_weights_are_event_counts(seeds_kg):
    G = kgraph.aggregated_graph(seeds_kg, count="mentions")
    events = _asserted(seeds_kg)
    counts = Counter((e.source.id, e.target.id) for e in events)
    assert isinstance(G, nx.DiGraph) and not G.is_multigraph()
    assert {(u, v): d["weight"] for u, v, d in G.edges(data=True)} == dict(counts)
    vocab = seeds_kg.vocabulary
    for u, v, d in G.edges(data=True):
        pair = [e for e in events if (e.source.id, e.target.id) == (u, v)]
        assert d["relations"] == dict(Counter(e.relation for e in pair))
        assert d["goldstein"] == pytest.approx(sum(vocab[e.relation].weight for e in pair))
        assert d["cooperation"] + d["conflict"] == d["weight"]
        assert d["cooperation"] == sum(vocab[e.relation].cooperative for e in pair)
        assert d["documents"] == len({e.doc_id for e in pair})
        assert d["first"] == min(e.date for e in pair) and d["last"] == max(e.date for e in pair)
    for n, data in G.nodes(data=True):
        assert data["label"] == seeds_kg.actor(n).label


def test_aggregated_by_relation_and_with_every_modality(seeds_kg):
    M = kgraph.aggregated_graph(seeds_kg, by_relation=True, count="mentions")
    assert M.is_multigraph()
    counts = Counter((e.source.id, e.target.id, e.relation) for e in _asserted(seeds_kg))
    assert {(u, v, k): d["weight"] for u, v, k, d in M.edges(keys=True, data=True)} == dict(counts)
    every = kgraph.aggregated_graph(seeds_kg, modality=None, negated=None, count="mentions")
    assert sum(d["weight"] for *_, d in every.edges(data=True)) == len(seeds_kg.edges())
    meets = kgraph.aggregated_graph(seeds_kg, "meets")
    assert {r for *_, d in meets.edges(data=True) for r in d["relations"]} <= {"meets", "visits",
                                                                                "negotiates"}


VETOES = ("Russia vetoed the resolution on Syria.", "Moscow cast a veto against the Syria resolution.",
          "The Russian Federation vetoed the draft on Syria.")


def _vetoes_and_a_condemnation():
    kg = kgraph.KnowledgeGraph()
    for i, text in enumerate(VETOES):
        kg.add_text(text, doc_id=f"v{i}", date="2025-03-01")
    kg.add_text("Syria condemned Russia.", doc_id="c", date="2025-03-01")
    return kg


def test_analysis_counts_events_not_reports_by_default():
    kg = _vetoes_and_a_condemnation()
    ru, sy = kg.actor("Russia").id, kg.actor("Syria").id
    G, M = kgraph.aggregated_graph(kg), kgraph.aggregated_graph(kg, count="mentions")
    assert (G[ru][sy]["weight"], G[ru][sy]["documents"], M[ru][sy]["weight"]) == (1, 3, 3)
    S, SM = kgraph.signed_graph(kg), kgraph.signed_graph(kg, count="mentions")
    assert (S[ru][sy]["events"], S[ru][sy]["conflict"], SM[ru][sy]["events"]) == (2, 2, 4)
    assert dict(kgraph.degree_ranking(kg, weighted=True)) == {"Russia": 2, "Syria": 2}
    assert dict(kgraph.degree_ranking(kg, weighted=True, count="mentions")) == {"Russia": 4, "Syria": 4}
    assert [g[ru][sy]["weight"] for g in kgraph.time_slices(kg, "day").values()] == [1]
    with pytest.raises(kgraph.InputError, match="count"):
        kgraph.aggregated_graph(kg, count="reports")


def test_event_weights_follow_the_consolidation(seeds_kg):
    events = kgraph.consolidate(_asserted(seeds_kg), seeds_kg.vocabulary)
    counts = Counter((ev.source.id, ev.target.id) for ev in events)
    G = kgraph.aggregated_graph(seeds_kg)
    assert {(u, v): d["weight"] for u, v, d in G.edges(data=True)} == dict(counts)
    assert sum(counts.values()) < len(_asserted(seeds_kg))


# -- signed graph -------------------------------------------------------------------------------
def test_signed_graph_sums_goldstein_weights_per_pair(seeds_kg):
    S = kgraph.signed_graph(seeds_kg, count="mentions")
    assert not S.is_directed()
    vocab = seeds_kg.vocabulary
    pairs = defaultdict(list)
    for e in _asserted(seeds_kg):
        pairs[frozenset((e.source.id, e.target.id))].append(e)
    assert S.number_of_edges() == len(pairs)
    for u, v, d in S.edges(data=True):
        evs = pairs[frozenset((u, v))]
        total = sum(vocab[e.relation].weight for e in evs)
        assert d["weight"] == pytest.approx(total)
        assert d["sign"] == (total > 0) - (total < 0)
        assert d["events"] == len(evs) == d["cooperation"] + d["conflict"]
    D = kgraph.signed_graph(seeds_kg, directed=True, count="mentions")
    assert D.is_directed()
    assert sum(d["events"] for *_, d in D.edges(data=True)) == len(_asserted(seeds_kg))


def test_signed_graph_on_written_sentences():
    kg = kgraph.KnowledgeGraph()
    kg.add_text("France condemned Russia. Russia attacked Ukraine. Russia met China. "
                "China praised Russia.", doc_id="d")
    S = kgraph.signed_graph(kg)
    ru, ua, cn = (kg.actor(n).id for n in ("Russia", "Ukraine", "China"))
    assert S[ru][ua]["sign"] == -1 and S[ru][cn]["sign"] == 1
    assert S[ru][cn]["cooperation"] == 2


def test_cooperation_balance_lists_every_pair_most_hostile_first(seeds_kg):
    rows = kgraph.cooperation_balance(seeds_kg)
    S = kgraph.signed_graph(seeds_kg)
    assert len(rows) == S.number_of_edges()
    assert [r[4] for r in rows] == sorted(r[4] for r in rows)
    labels = {frozenset((S.nodes[u]["label"], S.nodes[v]["label"])): d for u, v, d in S.edges(data=True)}
    for a, b, coop, conflict, net in rows:
        assert a <= b
        d = labels[frozenset((a, b))]
        assert (coop, conflict, net) == (d["cooperation"], d["conflict"], d["weight"])
    text = str(rows).splitlines()
    assert text[0].split() == ["actor", "partner", "cooperation", "conflict", "goldstein"]
    assert len(text) == len(rows) + 2


# -- ego networks and time slices ---------------------------------------------------------------
def test_ego_network_keeps_actors_within_radius(seeds_kg):
    G = kgraph.aggregated_graph(seeds_kg)
    centre = seeds_kg.actor("Russia").id
    dist = nx.single_source_shortest_path_length(G.to_undirected(), centre)
    for radius in (1, 2):
        E = kgraph.ego_network(seeds_kg, "Russia", radius=radius)
        assert set(E) == {n for n, k in dist.items() if k <= radius}
        assert all(E[u][v] == G[u][v] for u, v in E.edges)
    assert set(kgraph.ego_network(seeds_kg, "Russia", 1)) <= set(kgraph.ego_network(seeds_kg, "Russia", 2))


def test_ego_network_with_affiliates():
    kg = kgraph.KnowledgeGraph()
    kg.add_text("Lavrov met Wang Yi. Russia condemned France. Germany met Italy.", doc_id="d",
                date="2024-03-01")
    plain = {d["label"] for _, d in kgraph.ego_network(kg, "Russia").nodes(data=True)}
    wide = {d["label"] for _, d in kgraph.ego_network(kg, "Russia", include_affiliated=True).nodes(data=True)}
    assert plain == {"Russia", "France"}
    assert plain < wide and "Sergei Lavrov" in wide and "Germany" not in wide
    with pytest.raises(kgraph.InputError):
        kgraph.ego_network(kg, "Atlantis")


@pytest.mark.parametrize("freq", list(FREQUENCIES))
def test_time_slices_partition_dated_events(seeds_kg, freq):
    slices = kgraph.time_slices(seeds_kg, freq, count="mentions")
    assert list(slices) == sorted(slices)
    dated = [e for e in _asserted(seeds_kg) if e.date]
    assert sum(d["weight"] for G in slices.values() for *_, d in G.edges(data=True)) == len(dated)
    for key, G in slices.items():
        for *_, d in G.edges(data=True):
            if freq == "quarter":
                year, q = key.split("-Q")
                assert d["first"][:4] == year and (int(d["first"][5:7]) - 1) // 3 + 1 == int(q)
            else:
                assert d["first"].startswith(key) and d["last"].startswith(key)
    with pytest.raises(kgraph.InputError, match="freq"):
        kgraph.time_slices(seeds_kg, "fortnight")


# -- rankings -----------------------------------------------------------------------------------
def test_pagerank_is_a_stationary_distribution(seeds_kg):
    ranking = kgraph.pagerank_ranking(seeds_kg)
    G = kgraph.aggregated_graph(seeds_kg)
    assert len(ranking) == G.number_of_nodes()
    assert sum(s for _, s in ranking) == pytest.approx(1.0)
    assert [s for _, s in ranking] == sorted((s for _, s in ranking), reverse=True)
    # x = alpha (W^T x + dangling mass / n) + (1 - alpha) / n, with W normalized out-weights
    x = {n: s for n, (_, s) in zip(sorted(G, key=lambda n: G.nodes[n]["label"]),
                                   sorted(ranking, key=lambda r: r[0]))}
    alpha, n = 0.85, len(G)
    out = {u: sum(d["weight"] for *_, d in G.out_edges(u, data=True)) for u in G}
    dangling = sum(x[u] for u in G if out[u] == 0)
    for v in G:
        inflow = sum(x[u] * d["weight"] / out[u] for u, _, d in G.in_edges(v, data=True))
        assert x[v] == pytest.approx(alpha * (inflow + dangling / n) + (1 - alpha) / n, abs=1e-9)


def test_degree_counts_partners_or_events(seeds_kg):
    events = _asserted(seeds_kg)
    partners = defaultdict(set)
    touching = Counter()
    for e in events:
        partners[e.source.label].add(e.target.label)
        partners[e.target.label].add(e.source.label)
        touching[e.source.label] += 1
        touching[e.target.label] += 1
    assert dict(kgraph.degree_ranking(seeds_kg)) == {a: len(p - {a}) for a, p in partners.items()}
    assert dict(kgraph.degree_ranking(seeds_kg, weighted=True, count="mentions")) == dict(touching)
    assert kgraph.degree_ranking(seeds_kg, top=3) == kgraph.degree_ranking(seeds_kg)[:3]


def test_betweenness_finds_the_broker():
    kg = kgraph.KnowledgeGraph()
    kg.add_text("Russia met China. China met France. France met Germany. Germany met Italy.",
                doc_id="d")
    ranking = kgraph.betweenness_ranking(kg)
    assert ranking[0][0] == "France"  # the middle of the chain
    assert dict(ranking)["Russia"] == dict(ranking)["Italy"] == 0.0
    assert all(0.0 <= s <= 1.0 for _, s in ranking)


def test_betweenness_on_the_seeds_matches_networkx(seeds_kg):
    G = kgraph.aggregated_graph(seeds_kg)
    reference = nx.betweenness_centrality(nx.Graph(G.to_undirected()))
    ranking = kgraph.betweenness_ranking(seeds_kg)
    assert sorted(s for _, s in ranking) == pytest.approx(sorted(reference.values()))


def test_louvain_partitions_every_actor_once(seeds_kg):
    parts = kgraph.louvain_communities(seeds_kg)
    labels = [a for part in parts for a in part]
    G = kgraph.aggregated_graph(seeds_kg)
    assert sorted(labels) == sorted(d["label"] for _, d in G.nodes(data=True))
    assert [len(p) for p in parts] == sorted((len(p) for p in parts), reverse=True)
    assert kgraph.louvain_communities(seeds_kg) == parts  # seeded: reproducible


def test_louvain_separates_disconnected_groups():
    kg = kgraph.KnowledgeGraph()
    kg.add_text("Russia met China. China met Iran. Iran met Russia. France met Germany. "
                "Germany met Italy. Italy met France.", doc_id="d")
    assert sorted(kgraph.louvain_communities(kg)) == [["China", "Iran", "Russia"],
                                                     ["France", "Germany", "Italy"]]


def test_rankings_take_any_networkx_graph(seeds_kg):
    slices = kgraph.time_slices(seeds_kg, "year")
    year, G = next(iter(slices.items()))
    ranking = kgraph.pagerank_ranking(G)
    assert {a for a, _ in ranking} == {d["label"] for _, d in G.nodes(data=True)}
    assert kgraph.degree_ranking(G) and kgraph.betweenness_ranking(G) is not None
    assert kgraph.louvain_communities(kgraph.signed_graph(seeds_kg))
    with pytest.raises(kgraph.InputError, match="filters"):
        kgraph.pagerank_ranking(G, since=year)


def test_ranking_prints_as_a_table_and_stays_a_list(seeds_kg):
    r = kgraph.pagerank_ranking(seeds_kg, top=4)
    assert isinstance(r, list) and len(r) == 4 and all(len(row) == 2 for row in r)
    lines = str(r).splitlines()
    assert lines[0].split() == ["actor", "score"] and set(lines[1]) <= {"-", " "}
    for line, (actor, score) in zip(lines[2:], r):
        assert line.startswith(actor) and line.endswith(f"{score:.4f}")
