"""Classes of report writing that recur across the seen folders (session 16, the
extract round), each checked on sentences written for the test (other names, places
and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-01-10"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_person_told_by_where_they_come_from_is_no_place_of_the_incident():
    # "a 25-year-old man from X", "a 19-year-old student from Y": where a person comes
    # from describes them; the incident is where the sentence's act happened.
    events = _events(
        "Ukrainian guards detained a 25-year-old man from Lviv near Porubne on 3 January "
        "as he tried to cross into Romania."
    )
    assert len(events) == 1 and "Porubne" in events[0].place, events
    events = _events(
        "Kenyan police said a 30-year-old trader from Garissa was shot near Mandera on Friday."
    )
    assert len(events) == 1 and "Mandera" in events[0].place, events
    events = _events(
        "More than 3,000 Sudanese have fled into Chad this month, officials said.\n\n"
        "Amina Idriss, a 19-year-old student from El Fasher, was shot at the Adre crossing "
        "on 3 January."
    )
    assert "Adre" in events[-1].place, events
    # After a verb, "from" is still where the act happened.
    events = _events("Estonian guards removed buoys from the Narva river on 3 January.")
    assert events and "Narva" in events[0].place, events


def test_a_new_voice_naming_back_the_people_who_went_into_a_country_keeps_the_place():
    # "A security source said the men had crossed into X": another speaker goes on about
    # the people of the incident before; the country only says which side they were on.
    events = _events(
        "Romanian police said two Ukrainian men were found dead on Sunday near Sighetu "
        "Marmatiei. A Ukrainian official said the men had crossed into Romania to avoid "
        "the draft."
    )
    assert len(events) == 2, events
    assert "Sighetu" in events[1].place, events
    # A new actor firing into a country is the other side's own account of the act.
    events = _events(
        "Latvia's police chief accused Russian guards of firing on the post near Zilupe on "
        "Monday. A spokesman for the Russian border service said Latvian guards had fired "
        "into Russia first."
    )
    assert events[-1].place == "Russia", events


def test_a_border_named_by_a_country_adjective_is_that_country_s_border():
    # "the Algerian border" in a report on Spain and Morocco is Algeria's border with one
    # of them, not the border of the report's two most named countries.
    events = _events(
        "Spanish police stopped 300 migrants at the fence in Melilla on Monday, the Spanish "
        "interior ministry said. Morocco said it had sent 2,000 troops to the Algerian border "
        "on 3 January."
    )
    assert events[-1].place == "Algeria–Morocco border", events
    # A border by no country's adjective is still the report's own.
    events = _events(
        "Spanish police stopped 300 migrants at the fence in Melilla on Monday. Morocco "
        "said it had sent 2,000 troops to the border on 3 January."
    )
    assert "Algeria" not in events[-1].place, events


def test_a_neighbour_s_border_is_told_from_the_side_the_report_is_filed_on():
    # "the Libyan border" in a report filed from N'Djamena: Libya borders both report
    # countries, and the dateline says which side the report stands on.
    events = _events(
        "N'DJAMENA - Sudanese refugees fleeing the war in Sudan crossed into Chad at Adre on "
        "Monday, officials said. Sudan's army denied it had shelled the camps. Chadian "
        "troops were sent to the Libyan border on 3 January, the army said."
    )
    assert events[-1].place == "Libya–Chad border", events


def test_a_name_goes_on_over_an_elided_article():
    # "the Val d'Aran", "Vall d'Aran": one name, not "Val" read alone as some town far
    # away.
    events = _events(
        "French gendarmes turned back 40 migrants in the Val d'Aran on Monday, Spanish "
        "police said."
    )
    assert events and "Vasles" not in events[0].place, events
    events = _events("Spanish police detained two smugglers near Vall d'Aran on Monday.")
    assert events and events[0].place == "near Vall d'Aran", events


def test_a_landform_named_with_the_is_a_place_whatever_verb_leads_to_it():
    # "closed the Somport pass", "sealed the Tirah valley": the pass or valley is where
    # the act holds, as "the Khunjerab Pass" or "at the X pass" already are.
    events = _events("French police closed the Somport pass to lorries on Monday, officials said.")
    assert events and "Somport" in events[0].place, events
    events = _events(
        "Pakistani troops sealed the Tirah valley near the Afghan border on Monday, "
        "officials said."
    )
    assert events and "Tirah" in events[0].place, events


def test_forces_sent_to_a_place_the_gazetteer_lacks_are_placed_there():
    # "deployed 300 more soldiers to X": where forces were sent is where they hold, as
    # "at X" is, even for a village no gazetteer holds.
    events = _events(
        "Guatemalan soldiers clashed with smugglers near La Mesilla on Sunday. On Monday "
        "Guatemala deployed 300 more soldiers to Chaculteyac, officials said."
    )
    assert events[-1].place == "Chaculteyac", events
    # A letter sent to a country is no place of anything.
    assert not _events("Guatemala sent a letter to Mexico on Monday.")
