"""A real HTTP server on 127.0.0.1 speaking Nominatim's /search and /reverse JSON API.

Tests drive it with geopy's real ``Nominatim`` client.  Each query answers from
``places`` (records shaped like Nominatim's ``format=json`` output), unless a
scripted fault is queued for it first: an HTTP status with headers, a reply slower
than the client's timeout, malformed JSON, or a reply held until the test lets go
(to kill a client mid-request).  Every request is recorded with the time it arrived.

An answer may be anything JSON can carry, so tests can serve what a broken or
hostile service would: a latitude of 95, ``NaN``, text where a number belongs, a
bounding box of three corners, a body that is a bare string, or a place named
``Q{{ 6*7 }}Q <script>`` (``nominatim_record(..., display_name=...)``).
"""

from __future__ import annotations

import json
import threading
import time
import zlib
from collections import defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


def nominatim_record(
    name: str,
    *,
    lat: float,
    lon: float,
    country_code: str,
    addresstype: str,
    importance: float = 0.5,
    bbox: tuple[float, float, float, float] | None = None,
    iso3166_2: dict[str, str] | None = None,
    osm_class: str = "place",
    display_name: str | None = None,
) -> dict[str, Any]:
    """Return one result as Nominatim's ``format=json`` (with addressdetails) writes it.

    ``bbox`` is ``(min_lon, min_lat, max_lon, max_lat)``; Nominatim sends
    ``[south, north, west, east]`` as strings.  ``display_name`` (the full label
    geopy gives as the address) defaults to ``"NAME, CC"``; any text is served as
    it is given, e.g. a hostile ``"Q{{ 6*7 }}Q <script>alert(1)</script>"``.
    """
    west, south, east, north = bbox or (lon, lat, lon, lat)
    country_code = country_code.upper()
    address = {addresstype: name, "country_code": country_code.lower()}
    address.update(iso3166_2 or {})
    return {
        "place_id": zlib.crc32(f"{name}{lat}{lon}".encode()),
        "licence": "Data © OpenStreetMap contributors, ODbL 1.0. https://osm.org/copyright",
        "osm_type": "relation",
        "osm_id": zlib.crc32(name.encode()),
        "lat": f"{lat:.7f}",
        "lon": f"{lon:.7f}",
        "class": osm_class,
        "type": addresstype,
        "place_rank": 16,
        "importance": importance,
        "addresstype": addresstype,
        "name": name,
        "display_name": display_name if display_name is not None else f"{name}, {country_code}",
        "address": address,
        "boundingbox": [f"{south:.7f}", f"{north:.7f}", f"{west:.7f}", f"{east:.7f}"],
    }


@dataclass
class Fault:
    """One scripted misbehaviour for the next request of a query.

    Attributes
    ----------
    status : int, optional
        Answer with this HTTP status (and ``headers``) instead of the results.
    headers : dict
        Extra response headers (``Retry-After``).
    delay : float
        Seconds to hold the reply (the server thread blocks; the client times out).
    body : str, optional
        Answer 200 with this raw text (malformed JSON).
    hold : threading.Event, optional
        Hold the reply until this event is set (a client killed mid-request).
    """

    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    body: str | None = None
    hold: threading.Event | None = None


class FakeNominatim:
    """Run the server in a thread; use as a context manager.

    Attributes
    ----------
    places : dict of str to object
        Search answer per query (case-folded): normally a list of records, but
        any JSON value is sent as it is (``float("nan")`` as ``NaN``), so a test
        can serve a bare string, a number or an object instead of a list.
    reverse_places : dict of (float, float) to dict
        Reverse results per rounded ``(lat, lon)``.
    requests : list of (str, dict)
        Every request seen: path and query parameters.
    arrivals : list of float
        When each request of ``requests`` arrived (``time.monotonic()`` of the
        test process), to check the pace of clients in other processes.
    received : threading.Event
        Set whenever a request arrives (tests wait on it, never sleep).
    holding : threading.Event
        Set when a request with a ``hold`` fault arrives and is being held.
    """

    def __init__(self) -> None:
        self.places: dict[str, Any] = {}
        self.reverse_places: dict[tuple[float, float], dict[str, Any]] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.arrivals: list[float] = []
        self.user_agents: list[str] = []
        self.faults: dict[str, deque[Fault]] = defaultdict(deque)
        self.received = threading.Event()
        self.holding = threading.Event()
        self._lock = threading.Lock()
        self._release = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT``."""
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> FakeNominatim:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._release.set()  # free any held or slow replies
        for queue in self.faults.values():
            for fault in queue:
                if fault.hold is not None:
                    fault.hold.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def fail(self, query: str, *faults: Fault) -> None:
        """Queue ``faults`` for the next requests of ``query``, in order."""
        self.faults[query.casefold()].extend(faults)

    def count(self, query: str | None = None) -> int:
        """Return how many search requests were seen (for ``query``, or all)."""
        with self._lock:
            return sum(
                1
                for path, params in self.requests
                if path == "/search" and (query is None or params.get("q") == query)
            )

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:
                arrived = time.monotonic()
                parts = urlsplit(self.path)
                params = {k: v[0] for k, v in parse_qs(parts.query).items()}
                with server._lock:
                    server.requests.append((parts.path, params))
                    server.arrivals.append(arrived)
                    server.user_agents.append(self.headers.get("User-Agent", ""))
                    key = params.get("q", "").casefold()
                    queue = server.faults.get(key)
                    fault = queue.popleft() if queue else None
                server.received.set()
                if fault is not None and fault.hold is not None:
                    server.holding.set()
                    fault.hold.wait()
                if fault is not None and fault.delay:
                    server._release.wait(fault.delay)
                if fault is not None and fault.status is not None:
                    self._send(fault.status, b'{"error": "scripted"}', fault.headers)
                elif fault is not None and fault.body is not None:
                    self._send(200, fault.body.encode("utf-8"), {})
                elif parts.path == "/search":
                    self._send_json(server.places.get(key, []))
                elif parts.path == "/reverse":
                    point = (round(float(params["lat"]), 3), round(float(params["lon"]), 3))
                    found = server.reverse_places.get(point)
                    self._send_json(found or {"error": "Unable to geocode"})
                else:
                    self._send(404, b"{}", {})

            def _send_json(self, payload: object) -> None:
                self._send(200, json.dumps(payload).encode("utf-8"), {})

            def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json; charset=utf-8")
                    self.send_header("Content-Length", str(len(body)))
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timed out or was killed)

        return Handler


class FakeClock:
    """A monotonic clock that only moves when something sleeps on it.

    Pass ``clock`` and ``sleep`` to the geocoder; ``sleeps`` lists every wait asked.
    """

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
