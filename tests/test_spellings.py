"""Actors are labelled as the article spells them (sentences written for these tests)."""

import pytest

import kgraph
from kgraph.spellings import respelling

#: (text, the label the article's spelling gives the dictionary's actor)
SPELLED = [
    # the article writes the name without its diacritic
    ("Turkish President Recep Tayyip Erdogan criticised Greece on Tuesday.", "Recep Tayyip Erdogan"),
    # ... or with it, as the dictionary does
    ("Turkish President Recep Tayyip Erdoğan criticised Greece on Tuesday.", "Recep Tayyip Erdoğan"),
    # a transliteration of its own
    ("Ukrainian President Volodymyr Zelenskiy thanked Poland for its support.", "Volodymyr Zelenskiy"),
    ("Ukraine's leader Vladimir Zelensky thanked Poland for its support.", "Vladimir Zelensky"),
    # a surname alone is no respelling of the full name: the dictionary's label stays
    ("Erdogan criticised Greece on Tuesday.", "Recep Tayyip Erdoğan"),
    # nor is an acronym
    ("The TTP attacked Pakistani soldiers in Khyber on Monday.", "Tehrik-i-Taliban Pakistan"),
]


def _labels(edges, key):
    return {a.label for e in edges for a in (e.source, e.target) if a.id.endswith(key)}


@pytest.mark.parametrize(("text", "label"), SPELLED, ids=[t[:40] for t, _ in SPELLED])
def test_actor_is_labelled_as_the_article_spells_it(text, label):
    edges = kgraph.extract(text)
    assert any(label in {e.source.label, e.target.label} for e in edges), [str(e) for e in edges]


def test_one_spelling_per_article():
    # the title and the surname are the same person: every edge gives the article's spelling
    text = ("Ukrainian President Volodymyr Zelenskiy met Polish President Andrzej Duda in Warsaw. "
            "Zelenskiy later accused Russia of shelling Kharkiv. The Ukrainian president also "
            "thanked Germany.")
    edges = kgraph.extract(text, date="2024-05-02")
    assert _labels(edges, "volodymyr-zelenskyy") == {"Volodymyr Zelenskiy"}
    assert {e.relation for e in edges if e.source.label == "Volodymyr Zelenskiy"} >= {"meets", "accuses"}


def test_dictionary_label_stays_canonical():
    edges = kgraph.extract("Turkish President Recep Tayyip Erdogan criticised Greece on Tuesday.")
    erdogan = next(a for e in edges for a in (e.source, e.target) if a.label == "Recep Tayyip Erdogan")
    assert erdogan.canonical == "Recep Tayyip Erdoğan"
    assert erdogan.id.endswith("recep-tayyip-erdogan")
    assert all(a.canonical is None for e in edges for a in (e.source, e.target) if a is not erdogan)


@pytest.mark.parametrize("first", ["Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"])
def test_graph_labels_an_actor_the_dictionary_way_and_keeps_every_spelling(first):
    # whichever spelling the graph reads first, the actor has one label, the dictionary's
    other = ({"Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"} - {first}).pop()
    kg = kgraph.KnowledgeGraph()
    kg.add_edges(kgraph.extract(f"Turkish President {first} criticised Greece.", doc_id="a"))
    kg.add_edges(kgraph.extract(f"Turkish President {other} praised Hungary.", doc_id="b"))
    erdogans = [a for a in kg.actors() if a.id.endswith("recep-tayyip-erdogan")]
    assert [a.label for a in erdogans] == ["Recep Tayyip Erdoğan"]
    assert "Recep Tayyip Erdogan" in erdogans[0].aliases
    assert {e.source.label for e in kg.edges()} == {"Recep Tayyip Erdoğan"}


@pytest.mark.parametrize(("name", "other", "same"), [
    ("Tehrik-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan", True),
    ("Luiz Inácio Lula da Silva", "Luiz Inacio Lula da Silva", True),
    ("Dmitry Polyansky", "Dmitry Polyanskiy", True),
    ("Dmitry Polyansky", "Polyansky", False),
    ("Hamas", "Hezbollah", False),
    ("Abdel Fattah al-Burhan", "Abdel Fattah el-Sisi", False),
])
def test_respelling(name, other, same):
    assert respelling(name, other) is same


def test_event_graph_nodes_take_the_dictionary_label():
    edges = kgraph.extract("Turkish President Recep Tayyip Erdogan criticised Greece.", doc_id="a")
    G = kgraph.views.events_graph(edges, kgraph.default_vocabulary())
    node = next(n for n in G if n.endswith("recep-tayyip-erdogan"))
    assert G.nodes[node]["label"] == "Recep Tayyip Erdoğan"
    assert "Recep Tayyip Erdogan" in G.nodes[node]["aliases"]


def test_two_descriptions_of_one_actor_keep_their_own_affiliations():
    from kgraph.model import Actor, Affiliation, Edge
    from kgraph.spellings import as_spelled
    name = dict(id="urn:x:mb", label="Mohammed bin Salman", kind="person", aliases=("Muhammad bin Salman",))
    crown = Actor(**name, affiliations=(Affiliation("urn:x:sa", role="crown_prince"),))
    pm = Actor(**name, affiliations=(Affiliation("urn:x:sa", role="prime_minister"),))
    other = Actor(id="urn:x:q", label="Qatar", kind="state")
    edges = [Edge(source=crown, relation="meets", target=other),
             Edge(source=pm, relation="meets", target=other)]
    got = as_spelled(edges, "Muhammad bin Salman met Qatar's emir. Muhammad bin Salman later ...")
    assert [e.source.label for e in got] == ["Muhammad bin Salman"] * 2
    assert [e.source.affiliations[0].role for e in got] == ["crown_prince", "prime_minister"]
