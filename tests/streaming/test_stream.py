"""The connection manager and client.stream API over the in-memory fake transport."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest

from ig_sdk._generated.streaming import ChartTick, PriceUpdate
from ig_sdk.streaming import (
    AsyncStream,
    RetiredItemError,
    StatusEvent,
    Stream,
    StreamAuthenticationError,
    StreamOptions,
    StreamProtocolVersionError,
    StreamStatus,
    SubscriptionError,
    SubscriptionLimitError,
)
from ig_sdk.streaming._transport import ConnectionEvents, TransportOptions
from tests.streaming.fakes import FakeClient, FakeTransport

EPIC = "CS.D.EURUSD.CFD.IP"


def wait_for(predicate: Callable[[], object], timeout: float = 3.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.005)


class Harness:
    def __init__(self, **options: Any) -> None:
        self.client = FakeClient()
        self.transports: list[FakeTransport] = []
        self.events: list[StatusEvent] = []

        def factory(events: ConnectionEvents, opts: TransportOptions) -> FakeTransport:
            transport = FakeTransport(events, opts)
            self.transports.append(transport)
            return transport

        self.stream = Stream(self.client, StreamOptions(transport_factory=factory, **options))  # type: ignore[arg-type]

    @property
    def fake(self) -> FakeTransport:
        wait_for(lambda: self.transports)
        return self.transports[0]


@pytest.fixture
def h() -> Iterator[Harness]:
    harness = Harness()
    harness.stream.on_status(harness.events.append)
    yield harness
    harness.stream.close()


def test_prices_connect_with_ig_credentials_and_pricing_adapter(h: Harness) -> None:
    sub = h.stream.prices(EPIC)
    wait_for(lambda: h.fake.connects and h.fake.active("PRICE"))
    assert h.fake.connects == [("http://ls.test", "ACC1", "CST-c1|XST-x1")]
    (price,) = h.fake.active("PRICE")
    assert price.items == [f"PRICE:ACC1:{EPIC}"]
    assert price.adapter == "Pricing"
    assert price.mode == "MERGE"
    assert len(price.fields) == 86
    (heartbeat,) = h.fake.active("TRADE:HB")
    assert heartbeat.fields == ["HEARTBEAT"]
    h.fake.push(f"PRICE:ACC1:{EPIC}", {"BIDPRICE1": "1.1", "ASKQUOTEID": "Q9"}, snapshot=True)
    update = sub.get(timeout=2)
    assert isinstance(update, PriceUpdate)
    assert update.bid_price_1 == Decimal("1.1")
    assert update.ask_quote_id == "Q9"
    assert update.snapshot
    assert sub.items == [f"PRICE:ACC1:{EPIC}"]


def test_iteration_and_unsubscribe(h: Harness) -> None:
    sub = h.stream.charts(EPIC, "TICK")
    wait_for(lambda: h.fake.active("CHART"))
    for i in range(3):
        h.fake.push(f"CHART:{EPIC}:TICK", {"BID": str(i)})
    got = []
    for tick in sub:
        assert isinstance(tick, ChartTick)
        got.append(tick.bid)
        if len(got) == 3:
            break
    assert got == [Decimal(0), Decimal(1), Decimal(2)]
    sub.close()
    assert not h.fake.active("CHART")
    assert list(sub) == []  # closed: iteration ends


def test_callbacks_run_off_the_library_thread_and_survive_exceptions(h: Harness) -> None:
    seen: list[tuple[Decimal | None, int]] = []
    done = threading.Event()

    def on_update(update: Any) -> None:
        seen.append((update.pnl, threading.get_ident()))
        if update.pnl == Decimal(1):
            raise RuntimeError("user bug")
        if update.pnl == Decimal(2):
            done.set()

    h.stream.account(on_update=on_update)
    wait_for(lambda: h.fake.active("ACCOUNT"))
    h.fake.push("ACCOUNT:ACC1", {"PNL": "1"})
    wait_for(lambda: seen)
    h.fake.push("ACCOUNT:ACC1", {"PNL": "2"})
    assert done.wait(3)
    assert threading.get_ident() not in {ident for _, ident in seen}


def test_subscription_limit_is_enforced_before_sending(h: Harness) -> None:
    harness = Harness(subscription_limit=3)
    try:
        first = harness.stream.prices(EPIC)
        harness.stream.trades()
        assert harness.stream.subscription_count == 3  # two plus the heartbeat
        with pytest.raises(SubscriptionLimitError, match="3 subscriptions"):
            harness.stream.account()
        first.close()
        harness.stream.account()
        wait_for(lambda: harness.fake.active("ACCOUNT"))
        assert len(harness.fake.active()) == 3
    finally:
        harness.stream.close()


def test_retired_market_item_is_refused_with_the_price_equivalent(h: Harness) -> None:
    with pytest.raises(RetiredItemError, match="BIDPRICE1"):
        h.stream.prices("MARKET:" + EPIC)
    with pytest.raises(RetiredItemError, match="PRICE"):
        h.stream.prices("L1:" + EPIC)
    with pytest.raises(RetiredItemError):
        h.stream.market(EPIC)
    with pytest.raises(ValueError, match="scale"):
        h.stream.charts(EPIC, "DAY")  # type: ignore[call-overload]


def test_protocol_error_65_names_the_library_version(h: Harness) -> None:
    sub = h.stream.prices(EPIC)
    wait_for(lambda: h.fake.connects)
    h.fake.events.on_server_error(65, "Unsupported protocol version: 2.5.0")
    with pytest.raises(StreamProtocolVersionError, match=r"lightstreamer-client-lib 1\.0\.3"):
        sub.get(timeout=3)
    assert h.stream.status is not None
    assert h.stream.status.status is StreamStatus.FAILED


def test_bad_credentials_relogin_once_then_typed_error(h: Harness) -> None:
    sub = h.stream.trades()
    wait_for(lambda: h.fake.connects)
    h.fake.events.on_server_error(1, "User/password check failed")
    wait_for(lambda: len(h.fake.connects) == 2)
    assert h.client.logins == 1
    assert h.fake.connects[1][2] == "CST-c2|XST-x2"
    h.fake.events.on_server_error(1, "User/password check failed")
    with pytest.raises(StreamAuthenticationError):
        sub.get(timeout=3)
    time.sleep(0.3)
    assert len(h.fake.connects) == 2
    assert h.client.logins == 1


def test_session_end_reconnects_with_fresh_credentials(h: Harness) -> None:
    sub = h.stream.prices(EPIC)
    wait_for(lambda: h.fake.connects)
    h.fake.connected()
    h.client.generation = 7  # IG issued new tokens meanwhile
    h.fake.events.on_server_error(31, "Session closed")
    wait_for(lambda: len(h.fake.connects) == 2)
    assert h.fake.connects[1][2] == "CST-c7|XST-x7"
    assert h.fake.active("PRICE")  # the library keeps the subscription and re-sends it
    h.fake.connected(new_session=True)
    wait_for(lambda: any(e.status is StreamStatus.RESUBSCRIBED for e in h.events))
    h.fake.push(f"PRICE:ACC1:{EPIC}", {"BIDPRICE1": "2"})
    update = sub.get(timeout=2)
    assert update is not None
    assert update.bid_price_1 == Decimal(2)


def test_token_change_reconnects_with_the_new_password(h: Harness) -> None:
    h.stream.prices(EPIC)
    wait_for(lambda: h.fake.connects)
    h.client.change_session()
    wait_for(lambda: len(h.fake.connects) == 2)
    assert h.fake.connects[1][2] == "CST-c2|XST-x2"
    assert h.fake.disconnects == 1


def test_unchanged_tokens_do_not_reconnect(h: Harness) -> None:
    h.stream.prices(EPIC)
    wait_for(lambda: h.fake.connects)
    for listener in h.client.listeners:
        listener(object())
    wait_for(lambda: h.client.fetches >= 2)
    time.sleep(0.1)
    assert len(h.fake.connects) == 1


def test_account_switch_resubscribes_account_bound_items(h: Harness) -> None:
    h.stream.prices(EPIC)
    h.stream.charts(EPIC, "1MINUTE")
    wait_for(lambda: h.fake.active("PRICE") and h.fake.active("CHART"))
    h.client.change_session(account_id="ACC2")
    wait_for(lambda: h.fake.active("PRICE") and h.fake.active("PRICE")[0].items == [f"PRICE:ACC2:{EPIC}"])
    assert len(h.fake.active("CHART")) == 1
    assert h.fake.subs.count(h.fake.active("CHART")[0]) == 1
    assert h.stream.account_id == "ACC2"


def test_refused_item_raises_subscription_error_and_frees_the_slot(h: Harness) -> None:
    sub = h.stream.prices("UNKNOWN.EPIC")
    wait_for(lambda: h.fake.active("PRICE"))
    before = h.stream.subscription_count
    h.fake.active("PRICE")[0].events.on_subscription_error(21, "unknown epic")
    with pytest.raises(SubscriptionError, match=r"UNKNOWN\.EPIC"):
        sub.get(timeout=3)
    assert h.stream.subscription_count == before - 1


def test_silence_past_stale_after_reconnects() -> None:
    harness = Harness(stale_after=0.3)
    events: list[StatusEvent] = []
    harness.stream.on_status(events.append)
    try:
        harness.stream.prices(EPIC)
        wait_for(lambda: harness.fake.connects)
        harness.fake.connected()
        wait_for(lambda: len(harness.fake.connects) >= 2, timeout=5)
        assert any(e.status is StreamStatus.STALE for e in events)
    finally:
        harness.stream.close()


def test_close_ends_iterators_and_disconnects(h: Harness) -> None:
    sub = h.stream.account()
    wait_for(lambda: h.fake.connects)
    h.stream.close()
    assert h.fake.disconnects >= 1
    with pytest.raises(Exception, match="closed"):
        sub.get(timeout=1)


@pytest.mark.asyncio
async def test_async_stream_iterates_and_fetches_credentials_on_the_loop() -> None:
    client = FakeClient()
    transports: list[FakeTransport] = []

    async def streaming_credentials() -> Any:
        return FakeClient.streaming_credentials(client)

    async_client: Any = type("AsyncFake", (), {})()
    async_client.streaming_credentials = streaming_credentials
    async_client.login = None
    async_client.on_session_change = client.on_session_change
    async_client.rate_limits = None

    def factory(events: ConnectionEvents, opts: TransportOptions) -> FakeTransport:
        transports.append(FakeTransport(events, opts))
        return transports[-1]

    stream = AsyncStream(async_client, StreamOptions(transport_factory=factory))
    try:
        sub = stream.prices(EPIC)
        for _ in range(300):
            if transports and transports[0].active("PRICE"):
                break
            await asyncio.sleep(0.01)
        fake = transports[0]
        assert fake.connects[0][2] == "CST-c1|XST-x1"
        threading.Thread(target=fake.push, args=(f"PRICE:ACC1:{EPIC}", {"ASKPRICE1": "3"})).start()
        update = await asyncio.wait_for(sub.__anext__(), 3)
        assert update.ask_price_1 == Decimal(3)
        got: list[Decimal | None] = []
        stream.account(on_update=lambda u: got.append(u.pnl))
        for _ in range(300):
            if fake.active("ACCOUNT"):
                break
            await asyncio.sleep(0.01)
        fake.push("ACCOUNT:ACC1", {"PNL": "5"})
        for _ in range(300):
            if got:
                break
            await asyncio.sleep(0.01)
        assert got == [Decimal(5)]
    finally:
        await asyncio.get_running_loop().run_in_executor(None, stream.close)
