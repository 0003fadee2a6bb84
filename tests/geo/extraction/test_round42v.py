"""Denial place classes found by listing every gold denial whose aligned draft has another
place (session 42, round 42v), each checked on sentences written for the test."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_denial_told_before_its_claim_takes_the_claims_place():
    # The report opens on the denial, naming only the country entered; the claim it
    # answers, told after it, places the act at a town.
    events = _events(
        "Guatemala on Monday denied that its soldiers had crossed into Belize last week. "
        "Belize's foreign ministry said on Sunday that Guatemalan soldiers had entered "
        "Benque Viejo del Carmen and detained two farmers."
    )
    denial = next(e for e in events if e.status == "denied")
    claim = next(e for e in events if e.status == "alleged")
    assert claim.place == "Benque Viejo del Carmen"
    assert (denial.place, denial.place_precision) == (claim.place, claim.place_precision)
    assert any(claim.id in note for note in denial.notes)


def test_a_denial_with_no_claim_after_it_keeps_its_own_place():
    events = _events("Guatemala on Monday denied that its soldiers had crossed into Belize.")
    denial = next(e for e in events if e.status == "denied")
    assert denial.place_precision == "country"
