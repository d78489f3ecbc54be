"""HTML pages to article text with trafilatura (the ``html`` extra), for ingestion.

trafilatura keeps the article and drops navigation, comments, ads and
footers; its metadata (title, date, site, url) fill the record where found.
It is imported only when an HTML file is read.

Examples
--------
>>> from kgraph.articles import html_record
>>> page = ("<html><head><title>Talks</title></head><body><nav>Home | World</nav><article>"
...         "<p>Russia met China in Beijing on Monday to discuss trade and security.</p>"
...         "<p>Ukraine condemned the meeting in a statement released the same evening.</p>"
...         "</article></body></html>")
>>> rec = html_record(page, "talks.html")
>>> "Home | World" in rec.text, "Ukraine condemned" in rec.text
(False, True)
"""

from __future__ import annotations

from typing import Any

from .errors import InputError
from .model import Record

__all__ = ["HTML_SUFFIXES", "html_record"]

#: File suffixes read as HTML pages.
HTML_SUFFIXES = (".html", ".htm")


def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError:
        raise InputError('reading HTML needs trafilatura: pip install "kgraph[html]"') from None
    return trafilatura


def html_record(html: str, doc_id: str, meta: dict[str, Any] | None = None) -> Record:
    """Return the article of an HTML page as a :class:`~kgraph.sources.Record`.

    Parameters
    ----------
    html : str
        The page.
    doc_id : str
        Document id (the file name when read from a folder).
    meta : dict, optional
        Metadata that wins over what the page says (``title``, ``date``, ``url``, ``outlet``).

    Raises
    ------
    InputError
        If trafilatura is not installed.
    """
    traf = _trafilatura()
    text = traf.extract(html, include_comments=False, include_tables=False, favor_precision=True) or ""
    found = traf.extract_metadata(html)
    meta = dict(meta or {})

    def pick(key: str, attr: str) -> str | None:
        value = meta.get(key) or (getattr(found, attr, None) if found is not None else None)
        return str(value) if value else None

    return Record(text=text, id=doc_id, date=pick("date", "date"), title=pick("title", "title"),
                  url=pick("url", "url"), outlet=pick("outlet", "sitename"))
