"""Exceptions raised by kgraph.

Every error kgraph raises on purpose derives from :class:`KgraphError`, so a
caller can catch one type. Each carries a short code (``E001``...) that the
command line prints and that the docs list.

Examples
--------
>>> import kgraph
>>> try:
...     kgraph.load("missing.ttl")
... except kgraph.KgraphError as err:
...     print(err.code)
E010
"""

from __future__ import annotations

__all__ = [
    "InputError",
    "KgraphError",
    "ModelError",
    "RDFParseError",
    "StoreError",
    "VocabularyError",
]


class KgraphError(Exception):
    """Base class of all kgraph errors."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class InputError(KgraphError, ValueError):
    """Input text, file or argument that kgraph cannot use."""

    code = "E001"


class ModelError(KgraphError):
    """The requested spaCy pipeline is not installed or cannot be loaded."""

    code = "E002"


class VocabularyError(KgraphError, ValueError):
    """Unknown relation name or malformed vocabulary / lexicon / actor data."""

    code = "E003"


class RDFParseError(KgraphError):
    """A file or string could not be parsed as the RDF format it claims to be."""

    code = "E010"


class StoreError(KgraphError):
    """A store could not be read from or written to."""

    code = "E020"
