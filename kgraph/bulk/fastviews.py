"""Views built straight from bulk query rows, for large graphs in SPARQL-native stores.

:func:`kgraph.views.to_networkx` walks :class:`~kgraph.Edge` objects; making
a million of them costs more than the graph itself. Here the same
:class:`networkx.MultiDiGraph` (same nodes, edges, keys and attributes; a
test compares them) is built from the rows of
:func:`kgraph.bulk.rows.edge_rows`, and counts come from SPARQL
aggregates.

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

from ..ids import KG
from ..model import Actor
from ..rdf import _bool, gc_paused
from ..vocab import Vocabulary
from .rows import _P

if TYPE_CHECKING:
    import networkx as nx

    from ..stores.base import Store

__all__ = ["networkx_from_rows", "store_stats"]

_REL = len(str(KG))


def networkx_from_rows(rows: Iterable[tuple[str | None, ...]], actors: dict[str, Actor],
                       vocabulary: Vocabulary, include_negated: bool = True) -> nx.MultiDiGraph:
    """Return the :func:`kgraph.views.to_networkx` graph of these event rows."""
    with gc_paused():
        return _networkx(rows, actors, vocabulary, include_negated)


def _networkx(rows: Iterable[tuple[str | None, ...]], actors: dict[str, Actor], vocabulary: Vocabulary,
              include_negated: bool) -> nx.MultiDiGraph:
    import networkx as nx

    def label(node: str) -> str:
        a = actors.get(node)
        return a.label if a is not None else node.rsplit("/", 1)[-1]

    keyed = []
    for r in rows:
        rel = r[1][_REL:]  # type: ignore[index]
        start = int(r[8]) if r[8] else 0
        keyed.append(((r[16] or "", start, rel, label(r[2]), label(r[3])), rel, start, r))  # type: ignore[arg-type]
    keyed.sort(key=lambda k: k[0])
    rel_info = {r.name: (r.weight, r.quad_class) for r in vocabulary}
    G = nx.MultiDiGraph()
    nodes = G._node  # filled directly below: add_node's checks cost more than the graph
    for _key, rel, start, (_ev, _r, src, tgt, mod, neg, conf, sent, _s, end, st, tt, trig, date,
                           _cameo, _plover, docid) in keyed:
        negated = _bool(neg)
        if negated and not include_negated:
            continue
        for node in (src, tgt):
            if node not in nodes:
                a = actors.get(node) or Actor(id=node, label=label(node))  # type: ignore[arg-type]
                G.add_node(node, label=a.label, kind=a.kind, wikidata=a.wikidata or "",
                           aliases=list(a.aliases))
        weight, quad = rel_info.get(rel, (0.0, ""))
        G.add_edge(src, tgt, relation=rel, modality=mod or "asserted", negated=negated,
                   confidence=float(conf) if conf else 0.5, sentence=sent or "", doc_id=docid or "",
                   date=date or "", source_text=st or "", target_text=tt or "", trigger=trig or "",
                   start=start, end=int(end) if end else 0, weight=weight, quad_class=quad)
    return G


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
