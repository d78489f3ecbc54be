"""Extraction on a Dask cluster: documents partitioned across workers, edges stored by the client.

Each worker keeps one :class:`~kgraph.Extractor` (spaCy loads once per worker
process or thread) and turns a partition of records into edges; the client
streams records out in partitions, keeps a bounded number in flight, and
writes each finished partition into its :class:`~kgraph.KnowledgeGraph`,
whatever the store (memory, Oxigraph on disk, a SPARQL endpoint).

Needs ``pip install "kgraph[dask]"``.

Examples
--------
>>> import kgraph
>>> from dask.distributed import Client, LocalCluster
>>> from kgraph.distributed import add_documents_distributed
>>> with LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster, \\
...         Client(cluster) as client:
...     kg = kgraph.KnowledgeGraph()
...     add_documents_distributed(kg, [{"id": "a", "text": "Russia met China."}], client, progress=False)
1
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .checks import check_date as _check_date
from .clean import dropped_chars
from .errors import KgraphError
from .model import Document, Edge
from .sources import Record, iter_records

if TYPE_CHECKING:
    from .extract import Extractor
    from .graph import KnowledgeGraph

__all__ = ["add_documents_distributed", "extract_partition"]

_LOCAL = threading.local()


def _worker_extractor(factory: Callable[[], Extractor] | None) -> Extractor:
    """One extractor per worker thread (spaCy pipelines are not shared between threads)."""
    cache = getattr(_LOCAL, "extractors", None)
    if cache is None:
        cache = _LOCAL.extractors = {}
    key = None if factory is None else (getattr(factory, "__module__", ""),
                                        getattr(factory, "__qualname__", repr(factory)))
    if key not in cache:
        if factory is None:
            from .extract import Extractor

            cache[key] = Extractor()
        else:
            cache[key] = factory()
    return cache[key]


def extract_partition(records: list[Record], factory: Callable[[], Extractor] | None = None,
                      batch_size: int = 16) -> list[tuple[Record, list[Edge]]]:
    """Extract the edges of a partition of records (runs on a worker).

    Examples
    --------
    >>> from kgraph.sources import Record
    >>> [(r.id, [str(e) for e in edges]) for r, edges in extract_partition([Record("Chile met Peru.", "a")])]
    [('a', ['Chile --meets--> Peru'])]
    """
    ex = _worker_extractor(factory)
    items = ((r.text, r.id, r.date) for r in records)
    return list(zip(records, ex.extract_many(items, batch_size=batch_size), strict=True))


def add_documents_distributed(kg: KnowledgeGraph, items: Any, client: Any = None,
                              partition_size: int = 32, max_in_flight: int | None = None,
                              extractor_factory: Callable[[], Extractor] | None = None,
                              progress: bool = True) -> int:
    """Extract documents on a Dask cluster and store their edges in ``kg``; return the document count.

    Parameters
    ----------
    kg : KnowledgeGraph
        Where edges go (any store); documents seen again replace themselves.
    items : path, record or iterable of them
        As for :meth:`KnowledgeGraph.add_documents`; read lazily on the client.
    client : dask.distributed.Client, optional
        The cluster's client (the current default client when omitted).
    partition_size : int, default 32
        Documents per task.
    max_in_flight : int, optional
        Partitions submitted but not yet stored (bounds client memory);
        twice the number of worker threads by default.
    extractor_factory : callable, optional
        A picklable function returning the :class:`~kgraph.Extractor` each
        worker should use (custom actors, lexicon, model); the shipped one
        by default.
    progress : bool, default True
        Show a progress bar of documents stored.

    Returns
    -------
    int
        Documents stored.
    """
    try:
        from dask.distributed import as_completed, default_client
    except ImportError:  # pragma: no cover - depends on the environment
        raise KgraphError('distributed extraction needs dask: pip install "kgraph[dask]"') from None
    from tqdm.auto import tqdm

    client = client if client is not None else default_client()
    if max_in_flight is None:
        threads = sum(client.nthreads().values()) or 1
        max_in_flight = 2 * threads
    partitions = _partitions(iter_records(items), partition_size)
    pending = as_completed()
    stored = 0
    bar = tqdm(desc="documents", unit="doc", disable=not progress)

    def submit() -> bool:
        part = next(partitions, None)
        if part is None:
            return False
        fut = client.submit(extract_partition, part, extractor_factory, pure=False)
        pending.add(fut)
        return True

    try:
        for _ in range(max_in_flight):
            if not submit():
                break
        for fut in pending:
            for rec, edges in fut.result():
                doc = Document(rec.id, title=rec.title, url=rec.url, outlet=rec.outlet,
                               date=_check_date(rec.date), dropped_chars=dropped_chars(rec.text))
                kg._store_document(doc, edges)
                stored += 1
                bar.update(1)
            fut.release()
            submit()
    finally:
        bar.close()
    kg.flush()
    return stored


def _partitions(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    part: list[Record] = []
    for rec in records:
        part.append(rec)
        if len(part) >= size:
            yield part
            part = []
    if part:
        yield part
