"""Classes of place round 34t: crossings the sets coded coarser than the phrase.

"cửa khẩu Tân Thanh" (the Tân Thanh border gate in Lạng Sơn) missed the crossing
row, which keeps bare "Tân Thanh" out for its namesake communes, and fell through to
the commune Tân Thạnh in Long An, about 1,300 km south.  The gate's own phrase is
now a form of the row, so the gate resolves at its point.  Not yet: the field phrases
with a container ("cửa khẩu Tân Thanh, Lạng Sơn", blind63; "khu vực cửa khẩu Tân
Thanh (huyện Văn Lãng, Lạng Sơn)", blind28) still miss it, since the lookup inside
Lạng Sơn does not find the crossing row.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    "text",
    [
        # Our own, the gate phrase of the field sets without its container: before,
        # near Tân Thạnh (Long An).
        "cửa khẩu Tân Thanh",
        "Cửa khẩu Tân Thanh",
    ],
)
def test_tan_thanh_gate_is_the_crossing(text: str) -> None:
    result = geocode_place(text, country="VN")
    assert result.status == "resolved", result
    assert result.name == "Tan Thanh–Po Chai"
    # The gate is in Lạng Sơn, on the Chinese border, never the Mekong delta.
    assert result.lat > 21.5


@pytest.mark.parametrize("text", ["Tân Thanh"])
def test_the_bare_commune_name_is_not_the_gate(text: str) -> None:
    # The form added is the gate's phrase only: the bare name stays off the row.
    result = geocode_place(text, country="VN")
    assert result.name != "Tan Thanh–Po Chai"
