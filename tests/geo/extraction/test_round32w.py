"""Status classes of report writing found on the seen gold where the place agrees but
the status does not (session 32, round 32w), each checked on sentences written for the
test (other names, places and dates than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.attribution import read_attribution


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


def test_a_speaker_telling_its_own_rejection_of_the_claim_denies_it():
    # "said on Monday that it categorically rejected the allegation that ...".
    told = read_attribution(
        "Oman said on Monday that it categorically rejected the allegation that its "
        "patrol boats had entered the disputed waters."
    )
    assert (told.status, told.denier, told.claimant) == ("denied", "Oman", ""), told
    # A rejection of something other than an account is no denial of a claim.
    told = read_attribution("The ministry said it had rejected the request of the fishermen.")
    assert told.status == "alleged", told


def test_a_denial_passed_on_by_a_speaker_at_the_end_stays_a_denial():
    # "Y denied the allegations, a police source said": the source makes no claim.
    told = read_attribution("Niger's authorities denied the allegations, a military source said.")
    assert (told.status, told.claimant) == ("denied", ""), told
    told = read_attribution(
        "Herders who reject the placing of the fence confronted the team, he said."
    )
    assert told.status != "denied", told
    # A claim of the same speaker before the denial still makes it disputed.
    told = read_attribution(
        "Residents said soldiers burned the market, but the army denied the accusation."
    )
    assert told.status == "disputed", told


def test_a_prefecture_and_a_hotline_speak():
    told = read_attribution("The Doubs prefecture said 900 cars were turned back on Sunday.")
    assert (told.status, told.claimant) == ("alleged", "Doubs prefecture"), told
    told = read_attribution(
        "The Sea Watch hotline said a dinghy with 40 people had been adrift for two days."
    )
    assert (told.status, told.claimant) == ("alleged", "Sea Watch hotline"), told


def test_a_period_does_not_frame_a_day_told_in_the_next_clause():
    # "shut the crossing last week, and on 4 March declared ...": "last week" dates the
    # closure; the day after ", and" is the next act's.
    events = _events(
        "Guatemala shut the El Carmen crossing last week, and on 4 March the president "
        "put three border municipalities under a state of siege.",
        published="2021-03-12",
    )
    assert events and events[0].date == "2021-03-01/2021-03-07", events


def test_a_period_still_frames_a_day_in_its_own_clause():
    from datetime import date

    from bordermap.geo.extraction.dates import find_dates

    found = find_dates(
        "Last week, a boat with 40 people was stopped off Ceuta on 3 March.",
        published=date(2021, 3, 12),
    )
    assert [(f.value, f.role) for f in found] == [
        ("2021-03-01/2021-03-07", "frame"),
        ("2021-03-03", "event"),
    ], found


def test_a_name_with_its_office_after_a_lead_in_label_speaks():
    # "Why: Name, the interior minister, said ...": the label is blanked, and the name
    # after it opens the sentence all the same (as after a wire dateline).
    told = read_attribution(
        "Why: Jana Novak, the interior minister, said when she announced the checks on "
        "Monday that police had caught 120 migrants."
    )
    assert (told.status, told.claimant) == ("alleged", "Jana Novak"), told


def test_an_office_named_by_the_body_it_belongs_to_speaks_before_its_seat():
    # "..., the press office of the coast guard command in Rize province said": a head
    # of eight words before where it sits.
    told = read_attribution(
        "Patrol boats seized a Georgian trawler off Hopa on Monday, the press office of the "
        "coast guard command in Rize province said."
    )
    assert told.status == "alleged", told
    assert told.claimant == "press office of the coast guard command", told
