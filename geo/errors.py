"""One error tree for bordermap.

Every error bordermap raises on purpose derives from :class:`BorderMapError`, and
each also derives from the builtin a caller would expect (``ValueError``,
``LookupError``...) so code that knows nothing of bordermap can still catch it.
"""

from __future__ import annotations

from dataclasses import dataclass


class BorderMapError(Exception):
    """Root of every error bordermap raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One problem found in an input file.

    Parameters
    ----------
    file : str
        Path of the file as the user gave it.
    line : int or None
        1-based line number (CSV) or item number (YAML list, GeoJSON feature);
        ``None`` when the problem concerns the whole file.
    field : str
        Column or key the problem concerns (``"-"`` for the whole row or file).
    message : str
        What is wrong and, where it helps, how to fix it.
    value : object, optional
        The offending value, shown with ``repr``.
    """

    file: str
    line: int | None
    field: str
    message: str
    value: object = None
    has_value: bool = False

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else f"{self.file}"
        text = f"{where}: {self.field}: {self.message}"
        if self.has_value:
            text += f" (got {_show(self.value)})"
        return text


def _show(value: object) -> str:
    text = value if isinstance(value, str) else str(value)
    if len(text) > 80:
        text = text[:77] + "..."
    return repr(text)


def problem(
    file: str, line: int | None, field: str, message: str, *value: object
) -> Problem:
    """Build a :class:`Problem`; pass the offending value as a fifth argument."""
    if value:
        return Problem(file, line, field, message, value[0], True)
    return Problem(file, line, field, message)


class EventFileError(BorderMapError, ValueError):
    """An event file has one or more problems; all of them are listed.

    Parameters
    ----------
    problems : list of Problem
        Every problem found, in file order.
    """

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class RecipeError(BorderMapError, ValueError):
    """A map recipe is invalid."""


class GeometryDataError(BorderMapError, LookupError):
    """Boundary or gazetteer data is missing or does not contain what was asked."""


class GeocodingError(BorderMapError, RuntimeError):
    """A geocoder failed in a way the user must act on (network, key, quota)."""
