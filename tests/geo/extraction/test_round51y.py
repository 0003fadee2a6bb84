"""Recall of speakers' claims with no incident word (session 51, round y): a speaker who
says that someone did something, in the perfect, with a subject of its own ("said
Iranian authorities had taken the vessel"), tells a claim about the incident, placed at
it when the sentence names no place.  Verbs of talk, thought, decision or agreement, the
speaker's own doing and relative clauses are no such claim.  Checked on sentences written
for the test (other names, places and days than any gold text)."""

import pytest

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.claimed_acts import claims_an_act

_LEDE = "Georgian coast guards detained a Turkish trawler off Batumi on Monday."


def _events(body: str):
    return extract_events(
        report_from_text(f"Published: 2024-03-11\n\nTitle\n\n{body}\n"), id_prefix="t"
    ).events


@pytest.mark.parametrize(
    "said",
    [
        " the Turkish crew had cut their nets loose",
        " that smugglers had been ferrying fuel across the bay",
        " on Monday that two gunboats have rammed the trawler",
        " the sailors had been taken to Poti",
    ],
)
def test_a_clause_telling_someone_did_something_claims_an_act(said):
    assert claims_an_act(said)


@pytest.mark.parametrize(
    "said",
    [
        # the speaker's own doing, a pronoun
        " they had asked for the logbook",
        # talk, agreement, a state
        " Ankara had agreed to hold talks",
        " the sailors had been given food and water",
        " the crew had been living aboard for months",
        # a relative clause, a question word: no subject of its own
        " the number of boats that had sailed was unknown",
        " port staff he had shared the cabin with",
        # no perfect at all
        " the trawler was Turkish",
    ],
)
def test_talk_a_state_or_no_subject_of_its_own_is_no_claimed_act(said):
    assert not claims_an_act(said)


def test_a_claimed_act_is_a_statement_on_the_incident_just_told():
    body = f"{_LEDE} Port officials said the Turkish crew had cut their nets loose."
    events = _events(body)
    assert len(events) == 2
    claim = events[1]
    assert (claim.status, claim.claimed_by, claim.date) == ("alleged", ["Port officials"], "")
    assert claim.place == events[0].place


def test_talk_or_a_decision_by_the_speaker_adds_no_draft():
    for said in (
        "Port officials said Ankara had agreed to send an envoy.",
        "Port officials said the sailors had been given blankets.",
        "Port officials said they had boarded the trawler at dawn.",
    ):
        assert [e.status for e in _events(f"{_LEDE} {said}")] == ["confirmed"], said
