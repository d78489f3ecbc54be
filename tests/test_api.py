"""The public API: one sorted __all__, every name importable, the DESIGN.md names present."""

import types

import kgraph


def _isort_key(name):
    kind = 0 if name.isupper() else 1 if name[0].isupper() else 2
    return kind, name


def test_all_is_sorted_and_complete():
    assert kgraph.__all__ == sorted(kgraph.__all__, key=_isort_key)
    assert len(set(kgraph.__all__)) == len(kgraph.__all__)
    for name in kgraph.__all__:
        assert getattr(kgraph, name) is not None, name
    public = {n for n, v in vars(kgraph).items()
              if not n.startswith("_") and not isinstance(v, types.ModuleType)}
    assert public == set(kgraph.__all__)


def test_design_contract_names():
    for name in ("extract", "Edge", "Event", "consolidate", "Actor", "KnowledgeGraph", "load"):
        assert name in kgraph.__all__
    kg = kgraph.KnowledgeGraph()
    for method in ("add_text", "add_documents", "edges", "events", "sparql", "save", "to_networkx",
                   "to_html", "show"):
        assert callable(getattr(kg, method)), method
    assert kg.rdf is not None


def test_edge_has_every_field():
    e = kgraph.extract("Ukraine condemned Russia on Tuesday.", doc_id="doc-7", date="2025-05-27")[0]
    assert e.source.id.startswith("https://") and e.source.label == "Ukraine"
    assert e.target.label == "Russia" and e.target.kind == "state"
    assert isinstance(e.target.aliases, tuple)
    assert e.relation == "condemns" and e.negated is False and e.modality == "asserted"
    assert e.source_text == "Ukraine" and e.target_text == "Russia"
    assert e.sentence == "Ukraine condemned Russia on Tuesday."
    assert (e.doc_id, e.start, e.end, e.date) == ("doc-7", 0, len(e.sentence), "2025-05-27")
    assert 0 < e.confidence <= 1
