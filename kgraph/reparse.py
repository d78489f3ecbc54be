"""Second reading of sentences the parser misread, with one word swapped for a plainer one.

Small English pipelines misread two shapes that news writes all the time:

- a sentence opening with an acronym, which they tag as a verb or an auxiliary ("IGAD condemned
  the attack", "ECOWAS lifted sanctions"): the sentence then has no subject and its real verb
  hangs as a modifier. It is read again with the acronym as "It", a subject the parser never
  misreads. So is a sentence whose opening name's verb became a modifier of its own object
  ("Malaysia hosted talks between ...", with "talks" the root);
- a past-tense verb with its own subject that the parser hung as a modifier of its object
  anywhere in a sentence ("since the bloc deployed troops in Gambia", "deployed troops" read as
  a noun phrase), or a name's verb after an apposition read as a participle modifying the name
  ("General X, Niger's leader, called on Benin to ...", with the name the root). It is read again
  with "took" for the verb, and only the tree is kept: every word keeps its tag and lemma. After
  an aside ("Sadc, as the regional body is known, imposed sanctions"), where the opening name was left
  as the root and may have been tagged a verb, the second reading's tags are kept too;
- a headline in the "to" future ("Scholz to visit Warsaw", "Modi to meet Putin"), where the name
  becomes the root and the verb hangs from it. It is read again with "will" for "to";
- a headline in the present whose verb the parser took for a plural noun ("EU's envoy hosts
  Georgian negotiators", "hosts" the root) or for a noun with the names before as its subject
  ("Yemen's Houthis claim missile attacks on US, British ships"), and a sentence read as one
  noun phrase, its verb a modifier of the object ("Ugandan and Congolese warplanes and artillery
  pounded camps of the ADF"). Each is read again with "took" for the verb.

A third misreading needs no second reading: "X said in a statement that Y had ...", the
that-clause hung on "statement" instead of on "said"; :func:`reattach_content_clauses` moves it.

The new tree (tags and dependencies) replaces the old one when it is better: same words, one
sentence, and the name as the subject. The words, their offsets and the entities stay as they
were; the swapped word keeps its own tag (the acronym a proper noun, "to" the infinitive marker).

Examples
--------
>>> from kgraph.nlp import load_pipeline
>>> from kgraph.reparse import repair_misread_sentences
>>> nlp = load_pipeline()
>>> doc = repair_misread_sentences(nlp, nlp("IGAD condemned the attack."))
>>> doc[0].dep_, doc[0].head.text
('nsubj', 'condemned')
>>> doc = repair_misread_sentences(nlp, nlp("Scholz to visit Warsaw next week"))
>>> doc[0].dep_, doc[0].head.text, doc[1].tag_
('nsubj', 'visit', 'TO')
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token
    from thinc.types import Ints2d

__all__ = ["reattach_content_clauses", "repair_misread_sentences"]

#: Parts of speech a sentence-initial acronym wrongly gets when the parse goes wrong.
_MISREAD = frozenset({"VERB", "AUX"})
#: Words a headline's subject may hold besides capitalised ones ("Japan, Philippines to sign").
_NAME_GLUE = frozenset({",", "and", "&", "'s", "’s"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


@dataclass(frozen=True)
class _Swap:
    """Read the sentence again with word ``k`` (sentence offset) as ``plain``; keep the new tree
    when one of the ``subject`` words (sentence offsets) is then a subject. The swapped word
    takes ``tag``/``pos`` (and ``dep`` when given) after the copy."""

    k: int
    plain: str
    subject: range
    tag: str
    pos: str
    dep: str | None = None
    #: Whether the other words take their tags from the second reading too.
    retag: bool = True


def _misread_opening(sent: Span) -> Token | None:
    """The acronym opening ``sent`` when the parser took it for a verb or made it the root."""
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    if first is None or len(first) < 2 or not first.is_alpha or not (first.is_upper or first.is_title):
        return None
    after = sent.doc[first.i + 1] if first.i + 1 < sent.end else None
    verb_as_modifier = after is not None and after.tag_ in ("VBD", "VBN") and after.dep_ == "amod" and (
        (first.dep_ == "ROOT" and first.pos_ in ("PROPN", "NOUN", "VERB"))  # "Ecowas imposed"
        # "Malaysia hosted talks ...": the verb a modifier of its own object, made the root
        or (first.dep_ == "nsubj" and first.pos_ == "PROPN" and first.head.i == after.i
            and after.head.dep_ == "ROOT" and after.head.pos_ == "NOUN"))
    if verb_as_modifier or (first.is_upper and first.pos_ in _MISREAD):  # "IGAD condemned"
        return first
    return None


def _acronym_swap(sent: Span) -> _Swap | None:
    acronym = _misread_opening(sent)
    if acronym is None:
        return None
    k = acronym.i - sent.start
    return _Swap(k, "It", range(k, k + 1), "NNP", "PROPN")


def _headline_future_swap(sent: Span) -> _Swap | None:
    """"Scholz to visit Warsaw": names, then "to" and a bare verb, no finite verb, and the
    parser did not make the verb the root."""
    to = next((t for t in sent if t.lower_ == "to"), None)
    if to is None or to.i == sent.start or to.i + 1 >= sent.end:
        return None
    names = sent.doc[sent.start:to.i]
    verb = sent.doc[to.i + 1]
    if verb.tag_ != "VB" or verb.dep_ == "ROOT" or any(t.tag_ in _FINITE for t in sent if t.i != names[0].i):
        return None
    if names[0].lower_ in _NAME_GLUE or not all(
            t.is_title or t.is_upper or t.lower_ in _NAME_GLUE for t in names):
        return None
    return _Swap(to.i - sent.start, "will", range(0, len(names)), "TO", "PART", "aux")


def _modifier_verb_swap(sent: Span) -> _Swap | None:
    """"since the bloc deployed troops in Gambia": a past-tense verb with its own subject that
    the parser hung as a modifier of its object, or a name's verb after an apposition that it
    read as a participle ("X, Niger's leader, called on Benin"). It is read again as "took", a
    verb the parser never takes for an adjective; the words keep their own lemmas."""
    verb = next((t for t in sent if t.tag_ == "VBD" and t.dep_ == "amod" and t.head.i > t.i
                 and t.head.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in t.children)), None)
    if verb is not None:
        subject = next(c for c in verb.children if c.dep_ == "nsubj")
    else:  # "General X, Niger's leader, called on Benin to ...": the name made the root and its
        # verb, after the apposition's closing comma, a participle modifying it
        verb = next((t for t in sent if t.tag_ in ("VBD", "VBN") and t.dep_ == "acl"
                     and t.head.dep_ == "ROOT" and t.head.pos_ == "PROPN" and t.i > sent.start
                     and sent.doc[t.i - 1].text == "," and t.head.i < t.i), None)
        if verb is not None:
            subject = verb.head
        else:  # "Sadc, as the regional body is known, imposed sanctions": after the aside, the verb
            # read as a modifier of its object and the opening name left as the root (tagged a
            # name or a verb) or made the aside's subject: read again, with every word's tag
            first = sent[0]
            aside = sent.end - sent.start > 2 and sent[1].text == "," and (first.is_title or first.is_upper) \
                and first.dep_ in ("ROOT", "nsubj", "nsubjpass")
            verb = next((t for t in sent if t.tag_ in ("VBD", "VBN") and t.dep_ == "amod"
                         and t.head.i == t.i + 1 and t.head.pos_ == "NOUN" and t.i > sent.start + 2
                         and sent.doc[t.i - 1].text == "," and aside), None)
            if verb is None:
                return None
            k = verb.i - sent.start
            return _Swap(k, "took", range(0, 1), "VBD", "VERB")
    k = verb.i - sent.start
    return _Swap(k, "took", range(subject.i - sent.start, subject.i - sent.start + 1), "VBD", "VERB",
                 retag=False)


def _headline_present_swap(sent: Span, verbs: Container[str]) -> _Swap | None:
    """"EU's envoy hosts Georgian negotiators": names, then a verb in the present that the
    parser took for a plural noun and made the root, then its object. It is read again with
    "took"; the words keep their own lemmas, and the verb becomes a present-tense verb."""
    root = sent.root
    if root.tag_ != "NNS" or root.i <= sent.start + 0 or root.i + 1 >= sent.end \
            or not root.lower_.endswith("s") or root.lemma_.lower() not in verbs:
        return None
    names = sent.doc[sent.start:root.i]
    if not all(t.is_title or t.is_upper or t.lower_ in _NAME_GLUE for t in names) \
            or names[0].lower_ in _NAME_GLUE:
        return None
    if not any(t.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM") for t in sent.doc[root.i + 1:sent.end]):
        return None
    return _Swap(root.i - sent.start, "took", range(0, len(names)), "VBZ", "VERB", retag=False)


def _noun_with_subject_swap(sent: Span, verbs: Container[str]) -> _Swap | None:
    """"Yemen's Houthis claim missile attacks on US, British ships": a headline verb the parser
    took for a noun compounded to its object, though it gave it the names before as subject.
    It is read again with "took", as a verb in the present."""
    verb = next((t for t in sent if t.tag_ in ("NN", "NNS") and t.i > sent.start and t.lemma_.lower() in verbs
                 and any(c.dep_ == "nsubj" and c.i < t.i for c in t.children)), None)
    if verb is None or sent.text.rstrip()[-1:] in ".!?\"”":
        return None
    names = sent.doc[sent.start:verb.i]
    if not all(t.is_title or t.is_upper or t.lower_ in _NAME_GLUE for t in names) \
            or names[0].lower_ in _NAME_GLUE:
        return None
    return _Swap(verb.i - sent.start, "took", range(0, len(names)), "VBP", "VERB", retag=False)


def _verbless_swap(sent: Span) -> _Swap | None:
    """"Ugandan and Congolese warplanes and artillery pounded camps of the ADF": no verb at all,
    the whole sentence one noun phrase, with the past-tense verb a modifier of its object. It is
    read again with "took" for the verb."""
    def misread(t: Token) -> bool:  # a past verb read as a modifier of the noun after it
        return t.tag_ in ("VBD", "VBN") and t.dep_ == "amod" and t.head.i == t.i + 1 \
            and t.head.pos_ == "NOUN" and t.i > sent.start + 1 \
            and any(w.pos_ in ("NOUN", "PROPN") for w in sent.doc[sent.start:t.i])

    verbless = sent.root.pos_ in ("NOUN", "PROPN") and not any(
        t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in sent)
    # ("... and artillery pounded camps", "artillery" read as the modifier's own modifier)
    # (a conjunct: not "aircraft using precision guided missiles killed ...")
    verb = next((t for t in sent if misread(t) and (verbless or any(
        c.dep_ == "npadvmod" and c.i == t.i - 1 and c.pos_ == "NOUN" and c.i > sent.start
        and sent.doc[c.i - 1].pos_ == "CCONJ" for c in t.children))), None)
    if verb is None:
        return None
    k = verb.i - sent.start
    return _Swap(k, "took", range(0, k), "VBD", "VERB", retag=False)


def repair_misread_sentences(nlp: Language, doc: Doc, verbs: Container[str] = ()) -> Doc:
    """Re-parse the sentences of ``doc`` the parser misread (an acronym opening, a headline in
    the "to" future or in the present, whose ``verbs`` it took for nouns); ``doc`` is changed
    in place and returned. A sentence keeps its first reading unless the second has the same
    words, stays one sentence and has its name as subject."""
    fixes = []
    for sent in doc.sents:
        swap = _acronym_swap(sent) or _headline_future_swap(sent) or _modifier_verb_swap(sent) \
            or _headline_present_swap(sent, verbs) or _noun_with_subject_swap(sent, verbs) \
            or _verbless_swap(sent)
        if swap is None:
            continue
        words = [t.text for t in sent]
        text = "".join((swap.plain if i == swap.k else t.text) + t.whitespace_ for i, t in enumerate(sent))
        again = nlp(text)
        if [t.text for t in again] != [(swap.plain if i == swap.k else w) for i, w in enumerate(words)] \
                or len(list(again.sents)) != 1 \
                or not any(again[i].dep_ in ("nsubj", "nsubjpass") for i in swap.subject):
            continue  # only a reading in which the name is the subject is better
        fixes.append((sent.start, again, swap))
    if not fixes:
        return doc
    attrs: list[int | str] = ["HEAD", "DEP", "TAG", "POS"]
    arr = cast("Ints2d", doc.to_array(attrs))
    for start, again, swap in fixes:
        cols = len(attrs) if swap.retag else 2  # the tree (HEAD, DEP), or the tags too
        arr[start:start + len(again), :cols] = cast("Ints2d", again.to_array(attrs))[:, :cols]
    doc.from_array(attrs, arr)
    for start, _again, swap in fixes:
        tok = doc[start + swap.k]
        tok.tag_, tok.pos_ = swap.tag, swap.pos
        if swap.dep is not None:
            tok.dep_ = swap.dep
    return doc


def reattach_content_clauses(doc: Doc, verbs: Container[str]) -> Doc:
    """Hang on its verb what a side said "in a statement that ...", where the parser hung it.

    In "X said in a statement that Y had violated the truce" the parser often makes the
    that-clause a clause of "statement"; it is what X said, the complement of "said". A clause
    with the conjunction "that" (a relative clause has "that" as a subject or an object, never
    as its conjunction) modifying the object of "in" after one of ``verbs`` is re-hung on that
    verb as its complement (``ccomp``); ``doc`` is changed in place and returned.

    Examples
    --------
    >>> from kgraph.nlp import load_pipeline
    >>> nlp = load_pipeline()
    >>> doc = reattach_content_clauses(
    ...     nlp("The ministry said in a statement that Chad had violated the ceasefire."), {"say"})
    >>> doc[9].text, doc[9].dep_, doc[9].head.text
    ('violated', 'ccomp', 'said')
    """
    moves = []
    for tok in doc:
        if tok.dep_ not in ("acl", "relcl") \
                or not any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
            continue
        noun = tok.head
        prep = noun.head
        verb = prep.head
        if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ == "in" and noun.i < tok.i \
                and verb.pos_ == "VERB" and verb.lemma_.lower() in verbs:
            moves.append((tok.i, verb.i))
    if not moves:
        return doc
    attrs: list[int | str] = ["HEAD", "DEP"]
    arr = doc.to_array(attrs).view("int64")  # HEAD is the signed offset to the head
    ccomp = doc.vocab.strings.add("ccomp")
    for i, head in moves:
        arr[i, 0] = head - i
        arr[i, 1] = ccomp
    doc.from_array(attrs, cast("Ints2d", arr.view("uint64")))
    return doc
