"""Classes of report writing found on the misses of heldout53, heldout54 and the other
seen folders under half recall (session 31, round 31x), each checked on sentences written
for the test (other names, places and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.category_rules import categorise


def _events(body: str, published: str = "2020-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_state_changing_its_own_entry_rules_acts_as_a_whole():
    # "Norway relaxed its entry rules", "Serbia lifted its entry restrictions": the
    # rules bind every way into the state, not one line of it.
    events = _events(
        "Troops were sent to the border with Bulgaria in May. Serbia lifted its entry "
        "restrictions for foreigners on 12 June. Montenegro relaxed its entry rules on "
        "15 June."
    )
    places = {e.description[:10]: e.place for e in events}
    assert places.get("Serbia lif") == "Serbia", events
    assert places.get("Montenegro") == "Montenegro", events


def test_rules_on_travellers_from_many_countries_are_the_states_act():
    # "its restrictions on travellers from A, B and C", "its border to travellers from
    # every Schengen country": the countries after "from" only say whose travellers.
    events = _events(
        "Poland lifted its restrictions on travellers from Germany, Austria and Italy "
        "on 4 June. Slovakia shut its border to travellers from every Schengen country "
        "on 10 June."
    )
    assert [e.place for e in events] == ["Poland", "Slovakia"], events


def test_checks_on_one_named_line_stay_that_line():
    events = _events("Germany stepped up its checks on the border with Switzerland on 2 June.")
    assert events and "–" in events[0].place, events


def test_an_act_told_after_came_weeks_after_is_an_event_of_its_own():
    # "The case came less than two weeks after another tug was detained off X on 21
    # February": the words before "after" only frame; the clause tells an earlier act.
    events = _events(
        "Marine police held the tug Kelana off Pulau Rempang on 3 March. The case came "
        "less than two weeks after another tug, the Hai Xing, was detained off Pulau "
        "Rempang on 21 February on the same suspicion.",
        published="2022-03-05",
    )
    assert any(e.date == "2022-02-21" for e in events), events


def test_a_framing_came_after_with_no_act_of_its_own_stays_no_event():
    events = _events("The deaths come a month after another row on the Kurigram frontier.")
    assert not events, events


def test_a_count_opening_the_sentence_is_no_crossing_name():
    # "Four crossing points on the X border reopened": "Four" counts, it names nothing.
    events = _events("Four crossing points on the Estonian-Latvian border reopened on 18 May.")
    assert [e.place for e in events] == ["Estonian-Latvian border"], events


def test_people_taken_to_the_prison_in_a_town_are_held_there():
    # "had been taken to the prison in Owando": a detention, at the prison's town.
    events = _events(
        "Gendarmes arrested the men near the Gabonese border at Mbinda on 3 March.\n\n"
        "The site added that the men had been taken to the prison in Impfondo.",
        published="2022-03-20",
    )
    assert any(e.category == "detention" and e.place == "Impfondo" for e in events), events


def test_a_prison_named_without_its_town_is_left_as_it_was():
    # "sent to the Belize Central Prison": no town to place it at; the place carried from
    # the sentence before would be a guess, so the rule leaves it alone.
    assert (
        categorise("Eight fishermen were sent to the Dangriga Central Prison on 4 July.") is None
    )
