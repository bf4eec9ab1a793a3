"""The simulator's Lightstreamer server driven by the real lightstreamer-client-lib over 127.0.0.1.

The server runs on its own event loop in a background thread, as inside the simulator; the client library runs
on its own threads. Every wait is a bounded wait on a condition.
"""

# The listener method names (onItemUpdate, ...) are dictated by lightstreamer-client-lib.
# ruff: noqa: N802

from __future__ import annotations

import asyncio
import json
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import pytest
from aiohttp import web
from lightstreamer.client import LightstreamerClient, Subscription

from ig_sdk.testing._lightstreamer import (
    TLCP_2_5,
    LightstreamerConfig,
    LightstreamerServer,
    register_lightstreamer,
)
from ig_sdk.testing._stream_api import ItemValues

ACCOUNT = "ABC123"
PASSWORD = "CST-c5t+tok/en|XST-x5t=tok"
PRICE_ITEM = f"PRICE:{ACCOUNT}:CS.D.EURUSD.CFD.IP"
PRICE_FIELDS = ["BIDPRICE1", "ASKPRICE1", "DLG_FLAG"]
TRADE_ITEM = f"TRADE:{ACCOUNT}"
TRADE_FIELDS = ["CONFIRMS", "OPU", "WOU"]
TRANSPORTS = ["WS-STREAMING", "HTTP-STREAMING"]
WAIT_S = 5.0

pytestmark = [
    pytest.mark.timeout(60),
    # lightstreamer-client-lib 1.0.3 passes ssl=None to aiohttp; the warning is attributed to aiohttp itself.
    pytest.mark.filterwarnings("ignore:ssl=None is deprecated:DeprecationWarning"),
]


class FakeSource:
    """A StreamSource with one account, a PRICE item on the Pricing adapter and a TRADE item."""

    def __init__(self) -> None:
        self.snapshots: dict[str, list[dict[str, str | None]]] = {}
        self.subscribed_items: list[tuple[str | None, str]] = []
        self.unsubscribed_items: list[tuple[str | None, str]] = []

    def authenticate(self, user: str | None, password: str) -> str | None:
        if password != PASSWORD or user not in (None, ACCOUNT):
            return None
        return ACCOUNT

    def validate_item(self, adapter: str | None, item: str, mode: str, fields: Sequence[str]) -> str | None:
        if item.startswith("PRICE:") and adapter == "Pricing" and mode == "MERGE":
            return None
        if item.startswith(("TRADE:", "CHART:")) and adapter is None:
            return None
        return f"Invalid item {item}"

    def snapshot(self, adapter: str | None, item: str, fields: Sequence[str]) -> Sequence[ItemValues]:
        return self.snapshots.get(item, [])

    def subscribed(self, adapter: str | None, item: str) -> None:
        self.subscribed_items.append((adapter, item))

    def unsubscribed(self, adapter: str | None, item: str) -> None:
        self.unsubscribed_items.append((adapter, item))


class Recorder:
    """Collects callbacks from the client library's event thread; tests wait on it with a timeout."""

    def __init__(self) -> None:
        self.events: list[tuple[Any, ...]] = []
        self._cond = threading.Condition()

    def add(self, *event: Any) -> None:
        with self._cond:
            self.events.append(event)
            self._cond.notify_all()

    def of(self, kind: str) -> list[tuple[Any, ...]]:
        with self._cond:
            return [e[1:] for e in self.events if e[0] == kind]

    def wait(self, predicate: Callable[[], bool], timeout: float = WAIT_S) -> bool:
        with self._cond:
            return self._cond.wait_for(predicate, timeout)

    def wait_count(self, kind: str, count: int, timeout: float = WAIT_S) -> list[tuple[Any, ...]]:
        assert self.wait(lambda: len(self._of_locked(kind)) >= count, timeout), (kind, count, self.events)
        return self.of(kind)

    def _of_locked(self, kind: str) -> list[tuple[Any, ...]]:
        return [e for e in self.events if e[0] == kind]


class ClientEvents(Recorder):
    """ClientListener by duck typing."""

    def onStatusChange(self, status: str) -> None:
        self.add("status", status)

    def onServerError(self, code: int, message: str) -> None:
        self.add("server_error", code, message)

    def onPropertyChange(self, name: str) -> None:
        pass

    def onListenStart(self) -> None:
        pass

    def onListenEnd(self) -> None:
        pass


class SubEvents(Recorder):
    """SubscriptionListener by duck typing; updates are recorded as (item, is_snapshot, {field: value})."""

    def __init__(self, fields: Sequence[str]) -> None:
        super().__init__()
        self._fields = list(fields)

    def onItemUpdate(self, update: Any) -> None:
        values = {f: update.getValue(f) for f in self._fields}
        self.add("update", update.getItemName(), update.isSnapshot(), values)

    def onSubscription(self) -> None:
        self.add("subscribed")

    def onSubscriptionError(self, code: int, message: str) -> None:
        self.add("error", code, message)

    def onUnsubscription(self) -> None:
        self.add("unsubscribed")

    def onEndOfSnapshot(self, item: str, pos: int) -> None:
        self.add("eos", item, pos)

    def onRealMaxFrequency(self, frequency: str | None) -> None:
        self.add("frequency", frequency)

    def onClearSnapshot(self, item: str, pos: int) -> None:
        self.add("clear", item, pos)

    def onItemLostUpdates(self, item: str, pos: int, lost: int) -> None:
        self.add("lost", item, pos, lost)

    def onCommandSecondLevelSubscriptionError(self, code: int, message: str, key: str) -> None:
        pass

    def onCommandSecondLevelItemLostUpdates(self, lost: int, key: str) -> None:
        pass

    def onListenStart(self) -> None:
        pass

    def onListenEnd(self) -> None:
        pass


class ServerThread:
    """An aiohttp app with the Lightstreamer routes, served on 127.0.0.1 from a background event loop."""

    def __init__(self, source: FakeSource, config: LightstreamerConfig) -> None:
        self.loop = asyncio.new_event_loop()
        app = web.Application()
        self.ls: LightstreamerServer = register_lightstreamer(app, source, config)
        self._runner = web.AppRunner(app, shutdown_timeout=1.0)
        self._thread = threading.Thread(target=self.loop.run_forever, name="ls-server", daemon=True)
        self.url = ""

    def start(self) -> None:
        self._thread.start()
        port = asyncio.run_coroutine_threadsafe(self._start(), self.loop).result(WAIT_S)
        self.url = f"http://127.0.0.1:{port}"

    async def _start(self) -> int:
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port: int = self._runner.addresses[0][1]
        return port

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(WAIT_S)
        self.loop.close()


@pytest.fixture
def source() -> FakeSource:
    return FakeSource()


@pytest.fixture
def config() -> LightstreamerConfig:
    return LightstreamerConfig()


@pytest.fixture
def server(source: FakeSource, config: LightstreamerConfig) -> Iterator[ServerThread]:
    thread = ServerThread(source, config)
    thread.start()
    yield thread
    thread.stop()


class Clients:
    """Creates clients configured for fast failure detection and disconnects them all at teardown."""

    def __init__(self, server: ServerThread) -> None:
        self._server = server
        self._made: list[tuple[Any, ClientEvents]] = []

    def make(
        self, transport: str, *, user: str | None = ACCOUNT, password: str = PASSWORD, connect: bool = True
    ) -> tuple[Any, ClientEvents]:
        client = LightstreamerClient(self._server.url, None)
        if user is not None:
            client.connectionDetails.setUser(user)
        client.connectionDetails.setPassword(password)
        options = client.connectionOptions
        options.setForcedTransport(transport)
        options.setKeepaliveInterval(300)
        options.setStalledTimeout(300)
        options.setReconnectTimeout(500)
        options.setRetryDelay(200)
        options.setFirstRetryMaxDelay(50)
        events = ClientEvents()
        client.addListener(events)
        self._made.append((client, events))
        if connect:
            client.connect()
        return client, events

    def close_all(self) -> None:
        for client, _ in self._made:
            client.disconnect()


@pytest.fixture
def clients(server: ServerThread) -> Iterator[Clients]:
    made = Clients(server)
    yield made
    made.close_all()


def connected(events: ClientEvents, transport: str) -> None:
    assert events.wait(lambda: events.of("status")[-1:] == [(f"CONNECTED:{transport}",)]), events.events


def subscribe(
    client: Any,
    mode: str,
    items: list[str],
    fields: list[str],
    adapter: str | None = None,
    snapshot: str = "yes",
) -> tuple[Any, SubEvents]:
    sub = Subscription(mode, items, fields)
    if adapter is not None:
        sub.setDataAdapter(adapter)
    sub.setRequestedSnapshot(snapshot)
    events = SubEvents(fields)
    sub.addListener(events)
    client.subscribe(sub)
    return sub, events


def requests_of(server: ServerThread, verb: str, **match: str) -> list[dict[str, str]]:
    return [
        dict(r.params)
        for r in server.ls.requests()
        if r.verb == verb and all(r.params.get(k) == v for k, v in match.items())
    ]


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_merge_snapshot_then_updates(
    server: ServerThread, clients: Clients, source: FakeSource, transport: str
) -> None:
    source.snapshots[PRICE_ITEM] = [{"BIDPRICE1": "1.1", "ASKPRICE1": "1.2", "DLG_FLAG": "DEAL"}]
    client, events = clients.make(transport)
    connected(events, transport)
    sub = Subscription("MERGE", [PRICE_ITEM], PRICE_FIELDS)
    sub.setDataAdapter("Pricing")
    sub.setRequestedSnapshot("yes")
    sub.setRequestedMaxFrequency("1")
    listener = SubEvents(PRICE_FIELDS)
    sub.addListener(listener)
    client.subscribe(sub)

    first = listener.wait_count("update", 1)[0]
    assert first == (PRICE_ITEM, True, {"BIDPRICE1": "1.1", "ASKPRICE1": "1.2", "DLG_FLAG": "DEAL"})
    server.ls.publish(PRICE_ITEM, {"BIDPRICE1": "1.3"})
    second = listener.wait_count("update", 2)[1]
    # MERGE: the unchanged fields keep their snapshot values on the client.
    assert second == (PRICE_ITEM, False, {"BIDPRICE1": "1.3", "ASKPRICE1": "1.2", "DLG_FLAG": "DEAL"})
    assert listener.wait_count("frequency", 1)[0] == ("1",)

    create = requests_of(server, "create_session")[0]
    assert create["LS_user"] == ACCOUNT
    assert create["LS_password"] == PASSWORD
    assert "LS_adapter_set" not in create
    add = requests_of(server, "control", LS_op="add")[0]
    assert add["LS_group"] == PRICE_ITEM
    assert add["LS_schema"] == " ".join(PRICE_FIELDS)
    assert (add["LS_mode"], add["LS_data_adapter"], add["LS_snapshot"]) == ("MERGE", "Pricing", "true")
    assert add["LS_requested_max_frequency"] == "1"
    assert source.subscribed_items == [("Pricing", PRICE_ITEM)]
    assert all(r.transport == transport.split("-")[0] for r in server.ls.requests())


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_distinct_snapshot_end_of_snapshot_and_escaping(
    server: ServerThread, clients: Clients, source: FakeSource, transport: str
) -> None:
    source.snapshots[TRADE_ITEM] = [{"CONFIRMS": '{"a":1}'}, {"OPU": '{"b":2}', "CONFIRMS": None}]
    client, events = clients.make(transport, user=None)
    connected(events, transport)
    _, listener = subscribe(client, "DISTINCT", [TRADE_ITEM], TRADE_FIELDS)

    snap = listener.wait_count("update", 2)
    assert snap == [
        (TRADE_ITEM, True, {"CONFIRMS": '{"a":1}', "OPU": None, "WOU": None}),
        (TRADE_ITEM, True, {"CONFIRMS": None, "OPU": '{"b":2}', "WOU": None}),
    ]
    assert listener.wait_count("eos", 1) == [(TRADE_ITEM, 1)]
    confirms = json.dumps({"dealReference": "R|1,2", "reason": "100% ok\r\nnext", "epic": "ü"})
    server.ls.publish(TRADE_ITEM, {"CONFIRMS": confirms, "OPU": "", "WOU": "#^$x"})
    server.ls.publish(TRADE_ITEM, {"WOU": None})
    updates = listener.wait_count("update", 4)
    assert updates[2] == (TRADE_ITEM, False, {"CONFIRMS": confirms, "OPU": "", "WOU": "#^$x"})
    # Fields left out of an update are "unchanged": the client repeats the previous event's values.
    assert updates[3] == (TRADE_ITEM, False, {"CONFIRMS": confirms, "OPU": "", "WOU": None})
    assert "LS_user" not in requests_of(server, "create_session")[0]


def test_unsubscribe_stops_updates(server: ServerThread, clients: Clients, source: FakeSource) -> None:
    client, events = clients.make("WS-STREAMING")
    connected(events, "WS-STREAMING")
    sub, listener = subscribe(client, "MERGE", [PRICE_ITEM], PRICE_FIELDS, adapter="Pricing")
    listener.wait_count("subscribed", 1)
    server.ls.publish(PRICE_ITEM, {"BIDPRICE1": "1"})
    listener.wait_count("update", 1)

    client.unsubscribe(sub)
    deadline = time.monotonic() + WAIT_S
    while not source.unsubscribed_items and time.monotonic() < deadline:
        time.sleep(0.02)
    assert source.unsubscribed_items == [("Pricing", PRICE_ITEM)]
    assert requests_of(server, "control", LS_op="delete")
    assert server.ls.subscribed_items() == []
    server.ls.publish(PRICE_ITEM, {"BIDPRICE1": "2"})
    assert not listener.wait(lambda: len(listener.of("update")) > 1, timeout=0.5)


@pytest.mark.parametrize("config", [LightstreamerConfig(max_subscriptions=2)])
def test_subscription_limit_and_refused_item(server: ServerThread, clients: Clients) -> None:
    client, events = clients.make("HTTP-STREAMING")
    connected(events, "HTTP-STREAMING")
    _, refused = subscribe(client, "MERGE", ["MARKET:CS.D.EURUSD.CFD.IP"], ["BID"])
    assert refused.wait_count("error", 1) == [(21, "Invalid item MARKET:CS.D.EURUSD.CFD.IP")]
    _, first = subscribe(client, "MERGE", [PRICE_ITEM], PRICE_FIELDS, adapter="Pricing")
    _, second = subscribe(client, "DISTINCT", [TRADE_ITEM], TRADE_FIELDS)
    first.wait_count("subscribed", 1)
    second.wait_count("subscribed", 1)
    _, third = subscribe(client, "DISTINCT", ["CHART:CS.D.EURUSD.CFD.IP:TICK"], ["BID"])
    assert third.wait_count("error", 1) == [(-1, "Subscription limit exceeded")]
    server.ls.publish(TRADE_ITEM, {"CONFIRMS": "{}"})
    assert second.wait_count("update", 1)[0][2]["CONFIRMS"] == "{}"


def test_bad_credentials_give_server_error_1(server: ServerThread, clients: Clients) -> None:
    _, events = clients.make("WS-STREAMING", password="CST-wrong|XST-wrong")
    assert events.wait_count("server_error", 1)[0][0] == 1
    assert events.wait(lambda: events.of("status")[-1:] == [("DISCONNECTED",)])
    assert server.ls.session_ids() == []
    # The request log keeps the password for assertions, but never shows it.
    assert "CST-wrong" not in repr(server.ls.requests())


@pytest.mark.parametrize("config", [LightstreamerConfig(protocol_versions=(TLCP_2_5,))])
@pytest.mark.parametrize("transport", TRANSPORTS)
def test_unaccepted_protocol_version_gives_conerr_65(
    server: ServerThread, clients: Clients, transport: str
) -> None:
    _, events = clients.make(transport)
    assert events.wait_count("server_error", 1)[0] == (65, "Unsupported protocol version: 2.4.0")


def test_tlcp_2_5_refused_by_default_over_http(server: ServerThread) -> None:
    body = f"LS_cid=x&LS_password={PASSWORD}".encode()
    request = urllib.request.Request(
        f"{server.url}/lightstreamer/create_session.txt?LS_protocol=TLCP-2.5.0", data=body, method="POST"
    )
    with urllib.request.urlopen(request, timeout=WAIT_S) as response:
        assert response.read() == b"CONERR,65,Unsupported protocol version: 2.5.0\r\n"


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_dropped_connection_recovers_same_session_without_loss(
    server: ServerThread, clients: Clients, transport: str
) -> None:
    client, events = clients.make(transport)
    connected(events, transport)
    _, listener = subscribe(client, "DISTINCT", [TRADE_ITEM], TRADE_FIELDS, snapshot="no")
    listener.wait_count("subscribed", 1)
    for n in range(5):
        server.ls.publish(TRADE_ITEM, {"CONFIRMS": str(n)})
    listener.wait_count("update", 5)
    session_id = client.connectionDetails.getSessionId()

    server.ls.drop_connections()
    for n in range(5, 10):
        server.ls.publish(TRADE_ITEM, {"CONFIRMS": str(n)})
    updates = listener.wait_count("update", 10, timeout=10)

    assert [u[2]["CONFIRMS"] for u in updates] == [str(n) for n in range(10)]
    assert client.connectionDetails.getSessionId() == session_id
    assert server.ls.session_ids() == [session_id]
    assert requests_of(server, "bind_session", LS_session=session_id)
    assert any("LS_recovery_from" in r for r in requests_of(server, "bind_session"))
    assert events.wait(lambda: events.of("status")[-1:] == [(f"CONNECTED:{transport}",)])
    assert ("DISCONNECTED:TRYING-RECOVERY",) in events.of("status")


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("lose_data", [False, True])
def test_stall_is_detected_and_recovered_with_replay(
    server: ServerThread, clients: Clients, transport: str, lose_data: bool
) -> None:
    client, events = clients.make(transport)
    connected(events, transport)
    _, listener = subscribe(client, "DISTINCT", [TRADE_ITEM], TRADE_FIELDS, snapshot="no")
    listener.wait_count("subscribed", 1)
    server.ls.publish(TRADE_ITEM, {"CONFIRMS": "before"})
    listener.wait_count("update", 1)
    server.ls.stall(30, lose_data=lose_data)
    server.ls.publish(TRADE_ITEM, {"CONFIRMS": "during stall 1"})
    server.ls.publish(TRADE_ITEM, {"CONFIRMS": "during stall 2"})
    updates = listener.wait_count("update", 3, timeout=10)
    assert [u[2]["CONFIRMS"] for u in updates] == ["before", "during stall 1", "during stall 2"]
    assert ("DISCONNECTED:TRYING-RECOVERY",) in events.of("status")
    # The client counted the SUBOK and one update; with lost data the server had "sent" two more.
    assert [
        r["LS_recovery_from"] for r in requests_of(server, "bind_session") if "LS_recovery_from" in r
    ] == ["2"]


def test_probes_keep_an_idle_session_connected(server: ServerThread, clients: Clients) -> None:
    _, events = clients.make("HTTP-STREAMING")
    connected(events, "HTTP-STREAMING")
    binds = len(requests_of(server, "bind_session"))
    # Idle for several keep-alive periods (300 ms): only probes flow, and the client never reconnects.
    assert not events.wait(lambda: len(events.of("status")) > 3, timeout=1.5)
    assert len(requests_of(server, "bind_session")) == binds


def test_late_probes_make_the_client_recover(server: ServerThread, clients: Clients) -> None:
    _, events = clients.make("WS-STREAMING")
    connected(events, "WS-STREAMING")
    server.ls.set_keepalive(5000)
    assert events.wait(lambda: ("DISCONNECTED:TRYING-RECOVERY",) in events.of("status"))
    server.ls.set_keepalive(None)


def test_content_length_used_up_loops_and_rebinds(server: ServerThread, clients: Clients) -> None:
    client, events = clients.make("HTTP-STREAMING", connect=False)
    client.connectionOptions.setContentLength(600)
    client.connect()
    connected(events, "HTTP-STREAMING")
    _, listener = subscribe(client, "DISTINCT", [TRADE_ITEM], TRADE_FIELDS, snapshot="no")
    listener.wait_count("subscribed", 1)
    for n in range(100):
        server.ls.publish(TRADE_ITEM, {"CONFIRMS": f"event-{n:03d}"})
    updates = listener.wait_count("update", 100)
    assert [u[2]["CONFIRMS"] for u in updates] == [f"event-{n:03d}" for n in range(100)]
    assert len(requests_of(server, "bind_session")) >= 3
    assert len(server.ls.session_ids()) == 1


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_end_makes_the_client_open_a_new_session_and_resubscribe(
    server: ServerThread, clients: Clients, transport: str
) -> None:
    client, events = clients.make(transport)
    connected(events, transport)
    _, listener = subscribe(client, "MERGE", [PRICE_ITEM], PRICE_FIELDS, adapter="Pricing")
    listener.wait_count("subscribed", 1)
    [old] = server.ls.session_ids()

    server.ls.end_session(code=48, message="Maximum session duration reached")
    assert events.wait(lambda: server.ls.session_ids() not in ([], [old]))
    assert events.wait(lambda: len(requests_of(server, "control", LS_op="add")) == 2)
    server.ls.publish(PRICE_ITEM, {"BIDPRICE1": "9"})
    assert listener.wait_count("update", 1)[0][2]["BIDPRICE1"] == "9"
    assert events.of("server_error") == []


def test_end_sessions_for_account_stops_the_client(server: ServerThread, clients: Clients) -> None:
    _, events = clients.make("WS-STREAMING")
    connected(events, "WS-STREAMING")
    server.ls.end_sessions_for("someone-else")
    assert len(server.ls.session_ids()) == 1
    server.ls.end_sessions_for(ACCOUNT)
    assert events.wait_count("server_error", 1)[0] == (31, "Session closed")
    assert server.ls.session_ids() == []


def test_injected_conerr_4_makes_the_client_retry(server: ServerThread, clients: Clients) -> None:
    server.ls.send_conerr(4, "Try again")
    _, events = clients.make("WS-STREAMING")
    connected(events, "WS-STREAMING")
    assert len(requests_of(server, "create_session")) == 2
    assert events.of("server_error") == []


def test_conerr_20_on_recovery_falls_back_to_a_new_session(server: ServerThread, clients: Clients) -> None:
    client, events = clients.make("HTTP-STREAMING")
    connected(events, "HTTP-STREAMING")
    _, listener = subscribe(client, "MERGE", [PRICE_ITEM], PRICE_FIELDS, adapter="Pricing")
    listener.wait_count("subscribed", 1)
    [old] = server.ls.session_ids()
    server.ls.send_conerr(20, "Session not found")
    server.ls.drop_connections()
    assert events.wait(lambda: server.ls.session_ids() not in ([], [old]))
    assert events.wait(lambda: len(requests_of(server, "control", LS_op="add")) == 2)
    assert requests_of(server, "create_session")[-1]["LS_old_session"] == old
