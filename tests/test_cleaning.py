"""Boilerplate removal removes boilerplate, not article text, and says what it removed (issue 13.2)."""

from __future__ import annotations

import warnings

import pytest

import kgraph
from kgraph.clean import clean

PARAGRAPH = ("The foreign ministers of France and Germany met in Berlin on Tuesday to discuss the "
             "ceasefire proposal and the sanctions that the European Union is preparing.")
LATER = "Russia condemned Ukraine for the attack on the bridge, the ministry said on Wednesday."

MIDDLE_LINES = [
    "A message from the President was read.",
    "Copyright law was debated.",
    "Comments",
    "Read more:",
    "More from the summit:",
    "(c) agency",
    "You may also like",
    "Leave a Reply",
]


@pytest.mark.parametrize("line", MIDDLE_LINES)
def test_a_marker_in_the_middle_of_an_article_cuts_nothing(line):
    text = "\n\n".join([PARAGRAPH, PARAGRAPH, line, LATER, PARAGRAPH, PARAGRAPH]) + "\n"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        c = clean(text)
    assert LATER in c.text and c.text.count(PARAGRAPH) == 4
    assert c.dropped_chars <= len(line)  # at most the line itself ("Read more:" is a link line)


MARKERS = [*MIDDLE_LINES, "© Agency 2024", "Related articles", "Share this:", "About the author",
           "Sign up for our newsletter", "Adblock detected", "3 comments",
           "Copyright 2024 Reuters. All rights reserved."]


@pytest.mark.parametrize("line", MARKERS)
def test_a_marker_followed_by_more_article_near_the_end_cuts_nothing(line):
    # past the middle, but two paragraphs of article follow: a newsletter box or a link in the text
    text = "\n".join([PARAGRAPH, PARAGRAPH, PARAGRAPH, line, LATER, PARAGRAPH]) + "\n"
    c = clean(text)
    assert LATER in c.text and c.text.count(PARAGRAPH) == 4


WEAK = ["Comments", "Read more:", "More from the summit:", "(c) agency", "3 comments", "About the author"]


@pytest.mark.parametrize("line", WEAK)
def test_a_weak_marker_followed_by_any_article_sentence_cuts_nothing(line):
    text = "\n".join([PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH, line, LATER]) + "\n"
    assert LATER in clean(text).text


@pytest.mark.parametrize("line", ["A message from the President was read.", "Copyright law was debated."])
def test_a_sentence_that_starts_like_a_marker_is_article_text_even_near_the_end(line):
    text = "\n".join([PARAGRAPH, PARAGRAPH, PARAGRAPH, line, LATER]) + "\n"
    c = clean(text)
    assert line in c.text and LATER in c.text


def test_a_copyright_line_near_the_top_of_a_long_article_keeps_the_article():
    text = f"Agency report\n{PARAGRAPH}\n(c) agency\n" + "\n".join([PARAGRAPH, LATER] * 50) + "\n"
    c = clean(text)
    assert c.text.count(LATER) == 50


FOOTER = ["Leave a Reply", "Fill in your details below or click an icon to log in:",
          "You are commenting using your WordPress.com account.",
          "Somebody wrote that Russia condemned Ukraine and China condemned Japan in 2020.",
          "Liked by 3 people", "This site uses Akismet to reduce spam."]


def test_a_footer_is_still_removed_and_reported():
    footer = FOOTER
    text = "\n".join([PARAGRAPH, LATER, PARAGRAPH, PARAGRAPH, *footer]) + "\n"
    with pytest.warns(kgraph.SkippedInputWarning, match=r"dropped \d+ characters .*'Leave a Reply'") as rec:
        c = clean(text)
    assert "China condemned Japan" not in c.text and LATER in c.text
    gone = sum(len(line) - line.count(" ") for line in footer)
    assert c.dropped_chars == gone and str(gone) in str(rec[0].message)


def test_the_document_keeps_the_count_in_every_store(tmp_path):
    text = "\n".join([PARAGRAPH, LATER, PARAGRAPH, PARAGRAPH, *FOOTER])
    for store in ("memory", "oxigraph"):
        kg = kgraph.KnowledgeGraph(store=store)
        with pytest.warns(kgraph.SkippedInputWarning):
            kg.add_text(text, doc_id="d")
        [doc] = kg.documents()
        assert doc.dropped_chars == clean(text, warn=False).dropped_chars > 100
        path = kg.save(tmp_path / f"{store}.ttl")
        assert [d.dropped_chars for d in kgraph.load(path).documents()] == [doc.dropped_chars]
        kg.close()


@pytest.mark.parametrize("sep", ["\x1e", "\x1c", "\x1d", "\x85", "\u2028", "\u2029", "\x0b", "\x0c"])
def test_a_dropped_line_never_joins_the_text_around_it_into_one_sentence(sep):
    # str.splitlines breaks at these, the parser does not: the "0." line (a menu bullet before
    # the body) was dropped and the evidence sentence spanned it (found by tests/test_properties.py)
    text = f"Russia condemned Ukraine{sep}0.\nChina condemned Japan."
    edges = kgraph.extract(text, doc_id="p")
    assert edges and all(text[e.start:e.end] == e.sentence for e in edges)


def test_a_byline_of_two_names_goes_and_a_sentence_opening_with_by_stays():
    text = ("Cambodia rejects Vietnam's canal demand\nBy Sokha Chan and Nguyen Thi Lan\n"
            "By Monday, Russian forces had captured the town, officials said.\n"
            "By land and sea, the army advanced toward the city.\n")
    kept = clean(text).text
    assert "Sokha" not in kept
    assert "By Monday, Russian forces" in kept and "By land and sea" in kept


def test_bylines_of_a_desk_and_time_stamps_go_and_lookalike_sentences_stay():
    text = ("Syria and Israel hold talks in Paris\n\nBy Levant Monitor staff\nPublished On 20 Aug 2025\n"
            "Updated: 18 March 2025, 16:47 ICT\n\nPublished reports said 20 soldiers died on Monday\n"
            "Syria's foreign minister met Israel's strategic affairs minister in Paris on Tuesday.\n")
    kept = clean(text).text
    assert "Levant Monitor" not in kept and "20 Aug" not in kept and "16:47" not in kept
    assert "Published reports said" in kept


PAGE = """The Harbour Gazette
Home | World | Politics | Business | Sport | Opinion
Sign in | Subscribe
We use cookies to personalise content. By using this site you agree to our cookie policy. [Accept]
EUROPE > BALKANS
Serbia accuses Kosovo of blocking border crossing at Jarinje
EU envoy urges both sides to restore freedom of movement
By Ana Petrovic in Belgrade
[Share] [Save] [Print]

BELGRADE - Serbian officials said on Monday that trucks had waited for two days at the crossing \
while talks on customs rules went on in Brussels without a result.
"""


def test_a_headline_after_a_masthead_menus_and_a_cookie_notice_is_read():
    cleaned = clean(PAGE, warn=False)
    lines = {cleaned.text[a:b].strip() for a, b in cleaned.headings}
    assert "We use cookies" not in cleaned.text and "[Share]" not in cleaned.text
    assert not any(line.startswith(("Serbia accuses", "EU envoy urges")) for line in lines), lines
    got = {(e.source.label, e.relation, e.target.label) for e in kgraph.extract(PAGE)}
    assert ("Serbia", "accuses", "Kosovo") in got, got


def test_after_the_headline_and_standfirst_short_lines_before_the_body_state_nothing():
    page = PAGE.replace("By Ana Petrovic in Belgrade", "Serbia and Kosovo sign trade deal in Ohrid")
    cleaned = clean(page, warn=False)
    lines = {cleaned.text[a:b].strip() for a, b in cleaned.headings}
    assert "Serbia and Kosovo sign trade deal in Ohrid" in lines, lines
