"""Tests for loading the spaCy pipeline (kgraph.nlp)."""

import pytest

from kgraph.nlp import load_pipeline


@pytest.mark.parametrize(("text", "form", "lemma"), [
    ("Ukrainian troops retook the city on Friday.", "retook", "retake"),
    ("The president forgave the rebels their debts.", "forgave", "forgive"),
])
def test_past_forms_the_small_pipeline_lacks_get_their_verb_lemma(text, form, lemma):
    tok = next(t for t in load_pipeline()(text) if t.lower_ == form)
    assert (tok.lemma_, tok.pos_) == (lemma, "VERB")


def test_known_past_forms_keep_their_lemma():
    assert [t.lemma_ for t in load_pipeline()("They took the town and retook it.")][1] == "take"


def test_a_post_on_x_ends_its_sentence_and_is_no_initial_of_the_next_name():
    doc = load_pipeline()("The minister wrote on X. Jane Doe, who heads the rival government, praised "
                          "the vote.")
    assert next(s.text for s in doc.sents) == "The minister wrote on X."
    assert "Jane Doe" in {e.text for e in doc.ents}
