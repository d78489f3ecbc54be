"""Edge lists that display as tables in notebooks (and as aligned text elsewhere).

:meth:`KnowledgeGraph.edges` returns a plain list; wrap it in :class:`EdgeTable`
(or call :func:`edges_table` with a graph and the same filters) to see it as a
table with the evidence sentence, the actor mentions and the trigger marked,
and the document's title and outlet. All text is HTML-escaped: article text
is untrusted input.

Examples
--------
>>> import kgraph
>>> from kgraph.table import edges_table
>>> kg = kgraph.KnowledgeGraph()
>>> _ = kg.add_text("Ukraine condemned Russia.", doc_id="d1", title="A day", date="2025-01-02")
>>> t = edges_table(kg, relation="condemns")
>>> len(t), t[0].relation
(1, 'condemns')
>>> print(t)
date        source   relation  target  modality  confidence  document  evidence
----------  -------  --------  ------  --------  ----------  --------  -------------------------
2025-01-02  Ukraine  condemns  Russia  asserted  ...         A day     Ukraine condemned Russia.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

if TYPE_CHECKING:
    from .model import Document, Edge
    from .protocol import GraphLike

__all__ = ["EdgeTable", "edges_table"]

_CELL = "padding:3px 8px;border-bottom:1px solid #e4e7eb;vertical-align:top;text-align:left"
_WIDE = {6: ";min-width:280px;max-width:560px", 7: ";min-width:160px;max-width:260px"}  # evidence, doc
_MARKS = {"source": "background:#e3f2fd", "target": "background:#fce4ec",
          "trigger": "background:#fff3c4;font-weight:600"}


def _spans(e: Edge) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, kind) spans of the mentions and trigger in the sentence."""
    found: list[tuple[int, int, str]] = []
    for kind, text in (("trigger", e.trigger), ("source", e.source_text), ("target", e.target_text)):
        if not text:
            continue
        at = e.sentence.find(text)
        while at != -1 and any(at < b and a < at + len(text) for a, b, _ in found):
            at = e.sentence.find(text, at + 1)
        if at != -1:
            found.append((at, at + len(text), kind))
    return sorted(found)


def _evidence_html(e: Edge) -> str:
    out, pos = [], 0
    for a, b, kind in _spans(e):
        out.append(html.escape(e.sentence[pos:a]))
        out.append(f'<span style="{_MARKS[kind]}">{html.escape(e.sentence[a:b])}</span>')
        pos = b
    out.append(html.escape(e.sentence[pos:]))
    return "".join(out)


class EdgeTable(Sequence["Edge"]):
    """A sequence of edges that shows as a table in Jupyter, VS Code and Colab.

    Parameters
    ----------
    edges : iterable of Edge
        The rows, in order.
    documents : iterable of Document or mapping, optional
        Document metadata (titles, outlets) by id, e.g. ``kg.documents()``.
    max_rows : int, default 100
        Rows shown in the notebook and in ``str()``; the rest are counted.

    Examples
    --------
    >>> import kgraph
    >>> t = EdgeTable(kgraph.extract("Russia met China.", doc_id="d"))
    >>> "<table" in t._repr_html_() and t.to_records()[0]["relation"] == "meets"
    True
    """

    def __init__(self, edges: Iterable[Edge],
                 documents: Iterable[Document] | Mapping[str, Document] | None = None,
                 max_rows: int = 100) -> None:
        self.edges: list[Edge] = list(edges)
        if documents is None:
            self.documents: dict[str, Document] = {}
        elif isinstance(documents, Mapping):
            self.documents = dict(documents)
        else:
            self.documents = {d.id: d for d in documents}
        self.max_rows = max_rows

    @overload
    def __getitem__(self, index: int) -> Edge: ...
    @overload
    def __getitem__(self, index: slice) -> EdgeTable: ...
    def __getitem__(self, index: int | slice) -> Edge | EdgeTable:
        if isinstance(index, slice):
            return EdgeTable(self.edges[index], self.documents, self.max_rows)
        return self.edges[index]

    def __len__(self) -> int:
        return len(self.edges)

    def __iter__(self) -> Iterator[Edge]:
        return iter(self.edges)

    def _document(self, e: Edge) -> str:
        d = self.documents.get(e.doc_id or "")
        if d is None:
            return e.doc_id or ""
        return " \u2014 ".join(x for x in (d.title or d.id, d.outlet) if x)

    def to_records(self) -> list[dict[str, Any]]:
        """Return one flat dict per edge (:meth:`Edge.to_dict` plus title and outlet).

        ``pandas.DataFrame(table.to_records())`` gives a data frame.
        """
        out = []
        for e in self.edges:
            d = self.documents.get(e.doc_id or "")
            out.append({**e.to_dict(), "title": d.title if d else None, "outlet": d.outlet if d else None})
        return out

    def to_pandas(self) -> Any:
        """Return a :class:`pandas.DataFrame` of :meth:`to_records` (needs pandas installed)."""
        try:
            import pandas as pd
        except ImportError as err:  # pragma: no cover - depends on the environment
            raise ImportError("EdgeTable.to_pandas needs pandas: pip install 'kgraph[pandas]'") from err
        return pd.DataFrame(self.to_records())

    def _repr_html_(self) -> str:
        head = ["date", "source", "relation", "target", "modality", "confidence", "evidence", "document"]
        rows = []
        for e in self.edges[: self.max_rows]:
            flags = e.modality + (", <b style=\"color:#b71c1c\">negated</b>" if e.negated else "")
            cells = [html.escape(e.date or ""), html.escape(e.source.label),
                     f"<b>{html.escape(e.relation)}</b>", html.escape(e.target.label), flags,
                     f"{e.confidence:.2f}", _evidence_html(e), html.escape(self._document(e))]
            style = ' style="opacity:.6"' if e.negated else ""
            rows.append(f"<tr{style}>" + "".join(
                f'<td style="{_CELL}{_WIDE.get(i, ";white-space:nowrap")}">{c}</td>'
                for i, c in enumerate(cells))
                + "</tr>")
        more = len(self.edges) - self.max_rows
        foot = (f'<tr><td colspan="{len(head)}" style="{_CELL};color:#7b8794">\u2026 {more} more '
                "edges</td></tr>") if more > 0 else ""
        caption = (f'<caption style="text-align:left;color:#52606d;padding:2px 8px">{len(self.edges)} '
                   f"edge{'s' if len(self.edges) != 1 else ''}</caption>")
        header = "".join(f'<th style="{_CELL};font-weight:600">{h}</th>' for h in head)
        return (f'<table style="border-collapse:collapse;font-size:12px">{caption}<thead><tr>'
                f"{header}</tr></thead><tbody>{''.join(rows)}{foot}</tbody></table>")

    def __str__(self) -> str:
        head = ["date", "source", "relation", "target", "modality", "confidence", "document", "evidence"]
        rows = [[e.date or "", e.source.label, e.relation, e.target.label,
                 e.modality + (",negated" if e.negated else ""), f"{e.confidence:.2f}",
                 textwrap.shorten(self._document(e), 40), textwrap.shorten(e.sentence, 90)]
                for e in self.edges[: self.max_rows]]
        widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
        lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip()
                 for r in [head, ["-" * w for w in widths], *rows]]
        if len(self.edges) > self.max_rows:
            lines.append(f"... {len(self.edges) - self.max_rows} more edges")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"<EdgeTable: {len(self.edges)} edges>"


def edges_table(data: GraphLike | Iterable[Edge], /, max_rows: int = 100,
                **filters: Any) -> EdgeTable:
    """Return the edges of a graph (filtered as :meth:`KnowledgeGraph.edges`) as a table.

    Parameters
    ----------
    data : KnowledgeGraph or iterable of Edge
        A graph (its documents supply titles and outlets) or edges.
    max_rows : int, default 100
        Rows displayed.
    **filters
        ``source=``, ``relation=``, ``target=``, ``since=``... as in
        :meth:`KnowledgeGraph.edges` (only with a graph).

    Examples
    --------
    >>> import kgraph
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("Russia vetoed a resolution drafted by France.", doc_id="d")
    >>> [e.relation for e in edges_table(kg, source="Russia")]
    ['vetoes']
    """
    if hasattr(data, "edges") and hasattr(data, "documents"):
        return EdgeTable(data.edges(**filters), data.documents(), max_rows)
    if filters:
        raise TypeError("filters need a KnowledgeGraph; got a list of edges")
    return EdgeTable(data, None, max_rows)
