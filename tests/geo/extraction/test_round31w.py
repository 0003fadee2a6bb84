"""Classes of report writing found on the misses of heldout59 (session 31, round 31w),
each checked on sentences written for the test (other names and places than the gold)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2021-09-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_area_of_a_bare_subdivision_is_the_finer_spot():
    # "the X area of Y, in Z district", "the X area of Y upazila": X is a spot inside
    # the subdivision, finer than the district named after it.
    events = _events(
        "Police said two smugglers were shot dead on Monday in the Dorkhal area of "
        "Zamran, in Kech district, close to the Iranian border."
    )
    assert [e.place for e in events] == ["Dorkhal"], events


def test_launched_from_inside_a_country_is_where_the_attack_set_out():
    # "launched from inside X", "fired from within Y": the side the shots came from,
    # not where the guards were hit; the sentence names no place of its own.
    events = _events(
        "Six border guards were killed on Tuesday as they patrolled near Astara. "
        "Officials said the attack was launched from inside Azerbaijan."
    )
    assert len(events) == 2, events
    assert "Azerbaijan" not in events[1].place, events
