"""Classes of report writing that recur across the seen folders (session 15, the
generalisation round), each checked on sentences written for the test (other names,
places and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-01-10"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_an_earlier_incident_dated_to_its_day_in_the_report_s_own_voice_is_an_event():
    # "Trade through X was stopped on <day> <year>, when ...": years before the report,
    # but told to the day, it is a case the report recalls, not background history.
    events = _events(
        "Lorries queued at the Nakonde post in Zambia on Monday.\n\n"
        "Traffic through Nakonde was halted on 14 March 2019, when traders there "
        "protested over a new levy."
    )
    dated = [e for e in events if e.date == "2019-03-14"]
    assert dated and "Nakonde" in dated[0].place and dated[0].status == "confirmed"
    # Traffic halted at a named crossing in a year alone is an event too: the gold
    # convention of bench/extract/README.md ("How the gold events are coded", "Age never
    # makes background": freight halted at the border, "halted entirely in 2019").
    events = _events(
        "Lorries queued at the Nakonde post in Zambia on Monday.\n\n"
        "Traffic through Nakonde was halted in 2019."
    )
    assert any(e.date == "2019" for e in events)


def test_people_come_over_the_line_told_by_the_way_they_came_are_a_crossing():
    # "had come across the border", "came into <Country> from ...", "entered the country
    # from ...", "reached the border station": a crossing, though no word of the lexicon
    # ("crossed", "arrived") is used.
    events = _events(
        "About 300 asylum seekers had come across the border at Kapitan Andreevo since "
        "January, Bulgarian police said on Tuesday.\n\n"
        "Twelve more people reached the border station at Lesovo on Monday, a police "
        "spokeswoman said."
    )
    assert [e.category for e in events] == ["crossing_attempt", "crossing_attempt"], events
    assert "Kapitan Andreevo" in events[0].place and "Lesovo" in events[1].place
    # "came across a body" is finding, not crossing.
    events = _events("Farmers came across a burnt car near Lesovo in Bulgaria on Monday.")
    assert not any(e.category == "crossing_attempt" for e in events)


def test_forces_moved_kept_or_readied_in_other_words_are_a_military_move():
    # "threw a security cordon across X", "has strengthened its positions along the
    # border", "extra units were sent out", "was put on maximum alert", "a joint naval
    # exercise": forces on ground or at sea, though no lexicon word ("deployed",
    # "troops") is used.
    events = _events(
        "Kenyan police threw a security cordon around the Suam crossing on Sunday, the "
        "interior ministry said.\n\n"
        "Uganda's army has strengthened its positions near the village of Karita, a "
        "district official said.\n\n"
        "The Kenyan detachment at Lokichogio was put on maximum alert, a local radio "
        "station reported."
    )
    assert [e.category for e in events] == ["military_security"] * 3, events
    assert "Suam" in events[0].place and "Karita" in events[1].place
    assert "Lokichogio" in events[2].place


def test_crossings_counted_but_not_named_are_the_border_they_are_on():
    # "slowed traffic at three crossings", "had shut the other five crossings": crossings
    # by number only, on the report's border, not the one crossing named before.
    events = _events(
        "Farmers blocked the Kapitan Andreevo crossing on Bulgaria's border with Turkey "
        "on Monday, Bulgarian police said.\n\n"
        "On Wednesday the farmers blocked lorries at four crossings, letting through one "
        "lorry an hour depending on the crossing, the police said."
    )
    assert len(events) == 2 and "Kapitan Andreevo" in events[0].place
    assert events[1].place_found == "Bulgaria–Turkey border", events[1].place


def test_the_hurt_taken_to_hospital_are_an_event_at_the_hospital_s_town():
    # "Five were taken to hospital in X, the charity said": harm told by the care given,
    # at the town of the hospital; a denial after it still answers the firing.
    events = _events(
        "Greek police fired tear gas at migrants trying to cross the fence near the village "
        "of Kastanies on Sunday, the charity Mercy Aid said.\n\n"
        "Five were taken to hospital in Orestiada, the charity said.\n\n"
        "A Greek police spokesman denied that officers had fired tear gas."
    )
    hospital = [e for e in events if "Orestiada" in e.place]
    assert hospital and hospital[0].category == "humanitarian_incident", events
    denial = [e for e in events if e.status == "denied"]
    assert denial and "Kastanies" in denial[0].place, [(e.place, e.status) for e in events]
    # Bodies taken for a post-mortem are care of the dead, no event.
    events = _events(
        "The bodies were taken to hospital in Orestiada for a post-mortem, Greek police said."
    )
    assert not events


def test_the_towns_a_road_joins_name_the_road_not_the_place():
    # "..., and 900 more were parked along the road between X and Y": the towns are the
    # road's ends; the lorries wait at the post told before.
    events = _events(
        "Zambia's revenue authority cut the hours of the Nakonde border post on Monday.\n\n"
        "More than 600 lorries were waiting on the Zambian side of the post on Tuesday, and "
        "about 900 more were parked along the road between Isoka and Chinsali."
    )
    assert events and all("Nakonde" in e.place for e in events), [e.place for e in events]


def test_the_border_crossed_from_a_country_is_the_place_not_an_aside():
    # "had come into X across the land border from Y": the border they crossed, not a
    # river that only locates a town ("across the Danube from Izmail").
    events = _events(
        "Interior Minister Ivan Petrov said on Monday that most of this year's asylum "
        "seekers had come into Bulgaria across the land border from Turkey."
    )
    assert events and events[0].place_found == "Bulgaria–Turkey border", [e.place for e in events]


def test_people_left_in_the_desert_or_at_the_border_by_others_are_a_pushback():
    # "convoys leave about a hundred migrants on the outskirts of X", "left many of them
    # in the desert on the border": put out by others, actively told.
    events = _events(
        "A farmer said he had seen three lorries leave about eighty migrants on the "
        "outskirts of Assamaka on Sunday."
    )
    assert [e.category for e in events] == ["pushback"], events
    assert "Assamaka" in events[0].place
