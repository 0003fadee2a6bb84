"""The project's own table of name forms (``data/gazetteer/aliases.toml``), checked on load.

GeoNames and Natural Earth give place and country names but no adjectives
("Latvian", "белорусский") and few forms of admin-1 names ("Витебская область").
Those live in a small TOML table written by the project; this module loads it and
rejects anything that does not fit the schema, naming the entry at fault.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import bordermap.data
from bordermap.geo.errors import GeometryDataError

__all__ = ["ALIASES_FILE", "Aliases", "load_aliases"]

ALIASES_FILE = Path(bordermap.data.__file__).parent / "gazetteer" / "aliases.toml"

_ISO2 = re.compile(r"^[A-Z]{2}$")
_ISO3166_2 = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
_SECTIONS = {"countries": ("names", "adjectives"), "regions": ("names", "posts")}
_COMMON = "common_words"


@dataclass(frozen=True)
class Aliases:
    """Extra name forms, keyed by ISO 3166-1 alpha-2 or ISO 3166-2 code.

    Attributes
    ----------
    country_names : dict of str to tuple of str
        Extra names of each country.
    country_adjectives : dict of str to tuple of str
        Adjective forms of each country ("Latvian").
    region_names : dict of str to tuple of str
        Name forms of admin-1 regions ("Vitebsk Oblast").
    common_words : tuple of str
        Ordinary words that are also the name of some town ("Forest", "Union",
        "Side"): alone in a place text they are not taken as that town.
    region_posts : dict of str to tuple of str
        Names of border posts that have no cited point of their own, filed under the
        region each stands in ("Temir Baba" under Mangystau): forms of the region too,
        and the only ones a crossing the tables lack is answered by.
    """

    country_names: dict[str, tuple[str, ...]]
    country_adjectives: dict[str, tuple[str, ...]]
    region_names: dict[str, tuple[str, ...]]
    common_words: tuple[str, ...] = ()
    region_posts: dict[str, tuple[str, ...]] = field(default_factory=dict)


def load_aliases(path: Path = ALIASES_FILE) -> Aliases:
    """Load and check the alias table.

    Parameters
    ----------
    path : Path, optional
        The TOML file; the one shipped with bordermap by default.

    Returns
    -------
    Aliases

    Raises
    ------
    GeometryDataError
        If the file is not valid TOML, has an unknown section or key, a code that is
        not ISO, or a name list that is not a list of non-empty strings.
    """
    try:
        with open(path, "rb") as handle:
            doc = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise GeometryDataError(f"{path}: cannot read the alias table: {err}") from err
    unknown = set(doc) - set(_SECTIONS) - {_COMMON}
    if unknown:
        raise GeometryDataError(
            f"{path}: unknown section(s) {sorted(unknown)}; "
            "use 'countries', 'regions' or 'common_words'"
        )
    common = doc.get(_COMMON, {"words": []})
    if (
        not isinstance(common, dict)
        or set(common) != {"words"}
        or not isinstance(common["words"], list)
        or not all(isinstance(w, str) and w.strip() for w in common["words"])
    ):
        raise GeometryDataError(f"{path}: common_words: needs words = [non-empty strings]")
    found: dict[str, dict[str, tuple[str, ...]]] = {
        "names": {},
        "adjectives": {},
        "region_names": {},
        "region_posts": {},
    }
    for section, allowed in _SECTIONS.items():
        pattern = _ISO2 if section == "countries" else _ISO3166_2
        for code, entry in doc.get(section, {}).items():
            where = f"{path}: {section}.{code}"
            if not pattern.match(code):
                raise GeometryDataError(f"{where}: code must be ISO (got {code!r})")
            if not isinstance(entry, dict) or set(entry) - set(allowed):
                raise GeometryDataError(f"{where}: allowed keys are {', '.join(allowed)}")
            for key in allowed:
                values = entry.get(key, [])
                if not isinstance(values, list) or not all(
                    isinstance(v, str) and v.strip() for v in values
                ):
                    raise GeometryDataError(f"{where}.{key}: must be a list of non-empty strings")
                target = f"region_{key}" if section == "regions" else key
                found[target][code] = tuple(values)
    return Aliases(
        found["names"],
        found["adjectives"],
        found["region_names"],
        tuple(common["words"]),
        found["region_posts"],
    )
