"""Classes of report writing that recur across the seen folders (session 17, the
extract round), each checked on sentences written for the test (other names, places
and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-01-10"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


_CLAIM = "Police said guards shot two herders near Kasika on Monday. "


def test_a_denial_in_other_words_answers_the_claim_before():
    # An appositive whose owner is a name of two words ("South Sudan's interior
    # minister") is dropped as "Kenya's interior minister" is; the name before speaks.
    events = _events(_CLAIM + "Ana Ruiz, Costa Rica's security minister, rejected the figure.")
    assert events[-1].status == "denied" and events[-1].denied_by == ["Ana Ruiz"], events
    events = _events(
        "Lado Wani, South Sudan's army spokesman, said troops shot two herders near Kasika "
        "on Monday."
    )
    assert events and events[0].claimed_by == ["Lado Wani"], events
    # "disputed the version": a denial of an account; "dispute the island" is none.
    events = _events(_CLAIM + "Relatives of the herders disputed the police's version.")
    assert events[-1].status == "denied", events
    assert len(_events(_CLAIM + "Both countries dispute the island.")) == 1
    # "told an interviewer last week that the charge was false": the audience and the
    # time of telling stand between the verb and the words of the denial.
    events = _events(
        _CLAIM + "The governor told a radio station last week that the accusation was a "
        "fabrication."
    )
    assert events[-1].status == "denied" and events[-1].denied_by == ["governor"], events


def test_a_crossing_opened_in_other_words_is_an_incident():
    # "declared the crossing open again", "began letting through lorries": a crossing
    # opened, as "reopened" is.
    events = _events(
        "Zambia shut the Kazungula border post on 2 January. Officials of both countries "
        "declared the post open again at a meeting in Kasane on 8 January."
    )
    assert len(events) == 2 and events[1].date == "2024-01-08", events
    events = _events("On Monday Zambian officers began letting through lorries at Chirundu.")
    assert events and "Chirundu" in events[0].place, events
    # A shop open for hours is no crossing.
    assert not _events("In Kasane the shops stay open late, traders said.")


def test_forces_put_on_alert_with_no_word_for_how_high():
    # "was placed on alert", "put its units near X on alert": readied, as "put on
    # maximum alert" already was.
    events = _events(
        "Guards shot two herders near Kazungula on Friday, police said. A company of the "
        "army based at Kazungula was placed on alert."
    )
    assert len(events) == 2 and "Kazungula" in events[1].place, events
    events = _events("The Zambian army put its units near Chirundu on alert on 3 January.")
    assert events and "Chirundu" in events[0].place, events


def test_a_speaker_confirming_what_follows_tells_their_own_account():
    # "Name confirmed that ...", "Police confirmed on Tuesday the death of ...": what
    # follows the verb is the speaker's account, alleged, as after "said".
    events = _events(
        "Spokesman Tomas Lind confirmed that a Swedish citizen had been killed in "
        "the shelling near Kazungula."
    )
    assert events and events[0].status == "alleged", events
    assert "Tomas Lind" in events[0].claimed_by[0], events
    events = _events(
        "Police in the Southern Province confirmed on Tuesday the death of a fisherman who "
        "vanished near Kazungula."
    )
    assert events and events[0].status == "alleged", events
    # The incident told first in the report's own voice, then confirmed: confirmed.
    events = _events(
        "Two Zambian guards were detained in March after they fired warning shots near "
        "Kazungula, the defence ministry confirmed on Thursday."
    )
    assert events and events[0].status == "confirmed", events
