"""Synthetic but realistic edges, for benchmarks and store tests.

Actors come from the shipped dictionary (states, organizations, office
holders) plus invented NER-style people and groups; relations follow a skewed
distribution over the vocabulary, as in news (``meets`` and ``condemns`` are
common, ``vetoes`` rare); every edge has an evidence sentence, offsets, a date,
a document, a confidence, a trigger and CAMEO/PLOVER codes, so stores hold the
same number of triples per edge as they do for extracted text.

Examples
--------
>>> from kgraph.synthetic import synthetic_edges
>>> edges = list(synthetic_edges(3, seed=1))
>>> len(edges), edges[0].doc_id
(3, 'synthetic-000000')
>>> edges == list(synthetic_edges(3, seed=1))
True
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from itertools import accumulate

from .actors import default_actors
from .codes import plover_for
from .ids import minted_actor_iri
from .model import Actor, ActorKind, Document, Edge, Modality
from .vocab import Vocabulary, default_vocabulary

__all__ = ["synthetic_actors", "synthetic_documents", "synthetic_edges"]

_FIRST = ("Amal", "Boris", "Chen", "Dana", "Emeka", "Farid", "Greta", "Hiro", "Ines", "Jonas",
          "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sami", "Tomas")
_LAST = ("Abara", "Berg", "Castillo", "Dumont", "Eriksen", "Fofana", "Gruber", "Haddad", "Ivanova",
         "Jansen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quispe",
         "Rahman", "Silva", "Tanaka")
_GROUPS = ("Front", "Movement", "Alliance", "Council", "Brigade", "Union", "Party", "Coalition")
_WEIGHTS = {"meets": 14, "condemns": 10, "requests": 8, "supports": 8, "visits": 6, "proposes": 6,
            "accuses": 6, "attacks": 6, "rejects": 5, "agrees": 5, "negotiates": 4, "threatens": 4,
            "demands": 4, "sanctions": 3, "aids": 3, "cooperates": 3, "invites": 2, "protests": 2,
            "coerces": 2, "investigates": 2, "mobilizes": 1, "concedes": 1, "vetoes": 1}
_PLACES = ("Geneva", "Istanbul", "Brussels", "Doha", "New York", "Nairobi", "Jakarta", "Vienna")


def synthetic_actors(n_extra: int = 2000, seed: int = 0) -> list[Actor]:
    """Return the shipped dictionary's actors plus ``n_extra`` invented people and groups.

    Examples
    --------
    >>> actors = synthetic_actors(10)
    >>> any(a.label == "Russia" for a in actors), sum(a.id.split("/")[-1].startswith("ner-") for a in actors)
    (True, 10)
    """
    rng = random.Random(seed)
    actors = list(default_actors())
    kind: ActorKind
    for i in range(n_extra):
        if i % 3:
            name, kind = f"{rng.choice(_FIRST)} {rng.choice(_LAST)} {i}", "person"
        else:
            name, kind = f"{rng.choice(_LAST)} {rng.choice(_GROUPS)} {i}", "group"
        actors.append(Actor(id=minted_actor_iri(name, kind), label=name, kind=kind))
    return actors


def synthetic_documents(n_edges: int, edges_per_doc: int = 10) -> Iterator[Document]:
    """Yield the documents that :func:`synthetic_edges` refers to.

    Examples
    --------
    >>> [d.id for d in synthetic_documents(25)]
    ['synthetic-000000', 'synthetic-000001', 'synthetic-000002']
    """
    for k in range((n_edges + edges_per_doc - 1) // edges_per_doc):
        yield Document(f"synthetic-{k:06d}", title=f"Synthetic report {k}", outlet="Synthetic Wire",
                       url=f"https://example.org/news/{k}", date=_date(k))


def _date(k: int) -> str:
    day = k % 730
    return f"{2023 + day // 365}-{1 + (day % 365) // 31 % 12:02d}-{1 + day % 28:02d}"


def synthetic_edges(n: int, seed: int = 0, edges_per_doc: int = 10, n_actors: int = 2000,
                    vocabulary: Vocabulary | None = None) -> Iterator[Edge]:
    """Yield ``n`` edges between realistic actors, ``edges_per_doc`` per document.

    Parameters
    ----------
    n : int
        Number of edges.
    seed : int, default 0
        Seed; the same arguments give the same edges.
    edges_per_doc : int, default 10
        Edges per synthetic document (document ids ``synthetic-000000``...).
    n_actors : int, default 2000
        Invented actors added to the shipped dictionary's.
    vocabulary : Vocabulary, optional
        Relations to draw from (the shipped vocabulary by default).

    Examples
    --------
    >>> e = next(synthetic_edges(1, seed=3))
    >>> e.sentence.startswith(e.source_text) and e.start == 0
    True
    """
    rng = random.Random(seed)
    vocab = vocabulary or default_vocabulary()
    actors = synthetic_actors(n_actors, seed)
    # a few actors take part in most events (states, the UN, leaders), as in the news
    ranked = sorted(actors, key=lambda a: (a.kind not in ("state", "organization"), a.id))
    index = {a.id: i for i, a in enumerate(ranked)}
    cum = list(accumulate(1.0 / (i + 10) for i in range(len(ranked))))
    rels = [r for r in vocab if r.name in _WEIGHTS] or list(vocab)
    rel_cum = list(accumulate(_WEIGHTS.get(r.name, 1) for r in rels))
    offset = 0
    for i in range(n):
        k = i // edges_per_doc
        if i % edges_per_doc == 0:
            offset = 0
        src, tgt = rng.choices(ranked, cum_weights=cum, k=2)
        if src.id == tgt.id:
            tgt = ranked[(index[src.id] + 1) % len(ranked)]
        rel = rng.choices(rels, cum_weights=rel_cum)[0]
        roll = rng.random()
        negated = roll < 0.04
        modality: Modality = "planned" if roll > 0.93 else "hypothetical" if roll > 0.91 else "asserted"
        trigger = rel.name.rstrip("s")
        sentence = (f"{src.label} {trigger} {tgt.label} in {rng.choice(_PLACES)} on {_date(k)}, "
                    f"officials said in a statement quoted by several outlets ({i}).")
        cameo = rel.cameo[-1] if rel.cameo else ""
        yield Edge(source=src, target=tgt, relation=rel.name, negated=negated, modality=modality,
                   source_text=src.label, target_text=tgt.label, sentence=sentence,
                   doc_id=f"synthetic-{k:06d}", start=offset, end=offset + len(sentence),
                   confidence=round(0.5 + rng.random() / 2, 3), date=_date(k), trigger=trigger,
                   cameo=cameo, plover=plover_for(cameo, rel.plover))
        offset += len(sentence) + 1
