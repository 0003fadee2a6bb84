"""Classes of status errors on the seen gold of heldout50–69 (session 35, round 35x),
each checked on sentences written for the test (other names, places and dates than any
gold text)."""

import pytest

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.attribution import read_attribution


def _events(published: str, body: str):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Six traders detained at Kasumbalesa had been released, the consulate said.",
         "consulate"),
        ("The embassy's consulate said by telephone that two lorries had been seized.",
         "consulate"),
        ("About 200 lorries were queued at Chirundu on Monday, an eyewitness told Reuters.",
         "eyewitness"),
        ("Guards seized 40 bags of rice at Malaba, according to Kenyan press reports.",
         "Kenyan press reports"),
        ("The ferry sank near Kigoma on Sunday, according to teleNOVA.", "teleNOVA"),
        ("Freight trains crossed at Chirundu again on Monday, a representative of the "
         "Zambia Railways told reporters.", "Zambia Railways"),
    ],
)  # fmt: skip
def test_a_source_named_by_what_it_is_makes_the_account_its_own(sentence, speaker):
    # A consulate, an eyewitness, the press, a representative of a body or a name spelt
    # with a small first letter is cited for what happened: the account is alleged, not
    # the report's own.
    attribution = read_attribution(sentence)
    assert attribution.status == "alleged"
    assert speaker in attribution.claimant


def test_an_eyewitness_account_of_a_queue_is_drafted_alleged():
    events = _events(
        "2021-06-12",
        "About 200 lorries were queued at the Chirundu border post on Friday, an "
        "eyewitness told the local radio.",
    )
    assert events and all(e.status == "alleged" for e in events)
