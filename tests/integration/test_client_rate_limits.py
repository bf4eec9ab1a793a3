"""IG's allowances (issue 4) against the simulator's own enforcement, on one shared virtual clock.

The simulator and the SDK's limiter read the same ``ManualClock`` and the client's sleep advances it, so a
burst that needs minutes of allowance runs in milliseconds and the two sides agree on what a minute is.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from ig_sdk.testing import API_KEY, PASSWORD, USERNAME, IGSimulator, ManualClock

from .conftest import logged_async_http, logged_http, make_async_client, make_client

pytestmark = pytest.mark.timeout(60)

NON_TRADING = 10
TRADING = 5
BURST = 25
ALLOWANCE_CODES = {
    "error.public-api.exceeded-account-allowance",
    "error.public-api.exceeded-account-trading-allowance",
    "error.public-api.exceeded-api-key-allowance",
}


def _enforce(sim: IGSimulator) -> None:
    sim.set_allowances(
        enforce=True, account_overall=NON_TRADING, account_trading=TRADING, application_overall=1000
    )


def _open_args(i: int) -> dict[str, Any]:
    return {
        "epic": "CS.D.EURUSD.TODAY.IP",
        "expiry": "DFB",
        "direction": "BUY" if i % 2 == 0 else "SELL",
        "size": 1,
        "order_type": "MARKET",
        "currency_code": "GBP",
        "force_open": True,
        "guaranteed_stop": False,
    }


def _raw_burst(sim: IGSimulator) -> list[str]:
    """The same burst without the SDK: the allowance error codes the simulator answered with."""
    codes: list[str] = []
    with httpx.Client(base_url=sim.rest_url, timeout=10, headers={"X-IG-API-KEY": API_KEY}) as http:
        login = http.post(
            "/session", json={"identifier": USERNAME, "password": PASSWORD}, headers={"VERSION": "2"}
        )
        auth = {"CST": login.headers["CST"], "X-SECURITY-TOKEN": login.headers["X-SECURITY-TOKEN"]}
        for _ in range(BURST):
            r = http.get("/accounts", headers={**auth, "VERSION": "1"})
            if r.status_code != 200:
                codes.append(r.json().get("errorCode", ""))
    return codes


def test_sdk_burst_gets_no_allowance_error_where_raw_httpx_does(
    fresh_sim: IGSimulator, sim_clock: ManualClock
) -> None:
    _enforce(fresh_sim)
    threads_before = set(threading.enumerate())
    http, log = logged_http(fresh_sim)
    start = sim_clock.now()
    with (
        http,
        make_client(
            fresh_sim, http_client=http, rate_limit=True, clock=sim_clock, sleep=sim_clock.advance
        ) as c,
    ):
        state = c.load_rate_limits()  # adopt the allowances the simulator reports for the key
        assert state is not None
        assert (state.limits.non_trading, state.limits.trading) == (NON_TRADING, TRADING)
        for i in range(BURST):
            c.accounts.list()
            if i < 2 * TRADING:
                c.positions.create_v2(**_open_args(i))
    elapsed = sim_clock.now() - start
    assert 403 not in log.statuses
    assert log.count("GET", "/accounts") == BURST  # nothing was refused, so nothing was retried
    # 26 non-trading calls at 10 a minute need two full windows of waiting, and not much more.
    assert 120 <= elapsed < 3 * 61
    assert set(threading.enumerate()) <= threads_before

    sim_clock.advance(120)  # a fresh minute on the simulator for the raw burst
    codes = _raw_burst(fresh_sim)
    assert codes == ["error.public-api.exceeded-account-allowance"] * (BURST - NON_TRADING)


@pytest.mark.asyncio
async def test_async_burst_gets_no_allowance_error(fresh_sim: IGSimulator, sim_clock: ManualClock) -> None:
    _enforce(fresh_sim)
    threads_before = set(threading.enumerate())
    finished = 0

    def quiescent(sleeping: int) -> bool:
        # Every call of the burst is either asleep in the limiter or answered: none is on its way.
        return finished + sleeping == BURST

    http, log = logged_async_http(fresh_sim)
    async with (
        http,
        make_async_client(
            fresh_sim,
            http_client=http,
            rate_limit=True,
            clock=sim_clock,
            sleep=VirtualSleep(sim_clock, quiescent),
        ) as c,
    ):
        await c.load_rate_limits()

        async def list_accounts() -> None:
            nonlocal finished
            await c.accounts.list()
            finished += 1

        await asyncio.gather(*(list_accounts() for _ in range(BURST)))
    assert 403 not in log.statuses
    assert log.count("GET", "/accounts") == BURST
    assert set(threading.enumerate()) <= threads_before


class VirtualSleep:
    """An async sleep on the shared virtual clock that wakes sleepers in the order of their deadlines.

    Virtual time moves to the earliest pending deadline only when ``quiescent(sleepers)`` says no released
    call is still on its way to the simulator. A fixed real-time pause instead lost the race on a loaded
    machine: a call released before a jump reached the simulator after it, in the next virtual minute.
    """

    LIMIT = 10.0

    def __init__(self, clock: ManualClock, quiescent: Callable[[int], bool]) -> None:
        self._clock = clock
        self._quiescent = quiescent
        self._pending: list[float] = []

    async def __call__(self, seconds: float) -> None:
        until = self._clock.now() + seconds
        self._pending.append(until)
        loop = asyncio.get_running_loop()
        give_up = loop.time() + self.LIMIT
        try:
            while self._clock.now() < until:
                assert loop.time() < give_up, "virtual sleep never woke"
                if min(self._pending) == until and self._quiescent(len(self._pending)):
                    self._clock.set(until)
                    break
                await asyncio.sleep(0.01)
        finally:
            self._pending.remove(until)


def test_no_thread_outlives_a_client(sim: IGSimulator) -> None:
    before = set(threading.enumerate())
    with make_client(sim, rate_limit=True) as c:
        c.accounts.list()
        c.markets.search_v1(search_term="gold")
    assert set(threading.enumerate()) <= before
