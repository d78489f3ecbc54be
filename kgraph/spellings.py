"""Spellings: an actor is labelled as the article spells its name.

Names transliterated or written without their diacritics have several spellings:
Zelenskyy and Zelenskiy, Erdoğan and Erdogan, Tehrik-i-Taliban and Tehreek-e-Taliban.
The dictionary labels each actor one way; an article, and whoever reads its edges
next to it, spells it another. When the dictionary's label is not written in the
text but one of the actor's aliases that only respells it is, the edges of that
text carry the article's spelling as label and the dictionary's label as
:attr:`~kgraph.Actor.canonical`: the actor keeps its IRI and its aliases, and a
knowledge graph labels it the dictionary's way whichever article it read first.
Acronyms, surnames and other names of the actor ("TTP", "Erdogan", "Pakistani
Taliban") are no respellings and never become its label. States keep their
conventional short names.

Examples
--------
>>> import kgraph
>>> edges = kgraph.extract("Ukrainian President Volodymyr Zelenskiy met Polish President Andrzej Duda.")
>>> sorted(a.label for e in edges for a in (e.source, e.target))
['Andrzej Duda', 'Volodymyr Zelenskiy']
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from difflib import SequenceMatcher

from .model import Actor, Edge

__all__ = ["as_spelled", "respelling"]

#: The kinds whose names an article may spell its own way (states keep their short names).
_SPELLED_KINDS = frozenset({"person", "organization", "group"})
#: How alike two folded names, and each pair of their words, must be to be one name spelled two
#: ways (difflib's ratio): "Volodymyr Zelenskyy" and "Vladimir Zelensky" are, "Abdel Fattah
#: al-Burhan" and "Abdel Fattah el-Sisi" are not.
_ALIKE, _ALIKE_WORD = 0.75, 0.5


def _fold(name: str) -> str:
    """``name`` without case and diacritics ("Erdoğan" -> "erdogan")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()


def respelling(name: str, other: str) -> bool:
    """Whether ``other`` is ``name`` spelled another way (same words, nearly the same letters).

    Examples
    --------
    >>> respelling("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan")
    True
    >>> respelling("Tehrik-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan")
    True
    >>> respelling("Abdel Fattah al-Burhan", "Abdel Fattah el-Sisi")
    False
    >>> respelling("Recep Tayyip Erdoğan", "Erdogan"), respelling("Tehrik-i-Taliban Pakistan", "TTP")
    (False, False)
    >>> respelling("Houthis", "Houthi")
    False
    """
    a, b = _fold(name).split(), _fold(other).split()
    if a == b:
        return True
    # a one-word name differs from its other forms by a letter ("Houthis", "Houthi")
    if len(a) != len(b) or len(a) < 2:
        return False
    return (SequenceMatcher(None, " ".join(a), " ".join(b)).ratio() >= _ALIKE
            and all(SequenceMatcher(None, x, y).ratio() >= _ALIKE_WORD for x, y in zip(a, b, strict=True)))


def _written(name: str, text: str) -> bool:
    words = r"\s+".join(re.escape(w) for w in name.split())
    return bool(words) and re.search(rf"(?<!\w){words}(?!\w)", text, re.IGNORECASE) is not None


def _spelled(actor: Actor, text: str) -> Actor:
    if actor.kind not in _SPELLED_KINDS or _written(actor.label, text):
        return actor
    found = [a for a in actor.aliases if respelling(actor.label, a) and _written(a, text)]
    if not found:
        return actor
    return dataclasses.replace(actor, label=max(found, key=len), canonical=actor.label)


def as_spelled(edges: list[Edge], text: str) -> list[Edge]:
    """Return ``edges`` with each actor labelled as ``text`` spells its name.

    Parameters
    ----------
    edges : list of Edge
        The edges of one document.
    text : str
        That document's (cleaned) text.

    Returns
    -------
    list of Edge
        The same edges, in order; an actor whose label the text respells has that
        spelling as label and the dictionary's label as ``canonical``.

    Examples
    --------
    >>> from kgraph.model import Actor, Edge
    >>> pm = Actor(id="urn:x:pm", label="Luiz Inácio Lula da Silva", kind="person",
    ...            aliases=("Luiz Inacio Lula da Silva", "Lula"))
    >>> edge = Edge(source=pm, relation="meets", target=pm)
    >>> as_spelled([edge], "Luiz Inacio Lula da Silva said ...")[0].source.label
    'Luiz Inacio Lula da Silva'
    """
    # keyed by the whole actor: two descriptions of one IRI (affiliations at two dates) keep theirs
    spelled: dict[Actor, Actor] = {}

    def end(actor: Actor) -> Actor:
        if actor not in spelled:
            spelled[actor] = _spelled(actor, text)
        return spelled[actor]

    out = []
    for e in edges:
        source, target = end(e.source), end(e.target)
        out.append(e if source is e.source and target is e.target
                   else dataclasses.replace(e, source=source, target=target))
    return out
