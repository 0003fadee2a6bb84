"""Classes of carried places found on the misses of every gold folder (session 33,
round 33z): a sentence naming no place of its own is placed where its words point back
to, checked on sentences written for the test (other names, places and dates than any
gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-05-10"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_the_crossing_is_a_bridge_named_as_a_crossing_before():
    # "the Peace Bridge crossing" resolves as the bridge, a feature, not as a crossing;
    # the words after it call it one, so "the crossing reopened" later, in a sentence
    # naming no place of its own, is there, not at the gunman's home region told last.
    events = _events(
        "A driver shot dead two guards at the Peace Bridge crossing on Sunday before "
        "police killed him, officials said.\n\n"
        "Relatives named the gunman as Paul Kerr, 41, a retired soldier from the Mohawk "
        "community of southern Ontario. The police said he had acted alone.\n\n"
        "Broadcaster CBC said the crossing reopened to cars on Tuesday after officers of "
        "both countries met there, but lorries are still kept out."
    )
    reopened = next(e for e in events if "reopened" in e.evidence[0].text)
    assert reopened.place_found == "Peace Bridge"
