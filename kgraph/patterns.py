"""Event patterns over the dependency parse.

For each sentence, triggers from the lexicon are found on verbs and nouns and
their arguments are read off the parse:

* active verbs: subject -> object or prepositional object ("met with X");
* passive verbs: the ``agent`` ("by X") is the source, the passive subject the target;
* control and complement chains: a verb without a subject takes the subject of the
  verb (or the possessor of the noun) it depends on ("decided to meet",
  "the minister's decision to meet");
* light-verb constructions: "held talks with", "imposed sanctions on";
* nominal events: "the meeting between X and Y", "X's proposal to Y";
* nested targets: when an object is not an actor, an actor inside it
  ("condemned the secretary-general's decision", "called for a Security Council meeting");
* distant targets, the last resort of an unambiguous verb: the first actor anywhere in
  its own clause ("gave 40 million crowns to promote investment in Kenya"), at lower
  confidence.

Negation and modality are read from the trigger and its chain of governors. The readings of
acts on other acts (requests, threats, judgements, reactions, back references) are in
:mod:`kgraph.judgements`, the clause helpers in :mod:`kgraph.clauses`.

Examples
--------
>>> from kgraph.nlp import load_pipeline
>>> from kgraph.mentions import MentionFinder
>>> from kgraph.patterns import EventFinder
>>> nlp = load_pipeline()
>>> doc = nlp("Russia did not veto the resolution drafted by France.")
>>> mentions = MentionFinder(nlp).find(doc)
>>> [(c.relation, c.negated) for c in EventFinder().find(next(doc.sents), mentions)]
[('vetoes', True)]
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import replace
from typing import TYPE_CHECKING

from .candidates import BackReference, EventCandidate, stronger, unique
from .clauses import (
    SUBJ,
    foreign_tense,
    free_relative,
    hyphen_agents,
    list_members,
    own_clause,
    own_phrase,
    phrasal,
    reciprocal,
    relative_antecedent,
)
from .errors import VocabularyError
from .ids import is_minted
from .judgements import JudgementReading
from .lexicon import Lexicon, Trigger, default_lexicon
from .mentions import Mention, counted_people, leading_pair, named_holders
from .model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["BackReference", "EventCandidate", "EventFinder"]

#: Dependents right of a verb where the last-resort search for a target looks (see _distant_target).
_DISTANT_DEPS = frozenset(("dobj", "obj", "dative", "prep", "xcomp", "ccomp", "advcl", "attr", "oprd",
                           "acomp"))
#: Prepositions of adjunct gerunds, whose subject is the main clause's ("after meeting X, Y ...");
#: not "accused X of stalling", where the object is.
_ADJUNCT_PREPS = frozenset(("after", "before", "while", "upon", "since", "without", "despite", "by",
                            "following", "when"))
#: Prepositions placing a show or use of force in or around a state.
_AROUND = ("in", "inside", "across", "throughout", "around", "near", "off")
_CLIMB = ("xcomp", "conj", "advcl", "acl", "relcl", "pcomp", "ccomp", "acomp")
_NEST_DEPS = frozenset(("compound", "poss", "amod", "nmod", "appos", "npadvmod"))
_NEST_PREPS = frozenset(("of", "with", "between", "to", "by", "from", "against", "on", "for", "into", "at",
                         "toward", "towards", "upon", "over", "in"))
#: Prepositions that make a city or capital the place of an event ("met in Jakarta"), not a party.
_LOCATIVE = frozenset(("in", "at", "inside", "near", "outside", "across", "throughout", "around", "within"))
#: Pattern names and their confidence factor (see kgraph.confidence).
PATTERN_CONFIDENCE = {"verb": 1.0, "passive": 0.95, "light": 0.9, "nominal": 0.75, "distant": 0.6,
                      "reference": 0.7}


class EventFinder:
    """Find events in parsed sentences using the trigger lexicon.

    Parameters
    ----------
    lexicon : Lexicon, optional
        Triggers and modality cues (the shipped lexicon when omitted).
    symmetric : set of str, optional
        Relations whose direction does not matter (one edge per pair is kept).
    conflict : set of str, optional
        Relations of conflict ("sanctions", "attacks"): an agreement never takes its partner
        from a hostile act agreed to. Both sets default to the shipped vocabulary's.
    """

    def __init__(self, lexicon: Lexicon | None = None, symmetric: set[str] | None = None,
                 conflict: set[str] | None = None) -> None:
        from .vocab import default_vocabulary

        self.lex = lexicon or default_lexicon()
        unknown = [n for n in self.lex.target_finders if n not in _TARGET_FINDERS]
        if unknown:
            raise VocabularyError(f"unknown target finders {unknown} in the lexicon; "
                                  f"known: {sorted(_TARGET_FINDERS)}")
        self.symmetric = symmetric if symmetric is not None else {
            r.name for r in default_vocabulary() if r.symmetric
        }
        self._conflict = conflict if conflict is not None else {
            r.name for r in default_vocabulary() if not r.cooperative
        }
        mod = self.lex.modality
        self._plan = mod.get("planned", {})
        self._hypo = mod.get("hypothetical", {})
        self._relational = {w.lower() for w in self.lex.mentions.get("relational_heads", [])}
        self._partitive = {w.lower() for w in self.lex.mentions.get("partitive_heads", [])}
        self._membership = {w.lower() for w in self.lex.mentions.get("membership_heads", [])}
        self._representatives = {w.lower() for w in self.lex.mentions.get("representative_heads", [])}
        self._body_heads = frozenset(w.lower() for w in self.lex.mentions.get("body_heads", []))
        self._leading = frozenset(w.lower() for w in self.lex.mentions.get("leading_verbs", []))
        self._place_heads = frozenset(w.lower() for w in self.lex.mentions.get("place_heads", []))
        self._governors = (self.lex.light_verbs | self.lex.negating_governors
                           | self._plan.get("governors", frozenset())
                           | self._hypo.get("governors", frozenset()))
        self._reporting = {w.lower() for w in self.lex.mentions.get("reporting_verbs", [])}
        ob = self.lex.obligation
        self._obligation: tuple[Trigger, set[str]] | None = None
        if ob.get("relation") and ob.get("modals"):
            self._obligation = (Trigger(ob["relation"], "say", "VERB", text="say ... must",
                                        cameo=ob.get("cameo")),
                                {w.lower() for w in ob["modals"]})
        self._quoted_modals = frozenset(w.lower() for w in ob.get("quoted_modals", []))

    # -- entry point ------------------------------------------------------------------
    def find(self, sent: Span, mentions: list[Mention], said: Token | None = None) -> list[EventCandidate]:
        """Return the event candidates of one sentence.

        The finder itself is read-only configuration; each call reads its sentence with a
        :class:`_SentenceReader` of its own, so one finder serves several threads. ``said`` is
        the reporting verb of a quotation of several sentences that ``sent`` is part of
        (:func:`kgraph.quotes.attributions`): its subject speaks the sentence.
        """
        at: dict[int, Mention] = {}
        before: dict[int, Mention] = {}  # the sentence before, for the few readings that look back
        first = sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for m in mentions:
            if m.start >= sent.start and m.end <= sent.end:
                for i in range(m.start, m.end):
                    at[i] = m
            elif m.start >= first and m.end <= sent.start:
                for i in range(m.start, m.end):
                    before[i] = m
        if not at:
            return []
        speakers = [] if said is None else [
            m for s in said.children if s.dep_ == "nsubj" for m in mentions if m.start <= s.i < m.end]
        return _SentenceReader(self, sent, at, before, speakers, mentions).events()

    def back_references(self, sent: Span, mentions: list[Mention]) -> list[BackReference]:
        """Return the acts on earlier statements in one sentence ("X rejected the proposal").

        The statement's author is not in the sentence; the caller links each to the document's
        earlier edges (``back_references`` in triggers.json says which verbs and nouns).
        """
        if not self.lex.back_references:
            return []
        at = {i: m for m in mentions if m.start >= sent.start and m.end <= sent.end
              for i in range(m.start, m.end)}
        return _SentenceReader(self, sent, at).back_references() if at else []


class _SentenceReader(JudgementReading):
    """The reading of one sentence: the finder's shared configuration and this sentence's state.

    Made afresh for each sentence by :meth:`EventFinder.find`; it holds the mention at each
    token (``_at``) and the parsed document, which no other call can see.
    """

    def __init__(self, finder: EventFinder, sent: Span, at: dict[int, Mention],
                 before: dict[int, Mention] | None = None, speakers: list[Mention] | None = None,
                 mentions: list[Mention] | None = None) -> None:
        # references to the finder's read-only configuration
        self.lex = finder.lex
        self.symmetric, self._conflict = finder.symmetric, finder._conflict
        self._plan, self._hypo = finder._plan, finder._hypo
        self._relational, self._partitive = finder._relational, finder._partitive
        self._membership, self._governors = finder._membership, finder._governors
        self._representatives, self._place_heads = finder._representatives, finder._place_heads
        self._body_heads = finder._body_heads
        self._reporting, self._obligation = finder._reporting, finder._obligation
        self._quoted_modals = finder._quoted_modals
        self._leading = finder._leading
        self.sent = sent
        self._at = at
        self._before = before or {}
        self._speakers = speakers or []  # who speaks the sentence, when a quotation's verb is elsewhere
        self._mentions = mentions or []  # the document's, for the few readings that look far back
        self._doc = sent.doc
        # every reading walks the sentence: its tokens and lemmas are made once, not once a walk
        self._tokens = tuple(sent)
        self._lemmas = tuple(t.lemma_.lower() for t in self._tokens)
        self._matched: dict[tuple[int, int], Trigger | None] = {}
        self._is_headline: bool | None = None  # (see _headline)

    def _with_lemma(self, lemmas: Container[str], pos: str | None = "VERB") -> list[Token]:
        """The sentence's tokens whose lowercased lemma is one of ``lemmas`` (and whose part of
        speech is ``pos``, unless None), in order: the walk of a reading keyed to its words."""
        return [t for t, lemma in zip(self._tokens, self._lemmas)
                if lemma in lemmas and (pos is None or t.pos_ == pos)]

    def events(self) -> list[EventCandidate]:
        """Return the event candidates of the sentence."""
        sent, at = self.sent, self._at
        out: list[EventCandidate] = []
        handled: set[int] = set()
        question = sent.text.rstrip().endswith("?")
        for tok in self._tokens:
            if tok.i in at and at[tok.i].how != "pronoun":
                continue  # words inside an actor name are not triggers
            if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
                trig = self._match(tok, self.lex.verbs)
                light: list[EventCandidate] = []
                if tok.lemma_.lower() in self.lex.light_verbs:
                    for noun in self._light_objects(tok):
                        ntrig = self._match(noun, self.lex.nouns)
                        if ntrig is not None and (trig is None or ntrig.relation != trig.relation):
                            handled.add(noun.i)
                            light.extend(self._light_events(tok, noun, ntrig))
                        elif ntrig is not None:
                            handled.add(noun.i)
                if trig is not None and not (trig.weak and light):  # "approved the sale of jets
                    out.extend(self._verb_events(tok, trig))        # to X": the sale, not a deal
                elif trig is None and self._obligation is not None and tok.lemma_.lower() in self._reporting:
                    out.extend(self._obligation_events(tok))
                out.extend(light)
            if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "amod", "oprd", "xcomp", "ROOT", "conj"):
                atrig = self._match(tok, self.lex.adjectives)  # "willing to", "critical of"
                if atrig is not None and (atrig.prep or any(c.dep_ == "xcomp" for c in tok.children)):
                    out.extend(self._verb_events(tok, atrig))
            if tok.pos_ in ("NOUN", "PROPN") and tok.i not in handled:
                ntrig = self._match(tok, self.lex.nouns)
                if ntrig is not None:
                    reacted = self._reaction(tok, ntrig)
                    out.extend(reacted if reacted is not None else self._nominal_events(tok, ntrig))
        # "called X's seizure of the ship an act of piracy" judges; it is no phone call
        out = [c for c in out if c.pattern != "verb" or c.trigger_token.lemma_.lower() != c.trigger.head
               or self._judgement(c.trigger_token) in (None, c.relation)]
        out.extend(self._evaluations(direct=True))
        out.extend(self._reported_judgements())
        out.extend(self._violations(direct=True))
        out.extend(self._judged_deeds())
        out.extend(self._judged_possessions())
        out.extend(self._stances())
        out.extend(self._joint_acts())
        out.extend(self._convened())
        out.extend(self._acting_go_betweens())
        out.extend(self._dispatched())
        out.extend(self._authored_proposals())
        out.extend(self._warned_fates())
        out.extend(self._unanswered_acts())
        out.extend(self._vowed_combats())
        out.extend(self._denied_clauses())
        out.extend(self._alleged_acts())
        reprisals = self._vowed_reprisals()
        if reprisals:  # "promised retaliation" is a threat, not a promise of cooperation
            vowed = {c.trigger_token.i for c in reprisals}
            out = [c for c in out if not (c.trigger_token.i in vowed and c.relation != "threatens")]
            out.extend(reprisals)
        out.extend(self._conditional_responses())
        out.extend(self._conditional_refusals())
        out.extend(self._quoted_obligations())
        out = self._without_requested(out)
        threats, threatened = self._threats(out)
        gone = {id(c) for c in threatened}  # "vowed to crush X" is not yet an attack
        out = [c for c in out if id(c) not in gone] + threats
        govs = {c.trigger_token.i for c in out if c.relation == "threatens"}
        if govs:  # "vowed to crush X", "vowed to fight X" is a threat, not an offer
            out = [c for c in out if not (c.relation == "proposes" and c.trigger_token.i in govs)]
        out = self._without_offered(out)
        out = [a for a in map(self._aimed_measure, out) if a is not None]
        out = [self._intransitive(c) for c in out]
        out = [self._seized_place(c) for c in out if not _asked_whether(c.trigger_token)]
        if question:
            for c in out:
                c.modality = "hypothetical"
        return out

    def _aimed_measure(self, cand: EventCandidate) -> EventCandidate | None:
        """"The sanctions target X", "restrictions that hit Y": a verb of striking whose doer is
        a measure says what the measure aims at (``aimed_measures`` in triggers.json). The
        candidate takes the relation of the measure's noun, or is dropped (None)."""
        spec = self.lex.aimed_measures
        verb = cand.trigger_token
        if not spec or verb.pos_ != "VERB" or verb.lemma_.lower() not in spec["verbs"]:
            return cand
        doers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not doers and verb.dep_ in ("acl", "relcl"):
            doers = [verb.head]  # "sanctions targeting X"
        elif not doers and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            doers = [o for o in verb.head.children if o.dep_ in ("dobj", "obj") and o.i < verb.i]
        for doer in doers:
            if doer.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                doer = verb.head  # "measures that hit X"
            trig = self._match(doer, self.lex.nouns) if doer.pos_ == "NOUN" else None
            if trig is not None and trig.relation != cand.relation and doer.head.i == verb.i:
                return replace(cand, relation=trig.relation, trigger=trig)  # its subject
            if doer.lemma_.lower() in spec["nouns"] or (trig is not None and trig.relation != cand.relation):
                return None  # (the noun gives its own edge)
        return cand

    def _intransitive(self, cand: EventCandidate) -> EventCandidate:
        """"The delegation returned to Jeddah": a verb used without an object may be another
        relation than with one (``intransitive_senses`` in triggers.json)."""
        verb = cand.trigger_token
        for sense in self.lex.intransitive_senses:
            if cand.relation == sense["from"] and verb.pos_ == "VERB" \
                    and verb.lemma_.lower() in sense["verbs"] \
                    and not any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in verb.children):
                return replace(cand, relation=sense["relation"], trigger=replace(
                    cand.trigger, relation=sense["relation"], cameo=sense.get("cameo")))
        return cand

    def _seized_place(self, cand: EventCandidate) -> EventCandidate:
        """"The RSF seized El Fasher": a city or region taken by force is an assault on its state,
        as "seized the town" is, not a seizure of goods (``place_seizures`` in triggers.json)."""
        spec = self.lex.place_seizures
        if not spec or cand.relation not in spec["from"] or cand.target.how != "place" \
                or cand.trigger_token.lemma_.lower() not in spec["verbs"]:
            return cand
        taken = self._doc[cand.target.end - 1]  # the place is what was taken, not where
        if taken.head.i != cand.trigger_token.i or taken.dep_ not in ("dobj", "obj", "nsubjpass"):
            return cand
        return replace(cand, relation=spec["relation"], trigger=replace(
            cand.trigger, relation=spec["relation"], cameo=spec.get("cameo")))

    @staticmethod
    def _without_offered(out: list[EventCandidate]) -> list[EventCandidate]:
        """"X was ready to lift sanctions on Y", "willing to hold talks with Y": the act offered is
        the event (its modality says it is not done); an offer of the same pair is no second one."""
        acts = {(c.trigger_token.head.i, c.source.actor.id, c.target.actor.id) for c in out
                if c.trigger_token.dep_ == "xcomp" and c.trigger_token.head.pos_ == "ADJ"}
        return [c for c in out if not (c.trigger_token.pos_ == "ADJ"
                                       and (c.trigger_token.i, c.source.actor.id, c.target.actor.id) in acts)]

    def _dispatched(self) -> list[EventCandidate]:
        """"Ruto sent Raila Odinga to Juba as a special envoy": the person sent visits the state
        of the place (``dispatched`` in triggers.json)."""
        spec = self.lex.dispatched
        out: list[EventCandidate] = []
        if not spec.get("verbs"):
            return out
        for verb in self._with_lemma(spec["verbs"]):
            sent = [self._at[c.i] for c in verb.children if c.dep_ in ("dobj", "obj") and c.i in self._at
                    and self._at[c.i].actor.kind == "person" and self._at[c.i].how != "pronoun"]
            places = [self._at[o.i] for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                      for o in p.children if o.dep_ == "pobj" and o.i in self._at
                      and self._at[o.i].actor.kind == "state"]
            if sent and places:
                lemma = verb.lemma_.lower()
                trig = Trigger(spec["relation"], lemma, "VERB", text=f"{lemma} ... to")
                out.extend(self._pairs(trig, verb, "verb", sent, places, self._negated(verb),
                                       self._modality(verb), False))
        return out

    def _convened(self) -> list[EventCandidate]:
        """"The envoy met X and Y separately before bringing them together", "sat the two men down
        together": those brought together meet each other and whoever convened them
        (``convening_verbs`` in triggers.json)."""
        out: list[EventCandidate] = []
        for verb in self._with_lemma(self.lex.convening_verbs):
            if not any(c.lower_ == "together" for k in (verb, *verb.children) for c in k.children
                       if k is verb or k.dep_ == "prep"):  # ("together for talks": under "for")
                continue
            members = unique([m for o in verb.children if o.dep_ in ("dobj", "obj")
                              for t in (o, *o.conjuncts) for m in self._resolve(t)[0]])
            if len({m.actor.id for m in members}) < 2:
                continue
            trig = Trigger("meets", verb.lemma_.lower(), "VERB", near=("together",),
                           text=f"{verb.lemma_.lower()} ... together")
            neg, mod = self._negated(verb), self._modality(verb)
            reported = verb.dep_ == "pcomp" and verb.head.head.lemma_.lower() in self._reporting
            hosts = [] if reported else [  # ("..., officials said, before bringing them together")
                m for t in self._subject_tokens(verb) for m in self._resolve(t)[0]
                if m.actor.id not in {x.actor.id for x in members}]
            for i, a in enumerate(members):
                out.extend(self._pairs(trig, verb, "verb", [a], members[i + 1:], neg, mod, False))
            out.extend(self._pairs(trig, verb, "verb", hosts, members, neg, mod, False))
        return out

    def _acting_go_betweens(self) -> list[EventCandidate]:
        """"X and Y opened talks, with Z acting as facilitator", "signed the deal, with Z as
        host": Z meets each party of the clause (``go_between_roles`` in triggers.json)."""
        spec, out = self.lex.go_between_roles, []
        roles = frozenset(spec.get("roles", ()))
        holders: list[tuple[Token, Token, Token]] = []  # (role holder, the word with the role, clause verb)
        for w in self._with_lemma(("with",), pos=None):
            if w.dep_ == "prep":  # "with Z as host", "with Z acting as host"
                holders += [(o, o, w.head) for o in w.children if o.dep_ == "pobj"]
                holders += [(s, v, w.head) for v in w.children
                            if v.dep_ == "pcomp" and v.lemma_ in spec["verbs"]
                            for s in v.children if s.dep_ == "nsubj"]
            elif w.dep_ == "mark" and w.head.dep_ == "advcl" and w.head.lemma_ in spec["verbs"]:
                holders += [(s, w.head, w.head.head) for s in w.head.children if s.dep_ == "nsubj"]
        for noun in self._with_lemma(spec.get("presence", ()), pos=None):
            # "signed the treaty in the presence of X": X witnessed it with both sides
            if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "under") and noun.head.dep_ == "prep":
                holders += [(o, noun, noun.head.head) for p in noun.children if p.lower_ == "of"
                            for o in p.children if o.dep_ == "pobj"]
        for holder, bearer, verb in holders:
            if bearer.lemma_.lower() in spec.get("presence", ()):
                role: Token | None = bearer
            else:
                role = next((o for p in bearer.children if p.dep_ == "prep" and p.lower_ == "as"
                             for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in roles), None)
            if role is None:
                continue
            go_betweens = unique([m for t in (holder, *holder.conjuncts) for m in self._resolve(t)[0]])
            ids = {m.actor.id for m in go_betweens}
            # the sides of a meeting, or two sides acting together ("X and Y agreed to a truce")
            parties = self._clause_parties(verb) or [
                m for t in self._subject_tokens(verb) for m in self._resolve(t)[0]]
            parties = [m for m in parties if m.actor.id not in ids]
            if len({m.actor.id for m in parties}) < 2:
                continue
            trig = Trigger(spec["relation"], role.lemma_.lower(), "NOUN", text=f"as {role.lemma_.lower()}")
            neg, mod = self._negated(verb), self._modality(verb)
            for a in go_betweens:  # co-mediators are no partners
                out.extend(self._pairs(trig, verb, "verb", [a], parties, neg, mod, False))
        return out

    def _joint_acts(self) -> list[EventCandidate]:
        """"Uganda and DR Congo extended their joint offensive", "the three countries would deploy
        a joint force": the sides acting jointly act with each other (``joint_acts`` in
        triggers.json), whatever else the noun names."""
        lex, out = self.lex, []
        for noun in self._tokens:
            mod = next((c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")
                        and c.lower_ in lex.joint_modifiers), None) if noun.pos_ == "NOUN" else None
            if mod is None or noun.lemma_.lower() in lex.joint_exceptions:
                continue
            gov = _governor(noun)
            if gov.pos_ not in ("VERB", "AUX") or noun.dep_ not in ("dobj", "obj", "pobj"):
                continue
            sides = unique([m for t in self._subject_tokens(gov) for m in self._resolve(t)[0]])
            if len({m.actor.id for m in sides}) < 2 or any(m.actor.kind == "person" for m in sides):
                continue  # "the two leaders agreed to set up a joint committee": their states'
            trig = Trigger(lex.joint_relation, noun.lemma_.lower(), "NOUN", near=(mod,),
                           text=f"{mod} {noun.lemma_.lower()}")
            # the governing verb as the trigger token: "urged X and Y to set up a joint force"
            # asks for the act, which has not happened
            out.extend(self._pairs(trig, gov, "nominal", sides, [], self._negated(gov),
                                   self._modality(gov), False))
        return out

    def _parties(self, noun: Token) -> list[Mention]:
        """The parties to an event noun: "talks between X and Y", "X met Y for talks", "X and Y
        met in talks hosted by Z", "X and Y resumed talks"."""
        between = [t for p in noun.children if p.dep_ == "prep" and p.lower_ in ("between", "among")
                   for o in p.children if o.dep_ == "pobj" for t in (o, *o.conjuncts)]
        if between:
            return unique([m for t in between for m in self._resolve(t)[0]])
        # "met for talks", "agreed to a truce", "restored relations under a deal", "agreed to a
        # ceasefire at talks"
        framed = noun.dep_ == "pobj" and noun.head.lower_ in ("for", "in", "to", "under", "at")
        verb = noun.head.head if framed else noun.head if noun.dep_ in ("dobj", "obj") else None
        if framed and verb is not None and verb.dep_ == "pobj" and verb.head.lower_ in ("to", "on"):
            verb = verb.head.head  # "agreed to a ceasefire at talks hosted by X": the agreeing
        if noun.dep_ == "nsubjpass":  # "the agreement, brokered by X, was signed by Y and Z"
            return unique([m for a in noun.head.children if a.dep_ == "agent" for o in a.children
                           if o.dep_ == "pobj" for t in (o, *o.conjuncts) for m in self._resolve(t)[0]])
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return []
        toks = [*self._subject_tokens(verb), *(c for c in verb.children if c.dep_ in ("dobj", "obj")),
                *(o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                  for o in p.children if o.dep_ == "pobj")]
        return unique([m for t in toks for m in self._resolve(t)[0]])

    def _mediated_parties(self, noun: Token, skip: AbstractSet[int]) -> list[Mention]:
        """The parties of what a mediation brought about: "Kenyan mediation brought about a truce
        between X and Y", "led to a truce between X and Y" (X and Y)."""
        verb = noun.head
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        objs += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                 for o in p.children if o.dep_ == "pobj"]
        return [m for o in objs for m in self._parties(o) if m.start not in skip]

    def _clause_parties(self, verb: Token) -> list[Mention]:
        """The sides of a clause of meeting or agreeing ("X and Y held talks", "X met Y", "X
        agreed with Y"); none for a clause of another kind."""
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        own = self._match(verb, self.lex.verbs)
        occasions = self.lex.occasion_nouns  # "held talks", "held a round of talks"
        held = [o for c in verb.children if c.dep_ in ("dobj", "obj")
                for o in (c, *(o for p in c.children if p.lower_ == "of" for o in p.children))
                if o.lemma_.lower() in occasions]
        if not held and (own is None or own.relation not in self.symmetric):
            return []
        toks = [*self._subject_tokens(verb), *(c for c in verb.children if c.dep_ in ("dobj", "obj")),
                *(o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                  for o in p.children if o.dep_ == "pobj")]
        return unique([m for t in toks for m in self._resolve(t)[0]])

    def _delegation_leaders(self, tok: Token) -> list[Mention]:
        """The people heading a delegation: "a delegation led by X", "a team headed by X and Y"."""
        if tok.lower_ not in self._representatives:
            return []
        return unique([m for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in self._leading
                       for a in c.children if a.dep_ == "agent"
                       for o in a.children if o.dep_ == "pobj"
                       for m in self._resolve(o)[0] if m.actor.kind == "person"])

    def _answerers(self, noun: Token) -> list[Mention]:
        """Who answers the address ``noun`` names ("Burundi rejected a call by Rwanda"): the
        subject of the answering verb it is the object of."""
        verb = noun.head
        if noun.dep_ not in ("dobj", "obj") or phrasal(verb) not in self.lex.answer_verbs:
            return []
        # "the leaders of Jordan, Qatar and Turkey accepted ...": the actors inside the subject
        return [m for t in self._subject_tokens(verb) for m in self._resolve(t, nested=True)[0]]

    # -- trigger matching ---------------------------------------------------------------
    def _match(self, tok: Token, index: dict[str, list[Trigger]]) -> Trigger | None:
        """The trigger of ``index`` that ``tok`` and its dependents make, if any (several
        readings ask of the same token: each answer is kept for the sentence)."""
        key = (tok.i, id(index))
        if key not in self._matched:
            self._matched[key] = self._match_anew(tok, index)
        return self._matched[key]

    def _match_anew(self, tok: Token, index: dict[str, list[Trigger]]) -> Trigger | None:
        cands = index.get(tok.lemma_.lower()) or index.get(tok.lower_)
        if not cands:
            return None
        kids = {c.lemma_.lower() for c in tok.children} | {c.lower_ for c in tok.children}
        preps = {c.lower_: c for c in tok.children if c.dep_ in ("prep", "prt", "dative", "agent")}
        borrowed: set[str] = set()
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "obj") \
                and tok.head.lemma_.lower() in self.lex.light_verbs:
            # "had lunch with X": the parser hangs the noun's preposition on the light verb
            borrowed = {c.lower_ for c in tok.head.children
                        if c.dep_ == "prep" and c.lower_ not in preps and c.i > tok.i}
            preps.update({c.lower_: c for c in tok.head.children if c.lower_ in borrowed})
        # "received an invitation from X": the parser may hang the preposition on the object, or
        # on the means ("spoke by telephone with X")
        obj_preps = {p.lower_: p for c in tok.children if c.dep_ in ("dobj", "obj")
                     for p in c.children if p.dep_ == "prep" and p.lower_ not in preps}
        if tok.pos_ == "VERB":
            obj_preps.update({p.lower_: p for m in tok.children if m.dep_ == "prep"
                              and m.lower_ in ("by", "over", "via") for o in m.children if o.dep_ == "pobj"
                              for p in o.children if p.dep_ == "prep" and p.lower_ == "with"
                              and "with" not in preps})
        deep = None
        sense = None  # the relation a preposition chose, though its object names no actor
        adjunct: Trigger | None = None  # a match on a word of an adjunct only ("after the attack")
        for trig in cands:
            if trig.prep and trig.prep not in preps:
                if not ((trig.reverse or trig.prep == "with") and trig.prep in obj_preps and any(
                        t.i in self._at for t in obj_preps[trig.prep].subtree)):
                    continue
            if trig.prep and trig.prep in preps and preps[trig.prep].dep_ != "prt" \
                    and (tok.pos_ in ("VERB", "AUX") or trig.prep in borrowed) \
                    and not any(t.i in self._at for t in preps[trig.prep].subtree):
                # "called King Salman on Saturday" is not "call on", nor "held a call ... on Monday";
                # but "called on both parties" is, whoever they are: no phone call
                named = any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
                            and o.ent_type_ not in ("DATE", "TIME") for o in preps[trig.prep].children)
                if sense is None and named and not any(c.dep_ in ("dobj", "obj") for c in tok.children):
                    sense = trig.relation
                continue
            if sense is not None and not trig.prep and trig.relation != sense:
                return None
            if trig.prep and trig.prep in preps and any(
                    o.ent_type_ in ("DATE", "TIME") for o in preps[trig.prep].children if o.dep_ == "pobj"):
                continue  # "in a phone call on Monday": a date, not whom the call is on
            if any(w not in kids for w in trig.near):
                continue
            if trig.without and any(c.dep_ in trig.without or c.lower_ in trig.without
                                    or c.lemma_.lower() in trig.without for c in tok.children):
                continue
            if trig.deep:
                if deep is None:  # "strike Lebanon if Hezbollah violates the deal": no deal struck
                    deep = {t.lemma_.lower() for t in own_phrase(tok)}
                    if tok.dep_ == "acl" and tok.tag_ == "VBN" and any(
                            c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in tok.children):
                        deep.add(tok.head.lemma_.lower())  # "the plan presented to X": the plan
                if any(w not in deep for w in trig.deep):
                    continue
                if adjunct is None and tok.pos_ == "VERB" and not _in_object(tok, trig.deep):
                    adjunct = trig  # "suspended peace talks after the attack": the talks
                    continue
            return trig  # the bucket is sorted most specific first
        return adjunct

    # -- argument resolution ------------------------------------------------------------
    def _possessor(self, tok: Token) -> list[Mention]:
        """The actor owning or naming an object: "the president's remarks", "NATO membership"."""
        return [m for c in tok.children if c.dep_ in ("poss", "compound", "amod") and not self._harmed(tok, c)
                for m in self._resolve(c)[0]]

    def _resolve(self, tok: Token | None, nested: bool = False, depth: int = 0,
                 places: bool = True) -> tuple[list[Mention], bool]:
        """Actors denoted by ``tok`` (conjuncts included); ``nested`` allows looking inside.

        Without ``places``, a nested search ignores locations ("a bomb in Kyiv" is not Ukraine).
        The ones a phrase lists after "including" count too ("Gulf leaders, including X and Y").
        """
        if tok is None:
            return [], False
        found, inside = self._resolve_phrase(tok, nested, depth, places)
        listed = [m for p in tok.children if p.dep_ == "prep" and p.lower_ == "including"
                  for o in p.children if o.dep_ == "pobj" for m in self._resolve(o)[0]]
        if listed:
            return unique([*found, *listed]), inside or not found
        return found, inside

    def _resolve_phrase(self, tok: Token, nested: bool, depth: int,
                        places: bool) -> tuple[list[Mention], bool]:
        tok = relative_antecedent(tok)
        found: list[Mention] = []
        leaders = self._delegation_leaders(tok)
        if leaders:  # "hosted a Taliban delegation led by X": the meeting was with X
            return leaders, False
        m = self._at.get(tok.i)
        if m is None and tok.dep_ == "appos" and tok.head.i in self._at:
            m = self._at[tok.head.i]  # "X, a lawmaker arrested by Y": the lawmaker is X
        apposed = None
        if m is None:  # "the bloc's foreign policy chief, Jane Doe", "Machar's party, the SPLM-IO",
            # "the bloc's envoy, the retired Zambian diplomat Jane Doe" (an apposition of one)
            apposed = next((c for a in tok.children if a.dep_ == "appos"
                            for c in (a, *(d for d in a.children
                                           if d.dep_ == "appos" and a.i not in self._at))
                            if c.dep_ == "appos" and c.i in self._at
                            and self._at[c.i].actor.kind in ("person", "organization", "group")
                            and self._at[c.i].how != "pronoun"), None)
            m = self._at[apposed.i] if apposed is not None else None
        if m is None and tok.pos_ == "NOUN":  # "the chairperson of the X Commission, Jane Doe": the
            m = next((self._at[a.i] for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj" for a in o.children  # parser hangs
                      if a.dep_ == "appos" and a.i in self._at  # her name on the Commission
                      and self._at[a.i].actor.kind == "person" and self._at[a.i].how != "pronoun"), None)
        if m is None and tok.lower_ in self._body_heads:  # "the ELN rebel group": the ELN
            m = next((self._at[c.i] for c in tok.children if c.dep_ == "compound" and c.i in self._at
                      and self._at[c.i].actor.kind in ("group", "organization")
                      and self._at[c.i].how != "pronoun"), None)
        holders = named_holders(tok, self._at) if m is not None else []
        if holders:  # "the foreign ministers of X and Y, A and B": A and B
            return holders, False
        if m is not None:
            found.append(m)
            found.extend(Mention(m.start, m.end, other, m.text, m.how) for other in m.others)
            if tok.dep_ in ("nsubj", "nsubjpass"):  # "X, along with Y and Z, cut ties": all of them
                found.extend(m2 for t in _companions(tok) for m2 in self._resolve(t)[0])
            items = list_members(tok)  # "Argentina, Brazil and Uruguay" read as an apposition
            # "Iran's official Ali Shamkhani and Saudi adviser Musaed al-Aiban": the parser joins
            # the second name to the first's apposed name
            for c in (*tok.children, *(apposed.children if apposed is not None else ())):
                if c.dep_ == "nmod" and c.i < tok.i and c.i in self._at and any(
                        d.dep_ == "cc" and d.lower_ == "and" for d in c.children) \
                        and self._at[c.i].actor.kind == m.actor.kind in ("person", "state"):
                    # "Serbian President X and Kosovo Prime Minister Y": the parser hangs X on Y
                    # (and "North" on "South Korea" in "North and South Korea")
                    found.append(self._at[c.i])
                    continue
                if c.dep_ == "conj" and _modifies_next_conjunct(c):
                    continue  # "X and Kosovo Prime Minister Y": Kosovo names Y's office
                if c.dep_ == "conj" or (c.dep_ == "appos" and c in items):
                    more, _ = self._resolve(c, False)
                    owner = self._at.get(c.i)
                    if c.dep_ == "conj" and (not more or (
                            owner is not None and owner.end < len(self._doc)
                            and self._doc[owner.end].tag_ == "POS")):
                        # "X and Turkish President Y", "X and Thailand's then prime minister Y":
                        # the name hung on X as an apposition after the title
                        named = [self._at[a.i] for a in tok.children if a.dep_ == "appos" and a.i > c.i
                                 and a.i in self._at and self._at[a.i].actor.kind == "person"][:1]
                        more = named or more
                    found.extend(more)
            return unique(found), False
        if tok.lower_ in self._representatives:  # "delegations from X and Y": X and Y
            # ("delegations from X and from Y": the second "from" joined to the first)
            parties = [m for p in tok.children if p.dep_ == "prep" and p.lower_ in ("from", "of", "for")
                       for q in (p, *p.conjuncts) for o in q.children if o.dep_ == "pobj"
                       for m in self._resolve(o)[0]]
            if parties:  # "delegations from X and Y" read as "(delegations from X) and Y" too
                parties += [m for c in tok.children if c.dep_ == "conj" for m in self._resolve(c)[0]]
                return unique(parties), False
        if tok.lower_ in self._membership:
            # "European allies", "Western partners": allies that are European, not "Russia's allies"
            members = [self._at[c.i] for c in tok.children if c.dep_ == "amod" and c.i in self._at
                       and self._at[c.i].how == "demonym"]
            if members:
                return unique(members), True
        if not nested or tok.lower_ in self._relational or tok.lemma_.lower() in self._relational:
            return [], False
        # breadth-first search inside the phrase
        frontier = [tok]
        for _level in range(3):
            nxt: list[Token] = []
            for t in frontier:
                for c in t.children:
                    if self._harmed(t, c):
                        continue  # "condemned Suu Kyi's detention": aimed at who detained her
                    if c.dep_ == "amod" and c.lemma_.lower() in self.lex.holding_participles:
                        # "struck the Houthi-controlled port of Hodeidah": the port's holder
                        nxt.extend(hyphen_agents(c, self._at))
                    if c.dep_ in _NEST_DEPS and not self._own_event_agent(c) \
                            and not hyphen_agents(c, self._at):
                        # not "a China-brokered deal" (China acts in its own event), nor "the
                        # Kremlin-funded agency" (the Kremlin funds it; it is not the Kremlin)
                        nxt.append(c)
                    elif c.dep_ == "prep" and c.lower_ in _NEST_PREPS and not (
                            c.lower_ == "of" and t.lemma_.lower() in self.lex.subjective_of_nouns):
                        nxt.extend(p for p in c.children if p.dep_ == "pobj")
                    elif c.dep_ == "acl" and c.lemma_.lower() not in self.lex.third_parties \
                            and c.lemma_.lower() not in self.lex.witness_verbs:
                        # "a resolution drafted by X", "sanctions imposed on X"; not "a truce
                        # mediated by X", whose mediator is no party to it, nor "the draft,
                        # seen by X", who only saw it
                        for a in c.children:
                            if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ in _NEST_PREPS
                                                     and a.lower_ not in ("in", "at")):
                                nxt.extend(p for p in a.children if p.dep_ == "pobj")
                    elif c.dep_ == "conj" and t is tok:
                        nxt.append(c)
            # within a level: modifiers and possessors first ("Russia's offensive in Ukraine"
            # is Russia's), then prepositional objects, then locations ("in")
            for tier in (0, 1, 2) if places else (0, 1):
                hits: list[Mention] = []
                for t in nxt:
                    m = self._at.get(t.i)
                    if m is None and t.tag_ == "WP$":  # "X, whose foreign minister ...": X's
                        m = self._at.get(relative_antecedent(t).i)
                    if _nest_tier(t) != tier or m is None or (m.how == "pronoun" and not (
                            m.others and t.head.lower_ in ("between", "among"))):
                        continue  # but "talks between them" names the two they refer to
                    if (m.how in ("metonym", "place") and t.dep_ == "compound") or _forum(t, m):
                        continue  # "the Minsk agreements" name a place, not Belarus
                    hits.extend(self._resolve(t, False)[0])
                if hits:
                    return unique(hits), True
            frontier = [t for t in nxt if t.lower_ not in self._relational]
        return [], False

    def _subject_tokens(self, verb: Token) -> list[Token]:
        found = [self._office_holder(t) for t in self._climb_subject(verb)]
        if len(found) > 1:  # "X, whose president Y is an ally of Z, deployed ...": a relative
            # clause the parser left unattached; its subject is not the main clause's
            found = [t for t in found if not any(c.tag_ == "WP$" for c in t.subtree)] or found
        head = verb.head
        report = _reported_clause(head) if verb.dep_ == "conj" and head.dep_ != "ccomp" else None
        # a subject that is no actor: nobody, or people of no side ("the miners", "civilians")
        no_actor = not any(m.how != "sector" or m.actor.affiliations or m.actor.kind != "group"
                           for t in found for m in self._resolve(t)[0])
        deep = report is not None and not any(c.dep_ in SUBJ for c in verb.children) and no_actor
        if deep and report is not None:
            # "X said Y had armed the gunmen who attacked a village and demanded ...": joined to
            # a clause deep in the reported one, with no actor for subject; it is the reporter's
            head = report
        if verb.dep_ == "conj" and head.dep_ == "ccomp" and head.head.lemma_.lower() in self._reporting \
                and not any(c.dep_ in SUBJ for c in verb.children) \
                and (deep or foreign_tense(verb) or no_actor
                     or (verb.tag_ == "VBG" and head.tag_ != "VBG" and head.head.tag_ == "VBG")
                     or self._voiced_after_report(verb)):
            # "X said the sale was lawful and urged Y ...", "X said Y would not ... and thanked
            # Z": the parser joins the verb to the reported clause; its subject is the reporter's
            # ("X rejected it, saying Y had lied and accusing Z": the participles' subject, X)
            reporter = [c for c in head.head.children if c.dep_ in SUBJ] or (
                self._subject_tokens(head.head) if head.head.tag_ == "VBG" else [])
            if any(self._resolve(t)[0] for t in reporter):
                return reporter
        if verb.dep_ == "conj" and head.dep_ == "advcl" and verb.tag_ == "VBD" \
                and head.tag_ in ("VBP", "VBZ") and any(m.dep_ == "mark" for m in head.children) \
                and not any(c.dep_ in SUBJ for c in verb.children):
            # "X called the deal premature while Y still holds Z, and accused W": a past joined to
            # a present of the subordinate clause belongs to the main one
            main = self._subject_tokens(head.head) if head.head.pos_ in ("VERB", "AUX") else []
            if main:
                return main
        if found and verb.dep_ == "conj" and not any(c.dep_ in SUBJ for c in verb.children):
            # "Hamas will free hostages and Israel will release prisoners": the parser joins the
            # second subject to the first object; the name right before the verb's auxiliaries
            own = self._name_before(verb, ("conj",))
            if own:
                return own
        if found:
            return self._headline_pair(found)
        # Parser slips ("..., the envoy also had talks", the subject taken as an apposition):
        # the actor right before the verb, with only adverbs and auxiliaries between.
        i = verb.i - 1
        while i >= verb.sent.start and verb.doc[i].dep_ in ("advmod", "aux", "neg", "auxpass"):
            i -= 1
        if i >= verb.sent.start:
            tok = verb.doc[i]
            m = self._at.get(tok.i)
            if m is not None and tok.dep_ in ("appos", "conj", "npadvmod", "pobj") \
                    and m.how != "pronoun" and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                       for c in verb.children):
                return [tok]
        return []

    def _name_before(self, verb: Token, deps: tuple[str, ...]) -> list[Token]:
        """The actor right before ``verb`` with only auxiliaries and adverbs between, when the
        parser gave it one of ``deps`` (a slip: it is the verb's subject)."""
        i = verb.i - 1
        while i >= verb.sent.start and verb.doc[i].dep_ in ("advmod", "aux", "neg", "auxpass"):
            i -= 1
        if i < verb.sent.start or i == verb.i - 1:
            return []  # (an auxiliary is needed: "hostages and Israel will release")
        tok = verb.doc[i]
        m = self._at.get(tok.i)
        return [tok] if m is not None and tok.dep_ in deps and m.how != "pronoun" \
            and m.actor.kind in ("state", "group", "organization", "state_organ") else []

    def _voiced_after_report(self, verb: Token) -> bool:
        """True for a verb of saying joined to a reported clause in the past perfect: "X said Y
        had lied and accused Z of ..." (the accusing is X's statement, not a second thing Y had
        done); not when X is a spokesperson, who reports their side's acts ("Spokesperson X said
        Beijing had lodged a protest and urged Manila ...")."""
        own = self._match(verb, self.lex.verbs)
        reporter = verb.head.head
        return verb.tag_ == "VBD" and verb.head.tag_ == "VBN" and own is not None \
            and own.relation in self.lex.voiced_relations \
            and any(a.lower_ == "had" for a in verb.head.children if a.dep_ == "aux") \
            and not any(t.lower_ in self.lex.announcers for c in reporter.children if c.dep_ in SUBJ
                        for t in c.subtree)

    def _fronted_name(self, verb: Token) -> list[Token]:
        """A parser slip: the actor opening the sentence before a comma, hung on a verb with no
        subject as a modifier ("X, meeting Y at the White House, asked ...")."""
        return [c for c in verb.children if c.dep_ in ("advmod", "npadvmod") and c.i < verb.i
                and c.i in self._at and self._at[c.i].start == self.sent.start
                and self._at[c.i].how != "pronoun" and self._doc[self._at[c.i].end].text == ","]

    def _headline_pair(self, subjects: list[Token]) -> list[Token]:
        """Headline coordination by comma: "Egypt, Qatar urge Israel ..." has two subjects."""
        if len(subjects) != 1 or subjects[0].i not in self._at:
            return subjects
        sent = self.sent
        apposed = [c for c in subjects[0].children if c.dep_ == "appos" and c.i in self._at
                   and self._doc[c.i - 1].text == "," and self._at[c.i].how != "pronoun"]
        if apposed and self._at[subjects[0].i].start == sent.start \
                and self._at[apposed[0].i].actor.kind == self._at[subjects[0].i].actor.kind \
                and self._headline():
            return [*subjects, apposed[0]]  # "Lee, Ishiba agree ...", parsed as an apposition
        m = self._at[subjects[0].i]
        k = m.start - 1
        if k - 1 < sent.start or self._doc[k].text != "," or (k - 1) not in self._at:
            return subjects
        first = self._at[k - 1]
        if first.start != sent.start or first.how == "pronoun" or not self._headline():
            return subjects
        return [self._doc[first.end - 1], *subjects]

    def _headline(self) -> bool:
        """True for a sentence written as a headline: no final stop and no "and" ("Lee, Ishiba
        agree ...")."""
        if self._is_headline is None:
            text = self.sent.text.rstrip()
            self._is_headline = text[-1:] not in ".!?\"”" and "and" not in self._lemmas
        return self._is_headline

    def _goes_on_with_accused_act(self, part: Token) -> bool:
        """True for "wounding" in "X accused Y of shelling its positions, wounding four soldiers":
        a participle after an accusation of an act goes on with that act, which is alleged, and
        is no act of the accuser."""
        verb = part.head
        if part.dep_ != "advcl" or part.tag_ != "VBG" or verb.pos_ != "VERB" \
                or not any(p.dep_ == "prep" and p.lower_ in ("of", "for") and p.i < part.i
                           and any(c.dep_ == "pcomp" for c in p.children) for p in verb.children):
            return False
        trig = self._match(verb, self.lex.verbs)
        return trig is not None and trig.relation in ("accuses", "condemns")

    def _climb_subject(self, verb: Token) -> list[Token]:
        cur = verb
        for _ in range(5):
            subj = [c for c in cur.children if c.dep_ in SUBJ] or self._fronted_name(cur)
            if subj:
                return subj
            if cur.dep_ == "relcl":
                return [cur.head]
            if self._goes_on_with_accused_act(cur):
                return []
            if cur.dep_ == "acl" and cur.head.pos_ in ("NOUN", "PROPN", "PRON"):
                noun = cur.head
                poss = [c for c in noun.children if c.dep_ == "poss"]
                if poss:
                    return poss
                if noun.i in self._at:
                    return [noun]
                if noun.dep_ in ("dobj", "pobj", "nsubjpass", "attr") and noun.head.pos_ in ("VERB", "ADP"):
                    cur = noun.head if noun.head.pos_ == "VERB" else noun.head.head
                    continue
                return []
            if cur.dep_ == "xcomp":
                obj = [c for c in cur.head.children if c.dep_ in ("dobj",)]
                met = self._match(cur.head, self.lex.verbs) if obj and cur.head.dep_ != "xcomp" else None
                if obj and any(o.i in self._at for o in obj) \
                        and not (met is not None and met.relation in _SUBJECT_PURPOSE):
                    return obj  # (but "phoned X to request troops": the caller requests)
                asked = self._match(cur.head, self.lex.verbs) if obj else None
                if asked is not None and asked.relation in ("requests", "demands", "invites"):
                    return obj  # "urged both sides to accept": they accept, whoever they are
                passive_subj = [c for c in cur.head.children if c.dep_ == "nsubjpass"]
                if passive_subj:
                    return passive_subj
            if cur.dep_ not in _CLIMB or cur.dep_ == "ccomp" or cur.head is cur:
                return []
            joined = cur.dep_ == "conj"
            cur = cur.head
            if cur.dep_ == "pcomp" and joined and cur.head.dep_ == "prep" \
                    and cur.head.head.pos_ in ("VERB", "AUX"):
                # "X accused Y of meddling and imposed sanctions": the parser joins the second
                # verb to the gerund; its subject is the subject of the clause
                cur = cur.head.head
                continue
            if cur.dep_ == "prep" and cur.lower_ in _ADJUNCT_PREPS and cur.head.pos_ in ("VERB", "AUX"):
                # "X called off the strike after reaching a deal with Y": the gerund's subject
                # is the subject of the clause the preposition modifies
                cur = cur.head
        return []

    def _gapped_objects(self, verb: Token) -> list[Token]:
        """Objects of a second, gapped clause: "struck X on Monday and Y on Tuesday" (the parser
        joins Y to the verb or to "Monday"); only names of actors, never a second time."""
        times = [o for p in verb.children if p.dep_ == "prep" for o in p.children
                 if o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME")]
        return [c for h in (verb, *times) for c in h.children
                if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") and c.i in self._at
                and c.ent_type_ not in ("DATE", "TIME") and c.i > verb.i]

    def _object_groups(self, verb: Token, trig: Trigger) -> Iterator[list[Token]]:
        """Candidate target tokens, most specific first (the first that resolves wins)."""
        preps = [c for c in verb.children if c.dep_ in ("prep", "prt", "agent", "dative")]
        if trig.prep:
            if trig.reverse or trig.prep == "with":  # the giver or partner may hang on the object
                # ("an invitation from X", "discussed the issue with X") or on the means ("spoke
                # by telephone with X")
                preps += [p for c in verb.children if c.dep_ in ("dobj", "obj")
                          for p in c.children if p.dep_ == "prep"]
                preps += [p for m in verb.children if m.dep_ == "prep" and m.lower_ in ("by", "over", "via")
                          for o in m.children if o.dep_ == "pobj" for p in o.children
                          if p.dep_ == "prep" and p.lower_ == "with"]
            again = [t for t in verb.subtree if t.lower_ == trig.prep and t.dep_ == "conj"]
            # "called on X to ... and on Y to ...": both; "called on Monday on X": X
            yield [_named(o) for q in (*(p for p in preps if p.lower_ == trig.prep), *again)
                   for o in q.children if o.dep_ in ("pobj", "pcomp")]
        if verb.lemma_.lower() in self.lex.taking_verbs:  # "retook the town from X": X loses it,
            # though the parser may hang "from X" on the object ("the village of Y from X")
            taken = [t for c in verb.children if c.dep_ in ("dobj", "obj")
                     for t in (c, *(o for p in c.children if p.lower_ == "of" for o in p.children))]
            yield [o for p in (*preps, *(p for t in taken for p in t.children if p.dep_ == "prep"))
                   if p.lower_ == "from" for o in p.children if o.dep_ == "pobj"]
        objs = [c for c in verb.children if c.dep_ in ("dobj", "dative", "obj")
                or (c.dep_ == "ccomp" and c.tag_ in ("NN", "NNS"))]  # headline slip: "denies US claim"
        objs += [o for c in verb.children if c.dep_ == "ccomp" for o in _compound_owner(c)]
        # "struck what it said were militant camps": the camps
        objs += [n for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
                 and (n := free_relative(c)) is not None]
        if len(objs) > 1:  # "accused X of Y, a charge backed by Z": the restatement is no object
            objs = [o for o in objs if o.left_edge.i == 0 or self._doc[o.left_edge.i - 1].text != ","]
        if objs:
            objs += self._gapped_objects(verb)
        if any(p.dep_ == "prep" and p.lower_ == "as" and o.lemma_.lower() in self.lex.witness_roles
               for p in verb.children for o in p.children):
            objs = []  # "ratified Norway and Cuba as guarantors": given a role, no partner
        if any(o.lemma_.lower() in self.lex.mutual_objects for o in objs):
            # "established ties with X", "deepened cooperation with X": the partner
            yield [p2 for h in (verb, *objs) for p in h.children if p.dep_ == "prep"
                   and p.lower_ == "with" for p2 in p.children if p2.dep_ == "pobj"]
        yield objs
        # "condemned what she called Russia's reckless use of ...": the one the speaker's own
        # naming of the object points at
        yield [j for c in verb.children if c.dep_ == "ccomp"
               and c.lemma_.lower() in self.lex.evaluations.get("verbs", ())
               and any(w.tag_ == "WP" for w in (*objs, *c.children))
               for j in c.children if j.dep_ in ("oprd", "attr", "dobj") and j.tag_ != "WP"]
        # "killed dozens of X", "arrested several of X": the group behind a partitive object
        yield [o for c in objs if c.lower_ in self._partitive for p in c.children
               if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        # "allowed X to deliver", "urged X to withdraw": the object of an object-control verb,
        # which the parser often makes the subject of an infinitival complement (after the verb:
        # "X and Y to monitor truce; Z warns ..." is a headline's clause of its own)
        yield [s for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
        beside = any(p.dep_ == "prep" and p.lower_ == "as" and o.lemma_.lower() in self.lex.witness_roles
                     for p in verb.children for o in p.children)
        for prep in self.lex.target_preps:
            if prep == "with" and (trig.relation not in self.symmetric or beside):
                continue  # "struck X with missiles": an instrument unless the entry says "with"
                # ("signed it, with X and Y as guarantors": beside the parties)
            if not self._target_prep(prep, trig):
                continue
            for p in preps:
                if p.lower_ == prep and p.dep_ in ("prep", "dative"):
                    # "signed a pact at a summit of the bloc": the occasion, not the target
                    yield [_named(t) for o in p.children if (o.dep_ == "pobj" or _named(o) is not o)
                           and not (prep == "at" and o.lemma_.lower() in self.lex.occasion_nouns)
                           for t in (o, *(c for c in o.conjuncts if c.pos_ == "NOUN"))]
        # "returned the paintings to X", "imposed sanctions on X": a recipient or target the
        # parser hung on the object instead of the verb
        for prep in ("to", "on", "against", "upon", "toward", "towards"):
            yield [_named(o) for c in verb.children if c.dep_ in ("dobj", "obj") and c.i not in self._at
                   for p in c.children if p.dep_ == "prep" and p.lower_ == prep
                   for o in p.children if o.dep_ == "pobj" or _named(o) is not o]
        # "urged both sides to build on them": those urged, even unnamed, are the only target
        urged = trig.relation in ("requests", "demands", "invites") and bool(objs)
        for x in verb.children:  # "refused to meet X", "threatened to strike X"
            if x.dep_ == "xcomp" and trig.relation not in self.symmetric and not urged \
                    and verb.lemma_.lower() not in self.lex.denial_verbs:  # "agreed to use force
                # over X": what two sides agree to do names no partner; "denied supporting X":
                # X is no one the denial answers (the support is the negated event)
                yield [c for c in x.children if c.dep_ in ("dobj", "dative")]
                yield [o for p in x.children if p.dep_ == "prep" for o in p.children
                       if o.dep_ == "pobj"]

    # -- event builders ---------------------------------------------------------------
    def _office_holder(self, tok: Token) -> Token:
        """The person named after an office of ``tok``'s actor, when the parser hangs both on the
        owner ("the Association of Southeast Asian Nations' secretary-general, Kao Kim Hourn,
        called ...": the plural possessive makes the owner the subject); else ``tok``."""
        m = self._at.get(tok.i)
        if m is None or m.actor.kind == "person" or m.end >= len(self._doc) \
                or self._doc[m.end].tag_ != "POS":
            return tok
        return next((c for c in tok.children if c.dep_ == "appos" and c.i > m.end
                     and c.i in self._at and self._at[c.i].actor.kind == "person"), tok)

    def _verb_events(self, verb: Token, trig: Trigger) -> list[EventCandidate]:
        if verb.lemma_.lower() in self.lex.claim_verbs and self._claims_an_act(verb):
            return []  # "an attack claimed by Y", "Y claimed responsibility": no accusation
        if any(p.dep_ == "prep" and p.lower_ == "by" and c.dep_ == "pcomp" and c.tag_ == "VBG"
               and self._match(c, self.lex.verbs) is not None for p in verb.children for c in p.children) \
                and not any(t.i in self._at for c in verb.children if c.dep_ in ("dobj", "obj", "prep")
                            and c.lower_ != "by" for t in c.subtree):
            return []  # "retaliated by expelling two diplomats": the means is the act (but
            # "retaliated against Hamas by striking Gaza" is aimed at Hamas)
        agents = hyphen_agents(verb, self._at)
        if agents:
            return self._agent_modifier_events(verb, trig, agents)
        if trig.weak and any(c.dep_ == "ccomp" and any(m.dep_ == "mark" for m in c.children)
                             for c in verb.children) \
                and not any(c.dep_ in ("dobj", "obj") and (c.i in self._at or any(
                    a.dep_ == "appos" and a.i in self._at for a in c.children)) for c in verb.children):
            # "demonstrate to X that ...": an ambiguous verb used to report, not act (but
            # "warned X that ..." and "warned the group's leader, X, that ..." address X)
            return []
        # "was sentenced ... and banned": a verb joined to a passive shares its auxiliary
        shared = verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and not own_clause(verb) \
            and any(c.dep_ == "auxpass" for c in verb.head.children) \
            and not any(c.dep_ in ("dobj", "obj") for c in verb.children)  # ("and accused X": active)
        passive = shared or any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children) \
            or (verb.dep_ == "acl" and verb.tag_ == "VBN"  # "a lawmaker arrested by X"
                and not any(c.dep_ in ("nsubj", "aux") for c in verb.children))
        kept = _kept_in_state(verb)
        if kept is not None:  # "the AU keeps Madagascar suspended": the keeper acts on the kept
            src_toks, tgt_toks, pattern = self._subject_tokens(verb.head), [kept], "verb"
            passive = False
        elif passive:
            src_toks = [p for a in verb.children if a.dep_ == "agent" for p in a.children
                        if p.dep_ == "pobj"] or _low_agents(verb)
            if src_toks:  # "signed by X, head of Z, and his counterpart Y": the parser joins the
                # agent's last conjunct, cut off by an apposition, to the verb, as a conjunct or
                # even an object
                src_toks += [t for c in verb.children if c.dep_ in ("conj", "dobj") and c.i > src_toks[0].i
                             and c.pos_ in ("NOUN", "PROPN") and self._doc[c.left_edge.i - 1].lower_ == "and"
                             for t in (c, *c.children) if t is c or t.dep_ == "appos"]
            tgt_toks = [c for c in (verb.head if shared else verb).children if c.dep_ == "nsubjpass"]
            if not tgt_toks:  # "Also invited were X": the inverted subject hangs on the auxiliary
                tgt_toks = [a for x in verb.children if x.dep_ == "auxpass" and x.i < verb.i + 2
                            for a in x.children if a.dep_ in ("attr", "nsubj")]
            if not tgt_toks and verb.dep_ == "acl":
                tgt_toks = [verb.head]
                if verb.head.lower_ in ("those", "ones") and verb.head.head.lower_ == "among":
                    # "X are among those invited": X
                    tgt_toks = [c for c in verb.head.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            pattern = "passive"
        else:
            src_toks = self._subject_tokens(verb)
            tgt_toks = []
            pattern = "verb"
        sources = [m for t in src_toks for m in self._resolve(t, nested=False)[0]]
        if not sources and not passive:
            sources = [m for t in src_toks for m in self._agentive(t)]
        if not sources and passive and trig.deep:
            # "X was barred from ASEAN meetings": the owner of the trigger's own noun acts
            sources = [m for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                       for o in p.children if o.dep_ == "pobj" for m in self._possessor(o)]
        if not sources and passive and trig.relation in self.lex.location_agent_relations \
                and verb.dep_ != "acl":  # not "soldiers captured in Khartoum" (by whom, unsaid)
            # "X was arrested in Niger", "expelled from North Korea": the state's authorities
            sources = self._located_state([verb], ("in", "from"))
        announced = False
        if not sources and passive and trig.relation in self.lex.speaker_agent_relations:
            sources = self._speaker_agents(verb)  # "X are invited, Egypt's presidency said"
            announced = bool(sources)
        nested_source = False
        if not sources:
            # "the office of X", "fighters loyal to X", "missiles fired by X": the actor behind
            # the subject
            sources = self._inner_actors(src_toks)
            nested_source = bool(sources)
        targets: list[Mention] = []
        nested = nested_source
        if passive and verb.dep_ in ("acl", "advcl") and verb.lemma_.lower() in self.lex.third_parties:
            # "talks mediated by X": X with each party to the talks; "X and Y held talks,
            # mediated by Z": with the parties of the clause
            mediators = {s.actor.id for s in sources}
            mediated = [m for m in (self._parties(verb.head) if verb.dep_ == "acl"
                                    else self._clause_parties(verb.head)) if m.actor.id not in mediators]
            if mediated:
                neg, mod = self._negated(verb), self._modality(verb)
                return [c for a in sources
                        for c in self._pairs(trig, verb, "passive", [a], mediated, neg, mod, True)]
        groups: Iterable[list[Token]] = [tgt_toks] if passive or kept is not None \
            else self._object_groups(verb, trig)
        if passive and tgt_toks and all(t.lemma_.lower() in trig.deep or t.lemma_.lower() in trig.near
                                        for t in tgt_toks):
            # "the plan (was) presented to X and Y by Egypt": the plan is the trigger's own word;
            # whom it was presented to is the target
            groups = [tgt_toks, [o for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                                 for o in p.children if o.dep_ == "pobj"]]
        fallback: tuple[list[Mention], bool] | None = None
        judged = False  # the object is an act whose agent is named: that agent only
        words = set(trig.near) | set(trig.deep)
        for group in groups:
            found: list[Mention] = []
            for t in group:
                if t.lemma_.lower() in words and (t.i not in self._at or self._at[t.i].how == "sector"
                                                  or trig.relation in self.lex.theme_object_relations):
                    # "sent troops to X", "lifted sanctions against X": the trigger's own words
                    # are not the target, though the target may sit inside them
                    if t.i in self._at:
                        # "will not accept Syrian refugees": actors that are the trigger's own
                        # word are the target only when nothing else is (never one's own troops)
                        own = [m for m in self._resolve(t)[0] if not self._theme(m, trig, sources)
                               and not _forces(m)  # "withdrew its troops": what moves
                               and trig.relation not in self.symmetric]  # "exchanged prisoners"
                        fallback = fallback or ((own, False) if own else None)
                        continue
                    owners = [m for c in t.children if c.dep_ == "poss" for m in self._resolve(c)[0]] \
                        if t.lemma_.lower() in self.lex.applicant_nouns else []
                    if owners:  # "approved Sweden's NATO bid": Sweden, not NATO
                        found.extend(owners)
                        continue
                    if self._freeing(t) and trig.relation not in _FREEING:
                        # "welcomed X's release": whoever freed X (by Y, or an earlier act), not X
                        found.extend(self._event_agents(t))
                        nested, judged = True, True
                        continue
                    ms, was_nested = self._resolve(t, nested=True, places=trig.relation not in self.symmetric)
                    poss = {m.actor.id for c in t.children if c.dep_ in ("poss", "compound", "amod")
                            for m in self._resolve(c)[0]}
                    if ms and all(m.actor.id in poss for m in ms):
                        # "reiterated Turkey's support for X", "renewed UN sanctions on X": the
                        # owner of the trigger's noun is on the source's side; the target follows
                        ms = [m for c in t.children if c.dep_ == "prep"
                              for o in c.children if o.dep_ == "pobj"
                              for m in self._resolve(o, nested=True)[0]][:1] or ms
                    found.extend(ms)
                    nested = nested or was_nested
                    continue
                authors = self._authors(t, trig)
                if authors and trig.relation in self.symmetric and len(sources) >= 2:
                    authors = []  # "X and Y signed a deal drafted by Z": each other, not Z
                if authors:  # "vetoed a UK-drafted resolution": the UK, not the resolution's topic
                    found.extend(authors)
                    nested = True
                    continue
                doers = self._event_agents(t) if self._victim_event(t, trig) else []
                if doers or (self._freeing(t) and (self._asks(verb) or trig.relation not in _FREEING)):
                    # "condemned the arrest of X by Y": Y; "welcomed X's release": not X, freed
                    found.extend(doers)
                    nested, judged = True, True
                    continue
                # an ambiguous verb looks inside its object only for force, whose victims sit
                # deep in it ("killed two engineers of a company in Kharkiv")
                deep = not trig.weak or trig.relation in self.lex.location_target_relations
                ms, was_nested = self._resolve(t, nested=deep, places=trig.relation not in self.symmetric)
                if not ms and trig.weak:
                    ms, was_nested = self._possessor(t), True
                found.extend(m for m in ms if not self._theme(m, trig, sources)
                             and not self._own_forces(m, sources))
                nested = nested or was_nested
            if found and all(m.how == "sector" for m in found):
                fallback = fallback or (found, nested)  # a bare "police" only if nothing better
                continue
            if found and trig.relation in self.lex.theme_object_relations \
                    and all(m.how in ("ner", "guess") and t.dep_ in ("dobj", "obj")
                            for m in found for t in group):
                # "provided ODA to Indonesia", "moved a Patriot battery": a name NER found in
                # the object of giving or deploying is most often the thing given
                fallback = fallback or (found, nested)
                continue
            if found:
                targets = found
                break
        if not targets and fallback is not None:
            # "telephoned X to request more soldiers": X is asked, not the soldiers
            purposed = self._target_purpose(verb, trig, sources, passive)[0]
            targets, nested = (purposed, nested) if purposed else fallback
        pair = trig.relation in self.symmetric and len(sources) >= 2  # "X and Y agreed": each other
        # "urged the international community to cut off the group's funding": those urged, even
        # unnamed, are the only target
        urged = trig.relation in ("requests", "demands", "invites") \
            and any(c.dep_ in ("dobj", "obj") for c in verb.children) \
            and any(c.dep_ == "xcomp" for c in verb.children)
        if targets and trig.relation in self.lex.sides_objects.get("relations", ()) and all(
                m.how == "place" or (m.how == "metonym" and self._doc[m.end - 1].head.lower_ in ("in", "at"))
                for m in targets):
            targets = []  # "proposed a truce in Kordofan", "offered to host it in Doha": where, not to whom
        if not targets and not judged and not pair and not urged:
            for name in self.lex.target_finders:  # the last resorts, in the order the data gives
                found, deeper, named = _TARGET_FINDERS[name](self, verb, trig, sources, passive)
                if found:
                    targets, nested, pattern = found, nested or deeper, named or pattern
                    break
        if trig.relation in self.lex.envoys.get("relations", ()):
            targets = [self._envoy_state(m) or m for m in targets]
        if trig.reverse:  # "Kenya received a loan from China": China acts
            sources, targets = targets, sources
        own_ids = {m.actor.id for m in sources}
        targets = [m for m in targets if not (m.how == "pronoun" and m.actor.id in own_ids)]
        negated = self._negated(verb)
        modality = self._modality(verb)
        each_other = reciprocal(verb)
        each = any(m.text[:5].lower() == "each " for m in sources)
        if each and all(t.how == "sector" for t in targets):
            targets = []  # "each side released 84 prisoners": to the other side
        # a mutual object makes the act mutual when the trigger was read on it, or needs no word
        # ("recalled their ambassadors"; not "sent their ambassadors back and reopened supply routes")
        mutual = each_other or each or self._armed_clash(verb) or any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in self.lex.mutual_objects
            and (not (trig.deep or trig.near) or c.lemma_.lower() in (*trig.deep, *trig.near))
            for c in verb.children)
        if (not targets or each_other) and len(sources) >= 2 and mutual \
                and trig.relation not in self.symmetric:
            # "the US and Sudan are upgrading ties", "X and Y accused each other": each acts on
            # the other
            out = []
            for a in sources:
                out.extend(self._pairs(trig, verb, pattern, [a], [b for b in sources if b is not a],
                                       self._negated(verb), self._modality(verb), nested))
            return out
        if not targets and trig.relation not in self.symmetric \
                and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() not in words
                        for c in verb.children):
            sources = sources[:1]  # "X and Y welcomed the visit": no pairing of X with Y
        if trig.head in self.lex.pair_verbs and not (trig.prep or trig.near):
            targets = []  # "X and Y spoke on Monday": each other; "X spoke on Ukraine": no one
        if negated and trig.head in self.lex.refused_when_negated and not (trig.near or trig.deep):
            # "Venezuela does not recognise the court": a refusal, not a recognition denied
            trig, negated = replace(trig, relation="rejects", cameo=None), False
        if passive and verb.dep_ == "acl":  # "a proposal put forward by X and Y": the noun's
            # own agents are not whom it is aimed at
            mine = {m.actor.id for m in sources}
            targets = [m for m in targets if m.actor.id not in mine]
            if not targets and trig.relation in self.lex.answered_relations \
                    and phrasal(verb.head.head) not in self.lex.negating_governors:
                # "Hamas accepted a proposal put forward by X": made to Hamas (one may reject a
                # proposal made to others)
                targets = [m for m in self._answerers(verb.head) if m.actor.id not in mine]
        if nested and targets and trig.relation in self.symmetric and len(sources) >= 2 \
                and verb.lemma_.lower() not in self.lex.third_parties:
            targets = []  # "X and Y signed the agreement drafted by Z": each other, not Z (but
            # "X and Y mediated talks between them": the talks' parties)
        out = self._pairs(trig, verb, pattern, sources, targets, negated, modality, nested) + [
            c for o in verb.children if o.dep_ in ("dobj", "obj")
            for c in self._between_pairs(o, verb, trig, pattern, negated, modality)]
        for c in out:  # the one who announced an act of their side: the extractor names the side
            c.extra["announced"] = announced
        return out

    # -- last-resort target finders (their order is ``target_finders`` in triggers.json) -----------
    def _target_deep_object(self, verb: Token, trig: Trigger, sources: list[Mention], passive: bool
                            ) -> tuple[list[Mention], bool, str | None]:
        """The first actor in the object's phrase, however deep, unless a clause of its own
        (with a subject) holds it; for an ambiguous trigger only a recipient ("returned a
        painting stolen in 1989 from a gallery to X")."""
        if not sources or passive:
            return [], False, None
        preps = ("to", "against", "upon", "toward", "towards") if trig.weak else None
        found = [m for m in self._deep_object(verb, preps=preps, relation=trig.relation,
                                              near=(*trig.near, *trig.deep))
                 if not self._theme(m, trig, sources)]
        return found, True, None

    def _envoy_state(self, m: Mention) -> Mention | None:
        """The state whose envoy ``m`` is named as ("summoned Azerbaijan's ambassador, Jane Doe")."""
        name = self._doc[m.end - 1]
        if m.actor.kind != "person" or m.how == "pronoun" or name.dep_ != "appos" \
                or name.head.lemma_.lower() not in self.lex.envoys.get("titles", ()):
            return None
        return next((self._at[c.i] for c in name.head.children if c.dep_ in ("poss", "compound")
                     and c.i in self._at and self._at[c.i].actor.kind == "state"), None)

    def _target_location(self, verb: Token, trig: Trigger, sources: list[Mention], passive: bool
                         ) -> tuple[list[Mention], bool, str | None]:
        """For force: "struck a power station in Kharkiv", "imposed a curfew in Basra" act on the
        state where it happened, when the object names no actor."""
        if trig.relation not in self.lex.location_target_relations:
            return [], False, None
        heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))]
        return self._located_state(heads, ("in", "inside", "across", "throughout")), True, None

    def _target_clause_subject(self, verb: Token, trig: Trigger, sources: list[Mention], passive: bool
                               ) -> tuple[list[Mention], bool, str | None]:
        """For demands and the like: "demanded that X resign", "reiterated its demand that X ease"."""
        if trig.relation not in self.lex.clausal_target_relations:
            return [], False, None
        words = set(trig.near) | set(trig.deep)
        clauses = [*verb.children, *(c for o in verb.children if o.dep_ == "dobj"
                                      and o.lemma_.lower() in words for c in o.children)]
        heads = [c for c in clauses
                 if c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "acl" and c.head.i != verb.i)]
        found = [m for c in heads for s in c.children if s.dep_ in SUBJ
                 for m in self._resolve(s, nested=not trig.weak)[0]]
        return found, False, None

    def _target_condition(self, verb: Token, trig: Trigger, sources: list[Mention], passive: bool
                          ) -> tuple[list[Mention], bool, str | None]:
        """For a hostile act announced, not done: "Israel will strike if Hezbollah violates the
        deal", "would respond unless X withdrew": the one whose act is the condition. A threat
        with no one named is aimed at its condition's subject ("threatened to close the strait if
        the US attacked")."""
        heads = [verb]
        if trig.relation == "threatens" and not passive:
            # "Iran threatened to close the strait if the US attacked it": the threat's own
            # condition, on the verb or on the act it threatens
            heads += [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
        elif trig.relation not in self.lex.threats.get("relations", ()) or passive \
                or self._modality(verb) == "asserted":
            return [], False, None
        marks = self.lex.threats["conditions"]
        found = [m for h in heads for c in h.children if c.dep_ == "advcl"
                 and any(k.dep_ == "mark" and k.lower_ in marks for k in c.children)
                 for s in c.children if s.dep_ in SUBJ
                 for m in self._resolve(s)[0] if m.how != "place"]
        return found[:1], False, None

    def _target_conjunct(self, verb: Token, trig: Trigger, sources: list[Mention], passive: bool
                         ) -> tuple[list[Mention], bool, str | None]:
        """For a hostile act, the one the verb it is joined to acts on: "accused Islamabad of ...
        and imposed diplomatic measures" imposes them on Islamabad."""
        return self._conjunct_target(verb, trig, sources, passive), False, None

    def _conjunct_target(self, verb: Token, trig: Trigger, sources: list[Mention], passive: bool
                         ) -> list[Mention]:
        if passive or verb.dep_ != "conj" or trig.relation not in self.lex.threats.get("relations", ()) \
                or not sources:
            return []
        first = verb.head
        while first.dep_ in ("pcomp", "pobj", "prep") and first.head.i != first.i:
            first = first.head  # "accused X of meddling and imposed ...": joined to the gerund
        own = {m.actor.id for m in sources}
        objs = [c for c in first.children if c.dep_ in ("dobj", "obj") and c.i < verb.i]
        return [m for o in objs for m in self._resolve(o)[0] if m.actor.id not in own][:1]

    def _target_purpose(self, verb: Token, trig: Trigger, sources: list[Mention], passive: bool
                        ) -> tuple[list[Mention], bool, str | None]:
        """For a request, whom the meeting or call it was the purpose of was with: "telephoned
        X and Y to request more soldiers" asks X and Y."""
        head = verb.head
        if passive or not sources or trig.relation not in ("requests", "demands") \
                or verb.dep_ not in ("advcl", "xcomp") or head.pos_ != "VERB" \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return [], False, None
        met = self._match(head, self.lex.verbs)
        if met is None or met.relation != "meets":
            return [], False, None
        own = {m.actor.id for m in sources}
        return [m for o in head.children if o.dep_ in ("dobj", "obj") for t in (o, *o.conjuncts)
                for m in self._resolve(t)[0] if m.actor.id not in own], False, None

    def _target_sides(self, verb: Token, trig: Trigger, sources: list[Mention], passive: bool
                      ) -> tuple[list[Mention], bool, str | None]:
        """For a truce, talks or a meeting proposed to no one named ("Egypt and Saudi Arabia
        proposed a humanitarian truce", "offered to host a follow-up meeting"): the two sides
        of the article, the pair it last called "both sides" or else the two states or named
        groups it names most, neither of them a proposer (``sides_objects`` in triggers.json)."""
        spec = self.lex.sides_objects
        if passive or not sources or trig.relation not in spec.get("relations", ()):
            return [], False, None
        heads = [verb, *(x for x in verb.children if x.dep_ == "xcomp")]  # "offered to host a meeting"
        if not any(o.dep_ in ("dobj", "obj") and o.lemma_.lower() in spec["nouns"]
                   for h in heads for o in h.children):
            return [], False, None
        own = {m.actor.id for m in sources}
        before = [m for m in self._mentions if m.end <= verb.i and m.how != "pronoun"]
        pair = next(((m, replace(m, actor=m.others[0], others=())) for m in reversed(before)
                     if m.how == "reference" and len(m.others) == 1 and m.actor.kind != "person"
                     and m.others[0].kind != "person" and not own & {m.actor.id, m.others[0].id}), None)
        if pair is None:
            pair = leading_pair([m for m in before if m.actor.id not in own and not m.others and (
                m.actor.kind in ("state", "state_organ") or (m.actor.kind == "group" and m.how != "sector"))])
        if pair is None:
            return [], False, None
        return list(pair), True, None

    def _target_distant(self, verb: Token, trig: Trigger, sources: list[Mention], passive: bool
                        ) -> tuple[list[Mention], bool, str | None]:
        """"launched an investigation in the wake of reports about a detention center in Texas":
        the first actor anywhere in the verb's own clause, at lower confidence."""
        if not sources or passive or (trig.weak and trig.relation not in self.lex.location_target_relations):
            return [], False, None
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if objects and any(_charge(p) for h in (verb, *objects) for p in h.children):
            # "accused 'some foreign circles' of turning opinion against X": the object is the
            # one charged, though no actor; X is who they acted on
            return [], False, None
        mutual = trig.relation in self.symmetric
        meets = trig.relation in self.lex.meeting_frame_relations
        own = {a.actor for m in sources for a in m.actor.affiliations} if not mutual else set()
        return self._distant_target(verb, mutual, {verb.i} if meets else frozenset(), own), True, "distant"

    def _own_event_agent(self, tok: Token) -> bool:
        """True for "UAE" in "a UAE-mediated exchange" (or its participle): an actor of its own event."""
        verb = tok if tok.dep_ == "amod" else tok.head
        return verb.lemma_.lower() in self.lex.own_event_participles and bool(hyphen_agents(verb, self._at))

    def _agent_modifier_events(self, verb: Token, trig: Trigger, agents: list[Token]
                               ) -> list[EventCandidate]:
        """"Iran-backed rebels", "a UAE-mediated exchange between X and Y", "China-brokered deal":
        the actor joined to the participle acts, on the noun when it is an actor, else on the
        parties of the clause the noun belongs to."""
        sources = [m for t in agents for m in self._resolve(t)[0]]
        noun = verb.head
        targets = self._resolve(noun)[0]
        if not targets:
            gov = noun
            while gov.dep_ not in ("ROOT",) and gov.pos_ not in ("VERB", "AUX"):
                gov = gov.head
            parties = [m for t in self._subject_tokens(gov) for m in self._resolve(t)[0]] \
                if gov.pos_ in ("VERB", "AUX") else []
            if trig.relation in self.symmetric or len(parties) >= 2:
                targets = parties
        return self._pairs(trig, verb, "verb", sources, targets, self._negated(noun.head),
                           self._modality(noun.head), False)

    def _obligation_events(self, verb: Token) -> list[EventCandidate]:
        """"X said Y must withdraw", "X insists Y should pay": the speaker demands of Y."""
        if self._obligation is None:
            return []
        trig, modals = self._obligation
        targets: list[Mention] = []
        for c in verb.children:
            if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in modals for a in c.children):
                for subj in c.children:
                    if subj.dep_ in ("nsubj", "nsubjpass"):
                        targets.extend(m for m in self._resolve(subj, nested=True, places=False)[0]
                                       if m.how != "place")
        if not targets:
            return []
        src_toks = self._subject_tokens(verb)
        sources = [m for t in src_toks for m in self._resolve(t)[0]]
        if not sources:
            sources = self._inner_actors(src_toks)
        own = {m.actor.id for m in sources}
        targets = [m for m in targets if m.actor.id not in own]  # "X said it must ..." is no demand
        return self._pairs(trig, verb, "verb", sources, targets, self._negated(verb),
                           self._modality(verb), True)

    def _quoted_obligations(self) -> list[EventCandidate]:
        """""Rwanda must withdraw its troops. There is no other way," the minister said": in a
        quotation of several sentences, a sentence that puts another side under an obligation is
        the speaker's demand, though its reporting verb stands in another sentence."""
        if self._obligation is None or not self._speakers:
            return []
        trig = self._obligation[0]
        root = self.sent.root
        if not any(a.dep_ == "aux" and a.lower_ in self._quoted_modals for a in root.children):
            return []
        own = {m.actor.id for m in self._speakers} | {
            a.actor for m in self._speakers for a in m.actor.affiliations}
        targets = [m for s in root.children if s.dep_ in ("nsubj", "nsubjpass")
                   for m in self._resolve(s, nested=True, places=False)[0]
                   if m.how not in ("place", "pronoun") and m.actor.id not in own]
        return self._pairs(trig, root, "verb", self._speakers, targets, self._negated(root),
                           self._modality(root), True)

    def _inner_actors(self, toks: list[Token]) -> list[Mention]:
        """Actors inside non-actor phrases ("the office of X", "fighters loyal to X"), not places."""
        return [m for t in toks for m in self._resolve(t, nested=True, places=False)[0]
                if m.how != "pronoun"]

    def _located_state(self, heads: list[Token], preps: tuple[str, ...]) -> list[Mention]:
        """The first state (by name, capital or place) after one of ``preps`` on ``heads``.

        The place may be nested: "in a village in Somalia".
        """
        for _level in range(3):
            objs = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in preps
                    for o in p.children if o.dep_ == "pobj"]
            # (also "around Taiwan island", "off the Yemen coast": a place word the state names)
            named = [c for o in objs if o.i not in self._at and o.lower_ in self._place_heads
                     for c in o.children if c.dep_ == "compound" and c.i in self._at]
            found = [m for o in (*objs, *named) if o.i in self._at for m in [self._at[o.i]]
                     if m.actor.kind == "state" and m.how != "pronoun"]
            if found:
                return found[:1]
            heads = [o for o in objs if o.i not in self._at]
        return []

    def _distant_target(self, verb: Token, mutual: bool = False,
                        meetings: AbstractSet[int] = frozenset(),
                        own: AbstractSet[str] = frozenset()) -> list[Mention]:
        """The first actor right of ``verb`` at any depth of its clause (no sector, no pronoun).

        For a ``mutual`` relation a hostile act agreed to is left out: "agreed to impose
        sanctions on X" makes X no partner of the agreement. A state where one of the
        ``meetings`` words takes place is its venue (:func:`_venue`). The ``own`` side of the
        source is no target ("refused to sign a declaration on reopening his country's border
        with Rwanda": Rwanda), nor is an actor in what the object is called ("as a violation of
        X's sovereignty").
        """
        if any(c.dep_ in ("dobj", "obj") and c.pos_ == "PRON" for c in verb.children):
            return []  # "sentenced him to ten years for spying for X": he is the target, unknown
        predicative = any(c.dep_ in ("dobj", "obj") for c in verb.children)
        return self._first_actor([c for c in verb.children if c.i > verb.i and c.dep_ in _DISTANT_DEPS
                                  and not (mutual and c.dep_ in ("xcomp", "advcl") and self._hostile(c))
                                  # "condemned the strikes as a violation of Yemen's sovereignty":
                                  # what the object is called, not whom the act is aimed at
                                  and not (predicative and c.dep_ == "prep" and c.lower_ == "as")],
                                 lambda t, m: m.how not in ("pronoun", "sector") and not _forum(t, m)
                                 and m.actor.id not in own
                                 and not _venue(t, m, self._place_heads, meetings))

    def _deep_object(self, verb: Token, preps: tuple[str, ...] | None = None,
                     relation: str | None = None, near: tuple[str, ...] = ()) -> list[Mention]:
        """The first actor inside the verb's object, at any depth (only after ``preps`` if given).

        An object that names the verb's own event ("renewed UN sanctions on X") keeps its agent
        modifier out: the UN imposes the sanctions, X is their target. A word the trigger needs
        near its verb counts as an object whatever the parser made of it ("stood shoulder to
        shoulder with X", "shoulder" read as a modifier).
        """
        roots = [c for obj in verb.children if (obj.dep_ in ("dobj", "obj") or obj.lemma_.lower() in near)
                 and obj.lower_ not in self._relational  # "accused X's allies": not X
                 and obj.lemma_.lower() not in self._relational for c in obj.children
                 if not (c.dep_ in ("compound", "amod") and relation is not None
                         and self._names_event(obj, relation)) and not _charge(c)
                 and not self._harmed(obj, c)]
        venues = relation in self.symmetric  # "host a summit of the member states in Astana"
        return self._first_actor(roots, lambda t, m: m.how not in ("pronoun", "place") and (
            preps is None or (t.dep_ == "pobj" and t.head.lower_ in preps))
            and not _forum(t, m) and not (venues and _venue(t, m, self._place_heads)))

    def _first_actor(self, roots: list[Token], accept) -> list[Mention]:
        """The first mention ``accept(token, mention)`` takes, depth first from ``roots`` in order.

        Clauses with a subject of their own are other events and relational heads ("X's allies")
        name someone else: neither is entered.
        """
        stack = list(reversed(roots))
        while stack:
            t = stack.pop()
            if t.dep_ in SUBJ or t.dep_ == "agent" or self._own_event_agent(t) or hyphen_agents(t, self._at) \
                    or (t.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJ for c in t.children)):
                continue  # another event's subject or agent ("a deal facilitated by X", "Kremlin-funded")
            if t.lower_ in self._relational or t.lemma_.lower() in self._relational \
                    or t.lemma_.lower() in self.lex.subjective_of_nouns:
                continue  # "X's allies" name others; "at the request of X" names who asked
            if t.lower_ in _SOURCE_AND_REASON_WORDS and t.dep_ in ("prep", "advmod", "amod", "acomp"):
                continue  # "according to X" tells who says; "due to a ban by X" says why
            m = self._at.get(t.i)
            if m is not None and accept(t, m):
                return [m]
            stack.extend(reversed([c for c in t.children if not self._harmed(t, c)]))
        return []

    def _harmed(self, noun: Token, child: Token) -> bool:
        """True when ``child`` names the one ``noun`` harms ("Suu Kyi's detention", "the killing
        of X"): an act on the harm is aimed at whoever did it, not at its victim."""
        if noun.lemma_.lower() not in self.lex.patient_nouns or (
                noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in self.lex.sympathy_nouns):
            return False  # ("condolences on the killing of X": with X)
        if child.dep_ == "prep":
            return child.lower_ == "of"
        # "Suu Kyi's detention", "the Navalny poisoning"; not "Russia's detention of X"
        return child.dep_ in ("poss", "compound") and child.i in self._at \
            and self._at[child.i].actor.kind == "person" \
            and not any(p.dep_ == "prep" and p.lower_ == "of" for p in noun.children)

    def _own_forces(self, m: Mention, sources: list[Mention]) -> bool:
        """Forces owned by a source through a pronoun ("willing to withdraw its troops")."""
        if not _forces(m):
            return False
        own = {s.actor.id for s in sources}
        head = self._doc[m.end - 1]
        return any(c.dep_ == "poss" and c.i in self._at and self._at[c.i].actor.id in own
                   for c in head.children)

    def _theme(self, m: Mention, trig: Trigger, sources: list[Mention]) -> bool:
        """Forces sent or deployed are what moves, not the target ("mobilized troops")."""
        if trig.relation not in self.lex.theme_object_relations:
            return False
        if m.how == "sector":  # troops and police are sent; refugees and civilians are received
            return _forces(m)
        own = {a.actor for s in sources for a in s.actor.affiliations} | {s.actor.id for s in sources}
        return m.how == "organ" and any(a.actor in own for a in m.actor.affiliations)

    def _target_prep(self, prep: str, trig: Trigger) -> bool:
        """Whether ``prep`` may introduce the target of ``trig``: partners in a joint act act on
        whoever follows "against", not with them ("joint operations against X")."""
        return not (prep == "against" and trig.relation in self.symmetric)

    def _light_objects(self, verb: Token) -> list[Token]:
        out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        for p in verb.children:
            if p.dep_ == "prep" and p.lower_ in self.lex.light_verb_preps:
                out.extend(o for o in p.children if o.dep_ == "pobj")
        for o in list(out):
            out.extend(c for c in o.children if c.dep_ == "conj")
            if o.lemma_.lower() in self.lex.claimed_nouns:  # "claimed responsibility for the attack"
                out.extend(p for c in o.children if c.dep_ == "prep" and c.lower_ == "for"
                           for p in c.children if p.dep_ == "pobj")
            if o.lower_ in self._partitive:  # "inflicted some of the deadliest attacks"
                out.extend(p for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                           for p in c.children if p.dep_ == "pobj")
        return out

    def _noun_targets(self, noun: Token, trig: Trigger, skip: AbstractSet[int] = frozenset()
                      ) -> tuple[list[Mention], bool]:
        agentive_of = noun.lemma_.lower() in self.lex.subjective_of_nouns  # "the mediation of X"
        order = ([trig.prep] if trig.prep else []) + [p for p in self.lex.noun_target_preps
                                                       if p != trig.prep and p != "by"
                                                       and not (agentive_of and p == "of")
                                                       and self._target_prep(p, trig)]
        preps = [c for c in noun.children if c.dep_ == "prep"]
        for name in order:
            for p in preps:
                if p.lower_ != name:
                    continue
                for o in p.children:
                    if (o.dep_ == "pobj" or _named(o) is not o) and o.i not in skip:  # "strikes on
                        ms, nested = self._resolve(_named(o), nested=True)  # what it called X's bases"
                        # "attacks on a US ship and a British vessel": each ship's flag
                        # (not "support to X and concern over Y": a conjunct with a phrase of its own)
                        ms = unique([*ms, *(m for c in o.conjuncts if c.pos_ in ("NOUN", "PROPN")
                                            and c.i not in self._at and c.i not in skip
                                            and not any(p.dep_ == "prep" for p in c.children)
                                            for m in self._resolve(c, nested=True)[0])])
                        if trig.relation in self.lex.theme_object_relations:
                            # "the deployment of police officers to Haiti": what is sent, not where
                            ms = [m for m in ms if not _forces(m)]
                        if ms:
                            return ms, nested
        visiting = self.lex.hosted_visits
        for c in noun.children:  # "its refusal to engage with X", "a threat to strike X"
            # (but "an invitation to visit Paris" names where, not whom)
            if c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) \
                    and not (trig.relation == visiting.get("invitation")
                             and c.lemma_.lower() in visiting.get("going", ())):
                objs = [o for o in c.children if o.dep_ in ("dobj", "obj", "dative")]
                objs += [o for p in c.children if p.dep_ == "prep" and p.lower_ in self.lex.target_preps
                         for o in p.children if o.dep_ == "pobj"]
                for o in objs:
                    if o.i not in skip:
                        ms, nested = self._resolve(o, nested=True, places=False)
                        if ms:
                            return ms, True
        if trig.relation in self.lex.clausal_target_relations:
            # "its demand that the US ease sanctions": the subject of the demanded clause
            for c in noun.children:
                if c.dep_ in ("ccomp", "acl", "relcl") and any(m.dep_ == "mark" for m in c.children):
                    for subj in c.children:
                        if subj.dep_ in SUBJ and subj.i not in skip:
                            ms, nested = self._resolve(subj, nested=not trig.weak)
                            if ms:
                                return ms, nested
        return [], False

    def _light_events(self, verb: Token, noun: Token, trig: Trigger) -> list[EventCandidate]:
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        if passive:
            src_toks = [p for a in verb.children if a.dep_ == "agent" for p in a.children
                        if p.dep_ == "pobj"]
        else:
            src_toks = self._subject_tokens(verb)
        if src_toks and all(t.lemma_.lower() in self.lex.third_parties for t in src_toks):
            # "Kenyan mediation brought about a truce between X and Y": the mediator is no party
            # (it meets them: :meth:`_mediated_parties`)
            return self._between_pairs(noun, noun, trig, "light", self._negated(verb), self._modality(verb))
        sources = [m for t in src_toks for m in self._resolve(t)[0]]
        owners = [self._at[c.i] for c in noun.children if c.dep_ == "poss" and c.i in self._at
                  and self._at[c.i].how != "pronoun"  # (not "his administration's commitment")
                  and not any(t.tag_ == "PRP$" for t in self._doc[self._at[c.i].start:self._at[c.i].end])]
        if owners and not passive and not {m.actor.id for m in owners} & {m.actor.id for m in sources}:
            sources = owners  # "Turkey approved Sweden's bid to join NATO": the bid is Sweden's
        if not sources:
            sources = [m for t in src_toks for m in self._agentive(t)]
        if not sources and passive and trig.relation in self.lex.speaker_agent_relations:
            sources = self._speaker_agents(verb)  # "invitations were sent to X, Y said"
        if not sources:  # "the council renewed UN sanctions on X": the noun's own agent
            sources = self._noun_agents(noun, trig)
        nested_source = False
        if not sources and not trig.weak:  # "fighters loyal to X launched an attack on Y"
            sources = self._inner_actors(src_toks)
            nested_source = bool(sources)
        targets, nested = self._noun_targets(noun, trig)
        nested = nested or nested_source
        if not targets:
            used = {o.i for o in self._light_objects(verb)}
            for prep in (p for p in self.lex.target_preps if self._target_prep(p, trig)):
                for p in verb.children:
                    if p.dep_ in ("prep", "dative") and p.lower_ == prep:
                        for o in p.children:
                            if o.dep_ == "pobj" and o.i not in used \
                                    and o.lemma_.lower() not in self.lex.subjective_of_nouns:
                                ms, n2 = self._resolve(o, nested=True)
                                targets.extend(ms)
                                nested = nested or n2
                if targets:
                    break
        if not targets and trig.relation in self.lex.location_target_relations:
            # "staged drills around Taiwan", "carried out raids in Somalia": where force is shown
            targets = self._located_state([verb, noun], _AROUND)
            nested = nested or bool(targets)
        pattern = "light"
        pair = trig.relation in self.symmetric and len(sources) >= 2  # "X and Y held talks": each other
        if pair:  # "X and Y held talks on the Z dispute": Z is what they discussed, not a party
            targets = [m for m in targets if not _in_topic(self._doc[m.end - 1], noun)]
        if not targets and len(sources) >= 2 and not pair and noun.lemma_.lower() in self.lex.mutual_objects:
            # "Ethiopia and Eritrea fought a border war": each on the other
            negated = self._negated(verb) or self._noun_negated(noun)
            modality = stronger(self._modality(verb), self._noun_modality(noun))
            return [c for a in sources for c in self._pairs(
                trig, noun, pattern, [a], [b for b in sources if b is not a], negated, modality, nested)]
        if not targets and sources:  # "accused X of ... and imposed diplomatic measures"
            targets = self._conjunct_target(verb, trig, sources, passive)
            nested = nested or bool(targets)
        if not targets and sources and not trig.weak and not pair:  # "announced funding ... in X"
            mutual = trig.relation in self.symmetric
            meets = trig.relation in self.lex.meeting_frame_relations
            targets = self._distant_target(verb, mutual, {verb.i, noun.i} if meets else frozenset())
            if targets:
                pattern, nested = "distant", True
        negated = self._negated(verb) or self._noun_negated(noun)
        modality = stronger(self._modality(verb), self._noun_modality(noun))
        if verb.lemma_.lower() in self.lex.promise_verbs:  # "pledged aid to X": not yet given
            modality = stronger(modality, "planned")
        return self._pairs(trig, noun, pattern, sources, targets, negated, modality, nested) \
            + self._between_pairs(noun, noun, trig, pattern, negated, modality)

    def _between_pairs(self, noun: Token, tok: Token, trig: Trigger, pattern: str, negated: bool,
                       modality: str) -> list[EventCandidate]:
        """"X hosted talks between A and B": A and B meet each other too, not only X (when the
        noun names that very relation: a "swap between A and B" is no meeting of theirs)."""
        own = self._match(noun, self.lex.nouns)
        if trig.relation not in self.symmetric or own is None or own.relation != trig.relation:
            return []
        between = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("between", "among")
                   for o in p.children if o.dep_ == "pobj"]
        parties, couples = self._listed_parties(between)
        if couples:
            return [c for a, b in couples
                    for c in self._pairs(trig, tok, pattern, [a], [b], negated, modality, True)]
        return [c for i, a in enumerate(parties)
                for c in self._pairs(trig, tok, pattern, [a], parties[i + 1:], negated, modality, True)]

    def _restated(self, noun: Token, between: list[Token]) -> list[Token]:
        """The names that restate a "between" phrase after a comma ("talks between the two
        countries' presidents, X and Y"), which the parser hangs on the phrase or on ``noun``."""
        last = max(o.right_edge.i for o in between)
        if last + 2 >= len(self._doc) or self._doc[last + 1].text != ",":
            return []
        return [t for o in (*between, noun) for t in o.children
                if t.dep_ in ("appos", "conj") and t.left_edge.i == last + 2]

    def _listed_parties(self, between: list[Token]) -> tuple[list[Mention], list[list[Mention]]]:
        """The actors a "between" phrase lists, and its couples when it lists pairs ("talks
        between X and Y and X and Z": X with Y and X with Z, not everyone with everyone)."""
        members = unique([m for o in between for m in self._resolve(o)[0]])
        if len(members) < 2:  # "the meeting of the Russian and Ukrainian presidents"
            members = unique([*members, *self._demonym_parties(between)])
        listed = [self._at[t.i] for o in between for t in sorted({o, *o.conjuncts}, key=lambda t: t.i)
                  if t.i in self._at]
        if len(members) < len(listed) and len(listed) % 2 == 0:
            return members, [listed[i:i + 2] for i in range(0, len(listed), 2)]
        return members, []

    def _demonym_parties(self, heads: list[Token]) -> list[Mention]:
        """The states of joined demonyms on a plural noun ("the Russian and Ukrainian presidents")."""
        found = [self._at[d.i] for h in heads if h.tag_ in ("NNS", "NNPS") and h.i not in self._at
                 for a in h.children if a.dep_ == "amod"
                 for d in (a, *a.conjuncts) if d.i in self._at and self._at[d.i].how == "demonym"]
        return unique(found) if len(found) >= 2 else []

    def _nominal_events(self, noun: Token, trig: Trigger) -> list[EventCandidate]:
        pattern = "nominal"
        sources: list[Mention] = []
        targets: list[Mention] = []
        nested = False
        symmetric = trig.relation in self.symmetric
        pair_preps = ("between", "among", "of") if symmetric \
            and noun.lemma_.lower() not in self.lex.subjective_of_nouns else ("between", "among")
        between = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in pair_preps
                   for o in p.children if o.dep_ == "pobj"]
        if not between and symmetric:  # "discussions involving X, Y and Z"
            between = [o for v in noun.children if v.dep_ == "acl" and v.lemma_.lower() == "involve"
                       for o in v.children if o.dep_ in ("dobj", "obj")]
        if not between and noun.dep_ in ("nsubjpass", "nsubj", "dobj"):
            # "no meeting has been scheduled between X and Y"
            between = [o for p in noun.head.children if p.dep_ == "prep" and p.lower_ == "between"
                       for o in p.children if o.dep_ == "pobj"]
        couples: list[list[Mention]] = []
        if between:
            members, pairs = self._listed_parties(between)
            if len(members) < 2:  # "talks between the two presidents, X and Y": the names
                restated = self._restated(noun, between)
                if restated:
                    members, pairs = self._listed_parties(restated)
            if symmetric and pairs:  # "talks between X and Y and X and Z"
                couples = pairs
            elif len(members) >= 2 and symmetric:
                sources = members  # every two of them talk to each other
            elif len(members) >= 2 and noun.lemma_.lower() in self.lex.mutual_objects:
                # "the war between X and Y", "clashes between X and Y": each on the other
                couples = [[a, b] for a in members for b in members if a is not b]
            elif len(members) >= 2:
                sources, targets = [members[0]], members[1:]
        if not sources:
            poss = [c for c in noun.children if c.dep_ == "poss"]
            agent_preps = ("by", "of") if noun.lemma_.lower() in self.lex.subjective_of_nouns else ("by",)
            if trig.relation in self.lex.answered_relations and trig.prep != "from":
                agent_preps = (*agent_preps, "from")  # "a warning from Washington", "a call from X"
            by = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in agent_preps
                  for o in p.children if o.dep_ == "pobj"]
            victim = trig.relation in self.lex.victim_event_relations
            if not by and (victim or not poss):
                by = _agents_on_verb(noun)
            victims: list[Mention] = []
            if victim and by and poss:  # "his detention by the coup leaders": he is held
                victims = [m for t in poss for m in self._resolve(t)[0]]
                poss = []
            for t in (*poss, *by):
                sources.extend(self._resolve(t)[0])
            if not sources:
                sources = self._noun_agents(noun, trig)
            if not sources and noun.dep_ == "attr" and noun.head.lemma_ == "be":
                sources = [m for t in self._subject_tokens(noun.head) for m in self._resolve(t)[0]]
            governor = None
            # ("slapped sanctions on X over arms sales to Taiwan": the reason is someone else's act)
            if not sources and noun.dep_ in ("dobj", "pobj", "nsubjpass") \
                    and not (noun.dep_ == "pobj" and noun.head.lower_ == "over"):
                gov = _governor(noun)
                if gov.pos_ == "NOUN" and gov.lower_ in self._partitive and noun.head.lower_ == "of" \
                        and gov.dep_ in ("dobj", "pobj", "nsubjpass") \
                        and phrasal(_governor(gov)) in self.lex.concluding_governors:
                    gov = _governor(gov)  # "ended a day of talks": the talks were held
                if phrasal(gov) in self._governors and gov.pos_ in ("VERB", "AUX"):
                    governor = gov
                    sources = [m for t in self._subject_tokens(gov) for m in self._resolve(t)[0]]
                    if self._freeing(noun) and self._asks(gov):
                        sources = []  # "X demanded the release of Y": someone else is to free Y
            trip = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
            if not sources and trip is not None and trip.pos_ == "VERB" \
                    and trip.lemma_.lower() in self.lex.purpose_verbs:
                # "travelled to Beijing for talks with X": the traveller talks
                governor = noun.head.head
                sources = [m for t in self._subject_tokens(governor) for m in self._resolve(t)[0]]
            framed = self._meeting_frame(noun, trig) if not sources else None
            if framed is not None:  # "In a phone call with X, Y said ...": Y had the call
                governor = framed
                sources = [m for t in self._subject_tokens(framed) for m in self._resolve(t)[0]]
            # (every word of a source: "a counter-proposal from Mali's military government")
            skip = {i for s in sources for i in range(s.start, max(s.end, s.start + 1))} \
                | {o.i for o in between}
            targets, nested = self._noun_targets(noun, trig, skip=skip)
            targets = targets or victims
            if not targets and framed is not None and noun.head.lower_ in self.lex.meeting_frame_within \
                    and self._spoken(framed):
                # "Y told X during talks", "Y thanked X in a phone call": X is the other side (not
                # "told reporters after it", nor "police detained X at a meeting")
                targets = [m for c in framed.children if c.dep_ in ("dobj", "dative")
                           for m in self._resolve(c)[0] if m.start not in skip]
            if trig.weak and nested and not all(  # (but "support for Morocco's plan": Morocco)
                    self._doc[m.end - 1].dep_ == "poss" and self._doc[m.end - 1].head.dep_ == "pobj"
                    and self._doc[m.end - 1].head.head.head.i == noun.i for m in targets):
                targets = []
            if not targets and sources and noun.lemma_.lower() in self.lex.subjective_of_nouns:
                targets = [m for m in self._asked(noun) if m.start not in skip]
            if sources and trig.relation in self.lex.answered_relations \
                    and all(m.how == "sector" for m in targets):  # ("a proposal on prisoners")
                targets = [m for m in self._answerers(noun) if m.start not in skip] or targets
            if not targets and sources and noun.dep_ == "nsubj" \
                    and noun.lemma_.lower() in self.lex.third_parties:  # "X's mediation brought about"
                targets = self._mediated_parties(noun, skip)
            if not targets and noun.dep_ == "pobj" and noun.head.lower_ == "with" \
                    and (threat := self._match(noun.head.head, self.lex.verbs)) is not None \
                    and threat.relation == "threatens":  # "threatened Turkey with sanctions": Turkey's
                targets = [m for o in noun.head.head.children if o.dep_ in ("dobj", "obj")
                           for m in self._resolve(o)[0] if m.start not in skip]
            if not targets and symmetric and noun.dep_ in ("dobj", "pobj") \
                    and (self._asks_for(gov := _governor(noun)) or self._proposes(gov)):
                sources = []  # "X and Y called for / proposed a ceasefire": a truce of others
            if not targets and sources and not trig.weak:  # "X's military offensive in Y"
                mutual = trig.relation in self.symmetric
                meets = trig.relation in self.lex.meeting_frame_relations
                targets = [m for m in self._distant_target(noun, mutual, {noun.i} if meets else frozenset())
                           if m.start not in skip]
                if targets:
                    pattern, nested = "distant", True
        else:
            governor = None
            if noun.dep_ in ("dobj", "pobj", "nsubjpass"):  # "no meeting has been scheduled"
                gov = _governor(noun)
                if phrasal(gov) in self._governors and gov.pos_ in ("VERB", "AUX"):
                    governor = gov
        answering = governor is None and trig.relation in self.lex.answered_relations \
            and noun.dep_ in ("dobj", "nsubjpass") and phrasal(_governor(noun)) in self.lex.answer_verbs
        # "Israel rejected a proposal by Egypt": the proposal was made; the rejection answers it
        negated = self._noun_negated(noun) or (not answering and self._negated(noun))
        modality = stronger(self._noun_modality(noun), self._modality(noun))
        if noun.dep_ == "attr" and noun.head.lemma_ == "be":  # "X is not a supporter of Y"
            negated = negated or self._negated(noun.head)
            modality = stronger(modality, self._modality(noun.head))
        if governor is not None and not answering:
            # "X and Y ended two days of talks": the talks were held, not called off
            denies = phrasal(governor) in self.lex.negating_governors and not self._concludes(governor, noun)
            if denies and any(c.dep_ == "neg" for c in governor.children):
                modality = "hypothetical"  # "did not rule out a meeting"
            else:
                negated = negated or self._negated(governor) or denies
                modality = stronger(modality, self._modality(governor, include_self=True))
        if couples:
            return [c for a, b in couples
                    for c in self._pairs(trig, noun, pattern, [a], [b], negated, modality, nested)]
        if targets and noun.lemma_.lower() in self.lex.subjective_of_nouns:
            # "under the mediation of X and Y": each mediator with the parties, not with each other
            out = [c for a in sources
                   for c in self._pairs(trig, noun, pattern, [a], targets, negated, modality, nested)]
        else:
            out = self._pairs(trig, noun, pattern, sources, targets, negated, modality, nested)
        answered = trig.relation in self.lex.answered_relations - self.lex.personal_answers \
            and bool(targets) \
            and {m.actor.id for m in targets} <= {m.actor.id for m in self._answerers(noun)}
        for c in out:  # "Kim rejected Seoul's offer": made to the side Kim answers for
            c.extra["answered"] = answered
        return out

    def _speaker_agents(self, verb: Token) -> list[Mention]:
        """Who did an agentless passive act: the one reporting it ("X are invited, Y said"), the
        host of the event it is a relative clause of ("Y hosts a summit, to which X ..."), or
        the one hosting an event just before ("Y will host the summit. Also invited were X")."""
        head = verb.head
        if verb.dep_ == "ccomp" and head.lemma_.lower() in self._reporting:
            # "Egypt's presidency said": the actor inside the reporter's phrase
            return [m for c in head.children if c.dep_ in SUBJ for m in self._resolve(c, nested=True)[0]]
        if verb.dep_ == "relcl" and head.dep_ in ("dobj", "obj") \
                and head.head.lemma_.lower() in self.lex.hosting_verbs:
            return [m for t in self._subject_tokens(head.head) for m in self._resolve(t)[0]]
        return self._recent_host(verb)

    def _recent_host(self, verb: Token) -> list[Mention]:
        """The one hosting an event, named in this sentence or the one before ("Egypt will host
        the summit. Also invited were X")."""
        here = self.sent
        before = self._doc[here.start - 1].sent if here.start > 0 else None
        for sent, at in ((here, self._at), (before, self._before)):
            if sent is None:
                continue
            hosts = [t for t in sent if t.lemma_.lower() in self.lex.hosting_verbs and t.pos_ == "VERB"
                     and t.i < verb.i]
            for host in reversed(hosts):
                found = unique([at[t.i] for s in self._climb_subject(host) for t in (s, *s.conjuncts)
                                if t.i in at and at[t.i].how != "place"])
                if found:
                    return found
        return []

    def _spoken(self, verb: Token) -> bool:
        """True for a verb of saying or of a spoken act ("told", "thanked", "urged"), not of force."""
        if verb.lemma_.lower() in self._reporting:
            return True
        own = self._match(verb, self.lex.verbs)
        return own is not None and own.relation not in self._conflict

    def _meeting_frame(self, noun: Token, trig: Trigger) -> Token | None:
        """The verb a meeting noun frames ("In a phone call with X, Y said"), if any."""
        if trig.relation not in self.lex.meeting_frame_relations or noun.dep_ != "pobj" \
                or noun.head.lower_ not in self.lex.meeting_frame_preps:
            return None
        verb = noun.head.head
        return verb if verb.pos_ in ("VERB", "AUX") and noun.head.dep_ == "prep" else None

    def _victim_act(self, noun: Token, trig: Trigger) -> bool:
        """True for an act with a victim ("the arrest of X") that a verb of another relation judges."""
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i in self._at:
            return False
        ntrig = self._match(noun, self.lex.nouns)
        return ntrig is not None and ntrig.relation in self.lex.victim_event_relations \
            and ntrig.relation != trig.relation

    def _authors(self, noun: Token, trig: Trigger) -> list[Mention]:
        """The author of a text ``noun`` ("a UK-drafted resolution", "a plan proposed by Egypt")
        when ``trig`` is a relation aimed at authors (``authored`` in triggers.json)."""
        spec = self.lex.authored
        if not spec or trig.relation not in spec["relations"]:
            return []
        return unique([m for p in self._authoring(noun) for m in self._authored_by(p)])

    def _authoring(self, noun: Token) -> list[Token]:
        """The participles that name the author of ``noun`` ("drafted", "put forward by")."""
        spec = self.lex.authored
        return [c for c in noun.children if c.dep_ in ("amod", "acl")
                and ({c.lemma_.lower(), phrasal(c)} | {f"{c.lemma_.lower()} {a.lower_}" for a in c.children
                                                       if a.dep_ == "advmod"}) & spec.get("participles", ())]

    def _authored_by(self, part: Token) -> list[Mention]:
        """The authors a participle names: its agent ("by Egypt") or hyphened noun ("UK-drafted")."""
        toks = [*hyphen_agents(part, self._at)]
        toks += [o for a in part.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        return unique([m for t in toks for m in self._resolve(t)[0]])

    def _authored_proposals(self) -> list[EventCandidate]:
        """"Hamas rejected a plan drawn up by Qatar": whoever drew up the text a side answers
        proposed it to that side (``authored`` and ``answers`` in triggers.json)."""
        out: list[EventCandidate] = []
        for verb in self._with_lemma({v.split()[0] for v in self.lex.answer_verbs}):
            for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
                answerers = self._answerers(obj)  # ("a ceasefire and prisoner-exchange plan drawn up by")
                for part in [p for noun in (obj, *obj.conjuncts) for p in self._authoring(noun)] \
                        if answerers else ():
                    authors = [m for m in self._authored_by(part) if m.actor.id not in
                               {a.actor.id for a in answerers}]
                    trig = Trigger("proposes", part.lemma_.lower(), "VERB", text=phrasal(part))
                    # the answer, not the proposal, is what a refusal negates
                    out.extend(self._pairs(trig, part, "verb", authors, answerers, False,
                                           self._modality(part), False))
        return out

    def _hostile(self, verb: Token) -> bool:
        """True for a verb of a conflict relation ("impose sanctions", "strike")."""
        trig = self._match(verb, self.lex.verbs)
        return trig is not None and trig.relation in self._conflict

    def _asks(self, verb: Token) -> bool:
        """True for a verb of asking or demanding ("called for", "demanded")."""
        trig = self._match(verb, self.lex.verbs)
        return trig is not None and trig.relation in ("requests", "demands")

    def _asks_for(self, verb: Token) -> bool:
        """True for a verb of asking for a thing, with the preposition that makes it one ("called
        for a ceasefire", "urged a truce", "demanded talks"), whether or not it names whom."""
        return self._asking_trigger(verb) is not None

    def _proposes(self, verb: Token) -> bool:
        """True for a verb of proposing ("proposed a truce", "put forward a plan")."""
        trig = self._match(verb, self.lex.verbs) if verb.pos_ == "VERB" else None
        return trig is not None and trig.relation == "proposes"

    def _asking_trigger(self, verb: Token) -> Trigger | None:
        """The trigger of a verb of asking (see :meth:`_asks_for`), or None."""
        trig = self._match(verb, self.lex.verbs)
        if trig is not None and trig.relation in ("requests", "demands"):
            return trig
        preps = {c.lower_ for c in verb.children if c.dep_ in ("prep", "prt")}
        return next((t for t in self.lex.verbs.get(verb.lemma_.lower(), ()) if verb.pos_ == "VERB"
                     and t.relation in ("requests", "demands") and t.prep in preps), None)

    def _freeing(self, noun: Token) -> bool:
        """True for a noun of freeing ("the release of X"): X is freed, not acted on."""
        return noun.lemma_.lower() in self.lex.release_nouns and noun.i not in self._at

    def _victim_event(self, noun: Token, trig: Trigger) -> bool:
        """True for an act with a victim ("the arrest of X") that a verb of another relation
        judges, or for a release asked for."""
        if self._freeing(noun):
            return True
        return self._victim_act(noun, trig)

    def _armed_clash(self, verb: Token) -> bool:
        """True for a mutual verb ("clash") whose subjects are forces ("Pakistani and Afghan
        forces clashed") or that has a place ("clashed along their border")."""
        if verb.lemma_.lower() not in self.lex.mutual_verbs:
            return False
        return any(c.dep_ in SUBJ and c.lower_ in self.lex.armed_subjects for c in verb.children) \
            or any(c.dep_ == "prep" and c.lower_ in self.lex.clash_places for c in verb.children)

    def _claims_an_act(self, verb: Token) -> bool:
        """True when ``verb`` claims a hostile act or the responsibility for one: its object, its
        passive subject or the noun it modifies ("the bombing, which was claimed by Y")."""
        claimed = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        if verb.dep_ in ("acl", "relcl"):
            claimed.append(verb.head)
        if verb.dep_ == "conj" and verb.head.dep_ in ("acl", "relcl"):
            claimed.append(verb.head.head)
        claimed = [relative_antecedent(c) for c in claimed]
        # "the bombing in Mogadishu, which was claimed by Y": the clause may hang on the place
        claimed += [c.head.head for c in claimed if c.dep_ == "pobj" and c.head.dep_ == "prep"]
        for noun in claimed:
            trig = self._match(noun, self.lex.nouns)
            if noun.lemma_.lower() in self.lex.claimed_nouns or (
                    trig is not None and trig.relation in self.lex.victim_event_relations):
                return True
        return False

    def _event_agents(self, noun: Token) -> list[Mention]:
        """Who did the act ``noun`` names: its possessor, its "by" phrase, its agent modifier;
        for a release also its "from" phrase and whoever holds the freed ("held by Y")."""
        toks = [c for c in noun.children if c.dep_ == "poss" and not self._harmed(noun, c)]
        if self._freeing(noun) and not any(p.dep_ == "prep" and p.lower_ == "of" for p in noun.children):
            # "Ferrand's release": the one freed, unless an "of" phrase names them
            toks = [c for c in toks if not (c.i in self._at and self._at[c.i].actor.kind == "person")]
        preps = ("by", "from") if self._freeing(noun) else ("by",)
        by = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in preps
              for o in p.children if o.dep_ == "pobj"]
        by = by or _agents_on_verb(noun)
        if by and not self._freeing(noun):
            toks = []  # "X's detention by Y": X is held, Y holds
        toks += by
        if self._freeing(noun):
            freed = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"]
            toks += [o for f in freed for v in f.children if v.dep_ == "acl" for a in v.children
                     if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        # "the strikes carried out by Y", not "the draft, seen by Y"
        witness = self.lex.witness_verbs
        toks += [o for v in noun.children if v.dep_ == "acl" and v.lemma_.lower() not in witness
                 for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        found = [m for t in toks for m in self._resolve(t)[0]]
        if not found:  # "an attack on a base that killed 23 soldiers and was claimed by Y"
            found = [m for v in noun.subtree if v.lemma_.lower() in self.lex.claim_verbs and v.tag_ == "VBN"
                     for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                     for m in self._resolve(o, nested=True, places=False)[0]]
        if not found:
            found = [self._at[c.i] for c in noun.children if c.dep_ in ("amod", "compound")
                     and c.i in self._at and self._at[c.i].actor.kind in ("state", "state_organ", "group",
                                                                          "organization")]
        ntrig = self._match(noun, self.lex.nouns)
        if not found and ntrig is not None and ntrig.relation in self.lex.location_agent_relations:
            found = self._located_state([noun], ("in",))  # "the arrest of X in Y": Y's authorities
        return unique(found)

    def _names_event(self, noun: Token, relation: str) -> bool:
        """True when ``noun`` is an event noun of ``relation`` ("sanctions" for sanctions)."""
        trig = self._match(noun, self.lex.nouns)
        return trig is not None and trig.relation == relation

    def _noun_agents(self, noun: Token, trig: Trigger) -> list[Mention]:
        """The actor modifying an event noun that names its agent: "Russian strikes", "UN sanctions",
        "Saudi and US mediation"."""
        if trig.relation not in self.lex.agent_modifier_relations \
                and noun.lemma_.lower() not in self.lex.subjective_of_nouns:
            return []
        mods = [t for c in noun.children if c.dep_ in ("amod", "compound") for t in (c, *c.conjuncts)]
        mods += [a for c in mods for a in c.children if a.dep_ == "amod" and a.i == c.i - 2
                 and self._doc[a.i + 1].tag_ == "HYPH"]  # "an Egyptian-Qatari proposal"
        return unique([self._at[c.i] for c in mods if c.i in self._at  # "Saudi and US mediation"
                        and (self._at[c.i].actor.kind in ("state", "state_organ", "group", "organization")
                             or self._at[c.i].how == "demonym")])

    def _asked(self, noun: Token) -> list[Mention]:
        """Who acts at someone's request: "the council met at the request of X" (X asked the
        council), "at the invitation of X, Y visited" (X invited Y)."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep":
            return []
        host = prep.head
        if host.pos_ == "NOUN" and host.dep_ in ("dobj", "obj", "nsubj", "nsubjpass"):
            host = host.head  # "resumed talks under the mediation of X"
        if host.pos_ not in ("VERB", "AUX"):
            return []
        subjects = self._subject_tokens(host)
        found = [m for t in subjects for m in self._resolve(t)[0]]
        if not found:  # "talks between X and Y resumed under Z's mediation": X and Y
            found = [m for t in subjects for p in t.children if p.dep_ == "prep" and p.lower_ == "between"
                     for o in p.children if o.dep_ == "pobj" for m in self._resolve(o)[0]]
        return found

    def _agentive(self, tok: Token) -> list[Mention]:
        """'Russian missile strikes' -> Russia: an actor modifying a non-actor subject."""
        if tok.lower_ in self._relational:
            return []
        frontier = [tok]
        for _ in range(2):
            nxt = [c for t in frontier for c in t.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
            hits = [self._at[c.i] for c in nxt if c.i in self._at
                    and self._at[c.i].actor.kind in ("state", "state_organ", "group", "organization")]
            if hits:  # "House and Senate negotiators": the coordinated modifiers too
                more = [m for c in nxt if c.i in self._at for m in self._resolve(c)[0]]
                return unique([*hits, *(m for m in more if m.how != "pronoun")])
            frontier = nxt
        return []

    def _speaker(self, m: Mention, trigger: Token) -> bool:
        """True for the one who reports an event ("..., the envoy X said"): never its target."""
        head = self._doc[m.end - 1]
        while head.dep_ in ("appos", "compound", "flat") and head.head.i != head.i:
            head = head.head
        verb = head.head
        if head.dep_ == "nsubj" and verb.i != trigger.i and verb.lemma_.lower() in self._reporting \
                and not (verb.dep_ == "ccomp" and verb.head.i == trigger.i):  # ("demanded that X explain")
            return True
        # "..., former President X, said today": a parse that hangs X elsewhere; X stands right
        # before a reporting verb that governs the trigger's clause and has no subject of its own
        # (but not the trigger's own object: "Ruto visits Haiti, says ..." is a headline's pair of
        # verbs sharing "Ruto")
        if head.dep_ in ("dobj", "obj") and verb.i == trigger.i:
            return False
        doc = self._doc
        nxt = m.end
        while nxt < len(doc) and (doc[nxt].is_punct or doc[nxt].pos_ == "ADV"):
            nxt += 1
        if nxt >= len(doc):
            return False
        report = doc[nxt]
        return report.lemma_.lower() in self._reporting and report.pos_ == "VERB" \
            and report in trigger.ancestors and not any(c.dep_ in SUBJ for c in report.children)

    def _pairs(self, trig: Trigger, tok: Token, pattern: str, sources: list[Mention],
               targets: list[Mention], negated: bool, modality: str, nested: bool
               ) -> list[EventCandidate]:
        out: list[EventCandidate] = []
        sources = unique(sources)
        targets = [t for t in unique(targets) if not self._speaker(t, tok)
                   and not (trig.relation in _PARTNER_RELATIONS and counted_people(t, self._doc))]
        pairs: list[tuple[Mention, Mention]] = [(a, b) for a in sources for b in targets]
        if trig.relation in self.symmetric and len(sources) >= 2 \
                and tok.lemma_.lower() not in self.lex.third_parties \
                and (pattern != "passive" or trig.relation != "meets"):  # "was received by X and Y"
            # pairs no one; "the deal was negotiated by X and Y" does
            # "X and Y agreed to share information on Z", "X and Y held talks": X and Y
            # deal with each other, whatever else the clause names ("X and Y brokered a truce":
            # co-mediators, not partners)
            pairs = [(a, b) for i, a in enumerate(sources) for b in sources[i + 1:]] + pairs
        seen: set[tuple[str, ...]] = set()
        intent = modality == "planned" and any(
            phrasal(g) in self.lex.intent_governors for g in self._chain(tok))
        symmetric = trig.relation in self.symmetric
        for s, t in pairs:
            if t.local is not None and trig.relation in self.lex.location_target_relations \
                    and (s.actor.id == t.actor.id or _affiliated(s.actor, t.actor)):
                # "French police cleared a camp in Calais": a state acting in its own city acts
                # on that place, not on itself
                t = Mention(t.start, t.end, t.local, t.text, t.how)
            if trig.relation in self.lex.meeting_frame_relations and t.start >= 0 \
                    and self._doc[t.end - 1].dep_ == "pobj" \
                    and self._doc[t.end - 1].head.lower_ in self.lex.meeting_topics:
                continue  # "a meeting on North Korea": its subject, not a party
            if s.actor.id == t.actor.id or _affiliated(s.actor, t.actor) or s.how == "place" \
                    or (t.how == "place" and (symmetric or trig.relation in self.lex.addressed_relations)):
                continue  # a city is where things happen to a state, not who acts, meets or is asked
            if tok.lemma_.lower() in self.lex.mutual_verbs and s.actor.kind == t.actor.kind == "person":
                continue  # forces clash in arms, two leaders in words ("X clashed with Y over trade")
            key: tuple[str, ...] = (s.actor.id, t.actor.id)
            if trig.relation in self.symmetric:
                key = tuple(sorted(key))
            if key in seen:
                continue
            seen.add(key)
            rel_trig = self._membership_exit(trig, tok, t) or self._requested_deployment(trig, tok) or trig
            out.append(EventCandidate(rel_trig.relation, s, t, rel_trig, tok, pattern, negated,
                                      modality, nested, {"intent": intent}))
        return out

    def _membership_exit(self, trig: Trigger, tok: Token, target: Mention) -> Trigger | None:
        """The trigger "Mali withdrew from ECOWAS" reads as: leaving a body cuts ties with it.

        None unless ``trig`` yields (concedes) by leaving, ``target`` is an organization and
        the verb withdraws nothing of its own ("withdrew its troops from the AU mission").
        """
        exits = self.lex.membership_exits
        if not exits or trig.relation != exits.get("from") or target.actor.kind != "organization" \
                or tok.lemma_.lower() not in exits.get("words", ()):
            return None
        if any((c.dep_ in ("dobj", "obj") and not target.start <= c.i < target.end)
               or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children):
            return None  # something of its own is withdrawn, from or to the body
        return replace(trig, relation=exits["relation"], cameo=None)

    def _requested_deployment(self, trig: Trigger, tok: Token) -> Trigger | None:
        """The trigger of a deployment made "at the request of" or "at the invitation of" a side,
        which helps it (``requested_deployments``); None for any other."""
        asked = self.lex.requested_deployments
        if not asked or trig.relation != asked.get("from"):
            return None
        if not any(p.dep_ == "prep" and p.lower_ in ("at", "on", "upon")
                   and o.lemma_.lower() in asked["words"]
                   for p in tok.children for o in p.children if o.dep_ == "pobj"):
            return None
        return replace(trig, relation=asked["relation"], cameo=None)

    # -- negation and modality --------------------------------------------------------
    def _chain(self, tok: Token) -> list[Token]:
        """Governors of ``tok`` through control, complement and nominal links."""
        chain = []
        cur = tok
        for _ in range(4):
            if cur.dep_ not in ("xcomp", "acl", "conj", "advcl", "pcomp", "pobj", "dobj", "ccomp") \
                    or cur.head.i == cur.i:
                break
            if cur.dep_ in ("advcl", "ccomp") and any(c.dep_ in SUBJ for c in cur.children):
                break
            if cur.dep_ == "conj" and own_clause(cur):
                break  # "did not attend but sent a letter": the first verb's negation stays home
            cur = cur.head
            chain.append(cur)
            if cur.pos_ == "ADP":
                continue
        return chain

    def _negated(self, tok: Token) -> bool:
        if any(c.dep_ == "neg" or (c.lower_ in self.lex.negators and c.dep_ in ("advmod", "det"))
               for c in tok.children):
            return True
        prev = tok
        for gov in self._chain(tok):
            if prev.dep_ == "advcl" and prev.tag_ == "VBG" and prev.left_edge.i > 0 \
                    and self._doc[prev.left_edge.i - 1].text == ",":
                break  # "X withdrew from the bloc, accusing it of ...": a participle of its own
            link, prev = prev.dep_, gov
            if gov.pos_ == "ADP":
                if gov.lower_ in self.lex.negating_governors:
                    return True
                continue
            if self._concludes(gov, tok):
                break  # "X and Y ended two days of talks": the talks were held
            if phrasal(gov) in self.lex.negating_governors and link != "conj":
                # (a verb coordinated with "rejected" is not rejected: "rejected X and accused Y")
                # "did not rule out a meeting": a denied denial leaves the event open
                return not any(c.dep_ == "neg" for c in gov.children)
            if gov.dep_ != "conj" and any(c.dep_ == "neg" for c in gov.children) \
                    and gov.pos_ in ("VERB", "AUX"):
                return True
            if gov.pos_ == "NOUN" and any(c.lower_ in self.lex.negators and c.dep_ in ("det", "neg")
                                          for c in gov.children):
                return True  # "has no plans to meet"
        # "China denied that it had supplied weapons": a denied report is a negated event
        cur = tok
        for _ in range(3):
            if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in self.lex.denial_verbs:
                return not any(c.dep_ == "neg" for c in cur.head.children)
            if cur.dep_ not in ("conj", "xcomp", "ccomp") or cur.head is cur:
                break
            cur = cur.head
        return False

    def _concludes(self, gov: Token, noun: Token) -> bool:
        """True when ``gov`` concludes the event ``noun`` names rather than negating it ("ended
        the talks": they were held; ``concluded_events`` in triggers.json)."""
        return phrasal(gov) in self.lex.concluding_governors \
            and noun.lemma_.lower() in self.lex.concluded_nouns

    def _noun_negated(self, noun: Token) -> bool:
        return any(c.lower_ in self.lex.negators and c.dep_ in ("det", "neg", "advmod")
                   for c in noun.children)

    def _modality(self, tok: Token, include_self: bool = False) -> str:
        found = "asserted"
        nodes = [tok, *self._chain(tok)]
        top = nodes[-1]
        if top.dep_ == "ccomp" and top.head.lemma_.lower() in self._plan.get("governors", ()) \
                and top.head.lemma_.lower() not in self._reporting:
            found = "planned"  # "demanded that X withdraw": what is demanded has not happened
        if any(_headline_infinitive(node) for node in nodes):
            found = "planned"  # "Biden to visit Kyiv": the headline future
        for i, node in enumerate(nodes):
            for c in node.children:
                low = c.lower_
                if c.dep_ in ("aux", "auxpass"):
                    if low in self._hypo.get("aux", ()):
                        return "hypothetical"
                    if low in self._plan.get("aux", ()):
                        found = "planned"
                if c.dep_ == "mark" and low in self._hypo.get("marks", ()):
                    return "hypothetical"
            if node.dep_ == "advcl":
                if any(c.dep_ == "mark" and c.lower_ in self._hypo.get("marks", ())
                       for c in node.children):
                    return "hypothetical"
            if i == 0 and not include_self:
                if node.pos_ in ("NOUN", "PROPN"):
                    found = stronger(found, self._noun_modality(node))
                continue
            if node.pos_ in ("NOUN", "PROPN") and nodes[i - 1].dep_ == "acl" and nodes[i - 1].tag_ == "VBN":
                continue  # "the plan, presented last week": done, whatever the plan is for
            if nodes[i - 1].dep_ == "conj" and node.pos_ in ("VERB", "AUX"):
                continue  # "discussed the crisis and urged X": a verb governs its complements, not
                # the verbs joined to it (their shared auxiliaries count, above)
            lemma = node.lemma_.lower()
            if lemma in self._hypo.get("governors", ()):
                return "hypothetical"
            if phrasal(node) in self.lex.negating_governors and any(
                    c.dep_ == "neg" for c in node.children):
                return "hypothetical"
            if lemma in self._plan.get("governors", ()):
                found = "planned"
            if node.pos_ in ("NOUN", "PROPN"):
                found = stronger(found, self._noun_modality(node))
        return found

    def _noun_modality(self, noun: Token) -> str:
        mods = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound", "acl")}
        if mods & self.lex.planned_strong:
            return "planned"
        if mods & self._hypo.get("modifiers", frozenset()):
            return "hypothetical"
        if mods & (self._plan.get("modifiers", frozenset()) | self._plan.get("governors", frozenset())):
            return "planned"
        return "asserted"


def _in_object(verb: Token, words: tuple[str, ...]) -> bool:
    """True when every word of ``words`` is in the object of ``verb`` (what it acts on), not
    only in an adjunct: "suspended peace talks after the attack" suspends talks, not an attack."""
    found, stack = set(), list(verb.children)
    while stack:
        cur = stack.pop()
        if not (cur.dep_ == "prep" and cur.lower_ in _CIRCUMSTANCE_PREPS):
            found.add(cur.lemma_.lower())
            stack.extend(cur.children)
    return all(w in found for w in words)


#: Prepositions of a time or a circumstance: their phrase is no object of the verb.
#: Prepositions of a topic ("talks on X", "a dispute over Y"): what is discussed, not a party.
_TOPIC_PREPS = frozenset(("on", "over", "about", "regarding", "concerning"))


def _in_topic(tok: Token, noun: Token) -> bool:
    """True when ``tok`` sits in a topic phrase of ``noun`` ("talks on the X dispute")."""
    cur = tok
    while cur.i != noun.i and cur.head.i != cur.i:
        if cur.dep_ == "prep" and cur.lower_ in _TOPIC_PREPS and cur.head.i == noun.i:
            return True
        cur = cur.head
    return False


#: Words opening a phrase of attribution or reason ("according to X", "due to", "because of",
#: "owing to"), whose actors are no party to the clause's act.
_SOURCE_AND_REASON_WORDS = frozenset(("according", "due", "because", "owing"))

_CIRCUMSTANCE_PREPS = frozenset(("after", "before", "during", "following", "amid", "amidst", "despite",
                            "since", "until"))


def _governor(noun: Token) -> Token:
    """The word governing an event noun: its head, the head of its preposition, or the verb
    whose object is an amount of it ("announced $500 million in aid")."""
    gov = noun.head if noun.head.pos_ != "ADP" else noun.head.head
    if gov.pos_ == "NUM" and noun.head.lower_ in ("in", "of") and gov.dep_ in ("dobj", "obj", "nsubjpass"):
        gov = gov.head
    return gov


def _low_agents(verb: Token) -> list[Token]:
    """The agent of a passive that the parser hung on the noun before it: in "were invited to
    the summit by Egypt", "by Egypt" hangs on "summit"."""
    return [o for p in verb.children if p.dep_ == "prep" for n in p.children if n.dep_ == "pobj"
            for b in n.children if b.dep_ == "prep" and b.lower_ == "by"
            for o in b.children if o.dep_ == "pobj"]


def _headline_infinitive(verb: Token) -> bool:
    """A sentence whose main verb is a bare "to" infinitive with its own subject ("Biden to visit
    Kyiv", "Xi to meet Putin"): the headline form of "will"."""
    if verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "ROOT" and verb.head.pos_ == "PROPN":
        subject = True  # "Xi to meet Putin": the small parsers hang the verb on the name
    elif verb.dep_ == "ROOT":
        subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    else:
        return False
    return subject and any(c.dep_ == "aux" and c.tag_ == "TO" and c.i < verb.i for c in verb.children)


def _affiliated(a: Actor, b: Actor) -> bool:
    """True when one actor belongs to the other (an official and their state, the UNSC and the UN).

    Only officials and organs act for what they belong to. Groups of a state's society
    ("Protesters in Nepal", "Opposition in Russia") and NER actors, whose affiliation only
    says where they come from ("Russian opposition leader X"), do not: a state may arrest
    or condemn them.
    """
    def belongs(x: Actor, y: Actor) -> bool:
        return x.kind != "group" and not is_minted(x.id) and any(f.actor == y.id for f in x.affiliations)
    return belongs(a, b) or belongs(b, a)


def _compound_owner(clause: Token) -> list[Token]:
    """The name a headline's noun compound belongs to when the parser read it as a clause that
    breaks agreement: "rejects Egypt call for talks", "slams US move" (one name, then a base or
    plural-present verb with no auxiliary) is Egypt's call, the US's move."""
    if clause.tag_ not in ("VB", "VBP") or any(c.dep_ in ("aux", "auxpass", "neg") for c in clause.children):
        return []
    subj = [c for c in clause.children if c.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].i != clause.i - 1 or subj[0].tag_ != "NNP" \
            or any(c.dep_ in ("conj", "cc") for c in subj[0].children):
        return []
    return subj


def _forces(m: Mention) -> bool:
    """True for troops or police named without a state ("its troops", "sent in police")."""
    return m.how == "sector" and any(c.endswith(("MIL", "COP")) for c in m.actor.codes)


def _nest_tier(tok: Token) -> int:
    """Priority of a token reached inside a phrase: modifier 0, prepositional object 1, place 2."""
    if tok.dep_ != "pobj":
        return 0
    return 2 if tok.head.lower_ in ("in", "at", "inside") else 1


def _charge(prep: Token) -> bool:
    """True for an "of" clause of what someone is charged with ("accused officials of plotting
    to isolate X"): another event, whose actors are not the charge's target."""
    return prep.dep_ == "prep" and prep.lower_ == "of" and any(g.dep_ == "pcomp" for g in prep.children)


#: Relations of freeing someone: "secured the release of X" acts on X's holder, not on X.
_FREEING = frozenset(("concedes", "requests", "demands", "cooperates"))


def _agents_on_verb(noun: Token) -> list[Token]:
    """The "by" phrase the parser hung on the active verb whose object ``noun`` is, after it:
    "condemned the detention of X by the junta" (the verb has its own subject, so the "by"
    phrase is the noun's agent)."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or not any(c.dep_ == "nsubj" for c in verb.children):
        return []
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "by" and p.i > noun.i
            for o in p.children if o.dep_ == "pobj"]


def _modifies_next_conjunct(c: Token) -> bool:
    """True for a conjunct the parser split off the next one it modifies: in "Vucic and Kosovo
    Prime Minister Albin Kurti", "Kosovo" and "Kurti" both hang on "Vucic" as conjuncts, with only
    compound words (or a possessive: "Thailand's then prime minister Y") between them."""
    nxt = next((s for s in c.head.children if s.dep_ == "conj" and s.i > c.i), None)
    return nxt is not None and nxt.i > c.i + 1 and all(
        t.dep_ in ("compound", "amod", "flat", "advmod") or t.tag_ == "POS"  # "Thailand's then premier Y"
        for t in c.doc[c.i + 1:nxt.i])


def _asked_whether(tok: Token) -> bool:
    """True inside an indirect question ("did not say whether France would expel X", "it is
    unclear whether Y will attack"): what is asked about is not reported as happening."""
    cur = tok
    for _ in range(5):
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in cur.children):
            return True
        if cur.dep_ in ("ROOT", "ccomp", "advcl", "relcl", "csubj", "parataxis") or cur.head is cur:
            return False
        cur = cur.head
    return False


def _kept_in_state(verb: Token) -> Token | None:
    """The object a causative verb keeps or leaves in the state a participle names ("keeps
    Madagascar suspended", "wants the envoy expelled"): the one acted on; None otherwise."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("xcomp", "oprd", "ccomp") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ in ("dobj", "obj") and c.i < verb.i), None)


def _companions(tok: Token) -> list[Token]:
    """The objects of "along with" or "together with" on ``tok``: "Bahrain, along with Egypt, ...",
    "France, together with Germany, ..."."""
    withs = [q for p in tok.children if p.dep_ == "prep" and p.lower_ == "along"
             for q in p.children if q.lower_ == "with"]
    withs += [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "with"
              and any(a.lower_ == "together" for a in p.children)]
    return [o for w in withs for o in w.children if o.dep_ == "pobj"]


def _named(tok: Token) -> Token:
    """``tok``, or the noun a free relative it heads names ("strikes on what it called rebel
    bases": bases)."""
    return (free_relative(tok) or tok) if tok.pos_ in ("VERB", "AUX") else tok


def _forum(tok: Token, m: Mention) -> bool:
    """True for a body before which something is said or done: "condemned the strikes at the
    Security Council" condemns no Council."""
    while tok.dep_ == "compound" and tok.head is not tok:
        tok = tok.head  # "Security" of "the Security Council"
    return m.actor.kind == "organization" and tok.dep_ == "pobj" and tok.head.lower_ == "at"


def _venue(tok: Token, m: Mention, place_heads: AbstractSet[str] = frozenset(),
           meetings: AbstractSet[int] = frozenset()) -> bool:
    """True for a city or capital where an event happens: "met in Abuja" names no counterpart,
    nor does "talks in the Saudi city of Jeddah". A state is a venue too where the place phrase
    hangs on a meeting word (the token indices ``meetings``): "leaders met in Nigeria", "a
    meeting in Abuja, the capital of Nigeria"; not "agreed to a ceasefire in Ukraine"."""
    if m.how == "demonym" and tok.dep_ == "amod" and tok.head.lemma_.lower() in place_heads:
        tok = tok.head
    elif m.how not in ("metonym", "place"):
        if meetings and m.actor.kind == "organization" and tok.ent_type_ == "GPE" \
                and tok.head.head.i in meetings:
            return tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE  # "talks in Brussels"
        if not meetings or m.actor.kind != "state" or m.how == "demonym":
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in place_heads:
            tok = tok.head.head  # "the capital of Nigeria"
            while tok.dep_ == "appos" and tok.head is not tok:
                tok = tok.head
        if tok.head.head.i not in meetings:
            return False
    return tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE


#: The last-resort target finders of a verb by name; ``target_finders`` in triggers.json orders them.
#: Relations whose target is a partner: counted people of a state ("hosts 200,000 Nicaraguans")
#: are none.
_PARTNER_RELATIONS = frozenset(("meets", "negotiates", "visits", "invites", "cooperates", "agrees"))

#: Relations of verbs whose infinitive of purpose is their subject's act: "phoned X to request
#: more troops", "met X to press for a truce" (not "urged X to accept").
_SUBJECT_PURPOSE = frozenset(("meets", "visits"))

_TARGET_FINDERS = {
    "deep_object": _SentenceReader._target_deep_object,
    "location": _SentenceReader._target_location,
    "clause_subject": _SentenceReader._target_clause_subject,
    "condition": _SentenceReader._target_condition,
    "conjunct": _SentenceReader._target_conjunct,
    "purpose": _SentenceReader._target_purpose,
    "sides": _SentenceReader._target_sides,
    "distant": _SentenceReader._target_distant,
}


def _reported_clause(tok: Token) -> Token | None:
    """The complement of a verb of saying that ``tok`` lies inside, a few heads up, or None."""
    for _ in range(6):
        if tok.dep_ == "ccomp":
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None
