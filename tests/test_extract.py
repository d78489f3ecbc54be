"""Extraction behaviour on sentences written for these tests (not taken from the seeds)."""

import warnings

import pytest

import kgraph

from .conftest import find


def triples(text, date="2025-03-01"):
    return {(e.source.label, e.relation, e.target.label, e.negated, e.modality)
            for e in kgraph.extract(text, date=date)}


def test_active_voice_and_prepositional_target():
    assert ("France", "meets", "Germany", False, "asserted") in triples(
        "France met with Germany in Brussels on Monday.")
    assert ("Brazil", "requests", "United Nations", False, "asserted") in triples(
        "Brazil called on the United Nations to send observers.")


def test_passive_voice_with_agent():
    assert ("India", "condemns", "Pakistan", False, "asserted") in triples(
        "Pakistan was sharply condemned by India after the raid.")


def test_metonyms_and_demonyms_resolve_to_states():
    got = triples("The Kremlin accused Washington of meddling.")
    assert ("Russia", "accuses", "United States", False, "asserted") in got
    got = triples("Israeli officials rejected the Egyptian proposal.")
    assert any(s == "Israel" and r == "rejects" for s, r, *_ in got)


def test_negation():
    assert ("Turkey", "vetoes", "Sweden", True, "asserted") in triples(
        "Turkey did not veto the application submitted by Sweden.")
    assert ("Japan", "meets", "China", True, "asserted") in triples("Japan never met China.")


def test_refusal_gives_rejects_and_negated_event():
    got = triples("Venezuela refused to meet Colombia.")
    assert ("Venezuela", "rejects", "Colombia", False, "asserted") in got
    assert ("Venezuela", "meets", "Colombia", True, "asserted") in got


def test_modality_planned_and_hypothetical():
    got = triples("Kenya's president is expected to visit Ethiopia next week.")
    assert any(r == "visits" and t == "Ethiopia" and m == "planned" for _s, r, t, _n, m in got)
    assert ("Canada", "sanctions", "Iran", False, "planned") in triples(
        "Canada will impose sanctions on Iran.")
    got = triples("If Serbia attacked Kosovo, NATO could respond.")
    assert ("Serbia", "attacks", "Kosovo", False, "hypothetical") in got


def test_denials_and_absent_plans_are_negated():
    assert ("Chile", "aids", "Peru", True, "asserted") in triples(
        "Chile denied that it had sent weapons to Peru.")
    got = triples("No meeting has been scheduled between Egypt and Qatar.")
    assert any(r == "meets" and n and m == "planned" for _s, r, _t, n, m in got)
    got = triples("Bolivia said it has no plans to meet Chile.")
    assert any(r == "meets" and n for _s, r, _t, n, _m in got)


def test_sector_actors_take_their_state_from_modifiers_or_dateline():
    e = kgraph.extract("Israeli police detained two Palestinian men.")[0]
    assert e.relation == "coerces" and e.source.kind == "state_organ"
    assert any(a.actor.endswith("/israel") for a in e.source.affiliations)
    e = kgraph.extract("MANAGUA, Nicaragua -- Police arrested three opposition activists.")[0]
    assert "Nicaragua" in e.source.label and "Nicaragua" in e.target.label


def test_titles_resolve_to_office_holder_at_document_date():
    early = kgraph.extract("The American president met the French president.", date="2019-06-01")
    late = kgraph.extract("The American president met the French president.", date="2024-06-01")
    assert early and late
    assert early[0].source.label != late[0].source.label  # Trump in 2019, Biden in 2024
    assert early[0].target.label == late[0].target.label == "Emmanuel Macron"


def test_unknown_title_holder_falls_back_to_state_organ():
    edges = kgraph.extract("The Bhutanese foreign minister condemned Nepal.", date="2025-01-01")
    assert edges and edges[0].source.kind in ("state_organ", "person")


def test_ner_actor_gets_affiliation_from_modifier():
    edges = kgraph.extract("Russian diplomat Ivan Petrovsky condemned Estonia.", date="2025-01-01")
    e = find(edges, relation="condemns", target="Estonia")[0]
    assert e.source.label == "Ivan Petrovsky" and e.source.kind == "person"
    assert e.confidence < 1.0


def test_states_act_on_their_own_society_and_on_ner_actors_from_it():
    # officials and organs act for their state, so "Russia met Lavrov" is never an edge; groups
    # of its society and NER actors named with its demonym are not the state and can be its targets
    got = triples("The Nepalese government accepted the key demands of Nepalese protesters.")
    assert ("Nepal", "concedes", "Protesters in Nepal", False, "asserted") in got
    edges = kgraph.extract("The Israeli government outlawed the Popular Resistance Front.")
    assert [(e.source.label, e.relation) for e in edges] == [("Israel", "coerces")]
    assert not triples("Sergei Lavrov met Russia.", date="2024-01-01")


def test_subject_that_names_no_actor_acts_for_the_actor_inside_it():
    got = triples("The office of President Emmanuel Macron condemned the decision of Iran.")
    assert ("Emmanuel Macron", "condemns", "Iran", False, "asserted") in got
    got = triples("Members of Hamas attacked Israeli soldiers near the border.")
    assert ("Hamas", "attacks", "Israel Defense Forces", False, "asserted") in got
    # but never through a place: a bomb in Kyiv is not Ukraine's
    assert not triples("A car bomb in Kyiv killed a Chechen commander loyal to Ramzan Kadyrov.")


def test_recipients_that_are_the_trigger_word_are_targets_but_own_forces_are_not():
    got = triples("Bangladesh says it will not accept any more Rohingya refugees.")
    assert any(s == "Bangladesh" and r == "aids" and n for s, r, t, n, _m in got)
    got = triples("Germany deployed troops to Lithuania.")
    assert {(s, t) for s, _r, t, _n, _m in got} == {("Germany", "Lithuania")}


def test_names_ner_misses_become_actors_where_a_verb_takes_them():
    edges = kgraph.extract("Erdogan has accused Gulen of plotting a coup.", date="2020-01-01")
    e = find(edges, relation="accuses")[0]
    assert (e.source.label, e.target.label, e.target.kind) == ("Recep Tayyip Erdoğan", "Gulen", "person")
    assert e.confidence < find(kgraph.extract("Erdogan has accused Greece of plotting a coup.",
                                              date="2020-01-01"), relation="accuses")[0].confidence
    edges = kgraph.extract("The court in New Delhi ordered an investigation against Oommen Chandy.")
    assert any(e.target.label == "Oommen Chandy" for e in edges)
    # titles, platforms and diseases are not names
    for text in ("The President condemned Iran.", "Iran condemned Facebook.", "Covid-19 hit Iran hard."):
        assert not kgraph.extract(text), text


def test_coordinated_states_of_one_organ_are_split():
    got = triples("Nigerian and British armed forces have agreed to hold a joint military exercise.")
    assert any(r == "agrees" and {s, t} == {"Armed Forces of Nigeria", "Armed Forces of United Kingdom"}
               for s, r, t, _n, _m in got)


def test_object_of_a_control_verb_parsed_as_subject_of_its_complement():
    got = triples("Ethiopia said it would allow the World Food Programme to deliver food.")
    assert ("Ethiopia", "concedes", "World Food Programme", False, "hypothetical") in got


def test_the_government_without_a_state_in_sight_is_an_unnamed_government():
    edges = kgraph.extract("The government ordered the newspaper to suspend publication.")
    assert [(e.source.label, e.source_text) for e in edges] == [("Government", "The government")]
    # with a state in the previous sentence, it is that state's
    edges = kgraph.extract("Chad faces a crisis. The government ordered the newspaper to close.")
    assert [e.source.label for e in edges] == ["Chad"]


def test_coordinated_subjects_of_a_symmetric_relation_deal_with_each_other():
    got = triples("Kenya and Uganda agreed to share intelligence on Somalia.")
    assert any(r == "agrees" and {s, t} == {"Kenya", "Uganda"} for s, r, t, _n, _m in got)
    # not when they are the agents of a passive: both received the offer, from someone else
    got = triples("The offer was warmly received by Kenya and Uganda.")
    assert not any({s, t} == {"Kenya", "Uganda"} for s, _r, t, _n, _m in got)


def test_arrests_in_a_state_without_agent_are_that_states():
    got = triples("Opposition leader Kizza Besigye was arrested on Monday in Uganda.")
    assert ("Uganda", "coerces", "Kizza Besigye", False, "asserted") in got
    assert not triples("Kizza Besigye was killed in Uganda.")  # a killing in a state is not the state's


def test_heads_owned_by_a_person_or_placed_in_a_state():
    got = triples("Vladimir Putin said his country will not lift the ban on the European Union.",
                  date="2024-01-01")
    assert ("Russia", "concedes", "European Union", True, "planned") in got
    got = triples("The Assad regime said it would allow UN workers access.", date="2015-01-01")
    assert ("Government of Syria", "concedes", "United Nations", False, "hypothetical") in got
    got = triples("The U.S. Senate urged the Biden administration to end the sale.", date="2022-01-01")
    assert ("United States Senate", "requests", "Government of United States", False, "asserted") in got
    got = triples("Authorities in Pakistan have detained three Afghan refugees.")
    assert any(s == "Pakistan" and r == "coerces" for s, r, *_ in got)
    got = triples("The office of Mahmoud Abbas condemned Israel.", date="2020-01-01")
    assert ("Mahmoud Abbas", "condemns", "Israel", False, "asserted") in got


def test_weak_trigger_with_a_subject_that_names_no_actor():
    got = triples("The missiles fired by the Israeli military struck a Hezbollah depot.")
    assert ("Israel Defense Forces", "attacks", "Hezbollah", False, "asserted") in got


def test_places_of_a_state_are_targets_never_sources(tmp_path):
    places = tmp_path / "places.jsonl"
    places.write_text('{"place": "Zhytomyr", "state": "ukraine", "aliases": ["Jitomir"]}\n',
                      encoding="utf-8")
    ex = kgraph.Extractor(actors=kgraph.load_actors(places))
    got = {(e.source.label, e.relation, e.target.label, e.target_text)
           for e in ex.extract("Russian missiles struck a power station in Jitomir.")}
    assert ("Armed Forces of Russia", "attacks", "Ukraine", "Jitomir") in got
    assert not ex.extract("Zhytomyr condemned Russia.")  # a city does not speak for its state
    got = {(e.source.label, e.target.label) for e in ex.extract("Poland met Hungary in Jitomir.")}
    assert got == {("Poland", "Hungary")}  # nor is it met: it is the venue
    with pytest.raises(kgraph.VocabularyError, match="unknown state"):
        kgraph.load_actors(_write(tmp_path / "bad.jsonl", '{"place": "Atlantis", "state": "nowhere"}\n'))


def test_shipped_places_resolve_to_their_state():
    got = triples("Russian missiles struck an apartment block in Kharkiv.")
    assert ("Armed Forces of Russia", "attacks", "Ukraine", False, "asserted") in got
    got = triples("Police arrested dozens of protesters in Lahore.")
    assert any(s == "Police of Pakistan" and r == "coerces" for s, r, *_ in got)


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_recipient_hung_on_the_object_and_warnings_addressed_to_an_actor():
    got = triples("Italy returned a stolen Roman statue to Libya on Monday.")
    assert ("Italy", "concedes", "Libya", False, "asserted") in got
    got = triples("Serbia warned Kosovo that it would respond to any provocation.")
    assert ("Serbia", "threatens", "Kosovo", False, "asserted") in got
    assert not triples("Serbia warned that the region was unstable.")


def test_a_call_to_someone_is_a_meeting_but_calling_them_names_is_not():
    got = triples("Emmanuel Macron called Vladimir Putin on Friday to discuss Ukraine.", date="2022-03-01")
    assert ("Emmanuel Macron", "meets", "Vladimir Putin", False, "asserted") in got
    got = triples("Recep Tayyip Erdogan called Emmanuel Macron a disgrace.", date="2022-03-01")
    assert not any(r == "meets" for _s, r, *_ in got)
    got = triples("Canadian troops remained on alert in Latvia.")
    assert ("Armed Forces of Canada", "mobilizes", "Latvia", False, "asserted") in got


def test_national_agencies_and_another_states_namesake():
    got = triples("ICE deported a Guatemalan man on Friday.")
    assert ("U.S. Immigration and Customs Enforcement", "coerces", "Civilians in Guatemala", False,
            "asserted") in got
    # the same words after another state's name are not the US agency
    edges = kgraph.extract("The Philippine Justice Department charged three Chinese nationals.")
    assert edges and all("United States" not in e.source.label for e in edges)


def test_saying_another_actor_must_act_is_a_demand():
    got = triples("Turkey says Sweden must stop supporting Kurdish militants.")
    assert ("Turkey", "demands", "Sweden", False, "asserted") in got
    assert not any(r == "demands" for _s, r, *_ in triples("Iran said it must defend its borders."))
    assert not any(r == "demands" for _s, r, *_ in triples("Turkey says Sweden will host the summit."))


def test_receiving_from_an_actor_reverses_the_roles():
    assert ("China", "aids", "Kenya", False, "asserted") in triples("Kenya received a loan from China.")
    assert ("Russia", "invites", "Mali", False, "asserted") in triples(
        "Mali received an invitation from Russia.")
    got = triples("India and Pakistan exchanged fire along the border.")
    assert {("India", "Pakistan"), ("Pakistan", "India")} <= {(s, t) for s, r, t, _n, _m in got
                                                              if r == "attacks"}


def test_nominal_event_takes_its_target_from_its_infinitive():
    got = triples("Cuba's refusal to engage with the Colombian government angered Washington.")
    assert ("Cuba", "rejects", "Colombia", False, "asserted") in got
    got = triples("Japan's offer to help Ukraine was welcomed.")
    assert ("Japan", "proposes", "Ukraine", False, "asserted") in got


def test_other_ministers_fall_back_to_their_government():
    got = triples("Pakistan's interior minister accused India of sponsoring terrorism.")
    assert ("Government of Pakistan", "accuses", "India", False, "asserted") in got


def test_bodies_of_unknown_places_become_organizations():
    edges = kgraph.extract("The Catalan government rejected the ruling of the Spanish court.")
    e = find(edges, relation="rejects")[0]
    assert (e.source.label, e.source.kind, e.target.label) == (
        "Catalan government", "organization", "Judiciary of Spain")
    # a known state's government stays the state's
    assert find(kgraph.extract("The Russian government condemned Ukraine."),
                relation="condemns")[0].source.label == "Russia"


def test_ties_with_a_partner():
    got = triples("Israel established diplomatic ties on Saturday with Bhutan, a nation bordering India.")
    assert {(s, t) for s, _r, t, _n, _m in got} == {("Israel", "Bhutan")}


def test_adjunct_gerunds_take_the_main_subject_but_object_control_does_not():
    got = triples("After meeting Xi Jinping, Lula praised China.")
    assert ("Luiz Inácio Lula da Silva", "meets", "Xi Jinping", False, "asserted") in got
    got = triples("Ukrainian officials accused Moscow of stalling talks and not negotiating with Kyiv.")
    assert not any(r == "negotiates" and s != "Russia" for s, r, *_ in got)


def test_pronoun_resolves_to_antecedent_within_two_sentences():
    text = "Sergei Lavrov arrived in Ankara on Monday. He criticized NATO."
    e = find(kgraph.extract(text, date="2024-01-01"), relation="condemns")[0]
    assert e.source.label == "Sergei Lavrov" and e.source_text == "He"
    far = "Lavrov spoke. The weather was fine. Markets rose. Prices fell. He criticized NATO."
    assert not find(kgraph.extract(far, date="2024-01-01"), relation="condemns")


def test_compound_actors_are_split():
    got = triples("Armenia and Azerbaijan held talks with Georgia.")
    assert ("Armenia", "meets", "Georgia", False, "asserted") in got
    assert ("Azerbaijan", "meets", "Georgia", False, "asserted") in got


def test_nominal_events():
    got = triples("The meeting between Egypt and Qatar ended without a statement.")
    assert any(r == "meets" and {s, t} == {"Egypt", "Qatar"} for s, r, t, _n, _m in got)
    got = triples("Norway's proposal to Sweden was welcomed.")
    assert ("Norway", "proposes", "Sweden", False, "asserted") in got


def test_nested_target_inside_object():
    got = triples("Poland denounced Hungary's decision to block the aid.")
    assert ("Poland", "condemns", "Hungary", False, "asserted") in got


def test_empty_and_bad_input():
    assert kgraph.extract("") == []
    assert kgraph.extract("   \n\t ") == []
    with pytest.raises(TypeError, match="text"):
        kgraph.extract(None)
    with pytest.raises(TypeError, match="text"):
        kgraph.extract(b"Russia met China.")
    with pytest.raises(kgraph.InputError):
        kgraph.extract("Russia met China.", date="yesterday")


def test_non_english_text_warns_and_gives_no_edges():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert kgraph.extract("Россия осудила Украину. Москва встретилась с Пекином.") == []
    assert any(issubclass(w.category, kgraph.NotEnglishWarning) for w in caught)


def test_offsets_point_into_the_original_text():
    text = "Intro line without events.\n\nChile condemned Peru on Friday. Peru rejected Chile."
    for e in kgraph.extract(text, doc_id="x"):
        assert text[e.start:e.end] == e.sentence


def test_confidence_orders_dictionary_above_pronoun():
    text = "Ghana criticized Togo. It also criticized Benin."
    edges = kgraph.extract(text)
    direct = find(edges, source="Ghana", target="Togo")[0]
    via_pronoun = [e for e in edges if e.source_text == "It"]
    assert via_pronoun and via_pronoun[0].confidence < direct.confidence


def test_user_relations_triggers_and_actors_without_code(tmp_path):
    rel = tmp_path / "rel.csv"
    rel.write_text("name,label,definition,cameo,plover,quad_class,weight,symmetric,parent\n"
                   "lobbies,lobbies,An actor lobbies another.,021,REQUEST,verbal_cooperation,2,false,"
                   "requests\n", encoding="utf-8")
    lex = tmp_path / "lex.json"
    lex.write_text('{"relations": {"lobbies": {"verbs": ["lobby"]}}}', encoding="utf-8")
    act = tmp_path / "actors.jsonl"
    act.write_text('{"key": "arnor", "label": "Arnor", "kind": "state", "demonyms": ["Arnorian"]}\n'
                   '{"key": "gondor", "label": "Gondor", "kind": "state", "metonyms": ["Minas Tirith"]}\n',
                   encoding="utf-8")
    vocab = kgraph.load_vocabulary(rel)
    ex = kgraph.Extractor(actors=kgraph.load_actors(act), lexicon=kgraph.load_lexicon(lex, vocab),
                          vocabulary=vocab)
    got = {(e.source.label, e.relation, e.target.label) for e in
           ex.extract("Arnorian diplomats lobbied Minas Tirith.")}
    assert ("Arnor", "lobbies", "Gondor") in got


def test_html_given_as_text_keeps_paragraphs_and_offsets():
    text = "<html><body><p>Chile condemned Peru.</p><p>Bolivia met <b>Ecuador</b>.</p></body></html>"
    got = {(e.source.label, e.relation, e.target.label): e for e in kgraph.extract(text)}
    assert set(got) == {("Chile", "condemns", "Peru"), ("Bolivia", "meets", "Ecuador")}
    e = got[("Bolivia", "meets", "Ecuador")]
    assert e.sentence == "Bolivia met Ecuador." and text[e.start:e.end] == "Bolivia met <b>Ecuador</b>."


def test_invalid_dates_and_surrogates():
    with pytest.raises(kgraph.InputError, match="calendar"):
        kgraph.extract("Chile condemned Peru.", date="2025-02-30")
    with pytest.warns(kgraph.SkippedInputWarning, match="surrogates"):
        edges = kgraph.extract("Chile condemned Peru \ud800.")
    assert edges and "\ufffd" in edges[0].sentence
