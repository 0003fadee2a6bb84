"""Classes met in the misses of blind set 79 (seas, rivers, the Americas and Europe), each
checked on sentences written for the test (other names and places than the gold texts)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.attribution import read_attribution
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


# Place choice --------------------------------------------------------------------------------


def test_a_distance_from_the_border_leaves_the_side_named_as_the_place():
    (event,) = _events(
        "President Ion Rusu said a missile from a Ukrainian jet had hit the drone over "
        "Moldovan territory, one kilometre from the border, and that it fell two "
        "kilometres inside Moldova."
    )
    assert event.place_found == "Moldova"
    # With no side named, the border is still the place.
    (bare,) = _events(
        "Ukrainian shells hit a farm two kilometres from the border with Moldova on Monday."
    )
    assert "border" in bare.place_found


# Who speaks ----------------------------------------------------------------------------------


def test_a_toll_given_with_saying_is_the_givers_claim():
    given = read_attribution(
        "State radio in Tarvo gave a higher toll, saying twelve border guards had died."
    )
    assert given.status == "alleged" and given.claimant
    # Giving chase is no account.
    assert read_attribution("The patrol gave chase to the smugglers.").status == "confirmed"


def test_pictures_after_a_clause_in_the_reports_voice_hedge_nothing():
    told = read_attribution(
        "The drone crashed near the village of Orlek, and television pictures showed "
        "soldiers around the wreck."
    )
    assert told.status == "confirmed"
    # Pictures alone, or whose pictures, still hedge.
    assert read_attribution("Satellite images showed new trenches near Orlek.").status == "alleged"


def test_a_unit_in_the_name_of_a_speaking_body_is_whose_body_not_where():
    hints = ("US", "MX")
    assert _found("Sonora state police said the boy was hit once in the head.", hints) == []
    # The same unit is a place when its police act there, told in the report's voice.
    assert _found("Sonora state police arrested two men on Monday.", hints) == [
        ("Sonora state", "Sonora")
    ]


# Events not drafted, and their dates ---------------------------------------------------------


def test_a_visit_called_off_is_a_diplomatic_step_undated_by_its_planned_day():
    (event,) = _events(
        "Foreign Minister Anna Berg called off a visit to Norway that had been planned for Friday."
    )
    assert (event.category, event.place_found, event.date) == ("diplomatic_measure", "Norway", "")
    (dated,) = _events("Foreign Minister Anna Berg cancelled her trip to Norway on Monday.")
    assert (dated.category, dated.date) == ("diplomatic_measure", "2025-03-10")


def test_a_boat_fishing_some_miles_inside_the_line_is_an_incident():
    events = _events(
        "A Latvian patrol boat found the trawler Orsa in the Gulf of Riga on Monday. "
        "According to Mara Kovac, the harbour master, the trawler was fishing about "
        "two nautical miles inside the line that Latvia claims."
    )
    assert [(e.place, e.status) for e in events[1:]] == [("Gulf of Riga", "alleged")]
    assert not _events("The crew went fishing two miles from the harbour at Pärnu.")


def test_a_place_in_the_relative_clause_on_the_speaker_after_according_to_is_no_place():
    (event,) = _events(
        "Border guards stopped a trawler in the Gulf of Riga on Monday. According to "
        "Ilze Berzina, who heads the maritime section at the Liepaja border directorate, "
        "the trawler was fishing about two nautical miles inside the line."
    )[1:]
    assert event.place == "Gulf of Riga"


def test_a_bulletins_verbless_opening_line_dates_the_incident_told_next():
    events = _events(
        "Another border incident on the lake this morning. A Latvian patrol boat found "
        "the trawler Orsa fishing deep in the Gulf of Riga at about nine o'clock."
    )
    assert [(e.place, e.date) for e in events] == [("Gulf of Riga", "2025-03-14")]
    # A line with a verb of its own is a sentence of the story, not a bulletin's line.
    told = _events(
        "Another border incident was reported last week. A Latvian patrol boat found "
        "the trawler Orsa fishing deep in the Gulf of Riga at about nine o'clock."
    )
    assert [(e.place, e.date) for e in told] == [("Gulf of Riga", "")]
