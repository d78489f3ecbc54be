"""RDF terms written as N-Triples text, and turned into rdflib terms.

The RDF mapping (:mod:`kgraph.ntriples`) writes every triple once, as a tuple
of three N-Triples terms (``<iri>``, ``"lexical"`` or ``"lexical"^^<datatype>``).
This module is what both of its serializers need and nothing of the model, so
the stores can use it too:

* :func:`nt_lines` joins such triples into N-Triples lines (bulk loads, SPARQL updates);
* :class:`RdflibTerms` turns them into rdflib terms (the in-memory store), with a
  cache, so that a predicate, a class or an actor repeated on every event is built
  once.

Examples
--------
>>> t = (iri("http://a"), iri("http://b"), literal("5", "integer"))
>>> nt_lines([t])
['<http://a> <http://b> "5"^^<http://www.w3.org/2001/XMLSchema#integer> .']
>>> RdflibTerms().triple(t)[2].toPython()
5
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from rdflib import Literal, URIRef
from rdflib.term import Node

from .errors import StoreError

__all__ = ["XSD", "NTriple", "RdflibTerms", "date_literal", "iri", "literal", "nt_lines"]

#: A triple of N-Triples terms: subject, predicate, object.
NTriple = tuple[str, str, str]
XSD = "http://www.w3.org/2001/XMLSchema#"
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_UNESCAPE = re.compile(r"\\(.)")
_UNESCAPED = {"\\": "\\", '"': '"', "n": "\n", "r": "\r", "t": "\t"}


def iri(value: str) -> str:
    """Return ``<value>`` for N-Triples, refusing characters IRIs cannot hold.

    Examples
    --------
    >>> iri("https://w3id.org/kgraph/actor/russia")
    '<https://w3id.org/kgraph/actor/russia>'
    """
    if _BAD_IRI.search(value):
        raise StoreError(f"not a valid IRI (spaces, quotes or brackets): {value[:80]!r}")
    return f"<{value}>"


def literal(value: str, datatype: str | None = None) -> str:
    """Return an N-Triples literal with the escapes N-Triples (and SPARQL) need.

    ``datatype`` is the local name of an XML Schema datatype.

    Examples
    --------
    >>> literal('He said "no"')
    '"He said \\\\"no\\\\""'
    >>> literal("5", "integer")
    '"5"^^<http://www.w3.org/2001/XMLSchema#integer>'
    """
    if '"' in value or "\\" in value or "\n" in value or "\r" in value:
        value = value.translate(_ESCAPES)
    text = f'"{value}"'
    return f"{text}^^<{XSD}{datatype}>" if datatype else text


def date_literal(value: str) -> str:
    """An ISO date as ``xsd:date``, ``xsd:gYearMonth`` or ``xsd:gYear`` by its length (else plain).

    Examples
    --------
    >>> date_literal("2025-05")
    '"2025-05"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>'
    """
    n = len(value)
    kind = "date" if n == 10 else "gYearMonth" if n == 7 else "gYear" if n == 4 else None
    return literal(value, kind)


def nt_lines(triples: Iterable[NTriple]) -> list[str]:
    """The N-Triples lines of these triples (one line each, without a final newline)."""
    return [f"{s} {p} {o} ." for s, p, o in triples]


class RdflibTerms:
    """Turns N-Triples terms into rdflib terms, remembering the last ``size`` of them.

    Parameters
    ----------
    size : int, default 200_000
        Terms kept; the cache is emptied when it grows past this (a long ingest
        meets new event IRIs and sentences forever; predicates and actors come
        back at once).
    """

    def __init__(self, size: int = 200_000) -> None:
        self.size = size
        self._cache: dict[str, Node] = {}

    def term(self, text: str) -> Node:
        """The rdflib term of one N-Triples term (an IRI or a literal, no blank nodes)."""
        hit = self._cache.get(text)
        if hit is None:
            if len(self._cache) >= self.size:
                self._cache.clear()
            hit = self._cache[text] = _make_term(text)
        return hit

    def triple(self, triple: NTriple) -> tuple[Node, Node, Node]:
        """The rdflib triple of one N-Triples triple."""
        term = self.term
        return term(triple[0]), term(triple[1]), term(triple[2])

    def triples(self, triples: Iterable[NTriple]) -> Iterator[tuple[Node, Node, Node]]:
        """The rdflib triples of these N-Triples triples."""
        term = self.term
        for s, p, o in triples:
            yield term(s), term(p), term(o)


def _unescape(lexical: str) -> str:
    if "\\" not in lexical:
        return lexical
    return _UNESCAPE.sub(lambda m: _UNESCAPED.get(m.group(1), m.group(0)), lexical)


def _make_term(text: str) -> Node:
    if text.startswith("<"):
        return URIRef(text[1:-1])
    if text.endswith(">"):
        at = text.rindex('"^^<')
        return Literal(_unescape(text[1:at]), datatype=URIRef(text[at + 4:-1]))
    return Literal(_unescape(text[1:-1]))
