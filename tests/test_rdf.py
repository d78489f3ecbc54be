"""RDF modeling, replacement of documents, and lossless save/load in every format."""

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

import kgraph
from kgraph.ids import KG

TEXT = ("Chile condemned Peru on Monday. Bolivia did not meet Chile. "
        "Argentina will visit Uruguay. Peru was criticized by Ecuador.")


@pytest.fixture()
def kg():
    g = kgraph.KnowledgeGraph()
    g.add_text(TEXT, doc_id="doc-1", date="2025-02-03", title="A <b>test</b> & more",
               url="https://example.org/a?b=1&c=2", outlet="Test Wire")
    return g


def test_event_nodes_carry_provenance(kg):
    rows = kg.sparql("""
        SELECT ?s ?t ?sent ?conf ?doc ?title ?cameo WHERE {
          ?ev a kg:Event ; kg:relation kg:condemns ; kg:source ?s ; kg:target ?t ;
              kg:sentence ?sent ; kg:confidence ?conf ; kg:document ?doc ; kg:cameo ?cameo ;
              kg:startOffset ?so ; kg:endOffset ?eo ; prov:wasDerivedFrom ?doc .
          ?doc dcterms:title ?title .
        }""")
    assert rows and rows[0]["title"] == "A <b>test</b> & more"
    assert {r["cameo"] for r in rows} >= {"11"}


def test_direct_triples_only_for_asserted_non_negated(kg):
    assert (URIRef(kg.actor("Chile").id), KG.condemns, URIRef(kg.actor("Peru").id)) in kg.rdf
    neg = kg.edges(relation="meets", negated=True)
    assert neg, "the negated meeting is stored as an event"
    assert (URIRef(neg[0].source.id), KG.meets, URIRef(neg[0].target.id)) not in kg.rdf
    planned = kg.edges(modality="planned")
    assert planned and (URIRef(planned[0].source.id), KG[planned[0].relation],
                        URIRef(planned[0].target.id)) not in kg.rdf
    ask = kg.sparql("ASK { ?a kg:meets ?b }")
    assert ask == [{"ask": False}]


def test_re_adding_a_document_replaces_it(kg):
    n = len(kg)
    triples = len(kg.rdf)
    kg.add_text(TEXT, doc_id="doc-1", date="2025-02-03", title="A <b>test</b> & more",
                url="https://example.org/a?b=1&c=2", outlet="Test Wire")
    assert len(kg) == n and len(kg.rdf) == triples
    kg.add_text("Chile praised Peru.", doc_id="doc-1")
    assert [e.relation for e in kg.edges()] == ["supports"]
    assert (None, KG.condemns, None) not in kg.rdf


def test_remove_document_keeps_triples_other_documents_support(kg):
    kg.add_text("Chile condemned Peru again.", doc_id="doc-2")
    chile, peru = URIRef(kg.actor("Chile").id), URIRef(kg.actor("Peru").id)
    assert kg.remove_document("doc-1") > 0
    assert (chile, KG.condemns, peru) in kg.rdf
    kg.remove_document("doc-2")
    assert len(kg) == 0 and (chile, KG.condemns, peru) not in kg.rdf


@pytest.mark.parametrize("ext", [".ttl", ".trig", ".nt", ".jsonld", ".nq", ".rdf"])
def test_save_load_round_trip_is_isomorphic(kg, tmp_path, ext):
    path = tmp_path / f"graph{ext}"
    kg.save(path)
    back = kgraph.load(path)
    assert isomorphic(back.rdf, kg.rdf)
    assert back.edges() == kg.edges()  # every field, including offsets, codes and confidence
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_seeds_round_trip(seeds_kg, tmp_path):
    seeds_kg.save(tmp_path / "s.ttl")
    assert isomorphic(kgraph.load(tmp_path / "s.ttl").rdf, seeds_kg.rdf)


def test_bad_files_give_clear_errors(tmp_path):
    with pytest.raises(kgraph.RDFParseError, match="no such file"):
        kgraph.load(tmp_path / "missing.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is < not turtle", encoding="utf-8")
    with pytest.raises(kgraph.RDFParseError, match="not valid turtle"):
        kgraph.load(bad)
    binary = tmp_path / "bin.ttl"
    binary.write_bytes(b"\x00\x01\x02garbage")
    with pytest.raises(kgraph.RDFParseError, match="binary"):
        kgraph.load(binary)
    js = tmp_path / "g.jsonld"
    js.write_text("{not json", encoding="utf-8")
    with pytest.raises(kgraph.RDFParseError):
        kgraph.load(js)
    with pytest.raises(kgraph.InputError, match="extension"):
        kgraph.load(tmp_path / "graph.docx")


def test_iris_contain_no_raw_text():
    g = kgraph.KnowledgeGraph()
    g.add_text("Ivan O'Brien-Müller <x> condemned Peru.", doc_id="weird id/ü <>")
    for s, p, o in g.rdf:
        for term in (s, p, o):
            if isinstance(term, URIRef):
                assert " " not in term and "<" not in term and "ü" not in term
    assert len(Graph().parse(data=g.rdf.serialize(format="nt"), format="nt")) == len(g.rdf)
