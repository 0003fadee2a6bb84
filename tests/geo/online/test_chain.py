"""The geocoder chain: order, stop rule, offline mode, batches that survive SIGKILL."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import tomllib

import pytest

from bordermap.geo.errors import GeocoderConfigError, RecipeError
from bordermap.geo.online.cache import GeocodeCache
from bordermap.geo.online.chain import CachedAnswers, GeocoderChain
from bordermap.geo.online.chain_settings import (
    GeocoderSettings,
    build_chain,
    settings_from_mapping,
)
from bordermap.geo.online.gazetteer_link import GazetteerLink
from bordermap.geo.online.geocoders import OnlineGeocoder
from bordermap.geo.places.geocoder import OfflineGeocoder
from tests.geo.online.nominatim_server import FakeClock, FakeNominatim, Fault, nominatim_record

UA = "bordermap-tests/1 (tests@example.org)"


def village(name: str, lat: float, lon: float, country: str) -> dict:
    return nominatim_record(name, lat=lat, lon=lon, country_code=country, addresstype="village")


@pytest.fixture
def servers():
    with FakeNominatim() as first, FakeNominatim() as second:
        yield first, second


def online(server: FakeNominatim, clock: FakeClock, cache: GeocodeCache | None = None):
    return OnlineGeocoder(
        "nominatim",
        url=server.url,
        user_agent=UA,
        cache=cache,
        clock=clock.clock,
        sleep=clock.sleep,
        environ={},
    )


def test_the_chain_stops_at_the_first_resolved_answer(servers):
    first, second = servers
    clock = FakeClock()
    first.places["silene"] = [village("Silene", 55.68, 26.79, "LV")]
    second.places["silene"] = [village("Silene", 55.68, 26.79, "LV")]
    chain = GeocoderChain([online(first, clock), online(second, clock)])

    assert chain.geocode("Silene").raw["status"] == "resolved"
    assert (first.count(), second.count()) == (1, 0)


def test_an_ambiguous_answer_gives_way_to_a_later_resolved_one(servers):
    first, second = servers
    clock = FakeClock()
    first.places["zalesye"] = [
        village("Zalesye", 55.6, 28.1, "BY"),
        village("Zalesye", 56.9, 28.9, "RU"),
    ]
    second.places["zalesye"] = [village("Zalesye", 55.6, 28.1, "BY")]
    first.places["dubrovka"] = [
        village("Dubrovka", 55.6, 28.1, "BY"),
        village("Dubrovka", 56.9, 28.9, "RU"),
    ]
    chain = GeocoderChain([online(first, clock), online(second, clock)])

    assert chain.geocode("Zalesye").raw["status"] == "resolved"
    # Nothing resolved: the first ambiguous answer is reported, with its candidates.
    dubrovka = chain.geocode("Dubrovka")
    assert dubrovka.raw["status"] == "ambiguous"
    assert len(dubrovka.raw["candidates"]) == 2
    assert chain.geocode("Nowhere at all") is None


def test_the_default_chain_asks_the_gazetteer_before_the_network(tmp_path, servers):
    server, _ = servers
    # A farmstead the gazetteer does not know (since the gazetteer reads names inside
    # texts, "Silene farmstead" is near the village Silene, offline).
    server.places["kvesilene farmstead"] = [
        nominatim_record("Kvesilene", lat=55.68, lon=26.79, country_code="LV", addresstype="farm")
    ]
    settings = GeocoderSettings(
        service="nominatim", url=server.url, user_agent=UA, cache_path=str(tmp_path / "c.sqlite")
    )
    clock = FakeClock()
    gazetteer = OfflineGeocoder()
    with build_chain(
        settings, gazetteer=gazetteer, environ={}, clock=clock.clock, sleep=clock.sleep
    ) as chain:
        assert [type(link) for link in chain.links] == [
            CachedAnswers,
            OfflineGeocoder,
            OnlineGeocoder,
        ]
        assert chain.geocode("Daugavpils").raw["source"] == "gazetteer"
        farm = chain.geocode("Kvesilene farmstead", country="LV")
        assert (farm.raw["source"], farm.raw["precision"]) == ("nominatim", "settlement")
    assert server.count() == 1

    # Offline, the cached online answer is still served and nothing is sent.
    offline = dataclasses.replace(settings, offline=True)
    with build_chain(offline, gazetteer=gazetteer, environ={}) as chain:
        assert chain.geocode("Kvesilene farmstead", country="LV").raw["name"] == "Kvesilene"
        assert chain.geocode("Another farmstead") is None
    assert server.count() == 1


def test_offline_forbids_the_network_even_for_an_online_link(servers):
    server, _ = servers
    chain = GeocoderChain([online(server, FakeClock())], offline=True)
    assert chain.geocode("Silene") is None
    assert server.count() == 0


def test_without_an_online_geocoder_the_chain_is_the_gazetteer_alone():
    chain = build_chain(GeocoderSettings(), gazetteer=OfflineGeocoder())
    assert [type(link) for link in chain.links] == [OfflineGeocoder]
    assert chain.cache is None


def test_without_a_geocoder_or_a_gazetteer_given_the_link_answers_as_the_offline_geocoder():
    chain = build_chain(GeocoderSettings())
    assert chain.gazetteer_alone
    (link,) = chain.links
    assert isinstance(link, GazetteerLink)
    offline = OfflineGeocoder()
    for query, country in [
        ("Daugavpils", None),
        ("Vitebsk region", "BY"),
        ("Nowhere-on-earth", None),
    ]:
        ours = chain.geocode(query, country=country)
        theirs = offline.geocode(query, country_codes=[country] if country else None)
        assert (ours and (ours.address, ours.point, ours.raw)) == (
            theirs and (theirs.address, theirs.point, theirs.raw)
        )
    assert isinstance(link.geocoder, OfflineGeocoder)


def test_the_gazetteer_alone_is_told_whichever_link_holds_it(servers):
    server, _ = servers
    assert build_chain(GeocoderSettings(), gazetteer=OfflineGeocoder()).gazetteer_alone
    assert not build_chain(GeocoderSettings(order=("cache", "online"))).gazetteer_alone
    assert not GeocoderChain([online(server, FakeClock()), OfflineGeocoder()]).gazetteer_alone
    assert not GeocoderChain(
        [OfflineGeocoder(), online(server, FakeClock())], offline=True
    ).gazetteer_alone


OFFLINE_IMPORTS = textwrap.dedent(
    """
    import sys
    from bordermap.geo.online.chain_settings import GeocoderSettings, build_chain
    from bordermap.maps.commands.geocoder_options import place_lookup
    with build_chain(GeocoderSettings(offline=True, use_cache=False)) as chain:
        lookup = place_lookup(chain)
        print(lookup.__name__, lookup("Daugavpils").status)
    print(sorted(name for name in sys.modules if name.split(".")[0] == "geopy"))
    """
)


def test_an_offline_chain_and_its_lookup_do_not_import_geopy():
    # geopy's import is 0.15-0.2 s of every offline command that builds a chain.
    done = subprocess.run(
        [sys.executable, "-c", OFFLINE_IMPORTS], capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines() == ["geocode_place_when_asked resolved", "[]"]


def test_a_batch_asks_each_place_once_and_reports_progress(servers):
    server, _ = servers
    clock = FakeClock()
    server.places["a"] = [village("A", 55.0, 26.0, "LV")]
    chain = GeocoderChain([online(server, clock)])
    seen = []
    results = chain.geocode_batch(
        ["A", ("A", None), "B", "A"], progress=lambda done, total: seen.append((done, total))
    )
    assert [r.raw["name"] if r else None for r in results] == ["A", "A", None, "A"]
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert server.count() == 2


BATCH = textwrap.dedent(
    """
    import json, sys
    from bordermap.geo.online.chain_settings import GeocoderSettings, build_chain
    url, cache, *queries = sys.argv[1:]
    settings = GeocoderSettings(
        service="nominatim", url=url, user_agent="bordermap-tests/1", cache_path=cache,
        min_delay=0, order=("cache", "online"),
    )
    with build_chain(settings) as chain:
        found = chain.geocode_batch(queries)
    print(json.dumps([f.raw["name"] if f else None for f in found]))
    """
)


def test_a_batch_killed_mid_way_resumes_without_repeating_a_request(tmp_path, servers):
    server, _ = servers
    queries = [f"Village {i}" for i in range(6)]
    for i, query in enumerate(queries):
        server.places[query.casefold()] = [village(query, 55.0 + i, 26.0, "LV")]
    server.places.pop("village 4")  # "nothing found" is an answer worth keeping too
    release = threading.Event()
    server.fail("Village 3", Fault(hold=release))
    argv = [sys.executable, "-c", BATCH, server.url, str(tmp_path / "c.sqlite"), *queries]
    env = {**os.environ, "BORDERMAP_USER_AGENT": ""}

    killed = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE)
    assert server.holding.wait(timeout=60), "the batch never reached the held query"
    os.kill(killed.pid, signal.SIGKILL)
    assert killed.wait(timeout=60) == -signal.SIGKILL
    release.set()

    resumed = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60)
    assert resumed.returncode == 0, resumed.stderr
    names = json.loads(resumed.stdout)
    assert names == ["Village 0", "Village 1", "Village 2", "Village 3", None, "Village 5"]
    # Finished queries were not asked again; only the one in flight was.
    assert [server.count(q) for q in queries] == [1, 1, 1, 2, 1, 1]


def test_settings_from_a_recipe_table():
    settings = settings_from_mapping(
        {
            "geocoder": "photon",
            "url": "https://photon.example.org",
            "min_delay": 0,
            "order": ["online", "gazetteer"],
            "polygon": True,
        },
        where="maps/seed.toml [geocoder]",
    )
    assert settings.service == "photon"
    assert settings.order == ("online", "gazetteer")
    assert settings.min_delay == 0


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"api_key": "secret"}, r"seed.toml \[geocoder\]: api_key: unknown key"),
        ({"timeout": "fast"}, r"timeout: expected int or float \(got 'fast'\)"),
        ({"offline": 1}, r"offline: expected bool \(got 1\)"),
        ({"order": ["cache", "web"]}, r"give each of cache, gazetteer, online at most once"),
    ],
)
def test_a_bad_recipe_table_names_key_and_value(table, message):
    with pytest.raises(RecipeError, match=message):
        settings_from_mapping(table, where="seed.toml [geocoder]")


def test_settings_refuse_a_nonsense_order():
    with pytest.raises(GeocoderConfigError, match="at most once"):
        GeocoderSettings(order=("online", "online"))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("min_delay", float("nan")),  # would slip past the public service's floor
        ("min_delay", float("inf")),
        ("min_delay", -1.0),
        ("min_delay", 1e12),
        ("timeout", float("nan")),
        ("timeout", 0.0),
        ("timeout", float("inf")),
    ],
)
def test_settings_refuse_a_time_that_is_no_time(field, value):
    with pytest.raises(GeocoderConfigError, match=rf"{field} must be a number of seconds"):
        GeocoderSettings(**{field: value})


def test_a_recipe_cannot_set_the_pace_to_nan():
    table = tomllib.loads("[geocoder]\ngeocoder = 'nominatim'\nmin_delay = nan\n")["geocoder"]
    with pytest.raises(RecipeError, match=r"seed.toml \[geocoder\]: min_delay must be a number"):
        settings_from_mapping(table, where="seed.toml [geocoder]")
