"""Classes met in the misses of blind set 79 (seas, rivers, the Americas and Europe), each
checked on sentences written for the test (other names and places than the gold texts)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.places import find_places


def _events(body: str, published: str = "2025-03-14"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def _found(sentence: str, hints: tuple[str, ...]) -> list[tuple[str, str | None]]:
    return [(f.text, f.result.name) for f in find_places(sentence, hints=hints)]


# Names the place phrase cut short ---------------------------------------------------------


def test_a_romanian_name_goes_on_over_its_genitive_article():
    # "lui" joins the two words of a Romanian place name, as "de" joins Spanish ones.
    known = _found("Hungarian police detained two men in Valea lui Mihai on Friday.", ("RO", "HU"))
    assert known == [("Valea lui Mihai", "Valea lui Mihai")]
    unknown = _found("Border police stopped a car near the village of Podul lui Ion.", ("MD",))
    assert [text for text, _ in unknown] == ["near the village of Podul lui Ion"]


def test_banks_of_the_sea_named_in_the_plural_are_a_place():
    found = _found("A patrol vessel boarded a trawler on the Tarrow Banks on Tuesday.", ("NO",))
    assert found == [("Tarrow Banks", None)]
    (event,) = _events(
        "Coast guard cutters seized a trawler on the Tarrow Banks on 3 March, just "
        "outside the fishing limit."
    )
    assert (event.place, event.date) == ("Tarrow Banks", "2025-03-03")
    # Lenders stay no place.
    assert _found("Officials met at the Central Banks of the region on Monday.", ("NO",)) == []


def test_a_range_named_by_the_spanish_word_is_a_place():
    found = _found("Soldiers clashed in the Cordillera de Sama on Monday.", ("BO", "CL"))
    assert found == [("Cordillera de Sama", None)]


# A country that only qualifies a noun ------------------------------------------------------


def test_a_country_before_a_noun_after_the_is_no_place():
    assert (
        _found(
            "The row was over the Greenland halibut that trawlers take on the shelf.", ("DK", "CA")
        )
        == []
    )
    assert _found("Delegates met at the Ukraine talks on Monday.", ("UA", "RU")) == []
    # A part of the country, or the country bare, is still a place.
    assert _found("A trawler sank off the Greenland coast on Monday.", ("DK",)) == [
        ("Greenland coast", "Greenland")
    ]
    assert _found("The boat was seized in Greenland on Monday.", ("DK",)) == [
        ("Greenland", "Greenland")
    ]
    # A country whose name takes the article is the country before a verb too.
    assert [
        name for _, name in _found("Police in the Netherlands detained two men.", ("BE",))
    ] == ["The Netherlands"]
