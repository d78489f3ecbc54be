"""Acts on other acts: judgements, stances, reactions, threats and back references.

The sentence reader of :mod:`kgraph.patterns` finds events by their triggers; the readings here
work on what it found or on the clause around it:

* requests drop what they ask for ("X urged Y to allow Z": the request is the event);
* announced force is a threat ("Russia warned it would strike X");
* evaluations and stances ("Turkey called Israel a terror state", "a vocal critic of X");
* reactions ("drew criticism from X"), reported judgements, and back references to an earlier
  statement ("Pakistan denied the accusation"), whose target the extractor finds among the
  document's earlier edges.

:class:`JudgementReading` is a mixin of :class:`kgraph.patterns._SentenceReader`; what it needs
of the reader is the :class:`_Reader` protocol.
"""

from __future__ import annotations

from collections.abc import Container
from collections.abc import Set as AbstractSet
from itertools import pairwise
from typing import TYPE_CHECKING, Protocol

from .candidates import BackReference, EventCandidate, stronger, unique
from .clauses import phrasal
from .lexicon import Lexicon, Trigger
from .mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["JudgementReading", "judgement"]


class _Reader(Protocol):
    """What the readings need of the sentence reader (:mod:`kgraph.patterns`)."""

    @property
    def lex(self) -> Lexicon: ...
    @property
    def sent(self) -> Span: ...
    @property
    def _doc(self) -> Doc: ...
    @property
    def _tokens(self) -> tuple[Token, ...]: ...
    @property
    def _lemmas(self) -> tuple[str, ...]: ...
    @property
    def _at(self) -> dict[int, Mention]: ...
    @property
    def _before(self) -> dict[int, Mention]: ...
    @property
    def _conflict(self) -> AbstractSet[str]: ...
    @property
    def _reporting(self) -> AbstractSet[str]: ...
    @property
    def _partitive(self) -> AbstractSet[str]: ...

    def _with_lemma(self, lemmas: Container[str], pos: str | None = "VERB") -> list[Token]: ...
    def _resolve(self, tok: Token | None, nested: bool = False, depth: int = 0,
                 places: bool = True) -> tuple[list[Mention], bool]: ...
    def _subject_tokens(self, verb: Token) -> list[Token]: ...
    def _possessor(self, tok: Token) -> list[Mention]: ...
    def _match(self, tok: Token, index: dict[str, list[Trigger]]) -> Trigger | None: ...
    def _negated(self, tok: Token) -> bool: ...
    def _noun_negated(self, noun: Token) -> bool: ...
    def _modality(self, tok: Token, include_self: bool = False) -> str: ...
    def _noun_modality(self, noun: Token) -> str: ...
    def _pairs(self, trig: Trigger, tok: Token, pattern: str, sources: list[Mention],
               targets: list[Mention], negated: bool, modality: str, nested: bool
               ) -> list[EventCandidate]: ...
    def _judgement(self, verb: Token) -> str | None: ...
    def _warned_fates(self) -> list[EventCandidate]: ...
    def _conditional_responses(self) -> list[EventCandidate]: ...
    def _vowed_combats(self) -> list[EventCandidate]: ...
    def _denied_clauses(self) -> list[EventCandidate]: ...
    def _alleged_acts(self) -> list[EventCandidate]: ...
    def _conditional_refusals(self) -> list[EventCandidate]: ...
    def _similar_acts(self) -> list[BackReference]: ...
    def _vowed_reprisals(self) -> list[EventCandidate]: ...
    def _other_actors(self, verb: Token) -> list[Mention]: ...
    def _evaluations(self, direct: bool) -> list: ...
    def _violations(self, direct: bool) -> list: ...
    def _judged_deeds(self) -> list[EventCandidate]: ...
    def _judged_possessions(self) -> list[EventCandidate]: ...
    def _blamed_for_harm(self, be: Token, blame: dict) -> bool: ...
    def _reacted_back(self) -> list[BackReference]: ...
    def _denied_acts(self, verb: Token, relation: str, kinds: tuple[str, ...], aimed: bool
                     ) -> list[BackReference]: ...
    def _ended_talks(self) -> list[BackReference]: ...
    def _asked_releases(self) -> list[BackReference]: ...
    def _go_betweens_back(self) -> list[BackReference]: ...
    def _asking_trigger(self, verb: Token) -> Trigger | None: ...
    def _freeing(self, noun: Token) -> bool: ...
    def _reported_judgements(self, direct: bool = True) -> list: ...
    def _offer_of(self, verb: Token) -> tuple[Token, Trigger] | None: ...
    def _unanswered(self) -> list[tuple[Token, Token, list[Mention]]]: ...
    def _unanswered_acts(self) -> list[EventCandidate]: ...
    def _unanswered_back(self) -> list[BackReference]: ...
    def _noun_agents(self, noun: Token, trig: Trigger) -> list[Mention]: ...
    def _harmed(self, noun: Token, child: Token) -> bool: ...


def _unanswered_trigger(lex: Lexicon) -> Trigger:
    """The trigger of "an attack will not go unanswered", coded as the lexicon's threats."""
    return Trigger("threatens", "go", "VERB", text="not go unanswered",
                   cameo=lex.threats.get("cameo") if lex.threats else None)

#: Verbs that say what something is: "said the move was / amounted to / constituted interference".
_COPULAS = frozenset(("be", "amount", "constitute", "represent"))


class JudgementReading:
    """The readings of acts on other acts, mixed into the sentence reader."""

    def _without_requested(self: _Reader, cands: list[EventCandidate]) -> list[EventCandidate]:
        """Drop what a request, demand or invitation asks for: in "X urged Y to allow Z", "X
        demanded that Y release Z" or "X invited Y to visit Z" Y has done nothing yet; the
        request is the event."""
        asking = {c.trigger_token.i for c in cands if c.relation in ("requests", "demands", "invites")}
        if not asking:
            return cands
        out = []
        for c in cands:
            cur, asked = c.trigger_token, False
            for _ in range(3):
                if cur.dep_ not in ("xcomp", "ccomp", "advcl", "pcomp", "pobj", "acl") \
                        or cur.head.i == cur.i or _contrasted(cur):  # "while Y accused X": Y's own
                    break
                cur = cur.head
                if cur.i in asking and c.relation not in ("requests", "demands", "invites"):
                    asked = True
                    break
            if not asked:
                out.append(c)
        return out

    def _threats(self: _Reader, cands: list[EventCandidate]
                 ) -> tuple[list[EventCandidate], list[EventCandidate]]:
        """"Russia warned it would strike X", "vowed to crush X": announcing one's own hostile act
        is a threat to its target (``threats`` in triggers.json). Returns the threats and the
        announced acts they replace: a threatened strike has not happened."""
        spec = self.lex.threats
        out: list[EventCandidate] = []
        threatened: list[EventCandidate] = []
        if not spec:
            return out, threatened
        for c in cands:
            if c.relation not in spec["relations"] or c.modality == "asserted" or c.negated:
                continue
            cur = c.trigger_token
            if cur.pos_ == "NOUN" and cur.dep_ in ("dobj", "obj"):
                cur = cur.head  # "warned that X would launch a war on Y": the launching
            for _ in range(3):
                if cur.dep_ not in ("ccomp", "xcomp", "conj") or cur.head.i == cur.i:
                    break
                cur = gov = cur.head
                warned = gov.lemma_.lower() in spec["verbs"]
                # "the Houthis said they would keep attacking ships": force announced by its own
                # side threatens too, and stays as the act it announces
                told = gov.lemma_.lower() in self._reporting and c.relation in spec["announced"]
                if not (warned or told) or gov.pos_ != "VERB":
                    continue
                said = [m for t in self._subject_tokens(gov) for m in self._resolve(t)[0]]
                # "Netanyahu warned that Israel would strike": a leader threatens for the state
                # (an official of no known side speaks for the side whose force they announce)
                speaker = next((m for m in said if m.actor.id == c.source.actor.id or (
                    m.actor.kind == "person" and (not m.actor.affiliations or any(
                        f.actor == c.source.actor.id for f in m.actor.affiliations)))), None)
                if speaker is not None:
                    trig = Trigger("threatens", gov.lemma_.lower(), "VERB", text=gov.lemma_.lower(),
                                   cameo=spec.get("cameo"))
                    out.append(EventCandidate("threatens", speaker, c.target, trig, gov, "verb",
                                              self._negated(gov), self._modality(gov), c.nested))
                    if warned:
                        threatened.append(c)
                break
        return out, threatened

    def _warned_fates(self: _Reader) -> list[EventCandidate]:
        """"Russia warned that Estonia would face consequences", "warned that the ADF would be
        crushed": a warning of what another side will suffer threatens that side (``fates`` of
        ``threats`` in triggers.json)."""
        spec = self.lex.threats
        out: list[EventCandidate] = []
        if not spec or not spec["fates"]:
            return out
        for verb in self._with_lemma(spec["verbs"]):
            for fate in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")):
                if not any(a.dep_ == "aux" and a.tag_ == "MD" for a in fate.children):
                    continue  # "warned that X was crushing dissent" reports, it does not threaten
                lemma = fate.lemma_.lower()
                passive = any(a.dep_ == "auxpass" for a in fate.children)
                hostile = passive and (trig := self._match(fate, self.lex.verbs)) is not None \
                    and trig.relation in spec["relations"]
                objs = {o.lemma_.lower() for o in fate.children if o.dep_ in ("dobj", "obj")}
                conditional = lemma in spec["conditional_fates"] and any(
                    c.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ in spec["conditions"]
                                              for k in c.children) for c in fate.children)
                fated = lemma in spec["fates"] and (lemma in spec["bare_fates"] or conditional
                                                    or bool(objs & spec["fate_objects"]))
                if not (hostile or fated):
                    continue
                victims = [m for s in fate.children if s.dep_ in ("nsubj", "nsubjpass")
                           for m in self._resolve(s)[0]]
                speakers = [m for t in self._subject_tokens(verb) for m in self._resolve(t)[0]]
                trig = Trigger("threatens", verb.lemma_.lower(), "VERB",
                               text=f"{verb.lemma_.lower()} ... {lemma}", cameo=spec.get("cameo"))
                out.extend(self._pairs(trig, verb, "verb", speakers, victims, self._negated(verb),
                                       self._modality(verb), False))
        return out

    def _conditional_responses(self: _Reader) -> list[EventCandidate]:
        """"X said his country would defend itself if Y went ahead": a response announced on a
        condition another side names threatens that side (``responses`` of ``threats``)."""
        spec = self.lex.threats
        out: list[EventCandidate] = []
        if not spec or not spec["responses"]:
            return out
        # "would respond if ...", or a modal clause whose object is a response: "would consider
        # further measures if ...", "there will be consequences if ..."
        verbs = {v.i: v for v in self._with_lemma(spec["responses"])}
        verbs.update((o.head.i, o.head) for o in self._with_lemma(spec["response_objects"], pos=None)
                     if o.dep_ in ("dobj", "obj", "attr") and o.head.pos_ in ("VERB", "AUX"))
        for _i, verb in sorted(verbs.items()):
            if not any(a.dep_ == "aux" and a.tag_ == "MD" for a in verb.children):
                continue
            conds = [c for c in verb.children if c.dep_ == "advcl"
                     and any(m.dep_ == "mark" and m.lower_ in spec["conditions"] for m in c.children)]
            targets = [m for c in conds for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                       for m in self._resolve(s)[0]]
            sides = [m for t in self._subject_tokens(verb) for m in self._resolve(t)[0]]
            unconditional = not conds and not any((p.dep_ == "prep" and p.lower_ == "to")
                                                  or p.dep_ in ("dobj", "obj") for p in verb.children)
            if unconditional:
                # "Paris would respond in an appropriate manner": to the other side's act
                own = {m.actor.id for m in sides}
                targets = [m for m in self._other_actors(verb) if m.actor.id not in own]
            said = verb.head if verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and (
                verb.head.lemma_.lower() in self._reporting or verb.head.lemma_.lower() in spec["verbs"]) \
                else None
            speakers = [m for t in self._subject_tokens(said) for m in self._resolve(t)[0]] if said else []
            if not targets or not (sides or speakers):  # ("there will be consequences": the speaker's)
                continue
            trig = Trigger("threatens", verb.lemma_.lower(), "VERB",
                           text=f"{verb.lemma_.lower()} ... if", cameo=spec.get("cameo"))
            head = said or verb  # "said it would retaliate if X ...": the saying is the threat
            who = [*sides, *speakers] if unconditional else speakers or sides  # the side, and who says so
            out.extend(self._pairs(trig, head, "verb", who, targets,
                                   self._negated(head), self._modality(head), False))
        return out

    def _conditional_refusals(self: _Reader) -> list[EventCandidate]:
        """"Asmara would sign nothing unless Ethiopia amended its constitution", "said it would
        not sign until Eritrea accounted for its soldiers": refusing an act until another side
        acts demands that of the other side (``conditional_refusals`` in triggers.json)."""
        spec = self.lex.conditional_refusals
        out: list[EventCandidate] = []
        if not spec:
            return out
        for cond in self._tokens:
            verb = cond.head
            if cond.dep_ != "advcl" or verb.pos_ != "VERB" or cond.i == verb.i \
                    or not any(m.dep_ == "mark" and m.lower_ in spec["marks"] for m in cond.children):
                continue
            # "would sign nothing", "would free no prisoners until": the object says the refusal
            refused = self._negated(verb) or any(
                o.dep_ in ("dobj", "obj") and (o.lower_ in spec["nothing_words"] or any(
                    d.dep_ == "det" and d.lower_ in self.lex.negators for d in o.children))
                for o in verb.children)
            targets = [m for s in cond.children if s.dep_ in ("nsubj", "nsubjpass")
                       for m in self._resolve(s)[0]]
            sides = [m for t in self._subject_tokens(verb) for m in self._resolve(t)[0]]
            if not refused or not targets or not sides:
                continue
            mark = next(m.lower_ for m in cond.children if m.dep_ == "mark" and m.lower_ in spec["marks"])
            trig = Trigger(spec["relation"], verb.lemma_.lower(), "VERB",
                           text=f"not {verb.lemma_.lower()} ... {mark}", cameo=spec.get("cameo"))
            out.extend(self._pairs(trig, verb, "verb", sides, targets, False, "asserted", False))
        return out

    def _alleged_acts(self: _Reader) -> list[EventCandidate]:
        """"In response to what they said was Tehran's delivery of missiles": a free relative
        that reports an act as the speaker's claim accuses the act's owner (``alleged_acts``)."""
        spec = self.lex.alleged_acts
        out: list[EventCandidate] = []
        if not spec:
            return out
        verbs = [v for v in self._with_lemma(spec["verbs"])
                 if any(t.lower_ == "what" for t in self._doc[max(v.i - 3, self.sent.start):v.i])]
        if not verbs:
            return out
        # an event noun, or a wrong one is accused of ("interference", "meddling")
        wrongs = {n for _rel, nouns, _aimed in self.lex.back_references.values()
                  for n, kinds in nouns.items() if "accuses" in kinds}
        for verb in verbs:
            speakers = [m for t in self._subject_tokens(verb) for m in self._resolve(t)[0]]
            if not speakers:
                continue
            own = {m.actor.id for m in speakers}
            end = min(verb.i + spec["reach"], self.sent.end)
            act = next((n for n in self._doc[verb.i + 1:end] if n.pos_ == "NOUN" and (
                n.lemma_.lower() in wrongs or self._match(n, self.lex.nouns) is not None)), None)
            owners = [self._at[c.i] for c in act.children if c.dep_ in ("poss", "compound", "amod")
                      and c.i in self._at and self._at[c.i].actor.id not in own] if act is not None else []
            if not owners:
                continue
            trig = Trigger(spec["relation"], verb.lemma_.lower(), "VERB",
                           text=f"what ... {verb.lemma_.lower()}", cameo=spec.get("cameo"))
            out.extend(self._pairs(trig, verb, "verb", speakers, owners, False, "asserted", False))
        return out

    def _denied_clauses(self: _Reader) -> list[EventCandidate]:
        """"X accused Y of firing on its positions, which Y denied": a denial whose object is
        "which" standing for the accusing clause before it rejects the accuser."""
        out: list[EventCandidate] = []
        for verb in self._with_lemma(self.lex.denial_verbs):
            said = verb.head
            if verb.dep_ not in ("advcl", "relcl") or said.pos_ != "VERB" or said.i > verb.i \
                    or not any(c.dep_ in ("dobj", "obj") and c.tag_ == "WDT" for c in verb.children):
                continue
            trig = self._match(said, self.lex.verbs)
            if trig is None or trig.relation not in ("accuses", "condemns"):
                continue
            deniers = [m for t in self._subject_tokens(verb) for m in self._resolve(t)[0]]
            accusers = [m for t in self._subject_tokens(said) for m in self._resolve(t)[0]]
            lemma = verb.lemma_.lower()
            out.extend(self._pairs(Trigger("rejects", lemma, "VERB", text=f"{lemma} which"), verb, "verb",
                                   deniers, accusers, self._negated(verb), self._modality(verb), False))
        return out

    def _vowed_combats(self: _Reader) -> list[EventCandidate]:
        """"vowed to fight the foreign force", "said we will pursue them": combat a side
        announces threatens the actor it names (``combats`` of ``threats``), though fighting
        by itself ("fight poverty", "pursue talks") is no attack."""
        spec = self.lex.threats
        out: list[EventCandidate] = []
        if not spec or not spec["combats"]:
            return out
        for act in self._with_lemma(spec["combats"]):
            if act.head.i == act.i:
                continue
            gov = act.head
            modal = any(a.dep_ == "aux" and a.tag_ == "MD" for a in act.children)
            vowed = act.dep_ == "xcomp" and gov.lemma_.lower() in spec["verbs"]
            said = act.dep_ == "ccomp" and modal and (
                gov.lemma_.lower() in spec["verbs"] or gov.lemma_.lower() in self._reporting)
            if not (vowed or said) or gov.pos_ != "VERB":
                continue
            targets = [m for o in act.children if o.dep_ in ("dobj", "obj")
                       for m in self._resolve(o)[0] if m.how != "place"]
            own = [m for s in act.children if s.dep_ == "nsubj" for m in self._resolve(s)[0]] \
                if said else []
            sources = own or [m for t in self._subject_tokens(gov) for m in self._resolve(t)[0]]
            trig = Trigger("threatens", gov.lemma_.lower(), "VERB",
                           text=f"{gov.lemma_.lower()} ... {act.lemma_.lower()}", cameo=spec.get("cameo"))
            out.extend(self._pairs(trig, gov, "verb", sources, targets,
                                   self._negated(gov) or self._negated(act), self._modality(gov), False))
        return out

    def _vowed_reprisals(self: _Reader) -> list[EventCandidate]:
        """"Moscow promised retaliation against Poland", "Poland expels Russian diplomats, Moscow
        promises retaliation": a reprisal a side vows (one of the ``fate_objects`` of ``threats``
        as the object of a threat verb) threatens the side it names, else the other side acting
        in the sentence or the one before."""
        spec = self.lex.threats
        out: list[EventCandidate] = []
        if not spec or not spec["fate_objects"]:
            return out
        for verb in self._with_lemma(spec["verbs"]):
            nouns = [o for o in verb.children if o.dep_ in ("dobj", "obj")
                     and o.lemma_.lower() in spec["fate_objects"]]
            # "the Houthis vowed to retaliate": a reprisal verb with no one named to suffer it
            named = ("dobj", "obj", "prep")  # ("vowed to retaliate against X": the threat reading's)
            nouns += [x for x in verb.children if x.dep_ == "xcomp" and phrasal(x) in spec["reprisals"]
                      and not any(o.dep_ in named for o in x.children)]
            if not nouns:
                continue
            sources = [m for t in self._subject_tokens(verb) for m in self._resolve(t)[0]]
            own = {m.actor.id for m in sources}
            targets = [m for n in (*nouns, verb) for p in n.children if p.dep_ == "prep"
                       and p.lower_ in ("against", "on", "for") for o in p.children if o.dep_ == "pobj"
                       for m in self._resolve(o)[0] if m.how != "place"]
            if not targets:
                targets = [m for m in self._other_actors(verb) if m.actor.id not in own]
            lemma = verb.lemma_.lower()
            trig = Trigger("threatens", lemma, "VERB", text=f"{lemma} ... {nouns[0].lemma_.lower()}",
                           cameo=spec.get("cameo"))
            out.extend(self._pairs(trig, verb, "verb", sources, targets, self._negated(verb),
                                   self._modality(verb), False))
        return out

    def _other_actors(self: _Reader, verb: Token) -> list[Mention]:
        """The subject actors of the sentence's other clauses, else of the sentence before: the
        side whose act a reprisal answers."""
        sides = [m for t in self._subject_tokens(verb) for m in self._resolve(t)[0]]
        own = {m.actor.id for m in sides} | {a.actor for m in sides for a in m.actor.affiliations}

        def mine(m: Mention) -> bool:
            return m.actor.id in own or any(a.actor in own for a in m.actor.affiliations)

        here = [t for t in self._tokens if t.dep_ in ("nsubj", "nsubjpass") and t.i in self._at
                and t.head.i != verb.i and self._at[t.i].how != "pronoun"
                and t.head.lemma_.lower() not in self._reporting]  # not who tells of it
        if here:  # the first such subject, with its conjuncts ("Kenya and Uganda to send troops")
            found = self._resolve(here[0])[0]
            said = self._match(here[0].head, self.lex.verbs)
            if found and all(mine(m) for m in found) and said is not None \
                    and said.relation in self.lex.voiced_relations:
                # "France accused the junta of ... and said Paris would respond": the side accused
                found = [m for o in here[0].head.children if o.dep_ in ("dobj", "obj")
                         for m in self._resolve(o)[0] if not mine(m)] or found
            return found
        last = [m for i, m in sorted(self._before.items()) if self._doc[i].dep_ == "nsubj"
                and m.how != "pronoun"][:1]
        # ("US and British jets struck ... The Houthis vowed to retaliate": both of them)
        return [*last, *(Mention(m.start, m.end, a, m.text, m.how) for m in last for a in m.others)]

    def _judgement(self: _Reader, verb: Token) -> str | None:
        """The relation of the judgement an evaluating verb passes ("called the move a
        provocation": condemns), or None when ``verb`` passes none."""
        spec = self.lex.evaluations
        if not spec or verb.pos_ != "VERB" or verb.lemma_.lower() not in spec["verbs"]:
            return None
        objs = [o for o in verb.children if o.dep_ in ("dobj", "obj")]
        judged = [c for c in verb.children if c.dep_ in ("oprd", "attr", "acomp")]
        if not judged:  # "called the expulsion unacceptable", the adjective parsed as the noun's
            judged = [a for o in objs for a in o.children if a.dep_ == "amod" and a.i > o.i]
        if not judged and verb.lemma_.lower() == "describe":
            judged = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                      for o in p.children if o.dep_ in ("pobj", "amod", "acomp")]
        if not judged:  # "called X's seizure of the ship an act of piracy", parsed as apposed
            judged = [a for o in objs for a in o.children if a.dep_ == "appos" and a.i > o.i]
        # the judgement's own phrase: "an act of piracy", "an unfriendly and groundless step"
        words = {t.lemma_.lower() for j in judged for t in j.subtree
                 if t == j or t.dep_ in ("amod", "compound", "oprd", "attr", "acomp", "pobj", "conj")}
        # and two-word judgements after the object: "a step forward", "a step backwards"
        after: list[Token] = list(self._doc[max(o.right_edge.i for o in objs) + 1:verb.right_edge.i + 1]) \
            if objs else []
        words |= {f"{a.lemma_.lower()} {b.lower_}" for a, b in pairwise(after)
                  if a.head == b or b.head == a}
        return judgement(words, spec)

    def _evaluations(self: _Reader, direct: bool) -> list:
        """"Turkey called Israel a terror state" (direct: an edge to the actor called so);
        "Japan called the drills a provocation" (not direct: a back reference to the drills'
        authors). ``evaluations`` in triggers.json lists the verbs and the words of judgement."""
        spec = self.lex.evaluations
        out: list = []
        if not spec:
            return out
        for verb in self._with_lemma(spec["verbs"]):
            relation = self._judgement(verb)
            objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
            if relation is None or not objs:
                continue
            sources = [m for t in self._subject_tokens(verb) for m in self._resolve(t)[0]]
            # "Glas' detention" names the detained: the act's author is found among earlier edges,
            # unless the phrase names the detained apart ("Estonia's detention of the tanker")
            targets = [m for o in objs if o.lemma_.lower() not in spec["patient_nouns"]
                       or any(p.dep_ == "prep" and p.lower_ == "of" for p in o.children)
                       for m in self._resolve(o, nested=True)[0] if m.how != "pronoun"]
            trig = Trigger(relation, verb.lemma_.lower(), "VERB",
                           text=f"{verb.lemma_.lower()} ... {relation}")
            if direct and targets:
                out.extend(self._pairs(trig, verb, "verb", sources, targets, self._negated(verb),
                                       self._modality(verb), False))
            elif not direct and not targets:
                kinds = {k for o in objs for k in spec["acts"].get(o.lemma_.lower(), ())}
                out.extend(BackReference(relation, src, tuple(sorted(kinds)), trig, verb, self._negated(verb),
                                         self._modality(verb), aimed=False) for src in sources if kinds)
        return out

    def _violations(self: _Reader, direct: bool) -> list:
        """"X said the Tajik side had violated the ceasefire" (accuses the side), "X said
        Burundi's closure of the border violated the principles" (condemns Burundi); with an act
        of no named author, not ``direct``: a back reference to whoever did it."""
        spec = self.lex.evaluations.get("violations", {}) if self.lex.evaluations else {}
        out: list = []
        for verb in self._with_lemma(spec.get("verbs", ())):
            report = verb.head
            if verb.dep_ != "ccomp" or report.lemma_.lower() not in self._reporting:
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            sources = [m for t in self._subject_tokens(report) for m in self._resolve(t)[0]]
            actors = [m for t in subjects for m in self._resolve(t)[0] if m.how != "pronoun"]
            acts = [t for t in subjects if not actors and t.pos_ == "NOUN"]
            owners = [m for t in acts if t.lemma_.lower() not in self.lex.evaluations["patient_nouns"]
                      for m in self._resolve(t, nested=True)[0] if m.how != "pronoun"]
            relation = spec["by_actor"] if actors else spec["by_act"]
            trig = Trigger(relation, verb.lemma_.lower(), "VERB", text=f"say ... {verb.lemma_.lower()}")
            targets = actors or owners
            if direct and targets:
                out.extend(self._pairs(trig, verb, "verb", sources, targets, self._negated(verb),
                                       self._modality(report), True))
            elif not direct and not targets and acts:
                kinds = {k for t in acts for k in self.lex.evaluations["acts"].get(t.lemma_.lower(), ())}
                out.extend(BackReference(relation, src, tuple(sorted(kinds)), trig, verb, self._negated(verb),
                                         self._modality(report), aimed=False) for src in sources if kinds)
        return out

    def _judged_deeds(self: _Reader) -> list[EventCandidate]:
        """"India has taken irresponsible steps," Dar said; "Iran said the US had taken provocative
        actions": a side said to do something a word of judgement qualifies is judged by the
        speaker (a negative word condemns, a positive one supports)."""
        spec = self.lex.evaluations
        out: list[EventCandidate] = []
        if not spec:
            return out
        for verb in self._tokens:
            report = verb.head
            if verb.pos_ != "VERB" or verb.dep_ != "ccomp" or report.lemma_.lower() not in self._reporting \
                    or verb.lemma_ == "be":
                continue
            words = {a.lower_ for o in verb.children if o.dep_ in ("dobj", "obj") and o.pos_ == "NOUN"
                     for a in o.children if a.dep_ == "amod" and a.pos_ == "ADJ" and a.is_alpha
                     and not (a.i > 0 and self._doc[a.i - 1].text == "-")}  # not "non-interference"
            relation = judgement(words, spec)
            if relation is None:
                continue
            targets = [m for c in verb.children if c.dep_ == "nsubj" for m in self._resolve(c)[0]
                       if m.how != "pronoun"]
            sources = [m for t in self._subject_tokens(report) for m in self._resolve(t)[0]]
            trig = Trigger(relation, verb.lemma_.lower(), "VERB", text=f"say ... {relation}")
            out.extend(self._pairs(trig, verb, "verb", sources, targets, self._negated(verb),
                                   self._modality(report), True))
        return out

    def _judged_possessions(self: _Reader) -> list[EventCandidate]:
        """"Mali's government said, citing X's hostile and outrageous comments": an act owned by a
        side and qualified by words of judgement, taken up by a verb of no relation of its own, is
        judged by that verb's subject."""
        spec = self.lex.evaluations
        out: list[EventCandidate] = []
        if not spec:
            return out
        for noun in self._tokens:
            verb = noun.head
            if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "obj") or verb.pos_ != "VERB" \
                    or self._match(verb, self.lex.verbs) is not None or self._judgement(verb) is not None:
                continue
            adjs = [a for a in noun.children if a.dep_ == "amod" and a.pos_ == "ADJ"]
            relation = judgement({w.lower_ for a in adjs for w in (a, *a.conjuncts)}, spec)
            owners = [m for c in noun.children if c.dep_ == "poss" for m in self._resolve(c)[0]
                      if m.how != "pronoun"]
            if relation is None or not owners:
                continue
            sources = [m for t in self._subject_tokens(verb) for m in self._resolve(t)[0]]
            lemma = verb.lemma_.lower()
            trig = Trigger(relation, lemma, "VERB", text=f"{lemma} ... {relation}")
            out.extend(self._pairs(trig, verb, "verb", sources, owners, self._negated(verb),
                                   self._modality(verb), True))
        return out

    def _reaction(self: _Reader, noun: Token, trig: Trigger) -> list[EventCandidate] | None:
        """"The move drew condemnation from X", "Y's veto was met with criticism in X": X reacts to
        the act's owner (None when ``noun`` is no reaction met by an act)."""
        spec = self.lex.reactions
        if not spec or trig.relation not in spec["relations"]:
            return None
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else noun.head
        if noun.dep_ not in ("dobj", "obj", "pobj") or verb.lemma_.lower() not in spec["verbs"] \
                or verb.pos_ not in ("VERB", "AUX"):
            return None
        froms = [o for h in (noun, verb) for p in h.children if p.dep_ == "prep"
                 and p.lower_ in spec["source_preps"] for o in p.children if o.dep_ == "pobj"]
        sources = [m for o in froms for m in self._resolve(o)[0]
                   if o.head.lower_ != "in" or m.actor.kind == "state"]
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            subjects = self._subject_tokens(verb)  # "X raided a bank, prompting condemnation": X's act
        targets = [m for t in subjects for m in self._resolve(t)[0]]
        if not targets:  # "Serbia's decision", "the US move": the act's owner
            targets = [m for t in subjects for m in self._possessor(t) if m.how != "pronoun"]
        negated = self._negated(verb) or self._noun_negated(noun)
        modality = stronger(self._modality(verb), self._noun_modality(noun))
        return self._pairs(trig, noun, "nominal", unique(sources), unique(targets), negated, modality, True)

    def _stances(self: _Reader) -> list[EventCandidate]:
        """"Malaysia, a vocal critic of the junta", "Iran is a key backer of the Houthis"."""
        out: list[EventCandidate] = []
        for noun in self._with_lemma(self.lex.stances, "NOUN"):
            relation = self.lex.stances[noun.lemma_.lower()]
            if noun.dep_ not in ("appos", "attr") \
                    or (noun.dep_ == "attr" and self._match(noun, self.lex.nouns) is not None):
                continue  # an event noun after "be" is read as such ("X is a supporter of Y")
            holder = noun.head if noun.dep_ == "appos" else next(
                (c for c in noun.head.children if c.dep_ == "nsubj"), None)
            sources = self._resolve(holder)[0]
            targets = [m for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj" for m in self._resolve(o, nested=True)[0]]
            trig = Trigger(relation, noun.lemma_.lower(), "NOUN", text=f"{noun.lemma_.lower()} of")
            verb = noun.head if noun.dep_ == "attr" else noun
            out.extend(self._pairs(trig, noun, "nominal", sources, targets, self._negated(verb),
                                   self._modality(verb), False))
        return out

    def _reported_judgements(self: _Reader, direct: bool = True) -> list:
        """"China said the US move was irresponsible": the reporter judges the actor or its act
        (direct: an edge); "Britain said the veto was shameful": an act named by a noun with no
        actor in it (``acts`` of ``evaluations``) is blamed on its authors (not direct: a back
        reference to the act's authors among earlier edges), as :meth:`_evaluations` reads
        "called the veto shameful"."""
        spec = self.lex.evaluations
        out: list = []
        if not spec:
            return out
        for be in self._with_lemma(_COPULAS, None):
            report = be.head
            copula = be.lemma_.lower()
            if copula not in _COPULAS or be.dep_ != "ccomp" or report.lemma_.lower() not in self._reporting:
                continue
            # "the move was interference", "amounted to interference", "constitutes a violation"
            judged = [c for c in be.children if c.dep_ in ("attr", "acomp")
                      or (copula != "be" and c.dep_ in ("dobj", "obj"))] + [
                o for p in be.children if copula == "amount" and p.dep_ == "prep" and p.lower_ == "to"
                for o in p.children if o.dep_ == "pobj"]
            words = {t.lemma_.lower() for j in judged for t in (j, *j.children) if t.dep_ != "neg"}
            relation = judgement(words, spec)
            blame = spec.get("blame", {})
            if copula == "be" and blame and self._blamed_for_harm(be, blame):
                relation = blame["relation"]  # "said Serbia was responsible for / behind the attack"
            subjects = [c for c in be.children if c.dep_ == "nsubj"]
            if relation is None or not subjects:
                continue
            targets = [m for t in subjects for m in self._resolve(t)[0]] \
                or [m for t in subjects for m in self._possessor(t) if m.how != "pronoun"]
            sources = [m for t in self._subject_tokens(report) for m in self._resolve(t)[0]]
            trig = Trigger(relation, "be", "VERB", text=f"say ... be ... {relation}")
            kinds = tuple(sorted({k for t in subjects for k in spec["acts"].get(t.lemma_.lower(), ())}))
            back = not targets and kinds and relation == "condemns" and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for t in subjects for c in t.children)
            # (praise of "the deal" is often a side's of its own deal: only blame refers back)
            if back and not direct:
                out.extend(BackReference(relation, src, kinds, trig, be, self._negated(be),
                                         self._modality(report), aimed=False) for src in sources)
            elif direct and not back:
                out.extend(self._pairs(trig, be, "verb", sources, targets, self._negated(be),
                                       self._modality(report), True))
        return out

    def _blamed_for_harm(self: _Reader, be: Token, blame: dict) -> bool:
        """True for "was responsible for the attack", "was behind the bombing": blame for a hostile
        act (a noun of a relation of conflict), not "responsible for security"."""
        adjs = [c for c in be.children
                if c.dep_ == "acomp" and c.lemma_.lower() in blame.get("adjectives", ())]
        objs = [o for h in (be, *adjs) for p in h.children if p.dep_ == "prep"
                and (p.lower_ in blame.get("preps", ()) or (h is not be and p.lower_ in ("for", "of")))
                for o in p.children if o.dep_ == "pobj"]
        return any((trig := self._match(o, self.lex.nouns)) is not None and trig.relation in self._conflict
                   for o in objs)

    def _reacted_back(self: _Reader) -> list[BackReference]:
        """"The move drew criticism from X": X reacts to whoever made the earlier move."""
        spec = self.lex.reactions
        out: list[BackReference] = []
        if not spec:
            return out
        for noun in self._tokens:
            trig = self._match(noun, self.lex.nouns) if noun.pos_ == "NOUN" else None
            if trig is None or trig.relation not in spec["relations"]:
                continue
            verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else noun.head
            if verb.lemma_.lower() not in spec["verbs"] or verb.pos_ not in ("VERB", "AUX"):
                continue
            acts = {n: kinds for rel, nouns, _aimed in self.lex.back_references.values()
                    if rel == trig.relation for n, kinds in nouns.items()}
            for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
                kinds = acts.get(subj.lemma_.lower())
                if not kinds or subj.i in self._at or self._possessor(subj) \
                        or not any(c.lower_ in ("the", "this", "that") for c in subj.children):
                    continue
                froms = [o for h in (noun, verb) for p in h.children if p.dep_ == "prep"
                         and p.lower_ in spec["source_preps"] for o in p.children if o.dep_ == "pobj"]
                for src in unique([m for o in froms for m in self._resolve(o)[0]]):
                    out.append(BackReference(trig.relation, src, kinds, trig, verb, self._negated(verb),
                                             self._modality(verb), aimed=False))
        return out

    def _similar_acts(self: _Reader) -> list[BackReference]:
        """"Cameroon made a similar offer": an act like an earlier one, with no target of its own,
        aimed where that one was."""
        out: list[BackReference] = []
        for noun in self._tokens:
            if noun.pos_ != "NOUN" or not any(c.dep_ == "amod" and c.lower_ in _LIKE for c in noun.children) \
                    or any(c.dep_ == "prep" for c in noun.children):
                continue
            trig = self._match(noun, self.lex.nouns)
            verb = noun.head
            if trig is None or noun.dep_ not in ("dobj", "obj") \
                    or verb.lemma_.lower() not in self.lex.light_verbs \
                    or any(c.dep_ in ("prep", "dative") and c.lower_ != "in" for c in verb.children):
                continue  # "made a similar proposal to Syria" names its own target
            for src in (m for t in self._subject_tokens(verb) for m in self._resolve(t)[0]):
                out.append(BackReference(trig.relation, src, (trig.relation,), trig, verb,
                                         self._negated(verb), self._modality(verb), aimed=False, echo=True))
        return out

    def _unanswered(self: _Reader) -> list[tuple[Token, Token, list[Mention]]]:
        """The clauses "an act will not go unanswered" of the sentence: (the clause's verb, the act
        noun, the speakers who say so)."""
        out = []
        for verb in self._with_lemma(("go",), None):
            if not any(c.dep_ in ("acomp", "oprd") and c.lower_ == "unanswered"
                                                      for c in verb.children) \
                    or not any(c.dep_ == "neg" for c in verb.children):
                continue
            acts = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                    and (trig := self._match(c, self.lex.nouns)) is not None
                    and trig.relation in self._conflict]
            said = verb.head if verb.dep_ == "ccomp" else None
            subjects = self._subject_tokens(said) if said is not None and said.pos_ == "VERB" else []
            # "its spokesman, X, said": the side the spokesman speaks for, whose side X is
            owners = [m for t in subjects if t.pos_ == "NOUN" for c in t.children if c.dep_ == "poss"
                      for m in self._resolve(c)[0] if m.actor.kind != "person"]
            speakers = owners or [m for t in subjects for m in self._resolve(t)[0]]
            if acts and speakers:
                out.append((verb, acts[0], speakers))
        return out

    def _unanswered_acts(self: _Reader) -> list[EventCandidate]:
        """"Al-Houthi warned that any American attack would not go unanswered": a threat to the
        act's named agent."""
        out: list[EventCandidate] = []
        for verb, act, speakers in self._unanswered():
            agents = self._noun_agents(act, Trigger("attacks", act.lemma_.lower(), "NOUN"))
            out.extend(self._pairs(_unanswered_trigger(self.lex), verb, "verb", speakers, agents,
                                   False, "asserted", True))
        return out

    def _unanswered_back(self: _Reader) -> list[BackReference]:
        """"The strikes will not go unanswered", said the group's spokesman: a threat to whoever
        struck the group (the document's latest such act aimed at the speaker's side)."""
        out: list[BackReference] = []
        for verb, act, speakers in self._unanswered():
            if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "this") for c in act.children):
                continue
            trig = self._match(act, self.lex.nouns)
            kinds = (trig.relation,) if trig is not None else ("attacks",)
            threat = _unanswered_trigger(self.lex)
            out.extend(BackReference("threatens", sp, kinds, threat, verb, False, "asserted", aimed=True)
                       for sp in speakers)
        return out

    def _ended_talks(self: _Reader) -> list[BackReference]:
        """"The junta suspended the talks", "the rebels broke off the negotiations" (a measure),
        "walked out of the talks", "withdrew from the negotiations" (a refusal): aimed at the side
        the talks were held with, named earlier in the article."""
        out: list[BackReference] = []
        for talks in self._tokens:  # the definite talks first, the verb's trigger after (cheaper)
            verb = talks.head.head if talks.dep_ == "pobj" and talks.head.dep_ == "prep" else talks.head
            out_of = verb.lower_ == "out" and verb.dep_ in ("prep", "prt")  # "walked out of the talks"
            verb = verb.head if out_of else verb
            if talks.dep_ not in ("dobj", "obj", "pobj") or verb.pos_ != "VERB" or talks.i in self._at \
                    or not any(c.dep_ == "det" and c.lower_ in ("the", "these") for c in talks.children) \
                    or any(p.dep_ == "prep" and p.lower_ in ("with", "between")
                           for p in (*talks.children, *verb.children)):
                continue  # "suspended talks with X" names its partner
            noun = self._match(talks, self.lex.nouns)
            if noun is None or noun.relation not in ("meets", "negotiates"):
                continue
            if talks.dep_ == "pobj":  # "walked out of the talks", not "suspended aid during the talks"
                kids = {c.lower_ for c in verb.children} | ({"out"} if out_of else set())
                lemma = talks.lemma_.lower()
                trig = next((t for t in self.lex.verbs.get(verb.lemma_.lower(), ())
                             if (t.prep == talks.head.lower_ or (t.prep is None and lemma in t.deep))
                             and all(w in kids for w in t.near)), None)
            else:
                trig = self._match(verb, self.lex.verbs)
            if trig is None or trig.relation not in ("sanctions", "rejects"):
                continue
            for src in (m for t in self._subject_tokens(verb) for m in self._resolve(t)[0]):
                out.append(BackReference(trig.relation, src, ("negotiates", "meets"), trig, verb,
                                         self._negated(verb), self._modality(verb), aimed=False,
                                         partner=True))
        return out

    def _go_betweens_back(self: _Reader) -> list[BackReference]:
        """"The talks, which Saudi and US mediators adjourned", "a mediation attempt launched by
        Egypt": a go-between named with no parties meets those of the latest talks
        (``back_nouns`` of ``go_between_roles``)."""
        out: list[BackReference] = []
        spec = self.lex.go_between_roles
        nouns = self._with_lemma(spec.get("back_nouns", ()), pos="NOUN")
        if not nouns:
            return out
        talks = any(lemma in spec.get("back_talks", ()) for lemma in self._lemmas)
        for noun in nouns:
            if any(p.dep_ == "prep" and p.lower_ in ("between", "of", "with") for p in noun.children):
                continue  # "mediation between X and Y" names them
            if not talks and not (noun.dep_ == "compound" and noun.head.lemma_.lower() in spec.get(
                    "back_efforts", ())):
                continue  # ("freed four prisoners after Qatari mediation": history)
            owners = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss")]
            owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
                       for o in p.children if o.dep_ == "pobj"]
            if noun.dep_ == "compound":  # "a mediation attempt launched by Egypt"
                owners += [o for v in noun.head.children if v.dep_ == "acl" for a in v.children
                           if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
                owners += [c for c in noun.head.children if c.dep_ == "poss"]
            sources = unique([m for t in owners for m in self._resolve(t)[0] if m.actor.kind != "person"
                              or m.how != "pronoun"])
            trig = Trigger("meets", noun.lemma_.lower(), "NOUN", text=noun.lemma_.lower())
            out.extend(BackReference("meets", src, ("negotiates", "meets"), trig, noun, False,
                                     self._noun_modality(noun), aimed=False) for src in sources)
        return out

    def _asked_releases(self: _Reader) -> list[BackReference]:
        """"Vietnam demanded the immediate release of the fishermen": a release asked for, with
        no holder named ("by", "from"), is asked of whoever last held the asker's people."""
        out: list[BackReference] = []
        for noun in self._tokens:
            verb = noun.head
            if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
                verb = noun.head.head  # "called for the release of X"
            if noun.dep_ not in ("dobj", "obj", "pobj") or not self._freeing(noun) or verb.pos_ != "VERB" \
                    or any(p.dep_ == "prep" and p.lower_ in ("by", "from")
                           for p in (*noun.children, *verb.children)):
                continue
            trig = self._asking_trigger(verb)
            if trig is None:
                continue
            for src in (m for t in self._subject_tokens(verb) for m in self._resolve(t)[0]):
                out.append(BackReference(trig.relation, src, ("coerces",), trig, verb,
                                         self._negated(verb), self._modality(verb)))
        return out

    def back_references(self: _Reader) -> list[BackReference]:
        """Verbs acting on a statement named by a definite noun, with their actor."""
        out: list[BackReference] = [*self._evaluations(direct=False), *self._reacted_back(),
                                    *self._similar_acts(), *self._violations(direct=False),
                                    *self._ended_talks(), *self._unanswered_back(),
                                    *self._reported_judgements(direct=False), *self._asked_releases(),
                                    *self._go_betweens_back()]
        for verb in self._with_lemma(self.lex.back_references):
            entry = self.lex.back_references[verb.lemma_.lower()]
            relation, nouns, aimed = entry
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
            if verb.dep_ == "acl":  # "an assertion challenged by Kyiv"
                objs, passive = [verb.head], True
            elif verb.dep_ == "relcl" and not passive and verb.head.lemma_.lower() in nouns:
                objs = [verb.head]  # "..., a charge Baku denied"
            else:
                deps = ("nsubjpass",) if passive else ("dobj", "obj")
                objs = [c for c in verb.children if c.dep_ in deps]
            if not objs and not passive:
                # "..., a charge Abu Dhabi has denied" read with "a charge" as a word of the name
                objs = [d for c in verb.children if c.dep_ == "nsubj" for d in c.children
                        if d.dep_ == "compound" and d.i < c.i and d.lemma_.lower() in nouns
                        and any(x.dep_ == "det" for x in d.children)]
            named = [] if objs or passive else _called_so(verb)
            objs = objs or named  # "condemned what he called a cowardly assault": the assault
            if not objs and not passive and verb.lemma_.lower() in self.lex.denial_verbs \
                    and "accusation" in nouns:
                out.extend(self._denied_acts(verb, relation, nouns["accusation"], aimed))
            for noun in objs:
                kinds = nouns.get(noun.lemma_.lower()) or nouns.get(_partitive_of(noun, self._partitive))
                if (noun.tag_ == "WDT" and verb.dep_ == "relcl" and self._doc[noun.i - 1].text == ",") \
                        or (noun.lower_ in ("this", "that", "it") and noun.i not in self._at
                            and verb.lemma_.lower() in self.lex.denial_verbs):
                    kinds = nouns.get("accusation")  # "..., which Y denied", "Y denies this"
                before = noun.left_edge.i - 1  # ", an assertion challenged by X" sums up the clause
                summary = noun in named or noun.dep_ == "appos" or noun.tag_ == "WDT" or noun.pos_ == "PRON" \
                    or noun.lower_ in ("this", "that") \
                    or (before >= 0 and self._doc[before].text == ",")
                # "denied any incursion", "denies involvement": a denial of an act one was
                # accused of needs no definite article
                denial = verb.lemma_.lower() in self.lex.denial_verbs and "accuses" in (kinds or ())
                if not kinds or noun.i in self._at or not (summary or denial or any(
                        (c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those", "such"))
                        or (c.dep_ == "poss" and c.tag_ == "PRP$")  # "rebuffed his offers"
                        or self._harmed(noun, c)  # "condemned Suu Kyi's detention"
                        or (c.lower_ in _SEQUEL and relation == "meets")  # "host a second round"
                        for c in noun.children)):
                    continue  # "rejected a proposal" names a new one
                if passive:
                    toks = [p for a in verb.children if a.dep_ == "agent" for p in a.children
                            if p.dep_ == "pobj"]
                else:
                    toks = self._subject_tokens(verb)
                offer = self._offer_of(verb) if relation == "meets" else None
                for src in (m for t in toks for m in self._resolve(t)[0]):
                    trig = Trigger(relation, verb.lemma_.lower(), "VERB",
                                   text=f"{verb.lemma_.lower()} ... {noun.lemma_.lower()}")
                    out.append(BackReference(relation, src, kinds, trig, verb, self._negated(verb),
                                             self._modality(verb), aimed))
                    if offer is not None:  # "offered to host the next meeting": proposed to its parties
                        out.append(BackReference("proposes", src, kinds, offer[1], offer[0],
                                                 self._negated(offer[0]), self._modality(offer[0]), aimed))
        return out

    def _offer_of(self: _Reader, verb: Token) -> tuple[Token, Trigger] | None:
        """The verb offering or proposing the act ``verb`` ("offered to host", "proposed to
        hold", "ready to host") and its trigger, or None."""
        gov = verb.head
        if verb.dep_ == "xcomp" and gov.pos_ == "ADJ" and gov.lemma_.lower() in _WILLING:
            # "said it was ready to host a second round": an offer to the talks' parties
            return gov, Trigger("proposes", gov.lemma_.lower(), "ADJ", text=f"{gov.lemma_.lower()} to")
        if verb.dep_ != "xcomp" or gov.pos_ != "VERB":
            return None
        trig = self._match(gov, self.lex.verbs)
        return (gov, trig) if trig is not None and trig.relation == "proposes" else None

    def _denied_acts(self: _Reader, verb: Token, relation: str, kinds: tuple[str, ...], aimed: bool
                     ) -> list[BackReference]:
        """"Rwanda denied supporting the rebels", "Iran denied that it supplied drones": a denial
        of one's own act answers whoever accused the denier of it."""
        acts = [c for c in verb.children if (c.dep_ == "xcomp" and c.tag_ == "VBG") or c.dep_ == "ccomp"]
        if not acts:
            return []
        trig = Trigger(relation, verb.lemma_.lower(), "VERB", text=verb.lemma_.lower(), weak=True)
        return [BackReference(relation, src, kinds, trig, verb, self._negated(verb), self._modality(verb),
                              aimed)
                for src in (m for t in self._subject_tokens(verb) for m in self._resolve(t)[0])]


def _called_so(verb: Token) -> list[Token]:
    """The noun a free relative names an act by: "condemned what he called a cowardly assault",
    "denounced what it described as an illegal seizure" (the assault, the seizure)."""
    out = []
    for c in verb.children:
        if c.dep_ != "ccomp" or c.lemma_.lower() not in _NAMING or not any(
                w.tag_ == "WP" and w.lower_ == "what" for w in c.children):
            continue
        out += [o for o in c.children if o.dep_ in ("oprd", "attr", "dobj") and o.pos_ == "NOUN"]
        out += [o for p in c.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                if o.dep_ == "pobj"]
    return out


def _partitive_of(noun: Token, partitive: AbstractSet[str]) -> str:
    """The lemma of what a partitive noun counts ("a round of talks": "talk"), else ""."""
    if noun.lower_ not in partitive:
        return ""
    return next((o.lemma_.lower() for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"), "")


#: Adjectives that offer the act of their infinitive: "ready to host", "willing to host".
_WILLING = frozenset(("ready", "willing", "prepared"))

#: Words that make a meeting the sequel of earlier ones: "host a second round", "another round".
_SEQUEL = frozenset(("second", "third", "fourth", "further", "next", "another", "new", "fresh", "follow-up"))

#: Words that make an act like an earlier one: "a similar offer", "the same demand".
_LIKE = frozenset(("similar", "same", "identical", "parallel"))


#: Verbs that name a thing so: "what he called a provocation", "what it described as a seizure".
_NAMING = frozenset(("call", "describe", "term", "label", "dub", "brand"))


def judgement(words: AbstractSet[str], spec: dict) -> str | None:
    """The relation words of judgement state: a negative word condemns, a positive one supports."""
    if words & spec["negative"]:
        return "condemns"
    return "supports" if words & spec["positive"] else None


def _contrasted(clause: Token) -> bool:
    """True for a clause set against another by "while", "whereas" or "although": "X demanded
    that Y withdraw, while Y accused X of shelling" states Y's accusation, which no one asks for
    (a past tense and a named subject tell it from the time of "... while it talks with Z")."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBD" \
        and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas", "although") for c in clause.children) \
        and any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in clause.children)
