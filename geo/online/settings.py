"""Settings of the online geocoders that need no geopy: defaults, credentials, retries.

Building the command line and the offline chain reads these; importing them must not
import :mod:`bordermap.geo.online.geocoders` (its providers and answer checks), which an offline
``bordermap geocode`` never uses.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "CREDENTIAL_ARGUMENTS",
    "DEFAULT_LIMIT",
    "DEFAULT_MIN_DELAY",
    "DEFAULT_TIMEOUT",
    "LINK_NAMES",
    "MAX_SECONDS",
    "POLICY_MIN_DELAY",
    "USER_AGENT_ENV",
    "RetryPolicy",
    "credential_variable",
]

#: Names of the links a geocoder chain can be built from, in the default order.
LINK_NAMES: tuple[str, ...] = ("cache", "gazetteer", "online")

#: Longest ``timeout`` and ``min_delay`` accepted, seconds: beyond an hour a value is
#: a typo, and the operating system refuses waits of astronomical length.
MAX_SECONDS = 3600.0

#: Environment variable holding the default user agent.
USER_AGENT_ENV = "BORDERMAP_USER_AGENT"

#: Pause between requests unless configured otherwise, seconds.
DEFAULT_MIN_DELAY = 1.0

#: Seconds to wait for an answer unless configured otherwise.
DEFAULT_TIMEOUT = 10.0

#: Candidates asked of a service per query, to see rivals of the first.
DEFAULT_LIMIT = 10

#: Hard floors set by public services' usage policies: (service, domain) → seconds.
#: https://operations.osmfoundation.org/policies/nominatim/ ("an absolute maximum of
#: 1 request per second").  Self-hosted instances set their own pace.
POLICY_MIN_DELAY: dict[tuple[str, str], float] = {
    ("nominatim", "nominatim.openstreetmap.org"): 1.0,
    ("photon", "photon.komoot.io"): 1.0,
}

#: Constructor arguments of geopy geocoders that carry credentials; read from
#: ``BORDERMAP_<SERVICE>_<ARGUMENT>`` (e.g. ``BORDERMAP_OPENCAGE_API_KEY``).
CREDENTIAL_ARGUMENTS: tuple[str, ...] = (
    "api_key",
    "username",
    "password",
    "client_id",
    "secret_key",
    "auth_id",
    "auth_token",
    "app_id",
    "subscription_key",
)


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry a request that failed for a passing reason.

    Attributes
    ----------
    max_attempts : int
        Requests per query at most, the first included.
    backoff_seconds : float
        Wait after the first failure; doubled after each further one.
    max_backoff_seconds : float
        Cap of the doubled wait.
    max_retry_after_seconds : float
        Longest ``Retry-After`` honoured; a service asking for more ends the run
        with a message saying how long it asked for.
    """

    max_attempts: int = 5
    backoff_seconds: float = 1.0
    max_backoff_seconds: float = 60.0
    max_retry_after_seconds: float = 300.0

    def backoff(self, attempt: int) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (1-based)."""
        return min(self.backoff_seconds * 2 ** (attempt - 1), self.max_backoff_seconds)


def credential_variable(service: str, argument: str) -> str:
    """Return the environment variable read for ``argument`` of ``service``."""
    return f"BORDERMAP_{service.upper()}_{argument.upper()}"
