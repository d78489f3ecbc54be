"""Per-edge confidence: what it means and how it is computed.

Confidence is a score in (0, 1] that orders edges by how much the extractor
trusts them. It is the product of three factors:

* **actors** — the weaker of the two ends: 1.0 for a dictionary name, 0.9 for a
  metonym ("the Kremlin"), 0.85 for a demonym, title or state organ, 0.8 for a
  generic head ("the Russian side"), 0.7 for an actor known only from NER, 0.65
  for a short reference ("the organization") and 0.6 for a pronoun;
* **trigger** — 1.0 for an unambiguous trigger, 0.7 for one the lexicon marks weak
  ("see", "hit", "support");
* **pattern** — 1.0 for a verb with direct arguments, 0.95 passive, 0.9 light-verb
  construction ("held talks with"), 0.75 nominal ("X's proposal to Y"), 0.6 when
  the target is only the first actor somewhere in the verb's clause (the last
  resort of an unambiguous verb: "gave money to promote investment in Y"), times
  0.85 when the target was found inside a larger phrase ("condemned the envoy's
  decision").

Examples
--------
>>> from kgraph.confidence import combine
>>> combine(actor=1.0, weak=False, pattern="verb", nested=False)
1.0
>>> combine(actor=0.6, weak=True, pattern="nominal", nested=True)
0.268
"""

from __future__ import annotations

from .patterns import PATTERN_CONFIDENCE

__all__ = ["NESTED_FACTOR", "WEAK_TRIGGER", "combine"]

WEAK_TRIGGER = 0.7
NESTED_FACTOR = 0.85


def combine(actor: float, weak: bool, pattern: str, nested: bool) -> float:
    """Return the confidence of an edge from its factors (rounded to 3 places)."""
    score = actor * (WEAK_TRIGGER if weak else 1.0) * PATTERN_CONFIDENCE.get(pattern, 0.7)
    if nested:
        score *= NESTED_FACTOR
    return round(min(max(score, 0.001), 1.0), 3)
