"""What queries, analysis, views, exports and the page need of a graph: :class:`GraphLike`.

The modules above the stores (:mod:`kgraph.query`, :mod:`kgraph.analysis`,
:mod:`kgraph.views`, :mod:`kgraph.export`, :mod:`kgraph.html`, :mod:`kgraph.report`,
:mod:`kgraph.table`) take any object with these members, not a
:class:`~kgraph.KnowledgeGraph`, so they never import :mod:`kgraph.graph`; the
knowledge graph, which sits above them, offers them as methods. Anything that
answers these calls (a filtered or a remote graph, a test double) can be queried,
analysed, drawn and exported the same way.

Examples
--------
>>> import kgraph
>>> isinstance(kgraph.KnowledgeGraph(), GraphLike)
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from rdflib import Graph

    from .actors import ActorDictionary
    from .model import Actor, Document, Edge
    from .vocab import Vocabulary

__all__ = ["GraphLike"]


@runtime_checkable
class GraphLike(Protocol):
    """Edges, documents, the vocabulary and actor resolution of a knowledge graph."""

    #: The relation vocabulary of the edges.
    vocabulary: Vocabulary

    @property
    def actor_dictionary(self) -> ActorDictionary:
        """The actor dictionary that names not stored in the graph are looked up in."""
        ...

    @property
    def rdf(self) -> Graph:
        """The triples as an rdflib graph (JSON-LD export and SHACL validation)."""
        ...

    def edges(self, source: str | Actor | None = None, relation: str | None = None,
              target: str | Actor | None = None, since: str | None = None,
              until: str | None = None, modality: str | None = None,
              negated: bool | None = None, doc_id: str | None = None,
              min_confidence: float = 0.0, subrelations: bool = True) -> list[Edge]:
        """The stored edges matching every filter (see :meth:`kgraph.KnowledgeGraph.edges`)."""
        ...

    def documents(self) -> list[Document]:
        """The stored documents, ordered by id."""
        ...

    def actor(self, name: str | Actor) -> Actor:
        """The stored actor with this IRI, label or alias; :class:`~kgraph.InputError` if none."""
        ...

    def actor_ids(self, name: str | Actor) -> set[str]:
        """The IRIs ``name`` denotes: stored actors with that IRI, label or alias, else the
        dictionary's actor of that name; empty when it denotes none."""
        ...

    def stats(self) -> dict[str, Any]:
        """Counts of documents, actors, events, triples and edges per relation."""
        ...
