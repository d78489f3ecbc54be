"""The default store: rdflib's in-memory :class:`~rdflib.Graph`.

A plain Graph, not a Dataset: rdflib's in-memory Dataset is very slow with
many named graphs (see docs/rdf-model.md), so documents are not named graphs here.

Examples
--------
>>> from rdflib import URIRef
>>> from kgraph.stores.memory import MemoryStore
>>> s = MemoryStore()
>>> s.add_lines(['<http://a> <http://b> "c" .'])
>>> len(s), s.contains((URIRef("http://a"), URIRef("http://b"), None))
(1, True)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from rdflib import Graph

from ..io import parse_rdf, serialize_rdf
from ..terms import NTriple, RdflibTerms
from .base import QueryResult, Store, Triple

if TYPE_CHECKING:
    from rdflib.term import Identifier, Node

__all__ = ["MemoryStore"]


class MemoryStore(Store):
    """Triples in an rdflib :class:`~rdflib.Graph` in this process.

    Parameters
    ----------
    graph : rdflib.Graph, optional
        Use this graph (by default a new, empty one).
    """

    name = "memory"
    batch_triples = 10_000

    def __init__(self, graph: Graph | None = None) -> None:
        self._graph = graph if graph is not None else Graph()
        self._terms = RdflibTerms()

    @property
    def graph(self) -> Graph:
        """The rdflib graph itself."""
        return self._graph

    def add_lines(self, lines: list[str]) -> None:
        if lines:
            self._graph.parse(data="\n".join(lines), format="nt")

    def add_triples(self, triples: list[NTriple], rows: Sequence[tuple[str | None, ...]] = ()) -> None:
        """Add triples of N-Triples terms as rdflib terms (built once each, see
        :class:`~kgraph.terms.RdflibTerms`); this store keeps no edge table, so ``rows`` are dropped."""
        g = self._graph
        g.addN((s, p, o, g) for s, p, o in self._terms.triples(triples))

    def add(self, triples: Iterable[Triple]) -> None:
        g = self._graph
        g.addN((s, p, o, g) for s, p, o in triples)

    def remove(self, triples: Iterable[Triple]) -> None:
        for t in list(triples):
            self._graph.remove(t)

    def clear(self) -> None:
        self._graph.remove((None, None, None))

    def contains(self, triple: Triple) -> bool:
        return triple in self._graph

    def query(self, query: str, prefixes: Mapping[str, str] | None = None,
              bindings: Mapping[str, Node] | None = None) -> QueryResult:
        init = cast("dict[str, Identifier]", dict(bindings or {}))  # the store's terms are Identifiers
        result = self._graph.query(query, initNs=dict(prefixes or {}), initBindings=init)
        if result.type == "ASK":
            return QueryResult("ASK", ask=bool(result.askAnswer))
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            return QueryResult("CONSTRUCT", rows=[tuple(cast("Iterable[Node]", t)) for t in result])
        names = [str(v) for v in result.vars or []]
        return QueryResult("SELECT", names, [tuple(cast("Iterable[Node]", row)) for row in result])

    def select(self, query: str,
               prefixes: Mapping[str, str] | None = None) -> Iterator[tuple[str | None, ...]]:
        for row in self.query(query, prefixes).rows:
            yield tuple(None if v is None else str(v) for v in row)

    def __len__(self) -> int:
        return len(self._graph)

    def load(self, path: str | Path, format: str) -> None:
        parse_rdf(path, format, into=self._graph)

    def dump(self, path: str | Path, format: str) -> None:
        serialize_rdf(self._graph, path, format)

