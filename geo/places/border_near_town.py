"""The border near a town: "the border wall near Jacumba Hot Springs" is near that town.

Reports place an event on a long border by the town it is near: "on the International
Border near Gurdaspur", "an der Grenze bei Kiefersfelden", "the border wall near Jacumba
Hot Springs".  The head names the border as a whole (3,000 km for Mexico and the United
States) and the tail the spot on it.  When the town lies by that border, the answer is
near the town, drawn as a circle that reaches the border there; a town far from the
line says less, and the line stands.

The town may lie across the border from the event's country (Jacumba Hot Springs, in
California, for a report of a Mexican camp on the other side): then it is read as
"near" reads it alone (:meth:`PlaceResolver.across_the_border`), a circle with no country
of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from shapely.geometry import Point

from bordermap.geo.places.phrases import parse_place
from bordermap.geo.places.result import PlaceResult
from bordermap.geo.places.scope import KM_PER_DEGREE, Scope

__all__ = ["BORDER_TOWN_KM", "BorderNearTown"]

#: The reach of a border town: one this close to the border line marks a spot on it
#: ("the border near X"), and of namesakes the one this close to a line a tail names is
#: the one it means (:mod:`~bordermap.geo.places.tail_reading`).
BORDER_TOWN_KM = 30.0
#: Words saying the border is near a town.  Not "outside" (a town's edge, anywhere
#: around it) nor Russian "под" (loosely anywhere in the town's oblast).
_NEAR_A_TOWN = re.compile(
    r"^(?:near|close\s+to|not\s+far\s+from|bei|nahe|près\s+de|cerca\s+de|perto\s+de)\s",
    re.IGNORECASE,
)


class BorderNearTown:
    """A border line the tail puts near a town (mixed into the resolver)."""

    def town_the_border_is_near(
        self, head_text: str, head: PlaceResult, tail: PlaceResult, tail_text: str, scope: Scope
    ) -> PlaceResult | None:
        """Near the town a tail names, when the head is a whole border line by it.

        Parameters
        ----------
        head_text : str
            The head as written ("the border wall"): border words and country names
            only; a name of its own ("Hindumalkot border") is a post the tail places,
            not the line.
        head : PlaceResult
            The head, resolved: a country pair's border, answered whole.
        tail : PlaceResult
            The tail ("near Gurdaspur") as the resolver read it.
        tail_text : str
            The tail as written.
        scope : Scope
            Where the place may lie.

        Returns
        -------
        PlaceResult or None
            Near the town, a circle around it of the near radius plus the town's
            distance from the line (so it holds the stretch of the border near the
            town); None when the head is not a whole border line, the tail does not say
            "near" a town, or the town lies farther than :data:`BORDER_TOWN_KM`
            from the line.
        """
        if (
            head.status != "resolved"
            or head.precision != "border"
            or head.geometry is None
            or not _NEAR_A_TOWN.match(tail_text)
        ):
            return None
        if not self.names_only_countries(head_text):
            return None
        pair = tuple(sorted(self.border_pair_named(head.name or "")))
        if len(pair) != 2 or head.name != self.border_result(pair).name:  # type: ignore[arg-type]
            return None  # a named stretch, crossing or river of the border says more
        town = self.town_a_near_tail_names(tail, tail_text, scope)
        if town is None or town.lat is None or town.lon is None:
            return None
        if town.country and town.country not in pair:
            return None
        line_km = head.geometry.distance(Point(town.lon, town.lat)) * KM_PER_DEGREE
        if line_km > BORDER_TOWN_KM:
            self.log(f"{town.name} lies {line_km:.0f} km from the {head.name}: the line stands")
            return None
        radius = (town.uncertainty_km or 0.0) + line_km
        note = (
            f"the {head.name} near {town.name}, {line_km:.0f} km from the line: near the "
            f"town, {radius:.0f} km around it"
        )
        self.log(note)
        return replace(
            town,
            query=self.query,
            precision="near",
            uncertainty_km=round(radius, 1),
            note=f"{town.note}; {note}" if town.note else note,
        )

    def names_only_countries(self, head_text: str) -> bool:
        """Whether a border head names no place but countries ("the Israel-Lebanon
        border area", "an der deutsch-niederländischen Grenze", "the border wall")."""
        expr = parse_place(head_text)
        if expr.kind not in ("border", "side"):
            return False
        return all(not word or self.country_code(word) for word in (expr.name, expr.other))

    def town_a_near_tail_names(
        self, tail: PlaceResult, tail_text: str, scope: Scope
    ) -> PlaceResult | None:
        """The "near" circle of the town a tail names, or None.  A tail read as the
        border itself (the town lies only across it) is read again by its town."""
        if tail.status == "resolved" and tail.precision == "near" and tail.uncertainty_km:
            return tail
        expr = parse_place(tail_text)
        if expr.kind != "near" or expr.inner is None or expr.distance_km:
            return None
        self.depth += 1
        try:
            inner = self.resolve(expr.inner, scope)
        finally:
            self.depth -= 1
        return self.across_the_border(expr, inner, self.hint_of(scope))
