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
from .sparqltext import keywords

__all__ = ["check_bool", "check_date", "check_int", "check_local_query", "check_number", "check_optional_str",
           "check_text", "check_variable"]

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$|^\d{4}-\d{2}-\d{2}[T ]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def check_text(text: object, name: str = "text") -> str:
    """Return ``text`` with unpaired surrogates and a leading byte-order mark replaced.

    Refuse non-strings and NUL bytes. The byte-order mark (U+FEFF) becomes a space,
    so offsets into the result are offsets into ``text``.

    Raises
    ------
    TypeError
        If ``text`` is not a str.
    InputError
        If it holds NUL bytes (a binary file read as text).
    """
    if not isinstance(text, str):
        raise TypeError(f"{name} must be str, not {type(text).__name__}")
    if text.startswith("\ufeff"):
        # a byte-order mark glued to the first word hides it from the parser; a space of the
        # same length keeps every offset pointing into the text as given
        text = " " + text[1:]
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
    for word, at in keywords(query):
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


def check_optional_str(value: object, name: str) -> str | None:
    """Return ``value`` if it is a str or None; refuse anything else (it would be stored as its repr).

    Raises
    ------
    TypeError
        If ``value`` is neither.

    Examples
    --------
    >>> check_optional_str("Reuters", "outlet"), check_optional_str(None, "outlet")
    ('Reuters', None)
    """
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{name} must be str or None, not {type(value).__name__}")
    return value


def check_bool(value: object, name: str, optional: bool = False) -> bool | None:
    """Return ``value`` if it is a bool (or None when ``optional``); refuse truthy stand-ins like ``"yes"``.

    Raises
    ------
    TypeError
        If ``value`` is not a bool.
    """
    if value is None and optional:
        return None
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be bool{' or None' if optional else ''}, not {type(value).__name__}")
    return value


def check_int(value: object, name: str, minimum: int | None = None, maximum: int | None = None) -> int:
    """Return ``value`` if it is an int (not a bool) within the bounds.

    Raises
    ------
    TypeError
        If ``value`` is not an int.
    InputError
        If it is out of bounds.

    Examples
    --------
    >>> check_int(16, "batch_size", minimum=1)
    16
    """
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be int, not {type(value).__name__}")
    if minimum is not None and value < minimum:
        raise InputError(f"{name} must be at least {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise InputError(f"{name} must be at most {maximum}, got {value}")
    return value


def check_number(value: object, name: str) -> float:
    """Return ``value`` as a float if it is a real number (not a bool, not NaN).

    Raises
    ------
    TypeError
        If ``value`` is not an int or float.
    InputError
        If it is NaN.
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be a number, not {type(value).__name__}")
    if value != value:
        raise InputError(f"{name} must be a number, not NaN")
    return float(value)


_VARNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def check_variable(name: object, query: str) -> str:
    """Return ``name`` if it is a SPARQL variable name that ``query`` uses (as ``?name`` or ``$name``).

    Raises
    ------
    InputError
        If ``name`` is not a variable name (it would be pasted into query text) or the
        query has no such variable (rdflib ignores the binding, Oxigraph adds a column).

    Examples
    --------
    >>> check_variable("s", "SELECT ?o WHERE { ?s ?p ?o }")
    's'
    """
    if not isinstance(name, str) or not _VARNAME.match(name):
        raise InputError("a binding name must be a SPARQL variable name ([A-Za-z_][A-Za-z0-9_]*), "
                         f"got {name!r}")
    if not re.search(rf"[?$]{name}(?![A-Za-z0-9_])", query):
        raise InputError(f"binding {name!r} names no variable of the query (no ?{name})")
    return name
