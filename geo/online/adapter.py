"""The HTTP adapter of online geocoders: geopy's urllib adapter, checking every answer.

Each JSON body is checked (:func:`bordermap.geo.online.answers.check_response_body`)
before geopy reads it, so an impossible value stops the run with
:class:`~bordermap.geo.errors.GeocoderAnswerInvalid` instead of becoming a place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from geopy.adapters import URLLibAdapter

from bordermap.geo.errors import GeocoderAnswerInvalid


class CheckingAdapter(URLLibAdapter):
    """geopy's urllib adapter, checking each JSON answer before geopy reads it.

    ``URLLibAdapter`` makes exactly one HTTP request per call; the requests adapter
    would retry on its own, hidden from our pacing and counts.

    Parameters
    ----------
    check : callable
        Raises :class:`GeocoderAnswerInvalid` for a body bordermap cannot use.
    **kwargs
        For ``URLLibAdapter`` (``proxies``, ``ssl_context``).
    """

    def __init__(self, *, check: Callable[[Any], None], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._check = check
        #: Whether the current call received a JSON body; reset before each call,
        #: so a failure inside geopy can be told from one before any answer.
        self.answered = False

    def get_json(self, url: str, *, timeout: float, headers: dict) -> Any:
        """Return the JSON body at ``url``, checked.

        Raises
        ------
        GeocoderAnswerInvalid
            For a body nested too deeply to read or one the check refuses.
        """
        try:
            body = super().get_json(url, timeout=timeout, headers=headers)
        except RecursionError as err:
            raise GeocoderAnswerInvalid("body: JSON nested too deeply to read") from err
        self.answered = True
        self._check(body)
        return body
