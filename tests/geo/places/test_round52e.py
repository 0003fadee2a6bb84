"""Round 52e (events78's misses): a township no unit of the data is seated at, as the
area around its town; an Azerbaijani village spelled with English digraphs."""

from bordermap.geo.places.azerbaijani_spelling import azerbaijani_spellings
from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.scope import km_between

# Busia (Kenya), GeoNames 199989; Dondar Quşçu (Tovuz, Azerbaijan), GeoNames 586717.
_BUSIA = (0.46005, 34.11169)
_DONDAR_QUSCU = (40.95390, 45.61942)


def test_a_kenyan_township_is_the_area_around_its_town() -> None:
    # Kenya has no township unit in the districts table: "Busia Township" is the town's
    # own area, not Uganda's Busia district across the line, nor nothing.
    for text in ("Busia Township", "Busia township", "Busia Township primary"):
        result = geocode_place(text, country="KE")
        assert (result.status, result.precision, result.country) == (
            "resolved",
            "near",
            "KE",
        ), text
        assert result.coarsened, text
        assert km_between(result.lat, result.lon, *_BUSIA) < 1.0, text


def test_a_township_no_longer_widens_to_the_country() -> None:
    # Malaba Township was answered as Kenya; the town of the name bounds it better.
    result = geocode_place("Malaba Township", country="KE")
    assert (result.status, result.precision, result.name) == ("resolved", "near", "Malaba")


def test_a_myanmar_township_stays_the_unit_seated_at_its_town() -> None:
    result = geocode_place("Myawaddy township", country="MM")
    assert (result.status, result.precision) == ("resolved", "district")


def test_a_township_of_a_country_with_a_township_tier_is_not_near_its_town() -> None:
    # Demoso is a Myanmar township the districts table lacks, seated at Dimawso: a unit
    # far larger than the circle around its seat, so its region answers, as before.
    result = geocode_place("the Demoso Township", country="MM")
    assert (result.status, result.precision, result.name) == ("resolved", "region", "Kayah")


def test_azerbaijani_letters_for_english_digraphs() -> None:
    assert azerbaijani_spellings("Dondar Gushchu") == ["Dondar Quşçu", "Dondar Guşçu"]
    assert azerbaijani_spellings("Khanlar") == ["Xanlar"]
    assert azerbaijani_spellings("Tovuz") == []
    # Four "g" would be sixteen spellings: none is tried.
    assert azerbaijani_spellings("Gag Gig Gug") == []


def test_an_azerbaijani_village_spelled_the_english_way() -> None:
    result = geocode_place("the border village of Dondar Gushchu", country="AZ")
    assert (result.status, result.precision, result.country) == ("resolved", "settlement", "AZ")
    assert km_between(result.lat, result.lon, *_DONDAR_QUSCU) < 2.0
    assert "Azerbaijani letters" in result.note


def test_the_azerbaijani_reading_is_for_azerbaijani_events_only() -> None:
    result = geocode_place("the border village of Dondar Gushchu", country="AM")
    assert result.status == "unresolved"
