"""What the simulator itself publishes on PRICE and CHART items (no hand-published values)."""

from __future__ import annotations

import itertools

from ig_sdk import IGClient

EPIC = "CS.D.EURUSD.TODAY.IP"
WAIT_S = 10.0


def test_price_items_carry_a_five_tier_ladder_with_sizes_and_quote_ids(ig_client: IGClient) -> None:
    with ig_client.stream.prices(EPIC) as prices:
        price = prices.get(timeout=WAIT_S)
    assert price is not None
    tiers = price.tiers
    assert len(tiers) == 5
    for inner, outer in itertools.pairwise(tiers):
        assert inner.bid_price is not None
        assert outer.bid_price is not None
        assert inner.ask_price is not None
        assert outer.ask_price is not None
        assert outer.bid_price <= inner.bid_price < inner.ask_price <= outer.ask_price  # wider further out
        assert inner.bid_size is not None
        assert outer.bid_size is not None
        assert inner.bid_size < outer.bid_size
    assert price.bid_price_1 == tiers[0].bid_price  # tier 1 is the dealable top of book
    assert price.ask_quote_id is not None
    assert price.currency_0 == "GBP"


def test_candle_chart_items_carry_ohlc_of_the_current_period(ig_client: IGClient) -> None:
    with ig_client.stream.charts(EPIC, "1MINUTE") as candles:
        candle = candles.get(timeout=WAIT_S)
    assert candle is not None
    assert candle.update_time is not None
    assert candle.update_time.second == 0  # the minute the candle started
    assert candle.complete is False
    for low, open_, close, high in (
        (candle.bid_low, candle.bid_open, candle.bid_close, candle.bid_high),
        (candle.offer_low, candle.offer_open, candle.offer_close, candle.offer_high),
    ):
        assert low is not None
        assert open_ is not None
        assert close is not None
        assert high is not None
        assert low <= min(open_, close) <= max(open_, close) <= high
    assert candle.bid_close is not None
    assert candle.offer_close is not None
    assert candle.bid_close < candle.offer_close
