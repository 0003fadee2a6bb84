"""Place classes of round 31q, found on the unresolved rows of blind61 and the unplaced
events of events35 and events36."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # A crossing the data lacked: Singkhon Pass (Myanmar–Thailand).
        ("the Singkhon Pass checkpoint", "TH", "Singkhon Pass"),
        ("ด่านสิงขร", "TH", "Singkhon Pass"),
        # Forms the data lacked: Nepali रुपडिया ("नेपालगञ्जको रुपडिया", Nepalgunj's
        # Rupaidiha), the Khmer names of Khlong Luek and the Rong Kluea market.
        ("नेपालगञ्जको रुपडिया", "NP", "Rupaidiha–Nepalgunj"),
        ("ខ្លងលឹក", "KH", "Poipet–Aranyaprathet"),
        ("រោងក្លឿ", "KH", "Poipet–Aranyaprathet"),
    ],
)
def test_a_crossing_is_found_by_the_name_reports_give_it(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name
