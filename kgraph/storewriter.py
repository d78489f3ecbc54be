"""The writing side of a store: documents and edges in as triples, a document out.

:class:`StoreWriter` is what :class:`~kgraph.KnowledgeGraph` writes through. It
mints triples with the one writer (:class:`kgraph.ntriples.TripleWriter`),
batches them and hands them to the store (:meth:`kgraph.stores.Store.add_triples`:
N-Triples lines for stores that load in bulk, rdflib terms for the in-memory
one), replaces a document whose id comes again, and removes a document with
:func:`remove_document`, the one removal, written in SPARQL so that it runs on
every store. The capability flags that change how a store is written (``remote``)
are read here and nowhere else.

A writer can also keep a :class:`~kgraph.events.Consolidator` up to date
(:attr:`StoreWriter.consolidator`): every mention written is handed to it as the
store will read it back (:func:`kgraph.rdf.written_edge`, from the row the edge
table gets), and every document removed is taken out of it, so that the events
of a graph built in this process never need its mentions read back.

Examples
--------
>>> from kgraph.stores import get_store
>>> from kgraph.storeview import view_of
>>> from kgraph.synthetic import synthetic_edges
>>> store = get_store("memory")
>>> writer = StoreWriter(store, view_of(store, flush=lambda: None))
>>> writer.add_edges(synthetic_edges(3, edges_per_doc=3))
>>> writer.has_document("synthetic-000000"), writer.remove_document("synthetic-000000")
(True, 3)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from rdflib import RDF, URIRef

from .bulk.rows import remove_document
from .errors import StoreError
from .ids import KG, doc_iri
from .model import Document, Edge
from .rdf import stored_actor, written_edge

if TYPE_CHECKING:
    from .events import Consolidator
    from .ntriples import EdgeRow, TripleWriter
    from .stores import Store
    from .storeview import StoreView
    from .terms import NTriple
    from .vocab import Vocabulary

__all__ = ["StoreWriter", "naming"]

class StoreWriter:
    """Batches the triples of documents and edges into one store.

    Parameters
    ----------
    store : Store
        Where the triples go.
    view : StoreView
        The store's reading side: told when the triples change, and asked for a
        :class:`~kgraph.ntriples.TripleWriter` that knows the stored actors.
    vocabulary : Vocabulary, optional
        The relation vocabulary (the shipped one when omitted).
    """

    def __init__(self, store: Store, view: StoreView, vocabulary: Vocabulary | None = None) -> None:
        self.store, self.view, self.vocabulary = store, view, vocabulary
        self._writer: TripleWriter | None = None
        self._pending: list[NTriple] = []
        self._rows: list[EdgeRow] = []
        self._pending_docs: set[str] = set()
        self._unflushed: list[str] = []  # remote stores: documents written since the last flush
        #: Told of every mention written and every document removed (None: nothing is told).
        self.consolidator: Consolidator | None = None

    @property
    def writer(self) -> TripleWriter:
        """The triple writer (created on first use, knowing the actors and documents stored)."""
        if self._writer is None:
            self._writer = self.view.triple_writer(self.vocabulary)
        return self._writer

    # -- writing ----------------------------------------------------------------------------
    def add_edges(self, edges: Iterable[Edge]) -> None:
        """Write edges to whatever their documents hold."""
        writer = self.writer
        written: list[Edge] = []
        for e in edges:
            if not isinstance(e, Edge):
                raise TypeError(f"add_edges takes Edge objects, not {type(e).__name__}")
            writer.edge_triples(e, self._pending, self._rows)
            self._as_read(e, written)
            self._send_full()
        self.send()
        if self.consolidator is not None:
            self.consolidator.add(written)
        self.view.changed()

    def _as_read(self, e: Edge, out: list[Edge]) -> None:
        """Append to ``out`` the edge just written as the store reads it back (for the consolidator)."""
        c = self.consolidator
        if c is not None:
            actors = c.actors
            for a in (e.source, e.target):
                if a.id not in actors:  # as the store will read it back, the edge's own when equal
                    stored = stored_actor(a)
                    actors[a.id] = a if stored == a else stored
            out.append(written_edge(self._rows[-1], actors, e))

    def replace_document(self, document: Document, edges: list[Edge]) -> None:
        """Write a document and its edges, replacing a stored document of that id.

        A store failure is raised naming the document being written. On a remote
        store the previous documents are flushed first, so an outage is reported
        against the document whose triples it cut off, and that document (written
        first, ``a kg:Document`` leading) is replaced whole when the ingest is run again.
        """
        try:
            if self.store.remote:
                self.flush()
            if self.has_document(document.id):
                self.remove_document(document.id)
            writer = self.writer
            if self.store.remote:
                self._unflushed.append(document.id)
            writer.document_triples(document, self._pending)
            written: list[Edge] = []
            for e in edges:
                writer.edge_triples(e, self._pending, self._rows)
                self._as_read(e, written)
            self._pending_docs.add(document.id)
            self._send_full()
        except StoreError as err:
            raise naming(err, [document.id]) from None
        if self.consolidator is not None:
            self.consolidator.add(written, [document])
        self.view.changed()

    def _send_full(self) -> None:
        if len(self._pending) >= self.store.batch_triples:
            self.send()

    def send(self) -> None:
        """Hand the pending triples to the store."""
        if self._pending:
            triples, self._pending = self._pending, []
            rows, self._rows = self._rows, []
            self._pending_docs.clear()
            self.store.add_triples(triples, rows)

    def flush(self) -> None:
        """Write pending batches and wait for the store (see :meth:`kgraph.KnowledgeGraph.flush`)."""
        try:
            self.send()
            self.store.flush()
        except StoreError as err:
            docs, self._unflushed = self._unflushed, []
            raise naming(err, docs) from None
        self._unflushed.clear()

    # -- documents --------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        """True if a document with this id is stored (or about to be)."""
        if doc_id in self._pending_docs:
            return True
        if self._writer is not None and not self.store.remote and \
                doc_iri(doc_id) not in self._writer.documents:
            return False  # a local store: every document in it is in the writer's set
        self.send()
        return self.store.contains((URIRef(doc_iri(doc_id)), RDF.type, KG.Document))

    def remove_document(self, doc_id: str) -> int:
        """Remove a document (see :func:`kgraph.bulk.rows.remove_document`); return the events removed."""
        self.flush()
        n, actors = remove_document(self.store, doc_id)
        if self.store.edge_table is not None:
            self.store.edge_table.remove_document(doc_id)
        if self._writer is not None:
            self._writer.forget(actors, [doc_iri(doc_id)])
        if self.consolidator is not None:
            self.consolidator.remove_document(doc_id)
        self.view.changed()
        return n


def naming(err: StoreError, doc_ids: list[str]) -> StoreError:
    """``err`` with the documents being written in its message (unchanged if it names them)."""
    if not doc_ids or err.message.startswith("while writing document"):
        return err
    named = ", ".join(dict.fromkeys(doc_ids))
    return StoreError(f"while writing document{'s' if len(set(doc_ids)) > 1 else ''} {named}: {err.message}")
