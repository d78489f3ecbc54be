"""The one RDF mapping: one writer and its two serializers, one reader, one event-graph builder."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef

import kgraph
from kgraph.bulk.fastviews import networkx_from_rows
from kgraph.ntriples import TripleWriter
from kgraph.rdf import edges_from_rows, rows_from_graph
from kgraph.sparqltext import keywords, tokens
from kgraph.stores.base import with_bindings
from kgraph.synthetic import synthetic_edges
from kgraph.terms import RdflibTerms, iri, literal, nt_lines
from kgraph.views import events_graph

AWKWARD = ['plain', 'He said "no"', "back\\slash", "two\nlines", "cr\rhere", 'end quote"',
           "\\n not a newline", "Zürich – 東京", ""]


@pytest.mark.parametrize("text", AWKWARD)
def test_both_serializers_give_rdflibs_own_terms(text):
    triples = [(iri("http://a"), iri("http://b"), literal(text)),
               (iri("http://a"), iri("http://c"), literal(text, "string")),
               (iri("http://a"), iri("http://d"), literal("0.900", "decimal"))]
    parsed = Graph().parse(data="\n".join(nt_lines(triples)), format="nt")
    assert set(RdflibTerms().triples(triples)) == set(parsed)
    assert (URIRef("http://a"), URIRef("http://b"), Literal(text)) in parsed


def test_the_term_cache_is_bounded_and_still_right():
    terms = RdflibTerms(size=2)
    values = [terms.term(literal(str(i))) for i in range(5)] + [terms.term(literal("0"))]
    assert [str(v) for v in values] == ["0", "1", "2", "3", "4", "0"]
    assert len(terms._cache) <= 2


def test_the_writer_skips_an_actor_only_while_the_graph_holds_it():
    kg = kgraph.KnowledgeGraph()
    a = next(iter(synthetic_edges(1, seed=1)))
    kg.add_edges([a])
    kg.rdf.remove((URIRef(a.source.id), None, None))  # edited behind kgraph's back
    kg.add_edges([a.replace(doc_id="other")])
    assert kg.actor(a.source.id).label == a.source.label


def test_rows_of_every_store_read_back_the_same_edges(tmp_path):
    edges = list(synthetic_edges(60, seed=4)) + kgraph.extract(
        "Zelenskyy did not meet Putin. Russia may condemn NATO.", doc_id="x", date="2024-10-22")
    memory = kgraph.KnowledgeGraph()
    memory.add_edges(edges)
    oxigraph = kgraph.KnowledgeGraph(store="oxigraph", path=tmp_path / "db")
    oxigraph.add_edges(edges)
    actors = {a.id: a for a in memory.actors()}
    from_graph = edges_from_rows(rows_from_graph(memory.rdf), dict(actors))
    from_table = edges_from_rows(oxigraph.backend.edge_table.rows(), dict(actors))
    assert from_graph == from_table == memory.edges() == oxigraph.edges()
    assert len(from_graph) == len(edges)
    oxigraph.close()


def test_one_builder_makes_the_event_graph_from_edges_or_rows():
    kg = kgraph.KnowledgeGraph()
    kg.add_edges(list(synthetic_edges(80, seed=9)))
    actors = {a.id: a for a in kg.actors()}
    rows = rows_from_graph(kg.rdf)
    for negated in (True, False):
        a = events_graph(kg.edges(), kg.vocabulary, include_negated=negated)
        b = networkx_from_rows(rows, actors, kg.vocabulary, include_negated=negated)
        assert list(a.nodes(data=True)) == list(b.nodes(data=True))
        assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))


def test_the_writer_mints_each_triple_once_per_serializer():
    edge = kgraph.extract("Russia condemned Ukraine.", doc_id="d")[0]
    triples: list[tuple[str, str, str]] = []
    TripleWriter().edge_triples(edge, triples)
    assert len(set(triples)) == len(triples)
    assert TripleWriter().edge(edge) == nt_lines(triples)


def test_query_text_scanning_skips_strings_iris_and_comments():
    q = "PREFIX ex: <http://x/where{> SELECT ?from WHERE { ?s ex:service \"FROM {\" } # LOAD {"
    assert [t for _at, t in tokens(q)] == ["PREFIX", "SELECT", "WHERE", "{", "}"]
    assert [w for w, _at in keywords(q)] == ["PREFIX", "SELECT", "WHERE"]
    assert with_bindings(q, {"s": URIRef("http://a")}).startswith(
        "PREFIX ex: <http://x/where{> SELECT ?from WHERE { VALUES (?s) { (<http://a>) }")
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    assert with_bindings(construct, {"s": URIRef("http://a")}) == (
        "CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?s) { (<http://a>) } ?s ?p ?o }")
