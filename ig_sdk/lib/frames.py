"""IG's answers as pandas DataFrames (needs the ``pandas`` extra: ``pip install 'ig-sdk[pandas]'``).

Prices (below), and the record lists: :func:`positions_frame`, :func:`working_orders_frame`,
:func:`activity_frame`, :func:`transactions_frame` and :func:`markets_frame`, each with fixed, documented
columns and dtypes (:data:`POSITION_COLUMNS` …; numbers ``float64``, times ``datetime64[ns, UTC]``, IG's
enumerations ``category``, text ``string``); a value IG did not send is ``NaN``/``NaT``/``<NA>``.

    from ig_sdk.lib.frames import prices_frame

    frame = prices_frame(client.prices.get_pages(epic=epic, resolution="HOUR", max=500, page_size=100))

One row per bar, indexed by the bar's start time in UTC; columns ``bid_open … bid_close``, ``ask_open …
ask_close``, ``mid_open … mid_close`` (the average of bid and offer, as charts show) and ``volume``. pandas is
imported only when a frame is built, so ``ig_sdk`` itself never needs it.

Given the ``*_pages`` iterator itself (before anything iterated it), or a raw answer
(``client.prices.with_raw_response.get(...)``), the bars go straight from IG's JSON into columns: no model is
built per bar, the cost grows linearly with the bars, and only the columns are kept from page to page, so a
million bars take about a hundred megabytes. Models (an answer, or pages already iterated) work too, at the
cost of having built them.

A value IG sends that is not a number (or a time that cannot be read) becomes NaN (the bar is left out) and
is logged once per field; it never fails the frame.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterable, Iterable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Final

from ig_sdk._gc import paused_gc
from ig_sdk._generated.models import CandlePrice, PriceBar, PricesResponse, PricesV3Bar, PricesV3Response
from ig_sdk._pages import AsyncPages, SyncPages
from ig_sdk._response import APIResponse, AsyncAPIResponse
from ig_sdk._timestamps import _parse_datetime
from ig_sdk.lib._records import (
    ACTIVITY_COLUMNS,
    MARKET_COLUMNS,
    POSITION_COLUMNS,
    TRANSACTION_COLUMNS,
    WORKING_ORDER_COLUMNS,
    Column,
    activity_frame,
    markets_frame,
    positions_frame,
    rows,
    transactions_frame,
    working_orders_frame,
)

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    import pandas as pd

__all__ = [
    "prices_frame",
    "prices_frame_async",
    "COLUMNS",
    # Record lists, declared in ig_sdk.lib._records (one column table each).
    "Column",
    "POSITION_COLUMNS",
    "WORKING_ORDER_COLUMNS",
    "ACTIVITY_COLUMNS",
    "TRANSACTION_COLUMNS",
    "MARKET_COLUMNS",
    "positions_frame",
    "working_orders_frame",
    "activity_frame",
    "transactions_frame",
    "markets_frame",
    "rows",
]

_log = logging.getLogger("ig_sdk")

_PARTS = ("open", "high", "low", "close")
COLUMNS = (
    *(f"bid_{p}" for p in _PARTS),
    *(f"ask_{p}" for p in _PARTS),
    *(f"mid_{p}" for p in _PARTS),
    "volume",
)
"""The frame's columns, in order."""

Prices = PricesV3Response | PricesResponse
RawPrices = APIResponse[PricesV3Response] | APIResponse[PricesResponse]

# IG's names of a bar's four price points, in the order of _PARTS.
_POINTS: Final = ("openPrice", "highPrice", "lowPrice", "closePrice")
_NO_QUOTE: Final[dict[str, Any]] = {}
_SLASHED: Final = "%Y/%m/%d %H:%M:%S"


def prices_frame(prices: Prices | RawPrices | Iterable[Prices | RawPrices]) -> pd.DataFrame:
    """One DataFrame from a price answer, or from every page of a ``*_pages`` iteration (any version)."""
    columns = _Columns()
    if isinstance(prices, SyncPages):
        for bulk in prices.bulk():
            columns.add_json(bulk.items)
    elif isinstance(prices, PricesV3Response | PricesResponse | APIResponse):
        columns.add(prices)
    else:
        for page in prices:
            columns.add(page)
    return columns.frame()


async def prices_frame_async(
    prices: Prices | AsyncAPIResponse[Any] | AsyncIterable[Prices | AsyncAPIResponse[Any]],
) -> pd.DataFrame:
    """:func:`prices_frame` for the async client: an answer, or an ``async`` ``*_pages`` iteration."""
    columns = _Columns()
    if isinstance(prices, AsyncPages):
        async for bulk in prices.bulk():
            columns.add_json(bulk.items)
    elif isinstance(prices, PricesV3Response | PricesResponse | AsyncAPIResponse):
        columns.add(prices)
    else:
        async for page in prices:
            columns.add(page)
    return columns.frame()


class _Columns:
    """The frame being built: per page, a time index and a (bars x columns) block of floats."""

    def __init__(self) -> None:
        self._times: list[pd.DatetimeIndex] = []
        self._blocks: list[npt.NDArray[np.float64]] = []
        self._odd: set[str] = set()

    def add(self, page: Prices | APIResponse[Any] | AsyncAPIResponse[Any]) -> None:
        if isinstance(page, PricesV3Response | PricesResponse):
            self.add_models(page.prices or [])
            return
        with paused_gc:
            payload = json.loads(page.content or b"{}")
        bars = payload.get("prices") if isinstance(payload, dict) else None
        self.add_json(bars if isinstance(bars, list) else [])

    def add_json(self, bars: list[Any]) -> None:
        """Bars as IG sent them (v1-v3 shapes)."""
        if not bars:
            return
        try:
            points = [[bar.get(name) or _NO_QUOTE for bar in bars] for name in _POINTS]
            volume = [bar.get("lastTradedVolume") for bar in bars]
            times = [bar.get("snapshotTimeUTC") or bar.get("snapshotTime") for bar in bars]
            bids = [[quote.get("bid") for quote in quotes] for quotes in points]
            asks = [[quote.get("ask") for quote in quotes] for quotes in points]
        except AttributeError:  # something other than an object where a bar or a price point belongs
            self._note("bar")
            self.add_json([_bar_or_empty(bar) for bar in bars])
            return
        self._add(
            self._index(times),
            [self._floats(values, "bid") for values in bids],
            [self._floats(values, "ask") for values in asks],
            self._floats(volume, "lastTradedVolume"),
        )

    def add_models(self, bars: Sequence[PricesV3Bar | PriceBar]) -> None:
        """Bars already parsed into models."""
        if not bars:
            return
        quotes = [[bar.open_price, bar.high_price, bar.low_price, bar.close_price] for bar in bars]
        self._add(
            _utc_index([bar_start(bar) for bar in bars]),
            [self._floats([quote_side(q[n], "bid") for q in quotes], "bid") for n in range(4)],
            [self._floats([quote_side(q[n], "ask") for q in quotes], "ask") for n in range(4)],
            self._floats([bar.last_traded_volume for bar in bars], "lastTradedVolume"),
        )

    def _add(
        self,
        times: pd.DatetimeIndex,
        bids: list[npt.NDArray[np.float64]],
        asks: list[npt.NDArray[np.float64]],
        volume: npt.NDArray[np.float64],
    ) -> None:
        import numpy as np

        block = np.empty((len(times), len(COLUMNS)), dtype=np.float64)
        for n in range(4):
            block[:, n] = bids[n]
            block[:, 4 + n] = asks[n]
            block[:, 8 + n] = (bids[n] + asks[n]) / 2
        block[:, 12] = volume
        self._times.append(times)
        self._blocks.append(block)

    def frame(self) -> pd.DataFrame:
        import numpy as np
        import pandas as pd

        if not self._blocks:
            return pd.DataFrame(columns=list(COLUMNS), index=pd.DatetimeIndex([], tz=UTC, name="time"))
        block = self._blocks[0] if len(self._blocks) == 1 else np.concatenate(self._blocks)
        index = self._times[0] if len(self._times) == 1 else self._times[0].append(self._times[1:])
        index = index.rename("time")
        self._blocks.clear()
        frame = pd.DataFrame(block, index=index, columns=list(COLUMNS), copy=False)
        if index.hasnans:  # a bar without a time cannot be placed; IG always sends one
            frame = frame[index.notna()]
        return frame if frame.index.is_monotonic_increasing else frame.sort_index()

    def _index(self, times: list[Any]) -> pd.DatetimeIndex:
        import pandas as pd

        first = next((t for t in times if isinstance(t, str)), "")
        fmt = _SLASHED if first[4:5] == "/" else "ISO8601"
        try:
            return pd.DatetimeIndex(pd.to_datetime(times, format=fmt, utc=True))
        except (ValueError, TypeError):  # a spelling outside the common ones: read each like the models do
            parsed = [_parse_datetime(t) if t is not None else None for t in times]
            if any(p is not None and not isinstance(p, datetime) for p in parsed):
                self._note("snapshotTime")
            return _utc_index([p if isinstance(p, datetime) else None for p in parsed])

    def _floats(self, values: list[Any], field: str) -> npt.NDArray[np.float64]:
        import numpy as np

        try:
            return np.asarray(values, dtype=np.float64)  # None becomes NaN; numbers sent as text are read
        except (ValueError, TypeError):
            out = np.full(len(values), np.nan)
            for n, value in enumerate(values):
                try:
                    out[n] = float(value) if value is not None and not isinstance(value, bool) else np.nan
                except (ValueError, TypeError):
                    self._note(field)
            return out

    def _note(self, field: str) -> None:
        if field not in self._odd:
            self._odd.add(field)
            _log.warning("IG sent a price bar with an unreadable %s: NaN (or no row) in the frame", field)


def _utc_index(times: list[datetime | None]) -> pd.DatetimeIndex:
    import pandas as pd

    values: Any = times  # None stands for "no time" and becomes NaT
    return pd.DatetimeIndex(pd.to_datetime(values, utc=True))


def _bar_or_empty(bar: object) -> dict[str, Any]:
    if not isinstance(bar, dict):
        return {}
    return {k: (v if isinstance(v, dict) or k not in _POINTS else None) for k, v in bar.items()}


def bar_start(bar: PricesV3Bar | PriceBar) -> datetime | None:
    """When ``bar`` starts, in UTC (the frame's index); ``None`` when IG sent no time."""
    if isinstance(bar, PricesV3Bar) and bar.snapshot_time_utc is not None:
        return bar.snapshot_time_utc
    local = bar.snapshot_time
    # Versions 1 and 2 give the account's local time only; it is labelled UTC as the best available guess.
    return None if local is None else local.replace(tzinfo=UTC)


def quote_side(quote: CandlePrice | None, side: str) -> float | None:
    """The ``"bid"`` or ``"ask"`` of ``quote`` as a frame float; ``None`` when absent."""
    if quote is None:
        return None
    value = quote.bid if side == "bid" else quote.ask
    return None if value is None else float(value)  # a frame column is float64
