"""Which pairs of actors cooperate and which are in conflict?

Each asserted, non-negated event between two actors (in either direction)
counts as cooperation or conflict by its relation's quad class, and adds its
Goldstein-style weight (meets +1, agrees +8, condemns -2, attacks -10...) to
the pair's balance.

Run from the repository root::

    python examples/cooperation_conflict.py
"""

from __future__ import annotations

from pathlib import Path

import kgraph

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def verdict(cooperation: int, conflict: int) -> str:
    if cooperation and conflict:
        return "mixed"
    return "cooperation" if cooperation else "conflict"


def main() -> None:
    kg = kgraph.KnowledgeGraph()
    kg.add_documents([SEEDS], progress=False)
    balance = kgraph.cooperation_balance(kg)
    table = kgraph.Ranking([(*row, verdict(row[2], row[3])) for row in balance],
                           columns=(*balance.columns, "balance"))
    print(f"Cooperation and conflict between {len(balance)} pairs of actors (most hostile first)\n")
    print(table)
    if balance:
        worst, best = balance[0], balance[-1]
        print(f"\nMost hostile pair:     {worst[0]} \u2013 {worst[1]} ({worst[4]:+.1f})")
        print(f"Most cooperative pair: {best[0]} \u2013 {best[1]} ({best[4]:+.1f})")
        mixed = [f"{a} \u2013 {b}" for a, b, coop, conflict, _ in balance if coop and conflict]
        print(f"Pairs with both: {', '.join(mixed) if mixed else 'none'}")


if __name__ == "__main__":
    main()
