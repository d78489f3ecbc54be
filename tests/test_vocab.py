"""The relation vocabulary is one data table; the ontology is generated from it."""

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

import kgraph
from kgraph.ontology import build_ontology, ontology_path

DESIGN_RELATIONS = [
    "meets",
    "visits",
    "negotiates",
    "proposes",
    "agrees",
    "supports",
    "invites",
    "requests",
    "demands",
    "condemns",
    "accuses",
    "rejects",
    "vetoes",
    "threatens",
    "protests",
    "sanctions",
    "aids",
    "cooperates",
    "concedes",
    "investigates",
    "mobilizes",
    "coerces",
    "attacks",
]


def test_all_design_relations_with_complete_rows():
    v = kgraph.default_vocabulary()
    assert v.names() == DESIGN_RELATIONS
    for r in v:
        assert r.label and r.definition and r.cameo and r.plover
        assert -10 <= r.weight <= 10
    assert v["vetoes"].parent == "rejects" and v["visits"].parent == "meets"
    assert v["meets"].symmetric and not v["condemns"].symmetric
    assert v["attacks"].quad_class == "material_conflict" and v["attacks"].weight < 0
    assert v["aids"].cooperative and not v["demands"].cooperative


def test_descendants_and_ancestors():
    v = kgraph.default_vocabulary()
    assert v.descendants("meets") == {"meets", "visits", "negotiates"}
    assert v.ancestors("vetoes") == ["rejects"]


def test_unknown_relation_is_a_clear_error():
    with pytest.raises(kgraph.VocabularyError, match="unknown relation 'hugs'"):
        kgraph.default_vocabulary()["hugs"]


def test_user_relations_extend_without_code(tmp_path):
    p = tmp_path / "mine.csv"
    p.write_text("name,label,definition,cameo,plover,quad_class,weight,symmetric,parent\n"
                 "lobbies,lobbies,An actor lobbies another.,021,REQUEST,verbal_cooperation,2,false,"
                 "requests\n", encoding="utf-8")
    v = kgraph.load_vocabulary(p)
    assert "lobbies" in v.descendants("requests") and len(v) == 24
    bad = tmp_path / "bad.csv"
    bad.write_text("name,label\nx,y\n", encoding="utf-8")
    with pytest.raises(kgraph.VocabularyError, match="missing column"):
        kgraph.load_vocabulary(bad)


def test_shipped_ontology_matches_vocabulary():
    shipped = Graph().parse(ontology_path(), format="turtle")
    assert isomorphic(shipped, build_ontology()), "run `make ontology` after editing relations.csv"


def test_cameo_codes_map_to_plover_types():
    from kgraph.codes import plover_for

    v = kgraph.default_vocabulary()
    for r in v:  # every relation's default code maps to its PLOVER family
        assert plover_for(r.cameo[0]), r.name
    assert plover_for("057") == "SUPPORT" and plover_for("036") == "AGREE"
    assert plover_for("163") == "COERCE" and plover_for("1663") == "SANCTION"
    e = kgraph.extract("Chile condemned Peru.")[0]
    assert (e.cameo, e.plover) == ("11", "ACCUSE")
