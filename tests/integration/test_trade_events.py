"""IG's real TRADE behaviour, as the simulator reproduces it and ``client.stream.trades()`` hands it over.

Recorded at IG (``reference/real-payloads/stream/``): the last CONFIRMS replayed on subscription, an OPU ahead
of its CONFIRMS, a filled order as WOU DELETED then OPU OPEN under the order's deal id, a closing OPU that
keeps the opening deal reference.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from ig_sdk import IGClient
from ig_sdk.streaming import (
    DealConfirmed,
    EventOrigin,
    PositionChanged,
    Stream,
    StreamOptions,
    Subscription,
    TradeEvent,
    WorkingOrderChanged,
)
from ig_sdk.testing import IGSimulator, ManualClock
from tests.deals import OPEN_EURUSD as OPEN
from tests.integration.conftest import MARKET_HOURS, make_simulator
from tests.integration.test_streaming import FAST

WAIT_S = 8.0
EPIC = "CS.D.EURUSD.TODAY.IP"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(MARKET_HOURS)


@pytest.fixture
def simulator(clock: ManualClock) -> Iterator[IGSimulator]:
    with make_simulator(clock) as sim:
        yield sim


@pytest.fixture
def client(simulator: IGSimulator) -> Iterator[IGClient]:
    with IGClient(
        username=simulator.username,
        password=simulator.password,
        api_key=simulator.api_key,
        base_url=simulator.rest_url,
    ) as c:
        yield c


@pytest.fixture
def stream(client: IGClient) -> Iterator[Stream]:
    s = Stream(client, StreamOptions(transport=FAST, stale_after=0))
    yield s
    s.close()


def take(sub: Subscription[TradeEvent], n: int) -> list[TradeEvent]:
    events: list[TradeEvent] = []
    deadline = time.monotonic() + WAIT_S
    while len(events) < n and time.monotonic() < deadline:
        event = sub.get(timeout=0.2)
        if event is not None:
            events.append(event)
    assert len(events) == n, events
    return events


def test_replay_opu_first_and_the_closing_opu_keeps_the_opening_reference(
    client: IGClient, stream: Stream
) -> None:
    earlier = client.positions.create_v2(**OPEN).deal_reference  # before streaming: IG will replay it
    trades = stream.trades()
    assert trades.wait_active(WAIT_S)
    (replayed,) = take(trades, 1)
    assert isinstance(replayed, DealConfirmed)
    assert replayed.origin is EventOrigin.REPLAYED
    assert replayed.confirmation.deal_reference == earlier

    opening = client.positions.create_v2(**OPEN).deal_reference
    opened, confirmed = take(trades, 2)
    assert isinstance(opened, PositionChanged)
    assert isinstance(confirmed, DealConfirmed)
    assert confirmed.origin is EventOrigin.LIVE
    assert confirmed.confirmation.deal_reference == opened.position.deal_reference == opening
    deal_id = opened.position.deal_id
    assert deal_id is not None

    closing = client.positions.close(deal_id=deal_id, direction="SELL", size=1, order_type="MARKET")
    events = take(trades, 2)
    close_confirm = next(e for e in events if isinstance(e, DealConfirmed))
    closed = next(e for e in events if isinstance(e, PositionChanged))
    assert close_confirm.confirmation.deal_reference == closing.deal_reference
    assert close_confirm.confirmation.deal_id == deal_id
    assert str(closed.position.status) == "DELETED"
    assert closed.position.deal_reference == opening  # not the closing reference
    assert trades.duplicates == 0
    assert trades.gaps == 0


def test_a_filled_order_is_wou_deleted_then_opu_open_under_the_orders_deal_id(
    client: IGClient, stream: Stream, simulator: IGSimulator, clock: ManualClock
) -> None:
    trades = stream.trades()
    assert trades.wait_active(WAIT_S)
    offer = client.markets.get_v3(epic=EPIC).snapshot
    assert offer is not None
    assert offer.offer is not None
    client.working_orders.create_v2(
        epic=EPIC,
        expiry="DFB",
        direction="BUY",
        size=1,
        type="STOP",
        level=float(offer.offer) + 3,
        currency_code="GBP",
        guaranteed_stop=False,
        time_in_force="GOOD_TILL_CANCELLED",
    )
    placed_confirm, placed = take(trades, 2)
    assert isinstance(placed_confirm, DealConfirmed)
    assert isinstance(placed, WorkingOrderChanged)
    for _ in range(2000):  # walk simulated time until the offer rises past the stop level (bounded)
        clock.advance(60)
        simulator.tick()
        if not simulator.engine.dealing.orders:
            break
    filled, opened = take(trades, 2)
    assert isinstance(filled, WorkingOrderChanged)
    assert isinstance(opened, PositionChanged)
    assert str(filled.working_order.status) == "DELETED"
    assert str(opened.position.status) == "OPEN"
    assert opened.position.deal_id == filled.working_order.deal_id == placed.working_order.deal_id
    assert opened.position.channel == "OSAutoStopFill"
