"""Text is data, never template source: Jinja payloads in every field stay literal.

Every text a user or a service supplies (event fields, the recipe, ``--title``, a place
name in an online geocoder's answer) carries payloads that would show a computed value,
run a shell command, or break template compilation if any of it were ever compiled as a
Jinja template.  The map (normal and compact), the report folder and the exports are
built from them through the CLI, and every output must hold the literal text and no
trace of evaluation.
"""

from __future__ import annotations

import base64
import csv
import gzip
import re
import sqlite3
from pathlib import Path

import pytest

from bordermap.maps.cli import main
from tests.geo.online.nominatim_server import FakeNominatim, nominatim_record

#: Evaluated, ``{{ 7*191 }}`` would leave "1337" between the Zs.
MATH = "Z{{ 7*191 }}Z"
EVALUATED = "Z1337Z"
#: Evaluated, this creates the folder "generate_lorem_ipsum" in the working directory
#: (no quotes, so JSON escaping cannot defuse it on the way).
SHELL = "{{ cycler.__init__.__globals__.os.mkdir(lipsum.__name__) }}"
RAN = "generate_lorem_ipsum"
BLOCK = "{% if true %}BLOCKRAN{% endif %}"
#: Compiled, this raises TemplateSyntaxError: the build would crash.
BROKEN = "{% endfor %}{{ unclosed"


def payload(field: str) -> str:
    # Description and notes also carry a payload that does not compile, so the build
    # would crash; the others would evaluate.
    broken = f" {BROKEN}" if field in {"description", "notes", "recipe-description"} else ""
    return f"{field} {MATH} {BLOCK} {SHELL}{broken}"


UA = "bordermap-tests/1 (tests@example.org)"
ONLINE_PLACE = "Kvesilene farmstead"
ONLINE_NAME = f"Silene {MATH} {SHELL}"

FIELDS = [
    *("id", "date", "reported", "title", "description", "category", "status"),
    *("claimed_by", "denied_by", "actors", "place", "country", "lat", "lon"),
    *("source_url", "source_name", "source_date", "notes", "tags"),
]


def rows() -> list[dict[str, str]]:
    common = {
        "date": "2026-01-15",
        "reported": "2026-01-16",
        "title": payload("title"),
        "description": payload("description"),
        "category": "crossing_attempt",
        "status": "alleged",
        "claimed_by": payload("claimant"),
        "denied_by": payload("denier"),
        "actors": payload("actor"),
        "country": "LV",
        "lat": "",
        "lon": "",
        "source_url": "https://example.org/{{7*191}}/{%if%}",
        "source_name": payload("publisher"),
        "source_date": "2026-01-16",
        "notes": payload("notes"),
        "tags": payload("tag"),
    }
    return [
        {**common, "id": "e1", "place": "Daugavpils"},
        {**common, "id": "e2", "place": f"near {MATH} village"},
        {**common, "id": "e3", "place": ONLINE_PLACE},
        {**common, "id": "e4", "place": payload("place"), "lat": "55.87", "lon": "26.53"},
    ]


def write_events(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(rows())
    return path


def toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@pytest.fixture
def server():
    with FakeNominatim() as srv:
        srv.places[ONLINE_PLACE.lower()] = [
            nominatim_record(
                ONLINE_NAME, lat=55.9, lon=27.05, country_code="LV", addresstype="farm"
            )
        ]
        yield srv


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    # An evaluated SHELL payload would create its folder here.
    monkeypatch.chdir(tmp_path)
    return tmp_path


def online(server, cache: Path) -> list[str]:
    return [
        "--geocoder", "nominatim", "--geocoder-url", server.url, "--user-agent", UA,
        "--cache", str(cache), "--min-delay", "0", "--max-attempts", "1",
    ]  # fmt: skip


def packed_texts(page: str) -> str:
    """The page plus every gzip+base64 payload in it, decoded (compact mode packs text).

    A compact payload's stream is its JSON text (``textBytes`` long) followed by its
    integer columns as raw bytes: only the text part is text.
    """
    decoded = []
    for match in re.finditer(r'(H4sI[A-Za-z0-9+/=]+)(?:","textBytes":(\d+))?', page):
        raw = gzip.decompress(base64.b64decode(match[1]))
        if match[2] is not None:
            raw = raw[: int(match[2])]
        decoded.append(raw.decode("utf-8"))
    return "\n".join([page, *decoded])


def readable(path: Path) -> str:
    """Every text a person or program could read from an output file."""
    data = path.read_bytes()
    if path.suffix == ".gpkg":
        with sqlite3.connect(path) as db:
            query = "select name from sqlite_master where type='table'"
            tables = [r[0] for r in db.execute(query)]
            parts = []
            for table in tables:
                for row in db.execute(f'select * from "{table}"'):
                    parts.extend(str(v) for v in row if isinstance(v, str))
        return "\n".join(parts)
    if path.suffix in {".png", ".pdf", ".parquet"}:
        return ""
    return packed_texts(data.decode("utf-8"))


def assert_literal(text: str, *expected: str) -> None:
    assert EVALUATED not in text
    # Literal, the word always follows "%}"; evaluated, the tags are gone.
    assert not re.search(r"(?<!%\})BLOCKRAN", text)
    for item in expected:
        assert item in text, f"{item!r} missing"


def assert_nothing_ran(workdir: Path) -> None:
    assert not (workdir / RAN).exists()


@pytest.mark.parametrize("threshold", ["5000", "0"], ids=["normal", "compact"])
def test_map_keeps_every_field_and_the_geocoder_answer_literal(server, workdir, threshold, capsys):
    events = write_events(workdir / "events.csv")
    out = workdir / "map.html"
    argv = ["map", str(events), "-o", str(out), "--title", payload("cli-title")]
    argv += ["--compact-threshold", threshold, *online(server, workdir / "c.sqlite")]
    assert main(argv) == 0, capsys.readouterr().err
    text = readable(out)
    assert_literal(text, "cli-title Z{{ 7*191 }}Z", "Silene Z{{ 7*191 }}Z", "cycler.__init__")
    if threshold == "5000":
        for field in ("title", "claimant", "denier", "actor", "publisher", "place"):
            assert f"{field} Z{{{{ 7*191 }}}}Z" in text, field
        assert "https://example.org/{{7*191}}/{%if%}" in text
    else:
        for field in ("title", "claimant", "publisher"):
            assert f"{field} Z{{{{ 7*191 }}}}Z" in text, field
    assert_nothing_ran(workdir)


def test_report_and_exports_keep_the_recipe_and_event_text_literal(server, workdir, capsys):
    write_events(workdir / "events.csv")
    recipe = workdir / "hostile.toml"
    recipe.write_text(
        f"title = {toml_string(payload('recipe-title'))}\n"
        f"description = {toml_string(payload('recipe-description'))}\n"
        'events = ["events.csv"]\n'
        '[region]\ncountries = ["LV", "BY"]\n',
        encoding="utf-8",
    )
    cache = workdir / "c.sqlite"
    report_dir = workdir / "report"
    assert main(["report", str(recipe), "-o", str(report_dir), *online(server, cache)]) == 0, (
        capsys.readouterr().err
    )
    page = readable(report_dir / "report.html")
    assert_literal(page, "recipe-title Z{{ 7*191 }}Z", "recipe-description Z{{ 7*191 }}Z")
    assert_literal(page, "title Z{{ 7*191 }}Z", "publisher Z{{ 7*191 }}Z")
    for path in sorted(report_dir.rglob("*")):
        if path.is_file():
            assert EVALUATED not in readable(path), path
    assert "recipe-title Z{{ 7*191 }}Z" in (report_dir / "embed.html").read_text("utf-8")

    export_dir = workdir / "export"
    argv = ["export", str(recipe), "-o", str(export_dir), "-f", "gpkg", "-f", "geojson"]
    assert main([*argv, "-f", "csv", *online(server, cache)]) == 0, capsys.readouterr().err
    written = sorted(p for p in export_dir.rglob("*") if p.is_file())
    assert {p.suffix for p in written} >= {".gpkg", ".geojson", ".csv"}
    for path in written:
        text = readable(path)
        assert EVALUATED not in text, path
    events_csv = next(p for p in written if p.name.endswith("events.csv"))
    assert "title Z{{ 7*191 }}Z" in events_csv.read_text("utf-8")
    assert_nothing_ran(workdir)
