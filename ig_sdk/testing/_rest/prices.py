"""Historical prices (v1-v3), charged against the historical data allowance."""

from __future__ import annotations

import math
from typing import Any

from .._errors import ApiError
from .._prices import RESOLUTION_ALIASES, RESOLUTIONS, candle_starts, last_candle_starts
from ._dispatch import Ctx, route
from ._format import find_instrument, int_param, local_ts, parse_local_time, parse_time, ts

_V1_TIME = "%Y:%m:%d-%H:%M:%S"


def _resolution(value: str | None, default: str = "MINUTE") -> str:
    name = RESOLUTION_ALIASES.get(value or default, value or default)
    if name not in RESOLUTIONS:
        raise ApiError(400, "invalid.input")
    return name


def _prices(ctx: Ctx, resolution: str, starts: list[float], v3_pages: tuple[int, int] | None = None) -> Any:
    instrument = find_instrument(ctx.path["epic"], "error.unsupported.epic", 400)
    engine = ctx.engine
    if len(starts) > 10_000:
        raise ApiError(400, "error.invalid.daterange")
    page_data = None
    if v3_pages is not None:
        page_size, page_number = v3_pages
        total_pages = max(1, math.ceil(len(starts) / page_size)) if page_size else 1
        if page_size:
            starts = starts[(page_number - 1) * page_size : page_number * page_size]
        page_data = {"pageSize": page_size, "pageNumber": page_number, "totalPages": total_pages}
    if not engine.allowances.use_historical(ctx.account_id, len(starts), ctx.now):
        raise ApiError(403, "error.public-api.exceeded-account-historical-data-allowance")
    remaining, total, expiry = engine.allowances.historical(ctx.account_id, ctx.now)
    allowance = {"remainingAllowance": remaining, "totalAllowance": total, "allowanceExpiry": expiry}
    prices = []
    for start in starts:
        c = engine.prices.candle(instrument, resolution, start, ctx.now)
        prices.append(
            {
                # Local time: v1 in the colon spelling of its own query, v2 and v3 as yyyy/MM/dd.
                "snapshotTime": local_ts(start, _V1_TIME if ctx.version == 1 else "%Y/%m/%d %H:%M:%S"),
                "snapshotTimeUTC": ts(start),
                **{
                    name: {"bid": c.bid[n], "ask": c.ask[n], "lastTraded": None}
                    for n, name in enumerate(("openPrice", "highPrice", "lowPrice", "closePrice"))
                },
                "lastTradedVolume": c.volume,
            }
        )
    return {
        "prices": prices,
        "instrumentType": instrument.instrument_type,
        "allowance": allowance,
        "metadata": {"allowance": allowance, "size": len(prices), "pageData": page_data},
    }


@route("GET", "/prices/{epic}", 3, "getPricesV3", historical=True)
def prices_v3(ctx: Ctx) -> Any:
    resolution = _resolution(ctx.query.get("resolution"))
    fmt = ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S.%f", "%Y-%m-%dT%H:%M")
    if "from" in ctx.query or "to" in ctx.query:
        end = parse_time(ctx.query["to"], *fmt) if "to" in ctx.query else ctx.now
        begin = (
            parse_time(ctx.query["from"], *fmt) if "from" in ctx.query else end - 10 * RESOLUTIONS[resolution]
        )
        if end < begin:
            raise ApiError(400, "error.invalid.daterange")
        starts = candle_starts(resolution, begin, min(end, ctx.now))
    else:
        starts = last_candle_starts(resolution, ctx.now, max(1, int_param(ctx.query, "max", 10)))
    return _prices(
        ctx,
        resolution,
        starts,
        (int_param(ctx.query, "pageSize", 20), max(1, int_param(ctx.query, "pageNumber", 1))),
    )


@route("GET", "/prices/{epic}/{resolution}", 1, "getPricesByDateRangeV1", historical=True)
def prices_v1_range(ctx: Ctx) -> Any:
    if "startdate" not in ctx.query or "enddate" not in ctx.query:
        raise ApiError(400, "error.malformed.date")
    begin = parse_local_time(ctx.query["startdate"], _V1_TIME)
    end = parse_local_time(ctx.query["enddate"], _V1_TIME)
    return _range(ctx, begin, end)


def _range(ctx: Ctx, begin: float, end: float) -> Any:
    if end <= begin:
        raise ApiError(400, "error.invalid.daterange")
    resolution = _resolution(ctx.path["resolution"])
    return _prices(ctx, resolution, candle_starts(resolution, begin, min(end, ctx.now)))


@route(
    "GET", "/prices/{epic}/{resolution}/{startDate}/{endDate}", 2, "getPricesByDateRangeV2", historical=True
)
def prices_v2_range(ctx: Ctx) -> Any:
    fmt = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S")
    return _range(
        ctx, parse_local_time(ctx.path["startDate"], *fmt), parse_local_time(ctx.path["endDate"], *fmt)
    )


@route("GET", "/prices/{epic}/{resolution}/{numPoints}", 1, "getPricesByNumberOfPointsV1", historical=True)
@route("GET", "/prices/{epic}/{resolution}/{numPoints}", 2, "getPricesByNumberOfPointsV2", historical=True)
def prices_points(ctx: Ctx) -> Any:
    resolution = _resolution(ctx.path["resolution"])
    try:
        count = int(ctx.path["numPoints"])
    except ValueError as exc:
        raise ApiError(400, "invalid.input") from exc
    if count < 1:
        raise ApiError(400, "invalid.input")
    return _prices(ctx, resolution, last_candle_starts(resolution, ctx.now, count))
