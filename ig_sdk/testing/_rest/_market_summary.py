"""The short market block IG embeds in searches, navigation, watchlists, positions and orders."""

from __future__ import annotations

from typing import Any

from .._catalogue import Instrument
from ._dispatch import Ctx
from ._format import local_ts, ts


def market_summary(ctx: Ctx, instrument: Instrument) -> dict[str, Any]:
    """The market summary block with the current quote and day statistics."""
    quote = ctx.engine.prices.quote(instrument, ctx.now)
    opening, high, low, change = ctx.engine.prices.day_stats(instrument, ctx.now)
    return {
        "epic": instrument.epic,
        "instrumentName": instrument.name,
        "instrumentType": instrument.instrument_type,
        "expiry": instrument.expiry,
        "high": high,
        "low": low,
        "percentageChange": round(100 * change / opening, 2) if opening else 0.0,
        "netChange": change,
        "updateTime": local_ts(ctx.now, "%H:%M:%S"),
        "updateTimeUTC": ts(ctx.now, "%H:%M:%S"),
        "bid": quote.bid,
        "offer": quote.offer,
        "delayTime": 0,
        "lotSize": instrument.lot_size,
        "streamingPricesAvailable": True,
        "otcTradeable": True,
        "marketStatus": instrument.status(ctx.now),
        "scalingFactor": instrument.scaling_factor,
        "exchangeId": "SIM",
    }
