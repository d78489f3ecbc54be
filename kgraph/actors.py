"""The actor dictionary: states, organizations, organs and people, loaded from data.

The package ships JSON Lines files under ``kgraph/data/actors`` (see that
folder's README for the record format). Users add their own actors and aliases
with :func:`load_actors` or ``ActorDictionary.load(path)``.

Examples
--------
>>> from kgraph.actors import default_actors
>>> d = default_actors()
>>> d.lookup("the Kremlin").label
'Russia'
>>> d.lookup("Xi Jinping").kind
'person'
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ._data import data_file, read_data
from .errors import VocabularyError
from .ids import actor_iri, slug
from .model import ACTOR_KINDS, Actor, Affiliation, actor_kind

__all__ = ["ActorDictionary", "ActorRecord", "Role", "default_actors", "load_actors"]

_SHIPPED = ("actors/states.jsonl", "actors/organizations.jsonl", "actors/regions.jsonl",
            "actors/people.jsonl", "actors/places.jsonl")
_LEADING_THE = re.compile(r"^(the)\s+", re.IGNORECASE)
_SURROGATE = re.compile("[\ud800-\udfff]")
_WIKIDATA = re.compile(r"^Q[1-9][0-9]{0,11}$")


@dataclass(frozen=True, slots=True)
class Role:
    """A dated role of a person in a state or organization."""

    role: str
    of: str
    start: str | None = None
    end: str | None = None

    def valid_on(self, date: str | None) -> bool:
        """Return True if the role is held on ``date`` (current roles when no date)."""
        return Affiliation(self.of, self.role, self.start, self.end).valid_on(date)


@dataclass(slots=True)
class ActorRecord:
    """A dictionary entry: the actor plus the names and roles used to find it."""

    key: str
    actor: Actor
    names: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    metonyms: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    part_of: str | None = None
    #: Cities and regions of a state ("Mosul" for Iraq): they name where events happen.
    places: list[str] = field(default_factory=list)


def _norm(name: str) -> str:
    return _LEADING_THE.sub("", " ".join(name.split())).strip()


class ActorDictionary:
    """A searchable set of known actors.

    Parameters
    ----------
    records : iterable of dict, optional
        Raw actor records in the JSON Lines format of ``kgraph/data/actors``.

    Examples
    --------
    >>> d = ActorDictionary([{"key": "gondor", "label": "Gondor", "kind": "state",
    ...                       "demonyms": ["Gondorian"], "metonyms": ["Minas Tirith"]}])
    >>> d.lookup("Minas Tirith").label
    'Gondor'
    """

    def __init__(self, records: Iterable[dict] = ()) -> None:
        self._records: dict[str, ActorRecord] = {}
        self._by_name: dict[str, set[str]] = defaultdict(set)
        self._by_role: dict[tuple[str, str], list[tuple[str, Role]]] = defaultdict(list)
        self._organs: dict[str, Actor] = {}
        #: lower-cased place name or alias -> (canonical name, state key)
        self._place_names: dict[str, tuple[str, str]] = {}
        self.version = 0
        self.add_records(records)

    # -- building -----------------------------------------------------------------
    def add_records(self, records: Iterable[dict], where: str = "<records>",
                    lines: list[int] | None = None) -> None:
        """Add or update actors from raw records (same format as the shipped files).

        ``lines`` gives each record's line in ``where`` for error messages (by default
        its position).
        """
        raw = list(records)
        for i, rec in enumerate(raw):
            self._add(rec, f"{where}:{lines[i] if lines and i < len(lines) else i + 1}")
        self._index()
        self.version += 1

    def _add(self, rec: dict, where: str) -> None:
        if not isinstance(rec, dict):
            raise VocabularyError(f"{where}: an actor record must be a JSON object")
        if "place" in rec:  # {"place": "Mosul", "state": "iraq", "aliases": [...]}
            state, names = rec.get("state"), [rec["place"], *rec.get("aliases", [])]
            if not isinstance(state, str) or not all(isinstance(n, str) and n.strip() for n in names):
                raise VocabularyError(f"{where}: a place needs a name and the key of its 'state'")
            if state not in self._records:
                raise VocabularyError(f"{where}: place {rec['place']!r} in unknown state {state!r}")
            self._records[state].places.extend(_norm(n) for n in names)
            for n in names:
                self._place_names[_norm(n).lower()] = (_norm(rec["place"]), state)
            return
        key = rec.get("key")
        label = rec.get("label")
        kind = rec.get("kind", "group")
        if not isinstance(key, str) or not key or slug(key, 200) != key:
            raise VocabularyError(f"{where}: 'key' must be a slug of [a-z0-9-], got {key!r}")
        if not isinstance(label, str) or not label.strip():
            raise VocabularyError(f"{where}: 'label' is required")
        if kind not in ACTOR_KINDS:
            raise VocabularyError(f"{where}: kind {kind!r} not one of {ACTOR_KINDS}")
        wikidata = rec.get("wikidata")
        if wikidata is not None and wikidata != "" and (not isinstance(wikidata, str)
                                                        or not _WIKIDATA.fullmatch(wikidata)):
            raise VocabularyError(f"{where}: 'wikidata' must be a Wikidata item id such as 'Q159', "
                                  f"got {wikidata!r}")
        for ref in [rec.get("part_of"), *(r.get("of") for r in rec.get("roles", []) if isinstance(r, dict))]:
            if ref is not None and (not isinstance(ref, str) or not ref or slug(ref, 200) != ref):
                raise VocabularyError(f"{where}: an actor reference ('part_of', a role's 'of') must be "
                                      f"a key, a slug of [a-z0-9-], got {ref!r}")
        old = self._records.get(key)
        aliases = [str(a) for a in rec.get("aliases", []) if str(a).strip()]
        roles = [
            Role(r["role"], r["of"], r.get("start"), r.get("end"))
            for r in rec.get("roles", [])
            if isinstance(r, dict) and "role" in r and "of" in r
        ]
        part_of = rec.get("part_of")
        affs = [Affiliation(actor_iri(r.of), r.role, r.start, r.end) for r in roles]
        if part_of:
            affs.append(Affiliation(actor_iri(part_of)))
        codes = tuple(dict.fromkeys(c for c in (rec.get("cameo"), rec.get("iso3")) if c))
        if old is not None:  # user files extend shipped entries
            aliases = [*old.actor.aliases, *aliases]
            roles = [*old.roles, *roles]
            affs = [*old.actor.affiliations, *affs]
            codes = tuple(dict.fromkeys([*old.actor.codes, *codes]))
        actor = Actor(
            id=actor_iri(key),
            label=label.strip(),
            kind=kind,
            aliases=tuple(dict.fromkeys(_norm(a) for a in aliases)),
            affiliations=tuple(dict.fromkeys(affs)),
            wikidata=rec.get("wikidata") or (old.actor.wikidata if old else None),
            codes=codes,
        )
        record = ActorRecord(
            key=key,
            actor=actor,
            names=list(dict.fromkeys([actor.label, *actor.aliases])),
            demonyms=[*(old.demonyms if old else []), *rec.get("demonyms", [])],
            metonyms=[*(old.metonyms if old else []), *(_norm(m) for m in rec.get("metonyms", []))],
            roles=roles,
            part_of=part_of or (old.part_of if old else None),
            places=old.places if old else [],
        )
        self._records[key] = record

    def _index(self) -> None:
        self._by_name.clear()
        self._by_role.clear()
        for key, rec in self._records.items():
            for name in (*rec.names, *rec.demonyms, *rec.metonyms, *rec.places):
                self._by_name[name.lower()].add(key)
            for role in rec.roles:
                self._by_role[(role.role, role.of)].append((key, role))
        for (refkey, where) in [(r.part_of, k) for k, r in self._records.items() if r.part_of]:
            if refkey not in self._records:
                raise VocabularyError(f"actor {where!r}: part_of refers to unknown key {refkey!r}")

    def load(self, path: str | Path) -> ActorDictionary:
        """Add actors from a JSON Lines (or JSON list) file; returns ``self``."""
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise VocabularyError(f"cannot read actor file {p}: {err}") from err
        lines: list[int] = []
        records = _parse_records(text, str(p), lines)
        self.add_records(records, where=str(p), lines=lines)
        return self

    # -- querying -----------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._records)

    def __iter__(self) -> Iterator[Actor]:
        return (r.actor for r in self._records.values())

    def __contains__(self, key: object) -> bool:
        return key in self._records

    def record(self, key: str) -> ActorRecord:
        """Return the record of ``key``."""
        return self._records[key]

    def records(self) -> Iterator[ActorRecord]:
        """Iterate over all records."""
        return iter(self._records.values())

    def get(self, key_or_iri: str) -> Actor | None:
        """Return the actor of a key or IRI, or None."""
        key = key_or_iri.rsplit("/", 1)[-1]
        rec = self._records.get(key)
        return rec.actor if rec else None

    def candidates(self, name: str) -> list[Actor]:
        """Return every actor that ``name`` (any alias, demonym or metonym) may denote."""
        keys = self._by_name.get(_norm(name).lower(), set())
        return [self._records[k].actor for k in sorted(keys)]

    def lookup(self, name: str) -> Actor | None:
        """Return the one actor ``name`` denotes, or None when unknown or ambiguous."""
        found = self.candidates(name)
        return found[0] if len(found) == 1 else None

    def holders(self, role: str, of: str, date: str | None) -> list[Actor]:
        """Return the people holding ``role`` in ``of`` (a key) on ``date``."""
        out = [self._records[k].actor for k, r in self._by_role.get((role, of), []) if r.valid_on(date)]
        return list(dict.fromkeys(out))

    def state_of(self, actor: Actor) -> Actor | None:
        """Return the state an actor belongs to (itself for a state)."""
        if actor.kind == "state":
            return actor
        for aff in actor.affiliations:
            other = self.get(aff.actor)
            if other is not None and other.kind == "state":
                return other
        return None

    def organ(self, state_key: str, organ_key: str, label_template: str, kind: str = "state_organ",
              code: str | None = None, heads: tuple[str, ...] = ()) -> Actor:
        """Return the organ or sector actor of a state (its government, police...), minting it once.

        A dictionary entry of the same state with the same label, or named
        "<demonym> <head>" ("Russian army"), is reused, so user data can give
        organs Wikidata ids and aliases.
        """
        cache_key = f"{state_key}-{organ_key}"
        if cache_key in self._organs:
            return self._organs[cache_key]
        rec = self._records[state_key]
        state = rec.actor
        label = label_template.format(state=state.label)
        names = [label, *(f"{d} {h}" for d in rec.demonyms[:2] for h in heads)]
        existing = [a for n in names for a in self.candidates(n)
                    if a.kind in ("state_organ", "group")
                    and any(aff.actor == state.id for aff in a.affiliations)]
        state_code = next((c for c in state.codes if len(c) == 3), None)
        actor = existing[0] if existing else Actor(
            id=actor_iri(cache_key), label=label, kind=actor_kind(kind),
            affiliations=(Affiliation(state.id),),
            codes=(f"{state_code}{code}",) if state_code and code else (),
        )
        self._organs[cache_key] = actor
        return actor

    def locality(self, name: str, state_key: str) -> Actor:
        """Return the actor of a city or region of a state, as a local community of that state.

        Used where the state itself cannot be the target: its own forces acting in one of
        its cities ("French police cleared a camp in Calais"). The actor is a group
        affiliated with the state (role ``"location"``), labelled with the place's name.

        Examples
        --------
        >>> from kgraph.actors import default_actors
        >>> a = default_actors().locality("Mosul", "iraq")
        >>> a.label, a.kind
        ('Mosul', 'group')
        """
        canonical, state_key = self._place_names.get(_norm(name).lower(), (_norm(name), state_key))
        cache_key = f"{state_key}-place-{slug(canonical)}"
        if cache_key not in self._organs:
            state = self._records[state_key].actor
            state_code = next((c for c in state.codes if len(c) == 3), None)
            self._organs[cache_key] = Actor(
                id=actor_iri(cache_key), label=canonical, kind="group",
                affiliations=(Affiliation(state.id, role="location"),),
                codes=(state_code,) if state_code else ())
        return self._organs[cache_key]

    def sector(self, organ_key: str, label: str, kind: str = "group", code: str | None = None) -> Actor:
        """Return the actor of a sector named without a state ("police", "rebels")."""
        cache_key = f"sector-{organ_key}"
        if cache_key not in self._organs:
            self._organs[cache_key] = Actor(id=actor_iri(cache_key), label=label, kind=actor_kind(kind),
                                            codes=(code,) if code else ())
        return self._organs[cache_key]


def _clean_strings(value: Any) -> Any:
    """Replace unpaired surrogates ("\\ud800" escapes) with U+FFFD: RDF output cannot hold them."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_clean_strings(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean_strings(v) for k, v in value.items()}
    return value


def _parse_records(text: str, where: str, lines: list[int] | None = None) -> list[dict]:
    """The records of an actor file; ``lines``, when given, receives each record's line number."""
    stripped = text.strip()
    if not stripped:
        return []
    if stripped.startswith("["):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as err:
            raise VocabularyError(f"{where}: invalid JSON: {err}") from err
        return [_clean_strings(r) for r in data]
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            out.append(_clean_strings(json.loads(line)))
            if lines is not None:
                lines.append(n)
        except json.JSONDecodeError as err:
            raise VocabularyError(f"{where}:{n}: invalid JSON: {err.msg}") from err
    return out


@lru_cache(maxsize=1)
def _shipped_records() -> tuple[dict, ...]:
    out: list[dict] = []
    for name in _SHIPPED:
        if data_file(name).is_file():
            out.extend(_parse_records(read_data(name), name))
    return tuple(out)


def default_actors() -> ActorDictionary:
    """Return a new dictionary holding the actors shipped with kgraph."""
    return ActorDictionary(_shipped_records())


def load_actors(*paths: str | Path, base: ActorDictionary | None = None) -> ActorDictionary:
    """Return the shipped dictionary (or ``base``) extended with the user files ``paths``.

    Examples
    --------
    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = os.path.join(d, "mine.jsonl")
    ...     _ = open(p, "w").write('{"key": "arnor", "label": "Arnor", "kind": "state"}\\n')
    ...     load_actors(p).lookup("Arnor").id
    'https://w3id.org/kgraph/actor/arnor'
    """
    d = base if base is not None else default_actors()
    for p in paths:
        d.load(p)
    return d
