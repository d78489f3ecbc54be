"""The same KnowledgeGraph API and answers on every store: memory, oxigraph, sparql (Virtuoso)."""

from __future__ import annotations

import itertools
from collections import defaultdict

import networkx as nx
import pytest
from rdflib import Graph, Literal, URIRef

import kgraph
from kgraph.ids import KG
from kgraph.model import Document
from kgraph.stores import available_stores, get_store, register_store, store_class
from kgraph.stores.memory import MemoryStore
from kgraph.stores.ntriples import TripleWriter
from kgraph.synthetic import synthetic_edges

from .virtuoso import shared_server

STORES = ["memory", "oxigraph", "sparql"]
_graphs = itertools.count()


@pytest.fixture
def make_kg(request, tmp_path):
    """Return a function opening a fresh, empty KnowledgeGraph on the requested store."""
    opened = []

    def make(store: str, **options) -> kgraph.KnowledgeGraph:
        if store == "oxigraph":
            options.setdefault("path", tmp_path / f"ox{len(opened)}")
        elif store == "sparql":
            server = shared_server()
            if isinstance(server, str):
                pytest.skip(server)
            options.setdefault("endpoint", server.endpoint)
            options.setdefault("graph", f"https://example.org/test/{request.node.name}/{next(_graphs)}")
        kg = kgraph.KnowledgeGraph(store=store, **options)
        if store == "sparql":
            kg.backend.clear()
        opened.append(kg)
        return kg

    yield make
    for kg in opened:
        try:
            if kg.store == "sparql":
                kg.backend.clear()
            kg.close()
        except kgraph.KgraphError:
            pass


def _copy(source: kgraph.KnowledgeGraph, target: kgraph.KnowledgeGraph) -> kgraph.KnowledgeGraph:
    by_doc = defaultdict(list)
    for e in source.edges():
        by_doc[e.doc_id].append(e)
    for doc in source.documents():
        target.add_edges(by_doc.get(doc.id, []), document=doc)
    return target


def _triples(g: Graph) -> set:
    """Triples with literals by value: stores may write 0.600 as 0.6, the same xsd:decimal."""
    return {(s, p, (o.datatype, o.toPython()) if isinstance(o, Literal) else o) for s, p, o in g}


def _nx_equal(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> bool:
    def edges(g: nx.MultiDiGraph) -> list:
        return sorted(g.edges(keys=True, data=True), key=repr)

    return dict(a.nodes(data=True)) == dict(b.nodes(data=True)) and edges(a) == edges(b)


@pytest.mark.parametrize("store", STORES)
def test_every_store_gives_the_memory_answers(store, make_kg, seeds_kg, tmp_path):
    kg = _copy(seeds_kg, make_kg(store))
    assert kg.store == store
    assert kg.edges() == seeds_kg.edges()
    assert kg.documents() == seeds_kg.documents()
    assert kg.actors() == seeds_kg.actors()
    assert len(kg) == len(seeds_kg) > 40
    mine, ref = kg.stats(), seeds_kg.stats()
    assert mine == ref and mine["triples"] == len(seeds_kg.rdf)
    for filters in ({"source": "Kremlin", "relation": "meets"}, {"target": "Ukraine"},
                    {"relation": "condemns", "since": "2022-01-01"}, {"negated": True},
                    {"doc_id": seeds_kg.documents()[0].id}, {"source": "Atlantis"}):
        assert kg.edges(**filters) == seeds_kg.edges(**filters), filters
    q = "SELECT ?s ?t WHERE { ?s kg:condemns ?t } ORDER BY ?s ?t"
    assert kg.sparql(q) == seeds_kg.sparql(q)
    russia = seeds_kg.actor("Russia")
    q = "SELECT ?t WHERE { ?s kg:requests ?t } ORDER BY ?t"  # stores order rows differently
    assert kg.sparql(q, s=russia) == seeds_kg.sparql(q, s=russia)
    assert len(seeds_kg.sparql(q, s=russia)) >= 1
    assert kg.sparql("ASK { ?s kg:meets ?t }") == [{"ask": True}]
    assert _nx_equal(kg.to_networkx(), seeds_kg.to_networkx())
    assert _nx_equal(kg.to_networkx(include_negated=False), seeds_kg.to_networkx(include_negated=False))
    out = kg.save(tmp_path / "copy.ttl")
    assert _triples(kgraph.load(out).rdf) == _triples(seeds_kg.rdf)


@pytest.mark.parametrize("store", STORES)
def test_hostile_bindings_and_bad_queries(store, make_kg):
    kg = make_kg(store)
    kg.add_edges(list(synthetic_edges(20, seed=4)))
    hostile = 'x" } ; DROP ALL ; SELECT * { ?a ?b "y'
    assert kg.sparql("SELECT ?s WHERE { ?s rdfs:label ?l }", l=hostile) == []
    assert len(kg) == 20
    with pytest.raises(kgraph.InputError, match="SPARQL"):
        kg.sparql("SELECT WHERE {")


@pytest.mark.parametrize("store", STORES)
def test_readding_a_document_replaces_it(store, make_kg):
    kg = make_kg(store)
    edges = list(synthetic_edges(30, seed=2, edges_per_doc=10))
    docs = {d.id: d for d in kgraph.synthetic.synthetic_documents(30)}
    for doc_id in docs:
        kg.add_edges([e for e in edges if e.doc_id == doc_id], document=docs[doc_id])
    triples = len(kg.backend)
    first = [e for e in edges if e.doc_id == "synthetic-000001"]
    kg.add_edges(first, document=docs["synthetic-000001"])
    assert len(kg) == 30 and len(kg.backend) == triples
    kg.add_edges(first[:2], document=docs["synthetic-000001"])
    assert len(kg) == 22
    assert [e.sentence for e in kg.edges(doc_id="synthetic-000001")] == [e.sentence for e in first[:2]]


@pytest.mark.parametrize("store", STORES)
def test_remove_document_takes_its_triples_and_orphans(store, make_kg):
    kg = make_kg(store)
    a = kgraph.extract("Chile condemned Peru. Chile met Bolivia.", doc_id="a")
    b = kgraph.extract("Chile condemned Peru again.", doc_id="b")
    kg.add_edges(a, document=Document("a", title="A"))
    kg.add_edges(b, document=Document("b"))
    chile, peru, bolivia = (URIRef(kg.actor(x).id) for x in ("Chile", "Peru", "Bolivia"))
    assert kg.remove_document("a") == 2
    assert [d.id for d in kg.documents()] == ["b"]
    assert {a.label for a in kg.actors()} == {"Chile", "Peru"}
    assert kg.backend.contains((chile, KG.condemns, peru))  # still supported by b
    assert not kg.backend.contains((chile, KG.meets, bolivia))
    assert not kg.backend.contains((bolivia, None, None))
    assert kg.remove_document("b") == 1 and len(kg) == 0 and kg.actors() == []
    assert len(kg.backend) == 0
    assert kg.remove_document("never-added") == 0


@pytest.mark.parametrize("store", STORES)
def test_kg_rdf_is_an_rdflib_graph_on_every_store(store, make_kg):
    kg = make_kg(store)
    kg.add_edges(kgraph.extract("Chile condemned Peru.", doc_id="a"))
    assert isinstance(kg.rdf, Graph)
    chile, peru = URIRef(kg.actor("Chile").id), URIRef(kg.actor("Peru").id)
    assert (chile, KG.condemns, peru) in kg.rdf
    assert len(kg.rdf) == len(kg.backend)


def test_oxigraph_store_reopens_without_reextracting(tmp_path):
    path = tmp_path / "store"
    with kgraph.KnowledgeGraph(store="oxigraph", path=path) as kg:
        kg.add_documents([{"id": "a", "text": "Russia vetoed the resolution drafted by France."}],
                         progress=False)
        before = kg.edges()
    again = kgraph.KnowledgeGraph(store="oxigraph", path=path)
    assert again.edges() == before and again._extractor is None
    assert [e.relation for e in again.edges(source="Moscow", relation="rejects")] == ["vetoes"]
    with pytest.raises(kgraph.StoreError, match="another KnowledgeGraph or process"):
        kgraph.KnowledgeGraph(store="oxigraph", path=path)
    again.close()
    with pytest.raises(kgraph.StoreError, match="closed"):
        again.backend.add_lines(['<http://a> <http://b> "c" .'])
    ro = kgraph.KnowledgeGraph(store="oxigraph", path=path, read_only=True)
    assert len(ro) == 1
    with pytest.raises(kgraph.StoreError, match="read-only"):
        ro.add_edges(before)
    ro.close()


def test_oxigraph_bulk_batches_in_the_background(tmp_path):
    kg = kgraph.KnowledgeGraph(store="oxigraph", path=tmp_path / "s", batch_triples=300)
    edges = list(synthetic_edges(400, seed=9))
    kg.add_edges(edges)
    ref = kgraph.KnowledgeGraph()
    ref.add_edges(edges)
    assert len(kg.backend) == len(ref.rdf) and kg.edges() == ref.edges()
    kg.close()


def test_writer_mints_the_triples_of_the_rdf_module():
    """The fast N-Triples path and kgraph.rdf.add_edge give the same graph."""
    edges = list(synthetic_edges(300, seed=5)) + kgraph.extract(
        "The Russian president met the Chinese foreign minister. Zelenskyy did not meet Putin.",
        doc_id="x", date="2024-10-22")
    assert any(e.source.affiliations or e.target.affiliations for e in edges)
    ref = kgraph.KnowledgeGraph()
    ref.add_edges([e.replace(confidence=0.1234567) for e in edges[:3]] + edges[3:])
    fast = MemoryStore()
    writer = TripleWriter()
    lines: list[str] = []
    for e in [e.replace(confidence=0.1234567) for e in edges[:3]] + edges[3:]:
        writer.edge(e, lines)
    fast.add_lines(lines)
    assert set(fast.graph) == set(ref.rdf)


def test_registry_is_keyed_by_name_with_capabilities():
    assert available_stores() == ["memory", "oxigraph", "sparql"]
    caps = {n: (store_class(n).persistent, store_class(n).remote, store_class(n).native_sparql)
            for n in available_stores()}
    assert caps == {"memory": (False, False, False), "oxigraph": (True, False, True),
                    "sparql": (True, True, True)}

    class Mine(MemoryStore):
        name = "mine"

    register_store("mine", Mine)
    try:
        kg = kgraph.KnowledgeGraph(store="mine")
        assert kg.store == "mine" and isinstance(kg.backend, Mine)
    finally:
        from kgraph.stores import _REGISTRY

        _REGISTRY.pop("mine")
    with pytest.raises(kgraph.InputError, match="unknown store 'nope'; available: memory, oxigraph"):
        kgraph.KnowledgeGraph(store="nope")
    with pytest.raises(kgraph.InputError, match="unexpected keyword"):
        get_store("memory", path="x")
    with pytest.raises(kgraph.InputError, match="http"):
        kgraph.KnowledgeGraph(store="sparql", endpoint="localhost:8890")


def test_unreachable_endpoint_is_a_store_error():
    kg = kgraph.KnowledgeGraph(store="sparql", endpoint="http://127.0.0.1:9/sparql", timeout=5)
    with pytest.raises(kgraph.StoreError, match="cannot reach SPARQL endpoint"):
        len(kg)


def test_load_into_a_persistent_store(tmp_path, seeds_kg):
    saved = seeds_kg.save(tmp_path / "seeds.nt")
    kg = kgraph.load(saved, store="oxigraph", store_path=tmp_path / "db")
    assert kg.edges() == seeds_kg.edges()
    for ext in (".ttl", ".nq", ".jsonld"):
        out = kg.save(tmp_path / f"back{ext}")
        assert _triples(kgraph.load(out).rdf) == _triples(seeds_kg.rdf), ext
    kg.close()


def test_edge_table_mirrors_the_rdf_and_heals(tmp_path):
    from kgraph.bulk.rows import edge_rows, edges_from_rows

    path = tmp_path / "db"
    kg = kgraph.KnowledgeGraph(store="oxigraph", path=path)
    kg.add_edges(list(synthetic_edges(50, seed=3)))
    table = kg.backend.edge_table
    actors = kg._actors_table()
    assert table.count() == 50
    assert edges_from_rows(table.rows(), actors) == edges_from_rows(edge_rows(kg.backend), actors)
    kg.remove_document("synthetic-000000")
    assert table.count() == len(kg) == 40
    # events written behind kgraph's back, through rdflib, are read from the RDF and the table rebuilt
    other = kgraph.KnowledgeGraph()
    other.add_edges(list(synthetic_edges(5, seed=8, edges_per_doc=5))[:5])
    kg.rdf.addN((s, p, o, kg.rdf) for s, p, o in other.rdf)
    assert len(kg.edges()) == 45 and table.count() == 45
    assert kg.to_networkx().number_of_edges() == 45
    kg.close()
    again = kgraph.KnowledgeGraph(store="oxigraph", path=path)
    assert again.backend.edge_table.count() == 45  # kept on disk beside the triples
    assert (path / "rdf").is_dir() and (path / "edges.sqlite").is_file()
    again.close()
