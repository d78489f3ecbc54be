"""Exports: CSV, pandas, Parquet, GraphML and GEXF for Gephi, JSON-LD, the ontology and SHACL shapes.

Each writer takes a :class:`~kgraph.KnowledgeGraph` and a path (and, for
CSV and JSON-LD, returns the text when the path is omitted). Files are written
atomically. pandas, pyarrow and pySHACL are optional and imported only when used
(``pip install "kgraph[pandas]"``, ``"kgraph[parquet]"``, ``"kgraph[shacl]"``).

The edge table (:data:`EDGE_COLUMNS`: CSV, DataFrame, Parquet) has one row per
event, like GDELT's and ICEWS's event tables: actors with their kind and Wikidata
id, the relation with its CAMEO code, PLOVER type, quad class and Goldstein-style
weight, the date, the evidence and the document, and ``event_id``, the event's
node in the RDF graph. Its first five columns are those Gephi's spreadsheet
import reads by name (``source``, ``target``, ``type``, ``label``, ``weight``;
Gephi ignores their case), so ``edges.csv`` opens in Gephi as an edge table with
actors as nodes. :data:`EDGE_DTYPES` gives each column's pandas dtype:
:func:`to_dataframe`, :func:`to_parquet` and :func:`read_edges_csv` use them.

Graph files come in three views: ``"events"`` (one edge per extracted edge, a
mention, like :meth:`KnowledgeGraph.to_networkx`; ``weight`` is 1 so that Gephi's
merging of parallel edges sums to their counts, the relation's Goldstein-style
weight is in ``goldstein``), ``"aggregated"`` (:func:`kgraph.analysis.aggregated_graph`)
and ``"signed"`` (:func:`kgraph.analysis.signed_graph`); the last two count
consolidated events unless given ``count="mentions"``. Attributes are made
valid for GraphML and GEXF: no missing values written as ``None``, lists and
dicts as ``"; "``-joined text, one type per attribute name.

Examples
--------
>>> import kgraph, tempfile, os
>>> kg = kgraph.KnowledgeGraph()
>>> _ = kg.add_text("Russia met China. Ukraine condemned Russia.", doc_id="d", date="2024-05-01")
>>> print(to_csv(kg).splitlines()[1][:33])
Russia,China,Directed,meets,1.0,h
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
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
from rdflib import Graph, Literal

from ._data import read_data
from .errors import InputError
from .ids import edge_event_iri
from .io import atomic_write_bytes, serialize_rdf
from .query import filter_edges
from .views import events_graph

if TYPE_CHECKING:
    import pandas

    from .model import Document, Edge
    from .protocol import GraphLike
    from .vocab import Relation, Vocabulary

__all__ = [
    "EDGE_COLUMNS",
    "EDGE_DTYPES",
    "JSONLD_CONTEXT",
    "VIEWS",
    "View",
    "read_edges_csv",
    "shapes_graph",
    "to_csv",
    "to_dataframe",
    "to_gexf",
    "to_graphml",
    "to_jsonld",
    "to_parquet",
    "validate",
    "write_ontology",
    "write_shapes",
]

#: Columns of :func:`to_csv`, :func:`to_dataframe` and :func:`to_parquet`, in order. The first
#: five are Gephi's edge table: ``source`` and ``target`` (actor labels, Gephi's node ids),
#: ``type`` ("Directed"), ``label`` (the relation) and ``weight`` (1.0 an event, so that
#: Gephi's merging of parallel edges counts events).
EDGE_COLUMNS = (
    "source", "target", "type", "label", "weight",
    "event_id", "relation", "cameo", "plover", "quad_class", "goldstein", "modality", "negated",
    "date", "confidence",
    "source_id", "source_kind", "source_wikidata", "target_id", "target_kind", "target_wikidata",
    "trigger", "source_text", "target_text", "sentence",
    "doc_id", "start", "end", "title", "outlet", "url",
)

#: The pandas dtype of each column of :data:`EDGE_COLUMNS`: text (codes such as CAMEO
#: ``"042"`` included: their leading zeros matter) is ``object`` with None for missing
#: values, ``date`` is ``datetime64[ns]`` (a month or a year alone becomes its first day;
#: NaT when unknown), ``goldstein`` is NaN for a relation the vocabulary does not know.
EDGE_DTYPES: dict[str, str] = {
    **{c: "object" for c in EDGE_COLUMNS},
    "weight": "float64", "goldstein": "float64", "negated": "bool", "date": "datetime64[ns]",
    "confidence": "float64", "start": "int64", "end": "int64",
}

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
def _row(e: Edge, rel: Relation | None, doc: Document | None) -> dict[str, Any]:
    row: dict[str, Any] = {
        "source": e.source.label, "target": e.target.label, "type": "Directed", "label": e.relation,
        "weight": 1.0, "event_id": edge_event_iri(e), "relation": e.relation, "cameo": e.cameo,
        "plover": e.plover, "quad_class": rel.quad_class if rel else None,
        "goldstein": rel.weight if rel else None, "modality": e.modality, "negated": e.negated,
        "date": e.date, "confidence": e.confidence,
        "source_id": e.source.id, "source_kind": e.source.kind, "source_wikidata": e.source.wikidata,
        "target_id": e.target.id, "target_kind": e.target.kind, "target_wikidata": e.target.wikidata,
        "trigger": e.trigger, "source_text": e.source_text, "target_text": e.target_text,
        "sentence": e.sentence, "doc_id": e.doc_id, "start": e.start, "end": e.end,
        "title": doc.title if doc else None, "outlet": doc.outlet if doc else None,
        "url": doc.url if doc else None,
    }
    # one spelling of "unknown" in every format: an empty CSV cell, None in pandas
    return {k: (None if v == "" else v) for k, v in row.items()}


def _rows(kg: GraphLike, filters: dict[str, Any]) -> list[dict[str, Any]]:
    docs = {d.id: d for d in kg.documents()}
    return [_row(e, kg.vocabulary.get(e.relation), docs.get(e.doc_id) if e.doc_id is not None else None)
            for e in filter_edges(kg, **filters)]


def to_csv(kg: GraphLike, path: str | Path | None = None, **filters: Any) -> str | Path:
    """Write the edges as CSV, one row per event (columns :data:`EDGE_COLUMNS`).

    The file opens in Gephi (Data Laboratory, Import Spreadsheet, as an edges
    table) and in pandas: :func:`read_edges_csv` reads it back with
    :data:`EDGE_DTYPES`; plain ``pandas.read_csv`` infers the numbers and flags,
    but would read the CAMEO code ``"042"`` as the number 42 and leave dates as text.

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
    >>> [(r["source"], r["label"], r["goldstein"]) for r in csv.DictReader(to_csv(kg).splitlines())]
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


def _pandas(what: str) -> Any:
    try:
        import pandas as pd
    except ImportError as err:
        raise ImportError(f"{what} needs pandas: pip install 'kgraph[pandas]'") from err
    return pd


def _typed(pd: Any, df: pandas.DataFrame) -> pandas.DataFrame:
    """Give ``df`` the dtypes of :data:`EDGE_DTYPES`, with None for missing text."""
    for col, dtype in EDGE_DTYPES.items():
        if dtype == "object":
            df[col] = df[col].astype(object).where(df[col].notna(), None)
        elif dtype.startswith("datetime"):
            df[col] = pd.to_datetime(df[col], format="ISO8601", errors="coerce").astype(dtype)
        else:
            df[col] = df[col].astype(dtype)
    return df


def to_dataframe(kg: GraphLike, **filters: Any) -> pandas.DataFrame:
    """Return the edges as a pandas DataFrame, one row per event (needs pandas).

    Columns are :data:`EDGE_COLUMNS` with the dtypes of :data:`EDGE_DTYPES`:
    ``date`` is a datetime (``df.set_index("date").resample("W")`` works), codes
    stay text.

    Raises
    ------
    ImportError
        If pandas is not installed.

    Examples
    --------
    >>> import kgraph
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("Russia met China. Ukraine condemned Russia.", doc_id="d", date="2024-05-01")
    >>> df = to_dataframe(kg)
    >>> df.groupby("quad_class").size().to_dict()
    {'verbal_conflict': 1, 'verbal_cooperation': 1}
    >>> str(df["date"].dtype), df["date"].dt.year.tolist()
    ('datetime64[ns]', [2024, 2024])
    """
    pd = _pandas("to_dataframe")
    return _typed(pd, pd.DataFrame(_rows(kg, filters), columns=list(EDGE_COLUMNS)))


def read_edges_csv(path: str | Path) -> pandas.DataFrame:
    """Read an edge table written by :func:`to_csv` into pandas, with :data:`EDGE_DTYPES`.

    Gives the frame :func:`to_dataframe` gives for the same edges.

    Raises
    ------
    ImportError
        If pandas is not installed.
    InputError
        If the file lacks columns of :data:`EDGE_COLUMNS`.

    Examples
    --------
    >>> import kgraph, tempfile, os
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("Russia met China.", doc_id="d", date="2024-05-01")
    >>> with tempfile.TemporaryDirectory() as d:
    ...     df = read_edges_csv(to_csv(kg, os.path.join(d, "edges.csv")))
    >>> df.loc[0, "cameo"], df.loc[0, "date"].isoformat()
    ('04', '2024-05-01T00:00:00')
    """
    pd = _pandas("read_edges_csv")
    text = {c: "object" for c, t in EDGE_DTYPES.items() if t == "object"}
    df = pd.read_csv(path, dtype=text, keep_default_na=False, na_values={c: [""] for c in EDGE_COLUMNS})
    missing = [c for c in EDGE_COLUMNS if c not in df.columns]
    if missing:
        raise InputError(f"{path} is not a kgraph edge table: no column {', '.join(missing)}")
    return _typed(pd, df[list(EDGE_COLUMNS)].copy())


def to_parquet(kg: GraphLike, path: str | Path, **filters: Any) -> Path:
    """Write the edges as a Parquet file (needs pandas and pyarrow: ``kgraph[parquet]``).

    The table of :func:`to_dataframe`, its types kept: ``date`` is a timestamp,
    ``negated`` a boolean, ``start``/``end`` 64-bit integers, codes text.

    Raises
    ------
    ImportError
        If pandas or pyarrow is not installed.

    Examples
    --------
    >>> import kgraph, tempfile, os, pandas as pd
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("Russia met China.", doc_id="d", date="2024-05-01")
    >>> with tempfile.TemporaryDirectory() as d:
    ...     df = pd.read_parquet(to_parquet(kg, os.path.join(d, "edges.parquet")))
    >>> df.loc[0, ["source", "relation", "cameo"]].tolist(), str(df["date"].dtype)
    (['Russia', 'meets', '04'], 'datetime64[ns]')
    """
    try:
        import pyarrow  # noqa: F401  (pandas' Parquet engine)
    except ImportError as err:
        raise ImportError("to_parquet needs pyarrow: pip install 'kgraph[parquet]'") from err
    df = to_dataframe(kg, **filters)
    buf = io.BytesIO()
    df.to_parquet(buf, index=False)
    atomic_write_bytes(path, buf.getvalue())
    return Path(path)


# -- graph files ------------------------------------------------------------------------------
def _events_graph(edges: list[Edge], vocab: Vocabulary) -> nx.MultiDiGraph:
    """The event graph (:func:`kgraph.views.events_graph`) with its attributes for Gephi.

    Each edge also gets its event's codes (``cameo``, ``plover``) and ``event_id``, its node
    in the RDF graph.
    """
    G = events_graph(edges, vocab)
    seen: Counter[tuple[str, str]] = Counter()
    for e in edges:  # events_graph keys parallel edges 0, 1, 2... in the order of ``edges``
        pair = (e.source.id, e.target.id)
        G.edges[pair[0], pair[1], seen[pair]].update(
            cameo=e.cameo or None, plover=e.plover or None, event_id=edge_event_iri(e))
        seen[pair] += 1
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
    ...     M = nx.read_graphml(to_graphml(kg, os.path.join(d, "m.graphml"), view="aggregated",
    ...                                    count="mentions"))
    >>> [d["weight"] for *_, d in G.edges(data=True)], [d["weight"] for *_, d in M.edges(data=True)]
    ([1], [2])
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
