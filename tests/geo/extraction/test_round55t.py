"""A state's measure on all its borders, session 55 (round t): a sentence that opens on a
state by its bare name and finds no place of its own, where the state brings in "controls
of its own" or closes, seals, reopens or keeps shut "its borders" (every border at once),
is placed at that state, not at the incident told before.  A single border named, a
reaction and a negated closure keep their older readings.  Checked on sentences written
for the test (other names, places and days than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.events import _ITS_OWN_GROUND

_LEDE = (
    "Uzbek border guards detained four Kyrgyz herders near Sokh on 3 June, the agency said.\n\n"
)


def _places(body: str) -> list[str]:
    events = extract_events(
        report_from_text(f"Published: 2024-06-10\n\nTitle\n\n{body}\n"), id_prefix="t"
    ).events
    return [e.place for e in events]


def test_controls_of_its_own_are_at_the_state():
    body = _LEDE + "Tajikistan brought in temporary controls of its own on 5 June, he added."
    assert _places(body)[-1] == "Tajikistan"


def test_all_its_land_borders_closed_is_the_state():
    body = _LEDE + "Kazakhstan closed all its land borders on 4 June."
    assert _places(body)[-1] == "Kazakhstan"


def test_borders_kept_shut_is_the_state():
    body = _LEDE + "Tajikistan has kept its borders shut under a state of emergency since May."
    assert _places(body)[-1] == "Tajikistan"


def test_cue_reads_the_wordings_of_every_border():
    for wording in (
        "Chile began sealing its frontiers weeks ago.",
        "Oman reopened its land and sea borders on Monday.",
        "Laos shut all of its borders to travellers.",
        "Norway put in checks of its own in November.",
    ):
        assert _ITS_OWN_GROUND.search(wording), wording


def test_one_border_a_negation_and_a_reaction_are_no_cue():
    for wording in (
        "Chile closed its border with Peru on Monday.",
        "Luxembourg never closed its borders during the pandemic.",
        "Oman did not close its borders.",
        "Chile recalled its ambassador and protested.",
        "Chile said the checks were needed.",
    ):
        assert not _ITS_OWN_GROUND.search(wording), wording


def test_its_border_with_one_neighbour_is_not_the_state():
    # One border named: the border is the place, as before, not the whole state.
    body = _LEDE + "Kyrgyzstan closed its border with Uzbekistan on 4 June."
    assert _places(body)[-1] != "Kyrgyzstan"
