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


def problem(file: str, line: int | None, field: str, message: str, *value: object) -> Problem:
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


class OutputError(BorderMapError, OSError):
    """An output file or folder cannot or must not be written (nothing was)."""

    exit_status = 73  # EX_CANTCREAT


class GeocodingError(BorderMapError, RuntimeError):
    """A geocoder failed in a way the user must act on (network, key, quota)."""


# --- geocoding failures ------------------------------------------------------------
# Each names the geocoder, the query and what to do, and carries the exit status the
# CLI returns (values from BSD sysexits, so scripts can tell "try later" from "fix it").


class GeocoderConfigError(GeocodingError, ValueError):
    """A geocoder is misconfigured: unknown name, bad URL, no user agent, missing key."""

    exit_status = 78  # EX_CONFIG


class GeocoderUnreachable(GeocodingError, ConnectionError):
    """The geocoding service could not be reached (network down, refused, bad host)."""

    exit_status = 69  # EX_UNAVAILABLE


class GeocoderTimeout(GeocodingError, TimeoutError):
    """The service did not answer in time, even after retries."""

    exit_status = 75  # EX_TEMPFAIL


class GeocoderRateLimited(GeocodingError):
    """The service kept answering HTTP 429 (too many requests), even after waiting."""

    exit_status = 75  # EX_TEMPFAIL


class GeocoderServerError(GeocodingError):
    """The service kept failing with a server error (HTTP 5xx), even after retries."""

    exit_status = 75  # EX_TEMPFAIL


class GeocoderQuotaExceeded(GeocodingError):
    """The account's quota at the service is used up (HTTP 402 or a quota message)."""

    exit_status = 75  # EX_TEMPFAIL


class GeocoderAccessDenied(GeocodingError, PermissionError):
    """The service rejected the key or blocked the client (HTTP 401, 403, 407)."""

    exit_status = 77  # EX_NOPERM


class GeocoderBadResponse(GeocodingError):
    """The service answered with something that is not the expected JSON."""

    exit_status = 76  # EX_PROTOCOL


class GeocoderQueryRejected(GeocodingError, ValueError):
    """The service refused the query itself (HTTP 400 and similar)."""

    exit_status = 65  # EX_DATAERR


class GeocoderNetworkForbidden(GeocodingError):
    """A request would have gone to the network while running ``--offline``."""

    exit_status = 69  # EX_UNAVAILABLE


class GeocodeCacheError(GeocodingError, OSError):
    """The geocoding cache file cannot be opened, read or written."""

    exit_status = 74  # EX_IOERR


class GeocoderAnswerInvalid(GeocoderBadResponse, ValueError):
    """The service's answer is JSON, but a field holds a value bordermap cannot use.

    A latitude of 95, a coordinate written as ``"12.3abc"`` or ``NaN``, a bounding
    box of three corners or with its south edge above its north edge, a missing
    name, a body that is not a list of results.  The message names the query, the
    result, the field and the value; such an answer is never cached.
    """

    exit_status = 76  # EX_PROTOCOL
