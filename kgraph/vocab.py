"""The relation vocabulary: one table of data, loaded into :class:`Relation` rows.

The shipped table is ``kgraph/data/relations.csv``. Users add their own
relations with :func:`load_vocabulary` (same columns) without editing code.

Examples
--------
>>> from kgraph.vocab import default_vocabulary
>>> v = default_vocabulary()
>>> v["vetoes"].parent
'rejects'
>>> sorted(v.descendants("meets"))
['meets', 'negotiates', 'visits']
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal, cast, get_args

from ._data import read_data
from .errors import VocabularyError

__all__ = ["QUAD_CLASSES", "QuadClass", "Relation", "Vocabulary", "default_vocabulary", "load_vocabulary"]

#: A relation's quad class: verbal or material, cooperation or conflict.
QuadClass = Literal["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]
#: The quad classes, in that order.
QUAD_CLASSES: tuple[QuadClass, ...] = get_args(QuadClass)
_COLUMNS = ("name", "label", "definition", "cameo", "plover", "quad_class", "weight", "symmetric",
            "parent")


@dataclass(frozen=True, slots=True)
class Relation:
    """One row of the vocabulary.

    Examples
    --------
    >>> from kgraph.vocab import default_vocabulary
    >>> default_vocabulary()["condemns"].quad_class
    'verbal_conflict'
    """

    name: str
    label: str
    definition: str
    cameo: tuple[str, ...]
    plover: str
    quad_class: QuadClass
    weight: float
    symmetric: bool
    parent: str | None
    examples: tuple[str, ...] = ()

    @property
    def cooperative(self) -> bool:
        """True for the two cooperation quad classes."""
        return self.quad_class.endswith("cooperation")


def _parse_row(row: dict[str, str], where: str) -> Relation:
    missing = [c for c in _COLUMNS if c not in row or row[c] is None]
    if missing:
        raise VocabularyError(f"{where}: missing column(s) {', '.join(missing)}")
    name = row["name"].strip()
    if not name.isidentifier() or not name.islower():
        raise VocabularyError(f"{where}: relation name {name!r} must be a lowercase identifier")
    quad = row["quad_class"].strip()
    if quad not in QUAD_CLASSES:
        raise VocabularyError(f"{where}: quad_class {quad!r} not one of {QUAD_CLASSES}")
    try:
        weight = float(row["weight"])
    except ValueError as err:
        raise VocabularyError(f"{where}: weight {row['weight']!r} is not a number") from err
    if not -10.0 <= weight <= 10.0:
        raise VocabularyError(f"{where}: weight {weight} outside -10..10")
    sym = row["symmetric"].strip().lower()
    if sym not in ("true", "false"):
        raise VocabularyError(f"{where}: symmetric must be true or false, got {sym!r}")
    return Relation(
        name=name,
        label=row["label"].strip() or name,
        definition=row["definition"].strip(),
        cameo=tuple(c.strip() for c in row["cameo"].split(";") if c.strip()),
        plover=row["plover"].strip(),
        quad_class=cast(QuadClass, quad),  # checked above
        weight=weight,
        symmetric=sym == "true",
        parent=row["parent"].strip() or None,
        examples=tuple(x.strip() for x in (row.get("examples") or "").split("|") if x.strip()),
    )


class Vocabulary:
    """An ordered, validated set of relations.

    Parameters
    ----------
    relations : iterable of Relation
        The rows; parents must name relations in the same vocabulary.
    """

    def __init__(self, relations: list[Relation]) -> None:
        self._rel: dict[str, Relation] = {}
        for r in relations:
            self._rel[r.name] = r
        for r in self._rel.values():
            if r.parent and r.parent not in self._rel:
                raise VocabularyError(f"relation {r.name!r} has unknown parent {r.parent!r}")

    def __getitem__(self, name: str) -> Relation:
        if not isinstance(name, str):
            raise TypeError(f"relation must be str, not {type(name).__name__}")
        try:
            return self._rel[name]
        except KeyError:
            raise VocabularyError(
                f"unknown relation {name!r}; known relations: {', '.join(self._rel)}"
            ) from None

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name in self._rel

    def __iter__(self) -> Iterator[Relation]:
        return iter(self._rel.values())

    def __len__(self) -> int:
        return len(self._rel)

    def get(self, name: str, default: Relation | None = None) -> Relation | None:
        """Return the relation ``name`` or ``default``."""
        return self._rel.get(name, default)

    def names(self) -> list[str]:
        """Return relation names in table order."""
        return list(self._rel)

    def descendants(self, name: str) -> set[str]:
        """Return ``name`` and every relation below it (sub-relations)."""
        self[name]
        out = {name}
        changed = True
        while changed:
            changed = False
            for r in self._rel.values():
                if r.parent in out and r.name not in out:
                    out.add(r.name)
                    changed = True
        return out

    def ancestors(self, name: str) -> list[str]:
        """Return the chain of parents of ``name``, nearest first."""
        chain: list[str] = []
        cur = self[name].parent
        while cur and cur not in chain:
            chain.append(cur)
            cur = self._rel[cur].parent
        return chain

    def extended(self, relations: list[Relation]) -> Vocabulary:
        """Return a new vocabulary with ``relations`` added (or replacing same names)."""
        return Vocabulary([*self._rel.values(), *relations])


def _read_csv(text: str, where: str) -> list[Relation]:
    reader = csv.DictReader(text.splitlines())
    rows = [_parse_row(row, f"{where}:{i + 2}") for i, row in enumerate(reader)]
    if not rows:
        raise VocabularyError(f"{where}: no relations found")
    return rows


@lru_cache(maxsize=1)
def default_vocabulary() -> Vocabulary:
    """Return the vocabulary shipped with kgraph (cached)."""
    text = read_data("relations.csv")
    return Vocabulary(_read_csv(text, "relations.csv"))


def load_vocabulary(path: str | Path, base: Vocabulary | None = None) -> Vocabulary:
    """Load user relations from a CSV file with the columns of ``relations.csv``.

    The new rows extend ``base`` (the default vocabulary when omitted).

    Examples
    --------
    >>> import tempfile, os
    >>> from kgraph.vocab import load_vocabulary
    >>> row = 'name,label,definition,cameo,plover,quad_class,weight,symmetric,parent\\n'
    >>> row += 'lobbies,lobbies,An actor lobbies another.,,,verbal_cooperation,1,false,requests\\n'
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = os.path.join(d, "mine.csv")
    ...     _ = open(p, "w").write(row)
    ...     "lobbies" in load_vocabulary(p).descendants("requests")
    True
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise VocabularyError(f"cannot read vocabulary file {p}: {err}") from err
    return (base or default_vocabulary()).extended(_read_csv(text, str(p)))
