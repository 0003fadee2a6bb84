"""The persistent geocoding cache: keys, persistence, two processes, damaged files."""

from __future__ import annotations

import itertools
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime

import pytest

from bordermap.geo.errors import GeocodeCacheError
from bordermap.geo.online.cache import GeocodeCache, cache_key, default_cache_path
from bordermap.geo.online.geocoders import OnlineGeocoder
from tests.geo.online.nominatim_server import FakeClock, FakeNominatim, nominatim_record

UA = "bordermap-tests/1 (tests@example.org)"


def at(day: int):
    return lambda: datetime(2026, 1, day, 12, 0, tzinfo=UTC)


def test_keys_ignore_case_and_spacing_but_not_geocoder_params_or_diacritics():
    key = cache_key("Krāslava", geocoder="nominatim", params={"limit": 10})
    assert cache_key("  KRĀSLAVA ", geocoder="nominatim", params={"limit": 10}) == key
    assert cache_key("Kraslava", geocoder="nominatim", params={"limit": 10}) != key
    assert cache_key("Krāslava", geocoder="photon", params={"limit": 10}) != key
    assert cache_key("Krāslava", geocoder="nominatim", params={"limit": 5}) != key


def test_an_answer_survives_reopening_with_its_fetch_time(tmp_path):
    path = tmp_path / "sub" / "cache.sqlite"
    with GeocodeCache(path, now=at(3)) as cache:
        cache.put("k", [{"a": "Ā"}], geocoder="nominatim@x", query="Q", params={})
        cache.put("empty", [], geocoder="nominatim@x", query="nowhere", params={})
    with GeocodeCache(path) as cache:
        assert cache.get("k").response == [{"a": "Ā"}]
        assert cache.get("k").fetched_at == "2026-01-03T12:00:00+00:00"
        assert cache.get("empty").response == []
        assert cache.get("missing") is None
        journal = cache._db.execute("PRAGMA journal_mode").fetchone()[0]
    assert journal == "wal"


def test_stats_and_clear(tmp_path):
    path = tmp_path / "cache.sqlite"
    with GeocodeCache(path, now=at(1)) as cache:
        cache.put("old", [], geocoder="nominatim@a", query="x", params={})
    with GeocodeCache(path, now=at(20)) as cache:
        cache.put("new", [{"r": 1}], geocoder="nominatim@a", query="y", params={})
        cache.put("other", [{"r": 2}], geocoder="photon@b", query="z", params={})
        stats = cache.stats()
        assert (stats.answers, stats.empty_answers) == (3, 1)
        assert stats.by_geocoder == {"nominatim@a": 2, "photon@b": 1}
        assert stats.oldest.startswith("2026-01-01") and stats.newest.startswith("2026-01-20")
        assert stats.size_bytes > 0

        assert cache.clear(older_than_days=10) == 1
        assert cache.clear(geocoder="photon") == 1
        assert cache.stats().by_geocoder == {"nominatim@a": 1}
        assert cache.clear() == 1
        assert cache.stats().answers == 0


def test_a_second_run_makes_no_request(tmp_path):
    clock = FakeClock()
    with FakeNominatim() as server:
        server.places["daugavpils"] = [
            nominatim_record(
                "Daugavpils", lat=55.87, lon=26.53, country_code="LV", addresstype="city"
            )
        ]
        for run in range(2):
            with GeocodeCache(tmp_path / "c.sqlite") as cache:
                online = OnlineGeocoder(
                    "nominatim",
                    url=server.url,
                    user_agent=UA,
                    cache=cache,
                    clock=clock.clock,
                    sleep=clock.sleep,
                    environ={},
                )
                found = online.geocode("Daugavpils")
                assert found.raw["name"] == "Daugavpils"
                assert online.geocode("Nowhere at all") is None
                assert server.count() == 2
                assert online.cache_hits == 2 * run
                assert found.raw["fetched_at"] is not None


def test_a_self_hosted_instance_has_its_own_answers(tmp_path):
    clock = FakeClock()
    with (
        FakeNominatim() as one,
        FakeNominatim() as two,
        GeocodeCache(tmp_path / "c.sqlite") as cache,
    ):
        for server in (one, two):
            OnlineGeocoder(
                "nominatim",
                url=server.url,
                user_agent=UA,
                cache=cache,
                clock=clock.clock,
                sleep=clock.sleep,
                environ={},
            ).geocode("Daugavpils")
        assert (one.count(), two.count()) == (1, 1)


WRITER = textwrap.dedent(
    """
    import sys
    from bordermap.geo.online.cache import GeocodeCache
    path, name, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with GeocodeCache(path) as cache:
        for i in range(n):
            cache.put(f"{name}-{i}", [{"i": i}], geocoder=name, query=str(i), params={})
    """
)


def test_two_processes_write_one_cache_at_once(tmp_path):
    path = tmp_path / "shared.sqlite"
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), name, "40"])
        for name in ("first", "second")
    ]
    assert [w.wait(timeout=60) for w in writers] == [0, 0]
    with GeocodeCache(path) as cache:
        assert cache.stats().by_geocoder == {"first": 40, "second": 40}
        assert cache.get("second-39").response == [{"i": 39}]


def test_a_file_that_is_not_a_cache_is_a_clear_error(tmp_path):
    path = tmp_path / "junk.sqlite"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(
        GeocodeCacheError, match=r"junk.sqlite: cannot open the geocoding cache.*--no-cache"
    ):
        GeocodeCache(path)


def test_a_cache_from_a_newer_bordermap_is_refused(tmp_path):
    path = tmp_path / "future.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version=99")
    with pytest.raises(GeocodeCacheError, match="newer bordermap"):
        GeocodeCache(path)


def test_the_default_file_lives_in_the_user_cache_directory(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_path() == tmp_path / "bordermap" / "geocode-cache.sqlite"


def test_two_runs_sharing_a_cache_share_the_services_pace(tmp_path):
    clock = FakeClock()
    clock.now = 1_700_000_000.0  # a wall-clock time: the pace is shared across processes
    with (
        FakeNominatim() as server,
        GeocodeCache(tmp_path / "c.sqlite") as mine,
        GeocodeCache(tmp_path / "c.sqlite") as theirs,
    ):
        runs = [
            OnlineGeocoder(
                "nominatim",
                url=server.url,
                user_agent=UA,
                cache=cache,
                clock=clock.clock,
                wall_clock=clock.clock,
                sleep=clock.sleep,
                environ={},
            )
            for cache in (mine, theirs)
        ]
        runs[0].geocode("first")
        runs[1].geocode("second")  # its own RateLimiter has never waited
        runs[0].geocode("third")
        assert server.count() == 3
    assert clock.sleeps == [1.0, 1.0]


PACED_RUN = textwrap.dedent(
    """
    import sys
    from bordermap.geo.online.cache import GeocodeCache
    from bordermap.geo.online.geocoders import OnlineGeocoder
    url, path, name, delay, count = sys.argv[1:]
    with GeocodeCache(path) as cache:
        online = OnlineGeocoder(
            "nominatim", url=url, user_agent="bordermap-tests/1 (tests@example.org)",
            cache=cache, min_delay=float(delay), environ={},
        )
        print("ready", flush=True)
        sys.stdin.readline()  # both runs start asking at the same moment
        for i in range(int(count)):
            online.geocode(f"{name} {i}")
    """
)

#: Time between the end of a run's wait and its request reaching the server (building
#: the request, the loopback connection, a busy machine).  The fault it guards
#: against (the clock read before the lock was held) put requests of three runs
#: 1-6 ms apart, and two runs 90 ms apart.  A run stalled by a loaded machine between
#: its wait and its send arrives late, so the pace is wide enough (0.5 s) that such a
#: stall does not read as a fault, while the fault still shows.
SEND_JITTER = 0.15


def test_processes_sharing_a_cache_keep_the_pace_between_them(tmp_path):
    delay, each = 0.5, 3
    path = tmp_path / "shared.sqlite"
    with FakeNominatim() as server:
        argv = [sys.executable, "-c", PACED_RUN, server.url, str(path)]
        runs = [
            subprocess.Popen(
                [*argv, name, str(delay), str(each)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            for name in ("first", "second", "third")
        ]
        try:
            assert [run.stdout.readline() for run in runs] == ["ready\n"] * len(runs)
            for run in runs:
                run.stdin.write("go\n")
                run.stdin.flush()
            assert [run.wait(timeout=60) for run in runs] == [0] * len(runs)
        finally:
            for run in runs:
                if run.poll() is None:
                    run.kill()
                    run.wait()
        arrivals = sorted(server.arrivals)
    assert server.count() == len(runs) * each
    gaps = [later - earlier for earlier, later in itertools.pairwise(arrivals)]
    assert min(gaps) >= delay - SEND_JITTER, [round(g, 4) for g in gaps]


def test_a_reservation_queues_requests_and_ignores_a_clock_set_back(tmp_path):
    now = [1_700_000_000.0]
    with GeocodeCache(tmp_path / "c.sqlite") as cache:
        waits = [
            cache.reserve_request_slot("nominatim@x", min_delay=1.0, clock=lambda: now[0])
            for _ in range(3)
        ]
        assert waits == [0.0, 1.0, 2.0]  # three runs asking at once go one a second
        assert cache.reserve_request_slot("photon@y", min_delay=1.0, clock=lambda: now[0]) == 0
        now[0] -= 3600  # the clock went back an hour: the old slots mean nothing
        assert cache.reserve_request_slot("nominatim@x", min_delay=1.0, clock=lambda: now[0]) == 0
        with pytest.raises(ValueError, match="min_delay must be a finite number"):
            cache.reserve_request_slot("x", min_delay=float("nan"), clock=lambda: now[0])


def online_geocoder(url: str, cache: GeocodeCache, **kwargs) -> OnlineGeocoder:
    clock = FakeClock()
    return OnlineGeocoder(
        "nominatim",
        url=url,
        user_agent=UA,
        cache=cache,
        clock=clock.clock,
        sleep=clock.sleep,
        environ={},
        **kwargs,
    )


DAMAGED_ROWS = [
    pytest.param("'{not json'", id="not-json"),
    pytest.param("'[[]]'", id="not-a-result"),
    pytest.param("'{}'", id="not-a-list"),
    pytest.param("X'00ff'", id="a-blob"),
    pytest.param("42", id="a-number"),
    pytest.param("json_set(response, '$[0].lat', 95)", id="latitude-95"),
    pytest.param("json_set(response, '$[0].lon', '26.5abc')", id="text-longitude"),
    pytest.param("json_set(response, '$[0].raw.boundingbox', json('[1, 2]'))", id="box"),
    pytest.param("json_set(response, '$[0].raw.display_name', NULL)", id="no-name"),
    pytest.param("json_remove(response, '$[0].raw')", id="no-raw"),
]


@pytest.mark.parametrize("damage", DAMAGED_ROWS)
def test_a_damaged_row_counts_as_missing_is_asked_again_and_overwritten(tmp_path, caplog, damage):
    path = tmp_path / "c.sqlite"
    with FakeNominatim() as server:
        server.places["daugavpils"] = [
            nominatim_record(
                "Daugavpils", lat=55.87, lon=26.53, country_code="LV", addresstype="city"
            )
        ]
        with GeocodeCache(path) as cache:
            online_geocoder(server.url, cache).geocode("Daugavpils")
        with sqlite3.connect(path) as db:
            [key] = db.execute("SELECT key FROM answers").fetchone()
            db.execute(f"UPDATE answers SET response = {damage}")

        with GeocodeCache(path) as cache:
            online = online_geocoder(server.url, cache)
            assert online.geocode("Daugavpils").raw["name"] == "Daugavpils"
            assert (server.count(), online.cache_hits) == (2, 0)
            assert cache.get(key).response[0]["raw"]["name"] == "Daugavpils"  # overwritten
            assert online.geocode("Daugavpils").raw["name"] == "Daugavpils"
            assert (server.count(), online.cache_hits) == (2, 1)
    [warning] = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert f"{path}: the answer cached" in warning
    assert key in warning and "asked again unless --offline" in warning


def test_offline_a_damaged_row_leaves_the_place_unresolved(tmp_path, caplog):
    path = tmp_path / "c.sqlite"
    with FakeNominatim() as server, GeocodeCache(path) as cache:
        server.places["daugavpils"] = [
            nominatim_record(
                "Daugavpils", lat=55.87, lon=26.53, country_code="LV", addresstype="city"
            )
        ]
        online_geocoder(server.url, cache).geocode("Daugavpils")
    with sqlite3.connect(path) as db:
        db.execute("UPDATE answers SET response = json_set(response, '$[0].lat', 95)")
    with GeocodeCache(path) as cache:
        offline = online_geocoder(server.url, cache, allow_network=False)
        for _ in range(2):  # as the chain's "cache" and "online" links both do
            assert offline.geocode("Daugavpils", cache_only=True) is None
    [warning] = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert "result 1: lat: outside -90..90 degrees (got 95)" in warning


@pytest.mark.parametrize("days", [-1, -0.5, float("nan"), float("inf"), float("-inf")])
def test_clearing_refuses_an_age_that_is_no_age(tmp_path, days):
    with GeocodeCache(tmp_path / "c.sqlite", now=at(20)) as cache:
        cache.put("k", [], geocoder="nominatim@a", query="x", params={})
        with pytest.raises(ValueError, match=r"older_than_days must be a finite number"):
            cache.clear(older_than_days=days)
        assert cache.stats().answers == 1


def test_clearing_answers_older_than_any_date_deletes_nothing(tmp_path):
    with GeocodeCache(tmp_path / "c.sqlite", now=at(1)) as cache:
        cache.put("k", [], geocoder="nominatim@a", query="x", params={})
    with GeocodeCache(tmp_path / "c.sqlite", now=at(20)) as cache:
        assert cache.clear(older_than_days=1e12) == 0  # before the year 1
        assert cache.clear(older_than_days=0) == 1
