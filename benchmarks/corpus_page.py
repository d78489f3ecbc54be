"""Corpus page benchmark: the page of a 300-document corpus, its generation time, a real browser.

A synthetic corpus of ``--documents`` documents (300) with ``--edges`` edges (3,900, about the
3,850 of the corpus issue 15 describes) among the shipped dictionary's actors (:mod:`kgraph.synthetic`) is
stored in a knowledge graph; ``kg.to_html`` is timed (best of ``--repeat`` runs: reading the
edges and documents, the page data with its layout, the template). The page is then opened in
headless Chromium (tests/browser.py), which must report no script error and draw it, and
``--screenshot PATH`` saves what it drew, with the evidence of the busiest actor pinned.

    python benchmarks/corpus_page.py
    python benchmarks/corpus_page.py --screenshot docs/corpus.png
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from itertools import groupby
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def corpus(n_documents: int, n_edges: int):
    """A knowledge graph of ``n_documents`` synthetic documents holding ``n_edges`` edges."""
    import kgraph
    from kgraph.synthetic import synthetic_documents, synthetic_edges

    per_doc = -(-n_edges // n_documents)
    docs = {d.id: d for d in synthetic_documents(n_edges, per_doc)}
    kg = kgraph.KnowledgeGraph()
    for doc_id, edges in groupby(synthetic_edges(n_edges, edges_per_doc=per_doc, n_actors=0),
                                 key=lambda e: e.doc_id):
        kg.add_edges(list(edges), document=docs[doc_id])
    return kg


#: Pins the evidence of the actor with the most edges, as a click on it does.
PIN = """
setTimeout(function () {
  var net = window.kgraphNetwork, best = null, most = -1;
  net.body.data.nodes.forEach(function (n) { if (n.degree > most) { most = n.degree; best = n; } });
  net.body.emitter.emit("click", { nodes: [best.id], edges: [] });
  net.selectNodes([best.id]);
}, 300);
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--documents", type=int, default=300)
    ap.add_argument("--edges", type=int, default=3900)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--screenshot", type=Path, help="save the page as drawn by Chromium (PNG)")
    args = ap.parse_args(argv)
    kg = corpus(args.documents, args.edges)
    stats = kg.stats()
    print(f"corpus: {stats['documents']} documents, {stats['actors']} actors, {stats['edges']} edges")
    out = Path(tempfile.mkdtemp(prefix="kgraph-corpus-")) / "corpus.html"
    times = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        kg.to_html(out, title=f"kgraph: {stats['documents']} documents")
        times.append(time.perf_counter() - t0)
    print(f"page generation: best {min(times):.3f} s, median {sorted(times)[len(times) // 2]:.3f} s "
          f"over {args.repeat} runs; {out.stat().st_size / 1e6:.2f} MB")
    from tests.browser import dump_dom, find_chromium, page_attributes, screenshot

    if find_chromium() is None:
        print("chromium: not installed (tests/browser.py installs it); the page was not opened")
        return 0
    attrs = page_attributes(dump_dom(out.as_uri()))
    print(f"chromium: {attrs.get('data-js-errors')} script errors, drawn={attrs.get('data-drawn')}, "
          f"{attrs.get('data-nodes')} actors and {attrs.get('data-edges')} edges on the page")
    if args.screenshot:
        from tests.browser import inject_scripts

        pinned = inject_scripts(out, out.with_name("pinned.html"), end=PIN)  # the panel, open
        screenshot(pinned.as_uri(), args.screenshot)
        print(f"screenshot: {args.screenshot}")
    return 0 if attrs.get("data-js-errors") == "0" and attrs.get("data-drawn") == "1" else 1


if __name__ == "__main__":
    raise SystemExit(main())
