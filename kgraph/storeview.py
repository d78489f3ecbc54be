"""A store seen as edges, documents and actors: the reading side of :class:`~kgraph.KnowledgeGraph`.

Stores hold triples (:mod:`kgraph.stores`); a :class:`StoreView` reads them back as
model objects. There are two, chosen once by the store's ``native_sparql`` flag:

* :class:`RdflibView` walks an rdflib :class:`~rdflib.Graph` directly (the
  ``"memory"`` store), where a triple lookup is a dict access and SPARQL would
  be slow;
* :class:`SparqlView` reads with a few bulk SPARQL queries, or from the store's
  edge table when it agrees with the RDF (Oxigraph, SPARQL endpoints), and
  pushes relation, actor and document filters into the query.

Both answer the same, which ``tests/test_stores.py`` checks on every store.

Examples
--------
>>> from kgraph.stores import get_store
>>> from kgraph.synthetic import synthetic_edges
>>> from kgraph.rdf import add_edge
>>> store = get_store("memory")
>>> for e in synthetic_edges(3):
...     _ = add_edge(store.graph, e)
>>> view = view_of(store, flush=lambda: None)
>>> type(view).__name__, view.count(), len(view.all_edges())
('RdflibView', 3, 3)
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from . import rdf as _rdf
from .ids import KG
from .model import Actor, Document, Edge
from .ntriples import TripleWriter

if TYPE_CHECKING:
    import networkx as nx

    from .stores import Store
    from .vocab import Vocabulary

__all__ = ["RdflibView", "SparqlView", "StoreView", "view_of"]

_PREFIXES = {k: str(v) for k, v in _rdf.PREFIXES.items()}


def view_of(store: Store, flush: Callable[[], None]) -> StoreView:
    """The view that reads ``store`` best; ``flush`` writes pending triples before a read."""
    return SparqlView(store, flush) if store.native_sparql else RdflibView(store, flush)


class StoreView(ABC):
    """Edges, documents and actors of one store (cached until :meth:`changed`)."""

    def __init__(self, store: Store, flush: Callable[[], None]) -> None:
        self.store = store
        self.flush = flush

    @abstractmethod
    def changed(self) -> None:
        """Forget what was cached: the store's triples changed."""

    @abstractmethod
    def count(self) -> int:
        """The number of events."""

    @abstractmethod
    def all_edges(self) -> list[Edge]:
        """Every stored edge, sorted."""

    def candidates(self, rels: set[str] | None, src_ids: set[str] | None, tgt_ids: set[str] | None,
                   doc_id: str | None) -> list[Edge]:
        """Edges that may match these filters (a superset; the caller filters them exactly)."""
        return self.all_edges()

    @abstractmethod
    def documents(self) -> list[Document]:
        """The stored documents, ordered by id."""

    @abstractmethod
    def actors(self) -> list[Actor]:
        """The stored actors, by label."""

    @abstractmethod
    def actor(self, iri: str) -> Actor:
        """The stored actor with this IRI."""

    @abstractmethod
    def actor_ids(self, name: str) -> set[str]:
        """The IRIs of the stored actors with this IRI, label or alias (case-insensitive)."""

    @abstractmethod
    def stats(self) -> dict[str, Any]:
        """Counts: documents, actors, events, asserted events, triples and events per relation."""

    def networkx(self, vocabulary: Vocabulary, include_negated: bool) -> nx.MultiDiGraph | None:
        """The :func:`kgraph.views.to_networkx` graph built straight from the store, or None
        when the view has no faster way than building it from the edges."""
        return None

    def prepare(self) -> None:  # noqa: B027 - a real default: most stores need nothing
        """Make the store ready to be read and written by kgraph (after opening or loading it)."""

    def triple_writer(self, vocabulary: Vocabulary | None) -> TripleWriter:
        """A :class:`~kgraph.ntriples.TripleWriter` that skips the actors and documents stored."""
        from .bulk.rows import _P

        actors = [a for (a,) in self.store.select("SELECT ?a WHERE { ?a a kg:Actor }", _P) if a]
        docs = [d for (d,) in self.store.select("SELECT ?d WHERE { ?d a kg:Document }", _P) if d]
        return TripleWriter(vocabulary, actors, docs)


class RdflibView(StoreView):
    """Reads an rdflib graph triple by triple (the ``"memory"`` store)."""

    def __init__(self, store: Store, flush: Callable[[], None]) -> None:
        super().__init__(store, flush)
        self._edges: list[Edge] | None = None

    def changed(self) -> None:
        self._edges = None

    @property
    def _g(self) -> Graph:
        """The graph, holding every pending write."""
        self.flush()
        return self.store.graph

    def count(self) -> int:
        return sum(1 for _ in _rdf.event_nodes(self._g))

    def all_edges(self) -> list[Edge]:
        if self._edges is None:
            self._edges = _rdf.edges_from_graph(self._g)
        return self._edges

    def documents(self) -> list[Document]:
        g = self._g
        docs = [_rdf.document_from_graph(g, d) for d in g.subjects(RDF.type, KG.Document)]
        return sorted(docs, key=lambda d: d.id)

    def actors(self) -> list[Actor]:
        g = self._g
        nodes = set(g.subjects(RDF.type, KG.Actor))
        return sorted((_rdf.actor_from_graph(g, n) for n in nodes), key=lambda a: a.label)

    def actor(self, iri: str) -> Actor:
        return _rdf.actor_from_graph(self._g, URIRef(iri))

    def actor_ids(self, name: str) -> set[str]:
        g = self._g
        if name.startswith(("http://", "https://")) and (URIRef(name), RDF.type, KG.Actor) in g:
            return {name}  # only IRIs are tried as IRIs (rdflib warns about any other string)
        low = name.strip().lower()
        out = set()
        for pred in (RDFS.label, SKOS.altLabel):
            for s, o in g.subject_objects(pred):
                if isinstance(o, Literal) and str(o).lower() == low and (s, RDF.type, KG.Actor) in g:
                    out.add(str(s))
        return out

    def stats(self) -> dict[str, Any]:
        edges = self.all_edges()
        return {
            "documents": len(self.documents()),
            "actors": len(set(self._g.subjects(RDF.type, KG.Actor))),
            "edges": len(edges),
            "asserted": sum(1 for e in edges if e.asserted),
            "triples": len(self.store),
            "relations": dict(Counter(e.relation for e in edges).most_common()),
        }

    def prepare(self) -> None:
        """Bind kgraph's prefixes on the graph (a file loaded into it may have bound others)."""
        _rdf.bind_prefixes(self.store.graph)

    def triple_writer(self, vocabulary: Vocabulary | None) -> TripleWriter:
        """A writer that asks the graph itself whether an actor or document is stored."""
        return _rdf.graph_writer(self.store.graph, vocabulary)


class SparqlView(StoreView):
    """Reads a SPARQL-native store in bulk: rows of events, then edges (Oxigraph, endpoints)."""

    def __init__(self, store: Store, flush: Callable[[], None]) -> None:
        super().__init__(store, flush)
        self._actors: dict[str, Actor] | None = None

    def changed(self) -> None:
        self._actors = None

    def count(self) -> int:
        self.flush()
        rows = list(self.store.select("SELECT (COUNT(?e) AS ?n) WHERE { ?e a kg:Event }", _PREFIXES))
        return int(rows[0][0] or 0) if rows else 0

    def _actor_table(self) -> dict[str, Actor]:
        if self._actors is None:
            from .bulk.rows import read_actors

            self.flush()
            self._actors = read_actors(self.store)
        return self._actors

    def _table_valid(self) -> bool:
        """True when the store's edge table holds a row for every event of the RDF."""
        table = self.store.edge_table
        return table is not None and table.count() == self.count()

    def _rows(self) -> list[tuple[str | None, ...]]:
        """Every event row: from the store's edge table when it agrees with the RDF, else from the RDF."""
        from .bulk.rows import edge_rows, gc_paused

        self.flush()
        table = self.store.edge_table
        if table is None:
            return edge_rows(self.store)
        if table.count() == self.count():
            with gc_paused():
                return table.rows()
        rows = edge_rows(self.store)
        table.replace_all(rows)
        return rows

    def all_edges(self) -> list[Edge]:
        from .bulk.rows import edges_from_rows

        return edges_from_rows(self._rows(), dict(self._actor_table()))

    def candidates(self, rels: set[str] | None, src_ids: set[str] | None, tgt_ids: set[str] | None,
                   doc_id: str | None) -> list[Edge]:
        """The edges selected in the query itself by relation, actors and document."""
        from .bulk.rows import (
            document_where,
            edges_from_rows,
            event_iris,
            rows_for_events,
            values_where,
        )

        if any(ids is not None and not ids for ids in (rels, src_ids, tgt_ids)):
            return []
        where = ""
        if rels is not None:
            where += values_where("rel", {str(KG[r]) for r in rels})
        if src_ids is not None:
            where += values_where("src", src_ids)
        if tgt_ids is not None:
            where += values_where("tgt", tgt_ids)
        if doc_id is not None:
            where += document_where(doc_id)
        if not where:
            return self.all_edges()
        self.flush()
        events = event_iris(self.store, where)
        table = self.store.edge_table
        if table is not None and self._table_valid():
            rows = table.rows_for(events)
        else:
            rows = rows_for_events(self.store, events)
        return edges_from_rows(rows, dict(self._actor_table()))

    def documents(self) -> list[Document]:
        from .bulk.rows import read_documents

        self.flush()
        return read_documents(self.store)

    def actors(self) -> list[Actor]:
        return sorted(self._actor_table().values(), key=lambda a: a.label)

    def actor(self, iri: str) -> Actor:
        return self._actor_table()[iri]

    def actor_ids(self, name: str) -> set[str]:
        table = self._actor_table()
        if name in table:
            return {name}
        low = name.strip().lower()
        return {a.id for a in table.values()
                if a.label.lower() == low or any(x.lower() == low for x in a.aliases)}

    def stats(self) -> dict[str, Any]:
        from .bulk.fastviews import store_stats

        self.flush()
        return store_stats(self.store, self._table_valid())

    def networkx(self, vocabulary: Vocabulary, include_negated: bool) -> nx.MultiDiGraph:
        from .bulk.fastviews import networkx_from_rows

        return networkx_from_rows(self._rows(), self._actor_table(), vocabulary,
                                  include_negated=include_negated)
