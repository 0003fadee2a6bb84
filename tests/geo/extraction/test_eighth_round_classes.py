"""Classes of report writing met in the misses of ``heldout19/`` after its blind score
(session 10, eighth round), each checked on sentences written for the test (other names,
borders and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-06-08"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_header_lines_above_a_saved_page_are_read():
    # A page saved with "Published:" and "Publisher:" lines written over its markup: the
    # header dates the report, so "on Monday" has a day.
    source = (
        "Title: Guards turn back lorries at Malaba\n"
        "Publisher: Lakeside Courier\n"
        "Published: 2024-06-12\n\n"
        "<!DOCTYPE html>\n<html><head><title>Malaba</title></head><body><article>\n"
        "<h1>Guards turn back lorries at Malaba</h1>\n"
        "<p>Ugandan guards turned back 40 lorries at the Malaba crossing on Monday, "
        "the revenue authority said.</p>\n</article></body></html>\n"
    )
    report = report_from_text(source, kind="html")
    assert str(report.published) == "2024-06-12"
    assert report.publisher == "Lakeside Courier"
    events = extract_events(report, id_prefix="t").events
    assert [e.date for e in events] == ["2024-06-10"]
    # A page that opens on its markup reads as before.
    plain = report_from_text(source.split("\n\n", 1)[1], kind="html")
    assert plain.published is None
