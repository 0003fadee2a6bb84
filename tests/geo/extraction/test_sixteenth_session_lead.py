"""Session 16, the lead's extraction classes, met in the misses of ``heldout27/`` and
checked on sentences written for the test (other names and borders than the gold text's)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-05-03"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_dateline_with_a_country_and_a_date_is_not_the_speaker():
    # "CITY, Country, Month Day - ": before, the date was read as part of the speaker
    # ("May 3 - Police").
    events = _events(
        "LIBERIA, Costa Rica, May 3 - Police in Guanacaste confirmed on Friday the death "
        "of a smuggler who drowned in the river during a chase on the border with "
        "Nicaragua."
    )
    assert [e.claimed_by for e in events] == [["Police in Guanacaste"]]
