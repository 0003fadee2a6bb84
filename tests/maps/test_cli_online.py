"""``bordermap geocode --geocoder ...`` and ``bordermap cache``: a real server, real exits."""

from __future__ import annotations

import json
import re
import socket
import threading

import pytest

from bordermap.maps.cli import main
from tests.geo.online.nominatim_server import FakeNominatim, Fault, nominatim_record
from tests.sample import HEADER

UA = "bordermap-tests/1 (tests@example.org)"


@pytest.fixture
def server():
    with FakeNominatim() as srv:
        srv.places["kvesilene farmstead"] = [
            nominatim_record(
                "Kvesilene", lat=55.9, lon=27.05, country_code="LV", addresstype="farm"
            )
        ]
        yield srv


def online_args(url: str, cache) -> list[str]:
    # --min-delay 0 and a single attempt: the CLI uses the real clock, and tests never
    # sleep (the retries themselves are tested with an injected clock in tests/geo).
    return [
        "--geocoder", "nominatim", "--geocoder-url", url, "--user-agent", UA,
        "--cache", str(cache), "--min-delay", "0", "--max-attempts", "1",
    ]  # fmt: skip


def test_online_answers_fill_the_gazetteers_gaps_and_are_asked_once(server, tmp_path, capsys):
    argv = ["geocode", "--json", *online_args(server.url, tmp_path / "c.sqlite")]
    for _ in range(2):
        assert main([*argv, "Kvesilene farmstead", "Daugavpils"]) == 0
        lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert [(d["name"], d["source"]) for d in lines] == [
            ("Kvesilene", "nominatim"),
            ("Daugavpils", "gazetteer"),
        ]
        assert lines[0]["geometry"]["type"] == "Point"
    assert server.count() == 1

    assert main(["cache", "stats", "--cache", str(tmp_path / "c.sqlite")]) == 0
    out = capsys.readouterr().out
    assert "answers: 1 (0 of them 'nothing found')" in out
    assert f"nominatim@{server.url.removeprefix('http://')}: 1" in out


def test_offline_sends_nothing_and_reports_the_place_unresolved(server, tmp_path, capsys):
    argv = ["geocode", "--json", "--offline", *online_args(server.url, tmp_path / "c.sqlite")]
    assert main([*argv, "Kvesilene farmstead"]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "unresolved"
    assert server.count() == 0


def refused_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


@pytest.mark.parametrize(
    ("fault", "status", "message"),
    [
        (Fault(status=429, headers={"Retry-After": "30"}), 75, r"HTTP 429 \(too many requests\)"),
        (Fault(status=500), 75, r"failed with HTTP 500 on 'Kvesilene farmstead'"),
        (Fault(delay=2.0), 75, r"did not answer 'Kvesilene farmstead' within 0.2 s"),
        (Fault(body="{not json"), 76, r"not valid JSON; check that --geocoder-url"),
        (Fault(status=403), 77, r"refused access \(HTTP 403\).*identifying --user-agent"),
        (Fault(status=402), 75, r"quota is used up"),
        # geopy's GeocoderQueryError is also a ValueError: it must not be taken for a
        # body geopy could not read, nor escape as a traceback.
        (Fault(status=400), 65, r"rejected the query 'Kvesilene farmstead'"),
        ("refused", 69, r"cannot be reached .*Connection refused.*--offline"),
    ],
)
def test_each_failure_has_its_message_and_exit_status(
    server, tmp_path, capsys, fault, status, message
):
    url = server.url
    if fault == "refused":
        url = refused_url()
    else:
        server.fail("Kvesilene farmstead", fault)
    argv = ["geocode", *online_args(url, tmp_path / "c.sqlite"), "--timeout", "0.2"]
    assert main([*argv, "Kvesilene farmstead"]) == status
    err = capsys.readouterr().err
    assert err.startswith("bordermap: error: nominatim (")
    assert re.search(message, err), err


def test_a_missing_user_agent_is_a_configuration_error(server, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("BORDERMAP_USER_AGENT", raising=False)
    argv = ["geocode", "--geocoder", "nominatim", "--geocoder-url", server.url]
    assert main([*argv, "--cache", str(tmp_path / "c.sqlite"), "Kvesilene farmstead"]) == 78
    assert "--user-agent or set BORDERMAP_USER_AGENT" in capsys.readouterr().err


def test_a_file_batch_that_fails_keeps_its_answers_for_the_next_run(server, tmp_path, capsys):
    places = tmp_path / "places.csv"
    places.write_text("place\nKvesilene farmstead\nBroken farmstead\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    server.fail("Broken farmstead", Fault(status=503))
    argv = ["geocode", *online_args(server.url, tmp_path / "c.sqlite")]
    argv += ["--input", str(places), "--column", "place", "--output", str(out)]
    assert main(argv) == 75
    assert not out.exists()  # nothing half-written
    capsys.readouterr()

    assert main(argv) == 0
    assert server.count("Kvesilene farmstead") == 1
    assert server.count("Broken farmstead") == 2
    assert "Kvesilene" in out.read_text(encoding="utf-8")


def test_cache_clear(server, tmp_path, capsys):
    cache = tmp_path / "c.sqlite"
    assert main(["cache", "stats", "--cache", str(cache)]) == 0
    assert "no geocoding cache at" in capsys.readouterr().out
    assert (
        main(["geocode", *online_args(server.url, cache), "Kvesilene farmstead", "Nowhere"]) == 0
    )
    assert main(["cache", "stats", "--json", "--cache", str(cache)]) == 0
    stats = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert (stats["answers"], stats["empty_answers"]) == (2, 1)
    assert main(["cache", "clear", "--geocoder", "photon", "--cache", str(cache)]) == 0
    assert "deleted 0 answer(s)" in capsys.readouterr().out
    assert main(["cache", "clear", "--cache", str(cache)]) == 0
    assert "deleted 2 answer(s)" in capsys.readouterr().out


def test_held_requests_do_not_leak_between_tests(server):
    # The fixture releases held replies on exit; a held fault left unused is harmless.
    server.fail("never asked", Fault(hold=threading.Event()))


def test_resolve_uses_the_online_geocoder_for_what_the_gazetteer_lacks(server, tmp_path, capsys):
    events = tmp_path / "e.csv"
    events.write_text(
        HEADER
        + "\nx1,2026-01-10,T,other,alleged,Kvesilene farmstead,LV,,,S,,"
        + "\nx2,2026-01-10,T,other,alleged,Daugavpils,LV,,,S,,\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.geojson"
    argv = ["resolve", str(events), "-o", str(out), *online_args(server.url, tmp_path / "c")]
    assert main(argv) == 0
    assert "nominatim: 1 request(s) sent, 0 answer(s) from the cache" in capsys.readouterr().err
    features = {f["id"]: f["properties"] for f in json.loads(out.read_text())["features"]}
    farm = features["x1"]
    assert (farm["resolve_status"], farm["resolve_source"], farm["resolved_name"]) == (
        "resolved",
        "nominatim",
        "Kvesilene",
    )
    assert (farm["country_code"], farm["border"]) == ("LV", "BY-LV")
    assert features["x2"]["resolve_source"] == "gazetteer"


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--min-delay", "nan", "seconds, 0 or more and at most 3600 (got 'nan')"),
        ("--min-delay", "-1", "seconds, 0 or more and at most 3600 (got '-1')"),
        ("--min-delay", "1e999", "seconds, 0 or more and at most 3600 (got '1e999')"),
        ("--timeout", "inf", "seconds, above 0 and at most 3600 (got 'inf')"),
        ("--timeout", "0", "seconds, above 0 and at most 3600 (got '0')"),
        ("--max-attempts", "0", "expected a whole number, 1 or more (got '0')"),
    ],
)
def test_a_pace_or_patience_that_means_nothing_is_refused(
    server, tmp_path, capsys, option, value, message
):
    argv = ["geocode", *online_args(server.url, tmp_path / "c.sqlite"), f"{option}={value}"]
    with pytest.raises(SystemExit) as info:
        main([*argv, "Kvesilene farmstead"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert f"argument {option}: expected a " in err and message in err, err
    assert server.count() == 0
