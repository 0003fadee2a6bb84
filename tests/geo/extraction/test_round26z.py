"""Classes of report writing that recur across the seen folders (session 26, round
26z: place phrases the drafts took from the wrong words), each checked on sentences
written for the test (other names, places and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.category_rules import categorise


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


def test_a_sloop_stopped_on_a_sea_bank_is_a_crossing_attempt_on_the_bank():
    # "stopped a Haitian sloop with 69 people aboard", "a dhow carrying 40 people was
    # stopped": the craft of the sea routes are boats; "on the Great Bahama Bank",
    # "near Yamato Bank": a bank of the sea is a place as a reef or a shoal is.
    report = report_from_text(
        "Published: 2024-06-20\n\nTitle\n\nOn Monday the navy ship Kestrel stopped a Haitian "
        "sloop with 55 people aboard on the Little Caicos Bank, the navy said.\n"
    )
    events = extract_events(report, id_prefix="t").events
    assert [(e.place, e.category) for e in events] == [("Little Caicos Bank", "crossing_attempt")]
    assert categorise("A dhow with 30 Somalis aboard was stopped off Qandala on Friday.")
    # Lenders are no banks of the sea.
    for body in (
        "The World Bank said on Monday that trade through the Torkham crossing had fallen.",
        "The Central Bank said on Monday that trade through the Torkham crossing had fallen.",
    ):
        assert all("Bank" not in place for place in _places(body)), body


def test_a_search_and_rescue_zone_is_the_place_as_written():
    # "sank in the Italian search and rescue zone", "the Libyan search and rescue area":
    # the waters a state answers for at sea are the place, kept as written; a search
    # and rescue team sent somewhere is no place.
    assert _places(
        "A rubber boat with 50 people aboard capsized in the Libyan search and rescue "
        "area on Friday, the coast guard said."
    ) == ["Libyan search and rescue area"]
    assert "search and rescue" not in " ".join(
        _places("Armenia sent a search and rescue team of 28 people to Turkey on Monday.")
    )


def test_a_day_in_a_pluperfect_relative_clause_dates_the_earlier_act():
    # "a boat that had left X on Saturday sank overnight into Monday", "officers who had
    # arrived on Friday arrested ... on Saturday": the day after "that had <verb>" is
    # the earlier act's; the sentence's own act has its own day.
    report = report_from_text(
        "Published: 2024-06-20\n\nTitle\n\nPolice who had arrived on Monday arrested 14 "
        "migrants near Kavala on Tuesday, officials said.\n"
    )
    assert [e.date for e in extract_events(report, id_prefix="t").events] == ["2024-06-18"]
    # A day alone after such a clause is still the sentence's day.
    report = report_from_text(
        "Published: 2024-06-20\n\nTitle\n\nPolice arrested 14 migrants who had crossed near "
        "Kavala on Tuesday, officials said.\n"
    )
    assert [e.date for e in extract_events(report, id_prefix="t").events] == ["2024-06-18"]
