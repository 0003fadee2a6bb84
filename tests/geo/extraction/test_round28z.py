"""Classes of report writing found on heldout47 and heldout48 (session 28, round 28z),
each checked on sentences written for the test (other names, places and speakers than
any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.places import resolve_place


def _events(body: str, published: str = "2021-03-12"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_report_filed_from_its_own_country_is_not_on_a_border_of_two_others():
    # Filed from Dublin about Ireland, the report names Armenia and Azerbaijan in
    # passing: their border is no stand-in for a place the sentence does not name.
    events = _events(
        "DUBLIN, March 12 - Irish naval vessels kept up a search on Friday for what the "
        "Irish navy calls unidentified underwater activity, the largest operation in "
        "Ireland for decades.\n\n"
        "On Thursday the navy released a blurred photograph of an object, which the "
        "witness said then went under.\n\n"
        "Ireland's defence forces said the search would go on. Azerbaijan's war with "
        "Armenia has sharpened worries in Ireland about its navy."
    )
    assert not any("Armenia" in e.place for e in events), events


def test_a_crossing_named_with_a_roman_numeral_alone_is_that_crossing():
    # "Kelebia II" is how a country numbers the crossings of one town; the gazetteer
    # knows it as "Kelebia II crossing", and the bare name stands for the same crossing.
    assert resolve_place("Kelebia II").name == "Kelebia–Subotica"
    assert resolve_place("Kelebia II", ("HU", "RS")).name == "Kelebia–Subotica"
    # A ruler's name with a numeral is no crossing.
    assert resolve_place("Abdullah II").status == "unresolved"


def test_a_digest_lead_in_the_item_calls_a_crossing_places_the_item_as_written():
    # "Zbrojov: the road crossing has taken only ... since ...": the lead-in names the
    # crossing even where the gazetteer lacks it; the restriction is dated by its first
    # day.
    events = _events(
        "Austria has been checking entries from Hungary since Monday 8 March.\n\n"
        "Zbrojov: the road crossing has taken only EU citizens and their families "
        "since Tuesday 9 March.",
        published="2021-03-12",
    )
    assert len(events) == 2, events
    assert events[1].place == "Zbrojov" and events[1].date == "2021-03-09", events


def test_a_name_a_heading_gives_as_the_border_at_it_is_a_place_later():
    # "Chad–Niger border at Tamsara" in a heading, or "Tamsara is a village ...": the
    # report gives the name as a spot; "the line at Tamsara" later is placed there even
    # though the gazetteer lacks it.
    events = _events(
        "Chad–Niger border at Tamsara, week to Friday 12 March\n\n"
        "Chad shut its border with Niger on 8 March.\n\n"
        "More than 300 lorries have been held up on both sides of the line at Tamsara "
        "for a week, a local radio station reported."
    )
    assert events[-1].place == "Tamsara", events
