"""The trigger lexicon and the mention rules, loaded from data files.

``triggers.json`` lists, per relation, the verbs, nouns and multi-word
expressions that signal it; ``titles.json`` and ``mentions.json`` hold the
rules for titles, generic heads, pronouns and state organs. Users extend the
lexicon with :func:`load_lexicon` (a JSON file with the same ``relations``
layout) without touching code.

Examples
--------
>>> from kgraph.lexicon import default_lexicon
>>> lex = default_lexicon()
>>> [t.relation for t in lex.verbs["condemn"]]
['condemns']
>>> lex.nouns["veto"][0].relation
'vetoes'
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from ._data import read_data
from .errors import VocabularyError
from .vocab import Vocabulary, default_vocabulary

__all__ = ["Lexicon", "Trigger", "default_lexicon", "load_lexicon"]

_PREPS = frozenset((
    "with", "to", "on", "upon", "against", "at", "toward", "towards", "into", "from", "for",
    "of", "between", "by", "in", "over", "about",
))


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon entry.

    Attributes
    ----------
    relation : str
        Relation the trigger signals.
    head : str
        Lemma of the head word (a verb or a noun).
    pos : str
        ``"VERB"`` or ``"NOUN"``.
    near : tuple of str
        Lemmas that must be direct dependents of the head.
    deep : tuple of str
        Lemmas that must occur somewhere in the head's subtree ("block ... veto").
    prep : str or None
        The preposition that introduces the target ("call on" -> ``"on"``).
    weak : bool
        Ambiguous trigger; lowers confidence.
    text : str
        The entry as written in the lexicon.
    cameo : str or None
        A CAMEO code more specific than the relation's (from the relation's "codes").
    """

    relation: str
    head: str
    pos: str
    near: tuple[str, ...] = ()
    deep: tuple[str, ...] = ()
    prep: str | None = None
    weak: bool = False
    text: str = ""
    cameo: str | None = None
    #: Dependents (words or dependency labels) that rule the entry out ("call !oprd": not
    #: "called X a liar").
    without: tuple[str, ...] = ()
    #: The subject receives and the prepositional object acts ("received aid from X").
    reverse: bool = False

    @property
    def specificity(self) -> int:
        """Number of words the entry requires; more specific entries win."""
        return 1 + len(self.near) + len(self.deep) + (1 if self.prep else 0)


def _parse_entry(text: str, relation: str, pos: str, weak: bool, cameo: str | None = None) -> Trigger:
    words = text.lower().split()
    if not words:
        raise VocabularyError(f"empty trigger for relation {relation!r}")
    deep: list[str] = []
    plain: list[str] = []
    without = tuple(w[1:] for w in words if w.startswith("!") and len(w) > 1)
    take_deep = False
    for w in words:
        if w.startswith("!"):
            continue
        if w == "...":
            take_deep = True
            continue
        (deep if take_deep else plain).append(w)
        take_deep = False
    if pos in ("VERB", "ADJ"):
        head, rest = plain[0], plain[1:]
    else:
        content = [w for w in plain if w not in _PREPS] or plain
        head = content[-1]
        rest = [w for i, w in enumerate(plain) if i != plain.index(head)]
    prep = next((w for w in rest if w in _PREPS), None)
    near = tuple(w for w in rest if w != prep)
    return Trigger(relation, head, pos, near, tuple(deep), prep, weak, text, cameo, without)


@dataclass
class Lexicon:
    """Triggers and mention rules, indexed for fast lookup by lemma."""

    verbs: dict[str, list[Trigger]] = field(default_factory=lambda: defaultdict(list))
    nouns: dict[str, list[Trigger]] = field(default_factory=lambda: defaultdict(list))
    adjectives: dict[str, list[Trigger]] = field(default_factory=lambda: defaultdict(list))
    light_verbs: frozenset[str] = frozenset()
    light_verb_preps: frozenset[str] = frozenset()
    #: Gatherings that, after "at", are the occasion of a verb, not its target.
    occasion_nouns: frozenset[str] = frozenset()
    #: "a joint force": modifiers that make what the subjects do together an act with each
    #: other, the relation it is, and the nouns (statements) it says nothing of.
    joint_modifiers: frozenset[str] = frozenset()
    joint_relation: str = "cooperates"
    joint_exceptions: frozenset[str] = frozenset()
    #: Verbs that, with "together", convene what they take as object ("brought the two
    #: leaders together"): the object's members meet each other and the one convening them.
    convening_verbs: frozenset[str] = frozenset()
    target_preps: tuple[str, ...] = ()
    noun_target_preps: tuple[str, ...] = ()
    negators: frozenset[str] = frozenset()
    negating_governors: frozenset[str] = frozenset()
    #: Verbs that conclude an event rather than negate it, and the event nouns they do so for.
    concluding_governors: frozenset[str] = frozenset()
    concluded_nouns: frozenset[str] = frozenset()
    rejecting_governors: frozenset[str] = frozenset()
    modality: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)
    planned_strong: frozenset[str] = frozenset()
    clausal_target_relations: frozenset[str] = frozenset()
    agent_modifier_relations: frozenset[str] = frozenset()
    #: Event nouns whose "of" names the actor, not the target ("at the request of X").
    subjective_of_nouns: frozenset[str] = frozenset()
    #: Relations whose event nouns name their victim ("the arrest of X", "the attack on X"): a
    #: verb that judges such an act ("condemned the arrest of X by Y") aims at its agent, Y.
    victim_event_relations: frozenset[str] = frozenset()
    #: Nouns of freeing whose "of" names the freed ("the release of X"), never a target.
    release_nouns: frozenset[str] = frozenset()
    #: Relations whose persons act for their states when a later sentence refers back to the
    #: act ("the foreign ministers signed ... Z welcomed the agreement": the states agreed).
    signed_for_states: frozenset[str] = frozenset()
    #: Nouns of applying whose owner is who applies ("Sweden's NATO bid"): backing it backs them.
    #: Verbs answering an address made to their subject ("rejected a call by X"), and the
    #: relations of the nouns they answer.
    answer_verbs: frozenset[str] = frozenset()
    answered_relations: frozenset[str] = frozenset()
    #: Of those, the relations whose address is made to the person who answers (an invitation).
    personal_answers: frozenset[str] = frozenset()
    #: Verbs that, negated, refuse ("does not recognise X" rejects X).
    refused_when_negated: frozenset[str] = frozenset()
    #: Verbs whose coordinated subjects act together between other sides ("X and Y brokered").
    third_parties: frozenset[str] = frozenset()
    taking_verbs: frozenset[str] = frozenset()
    pair_verbs: frozenset[str] = frozenset()
    applicant_nouns: frozenset[str] = frozenset()
    #: Verbs acting on an earlier statement or act: verb -> (relation, {noun: relations it names},
    #: whether that act must have been aimed at the verb's subject).
    back_references: dict[str, tuple[str, dict[str, tuple[str, ...]], bool]] = field(default_factory=dict)
    #: Participles whose hyphenated actor acts in its own event ("a UAE-mediated exchange").
    own_event_participles: frozenset[str] = frozenset()
    #: Verbs announcing one's own hostile act as a threat: {"verbs", "relations", "cameo"}.
    threats: dict = field(default_factory=dict)
    #: Acts refused until another side acts, a demand on it: {"relation", "marks", "nothing_words"}.
    conditional_refusals: dict = field(default_factory=dict)
    #: Calling something by a word of judgement: {"verbs", "negative", "positive", "acts"}.
    evaluations: dict = field(default_factory=dict)
    #: Authorship participles and the relations that aim at a text's author: {"participles", "relations"}.
    authored: dict = field(default_factory=dict)
    #: Nouns of standing towards another ("a critic of X") and the relation they state.
    stances: dict[str, str] = field(default_factory=dict)
    #: Verbs through which an act meets a reaction: {"verbs", "source_preps", "relations"}.
    reactions: dict = field(default_factory=dict)
    #: Light verbs promising the act their object names ("pledged aid to X"): planned.
    promise_verbs: frozenset[str] = frozenset()
    #: Verbs of going whose "for" names the purpose of the trip ("travel to X for talks with Y").
    purpose_verbs: frozenset[str] = frozenset()
    #: Prepositions that set a meeting as the frame of an act ("In a phone call with X, Y said").
    meeting_frame_preps: frozenset[str] = frozenset()
    #: Those of them that set the act inside the meeting ("Y told X during talks": X took part).
    meeting_frame_within: frozenset[str] = frozenset()
    #: Prepositions of what a meeting is about ("a meeting on X"): never a party.
    meeting_topics: frozenset[str] = frozenset()
    #: Relations whose agentless passive is the reporter's or the host's ("X are invited, Y said").
    speaker_agent_relations: frozenset[str] = frozenset()
    #: Verbs of hosting an event, whose subject invites to it ("Y hosts a summit, to which X ...").
    hosting_verbs: frozenset[str] = frozenset()
    #: Relations a meeting frame makes ("meets", "negotiates").
    meeting_frame_relations: frozenset[str] = frozenset()
    #: Names of the last-resort target finders of a verb, in the order they are tried.
    target_finders: tuple[str, ...] = ("deep_object", "location", "clause_subject", "distant")
    theme_object_relations: frozenset[str] = frozenset()
    location_agent_relations: frozenset[str] = frozenset()
    location_target_relations: frozenset[str] = frozenset()
    #: Words of leaving a body one belongs to, and the relation they make towards it instead.
    membership_exits: dict = field(default_factory=dict)
    requested_deployments: dict = field(default_factory=dict)
    obligation: dict = field(default_factory=dict)
    denial_verbs: frozenset[str] = frozenset()
    #: Relations whose act is a statement, which a speaker voicing their own side performs too.
    voiced_relations: frozenset[str] = frozenset()
    #: Relations that never link a person to their own state or organization.
    own_side_relations: frozenset[str] = frozenset()
    #: Roles beside the parties ("with X as guarantors"): no partner of a mutual act.
    witness_roles: frozenset[str] = frozenset()
    #: Relations whose target, a sector of a state (its businesses), stands for that state.
    sectors_as_states: dict = field(default_factory=dict)
    #: Relations and object nouns of a proposal aimed at the article's two sides when none is named.
    sides_objects: dict = field(default_factory=dict)
    #: Verbs of taking by force whose object, a city or region, makes the act an assault.
    place_seizures: dict = field(default_factory=dict)
    #: Free relatives reporting an act as someone's claim ("what X said was Y's attack").
    alleged_acts: dict = field(default_factory=dict)
    #: Verbs whose use without an object is another relation ("returned to Jeddah" visits).
    intransitive_senses: tuple[dict, ...] = ()
    #: Verbs of striking whose doer is a measure ("sanctions targeting X"): no attack.
    aimed_measures: dict = field(default_factory=dict)
    #: Verbs of hosting and the relations of a visit a meeting implies (:mod:`kgraph.visits`).
    hosted_visits: dict = field(default_factory=dict)
    #: Roles of one who stands between the parties ("with X acting as facilitator"): X meets them.
    go_between_roles: dict = field(default_factory=dict)
    #: Titles of people who speak for their side ("spokesperson").
    announcers: frozenset[str] = frozenset()
    mutual_objects: frozenset[str] = frozenset()
    #: Relations whose object, a state's envoy named in apposition, stands for that state.
    envoys: dict = field(default_factory=dict)
    #: Verbs that send a person somewhere, and the relation from that person to the place's state.
    dispatched: dict = field(default_factory=dict)
    #: Relations addressed to someone, never to a place.
    addressed_relations: frozenset[str] = frozenset()
    #: Per relation, an organization's key and the key of its one body such acts are aimed at.
    voting_bodies: dict = field(default_factory=dict)
    mutual_verbs: frozenset[str] = frozenset()
    armed_subjects: frozenset[str] = frozenset()
    clash_places: frozenset[str] = frozenset()
    claim_verbs: frozenset[str] = frozenset()
    #: Participles whose agent only saw or passed on what the noun names ("seen by the Herald").
    witness_verbs: frozenset[str] = frozenset()
    #: Participles of holding a place ("the Houthi-controlled port"): the holder is the target.
    holding_participles: frozenset[str] = frozenset()
    #: Nouns of harm whose possessor or "of" phrase is the one harmed ("Suu Kyi's detention").
    patient_nouns: frozenset[str] = frozenset()
    #: Nouns of sympathy, with which a harm's victim stays the target ("condolences on X's death").
    sympathy_nouns: frozenset[str] = frozenset()
    claimed_nouns: frozenset[str] = frozenset()
    intent_governors: frozenset[str] = frozenset()
    intent_codes: dict[str, str] = field(default_factory=dict)
    titles: dict = field(default_factory=dict)
    mentions: dict = field(default_factory=dict)

    def add_relations(self, relations: dict, vocabulary: Vocabulary, where: str) -> None:
        """Add trigger entries (the ``relations`` object of triggers.json)."""
        if not isinstance(relations, dict):
            raise VocabularyError(f"{where}: 'relations' must be an object")
        for rel, spec in relations.items():
            if rel not in vocabulary:
                raise VocabularyError(f"{where}: unknown relation {rel!r} in trigger lexicon")
            weak = {w.lower() for w in spec.get("weak", [])}
            codes = {t.lower(): str(code) for code, texts in spec.get("codes", {}).items()
                     for t in texts}
            crossed = [f"{verb} ... {obj}" for row in spec.get("crossed", [])
                       for verb in row.get("verbs", []) for obj in row.get("objects", [])]
            for pos, key in (("VERB", "verbs"), ("NOUN", "nouns"), ("ADJ", "adjectives"),
                             ("VERB", "reversed_verbs"), ("VERB", "crossed")):
                index = {"VERB": self.verbs, "NOUN": self.nouns, "ADJ": self.adjectives}[pos]
                for text in crossed if key == "crossed" else spec.get(key, []):
                    trig = _parse_entry(text, rel, pos, text.lower() in weak, codes.get(text.lower()))
                    if key == "reversed_verbs":
                        trig = replace(trig, reverse=True)
                    bucket = index[trig.head]
                    if trig not in bucket:
                        # later files win ties, so a user lexicon overrides shipped entries
                        bucket.insert(0, trig)
                        bucket.sort(key=lambda t: -t.specificity)


def _build(trig: dict, titles: dict, mentions: dict, vocabulary: Vocabulary) -> Lexicon:
    mod = trig.get("modality", {})
    lex = Lexicon(
        light_verbs=frozenset(trig.get("light_verbs", [])),
        light_verb_preps=frozenset(trig.get("light_verb_preps", [])),
        occasion_nouns=frozenset(trig.get("occasion_nouns", [])),
        joint_modifiers=frozenset(trig.get("joint_acts", {}).get("modifiers", [])),
        joint_relation=trig.get("joint_acts", {}).get("relation", "cooperates"),
        joint_exceptions=frozenset(trig.get("joint_acts", {}).get("except", [])),
        convening_verbs=frozenset(trig.get("convening_verbs", [])),
        target_preps=tuple(trig.get("target_preps", [])),
        noun_target_preps=tuple(trig.get("noun_target_preps", [])),
        negators=frozenset(trig.get("negators", [])),
        negating_governors=frozenset(trig.get("negating_governors", [])),
        concluding_governors=frozenset(trig.get("concluded_events", {}).get("governors", [])),
        concluded_nouns=frozenset(trig.get("concluded_events", {}).get("nouns", [])),
        rejecting_governors=frozenset(trig.get("rejecting_governors", [])),
        modality={m: {k: frozenset(v) for k, v in spec.items()} for m, spec in mod.items()},
        planned_strong=frozenset(trig.get("planned_modifiers_win_over_hypothetical", [])),
        clausal_target_relations=frozenset(trig.get("clausal_target_relations", [])),
        agent_modifier_relations=frozenset(trig.get("agent_modifier_relations", [])),
        subjective_of_nouns=frozenset(trig.get("subjective_of_nouns", [])),
        victim_event_relations=frozenset(trig.get("victim_event_relations", [])),
        release_nouns=frozenset(trig.get("release_nouns", [])),
        signed_for_states=frozenset(trig.get("signed_for_states", [])),
        applicant_nouns=frozenset(trig.get("applicant_nouns", [])),
        third_parties=frozenset(trig.get("third_parties", [])),
        taking_verbs=frozenset(trig.get("taking_verbs", [])),
        pair_verbs=frozenset(trig.get("pair_verbs", [])),
        refused_when_negated=frozenset(trig.get("refused_when_negated", [])),
        answer_verbs=frozenset(trig.get("answers", {}).get("verbs", [])),
        answered_relations=frozenset(trig.get("answers", {}).get("relations", [])),
        personal_answers=frozenset(trig.get("answers", {}).get("personal", [])),
        target_finders=tuple(trig.get("target_finders", Lexicon.target_finders)),
        back_references=_back_references(trig.get("back_references", {})),
        own_event_participles=frozenset(trig.get("own_event_participles", [])),
        threats=_threats(trig.get("threats", {})),
        conditional_refusals=_conditional_refusals(trig.get("conditional_refusals", {})),
        evaluations=_evaluations(trig.get("evaluations", {})),
        purpose_verbs=frozenset(trig.get("purpose_verbs", [])),
        meeting_frame_preps=frozenset(trig.get("meeting_frames", {}).get("preps", [])),
        meeting_frame_within=frozenset(trig.get("meeting_frames", {}).get("within", [])),
        meeting_topics=frozenset(trig.get("meeting_frames", {}).get("topics", [])),
        speaker_agent_relations=frozenset(trig.get("speaker_agents", {}).get("relations", [])),
        hosting_verbs=frozenset(trig.get("speaker_agents", {}).get("hosts", [])),
        meeting_frame_relations=frozenset(trig.get("meeting_frames", {}).get("relations", [])),
        promise_verbs=frozenset(trig.get("promise_verbs", [])),
        reactions={k: frozenset(v) for k, v in trig.get("reactions", {}).items()},
        stances=dict(trig.get("stances", {})),
        authored={k: frozenset(v) for k, v in trig.get("authored", {}).items()},
        theme_object_relations=frozenset(trig.get("theme_object_relations", ["aids", "mobilizes"])),
        location_agent_relations=frozenset(trig.get("location_agent_relations", [])),
        location_target_relations=frozenset(trig.get("location_target_relations", [])),
        membership_exits=dict(trig.get("membership_exits", {})),
        requested_deployments=dict(trig.get("requested_deployments", {})),
        obligation=dict(trig.get("obligation", {})),
        denial_verbs=frozenset(trig.get("denial_verbs", ["deny", "refute", "dispute", "disprove"])),
        voiced_relations=frozenset(trig.get("voiced_relations", [])),
        own_side_relations=frozenset(trig.get("own_side_relations", [])),
        witness_roles=frozenset(trig.get("witness_roles", [])),
        go_between_roles=dict(trig.get("go_between_roles", {})),
        hosted_visits=dict(trig.get("hosted_visits", {})),
        place_seizures=dict(trig.get("place_seizures", {})),
        aimed_measures=dict(trig.get("aimed_measures", {})),
        intransitive_senses=tuple(trig.get("intransitive_senses", [])),
        alleged_acts=dict(trig.get("alleged_acts", {})),
        sides_objects=dict(trig.get("sides_objects", {})),
        sectors_as_states=dict(trig.get("sectors_as_states", {})),
        announcers=frozenset(trig.get("announcers", [])),
        intent_governors=frozenset(trig.get("intent", {}).get("governors", [])),
        intent_codes=dict(trig.get("intent", {}).get("codes", {})),
        envoys=dict(trig.get("envoys", {})),
        dispatched=dict(trig.get("dispatched", {})),
        addressed_relations=frozenset(trig.get("addressed_relations", [])),
        voting_bodies=dict(trig.get("voting_bodies", {})),
        mutual_objects=frozenset(trig.get("mutual_objects", [
            "tie", "relation", "relationship", "cooperation", "contact", "partnership", "dialogue"])),
        mutual_verbs=frozenset(trig.get("mutual_verbs", {}).get("verbs", [])),
        armed_subjects=frozenset(trig.get("mutual_verbs", {}).get("armed_subjects", [])),
        clash_places=frozenset(trig.get("mutual_verbs", {}).get("places", [])),
        claim_verbs=frozenset(trig.get("responsibility_claims", {}).get("verbs", [])),
        witness_verbs=frozenset(trig.get("witness_verbs", [])),
        holding_participles=frozenset(trig.get("holding_participles", [])),
        patient_nouns=frozenset(trig.get("patient_nouns", [])),
        sympathy_nouns=frozenset(trig.get("sympathy_nouns", [])),
        claimed_nouns=frozenset(trig.get("responsibility_claims", {}).get("nouns", [])),
        titles=titles,
        mentions=mentions,
    )
    lex.add_relations(trig.get("relations", {}), vocabulary, "triggers.json")
    return lex


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """Return the lexicon shipped with kgraph (cached; do not mutate, copy with load_lexicon)."""
    return _build(
        json.loads(read_data("triggers.json")),
        json.loads(read_data("titles.json")),
        json.loads(read_data("mentions.json")),
        default_vocabulary(),
    )


def load_lexicon(path: str | Path, vocabulary: Vocabulary | None = None) -> Lexicon:
    """Return the shipped lexicon extended with the triggers in a user JSON file.

    The file holds ``{"relations": {"condemns": {"verbs": ["pillory"]}}}``;
    relations must exist in ``vocabulary`` (add new ones with
    :func:`kgraph.vocab.load_vocabulary` first).
    """
    vocabulary = vocabulary or default_vocabulary()
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise VocabularyError(f"cannot read lexicon file {p}: {err}") from err
    lex = _build(
        json.loads(read_data("triggers.json")),
        json.loads(read_data("titles.json")),
        json.loads(read_data("mentions.json")),
        vocabulary,
    )
    lex.add_relations(data.get("relations", {}), vocabulary, str(p))
    return lex


def _back_references(spec: dict) -> dict[str, tuple[str, dict[str, tuple[str, ...]], bool]]:
    """Index ``back_references`` of triggers.json by verb lemma: (relation, nouns, aimed)."""
    out: dict[str, tuple[str, dict[str, tuple[str, ...]], bool]] = {}
    for relation, entry in spec.items():
        if relation.startswith("_"):
            continue
        nouns = {n.lower(): tuple(kinds) for n, kinds in entry.get("nouns", {}).items()}
        for verb in entry.get("verbs", []):
            out[verb.lower()] = (relation, nouns, bool(entry.get("aimed", True)))
    return out


def _threats(spec: dict) -> dict:
    """``threats`` of triggers.json with its word lists as sets (empty when absent)."""
    if not spec.get("verbs"):
        return {}
    return {"verbs": frozenset(v.lower() for v in spec["verbs"]),
            "relations": frozenset(spec.get("relations", [])), "cameo": spec.get("cameo"),
            "conditions": frozenset(spec.get("conditions", ["if", "unless"])),
            "announced": frozenset(spec.get("announced", [])),
            "responses": frozenset(spec.get("responses", [])),
            "response_objects": frozenset(spec.get("response_objects", [])),
            "fates": frozenset(spec.get("fates", [])),
            "fate_objects": frozenset(spec.get("fate_objects", [])),
            "reprisals": frozenset(spec.get("reprisals", [])),
            "bare_fates": frozenset(spec.get("bare_fates", ["regret"])),
            "conditional_fates": frozenset(spec.get("conditional_fates", [])),
            "combats": frozenset(spec.get("combats", []))}


def _conditional_refusals(spec: dict) -> dict:
    """``conditional_refusals`` of triggers.json with its word lists as sets (empty when absent)."""
    if not spec.get("relation") or not spec.get("marks"):
        return {}
    return {"relation": spec["relation"], "cameo": spec.get("cameo"),
            "marks": frozenset(w.lower() for w in spec["marks"]),
            "nothing_words": frozenset(w.lower() for w in spec.get("nothing_words", []))}


def _evaluations(spec: dict) -> dict:
    """``evaluations`` of triggers.json with its word lists as sets (empty when absent)."""
    if not spec.get("verbs"):
        return {}
    return {"verbs": frozenset(spec["verbs"]), "negative": frozenset(spec.get("negative", [])),
            "positive": frozenset(spec.get("positive", [])),
            "acts": {k: tuple(v) for k, v in spec.get("acts", {}).items()},
            "patient_nouns": frozenset(spec.get("patient_nouns", [])),
            "violations": dict(spec.get("violations", {})),
            "blame": dict(spec.get("blame", {}))}
