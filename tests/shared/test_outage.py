"""The store goes away in the middle of a run and comes back empty: nothing IG would refuse is sent, and what
was spent meanwhile is back in the store before anybody books again."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from ig_sdk import IGClient, RateLimits
from ig_sdk._generated.operation_table import OPERATIONS
from ig_sdk.shared import RedisRateLimiter
from ig_sdk.testing import API_KEY, PASSWORD, SPREADBET_ACCOUNT_ID, USERNAME, IGSimulator, SimulatorConfig
from ig_sdk.testing.redis_server import RedisServer
from tests.integration.conftest import logged_http

LIMITS = RateLimits(non_trading=10, application=1_000)


@pytest.fixture
def live_sim() -> Iterator[IGSimulator]:
    with IGSimulator(SimulatorConfig(tick_interval=3600.0)) as sim:
        sim.set_allowances(enforce=True, account_overall=10, application_overall=1_000)
        yield sim


def shared_limiter(url: str) -> RedisRateLimiter:
    return RedisRateLimiter(
        url, api_key=API_KEY, account_id=SPREADBET_ACCOUNT_ID, limits=LIMITS, retry_every=0.2
    )


def test_the_store_goes_away_and_comes_back_mid_run(
    live_sim: IGSimulator, redis_server: RedisServer, redis_url: str
) -> None:
    http, log = logged_http(live_sim)
    limiters = [shared_limiter(redis_url), shared_limiter(redis_url)]
    bots = [
        IGClient(
            username=USERNAME,
            password=PASSWORD,
            api_key=API_KEY,
            base_url=live_sim.rest_url,
            http_client=http,
            max_retries=0,
            rate_limit=limiter,
        )
        for limiter in limiters
    ]
    a, b = bots
    for bot in (a, b, a, b):  # four requests booked in the store
        bot.accounts.list_v1()
    redis_server.stop()
    started = time.monotonic()
    for bot in (a, b, a, b, a, b):  # each paces alone at its half of the 10, its own two included
        bot.accounts.list_v1()
    assert time.monotonic() - started < 10  # a dead store costs bounded attempts, not waits
    assert all(limiter.in_fallback for limiter in limiters)

    redis_server.start()  # back, and empty
    time.sleep(0.3)
    for limiter in limiters:
        limiter.snapshot()  # the first use of the store writes the journal back
    assert not any(limiter.in_fallback for limiter in limiters)
    state = limiters[0].snapshot().non_trading
    assert state.capacity - state.available == 10
    # A newcomer sees the spent allowance: its first request would wait for the window, not be refused.
    newcomer = shared_limiter(redis_url)
    assert newcomer.reserve(OPERATIONS["getAccountsV1"]) > 50

    assert log.count("GET", "/accounts") == 10
    assert 403 not in log.statuses  # IG (the simulator) refused nothing
    for bot in bots:
        bot.close()
    for limiter in (*limiters, newcomer):
        limiter.close()
    http.close()
