"""Classes of report writing found on heldout47 and heldout48 (session 28, round 28y),
each checked on sentences written for the test (other names, places and speakers than
any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


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
