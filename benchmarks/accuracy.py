"""Extraction accuracy on the hand-annotated seed articles (tests/data/seeds_gold.jsonl).

Scoring unit: the set of (source, relation, target) triples of a document. Actors
are compared by dictionary identity: a gold name is looked up in kgraph's actor
dictionary (any alias), and an extracted actor by its IRI; actors unknown to the
dictionary are compared by lower-cased label. Symmetric relations (meets,
negotiates, cooperates, agrees) are compared as unordered pairs.

Two figures per document:

* strict: the relation must be the gold one;
* lenient: a relation also matches its parent or child in the vocabulary
  (``negotiates`` for ``meets``, ``vetoes`` for ``rejects``).

Negation and modality are reported as agreement on the strict matches.

Run: ``python benchmarks/accuracy.py [--details]``. Prints figures only.
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
from kgraph.actors import ActorDictionary  # noqa: E402

GOLD = ROOT / "tests" / "data" / "seeds_gold.jsonl"
SEEDS = ROOT / "seeds"


def actor_key(name_or_actor: object, actors: ActorDictionary) -> str:
    """Identity of an actor for scoring (dictionary IRI, else lower-cased label)."""
    if isinstance(name_or_actor, kgraph.Actor):
        if actors.get(name_or_actor.id) is not None:
            return name_or_actor.id
        found = actors.lookup(name_or_actor.label)
        return found.id if found else "label:" + name_or_actor.label.lower()
    found = actors.lookup(str(name_or_actor))
    return found.id if found else "label:" + str(name_or_actor).lower()


def triple(src: str, rel: str, tgt: str, symmetric: set[str]) -> tuple[str, str, str]:
    if rel in symmetric and tgt < src:
        src, tgt = tgt, src
    return src, rel, tgt


def load_gold(actors: ActorDictionary, symmetric: set[str]) -> dict[str, dict[tuple, dict]]:
    gold: dict[str, dict[tuple, dict]] = defaultdict(dict)
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        t = triple(actor_key(g["source"], actors), g["relation"], actor_key(g["target"], actors),
                   symmetric)
        gold[g["doc"]].setdefault(t, g)
    return gold


def extract_all() -> dict[str, list[kgraph.Edge]]:
    meta = json.loads((SEEDS / "metadata.json").read_text(encoding="utf-8"))
    ex = kgraph.Extractor()
    items = []
    for path in sorted(SEEDS.glob("*.txt")):
        items.append((path.read_text(encoding="utf-8"), path.name, meta.get(path.name, {}).get("date")))
    return {doc: edges for (_t, doc, _d), edges in zip(items, ex.extract_many(items), strict=True)}


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--details", action="store_true", help="list misses and false alarms")
    ap.add_argument("--json", help="also write the figures to this JSON file")
    args = ap.parse_args(argv)
    vocab = kgraph.default_vocabulary()
    symmetric = {r.name for r in vocab if r.symmetric}
    actors = kgraph.default_actors()
    gold = load_gold(actors, symmetric)
    predicted = extract_all()

    def related(a: str, b: str) -> bool:
        return a == b or vocab[a].parent == b or vocab[b].parent == a

    totals = Counter()
    rows = []
    flag_agree = Counter()
    for doc in sorted(set(gold) | set(predicted)):
        pred: dict[tuple, kgraph.Edge] = {}
        for e in predicted.get(doc, []):
            t = triple(actor_key(e.source, actors), e.relation, actor_key(e.target, actors), symmetric)
            pred.setdefault(t, e)
        gd = gold.get(doc, {})
        tp = len(set(pred) & set(gd))
        lenient_tp = sum(1 for g in gd if any((g[0] == p[0] and g[2] == p[2] and related(g[1], p[1]))
                                              or (g[1] in symmetric and g[0] == p[2] and g[2] == p[0]
                                              and related(g[1], p[1])) for p in pred))
        for t in set(pred) & set(gd):
            flag_agree["n"] += 1
            flag_agree["negated"] += pred[t].negated == gd[t]["negated"]
            flag_agree["modality"] += pred[t].modality == gd[t]["modality"]
        p, r, f = prf(tp, len(pred), len(gd))
        lf = prf(lenient_tp, len(pred), len(gd))[2]
        rows.append((doc, len(gd), len(pred), tp, p, r, f, lf))
        totals.update(gold=len(gd), pred=len(pred), tp=tp, ltp=lenient_tp)
        if args.details:
            print(f"\n== {doc}")
            for t in sorted(set(gd) - set(pred)):
                print("  MISS ", t[0].rsplit('/', 1)[-1], t[1], t[2].rsplit('/', 1)[-1],
                      "|", gd[t]["sentence"][:110])
            for t in sorted(set(pred) - set(gd)):
                e = pred[t]
                print("  FALSE", t[0].rsplit('/', 1)[-1], t[1], t[2].rsplit('/', 1)[-1],
                      "|", e.sentence[:110])
    print(f"{'document':28} {'gold':>5} {'pred':>5} {'tp':>4} {'P':>6} {'R':>6} {'F1':>6} {'F1-len':>7}")
    for doc, ng, np_, tp, p, r, f, lf in rows:
        print(f"{doc:28} {ng:5d} {np_:5d} {tp:4d} {p:6.3f} {r:6.3f} {f:6.3f} {lf:7.3f}")
    P, R, F = prf(totals["tp"], totals["pred"], totals["gold"])
    _lp, _lr, LF = prf(totals["ltp"], totals["pred"], totals["gold"])
    print(f"{'all (micro)':28} {totals['gold']:5d} {totals['pred']:5d} {totals['tp']:4d} "
          f"{P:6.3f} {R:6.3f} {F:6.3f} {LF:7.3f}")
    n = flag_agree["n"] or 1
    print(f"on {flag_agree['n']} matches: negation agreement {flag_agree['negated'] / n:.3f}, "
          f"modality agreement {flag_agree['modality'] / n:.3f}")
    result = {"precision": P, "recall": R, "f1": F, "f1_lenient": LF, **totals,
              "per_document": {r[0]: {"gold": r[1], "pred": r[2], "tp": r[3], "f1": r[6]} for r in rows}}
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1), encoding="utf-8")
    return result


if __name__ == "__main__":
    main()
