"""The :class:`KnowledgeGraph`: edges stored as RDF, with queries, views and exports.

Examples
--------
>>> import kgraph
>>> kg = kgraph.KnowledgeGraph()
>>> _ = kg.add_text("Ukraine condemned Russia. Russia met China.", doc_id="d1", date="2025-01-02")
>>> [str(e) for e in kg.edges(relation="condemns")]
['Ukraine --condemns--> Russia']
>>> len(kg)
2
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from . import rdf as _rdf
from .errors import InputError
from .extract import Extractor, _check_date, _check_text, default_extractor
from .ids import KG, doc_iri
from .io import parse_rdf, serialize_rdf
from .model import Actor, Document, Edge
from .sources import Record, iter_records, text_doc_id
from .vocab import Vocabulary, default_vocabulary

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["KnowledgeGraph", "load"]

_STORES = ("memory",)


class KnowledgeGraph:
    """An actor-relationship knowledge graph backed by an rdflib graph.

    Parameters
    ----------
    store : str, default "memory"
        Where triples live. ``"memory"`` is rdflib's in-memory graph.
    extractor : Extractor, optional
        The extractor used by :meth:`add_text`; the shipped one when omitted.
    vocabulary : Vocabulary, optional
        Relation vocabulary (the shipped one when omitted).

    Examples
    --------
    >>> kg = KnowledgeGraph()
    >>> kg.add_text("France proposed talks to Germany.", doc_id="a")[0].relation
    'proposes'
    """

    def __init__(self, store: str = "memory", extractor: Extractor | None = None,
                 vocabulary: Vocabulary | None = None) -> None:
        if store not in _STORES:
            raise InputError(f"unknown store {store!r}; available: {', '.join(_STORES)}")
        self.store = store
        self._extractor = extractor
        self.vocabulary = vocabulary or (extractor.vocabulary if extractor else default_vocabulary())
        self.rdf: Graph = _rdf.bind_prefixes(Graph())
        self._edge_cache: list[Edge] | None = None

    # -- ingest ---------------------------------------------------------------------------
    @property
    def extractor(self) -> Extractor:
        """The extractor used for text (created on first use)."""
        if self._extractor is None:
            self._extractor = default_extractor()
        return self._extractor

    def add_text(self, text: str, doc_id: str | None = None, date: str | None = None,
                 title: str | None = None, url: str | None = None,
                 outlet: str | None = None) -> list[Edge]:
        """Extract edges from ``text`` and store them with the document's metadata.

        Adding the same ``doc_id`` again replaces that document's edges.

        Returns
        -------
        list of Edge
            The edges extracted from this document.
        """
        _check_text(text)
        date = _check_date(date)
        doc_id = doc_id if doc_id is not None else text_doc_id(text)
        if not isinstance(doc_id, str):
            raise TypeError(f"doc_id must be str, not {type(doc_id).__name__}")
        edges = self.extractor.extract(text, doc_id=doc_id, date=date)
        self._store_document(Document(doc_id, title=title, url=url, outlet=outlet, date=date), edges)
        return edges

    def add_documents(self, items: Any, batch_size: int = 16, n_process: int = 1,
                      progress: bool = True) -> list[Edge]:
        """Extract and store many documents (paths, directories, ``.jsonl`` files or dicts).

        Documents stream through spaCy's ``nlp.pipe`` in batches; a progress bar
        (tqdm) shows on a terminal or in a notebook.

        Returns
        -------
        list of Edge
            All edges added.
        """
        from tqdm.auto import tqdm

        records: list[Record] = []

        def feed() -> Iterable[tuple[str, str | None, str | None]]:
            for rec in iter_records(items):
                records.append(rec)
                yield rec.text, rec.id, rec.date

        out: list[Edge] = []
        bar = tqdm(desc="documents", unit="doc", disable=not progress)
        try:
            for i, edges in enumerate(self.extractor.extract_many(feed(), batch_size, n_process)):
                rec = records[i]
                self._store_document(
                    Document(rec.id, title=rec.title, url=rec.url, outlet=rec.outlet,
                             date=_check_date(rec.date)), edges)
                out.extend(edges)
                bar.update(1)
        finally:
            bar.close()
        return out

    def add_edges(self, edges: Iterable[Edge], document: Document | None = None) -> None:
        """Store edges that were extracted elsewhere (with optional document metadata)."""
        if document is not None:
            self._store_document(document, list(edges))
            return
        for e in edges:
            if not isinstance(e, Edge):
                raise TypeError(f"add_edges takes Edge objects, not {type(e).__name__}")
            _rdf.add_edge(self.rdf, e, self.vocabulary)
        self._edge_cache = None

    def _store_document(self, document: Document, edges: list[Edge]) -> None:
        if self.has_document(document.id):
            self.remove_document(document.id)
        _rdf.add_document(self.rdf, document)
        for e in edges:
            _rdf.add_edge(self.rdf, e, self.vocabulary)
        self._edge_cache = None

    def has_document(self, doc_id: str) -> bool:
        """True if a document with this id is stored."""
        return (URIRef(doc_iri(doc_id)), RDF.type, KG.Document) in self.rdf

    def remove_document(self, doc_id: str) -> int:
        """Remove a document, its events and the direct triples only it supported.

        Returns
        -------
        int
            The number of events removed.
        """
        g = self.rdf
        d = URIRef(doc_iri(doc_id))
        events = list(g.subjects(KG.document, d))
        touched = set()
        for ev in events:
            touched.add((g.value(ev, KG.source), g.value(ev, KG.relation), g.value(ev, KG.target)))
            g.remove((ev, None, None))
        g.remove((d, None, None))
        for src, rel, tgt in touched:
            if src is None or rel is None or tgt is None:
                continue
            still = any(
                g.value(ev, KG.source) == src and g.value(ev, KG.target) == tgt
                and g.value(ev, KG.negated).toPython() is False
                and str(g.value(ev, KG.modality)) == "asserted"
                for ev in g.subjects(KG.relation, rel)
            )
            if not still:
                g.remove((src, URIRef(str(rel)), tgt))
        self._prune_actors()
        self._edge_cache = None
        return len(events)

    def _prune_actors(self) -> None:
        g = self.rdf
        used = set(g.objects(None, KG.source)) | set(g.objects(None, KG.target))
        for node in list(g.subjects(RDF.type, KG.Actor)):
            if node not in used:
                for an in list(g.objects(node, KG.affiliation)):
                    g.remove((an, None, None))
                g.remove((node, None, None))

    # -- reading ------------------------------------------------------------------------
    def __len__(self) -> int:
        return sum(1 for _ in _rdf.event_nodes(self.rdf))

    def _all_edges(self) -> list[Edge]:
        if self._edge_cache is None:
            self._edge_cache = _rdf.edges_from_graph(self.rdf)
        return self._edge_cache

    def documents(self) -> list[Document]:
        """Return the stored documents, ordered by id."""
        docs = [_rdf.document_from_graph(self.rdf, d) for d in self.rdf.subjects(RDF.type, KG.Document)]
        return sorted(docs, key=lambda d: d.id)

    def actors(self) -> list[Actor]:
        """Return the actors that take part in at least one stored edge, by label."""
        nodes = {n for n in self.rdf.subjects(RDF.type, KG.Actor)}
        return sorted((_rdf.actor_from_graph(self.rdf, n) for n in nodes), key=lambda a: a.label)

    def actor(self, name: str | Actor) -> Actor:
        """Return the stored actor with this IRI, label or alias.

        Raises
        ------
        KgraphError
            If no stored actor has that name.
        """
        ids = self._actor_ids(name)
        if not ids:
            raise InputError(f"no actor named {name!r} in this graph")
        return _rdf.actor_from_graph(self.rdf, URIRef(sorted(ids)[0]))

    def _actor_ids(self, name: str | Actor) -> set[str]:
        if isinstance(name, Actor):
            return {name.id}
        if not isinstance(name, str):
            raise TypeError(f"actor must be str or Actor, not {type(name).__name__}")
        if (URIRef(name), RDF.type, KG.Actor) in self.rdf:
            return {name}
        low = name.strip().lower()
        out = set()
        for pred in (RDFS.label, SKOS.altLabel):
            for s, o in self.rdf.subject_objects(pred):
                if isinstance(o, Literal) and str(o).lower() == low and \
                        (s, RDF.type, KG.Actor) in self.rdf:
                    out.add(str(s))
        return out

    def edges(self, source: str | Actor | None = None, relation: str | None = None,
              target: str | Actor | None = None, since: str | None = None,
              until: str | None = None, modality: str | None = None,
              negated: bool | None = None, doc_id: str | None = None,
              min_confidence: float = 0.0, subrelations: bool = True,
              include_affiliated: bool = False) -> list[Edge]:
        """Return stored edges matching all the given filters.

        Parameters
        ----------
        source, target : str or Actor, optional
            An actor IRI, label or alias.
        relation : str, optional
            A vocabulary relation; its sub-relations are included unless
            ``subrelations=False`` (``meets`` includes ``visits``).
        since, until : str, optional
            ISO dates bounding the edge date (inclusive).
        modality : str, optional
            ``"asserted"``, ``"planned"`` or ``"hypothetical"``.
        negated : bool, optional
            Keep only negated (True) or only non-negated (False) edges.
        doc_id : str, optional
            Keep edges of one document.
        min_confidence : float
            Lower bound on confidence.
        include_affiliated : bool, default False
            Let ``source`` and ``target`` also match the actors affiliated with
            them on the edge's date ("Russia" includes Putin and Lavrov); see
            :mod:`kgraph.query`.

        Examples
        --------
        >>> kg = KnowledgeGraph()
        >>> _ = kg.add_text("Russia vetoed a resolution drafted by France.", doc_id="d")
        >>> [e.relation for e in kg.edges(source="Moscow", relation="rejects")]
        ['vetoes']
        """
        if include_affiliated:
            from .query import filter_edges

            return filter_edges(self, source, relation, target, include_affiliated=True, since=since,
                                until=until, modality=modality, negated=negated, doc_id=doc_id,
                                min_confidence=min_confidence, subrelations=subrelations)
        rels = None
        if relation is not None:
            rels = self.vocabulary.descendants(relation) if subrelations else {self.vocabulary[relation].name}
        src_ids = self._filter_ids(source)
        tgt_ids = self._filter_ids(target)
        if since is not None:
            since = _check_date(since)
        if until is not None:
            until = _check_date(until)
        if modality is not None and modality not in ("asserted", "planned", "hypothetical"):
            raise InputError(f"modality must be asserted, planned or hypothetical, not {modality!r}")
        out = []
        for e in self._all_edges():
            if rels is not None and e.relation not in rels:
                continue
            if src_ids is not None and e.source.id not in src_ids:
                continue
            if tgt_ids is not None and e.target.id not in tgt_ids:
                continue
            if since and (not e.date or e.date[:10] < since):
                continue
            if until and (not e.date or e.date[:10] > until):
                continue
            if modality is not None and e.modality != modality:
                continue
            if negated is not None and e.negated != negated:
                continue
            if doc_id is not None and e.doc_id != doc_id:
                continue
            if e.confidence < min_confidence:
                continue
            out.append(e)
        return out

    def _filter_ids(self, name: str | Actor | None) -> set[str] | None:
        if name is None:
            return None
        ids = self._actor_ids(name)
        if not ids and isinstance(name, str):
            found = self.extractor.actors.lookup(name)
            if found is not None:
                ids = {found.id}
        return ids

    def sparql(self, query: str, **bindings: Any) -> list[dict[str, Any]]:
        """Run a SPARQL query; keyword arguments bind query variables safely.

        Values are passed through rdflib's ``initBindings`` (never formatted
        into the query text): an :class:`Actor` or rdflib term binds as is, a
        ``str`` starting with ``http://`` or ``https://`` binds as an IRI,
        anything else as a literal. The prefixes ``kg``, ``kga``, ``kge``,
        ``kgd``, ``prov``, ``skos``, ``owl``, ``rdfs``, ``xsd``, ``dcterms`` and
        ``wd`` are predeclared.

        Returns
        -------
        list of dict
            One dict per row, variable name -> Python value (for SELECT); for
            ASK a one-row list ``[{"ask": bool}]``.

        Examples
        --------
        >>> kg = KnowledgeGraph()
        >>> _ = kg.add_text("Russia condemned Ukraine.", doc_id="d")
        >>> q = "SELECT ?t WHERE { ?s kg:condemns ?t }"
        >>> [r["t"] for r in kg.sparql(q, s=kg.actor("Russia"))]
        ['https://w3id.org/kgraph/actor/ukraine']
        """
        if not isinstance(query, str):
            raise TypeError(f"query must be str, not {type(query).__name__}")
        init = {k: _term(v) for k, v in bindings.items()}
        try:
            result = self.rdf.query(query, initNs=_rdf.PREFIXES, initBindings=init)
        except Exception as err:  # pyparsing and rdflib raise many types
            msg = str(err).strip().splitlines()[0][:200] if str(err).strip() else type(err).__name__
            raise InputError(f"SPARQL query failed: {msg}") from err
        if result.type == "ASK":
            return [{"ask": bool(result.askAnswer)}]
        if result.type == "CONSTRUCT" or result.type == "DESCRIBE":
            return [{"s": s.toPython(), "p": p.toPython(), "o": o.toPython()} for s, p, o in result]
        rows = []
        for row in result:
            rows.append({str(v): (row[v].toPython() if row[v] is not None else None)
                         for v in result.vars})
        return rows

    # -- persistence ------------------------------------------------------------------------
    def save(self, path: str | Path, format: str | None = None) -> Path:
        """Save the graph as Turtle, TriG, N-Triples, N-Quads, JSON-LD or RDF/XML (by extension).

        The file is written atomically (a temporary file beside it, then a rename).
        """
        serialize_rdf(self.rdf, path, format)
        return Path(path)

    # -- views ---------------------------------------------------------------------------------
    def to_networkx(self, include_negated: bool = True) -> nx.MultiDiGraph:
        """Return a :class:`networkx.MultiDiGraph` with one edge per event (see kgraph.views)."""
        from .views import to_networkx

        return to_networkx(self, include_negated=include_negated)

    def to_html(self, path: str | Path, title: str | None = None, **options: Any) -> Path:
        """Write the interactive graph page (one self-contained HTML file); return its path."""
        from .html import write_html

        return write_html(self, path, title=title, **options)

    def show(self, title: str | None = None, height: int = 650, **options: Any) -> Any:
        """Display the interactive graph inline in Jupyter (an iframe with ``srcdoc``)."""
        from .html import show

        return show(self, title=title, height=height, **options)

    # -- summaries ------------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        """Return counts: documents, actors, events, direct triples and edges per relation."""
        edges = self._all_edges()
        return {
            "documents": len(self.documents()),
            "actors": len(set(self.rdf.subjects(RDF.type, KG.Actor))),
            "edges": len(edges),
            "asserted": sum(1 for e in edges if e.asserted),
            "triples": len(self.rdf),
            "relations": dict(Counter(e.relation for e in edges).most_common()),
        }

    # -- questions and exports (kgraph.query, kgraph.export) --------------------------------------
    def who(self, relation: str, target: str | Actor, **options: Any) -> list[tuple[str, int]]:
        """Return who did ``relation`` to ``target`` as ``(label, events)``; see :func:`kgraph.query.who`.

        Examples
        --------
        >>> kg = KnowledgeGraph()
        >>> _ = kg.add_text("France condemned Russia. Ukraine condemned Russia.", doc_id="d")
        >>> kg.who("condemns", "Russia")
        [('France', 1), ('Ukraine', 1)]
        """
        from .query import who

        return who(self, relation, target, **options)

    def whom(self, source: str | Actor, relation: str, **options: Any) -> list[tuple[str, int]]:
        """Return whom ``source`` did ``relation`` to; see :func:`kgraph.query.whom`."""
        from .query import whom

        return whom(self, source, relation, **options)

    def timeline(self, actor: str | Actor, other: str | Actor, **options: Any) -> list[dict[str, Any]]:
        """Return the dated interactions of two actors with evidence; see :func:`kgraph.query.timeline`."""
        from .query import timeline

        return timeline(self, actor, other, **options)

    def profile(self, actor: str | Actor, **options: Any) -> dict[str, Any]:
        """Return an actor's partners per relation, first and last seen; see :func:`kgraph.query.profile`."""
        from .query import profile

        return profile(self, actor, **options)

    def to_csv(self, path: str | Path | None = None, **filters: Any) -> str | Path:
        """Write the edges as CSV (or return the text); see :func:`kgraph.export.to_csv`."""
        from .export import to_csv

        return to_csv(self, path, **filters)

    def to_dataframe(self, **filters: Any) -> Any:
        """Return the edges as a pandas DataFrame; see :func:`kgraph.export.to_dataframe`."""
        from .export import to_dataframe

        return to_dataframe(self, **filters)

    def to_graphml(self, path: str | Path, view: str = "events", **filters: Any) -> Path:
        """Write a GraphML file for Gephi and networkx; see :func:`kgraph.export.to_graphml`."""
        from .export import to_graphml

        return to_graphml(self, path, view, **filters)

    def to_gexf(self, path: str | Path, view: str = "events", **filters: Any) -> Path:
        """Write a GEXF file with a timeline for Gephi; see :func:`kgraph.export.to_gexf`."""
        from .export import to_gexf

        return to_gexf(self, path, view, **filters)

    def to_jsonld(self, path: str | Path | None = None, context: dict[str, Any] | None = None) -> str | Path:
        """Write the RDF graph as JSON-LD with a context; see :func:`kgraph.export.to_jsonld`."""
        from .export import to_jsonld

        return to_jsonld(self, path, context)

    def validate(self) -> tuple[bool, str]:
        """Check the graph against the SHACL shapes (needs pySHACL); see :func:`kgraph.export.validate`."""
        from .export import validate

        return validate(self)

    def __repr__(self) -> str:
        s = self.stats()
        return (f"<KnowledgeGraph store={self.store!r} documents={s['documents']} "
                f"actors={s['actors']} edges={s['edges']}>")

    def _repr_html_(self) -> str:
        s = self.stats()
        rels = ", ".join(f"{html.escape(k)}: {v}" for k, v in s["relations"].items()) or "none"
        return (
            "<div><b>KnowledgeGraph</b> "
            f"({html.escape(self.store)}): {s['documents']} documents, {s['actors']} actors, "
            f"{s['edges']} edges ({s['asserted']} asserted), {s['triples']} triples"
            f"<br><small>{rels}</small></div>"
        )


def _term(value: Any) -> Any:
    from rdflib.term import Node

    if isinstance(value, Node):
        return value
    if isinstance(value, (Actor,)):
        return URIRef(value.id)
    if isinstance(value, Document):
        return URIRef(doc_iri(value.id))
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        return URIRef(value)
    return Literal(value)


def load(path: str | Path, format: str | None = None) -> KnowledgeGraph:
    """Load a graph saved with :meth:`KnowledgeGraph.save` (format from the extension).

    Raises
    ------
    RDFParseError
        If the file is missing, not UTF-8 or not valid RDF of that format.

    Examples
    --------
    >>> import kgraph, tempfile, os
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("Russia met China.", doc_id="d")
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = kg.save(os.path.join(d, "g.ttl"))
    ...     len(kgraph.load(os.path.join(d, "g.ttl")))
    1
    """
    kg = KnowledgeGraph()
    parse_rdf(path, format, into=kg.rdf)
    _rdf.bind_prefixes(kg.rdf)
    return kg


