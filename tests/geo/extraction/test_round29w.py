"""Classes of report writing found on heldout52 (session 29, round 29w), each checked
on sentences written for the test (other names, places and speakers than any gold
text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.attribution import read_attribution


def _events(body: str, published: str = "2021-03-12"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_count_estimated_at_up_to_a_number_is_the_estimators_claim():
    # "put the number ... at up to 60": an upper bound given by the one who estimates,
    # so the count is theirs (alleged), like "at about 60" or "at some 60".
    for bound in ("up to", "as many as"):
        attribution = read_attribution(
            "The regional radio, citing residents it did not name, put the number of "
            f"herders detained at {bound} 60."
        )
        assert attribution.status == "alleged", (bound, attribution)
        assert attribution.claimant == "regional radio", (bound, attribution)


def test_a_shooting_that_wounded_named_to_an_earlier_month_on_a_source_is_a_case():
    # A month of an earlier year told in passing is history, but a killing or a shooting
    # with its source is a case the report recalls: "shot and wounded" as "shot dead".
    events = _events(
        "Two Laotian boatmen were shot and wounded near Ban Pakxan in June 2015 by men "
        "in police uniforms, the district chief said at the time.",
        published="2021-03-12",
    )
    assert [(e.date, e.status) for e in events] == [("2015-06", "alleged")], events
