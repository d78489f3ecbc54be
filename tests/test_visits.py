"""Visits a meeting implies: a guest received at home, a side met in the other's country.

The sentences were written for these tests.
"""

import pytest

import kgraph


def _visits(text):
    return {(e.source.label, e.target.label, e.modality) for e in kgraph.extract(text, date="2026-03-01")
            if e.relation == "visits"}


@pytest.mark.parametrize(("text", "visit"), [
    # the guest of a verb of hosting has come to the host's country
    ("Egyptian President Abdel Fattah al-Sisi received Indonesian President Prabowo Subianto at the "
     "palace on Tuesday.", ("Prabowo Subianto", "Egypt")),
    ("Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed on Monday.",
     ("Abiy Ahmed", "Kenya")),
    # a meeting in a place of one side's state: the other side has travelled there
    ("South Korean Foreign Minister Cho Hyun held talks with his Vietnamese counterpart Le Hoai Trung in "
     "Hanoi on Thursday.", ("Cho Hyun", "Vietnam")),
    ("US envoy John Coale met Belarusian President Alexander Lukashenko in Minsk.",
     ("John Coale", "Belarus")),
])
def test_a_meeting_at_one_sides_home_is_the_other_sides_visit(text, visit):
    assert (*visit, "asserted") in _visits(text)


@pytest.mark.parametrize("text", [
    # an envoy or a diplomat receives the parties where the talks are, not at home
    "The bloc's special envoy, the retired Zambian diplomat Jane Mwila, received Tanzanian President "
    "Samia Suluhu Hassan on Tuesday.",
    # a meeting in a third country, or at home between two of the same side
    "French President Emmanuel Macron met German Chancellor Olaf Scholz in Beijing.",
    "Kenyan President William Ruto met Kenyan opposition leader Raila Odinga in Nairobi.",
    # an offer to host brings no one yet
    "Kenyan President William Ruto offered to host Ethiopian Prime Minister Abiy Ahmed next month.",
    # hosting talks is not hosting a guest
    "Qatar hosted talks between Israel and Hamas.",
])
def test_no_visit_without_a_guest_who_came_to_the_hosts_country(text):
    assert not _visits(text)


@pytest.mark.parametrize(("text", "visit"), [
    # an invitation its guest accepts is a visit planned to the place it names ...
    ("Kenyan President William Ruto invited Ethiopian Prime Minister Abiy Ahmed to visit Mombasa in May, "
     "and Abiy accepted.", ("Abiy Ahmed", "Kenya")),
    ("Indian Prime Minister Narendra Modi accepted an invitation from his Egyptian counterpart to travel "
     "to Cairo later this year.", ("Narendra Modi", "Egypt")),
    # ... or to the host's state
    ("Brazilian President Luiz Inacio Lula da Silva accepted an invitation from Chinese President Xi "
     "Jinping for a state visit.", ("Luiz Inacio Lula da Silva", "China")),
])
def test_an_accepted_invitation_is_a_planned_visit(text, visit):
    assert (*visit, "planned") in _visits(text)


@pytest.mark.parametrize("text", [
    # not yet accepted, or declined
    "Kenyan President William Ruto invited Ethiopian Prime Minister Abiy Ahmed to visit Mombasa in May.",
    "Indian Prime Minister Narendra Modi declined an invitation from his Egyptian counterpart to travel "
    "to Cairo.",
    # an invitation to an event, wherever it is held
    "Brazilian President Luiz Inacio Lula da Silva accepted an invitation from Chinese President Xi "
    "Jinping to attend the summit.",
])
def test_no_visit_for_an_invitation_not_accepted_or_to_an_event(text):
    assert not _visits(text)


@pytest.mark.parametrize(("text", "pair"), [
    ("The European Union sent Serbian President Aleksandar Vucic an invitation to visit Brussels.",
     ("European Union", "Aleksandar Vucic")),
    # made to the person who accepts it, not to their state
    ("Indian Prime Minister Narendra Modi accepted an invitation from his Egyptian counterpart to visit "
     "Cairo.", ("Egypt", "Narendra Modi")),
])
def test_the_place_an_invitation_names_is_not_its_guest(text, pair):
    edges = kgraph.extract(text)
    assert {(e.source.label, e.target.label) for e in edges if e.relation == "invites"} == {pair}
