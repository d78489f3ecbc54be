"""kgraph's model (edges, actors, documents) read from SPARQL stores in bulk, and removed from any store.

This is the reading half of the RDF mapping for stores queried in SPARQL (the writing half is
:mod:`kgraph.ntriples`); the stores themselves only hold triples.

:mod:`kgraph.rdf` walks an rdflib graph triple by triple, which suits the
in-memory store. Stores with a native SPARQL engine (Oxigraph, a remote
endpoint) answer a few bulk SELECT queries instead: whole columns for full
reads, one joined query for filtered reads. The result is the same
:class:`~kgraph.Edge`, :class:`~kgraph.Actor` and :class:`~kgraph.Document`
objects (tests compare both paths).

Examples
--------
>>> import kgraph
>>> from kgraph.stores import get_store
>>> from kgraph.bulk.rows import read_edges
>>> kg = kgraph.KnowledgeGraph(store="oxigraph")
>>> _ = kg.add_text("Russia condemned Ukraine.", doc_id="d")
>>> kg.flush()
>>> [str(e) for e in read_edges(kg.backend)]
['Russia --condemns--> Ukraine']
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from rdflib import RDF, Graph, URIRef

from ..ids import KG, doc_iri
from ..model import Actor, Document, Edge
from ..ntriples import EdgeRow
from ..rdf import EDGE_COLUMNS, PREFIXES, actor_from_graph, cameo_max, edges_from_rows, gc_paused, sort_key
from ..terms import iri, literal

if TYPE_CHECKING:
    from rdflib.term import Node

    from ..stores.base import Store

__all__ = ["EDGE_COLUMNS", "edge_rows", "edges_from_rows", "gc_paused", "read_actors", "read_documents",
           "read_edges", "remove_document", "remove_occurrences", "sort_key"]

_P = {k: str(v) for k, v in PREFIXES.items()}
_P["rdf"] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_DCT_DATE = "http://purl.org/dc/terms/date"
_DCT_ID = "http://purl.org/dc/terms/identifier"
_VARS = ("rel", "src", "tgt", "mod", "neg", "conf", "sent", "start", "end", "st", "tt", "trig", "date",
         "cameo", "plover", "docid")
_PRED = {c: f"<{KG}{c}>" for c in EDGE_COLUMNS[:15]}
_PRED["date"] = f"<{_DCT_DATE}>"
_PRED["document"] = f"<{KG}document>"


def event_iris(store: Store, where: str) -> list[str]:
    """The events selected by ``where`` (a tight query: no OPTIONAL fields)."""
    query = (f"SELECT DISTINCT ?ev WHERE {{ {where} "
             "?ev kg:relation ?rel ; kg:source ?src ; kg:target ?tgt . }")
    return [ev for (ev,) in store.select(query, _P) if ev is not None]


def rows_for_events(store: Store, events: list[str], chunk: int = 500) -> list[EdgeRow]:
    """:func:`edge_rows` rows of these events, read from the RDF in chunks."""
    rows = []
    for i in range(0, len(events), chunk):
        rows.extend(_joined_rows(store, values_where("ev", events[i:i + chunk])))
    return rows


def edge_rows(store: Store, where: str = "") -> list[EdgeRow]:
    """Return one row of lexical values per event: ``(event IRI, *EDGE_COLUMNS)``.

    Parameters
    ----------
    store : Store
        A store with ``native_sparql``.
    where : str, optional
        Extra SPARQL graph patterns on ``?ev`` (and ``?rel``, ``?src``,
        ``?tgt``, ``?doc``) that select events. Without it every event is
        read, a column at a time (one index scan per predicate, which is much
        cheaper than a join per event on a large store).
    """
    if where:
        return _joined_rows(store, where)
    with gc_paused():
        return _column_rows(store)


def _column_rows(store: Store) -> list[EdgeRow]:
    index: dict[str, int] = {}
    for (ev,) in store.select("SELECT ?e WHERE { ?e a kg:Event }", _P):
        if ev is not None and ev not in index and ev.startswith(("http://", "https://", "urn:")):
            index[ev] = len(index)
    n = len(index)
    names = (*EDGE_COLUMNS[:15], "document")
    cols: dict[str, list[str | None]] = {}
    for name in names:
        col: list[str | None] = [None] * n
        for ev, value in store.select(f"SELECT ?e ?o WHERE {{ ?e {_PRED[name]} ?o }}"):
            i = index.get(ev)  # type: ignore[arg-type]
            if i is None:
                continue
            if name == "cameo":
                col[i] = cameo_max(col[i], value)
            elif col[i] is None:
                col[i] = value
        cols[name] = col
    docs: dict[str | None, str | None] = {
        d: i for d, i in store.select(f"SELECT ?d ?id WHERE {{ ?d <{_DCT_ID}> ?id }}")}
    doc_ids = [docs.get(d) if d is not None else None for d in cols.pop("document")]
    rows = []
    for row in zip(index, *cols.values(), doc_ids):
        if row[1] is not None and row[2] is not None and row[3] is not None:
            rows.append(row)
    return rows


def _joined_rows(store: Store, where: str) -> list[EdgeRow]:
    optional = " ".join(f"OPTIONAL {{ ?ev {_PRED[c]} ?{v} }}"
                        for c, v in zip(EDGE_COLUMNS[3:15], _VARS[3:15], strict=True))
    query = (f"SELECT ?ev {' '.join('?' + v for v in _VARS)} WHERE {{ {where} "
             "?ev a kg:Event ; kg:relation ?rel ; kg:source ?src ; kg:target ?tgt . "
             f"{optional} OPTIONAL {{ ?ev kg:document ?doc . ?doc <{_DCT_ID}> ?docid }} }}")
    seen: dict[str | None, EdgeRow] = {}
    k = 1 + EDGE_COLUMNS.index("cameo")
    for row in store.select(query, _P):
        ev = row[0]
        if ev in seen:
            old = seen[ev]
            if row[k] != old[k]:
                seen[ev] = (*old[:k], cameo_max(old[k], row[k]), *old[k + 1:])
            continue
        seen[ev] = row
    return list(seen.values())


def read_actors(store: Store) -> dict[str, Actor]:
    """Return every stored actor by IRI (its triples and affiliations in two queries)."""
    g = Graph()
    # a FILTER, not VALUES ?p: with VALUES, Oxigraph starts from every rdf:type triple of every event
    described = ("FILTER(?p IN (rdf:type, rdfs:label, skos:altLabel, owl:sameAs, kg:actorCode, "
                 "kg:affiliation, kg:affiliatedWith))")
    # the collector paused: with a million mentions held for the events, each of its full passes
    # would walk them all while these few thousand triples are added
    with gc_paused():
        for q in (f"SELECT ?s ?p ?o WHERE {{ ?s a kg:Actor ; ?p ?o {described} }}",
                  "SELECT ?s ?p ?o WHERE { ?a a kg:Actor ; kg:affiliation ?s . ?s ?p ?o }"):
            for s, p, o in store.query(q, _P).rows:
                g.add((s, p, o))
        return {str(n): actor_from_graph(g, n) for n in g.subjects(RDF.type, KG.Actor)
                if isinstance(n, URIRef)}


def read_documents(store: Store) -> list[Document]:
    """Return the stored documents, ordered by id."""
    query = (f"SELECT ?d ?id ?title ?url ?outlet ?date ?dropped WHERE {{ ?d a kg:Document . "
             f"OPTIONAL {{ ?d <{_DCT_ID}> ?id }} OPTIONAL {{ ?d dcterms:title ?title }} "
             "OPTIONAL { ?d kg:url ?url } OPTIONAL { ?d dcterms:publisher ?outlet } "
             "OPTIONAL { ?d dcterms:date ?date } OPTIONAL { ?d kg:droppedCharacters ?dropped } }")
    seen: dict[str, Document] = {}
    for d, ident, title, url, outlet, date, dropped in store.select(query, _P):
        n = int(dropped) if dropped and dropped.isdigit() else 0
        seen.setdefault(d, Document(id=str(ident), title=title, url=url, outlet=outlet, date=date,  # type: ignore[arg-type]
                                    dropped_chars=n))
    return sorted(seen.values(), key=lambda doc: doc.id)


def read_edges(store: Store, actors: dict[str, Actor] | None = None, where: str = "") -> list[Edge]:
    """Return the stored edges (those selected by ``where``, see :func:`edge_rows`), sorted."""
    return edges_from_rows(edge_rows(store, where), actors if actors is not None else read_actors(store))


def remove_document(store: Store, doc_id: str) -> tuple[int, set[str]]:
    """Remove a document, its events, the direct triples only they supported and orphan actors.

    The one document removal, for every store (the in-memory one included): a few
    SPARQL queries built from escaped terms (:func:`kgraph.terms.iri`) and
    :meth:`Store.remove`.

    Returns
    -------
    tuple
        The number of events removed and the IRIs of the actors removed.
    """
    d = iri(doc_iri(doc_id))
    rows = store.query(f"SELECT ?ev ?p ?o WHERE {{ ?ev kg:document {d} . ?ev ?p ?o }}", _P).rows
    doc_node = URIRef(doc_iri(doc_id))
    rows += [(doc_node, p, o) for p, o in store.query(f"SELECT ?p ?o WHERE {{ {d} ?p ?o }}").rows]
    events = {s for s, p, _o in rows if p == KG.document}
    touched = {(str(s), str(o)) for s, p, o in rows if p in (KG.source, KG.target)}
    by_event: dict[Node, dict[Node, Node]] = {}
    for s, p, o in rows:
        if p in (KG.source, KG.relation, KG.target):
            by_event.setdefault(s, {})[p] = o
    direct = {(v.get(KG.source), v.get(KG.relation), v.get(KG.target)) for v in by_event.values()}
    store.remove(rows)
    gone = []
    for src, rel, tgt in direct:
        if src is None or rel is None or tgt is None:
            continue
        still = store.query(
            f"SELECT ?neg ?mod WHERE {{ ?ev kg:source {iri(str(src))} ; kg:relation {iri(str(rel))} ; "
            f"kg:target {iri(str(tgt))} . OPTIONAL {{ ?ev kg:negated ?neg }} "
            "OPTIONAL { ?ev kg:modality ?mod } }", _P).rows
        if not any(str(neg) in ("false", "0") and str(mod) == "asserted" for neg, mod in still):
            gone.append((src, URIRef(str(rel)), tgt))
    store.remove(gone)
    removed = _prune_actors(store, {a for _e, a in touched})
    return len(events), removed


def remove_occurrences(store: Store) -> int:
    """Remove every consolidated event node (``kg:Occurrence``); return how many there were.

    They are derived from the mentions (:mod:`kgraph.events`) and written only on
    request (``KnowledgeGraph.save(path, events=True)``); a graph loaded with them
    drops them, so that no stale consolidation outlives a later change.
    """
    rows = store.query("SELECT ?o ?p ?x WHERE { ?o a kg:Occurrence . ?o ?p ?x }", _P).rows
    store.remove(rows)
    return len({s for s, _p, _x in rows})


def _prune_actors(store: Store, candidates: set[str]) -> set[str]:
    removed = set()
    for a in sorted(candidates):
        node = iri(a)
        if store.query(f"ASK {{ {{ ?e kg:source {node} }} UNION {{ ?e kg:target {node} }} }}", _P).ask:
            continue
        rows = [(URIRef(a), p, o) for p, o in store.query(f"SELECT ?p ?o WHERE {{ {node} ?p ?o }}").rows]
        rows += store.query(f"SELECT ?s ?p ?o WHERE {{ {node} kg:affiliation ?s . ?s ?p ?o }}", _P).rows
        store.remove(rows)
        removed.add(a)
    return removed


def document_where(doc_id: str) -> str:
    """The ``where`` pattern selecting the events of one document."""
    return f"?ev kg:document {iri(doc_iri(doc_id))} ."


def values_where(var: str, iris: Iterable[str]) -> str:
    """A ``VALUES`` block binding ``?var`` to these IRIs (an empty set matches nothing)."""
    return f"VALUES ?{var} {{ {' '.join(iri(i) for i in sorted(iris))} }} "


def literal_where(var: str, values: Iterable[str]) -> str:
    """A ``VALUES`` block binding ``?var`` to plain literals."""
    return f"VALUES ?{var} {{ {' '.join(literal(v) for v in sorted(values))} }} "
