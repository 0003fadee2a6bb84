"""Classes of report writing found on heldout52 (session 29, round 29w), each checked
on sentences written for the test (other names, places and speakers than any gold
text)."""

from bordermap.geo.extraction.attribution import read_attribution


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
