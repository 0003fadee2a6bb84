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


def test_a_state_shutting_its_own_ports_is_placed_at_itself():
    # A sentence naming no place but its subject, a state shutting all its own ports,
    # tells an act of that state on itself: not at the interception the report opened on.
    events = _events(
        "The Turkish coast guard stopped a boat carrying 60 migrants off Kyrenia on "
        "Tuesday and took them back to Turkey, a rescue charity said.\n\n"
        "Cyprus, like Greece, declared its ports closed to migrant boats in early May "
        "because of the epidemic."
    )
    closed = next(e for e in events if "declared its ports closed" in e.evidence[0].text)
    assert closed.place_found == "Cyprus", [(e.place, e.notes) for e in events]
