"""Historical prices as a pandas DataFrame (needs the ``pandas`` extra: ``pip install ig-sdk[pandas]``).

    from ig_sdk.lib.frames import prices_frame

    frame = prices_frame(client.prices.get_pages(epic=epic, resolution="HOUR", max=500, page_size=100))

One row per bar, indexed by the bar's start time in UTC; columns ``bid_open … bid_close``, ``ask_open …
ask_close``, ``mid_open … mid_close`` (the average of bid and offer, as charts show) and ``volume``. pandas is
imported only when a frame is built, so ``ig_sdk`` itself never needs it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ig_sdk._generated.models import CandlePrice, PriceBar, PricesResponse, PricesV3Bar, PricesV3Response

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["prices_frame", "COLUMNS"]

_PARTS = ("open", "high", "low", "close")
COLUMNS = (
    *(f"bid_{p}" for p in _PARTS),
    *(f"ask_{p}" for p in _PARTS),
    *(f"mid_{p}" for p in _PARTS),
    "volume",
)
"""The frame's columns, in order."""

Prices = PricesV3Response | PricesResponse


def prices_frame(prices: Prices | Iterable[Prices]) -> pd.DataFrame:
    """One DataFrame from a price answer, or from every page of a ``*_pages`` iteration (any version)."""
    import pandas as pd

    pages = [prices] if isinstance(prices, PricesV3Response | PricesResponse) else list(prices)
    times: list[datetime] = []
    rows: list[list[float | None]] = []
    for page in pages:
        for bar in page.prices or []:
            start = _start(bar)
            if start is None:
                continue  # a bar without a time cannot be placed; IG always sends one
            times.append(start)
            rows.append(_row(bar))
    index = pd.DatetimeIndex(times, name="time")
    return pd.DataFrame(rows, index=index, columns=list(COLUMNS)).sort_index()


def _start(bar: PricesV3Bar | PriceBar) -> datetime | None:
    if isinstance(bar, PricesV3Bar) and bar.snapshot_time_utc is not None:
        return bar.snapshot_time_utc
    local = bar.snapshot_time
    # Versions 1 and 2 give the account's local time only; it is labelled UTC as the best available guess.
    return None if local is None else local.replace(tzinfo=UTC)


def _row(bar: PricesV3Bar | PriceBar) -> list[float | None]:
    quotes = (bar.open_price, bar.high_price, bar.low_price, bar.close_price)
    bids = [_side(q, "bid") for q in quotes]
    asks = [_side(q, "ask") for q in quotes]
    mids = [None if b is None or a is None else (b + a) / 2 for b, a in zip(bids, asks, strict=True)]
    volume = None if bar.last_traded_volume is None else float(bar.last_traded_volume)
    return [*bids, *asks, *mids, volume]


def _side(quote: CandlePrice | None, side: str) -> float | None:
    if quote is None:
        return None
    value: float | None = quote.bid if side == "bid" else quote.ask
    return value
