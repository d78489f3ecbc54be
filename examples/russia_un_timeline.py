"""How did Russia's dealings with the United Nations change over time?

"Russia" includes the actors affiliated with it on each event's date (Putin,
Lavrov, Peskov...), and "United Nations" its organs and officials (the
Security Council, the Secretary-General). Each year shows how many events
were cooperative or conflictual and their net Goldstein-style weight, then
every event with its evidence.

Run from the repository root::

    python examples/russia_un_timeline.py
"""

from __future__ import annotations

import textwrap
from itertools import groupby
from pathlib import Path

import kgraph

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main() -> None:
    kg = kgraph.KnowledgeGraph()
    kg.add_documents([SEEDS], progress=False)
    rows = kg.timeline("Russia", "United Nations", include_affiliated=True)
    members = sorted({a.label for org in ("Russia", "United Nations") for a in kgraph.affiliates(kg, org)}
                     & {r[side] for r in rows for side in ("source", "target")})
    print(f"Russia and the United Nations: {len(rows)} events")
    if members:
        print(f"(counting affiliated actors: {', '.join(members)})")
    for year, group in groupby(rows, key=lambda r: (r["date"] or "undated")[:4]):
        events = list(group)
        counted = [r for r in events if r["modality"] == "asserted" and not r["negated"]]
        coop = sum(1 for r in counted if r["quad_class"].endswith("cooperation"))
        net = sum(kg.vocabulary[r["relation"]].weight for r in counted)
        print(f"\n{year}: {len(events)} event{'s' if len(events) != 1 else ''}, {len(counted)} asserted "
              f"({coop} cooperation, {len(counted) - coop} conflict), net {net:+.1f}")
        for r in events:
            flags = [r["modality"]] if r["modality"] != "asserted" else []
            flags += ["negated"] if r["negated"] else []
            flag = f" [{', '.join(flags)}]" if flags else ""
            print(f"  {r['date']}  {r['source']} --{r['relation']}--> {r['target']}{flag}")
            print(textwrap.fill(f"\u201c{r['sentence']}\u201d", width=96, initial_indent="              ",
                                subsequent_indent="               "))


if __name__ == "__main__":
    main()
