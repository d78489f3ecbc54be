"""Speakers who voice their own side: the person saying a statement is one of its actors.

News reports a position through the official who states it: in "Turkish Foreign Minister
Hakan Fidan said Turkey stood by Azerbaijan" the support is Fidan's as much as Turkey's, and in
""We condemn the attack," said the ambassador" it is the ambassador's. For the relations whose
act is a statement (``voiced_relations`` in triggers.json), a candidate whose source is the
speaker's own side (the speaker's state or organization, which "we" also resolves to) gets a
twin with the speaker as source. Material acts ("said Turkey sent aid"), earlier acts ("said
Beijing had lodged a protest") and plans ("said Tashkent would keep pressing") stay with the side.

Examples
--------
>>> import kgraph
>>> edges = kgraph.extract("Turkish Foreign Minister Hakan Fidan said Turkey stood by Azerbaijan.")
>>> sorted(e.source.label for e in edges if e.relation == "supports")
['Hakan Fidan', 'Turkey']
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from .candidates import EventCandidate
from .mentions import Mention
from .model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["voiced_by_speakers"]

#: The dependencies by which a reporting verb governs what is reported.
_REPORTED = frozenset({"ccomp", "parataxis"})


def voiced_by_speakers(cands: list[EventCandidate], mentions: list[Mention], reporting: Collection[str],
                       relations: Collection[str], state_of: Callable[[Actor], Actor | None],
                       said: Token | None = None) -> list[EventCandidate]:
    """Return the twins, with the speaker as source, of the candidates a speaker voices.

    Parameters
    ----------
    cands : list of EventCandidate
        The candidates of one sentence.
    mentions : list of Mention
        The document's mentions (pronouns included, resolved).
    reporting : collection of str
        Lemmas of reporting verbs ("say", "tell", "add").
    relations : collection of str
        Relations whose act is a statement (``voiced_relations``).
    state_of : callable
        The state an actor belongs to, or None.
    said : spacy.tokens.Token, optional
        The reporting verb of the quotation of several sentences the candidates' sentence is
        part of (:func:`kgraph.quotes.attributions`); its subject speaks that sentence.

    Returns
    -------
    list of EventCandidate
        One per voiced candidate whose speaker is a person of the source's side.
    """
    out: list[EventCandidate] = []
    for cand in cands:
        if cand.relation not in relations:
            continue
        speaker = _speaker(cand, mentions, reporting, said)
        if speaker is None or speaker.actor.id in (cand.source.actor.id, cand.target.actor.id):
            continue
        side = {a.actor for a in speaker.actor.affiliations}
        state = state_of(speaker.actor)
        if state is not None:
            side.add(state.id)
        if cand.source.actor.id in side:
            out.append(dataclasses.replace(cand, source=speaker))
    return out


def _speaker(cand: EventCandidate, mentions: list[Mention], reporting: Collection[str],
             said: Token | None = None) -> Mention | None:
    """The person who reports the clause of ``cand``: the subject of the nearest reporting verb
    above its trigger, when the candidate's source is inside the reported clause too, or else
    the subject of ``said``, the verb of the quotation the sentence is part of."""
    below: Token = cand.trigger_token
    path: list[Token] = []  # the words between the trigger and the reporting verb
    for verb in cand.trigger_token.ancestors:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in reporting and below.dep_ in _REPORTED:
            if cand.source.start >= 0 and not _inside(cand.source, below):
                return None  # "X said of Y's support ..." names the source outside the report
            if any(_reported_act(t) for t in (cand.trigger_token, *path)):
                return None
            subj = next((t for t in verb.children if t.dep_ == "nsubj"), None)
            return None if subj is None else _person_at(subj, mentions)
        below = verb
        path.append(verb)
    if said is None or any(_reported_act(t) for t in (cand.trigger_token, *path)):
        return None
    subj = next((t for t in said.children if t.dep_ == "nsubj"), None)
    return None if subj is None else _person_at(subj, mentions)


def _person_at(subj: Token, mentions: list[Mention]) -> Mention | None:
    """The person a subject names: its own mention, or the name that ends a capitalized title
    the parser took for the head ("said U.S. Ambassador to the United Nations Nikki Haley")."""
    for m in mentions:
        if m.actor.kind == "person" and (m.start <= subj.i < m.end
                                         or (subj.tag_ == "NNP" and m.end == subj.right_edge.i + 1
                                             and m.start > subj.i)):
            return m
    return None


def _reported_act(trigger: Token) -> bool:
    """True for a verb in the perfect or with a modal: "said Beijing had lodged a protest" reports
    an earlier act of the side and "said Tashkent would keep pressing" a plan, neither of which
    the speaker voices."""
    return any(c.dep_ in ("aux", "auxpass") and (c.lemma_.lower() == "have" or c.tag_ == "MD")
               for c in trigger.children)


def _inside(m: Mention, clause: Token) -> bool:
    """True when the mention's first word is in the subtree of ``clause``."""
    return clause.left_edge.i <= m.start <= clause.right_edge.i
