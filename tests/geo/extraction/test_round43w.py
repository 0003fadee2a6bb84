"""Drafts that matched no gold event (session 43, round 43w): officials meeting, told
with the speaker after the meeting; checked on sentences written for the test (other
names, places and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text

_INCIDENT = (
    "Border guards fired on a fishing boat near Koreni on Tuesday, killing one of its crew.\n\n"
)


def _events(body: str, published: str = "2021-03-12"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_meeting_sourced_after_it_is_no_incident():
    # The speaker told after the meeting only sources it: still a meeting of officials.
    for meeting in (
        "The commander of the Koreni post met his Moldovan counterpart on Wednesday to "
        "establish what had happened, the border service said.",
        "The regional governor met the envoy on Thursday, according to the ministry.",
    ):
        events = _events(_INCIDENT + meeting)
        assert len(events) == 1, (meeting, events)


def test_a_claim_led_by_a_speaker_before_the_meeting_is_left_alone():
    # "said ..., after its officials met their counterparts, that ..." leads a claim of
    # its own: the meeting rule does not drop it.
    sentence = (
        "The ministry said in a statement, issued after its officials met their Moldovan "
        "counterparts, that the Koreni crossing had been closed on Wednesday."
    )
    events = _events(_INCIDENT + sentence)
    assert len(events) == 2, events


def test_a_meeting_in_a_relative_clause_names_who_tells_the_act():
    # "Fishermen who met the envoy came away saying ...": the meeting only names the
    # speakers; what they were told stays a draft.
    sentence = (
        "Fishermen who met the envoy on Wednesday came away saying he had promised that "
        "patrols near Koreni would stop, according to their union."
    )
    events = _events(_INCIDENT + sentence)
    assert len(events) == 2, events
