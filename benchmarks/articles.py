"""Extraction accuracy on whole real news articles (the dev set in ``../shared/eval/articles``).

The texts and their gold edges are read from the shared folder at run time; nothing of them is
copied into the project. Scoring follows the set's README:

* unit: the unique (source label, relation, target label) triples of an article, from the edges
  kgraph returns as positive (``negated`` False), whatever their modality;
* a triple matches a gold line when its source label is one of the line's source labels, its
  target label one of its target labels (case, curly quotes and a leading "the" ignored) and the
  relation is the same; for symmetric relations the order of the pair does not matter;
* required lines (not optional, not negated) are the recall denominator; a triple that matches
  only optional lines is ignored; a triple that matches no line, or only a negated one, is a
  false positive.

The split: d01-d10 are for tuning (``dev``), d11-d16 are held out (``heldout``) and reported
apart; another set may mark its split with ``"split": "tuning"`` in ``sources.jsonl``
(``benchmarks/written2``: x01-x07 tuning, x08-x14 held out; ``benchmarks/written3`` and
``benchmarks/written6`` all held out, to be scored untouched; ``benchmarks/plural``: p01-p10
tuning; ``benchmarks/written7``: g01-g07 tuning). ``--details`` lists misses and
false positives, for the tuning split only unless ``--show-heldout`` is given (looking at
held-out errors turns them into tuning data).

``--aliases`` also accepts an actor's aliases (the surface forms kgraph records for the actors
it mints, such as "Ecuadorian police" for Police of Ecuador) where the rule asks for its label.

Run: ``python benchmarks/articles.py [--details] [--aliases] [--json PATH] [--eval DIR]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import kgraph  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval" / "articles"
TUNING = {f"d{i:02d}.txt" for i in range(1, 11)}


def split_of(sources: dict[str, dict]) -> set[str]:
    """The tuning articles of a set: the shared set's d01-d10, or those whose ``sources.jsonl``
    line says ``"split": "tuning"``; empty for a set with no split."""
    marked = {name for name, s in sources.items() if s.get("split") == "tuning"}
    return marked or {name for name in sources if name in TUNING}


def _span(names: list[str]) -> str:
    """"d01-d10" for a sorted run of article files."""
    if not names:
        return "-"
    return f"{names[0].rsplit('.', 1)[0]}-{names[-1].rsplit('.', 1)[0]}" if len(names) > 1 \
        else names[0].rsplit(".", 1)[0]


def norm(label: str) -> str:
    """Label as compared: lower case, straight quotes, no leading article, single spaces."""
    s = label.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = " ".join(s.lower().split())
    return s[4:] if s.startswith("the ") else s


@dataclass
class GoldLine:
    id: str
    relation: str
    sources: set[str]
    targets: set[str]
    optional: bool
    negated: bool
    text: str
    raw: dict = field(repr=False)

    def matches(self, src: str, rel: str, tgt: str, symmetric: set[str]) -> bool:
        if rel != self.relation:
            return False
        if src in self.sources and tgt in self.targets:
            return True
        return rel in symmetric and tgt in self.sources and src in self.targets

    def pair(self, src: str, tgt: str) -> bool:
        return (src in self.sources and tgt in self.targets) or (tgt in self.sources and src in self.targets)


def load(directory: Path) -> tuple[dict[str, list[GoldLine]], dict[str, dict]]:
    gold: dict[str, list[GoldLine]] = defaultdict(list)
    for line in (directory / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            gold[g["doc"]].append(GoldLine(
                g["id"], g["relation"], {norm(s) for s in g["source"]}, {norm(t) for t in g["target"]},
                bool(g.get("optional")), bool(g.get("negated")), g.get("text", ""), g))
    sources = {}
    for line in (directory / "sources.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            s = json.loads(line)
            sources[s["file"]] = s
    return gold, sources


def extract(directory: Path, sources: dict[str, dict]) -> dict[str, list[kgraph.Edge]]:
    ex = kgraph.Extractor()
    items = [((directory / name).read_text(encoding="utf-8"), name, sources[name].get("date"))
             for name in sorted(sources)]
    return {name: edges for (_t, name, _d), edges in zip(items, ex.extract_many(items), strict=True)}


def prf(tp: float, n_pred: float, n_gold: float) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Score:
    tp: int = 0          # system triples matching a required line
    fp: int = 0
    found: int = 0       # required lines matched
    required: int = 0
    errors: Counter = field(default_factory=Counter)
    details: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.found += other.found
        self.required += other.required
        self.errors.update(other.errors)

    @property
    def figures(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.found / self.required if self.required else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def names(actor: kgraph.Actor, aliases: bool) -> list[str]:
    """The labels an actor is compared by: its label, and with ``aliases`` its aliases too."""
    return [norm(actor.label), *(norm(a) for a in actor.aliases)] if aliases else [norm(actor.label)]


def score_article(edges: list[kgraph.Edge], gold: list[GoldLine], symmetric: set[str],
                  aliases: bool = False) -> Score:
    sc = Score()
    triples: dict[tuple[str, str, str], kgraph.Edge] = {}
    for e in edges:
        if not e.negated:
            triples.setdefault((norm(e.source.label), e.relation, norm(e.target.label)), e)
    positive = [g for g in gold if not g.negated]
    required = [g for g in positive if not g.optional]
    labels = set().union(*(g.sources | g.targets for g in gold)) if gold else set()
    matched: set[str] = set()
    for (s, r, t), e in sorted(triples.items()):
        if aliases:  # the first of the actor's names that a gold line knows
            s = next((n for n in names(e.source, True) if n in labels), s)
            t = next((n for n in names(e.target, True) if n in labels), t)
        hits = [g for g in positive if g.matches(s, r, t, symmetric)]
        if any(not g.optional for g in hits):
            sc.tp += 1
            matched.update(g.id for g in hits if not g.optional)
            continue
        if hits:
            continue  # optional lines only: neither rewarded nor penalized
        sc.fp += 1
        if any(g.negated and g.matches(s, r, t, symmetric) for g in gold):
            why = "negated in gold"
        elif s not in labels or t not in labels:
            which = [x for x, lab in (("source", s), ("target", t)) if lab not in labels]
            why = f"FP {'+'.join(which)} not a gold actor"
        elif any(g.pair(s, t) for g in positive):
            same = [g for g in positive if g.pair(s, t)]
            why = "FP reversed direction" if any(g.relation == r for g in same) else "FP wrong relation"
        else:
            why = "FP gold actors, no such event"
        sc.errors[why] += 1
        sc.details.append(f"  FALSE [{why}] {e.source.label} --{r}--> {e.target.label}"
                          f" ({e.source_text!r}/{e.target_text!r}) | {' '.join(e.sentence.split())[:140]}")
    sc.required = len(required)
    sc.found = sum(1 for g in required if g.id in matched)
    for g in required:
        if g.id in matched:
            continue
        near = [(s, r, t) for (s, r, t) in triples if g.pair(s, t)]
        src_only = [(s, r, t) for (s, r, t) in triples
                    if r == g.relation and (s in g.sources) != (t in g.targets)]
        if near:
            why = "FN pair found, other relation"
        elif src_only:
            why = "FN relation found, one end mislabeled"
        else:
            why = "FN nothing for the pair"
        sc.errors[why] += 1
        ex = near or src_only
        hint = f" (have {ex[0][0]} --{ex[0][1]}--> {ex[0][2]})" if ex else ""
        sc.details.append(f"  MISS  [{why}] {g.raw['source'][0]} --{g.relation}--> "
                          f"{g.raw['target'][0]}{hint} | {' '.join(g.text.split())[:140]}")
    return sc


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", type=Path, default=EVAL,
                    help="folder of the article set (default: the shared set; benchmarks/written is the "
                         "project's own, whose details may all be shown)")
    ap.add_argument("--details", action="store_true", help="list misses and false positives (tuning split)")
    ap.add_argument("--show-heldout", action="store_true", help="with --details, list held-out errors too")
    ap.add_argument("--json", help="also write the figures to this JSON file")
    ap.add_argument("--aliases", action="store_true",
                    help="also accept an actor's aliases where the set's rule asks for its label")
    args = ap.parse_args(argv)
    if not (args.eval / "gold.jsonl").is_file():
        raise SystemExit(f"no article set at {args.eval} (expected gold.jsonl and dNN.txt)")
    symmetric = {r.name for r in kgraph.default_vocabulary() if r.symmetric}
    gold, sources = load(args.eval)
    predicted = extract(args.eval, sources)
    tuning = split_of(sources)
    # a set with a split reports tuning and held-out apart (a set all held out, such as
    # benchmarks/written3, shows no details unless --show-heldout)
    shared = bool(tuning) or any("split" in s for s in sources.values())
    names = sorted(sources)
    tune_label = f"tuning {_span([n for n in names if n in tuning])}"
    held_label = f"held-out {_span([n for n in names if n not in tuning])}"
    splits = {tune_label: Score(), held_label: Score(), f"all {len(sources)}": Score()} if shared \
        else {f"all {len(sources)}": Score()}
    if shared and not tuning:
        del splits[tune_label]
    every = list(splits)[-1]
    print(f"{'article':10} {'req':>4} {'found':>5} {'tp':>4} {'fp':>4} {'P':>6} {'R':>6} {'F1':>6}")
    per_doc = {}
    for name in sorted(sources):
        sc = score_article(predicted.get(name, []), gold.get(name, []), symmetric, args.aliases)
        if shared:
            splits[tune_label if name in tuning else held_label].add(sc)
        splits[every].add(sc)
        p, r, f = sc.figures
        per_doc[name] = {"required": sc.required, "found": sc.found, "tp": sc.tp, "fp": sc.fp, "f1": f}
        print(f"{name:10} {sc.required:4d} {sc.found:5d} {sc.tp:4d} {sc.fp:4d} {p:6.3f} {r:6.3f} {f:6.3f}")
        if args.details and (name in tuning or args.show_heldout or not shared):
            print("\n".join(sc.details))
    print()
    result = {"per_document": per_doc}
    for label, sc in splits.items():
        p, r, f = sc.figures
        result[label] = {"precision": p, "recall": r, "f1": f, "tp": sc.tp, "fp": sc.fp,
                         "found": sc.found, "required": sc.required, "errors": dict(sc.errors)}
        print(f"{label:18} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   (tp {sc.tp}, fp {sc.fp}, "
              f"required {sc.found}/{sc.required})")
    keys = sorted(set(splits[every].errors), key=lambda k: -splits[every].errors[k])
    if shared:
        print("\nerror classes        tuning  held-out")
        tuned, held = splits.get(tune_label, Score()).errors, splits[held_label].errors
        for k in keys:
            print(f"  {k:40} {tuned[k]:4d} {held[k]:6d}")
    else:
        print("\nerror classes")
        for k in keys:
            print(f"  {k:40} {splits[every].errors[k]:4d}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1), encoding="utf-8")
    return result


if __name__ == "__main__":
    main()
