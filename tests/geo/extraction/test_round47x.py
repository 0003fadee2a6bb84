"""Round 47x: places of sentences that name only "the border" or a country's side.

Three classes of place misses over all gold folders: "the border" by no name after an
incident near one town some way off the line; a sentence that refers back ("the
patrol") to one whose only place was "the border"; a speaker's "X territory" after
incidents at one spot in X. Sentences written for the test (other borders and towns
than any gold text).
"""

from bordermap.geo.extraction import extract_events, report_from_text


def _places(body: str) -> list[tuple[str, str]]:
    report = report_from_text(f"Published: 2016-05-20\n\nTitle\n\n{body}\n")
    return [(e.place, e.evidence[0].text[:14]) for e in extract_events(report).events]


_NEAR_TOWN = (
    "A Syrian man was shot and wounded after a group of migrants tried to enter Hungary "
    "from Serbia near the town of Kiskunhalas late on Thursday, the police said.\n\n"
    "The group of about 30 men had already crossed the border when a patrol of three "
    "officers stopped them, a police spokesman told state radio.\n\n"
)


def test_the_border_after_an_incident_near_a_town_is_that_town():
    # Kiskunhalas lies about 21 km from the line: the crossing was told near it.
    places = _places(_NEAR_TOWN)
    assert places[1] == ("near the town of Kiskunhalas", "The group of a")


def test_the_patrol_referred_back_takes_the_place_drafted_there():
    body = _NEAR_TOWN + "The men put up resistance when the patrol tried to detain them.\n\n"
    assert _places(body)[-1] == ("near the town of Kiskunhalas", "The men put up")


def test_the_border_far_from_the_one_town_stays_the_line():
    # A spot well inside the country (Budapest) is not on the line.
    body = (
        "A man was shot and wounded in Budapest on Thursday after he had entered Hungary "
        "from Serbia, the police said.\n\nThe group of about 30 men had already crossed "
        "the border when a patrol of three officers stopped them, a police spokesman told "
        "state radio.\n\n"
    )
    assert _places(body)[1][0] == "Hungary–Serbia border"


def test_a_speakers_territory_holds_the_one_spot_in_that_country():
    body = (
        "Indian and Chinese troops came to blows near Tawang on Tuesday, the "
        "Indian Army said.\n\n"
        "According to Indian officials, a Chinese patrol tried to push into Indian "
        "territory and was forced back.\n\n"
    )
    places = _places(body)
    assert places[-1][1] == "According to I"
    assert places[-1][0] != "India's territory"
    assert places[-1][0] == places[0][0]


def test_a_territory_of_another_country_than_the_spot_stays_the_country():
    body = (
        "A drone came down in a field near Szeged on Thursday, the police said.\n\n"
        "The Romanian defence ministry said the drone had spent three minutes over "
        "Romanian territory after crossing from Ukraine.\n\n"
    )
    assert _places(body)[-1][0] == "Romania's territory"
