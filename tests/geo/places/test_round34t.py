"""Classes of place round 34t: crossings the sets coded coarser than the phrase.

"cửa khẩu Tân Thanh" (the Tân Thanh border gate in Lạng Sơn) missed the crossing
row, which keeps bare "Tân Thanh" out for its namesake communes, and fell through to
the commune Tân Thạnh in Long An, about 1,300 km south.  The gate's own phrase is
now a form of the row, so the gate resolves at its point.  With its province
("cửa khẩu Tân Thanh, Lạng Sơn") it was Lạng Sơn: "cửa khẩu" (border gate) now lets
a crossing at the province's edge be looked for (crossings are filed under no region);
and "khu vực" (the area of) before a gate reads as near the gate.
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


@pytest.mark.parametrize(
    ("text", "precisions"),
    [
        # Field phrase (blind63): before, Lạng Sơn, since "cửa khẩu" was no crossing word
        # and a crossing (filed under no region) was not looked for at the province's edge.
        ("cửa khẩu Tân Thanh, Lạng Sơn", {"exact", "settlement"}),
        # Field phrase (blind28): before, ambiguous between Tân Thạnh and Lạng Sơn; "khu
        # vực" (the area of) before a gate is near the gate.
        ("khu vực cửa khẩu Tân Thanh (huyện Văn Lãng, Lạng Sơn)", {"near"}),
        # Our own.
        ("trong khu vực cửa khẩu Tân Thanh", {"near"}),
        ("cửa khẩu Tân Thanh, tỉnh Lạng Sơn", {"exact", "settlement"}),
    ],
)
def test_tan_thanh_gate_with_its_province_or_area(text: str, precisions: set[str]) -> None:
    result = geocode_place(text, country="VN")
    assert result.status == "resolved", result
    assert result.name == "Tan Thanh–Po Chai"
    assert result.precision in precisions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The gates of a province stay the province.
        ("trong khu vực một số cửa khẩu của tỉnh Lạng Sơn", "Lạng Sơn"),
    ],
)
def test_areas_that_are_not_one_gate(text: str, name: str) -> None:
    result = geocode_place(text, country="VN")
    assert result.status == "resolved", result
    assert result.name == name


@pytest.mark.parametrize(
    "text",
    [
        # Field phrases (blind36, blind45) read as the town inside the text: the gate word
        # does not turn them into near the town.
        "qua cửa khẩu Lào Cai",
        "cặp cửa khẩu quốc tế Móng Cái (Việt Nam) - Đông Hưng (Trung Quốc)",
    ],
)
def test_gate_word_keeps_the_town_read_inside_the_text(text: str) -> None:
    result = geocode_place(text, country="VN")
    assert result.status == "resolved", result
    assert result.precision == "settlement"
