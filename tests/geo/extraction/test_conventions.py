"""Conventions and classes of the round after the ninth blind set: dating, claimants,
places by role, an incident told on, denials and background (fixtures in our words)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-05-10"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


# Dating convention -----------------------------------------------------------------


def test_a_sentence_without_a_date_of_its_own_stays_undated_and_notes_the_borrowable_one():
    first, second = _events(
        "Guards fired on a group of smugglers near Tallinna on Tuesday. "
        "Two smugglers were wounded in the clash, officials said."
    )
    assert first.date == "2024-05-07"
    assert second.date == ""
    assert any("2024-05-07" in note and "not taken" in note for note in second.notes)


def test_a_denial_dated_only_as_a_statement_is_undated_and_reported_that_day():
    claim, denial = _events(
        "Villagers said soldiers pushed them back across the river near Narva on Monday.\n\n"
        "The defence minister denied on Wednesday that anyone had been pushed back."
    )
    assert claim.date == "2024-05-06"
    assert denial.status == "denied"
    assert denial.date == ""
    assert denial.reported == "2024-05-08"


# Places by their role in the sentence ------------------------------------------------


def _found(sentence: str, hints: tuple[str, ...]):
    from bordermap.geo.extraction.places import find_places

    return {p.text: p for p in find_places(sentence, hints=hints)}


def test_from_after_a_noun_is_where_people_came_from_not_where_it_happened():
    found = _found("A bus from Lviv was stopped at the Medyka crossing.", ("PL", "UA"))
    assert found["Lviv"].role == "origin"
    # After a verb, "from" is where the act happened.
    found = _found("Divers removed the buoys from the Narva river.", ("EE", "RU"))
    assert found["Narva river"].role == "at"


def test_towards_a_place_is_a_direction_not_a_location():
    found = _found("Guards fired at people walking back towards Belarus.", ("LT", "BY"))
    assert found["Belarus"].role == "aside"


def test_a_named_camp_keeps_its_camp_word_and_not_a_possessive_country_as_container():
    found = _found(
        "Fences went up near the Kalvo transit camp, in Latvia's Ludza county.", ("LV", "BY")
    )
    assert "near the Kalvo transit camp" in found
    assert found["near the Kalvo transit camp"].written_only


def test_a_building_named_after_its_settlement_places_the_event_in_the_settlement():
    found = _found("Wounded villagers reached the clinic at Dolni Varvol.", ("BG", "TR"))
    assert found["Dolni Varvol"].precision == "settlement"


def test_an_unknown_district_is_kept_as_a_district_and_the_finest_place_wins():
    found = _found("Jets bombed villages of Zorvak district on Monday.", ("TJ", "AF"))
    assert found["Zorvak district"].precision == "district"
    (event,) = _events(
        "Gunmen attacked a camp in Zorvak district, within the area of the Kordan border "
        "post, on Monday.",
    )
    assert event.place == "Kordan border post"
