"""Clause structure read off a spaCy parse: phrasal verbs, own clauses and phrases,
relative pronouns, reciprocals and hyphenated agents.

Small helpers over :class:`spacy.tokens.Token` that the pattern stage (:mod:`kgraph.patterns`,
:mod:`kgraph.judgements`) shares; they know nothing of actors or relations.

Examples
--------
>>> from kgraph.nlp import load_pipeline
>>> doc = load_pipeline()("Moscow ruled out talks.")
>>> phrasal(doc[1])
'rule out'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Container

    from spacy.tokens import Token

__all__ = ["RELATIVE", "SUBJ", "foreign_tense", "free_relative", "hyphen_agents", "list_members",
           "own_clause", "own_phrase", "phrasal", "reciprocal", "relative_antecedent"]

#: Dependency labels of a clause's subject.
SUBJ = ("nsubj", "csubj")
#: Relative pronouns.
RELATIVE = frozenset(("who", "whom", "which", "that", "whose"))


def phrasal(tok: Token) -> str:
    """Lemma with its particle: "ruled out" -> "rule out"."""
    prt = [c.lower_ for c in tok.children if c.dep_ == "prt"]
    return f"{tok.lemma_.lower()} {prt[0]}" if prt else tok.lemma_.lower()


def reciprocal(verb: Token) -> bool:
    """True when the verb's object is "each other" or "one another" (directly or after a preposition),
    or "the other" after a subject with "each" ("each side accused the other")."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    objs += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    objs += [p for o in objs for p in o.children if p.dep_ == "poss"]  # "expelled each other's envoys"
    doc = verb.doc
    if any(" ".join(t.lower_ for t in doc[max(o.i - 1, 0):o.i + 1]) in ("each other", "one another")
           or " ".join(t.lower_ for t in doc[o.i:o.i + 2]) == "one another" for o in objs):
        return True
    # "each side accused the other", "X and Y each blamed the other"
    return any(o.lower_ == "other" and any(c.lower_ == "the" for c in o.children) for o in objs) \
        and any(t.lower_ == "each" for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "advmod",
                                                                          "npadvmod", "dep")
                for t in c.subtree)


def relative_antecedent(tok: Token) -> Token:
    """The noun a relative pronoun stands for: "X, who visited Y" -> X; other tokens unchanged."""
    if tok.lower_ in RELATIVE and tok.tag_ in ("WP", "WDT", "WP$"):
        verb = tok.head
        if tok.tag_ == "WP$" and verb.head.i != verb.i:
            verb = verb.head  # "X, whose minister visited Y": the clause of the noun it owns
        while verb.dep_ not in ("relcl", "acl") and verb.head.i != verb.i and verb.pos_ != "NOUN":
            verb = verb.head  # "which X accuses of ...": the pronoun may hang lower in the clause
        if verb.dep_ in ("relcl", "acl"):
            return verb.head
    return tok


def list_members(tok: Token) -> list[Token]:
    """Heads of the items of the list ``tok`` starts, in text order: its conjuncts, and the items
    of a list the parser read as an apposition ("Argentina, Brazil and Uruguay": "Brazil" apposed
    to "Argentina", "Uruguay" joined to "Brazil"). An apposition without a conjunct of its own
    is a description ("Kenya, a close ally"), no item.

    Examples
    --------
    >>> from kgraph.nlp import load_pipeline
    >>> doc = load_pipeline()("Argentina, Brazil and Uruguay imposed sanctions on Venezuela.")
    >>> [t.text for t in list_members(doc[0])]
    ['Argentina', 'Brazil', 'Uruguay']
    """
    items = [tok, *tok.conjuncts]
    for c in tok.children:
        if c.dep_ == "appos" and c.i > tok.i and c.conjuncts and tok.pos_ == c.pos_ == "PROPN":
            items.extend((c, *c.conjuncts))
    return sorted(set(items), key=lambda t: t.i)


def hyphen_agents(verb: Token, at: Container[int]) -> list[Token]:
    """Actors (tokens in ``at``) joined by a hyphen to a participle that modifies a noun:
    "Iran-backed", "UAE-mediated"."""
    if verb.dep_ != "amod" or verb.tag_ != "VBN":
        return []
    return [c for c in verb.children if c.dep_ in ("npadvmod", "compound", "nmod") and c.i in at
            and c.i + 2 == verb.i and verb.doc[c.i + 1].text == "-"]


def own_clause(conj: Token) -> bool:
    """True when a conjoined verb has a clause of its own: its own subject or auxiliary, a
    contrast ("but", "yet") joining it to the first, or a tense the first verb's auxiliary cannot
    take ("would not negotiate ... and thanked Kenya": "thanked" is no form after "would")."""
    if any(c.dep_ in (*SUBJ, "nsubjpass", "aux", "auxpass", "neg") for c in conj.children):
        return True
    head = conj.head
    if foreign_tense(conj):
        return True
    return any(c.dep_ == "cc" and c.lower_ in ("but", "yet", "while", "whereas") and head.i < c.i < conj.i
               for c in head.children)


def own_phrase(tok: Token) -> list[Token]:
    """``tok``'s subtree without the relative clauses, the subordinate clauses led by a
    conjunction ("if", "after") and the participle clauses ("suspended the talks, accusing the
    group of attacking a base") it holds: the words of its own phrase. A purpose ("sent experts
    to help") stays."""
    out, stack = [], [tok]
    while stack:
        cur = stack.pop()
        out.append(cur)
        stack.extend(c for c in cur.children if c.dep_ != "relcl" and not (
            c.dep_ == "advcl" and (any(m.dep_ == "mark" for m in c.children) or c.tag_ in ("VBG", "VBN"))))
    return out


def foreign_tense(conj: Token) -> bool:
    """True when a conjoined verb is finite and its first verb stands after an auxiliary that
    cannot govern it ("would not negotiate ... and thanked Kenya"), is a gerund ("denied
    targeting civilians and blamed the army") or a copula ("was not serious and accused X of
    ..."): the two are separate clauses.
    After "had" or "was" a regular past ("had lodged ... and urged") may be a participle, so
    only a base form or a gerund counts."""
    head = conj.head
    if conj.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    # a gerund never shares a clause with a finite verb ("denied targeting X and blamed Y"),
    # nor a copula a past with an object ("was not serious and accused Egypt of ...")
    return head.tag_ == "VBG" or (
        head.tag_ == "VB" and any(c.dep_ in ("aux", "auxpass") for c in head.children)) or (
        head.lemma_ == "be" and conj.tag_ == "VBD" and any(c.dep_ in ("dobj", "obj") for c in conj.children))


def free_relative(verb: Token) -> Token | None:
    """The noun a free relative names its referent by, seen from the relative's verb: "struck
    what it said were militant camps", "strikes on what it called terrorist hideouts", "what it
    described as arms depots" (camps, hideouts, depots); None for any other verb.

    >>> from kgraph.nlp import load_pipeline
    >>> doc = load_pipeline()("The army shelled what it called rebel bases.")
    >>> free_relative(doc[5]).text
    'bases'
    """
    if not any(c.tag_ == "WP" and c.lower_ == "what" and c.i < verb.i
               for k in (verb, *verb.children) for c in k.children):
        return None
    # "what it said were camps": the copula says what they are
    verb = next((k for k in verb.children if k.dep_ == "ccomp" and k.lemma_ == "be"), verb)
    named = [c for c in verb.children if c.dep_ in ("oprd", "attr") or (c.dep_ == "dobj" and c.tag_ != "WP")]
    named += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
              for o in p.children if o.dep_ == "pobj"]
    return named[0] if named else None
