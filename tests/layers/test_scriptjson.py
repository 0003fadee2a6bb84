import json

from bordermap.layers.scriptjson import to_script_json


def test_script_json_cannot_close_a_script_tag_and_round_trips():
    value = {"b": "</script><script>alert('x')</script>", "a": "&\u2028"}
    text = to_script_json(value)
    assert "<" not in text and ">" not in text and "'" not in text and "&" not in text
    assert "\u2028" not in text
    assert json.loads(text) == value
    assert text.index('"a"') < text.index('"b"')


def test_script_json_refuses_nan():
    import pytest

    with pytest.raises(ValueError, match="not JSON compliant"):
        to_script_json({"x": float("nan")})
