"""Round 50e (events76): a border facility written as a description and its quoted name."""

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.quoted_facility import quoted_name_of_a_border_facility


def test_a_border_facility_with_a_quoted_name_is_the_crossing_it_names() -> None:
    result = geocode_place(
        "The International Center of Boundary Cooperation «Khorgos»", country="KZ"
    )
    assert (result.status, result.name) == ("resolved", "Khorgos")
    assert result.lat is not None and abs(result.lat - 44.2) < 0.2
    assert "quoted name" in result.note


def test_a_quoted_name_without_border_words_is_not_read_as_a_crossing() -> None:
    def geocode(text, hint):  # never reached: the description names no border
        raise AssertionError(text)

    assert quoted_name_of_a_border_facility("the tanker «Volgoneft»", ("RU",), geocode) is None
    # Without the event's country a name alone may be any country's.
    assert (
        quoted_name_of_a_border_facility(
            "The International Center of Boundary Cooperation «Khorgos»", (), geocode
        )
        is None
    )


def test_a_quoted_facility_name_found_only_abroad_is_refused() -> None:
    result = geocode_place(
        "The International Center of Boundary Cooperation «Khorgos»", country="UZ"
    )
    # Khorgos lies on the China–Kazakhstan border, none of Uzbekistan's.
    assert result.status == "unresolved"


def test_a_country_adjective_agreeing_with_its_name_word_is_part_of_the_name() -> None:
    # "Nemecké" (German) closes the Slovak village's name; stripped, "Nižné" would be
    # read through its case ending as Nižná, a village 250 km away in Žilina.
    assert geocode_place("Nižné Nemecké", country="SK").status == "unresolved"
    assert geocode_place("Nižná", country="SK").admin1_code == "SK-ZI"
    # The other village, a crossing of the tables, is still read inside a longer text,
    # and the two villages named together put the place on the line between them.
    both = geocode_place(
        "between the Slovak villages of Vyšné Nemecké and Nižné Nemecké", country="SK"
    )
    assert (both.status, both.precision, both.admin1_code) == ("resolved", "border", "SK-KI")


def test_an_english_demonym_after_a_name_is_still_an_aside() -> None:
    from bordermap.geo.places.text_runs import spans_of

    assert "Medyka" in spans_of(["Medyka", "Polish"])
    assert spans_of(["Nižné", "Nemecké"]) == ["Nižné Nemecké"]
