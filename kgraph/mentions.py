"""Find actor mentions in a parsed document.

Mentions come from, in order of trust: dictionary names, metonyms and
demonyms (a spaCy ``PhraseMatcher``, so the cost does not grow with the
dictionary); titles resolved to the person holding the role at the document
date ("the Russian president"); state organs and generic heads ("the Ukrainian
Foreign Ministry", "the Russian side"); named entities unknown to the
dictionary; and pronouns or short references ("he", "the organization")
resolved to a clear antecedent within the two previous sentences.

Examples
--------
>>> from kgraph.mentions import MentionFinder
>>> from kgraph.nlp import load_pipeline
>>> nlp = load_pipeline()
>>> finder = MentionFinder(nlp)
>>> doc = nlp("The Russian president met Kremlin spokesman Dmitry Peskov.")
>>> [(m.text, m.actor.label) for m in finder.find(doc, date="2024-10-22")]
[('The Russian president', 'Vladimir Putin'), ('Kremlin', 'Russia'), ('Dmitry Peskov', 'Dmitry Peskov')]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.matcher import PhraseMatcher
from spacy.tokens import Span
from spacy.util import filter_spans

from .actors import ActorDictionary, default_actors
from .clauses import list_members
from .ids import is_minted, minted_actor_iri
from .lexicon import Lexicon, default_lexicon
from .model import Actor, Affiliation, actor_kind
from .nlp import is_shouted
from .quotes import attributions

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

__all__ = ["Mention", "MentionFinder", "armed_name", "counted_people", "home_state", "leading_pair",
           "named_holders", "title_words", "tokens_with"]

#: Base confidence of a mention by how it was found (see kgraph.confidence).
HOW_CONFIDENCE = {
    "name": 1.0,
    "metonym": 0.9,
    "demonym": 0.85,
    "title": 0.85,
    "organ": 0.85,
    "generic": 0.8,
    "sector": 0.55,
    "ner": 0.7,
    "reference": 0.65,
    "pronoun": 0.6,
    "guess": 0.5,
    "place": 0.6,
}
_SUBJ = {"nsubj", "nsubjpass", "csubj"}
_MOD_DEPS = {"amod", "compound", "poss", "nmod", "npadvmod", "appos"}
_LIST_WORDS = frozenset({"and", "or", "&"})


@dataclass(frozen=True, slots=True)
class Mention:
    """One actor mention: token span ``[start, end)`` in the doc and its actor."""

    start: int
    end: int
    actor: Actor
    text: str
    how: str
    #: Further actors of a coordinated modifier ("Ukrainian and European officials").
    others: tuple[Actor, ...] = ()
    #: For a city or region (how "place"), the place itself as a local actor of its state.
    local: Actor | None = None

    @property
    def confidence(self) -> float:
        """Base confidence of this way of finding an actor."""
        return HOW_CONFIDENCE.get(self.how, 0.5)


#: Words that count people: a demonym they count names people, not their state ("many Syrians").
_QUANTIFIERS = frozenset(("many", "several", "some", "few", "thousands", "hundreds", "millions", "dozens",
                          "tens", "scores", "more", "most", "numerous"))

#: Entity types of words that name a people, a creed or a place, never a body by its name.
_NOT_BODY_NAMES = frozenset(("NORP", "GPE", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL"))


class MentionFinder:
    """Find actor mentions with a dictionary, titles, organs, NER and pronouns.

    Parameters
    ----------
    nlp : spacy.language.Language
        The pipeline whose vocabulary the matchers use.
    actors : ActorDictionary, optional
        Known actors (the shipped dictionary when omitted).
    lexicon : Lexicon, optional
        Mention rules (the shipped ones when omitted).
    """

    def __init__(self, nlp: Language, actors: ActorDictionary | None = None,
                 lexicon: Lexicon | None = None) -> None:
        self.nlp = nlp
        self.actors = actors if actors is not None else default_actors()
        self.lexicon = lexicon or default_lexicon()
        rules = self.lexicon.mentions
        self._case_sensitive = {w.lower() for w in rules.get("case_sensitive_words", [])}
        self._ner_skip = {w.lower() for w in (*rules.get("ner_skip", []), *rules.get("product_names", []))}
        self._product_heads = {w.lower() for w in rules.get("product_heads", [])}
        things = rules.get("thing_names", {})
        self._place_heads = frozenset(w.lower() for w in rules.get("place_heads", []))
        self._group_places = frozenset(w.lower() for w in rules.get("group_places", []))
        self._locative = frozenset(w.lower() for w in rules.get("locative_prepositions", []))
        self._body_heads = frozenset(w.lower() for w in rules.get("body_heads", []))
        self._body_head_ids = {nlp.vocab.strings.add(w) for w in self._body_heads}
        self._things = {k: frozenset(w.lower() for w in things.get(k, []))
                        for k in ("heads", "openers", "media")}
        self._ner_labels = rules.get("ner_labels", {})
        self._particles = frozenset(w.lower() for w in rules.get("name_particles", []))
        self._population_words = frozenset(w.lower() for w in rules.get("population_words", []))
        self._private_roles = frozenset(w.lower() for w in rules.get("private_roles", []))
        self._ambiguous = {k.lower(): v for k, v in rules.get("ambiguous_names", {}).items()}
        self._person_titles = {w.lower() for w in rules.get("person_references", [])}
        self._relational = {w.lower() for w in rules.get("relational_heads", [])}
        self._generic = {k: {w.lower() for w in v} for k, v in rules.get("generic_heads", {}).items()}
        self._pron = {k: {w.lower() for w in v} for k, v in rules.get("pronouns", {}).items()}
        self._short = {k: {w.lower() for w in v} for k, v in rules.get("short_references", {}).items()}
        self._organs = rules.get("organs", {})
        # every head any spec of an organ has, so that which phrase came first never decides
        # whether the dictionary's organ is found ("Israeli soldiers" then "Israeli jets")
        self._organ_heads: dict[str, tuple[str, ...]] = {}
        for key, spec in self._organs.items():
            if isinstance(spec, dict):
                as_key = spec.get("as", key)
                self._organ_heads[as_key] = tuple(dict.fromkeys(
                    (*self._organ_heads.get(as_key, ()), *spec.get("heads", ()))))
        self._reporting = {w.lower() for w in rules.get("reporting_verbs", [])}
        pairs = rules.get("pair_references", {})
        self._pair_heads = {w.lower() for w in pairs.get("heads", [])}
        self._pair_dets = {w.lower() for w in pairs.get("determiners", [])}
        self._pair_mutual = {w.lower() for w in pairs.get("mutual", [])}
        self._group_sizes = {w.lower(): int(n) for w, n in pairs.get("group_sizes", {}).items()}
        self._pair_people = {w.lower() for w in pairs.get("people", [])}
        self._pair_states = {w.lower() for w in pairs.get("states", [])}
        self._go_betweens = frozenset(w.lower() for w in pairs.get("go_betweens", []))
        self._features = frozenset(rules.get("feature_words", []))
        titles = self.lexicon.titles
        self._leader_roles = titles.get("leader_roles", [])
        self._default_of = titles.get("default_of", {})
        self._fallback_organ = titles.get("fallback_organ", "government")
        self._fallback_organs = titles.get("fallback_organs", {})
        self._fallback_roles = set(titles.get("fallback_roles", [
            *self._leader_roles, "foreign_minister", "spokesperson", "defense_minister"]))
        self._context_roles = set(titles.get("context_roles", []))
        self._person_heads = {k: {w.lower() for w in v} for k, v in rules.get("person_heads", {}).items()}
        self._located_heads = {w.lower() for w in rules.get("located_heads", [])}
        self._sending = {w.lower() for w in rules.get("sending_verbs", [])}
        self._meeting = {w.lower() for w in rules.get("meeting_verbs", [])}
        self._meeting_nouns = {w.lower() for w in rules.get("meeting_nouns", [])}
        self._venue_named = {w.lower() for w in rules.get("venue_named", [])}
        self._met_roles = frozenset(w.lower() for w in rules.get("met_roles", []))
        document = rules.get("document", {})
        self._home_ruling = frozenset(w.lower() for w in document.get("home_ruling_words", []))
        self._home_heads = frozenset(w.lower() for w in document.get("home_heads", []))
        self._state_openers = frozenset(w.lower() for w in rules.get("state_name_openers", []))
        self._coup_nouns = frozenset(w.lower() for w in document.get("coup_nouns", []))
        self._coup_ids = {nlp.vocab.strings.add(w) for n in self._coup_nouns for w in (n, n + "s")}
        self._home_sides = frozenset(w.lower() for w in document.get("home_sides", []))
        self._armed_words = frozenset(w.lower() for w in document.get("armed_name_words", []))
        self._met_reach = int(rules.get("met_roles_reach", 8))
        where = rules.get("region_places", {})
        self._region_places = {w.lower() for w in where.get("names", [])}
        self._whereto = {w.lower() for w in where.get("prepositions", [])}
        guess = rules.get("name_guess", {})
        self._guess_deps = set(guess.get("deps", []))
        self._guess_org = {w.lower() for w in guess.get("organization_words", [])}
        self._guess_skip = {w.lower() for w in guess.get("skip", [])} | self._ner_skip
        self._guess_heads = {w.lower() for w in guess.get("organ_heads", [])}
        self._guess_head_ids = {nlp.vocab.strings.add(w) for w in self._guess_heads}
        self._guess_preps = {w.lower() for w in guess.get("noun_preps", [])}
        self.title_words = {w for phrases in titles.get("roles", {}).values() for p in phrases
                             for w in p.lower().split()}
        #: The words a title ends with ("minister" of "foreign minister"), and words that are
        #: never a first name ("Sheikh", "Mr", "Counsel").
        self._title_ends = {p.lower().split()[-1] for phrases in titles.get("roles", {}).values()
                            for p in phrases if p.strip()}
        #: Title ends that also end a body's name ("Ministry of Finance", "United Nations").
        self._organ_title_ends = {w.lower() for w in titles.get("body_title_ends", [])}
        self._no_given_names = {w.lower() for w in (*rules.get("document", {}).get("not_names", []),
                                                     *rules.get("honorifics", []))}
        self._build_matchers(titles)
        self._ner_cache: dict[tuple[str, str, tuple[Affiliation, ...]], Actor] = {}

    # -- matchers -----------------------------------------------------------------
    def _build_matchers(self, titles: dict) -> None:
        make = self.nlp.make_doc
        self._names_ci = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self._names_cs = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self._labels: dict[str, tuple[str, str]] = {}
        ci: dict[str, list] = {}
        cs: dict[str, list] = {}
        for rec in self.actors.records():
            for how, names in (("name", rec.names), ("metonym", rec.metonyms),
                               ("demonym", rec.demonyms), ("place", rec.places)):
                label = f"{how}|{rec.key}"
                self._labels[label] = (how, rec.key)
                for name in names:
                    sensitive = name.isupper() or name.lower() in self._case_sensitive
                    (cs if sensitive else ci).setdefault(label, []).append(name)
        for label, names in ci.items():
            self._names_ci.add(label, [make(n) for n in dict.fromkeys(names)])
        for label, names in cs.items():
            self._names_cs.add(label, [make(n) for n in dict.fromkeys(names)])
        self._titles = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        for role, phrases in titles.get("roles", {}).items():
            self._titles.add(role, [make(p) for p in phrases])
        self._organ_matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        for organ, spec in self._organs.items():
            self._organ_matcher.add(organ, [make(p) for p in spec.get("heads", [])])

    # -- public ---------------------------------------------------------------------
    def find(self, doc: Doc, date: str | None = None, pronouns: bool = True) -> list[Mention]:
        """Return the mentions of ``doc`` in text order.

        With ``pronouns=False`` pronouns and short references are left for
        :meth:`add_pronouns`, to be resolved after the document stage has linked names.
        """
        strings = self.nlp.vocab.strings
        raw: list[tuple[Span, str, str]] = []
        for matcher in (self._names_ci, self._names_cs):
            for mid, s, e in matcher(doc):
                how, key = self._labels[strings[mid]]
                span = doc[s:e]
                if matcher is self._names_ci and len(span) == 1 and span.text.islower() \
                        and span[0].pos_ not in ("PROPN", "NOUN", "ADJ"):
                    continue  # "may", "polish" as ordinary words
                raw.append((span, how, key))
        # "Russia's military offensive": an organ name used as a modifier names no actor.
        raw = [(span, how, key) for span, how, key in raw
               if not (len(span) > 1 and span[-1].dep_ in ("amod", "compound")
                       and span[-1].head.i >= span.end
                       and self.actors.record(key).actor.kind == "state_organ")]
        # A compass name after a compass word and a hyphen is part of a region's name ("the
        # North-West and South-West regions" are no West).
        raw = [(span, how, key) for span, how, key in raw
               if not (span.start >= 2 and doc[span.start - 1].text == "-"
                       and not doc[span.start - 2].whitespace_
                       and doc[span.start - 2].lower_ in _COMPASS)]
        # A capital inside a longer name is part of that name ("Tokyo Stock Exchange").
        ents = [_without_spaces(ent) for ent in doc.ents]  # ("El Fasher\n\n" is "El Fasher")
        inside = [(ent.start, ent.end) for ent in ents
                  if ent.label_ in ("ORG", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT")]
        raw = [(span, how, key) for span, how, key in raw
               if how not in ("metonym", "place")
               or not any(s <= span.start and span.end <= e and e - s > len(span) for s, e in inside)]
        # A body's name inside a longer person's name is part of that name ("Foreign Minister
        # Therese Kayikwamba Wagner" is no Wagner Group), and a name inside a longer adjective of
        # nationality or region is part of it ("the West African bloc" is not the West). A known
        # person's short name that opens a longer one is a given name ("Abbas Kamel" is no Abbas).
        people = [(ent.start, ent.end) for ent in ents if ent.label_ == "PERSON"]
        peoples = [(ent.start, ent.end) for ent in ents if ent.label_ == "NORP"]
        raw = [(span, how, key) for span, how, key in raw
               if (self.actors.record(key).actor.kind == "person"
                   and not any(s == span.start and span.end < e and doc[span.end].is_title
                               for s, e in people))
               or not any(s <= span.start and span.end <= e and e - s > len(span)
                          for s, e in (people if how == "demonym" else people + peoples))]
        # A people's name after a capitalized word inside a body's name is part of that name
        # ("the Free Syrian Army" is no army of Syria's)
        orgs = [(ent.start, ent.end) for ent in ents if ent.label_ == "ORG"]
        raw = [(span, how, key) for span, how, key in raw
               if not (how == "demonym" and span.start > 0 and any(
                   s < span.start and span.end < e for s, e in orgs)
                   and doc[span.start - 1].text[:1].isupper() and doc[span.start - 1].pos_ in ("ADJ", "PROPN")
                   and not doc[span.start - 1].is_sent_start
                   and doc[span.start - 1].lower_ not in self.title_words
                   and doc[span.start - 1].lower_ not in self._state_openers)]
        # A body's name joined by "and" to the capitalized word before it is the end of a longer
        # name ("the AU's Peace and Security Council" is no UN Security Council)
        named_ends = {sp.end for sp, _how, _key in raw}
        raw = [(span, how, key) for span, how, key in raw
               if not (span.start >= 2 and doc[span.start - 1].lower_ == "and" and span[0].dep_ == "conj"
                       and span[0].head.i == span.start - 2 and doc[span.start - 2].is_title
                       and span.start - 1 not in named_ends
                       and self.actors.record(key).actor.kind in ("organization", "state_organ"))]
        # A state named inside a geographic name is part of it ("the South China Sea", "the Sea of
        # Japan", "the Gulf of Mexico"): a place, not an actor.
        seas = [(ent.start + (ent[0].dep_ == "det"), ent.end) for ent in ents if ent.label_ == "LOC"]
        raw = [(span, how, key) for span, how, key in raw
               if not any(s <= span.start and span.end <= e and e - s > len(span) for s, e in seas)
               and not self._after_feature(doc, span.start)]
        # "the Philippine Justice Department" is not the US one: a state's organ named right
        # after another state's name or demonym is that other state's (the organ rules find it)
        state_at = {sp.end: key for sp, how, key in raw
                    if how in ("name", "demonym") and self.actors.record(key).actor.kind == "state"}
        for sp, _how, _key in raw:  # "India's ...": the possessive ends the state's name
            if sp.end < len(doc) and doc[sp.end].tag_ == "POS" and sp.end in state_at:
                state_at[sp.end + 1] = state_at[sp.end]
        raw = [(span, how, key) for span, how, key in raw
               if not (how == "name" and self.actors.record(key).part_of
                       and self.actors.record(key).actor.kind == "state_organ"
                       and state_at.get(span.start, self.actors.record(key).part_of)
                       != self.actors.record(key).part_of)]
        # A name that several actors share is ambiguous: keep only unique spans, unless the
        # article names exactly one of its actors unambiguously ("the Democratic Republic of
        # Congo ... Congo").
        by_span: dict[tuple[int, int], set[str]] = {}
        for span, _how, key in raw:
            by_span.setdefault((span.start, span.end), set()).add(key)
        # a name inside a longer name is part of it ("Republic of Congo" in "Democratic Republic
        # of Congo") and names no actor of its own
        inner = _inside_longer(by_span)
        named = {next(iter(keys)) for where, keys in by_span.items() if len(keys) == 1 and where not in inner}
        for where, keys in by_span.items():
            if len(keys) > 1 and len(keys & named) == 1:
                by_span[where] = keys & named
            elif len(keys) > 1 and not keys & named:  # news style's reading ("Congo" is DR Congo)
                default = self._ambiguous.get(doc[where[0]:where[1]].text.lower())
                if default in keys:
                    by_span[where] = {default}
        spans = filter_spans([doc[s:e] for (s, e), keys in by_span.items() if len(keys) == 1])
        found: dict[int, Mention] = {}
        how_of = {(sp.start, sp.end, key): how for sp, how, key in raw}
        for sp in spans:
            key = next(iter(by_span[(sp.start, sp.end)]))
            how = how_of.get((sp.start, sp.end, key), "name")
            if how == "demonym" and self._population(sp):
                continue  # "Serb-majority municipalities", "Russian-speaking towns": a people
            local = self.actors.locality(sp.text, key) if how == "place" else None
            found[sp.start] = Mention(sp.start, sp.end, self.actors.record(key).actor, sp.text, how,
                                      local=local)
        for m in self._elided_compass_names(doc, found):
            found[m.start] = m
        dateline: dict[int, Mention] = {}  # sentence start -> the state its dateline names
        datelines = _dateline_ends(doc)
        for s, e in datelines:
            for k in [k for k, m in found.items() if s <= m.start < e]:
                if found[k].actor.kind == "state":
                    dateline[s] = found[k]
                    if e + 1 < len(doc) and doc[e + 1].is_sent_start:
                        dateline[e + 1] = found[k]  # the story the dateline opens, its own sentence
                del found[k]
        taken = _Taken(len(doc), found.values())
        for s, e in datelines:  # "MOGADISHU, Somalia --" says where, not who
            taken.take(s, e)
        for m in self._organ_mentions(doc, found, taken, dateline):
            found[m.start] = m
        for m in self._title_mentions(doc, date, found, taken, dateline):
            found[m.start] = m
        for m in self._generic_mentions(doc, found, taken):
            found[m.start] = m
        for m in self._ner_mentions(doc, taken):
            found[m.start] = m
        for m in self._body_name_mentions(doc, taken):
            found[m.start] = m
        named = {m.text.split()[-1] for m in found.values() if m.actor.kind == "person" and m.text.split()}
        for m in self._guessed_mentions(doc, taken, named):
            found[m.start] = m
        ordered = _apposed_names(doc, sorted(found.values(), key=lambda m: m.start))
        ordered = [m for m in ordered if not self._region_place(doc, m) and not self._names_event(doc, m)]
        return self.add_pronouns(doc, ordered) if pronouns else ordered

    def _elided_compass_names(self, doc: Doc, found: dict[int, Mention]) -> list[Mention]:
        """"North and South Korea", "East and West Germany": a compass word joined to a name
        that opens with another one shares the rest of that name."""
        out = []
        for m in list(found.values()):
            first = doc[m.start]
            if first.lower_ not in _COMPASS or m.end - m.start < 2:
                continue
            i = m.start - 1
            while i >= 1 and doc[i].lower_ in ("and", ",", "or") and doc[i - 1].lower_ in _COMPASS \
                    and doc[i - 1].is_title and doc[i - 1].i not in found:
                name = " ".join([doc[i - 1].text, doc[m.start + 1:m.end].text])
                actor = self.actors.lookup(name)
                if actor is None:
                    break
                out.append(Mention(i - 1, i, actor, name, m.how))
                i -= 2
        return out

    def _names_event(self, doc: Doc, m: Mention) -> bool:
        """True for a city that names an event held there ("the Doha talks", "the Jeddah
        process"): a capital standing for its state, or a place, compounded with such a noun,
        which names no partner of its own ("Washington talks with Beijing" are Washington's)."""
        tok = doc[m.end - 1]
        return m.how in ("metonym", "place") and tok.dep_ == "compound" and tok.head.i >= m.end \
            and tok.head.lemma_.lower() in self._venue_named \
            and not any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.head.children)

    def _region_place(self, doc: Doc, m: Mention) -> bool:
        """True for a region named where something happens or goes ("deployed troops to west
        Africa", "across Latin America"): a place, not the group of its states."""
        tok = doc[m.end - 1]
        while tok.dep_ in ("compound", "amod") and tok.head.i > tok.i:  # "west" in "west Africa"
            tok = tok.head
        words = [t.lower_ for t in doc[tok.left_edge.i:tok.i + 1] if t.dep_ != "det"]
        if " ".join(words) not in self._region_places and tok.lower_ not in self._region_places:
            return False
        for _ in range(3):  # "to several parts of west Africa"
            if tok.dep_ != "pobj":
                return False
            if tok.head.lower_ in self._whereto:
                # "21 countries in Europe" are European countries; "troops in Europe" are there
                return tok.head.head.lemma_.lower() not in ("country", "state", "nation", "government")
            if tok.head.lower_ != "of" or tok.head.head.pos_ != "NOUN":
                return False
            tok = tok.head.head
        return False

    def add_pronouns(self, doc: Doc, mentions: list[Mention],
                     said: dict[int, Token] | None = None) -> list[Mention]:
        """Return ``mentions`` with the pronouns and short references they resolve, in text order.

        ``said`` is :func:`kgraph.quotes.attributions` of ``doc``, if the caller has it already.
        """
        ordered = sorted(mentions, key=lambda m: m.start)
        home = home_state(ordered, self._home_ruling, self.actors,  # found once, from the names
                          doc, self._home_heads, self._armed_words)
        pronouns = self._pronoun_mentions(doc, ordered, said, home)
        pronouns += self._coup_mentions(doc, ordered, home)
        ordered = self._owned_sectors(doc, ordered, pronouns) + pronouns
        if home is not None:
            ordered = [self._home_sector(doc, m, home) for m in ordered]
        return sorted(ordered, key=lambda m: m.start)

    def _coup_mentions(self, doc: Doc, mentions: list[Mention], home: Actor | None) -> list[Mention]:
        """"Soldiers seized power in Gabon ... The AU condemned the coup": a coup named with no
        state of its own is the state whose military staged it: that of the last coup named
        with one ("the Myanmar coup"), the home state, or else the state named most so far
        (``coup_nouns``)."""
        out: list[Mention] = []
        if not self._coup_nouns:
            return out
        covered = _Taken(len(doc), mentions)
        at = {i: m for m in mentions for i in range(m.start, m.end)}
        named: Actor | None = None  # the state of the last coup named with one ("the Myanmar coup")
        for tok in tokens_with(doc, "LOWER", self._coup_ids):
            if tok.pos_ != "NOUN" or covered.at(tok.i) or tok.dep_ == "compound":
                continue
            owners = [*(c for c in tok.children if c.dep_ in ("amod", "compound", "poss")),
                      *(o for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children)]
            own = next((at[c.i].actor for c in owners if c.i in at and at[c.i].actor.kind == "state"), None)
            if own is not None or owners:
                named = own or named
                continue
            if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
                continue
            state = named or home or _most_named_state(mentions, tok.i)
            if state is not None:
                start = min(c.i for c in tok.children if c.dep_ == "det")
                out.append(Mention(start, tok.i + 1, state, doc[start:tok.i + 1].text, "reference"))
        return out

    def _states_of_pair(self, pair: tuple[Mention, Mention]) -> tuple[Mention, Mention] | None:
        """The two different states of a pair ("the two countries" after two presidents were
        named together), or None."""
        states = [self.actors.state_of(m.actor) for m in pair]
        if states[0] is None or states[1] is None or states[0].id == states[1].id:
            return None
        return replace(pair[0], actor=states[0], others=()), replace(pair[1], actor=states[1], others=())

    def _home_sector(self, doc: Doc, m: Mention, home: Actor) -> Mention:
        """"The army" of an article about one state's conflict (:func:`home_state`), with no
        organ of its kind named before: that state's."""
        organ = m.actor.id.rsplit("/", 1)[-1].removeprefix("sector-")
        spec = self._organs.get(organ)
        bare = m.end - m.start == 1 and m.start > 0 and doc[m.start - 1].lower_ == "the"
        if m.how != "sector" or m.actor.affiliations or spec is None or not bare \
                or doc[m.start].lower_ not in self._home_heads:
            return m
        actor = self.actors.organ(home.id.rsplit("/", 1)[-1], spec.get("as", organ), spec["label"],
                                  spec.get("kind", "state_organ"), spec.get("code"),
                                  self._organ_heads.get(spec.get("as", organ), ()))
        return Mention(m.start, m.end, actor, m.text, "sector")

    def _owned_sectors(self, doc: Doc, mentions: list[Mention], pronouns: list[Mention]) -> list[Mention]:
        """"its forces", "their police": a sector owned by a pronoun that stands for a state is
        that state's organ."""
        owner = {doc[p.start].head.i: p.actor for p in pronouns
                 if p.end - p.start == 1 and doc[p.start].dep_ == "poss" and p.actor.kind == "state"}
        if not owner:
            return mentions
        out = []
        for m in mentions:
            state = owner.get(m.end - 1) if m.how == "sector" else None
            organ = m.actor.id.rsplit("/", 1)[-1].removeprefix("sector-")
            spec = self._organs.get(organ)
            if state is not None and spec is not None:
                actor = self.actors.organ(state.id.rsplit("/", 1)[-1], spec.get("as", organ), spec["label"],
                                          spec.get("kind", "state_organ"), spec.get("code"),
                                          self._organ_heads.get(spec.get("as", organ), ()))
                m = Mention(m.start, m.end, actor, m.text, "sector")  # still found as a sector
            out.append(m)
        return out

    # -- helpers ------------------------------------------------------------------
    def _population(self, span: Span) -> bool:
        """True for a demonym that names a people in a hyphenated adjective of population
        ("Serb-majority", "Russian-speaking", "Armenian-populated"), not a state."""
        doc = span.doc
        return span.end + 1 < len(doc) and doc[span.end].text == "-" \
            and doc[span.end + 1].lower_ in self._population_words

    def _state_modifier(self, head: Token, found: dict[int, Mention], stop: int | None = None,
                        preps: tuple[str, ...] = ("of", "for")) -> Mention | None:
        """Return the state/organization mention that modifies ``head``, if any."""
        cands = [c for c in head.children if c.dep_ in _MOD_DEPS and (stop is None or c.i < stop)]
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in preps):
            cands.extend(p for p in prep.children if p.dep_ == "pobj")
        for c in cands:
            m = _mention_at(found, c)
            if m is None:
                for sub in c.children:
                    if sub.dep_ in ("compound", "amod"):
                        m = _mention_at(found, sub)
                        if m is not None:
                            break
            if m is not None:
                return m
        return None

    def _conj_actors(self, tok: Token, found: dict[int, Mention]) -> list[Actor]:
        """Actors coordinated with a modifier: "Ukrainian and European" -> [Europe]."""
        out = []
        for c in tok.children:
            if c.dep_ == "conj":
                m = _mention_at(found, c)
                if m is not None:
                    out.append(m.actor if m.actor.kind in ("organization", "group")
                               else self.actors.state_of(m.actor) or m.actor)
                    out.extend(self._conj_actors(c, found))
        return out

    def _location_state(self, head: Token, found: dict[int, Mention],
                        dateline: dict[int, Mention]) -> Mention | None:
        """The state a clause happens in: "rebels attacked troops in Mali" -> Mali; but troops a
        state or body sends are its own ("Nigeria deployed troops in Gambia")."""
        verb = head.head
        if _sent_forces(head, self._sending):
            return None
        for _ in range(2):
            for p in verb.children:
                if p.dep_ == "prep" and p.lower_ in ("in", "inside", "across"):
                    for o in p.children:
                        m = _mention_at(found, o) if o.dep_ == "pobj" else None
                        if m is not None and m.actor.kind == "state":
                            return m
            if verb.head is verb:
                break
            verb = verb.head
        sent = head.sent  # the dateline says where the reporter is: only when no state is named here
        if any(sent.start <= m.start < sent.end and m.actor.kind == "state" for m in found.values()):
            return None
        return dateline.get(sent.start)

    def _reported_state(self, head: Token, found: dict[int, Mention]) -> Mention | None:
        """The state whose act an unowned organ reports: "X has expelled a diplomat, the foreign
        ministry said", "the defence ministry said X's troops ...": X, the subject it reports on."""
        verb = head.head
        if head.dep_ != "nsubj" or verb.lemma_.lower() not in self._reporting:
            return None
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
        if verb.dep_ in ("ccomp", "parataxis") and verb.head is not verb:
            clauses.append(verb.head)  # "X did Y, the ministry said" read with "said" below "did"
        for clause in clauses:
            for subj in clause.children:
                m = _mention_at(found, subj) if subj.dep_ in ("nsubj", "nsubjpass") else None
                if m is not None and m.actor.kind == "state" and m.how != "pronoun":
                    return m
        return None

    def _inside_name(self, doc: Doc, s: int, e: int, found: dict[int, Mention]) -> bool:
        """True when ``doc[s:e]`` ends a capitalized name with no state in it ("Eastern Defence
        Forces") or with a state's name two capitalized words or more before it, all one
        organization to the tagger ("the Myanmar National Democratic Alliance Army"), or with a
        capitalized word before a people's name ("the Free Syrian Army"), unlike "the Ukrainian
        Armed Forces", "Israeli Defence Forces" or "the Iraqi Special Operations Forces"."""
        head = doc[e - 1]
        if s <= head.sent.start or not head.text[:1].isupper():
            return False
        k = s - 1
        while k >= head.sent.start and doc[k].text[:1].isupper() and doc[k].pos_ in ("PROPN", "ADJ", "NOUN"):
            if (state := _mention_at(found, doc[k])) is not None:
                if state.how == "demonym" and state.start > head.sent.start:
                    # "the Free Syrian Army": a capitalized word before the people's name opens
                    # the name of a body, not of the state's army
                    first = doc[state.start - 1]
                    return first.text[:1].isupper() and first.pos_ in ("ADJ", "PROPN") \
                        and not first.is_sent_start and first.lower_ not in self.title_words \
                        and first.lower_ not in self._state_openers \
                        and _mention_at(found, first) is None \
                        and all(t.ent_type_ == "ORG" for t in doc[first.i:e])
                return state.how == "name" and s - 1 - k >= 2 \
                    and all(t.ent_type_ == "ORG" for t in doc[k:e])
            k -= 1
        prev = doc[s - 1]
        return k < s - 1 and not (prev.lower_ in self.title_words and prev.ent_type_ != "ORG")

    def _organ_mentions(self, doc: Doc, found: dict[int, Mention], taken: _Taken,
                        dateline: dict[int, Mention]) -> list[Mention]:
        """State organs and sectors: "the Ukrainian Foreign Ministry", "Israeli police", "rebels"."""
        out = []
        strings = self.nlp.vocab.strings
        matches = sorted(((s, e, strings[mid]) for mid, s, e in self._organ_matcher(doc)),
                         key=lambda x: (x[0], -(x[1] - x[0])))
        for s, e, organ in matches:
            if taken.any(s, e):
                continue
            spec = self._organs[organ]
            head = doc[e - 1]
            held = head.dep_ in ("compound", "amod") and spec.get("kind") == "group" \
                and bool(spec.get("unaffiliated")) and bool(self._group_places & {
                    head.head.lemma_.lower(), head.head.lower_, head.head.lower_[:-1]})  # ("bases": "basis")
            if not held and (head.pos_ not in ("NOUN", "PROPN") or head.dep_ in ("compound", "amod")):
                continue  # "police station", "army base": the head word only modifies (but
                # "rebel positions", "militant camps" are the rebels')
            if self._inside_name(doc, s, e, found):
                continue  # "the National Support Forces": the end of a name, not a state's organ
            if spec.get("unaffiliated") and head.is_title and head.tag_ in ("NNP", "NNPS") \
                    and not head.is_sent_start and e < len(doc) and doc[e].tag_ == "POS":
                continue  # "the Sudan People's Liberation Movement": a word of a name
            if spec.get("unaffiliated") and head.lower_ in self._pair_people \
                    and any(c.lower_ in self._pair_dets for c in head.children) \
                    and any(c.lower_ in ("the", "both") for c in head.children):
                continue  # "the two men", "both men": two people named before (pair_references)
            located = ("in",) if not _sent_forces(head, self._sending) else ()
            # "troops of Kenya", "the Ministry for Foreign Affairs", not "a demand by the
            # separatists for UN monitors": a plural collective is of no one "for" whom it acts
            serving = ("for",) if head.tag_ not in ("NNS", "NNPS") else ()
            mod = self._state_modifier(head, found, preps=("of", *serving, *located, "from"))
            if mod is not None and mod.end < s and any(t.pos_ == "CCONJ" for t in doc[mod.end:s]) \
                    and any(t.pos_ == "NOUN" or (t.pos_ == "PROPN" and _mention_at(found, t) is None)
                            for t in doc[mod.end:s]):
                # "the Ethiopian government and Tigray rebels", "Myanmar junta and Kachin rebels":
                # another phrase's modifier
                mod = None
            if mod is None and s != e - 1:
                # "the Russian Foreign Ministry": the modifier may hang off the first head word
                mod = self._state_modifier(doc[s], found)
            state = self.actors.state_of(mod.actor) if mod is not None else None
            if state is not None and mod is not None and (mod.actor.kind == "state"
                                                          or mod.how in ("metonym", "demonym", "place")):
                key = state.id.rsplit("/", 1)[-1]
                actor = self.actors.organ(key, spec.get("as", organ), spec["label"],
                                          spec.get("kind", "state_organ"), spec.get("code"),
                                          self._organ_heads.get(spec.get("as", organ), ()))
                start = min(s, mod.start) if mod.start < s else s
                end = e
                how = "organ"
            elif mod is not None and spec.get("kind") == "group" \
                    and mod.actor.kind in ("group", "organization"):
                actor = mod.actor  # "Taliban prisoners", "Hamas fighters": members of the group
                start, end, how = min(s, mod.start), e, "generic"
            elif mod is None and not spec.get("unaffiliated") \
                    and (speaker := self._reported_state(head, found)) is not None:
                # "Azerbaijan has expelled a Russian diplomat, the foreign ministry said": its own
                key = speaker.actor.id.rsplit("/", 1)[-1]
                actor = self.actors.organ(key, spec.get("as", organ), spec["label"],
                                          spec.get("kind", "state_organ"), spec.get("code"),
                                          self._organ_heads.get(spec.get("as", organ), ()))
                start, end, how = s, e, "organ"
            elif spec.get("unaffiliated"):
                if mod is not None:
                    continue  # modified by a person: not a national sector
                where = self._location_state(head, found, dateline)
                if where is not None:
                    key = where.actor.id.rsplit("/", 1)[-1]
                    actor = self.actors.organ(key, spec.get("as", organ), spec["label"],
                                              spec.get("kind", "state_organ"), spec.get("code"),
                                              self._organ_heads.get(spec.get("as", organ), ()))
                else:
                    actor = self.actors.sector(organ, spec["unaffiliated"], spec.get("kind", "group"),
                                               spec.get("code"))
                start, end, how = s, e, "sector"
            else:
                continue
            others: tuple[Actor, ...] = ()
            if how == "organ" and mod is not None and state is not None:
                # "Nigerian and British armed forces": the same organ of each coordinated state
                for other in self._conj_actors(doc[mod.end - 1], found):
                    if other.kind == "state" and other.id != state.id:
                        okey = other.id.rsplit("/", 1)[-1]
                        others += (self.actors.organ(okey, spec.get("as", organ), spec["label"],
                                                     spec.get("kind", "state_organ"), spec.get("code"),
                                                     self._organ_heads.get(spec.get("as", organ), ())),)
            m = Mention(start, end, actor, doc[start:end].text, how, others)
            taken.take(start, end)
            if mod is not None and start <= mod.start:
                _replace(found, mod, m)
            out.append(m)
        return out

    def _title_mentions(self, doc: Doc, date: str | None, found: dict[int, Mention],
                        taken: _Taken, dateline: dict[int, Mention]) -> list[Mention]:
        out = []
        strings = self.nlp.vocab.strings
        matches = sorted(((s, e, strings[mid]) for mid, s, e in self._titles(doc)),
                         key=lambda x: (x[0], -(x[1] - x[0])))
        last_end = -1
        for s, e, role in matches:
            if s < last_end or taken.any(s, e):
                continue
            if doc[s].ent_type_ == "PERSON" and doc[s].ent_iob_ == "I":
                continue  # a surname that is also a title word: "Defence Secretary Tom King"
            last_end = e
            head = doc[e - 1]
            # "<Demonym> President <Name>": the name that follows carries the mention.
            nxt = _mention_at(found, doc[e]) if e < len(doc) else None
            if nxt is not None and nxt.actor.kind == "person":
                continue
            if head.head.i > head.i and head.dep_ == "compound" and head.head.ent_type_ == "PERSON":
                continue  # unknown person named after the title; NER handles it
            if e < len(doc) and doc[e].ent_type_ == "ORG" and doc[e].ent_iob_ == "B" \
                    and any(ent.start == e and self._titled_name(ent) for ent in doc.ents):
                continue  # "President Jean-Paul Doe", read as an organization
            after = e + 1 if e + 1 < len(doc) and doc[e].text == "," else e
            if after < len(doc) and doc[after].ent_type_ == "PERSON" and doc[after].ent_iob_ == "B":
                continue  # "the bloc's foreign policy chief, Jane Doe": the apposed name is the actor
            mod = self._state_modifier(head, found, stop=s) or self._state_modifier(doc[s], found)
            first = next((t for t in (head, doc[s]) if t.dep_ == "conj"), None)
            if mod is None and first is not None and first.head.pos_ == "NOUN" and first.head.i < s:
                # "Sudan's army chief and head of state": the first title's owner holds both
                mod = self._state_modifier(first.head, found)
            if mod is None and s > 0:
                mod = _mention_at(found, doc[s - 1])
            owner = mod.actor if mod else None
            if owner is None:
                default = self._default_of.get(role)
                owner = self.actors.get(default) if default else None
            if owner is None and role in self._context_roles and _bare(doc[s:e]):
                owner = self._context_state(doc[s], found, dateline)
            if owner is None:
                continue
            if owner.kind in ("person", "state_organ"):  # "the president's spokesman"
                owner = self.actors.state_of(owner) or owner
            owner_key = owner.id.rsplit("/", 1)[-1]
            roles = self._leader_roles if role == "leader" else [role]
            people = []
            for r in roles:
                people = self.actors.holders(r, owner_key, date)
                if people:
                    break
            start = min(s, mod.start) if mod else s
            if head.i > 0 and doc[start - 1].lower_ == "the" if start > 0 else False:
                start -= 1
            if len(people) == 1:
                actor, how = people[0], "title"
            elif owner.kind == "state" and role in self._fallback_roles:
                organ = self._fallback_organs.get(role, self._fallback_organ)
                spec = self._organs.get(organ, {"label": "Government of {state}"})
                actor, how = self.actors.organ(owner_key, organ, spec["label"],
                                               heads=self._organ_heads.get(organ, ())), "organ"
            elif owner.kind == "organization" and role in ("secretary_general",):
                actor, how = owner, "title"
            else:
                continue
            m = Mention(start, e, actor, doc[start:e].text, how)
            if mod is not None:
                _replace(found, mod, m)
            found[m.start] = m  # a title joined to this one may share its owner
            taken.take(start, e)
            out.append(m)
        return out

    def _context_state(self, tok: Token, found: dict[int, Mention],
                       dateline: dict[int, Mention]) -> Actor | None:
        """The state of a bare title ("the prime minister"): the dateline's, else the one in sight.

        States named, or owning the actors named, in the title's sentence and the two before
        it count; with two or more the title stays unresolved.
        """
        sents = list(tok.doc.sents)
        k = next(i for i, sent in enumerate(sents) if sent.start <= tok.i < sent.end)
        line = dateline.get(sents[k].start)
        if line is not None:
            return line.actor
        lo, hi = sents[max(k - 2, 0)].start, sents[k].end
        states = {}
        for m in found.values():
            if lo <= m.start < hi and m.how != "pronoun":
                st = self.actors.state_of(m.actor)
                if st is not None:
                    states[st.id] = st
        return next(iter(states.values())) if len(states) == 1 else None

    def _generic_mentions(self, doc: Doc, found: dict[int, Mention], taken: _Taken) -> list[Mention]:
        """'the Russian side', 'Ukrainian officials' -> the state; 'UN officials' -> the UN."""
        out = []
        for tok in doc:
            if tok.pos_ not in ("NOUN", "PROPN") or taken.at(tok.i):
                continue
            low = tok.lower_
            mod = None
            actor = None
            for kind, heads in self._generic.items():
                if low in heads or tok.lemma_.lower() in heads:
                    preps: tuple[str, ...] = ("of", "for", "in") \
                        if kind == "state" and low in self._located_heads else ("of", "for")
                    if tok.tag_ in ("NNS", "NNPS"):  # "the envoy for Syria", not "officials for X"
                        preps = tuple(p for p in preps if p != "for")
                    cand = self._state_modifier(tok, found, stop=tok.i, preps=preps)
                    if cand is not None and (cand.actor.kind == kind
                                             or (kind == "state" and cand.how == "demonym")):
                        mod = cand
                        break
            if mod is None and (low in self._person_heads.get("state", ())
                                or low in self._person_heads.get("person", ())):
                # "the senator's office", "the X regime", "the president's aides": a person's
                cand = self._state_modifier(tok, found, stop=tok.i)
                if cand is not None and cand.actor.kind == "person":
                    if low in self._person_heads.get("state", ()):
                        # their state's government (so a legislature may still address it)
                        state = self.actors.state_of(cand.actor)
                        spec = self._organs.get("government", {"label": "Government of {state}"})
                        actor = (self.actors.organ(state.id.rsplit("/", 1)[-1], "government",
                                                   spec["label"], "state_organ", spec.get("code"),
                                                   self._organ_heads.get("government", ()))
                                 if state is not None else cand.actor)
                        mod = cand
                    elif low in self._person_heads.get("person", ()):
                        mod, actor = cand, cand.actor
            if mod is None:
                continue
            if actor is None:
                actor = mod.actor if mod.actor.kind in ("organization", "group") \
                    else self.actors.state_of(mod.actor)
            if actor is None:
                continue
            start = min(mod.start, tok.i)
            others = tuple(o for o in self._conj_actors(doc[mod.end - 1], found) if o.id != actor.id)
            how = "generic"
            if mod.how == "place" and low in _SUBDIVISIONS and mod.end == tok.i:
                how = "place"  # "Borno state", "Kano province": a part of the state, a place
            m = Mention(start, tok.i + 1, actor, doc[start:tok.i + 1].text, how, others)
            _replace(found, mod, m)
            taken.take(start, tok.i + 1)
            out.append(m)
        return out

    def _body_after(self, tok: Token) -> bool:
        """True when ``tok`` modifies, through compounds, a word for a body ("Viv Ansanm gang
        alliance": alliance)."""
        while tok.dep_ == "compound" and tok.head.i > tok.i:
            tok = tok.head
            if tok.lower_ in self._body_heads:
                return True
        return False

    def _body_name_mentions(self, doc: Doc, taken: _Taken) -> list[Mention]:
        """Capitalized names the tagger missed that modify a lowercase word for a body: "the Viv
        Ansanm gang alliance", "the Ambazonia Defence Forces militia" name a group."""
        out = []
        for head in tokens_with(doc, "LOWER", self._body_head_ids):
            if head.lower_ not in self._body_heads or not head.is_lower:
                continue
            e = head.i
            while e > 0 and doc[e - 1].dep_ == "compound" and doc[e - 1].is_lower:
                e -= 1  # "gang" in "gang alliance"
            s = e
            while s > 0 and doc[s - 1].dep_ == "compound" and doc[s - 1].tag_ in ("NNP", "NNPS") \
                    and doc[s - 1].text[:1].isupper() and doc[s - 1].ent_type_ not in _NOT_BODY_NAMES:
                s -= 1  # ("Jihadist groups", "Shia militias" name a kind, not a body)
            if s == e or taken.any(s, e) \
                    or any(not i < doc[i].head.i <= head.i for i in range(s, e)):
                continue
            span = doc[s:e]
            name = " ".join(span.text.split())
            if name.lower() in self._ner_skip or self._names_thing(span):
                continue
            taken.take(s, e)
            out.append(Mention(s, e, self._ner_actor(name, "group", span), span.text, "ner"))
        return out

    def _ner_mentions(self, doc: Doc, taken: _Taken) -> list[Mention]:
        out = []
        persons: dict[str, Actor] = {}
        # one name, one kind in an article: a name the tagger also read as the start of an
        # organization's name ("the Georgian Dream party" ... "Georgian Dream said") is that organization
        orgs = {" ".join(ent.text.split()).lower() for ent in doc.ents
                if ent.label_ == "ORG" and not self._titled_name(ent)}
        # ... unless a person's title stands before it somewhere ("Georgian Foreign Minister X"):
        # then it is that person wherever the tagger read it
        titled = {" ".join(ent.text.split()).lower() for ent in doc.ents
                  if ent.label_ in ("PERSON", "ORG") and ent.start > 0
                  and doc[ent.start - 1].lower_ in self._title_ends and doc[ent.start - 1].is_title}
        orgs -= titled
        # a name the tagger read as a person's that modifies a word for a body ("the Viv Ansanm
        # gang alliance", "the Wagner group") names that body, wherever it stands
        bodies = {" ".join(ent.text.split()).lower() for ent in doc.ents
                  if ent.label_ == "PERSON" and self._body_after(ent.root)} - titled
        for ent, kind in self._named_entities(doc, persons):
            s, e = ent.start, ent.end
            while (s < e and doc[s].lower_ in ("the", "'s", "’s")) or (s < e and doc[s].is_punct):
                s += 1
            while e > s and (doc[e - 1].is_punct or doc[e - 1].tag_ == "POS" or _function_word(doc[e - 1])):
                e -= 1  # "Sadyr Japarov and", "Japarov and Rahmon in": a name never ends so
            opened = [t.i for t in doc[s:e] if t.text == "("]
            if opened and not any(t.text == ")" for t in doc[opened[-1]:e]):
                e = opened[-1]  # "House of Representatives (HoR": the name ends before the bracket
            if kind == "person" and e > s:
                e = self._name_end(doc, e)  # "Jane Mary Doe" tagged "Jane Mary"
            if kind == "person" and e > s and self._given_name_before(doc, s):
                s -= 1  # "President Jean Paul Doe" tagged "Paul Doe": the title ends before
            if s >= e or taken.any(s, e):
                continue
            span = doc[s:e]
            name = " ".join(span.text.split())
            if name.lower() in self._ner_skip or not any(ch.isupper() for ch in name) \
                    or len(name.strip(".")) < 2 or (span[0].text in self._features and len(span) == 2) \
                    or self._names_product(span[-1]) or self._names_thing(span):
                continue
            if kind == "person" and name.lower() not in titled and name not in persons \
                    and span.root.dep_ == "pobj" and span.root.head.lower_ in self._locative \
                    and not (e < len(doc) and doc[e].tag_ == "POS"):
                continue  # "fought at Ras Doumeira": a place the tagger took for a person
            if kind == "person" and any(o == name.lower() or o.startswith(name.lower() + " ") for o in orgs):
                kind = "organization"
            elif kind == "person" and name.lower() in bodies:
                kind = "group"
            elif kind == "organization" and name.lower() in titled:
                kind = "person"
            if kind == "person" and len(span) == 1 and name in persons:
                actor = persons[name]
            else:
                actor = self._ner_actor(name, kind, span)
                if kind == "person":
                    persons[name] = actor
                    persons[span[-1].text] = actor
            taken.take(s, e)
            out.append(Mention(s, e, actor, span.text, "ner"))
        return out

    def _after_feature(self, doc: Doc, start: int) -> bool:
        """True when the name at ``start`` follows a geographic feature's word ("Lake Malawi",
        "the Gulf of Guinea"; ``feature_words`` in mentions.json)."""
        k = start - 1
        if k >= 1 and doc[k].lower_ == "of":
            k -= 1
        return k >= 0 and doc[k].text in self._features

    def _given_name_before(self, doc: Doc, s: int) -> bool:
        """True when the word before a person's name starting at ``s`` is a first name the tagger
        left out, between the name and a title: a capitalized proper noun of no entity that
        compounds with the name, right after a title word ("President Jean Paul Doe")."""
        if s < 2:
            return False
        prev, title = doc[s - 1], doc[s - 2]
        return prev.tag_ == "NNP" and prev.is_title and not prev.ent_type_ and prev.dep_ == "compound" \
            and s <= prev.head.i and prev.lower_ not in self.title_words \
            and prev.lower_ not in self._no_given_names \
            and title.lower_ in self._title_ends and title.is_title

    def _name_end(self, doc: Doc, e: int) -> int:
        """Where a person's name tagged up to ``e`` ends: at the parser's head of its last word
        when that head is at most two words on and every word up to it is a capitalized proper
        noun of no entity and no title ("Jane Mary" + "Doe"), the head alone being allowed
        to be tagged a person of its own ("Jean" + "Paul" + "Doe": one name)."""
        last = doc[e - 1]
        head = last.head
        if last.dep_ != "compound" or not e <= head.i <= e + 1 or head.i >= len(doc):
            return e
        words = doc[e:head.i + 1]
        # (the head may be tagged a person alone: "Jane Mary" and "Doe" tagged as two people)
        alone = head.ent_type_ == "PERSON" and head.ent_iob_ == "B" \
            and (head.i + 1 >= len(doc) or doc[head.i + 1].ent_iob_ != "I")
        if all(t.tag_ == "NNP" and t.is_title and t.lower_ not in self.title_words
               and (not t.ent_type_ or (t.i == head.i and alone))
               and (t.i == head.i or t.head.i == head.i) for t in words):
            return head.i + 1
        return e

    def _named_entities(self, doc: Doc, persons: dict[str, Actor]) -> Iterator[tuple[Span, str]]:
        """NER's names with the actor kind of their label, a list of names split into its names.

        The small pipelines sometimes read a list of people as one name ("Japarov and Rahmon", a
        WORK_OF_ART or an ORG). A list under a person label gives one person per name; under any
        other label, it does when the article already gave one of its names to a person.
        Otherwise a list stays whole ("State Investigation and Protection Agency"). ``persons``
        is read as the caller fills it, so earlier names count.
        """
        # (doc.ents is a property that builds its spans anew on each call); a headline's name
        # may take in the blank line after it ("El Fasher\n\n"): the name is the words only
        tagged = [_without_spaces(e) for e in doc.ents]
        ents = [self._with_particles(e) if e.label_ == "ORG" else e for e in tagged]
        for k, ent in enumerate(ents):
            if k + 1 < len(ents) and ents[k + 1].start <= ent.start:
                continue  # "Front" of "Front pour la Democratie au Burundi"
            kind = self._ner_labels.get(tagged[k].label_)
            if kind == "organization" and self._titled_name(tagged[k]):
                kind = "person"  # "President Jean-Paul Doe's government"
            names = _name_list(ent)
            if len(names) > 1 and (kind == "person" or any(n.text in persons for n in names)):
                for name in names:
                    yield name, "person"
            elif kind is not None and kind != "group":
                yield ent, kind
            elif ent.text in persons:  # "Abdel Fattah al-Burhan ... spoke to Burhan" (a GPE to NER)
                yield ent, "person"

    def _titled_name(self, ent: Span) -> bool:
        """True for a name of two to four capitalized words, none an organization word nor an
        acronym, right after a capitalized title that a person holds ("President X Y")."""
        prev = ent.doc[ent.start - 1] if ent.start > ent.sent.start else None
        words = [t for t in ent if t.text not in ("-", "'s")]
        return prev is not None and prev.is_title and prev.lower_ in self._title_ends \
            and prev.lower_ not in self._organ_title_ends and 2 <= len(words) <= 4 \
            and all(t.is_title and t.lower_ not in self._guess_org for t in words)

    def _with_particles(self, ent: Span) -> Span:
        """``ent`` run on to the left over the particles of a name and the capitalized words
        before them: "Ensemble pour la [Republique]" is one organization, not "Republique"."""
        doc, start = ent.doc, ent.start
        first = ent.sent.start  # (a walk over the sentence: looked up once)
        while True:
            i = start
            while i > first and doc[i - 1].lower_ in self._particles and doc[i - 1].is_lower:
                i -= 1
            j = i
            while j > first and doc[j - 1].is_title and doc[j - 1].ent_type_ in ("", "ORG", "NORP") \
                    and doc[j - 1].pos_ in ("PROPN", "NOUN", "ADJ", "VERB"):
                j -= 1
            if i == start or j == i:
                return doc[start:ent.end] if start < ent.start else ent
            start = j

    def _guessed_mentions(self, doc: Doc, taken: _Taken, people: set[str]) -> list[Mention]:
        """Proper names NER missed, where a verb takes them as subject or object.

        "The minister accused Okonkwo of ...": a capitalized proper noun (with its
        compound name words) that is an argument of a verb, untagged by NER and
        no known word, becomes an actor: an organization when it ends in an
        organization word or is an acronym, else a person. Found this way,
        mentions get the lowest confidence of the named ones.
        """
        out = self._guessed_organs(doc, taken)
        for tok in tokens_with(doc, "POS", {doc.vocab.strings["PROPN"]}):  # (its symbol id)
            if tok.pos_ != "PROPN" or tok.dep_ not in self._guess_deps or taken.at(tok.i) \
                    or (tok.ent_type_ not in ("", "PERSON", "ORG") and tok.text not in people):
                continue  # (a name the article gave a person is one, whatever NER reads: "Abiy's")
            gov = tok.head.head if tok.dep_ in ("pobj", "poss") else tok.head
            if tok.dep_ == "pobj" and tok.head.dep_ not in ("prep", "agent", "dative"):
                continue
            # an argument of a verb, or the owner or target of an event noun that is one
            # ("faulted X's decision", "an investigation against X")
            if gov.pos_ not in ("VERB", "AUX") and not (
                    gov.pos_ == "NOUN" and gov.dep_ in self._guess_deps
                    and (tok.dep_ == "poss" or tok.head.lower_ in self._guess_preps)):
                continue
            s = tok.i
            while s > tok.sent.start and doc[s - 1].dep_ == "compound" and doc[s - 1].pos_ == "PROPN" \
                    and doc[s - 1].head.i <= tok.i and not taken.at(s - 1):
                s -= 1
            words = list(doc[s:tok.i + 1])
            if any(not t.text[:1].isupper() or t.lower_ in self._guess_skip or t.like_num
                   for t in words) or tok.lower_ in self.title_words or self._names_product(tok) \
                    or self._names_thing(doc[s:tok.i + 1]):
                continue
            while words and words[0].lower_ in self.title_words:
                words = words[1:]
            if not words or len(words[-1].text.strip(".")) < 2:
                continue  # "a post on X.": a letter names no actor
            if len(words) == 1 and not tok.ent_type_ and tok.i > 0 \
                    and doc[tok.i - 1].text in ("-", "--", "–", "—"):
                continue  # a capital where a dateline's text begins says nothing
            name = " ".join(t.text for t in words)
            org = words[-1].lower_ in self._guess_org or (words[-1].is_upper and len(words) == 1)
            actor = self._ner_actor(name, "organization" if org else "person", doc[words[0].i:tok.i + 1])
            taken.take(words[0].i, tok.i + 1)
            out.append(Mention(words[0].i, tok.i + 1, actor, name, "guess"))
            if not org:
                people.add(words[-1].text)
        return out

    def _names_thing(self, span: Span) -> bool:
        """True for a name NER or a guess found that names a thing or a place, not an actor
        (``thing_names`` in mentions.json): by its last word ("State House", "Svalbard Treaty"),
        its first ("Operation Shujaa"), the noun it modifies ("the Khor Abdullah deal", "the
        Intercontinental hotel"), the medium it is apposed to ("the news agency Sputnik") or the
        place noun it follows after "of" ("the town of Pangwa"; ``place_heads``)."""
        spec = self._things
        last = span[-1]
        opener = span.doc[span.start - 1] if span.start > 0 else span[0]  # "Operation Shujaa"
        if last.lemma_.lower() in spec["heads"] or last.lower_ in spec["heads"] \
                or span[0].lower_ in spec["openers"] or opener.lower_ in spec["openers"]:
            return True
        if opener.i < span.start and opener.pos_ == "NOUN" and (opener.lower_ in spec["media"] or any(
                f"{c.lower_} {opener.lower_}" in spec["media"] for c in opener.children)):
            return True  # "the state news agency KCNA accused ...", read as two subjects
        head = last.head
        if head.i == last.i or head.i in range(span.start, span.end):
            return False
        of = last
        while of.dep_ == "conj" and of.head.i < of.i:
            of = of.head
        if of.dep_ == "pobj" and of.head.lower_ == "of" and of.head.head.lemma_.lower() in self._place_heads:
            return True  # "the mining towns of Pangwa and Chipwi", "the city of Lashio"
        if last.dep_ in ("compound", "nmod", "amod") and head.i > last.i:
            return head.lemma_.lower() in spec["heads"]
        medium = head.lemma_.lower()
        words = {f"{c.lower_} {medium}" for c in head.children if c.dep_ == "compound"} | {medium}
        # "the news agency Sputnik Azerbaijan", "the broadcaster Rustavi 2"
        return last.dep_ in ("appos", "compound", "nmod", "npadvmod") and bool(words & spec["media"])

    def _names_product(self, tok: Token) -> bool:
        """True for the last word of a name that modifies a product noun ("Bayraktar drones")."""
        return tok.dep_ in ("compound", "nmod", "amod") and tok.head.i > tok.i \
            and tok.head.lemma_.lower() in self._product_heads

    def _guessed_organs(self, doc: Doc, taken: _Taken) -> list[Mention]:
        """'The Punjab government', 'the Catalan government': a body of a place we do not know."""
        out = []
        for tok in tokens_with(doc, "LOWER", self._guess_head_ids):
            if tok.pos_ != "NOUN" or tok.lower_ not in self._guess_heads or taken.at(tok.i) \
                    or tok.dep_ not in self._guess_deps:
                continue
            s = tok.i
            while s > tok.sent.start and doc[s - 1].dep_ in ("compound", "amod") \
                    and doc[s - 1].head.i == tok.i and doc[s - 1].text[:1].isupper() \
                    and doc[s - 1].pos_ in ("PROPN", "ADJ") and not taken.at(s - 1) \
                    and doc[s - 1].lower_ not in self._guess_skip \
                    and doc[s - 1].lower_ not in self.title_words:
                s -= 1
            if s == tok.i or (s == tok.sent.start and doc[s].is_sent_start and s + 1 == tok.i
                              and doc[s].pos_ == "ADJ"):
                continue
            name = " ".join(t.text for t in doc[s:tok.i + 1])
            actor = self._ner_actor(name, "organization", doc[s:tok.i + 1])
            taken.take(s, tok.i + 1)
            out.append(Mention(s, tok.i + 1, actor, name, "guess"))
        return out

    def _ner_actor(self, name: str, kind: str, span: Span) -> Actor:
        # the affiliation is part of the key: what one article says of a name ("Cambodian Prime
        # Minister Hun Manet") must not depend on what an earlier article said of it
        affiliations = self._affiliation(span)
        if kind == "person" and self._private(span):
            kind = "national"  # "French teacher X": a private person, no edge end (see extract)
        cached = self._ner_cache.get((name, kind, affiliations))
        if cached is not None:
            return cached
        actor = Actor(id=minted_actor_iri(name, kind), label=name,
                      kind=actor_kind("person" if kind == "national" else kind), affiliations=affiliations)
        if len(self._ner_cache) < 50_000:
            self._ner_cache[(name, kind, affiliations)] = actor
        return actor

    def _private(self, span: Span) -> bool:
        """True for a person named with a private occupation and no office title: "French
        teacher Lucile Ferrand", "WNBA star Brittney Griner", "X, a British journalist"."""
        doc, root = span.doc, span.root
        words = []
        for t in reversed(doc[max(span.start - 4, 0):span.start]):  # the title before the name
            if t.pos_ in ("VERB", "AUX", "ADP", "PUNCT", "SCONJ", "CCONJ", "DET"):
                break
            words.append(t)
        words += [c for c in root.children if c.dep_ == "appos"]  # "X, a French teacher"
        if root.dep_ == "appos":
            words.append(root.head)  # "a French teacher, X"
        lemmas = {t.lemma_.lower() for t in words} | {t.lower_ for t in words}
        return bool(lemmas & self._private_roles) and not lemmas & self.title_words

    def _affiliation(self, span: Span) -> tuple[Affiliation, ...]:
        """'Kremlin spokesman <Name>' -> affiliated with Russia (from modifiers)."""
        doc = span.doc
        head = span.root
        # an apposition's head ("Kenya's envoy, X") names the side only after a comma: "Y and her
        # Rwandan counterpart X" is no apposition to Y, though the parser may hang it so
        apposed = head.dep_ == "appos" and span.start > 0 and doc[span.start - 1].text == ","
        # "the Emir of Qatar, Sheikh Tamim": the state the apposed title is of
        titled_of = [o for p in head.head.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"] if apposed and head.head.i < span.start else []
        for tok in (*head.children, *(head.head.children if apposed else ()), *titled_of):
            if (tok.i >= span.start and tok.i < span.end) or tok.dep_ in ("prep", "relcl", "acl"):
                continue  # "X in Doha", "X, who visited Moscow": where or what, not whose
            for t in (tok, *tok.children):
                if t.pos_ in ("PRON", "DET") or t.is_lower:
                    continue  # "who" is no WHO
                cands = self.actors.candidates(t.text)
                default = self._ambiguous.get(t.lower_) if len(cands) > 1 else None
                for m in sorted(cands, key=lambda a: a.id.rsplit("/", 1)[-1] != default):
                    if m.kind in ("state", "organization"):
                        return (Affiliation(m.id),)
        # up to four words right before the name, within its noun phrase ("the Kremlin's
        # chief spokesman X"); a verb, preposition or punctuation ends the phrase
        before = []
        for t in reversed(doc[max(span.start - 4, 0):span.start]):
            if t.pos_ in ("VERB", "AUX", "ADP", "PUNCT", "SCONJ", "CCONJ"):
                break
            before.append(t)
        for t in reversed(before):
            cands = self.actors.candidates(t.text)
            if len(cands) == 1 and cands[0].kind in ("state", "organization"):
                return (Affiliation(cands[0].id),)
        return ()

    def _speaker(self, tok: Token, mentions: list[Mention], person: bool = False,
                 sents: list | None = None, sent_of: dict[int, int] | None = None,
                 said: dict[int, Token] | None = None) -> Actor | None:
        """The state or organization a quoted speaker talks for ("we" in their quote), or with
        ``person`` the speaker ("I" in their quote). A speaker named by "he" or "she" ("..., he
        said") is the person the pronoun refers to, when ``sents`` and ``sent_of`` are given.
        ``said`` gives the reporting verb of sentences inside a quotation of several sentences."""
        sent = tok.sent
        verbs = [*sent, *([said[sent.start]] if said and sent.start in said else [])]
        for verb in verbs:
            if verb.lemma_.lower() not in self._reporting or verb.pos_ != "VERB":
                continue
            for subj in verb.children:
                if subj.dep_ != "nsubj":
                    continue
                m = next((m for m in mentions if m.start <= subj.i < m.end and m.how != "pronoun"),
                         None)
                if m is None and sents is not None and sent_of is not None \
                        and subj.lower_ in self._pron.get("person", ()) and not _opened(subj):
                    m = _antecedent(subj, ("person",), mentions, sents, sent_of)
                if m is None:
                    continue
                if person:
                    return m.actor if m.actor.kind == "person" and not (m.start <= tok.i < m.end) else None
                if m.actor.kind == "person":
                    return self.actors.state_of(m.actor) or next(
                        (self.actors.get(a.actor) for a in m.actor.affiliations
                         if self.actors.get(a.actor) is not None), None)
                return m.actor
        return None

    def _pronoun_mentions(self, doc: Doc, mentions: list[Mention], said: dict[int, Token] | None = None,
                          home: Actor | None = None) -> list[Mention]:
        """Resolve pronouns and short references to a clear antecedent (two sentences back)."""
        sents = list(doc.sents)
        sent_of = {}
        for i, sent in enumerate(sents):
            for t in sent:
                sent_of[t.i] = i
        if said is None:  # quotations of several sentences
            said = attributions(doc, self._reporting)
        out: list[Mention] = []
        covered = _Taken(len(doc), mentions)
        for tok in doc:
            pron = tok.pos_ == "PRON" or tok.tag_ in ("PRP", "PRP$")
            if covered.at(tok.i) or not (pron or tok.pos_ == "NOUN"):
                continue  # only pronouns and common nouns refer back
            low = tok.lower_
            want: tuple[str, ...] | None = None
            how = "pronoun"
            if pron \
                    and low in self._pron.get("speaker_person", ()) \
                    and (_quoted(tok) or tok.sent.start in said):
                speaker = self._speaker(tok, mentions, True, sents, sent_of, said)  # "I pressed ...," X said
                if speaker is not None:
                    out.append(Mention(tok.i, tok.i + 1, speaker, tok.text, "pronoun"))
                continue
            if pron \
                    and low in self._pron.get("speaker_group", ()):
                speaker = self._speaker(tok, mentions, False, sents, sent_of, said)  # "We asked," he wrote
                if speaker is not None:
                    out.append(Mention(tok.i, tok.i + 1, speaker, tok.text, "pronoun"))
                continue
            if pron and low in self._pron.get("plural", ()):
                group = _subject_group(tok, mentions, sent_of) \
                    or _meeting_parties(tok, mentions, sent_of, self._meeting, self._meeting_nouns)
                if not group and (low in ("them", "their") or tok.head.dep_ == "relcl"):
                    # "called X and Y and asked them", "urged X and Y to respect the truce they
                    # signed": the group named last
                    group = _recent_group(tok, mentions, sent_of)
                if group:
                    out.append(Mention(tok.i, tok.i + 1, group[0].actor, tok.text, "pronoun",
                                       tuple(m.actor for m in group[1:])))
                    continue
            if pron:
                if low in self._pron.get("person", ()):
                    want = ("person",)
                elif low in self._pron.get("collective", ()) and not (low == "it" and _quoted(tok)):
                    # a speaker's "it" ("It is an insult," she said) is what the speaker talks
                    # about, not the last state the narrator named
                    want = ("state", "organization", "state_organ", "group")
            elif tok.pos_ == "NOUN" and low in self._met_roles \
                    and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children) \
                    and not any(c.dep_ in ("amod", "compound") for c in tok.children):
                # "Tshisekedi thanked his host": the other side of his latest meeting
                known = [*mentions, *(o for o in out if o.others)]  # "the two leaders met"
                other = _other_party(tok, known, sent_of, self._meeting, self._met_reach)
                if other is not None:
                    start = min(c.i for c in tok.children if c.dep_ == "poss")
                    out.append(Mention(start, tok.i + 1, other.actor, doc[start:tok.i + 1].text, "reference"))
                continue
            elif tok.pos_ == "NOUN" and low in self._person_titles \
                    and any(c.lower_ == "the" for c in tok.children) \
                    and not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
                                for c in tok.children):
                # "the minister said", "the foreign minister added": the last person so titled
                titled = [m for m in mentions if m.actor.kind == "person" and m.end <= tok.i
                          and _title_fits(tok, title_words(doc, m))]
                ant = _antecedent(tok, ("person",), titled, sents, sent_of)
                if ant is not None:
                    start = min(c.i for c in tok.children if c.lower_ == "the")
                    out.append(Mention(start, tok.i + 1, ant.actor, doc[start:tok.i + 1].text, "reference"))
                continue
            elif tok.pos_ == "NOUN" and any(c.lower_ in ("the", "this") for c in tok.children) \
                    and not any(c.dep_ in ("amod", "compound", "poss") for c in tok.children):
                kinds = tuple(k for k, words in self._short.items() if low in words)
                if kinds:
                    want, how = kinds, "reference"
            elif home is not None and tok.pos_ == "NOUN" and low in self._home_sides \
                    and any(c.lower_ == "the" for c in tok.children) \
                    and any(c.dep_ in ("amod", "compound")
                            and c.lower_ in self._home_heads | self._home_ruling for c in tok.children):
                # "the military side", "the government delegation": the home state's
                start = min(c.i for c in tok.children if c.lower_ == "the")
                out.append(Mention(start, tok.i + 1, home, doc[start:tok.i + 1].text, "reference"))
                continue
            elif tok.pos_ == "NOUN" and any(c.lower_ == "the" for c in tok.children) \
                    and not any(c.dep_ == "poss" for c in tok.children) \
                    and any(low in words for words in self._short.values()):
                # "the military government": the last actor named with those very words
                # ("Myanmar's military government")
                words = [c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")] + [low]
                named = [m for m in mentions if m.end <= tok.i and m.how != "pronoun"
                         and all(w in m.text.lower().split() for w in words)]
                if named:
                    start = min(c.i for c in tok.children if c.lower_ == "the")
                    out.append(Mention(start, tok.i + 1, named[-1].actor, doc[start:tok.i + 1].text,
                                       "reference"))
                continue
            size = next((self._group_sizes[c.lower_] for c in tok.children
                         if c.lower_ in self._group_sizes), 0) \
                if tok.pos_ == "NOUN" and low in self._pair_heads else 0
            if not want and tok.pos_ == "NOUN" and low in self._pair_heads and size:
                # "the three countries": the last list of three actors of the kind
                sort = "person" if low in self._pair_people else "state" if low in self._pair_states else ""
                group = _last_group(tok, [m for m in mentions if not sort or m.actor.kind == sort],
                                    size, sent_of, None if sort == "state" else 2)
                if group:
                    start = min([tok.i, *(c.i for c in tok.children if c.dep_ in ("det", "nummod"))])
                    out.append(Mention(start, tok.i + 1, group[0].actor, doc[start:tok.i + 1].text,
                                       "reference", tuple(m.actor for m in group[1:])))
                continue
            if not want and tok.pos_ == "NOUN" and low in self._pair_heads and (any(
                    c.lower_ in self._pair_dets for c in tok.children) or (
                        (low in self._pair_mutual or any(c.dep_ == "amod" and c.lower_ in self._pair_mutual
                                                         for c in tok.children))
                        and any(c.lower_ == "the" for c in tok.children))):
                # "the neighbours", "the warring parties": a pair by itself
                # "the two leaders" are people and "the two republics" states, if such were named
                pair_kinds = ("person",) if low in self._pair_people else \
                    ("state",) if low in self._pair_states else None
                own = _clause_subjects(tok)  # "X and Y urged both sides": not X and Y
                # "the two mediators urged both sides", "X and Y called on both parties": the
                # object of a verb is no pair its own subject makes, under any name
                doer = _governing_verb(tok)
                # (and the agent of a passive: "the plan, presented to both sides by X and Y")
                doers = [c for c in doer.children if c.dep_ == "nsubj"] + [
                    o for a in doer.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                ] if doer is not None else []
                subj = {sub.i for c in doers for sub in (c, *c.conjuncts)}  # (not "X, to which Y belongs")
                mine = {x for m in (*mentions, *out) if any(m.start <= i < m.end for i in subj)
                        for a in (m.actor, *m.others)  # a person's state too ("by X's minister")
                        for x in (a.id, *(f.actor for f in a.affiliations if a.kind == "person"))}
                known = sorted([m for m in (*mentions, *(o for o in out if o.others))
                                if not any(m.start <= i < m.end for i in own)
                                and not {m.actor.id, *(a.id for a in m.others)} & mine],
                               key=lambda m: m.start)
                # the states of an article stay "the two countries" however far back they were named
                reach = None if pair_kinds == ("state",) else 2
                pair = _last_pair(tok, [m for m in known if m.actor.kind in pair_kinds], sent_of, reach,
                                  self._go_betweens) \
                    if pair_kinds else None
                if pair is None and pair_kinds == ("person",):  # "the two leaders": people, never states
                    people = [m for m in known if m.actor.kind == "person"]
                    # "X apologised to him when the two leaders met": a pronoun names one too
                    named = [o for o in out if o.how == "pronoun" and o.actor.kind == "person"
                             and not o.others and o.start not in own]
                    pair = _two_people(tok, sorted([*people, *named], key=lambda m: m.start), sent_of) \
                        or _last_pair(tok, people, sent_of, None, self._go_betweens)
                elif pair is None:
                    pair = _last_pair(tok, known, sent_of, 2, self._go_betweens)  # "both sides"
                    if pair is not None and pair_kinds == ("state",):
                        pair = self._states_of_pair(pair)  # "the two presidents ... both countries"
                if pair is None and pair_kinds != ("person",):
                    # "the two sides" far from any pair: the sides the article last called so
                    sides = pair_kinds or ("state", "state_organ", "organization", "group")
                    # (not a pair that stood between the sides: "Turkish and Kenyan envoys ... they")
                    between = {frozenset((m.actor.id, *(a.id for a in m.others))) for m in mentions
                               if m.others and _between_sides(doc[m.end - 1], self._go_betweens)}
                    refs = [o for o in out if len(o.others) == 1 and o.start not in own
                            and frozenset((o.actor.id, o.others[0].id)) not in between
                            and not {o.actor.id, o.others[0].id} & mine]
                    pair = _last_pair_reference(tok, refs, sides) \
                        or (_home_pair(home, [m for m in known if m.end <= tok.i], self._armed_words)
                            if home is not None and home.id not in mine and "state" in sides else None) \
                        or leading_pair([m for m in known if m.end <= tok.i and (
                            m.actor.kind == "state" or (m.actor.kind == "group" and not _sector(m.actor)))]) \
                        or (_next_pair(tok, known, sent_of) if sent_of[tok.i] == 0 else None)
                if pair is not None:
                    start = min([tok.i, *(c.i for c in tok.children if c.dep_ in ("det", "nummod"))])
                    out.append(Mention(start, tok.i + 1, pair[0].actor, doc[start:tok.i + 1].text,
                                       "reference", (pair[1].actor,)))
                continue
            if not want:
                continue
            ant = None
            if how == "reference":  # "the ministry": a mention headed by the same noun first
                same = [m for m in mentions if low in m.text.lower().split()]
                ant = _antecedent(tok, want, same, sents, sent_of) if same else None
                if ant is None:  # ... however far back: the same head beats a nearer other body
                    ant = next((m for m in reversed(same) if m.end <= tok.i and m.actor.kind in want
                                and doc[m.end - 1].lower_ == low), None)
            ant = ant or _antecedent(tok, want, mentions, sents, sent_of)
            if ant is not None and how == "pronoun" and low in self._pron.get("plural", ()):
                ant = _nearer_plural(tok, ant, mentions)
            if home is not None and how == "reference" and low in self._home_heads and "state" in want \
                    and (ant is None or (ant.actor.kind == "state" and sent_of[ant.start] != sent_of[tok.i])):
                # "the government" of an article about one state's conflict is that state's,
                # though a mediator was named last
                ant = Mention(tok.i, tok.i + 1, home, tok.text, "reference")
            spec = self._organs.get(low) if how == "reference" else None
            if ant is None and spec is not None and spec.get("unaffiliated"):
                # "the government" with no state in sight: a government, unnamed, like "police"
                start = min(c.i for c in tok.children if c.lower_ in ("the", "this"))
                actor = self.actors.sector(low, spec["unaffiliated"], spec.get("kind", "state_organ"),
                                           spec.get("code"))
                out.append(Mention(start, tok.i + 1, actor, doc[start:tok.i + 1].text, "sector"))
                continue
            if ant is not None:
                start = tok.i
                if how == "reference":
                    start = min(c.i for c in tok.children if c.lower_ in ("the", "this"))
                head = tok.head
                if how == "pronoun" and tok.dep_ == "poss" and head.i == tok.i + 1 \
                        and head.lower_ in self._generic.get("state", ()) \
                        and head.lower_ in self._located_heads | {"country", "nation"}:
                    # "his country", "its government": the antecedent's state
                    state = self.actors.state_of(ant.actor) if ant.actor.kind != "state" else ant.actor
                    if state is not None:
                        out.append(Mention(tok.i, head.i + 1, state, doc[tok.i:head.i + 1].text,
                                           "reference"))
                        continue
                out.append(Mention(start, tok.i + 1, ant.actor, doc[start:tok.i + 1].text, how))
        return out


def title_words(doc: Doc, m: Mention) -> set[str]:
    """Lower-case words the article gives a person as title: just before the name ("foreign
    minister Yvan Gil") or in apposition after it ("Yvan Gil, the foreign minister")."""
    sent = doc[m.start].sent
    before = []
    for t in reversed(doc[max(sent.start, m.start - 5):m.start]):
        if t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ"):
            break  # "Qatar's prime minister met CIA Director X": only "CIA Director"
        before.append(t)
    words = {t.lower_ for t in before if t.pos_ in ("NOUN", "PROPN", "ADJ")}
    head = doc[m.end - 1]
    for c in head.children:
        if c.dep_ == "appos":
            words |= {t.lower_ for t in c.subtree if t.pos_ in ("NOUN", "PROPN", "ADJ")}
    return words


def _title_fits(tok: Token, words: set[str]) -> bool:
    """True when ``words`` hold the description's head and its modifiers ("the foreign minister")."""
    mods = [c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")]
    return tok.lower_ in words and all(w in words for w in mods)


def _function_word(tok: Token) -> bool:
    """A lower-case preposition, conjunction or determiner, which no name ends with."""
    return tok.is_lower and tok.pos_ in ("ADP", "CCONJ", "DET")


def _name_list(ent: Span) -> list[Span]:
    """The names of a list NER read as one entity ("Japarov and Rahmon"), or ``[ent]``.

    Only a list of capitalised words counts: every piece between "and", "or" and commas is
    a proper name.
    """
    end = ent.end
    while end > ent.start and _function_word(ent.doc[end - 1]):
        end -= 1
    ent = ent.doc[ent.start:end]
    pieces, start = [], ent.start
    for tok in ent:
        if tok.lower_ in _LIST_WORDS or tok.text == ",":
            pieces.append(ent.doc[start:tok.i])
            start = tok.i + 1
    pieces.append(ent.doc[start:ent.end])
    if len(pieces) < 2 or not all(len(p) and all(t.is_title or t.is_upper for t in p) for p in pieces):
        return [ent]
    return pieces


def _apposed_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Drop an office or body described right before a named person: "the bloc's foreign policy
    chief, Jane Doe", "Colombia's chief negotiator, John Roe" are the people, not their bodies."""
    people = {m.start: m for m in mentions if m.actor.kind == "person" and m.how in ("ner", "name", "guess")}
    starts = {m.start: m for m in mentions}
    out = []
    for m in mentions:
        end = m.end
        if end + 1 < len(doc) and doc[end].lower_ == "of" and m.how in ("organ", "title"):
            # "the Emir of Qatar, Sheikh Tamim": the title's state too
            end = starts[end + 1].end if end + 1 in starts else next(
                (t.i for t in doc[end + 1:min(end + 5, len(doc))]
                 if t.pos_ != "PROPN" and t.dep_ != "det"), end)
        nxt = end + 1 if end < len(doc) and doc[end].text == "," else end
        person = people.get(nxt)
        while person is None and nxt < min(len(doc), m.end + 4) and doc[nxt].is_title:
            nxt += 1  # "Guinea's junta leader, General Mamadi Doumbouya": a rank before the name
            person = people.get(nxt)
        head = doc[m.end - 1]
        if person is None:  # "the head of the X Commission, Jane Doe"
            person = next((p for p in people.values() if _apposed_to(doc[p.end - 1], head)
                           and doc[p.end - 1].head.i != head.i), None)
        if m.how in ("generic", "organ", "title", "reference") and person is not None \
                and (m.actor.kind != "person" or is_minted(m.actor.id)) \
                and (head.pos_ == "NOUN" or (end > m.end and head.pos_ == "PROPN")) \
                and doc[person.end - 1].dep_ == "appos" \
                and _apposed_to(doc[person.end - 1], head):
            owner = _owner_words(doc, m, head)
            if owner is not None:  # "the bloc" later is still the office's body
                out.append(replace(m, start=owner.start, end=owner.end, text=owner.text, how="name"))
            continue
        named = _holder_after(doc, m, people) if m.how in ("title", "generic") \
            and doc[m.end - 1].pos_ == "NOUN" else None
        if named is not None and named.actor.id != m.actor.id:
            # "the U.S. envoy to Syria, Tom Barrack": the office is the person named after it,
            # whoever the title tables say holds it
            m = replace(m, actor=named.actor)
        out.append(m)
    return out


def _apposed_to(name: Token, head: Token) -> bool:
    """True when the apposed ``name`` describes ``head``: hung on it, or on the body of its of-phrase
    ("the head of the X Commission, Jane Doe": the parser hangs the name on the Commission)."""
    gov = name.head
    return gov.i == head.i or (gov.dep_ == "pobj" and gov.head.lower_ == "of" and gov.head.head.i == head.i)


def _owner_words(doc: Doc, m: Mention, head: Token) -> Span | None:
    """The name that owns an office, "the European Union" in "The European Union's foreign policy
    chief", when the office's body is that name (not "the bloc's chief")."""
    poss = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.i >= m.start), None)
    if poss is None:
        return None
    words = [t for t in poss.subtree if t.dep_ not in ("case", "det")]  # not "The", "'s"
    return doc[words[0].i:words[-1].i + 1]


#: Nouns of a state's parts: "Borno state", "Kano province", a place.
_SUBDIVISIONS = frozenset(("state", "province", "region", "district", "county", "governorate",
                           "oblast", "prefecture"))


def _holder_after(doc: Doc, m: Mention, people: dict[int, Mention]) -> Mention | None:
    """The person named right after a title ("her Rwandan counterpart X") or after it, its short
    complement and a comma ("envoy to Syria, X", "envoy for Asian affairs, X")."""
    if m.end in people:
        return people[m.end]
    i = m.end
    if i < len(doc) and doc[i].lower_ in ("to", "for", "in", "at", "on"):
        # the parser may hang the complement elsewhere: up to the comma, a short noun phrase
        # ("envoy to Syria", "envoy for Asian affairs", "envoy for the Horn of Africa")
        i += 1
        while i < len(doc) and i - m.end <= 5 and (doc[i].pos_ in ("PROPN", "NOUN", "ADJ")
                                                    or doc[i].lower_ in ("the", "of")):
            i += 1
    if i >= len(doc) or doc[i].text != ",":
        return None
    return people.get(i + 1)


def _sent_forces(head: Token, sending: AbstractSet[str]) -> bool:
    """True for what a verb of sending moves ("Nigeria deployed troops in Gambia", "troops were
    sent to Mali"): troops someone sends are the sender's, wherever they go."""
    return head.dep_ in ("dobj", "obj", "nsubjpass") and head.head.lemma_.lower() in sending


def _inside_longer(spans: Iterable[tuple[int, int]]) -> set[tuple[int, int]]:
    """The (start, end) spans that lie inside another, longer one of ``spans`` (one sweep)."""
    inner: set[tuple[int, int]] = set()
    reach = -1  # the furthest end of the spans that start at or before the current one
    for s, e in sorted(set(spans), key=lambda se: (se[0], -se[1])):
        if e <= reach:
            inner.add((s, e))
        reach = max(reach, e)
    return inner


def _quoted(tok: Token) -> bool:
    """True when ``tok`` stands inside quotation marks in its sentence."""
    marks = sum(1 for t in tok.sent if t.i < tok.i and t.text in ('"', "“", "”", "‘", "’", "'")
                and (t.is_quote or t.text in ('"', "“", "”")))
    return marks % 2 == 1


def _opened(tok: Token) -> bool:
    """True when the last curly quotation mark before ``tok`` in its sentence opens a quote (a
    quote may have opened a sentence earlier: then only its closing mark is in view)."""
    marks = [t.text for t in tok.sent if t.i < tok.i and t.text in ("“", "”", '"')]
    if not marks:
        return False
    return marks[-1] == "“" or (marks[-1] == '"' and len(marks) % 2 == 1)


class _Taken:
    """Tokens already covered by a mention."""

    def __init__(self, n: int, mentions=()) -> None:
        self.flags = bytearray(n)
        for m in mentions:
            self.take(m.start, m.end)

    def take(self, s: int, e: int) -> None:
        self.flags[s:e] = b"\x01" * (e - s)

    def at(self, i: int) -> bool:
        return bool(self.flags[i])

    def any(self, s: int, e: int) -> bool:
        return any(self.flags[s:e])


def _bare(span: Span) -> bool:
    """True for a title with no owner of its own: "the prime minister", not "the firm's president"."""
    head = span[-1]
    inner = range(span.start, span.end)
    if any(c.i not in inner and c.dep_ not in ("det", "punct") for c in head.children):
        return False
    return not (span.start > 0 and span.doc[span.start - 1].dep_ in ("compound", "poss", "amod", "case")
                and span.doc[span.start - 1].head.i in inner)


def _dateline_ends(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of datelines ("MOSCOW, Russia (AP) --", "KABUL (Pajhwok):") at the start of a
    sentence or line."""
    out = []
    # a dateline opens a line; the parser may split it ("NIAMEY" / "(Sahel Dispatch) -") when a
    # headline comes before it, so its words are read to the end of the line, not of the sentence
    starts = [doc[i] for i in sorted({s.start for s in doc.sents} | {
        t.i + 1 for t in tokens_with(doc, "IS_SPACE", {1}) if "\n" in t.text and t.i + 1 < len(doc)})]
    for first in starts:
        shouted = is_shouted(first)  # ("N'DJAMENA -": an apostrophe is part of a shouted place)
        # "Bogota, Colombia – ...": a title-case place, maybe its country, then a dash
        if not shouted and not (first.is_title and first.pos_ == "PROPN"):
            continue
        for tok in doc[first.i + 1:min(len(doc), first.i + (12 if shouted else 6))]:
            if "\n" in tok.text:
                break
            spaced = bool(tok.doc[tok.i - 1].whitespace_) \
                and (bool(tok.whitespace_) or tok.i + 1 == len(tok.doc))
            if spaced and tok.text in ("--", "—", "–", "-"):
                words = doc[first.i:tok.i]
                if shouted or all(t.pos_ == "PROPN" or t.text == "," for t in words):
                    out.append((first.i, tok.i))
                break
            if shouted and (tok.text == "):" or (tok.text == ":" and doc[tok.i - 1].text == ")")):
                # "KABUL (Pajhwok):", the tokenizer may keep "):" whole
                out.append((first.i, tok.i))
                break
    return sorted(set(out))


#: Compass words that open a region's hyphenated name ("North-West", "South-East").
_COMPASS = frozenset(("north", "south", "east", "west", "central"))


def _mention_at(found: dict[int, Mention], tok: Token) -> Mention | None:
    m = found.get(tok.i)
    if m is not None:
        return m
    for m in found.values():
        if m.start <= tok.i < m.end:
            return m
    return None


def _replace(found: dict[int, Mention], old: Mention, new: Mention) -> None:
    for k in [k for k, m in found.items() if new.start <= m.start and m.end <= new.end]:
        del found[k]
    found.pop(old.start, None)


def _last_pair_reference(tok: Token, refs: list[Mention], kinds: tuple[str, ...]
                         ) -> tuple[Mention, Mention] | None:
    """The pair the last earlier "both sides", "the two countries" ... of the article stood for,
    two actors of the ``kinds``."""
    for m in reversed(refs):
        other = m.others[0]
        if m.end <= tok.i and m.actor.kind in kinds and other.kind in kinds \
                and not any(_sector(a) for a in (m.actor, other)):
            return m, replace(m, actor=other, others=())
    return None


def _sector(actor: Actor) -> bool:
    """True for a sector actor kgraph mints for an unowned organ word ("police", "soldiers")."""
    return actor.id.rsplit("/", 1)[-1].startswith("sector-")


def _without_spaces(ent: Span) -> Span:
    """``ent`` without the whitespace tokens at its ends (its label kept)."""
    start, end = ent.start, ent.end
    while end - 1 > start and ent.doc[end - 1].is_space:
        end -= 1
    while start + 1 < end and ent.doc[start].is_space:
        start += 1
    return ent if (start, end) == (ent.start, ent.end) else Span(ent.doc, start, end, label=ent.label_)


def _last_pair(tok: Token, mentions: list[Mention], sent_of: dict[int, int], reach: int | None = 2,
               go_betweens: AbstractSet[str] = frozenset()) -> tuple[Mention, Mention] | None:
    """The last two coordinated actors ("Russia and Ukraine") before ``tok``, at most ``reach``
    sentences back (anywhere before it when None), or the last pair named as one ("the two
    countries"); never two who stand between the sides ("under the mediation of Turkey and
    Qatar": ``go_betweens``)."""
    doc = tok.doc
    mentions = [m for m in mentions if not _between_sides(doc[m.start:m.end].root, go_betweens)]
    here = sent_of[tok.i]
    before = [m for m in mentions if m.end <= tok.i and m.how != "pronoun"
              and (reach is None or here - sent_of.get(m.start, -9) <= reach)]
    for m in reversed(before):
        if len(m.others) == 1 and m.others[0].id != m.actor.id \
                and not (_sector(m.actor) and _sector(m.others[0])):  # ("soldiers and border guards")
            return m, replace(m, actor=m.others[0], others=())
        head = doc[m.start:m.end].root
        if head.dep_ == "conj" and len(head.head.conjuncts) > 1:
            continue  # the last two of a longer list ("X, Y, Z and W") are no pair
        pair = _joined_pair(m, before, doc)
        if pair is not None:
            return pair
    return None


def _joined_pair(m: Mention, pool: list[Mention], doc: Doc) -> tuple[Mention, Mention] | None:
    """``m`` with the mention of ``pool`` it is joined to by "and", when the two are alike sides
    ("the envoy to Syria, Tom Barrack" joins no state to a person; "soldiers and border guards",
    two sectors, are no sides); else None."""
    head = doc[m.start:m.end].root  # "the National Democratic Front of the Philippines"
    if head.dep_ != "conj":
        return None
    first = next((x for x in pool if x.start <= head.head.i < x.end), None)
    if first is not None and first.actor.id != m.actor.id \
            and (first.actor.kind == "person") == (m.actor.kind == "person") \
            and not (_sector(first.actor) and _sector(m.actor)):
        return first, m
    return None


def _between_sides(tok: Token, go_betweens: AbstractSet[str]) -> bool:
    """True when ``tok`` (or the list it belongs to) is the "of" or "by" phrase of a word of
    mediating ("the mediation of X and Y", "talks brokered by X"), the subject of such a verb
    ("The AU and IGAD welcomed the agreement" names no sides), or such a plural noun itself
    ("Turkish and Kenyan envoys")."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.lemma_.lower() in go_betweens and tok.tag_ in ("NNS", "NNPS"):
        return True  # "Turkish and Kenyan envoys", "the Qatari and Egyptian mediators"
    prep = tok.head
    if tok.dep_ == "nsubj" and prep.lemma_.lower() in go_betweens:
        return True
    return tok.dep_ == "pobj" and prep.lower_ in ("of", "by") and prep.head.lemma_.lower() in go_betweens


def named_holders(tok: Token, at: Mapping[int, Mention]) -> list[Mention]:
    """The people a plural office held by several actors names after a comma: "the foreign
    ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov" (the parser joins
    the names as conjuncts); empty unless there is one person per holder."""
    office = at.get(tok.i)
    if office is None or office.how != "generic" or not office.others:
        return []
    doc = tok.doc
    names = [c for c in tok.children if c.dep_ in ("conj", "appos") and c.i > tok.i
             and doc[c.left_edge.i - 1].text == ","]
    people = [at[t.i] for c in names[:1] for t in list_members(c)
              if t.i in at and at[t.i].actor.kind == "person"]
    return people if len(people) == 1 + len(office.others) else []


def _lists_before(tok: Token, mentions: list[Mention], sent_of: dict[int, int], reach: int | None
                  ) -> Iterator[tuple[Token, list[Mention]]]:
    """The lists of actors named before ``tok``, latest first, at most ``reach`` sentences back
    (anywhere before it when None): each list's first word and its different actors."""
    doc = tok.doc
    here = sent_of[tok.i]
    at = {i: m for m in mentions if m.how != "pronoun" and m.end <= tok.i
          and (reach is None or here - sent_of.get(m.start, -9) <= reach) for i in range(m.start, m.end)}
    for m in sorted({id(m): m for m in at.values()}.values(), key=lambda m: -m.start):
        first = doc[m.end - 1]
        while first.dep_ in ("conj", "appos") and first.head.i != first.i:
            first = first.head
        yield first, _actors_of(list_members(first), at)


def _actors_of(toks: list[Token], at: Mapping[int, Mention]) -> list[Mention]:
    """The mentions at ``toks``, one per actor, in text order."""
    group: list[Mention] = []
    for t in sorted(toks, key=lambda t: t.i):
        g = at.get(t.i)
        if g is not None and all(g.actor.id != x.actor.id for x in group):
            group.append(g)
    return group


def _last_group(tok: Token, mentions: list[Mention], size: int, sent_of: dict[int, int],
                reach: int | None) -> list[Mention]:
    """The last list of exactly ``size`` different actors ("Lithuania, Latvia and Estonia")
    before ``tok``, at most ``reach`` sentences back (anywhere before it when None)."""
    for _first, group in _lists_before(tok, mentions, sent_of, reach):
        if len(group) > 1:  # the last list, unless it names another number of actors
            return group if len(group) == size else []
    return []


def _governing_verb(tok: Token) -> Token | None:
    """The verb ``tok`` is the object of: "urged both sides", "called on both parties"."""
    if tok.dep_ in ("dobj", "dative") and tok.head.pos_ == "VERB":
        return tok.head
    prep = tok.head
    if tok.dep_ == "pobj" and prep.dep_ in ("prep", "prt") and prep.head.pos_ == "VERB":
        return prep.head
    return None


def _clause_subjects(tok: Token) -> set[int]:
    """Token indices of the subject of the verb ``tok`` depends on, with its conjuncts, and of
    the speaker who reports that verb's clause ("X says the two sides will meet": the two sides
    are not this X, though they may be an X named before)."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "X, which lists A and B, welcomed ... and urged both sides": X's clause
    while verb.dep_ in ("pcomp", "advcl") and verb.tag_ == "VBG" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "X met A and B before bringing the two men together": X brings them
        verb = verb.head.head if verb.dep_ == "pcomp" else verb.head
    verbs = [verb, verb.head] if verb.dep_ == "ccomp" else [verb]
    return {t.i for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")
            for sub in (c, *c.conjuncts) for t in sub.subtree}


def _two_people(tok: Token, people: list[Mention], sent_of: dict[int, int]
                ) -> tuple[Mention, Mention] | None:
    """The two people of the closest sentence (this one before ``tok``, or one of the two before)
    that names exactly two: "X held a call with his counterpart, Y. The two leaders agreed ..."."""
    here = sent_of[tok.i]
    for back in range(3):
        found: dict[str, Mention] = {}
        for m in people:
            if sent_of.get(m.start) == here - back and m.end <= tok.i:
                found.setdefault(m.actor.id, m)
        if len(found) == 2:
            first, second = found.values()
            return first, second
        if found:
            return None
    return None


def _home_pair(home: Actor, mentions: list[Mention], armed_words: AbstractSet[str]
               ) -> tuple[Mention, Mention] | None:
    """The sides of an article about one state's conflict (:func:`home_state`): that state and
    the armed or political group the article names most ("the UPC rejected the plan ... the
    mediators urged both parties"): a group named for that state ("... in the Central African
    Republic") or like an armed group ("... Independence Army": ``armed_words``). None when no
    such group is named twice, or two are named equally often."""
    counts: dict[str, list[Mention]] = {}
    for m in mentions:
        words = m.actor.label.split()
        if m.actor.kind in ("group", "organization") and m.how != "pronoun" and not m.others \
                and not _sector(m.actor) and len(words) > 1 \
                and (armed_name(m.actor, armed_words) or home.label in _named_for(m.actor)):
            counts.setdefault(m.actor.id, []).append(m)
    ranked = sorted(counts.values(), key=len, reverse=True)
    if not ranked or len(ranked[0]) < 2 or (len(ranked) > 1 and len(ranked[1]) == len(ranked[0])):
        return None
    group = ranked[0][0]
    return Mention(group.start, group.start, home, group.text, "reference"), group


def armed_name(actor: Actor, armed_words: AbstractSet[str]) -> bool:
    """True for an organization named like an armed group: its name ends in one of
    ``armed_words`` ("the Kachin Independence Army", "... Liberation Front")."""
    words = actor.label.split()
    return actor.kind == "organization" and bool(words) and words[-1].lower() in armed_words


def _named_for(actor: Actor) -> list[str]:
    """The names after "of", "in" or "for" in ``actor``'s label, longest first: "the Union for
    Peace in the Central African Republic" is named for "Peace in the Central African Republic"
    and "Central African Republic"."""
    words = actor.label.split()
    out = []
    for k, word in enumerate(words[1:-1], 1):
        if word in ("of", "in", "for"):
            rest = words[k + 2:] if words[k + 1].lower() == "the" else words[k + 1:]
            if rest:
                out.append(" ".join(rest))
    return out


def _next_pair(tok: Token, mentions: list[Mention], sent_of: dict[int, int]
               ) -> tuple[Mention, Mention] | None:
    """The first two actors joined by "and" in the two sentences after a headline's "the two
    contenders", which names them before the text does ("... peace between the two contenders /
    Ethiopian government and Tigray rebels agree ...")."""
    doc = tok.doc
    here = sent_of[tok.i]
    after = [m for m in mentions if m.start > tok.i and m.how != "pronoun"
             and sent_of.get(m.start, here + 9) - here <= 2]
    return next((p for m in after if (p := _joined_pair(m, after, doc)) is not None), None)


def leading_pair(sides: list[Mention]) -> tuple[Mention, Mention] | None:
    """The two sides an article is about, when it never names them together: of the states and
    named groups in ``sides``, the two named most often so far, each at least twice and clearly
    more often than any third ("Sierra Leone summoned Guinea's envoy ... offered to host the two
    sides", "a Hamas delegation arrived ... as Israel said ... urged both sides")."""
    counts: dict[str, list[Mention]] = {}
    for m in sides:
        counts.setdefault(m.actor.id, []).append(m)
    ranked = sorted(counts.values(), key=len, reverse=True)
    if len(ranked) < 2 or len(ranked[1]) < 2 or (len(ranked) > 2 and len(ranked[2]) >= len(ranked[1])):
        return None
    first, second = sorted((ranked[0][0], ranked[1][0]), key=lambda m: m.start)
    return first, second


def counted_people(m: Mention, doc: Doc) -> bool:
    """True for a plural demonym that counts people ("200,000 Nicaraguans", "thousands of
    Syrians", "many Ukrainians"): people of the state, who may suffer an act against it
    ("detained two Americans") but are no partner of its meetings or visits."""
    head = doc[m.end - 1]
    if m.how != "demonym" or head.tag_ not in ("NNS", "NNPS") or not head.text.endswith("s"):
        return False
    if any(c.dep_ in ("nummod", "amod", "quantmod") and (c.like_num or c.lower_ in _QUANTIFIERS)
           for c in head.children):
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "of" \
        and (head.head.head.like_num or head.head.head.lower_ in _QUANTIFIERS)


def tokens_with(doc: Doc, attr: str, values: AbstractSet[int]) -> list[Token]:
    """The tokens of ``doc`` whose ``attr`` ("POS", "LOWER") is one of ``values`` (ids or string
    hashes), read from the document's array: walking every token to test one attribute makes
    a Token object for each."""
    import numpy

    arr = doc.to_array(attr)
    return [doc[int(i)] for i in numpy.flatnonzero(numpy.isin(arr, list(values)))]


def _subject_group(tok: Token, mentions: list[Mention], sent_of: dict[int, int]) -> list[Mention]:
    """The actors of a coordinated subject ("Iran and Saudi Arabia", "the leaders of X and Y")
    in the sentence of ``tok`` (before it) or the one before, that a plural pronoun refers to;
    the latest such subject wins, and a pronoun is never a member of its own clause's subject."""
    doc = tok.doc
    here = sent_of[tok.i]
    at = {i: m for m in mentions if m.how != "pronoun" for i in range(m.start, m.end)}
    sents = [s for s in doc.sents if 0 <= here - sent_of[s.start] <= 1]
    # "Qatar and Turkey mediated talks between them": an object pronoun is not its own
    # clause's subject (a reflexive or possessive may be)
    own = _clause_subjects(tok) if tok.lower_ == "them" else set()
    subjects = [t for s in sents for t in s if t.dep_ in ("nsubj", "nsubjpass") and t.i < tok.i
                and t.head.i != tok.head.i and t.i not in own]
    for subj in reversed(subjects):
        holders = named_holders(subj, at)
        if holders:  # "the foreign ministers of X and Y, A and B": A and B
            return holders
        heads = [subj]
        if subj.i not in at or at[subj.i].how == "generic":
            # "the leaders of X and Y"; "the foreign ministers of X, Y and Z" (read as X's)
            heads += [o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"]
        group = _actors_of(list({t for h in heads for t in list_members(h)}), at)
        if len(group) >= 2:
            return group
    return []


def _recent_group(tok: Token, mentions: list[Mention], sent_of: dict[int, int]) -> list[Mention]:
    """The latest list of two or more actors alike in kind (all people or none) before ``tok``,
    in its sentence or the one before, that is not the subject of the pronoun's own clause:
    "X called Y and Z separately and asked them to ..." (Y and Z)."""
    own = _clause_subjects(tok)
    for first, group in _lists_before(tok, mentions, sent_of, 1):
        if first.i not in own and len(group) >= 2 and len({g.actor.kind == "person" for g in group}) == 1:
            return group
    return []


def _meeting_parties(tok: Token, mentions: list[Mention], sent_of: dict[int, int],
                     meeting: AbstractSet[str], nouns: AbstractSet[str] = frozenset()) -> list[Mention]:
    """The two sides of a meeting in the sentence before ``tok`` ("X met Y in Z. They agreed
    ..."): the meeting verb's subject and its object or "with" phrase, or the "between" phrase of
    talks ("talks between X and Y resumed. They ...")."""
    doc = tok.doc
    here = sent_of[tok.i]
    at = {i: m for m in mentions if m.how != "pronoun" for i in range(m.start, m.end)}
    prev = [s for s in doc.sents if here - sent_of[s.start] == 1]
    for verb in (t for s in prev for t in s if t.pos_ == "VERB" and t.lemma_.lower() in meeting):
        subj = [at[c.i] for c in verb.children if c.dep_ == "nsubj" and c.i in at]
        other = [at[c.i] for c in verb.children if c.dep_ in ("dobj", "obj") and c.i in at]
        other += [at[o.i] for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                  for o in p.children if o.dep_ == "pobj" and o.i in at]
        if len(subj) == 1 and len(other) == 1 and subj[0].actor.id != other[0].actor.id:
            return [subj[0], other[0]]
    for noun in (t for s in prev for t in s if t.pos_ == "NOUN" and t.lower_ in nouns):
        sides = [at[t.i] for p in noun.children if p.dep_ == "prep" and p.lower_ == "between"
                 for o in p.children if o.dep_ == "pobj" for t in (o, *o.conjuncts) if t.i in at]
        if len(sides) == 2 and sides[0].actor.id != sides[1].actor.id:
            return sides
    return []


def _other_party(tok: Token, mentions: list[Mention], sent_of: dict[int, int],
                 meeting: AbstractSet[str], reach: int) -> Mention | None:
    """The other side of the latest meeting of the named subject of ``tok``'s clause, at most
    ``reach`` sentences back ("X hosted Y in Z. ... Y thanked his host": X)."""
    doc = tok.doc
    at = {i: m for m in mentions if m.how != "pronoun" for i in range(m.start, m.end)}
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    owner = next((at[c.i] for c in verb.children if c.dep_ == "nsubj" and c.i in at), None)
    if owner is None:
        return None
    here = sent_of[tok.i]
    start = tok.i  # the first token of the sentences in reach
    while start > 0 and here - sent_of[start - 1] <= reach:
        start -= 1
    for meet in reversed([t for t in doc[start:tok.i] if t.pos_ == "VERB" and t.lemma_.lower() in meeting]):
        subj = [c for c in meet.children if c.dep_ == "nsubj"]
        toks = [*subj, *(j for s in subj for j in s.conjuncts),
                *(c for c in meet.children if c.dep_ in ("dobj", "obj")),
                *(o for p in meet.children if p.dep_ == "prep" and p.lower_ == "with"
                  for o in p.children if o.dep_ == "pobj")]
        sides = [at[t.i] for t in toks if t.i in at]
        sides += [replace(m, actor=a, others=()) for m in sides for a in m.others]
        others = {m.actor.id: m for m in sides if m.actor.id != owner.actor.id}
        if len(others) == 1 and any(m.actor.id == owner.actor.id for m in sides):
            return next(iter(others.values()))
    return None


#: Prepositions whose object is an argument of the verb, never its subject when a plain pronoun.
_ARGUMENT_PREPS = frozenset(("to", "against", "on", "at", "from", "of", "about", "toward", "towards", "for"))


def _coargument(doc: Doc, m: Mention, pron: Token) -> bool:
    """True when the mention and a non-possessive pronoun are arguments of the same verb
    ("Russia denied it": "it" is not Russia)."""
    if pron.dep_ == "poss" or pron.lower_.endswith("self") or pron.lower_.endswith("selves"):
        return False
    head = doc[m.end - 1]
    while head.dep_ in ("compound", "flat", "appos") and head.head is not head:
        head = head.head
    if pron.dep_ == "pobj" and pron.head.dep_ in ("prep", "dative") and pron.head.lower_ in _ARGUMENT_PREPS:
        # "X apologised to him": "him" is not X (but "brought aides with him" may be)
        return head.head == pron.head.head and head.dep_ in _SUBJ
    return head.head == pron.head


def _controls(doc: Doc, m: Mention, pron: Token) -> bool:
    """True when ``m`` is the unexpressed subject of the clause whose object is ``pron``: in "X
    imposed sanctions on Y, accusing it of ...", "it" is not X."""
    if pron.dep_ not in ("dobj", "dative", "pobj") or pron.lower_.endswith(("self", "selves")):
        return False
    verb = pron.head.head if pron.dep_ == "pobj" else pron.head
    for _ in range(3):
        if any(c.dep_ in _SUBJ for c in verb.children) or verb.dep_ not in ("advcl", "xcomp", "conj",
                                                                            "pcomp", "acl"):
            break
        verb = verb.head
    subjects = {c.i for c in verb.children if c.dep_ in _SUBJ}
    return verb.i != pron.head.i and any(m.start <= i < m.end for i in subjects)


def _most_named_state(mentions: list[Mention], before: int) -> Actor | None:
    """The state named most often before token ``before``, if one leads; None on a tie."""
    counts = Counter(m.actor.id for m in mentions if m.end <= before and m.actor.kind == "state"
                     and m.how != "pronoun")
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return next(m.actor for m in mentions if m.actor.id == top[0][0])


def home_state(mentions: list[Mention], ruling_words: AbstractSet[str],
               actors: ActorDictionary, doc: Doc | None = None, heads: AbstractSet[str] = frozenset(),
               armed_words: AbstractSet[str] = frozenset()) -> Actor | None:
    """The state an article's conflict or politics is in, when the article says so clearly.

    A state named after "of", "in" or "for" at the end of the name of a group of the article
    ("the National Democratic Front of the Philippines", "the Union for Peace in the Central
    African Republic", not "the Uganda People's Defence Force", a state's own army), described
    by its ruling organ ("Myanmar's military government", "the junta"; ``ruling_words``), or,
    given the ``doc``, whose government or army (``heads``) is joined by "and" to an armed group
    ("Colombia's government and the ELN", "Sudan's army and the RSF"; a group of the actor
    dictionary, or an organization named with one of ``armed_words``): the one state so named,
    or None when there are none or several. News writing calls that state's organs "the
    government" and "the army" without naming it again.
    """
    found: dict[str, Actor] = {}
    at = {i: m for m in mentions for i in range(m.start, m.end)} if doc is not None else {}
    for m in mentions:
        if m.actor.kind in ("organization", "group") and m.how in ("ner", "name", "alias", "guess"):
            for name in _named_for(m.actor):
                state = actors.lookup(name)
                if state is not None and state.kind == "state":
                    found[state.id] = state
        elif m.actor.kind == "state" and m.how in ("generic", "reference") \
                and ruling_words & {w.lower() for w in m.text.split()}:
            found[m.actor.id] = m.actor
        elif doc is not None and m.how in ("generic", "organ") \
                and heads & {w.lower() for w in m.text.split()}:
            state = actors.state_of(m.actor)
            head = doc[m.end - 1]
            partners = [at.get(t.i) for t in head.conjuncts]
            if state is not None and any(
                    o is not None and o.how != "pronoun" and not _sector(o.actor)
                    and (o.actor.kind == "group" or armed_name(o.actor, armed_words))
                    for o in partners):
                found[state.id] = state
    return next(iter(found.values())) if len(found) == 1 else None


#: Kinds of actor a singular name denotes: a plural pronoun refers to them only when no
#: plural noun stands nearer ("Iran summoned four ambassadors after they imposed sanctions").
_SINGULAR_KINDS = frozenset(("state", "organization", "state_organ"))

#: Dependencies of a noun phrase that a later pronoun may take up.
_ARGUMENT_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "obj"))


def _nearer_plural(tok: Token, ant: Mention, mentions: list[Mention]) -> Mention:
    """The antecedent of a plural pronoun ("they", "their") when a plural noun of the same
    sentence that names an actor stands between it and a singular named antecedent: that
    noun's actor ("expelled two Polish diplomats after they met X": Poland's)."""
    doc = tok.doc
    head = doc[ant.end - 1]
    if ant.actor.kind not in _SINGULAR_KINDS or head.tag_ not in ("NNP", "NN") or ant.others \
            or ant.start < tok.sent.start or any(c.dep_ == "cc" or c.dep_ == "conj" for c in head.children):
        return ant
    for i in range(tok.i - 1, ant.end - 1, -1):
        noun = doc[i]
        if noun.tag_ == "NNS" and noun.dep_ in _ARGUMENT_DEPS:
            return next((m for m in mentions if m.start <= i < m.end and m.how != "pronoun"), ant)
    return ant


def _antecedent(tok: Token, want: tuple[str, ...], mentions: list[Mention], sents, sent_of
                ) -> Mention | None:
    here = sent_of[tok.i]
    doc = tok.doc
    # "X apologised to him": whoever the clause's own subject is, named here or before
    bound = {m.actor.id for m in mentions if sent_of.get(m.start) == here and m.end <= tok.i
             and (_coargument(doc, m, tok) or _controls(doc, m, tok))}
    for back in range(0, 3):
        idx = here - back
        if idx < 0:
            break
        cands = [m for m in mentions if sent_of.get(m.start) == idx and m.actor.kind in want
                 and m.how not in ("pronoun", "place") and (back > 0 or m.end <= tok.i)
                 and m.actor.id not in bound]
        if not cands:
            continue
        subjects = [m for m in cands if doc[m.end - 1].dep_ in _SUBJ
                    or any(doc[i].dep_ in _SUBJ for i in range(m.start, m.end))]
        pool = subjects or cands
        distinct = {m.actor.id for m in pool}
        if back == 0:
            return pool[-1]
        if len(distinct) == 1 or subjects:
            return pool[0]
        return None
    return None
