"""Questions about actors: filters with affiliated actors, who/whom, timelines, profiles.

Every function takes a :class:`~kgraph.KnowledgeGraph` first and returns plain
Python data (lists, dicts, tuples of labels and counts, or
:class:`~kgraph.Edge` objects). Actors are named by IRI, label or any alias
("Moscow", "the Kremlin" and "Russia" are one actor).

*Affiliated actors*: with ``include_affiliated=True`` an actor stands for
itself and for every actor affiliated with it on the date of each event, so
"Russia" includes Putin, Lavrov and Peskov, and "United Nations" includes the
Security Council and the Secretary-General. Affiliations are followed
transitively and respect their dates (Trump counts for the United States only
while in office); an undated event matches affiliations of any date.

*Which events count*: :func:`who`, :func:`whom` and :func:`profile` count what
happened, i.e. asserted, non-negated events, unless ``modality`` and ``negated``
say otherwise (``None`` means any). :func:`timeline` lists every event with its
flags, since "planned, then met" is part of the story.

The module also holds documented example SPARQL queries for
:meth:`KnowledgeGraph.sparql` (see :data:`SPARQL_QUERIES`).

Examples
--------
>>> import kgraph
>>> kg = kgraph.KnowledgeGraph()
>>> _ = kg.add_text("Ukraine condemned Russia. Putin condemned Ukraine.", doc_id="d",
...                 date="2024-05-01")
>>> who(kg, "condemns", "Ukraine")
[('Vladimir Putin', 1)]
>>> who(kg, "condemns", "Ukraine", include_affiliated=False) == who(kg, "condemns", "Kyiv")
True
>>> [str(e) for e in filter_edges(kg, source="Russia", include_affiliated=True)]
['Vladimir Putin --condemns--> Ukraine']
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .model import Actor, Affiliation, Edge

if TYPE_CHECKING:
    from .actors import ActorDictionary
    from .protocol import GraphLike

__all__ = [
    "EVIDENCE_FROM_OUTLET",
    "PLANNED_MEETINGS",
    "SPARQL_QUERIES",
    "WHO_VETOED_WHOM",
    "affiliates",
    "filter_edges",
    "profile",
    "timeline",
    "who",
    "whom",
]

#: Who vetoed whom: asserted, non-negated vetoes with date, evidence and document title.
WHO_VETOED_WHOM = """\
# Who vetoed whom, with the evidence sentence (asserted, non-negated vetoes only).
SELECT ?source ?target ?date ?sentence ?title WHERE {
  ?event kg:relation kg:vetoes ;
         kg:source ?s ; kg:target ?t ;
         kg:modality "asserted" ; kg:negated false ;
         kg:sentence ?sentence .
  ?s rdfs:label ?source .
  ?t rdfs:label ?target .
  OPTIONAL { ?event dcterms:date ?date }
  OPTIONAL { ?event kg:document/dcterms:title ?title }
}
ORDER BY ?date ?source ?target
"""

#: All planned meetings (meets and its sub-relations visits and negotiates), not denied.
PLANNED_MEETINGS = """\
# Planned meetings: meets, visits and negotiates events whose modality is "planned".
# The data graph holds no rdfs:subPropertyOf axioms (they live in the ontology
# file), so the sub-relations of kg:meets are listed in VALUES.
SELECT ?source ?relation ?target ?date ?sentence WHERE {
  VALUES ?rel { kg:meets kg:visits kg:negotiates }
  ?event kg:relation ?rel ;
         kg:source ?s ; kg:target ?t ;
         kg:modality "planned" ; kg:negated false ;
         kg:sentence ?sentence .
  ?s rdfs:label ?source .
  ?t rdfs:label ?target .
  BIND(STRAFTER(STR(?rel), "#") AS ?relation)
  OPTIONAL { ?event dcterms:date ?date }
}
ORDER BY ?date ?source ?target
"""

#: Edges whose evidence comes from one outlet; bind ``outlet`` (case-insensitive substring).
EVIDENCE_FROM_OUTLET = """\
# Every event whose evidence comes from documents of one outlet.
# Bind ?outlet, e.g. kg.sparql(EVIDENCE_FROM_OUTLET, outlet="Moscow Times");
# it matches the document's dcterms:publisher as a case-insensitive substring.
SELECT ?source ?relation ?target ?modality ?negated ?date ?sentence ?publisher ?title WHERE {
  ?doc dcterms:publisher ?publisher .
  FILTER(CONTAINS(LCASE(STR(?publisher)), LCASE(STR(?outlet))))
  ?event kg:document ?doc ;
         kg:relation ?rel ;
         kg:source ?s ; kg:target ?t ;
         kg:modality ?modality ; kg:negated ?negated ;
         kg:sentence ?sentence .
  ?s rdfs:label ?source .
  ?t rdfs:label ?target .
  BIND(STRAFTER(STR(?rel), "#") AS ?relation)
  OPTIONAL { ?doc dcterms:title ?title }
  OPTIONAL { ?event dcterms:date ?date }
}
ORDER BY ?date ?title ?source
"""

#: The example queries by name.
SPARQL_QUERIES: dict[str, str] = {
    "who_vetoed_whom": WHO_VETOED_WHOM,
    "planned_meetings": PLANNED_MEETINGS,
    "evidence_from_outlet": EVIDENCE_FROM_OUTLET,
}

# -- affiliated actors ------------------------------------------------------------------------
def _members_index(kg: GraphLike) -> dict[str, list[tuple[str, Affiliation]]]:
    """Map each organization/state IRI to the (member IRI, affiliation) pairs stored in ``kg``."""
    index: dict[str, list[tuple[str, Affiliation]]] = defaultdict(list)
    seen: set[str] = set()
    for e in kg.edges():
        for a in (e.source, e.target):
            if a.id in seen:
                continue
            seen.add(a.id)
            for aff in a.affiliations:
                index[aff.actor].append((a.id, aff))
    return index


def _expand(ids: set[str], index: dict[str, list[tuple[str, Affiliation]]],
            date: str | None) -> set[str]:
    """Return ``ids`` plus every actor affiliated with them (transitively) on ``date``."""
    out = set(ids)
    stack = list(ids)
    while stack:
        org = stack.pop()
        for member, aff in index.get(org, ()):
            if member not in out and (date is None or aff.valid_on(date)):
                out.add(member)
                stack.append(member)
    return out


def _resolve(kg: GraphLike, name: str | Actor) -> set[str]:
    """Return the actor IRIs ``name`` denotes; raise InputError if it is unknown."""
    ids = kg.actor_ids(name)
    if not ids:
        raise InputError(f"no actor named {name!r} in this graph or the actor dictionary")
    return ids


class _Matcher:
    """Tell whether an edge end is a given actor (or, optionally, affiliated with it)."""

    def __init__(self, kg: GraphLike, name: str | Actor, include_affiliated: bool,
                 index: dict[str, list[tuple[str, Affiliation]]] | None = None,
                 strict: bool = True) -> None:
        self.ids = _resolve(kg, name) if strict else kg.actor_ids(name)
        self.include_affiliated = include_affiliated
        self.index = index if index is not None else (_members_index(kg) if include_affiliated else {})
        self._by_date: dict[str | None, set[str]] = {}

    def __call__(self, actor: Actor, date: str | None) -> bool:
        if actor.id in self.ids:
            return True
        if not self.include_affiliated:
            return False
        day = date[:10] if date else None
        if day not in self._by_date:
            self._by_date[day] = _expand(self.ids, self.index, day)
        return actor.id in self._by_date[day]


def affiliates(kg: GraphLike, actor: str | Actor, date: str | None = None) -> list[Actor]:
    """Return the stored actors affiliated with ``actor`` (transitively), by label.

    Parameters
    ----------
    kg : KnowledgeGraph
    actor : str or Actor
        An actor IRI, label or alias. It need not take part in any edge itself.
    date : str, optional
        ISO date; only affiliations valid on that day count. All affiliations,
        whatever their dates, when omitted.

    Returns
    -------
    list of Actor
        The affiliated actors that take part in at least one stored edge
        (not ``actor`` itself).

    Examples
    --------
    >>> import kgraph
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("Wang Yi met Antony Blinken.", doc_id="d", date="2024-05-01")
    >>> [a.label for a in affiliates(kg, "China")]
    ['Wang Yi']
    >>> [a.label for a in affiliates(kg, "Portugal", date="2024-05-01")]
    []
    """
    ids = _resolve(kg, actor)
    found = _expand(ids, _members_index(kg), date[:10] if date else None) - ids
    actors = {a.id: a for e in kg.edges() for a in (e.source, e.target) if a.id in found}
    return sorted(actors.values(), key=lambda a: (a.label, a.id))


def filter_edges(kg: GraphLike, source: str | Actor | None = None,
                 relation: str | None = None, target: str | Actor | None = None, *,
                 actor: str | Actor | None = None, include_affiliated: bool = False,
                 **filters: Any) -> list[Edge]:
    """Return stored edges matching actor, relation and other filters.

    Parameters
    ----------
    kg : KnowledgeGraph
    source, target : str or Actor, optional
        The acting and the acted-upon actor (IRI, label or alias).
    relation : str, optional
        A vocabulary relation, sub-relations included (``meets`` includes
        ``visits`` and ``negotiates``) unless ``subrelations=False``.
    actor : str or Actor, optional
        Keep edges in which this actor is the source or the target.
    include_affiliated : bool, default False
        Let each named actor also match the actors affiliated with it on the
        date of the edge (see the module notes).
    **filters
        ``since``, ``until``, ``modality``, ``negated``, ``doc_id``,
        ``min_confidence`` and ``subrelations``, as in
        :meth:`KnowledgeGraph.edges`.

    Returns
    -------
    list of Edge
        As with :meth:`KnowledgeGraph.edges`, a name that denotes no actor
        matches nothing.

    Examples
    --------
    >>> import kgraph
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("Zakharova condemned NATO. NATO met Ukraine.", doc_id="d", date="2024-05-01")
    >>> [str(e) for e in filter_edges(kg, actor="NATO", relation="meets")]
    ['NATO --meets--> Ukraine']
    >>> len(filter_edges(kg, source="Russia")), len(filter_edges(kg, source="Russia",
    ...                                                           include_affiliated=True))
    (0, 1)
    """
    if not include_affiliated:
        edges = kg.edges(source=source, relation=relation, target=target, **filters)
        if actor is None:
            return edges
        ids = kg.actor_ids(actor)
        return [e for e in edges if e.source.id in ids or e.target.id in ids]
    index = _members_index(kg)
    tests = {k: _Matcher(kg, v, True, index, strict=False)
             for k, v in (("source", source), ("target", target), ("actor", actor)) if v is not None}
    out = []
    for e in kg.edges(relation=relation, **filters):
        if "source" in tests and not tests["source"](e.source, e.date):
            continue
        if "target" in tests and not tests["target"](e.target, e.date):
            continue
        if "actor" in tests and not (tests["actor"](e.source, e.date) or tests["actor"](e.target, e.date)):
            continue
        out.append(e)
    return out


def _symmetric(kg: GraphLike, relation: str) -> bool:
    rel = kg.vocabulary.get(relation)
    return bool(rel and rel.symmetric)


def _counted(pairs: list[tuple[Actor, Edge]]) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter()
    labels: dict[str, str] = {}
    for a, _ in pairs:
        counts[a.id] += 1
        labels[a.id] = a.label
    return sorted(((labels[i], n) for i, n in counts.items()), key=lambda t: (-t[1], t[0]))


def who(kg: GraphLike, relation: str, target: str | Actor, *, include_affiliated: bool = False,
        modality: str | None = "asserted", negated: bool | None = False,
        **filters: Any) -> list[tuple[str, int]]:
    """Return who did ``relation`` to ``target``: ``(actor label, number of events)``.

    For a symmetric relation (``meets``, ``negotiates``...) an edge stored as
    ``target -> other`` counts too, since meeting is mutual.

    Parameters
    ----------
    kg : KnowledgeGraph
    relation : str
        A vocabulary relation; sub-relations are included.
    target : str or Actor
        The actor acted upon (IRI, label or alias).
    include_affiliated : bool, default False
        Let ``target`` include the actors affiliated with it.
    modality : str or None, default "asserted"
        Count only events of this modality; ``None`` for any.
    negated : bool or None, default False
        Count only non-negated (False) or negated (True) events; ``None`` for both.
    **filters
        ``since``, ``until``, ``doc_id``, ``min_confidence``, ``subrelations``.

    Returns
    -------
    list of (str, int)
        Most frequent first, then by label.

    Examples
    --------
    >>> import kgraph
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("France condemned Russia. Ukraine condemned Russia. China met Russia.",
    ...                 doc_id="d")
    >>> who(kg, "condemns", "Moscow")
    [('France', 1), ('Ukraine', 1)]
    >>> who(kg, "meets", "China")
    [('Russia', 1)]
    """
    return _partners(kg, relation, target, "target", include_affiliated, modality, negated, filters)


def whom(kg: GraphLike, source: str | Actor, relation: str, *, include_affiliated: bool = False,
         modality: str | None = "asserted", negated: bool | None = False,
         **filters: Any) -> list[tuple[str, int]]:
    """Return whom ``source`` did ``relation`` to: ``(actor label, number of events)``.

    The mirror of :func:`who`; the parameters are the same.

    Examples
    --------
    >>> import kgraph
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("Russia condemned France. Moscow condemned Ukraine.", doc_id="d")
    >>> whom(kg, "Kremlin", "condemns")
    [('France', 1), ('Ukraine', 1)]
    """
    return _partners(kg, relation, source, "source", include_affiliated, modality, negated, filters)


def _partners(kg: GraphLike, relation: str, name: str | Actor, side: str,
              include_affiliated: bool, modality: str | None, negated: bool | None,
              filters: dict[str, Any]) -> list[tuple[str, int]]:
    match = _Matcher(kg, name, include_affiliated)
    found: list[tuple[Actor, Edge]] = []
    for e in kg.edges(relation=relation, modality=modality, negated=negated, **filters):
        here, there = (e.target, e.source) if side == "target" else (e.source, e.target)
        if match(here, e.date):
            found.append((there, e))
        elif _symmetric(kg, e.relation) and match(there, e.date):
            found.append((here, e))
    return _counted(found)


def _documents(kg: GraphLike) -> dict[str, Any]:
    return {d.id: d for d in kg.documents()}


def timeline(kg: GraphLike, actor: str | Actor, other: str | Actor, *,
             include_affiliated: bool = False, relation: str | None = None,
             **filters: Any) -> list[dict[str, Any]]:
    """Return the interactions between two actors, in either direction, oldest first.

    Parameters
    ----------
    kg : KnowledgeGraph
    actor, other : str or Actor
        The two actors (IRI, label or alias).
    include_affiliated : bool, default False
        Let both actors include their affiliated actors ("Russia" and Putin,
        "United Nations" and its Secretary-General).
    relation : str, optional
        Keep one relation (and its sub-relations).
    **filters
        ``since``, ``until``, ``modality``, ``negated``, ``doc_id``,
        ``min_confidence``, ``subrelations``. All modalities, negated events
        included, by default.

    Returns
    -------
    list of dict
        One dict per event, with keys ``date``, ``source``, ``relation``,
        ``target``, ``modality``, ``negated``, ``quad_class``, ``confidence``,
        ``sentence`` (the evidence), ``doc_id``, ``title`` and ``outlet``.
        Undated events come last.

    Examples
    --------
    >>> import kgraph
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("Russia met China.", doc_id="b", date="2024-03-05")
    >>> _ = kg.add_text("China condemned Russia.", doc_id="a", date="2024-01-10")
    >>> [(t["date"], t["source"], t["relation"]) for t in timeline(kg, "Russia", "China")]
    [('2024-01-10', 'China', 'condemns'), ('2024-03-05', 'Russia', 'meets')]
    """
    a = _Matcher(kg, actor, include_affiliated)
    b = _Matcher(kg, other, include_affiliated, a.index if include_affiliated else None)
    docs = _documents(kg)
    rows = []
    for e in kg.edges(relation=relation, **filters):
        if not ((a(e.source, e.date) and b(e.target, e.date))
                or (b(e.source, e.date) and a(e.target, e.date))):
            continue
        rel = kg.vocabulary.get(e.relation)
        doc = docs.get(e.doc_id) if e.doc_id is not None else None
        rows.append({
            "date": e.date,
            "source": e.source.label,
            "relation": e.relation,
            "target": e.target.label,
            "modality": e.modality,
            "negated": e.negated,
            "quad_class": rel.quad_class if rel else None,
            "confidence": e.confidence,
            "sentence": e.sentence,
            "doc_id": e.doc_id,
            "title": doc.title if doc else None,
            "outlet": doc.outlet if doc else None,
        })
    rows.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["doc_id"] or ""))
    return rows


def _label_of(kg: GraphLike, iri: str) -> str:
    try:
        return kg.actor(iri).label
    except InputError:
        pass
    found = _dictionary(kg).get(iri)
    return found.label if found is not None else iri.rsplit("/", 1)[-1]


def _dictionary(kg: GraphLike) -> ActorDictionary:
    """The actor dictionary of the graph's extractor, without loading a spaCy pipeline."""
    return kg.actor_dictionary


def profile(kg: GraphLike, actor: str | Actor, *, include_affiliated: bool = False,
            modality: str | None = "asserted", negated: bool | None = False,
            **filters: Any) -> dict[str, Any]:
    """Return an actor's profile: partners per relation, first and last seen.

    Parameters
    ----------
    kg : KnowledgeGraph
    actor : str or Actor
        An actor IRI, label or alias.
    include_affiliated : bool, default False
        Count the events of the actors affiliated with ``actor`` as its own.
    modality, negated
        As in :func:`who`: asserted, non-negated events by default.
    **filters
        ``since``, ``until``, ``doc_id``, ``min_confidence``.

    Returns
    -------
    dict
        ``actor`` (label), ``id``, ``kind``, ``affiliations`` (list of
        ``(label, role)``), ``events`` and ``documents`` (counts),
        ``first_seen`` and ``last_seen`` (ISO dates or None), ``as_source``
        and ``as_target`` (relation -> list of ``(partner label, events)``).
        An event of a symmetric relation counts in both directions.

    Examples
    --------
    >>> import kgraph
    >>> kg = kgraph.KnowledgeGraph()
    >>> _ = kg.add_text("Russia condemned France.", doc_id="a", date="2024-01-10")
    >>> _ = kg.add_text("China met Russia.", doc_id="b", date="2024-03-05")
    >>> p = profile(kg, "Russia")
    >>> p["first_seen"], p["last_seen"], p["as_source"]
    ('2024-01-10', '2024-03-05', {'condemns': [('France', 1)], 'meets': [('China', 1)]})
    >>> p["as_target"]
    {'meets': [('China', 1)]}
    """
    ids = _resolve(kg, actor)
    match = _Matcher(kg, actor, include_affiliated)
    try:
        me = kg.actor(sorted(ids)[0])
    except InputError:
        me = _dictionary(kg).get(sorted(ids)[0]) or Actor(id=sorted(ids)[0], label=str(actor))
    out_pairs: dict[str, list[tuple[Actor, Edge]]] = defaultdict(list)
    in_pairs: dict[str, list[tuple[Actor, Edge]]] = defaultdict(list)
    mine: list[Edge] = []
    for e in kg.edges(modality=modality, negated=negated, **filters):
        is_src, is_tgt = match(e.source, e.date), match(e.target, e.date)
        if not (is_src or is_tgt):
            continue
        mine.append(e)
        both_ways = _symmetric(kg, e.relation)
        if is_src:
            out_pairs[e.relation].append((e.target, e))
            if both_ways:
                in_pairs[e.relation].append((e.target, e))
        if is_tgt:
            in_pairs[e.relation].append((e.source, e))
            if both_ways:
                out_pairs[e.relation].append((e.source, e))
    dates = sorted(e.date[:10] for e in mine if e.date)
    return {
        "actor": me.label,
        "id": me.id,
        "kind": me.kind,
        "affiliations": [(_label_of(kg, a.actor), a.role) for a in me.affiliations],
        "events": len(mine),
        "documents": len({e.doc_id for e in mine if e.doc_id is not None}),
        "first_seen": dates[0] if dates else None,
        "last_seen": dates[-1] if dates else None,
        "as_source": {r: _counted(p) for r, p in sorted(out_pairs.items())},
        "as_target": {r: _counted(p) for r, p in sorted(in_pairs.items())},
    }
