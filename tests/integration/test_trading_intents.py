"""client.trading against the simulator behind a fault proxy: every intent under every kind of lost answer.

For each (intent, fault): the trading request leaves the client exactly once; the deal exists once when the
request reached IG (and not at all when it did not); the call returns IG's confirmation, or raises the typed
DealOutcomeUnknownError listing what it checked.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from ig_sdk import AsyncIGClient, IGClient
from ig_sdk.errors import DealOutcomeUnknownError, DealRejectedError
from ig_sdk.lib.trading import AsyncTrading, Trading
from ig_sdk.testing import API_KEY, PASSWORD, USERNAME, IGSimulator
from ig_sdk.types import DealConfirmationV1Response, DealReason

from .fault_proxy import Fault, FaultProxy

pytestmark = pytest.mark.timeout(120)

EPIC = "CS.D.EURUSD.TODAY.IP"
# The client gives up after CLIENT_TIMEOUT; a TIMEOUT fault holds the answer a little longer.
CLIENT_TIMEOUT = 2.0
# How long an intent looks for IG's verdict: short, so that the "never reached IG" cases end quickly.
SETTLE = 1.0
# EUR/USD is quoted in points (about 10,000): stops, limits and orders this far from the price are valid.
AWAY = 50.0


@dataclass
class Target:
    """What an intent acts on: a position or working order made for the test, and its level."""

    deal_id: str
    level: float


@dataclass(frozen=True)
class Scenario:
    """One intent: its set-up, the trading call it sends, doing it, and what it leaves behind if done."""

    method: str
    path: str
    prepare: Callable[[Trading], Target | None]
    act: Callable[[Trading, Target | None], DealConfirmationV1Response]
    executed: Callable[[IGSimulator, Target | None, DealConfirmationV1Response | None], bool]


def _open(trading: Trading, size: float = 2) -> Target:
    confirmation = trading.open(epic=EPIC, direction="BUY", size=size)
    assert confirmation.deal_id is not None
    assert confirmation.level is not None
    return Target(confirmation.deal_id, float(confirmation.level))


def _order(trading: Trading) -> Target:
    level = _market_bid(trading) - AWAY
    confirmation = trading.place_order(
        epic=EPIC, direction="BUY", size=1, level=round(level, 1), type="LIMIT"
    )
    assert confirmation.deal_id is not None
    return Target(confirmation.deal_id, round(level, 1))


def _market_bid(trading: Trading) -> float:
    snapshot = trading._client.markets.get(epic=EPIC).snapshot  # type: ignore[attr-defined]
    assert snapshot is not None
    return float(snapshot.bid)


def _position_size(sim: IGSimulator, deal_id: str) -> float | None:
    position = sim.engine.dealing.positions.get(deal_id)
    return None if position is None else float(position.size)


def _count(sim: IGSimulator, confirmation: DealConfirmationV1Response | None, *, positions: bool) -> int:
    """How many positions (or working orders) the simulator holds under the confirmation's reference."""
    assert confirmation is not None
    dealing = sim.engine.dealing
    held = dealing.positions.values() if positions else dealing.orders.values()
    return sum(1 for record in held if record.deal_reference == confirmation.deal_reference)


def _need(target: Target | None) -> Target:
    assert target is not None
    return target


SCENARIOS: dict[str, Scenario] = {
    "open": Scenario(
        "POST",
        r"/positions/otc$",
        lambda trading: None,
        lambda trading, _: trading.open(epic=EPIC, direction="BUY", size=1),
        lambda sim, _, confirmation: (
            confirmation is not None
            and sum(
                p.deal_reference == confirmation.deal_reference for p in sim.engine.dealing.positions.values()
            )
            == 1
        ),
    ),
    "close": Scenario(
        "DELETE",
        r"/positions/otc$",
        _open,
        lambda trading, target: trading.close(_need(target).deal_id),
        lambda sim, target, _: _position_size(sim, _need(target).deal_id) is None,
    ),
    "close-partial": Scenario(
        "DELETE",
        r"/positions/otc$",
        _open,
        lambda trading, target: trading.close(_need(target).deal_id, size=1),
        lambda sim, target, _: _position_size(sim, _need(target).deal_id) == 1,
    ),
    "amend": Scenario(
        "PUT",
        r"/positions/otc/",
        _open,
        lambda trading, target: trading.amend(
            _need(target).deal_id,
            stop_level=round(_need(target).level - AWAY, 1),
            limit_level=round(_need(target).level + AWAY, 1),
        ),
        lambda sim, target, _: sim.engine.dealing.positions[_need(target).deal_id].stop_level is not None,
    ),
    "place-order": Scenario(
        "POST",
        r"/workingorders/otc$",
        lambda trading: Target("", round(_market_bid(trading) - AWAY, 1)),
        lambda trading, target: trading.place_order(
            epic=EPIC, direction="BUY", size=1, level=_need(target).level, type="LIMIT"
        ),
        lambda sim, _, confirmation: (
            confirmation is not None
            and sum(
                o.deal_reference == confirmation.deal_reference for o in sim.engine.dealing.orders.values()
            )
            == 1
        ),
    ),
    "amend-order": Scenario(
        "PUT",
        r"/workingorders/otc/",
        _order,
        lambda trading, target: trading.amend_order(_need(target).deal_id, level=_need(target).level - 10),
        lambda sim, target, _: (
            abs(sim.engine.dealing.orders[_need(target).deal_id].level - (_need(target).level - 10)) < 1e-9
        ),
    ),
    "cancel-order": Scenario(
        "DELETE",
        r"/workingorders/otc/",
        _order,
        lambda trading, target: trading.cancel_order(_need(target).deal_id),
        lambda sim, target, _: _need(target).deal_id not in sim.engine.dealing.orders,
    ),
}


@pytest.fixture(scope="module")
def proxy(sim: IGSimulator) -> Iterator[FaultProxy]:
    import httpx

    fault_proxy = FaultProxy(httpx.URL(sim.rest_url), hold=CLIENT_TIMEOUT + 0.5)
    with fault_proxy.running():
        yield fault_proxy


def _options(proxy: FaultProxy) -> dict[str, Any]:
    return {
        "username": USERNAME,
        "password": PASSWORD,
        "api_key": API_KEY,
        "base_url": proxy.url,
        "rate_limit": False,
        "strict_responses": True,
        "timeout": CLIENT_TIMEOUT,
    }


@pytest.fixture
def trading(proxy: FaultProxy) -> Iterator[Trading]:
    with IGClient(**_options(proxy)) as client:
        yield Trading(client, settle_timeout=SETTLE)


@pytest.mark.parametrize("fault", list(Fault), ids=str)
@pytest.mark.parametrize("intent", list(SCENARIOS))
def test_intent_under_a_lost_answer(
    sim: IGSimulator, proxy: FaultProxy, trading: Trading, intent: str, fault: Fault
) -> None:
    scenario = SCENARIOS[intent]
    target = scenario.prepare(trading)
    sent = proxy.count(scenario.method, scenario.path)
    confirms = len(sim.engine.dealing.confirms)
    proxy.arm(scenario.method, scenario.path, fault)
    confirmation: DealConfirmationV1Response | None = None
    if fault.reaches_ig:
        confirmation = scenario.act(trading, target)
        assert str(confirmation.deal_status) == "ACCEPTED"
        assert confirmation.deal_reference
    else:
        with pytest.raises(DealOutcomeUnknownError) as caught:
            scenario.act(trading, target)
        assert caught.value.checks
        assert caught.value.cause is not None
        assert "outcome is still unknown" in str(caught.value)
    assert proxy.count(scenario.method, scenario.path) == sent + 1  # sent exactly once
    # The deal exists once when the request reached IG, not at all when it did not.
    assert len(sim.engine.dealing.confirms) == confirms + (1 if fault.reaches_ig else 0)
    if fault.reaches_ig:
        assert scenario.executed(sim, target, confirmation)
    elif target is not None and target.deal_id:
        assert not scenario.executed(sim, target, None)


def test_a_rejected_deal_raises_with_igs_typed_reason(trading: Trading) -> None:
    with pytest.raises(DealRejectedError) as caught:
        trading.open(epic=EPIC, direction="BUY", size=1, stop_level=99_999.0)  # a stop above the price
    assert caught.value.reason is DealReason.ATTACHED_ORDER_LEVEL_ERROR
    assert caught.value.deal_reference
    # The rejection is in the activity as IG records one (with a level), readable under strict responses:
    # settling a later lost answer depends on it.
    client: IGClient = trading._client  # type: ignore[assignment]
    found = [
        a
        for a in client.history.activity_v3(detailed=True).activities
        if a.details is not None and a.details.deal_reference == caught.value.deal_reference
    ]
    assert [str(a.status) for a in found] == ["REJECTED"]


def test_close_takes_a_listed_position_and_works_out_direction_and_size(
    sim: IGSimulator, trading: Trading
) -> None:
    target = _open(trading, size=3)
    client: IGClient = trading._client  # type: ignore[assignment]
    listed = [
        p
        for p in client.positions.list().positions or []
        if p.position and p.position.deal_id == target.deal_id
    ]
    confirmation = trading.close(listed[0])
    assert confirmation.deal_id is not None
    assert _position_size(sim, target.deal_id) is None


def test_close_takes_the_confirmation_that_opened_the_position(sim: IGSimulator, trading: Trading) -> None:
    opened = trading.open(epic=EPIC, direction="SELL", size=2)
    assert opened.deal_id is not None
    trading.close(opened, size=0.5)
    assert _position_size(sim, opened.deal_id) == 1.5
    closed = trading.close(opened)  # the rest: the position is read back for its current size
    assert str(closed.status) == "CLOSED"
    assert _position_size(sim, opened.deal_id) is None


ASYNC_FAULTS = [Fault.DROP, Fault.BAD_GATEWAY, Fault.UNAVAILABLE_BEFORE]


@pytest.mark.asyncio
@pytest.mark.parametrize("fault", ASYNC_FAULTS, ids=str)
async def test_async_intents_settle_the_same_way(sim: IGSimulator, proxy: FaultProxy, fault: Fault) -> None:
    async with AsyncIGClient(**_options(proxy)) as client:
        trading = AsyncTrading(client, settle_timeout=SETTLE)
        opened = await trading.open(epic=EPIC, direction="BUY", size=2)
        assert opened.deal_id is not None
        deal_id = opened.deal_id
        outcomes: list[object] = []

        async def attempt(method: str, path: str, act: Awaitable[DealConfirmationV1Response]) -> None:
            sent = proxy.count(method, path)
            proxy.arm(method, path, fault)
            try:
                outcomes.append(await act)
            except DealOutcomeUnknownError as unknown:
                outcomes.append(unknown)
            assert proxy.count(method, path) == sent + 1

        await attempt("POST", r"/positions/otc$", trading.open(epic=EPIC, direction="SELL", size=1))
        await attempt("DELETE", r"/positions/otc$", trading.close(deal_id, size=1))
        if fault.reaches_ig:
            assert all(isinstance(o, DealConfirmationV1Response) for o in outcomes), outcomes
            assert _position_size(sim, deal_id) == 1
        else:
            assert all(isinstance(o, DealOutcomeUnknownError) for o in outcomes)
            assert _position_size(sim, deal_id) == 2
