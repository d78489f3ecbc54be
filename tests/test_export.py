"""Exports: CSV, pandas, GraphML, GEXF, JSON-LD, the ontology, and SHACL validation."""

import csv
import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter

import networkx as nx
import pytest
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef

import kgraph
from kgraph.export import EDGE_COLUMNS, JSONLD_CONTEXT, VIEWS
from kgraph.ids import KG

GRAPHML_TYPES = {"boolean", "int", "long", "float", "double", "string"}
GEXF_TYPES = {"boolean", "integer", "long", "float", "double", "string"}


# -- CSV and pandas ---------------------------------------------------------------------------
def test_csv_has_one_row_per_edge(seeds_kg, tmp_path):
    text = seeds_kg.to_csv()
    rows = list(csv.DictReader(io.StringIO(text)))
    edges = seeds_kg.edges()
    assert len(rows) == len(edges)
    assert tuple(rows[0]) == EDGE_COLUMNS
    assert Counter((r["source"], r["relation"], r["target"], r["sentence"]) for r in rows) == Counter(
        (e.source.label, e.relation, e.target.label, e.sentence) for e in edges)
    outlets = {d.id: d.outlet or "" for d in seeds_kg.documents()}
    assert all(r["outlet"] == outlets[r["doc_id"]] for r in rows)
    quad = {r.name: r.quad_class for r in seeds_kg.vocabulary}
    assert all(r["quad_class"] == quad[r["relation"]] for r in rows)
    path = seeds_kg.to_csv(tmp_path / "edges.csv")
    assert path.read_bytes().decode("utf-8") == text


def test_csv_filters(seeds_kg):
    rows = list(csv.DictReader(io.StringIO(kgraph.to_csv(seeds_kg, relation="meets", modality="planned"))))
    assert len(rows) == len(seeds_kg.edges(relation="meets", modality="planned"))
    assert {r["modality"] for r in rows} <= {"planned"}


def test_dataframe(seeds_kg):
    df = seeds_kg.to_dataframe()
    edges = seeds_kg.edges()
    assert df.shape == (len(edges), len(EDGE_COLUMNS))
    assert list(df.columns) == list(EDGE_COLUMNS)
    assert df["negated"].dtype == bool and df["confidence"].dtype.kind == "f"
    assert df.groupby("relation").size().to_dict() == dict(Counter(e.relation for e in edges))
    assert len(kgraph.to_dataframe(seeds_kg, source="Russia")) == len(seeds_kg.edges(source="Russia"))


def test_optional_dependencies_are_imported_lazily():
    code = ("import sys, kgraph; kg = kgraph.KnowledgeGraph(); "
            "print(sorted(m for m in ('pandas', 'pyshacl') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_missing_pandas_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"kgraph\[pandas\]"):
        kgraph.to_dataframe(kgraph.KnowledgeGraph())


# -- GraphML and GEXF -------------------------------------------------------------------------
def _graphml_keys(path):
    root = ET.parse(path).getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    keys = [(k.get("for"), k.get("attr.name"), k.get("attr.type")) for k in root.findall("g:key", ns)]
    values = [d.text for d in root.iter("{http://graphml.graphdrawing.org/xmlns}data")]
    return keys, values


def _view(kg, view):
    if view == "events":
        return kg.to_networkx()
    if view == "aggregated":
        return kgraph.aggregated_graph(kg)
    return kgraph.signed_graph(kg)


@pytest.mark.parametrize("view", VIEWS)
def test_graphml_round_trips_with_valid_types(seeds_kg, tmp_path, view):
    path = kgraph.to_graphml(seeds_kg, tmp_path / f"{view}.graphml", view=view)
    G = nx.read_graphml(path)
    ref = _view(seeds_kg, view)
    assert (G.number_of_nodes(), G.number_of_edges()) == (ref.number_of_nodes(), ref.number_of_edges())
    assert {n: d["label"] for n, d in G.nodes(data=True)} == {n: d["label"] for n, d in ref.nodes(data=True)}
    keys, values = _graphml_keys(path)
    assert len({(f, name) for f, name, _ in keys}) == len(keys), "one type per attribute"
    assert {t for *_, t in keys} <= GRAPHML_TYPES
    assert "None" not in values and "[]" not in values
    if view == "events":
        assert Counter(d["relation"] for *_, d in G.edges(data=True)) == Counter(
            e.relation for e in seeds_kg.edges())
        assert all(d["weight"] == 1.0 for *_, d in G.edges(data=True))
    else:
        assert sorted(d["weight"] for *_, d in G.edges(data=True)) == pytest.approx(
            sorted(d["weight"] for *_, d in ref.edges(data=True)))


@pytest.mark.parametrize("view", VIEWS)
def test_gexf_round_trips_with_a_timeline(seeds_kg, tmp_path, view):
    path = kgraph.to_gexf(seeds_kg, tmp_path / f"{view}.gexf", view=view)
    G = nx.read_gexf(path)
    ref = _view(seeds_kg, view)
    assert (G.number_of_nodes(), G.number_of_edges()) == (ref.number_of_nodes(), ref.number_of_edges())
    root = ET.parse(path).getroot()
    ns = "{http://www.gexf.net/1.2draft}"
    attrs = [(a.get("title"), a.get("type")) for a in root.iter(f"{ns}attribute")]
    assert {t for _, t in attrs} <= GEXF_TYPES
    assert all(v.get("value") != "None" for v in root.iter(f"{ns}attvalue"))
    graph = root.find(f"{ns}graph")
    if view in ("events", "aggregated"):
        assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
        starts = [d.get("start") for *_, d in G.edges(data=True)]
        assert all(s and len(s) == 10 for s in starts)  # every seed event is dated
    if view == "events":
        assert Counter(d["label"] for *_, d in G.edges(data=True)) == Counter(
            e.relation for e in seeds_kg.edges())


def test_any_networkx_graph_exports(seeds_kg, tmp_path):
    ego = kgraph.ego_network(seeds_kg, "Russia")
    G = nx.read_graphml(kgraph.to_graphml(ego, tmp_path / "ego.graphml"))
    assert G.number_of_edges() == ego.number_of_edges() > 0
    with pytest.raises(kgraph.InputError):
        kgraph.to_graphml(ego, tmp_path / "x.graphml", since="2024-01-01")
    with pytest.raises(kgraph.InputError, match="view"):
        seeds_kg.to_graphml(tmp_path / "x.graphml", view="pretty")


# -- JSON-LD and the ontology -------------------------------------------------------------------
def test_jsonld_has_the_context_and_round_trips(seeds_kg, tmp_path):
    text = seeds_kg.to_jsonld()
    doc = json.loads(text)
    assert doc["@context"] == JSONLD_CONTEXT
    assert '"source": "kga:' in text  # compacted with the context's terms
    back = Graph().parse(data=text, format="json-ld")
    assert set(back) == set(seeds_kg.rdf)
    path = seeds_kg.to_jsonld(tmp_path / "g.jsonld")
    assert len(kgraph.load(path)) == len(seeds_kg)


def test_ontology_file(tmp_path):
    from kgraph.ontology import build_ontology

    g = Graph().parse(kgraph.write_ontology(tmp_path / "kgraph.ttl"))
    assert set(g) == set(build_ontology())
    assert (KG.visits, RDFS.subPropertyOf, KG.meets) in g
    row = ("name,label,definition,cameo,plover,quad_class,weight,symmetric,parent\n"
           "lobbies,lobbies,An actor lobbies another.,,,verbal_cooperation,1,false,requests\n")
    (tmp_path / "mine.csv").write_text(row)
    vocab = kgraph.load_vocabulary(tmp_path / "mine.csv")
    mine = Graph().parse(kgraph.write_ontology(tmp_path / "mine.owl", vocabulary=vocab), format="xml")
    assert (KG.lobbies, RDFS.subPropertyOf, KG.requests) in mine


# -- SHACL --------------------------------------------------------------------------------------
def test_shapes_are_valid_shacl():
    pyshacl = pytest.importorskip("pyshacl")
    shapes = kgraph.shapes_graph()
    conforms, _, text = pyshacl.validate(Graph(), shacl_graph=shapes, meta_shacl=True)
    assert conforms, text


def test_seeds_graph_conforms(seeds_kg, tmp_path):
    conforms, report = seeds_kg.validate()
    assert conforms, report
    saved = kgraph.load(seeds_kg.save(tmp_path / "seeds.ttl"))
    assert saved.validate()[0]
    import pyshacl

    shapes = Graph().parse(kgraph.write_shapes(tmp_path / "shapes.ttl"))
    assert pyshacl.validate(Graph().parse(tmp_path / "seeds.ttl"), shacl_graph=shapes)[0]


def _copy(kg):
    g = Graph()
    for t in kg.rdf:
        g.add(t)
    return g


def _first_asserted_event(g):
    for ev in g.subjects(RDF.type, KG.Event):
        if g.value(ev, KG.modality) == Literal("asserted") and g.value(ev, KG.negated).toPython() is False:
            return ev
    raise AssertionError("no asserted event")


def _drop_direct_triple(g):
    ev = _first_asserted_event(g)
    g.remove((g.value(ev, KG.source), URIRef(g.value(ev, KG.relation)), g.value(ev, KG.target)))


def _unsupported_direct_triple(g):
    ev = _first_asserted_event(g)
    g.add((g.value(ev, KG.target), KG.vetoes, g.value(ev, KG.source)))


def _bad_modality(g):
    ev = _first_asserted_event(g)
    g.set((ev, KG.modality, Literal("rumoured")))


def _confidence_out_of_range(g):
    ev = _first_asserted_event(g)
    g.set((ev, KG.confidence, Literal("1.5", datatype=XSD.decimal)))


def _two_sources(g):
    ev = _first_asserted_event(g)
    g.add((ev, KG.source, g.value(ev, KG.target)))


def _source_not_an_actor(g):
    ev = _first_asserted_event(g)
    g.set((ev, KG.source, URIRef("https://example.org/nobody")))


def _actor_without_label(g):
    ev = _first_asserted_event(g)
    g.remove((g.value(ev, KG.source), RDFS.label, None))


def _actor_with_two_kinds(g):
    ev = _first_asserted_event(g)
    g.add((g.value(ev, KG.source), RDF.type, KG.Group))
    g.add((g.value(ev, KG.source), RDF.type, KG.State))
    g.add((g.value(ev, KG.source), RDF.type, KG.Person))


def _reversed_offsets(g):
    ev = _first_asserted_event(g)
    g.set((ev, KG.startOffset, Literal(10**6, datatype=XSD.integer)))


def _document_without_identifier(g):
    doc = next(g.subjects(RDF.type, KG.Document))
    g.remove((doc, URIRef("http://purl.org/dc/terms/identifier"), None))


@pytest.mark.parametrize(("breakage", "message"), [
    (_drop_direct_triple, "lacks its direct triple"),
    (_unsupported_direct_triple, "has no asserted, non-negated event behind it"),
    (_bad_modality, "modality is one of"),
    (_confidence_out_of_range, "confidence is one xsd:decimal between 0 and 1"),
    (_two_sources, "exactly one source"),
    (_source_not_an_actor, "exactly one source, a kg:Actor"),
    (_actor_without_label, "exactly one non-empty rdfs:label"),
    (_actor_with_two_kinds, "exactly one kind"),
    (_reversed_offsets, "offsets are reversed"),
    (_document_without_identifier, "exactly one dcterms:identifier"),
])
def test_broken_graphs_fail_validation(seeds_kg, breakage, message):
    g = _copy(seeds_kg)  # conforms: see test_seeds_graph_conforms
    breakage(g)
    conforms, report = kgraph.validate(g)
    assert not conforms
    assert message in report


# -- the edge table: Gephi, pandas, Parquet, event ids ------------------------------------------
def test_csv_rows_name_their_event_nodes_and_codes(seeds_kg):
    from kgraph.ids import KG as K

    rows = list(csv.DictReader(io.StringIO(seeds_kg.to_csv())))
    g = seeds_kg.rdf
    assert len({r["event_id"] for r in rows}) == len(rows)
    for r in rows:
        ev = URIRef(r["event_id"])
        assert (ev, RDF.type, K.Event) in g, r["event_id"]
        assert g.value(ev, K.relation) == K[r["relation"]]
        assert str(g.value(ev, K.cameo)) == r["cameo"] and str(g.value(ev, K.plover)) == r["plover"]
    actors = {a.id: a for a in seeds_kg.actors()}
    for r in rows:
        for end in ("source", "target"):
            actor = actors[r[f"{end}_id"]]
            assert r[f"{end}_kind"] == actor.kind and r[f"{end}_wikidata"] == (actor.wikidata or "")
    assert any(r["source_wikidata"].startswith("Q") for r in rows)
    assert any(r["cameo"].startswith("0") for r in rows), "codes keep their leading zero"


def test_csv_is_a_gephi_edge_table(seeds_kg):
    """Gephi reads source, target, type, label and weight by name, ignoring case, and refuses repeats."""
    rows = list(csv.DictReader(io.StringIO(seeds_kg.to_csv())))
    header = list(rows[0])
    assert header[:5] == ["source", "target", "type", "label", "weight"]
    assert len({h.lower() for h in header}) == len(header)
    assert all(r["type"] == "Directed" and r["label"] == r["relation"] and float(r["weight"]) == 1.0
               for r in rows)
    G = nx.MultiDiGraph()  # what Gephi builds: nodes are the source/target values
    G.add_edges_from((r["source"], r["target"]) for r in rows)
    assert G.number_of_edges() == len(seeds_kg.edges())
    assert set(G) == {a.label for e in seeds_kg.edges() for a in (e.source, e.target)}


def test_csv_reads_back_into_pandas_with_its_dtypes(seeds_kg, tmp_path):
    import pandas as pd

    path = seeds_kg.to_csv(tmp_path / "edges.csv")
    df = kgraph.read_edges_csv(path)
    pd.testing.assert_frame_equal(df, seeds_kg.to_dataframe())
    assert str(df["date"].dtype) == "datetime64[ns]" and df["date"].notna().all()
    assert df["negated"].dtype == bool and df["start"].dtype == "int64" and df["weight"].dtype == "float64"
    assert {len(c) for c in df["cameo"].dropna()} >= {2} and df["cameo"].str.startswith("0").any()
    plain = pd.read_csv(path, dtype={"cameo": str}, parse_dates=["date"])  # what the docs tell users
    assert list(plain.columns) == list(df.columns)
    for col in ("weight", "goldstein", "confidence", "negated", "start", "end", "date"):
        assert plain[col].dtype.kind == df[col].dtype.kind, col
    with pytest.raises(kgraph.InputError, match="not a kgraph edge table"):
        (tmp_path / "other.csv").write_text("a,b\n1,2\n", encoding="utf-8")
        kgraph.read_edges_csv(tmp_path / "other.csv")


def test_dates_are_typed_and_undated_events_are_missing():
    kg = kgraph.KnowledgeGraph()
    kg.add_text("Chile condemned Peru.", doc_id="dated", date="2025-03-13")
    kg.add_text("Chile met Peru.", doc_id="undated")
    import pandas as pd

    df = kg.to_dataframe().set_index("doc_id")
    assert df.loc["dated", "date"].isoformat() == "2025-03-13T00:00:00"
    assert df.loc["undated", "date"] is pd.NaT


def test_parquet_keeps_the_types(seeds_kg, tmp_path):
    import pandas as pd

    df = pd.read_parquet(kgraph.to_parquet(seeds_kg, tmp_path / "edges.parquet"))
    ref = seeds_kg.to_dataframe()

    def values(frame):  # pyarrow reads text as pandas strings, missing as NaN
        return frame.astype(object).where(frame.notna(), None).to_dict("records")

    assert list(df.columns) == list(ref.columns) and values(df) == values(ref)
    assert str(df["date"].dtype) == "datetime64[ns]" and df["negated"].dtype == bool
    assert df["start"].dtype == "int64" and df["cameo"].str.startswith("0").any()


def test_missing_pyarrow_says_how_to_install(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ImportError, match=r"kgraph\[parquet\]"):
        kgraph.to_parquet(kgraph.KnowledgeGraph(), tmp_path / "e.parquet")
    assert not (tmp_path / "e.parquet").exists()


def test_graphml_events_carry_codes_kinds_and_event_ids(seeds_kg, tmp_path):
    G = nx.read_graphml(kgraph.to_graphml(seeds_kg, tmp_path / "events.graphml"))
    by_id = {d["event_id"]: d for *_, d in G.edges(data=True)}
    rows = {r["event_id"]: r for r in csv.DictReader(io.StringIO(seeds_kg.to_csv()))}
    assert set(by_id) == set(rows)
    for eid, d in by_id.items():
        assert (d["relation"], d.get("cameo", ""), d.get("plover", "")) == (
            rows[eid]["relation"], rows[eid]["cameo"], rows[eid]["plover"])
    kinds = {a.id: a.kind for a in seeds_kg.actors()}
    assert all(d["kind"] == kinds[n] for n, d in G.nodes(data=True))
