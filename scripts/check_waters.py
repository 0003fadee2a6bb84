"""Check ``data/gazetteer/waters.tsv``, the cited table of seas, straits and islets.

Each row must have the nine columns of the header, a known ``kind``, ISO 3166-1
alpha-2 codes that ``data/gazetteer/country_names.tsv`` lists (that file is built from
pycountry's ISO table, so no package is needed here), coordinates that are numbers in
range, a positive integer ``reach_km``, forms that hold a letter and that no other
form of the file has (after :func:`bordermap.geo.places.names.normalise` when the
package can be imported, else after lower-casing), an ``https://`` source and a note.
The rows must be sorted by ``kind`` and then ``name``.

Run ``python scripts/check_waters.py [path]``: it prints the row count and exits 0, or
prints the first fault with its line and field and exits 1.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WATERS = ROOT / "data" / "gazetteer" / "waters.tsv"
COUNTRY_NAMES = ROOT / "data" / "gazetteer" / "country_names.tsv"
HEADER = ["kind", "name", "forms", "lat", "lon", "reach_km", "countries", "source", "note"]
KINDS = frozenset(
    {"sea", "gulf", "bay", "strait", "channel", "lagoon", "lake", "island", "islands"}
    | {"reef", "shoal", "bank", "cay"}
)


class WatersError(ValueError):
    """A fault of one row, with its line number and field."""

    def __init__(self, line: int, field: str, message: str) -> None:
        super().__init__(f"waters.tsv line {line}, field {field!r}: {message}")


def known_countries(path: Path = COUNTRY_NAMES) -> frozenset[str]:
    """Return the ISO alpha-2 codes of ``country_names.tsv`` (its first column)."""
    codes = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            codes.add(line.split("\t", 1)[0])
    return frozenset(codes)


def _key_function() -> Callable[[str], str]:
    # The lookup key makes "Øresund" and "Oresund" one form, as the resolver will see
    # them; without the package a plain case fold is the honest fallback.
    try:
        from bordermap.geo.places.names import normalise
    except ImportError:
        return str.casefold
    return normalise


def _number(text: str, line: int, field: str, limit: float) -> float:
    try:
        value = float(text)
    except ValueError:
        raise WatersError(line, field, f"{text!r} is not a number") from None
    if not -limit <= value <= limit:
        raise WatersError(line, field, f"{value} is out of range ±{limit}")
    decimals = text.partition(".")[2]
    if len(decimals) > 5:
        raise WatersError(line, field, f"{text!r} has more than 5 decimals")
    return value


def check_row(
    fields: list[str], line: int, countries: frozenset[str], seen: dict[str, int], key
) -> None:
    """Raise :class:`WatersError` on the first fault of one data row.

    Parameters
    ----------
    fields : list of str
        The row split on tabs.
    line : int
        Its 1-based line number, for the message.
    countries : frozenset of str
        The ISO alpha-2 codes allowed.
    seen : dict of str to int
        Form keys met so far and their lines; updated with this row's forms.
    key : callable
        The function making a form's key.
    """
    if len(fields) != len(HEADER):
        raise WatersError(line, "*", f"{len(fields)} fields, expected {len(HEADER)}")
    row = dict(zip(HEADER, fields, strict=True))
    for name, value in row.items():
        if value != value.strip() or not value:
            raise WatersError(line, name, "empty or padded with spaces")
    if row["kind"] not in KINDS:
        raise WatersError(line, "kind", f"unknown kind {row['kind']!r}")
    forms = row["forms"].split(";")
    if row["name"] not in forms:
        raise WatersError(line, "forms", f"the name {row['name']!r} is not among the forms")
    for form in forms:
        if form != form.strip() or not any(ch.isalpha() for ch in form):
            raise WatersError(line, "forms", f"form {form!r} has no letter or is padded")
        form_key = key(form)
        if form_key in seen:
            raise WatersError(line, "forms", f"form {form!r} repeats line {seen[form_key]}")
        seen[form_key] = line
    _number(row["lat"], line, "lat", 90.0)
    _number(row["lon"], line, "lon", 180.0)
    if not row["reach_km"].isdigit() or int(row["reach_km"]) <= 0:
        raise WatersError(line, "reach_km", f"{row['reach_km']!r} is not a positive integer")
    codes = row["countries"].split(";")
    for code in codes:
        if code not in countries:
            raise WatersError(line, "countries", f"{code!r} is not an ISO alpha-2 code")
    if codes != sorted(set(codes)):
        raise WatersError(line, "countries", "codes not sorted or repeated")
    if not row["source"].startswith("https://") or any(c.isspace() for c in row["source"]):
        raise WatersError(line, "source", f"{row['source']!r} is not an https:// URL")


def check_file(path: Path = WATERS) -> int:
    """Check the whole file and return its number of rows.

    Raises
    ------
    WatersError
        On the first bad row, header or order.
    """
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].split("\t") != HEADER:
        raise WatersError(1, "*", f"header must be {chr(9).join(HEADER)!r}")
    countries = known_countries()
    key = _key_function()
    seen: dict[str, int] = {}
    previous: tuple[str, str] | None = None
    for number, text in enumerate(lines[1:], start=2):
        fields = text.split("\t")
        check_row(fields, number, countries, seen, key)
        order = (fields[0], fields[1].casefold())
        if previous is not None and order < previous:
            raise WatersError(number, "name", "rows not sorted by kind, then name")
        previous = order
    return len(lines) - 1


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else WATERS
    try:
        rows = check_file(path)
    except WatersError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"{path.name}: {rows} rows, all well formed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
