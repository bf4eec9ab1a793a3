"""The shared limiter against a real Redis: same windows as the local limiter, atomic, shared, and safe when
the store goes away."""

from __future__ import annotations

import logging
import os
import signal
import threading
import time

import pytest

from ig_sdk._generated.operation_table import OPERATIONS
from ig_sdk._rate_limit import RateLimiter, RateLimits
from ig_sdk._rate_limit._redis import AsyncRedisRateLimiter, RedisRateLimiter
from ig_sdk.errors import PricePointsExceedAllowanceError
from ig_sdk.testing.redis_server import RedisServer

NON_TRADING = OPERATIONS["getAccountsV1"]
TRADING = next(op for op in OPERATIONS.values() if op.rate_bucket == "trading")
HISTORICAL = OPERATIONS["getPricesByNumberOfPointsV2"]
SMALL = RateLimits(non_trading=3, trading=2, application=4, historical=50)
WINDOW = 60.5


def limiter(
    url: str, *, api_key: str = "key-1", account: str = "ACC1", **options: object
) -> RedisRateLimiter:
    options.setdefault("limits", SMALL)
    return RedisRateLimiter(url, api_key=api_key, account_id=account, **options)  # type: ignore[arg-type]


def test_same_rolling_windows_as_the_local_limiter(redis_url: str) -> None:
    ops = [NON_TRADING, TRADING, NON_TRADING, NON_TRADING, TRADING, NON_TRADING, TRADING, NON_TRADING] * 2
    local = RateLimiter(SMALL)
    shared = limiter(redis_url)
    start = time.monotonic()
    local_delays = [local.reserve(op, start) for op in ops]
    shared_delays = [shared.reserve(op) + (time.monotonic() - start) for op in ops]
    shared.close()
    assert local_delays[-1] >= WINDOW  # the sequence spans the window
    assert shared_delays == pytest.approx(local_delays, abs=0.25)


def test_bookings_are_atomic_across_connections(redis_url: str) -> None:
    # 8 limiters (8 connection pools) book 40 slots at once against 10 a minute: any 60.5 s holds at most 10.
    limits = RateLimits(non_trading=10, application=1000)
    granted: list[float] = []
    lock = threading.Lock()

    def bot() -> None:
        mine = limiter(redis_url, limits=limits)
        for _ in range(5):
            at = time.monotonic() + mine.reserve(NON_TRADING)
            with lock:
                granted.append(at)
        mine.close()

    threads = [threading.Thread(target=bot) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    granted.sort()
    assert len(granted) == 40
    assert all(granted[i + 10] - granted[i] >= WINDOW - 0.05 for i in range(len(granted) - 10))
    assert granted[9] - granted[0] < 5  # the first ten went at once
    assert granted[-1] - granted[0] < 3 * WINDOW + 5


def test_keys_are_namespaced_by_api_key_and_account(redis_url: str) -> None:
    one = limiter(redis_url, limits=RateLimits(non_trading=1, application=2))
    same_account = limiter(redis_url, limits=RateLimits(non_trading=1, application=2))
    other_account = limiter(redis_url, account="ACC2", limits=RateLimits(non_trading=1, application=2))
    other_key = limiter(redis_url, api_key="key-2", limits=RateLimits(non_trading=1, application=2))
    assert one.reserve(NON_TRADING) == 0
    assert same_account.reserve(NON_TRADING) > 60  # same account: its one request is spent
    assert other_account.reserve(NON_TRADING) == 0  # another account of the key: its own allowance...
    assert one.reserve(TRADING) > 60  # ...but the key's overall allowance (2) is now spent
    assert other_key.reserve(NON_TRADING) == 0  # another key: nothing shared
    for each in (one, same_account, other_account, other_key):
        each.close()


def test_a_refusal_pauses_every_process(redis_url: str) -> None:
    a, b = limiter(redis_url), limiter(redis_url)
    a.penalise("trading", 7.0)
    assert b.reserve(TRADING) == pytest.approx(7.0, abs=0.3)
    assert b.reserve(NON_TRADING) == 0
    assert b.snapshot().trading.blocked_for > 6
    a.close()
    b.close()


def test_historical_points_are_shared(redis_url: str) -> None:
    a, b = limiter(redis_url), limiter(redis_url)
    assert a.reserve(HISTORICAL, params={"numPoints": 30}) == 0
    # a's 30 points are reserved until IG answers: b cannot take 30 more of the 50.
    with pytest.raises(PricePointsExceedAllowanceError):
        b.reserve(HISTORICAL, params={"numPoints": 30})
    a.observe(
        HISTORICAL,
        {},
        {"allowance": {"remainingAllowance": 20, "totalAllowance": 50, "allowanceExpiry": 600}},
    )
    state = b.snapshot().historical
    assert (state.remaining, state.reserved, state.reported) == (20, 0, True)
    assert state.resets_in == pytest.approx(600, abs=2)
    assert b.reserve(HISTORICAL, params={"numPoints": 20}) == 0
    a.close()
    b.close()
    # A new process (a new limiter) starts from what the store knows, not from a fresh 50.
    restarted = limiter(redis_url)
    assert restarted.snapshot().historical.available == 0
    with pytest.raises(PricePointsExceedAllowanceError):
        restarted.reserve(HISTORICAL, params={"numPoints": 1})
    restarted.close()


def test_store_outage_falls_back_then_writes_back(
    redis_server: RedisServer, redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    limits = RateLimits(non_trading=10, application=100)
    a = limiter(redis_url, limits=limits, retry_every=0.2)
    b = limiter(redis_url, limits=limits, retry_every=0.2)
    assert b.reserve(NON_TRADING) == 0
    assert a.reserve(NON_TRADING) == 0  # a has seen two processes sharing the account
    redis_server.stop()
    with caplog.at_level(logging.WARNING, logger="ig_sdk.rate_limit"):
        started = time.monotonic()
        delays = [a.reserve(NON_TRADING) for _ in range(6)]
        assert time.monotonic() - started < 2.0  # never waits on the dead store
    assert a.in_fallback
    # Local pacing at a's share (10 / 2 processes), its one earlier send included: four go at once.
    assert delays[:4] == [0, 0, 0, 0]
    assert min(delays[4:]) > 59
    assert "1/2 of each IG allowance" in caplog.text
    warnings = [r for r in caplog.records if "unreachable" in r.getMessage()]
    assert len(warnings) == 1
    assert "redis://" not in caplog.text  # the URL (which may hold a password) is never logged
    redis_server.start()  # empty: a restart without persistence lost everything
    time.sleep(0.25)
    # a writes its seven sends back (the six of the outage, two of them booked for later) before booking.
    assert a.reserve(NON_TRADING) == 0
    assert not a.in_fallback
    # b never saw the outage; its first booking finds a new store and writes its earlier send back too.
    assert b.reserve(NON_TRADING) == 0
    state = b.snapshot().non_trading
    assert state.capacity - state.available == 10
    assert "written back" in caplog.text
    a.close()
    b.close()


def test_a_hung_store_never_blocks_a_trading_call(redis_server: RedisServer, redis_url: str) -> None:
    a = limiter(redis_url, timeout=0.3)
    assert a.reserve(TRADING) == 0
    pid = redis_server.pid
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)
    try:
        started = time.monotonic()
        assert a.reserve(TRADING) == 0
        assert time.monotonic() - started < 1.0
        assert a.in_fallback
    finally:
        os.kill(pid, signal.SIGCONT)
    a.close()


async def _async_round(url: str) -> tuple[float, float, bool]:
    a = AsyncRedisRateLimiter(url, api_key="key-1", account_id="ACC1", limits=SMALL)
    sync = limiter(url)
    first = await a.reserve(TRADING)
    second = sync.reserve(TRADING)  # sync and async processes share one store
    await a.observe(HISTORICAL, {}, {"allowance": {"remainingAllowance": 7, "totalAllowance": 50}})
    seen = (await a.snapshot()).historical.remaining == sync.snapshot().historical.remaining == 7
    await a.close()
    sync.close()
    return first, second, seen


@pytest.mark.asyncio
async def test_the_async_limiter_shares_with_the_sync_one(redis_url: str) -> None:
    first, second, seen = await _async_round(redis_url)
    assert first == 0
    assert second == 0
    assert seen
