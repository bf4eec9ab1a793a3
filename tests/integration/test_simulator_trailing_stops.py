"""A trailing stop follows the market in whole increments and never moves back (simulated IG behaviour)."""

from __future__ import annotations

from decimal import Decimal

from ig_sdk import IGClient
from ig_sdk.testing import IGSimulator, ManualClock

from .conftest import make_client

EPIC = "CS.D.EURUSD.TODAY.IP"


def test_trailing_stop_moves_with_the_market_in_increments(
    fresh_sim: IGSimulator, sim_clock: ManualClock
) -> None:
    with make_client(fresh_sim) as client:
        deal = client.positions.create(
            epic=EPIC,
            expiry="DFB",
            direction="BUY",
            size=1,
            order_type="MARKET",
            currency_code="GBP",
            force_open=True,
            guaranteed_stop=False,
            trailing_stop=True,
            stop_distance=20,
            trailing_stop_increment=2,
        )
        deal_id = client.deals.confirm(deal.deal_reference).deal_id
        assert deal_id is not None
        stops = [_stop(client, deal_id)]
        for _ in range(240):  # four hours of a random walk, one minute at a time
            sim_clock.advance(60)
            fresh_sim.tick()
            if deal_id not in {
                p.position.deal_id for p in client.positions.list().positions or [] if p.position
            }:
                break  # the market came back down to the trailed stop and closed the position
            stops.append(_stop(client, deal_id))
    first = stops[0]
    assert stops == sorted(stops)  # never moved away from the market
    assert stops[-1] > first  # it did trail
    assert all((stop - first) / 2 % 1 == 0 for stop in stops)  # in whole increments


def _stop(client: IGClient, deal_id: str) -> Decimal:
    position = client.positions.get(deal_id=deal_id).position
    assert position.stop_level is not None  # the position was opened with a trailing stop
    return position.stop_level
