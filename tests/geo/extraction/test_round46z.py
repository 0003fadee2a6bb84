"""Round 46z: a sentence with no place of its own after a lede on a named border line.

The report opens on the river the people crossed, then tells, undated, what happened at
one town on it; what follows with no place of its own goes on about that town's incident,
not the whole line. Sentences written for the test (another border and other towns than
any gold text).
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


def test_a_later_paragraph_after_a_statement_takes_the_town_not_the_river():
    body = (
        _LEDE
        + _TOWN
        + "Estonia's interior minister insisted the border was not closed and said 50 "
        "people a day would be let in.\n\n"
        "A few of the crowd have given up and turned back, using buses laid on by the "
        "Russian authorities."
    )
    assert _places(body)[-1] == ("Ivangorod", "A few of the")


def test_with_no_town_told_the_river_of_the_lede_stays_the_place():
    body = (
        _LEDE + "About 40 forced their way past the guards before pepper spray was used and the "
        "rest fell back."
    )
    assert _places(body)[-1][0] == "Narva River"
