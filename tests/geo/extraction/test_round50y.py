"""Place classes found by listing every gold event whose sentence drafts another place than
the gold's (session 50, round y): a state's organs acting on a day of their own, in a
sentence that names no place, act on the state's own ground rather than at the report's
first incident.  Checked on sentences written for the test (other names, places and days
than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str):
    return extract_events(
        report_from_text(f"Published: 2024-03-11\n\nTitle\n\n{body}\n"), id_prefix="t"
    ).events


def _placed(body: str) -> list[tuple[str, str]]:
    return [(e.place, e.date) for e in _events(body)]


_LEDE = (
    "Estonian border guards fired warning shots at a Russian tanker near Vaindloo island "
    "on 2 March.\n\nRussia protested on Tuesday.\n\n"
)


def test_state_organs_acting_on_a_day_of_their_own_are_at_home():
    # An older case told by its month, no place named: the state's own waters or ground,
    # not the island the report opened on.
    places = _placed(
        _LEDE + "In January Estonian authorities had already detained the crew of a barge."
    )
    assert places[-1] == ("Estonia", "2024-01")
    places = _placed(_LEDE + "Last year Finnish police detained the crew of a trawler.")
    assert places[-1] == ("Finland", "2023")


def test_state_organs_acting_on_the_lede_day_stay_at_the_incident():
    # The same day as the lede: the same incident, at its spot.
    places = _placed(_LEDE + "On 2 March Estonian police also boarded a second vessel.")
    assert places[-1][0] == "near Vaindloo island"


def test_a_state_that_only_speaks_gives_no_home_place():
    from bordermap.geo.extraction.events import _state_acting_at_home

    assert _state_acting_at_home("Finland said it had detained 12 men in May.", ()) is None
    assert _state_acting_at_home("In May Finnish police detained 12 men.", ()) is not None
    # A name that is no country ("The Kiwala") is no state acting.
    assert _state_acting_at_home("The Kiwala sailed on in May.", ()) is None


def test_a_state_summoning_an_envoy_stays_at_the_incident():
    # A diplomatic step answers the incident told before; it is placed there, not at home,
    # while the state's police acting in the same month are at home.
    body = (
        "Estonian border guards fired warning shots at a Russian tanker near Vaindloo island "
        "on 2 March.\n\nThe crew said they had been fired on without warning.\n\n"
        "In April Estonia summoned the Russian ambassador.\n\n"
        "In April Estonian police detained two Russian sailors.\n"
    )
    assert [p for p, _ in _placed(body)][-2:] == ["near Vaindloo island", "Estonia"]


def test_a_state_protesting_stays_at_the_incident():
    # "Russia protested on Tuesday": an answer to the shots, placed at them.
    assert _placed(_LEDE)[1][0] == "near Vaindloo island"
    from bordermap.geo.extraction.events import _state_acting_at_home

    assert _state_acting_at_home("Last year Latvia protested to Minsk.", ()) is None
