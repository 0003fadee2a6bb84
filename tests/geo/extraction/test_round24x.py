"""Classes of report writing that recur across the seen folders (session 24, round
24x on heldout38), each checked on sentences written for the test (other names,
places and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_site_named_with_what_it_is_for_is_the_place():
    # "over the army's X training camp", "hit the X ski centre": a word saying what
    # the site is for stands between its name and its noun, and whose it is ("the
    # army's") or the verb of the shot that struck it comes before; the site is the
    # place, kept as written where the gazetteer lacks it, not the border at large.
    events = _events(
        "Six unidentified drones flew over the army's Varnholt training camp near the "
        "border on Tuesday, the defence ministry said."
    )
    assert len(events) == 1 and events[0].place == "Varnholt training camp", events
    events = _events(
        "The interior ministry said gunfire from across the border had hit the Kelvory "
        "ski centre on 3 June."
    )
    assert len(events) == 1 and events[0].place == "Kelvory ski centre", events
