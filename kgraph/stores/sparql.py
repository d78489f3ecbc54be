"""A remote store: any SPARQL 1.1 Query + Update endpoint (Virtuoso, Fuseki, GraphDB...).

The knowledge graph lives in one named graph on the server (``graph=``), so
several graphs can share an endpoint; queries see it as their default graph
(the protocol's ``default-graph-uri``). Writes are ``INSERT DATA`` /
``DELETE DATA`` requests of at most ``chunk_triples`` triples (about 1,000:
Virtuoso refuses much larger ones), sent by a background thread while the
next chunk is minted. Only the standard library talks HTTP here.

``kg.rdf`` is an rdflib :class:`~rdflib.Graph` over rdflib's
``SPARQLUpdateStore`` on the same endpoint and graph: it works, but every
call is an HTTP request, so prefer ``kg.sparql()`` for anything large.

Examples
--------
>>> from kgraph.stores.sparql import SparqlStore
>>> s = SparqlStore("http://localhost:8890/sparql", graph="https://example.org/g")
>>> s.describe()
'sparql:http://localhost:8890/sparql <https://example.org/g>'
"""

from __future__ import annotations

import csv
import http.client
import io
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import BNode, Literal, URIRef

from ..errors import InputError, StoreError
from ..terms import iri
from ._pipeline import BackgroundWriter
from .base import QueryResult, Store, Triple, with_bindings

if TYPE_CHECKING:
    from rdflib import Graph
    from rdflib.term import Node

__all__ = ["DEFAULT_GRAPH", "SparqlStore"]

#: The named graph kgraph writes to when none is given.
DEFAULT_GRAPH = "https://w3id.org/kgraph/graph/default"
_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
_STRING = "http://www.w3.org/2001/XMLSchema#string"
_JSON = "application/sparql-results+json"
_RDF_TYPES = "application/n-triples, text/plain;q=0.9, text/turtle;q=0.8"
_CONSTRUCT = re.compile(r"^\s*(?:(?:PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*(CONSTRUCT|DESCRIBE)\b",
                        re.IGNORECASE)


def _term(binding: Mapping[str, str] | None) -> Node | None:
    """A SPARQL JSON results binding as an rdflib term (booleans normalized)."""
    if binding is None:
        return None
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    lang = binding.get("xml:lang")
    if lang:
        return Literal(value, lang=lang)
    dt = binding.get("datatype")
    if dt is None or dt == _STRING:
        return Literal(value)
    if dt == _BOOLEAN:
        value = {"1": "true", "0": "false"}.get(value, value)
    return Literal(value, datatype=URIRef(dt))


def node_to_sparql(term: Node) -> str:
    """An rdflib term as SPARQL text, IRIs checked (nothing user-made is formatted raw)."""
    if isinstance(term, URIRef):
        return iri(str(term))
    if isinstance(term, (Literal, BNode)):
        return term.n3()
    raise TypeError(f"cannot write {type(term).__name__} {term!r} as SPARQL")


class SparqlStore(Store):
    """Triples in a named graph of a SPARQL 1.1 Query + Update endpoint.

    Parameters
    ----------
    endpoint : str
        Query endpoint URL (``http://localhost:8890/sparql`` for Virtuoso).
    update_endpoint : str, optional
        Update endpoint URL, when different (``.../update`` for Fuseki).
    graph : str, default DEFAULT_GRAPH
        IRI of the named graph holding this knowledge graph.
    auth : tuple of str, optional
        ``(user, password)`` for HTTP Basic or Digest authentication.
    chunk_triples : int, default 1000
        Triples per ``INSERT DATA`` / ``DELETE DATA`` request.
    timeout : float, default 300
        Seconds to wait for one HTTP response.
    """

    name = "sparql"
    persistent = True
    remote = True
    bulk = True
    native_sparql = True

    def __init__(self, endpoint: str, update_endpoint: str | None = None, graph: str = DEFAULT_GRAPH,
                 auth: tuple[str, str] | None = None, chunk_triples: int = 1000,
                 timeout: float = 300.0) -> None:
        if not isinstance(endpoint, str) or not endpoint.startswith(("http://", "https://")):
            raise InputError(f"a SPARQL endpoint must be an http(s) URL, not {endpoint!r}")
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint or endpoint
        iri(graph)  # refuse a malformed graph IRI early
        self.graph_iri = graph
        self.chunk_triples = max(1, int(chunk_triples))
        self.batch_triples = 20 * self.chunk_triples
        self.timeout = timeout
        self._auth = auth
        handlers: list[Any] = []
        if auth is not None:
            mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in {self.endpoint, self.update_endpoint}:
                mgr.add_password(None, url, auth[0], auth[1])
            handlers += [urllib.request.HTTPBasicAuthHandler(mgr), urllib.request.HTTPDigestAuthHandler(mgr)]
        # never go through a proxy from the environment: endpoints are addressed directly
        handlers.append(urllib.request.ProxyHandler({}))
        self._opener = urllib.request.build_opener(*handlers)
        self._writer: BackgroundWriter | None = None
        self._graph: Graph | None = None

    def describe(self) -> str:
        return f"sparql:{self.endpoint} <{self.graph_iri}>"

    # -- HTTP -----------------------------------------------------------------------------
    def _post(self, url: str, form: dict[str, Any], accept: str | None = None) -> tuple[bytes, Any]:
        data = urllib.parse.urlencode(form, doseq=True).encode("utf-8")
        headers = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}
        if accept:
            headers["Accept"] = accept
        req = urllib.request.Request(url, data=data, headers=headers, method="POST")
        try:
            with self._opener.open(req, timeout=self.timeout) as resp:
                return resp.read(), resp.headers
        except urllib.error.HTTPError as err:
            body = err.read().decode("utf-8", "replace").strip()
            first = next((ln for ln in body.splitlines() if ln.strip()), "")[:300]
            if err.code == 400:
                raise InputError(f"SPARQL query failed: {first or err.reason}") from None
            raise StoreError(f"SPARQL endpoint {url} answered {err.code} {err.reason}: {first}") from None
        except (urllib.error.URLError, OSError, http.client.HTTPException) as err:  # refused, reset, cut off
            reason = getattr(err, "reason", err)
            raise StoreError(f"cannot reach SPARQL endpoint {url}: {reason}") from None

    def _update(self, text: str) -> None:
        self._post(self.update_endpoint, {"update": text})

    def _select_json(self, query: str) -> dict[str, Any]:
        body, headers = self._post(self.endpoint, {"query": query, "default-graph-uri": self.graph_iri},
                                   accept=_JSON)
        if headers.get("X-SPARQL-MaxRows"):
            raise StoreError(f"the endpoint cut the answer at {headers['X-SPARQL-MaxRows']} rows; "
                             "raise its result limit (Virtuoso: [SPARQL] ResultSetMaxRows)")
        try:
            return json.loads(body.decode("utf-8"))
        except ValueError as err:
            raise StoreError(f"SPARQL endpoint sent no JSON results: {body[:200]!r}") from err

    def _writes(self) -> BackgroundWriter:
        if self._writer is None:
            self._writer = BackgroundWriter(self._update, "SPARQL update")
        return self._writer

    # -- the rdflib view ------------------------------------------------------------------
    @property
    def graph(self) -> Graph:
        """An rdflib Graph on rdflib's SPARQLUpdateStore (one HTTP request per call)."""
        if self._graph is None:
            from rdflib import Graph
            from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

            owner = self

            class _Store(SPARQLUpdateStore):
                # rdflib reads an ASK answer from a "boolean" key that Virtuoso does not send
                def triples(self, spo: Any, context: Any = None) -> Any:
                    if all(t is not None for t in spo):
                        return iter([(spo, None)] if owner.contains(spo) else [])
                    return super().triples(spo, context)

            store = _Store(query_endpoint=self.endpoint, update_endpoint=self.update_endpoint,
                           auth=self._auth, returnFormat="json")
            self._graph = Graph(store=store, identifier=URIRef(self.graph_iri))
        self.flush()
        return self._graph

    # -- writing --------------------------------------------------------------------------
    def _chunks(self, lines: list[str], verb: str) -> Iterator[str]:
        g = iri(self.graph_iri)
        for i in range(0, len(lines), self.chunk_triples):
            body = "\n".join(lines[i:i + self.chunk_triples])
            yield f"{verb} DATA {{ GRAPH {g} {{\n{body}\n}} }}"

    def add_lines(self, lines: list[str]) -> None:
        lines = [line for text in lines for line in text.split("\n")]  # count triples, not strings
        writer = self._writes()
        for text in self._chunks(lines, "INSERT"):
            writer.put(text)

    def add(self, triples: Iterable[Triple]) -> None:
        self.add_lines([" ".join(node_to_sparql(t) for t in triple) + " ." for triple in triples])

    def remove(self, triples: Iterable[Triple]) -> None:
        lines = [" ".join(node_to_sparql(t) for t in triple) + " ." for triple in triples]
        writer = self._writes()
        for text in self._chunks(lines, "DELETE"):
            writer.put(text)
        self.flush()

    def clear(self) -> None:
        self.flush()
        self._update(f"CLEAR SILENT GRAPH {iri(self.graph_iri)}")

    def flush(self) -> None:
        if self._writer is not None:
            self._writer.wait()

    # -- reading --------------------------------------------------------------------------
    @staticmethod
    def _prologue(query: str, prefixes: Mapping[str, str] | None) -> str:
        decl = "".join(f"PREFIX {k}: <{v}>\n" for k, v in (prefixes or {}).items())
        return decl + query

    def contains(self, triple: Triple) -> bool:
        names = ("?s", "?p", "?o")
        pattern = " ".join(n if t is None else node_to_sparql(t) for n, t in zip(names, triple))
        return self.query(f"ASK {{ {pattern} }}").ask

    def query(self, query: str, prefixes: Mapping[str, str] | None = None,
              bindings: Mapping[str, Node] | None = None) -> QueryResult:
        self.flush()
        text = with_bindings(self._prologue(query, prefixes), bindings)
        if _CONSTRUCT.match(query):
            from rdflib import Graph

            body, headers = self._post(self.endpoint, {"query": text, "default-graph-uri": self.graph_iri},
                                       accept=_RDF_TYPES)
            ctype = (headers.get("Content-Type") or "").split(";")[0].strip()
            fmt = "turtle" if "turtle" in ctype else "nt"
            g = Graph().parse(data=body.decode("utf-8"), format=fmt)
            return QueryResult("CONSTRUCT", rows=[tuple(t) for t in g])
        res = self._select_json(text)
        if "boolean" in res:
            return QueryResult("ASK", ask=bool(res["boolean"]))
        names = list(res.get("head", {}).get("vars", []))
        rows = res.get("results", {}).get("bindings", [])
        if names == ["__ASK_RETVAL"]:  # Virtuoso answers ASK in JSON as a one-column SELECT
            ask = bool(rows) and rows[0]["__ASK_RETVAL"]["value"] not in ("0", "false")
            return QueryResult("ASK", ask=ask)
        return QueryResult("SELECT", names, [tuple(_term(b.get(n)) for n in names) for b in rows])

    def select(self, query: str,
               prefixes: Mapping[str, str] | None = None) -> Iterator[tuple[str | None, ...]]:
        """Rows of lexical values, fetched as CSV (several times smaller and faster than JSON).

        CSV cannot tell an unbound variable from an empty string: both come
        back as ``None``, which is what kgraph's readers expect of either.
        """
        self.flush()
        body, headers = self._post(self.endpoint, {"query": self._prologue(query, prefixes),
                                                   "default-graph-uri": self.graph_iri}, accept="text/csv")
        if headers.get("X-SPARQL-MaxRows"):
            raise StoreError(f"the endpoint cut the answer at {headers['X-SPARQL-MaxRows']} rows; "
                             "raise its result limit (Virtuoso: [SPARQL] ResultSetMaxRows)")
        ctype = (headers.get("Content-Type") or "").split(";")[0].strip()
        if ctype not in ("text/csv", "text/plain"):
            raise StoreError(f"SPARQL endpoint sent {ctype or 'no type'} for text/csv: {body[:120]!r}")
        reader = csv.reader(io.StringIO(body.decode("utf-8"), newline=""))
        next(reader, None)  # the header row
        for row in reader:
            yield tuple(v if v != "" else None for v in row)

    def __len__(self) -> int:
        rows = list(self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))
        return int(rows[0][0] or 0) if rows else 0

    # -- files and lifetime ---------------------------------------------------------------
    def load(self, path: str | Path, format: str) -> None:
        from ..io import parse_rdf

        self.add(parse_rdf(path, format))
        self.flush()

    def dump(self, path: str | Path, format: str) -> None:
        from rdflib import Graph

        from ..io import serialize_rdf
        from ..rdf import bind_prefixes

        g = bind_prefixes(Graph())
        for t in self.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").rows:
            g.add(t)
        serialize_rdf(g, path, format)

    def close(self) -> None:
        self.flush()
        if self._writer is not None:
            self._writer.stop()
            self._writer = None
