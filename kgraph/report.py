"""Plain-text summaries of a knowledge graph (used by ``kgraph stats`` and the demo).

Examples
--------
>>> import kgraph
>>> from kgraph.report import summary_table
>>> kg = kgraph.KnowledgeGraph()
>>> _ = kg.add_text("Russia condemned Ukraine.", doc_id="d1")
>>> print(summary_table(kg, examples=0).splitlines()[0])
documents  1
"""

from __future__ import annotations

import textwrap
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Edge
    from .protocol import GraphLike

__all__ = ["edge_rows", "summary_table"]


def _table(rows: list[list[str]], header: list[str] | None = None) -> str:
    allrows = ([header] if header else []) + rows
    widths = [max(len(r[i]) for r in allrows) for i in range(len(allrows[0]))] if allrows else []
    lines = []
    for n, r in enumerate(allrows):
        lines.append("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)).rstrip())
        if header and n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def edge_rows(edges: list[Edge]) -> list[list[str]]:
    """Rows (source, relation, target, flags, date, doc, confidence) for printing."""
    rows = []
    for e in edges:
        flags = ",".join([e.modality] + (["negated"] if e.negated else []))
        rows.append([e.source.label, e.relation, e.target.label, flags, e.date or "",
                     e.doc_id or "", f"{e.confidence:.2f}"])
    return rows


def summary_table(kg: GraphLike, examples: int = 5) -> str:
    """Return a readable summary: counts, edges per relation and example edges with evidence."""
    s = kg.stats()
    edges = kg.edges()
    out = [_table([
        ["documents", str(s["documents"])],
        ["actors", str(s["actors"])],
        ["edges", f"{s['edges']} ({s['asserted']} asserted, "
                  f"{sum(1 for e in edges if e.negated)} negated, "
                  f"{sum(1 for e in edges if e.modality == 'planned')} planned, "
                  f"{sum(1 for e in edges if e.modality == 'hypothetical')} hypothetical)"],
        ["triples", str(s["triples"])],
    ])]
    if s["relations"]:
        out.append("")
        out.append(_table([[k, str(v)] for k, v in s["relations"].items()],
                          header=["relation", "edges"]))
    docs = Counter(e.doc_id for e in edges)
    if docs:
        out.append("")
        titles = {d.id: d.title or "" for d in kg.documents()}
        out.append(_table([[d or "", str(n), textwrap.shorten(titles.get(d or "", ""), 60)]
                           for d, n in sorted(docs.items(), key=lambda x: x[0] or "")],
                          header=["document", "edges", "title"]))
    if examples and edges:
        out.append("")
        out.append("examples (highest confidence first):")
        best = sorted(edges, key=lambda e: (-e.confidence, e.doc_id or "", e.start))
        picked: list[Edge] = []
        seen_rel: set[str] = set()
        for e in best:  # one example per relation first, for variety
            if e.relation not in seen_rel:
                picked.append(e)
                seen_rel.add(e.relation)
            if len(picked) >= examples:
                break
        for e in picked:
            flags = "" if e.asserted else f" [{e.modality}{', negated' if e.negated else ''}]"
            out.append(f"- {e.source.label} --{e.relation}--> {e.target.label}{flags}"
                       f"  ({e.doc_id}, {e.date or 'no date'}, conf {e.confidence:.2f})")
            out.append(textwrap.indent(textwrap.fill(f"\u201c{e.sentence}\u201d", 96), "    "))
    return "\n".join(out)
