"""Fixtures for the SDK-against-simulator tests: a shared simulator, fresh ones, and sync/async clients.

The simulator runs on a frozen ``ManualClock`` set to a Tuesday morning, so every market is open and prices
are reproducible; the SDK keeps real time unless a test shares the simulator's clock with it on purpose.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
import pytest_asyncio

from ig_sdk import AsyncIGClient, IGClient
from ig_sdk.testing import API_KEY, PASSWORD, USERNAME, IGSimulator, ManualClock, SimulatorConfig

# A Tuesday at 10:00 UTC: every market the simulator lists is open.
MARKET_HOURS = datetime(2026, 6, 2, 10, 0, tzinfo=UTC)
# Long enough that the background ticker never runs: tests tick by hand when they need it.
NO_TICKS = 3600.0
# Short HTTP timeout so that a hung simulator fails a test instead of stalling the run.
HTTP_TIMEOUT = 10.0


def make_simulator(clock: ManualClock | None = None, **config: Any) -> IGSimulator:
    """A simulator (not yet started) on a frozen clock at market hours."""
    return IGSimulator(
        SimulatorConfig(tick_interval=NO_TICKS, **config), clock=clock or ManualClock(MARKET_HOURS)
    )


@pytest.fixture(scope="module")
def sim() -> Iterator[IGSimulator]:
    """One simulator for a whole test module (tests must not depend on each other's state)."""
    with make_simulator() as simulator:
        yield simulator


@pytest.fixture
def sim_clock() -> ManualClock:
    """The clock of :func:`fresh_sim`, to share with a client or to advance."""
    return ManualClock(MARKET_HOURS)


@pytest.fixture
def fresh_sim(sim_clock: ManualClock) -> Iterator[IGSimulator]:
    """A simulator of its own, for tests that change global state (API key, allowances, faults)."""
    with make_simulator(sim_clock) as simulator:
        yield simulator


@dataclass
class RequestLog:
    """Every request a client put on the wire, as ``(METHOD, path-after-the-gateway-prefix)``."""

    prefix: str
    sent: list[tuple[str, str]] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)
    """HTTP status of every answer received, in order."""

    def record(self, request: httpx.Request) -> None:
        path = request.url.path
        if path.startswith(self.prefix):
            path = path[len(self.prefix) :]
        method = request.headers.get("_method", request.method).upper()
        self.sent.append((method, path))

    def answered(self, response: httpx.Response) -> None:
        self.statuses.append(response.status_code)

    def count(self, method: str, path: str) -> int:
        """How many times ``method path`` was sent."""
        return self.sent.count((method, path))

    def logins(self) -> int:
        """How many login requests were sent."""
        return self.count("POST", "/session")


def _prefix(sim: IGSimulator) -> str:
    return httpx.URL(sim.rest_url).path


def logged_http(sim: IGSimulator) -> tuple[httpx.Client, RequestLog]:
    """An ``httpx.Client`` that records every request it sends, for exactly-once assertions."""
    log = RequestLog(_prefix(sim))
    hooks: dict[str, list[Callable[..., Any]]] = {"request": [log.record], "response": [log.answered]}
    return httpx.Client(timeout=HTTP_TIMEOUT, event_hooks=hooks), log


def logged_async_http(sim: IGSimulator) -> tuple[httpx.AsyncClient, RequestLog]:
    """The async twin of :func:`logged_http`."""
    log = RequestLog(_prefix(sim))

    async def on_request(request: httpx.Request) -> None:
        log.record(request)

    async def on_response(response: httpx.Response) -> None:
        log.answered(response)

    hooks: dict[str, list[Callable[..., Any]]] = {"request": [on_request], "response": [on_response]}
    return httpx.AsyncClient(timeout=HTTP_TIMEOUT, event_hooks=hooks), log


def make_client(sim: IGSimulator, **options: Any) -> IGClient:
    """An ``IGClient`` for the simulator's user; pacing off unless the test turns it on; answers strict."""
    options.setdefault("rate_limit", False)
    options.setdefault("strict_responses", True)
    options.setdefault("timeout", HTTP_TIMEOUT)
    return IGClient(username=USERNAME, password=PASSWORD, api_key=API_KEY, base_url=sim.rest_url, **options)


def make_async_client(sim: IGSimulator, **options: Any) -> AsyncIGClient:
    """An ``AsyncIGClient`` for the simulator's user; pacing off unless a test turns it on; answers strict."""
    options.setdefault("rate_limit", False)
    options.setdefault("strict_responses", True)
    options.setdefault("timeout", HTTP_TIMEOUT)
    return AsyncIGClient(
        username=USERNAME, password=PASSWORD, api_key=API_KEY, base_url=sim.rest_url, **options
    )


ClientFactory = Callable[..., IGClient]


@pytest.fixture
def client(sim: IGSimulator) -> Iterator[IGClient]:
    """A logged-out client on the shared simulator (it logs in on its first call)."""
    with make_client(sim) as c:
        yield c


@pytest.fixture
def new_client(sim: IGSimulator) -> Iterator[ClientFactory]:
    """Make extra clients on the shared simulator; all are closed after the test."""
    made: list[IGClient] = []

    def factory(**options: Any) -> IGClient:
        c = make_client(sim, **options)
        made.append(c)
        return c

    yield factory
    for c in made:
        c.close()


@pytest_asyncio.fixture
async def aclient(sim: IGSimulator) -> AsyncIterator[AsyncIGClient]:
    """An async client on the shared simulator."""
    async with make_async_client(sim) as c:
        yield c


# A market BUY of one EUR/USD daily-funded bet, as raw clients send it to POST /positions/otc VERSION 2.
OPEN_EURUSD: dict[str, Any] = {
    "epic": "CS.D.EURUSD.TODAY.IP",
    "expiry": "DFB",
    "direction": "BUY",
    "size": 1,
    "orderType": "MARKET",
    "currencyCode": "GBP",
    "forceOpen": True,
    "guaranteedStop": False,
}


@contextmanager
def raw_session(sim: IGSimulator) -> Iterator[httpx.Client]:
    """An ``httpx.Client`` on the simulator's REST base URL, logged in (v2 tokens as default headers)."""
    headers = {"X-IG-API-KEY": API_KEY}
    with httpx.Client(base_url=sim.rest_url, timeout=HTTP_TIMEOUT, headers=headers) as client:
        credentials = {"identifier": USERNAME, "password": PASSWORD}
        login = client.post("/session", json=credentials, headers={"VERSION": "2"})
        assert login.status_code == 200, login.text
        client.headers.update({name: login.headers[name] for name in ("CST", "X-SECURITY-TOKEN")})
        yield client
