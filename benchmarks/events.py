"""Event consolidation benchmark: 50 documents report the same 20 events in varied words.

The 20 gold events are 14 facts (source, relation, target), six of which happen
twice, 40 days apart; each document is dated within three days after its main
event and reports, in sentences drawn from templates and actor names drawn from
aliases ("Moscow", "the Kremlin", "The Russian Federation"), every gold event of
the three days before its date. Symmetric relations are sometimes written in the
other order. Every document goes through real extraction (``kg.add_text``), then
``kg.events()`` consolidates the mentions.

Prints the number of events, extraction coverage (mentions read as the gold
fact), and the pairwise precision and recall of the consolidation: over pairs of
mentions, precision is the share of pairs put in one event that report one gold
event, recall the share of pairs reporting one gold event that were put in one.

    python benchmarks/events.py            # seed 0
    python benchmarks/events.py --seed 3
    python benchmarks/events.py --gap 8     # repeats 8 days apart: where the window errs
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TEMPLATES = {
    "meets": ["{A} met {B} in Geneva.", "{A} and {B} held talks in Vienna.",
              "{B} met {A} on the sidelines of the summit.",
              "Diplomats from {A} met {B} to discuss the crisis.", "{A} hosted {B} for talks."],
    "condemns": ["{A} condemned {B}.", "{A} strongly condemned {B} over the strikes.",
                 "{A} issued a statement condemning {B}.", "In a statement, {A} denounced {B}."],
    "sanctions": ["{A} imposed sanctions on {B}.", "{A} sanctioned {B} over the crackdown.",
                  "{A} announced new sanctions against {B}."],
    "accuses": ["{A} accused {B} of violating the ceasefire.", "{A} blamed {B} for the attack.",
                "{B} was accused by {A} of spying."],
    "vetoes": ["{A} vetoed the resolution on {B}.", "{A} cast a veto against the {B} resolution.",
               "{A} vetoed the draft on {B}."],
    "supports": ["{A} voiced support for {B}.", "{A} backed {B} in the dispute.",
                 "{A} said it stood with {B}."],
    "visits": ["{A} visited {B}.", "A delegation from {A} visited {B}."],
    "negotiates": ["{A} negotiated with {B} over the grain deal.", "{A} and {B} negotiated a truce."],
}
NAMES = {
    "russia": ["Russia", "Moscow", "the Kremlin", "the Russian Federation"],
    "united-states": ["the United States", "Washington"], "china": ["China", "Beijing"],
    "france": ["France", "Paris"], "ukraine": ["Ukraine", "Kyiv"], "iran": ["Iran", "Tehran"],
    "germany": ["Germany", "Berlin"], "turkey": ["Turkey", "Ankara"], "japan": ["Japan", "Tokyo"],
    "india": ["India", "New Delhi"], "syria": ["Syria", "Damascus"],
}
FACTS = [("russia", "vetoes", "syria"), ("united-states", "sanctions", "iran"), ("china", "meets", "japan"),
         ("france", "condemns", "russia"), ("ukraine", "accuses", "russia"),
         ("germany", "supports", "ukraine"), ("turkey", "negotiates", "russia"), ("india", "visits", "japan"),
         ("iran", "condemns", "united-states"), ("russia", "meets", "china"), ("france", "visits", "germany"),
         ("china", "sanctions", "japan"), ("united-states", "accuses", "china"),
         ("germany", "meets", "france")]
REPEATED = 6  # the first six facts happen again ``gap`` days later (40 by default)
START = date(2025, 1, 6)


def gold_events(gap: int = 40) -> list[tuple[int, tuple[str, str, str], date]]:
    """The 20 gold events: (id, fact, day); facts spread 3 days apart, repeats ``gap`` days later."""
    events = [(i, fact, START + timedelta(days=3 * i)) for i, fact in enumerate(FACTS)]
    events += [(len(FACTS) + i, FACTS[i], START + timedelta(days=3 * i + gap)) for i in range(REPEATED)]
    return events


def _sentence(rng: random.Random, fact: tuple[str, str, str]) -> str:
    a, rel, b = fact
    if rel in ("meets", "negotiates") and rng.random() < 0.3:
        a, b = b, a
    text = rng.choice(TEMPLATES[rel]).format(A=rng.choice(NAMES[a]), B=rng.choice(NAMES[b]))
    return text[0].upper() + text[1:]


def documents(seed: int, n_docs: int = 50, gap: int = 40) -> list[tuple[str, str, list[tuple[str, int]]]]:
    """``(doc_id, date, [(sentence, gold event id)])`` for ``n_docs`` documents."""
    rng = random.Random(seed)
    gold = gold_events(gap)
    docs = []
    for k in range(n_docs):
        _, _, day = gold[k % len(gold)]
        published = day + timedelta(days=rng.randint(0, 2))
        reported = [(i, fact) for i, fact, d in gold if timedelta(0) <= published - d <= timedelta(days=3)]
        rng.shuffle(reported)
        docs.append((f"doc-{k:02d}", published.isoformat(), [(_sentence(rng, f), i) for i, f in reported]))
    return docs


def _pairs(groups: dict[object, list[int]]) -> set[tuple[int, int]]:
    return {p for members in groups.values() for p in combinations(sorted(members), 2)}


def main(argv: list[str] | None = None) -> int:
    import kgraph

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--gap", type=int, default=40,
                    help="days between the two occurrences of a repeated fact (below the 7-day window "
                         "plus the reporting lag, they cannot be told apart)")
    args = ap.parse_args(argv)
    kg = kgraph.KnowledgeGraph()
    gold_of: dict[tuple[str, str], int] = {}
    facts = {i: fact for i, fact, _ in gold_events(args.gap)}
    for doc_id, day, sentences in documents(args.seed, gap=args.gap):
        kg.add_text(" ".join(s for s, _ in sentences), doc_id=doc_id, date=day, outlet=f"outlet-{doc_id[-1]}")
        gold_of.update({(doc_id, s): i for s, i in sentences})
    t0 = time.perf_counter()
    events = kg.events()
    elapsed = time.perf_counter() - t0
    mentions = [m for ev in events for m in ev.mentions]
    index = {id(m): n for n, m in enumerate(mentions)}
    gold_groups: dict[object, list[int]] = {}
    pred_groups: dict[object, list[int]] = {}
    read_right = 0
    for ev in events:
        for m in ev.mentions:
            g = gold_of.get((m.doc_id or "", m.sentence), -1)
            gold_groups.setdefault(g if g >= 0 else ("stray", id(m)), []).append(index[id(m)])
            pred_groups.setdefault(ev.id, []).append(index[id(m)])
            a, rel, b = facts.get(g, ("", "", ""))
            ends = {m.source.id.rsplit("/", 1)[-1], m.target.id.rsplit("/", 1)[-1]}
            read_right += m.relation == rel and ends == {a, b}
    gold_pairs, pred_pairs = _pairs(gold_groups), _pairs(pred_groups)
    both = len(gold_pairs & pred_pairs)
    precision = both / len(pred_pairs) if pred_pairs else 1.0
    recall = both / len(gold_pairs) if gold_pairs else 1.0
    print(f"documents: {len(kg.documents())}, mentions: {len(mentions)} "
          f"(read as their gold fact: {read_right}), gold events: {len(gold_events())}")
    print(f"kg.events(): {len(events)} events in {elapsed * 1000:.1f} ms")
    print(f"consolidation, pairwise over mentions: precision {precision:.3f}, recall {recall:.3f} "
          f"({both} of {len(pred_pairs)} predicted pairs, {len(gold_pairs)} gold pairs)")
    sizes = sorted((ev.n_documents for ev in events), reverse=True)
    print(f"documents per event: {sizes}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
