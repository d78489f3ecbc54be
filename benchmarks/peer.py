"""Benchmark kgraph's extraction against the validation data of other event coders.

Usage::

    python benchmarks/peer.py [--limit N] [--split test|train|all]
                              [--only plv|petrarch|plover] [--json PATH]

The data are read at run time from ``../shared/eval/peer`` relative to the repository root, or
from the folder named by ``$KGRAPH_PEER_DIR``. They carry their own licences (see the README
there) and must never be copied into the repository. The script prints figures only: it asserts
nothing and tunes nothing.

Sets
----
PLV (``zsp_plv.jsonl``)
    Real news sentences; each gold event is a (source span, target span, PLOVER type) triple.
    Each record has a ``split`` field; the ``test`` split is scored by default (``--split``).
PLOVER GSR (``plover_gsr.jsonl``)
    CAMEO-manual example sentences coded in PLOVER. An event lists its source and target actor
    texts (several for compound actors); a ``reciprocal`` event lists actors that act on each
    other ("Hungarian and Romanian officials agreed").
PETRARCH validation (``petrarch2_validation.jsonl``)
    The PETRARCH-2 unit-test sentences, mostly about fictional actors (Arnor, Gondor...), with
    expected CAMEO event codes and actor codes. Their actor dictionary (``petrarch2_actors.jsonl``)
    is converted to kgraph actor records added to the shipped dictionary (:func:`petrarch_dictionary`).

Deduplication: within a set, records whose texts are equal after lowercasing and dropping all but
letters and digits (the ``text_key`` of ``overlap_index.jsonl``) are scored once, with their gold
events merged. The pooled PLV + GSR figures count a sentence present in both files (according to
``overlap_index.jsonl``) once, with its PLV annotation.

Matching an edge end to a gold span (:func:`end_matches`)
    Texts are lowercased, possessive 's and dots removed ("U.S." -> "us"), split into words, and
    "the", "a", "an", "of", "and" dropped. An edge end matches a span when (1) the words of its
    mention as written (``Edge.source_text`` / ``target_text``) and the span's words are one a
    contiguous part of the other ("Iran" / "Iran, Libya, North Korea, Sudan"), or (2) both end with
    the same capitalized word, a proper-noun head ("Foreign Minister Sergei Lavrov" / "Minister
    Lavrov"; common heads such as "government" do not count), or (3) the actor's
    canonical label and the span are one a contiguous part of the other; (3) credits pronouns and
    metonyms resolved to the right actor ("it" -> Hungary). The test is symmetric in mention and
    span and lenient by design: it asks whether the right actors were linked, not whether span
    boundaries agree.

An edge *links* a gold event when its source matches a source span and its target a target span;
edges of symmetric relations, and reciprocal gold events, are accepted in either direction.
Negation and modality are ignored throughout: a "did not meet" edge still links its pair.

PLOVER types: an edge's type is the ``plover`` of its relation in the vocabulary ("investigates"
is ACCUSE). Gold types use ``plover_current`` where given (DEMAND -> REQUEST, DISAPPROVE and
INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT). The old root YIELD and the current RETREAT are both
counted as CONCEDE: PLV's YIELD covers both, and kgraph has one relation ("concedes") for them.

PLV and GSR metrics
    scored events
        Only dyadic gold events are scored. An event whose source or target is missing, or is a
        placeholder none of whose words occurs in the sentence (PLV's "a recipient", "An actor"),
        is counted as one-sided and left out of every figure.
    pair recall
        share of scored events linked by at least one edge.
    type accuracy
        among the linked ("found") events, share linked by some edge of the gold type; also given
        for the single linking edge of highest confidence.
    end-to-end recall
        share of scored events linked by an edge of the gold type (pair recall x type accuracy).
    misses in silent sentences
        share of the unlinked events whose sentence yields no edge at all (event detection failed,
        as opposed to edges between other actors).
    edges per sentence
        extracted edges / sentences.
    grounded edge share
        share of edges whose source and target each match some gold span of the sentence (of any
        event, in either role). A precision-like lower bound: the gold marks few events per
        sentence, so a correct but unannotated edge counts against it.
    confusions
        the most frequent (gold type -> type of the highest-confidence linking edge) pairs among
        found events that no edge of the gold type links.
    peer reference (PLV only)
        type accuracy of the Zero-Shot-PLOVER "L2" predictions shipped with the data, which were
        given the gold actor pair: on all scored events and on the events kgraph found.

PETRARCH metrics
    Records marked ``evaluate: false``, and those testing input errors or discard lists
    (``expected_error``), are skipped. Expected events whose codes are not valid CAMEO
    (``cameo_valid: false``, WEIS-era codes) are dropped and counted; a sentence left without
    events by this is skipped.
    root recall
        share of expected events whose CAMEO root (first two digits) is the root of one of the
        CAMEO codes of the relation of some edge of the sentence.
    sentences with all roots
        share of sentences with expected events in which every expected root is produced.
    dyad recall
        share of expected events produced with the right root and the right source and target
        actors (either direction for symmetric relations). Actors are compared by primary actor
        code, the first three characters (six for IGO/IMG codes), so GONGOV and GON are the same
        actor, as are Gondor's government (a kgraph state organ of Gondor) and Gondor. An expected
        code matches an edge end when the edge's actor, or an actor it is affiliated with, is one
        that the dictionary names of the code resolve to; "---" (no country) also matches actors
        unknown to the PETRARCH dictionary. Events with a code that maps to no actor (free text,
        "###", codes absent from the dictionary) are left out of this figure and counted.
    silence on null records
        share of sentences expected to yield no event for which kgraph extracts no edge.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import warnings
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import permutations, product
from pathlib import Path

import kgraph
from kgraph import Actor, ActorDictionary, Edge, Extractor, Vocabulary

REPO_ROOT = Path(__file__).resolve().parents[1]
ENV_VAR = "KGRAPH_PEER_DIR"
BATCH_SIZE = 64
TOP_CONFUSIONS = 10

PLV_FILE = "zsp_plv.jsonl"
GSR_FILE = "plover_gsr.jsonl"
PETRARCH_FILE = "petrarch2_validation.jsonl"
PETRARCH_ACTORS_FILE = "petrarch2_actors.jsonl"
OVERLAP_FILE = "overlap_index.jsonl"

#: PLOVER names counted as one class (see the module docstring).
PLOVER_CANONICAL = {"YIELD": "CONCEDE", "RETREAT": "CONCEDE"}
#: Words ignored when comparing actor texts.
STOPWORDS = frozenset({"the", "a", "an", "of", "and"})

_POSSESSIVE = re.compile(r"['’]s\b")
_WORD = re.compile(r"[^\W_]+")
_KEY_JUNK = re.compile(r"[\W_]+")


# -- data location and reading --------------------------------------------------------------------

def peer_dir() -> Path:
    """Return the folder of the peer data, or exit with a message when it is absent."""
    env = os.environ.get(ENV_VAR)
    path = Path(env) if env else REPO_ROOT.parent / "shared" / "eval" / "peer"
    if not (path / PLV_FILE).is_file():
        sys.exit(f"peer validation data not found in {path}\n"
                 f"Put it at ../shared/eval/peer next to the repository, or set {ENV_VAR}=/path/to/peer.")
    return path


def read_jsonl(path: Path) -> list[dict]:
    """Return the JSON objects of a JSON Lines file."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def text_key(text: str) -> str:
    """Return the duplicate-detection key of a sentence (as in ``overlap_index.jsonl``)."""
    return _KEY_JUNK.sub("", text.lower())


def overlap_map(directory: Path) -> dict[str, set[str]]:
    """Return, for every record id in ``overlap_index.jsonl``, the ids of the same sentence elsewhere."""
    out: dict[str, set[str]] = defaultdict(set)
    for row in read_jsonl(directory / OVERLAP_FILE):
        for rid in row["ids"]:
            out[rid].update(i for i in row["ids"] if i != rid)
    return out


def ratio(num: float, den: float) -> float | None:
    """Return ``num / den``, or None when ``den`` is zero."""
    return num / den if den else None


# -- gold data ------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class GoldEvent:
    """A PLOVER-coded gold event: actor texts on each side and the (canonical) PLOVER type.

    ``reciprocal`` events list in ``sources`` actors that act on each other; ``peer`` is the type a
    peer coder predicted given the gold pair, where the data ship one.
    """

    sources: tuple[str, ...]
    targets: tuple[str, ...]
    plover: str
    reciprocal: bool = False
    peer: str | None = None

    def pairs(self) -> list[tuple[str, str]]:
        """Return the (source span, target span) pairs an edge may link; empty if one-sided."""
        if self.reciprocal:
            return list(permutations(self.sources, 2))
        return list(product(self.sources, self.targets))


@dataclass(slots=True)
class Sentence:
    """One unique sentence of a set with its merged gold events (and record ids)."""

    text: str
    ids: list[str]
    events: list[GoldEvent | CameoEvent] = field(default_factory=list)
    date: str | None = None
    null: bool = False

    @property
    def id(self) -> str:
        return self.ids[0]


def canonical_plover(name: str | None) -> str:
    """Return the PLOVER type name compared in this benchmark."""
    name = (name or "").strip().upper()
    return PLOVER_CANONICAL.get(name, name)


def present(span: str, sentence: str) -> bool:
    """Return True if some word of ``span`` occurs in ``sentence`` (False for placeholders)."""
    return bool(set(tokens(span)) & set(tokens(sentence)))


def dedupe(records: Iterable[tuple[dict, list]]) -> tuple[list[Sentence], int]:
    """Merge records of equal text (see :func:`text_key`); return sentences and merged count."""
    by_key: dict[str, Sentence] = {}
    merged = 0
    for rec, events in records:
        key = text_key(rec["text"])
        if key in by_key:
            sent = by_key[key]
            sent.ids.append(rec["id"])
            sent.events.extend(e for e in events if e not in sent.events)
            sent.null = sent.null and not events
            merged += 1
        else:
            by_key[key] = Sentence(rec["text"], [rec["id"]], list(dict.fromkeys(events)),
                                   iso_date(rec.get("date")), not events)
    return list(by_key.values()), merged


def iso_date(raw: object) -> str | None:
    """Return an ISO date from ``YYYYMMDD`` or ``YYYY-MM-DD`` (None otherwise)."""
    digits = re.sub(r"\D", "", str(raw or ""))
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}" if len(digits) == 8 else None


def plv_events(rec: dict) -> list[GoldEvent]:
    """Return the gold events of a PLV record (a placeholder side becomes empty)."""
    out = []
    for ev in rec["events"]:
        src, tgt = ev.get("source") or "", ev.get("target") or ""
        out.append(GoldEvent(
            sources=(src,) if present(src, rec["text"]) else (),
            targets=(tgt,) if present(tgt, rec["text"]) else (),
            plover=canonical_plover(ev.get("plover_current") or ev.get("plover")),
            peer=canonical_plover((ev.get("peer_predictions") or {}).get("zsp_L2")) or None,
        ))
    return out


def load_plv(directory: Path, split: str) -> tuple[list[Sentence], dict[str, int]]:
    """Return the PLV sentences of ``split`` ("test", "train" or "all") and loading counts."""
    records = [r for r in read_jsonl(directory / PLV_FILE) if r.get("language", "en") == "en"]
    chosen = [r for r in records if split == "all" or record_split(r) == split]
    sentences, merged = dedupe((r, plv_events(r)) for r in chosen)
    return sentences, {"records": len(chosen), "duplicates_merged": merged}


def record_split(rec: dict) -> str:
    """Return a PLV record's split: its ``split`` field, else the middle part of its id."""
    return rec.get("split") or rec["id"].split(":")[1]


def gsr_events(rec: dict) -> list[GoldEvent]:
    """Return the gold events of a PLOVER GSR record (actor texts on each side)."""
    out = []
    for ev in rec["events"]:
        sources = tuple(a["actorText"] for a in ev.get("source_actors") or [] if a.get("actorText"))
        targets = tuple(a["actorText"] for a in ev.get("target_actors") or [] if a.get("actorText"))
        out.append(GoldEvent(sources, targets, canonical_plover(ev.get("plover_current") or ev["plover"]),
                             reciprocal=bool(ev.get("reciprocal"))))
    return out


def load_gsr(directory: Path) -> tuple[list[Sentence], dict[str, int]]:
    """Return the unique PLOVER GSR sentences and loading counts."""
    records = read_jsonl(directory / GSR_FILE)
    sentences, merged = dedupe((r, gsr_events(r)) for r in records)
    return sentences, {"records": len(records), "duplicates_merged": merged}


# -- matching edge ends to gold spans ------------------------------------------------------------

def tokens(text: str) -> tuple[str, ...]:
    """Return the comparable words of an actor text (see the module docstring)."""
    text = _POSSESSIVE.sub("", text.lower()).replace(".", "")
    return tuple(w for w in _WORD.findall(text) if w not in STOPWORDS)


def contains(outer: Sequence[str], inner: Sequence[str]) -> bool:
    """Return True if ``inner`` is a non-empty contiguous part of ``outer``."""
    n = len(inner)
    return 0 < n <= len(outer) and any(tuple(outer[i:i + n]) == tuple(inner)
                                       for i in range(len(outer) - n + 1))


def proper_head(text: str) -> bool:
    """Return True if the last comparable word of ``text`` is capitalized (a proper-noun head)."""
    words = [w for w in _WORD.findall(_POSSESSIVE.sub("", text).replace(".", ""))
             if w.lower() not in STOPWORDS]
    return bool(words) and words[-1][0].isupper()


def texts_match(a: str, b: str) -> bool:
    """Return True if two actor texts overlap: one inside the other, or the same proper-noun head."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return False
    if contains(ta, tb) or contains(tb, ta):
        return True
    return ta[-1] == tb[-1] and proper_head(a) and proper_head(b)


def end_matches(actor: Actor, mention: str, span: str) -> bool:
    """Return True if an edge end (its actor and mention as written) matches a gold span."""
    if texts_match(mention, span):
        return True
    label, words = tokens(actor.label), tokens(span)
    return contains(label, words) or contains(words, label)


def links(edge: Edge, src: str, tgt: str, symmetric: bool) -> bool:
    """Return True if ``edge`` links the spans ``src`` -> ``tgt`` (either way if symmetric)."""
    if end_matches(edge.source, edge.source_text, src) and end_matches(edge.target, edge.target_text, tgt):
        return True
    return symmetric and end_matches(edge.source, edge.source_text, tgt) \
        and end_matches(edge.target, edge.target_text, src)


def linking_edges(event: GoldEvent, edges: Sequence[Edge], vocab: Vocabulary) -> list[Edge]:
    """Return the edges that link one of the actor pairs of ``event``."""
    pairs = event.pairs()
    return [e for e in edges
            if any(links(e, s, t, is_symmetric(e.relation, vocab)) for s, t in pairs)]


def is_symmetric(relation: str, vocab: Vocabulary) -> bool:
    return relation in vocab and vocab[relation].symmetric


def edge_plover(edge: Edge, vocab: Vocabulary) -> str:
    """Return the canonical PLOVER type of an edge (its own, else its relation's; "" if unknown)."""
    if edge.plover:
        return canonical_plover(edge.plover)
    return canonical_plover(vocab[edge.relation].plover) if edge.relation in vocab else ""


def grounded(edge: Edge, spans: Sequence[str]) -> bool:
    """Return True if both ends of ``edge`` match some gold span of its sentence."""
    return any(end_matches(edge.source, edge.source_text, s) for s in spans) \
        and any(end_matches(edge.target, edge.target_text, s) for s in spans)


# -- PLOVER scoring (PLV, GSR) --------------------------------------------------------------------

@dataclass(slots=True)
class PloverTally:
    """Counts behind the PLOVER-style metrics of one set."""

    sentences: int = 0
    events: int = 0
    one_sided: int = 0
    edges: int = 0
    grounded_edges: int = 0
    found: int = 0
    missed_silent: int = 0
    typed_any: int = 0
    typed_top: int = 0
    peer_scored: int = 0
    peer_right: int = 0
    peer_found: int = 0
    peer_found_right: int = 0
    confusions: Counter = field(default_factory=Counter)
    by_type: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    #: per confidence band: edges and grounded edges (is confidence calibrated?)
    bands: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))

    def add_sentence(self, sent: Sentence, edges: Sequence[Edge], vocab: Vocabulary) -> None:
        """Score one sentence's edges against its gold events."""
        self.sentences += 1
        self.edges += len(edges)
        spans = [s for ev in sent.events for s in (*ev.sources, *ev.targets)]
        self.grounded_edges += sum(grounded(e, spans) for e in edges)
        for e in edges:
            band = confidence_band(e.confidence)
            self.bands[band]["edges"] += 1
            self.bands[band]["grounded"] += grounded(e, spans)
        for ev in sent.events:
            if ev.pairs():
                self.add_event(ev, linking_edges(ev, edges, vocab), vocab, silent=not edges)
            else:
                self.one_sided += 1

    def add_event(self, ev: GoldEvent, linked: list[Edge], vocab: Vocabulary, silent: bool) -> None:
        """Score one dyadic gold event given the edges that link its actors.

        ``silent`` tells that the event's sentence yielded no edge at all.
        """
        self.events += 1
        row = self.by_type[ev.plover]
        row["n"] += 1
        if ev.peer:
            self.peer_scored += 1
            self.peer_right += ev.peer == ev.plover
        if not linked:
            self.missed_silent += silent
            return
        self.found += 1
        row["found"] += 1
        if ev.peer:
            self.peer_found += 1
            self.peer_found_right += ev.peer == ev.plover
        top = max(linked, key=lambda e: e.confidence)
        self.typed_top += edge_plover(top, vocab) == ev.plover
        if any(edge_plover(e, vocab) == ev.plover for e in linked):
            self.typed_any += 1
            row["typed"] += 1
        else:
            self.confusions[(ev.plover, edge_plover(top, vocab) or top.relation)] += 1

    def figures(self) -> dict[str, object]:
        """Return the counts and metrics as a JSON-ready dict."""
        return {
            "sentences": self.sentences,
            "gold_events": self.events + self.one_sided,
            "scored_events": self.events,
            "one_sided_events": self.one_sided,
            "edges": self.edges,
            "found_pairs": self.found,
            "pair_recall": ratio(self.found, self.events),
            "type_accuracy": ratio(self.typed_any, self.found),
            "type_accuracy_top_edge": ratio(self.typed_top, self.found),
            "end_to_end_recall": ratio(self.typed_any, self.events),
            "misses_in_silent_sentences": ratio(self.missed_silent, self.events - self.found),
            "edges_per_sentence": ratio(self.edges, self.sentences),
            "grounded_edge_share": ratio(self.grounded_edges, self.edges),
            "grounded_share_by_confidence": {
                band: {"edges": c["edges"], "grounded_share": ratio(c["grounded"], c["edges"])}
                for band, c in sorted(self.bands.items())},
            "peer_type_accuracy_all": ratio(self.peer_right, self.peer_scored),
            "peer_type_accuracy_found": ratio(self.peer_found_right, self.peer_found),
            "confusions": [{"gold": g, "ours": o, "n": n}
                           for (g, o), n in self.confusions.most_common(TOP_CONFUSIONS)],
            "by_type": {t: {"n": c["n"], "pair_recall": ratio(c["found"], c["n"]),
                            "end_to_end_recall": ratio(c["typed"], c["n"])}
                        for t, c in sorted(self.by_type.items(), key=lambda kv: -kv[1]["n"])},
        }


def confidence_band(value: float) -> str:
    """Bucket a confidence for the calibration table."""
    for low in (0.8, 0.6, 0.4):
        if value >= low:
            return f">={low}"
    return "<0.4"


def score_plover(items: Iterable[tuple[Sentence, list[Edge]]], vocab: Vocabulary) -> dict[str, object]:
    """Return the PLOVER-style figures of (sentence, edges) pairs."""
    tally = PloverTally()
    for sent, edges in items:
        tally.add_sentence(sent, edges, vocab)
    return tally.figures()


# -- extraction -----------------------------------------------------------------------------------

@dataclass(slots=True)
class Timer:
    """Sentences extracted and seconds spent in extraction (model loading excluded)."""

    sentences: int = 0
    seconds: float = 0.0

    def rate(self) -> float | None:
        return ratio(self.sentences, self.seconds)


def extract_all(extractor: Extractor, sentences: Sequence[Sentence], timer: Timer) -> list[list[Edge]]:
    """Return the edges of every sentence (``extract_many``, batches of :data:`BATCH_SIZE`)."""
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", kgraph.NotEnglishWarning)
        items = ((s.text, s.id, s.date) for s in sentences)
        out = list(extractor.extract_many(items, batch_size=BATCH_SIZE))
    timer.sentences += len(sentences)
    timer.seconds += time.perf_counter() - start
    return out


def with_speed(figures: dict[str, object], timer: Timer) -> dict[str, object]:
    """Add the extraction time and speed of a set to its figures."""
    figures["extraction_seconds"] = timer.seconds
    figures["sentences_extracted"] = timer.sentences
    figures["sentences_per_second"] = timer.rate()
    return figures


# -- PETRARCH validation ------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class CameoEvent:
    """An expected PETRARCH coding: actor codes and CAMEO event code."""

    source: str
    target: str
    code: str

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True, slots=True)
class PetrarchEntry:
    """One actor entry of the PETRARCH dictionary: code, names (upper case), date restrictions."""

    code: str
    names: tuple[str, ...]
    restrictions: tuple[tuple[str, str], ...] = ()

    def valid_names(self, date: str | None) -> list[str]:
        """Return the names usable on ``date`` (ISO); all of them when the date is unknown."""
        rules = dict(self.restrictions)
        return [n for n in self.names if n not in rules or date is None or restriction_holds(rules[n], date)]


def restriction_date(raw: str) -> str:
    """Return ``YYYYMMDD`` from a PETRARCH date (``YYMMDD`` years read as 1930-2029)."""
    raw = raw.strip()
    if len(raw) == 6:
        raw = ("19" if int(raw[:2]) >= 30 else "20") + raw
    return raw


def restriction_holds(rule: str, date: str) -> bool:
    """Return True if ``date`` (ISO) satisfies a PETRARCH restriction: ``<D``, ``>D`` or ``D1-D2``."""
    day = date.replace("-", "")
    rule = rule.replace(" ", "")
    if rule.startswith("<"):
        return day < restriction_date(rule[1:])
    if rule.startswith(">"):
        return day > restriction_date(rule[1:])
    lo, _, hi = rule.partition("-")
    return restriction_date(lo) <= day <= restriction_date(hi)


def load_petrarch_entries(directory: Path) -> tuple[list[PetrarchEntry], int]:
    """Return the actor entries of ``petrarch2_actors.jsonl`` and the number of agent entries.

    Agent entries (role words such as PRESIDENT or POLICE that PETRARCH combines with a country
    code) are not loaded: as standalone actors they would swallow the country they modify, and
    kgraph's own organ and generic-head rules cover such phrases.
    """
    entries, agents = [], 0
    for row in read_jsonl(directory / PETRARCH_ACTORS_FILE):
        if row.get("kind") != "actor":
            agents += 1
            continue
        rules = tuple(sorted((row.get("restrictions") or {}).items()))
        entries.append(PetrarchEntry(row["code"], tuple(row["names"]), rules))
    return entries, agents


def primary_code(code: str) -> str:
    """Return the primary actor part of a PETRARCH code (``GONGOV`` -> ``GON``)."""
    return code[:6] if code[:3] in ("IGO", "IMG") else code[:3]


def petrarch_key(code: str) -> str:
    """Return a kgraph actor key for a PETRARCH code (characters other than a-z0-9 as hex)."""
    return "petrarch-" + "".join(c if c.isalnum() else f"{ord(c):x}" for c in code.lower())


def display_name(name: str) -> str:
    """Return a PETRARCH upper-case name as written in news ("MINAS TIRITH" -> "Minas Tirith").

    Short all-acronym names ("UN", "THE AU", "U.S.") stay upper case; kgraph matches names written
    in capitals case-sensitively.
    """
    words = name.split()
    content = [w for w in words if w.lower() not in STOPWORDS]
    acronym = all(len(re.sub(r"[^A-Za-z]", "", w)) <= 3 for w in content)
    out = []
    for i, w in enumerate(words):
        if "." in w or (acronym and w.lower() not in STOPWORDS):
            out.append(w)
        elif w.lower() in STOPWORDS and i > 0:
            out.append(w.lower())
        else:
            out.append("-".join(p.capitalize() for p in w.split("-")))
    return " ".join(out)


def petrarch_kind(code: str) -> str:
    """Return a kgraph actor kind for a PETRARCH code (three letters: a state)."""
    if code[:3] in ("IGO", "NGO", "NGM", "IMG"):
        return "organization"
    return "state" if len(code) == 3 and code.isalpha() else "group"


def petrarch_dictionary(entries: Sequence[PetrarchEntry], date: str | None
                        ) -> tuple[ActorDictionary, dict[str, set[str]]]:
    """Return the shipped dictionary extended with the PETRARCH actors valid on ``date``.

    Also returns, for each primary code, the keys of the kgraph actors its names resolve to.
    A name the shipped dictionary already knows ("Washington", "Iraq") is not added again: it is
    credited to the shipped actor(s). A name several codes share is added once, to the record of
    its first code, and credited to every code. PETRARCH prefix names ("ARGENTIN") match
    literally only.
    """
    actors = kgraph.default_actors()
    owners: dict[str, list[str]] = {}
    for entry in entries:
        for name in entry.valid_names(date):
            owners.setdefault(display_name(name), []).append(entry.code)
    records: dict[str, dict] = {}
    code_keys: dict[str, set[str]] = defaultdict(set)
    for name, codes in owners.items():
        shipped = [a.id.rsplit("/", 1)[-1] for a in actors.candidates(name)]
        if not shipped:
            key = petrarch_key(codes[0])
            rec = records.setdefault(key, {"key": key, "label": name, "kind": petrarch_kind(codes[0]),
                                           "aliases": [], "cameo": codes[0]})
            rec["aliases"].append(name)
        for code in codes:
            code_keys[primary_code(code)].update(shipped or [petrarch_key(codes[0])])
    actors.add_records(records.values(), where=PETRARCH_ACTORS_FILE)
    return actors, code_keys


def restriction_signature(entries: Sequence[PetrarchEntry], date: str | None) -> tuple:
    """Return which date-restricted names hold on ``date`` (equal signatures: equal dictionaries)."""
    return tuple((e.code, n) for e in entries for n, _ in e.restrictions if n in e.valid_names(date))


def petrarch_events(rec: dict, dropped: Counter) -> list[CameoEvent]:
    """Return the valid CAMEO events of a record, counting invalid ones in ``dropped``."""
    out = []
    for ev in rec["events"]:
        if ev.get("cameo_valid") is False:
            dropped["invalid_cameo_events"] += 1
            continue
        out.append(CameoEvent(str(ev.get("source") or ""), str(ev.get("target") or ""), str(ev["cameo"])))
    return out


def load_petrarch(directory: Path) -> tuple[list[Sentence], Counter]:
    """Return the scorable PETRARCH sentences and the counts of what was skipped."""
    counts: Counter = Counter()
    kept = []
    for rec in read_jsonl(directory / PETRARCH_FILE):
        counts["records"] += 1
        if rec.get("evaluate") is False:
            counts["skipped_not_evaluated"] += 1
        elif rec.get("expected_error"):
            counts["skipped_expected_error"] += 1
        else:
            events = petrarch_events(rec, counts)
            if rec["events"] and not events:
                counts["skipped_only_invalid_codes"] += 1
            else:
                kept.append((rec, events))
    sentences, merged = dedupe(kept)
    counts["duplicates_merged"] = merged
    return sentences, counts


def actor_keys(actor: Actor, actors: ActorDictionary) -> set[str]:
    """Return the keys of ``actor`` and of the actors it is affiliated with."""
    keys = {actor.id.rsplit("/", 1)[-1]}
    keys.update(aff.actor.rsplit("/", 1)[-1] for aff in actor.affiliations)
    state = actors.state_of(actor)
    if state is not None:
        keys.add(state.id.rsplit("/", 1)[-1])
    return keys


@dataclass(slots=True)
class CodeMatcher:
    """Compares expected PETRARCH actor codes with the actors of edges (see the module docstring)."""

    actors: ActorDictionary
    code_keys: dict[str, set[str]]

    def mappable(self, code: str) -> bool:
        return primary_code(code) in self.code_keys or code.startswith("---")

    def matches(self, code: str, actor: Actor) -> bool:
        keys = actor_keys(actor, self.actors)
        if keys & self.code_keys.get(primary_code(code), set()):
            return True
        known = set().union(*self.code_keys.values())
        return code.startswith("---") and not keys & known


def relation_roots(relation: str, vocab: Vocabulary) -> set[str]:
    """Return the two-digit CAMEO roots of a relation's codes."""
    return {c[:2] for c in vocab[relation].cameo} if relation in vocab else set()


def edge_roots(edge: Edge, vocab: Vocabulary) -> set[str]:
    """The roots of an edge's own CAMEO code and of its relation's codes."""
    own = {edge.cameo[:2]} if edge.cameo else set()
    return own | relation_roots(edge.relation, vocab)


@dataclass(slots=True)
class PetrarchTally:
    """Counts behind the PETRARCH metrics."""

    sentences: int = 0
    edges: int = 0
    events: int = 0
    roots_found: int = 0
    with_events: int = 0
    all_roots: int = 0
    dyad_scored: int = 0
    dyad_found: int = 0
    unmappable: int = 0
    null: int = 0
    silent: int = 0
    missed_roots: Counter = field(default_factory=Counter)

    def add_sentence(self, sent: Sentence, edges: Sequence[Edge], matcher: CodeMatcher,
                     vocab: Vocabulary) -> None:
        """Score one sentence's edges against its expected codings."""
        self.sentences += 1
        self.edges += len(edges)
        if sent.null:
            self.null += 1
            self.silent += not edges
            return
        produced = set().union(*(edge_roots(e, vocab) for e in edges))
        self.with_events += 1
        self.all_roots += all(ev.root in produced for ev in sent.events)
        for ev in sent.events:
            self.events += 1
            if ev.root in produced:
                self.roots_found += 1
            else:
                self.missed_roots[ev.root] += 1
            if not (matcher.mappable(ev.source) and matcher.mappable(ev.target)):
                self.unmappable += 1
                continue
            self.dyad_scored += 1
            self.dyad_found += any(self.produces(ev, e, matcher, vocab) for e in edges)

    @staticmethod
    def produces(ev: CameoEvent, edge: Edge, matcher: CodeMatcher, vocab: Vocabulary) -> bool:
        """Return True if ``edge`` has the event's root and actors (either way if symmetric)."""
        if ev.root not in edge_roots(edge, vocab):
            return False
        if matcher.matches(ev.source, edge.source) and matcher.matches(ev.target, edge.target):
            return True
        return is_symmetric(edge.relation, vocab) and matcher.matches(ev.source, edge.target) \
            and matcher.matches(ev.target, edge.source)

    def figures(self) -> dict[str, object]:
        return {
            "sentences": self.sentences,
            "sentences_with_events": self.with_events,
            "expected_events": self.events,
            "edges": self.edges,
            "root_recall": ratio(self.roots_found, self.events),
            "sentences_all_roots": ratio(self.all_roots, self.with_events),
            "dyad_scored_events": self.dyad_scored,
            "dyad_unmappable_events": self.unmappable,
            "dyad_recall": ratio(self.dyad_found, self.dyad_scored),
            "null_sentences": self.null,
            "silence_on_null": ratio(self.silent, self.null),
            "edges_per_sentence": ratio(self.edges, self.sentences),
            "most_missed_roots": dict(self.missed_roots.most_common(8)),
        }


def run_petrarch(directory: Path, limit: int | None, vocab: Vocabulary) -> dict[str, object]:
    """Extract and score the PETRARCH validation sentences (one dictionary per date signature)."""
    sentences, counts = load_petrarch(directory)
    sentences = sentences[:limit]
    entries, agents = load_petrarch_entries(directory)
    groups: dict[tuple, list[Sentence]] = defaultdict(list)
    for sent in sentences:
        groups[restriction_signature(entries, sent.date)].append(sent)
    tally, timer = PetrarchTally(), Timer()
    for group in groups.values():
        actors, code_keys = petrarch_dictionary(entries, group[0].date)
        extractor = Extractor(actors=actors, vocabulary=vocab, collectives=True)
        matcher = CodeMatcher(actors, code_keys)
        for sent, edges in zip(group, extract_all(extractor, group, timer)):
            tally.add_sentence(sent, edges, matcher, vocab)
    figures = tally.figures()
    figures.update({k: counts[k] for k in sorted(counts)}, actor_entries=len(entries),
                   agent_entries_not_loaded=agents, dictionaries=len(groups))
    return with_speed(figures, timer)


# -- PLV and GSR runs -----------------------------------------------------------------------------

@dataclass(slots=True)
class PloverRun:
    """Extraction results of a PLOVER-coded set, kept for pooling."""

    sentences: list[Sentence]
    edges: list[list[Edge]]
    figures: dict[str, object]


def run_plover_set(sentences: list[Sentence], load_counts: dict[str, int], extractor: Extractor,
                   vocab: Vocabulary) -> PloverRun:
    """Extract and score a PLOVER-coded set."""
    timer = Timer()
    edges = extract_all(extractor, sentences, timer)
    figures = score_plover(zip(sentences, edges), vocab)
    figures.update(load_counts)
    return PloverRun(sentences, edges, with_speed(figures, timer))


def pooled(plv: PloverRun, gsr: PloverRun, overlaps: dict[str, set[str]],
           vocab: Vocabulary) -> dict[str, object]:
    """Score PLV and GSR together, counting a sentence found in both once (PLV annotation)."""
    plv_ids = {i for s in plv.sentences for i in s.ids}
    extra = [(s, e) for s, e in zip(gsr.sentences, gsr.edges)
             if not any(overlaps.get(i, set()) & plv_ids for i in s.ids)]
    figures = score_plover([*zip(plv.sentences, plv.edges), *extra], vocab)
    figures["gsr_sentences_also_in_plv"] = len(gsr.sentences) - len(extra)
    return figures


# -- report ---------------------------------------------------------------------------------------

def fmt(value: object) -> str:
    """Return a metric with three decimals ("n/a" when undefined)."""
    return "n/a" if value is None else f"{value:.3f}"


def plover_lines(title: str, f: dict[str, object], detail: bool = True) -> list[str]:
    """Return the report lines of PLOVER-style figures."""
    speed = f"   speed {fmt(f['sentences_per_second'])} sentences/s" if "sentences_per_second" in f else ""
    lines = [title,
             f"  sentences {f['sentences']}   gold events {f['gold_events']} (scored {f['scored_events']}, "
             f"one-sided {f['one_sided_events']})   edges {f['edges']}{speed}",
             f"  pair recall                   {fmt(f['pair_recall'])}   ({f['found_pairs']} found)",
             f"  type accuracy on found pairs  {fmt(f['type_accuracy'])}   "
             f"(highest-confidence edge only {fmt(f['type_accuracy_top_edge'])})",
             f"  end-to-end recall             {fmt(f['end_to_end_recall'])}",
             f"  misses in silent sentences    {fmt(f['misses_in_silent_sentences'])}",
             f"  edges per sentence            {fmt(f['edges_per_sentence'])}",
             f"  grounded edge share           {fmt(f['grounded_edge_share'])}",
             "  grounded share by confidence  " + "   ".join(
                 f"{band}: {fmt(v['grounded_share'])} (n={v['edges']})"
                 for band, v in f.get("grounded_share_by_confidence", {}).items())]
    if detail and f.get("peer_type_accuracy_all") is not None:
        lines.append(f"  peer ZSP-L2 type accuracy given the gold pair: {fmt(f['peer_type_accuracy_all'])} "
                     f"on all scored events, {fmt(f['peer_type_accuracy_found'])} on the pairs kgraph found")
    if not detail:
        return lines
    lines.append("  by gold type                  n   pair   e2e")
    for name, row in f["by_type"].items():
        pair, e2e = fmt(row["pair_recall"]), fmt(row["end_to_end_recall"])
        lines.append(f"    {name:<24}{row['n']:>5}  {pair}  {e2e}")
    lines.append("  most frequent confusions on found pairs (gold -> ours)")
    lines.extend(f"    {c['gold']:>10} -> {c['ours']:<10} {c['n']}" for c in f["confusions"])
    return lines


def petrarch_lines(f: dict[str, object]) -> list[str]:
    """Return the report lines of the PETRARCH figures."""
    skipped = (f"not evaluated {f.get('skipped_not_evaluated', 0)}, "
               f"expected error {f.get('skipped_expected_error', 0)}, "
               f"only invalid codes {f.get('skipped_only_invalid_codes', 0)}, "
               f"duplicates merged {f.get('duplicates_merged', 0)}")
    missed = ", ".join(f"{root}:{n}" for root, n in f["most_missed_roots"].items())
    return [
        f"PETRARCH validation ({PETRARCH_FILE}, dictionary {PETRARCH_ACTORS_FILE})",
        f"  records {f['records']}; skipped: {skipped}",
        f"  sentences {f['sentences']} (with events {f['sentences_with_events']}, null {f['null_sentences']})"
        f"   expected events {f['expected_events']} "
        f"(in the file, {f.get('invalid_cameo_events', 0)} invalid-CAMEO events dropped)"
        f"   edges {f['edges']}   speed {fmt(f['sentences_per_second'])} sentences/s",
        f"  actor entries loaded {f['actor_entries']} "
        f"(agent entries not loaded {f['agent_entries_not_loaded']}),"
        f" {f['dictionaries']} date-specific dictionaries",
        f"  root recall                   {fmt(f['root_recall'])}",
        f"  sentences with all roots      {fmt(f['sentences_all_roots'])}",
        f"  dyad recall                   {fmt(f['dyad_recall'])}   ({f['dyad_scored_events']} events; "
        f"{f['dyad_unmappable_events']} with unmappable codes left out)",
        f"  silence on null records       {fmt(f['silence_on_null'])}",
        f"  edges per sentence            {fmt(f['edges_per_sentence'])}",
        f"  most missed roots (root:n)    {missed}",
    ]


# -- main -----------------------------------------------------------------------------------------

def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="score at most N sentences per set")
    parser.add_argument("--split", choices=("test", "train", "all"), default="test", help="PLV split")
    parser.add_argument("--only", choices=("plv", "petrarch", "plover"), help="run one set only")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the figures as JSON")
    parser.add_argument("--collectives", choices=("on", "off"), default="on",
                        help="let civilians, protesters, refugees... be edge ends, as the PLOVER and "
                             "CAMEO schemes code them (on, the default here) or not (off, kgraph's default)")
    return parser.parse_args(argv)


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def plv_overlap(sentences: Sequence[Sentence], overlaps: dict[str, set[str]],
                directory: Path) -> dict[str, int]:
    """Return how many of ``sentences`` also occur in each PLV split (per ``overlap_index.jsonl``)."""
    split_of = {r["id"]: record_split(r) for r in read_jsonl(directory / PLV_FILE)}
    out: Counter = Counter()
    for sent in sentences:
        out.update({split_of[o] for i in sent.ids for o in overlaps.get(i, ()) if o in split_of})
    return {split: out[split] for split in ("test", "train")}


def run_plover_sets(args: argparse.Namespace, directory: Path, wanted: set[str],
                    vocab: Vocabulary) -> tuple[dict[str, object], list[str]]:
    """Run PLV and/or the PLOVER GSR (and their pool when both run)."""
    extractor = Extractor(vocabulary=vocab, collectives=args.collectives == "on")
    overlaps = overlap_map(directory)
    runs: dict[str, PloverRun] = {}
    lines: list[str] = []
    if "plv" in wanted:
        sentences, counts = load_plv(directory, args.split)
        progress(f"PLV: extracting {len(sentences[:args.limit])} sentences")
        runs["plv"] = run_plover_set(sentences[:args.limit], counts, extractor, vocab)
        lines += [*plover_lines(f"PLV ({PLV_FILE}, split {args.split})", runs["plv"].figures), ""]
    if "plover" in wanted:
        sentences, counts = load_gsr(directory)
        progress(f"PLOVER GSR: extracting {len(sentences[:args.limit])} sentences")
        gsr = runs["plover_gsr"] = run_plover_set(sentences[:args.limit], counts, extractor, vocab)
        also = gsr.figures["also_in_plv"] = plv_overlap(gsr.sentences, overlaps, directory)
        title = f"PLOVER GSR ({GSR_FILE}; sentences also in PLV test {also['test']}, train {also['train']})"
        lines += [*plover_lines(title, gsr.figures), ""]
    figures: dict[str, object] = {name: r.figures for name, r in runs.items()}
    if len(runs) == 2:
        pool = figures["pooled_plv_gsr"] = pooled(runs["plv"], runs["plover_gsr"], overlaps, vocab)
        title = (f"Pooled PLV ({args.split}) + GSR, {pool['gsr_sentences_also_in_plv']} "
                 "GSR sentences already in PLV counted once")
        lines += [*plover_lines(title, pool, detail=False), ""]
    return figures, lines


def run(args: argparse.Namespace, directory: Path) -> tuple[dict[str, object], list[str]]:
    """Run the selected sets; return the figures and the report lines."""
    vocab = kgraph.default_vocabulary()
    figures: dict[str, object] = {"data_dir": str(directory), "plv_split": args.split}
    lines = [f"kgraph peer benchmark   data: {directory}   kgraph {kgraph.__version__}", ""]
    wanted = {args.only} if args.only else {"plv", "plover", "petrarch"}
    if wanted & {"plv", "plover"}:
        more, more_lines = run_plover_sets(args, directory, wanted, vocab)
        figures.update(more)
        lines += more_lines
    if "petrarch" in wanted:
        progress("PETRARCH validation: extracting")
        figures["petrarch"] = run_petrarch(directory, args.limit, vocab)
        lines += [*petrarch_lines(figures["petrarch"]), ""]
    timed = [f for f in figures.values() if isinstance(f, dict) and "extraction_seconds" in f]
    total = Timer(sum(f["sentences_extracted"] for f in timed), sum(f["extraction_seconds"] for f in timed))
    figures["sentences_per_second"] = total.rate()
    lines.append(f"Extraction speed {fmt(total.rate())} sentences/s ({total.sentences} sentences in "
                 f"{total.seconds:.1f} s, batch size {BATCH_SIZE}, model loading excluded)")
    return figures, lines


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    directory = peer_dir()
    figures, lines = run(args, directory)
    print("\n".join(lines).rstrip())
    if args.json:
        args.json.write_text(json.dumps(rounded(figures), indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    return 0


def rounded(value: object) -> object:
    """Return ``value`` with every float rounded to three decimals (for the JSON output)."""
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, dict):
        return {k: rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [rounded(v) for v in value]
    return value


if __name__ == "__main__":
    sys.exit(main())
