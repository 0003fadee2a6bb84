"""Place classes of session 28's round q, found on blind54's unresolved and WRONG rows."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place

# A hromada (gmina) is seated at the town it is named for; a raion of the same name in
# another oblast is another unit, never the hromada.


@pytest.mark.parametrize(
    "text",
    [
        "у с. Лютівка Золочівської громади",  # blind54, answered as Lviv's raion
        "Золочівської громади",
        "Золочівська громада",
        "в селі Золочівської громади",
    ],
)
def test_a_hromada_is_not_a_raion_of_its_name_in_another_oblast(text):
    result = geocode_place(text, country="UA")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.admin1_code == "UA-63"  # Kharkiv oblast, where the hromada lies


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("по Сумській громаді", "UA-59"),  # the raion is seated at the hromada's seat
        ("Шосткинської громади", "UA-59"),
    ],
)
def test_a_raion_seated_at_the_hromadas_seat_still_answers(text, region):
    result = geocode_place(text, country="UA")
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "district",
        region,
    )
