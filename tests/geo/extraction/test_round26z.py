"""Classes of report writing that recur across the seen folders (session 26, round
26z: place phrases the drafts took from the wrong words), each checked on sentences
written for the test (other names, places and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _places(body: str, published: str = "2024-06-20") -> list[str]:
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return [event.place for event in extract_events(report, id_prefix="t").events]


def test_a_town_described_by_the_sea_it_lies_on_is_the_town():
    # "the Black Sea port of X", "the Turkish Aegean resort of Y": the sea or coast
    # describes the town, as "northern" does; the town is the place, not the sea.
    for body, place in (
        (
            "Police detained 40 migrants in the Black Sea port of Batumi on Sunday, "
            "the police said.",
            "Batumi",
        ),
        (
            "A drone crashed into a hotel in the Egyptian Red Sea resort of Dahab on "
            "Friday, lightly injuring two people, the army said.",
            "Dahab",
        ),
        (
            "Coast guards detained 12 migrants in the Turkish Aegean resort of Bodrum "
            "on Sunday, officials said.",
            "Bodrum",
        ),
    ):
        assert _places(body) == [place], body
    # The sea alone is still the sea.
    assert _places("Police detained 40 migrants in the Red Sea on Sunday, the police said.") == [
        "Red Sea"
    ]
