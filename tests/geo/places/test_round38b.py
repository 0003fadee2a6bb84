"""Place classes of round 38b: names of blind set 79 the resolver did not know."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    "text", ["the Cordillera del Cóndor", "Cordillera del Condor", "in the Cordillera del Condor"]
)
def test_the_cordillera_del_condor_is_the_ecuador_peru_line(text):
    result = geocode_place(text, country="EC")
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.name.startswith("Ecuador–Peru border")
