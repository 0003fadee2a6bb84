"""Classes found by the lead in session 21 on ``heldout33/`` after its first score (the
sentences here are written for the test)."""

import pytest

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


@pytest.mark.parametrize("kind", ["security", "diplomatic"])
def test_sources_an_adjective_describes_are_the_claimant(kind):
    # "According to security sources": the adjective alone names no one, so the claim
    # was drafted as confirmed with no claimant.
    events = _events(
        f"According to {kind} sources, rebels attacked two police posts near the Malawi "
        "border on Tuesday."
    )
    assert events and events[0].status == "alleged", events
    assert events[0].claimed_by == [f"{kind} sources"], events


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        # What is denied told as a clause after the gerund: the subject denies.
        (
            "Minsk responded on Friday, denying that its troops crossed the border near Brest.",
            "Minsk",
        ),
        (
            "The army issued a statement denying that soldiers fired on migrants near Brest.",
            "army",
        ),
    ],
)
def test_denying_that_after_the_speaker_is_a_denial(sentence, denier):
    events = _events(sentence)
    assert events and events[0].status == "denied", events
    assert denier in " ".join(events[0].denied_by), events


def test_that_evening_is_the_day_dated_last():
    events = _events(
        "Militants seized the Trebil crossing on Sunday, officials in Amman said. Traffic "
        "stopped at the crossing that evening.",
        published="2014-06-24",
    )
    assert [str(e.date) for e in events] == ["2014-06-22", "2014-06-22"], events


def test_that_night_before_a_noun_is_no_date():
    events = _events(
        "Militants seized the Trebil crossing on Sunday, officials in Amman said. Officials "
        "said that night patrols at the Trebil crossing were doubled.",
        published="2014-06-24",
    )
    assert str(events[-1].date) != "2014-06-22", events


def test_people_a_who_clause_describes_are_the_claimant():
    # No article before them: the relative clause was not read, and the claim had no
    # claimant (drafted as confirmed).
    events = _events(
        "Lorry drivers who made it into Jordan before the traffic halted said tribal "
        "fighters had taken the Trebil crossing.",
        published="2014-06-24",
    )
    assert events and events[0].status == "alleged", events
    assert events[0].claimed_by == ["Lorry drivers"], events
