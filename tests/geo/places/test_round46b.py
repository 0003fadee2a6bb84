"""Place classes of round 46b: a leading Arabic article in Latin letters within the
event's Arab country, China's neighbours named before a port, a Chinese distance from a
port, Romance "in"/"of the" between a place and the unit holding it, and the valley an
Urdu text names."""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place


def test_a_leading_arabic_article_is_left_out_in_the_events_arab_country():
    # GeoNames writes the town "En Nâqoûra"; a report writes "al-Naqoura".
    result = geocode_place("al-Naqoura", country="LB")
    assert (result.status, result.name, result.precision) == (
        "resolved",
        "En Nâqoûra",
        "settlement",
    )


def test_a_leading_arabic_article_is_kept_without_an_arab_country():
    # Without the article "Al-Karameh" would be Kherameh in Iran.
    assert geocode_place("Al-Karameh").country != "IR"
    assert geocode_place("Al-Karameh", country="IR").status != "resolved"
