"""A geocoder that answers nonsense, a cache file that was damaged: exit codes, never tracebacks.

Every case drives ``bordermap`` with geopy's real Nominatim client against the real
local server of :mod:`tests.geo.online.nominatim_server`.  A broken answer ends the run
with exit status 76 and a message naming the query, the field and the value, and
is never cached; a damaged cache row counts as missing; text in an answer comes
back exactly as the service wrote it.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from bordermap.maps.cli import main
from tests.geo.online.nominatim_server import FakeNominatim, nominatim_record

UA = "bordermap-tests/1 (tests@example.org)"
QUERY = "Kvesilene farmstead"
SILENE = nominatim_record("Silene", lat=55.9, lon=27.05, country_code="LV", addresstype="farm")

#: A place name built to be run if anything treated it as a template or as HTML.
HOSTILE_NAME = "Q{{ 6*7 }}Q {% if 1 %}yes{% endif %} <script>alert(1)</script> ${7*7}"


@pytest.fixture
def server():
    with FakeNominatim() as srv:
        yield srv


def online_args(url: str, cache) -> list[str]:
    # The gazetteer is left out: every place goes to the server.
    return [
        "--geocoder", "nominatim", "--geocoder-url", url, "--user-agent", UA,
        "--cache", str(cache), "--min-delay", "0", "--max-attempts", "1",
        "--geocoder-order", "cache,online",
    ]  # fmt: skip


def cached_answers(cache) -> int:
    if not cache.exists():
        return 0
    with sqlite3.connect(cache) as db:
        return db.execute("SELECT COUNT(*) FROM answers").fetchone()[0]


def silene(**changes) -> list[dict]:
    return [{**SILENE, **changes}]


BAD_ANSWERS = [
    pytest.param(silene(lat="95"), "lat: outside -90..90 degrees (got '95')", id="lat-95"),
    pytest.param(silene(lon="200"), "lon: outside -180..180 degrees (got '200')", id="lon-200"),
    pytest.param(silene(lat=float("nan")), "lat: expected a finite number", id="lat-NaN"),
    pytest.param(silene(lon=float("-inf")), "(got -inf)", id="lon-minus-infinity"),
    pytest.param(silene(lat="12.3abc"), "lat: expected a number of degrees", id="text-lat"),
    pytest.param(
        silene(boundingbox=["55.8", "55.9", "27.0"]),
        "boundingbox: expected [south, north, west, east] (got ['55.8', '55.9', '27.0'])",
        id="box-of-three",
    ),
    pytest.param(
        silene(boundingbox=["56.0", "55.8", "27.0", "27.1"]),
        "boundingbox: south edge above the north edge",
        id="box-upside-down",
    ),
    pytest.param(
        silene(boundingbox=["55.8", "55.9", "27.0", "far"]),
        "boundingbox[3]: expected a number of degrees, not this text (got 'far')",
        id="box-of-text",
    ),
    pytest.param(silene(display_name=None), "display_name: expected", id="no-display-name"),
    pytest.param(silene(display_name=""), "display_name: expected", id="empty-display-name"),
    pytest.param(silene(address=None), "address: expected an object", id="null-address"),
    pytest.param("Silene", "body: expected a list of results", id="body-a-string"),
    pytest.param(7, "body: expected a list of results or one result object (got 7)", id="num"),
    pytest.param(True, "(got True)", id="body-true"),
    pytest.param({"lat": "55.9"}, "result 1: lon: expected a number", id="body-bare-object"),
    pytest.param([None], "result 1: expected a result object (got None)", id="null-result"),
]


@pytest.mark.parametrize(("answer", "message"), BAD_ANSWERS)
def test_a_broken_answer_is_exit_76_naming_query_field_and_value(
    server, tmp_path, capsys, answer, message
):
    server.places[QUERY.casefold()] = answer
    cache = tmp_path / "c.sqlite"
    assert main(["geocode", *online_args(server.url, cache), QUERY]) == 76
    err = capsys.readouterr().err
    assert err.startswith(f"bordermap: error: nominatim ({server.url}) sent an answer to ")
    assert f"{QUERY!r}" in err and message in err, err
    assert cached_answers(cache) == 0
    # Asked again, it is refused again: a broken answer was not kept as a good one.
    assert main(["geocode", *online_args(server.url, cache), QUERY]) == 76
    assert server.count(QUERY) == 2


def bordermap(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bordermap.maps.cli", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_a_real_process_ends_with_76_and_no_traceback(server, tmp_path):
    server.places[QUERY.casefold()] = silene(lat="95")
    result = bordermap("geocode", *online_args(server.url, tmp_path / "c.sqlite"), QUERY)
    assert result.returncode == 76
    assert "Traceback" not in result.stderr
    assert "result 1: lat: outside -90..90 degrees (got '95')" in result.stderr


def test_a_damaged_cache_row_is_asked_again_with_a_warning(server, tmp_path):
    server.places[QUERY.casefold()] = silene()
    cache = tmp_path / "c.sqlite"
    args = ["geocode", "--json", *online_args(server.url, cache), QUERY]
    assert bordermap(*args).returncode == 0
    with sqlite3.connect(cache) as db:
        [key] = db.execute("SELECT key FROM answers").fetchone()
        db.execute('UPDATE answers SET response = \'[{"lat": "nan"\'')

    offline = bordermap(*args, "--offline")
    assert offline.returncode == 0 and "Traceback" not in offline.stderr
    assert json.loads(offline.stdout)["status"] == "unresolved"
    assert f"WARNING: {cache}: the answer cached under key {key} is not readable JSON" in (
        offline.stderr
    )
    assert offline.stderr.count("WARNING") == 1  # once, though two links of the chain read it

    online = bordermap(*args)
    assert online.returncode == 0, online.stderr
    assert json.loads(online.stdout)["name"] == "Silene"
    assert server.count(QUERY) == 2
    assert bordermap(*args, "--offline").stderr.count("WARNING") == 0  # overwritten


def test_names_in_an_answer_stay_text_in_the_cache_and_the_output(server, tmp_path, capsys):
    server.places[QUERY.casefold()] = silene(
        name=HOSTILE_NAME, display_name=f"{HOSTILE_NAME}, Latvia"
    )
    cache = tmp_path / "c.sqlite"
    args = ["geocode", *online_args(server.url, cache), QUERY]
    assert main([*args, "--json"]) == 0
    fresh = json.loads(capsys.readouterr().out)
    assert main([*args, "--json", "--offline"]) == 0
    replayed = json.loads(capsys.readouterr().out)
    assert main([*args, "--offline"]) == 0
    line = capsys.readouterr().out
    assert server.count() == 1

    assert fresh["name"] == replayed["name"] == HOSTILE_NAME
    assert line.startswith(f"{QUERY} -> {HOSTILE_NAME} (LV) [settlement, ")
    assert "Q42Q" not in line + json.dumps(fresh) + json.dumps(replayed)
    with sqlite3.connect(cache) as db:
        [stored] = db.execute("SELECT response FROM answers").fetchone()
    assert HOSTILE_NAME in stored  # kept as written, not escaped, not evaluated
    [record] = json.loads(stored)
    assert (record["address"], record["raw"]["name"]) == (f"{HOSTILE_NAME}, Latvia", HOSTILE_NAME)


@pytest.mark.parametrize("days", ["-1", "-0.001", "nan", "inf", "-inf", "1e999", "ten", ""])
def test_cache_clear_refuses_an_age_that_is_no_age_and_deletes_nothing(
    server, tmp_path, capsys, days
):
    server.places[QUERY.casefold()] = silene()
    cache = tmp_path / "c.sqlite"
    assert main(["geocode", *online_args(server.url, cache), QUERY]) == 0
    capsys.readouterr()
    with pytest.raises(SystemExit) as info:
        main(["cache", "clear", f"--older-than={days}", "--cache", str(cache)])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert f"--older-than: expected a number of days, 0 or more, e.g. 30 (got {days!r})" in err
    assert cached_answers(cache) == 1
