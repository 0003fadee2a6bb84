"""Classes of misses on the seen gold of heldout60–62 (session 33, round 33x), each
checked on sentences written for the test (other names, places and dates than any gold
text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(published: str, body: str):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_three_crossings_listed_before_one_plural_are_three_places():
    # The gazetteer holds some of them as points on the line and others by their
    # towns: all three are crossings the sentence names, one event each.
    events = _events(
        "2020-02-25",
        "On 23 February 2020 Turkey closed its Esendere, Gürbulak and Kapıköy crossings "
        "on the Iranian border, the health ministry said.",
    )
    assert [(e.place, e.date) for e in events] == [
        ("Esendere", "2020-02-23"),
        ("Gürbulak", "2020-02-23"),
        ("Kapıköy", "2020-02-23"),
    ]
