"""Paper trading: reads and prices from "IG" (one simulator), fills by the paper engine (another), nothing
traded on IG."""

from __future__ import annotations

import time
from collections.abc import Iterator
from decimal import Decimal

import pytest

from ig_sdk import IGClient
from ig_sdk.testing import IGSimulator, ManualClock
from ig_sdk.testing.paper import PaperTrading

from .conftest import MARKET_HOURS, make_client, make_simulator

pytestmark = pytest.mark.timeout(90)

EPIC = "CS.D.EURUSD.TODAY.IP"
WAIT = 10.0


@pytest.fixture
def ig() -> Iterator[tuple[IGSimulator, ManualClock, IGClient]]:
    """A stand-in for IG with another seed than the paper engine's, so their prices differ."""
    clock = ManualClock(MARKET_HOURS)
    with make_simulator(clock, seed=7) as sim, make_client(sim, account_type="LIVE") as client:
        yield sim, clock, client


def _offer(client: IGClient) -> Decimal:
    offer = client.markets.get(epic=EPIC).snapshot.offer
    assert offer is not None  # the market is open: it has a price
    return offer


def test_paper_trades_fill_at_igs_prices_and_never_reach_ig(
    ig: tuple[IGSimulator, ManualClock, IGClient],
) -> None:
    sim, clock, client = ig
    with PaperTrading(client, clock=ManualClock(MARKET_HOURS)) as paper:
        own = paper.client.markets.get(epic=EPIC).snapshot.offer  # the paper engine's own walk
        assert own is not None
        assert own != _offer(client)  # so a fill at IG's price is no coincidence
        # A LIVE client, yet no opt-in is needed: nothing trades on IG.
        opened = paper.trading.open(epic=EPIC, direction="BUY", size=1)
        assert opened.level == _offer(client)
        assert paper.followed == (EPIC,)
        assert sim.engine.dealing.positions == {}
        assert sim.engine.dealing.confirms == {}
        assert [p.position.deal_id for p in paper.client.positions.list().positions] == [opened.deal_id]

        # IG's price moves: the stream carries it to the paper engine, and the close fills there.
        clock.advance(3600)
        sim.tick()
        moved_bid = client.markets.get(epic=EPIC).snapshot.bid
        assert moved_bid is not None
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            paper_bid = paper.client.markets.get(epic=EPIC).snapshot.bid
            if paper_bid == moved_bid:
                break
            time.sleep(0.05)
        closed = paper.trading.close(opened)
        assert closed.level == moved_bid
        assert paper.client.positions.list().positions == []
        assert sim.engine.dealing.confirms == {}
