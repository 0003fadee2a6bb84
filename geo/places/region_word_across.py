"""A region named with its region word, lying across the line from the event's country.

"na região de Cabinda" in a Congolese report: the text names a region, with the word
for one, and the only region of that name is Angola's Cabinda, which borders the Republic
of the Congo.  The event's country is where the report is from, not always where the
named region is; a region word and one neighbouring region leave no other reading, so
that region is answered rather than nothing.
"""

from __future__ import annotations

from dataclasses import replace

from bordermap.geo.places.phrases import parse_place
from bordermap.geo.places.resolver import PlaceResolver
from bordermap.geo.places.result import PlaceResult

#: The note the hint's refusal leaves, the only unresolved answer this step reads.
_REFUSED_OUTSIDE = "found only outside the event's country"


def region_named_across_the_line(
    query: str, result: PlaceResult, resolver: PlaceResolver
) -> PlaceResult:
    """``result``, or the one neighbouring region the text names with a region word.

    Parameters
    ----------
    query : str
        The place text as written.
    result : PlaceResult
        The answer found for it.
    resolver : PlaceResolver
        The resolver that read it (for the event's countries, borders and regions).

    Returns
    -------
    PlaceResult
        ``result`` itself unless it is unresolved only because the place lies outside
        the event's country, the whole text is a region word with a name, every refused
        candidate is one region, and that region's country borders the event's; then
        that region, with a note saying it lies across the line.
    """
    if result.status != "unresolved" or not result.note.startswith(_REFUSED_OUTSIDE):
        return result
    regions = {(c.country, c.admin1_code) for c in result.candidates}
    if len(regions) != 1 or any(c.precision != "region" for c in result.candidates):
        return result
    ((country, code),) = regions
    expression = parse_place(query)
    if expression.kind != "region" or not expression.suffix or not country or not code:
        return result
    if not any(resolver.has_border(tuple(sorted((country, own)))) for own in resolver.hint):
        return result
    region = resolver.gaz.region(code)
    if region is None:
        return result
    note = (
        f"the text names the region {region.name} with its region word; the only one of "
        f"that name is in {country}, across the line from the event's "
        f"{', '.join(resolver.hint)}"
    )
    resolver.log(f"across the line: {note}")
    return replace(resolver.from_place(region), query=query, note=note)
