"""Named facilities, session 55 (round v): a prison, hospital, terminal or holding centre
named after the town it stands in ("the X Reception Centre", "the X Teaching Hospital")
puts the event in that town; a facility named after a person or nothing but what it is
for names no town, and one named after a country is kept whole as written.  Checked on
sentences written for the test (other names, places and days than any gold text)."""

import pytest

from bordermap.geo.extraction.places import find_places


def _found(sentence: str, hints: tuple[str, ...]) -> list[tuple[str, str, bool]]:
    return [
        (f.text, f.result.name or "", f.written_only) for f in find_places(sentence, hints=hints)
    ]


@pytest.mark.parametrize(
    ("sentence", "hints", "town"),
    [
        ("Nine fishermen are being treated at the Jinja Regional Hospital.", ("UG", "KE"),
         "Jinja"),
        ("Two guards were held overnight at the Nogales Police Station.", ("US", "MX"),
         "Nogales"),
        ("The deportees were kept at Zambia's Livingstone Central Prison on Friday.",
         ("ZM", "ZW"), "Livingstone"),
        ("The migrants were brought to the Tapachula Detention Center by bus.", ("MX", "GT"),
         "Tapachula"),
    ],
)  # fmt: skip
def test_a_facility_named_after_a_known_town_is_in_that_town(sentence, hints, town):
    assert [(name, written) for _, name, written in _found(sentence, hints)] == [(town, False)]


def test_a_holding_centre_named_after_an_unknown_spot_keeps_the_spot():
    # No gazetteer holds the spot, but a camp or centre holding people stands where it
    # is named; the spot is kept as written, the centre's words dropped.
    assert _found("Ninety refugees were registered at the Korvessa Transit Centre.", ("MW",)) == [
        ("Korvessa", "", True)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # Named after nothing but what it is for, or which of several it is.
        "He is being held at the Immigration Reception Centre.",
        "She was moved to the Western Reception Centre.",
        # A hall named after a person, and a hospital so named: no town.
        "The envoys met at the Kennedy Center.",
        "He was treated at the Sheikh Korvan Hospital.",
    ],
)
def test_a_facility_named_after_no_town_is_no_place(sentence):
    assert _found(sentence, ("HN", "GT")) == []


def test_a_facility_named_after_a_country_is_kept_whole_as_written():
    # The country is no spot of it: the facility is where they were, found nowhere.
    assert _found("Eleven fishermen were sent to the Honduras Central Prison.", ("HN", "GT")) == [
        ("Honduras Central Prison", "", True)
    ]
