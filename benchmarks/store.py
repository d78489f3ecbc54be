"""Store benchmark: ingest synthetic edges into each store, then query them.

For every store and size, in a fresh child process (so peak memory is that
run's own): ingest ``N`` synthetic edges (realistic actors and relations,
~20 triples each) with ``kg.add_edges`` in chunks, timing only kgraph's work
(the edges are generated outside the timer); then an ``edges()`` filter
(Russia meets, sub-relations included), a SPARQL aggregation (events per
relation), ``stats()``, ``to_networkx()``, ``kg.events()`` again after one more
document (incremental) and, for Oxigraph, closing and reopening the store.
Prints one line per run and a Markdown table.

Consolidation: the writer hands every mention to the consolidator during
ingest, and ``kg.events()`` right after ingest builds the events. The time the
ingest spent handing mentions over (``feed_s``: the writer's ``_as_read`` and
``Consolidator.add``, timed by wrappers installed here, their own overhead
included) is taken out of the ingest to give the ingest without consolidation;
``events_ratio`` is (ingest + ``kg.events()``) over that. ``peak_rss_mb`` is
the process after ingest, ``peak_rss_mb_events`` after that first
``kg.events()``.

    python benchmarks/store.py                      # 100k and 1M, all stores
    python benchmarks/store.py --sizes 100000 --stores oxigraph memory

The memory store at 1M edges needs about 15 GB (rdflib keeps ~0.7 GB per
million triples) and is skipped unless ``--memory-1m`` is given. The
``sparql`` store runs against a throwaway Virtuoso server (tests/virtuoso.py;
installed with apt-get when missing).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

AGGREGATE = ("SELECT ?rel (COUNT(?e) AS ?n) WHERE { ?e a kg:Event ; kg:relation ?rel } "
             "GROUP BY ?rel ORDER BY DESC(?n)")


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu() -> float:
    t = os.times()
    return t.user + t.system


def _du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _timed(cls: type, name: str, spent: list[float]) -> None:
    """Replace ``cls.name`` with a wrapper adding its wall time to ``spent[0]``."""
    inner = getattr(cls, name)

    def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - t0

    setattr(cls, name, wrapper)


def run_one(store: str, n: int, endpoint: str | None, chunk: int = 10_000) -> dict:
    """Ingest ``n`` edges into ``store`` and time the reads (runs in the child process)."""
    import kgraph
    from kgraph.events import Consolidator
    from kgraph.storewriter import StoreWriter
    from kgraph.synthetic import synthetic_edges

    feed = [0.0]
    _timed(StoreWriter, "_as_read", feed)
    _timed(Consolidator, "add", feed)

    base_rss = _rss_mb()
    tmp = Path(tempfile.mkdtemp(prefix="kgraph-bench-"))
    options: dict = {}
    if store == "oxigraph":
        options["path"] = tmp / "store"
    elif store == "sparql":
        options.update(endpoint=endpoint, graph=f"https://example.org/bench/{n}/{time.time_ns()}")
    kg = kgraph.KnowledgeGraph(store=store, **options)
    gen = synthetic_edges(n)
    ingest = cpu = 0.0
    while True:
        batch = [e for _, e in zip(range(chunk), gen)]
        if not batch:
            break
        t0, c0 = time.perf_counter(), _cpu()
        kg.add_edges(batch)
        ingest += time.perf_counter() - t0
        cpu += _cpu() - c0
    t0, c0 = time.perf_counter(), _cpu()
    kg.flush()
    ingest += time.perf_counter() - t0
    cpu += _cpu() - c0
    out: dict = {"store": store, "edges": n, "ingest_s": round(ingest, 1), "ingest_cpu_s": round(cpu, 1),
                 "edges_per_s": round(n / ingest), "peak_rss_mb": round(_rss_mb()),
                 "base_rss_mb": round(base_rss), "feed_s": round(feed[0], 1)}
    t0 = time.perf_counter()
    events = kg.events()  # the mentions were handed over during ingest: the events are built
    out["events_s"] = round(time.perf_counter() - t0, 1)
    out["events"] = len(events)
    out["events_ratio"] = round((ingest + out["events_s"]) / (ingest - feed[0]), 3)
    out["peak_rss_mb_events"] = round(_rss_mb())
    del events
    out["triples"] = len(kg.backend)
    if store == "oxigraph":
        out["disk_mb"] = round(_du(tmp / "store") / 1e6, 1)
    elif store == "memory":
        out["disk_mb"] = None
    t0 = time.perf_counter()
    hits = kg.edges(source="Russia", relation="meets")
    out["filter_s"], out["filter_hits"] = round(time.perf_counter() - t0, 2), len(hits)
    t0 = time.perf_counter()
    rows = kg.sparql(AGGREGATE)
    out["aggregate_s"], out["aggregate_rows"] = round(time.perf_counter() - t0, 2), len(rows)
    t0 = time.perf_counter()
    stats = kg.stats()
    out["stats_s"] = round(time.perf_counter() - t0, 2)
    assert stats["edges"] == n, stats
    kg._changed()  # drop the memory store's edge cache, so every store builds the view from its triples
    t0 = time.perf_counter()
    G = kg.to_networkx()
    out["networkx_s"] = round(time.perf_counter() - t0, 1)
    assert G.number_of_edges() == n
    del G
    extra = [e.replace(doc_id="extra-document") for e in synthetic_edges(20, seed=99)]
    kg.add_edges(extra)
    t0 = time.perf_counter()
    assert sum(len(ev.mentions) for ev in kg.events()) == n + len(extra)
    out["events_after_one_document_s"] = round(time.perf_counter() - t0, 2)
    if store == "oxigraph":
        t0 = time.perf_counter()
        kg.backend.optimize()
        out["optimize_s"] = round(time.perf_counter() - t0, 1)
        out["disk_mb_optimized"] = round(_du(tmp / "store") / 1e6, 1)
        out["edge_table_mb"] = round((tmp / "store" / "edges.sqlite").stat().st_size / 1e6, 1)
        kg.close()
        t0 = time.perf_counter()
        again = kgraph.KnowledgeGraph(store="oxigraph", path=tmp / "store")
        out["reopened_edges"] = len(again)
        out["reopen_count_s"] = round(time.perf_counter() - t0, 2)
        again.close()
    elif store == "sparql":
        kg.backend.clear()
        kg.close()
    out["peak_rss_mb_after_reads"] = round(_rss_mb())
    import shutil

    shutil.rmtree(tmp, ignore_errors=True)
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    p.add_argument("--stores", nargs="+", default=["memory", "oxigraph", "sparql"])
    p.add_argument("--memory-1m", action="store_true", help="also run the memory store above 200k edges")
    p.add_argument("--json", help="append results as JSON lines to this file")
    p.add_argument("--child", nargs=3, metavar=("STORE", "N", "ENDPOINT"), help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        store, n, endpoint = args.child
        print(json.dumps(run_one(store, int(n), None if endpoint == "-" else endpoint)))
        return 0

    server = None
    endpoint = "-"
    if "sparql" in args.stores:
        from tests.virtuoso import VirtuosoServer, ensure_installed

        reason = ensure_installed()
        if reason:
            print(f"sparql: skipped ({reason})")
            args.stores = [s for s in args.stores if s != "sparql"]
        else:
            server = VirtuosoServer(buffers=170_000).start()
            endpoint = server.endpoint
            print(f"virtuoso: started in {server.startup_seconds:.1f} s at {endpoint}")
    results = []
    try:
        for n in args.sizes:
            for store in args.stores:
                if store == "memory" and n > 200_000 and not args.memory_1m:
                    print(f"memory {n:,}: skipped (about {n * 20 * 0.72 / 1e6:.0f} GB of RAM for rdflib; "
                          "--memory-1m runs it)")
                    continue
                t0 = time.perf_counter()
                done = subprocess.run([sys.executable, __file__, "--child", store, str(n), endpoint],
                                      capture_output=True, text=True, check=False)
                if done.returncode != 0:
                    print(f"{store} {n:,}: FAILED\n{done.stderr[-2000:]}")
                    continue
                res = json.loads(done.stdout.strip().splitlines()[-1])
                if server is not None and store == "sparql":
                    res["disk_mb"] = round(server.database_bytes() / 1e6, 1)
                res["wall_s"] = round(time.perf_counter() - t0, 1)
                res["load_avg"] = round(os.getloadavg()[0], 1)
                results.append(res)
                print(json.dumps(res), flush=True)
                if args.json:
                    with open(args.json, "a", encoding="utf-8") as fh:
                        fh.write(json.dumps(res) + "\n")
    finally:
        if server is not None:
            server.stop()
    print("\n| store | edges | ingest s | edges/s | peak RSS MB | disk MB | filter s | aggregate s "
          "| to_networkx s | feed s | events s | ingest+events / ingest without feed |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        disk = r.get("disk_mb") if r.get("disk_mb") is not None else "-"
        print(f"| {r['store']} | {r['edges']:,} | {r['ingest_s']} | {r['edges_per_s']:,} "
              f"| {r['peak_rss_mb']:,} | {disk} | {r['filter_s']} "
              f"| {r['aggregate_s']} | {r['networkx_s']} | {r['feed_s']} | {r['events_s']} "
              f"| {r['events_ratio']} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
