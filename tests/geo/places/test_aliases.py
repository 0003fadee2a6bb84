"""Tests for the project's alias table loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from bordermap.geo.errors import GeometryDataError
from bordermap.geo.places.aliases import load_aliases


def test_shipped_table_loads_with_seed_forms() -> None:
    aliases = load_aliases()
    assert "Latvian" in aliases.country_adjectives["LV"]
    assert "Belarusian" in aliases.country_adjectives["BY"]
    assert "Витебская область" in aliases.region_names["BY-VI"]


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "aliases.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_bad_country_code_is_named(tmp_path: Path) -> None:
    path = _write(tmp_path, '[countries.Latvia]\nnames = ["Latvija"]\n')
    with pytest.raises(GeometryDataError, match=r"countries\.Latvia: code must be ISO"):
        load_aliases(path)


def test_unknown_key_is_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path, '[regions."BY-VI"]\nadjectives = ["x"]\n')
    with pytest.raises(GeometryDataError, match=r"regions\.BY-VI: allowed keys are names"):
        load_aliases(path)


def test_names_must_be_strings(tmp_path: Path) -> None:
    path = _write(tmp_path, "[countries.LV]\nnames = [1]\n")
    with pytest.raises(GeometryDataError, match=r"countries\.LV\.names: must be a list"):
        load_aliases(path)


def test_unknown_section_is_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path, "[cities.LV]\nnames = []\n")
    with pytest.raises(GeometryDataError, match="unknown section"):
        load_aliases(path)


def test_common_words_schema(tmp_path: Path) -> None:
    assert "forest" in load_aliases().common_words
    path = _write(tmp_path, "[common_words]\nwords = [3]\n")
    with pytest.raises(GeometryDataError, match="common_words: needs words"):
        load_aliases(path)


def test_invalid_toml_is_reported(tmp_path: Path) -> None:
    path = _write(tmp_path, "[countries.LV\n")
    with pytest.raises(GeometryDataError, match="cannot read the alias table"):
        load_aliases(path)


def test_posts_of_a_region_load_apart_from_its_names(tmp_path: Path) -> None:
    path = _write(tmp_path, '[regions."KZ-47"]\nposts = ["Temir Baba"]\n')
    aliases = load_aliases(path)
    assert aliases.region_posts == {"KZ-47": ("Temir Baba",)}
    assert aliases.region_names == {"KZ-47": ()}
    path = _write(tmp_path, '[regions."KZ-47"]\nposts = "Temir Baba"\n')
    with pytest.raises(GeometryDataError, match="posts: must be a list"):
        load_aliases(path)
