"""The extraction scorer compares places the gazetteer lacks by the name inside them."""

from __future__ import annotations

from bench.score_extract import _place_key


def test_a_spot_the_gazetteer_lacks_agrees_with_its_area_and_its_post():
    # "the Qorvath area" and "Qorvath" name one spot, as "the Qorvath border post" does;
    # gold files of different folders word it either way.
    assert _place_key("the Qorvath area", ()) == _place_key("Qorvath", ())
    assert _place_key("Qorvath border post", ()) == _place_key("Qorvath", ())
    assert _place_key("the Qorvath area", ()) != _place_key("Velmoor", ())


def test_a_border_gate_the_gazetteer_lacks_agrees_with_its_name():
    # "the Qorvath border gate" (a cua khau, as Vietnamese crossings are called in
    # English) and "Qorvath" name one spot, as its border post does.
    assert _place_key("Qorvath border gate", ()) == _place_key("Qorvath", ())
    assert _place_key("the Qorvath gate", ()) == _place_key("Qorvath", ())
    assert _place_key("Qorvath border gate", ()) != _place_key("Velmoor", ())


def test_each_gold_event_of_a_listing_sentence_is_compared_with_its_own_draft(tmp_path):
    # One sentence closing two crossings gives one draft each; the second gold event
    # was compared with the first draft (Nuijamaa) and scored a wrong place.
    from bench.score_extract import _aligned
    from bordermap.geo.extraction import extract_events, read_report

    report = tmp_path / "r.txt"
    report.write_text(
        "URL: https://example.org/x\nPublished: 2024-05-10\nPublisher: Example\n\n"
        "Finland shuts two crossings\n\nFinland closed the Nuijamaa and Imatra border "
        "crossings on Thursday, the interior ministry said.\n",
        encoding="utf-8",
    )
    events = list(extract_events(read_report(report), id_prefix="r").events)
    assert [e.place for e in events] == ["Nuijamaa", "Imatra"]
    keys = [(e.place, e.date, e.status) for e in events]
    gold = {"evidence": "closed the Nuijamaa and Imatra border crossings"}
    assert _aligned(gold, events, keys, ("Imatra", "2024-05-09", "alleged")) is events[1]
    assert _aligned(gold, events, keys, ("Nuijamaa", "2024-05-09", "alleged")) is events[0]
    # No draft agrees on all three: the first of the same status, as before.
    assert _aligned(gold, events, keys, ("Vaalimaa", "2024-05-09", "alleged")) is events[0]
    assert _aligned({"evidence": "not in the text"}, events, keys, keys[0]) is None
