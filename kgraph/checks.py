"""Checks of user input shared by every layer: ISO dates and text.

They live here, below extraction, so that reading and querying a graph can
check a date without importing the extraction modules (and spaCy).

Examples
--------
>>> check_date("2025-05-27T10:00:00Z")
'2025-05-27'
>>> check_date("") is None
True
>>> check_date("May 27")
Traceback (most recent call last):
...
kgraph.errors.InputError: [E001] date must be an ISO date string such as '2025-05-27', got 'May 27'
"""

from __future__ import annotations

import datetime as _dt
import re
import warnings

from .errors import InputError
from .sources import SkippedInputWarning

__all__ = ["check_date", "check_local_query", "check_text"]

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$|^\d{4}-\d{2}-\d{2}[T ]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def check_text(text: object, name: str = "text") -> str:
    """Return ``text`` with unpaired surrogates replaced; refuse non-strings and NUL bytes.

    Raises
    ------
    TypeError
        If ``text`` is not a str.
    InputError
        If it holds NUL bytes (a binary file read as text).
    """
    if not isinstance(text, str):
        raise TypeError(f"{name} must be str, not {type(text).__name__}")
    if "\x00" in text:
        raise InputError(f"{name} contains NUL bytes; is it a binary file?")
    if _SURROGATE.search(text):
        # one replacement character per surrogate keeps every offset valid
        warnings.warn(f"{name} contains unpaired surrogates; replaced with U+FFFD",
                      SkippedInputWarning, stacklevel=3)
        text = _SURROGATE.sub("\ufffd", text)
    return text


#: SPARQL keywords that make the engine read another place: SERVICE (a remote endpoint),
#: FROM / FROM NAMED (rdflib loads the named graph from its IRI) and LOAD (an update).
_REMOTE_KEYWORDS = frozenset({"SERVICE", "FROM", "LOAD"})


def _keywords(query: str) -> list[tuple[str, int]]:
    """The bare words of a SPARQL query (with their offsets), skipping strings, IRIs and comments.

    Variables (``?service``), prefixed names (``ex:from``, ``from:x``) and words inside
    literals or IRIs are not keywords, so they are not returned.
    """
    out: list[tuple[str, int]] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c == "#":
            nl = query.find("\n", i)
            i = n if nl == -1 else nl + 1
            continue
        if c in "\"'":
            close = c * 3 if query.startswith(c * 3, i) else c
            j = i + len(close)
            while j < n and not query.startswith(close, j):
                j += 2 if query[j] == "\\" else 1
            i = j + len(close)
            continue
        if c == "<":
            j = query.find(">", i)
            if j != -1 and not any(ch.isspace() for ch in query[i + 1:j]):
                i = j + 1
                continue
        if c.isalpha() or c == "_":
            j = i
            while j < n and (query[j].isalnum() or query[j] in "_-."):
                j += 1
            before = query[i - 1] if i else " "
            if before not in "?$:@" and not (j < n and query[j] == ":"):
                out.append((query[i:j].rstrip(".").upper(), i))
            i = j
            continue
        i += 1
    return out


def check_local_query(query: str) -> None:
    """Refuse a SPARQL query that would make the engine read from the network or a file.

    ``SERVICE <iri>`` sends the pattern to another endpoint, ``FROM <iri>`` /
    ``FROM NAMED <iri>`` makes rdflib fetch the graph at that IRI (Oxigraph
    reads a named graph of its own, but the query means the same on every
    store, so it is refused on every store) and ``LOAD`` reads a document.
    Words inside strings, IRIs and comments, variables and prefixed names are
    not keywords.

    Raises
    ------
    InputError
        If the query holds one of these keywords.

    Examples
    --------
    >>> check_local_query("SELECT ?service WHERE { ?service ?p 'SERVICE <http://x>' }")
    >>> try:
    ...     check_local_query("SELECT * WHERE { SERVICE <http://127.0.0.1:1/q> { ?s ?p ?o } }")
    ... except InputError as err:
    ...     print(err.code)
    E001
    """
    for word, at in _keywords(query):
        if word in _REMOTE_KEYWORDS:
            raise InputError(f"SPARQL query uses {word} (at character {at}): queries may not reach "
                             "other endpoints, URLs or files unless allow_remote=True is given")


def check_date(date: object) -> str | None:
    """Return the ``YYYY-MM-DD`` (or ``YYYY-MM``, ``YYYY``) day of an ISO date, None for none.

    Raises
    ------
    InputError
        If ``date`` is not an ISO date string (or date object) of a real calendar day.
    """
    if date is None or date == "":
        return None
    if hasattr(date, "isoformat"):
        date = date.isoformat()
    if not isinstance(date, str) or not _DATE.match(date):
        raise InputError(f"date must be an ISO date string such as '2025-05-27', got {date!r}")
    day = date[:10]
    try:
        if len(day) == 10:
            _dt.date.fromisoformat(day)
        elif len(day) == 7:
            _dt.date.fromisoformat(day + "-01")
    except ValueError:
        raise InputError(f"date {date!r} is not a valid calendar date") from None
    return day
