"""Classes of report writing that recur across the seen folders (session 25, round
25x on heldout40), each checked on sentences written for the test (other names,
places and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_span_between_two_days_of_two_years_is_one_span():
    # "between 3 November 2022 and 2 November 2023": a count over a reporting year
    # names both ends with their years; it is one span, not two events, one on each
    # end day.
    events = _events(
        "Border guards on the frontier with Latvia turned back 410 people between "
        "3 November 2022 and 2 November 2023.",
        published="2024-01-10",
    )
    assert [e.date for e in events] == ["2022-11-03/2023-11-02"], events
    events = _events(
        "Border guards on the frontier with Latvia turned back 410 people between "
        "November 3, 2022 and November 2, 2023.",
        published="2024-01-10",
    )
    assert [e.date for e in events] == ["2022-11-03/2023-11-02"], events
