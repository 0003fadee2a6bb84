"""Conventions and classes of the round after the ninth blind set: dating, claimants,
places by role, an incident told on, denials and background (fixtures in our words)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-05-10"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


# Dating convention -----------------------------------------------------------------


def test_a_sentence_without_a_date_of_its_own_stays_undated_and_notes_the_borrowable_one():
    first, second = _events(
        "Guards fired on a group of smugglers near Tallinna on Tuesday. "
        "Two smugglers were wounded in the clash, officials said."
    )
    assert first.date == "2024-05-07"
    assert second.date == ""
    assert any("2024-05-07" in note and "not taken" in note for note in second.notes)


def test_a_denial_dated_only_as_a_statement_is_undated_and_reported_that_day():
    claim, denial = _events(
        "Villagers said soldiers pushed them back across the river near Narva on Monday.\n\n"
        "The defence minister denied on Wednesday that anyone had been pushed back."
    )
    assert claim.date == "2024-05-06"
    assert denial.status == "denied"
    assert denial.date == ""
    assert denial.reported == "2024-05-08"
