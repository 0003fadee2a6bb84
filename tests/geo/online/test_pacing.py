"""Pacing of requests: within one process on its clock, across processes through the cache."""

from __future__ import annotations

from bordermap.geo.online.cache import GeocodeCache
from bordermap.geo.online.pacing import RequestPacer
from tests.geo.online.nominatim_server import FakeClock


def test_requests_of_one_process_keep_the_pace_and_return_what_the_call_returns():
    clock = FakeClock()
    pacer = RequestPacer(
        name="nominatim",
        min_delay=1.0,
        cache=None,
        clock=clock.clock,
        sleep=clock.sleep,
        wall_clock=clock.clock,
    )
    assert [pacer(str.upper, text) for text in ("a", "b", "c")] == ["A", "B", "C"]
    # The fake clock stands still between calls: a whole second is waited each time.
    assert clock.sleeps == [1.0, 1.0]


def test_two_pacers_sharing_a_cache_share_one_pace(tmp_path):
    clock = FakeClock()  # both "processes" read one wall clock

    def pacer(cache: GeocodeCache, own: FakeClock) -> RequestPacer:
        return RequestPacer(
            name="nominatim@geo.example.org",
            min_delay=2.0,
            cache=cache,
            clock=own.clock,
            sleep=clock.sleep,
            wall_clock=lambda: 1000.0 + clock.now,
        )

    with (
        GeocodeCache(tmp_path / "a.sqlite") as first,
        GeocodeCache(tmp_path / "a.sqlite") as second,
    ):
        pacer(first, FakeClock())(print, end="")
        assert clock.sleeps == []
        # The second process has never sent anything itself, yet waits for the first.
        pacer(second, FakeClock())(print, end="")
        assert clock.sleeps == [2.0]
