"""Second reading of sentences the parser misread because they open with an acronym.

Small English pipelines often tag a sentence-initial acronym as a verb or an auxiliary
("IGAD condemned the attack", "ECOWAS lifted sanctions"): the sentence then has no subject and
its real verb hangs as a modifier. News opens sentences with acronyms all the time. Such a
sentence is parsed again with the acronym read as "It", a subject the parser never misreads,
and the new tree (tags and dependencies, the acronym as a proper noun) replaces the old one.
The words, their offsets and the entities stay as they were.

Examples
--------
>>> from kgraph.nlp import load_pipeline
>>> from kgraph.reparse import repair_acronym_subjects
>>> nlp = load_pipeline()
>>> doc = repair_acronym_subjects(nlp, nlp("IGAD condemned the attack."))
>>> doc[0].dep_, doc[0].head.text
('nsubj', 'condemned')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token
    from thinc.types import Ints2d

__all__ = ["repair_acronym_subjects"]

#: Parts of speech a sentence-initial acronym wrongly gets when the parse goes wrong.
_MISREAD = frozenset({"VERB", "AUX"})


def _misread_opening(sent: Span) -> Token | None:
    """The acronym opening ``sent`` when the parser took it for a verb or made it the root."""
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    if first is None or len(first) < 2 or not first.is_alpha or not (first.is_upper or first.is_title):
        return None
    after = sent.doc[first.i + 1] if first.i + 1 < sent.end else None
    verb_as_modifier = first.dep_ == "ROOT" and first.pos_ in ("PROPN", "NOUN", "VERB") \
        and after is not None and after.tag_ in ("VBD", "VBN") and after.dep_ == "amod"  # "Ecowas imposed"
    if verb_as_modifier or (first.is_upper and first.pos_ in _MISREAD):  # "IGAD condemned"
        return first
    return None


def repair_acronym_subjects(nlp: Language, doc: Doc) -> Doc:
    """Re-parse the sentences of ``doc`` that open with a misread acronym; ``doc`` is changed
    in place and returned. A sentence keeps its first reading unless the second has the same
    words, stays one sentence and makes the acronym its subject."""

    fixes = []
    for sent in doc.sents:
        acronym = _misread_opening(sent)
        if acronym is None:
            continue
        words = [t.text for t in sent]
        k = acronym.i - sent.start
        text = "".join(("It" if i == k else t.text) + t.whitespace_ for i, t in enumerate(sent))
        again = nlp(text)
        if [t.text for t in again] != [("It" if i == k else w) for i, w in enumerate(words)] \
                or len(list(again.sents)) != 1 or again[k].dep_ not in ("nsubj", "nsubjpass"):
            continue  # only a reading in which the acronym is the subject is better
        fixes.append((sent.start, again, k))
    if not fixes:
        return doc
    attrs: list[int | str] = ["HEAD", "DEP", "TAG", "POS"]
    arr = cast("Ints2d", doc.to_array(attrs))
    for start, again, _k in fixes:
        arr[start:start + len(again)] = cast("Ints2d", again.to_array(attrs))
    doc.from_array(attrs, arr)
    for start, _again, k in fixes:  # the acronym is a name
        doc[start + k].tag_, doc[start + k].pos_ = "NNP", "PROPN"
    return doc
