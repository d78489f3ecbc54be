"""Questions about actors: affiliated actors, who/whom, timelines, profiles, example SPARQL."""

from collections import Counter

import pytest

import kgraph
from kgraph.query import EVIDENCE_FROM_OUTLET, PLANNED_MEETINGS, SPARQL_QUERIES, WHO_VETOED_WHOM


@pytest.fixture(scope="module")
def kg():
    g = kgraph.KnowledgeGraph()
    g.add_text("Lavrov condemned NATO. Ukraine condemned Russia. Guterres met Putin. "
               "The Security Council condemned Iran.", doc_id="a", date="2024-03-01")
    g.add_text("Trump condemned Iran. Putin will meet Guterres next week.", doc_id="b",
               date="2022-06-01")
    g.add_text("Trump condemned Iran. Peskov did not criticize the United Nations.", doc_id="c",
               date="2025-03-01")
    return g


def _affiliated_on(actor, org_id, date):
    return any(a.actor == org_id and a.valid_on(date) for a in actor.affiliations)


# -- affiliated actors ------------------------------------------------------------------------
def test_state_includes_its_officials(kg):
    russia = kg.edges(source="Russia")
    wide = kg.edges(source="Russia", include_affiliated=True)
    assert all(e in wide for e in russia)
    sources = {e.source.label for e in wide}
    assert {"Sergei Lavrov", "Vladimir Putin", "Dmitry Peskov"} <= sources
    ru = kgraph.default_actors().lookup("Russia").id
    for e in wide:
        assert e.source.id == ru or _affiliated_on(e.source, ru, e.date), str(e)


def test_affiliation_respects_dates(kg):
    us = kg.edges(source="United States", include_affiliated=True)
    # Trump condemned Iran in 2022 (out of office) and in 2025 (president): only 2025 counts
    assert [e.doc_id for e in us] == ["c"]
    assert {e.doc_id for e in kg.edges(source="Trump")} == {"b", "c"}


def test_affiliation_is_transitive_and_covers_organs(kg):
    un = kgraph.query.filter_edges(kg, actor="United Nations", include_affiliated=True)
    labels = {e.source.label for e in un} | {e.target.label for e in un}
    assert {"UN Security Council", "António Guterres", "United Nations"} <= labels
    assert kgraph.query.filter_edges(kg, actor="United Nations") == [
        e for e in un if "United Nations" in (e.source.label, e.target.label)]


def test_affiliates_lists_stored_actors_only(kg):
    names = [a.label for a in kgraph.affiliates(kg, "Russia")]
    assert names == sorted(names)
    assert {"Sergei Lavrov", "Vladimir Putin", "Dmitry Peskov"} <= set(names)
    assert "Russia" not in names
    stored = {a.id for a in kg.actors()}
    assert all(a.id in stored for a in kgraph.affiliates(kg, "Russia"))
    assert [a.label for a in kgraph.affiliates(kg, "United States", date="2022-06-01")] == []
    assert [a.label for a in kgraph.affiliates(kg, "United States", date="2025-06-01")] == ["Donald Trump"]


def test_unknown_actor_is_an_input_error(kg):
    with pytest.raises(kgraph.InputError, match="Atlantis"):
        kgraph.who(kg, "condemns", "Atlantis")
    with pytest.raises(kgraph.InputError, match="Atlantis"):
        kg.profile("Atlantis")
    # filters behave like kg.edges(): an unknown name matches nothing
    assert kg.edges(source="Atlantis") == kg.edges(source="Atlantis", include_affiliated=True) == []
    assert kgraph.filter_edges(kg, actor="Atlantis") == []


def test_other_filters_still_apply_with_affiliates(kg):
    wide = kg.edges(source="Russia", include_affiliated=True, modality="asserted", negated=False)
    assert wide and all(e.asserted for e in wide)
    assert all(e.doc_id == "a" for e in kg.edges(source="Russia", include_affiliated=True, doc_id="a"))
    assert all(e.date >= "2025-01-01" for e in kg.edges(source="Russia", include_affiliated=True,
                                                          since="2025-01-01"))


# -- who / whom -------------------------------------------------------------------------------
def test_who_counts_sources_of_asserted_events(kg):
    assert kg.who("condemns", "Iran") == [("Donald Trump", 2), ("UN Security Council", 1)]
    # Peskov's criticism of the UN is denied: not counted by default, counted when asked
    assert kg.who("condemns", "United Nations") == []
    assert kg.who("condemns", "United Nations", negated=True) == [("Dmitry Peskov", 1)]


def test_who_with_a_symmetric_relation_looks_both_ways(kg):
    assert ("António Guterres", 1) in kg.who("meets", "Putin")
    assert ("Vladimir Putin", 1) in kg.who("meets", "Guterres")
    assert kg.who("meets", "Guterres", modality=None) == [("Vladimir Putin", 2)]


def test_who_and_whom_agree_on_the_seeds(seeds_kg):
    for rel in ("condemns", "meets", "requests", "rejects", "accuses"):
        asserted = seeds_kg.edges(relation=rel, modality="asserted", negated=False)
        for e in asserted:
            assert e.source.label in dict(seeds_kg.who(rel, e.target))
            assert e.target.label in dict(seeds_kg.whom(e.source, rel))
        for target in {e.target.label for e in asserted}:
            answer = seeds_kg.who(rel, target)
            assert [n for _, n in answer] == sorted((n for _, n in answer), reverse=True)
            if not seeds_kg.vocabulary[rel].symmetric:
                assert sum(n for _, n in answer) == len(
                    seeds_kg.edges(relation=rel, target=target, modality="asserted", negated=False))


def test_who_with_affiliates_is_a_superset(seeds_kg):
    for target in ("Russia", "United Nations", "Ukraine"):
        narrow = dict(seeds_kg.who("meets", target, modality=None, negated=None))
        wide = dict(seeds_kg.who("meets", target, modality=None, negated=None, include_affiliated=True))
        assert all(wide.get(k, 0) >= n for k, n in narrow.items())


# -- timeline ---------------------------------------------------------------------------------
def test_timeline_is_both_directions_sorted_with_evidence(seeds_kg):
    for a, b in [("António Guterres", "Vladimir Putin"), ("Russia", "Ukraine")]:
        rows = seeds_kg.timeline(a, b)
        expected = seeds_kg.edges(source=a, target=b) + seeds_kg.edges(source=b, target=a)
        assert len(rows) == len(expected) > 0
        assert Counter(r["sentence"] for r in rows) == Counter(e.sentence for e in expected)
        assert {frozenset((r["source"], r["target"])) for r in rows} == {frozenset((a, b))}
        dates = [r["date"] for r in rows]
        assert dates == sorted(dates)
        assert all(r["sentence"] and r["doc_id"] and r["title"] for r in rows)


def _belongs(actor, org_id, date, actors, depth=3):
    """The actor is org_id or affiliated with it on date, directly or through another actor."""
    if actor.id == org_id:
        return True
    if depth == 0:
        return False
    return any(a.valid_on(date) and a.actor in actors and _belongs(actors[a.actor], org_id, date,
                                                                     actors, depth - 1)
               for a in actor.affiliations) or _affiliated_on(actor, org_id, date)


def test_timeline_of_russia_and_the_un_with_affiliates(seeds_kg):
    narrow = seeds_kg.timeline("Russia", "United Nations")
    wide = seeds_kg.timeline("Russia", "United Nations", include_affiliated=True)
    assert len(wide) > len(narrow)  # Guterres (UN Secretary-General) met Putin
    assert all(r in wide for r in narrow)
    actors = {a.id: a for a in seeds_kg.actors()}
    ru, un = seeds_kg.actor("Russia").id, seeds_kg.actor("United Nations").id
    by_sentence = {}
    for e in seeds_kg.edges():
        by_sentence.setdefault((e.sentence, e.source.label, e.relation, e.target.label), e)
    for r in wide:
        e = by_sentence[(r["sentence"], r["source"], r["relation"], r["target"])]
        s, t = e.source, e.target
        assert ((_belongs(s, ru, e.date, actors) and _belongs(t, un, e.date, actors))
                or (_belongs(s, un, e.date, actors) and _belongs(t, ru, e.date, actors))), str(e)


def test_timeline_relation_filter(kg):
    rows = kg.timeline("Putin", "Guterres", relation="meets")
    assert [r["modality"] for r in rows] == ["planned", "asserted"]  # 2022 plan, then 2024 meeting
    assert [r["date"] for r in rows] == ["2022-06-01", "2024-03-01"]
    assert kg.timeline("Putin", "Guterres", relation="condemns") == []


# -- profile ----------------------------------------------------------------------------------
def test_profile_counts_match_the_edges(seeds_kg):
    for name in ("Russia", "Vladimir Putin", "Ukraine"):
        p = seeds_kg.profile(name)
        mine = kgraph.filter_edges(seeds_kg, actor=name, modality="asserted", negated=False)
        assert p["actor"] == seeds_kg.actor(name).label
        assert p["events"] == len(mine)
        assert p["documents"] == len({e.doc_id for e in mine})
        dates = sorted(e.date for e in mine if e.date)
        assert (p["first_seen"], p["last_seen"]) == (dates[0], dates[-1])
        out_events = sum(n for pairs in p["as_source"].values() for _, n in pairs)
        in_events = sum(n for pairs in p["as_target"].values() for _, n in pairs)
        # an event counts once per side the actor is on, twice if the relation is symmetric
        assert out_events + in_events == sum(
            (2 if seeds_kg.vocabulary[e.relation].symmetric else 1) * (2 if e.source.id == e.target.id else 1)
            for e in mine)


def test_profile_with_affiliates_and_affiliations(kg):
    p = kg.profile("Putin")
    assert p["kind"] == "person"
    assert ("Russia", "president") in p["affiliations"]
    wide = kg.profile("Russia", include_affiliated=True)
    assert wide["events"] > kg.profile("Russia")["events"]
    assert ("NATO", 1) in wide["as_source"]["condemns"]  # Lavrov's condemnation


# -- example SPARQL queries --------------------------------------------------------------------
def _key(row):
    return (row["source"], row["target"], row["sentence"])


def test_example_queries_are_documented():
    assert set(SPARQL_QUERIES) == {"who_vetoed_whom", "planned_meetings", "evidence_from_outlet"}
    for text in SPARQL_QUERIES.values():
        assert text.lstrip().startswith("#")  # each says what it answers


def test_who_vetoed_whom():
    g = kgraph.KnowledgeGraph()
    g.add_text("Russia vetoed the resolution drafted by France. China did not veto the draft by "
               "Britain.", doc_id="v", date="2024-01-10")
    rows = g.sparql(WHO_VETOED_WHOM)
    expected = g.edges(relation="vetoes", modality="asserted", negated=False)
    assert {_key(r) for r in rows} == {(e.source.label, e.target.label, e.sentence) for e in expected}
    assert ("Russia", "France") in {(r["source"], r["target"]) for r in rows}
    assert all(r["source"] != "China" for r in rows)


def test_who_vetoed_whom_on_the_seeds(seeds_kg):
    rows = seeds_kg.sparql(WHO_VETOED_WHOM)
    expected = seeds_kg.edges(relation="vetoes", modality="asserted", negated=False)
    assert sorted(map(_key, rows)) == sorted((e.source.label, e.target.label, e.sentence) for e in expected)


def test_planned_meetings_on_the_seeds(seeds_kg):
    rows = seeds_kg.sparql(PLANNED_MEETINGS)
    expected = seeds_kg.edges(relation="meets", modality="planned", negated=False)
    assert rows, "the seeds announce meetings (Guterres to meet Putin)"
    assert Counter((r["source"], r["relation"], r["target"], r["sentence"]) for r in rows) == Counter(
        (e.source.label, e.relation, e.target.label, e.sentence) for e in expected)


def test_evidence_from_one_outlet_on_the_seeds(seeds_kg):
    outlets = {d.outlet for d in seeds_kg.documents() if d.outlet}
    assert outlets
    for outlet in outlets:
        docs = {d.id for d in seeds_kg.documents() if d.outlet == outlet}
        rows = seeds_kg.sparql(EVIDENCE_FROM_OUTLET, outlet=outlet)
        expected = [e for e in seeds_kg.edges() if e.doc_id in docs]
        assert len(rows) == len(expected)
        assert {r["publisher"] for r in rows} <= {outlet}
        assert Counter(r["sentence"] for r in rows) == Counter(e.sentence for e in expected)
    # a substring, any case, is enough; a hostile value is only ever a literal
    some = sorted(outlets)[0]
    assert len(seeds_kg.sparql(EVIDENCE_FROM_OUTLET, outlet=some.split()[-1].upper())) >= 1
    assert seeds_kg.sparql(EVIDENCE_FROM_OUTLET, outlet='x")) } DROP ALL; #') == []
