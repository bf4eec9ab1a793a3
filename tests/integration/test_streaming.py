"""client.stream with the real lightstreamer-client-lib against the simulator's Lightstreamer server.

The simulator's market ticker is parked (one tick an hour) so each test publishes exactly the updates it
checks. Client timers are short so that drops and stalls are noticed within about a second. Every wait is
bounded.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest

from ig_sdk._client import AsyncIGClient, IGClient
from ig_sdk.streaming import (
    AsyncStream,
    ChartTick,
    DealConfirmed,
    StatusEvent,
    Stream,
    StreamAuthenticationError,
    StreamOptions,
    StreamProtocolVersionError,
    StreamStatus,
    SubscriptionError,
    SubscriptionLimitError,
    TransportOptions,
)
from ig_sdk.testing import API_KEY, TRADING_TIME, IGSimulator, SimulatorConfig
from ig_sdk.testing._lightstreamer import LightstreamerServer

EPIC = "CS.D.EURUSD.CFD.IP"
WAIT_S = 8.0

pytestmark = [
    pytest.mark.timeout(60),
    pytest.mark.filterwarnings("ignore:ssl=None is deprecated:DeprecationWarning"),
    # The library leaves a WebSocket-disposal coroutine unawaited when a connection is dropped.
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]

FAST = TransportOptions(
    forced_transport="WS-STREAMING",
    keepalive_ms=300,
    stalled_timeout_ms=300,
    reconnect_timeout_ms=500,
    retry_delay_ms=200,
    first_retry_max_delay_ms=50,
    session_recovery_timeout_ms=3000,
)


def wait_for(predicate: Callable[[], object], timeout: float = WAIT_S) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.01)


@pytest.fixture(scope="module")
def sim() -> Iterator[IGSimulator]:
    with IGSimulator(SimulatorConfig(tick_interval=3600, start=TRADING_TIME)) as simulator:
        yield simulator


@pytest.fixture
def ls(sim: IGSimulator) -> LightstreamerServer:
    server = sim.engine.sink
    assert isinstance(server, LightstreamerServer)
    server.clear_requests()
    return server


@pytest.fixture
def client(sim: IGSimulator) -> Iterator[IGClient]:
    with IGClient(
        username=sim.username, password=sim.password, api_key=sim.api_key, base_url=sim.rest_url
    ) as c:
        yield c


class Recorder:
    def __init__(self) -> None:
        self.events: list[StatusEvent] = []

    def __call__(self, event: StatusEvent) -> None:
        self.events.append(event)

    def seen(self, status: StreamStatus) -> bool:
        return any(e.status is status for e in self.events)


@pytest.fixture
def status() -> Recorder:
    return Recorder()


@pytest.fixture
def stream(client: IGClient, status: Recorder) -> Iterator[Stream]:
    s = Stream(client, StreamOptions(transport=FAST, stale_after=0))
    s.on_status(status)
    yield s
    s.close()


def price_item(stream: Stream) -> str:
    assert stream.account_id is not None
    return f"PRICE:{stream.account_id}:{EPIC}"


def test_auth_string_and_price_on_pricing_with_ladder_and_quote_id(
    stream: Stream, client: IGClient, ls: LightstreamerServer
) -> None:
    sub = stream.prices(EPIC)
    first = sub.get(timeout=WAIT_S)
    assert first is not None
    assert first.snapshot
    assert first.bid_price_1 is not None
    creds = client.streaming_credentials()
    (create,) = [r for r in ls.requests() if r.verb == "create_session"]
    assert create.params["LS_password"] == creds.password
    assert creds.password.startswith("CST-")
    assert "|XST-" in create.params["LS_password"]
    assert create.params["LS_user"] == creds.account_id
    add = next(r for r in ls.requests() if r.params.get("LS_group") == price_item(stream))
    assert add.params["LS_data_adapter"] == "Pricing"
    assert add.params["LS_mode"] == "MERGE"
    ls.publish(
        price_item(stream),
        {"BIDSIZE1": "5", "ASKSIZE1": "5", "BIDPRICE2": "1.0", "ASKPRICE2": "1.2", "ASKQUOTEID": "AQ-77"},
    )
    update = sub.get(timeout=WAIT_S)
    assert update is not None
    assert update.ask_quote_id == "AQ-77"
    expected = [t.ask_price for t in first.tiers]  # the simulator's own five-tier ladder
    expected[1] = Decimal("1.2")  # only tier 2's offer changed; the rest keep their values
    assert [t.ask_price for t in update.tiers] == expected
    assert update.tiers[0].bid_size == Decimal(5)
    assert update.bid_price_1 == first.bid_price_1  # unchanged field kept


def test_subscribe_unsubscribe_and_percent_encoded_json(
    stream: Stream, client: IGClient, ls: LightstreamerServer
) -> None:
    trades = stream.trades()
    assert trades.wait_active(WAIT_S)  # the server confirmed it: what is published now arrives
    assert trades.active
    account = stream.account_id
    assert (None, f"TRADE:{account}") in ls.subscribed_items()
    confirm = {
        "dealReference": "R|1,x%",
        "dealId": "DI#1",
        "direction": "SELL",
        "size": 2,
        "affectedDeals": [],
    }
    ls.publish(f"TRADE:{account}", {"CONFIRMS": json.dumps(confirm), "OPU": None, "WOU": None})
    update = trades.get(timeout=WAIT_S)
    assert isinstance(update, DealConfirmed)
    assert update.confirmation.deal_reference == "R|1,x%"
    assert update.confirmation.size == Decimal(2)
    trades.close()
    wait_for(lambda: any(r.params.get("LS_op") == "delete" for r in ls.requests()))
    assert not trades.active
    wait_for(lambda: (None, f"TRADE:{account}") not in ls.subscribed_items())


def test_dropped_connection_recovers_same_session_without_loss(
    stream: Stream, ls: LightstreamerServer, status: Recorder
) -> None:
    sub = stream.charts(EPIC, "TICK")
    wait_for(lambda: (None, f"CHART:{EPIC}:TICK") in ls.subscribed_items())
    wait_for(lambda: status.seen(StreamStatus.CONNECTED))
    sessions = set(ls.session_ids())
    ls.publish(f"CHART:{EPIC}:TICK", {"BID": "1"})
    ls.drop_connections()
    for i in range(2, 6):
        ls.publish(f"CHART:{EPIC}:TICK", {"BID": str(i)})
    got = [sub.get(timeout=WAIT_S) for _ in range(5)]
    assert [u.bid for u in got if isinstance(u, ChartTick)] == [Decimal(i) for i in range(1, 6)]
    assert set(ls.session_ids()) <= sessions
    assert not status.seen(StreamStatus.RESUBSCRIBED)


@pytest.mark.parametrize("code", [41, 31])
def test_session_end_gives_new_session_and_resubscribes(
    stream: Stream, client: IGClient, ls: LightstreamerServer, status: Recorder, code: int
) -> None:
    sub = stream.prices(EPIC)
    assert sub.get(timeout=WAIT_S) is not None
    wait_for(lambda: status.seen(StreamStatus.CONNECTED))
    old = set(ls.session_ids())
    ls.end_session(code=code)
    wait_for(lambda: status.seen(StreamStatus.RESUBSCRIBED))
    wait_for(lambda: set(ls.session_ids()) - old)
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        # Re-published until seen: the new session may not have re-added the item on the server yet.
        ls.publish(price_item(stream), {"ASKQUOTEID": "after-end"})
        update = sub.get(timeout=0.5)
        if update is not None and update.ask_quote_id == "after-end":
            break
    else:
        raise AssertionError("no update after the new session")


def test_stall_is_recovered(stream: Stream, client: IGClient, ls: LightstreamerServer) -> None:
    sub = stream.prices(EPIC)
    assert sub.get(timeout=WAIT_S) is not None
    ls.stall(1.5, lose_data=True)
    ls.publish(price_item(stream), {"BIDQUOTEID": "during-stall"})
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        update = sub.get(timeout=1)
        if update is not None and update.bid_quote_id == "during-stall":
            break
    else:
        raise AssertionError("the update sent during the stall never arrived")


def test_token_expiry_mid_stream_keeps_streaming(
    sim: IGSimulator, stream: Stream, client: IGClient, ls: LightstreamerServer, status: Recorder
) -> None:
    sub = stream.prices(EPIC)
    assert sub.get(timeout=WAIT_S) is not None
    wait_for(lambda: status.seen(StreamStatus.CONNECTED))
    old_password = client.streaming_credentials().password
    sim.expire_all_tokens()
    wait_for(lambda: status.seen(StreamStatus.RESUBSCRIBED), timeout=15)
    assert client.streaming_credentials().password != old_password
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        ls.publish(price_item(stream), {"ASKQUOTEID": "fresh"})
        update = sub.get(timeout=0.5)
        if update is not None and update.ask_quote_id == "fresh":
            break
    else:
        raise AssertionError("stream did not continue after the token expiry")
    assert stream.status is not None
    assert stream.status.status is not StreamStatus.FAILED


def test_subscription_limit(client: IGClient, ls: LightstreamerServer) -> None:
    s = Stream(client, StreamOptions(transport=FAST, subscription_limit=3))
    try:
        s.prices(EPIC)
        s.account()
        with pytest.raises(SubscriptionLimitError):
            s.trades()
        assert s.subscription_count == 3
    finally:
        s.close()


def test_subscription_limit_follows_what_ig_reports_for_the_key(client: IGClient) -> None:
    reported = client.load_rate_limits()
    assert reported is not None
    assert reported.subscriptions == 40  # the simulator's concurrentSubscriptionsLimit, read over REST
    limiter: Any = client._rate_limiter
    limiter.configure_from_application([{"apiKey": API_KEY, "concurrentSubscriptionsLimit": 2}], API_KEY)
    s = Stream(client, StreamOptions(transport=FAST))  # no explicit limit: IG's figure applies
    try:
        s.prices(EPIC)  # with the heartbeat item, that is two
        with pytest.raises(SubscriptionLimitError):
            s.account()
    finally:
        s.close()


def test_refused_item_is_a_typed_error(stream: Stream) -> None:
    sub = stream.prices("NO.SUCH.EPIC")
    with pytest.raises(SubscriptionError, match=r"NO\.SUCH\.EPIC"):
        sub.get(timeout=WAIT_S)


def test_slow_consumer_conflates_merge_and_keeps_every_distinct(
    stream: Stream, client: IGClient, ls: LightstreamerServer
) -> None:
    prices = stream.prices(EPIC)
    ticks = stream.charts(EPIC, "TICK")
    assert prices.get(timeout=WAIT_S) is not None
    wait_for(lambda: (None, f"CHART:{EPIC}:TICK") in ls.subscribed_items())
    count = 500
    for i in range(count):
        ls.publish(price_item(stream), {"BIDQUOTEID": f"q{i}"})
        ls.publish(f"CHART:{EPIC}:TICK", {"BID": str(i)})
    wait_for(lambda: ticks.pending >= count + 1)  # every tick, and the subscription's start mark
    assert prices.pending <= 1  # conflated: memory does not grow with the backlog
    latest = prices.get(timeout=WAIT_S)
    assert latest is not None
    assert latest.bid_quote_id == f"q{count - 1}"
    assert prices.conflated >= count - 2
    bids = [u.bid for u in (ticks.get(timeout=1) for _ in range(count)) if isinstance(u, ChartTick)]
    assert bids == [Decimal(i) for i in range(count)]
    assert ticks.dropped == 0


def test_no_token_in_any_log_record_at_debug(
    client: IGClient, ls: LightstreamerServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    s = Stream(client, StreamOptions(transport=FAST))
    try:
        sub = s.prices(EPIC)
        assert sub.get(timeout=WAIT_S) is not None
        password = client.streaming_credentials().password
        cst, xst = password[4:].split("|XST-")
        ls_records = [r for r in caplog.records if r.name.startswith("ig_sdk.lightstreamer")]
        assert any("create_session" in r.getMessage() or "LS_" in r.getMessage() for r in ls_records)
        for record in caplog.records:
            text = record.getMessage()
            assert cst not in text, record.name
            assert xst not in text, record.name
    finally:
        s.close()


class _BadCredentials:
    def __init__(self, endpoint: str) -> None:
        self.endpoint = endpoint
        self.logins = 0
        self.rate_limits = None

    def streaming_credentials(self) -> Any:
        from ig_sdk._auth import StreamingCredentials

        return StreamingCredentials(account_id="NOPE", password="CST-bad|XST-bad", endpoint=self.endpoint)

    def login(self) -> None:
        self.logins += 1

    def on_session_change(self, callback: Any) -> Callable[[], None]:
        return lambda: None


def test_bad_credentials_are_a_typed_error_without_retry_loop(
    sim: IGSimulator, ls: LightstreamerServer
) -> None:
    fake: Any = _BadCredentials(sim.lightstreamer_url)
    s = Stream(fake, StreamOptions(transport=FAST))
    try:
        sub = s.account()
        with pytest.raises(StreamAuthenticationError):
            sub.get(timeout=WAIT_S)
        time.sleep(0.5)
        assert fake.logins == 1
        assert len([r for r in ls.requests() if r.verb == "create_session"]) == 2
    finally:
        s.close()


def test_conerr_65_names_the_library_to_install(client: IGClient, ls: LightstreamerServer) -> None:
    ls.send_conerr(65, "Unsupported protocol version: 2.5.0")
    s = Stream(client, StreamOptions(transport=FAST))
    try:
        sub = s.account()
        with pytest.raises(StreamProtocolVersionError, match=r"1\.0\.3"):
            sub.get(timeout=WAIT_S)
    finally:
        s.close()


@pytest.mark.asyncio
async def test_async_client_streams_with_async_for(sim: IGSimulator) -> None:
    async with AsyncIGClient(
        username=sim.username, password=sim.password, api_key=sim.api_key, base_url=sim.rest_url
    ) as client:
        s = client.stream
        assert isinstance(s, AsyncStream)
        try:
            got = []
            async with asyncio.timeout(WAIT_S):
                async for price in s.prices(EPIC):
                    got.append(price)
                    break
            assert got[0].bid_price_1 is not None
            assert got[0].timestamp is not None
        finally:
            await asyncio.get_running_loop().run_in_executor(None, s.close)
    assert threading.active_count() > 0


def test_client_stream_property_is_the_public_entry_point(client: IGClient) -> None:
    stream = client.stream
    assert client.stream is stream
    try:
        with stream.charts(EPIC, "1MINUTE") as candles:
            sub = stream.prices(EPIC)
            price = sub.get(timeout=WAIT_S)
            assert price is not None
            assert price.bid_quote_id is not None
            assert candles.items == [f"CHART:{EPIC}:1MINUTE"]
    finally:
        stream.close()


def test_v3_oauth_session_streams_with_fetched_session_tokens(
    sim: IGSimulator, ls: LightstreamerServer
) -> None:
    with IGClient(
        username=sim.username,
        password=sim.password,
        api_key=sim.api_key,
        base_url=sim.rest_url,
        session_version=3,
    ) as v3:
        s = Stream(v3, StreamOptions(transport=FAST, stale_after=0))
        try:
            update = s.prices(EPIC).get(timeout=WAIT_S)
            assert update is not None
            assert update.bid_price_1 is not None
            create = next(r for r in ls.requests() if r.verb == "create_session")
            assert create.params["LS_password"].startswith("CST-")  # fetched with fetchSessionTokens
        finally:
            s.close()


def test_account_switch_moves_account_bound_items_to_the_new_account(
    sim: IGSimulator, ls: LightstreamerServer
) -> None:
    from ig_sdk.testing import CFD_ACCOUNT_ID, SPREADBET_ACCOUNT_ID

    with IGClient(
        username=sim.username, password=sim.password, api_key=sim.api_key, base_url=sim.rest_url
    ) as switching:
        s = Stream(switching, StreamOptions(transport=FAST, stale_after=0))
        try:
            prices = s.prices(EPIC)
            assert prices.wait_active(WAIT_S)
            assert prices.items == [f"PRICE:{SPREADBET_ACCOUNT_ID}:{EPIC}"]
            switching.switch_account(CFD_ACCOUNT_ID)
            wait_for(lambda: prices.items == [f"PRICE:{CFD_ACCOUNT_ID}:{EPIC}"] and prices.active)
            subscribed = {item for _adapter, item in ls.subscribed_items()}
            assert f"PRICE:{CFD_ACCOUNT_ID}:{EPIC}" in subscribed
            assert f"PRICE:{SPREADBET_ACCOUNT_ID}:{EPIC}" not in subscribed
            deadline = time.monotonic() + WAIT_S
            while (update := prices.get(timeout=WAIT_S)) is not None and time.monotonic() < deadline:
                if update.item == f"PRICE:{CFD_ACCOUNT_ID}:{EPIC}":
                    break
            assert update is not None
            assert update.item == f"PRICE:{CFD_ACCOUNT_ID}:{EPIC}"  # updates now come from the new account
        finally:
            s.close()
