"""Quotations that run over several sentences, and the reporting verb that names their speaker.

News names the speaker of a long quotation once: after its last sentence (""Rwanda must
withdraw. There is no other way," the minister said.") or before its first ("The minister
said: "Rwanda must withdraw. There is no other way.""). The sentences in between have no
reporting verb of their own, yet every one of them is the speaker's: "we" in them is the
speaker's side, and "X must withdraw" in them is the speaker's demand.

Examples
--------
>>> from kgraph.nlp import load_pipeline
>>> doc = load_pipeline()('"We will not retreat. Our troops stay," the minister said.')
>>> said = attributions(doc, {"say"})
>>> [(doc[start].sent.text, verb.text) for start, verb in said.items()]
[('"We will not retreat.', 'said')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Container

    from spacy.tokens import Doc, Span, Token

__all__ = ["attributions"]

#: Marks that open and close a quotation; a straight mark does either.
_OPEN, _CLOSE, _STRAIGHT = "“", "”", '"'
#: A quotation over more sentences than this is taken as a misread mark, not a quotation.
_LONGEST = 5


def attributions(doc: Doc, reporting: Container[str]) -> dict[int, Token]:
    """Map each sentence inside a quotation of several sentences to the quotation's reporting verb.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A parsed document.
    reporting : container of str
        Lemmas of reporting verbs ("say", "tell", "add").

    Returns
    -------
    dict of int to spacy.tokens.Token
        Keyed by the start token of each sentence that lies (in part) inside such a quotation
        and is not the one holding the reporting verb; the value is the reporting verb, which
        has a subject: the speaker. Quotations whose speaker is named nowhere are left out.
    """
    sents = list(doc.sents)
    sent_of = {t.i: k for k, s in enumerate(sents) for t in s}
    out: dict[int, Token] = {}
    for first, last in _quotations(doc):
        a, b = sent_of[first], sent_of[last]
        if a == b or b - a >= _LONGEST:
            continue
        verb = _reporting_verb(sents[b], reporting, after=last) \
            or _reporting_verb(sents[a], reporting, before=first)
        if verb is None:
            continue
        for k in range(a, b + 1):
            if not sents[k].start <= verb.i < sents[k].end:
                out[sents[k].start] = verb
    return out


def _quotations(doc: Doc) -> list[tuple[int, int]]:
    """The (opening mark, closing mark) token indices of the document's quotations."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for t in doc:
        if t.text == _OPEN or (t.text == _STRAIGHT and opened is None):
            opened = t.i if opened is None else opened  # a new paragraph of the same quotation
        elif t.text in (_CLOSE, _STRAIGHT) and opened is not None:
            spans.append((opened, t.i))
            opened = None
    return spans


def _reporting_verb(sent: Span, reporting: Container[str], after: int | None = None,
                    before: int | None = None) -> Token | None:
    """The first reporting verb with a subject in ``sent`` after or before a quotation mark."""
    for t in sent:
        if (after is not None and t.i <= after) or (before is not None and t.i >= before):
            continue
        if t.pos_ == "VERB" and t.lemma_.lower() in reporting \
                and any(c.dep_ == "nsubj" for c in t.children):
            return t
    return None
