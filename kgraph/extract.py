"""From text to :class:`~kgraph.Edge` objects: clean, parse, find actors and events.

Examples
--------
>>> import kgraph
>>> edges = kgraph.extract("Ukraine condemned Russia on Monday.", doc_id="d1", date="2025-01-06")
>>> [(e.source.label, e.relation, e.target.label, e.doc_id) for e in edges]
[('Ukraine', 'condemns', 'Russia', 'd1')]
"""

from __future__ import annotations

import dataclasses
import re
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from .actors import ActorDictionary, default_actors
from .checks import check_date, check_text
from .clean import CleanText, clean
from .codes import plover_for
from .confidence import combine
from .docactors import DocumentActors
from .errors import VocabularyError
from .language import looks_english  # Latin script and English function words
from .lexicon import Lexicon, default_lexicon
from .mentions import Mention, MentionFinder
from .model import Actor, Edge, modality
from .nlp import load_pipeline
from .patterns import BackReference, EventCandidate, EventFinder
from .quotes import attributions
from .reparse import reattach_content_clauses, repair_misread_sentences
from .spellings import as_spelled
from .visits import implied_visits
from .vocab import Vocabulary, default_vocabulary
from .voices import voiced_by_speakers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Extractor", "NotEnglishWarning", "extract"]

#: Texts are parsed in pieces of at most this many characters (split at line breaks); pieces
#: this size keep memory flat and mention lookups cheap on very long documents.
CHUNK_CHARS = 20_000
_SPACE_PUNCT = re.compile(r"\s+([.,;:!?])")


class NotEnglishWarning(UserWarning):
    """Issued (and no edges returned) when a text does not look like English."""


def _chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    start = 0
    n = len(text)
    while start < n:
        end = min(start + size, n)
        if end < n:
            cut = text.rfind("\n", start + size // 2, end)
            if cut == -1:
                cut = text.rfind(". ", start + size // 2, end)
            end = cut + 1 if cut != -1 else end
        yield start, text[start:end]
        start = end


class Extractor:
    """A configured extractor: pipeline, actor dictionary, lexicon and vocabulary.

    Parameters
    ----------
    model : str, optional
        Name of an installed spaCy pipeline (see :func:`kgraph.nlp.load_pipeline`).
    actors : ActorDictionary, optional
        Known actors; the shipped dictionary when omitted.
    lexicon : Lexicon, optional
        Trigger lexicon; the shipped one when omitted.
    vocabulary : Vocabulary, optional
        Relation vocabulary; the shipped one when omitted.
    collectives : bool, default False
        Let generic collectives (unnamed rebels, civilians, protesters, refugees, prisoners,
        businesses, media: ``non_actor_sectors`` in ``mentions.json``) and people named in a
        private role ("French teacher X": ``private_roles``) be edge ends, as CAMEO and PLOVER
        code them ("Civilians in Nepal"). Off by default: in an actor graph of political
        actors they are not counterparts, and a named group they stand for is linked anyway.
    organs : bool, default False
        Keep a state organ ("Israeli jets", "Georgia's foreign ministry", "the Malian
        government", the dictionary's "People's Liberation Army") as an actor of its own
        ("Armed Forces of Israel"), as CAMEO's sector codes do. Off by default: an organ is
        coded as its state, as the annotation conventions of event data and country-level
        graphs do; the phrase stays in ``source_text`` / ``target_text``.

    Examples
    --------
    >>> from kgraph import Extractor
    >>> ex = Extractor()
    >>> [str(e) for e in ex.extract("Russia will meet Ukraine in Istanbul.")]
    ['Russia --meets--> Ukraine [planned]']
    """

    def __init__(self, model: str | None = None, actors: ActorDictionary | None = None,
                 lexicon: Lexicon | None = None, vocabulary: Vocabulary | None = None,
                 collectives: bool = False, organs: bool = False) -> None:
        self.nlp = load_pipeline(model)
        self.actors = actors if actors is not None else default_actors()
        self.lexicon = lexicon or default_lexicon()
        self.vocabulary = vocabulary or default_vocabulary()
        self.mentions = MentionFinder(self.nlp, self.actors, self.lexicon)
        document_rules = self.lexicon.mentions.get("document", {})
        org_words = set(self.lexicon.mentions.get("name_guess", {}).get("organization_words", []))
        self.documents = DocumentActors(self.actors, document_rules, self.mentions.title_words, org_words)
        self._not_actors = () if collectives else tuple(document_rules.get("non_actor_sectors", []))
        self._private_ends = collectives  # private persons ("French teacher X") as edge ends too
        self._unnamed: dict[str, frozenset[str]] = {} if collectives else {
            k: frozenset(words) for k, words in document_rules.get("unaffiliated_non_actors", {}).items()}
        self._nationals = frozenset(document_rules.get("nationals_stand_for_state", []))
        self._organs = organs
        self._reporting = frozenset(w.lower() for w in self.lexicon.mentions.get("reporting_verbs", []))
        self._saying = self._reporting | {w.lower() for w in self.lexicon.threats.get("verbs", [])} \
            if self.lexicon.threats else self._reporting  # verbs "in a statement that ..." follows
        self.events = EventFinder(self.lexicon, {r.name for r in self.vocabulary if r.symmetric},
                                  {r.name for r in self.vocabulary if not r.cooperative})
        names = {r.name for r in self.vocabulary}
        unknown = sorted({name for rel, nouns, _aimed in self.lexicon.back_references.values()
                          for name in (rel, *(k for kinds in nouns.values() for k in kinds))} - names)
        if unknown:
            raise VocabularyError(f"back_references name relations not in the vocabulary: {unknown}")

    def extract(self, text: str, doc_id: str | None = None, date: str | None = None) -> list[Edge]:
        """Return the edges stated in ``text``.

        Parameters
        ----------
        text : str
            An English news article or sentence. Boilerplate is removed first.
        doc_id : str, optional
            Stored on every edge.
        date : str, optional
            ISO date of the document; used to resolve titles and as the edge date.

        Returns
        -------
        list of Edge
            In text order. Empty for empty or non-English text (the latter with a
            :class:`NotEnglishWarning`).
        """
        return next(iter(self.extract_many([(text, doc_id, date)])))

    def extract_many(self, items: Iterable[tuple[str, str | None, str | None]],
                     batch_size: int = 16, n_process: int = 1) -> Iterator[list[Edge]]:
        """Yield the edges of each ``(text, doc_id, date)`` item, in order, streaming.

        Texts are parsed with ``nlp.pipe`` in batches (``n_process`` worker processes).
        """
        pending: list[tuple[CleanText, str | None, str | None, list[int]]] = []

        def pieces() -> Iterator[tuple[str, tuple[int, int]]]:
            for idx, (text, doc_id, date) in enumerate(items):
                text = check_text(text)
                date = check_date(date)
                if doc_id is not None and not isinstance(doc_id, str):
                    raise TypeError(f"doc_id must be str, not {type(doc_id).__name__}")
                if not text.strip():
                    pending.append((clean(""), doc_id, date, []))
                    continue
                if not looks_english(text):
                    warnings.warn(f"document {doc_id or idx!r} does not look like English text; "
                                  "no edges extracted", NotEnglishWarning, stacklevel=4)
                    pending.append((clean(""), doc_id, date, []))
                    continue
                cleaned = clean(text)
                offsets = [off for off, _ in _chunks(cleaned.text)]
                pending.append((cleaned, doc_id, date, offsets))
                for k, (_off, chunk) in enumerate(_chunks(cleaned.text)):
                    yield chunk, (len(pending) - 1, k)

        results: dict[int, list[Edge]] = {}
        remaining: dict[int, int] = {}
        next_out = 0
        stream = self.nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size, n_process=n_process)
        for doc, (item, k) in stream:
            cleaned, doc_id, date, offsets = pending[item]
            remaining.setdefault(item, len(offsets))
            results.setdefault(item, []).extend(
                self._edges(doc, cleaned, offsets[k], doc_id, date))
            remaining[item] -= 1
            while (next_out < len(pending) and remaining.get(next_out, -1) == 0) \
                    or (next_out < len(pending) and not pending[next_out][3]):
                yield as_spelled(results.pop(next_out, []), pending[next_out][0].text)
                remaining.pop(next_out, None)
                next_out += 1
        while next_out < len(pending):
            yield as_spelled(results.pop(next_out, []), pending[next_out][0].text)
            next_out += 1

    def _edges(self, doc: Doc, cleaned: CleanText, base: int, doc_id: str | None,
               date: str | None) -> list[Edge]:
        """The stages after the parse: mentions, document actors, pronouns, events, edges."""
        doc = repair_misread_sentences(self.nlp, doc, self.lexicon.verbs)
        doc = reattach_content_clauses(doc, self._saying)
        # names in a list of links to other stories state nothing of this article and are no
        # antecedents ("- Rwanda and DR Congo trade blame as Washington framework stalls")
        found = [m for m in self.mentions.find(doc, date, pronouns=False)
                 if not _in_link_list(doc[m.start], cleaned, base)]
        named = self.documents.resolve(doc, found)
        said = attributions(doc, self._reporting)  # who speaks quotations of several sentences
        mentions = self.mentions.add_pronouns(doc, named, said)
        if not mentions:
            return []
        edges: list[Edge] = []
        # the acts of the article in order, with those aimed at no actor ("threatened to send
        # troops"), which are no edges but may be what a later sentence condemns
        acts: list[Edge] = []
        seen: set[tuple] = set()
        for sent in doc.sents:
            s_clean = base + sent.start_char
            whole = sent.text  # (made once: a span joins its tokens at every call)
            e_clean = base + sent.start_char + len(whole.rstrip())
            if cleaned.in_heading(s_clean, e_clean):
                continue
            cands = self.events.find(sent, mentions, said.get(sent.start))
            # "X's foreign minister said X stood by Y": the minister voices the support too
            cands += voiced_by_speakers(cands, mentions, self._reporting, self.lexicon.voiced_relations,
                                        self.actors.state_of, said.get(sent.start))
            # "X received Y", "X met Y in X's capital": Y has come to X's country
            cands += implied_visits(cands, mentions, self.lexicon.hosted_visits, self.actors.state_of)
            self._add(cands, edges, seen, sent, cleaned, s_clean, doc_id, date, acts)
            # acts on earlier statements ("denied the accusation") go to their authors
            refs = [c for br in self.events.back_references(sent, mentions)
                    for c in _refer_back(br, acts, self.events.symmetric, self._signatories,
                                         self.actors.state_of)]
            self._add(refs, edges, seen, sent, cleaned, s_clean, doc_id, date, acts)
        return edges

    def _add(self, cands: list[EventCandidate], edges: list[Edge], seen: set[tuple], sent: Span,
             cleaned: CleanText, s_clean: int, doc_id: str | None, date: str | None,
             acts: list[Edge]) -> None:
        for cand in cands:
            cand = self._for_their_state(cand)
            cand = self._in_voting_body(cand)
            announced = self._announcing_side(cand)
            if announced is None:
                continue  # a spokesperson of no known side did not summon anyone
            cand = self._answering_side(announced)
            if not self._organs:
                cand = self._organs_as_states(cand)
                if cand.source.actor.id == cand.target.actor.id:
                    continue  # "Syria condemned attacks on Syrian forces"
            if cand.relation in self.lexicon.own_side_relations \
                    and self._own_side(cand.source.actor, cand.target.actor):
                continue  # "China's envoy said China was ready to host": no meeting with China
            key = (cand.source.actor.id, cand.relation, cand.target.actor.id, cand.negated,
                   cand.modality, sent.start)
            if key in seen or not self._edge_end(cand.source.actor, cand.source.text):
                continue
            seen.add(key)
            edge = self._edge(cand, sent, cleaned, s_clean, doc_id, date)
            acts.append(edge)
            if self._edge_end(cand.target.actor, cand.target.text):
                edges.append(edge)

    def _own_side(self, a: Actor, b: Actor) -> bool:
        """True when one of ``a`` and ``b`` is a person of the other (by title or state)."""
        for person, side in ((a, b), (b, a)):
            if person.kind == "person" and side.kind != "person" and (
                    any(f.actor == side.id for f in person.affiliations)
                    or getattr(self.actors.state_of(person), "id", None) == side.id):
                return True
        return False

    def _edge(self, cand: EventCandidate, sent: Span, cleaned: CleanText, s_clean: int,
              doc_id: str | None, date: str | None) -> Edge:
        conf = combine(min(cand.source.confidence, cand.target.confidence),
                       cand.trigger.weak, cand.pattern, cand.nested)
        rel = self.vocabulary[cand.relation]
        cameo = cand.trigger.cameo or (rel.cameo[0] if rel.cameo else "")
        if cand.extra.get("intent") and rel.cooperative:  # "agreed to release X": 03x
            cameo = self.lexicon.intent_codes.get(cand.relation, cameo)
        whole = sent.text  # (made once: a span joins its tokens at every call)
        text = whole.strip()
        lead = len(whole) - len(whole.lstrip())
        if cleaned.masked:  # markup was blanked: keep the readable words only
            text = _SPACE_PUNCT.sub(r"\1", " ".join(text.split()))
        return Edge(
            source=cand.source.actor, target=cand.target.actor, relation=cand.relation,
            negated=cand.negated, modality=modality(cand.modality),
            source_text=cand.source.text, target_text=cand.target.text,
            sentence=text, doc_id=doc_id, start=cleaned.to_original(s_clean + lead),
            end=cleaned.to_original(s_clean + len(whole.rstrip())),
            confidence=conf, date=date, trigger=cand.trigger_token.text,
            cameo=cameo, plover=plover_for(cameo, rel.plover),
        )

    def _for_their_state(self, cand: EventCandidate) -> EventCandidate:
        """A state's nationals released or handed back stand for the state ("Russia released 90
        Ukrainian prisoners": Russia concedes to Ukraine); ``nationals_stand_for_state`` lists
        the relations."""
        target = cand.target.actor
        if cand.relation not in self._nationals or self._edge_end(target):
            return cand
        state = self.actors.state_of(target)
        source_state = self.actors.state_of(cand.source.actor)
        if state is None or state.id == cand.source.actor.id \
                or (source_state is not None and source_state.id == state.id):
            return cand  # a state's own nationals: "its security service detained two citizens"
        return dataclasses.replace(cand, target=dataclasses.replace(cand.target, actor=state))

    def _signatories(self, edge: Edge) -> list[Actor] | None:
        """The two states two persons signed ``edge`` for ("X's and Y's foreign ministers signed
        the statement ... Z welcomed the agreement": Z supports X and Y); None for other edges."""
        if edge.relation not in self.lexicon.signed_for_states \
                or not edge.source.kind == edge.target.kind == "person":
            return None
        sides = [self.actors.state_of(edge.source), self.actors.state_of(edge.target)]
        states = [s for s in sides if s is not None]
        return states if len({s.id for s in states}) == 2 else None

    def _announcing_side(self, cand: EventCandidate) -> EventCandidate | None:
        """An agentless act a spokesperson announces ("X would be summoned, Zakharova said") as
        their state's; None when their state is not known."""
        if not (cand.extra.get("announced") and cand.source.actor.kind == "person"):
            return cand
        side = self.actors.state_of(cand.source.actor)
        return None if side is None else dataclasses.replace(
            cand, source=dataclasses.replace(cand.source, actor=side))

    def _answering_side(self, cand: EventCandidate) -> EventCandidate:
        """A side's address that a person answers ("Kim Yo Jong rejected Seoul's offer") was
        made to the state that person answers for, not to the person."""
        if not cand.extra.get("answered") or cand.target.actor.kind != "person" \
                or cand.source.actor.kind == "person":
            return cand
        side = self.actors.state_of(cand.target.actor)
        return cand if side is None else dataclasses.replace(
            cand, target=dataclasses.replace(cand.target, actor=side))

    def _in_voting_body(self, cand: EventCandidate) -> EventCandidate:
        """"Russia vetoed a UN resolution": a veto is cast in the Security Council, so the
        organization named is that body (``voting_bodies`` in triggers.json)."""
        bodies = self.lexicon.voting_bodies.get(cand.relation, {})
        body = bodies.get(cand.target.actor.id.rsplit("/", 1)[-1]) if bodies else None
        actor = self.actors.get(body) if body else None
        if actor is None:
            return cand
        return dataclasses.replace(cand, target=dataclasses.replace(cand.target, actor=actor))

    def _organs_as_states(self, cand: EventCandidate) -> EventCandidate:
        """A state organ ("Israeli jets", "Georgia's foreign ministry", "the U.S. State
        Department") as its state (see ``organs``)."""
        ends = {}
        spec = self.lexicon.sectors_as_states
        for end in ("source", "target"):
            m = getattr(cand, end)
            # "sanctions on Russian banks": a state's businesses stand for it where the relation
            # says so (sectors_as_states)
            sector = end == "target" and cand.relation in spec.get("relations", ()) \
                and any(m.actor.id.endswith(f"-{k}") for k in spec.get("sectors", ()))
            if m.actor.kind == "state_organ" or sector:
                state = self.actors.state_of(m.actor)
                if state is not None:
                    ends[end] = dataclasses.replace(m, actor=state)
        return dataclasses.replace(cand, **ends) if ends else cand

    def _edge_end(self, actor: Actor, text: str = "") -> bool:
        """False for generic collectives (civilians, protesters, media...) and for unnamed
        members of a body of no known state ("5,000 troops", "soldiers attacked the village",
        but not "the army"): never an edge end."""
        slug = actor.id.rsplit("/", 1)[-1]
        words = text.lower().split()
        if slug.startswith("ner-national-"):
            return self._private_ends  # a private person ("French teacher X") acts in no public role
        return not (any(slug == f"sector-{k}" or slug.endswith(f"-{k}") for k in self._not_actors)
                    or any(slug == f"sector-{k}" and words and words[-1] in members
                           for k, members in self._unnamed.items())) \
            or self.actors.get(actor.id) is not None


_DEFAULT: Extractor | None = None
_LOCK = threading.Lock()


def default_extractor() -> Extractor:
    """Return the process-wide extractor with the shipped data (created on first use)."""
    global _DEFAULT
    with _LOCK:
        if _DEFAULT is None:
            _DEFAULT = Extractor()
        return _DEFAULT


def extract(text: str, doc_id: str | None = None, date: str | None = None) -> list[Edge]:
    """Return the edges stated in ``text`` using the shipped pipeline and data.

    Parameters
    ----------
    text : str
        English text (an article, a paragraph or a sentence).
    doc_id : str, optional
        Document identifier stored on each edge.
    date : str, optional
        ISO date of the document.

    Returns
    -------
    list of Edge

    Raises
    ------
    TypeError
        If ``text`` is not a str.

    Examples
    --------
    >>> import kgraph
    >>> kgraph.extract("")
    []
    >>> e = kgraph.extract("The Russian president met the Chinese foreign minister.",
    ...                    date="2024-10-22")[0]
    >>> e.source.label, e.relation
    ('Vladimir Putin', 'meets')
    """
    text = check_text(text)
    if not text.strip():
        return []
    return default_extractor().extract(text, doc_id=doc_id, date=date)


#: A line that is an item of a list of other stories: a bullet, a number, or a link label.
_LIST_ITEM = re.compile(r"^\s*(?:[-•*–—·]|\d{1,2}[.)])\s+\S|^\s*(?:related|read more|read also|see also|"
                        r"most read|more on this|also read|recommended)\b", re.IGNORECASE)


def _in_link_list(tok: Token, cleaned: CleanText, base: int) -> bool:
    """True for a word on a line that is an item of a list of other stories: a bullet, number
    or link label before a headline (a short line that is no sentence)."""
    start = base + tok.idx
    line_start = cleaned.text.rfind("\n", 0, start) + 1
    line_end = cleaned.text.find("\n", start)
    line = cleaned.text[line_start:line_end if line_end >= 0 else None].strip()
    return bool(_LIST_ITEM.match(line)) and len(line.split()) <= 16 and not line.endswith((".", "!", "?"))


def _refer_back(ref: BackReference, earlier: list[Edge], symmetric: set[str],
                signatories: Callable[[Edge], list[Actor] | None] = lambda e: None,
                state_of: Callable[[Actor], Actor | None] = lambda a: None) -> list[EventCandidate]:
    """Link "X denied the accusation" to the latest earlier edge accusing X: X rejects its author
    ("X condemned the drills": the latest drills of anyone but X, both parties of joint ones)."""
    me = ref.source.actor.id
    # "Cambodian Prime Minister Hun Manet rejected the demand" made of Cambodia: an official
    # answers for the state they belong to
    mine = {me, *(a.actor for a in ref.source.actor.affiliations)}
    # an official whose side is not known ("Foreign Minister Jane Doe dismissed the accusation")
    # answers the latest accusation, at whomever it was aimed
    aimed = ref.aimed and not (ref.source.actor.kind == "person" and len(mine) == 1)
    if ref.partner:  # "the junta suspended the talks": with whom it held them
        e = next((e for e in reversed(earlier) if e.relation in ref.refers_to and not e.negated
                  and (e.source.id in mine) != (e.target.id in mine)), None)
        if e is None:
            return []
        actor, text = (e.target, e.target_text) if e.source.id in mine else (e.source, e.source_text)
        return [EventCandidate(ref.relation, ref.source, Mention(-1, -1, actor, text, "reference"),
                               ref.trigger, ref.trigger_token, "reference", ref.negated, ref.modality)]
    if ref.echo:  # "Cameroon made a similar offer": to whom the latest such offer was made
        e = next((e for e in reversed(earlier) if e.relation in ref.refers_to and not e.negated
                  and e.source.id not in mine and e.target.id not in mine), None)
        return [] if e is None else [EventCandidate(
            ref.relation, ref.source, Mention(-1, -1, e.target, e.target_text, "reference"),
            ref.trigger, ref.trigger_token, "reference", ref.negated, ref.modality)]
    # "Iran condemned the strikes": the strikes made, before a strike only announced
    done = [e for e in earlier if e.modality == "asserted"]
    for e in (*reversed(done), *reversed([e for e in earlier if e.modality != "asserted"])):
        if e.relation in ref.refers_to and not e.negated and e.source.id not in mine \
                and (e.target.id in mine or not aimed):
            # "U.S. and British warplanes struck ... Iran condemned the strikes": every source of
            # that one act
            authors = [(x.source, x.source_text) for x in earlier if x is e or (
                x.relation == e.relation and x.sentence == e.sentence and x.trigger == e.trigger
                and x.target.id == e.target.id and x.source.id not in mine and not x.negated)]
            authors = list({a.id: (a, t) for a, t in authors}.values())
            if e.relation in symmetric and not aimed and e.target.id not in mine:
                authors.append((e.target, e.target_text))
                sides = signatories(e)
                if sides and not mine & {s.id for s in sides}:
                    authors = [(s, text) for s, (_, text) in zip(sides, authors)]
            if ref.source.actor.kind in ("state", "state_organ"):
                # "Ethiopia's foreign minister accused Eritrea ... Eritrea denied it": a state
                # answers the minister and the state he spoke for
                authors += [(st, t) for a, t in authors if a.kind == "person"
                            and (st := state_of(a)) is not None and st.id not in mine]
            return [EventCandidate(ref.relation, ref.source, Mention(-1, -1, actor, text, "reference"),
                                   ref.trigger, ref.trigger_token, "reference", ref.negated, ref.modality)
                    for actor, text in authors]
    return []
