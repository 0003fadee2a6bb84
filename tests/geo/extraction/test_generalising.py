"""Rules written to generalise beyond the gold texts: any country, unknown places by their
shape, the incident's clause, bare names outside the report's countries."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.actors import COUNTRY_ADJECTIVES, country_codes_in
from bordermap.geo.extraction.places import find_places


def _events(body: str, published: str = "2024-05-10"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_countries_beyond_the_hand_table_are_named():
    assert country_codes_in("The Rwandan army crossed into the DRC, Britain said.") == [
        "RW", "CD", "GB",
    ]  # fmt: skip
    assert COUNTRY_ADJECTIVES["Guyana"] == "Guyanese"


def test_us_in_lower_case_is_a_pronoun_not_a_country():
    assert country_codes_in("Guards told us to leave.") == []
    assert country_codes_in("US agents and U.S. officials") == ["US", "US"]


def test_a_place_by_its_shape_is_kept_as_written_when_the_gazetteer_lacks_it():
    found = {f.text: f for f in find_places("Troops clashed in the Zorbek Valley in Qarluk.")}
    valley = found["Zorbek Valley in Qarluk"]
    assert valley.written_only and valley.precision == "settlement"
    found = {f.text: f for f in find_places("Debris was found near the village of Zorbekovo.")}
    assert found["near the village of Zorbekovo"].written_only


def test_a_peoples_name_after_near_is_not_an_unknown_place():
    assert find_places("Shots were fired near Polish positions.") == []


def test_the_place_is_taken_from_the_clause_that_tells_the_incident():
    (event,) = _events(
        "Kyrgyzstan said on Friday that 24 people had been killed along the Kyrgyz-Tajik "
        "border since Wednesday, and that thousands had been moved from the Batken region."
    )
    assert event.place_found == "Kyrgyzstan–Tajikistan border"


def test_a_bare_name_found_only_in_a_country_the_report_never_names_is_dropped():
    (event,) = _events(
        "Drones attacked Ukrainian ports on the Danube on Monday, Romania's defence ministry said."
    )
    assert event.place_found != "Podunavski"


def _dates(sentence, **kw):
    import datetime as dt

    from bordermap.geo.extraction.dates import find_dates

    return [(d.value, d.role) for d in find_dates(sentence, published=dt.date(2024, 5, 10), **kw)]


def test_month_first_ranges_numeric_days_and_days_ago():
    assert _dates("Clashes on May 6-8 left two dead.") == [("2024-05-06/2024-05-08", "event")]
    assert _dates("The post closed on 2024-05-03.") == [("2024-05-03", "event")]
    assert _dates("The post closed on 03.05.2024.") == [("2024-05-03", "event")]
    assert _dates("It happened two days ago.") == [("2024-05-08", "event")]
    assert _dates("Guards may 10 times a day stop cars.") == []


def test_the_next_day_counts_from_the_last_dated_day():
    import datetime as dt

    assert _dates("The next day troops withdrew.", anchor=dt.date(2024, 5, 6)) == [
        ("2024-05-07", "event")
    ]
    assert _dates("The next day troops withdrew.") == []


def test_a_duration_until_the_statement():
    sentence = (
        "Thirty people have been stuck for more than a week at the fence, groups said on Tuesday."
    )
    assert _dates(sentence, statement_verb_end=sentence.index("said") + 4) == [
        ("2024-04-30/2024-05-07", "event"),
        ("2024-05-07", "statement"),
    ]


def test_what_footage_shows_is_alleged_by_its_publisher():
    from bordermap.geo.extraction.attribution import read_attribution

    found = read_attribution(
        "Footage released on Monday by a group of rights monitors shows guards beating men."
    )
    assert (found.status, found.claimant) == ("alleged", "rights monitors")


def test_queues_of_lorries_and_evacuations_are_incidents():
    from bordermap.geo.extraction.category_rules import categorise

    assert categorise("Lines of lorries formed at the checkpoint.") == "border_infrastructure"
    assert categorise("Thousands were evacuated from the valley.") == "humanitarian_incident"
    assert categorise("The minister would visit the valley.") is None


def test_month_ranges_and_the_past_hours():
    assert _dates("Teams documented 37 pushbacks between January and March.") == [
        ("2024-01-01/2024-03-31", "event")
    ]
    assert _dates("Over the past 24 hours, guards stopped 52 attempts.") == [
        ("2024-05-09/2024-05-10", "event")
    ]


def test_talk_about_the_incident_told_before_is_no_new_event():
    events = _events(
        "The crossing at Sasabe was closed on Monday.\n\nResidents said the closure would "
        "hurt trade."
    )
    assert len(events) == 1


def test_speakers_by_their_head_word_before_a_place():
    from bordermap.geo.extraction.attribution import read_attribution

    found = read_attribution(
        "About 500 made it across, the government's delegation in the city said."
    )
    assert found.status == "alleged" and found.claimant.startswith("government's delegation")
    found = read_attribution(
        "Police detained dozens near Nador, a local rights group told Reuters."
    )
    assert found.claimant == "local rights group"
    found = read_attribution("The Tajik side dismissed the statement as groundless.")
    assert (found.status, found.denier) == ("denied", "Tajik side")


def test_a_negated_or_planned_strike_is_no_incident():
    from bordermap.geo.extraction.category_rules import categorise

    assert categorise("The ministry said it had not planned to strike any targets.") is None
    assert categorise("An air strike hit the village.") == "military_security"


def test_a_spokesperson_speaks_for_the_body():
    from bordermap.geo.extraction.attribution import read_attribution

    for sentence in (
        "Ivan Petrenko, a spokesman for the State Border Guard Service, said two were hurt.",
        "Two were hurt, said Ivan Petrenko, a spokesman for the State Border Guard Service.",
    ):
        assert read_attribution(sentence).claimant == "State Border Guard Service"


def test_two_dated_actions_at_two_places_give_two_events():
    events = _events(
        "Russian forces shelled the town of Vovchansk on Tuesday and struck Kupiansk on "
        "Thursday, Ukrainian officials said."
    )
    assert [(e.place, e.date) for e in events] == [
        ("town of Vovchansk", "2024-05-07"),
        ("Kupiansk", "2024-05-09"),
    ]


def test_the_crossing_after_near_stays_in_the_place():
    found = [f.text for f in find_places("Two guards were hurt near the Hoptivka crossing.")]
    assert found == ["near the Hoptivka crossing"]


def test_a_crossing_or_region_the_gazetteer_lacks_is_kept_and_known_later():
    events = _events(
        "Guards closed the Zorbek border post on Monday.\n\nA shell landed in Zorbek on "
        "Tuesday, a local official said."
    )
    assert [e.place for e in events] == ["Zorbek border post", "Zorbek"]


def test_parts_of_a_month_and_the_past_weekend():
    assert _dates("In the first three days of May, 7,000 people arrived.") == [
        ("2024-05-01/2024-05-03", "event")
    ]
    assert _dates("Over the past weekend, 36 wounded people arrived.") == [
        ("2024-05-04/2024-05-05", "event")
    ]


def test_a_border_post_before_a_date_is_not_a_statement():
    assert _dates("Guards closed the Zorbek border post late on Monday.") == [
        ("2024-05-06", "event")
    ]


def test_a_speaker_saying_an_act_did_not_happen_denies_it():
    from bordermap.geo.extraction.attribution import read_attribution

    found = read_attribution("Belarus said its helicopters had not crossed into Polish airspace.")
    assert (found.status, found.denier, found.claimant) == ("denied", "Belarus", "")


def test_a_habit_is_no_incident():
    from bordermap.geo.extraction.category_rules import categorise

    assert categorise("They usually accuse detained men of crossing the border.") is None


def test_closing_crossings_with_a_country_is_at_the_border_with_it():
    found = [
        f.result.name
        for f in find_places("Poland closed its crossings with Belarus.", hints=("PL", "BY"))
    ]
    assert found == ["Belarus–Poland border"]


def test_a_second_dated_clause_without_a_place_keeps_the_sentence_place():
    events = _events(
        "About 20 soldiers crossed into Lithuania near Medininkai on May 6, and dozens more "
        "on Wednesday, according to the Lithuanian border guard."
    )
    assert [e.date for e in events] == ["2024-05-06", "2024-05-08"]


def test_a_sentence_going_on_about_the_incident_is_evidence_not_an_event():
    events = _events(
        "Guards fired warning shots near Medininkai on Monday after soldiers crossed the "
        "border, the Lithuanian border guard said. The soldiers went back to their side "
        "after the shots."
    )
    assert len(events) == 1 and len(events[0].evidence) == 2


def test_the_border_between_two_countries_provinces_is_their_border():
    found = find_places(
        "Two guards died at the border between Iran's Sistan and Baluchestan province and "
        "Afghanistan's Nimroz province.",
        hints=("IR", "AF"),
    )
    assert [f.result.name for f in found] == ["Afghanistan–Iran border"]


def test_listed_crossings_with_a_country_stay_crossings():
    found = find_places("Police closed the Jarinje and Bërnjak crossings with Serbia.")
    assert "Serbia–Kosovo border" not in [f.result.name for f in found]


def test_a_bare_border_is_the_border_of_two_neighbouring_report_countries():
    from bordermap.geo.extraction.places import resolve_place

    assert resolve_place("the land border", ("BG", "AF", "TR")).name == "Bulgaria–Turkey border"


def test_a_named_place_after_the_is_no_reference_back():
    from bordermap.geo.extraction.references import references_back

    assert references_back("They fired on the Sasoli border post.") == []
    assert len(references_back("Two were hurt in the clashes.")) == 1


def test_datelines_titles_and_asides_before_the_speech_verb():
    from bordermap.geo.extraction.attribution import read_attribution

    assert read_attribution("KHARTOUM - Sudan's army said two were killed.").claimant == (
        "Sudanese army"
    )
    assert (
        read_attribution(
            "Iran's deputy police chief, Qassem Rezaei, accused Taliban forces of firing first."
        ).claimant
        == "Iranian deputy police chief Qassem Rezaei"  # the office and its holder
    )
    found = read_attribution(
        "A senior official, speaking on condition of anonymity, said it never took place."
    )
    assert (found.status, found.denier) == ("denied", "senior official")


def test_an_accusation_dated_before_its_of_dates_the_statement():
    assert _dates("Sudan's army accused Ethiopian forces late on Sunday of executing men.") == [
        ("2024-05-05", "statement")
    ]


def test_a_name_with_an_arabic_article_after_near_a_disputed():
    found = [
        f.text for f in find_places("Soldiers were seized near the disputed al-Fashaga farmland.")
    ]
    assert found and "al-Fashaga" in found[0]
