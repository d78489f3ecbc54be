"""Wrong input is a kgraph error or a TypeError that names the parameter (issue 13.4 and 13.5)."""

from __future__ import annotations

import pytest
from rdflib import Literal

import kgraph
from kgraph.cli import main


@pytest.fixture(scope="module")
def kg():
    graph = kgraph.KnowledgeGraph()
    graph.add_text("Russia condemned Ukraine.", doc_id="d", title="T")
    return graph


# -- 13.4: errors that were not kgraph's ------------------------------------------------------------------
@pytest.mark.parametrize("command", ["stats", "html", "query"])
def test_an_ill_typed_literal_is_an_rdf_error_without_a_traceback(tmp_path, capsys, command):
    p = tmp_path / "ill.ttl"
    p.write_text('@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n'
                 '<http://e.org/s> <http://e.org/p> "abc"^^xsd:integer .\n', encoding="utf-8")
    argv = [command, str(p)] + (["-o", str(tmp_path / "g.html")] if command == "html" else [])
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "ill.ttl, line 2" in err and "'abc'" in err
    with pytest.raises(kgraph.RDFParseError, match="line 2"):
        kgraph.load(p)


@pytest.mark.parametrize("value", ["-1", "0", "x"])
@pytest.mark.parametrize("option", ["--batch-size", "--n-process"])
def test_batch_size_and_n_process_must_be_positive(tmp_path, capsys, option, value):
    (tmp_path / "a.txt").write_text("Russia condemned Ukraine.", encoding="utf-8")
    assert main(["extract", str(tmp_path), "-o", str(tmp_path / "g.ttl"), option, value]) == 2
    err = capsys.readouterr().err
    assert option in err and ("at least 1" in err or "whole number" in err)
    assert not (tmp_path / "g.ttl").exists()


@pytest.mark.parametrize("kwargs", [{"batch_size": 0}, {"n_process": 0}, {"batch_size": -1}])
def test_add_documents_refuses_non_positive_batches(kwargs):
    kg = kgraph.KnowledgeGraph()
    with pytest.raises(kgraph.InputError, match="at least 1"):
        kg.add_documents([{"text": "Russia condemned Ukraine."}], progress=False, **kwargs)


def test_to_html_checks_its_arguments(kg, tmp_path):
    with pytest.raises(TypeError, match=r"^edges must hold Edge objects, not NoneType"):
        kg.to_html(tmp_path / "a.html", edges=[None])
    with pytest.raises(TypeError, match=r"^path must be str or Path, not int"):
        kg.to_html(5)
    assert not list(tmp_path.iterdir())


def test_remove_document_and_min_confidence_name_their_parameter(kg):
    with pytest.raises(TypeError, match=r"^doc_id must be str, not int"):
        kg.remove_document(5)
    with pytest.raises(TypeError, match=r"^min_confidence must be a number, not str"):
        kg.edges(min_confidence="x")
    assert len(kg.edges(min_confidence=0)) == 1


# -- 13.5: wrong types are not stored as text ---------------------------------------------------------------
@pytest.mark.parametrize("field,value", [("title", b"x"), ("url", ["u"]), ("outlet", {"x": 1}), ("title", 3)])
def test_add_text_refuses_metadata_that_is_not_text(field, value):
    kg = kgraph.KnowledgeGraph()
    with pytest.raises(TypeError, match=rf"^{field} must be str or None, not {type(value).__name__}"):
        kg.add_text("Russia condemned Ukraine.", doc_id="d", **{field: value})
    assert kg.documents() == [] and len(kg.rdf) == 0


def test_edges_filters_of_the_wrong_type_are_type_errors(kg):
    with pytest.raises(TypeError, match=r"^negated must be bool or None, not str"):
        kg.edges(negated="yes")
    with pytest.raises(TypeError, match=r"^doc_id must be str or None, not int"):
        kg.edges(doc_id=5)
    assert len(kg.edges(negated=False)) == 1 and len(kg.edges(doc_id="d")) == 1


@pytest.fixture
def any_kg(one_edge_kg):
    return one_edge_kg


@pytest.mark.parametrize("name", ["s } UNION { ?s ?p ?o", "s)", "1s", "", "s p", "?s"])
def test_binding_names_must_be_variable_names_on_every_store(any_kg, name):
    with pytest.raises(kgraph.InputError, match="binding name"):
        any_kg.sparql("SELECT ?e WHERE { ?e kg:sentence ?s }", **{name: Literal("s")})


def test_a_binding_for_no_variable_of_the_query_is_refused_on_every_store(any_kg):
    with pytest.raises(kgraph.InputError, match="names no variable"):
        any_kg.sparql("SELECT ?e WHERE { ?e kg:sentence ?s }", sentence=Literal("s"))
    assert len(any_kg.sparql("SELECT ?e WHERE { ?e kg:sentence ?s }", s=Literal("s"))) == 1
