"""A report written for this test with the seed report's structure."""

import datetime as dt

from bordermap.geo.extraction import extract_events, report_from_text

REPORT = """Published: 2026-03-07
Publisher: Test Desk

Estonia accuses Russia over border smuggling

In a statement issued on March 5, Estonia's Ministry of the Interior said it had found cases of
Russian border guards escorting smugglers toward Estonia's border. Officials did not disclose when
or where the cases took place.

The ministry said the guards belonged to a unit based in the Pskov region, which lies near
Estonia's eastern border.

Russia has not responded to the accusation. A denial is expected.
"""


def _events():
    report = report_from_text(REPORT)
    assert report.published == dt.date(2026, 3, 7)
    return extract_events(report, id_prefix="t").events


def test_accusation_is_alleged_by_the_ministry_with_undisclosed_date_at_the_border():
    events = _events()
    accusation = events[0]
    assert accusation.status == "alleged"
    assert accusation.claimed_by == ["Estonian Ministry of the Interior"]
    assert accusation.date == ""
    assert accusation.reported == "2026-03-05"
    assert accusation.place_found == "Estonia–Russia border"
    assert accusation.evidence[0].text.startswith("In a statement issued on March 5")


def test_the_region_is_the_units_base():
    base = [e for e in _events() if e.place_precision == "region"]
    assert len(base) == 1
    assert base[0].place_found == "Pskov"
    assert base[0].claimed_by == ["Estonian Ministry of the Interior"]
    assert any("where the unit is based" in note for note in base[0].notes)


def test_the_expected_denial_is_its_own_entry():
    events = _events()
    denial = events[-1]
    assert denial.status == "denied"
    assert denial.denied_by == ["Russia"]
    assert denial.claimed_by == ["Estonian Ministry of the Interior"]
    assert "expected" in denial.tags
    assert any("had not responded" in note for note in events[0].notes)
