"""No fill lost, none handled twice: the TRADE stream through a faulty network, against the simulator.

A second client places 45 deals (openings and closings) over about 90 s while the first streams TRADE, and
prices, through a TCP proxy that resets connections, closes them cleanly, refuses them for 30 s and stalls
them; the REST session expires (IG ends the stream with END 31) and the server ends a session with END 48.
Every confirmation must arrive exactly once, live or recovered; every new Lightstreamer session must be
signalled as a gap. The test asserts on delivery, duplicates and gaps, never on tight timings (the machine
may be loaded); the time prices took to resume after each fault is measured and printed.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any, Final

import pytest

from ig_sdk import AsyncIGClient, IGClient
from ig_sdk._auth import StreamingCredentials
from ig_sdk.errors import APIError
from ig_sdk.streaming import (
    AsyncStream,
    DealConfirmed,
    EventOrigin,
    PriceUpdate,
    Stream,
    StreamGap,
    StreamOptions,
    TradeEvent,
)
from ig_sdk.testing import IGSimulator, SimulatorConfig, trading_start
from ig_sdk.testing._lightstreamer import LightstreamerServer
from tests.integration.tcp_proxy import TcpProxy

EPIC: Final = "CS.D.EURUSD.TODAY.IP"
DEALS: Final = 45
DEAL_EVERY_S: Final = 2.0
SETTLE_S: Final = 120.0  # bound on the wait for the last recoveries once dealing is over
OPEN: Final[dict[str, Any]] = {
    "epic": EPIC,
    "expiry": "DFB",
    "size": 1,
    "order_type": "MARKET",
    "currency_code": "GBP",
    "force_open": True,
    "guaranteed_stop": False,
}


class ProxiedClient(IGClient):
    """The streaming client: REST goes straight to the simulator, Lightstreamer through the proxy."""

    proxy_port = 0

    def streaming_credentials(self) -> StreamingCredentials:
        credentials = super().streaming_credentials()
        return replace(credentials, endpoint=f"http://127.0.0.1:{self.proxy_port}")


@dataclass
class Observed:
    """What the streaming client's callbacks saw (written on their threads, read by the test)."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    confirmations: list[DealConfirmed] = field(default_factory=list)
    gaps: list[StreamGap] = field(default_factory=list)
    price_times: list[float] = field(default_factory=list)
    recovered_events: int = 0
    """Recovered events of every kind (confirmations, position and order changes)."""

    def on_trade(self, event: TradeEvent) -> None:
        with self.lock:
            if not isinstance(event, StreamGap) and event.origin is EventOrigin.RECOVERED:
                self.recovered_events += 1
            if isinstance(event, DealConfirmed):
                self.confirmations.append(event)
            elif isinstance(event, StreamGap):
                self.gaps.append(event)

    def on_price(self, update: PriceUpdate) -> None:
        with self.lock:
            self.price_times.append(time.monotonic())

    def delivered(self) -> Counter[str]:
        with self.lock:
            return Counter(
                e.confirmation.deal_reference or ""
                for e in self.confirmations
                if e.origin is not EventOrigin.REPLAYED
            )

    def first_price_after(self, moment: float) -> float | None:
        with self.lock:
            return next((t for t in self.price_times if t > moment), None)


@pytest.fixture
def simulator() -> Iterator[IGSimulator]:
    # Now, or when FX reopens at a weekend (the deals would be refused while it is shut); near real time,
    # because the client heals gaps by asking for the activity of the last minutes.
    with IGSimulator(SimulatorConfig(tick_interval=0.25, start=trading_start())) as sim:
        yield sim


def wait_until(predicate: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def place_deals(trader: IGClient, references: list[str], stop: threading.Event) -> None:
    """Open and close positions, one deal every DEAL_EVERY_S seconds, each reference tried until IG has it."""
    opened: list[str] = []
    for n in range(DEALS):
        if stop.is_set():
            return
        started = time.monotonic()
        closing = n % 3 == 2 and bool(opened)
        for _attempt in range(5):  # the REST session may have just expired: log in again, same reference
            try:
                if closing:
                    answer = trader.positions.close_v1(
                        deal_id=opened[-1], direction="SELL", size=1, order_type="MARKET"
                    )
                else:
                    answer = trader.positions.create_v2(direction="BUY", **OPEN)
                break
            except APIError:
                trader.login()
        else:
            raise AssertionError(f"deal {n} could not be placed")
        references.append(answer.deal_reference)
        if closing:
            opened.pop()
        else:
            confirmation = trader.deals.confirm(answer.deal_reference, timeout=10)
            assert confirmation.deal_id is not None
            opened.append(confirmation.deal_id)
        stop.wait(max(0.0, DEAL_EVERY_S - (time.monotonic() - started)))


def resumed_after(observed: Observed, proxy: TcpProxy, moment: float) -> float | None:
    """Seconds from ``moment`` to the first price that came over a connection opened after it."""
    reconnected = next((t for t in proxy.accept_times if t > moment), None)
    first = observed.first_price_after(reconnected) if reconnected is not None else None
    return None if first is None else round(first - moment, 2)


def trade_adds(ls: LightstreamerServer, account_id: str) -> int:
    """TRADE subscriptions the server accepted requests for (each after the first is a re-subscription)."""
    return sum(
        1
        for r in ls.requests()
        if r.verb == "control"
        and r.params.get("LS_op") == "add"
        and r.params.get("LS_group") == f"TRADE:{account_id}"
    )


def test_every_confirmation_exactly_once_through_resets_refusals_stalls_expiry_and_end(
    simulator: IGSimulator,
) -> None:
    ls = simulator.engine.sink
    assert isinstance(ls, LightstreamerServer)
    port = int(simulator.base_url.rsplit(":", 1)[1])
    observed = Observed()
    references: list[str] = []
    resume: dict[str, float] = {}
    with (
        TcpProxy(port) as proxy,
        IGClient(
            username=simulator.username,
            password=simulator.password,
            api_key=simulator.api_key,
            base_url=simulator.rest_url,
        ) as trader,
    ):
        ProxiedClient.proxy_port = proxy.port
        with ProxiedClient(
            username=simulator.username,
            password=simulator.password,
            api_key=simulator.api_key,
            base_url=simulator.rest_url,
        ) as watcher:
            stream = Stream(watcher, StreamOptions())
            try:
                trades = stream.trades(on_update=observed.on_trade)
                stream.prices(EPIC, on_update=observed.on_price)
                assert trades.wait_active(30)
                assert wait_until(lambda: bool(observed.price_times), 30)
                account_id = stream.account_id
                assert account_id is not None

                stop = threading.Event()
                dealer = threading.Thread(target=place_deals, args=(trader, references, stop), daemon=True)
                dealer.start()

                def fault(name: str, at: float, action: Callable[[], None], resumes_at: float = 0.0) -> None:
                    wait_until(lambda: time.monotonic() >= t0 + at, at + 5)
                    moment = time.monotonic()
                    action()
                    resume[name] = moment + resumes_at

                t0 = time.monotonic()
                fault("reset", 6, proxy.reset)
                fault("clean close", 14, proxy.close_clean)
                fault("refused 30 s", 22, lambda: proxy.refuse(30), resumes_at=30)
                fault("stall 20 s", 58, lambda: proxy.stall(20))
                fault("token expiry (END 31)", 66, simulator.engine.expire_all_sessions)
                fault("END 48", 76, lambda: ls.end_session(code=48, message="Session killed"))
                dealer.join(timeout=DEALS * DEAL_EVERY_S + 60)
                assert not dealer.is_alive(), "the deals were not all placed in time"
                stop.set()
                assert len(references) == DEALS

                everything = set(references)
                wait_until(lambda: everything <= set(observed.delivered()), SETTLE_S)
                counted = (trades.gaps, trades.recovered, trades.duplicates)
            finally:
                stream.close()

    delivered = observed.delivered()
    ours = {r: delivered[r] for r in references}
    live = sum(1 for e in observed.confirmations if e.origin is EventOrigin.LIVE)
    recovered = sum(1 for e in observed.confirmations if e.origin is EventOrigin.RECOVERED)
    duplicates = sum(n - 1 for n in delivered.values() if n > 1)
    resubscriptions = trade_adds(ls, account_id) - 1
    resumed = {name: resumed_after(observed, proxy, moment) for name, moment in resume.items()}
    print(
        f"\nTRADE fault run: {DEALS} deals, delivered {sum(1 for n in ours.values() if n)}"
        f" (live {live}, recovered {recovered}), duplicates {duplicates}, gaps {len(observed.gaps)}"
        f" ({Counter(str(g.reason) for g in observed.gaps)}), re-subscriptions {resubscriptions},"
        f" healed {sum(g.healed for g in observed.gaps)}; the subscription counted {counted[0]} gaps,"
        f" {counted[1]} recovered, {counted[2]} duplicates suppressed; seconds to resume prices: {resumed}"
    )
    missing = [r for r, n in ours.items() if n == 0]
    assert missing == [], f"confirmations never delivered: {missing}"
    assert duplicates == 0, {r: n for r, n in delivered.items() if n > 1}
    assert all(n == 1 for n in ours.values())
    # Every re-subscription (a new Lightstreamer session) is a gap the consumer was told about.
    assert resubscriptions >= 3  # refusal past the recovery timeout, END 31, END 48 at least
    assert len(observed.gaps) >= resubscriptions
    assert recovered > 0
    assert counted[0] == len(observed.gaps)
    assert counted[1] == observed.recovered_events == sum(g.recovered for g in observed.gaps)
    assert all(seconds is not None for seconds in resumed.values()), resumed  # prices came back every time


class ProxiedAsyncClient(AsyncIGClient):
    """The asyncio streaming client, with Lightstreamer through the proxy."""

    proxy_port = 0

    async def streaming_credentials(self) -> StreamingCredentials:
        credentials = await super().streaming_credentials()
        return replace(credentials, endpoint=f"http://127.0.0.1:{self.proxy_port}")


@pytest.mark.asyncio
async def test_async_stream_recovers_the_deals_of_a_lost_session_in_order(simulator: IGSimulator) -> None:
    ls = simulator.engine.sink
    assert isinstance(ls, LightstreamerServer)
    port = int(simulator.base_url.rsplit(":", 1)[1])
    user, password, key = simulator.username, simulator.password, simulator.api_key
    with (
        TcpProxy(port) as proxy,
        IGClient(username=user, password=password, api_key=key, base_url=simulator.rest_url) as trader,
    ):
        ProxiedAsyncClient.proxy_port = proxy.port
        async with ProxiedAsyncClient(
            username=user, password=password, api_key=key, base_url=simulator.rest_url
        ) as watcher:
            stream = AsyncStream(watcher, StreamOptions())
            try:
                trades = stream.trades()
                assert await trades.wait_active(30)
                assert await trades.get(timeout=1) is None  # the baseline is read: nothing happened yet

                def deal() -> str:
                    return trader.positions.create_v2(direction="BUY", **OPEN).deal_reference

                events: list[TradeEvent] = []

                async def collect(references: set[str]) -> None:
                    deadline = asyncio.get_running_loop().time() + 60
                    while asyncio.get_running_loop().time() < deadline:
                        seen = {e.confirmation.deal_reference for e in events if isinstance(e, DealConfirmed)}
                        if references <= seen:
                            return
                        event = await trades.get(timeout=0.5)
                        if event is not None:
                            events.append(event)

                live = [await asyncio.to_thread(deal) for _ in range(2)]
                await collect(set(live))
                proxy.refuse(5)  # the link is down ...
                missed = [await asyncio.to_thread(deal) for _ in range(3)]
                ls.end_session()  # ... and the server forgets the session: no recovery, a new session
                wanted = {*live, *missed}
                await collect(wanted)
            finally:
                stream.close()

    confirmed = [e for e in events if isinstance(e, DealConfirmed)]
    assert sorted(e.confirmation.deal_reference or "" for e in confirmed) == sorted(wanted)  # once each
    gap_at = next(i for i, e in enumerate(events) if isinstance(e, StreamGap))
    gap = events[gap_at]
    assert isinstance(gap, StreamGap)
    assert gap.healed
    by_reference = {e.confirmation.deal_reference: (events.index(e), e.origin) for e in confirmed}
    for reference in missed:
        position, origin = by_reference[reference]
        assert origin is EventOrigin.RECOVERED
        assert position > gap_at
    assert all(by_reference[r][1] is EventOrigin.LIVE and by_reference[r][0] < gap_at for r in live)
