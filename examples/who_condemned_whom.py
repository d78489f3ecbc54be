"""Who condemned whom in the seed articles, with the sentence that says so.

Condemning, criticizing, denouncing (CAMEO 110/111) and accusing (112) are
kgraph's ``condemns`` and ``accuses`` relations. Only asserted, non-negated
events count; denied or merely possible condemnations are listed apart.

Run from the repository root::

    python examples/who_condemned_whom.py
"""

from __future__ import annotations

import textwrap
from collections import Counter
from pathlib import Path

import kgraph

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
RELATIONS = {"condemns": "condemned", "accuses": "accused"}


def quote(sentence: str) -> str:
    """The evidence sentence, wrapped and indented under its edge."""
    return textwrap.fill(f"\u201c{sentence}\u201d", width=96, initial_indent="      ",
                         subsequent_indent="       ")


def main() -> None:
    kg = kgraph.KnowledgeGraph()
    kg.add_documents([SEEDS], progress=False)
    docs = {d.id: d for d in kg.documents()}
    targets: Counter[str] = Counter()
    for relation, verb in RELATIONS.items():
        edges = kg.edges(relation=relation)
        happened = [e for e in edges if e.asserted]
        print(f"Who {verb} whom ({len(happened)} events)")
        for e in sorted(happened, key=lambda e: (e.date or "", e.source.label)):
            doc = docs[e.doc_id]
            print(f"  {e.source.label} {verb} {e.target.label}   [{e.date}, {doc.outlet or doc.title}]")
            print(quote(e.sentence))
            targets[e.target.label] += 1
        others = [e for e in edges if not e.asserted]
        if others:
            print(f"  not counted ({len(others)}: denied, planned or hypothetical):")
            for e in others:
                print(f"    {e}")
        print()
    if targets:
        print("Most criticized: " + ", ".join(f"{name} ({n})" for name, n in targets.most_common()))


if __name__ == "__main__":
    main()
