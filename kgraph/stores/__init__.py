"""Triple stores for :class:`kgraph.KnowledgeGraph`, as plugins keyed by name.

=========== ===================================================== ==========================
name        what                                                  needs
=========== ===================================================== ==========================
memory      rdflib's in-memory :class:`~rdflib.Graph` (default)   nothing extra
oxigraph    Oxigraph on disk (or in memory without ``path``)      ``pip install kgraph[oxigraph]``
sparql      any SPARQL 1.1 Query + Update endpoint (Virtuoso...)  a server
=========== ===================================================== ==========================

Plugins are registered by module path and imported on first use, so an
optional dependency is only needed by the store that uses it. Register your
own with :func:`register_store`.

Examples
--------
>>> from kgraph.stores import available_stores, get_store
>>> available_stores()
['memory', 'oxigraph', 'sparql']
>>> type(get_store("memory")).__name__
'MemoryStore'
"""

from __future__ import annotations

import importlib
import inspect
from typing import Any

from ..errors import InputError
from .base import QueryResult, Store

__all__ = ["QueryResult", "Store", "available_stores", "get_store", "register_store", "store_class"]

_REGISTRY: dict[str, str | type[Store]] = {
    "memory": "kgraph.stores.memory:MemoryStore",
    "oxigraph": "kgraph.stores.oxigraph:OxigraphStore",
    "sparql": "kgraph.stores.sparql:SparqlStore",
}


def register_store(name: str, store: str | type[Store]) -> None:
    """Register a store class, or a ``"module:Class"`` path imported on first use.

    Examples
    --------
    >>> from kgraph.stores.memory import MemoryStore
    >>> class Mine(MemoryStore):
    ...     name = "mine"
    >>> register_store("mine", Mine)
    >>> type(get_store("mine")).__name__
    'Mine'
    >>> unregister = _REGISTRY.pop("mine")
    """
    if not isinstance(name, str) or not name:
        raise InputError("a store name must be a non-empty string")
    _REGISTRY[name] = store


def available_stores() -> list[str]:
    """Return the registered store names, sorted."""
    return sorted(_REGISTRY)


def store_class(name: str) -> type[Store]:
    """Return the class registered as ``name`` (importing its module if needed)."""
    try:
        entry = _REGISTRY[name]
    except (KeyError, TypeError):
        raise InputError(f"unknown store {name!r}; available: {', '.join(available_stores())}") from None
    if isinstance(entry, str):
        module, _, cls = entry.partition(":")
        entry = getattr(importlib.import_module(module), cls)
        _REGISTRY[name] = entry
    return entry


def get_store(name: str = "memory", **options: Any) -> Store:
    """Open the store registered as ``name`` with its options (``path=``, ``endpoint=``...).

    Raises
    ------
    InputError
        For an unknown name or options the store does not take.
    StoreError
        If the store cannot be opened (a missing optional dependency, a locked
        directory, an unreachable endpoint).
    """
    cls = store_class(name)
    try:
        inspect.signature(cls).bind(**options)
    except TypeError as err:
        raise InputError(f"store {name!r}: {err}") from None
    return cls(**options)
