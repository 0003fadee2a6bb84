"""Status classes on the seen gold (session 35, round 35v): a speech verb in a later
clause voices that clause only, so the act the main clause tells stays the report's own;
an office holder who denies while doing something else is still the denier.  Sentences
written for the test (other names, places and dates than any gold text)."""

import pytest

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.attribution import read_attribution


def _events(published: str, body: str):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


@pytest.mark.parametrize(
    "sentence",
    [
        # A clause hung on the act after it: ", after X announced ...", ", which it
        # accused of ...", "men who said ...".
        "Zambia has closed the Kasumbalesa border post to lorries until 3 May, after "
        "President Joseph Banda announced late on Sunday that the country would stay "
        "under curfew.",
        "Tanzania lodged a protest with Malawi on Tuesday, which it accused of firing on "
        "a Tanzanian boat near Likoma.",
        "On Monday the navy picked up 31 men who said they were Somali near the island of "
        "Mohéli; nine of them were boys.",
        # A coordinate speaker whose words need no "that": "said they had ...", "have
        # said only that ...".
        "Guards arrested four fishermen near Kigoma on 9 June and charged them with "
        "entering Tanzanian waters; their captain said they had never left the lake.",
        "The Chirundu border crossing did not open its gates on Monday; officials have said "
        "only that it will take lorries again by next week.",
    ],
)  # fmt: skip
def test_a_speaker_in_a_later_clause_leaves_the_act_the_reports_own(sentence):
    events = _events("2021-06-10", sentence)
    assert events
    assert events[0].status == "confirmed"
    assert not events[0].claimed_by


@pytest.mark.parametrize(
    "sentence",
    [
        # The speaker's words carry the act: they stay alleged.
        "Police said on Monday that guards had fired on a boat near Kigoma.",
        "The market at Chirundu was quiet on Monday, and officials said gunmen had fired "
        "on guards at the border post.",
        # A speaker set after the clause it tells voices it.
        "Guards fired on a boat near Kigoma on Monday; the minister said.",
    ],
)  # fmt: skip
def test_a_speaker_of_the_act_itself_still_makes_it_alleged(sentence):
    events = _events("2021-06-10", sentence)
    assert events
    assert events[0].status == "alleged"


def test_a_speaker_after_the_first_act_leaves_it_the_reports_own():
    # "..., while in Y traders said they expected queues": the speaker's words tell
    # something of their own after the act the sentence opens on; that act, told before
    # any speaker, is still the report's.
    events = _events(
        "2021-06-10",
        "At the Chirundu crossing officers pulled lorries over for inspection on Thursday, "
        "while in Siavonga traders said they expected queues to grow.",
    )
    assert events
    assert events[0].status == "confirmed"
    assert not events[0].claimed_by


def test_an_office_holder_speaking_on_arrival_is_the_speaker():
    # "X's minister, Name, arriving in Y on Friday, rejected the charge": the aside after
    # the holder's name tells what they were doing as they spoke; they deny.
    attribution = read_attribution(
        "Malawi's deputy foreign minister, Grace Phiri, arriving in Dodoma on Monday, "
        "rejected the charge that her country's navy had fired on the boats."
    )
    assert attribution.status == "denied"
    assert "Grace Phiri" in attribution.denier
