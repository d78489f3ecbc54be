"""Queries on the stored graph, SPARQL with bindings, the networkx view."""

import networkx as nx
import pytest

import kgraph


@pytest.fixture(scope="module")
def kg():
    g = kgraph.KnowledgeGraph()
    g.add_text("Russia vetoed the resolution drafted by France. Russia met China.",
               doc_id="a", date="2024-01-10")
    g.add_text("Russia met China again. China visited Russia. Russia and China held negotiations.",
               doc_id="b", date="2024-03-05")
    return g


def test_relation_filter_includes_subrelations(kg):
    assert {e.relation for e in kg.edges(relation="meets")} == {"meets", "visits", "negotiates"}
    assert {e.relation for e in kg.edges(relation="meets", subrelations=False)} == {"meets"}
    assert [e.relation for e in kg.edges(relation="rejects")] == ["vetoes"]


def test_actor_filters_accept_aliases_and_metonyms(kg):
    by_label = kg.edges(source="Russia")
    assert by_label and kg.edges(source="Moscow") == by_label
    assert kg.edges(source="Russian Federation") == by_label
    assert kg.edges(source="Atlantis") == []


def test_date_and_document_filters(kg):
    assert {e.doc_id for e in kg.edges(since="2024-02-01")} == {"b"}
    assert {e.doc_id for e in kg.edges(until="2024-01-31")} == {"a"}
    assert all(e.doc_id == "a" for e in kg.edges(doc_id="a"))
    with pytest.raises(kgraph.InputError):
        kg.edges(since="last week")
    with pytest.raises(kgraph.VocabularyError):
        kg.edges(relation="hugs")


def test_sparql_bindings_are_not_formatted_into_the_query(kg):
    q = "SELECT ?t WHERE { ?s kg:vetoes ?t }"
    assert [r["t"] for r in kg.sparql(q, s=kg.actor("Russia"))] == [kg.actor("France").id]
    hostile = 'x" } ; DROP ALL ; SELECT * { ?a ?b "y'
    assert kg.sparql("SELECT ?s WHERE { ?s rdfs:label ?l }", l=hostile) == []
    with pytest.raises(kgraph.InputError, match="SPARQL"):
        kg.sparql("SELECT WHERE {")


def test_networkx_view_has_one_edge_per_event(kg):
    G = kg.to_networkx()
    assert isinstance(G, nx.MultiDiGraph)
    assert G.number_of_edges() == len(kg.edges())
    ru, cn = kg.actor("Russia").id, kg.actor("China").id
    assert G.number_of_edges(ru, cn) >= 2  # parallel meetings kept
    assert G.nodes[ru]["kind"] == "state" and G.nodes[ru]["label"] == "Russia"
    data = next(iter(G.get_edge_data(ru, cn).values()))
    assert data["relation"] in ("meets", "negotiates") and data["sentence"]


def test_stats_and_reprs(kg):
    s = kg.stats()
    assert s["documents"] == 2 and s["edges"] == len(kg)
    assert "KnowledgeGraph" in repr(kg) and "<b>KnowledgeGraph</b>" in kg._repr_html_()
