"""Build ``data/gazetteer/country_names.tsv``: every country's name in every language.

Source: PyPI ``pycountry==20.7.3`` (its bundled Debian ``iso-codes`` 4.5 data,
LGPL-2.1+), fetched with pip into a temporary directory, as ``build_boundaries.py``
does; only its ISO 3166-1 table and the translations of its names in 156 locales are
read.  Reports name countries in their own languages ("Grčka", "Makedonija",
"Ελλάδα", "Sjeverna Makedonija"); ``bordermap.geo.places.words.load_country_words``
reads this table beside the hand-written names of ``demonyms.toml``.

Each line is ``ALPHA2<TAB>key<TAB>name<TAB>locales``, sorted, unique, where ``key`` is
the name's lookup key (:func:`bordermap.geo.places.names.normalise`), so that loading
normalises nothing (rebuild when the key rules change; a test checks they agree), and
``locales`` the languages that write the name so, comma-separated: a declined form
("Grčkom") is read back only to a name of the declining language's own locales.  A
name shorter than three letters is left out, as is a name that several countries bear
in different languages (it says no country).  The output is byte-identical on every run.

Run ``python scripts/build_country_names.py`` (``make data`` runs it).
"""

from __future__ import annotations

import gettext
import io
import json
import sys
import tarfile
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_boundaries import PYCOUNTRY_VERSION, fetch_pycountry, read_member

from bordermap.geo.atomic import write_bytes_atomic
from bordermap.geo.places.gazetteer import load_gazetteer
from bordermap.geo.places.names import normalise

OUTPUT = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "country_names.tsv"
#: Fields of an ISO 3166-1 entry that hold a name.
NAME_FIELDS = ("name", "common_name")
#: The state's full name ("République fédérale du Nigeria", "Royaume du Maroc"), which
#: statements and agreements write: read as the country, but never a reason to leave
#: out another country's shorter name (Ireland's "Irlanda" is inside the Spanish
#: "Reino Unido de Gran Bretaña e Irlanda del Norte").
OFFICIAL_FIELD = "official_name"
MIN_LETTERS = 3


def country_names(
    archive: tarfile.TarFile, official: bool | None = None
) -> dict[tuple[str, str], set[str]]:
    """The locales of each (alpha-2, name): every name of every country, every locale
    (with ``official``, the full names of the states instead)."""
    root = f"pycountry-{PYCOUNTRY_VERSION}/src/pycountry"
    entries = json.loads(read_member(archive, f"{root}/databases/iso3166-1.json"))["3166-1"]
    prefix = f"{root}/locales/"
    catalogues = {
        member[len(prefix) :].split("/")[0]: gettext.GNUTranslations(
            io.BytesIO(read_member(archive, member))
        )
        for member in sorted(archive.getnames())
        if member.startswith(prefix) and member.endswith("/iso3166-1.mo")
    }
    names: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entry in entries:
        for field in NAME_FIELDS if official is None else (OFFICIAL_FIELD,):
            english = entry.get(field)
            if not english:
                continue
            names[(entry["alpha_2"], english)].add("en")
            for locale, catalogue in catalogues.items():
                names[(entry["alpha_2"], catalogue.gettext(english))].add(locale)
    return names


def unambiguous(
    names: dict[tuple[str, str], set[str]],
    gazetteer_countries,
    official: dict[tuple[str, str], set[str]] | None = None,
) -> list[tuple[str, str, str, str]]:
    """(alpha-2, key, name, locales) of the names that say one country.

    Left out: a key several countries bear in different languages, a key that is part
    of another country's name ("Congo" of "Congo, The Democratic Republic of the"), a
    key the gazetteer's own country names already hold (it decides those), and names
    shorter than three letters.  ``official`` full names are kept on the same terms
    among themselves, and only where no country's name has their key: they never
    take a name from another country (some catalogues give a country's full name as
    another's: Kazakh "Орталық Африка Республикасы" for Nepal).
    """
    official = official or {}
    codes_of: dict[str, set[str]] = defaultdict(set)
    for code, name in names:
        codes_of[normalise(name)].add(code)
    official_codes_of: dict[str, set[str]] = defaultdict(set)
    for code, name in official:
        official_codes_of[normalise(name)].add(code)
    # "Congo" (the Republic) is also the first word of "Congo, The Democratic Republic
    # of the": a name inside another country's name says neither.
    words_of_others: dict[str, set[str]] = defaultdict(set)
    for key, codes in codes_of.items():
        words = key.split()
        for start in range(len(words)):
            for end in range(start + 1, len(words) + 1):
                words_of_others[" ".join(words[start:end])].update(codes)
    rows: dict[tuple[str, str], tuple[str, set[str]]] = {}
    for table, is_official in ((names, False), (official, True)):
        for (code, name), locales in sorted(table.items()):
            key = normalise(name)
            bearers = codes_of[key] | (official_codes_of[key] if is_official else set())
            if (
                bearers != {code}
                or words_of_others[key] - {code}
                or gazetteer_countries(key)
                or sum(c.isalpha() for c in name) < MIN_LETTERS
                or "\t" in name
                or "\n" in name
            ):
                continue
            _, known_locales = rows.setdefault((code, key, name), (name, set()))
            known_locales |= locales
    return [
        (code, key, name, ",".join(sorted(locales)))
        for (code, key, name), (_, locales) in sorted(rows.items())
    ]


def main() -> int:
    gazetteer = load_gazetteer()

    def gazetteer_countries(key: str) -> set[str]:
        return {place.country for place in gazetteer.lookup_key(key, kinds=("country",))}

    with (
        tempfile.TemporaryDirectory() as workdir,
        tarfile.open(fetch_pycountry(Path(workdir))) as archive,
    ):
        rows = unambiguous(
            country_names(archive), gazetteer_countries, country_names(archive, official=True)
        )
    header = (
        "# Country names in 156 languages: ISO 3166-1 from pycountry=="
        f"{PYCOUNTRY_VERSION} (Debian iso-codes, LGPL-2.1+); built by "
        "scripts/build_country_names.py\n"
    )
    body = "".join("\t".join(row) + "\n" for row in rows)
    write_bytes_atomic(OUTPUT, (header + body).encode("utf-8"))
    print(f"{OUTPUT}: {len(rows)} names of {len({row[0] for row in rows})} countries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
