"""Classes of extra drafts from sentences that hold no gold event (session 40, round
40y): a toll of the incident just told, told with a name or a survivor count; a sentence
that only says what is not known or not said; a call on others to act.  Checked on
sentences written for the test (other names, places and dates than any gold text)."""

import pytest

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.counts import tells_only_a_toll


def _events(body: str, published: str = "2024-05-10"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


_CLASH = (
    "Soldiers clashed with gunmen on Tuesday near the village of Kalpé, close to the "
    "border with Mali, the defence ministry said.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Two crew members were pulled from the water alive.",
        "Kamara was fatally hurt and his cousin was wounded in the arm.",
        "A 30-year-old herder was hit and later died of his wounds.",
        "Forty bodies were recovered from the hull; 12 people were never found.",
        "Three guards, among them the post commander and his young driver, were hurt and "
        "taken to hospital.",
    ],
)
def test_a_toll_told_with_a_name_or_the_survivors_is_a_toll(sentence):
    assert tells_only_a_toll(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A patrol opened fire on the herders near the river.",
        "Kamara was arrested at the crossing.",
        "A herder was killed when a patrol opened fire.",
    ],
)
def test_a_named_act_is_no_toll(sentence):
    assert not tells_only_a_toll(sentence)


def test_a_named_toll_joins_the_incident_before_it():
    events = _events(_CLASH + "A 30-year-old herder was hit and later died of his wounds.")
    assert len(events) == 1
    assert len(events[0].evidence) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "It was not clear whether the gunmen had crossed from Mali.",
        "The statement did not say whether the post had been attacked.",
        "The army did not comment on the clash.",
        "He did not know whether his brother had been detained.",
    ],
)
def test_a_sentence_that_only_says_what_is_not_known_drafts_nothing(sentence):
    events = _events(_CLASH + sentence)
    assert len(events) == 1
    assert all(sentence not in ev.text for e in events for ev in e.evidence)


def test_a_silence_over_reports_of_an_incident_keeps_the_reported_incident():
    # The reports tell an interception in others' words: it stays a draft.
    events = _events(
        _CLASH + "The navy would not comment on reports that two boats had been "
        "intercepted off Dakar."
    )
    assert len(events) == 2


def test_a_call_on_others_to_act_drafts_nothing():
    events = _events(
        _CLASH + "Rights groups on Wednesday called on the authorities to investigate the "
        "killings."
    )
    assert len(events) == 1


def test_a_call_that_tells_a_past_act_is_drafted():
    events = _events(
        _CLASH + "Niger asked Mali to explain why Malian soldiers had crossed into Tillabéri "
        "on Thursday."
    )
    assert len(events) == 2


def test_an_unknown_set_before_the_main_clause_keeps_the_sentence():
    # "While X did not say ..., they said ...": the main clause tells what is known.
    sentence = (
        "While officials did not say when the shots were fired, they said the gunmen had "
        "come from Mali."
    )
    events = _events(_CLASH + sentence)
    assert any(sentence in ev.text for e in events for ev in e.evidence)


def test_the_mood_between_two_sides_drafts_nothing():
    events = _events(
        _CLASH + "Relations between the two governments have been strained since Mali "
        "sent troops to the border."
    )
    assert len(events) == 1


def test_a_mood_with_the_incident_that_set_it_off_is_drafted():
    # ", when ..." tells the incident that set the tension off.
    events = _events(
        _CLASH + "Tension at the crossing has been rising since 2 May, when guards fired "
        "on traders at Tillabéri."
    )
    assert len(events) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor wants to charge the boat's captain with smuggling.",
        "The customs agency expects lorries to cross again in June.",
        "Schools in two villages near the frontier are to stay shut on Friday.",
    ],
)
def test_a_plan_or_a_wish_drafts_nothing(sentence):
    events = _events(_CLASH + sentence)
    assert len(events) == 1


def test_an_act_told_before_its_plan_is_drafted():
    # The closure is told first; its planned end does not take it back.
    events = _events(
        _CLASH + "Niger shut the crossing at Tillabéri on Wednesday and it is due to "
        "reopen on 20 May."
    )
    assert len(events) == 2


def test_an_act_whose_day_is_withheld_is_drafted():
    # "did not say when X was damaged" tells the damage and withholds its day.
    events = _events(_CLASH + "Officials did not say when the fence near Tillabéri was damaged.")
    assert len(events) == 2
    assert "Date not disclosed." in events[-1].notes
