"""The persistent geocoding cache: keys, persistence, two processes, damaged files."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime

import pytest

from bordermap.geo.cache import GeocodeCache, cache_key, default_cache_path
from bordermap.geo.errors import GeocodeCacheError
from bordermap.geo.online import OnlineGeocoder
from tests.geo.nominatim_server import FakeClock, FakeNominatim, nominatim_record

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
    from bordermap.geo.cache import GeocodeCache
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
