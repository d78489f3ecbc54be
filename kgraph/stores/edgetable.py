"""A row-per-event copy of a store's edges in SQLite, for bulk reads of large graphs.

Oxigraph keeps strings in a dictionary apart from its indexes, so reading
every field of a million events back out of RocksDB costs about a minute
however the query is written. :meth:`KnowledgeGraph.to_networkx` and
``edges()`` without filters read this table instead: one row per event in
the layout of :func:`kgraph.bulk.rows.edge_rows`, written in the same
batches as the triples and dropped per document with them.

The RDF stays the truth. Before every bulk read the table's row count is
checked against the store's event count; when they differ (triples changed
behind kgraph's back, through ``kg.rdf`` or another program) the table is
rebuilt from the RDF. Edits through ``kg.rdf`` that keep the number of events
are not detected: call :meth:`EdgeTable.clear` after such edits.

Examples
--------
>>> from kgraph.stores.edgetable import EdgeTable
>>> t = EdgeTable()
>>> t.add([("ev1", "d", "rel", "s", "t", "asserted", "false", "0.9", "S.", "0", "2", "", "", "",
...         None, "04", "CONSULT", "doc")])
>>> t.count(), t.rows()[0][:2]
(1, ('ev1', 'rel'))
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from ..ids import doc_iri

__all__ = ["EdgeTable"]

_COLUMNS = ("ev", "doc", "rel", "src", "tgt", "modality", "negated", "confidence", "sentence", "start",
            "end_", "source_text", "target_text", "trigger", "date", "cameo", "plover", "doc_id")


class EdgeTable:
    """Event rows in an SQLite file (or in memory without ``path``).

    Parameters
    ----------
    path : str or Path, optional
        The SQLite file, created if missing.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self._db = sqlite3.connect(str(self.path) if self.path else ":memory:", check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        cols = ", ".join(f"{c} TEXT" for c in _COLUMNS[1:])
        self._db.execute(f"CREATE TABLE IF NOT EXISTS events (ev TEXT PRIMARY KEY, {cols})")
        self._db.execute("CREATE INDEX IF NOT EXISTS events_doc ON events (doc)")
        self._db.commit()
        self._insert = (f"INSERT OR REPLACE INTO events ({', '.join(_COLUMNS)}) "
                        f"VALUES ({', '.join('?' * len(_COLUMNS))})")

    def add(self, rows: Iterable[tuple[str | None, ...]]) -> None:
        """Insert (or replace) rows of :func:`kgraph.ntriples.edge_row`."""
        with self._db:
            self._db.executemany(self._insert, rows)

    def remove_document(self, doc_id: str) -> None:
        """Drop the rows of one document."""
        with self._db:
            self._db.execute("DELETE FROM events WHERE doc = ?", (doc_iri(doc_id),))

    def rows_for(self, events: list[str], chunk: int = 500) -> list[tuple[str | None, ...]]:
        """The rows of these event IRIs (those in the table)."""
        out = []
        cols = ", ".join(_COLUMNS[2:])
        for i in range(0, len(events), chunk):
            part = events[i:i + chunk]
            marks = ", ".join("?" * len(part))
            out += self._db.execute(f"SELECT ev, {cols} FROM events WHERE ev IN ({marks})", part).fetchall()
        return out

    def count(self) -> int:
        """Number of rows."""
        return int(self._db.execute("SELECT COUNT(*) FROM events").fetchone()[0])

    def rows(self) -> list[tuple[str | None, ...]]:
        """Every row, in the layout of :func:`kgraph.bulk.rows.edge_rows`."""
        return self._db.execute(f"SELECT ev, {', '.join(_COLUMNS[2:])} FROM events").fetchall()

    def stats(self) -> tuple[int, int, dict[str, int]]:
        """Events, asserted events and events per relation IRI (most frequent first)."""
        asserted = self._db.execute("SELECT COUNT(*) FROM events WHERE modality = 'asserted' "
                                    "AND negated IN ('false', '0')").fetchone()[0]
        per = self._db.execute("SELECT rel, COUNT(*) AS n FROM events GROUP BY rel ORDER BY n DESC, rel")
        relations = {rel: int(n) for rel, n in per}
        return sum(relations.values()), int(asserted), relations

    def replace_all(self, rows: Iterable[tuple[str | None, ...]]) -> None:
        """Replace the whole table with ``edge_rows`` rows (after a rebuild from RDF)."""
        with self._db:
            self._db.execute("DELETE FROM events")
            self._db.executemany(self._insert, ((r[0], doc_iri(r[-1]) if r[-1] is not None else None, *r[1:])
                                                for r in rows))

    def clear(self) -> None:
        """Empty the table (it is rebuilt from the RDF on the next bulk read)."""
        with self._db:
            self._db.execute("DELETE FROM events")

    def close(self) -> None:
        """Close the database."""
        self._db.close()
