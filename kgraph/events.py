"""Events and their mentions: many reports of one fact consolidated into one :class:`Event`.

An :class:`~kgraph.Edge` as extracted is a *mention*: one statement in one
sentence of one document. Mentions of the same fact make one :class:`Event`
(as GDELT separates events from mentions). The rules, applied by
:func:`consolidate` and, incrementally, by :class:`Consolidator`:

- the same source, relation and target (either order for a symmetric relation),
  the same modality and the same polarity (a denial is not a report of the act,
  a plan is not its fulfilment);
- dated mentions sorted by date; an event opens at its earliest date and takes
  every later mention at most ``window_days`` (default 7) after it; the next
  mention opens the next event;
- an undated mention joins the event of its document whose dated mention is
  nearest to it in the text; with none, the undated mentions of one document
  make one event of their own;
- a planned event followed by an asserted one (same source, relation and
  target, not negated, within ``realize_days``, default 30, of the last plan)
  is not merged: the asserted event ``realizes`` the planned one.

Events are a pure function of the mentions: the same mentions give the same
events (ids included) in any order, so adding a document only recomputes the
groups its mentions fall in, and removing it recomputes them without it.

Examples
--------
>>> import kgraph
>>> texts = {"a": "Russia vetoed the resolution on Syria.",
...          "b": "Moscow cast a veto against the Syria resolution."}
>>> edges = [e for d, t in texts.items() for e in kgraph.extract(t, doc_id=d, date="2025-03-01")]
>>> [(str(ev), ev.n_documents) for ev in consolidate(edges)]
[('Russia --vetoes--> Syria (2 mentions)', 2)]
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left, insort
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date as _date
from functools import lru_cache, partial
from typing import NamedTuple
from urllib.parse import urlsplit

from ._gc import gc_paused
from .ids import edge_event_iri, occurrence_iri
from .model import Actor, Document, Edge, Modality
from .vocab import Vocabulary, default_vocabulary

__all__ = ["Consolidator", "Event", "consolidate", "mention_key", "outlet_of"]

#: Days within which dated mentions of one fact make one event.
WINDOW_DAYS = 7
#: Days after its last plan within which an asserted event realizes a planned one.
REALIZE_DAYS = 30

_Base = tuple[str, str, str]  # source, relation, target (ordered for a symmetric relation)


_Order = tuple[str, str, int, int, str, str, str, str, bool, str]


def mention_key(e: Edge) -> _Order:
    """What tells a mention from another and orders it: date, document, offsets, then the rest.

    Two edges with one key are one mention (they have one IRI, :func:`kgraph.ids.edge_event_iri`).

    Examples
    --------
    >>> from kgraph.model import Actor
    >>> a, b = Actor("https://w3id.org/kgraph/actor/a", "A"), Actor("https://w3id.org/kgraph/actor/b", "B")
    >>> mention_key(Edge(a, b, "meets", doc_id="d", date="2025-01-02T10:00"))[:3]
    ('2025-01-02', 'd', 0)
    """
    day = (e.date or "")[:10] if _day(e.date) else ""
    return (day, e.doc_id or "", e.start, e.end, e.source.id, e.relation, e.target.id, e.trigger, e.negated,
            e.modality)


class _Mention(NamedTuple):
    """A mention with what consolidation sorts and compares it by, computed once."""

    order: _Order
    day: int | None  # the date's ordinal, None when undated
    edge: Edge


#: ``_Mention`` made from a tuple of its fields without the Python-level ``__new__`` of a NamedTuple.
_new_mention = partial(tuple.__new__, _Mention)


@dataclass(frozen=True, slots=True)
class Event:
    """One fact, however many reports: the consolidation of its mentions.

    Parameters
    ----------
    source, target : Actor
        The ends, as the earliest mention has them.
    relation, modality, negated
        As on every mention of the event.
    first_seen, last_seen : str or None
        The earliest and latest mention dates (``None`` when no mention is dated).
    mentions : tuple of Edge
        The reports, earliest first.
    n_documents : int
        Distinct documents reporting it.
    n_sources : int
        Distinct outlets reporting it (see :func:`outlet_of`).
    realizes : str or None
        The id of the planned event this asserted event carries out.

    Examples
    --------
    >>> import kgraph
    >>> ev = consolidate(kgraph.extract("Russia met China.", doc_id="d", date="2025-01-02"))[0]
    >>> ev.relation, ev.first_seen, ev.n_documents, ev.mentions[0].sentence
    ('meets', '2025-01-02', 1, 'Russia met China.')
    """

    source: Actor
    relation: str
    target: Actor
    modality: Modality
    negated: bool
    first_seen: str | None
    last_seen: str | None
    mentions: tuple[Edge, ...]
    n_documents: int
    n_sources: int
    realizes: str | None = None

    @property
    def id(self) -> str:
        """A deterministic IRI (``https://w3id.org/kgraph/event/o-...``) named after its earliest mention.

        A mention opens one event only, so the earliest mention's IRI (see
        :func:`kgraph.ids.edge_event_iri`) names the event; it changes when that
        mention's document is removed.
        """
        return occurrence_iri(edge_event_iri(self.mentions[0]))

    @property
    def confidence(self) -> float:
        """The highest confidence of its mentions."""
        return max(m.confidence for m in self.mentions)

    @property
    def documents(self) -> tuple[str, ...]:
        """The ids of the documents reporting it, sorted."""
        return tuple(sorted({m.doc_id for m in self.mentions if m.doc_id is not None}))

    @property
    def asserted(self) -> bool:
        """True for an asserted, non-negated event."""
        return self.modality == "asserted" and not self.negated

    def __str__(self) -> str:
        edge = Edge(self.source, self.target, self.relation, self.negated, self.modality)
        return f"{edge} ({len(self.mentions)} mention{'s' if len(self.mentions) != 1 else ''})"


def outlet_of(document: Document) -> str:
    """The outlet a document counts for: its ``outlet``, else its URL's host, else itself.

    Examples
    --------
    >>> outlet_of(Document("d", url="https://www.example.org/news/1"))
    'example.org'
    >>> outlet_of(Document("d", outlet=" Reuters ")), outlet_of(Document("d"))
    ('reuters', 'document:d')
    """
    if document.outlet and document.outlet.strip():
        return document.outlet.strip().casefold()
    if document.url:
        host = (urlsplit(document.url).hostname or "").removeprefix("www.")
        if host:
            return host
    return f"document:{document.id}"


@lru_cache(maxsize=65536)
def _day_of(day: str) -> _date | None:
    try:
        return _date.fromisoformat(day)
    except ValueError:
        return None


def _day(value: str | None) -> _date | None:
    return _day_of(value[:10]) if value else None


class Consolidator:
    """Events of a changing set of mentions, recomputed only where they changed.

    Parameters
    ----------
    vocabulary : Vocabulary, optional
        Tells which relations are symmetric (the shipped one when omitted).
    window_days : int, default 7
        Dated mentions at most this many days after an event's first date join it.
    realize_days : int, default 30
        How long after its last plan an asserted event can realize a planned one.

    Examples
    --------
    >>> import kgraph
    >>> c = Consolidator()
    >>> for d in ("a", "b"):
    ...     c.add(kgraph.extract("Russia met China.", doc_id=d, date="2025-01-02"))
    >>> [ev.n_documents for ev in c.events()]
    [2]
    >>> c.remove_document("a")
    >>> [ev.n_documents for ev in c.events()]
    [1]
    """

    def __init__(self, vocabulary: Vocabulary | None = None, window_days: int = WINDOW_DAYS,
                 realize_days: int = REALIZE_DAYS) -> None:
        vocab = vocabulary or default_vocabulary()
        self._vocabulary = vocab
        self._symmetric = {r.name for r in vocab if r.symmetric}
        self.window_days, self.realize_days = window_days, realize_days
        #: The actor the held mentions carry for each IRI (see :meth:`use_actors`).
        self.actors: dict[str, Actor] = {}
        #: Counts the changes to the mentions held (an added batch, a removed document, new actors).
        self.generation = 0
        # the mentions of each (source, relation, target): one mention alone, or a dict of them by key
        self._groups: dict[_Base, _Mention | dict[_Order, _Mention]] = {}
        self._by_doc: dict[str | None, set[_Base]] = defaultdict(set)
        self._events: dict[_Base, list[_Keyed]] = {}  # the events of each clean group
        self._dirty: dict[_Base, None] = {}  # groups whose events must be recomputed, in arrival order
        self._gone: list[_Keyed] = []  # events of groups made dirty, still in the sorted list
        self._sorted: list[_Keyed] = []  # every clean group's events, in order
        self._outlets: dict[str, str] = {}
        self._n = 0

    def __len__(self) -> int:
        """The number of mentions held."""
        return self._n

    def _base(self, edge: Edge) -> _Base:
        s, t = edge.source.id, edge.target.id
        if edge.relation in self._symmetric and t < s:
            s, t = t, s
        return s, edge.relation, t

    def _touch(self, base: _Base) -> None:
        if base not in self._dirty:
            self._gone += self._events.pop(base, ())
            self._dirty[base] = None

    def _put(self, base: _Base, m: _Mention) -> int:
        """Hold ``m`` in its group; return 1 if it is a new mention, 0 if it replaced one."""
        slot = self._groups.get(base)
        if slot is None:
            self._groups[base] = m
            return 1
        if isinstance(slot, _Mention):
            if slot.order == m.order:
                self._groups[base] = m
                return 0
            self._groups[base] = {slot.order: slot, m.order: m}
            return 1
        new = m.order not in slot
        slot[m.order] = m
        return int(new)

    def add(self, edges: Iterable[Edge], documents: Iterable[Document] = ()) -> None:
        """Add mentions (a mention already held is kept once) and document metadata."""
        self.generation += 1
        for doc in documents:
            self._outlets[doc.id] = outlet_of(doc)
            for base in self._by_doc.get(doc.id, ()):
                self._touch(base)
        actors = self.actors
        for e in edges:
            base = self._base(e)
            key = mention_key(e)
            day = _day(key[0] or None)
            self._n += self._put(base, _new_mention((key, day.toordinal() if day else None, e)))
            self._by_doc[e.doc_id].add(base)
            self._touch(base)
            if e.source.id not in actors:
                actors[e.source.id] = e.source
            if e.target.id not in actors:
                actors[e.target.id] = e.target

    def remove_document(self, doc_id: str) -> None:
        """Remove a document's mentions; the events they belonged to are recomputed without them."""
        self.generation += 1
        self._outlets.pop(doc_id, None)
        for base in self._by_doc.pop(doc_id, set()):
            kept = [m for m in _members(self._groups[base]) if m.edge.doc_id != doc_id]
            self._n -= len(_members(self._groups[base])) - len(kept)
            self._set_group(base, kept)
            self._touch(base)

    def _set_group(self, base: _Base, mentions: list[_Mention]) -> None:
        if not mentions:
            del self._groups[base]
        elif len(mentions) == 1:
            self._groups[base] = mentions[0]
        else:
            self._groups[base] = {m.order: m for m in mentions}

    def mentions(self) -> Iterator[Edge]:
        """Yield every mention held (in no particular order)."""
        for slot in self._groups.values():
            if isinstance(slot, _Mention):
                yield slot.edge
            else:
                yield from (m.edge for m in slot.values())

    def use_actors(self, actors: Mapping[str, Actor]) -> None:
        """Let the mentions carry these actors (as a store reads them back) where they differ.

        The mentions of an actor whose description differs from the one held
        are rebuilt with the new one, and their events recomputed; an actor
        equal to the one held changes nothing.
        """
        changed = {i for i, a in actors.items() if i in self.actors and self.actors[i] != a}
        if not changed:
            return
        self.generation += 1
        for i in changed:
            self.actors[i] = actors[i]
        for base, slot in list(self._groups.items()):
            if base[0] in changed or base[2] in changed:
                self._set_group(base, [m._replace(edge=self._with_actors(m.edge)) for m in _members(slot)])
                self._touch(base)

    def _with_actors(self, e: Edge) -> Edge:
        src, tgt = self.actors.get(e.source.id, e.source), self.actors.get(e.target.id, e.target)
        return e if src is e.source and tgt is e.target else e.replace(source=src, target=tgt)

    def with_windows(self, window_days: int, realize_days: int) -> Consolidator:
        """A consolidator of the same mentions and documents with other windows."""
        other = Consolidator(self._vocabulary, window_days, realize_days)
        other._outlets = dict(self._outlets)
        other.add(self.mentions())
        other.actors = dict(self.actors)
        return other

    def events(self) -> list[Event]:
        """Return every event, ordered by first date (undated last), then by its earliest mention."""
        with gc_paused():  # a million events and their keys, none of them in a cycle
            return self._updated_events()

    def _updated_events(self) -> list[Event]:
        fresh: list[_Keyed] = []
        groups, events, outlets = self._groups, self._events, self._outlets
        for base in self._dirty:
            slot = groups.get(base)
            if slot is None:
                continue
            if type(slot) is _Mention:  # one report: its event at once (most facts)
                keyed = events[base] = [_event((slot,), outlets)]
                fresh.append(keyed[0])
            else:
                keyed = events[base] = _group_events(_members(slot), outlets, self.window_days,
                                                     self.realize_days)
                fresh += keyed
        self._dirty.clear()
        gone, self._gone = self._gone, []
        if len(gone) + len(fresh) > 256 or not self._sorted:  # many changes: sort everything again
            self._sorted = [k for evs in self._events.values() for k in evs]
            self._sorted.sort(key=lambda pair: pair[0])
        else:  # a few: take them out and put them in where they go
            for key, _ in gone:
                del self._sorted[bisect_left(self._sorted, key, key=lambda pair: pair[0])]
            for item in fresh:
                insort(self._sorted, item, key=lambda pair: pair[0])
        return [ev for _, ev in self._sorted]


def consolidate(edges: Iterable[Edge], vocabulary: Vocabulary | None = None,
                documents: Iterable[Document] = (), *, window_days: int = WINDOW_DAYS,
                realize_days: int = REALIZE_DAYS) -> list[Event]:
    """Return the events of ``edges`` (see the module docstring for the rules).

    Parameters
    ----------
    edges : iterable of Edge
        The mentions.
    vocabulary : Vocabulary, optional
        Tells which relations are symmetric.
    documents : iterable of Document
        Metadata of the mentions' documents, for :attr:`Event.n_sources`.
    window_days, realize_days : int
        See :class:`Consolidator`.

    Examples
    --------
    >>> import kgraph
    >>> plan = kgraph.extract("Russia and China will meet on Friday.", doc_id="a", date="2025-01-01")
    >>> held = kgraph.extract("Russia met China.", doc_id="b", date="2025-01-03")
    >>> planned, asserted = consolidate(plan + held)
    >>> planned.modality, asserted.realizes == planned.id
    ('planned', True)
    """
    c = Consolidator(vocabulary, window_days, realize_days)
    c.add(edges, documents)
    return c.events()


# -- one group: the mentions of one (source, relation, target) -----------------------------------
def _members(slot: _Mention | dict[_Order, _Mention]) -> list[_Mention]:
    """The mentions of a group as :class:`Consolidator` holds it (one alone, or a dict of them)."""
    return [slot] if isinstance(slot, _Mention) else list(slot.values())


def _clusters(mentions: list[_Mention], window_days: int) -> list[list[_Mention]]:
    """Mentions of one fact, modality and polarity split into events by date and document."""
    if len(mentions) == 1:
        return [mentions]
    clusters: list[list[_Mention]] = []
    anchor = 0
    for m in sorted((m for m in mentions if m.day is not None), key=lambda m: m.order):
        assert m.day is not None
        if not clusters or m.day - anchor > window_days:
            clusters.append([])
            anchor = m.day
        clusters[-1].append(m)
    alone: dict[str | None, list[_Mention]] = {}
    for m in sorted((m for m in mentions if m.day is None), key=lambda m: m.order):
        doc = m.edge.doc_id
        near = [(abs(d.edge.start - m.edge.start), i) for i, c in enumerate(clusters) for d in c
                if doc is not None and d.edge.doc_id == doc]
        if near:
            clusters[min(near)[1]].append(m)
        else:
            alone.setdefault(doc, []).append(m)
    return [sorted(c, key=lambda m: m.order) for c in clusters] + list(alone.values())


def _event(mentions: Sequence[_Mention], outlets: Mapping[str, str]) -> _Keyed:
    """The event of these mentions (sorted), with the key events are ordered by."""
    if len(mentions) == 1:  # most facts have one report: the same event, without the sets
        m = mentions[0]
        e, day = m.edge, m.order[0] if m.day is not None else None
        return (day is None, day or "", m.order), Event(e.source, e.relation, e.target, e.modality,
                                                         e.negated, day, day, (e,), 1, 1)
    first = mentions[0].edge
    dates = [m.order[0] for m in mentions if m.day is not None]
    dates.sort()
    docs = {m.edge.doc_id for m in mentions}
    sources = {outlets.get(d) or f"document:{d}" if d is not None else None for d in docs}
    ev = Event(first.source, first.relation, first.target, first.modality, first.negated,
               dates[0] if dates else None, dates[-1] if dates else None,
               tuple(m.edge for m in mentions), len(docs), len(sources))
    return (not dates, dates[0] if dates else "", mentions[0].order), ev


_Keyed = tuple[tuple[bool, str, _Order], Event]


def _group_events(mentions: list[_Mention], outlets: Mapping[str, str], window_days: int,
                  realize_days: int) -> list[_Keyed]:
    if len(mentions) == 1:
        return [_event(mentions, outlets)]
    by_kind: dict[tuple[str, bool], list[_Mention]] = defaultdict(list)
    for m in mentions:
        by_kind[(m.edge.modality, m.edge.negated)].append(m)
    events = {kind: [_event(c, outlets) for c in _clusters(ms, window_days)]
              for kind, ms in by_kind.items()}
    plans, acts = events.get(("planned", False), []), events.get(("asserted", False), [])
    if plans and acts:
        events[("asserted", False)] = _realize(plans, acts, realize_days)
    return [ev for kind in sorted(events) for ev in events[kind]]


def _realize(plans: list[_Keyed], acts: list[_Keyed], realize_days: int) -> list[_Keyed]:
    """``acts`` with ``realizes`` set: each dated plan to the earliest free act on or after it."""
    taken: dict[int, str] = {}
    for _key, plan in sorted((p for p in plans if p[1].first_seen), key=lambda p: p[0]):
        start, last = _day(plan.first_seen), _day(plan.last_seen)
        assert start is not None and last is not None
        for _, act in acts:
            day = _day(act.first_seen)
            if id(act) in taken or day is None:
                continue
            if start <= day and (day - last).days <= realize_days:
                taken[id(act)] = plan.id
                break
    return [(k, dataclasses.replace(a, realizes=taken[id(a)]) if id(a) in taken else a) for k, a in acts]
