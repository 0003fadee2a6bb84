"""A state acting on its own ground, session 54 (round x): a sentence that opens on a state
by its bare name and puts the act on that state's own ground ("its territory", "its
airspace", "leave the country", "12 of its border posts") is placed at the state, not at
the incident told before.  Checked on sentences written for the test (other names, places
and days than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text

_LEDE = (
    "Uzbek border guards detained four Kyrgyz herders near Sokh on 3 June, the agency said.\n\n"
)


def _places(body: str) -> list[str]:
    events = extract_events(
        report_from_text(f"Published: 2024-06-10\n\nTitle\n\n{body}\n"), id_prefix="t"
    ).events
    return [e.place for e in events]


def test_a_ban_on_landing_in_its_territory_is_at_the_state():
    body = _LEDE + "Kyrgyzstan has also barred Uzbek cargo flights from landing in its territory."
    assert _places(body)[-1] == "Kyrgyzstan"


def test_people_told_to_leave_the_country_are_in_the_state():
    body = _LEDE + (
        "Kazakhstan said in May that Uzbek migrants without papers must leave the country "
        "by 1 July."
    )
    assert _places(body)[-1] == "Kazakhstan"


def test_a_jet_in_its_airspace_is_over_the_state_that_says_so():
    body = _LEDE + "On Friday Tajikistan complained that a foreign jet had entered its airspace."
    assert _places(body)[-1] == "Tajikistan"


def test_many_of_its_border_posts_shut_are_the_state():
    body = _LEDE + "Kyrgyzstan has shut 14 of its border posts until further notice."
    assert _places(body)[-1] == "Kyrgyzstan"


def test_a_force_of_the_state_is_no_bare_name_and_keeps_the_place_carried():
    # "Kyrgyzstan's border service" is a force that acts where it is sent, not the state
    # by its name; nothing here says the act holds on its own ground either.
    body = _LEDE + (
        "Kyrgyzstan's border service said two more herders had been held in its territory."
    )
    assert _places(body)[-1] != "Kyrgyzstan"


def test_its_side_of_the_crossing_keeps_the_crossing():
    # "its own side of the crossing" is one end of the place told before, not the state.
    body = _LEDE + "Kyrgyzstan reopened its own side of the crossing on 5 June."
    assert _places(body)[-1] != "Kyrgyzstan"
