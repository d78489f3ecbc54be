"""CAMEO codes to PLOVER event types (our own table, ``kgraph/data/cameo_plover.csv``).

A relation has default codes (``relations.csv``); a trigger may carry a more
specific CAMEO code in the lexicon ("sign ... agreement" is 057), and the
PLOVER type follows the code by longest prefix.

Examples
--------
>>> from kgraph.codes import plover_for
>>> plover_for("057"), plover_for("0571"), plover_for("163"), plover_for("190")
('SUPPORT', 'SUPPORT', 'COERCE', 'ASSAULT')
"""

from __future__ import annotations

import csv
from functools import lru_cache

from ._data import read_data

__all__ = ["plover_for"]


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    rows = csv.DictReader(read_data("cameo_plover.csv").splitlines())
    return {r["cameo"].strip(): r["plover"].strip() for r in rows}


def plover_for(code: str | None, default: str = "") -> str:
    """Return the PLOVER type of a CAMEO code (longest known prefix), or ``default``."""
    if not code:
        return default
    table = _table()
    for n in range(len(code), 1, -1):
        hit = table.get(code[:n])
        if hit:
            return hit
    return default
