"""Tests for the second reading of misread sentences (kgraph.reparse)."""

import pytest

import kgraph
from kgraph.nlp import load_pipeline
from kgraph.reparse import reattach_content_clauses, repair_misread_sentences


def _parse(text):
    nlp = load_pipeline()
    return repair_misread_sentences(nlp, nlp(text))


@pytest.mark.parametrize(("text", "verb", "obj"), [
    # a past-tense verb with its own subject, hung as a modifier of its object
    ("It would be the first intervention since the bloc deployed troops in Gambia in January 2017.",
     "deployed", "troops"),
    ("ECOWAS deployed troops in Gambia in January 2017.", "deployed", "troops"),
])
def test_a_past_verb_read_as_a_modifier_of_its_object_is_read_again_as_the_verb(text, verb, obj):
    doc = _parse(text)
    v = next(t for t in doc if t.text == verb)
    assert v.dep_ != "amod" and v.pos_ == "VERB" and v.lemma_ == "deploy"
    assert any(c.dep_ == "dobj" and c.text == obj for c in v.children)
    assert any(c.dep_ == "nsubj" for c in v.children)


def test_the_second_reading_keeps_the_other_words_tags():
    text = "Any military intervention by Ecowas would be the first since the bloc deployed troops in Gambia."
    first = [t.tag_ for t in load_pipeline()(text)]
    doc = _parse(text)
    assert doc[12].text == "deployed" and doc[12].dep_ != "amod"
    assert [t.tag_ for t in doc if t.i != 12] == first[:12] + first[13:]


def test_a_definite_description_acts_in_a_repaired_clause():
    text = ("Ecowas imposed sanctions on Niger on Sunday. Any military intervention by Ecowas would be "
            "the first since the bloc deployed troops in Gambia in January 2017.")
    got = {(e.source.label, e.relation, e.target.label) for e in kgraph.extract(text)}
    assert ("ECOWAS", "mobilizes", "Gambia") in got


def test_a_participle_that_modifies_its_noun_stays_a_modifier():
    doc = _parse("The deployed troops returned to their barracks in Gambia.")
    assert next(t for t in doc if t.text == "deployed").dep_ == "amod"


def test_a_names_verb_read_as_a_participle_after_an_apposition_is_read_again():
    doc = _parse("General Abdourahamane Tiani, Niger's leader and the host of the summit, called on "
                 "neighbouring Benin to stop sheltering rebels.")
    called = next(t for t in doc if t.text == "called")
    assert called.dep_ == "ROOT" and called.lemma_ == "call"
    assert any(c.dep_ == "nsubj" and c.text == "Tiani" for c in called.children)


def test_a_real_participle_after_a_name_stays_one():
    doc = _parse("The report, published on Monday, said the talks had stalled.")
    assert next(t for t in doc if t.text == "published").dep_ == "acl"


@pytest.mark.parametrize(("text", "name", "edge"), [
    # the name left as the root, the verb a modifier of its object
    ("Sadc, as the regional body is known, imposed sanctions on Lesotho on Monday.", "Sadc",
     ("SADC", "sanctions", "Lesotho")),
    # the name read as the aside's passive subject
    ("Caricom, as the bloc is known, imposed sanctions on Haiti on Monday, including closing air and "
     "sea links.", "Caricom", ("Caricom", "sanctions", "Haiti")),
])
def test_a_names_verb_read_as_a_modifier_after_an_aside_is_read_again(text, name, edge):
    doc = _parse(text)
    imposed = next(t for t in doc if t.text == "imposed")
    assert imposed.dep_ == "ROOT" and imposed.lemma_ == "impose"
    assert any(c.dep_ == "nsubj" and c.text == name for c in imposed.children)
    got = {(e.source.label, e.relation, e.target.label) for e in kgraph.extract(text)}
    assert edge in got, got


@pytest.mark.parametrize(("text", "verb", "said"), [
    ("The Kenyan foreign ministry said in a statement that Somalia had violated the ceasefire.",
     "violated", "said"),
    ("The group's spokesman, Omar Haji, said in an audio message that the airstrikes would not go "
     "unanswered.", "go", "said"),
])
def test_what_a_side_said_in_a_statement_hangs_on_the_saying(text, verb, said):
    nlp = load_pipeline()
    first = nlp(text)
    clause = next(t for t in first if t.text == verb)
    assert clause.dep_ in ("acl", "relcl")  # the misreading this repairs
    doc = reattach_content_clauses(nlp(text), {"say"})
    clause = next(t for t in doc if t.text == verb)
    assert clause.dep_ == "ccomp" and clause.head.text == said
    assert len(list(doc.sents)) == 1


def test_a_relative_clause_of_a_statement_stays_on_it():
    nlp = load_pipeline()
    doc = reattach_content_clauses(nlp("Kenya said in a statement that was posted online that Somalia had "
                                       "violated the ceasefire."), {"say"})
    posted = next(t for t in doc if t.text == "posted")
    assert posted.head.text == "statement"


def test_a_side_that_said_in_a_statement_that_another_broke_a_truce_accuses_it():
    got = {(e.source.label, e.relation, e.target.label) for e in kgraph.extract(
        "The Kenyan foreign ministry said in a statement that Somalia had violated the ceasefire.")}
    assert ("Kenya", "accuses", "Somalia") in got, got


@pytest.mark.parametrize(("text", "verb"), [
    ("EU's Kallas hosts Georgian and Armenian negotiators in Brussels", "hosts"),
])
def test_a_headline_verb_in_the_present_read_as_a_noun_is_read_again_as_the_verb(text, verb):
    nlp = load_pipeline()
    doc = repair_misread_sentences(nlp, nlp(text), {"host"})
    v = next(t for t in doc if t.text == verb)
    assert v.pos_ == "VERB" and v.tag_ == "VBZ" and v.lemma_ == "host"
    assert any(c.dep_ == "nsubj" for c in v.children)
    got = {(e.source.label, e.relation, e.target.label) for e in kgraph.extract(text)}
    assert ("Kaja Kallas", "meets", "Georgia") in got, got


def test_a_headline_noun_phrase_is_not_read_as_a_verb():
    nlp = load_pipeline()
    doc = repair_misread_sentences(nlp, nlp("Sudan peace talks"), {"talk"})
    assert next(t for t in doc if t.text == "talks").pos_ != "VERB"


def test_a_verb_read_as_a_modifier_after_a_coordinated_subject_is_read_again():
    text = ("Ugandan and Congolese warplanes and artillery pounded camps of the Allied Democratic Forces "
            "(ADF) in eastern Democratic Republic of Congo.")
    got = {(e.source.label, e.relation, e.target.label) for e in kgraph.extract(text)}
    assert {("Uganda", "attacks", "Allied Democratic Forces"),
            ("DR Congo", "attacks", "Allied Democratic Forces")} <= got, got
    # a compound modifier stays one: "precision guided missiles"
    doc = _parse("British aircraft using precision guided missiles killed four fighters in Basra.")
    assert next(t for t in doc if t.text == "guided").dep_ == "amod"


def test_a_headline_verb_read_as_a_noun_with_a_subject_is_read_again_as_the_verb():
    nlp = load_pipeline()
    from kgraph.extract import default_extractor

    doc = repair_misread_sentences(nlp, nlp("Yemen's Houthis claim missile attacks on US ships"),
                                   default_extractor().lexicon.verbs)
    verb = next(t for t in doc if t.text == "claim")
    assert verb.pos_ == "VERB" and any(c.dep_ == "dobj" and c.text == "attacks" for c in verb.children)
    # a sentence with its full stop is no headline
    doc = repair_misread_sentences(nlp, nlp("The Houthis said the claim attacks were false."),
                                   default_extractor().lexicon.verbs)
    assert next(t for t in doc if t.text == "claim").pos_ != "VERB"
