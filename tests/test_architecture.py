"""What the layering promises: the questions, views and exports work on any GraphLike, and each
kind of store reads and removes the same way (kgraph/storeview.py)."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest
from rdflib import URIRef

import kgraph
from kgraph.ids import KG, doc_iri
from kgraph.protocol import GraphLike


class OneDocument:
    """A GraphLike that is not a KnowledgeGraph: one document of a graph, read-only."""

    def __init__(self, kg: kgraph.KnowledgeGraph, doc_id: str) -> None:
        self.kg, self.doc_id = kg, doc_id
        self.vocabulary = kg.vocabulary

    @property
    def actor_dictionary(self) -> kgraph.ActorDictionary:
        return self.kg.actor_dictionary

    @property
    def rdf(self) -> Any:
        return self.kg.rdf

    def edges(self, **filters: Any) -> list[kgraph.Edge]:
        return self.kg.edges(**{**filters, "doc_id": self.doc_id})

    def documents(self) -> list[kgraph.Document]:
        return [d for d in self.kg.documents() if d.id == self.doc_id]

    def actor(self, name: str | kgraph.Actor) -> kgraph.Actor:
        return self.kg.actor(name)

    def actor_ids(self, name: str | kgraph.Actor) -> set[str]:
        return self.kg.actor_ids(name)

    def stats(self) -> dict[str, Any]:
        return {"edges": len(self.edges())}


@pytest.fixture(scope="module")
def two_documents() -> kgraph.KnowledgeGraph:
    kg = kgraph.KnowledgeGraph()
    kg.add_text("France condemned Russia. Ukraine condemned Russia.", doc_id="a", date="2024-03-01")
    kg.add_text("Germany condemned Russia. Russia met China.", doc_id="b", date="2024-04-01")
    return kg


def test_questions_views_and_exports_take_any_graphlike(two_documents):
    only_b = OneDocument(two_documents, "b")
    assert isinstance(only_b, GraphLike)
    assert kgraph.who(only_b, "condemns", "Moscow") == [("Germany", 1)]
    assert kgraph.who(two_documents, "condemns", "Moscow") == [("France", 1), ("Germany", 1),
                                                              ("Ukraine", 1)]
    assert [row.split(",")[0] for row in kgraph.to_csv(only_b).splitlines()[1:]] == ["Germany", "Russia"]
    G = kgraph.aggregated_graph(only_b)
    assert sorted(G.nodes[n]["label"] for n in G) == ["China", "Germany", "Russia"]
    events = kgraph.views.to_networkx(only_b)
    assert isinstance(events, nx.MultiDiGraph) and events.number_of_edges() == 2


@pytest.mark.parametrize("store", ["memory", "oxigraph"])
def test_removing_a_document_tolerates_an_event_without_negation(store):
    # an event written by another program without kg:negated counts as not asserted: the direct
    # triple it shares with the removed document goes too (the memory store used to crash here)
    kg = kgraph.KnowledgeGraph(store=store)
    kg.add_text("Chile condemned Peru.", doc_id="a")
    kg.add_text("Chile condemned Peru.", doc_id="b")
    (event,) = kg.rdf.subjects(KG.document, URIRef(doc_iri("b")))
    kg.rdf.remove((event, KG.negated, None))
    chile, peru = URIRef(kg.actor("Chile").id), URIRef(kg.actor("Peru").id)
    assert (chile, KG.condemns, peru) in kg.rdf
    assert kg.remove_document("a") == 1
    assert (chile, KG.condemns, peru) not in kg.rdf
    assert [d.id for d in kg.documents()] == ["b"] and len(kg) == 1
