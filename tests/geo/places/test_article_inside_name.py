"""An Arabic article joined to a capitalised word goes on with the name before it.

"Khor al-X", "Wadi el-Y": the first word alone is no name of the place and may be
another place ("Khor" is Al Khawr in Qatar); reading it inside the text put a strip of
coast at a town 100 km away (round 37b, heldout77).
"""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.text_runs import name_runs


def test_an_article_joined_word_stays_in_the_run() -> None:
    assert name_runs("the old road across the Khor al-Mahmoud inlet") == [["Khor", "al-Mahmoud"]]
    assert name_runs("near Wadi el-Sharif") == [["Wadi", "el-Sharif"]]


def test_the_first_word_of_such_a_name_is_not_read_as_a_place() -> None:
    found = geocode_place("Khor al-Mahmoud", country=["QA", "SA"])
    assert found.name != "Al Khawr"
    # The first word alone still names the place it names.
    assert geocode_place("Khor", country=["QA"]).name == "Al Khawr"


def test_a_known_name_with_an_article_still_resolves() -> None:
    assert geocode_place("Bab al-Hawa crossing", country=["SY", "TR"]).name == "Bab al-Hawa"
