"""Classes of report writing found on heldout47 and heldout48 (session 28, round 28y),
each checked on sentences written for the test (other names, places and speakers than
any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.places import find_places


def _events(body: str, published: str = "2021-03-12"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_off_a_named_side_of_a_countrys_coast_is_at_sea_beside_the_country():
    # "off the east coast of X" is worded like "off the coast of X": the incident is at
    # sea beside X, and X still places it.
    events = _events(
        "A Norwegian patrol vessel fired warning shots at Danish trawlers off the west "
        "coast of Norway on Tuesday."
    )
    assert len(events) == 1 and events[0].place == "Norway", events
    assert events[0].date == "2021-03-09", events


def test_a_queue_told_by_the_wait_in_it_or_its_length_is_an_event():
    # "lorries waited two hours at X", "the line had reached five kilometres", "a
    # six-kilometre column formed": the wait or the length tells the queue.
    events = _events(
        "Lorries heading the other way, into Austria, also waited at least three hours "
        "at Nickelsdorf."
    )
    assert len(events) == 1 and events[0].place == "Nickelsdorf", events
    events = _events(
        "On Monday the line had reached seven kilometres at Nickelsdorf and drivers "
        "needed at least four hours to get into Austria."
    )
    assert len(events) == 1 and events[0].date == "2021-03-08", events
    events = _events(
        "On 3 March a nine-kilometre column formed on the road to Nickelsdorf in Austria."
    )
    assert len(events) == 1 and events[0].date == "2021-03-03", events


def test_the_country_a_queue_leads_into_is_not_where_it_stood():
    # "drivers needed three hours to get into X": X is where the queue leads; the
    # crossing told before is where it stood.
    events = _events(
        "Drivers waited up to five hours at the Nickelsdorf crossing on Tuesday.\n\n"
        "On Wednesday the line had reached six kilometres and drivers needed at least "
        "three hours to get into Austria."
    )
    assert len(events) == 2, events
    assert events[1].place == "Nickelsdorf crossing", events
    assert events[1].date == "2021-03-10", events


def test_a_country_named_as_anothers_neighbour_does_not_own_its_border():
    # "Hungary's neighbour Austria ordered checks on its border with X": "its" is the
    # neighbour's, the subject; the report's own border with X is not the place.
    events = _events(
        "Hungary put police checks back on its border with Slovakia on Wednesday.\n\n"
        "Hungary's neighbour Austria had on Monday ordered new checks on its border "
        "with Slovakia."
    )
    assert len(events) == 2, events
    assert events[1].place == "Austria–Slovakia border", events
    assert events[1].date == "2021-03-08", events


def test_an_outlet_described_as_public_or_official_speaks_by_its_name():
    # "the public broadcaster X reported", "the official news agency Y said": the kind
    # of outlet is dropped and the outlet speaks, as for "the state broadcaster X".
    events = _events(
        "Police escorted 120 Malians back across the border at Gogui on Tuesday, the "
        "public broadcaster ORTM reported."
    )
    assert len(events) == 1 and events[0].status == "alleged", events
    assert events[0].claimed_by == ["ORTM"], events


def test_people_named_by_where_they_are_speak_before_the_verb():
    # "People in the area told X that", "Others in the community said": a group named
    # by where its people are speaks, as "according to people in the village" does.
    events = _events(
        "People in the valley told Rudaw that Iranian guards shot two porters near "
        "Piranshahr on Monday."
    )
    assert len(events) == 1 and events[0].status == "alleged", events
    assert events[0].claimed_by == ["People in the valley"], events
    events = _events(
        "Twelve Kurdish porters were handed to Iranian guards at the Piranshahr crossing "
        "on 5 March, a relative told the paper.\n\n"
        "Others in the Kurdish community said the 12 had been arrested in Piranshahr on "
        "1 March."
    )
    assert events[-1].status == "alleged", events
    assert events[-1].claimed_by == ["Others in the Kurdish community"], events


def test_an_office_held_then_is_an_appositive_of_the_speaker():
    # "Name, then the ministry's spokesman, dismissed the X report": "then" before the
    # office leaves it an appositive, so the named person denies.
    events = _events(
        "The broadcaster Rudaw reported that Iranian guards shot two porters near "
        "Piranshahr on Monday.\n\n"
        "Kamal Rezaei, then the ministry's spokesman, dismissed the Rudaw report on "
        "10 March, saying no shots were fired."
    )
    assert len(events) == 2, events
    assert events[1].status == "denied" and events[1].claimed_by == ["Rudaw"], events


def test_saying_the_accounts_did_not_match_the_facts_only_denies():
    # "dismissed the X report, saying accounts of troops on patrol inside Y did not match
    # the facts": the words after ", saying" call the account untrue; they are no
    # account of the denier's own.
    events = _events(
        "The broadcaster Rudaw reported that Iranian troops patrolled inside Iraq near "
        "Penjwen on Monday.\n\n"
        "Kamal Rezaei, the ministry's spokesman, dismissed the Rudaw report on 10 "
        "March, saying accounts of Iranian troops on patrol inside Iraq did not match "
        "the facts."
    )
    assert len(events) == 2, events
    assert events[1].status == "denied" and events[1].claimed_by == ["Rudaw"], events


def test_people_picked_up_at_sea_or_landed_ashore_are_an_incident():
    # "were picked up off X on Saturday", "that group was eventually landed in Y":
    # people taken from the sea, and brought to land, told in the passive.
    events = _events(
        "The 212 migrants, among them 40 children, were picked up off Tunisia on "
        "Saturday in several operations by navy ships."
    )
    assert len(events) == 1 and events[0].place == "Tunisia", events
    assert events[0].date == "2021-03-06", events
    events = _events(
        "Malta turned away 80 migrants rescued on Friday, Italian papers said.\n\n"
        "That group was eventually landed in Sardinia."
    )
    assert events and events[-1].place == "Sardinia", events
    assert "landed" in events[-1].description, events


def test_a_country_closing_its_ports_is_placed_in_the_country():
    # "Spain closed its ports to the ship", "the country's ports were being closed":
    # every port of one country, as "its borders" are every border.
    events = _events("Spain closed its ports to the rescue ship on Monday.")
    assert len(events) == 1 and events[0].place == "Spain", events
    assert events[0].date == "2021-03-08", events
    events = _events(
        "Spain's interior minister said on Monday that the country's ports were being "
        "closed to the ship."
    )
    assert len(events) == 1 and events[0].place == "Spain", events
    events = _events(
        "Carlos Ruiz, Spain's interior minister, said on Monday that the country's ports "
        "were being closed to the ship."
    )
    assert len(events) == 1 and events[0].place == "Spain", events
    assert events[0].claimed_by == ["Carlos Ruiz"], events


def test_checks_told_with_the_verb_are_an_event():
    # "has been checking its border with X since ...", "began checking traffic at its
    # crossings with Y on ...": the checks told by the verb, not the noun.
    events = _events("Hungary began checking traffic at its crossings with Serbia on 3 March.")
    assert len(events) == 1 and events[0].place == "Hungary–Serbia border", events
    assert events[0].date == "2021-03-03", events
    events = _events("Check the border police's notices before you set off for Hungary.")
    assert events == (), events


def test_a_plan_said_after_an_act_told_in_the_reports_voice_leaves_the_act_confirmed():
    # "X has been checking its border with Y since ... and says it will keep doing so":
    # the checks are told by the report; only the plan after "and says" is X's.
    events = _events(
        "Croatia shut two crossings with Serbia on 1 March.\n\n"
        "Hungary has been checking its border with Serbia since 2 March and says it "
        "will keep doing so until 20 March."
    )
    assert len(events) == 2, events
    assert events[1].status == "confirmed" and events[1].claimed_by == [], events
    assert events[1].place == "Hungary–Serbia border", events


def test_in_turn_between_the_auxiliary_and_the_verb_leaves_since_the_first_day():
    # "has in turn been checking ... since 2 March" is dated as "has been checking
    # ... since 2 March": a measure kept since the day it began.
    events = _events(
        "Croatia shut two crossings with Serbia on 1 March.\n\n"
        "Hungary has in turn been checking its border with Serbia since 2 March."
    )
    assert len(events) == 2 and events[1].date == "2021-03-02", events


def test_overnight_from_one_weekday_to_the_next_is_that_night():
    # "overnight from Monday to Tuesday" is the night into Tuesday, as "overnight into
    # Tuesday" is, not the night before the report.
    events = _events(
        "Finland brought back controls on its border with Sweden overnight from Monday "
        "to Tuesday.",
        published="2021-03-11",
    )
    assert len(events) == 1 and events[0].date == "2021-03-08/2021-03-09", events


def test_waters_of_a_country_of_several_words_are_that_countrys():
    # "Trinidad and Tobago's waters", "Bosnia and Herzegovina's airspace": the whole
    # name owns them; its last word alone ("Tobago's waters") is another, finer place.
    found = find_places(
        "Crews from Barbados kept sailing into Trinidad and Tobago's waters.",
        hints=("TT", "BB"),
    )
    assert [f.result.name for f in found if f.role == "at"] == ["Trinidad and Tobago"], found


def test_a_country_closing_its_land_air_and_sea_borders_is_placed_in_the_country():
    # "closed its land borders", "its land, air and sea borders": kinds of border named
    # together are still every border of the one country.
    events = _events(
        "Guards detained 12 Beninese traders at the Kraké crossing on the Benin–Nigeria "
        "border on Monday.\n\n"
        "Nigeria closed its land, air and sea borders on 21 March 2020 to slow the "
        "spread of the virus."
    )
    assert events[-1].place == "Nigeria", events
    assert events[-1].date == "2020-03-21", events


def test_a_case_reported_by_an_outlet_in_the_lead_in_is_its_account():
    # "In an earlier case reported by X, officers found ...": the case the sentence
    # goes on to tell is X's account, as "was reported by X" is.
    events = _events(
        "In an earlier case reported by Jeune Afrique, customs officers found 4,000 pills "
        "being smuggled through the Gogui crossing from Mali."
    )
    assert len(events) == 1 and events[0].status == "alleged", events
    assert events[0].claimed_by == ["Jeune Afrique"], events


def test_a_sentence_timed_from_the_one_before_is_at_its_place():
    # "Two days after that, ... were seized": the time is counted from the case just
    # told, so the case goes on there, not at the report's first incident.
    events = _events(
        "Turkish officials said on Tuesday that 3 million pills had been seized at the "
        "Cilvegozu crossing on their way from Syria.\n\n"
        "In an earlier case, customs officers found 20,000 pills being smuggled through "
        "the Oncupinar crossing.\n\n"
        "Two days after that, 300,000 tablets hidden in car tyres were intercepted and "
        "two suspects detained."
    )
    assert len(events) == 3, events
    assert events[2].place == events[1].place != events[0].place, events


def test_a_place_a_worry_is_over_is_no_place_of_the_incident():
    # "its allies' worry over the X air base": what the worry is about, as in "the
    # dispute over X"; the claim goes on about the clash told before.
    events = _events(
        "A Norwegian gunboat fired on Russian trawlers off the north coast of Norway on "
        "Thursday.\n\n"
        "Russian diplomatic sources suggested that Oslo had staged the clash to coincide "
        "with a NATO meeting in Brussels, where Norway hopes to use its allies' worry "
        "over the Bodo air base."
    )
    assert len(events) == 2 and events[1].place == "Norway", events
