"""Extraction by construction on 160 short news texts written and annotated for kgraph.

``tests/data/constructions.jsonl`` was written by an annotator who did not read kgraph's code
or its development articles: relative clauses, complements of reporting verbs, giving to,
event nouns pointing back, coordinated verbs, lists, reciprocals, negation scope, titles,
document-level references, host cities, modality and headline style (``construction`` tags).

Scoring: unique (source, relation, target) per text from positive edges, as in
``articles.py``; a system actor also matches a gold label by its state when it is a state
organ ("Police of Kenya" for "Kenya"), since the annotation labels organs by their state.
Symmetric relations are unordered. ``not_edges`` produced are counted apart.

Run: ``python benchmarks/constructions.py [--details] [--tag TAG]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import kgraph  # noqa: E402

DATA = ROOT / "tests" / "data" / "constructions.jsonl"


def names(actor: kgraph.Actor, actors: kgraph.ActorDictionary) -> set[str]:
    """The labels a system actor may match: its own and, for an organ, its state's."""
    out = {actor.label.lower()}
    state = actors.state_of(actor) if actor.kind == "state_organ" else None
    if state is not None:
        out.add(state.label.lower())
    return out


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--details", action="store_true", help="list misses and false positives")
    ap.add_argument("--tag", help="score one construction only")
    ap.add_argument("--json", help="also write the figures to this JSON file")
    args = ap.parse_args(argv)
    symmetric = {r.name for r in kgraph.default_vocabulary() if r.symmetric}
    actors = kgraph.default_actors()
    records = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.tag:
        records = [r for r in records if r["construction"] == args.tag]
    ex = kgraph.Extractor()
    items = [(r["text"], r["id"], None) for r in records]
    tally: dict[str, Counter] = defaultdict(Counter)
    for rec, edges in zip(records, ex.extract_many(items), strict=True):
        tag = rec["construction"]
        gold = [g for g in rec["edges"] if not g.get("negated")]
        sys_edges = {}
        for e in edges:
            if not e.negated:
                sys_edges.setdefault((e.source.id, e.relation, e.target.id), e)

        def hit(e: kgraph.Edge, g: dict) -> bool:
            if e.relation != g["relation"]:
                return False
            s, t = names(e.source, actors), names(e.target, actors)
            gs, gt = g["source"].lower(), g["target"].lower()
            return (gs in s and gt in t) or (e.relation in symmetric and gs in t and gt in s)

        found = [g for g in gold if any(hit(e, g) for e in sys_edges.values())]
        wrong = [e for e in sys_edges.values() if not any(hit(e, g) for g in rec["edges"])]
        bad = [e for e in sys_edges.values() if any(hit(e, {**n, "negated": False})
                                                    for n in rec.get("not_edges", []))]
        for key in (tag, "all"):
            tally[key].update(gold=len(gold), found=len(found), pred=len(sys_edges),
                              fp=len(wrong), not_edges=len(bad))
        if args.details and (len(found) < len(gold) or wrong):
            print(f"\n{rec['id']} [{tag}] {rec['text']}")
            for g in gold:
                if g not in found:
                    print(f"  MISS  {g['source']} --{g['relation']}--> {g['target']}")
            for e in wrong:
                print(f"  FALSE {e}")
    print(f"\n{'construction':18} {'gold':>5} {'found':>5} {'pred':>5} {'fp':>4} {'P':>6} {'R':>6} {'F1':>6}"
          f" {'not_edges':>9}")
    result = {}
    for tag in sorted(tally, key=lambda t: (t == "all", t)):
        c = tally[tag]
        p = (c["pred"] - c["fp"]) / c["pred"] if c["pred"] else 0.0
        r = c["found"] / c["gold"] if c["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        result[tag] = {"precision": p, "recall": r, "f1": f, **c}
        print(f"{tag:18} {c['gold']:5d} {c['found']:5d} {c['pred']:5d} {c['fp']:4d} {p:6.3f} {r:6.3f} "
              f"{f:6.3f} {c['not_edges']:9d}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1), encoding="utf-8")
    return result


if __name__ == "__main__":
    main()
