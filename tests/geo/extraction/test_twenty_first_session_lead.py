"""Classes found by the lead in session 21 on ``heldout33/`` after its first score (the
sentences here are written for the test)."""

import pytest

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


@pytest.mark.parametrize("kind", ["security", "diplomatic"])
def test_sources_an_adjective_describes_are_the_claimant(kind):
    # "According to security sources": the adjective alone names no one, so the claim
    # was drafted as confirmed with no claimant.
    events = _events(
        f"According to {kind} sources, rebels attacked two police posts near the Malawi "
        "border on Tuesday."
    )
    assert events and events[0].status == "alleged", events
    assert events[0].claimed_by == [f"{kind} sources"], events
