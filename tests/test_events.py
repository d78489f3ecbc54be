"""Events and mentions (issue 15): reports of one fact consolidated, incrementally and undoably."""

import random

import pytest

import kgraph
from kgraph.events import Consolidator, consolidate, outlet_of

VETOES = {
    "tass": "Russia vetoed the resolution on Syria.",
    "bbc": "Moscow cast a veto against the Syria resolution.",
    "afp": "The Russian Federation vetoed the draft on Syria.",
}


def _extract(text, doc_id, date="2025-03-01"):
    return kgraph.extract(text, doc_id=doc_id, date=date)


@pytest.mark.parametrize("store", ["memory", "oxigraph"])
def test_three_reports_of_one_veto_are_one_event_and_removal_undoes_one(store):
    kg = kgraph.KnowledgeGraph(store=store)
    for outlet, text in VETOES.items():
        kg.add_text(text, doc_id=f"{outlet}-1", date="2025-03-01", outlet=outlet)
    events = kg.events()
    assert len(kg.edges()) == 3
    assert [(ev.source.label, ev.relation, ev.target.label) for ev in events] == [
        ("Russia", "vetoes", "Syria")]
    (veto,) = events
    assert (veto.n_documents, veto.n_sources, len(veto.mentions)) == (3, 3, 3)
    assert {m.sentence for m in veto.mentions} == set(VETOES.values())
    assert (veto.first_seen, veto.last_seen) == ("2025-03-01", "2025-03-01")
    kg.remove_document("bbc-1")
    (veto,) = kg.events()
    assert veto.n_documents == 2 and veto.documents == ("afp-1", "tass-1")


def test_dates_further_apart_than_the_window_are_two_events():
    edges = _extract(VETOES["tass"], "a", "2025-03-01") + _extract(VETOES["bbc"], "b", "2025-03-20")
    assert [ev.n_documents for ev in consolidate(edges)] == [1, 1]
    assert [ev.n_documents for ev in consolidate(edges, window_days=30)] == [2]
    near = _extract(VETOES["tass"], "a", "2025-03-01") + _extract(VETOES["bbc"], "b", "2025-03-08")
    assert [ev.first_seen for ev in consolidate(near)] == ["2025-03-01"]


def test_the_window_opens_at_the_first_date_so_reports_do_not_chain():
    days = ["2025-03-01", "2025-03-05", "2025-03-09", "2025-03-13"]
    edges = [e for i, d in enumerate(days) for e in _extract("Russia met China.", f"d{i}", d)]
    assert [(ev.first_seen, ev.last_seen) for ev in consolidate(edges)] == [
        ("2025-03-01", "2025-03-05"), ("2025-03-09", "2025-03-13")]


def test_symmetric_relation_either_order_one_event_but_not_for_directed_ones():
    met = _extract("Russia met China.", "a") + _extract("China met Russia.", "b")
    assert [ev.n_documents for ev in consolidate(met)] == [2]
    condemned = _extract("Russia condemned China.", "a") + _extract("China condemned Russia.", "b")
    assert [ev.n_documents for ev in consolidate(condemned)] == [1, 1]


def test_denials_and_hypotheses_do_not_merge_with_the_act():
    edges = (_extract("Russia met China.", "a") + _extract("Russia did not meet China.", "b")
             + _extract("Russia could meet China.", "c"))
    kinds = sorted((ev.modality, ev.negated) for ev in consolidate(edges))
    assert len(kinds) == len({k for k in kinds}) == len(edges)


def test_a_planned_meeting_later_held_is_realized_not_merged():
    plan = _extract("Russia and China will meet on Friday.", "a", "2025-01-01")
    held = _extract("China met Russia.", "b", "2025-01-03")
    much_later = _extract("Russia met China.", "c", "2025-06-01")
    planned, asserted, later = consolidate(plan + held + much_later)
    assert planned.modality == "planned" and asserted.modality == "asserted"
    assert asserted.realizes == planned.id and later.realizes is None and planned.realizes is None


def test_an_undated_mention_joins_the_nearest_dated_event_of_its_document():
    text = "Russia met China on Monday. Russia condemned France. Russia met China again."
    first, condemned, again = _extract(text, "a", "2025-03-01")
    undated = again.replace(date=None)
    other = _extract("Russia met China.", "b", "2025-04-20")[0]
    met = [ev for ev in consolidate([first, condemned, undated, other]) if ev.relation == "meets"]
    assert [len(ev.mentions) for ev in met] == [2, 1] and undated in met[0].mentions
    alone = consolidate([undated, _extract("Russia met China.", "c", None)[0]])
    assert [ev.first_seen for ev in alone] == [None, None] and len(alone) == 2


def test_outlets_count_sources_and_urls_stand_for_missing_outlets():
    kg = kgraph.KnowledgeGraph()
    kg.add_text(VETOES["tass"], doc_id="a", date="2025-03-01", outlet="TASS")
    kg.add_text(VETOES["bbc"], doc_id="b", date="2025-03-01", outlet="tass ")
    kg.add_text(VETOES["afp"], doc_id="c", date="2025-03-02", url="https://www.afp.com/x")
    (veto,) = kg.events()
    assert (veto.n_documents, veto.n_sources) == (3, 2)
    assert outlet_of(kg.documents()[2]) == "afp.com"


def test_events_do_not_depend_on_the_order_of_the_mentions():
    edges = [e for i, (_, t) in enumerate(VETOES.items()) for e in _extract(t, f"d{i}", f"2025-03-0{i + 1}")]
    edges += _extract("Russia met China. China met Russia. Russia condemned France.", "x", "2025-03-02")
    shuffled = edges[:]
    random.Random(4).shuffle(shuffled)
    assert consolidate(shuffled) == consolidate(edges)


def test_incremental_consolidation_equals_consolidating_from_scratch():
    kg = kgraph.KnowledgeGraph()
    kg.add_text("Russia met China. France condemned Russia.", doc_id="a", date="2025-03-01")
    assert len(kg.events()) == 2
    kg.add_text("China met Russia.", doc_id="b", date="2025-03-02")
    kg.add_text("France condemned Russia. Germany condemned Russia.", doc_id="a", date="2025-03-01")
    kg.add_edges(_extract("Germany condemned Russia.", "c", "2025-03-03"))
    assert kg.events() == consolidate(kg.edges(), kg.vocabulary, kg.documents())
    assert sorted((ev.relation, ev.n_documents) for ev in kg.events()) == [
        ("condemns", 1), ("condemns", 2), ("meets", 1)]
    kg.remove_document("c")
    assert kg.events() == consolidate(kg.edges(), kg.vocabulary, kg.documents())


def test_event_filters_are_those_of_edges_and_keep_whole_events():
    kg = kgraph.KnowledgeGraph()
    for outlet, text in VETOES.items():
        kg.add_text(text, doc_id=outlet, date="2025-03-01")
    kg.add_text("France condemned Russia.", doc_id="f", date="2025-03-01")
    assert [ev.relation for ev in kg.events(source="Moscow")] == ["vetoes"]
    assert [len(ev.mentions) for ev in kg.events(doc_id="bbc")] == [3]
    assert [ev.relation for ev in kg.events(relation="rejects")] == ["vetoes"]
    assert kg.events(since="2025-04-01") == []
    assert len(kg.events(window_days=0)) == 2


def test_consolidator_removes_a_document_it_never_saw_without_harm():
    c = Consolidator()
    c.add(_extract("Russia met China.", "a"))
    c.remove_document("zzz")
    assert len(c) == 1 and len(c.events()) == 1


# -- RDF: occurrence nodes link their mentions --------------------------------------------------
def _veto_graph():
    kg = kgraph.KnowledgeGraph()
    for outlet, text in VETOES.items():
        kg.add_text(text, doc_id=outlet, date="2025-03-01", outlet=outlet)
    kg.add_text("Russia will meet China on Friday. Russia condemned France.", doc_id="p", date="2025-03-01")
    kg.add_text("Russia met China.", doc_id="m", date="2025-03-05")
    return kg


def test_saved_events_link_their_mention_nodes_and_conform_to_the_shapes(tmp_path):
    from rdflib import Graph, URIRef

    from kgraph.ids import KG, edge_event_iri

    kg = _veto_graph()
    path = kg.save(tmp_path / "g.ttl", events=True)
    g = Graph().parse(path)
    occurrences = set(g.subjects(predicate=None, object=KG.Occurrence))
    assert len(occurrences) == len(kg.events()) == 4
    veto = next(ev for ev in kg.events() if ev.relation == "vetoes")
    node = URIRef(veto.id)
    assert set(g.objects(node, KG.mention)) == {URIRef(edge_event_iri(m)) for m in veto.mentions}
    assert int(g.value(node, KG.documentCount)) == 3 and int(g.value(node, KG.sourceCount)) == 3
    held = next(ev for ev in kg.events() if ev.relation == "meets" and ev.modality == "asserted")
    assert g.value(URIRef(held.id), KG.realizes) == URIRef(held.realizes)
    conforms, report = kgraph.validate(g)
    assert conforms, report


def test_a_mention_of_another_fact_breaks_the_occurrence_shape(tmp_path):
    from rdflib import Graph, Literal, URIRef

    from kgraph.ids import KG, edge_event_iri

    kg = _veto_graph()
    g = Graph().parse(kg.save(tmp_path / "g.ttl", events=True))
    veto = next(ev for ev in kg.events() if ev.relation == "vetoes")
    mention = URIRef(edge_event_iri(veto.mentions[0]))
    g.set((mention, KG.modality, Literal("planned")))
    conforms, report = kgraph.validate(g)
    assert not conforms and "states another fact" in report


def test_loading_drops_saved_occurrences_and_reads_old_graphs(tmp_path):
    kg = _veto_graph()
    plain = kg.save(tmp_path / "plain.nt")
    with_events = kg.save(tmp_path / "events.nt", events=True)
    assert len(with_events.read_text().splitlines()) > len(plain.read_text().splitlines())
    for path in (plain, with_events):
        for store in ("memory", "oxigraph"):
            again = kgraph.load(path, store=store)
            assert again.edges() == kg.edges() and again.events() == kg.events()
            assert not again.sparql("ASK { ?o a kg:Occurrence }")[0]["ask"]


# -- networkx levels ------------------------------------------------------------------------------
def test_networkx_levels_mentions_events_and_pairs():
    kg = _veto_graph()
    M, E, P = (kg.to_networkx(level=lv) for lv in ("mention", "event", "pair"))
    assert M.number_of_edges() == len(kg.edges()) == 6
    assert kg.to_networkx().number_of_edges() == M.number_of_edges()  # the default is unchanged
    assert E.number_of_edges() == len(kg.events()) == 4
    ru, sy = kg.actor("Russia").id, kg.actor("Syria").id
    (veto,) = E[ru][sy].values()
    assert (veto["weight"], veto["n_sources"], veto["mentions"], veto["relation"]) == (3, 3, 3, "vetoes")
    assert veto["goldstein"] == kg.vocabulary["vetoes"].weight
    assert P[ru][sy]["weight"] == 1 and P[ru][sy]["documents"] == 3
    assert sum(d["weight"] for *_, d in P.edges(data=True)) == E.number_of_edges()
    with pytest.raises(kgraph.InputError, match="level"):
        kg.to_networkx(level="article")


def test_any_sequence_of_additions_and_removals_equals_consolidating_what_is_left():
    texts = ["Russia met China.", "China met Russia.", "Russia condemned France.", VETOES["bbc"],
             "Russia and China will meet on Friday.", "France did not condemn Russia."]
    rng = random.Random(7)
    docs = {f"d{i}": _extract(rng.choice(texts) + " " + rng.choice(texts), f"d{i}",
                              f"2025-03-{rng.randint(1, 28):02d}") for i in range(40)}
    c, held = Consolidator(), {}
    for step in range(200):
        doc_id = rng.choice(sorted(docs))
        if doc_id in held and rng.random() < 0.4:
            c.remove_document(doc_id)
            del held[doc_id]
        else:
            c.remove_document(doc_id)
            c.add(docs[doc_id])
            held[doc_id] = docs[doc_id]
        if step % 7 == 0:
            left = [e for es in held.values() for e in es]
            assert c.events() == consolidate(left) and len(c) == len(left)


# -- consolidation during ingest equals consolidating the mentions read back ----------------------
def _from_scratch(kg):
    """Today's answer without the writer's consolidator: every mention read back and consolidated."""
    return consolidate(kg.edges(), kg.vocabulary, kg.documents())


def _no_read_back(kg, monkeypatch):
    """Make reading the mentions back fail, so that kg.events() shows it uses what it was handed."""
    def refuse(*args, **kwargs):
        raise AssertionError("kg.events() read the mentions back after an ingest in this process")

    monkeypatch.setattr(kg._view, "all_edges", refuse)
    monkeypatch.setattr(kg._view, "candidates", refuse)
    monkeypatch.setattr(kg, "documents", refuse)


def _reversed(edges, vocabulary, doc_id):
    """The symmetric edges of ``edges`` written the other way round, in another document."""
    return [e.replace(source=e.target, target=e.source, source_text=e.target_text,
                      target_text=e.source_text, doc_id=doc_id)
            for e in edges if vocabulary[e.relation].symmetric]


@pytest.mark.parametrize("store", ["memory", "oxigraph"])
def test_events_built_during_ingest_equal_the_events_of_the_mentions_read_back(store, monkeypatch):
    from kgraph.model import Actor
    from kgraph.synthetic import synthetic_edges

    kg = kgraph.KnowledgeGraph(store=store)
    kg.add_text("Russia and China will meet on Friday. France condemned Russia.", doc_id="plan",
                date="2025-03-01", outlet="TASS")
    kg.add_text("China met Russia in Beijing. Russia did not meet France.", doc_id="held",
                date="2025-03-04", url="https://www.bbc.co.uk/news/1")
    kg.add_documents([{"id": o, "text": t, "date": "2025-03-02", "outlet": o} for o, t in VETOES.items()],
                     progress=False)
    synthetic = list(synthetic_edges(400, seed=5, edges_per_doc=8))
    kg.add_edges(synthetic)
    kg.add_edges(_reversed(synthetic, kg.vocabulary, "reversed"))
    # an actor described twice: the store keeps the first description, and so must the events
    x = Actor("https://w3id.org/kgraph/actor/test-x", "Ex", "group", aliases=("b", "a"))
    russia = kg.actor("Russia")
    kg.add_edges([kgraph.Edge(x, russia, "meets", doc_id="x1", date="2025-03-03", sentence="Ex met Russia."),
                  kgraph.Edge(x.__class__(x.id, "Another label", "person"), russia, "condemns",
                              doc_id="x2", date="2025-03-03", sentence="Ex condemned Russia.")])
    with monkeypatch.context() as m:
        _no_read_back(kg, m)
        built = kg.events()
    expected = _from_scratch(kg)
    assert built == expected
    assert any(ev.realizes for ev in built)  # the plan of "plan" is realized by "held"
    assert any(ev.n_documents == 2 and ev.relation in ("meets", "negotiates", "cooperates")
               for ev in built if "reversed" in ev.documents)
    assert {ev.source.label for ev in built if ev.source.id == x.id} == {"Ex"}

    kg.remove_document("held")  # the realizing event goes, so does the link
    kg.add_text("France condemned Russia again.", doc_id="plan", date="2025-03-01")  # replaced
    kg.remove_document("reversed")
    kg.remove_document("x1")
    kg.remove_document("x2")  # Ex is gone from the store...
    kg.add_edges([kgraph.Edge(x.__class__(x.id, "Ex again", "group"), russia, "meets", doc_id="x3",
                              date="2025-03-05", sentence="Ex met Russia.")])  # ...and comes back anew
    kg.add_edges(synthetic[:8])  # a document written twice holds its mentions once
    with monkeypatch.context() as m:
        _no_read_back(kg, m)
        built = kg.events()
    assert built == _from_scratch(kg)
    assert not any(ev.realizes for ev in built)
    assert {ev.source.label for ev in built if ev.source.id == x.id} == {"Ex again"}
    assert kg.events(window_days=30) == consolidate(kg.edges(), kg.vocabulary, kg.documents(),
                                                    window_days=30)


def test_a_graph_opened_on_a_stored_corpus_reads_it_back_once_then_follows_writes(tmp_path, monkeypatch):
    from kgraph.synthetic import synthetic_edges

    with kgraph.KnowledgeGraph(store="oxigraph", path=tmp_path / "s") as kg:
        kg.add_edges(synthetic_edges(200, seed=2))
        kg.add_text(VETOES["tass"], doc_id="tass", date="2025-03-01", outlet="TASS")
    kg = kgraph.KnowledgeGraph(store="oxigraph", path=tmp_path / "s")
    assert kg.events() == _from_scratch(kg)  # a load: the mentions are read back
    kg.add_text(VETOES["bbc"], doc_id="bbc", date="2025-03-01", outlet="BBC")
    with monkeypatch.context() as m:
        _no_read_back(kg, m)
        built = kg.events()
    assert built == _from_scratch(kg)
    assert [ev.n_sources for ev in built if ev.mentions[0].doc_id in ("tass", "bbc")] == [2]
    kg.close()


def test_writes_past_the_graph_are_noticed_and_read_back():
    kg = kgraph.KnowledgeGraph()
    kg.add_text("Russia met China.", doc_id="a", date="2025-03-01")
    other = kgraph.KnowledgeGraph()
    other.add_text("France condemned Russia.", doc_id="b", date="2025-03-01")
    kg.rdf.addN((s, p, o, kg.rdf) for s, p, o in other.rdf)  # triples added behind kg's back
    assert len(kg.events()) == 2 and kg.events() == _from_scratch(kg)
