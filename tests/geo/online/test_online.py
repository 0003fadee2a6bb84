"""Online geocoding through geopy's real Nominatim client against a real local server."""

from __future__ import annotations

import socket

import pytest

from bordermap.geo.errors import (
    GeocoderAnswerInvalid,
    GeocoderBadResponse,
    GeocoderConfigError,
    GeocoderNetworkForbidden,
    GeocoderRateLimited,
    GeocoderServerError,
    GeocoderTimeout,
    GeocoderUnreachable,
    GeocodingError,
)
from bordermap.geo.online.cache import GeocodeCache
from bordermap.geo.online.geocoders import OnlineGeocoder, RetryPolicy, parse_geocoder_url
from tests.geo.online.nominatim_server import FakeClock, FakeNominatim, Fault, nominatim_record

UA = "bordermap-tests/1 (tests@example.org)"

DAUGAVPILS = nominatim_record(
    "Daugavpils",
    lat=55.8747,
    lon=26.5362,
    country_code="LV",
    addresstype="city",
    importance=0.55,
    bbox=(26.43, 55.83, 26.66, 55.93),
    iso3166_2={"ISO3166-2-lvl6": "LV-DGV"},
)


@pytest.fixture
def server():
    with FakeNominatim() as srv:
        srv.places["daugavpils"] = [DAUGAVPILS]
        yield srv


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def geocoder(url: str, clock: FakeClock, **kwargs) -> OnlineGeocoder:
    kwargs.setdefault("user_agent", UA)
    kwargs.setdefault("timeout", 2.0)
    return OnlineGeocoder(
        "nominatim", url=url, clock=clock.clock, sleep=clock.sleep, environ={}, **kwargs
    )


def test_a_nominatim_answer_is_mapped_into_our_vocabulary(server, clock):
    location = geocoder(server.url, clock).geocode("Daugavpils")

    assert location.latitude == pytest.approx(55.8747)
    assert location.raw["status"] == "resolved"
    assert location.raw["precision"] == "settlement"
    assert location.raw["country"] == "LV"
    assert location.raw["admin1_code"] == "LV-DGV"
    assert location.raw["source"] == "nominatim"
    assert location.raw["geometry"]["type"] == "Polygon"
    assert location.raw["geometry"]["coordinates"][0][0] == [26.43, 55.83]
    assert location.raw["provider_raw"] == DAUGAVPILS
    assert server.user_agents == [UA]
    assert server.requests[0][1]["addressdetails"] == "1"


@pytest.mark.parametrize(
    ("addresstype", "osm_class", "bbox", "precision"),
    [
        ("country", "boundary", (20.9, 55.6, 28.3, 58.1), "country"),
        ("state", "boundary", (26.0, 54.5, 31.0, 56.2), "region"),
        ("county", "boundary", (26.2, 55.5, 27.0, 56.0), "district"),
        ("village", "place", None, "settlement"),
        ("building", "building", None, "exact"),
        # A kind we do not know: judged by the size of its box.
        ("peak", "natural", (26.500, 55.800, 26.505, 55.803), "exact"),
        ("lake", "natural", (26.0, 55.5, 26.6, 55.9), "district"),
    ],
)
def test_precision_follows_the_place_type_then_its_size(
    server, clock, addresstype, osm_class, bbox, precision
):
    server.places["x"] = [
        nominatim_record(
            "X",
            lat=55.8,
            lon=26.5,
            country_code="LV",
            addresstype=addresstype,
            osm_class=osm_class,
            bbox=bbox,
        )
    ]
    location = geocoder(server.url, clock).geocode("X")
    assert location.raw["precision"] == precision
    assert location.raw["geometry"]["type"] == ("Point" if bbox is None else "Polygon")


def test_polygon_outlines_are_asked_for_and_kept(server, clock):
    outline = {"type": "Polygon", "coordinates": [[[26, 55], [27, 55], [27, 56], [26, 55]]]}
    server.places["latgale"] = [
        {
            **nominatim_record(
                "Latgale", lat=56.1, lon=27.2, country_code="LV", addresstype="state"
            ),
            "geojson": outline,
        }
    ]
    location = geocoder(server.url, clock, polygon=True).geocode("Latgale")
    assert server.requests[-1][1]["polygon_geojson"] == "1"
    assert location.raw["geometry"] == outline
    assert location.raw["precision"] == "region"


def test_two_far_apart_places_of_one_name_are_ambiguous_unless_a_hint_decides(server, clock):
    server.places["zalesye"] = [
        nominatim_record("Zalesye", lat=55.6, lon=28.1, country_code="BY", addresstype="village"),
        nominatim_record("Zalesye", lat=56.9, lon=28.9, country_code="RU", addresstype="village"),
        # The same village seen twice (node and area) is not a rival.
        nominatim_record(
            "Zalesye", lat=55.601, lon=28.101, country_code="BY", addresstype="village"
        ),
    ]
    online = geocoder(server.url, clock)

    ambiguous = online.geocode("Zalesye")
    assert ambiguous.raw["status"] == "ambiguous"
    assert [c["country"] for c in ambiguous.raw["candidates"]] == ["BY", "RU"]

    hinted = online.geocode("Zalesye", country_codes="RU")
    assert hinted.raw["status"] == "resolved"
    assert hinted.raw["country"] == "RU"


def test_a_clearly_more_important_namesake_is_resolved(server, clock):
    server.places["paris"] = [
        nominatim_record(
            "Paris", lat=48.85, lon=2.35, country_code="FR", addresstype="city", importance=0.9
        ),
        nominatim_record(
            "Paris", lat=33.66, lon=-95.55, country_code="US", addresstype="city", importance=0.5
        ),
    ]
    location = geocoder(server.url, clock).geocode("Paris")
    assert location.raw["status"] == "resolved"
    assert location.raw["country"] == "FR"


def test_nothing_found_is_none_and_reverse_works(server, clock):
    server.reverse_places[(55.875, 26.536)] = DAUGAVPILS
    online = geocoder(server.url, clock)
    assert online.geocode("Xyzzy nowhere") is None
    assert online.reverse((55.8747, 26.5362)).raw["name"] == "Daugavpils"
    assert online.reverse((10.0, 10.0)) is None


def test_429_is_retried_after_the_time_the_service_asks(server, clock):
    server.fail("Daugavpils", Fault(status=429, headers={"Retry-After": "7"}))
    location = geocoder(server.url, clock).geocode("Daugavpils")
    assert location.raw["name"] == "Daugavpils"
    assert server.count("Daugavpils") == 2
    assert clock.sleeps == [7.0]


def test_5xx_is_retried_with_exponential_backoff(server, clock):
    server.fail("Daugavpils", *[Fault(status=s) for s in (500, 502, 503)])
    online = geocoder(server.url, clock, retry=RetryPolicy(backoff_seconds=2.0))
    assert online.geocode("Daugavpils").raw["status"] == "resolved"
    assert server.count("Daugavpils") == 4
    assert clock.sleeps == [2.0, 4.0, 8.0]
    assert online.requests == 4


def test_pacing_keeps_one_request_per_second(server, clock):
    online = geocoder(server.url, clock)
    for query in ("a", "b", "c"):
        online.geocode(query)
    # The fake clock stands still while the server answers, so the whole second
    # is waited before each request after the first.
    assert clock.sleeps == [1.0, 1.0]
    assert server.count() == 3


def test_persistent_429_fails_naming_geocoder_query_and_what_to_do(server, clock):
    server.fail("Daugavpils", *[Fault(status=429) for _ in range(3)])
    online = geocoder(server.url, clock, retry=RetryPolicy(max_attempts=3))
    with pytest.raises(
        GeocoderRateLimited, match=r"nominatim .*'Daugavpils'.*HTTP 429.*3 attempts.*--min-delay"
    ) as info:
        online.geocode("Daugavpils")
    assert info.value.exit_status == 75
    assert server.count("Daugavpils") == 3


def test_a_retry_after_beyond_patience_stops_at_once(server, clock):
    server.fail("Daugavpils", Fault(status=429, headers={"Retry-After": "3600"}))
    with pytest.raises(GeocoderRateLimited, match="asks to wait 3600 s"):
        geocoder(server.url, clock).geocode("Daugavpils")
    assert server.count("Daugavpils") == 1
    assert clock.sleeps == []


def test_persistent_500_is_a_server_error(server, clock):
    server.fail("Daugavpils", *[Fault(status=500) for _ in range(2)])
    online = geocoder(server.url, clock, retry=RetryPolicy(max_attempts=2))
    with pytest.raises(
        GeocoderServerError, match=r"HTTP 500 on 'Daugavpils' \(2 attempts\).*try again later"
    ) as info:
        online.geocode("Daugavpils")
    assert info.value.exit_status == 75


def test_a_reply_slower_than_the_timeout_is_retried_then_reported(server, clock):
    server.fail("Daugavpils", Fault(delay=2.0), Fault(delay=2.0))
    online = geocoder(server.url, clock, timeout=0.2, retry=RetryPolicy(max_attempts=2))
    with pytest.raises(
        GeocoderTimeout, match=r"did not answer 'Daugavpils' within 0.2 s.*--timeout"
    ) as info:
        online.geocode("Daugavpils")
    assert info.value.exit_status == 75
    assert isinstance(info.value, TimeoutError)
    assert server.count("Daugavpils") == 2


def test_malformed_json_is_not_retried_and_says_to_check_the_url(server, clock):
    server.fail("Daugavpils", Fault(body="<html>Welcome to nginx</html>"))
    with pytest.raises(GeocoderBadResponse, match=r"not valid JSON.*--geocoder-url") as info:
        geocoder(server.url, clock).geocode("Daugavpils")
    assert info.value.exit_status == 76
    assert server.count("Daugavpils") == 1


def test_connection_refused_is_retried_then_reported_as_unreachable(clock):
    with socket.socket() as sock:  # a port that was free a moment ago: nobody listens
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    online = geocoder(f"http://127.0.0.1:{port}", clock, retry=RetryPolicy(max_attempts=3))
    with pytest.raises(
        GeocoderUnreachable,
        match=r"cannot be reached for 'Daugavpils' \(Connection refused; 3 attempts\).*--offline",
    ) as info:
        online.geocode("Daugavpils")
    assert info.value.exit_status == 69
    assert clock.sleeps == [1.0, 2.0]


def test_without_network_a_query_not_in_the_cache_is_refused(server, clock):
    online = geocoder(server.url, clock, allow_network=False)
    with pytest.raises(GeocoderNetworkForbidden, match="'Daugavpils' is not in the cache"):
        online.geocode("Daugavpils")
    assert server.count() == 0


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"user_agent": ""}, "user agent that identifies you is required.*--user-agent"),
        ({"user_agent": "my-application"}, "user agent that identifies you"),
        ({"url": "ftp://example.org"}, r"--geocoder-url: expected http\(s\)"),
        ({"url": "https://example.org/?q=1"}, "without '\\?' or '#'"),
    ],
)
def test_bad_configuration_says_which_option_to_fix(clock, kwargs, message):
    with pytest.raises(GeocoderConfigError, match=message) as info:
        geocoder(kwargs.pop("url", "http://127.0.0.1:9"), clock, **kwargs)
    assert info.value.exit_status == 78


def test_public_nominatim_may_not_be_asked_faster_than_its_policy(clock):
    with pytest.raises(GeocoderConfigError, match="at most one request every 1 s"):
        OnlineGeocoder("nominatim", user_agent=UA, min_delay=0.2, environ={})
    for pace in (float("nan"), float("-inf"), -1):
        with pytest.raises(GeocoderConfigError, match=r"--min-delay: expected a number of sec"):
            OnlineGeocoder("nominatim", user_agent=UA, min_delay=pace, environ={})


def test_unknown_service_and_missing_key_are_configuration_errors():
    with pytest.raises(GeocoderConfigError, match="no geocoder named 'nominatum'"):
        OnlineGeocoder("nominatum", user_agent=UA, environ={})
    with pytest.raises(
        GeocoderConfigError, match="set the environment variable BORDERMAP_OPENCAGE_API_KEY"
    ):
        OnlineGeocoder("opencage", user_agent=UA, environ={})
    keyed = OnlineGeocoder(
        "opencage", user_agent=UA, environ={"BORDERMAP_OPENCAGE_API_KEY": "k3y"}
    )
    assert keyed.name == "opencage@api.opencagedata.com"


def test_user_agent_can_come_from_the_environment(server, clock):
    online = OnlineGeocoder(
        "nominatim",
        url=server.url,
        environ={"BORDERMAP_USER_AGENT": "env-agent/2"},
        clock=clock.clock,
        sleep=clock.sleep,
    )
    online.geocode("Daugavpils")
    assert server.user_agents == ["env-agent/2"]


def test_geocoder_url_keeps_a_path_prefix():
    assert parse_geocoder_url("https://geo.example.org/nominatim/") == (
        "https",
        "geo.example.org/nominatim",
    )


def test_every_failure_is_a_geocoding_error():
    for error in (GeocoderRateLimited, GeocoderTimeout, GeocoderUnreachable, GeocoderConfigError):
        assert issubclass(error, GeocodingError)


def test_a_list_answer_gives_one_location_per_candidate(server, clock):
    server.places["zalesye"] = [
        nominatim_record("Zalesye", lat=55.6, lon=28.1, country_code="BY", addresstype="village"),
        nominatim_record("Zalesye", lat=56.9, lon=28.9, country_code="RU", addresstype="village"),
    ]
    online = geocoder(server.url, clock)
    found = online.geocode("Zalesye", exactly_one=False)
    assert [(loc.raw["country"], loc.raw["status"]) for loc in found] == [
        ("BY", "ambiguous"),
        ("RU", "ambiguous"),
    ]
    assert [loc.raw["country"] for loc in online.geocode("Daugavpils", exactly_one=False)] == [
        "LV"
    ]
    assert online.geocode("Nowhere", exactly_one=False) == []


def test_offline_needs_no_user_agent(server, clock):
    online = OnlineGeocoder("nominatim", url=server.url, allow_network=False, environ={})
    assert online.geocode("Daugavpils", cache_only=True) is None
    assert server.count() == 0


def broken(**changes) -> dict:
    """Daugavpils as the server sends it, with some fields replaced."""
    return {**DAUGAVPILS, **changes}


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ([broken(lat="95")], r"result 1: lat: outside -90\.\.90 degrees \(got '95'\)"),
        ([broken(lon="200")], r"result 1: lon: outside -180\.\.180 degrees \(got '200'\)"),
        ([broken(lat=float("nan"))], r"result 1: lat: expected a finite number.* \(got nan\)"),
        ([broken(lon=float("inf"))], r"result 1: lon: expected a finite number.* \(got inf\)"),
        ([broken(lat="NaN")], r"lat: expected a number of degrees, not this text \(got 'NaN'\)"),
        ([broken(lat="12.3abc")], r"lat: expected a number of degrees.* \(got '12\.3abc'\)"),
        ([broken(lon=None)], r"result 1: lon: expected a number of degrees \(got None\)"),
        ([broken(lat=True)], r"result 1: lat: expected a number of degrees \(got True\)"),
        (
            [DAUGAVPILS, broken(boundingbox=["55.8", "55.9", "26.4"])],
            r"result 2: boundingbox: expected \[south, north, west, east\] \(got \['55\.8',",
        ),
        (
            [broken(boundingbox=["55.9", "55.8", "26.4", "26.7"])],
            r"boundingbox: south edge above the north edge \(got \['55\.9', '55\.8'",
        ),
        (
            [broken(boundingbox=["55.8", "55.9", "east", "26.7"])],
            r"boundingbox\[2\]: expected a number of degrees, not this text \(got 'east'\)",
        ),
        (
            [broken(boundingbox="55.8,55.9")],
            r"boundingbox: expected \[south.* \(got '55\.8,55\.9'\)",
        ),
        ([broken(display_name=None)], r"result 1: display_name: expected .* \(got None\)"),
        ([broken(display_name="  ")], r"result 1: display_name: expected .* \(got '  '\)"),
        ([broken(address=None)], r"result 1: address: expected an object .* \(got None\)"),
        (
            [broken(address={"country_code": 7})],
            r"result 1: address\.country_code: expected text \(got 7\)",
        ),
        ([broken(name=["Daugavpils"])], r"result 1: name: expected text \(got \['Daugavpils'\]\)"),
        ([broken(importance="high")], r"importance: expected a number, not this text"),
        (
            [broken(geojson={"type": "Polygon", "coordinates": "none"})],
            r"result 1: geojson: not a GeoJSON geometry",
        ),
        (
            "Daugavpils",
            r"body: expected a list of results or one result object \(got 'Daugavpils'\)",
        ),
        (42, r"body: expected a list of results .* \(got 42\)"),
        (None, r"body: expected a list of results .* \(got None\)"),
        ({"results": []}, r"result 1: lat: expected a number of degrees \(got None\)"),
        (
            [["55.87", "26.53"]],
            r"result 1: expected a result object \(got \['55\.87', '26\.53'\]\)",
        ),
        (
            [broken(display_name="Daugavpils \ud800")],
            r"body\[0\]\.display_name: text with an unpaired UTF-16 surrogate "
            r"\(got 'Daugavpils \\ud800'\)",
        ),
    ],
)
def test_an_answer_with_impossible_values_is_refused_naming_query_field_and_value(
    server, clock, tmp_path, answer, message
):
    server.places["daugavpils"] = answer
    with GeocodeCache(tmp_path / "c.sqlite") as cache:
        online = geocoder(server.url, clock, cache=cache)
        with pytest.raises(GeocoderAnswerInvalid, match=message) as info:
            online.geocode("Daugavpils")
        assert cache.stats().answers == 0  # never kept as a good answer
    text = str(info.value)
    assert text.startswith(f"nominatim ({server.url}) sent an answer to 'Daugavpils' that")
    assert "nothing was cached" in text and "--geocoder-url" in text
    assert info.value.exit_status == 76
    assert isinstance(info.value, GeocoderBadResponse)
    assert server.count("Daugavpils") == 1  # not retried: it would say the same again


def test_a_reverse_answer_with_impossible_values_is_refused(server, clock):
    server.reverse_places[(55.875, 26.536)] = broken(lat="-91")
    with pytest.raises(GeocoderAnswerInvalid, match=r"'55\.874700,26\.536200'.*lat: outside"):
        geocoder(server.url, clock).reverse((55.8747, 26.5362))


def test_json_nested_beyond_reading_is_a_bad_answer(server, clock):
    server.fail("Daugavpils", Fault(body="[" * 100_000 + "]" * 100_000))
    with pytest.raises(GeocoderAnswerInvalid, match="body: JSON nested too deeply to read"):
        geocoder(server.url, clock).geocode("Daugavpils")


def test_what_geopy_cannot_read_of_an_unchecked_answer_is_a_bad_answer(server, clock):
    # Services other than Nominatim and Photon are not checked field by field
    # before geopy reads them; stand in for one by switching the check off.
    server.places["daugavpils"] = [broken(lat="12.3abc")]
    online = geocoder(server.url, clock)
    online._client.adapter._check = lambda body: None
    with pytest.raises(
        GeocoderAnswerInvalid,
        match=r"'Daugavpils' that bordermap cannot use: geopy could not read it \(ValueError",
    ):
        online.geocode("Daugavpils")


def test_names_in_an_answer_are_kept_as_text(server, clock, tmp_path):
    hostile = "Q{{ 6*7 }}Q <script>alert(1)</script> {% raw %}"
    server.places["daugavpils"] = [broken(name=hostile, display_name=f"{hostile}, LV")]
    with GeocodeCache(tmp_path / "c.sqlite") as cache:
        fresh = geocoder(server.url, clock, cache=cache).geocode("Daugavpils")
        replayed = geocoder(server.url, clock, cache=cache, allow_network=False).geocode(
            "Daugavpils"
        )
    for location in (fresh, replayed):
        assert location.raw["name"] == hostile
        assert location.address == f"{hostile}, LV"
    assert server.count() == 1
