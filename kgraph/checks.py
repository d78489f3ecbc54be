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

__all__ = ["check_date", "check_text"]

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
