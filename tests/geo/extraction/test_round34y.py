"""Classes of report writing found on the extra drafts of heldout66 and heldout67
(session 34, round 34y), each confirmed on older folders and checked on sentences written
for the test (other names, places and dates than any gold text)."""

import pytest

from bordermap.geo.extraction import extract_events, report_from_text

_INCIDENT = "Gunmen attacked a border post at Kalpé on Tuesday, killing two guards, the army said."


def _events(body: str, published: str = "2024-05-10"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def _drafted_from(sentence: str, events) -> bool:
    return any(sentence in item.text for event in events for item in event.evidence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Korvana, where the Tesh valley meets the Lumo plain, is grazing land long worked "
        "by herders from Belmar, and skirmishes there are frequent.",
        "Operation Sand Gate is the joint patrol against piracy in which both navies took "
        "part; the United Nations pays for its fuel.",
        "Ostrian troops are based in the valley to guard the pipeline.",
        "The Tesh coast is held by Ostrian government troops.",
        "Kalpé, which lies across the river from Dorn, is one of the main gateways for "
        "cocaine made in the highlands.",
    ],
)
def test_a_sentence_in_the_present_describing_a_place_or_force_is_no_event(sentence):
    events = _events(f"{_INCIDENT}\n\n{sentence}")
    assert len(events) == 1
    assert not _drafted_from(sentence, events)


@pytest.mark.parametrize(
    "sentence",
    [
        "The valley, where herders graze, is quiet again, but soldiers fired on a truck "
        "near Dorn.",
        "Ostrian troops are based in the valley and shelled Dorn.",
    ],
)
def test_an_act_told_beside_a_description_is_still_an_event(sentence):
    events = _events(f"{_INCIDENT}\n\n{sentence}")
    assert _drafted_from(sentence, events)
