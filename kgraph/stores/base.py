"""The :class:`Store` interface every triple store plugin implements.

A store holds the triples of one knowledge graph and answers SPARQL. It
knows nothing about edges or actors: :class:`kgraph.KnowledgeGraph` maps its
model onto any store through this interface. What a store can do well is
declared with class-level capability flags, as rdflib does for its stores:

``persistent``
    The triples survive :meth:`Store.close`; reopening the same ``path`` or
    ``endpoint`` gives them back without re-extracting.
``remote``
    The triples live in another process (every call is a network round trip).
``bulk``
    Writes take N-Triples text in batches (:meth:`Store.add_lines`) instead
    of one rdflib triple at a time.
``native_sparql``
    SPARQL runs on a fast native engine, so kgraph pushes ``edges()``
    filters, counts and aggregations down into queries instead of walking
    the graph in Python.
``named_graphs``
    The store is quad-native (named graphs are cheap).

Examples
--------
>>> from kgraph.stores import get_store
>>> s = get_store("memory")
>>> s.persistent, s.native_sparql
(False, False)
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from ..errors import InputError
from ..sparqltext import tokens
from ..terms import NTriple, iri, nt_lines

if TYPE_CHECKING:
    from rdflib import Graph
    from rdflib.term import Node

    from .edgetable import EdgeTable

__all__ = ["QueryResult", "Store", "Triple", "with_bindings"]

#: A triple of rdflib terms.
Triple = tuple["Node", "Node", "Node"]


@dataclass
class QueryResult:
    """The answer to a SPARQL query, in rdflib terms, whatever the store.

    Attributes
    ----------
    type : str
        ``"SELECT"``, ``"ASK"`` or ``"CONSTRUCT"`` (DESCRIBE answers as CONSTRUCT).
    vars : list of str
        Projected variables (SELECT).
    rows : list of tuple
        One tuple of rdflib terms (``None`` when unbound) per solution, in
        ``vars`` order (SELECT), or the triples (CONSTRUCT).
    ask : bool
        The answer of an ASK query.
    """

    type: str
    vars: list[str] = field(default_factory=list)
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    ask: bool = False


def _where_brace(query: str) -> int:
    """Index of the ``{`` opening the query's WHERE group, or -1 (strings, IRIs, comments skipped)."""
    seen_where = construct = False
    depth_before = 0
    for at, tok in tokens(query):
        word = tok.upper()
        if word == "WHERE":
            seen_where = True
        elif word == "CONSTRUCT":
            construct = True
        elif tok == "{":
            if seen_where or (not construct and depth_before == 0):
                return at
            depth_before += 1
        elif tok == "}":
            depth_before -= 1
    return -1


_VARNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def with_bindings(query: str, bindings: Mapping[str, Node] | None) -> str:
    """Bind variables of ``query`` with a ``VALUES`` block at the top of its WHERE group.

    This is rdflib's ``initBindings`` for stores that take query text: the
    values join the whole WHERE pattern, so a bound variable need not be
    selected, and every term is escaped (IRIs checked, literals written with
    rdflib's escaping): no value is formatted raw into the query.

    Examples
    --------
    >>> from rdflib import Literal, URIRef
    >>> with_bindings("SELECT ?t WHERE { ?s ?p ?t }", {"s": URIRef("http://a"), "p": Literal("x")})
    'SELECT ?t WHERE { VALUES (?s ?p) { (<http://a> "x") } ?s ?p ?t }'
    """
    if not bindings:
        return query
    from rdflib import BNode, Literal, URIRef

    def text(term: Node) -> str:
        if isinstance(term, URIRef):
            return iri(str(term))
        if isinstance(term, (Literal, BNode)):
            return term.n3()
        raise TypeError(f"cannot bind {type(term).__name__} {term!r} in SPARQL")

    names = list(bindings)
    for name in names:
        if not isinstance(name, str) or not _VARNAME.match(name):
            raise InputError(f"a binding name must be a SPARQL variable name, got {name!r}")
    block = "VALUES ({}) {{ ({}) }}".format(" ".join(f"?{n}" for n in names),
                                            " ".join(text(bindings[n]) for n in names))
    at = _where_brace(query)
    if at == -1:
        return f"{query}\n{block}\n"
    return f"{query[:at + 1]} {block}{query[at + 1:]}"


class Store(ABC):
    """Base class of kgraph's triple stores (see the module docstring for the flags).

    Subclasses implement the abstract methods (the interface every store
    offers) and register themselves with :func:`kgraph.stores.register_store`.
    """

    #: Name the store is registered under.
    name: ClassVar[str] = ""
    persistent: ClassVar[bool] = False
    remote: ClassVar[bool] = False
    bulk: ClassVar[bool] = False
    native_sparql: ClassVar[bool] = False
    named_graphs: ClassVar[bool] = False
    #: Triples per write batch (for bulk stores: lines per :meth:`add_lines` call).
    batch_triples: int = 100_000
    #: A row-per-event table kept beside the triples for bulk reads, or None
    #: (see :mod:`kgraph.stores.edgetable`).
    edge_table: EdgeTable | None = None

    # -- the rdflib view ------------------------------------------------------------------
    @property
    @abstractmethod
    def graph(self) -> Graph:
        """An rdflib :class:`~rdflib.Graph` over the same triples (``kg.rdf``)."""

    # -- writing --------------------------------------------------------------------------
    @abstractmethod
    def add_lines(self, lines: list[str]) -> None:
        """Add N-Triples text: each string one or more complete lines, without a final newline."""

    def add_triples(self, triples: list[NTriple], rows: Sequence[tuple[str | None, ...]] = ()) -> None:
        """Add triples of N-Triples terms (:mod:`kgraph.terms`) and their :attr:`edge_table` rows.

        This is how kgraph writes: the default sends N-Triples lines to
        :meth:`add_lines_and_rows`; a store holding rdflib terms overrides it.
        """
        self.add_lines_and_rows(nt_lines(triples), list(rows))

    def add_lines_and_rows(self, lines: list[str], rows: list[tuple[str | None, ...]]) -> None:
        """Add N-Triples lines and, once the store holds them, their rows in :attr:`edge_table`.

        The table must never run ahead of the store: a store with a table and an
        asynchronous writer overrides this to add the rows after its commit.
        """
        self.add_lines(lines)
        if rows and self.edge_table is not None:
            self.flush()
            self.edge_table.add(rows)

    @abstractmethod
    def add(self, triples: Iterable[Triple]) -> None:
        """Add rdflib triples."""

    @abstractmethod
    def remove(self, triples: Iterable[Triple]) -> None:
        """Remove these exact triples (absent ones are ignored)."""

    @abstractmethod
    def clear(self) -> None:
        """Remove every triple."""

    def flush(self) -> None:  # noqa: B027 - a real default: writes are immediate unless a store buffers
        """Make pending writes durable (a no-op where writes are immediate)."""

    # -- reading --------------------------------------------------------------------------
    @abstractmethod
    def contains(self, triple: Triple) -> bool:
        """True if the store holds this exact triple."""

    @abstractmethod
    def query(self, query: str, prefixes: Mapping[str, str] | None = None,
              bindings: Mapping[str, Node] | None = None) -> QueryResult:
        """Run a SPARQL query with predeclared ``prefixes`` and variable ``bindings``."""

    @abstractmethod
    def select(self, query: str,
               prefixes: Mapping[str, str] | None = None) -> Iterator[tuple[str | None, ...]]:
        """Run a SELECT query and yield rows of lexical values (``str``, ``None`` if unbound).

        This is the fast path for bulk reads: no rdflib term objects. IRIs
        come back as their string, literals as their lexical form, so the
        caller must know each column's type.
        """

    @abstractmethod
    def __len__(self) -> int:
        """Number of triples."""

    # -- files and lifetime ---------------------------------------------------------------
    @abstractmethod
    def load(self, path: str | Path, format: str) -> None:
        """Add the triples of an RDF file (``format`` is an rdflib format name)."""

    @abstractmethod
    def dump(self, path: str | Path, format: str) -> None:
        """Write every triple to an RDF file (``format`` is an rdflib format name)."""

    def close(self) -> None:
        """Release the store (flushes first). The object is unusable afterwards."""
        self.flush()

    def describe(self) -> str:
        """A short description for ``repr`` (the path or endpoint)."""
        return self.name

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
