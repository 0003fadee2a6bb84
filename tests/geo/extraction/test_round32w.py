"""Status classes of report writing found on the seen gold where the place agrees but
the status does not (session 32, round 32w), each checked on sentences written for the
test (other names, places and dates than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2021-03-12"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_speaker_set_off_by_commas_voices_the_clause_before_it():
    # ", the agency said, and by Thursday ...": what went before the speaker is its
    # account, even when the clause after the comma tells more.
    events = _events(
        "Two boats carrying migrants towards Yemen went down off Obock on Tuesday, the "
        "International Organization for Migration said, and by Wednesday evening at least "
        "20 bodies had been brought ashore."
    )
    assert [(e.date, e.status) for e in events] == [
        ("2021-03-09", "alleged"),
        ("2021-03-10", "alleged"),
    ], events
    assert all(e.claimed_by == ["International Organization for Migration"] for e in events)


def test_a_speaker_who_opens_the_sentence_leaves_a_clause_after_it_told_apart():
    # "X called the move a provocation, and lorries were left waiting": unchanged.
    events = _events(
        "Minsk called the decision a provocation, and about 300 lorries were left waiting "
        "at the Kukuryki crossing on Wednesday."
    )
    assert [e.status for e in events] == ["confirmed"], events
