"""Views built straight from bulk query rows, for large graphs in SPARQL-native stores.

:func:`kgraph.views.to_networkx` walks :class:`~kgraph.Edge` objects; making
a million of them costs more than the graph itself. Here the rows of
:func:`kgraph.bulk.rows.edge_rows` go to the same builder
(:func:`kgraph.eventgraph.build_events_graph`) as event records, in the order
edges are listed, and counts come from SPARQL aggregates.

Examples
--------
>>> import kgraph
>>> kg = kgraph.KnowledgeGraph(store="oxigraph")
>>> _ = kg.add_text("Russia met China. Russia met China again on Friday.", doc_id="d")
>>> kg.to_networkx().number_of_edges(), kg.stats()["edges"]
(2, 2)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..eventgraph import EventRecord, build_events_graph
from ..ids import KG
from ..model import Actor
from ..ntriples import EdgeRow
from ..rdf import gc_paused
from ..vocab import Vocabulary
from .rows import _P

if TYPE_CHECKING:
    import networkx as nx

    from ..stores.base import Store

__all__ = ["networkx_from_rows", "store_stats"]

_REL = len(str(KG))


def networkx_from_rows(rows: Iterable[EdgeRow], actors: dict[str, Actor],
                       vocabulary: Vocabulary, include_negated: bool = True) -> nx.MultiDiGraph:
    """Return the :func:`kgraph.views.to_networkx` graph of these event rows."""
    with gc_paused():
        return build_events_graph(_records(rows, actors), actors, vocabulary, include_negated)


def _records(rows: Iterable[EdgeRow], actors: dict[str, Actor]) -> list[EventRecord]:
    """The event records of ``rows``, sorted as :func:`kgraph.rdf.sort_key` sorts edges."""
    labels: dict[str, str] = {}

    def label(node: str) -> str:
        found = labels.get(node)
        if found is None:
            a = actors.get(node)
            found = labels[node] = a.label if a is not None else node.rsplit("/", 1)[-1]
        return found

    keyed = []
    for (_ev, rel, src, tgt, mod, neg, conf, sent, start, end, st, tt, trig, date, _cameo, _plover,
         docid) in rows:
        r = EventRecord(src, tgt, rel[_REL:], mod or "asserted", neg in ("true", "1"),  # type: ignore[arg-type,index]
                        float(conf) if conf else 0.5, sent or "", docid or "", date or "", st or "", tt or "",
                        trig or "", int(start) if start else 0, int(end) if end else 0)
        keyed.append(((r.doc_id, r.start, r.relation, label(r.source), label(r.target)), r))
    keyed.sort(key=lambda k: k[0])
    return [r for _key, r in keyed]


def _count(store: Store, query: str) -> int:
    rows = list(store.select(query, _P))
    return int(rows[0][0]) if rows and rows[0][0] is not None else 0


def store_stats(store: Store, table_valid: bool = False) -> dict[str, Any]:
    """The :meth:`KnowledgeGraph.stats` counts: SPARQL aggregates, or the edge table's when valid."""
    event = "?e a kg:Event ; kg:relation ?rel ; kg:source ?s ; kg:target ?t ."
    if table_valid and store.edge_table is not None:
        edges, asserted, per = store.edge_table.stats()
        return {
            "documents": _count(store, "SELECT (COUNT(?d) AS ?n) WHERE { ?d a kg:Document }"),
            "actors": _count(store, "SELECT (COUNT(?a) AS ?n) WHERE { ?a a kg:Actor }"),
            "edges": edges, "asserted": asserted, "triples": len(store),
            "relations": {rel[_REL:]: n for rel, n in per.items()},
        }
    relations = {}
    for rel, n in sorted(store.select(f"SELECT ?rel (COUNT(?e) AS ?n) WHERE {{ {event} }} GROUP BY ?rel", _P),
                         key=lambda r: (-int(r[1] or 0), r[0] or "")):
        relations[rel[_REL:]] = int(n)  # type: ignore[index,arg-type]
    asserted = _count(store, f"SELECT (COUNT(?e) AS ?n) WHERE {{ {event} "
                             "OPTIONAL { ?e kg:modality ?m } OPTIONAL { ?e kg:negated ?neg } "
                             'FILTER((!BOUND(?m) || STR(?m) = "asserted") && '
                             '(!BOUND(?neg) || STR(?neg) IN ("false", "0"))) }')
    return {
        "documents": _count(store, "SELECT (COUNT(?d) AS ?n) WHERE { ?d a kg:Document }"),
        "actors": _count(store, "SELECT (COUNT(?a) AS ?n) WHERE { ?a a kg:Actor }"),
        "edges": sum(relations.values()),
        "asserted": asserted,
        "triples": len(store),
        "relations": relations,
    }
