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
