"""Checks of ``data/gazetteer/waters.tsv`` through ``scripts/check_waters.py``."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.check_waters import HEADER, WATERS, WatersError, check_file

GOOD = "strait\tStrait of Hormuz\tStrait of Hormuz;تنگه هرمز\t26.6\t56.5\t84\tAE;IR;OM\thttps://en.wikipedia.org/wiki/Strait_of_Hormuz\tnote"


def _write(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "waters.tsv"
    path.write_text(
        "\t".join(HEADER) + "\n" + "".join(row + "\n" for row in rows), encoding="utf-8"
    )
    return path


def test_shipped_file_is_well_formed() -> None:
    assert check_file(WATERS) >= 150


def test_a_good_row_passes(tmp_path: Path) -> None:
    assert check_file(_write(tmp_path, GOOD)) == 1


@pytest.mark.parametrize(
    ("row", "field"),
    [
        (GOOD.replace("strait\t", "ocean\t", 1), "kind"),
        (GOOD.replace("AE;IR;OM", "AE;XX"), "countries"),
        (GOOD.replace("\t26.6\t", "\t96.6\t"), "lat"),
        (GOOD.replace("\t84\t", "\t0\t"), "reach_km"),
        (GOOD.replace("https://", "http://"), "source"),
        (GOOD.replace("\tnote", "\t"), "note"),
        (GOOD.replace(";تنگه هرمز", ";42"), "forms"),
        (GOOD.replace(";تنگه هرمز", ";strait of HORMUZ"), "forms"),
        (GOOD.rsplit("\t", 1)[0], "*"),
    ],
)
def test_a_bad_field_is_named_with_its_line(tmp_path: Path, row: str, field: str) -> None:
    with pytest.raises(
        WatersError,
        match=rf"line 2, field '\{field}'" if field == "*" else f"line 2, field '{field}'",
    ):
        check_file(_write(tmp_path, row))


def test_a_form_repeated_on_another_row_fails(tmp_path: Path) -> None:
    other = GOOD.replace("Strait of Hormuz;تنگه هرمز", "Hormuz Strait;Strait of Hormuz").replace(
        "strait\t", "strait\t", 1
    )
    other = other.replace("\tStrait of Hormuz\t", "\tHormuz Strait\t", 1)
    with pytest.raises(WatersError, match="line 3, field 'forms'"):
        check_file(_write(tmp_path, GOOD, other))
