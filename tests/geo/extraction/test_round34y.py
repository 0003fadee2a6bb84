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


_DEADLY = "Guards shot dead three herders near Dorn on Tuesday, the army said."


@pytest.mark.parametrize(
    "sentence",
    [
        "Tamo Reth, who speaks for the families, has called on the government to stand up "
        "to Ostria over the deaths.",
        "President Ula Veng offered her sympathy to Belmar and to the families of the dead.",
        "The weekly Dorn Courier named the dead as Ari Dusk and Temo Lark.",
        "Villagers held a vigil for the killings outside the school.",
    ],
)
def test_a_reaction_to_the_deaths_told_before_is_no_event(sentence):
    # No event of its own; a sentence that goes on about the same men may be evidence.
    events = _events(f"{_DEADLY}\n\n{sentence}")
    assert len(events) == 1
    assert events[0].evidence[0].text == _DEADLY


def test_a_new_killing_beside_the_deaths_told_before_is_an_event():
    sentence = "Soldiers shot dead a fourth herder near Korvana, and villagers mourned the deaths."
    events = _events(f"{_DEADLY}\n\n{sentence}")
    assert _drafted_from(sentence, events)


def test_a_measure_taken_over_the_deaths_told_before_is_still_an_event():
    sentence = "Belmar has since lodged a formal complaint with Ostria over the three deaths."
    events = _events(f"{_DEADLY}\n\n{sentence}")
    assert _drafted_from(sentence, events)
