"""Classes found by the lead in session 20 on a real report run through ``extract`` (the
sentences here are written for the test)."""

import datetime as dt

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.dates import find_dates


def _events(body: str, published: str = "2024-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_first_level_unit_places_a_report_that_never_names_its_country():
    # A report on a state or province often names neither country; the unit's own name
    # says where, where a bare town name could be a namesake abroad.
    events = _events(
        "Some 120 people were detained in Arizona after they crossed the border on "
        "Tuesday, the agency said."
    )
    assert [e.place for e in events] == ["Arizona"], events
    # The country they came from is not where they were held.
    events = _events(
        "Some 120 people were detained in Arizona after they crossed the border from "
        "Mexico on Tuesday, the agency said."
    )
    assert [e.place for e in events] == ["Arizona"], events


def test_a_town_of_a_country_the_report_never_names_is_still_left_out():
    # The unit rule is for first-level units only: a bare settlement name abroad stays out.
    events = _events("Police detained 12 people in Sonoita on Tuesday, the agency said.")
    assert all(e.place != "Sonoita" for e in events), events


def test_a_unit_described_as_on_the_border_is_the_unit_not_the_border():
    # "the Mexican border state of Coahuila": the state, not the Mexico–US border.
    events = _events(
        "Rescuers pulled two bodies from the river on Sunday, said an official in the "
        "Mexican border state of Coahuila."
    )
    assert [e.place for e in events] == ["Coahuila"], events
    events = _events(
        "Police found three bodies in the northern Thai border province of Tak on Monday."
    )
    assert [e.place for e in events] == ["Tak"], events


def test_the_dead_told_by_their_finding_are_an_incident():
    # "discovered the victims near X on Thursday": a finding of the dead, dated and placed.
    events = _events(
        "Rain had swollen the river for days. Rescuers discovered the victims near "
        "Piedras Negras on Thursday."
    )
    assert [(e.place, e.date) for e in events] == [("near Piedras Negras", "2024-06-20")], events
    events = _events("Soldiers found the remains near Piedras Negras on Thursday.")
    assert [e.category for e in events] == ["humanitarian_incident"], events


def test_two_days_of_one_affair_are_a_span():
    # "on Nov. 12 and Nov. 13": the days of one affair, as "on 12 and 13 November" are.
    def values(sentence):
        return [d.value for d in find_dates(sentence, published=dt.date(2018, 11, 15))]

    assert values("The men were held on Nov. 12 and Nov. 13.") == ["2018-11-12/2018-11-13"]
    assert values("The men were held on Nov. 12 and on Nov. 14.") == ["2018-11-12/2018-11-14"]
    # Days far apart are two days, not the weeks between them.
    assert values("The men were held on May 3 and June 10.") == ["2018-05-03", "2018-06-10"]


def test_a_country_of_several_words_after_a_direction_is_read_whole():
    # "northern Burkina Faso" once became the place text "northern Burkina".
    events = _events(
        "Gunmen killed 40 villagers in an attack in northern Burkina Faso on Friday, "
        "the government said."
    )
    assert [e.place for e in events] == ["northern Burkina Faso"], events


def test_according_to_the_report_is_the_report_of_the_voice_cited_last():
    # "According to the report, ..." once gave the claimant "the".
    events = _events(
        "Three soldiers were killed in an attack on a post at Kalfou on Friday, state "
        "radio reported. According to the report, the attackers fled towards the river "
        "after an hour-long gunfight at Kalfou."
    )
    assert events and all(e.claimed_by == ["state radio"] for e in events), events


def test_a_speaker_described_by_an_office_of_a_place_without_an_article():
    # "Name, police chief of X province, says ...": the name speaks (once no one did,
    # or "one Afghan" from the words said).
    events = _events(
        "Gunfire broke out at the Kalfou crossing overnight. Col. Amadou Sow, police chief "
        "of Kalfou province, says one Malian officer was killed and six were wounded at "
        "the Kalfou crossing."
    )
    assert any(e.claimed_by == ["Col. Amadou Sow"] for e in events), events
    assert not any(e.claimed_by == ["one Malian"] for e in events), events


def test_a_wire_dateline_dates_and_titles_nothing():
    # "Kampala, Feb 21 Troops ...": the city and day the report was filed, its dash lost;
    # "GULU: Troops ...": a city in capitals and a colon.
    for opening in ("Kampala, Feb 21 ", "GULU: "):
        events = _events(
            f"{opening}Troops exchanged fire at the Elegu crossing, leaving a guard injured.",
            published="2023-02-21",
        )
        assert events, opening
        assert events[0].date == "", (opening, events)
        assert events[0].title.startswith("Troops exchanged fire"), (opening, events)
