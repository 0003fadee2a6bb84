"""Session 16, the lead's extraction classes, met in the misses of ``heldout27/`` and
checked on sentences written for the test (other names and borders than the gold text's)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-05-03"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_dateline_with_a_country_and_a_date_is_not_the_speaker():
    # "CITY, Country, Month Day - ": before, the date was read as part of the speaker
    # ("May 3 - Police").
    events = _events(
        "LIBERIA, Costa Rica, May 3 - Police in Guanacaste confirmed on Friday the death "
        "of a smuggler who drowned in the river during a chase on the border with "
        "Nicaragua."
    )
    assert [e.claimed_by for e in events] == [["Police in Guanacaste"]]


def test_a_place_where_a_deal_was_signed_is_no_place_of_the_incident():
    # "signed a declaration in X", "the trust built in X": the diplomacy around the
    # incident; the later voices of the report stay at its place.
    events = _events(
        "OSH - Kyrgyz guards fired on Tajik border posts near Vorukh on Wednesday, a week "
        "after the two governments signed a demarcation protocol in Dushanbe.\n\n"
        "The Tajik border service said two of its guards were wounded.\n\n"
        "A Kyrgyz official said the shooting undermined the trust built in Dushanbe."
    )
    assert events
    assert all("Dushanbe" not in e.place for e in events), [e.place for e in events]


def test_a_speaker_placed_in_a_unit_of_a_place_speaks():
    # "Police in the province of X said": the speaker with the unit that places them;
    # before, no speaker was read and the account was drafted as confirmed.
    events = _events(
        "Police in the Costa Rican province of Guanacaste said on Friday that a smuggler "
        "drowned in the Sapoá river during a chase."
    )
    assert [(e.status, e.claimed_by) for e in events] == [
        ("alleged", ["Police in the Costa Rican province of Guanacaste"])
    ]
