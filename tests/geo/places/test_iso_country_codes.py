"""The ISO codes of the country names table, read from its bytes or, for an unusual
file, line by line as text: the same codes either way."""

from __future__ import annotations

import pytest

from bordermap.geo.places import words


def _by_lines(path) -> frozenset[str]:
    with path.open(encoding="utf-8", newline=None) as lines:
        return frozenset(line[:2] for line in lines if line.strip() and not line.startswith("#"))


@pytest.mark.parametrize(
    "text",
    [
        "# codes\nLV\tlatvija\tLatvija\tlv\nBY\tbelarus\tBelarus\ten\n\nLV\tlatvia\tLatvia\ten\n",
        "LV\tlatvija\tLatvija\tlv\nBY\tbelarus\tBelarus\ten",  # no final line break
        "LV\tlatvija\tLatvija\tlv\r\nBY\tbelarus\tBelarus\ten\r\n",  # Windows line ends
        "LV\tlatvija\tLatvija\tlv\n \tindented\tx\ten\n",  # a line led by a space
        "LV\tlatvija\tLatvija\tlv\n\u00a0\n",  # a line of a no-break space only
        "LV\tlatvija\tLatvija\tlv\nÅland\tx\tx\ten\n",  # a non-ASCII head
        "L\nLV\tlatvija\tLatvija\tlv\n",  # a line of one letter
    ],
)
def test_codes_as_the_lines_give_them(tmp_path, monkeypatch, text):
    path = tmp_path / "country_names.tsv"
    path.write_bytes(text.encode("utf-8"))
    monkeypatch.setattr(words, "COUNTRY_NAMES_FILE", path)
    words.iso_country_codes.cache_clear()
    try:
        assert words.iso_country_codes() == _by_lines(path)
    finally:
        words.iso_country_codes.cache_clear()


def test_the_shipped_table_gives_the_iso_codes():
    words.iso_country_codes.cache_clear()
    codes = words.iso_country_codes()
    assert _by_lines(words.COUNTRY_NAMES_FILE) == codes
    assert {"LV", "BY", "UA", "XK"} - codes <= {"XK"}
    assert all(len(code) == 2 and code.isupper() for code in codes)
