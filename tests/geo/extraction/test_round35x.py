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


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Amina, who fled with her children from Goz Beida, some 20 kilometres from the "
         "line, said militiamen had burned the market.", "Amina"),
        ("President Joseph Banda, for his part, announced that troops had killed six "
         "raiders on the border last week.", "President Joseph Banda"),
        ("The Coast Guard, on its Facebook page, said the trawler had been seized.",
         "Coast Guard"),
        ("Herders camped at Bol, most of them from the islands, said gunmen had stolen "
         "200 cattle.", "Herders camped at Bol"),
        ("Chad's ambassador in Niamey, Abakar Moussa, told reporters that the post had "
         "been closed.", "Abakar Moussa"),
        ("The boatmen's association, the Lake Chad Ferry Union, said in a post that "
         "soldiers had boarded a ferry.", "Lake Chad Ferry Union"),
        ("Another man from Bol, Idriss, said the shooting started at dawn.", "Idriss"),
    ],
)  # fmt: skip
def test_a_speaker_who_opens_the_sentence_speaks_past_an_aside(sentence, speaker):
    # An aside between commas (where or how the speaker spoke, who they are, their name)
    # stands between the opening speaker and the verb: what follows is still their
    # account.
    attribution = read_attribution(sentence)
    assert attribution.status == "alleged"
    assert speaker in attribution.claimant


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday, in a statement issued late, guards fired on a boat near Bol.",
        "The boat, carrying 50 people, reported engine trouble near Lampedusa.",
        # An aside that only seats the speaker is left as before (the seat and the
        # place of the act may be one).
        "Police on Kei Island, in Maluku province, say a navy ship towed a boat away.",
    ],
)
def test_an_opening_adverbial_or_thing_is_no_speaker_before_an_aside(sentence):
    assert not read_attribution(sentence).claimant.startswith(("On Monday", "boat", "Police"))
