"""Document-level actors: one actor per real-world entity of an article.

Mentions are found sentence by sentence; an article names its actors many ways:
"the Rapid Support Forces (RSF) ... the RSF", "Nicolas Maduro ... Maduro",
"Olusegun Obasanjo ... Obasanjo" (which NER may even tag as an organization),
"the bloc", "the junta", "Tigray rebels" for a front named later. This stage
runs once over all mentions of a parsed text, after :class:`kgraph.mentions.MentionFinder`
and before events, as a multi-pass sieve in the manner of deterministic
coreference (Lee et al. 2013): the most precise pass first, each pass only
linking what the earlier ones left open.

1. **Definitions**: a name followed by a parenthesized acronym defines it; every
   later use of the acronym is that actor. An acronym written in title case
   ("Ecowas", "Nato") is the dictionary's all-capital name.
2. **Name chains**: a shorter name (a surname, a given name, "Le Drian") refers to
   the one full name in the article that contains it, whatever type NER gave it;
   a short name that fits two full names links to neither.
3. **Appositions and descriptions**: a common noun with an apposed organization or
   group name is that name ("Khan's party, the Pakistan Tehreek-e-Insaf (PTI)"); "the
   bloc", "the junta", "the militia", "the kingdom" refer to the most recent compatible
   actor (head-noun classes are data, ``mentions.json`` ``descriptions``); a description
   in the lede that precedes every name refers forward to the first compatible one.
4. **Roles**: a role description ("the Norwegian foreign minister", "the Kenyan leader")
   is the person the article names with that title and state, before it or in the next
   sentence; the article's naming wins over the dictionary's office holders by date.
5. **Named groups**: a generic armed or political group ("Tigray rebels", "rebels
   in the Tigray region") is the named group of the article whose name shares its
   place word; a bare "the rebels" or "the militants" is the armed group named last.
6. **Aliases**: an actor kgraph mints (an organ, a name NER found) carries the
   surface forms it was found under ("Ecuadorian police", "Obasanjo").

Pronouns are resolved after this stage (:meth:`MentionFinder.add_pronouns`), so
"it" finds the actor its antecedent was linked to.

Examples
--------
>>> import kgraph
>>> text = ("The Tigray People's Liberation Front (TPLF) signed a deal. "
...         "Olusegun Obasanjo praised the TPLF. Obasanjo later condemned Eritrea.")
>>> for e in sorted(kgraph.extract(text), key=str):
...     print(e)
Olusegun Obasanjo --condemns--> Eritrea
Olusegun Obasanjo --supports--> Tigray People's Liberation Front
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .actors import ActorDictionary
from .clauses import hyphen_agents
from .ids import minted_actor_iri
from .mentions import Mention, armed_name, title_words, tokens_with
from .model import Actor, Affiliation

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["DocumentActors"]

_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj"})
_NAMED_HOWS = frozenset({"name", "ner", "guess", "alias", "metonym"})
_SURFACE_HOWS = frozenset({"organ", "ner", "guess", "alias", "sector"})  # names, not references
_SHORT_OK = frozenset({"ner", "guess"})  # mentions a name chain may relink
_ARTICLES = frozenset({"the", "a", "an"})
_INDEFINITE = frozenset({"a", "an", "another", "any", "each", "every", "no"})


@dataclass
class _Context:
    """Per-document state of the sieve (never kept on the shared resolver)."""

    doc: Doc
    mentions: list[Mention]
    sent_of: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sent_of = [0] * len(self.doc)
        for k, sent in enumerate(self.doc.sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = k

    def covered(self) -> bytearray:
        flags = bytearray(len(self.doc))
        for m in self.mentions:
            flags[m.start:m.end] = b"\x01" * (m.end - m.start)
        return flags


class DocumentActors:
    """The document stage: relink the mentions of one text so each entity has one actor.

    Parameters
    ----------
    actors : ActorDictionary
        The dictionary whose all-capital names title-case acronyms may stand for.
    rules : dict
        The ``document`` section of the mention rules (``mentions.json``).
    title_words : set of str, optional
        Lower-case words of office titles, never names on their own.
    organization_words : set of str, optional
        Last words of organization names ("Front", "Council"): a two- or three-word name NER
        typed an organization is a person's full name only without them.
    """

    def __init__(self, actors: ActorDictionary, rules: dict, title_words: set[str] | None = None,
                 organization_words: set[str] | None = None) -> None:
        self.actors = actors
        self._org_words = organization_words or set()
        self._descriptions = {k.lower(): tuple(v) for k, v in rules.get("descriptions", {}).items()}
        self._ruling = {w.lower() for w in rules.get("ruling_organ_words", [])}
        self._pair_words = {w.lower() for w in rules.get("pair_words", [])}
        self._place_descriptions = {w.lower() for w in rules.get("place_descriptions", [])}
        self._state_forms = _state_forms(actors, rules.get("state_forms", {}))
        self._group_sectors = set(rules.get("group_sectors", []))
        self._armed_words = {w.lower() for w in rules.get("armed_name_words", [])}
        self._home_heads = {w.lower() for w in rules.get("home_heads", [])}
        self._home_sides = {w.lower() for w in rules.get("home_sides", [])}
        self._office_heads = {w.lower() for w in rules.get("organization_offices", [])}
        self._leader_titles = {w.lower() for w in rules.get("leader_titles", [])}
        self._titles = {w.lower() for w in title_words or ()}
        self._not_names = {w.lower() for w in rules.get("not_names", [])} | self._titles
        self._prefixes = tuple(w.lower() for w in rules.get("surname_prefixes", []))
        self._suffixes = frozenset(w.lower() for w in rules.get("name_suffixes", []))
        self._acronyms: dict[str, Actor] = {}
        for rec in actors.records():
            if rec.actor.kind not in ("organization", "group"):
                continue
            for name in rec.names:
                if name.isupper() and name.isalpha() and len(name) >= 4:
                    self._acronyms.setdefault(name, rec.actor)

    def resolve(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Return ``mentions`` relinked to document-level actors, with the mentions this adds."""
        ctx = _Context(doc, sorted(mentions, key=lambda m: m.start))
        self._definitions(ctx)
        self._name_chains(ctx)
        self._appositions_pass(ctx)
        self._descriptions_pass(ctx)
        self._offices_pass(ctx)
        self._roles_pass(ctx)
        self._group_sectors_pass(ctx)
        self._organ_sectors_pass(ctx)
        self._aliases_pass(ctx)
        return sorted(ctx.mentions, key=lambda m: m.start)

    # -- pass 1: definitions --------------------------------------------------------
    def _definitions(self, ctx: _Context) -> None:
        doc = ctx.doc
        defined: dict[str, Actor] = {}
        self._longer_definitions(ctx, defined)
        for m in ctx.mentions:
            if m.how not in _NAMED_HOWS or m.actor.kind == "person" or m.end + 2 >= len(doc):
                continue
            if doc[m.end].text != "(" or doc[m.end + 2].text != ")":
                continue
            acr = doc[m.end + 1].text
            if len(acr) >= 2 and acr[0].isupper() and sum(c.isupper() for c in acr) >= 2:
                defined[acr] = m.actor
        relinked: dict[str, Actor] = {}
        for acr, actor in defined.items():
            for m in ctx.mentions:
                if _bare_text(m) == acr and m.actor.id != actor.id \
                        and not (m.how == "name" and self.actors.get(actor.id) is not None):
                    # two dictionary actors: the dictionary knows them apart
                    # the dictionary's actor wins over one minted from the long form
                    if m.how == "name" and self.actors.get(actor.id) is None:
                        relinked[actor.id] = m.actor
                    else:
                        relinked[m.actor.id] = actor
        relinked.update(self._initials_links(ctx, relinked))
        for m in ctx.mentions:  # "Ecowas" tagged by NER: the dictionary's ECOWAS
            known = self._acronyms.get(_bare_text(m).upper()) if m.how in _SHORT_OK else None
            if known is not None and _bare_text(m).istitle() and known.id != m.actor.id:
                relinked[m.actor.id] = known
        if relinked:
            ctx.mentions = [replace(m, actor=relinked.get(m.actor.id, m.actor)) for m in ctx.mentions]
        covered = ctx.covered()
        added = []
        hyphened = {tuple(a.split("-")): actor for a, actor in defined.items() if "-" in a}
        for tok in doc:
            if covered[tok.i]:
                continue
            for parts, actor in hyphened.items():  # "SPLM-N", three tokens, or "SPLM-North"
                n = _hyphened_at(doc, tok.i, parts)
                if n and not any(covered[tok.i:tok.i + n]):
                    added.append(Mention(tok.i, tok.i + n, relinked.get(actor.id, actor),
                                         doc[tok.i:tok.i + n].text, "alias"))
                    covered[tok.i:tok.i + n] = b"\x01" * n
            if covered[tok.i]:
                continue
            named: Actor | None = defined.get(tok.text)
            if named is None and tok.is_title and len(tok.text) >= 4:
                named = self._acronyms.get(tok.text.upper())  # "Ecowas", "Nato"
            if named is not None:
                added.append(Mention(tok.i, tok.i + 1, relinked.get(named.id, named), tok.text, "alias"))
        ctx.mentions.extend(added)
        ctx.mentions.sort(key=lambda m: m.start)

    def _initials_links(self, ctx: _Context, relinked: dict[str, Actor]) -> dict[str, Actor]:
        """"Militants of the Allied Democratic Forces ... the ADF": an acronym NER found, which no
        definition links, is the one organization or group of the article whose name's initials
        it spells (small words skipped); it links to none when two names spell it."""
        spelled: dict[str, dict[str, Actor]] = {}
        for m in ctx.mentions:
            words = [w for w in m.actor.label.split() if w.lower() not in _NAME_GLUE]
            if m.actor.kind in ("organization", "group") and len(words) >= 3 \
                    and all(w[:1].isupper() for w in words):
                spelled.setdefault("".join(w[0] for w in words), {})[m.actor.id] = m.actor
        out: dict[str, Actor] = {}
        for m in ctx.mentions:
            acr = _bare_text(m)
            owners = spelled.get(acr, {})
            if m.how in _SHORT_OK and acr.isupper() and len(owners) == 1 and m.actor.id not in owners \
                    and m.actor.id not in relinked and self.actors.get(m.actor.id) is None:
                out[m.actor.id] = next(iter(owners.values()))
        return out

    def _longer_definitions(self, ctx: _Context, defined: dict[str, Actor]) -> None:
        """"The United Nations Assistance Mission in Afghanistan (UNAMA)": a name whose initials
        spell the acronym after it is one actor, even when known names sit inside it (the
        United Nations, Afghanistan). It is minted as an organization and the acronym names it."""
        doc = ctx.doc
        for close in [t.i for t in doc if t.text == ")"]:
            opened = _acronym_open(doc, close)
            if opened is None:
                continue
            acr = doc[opened + 1:close].text  # "SPLM-N": one acronym over three tokens
            letters = [c for c in acr if c.isalpha()]
            if len(letters) < 3 or sum(c.isupper() for c in acr) < 3:
                continue
            close = opened + 2  # the name ends where the bracket opens
            organ = _organ_named_before(doc, ctx.mentions, close - 2)
            if organ is not None:  # "the Armed Forces of the Democratic Republic of Congo (FARDC)"
                defined[acr] = organ
                continue
            places = {m.end: m.start for m in ctx.mentions if m.actor.kind == "state" and m.end - m.start > 1}
            start = _initials_start(doc, close - 2, "".join(letters).upper(), places)
            if start is None:
                start = _tagged_name_start(doc, close - 2, "".join(letters).upper())
            if start is None:
                continue
            inside = [m for m in ctx.mentions if start <= m.start and m.end <= close - 2]
            if not inside or any(m.start == start and m.end == close - 2 for m in inside):
                continue  # the name is one mention already: the plain definition links it
            label = " ".join(doc[start:close - 2].text.split())
            actor = Actor(id=minted_actor_iri(label, "organization"), label=label, kind="organization",
                          aliases=(acr,))
            ctx.mentions = sorted([m for m in ctx.mentions if m not in inside]
                                  + [Mention(start, close - 2, actor, doc[start:close - 2].text, "ner")],
                                  key=lambda m: m.start)
            defined[acr] = actor

    # -- pass 2: name chains --------------------------------------------------------
    def _name_chains(self, ctx: _Context) -> None:
        full: dict[str, tuple[Actor, tuple[str, ...]]] = {}
        for m in ctx.mentions:
            if self._full_name(m):
                label = [w.lower() for w in m.actor.label.split()]
                if len(label) > 2 and label[-1] in self._suffixes:
                    label.pop()  # "John Doe Jr." ... "Doe"
                full.setdefault(m.actor.id, (m.actor, tuple(label)))
        if not full:
            return
        particles = self._prefixes

        def owner(words: tuple[str, ...]) -> Actor | None:
            fits = [a for a, fw in full.values() if len(words) < len(fw) and _chain(words, fw, particles)]
            return fits[0] if len(fits) == 1 else None

        out = []
        for m in ctx.mentions:
            # (a shorter full name too: "Aung San Suu Kyi ... Suu Kyi")
            if m.how in _SHORT_OK:
                words = tuple(w.lower() for w in _bare_text(m).split())
                target = owner(words) if words else None
                if target is not None:
                    m = replace(m, actor=target)
            out.append(m)
        ctx.mentions = out
        covered = ctx.covered()
        for tok in ctx.doc:
            if covered[tok.i] or tok.pos_ not in ("PROPN", "NOUN") or not tok.is_title \
                    or len(tok.text) < 3 \
                    or tok.lower_ in self._not_names or tok.ent_type_ not in ("", "PERSON", "ORG", "NORP"):
                continue
            if any(not covered[n.i] and n.pos_ == "PROPN" for n in _neighbours(tok)):
                continue  # a word of a longer name
            target = owner((tok.lower_,))
            if target is not None:
                ctx.mentions.append(Mention(tok.i, tok.i + 1, target, tok.text, "alias"))
        ctx.mentions.sort(key=lambda m: m.start)

    def _full_name(self, m: Mention) -> bool:
        """A person's full name; NER may have typed it an organization ("Olusegun Obasanjo")."""
        words = m.actor.label.split()
        if m.how == "pronoun" or len(words) < 2:
            return False
        if m.actor.kind == "person":
            return True
        return m.how in _SHORT_OK and m.actor.kind == "organization" and len(words) <= 3 \
            and all(w[:1].isupper() and w.isalpha() for w in words) \
            and not any(w.lower() in self._org_words for w in words)

    # -- pass 3: appositions and definite descriptions ----------------------------------
    def _appositions_pass(self, ctx: _Context) -> None:
        """"Khan's party, the Pakistan Tehreek-e-Insaf (PTI), accused ...": a common noun with an
        apposed organization or group name is that organization or group, whatever its owner."""
        doc = ctx.doc
        named = [m for m in ctx.mentions
                 if m.how in _NAMED_HOWS and m.actor.kind in ("organization", "group")]
        added: list[Mention] = []
        for tok in tokens_with(doc, "POS", {doc.vocab.strings["NOUN"]}):
            if tok.pos_ != "NOUN" or tok.lower_ in self._titles:
                continue
            for app in tok.children:
                if app.dep_ != "appos" or app.i < tok.i:
                    continue
                name = next((m for m in named
                             if app.left_edge.i <= m.start and m.end <= app.right_edge.i + 1), None)
                if name is not None:
                    start = tok.left_edge.i
                    added.append(Mention(start, tok.i + 1, name.actor, doc[start:tok.i + 1].text,
                                         "reference"))
                break
        if added:
            spans = [(a.start, a.end) for a in added]
            kept = [m for m in ctx.mentions if not any(s <= m.start < e for s, e in spans)]
            ctx.mentions = sorted(kept + added, key=lambda m: m.start)

    def _descriptions_pass(self, ctx: _Context) -> None:
        doc = ctx.doc
        covered = ctx.covered()
        added: list[Mention] = []
        drop: set[int] = set()
        states = {i for m in ctx.mentions if m.actor.kind == "state" for i in range(m.start, m.end)}
        for tok in tokens_with(doc, "POS", {doc.vocab.strings["NOUN"], doc.vocab.strings["PROPN"]}):
            if covered[tok.i] or not _common_noun(tok):
                continue
            kinds = self._descriptions.get(tok.lower_) or self._descriptions.get(tok.lemma_.lower()) \
                or next((self._descriptions[k] for c in tok.children if c.dep_ in ("compound", "amod")
                         and (k := f"{c.lower_} {tok.lower_}") in self._descriptions), None)
            if not kinds:
                continue
            if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
                continue  # "the Lima Group" is a name
            if tok.tag_ in ("NNS", "NNPS") and any(c.lower_ in self._pair_words for c in tok.children):
                continue  # "the two republics", "both states": a pair (pair_references)
            if tok.lemma_.lower() in self._home_sides and any(
                    c.dep_ in ("amod", "compound") and c.lower_ in self._home_heads for c in tok.children):
                continue  # "the government panel": a state's side (MentionFinder's home sides)
            head = tok.lemma_.lower()
            if head in self._place_descriptions and _names_place(doc[:tok.i], head, states):
                continue  # "the island of Santa Rosa ... visited the island": that island
            named = next((m for m in ctx.mentions if m.start == tok.i + 1 and m.how in _NAMED_HOWS), None)
            dets = [c for c in tok.children if c.dep_ in ("det", "poss") or c.tag_ == "POS"]
            if not dets or any(c.lower_ in _INDEFINITE for c in dets):
                continue
            mods = [c for c in tok.children if c.dep_ in ("det", "poss", "amod", "compound", "nummod")
                    and c.i < tok.i]
            start = min([tok.i, *(c.left_edge.i for c in mods)])
            # "the Iran-aligned group": a state hyphened to a participle is an ally, not the owner
            inner = [m for m in ctx.mentions if start <= m.start and m.end <= tok.i + 1
                     and not _hyphened_to_participle(doc, m)]
            owner = _owner_state(inner)
            resolved: Actor | None
            if named is not None:  # "the West African bloc ECOWAS": the name that follows says who
                resolved = named.actor
            elif owner is not None and "state" in kinds:
                resolved = owner
            elif any(m.actor.kind in ("state", "person", "state_organ") for m in inner):
                continue  # "a state's military bloc", "a president's government": the organ rules decide
            else:
                resolved = self._antecedent(ctx, tok, start, kinds)
            if resolved is None:
                continue
            drop.update(m.start for m in inner)
            added.append(Mention(start, tok.i + 1, resolved, doc[start:tok.i + 1].text, "reference"))
        if added:
            ctx.mentions = [m for m in ctx.mentions if m.start not in drop] + added
            ctx.mentions.sort(key=lambda m: m.start)

    def _antecedent(self, ctx: _Context, tok: Token, start: int, kinds: tuple[str, ...]) -> Actor | None:
        before = [m for m in ctx.mentions if m.end <= start and m.how not in ("pronoun", "place")
                  and (m.actor.kind in kinds or self._organ_state(m.actor, kinds) is not None)
                  and m.how != "sector" and not _commands(ctx.doc, m, tok)]
        if kinds[:2] == ("state_organ", "state"):  # "the junta": a ruling organ named before, as its state
            ruling = [m for m in before if self._ruling & {w.lower() for w in m.text.split()}]
            pick = ruling or before  # "Burkina Faso's military government ... the junta"
            if pick:
                return self.actors.state_of(pick[-1].actor) or pick[-1].actor
        # "the Viv Ansanm gang alliance ... the alliance": the name the same word followed
        phrased = [m for m in ctx.mentions if m.end <= start and m.how in _NAMED_HOWS
                   and _phrase_head(ctx.doc, m) == tok.lemma_.lower()]
        if phrased:
            return phrased[-1].actor
        form = self._state_forms.get(tok.lemma_.lower())
        if form is not None:  # "the sultanate": a sultanate named before, not the last state
            before = [m for m in before if m.actor.id in form]
        head = tok.lemma_.lower()
        headed = [m for m in before if head in _label_words(m.actor)]
        if headed:  # "the Ambazonia Governing Council ... its leader X ... the council": head match
            before = headed
        elif not before and "group" in kinds:  # "the Sudan People's Liberation Movement-North ...
            # his movement": a name the tagger found holds the head word, whatever its kind
            before = [m for m in ctx.mentions if m.end <= start and m.how in _NAMED_HOWS
                      and m.actor.kind == "organization" and head in _label_words(m.actor)]
            if before:
                return before[-1].actor
        if before:
            last = before[-1].actor
            return last if last.kind in kinds else self._organ_state(last, kinds)
        here = ctx.sent_of[tok.i]
        after = [m for m in ctx.mentions if m.start > tok.i and m.how in _NAMED_HOWS
                 and m.actor.kind in kinds and ctx.sent_of[m.start] - here <= 2]
        return after[0].actor if after else None

    def _organ_state(self, actor: Actor, kinds: tuple[str, ...]) -> Actor | None:
        """The state of an organ, for a description of states: "Mali's soldiers ... the junta"."""
        if actor.kind != "state_organ" or "state" not in kinds or "state_organ" in kinds:
            return None
        return self.actors.state_of(actor)

    # -- pass 3b: the head of an organization is a person ------------------------------------
    def _offices_pass(self, ctx: _Context) -> None:
        """"The AU chief", "the bloc's chairman": a person who heads the organization, not the
        organization (an unnamed office holder, labelled by the office and affiliated with it)."""
        doc = ctx.doc
        named = {i for m in ctx.mentions if m.actor.kind in ("person", "state")
                 for i in range(m.start, m.end)}
        apposed = {doc[m.end - 1].head.i: m for m in ctx.mentions if m.actor.kind == "person"
                   and doc[m.end - 1].dep_ == "appos"}
        # "the council's leader, Jean-Paul Doe": a name apposed to an office is a person's, though
        # the tagger read it as an organization's
        people = {m.start: replace(m, actor=Actor(id=minted_actor_iri(m.actor.label, "person"),
                                                  label=m.actor.label, kind="person"))
                  for m in ctx.mentions if m.actor.kind == "organization" and self._full_name(m)
                  and doc[m.end - 1].dep_ == "appos" and doc[m.end - 1].head.pos_ == "NOUN"
                  and doc[m.end - 1].head.lemma_.lower() in self._office_heads}
        if people:
            ctx.mentions = [people.get(m.start, m) if m.how in _SHORT_OK else m for m in ctx.mentions]
            apposed.update({doc[m.end - 1].head.i: m for m in people.values()})
        out, changed = [], False
        for m in ctx.mentions:
            head = doc[m.end - 1]
            holder = apposed.get(head.i)
            if m.how in ("generic", "reference") and m.actor.kind == "organization" \
                    and head.lemma_.lower() in self._office_heads and head.pos_ == "NOUN" \
                    and holder is not None:
                # "the AU Commission chairperson, Mahmoud Ali Youssouf": the person named
                m, changed = replace(m, actor=holder.actor), True
            elif m.how in ("generic", "reference") and m.actor.kind == "organization" \
                    and head.lemma_.lower() in self._office_heads and head.pos_ == "NOUN" \
                    and m.end not in named:  # "ASEAN chair Indonesia": the holder is named
                word = head.lower_
                label = f"{m.actor.label} {word}"
                person = Actor(id=minted_actor_iri(label, "person"), label=label, kind="person",
                               affiliations=(Affiliation(m.actor.id, role=word),))
                m, changed = replace(m, actor=person), True
            out.append(m)
        if changed:
            ctx.mentions = out
        covered = ctx.covered()
        added = []
        for tok in doc:  # "the bloc's chief": the owner was linked by a description
            if covered[tok.i] or tok.lemma_.lower() not in self._office_heads or tok.pos_ != "NOUN" \
                    or tok.i + 1 in named or tok.i in apposed or tok.tag_ == "NNS":
                continue  # ("EU leaders condemned ...": the bloc speaks, not one of its officers)
            owner = next((m for m in ctx.mentions for c in tok.children
                          if c.dep_ in ("poss", "compound") and m.start <= c.i < m.end
                          and m.actor.kind == "organization"), None)
            if owner is not None:
                label = f"{owner.actor.label} {tok.lower_}"
                person = Actor(id=minted_actor_iri(label, "person"), label=label, kind="person",
                               affiliations=(Affiliation(owner.actor.id, role=tok.lower_),))
                added.append(Mention(owner.start, tok.i + 1, person, doc[owner.start:tok.i + 1].text,
                                     "reference"))
        if added:
            drop = {m.start for a in added for m in ctx.mentions if a.start <= m.start < a.end}
            ctx.mentions = sorted([m for m in ctx.mentions if m.start not in drop] + added,
                                  key=lambda m: m.start)

    # -- pass 4: roles ---------------------------------------------------------------------
    def _roles_pass(self, ctx: _Context) -> None:
        """"The Norwegian foreign minister", "Mexico's foreign minister", "the Kenyan leader": the
        person the article names with that title and state, the latest before or else one in
        the same or the next sentence; the article's naming wins over office holders by date."""
        people = [m for m in ctx.mentions if m.actor.kind == "person" and m.how in _NAMED_HOWS]
        if not people:
            return
        out, changed = [], False
        for m in ctx.mentions:
            person = self._role_holder(ctx, m, people) if m.how in ("title", "organ") else None
            if person is not None and person.actor.id != m.actor.id:
                m, changed = replace(m, actor=person.actor, how="reference"), True
            out.append(m)
        if changed:
            ctx.mentions = out

    def _role_holder(self, ctx: _Context, m: Mention, people: list[Mention]) -> Mention | None:
        doc = ctx.doc
        state = self.actors.state_of(m.actor)
        # the title's own words: what is not the owner ("Norwegian", "Mexico 's") or an article
        words = [t.lower_ for t in doc[m.start:m.end]
                 if not t.ent_type_ and t.pos_ in ("NOUN", "ADJ", "PROPN") and t.lower_ not in _ARTICLES]
        if state is None or not words or not (words[-1] in self._titles or words[-1] == "leader"):
            return None  # "Venezuelan security forces" names no office
        head, mods = words[-1], words[:-1]

        def fits(p: Mention) -> bool:
            have = title_words(doc, p)
            if not (head in have or (head == "leader" and have & self._leader_titles)):
                return False
            return all(w in have for w in mods) and (self.actors.state_of(p.actor) == state or any(
                a.actor == state.id for a in p.actor.affiliations))

        before = [p for p in people if p.end <= m.start and fits(p)]
        if before:
            return before[-1]
        here = ctx.sent_of[m.start]
        return next((p for p in people if p.start >= m.end and ctx.sent_of[p.start] <= here + 1 and fits(p)),
                    None)

    # -- pass 5: generic groups to the named group ----------------------------------------
    def _group_sectors_pass(self, ctx: _Context) -> None:
        groups: dict[str, tuple[Actor, set[str]]] = {}
        for m in ctx.mentions:
            label = m.actor.label.split()
            if m.how in _NAMED_HOWS and m.actor.kind in ("group", "organization") and len(label) >= 2 \
                    and not self._is_sector(m.actor):
                words = {w.lower() for w in label if w[:1].isupper() and len(w) > 2}
                groups.setdefault(m.actor.id, (m.actor, words))
        armed = [m for m in ctx.mentions if m.how in _NAMED_HOWS and not self._is_sector(m.actor)
                 and (m.actor.kind == "group" or self._armed_name(m.actor))]
        if not groups and not armed:
            return
        out = []
        for m in ctx.mentions:
            if self._is_sector(m.actor):
                place_words = {t.lower_ for t in _phrase(ctx.doc, m) if t.is_title and len(t) > 2}
                fits = [(a, _places_shared(place_words, words)) for a, words in groups.values()
                        if _share_a_place(place_words, words)]
                before = [g for g in armed if g.end <= m.start]
                if fits:  # the group that shares most place words ("Central African rebels": not
                    # "African countries"); of equals, the one the article named first, its subject
                    best = max(n for _, n in fits)
                    m = replace(m, actor=next(a for a, n in fits if n == best), how="reference")
                elif before and _bare_definite(ctx.doc, m) and not any(
                        t.is_title and t.ent_type_ not in ("DATE", "TIME") for t in _phrase(ctx.doc, m)[1:]
                        if t.lower_ != "the"):
                    # "The Houthis attacked a ship. The US struck the rebels": the group named
                    # most, the last of equals
                    count = Counter(g.actor.id for g in before)
                    pick = max(range(len(before)), key=lambda i: (count[before[i].actor.id], i))
                    m = replace(m, actor=before[pick].actor, how="reference")
            out.append(m)
        ctx.mentions = out

    def _organ_sectors_pass(self, ctx: _Context) -> None:
        """A bare organ word ("the army", "the police") with no state in sight is the organ of
        that kind the article named last ("Sudan's army ... the army"): the same sector code."""
        out: list[Mention] = []
        for m in ctx.mentions:
            if m.how == "sector" and not m.actor.affiliations and m.actor.codes:
                code = m.actor.codes[0]
                before = [x.actor for x in out if x.actor.kind == "state_organ"
                          and any(c.endswith(code) and c != code for c in x.actor.codes)]
                if before:  # the organ the article names most, the latest of equals
                    count = Counter(a.id for a in before)
                    best = max(range(len(before)), key=lambda i: (count[before[i].id], i))
                    m = replace(m, actor=before[best], how="reference")
            out.append(m)
        ctx.mentions = out

    def _armed_name(self, actor: Actor) -> bool:
        """True for an organization named like an armed group ("... Independence Army")."""
        return armed_name(actor, self._armed_words)

    def _is_sector(self, actor: Actor) -> bool:
        """True for a generic armed or political group ("rebels", "Rebels in Ethiopia")."""
        slug = _slug(actor)
        return any(slug == f"sector-{g}" or slug.endswith(f"-{g}") for g in self._group_sectors) \
            and self.actors.get(actor.id) is None

    # -- pass 6: the names each minted actor was found under ----------------------------------
    def _aliases_pass(self, ctx: _Context) -> None:
        """Actors kgraph mints (organs, NER names) carry the surface forms of their names in the
        article as aliases ("French troops", "the Malian army", "Obasanjo"); dictionary actors
        keep their curated aliases."""
        forms: dict[str, list[str]] = {}
        for m in ctx.mentions:
            if m.how in _SURFACE_HOWS and self.actors.get(m.actor.id) is None:
                text = _bare_text(m)
                if text and text != m.actor.label and not text.islower():
                    forms.setdefault(m.actor.id, []).append(text)
        if not forms:
            return
        renamed = {}
        for m in ctx.mentions:
            new = forms.get(m.actor.id)
            if new and m.actor.id not in renamed:
                renamed[m.actor.id] = replace(m.actor, aliases=tuple(dict.fromkeys((*m.actor.aliases, *new))))
        ctx.mentions = [replace(m, actor=renamed.get(m.actor.id, m.actor)) for m in ctx.mentions]


def _common_noun(tok: Token) -> bool:
    """A common noun, also where the tagger read a lowercase word as a name ("the bloc" as PROPN)."""
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_lower)


def _state_forms(actors: ActorDictionary, listed: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """For each form of state ("kingdom"), the IRIs of the states of that form: those whose
    official names hold the word, and those ``listed`` by key."""
    out: dict[str, frozenset[str]] = {}
    for word, keys in listed.items():
        ids = {rec.actor.id for rec in actors.records() if rec.actor.kind == "state"
               and any(word in name.lower().split() for name in rec.actor.aliases)}
        ids |= {a.id for a in map(actors.get, keys) if a is not None}
        out[word.lower()] = frozenset(ids)
    return out


def _commands(doc: Doc, m: Mention, tok: Token) -> bool:
    """True when ``m`` is the subject of a clause that holds the description ``tok`` as an object
    or oblique: in "X condemned the detention by the junta" the junta is not X (a writer would
    say "its"). A description that is a subject ("X, as the bloc is known, ...") may be X."""
    if tok.dep_ in _SUBJ:
        return False
    head = doc[m.end - 1]
    while head.dep_ in ("compound", "flat", "appos") and head.head is not head:
        if head.dep_ == "compound" and head.i == m.end - 1 and not head.head.ent_type_:
            return False  # "UPC spokesman X said the group's leader ...": X speaks for the group
        head = head.head
    return head.dep_ in _SUBJ and head.head.i != head.i and tok in head.head.subtree


def _neighbours(tok: Token) -> list[Token]:
    doc = tok.doc
    return [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]


def _slug(actor: Actor) -> str:
    return actor.id.rsplit("/", 1)[-1]


def _phrase(doc: Doc, m: Mention) -> list[Token]:
    """The words of a mention's noun phrase: "Tigray rebels", "rebels in Ethiopia's northern
    Tigray region" (up to the next verb, comma or conjunction when the parse attached them elsewhere)."""
    head = doc[m.end - 1]
    # what they are "for" is no place of theirs ("the separatists for United Nations monitors")
    aims = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree}
    words = [*doc[m.start:m.end],
             *(t for t in head.subtree if not (m.start <= t.i < m.end) and t.i not in aims)]
    words += [c for c in head.children if c.i < m.start and c.dep_ in ("compound", "amod", "nmod")]
    for t in doc[m.end:min(m.end + 8, head.sent.end)]:
        if t.pos_ in ("VERB", "AUX", "CCONJ") or t.text in (",", ";", ":") or t.lower_ == "for":
            break
        words.append(t)
    return words


#: Small words a name may hold that its acronym skips ("Mission in Afghanistan": UNAMA).
_NAME_GLUE = frozenset({"of", "in", "for", "and", "the", "on", "to", "de", "la", "du", "des", "pour", "&"})


def _phrase_head(doc: Doc, m: Mention) -> str | None:
    """The lowercase word a name modifies through compounds ("Viv Ansanm gang alliance":
    alliance), as a lemma; None when it modifies none."""
    tok = doc[m.end - 1]
    if tok.dep_ != "compound":
        return None
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    return tok.lemma_.lower() if tok.is_lower else None


def _label_words(actor: Actor) -> set[str]:
    """The words of an actor's label, lower case, hyphened words split ("Movement-North")."""
    return {w.lower() for w in actor.label.replace("-", " ").split()}


def _hyphened_at(doc: Doc, i: int, parts: tuple[str, ...]) -> int:
    """How many tokens from ``i`` spell the hyphened acronym of ``parts`` ("SPLM", "-", "N"),
    its last part maybe written out ("SPLM-North"); 0 when they do not."""
    n = 2 * len(parts) - 1
    words = [t.text for t in doc[i:i + n]]
    if len(words) < n or any(w != "-" for w in words[1::2]):
        return 0
    first, last = words[::2][:-1], words[-1]
    return n if first == list(parts[:-1]) and last.startswith(parts[-1]) else 0


def _acronym_open(doc: Doc, close: int) -> int | None:
    """The "(" of a bracketed acronym closing at ``close``: one token ("(AU)"), or words joined
    by hyphens with no space ("(SPLM-N)", "(SPLA-IO)"); None otherwise."""
    if close >= 3 and doc[close - 2].text == "(":
        return close - 2
    k = close - 1
    while k > 0 and close - k <= 5 and not doc[k - 1].whitespace_ and doc[k - 1].text != "(":
        k -= 1
    k -= 1
    if k > 0 and doc[k].text == "(" and close - k > 2 and doc[k + 1].is_alpha \
            and all(t.text == "-" or t.is_alpha for t in doc[k + 1:close]):
        return k
    return None


def _initials_start(doc: Doc, end: int, acronym: str, names: dict[int, int] | None = None) -> int | None:
    """Where the capitalised words ending at ``end`` (exclusive) begin whose initials spell
    ``acronym``, small words skipped, or None. A place named inside counts as one word when
    ``names`` (end -> start of the names found) has it: "Union for Peace in the Central African
    Republic (UPC)"."""
    ways = [(False, False), (True, False), (False, True)] if names else [(False, False), (False, True)]
    for collapse, glued in ways:  # glued: a small word may count ("Movement-in Opposition": SPLM-IO)
        words: list[int] = []
        i = end - 1
        while i >= 0 and len(words) < len(acronym) + 1 and not doc[i].is_sent_end:
            tok = doc[i]
            if collapse and names and i + 1 in names and names[i + 1] < i:
                i = names[i + 1]  # the name's first word stands for it
                tok = doc[i]
            if tok.text[:1].isupper() or (glued and tok.lower_ in _NAME_GLUE and tok.i > 0
                                          and doc[tok.i - 1].text == "-"):
                words.append(i)
            elif tok.lower_ not in _NAME_GLUE and tok.text not in ("-", "'s", "’s"):
                break
            i -= 1
        words.reverse()
        for k in range(len(words)):
            if "".join(doc[j].text[0].upper() for j in words[k:]) == acronym:
                return words[k]
    return None


def _organ_named_before(doc: Doc, mentions: list[Mention], end: int) -> Actor | None:
    """The state organ whose full name ends at ``end``: an organ's words and "of" with its
    state's name ("the Armed Forces of the Democratic Republic of Congo"), no other actor named
    in between."""
    for m in mentions:
        if m.actor.kind == "state_organ" and m.end < end and m.start < end - 1 \
                and doc[m.end].lower_ == "of" \
                and all(t.is_title or t.lower_ in _NAME_GLUE for t in doc[m.end + 1:end]) \
                and not any(o is not m and m.start <= o.start < end and o.actor.kind != "state"
                            for o in mentions):
            return m.actor
    return None


def _tagged_name_start(doc: Doc, end: int, acronym: str) -> int | None:
    """Where the organization's name the tagger found ending at ``end`` begins, when a bracketed
    acronym after it spells its initials in another order or language ("the National Liberation
    Front of Chad (FLNT)", "the National Liberation Army (ELN)"): all the acronym's letters but
    one are initials of the name's words, and the name has three such words or more."""
    ent = next((e for e in doc.ents if e.label_ == "ORG" and e.end == end), None)
    if ent is None:
        return None
    start = ent.start + (doc[ent.start].lower_ == "the")
    initials = Counter(t.text[0].upper() for t in doc[start:end] if t.lower_ not in _NAME_GLUE)
    if sum(initials.values()) < 3 or not doc[start].text[:1].isupper():
        return None
    missing = Counter(acronym) - initials
    return start if sum(missing.values()) <= 1 else None


def _names_place(span: Span, head: str, states: set[int]) -> bool:
    """True when ``span`` names a place, no state, by ``head``: "the island of Santa Rosa",
    "Okinawa Island", "Santa Rosa, a small island" (not "Taiwan, a self-ruled island")."""
    return any(t.lemma_.lower() == head and (
        any(p.dep_ == "prep" and p.lower_ == "of" and any(o.pos_ == "PROPN" and o.i not in states
                                                          for o in p.children) for p in t.children)
        or (t.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children))
        or (t.dep_ == "appos" and t.head.pos_ == "PROPN" and t.head.i not in states))
        for t in span)


def _hyphened_to_participle(doc: Doc, m: Mention) -> bool:
    """True for a name joined by a hyphen to a participle after it ("Iran-aligned")."""
    return m.end + 1 < len(doc) and bool(hyphen_agents(doc[m.end + 1], range(m.start, m.end)))


def _bare_definite(doc: Doc, m: Mention) -> bool:
    """True for a one-word mention right after "the" ("the rebels", "the militants"), or one
    word modifying a noun with no word of place before it ("attacked rebel positions")."""
    if m.end - m.start != 1:
        return False
    if doc[m.start].dep_ in ("compound", "amod") and doc[m.start].head.i > m.start:
        return m.start == 0 or not doc[m.start - 1].is_title
    return m.start > 0 and doc[m.start - 1].lower_ == "the"


def _share_a_place(place_words: set[str], words: set[str]) -> bool:
    """True when a word of a generic phrase is a word of a group's name or its adjective of
    place ("Ambazonian separatists", "the Ambazonia Governing Council")."""
    return bool(place_words & words) or any(
        p.startswith(w) and 0 < len(p) - len(w) <= 2 and len(w) >= 5 for p in place_words for w in words)


def _places_shared(place_words: set[str], words: set[str]) -> int:
    """How many words of a generic phrase a group's name holds, or their adjectives of place."""
    return sum(1 for p in place_words if any(
        p == w or (p.startswith(w) and 0 < len(p) - len(w) <= 2 and len(w) >= 5) for w in words))


def _bare_text(m: Mention) -> str:
    words = m.text.split()
    while words and words[0].lower() in _ARTICLES:
        words = words[1:]
    text = " ".join(words)
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
            break
    return text


def _chain(short: tuple[str, ...], full: tuple[str, ...], particles: tuple[str, ...] = ()) -> bool:
    """True when ``short`` is the end (surname) or the start (given name) of ``full``; a
    surname may drop one of the ``particles`` ("Burhan" of "Abdel Fattah al-Burhan").

    >>> _chain(("burhan",), ("abdel", "fattah", "al-burhan"), ("al-",))
    True
    """
    n = len(short)
    if full[-n:] == short or full[:n] == short:
        return True
    last = next((full[-1][len(p):] for p in particles if full[-1].startswith(p)), None)
    return last is not None and short == (*full[len(full) - n:-1], last)


def _owner_state(inner: list[Mention]) -> Actor | None:
    """The state owning a description: "Niger's junta", "the Malian junta"."""
    for m in inner:
        if m.actor.kind == "state":
            return m.actor
    return None
