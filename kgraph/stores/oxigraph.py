"""A persistent store on disk backed by Oxigraph (pyoxigraph, RocksDB).

Writes arrive as N-Triples batches and go to Oxigraph's bulk loader in a
background thread (the loader releases the GIL), so Python keeps minting the
next batch while Rust indexes the previous one; :meth:`OxigraphStore.flush`
waits for the loader. SPARQL runs on Oxigraph's native engine. ``kg.rdf`` is
an rdflib :class:`~rdflib.Graph` over the same store through ``oxrdflib``
(installed with the ``oxigraph`` extra), so rdflib code keeps working.

Needs ``pip install "kgraph[oxigraph]"`` (pyoxigraph and oxrdflib).

Examples
--------
>>> import tempfile, kgraph
>>> with tempfile.TemporaryDirectory() as d:
...     kg = kgraph.KnowledgeGraph(store="oxigraph", path=d)
...     _ = kg.add_text("Russia condemned Ukraine.", doc_id="a")
...     kg.close()
...     again = kgraph.KnowledgeGraph(store="oxigraph", path=d)   # no re-extraction
...     print([str(e) for e in again.edges()])
...     again.close()
['Russia --condemns--> Ukraine']
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import BNode, Literal, URIRef

from ..errors import InputError, RDFParseError, StoreError
from ._pipeline import BackgroundWriter
from .base import QueryResult, Store, Triple, with_bindings

if TYPE_CHECKING:
    from rdflib import Graph
    from rdflib.term import Node

__all__ = ["OxigraphStore"]

_FORMATS = {"turtle": "TURTLE", "nt": "N_TRIPLES", "nquads": "N_QUADS", "trig": "TRIG",
            "xml": "RDF_XML", "json-ld": "JSON_LD"}
_QUADS = {"nquads", "trig"}
#: Batches of fewer characters than this (about 10,000 triples) are loaded in a transaction;
#: larger ones go to the bulk loader, which writes new files on every call.
_SMALL = 1_500_000


def _ox() -> Any:
    try:
        import pyoxigraph
    except ImportError:  # pragma: no cover - depends on the environment
        raise StoreError('the "oxigraph" store needs pyoxigraph: pip install "kgraph[oxigraph]"') from None
    return pyoxigraph


def to_ox(term: Node) -> Any:
    """Convert an rdflib term to a pyoxigraph term."""
    ox = _ox()
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store {type(term).__name__} {term!r} in Oxigraph")


def from_ox(term: Any) -> Node | None:
    """Convert a pyoxigraph term to an rdflib term (``None`` stays ``None``)."""
    if term is None:
        return None
    ox = _ox()
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    raise TypeError(f"unsupported Oxigraph term {term!r}")


class OxigraphStore(Store):
    """Triples in an Oxigraph database directory (or in memory without ``path``).

    Parameters
    ----------
    path : str or Path, optional
        Store directory, created if missing: the Oxigraph (RocksDB) database
        in ``rdf/`` and the edge table (:mod:`kgraph.stores.edgetable`) in
        ``edges.sqlite``. Without it the store lives in memory and disappears
        with the object.
    read_only : bool, default False
        Open an existing directory read-only (several processes may do so).
    batch_triples : int, default 500_000
        N-Triples lines per bulk-load batch (bounds memory while loading).
    """

    name = "oxigraph"
    persistent = True
    bulk = True
    native_sparql = True
    named_graphs = True

    def __init__(self, path: str | Path | None = None, read_only: bool = False,
                 batch_triples: int = 500_000) -> None:
        ox = _ox()
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self.batch_triples = int(batch_triples)
        if self.path is not None and self.path.exists() and not self.path.is_dir():
            raise InputError(f"an Oxigraph store is a directory; {self.path} is a file")
        rdf_dir = self.path
        table_file: Path | None = None
        if self.path is not None and not (self.path / "CURRENT").exists():
            # kgraph's layout: the RocksDB database in rdf/, the edge table beside it
            # (a directory that is itself an Oxigraph database is opened as it is)
            rdf_dir, table_file = self.path / "rdf", self.path / "edges.sqlite"
            if not read_only:
                rdf_dir.mkdir(parents=True, exist_ok=True)
        try:
            if rdf_dir is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(rdf_dir))
            else:
                self._store = ox.Store(str(rdf_dir))
        except OSError as err:
            hint = " (is it open in another KnowledgeGraph or process?)" if "lock" in str(err).lower() else ""
            raise StoreError(f"cannot open Oxigraph store at {self.path}: {err}{hint}") from err
        from .edgetable import EdgeTable

        self.edge_table = None if read_only else EdgeTable(table_file)
        self._loader: BackgroundWriter | None = None
        self._graph: Graph | None = None
        self._closed = False

    @property
    def raw(self) -> Any:
        """The underlying :class:`pyoxigraph.Store` (pending writes flushed)."""
        self.flush()
        return self._store

    @property
    def graph(self) -> Graph:
        """An rdflib Graph over this store's default graph (through oxrdflib)."""
        if self._graph is None:
            try:
                from oxrdflib import OxigraphStore as RdflibOxigraph
            except ImportError:  # pragma: no cover - depends on the environment
                raise StoreError('kg.rdf on the "oxigraph" store needs oxrdflib: '
                                 'pip install "kgraph[oxigraph]"') from None
            from rdflib import Graph
            from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

            self._graph = Graph(store=RdflibOxigraph(store=self._store), identifier=DATASET_DEFAULT_GRAPH_ID)
        self.flush()
        return self._graph

    def describe(self) -> str:
        return f"oxigraph:{self.path}" if self.path else "oxigraph:memory"

    # -- writing --------------------------------------------------------------------------
    def _writable(self) -> None:
        if self._closed:
            raise StoreError("the Oxigraph store is closed")
        if self.read_only:
            raise StoreError(f"the Oxigraph store at {self.path} was opened read-only")

    def add_lines(self, lines: list[str]) -> None:
        """Add N-Triples lines: small batches in a transaction, large ones through the bulk loader."""
        self.add_lines_and_rows(lines, [])

    def add_lines_and_rows(self, lines: list[str], rows: list[tuple[str | None, ...]]) -> None:
        """Add N-Triples lines, then their edge-table rows once Oxigraph has committed them.

        The rows follow the store: they are written after the transaction (small
        batches) or the bulk load (large ones, in the loader's thread) returns, so a
        process killed in between leaves the table behind the store, never ahead of it
        (the next bulk read sees the counts differ and rebuilds the table).
        """
        self._writable()
        table = self.edge_table
        if not lines:
            if rows and table is not None:
                self.flush()
                table.add(rows)
            return
        if sum(map(len, lines)) < _SMALL:
            self.flush()
            try:
                self._store.load(input="\n".join(lines).encode("utf-8"), format=_ox().RdfFormat.N_TRIPLES,
                                 lenient=True)
            except OSError as err:
                raise StoreError(f"Oxigraph write failed: {err}") from err
            if rows and table is not None:
                table.add(rows)
            return
        if self._loader is None:
            fmt, store = _ox().RdfFormat.N_TRIPLES, self._store

            def write(batch: tuple[bytes, list[tuple[str | None, ...]]]) -> None:
                data, batch_rows = batch
                store.bulk_load(input=data, format=fmt, lenient=True)
                if batch_rows and self.edge_table is not None:
                    self.edge_table.add(batch_rows)

            self._loader = BackgroundWriter(write, "Oxigraph bulk load")
        self._loader.put(("\n".join(lines).encode("utf-8"), rows))

    def add(self, triples: Iterable[Triple]) -> None:
        self._writable()
        self.flush()
        ox = _ox()
        self._store.extend([ox.Quad(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples])

    def remove(self, triples: Iterable[Triple]) -> None:
        self._writable()
        self.flush()
        ox = _ox()
        for s, p, o in triples:
            self._store.remove(ox.Quad(to_ox(s), to_ox(p), to_ox(o)))

    def clear(self) -> None:
        self._writable()
        self.flush()
        self._store.clear()
        if self.edge_table is not None:
            self.edge_table.clear()

    def flush(self) -> None:
        if self._loader is not None:
            self._loader.wait()

    # -- reading --------------------------------------------------------------------------
    def contains(self, triple: Triple) -> bool:
        self.flush()
        ox = _ox()
        pattern = [None if t is None else to_ox(t) for t in triple]
        return next(iter(self._store.quads_for_pattern(*pattern, ox.DefaultGraph())), None) is not None

    def _query(self, query: str, prefixes: Mapping[str, str] | None,
               bindings: Mapping[str, Node] | None = None) -> Any:
        self.flush()
        try:
            return self._store.query(with_bindings(query, bindings),
                                     prefixes={k: str(v) for k, v in (prefixes or {}).items()})
        except SyntaxError as err:
            raise InputError(f"SPARQL query failed: {str(err).splitlines()[0][:200]}") from err
        except OSError as err:
            raise StoreError(f"Oxigraph query failed: {err}") from err
        except RuntimeError as err:  # evaluation errors
            raise InputError(f"SPARQL query failed: {str(err).splitlines()[0][:200]}") from err

    def query(self, query: str, prefixes: Mapping[str, str] | None = None,
              bindings: Mapping[str, Node] | None = None) -> QueryResult:
        ox = _ox()
        result = self._query(query, prefixes, bindings)
        if isinstance(result, ox.QueryBoolean):
            return QueryResult("ASK", ask=bool(result))
        if isinstance(result, ox.QueryTriples):
            return QueryResult("CONSTRUCT", rows=[(from_ox(t.subject), from_ox(t.predicate),
                                                   from_ox(t.object)) for t in result])
        names = [v.value for v in result.variables]
        return QueryResult("SELECT", names, [tuple(from_ox(v) for v in sol) for sol in result])

    def select(self, query: str,
               prefixes: Mapping[str, str] | None = None) -> Iterator[tuple[str | None, ...]]:
        result = self._query(query, prefixes)
        for sol in result:
            yield tuple(None if v is None else v.value for v in sol)

    def __len__(self) -> int:
        self.flush()
        return len(self._store)

    # -- files and lifetime ---------------------------------------------------------------
    def load(self, path: str | Path, format: str) -> None:
        self._writable()
        self.flush()
        ox = _ox()
        p = Path(path)
        if not p.is_file():
            raise RDFParseError(f"no such file: {p}")
        fmt = getattr(ox.RdfFormat, _FORMATS[format]) if format in _FORMATS else None
        if fmt is None:
            from ..io import parse_rdf

            self.add(parse_rdf(p, format))
            return
        try:
            with open(p, "rb") as fh:
                if fh.read(3) != b"\xef\xbb\xbf":  # a UTF-8 byte-order mark: Oxigraph's parsers refuse it
                    fh.seek(0)
                if format in _QUADS:  # named graphs are folded into the default graph, as on the other stores
                    self._store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object)
                                            for q in ox.parse(input=fh, format=fmt))
                else:
                    self._store.bulk_load(input=fh, format=fmt)
        except (SyntaxError, ValueError, UnicodeDecodeError) as err:
            first = str(err).strip().splitlines()[0][:200] if str(err).strip() else type(err).__name__
            raise RDFParseError(f"{p} is not valid {format}: {first}") from err

    def dump(self, path: str | Path, format: str) -> None:
        ox = _ox()
        self.flush()
        from ..io import remove_stale_temps, temp_file
        from ..rdf import PREFIXES

        p = Path(path)
        p.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temps(p)
        fd, tmp = temp_file(p)  # the umask's mode, or the replaced file's
        os.close(fd)
        try:
            if format in _FORMATS:
                prefixes = {k: str(v) for k, v in PREFIXES.items()} if format in ("turtle", "trig") else None
                self._store.dump(output=tmp, format=getattr(ox.RdfFormat, _FORMATS[format]),
                                 from_graph=None if format in _QUADS else ox.DefaultGraph(),
                                 **({"prefixes": prefixes} if prefixes else {}))
            else:
                from ..io import serialize_rdf

                serialize_rdf(self.graph, tmp, format)
            from ..io import fsync_dir, fsync_path

            fsync_path(tmp)  # the rename must not land before the data
            os.replace(tmp, p)
            fsync_dir(p.parent)
        except OSError as err:
            raise StoreError(f"cannot write {p}: {err}") from err
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)

    def optimize(self) -> None:
        """Compact the database files (worth it after a large bulk load)."""
        self._writable()
        self.flush()
        self._store.optimize()

    def close(self) -> None:
        if self._closed:
            return
        try:
            self.flush()
            if self._loader is not None:
                self._loader.stop()
                self._loader = None
            if not self.read_only:
                self._store.flush()
        finally:
            self._closed = True
            self._graph = None
            if self.edge_table is not None:
                self.edge_table.close()
                self.edge_table = None
            self._store = None  # releases the directory lock once collected
