"""Place classes found by listing every gold event whose aligned draft has another place
(session 43, round 43x), each checked on sentences written for the test."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_denial_never_answers_the_deniers_own_version():
    # The denier gave its own version of the drone just before denying; the denial
    # answers the other side's claim, placed where that side put it.
    events = _events(
        "US Central Command said an Iranian patrol boat had rammed an American survey "
        "drone over the Persian Gulf on Tuesday morning. "
        "Iran's navy said the drone had been sailing near Farsi Island towards Iranian "
        "waters with its transponder switched off. "
        "The navy denied that its sailors had fired at the drone or touched it at all."
    )
    denial = next(e for e in events if e.status == "denied")
    claim = events[0]
    assert claim.place == "Persian Gulf"
    assert denial.denied_by == ["Iranian navy"]
    assert denial.claimed_by == claim.claimed_by
    assert denial.place == claim.place


def test_a_denial_of_an_act_at_the_border_answers_the_claim_about_the_border():
    # "the border" in the denied clause is where, not what: the denial answers the
    # other side's claim about the border, not a checkpoint told after it.
    events = _events(
        "Long queues of lorries built up at Kyrgyzstan's border with Kazakhstan on "
        "Wednesday. "
        "Kyrgyzstan's State Border Service said the Kazakh side had slowed its checks "
        "at the border on Tuesday evening. "
        "About 200 lorries are waiting at the Ak-Tilek checkpoint, the Border Service "
        "said. "
        "Kazakhstan's National Security Committee said a routine operation was under "
        "way along the border. "
        "The committee denied that it had put any restrictions on crossing the border."
    )
    denial = next(e for e in events if e.status == "denied")
    assert denial.place_precision == "border"
    assert denial.claimed_by and "State Border Service" in denial.claimed_by[0]


def test_its_border_with_a_state_is_the_border_of_the_state_its_stands_for():
    # The report's countries are Slovenia, Croatia and Hungary, but "its crossings with
    # Slovenia" are Italy's: Slovenia must not be paired with Croatia.
    events = _events(
        "LJUBLJANA - Slovenia brought back checks at its crossings with Croatia and "
        "Hungary on Saturday, and queues built up at Obrežje on the Croatian side. "
        "Croatian and Hungarian drivers waited for hours. "
        "Slovenia's move came a week after Italy brought back checks of its own at "
        "its crossings with Slovenia."
    )
    last = events[-1]
    assert last.place_precision == "border"
    assert last.place_found == "Italy–Slovenia border"


def test_a_country_in_the_denied_clause_does_not_pick_the_claim_placed_at_the_country():
    # "inside Iraqi territory" is the side every claim is on: the denial answers the
    # latest claim against the denier, at the oil field, not the claim worded as Iraq's
    # territory.
    events = _events(
        "BAGHDAD - Iraqi troops gathered on Saturday near well No. 4 of the al-Fakkah oil "
        "field, an Iraqi official at the site said. "
        "Deputy Foreign Minister Ali Hamid said Iranian troops crossed into Iraqi "
        "territory late on Thursday and seized the well. "
        "A US military spokesman said Iranian soldiers had raised a flag over the "
        "al-Fakkah oil field. "
        "A spokesman for the Iranian oil ministry denied that Iranian soldiers had taken "
        "any oil well inside Iraqi territory."
    )
    denial = next(e for e in events if e.status == "denied")
    assert denial.place == "al-Fakkah oil field"
    assert denial.claimed_by == ["US military spokesman"]
