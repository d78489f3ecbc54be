"""Would event nodes in the live store be affordable? Writing ``kg:Occurrence`` nodes once, timed.

Ingest ``--edges`` synthetic mentions (100,000) into an Oxigraph store as
``benchmarks/store.py`` does, consolidate them (``kg.events()``), then write
every event's ``kg:Occurrence`` node (the triples ``kg.save(events=True)``
writes: :meth:`kgraph.ntriples.TripleWriter.occurrence_triples`) into the same
store, in batches of 100,000 triples. That is the least keeping event nodes in
the store would cost: during an ingest they would also be rewritten whenever a
new report changes an event (its counts, its last date, its id when its earliest
mention's document goes). Prints the three times and the ratios to ingest.

    python benchmarks/occurrences.py --edges 100000
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--edges", type=int, default=100_000)
    args = ap.parse_args(argv)
    import kgraph
    from kgraph.synthetic import synthetic_edges

    tmp = Path(tempfile.mkdtemp(prefix="kgraph-occ-"))
    kg = kgraph.KnowledgeGraph(store="oxigraph", path=tmp / "s")
    gen = synthetic_edges(args.edges)
    t0 = time.perf_counter()
    while batch := [e for _, e in zip(range(10_000), gen)]:
        kg.add_edges(batch)
    kg.flush()
    ingest = time.perf_counter() - t0
    t0 = time.perf_counter()
    events = kg.events()
    consolidation = time.perf_counter() - t0
    before = len(kg.backend)
    writer, out = kg._writes.writer, []
    t0 = time.perf_counter()
    for ev in events:
        writer.occurrence_triples(ev, out)
        if len(out) >= 100_000:
            kg.backend.add_triples(out, [])
            out = []
    kg.backend.add_triples(out, [])
    kg.flush()
    occurrences = time.perf_counter() - t0
    print(f"{args.edges:,} mentions: ingest {ingest:.1f} s ({before:,} triples), kg.events() "
          f"{consolidation:.1f} s ({len(events):,} events), occurrence nodes {occurrences:.1f} s "
          f"({len(kg.backend) - before:,} triples); (ingest + events) / ingest "
          f"{(ingest + consolidation) / ingest:.3f}, with the occurrence nodes "
          f"{(ingest + consolidation + occurrences) / ingest:.3f}; load average {os.getloadavg()[0]:.1f}")
    kg.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
