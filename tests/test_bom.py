"""A UTF-8 byte-order mark at the start of a text or an RDF file changes nothing (issue 13.6)."""

from __future__ import annotations

import pytest

import kgraph

TEXT = "Russia condemned Ukraine."


def test_a_text_that_starts_with_a_bom_gives_the_same_edges_at_the_same_offsets():
    plain = kgraph.extract(TEXT, doc_id="d")
    marked = kgraph.extract("\ufeff" + TEXT, doc_id="d")
    assert len(plain) == 1
    assert [(e.relation, e.source.id, e.target.id) for e in marked] == \
        [(e.relation, e.source.id, e.target.id) for e in plain]
    e = marked[0]
    assert ("\ufeff" + TEXT)[e.start:e.end] == e.sentence == TEXT  # offsets point into the text given


def test_a_text_file_that_starts_with_a_bom_is_read(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + TEXT.encode())
    kg = kgraph.KnowledgeGraph()
    assert len(kg.add_documents([tmp_path / "a.txt"], progress=False)) == 1


@pytest.mark.parametrize("store", ["memory", "oxigraph"])
@pytest.mark.parametrize("ext", [".ttl", ".nt", ".trig", ".nq", ".jsonld", ".rdf"])
def test_an_rdf_file_that_starts_with_a_bom_loads(tmp_path, store, ext):
    kg = kgraph.KnowledgeGraph()
    kg.add_text(TEXT, doc_id="d")
    plain = kg.save(tmp_path / f"g{ext}")
    marked = tmp_path / f"bom{ext}"
    marked.write_bytes(b"\xef\xbb\xbf" + plain.read_bytes())
    try:
        kgraph.KnowledgeGraph(store=store).close()
    except kgraph.KgraphError as err:
        pytest.skip(f"no {store} store here: {err}")
    loaded = kgraph.load(marked, store=store)
    assert len(loaded.edges()) == 1 and len(loaded.rdf) == len(kgraph.load(plain).rdf)
