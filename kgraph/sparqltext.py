"""The words and braces of a SPARQL query's text, skipping its strings, IRIs and comments.

Two places read query text without parsing it: :func:`kgraph.checks.check_local_query`
(the keywords that reach other endpoints, URLs or files) and
:func:`kgraph.stores.base.with_bindings` (where the WHERE group opens). Both
need the same care, which lives here once, below everything that reads a query.

Examples
--------
>>> [tok for _at, tok in tokens("SELECT ?s WHERE { ?s rdfs:label 'WHERE' } # FROM")]
['SELECT', 'WHERE', '{', '}']
"""

from __future__ import annotations

from collections.abc import Iterator

__all__ = ["keywords", "tokens"]


def _string_end(query: str, i: int) -> int:
    """The index after the string literal opening at ``i`` (short or long, either quote)."""
    c = query[i]
    close = c * 3 if query.startswith(c * 3, i) else c
    j, n = i + len(close), len(query)
    while j < n and not query.startswith(close, j):
        j += 2 if query[j] == "\\" else 1
    return j + len(close)


def _word_end(query: str, i: int) -> int:
    j, n = i, len(query)
    while j < n and (query[j].isalnum() or query[j] in "_-."):
        j += 1
    return j


def tokens(query: str) -> Iterator[tuple[int, str]]:
    """Yield ``(offset, token)`` for the bare words and the braces of ``query``.

    Strings, IRIs (``<...>`` without white space) and comments are skipped;
    variables (``?from``), prefixed names (``ex:where``, ``from:x``) and language
    tags are not bare words. A word keeps its case and loses a trailing dot.
    """
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c == "#":
            nl = query.find("\n", i)
            i = n if nl == -1 else nl + 1
        elif c in "\"'":
            i = _string_end(query, i)
        elif c == "<" and (j := query.find(">", i)) != -1 and not any(ch.isspace() for ch in query[i + 1:j]):
            i = j + 1
        elif c.isalpha() or c == "_":
            j = _word_end(query, i)
            before = query[i - 1] if i else " "
            if before not in "?$:@" and not (j < n and query[j] == ":"):
                yield i, query[i:j].rstrip(".")
            i = j
        else:
            if c in "{}":
                yield i, c
            i += 1


def keywords(query: str) -> list[tuple[str, int]]:
    """The bare words of ``query`` in upper case, with their offsets.

    Examples
    --------
    >>> keywords("select ?service where { ?service ?p 'SERVICE <http://x>' }")
    [('SELECT', 0), ('WHERE', 16)]
    """
    return [(tok.upper(), at) for at, tok in tokens(query) if tok not in ("{", "}")]
