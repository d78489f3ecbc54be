"""Visits a meeting implies: a guest received at home, or a meeting in one side's country.

News seldom says "visited" of a leader it shows being received: in "Egyptian President
Sisi received Indonesian President Prabowo in Cairo" or "Cho held talks with his Vietnamese
counterpart in Hanoi" the guest has come to the host's country. For a meeting candidate
whose verb is one of hosting (``hosted_visits`` in triggers.json: "receive", "host") the
guest, its object, visits the host's state; for a meeting held in a place of one side's
state, the other side visits that state. A guest or side of that same state, a meeting in a
third country and a guest of unknown side (unless an armed or political group, whose
delegation has travelled) give no visit.

Examples
--------
>>> import kgraph
>>> edges = kgraph.extract("Egyptian President Abdel Fattah al-Sisi received Indonesian President "
...                        "Prabowo Subianto in Cairo on Tuesday.")
>>> [(e.source.label, e.target.label) for e in edges if e.relation == "visits"]
[('Prabowo Subianto', 'Egypt')]
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from .candidates import EventCandidate
from .mentions import Mention
from .model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["implied_visits"]

#: Dependencies of a guest on a verb of hosting: its object, or its subject in the passive.
_GUEST_DEPS = frozenset({"dobj", "obj", "nsubjpass"})


def implied_visits(cands: list[EventCandidate], mentions: list[Mention], spec: dict,
                   state_of: Callable[[Actor], Actor | None]) -> list[EventCandidate]:
    """Return the visits the meetings among ``cands`` imply.

    Parameters
    ----------
    cands : list of EventCandidate
        The candidates of one sentence.
    mentions : list of Mention
        The document's mentions (pronouns included, resolved).
    spec : dict
        ``hosted_visits`` of triggers.json: ``verbs`` of hosting, the ``meeting`` relation and
        the ``relation`` of the visit.
    state_of : callable
        The state an actor belongs to, or None.

    Returns
    -------
    list of EventCandidate
        One visit per meeting that implies one, with the meeting's trigger and modality.
    """
    out: list[EventCandidate] = []
    if not spec:
        return out
    for cand in cands:
        if cand.relation == spec.get("invitation") and not cand.negated:
            out.extend(_accepted_invitation(cand, mentions, spec, state_of))
        if cand.relation != spec["meeting"] or cand.modality != "asserted":
            continue  # ("offered to host the two leaders" brings no one yet)
        verb = cand.trigger_token
        if verb.lemma_.lower() in spec["verbs"] and _guest(cand.target, verb):
            host = _home_of_host(cand.source, verb, spec, state_of)
            pair = None if host is None else (cand.target, dataclasses.replace(
                cand.source, actor=host, how="implied", others=(), local=None))
        else:
            pair = _met_at_home(cand, mentions, state_of)
        if pair is not None and _foreign(pair[0].actor, pair[1].actor, state_of):
            out.append(dataclasses.replace(cand, relation=spec["relation"], source=pair[0], target=pair[1]))
    return out


def _accepted_invitation(cand: EventCandidate, mentions: list[Mention], spec: dict,
                         state_of: Callable[[Actor], Actor | None]) -> list[EventCandidate]:
    """The planned visit of a guest who accepted an invitation: "X invited Y to visit Z, and Y
    accepted", "Y accepted an invitation from X to visit Z" (Y visits Z, or X's state when
    the invitation names no place)."""
    verb = cand.trigger_token
    words = spec.get("accepting", ())
    accepted = verb.lemma_.lower() in words or verb.head.lemma_.lower() in words \
        or any(c.dep_ == "conj" and c.lemma_.lower() in words and not any(
            n.dep_ == "neg" for n in c.children) for c in verb.children)
    if not accepted:
        return []
    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))]
    if any(v.dep_ in ("xcomp", "acl") and v.pos_ == "VERB" and v.lemma_.lower() not in spec.get("going", ())
           for h in heads for v in h.children):
        return []  # "accepted an invitation to attend the summit": wherever the summit is
    where = _destination(heads, mentions, spec)
    home = where.actor if where is not None else _home_of_host(cand.source, verb, spec, state_of)
    if home is None or not _foreign(cand.target.actor, home, state_of):
        return []
    place = where or dataclasses.replace(cand.source, actor=home, how="implied", others=(), local=None)
    return [dataclasses.replace(cand, relation=spec["relation"], source=cand.target, target=place,
                                modality="planned")]


def _destination(heads: list[Token], mentions: list[Mention], spec: dict) -> Mention | None:
    """The state an invitation names as where to go: the object of "to visit", or "to" a place."""
    goes = [v for h in heads for v in h.children if v.dep_ in ("xcomp", "acl", "advcl")
            and v.lemma_.lower() in spec.get("going", ())]
    toks = [o for v in goes for o in v.children if o.dep_ in ("dobj", "obj")]
    toks += [o for h in (*heads, *goes) for p in h.children if p.dep_ == "prep" and p.lower_ == "to"
             for o in p.children if o.dep_ == "pobj"]
    for tok in toks:
        where = next((m for m in mentions if m.start <= tok.i < m.end), None)
        if where is not None and where.how in ("place", "metonym") and where.actor.kind == "state":
            return where
    return None


def _home_of_host(host: Mention, verb: Token, spec: dict,
                  state_of: Callable[[Actor], Actor | None]) -> Actor | None:
    """The state a host receives in: a state itself or the state of a person named with a
    title, unless the title is one of ``away_titles`` (an envoy or a diplomat receives the
    parties where talks are held, not at home). A pronoun shows no title: no state."""
    state = state_of(host.actor)
    if state is None or host.how == "pronoun":
        return None
    doc = verb.doc
    head = doc[host.end - 1]
    titles = [*doc[max(host.start - 4, 0):host.end], *(c for c in head.children if c.dep_ == "appos")]
    while head.dep_ == "appos" and head.head.i != head.i:  # "the bloc's envoy, X, received ..."
        head = head.head
        titles.append(head)
    if any(t.lemma_.lower() in spec["away_titles"] for t in titles):
        return None
    return state


def _guest(m: Mention, verb: Token) -> bool:
    """True when the mention is the object of the verb of hosting (or a word joined to it)."""
    tok = verb.doc[m.end - 1]
    while tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i and tok.head.i != verb.i:
        tok = tok.head
    return tok.head.i == verb.i and tok.dep_ in _GUEST_DEPS


def _met_at_home(cand: EventCandidate, mentions: list[Mention],
                 state_of: Callable[[Actor], Actor | None]) -> tuple[Mention, Mention] | None:
    """The side that travelled and the place it travelled to, for a meeting held "in" a place
    of the other side's state; None otherwise."""
    verb = cand.trigger_token
    heads = (verb, *(d for d in verb.children if d.dep_ in ("dobj", "obj")))  # "held talks in X"
    places = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
              for o in p.children if o.dep_ == "pobj"]
    for place in places:
        where = next((m for m in mentions if m.start <= place.i < m.end
                      and m.how in ("place", "metonym", "name") and m.actor.kind == "state"), None)
        if where is None:
            continue
        at_home = [_of(m.actor, where.actor, state_of) for m in (cand.source, cand.target)]
        if at_home == [False, True]:
            return cand.source, where
        if at_home == [True, False]:
            return cand.target, where
    return None


def _of(actor: Actor, state: Actor, state_of: Callable[[Actor], Actor | None]) -> bool:
    """True when ``actor`` is ``state`` or one of its people or organs."""
    own = state_of(actor)
    return actor.id == state.id or (own is not None and own.id == state.id) \
        or any(f.actor == state.id for f in actor.affiliations)


def _foreign(actor: Actor, home: Actor, state_of: Callable[[Actor], Actor | None]) -> bool:
    """True when ``actor`` is known to come from elsewhere than ``home``: of another state, or
    an armed or political group, whose delegation has travelled."""
    if _of(actor, home, state_of):
        return False
    own = state_of(actor)
    return own is not None or actor.kind == "group"
