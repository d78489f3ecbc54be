"""Datelines date undated documents: the year from the dateline, the file or the caller."""

import os
import time

import pytest

import kgraph
from kgraph.datelines import dateline_date
from kgraph.sources import iter_records

STORY = ("Kremlin rejects ceasefire proposal\n"
         "{dateline} Russia on Thursday rejected a proposal by Ukraine for a ceasefire, "
         "and President Vladimir Putin met Xi Jinping in Moscow.\n")


@pytest.mark.parametrize("dateline, reference, expected", [
    ("MOSCOW, March 13 (Reuters) -", "2025-06-30", "2025-03-13"),
    ("MOSCOW, March 13 (Reuters) -", "2025-01-10", "2024-03-13"),   # not yet March: last year's
    ("MOSCOW, March 13 (Reuters) -", "2025-03-12", "2025-03-13"),   # a day ahead: time zones
    ("KYIV, Ukraine, Sept. 5 (AP) —", "2025-09-30", "2025-09-05"),
    ("LONDON, 13 March 2021 (AFP) -", "2025-06-30", "2021-03-13"),  # its own year wins
    ("WASHINGTON, Feb. 3, 2021 (AP) —", None, "2021-02-03"),
    ("UNITED NATIONS, Oct 2 (Reuters) -", "2024-10-10", "2024-10-02"),
    ("Moscow, March 13 (Reuters) -", "2025-06-30", "2025-03-13"),
    ("MOSCOW, March 13 (Reuters) -", None, None),                   # no year to be had
    ("BRUSSELS (Reuters) -", "2025-06-30", None),                    # a dateline without a day
    ("Yesterday, March 13 -", "2025-06-30", None),                   # not a dateline
    ("PARIS, 31 February (AFP) -", "2025-06-30", None),              # no such day
])
def test_datelines(dateline, reference, expected):
    assert dateline_date(STORY.format(dateline=dateline), reference) == expected


def test_a_date_in_the_text_body_is_no_dateline():
    text = "Russia said on Thursday that talks, set for March 13 (Reuters) - sources say, were off."
    assert dateline_date(text, "2025-06-30") is None


def test_a_bad_reference_is_an_input_error():
    with pytest.raises(kgraph.InputError, match="reference date"):
        dateline_date("MOSCOW, March 13 (Reuters) - x", "13/03/2025")


def test_files_take_the_year_from_their_modification_time(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY.format(dateline="MOSCOW, Dec 30 (Reuters) -"), encoding="utf-8")
    stamp = time.mktime((2025, 1, 2, 12, 0, 0, 0, 0, -1))
    os.utime(path, (stamp, stamp))
    assert [r.date for r in iter_records(path)] == ["2024-12-30"]
    assert [r.date for r in iter_records(path, reference="2023-06-01")] == ["2022-12-30"]
    (tmp_path / "metadata.json").write_text('{"story.txt": {"date": "2024-12-31"}}', encoding="utf-8")
    assert [r.date for r in iter_records(tmp_path)] == ["2024-12-31"], "a given date wins"


def test_records_without_a_reference_need_the_year_in_the_dateline():
    recs = [{"id": "a", "text": STORY.format(dateline="MOSCOW, March 13 (Reuters) -")},
            {"id": "b", "text": STORY.format(dateline="MOSCOW, March 13, 2025 (Reuters) -")}]
    assert [r.date for r in iter_records(recs)] == [None, "2025-03-13"]
    assert [r.date for r in iter_records(recs, reference="2025-04-01")] == ["2025-03-13", "2025-03-13"]


def test_the_dateline_dates_the_edges_and_the_document():
    kg = kgraph.KnowledgeGraph()
    edges = kg.add_text(STORY.format(dateline="MOSCOW, March 13, 2025 (Reuters) -"), doc_id="s")
    assert edges and {e.date for e in edges} == {"2025-03-13"}
    assert kg.documents()[0].date == "2025-03-13"
    assert {e.date for e in kg.add_text(STORY.format(dateline="MOSCOW, March 13, 2025 (Reuters) -"),
                                        doc_id="s", date="2025-03-14")} == {"2025-03-14"}
