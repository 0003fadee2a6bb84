"""Classes of report writing found on the misses of heldout55 and heldout56 (session 30,
round 30f), each checked on sentences written for the test (other names, places and
speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2020-03-17"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_an_act_a_subject_is_to_do_is_a_plan():
    # "The smaller crossings are to close at midnight", "Police are to check there": the
    # act right after "is/are (due) to" is still ahead, no event yet.
    events = _events(
        "Since Monday the crossings from Tyrol into Italy have been shut to all but goods "
        "traffic. The six smaller crossings of the province are to close fully tonight."
    )
    assert len(events) == 1, events
    assert _events("The Kelebija crossing is due to close on Friday, the mayor said.") == ()


def test_blame_for_an_act_is_no_plan():
    # "X is to blame for the shooting": the shooting happened.
    events = _events("Guards said smugglers are to blame for the shooting at Kelebija on Monday.")
    assert len(events) == 1, events
