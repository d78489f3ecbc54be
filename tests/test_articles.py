"""Article-level behaviour: headlines, clutter and captions (texts written for these tests)."""

import kgraph
from kgraph.clean import clean

ARTICLE = """Kenya condemns Uganda over border raid
Nairobi summoned the Ugandan envoy on Tuesday after troops crossed the border near Busia.
Jane Wanjiru
12/03/2025
3 min read
Kenya's foreign ministry said the incursion violated an agreement signed in 2019, and asked the
African Union to send observers.
Related: Tanzania expels Burundi diplomats over smuggling row
Photo: Kenyan soldiers at the border (file photo)
Ugandan officials did not comment.
"""


def _triples(text):
    return {(e.source.label, e.relation, e.target.label) for e in kgraph.extract(text, doc_id="a")}


def test_the_headline_states_an_event():
    assert ("Kenya", "condemns", "Uganda") in _triples(ARTICLE)


def test_links_to_other_stories_state_nothing():
    got = _triples(ARTICLE)
    assert not [t for t in got if "Tanzania" in (t[0], t[2]) or "Burundi" in (t[0], t[2])], got


def test_captions_bylines_and_reading_times_are_dropped():
    kept = clean(ARTICLE).text
    assert "file photo" not in kept and "min read" not in kept
    assert "Ugandan officials did not comment." in kept and "asked the" in kept


def test_a_headline_shaped_line_after_the_body_is_no_source():
    text = ("Peru and Chile signed a fisheries accord in Lima on Monday, officials said.\n"
            "Bolivia accuses Ecuador of meddling\n"
            "The accord takes effect in May.\n")
    got = _triples(text)
    assert ("Peru", "agrees", "Chile") in got or ("Chile", "agrees", "Peru") in got, got
    assert not [t for t in got if t[1] == "accuses"], got


def test_a_run_of_headlines_before_the_body_is_a_link_list_after_the_first_two():
    text = ("World news\n"
            "Somalia and Djibouti sign port deal\n"
            "Sudan expels Chad envoy over border clash\n"
            "Ethiopia recalls its ambassador from Eritrea\n"
            "Somalia and Djibouti signed an agreement on the port of Berbera on Monday, officials said.\n")
    got = _triples(text)
    assert ("Somalia", "agrees", "Djibouti") in got or ("Djibouti", "agrees", "Somalia") in got, got
    assert not [t for t in got if {"Chad", "Eritrea"} & {t[0], t[2]}], got


def test_a_list_of_other_stories_names_no_one_of_this_article():
    text = ("Uganda and Congo extend joint offensive against rebels\n\n"
            "KAMPALA - Uganda and Congo agreed on Wednesday to extend their joint offensive in Ituri.\n\n"
            "Related:\n- Rwanda and Burundi trade blame as border talks stall\n"
            "- Explainer: Who are the rebels in Ituri?\n\n"
            "The United States said it was ready to share intelligence with both governments.\n")
    got = _triples(text)
    assert not any("Rwanda" in (s, t) or "Burundi" in (s, t) for s, _r, t in got), got
    assert any(s == "United States" and t in ("Uganda", "DR Congo") for s, _r, t in got), got
