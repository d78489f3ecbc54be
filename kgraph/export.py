"""Exports: CSV, pandas, GraphML and GEXF for Gephi, JSON-LD, the ontology and SHACL shapes.

Each writer takes a :class:`~kgraph.KnowledgeGraph` and a path (and, for
CSV and JSON-LD, returns the text when the path is omitted). Files are written
atomically. pandas and pySHACL are optional and imported only when used
(``pip install "kgraph[pandas]"``, ``pip install "kgraph[shacl]"``).

Graph files come in three views: ``"events"`` (one edge per event, like
:meth:`KnowledgeGraph.to_networkx`; ``weight`` is 1 so that Gephi's merging
of parallel edges sums to event counts, the relation's Goldstein-style weight
is in ``goldstein``), ``"aggregated"`` (:func:`kgraph.analysis.aggregated_graph`)
and ``"signed"`` (:func:`kgraph.analysis.signed_graph`). Attributes are made
valid for GraphML and GEXF: no missing values written as ``None``, lists and
dicts as ``"; "``-joined text, one type per attribute name.

Examples
--------
>>> import kgraph, tempfile, os
>>> kg = kgraph.KnowledgeGraph()
>>> _ = kg.add_text("Russia met China. Ukraine condemned Russia.", doc_id="d", date="2024-05-01")
>>> print(to_csv(kg).splitlines()[1][:40])
Russia,https://w3id.org/kgraph/actor/rus
>>> with tempfile.TemporaryDirectory() as d:
...     path = to_graphml(kg, os.path.join(d, "g.graphml"))
...     import networkx as nx
...     nx.read_graphml(path).number_of_edges()
2
"""

from __future__ import annotations

import csv
import io
import typing
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
from rdflib import Graph, Literal

from ._data import read_data
from .errors import InputError
from .io import atomic_write_bytes, serialize_rdf
from .query import filter_edges
from .views import events_graph

if TYPE_CHECKING:
    import pandas

    from .model import Edge
    from .protocol import GraphLike
    from .vocab import Vocabulary

__all__ = [
    "EDGE_COLUMNS",
    "JSONLD_CONTEXT",
    "VIEWS",
    "View",
    "shapes_graph",
    "to_csv",
    "to_dataframe",
    "to_gexf",
    "to_graphml",
    "to_jsonld",
    "validate",
    "write_ontology",
    "write_shapes",
]

#: Columns of :func:`to_csv` and :func:`to_dataframe`, in order.
EDGE_COLUMNS = (
    "source", "source_id", "relation", "target", "target_id", "modality", "negated", "date",
    "confidence", "quad_class", "goldstein", "trigger", "source_text", "target_text", "sentence",
    "doc_id", "start", "end", "title", "outlet", "url",
)

#: Which graph an export writes (see the module notes).
View = typing.Literal["events", "aggregated", "signed"]
#: Graph views written by :func:`to_graphml` and :func:`to_gexf`.
VIEWS: tuple[View, ...] = typing.get_args(View)

#: The JSON-LD context of :func:`to_jsonld`: kgraph's prefixes and short terms.
JSONLD_CONTEXT: dict[str, Any] = {
    "kg": "https://w3id.org/kgraph/ontology#",
    "kga": "https://w3id.org/kgraph/actor/",
    "kge": "https://w3id.org/kgraph/event/",
    "kgd": "https://w3id.org/kgraph/doc/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
    "wd": "http://www.wikidata.org/entity/",
    "label": "rdfs:label",
    "altLabel": "skos:altLabel",
    "sameAs": {"@id": "owl:sameAs", "@type": "@id"},
    "relation": {"@id": "kg:relation", "@type": "@id"},
    "source": {"@id": "kg:source", "@type": "@id"},
    "target": {"@id": "kg:target", "@type": "@id"},
    "document": {"@id": "kg:document", "@type": "@id"},
    "wasDerivedFrom": {"@id": "prov:wasDerivedFrom", "@type": "@id"},
    "affiliatedWith": {"@id": "kg:affiliatedWith", "@type": "@id"},
    "modality": "kg:modality",
    "sentence": "kg:sentence",
    "sourceText": "kg:sourceText",
    "targetText": "kg:targetText",
    "trigger": "kg:trigger",
    "title": "dcterms:title",
    "publisher": "dcterms:publisher",
    "identifier": "dcterms:identifier",
}


# -- tables -----------------------------------------------------------------------------------
def _rows(kg: GraphLike, filters: dict[str, Any]) -> list[dict[str, Any]]:
    docs = {d.id: d for d in kg.documents()}
    rows = []
    for e in filter_edges(kg, **filters):
        rel = kg.vocabulary.get(e.relation)
        doc = docs.get(e.doc_id) if e.doc_id is not None else None
        rows.append({
            **{k: v for k, v in e.to_dict().items() if k in EDGE_COLUMNS},
            "quad_class": rel.quad_class if rel else None,
            "goldstein": rel.weight if rel else None,
            "title": doc.title if doc else None,
            "outlet": doc.outlet if doc else None,
            "url": doc.url if doc else None,
        })
    return rows


def to_csv(kg: GraphLike, path: str | Path | None = None, **filters: Any) -> str | Path:
    """Write the edges as CSV, one row per event (columns :data:`EDGE_COLUMNS`).

    Parameters
    ----------
    kg : KnowledgeGraph
    path : str or Path, optional
        Where to write (UTF-8); the CSV text is returned when omitted.
    **filters
        Filters of :func:`kgraph.query.filter_edges` (all events by default).

    Returns
    -------
    str or Path
        The text, or the path written.

    Examples
    --------
    >>> import csv, kgraph
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("Russia vetoed the resolution drafted by France.", doc_id="d")
    >>> [(r["source"], r["relation"], r["goldstein"]) for r in csv.DictReader(to_csv(kg).splitlines())]
    [('Russia', 'vetoes', '-5.0')]
    """
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=EDGE_COLUMNS)
    writer.writeheader()
    writer.writerows(_rows(kg, filters))
    if path is None:
        return buf.getvalue()
    atomic_write_bytes(path, buf.getvalue().encode("utf-8"))
    return Path(path)


def to_dataframe(kg: GraphLike, **filters: Any) -> pandas.DataFrame:
    """Return the edges as a pandas DataFrame, one row per event (needs pandas).

    Columns are :data:`EDGE_COLUMNS`; ``date`` stays an ISO string (use
    ``pandas.to_datetime(df.date)`` to resample by time).

    Raises
    ------
    ImportError
        If pandas is not installed.

    Examples
    --------
    >>> import kgraph
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("Russia met China. Ukraine condemned Russia.", doc_id="d")
    >>> df = to_dataframe(kg)
    >>> df.groupby("quad_class").size().to_dict()
    {'verbal_conflict': 1, 'verbal_cooperation': 1}
    """
    try:
        import pandas as pd
    except ImportError as err:
        raise ImportError("to_dataframe needs pandas: pip install 'kgraph[pandas]'") from err
    return pd.DataFrame(_rows(kg, filters), columns=list(EDGE_COLUMNS))


# -- graph files ------------------------------------------------------------------------------
def _events_graph(edges: list[Edge], vocab: Vocabulary) -> nx.MultiDiGraph:
    """The event graph (:func:`kgraph.views.events_graph`) with its attributes for Gephi."""
    G = events_graph(edges, vocab)
    for *_, d in G.edges(data=True):
        known = d["quad_class"] != ""
        d["label"] = d["relation"]
        d["date"] = d["date"] or None
        d["doc_id"] = d["doc_id"] or None
        d["sentence_start"], d["sentence_end"] = d.pop("start"), d.pop("end")
        # weight 1: Gephi's merging of parallel edges then sums to event counts
        d["goldstein"], d["weight"] = (d["weight"] if known else None), 1.0
        d["quad_class"] = d["quad_class"] or None
    return G


def _view(kg: GraphLike | nx.Graph, view: View | str, filters: dict[str, Any]) -> nx.Graph:
    if isinstance(kg, nx.Graph):
        if filters:
            raise InputError("filters apply to a KnowledgeGraph, not to a networkx graph")
        return kg
    if view not in VIEWS:
        raise InputError(f"view must be one of {', '.join(VIEWS)}, not {view!r}")
    from . import analysis

    if view == "events":
        return _events_graph(filter_edges(kg, **filters), kg.vocabulary)
    if view == "aggregated":
        G = analysis.aggregated_graph(kg, **filters)
        for _, _, d in G.edges(data=True):
            d["label"] = _text(d.get("relations") or d.get("relation"))
        return G
    G = analysis.signed_graph(kg, **filters)
    for _, _, d in G.edges(data=True):
        d["label"] = f"{d['weight']:+g}"
    return G


def _text(value: Any) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{k}={v}" for k, v in value.items())
    if isinstance(value, (list, tuple, set, frozenset)):
        return "; ".join(str(v) for v in (sorted(value) if isinstance(value, (set, frozenset)) else value))
    return str(value)


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return _text(value)


def _unify(items: list[dict[str, Any]]) -> None:
    """Give each attribute name one type across ``items``: bool, int, float or str; drop None."""
    kinds: dict[str, set[type]] = {}
    for d in items:
        for k in list(d):
            d[k] = _plain(d[k])
            if d[k] is None:
                del d[k]
            else:
                kinds.setdefault(k, set()).add(type(d[k]))
    for k, ts in kinds.items():
        if len(ts) == 1:
            continue
        cast = float if ts <= {int, float} else str
        for d in items:
            if k in d:
                d[k] = cast(d[k])


def _exportable(graph: nx.Graph, dynamic: bool) -> nx.Graph:
    H = graph.copy()
    H.graph.clear()
    _unify([d for _, d in H.nodes(data=True)])
    edge_data = [d for *_, d in H.edges(data=True)]
    for d in edge_data:
        for k in ("start", "end", "id", "type", "key"):  # GEXF reserves these names
            if k in d:
                d[f"{k}_"] = d.pop(k)
        if dynamic:  # Gephi's timeline: the event date, or the first and last date of a tie
            first, last = d.get("date") or d.get("first"), d.get("date") or d.get("last")
            if first and last:
                d["start"], d["end"] = first, last
    _unify(edge_data)
    return H


def to_graphml(kg: GraphLike | nx.Graph, path: str | Path, view: View = "events",
               **filters: Any) -> Path:
    """Write a GraphML file that Gephi, Cytoscape, yEd and networkx open.

    Parameters
    ----------
    kg : KnowledgeGraph or networkx.Graph
        The knowledge graph, or any graph from :mod:`kgraph.analysis` (an ego
        network, a time slice...), which is written as is.
    path : str or Path
    view : {"events", "aggregated", "signed"}
        Which graph to write (see the module notes).
    **filters
        Filters of the view (those of :func:`kgraph.query.filter_edges`).

    Returns
    -------
    Path

    Examples
    --------
    >>> import kgraph, tempfile, os, networkx as nx
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("Russia met China. Russia met China again.", doc_id="d")
    >>> with tempfile.TemporaryDirectory() as d:
    ...     G = nx.read_graphml(to_graphml(kg, os.path.join(d, "g.graphml"), view="aggregated"))
    >>> [d["weight"] for *_, d in G.edges(data=True)]
    [2]
    """
    H = _exportable(_view(kg, view, filters), dynamic=False)
    buf = io.BytesIO()
    nx.write_graphml(H, buf, encoding="utf-8", prettyprint=True)
    atomic_write_bytes(path, buf.getvalue())
    return Path(path)


def to_gexf(kg: GraphLike | nx.Graph, path: str | Path, view: View = "events",
            **filters: Any) -> Path:
    """Write a GEXF 1.2 file for Gephi, with dates as a timeline.

    Dated events (or, in the aggregated view, ties from their first to their
    last date) get GEXF ``start``/``end`` so Gephi's timeline can play them.
    Parameters are those of :func:`to_graphml`.

    Examples
    --------
    >>> import kgraph, tempfile, os, networkx as nx
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("Russia met China.", doc_id="d", date="2024-05-01")
    >>> with tempfile.TemporaryDirectory() as d:
    ...     G = nx.read_gexf(to_gexf(kg, os.path.join(d, "g.gexf")))
    >>> [(d["label"], d["start"]) for *_, d in G.edges(data=True)]
    [('meets', '2024-05-01')]
    """
    H = _exportable(_view(kg, view, filters), dynamic=True)
    buf = io.BytesIO()
    nx.write_gexf(H, buf, encoding="utf-8", prettyprint=True, version="1.2draft")
    atomic_write_bytes(path, buf.getvalue())
    return Path(path)


# -- RDF --------------------------------------------------------------------------------------
def to_jsonld(kg: GraphLike, path: str | Path | None = None,
              context: dict[str, Any] | None = None) -> str | Path:
    """Write the whole RDF graph as compact JSON-LD with a context.

    Parameters
    ----------
    kg : KnowledgeGraph
    path : str or Path, optional
        Where to write; the JSON text is returned when omitted.
    context : dict, optional
        A JSON-LD context; :data:`JSONLD_CONTEXT` by default.

    Examples
    --------
    >>> import json, kgraph
    >>> from rdflib import Graph, Literal
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("Russia met China.", doc_id="d")
    >>> text = to_jsonld(kg)
    >>> json.loads(text)["@context"]["source"]
    {'@id': 'kg:source', '@type': '@id'}
    >>> len(Graph().parse(data=text, format="json-ld")) == len(kg.rdf)
    True
    """
    data = kg.rdf.serialize(format="json-ld", context=context or JSONLD_CONTEXT, indent=1,
                            ensure_ascii=False)
    if path is None:
        return data
    atomic_write_bytes(path, data.encode("utf-8"))
    return Path(path)


def write_ontology(path: str | Path, vocabulary: Vocabulary | None = None,
                   format: str | None = None) -> Path:
    """Write the kgraph ontology (RDFS/OWL + SKOS) for a vocabulary.

    Parameters
    ----------
    path : str or Path
        The RDF format follows the extension (``.ttl``, ``.owl``, ``.jsonld``...).
    vocabulary : Vocabulary, optional
        The shipped vocabulary when omitted; pass ``kg.vocabulary`` to include
        your own relations.
    format : str, optional
        An rdflib format name overriding the extension.

    Examples
    --------
    >>> import tempfile, os
    >>> from rdflib import Graph, Literal
    >>> with tempfile.TemporaryDirectory() as d:
    ...     g = Graph().parse(write_ontology(os.path.join(d, "kgraph.ttl")))
    >>> from kgraph.ids import KG
    >>> from rdflib import RDFS
    >>> (KG.vetoes, RDFS.subPropertyOf, KG.rejects) in g
    True
    """
    from .ontology import build_ontology

    serialize_rdf(build_ontology(vocabulary), path, format)
    return Path(path)


# -- SHACL ------------------------------------------------------------------------------------
def shapes_graph() -> Graph:
    """Return the SHACL shapes of kgraph graphs (``kgraph/data/shapes.ttl``) as an rdflib graph.

    Examples
    --------
    >>> from rdflib import URIRef
    >>> g = shapes_graph()
    >>> URIRef("https://w3id.org/kgraph/shapes#EventShape") in set(g.subjects())
    True
    """
    return Graph().parse(data=read_data("shapes.ttl"), format="turtle")


def write_shapes(path: str | Path) -> Path:
    """Write the SHACL shapes file (Turtle) to ``path``; return the path."""
    atomic_write_bytes(path, read_data("shapes.ttl").encode("utf-8"))
    return Path(path)


def validate(kg: GraphLike | Graph) -> tuple[bool, str]:
    """Validate a knowledge graph (or an rdflib graph) against kgraph's SHACL shapes.

    Needs pySHACL (``pip install "kgraph[shacl]"``).

    Returns
    -------
    conforms : bool
    report : str
        pySHACL's text report: each violation with its focus node and message.

    Examples
    --------
    >>> import kgraph
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("Russia met China.", doc_id="d")
    >>> validate(kg)[0]
    True
    """
    try:
        from pyshacl import validate as shacl_validate
    except ImportError as err:
        raise ImportError("validate needs pySHACL: pip install 'kgraph[shacl]'") from err
    data = _reparsed(kg if isinstance(kg, Graph) else kg.rdf)
    conforms, _, text = shacl_validate(data, shacl_graph=shapes_graph(), inference="none",
                                       abort_on_first=False, allow_warnings=False)
    return bool(conforms), str(text)


def _reparsed(g: Graph) -> Graph:
    """Copy ``g`` with every literal rebuilt from its lexical form, as a parser would.

    An in-memory literal can hold a Python value of another type than its
    datatype's (``Literal(0.5, datatype=XSD.decimal)`` keeps a float), which
    pySHACL's datatype check compares; validating the lexical forms checks what
    a saved file contains.
    """
    out = Graph()
    for s, p, o in g:
        if isinstance(o, Literal):
            o = Literal(str(o), lang=o.language, datatype=o.datatype)
        out.add((s, p, o))
    return out
