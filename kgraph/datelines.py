"""The date of a wire-style dateline ("MOSCOW, March 13 (Reuters) -"), for undated documents.

A news agency opens a story with its place and, often, its day:
``MOSCOW, March 13 (Reuters) -``, ``KYIV, Ukraine, Sept. 5 (AP) —``,
``LONDON, 13 March 2025 (AFP) -``. :func:`dateline_date` reads that day when a
document comes without a date of its own; a date given with the document
always wins.

The year: a dateline that writes it (``March 13, 2025``) gives it. One that
does not takes it from a reference date, the day the text is known to exist
by (kgraph uses the modification time of the file it was read from, or the
date a caller passes): the latest March 13 on or before that day. Without a
reference the document stays undated, since a wrong year is worse than none.

Examples
--------
>>> text = "Kremlin rejects talks\\nMOSCOW, March 13 (Reuters) - Russia on Thursday rejected..."
>>> dateline_date(text, reference="2025-06-30"), dateline_date(text, reference="2025-01-10")
('2025-03-13', '2024-03-13')
>>> dateline_date(text) is None
True
"""

from __future__ import annotations

import datetime as _dt
import re

from .errors import InputError

__all__ = ["SEARCH_CHARS", "dateline_date", "reference_day"]

_MONTHS = {name: n for n, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")), 1) for name in names}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
#: A place (one to three comma-separated names), the day, an optional agency and a dash.
_DATELINE = re.compile(
    rf"""^[ \t]*(?P<place>[A-Z][\w.'’\- ]{{1,40}}(?:,[ \t]*[A-Z][\w.'’\- ]{{1,30}}){{0,2}}),[ \t]*
    (?:(?P<month>{_MONTH})\.?[ \t]+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})[ \t]+(?P<month2>{_MONTH})\.?)
    (?:,?[ \t]+(?P<year>\d{{4}}))?[ \t]*
    (?:\((?P<agency>[A-Za-z][\w .&-]{{0,30}})\))?[ \t]*[-–—:]""",
    re.MULTILINE | re.IGNORECASE | re.VERBOSE)
#: Datelines open the story: only its first characters are searched.
SEARCH_CHARS = 2000
#: A dateline may be a day ahead of the reference (time zones, a file saved before midnight UTC).
_SLACK = _dt.timedelta(days=2)


def reference_day(reference: object) -> _dt.date | None:
    """Return ``reference`` (an ISO date string, a date or a datetime) as a date; None stays None.

    Raises
    ------
    InputError
        If it is a string that is not an ISO date.

    Examples
    --------
    >>> reference_day("2025-03-13T10:00:00Z")
    datetime.date(2025, 3, 13)
    """
    if reference is None:
        return None
    if isinstance(reference, _dt.datetime):
        return reference.date()
    if isinstance(reference, _dt.date):
        return reference
    try:
        return _dt.date.fromisoformat(str(reference)[:10])
    except ValueError:
        raise InputError("a reference date must be an ISO date such as '2025-03-13', "
                         f"got {reference!r}") from None


def _day(year: int, month: int, day: int) -> _dt.date | None:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def dateline_date(text: str, reference: str | _dt.date | None = None) -> str | None:
    """Return the ISO date of the dateline that opens ``text``, or None.

    Parameters
    ----------
    text : str
        The document; its first :data:`SEARCH_CHARS` characters are searched for a
        line that opens with a dateline (place in capitals or followed by an agency
        in parentheses, then month and day, then a dash).
    reference : str or date, optional
        A day the text existed by (a file's modification time): a dateline without
        a year gets the latest year that puts it on or before this day (two days
        later still count, for time zones).

    Returns
    -------
    str or None
        ``YYYY-MM-DD``; None when there is no dated dateline, or no year can be known.

    Raises
    ------
    InputError
        If ``reference`` is a string that is not an ISO date.

    Examples
    --------
    >>> dateline_date("LONDON, 13 March 2025 (AFP) - Britain said...")
    '2025-03-13'
    >>> dateline_date("WASHINGTON (AP) — The president said...", reference="2025-03-20") is None
    True
    """
    ref = reference_day(reference)
    for m in _DATELINE.finditer(text[:SEARCH_CHARS]):
        place = m.group("place").strip()
        if not (m.group("agency") or place.split(",")[0].isupper()):
            continue  # "Yesterday, March 13 -": a dateline shouts its place or names its agency
        month = _MONTHS[(m.group("month") or m.group("month2")).lower()]
        day = int(m.group("day") or m.group("day2"))
        if m.group("year"):
            found = _day(int(m.group("year")), month, day)
        elif ref is not None:
            found = _day(ref.year, month, day)
            if found is None or found > ref + _SLACK:
                found = _day(ref.year - 1, month, day)
        else:
            return None
        return found.isoformat() if found else None
    return None
