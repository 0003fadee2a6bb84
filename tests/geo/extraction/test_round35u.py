"""Sentences that name no place of their own (session 35, round 35u): the place they
point back to, each checked on sentences written for the test (other names, places and
dates than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(published: str, body: str):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_the_area_is_where_the_incident_told_before_happened():
    # "reinforcements have been sent to the area" after a sentence that named only the
    # border the raiders came over: the area is the town of the raid, not the border.
    events = _events(
        "2021-05-08",
        "BAMAKO, May 8 - Gunmen stormed an army camp at Tessit on Friday night, killing "
        "nine soldiers, the army said.\n\n"
        "The attackers are thought to have come over the Mali–Niger border, the army "
        "added.\n\n"
        "Troops hit back, and reinforcements have been sent to the area, the army said.",
    )
    last = events[-1]
    assert "reinforcements" in last.description, events
    assert last.place == "Tessit", events
    assert any("'The area'" in note for note in last.notes), last.notes


def test_the_area_of_a_named_place_is_not_pointed_back():
    # "the area of X" says which area: no borrowing of the incident told before.
    events = _events(
        "2021-05-08",
        "BAMAKO, May 8 - Gunmen stormed an army camp at Tessit on Friday night, killing "
        "nine soldiers, the army said.\n\n"
        "Troops were sent to the area of Ansongo on Saturday, the army said.",
    )
    assert not any("'The area'" in note for event in events for note in event.notes), events


def test_a_site_word_is_the_site_named_before_its_word():
    # "the approach to the pass" after "climbs to the Predil Pass": the pass is the one
    # named with its word before; only a place after the word counted ("the centre in
    # X"), so the sentence had no place and drafted nothing.
    events = _events(
        "2022-02-15",
        "ROME, Feb 15 - Austria brought in checks on lorries at Tarvisio on Monday, officials "
        "said.\n\n"
        "The road from Tarvisio climbs to the Predil Pass, a crossing used by freight since "
        "2004.\n\n"
        "Drivers said lorries were stuck for hours on the approach to the pass on Monday.",
    )
    stuck = [e for e in events if "stuck" in e.description]
    assert [e.place for e in stuck] == ["Predil Pass"], events


def test_a_pass_as_a_verb_gives_no_site():
    from bordermap.geo.extraction.places import find_places
    from bordermap.geo.extraction.references import site_told_before

    told_text = "Lorries pass through Tarvisio every day."
    told = [(told_text, find_places(told_text, hints=("AT", "IT")))]
    assert site_told_before("Drivers waited at the pass for hours.", told) is None
