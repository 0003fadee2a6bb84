"""The map legend (categories, status, precision, borders) and the title box."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup

from bordermap.geo.events.categories import Category
from bordermap.layers.control import HTML, HtmlControl
from bordermap.layers.events import UnplacedEvent, point_icon_html
from bordermap.layers.styles import (
    MIXED_COLOUR,
    PRECISION_LABELS,
    STATUS_COLOURS,
    STATUS_STYLES,
)

_LEGEND = HTML.get_template("legend.html")

#: Below this window width (a phone) the legend opens folded, as one line.
LEGEND_COLLAPSE_BELOW_PX = 700

_TITLE = HTML.get_template("title.html")


def legend(
    *,
    categories: dict[str, Category],
    used_categories: Sequence[str] | None = None,
    colour_by: str = "category",
    placed: int,
    unplaced: Sequence[UnplacedEvent] = (),
    show_borders: bool = True,
    compact: bool = False,
    shared_places: bool = False,
    mixed_colours: bool = False,
    mixed_statuses: bool = False,
) -> HtmlControl:
    """Build the legend box.

    Parameters
    ----------
    categories : dict of str to Category
        The vocabulary, in legend order.
    used_categories : sequence of str, optional
        Category keys present on the map; only these are listed (all when None).
    colour_by : {"category", "status"}, optional
        What colour means on this map.
    placed : int
        Number of events drawn.
    unplaced : sequence of UnplacedEvent, optional
        Events that could not be drawn; listed by title and place.
    show_borders : bool, optional
        Whether the map draws border lines.
    compact : bool, optional
        Whether the events are drawn in compact mode; the legend then says so.
    shared_places : bool, optional
        Whether some place is drawn once for several events (with a count badge).
    mixed_colours, mixed_statuses : bool, optional
        Whether such a place holds events of different colours or statuses, and so
        is drawn in :data:`~bordermap.layers.styles.MIXED_COLOUR` or dashed.
    """
    if colour_by == "status":
        colour_title = "Colour: status"
        colours = [(STATUS_STYLES[key].label, colour) for key, colour in STATUS_COLOURS.items()]
    else:
        colour_title = "Colour: category"
        keys = [key for key in categories if used_categories is None or key in used_categories]
        colours = [(categories[key].label, categories[key].colour) for key in keys]
    statuses = [
        # point_icon_html escapes its own parts; Markup keeps the template from
        # escaping the finished icon a second time.
        (look.label, Markup(point_icon_html("#555555", key)))
        for key, look in STATUS_STYLES.items()
    ]
    html = _LEGEND.render(
        colour_title=colour_title,
        colours=colours,
        statuses=statuses,
        precision=PRECISION_LABELS,
        show_borders=show_borders,
        placed=placed,
        placed_text=f"{placed:,}",
        compact=compact,
        shared_places=shared_places,
        mixed_colour=MIXED_COLOUR if mixed_colours else "",
        mixed_label="Several statuses at one place"
        if colour_by == "status"
        else "Several categories at one place",
        mixed_statuses=mixed_statuses,
        unplaced=list(unplaced),
    )
    return HtmlControl(
        html,
        css_class="bm-legend",
        position="bottomright",
        collapse_below_px=LEGEND_COLLAPSE_BELOW_PX,
    )


def title_box(title: str, *, description: str = "") -> HtmlControl:
    """Build the box with the map's title and description (top left, under the zoom buttons)."""
    html = _TITLE.render(title=title, description=description)
    return HtmlControl(html, css_class="bm-title-box", position="topleft")
