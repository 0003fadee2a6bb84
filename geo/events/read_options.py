"""How to read a user's own event files: column mapping, defaults, dates, delimiters.

A recipe (``[columns]``, ``[defaults]``, ``date_order``...) or the command line
(``--columns``, ``--default``, ``--date-order``...) fills one :class:`ReadOptions`;
:func:`bordermap.geo.events.loading.load_events` takes it as an argument, or uses the one a
command made current with :func:`using_read_options` (so code between the command
and the loader, such as map building, need not pass it along).
"""

from __future__ import annotations

import contextlib
import contextvars
import difflib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from bordermap.geo import schema
from bordermap.geo.errors import BorderMapError
from bordermap.geo.events.categories import Category, using_categories

#: Day/month orders a file's typed dates can be declared in.
DATE_ORDERS: tuple[str, ...] = ("DMY", "MDY", "YMD")

#: Fields a user may give a default value for (one value for every event of a file).
DEFAULTABLE_FIELDS: tuple[str, ...] = (
    schema.CATEGORY,
    schema.STATUS,
    schema.SOURCE_NAME,
    schema.SOURCE_DATE,
    schema.REPORTED,
    schema.CLAIMED_BY,
    schema.DENIED_BY,
    schema.ACTORS,
    schema.COUNTRY_HINT,
    schema.GEO_PRECISION,
    schema.TAGS,
    schema.NOTES,
)

#: Names ``--delimiter`` accepts besides the character itself.
DELIMITER_NAMES = {"comma": ",", "semicolon": ";", "tab": "\t", "\\t": "\t", "pipe": "|"}


class ReadOptionsError(BorderMapError, ValueError):
    """A column mapping, default, date order or delimiter cannot be used."""


@dataclass(frozen=True)
class ReadOptions:
    """Everything said about reading event files beyond the files themselves.

    Attributes
    ----------
    columns : mapping of str to str
        A file's header → bordermap field (``{"Location": "place"}``); headers match
        case- and space-insensitively.
    defaults : mapping of str to str
        Field → value for events whose file leaves it empty or has no such column.
    date_order : str or None
        ``"DMY"``, ``"MDY"`` or ``"YMD"`` for dates typed like ``03/04/2026``;
        ``None`` refuses such a date when both readings are possible.
    delimiter : str or None
        CSV field separator; ``None`` sniffs it from the header line.
    sheet : str or None
        Worksheet of an XLSX/ODS file; ``None`` reads the first.
    categories : mapping of str to Category or None
        The category vocabulary; ``None`` uses ``data/categories.toml`` (or a
        ``categories.toml`` beside the events).
    """

    columns: Mapping[str, str] = field(default_factory=dict)
    defaults: Mapping[str, str] = field(default_factory=dict)
    date_order: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    categories: Mapping[str, Category] | None = None

    def __post_init__(self) -> None:
        if self.date_order is not None and self.date_order not in DATE_ORDERS:
            raise ReadOptionsError(
                f"date order must be one of {', '.join(DATE_ORDERS)} (got {self.date_order!r})"
            )
        for name in self.defaults:
            if name not in DEFAULTABLE_FIELDS:
                raise ReadOptionsError(
                    f"no default can be set for {name!r}; fields with defaults: "
                    + ", ".join(DEFAULTABLE_FIELDS)
                )
        for header, target in self.columns.items():
            check_target(target, header)


def check_target(target: str, header: str) -> None:
    """Refuse a column mapping onto a field bordermap does not have."""
    from bordermap.geo.events.validation import KNOWN_FIELDS

    if target in KNOWN_FIELDS and target != "sources":
        return
    close = difflib.get_close_matches(target, KNOWN_FIELDS, n=1, cutoff=0.6)
    hint = (
        f"; did you mean {close[0]!r}?"
        if close
        else "; fields: " + ", ".join(schema.EVENT_COLUMNS)
    )
    raise ReadOptionsError(f"column {header!r} is mapped to {target!r}, not a field{hint}")


def parse_pairs(text: str, *, option: str) -> dict[str, str]:
    """Parse ``"Date=date,Location=place"`` into a dict, keeping the left side as written.

    A comma inside a header can be written doubled-quoted: ``'"Where, exactly"=place'``.
    """
    import csv

    pairs: dict[str, str] = {}
    for item in next(csv.reader([text], skipinitialspace=True), []):
        if not item.strip():
            continue
        left, sep, right = item.partition("=")
        if not sep or not left.strip() or not right.strip():
            raise ReadOptionsError(
                f"{option}: write NAME=VALUE pairs separated by commas (got {item!r})"
            )
        pairs[left.strip()] = right.strip()
    return pairs


def parse_delimiter(text: str | None) -> str | None:
    """``;``, ``tab``, ``\\t``, ``|``... → the one character; ``None`` stays ``None``."""
    if text is None:
        return None
    value = DELIMITER_NAMES.get(text.lower(), text)
    if len(value) != 1 or value.isalnum() or value in "\"'\n\r ":
        raise ReadOptionsError(
            f"--delimiter must be one character such as ',', ';', '|' or 'tab' (got {text!r})"
        )
    return value


_CURRENT: contextvars.ContextVar[ReadOptions | None] = contextvars.ContextVar(
    "bordermap_read_options", default=None
)


def current_read_options() -> ReadOptions:
    """The options a command made current (defaults when none did)."""
    return _CURRENT.get() or ReadOptions()


@contextlib.contextmanager
def using_read_options(options: ReadOptions) -> Iterator[ReadOptions]:
    """Make ``options`` (and its category vocabulary) current inside the block."""
    token = _CURRENT.set(options)
    try:
        if options.categories is not None:
            with using_categories(options.categories):
                yield options
        else:
            yield options
    finally:
        _CURRENT.reset(token)
