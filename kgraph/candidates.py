"""What the pattern stage finds in a sentence, before it becomes an edge.

An :class:`EventCandidate` is an event read off one sentence's parse; a :class:`BackReference`
is an act on an earlier statement ("Pakistan denied the accusation") whose target the
extractor finds among the document's earlier edges.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .lexicon import Trigger
from .mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["BackReference", "EventCandidate", "stronger", "unique"]


@dataclass
class EventCandidate:
    """An event found in one sentence, before it becomes an :class:`~kgraph.Edge`."""

    relation: str
    source: Mention
    target: Mention
    trigger: Trigger
    trigger_token: Token
    pattern: str
    negated: bool = False
    modality: str = "asserted"
    nested: bool = False
    extra: dict = field(default_factory=dict)


@dataclass
class BackReference:
    """An act on an earlier statement named by a noun: "Pakistan denied the accusation".

    Its target is whoever made the statement, found among the document's earlier edges of
    one of ``refers_to`` (see :meth:`kgraph.patterns.EventFinder.back_references`).
    """

    relation: str
    source: Mention
    refers_to: tuple[str, ...]
    trigger: Trigger
    trigger_token: Token
    negated: bool = False
    modality: str = "asserted"
    #: The earlier act must have been aimed at the source ("denied the accusation"), or may have
    #: been aimed at anyone ("condemned the decision").
    aimed: bool = True
    #: The act repeats the earlier one ("made a similar offer"): its target is the earlier act's
    #: target, not its author.
    echo: bool = False
    #: The act ends one the source took part in ("the junta suspended the talks"): its target is
    #: the source's partner in the earlier act.
    partner: bool = False


def unique(ms: list[Mention]) -> list[Mention]:
    """``ms`` with one mention per actor, the first of each."""
    seen: set[str] = set()
    out = []
    for m in ms:
        if m.actor.id not in seen:
            seen.add(m.actor.id)
            out.append(m)
    return out


def stronger(a: str, b: str) -> str:
    """The less certain of two modalities (asserted < planned < hypothetical)."""
    order = {"asserted": 0, "planned": 1, "hypothetical": 2}
    return a if order[a] >= order[b] else b
