"""Immutable data objects: :class:`Actor`, :class:`Edge` and :class:`Document`.

These are the types that flow between the stages of kgraph: the extractor
produces :class:`Edge` objects whose ends are :class:`Actor` objects, and the
knowledge graph stores them together with :class:`Document` metadata.

Examples
--------
>>> from kgraph.model import Actor
>>> russia = Actor(id="https://w3id.org/kgraph/actor/russia", label="Russia", kind="state")
>>> russia.label
'Russia'
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal, cast, get_args

__all__ = ["ACTOR_KINDS", "MODALITIES", "Actor", "ActorKind", "Affiliation", "Document", "Edge", "Modality",
           "Record", "actor_kind", "modality"]

#: The kind of an actor (a closed set: :data:`ACTOR_KINDS`).
ActorKind = Literal["person", "state", "organization", "state_organ", "group"]

#: The modality of an edge: stated as fact, planned or announced, or hypothetical.
Modality = Literal["asserted", "planned", "hypothetical"]

#: The kinds an actor can have.
ACTOR_KINDS: tuple[ActorKind, ...] = get_args(ActorKind)

#: The modalities an edge can have.
MODALITIES: tuple[Modality, ...] = get_args(Modality)


def actor_kind(value: str) -> ActorKind:
    """Return ``value`` as an :data:`ActorKind` (for kinds read from data files and stores).

    Raises
    ------
    ValueError
        If it is not one of :data:`ACTOR_KINDS`.

    Examples
    --------
    >>> actor_kind("state")
    'state'
    """
    if value not in ACTOR_KINDS:
        raise ValueError(f"unknown actor kind {value!r}; expected one of {ACTOR_KINDS}")
    return cast(ActorKind, value)


def modality(value: str) -> Modality:
    """Return ``value`` as a :data:`Modality` (for modalities read from stores).

    Raises
    ------
    ValueError
        If it is not one of :data:`MODALITIES`.
    """
    if value not in MODALITIES:
        raise ValueError(f"unknown modality {value!r}; expected one of {MODALITIES}")
    return cast(Modality, value)


@dataclass(frozen=True, slots=True)
class Affiliation:
    """A dated link from an actor to another actor it belongs to.

    Parameters
    ----------
    actor : str
        IRI of the actor affiliated with (e.g. the state of a minister).
    role : str, optional
        Role key such as ``"president"`` or ``"foreign_minister"``.
    start, end : str, optional
        ISO dates bounding the affiliation; ``None`` means open.

    Examples
    --------
    >>> Affiliation("https://w3id.org/kgraph/actor/russia", role="president").role
    'president'
    """

    actor: str
    role: str | None = None
    start: str | None = None
    end: str | None = None

    def valid_on(self, date: str | None) -> bool:
        """Return True if the affiliation holds on ``date`` (ISO string).

        Examples
        --------
        >>> Affiliation("x", start="2020-01-01", end="2021-01-01").valid_on("2020-06-01")
        True
        """
        if not date:
            return self.end is None
        day = date[:10]
        if self.start and day < self.start:
            return False
        return not (self.end and day > self.end)


@dataclass(frozen=True, slots=True)
class Actor:
    """A political actor: a person, state, organization, state organ or group.

    Parameters
    ----------
    id : str
        Stable IRI of the actor.
    label : str
        Human-readable name: the dictionary's, or on the edges of an article, that
        article's spelling of it (:mod:`kgraph.spellings`).
    kind : str
        One of :data:`ACTOR_KINDS`.
    aliases : tuple of str
        Other names the actor is known by.
    affiliations : tuple of Affiliation
        Dated memberships (e.g. a minister's state).
    wikidata : str, optional
        Wikidata Q-identifier, such as ``"Q159"``.
    codes : tuple of str
        CAMEO-style actor codes, where known.
    canonical : str, optional
        The dictionary's label when ``label`` is an article's spelling of it; a
        knowledge graph labels the actor with it, whatever its documents write.

    Examples
    --------
    >>> a = Actor(id="https://w3id.org/kgraph/actor/nato", label="NATO", kind="organization")
    >>> a.kind
    'organization'
    """

    id: str
    label: str
    kind: ActorKind = "group"
    aliases: tuple[str, ...] = ()
    affiliations: tuple[Affiliation, ...] = ()
    wikidata: str | None = None
    codes: tuple[str, ...] = ()
    canonical: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in ACTOR_KINDS:
            raise ValueError(f"unknown actor kind {self.kind!r}; expected one of {ACTOR_KINDS}")

    def __str__(self) -> str:
        return self.label


@dataclass(frozen=True, slots=True)
class Record:
    """One document to ingest: its text and metadata (see :mod:`kgraph.sources`)."""

    text: str
    id: str
    date: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """Metadata of one ingested document.

    Examples
    --------
    >>> Document(id="doc-1", title="Talks in Istanbul", date="2025-05-16").title
    'Talks in Istanbul'
    """

    id: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    date: str | None = None
    #: Characters of the text that cleaning removed as boilerplate (see :func:`kgraph.clean.clean`).
    dropped_chars: int = 0


@dataclass(frozen=True, slots=True)
class Edge:
    """One typed, dated interaction between two actors with its evidence.

    Parameters
    ----------
    source, target : Actor
        The actor who acts and the actor acted upon.
    relation : str
        A vocabulary relation name such as ``"meets"``.
    negated : bool
        True when the text denies the event ("did not meet").
    modality : str
        ``"asserted"``, ``"planned"`` or ``"hypothetical"``.
    source_text, target_text : str
        The actor mentions as written in the sentence.
    sentence : str
        The evidence sentence.
    doc_id : str, optional
        Identifier of the document the sentence comes from.
    start, end : int
        Character offsets of the sentence in the (cleaned) document text.
    confidence : float
        Between 0 and 1; see :mod:`kgraph.confidence`.
    date : str, optional
        ISO date of the event (the document date when the text gives none).
    trigger : str
        The words that signalled the relation.
    cameo : str
        The most specific CAMEO code of the event (from the trigger or the relation).
    plover : str
        The PLOVER event type that code maps to.

    Examples
    --------
    >>> import kgraph
    >>> e = kgraph.extract("Russia condemned the United States.")[0]
    >>> (e.source.label, e.relation, e.target.label)
    ('Russia', 'condemns', 'United States')
    """

    source: Actor
    target: Actor
    relation: str
    negated: bool = False
    modality: Modality = "asserted"
    source_text: str = ""
    target_text: str = ""
    sentence: str = ""
    doc_id: str | None = None
    start: int = 0
    end: int = 0
    confidence: float = 0.5
    date: str | None = None
    trigger: str = ""
    cameo: str = ""
    plover: str = ""

    def __post_init__(self) -> None:
        if self.modality not in MODALITIES:
            raise ValueError(f"unknown modality {self.modality!r}; expected one of {MODALITIES}")

    @property
    def asserted(self) -> bool:
        """True for an asserted, non-negated edge (one that becomes a direct triple)."""
        return self.modality == "asserted" and not self.negated

    def replace(self, **changes: Any) -> Edge:
        """Return a copy with some fields changed.

        Examples
        --------
        >>> import kgraph
        >>> e = kgraph.extract("Russia condemned the United States.")[0]
        >>> e.replace(negated=True).negated
        True
        """
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, object]:
        """Return a flat, JSON-ready dictionary of the edge."""
        return {
            "source": self.source.label,
            "source_id": self.source.id,
            "relation": self.relation,
            "target": self.target.label,
            "target_id": self.target.id,
            "negated": self.negated,
            "modality": self.modality,
            "source_text": self.source_text,
            "target_text": self.target_text,
            "trigger": self.trigger,
            "cameo": self.cameo,
            "plover": self.plover,
            "sentence": self.sentence,
            "doc_id": self.doc_id,
            "start": self.start,
            "end": self.end,
            "confidence": self.confidence,
            "date": self.date,
        }

    def __str__(self) -> str:
        flags = []
        if self.negated:
            flags.append("negated")
        if self.modality != "asserted":
            flags.append(self.modality)
        suffix = f" [{', '.join(flags)}]" if flags else ""
        return f"{self.source.label} --{self.relation}--> {self.target.label}{suffix}"


