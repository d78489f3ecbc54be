"""Deterministic, safe identifiers (IRIs) for actors, events and documents.

No raw text goes into an IRI: names are reduced to an ASCII slug and, when
that loses information, suffixed with a short hash of the original.

Examples
--------
>>> from kgraph.ids import actor_iri, slug
>>> slug("António Guterres")
'antonio-guterres'
>>> actor_iri("russia")
'https://w3id.org/kgraph/actor/russia'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import TYPE_CHECKING

from rdflib import Namespace

if TYPE_CHECKING:
    from .model import Edge

__all__ = [
    "ACTOR",
    "AFFILIATION",
    "BASE",
    "DOC",
    "EVENT",
    "KG",
    "actor_iri",
    "affiliation_iri",
    "doc_iri",
    "edge_event_iri",
    "event_iri",
    "is_minted",
    "minted_actor_iri",
    "occurrence_iri",
    "slug",
]

BASE = "https://w3id.org/kgraph/"
#: The kgraph ontology namespace (classes and properties).
KG = Namespace(BASE + "ontology#")
ACTOR = Namespace(BASE + "actor/")
EVENT = Namespace(BASE + "event/")
DOC = Namespace(BASE + "doc/")
AFFILIATION = Namespace(BASE + "affiliation/")
_EVENT_BASE = str(EVENT)

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def _digest(*parts: object, size: int = 12) -> str:
    # surrogatepass: any Python str hashes, even one with lone surrogates (same bytes otherwise)
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:size]


def slug(text: str, max_len: int = 60) -> str:
    """Reduce ``text`` to a lowercase ASCII slug of letters, digits and hyphens.

    Examples
    --------
    >>> slug("U.S. State Department")
    'u-s-state-department'
    """
    norm = unicodedata.normalize("NFKD", text)
    ascii_text = norm.encode("ascii", "ignore").decode("ascii").lower()
    return _NON_SLUG.sub("-", ascii_text).strip("-")[:max_len].strip("-")


def actor_iri(key: str) -> str:
    """Return the IRI of a dictionary actor from its curated ``key``."""
    if not key or slug(key, max_len=200) != key:
        raise ValueError(f"actor key must be a slug of [a-z0-9-], got {key!r}")
    return str(ACTOR[key])


def minted_actor_iri(name: str, kind: str) -> str:
    """Mint an IRI for an actor found only by NER, from its name and kind.

    The same name and kind always give the same IRI; different names never
    collide because a hash of the exact name is appended.

    Examples
    --------
    >>> minted_actor_iri("Farhan Haq", "person").startswith("https://w3id.org/kgraph/actor/ner-")
    True
    """
    base = slug(name, max_len=40) or "actor"
    return str(ACTOR[f"ner-{kind.replace('_', '-')}-{base}-{_digest(kind, name, size=8)}"])


def is_minted(iri: str) -> bool:
    """Return True for an actor IRI minted from NER (not from the actor dictionary).

    Examples
    --------
    >>> is_minted(minted_actor_iri("Farhan Haq", "person")), is_minted(actor_iri("russia"))
    (True, False)
    """
    return iri.startswith(str(ACTOR["ner-"]))


def doc_iri(doc_id: str) -> str:
    """Return the IRI of a document from any document id string."""
    base = slug(doc_id, max_len=40) or "doc"
    return str(DOC[f"{base}-{_digest(doc_id, size=10)}"])


def event_iri(doc_id: str | None, start: int, end: int, source: str, relation: str, target: str,
              trigger: str = "") -> str:
    """Return a deterministic IRI for one event of a document."""
    return _EVENT_BASE + _digest(doc_id or "", start, end, source, relation, target, trigger, size=20)


def edge_event_iri(edge: Edge) -> str:
    """Return the IRI of the event node an edge is stored as (see ``docs/rdf-model.md``).

    The same IRI :mod:`kgraph.rdf` and :mod:`kgraph.ntriples` mint for the edge,
    so that a table row can name its event in the RDF graph.

    Examples
    --------
    >>> from kgraph.model import Actor, Edge
    >>> a, b = Actor("https://w3id.org/kgraph/actor/a", "A"), Actor("https://w3id.org/kgraph/actor/b", "B")
    >>> edge_event_iri(Edge(a, b, "meets", doc_id="d")).startswith("https://w3id.org/kgraph/event/")
    True
    """
    return event_iri(edge.doc_id, edge.start, edge.end, edge.source.id, edge.relation, edge.target.id,
                     f"{edge.trigger}|{edge.negated}|{edge.modality}")


def occurrence_iri(first_mention: str) -> str:
    """Return the IRI of a consolidated event (:class:`kgraph.Event`) from its earliest mention's IRI.

    A mention belongs to one event, so its IRI (which hashes the document,
    offsets, ends, relation, modality and polarity) names the event it opens.

    Examples
    --------
    >>> occurrence_iri(str(EVENT["0123abcd"]))
    'https://w3id.org/kgraph/event/o-0123abcd'
    """
    return _EVENT_BASE + "o-" + first_mention.rsplit("/", 1)[-1]


def affiliation_iri(actor: str, organization: str, role: str | None, start: str | None,
                    end: str | None) -> str:
    """Return a deterministic IRI for an actor's dated affiliation."""
    return str(AFFILIATION[_digest(actor, organization, role or "", start or "", end or "",
                                   size=20)])
