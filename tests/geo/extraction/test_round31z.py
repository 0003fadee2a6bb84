"""Classes of report writing found on the misses of the seen folders under half recall
(session 31, round 31z): acts the gold counts though told by a negation, and diplomatic
steps and statements not read, each checked on sentences written for the test (other
names, places and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.category_rules import categorise


def _events(body: str, published: str = "2021-09-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_passage_refused_told_by_its_absence_is_a_closure():
    # "have not been let into X", "are still not being let in", "can no longer cross",
    # "did not open its gates": a way across kept shut, told by what did not happen.
    for sentence in (
        "Since early May, buses from Armenia have not been let into Georgia, the "
        "agency reported on 2 June.",
        "Pilgrims are still not being let into Vardzia, the abbot said.",
        "Hikers can no longer cross on the paths of the Rila massif.",
        "Kulata did not open its gates on Monday.",
    ):
        assert categorise(sentence) == "border_infrastructure", sentence


def test_passage_refused_is_drafted_where_it_was_refused():
    events = _events(
        "Since early September, lorries from Iran with cargo for Armenia have not been "
        "let into Azerbaijan, the agency reported on 15 September."
    )
    assert [e.place for e in events] == ["Azerbaijan"], events
    assert events[0].status == "alleged", events


def test_a_negated_let_that_names_no_passage_stays_no_closure():
    # "were not let down", "has not been let go": no way across in the words.
    assert categorise("The residents said they had not been let down by the council.") is None
    assert categorise("The contract has not been let yet.") is None


def test_a_site_named_in_full_before_is_meant_by_its_name_alone():
    # "detained two monks at the Vardzia monastery" ... "not let into Vardzia":
    # the name alone is the monastery told before.
    events = _events(
        "Border guards detained two monks at the Vardzia monastery on 3 September, "
        "Father Giorgi said. Pilgrims are still not being let into Vardzia, the abbot said."
    )
    assert len(events) == 2, events
    assert [e.place for e in events] == ["Vardzia monastery"] * 2, events


def test_officials_of_the_two_sides_meeting_is_a_diplomatic_step():
    # "met with their foreign ministers in X", "flew to X and met Y", "met staff of the
    # embassy to protest": a step taken, placed where they met.
    for sentence in (
        "The two presidents met with their foreign ministers in Quito on Monday.",
        "The prime minister flew to Tobruk on Friday and met the commander.",
        "A ministry official met staff of the Thai embassy on Monday to protest.",
    ):
        assert categorise(sentence) == "diplomatic_measure", sentence
    assert categorise("The two presidents would meet their counterparts in May.") is None


def test_a_quarrel_argued_over_is_the_reports_own_account():
    # "X and Y argued over the strip on Monday when they met": no speaker's claim.
    events = _events(
        "President Arce and his Chilean counterpart, Gabriel Boric, argued over the "
        "Silala waters on Monday when they met with their foreign ministers in Quito."
    )
    assert [(e.place, e.status, e.claimed_by) for e in events] == [("Quito", "confirmed", [])], (
        events
    )
