"""What a map's filters choose from: category, status, actors, tags and sources.

Every event layer gives each event a *facet* (its values for these five filters and
the text the search box looks through) and the explore controls
(:mod:`bordermap.layers.explore`) list the values found on the map with their
counts.  One description, used by the normal and the compact event layers alike, so
the filters mean the same on both.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from bordermap.geo import schema
from bordermap.geo.events.categories import Category
from bordermap.geo.events.loading import split_sources
from bordermap.layers.styles import STATUS_STYLES

#: Filter names, in the order the controls show them; each is a key of a facet.
FACET_NAMES: tuple[str, ...] = ("category", "status", "actor", "tag", "source")


def _text(row: Mapping[str, object], column: str) -> str:
    value = row.get(column, "")
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).strip()


def _parts(text: str) -> list[str]:
    return sorted({part.strip() for part in text.split(schema.LIST_SEPARATOR) if part.strip()})


def event_facet(row: Mapping[str, object]) -> dict:
    """Return the filter values of one event.

    Parameters
    ----------
    row : mapping
        One resolved event (column → value).

    Returns
    -------
    dict
        ``category`` and ``status`` (keys, "" when missing), and ``actor`` (actors,
        claimants and deniers), ``tag`` and ``source`` (publisher names) as sorted
        lists of distinct values.
    """
    actors = _parts(
        ";".join(_text(row, c) for c in (schema.ACTORS, schema.CLAIMED_BY, schema.DENIED_BY))
    )
    names = sorted(
        {
            source.name.strip()
            for source in split_sources(
                _text(row, schema.SOURCE_URL),
                _text(row, schema.SOURCE_NAME),
                _text(row, schema.SOURCE_DATE),
            )
            if source.name.strip()
        }
    )
    return {
        "category": _text(row, schema.CATEGORY),
        "status": _text(row, schema.STATUS),
        "actor": actors,
        "tag": _parts(_text(row, schema.TAGS)),
        "source": names,
    }


def search_text(row: Mapping[str, object]) -> str:
    """Return the lower-case text the search box looks through: title, places, actors."""
    columns = (
        schema.TITLE,
        schema.PLACE,
        schema.RESOLVED_NAME,
        schema.ADMIN1,
        schema.ACTORS,
        schema.CLAIMED_BY,
        schema.DENIED_BY,
    )
    return " ".join(t for t in (_text(row, c) for c in columns) if t).casefold()


def facet_choices(
    facets: Sequence[Mapping[str, object]],
    codes: Iterable[int],
    *,
    categories: dict[str, Category],
) -> dict[str, list[dict]]:
    """Return, per filter, the values found on the map with their label and count.

    Parameters
    ----------
    facets : sequence of mapping
        Distinct :func:`event_facet` values.
    codes : iterable of int
        For each placed event, the index of its facet in ``facets``.
    categories : dict of str to Category
        Vocabulary: category labels, colours and order.

    Returns
    -------
    dict
        Filter name → list of ``{"value", "label", "count"}`` (categories also carry
        ``colour``): categories and statuses in vocabulary order, the rest by count
        then name.
    """
    counts: dict[str, Counter] = {name: Counter() for name in FACET_NAMES}
    for code, events in Counter(codes).items():
        facet = facets[code]
        for name in FACET_NAMES:
            value = facet[name]
            for item in value if isinstance(value, list) else [value]:
                counts[name][item] += events
    choices: dict[str, list[dict]] = {}
    order = {key: i for i, key in enumerate(categories)}
    choices["category"] = [
        {
            "value": key,
            "label": categories[key].label if key in categories else key or "No category",
            "colour": categories[key].colour if key in categories else "#777777",
            "count": n,
        }
        for key, n in sorted(counts["category"].items(), key=lambda kv: (order.get(kv[0], 99), kv))
    ]
    status_order = {key: i for i, key in enumerate(STATUS_STYLES)}
    choices["status"] = [
        {
            "value": key,
            "label": STATUS_STYLES[key].label if key in STATUS_STYLES else key or "No status",
            "count": n,
        }
        for key, n in sorted(
            counts["status"].items(), key=lambda kv: (status_order.get(kv[0], 9), kv)
        )
    ]
    for name in ("actor", "tag", "source"):
        choices[name] = [
            {"value": value, "label": value, "count": n}
            for value, n in sorted(counts[name].items(), key=lambda kv: (-kv[1], kv[0]))
        ]
    return choices
