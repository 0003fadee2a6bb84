"""Round 37j: the date misses of the drafts aligned to gold events; each on sentences
written for the test."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(text: str):
    return extract_events(report_from_text(text)).events


def test_a_day_before_the_denial_verb_dates_the_denying_not_the_act():
    events = _events(
        "Published: 2017-02-24\n\nChina and Afghanistan\n\n"
        "A monitoring group said Chinese troops had patrolled inside Afghanistan's Wakhan "
        "corridor.\n\n"
        "China's defence ministry on Thursday once more denied that Chinese forces patrol "
        "on Afghan territory.\n"
    )
    denial = next(e for e in events if e.status == "denied")
    assert denial.date == ""


def test_a_day_inside_what_is_denied_still_dates_the_denial():
    events = _events(
        "Published: 2005-05-10\n\nHonduras and El Salvador\n\n"
        "Villagers in Quipure said soldiers had robbed them.\n\n"
        "Honduras on Monday denied that its soldiers crossed into El Salvador last week.\n"
    )
    denial = next(e for e in events if e.status == "denied")
    assert denial.date == "2005-05-02/2005-05-08"


def _find(sentence: str, published: str):
    import datetime as dt

    from bordermap.geo.extraction.dates import find_dates

    return [
        (d.value, d.role) for d in find_dates(sentence, published=dt.date.fromisoformat(published))
    ]


def test_a_judgement_spoken_on_a_day_dates_the_speaking():
    found = _find(
        "The premier criticised the closure on Monday, saying it would hurt trade.", "2020-03-17"
    )
    assert found == [("2020-03-16", "statement")]


def test_a_day_between_the_speaker_and_defended_dates_the_speaking():
    found = _find("The navy chief on Monday defended the seizure of two tankers.", "2021-11-15")
    assert found == [("2021-11-15", "statement")]


def test_a_summons_on_a_day_still_dates_the_act():
    found = _find(
        "The ministry called the ambassador in on Sunday over the shelling.", "2022-09-18"
    )
    assert found == [("2022-09-18", "event")]


def test_a_day_of_last_year_falls_in_the_year_before_the_report():
    found = _find(
        "Guards stopped three men near the river on 19 February last year.", "2022-08-10"
    )
    assert found == [("2021-02-19", "event")]
    assert _find("Guards stopped them on March 3 this year.", "2022-08-10") == [
        ("2022-03-03", "event")
    ]


def test_a_day_before_dismissed_dates_the_dismissal_and_the_act_keeps_its_own():
    found = _find(
        "The government on Tuesday dismissed complaints over a shooting late on Friday.",
        "2011-01-11",
    )
    assert found == [("2011-01-11", "statement"), ("2011-01-07", "event")]
