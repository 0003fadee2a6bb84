"""Round 46z: a sentence with no place of its own after an undated town incident.

The report opens on the river the people crossed, then tells in its own voice, undated,
what happened at one town on it; the next paragraph, with no place of its own, goes on
about that town's incident, not the whole line. Hearsay from the town does
not. Sentences written for the test (another border and other towns than any gold text).
"""

from bordermap.geo.extraction import extract_events, report_from_text

_LEDE = (
    "NARVA, Estonia, March 3 - About 300 people have crossed the Narva River from Russia "
    "by boat or over the ice, getting round the guards who still block the bridge.\n\n"
    "Late on Sunday the Estonian government said that nearly 200 of them had entered "
    "Estonia without papers.\n\n"
)
_TOWN = (
    "The bridge was the scene of chaos on Friday. Hundreds of people tore down a barrier "
    "at its Russian end in Ivangorod and ran onto it, only to be stopped by lines of "
    "guards.\n\n"
)


def _places(body: str) -> list[tuple[str, str]]:
    report = report_from_text(f"Published: 2024-03-03\n\nTitle\n\n{body}\n")
    return [(e.place, e.evidence[0].text[:12]) for e in extract_events(report).events]


def test_the_next_paragraph_goes_on_about_the_undated_town_incident():
    body = (
        _LEDE
        + _TOWN
        + "About 40 forced their way past the guards before pepper spray was used and the "
        "rest fell back."
    )
    assert _places(body)[-1] == ("Ivangorod", "About 40 for")


def test_a_voice_telling_of_the_town_does_not_place_the_next_paragraph():
    body = (
        _LEDE + "A resident of Ivangorod told a local radio station that people were running "
        "towards the bridge.\n\n"
        "About 40 forced their way past the guards before pepper spray was used and the "
        "rest fell back."
    )
    assert _places(body)[-1][0] == "Narva River"


def test_with_no_town_told_the_river_of_the_lede_stays_the_place():
    body = (
        _LEDE + "About 40 forced their way past the guards before pepper spray was used and the "
        "rest fell back."
    )
    assert _places(body)[-1][0] == "Narva River"
