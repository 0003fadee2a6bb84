"""How status and precision look on the map: one table each, shared by the event
layer and the legend so the two can never disagree."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from bordermap.geo import schema


@dataclass(frozen=True)
class StatusStyle:
    """Drawing of one status.

    Attributes
    ----------
    label : str
        Word shown in the legend and popups.
    filled : bool
        Confirmed events are solid; the rest are hollow.
    dash : str or None
        SVG dash pattern for outlines and shapes.
    marked : bool
        Denied events carry a cross.
    """

    label: str
    filled: bool
    dash: str | None
    marked: bool


STATUS_STYLES: dict[str, StatusStyle] = {
    "confirmed": StatusStyle("Confirmed", True, None, False),
    "alleged": StatusStyle("Alleged", False, "6 4", False),
    "disputed": StatusStyle("Disputed", False, "2 4", False),
    "denied": StatusStyle("Denied", False, "1 5", True),
}
assert tuple(STATUS_STYLES) == schema.STATUSES

#: Colours when a map colours events by status instead of category (Okabe & Ito).
STATUS_COLOURS: dict[str, str] = {
    "confirmed": "#0072B2",
    "alleged": "#E69F00",
    "disputed": "#CC79A7",
    "denied": "#7F7F7F",
}

#: How each precision is drawn: a point, a circle of uncertainty, or the place's
#: extent (an area outline or a line).  Never a pin for a vague place.
PRECISION_DRAWING: dict[str, str] = {
    "exact": "point",
    "settlement": "point",
    "near": "circle",
    "district": "extent",
    "region": "extent",
    "border": "extent",
    "country": "extent",
}
assert tuple(PRECISION_DRAWING) == schema.PRECISIONS

PRECISION_LABELS: dict[str, str] = {
    "exact": "exact coordinates",
    "settlement": "settlement (point)",
    "near": f"near a place (circle of {schema.NEAR_RADIUS_KM:g} km)",
    "district": "district (a circle of about its size at its seat, or its outline)",
    "region": "region (its outline, or a circle of about its size where the data has none)",
    "border": "somewhere on a border (line)",
    "country": "somewhere in a country (outline)",
}

FALLBACK_COLOUR = "#7F7F7F"

#: Colour of a place drawn once for events of different colours (category or status);
#: its count badge shows their colours.
MIXED_COLOUR = "#555555"
#: How a place drawn once for events of different status is drawn: hollow and dashed,
#: because not every one of them is confirmed.
MIXED_STATUS = "alleged"


def shared_look(colours: Collection[str], statuses: Collection[str]) -> tuple[str, str]:
    """Return the colour and status a place shared by several events is drawn with.

    Their colour and status when all agree; :data:`MIXED_COLOUR` and
    :data:`MIXED_STATUS` when they differ, so a shared place looks confirmed only
    when every event on it is.
    """
    distinct_colours, distinct_statuses = set(colours), set(statuses)
    colour = next(iter(distinct_colours)) if len(distinct_colours) == 1 else MIXED_COLOUR
    status = next(iter(distinct_statuses)) if len(distinct_statuses) == 1 else MIXED_STATUS
    return colour, status


def shape_style(colour: str, status: str, precision: str) -> dict[str, object]:
    """Return Leaflet path options for an event drawn as a circle, area or line.

    Parameters
    ----------
    colour : str
        ``#rrggbb`` of the event's category or status.
    status : str
        One of :data:`bordermap.geo.schema.STATUSES`.
    precision : str
        One of :data:`bordermap.geo.schema.PRECISIONS`.
    """
    look = STATUS_STYLES.get(status, STATUS_STYLES["alleged"])
    # A whole country filled would hide everything under it, and Leaflet would fill
    # a border line as if it were a polygon: outline only for both.
    fill = precision not in ("country", "border")
    style: dict[str, object] = {
        "color": colour,
        # A border event lies along the border line itself: a broad translucent band
        # keeps the black border line visible inside it.
        "weight": 9 if precision == "border" else 2.5,
        "opacity": 0.55 if precision == "border" else 0.95,
        "fill": fill,
        "fillColor": colour,
        "fillOpacity": (0.18 if look.filled else 0.06) if fill else 0.0,
    }
    if look.dash:
        style["dashArray"] = look.dash
    return style
