"""TRADE events exactly once: one event per payload, gaps signalled and healed over REST (sync, async)."""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ig_sdk.streaming import (
    AsyncStream,
    ChartTick,
    DealConfirmed,
    EventOrigin,
    GapReason,
    OverflowPolicy,
    PositionChanged,
    Stream,
    StreamGap,
    StreamOptions,
    TradeEvent,
    WorkingOrderChanged,
)
from ig_sdk.streaming._subscription import Subscription
from ig_sdk.streaming._transport import ConnectionEvents, TransportOptions
from tests.streaming.fakes import FakeClient, FakeTransport
from tests.streaming.test_stream import EPIC, wait_for

ITEM = "TRADE:ACC1"
PAYLOADS = Path(__file__).resolve().parents[2] / ".." / "shared" / "reference" / "real-payloads"


def recorded(name: str, folder: str = "stream") -> dict[str, Any]:
    path = PAYLOADS / folder / f"{name}.json" if folder else PAYLOADS / f"{name}.json"
    document: dict[str, Any] = json.loads(path.read_text())
    return document


def rest_confirm(reference: str, deal_id: str) -> dict[str, Any]:
    """A GET /confirms answer in IG's full shape (a recorded one, with this deal's values)."""
    return {**recorded("confirms-get-v1-1", "")["body"], **confirm(reference, deal_id)}


def rest_activity(reference: str) -> dict[str, Any]:
    record: dict[str, Any] = copy.deepcopy(recorded("history-activity-v3-2", "")["body"]["activities"][1])
    record["details"]["dealReference"] = reference
    return record


def confirm(reference: str, deal_id: str, status: str = "OPEN", level: str = "1.1") -> dict[str, Any]:
    return {
        "dealReference": reference,
        "dealId": deal_id,
        "dealStatus": "ACCEPTED",
        "status": status,
        "reason": "SUCCESS",
        "direction": "BUY",
        "size": 1,
        "level": float(level),
        "epic": EPIC,
        "date": "2026-11-30T10:00:00.123",
        "affectedDeals": [{"dealId": deal_id, "status": "OPENED"}],
    }


def opu(deal_id: str, status: str = "OPEN", size: float = 1, reference: str = "R") -> str:
    return json.dumps(
        {
            "dealReference": reference,
            "dealId": deal_id,
            "dealIdOrigin": deal_id,
            "epic": EPIC,
            "direction": "BUY",
            "size": size,
            "level": 1.1,
            "status": status,
            "dealStatus": "ACCEPTED",
            "timestamp": "2026-11-30T10:00:00.100",
        }
    )


def rest_position(deal_id: str, size: float = 1) -> dict[str, Any]:
    """A GET /positions entry in IG's full shape (a recorded one, with this position's values)."""
    entry: dict[str, Any] = copy.deepcopy(recorded("positions-list-v2-1", "")["body"])
    entry["position"].update(
        {
            "dealId": deal_id,
            "dealReference": f"ref-{deal_id}",
            "direction": "BUY",
            "size": size,
            "level": 1.1,
            "createdDateUTC": "2026-11-30T10:00:05",
        }
    )
    entry["market"]["epic"] = EPIC
    return entry


class TradeHarness:
    def __init__(self, **options: Any) -> None:
        self.client = FakeClient()
        self.transports: list[FakeTransport] = []

        def factory(events: ConnectionEvents, opts: TransportOptions) -> FakeTransport:
            transport = FakeTransport(events, opts)
            self.transports.append(transport)
            return transport

        self.options = StreamOptions(transport_factory=factory, heartbeat=False, **options)
        self.stream = Stream(self.client, self.options)  # type: ignore[arg-type]

    @property
    def fake(self) -> FakeTransport:
        wait_for(lambda: self.transports)
        return self.transports[0]

    def subscribe(self) -> Subscription[TradeEvent]:
        sub = self.stream.trades()
        wait_for(lambda: self.fake.connects)
        self.fake.connected()
        assert sub.wait_active(3)
        return sub

    def take(self, sub: Subscription[TradeEvent], n: int) -> list[TradeEvent]:
        events = [sub.get(timeout=3) for _ in range(n)]
        assert all(e is not None for e in events), events
        assert sub.get(timeout=0.05) is None  # nothing more
        return [e for e in events if e is not None]


@pytest.fixture
def th() -> Iterator[TradeHarness]:
    harness = TradeHarness()
    yield harness
    harness.stream.close()


def test_one_confirms_followed_by_opu_updates_hands_the_confirmation_over_once(th: TradeHarness) -> None:
    sub = th.subscribe()
    th.fake.push(ITEM, {"CONFIRMS": json.dumps(confirm("REF1", "DIA1"))})
    # Later updates change OPU only: CONFIRMS keeps its value on the item, and must not be handed over again.
    th.fake.push(ITEM, {"OPU": opu("DIA1")})
    th.fake.push(ITEM, {"OPU": opu("DIA1", status="UPDATED")})
    th.fake.push(ITEM, {"OPU": opu("DIA1", status="DELETED", size=0)})
    events = th.take(sub, 4)
    assert [type(e) for e in events] == [DealConfirmed, PositionChanged, PositionChanged, PositionChanged]
    first = events[0]
    assert isinstance(first, DealConfirmed)
    assert first.confirmation.deal_reference == "REF1"
    assert first.origin is EventOrigin.LIVE
    assert not first.replayed
    assert not first.recovered
    assert [str(e.position.status) for e in events[1:] if isinstance(e, PositionChanged)] == [
        "OPEN",
        "UPDATED",
        "DELETED",
    ]
    assert sub.duplicates == 0
    assert sub.gaps == 0


def test_replayed_last_confirms_is_marked_and_empty_fields_are_no_events(th: TradeHarness) -> None:
    sub = th.subscribe()
    replay = recorded("trade-confirms-13")["raw_fields"]  # IG's snapshot: last CONFIRMS, OPU "" and WOU ""
    th.fake.push(ITEM, replay, snapshot=True)
    (event,) = th.take(sub, 1)
    assert isinstance(event, DealConfirmed)
    assert event.replayed
    assert event.origin is EventOrigin.REPLAYED
    assert event.confirmation.deal_reference == "ECWNHTHRDWYTYPT"
    assert event.confirmation.profit == Decimal("-4.45")


def test_opu_before_its_confirms_and_a_filled_order_keep_igs_order(th: TradeHarness) -> None:
    sub = th.subscribe()
    early = recorded("trade-opu-13")["raw_tlcp_values"].split("|", 1)[1]  # OPU 11 ms before its CONFIRMS
    th.fake.push(ITEM, {"CONFIRMS": None, "OPU": early})
    th.fake.push(ITEM, {"CONFIRMS": json.dumps(confirm("APPPA", "DIAAAAJEBA9SKAW"))})
    th.fake.push(ITEM, {"WOU": json.dumps(recorded("trade-wou-6")["body"])})  # fill: WOU DELETED ...
    th.fake.push(ITEM, {"OPU": json.dumps(recorded("trade-opu-8")["body"])})  # ... then OPU OPEN
    events = th.take(sub, 4)
    assert [type(e) for e in events] == [PositionChanged, DealConfirmed, WorkingOrderChanged, PositionChanged]
    order, opened = events[2], events[3]
    assert isinstance(order, WorkingOrderChanged)
    assert isinstance(opened, PositionChanged)
    assert str(order.working_order.status) == "DELETED"
    assert opened.position.deal_id == order.working_order.deal_id


def test_new_session_is_a_gap_healed_over_rest_in_order_and_without_duplicates(th: TradeHarness) -> None:
    rest = th.client.rest
    rest.positions = [rest_position("DIA0")]
    sub = th.subscribe()
    assert sub.get(timeout=0.2) is None  # the consumer reads the baseline: what was open when streaming began
    assert rest.calls == ["positions", "workingorders", "activity"]
    th.fake.push(ITEM, {"CONFIRMS": json.dumps(confirm("REF1", "DIA1"))})
    th.fake.push(ITEM, {"OPU": opu("DIA1", reference="REF1")})
    assert len(th.take(sub, 2)) == 2
    # The link drops; meanwhile DIA0 closed, DIA2 opened (REF2, placed elsewhere) and this client sent REF3.
    th.fake.dropped()
    th.client._sent_references.note("REF3")
    rest.positions = [rest_position("DIA1"), rest_position("DIA2")]
    rest.activity = [rest_activity("REF2"), rest_activity("REF4")]  # IG forgot REF4's confirmation
    rest.confirms = {r: rest_confirm(r, f"DIA{r[-1]}") for r in ("REF1", "REF2", "REF3")}
    rest.calls.clear()
    th.fake.connected(new_session=True)
    # IG replays its last confirmation on the new subscription: REF2, already recovered over REST.
    th.fake.push(ITEM, {"CONFIRMS": json.dumps(confirm("REF2", "DIA2"))}, snapshot=True)
    gap = sub.get(timeout=5)
    assert isinstance(gap, StreamGap)
    assert gap.reason is GapReason.NEW_SESSION
    assert gap.healed
    assert gap.start <= gap.end
    assert gap.recovered == 5
    recovered = th.take(sub, 5)
    assert all(not isinstance(e, StreamGap) and e.origin is EventOrigin.RECOVERED for e in recovered)
    confirmed = {
        e.confirmation.deal_reference: e.confirmation for e in recovered if isinstance(e, DealConfirmed)
    }
    assert sorted(c or "" for c in confirmed) == ["REF2", "REF3", "REF4"]  # REF1 was seen live: not again
    rebuilt = confirmed["REF4"]  # from the activity record: what it says, and nothing it does not
    assert (str(rebuilt.deal_status), str(rebuilt.status), rebuilt.profit) == ("ACCEPTED", "CLOSED", None)
    assert rebuilt.affected_deals is not None
    assert str(rebuilt.affected_deals[0].status) == "FULLY_CLOSED"
    changes = {
        (e.position.deal_id, str(e.position.status)) for e in recovered if isinstance(e, PositionChanged)
    }
    assert changes == {("DIA0", "DELETED"), ("DIA2", "OPEN")}
    assert "confirms/REF1" not in rest.calls
    assert sub.gaps == 1
    assert sub.recovered == 5
    assert sub.duplicates >= 1
    # The stream's own late copy of a recovered change is a duplicate, not news.
    th.fake.push(ITEM, {"OPU": opu("DIA2")})
    assert sub.get(timeout=0.2) is None


def test_failed_recovery_says_so_and_healing_can_be_turned_off() -> None:
    for heal in (True, False):
        h = TradeHarness(heal_gaps=heal)
        try:
            sub = h.subscribe()
            h.client.rest.fail = {"positions", "workingorders", "activity"}
            h.fake.dropped()
            h.fake.connected(new_session=True)
            gap = sub.get(timeout=5)
            assert isinstance(gap, StreamGap)
            assert not gap.healed
            assert gap.recovered == 0
            assert ("recovery incomplete" if heal else "healing is off") in gap.detail
            if not heal:
                assert h.client.rest.calls == []  # not even the baseline
        finally:
            h.stream.close()


def test_account_switch_and_server_loss_are_gaps(th: TradeHarness) -> None:
    sub = th.subscribe()
    (trade,) = th.fake.active("TRADE")
    trade.events.on_lost_updates(ITEM, 3)
    gap = sub.get(timeout=3)
    assert isinstance(gap, StreamGap)
    assert gap.reason is GapReason.SERVER_LOSS
    assert "3" in gap.detail
    th.client.change_session(account_id="ACC2")
    wait_for(lambda: th.fake.active("TRADE:ACC2"))
    gap = sub.get(timeout=3)
    assert isinstance(gap, StreamGap)
    assert gap.reason is GapReason.ACCOUNT_SWITCH
    assert gap.item == "TRADE:ACC2"


def test_chart_ticks_overflow_and_new_sessions_are_typed_gaps() -> None:
    h = TradeHarness(queue_capacity=2, overflow=OverflowPolicy.DROP_OLDEST)
    try:
        ticks = h.stream.charts(EPIC, "TICK")
        wait_for(lambda: h.fake.connects)
        h.fake.connected()
        for i in range(4):
            h.fake.push(f"CHART:{EPIC}:TICK", {"BID": str(i)})
        got = [ticks.get(timeout=2) for _ in range(3)]
        assert isinstance(got[0], StreamGap)
        assert got[0].reason is GapReason.OVERFLOW
        assert "2" in got[0].detail or got[0].end >= got[0].start
        assert [u.bid for u in got[1:] if isinstance(u, ChartTick)] == [Decimal(2), Decimal(3)]
        h.fake.dropped()
        h.fake.connected(new_session=True)
        gap = ticks.get(timeout=2)
        assert isinstance(gap, StreamGap)
        assert gap.reason is GapReason.NEW_SESSION
        assert ticks.gaps == 2
    finally:
        h.stream.close()


@pytest.mark.asyncio
async def test_async_trades_heal_on_the_event_loop() -> None:
    client = FakeClient()
    transports: list[FakeTransport] = []

    def factory(events: ConnectionEvents, opts: TransportOptions) -> FakeTransport:
        transports.append(FakeTransport(events, opts))
        return transports[-1]

    async_client: Any = _AsyncFacade(client)
    stream = AsyncStream(async_client, StreamOptions(transport_factory=factory, heartbeat=False))
    try:
        sub = stream.trades()
        for _ in range(300):
            if transports and transports[0].connects:
                break
            await asyncio.sleep(0.01)
        fake = transports[0]
        fake.connected()
        assert await sub.wait_active(3)
        assert await sub.get(timeout=0.2) is None  # baseline read: nothing open
        fake.dropped()
        client.rest.positions = [rest_position("DIA9")]
        fake.connected(new_session=True)
        gap = await sub.get(timeout=5)
        assert isinstance(gap, StreamGap)
        assert gap.healed
        assert gap.recovered == 1
        opened = await sub.get(timeout=5)
        assert isinstance(opened, PositionChanged)
        assert opened.recovered
        assert opened.position.deal_id == "DIA9"
    finally:
        stream.close()


class _AsyncFacade:
    """The fake client's REST reads and streaming hooks as coroutines, like AsyncIGClient's."""

    def __init__(self, client: FakeClient) -> None:
        self._client = client
        self._sent_references = client._sent_references
        self.positions = _Awaiting(client.positions)
        self.working_orders = _Awaiting(client.working_orders)
        self.history = _Awaiting(client.history)
        self.deals = _Awaiting(client.deals)
        self.rate_limits = None

    async def streaming_credentials(self) -> Any:
        return self._client.streaming_credentials()

    async def login(self) -> None:
        self._client.login()

    def on_session_change(self, callback: Any) -> Any:
        return self._client.on_session_change(callback)


class _Awaiting:
    def __init__(self, target: Any) -> None:
        self._target = target

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._target, name)
        if "_pages_" in name:  # page iterators are async iterators, not coroutines

            async def pages(*args: Any, **kwargs: Any) -> AsyncIterator[Any]:
                for page in method(*args, **kwargs):
                    yield page

            return pages

        async def call(*args: Any, **kwargs: Any) -> Any:
            return method(*args, **kwargs)

        return call
