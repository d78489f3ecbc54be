"""Identifiers are checked where they come in: actor files and RDF files (issue 13.3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kgraph


def _actor_file(tmp_path: Path, **fields: object) -> Path:
    rec = {"key": "acme-league", "label": "Acme League", "kind": "organization", "aliases": ["ACL"], **fields}
    p = tmp_path / "actors.jsonl"
    # a comment and a blank line first: the record is on line 4
    first = json.dumps({"key": "zed", "label": "Zed"})
    p.write_text(f"# my actors\n\n{first}\n{json.dumps(rec)}\n", encoding="utf-8")
    return p


@pytest.mark.parametrize("wikidata", ["Q1 <x>", "Q1>", "x", "Q", "Q12 ", "Q1\n", 42, ["Q1"]])
def test_an_actor_file_with_a_bad_wikidata_id_is_refused_with_file_and_line(tmp_path, wikidata):
    p = _actor_file(tmp_path, wikidata=wikidata)
    with pytest.raises(kgraph.VocabularyError, match=rf"{p.name}:4: 'wikidata'"):
        kgraph.load_actors(p)


@pytest.mark.parametrize("field", [{"part_of": "a b"}, {"roles": [{"role": "leader", "of": "x>y"}]}])
def test_an_actor_reference_that_is_no_key_is_a_vocabulary_error(tmp_path, field):
    with pytest.raises(kgraph.VocabularyError, match=r":4: an actor reference"):
        kgraph.load_actors(_actor_file(tmp_path, **field))


def test_a_good_wikidata_id_loads(tmp_path):
    actors = kgraph.load_actors(_actor_file(tmp_path, wikidata="Q42"))
    assert actors.lookup("ACL").wikidata == "Q42"


@pytest.mark.parametrize("store", ["memory", "oxigraph"])
@pytest.mark.parametrize("line", ["<bad iri> <http://example.org/p> \"x\" .",
                                  "<http://example.org/s> <http://example.org/p> <http://a{b}> .",
                                  "<relative> <http://example.org/p> \"x\" ."])
def test_rdf_with_an_invalid_or_relative_iri_is_refused_with_file_and_line(tmp_path, store, line):
    p = tmp_path / "bad.ttl"
    p.write_text("@prefix ex: <http://example.org/> .\nex:a ex:p ex:b .\n" + line + "\n", encoding="utf-8")
    with pytest.raises(kgraph.RDFParseError, match=r"bad\.ttl.*line 3"):
        kgraph.load(p, store=store)


def test_rdf_with_a_base_resolves_relative_iris(tmp_path):
    p = tmp_path / "based.ttl"
    p.write_text("@base <http://example.org/> .\n<s> <p> <o> .\n", encoding="utf-8")
    kg = kgraph.load(p)
    assert {str(s) for s in kg.rdf.subjects()} == {"http://example.org/s"}
