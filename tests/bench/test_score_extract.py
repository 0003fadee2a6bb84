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
