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
from collections import deque
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from . import rdf as _rdf
from .checks import check_bool, check_int, check_number, check_optional_str, check_variable
from .checks import check_date as _check_date
from .checks import check_local_query as _check_local_query
from .checks import check_text as _check_text
from .datelines import dateline_date
from .errors import InputError, KgraphError, StoreError
from .events import REALIZE_DAYS, WINDOW_DAYS, Consolidator, Event
from .ids import doc_iri
from .io import format_for
from .model import MODALITIES, Actor, Document, Edge
from .sources import Record, count_records, iter_records, text_doc_id
from .stores import Store, get_store
from .storeview import StoreView, view_of
from .storewriter import StoreWriter
from .vocab import Vocabulary, default_vocabulary

if TYPE_CHECKING:
    import networkx as nx

    from .actors import ActorDictionary
    from .export import View
    from .extract import Extractor

__all__ = ["KnowledgeGraph", "load"]


def _dropped_chars(text: str) -> int:
    """Characters of ``text`` that cleaning removes as boilerplate (kept on its :class:`Document`)."""
    from .clean import dropped_chars as count

    return count(text)

class KnowledgeGraph:
    """An actor-relationship knowledge graph stored as RDF in a pluggable store.

    Parameters
    ----------
    store : str or Store, default "memory"
        Where triples live (see :mod:`kgraph.stores`): ``"memory"`` (rdflib's
        in-memory graph), ``"oxigraph"`` (persistent, on disk at ``path``),
        ``"sparql"`` (a SPARQL 1.1 Query + Update ``endpoint``), any
        registered name, or an open :class:`~kgraph.stores.Store`.
    extractor : Extractor, optional
        The extractor used by :meth:`add_text`; the shipped one when omitted.
    vocabulary : Vocabulary, optional
        Relation vocabulary (the shipped one when omitted).
    path : str or Path, optional
        Directory of an ``"oxigraph"`` store (created if missing; reopened
        with its triples if it exists).
    endpoint : str, optional
        URL of a ``"sparql"`` store's endpoint.
    **store_options
        Further options of the store (``graph=``, ``update_endpoint=``,
        ``auth=``, ``batch_triples=``...).

    Examples
    --------
    >>> kg = KnowledgeGraph()
    >>> kg.add_text("France proposed talks to Germany.", doc_id="a")[0].relation
    'proposes'
    >>> KnowledgeGraph(store="oxigraph").store     # in memory without a path
    'oxigraph'
    """

    def __init__(self, store: str | Store = "memory", extractor: Extractor | None = None,
                 vocabulary: Vocabulary | None = None, *, path: str | Path | None = None,
                 endpoint: str | None = None, **store_options: Any) -> None:
        if isinstance(store, Store):
            if path is not None or endpoint is not None or store_options:
                raise InputError("give store options when naming a store, not with an open Store")
            self.backend = store
        else:
            if path is not None:
                store_options["path"] = path
            if endpoint is not None:
                store_options["endpoint"] = endpoint
            self.backend = get_store(store, **store_options)
        #: The store's registered name ("memory", "oxigraph", "sparql"...).
        self.store: str = self.backend.name
        self._extractor = extractor
        self._dictionary: ActorDictionary | None = None
        self.vocabulary = vocabulary or (extractor.vocabulary if extractor else default_vocabulary())
        self._view: StoreView = view_of(self.backend, self.flush)
        self._view.prepare()
        self._writes = StoreWriter(self.backend, self._view, self.vocabulary)
        self._other_windows: tuple[Consolidator, int] | None = None  # events with other windows
        self._checked_empty = False  # whether the first write asked if the store was empty
        self._actors_synced: tuple[Consolidator, int] | None = None  # consolidator, generation last synced

    @property
    def rdf(self) -> Graph:
        """The triples as an rdflib :class:`~rdflib.Graph`.

        The memory store's graph itself; on ``"oxigraph"`` an rdflib view
        through oxrdflib (SPARQL runs on Oxigraph); on ``"sparql"`` a view
        through rdflib's SPARQLUpdateStore (one HTTP request per call).
        Pending bulk writes are flushed first.
        """
        self.flush()
        return self.backend.graph

    # -- ingest ---------------------------------------------------------------------------
    @property
    def extractor(self) -> Extractor:
        """The extractor used for text (created on first use)."""
        if self._extractor is None:
            from .extract import default_extractor  # spaCy: only when text is extracted

            self._extractor = default_extractor()
        return self._extractor

    @property
    def actor_dictionary(self) -> ActorDictionary:
        """The actor dictionary that names not stored in the graph are looked up in.

        The extractor's when it has one, else the shipped dictionary; reading
        it never loads a spaCy pipeline.
        """
        if self._extractor is not None:
            return self._extractor.actors
        if self._dictionary is None:
            from .actors import default_actors

            self._dictionary = default_actors()
        return self._dictionary

    def add_text(self, text: str, doc_id: str | None = None, date: str | None = None,
                 title: str | None = None, url: str | None = None,
                 outlet: str | None = None) -> list[Edge]:
        """Extract edges from ``text`` and store them with the document's metadata.

        Adding the same ``doc_id`` again replaces that document's edges. Without a
        ``date``, a dateline that writes its year ("MOSCOW, March 13, 2025 (Reuters) -")
        dates the document (:func:`kgraph.datelines.dateline_date`).

        Returns
        -------
        list of Edge
            The edges extracted from this document.
        """
        _check_text(text)
        date = _check_date(date) or dateline_date(text)
        for value, name in ((title, "title"), (url, "url"), (outlet, "outlet")):
            check_optional_str(value, name)
        doc_id = doc_id if doc_id is not None else text_doc_id(text)
        if not isinstance(doc_id, str):
            raise TypeError(f"doc_id must be str, not {type(doc_id).__name__}")
        edges = self.extractor.extract(text, doc_id=doc_id, date=date)
        self._store_document(Document(doc_id, title=title, url=url, outlet=outlet, date=date,
                                      dropped_chars=_dropped_chars(text)), edges)
        self._writes.send()
        return edges

    def add_documents(self, items: Any, batch_size: int = 16, n_process: int = 1,
                      progress: bool = True, keep_edges: bool = True,
                      total: int | None = None) -> list[Edge]:
        """Extract and store many documents (paths, directories, ``.jsonl`` files or dicts).

        Documents stream through spaCy's ``nlp.pipe`` in batches of
        ``batch_size`` with ``n_process`` worker processes: only the documents
        in flight are held in memory, and stores that load in bulk receive
        the triples in batches. A progress bar (tqdm) shows on a terminal or
        in a notebook, with the total and the time left when the number of
        documents is known (paths, lists of records: they are counted first;
        see :func:`kgraph.sources.count_records`). A document id seen again
        replaces that document.

        Parameters
        ----------
        items : path, record or iterable of them
            ``.txt``, ``.jsonl`` and ``.html`` files (HTML needs the ``html``
            extra), directories of them, or mappings with ``text``.
        batch_size : int, default 16
            Texts per ``nlp.pipe`` batch.
        n_process : int, default 1
            spaCy worker processes (at least 1).
        progress : bool, default True
            Show a progress bar.
        keep_edges : bool, default True
            Return the edges added; ``False`` returns an empty list and keeps
            memory bounded on corpora of any size.
        total : int, optional
            The number of documents, for the progress bar; counted from ``items``
            when omitted and possible.

        Returns
        -------
        list of Edge
            The edges added (empty when ``keep_edges=False``).

        Examples
        --------
        >>> kg = KnowledgeGraph()
        >>> docs = [{"id": "a", "text": "Russia met China."}, {"id": "b", "text": "Chile condemned Peru."}]
        >>> len(kg.add_documents(docs, progress=False)), [d.id for d in kg.documents()]
        (2, ['a', 'b'])
        """
        from tqdm.auto import tqdm

        check_int(batch_size, "batch_size", minimum=1)
        check_int(n_process, "n_process", minimum=1)
        records: deque[Record] = deque()

        def feed() -> Iterable[tuple[str, str | None, str | None]]:
            for rec in iter_records(items):
                records.append(rec)
                yield rec.text, rec.id, rec.date

        out: list[Edge] = []
        if progress and total is None:
            total = count_records(items)
        bar = tqdm(desc="documents", unit="doc", total=total, disable=not progress)
        try:
            for edges in self.extractor.extract_many(feed(), batch_size, n_process):
                rec = records.popleft()
                self._store_document(
                    Document(rec.id, title=rec.title, url=rec.url, outlet=rec.outlet,
                             date=_check_date(rec.date), dropped_chars=_dropped_chars(rec.text)), edges)
                if keep_edges:
                    out.extend(edges)
                bar.update(1)
        finally:
            bar.close()
        self.flush()
        return out

    def add_edges(self, edges: Iterable[Edge], document: Document | None = None) -> None:
        """Store edges that were extracted elsewhere (with optional document metadata).

        With ``document``, that document is replaced (as :meth:`add_text`
        does); without it, edges are added to whatever their documents hold.
        """
        if document is not None:
            self._store_document(document, list(edges))
            self._writes.send()
            return
        self._follow_events()
        self._writes.add_edges(edges)

    def flush(self) -> None:
        """Write pending batches to the store and wait until it holds them.

        Raises
        ------
        StoreError
            When the store fails; on a remote store the message names the
            documents being written (``while writing document <id>: ...``).
        """
        self._writes.flush()

    def _changed(self) -> None:
        self._view.changed()

    def _store_document(self, document: Document, edges: list[Edge]) -> None:
        """Replace one document (see :meth:`kgraph.storewriter.StoreWriter.replace_document`)."""
        self._follow_events()
        self._writes.replace_document(document, edges)

    def _follow_events(self) -> None:
        """Before the first write: on an empty store, consolidate the mentions as they are written.

        A store that already holds mentions is left to the first :meth:`events`,
        which reads them back once (see :meth:`_consolidated`).
        """
        if not self._checked_empty:
            self._checked_empty = True
            if self._writes.consolidator is None and self._view.count() == 0:
                self._writes.consolidator = Consolidator(self.vocabulary)

    def has_document(self, doc_id: str) -> bool:
        """True if a document with this id is stored."""
        return self._writes.has_document(doc_id)

    def remove_document(self, doc_id: str) -> int:
        """Remove a document, its events and the direct triples only it supported.

        Actors no remaining event mentions are removed too.

        Returns
        -------
        int
            The number of events removed.

        Examples
        --------
        >>> kg = KnowledgeGraph()
        >>> _ = kg.add_text("Chile condemned Peru.", doc_id="a")
        >>> kg.remove_document("a"), len(kg), kg.actors()
        (1, 0, [])
        """
        if not isinstance(doc_id, str):
            raise TypeError(f"doc_id must be str, not {type(doc_id).__name__}")
        return self._writes.remove_document(doc_id)

    def close(self) -> None:
        """Flush pending writes and close the store (a persistent store can be reopened)."""
        try:
            self.flush()
        finally:
            self.backend.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading (kgraph.storeview does it for each kind of store) ----------------------------
    def __len__(self) -> int:
        return self._view.count()

    def _all_edges(self) -> list[Edge]:
        return self._view.all_edges()

    def _actors_table(self) -> dict[str, Actor]:
        return {a.id: a for a in self._view.actors()}

    def documents(self) -> list[Document]:
        """Return the stored documents, ordered by id."""
        return self._view.documents()

    def actors(self) -> list[Actor]:
        """Return the actors that take part in at least one stored edge, by label."""
        return self._view.actors()

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
        return self._view.actor(sorted(ids)[0])

    def _actor_ids(self, name: str | Actor) -> set[str]:
        if isinstance(name, Actor):
            return {name.id}
        if not isinstance(name, str):
            raise TypeError(f"actor must be str or Actor, not {type(name).__name__}")
        return self._view.actor_ids(name)

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
        check_bool(negated, "negated", optional=True)
        check_optional_str(doc_id, "doc_id")
        min_confidence = check_number(min_confidence, "min_confidence")
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
        if modality is not None and modality not in MODALITIES:
            raise InputError(f"modality must be asserted, planned or hypothetical, not {modality!r}")
        out = []
        for e in self._view.candidates(rels, src_ids, tgt_ids, doc_id):
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

    def events(self, source: str | Actor | None = None, relation: str | None = None,
               target: str | Actor | None = None, since: str | None = None,
               until: str | None = None, modality: str | None = None,
               negated: bool | None = None, doc_id: str | None = None,
               min_confidence: float = 0.0, subrelations: bool = True,
               include_affiliated: bool = False, window_days: int = WINDOW_DAYS,
               realize_days: int = REALIZE_DAYS) -> list[Event]:
        """Return the events (mentions of one fact consolidated) with a mention matching the filters.

        The stored edges are the mentions; :mod:`kgraph.events` gives the rules
        that make them events. An event is returned whole (every mention, however
        the filters select) when at least one of its mentions passes the filters
        of :meth:`edges`. Consolidation is incremental: every mention written
        through this graph (:meth:`add_text`, :meth:`add_documents`,
        :meth:`add_edges`) is handed to the consolidator as it is written and
        :meth:`remove_document` takes its mentions out, so a call recomputes only
        the facts that changed since the last one and never reads the mentions
        back. A graph opened on a store that already holds mentions (or loaded
        from a file) reads them back once, on its first call.

        Parameters
        ----------
        source, relation, target, since, until, modality, negated, doc_id
            As in :meth:`edges`; also ``min_confidence``, ``subrelations`` and ``include_affiliated``.
        window_days : int, default 7
            Dated mentions at most this many days after an event's first date join it.
        realize_days : int, default 30
            How long after a plan an asserted event can realize it.

        Examples
        --------
        >>> kg = KnowledgeGraph()
        >>> _ = kg.add_text("Russia vetoed the resolution on Syria.", doc_id="a", date="2025-03-01")
        >>> _ = kg.add_text("Moscow cast a veto against the Syria resolution.", doc_id="b", date="2025-03-01")
        >>> [(str(ev), ev.n_documents) for ev in kg.events()]
        [('Russia --vetoes--> Syria (2 mentions)', 2)]
        >>> _ = kg.remove_document("a")
        >>> [ev.n_documents for ev in kg.events(source="Russia")]
        [1]
        """
        check_int(window_days, "window_days", minimum=0)
        check_int(realize_days, "realize_days", minimum=0)
        events = self._consolidated(window_days, realize_days).events()
        if all(v is None for v in (source, relation, target, since, until, modality, negated, doc_id)) \
                and not min_confidence and not include_affiliated:
            return events
        from .events import mention_key

        keep = {mention_key(e) for e in self.edges(
            source, relation, target, since, until, modality, negated, doc_id, min_confidence,
            subrelations, include_affiliated)}
        return [ev for ev in events if any(mention_key(m) in keep for m in ev.mentions)]

    def _consolidated(self, window_days: int, realize_days: int) -> Consolidator:
        """The consolidator of every stored mention, with these windows.

        The writer keeps one up to date as mentions are written and documents
        removed (:attr:`kgraph.storewriter.StoreWriter.consolidator`), so after an
        ingest in this process only the events are built. A graph opened on a
        store that already held mentions, loaded from a file, or written past this
        object (its count of mentions differs) reads every mention back once; the
        writer keeps that one up to date from then on. Events with other windows
        are consolidated again from the mentions held.
        """
        c = self._writes.consolidator
        if c is None or len(c) != len(self):
            c = Consolidator(self.vocabulary)
            c.add(self.edges(), self.documents())
            self._writes.consolidator = c
        synced = self._actors_synced
        if synced is None or synced[0] is not c or synced[1] != c.generation:  # written since
            c.use_actors(self._actors_table())  # the actors as the store reads them back
            self._actors_synced = (c, c.generation)
        if (window_days, realize_days) == (c.window_days, c.realize_days):
            return c
        other = self._other_windows
        if other is None or other[1] != c.generation or \
                (other[0].window_days, other[0].realize_days) != (window_days, realize_days):
            other = self._other_windows = (c.with_windows(window_days, realize_days), c.generation)
        return other[0]

    def actor_ids(self, name: str | Actor) -> set[str]:
        """Return the IRIs ``name`` denotes (empty when it denotes no actor).

        The stored actors with that IRI, label or alias; when none is stored,
        the actor of that name in the actor dictionary (``"Moscow"`` is Russia),
        without loading a spaCy pipeline.

        Examples
        --------
        >>> kg = KnowledgeGraph()
        >>> _ = kg.add_text("Russia condemned Ukraine.", doc_id="d")
        >>> kg.actor_ids("the Kremlin"), kg.actor_ids("Atlantis")
        ({'https://w3id.org/kgraph/actor/russia'}, set())
        """
        ids = self._actor_ids(name)
        if not ids and isinstance(name, str):
            found = self.actor_dictionary.lookup(name)
            if found is not None:
                ids = {found.id}
        return ids

    def _filter_ids(self, name: str | Actor | None) -> set[str] | None:
        return None if name is None else self.actor_ids(name)

    def sparql(self, query: str, *, allow_remote: bool = False, **bindings: Any) -> list[dict[str, Any]]:
        """Run a SPARQL query; keyword arguments bind query variables safely.

        A query runs on this graph only: ``SERVICE``, ``FROM``/``FROM NAMED``
        and ``LOAD`` (which make the engine send requests to another endpoint,
        fetch a URL or read a file) are refused with an :class:`InputError`.
        ``allow_remote=True`` lets them through; only give it for queries you
        trust, since a query pasted from elsewhere can then make this process
        reach any address it can (internal services included) and read what
        comes back.

        Values are passed through rdflib's ``initBindings`` (never formatted
        into the query text): an :class:`Actor` or rdflib term binds as is, a
        ``str`` starting with ``http://`` or ``https://`` binds as an IRI,
        anything else as a literal. The prefixes ``kg``, ``kga``, ``kge``,
        ``kgd``, ``prov``, ``skos``, ``owl``, ``rdfs``, ``xsd``, ``dcterms`` and
        ``wd`` are predeclared. A binding's name must be a variable of the
        query (``s=`` binds ``?s``); any other name is an :class:`InputError`.

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
        if not allow_remote:
            _check_local_query(query)
        for name in bindings:
            check_variable(name, query)
        init = {k: _term(v) for k, v in bindings.items()}
        self.flush()
        try:
            result = self.backend.query(query, _rdf_prefixes(), init)
        except KgraphError:
            raise
        except OSError as err:  # a remote endpoint (allow_remote=True) refused or failed
            raise StoreError(f"SPARQL query failed: {err}") from err
        except Exception as err:  # pyparsing and rdflib raise many types
            msg = str(err).strip().splitlines()[0][:200] if str(err).strip() else type(err).__name__
            raise InputError(f"SPARQL query failed: {msg}") from err
        if result.type == "ASK":
            return [{"ask": result.ask}]
        if result.type == "CONSTRUCT":
            return [{"s": s.toPython(), "p": p.toPython(), "o": o.toPython()} for s, p, o in result.rows]
        return [{v: (t.toPython() if t is not None else None) for v, t in zip(result.vars, row)}
                for row in result.rows]

    # -- persistence ------------------------------------------------------------------------
    def save(self, path: str | Path, format: str | None = None, *, events: bool = False) -> Path:
        """Save the graph as Turtle, TriG, N-Triples, N-Quads, JSON-LD or RDF/XML (by extension).

        The file is written atomically (a temporary file beside it, then a rename).
        Persistent stores keep their triples without this; ``save`` exports them.
        With ``events=True`` the file also holds the consolidated events
        (:meth:`events`) as ``kg:Occurrence`` nodes linking their mention nodes
        (docs/rdf-model.md); :func:`load` drops them again, since they are
        recomputed from the mentions.

        Examples
        --------
        >>> import tempfile, os
        >>> kg = KnowledgeGraph()
        >>> _ = kg.add_text("Russia met China.", doc_id="a", date="2025-01-02")
        >>> _ = kg.add_text("China met Russia.", doc_id="b", date="2025-01-02")
        >>> with tempfile.TemporaryDirectory() as d:
        ...     path = kg.save(os.path.join(d, "g.ttl"), events=True)
        ...     "kg:documentCount 2" in path.read_text(), len(load(path).events())
        (True, 1)
        """
        fmt = format_for(path, format)
        self.flush()
        if not events:
            self.backend.dump(path, fmt)
            return Path(path)
        from .io import serialize_rdf

        g = _rdf.bind_prefixes(Graph())
        g.addN((s, p, o, g) for s, p, o in self.rdf)
        _rdf.add_events(g, self.events(), self.vocabulary)
        serialize_rdf(g, path, fmt)
        return Path(path)

    # -- views ---------------------------------------------------------------------------------
    def to_networkx(self, include_negated: bool = True, level: str = "mention") -> nx.DiGraph:
        """Return a networkx graph of the actors at one level of detail.

        Parameters
        ----------
        include_negated : bool, default True
            Keep negated statements.
        level : {"mention", "event", "pair"}, default "mention"
            ``"mention"``: a :class:`networkx.MultiDiGraph` with one edge per stored
            edge, as extracted (see :func:`kgraph.views.events_graph`); on
            SPARQL-native stores built straight from bulk query rows, the same
            graph. ``"event"``: one edge per consolidated :meth:`events` item,
            weighted by its number of documents
            (:func:`kgraph.views.consolidated_graph`). ``"pair"``: one edge per
            ordered actor pair, weighted by its number of events
            (:func:`kgraph.analysis.aggregated_graph`, any modality).

        Examples
        --------
        >>> kg = KnowledgeGraph()
        >>> _ = kg.add_text("Russia met China. China met Russia.", doc_id="a", date="2025-01-02")
        >>> _ = kg.add_text("Russia met China.", doc_id="b", date="2025-01-03")
        >>> [kg.to_networkx(level=lv).number_of_edges() for lv in ("mention", "event", "pair")]
        [3, 1, 1]
        """
        if level == "event":
            from .views import consolidated_graph

            return consolidated_graph(self.events(), self.vocabulary, include_negated)
        if level == "pair":
            from .analysis import aggregated_graph

            return aggregated_graph(self, modality=None, negated=None if include_negated else False)
        if level != "mention":
            raise InputError(f"level must be mention, event or pair, not {level!r}")
        built = self._view.networkx(self.vocabulary, include_negated)
        if built is not None:
            return built
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
        return self._view.stats()

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

    def to_graphml(self, path: str | Path, view: View = "events", **filters: Any) -> Path:
        """Write a GraphML file for Gephi and networkx; see :func:`kgraph.export.to_graphml`."""
        from .export import to_graphml

        return to_graphml(self, path, view, **filters)

    def to_gexf(self, path: str | Path, view: View = "events", **filters: Any) -> Path:
        """Write a GEXF file with a timeline for Gephi; see :func:`kgraph.export.to_gexf`."""
        from .export import to_gexf

        return to_gexf(self, path, view, **filters)

    def to_parquet(self, path: str | Path, **filters: Any) -> Path:
        """Write the edge table as Parquet; see :func:`kgraph.export.to_parquet`."""
        from .export import to_parquet

        return to_parquet(self, path, **filters)

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


def _rdf_prefixes() -> dict[str, str]:
    return {k: str(v) for k, v in _rdf.PREFIXES.items()}


def _term(value: Any) -> Any:
    if isinstance(value, Node):
        return value
    if isinstance(value, (Actor,)):
        return URIRef(value.id)
    if isinstance(value, Document):
        return URIRef(doc_iri(value.id))
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        return URIRef(value)
    return Literal(value)


def load(path: str | Path, format: str | None = None, store: str = "memory",
         **store_options: Any) -> KnowledgeGraph:
    """Load a graph saved with :meth:`KnowledgeGraph.save` (format from the extension).

    Parameters
    ----------
    path : str or Path
        The RDF file.
    format : str, optional
        rdflib format name, when the extension does not tell.
    store : str, default "memory"
        Store to load into, with its options (``path`` is then ``store_path``
        for an ``"oxigraph"`` directory, or ``endpoint=`` for ``"sparql"``).

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
    ...     path = os.path.join(d, "g.ttl")
    ...     len(kgraph.load(path)), len(kgraph.load(path, store="oxigraph"))
    (1, 1)
    """
    if "store_path" in store_options:
        store_options["path"] = store_options.pop("store_path")
    kg = KnowledgeGraph(store=store, **store_options)
    kg.backend.load(path, format_for(path, format))
    from .bulk.rows import remove_occurrences

    remove_occurrences(kg.backend)
    kg._view.prepare()
    return kg
