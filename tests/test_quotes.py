"""Quotations of several sentences: the speaker named once speaks every sentence of them.

The sentences were written for these tests.
"""

import pytest

import kgraph
from kgraph.nlp import load_pipeline
from kgraph.quotes import attributions

REPORTING = {"say", "tell", "add"}


def _attributed(text):
    doc = load_pipeline()(text)
    return {doc[start].sent.text.strip(): verb.text for start, verb in attributions(doc, REPORTING).items()}


@pytest.mark.parametrize(("text", "expected"), [
    # the speaker after the quotation's last sentence
    ('"We will not retreat. Our troops stay where they are," the defence minister said on Monday.',
     {'"We will not retreat.': "said"}),
    # the speaker before its first, with curly marks
    ("The foreign minister told reporters: “Chad must pay. There is no other way.” Chad denied it.",
     {"There is no other way.”": "told"}),
])
def test_each_sentence_of_a_quotation_gets_its_reporting_verb(text, expected):
    assert _attributed(text) == expected


@pytest.mark.parametrize("text", [
    '"We will not retreat," the defence minister said.',  # one sentence: its own verb
    '"We will not retreat. Our troops stay where they are."',  # nobody named
    "Kenya said on Monday that talks would resume. Ethiopia did not comment.",  # no quotation
])
def test_quotations_without_a_speaker_elsewhere_get_none(text):
    assert _attributed(text) == {}


def _edges(text):
    return {(e.source.label, e.relation, e.target.label) for e in kgraph.extract(text, date="2025-03-01")
            if not e.negated}


def test_a_demand_in_an_earlier_sentence_of_the_quotation_is_the_speakers():
    text = ('"Rwanda must withdraw its troops from our territory. There is no other way," '
            "Congolese Foreign Minister Therese Kayikwamba Wagner told reporters.")
    assert ("Therese Kayikwamba Wagner", "demands", "Rwanda") in _edges(text)


def test_we_in_an_earlier_sentence_of_the_quotation_is_the_speakers_side():
    text = ('"We will never accept this. We condemn the aggression by Eritrea. Our sovereignty is not '
            'for sale," Ethiopian Foreign Minister Gedion Timothewos said.')
    got = _edges(text)
    assert ("Ethiopia", "condemns", "Eritrea") in got
    assert ("Gedion Timothewos", "condemns", "Eritrea") in got


@pytest.mark.parametrize("text", [
    # "should" in a quotation is advice, not a demand
    '"Rwanda should think again. There is still time," Kenyan President William Ruto said.',
    # an obligation on the speaker's own side is no demand
    '"Kenya must defend itself. There is no other way," Kenyan President William Ruto said.',
    # a quotation whose speaker is nobody named demands nothing
    '"Rwanda must withdraw its troops. There is no other way."',
])
def test_a_quotation_demands_only_with_must_of_another_side_and_a_speaker(text):
    assert not any(r == "demands" for _, r, _ in _edges(text))
