"""Classes of report writing found on the misses of heldout35 to heldout49 where no
event was drafted (session 29, round 29z), each checked on sentences written for the
test (other names, places and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.category_rules import categorise


def _events(body: str, published: str = "2021-03-12"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_crossing_opened_again_is_a_reopening():
    # "was opened again", "was open again", "back to full operation": the crossing
    # working once more, told without the word "reopened".
    events = _events(
        "The border post at Malaba was opened again on Thursday after two weeks, the "
        "Kenya Revenue Authority said."
    )
    assert len(events) == 1 and events[0].place == "Malaba", events
    assert events[0].date == "2021-03-11", events
    assert categorise("By Friday the customs office said the post was back to full operation.")
    assert categorise("Officials said the Busia crossing was open again.")


def test_a_force_ordering_boats_off_ground_or_sea_is_a_pushback():
    # "ordered yachts away from X", "told it to hold its position", "told to leave the
    # area", "drove the boats out of the waters": sent off by a force, in other words.
    assert categorise("Last week Samoa ordered four fishing boats away from the atoll.") == (
        "pushback"
    )
    assert categorise("The navy told the ship on Monday to hold its position off the cape.") == (
        "pushback"
    )
    assert (
        categorise("Two trawlers were told over the radio to leave the area, the skippers said.")
        == "pushback"
    )
    assert categorise("In May the navy drove some 200 boats out of the same waters.") == (
        "pushback"
    )
    # An order of one's own forces is no pushback.
    assert categorise("The general ordered his soldiers to leave the town.") != "pushback"


def test_the_reef_or_the_lagoon_named_before_places_a_sentence():
    # "away from the reefs" after "in the lagoon of the Suwarrow Reefs": the spot at sea
    # the report named before, not the place of the sentence before it.
    events = _events(
        "Two Samoan patrol boats found a Tongan vessel in the lagoon of the Rose Reefs on "
        "Friday, 900 kilometres east of Apia.\n\n"
        "Tongan police arrested two smugglers in Nuku'alofa on Saturday.\n\n"
        "In February Tonga ordered four yachts away from the reefs."
    )
    assert events[-1].place == "Rose Reefs", events
    assert events[-1].date == "2021-02", events


def test_skippers_or_sailors_telling_what_was_done_at_sea_are_speakers():
    # ", skippers said": those aboard tell what was done to them, as ", fishermen said".
    from bordermap.geo.extraction.attribution import read_attribution

    told = read_attribution(
        "Three trawlers were told over the radio to leave the area, skippers said."
    )
    assert told.status == "alleged" and told.claimant == "skippers", told
    told = read_attribution("The boat was rammed twice near the atoll, the sailors said.")
    assert told.status == "alleged", told
