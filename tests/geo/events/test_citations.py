"""Citations: one number per distinct source, http(s) links only."""

from __future__ import annotations

import pytest

from bordermap.geo.events.citations import cited_sources, safe_link
from tests.mapfixtures import event, events_frame


@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("https://example.org/a", "https://example.org/a"),
        (" HTTP://example.org ", "HTTP://example.org"),
        ("javascript:alert(1)", ""),
        ("data:text/html,<b>x</b>", ""),
        ("//example.org/no-scheme", ""),
        ("https://", ""),
        ("example.org", ""),
        ("http://[::1", ""),
    ],
)
def test_safe_link(url, link):
    assert safe_link(url) == link


def test_same_source_gets_one_number_in_order_of_first_citation():
    events = events_frame(
        [
            event(
                id="a",
                source_name="B | A",
                source_url="https://b | https://a",
                source_date="2026-01-02 | 2026-01-01",
            ),
            event(id="b", source_name="A", source_url="https://a", source_date="2026-01-01"),
            # Same publisher, other date: another source.
            event(id="c", source_name="A", source_url="https://a", source_date="2026-01-05"),
            event(id="d", source_name="", source_url="", source_date=""),
        ]
    )
    sources, numbers = cited_sources(events)
    assert list(sources["publisher"]) == ["B", "A", "A"]
    assert list(sources["date"]) == ["2026-01-02", "2026-01-01", "2026-01-05"]
    assert list(sources["events"]) == ["a", "a; b", "c"]
    assert numbers == [[1, 2], [2], [3], []]
